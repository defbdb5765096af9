//! Resource limits as in wasmtime: a [`ResourceLimiter`] per store
//! ([`Store::limiter`]), asked before a memory or table grows (by
//! `memory.grow`/`table.grow` in Wasm code, by [`Memory::grow`] and
//! [`Table::grow`](crate::Table::grow) in the host) and at instantiation
//! (instance, table and memory counts; each new memory's and table's
//! minimum), and when the host creates a memory or table ([`Memory::new`],
//! [`Table::new`](crate::Table::new): the count and the minimum).
//! [`StoreLimits`] is the ready-made limiter.
//!
//! [`Memory::grow`]: crate::Memory::grow
//! [`Memory::new`]: crate::Memory::new

use crate::error::ErrorBox;
use crate::store::StoreInner;
use crate::{Error, Store};
use brisk_environ::{MemoryType, ModuleInfo, TableType};
use brisk_runtime::{
    Growing, LinearMemory, RuntimeError, Table, memory_bytes, memory_growth, table_growth,
};

/// The default most instances, tables and memories in a store.
pub const DEFAULT_INSTANCE_LIMIT: usize = 10_000;
pub const DEFAULT_TABLE_LIMIT: usize = 10_000;
pub const DEFAULT_MEMORY_LIMIT: usize = 10_000;

/// Decides whether a store's memories and tables may grow, and how many
/// instances, tables and memories it may have. Sizes are in bytes
/// (memories) or elements (tables); `maximum` is the declared one.
pub trait ResourceLimiter {
    /// Whether a memory may grow from `current` to `desired` bytes (also
    /// asked with `current` 0 for a new memory's minimum). `Ok(false)`
    /// makes `memory.grow` return -1 and instantiation or `Memory::new`
    /// fail; an error traps Wasm code's `memory.grow` (the call that ran
    /// it returns the error) and is returned by the host call that grew
    /// or created the memory.
    fn memory_growing(
        &mut self,
        current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> Result<bool, Error>;

    /// As [`Self::memory_growing`], for a table, in elements.
    fn table_growing(
        &mut self,
        current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> Result<bool, Error>;

    /// The most instances the store may hold.
    fn instances(&self) -> usize {
        DEFAULT_INSTANCE_LIMIT
    }

    /// The most tables the store may hold (defined by its instances or
    /// created by the host).
    fn tables(&self) -> usize {
        DEFAULT_TABLE_LIMIT
    }

    /// The most memories the store may hold (defined by its instances or
    /// created by the host).
    fn memories(&self) -> usize {
        DEFAULT_MEMORY_LIMIT
    }
}

/// A [`ResourceLimiter`] with fixed limits, built by [`StoreLimitsBuilder`].
#[derive(Debug, Clone)]
pub struct StoreLimits {
    memory_size: Option<usize>,
    table_elements: Option<usize>,
    instances: usize,
    tables: usize,
    memories: usize,
    trap_on_grow_failure: bool,
}

impl Default for StoreLimits {
    fn default() -> Self {
        StoreLimits {
            memory_size: None,
            table_elements: None,
            instances: DEFAULT_INSTANCE_LIMIT,
            tables: DEFAULT_TABLE_LIMIT,
            memories: DEFAULT_MEMORY_LIMIT,
            trap_on_grow_failure: false,
        }
    }
}

/// Builds [`StoreLimits`]: no size limits and the default counts unless set.
#[derive(Debug, Clone, Default)]
pub struct StoreLimitsBuilder(StoreLimits);

impl StoreLimitsBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// The most bytes any one memory may have.
    pub fn memory_size(mut self, bytes: usize) -> Self {
        self.0.memory_size = Some(bytes);
        self
    }

    /// The most elements any one table may have.
    pub fn table_elements(mut self, elements: usize) -> Self {
        self.0.table_elements = Some(elements);
        self
    }

    pub fn instances(mut self, n: usize) -> Self {
        self.0.instances = n;
        self
    }

    pub fn tables(mut self, n: usize) -> Self {
        self.0.tables = n;
        self
    }

    pub fn memories(mut self, n: usize) -> Self {
        self.0.memories = n;
        self
    }

    /// Growth beyond the limits is an error rather than a failed grow.
    pub fn trap_on_grow_failure(mut self, trap: bool) -> Self {
        self.0.trap_on_grow_failure = trap;
        self
    }

    pub fn build(self) -> StoreLimits {
        self.0
    }
}

impl StoreLimits {
    fn allow(&self, what: &str, desired: usize, limit: Option<usize>) -> Result<bool, Error> {
        let allowed = limit.is_none_or(|l| desired <= l);
        if !allowed && self.trap_on_grow_failure {
            return Err(limit_error(format!(
                "forcing a trap when growing a {what} to {desired}"
            )));
        }
        Ok(allowed)
    }
}

impl ResourceLimiter for StoreLimits {
    fn memory_growing(
        &mut self,
        _: usize,
        desired: usize,
        _: Option<usize>,
    ) -> Result<bool, Error> {
        self.allow("memory", desired, self.memory_size)
    }

