//! Memories, tables and globals, created by the host or exported by instances.

use crate::store::{AsContext, AsContextMut, GlobalEntry, StoreId, StoreInner};
use crate::typed_refs::check_ref_value;
use crate::{Caller, Error, GlobalType, MemoryType, TableType, Val};
use brisk_environ::{RefType, WasmType};
use brisk_runtime::{LinearMemory, RootSource, VMGlobal};

/// An unshared linear memory in a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Memory {
    store: StoreId,
    index: usize,
}

impl Memory {
    /// A memory of the unshared type `ty` in `store` (a shared one is a
    /// [`SharedMemory`](crate::SharedMemory)).
    pub fn new(store: &mut impl AsContextMut, ty: MemoryType) -> Result<Memory, Error> {
        if ty.shared {
            return Err(Error::Type(
                "a shared memory type is for SharedMemory::new".into(),
            ));
        }
        store.store_inner_mut().check_new_memory(&ty)?;
        let config = &store.store_inner().engine.inner.config;
        let mut mem = Box::new(
            LinearMemory::new(&ty, config.bounds, config.memory_pages).map_err(|e| {
                Error::Runtime(brisk_runtime::RuntimeError::Resource(e.to_string()))
            })?,
        );
        let ptr: *mut LinearMemory = &mut *mem;
        let inner = store.store_inner_mut();
        inner.owned_memories.push(mem);
        Ok(Memory::of_ptr(inner, ptr))
    }

    /// The handle of `memory`, a memory of `store`.
    pub(crate) fn of_ptr(store: &mut StoreInner, memory: *mut LinearMemory) -> Memory {
        Memory {
            store: store.id,
            index: store.memory_handle(memory),
        }
    }

    /// The memory, or an error if it is another store's.
    pub(crate) fn ptr(&self, store: &impl AsContext) -> Result<*mut LinearMemory, Error> {
        let inner = store.store_inner();
        inner.check_owner(self.store)?;
        Ok(inner.memories[self.index])
    }

    /// The memory (panics if it is another store's).
    fn ptr_or_panic(&self, store: &impl AsContext) -> *mut LinearMemory {
        self.ptr(store).unwrap_or_else(|e| panic!("{e}"))
    }

    pub fn data<'a>(&self, store: &'a impl AsContext) -> &'a [u8] {
        // SAFETY: the memory lives as long as the store, and `&Store` keeps
        // Wasm code (the only other writer) from running.
        unsafe { (*self.ptr_or_panic(store)).data() }
    }

    pub fn data_mut<'a>(&self, store: &'a mut impl AsContextMut) -> &'a mut [u8] {
        // SAFETY: as in `data`, with exclusive access through `&mut Store`.
        unsafe { (*self.ptr_or_panic(store)).data_mut() }
    }

    /// The bytes and the host data at once, for host functions that read
    /// their arguments from memory while updating their own state.
    pub fn data_and_store_mut<'a, T>(
        &self,
        caller: &'a mut Caller<'_, T>,
    ) -> (&'a mut [u8], &'a mut T) {
        let (inner, data) = caller.parts_mut();
        (self.data_mut(inner), data)
    }

    /// The current size in pages (of its page size: 64 KiB unless the
    /// type says otherwise, custom page sizes).
    pub fn size(&self, store: &impl AsContext) -> u64 {
        // SAFETY: as in `data`.
        unsafe { (*self.ptr_or_panic(store)).pages() }
    }

    /// The type: current size as the minimum, and the maximum.
    pub fn ty(&self, store: &impl AsContext) -> MemoryType {
        // SAFETY: as in `data`.
        let m = unsafe { &*self.ptr_or_panic(store) };
        m.ty()
    }

    /// Grows by `delta` pages, returning the old size; the store's
    /// limiter is asked first.
    pub fn grow(&self, store: &mut impl AsContextMut, delta: u64) -> Result<u64, Error> {
        // SAFETY: as in `data_mut`.
        let memory = unsafe { &*self.ptr(store)? };
        let allowed = store.store_inner_mut().memory_may_grow(memory, delta)?;
        allowed
            .then(|| memory.grow(delta))
            .flatten()
            .ok_or_else(|| Error::Type("memory cannot grow that far".into()))
    }
}

