//! Supertype displays: for each engine type id, its chain of declared
//! supertypes from the root down to itself, so that "is `sub` a subtype of
//! `sup`" is one lookup: `sup`'s depth indexes `sub`'s display (constant
//! time, as V8 and SpiderMonkey check casts). The engine's type registry
//! appends one display per type it registers; modules keep the table to
//! check a `call_indirect` to a non-final type against a callee from any
//! module, and generated code reads the same records for GC casts through
//! the pointer in each vmctx (`vmctx::TYPE_DISPLAYS_LEN`): append-only,
//! with a record never changed once its id is published.

use brisk_environ::AbstractHeapType;
use brisk_environ::vmctx::{
    DISPLAY_IDS, DISPLAY_KIND, DISPLAY_KIND_ARRAY, DISPLAY_KIND_FUNC, DISPLAY_KIND_STRUCT,
    DISPLAY_LEN, DISPLAY_MIN_IDS, DISPLAY_PAD,
};
use std::sync::RwLock;
use std::sync::atomic::{AtomicPtr, AtomicU32, Ordering};

/// What a defined type defines, for casts to the abstract `struct` and
/// `array` types and for matching host values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeKind {
    Func,
    Struct,
    Array,
}

impl TypeKind {
    /// The abstract heap type right above the types of this kind.
    pub fn abstract_type(self) -> AbstractHeapType {
        match self {
            TypeKind::Func => AbstractHeapType::Func,
            TypeKind::Struct => AbstractHeapType::Struct,
            TypeKind::Array => AbstractHeapType::Array,
        }
    }

    /// The bottom heap type of this kind's hierarchy.
    pub fn bottom(self) -> AbstractHeapType {
        match self {
            TypeKind::Func => AbstractHeapType::NoFunc,
            TypeKind::Struct | TypeKind::Array => AbstractHeapType::None,
        }
    }
}

/// Whether abstract heap type `sub` is below (or is) `sup`.
pub fn abstract_is_subtype(sub: AbstractHeapType, sup: AbstractHeapType) -> bool {
    use AbstractHeapType::*;
    sub == sup
        || matches!(
            (sub, sup),
            (None, Any | Eq | I31 | Struct | Array)
                | (I31 | Struct | Array, Eq | Any)
                | (Eq, Any)
                | (NoFunc, Func)
                | (NoExtern, Extern)
                | (NoExn, Exn)
        )
}

/// The displays as generated code reads them (`vmctx::TYPE_DISPLAYS_LEN`
/// and `TYPE_DISPLAYS_ENTRIES`): the number of published ids, then the
/// array of their records. Written only under [`TypeDisplays::records`]'s
/// lock; read by code without it.
#[repr(C)]
struct CodeDisplays {
    len: AtomicU32,
    entries: AtomicPtr<AtomicPtr<u32>>,
}

#[derive(Default)]
struct Records {
    /// By engine type id: the record code reads (`vmctx::DISPLAY_*`).
    /// Never changed once pushed: code holds pointers to them.
    records: Vec<Box<[u32]>>,
    /// The arrays of record pointers code has been given, the current
    /// one last; an older one stays until the engine is dropped, as code
    /// reading it may run on another thread while a push replaces it.
    entries: Vec<Box<[AtomicPtr<u32>]>>,
}

pub struct TypeDisplays {
    records: RwLock<Records>,
    code: CodeDisplays,
}

impl Default for TypeDisplays {
    fn default() -> Self {
        TypeDisplays {
            records: RwLock::default(),
            code: CodeDisplays {
                len: AtomicU32::new(0),
                entries: AtomicPtr::new(std::ptr::null_mut()),
            },
        }
    }
}

impl TypeKind {
    /// Its number in a display record (`vmctx::DISPLAY_KIND_*`).
    fn code(self) -> u32 {
        match self {
            TypeKind::Func => DISPLAY_KIND_FUNC,
            TypeKind::Struct => DISPLAY_KIND_STRUCT,
            TypeKind::Array => DISPLAY_KIND_ARRAY,
        }
    }
}

/// The display of a record: root first, the type's own id last.
fn display(record: &[u32]) -> &[u32] {
    let start = (DISPLAY_IDS / 4) as usize;
    &record[start..start + record[(DISPLAY_LEN / 4) as usize] as usize]
}

