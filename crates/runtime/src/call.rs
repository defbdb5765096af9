//! Calls from the host into Wasm through entry trampolines, and the
//! bookkeeping that lets such entries nest (Wasm -> host -> Wasm).

use crate::code_memory::CodeMemory;
use crate::host::{HOST_TRAP_CODE, HostTrap, take_pending};
use crate::limits::StoreRuntime;
use crate::trap::Trap;
use crate::values::{VMFuncRef, ValRaw};
use brisk_environ::TrapCode;

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
    type Entry = unsafe extern "C" fn(*mut u8, *const u8, *mut ValRaw) -> u32;
    // SAFETY: entry trampolines have this host signature (see
    // `brisk_codegen::trampoline::array_call_trampoline`).
    let entry: Entry = unsafe { std::mem::transmute(entry.base()) };
    // SAFETY: the caller guarantees `funcref` is live.
    let f = unsafe { *funcref };

    // The outermost entry sets the stack limit; nested entries (Wasm -> host
    // -> Wasm) keep it. Each entry saves the previous entry's resume point
    // and restores it afterwards, so that a trap unwinds only to the
    // innermost entry.
    let limits = &store.limits;
    let saved = (limits.entry_sp.get(), limits.resume_pc.get());
    if saved.0 == 0 {
        let marker = 0u8;
        let sp = &marker as *const u8 as usize;
        limits.stack_limit.set(sp.saturating_sub(max_stack));
    }
    let activation = crate::signals::Activation::enter(store);
    // SAFETY: the caller's guarantees are exactly the trampoline's
    // requirements; the code stays mapped because its module is alive.
    let raw = unsafe { entry(f.vmctx, f.code, values.as_mut_ptr()) };
    drop(activation);
    limits.entry_sp.set(saved.0);
    limits.resume_pc.set(saved.1);
    match raw {
        0 => Ok(()),
        HOST_TRAP_CODE => match take_pending().expect("a host trap is pending") {
            HostTrap::Error(e) => Err(Trap::Host(e)),
            HostTrap::Panic(p) => std::panic::resume_unwind(p),
        },
        code => {
            let code =
                TrapCode::from_raw(code).expect("generated code raised an unknown trap code");
            Err(Trap::Wasm(code, store.take_backtrace()))
        }
    }
}
