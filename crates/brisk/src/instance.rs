//! Instantiation: import checking, instance creation, exports.

use crate::gc_refs::take_heap_refusal;
use crate::store::{AsContext, AsContextMut, StoreId, StoreInner};
use crate::{
    Error, ExternType, Func, Global, GlobalType, Memory, Module, SharedMemory, Table, Tag,
};
use brisk_environ::{ExportKind, ImportKind, MemoryType};
use brisk_runtime::{ImportedMemory, Imports, InstanceLimits, VMFuncRef};

/// Something importable or exported: a function, memory, table or global.
/// A shared memory is not a store's: it is a [`SharedMemory`] of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Extern {
    Func(Func),
    Memory(Memory),
    SharedMemory(SharedMemory),
    Table(Table),
    Global(Global),
    Tag(Tag),
}

impl Extern {
    pub fn ty(&self, store: &impl AsContext) -> ExternType {
        match self {
            Extern::Func(f) => ExternType::Func(f.ty(store)),
            Extern::Memory(m) => ExternType::Memory(m.ty(store)),
            Extern::SharedMemory(m) => ExternType::Memory(m.ty()),
            Extern::Table(t) => ExternType::Table(t.ty(store)),
            Extern::Global(g) => ExternType::Global(g.ty(store)),
            Extern::Tag(t) => ExternType::Tag(t.ty(store)),
        }
    }

    pub fn into_func(self) -> Option<Func> {
        match self {
            Extern::Func(f) => Some(f),
            _ => None,
        }
    }
}

impl From<Func> for Extern {
    fn from(f: Func) -> Self {
        Extern::Func(f)
    }
}
impl From<Memory> for Extern {
    fn from(m: Memory) -> Self {
        Extern::Memory(m)
    }
}
impl From<SharedMemory> for Extern {
    fn from(m: SharedMemory) -> Self {
        Extern::SharedMemory(m)
    }
}
impl From<Table> for Extern {
    fn from(t: Table) -> Self {
        Extern::Table(t)
    }
}
impl From<Global> for Extern {
    fn from(g: Global) -> Self {
        Extern::Global(g)
    }
}
impl From<Tag> for Extern {
    fn from(t: Tag) -> Self {
        Extern::Tag(t)
    }
}

/// An instance of a module in a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instance {
    store: StoreId,
    index: usize,
}

impl Instance {
    /// The handle of `store`'s instance `index`.
    pub(crate) fn from_index(store: &StoreInner, index: usize) -> Instance {
        Instance {
            store: store.id,
            index,
        }
    }

    /// The runtime instance (panics if it is another store's).
    fn runtime_instance<'a>(&self, store: &'a StoreInner) -> &'a brisk_runtime::Instance {
        store.assert_owner(self.store);
        &store.instances[self.index]
    }
}

/// Whether limits `(min, max)` of an actual memory or table satisfy the
/// limits an import declares.
fn limits_match(actual_min: u64, actual_max: Option<u64>, min: u64, max: Option<u64>) -> bool {
    actual_min >= min
        && match (max, actual_max) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(m), Some(a)) => a <= m,
        }
}

/// Whether an actual memory of type `actual` (its current size as the
/// minimum) satisfies an import of type `ty`: the same index type and page
/// size, and matching limits.
fn memory_types_match(actual: &MemoryType, ty: &MemoryType) -> bool {
    actual.memory64 == ty.memory64
        && actual.page_size_log2 == ty.page_size_log2
        && limits_match(actual.min, actual.max, ty.min, ty.max)
}

