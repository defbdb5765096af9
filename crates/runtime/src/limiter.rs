//! The store's resource limiter as the grow builtins see it: a hook the
//! embedder's API installs (brisk's `Store::limiter`), asked before a
//! `memory.grow` or `table.grow` executed by Wasm code, which returns -1
//! when the hook says no and traps with the hook's error (a host trap, as
//! wasmtime does). Host-side growth and instantiation ask the API's
//! limiter directly.

use crate::host::{HostError, HostTrap};
use crate::limits::StoreRuntime;
use crate::memory::LinearMemory;
use crate::table::Table;
use brisk_environ::MemoryType;
use brisk_environ::vmctx::VMCTX_LIMITS;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// What is growing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Growing {
    /// A memory, in bytes.
    Memory,
    /// A table, in elements.
    Table,
}

/// Asked with (what, current size, desired size, declared maximum):
/// whether the growth may happen, or an error that stops the Wasm code.
pub type GrowHook = Box<dyn FnMut(Growing, usize, usize, Option<usize>) -> Result<bool, HostError>>;

/// Sizes in bytes or elements as the limiter sees them (saturated).
fn size(n: u64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

impl StoreRuntime {
    /// Installs (or removes) the hook asked before Wasm code grows a
    /// memory or table of this store.
    pub fn set_grow_hook(&self, hook: Option<GrowHook>) {
        self.grow_hook.set(hook);
    }

    /// Whether the hook, if any, allows growing from `current` to `desired`
    /// (its error or panic is a host trap). The GC heap asks it too, as a
    /// memory (`gc/mod.rs`).
    pub(crate) fn may_grow(
        &self,
        what: Growing,
        current: u64,
        desired: u64,
        max: Option<u64>,
    ) -> Result<bool, HostTrap> {
        // Taken while it runs: the embedder's code may grow memories itself.
        let Some(mut hook) = self.grow_hook.take() else {
            return Ok(true);
        };
        let asked = catch_unwind(AssertUnwindSafe(|| {
            hook(what, size(current), size(desired), max.map(size))
        }));
        if self.grow_hook.take().is_none() {
            self.grow_hook.set(Some(hook));
        }
        match asked {
            Ok(allowed) => allowed.map_err(HostTrap::Error),
            Err(panic) => Err(HostTrap::Panic(panic)),
        }
    }

    /// Whether `memory` of this store may grow by `delta` pages.
    pub(crate) fn memory_may_grow(
        &self,
        memory: &LinearMemory,
        delta: u64,
    ) -> Result<bool, HostTrap> {
        match memory_growth(memory, delta) {
            Some((current, desired, max)) => self.may_grow(Growing::Memory, current, desired, max),
            None => Ok(true),
        }
    }

    /// Whether `table` of this store may grow by `delta` elements.
    pub(crate) fn table_may_grow(&self, table: &Table, delta: u64) -> Result<bool, HostTrap> {
        match table_growth(table, delta) {
            Some((current, desired, max)) => self.may_grow(Growing::Table, current, desired, max),
            None => Ok(true),
        }
    }
}

/// `pages` pages of a memory of type `ty` in bytes (saturated).
pub fn memory_bytes(ty: &MemoryType, pages: u64) -> u64 {
    let page = ty.page_size_log2;
    pages
        .checked_shl(page.into())
        .filter(|bytes| bytes >> page == pages)
        .unwrap_or(u64::MAX)
}

/// What a limiter is asked when `memory` grows by `delta` pages: its
/// current, desired and maximum bytes; nothing for no growth, or for a
/// shared memory, which belongs to no store.
pub fn memory_growth(memory: &LinearMemory, delta: u64) -> Option<(u64, u64, Option<u64>)> {
    let ty = memory.ty();
    if delta == 0 || ty.shared {
        return None;
    }
    let current = memory.byte_len() as u64;
    let desired = current.saturating_add(memory_bytes(&ty, delta));
    Some((current, desired, ty.max.map(|m| memory_bytes(&ty, m))))
}

/// What a limiter is asked when `table` grows by `delta` elements.
pub fn table_growth(table: &Table, delta: u64) -> Option<(u64, u64, Option<u64>)> {
    let current = table.len();
    (delta != 0).then(|| (current, current.saturating_add(delta), table.ty().max))
}

/// The store of the instance whose vmctx this is.
///
/// # Safety
/// `vmctx` is the vmctx of a live instance (or a host function's context)
/// of a live store.
pub(crate) unsafe fn store_of_vmctx<'a>(vmctx: *const u8) -> &'a StoreRuntime {
    // SAFETY: a vmctx starts with its store's limits pointer
    // (`VMCTX_LIMITS`), the first field of the store's `repr(C)` runtime,
    // which outlives its instances.
    unsafe {
        &**vmctx
            .add(VMCTX_LIMITS as usize)
            .cast::<*const StoreRuntime>()
    }
}
