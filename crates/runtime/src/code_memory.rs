//! Executable memory. Code is written while the mapping is read-write, then
//! the mapping becomes read-execute; it is never writable and executable at
//! the same time, and becomes visible to instruction fetch (see `icache`).
//! Each code memory knows how its code is run.

use crate::executor::Executor;
use std::io;
use std::ptr::NonNull;

/// An anonymous private mapping, unmapped when dropped.
struct Mapping {
    ptr: NonNull<u8>,
    len: usize,
}

impl Mapping {
    /// A fresh read-write mapping of `len` bytes rounded up to whole pages
    /// (at least one).
    fn writable(len: usize) -> io::Result<Mapping> {
        let len = len.max(1).next_multiple_of(page_size());
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
        Ok(Mapping { ptr, len })
    }

    /// Copies `code` to the start of the mapping, which must still be
    /// writable.
    fn write(&mut self, code: &[u8]) {
        assert!(code.len() <= self.len, "code larger than its mapping");
        // SAFETY: the mapping is `len >= code.len()` bytes, still writable
        // (only `CodeMemory::seal` changes that, taking the mapping), and not
        // yet shared with anyone.
        unsafe { std::ptr::copy_nonoverlapping(code.as_ptr(), self.ptr.as_ptr(), code.len()) };
    }
}

impl Drop for Mapping {
    fn drop(&mut self) {
        // SAFETY: the range is the mapping created in `writable`, owned by
        // this value alone, and no code in it can be running: instances keep
        // their module (and so its code memory) alive.
        unsafe { libc::munmap(self.ptr.as_ptr().cast(), self.len) };
    }
}

pub struct CodeMemory {
    map: Mapping,
    executor: Executor,
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
    /// Maps `code` as executable memory, to be run by `executor`.
    pub fn new(code: &[u8], executor: Executor) -> io::Result<CodeMemory> {
        let mut map = Mapping::writable(code.len())?;
        map.write(code);
        CodeMemory::seal(map, executor)
    }

    /// Makes the written mapping read-execute; it is never writable again.
    fn seal(map: Mapping, executor: Executor) -> io::Result<CodeMemory> {
        // SAFETY: the range is exactly the mapping, which nothing else uses.
        let rc = unsafe {
            libc::mprotect(
                map.ptr.as_ptr().cast(),
                map.len,
                libc::PROT_READ | libc::PROT_EXEC,
            )
        };
        if rc != 0 {
            return Err(io::Error::last_os_error());
        }
        if executor == Executor::Native {
            crate::icache::make_visible(map.ptr.as_ptr(), map.len);
        }
        Ok(CodeMemory { map, executor })
    }

    pub fn base(&self) -> *const u8 {
        self.map.ptr.as_ptr()
    }

    /// How this code runs.
    pub fn executor(&self) -> Executor {
        self.executor
    }

    /// Whether `pc` lies in this code.
    pub fn contains(&self, pc: usize) -> bool {
        let start = self.base() as usize;
        (start..start + self.map.len).contains(&pc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proc_maps::protection;

    /// `mov eax, 42; ret`
    const RETURN_42: [u8; 6] = [0xb8, 42, 0, 0, 0, 0xc3];

    #[test]
    fn code_is_writable_then_executable_never_both() {
        let mut map = Mapping::writable(RETURN_42.len()).unwrap();
        let (start, end) = (
            map.ptr.as_ptr() as usize,
            map.ptr.as_ptr() as usize + map.len,
        );
        assert_eq!(map.len, page_size());
        assert_eq!(protection(start, end).as_deref(), Some("rw-"));
        map.write(&RETURN_42);
        assert_eq!(protection(start, end).as_deref(), Some("rw-"));
        let code = CodeMemory::seal(map, Executor::Native).unwrap();
        assert_eq!(protection(start, end).as_deref(), Some("r-x"));
        // SAFETY: the code is a complete function of this signature, mapped
        // executable above, and lives until the end of the test.
        let f: extern "C" fn() -> u32 = unsafe { std::mem::transmute(code.base()) };
        assert_eq!(f(), 42);
    }

    #[test]
    fn new_maps_whole_pages_read_execute_and_contains_exactly_them() {
        let page = page_size();
        for (len, pages) in [(0, 1), (1, 1), (page, 1), (page + 1, 2), (3 * page, 3)] {
            let bytes: Vec<u8> = (0..len).map(|i| i as u8).collect();
            let code = CodeMemory::new(&bytes, Executor::Native).unwrap();
            let start = code.base() as usize;
            let end = start + pages * page;
            assert_eq!(
                protection(start, end).as_deref(),
                Some("r-x"),
                "{len} bytes"
            );
            // SAFETY: the mapping is readable and at least `len` bytes.
            let copied = unsafe { std::slice::from_raw_parts(code.base(), len) };
            assert_eq!(copied, &bytes[..]);
            assert!(code.contains(start) && code.contains(end - 1));
            assert!(!code.contains(start - 1) && !code.contains(end));
        }
    }
}
