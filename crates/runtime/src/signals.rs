//! Turning faults in Wasm code into traps.
//!
//! In guard-page mode an out-of-bounds access faults. The handler acts only
//! when this thread is running Wasm (an active entry) and the faulting
//! instruction has an exact entry in a registered module's trap table; it
//! then resumes in the innermost entry trampoline's epilogue with the trap
//! code, as a trap stub would. Any other fault goes to the handler that was
//! installed before brisk's (Rust's own among them). A fault inside brisk's
//! code that is not in a trap table is a compiler bug: abort loudly.
//!
//! The handler takes no locks and allocates nothing: it finds the store
//! through a `const`-initialized thread-local pointer set by each entry.

use crate::limits::StoreRuntime;
use std::cell::Cell;
use std::sync::Once;

thread_local! {
    /// The store of the innermost active entry on this thread, or null.
    static CURRENT: Cell<*const StoreRuntime> = const { Cell::new(std::ptr::null()) };
}

/// Marks this thread as running Wasm code of `store` until dropped.
pub struct Activation {
    previous: *const StoreRuntime,
}

impl Activation {
    pub fn enter(store: &StoreRuntime) -> Activation {
        install_handlers();
        let previous = CURRENT.with(|c| c.replace(store));
        Activation { previous }
    }
}

impl Drop for Activation {
    fn drop(&mut self) {
        CURRENT.with(|c| c.set(self.previous));
    }
}

const SIGNALS: [libc::c_int; 4] = [libc::SIGSEGV, libc::SIGBUS, libc::SIGILL, libc::SIGFPE];

/// The handlers that were installed before brisk's, one per signal in `SIGNALS`.
static mut PREVIOUS: [std::mem::MaybeUninit<libc::sigaction>; 4] =
    [std::mem::MaybeUninit::uninit(); 4];

fn install_handlers() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        for (i, sig) in SIGNALS.iter().enumerate() {
            // SAFETY: installing a handler with a fully initialized
            // sigaction; `PREVIOUS` is written only here, once, before any
            // handler can run, and read only by the handler afterwards.
            unsafe {
                let mut action: libc::sigaction = std::mem::zeroed();
                action.sa_sigaction = handler as *const () as usize;
                action.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK | libc::SA_NODEFER;
                libc::sigemptyset(&mut action.sa_mask);
                let previous = &raw mut PREVIOUS;
                if libc::sigaction(*sig, &action, (*previous)[i].as_mut_ptr()) != 0 {
                    panic!("cannot install the handler for signal {sig}");
                }
            }
        }
    });
}

/// The registers the handler reads and sets, per host ISA: the only
/// ISA-specific part of the runtime.
#[cfg(target_arch = "x86_64")]
mod regs {
    pub fn pc(uc: &libc::ucontext_t) -> usize {
        uc.uc_mcontext.gregs[libc::REG_RIP as usize] as usize
    }

    pub fn fp(uc: &libc::ucontext_t) -> usize {
        uc.uc_mcontext.gregs[libc::REG_RBP as usize] as usize
    }

    /// The fuel register of code that meters fuel (r13: `FUEL` in
    /// `codegen/src/isa/x64/masm/interrupt.rs`).
    pub fn fuel(uc: &libc::ucontext_t) -> u64 {
        uc.uc_mcontext.gregs[libc::REG_R13 as usize] as u64
    }

    /// Resumes at `pc` with `sp` and the trap code in the return register.
    pub fn resume(uc: &mut libc::ucontext_t, pc: usize, sp: usize, code: usize) {
        let gregs = &mut uc.uc_mcontext.gregs;
        gregs[libc::REG_RIP as usize] = pc as i64;
        gregs[libc::REG_RSP as usize] = sp as i64;
        gregs[libc::REG_RAX as usize] = code as i64;
    }
}

/// AArch64 Linux: `uc_mcontext` holds `regs[31]`, `sp` and `pc`; x29 is
/// the frame pointer and x0 the return register. Not built or run on the
/// x86-64 machines brisk is developed on: checked against the kernel's
/// `struct sigcontext` only.
#[cfg(target_arch = "aarch64")]
mod regs {
    pub fn pc(uc: &libc::ucontext_t) -> usize {
        uc.uc_mcontext.pc as usize
    }

    pub fn fp(uc: &libc::ucontext_t) -> usize {
        uc.uc_mcontext.regs[29] as usize
    }

    pub fn resume(uc: &mut libc::ucontext_t, pc: usize, sp: usize, code: usize) {
        uc.uc_mcontext.pc = pc as u64;
        uc.uc_mcontext.sp = sp as u64;
        uc.uc_mcontext.regs[0] = code as u64;
    }
}

