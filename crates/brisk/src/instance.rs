//! Instantiation: import checking, instance creation, exports.

use crate::{Error, ExternType, Func, Global, GlobalType, Memory, Module, Store, Table};
use brisk_environ::{ExportKind, ImportKind};
use brisk_runtime::{Imports, InstanceLimits, VMFuncRef};

/// Something importable or exported: a function, memory, table or global.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extern {
    Func(Func),
    Memory(Memory),
    Table(Table),
    Global(Global),
}

impl Extern {
    pub fn ty<T>(&self, store: &Store<T>) -> ExternType {
        match self {
            Extern::Func(f) => ExternType::Func(f.ty(store)),
            Extern::Memory(m) => ExternType::Memory(m.ty(store)),
            Extern::Table(t) => ExternType::Table(t.ty(store)),
            Extern::Global(g) => ExternType::Global(g.ty(store)),
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

/// An instance of a module in a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instance {
    index: usize,
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

impl Instance {
    /// Instantiates `module` with `imports` given in the module's import
    /// order. If initialization traps (a segment out of bounds, or the start
    /// function), the error is returned but the instance's effects on
    /// imported memories and tables remain.
    pub fn new<T>(
        store: &mut Store<T>,
        module: &Module,
        imports: &[Extern],
    ) -> Result<Instance, Error> {
        if !module.engine.same(&store.inner.engine) {
            return Err(Error::Type(
                "module and store belong to different engines".into(),
            ));
        }
        let info = module.loaded.info();
        if imports.len() != info.imports.len() {
            return Err(Error::Unlinkable(format!(
                "expected {} imports, got {}",
                info.imports.len(),
                imports.len()
            )));
        }
        let mut resolved = Imports::default();
        for (import, ext) in info.imports.iter().zip(imports) {
            let mismatch = || {
                Error::Unlinkable(format!(
                    "incompatible import type for {}::{}",
                    import.module, import.name
                ))
            };
            match (&import.kind, ext) {
                (ImportKind::Func(t), Extern::Func(f)) => {
                    let entry = &store.inner.funcs[f.index];
                    if entry.type_id != module.loaded.type_id(*t) {
                        return Err(mismatch());
                    }
                    // SAFETY: funcrefs of this store live as long as it.
                    resolved.funcs.push(unsafe { *entry.funcref });
                }
                (ImportKind::Memory(ty), Extern::Memory(m)) => {
                    let ptr = m.ptr(store);
                    // SAFETY: memories live as long as the store.
                    let (min, max) = unsafe { ((*ptr).pages(), (*ptr).declared_max()) };
                    if !limits_match(min, max, ty.min, ty.max) {
                        return Err(mismatch());
                    }
                    resolved.memories.push(ptr);
                }
                (ImportKind::Table(ty), Extern::Table(t)) => {
                    let actual = t.ty(store);
                    if actual.elem != ty.elem
                        || !limits_match(actual.min, actual.max, ty.min, ty.max)
                    {
                        return Err(mismatch());
                    }
                    resolved.tables.push(t.ptr(store));
                }
                (ImportKind::Global { ty, mutable }, Extern::Global(g)) => {
                    let entry = &store.inner.globals[g.index];
                    if entry.ty
                        != (GlobalType {
                            content: *ty,
                            mutable: *mutable,
                        })
                    {
                        return Err(mismatch());
                    }
                    resolved.globals.push(entry.cell);
                }
                _ => return Err(mismatch()),
            }
        }
        let config = &store.inner.engine.inner.config;
        let limits = InstanceLimits {
            bounds: config.bounds,
            memory_pages: config.memory_pages,
        };
        let max_stack = config.max_wasm_stack;
        let instance = brisk_runtime::Instance::new(
            module.loaded.clone(),
            &store.inner.runtime,
            resolved,
            limits,
        )?;
        store.inner.runtime.register(&module.loaded);
        store.inner.instances.push(instance);
        let index = store.inner.instances.len() - 1;
        let runtime: *const brisk_runtime::StoreRuntime = &*store.inner.runtime;
        // SAFETY: the runtime is boxed in the store and outlives the call;
        // reached through a raw pointer because a start function may call
        // host functions that use the store.
        store.inner.instances[index].initialize(unsafe { &*runtime }, max_stack)?;
        Ok(Instance { index })
    }

    /// The export `name`, if there is one.
    pub fn get_export<T>(&self, store: &mut Store<T>, name: &str) -> Option<Extern> {
        let inner = &mut *store.inner;
        let instance = &inner.instances[self.index];
        let info = instance.module().info();
        let export = info.export(name)?;
        let index = export.index;
        Some(match export.kind {
            ExportKind::Func => {
                let funcref: *const VMFuncRef = instance.func_ref(index);
                Extern::Func(Func {
                    index: inner.func_handle(funcref),
                })
            }
            ExportKind::Memory => {
                let ptr = instance.memory(index);
                Extern::Memory(Memory {
                    index: inner.memory_handle(ptr),
                })
            }
            ExportKind::Table => {
                let ptr = instance.table(index);
                Extern::Table(Table {
                    index: inner.table_handle(ptr),
                })
            }
            ExportKind::Global => {
                let g = &info.globals[index as usize];
                let ty = GlobalType {
                    content: g.ty,
                    mutable: g.mutable,
                };
                let cell = instance.global(index);
                Extern::Global(Global {
                    index: inner.global_handle(cell, ty),
                })
            }
        })
    }

    /// The names of this instance's exports, in order.
    pub fn export_names<T>(&self, store: &Store<T>) -> Vec<String> {
        store.inner.instances[self.index]
            .module()
            .info()
            .exports
            .iter()
            .map(|e| e.name.clone())
            .collect()
    }

    pub fn get_func<T>(&self, store: &mut Store<T>, name: &str) -> Option<Func> {
        self.get_export(store, name)?.into_func()
    }

    pub fn get_memory<T>(&self, store: &mut Store<T>, name: &str) -> Option<Memory> {
        match self.get_export(store, name)? {
            Extern::Memory(m) => Some(m),
            _ => None,
        }
    }

    pub fn get_global<T>(&self, store: &mut Store<T>, name: &str) -> Option<Global> {
        match self.get_export(store, name)? {
            Extern::Global(g) => Some(g),
            _ => None,
        }
    }

    pub fn get_table<T>(&self, store: &mut Store<T>, name: &str) -> Option<Table> {
        match self.get_export(store, name)? {
            Extern::Table(t) => Some(t),
            _ => None,
        }
    }
}
