//! Linear memories. Each reserves its whole address range up front, so its
//! base never moves: 4 GiB plus the guard region in guard-page mode (pages
//! past the current length stay inaccessible, so an out-of-bounds access
//! faults), or the maximum size in explicit mode (code checks every access).

use brisk_codegen::BoundsChecks;
use brisk_environ::{MemoryType, TrapCode};
use std::io;

pub const WASM_PAGE: u64 = 64 * 1024;
/// The most pages a 32-bit memory can have.
pub const MAX_PAGES: u64 = 1 << 16;

/// Laid out as `brisk_environ::vmctx` says (`MEMORY_BASE`, `MEMORY_LENGTH`).
#[repr(C)]
#[derive(Debug)]
pub struct VMMemoryDefinition {
    pub base: *mut u8,
    pub length: u64,
}

const _: () = {
    use brisk_environ::vmctx::{MEMORY_BASE, MEMORY_LENGTH};
    assert!(std::mem::offset_of!(VMMemoryDefinition, base) == MEMORY_BASE as usize);
    assert!(std::mem::offset_of!(VMMemoryDefinition, length) == MEMORY_LENGTH as usize);
};

pub struct LinearMemory {
    /// Boxed: vmctxs point to it.
    def: Box<VMMemoryDefinition>,
    reserved: usize,
    max_pages: u64,
    declared_max: Option<u64>,
}

// SAFETY: the mapping is owned by this value; access goes through `&mut self`
// or through generated code running on the store's thread.
unsafe impl Send for LinearMemory {}

impl LinearMemory {
    /// Creates a memory of `ty`, growable to the smaller of its declared
    /// maximum and `limit_pages`.
    pub fn new(
        ty: &MemoryType,
        bounds: BoundsChecks,
        limit_pages: u64,
    ) -> io::Result<LinearMemory> {
        let max_pages = ty
            .max
            .unwrap_or(MAX_PAGES)
            .min(MAX_PAGES)
            .min(limit_pages.max(ty.min));
        if ty.min > max_pages {
            return Err(io::Error::other("memory minimum exceeds its limit"));
        }
        let reserved = match bounds {
            BoundsChecks::GuardPages { guard_bytes } => {
                (MAX_PAGES * WASM_PAGE + guard_bytes) as usize
            }
            BoundsChecks::Explicit => (max_pages * WASM_PAGE).max(WASM_PAGE) as usize,
        };
        // SAFETY: a fresh anonymous reservation at an address of the
        // kernel's choosing aliases nothing.
        let base = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                reserved,
                libc::PROT_NONE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if base == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        let mut mem = LinearMemory {
            def: Box::new(VMMemoryDefinition {
                base: base.cast(),
                length: 0,
            }),
            reserved,
            max_pages,
            declared_max: ty.max,
        };
        mem.commit(ty.min * WASM_PAGE)?;
        Ok(mem)
    }

    /// Makes the first `bytes` accessible.
    fn commit(&mut self, bytes: u64) -> io::Result<()> {
        if bytes > self.def.length {
            // SAFETY: the range lies within the reservation (bytes <= max
            // pages, which the reservation covers).
            let rc = unsafe {
                libc::mprotect(
                    self.def.base.cast(),
                    bytes as usize,
                    libc::PROT_READ | libc::PROT_WRITE,
                )
            };
            if rc != 0 {
                return Err(io::Error::last_os_error());
            }
        }
        self.def.length = bytes;
        Ok(())
    }

    pub fn definition(&mut self) -> *mut VMMemoryDefinition {
        &mut *self.def
    }

    pub fn pages(&self) -> u64 {
        self.def.length / WASM_PAGE
    }

    /// The maximum the memory's type declares, if any.
    pub fn declared_max(&self) -> Option<u64> {
        self.declared_max
    }

    /// Grows by `delta` pages; returns the old size, or `None` past the maximum.
    pub fn grow(&mut self, delta: u64) -> Option<u64> {
        let old = self.pages();
        let new = old.checked_add(delta)?;
        if new > self.max_pages {
            return None;
        }
        self.commit(new * WASM_PAGE).ok()?;
        Some(old)
    }

    pub fn data(&self) -> &[u8] {
        // SAFETY: the first `length` bytes are committed and readable; the
        // borrow of `self` keeps them from shrinking (memories never shrink).
        unsafe { std::slice::from_raw_parts(self.def.base, self.def.length as usize) }
    }

    pub fn data_mut(&mut self) -> &mut [u8] {
        // SAFETY: as in `data`, and `&mut self` makes the access exclusive.
        unsafe { std::slice::from_raw_parts_mut(self.def.base, self.def.length as usize) }
    }
}

/// The range `[start, start + len)` if it lies within `limit`, else the
/// memory out-of-bounds trap.
pub(crate) fn range(
    start: u64,
    len: u64,
    limit: usize,
) -> Result<std::ops::Range<usize>, TrapCode> {
    let end = start.checked_add(len).ok_or(TrapCode::MemoryOutOfBounds)?;
    if end > limit as u64 {
        return Err(TrapCode::MemoryOutOfBounds);
    }
    Ok(start as usize..end as usize)
}

