//! Supertype displays: for each engine type id, its chain of declared
//! supertypes from the root down to itself, so that "is `sub` a subtype of
//! `sup`" is one lookup: `sup`'s depth indexes `sub`'s display (constant
//! time, as V8 and SpiderMonkey check casts). The engine's type registry
//! appends one display per type it registers; modules keep the table to
//! check a `call_indirect` to a non-final type against a callee from any
//! module.

use std::sync::RwLock;

#[derive(Default)]
pub struct TypeDisplays {
    /// By engine type id: the ids of its supertypes, root first, then its
    /// own; a type's depth is its display's length minus one.
    displays: RwLock<Vec<Box<[u32]>>>,
}

impl TypeDisplays {
    /// Appends the display of the next type id, whose declared supertype
    /// (an id registered before) is `supertype`; returns that id.
    pub(crate) fn push(&self, supertype: Option<u32>) -> u32 {
        let mut displays = self.displays.write().unwrap();
        let id = displays.len() as u32;
        let mut display = supertype.map_or_else(Vec::new, |s| displays[s as usize].to_vec());
        display.push(id);
        displays.push(display.into_boxed_slice());
        id
    }

    /// Whether type `sub` matches type `sup`: the same type, or `sup` is
    /// among the declared supertypes of `sub`, transitively. Both are
    /// registered ids.
    pub fn is_subtype(&self, sub: u32, sup: u32) -> bool {
        if sub == sup {
            return true;
        }
        let displays = self.displays.read().unwrap();
        let depth = displays[sup as usize].len() - 1;
        displays[sub as usize].get(depth) == Some(&sup)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_display_lists_the_supertype_chain_by_depth() {
        let d = TypeDisplays::default();
        let root = d.push(None);
        let mid = d.push(Some(root));
        let leaf = d.push(Some(mid));
        let sibling = d.push(Some(root));
        let other = d.push(None);
        assert!(d.is_subtype(leaf, root));
        assert!(d.is_subtype(leaf, mid));
        assert!(d.is_subtype(leaf, leaf));
        assert!(d.is_subtype(sibling, root));
        assert!(!d.is_subtype(sibling, mid), "same depth, other branch");
        assert!(!d.is_subtype(mid, leaf), "deeper than the subtype");
        assert!(!d.is_subtype(root, mid));
        assert!(!d.is_subtype(leaf, other));
    }
}
