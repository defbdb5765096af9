//! Runtime functions generated code calls through the builtins table in the
//! vmctx (so code holds no host addresses). Each takes the caller's vmctx
//! first; i32 arguments arrive zero-extended. Those that can trap return 0
//! or a trap code, which the generated code raises.

use crate::executor::Executor;
use crate::host::{HostTrap, park};
use crate::instance::instance_of_vmctx;
use crate::limiter::store_of_vmctx;
use crate::memory::LinearMemory;
use crate::values::VMFuncRef;
use brisk_environ::TrapCode;
use brisk_environ::vmctx::Builtin;
use std::time::Duration;

/// Function pointers in `Builtin` order.
pub struct BuiltinTable([*const (); Builtin::COUNT]);

// SAFETY: the table is immutable and holds only function pointers.
unsafe impl Sync for BuiltinTable {}

impl BuiltinTable {
    pub fn as_ptr(&self) -> *const *const () {
        self.0.as_ptr()
    }
}

pub static TABLE: BuiltinTable = BuiltinTable([
    memory_grow as *const (),
    memory_fill as *const (),
    memory_copy as *const (),
    memory_init as *const (),
    data_drop as *const (),
    table_grow as *const (),
    table_fill as *const (),
    table_copy as *const (),
    table_init as *const (),
    elem_drop as *const (),
    memory_atomic_wait32 as *const (),
    memory_atomic_wait64 as *const (),
    memory_atomic_notify as *const (),
    crate::interrupt::epoch_interrupt as *const (),
    func_ref_subtype as *const (),
    crate::exceptions::exn_throw as *const (),
    crate::exceptions::exn_throw_ref as *const (),
    crate::exceptions::exn_catch as *const (),
    crate::gc::gc_alloc_builtin as *const (),
    crate::gc::array_new_data as *const (),
    crate::gc::array_new_elem as *const (),
    crate::gc::array_copy as *const (),
    crate::gc::array_init_data as *const (),
    crate::gc::array_init_elem as *const (),
]);

/// The builtins table a vmctx points to for code run by `executor`: the
/// functions themselves, or their gates under the emulator.
pub fn table_for(executor: Executor) -> *const () {
    match executor {
        Executor::Native => TABLE.as_ptr().cast(),
        #[cfg(feature = "emulator")]
        Executor::Emulated(_) => crate::emulated::builtins_table().cast(),
    }
}

/// Every builtin, in table order.
#[cfg(feature = "emulator")]
pub(crate) const ALL: [Builtin; Builtin::COUNT] = [
    Builtin::MemoryGrow,
    Builtin::MemoryFill,
    Builtin::MemoryCopy,
    Builtin::MemoryInit,
    Builtin::DataDrop,
    Builtin::TableGrow,
    Builtin::TableFill,
    Builtin::TableCopy,
    Builtin::TableInit,
    Builtin::ElemDrop,
    Builtin::MemoryAtomicWait32,
    Builtin::MemoryAtomicWait64,
    Builtin::MemoryAtomicNotify,
    Builtin::EpochInterrupt,
    Builtin::FuncRefSubtype,
    Builtin::ExnThrow,
    Builtin::ExnThrowRef,
    Builtin::ExnCatch,
    Builtin::GcAlloc,
    Builtin::ArrayNewData,
    Builtin::ArrayNewElem,
    Builtin::ArrayCopy,
    Builtin::ArrayInitData,
    Builtin::ArrayInitElem,
];

