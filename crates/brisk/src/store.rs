//! The store: owns every instance and runtime object, and the host data.
//! Handles (`Func`, `Memory`, `Table`, `Global`, `Tag`, `Instance`,
//! `ExnRef`, host `ExternRef`s) are indices into it, tagged with its
//! [`StoreId`]; they stay valid as long as the store, and using one with
//! another store is an error (or a panic where the method returns no
//! `Result`), never another store's object.

use crate::engine::Engine;
use brisk_runtime::{HostFuncCtx, LinearMemory, StoreRuntime, Table, VMFuncRef, VMGlobal};
use std::any::Any;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

/// Tells a store's handles from another store's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct StoreId(u64);

/// The id of the next store.
static NEXT_STORE: AtomicU64 = AtomicU64::new(0);

/// What using a handle with another store than its own says.
const WRONG_STORE: &str = "object used with the wrong store";

#[derive(Clone, Copy)]
pub struct FuncEntry {
    pub funcref: *const VMFuncRef,
    pub type_id: u32,
}

#[derive(Clone, Copy)]
pub struct GlobalEntry {
    pub cell: *const VMGlobal,
    pub ty: crate::GlobalType,
    /// The declared type if it is a reference type, with engine ids for
    /// defined types (what imports match against).
    pub ref_type: Option<brisk_environ::RefType>,
}

/// The part of a store that must not move: the runtime points into it.
/// Its objects are boxed so that pointers to them stay valid as it grows.
#[allow(clippy::vec_box)]
#[doc(hidden)]
pub struct StoreInner {
    pub(crate) id: StoreId,
    pub(crate) engine: Engine,
    pub(crate) runtime: Box<StoreRuntime>,
    pub(crate) instances: Vec<Box<brisk_runtime::Instance>>,
    pub(crate) funcs: Vec<FuncEntry>,
    pub(crate) func_index: HashMap<usize, usize>,
    pub(crate) host_funcs: Vec<Box<HostFuncCtx>>,
    pub(crate) memories: Vec<*mut LinearMemory>,
    pub(crate) memory_index: HashMap<usize, usize>,
    pub(crate) owned_memories: Vec<Box<LinearMemory>>,
    pub(crate) tables: Vec<*mut Table>,
    pub(crate) table_index: HashMap<usize, usize>,
    pub(crate) owned_tables: Vec<Box<Table>>,
    pub(crate) globals: Vec<GlobalEntry>,
    pub(crate) global_index: HashMap<usize, usize>,
    pub(crate) owned_globals: Vec<Box<VMGlobal>>,
    pub(crate) externrefs: Vec<Box<dyn Any + Send + Sync>>,
    /// Tags by handle, their index by address, and those the host made.
    pub(crate) tags: Vec<crate::exceptions::TagEntry>,
    pub(crate) tag_index: HashMap<usize, usize>,
    pub(crate) owned_tags: Vec<Box<brisk_runtime::VMTag>>,
    /// Store index of each instance, by its runtime address (for callers).
    pub(crate) instance_index: HashMap<usize, usize>,
    /// The resource limiter (`Store::limiter`, `limits.rs`).
    pub(crate) limiter: Option<crate::limits::LimiterFn>,
}

/// Owns instances and their runtime state; `T` is host data.
pub struct Store<T> {
    pub(crate) inner: Box<StoreInner>,
    /// Boxed because host functions keep a pointer to it: the store may move.
    data: Box<T>,
}

impl<T> Store<T> {
    pub fn new(engine: &Engine, data: T) -> Store<T> {
        let mut runtime = Box::<StoreRuntime>::default();
        runtime.gc.set_limit(engine.config().gc_heap_limit);
        runtime.gc.set_layouts(engine.inner.runtime.gc_layouts());
        if engine.config().epoch_interruption {
            StoreRuntime::watch_epoch(&mut runtime, &engine.inner.epoch);
        }
        if engine.config().consume_fuel {
            runtime.meter_fuel();
        }
        Store {
            inner: Box::new(StoreInner {
                id: StoreId(NEXT_STORE.fetch_add(1, Ordering::Relaxed)),
                engine: engine.clone(),
                runtime,
                instances: Vec::new(),
                funcs: Vec::new(),
                func_index: HashMap::new(),
                host_funcs: Vec::new(),
                memories: Vec::new(),
                memory_index: HashMap::new(),
                owned_memories: Vec::new(),
                tables: Vec::new(),
                table_index: HashMap::new(),
                owned_tables: Vec::new(),
                globals: Vec::new(),
                global_index: HashMap::new(),
                owned_globals: Vec::new(),
                externrefs: Vec::new(),
                tags: Vec::new(),
                tag_index: HashMap::new(),
                owned_tags: Vec::new(),
                instance_index: HashMap::new(),
                limiter: None,
            }),
            data: Box::new(data),
        }
    }

