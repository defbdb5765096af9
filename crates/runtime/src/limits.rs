//! The per-store limits block that every vmctx points to.

use crate::loaded_module::LoadedModule;
use crate::trap::WasmFrame;
use brisk_environ::vmctx::{
    LIMITS_ENTRY_SP, LIMITS_EXIT_FP, LIMITS_EXIT_PC, LIMITS_FUEL_CONSUMED, LIMITS_GC_END,
    LIMITS_GC_NEXT, LIMITS_RESUME_PC, LIMITS_SIZE, LIMITS_STACK_LIMIT,
};
use std::cell::{Cell, UnsafeCell};
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;

/// The most frames a trap's backtrace records.
pub const MAX_BACKTRACE: usize = 32;

/// Default bytes of native stack Wasm code may use per outermost entry.
pub const DEFAULT_MAX_WASM_STACK: usize = 512 * 1024;

/// Laid out as `brisk_environ::vmctx` says; generated code reads and writes
/// it, so its fields are `Cell`s and it is never moved while a store lives
/// (it is boxed). The stack limit is atomic: another thread lowers it to
/// interrupt the store (epoch interruption, `interrupt.rs`).
#[repr(C)]
#[derive(Debug, Default)]
pub struct StoreLimits {
    pub stack_limit: AtomicUsize,
    pub entry_sp: Cell<usize>,
    pub resume_pc: Cell<usize>,
    /// Fuel consumed minus fuel given (`LIMITS_FUEL_CONSUMED`).
    pub fuel_consumed: Cell<i64>,
    /// The GC heap's allocation span (`LIMITS_GC_NEXT`, `LIMITS_GC_END`).
    pub gc_next: Cell<usize>,
    pub gc_end: Cell<usize>,
    /// The innermost Wasm frame that called out of Wasm code, and that
    /// call's return address (`LIMITS_EXIT_FP`, `LIMITS_EXIT_PC`; 0 while
    /// none has since the innermost entry).
    pub exit_fp: Cell<usize>,
    pub exit_pc: Cell<usize>,
}

const _: () = {
    assert!(std::mem::offset_of!(StoreLimits, stack_limit) == LIMITS_STACK_LIMIT as usize);
    assert!(std::mem::offset_of!(StoreLimits, entry_sp) == LIMITS_ENTRY_SP as usize);
    assert!(std::mem::offset_of!(StoreLimits, resume_pc) == LIMITS_RESUME_PC as usize);
    assert!(std::mem::offset_of!(StoreLimits, fuel_consumed) == LIMITS_FUEL_CONSUMED as usize);
    assert!(std::mem::offset_of!(StoreLimits, gc_next) == LIMITS_GC_NEXT as usize);
    assert!(std::mem::offset_of!(StoreLimits, gc_end) == LIMITS_GC_END as usize);
    assert!(std::mem::offset_of!(StoreLimits, exit_fp) == LIMITS_EXIT_FP as usize);
    assert!(std::mem::offset_of!(StoreLimits, exit_pc) == LIMITS_EXIT_PC as usize);
    assert!(std::mem::size_of::<StoreLimits>() == LIMITS_SIZE as usize);
};

/// The runtime state of one store that generated code and the signal
/// handler reach: the limits block, and the modules whose code may run.
/// Boxed by the store, so that its address is stable. The limits block
/// comes first: builtins find the store from a vmctx's limits pointer.
#[repr(C)]
#[derive(Default)]
pub struct StoreRuntime {
    pub limits: StoreLimits,
    /// Epoch interruption state (`interrupt.rs`).
    pub(crate) interrupt: crate::interrupt::StoreInterrupt,
    /// Asked before Wasm code grows a memory or table (`limiter.rs`).
    pub(crate) grow_hook: Cell<Option<crate::limiter::GrowHook>>,
    /// Exception objects (`exceptions.rs`).
    pub exceptions: crate::exceptions::ExnHeap,
    /// GC references the host holds (`host_roots.rs`): roots for the
    /// collector.
    pub host_roots: crate::host_roots::HostRoots,
    /// Structs and arrays (`gc/`).
    pub gc: crate::gc::GcHeap,
    /// The exit records of the activations the current one interrupted
    /// (`gc/stack_roots.rs`).
    pub(crate) gc_outer_exits: crate::gc::OuterExits,
    /// The program counters of the Wasm frames of the last trap, innermost
    /// first, written by the signal handler (so: fixed size, no allocation).
    pub(crate) trap_pcs: [Cell<usize>; MAX_BACKTRACE],
    pub(crate) trap_frames: Cell<usize>,
    /// Append-only while the store lives. Read by the signal handler, which
    /// runs on the store's own thread while Wasm code runs, never during a
    /// `register`.
    modules: UnsafeCell<Vec<Arc<LoadedModule>>>,
    /// The store's emulator, for AArch64 code on another host.
    #[cfg(feature = "emulator")]
    pub(crate) emulated: crate::emulated::EmulatedStore,
}

impl StoreRuntime {
    /// Records that code of `module` may run in this store.
    pub fn register(&self, module: &Arc<LoadedModule>) {
        // SAFETY: the store is used by one thread at a time and this is not
        // called while the signal handler or `modules` reads the list.
        let modules = unsafe { &mut *self.modules.get() };
        if !modules.iter().any(|m| Arc::ptr_eq(m, module)) {
            modules.push(module.clone());
        }
    }

    /// The frames the signal handler recorded for the last trap.
    pub(crate) fn take_backtrace(&self) -> Vec<WasmFrame> {
        // SAFETY: called on the store's thread after the trap, while no
        // module is being registered.
        let modules = unsafe { self.modules() };
        let n = self.trap_frames.replace(0);
        self.trap_pcs[..n]
            .iter()
            .filter_map(|pc| modules.iter().find_map(|m| m.frame_at(pc.get())))
            .collect()
    }

    /// The registered modules.
    ///
    /// # Safety
    /// No `register` may run while the returned slice is in use.
    pub unsafe fn modules(&self) -> &[Arc<LoadedModule>] {
        // SAFETY: guaranteed by the caller.
        unsafe { &*self.modules.get() }
    }
}
