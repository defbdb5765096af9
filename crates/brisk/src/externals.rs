//! Memories, tables and globals, created by the host or exported by instances.

use crate::{Error, GlobalType, MemoryType, Store, TableType, Val};
use brisk_runtime::{LinearMemory, VMGlobal};

/// A linear memory in a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Memory {
    pub(crate) index: usize,
}

impl Memory {
    pub fn new<T>(store: &mut Store<T>, ty: MemoryType) -> Result<Memory, Error> {
        let config = &store.inner.engine.inner.config;
        let mut mem = Box::new(
            LinearMemory::new(&ty, config.bounds, config.memory_pages).map_err(|e| {
                Error::Runtime(brisk_runtime::RuntimeError::Resource(e.to_string()))
            })?,
        );
        let ptr: *mut LinearMemory = &mut *mem;
        store.inner.owned_memories.push(mem);
        Ok(Memory {
            index: store.inner.memory_handle(ptr),
        })
    }

    pub(crate) fn ptr<T>(&self, store: &Store<T>) -> *mut LinearMemory {
        store.inner.memories[self.index]
    }

    pub fn data<'a, T>(&self, store: &'a Store<T>) -> &'a [u8] {
        // SAFETY: the memory lives as long as the store, and `&Store` keeps
        // Wasm code (the only other writer) from running.
        unsafe { (*self.ptr(store)).data() }
    }

    pub fn data_mut<'a, T>(&self, store: &'a mut Store<T>) -> &'a mut [u8] {
        // SAFETY: as in `data`, with exclusive access through `&mut Store`.
        unsafe { (*self.ptr(store)).data_mut() }
    }

    /// The current size in 64 KiB pages.
    pub fn size<T>(&self, store: &Store<T>) -> u64 {
        // SAFETY: as in `data`.
        unsafe { (*self.ptr(store)).pages() }
    }

    /// The type: current size as the minimum, and the maximum.
    pub fn ty<T>(&self, store: &Store<T>) -> MemoryType {
        // SAFETY: as in `data`.
        let m = unsafe { &*self.ptr(store) };
        MemoryType {
            min: m.pages(),
            max: m.declared_max(),
        }
    }

    /// Grows by `delta` pages, returning the old size.
    pub fn grow<T>(&self, store: &mut Store<T>, delta: u64) -> Result<u64, Error> {
        // SAFETY: as in `data_mut`.
        unsafe { (*self.ptr(store)).grow(delta) }
            .ok_or_else(|| Error::Type("memory cannot grow that far".into()))
    }
}

/// A table in a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Table {
    pub(crate) index: usize,
}

impl Table {
    pub fn new<T>(store: &mut Store<T>, ty: TableType, init: Val) -> Result<Table, Error> {
        if init.ty() != ty.elem {
            return Err(Error::Type(format!(
                "table of {:?} initialized with {:?}",
                ty.elem,
                init.ty()
            )));
        }
        let bits = init.to_bits(&store.inner)? as usize;
        let mut table = Box::new(
            brisk_runtime::Table::new(ty, bits)
                .ok_or_else(|| Error::Type("table too large".into()))?,
        );
        let ptr: *mut brisk_runtime::Table = &mut *table;
        store.inner.owned_tables.push(table);
        Ok(Table {
            index: store.inner.table_handle(ptr),
        })
    }

    pub(crate) fn ptr<T>(&self, store: &Store<T>) -> *mut brisk_runtime::Table {
        store.inner.tables[self.index]
    }

    fn table<'a, T>(&self, store: &'a Store<T>) -> &'a brisk_runtime::Table {
        // SAFETY: tables live as long as the store; `&Store` keeps Wasm code
        // from running meanwhile.
        unsafe { &*self.ptr(store) }
    }

    pub fn ty<T>(&self, store: &Store<T>) -> TableType {
        let t = self.table(store);
        TableType {
            elem: t.elem_type(),
            min: t.len(),
            max: t.ty().max,
        }
    }

    pub fn size<T>(&self, store: &Store<T>) -> u64 {
        self.table(store).len()
    }

    pub fn get<T>(&self, store: &mut Store<T>, index: u64) -> Option<Val> {
        let t = self.table(store);
        let (bits, ty) = (t.get(index)?, t.elem_type());
        Some(Val::from_bits(bits as u64, ty, &mut store.inner))
    }

    pub fn set<T>(&self, store: &mut Store<T>, index: u64, value: Val) -> Result<(), Error> {
        let bits = value.to_bits(&store.inner)? as usize;
        // SAFETY: as in `table`, with exclusive access through `&mut Store`.
        let t = unsafe { &mut *self.ptr(store) };
        if value.ty() != t.elem_type() {
            return Err(Error::Type("table element type mismatch".into()));
        }
        t.set(index, bits)
            .ok_or(Error::Trap(brisk_environ::TrapCode::TableOutOfBounds))
    }

    pub fn grow<T>(&self, store: &mut Store<T>, delta: u64, init: Val) -> Result<u64, Error> {
        let bits = init.to_bits(&store.inner)? as usize;
        // SAFETY: as in `set`.
        unsafe { (*self.ptr(store)).grow(delta, bits) }
            .ok_or_else(|| Error::Type("table cannot grow that far".into()))
    }
}

/// A global in a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Global {
    pub(crate) index: usize,
}

impl Global {
    pub fn new<T>(store: &mut Store<T>, ty: GlobalType, value: Val) -> Result<Global, Error> {
        if value.ty() != ty.content {
            return Err(Error::Type(format!(
                "global of {:?} initialized with {:?}",
                ty.content,
                value.ty()
            )));
        }
        let cell = Box::new(VMGlobal::new(value.to_bits(&store.inner)?));
        let ptr: *const VMGlobal = &*cell;
        store.inner.owned_globals.push(cell);
        Ok(Global {
            index: store.inner.global_handle(ptr, ty),
        })
    }

    pub fn ty<T>(&self, store: &Store<T>) -> GlobalType {
        store.inner.globals[self.index].ty
    }

    pub fn get<T>(&self, store: &mut Store<T>) -> Val {
        let entry = &store.inner.globals[self.index];
        // SAFETY: global cells live as long as the store.
        let bits = unsafe { (*entry.cell).get() };
        let ty = entry.ty.content;
        Val::from_bits(bits, ty, &mut store.inner)
    }

    pub fn set<T>(&self, store: &mut Store<T>, value: Val) -> Result<(), Error> {
        let entry = &store.inner.globals[self.index];
        if !entry.ty.mutable {
            return Err(Error::Type("global is immutable".into()));
        }
        if value.ty() != entry.ty.content {
            return Err(Error::Type("global type mismatch".into()));
        }
        let cell = entry.cell;
        let bits = value.to_bits(&store.inner)?;
        // SAFETY: as in `get`.
        unsafe { (*cell).set(bits) };
        Ok(())
    }
}