/// Runs builtin `b` for emulated code, with its arguments from x0-x5;
/// returns what goes in x0 and x1.
///
/// # Safety
/// As for a call from generated code: `args[0]` is the vmctx of a live
/// instance and the other arguments are what `b` expects.
#[cfg(feature = "emulator")]
pub(crate) unsafe fn call_emulated(b: Builtin, args: &[u64; 8]) -> (u64, u64) {
    let v = args[0] as *const u8;
    let [_, a1, a2, a3, a4, a5, ..] = *args;
    let pair = |r: StatusAndResult| (r.status, r.result);
    // SAFETY: as the caller guarantees.
    unsafe {
        match b {
            Builtin::MemoryGrow => pair(memory_grow(v, a1, a2)),
            Builtin::MemoryFill => (memory_fill(v, a1, a2, a3, a4) as u64, 0),
            Builtin::MemoryCopy => (memory_copy(v, a1, a2, a3, a4, a5) as u64, 0),
            Builtin::MemoryInit => (memory_init(v, a1, a2, a3, a4, a5) as u64, 0),
            Builtin::DataDrop => {
                data_drop(v, a1);
                (0, 0)
            }
            Builtin::TableGrow => pair(table_grow(v, a1, a2, a3)),
            Builtin::TableFill => (table_fill(v, a1, a2, a3, a4) as u64, 0),
            Builtin::TableCopy => (table_copy(v, a1, a2, a3, a4, a5) as u64, 0),
            Builtin::TableInit => (table_init(v, a1, a2, a3, a4, a5) as u64, 0),
            Builtin::ElemDrop => {
                elem_drop(v, a1);
                (0, 0)
            }
            Builtin::MemoryAtomicWait32 => pair(memory_atomic_wait32(v, a1, a2, a3, a4)),
            Builtin::MemoryAtomicWait64 => pair(memory_atomic_wait64(v, a1, a2, a3, a4)),
            Builtin::MemoryAtomicNotify => pair(memory_atomic_notify(v, a1, a2, a3)),
            Builtin::EpochInterrupt => (crate::interrupt::epoch_interrupt(v) as u64, 0),
            Builtin::FuncRefSubtype => (func_ref_subtype(v, a1, a2) as u64, 0),
            Builtin::ExnThrow | Builtin::ExnThrowRef | Builtin::ExnCatch => {
                unreachable!("{b:?}: exceptions are compiled only for x86-64")
            }
            Builtin::GcAlloc
            | Builtin::ArrayNewData
            | Builtin::ArrayNewElem
            | Builtin::ArrayCopy
            | Builtin::ArrayInitData
            | Builtin::ArrayInitElem => {
                unreachable!("{b:?}: GC is compiled only for x86-64")
            }
        }
    }
}

fn status(r: Result<(), TrapCode>) -> u32 {
    match r {
        Ok(()) => 0,
        Err(code) => code.as_raw(),
    }
}

/// What a "-> trap, i32" builtin returns, in the host ABI's two integer
/// return registers: 0 or a trap code, then the result.
#[repr(C)]
#[derive(Debug, PartialEq, Eq)]
pub struct StatusAndResult {
    status: u64,
    result: u64,
}

impl From<Result<u32, TrapCode>> for StatusAndResult {
    fn from(r: Result<u32, TrapCode>) -> Self {
        match r {
            Ok(result) => StatusAndResult {
                status: 0,
                result: result as u64,
            },
            Err(code) => StatusAndResult {
                status: code.as_raw() as u64,
                result: 0,
            },
        }
    }
}

impl StatusAndResult {
    /// A "-> trap, word" builtin's return: 0 and the word, or the trap.
    pub(crate) fn from_word(r: Result<u64, TrapCode>) -> Self {
        match r {
            Ok(result) => StatusAndResult { status: 0, result },
            Err(code) => StatusAndResult {
                status: code.as_raw() as u64,
                result: 0,
            },
        }
    }
}

/// Memory `mem` of the instance whose vmctx this is.
///
/// # Safety
/// `vmctx` is the vmctx of a live instance with a memory `mem`.
unsafe fn memory<'a>(vmctx: *const u8, mem: u64) -> &'a LinearMemory {
    // SAFETY: as the caller guarantees; memories live as long as the store
    // (shared ones as long as the instance), and builtins use them only
    // through `&` (a shared one may be in use by other threads).
    unsafe { &*instance_of_vmctx(vmctx).memory(mem as u32) }
}