    fn table_growing(&mut self, _: usize, desired: usize, _: Option<usize>) -> Result<bool, Error> {
        self.allow("table", desired, self.table_elements)
    }

    fn instances(&self) -> usize {
        self.instances
    }

    fn tables(&self) -> usize {
        self.tables
    }

    fn memories(&self) -> usize {
        self.memories
    }
}

fn limit_error(message: String) -> Error {
    Error::Runtime(RuntimeError::Resource(message))
}

/// A question to the store's limiter.
pub(crate) enum Query {
    Growing(Growing, usize, usize, Option<usize>),
    Instances,
    Tables,
    Memories,
}

/// The store's limiter with the host data it lives in bound: answers a
/// growth with 1 (allowed) or 0, a count with the limit.
pub(crate) type LimiterFn = Box<dyn FnMut(Query) -> Result<usize, Error>>;

impl<T: 'static> Store<T> {
    /// Installs the store's resource limiter: `limiter` finds it in the
    /// host data (e.g. a [`StoreLimits`] field). It applies from the next
    /// instantiation or growth on.
    pub fn limiter(
        &mut self,
        mut limiter: impl (FnMut(&mut T) -> &mut dyn ResourceLimiter) + 'static,
    ) {
        let data: *mut T = self.data_mut();
        self.inner.limiter = Some(Box::new(move |query| {
            // SAFETY: the limiter is only asked during a call that holds
            // the store exclusively, on its thread; the host data is boxed
            // and outlives the store's parts, which own this.
            let l = limiter(unsafe { &mut *data });
            Ok(match query {
                Query::Growing(Growing::Memory, current, desired, max) => {
                    l.memory_growing(current, desired, max)?.into()
                }
                Query::Growing(Growing::Table, current, desired, max) => {
                    l.table_growing(current, desired, max)?.into()
                }
                Query::Instances => l.instances(),
                Query::Tables => l.tables(),
                Query::Memories => l.memories(),
            })
        }));
        let slot: *mut Option<LimiterFn> = &mut self.inner.limiter;
        self.inner
            .runtime
            .set_grow_hook(Some(Box::new(move |what, current, desired, max| {
                // SAFETY: as above; the slot is a field of the boxed store
                // part that owns the runtime and so this hook.
                let limiter = unsafe { &mut *slot };
                let Some(ask) = limiter.as_mut() else {
                    return Ok(true);
                };
                match ask(Query::Growing(what, current, desired, max)) {
                    Ok(allowed) => Ok(allowed != 0),
                    // Raised by the grow: out of the call unchanged.
                    Err(e) => Err(Box::new(ErrorBox(e))),
                }
            })));
    }
}

impl StoreInner {
    fn ask(&mut self, query: Query) -> Result<usize, Error> {
        match &mut self.limiter {
            Some(ask) => ask(query),
            None => Ok(match query {
                Query::Growing(..) => 1,
                Query::Instances | Query::Tables | Query::Memories => usize::MAX,
            }),
        }
    }

    fn may_grow(
        &mut self,
        what: Growing,
        current: u64,
        desired: u64,
        max: Option<u64>,
    ) -> Result<bool, Error> {
        let size = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
        let query = Query::Growing(what, size(current), size(desired), max.map(size));
        Ok(self.ask(query)? != 0)
    }

