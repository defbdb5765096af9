//! Resolving imports by name.

use crate::{Caller, Error, Extern, Func, FuncType, Instance, Module, Store, Val};
use std::collections::HashMap;
use std::marker::PhantomData;

/// Definitions by (module, name), used to instantiate modules.
pub struct Linker<T> {
    defs: HashMap<(String, String), Extern>,
    _data: PhantomData<fn(T)>,
}

impl<T> Default for Linker<T> {
    fn default() -> Self {
        Linker {
            defs: HashMap::new(),
            _data: PhantomData,
        }
    }
}

impl<T: 'static> Linker<T> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Defines `module::name` (replacing an earlier definition).
    pub fn define(&mut self, module: &str, name: &str, item: impl Into<Extern>) -> &mut Self {
        self.defs
            .insert((module.to_string(), name.to_string()), item.into());
        self
    }

    /// Defines a host function `module::name`.
    pub fn func_new(
        &mut self,
        store: &mut Store<T>,
        module: &str,
        name: &str,
        ty: FuncType,
        func: impl Fn(Caller<'_, T>, &[Val], &mut [Val]) -> Result<(), Error> + 'static,
    ) -> &mut Self {
        let f = Func::new(store, ty, func);
        self.define(module, name, f)
    }

    /// Defines every export of `instance` under `module`.
    pub fn instance(
        &mut self,
        store: &mut Store<T>,
        module: &str,
        instance: Instance,
    ) -> &mut Self {
        for name in instance.export_names(store) {
            if let Some(ext) = instance.get_export(store, &name) {
                self.define(module, &name, ext);
            }
        }
        self
    }

    pub fn get(&self, module: &str, name: &str) -> Option<Extern> {
        self.defs
            .get(&(module.to_string(), name.to_string()))
            .cloned()
    }

    /// Instantiates `module`, resolving each import by name.
    pub fn instantiate(&self, store: &mut Store<T>, module: &Module) -> Result<Instance, Error> {
        let imports = module
            .imports()
            .map(|(m, n, _)| {
                self.get(m, n)
                    .ok_or_else(|| Error::Unlinkable(format!("unknown import: {m}::{n}")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Instance::new(store, module, &imports)
    }
}
