//! Calls from the host into Wasm through entry trampolines, and the
//! bookkeeping that lets such entries nest (Wasm -> host -> Wasm).

use crate::code_memory::CodeMemory;
use crate::exceptions::EXN_UNCAUGHT_CODE;
use crate::executor::Executor;
use crate::host::{HOST_TRAP_CODE, HostTrap, park, take_pending};
use crate::limits::StoreRuntime;
use crate::signals::Activation;
use crate::trap::Trap;
use crate::values::{VMFuncRef, ValRaw};
use brisk_environ::TrapCode;
use brisk_environ::vmctx::EXN_THROW_CODE;

/// One entry's bookkeeping, undone when dropped. The outermost entry sets
/// the stack limit; nested entries (Wasm -> host -> Wasm) keep it. Each
/// entry saves the previous entry's resume point, which its trampoline
/// overwrites, and restores it afterwards, so that a trap unwinds only to
/// the innermost entry; it saves the exit record of the activation it
/// interrupts likewise, for the collector (`gc/stack_roots.rs`).
pub(crate) struct EntryScope<'a> {
    store: &'a StoreRuntime,
    /// The enclosing entry's `entry_sp` and `resume_pc` (0 if none).
    saved: (usize, usize),
    /// Native code only: lets the signal handler turn faults into traps.
    _activation: Option<Activation>,
}

impl<'a> EntryScope<'a> {
    fn enter(store: &'a StoreRuntime, max_stack: usize) -> EntryScope<'a> {
        let marker = 0u8;
        let sp = &marker as *const u8 as usize;
        let mut scope = EntryScope::enter_with(store, || sp.saturating_sub(max_stack));
        scope._activation = Some(Activation::enter(store));
        scope
    }

    /// An entry whose stack limit, if it is the outermost, is `limit()`.
    pub(crate) fn enter_with(
        store: &'a StoreRuntime,
        limit: impl FnOnce() -> usize,
    ) -> EntryScope<'a> {
        let limits = &store.limits;
        let saved = (limits.entry_sp.get(), limits.resume_pc.get());
        if saved.0 == 0 {
            store.set_stack_limit(limit());
        }
        store.gc_outer_exits.enter(limits);
        EntryScope {
            store,
            saved,
            _activation: None,
        }
    }
}

impl Drop for EntryScope<'_> {
    fn drop(&mut self) {
        let limits = &self.store.limits;
        limits.entry_sp.set(self.saved.0);
        limits.resume_pc.set(self.saved.1);
        self.store.gc_outer_exits.leave(limits);
    }
}

