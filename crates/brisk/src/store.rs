//! The store: owns every instance and runtime object, and the host data.
//! Handles (`Func`, `Memory`, `Table`, `Global`, `Instance`) are indices
//! into it; they stay valid as long as the store.

use crate::engine::Engine;
use brisk_runtime::{HostFuncCtx, LinearMemory, StoreRuntime, Table, VMFuncRef, VMGlobal};
use std::any::Any;
use std::collections::HashMap;

#[derive(Clone, Copy)]
pub(crate) struct FuncEntry {
    pub funcref: *const VMFuncRef,
    pub type_id: u32,
}

pub(crate) struct GlobalEntry {
    pub cell: *const VMGlobal,
    pub ty: crate::GlobalType,
}

/// The part of a store that must not move: the runtime points into it.
/// Its objects are boxed so that pointers to them stay valid as it grows.
#[allow(clippy::vec_box)]
pub(crate) struct StoreInner {
    pub engine: Engine,
    pub runtime: Box<StoreRuntime>,
    pub instances: Vec<Box<brisk_runtime::Instance>>,
    pub funcs: Vec<FuncEntry>,
    pub func_index: HashMap<usize, usize>,
    pub host_funcs: Vec<Box<HostFuncCtx>>,
    pub memories: Vec<*mut LinearMemory>,
    pub memory_index: HashMap<usize, usize>,
    pub owned_memories: Vec<Box<LinearMemory>>,
    pub tables: Vec<*mut Table>,
    pub table_index: HashMap<usize, usize>,
    pub owned_tables: Vec<Box<Table>>,
    pub globals: Vec<GlobalEntry>,
    pub global_index: HashMap<usize, usize>,
    pub owned_globals: Vec<Box<VMGlobal>>,
    pub externrefs: Vec<Box<dyn Any + Send + Sync>>,
}

/// Owns instances and their runtime state; `T` is host data.
pub struct Store<T> {
    pub(crate) inner: Box<StoreInner>,
    data: T,
}

impl<T> Store<T> {
    pub fn new(engine: &Engine, data: T) -> Store<T> {
        Store {
            inner: Box::new(StoreInner {
                engine: engine.clone(),
                runtime: Box::default(),
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
            }),
            data,
        }
    }

    pub fn engine(&self) -> &Engine {
        &self.inner.engine
    }

    pub fn data(&self) -> &T {
        &self.data
    }

    pub fn data_mut(&mut self) -> &mut T {
        &mut self.data
    }
}

impl StoreInner {
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

    pub fn global_handle(&mut self, cell: *const VMGlobal, ty: crate::GlobalType) -> usize {
        *self.global_index.entry(cell as usize).or_insert_with(|| {
            self.globals.push(GlobalEntry { cell, ty });
            self.globals.len() - 1
        })
    }
}