/// A grow's outcome: the old size, or -1 when the limiter said no or the
/// growth failed; the limiter's error (a host trap) stops the code.
fn grow_outcome(
    allowed: Result<bool, HostTrap>,
    grow: impl FnOnce() -> Option<u64>,
    index64: bool,
) -> StatusAndResult {
    let failed = if index64 { u64::MAX } else { u32::MAX.into() };
    match allowed {
        Ok(allowed) => StatusAndResult {
            status: 0,
            result: allowed.then(grow).flatten().unwrap_or(failed),
        },
        Err(trap) => StatusAndResult {
            status: park(trap).into(),
            result: 0,
        },
    }
}

unsafe extern "C" fn memory_grow(vmctx: *const u8, mem: u64, delta: u64) -> StatusAndResult {
    // SAFETY: called by generated code with its own vmctx.
    let (memory, store) = unsafe { (memory(vmctx, mem), store_of_vmctx(vmctx)) };
    let allowed = store.memory_may_grow(memory, delta);
    grow_outcome(allowed, || memory.grow(delta), memory.ty().memory64)
}

unsafe extern "C" fn memory_fill(vmctx: *const u8, mem: u64, dst: u64, byte: u64, len: u64) -> u32 {
    // SAFETY: called by generated code with its own vmctx.
    let memory = unsafe { memory(vmctx, mem) };
    status(memory.fill(dst, byte as u8, len))
}

unsafe extern "C" fn memory_copy(
    vmctx: *const u8,
    dst_mem: u64,
    src_mem: u64,
    dst: u64,
    src: u64,
    len: u64,
) -> u32 {
    // SAFETY: called by generated code with its own vmctx.
    let (to, from) = unsafe { (memory(vmctx, dst_mem), memory(vmctx, src_mem)) };
    status(LinearMemory::copy(to, dst, from, src, len))
}

/// A wait's timeout in nanoseconds; negative is none.
fn timeout(ns: u64) -> Option<Duration> {
    (ns as i64 >= 0).then(|| Duration::from_nanos(ns))
}

unsafe extern "C" fn memory_atomic_wait32(
    vmctx: *const u8,
    mem: u64,
    addr: u64,
    expected: u64,
    timeout_ns: u64,
) -> StatusAndResult {
    // SAFETY: called by generated code with its own vmctx.
    let memory = unsafe { memory(vmctx, mem) };
    let r = memory.atomic_wait32(addr, expected as u32, timeout(timeout_ns));
    r.map(|w| w as u32).into()
}

unsafe extern "C" fn memory_atomic_wait64(
    vmctx: *const u8,
    mem: u64,
    addr: u64,
    expected: u64,
    timeout_ns: u64,
) -> StatusAndResult {
    // SAFETY: called by generated code with its own vmctx.
    let memory = unsafe { memory(vmctx, mem) };
    let r = memory.atomic_wait64(addr, expected, timeout(timeout_ns));
    r.map(|w| w as u32).into()
}

unsafe extern "C" fn memory_atomic_notify(
    vmctx: *const u8,
    mem: u64,
    addr: u64,
    count: u64,
) -> StatusAndResult {
    // SAFETY: called by generated code with its own vmctx.
    let memory = unsafe { memory(vmctx, mem) };
    memory.atomic_notify(addr, count as u32).into()
}

unsafe extern "C" fn memory_init(
    vmctx: *const u8,
    mem: u64,
    seg: u64,
    dst: u64,
    src: u64,
    len: u64,
) -> u32 {
    // SAFETY: called by generated code with its own vmctx.
    status(unsafe { instance_of_vmctx(vmctx) }.memory_init(mem as u32, seg as u32, dst, src, len))
}

