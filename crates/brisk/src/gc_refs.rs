//! GC references at the embedding API: [`AnyRef`] (the `any` hierarchy)
//! and [`I31`], with the word representation of ARCHITECTURE.md, "GC references":
//! 0 null, low bit 1 an i31, low bits `10` a host value (an [`ExternRef`]
//! the host made, seen as anyref after `any.convert_extern`), otherwise a
//! GC object in the store's heap.
//!
//! The host never holds an object's address: an object reference is a
//! [`HostRoot`] in the store's root set (`StoreRuntime::host_roots`), which
//! the collector marks from. The handle is `Copy` and stays valid until the
//! host calls [`AnyRef::unroot`] (as wasmtime's `ManuallyRooted`); using it
//! after that, through any copy, is a clean error, never a read of a freed
//! object. i31 and host values are immediate words with nothing to root.

use crate::store::{AsContext, AsContextMut, StoreInner};
use crate::{Error, ExternRef, Val};
use brisk_environ::gc_layout::{ARRAY_ELEMS, ARRAY_LENGTH, StructLayout, storage_size};
use brisk_environ::{
    AbstractHeapType, CompositeType, HeapType, RefType, StorageType, TypeRef, WasmType,
};
use brisk_runtime::{HostRoot, TypeKind, abstract_is_subtype};

/// A 31-bit integer, the value of an i31 reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct I31(u32);

impl I31 {
    const MASK: u32 = 0x7fff_ffff;

    /// The low 31 bits of `value`.
    pub fn wrapping_u32(value: u32) -> I31 {
        I31(value & Self::MASK)
    }

    /// The low 31 bits of `value` (as `ref.i31` wraps).
    pub fn wrapping_i32(value: i32) -> I31 {
        I31::wrapping_u32(value as u32)
    }

    /// `value` if it fits in 31 unsigned bits.
    pub fn new_u32(value: u32) -> Option<I31> {
        (value <= Self::MASK).then_some(I31(value))
    }

    /// `value` if it fits in 31 signed bits.
    pub fn new_i32(value: i32) -> Option<I31> {
        let i = I31::wrapping_i32(value);
        (i.get_i32() == value).then_some(i)
    }

    /// Zero-extended, as `i31.get_u`.
    pub fn get_u32(self) -> u32 {
        self.0
    }

    /// Sign-extended from bit 30, as `i31.get_s`.
    pub fn get_i32(self) -> i32 {
        ((self.0 << 1) as i32) >> 1
    }

    fn word(self) -> u64 {
        (u64::from(self.0) << 1) | 1
    }
}

/// A non-null reference word as the host holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum RefWord {
    /// An i31 or a host value: the word itself, no object to keep alive.
    Immediate(u64),
    /// A GC object, through its root in the store.
    Rooted(HostRoot),
}

impl RefWord {
    /// The host's hold on non-null word `word` from Wasm: objects are
    /// rooted.
    pub(crate) fn hold(store: &mut StoreInner, word: u64) -> RefWord {
        if word & 3 == 0 {
            RefWord::Rooted(store.runtime.host_roots.root(word))
        } else {
            RefWord::Immediate(word)
        }
    }

    /// The word, or an error if its root was released or is another
    /// store's.
    pub(crate) fn word(self, store: &StoreInner) -> Result<u64, Error> {
        match self {
            RefWord::Immediate(w) => Ok(w),
            RefWord::Rooted(root) => store
                .runtime
                .host_roots
                .get(root)
                .ok_or_else(|| Error::Type("GC reference unrooted or of another store".into())),
        }
    }

    /// Releases the root of an object reference; false if there was none
    /// to release (an immediate, or released before).
    pub(crate) fn unroot(self, store: &mut StoreInner) -> bool {
        match self {
            RefWord::Immediate(_) => false,
            RefWord::Rooted(root) => store.runtime.host_roots.release(root),
        }
    }

    /// The engine type id of the object this word points to, if it is one.
    fn object_type(self, store: &StoreInner) -> Result<Option<u32>, Error> {
        let word = self.word(store)?;
        if word & 3 != 0 {
            return Ok(None);
        }
        // SAFETY: a rooted word is a live GC object of this store (roots
        // are only made from words Wasm code of this store produced, and
        // keep their object alive), whose first u32 is its type id
        // (`gc_contract.md`).
        Ok(Some(unsafe { (word as *const u32).read() }))
    }

