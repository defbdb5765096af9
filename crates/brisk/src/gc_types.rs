//! GC struct and array types at the embedding API, as wasmtime names them:
//! [`StructType`] and [`ArrayType`] describe a defined type of an engine
//! (its fields as [`FieldType`]s: storage type and mutability, references
//! to defined types by engine id), found through the module that defines
//! it ([`Module::struct_type`], [`Module::array_type`]) or an object's
//! [`StructRef::ty`](crate::StructRef::ty) / [`ArrayRef::ty`](crate::ArrayRef::ty).
//! The host makes types too ([`StructType::new`], [`ArrayType::new`]):
//! final, without supertype, alone in a rec group, as `(type (struct
//! ...))` declares them, so equal to a module's structurally identical
//! such type. [`StructRefPre`] and [`ArrayRefPre`] are what the host
//! allocates from (`StructRef::new`, `ArrayRef::new`,
//! `ArrayRef::new_fixed`).

use crate::store::{AsContext, StoreInner};
use crate::{Engine, Error, Module};
use brisk_environ::CompositeType;
use std::fmt;
use std::sync::Arc;

pub use brisk_environ::{AbstractHeapType, FieldType, HeapType, RefType, StorageType, TypeRef};

/// A defined struct type of an engine.
#[derive(Clone)]
pub struct StructType {
    engine: Engine,
    id: u32,
    fields: Arc<[FieldType]>,
}

/// A defined array type of an engine.
#[derive(Clone)]
pub struct ArrayType {
    engine: Engine,
    id: u32,
    element: FieldType,
}

/// What engine type `id` defines, if it is a struct or array type.
enum Defined {
    Struct(StructType),
    Array(ArrayType),
    Func,
}

/// The engine id of struct or array type `composite`, registered in
/// `engine` as [`StructType::new`] says.
fn register(engine: &Engine, composite: CompositeType) -> Result<u32, Error> {
    engine
        .inner
        .runtime
        .gc_type_id(composite)
        .ok_or_else(|| Error::Type("a reference to a type the engine does not have".into()))
}

fn defined(engine: &Engine, id: u32) -> Defined {
    match engine.inner.runtime.composite(id) {
        CompositeType::Struct(fields) => Defined::Struct(StructType {
            engine: engine.clone(),
            id,
            fields: fields.into(),
        }),
        CompositeType::Array(element) => Defined::Array(ArrayType {
            engine: engine.clone(),
            id,
            element,
        }),
        CompositeType::Func { .. } => Defined::Func,
    }
}

impl StructType {
    /// The struct type of `fields` in `engine`: final, without supertype,
    /// alone in its rec group (as `(type (struct ...))` declares it, and
    /// equal to a module's such type of the same fields). A reference
    /// field names defined types by engine id (as the fields of this
    /// engine's types do), or this type as `TypeRef::RecGroup(0)`; an
    /// error if it names no type of the engine.
    pub fn new(
        engine: &Engine,
        fields: impl IntoIterator<Item = FieldType>,
    ) -> Result<StructType, Error> {
        let id = register(engine, CompositeType::Struct(fields.into_iter().collect()))?;
        Ok(StructType::of_id(engine, id))
    }

    /// The type of engine id `id`, which is a struct type.
    pub(crate) fn of_id(engine: &Engine, id: u32) -> StructType {
        match defined(engine, id) {
            Defined::Struct(t) => t,
            _ => unreachable!("type {id} is a struct type"),
        }
    }

    pub fn fields(&self) -> &[FieldType] {
        &self.fields
    }

    /// Field `index`'s type, if there is such a field.
    pub fn field(&self, index: usize) -> Option<FieldType> {
        self.fields.get(index).copied()
    }

    pub(crate) fn id(&self) -> u32 {
        self.id
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }
}

impl ArrayType {
    /// The array type of elements `element` in `engine`, as
    /// [`StructType::new`] makes a struct type.
    pub fn new(engine: &Engine, element: FieldType) -> Result<ArrayType, Error> {
        let id = register(engine, CompositeType::Array(element))?;
        Ok(ArrayType::of_id(engine, id))
    }

