//! Page-aligned host memory: what the emulator maps at its host address.

use std::io;
use std::ptr::NonNull;

/// The host's page size (every mapping is a whole number of these).
pub fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    usize::try_from(size).unwrap_or(4096)
}

/// Anonymous, zeroed, page-aligned host memory, unmapped from the host on
/// drop. Rust heap objects share pages and move; these never do.
#[derive(Debug)]
pub struct Pages {
    ptr: NonNull<u8>,
    len: usize,
}

impl Pages {
    /// `len` bytes (rounded up to whole pages) of read-write memory.
    pub fn new(len: usize) -> io::Result<Pages> {
        Self::mmap(len, libc::PROT_READ | libc::PROT_WRITE)
    }

    /// `len` bytes (rounded up to whole pages) of address space that the
    /// host can neither read nor write: only a reservation, so that nothing
    /// else is ever placed there.
    pub fn reserve(len: usize) -> io::Result<Pages> {
        Self::mmap(len, libc::PROT_NONE)
    }

    fn mmap(len: usize, prot: libc::c_int) -> io::Result<Pages> {
        let page = page_size();
        let len = len
            .max(1)
            .checked_next_multiple_of(page)
            .ok_or_else(|| io::Error::from(io::ErrorKind::OutOfMemory))?;
        // SAFETY: a fresh private anonymous mapping at an address the kernel
        // chooses: it aliases nothing.
        let ptr = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                prot,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if ptr == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        let ptr = NonNull::new(ptr.cast::<u8>()).ok_or_else(io::Error::last_os_error)?;
        Ok(Pages { ptr, len })
    }

    /// Makes the first `len` bytes (whole pages) inaccessible to the host.
    pub(crate) fn protect_none(&self, len: usize) -> io::Result<()> {
        // SAFETY: the range lies within this mapping, which only this value
        // owns; no reference into those pages is handed out.
        let r = unsafe { libc::mprotect(self.ptr.as_ptr().cast(), len, libc::PROT_NONE) };
        if r == 0 {
            Ok(())
        } else {
            Err(io::Error::last_os_error())
        }
    }

    /// The first byte's address.
    pub fn addr(&self) -> u64 {
        self.ptr.as_ptr() as u64
    }

    pub fn as_ptr(&self) -> *mut u8 {
        self.ptr.as_ptr()
    }

    /// The size in bytes (whole pages).
    pub fn size(&self) -> usize {
        self.len
    }
}

impl Drop for Pages {
    fn drop(&mut self) {
        // SAFETY: this value owns the mapping; nothing refers to it any more.
        unsafe { libc::munmap(self.ptr.as_ptr().cast(), self.len) };
    }
}
