//! Values of declared reference types at the embedding API: a value the
//! host writes into a typed table or global, or passes to a function,
//! must be of the declared type (`(ref $t)` allows neither null nor a
//! function of another type), as generated code relies on it (`call_ref`
//! checks only for null).

use crate::store::StoreInner;
use crate::{Error, Val};
use brisk_environ::{AbstractHeapType, HeapType, RefType};

/// Fails unless `value` is a value of reference type `exact` (engine ids),
/// when it is a reference; other values are checked by their `WasmType`.
pub(crate) fn check_ref_value(store: &StoreInner, value: Val, exact: RefType) -> Result<(), Error> {
    let runtime = &store.engine.inner.runtime;
    let matches = match value {
        Val::I32(_) | Val::I64(_) | Val::F32(_) | Val::F64(_) | Val::V128(_) => true,
        Val::FuncRef(f) => {
            let func = f.map(|f| f.entry(store)).transpose()?;
            runtime.funcref_is_a(func.map(|e| e.type_id), exact)
        }
        Val::ExternRef(None) | Val::AnyRef(None) | Val::ExnRef(None) => exact.nullable,
        Val::ExternRef(Some(e)) => {
            e.0.word(store)?;
            exact.heap == HeapType::Abstract(AbstractHeapType::Extern)
        }
        Val::ExnRef(Some(e)) => {
            e.exception(store)?;
            exact.heap == HeapType::Abstract(AbstractHeapType::Exn)
        }
        Val::AnyRef(Some(a)) => a.0.matches(store, exact)?,
    };
    if matches {
        Ok(())
    } else {
        Err(Error::Type(format!(
            "{value:?} is not a value of the declared type {exact:?}"
        )))
    }
}

/// Fails unless each reference among `params` is a value of the declared
/// type in `exact` (the reference-typed parameters' types, in order).
pub(crate) fn check_ref_params(
    store: &StoreInner,
    params: &[Val],
    exact: &[RefType],
) -> Result<(), Error> {
    let refs = params.iter().filter(|v| {
        matches!(
            v,
            Val::FuncRef(_) | Val::ExternRef(_) | Val::ExnRef(_) | Val::AnyRef(_)
        )
    });
    for (value, exact) in refs.zip(exact) {
        check_ref_value(store, *value, *exact)?;
    }
    Ok(())
}