impl Instance {
    /// Instantiates `module` with `imports` given in the module's import
    /// order. If initialization traps (a segment out of bounds, or the start
    /// function), the error is returned but the instance's effects on
    /// imported memories and tables remain.
    pub fn new(
        store: &mut impl AsContextMut,
        module: &Module,
        imports: &[Extern],
    ) -> Result<Instance, Error> {
        if !module.engine.same(&store.store_inner().engine) {
            return Err(Error::Type(
                "module and store belong to different engines".into(),
            ));
        }
        module.engine.inner.runtime.check_runnable()?;
        let info = module.loaded.info();
        store.store_inner_mut().check_instantiation(info)?;
        if imports.len() != info.imports.len() {
            return Err(Error::Unlinkable(format!(
                "expected {} imports, got {}",
                info.imports.len(),
                imports.len()
            )));
        }
        let mut resolved = Imports::default();
        for (import, ext) in info.imports.iter().zip(imports) {
            let mismatch_because = |why: &str| {
                Error::Unlinkable(format!(
                    "incompatible import type for {}::{}{why}",
                    import.module, import.name
                ))
            };
            let mismatch = || mismatch_because("");
            match (&import.kind, ext) {
                (ImportKind::Func(t), Extern::Func(f)) => {
                    let inner = store.store_inner();
                    let entry = f.entry(inner)?;
                    let expected = module.loaded.type_id(*t);
                    if !inner
                        .engine
                        .inner
                        .runtime
                        .is_subtype(entry.type_id, expected)
                    {
                        return Err(mismatch());
                    }
                    // SAFETY: funcrefs of this store live as long as it.
                    resolved.funcs.push(unsafe { *entry.funcref });
                }
                (ImportKind::Memory(ty), Extern::Memory(m)) => {
                    let ptr = m.ptr(store)?;
                    // SAFETY: memories live as long as the store.
                    let actual = unsafe { (*ptr).ty() };
                    if ty.shared {
                        return Err(mismatch_because(": a shared memory is expected"));
                    }
                    if !memory_types_match(&actual, ty) {
                        return Err(mismatch());
                    }
                    resolved.memories.push(ImportedMemory::Store(ptr));
                }
                (ImportKind::Memory(ty), Extern::SharedMemory(m)) => {
                    let actual = m.ty();
                    if !ty.shared {
                        return Err(mismatch_because(": an unshared memory is expected"));
                    }
                    if !memory_types_match(&actual, ty) {
                        return Err(mismatch());
                    }
                    // Code compiled for guard pages needs the memory's
                    // reservation to cover them.
                    if !m
                        .inner
                        .memory()
                        .supports(store.store_inner().engine.config().bounds)
                    {
                        return Err(Error::Unlinkable(format!(
                            "the shared memory for {}::{} was created with other \
                             bounds-check settings than this store's engine",
                            import.module, import.name
                        )));
                    }
                    resolved
                        .memories
                        .push(ImportedMemory::Shared(m.inner.clone()));
                }
                (ImportKind::Table(ty), Extern::Table(t)) => {
                    let ptr = t.ptr(store)?;
                    let actual = t.ty(store);
                    let index = resolved.tables.len();
                    let expected = module.loaded.engine_ref_type(info.table_ref_types[index]);
                    // SAFETY: tables live as long as the store.
                    let exact = unsafe { (*ptr).exact_elem_type() };
                    if actual.elem != ty.elem
                        || actual.table64 != ty.table64
                        || exact != Some(expected)
                        || !limits_match(actual.min, actual.max, ty.min, ty.max)
                    {
                        return Err(mismatch());
                    }
                    resolved.tables.push(ptr);
                }
                (ImportKind::Global { ty, mutable }, Extern::Global(g)) => {
                    let entry = g.entry(store)?;
                    if entry.ty
                        != (GlobalType {
                            content: *ty,
                            mutable: *mutable,
                        })
                    {
                        return Err(mismatch());
                    }
                    // A reference type must match as declared: exactly for
                    // a mutable global, as a subtype for an immutable one.
                    let expected = info.globals[resolved.globals.len()]
                        .ref_type
                        .map(|r| module.loaded.engine_ref_type(r));
                    if let (Some(expected), Some(actual)) = (expected, entry.ref_type) {
                        let runtime = &module.engine.inner.runtime;
                        let matches = if *mutable {
                            actual == expected
                        } else {
                            runtime.is_ref_subtype(actual, expected)
                        };
                        if !matches {
                            return Err(mismatch());
                        }
                    }
                    resolved.globals.push(entry.cell);
                }
                (ImportKind::Tag(t), Extern::Tag(tag)) => {
                    let entry = tag.entry(store.store_inner())?;
                    if entry.type_id != module.loaded.type_id(*t) {
                        return Err(mismatch());
                    }
                    resolved.tags.push(entry.ptr);
                }
                _ => return Err(mismatch()),
            }
        }
        let inner = store.store_inner_mut();
        let config = &inner.engine.inner.config;
        let limits = InstanceLimits {
            bounds: config.bounds,
            memory_pages: config.memory_pages,
        };
        let max_stack = config.max_wasm_stack;
        // Constant expressions and element segments allocate GC objects: a
        // failed allocation the limiter refused fails with the limiter's
        // error, or resumes its panic (as for Wasm code and the host's
        // allocations). A refusal left from before is stale.
        inner.runtime.gc.take_refusal();
        let instance =
            brisk_runtime::Instance::new(module.loaded.clone(), &inner.runtime, resolved, limits)
                .map_err(|e| take_heap_refusal(inner).unwrap_or(e.into()))?;
        inner.runtime.register(&module.loaded);
        inner.instance_index.insert(
            &*instance as *const brisk_runtime::Instance as usize,
            inner.instances.len(),
        );
        inner.instances.push(instance);
        let index = inner.instances.len() - 1;
        let runtime: *const brisk_runtime::StoreRuntime = &*inner.runtime;
        let instance: *const brisk_runtime::Instance = &*inner.instances[index];
        // SAFETY: the runtime and the instance are boxed in the store and
        // outlive the call; reached through raw pointers because a start
        // function may call host functions that use the store.
        unsafe { (*instance).initialize(&*runtime, max_stack) }.map_err(|t| {
            let inner = store.store_inner_mut();
            take_heap_refusal(inner).unwrap_or_else(|| inner.trap_error(t))
        })?;
        Ok(Instance::from_index(store.store_inner(), index))
    }