/// A table in a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Table {
    store: StoreId,
    index: usize,
}

impl Table {
    pub fn new(store: &mut impl AsContextMut, ty: TableType, init: Val) -> Result<Table, Error> {
        if init.ty() != ty.elem {
            return Err(Error::Type(format!(
                "table of {:?} initialized with {:?}",
                ty.elem,
                init.ty()
            )));
        }
        if let Some(exact) = RefType::of_wasm_type(ty.elem) {
            check_ref_value(store.store_inner(), init, exact)?;
        }
        let bits = init.to_bits(store.store_inner())? as usize;
        store.store_inner_mut().check_new_table(&ty)?;
        let mut table = Box::new(
            brisk_runtime::Table::new(ty, bits)
                .ok_or_else(|| Error::Type("table too large".into()))?,
        );
        let ptr: *mut brisk_runtime::Table = &mut *table;
        let inner = store.store_inner_mut();
        if ty.elem == WasmType::AnyRef {
            // The collector's root: the table lives as long as the store.
            inner.runtime.gc.add_root(RootSource::Table(ptr));
        }
        inner.owned_tables.push(table);
        Ok(Table::of_ptr(inner, ptr))
    }

    /// The handle of `table`, a table of `store`.
    pub(crate) fn of_ptr(store: &mut StoreInner, table: *mut brisk_runtime::Table) -> Table {
        Table {
            store: store.id,
            index: store.table_handle(table),
        }
    }

    /// The table, or an error if it is another store's.
    pub(crate) fn ptr(&self, store: &impl AsContext) -> Result<*mut brisk_runtime::Table, Error> {
        let inner = store.store_inner();
        inner.check_owner(self.store)?;
        Ok(inner.tables[self.index])
    }

    /// The table (panics if it is another store's).
    fn table<'a>(&self, store: &'a impl AsContext) -> &'a brisk_runtime::Table {
        let ptr = self.ptr(store).unwrap_or_else(|e| panic!("{e}"));
        // SAFETY: tables live as long as the store; `&Store` keeps Wasm code
        // from running meanwhile.
        unsafe { &*ptr }
    }

    /// The table for a write of `value`, which must be of its element
    /// type (and of its declared reference type); or an error. Callers
    /// hold the store exclusively (`&mut`) for as long as they use it.
    fn table_for<'t>(
        &self,
        store: &impl AsContext,
        value: Val,
    ) -> Result<&'t mut brisk_runtime::Table, Error> {
        // SAFETY: tables live as long as the store, and the caller's
        // exclusive hold on the store keeps Wasm code and other handles
        // from using the table meanwhile.
        let t = unsafe { &mut *self.ptr(store)? };
        if value.ty() != t.elem_type() {
            return Err(Error::Type("table element type mismatch".into()));
        }
        if let Some(exact) = t.exact_elem_type() {
            check_ref_value(store.store_inner(), value, exact)?;
        }
        Ok(t)
    }

    pub fn ty(&self, store: &impl AsContext) -> TableType {
        let t = self.table(store);
        TableType {
            elem: t.elem_type(),
            min: t.len(),
            ..t.ty()
        }
    }

    pub fn size(&self, store: &impl AsContext) -> u64 {
        self.table(store).len()
    }

    pub fn get(&self, store: &mut impl AsContextMut, index: u64) -> Option<Val> {
        let t = self.table(store);
        let (bits, ty) = (t.get(index)?, t.elem_type());
        Some(Val::from_bits(bits as u64, ty, store.store_inner_mut()))
    }

    pub fn set(&self, store: &mut impl AsContextMut, index: u64, value: Val) -> Result<(), Error> {
        let t = self.table_for(store, value)?;
        let bits = value.to_bits(store.store_inner())? as usize;
        t.set(index, bits)
            .ok_or(Error::from(brisk_environ::TrapCode::TableOutOfBounds))
    }

    /// Sets the `len` elements from `dst` to `value` (`table.fill`).
    pub fn fill(
        &self,
        store: &mut impl AsContextMut,
        dst: u64,
        value: Val,
        len: u64,
    ) -> Result<(), Error> {
        let t = self.table_for(store, value)?;
        let bits = value.to_bits(store.store_inner())? as usize;
        t.fill(dst, len, bits)
            .ok_or(Error::from(brisk_environ::TrapCode::TableOutOfBounds))
    }

    pub fn grow(&self, store: &mut impl AsContextMut, delta: u64, init: Val) -> Result<u64, Error> {
        let table = self.table_for(store, init)?;
        let bits = init.to_bits(store.store_inner())? as usize;
        let allowed = store.store_inner_mut().table_may_grow(table, delta)?;
        allowed
            .then(|| table.grow(delta, bits))
            .flatten()
            .ok_or_else(|| Error::Type("table cannot grow that far".into()))
    }
}

