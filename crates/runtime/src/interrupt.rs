//! Epoch interruption and fuel, the runtime's side (the generated code's
//! side is described in `codegen/src/interrupt.rs`).
//!
//! An [`Epoch`] is an engine's counter, incremented by any thread. Each
//! store watching it has a deadline; generated code never reads either.
//! It checks its store's stack limit, which [`Epoch::increment`] sets to
//! `INTERRUPT_STACK_LIMIT` in every store whose deadline the new epoch
//! reached (so the epoch keeps a registry of its stores: the increment
//! costs a lock and one compare per store). The store's own thread sets
//! the limit at each outermost entry and when the deadline changes, then
//! checks the epoch again, so that an increment racing with it is never
//! lost (every access is `SeqCst`: either the store sees the new epoch, or
//! the increment's lowering comes after the store's write). A lowering
//! based on a deadline that just changed may be spurious: the slow path
//! (`Builtin::EpochInterrupt`) checks the epoch itself and only then traps
//! or runs the callback.
//!
//! Fuel is `StoreLimits::fuel_consumed`, which x86-64 code keeps in a
//! register while a function runs and writes back whenever other code can
//! see it; a fault in Wasm code (a trap) is the exception: the signal
//! handler writes the register back ([`StoreRuntime::fuel_at_trap`]).

use crate::host::{HostError, HostTrap, park};
use crate::limiter::store_of_vmctx;
use crate::limits::StoreRuntime;
use brisk_environ::TrapCode;
use brisk_environ::vmctx::INTERRUPT_STACK_LIMIT;
use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering::SeqCst};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

const INTERRUPT: usize = INTERRUPT_STACK_LIMIT as usize;

/// What an epoch lowers in a store: its stack limit, when its deadline
/// has passed. Both live in the store's boxed runtime, which removes
/// itself from the registry before it is freed.
struct Watched {
    stack_limit: *const AtomicUsize,
    deadline: *const AtomicU64,
}

// SAFETY: the pointers are to atomics, valid while the entry is in the
// registry (see `Watched`); any thread may use them.
unsafe impl Send for Watched {}

/// An engine's epoch counter and the stores that watch it.
#[derive(Default)]
pub struct Epoch {
    counter: AtomicU64,
    stores: Mutex<Vec<Watched>>,
}

impl Epoch {
    pub fn current(&self) -> u64 {
        self.counter.load(SeqCst)
    }

    /// Increments the epoch and interrupts every watching store whose
    /// deadline it reached.
    pub fn increment(&self) {
        let now = self.counter.fetch_add(1, SeqCst).wrapping_add(1);
        for w in self.stores().iter() {
            // SAFETY: registered pointers are valid while registered.
            let (limit, deadline) = unsafe { (&*w.stack_limit, &*w.deadline) };
            if now >= deadline.load(SeqCst) {
                limit.store(INTERRUPT, SeqCst);
            }
        }
    }

    fn stores(&self) -> MutexGuard<'_, Vec<Watched>> {
        // The registry is consistent at every step: a panic elsewhere
        // while it was locked does not matter.
        self.stores.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A deadline callback: returns how many epochs to extend the deadline by
/// (from the current epoch), or an error that stops the Wasm code.
pub type DeadlineCallback = Box<dyn FnMut() -> Result<u64, HostError>>;

/// A store's epoch state.
#[derive(Default)]
pub struct StoreInterrupt {
    epoch: Option<Arc<Epoch>>,
    /// The epoch at which the store is interrupted (0 until set: a store
    /// of an engine with epoch interruption traps at its first check).
    deadline: AtomicU64,
    /// The stack limit of the outermost entry, restored after an interrupt.
    normal_limit: Cell<usize>,
    /// Taken while it runs, so that Wasm it calls may be interrupted again.
    callback: Cell<Option<DeadlineCallback>>,
    /// The store's code meters fuel ([`StoreRuntime::meter_fuel`]).
    fuel: Cell<bool>,
}

impl StoreInterrupt {
    /// The stack limit of the outermost entry, even while an interrupt
    /// has lowered the store's (lazy compilation's stack check).
    pub(crate) fn normal_limit(&self) -> usize {
        self.normal_limit.get()
    }
}

impl StoreRuntime {
    /// Makes the store interruptible by `epoch` (once, before any call).
    /// Boxed: the epoch keeps pointers into it until it is dropped.
    pub fn watch_epoch(store: &mut Box<StoreRuntime>, epoch: &Arc<Epoch>) {
        assert!(store.interrupt.epoch.is_none(), "a store watches one epoch");
        epoch.stores().push(Watched {
            stack_limit: &store.limits.stack_limit,
            deadline: &store.interrupt.deadline,
        });
        store.interrupt.epoch = Some(epoch.clone());
    }