impl Drop for LinearMemory {
    fn drop(&mut self) {
        // SAFETY: the reservation made in `new`; no code runs in this store
        // any more once its memories are dropped.
        unsafe { libc::munmap(self.def.base.cast(), self.reserved) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proc_maps::protection;

    const GUARD: u64 = 2 << 30;
    const GUARDED: BoundsChecks = BoundsChecks::GuardPages { guard_bytes: GUARD };

    fn ty(min: u64, max: Option<u64>) -> MemoryType {
        MemoryType { min, max }
    }

    /// The protection of bytes `[from, to)` of `mem`'s reservation.
    fn prot(mem: &LinearMemory, from: u64, to: u64) -> Option<String> {
        let base = mem.def.base as usize;
        protection(base + from as usize, base + to as usize)
    }

    /// Checks that exactly the first `pages` of `mem` are accessible and the
    /// rest of its reservation is not, and that its definition says so.
    fn assert_accessible_pages(mem: &LinearMemory, pages: u64) {
        let len = pages * WASM_PAGE;
        assert_eq!(mem.pages(), pages);
        assert_eq!(mem.data().len() as u64, len);
        assert_eq!(mem.def.length, len);
        if pages > 0 {
            assert_eq!(prot(mem, 0, len).as_deref(), Some("rw-"));
        }
        if len < mem.reserved as u64 {
            assert_eq!(prot(mem, len, mem.reserved as u64).as_deref(), Some("---"));
        }
    }

    #[test]
    fn guard_mode_reserves_4_gib_and_the_guard_and_grows_within_the_maximum() {
        let mut mem = LinearMemory::new(&ty(1, Some(3)), GUARDED, MAX_PAGES).unwrap();
        let base = mem.def.base;
        assert_eq!(mem.reserved as u64, (4 << 30) + GUARD);
        assert_accessible_pages(&mem, 1);
        assert!(mem.data().iter().all(|b| *b == 0));

        assert_eq!(mem.grow(2), Some(1));
        assert_accessible_pages(&mem, 3);
        let last = mem.data_mut().last_mut().unwrap();
        *last = 0x5a;
        assert_eq!(mem.data()[3 * WASM_PAGE as usize - 1], 0x5a);

        // Past the maximum, and past any size: no change.
        assert_eq!(mem.grow(1), None);
        assert_eq!(mem.grow(u64::MAX), None);
        assert_accessible_pages(&mem, 3);
        assert_eq!(mem.grow(0), Some(3));
        assert_eq!(mem.def.base, base, "the base never moves");
    }

    #[test]
    fn explicit_mode_reserves_the_maximum_and_at_least_a_page() {
        for (max, limit, reserved) in [(Some(2), MAX_PAGES, 2), (None, 4, 4), (Some(0), 4, 1)] {
            let mut mem = LinearMemory::new(&ty(0, max), BoundsChecks::Explicit, limit).unwrap();
            assert_eq!(mem.reserved as u64, reserved * WASM_PAGE);
            assert_accessible_pages(&mem, 0);
            let most = max.unwrap_or(limit);
            assert_eq!(mem.grow(most + 1), None);
            assert_eq!(mem.grow(most), Some(0));
            assert_accessible_pages(&mem, most);
            assert_eq!(mem.grow(1), None);
            assert_eq!(mem.declared_max(), max);
        }
    }

    #[test]
    fn the_limit_caps_growth_but_not_the_minimum() {
        // The engine's limit is below the declared maximum: it wins.
        let mut mem = LinearMemory::new(&ty(1, Some(100)), GUARDED, 2).unwrap();
        assert_eq!(mem.grow(2), None);
        assert_eq!(mem.grow(1), Some(1));
        assert_eq!(mem.grow(1), None);
        // A minimum above the limit is still allocated, and cannot grow.
        let mut mem = LinearMemory::new(&ty(3, None), BoundsChecks::Explicit, 1).unwrap();
        assert_accessible_pages(&mem, 3);
        assert_eq!(mem.grow(1), None);
        // A declared maximum past 4 GiB is 4 GiB.
        let mem = LinearMemory::new(&ty(0, Some(1 << 20)), BoundsChecks::Explicit, u64::MAX);
        assert_eq!(mem.unwrap().reserved as u64, MAX_PAGES * WASM_PAGE);
        // A minimum past 4 GiB cannot be.
        assert!(LinearMemory::new(&ty(MAX_PAGES + 1, None), GUARDED, u64::MAX).is_err());
    }

    #[test]
    fn range_is_in_bounds_exactly_up_to_the_limit() {
        assert_eq!(range(0, 10, 10), Ok(0..10));
        assert_eq!(range(10, 0, 10), Ok(10..10));
        assert_eq!(range(3, 7, 10), Ok(3..10));
        assert_eq!(range(3, 8, 10), Err(TrapCode::MemoryOutOfBounds));
        assert_eq!(range(11, 0, 10), Err(TrapCode::MemoryOutOfBounds));
        assert_eq!(range(u64::MAX, 2, 10), Err(TrapCode::MemoryOutOfBounds));
        assert_eq!(
            range(2, u64::MAX, usize::MAX),
            Err(TrapCode::MemoryOutOfBounds)
        );
    }
}
