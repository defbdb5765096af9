//! Runtime functions generated code calls through the builtins table in the
//! vmctx (so code holds no host addresses). Each takes the caller's vmctx
//! first; i32 arguments arrive zero-extended. Those that can trap return 0
//! or a trap code, which the generated code raises.

use crate::instance::instance_of_vmctx;
use crate::memory::range;
use brisk_environ::TrapCode;
use brisk_environ::vmctx::Builtin;

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
]);

fn status(r: Result<(), TrapCode>) -> u32 {
    match r {
        Ok(()) => 0,
        Err(code) => code.as_raw(),
    }
}

unsafe extern "C" fn memory_grow(vmctx: *const u8, mem: u64, delta: u64) -> u32 {
    // SAFETY: called by generated code with its own vmctx; memories live as
    // long as the store and nothing else borrows this one while Wasm code
    // runs.
    let memory = unsafe { &mut *instance_of_vmctx(vmctx).memory(mem as u32) };
    memory.grow(delta).map_or(u32::MAX, |old| old as u32)
}

unsafe extern "C" fn memory_fill(vmctx: *const u8, mem: u64, dst: u64, byte: u64, len: u64) -> u32 {
    // SAFETY: called by generated code with its own vmctx.
    let inst = unsafe { instance_of_vmctx(vmctx) };
    // SAFETY: memories live as long as the store; nothing else borrows this
    // one while Wasm code runs.
    let memory = unsafe { (*inst.memory(mem as u32)).data_mut() };
    status(range(dst, len, memory.len()).map(|r| memory[r].fill(byte as u8)))
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
    let inst = unsafe { instance_of_vmctx(vmctx) };
    let (dm, sm) = (inst.memory(dst_mem as u32), inst.memory(src_mem as u32));
    // SAFETY: as in `memory_fill`; the two may be the same memory, so only
    // raw pointers are used across both.
    let (dst_len, src_len) = unsafe { ((*dm).data().len(), (*sm).data().len()) };
    status((|| {
        let s = range(src, len, src_len)?;
        let d = range(dst, len, dst_len)?;
        // SAFETY: both ranges are in bounds of their memories; `copy`
        // handles overlap.
        unsafe {
            let from = (*sm).data_mut().as_ptr().add(s.start);
            let to = (*dm).data_mut().as_mut_ptr().add(d.start);
            std::ptr::copy(from, to, s.len());
        }
        Ok(())
    })())
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

unsafe extern "C" fn table_grow(vmctx: *const u8, table: u64, init: u64, delta: u64) -> u32 {
    // SAFETY: called by generated code with its own vmctx; tables live as
    // long as the store and nothing else borrows this one meanwhile.
    let table = unsafe { &mut *instance_of_vmctx(vmctx).table(table as u32) };
    table
        .grow(delta, init as usize)
        .map_or(u32::MAX, |old| old as u32)
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

unsafe extern "C" fn elem_drop(vmctx: *const u8, seg: u64) {
    // SAFETY: called by generated code with its own vmctx.
    unsafe { instance_of_vmctx(vmctx) }.elem_drop(seg as u32)
}
