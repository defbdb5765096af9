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
