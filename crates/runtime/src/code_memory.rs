//! Executable memory. Code is written while its pages are read-write, then
//! they become read-execute; a page is never writable and executable at the
//! same time, and code becomes visible to instruction fetch (see `icache`).
//! Each code memory knows how its code is run.
//!
//! An engine's code (modules and trampolines) shares a [`CodeSpace`]:
//! chunks of reserved address space handed out a whole number of pages at a
//! time, in order, never reused. Fresh memory costs the kernel about the
//! same per 4 KiB page touched whatever the page holds (~2 us on a VM), and
//! a 2 MiB huge page costs about what 30 small ones do (zeroing 2 MiB); so
//! a chunk is backed by transparent huge pages where the kernel offers them
//! (`madvise` mode), and code memories share them: a module's code goes on
//! in the huge page the previous one started, already present. The first
//! 2 MiB of a chunk take a huge page only if the first code in it fills a
//! sixteenth of them (where both cost about the same), so that an engine
//! with a little code keeps to small pages. A module's Wasm binary, kept
//! as long as its code, goes in the space too (read-write, never
//! executable). Dropped code or bytes' pages become inaccessible and go
//! back to the kernel; the chunk's address space is unmapped with its last
//! owner.
//!
//! A module's code need not be copied in: the space lends the compiler
//! read-write pages for a generous bound of it ([`CodeSpace::lend`], a
//! [`CodeArea`]), the compiler writes each function there as it finishes
//! it, and [`CodeSpace::finish_code`] makes the pages the code uses
//! read-execute and gives the rest back, if no other pages were handed out
//! after them meanwhile (else they stay unused).

use crate::executor::Executor;
use brisk_codegen::CodeArea;
use std::io;
use std::ptr::NonNull;
use std::sync::{Arc, Mutex};

/// An anonymous private mapping, unmapped when dropped.
struct Mapping {
    ptr: NonNull<u8>,
    len: usize,
}

/// Address space reserved per chunk of a code space (a module's code
/// larger than this gets a chunk of its own).
const CHUNK_BYTES: usize = 64 << 20;

// SAFETY: the mapping is a range of address space; its pages are written
// only by `CodeSpace::alloc` before they become read-execute, each range by
// the one call that the space's lock handed it to, and are then only read
// and run: sharing or sending the mapping between threads shares no mutable
// state.
unsafe impl Send for Mapping {}
// SAFETY: as above.
unsafe impl Sync for Mapping {}

/// A transparent huge page on x86-64 and on AArch64 with 4 KiB pages.
const HUGE_PAGE: usize = 2 << 20;

impl Mapping {
    /// A fresh read-write mapping of `len` bytes (a multiple of
    /// [`HUGE_PAGE`]) starting at a multiple of [`HUGE_PAGE`], committed
    /// page by page as it is touched.
    fn reserve(len: usize) -> io::Result<Mapping> {
        debug_assert!(len > 0 && len.is_multiple_of(HUGE_PAGE));
        let padded = len + HUGE_PAGE;
        // SAFETY: an anonymous private mapping at an address of the kernel's
        // choosing aliases no existing memory.
        let ptr = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                padded,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if ptr == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        let start = ptr as usize;
        let aligned = start.next_multiple_of(HUGE_PAGE);
        // The padding before and after the aligned range goes back.
        for (at, bytes) in [
            (start, aligned - start),
            (aligned + len, start + HUGE_PAGE - aligned),
        ] {
            if bytes > 0 {
                // SAFETY: the range is part of the mapping just made, which
                // nothing else knows of.
                unsafe { libc::munmap(at as *mut libc::c_void, bytes) };
            }
        }
        let ptr = NonNull::new(aligned as *mut u8).expect("mmap returned null");
        Ok(Mapping { ptr, len })
    }