unsafe extern "C" fn handler(
    sig: libc::c_int,
    info: *mut libc::siginfo_t,
    context: *mut libc::c_void,
) {
    // SAFETY: the kernel passes a valid ucontext for SA_SIGINFO handlers.
    let uc = unsafe { &mut *context.cast::<libc::ucontext_t>() };
    let pc = regs::pc(uc);
    let store = CURRENT.with(|c| c.get());
    if !store.is_null() {
        // SAFETY: the pointer was set by an entry still active on this
        // thread, so the store is alive.
        let store = unsafe { &*store };
        // SAFETY: the store cannot register modules while its Wasm code is
        // the one running (the fault interrupted it).
        let modules = unsafe { store.modules() };
        for m in modules {
            if let Some(code) = m.trap_at(pc) {
                record_backtrace(store, modules, pc, regs::fp(uc));
                // Only x86-64 code meters fuel.
                #[cfg(target_arch = "x86_64")]
                store.fuel_at_trap(regs::fuel(uc));
                let limits = &store.limits;
                regs::resume(
                    uc,
                    limits.resume_pc.get(),
                    limits.entry_sp.get(),
                    code.as_raw() as usize,
                );
                return;
            }
        }
        if modules.iter().any(|m| m.contains(pc)) {
            // A fault in generated code at an instruction not expected to
            // fault: a compiler bug. Never continue.
            const MSG: &[u8] = b"brisk: fault in generated code outside the trap table\n";
            // SAFETY: write(2) and abort(3) are async-signal-safe.
            unsafe {
                libc::write(2, MSG.as_ptr().cast(), MSG.len());
                libc::abort();
            }
        }
    }
    chain(sig, info, context);
}

/// Records the program counters of the Wasm frames from the faulting one
/// outwards, following the frame-pointer chain every brisk frame keeps,
/// until a return address leaves brisk's code (the entry trampoline).
pub(crate) fn record_backtrace(
    store: &StoreRuntime,
    modules: &[std::sync::Arc<crate::LoadedModule>],
    pc: usize,
    fp: usize,
) {
    let (mut pc, mut fp, mut n) = (pc, fp, 0);
    while n < store.trap_pcs.len() && modules.iter().any(|m| m.contains(pc)) {
        store.trap_pcs[n].set(pc);
        n += 1;
        if fp == 0 {
            break;
        }
        // SAFETY: `fp` is the frame pointer of a live brisk frame on this
        // thread's stack: [fp] is the caller's frame pointer and [fp + 8]
        // the return address.
        unsafe {
            pc = *((fp + 8) as *const usize);
            fp = *(fp as *const usize);
        }
    }
    store.trap_frames.set(n);
}

/// Passes the signal to the handler installed before brisk's.
fn chain(sig: libc::c_int, info: *mut libc::siginfo_t, context: *mut libc::c_void) {
    let Some(i) = SIGNALS.iter().position(|s| *s == sig) else {
        return;
    };
    // SAFETY: `PREVIOUS[i]` was initialized when the handlers were installed,
    // which happened before this handler could run.
    let previous = unsafe {
        (&raw const PREVIOUS)
            .cast::<libc::sigaction>()
            .add(i)
            .read()
    };

    let action = previous.sa_sigaction;
    if action == libc::SIG_DFL || action == libc::SIG_IGN {
        // Restore the default and return: the faulting instruction runs
        // again and the default action (a crash) happens.
        // SAFETY: resetting a signal's disposition is async-signal-safe.
        unsafe { libc::signal(sig, action) };
    } else if previous.sa_flags & libc::SA_SIGINFO != 0 {
        // SAFETY: the previous handler was installed for this signal with
        // this signature.
        let f: extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void) =
            unsafe { std::mem::transmute(action) };
        f(sig, info, context);
    } else {
        // SAFETY: as above, with the one-argument signature.
        let f: extern "C" fn(libc::c_int) = unsafe { std::mem::transmute(action) };
        f(sig);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn current() -> *const StoreRuntime {
        CURRENT.with(|c| c.get())
    }

    #[test]
    fn activations_nest_and_restore_the_outer_store() {
        let (a, b) = (StoreRuntime::default(), StoreRuntime::default());
        assert!(current().is_null());
        {
            let _outer = Activation::enter(&a);
            assert_eq!(current(), &a as *const StoreRuntime);
            {
                let _inner = Activation::enter(&b);
                assert_eq!(current(), &b as *const StoreRuntime);
                let _same = Activation::enter(&b);
                assert_eq!(current(), &b as *const StoreRuntime);
            }
            assert_eq!(current(), &a as *const StoreRuntime);
        }
        assert!(current().is_null());
    }
}