    pub fn engine(&self) -> &Engine {
        &self.inner.engine
    }

    /// The GC heap's counters: collections, live and used bytes.
    pub fn gc_stats(&self) -> brisk_runtime::GcStats {
        self.inner.runtime.gc.stats()
    }

    /// Collects the GC heap's garbage now.
    pub fn gc(&mut self) {
        self.inner.gc();
    }

    /// Test mode for the collector: freed GC memory is filled with a
    /// poison pattern and never reused, so that code still using a freed
    /// object reads poison rather than another object.
    pub fn set_gc_poison(&mut self, on: bool) {
        self.inner.runtime.gc.set_poison(on);
    }

    pub fn data(&self) -> &T {
        &self.data
    }

    pub fn data_mut(&mut self) -> &mut T {
        &mut self.data
    }
}

/// Read access to a store: a [`Store`] or a host function's [`Caller`](crate::Caller).
pub trait AsContext {
    #[doc(hidden)]
    fn store_inner(&self) -> &StoreInner;
}

/// Write access to a store: a [`Store`] or a host function's [`Caller`](crate::Caller).
pub trait AsContextMut: AsContext {
    #[doc(hidden)]
    fn store_inner_mut(&mut self) -> &mut StoreInner;
}

impl<C: AsContext + ?Sized> AsContext for &C {
    fn store_inner(&self) -> &StoreInner {
        (**self).store_inner()
    }
}

impl<C: AsContext + ?Sized> AsContext for &mut C {
    fn store_inner(&self) -> &StoreInner {
        (**self).store_inner()
    }
}

impl<C: AsContextMut + ?Sized> AsContextMut for &mut C {
    fn store_inner_mut(&mut self) -> &mut StoreInner {
        (**self).store_inner_mut()
    }
}

impl<T> AsContext for Store<T> {
    fn store_inner(&self) -> &StoreInner {
        &self.inner
    }
}

impl<T> AsContextMut for Store<T> {
    fn store_inner_mut(&mut self) -> &mut StoreInner {
        &mut self.inner
    }
}

// Lets `Memory::data_and_store_mut` borrow the store and the host data apart.
impl AsContext for StoreInner {
    fn store_inner(&self) -> &StoreInner {
        self
    }
}

impl AsContextMut for StoreInner {
    fn store_inner_mut(&mut self) -> &mut StoreInner {
        self
    }
}

impl StoreInner {
    /// Fails unless a handle of store `owner` is this store's.
    pub(crate) fn check_owner(&self, owner: StoreId) -> Result<(), crate::Error> {
        if owner == self.id {
            Ok(())
        } else {
            Err(crate::Error::Type(WRONG_STORE.into()))
        }
    }

    /// Panics unless a handle of store `owner` is this store's (for
    /// methods that return no `Result`, as wasmtime does).
    pub(crate) fn assert_owner(&self, owner: StoreId) {
        assert!(owner == self.id, "{WRONG_STORE}");
    }

    /// Collects the GC heap's garbage now (from the host, or a host
    /// function called from Wasm: the collector walks the Wasm frames).
    pub(crate) fn gc(&mut self) {
        let runtime = &self.runtime;
        runtime.gc.collect(runtime);
    }

    /// The handle of the function `funcref` points to, creating one if new.
    pub fn func_handle(&mut self, funcref: *const VMFuncRef) -> usize {
        if let Some(&i) = self.func_index.get(&(funcref as usize)) {
            return i;
        }
        // SAFETY: funcrefs handed out by this store's instances and host
        // functions live as long as the store.
        let type_id = unsafe { (*funcref).type_id } as u32;
        self.funcs.push(FuncEntry { funcref, type_id });
        self.func_index
            .insert(funcref as usize, self.funcs.len() - 1);
        self.funcs.len() - 1
    }

    pub fn memory_handle(&mut self, memory: *mut LinearMemory) -> usize {
        *self.memory_index.entry(memory as usize).or_insert_with(|| {
            self.memories.push(memory);
            self.memories.len() - 1
        })
    }

    pub fn table_handle(&mut self, table: *mut Table) -> usize {
        *self.table_index.entry(table as usize).or_insert_with(|| {
            self.tables.push(table);
            self.tables.len() - 1
        })
    }

    pub fn global_handle(
        &mut self,
        cell: *const VMGlobal,
        ty: crate::GlobalType,
        ref_type: Option<brisk_environ::RefType>,
    ) -> usize {
        *self.global_index.entry(cell as usize).or_insert_with(|| {
            self.globals.push(GlobalEntry { cell, ty, ref_type });
            self.globals.len() - 1
        })
    }
}
