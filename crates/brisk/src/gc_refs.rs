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
//!
//! The host allocates structs and arrays ([`StructRef::new`],
//! [`ArrayRef::new`], [`ArrayRef::new_fixed`]) and writes their mutable
//! fields and elements ([`StructRef::set_field`], [`ArrayRef::set`]) with
//! the checks Wasm code gets from validation: each value must be of the
//! field's storage type (packed fields keep the low 8 or 16 bits of an
//! i32; a reference must be a value of the declared reference type, since
//! generated code trusts a field's type, e.g. in `struct.get` of a
//! `(ref $t)` field, without a cast). Every object handle returned is
//! rooted. An allocation may collect: the objects the values name are
//! rooted by their handles, and nothing moves, so their words stay valid.

use crate::gc_types::{ArrayRefPre, ArrayType, StructRefPre, StructType};
use crate::store::{AsContext, AsContextMut, StoreId, StoreInner};
use crate::typed_refs::check_ref_value;
use crate::{Error, ExnRef, ExternRef, Tag, Val};
use brisk_environ::gc_layout::{ARRAY_ELEMS, ARRAY_LENGTH, StructLayout, storage_size};
use brisk_environ::{
    AbstractHeapType, CompositeType, FieldType, HeapType, RefType, StorageType, TypeRef, WasmType,
};
use brisk_runtime::{HostRoot, HostTrap, TypeKind, abstract_is_subtype};

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
    /// An i31: the word itself, no object to keep alive.
    Immediate(u64),
    /// A host value of store `store` (an index into its externref slab).
    Host { store: StoreId, word: u64 },
    /// A GC object, through its root in the store.
    Rooted(HostRoot),
}

impl RefWord {
    /// The host's hold on non-null word `word` from Wasm: objects are
    /// rooted.
    pub(crate) fn hold(store: &mut StoreInner, word: u64) -> RefWord {
        match word & 3 {
            0 => RefWord::Rooted(store.runtime.host_roots.root(word)),
            2 => RefWord::Host {
                store: store.id,
                word,
            },
            _ => RefWord::Immediate(word),
        }
    }