    /// Asks the limiter before the host grows `memory` by `delta` pages.
    pub(crate) fn memory_may_grow(
        &mut self,
        memory: &LinearMemory,
        delta: u64,
    ) -> Result<bool, Error> {
        match memory_growth(memory, delta) {
            Some((current, desired, max)) => self.may_grow(Growing::Memory, current, desired, max),
            None => Ok(true),
        }
    }

    /// Asks the limiter before the host grows `table` by `delta` elements.
    pub(crate) fn table_may_grow(&mut self, table: &Table, delta: u64) -> Result<bool, Error> {
        match table_growth(table, delta) {
            Some((current, desired, max)) => self.may_grow(Growing::Table, current, desired, max),
            None => Ok(true),
        }
    }

    /// Checks the counts and the new memories' and tables' minimums
    /// before an instance of a module described by `info` is created.
    pub(crate) fn check_instantiation(&mut self, info: &ModuleInfo) -> Result<(), Error> {
        if self.limiter.is_none() {
            return Ok(());
        }
        let new_tables = &info.tables[info.num_imported_tables as usize..];
        let new_memories = &info.memories[info.num_imported_memories as usize..];
        self.check_counts(1, new_tables.len(), new_memories.len())?;
        new_memories
            .iter()
            .try_for_each(|ty| self.check_memory_minimum(ty))?;
        new_tables
            .iter()
            .try_for_each(|ty| self.check_table_minimum(ty))
    }

    /// Checks the memory count and the minimum before the host creates a
    /// memory of type `ty` (`Memory::new`).
    pub(crate) fn check_new_memory(&mut self, ty: &MemoryType) -> Result<(), Error> {
        if self.limiter.is_none() {
            return Ok(());
        }
        self.check_counts(0, 0, 1)?;
        self.check_memory_minimum(ty)
    }

    /// Checks the table count and the minimum before the host creates a
    /// table of type `ty` (`Table::new`).
    pub(crate) fn check_new_table(&mut self, ty: &TableType) -> Result<(), Error> {
        if self.limiter.is_none() {
            return Ok(());
        }
        self.check_counts(0, 1, 0)?;
        self.check_table_minimum(ty)
    }

    /// Checks that the store may hold `instances`, `tables` and `memories`
    /// more of each.
    fn check_counts(
        &mut self,
        instances: usize,
        tables: usize,
        memories: usize,
    ) -> Result<(), Error> {
        let (mut held_tables, mut held_memories) =
            (self.owned_tables.len(), self.owned_memories.len());
        for instance in &self.instances {
            let info = instance.module().info();
            held_tables += info.tables.len() - info.num_imported_tables as usize;
            held_memories += info.memories.len() - info.num_imported_memories as usize;
        }
        let counts = [
            (
                "instance",
                self.instances.len(),
                instances,
                Query::Instances,
            ),
            ("table", held_tables, tables, Query::Tables),
            ("memory", held_memories, memories, Query::Memories),
        ];
        for (what, held, new, query) in counts {
            if new == 0 {
                continue;
            }
            let count = held + new;
            if count > self.ask(query)? {
                return Err(limit_error(format!(
                    "resource limit exceeded: {what} count too high at {count}"
                )));
            }
        }
        Ok(())
    }

    fn check_memory_minimum(&mut self, ty: &MemoryType) -> Result<(), Error> {
        let min = memory_bytes(ty, ty.min);
        let max = ty.max.map(|m| memory_bytes(ty, m));
        if !self.may_grow(Growing::Memory, 0, min, max)? {
            return Err(limit_error(format!(
                "memory minimum size of {min} bytes exceeds the store's limits"
            )));
        }
        Ok(())
    }

    fn check_table_minimum(&mut self, ty: &TableType) -> Result<(), Error> {
        if !self.may_grow(Growing::Table, 0, ty.min, ty.max)? {
            return Err(limit_error(format!(
                "table minimum size of {} elements exceeds the store's limits",
                ty.min
            )));
        }
        Ok(())
    }
}
