//! Bounds-checked access to the calling instance's linear memory: a pointer
//! out of bounds is the guest's fault (`EFAULT`), never a host crash.
//!
//! Every count and length a guest passes is limited here, before the host
//! allocates or loops by it: no host buffer or loop grows with a number the
//! guest chose (its own memory it may fill, as `random_get` does).

use crate::abi::{Errno, IOVEC_SIZE};
use std::ffi::OsStr;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

pub type Result<T> = std::result::Result<T, Errno>;

/// Most buffers one read or write takes (`iovs_len`): Linux's `IOV_MAX`.
/// More is `EINVAL`, as `readv`/`writev` answer.
pub const IOV_MAX: u32 = 1024;

/// Most bytes one read or write moves, whatever its buffers add up to; the
/// rest is left to the next call (a short read or write, which POSIX allows
/// and every caller handles: wasi-libc's stdio and Rust's `write_all` loop).
///
/// Why 16 MiB: real programs write through stdio buffers of 4 to 64 KiB and
/// never reach it, and a program streaming gigabytes pays one extra call
/// per 16 MiB, microseconds next to moving the bytes. Without a cap, 1024
/// buffers may each name the same 4 GiB of memory: 4 TiB asked of one call,
/// of a slow device or of an embedder's in-memory sink. With it, one call's
/// time and what a sink may have to hold are bounded. And it keeps the
/// count far below 2^31, so it fits the guest's 32-bit `ssize_t` (Linux cuts
/// one transfer at 2 GiB for the same reason).
pub const MAX_TRANSFER: u32 = 16 << 20;

/// Longest path a guest may pass, in bytes: Linux's `PATH_MAX` (4096)
/// counts the terminating NUL. Longer is `ENAMETOOLONG`, as the kernel
/// would answer, but before cap-std copies the path into host buffers.
pub const PATH_MAX: u32 = 4095;

pub struct GuestMemory<'a>(pub &'a mut [u8]);

/// `base + offset` as a guest address, or `EFAULT` past 4 GiB.
pub fn offset(base: u32, offset: u64) -> Result<u32> {
    u32::try_from(base as u64 + offset).map_err(|_| Errno::Fault)
}

impl GuestMemory<'_> {
    fn range(&self, ptr: u32, len: u32) -> Result<std::ops::Range<usize>> {
        let start = ptr as usize;
        let end = start + len as usize;
        if end > self.0.len() {
            return Err(Errno::Fault);
        }
        Ok(start..end)
    }

    pub fn slice(&self, ptr: u32, len: u32) -> Result<&[u8]> {
        let r = self.range(ptr, len)?;
        Ok(&self.0[r])
    }

    pub fn slice_mut(&mut self, ptr: u32, len: u32) -> Result<&mut [u8]> {
        let r = self.range(ptr, len)?;
        Ok(&mut self.0[r])
    }

    fn array<const N: usize>(&self, ptr: u32) -> Result<[u8; N]> {
        Ok(self
            .slice(ptr, N as u32)?
            .try_into()
            .expect("length checked"))
    }

    pub fn read_u16(&self, ptr: u32) -> Result<u16> {
        self.array(ptr).map(u16::from_le_bytes)
    }

    pub fn read_u32(&self, ptr: u32) -> Result<u32> {
        self.array(ptr).map(u32::from_le_bytes)
    }

    pub fn read_u64(&self, ptr: u32) -> Result<u64> {
        self.array(ptr).map(u64::from_le_bytes)
    }

    pub fn write(&mut self, ptr: u32, bytes: &[u8]) -> Result<()> {
        self.slice_mut(ptr, bytes.len() as u32)?
            .copy_from_slice(bytes);
        Ok(())
    }

    pub fn write_u32(&mut self, ptr: u32, v: u32) -> Result<()> {
        self.write(ptr, &v.to_le_bytes())
    }

    pub fn write_u64(&mut self, ptr: u32, v: u64) -> Result<()> {
        self.write(ptr, &v.to_le_bytes())
    }

    /// A guest path: raw bytes, as POSIX paths are, borrowed in place.
    pub fn path(&self, ptr: u32, len: u32) -> Result<&Path> {
        if len > PATH_MAX {
            return Err(Errno::Nametoolong);
        }
        Ok(Path::new(OsStr::from_bytes(self.slice(ptr, len)?)))
    }

    /// The (pointer, length) pairs of an `iovec`/`ciovec` array, read once
    /// as `readv` does (so data read into the array cannot redirect later
    /// buffers), each buffer checked to lie in memory. At most
    /// [`IOV_MAX`] of them, so this holds at most 8 KiB.
    fn iovecs(&self, ptr: u32, count: u32) -> Result<Vec<(u32, u32)>> {
        if count > IOV_MAX {
            return Err(Errno::Inval);
        }
        (0..count)
            .map(|i| {
                let at = offset(ptr, i as u64 * IOVEC_SIZE as u64)?;
                let buf = (self.read_u32(at)?, self.read_u32(offset(at, 4)?)?);
                self.range(buf.0, buf.1)?;
                Ok(buf)
            })
            .collect()
    }

    /// Moves data through the guest's iovec array at `iovs`: `io` gets each
    /// buffer in place (no copy) and the bytes moved before it, and returns
    /// how many it moved. Stops at the first short transfer and at
    /// [`MAX_TRANSFER`] bytes; returns the total. Nothing moves unless every
    /// buffer lies in memory. An error after some bytes moved gives their
    /// count, as Linux's `readv`/`writev` do (the error recurs next call).
    pub fn transfer(
        &mut self,
        iovs: u32,
        count: u32,
        mut io: impl FnMut(&mut [u8], u64) -> io::Result<usize>,
    ) -> Result<u32> {
        let mut done = 0u32;
        for (ptr, len) in self.iovecs(iovs, count)? {
            let len = len.min(MAX_TRANSFER - done);
            if len == 0 {
                continue;
            }
            match io(self.slice_mut(ptr, len)?, done as u64) {
                Ok(n) => {
                    let n = n.min(len as usize) as u32;
                    done += n;
                    if n < len {
                        break;
                    }
                }
                Err(_) if done > 0 => break,
                Err(e) => return Err(e.into()),
            }
        }
        Ok(done)
    }

    /// Writes `items` as NUL-terminated strings into `buf` and a pointer to
    /// each into the array at `ptrs` (`args_get`, `environ_get`): as many
    /// as the host gave, whatever the guest's buffers.
    pub fn write_strings(&mut self, items: &[String], ptrs: u32, buf: u32) -> Result<()> {
        let mut at = buf;
        for (i, s) in items.iter().enumerate() {
            self.write_u32(offset(ptrs, 4 * i as u64)?, at)?;
            self.write(at, s.as_bytes())?;
            at = offset(at, s.len() as u64)?;
            self.write(at, &[0])?;
            at = offset(at, 1)?;
        }
        Ok(())
    }
}