impl TypeDisplays {
    /// Appends the display of the next type id, of kind `kind`, whose
    /// declared supertype (an id registered before) is `supertype`; returns
    /// that id.
    pub(crate) fn push(&self, supertype: Option<u32>, kind: TypeKind) -> u32 {
        let mut guard = self.records.write().unwrap();
        let r = &mut *guard;
        let id = r.records.len() as u32;
        let mut ids = supertype.map_or_else(Vec::new, |s| display(&r.records[s as usize]).to_vec());
        ids.push(id);
        let mut record = vec![kind.code(), ids.len() as u32];
        record.extend(&ids);
        record.resize(
            record
                .len()
                .max((DISPLAY_IDS / 4 + DISPLAY_MIN_IDS) as usize),
            DISPLAY_PAD,
        );
        r.records.push(record.into_boxed_slice());
        let record = r.records[id as usize].as_ptr().cast_mut();
        let capacity = r.entries.last().map_or(0, |e| e.len());
        if id as usize == capacity {
            let grown: Box<[AtomicPtr<u32>]> = (0..(capacity * 2).max(64))
                .map(|i| {
                    let old = r.entries.last().and_then(|e| e.get(i));
                    AtomicPtr::new(old.map_or(std::ptr::null_mut(), |p| p.load(Ordering::Relaxed)))
                })
                .collect();
            r.entries.push(grown);
            let current = r.entries.last().expect("pushed").as_ptr().cast_mut();
            self.code.entries.store(current, Ordering::Release);
        }
        r.entries.last().expect("an array with room")[id as usize].store(record, Ordering::Relaxed);
        // Code that sees the new length sees the record (x86-64 keeps
        // stores in order; the release says so to the compiler).
        self.code.len.store(id + 1, Ordering::Release);
        id
    }

    /// What a vmctx points to for code to read the displays
    /// (`VMOffsets::type_displays`): valid while `self` is.
    pub(crate) fn code_table(&self) -> *const u8 {
        (&raw const self.code).cast()
    }

    /// The kind of registered type `id`.
    pub fn kind(&self, id: u32) -> TypeKind {
        match self.records.read().unwrap().records[id as usize][(DISPLAY_KIND / 4) as usize] {
            DISPLAY_KIND_FUNC => TypeKind::Func,
            DISPLAY_KIND_STRUCT => TypeKind::Struct,
            DISPLAY_KIND_ARRAY => TypeKind::Array,
            k => unreachable!("push writes a TypeKind's code, not {k}"),
        }
    }

