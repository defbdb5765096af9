//! Supertype displays: for each engine type id, its chain of declared
//! supertypes from the root down to itself, so that "is `sub` a subtype of
//! `sup`" is one lookup: `sup`'s depth indexes `sub`'s display (constant
//! time, as V8 and SpiderMonkey check casts). The engine's type registry
//! appends one display per type it registers; modules keep the table to
//! check a `call_indirect` to a non-final type against a callee from any
//! module.

use brisk_environ::AbstractHeapType;
use std::sync::RwLock;

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

#[derive(Default)]
pub struct TypeDisplays {
    /// By engine type id: the ids of its supertypes, root first, then its
    /// own (a type's depth is the display's length minus one), and its kind.
    displays: RwLock<Vec<(Box<[u32]>, TypeKind)>>,
}

impl TypeDisplays {
    /// Appends the display of the next type id, of kind `kind`, whose
    /// declared supertype (an id registered before) is `supertype`; returns
    /// that id.
    pub(crate) fn push(&self, supertype: Option<u32>, kind: TypeKind) -> u32 {
        let mut displays = self.displays.write().unwrap();
        let id = displays.len() as u32;
        let mut display = supertype.map_or_else(Vec::new, |s| displays[s as usize].0.to_vec());
        display.push(id);
        displays.push((display.into_boxed_slice(), kind));
        id
    }

    /// The kind of registered type `id`.
    pub fn kind(&self, id: u32) -> TypeKind {
        self.displays.read().unwrap()[id as usize].1
    }

    /// Whether type `sub` matches type `sup`: the same type, or `sup` is
    /// among the declared supertypes of `sub`, transitively. Both are
    /// registered ids.
    pub fn is_subtype(&self, sub: u32, sup: u32) -> bool {
        if sub == sup {
            return true;
        }
        let displays = self.displays.read().unwrap();
        let depth = displays[sup as usize].0.len() - 1;
        displays[sub as usize].0.get(depth) == Some(&sup)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
