//! Values and types as the embedding API shows them.

use crate::gc_refs::{AnyRef, RefWord};
use crate::store::{AsContext, AsContextMut, StoreId, StoreInner};
use crate::{Error, Func};
use brisk_environ::WasmType;
use brisk_runtime::ValRaw;
use std::any::Any;

pub use brisk_environ::{FuncSig as FuncType, MemoryType, TableType};

/// The type of a global.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GlobalType {
    pub content: WasmType,
    pub mutable: bool,
}

/// A non-null extern reference: a host value owned by the store, or (after
/// `extern.convert_any`) a reference of the `any` hierarchy.
///
/// A host value's word is `(index + 1) << 2 | 2`, its index into the
/// store's externref slab: the low bits `10` tell it from an i31 and a GC
/// object once converted to anyref (`gc_refs.rs`). It belongs to its
/// store: another store refuses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ExternRef(pub(crate) RefWord);

impl ExternRef {
    pub fn new(store: &mut impl AsContextMut, value: impl Any + Send + Sync) -> ExternRef {
        let inner = store.store_inner_mut();
        inner.externrefs.push(Box::new(value));
        ExternRef(RefWord::Host {
            store: inner.id,
            word: ((inner.externrefs.len() as u64) << 2) | 2,
        })
    }

    /// The host value this reference holds: `None` for a converted anyref
    /// (panics for a host value of another store).
    pub fn data<'a>(&self, store: &'a impl AsContext) -> Option<&'a (dyn Any + Send + Sync)> {
        let inner = store.store_inner();
        match self.0 {
            RefWord::Host { store, word } => {
                inner.assert_owner(store);
                Some(&*inner.externrefs[(word >> 2) as usize - 1])
            }
            _ => None,
        }
    }

    /// `extern.convert_any`: the same reference, seen as externref.
    pub fn convert_any(value: AnyRef) -> ExternRef {
        ExternRef(value.0)
    }
}

/// A v128 value: lane 0 in the low bits, as in memory (little-endian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct V128(u128);

impl V128 {
    pub fn as_u128(self) -> u128 {
        self.0
    }
}

impl From<u128> for V128 {
    fn from(v: u128) -> V128 {
        V128(v)
    }
}

impl From<V128> for u128 {
    fn from(v: V128) -> u128 {
        v.0
    }
}

/// A Wasm value. Floats are carried as their bits, so NaN payloads survive.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Val {
    I32(i32),
    I64(i64),
    F32(u32),
    F64(u64),
    V128(V128),
    FuncRef(Option<Func>),
    ExternRef(Option<ExternRef>),
    ExnRef(Option<ExnRef>),
    /// A reference of the `any` hierarchy (GC).
    AnyRef(Option<AnyRef>),
}

/// A reference to an exception in the store's exception heap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ExnRef {
    pub(crate) store: StoreId,
    /// Index + 1 into the heap (0 is null).
    pub(crate) handle: u32,
}

impl Val {
    pub fn ty(&self) -> WasmType {
        match self {
            Val::I32(_) => WasmType::I32,
            Val::I64(_) => WasmType::I64,
            Val::F32(_) => WasmType::F32,
            Val::F64(_) => WasmType::F64,
            Val::V128(_) => WasmType::V128,
            Val::FuncRef(_) => WasmType::FuncRef,
            Val::ExternRef(_) => WasmType::ExternRef,
            Val::ExnRef(_) => WasmType::ExnRef,
            Val::AnyRef(_) => WasmType::AnyRef,
        }
    }

    /// The zero (or null) value of `ty`.
    pub fn default_for(ty: WasmType) -> Val {
        match ty {
            WasmType::I32 => Val::I32(0),
            WasmType::I64 => Val::I64(0),
            WasmType::F32 => Val::F32(0),
            WasmType::F64 => Val::F64(0),
            WasmType::FuncRef => Val::FuncRef(None),
            WasmType::ExnRef => Val::ExnRef(None),
            WasmType::V128 => Val::V128(V128(0)),
            WasmType::ExternRef => Val::ExternRef(None),
            WasmType::AnyRef => Val::AnyRef(None),
        }
    }

    /// The bits generated code uses for this value, for a value of one
    /// machine word at most (a v128 is an error: see [`Self::to_bits128`]).
    pub(crate) fn to_bits(self, store: &StoreInner) -> Result<u64, Error> {
        Ok(match self {
            Val::V128(_) => return Err(Error::Type("a v128 where a machine word goes".into())),
            Val::I32(v) => v as u32 as u64,
            Val::I64(v) => v as u64,
            Val::F32(b) => b as u64,
            Val::F64(b) => b,
            Val::FuncRef(None) | Val::ExternRef(None) | Val::ExnRef(None) | Val::AnyRef(None) => 0,
            Val::ExnRef(Some(e)) => {
                e.exception(store)?;
                e.handle as u64
            }
            Val::FuncRef(Some(f)) => f.entry(store)?.funcref as u64,
            Val::ExternRef(Some(ExternRef(r))) | Val::AnyRef(Some(AnyRef(r))) => r.word(store)?,
        })
    }

    pub(crate) fn from_bits(bits: u64, ty: WasmType, store: &mut StoreInner) -> Val {
        match ty {
            WasmType::I32 => Val::I32(bits as u32 as i32),
            WasmType::I64 => Val::I64(bits as i64),
            WasmType::F32 => Val::F32(bits as u32),
            WasmType::F64 => Val::F64(bits),
            WasmType::FuncRef => Val::FuncRef(
                (bits != 0)
                    .then(|| Func::of_funcref(store, bits as *const brisk_runtime::VMFuncRef)),
            ),
            WasmType::ExnRef => Val::ExnRef((bits != 0).then(|| {
                // Held by the host now: never freed while the store lives.
                store.runtime.exceptions.keep(bits as u32);
                ExnRef {
                    store: store.id,
                    handle: bits as u32,
                }
            })),
            WasmType::V128 => Val::V128(V128(bits.into())),
            WasmType::ExternRef => {
                Val::ExternRef((bits != 0).then(|| ExternRef(RefWord::hold(store, bits))))
            }
            WasmType::AnyRef => {
                Val::AnyRef((bits != 0).then(|| AnyRef(RefWord::hold(store, bits))))
            }
        }
    }

    /// The 16 bytes of a global cell or values-array slot for this value:
    /// a v128 whole, anything else as [`Self::to_bits`] zero-extended.
    pub(crate) fn to_bits128(self, store: &StoreInner) -> Result<u128, Error> {
        match self {
            Val::V128(v) => Ok(v.0),
            _ => self.to_bits(store).map(u128::from),
        }
    }

    pub(crate) fn from_bits128(bits: u128, ty: WasmType, store: &mut StoreInner) -> Val {
        match ty {
            WasmType::V128 => Val::V128(V128(bits)),
            _ => Val::from_bits(bits as u64, ty, store),
        }
    }

    pub(crate) fn to_raw(self, store: &StoreInner) -> Result<ValRaw, Error> {
        Ok(ValRaw::from_u128(self.to_bits128(store)?))
    }

    pub(crate) fn from_raw(raw: ValRaw, ty: WasmType, store: &mut StoreInner) -> Val {
        Val::from_bits128(raw.get_u128(), ty, store)
    }
}

/// The type of an import or export.
#[derive(Debug, Clone, PartialEq)]
pub enum ExternType {
    Func(FuncType),
    Global(GlobalType),
    Memory(MemoryType),
    Table(TableType),
    /// A tag: its payload as the parameters.
    Tag(FuncType),
}
