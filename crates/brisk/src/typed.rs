//! Statically typed functions: `Instance::get_typed_func::<(i32, i32), i32>`
//! and `Linker::func_wrap` with plain Rust closures.

use crate::store::{AsContext, AsContextMut};
use crate::{Caller, Error, Func, FuncType, Instance, Linker, Store, V128, Val, WasmType};
use std::marker::PhantomData;

/// A Rust type that is a Wasm value type.
pub trait WasmTy: Sized + 'static {
    const TYPE: WasmType;
    fn into_val(self) -> Val;
    fn from_val(v: Val) -> Option<Self>;
}

impl WasmTy for i32 {
    const TYPE: WasmType = WasmType::I32;
    fn into_val(self) -> Val {
        Val::I32(self)
    }
    fn from_val(v: Val) -> Option<Self> {
        if let Val::I32(x) = v { Some(x) } else { None }
    }
}

impl WasmTy for i64 {
    const TYPE: WasmType = WasmType::I64;
    fn into_val(self) -> Val {
        Val::I64(self)
    }
    fn from_val(v: Val) -> Option<Self> {
        if let Val::I64(x) = v { Some(x) } else { None }
    }
}

impl WasmTy for f32 {
    const TYPE: WasmType = WasmType::F32;
    fn into_val(self) -> Val {
        Val::F32(self.to_bits())
    }
    fn from_val(v: Val) -> Option<Self> {
        if let Val::F32(x) = v {
            Some(f32::from_bits(x))
        } else {
            None
        }
    }
}

impl WasmTy for f64 {
    const TYPE: WasmType = WasmType::F64;
    fn into_val(self) -> Val {
        Val::F64(self.to_bits())
    }
    fn from_val(v: Val) -> Option<Self> {
        if let Val::F64(x) = v {
            Some(f64::from_bits(x))
        } else {
            None
        }
    }
}

impl WasmTy for V128 {
    const TYPE: WasmType = WasmType::V128;
    fn into_val(self) -> Val {
        Val::V128(self)
    }
    fn from_val(v: Val) -> Option<Self> {
        if let Val::V128(x) = v { Some(x) } else { None }
    }
}

/// A v128 as a `u128`, lane 0 in the low bits.
impl WasmTy for u128 {
    const TYPE: WasmType = WasmType::V128;
    fn into_val(self) -> Val {
        Val::V128(self.into())
    }
    fn from_val(v: Val) -> Option<Self> {
        V128::from_val(v).map(u128::from)
    }
}

/// A tuple of Wasm values (parameters or results): `()`, a single type, or
/// a tuple of up to nine (WASI's `path_open` takes nine).
pub trait WasmTuple: Sized + 'static {
    fn types() -> Vec<WasmType>;
    fn into_vals(self) -> Vec<Val>;
    fn from_vals(vals: &[Val]) -> Option<Self>;
}

impl<A: WasmTy> WasmTuple for A {
    fn types() -> Vec<WasmType> {
        vec![A::TYPE]
    }
    fn into_vals(self) -> Vec<Val> {
        vec![self.into_val()]
    }
    fn from_vals(vals: &[Val]) -> Option<Self> {
        A::from_val(*vals.first()?)
    }
}

macro_rules! tuples {
    ($($name:ident)*) => {
        impl<$($name: WasmTy),*> WasmTuple for ($($name,)*) {
            fn types() -> Vec<WasmType> {
                vec![$($name::TYPE),*]
            }
            #[allow(non_snake_case)]
            fn into_vals(self) -> Vec<Val> {
                let ($($name,)*) = self;
                vec![$($name.into_val()),*]
            }
            #[allow(unused_variables, unused_mut)]
            fn from_vals(vals: &[Val]) -> Option<Self> {
                let mut it = vals.iter().copied();
                Some(($($name::from_val(it.next()?)?,)*))
            }
        }
    };
}

tuples!();
tuples!(A);
tuples!(A B);

tuples!(A B C);
tuples!(A B C D);
tuples!(A B C D E);
tuples!(A B C D E F);
tuples!(A B C D E F G);
tuples!(A B C D E F G H);
tuples!(A B C D E F G H I);

fn func_type<P: WasmTuple, R: WasmTuple>() -> FuncType {
    FuncType {
        params: P::types(),
        results: R::types(),
    }
}

/// A function with a statically known type.
pub struct TypedFunc<P, R> {
    func: Func,
    _types: PhantomData<fn(P) -> R>,
}

impl<P, R> Clone for TypedFunc<P, R> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<P, R> Copy for TypedFunc<P, R> {}

impl<P: WasmTuple, R: WasmTuple> TypedFunc<P, R> {
    pub fn call(&self, store: &mut impl AsContextMut, params: P) -> Result<R, Error> {
        let mut results: Vec<Val> = R::types().into_iter().map(Val::default_for).collect();
        self.func.call(store, &params.into_vals(), &mut results)?;
        Ok(R::from_vals(&results).expect("results checked against the type"))
    }

    pub fn func(&self) -> Func {
        self.func
    }
}

impl Func {
    /// This function with static types, if they match its type.
    pub fn typed<P: WasmTuple, R: WasmTuple>(
        &self,
        store: &impl AsContext,
    ) -> Result<TypedFunc<P, R>, Error> {
        let (expected, actual) = (func_type::<P, R>(), self.ty(store));
        if expected != actual {
            return Err(Error::Type(format!(
                "function has type {actual:?}, not {expected:?}"
            )));
        }
        Ok(TypedFunc {
            func: *self,
            _types: PhantomData,
        })
    }

    /// A host function from a Rust closure taking the caller and Wasm-typed
    /// parameters (as a tuple) and returning Wasm-typed results.
    pub fn wrap<T: 'static, P: WasmTuple, R: WasmTuple>(
        store: &mut Store<T>,
        func: impl Fn(Caller<'_, T>, P) -> Result<R, Error> + 'static,
    ) -> Func {
        Func::new(
            store,
            func_type::<P, R>(),
            move |caller, params, results| {
                let p = P::from_vals(params).expect("parameters checked against the type");
                for (slot, v) in results.iter_mut().zip(func(caller, p)?.into_vals()) {
                    *slot = v;
                }
                Ok(())
            },
        )
    }
}

impl Instance {
    /// The exported function `name` with static types.
    pub fn get_typed_func<P: WasmTuple, R: WasmTuple>(
        &self,
        store: &mut impl AsContextMut,
        name: &str,
    ) -> Result<TypedFunc<P, R>, Error> {
        let f = self
            .get_func(store, name)
            .ok_or_else(|| Error::Type(format!("no exported function {name:?}")))?;
        f.typed(store)
    }
}

impl<T: 'static> Linker<T> {
    /// Defines a host function `module::name` from a Rust closure (see
    /// [`Func::wrap`]).
    pub fn func_wrap<P: WasmTuple, R: WasmTuple>(
        &mut self,
        store: &mut Store<T>,
        module: &str,
        name: &str,
        func: impl Fn(Caller<'_, T>, P) -> Result<R, Error> + 'static,
    ) -> &mut Self {
        let f = Func::wrap(store, func);
        self.define(module, name, f)
    }
}