    /// Asks for huge pages in `range` (offsets, whole huge pages). Advice
    /// only: a kernel without them ignores it or fails, and either is fine.
    fn advise_huge_pages(&self, range: std::ops::Range<usize>) {
        // SAFETY: the range lies in the mapping; MADV_HUGEPAGE changes no
        // contents.
        unsafe {
            libc::madvise(
                self.ptr.as_ptr().add(range.start).cast(),
                range.len(),
                libc::MADV_HUGEPAGE,
            )
        };
    }

    /// Sets the protection of `range` (offsets, whole pages).
    fn protect(&self, range: std::ops::Range<usize>, prot: libc::c_int) -> io::Result<()> {
        // SAFETY: the range lies in the mapping, and belongs to the one code
        // memory that calls this (see `CodeSpace::alloc`).
        let rc =
            unsafe { libc::mprotect(self.ptr.as_ptr().add(range.start).cast(), range.len(), prot) };
        if rc != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }
}

impl Drop for Mapping {
    fn drop(&mut self) {
        // SAFETY: the range is the mapping created in `reserve`, owned by
        // this value alone, and no code in it can be running: instances keep
        // their module (and so its code memory, which keeps the mapping)
        // alive.
        unsafe { libc::munmap(self.ptr.as_ptr().cast(), self.len) };
    }
}

/// Where an engine's code memories come from (see the module
/// documentation).
#[derive(Default)]
pub struct CodeSpace {
    /// The chunk handed out from, and the offset of its first free page.
    current: Mutex<Option<(Arc<Mapping>, usize)>>,
}

impl CodeSpace {
    /// Whole pages for `len` bytes: at the next free page of the current
    /// chunk, or at the start of a new one.
    fn take(&self, len: usize) -> io::Result<(Arc<Mapping>, usize)> {
        let mut current = self.current.lock().unwrap();
        if let Some((chunk, next)) = current.as_mut()
            && chunk.len - *next >= len
        {
            let start = *next;
            *next += len;
            return Ok((chunk.clone(), start));
        }
        let chunk = Arc::new(Mapping::reserve(
            len.max(CHUNK_BYTES).next_multiple_of(HUGE_PAGE),
        )?);
        let first = if len >= HUGE_PAGE / 16 { 0 } else { HUGE_PAGE };
        chunk.advise_huge_pages(first..chunk.len);
        *current = Some((chunk.clone(), len));
        Ok((chunk, 0))
    }

    /// Fresh pages holding `parts` one after another, still read-write
    /// (the rest of their last page zero).
    fn write(&self, parts: &[&[u8]]) -> io::Result<Pages> {
        let bytes: usize = parts.iter().map(|part| part.len()).sum();
        let len = bytes.next_multiple_of(page_size());
        let (chunk, start) = self.take(len)?;
        let mut at = start;
        for part in parts {
            // SAFETY: `take` handed out `start..start + len` to this call
            // alone, never before: its pages are still read-write, nothing
            // else reads, writes or runs them, and the parts fit.
            unsafe {
                std::ptr::copy_nonoverlapping(part.as_ptr(), chunk.ptr.as_ptr().add(at), part.len())
            };
            at += part.len();
        }
        Ok(Pages { chunk, start, len })
    }

    /// Maps `code` as executable memory, to be run by `executor`.
    pub fn alloc(&self, code: &[u8], executor: Executor) -> io::Result<CodeMemory> {
        let pages = self.write(&[code])?;
        CodeMemory::new(Arc::new(pages), executor)
    }

    /// Fresh read-write pages for at least `len` bytes of a module's
    /// code, for the compiler to write it into.
    pub fn lend(&self, len: usize) -> io::Result<LentCode> {
        let len = len.next_multiple_of(page_size());
        let (chunk, start) = self.take(len)?;
        Ok(LentCode {
            pages: Arc::new(Pages { chunk, start, len }),
            finished: false,
        })
    }

