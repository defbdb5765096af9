//! Host functions callable from Wasm, and the hand-off of host errors and
//! panics through Wasm frames back to the host caller.

use crate::code_memory::CodeMemory;
use crate::executor::Executor;
use crate::limits::StoreLimits;
use crate::values::{VMFuncRef, ValRaw};
use std::any::Any;
use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

/// The raw code an entry sees when a host function stopped abnormally.
pub const HOST_TRAP_CODE: u32 = u32::MAX;

/// An error a host function returns to stop the Wasm code that called it.
pub type HostError = Box<dyn std::error::Error + Send + Sync>;

/// What stopped a host function abnormally, kept until the entry that will
/// report it is reached.
pub enum HostTrap {
    Error(HostError),
    Panic(Box<dyn Any + Send>),
}

thread_local! {
    /// The host trap in flight on this thread, between the host function that
    /// raised it and the innermost entry from the host.
    static PENDING: RefCell<Option<HostTrap>> = const { RefCell::new(None) };
}

pub(crate) fn take_pending() -> Option<HostTrap> {
    PENDING.with(|p| p.borrow_mut().take())
}

/// Parks `trap` for the innermost entry to report, and returns the code
/// generated code raises for it.
pub(crate) fn park(trap: HostTrap) -> u32 {
    PENDING.with(|p| *p.borrow_mut() = Some(trap));
    HOST_TRAP_CODE
}

/// The closure a host function runs: parameters in, results out, through
/// the values array. The second argument is the calling instance's vmctx, or
/// null when the host called the function directly.
pub type HostCallback = Box<dyn Fn(&mut [ValRaw], *const u8) -> Result<(), HostError>>;

/// The context a host function's `VMFuncRef` carries in place of a vmctx.
/// Starts with the fields the trampoline and trap path read
/// (`HOSTCTX_LIMITS`, `HOSTCTX_ENTRY`).
#[repr(C)]
pub struct HostFuncCtx {
    limits: *const StoreLimits,
    /// Where generated code calls [`host_entry`]: the function itself, or
    /// its gate under the emulator.
    entry: *const (),
    /// Where the trampoline unwinds an exception the function threw.
    unwind: *const (),
    callback: HostCallback,
    values: usize,
    funcref: VMFuncRef,
    _trampoline: Option<Arc<CodeMemory>>,
}

const _: () = {
    use brisk_environ::vmctx::{HOSTCTX_ENTRY, HOSTCTX_LIMITS, HOSTCTX_UNWIND};
    assert!(std::mem::offset_of!(HostFuncCtx, limits) == HOSTCTX_LIMITS as usize);
    assert!(std::mem::offset_of!(HostFuncCtx, entry) == HOSTCTX_ENTRY as usize);
    assert!(std::mem::offset_of!(HostFuncCtx, unwind) == HOSTCTX_UNWIND as usize);
};

impl HostFuncCtx {
    /// A host function of canonical type `type_id` with `values` entries in
    /// its values array (max of params and results), called through
    /// `trampoline`, which decides how the host entry is reached (see
    /// [`Executor`]). The store keeps `limits` alive and in place. Without a
    /// trampoline (an engine whose code cannot run in this process, so no
    /// Wasm code will ever call it) the funcref's code is null.
    pub fn new(
        limits: &StoreLimits,
        type_id: u32,
        values: usize,
        trampoline: Option<Arc<CodeMemory>>,
        callback: HostCallback,
    ) -> Box<HostFuncCtx> {
        let executor = trampoline
            .as_ref()
            .map_or(Executor::Native, |t| t.executor());
        let entry = match executor {
            Executor::Native => host_entry as *const (),
            #[cfg(feature = "emulator")]
            Executor::Emulated(_) => crate::emulated::host_entry_gate() as *const (),
        };
        let mut ctx = Box::new(HostFuncCtx {
            limits,
            entry,
            unwind: crate::exceptions::host_throw_unwind as *const (),
            callback,
            values,
            funcref: VMFuncRef {
                code: trampoline.as_ref().map_or(std::ptr::null(), |t| t.base()),
                vmctx: std::ptr::null_mut(),
                type_id: type_id as u64,
            },
            _trampoline: trampoline,
        });
        ctx.funcref.vmctx = (&mut *ctx as *mut HostFuncCtx).cast();
        ctx
    }

    pub fn funcref(&self) -> *const VMFuncRef {
        &self.funcref
    }
}

/// Called by the host-call trampoline. Never unwinds: a panic is caught and
/// parked with the error, and the trampoline raises a trap that takes Wasm
/// frames off the stack; the entry resumes the panic on the host side.
pub(crate) unsafe extern "C" fn host_entry(
    ctx: *const HostFuncCtx,
    values: *mut ValRaw,
    caller: *const u8,
) -> u32 {
    // SAFETY: the trampoline passes the context its funcref carries, alive
    // as long as the store, and an array of `ctx.values` entries on its stack.
    let (ctx, values) = unsafe { (&*ctx, std::slice::from_raw_parts_mut(values, (*ctx).values)) };
    let outcome = catch_unwind(AssertUnwindSafe(|| (ctx.callback)(values, caller)));
    let trap = match outcome {
        Ok(Ok(())) => return 0,
        Ok(Err(e)) => match e.downcast::<crate::exceptions::HostThrow>() {
            // SAFETY: the store keeps `limits` alive; it is the first field
            // of the store's `repr(C)` runtime.
            Ok(t) => return unsafe { crate::exceptions::host_threw(ctx.limits, t.0) },
            Err(e) => HostTrap::Error(e),
        },
        Err(panic) => HostTrap::Panic(panic),
    };
    park(trap)
}