    /// The word, or an error if its root was released or is another
    /// store's.
    pub(crate) fn word(self, store: &StoreInner) -> Result<u64, Error> {
        match self {
            RefWord::Immediate(w) => Ok(w),
            RefWord::Host { store: owner, word } => store.check_owner(owner).map(|()| word),
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
            RefWord::Immediate(_) | RefWord::Host { .. } => false,
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
            RefWord::Immediate(_) | RefWord::Host { .. } => Ok(()),
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

/// The address of the object a struct or array reference names, and its
/// type's engine id.
fn object(store: &StoreInner, word: RefWord) -> Result<(usize, u32), Error> {
    let id = word
        .object_type(store)?
        .expect("struct and array references name objects");
    Ok((word.word(store)? as usize, id))
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

/// Writes `bits` (from [`storage_bits`]) as storage type `storage` at
/// `addr`: its low `storage_size` bytes, so packed values are truncated.
///
/// # Safety
/// `addr` is a field or element of storage type `storage` of a live
/// object.
unsafe fn write_storage(addr: usize, storage: StorageType, bits: u128) {
    let bytes = bits.to_le_bytes();
    // SAFETY: as the caller guarantees; the field has `storage_size`
    // bytes, at most 16.
    unsafe {
        std::ptr::copy_nonoverlapping(
            bytes.as_ptr(),
            addr as *mut u8,
            storage_size(storage) as usize,
        )
    };
}

/// Writes `value` to `field` at `addr`, which must be mutable (else the
/// error `immutable` makes) and of `value`'s type ([`storage_bits`]).
///
/// # Safety
/// `addr` is a field or element of type `field` of a live object.
unsafe fn write_mutable(
    store: &StoreInner,
    addr: usize,
    field: FieldType,
    value: Val,
    immutable: impl FnOnce() -> String,
) -> Result<(), Error> {
    if !field.mutable {
        return Err(Error::Type(immutable()));
    }
    let bits = storage_bits(store, field.storage, value)?;
    // SAFETY: as the caller guarantees.
    unsafe { write_storage(addr, field.storage, bits) };
    Ok(())
}

/// The bits a field or element of storage type `storage` (engine ids)
/// holds for `value`, or an error unless `value` is a value of that type:
/// an i32 for i8, i16 and i32 storage, the value type itself otherwise,
/// and for a reference type a value of it (null only where nullable).
fn storage_bits(store: &StoreInner, storage: StorageType, value: Val) -> Result<u128, Error> {
    use StorageType as S;
    let fits = match (storage, value) {
        (S::I8 | S::I16 | S::I32, Val::I32(_))
        | (S::I64, Val::I64(_))
        | (S::F32, Val::F32(_))
        | (S::F64, Val::F64(_))
        | (S::V128, Val::V128(_)) => true,
        (S::Ref(r), Val::ExnRef(e)) if ref_representation(store, r) == WasmType::ExnRef => {
            match e {
                Some(_) => r.heap == HeapType::Abstract(AbstractHeapType::Exn),
                None => r.nullable,
            }
        }
        (S::Ref(r), v) if ref_representation(store, r) == v.ty() => {
            check_ref_value(store, v, r)?;
            true
        }
        _ => false,
    };
    if !fits {
        return Err(Error::Type(format!(
            "{value:?} is not a value of storage type {storage:?}"
        )));
    }
    value.to_bits128(store)
}

/// A fresh zeroed object of engine type `type_id` (an array of `len`
/// elements for an array type), not rooted yet. Out of heap is the
/// `GcOutOfMemory` trap, or the limiter's error when it refused the heap's
/// growth with one.
fn allocate(store: &StoreInner, type_id: u32, len: u32) -> Result<usize, Error> {
    match brisk_runtime::gc_alloc(&store.runtime, type_id, len) {
        Ok(word) => Ok(word as usize),
        Err(code) => Err(take_heap_refusal(store).unwrap_or_else(|| code.into())),
    }
}

/// The limiter's error that refused the GC heap's growth for the last
/// allocation, if it refused with one; a panic of the limiter resumes here.
pub(crate) fn take_heap_refusal(store: &StoreInner) -> Option<Error> {
    match store.runtime.gc.take_refusal()? {
        HostTrap::Error(e) => Some(brisk_runtime::Trap::Host(e).into()),
        HostTrap::Panic(panic) => std::panic::resume_unwind(panic),
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
    /// A new struct of `pre`'s type with `fields` (one value per field, of
    /// its storage type), rooted.
    pub fn new(
        store: &mut impl AsContextMut,
        pre: &StructRefPre,
        fields: &[Val],
    ) -> Result<StructRef, Error> {
        let store = store.store_inner_mut();
        let ty = pre.for_store(store)?;
        let types = ty.fields();
        if fields.len() != types.len() {
            return Err(Error::Type(format!(
                "{} values for a struct of {} fields",
                fields.len(),
                types.len()
            )));
        }
        let bits = types
            .iter()
            .zip(fields)
            .map(|(f, v)| storage_bits(store, f.storage, *v))
            .collect::<Result<Vec<_>, _>>()?;
        let obj = allocate(store, ty.id(), 0)?;
        let offsets = StructLayout::new(types).offsets;
        for ((f, bits), offset) in types.iter().zip(bits).zip(offsets) {
            // SAFETY: a field of the fresh struct, by its type's layout.
            unsafe { write_storage(obj + offset as usize, f.storage, bits) };
        }
        Ok(StructRef(RefWord::hold(store, obj as u64)))
    }

    /// The struct's type.
    pub fn ty(&self, store: &impl AsContext) -> Result<StructType, Error> {
        let store = store.store_inner();
        let (_, id) = object(store, self.0)?;
        Ok(StructType::of_id(&store.engine, id))
    }

    /// The address of field `index` and its type.
    fn slot(&self, store: &StoreInner, index: usize) -> Result<(usize, FieldType), Error> {
        let (addr, id) = object(store, self.0)?;
        let CompositeType::Struct(fields) = store.engine.inner.runtime.composite(id) else {
            unreachable!("a struct reference names a struct")
        };
        let field = *fields
            .get(index)
            .ok_or_else(|| Error::Type(format!("struct field {index} out of range")))?;
        let offset = StructLayout::new(&fields).offsets[index] as usize;
        Ok((addr + offset, field))
    }

    /// How many fields the struct has.
    pub fn field_count(&self, store: &impl AsContext) -> Result<usize, Error> {
        Ok(self.ty(store)?.fields().len())
    }

    /// Field `index`'s value (packed fields zero-extended).
    pub fn field(&self, store: &mut impl AsContextMut, index: usize) -> Result<Val, Error> {
        let store = store.store_inner_mut();
        let (addr, field) = self.slot(store, index)?;
        Ok(read_storage(store, field.storage, addr))
    }

    /// Writes `value` to field `index`, which must be mutable; `value` must
    /// be of the field's storage type (an i32 for a packed field, which
    /// keeps its low bits).
    pub fn set_field(
        &self,
        store: &mut impl AsContextMut,
        index: usize,
        value: Val,
    ) -> Result<(), Error> {
        let store = store.store_inner_mut();
        let (addr, field) = self.slot(store, index)?;
        // SAFETY: field `index` of a live struct.
        unsafe {
            write_mutable(store, addr, field, value, || {
                format!("struct field {index} is immutable")
            })
        }
    }

    pub fn to_anyref(self) -> AnyRef {
        AnyRef(self.0)
    }
}

impl ArrayRef {
    /// A new array of `pre`'s type: `len` copies of `elem`, rooted.
    pub fn new(
        store: &mut impl AsContextMut,
        pre: &ArrayRefPre,
        elem: &Val,
        len: u32,
    ) -> Result<ArrayRef, Error> {
        let store = store.store_inner_mut();
        let ty = pre.for_store(store)?;
        let bits = storage_bits(store, ty.field_type().storage, *elem)?;
        Self::new_with(store, ty, len, |_| bits)
    }

    /// A new array of `pre`'s type with elements `elems`, rooted.
    pub fn new_fixed(
        store: &mut impl AsContextMut,
        pre: &ArrayRefPre,
        elems: &[Val],
    ) -> Result<ArrayRef, Error> {
        let store = store.store_inner_mut();
        let ty = pre.for_store(store)?;
        let len = u32::try_from(elems.len())
            .map_err(|_| Error::Type("more than 2^32 - 1 array elements".into()))?;
        let bits = elems
            .iter()
            .map(|v| storage_bits(store, ty.field_type().storage, *v))
            .collect::<Result<Vec<_>, _>>()?;
        Self::new_with(store, ty, len, |i| bits[i as usize])
    }

    /// A new array of type `ty` and `len` elements, element `i` holding
    /// `bits(i)`.
    fn new_with(
        store: &mut StoreInner,
        ty: &ArrayType,
        len: u32,
        bits: impl Fn(u32) -> u128,
    ) -> Result<ArrayRef, Error> {
        let storage = ty.field_type().storage;
        let obj = allocate(store, ty.id(), len)?;
        let size = storage_size(storage) as usize;
        for i in 0..len {
            let at = obj + ARRAY_ELEMS as usize + i as usize * size;
            // SAFETY: element `i` of the fresh array of `len` elements.
            unsafe { write_storage(at, storage, bits(i)) };
        }
        Ok(ArrayRef(RefWord::hold(store, obj as u64)))
    }

    /// The array's type.
    pub fn ty(&self, store: &impl AsContext) -> Result<ArrayType, Error> {
        let store = store.store_inner();
        let (_, id) = object(store, self.0)?;
        Ok(ArrayType::of_id(&store.engine, id))
    }

    /// The array's length.
    pub fn len(&self, store: &impl AsContext) -> Result<u32, Error> {
        let (addr, _) = object(store.store_inner(), self.0)?;
        // SAFETY: a live array object has its length at `ARRAY_LENGTH`.
        Ok(unsafe { *((addr + ARRAY_LENGTH as usize) as *const u32) })
    }

    /// The address of element `index` and the elements' type.
    fn slot(&self, store: &StoreInner, index: u32) -> Result<(usize, FieldType), Error> {
        if index >= self.len(store)? {
            return Err(Error::Type(format!("array index {index} out of range")));
        }
        let (addr, id) = object(store, self.0)?;
        let CompositeType::Array(elem) = store.engine.inner.runtime.composite(id) else {
            unreachable!("an array reference names an array")
        };
        let at = ARRAY_ELEMS as usize + index as usize * storage_size(elem.storage) as usize;
        Ok((addr + at, elem))
    }

    /// Element `index`'s value (packed elements zero-extended).
    pub fn get(&self, store: &mut impl AsContextMut, index: u32) -> Result<Val, Error> {
        let store = store.store_inner_mut();
        let (addr, elem) = self.slot(store, index)?;
        Ok(read_storage(store, elem.storage, addr))
    }

    /// Writes `value` to element `index` of an array of mutable elements;
    /// `value` must be of the elements' storage type (an i32 for packed
    /// elements, which keep its low bits).
    pub fn set(&self, store: &mut impl AsContextMut, index: u32, value: Val) -> Result<(), Error> {
        let store = store.store_inner_mut();
        let (addr, elem) = self.slot(store, index)?;
        // SAFETY: element `index` of a live array.
        unsafe {
            write_mutable(store, addr, elem, value, || {
                "array elements are immutable".into()
            })
        }
    }

    pub fn to_anyref(self) -> AnyRef {
        AnyRef(self.0)
    }
}

/// An exception reference read from the host: its tag and payload (an
/// exnref the host holds is kept alive while the store lives).
impl ExnRef {
    /// A new exception of `tag` with `payload` (of the tag's parameter
    /// types), held by the host as a value: alive while the store lives.
    pub fn new(store: &mut impl AsContextMut, tag: &Tag, payload: &[Val]) -> Result<ExnRef, Error> {
        let store = store.store_inner_mut();
        let exn = crate::Exception::new(store, *tag, payload.to_vec())?;
        let tag = tag.entry(store)?.ptr;
        let payload = exn
            .payload()
            .iter()
            .map(|v| v.to_raw(store))
            .collect::<Result<Vec<_>, _>>()?;
        let exceptions = &store.runtime.exceptions;
        let handle = exceptions.alloc(brisk_runtime::Exception { tag, payload });
        exceptions.keep(handle);
        Ok(ExnRef {
            store: store.id,
            handle,
        })
    }

    /// The exception, or an error if it is another store's.
    pub(crate) fn exception(&self, store: &StoreInner) -> Result<brisk_runtime::Exception, Error> {
        store.check_owner(self.store)?;
        Ok(store
            .runtime
            .exceptions
            .get(self.handle)
            .expect("an exnref the host holds is kept alive"))
    }

    /// The exception's tag.
    pub fn tag(&self, store: &mut impl AsContextMut) -> Result<Tag, Error> {
        let store = store.store_inner_mut();
        let exn = self.exception(store)?;
        Ok(Tag::of_ptr(store, exn.tag))
    }

    /// The exception's payload, typed by its tag's parameters.
    pub fn payload(&self, store: &mut impl AsContextMut) -> Result<Vec<Val>, Error> {
        let store = store.store_inner_mut();
        let exn = self.exception(store)?;
        // SAFETY: the tag lives as long as the store.
        let params = unsafe { (*exn.tag).params.clone() };
        Ok(exn
            .payload
            .iter()
            .zip(params)
            .map(|(raw, ty)| Val::from_raw(*raw, ty, store))
            .collect())
    }
}