    /// The first `len` bytes of `lent` (code written since [`Self::lend`])
    /// as executable memory, to be run by `executor`; the pages after them
    /// go back to the space if it handed out none after them. `lent` keeps
    /// reading the code, never writes it again. Fails if `lent` is already
    /// code.
    pub fn finish_code(
        &self,
        lent: &mut LentCode,
        len: usize,
        executor: Executor,
    ) -> io::Result<CodeMemory> {
        let Some(pages) = Arc::get_mut(&mut lent.pages).filter(|_| !lent.finished) else {
            return Err(io::Error::other("the lent code is already executable"));
        };
        let used = len.next_multiple_of(page_size());
        assert!(used <= pages.len, "code beyond the lent pages");
        let mut current = self.current.lock().unwrap();
        if let Some((chunk, next)) = current.as_mut()
            && Arc::ptr_eq(chunk, &pages.chunk)
            && *next == pages.start + pages.len
        {
            *next = pages.start + used;
        }
        drop(current);
        // The rest, never written, stays mapped with the chunk if not
        // given back.
        pages.len = used;
        lent.finished = true;
        CodeMemory::new(lent.pages.clone(), executor)
    }

    /// A copy of `parts`, one after another, in pages of the space: data
    /// kept as long as some code (a module's Wasm binary), which shares
    /// the code's huge pages. Never executable.
    pub fn keep(&self, parts: &[&[u8]]) -> io::Result<KeptBytes> {
        let len = parts.iter().map(|part| part.len()).sum();
        Ok(KeptBytes {
            pages: self.write(parts)?,
            len,
        })
    }
}

/// Whole pages of a [`CodeSpace`] chunk, handed out to one owner.
struct Pages {
    chunk: Arc<Mapping>,
    /// The first page's offset in the chunk.
    start: usize,
    /// Whole pages.
    len: usize,
}

impl Pages {
    fn base(&self) -> *const u8 {
        // SAFETY: `start` lies in the chunk (at its end for no pages).
        unsafe { self.chunk.ptr.as_ptr().add(self.start) }
    }
}

impl Drop for Pages {
    /// The pages become inaccessible (a stale pointer into them faults, as
    /// in an unmapped range) and their memory goes back to the kernel; the
    /// address space stays reserved with the chunk, never handed out again.
    fn drop(&mut self) {
        if self.len == 0 {
            return;
        }
        let range = self.start..self.start + self.len;
        // Failing leaves the pages mapped until the chunk goes: no harm.
        let _ = self.chunk.protect(range.clone(), libc::PROT_NONE);
        // SAFETY: the pages are this owner's alone, and no code in them can
        // be running (instances keep their module alive); discarding their
        // contents is what dropping means.
        unsafe {
            libc::madvise(
                self.chunk.ptr.as_ptr().add(range.start).cast(),
                range.len(),
                libc::MADV_DONTNEED,
            )
        };
    }
}

/// Code in whole pages of a [`CodeSpace`] chunk, read-execute.
pub struct CodeMemory {
    /// Shared with the [`LentCode`] the code was written into, if any.
    pages: Arc<Pages>,
    executor: Executor,
}

/// Pages of a [`CodeSpace`] lent to the compiler (see
/// [`CodeSpace::lend`]): the memory of a module's code image, read-write
/// until [`CodeSpace::finish_code`], then the code's, read-execute.
pub struct LentCode {
    pages: Arc<Pages>,
    /// The pages are code (read-execute).
    finished: bool,
}

impl CodeArea for LentCode {
    fn bytes(&self) -> &[u8] {
        // SAFETY: the pages stay mapped readable (read-write, then
        // read-execute) as long as `self.pages`, and are written only
        // through `bytes_mut`, which borrows `self` mutably.
        unsafe { std::slice::from_raw_parts(self.pages.base(), self.pages.len) }
    }

    fn bytes_mut(&mut self) -> &mut [u8] {
        assert!(!self.finished, "lent code written after it became code");
        // SAFETY: `CodeSpace::lend` handed the pages out to this value
        // alone; until `finish_code` (checked above) they are read-write
        // and nothing else reads, writes or runs them, and `&mut self`
        // excludes reads through `bytes` while the slice lives.
        unsafe { std::slice::from_raw_parts_mut(self.pages.base().cast_mut(), self.pages.len) }
    }
}

fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    unsafe { libc::sysconf(libc::_SC_PAGESIZE) as usize }
}

impl CodeMemory {
    /// `pages`, holding their code, made read-execute.
    fn new(pages: Arc<Pages>, executor: Executor) -> io::Result<CodeMemory> {
        let range = pages.start..pages.start + pages.len;
        pages
            .chunk
            .protect(range, libc::PROT_READ | libc::PROT_EXEC)?;
        if executor == Executor::Native {
            crate::icache::make_visible(pages.base(), pages.len);
        }
        Ok(CodeMemory { pages, executor })
    }

    pub fn base(&self) -> *const u8 {
        self.pages.base()
    }

    /// How this code runs.
    pub fn executor(&self) -> Executor {
        self.executor
    }

    /// Whether `pc` lies in this code.
    pub fn contains(&self, pc: usize) -> bool {
        let start = self.base() as usize;
        (start..start + self.pages.len).contains(&pc)
    }
}

/// Bytes kept in pages of a [`CodeSpace`] (see [`CodeSpace::keep`]).
pub struct KeptBytes {
    pages: Pages,
    len: usize,
}

impl std::ops::Deref for KeptBytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        // SAFETY: the pages hold `len` bytes written by `CodeSpace::keep`,
        // never written again, and live as long as `self`.
        unsafe { std::slice::from_raw_parts(self.pages.base(), self.len) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proc_maps::protection;

    /// `mov eax, 42; ret`
    const RETURN_42: [u8; 6] = [0xb8, 42, 0, 0, 0, 0xc3];

    /// `[start, end)` of `code`'s pages.
    fn pages(code: &CodeMemory) -> (usize, usize) {
        (code.base() as usize, code.base() as usize + code.pages.len)
    }

    #[test]
    fn code_is_read_execute_and_the_pages_after_it_read_write() {
        let space = CodeSpace::default();
        let code = space.alloc(&RETURN_42, Executor::Native).unwrap();
        let (start, end) = pages(&code);
        assert_eq!(end - start, page_size());
        assert_eq!(protection(start, end).as_deref(), Some("r-x"));
        // Not handed out yet: writable, never executable.
        assert_eq!(protection(end, end + page_size()).as_deref(), Some("rw-"));
        // SAFETY: the code is a complete function of this signature, mapped
        // executable above, and lives until the end of the test.
        let f: extern "C" fn() -> u32 = unsafe { std::mem::transmute(code.base()) };
        assert_eq!(f(), 42);
    }

    #[test]
    fn alloc_maps_whole_pages_read_execute_and_contains_exactly_them() {
        let page = page_size();
        let space = CodeSpace::default();
        for (len, pages) in [(0, 0), (1, 1), (page, 1), (page + 1, 2), (3 * page, 3)] {
            let bytes: Vec<u8> = (0..len).map(|i| i as u8).collect();
            let code = space.alloc(&bytes, Executor::Native).unwrap();
            let start = code.base() as usize;
            let end = start + pages * page;
            assert_eq!(code.pages.len, pages * page, "{len} bytes");
            if pages > 0 {
                assert_eq!(
                    protection(start, end).as_deref(),
                    Some("r-x"),
                    "{len} bytes"
                );
                assert!(code.contains(start) && code.contains(end - 1));
            }
            // SAFETY: the mapping is readable and at least `len` bytes.
            let copied = unsafe { std::slice::from_raw_parts(code.base(), len) };
            assert_eq!(copied, &bytes[..]);
            assert!(!code.contains(start.wrapping_sub(1)) && !code.contains(end));
        }
    }

    #[test]
    fn code_memories_follow_each_other_and_a_dropped_one_becomes_inaccessible() {
        let space = CodeSpace::default();
        let [a, b, c] = [(); 3].map(|_| space.alloc(&RETURN_42, Executor::Native).unwrap());
        let page = page_size();
        assert_eq!(b.base() as usize, a.base() as usize + page);
        assert_eq!(c.base() as usize, b.base() as usize + page);
        let (b_start, b_end) = pages(&b);
        drop(b);
        assert_eq!(protection(b_start, b_end).as_deref(), Some("---"));
        for code in [&a, &c] {
            let (start, end) = pages(code);
            assert_eq!(protection(start, end).as_deref(), Some("r-x"));
            // SAFETY: as in the first test.
            let f: extern "C" fn() -> u32 = unsafe { std::mem::transmute(code.base()) };
            assert_eq!(f(), 42);
        }
        // Not handed out again.
        let d = space.alloc(&RETURN_42, Executor::Native).unwrap();
        assert_eq!(d.base() as usize, c.base() as usize + page);
    }

    #[test]
    fn lent_pages_become_code_where_they_are_and_the_rest_goes_back() {
        let page = page_size();
        let space = CodeSpace::default();
        let mut lent = space.lend(3 * page).unwrap();
        let start = lent.bytes().as_ptr() as usize;
        assert_eq!(lent.bytes().len(), 3 * page);
        assert_eq!(protection(start, start + 3 * page).as_deref(), Some("rw-"));
        lent.bytes_mut()[..RETURN_42.len()].copy_from_slice(&RETURN_42);
        let code = space
            .finish_code(&mut lent, RETURN_42.len(), Executor::Native)
            .unwrap();
        assert_eq!(pages(&code), (start, start + page));
        assert_eq!(protection(start, start + page).as_deref(), Some("r-x"));
        // The code stays readable through the lent pages.
        assert_eq!(&lent.bytes()[..RETURN_42.len()], &RETURN_42);
        // SAFETY: as in the first test.
        let f: extern "C" fn() -> u32 = unsafe { std::mem::transmute(code.base()) };
        assert_eq!(f(), 42);
        // Never written or made code again.
        assert!(
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                lent.bytes_mut();
            }))
            .is_err()
        );
        assert!(space.finish_code(&mut lent, 1, Executor::Native).is_err());
        // The two unused pages went back.
        let next = space.alloc(&RETURN_42, Executor::Native).unwrap();
        assert_eq!(next.base() as usize, start + page);
        // Pages handed out after the lent ones keep the rest from going
        // back; the code still becomes code where it is.
        let mut lent = space.lend(2 * page).unwrap();
        let after = space.alloc(&RETURN_42, Executor::Native).unwrap();
        let start = lent.bytes().as_ptr() as usize;
        lent.bytes_mut()[0] = 0xc3;
        let code = space.finish_code(&mut lent, 1, Executor::Native).unwrap();
        assert_eq!(pages(&code), (start, start + page));
        assert_eq!(after.base() as usize, start + 2 * page);
        drop(code);
        // The lent pages live as long as the code or the lent value.
        assert_eq!(protection(start, start + page).as_deref(), Some("r-x"));
        drop(lent);
        assert_eq!(protection(start, start + page).as_deref(), Some("---"));
    }

    #[test]
    fn kept_bytes_are_the_parts_in_order_never_executable() {
        let space = CodeSpace::default();
        let code = space.alloc(&RETURN_42, Executor::Native).unwrap();
        let page = page_size();
        let long = vec![7u8; page + 1];
        let kept = space.keep(&[b"ab", &long, b"c"]).unwrap();
        assert_eq!(&kept[..2], b"ab");
        assert_eq!(&kept[2..page + 3], &long[..]);
        assert_eq!(&kept[page + 3..], b"c");
        let (start, end) = pages(&code);
        assert_eq!(kept.as_ptr() as usize, end);
        let kept_end = end + 2 * page;
        assert_eq!(protection(end, kept_end).as_deref(), Some("rw-"));
        drop(kept);
        assert_eq!(protection(end, kept_end).as_deref(), Some("---"));
        assert_eq!(protection(start, end).as_deref(), Some("r-x"));
        assert!(space.keep(&[]).unwrap().is_empty());
    }
}
