//! Linear memories. Each reserves its whole address range up front, so its
//! base never moves: 4 GiB plus the guard region in guard-page mode (pages
//! past the current length stay inaccessible, so an out-of-bounds access
//! faults), or the maximum size in explicit mode (code checks every access).
//!
//! A shared memory (threads) is a `LinearMemory` that several threads use at
//! once, wrapped in a [`SharedMemory`](crate::SharedMemory). Everything the
//! runtime does to a memory goes through `&self` and is safe for that: the
//! length is an atomic that `grow` publishes with a release store once the
//! new pages are accessible, growth is serialized by a lock, and the bytes
//! of a shared memory are only ever touched with atomic accesses (bulk
//! operations, host reads and writes) or by generated code, never through a
//! Rust slice (which would be a data race with other threads).

use crate::parking::{self, WaitResult};
use brisk_codegen::BoundsChecks;
use brisk_environ::{MemoryType, TrapCode};
use std::io;
use std::sync::atomic::{AtomicU8, AtomicU32, AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

pub const WASM_PAGE: u64 = 64 * 1024;
/// The most pages a 32-bit memory can have.
pub const MAX_PAGES: u64 = 1 << 16;

/// Laid out as `brisk_environ::vmctx` says (`MEMORY_BASE`, `MEMORY_LENGTH`).
#[repr(C)]
#[derive(Debug)]
pub struct VMMemoryDefinition {
    pub base: *mut u8,
    /// The length in bytes. Only `grow` changes it, with a release store
    /// after the new pages are accessible; generated code reads it with a
    /// plain aligned 8-byte load, which is atomic (and an acquire on
    /// x86-64), so a length it sees never covers an inaccessible page.
    pub length: AtomicU64,
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
    /// The most pages it may grow to: its declared maximum, the index
    /// type's and the engine's limits.
    max_pages: u64,
    /// Its type as declared (the minimum as created).
    ty: MemoryType,
    /// Held while a shared memory grows, so that concurrent `grow`s each
    /// commit and publish a length of their own. (An unshared memory is
    /// not `Sync`: it never grows on two threads at once.)
    grow_lock: Mutex<()>,
}

// SAFETY: the mapping is owned by this value; its bytes are accessed through
// `&mut self`, by generated code running on the store's thread, or (for a
// shared memory) only atomically.
unsafe impl Send for LinearMemory {}

/// `len` rounded up to whole 64 KiB units: the granularity of a memory's
/// reservation and of the accessible bytes (a multiple of the host page
/// size on every host brisk runs on).
fn committed(len: u64) -> u64 {
    len.next_multiple_of(WASM_PAGE)
}

impl LinearMemory {
    /// Creates a memory of `ty`, growable to the smaller of its declared
    /// maximum and `limit_pages` 64 KiB pages (the engine's cap, in bytes
    /// whatever the page size; a minimum above it is still allocated).
    ///
    /// The reservation is 4 GiB and the guard in guard-page mode for a
    /// 32-bit memory of 64 KiB pages, whose code relies on it; otherwise
    /// (explicit mode, a 64-bit memory, pages smaller than the host's:
    /// [`MemoryType::always_checked`]) the maximum size, rounded up to
    /// 64 KiB.
    pub fn new(
        ty: &MemoryType,
        bounds: BoundsChecks,
        limit_pages: u64,
    ) -> io::Result<LinearMemory> {
        if ty.shared && ty.max.is_none() {
            return Err(io::Error::other("a shared memory must declare a maximum"));
        }
        let limit = (limit_pages.saturating_mul(WASM_PAGE) >> ty.page_size_log2).max(ty.min);
        let max_pages = ty
            .max
            .unwrap_or(u64::MAX)
            .min(ty.absolute_max_pages())
            .min(limit);
        if ty.min > max_pages {
            return Err(io::Error::other("memory minimum exceeds its limit"));
        }
        let max_bytes = max_pages
            .checked_mul(ty.page_size())
            .filter(|b| *b <= isize::MAX as u64)
            .ok_or_else(|| io::Error::other("memory too large to reserve"))?;
        let reserved = match bounds {
            BoundsChecks::GuardPages { guard_bytes } if !ty.always_checked() => {
                MAX_PAGES * WASM_PAGE + guard_bytes
            }
            _ => committed(max_bytes).max(WASM_PAGE),
        };
        // SAFETY: a fresh anonymous reservation at an address of the
        // kernel's choosing aliases nothing.
        let base = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                reserved as usize,
                libc::PROT_NONE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if base == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        let mem = LinearMemory {
            def: Box::new(VMMemoryDefinition {
                base: base.cast(),
                length: AtomicU64::new(0),
            }),
            reserved: reserved as usize,
            max_pages,
            ty: *ty,
            grow_lock: Mutex::new(()),
        };
        mem.grow(ty.min)
            .ok_or_else(|| io::Error::other("cannot commit the memory's minimum"))?;
        Ok(mem)
    }

    /// The definition generated code reads (never writes) through the vmctx.
    pub fn definition(&self) -> *mut VMMemoryDefinition {
        (&*self.def as *const VMMemoryDefinition).cast_mut()
    }

    /// The current length in bytes.
    pub fn byte_len(&self) -> usize {
        self.def.length.load(Ordering::Acquire) as usize
    }

    /// The current size in pages of its page size.
    pub fn pages(&self) -> u64 {
        self.byte_len() as u64 >> self.ty.page_size_log2
    }

    /// The maximum the memory's type declares, if any.
    pub fn declared_max(&self) -> Option<u64> {
        self.ty.max
    }

    /// Its type, with the current size as the minimum.
    pub fn ty(&self) -> MemoryType {
        MemoryType {
            min: self.pages(),
            ..self.ty
        }
    }

    pub fn is_shared(&self) -> bool {
        self.ty.shared
    }

    /// The first byte; the memory never moves.
    pub fn base(&self) -> *mut u8 {
        self.def.base
    }

    /// The address range reserved for the memory (its accessible pages
    /// first, then inaccessible ones up to the maximum or the guard's end).
    #[cfg(feature = "emulator")]
    pub(crate) fn reservation(&self) -> std::ops::Range<u64> {
        let base = self.def.base as u64;
        base..base + self.reserved as u64
    }

    /// Whether code compiled for `bounds` may use this memory: code that
    /// relies on guard pages needs the whole 4 GiB and its guard reserved,
    /// unless it checks every access of this memory anyway.
    pub fn supports(&self, bounds: BoundsChecks) -> bool {
        match bounds {
            BoundsChecks::Explicit => true,
            _ if self.ty.always_checked() => true,
            BoundsChecks::GuardPages { guard_bytes } => {
                self.reserved as u64 >= MAX_PAGES * WASM_PAGE + guard_bytes
            }
        }
    }

    /// Grows by `delta` pages; returns the old size, or `None` past the
    /// maximum. The new pages are made accessible before the new length is
    /// published, so no thread that sees the length faults below it.
    #[inline]
    pub fn grow(&self, delta: u64) -> Option<u64> {
        if delta == 0 {
            return Some(self.pages());
        }
        self.grow_by(delta)
    }

    fn grow_by(&self, delta: u64) -> Option<u64> {
        let _growing = self.ty.shared.then(|| {
            self.grow_lock
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
        });
        let old_len = self.def.length.load(Ordering::Relaxed);
        let old = old_len >> self.ty.page_size_log2;
        let new = old.checked_add(delta)?;
        if new > self.max_pages {
            return None;
        }
        // No overflow: the maximum's bytes fit the reservation.
        let new_len = new << self.ty.page_size_log2;
        let (from, to) = (committed(old_len), committed(new_len));
        if to > from {
            // SAFETY: the range lies within the reservation (new <= max
            // pages, whose bytes rounded up to 64 KiB it covers) and past
            // every accessible byte: nothing refers to it yet.
            let rc = unsafe {
                libc::mprotect(
                    self.def.base.add(from as usize).cast(),
                    (to - from) as usize,
                    libc::PROT_READ | libc::PROT_WRITE,
                )
            };
            if rc != 0 {
                return None;
            }
        }
        self.def.length.store(new_len, Ordering::Release);
        Some(old)
    }

    /// The bytes of an unshared memory.
    ///
    /// # Panics
    /// If the memory is shared: a slice of it would be a data race with the
    /// other threads using it.
    pub fn data(&self) -> &[u8] {
        assert!(!self.ty.shared, "a shared memory has no slice");
        // SAFETY: the first `length` bytes are committed and readable; the
        // borrow of `self` keeps them from shrinking (memories never
        // shrink), and no other thread uses an unshared memory.
        unsafe { std::slice::from_raw_parts(self.def.base, self.byte_len()) }
    }

    /// The bytes of an unshared memory, exclusively.
    ///
    /// # Panics
    /// If the memory is shared, as [`LinearMemory::data`].
    pub fn data_mut(&mut self) -> &mut [u8] {
        assert!(!self.ty.shared, "a shared memory has no slice");
        // SAFETY: as in `data`, and `&mut self` makes the access exclusive.
        unsafe { std::slice::from_raw_parts_mut(self.def.base, self.byte_len()) }
    }

    /// The address of `[start, start + len)`, or the out-of-bounds trap.
    fn at(&self, start: u64, len: u64) -> Result<*mut u8, TrapCode> {
        let r = range(start, len, self.byte_len())?;
        // SAFETY: `r` lies within the accessible length.
        Ok(unsafe { self.def.base.add(r.start) })
    }

    /// Copies bytes `[start, start + buf.len())` into `buf`.
    pub fn read(&self, start: u64, buf: &mut [u8]) -> Result<(), TrapCode> {
        let from = self.at(start, buf.len() as u64)?;
        // SAFETY: `from` is valid for `buf.len()` bytes, and `buf`, a Rust
        // slice, is ours alone.
        unsafe { copy_bytes(self.ty.shared, false, buf.as_mut_ptr(), from, buf.len()) };
        Ok(())
    }

    /// Copies `bytes` to `[start, start + bytes.len())`, all or nothing.
    pub fn write(&self, start: u64, bytes: &[u8]) -> Result<(), TrapCode> {
        let to = self.at(start, bytes.len() as u64)?;
        // SAFETY: as in `read`.
        unsafe { copy_bytes(false, self.ty.shared, to, bytes.as_ptr(), bytes.len()) };
        Ok(())
    }

    /// Sets `[start, start + len)` to `byte` (`memory.fill`), all or nothing.
    pub fn fill(&self, start: u64, byte: u8, len: u64) -> Result<(), TrapCode> {
        let to = self.at(start, len)?;
        if self.ty.shared {
            // SAFETY: in bounds.
            unsafe { fill_shared(to, byte, len as usize) };
        } else {
            // SAFETY: in bounds, and nothing else accesses an unshared
            // memory while the runtime works on it.
            unsafe { std::ptr::write_bytes(to, byte, len as usize) };
        }
        Ok(())
    }

    /// Copies `len` bytes from `src` at `from` to `dst` at `to`
    /// (`memory.copy`, the two may be the same memory and the ranges
    /// overlap), all or nothing.
    pub fn copy(
        dst: &LinearMemory,
        to: u64,
        src: &LinearMemory,
        from: u64,
        len: u64,
    ) -> Result<(), TrapCode> {
        let from = src.at(from, len)?;
        let to = dst.at(to, len)?;
        // SAFETY: both ranges are in bounds; `copy_bytes` handles overlap.
        unsafe { copy_bytes(src.ty.shared, dst.ty.shared, to, from, len as usize) };
        Ok(())
    }

    /// The address of an atomic access of `size` bytes at `addr`: it must
    /// be aligned ("unaligned atomic", checked first) and in bounds.
    fn atomic_at(&self, addr: u64, size: u64) -> Result<*mut u8, TrapCode> {
        if !addr.is_multiple_of(size) {
            return Err(TrapCode::UnalignedAtomic);
        }
        self.at(addr, size)
    }

    /// `memory.atomic.wait32`: blocks while the i32 at `addr` is `expected`,
    /// until a notify wakes this thread or `timeout` passes (`None`: no
    /// timeout). Traps on an unshared memory (after the alignment and
    /// bounds checks).
    pub fn atomic_wait32(
        &self,
        addr: u64,
        expected: u32,
        timeout: Option<Duration>,
    ) -> Result<WaitResult, TrapCode> {
        let at = self.waitable(addr, 4)?;
        // SAFETY: `at` is in bounds and aligned, and a shared memory's
        // bytes are only accessed atomically.
        let cell = unsafe { AtomicU32::from_ptr(at.cast()) };
        Ok(parking::wait(
            at as usize,
            || cell.load(Ordering::SeqCst) == expected,
            deadline(timeout),
        ))
    }

    /// `memory.atomic.wait64`: as [`LinearMemory::atomic_wait32`] for the
    /// i64 at `addr`.
    pub fn atomic_wait64(
        &self,
        addr: u64,
        expected: u64,
        timeout: Option<Duration>,
    ) -> Result<WaitResult, TrapCode> {
        let at = self.waitable(addr, 8)?;
        // SAFETY: as in `atomic_wait32`.
        let cell = unsafe { AtomicU64::from_ptr(at.cast()) };
        Ok(parking::wait(
            at as usize,
            || cell.load(Ordering::SeqCst) == expected,
            deadline(timeout),
        ))
    }

    fn waitable(&self, addr: u64, size: u64) -> Result<*mut u8, TrapCode> {
        let at = self.atomic_at(addr, size)?;
        if !self.ty.shared {
            return Err(TrapCode::ExpectedSharedMemory);
        }
        Ok(at)
    }

    /// `memory.atomic.notify`: wakes up to `count` threads waiting on
    /// `addr`, oldest first; returns how many it woke (always 0 for an
    /// unshared memory, where nothing can wait).
    pub fn atomic_notify(&self, addr: u64, count: u32) -> Result<u32, TrapCode> {
        let at = self.atomic_at(addr, 4)?;
        if !self.ty.shared {
            return Ok(0);
        }
        Ok(parking::notify(at as usize, count))
    }
}

/// The instant `timeout` from now; `None` (no deadline) for no timeout or
/// one too far away to represent.
fn deadline(timeout: Option<Duration>) -> Option<Instant> {
    timeout.and_then(|t| Instant::now().checked_add(t))
}

/// Copies `len` bytes from `from` to `to` (the ranges may overlap). A side
/// in a shared memory, which other threads may access at the same time, is
/// accessed with relaxed atomic byte loads (`from_shared`) or stores
/// (`to_shared`); with neither, this is `memmove`.
///
/// # Safety
/// Both ranges must be valid for `len` bytes; nothing else may access an
/// unshared side meanwhile.
unsafe fn copy_bytes(from_shared: bool, to_shared: bool, to: *mut u8, from: *const u8, len: usize) {
    if !from_shared && !to_shared {
        // SAFETY: as the caller guarantees.
        unsafe { std::ptr::copy(from, to, len) };
    } else {
        // SAFETY: as the caller guarantees.
        unsafe { copy_shared(from_shared, to_shared, to, from, len) };
    }
}

/// [`copy_bytes`] with a shared side: a function of its own, so that the
/// unshared case stays a few instructions before `memmove`.
///
/// # Safety
/// As for [`copy_bytes`].
#[inline(never)]
unsafe fn copy_shared(
    from_shared: bool,
    to_shared: bool,
    to: *mut u8,
    from: *const u8,
    len: usize,
) {
    let byte = |i: usize| {
        // SAFETY: `i < len`, so both bytes are valid; a shared side is only
        // ever accessed atomically, an unshared one only by us.
        unsafe {
            let b = if from_shared {
                AtomicU8::from_ptr(from.add(i).cast_mut()).load(Ordering::Relaxed)
            } else {
                from.add(i).read()
            };
            if to_shared {
                AtomicU8::from_ptr(to.add(i)).store(b, Ordering::Relaxed);
            } else {
                to.add(i).write(b);
            }
        }
    };
    // Front to back unless the destination overlaps past the source.
    if (to as usize) <= (from as usize) || (to as usize) >= (from as usize).wrapping_add(len) {
        (0..len).for_each(byte);
    } else {
        (0..len).rev().for_each(byte);
    }
}

/// Sets `len` bytes of a shared memory at `to` with relaxed atomic stores.
///
/// # Safety
/// The bytes must be valid, and only ever accessed atomically by Rust.
#[inline(never)]
unsafe fn fill_shared(to: *mut u8, byte: u8, len: usize) {
    for i in 0..len {
        // SAFETY: as the caller guarantees.
        unsafe { AtomicU8::from_ptr(to.add(i)) }.store(byte, Ordering::Relaxed);
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
        // any more once its memories are dropped (a shared memory is dropped
        // with the last reference to it, which every instance using it
        // holds).
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
        MemoryType::new(min, max)
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
        assert_eq!(mem.byte_len() as u64, len);
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
            let mem = LinearMemory::new(&ty(0, max), BoundsChecks::Explicit, limit).unwrap();
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
        let mem = LinearMemory::new(&ty(1, Some(100)), GUARDED, 2).unwrap();
        assert_eq!(mem.grow(2), None);
        assert_eq!(mem.grow(1), Some(1));
        assert_eq!(mem.grow(1), None);
        // A minimum above the limit is still allocated, and cannot grow.
        let mem = LinearMemory::new(&ty(3, None), BoundsChecks::Explicit, 1).unwrap();
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

    fn both_kinds() -> [LinearMemory; 2] {
        [
            LinearMemory::new(&ty(1, Some(2)), BoundsChecks::Explicit, MAX_PAGES).unwrap(),
            LinearMemory::new(&MemoryType::shared(1, 2), BoundsChecks::Explicit, MAX_PAGES)
                .unwrap(),
        ]
    }

    const PAGE: u64 = WASM_PAGE;

    /// Bytes `[start, start + len)` of `mem`.
    fn bytes(mem: &LinearMemory, start: u64, len: usize) -> Vec<u8> {
        let mut buf = vec![0; len];
        mem.read(start, &mut buf).unwrap();
        buf
    }

    #[test]
    fn reads_writes_fills_and_copies_are_bounded_and_all_or_nothing() {
        for mem in both_kinds() {
            let shared = mem.is_shared();
            mem.write(PAGE - 4, &[1, 2, 3, 4]).unwrap();
            assert_eq!(
                bytes(&mem, PAGE - 5, 5),
                [0, 1, 2, 3, 4],
                "shared: {shared}"
            );
            // One byte past the end: nothing moves.
            let oob = Err(TrapCode::MemoryOutOfBounds);
            assert_eq!(mem.write(PAGE - 3, &[9; 4]), oob);
            assert_eq!(mem.fill(PAGE - 3, 9, 4), oob);
            assert_eq!(LinearMemory::copy(&mem, PAGE - 3, &mem, 0, 4), oob);
            assert_eq!(LinearMemory::copy(&mem, 0, &mem, PAGE - 3, 4), oob);
            assert_eq!(mem.read(PAGE - 3, &mut [0; 4]), oob);
            assert_eq!(mem.read(u64::MAX, &mut [0; 2]), oob);
            assert_eq!(bytes(&mem, PAGE - 8, 8), [0, 0, 0, 0, 1, 2, 3, 4]);
            // Empty accesses at the very end are in bounds.
            assert_eq!(mem.write(PAGE, &[]), Ok(()));
            assert_eq!(mem.fill(PAGE, 9, 0), Ok(()));
            assert_eq!(mem.fill(PAGE + 1, 9, 0), oob);

            mem.fill(10, 0xaa, 3).unwrap();
            assert_eq!(bytes(&mem, 9, 5), [0, 0xaa, 0xaa, 0xaa, 0]);
            // Overlapping copies, both ways, are memmoves.
            mem.write(100, &[1, 2, 3, 4, 5]).unwrap();
            LinearMemory::copy(&mem, 102, &mem, 100, 5).unwrap();
            assert_eq!(bytes(&mem, 100, 7), [1, 2, 1, 2, 3, 4, 5]);
            LinearMemory::copy(&mem, 101, &mem, 102, 5).unwrap();
            assert_eq!(bytes(&mem, 100, 7), [1, 1, 2, 3, 4, 5, 5]);
            // Grown bytes are zero and accessible.
            assert_eq!(mem.grow(1), Some(1));
            assert_eq!(bytes(&mem, 2 * PAGE - 2, 2), [0, 0]);
            mem.write(2 * PAGE - 1, &[7]).unwrap();
        }
        // Between a shared and an unshared memory, both ways.
        let [plain, shared] = both_kinds();
        plain.write(0, b"plain").unwrap();
        shared.write(8, b"shared").unwrap();
        LinearMemory::copy(&shared, 0, &plain, 0, 5).unwrap();
        LinearMemory::copy(&plain, 8, &shared, 8, 6).unwrap();
        assert_eq!(bytes(&shared, 0, 5), b"plain");
        assert_eq!(bytes(&plain, 8, 6), b"shared");
    }

    #[test]
    #[should_panic(expected = "a shared memory has no slice")]
    fn a_shared_memory_has_no_slice() {
        let [_, shared] = both_kinds();
        shared.data();
    }

    #[test]
    fn a_shared_memory_needs_a_maximum() {
        let ty = MemoryType {
            max: None,
            ..MemoryType::shared(1, 1)
        };
        assert!(LinearMemory::new(&ty, GUARDED, MAX_PAGES).is_err());
    }

    #[test]
    fn one_byte_pages_grow_by_bytes_and_commit_64_kib_at_a_time() {
        let ty = ty(0, None).with_page_size_log2(0);
        // Always checked: the reservation is the capped maximum, never
        // 4 GiB and the guard, and guard-mode code may use it.
        let mem = LinearMemory::new(&ty, GUARDED, 16).unwrap();
        assert_eq!(mem.reserved as u64, 16 * WASM_PAGE);
        assert!(mem.supports(GUARDED));
        assert_eq!(mem.grow(5), Some(0));
        assert_eq!((mem.pages(), mem.byte_len()), (5, 5));
        assert_eq!(mem.ty().min, 5);
        // The rest of the 64 KiB unit is accessible (code checks the exact
        // length); nothing past it.
        assert_eq!(prot(&mem, 0, WASM_PAGE).as_deref(), Some("rw-"));
        assert_eq!(
            prot(&mem, WASM_PAGE, 16 * WASM_PAGE).as_deref(),
            Some("---")
        );
        // The cap is in bytes: 1 MiB of one-byte pages.
        assert_eq!(mem.grow(16 * WASM_PAGE - 4), None);
        assert_eq!(mem.grow(WASM_PAGE), Some(5));
        assert_eq!(prot(&mem, WASM_PAGE, 2 * WASM_PAGE).as_deref(), Some("rw-"));
        assert_eq!(mem.grow(15 * WASM_PAGE - 5), Some(WASM_PAGE + 5));
        assert_eq!(mem.grow(1), None);
        assert_eq!(mem.byte_len() as u64, 16 * WASM_PAGE);
    }

    #[test]
    fn a_64_bit_memory_reserves_its_capped_maximum_and_huge_ones_fail_cleanly() {
        let ty64 = |min, max| ty(min, max).with_memory64(true);
        let mem = LinearMemory::new(&ty64(1, None), GUARDED, 4).unwrap();
        assert_eq!(mem.reserved as u64, 4 * WASM_PAGE);
        assert!(mem.supports(GUARDED) && mem.ty().memory64);
        assert_eq!(mem.grow(4), None);
        assert_eq!(mem.grow(u64::MAX), None);
        assert_eq!(mem.grow(3), Some(1));
        assert_accessible_pages(&mem, 4);
        // A declared maximum below the cap wins.
        let mem = LinearMemory::new(&ty64(0, Some(2)), BoundsChecks::Explicit, 4).unwrap();
        assert_eq!(mem.reserved as u64, 2 * WASM_PAGE);
        // Minimums past the address space (2^56 bytes) or past 2^64 bytes
        // are errors, not panics.
        for (min, log2) in [(1 << 40, 16), (1 << 48, 16), (u64::MAX, 16), (u64::MAX, 0)] {
            let ty = ty64(min, None).with_page_size_log2(log2);
            assert!(
                LinearMemory::new(&ty, GUARDED, 4).is_err(),
                "{min:#x} << {log2}"
            );
        }
    }

    #[test]
    fn only_a_guard_mode_reservation_supports_guard_mode_code() {
        let guarded = LinearMemory::new(&ty(0, Some(1)), GUARDED, MAX_PAGES).unwrap();
        let explicit = LinearMemory::new(&ty(0, Some(1)), BoundsChecks::Explicit, 4).unwrap();
        let bigger = BoundsChecks::GuardPages {
            guard_bytes: GUARD + WASM_PAGE,
        };
        assert!(guarded.supports(GUARDED) && guarded.supports(BoundsChecks::Explicit));
        assert!(!guarded.supports(bigger));
        assert!(!explicit.supports(GUARDED) && explicit.supports(BoundsChecks::Explicit));
    }

    #[test]
    fn wait_and_notify_check_alignment_then_bounds_then_sharing() {
        let [plain, shared] = both_kinds();
        let now = Some(Duration::ZERO);
        for mem in [&plain, &shared] {
            let (unaligned, oob) = (TrapCode::UnalignedAtomic, TrapCode::MemoryOutOfBounds);
            assert_eq!(mem.atomic_wait32(2, 0, now), Err(unaligned));
            assert_eq!(mem.atomic_wait64(4, 0, now), Err(unaligned));
            assert_eq!(mem.atomic_notify(1, 1), Err(unaligned));
            // Unaligned and out of bounds: unaligned.
            assert_eq!(mem.atomic_notify(PAGE + 1, 1), Err(unaligned));
            assert_eq!(mem.atomic_wait32(PAGE, 0, now), Err(oob));
            assert_eq!(mem.atomic_wait64(PAGE - 4, 0, now), Err(unaligned));
            assert_eq!(mem.atomic_wait64(PAGE, 0, now), Err(oob));
            assert_eq!(mem.atomic_notify(PAGE, 0), Err(oob));
            assert_eq!(mem.atomic_notify(u64::MAX - 3, 0), Err(oob));
        }
        let unshared = Err(TrapCode::ExpectedSharedMemory);
        assert_eq!(plain.atomic_wait32(PAGE - 4, 0, now), unshared);
        assert_eq!(plain.atomic_wait64(PAGE - 8, 0, None), unshared);
        assert_eq!(plain.atomic_notify(PAGE - 4, 1), Ok(0));

        shared
            .write(8, &0x1234_5678_9abc_def0u64.to_le_bytes())
            .unwrap();
        assert_eq!(shared.atomic_wait32(8, 0, None), Ok(WaitResult::NotEqual));
        assert_eq!(
            shared.atomic_wait64(8, 0x9abc_def0, None),
            Ok(WaitResult::NotEqual)
        );
        assert_eq!(
            shared.atomic_wait32(8, 0x9abc_def0, now),
            Ok(WaitResult::TimedOut)
        );
        let start = Instant::now();
        let ten_ms = Duration::from_millis(10);
        let r = shared.atomic_wait64(8, 0x1234_5678_9abc_def0, Some(ten_ms));
        assert_eq!(r, Ok(WaitResult::TimedOut));
        assert!(start.elapsed() >= ten_ms);
        assert_eq!(shared.atomic_notify(8, u32::MAX), Ok(0));
    }
}