/// A global in a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Global {
    store: StoreId,
    index: usize,
}

impl Global {
    pub fn new(store: &mut impl AsContextMut, ty: GlobalType, value: Val) -> Result<Global, Error> {
        if value.ty() != ty.content {
            return Err(Error::Type(format!(
                "global of {:?} initialized with {:?}",
                ty.content,
                value.ty()
            )));
        }
        let ref_type = RefType::of_wasm_type(ty.content);
        if let Some(exact) = ref_type {
            check_ref_value(store.store_inner(), value, exact)?;
        }
        let cell = Box::new(VMGlobal::default());
        cell.set_u128(value.to_bits128(store.store_inner())?);
        let ptr: *const VMGlobal = &*cell;
        let inner = store.store_inner_mut();
        if ty.content == WasmType::AnyRef {
            // The collector's root: the cell lives as long as the store.
            inner.runtime.gc.add_root(RootSource::Global(ptr));
        }
        inner.owned_globals.push(cell);
        Ok(Global::of_cell(inner, ptr, ty, ref_type))
    }

    /// The handle of `cell`, a global of `store` of type `ty` (and
    /// declared reference type `ref_type`, engine ids).
    pub(crate) fn of_cell(
        store: &mut StoreInner,
        cell: *const VMGlobal,
        ty: GlobalType,
        ref_type: Option<RefType>,
    ) -> Global {
        Global {
            store: store.id,
            index: store.global_handle(cell, ty, ref_type),
        }
    }

    /// The global's entry, or an error if it is another store's.
    pub(crate) fn entry(&self, store: &impl AsContext) -> Result<GlobalEntry, Error> {
        let inner = store.store_inner();
        inner.check_owner(self.store)?;
        Ok(inner.globals[self.index])
    }

    /// The global's entry (panics if it is another store's).
    fn entry_or_panic(&self, store: &impl AsContext) -> GlobalEntry {
        self.entry(store).unwrap_or_else(|e| panic!("{e}"))
    }

    pub fn ty(&self, store: &impl AsContext) -> GlobalType {
        self.entry_or_panic(store).ty
    }

    pub fn get(&self, store: &mut impl AsContextMut) -> Val {
        let entry = self.entry_or_panic(store);
        // SAFETY: global cells live as long as the store.
        let bits = unsafe { (*entry.cell).get_u128() };
        let ty = entry.ty.content;
        Val::from_bits128(bits, ty, store.store_inner_mut())
    }

    pub fn set(&self, store: &mut impl AsContextMut, value: Val) -> Result<(), Error> {
        let entry = self.entry(store)?;
        if !entry.ty.mutable {
            return Err(Error::Type("global is immutable".into()));
        }
        if value.ty() != entry.ty.content {
            return Err(Error::Type("global type mismatch".into()));
        }
        if let Some(exact) = entry.ref_type {
            check_ref_value(store.store_inner(), value, exact)?;
        }
        let cell = entry.cell;
        let bits = value.to_bits128(store.store_inner())?;
        // SAFETY: as in `get`.
        unsafe { (*cell).set_u128(bits) };
        Ok(())
    }
}