    /// Sets the deadline `delta` epochs after the current one (nothing
    /// without an epoch).
    pub fn set_epoch_deadline(&self, delta: u64) {
        let Some(epoch) = &self.interrupt.epoch else {
            return;
        };
        self.interrupt
            .deadline
            .store(epoch.current().saturating_add(delta), SeqCst);
        self.set_stack_limit(self.interrupt.normal_limit.get());
    }

    /// What happens at the deadline: a trap (`None`, the default) or the
    /// callback.
    pub fn set_epoch_callback(&self, callback: Option<DeadlineCallback>) {
        self.interrupt.callback.set(callback);
    }

    /// Sets the stack limit of an outermost entry, lowered at once if the
    /// deadline has passed.
    pub(crate) fn set_stack_limit(&self, limit: usize) {
        let i = &self.interrupt;
        i.normal_limit.set(limit);
        self.limits.stack_limit.store(limit, SeqCst);
        if let Some(epoch) = &i.epoch
            && epoch.current() >= i.deadline.load(SeqCst)
        {
            self.limits.stack_limit.store(INTERRUPT, SeqCst);
        }
    }

    /// The slow path of a failed epoch check: 0 to retry the check (the
    /// deadline was not reached, or the callback extended it), or the
    /// code to raise. An interrupted store keeps its lowered limit, so
    /// that Wasm frames of outer entries stop too; the next outermost
    /// entry sets it again.
    fn epoch_slow_path(&self) -> u32 {
        let i = &self.interrupt;
        let Some(epoch) = &i.epoch else {
            return 0;
        };
        loop {
            self.limits.stack_limit.store(i.normal_limit.get(), SeqCst);
            let now = epoch.current();
            if now < i.deadline.load(SeqCst) {
                return 0;
            }
            let Some(mut callback) = i.callback.take() else {
                self.limits.stack_limit.store(INTERRUPT, SeqCst);
                return TrapCode::Interrupt.as_raw();
            };
            let outcome = catch_unwind(AssertUnwindSafe(&mut callback));
            // Unless the callback installed another one.
            let replaced = i.callback.take();
            i.callback.set(Some(replaced.unwrap_or(callback)));
            match outcome {
                Ok(Ok(delta)) => i
                    .deadline
                    .store(epoch.current().saturating_add(delta), SeqCst),
                Ok(Err(e)) => return park(HostTrap::Error(e)),
                Err(panic) => return park(HostTrap::Panic(panic)),
            }
        }
    }

    /// Marks the store's code as metering fuel (an engine with fuel: the
    /// signal handler then writes the fuel register back at traps).
    pub fn meter_fuel(&self) {
        self.interrupt.fuel.set(true);
    }

    /// A trap in Wasm code of this store, whose fuel register held
    /// `register` (the signal handler): the count becomes the code's, so
    /// a trap leaves only its own block's operators unpaid.
    pub(crate) fn fuel_at_trap(&self, register: u64) {
        if self.interrupt.fuel.get() {
            self.limits.fuel_consumed.set(register as i64);
        }
    }

    /// Gives the store `fuel` units (replacing what was left).
    pub fn set_fuel(&self, fuel: u64) {
        let fuel = fuel.min(i64::MAX as u64) as i64;
        self.limits.fuel_consumed.set(-fuel);
    }

    /// The fuel left.
    pub fn fuel(&self) -> u64 {
        let consumed = self.limits.fuel_consumed.get();
        if consumed < 0 {
            consumed.unsigned_abs()
        } else {
            0
        }
    }
}

impl Drop for StoreRuntime {
    fn drop(&mut self) {
        if let Some(epoch) = &self.interrupt.epoch {
            let limit: *const AtomicUsize = &self.limits.stack_limit;
            epoch.stores().retain(|w| w.stack_limit != limit);
        }
    }
}

/// `Builtin::EpochInterrupt`.
pub(crate) unsafe extern "C" fn epoch_interrupt(vmctx: *const u8) -> u32 {
    // SAFETY: called by generated code with its own vmctx.
    unsafe { store_of_vmctx(vmctx) }.epoch_slow_path()
}