unsafe extern "C" fn data_drop(vmctx: *const u8, seg: u64) {
    // SAFETY: called by generated code with its own vmctx.
    unsafe { instance_of_vmctx(vmctx) }.data_drop(seg as u32)
}

unsafe extern "C" fn table_grow(
    vmctx: *const u8,
    table: u64,
    init: u64,
    delta: u64,
) -> StatusAndResult {
    // SAFETY: called by generated code with its own vmctx; tables live as
    // long as the store and nothing else borrows this one meanwhile.
    let table = unsafe { &mut *instance_of_vmctx(vmctx).table(table as u32) };
    // SAFETY: as above.
    let allowed = unsafe { store_of_vmctx(vmctx) }.table_may_grow(table, delta);
    let index64 = table.ty().table64;
    grow_outcome(allowed, || table.grow(delta, init as usize), index64)
}

unsafe extern "C" fn table_fill(
    vmctx: *const u8,
    table: u64,
    dst: u64,
    value: u64,
    len: u64,
) -> u32 {
    // SAFETY: as in `table_grow`.
    let table = unsafe { &mut *instance_of_vmctx(vmctx).table(table as u32) };
    status(
        table
            .fill(dst, len, value as usize)
            .ok_or(TrapCode::TableOutOfBounds),
    )
}

unsafe extern "C" fn table_copy(
    vmctx: *const u8,
    dst_t: u64,
    src_t: u64,
    dst: u64,
    src: u64,
    len: u64,
) -> u32 {
    // SAFETY: called by generated code with its own vmctx.
    let inst = unsafe { instance_of_vmctx(vmctx) };
    let (dt, st) = (inst.table(dst_t as u32), inst.table(src_t as u32));
    let copied = if dt == st {
        // SAFETY: as in `table_grow`.
        unsafe { (*dt).copy_within(dst, src, len) }
    } else {
        // SAFETY: as in `table_grow`; the tables are distinct, so the
        // exclusive borrow of one does not alias the shared one of the other.
        unsafe { (*dt).copy_from(dst, &*st, src, len) }
    };
    status(copied.ok_or(TrapCode::TableOutOfBounds))
}

unsafe extern "C" fn table_init(
    vmctx: *const u8,
    table: u64,
    seg: u64,
    dst: u64,
    src: u64,
    len: u64,
) -> u32 {
    // SAFETY: called by generated code with its own vmctx.
    status(unsafe { instance_of_vmctx(vmctx) }.table_init(table as u32, seg as u32, dst, src, len))
}

unsafe extern "C" fn func_ref_subtype(vmctx: *const u8, type_index: u64, funcref: u64) -> u32 {
    // SAFETY: called by generated code with its own vmctx and a non-null
    // funcref read from a table, which points to a live `VMFuncRef`.
    let (module, callee) = unsafe {
        (
            instance_of_vmctx(vmctx).module(),
            (*(funcref as *const VMFuncRef)).type_id,
        )
    };
    let matches = module.is_subtype_of(callee as u32, type_index as u32);
    status(if matches {
        Ok(())
    } else {
        Err(TrapCode::IndirectCallTypeMismatch)
    })
}