/// Calls the function `funcref` points to through `entry`, its type's entry
/// trampoline, with parameters and results in `values`.
///
/// # Safety
/// `funcref` must be a live funcref whose type is the one `entry` was
/// generated for, `values` must have room for its parameters and results,
/// and `store` must be the store its vmctx (or host context) belongs to.
pub unsafe fn call_funcref(
    store: &StoreRuntime,
    max_stack: usize,
    entry: &CodeMemory,
    funcref: *const VMFuncRef,
    values: &mut [ValRaw],
) -> Result<(), Trap> {
    // SAFETY: the caller guarantees `funcref` is live.
    let f = unsafe { *funcref };
    let raw = match entry.executor() {
        Executor::Native => {
            type Entry = unsafe extern "C" fn(*mut u8, *const u8, *mut ValRaw) -> u32;
            // SAFETY: entry trampolines have this host signature (see
            // `brisk_codegen::trampoline::array_call_trampoline`).
            let entry: Entry = unsafe { std::mem::transmute(entry.base()) };
            let _scope = EntryScope::enter(store, max_stack);
            // SAFETY: the caller's guarantees are exactly the trampoline's
            // requirements; the code stays mapped because its module is
            // alive.
            unsafe { entry(f.vmctx, f.code, values.as_mut_ptr()) }
        }
        #[cfg(feature = "emulator")]
        Executor::Emulated(target) => {
            crate::emulated::call(store, target, max_stack, entry, f, values)?
        }
    };
    // A GC allocation the limiter refused with an error traps with it
    // (`gc/mod.rs`); any other outcome leaves the refusal stale.
    let raw = match store.gc.take_refusal() {
        Some(refusal) if raw == TrapCode::GcOutOfMemory.as_raw() => park(refusal),
        _ => raw,
    };
    match raw {
        0 => Ok(()),
        HOST_TRAP_CODE => match take_pending().expect("a host trap is pending") {
            HostTrap::Error(e) => Err(Trap::Host(e)),
            HostTrap::Panic(p) => std::panic::resume_unwind(p),
        },
        EXN_UNCAUGHT_CODE | EXN_THROW_CODE => Err(Trap::Exception(
            store
                .exceptions
                .take_pending()
                .expect("an uncaught exception is pending"),
        )),
        code => {
            let code =
                TrapCode::from_raw(code).expect("generated code raised an unknown trap code");
            Err(Trap::Wasm(code, store.take_backtrace()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::EngineRuntime;
    use crate::host::HostFuncCtx;
    use crate::instance::{Imports, Instance, InstanceLimits, instance_of_vmctx};
    use crate::limits::{DEFAULT_MAX_WASM_STACK, StoreLimits};
    use crate::loaded_module::LoadedModule;
    use crate::memory::MAX_PAGES;
    use brisk_codegen::{CompileOptions, compile_module};
    use brisk_environ::{FuncSig, WasmType};
    use std::cell::RefCell;
    use std::rc::Rc;
    use std::sync::atomic::Ordering;

    fn resume_point(limits: &StoreLimits) -> (usize, usize) {
        (limits.entry_sp.get(), limits.resume_pc.get())
    }

    #[test]
    fn the_outermost_entry_sets_the_stack_limit_and_each_restores_the_resume_point() {
        let store = StoreRuntime::default();
        let limits = &store.limits;
        {
            let _outer = EntryScope::enter(&store, 64 * 1024);
            let here = &limits as *const _ as usize;
            let limit = limits.stack_limit.load(Ordering::Relaxed);
            assert!(
                (64 * 1024..80 * 1024).contains(&(here - limit)),
                "{limit:#x}"
            );
            // What the outer entry's trampoline records.
            limits.entry_sp.set(0x7000);
            limits.resume_pc.set(0x1234);
            {
                let _inner = EntryScope::enter(&store, 1 << 20);
                assert_eq!(
                    limits.stack_limit.load(Ordering::Relaxed),
                    limit,
                    "kept by nested entries"
                );
                limits.entry_sp.set(0x6000);
                limits.resume_pc.set(0x5678);
            }
            assert_eq!(resume_point(limits), (0x7000, 0x1234));
        }
        assert_eq!(resume_point(limits), (0, 0));
    }

    /// Function 1 calls the host (function 0), which calls function 2.
    const NESTED: &str = r#"(module
      (import "host" "reenter" (func $reenter (param i32) (result i32)))
      (func (export "outer") (param i32) (result i32)
        (i32.div_u (i32.const 1000) (call $reenter (local.get 0))))
      (func (export "inner") (param i32) (result i32)
        (if (i32.eqz (local.get 0)) (then unreachable))
        (i32.div_u (i32.const 100) (local.get 0))))"#;

    /// Calls `(param i32) (result i32)` function `index` of `inst`.
    fn call(store: &StoreRuntime, inst: &Instance, index: u32, arg: u32) -> Result<u32, Trap> {
        let mut values = [ValRaw::from_u64(arg as u64)];
        let type_index = inst.module().info().functions[index as usize];
        let entry = inst.module().entry(type_index);
        let f = inst.func_ref(index);
        // SAFETY: `f` is the instance's own funcref, of the entry's type;
        // one value holds the parameter and the result.
        unsafe { call_funcref(store, DEFAULT_MAX_WASM_STACK, entry, f, &mut values)? };
        Ok(values[0].get_u64() as u32)
    }

    fn trap_of(r: Result<u32, Trap>) -> (TrapCode, Vec<u32>) {
        match r {
            Err(Trap::Wasm(code, frames)) => (code, frames.iter().map(|f| f.func_index).collect()),
            other => panic!("expected a Wasm trap, got {other:?}"),
        }
    }

    #[test]
    fn a_trap_in_a_nested_entry_unwinds_only_to_it() {
        let engine = EngineRuntime::new(brisk_codegen::Target::host());
        let options = CompileOptions {
            parallel: false,
            ..CompileOptions::default()
        };
        let wasm = wat::parse_str(NESTED).unwrap();
        let module = LoadedModule::new(compile_module(&wasm, options).unwrap(), &engine).unwrap();
        let store = Box::new(StoreRuntime::default());
        store.register(&module);
        let store_ptr: *const StoreRuntime = &*store;

        // What the host function saw of the inner call: its result or trap,
        // and the resume point before and after it.
        type Seen = (
            Result<u32, (TrapCode, Vec<u32>)>,
            (usize, usize),
            (usize, usize),
        );
        let seen: Rc<RefCell<Vec<Seen>>> = Rc::default();
        let log = seen.clone();
        let reenter = move |values: &mut [ValRaw], caller: *const u8| {
            // SAFETY: the store is boxed and outlives its instances' calls;
            // `caller` is the vmctx of the live instance calling us.
            let (store, inst) = unsafe { (&*store_ptr, instance_of_vmctx(caller)) };
            let before = resume_point(&store.limits);
            let r = call(store, inst, 2, values[0].get_u64() as u32);
            let after = resume_point(&store.limits);
            let result = r.as_ref().map_err(|_| ()).copied();
            log.borrow_mut()
                .push((r.map_err(|t| trap_of(Err(t))), before, after));
            // A trapped inner call yields 0, so the outer one then traps.
            values[0] = ValRaw::from_u64(result.unwrap_or(0) as u64);
            Ok(())
        };
        let sig = FuncSig {
            params: vec![WasmType::I32],
            results: vec![WasmType::I32],
        };
        let host = HostFuncCtx::new(
            &store.limits,
            engine.func_type_id(&sig),
            1,
            Some(engine.host_trampoline(&sig).unwrap()),
            Box::new(reenter),
        );
        let imports = Imports {
            // SAFETY: the host function's record lives in `host`, alive
            // until the end of the test.
            funcs: vec![unsafe { *host.funcref() }],
            ..Imports::default()
        };
        let settings = InstanceLimits {
            bounds: options.bounds,
            memory_pages: MAX_PAGES,
        };
        let inst = Instance::new(module, &store, imports, settings).unwrap();
        inst.initialize(&store, DEFAULT_MAX_WASM_STACK).unwrap();

        // 1000 / (100 / 4)
        assert_eq!(call(&store, &inst, 1, 4).unwrap(), 40);
        // The inner call traps and unwinds to its own entry only: the host
        // function sees the trap and the outer entry's resume point again,
        // and the outer call goes on (to trap by itself).
        assert_eq!(
            trap_of(call(&store, &inst, 1, 0)),
            (TrapCode::IntegerDivisionByZero, vec![1])
        );
        assert_eq!(resume_point(&store.limits), (0, 0));
        let seen = seen.borrow();
        assert_eq!(seen.len(), 2);
        assert_eq!(seen[0].0, Ok(25));
        assert_eq!(seen[1].0, Err((TrapCode::Unreachable, vec![2])));
        for (_, before, after) in seen.iter() {
            assert_ne!(before.0, 0, "inside the outer entry");
            assert_eq!(before, after);
        }
        assert_eq!(seen[0].1, seen[1].1, "the same outer frame both times");
    }
}