    /// The export `name`, if there is one.
    pub fn get_export(&self, store: &mut impl AsContextMut, name: &str) -> Option<Extern> {
        let inner = store.store_inner_mut();
        let instance = self.runtime_instance(inner);
        let info = instance.module().info();
        let export = info.export(name)?;
        let index = export.index;
        Some(match export.kind {
            ExportKind::Func => {
                let funcref: *const VMFuncRef = instance.func_ref(index);
                Extern::Func(Func::of_funcref(inner, funcref))
            }
            ExportKind::Memory => match instance.shared_memory(index) {
                Some(shared) => Extern::SharedMemory(SharedMemory {
                    inner: shared.clone(),
                }),
                None => {
                    let ptr = instance.memory(index);
                    Extern::Memory(Memory::of_ptr(inner, ptr))
                }
            },
            ExportKind::Table => {
                let ptr = instance.table(index);
                Extern::Table(Table::of_ptr(inner, ptr))
            }
            ExportKind::Global => {
                let g = &info.globals[index as usize];
                let ty = GlobalType {
                    content: g.ty,
                    mutable: g.mutable,
                };
                let cell = instance.global(index);
                let ref_type = g.ref_type.map(|r| instance.module().engine_ref_type(r));
                Extern::Global(Global::of_cell(inner, cell, ty, ref_type))
            }
            ExportKind::Tag => {
                let ptr = instance.tag(index);
                Extern::Tag(Tag::of_ptr(inner, ptr))
            }
        })
    }

    /// The names of this instance's exports, in order.
    pub fn export_names(&self, store: &impl AsContext) -> Vec<String> {
        self.runtime_instance(store.store_inner())
            .module()
            .info()
            .exports
            .iter()
            .map(|e| e.name.clone())
            .collect()
    }

    pub fn get_func(&self, store: &mut impl AsContextMut, name: &str) -> Option<Func> {
        self.get_export(store, name)?.into_func()
    }

    pub fn get_memory(&self, store: &mut impl AsContextMut, name: &str) -> Option<Memory> {
        match self.get_export(store, name)? {
            Extern::Memory(m) => Some(m),
            _ => None,
        }
    }

    pub fn get_shared_memory(
        &self,
        store: &mut impl AsContextMut,
        name: &str,
    ) -> Option<SharedMemory> {
        match self.get_export(store, name)? {
            Extern::SharedMemory(m) => Some(m),
            _ => None,
        }
    }

    pub fn get_global(&self, store: &mut impl AsContextMut, name: &str) -> Option<Global> {
        match self.get_export(store, name)? {
            Extern::Global(g) => Some(g),
            _ => None,
        }
    }

    pub fn get_table(&self, store: &mut impl AsContextMut, name: &str) -> Option<Table> {
        match self.get_export(store, name)? {
            Extern::Table(t) => Some(t),
            _ => None,
        }
    }
}