    /// The type of engine id `id`, which is an array type.
    pub(crate) fn of_id(engine: &Engine, id: u32) -> ArrayType {
        match defined(engine, id) {
            Defined::Array(t) => t,
            _ => unreachable!("type {id} is an array type"),
        }
    }

    /// The elements' type.
    pub fn field_type(&self) -> FieldType {
        self.element
    }

    pub(crate) fn id(&self) -> u32 {
        self.id
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }
}

/// Types are equal when they are the same type of the same engine
/// (iso-recursive identity: equal definitions in equal rec groups).
impl PartialEq for StructType {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && self.engine.same(&other.engine)
    }
}

impl PartialEq for ArrayType {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && self.engine.same(&other.engine)
    }
}

impl fmt::Debug for StructType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StructType")
            .field("id", &self.id)
            .field("fields", &self.fields)
            .finish()
    }
}

impl fmt::Debug for ArrayType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ArrayType")
            .field("id", &self.id)
            .field("element", &self.element)
            .finish()
    }
}

impl Module {
    /// What type `index` of the module's type section defines, if there
    /// is such a type.
    fn defined_type(&self, index: u32) -> Option<Defined> {
        let info = self.loaded.info();
        ((index as usize) < info.types.len())
            .then(|| defined(&self.engine, self.loaded.type_id(index)))
    }

    /// Type `index` of the module's type section, if it is a struct type.
    pub fn struct_type(&self, index: u32) -> Option<StructType> {
        match self.defined_type(index)? {
            Defined::Struct(t) => Some(t),
            Defined::Array(_) | Defined::Func => None,
        }
    }

    /// Type `index` of the module's type section, if it is an array type.
    pub fn array_type(&self, index: u32) -> Option<ArrayType> {
        match self.defined_type(index)? {
            Defined::Array(t) => Some(t),
            Defined::Struct(_) | Defined::Func => None,
        }
    }
}

/// Fails unless `store` belongs to `engine` (type ids are per engine).
fn check_engine(store: &StoreInner, engine: &Engine) -> Result<(), Error> {
    if store.engine.same(engine) {
        Ok(())
    } else {
        Err(Error::Type("GC type of another engine".into()))
    }
}

/// A struct type ready for allocation in stores of its engine
/// (`StructRef::new`).
#[derive(Debug, Clone)]
pub struct StructRefPre(StructType);

impl StructRefPre {
    /// Fails if `ty` is of another engine than `store`'s.
    pub fn new(store: &impl AsContext, ty: StructType) -> Result<StructRefPre, Error> {
        check_engine(store.store_inner(), &ty.engine)?;
        Ok(StructRefPre(ty))
    }

    pub fn ty(&self) -> &StructType {
        &self.0
    }

    /// The type, checked against `store`'s engine.
    pub(crate) fn for_store(&self, store: &StoreInner) -> Result<&StructType, Error> {
        check_engine(store, &self.0.engine)?;
        Ok(&self.0)
    }
}

/// An array type ready for allocation in stores of its engine
/// (`ArrayRef::new`, `ArrayRef::new_fixed`).
#[derive(Debug, Clone)]
pub struct ArrayRefPre(ArrayType);

impl ArrayRefPre {
    /// Fails if `ty` is of another engine than `store`'s.
    pub fn new(store: &impl AsContext, ty: ArrayType) -> Result<ArrayRefPre, Error> {
        check_engine(store.store_inner(), &ty.engine)?;
        Ok(ArrayRefPre(ty))
    }

    pub fn ty(&self) -> &ArrayType {
        &self.0
    }

    /// The type, checked against `store`'s engine.
    pub(crate) fn for_store(&self, store: &StoreInner) -> Result<&ArrayType, Error> {
        check_engine(store, &self.0.engine)?;
        Ok(&self.0)
    }
}
