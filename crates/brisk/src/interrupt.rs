//! Epoch interruption and fuel: the store's side of the API (wasmtime's
//! shapes). The engine's settings are `Config::epoch_interruption` and
//! `Config::consume_fuel`; the scheme is described in
//! `codegen/src/interrupt.rs` and `runtime/src/interrupt.rs`.

use crate::error::ErrorBox;
use crate::store::{AsContext, StoreInner};
use crate::{Caller, Error, Store};
use brisk_runtime::{RuntimeError, StoreRuntime};

/// What the epoch deadline callback asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpdateDeadline {
    /// Go on, with the deadline this many epochs after the current one.
    Continue(u64),
}

impl<T: 'static> Store<T> {
    /// Sets the deadline `delta` epochs after the engine's current epoch
    /// (no effect without `Config::epoch_interruption`). An interrupted
    /// store stays usable once it has a deadline in the future.
    pub fn set_epoch_deadline(&mut self, delta: u64) {
        self.inner.runtime.set_epoch_deadline(delta);
    }

    /// At the deadline, Wasm code traps with `TrapCode::Interrupt` (the
    /// default).
    pub fn epoch_deadline_trap(&mut self) {
        self.inner.runtime.set_epoch_callback(None);
    }

    /// At the deadline, `callback` runs (on the thread running the Wasm
    /// code, which waits for it) with the store: `Continue(delta)` sets a
    /// new deadline and resumes; an error stops the Wasm code and comes out
    /// of the call unchanged.
    pub fn epoch_deadline_callback(
        &mut self,
        mut callback: impl FnMut(Caller<'_, T>) -> Result<UpdateDeadline, Error> + 'static,
    ) {
        let inner: *mut crate::store::StoreInner = &mut *self.inner;
        let data: *mut T = self.data_mut();
        self.inner
            .runtime
            .set_epoch_callback(Some(Box::new(move || {
                // SAFETY: the callback only runs during a call that holds
                // the store exclusively, on its thread; the store's parts
                // are boxed and outlive its runtime, which owns this.
                let (inner, data) = unsafe { (&mut *inner, &mut *data) };
                match callback(Caller::of_store(inner, data)) {
                    Ok(UpdateDeadline::Continue(delta)) => Ok(delta),
                    Err(e) => Err(Box::new(ErrorBox(e))),
                }
            })));
    }

    /// Gives the store `fuel` units, replacing what was left.
    pub fn set_fuel(&mut self, fuel: u64) -> Result<(), Error> {
        self.inner.fuel()?.set_fuel(fuel);
        Ok(())
    }

    /// The fuel left.
    pub fn get_fuel(&self) -> Result<u64, Error> {
        Ok(self.inner.fuel()?.fuel())
    }
}

impl<T> Caller<'_, T> {
    /// As [`Store::set_fuel`], from a host function: the Wasm code that
    /// called it goes on with this fuel.
    pub fn set_fuel(&mut self, fuel: u64) -> Result<(), Error> {
        self.store_inner().fuel()?.set_fuel(fuel);
        Ok(())
    }

    /// As [`Store::get_fuel`]: what is left after the operators run so far.
    pub fn get_fuel(&self) -> Result<u64, Error> {
        Ok(self.store_inner().fuel()?.fuel())
    }
}

impl StoreInner {
    /// The store's runtime, whose fuel the API may use.
    fn fuel(&self) -> Result<&StoreRuntime, Error> {
        if self.engine.config().consume_fuel {
            Ok(&self.runtime)
        } else {
            Err(Error::Runtime(RuntimeError::Unsupported(
                "fuel is not configured in this store's engine (Config::consume_fuel)".into(),
            )))
        }
    }
}
