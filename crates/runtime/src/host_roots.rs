//! The GC references the host holds: a store's root set for the collector,
//! besides the Wasm frames, globals and tables.
//!
//! The API hands out a [`HostRoot`] (slot and generation), never the word
//! itself, so the collector may reclaim any object no root names: a root
//! released by the host makes every copy of its handle stale (a clean
//! error when used, since the slot's generation moved on), never a dangling
//! pointer.

use std::sync::atomic::{AtomicU32, Ordering};

/// A handle to one rooted reference word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct HostRoot {
    /// The [`HostRoots`] it belongs to.
    set: u32,
    slot: u32,
    generation: u32,
}

/// The id of the next [`HostRoots`].
static NEXT_SET: AtomicU32 = AtomicU32::new(0);

#[derive(Debug, Default)]
struct Slot {
    /// The rooted word, 0 while the slot is free.
    word: u64,
    /// Bumped each time the slot is released.
    generation: u32,
}

/// A store's host-held roots: a slab of words with a free list.
#[derive(Debug)]
pub struct HostRoots {
    /// Tells this set's handles from another store's.
    id: u32,
    slots: Vec<Slot>,
    free: Vec<u32>,
}

impl Default for HostRoots {
    fn default() -> HostRoots {
        HostRoots {
            id: NEXT_SET.fetch_add(1, Ordering::Relaxed),
            slots: Vec::new(),
            free: Vec::new(),
        }
    }
}

impl HostRoots {
    /// Roots `word` (a non-null reference) until [`Self::release`].
    pub fn root(&mut self, word: u64) -> HostRoot {
        debug_assert_ne!(word, 0, "null needs no root");
        let slot = match self.free.pop() {
            Some(s) => s,
            None => {
                self.slots.push(Slot::default());
                (self.slots.len() - 1) as u32
            }
        };
        let entry = &mut self.slots[slot as usize];
        entry.word = word;
        HostRoot {
            set: self.id,
            slot,
            generation: entry.generation,
        }
    }

    /// The word `root` holds, or `None` if it was released or is another
    /// store's.
    pub fn get(&self, root: HostRoot) -> Option<u64> {
        if root.set != self.id {
            return None;
        }
        let entry = self.slots.get(root.slot as usize)?;
        (entry.generation == root.generation && entry.word != 0).then_some(entry.word)
    }

    /// Releases `root`; false if it was already released.
    pub fn release(&mut self, root: HostRoot) -> bool {
        if self.get(root).is_none() {
            return false;
        }
        let entry = &mut self.slots[root.slot as usize];
        entry.word = 0;
        entry.generation = entry.generation.wrapping_add(1);
        self.free.push(root.slot);
        true
    }

    /// Every rooted word, for the collector's mark phase.
    pub fn words(&self) -> impl Iterator<Item = u64> + '_ {
        self.slots.iter().map(|s| s.word).filter(|w| *w != 0)
    }

    /// How many roots are held.
    pub fn len(&self) -> usize {
        self.slots.len() - self.free.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_released_root_is_stale_in_every_copy_and_its_slot_reused() {
        let mut roots = HostRoots::default();
        let a = roots.root(0x1000);
        let b = roots.root(0x2000);
        assert_eq!(roots.get(a), Some(0x1000));
        assert_eq!(roots.words().collect::<Vec<_>>(), [0x1000, 0x2000]);
        assert!(roots.release(a));
        assert!(!roots.release(a), "released twice");
        assert_eq!(roots.get(a), None);
        let c = roots.root(0x3000);
        assert_eq!(roots.get(a), None, "the old handle to the reused slot");
        assert_eq!(roots.get(c), Some(0x3000));
        assert_eq!(roots.get(b), Some(0x2000));
        assert_eq!(roots.len(), 2);
        assert_eq!(roots.words().collect::<Vec<_>>(), [0x3000, 0x2000]);
    }

    #[test]
    fn another_sets_handles_name_nothing() {
        let mut a = HostRoots::default();
        let mut b = HostRoots::default();
        let in_a = a.root(0x1000);
        b.root(0x2000);
        assert_eq!(b.get(in_a), None);
        assert!(!b.release(in_a));
        assert_eq!(a.get(in_a), Some(0x1000));
    }
}
