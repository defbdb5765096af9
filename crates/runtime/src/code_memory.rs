//! Executable memory. Code is written while the mapping is read-write, then
//! the mapping becomes read-execute; it is never writable and executable at
//! the same time.

use std::io;
use std::ptr::NonNull;

pub struct CodeMemory {
    ptr: NonNull<u8>,
    len: usize,
}

// SAFETY: the mapping is immutable (read-execute) once constructed and owned
// by this value alone; sharing it between threads only shares read access.
unsafe impl Send for CodeMemory {}
// SAFETY: as above, no interior mutability.
unsafe impl Sync for CodeMemory {}

fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    unsafe { libc::sysconf(libc::_SC_PAGESIZE) as usize }
}

impl CodeMemory {
    /// Maps `code` as executable memory.
    pub fn new(code: &[u8]) -> io::Result<CodeMemory> {
        let len = code.len().max(1).next_multiple_of(page_size());
        // SAFETY: an anonymous private mapping at an address of the kernel's
        // choosing aliases no existing memory.
        let ptr = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if ptr == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        let ptr = NonNull::new(ptr.cast::<u8>()).expect("mmap returned null");
        let mem = CodeMemory { ptr, len };
        // SAFETY: the mapping is `len >= code.len()` bytes, writable, and
        // not yet shared with anyone.
        unsafe { std::ptr::copy_nonoverlapping(code.as_ptr(), ptr.as_ptr(), code.len()) };
        // SAFETY: the range is exactly the mapping created above.
        if unsafe { libc::mprotect(ptr.as_ptr().cast(), len, libc::PROT_READ | libc::PROT_EXEC) }
            != 0
        {
            return Err(io::Error::last_os_error());
        }
        Ok(mem)
    }

    pub fn base(&self) -> *const u8 {
        self.ptr.as_ptr()
    }

    /// Whether `pc` lies in this code.
    pub fn contains(&self, pc: usize) -> bool {
        let start = self.ptr.as_ptr() as usize;
        (start..start + self.len).contains(&pc)
    }
}

impl Drop for CodeMemory {
    fn drop(&mut self) {
        // SAFETY: the range is the mapping created in `new`, and no code in
        // it can be running: instances keep their module (and so this) alive.
        unsafe { libc::munmap(self.ptr.as_ptr().cast(), self.len) };
    }
}
