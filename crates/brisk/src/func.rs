//! Functions: calling Wasm from the host, and host functions Wasm can call.

use crate::error::ErrorBox;
use crate::store::{AsContext, AsContextMut, FuncEntry, StoreId, StoreInner};
use crate::typed_refs::check_ref_params;
use crate::{Error, Extern, FuncType, Instance, Store, Val};
use brisk_environ::RefType;
use brisk_runtime::{HostFuncCtx, VMFuncRef, ValRaw, call_funcref, instance_of_vmctx};

/// A function in a store: defined by an instance or by the host.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Func {
    store: StoreId,
    index: usize,
}

/// What a host function sees of its caller: the store (host data, objects,
/// calls back into Wasm) and the calling instance's exports.
pub struct Caller<'a, T> {
    inner: &'a mut StoreInner,
    data: &'a mut T,
    /// The calling instance; `None` when the host called the function.
    instance: Option<Instance>,
}

impl<'a, T> Caller<'a, T> {
    /// What the host sees of a store outside any instance's call (the
    /// epoch deadline callback).
    pub(crate) fn of_store(inner: &'a mut StoreInner, data: &'a mut T) -> Self {
        Caller {
            inner,
            data,
            instance: None,
        }
    }

    pub fn data(&self) -> &T {
        self.data
    }

    pub fn data_mut(&mut self) -> &mut T {
        self.data
    }

    /// The store and the host data, borrowed separately.
    pub(crate) fn parts_mut(&mut self) -> (&mut StoreInner, &mut T) {
        (self.inner, self.data)
    }

    /// Collects the GC heap's garbage now; the references of the calling
    /// Wasm frames stay alive.
    pub fn gc(&mut self) {
        self.inner.gc();
    }

    /// An export of the calling instance (e.g. its `memory`).
    pub fn get_export(&mut self, name: &str) -> Option<Extern> {
        let instance = self.instance?;
        instance.get_export(self, name)
    }
}

impl<T> AsContext for Caller<'_, T> {
    fn store_inner(&self) -> &StoreInner {
        self.inner
    }
}

impl<T> AsContextMut for Caller<'_, T> {
    fn store_inner_mut(&mut self) -> &mut StoreInner {
        self.inner
    }
}

impl Func {
    /// A host function of type `ty`. It receives the parameters and fills in
    /// the results; an `Err` stops the calling Wasm code and comes out of the
    /// outermost call unchanged, except [`Error::Exception`], which is
    /// thrown into the calling Wasm code (its handlers may catch it). A
    /// panic unwinds no Wasm frames: it is caught,
    /// carried out as a trap, and resumed in the host once the Wasm frames
    /// are gone. Its type is `ty` alone in a rec group, final, as
    /// `(type (func ...))` declares it: it links to imports of such a type,
    /// not to ones whose type is in a larger rec group or not final.
    pub fn new<T: 'static>(
        store: &mut Store<T>,
        ty: FuncType,
        func: impl Fn(Caller<'_, T>, &[Val], &mut [Val]) -> Result<(), Error> + 'static,
    ) -> Func {
        let runtime = &store.inner.engine.inner.runtime;
        let type_id = runtime.func_type_id(&ty);
        // None only for an engine whose code cannot run here, which can
        // neither instantiate a module nor call a function.
        let trampoline = runtime.host_trampoline(&ty).ok();
        let count = ty.params.len().max(ty.results.len());
        // The declared types of the reference-typed results.
        let param_refs = ty
            .params
            .iter()
            .filter(|t| RefType::of_wasm_type(**t).is_some())
            .count();
        let result_ref_types = runtime.func_ref_types(type_id)[param_refs..].to_vec();
        let inner: *mut StoreInner = &mut *store.inner;
        let data: *mut T = store.data_mut();
        let boxed = |e: Error| -> brisk_runtime::HostError { Box::new(ErrorBox(e)) };
        let callback = Box::new(
            move |values: &mut [ValRaw],
                  caller: *const u8|
                  -> Result<(), brisk_runtime::HostError> {
                // SAFETY: host functions only run during a call that holds the
                // store exclusively (`Func::call` takes it mutably), on its
                // thread; the store's parts are boxed and outlive its functions.
                let (inner, data) = unsafe { (&mut *inner, &mut *data) };
                let instance = (!caller.is_null()).then(|| {
                    // SAFETY: a non-null caller is the vmctx of a live instance
                    // of this store (generated code passes its own).
                    let rt = unsafe { instance_of_vmctx(caller) } as *const _ as usize;
                    Instance::from_index(inner, inner.instance_index[&rt])
                });
                let params: Vec<Val> = ty
                    .params
                    .iter()
                    .zip(values.iter())
                    .map(|(t, raw)| Val::from_raw(*raw, *t, inner))
                    .collect();
                let mut results: Vec<Val> =
                    ty.results.iter().map(|t| Val::default_for(*t)).collect();
                func(
                    Caller {
                        inner,
                        data,
                        instance,
                    },
                    &params,
                    &mut results,
                )
                .map_err(|e| match e {
                    Error::Exception(exn) => inner.throw_from_host(exn),
                    e => boxed(e),
                })?;
                for (r, t) in results.iter().zip(&ty.results) {
                    if r.ty() != *t {
                        let msg = format!("host function returned {:?} for a {t:?} result", r.ty());
                        return Err(boxed(Error::Type(msg)));
                    }
                }
                check_ref_params(inner, &results, &result_ref_types).map_err(boxed)?;
                for (slot, r) in values.iter_mut().zip(&results) {
                    *slot = r.to_raw(inner).map_err(boxed)?;
                }
                Ok(())
            },
        );
        let ctx = HostFuncCtx::new(
            &store.inner.runtime.limits,
            type_id,
            count,
            trampoline,
            callback,
        );
        let funcref = ctx.funcref();
        store.inner.host_funcs.push(ctx);
        Func::of_funcref(&mut store.inner, funcref)
    }