    /// Whether the value this word is matches reference type `exact`
    /// (engine ids) of the `any` hierarchy.
    pub(crate) fn matches(self, store: &StoreInner, exact: RefType) -> Result<bool, Error> {
        let runtime = &store.engine.inner.runtime;
        let word = self.word(store)?;
        Ok(match (self.object_type(store)?, exact.heap) {
            (Some(id), heap) => runtime.is_ref_subtype(
                RefType {
                    nullable: false,
                    heap: HeapType::Concrete(TypeRef::Engine(id)),
                },
                RefType {
                    nullable: false,
                    heap,
                },
            ),
            (None, HeapType::Abstract(t)) if word & 1 == 1 => {
                abstract_is_subtype(AbstractHeapType::I31, t)
            }
            (None, HeapType::Abstract(t)) => t == AbstractHeapType::Any,
            (None, HeapType::Concrete(_)) => false,
        })
    }
}

/// A non-null reference of the `any` hierarchy: an i31, a GC struct or
/// array, or a host value converted from extern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AnyRef(pub(crate) RefWord);

impl AnyRef {
    pub fn from_i31(value: I31) -> AnyRef {
        AnyRef(RefWord::Immediate(value.word()))
    }

    /// The i31 this reference is, if it is one.
    pub fn as_i31(&self) -> Option<I31> {
        match self.0 {
            RefWord::Immediate(w) if w & 1 == 1 => Some(I31((w >> 1) as u32)),
            _ => None,
        }
    }

    /// `any.convert_extern`: the same reference, seen as anyref.
    pub fn convert_extern(value: ExternRef) -> AnyRef {
        AnyRef(value.0)
    }

    /// Whether this is a GC struct (`Ok(false)` for an i31 or a host
    /// value).
    pub fn is_struct(&self, store: &impl AsContext) -> Result<bool, Error> {
        self.is_kind(store.store_inner(), TypeKind::Struct)
    }

    /// Whether this is a GC array.
    pub fn is_array(&self, store: &impl AsContext) -> Result<bool, Error> {
        self.is_kind(store.store_inner(), TypeKind::Array)
    }

    fn is_kind(&self, store: &StoreInner, kind: TypeKind) -> Result<bool, Error> {
        let runtime = &store.engine.inner.runtime;
        Ok(self
            .0
            .object_type(store)?
            .is_some_and(|id| runtime.displays().kind(id) == kind))
    }

    /// This reference as a struct, if it is one.
    pub fn as_struct(&self, store: &impl AsContext) -> Result<Option<StructRef>, Error> {
        Ok(self.is_struct(store)?.then_some(StructRef(self.0)))
    }

    /// This reference as an array, if it is one.
    pub fn as_array(&self, store: &impl AsContext) -> Result<Option<ArrayRef>, Error> {
        Ok(self.is_array(store)?.then_some(ArrayRef(self.0)))
    }

    /// Releases the store's root of a GC object reference: the collector
    /// may then reclaim the object, and this handle and its copies are
    /// stale (an error when used). Nothing to do for an i31 or a host
    /// value; an error if already released.
    pub fn unroot(self, store: &mut impl AsContextMut) -> Result<(), Error> {
        match self.0 {
            RefWord::Immediate(_) => Ok(()),
            rooted if rooted.unroot(store.store_inner_mut()) => Ok(()),
            _ => Err(Error::Type(
                "GC reference unrooted or of another store".into(),
            )),
        }
    }

    /// How many GC references the host holds rooted in `store`.
    pub fn rooted_count(store: &impl AsContext) -> usize {
        store.store_inner().runtime.host_roots.len()
    }
}

/// A GC struct the host holds (rooted as its [`AnyRef`] is: they share the
/// root).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StructRef(RefWord);

/// A GC array the host holds (rooted as its [`AnyRef`] is).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ArrayRef(RefWord);

/// The object a struct or array reference names: its address and its
/// type's definition.
fn object(store: &StoreInner, word: RefWord) -> Result<(usize, CompositeType), Error> {
    let id = word
        .object_type(store)?
        .expect("struct and array references name objects");
    let composite = store.engine.inner.runtime.composite(id);
    Ok((word.word(store)? as usize, composite))
}

