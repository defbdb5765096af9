//! What the allocator and the collector need of each engine type: an
//! object's size and where its references to other GC objects are.

use brisk_environ::gc_layout::{ARRAY_ELEMS, ARRAY_LENGTH, StructLayout, array_size, storage_size};
use brisk_environ::{CompositeType, HeapType, StorageType, TypeDef, TypeRef};
use std::sync::{Arc, RwLock};

/// The layout of objects of one type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ObjLayout {
    /// A function type: no objects.
    Func,
    Struct {
        size: u32,
        /// Offsets of the fields that hold `any`-hierarchy references.
        refs: Box<[u32]>,
    },
    Array {
        elem_size: u32,
        /// Whether the elements are `any`-hierarchy references.
        elem_is_ref: bool,
    },
}

impl ObjLayout {
    /// The layout of `composite`, whose reference fields are GC
    /// references when `is_gc_ref` says so.
    pub fn new(composite: &CompositeType, is_gc_ref: impl Fn(StorageType) -> bool) -> ObjLayout {
        match composite {
            CompositeType::Func { .. } => ObjLayout::Func,
            CompositeType::Struct(fields) => {
                let l = StructLayout::new(fields);
                let refs = fields
                    .iter()
                    .zip(&l.offsets)
                    .filter(|(f, _)| is_gc_ref(f.storage))
                    .map(|(_, off)| *off)
                    .collect();
                ObjLayout::Struct { size: l.size, refs }
            }
            CompositeType::Array(elem) => ObjLayout::Array {
                elem_size: storage_size(elem.storage),
                elem_is_ref: is_gc_ref(elem.storage),
            },
        }
    }

    /// The size of the object at `obj`, which has this layout.
    ///
    /// # Safety
    /// `obj` is an object of this layout (an array's length is read).
    pub(crate) unsafe fn object_size(&self, obj: usize) -> usize {
        match self {
            ObjLayout::Struct { size, .. } => *size as usize,
            ObjLayout::Array { elem_size, .. } => {
                // SAFETY: an array object has its length at `ARRAY_LENGTH`.
                let len = unsafe { *((obj + ARRAY_LENGTH as usize) as *const u32) };
                array_size(*elem_size, len).expect("allocated arrays have a size") as usize
            }
            ObjLayout::Func => unreachable!("no object has a function type"),
        }
    }

    /// Calls `f` with the address of each reference slot of the object at
    /// `obj`, which has this layout.
    ///
    /// # Safety
    /// As for [`Self::object_size`].
    pub(crate) unsafe fn for_each_ref(&self, obj: usize, mut f: impl FnMut(*mut u64)) {
        match self {
            ObjLayout::Struct { refs, .. } => {
                for off in refs {
                    f((obj + *off as usize) as *mut u64);
                }
            }
            ObjLayout::Array {
                elem_is_ref: true, ..
            } => {
                // SAFETY: as the caller guarantees.
                let len = unsafe { *((obj + ARRAY_LENGTH as usize) as *const u32) };
                for i in 0..len as usize {
                    f((obj + ARRAY_ELEMS as usize + 8 * i) as *mut u64);
                }
            }
            ObjLayout::Array { .. } | ObjLayout::Func => {}
        }
    }
}

/// The engine's layouts by type id, appended as the type registry
/// registers types; shared with loaded modules and stores.
#[derive(Debug, Default)]
pub struct GcLayouts(RwLock<Vec<Arc<ObjLayout>>>);

impl GcLayouts {
    /// Appends the layout of the next type id.
    pub(crate) fn push(&self, layout: ObjLayout) {
        self.0.write().unwrap().push(Arc::new(layout));
    }

    pub fn get(&self, type_id: u32) -> Arc<ObjLayout> {
        self.0.read().unwrap()[type_id as usize].clone()
    }

    /// Runs `f` with every layout, by type id (one lock for a collection).
    pub(crate) fn with<R>(&self, f: impl FnOnce(&[Arc<ObjLayout>]) -> R) -> R {
        f(&self.0.read().unwrap())
    }
}

/// The layout of `def`, a type of the canonical rec group `group` (in the
/// type registry's form: references into the group by position, others
/// by engine id, `is_func_id` telling which engine ids are function
/// types).
pub(crate) fn layout_of(
    def: &TypeDef,
    group: &[TypeDef],
    is_func_id: impl Fn(u32) -> bool,
) -> ObjLayout {
    use brisk_environ::AbstractHeapType as A;
    ObjLayout::new(&def.composite, |s| match s {
        StorageType::Ref(r) => match r.heap {
            HeapType::Abstract(a) => {
                matches!(a, A::Any | A::Eq | A::I31 | A::Struct | A::Array | A::None)
            }
            HeapType::Concrete(TypeRef::RecGroup(j)) => group[j as usize].func_sig().is_none(),
            HeapType::Concrete(TypeRef::Engine(id)) => !is_func_id(id),
            HeapType::Concrete(TypeRef::Module(_)) => {
                unreachable!("registered types have no module references")
            }
        },
        _ => false,
    })
}