    /// Whether type `sub` matches type `sup`: the same type, or `sup` is
    /// among the declared supertypes of `sub`, transitively. Both are
    /// registered ids.
    pub fn is_subtype(&self, sub: u32, sup: u32) -> bool {
        if sub == sup {
            return true;
        }
        let r = self.records.read().unwrap();
        let depth = display(&r.records[sup as usize]).len() - 1;
        display(&r.records[sub as usize]).get(depth) == Some(&sup)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use brisk_environ::vmctx::{TYPE_DISPLAYS_ENTRIES, TYPE_DISPLAYS_LEN};

    #[test]
    fn a_display_lists_the_supertype_chain_by_depth() {
        let d = TypeDisplays::default();
        let root = d.push(None, TypeKind::Struct);
        let mid = d.push(Some(root), TypeKind::Struct);
        let leaf = d.push(Some(mid), TypeKind::Struct);
        let sibling = d.push(Some(root), TypeKind::Struct);
        let other = d.push(None, TypeKind::Array);
        assert!(d.is_subtype(leaf, root));
        assert!(d.is_subtype(leaf, mid));
        assert!(d.is_subtype(leaf, leaf));
        assert!(d.is_subtype(sibling, root));
        assert!(!d.is_subtype(sibling, mid), "same depth, other branch");
        assert!(!d.is_subtype(mid, leaf), "deeper than the subtype");
        assert!(!d.is_subtype(root, mid));
        assert!(!d.is_subtype(leaf, other));
        assert_eq!(d.kind(leaf), TypeKind::Struct);
        assert_eq!(d.kind(other), TypeKind::Array);
    }

    /// The record of `id` as code finds it: through the published length
    /// and entries.
    fn code_record(d: &TypeDisplays, id: u32) -> Option<Vec<u32>> {
        let table = d.code_table();
        // SAFETY: `table` points to `d.code`, whose layout the vmctx
        // offsets describe (checked below); the entries array holds `len`
        // record pointers, each to a record of at least the header and
        // `DISPLAY_MIN_IDS` ids, and its length field says how many more.
        unsafe {
            let len = *table.add(TYPE_DISPLAYS_LEN as usize).cast::<u32>();
            if id >= len {
                return None;
            }
            let entries = *table
                .add(TYPE_DISPLAYS_ENTRIES as usize)
                .cast::<*const *const u32>();
            let record = *entries.add(id as usize);
            let n = (*record.add((DISPLAY_LEN / 4) as usize)).max(DISPLAY_MIN_IDS);
            Some(std::slice::from_raw_parts(record, (DISPLAY_IDS / 4 + n) as usize).to_vec())
        }
    }

    #[test]
    fn code_reads_the_records_through_the_published_table() {
        assert_eq!(
            std::mem::offset_of!(CodeDisplays, len),
            TYPE_DISPLAYS_LEN as usize
        );
        assert_eq!(
            std::mem::offset_of!(CodeDisplays, entries),
            TYPE_DISPLAYS_ENTRIES as usize
        );
        let d = TypeDisplays::default();
        assert_eq!(code_record(&d, 0), None, "nothing published");
        let root = d.push(None, TypeKind::Struct);
        let pad = DISPLAY_PAD;
        assert_eq!(
            code_record(&d, root),
            Some(vec![DISPLAY_KIND_STRUCT, 1, root, pad, pad, pad])
        );
        // A chain deeper than the padding, past the first entries array's
        // growth: earlier records stay where code found them.
        let mut chain = vec![root];
        let first = d.code.entries.load(Ordering::Acquire);
        for _ in 0..200 {
            chain.push(d.push(chain.last().copied(), TypeKind::Struct));
        }
        assert_ne!(
            first,
            d.code.entries.load(Ordering::Acquire),
            "the table grew"
        );
        // SAFETY: the first array is kept, and held the root's record.
        let old_root = unsafe { std::slice::from_raw_parts((*first).load(Ordering::Relaxed), 3) };
        assert_eq!(old_root, [DISPLAY_KIND_STRUCT, 1, root]);
        let leaf = *chain.last().unwrap();
        let mut expected = vec![DISPLAY_KIND_STRUCT, chain.len() as u32];
        expected.extend(&chain);
        assert_eq!(code_record(&d, leaf), Some(expected));
        assert_eq!(
            code_record(&d, chain[2]),
            Some(vec![DISPLAY_KIND_STRUCT, 3, root, chain[1], chain[2], pad])
        );
        let f = d.push(None, TypeKind::Func);
        let a = d.push(None, TypeKind::Array);
        assert_eq!(code_record(&d, f).unwrap()[..3], [DISPLAY_KIND_FUNC, 1, f]);
        assert_eq!(code_record(&d, a).unwrap()[..3], [DISPLAY_KIND_ARRAY, 1, a]);
        assert_eq!(
            code_record(&d, a + 1),
            None,
            "ids past the count are refused"
        );
        assert!(d.is_subtype(leaf, chain[150]));
        assert!(!d.is_subtype(chain[150], leaf));
    }

    #[test]
    fn abstract_heap_types_form_three_hierarchies() {
        use AbstractHeapType::*;
        for t in [I31, Struct, Array] {
            assert!(abstract_is_subtype(t, Eq));
            assert!(abstract_is_subtype(t, Any));
            assert!(abstract_is_subtype(None, t));
            assert!(!abstract_is_subtype(Eq, t));
        }
        assert!(!abstract_is_subtype(Struct, Array));
        assert!(!abstract_is_subtype(Any, Eq));
        assert!(!abstract_is_subtype(NoExtern, Any));
        assert!(!abstract_is_subtype(None, Extern));
        assert!(abstract_is_subtype(NoFunc, Func));
        assert!(!abstract_is_subtype(Func, Any));
    }
}