/// Reads the field or element of storage type `storage` at `addr`, inside
/// a live object: packed integers zero-extended to an i32, references as
/// the host sees their hierarchy (GC objects rooted).
fn read_storage(store: &mut StoreInner, storage: StorageType, addr: usize) -> Val {
    // SAFETY: `addr` is a field or element of a live, rooted object
    // (callers check indexes against the type and the array's length),
    // aligned to its size (`gc_layout`).
    unsafe {
        match storage {
            StorageType::I8 => Val::I32(i32::from(*(addr as *const u8))),
            StorageType::I16 => Val::I32(i32::from(*(addr as *const u16))),
            StorageType::I32 => Val::I32(*(addr as *const i32)),
            StorageType::I64 => Val::I64(*(addr as *const i64)),
            StorageType::F32 => Val::F32(*(addr as *const u32)),
            StorageType::F64 => Val::F64(*(addr as *const u64)),
            StorageType::V128 => Val::V128((*(addr as *const u128)).into()),
            StorageType::Ref(r) => {
                let ty = ref_representation(store, r);
                Val::from_bits(*(addr as *const u64), ty, store)
            }
        }
    }
}

/// How a reference field of declared type `r` (engine ids) is
/// represented.
fn ref_representation(store: &StoreInner, r: RefType) -> WasmType {
    use AbstractHeapType as A;
    match r.heap {
        HeapType::Abstract(A::Func | A::NoFunc) => WasmType::FuncRef,
        HeapType::Abstract(A::Extern | A::NoExtern) => WasmType::ExternRef,
        HeapType::Abstract(A::Exn | A::NoExn) => WasmType::ExnRef,
        HeapType::Concrete(TypeRef::Engine(id))
            if store.engine.inner.runtime.displays().kind(id) == TypeKind::Func =>
        {
            WasmType::FuncRef
        }
        _ => WasmType::AnyRef,
    }
}

impl StructRef {
    /// How many fields the struct has.
    pub fn field_count(&self, store: &impl AsContext) -> Result<usize, Error> {
        match object(store.store_inner(), self.0)?.1 {
            CompositeType::Struct(fields) => Ok(fields.len()),
            _ => unreachable!("a struct reference names a struct"),
        }
    }

    /// Field `index`'s value (packed fields zero-extended).
    pub fn field(&self, store: &mut impl AsContextMut, index: usize) -> Result<Val, Error> {
        let store = store.store_inner_mut();
        let (addr, composite) = object(store, self.0)?;
        let CompositeType::Struct(fields) = composite else {
            unreachable!("a struct reference names a struct")
        };
        let field = fields
            .get(index)
            .ok_or_else(|| Error::Type(format!("struct field {index} out of range")))?;
        let offset = StructLayout::new(&fields).offsets[index] as usize;
        Ok(read_storage(store, field.storage, addr + offset))
    }

    pub fn to_anyref(self) -> AnyRef {
        AnyRef(self.0)
    }
}

impl ArrayRef {
    /// The array's length.
    pub fn len(&self, store: &impl AsContext) -> Result<u32, Error> {
        let (addr, _) = object(store.store_inner(), self.0)?;
        // SAFETY: a live array object has its length at `ARRAY_LENGTH`.
        Ok(unsafe { *((addr + ARRAY_LENGTH as usize) as *const u32) })
    }

    /// Element `index`'s value (packed elements zero-extended).
    pub fn get(&self, store: &mut impl AsContextMut, index: u32) -> Result<Val, Error> {
        if index >= self.len(&*store)? {
            return Err(Error::Type(format!("array index {index} out of range")));
        }
        let store = store.store_inner_mut();
        let (addr, composite) = object(store, self.0)?;
        let CompositeType::Array(elem) = composite else {
            unreachable!("an array reference names an array")
        };
        let at = ARRAY_ELEMS as usize + index as usize * storage_size(elem.storage) as usize;
        Ok(read_storage(store, elem.storage, addr + at))
    }

    pub fn to_anyref(self) -> AnyRef {
        AnyRef(self.0)
    }
}