    /// The handle of `funcref`, a function of `store`.
    pub(crate) fn of_funcref(store: &mut StoreInner, funcref: *const VMFuncRef) -> Func {
        Func {
            store: store.id,
            index: store.func_handle(funcref),
        }
    }

    /// The function's entry in `store`, or an error if it is another
    /// store's.
    pub(crate) fn entry(&self, store: &StoreInner) -> Result<FuncEntry, Error> {
        store.check_owner(self.store)?;
        Ok(store.funcs[self.index])
    }

    /// The function's type (panics if `store` is not the function's).
    pub fn ty(&self, store: &impl AsContext) -> FuncType {
        let inner = store.store_inner();
        inner.assert_owner(self.store);
        inner
            .engine
            .inner
            .runtime
            .sig(inner.funcs[self.index].type_id)
    }

    /// Calls the function. `params` must match its parameter types and
    /// `results` have one entry per result.
    pub fn call(
        &self,
        mut store: impl AsContextMut,
        params: &[Val],
        results: &mut [Val],
    ) -> Result<(), Error> {
        let entry = self.entry(store.store_inner())?;
        let ty = self.ty(&store);
        let param_types: Vec<_> = params.iter().map(Val::ty).collect();
        if param_types != ty.params {
            return Err(Error::Type(format!(
                "expected parameters {:?}, got {:?}",
                ty.params, param_types
            )));
        }
        if results.len() != ty.results.len() {
            return Err(Error::Type(format!(
                "expected {} results, got room for {}",
                ty.results.len(),
                results.len()
            )));
        }
        let inner = store.store_inner_mut();
        let exact = inner.engine.inner.runtime.func_ref_types(entry.type_id);
        check_ref_params(inner, params, &exact)?;
        let mut values = vec![ValRaw::default(); params.len().max(results.len())];
        for (v, p) in values.iter_mut().zip(params) {
            *v = p.to_raw(inner)?;
        }
        let trampoline = inner.engine.inner.runtime.entry_trampoline(&ty)?;
        let max_stack = inner.engine.inner.config.max_wasm_stack;
        let runtime: *const brisk_runtime::StoreRuntime = &*inner.runtime;
        // SAFETY: the funcref belongs to this store (handles index its own
        // table) and has the trampoline's type; `values` has room for every
        // parameter and result. The runtime is reached through a raw pointer
        // because host functions called meanwhile use the store too.
        unsafe {
            call_funcref(
                &*runtime,
                max_stack,
                &trampoline,
                entry.funcref,
                &mut values,
            )
        }
        .map_err(|t| store.store_inner_mut().trap_error(t))?;
        let inner = store.store_inner_mut();
        for ((r, raw), t) in results.iter_mut().zip(&values).zip(&ty.results) {
            *r = Val::from_raw(*raw, *t, inner);
        }
        Ok(())
    }
}