unsafe extern "C" fn elem_drop(vmctx: *const u8, seg: u64) {
    // SAFETY: called by generated code with its own vmctx.
    unsafe { instance_of_vmctx(vmctx) }.elem_drop(seg as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::EngineRuntime;
    use crate::instance::{Imports, Instance, InstanceLimits};
    use crate::limits::StoreRuntime;
    use crate::loaded_module::LoadedModule;
    use crate::memory::MAX_PAGES;
    use brisk_codegen::{CompileOptions, compile_module};

    type Wait = unsafe extern "C" fn(*const u8, u64, u64, u64, u64) -> StatusAndResult;
    type Notify = unsafe extern "C" fn(*const u8, u64, u64, u64) -> StatusAndResult;

    #[cfg(feature = "emulator")]
    #[test]
    fn all_lists_the_builtins_in_table_order() {
        for (i, b) in ALL.iter().enumerate() {
            assert_eq!(b.offset() as usize, 8 * i, "{b:?}");
        }
    }

    fn entry(b: Builtin) -> *const () {
        TABLE.0[(b.offset() / 8) as usize]
    }

    fn ok(result: u64) -> StatusAndResult {
        StatusAndResult { status: 0, result }
    }

    fn trap(code: TrapCode) -> StatusAndResult {
        StatusAndResult {
            status: code.as_raw() as u64,
            result: 0,
        }
    }

    #[test]
    fn wait_and_notify_builtins_find_their_memory_and_return_status_then_result() {
        let engine = EngineRuntime::new(brisk_codegen::Target::host());
        let options = CompileOptions::default();
        // Memory 0 shared, memory 1 not; 0xffff_ffff_0000_0007 at 8 in both.
        let wasm = wat::parse_str(
            r#"(module (memory 1 1 shared) (memory $plain 1 1)
                 (data (memory 0) (i32.const 8) "\07\00\00\00\ff\ff\ff\ff")
                 (data $plain (i32.const 8) "\07\00\00\00\ff\ff\ff\ff"))"#,
        )
        .unwrap();
        let module = LoadedModule::new(compile_module(&wasm, options).unwrap(), &engine).unwrap();
        let store = StoreRuntime::default();
        let settings = InstanceLimits {
            bounds: options.bounds,
            memory_pages: MAX_PAGES,
        };
        let inst = Instance::new(module, &store, Imports::default(), settings).unwrap();
        inst.initialize(&store, crate::DEFAULT_MAX_WASM_STACK)
            .unwrap();
        assert!(inst.shared_memory(0).is_some() && inst.shared_memory(1).is_none());
        let v = inst.vmctx();
        // SAFETY: the table's entries in `Builtin` order, with the
        // signatures `Builtin` documents.
        let (wait32, wait64, notify) = unsafe {
            (
                std::mem::transmute::<*const (), Wait>(entry(Builtin::MemoryAtomicWait32)),
                std::mem::transmute::<*const (), Wait>(entry(Builtin::MemoryAtomicWait64)),
                std::mem::transmute::<*const (), Notify>(entry(Builtin::MemoryAtomicNotify)),
            )
        };
        let forever = -1i64 as u64;
        // SAFETY: `v` is the vmctx of the live instance, which has both
        // memories; no wait below blocks (not equal, or timeout 0).
        unsafe {
            assert_eq!(wait32(v, 0, 8, 6, forever), ok(1), "not equal");
            assert_eq!(wait32(v, 0, 8, 7, 0), ok(2), "timed out");
            // Only the low 32 bits of the expected value count.
            assert_eq!(wait32(v, 0, 8, 0xdead_0000_0007, 0), ok(2));
            assert_eq!(wait64(v, 0, 8, 7, forever), ok(1));
            assert_eq!(wait64(v, 0, 8, 0xffff_ffff_0000_0007, 1000), ok(2));
            assert_eq!(notify(v, 0, 8, 5), ok(0));
            assert_eq!(wait32(v, 0, 6, 0, 0), trap(TrapCode::UnalignedAtomic));
            assert_eq!(wait64(v, 0, 65536, 0, 0), trap(TrapCode::MemoryOutOfBounds));
            assert_eq!(notify(v, 0, 65537, 1), trap(TrapCode::UnalignedAtomic));
            let unshared = trap(TrapCode::ExpectedSharedMemory);
            assert_eq!(wait32(v, 1, 8, 7, 0), unshared);
            assert_eq!(wait64(v, 1, 8, 6, forever), unshared);
            assert_eq!(notify(v, 1, 8, 1), ok(0));
            assert_eq!(notify(v, 1, 65536, 1), trap(TrapCode::MemoryOutOfBounds));
        }
    }
}
