//! Bounds-checked access to the calling instance's linear memory: a pointer
//! out of bounds is the guest's fault (`EFAULT`), never a host crash.
//!
//! Every count and length a guest passes is limited here, before the host
//! allocates or loops by it: no host buffer or loop grows with a number the
//! guest chose (its own memory it may fill, as `random_get` does).

use crate::abi::{Errno, IOVEC_SIZE};
use brisk::SharedMemory;
use std::borrow::Cow;
use std::ffi::{OsStr, OsString};
use std::io;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
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

/// Most bytes a shared memory's data goes through at once on its way to or
/// from the host (see [`GuestMemory::Shared`]).
pub const BOUNCE: u32 = 64 << 10;

/// The calling instance's memory, as the WASI functions see it.
pub enum GuestMemory<'a> {
    /// An unshared memory's bytes, borrowed with the store: nothing else
    /// accesses them during the call, so host I/O works on them in place.
    Plain(&'a mut [u8]),
    /// A shared memory, which other threads may access during the call: no
    /// slice of it may exist, so its bytes are copied in and out (with
    /// atomic byte accesses), through a host buffer of at most [`BOUNCE`]
    /// bytes where I/O needs a slice.
    Shared(&'a SharedMemory),
}

/// `base + offset` as a guest address, or `EFAULT` past 4 GiB.
pub fn offset(base: u32, offset: u64) -> Result<u32> {
    u32::try_from(base as u64 + offset).map_err(|_| Errno::Fault)
}

impl GuestMemory<'_> {
    /// The current length (a shared memory may grow meanwhile, never
    /// shrink).
    fn len(&self) -> usize {
        match self {
            GuestMemory::Plain(bytes) => bytes.len(),
            GuestMemory::Shared(m) => m.data_size(),
        }
    }

    fn range(&self, ptr: u32, len: u32) -> Result<std::ops::Range<usize>> {
        let start = ptr as usize;
        let end = start + len as usize;
        if end > self.len() {
            return Err(Errno::Fault);
        }
        Ok(start..end)
    }

    /// Copies the guest's bytes at `ptr` into `buf`.
    pub fn read(&self, ptr: u32, buf: &mut [u8]) -> Result<()> {
        let r = self.range(ptr, buf.len() as u32)?;
        match self {
            GuestMemory::Plain(bytes) => buf.copy_from_slice(&bytes[r]),
            GuestMemory::Shared(m) => m.read(ptr as u64, buf).map_err(|_| Errno::Fault)?,
        }
        Ok(())
    }

    pub fn write(&mut self, ptr: u32, bytes: &[u8]) -> Result<()> {
        let r = self.range(ptr, bytes.len() as u32)?;
        match self {
            GuestMemory::Plain(mem) => mem[r].copy_from_slice(bytes),
            GuestMemory::Shared(m) => m.write(ptr as u64, bytes).map_err(|_| Errno::Fault)?,
        }
        Ok(())
    }

    fn array<const N: usize>(&self, ptr: u32) -> Result<[u8; N]> {
        let mut a = [0; N];
        self.read(ptr, &mut a)?;
        Ok(a)
    }

    pub fn read_u8(&self, ptr: u32) -> Result<u8> {
        self.array(ptr).map(u8::from_le_bytes)
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

    pub fn write_u32(&mut self, ptr: u32, v: u32) -> Result<()> {
        self.write(ptr, &v.to_le_bytes())
    }

    pub fn write_u64(&mut self, ptr: u32, v: u64) -> Result<()> {
        self.write(ptr, &v.to_le_bytes())
    }

    /// `EFAULT` unless `[ptr, ptr + len)` lies in memory.
    pub fn check(&self, ptr: u32, len: u32) -> Result<()> {
        self.range(ptr, len).map(drop)
    }

    /// A guest path: raw bytes, as POSIX paths are, borrowed in place (a
    /// copy, for a shared memory).
    pub fn path(&self, ptr: u32, len: u32) -> Result<Cow<'_, Path>> {
        if len > PATH_MAX {
            return Err(Errno::Nametoolong);
        }
        let r = self.range(ptr, len)?;
        Ok(match self {
            GuestMemory::Plain(bytes) => Cow::Borrowed(Path::new(OsStr::from_bytes(&bytes[r]))),
            GuestMemory::Shared(_) => {
                let mut buf = vec![0; len as usize];
                self.read(ptr, &mut buf)?;
                Cow::Owned(OsString::from_vec(buf).into())
            }
        })
    }

    /// Fills `[ptr, ptr + len)` with what `f` writes into the buffers it is
    /// given, in place (a shared memory's through a host buffer, in pieces
    /// of at most [`BOUNCE`] bytes). Nothing is written unless the whole
    /// range lies in memory.
    pub fn fill_with(
        &mut self,
        ptr: u32,
        len: u32,
        mut f: impl FnMut(&mut [u8]) -> Result<()>,
    ) -> Result<()> {
        let r = self.range(ptr, len)?;
        match self {
            GuestMemory::Plain(bytes) => f(&mut bytes[r]),
            GuestMemory::Shared(m) => {
                let mut buf = vec![0; len.min(BOUNCE) as usize];
                for start in (r.start..r.end).step_by(BOUNCE as usize) {
                    let piece = &mut buf[..(r.end - start).min(BOUNCE as usize)];
                    f(piece)?;
                    m.write(start as u64, piece).map_err(|_| Errno::Fault)?;
                }
                Ok(())
            }
        }
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
                self.check(buf.0, buf.1)?;
                Ok(buf)
            })
            .collect()
    }

    /// Moves data through the guest's iovec array at `iovs`: `step` moves
    /// up to `len` bytes of the buffer at `ptr`, given the bytes moved
    /// before it, and returns how many it moved. Stops at the first short
    /// transfer and at [`MAX_TRANSFER`] bytes; returns the total. Nothing
    /// moves unless every buffer lies in memory. An error after some bytes
    /// moved gives their count, as Linux's `readv`/`writev` do (the error
    /// recurs next call).
    fn transfer(
        &mut self,
        iovs: u32,
        count: u32,
        mut step: impl FnMut(&mut Self, u32, u32, u64) -> io::Result<usize>,
    ) -> Result<u32> {
        let mut done = 0u32;
        for (ptr, len) in self.iovecs(iovs, count)? {
            let len = len.min(MAX_TRANSFER - done);
            if len == 0 {
                continue;
            }
            match step(self, ptr, len, done as u64) {
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

    /// Reads into the guest's buffers (`fd_read`, `fd_pread`): `io` fills
    /// each buffer in place (no copy), or for a shared memory a host buffer
    /// of at most [`BOUNCE`] bytes whose data is then copied in (a fuller
    /// buffer makes a short read), and returns how many bytes it read.
    pub fn read_into(
        &mut self,
        iovs: u32,
        count: u32,
        mut io: impl FnMut(&mut [u8], u64) -> io::Result<usize>,
    ) -> Result<u32> {
        let mut bounce = Vec::new();
        self.transfer(iovs, count, |mem, ptr, len, done| match mem {
            GuestMemory::Plain(bytes) => io(&mut bytes[ptr as usize..][..len as usize], done),
            GuestMemory::Shared(m) => {
                bounce.resize(len.min(BOUNCE) as usize, 0);
                let n = io(&mut bounce, done)?.min(bounce.len());
                m.write(ptr as u64, &bounce[..n])
                    .map_err(io::Error::other)?;
                Ok(n)
            }
        })
    }

    /// Writes from the guest's buffers (`fd_write`, `fd_pwrite`): `io`
    /// gets each buffer in place (no copy), or for a shared memory copies
    /// of it in pieces of at most [`BOUNCE`] bytes, and returns how many
    /// bytes it wrote.
    pub fn write_from(
        &mut self,
        iovs: u32,
        count: u32,
        mut io: impl FnMut(&[u8], u64) -> io::Result<usize>,
    ) -> Result<u32> {
        let mut bounce = Vec::new();
        self.transfer(iovs, count, |mem, ptr, len, done| match mem {
            GuestMemory::Plain(bytes) => io(&bytes[ptr as usize..][..len as usize], done),
            GuestMemory::Shared(m) => {
                let mut moved = 0;
                while moved < len as usize {
                    let k = (len as usize - moved).min(BOUNCE as usize);
                    bounce.resize(k, 0);
                    m.read(ptr as u64 + moved as u64, &mut bounce)
                        .map_err(io::Error::other)?;
                    match io(&bounce, done + moved as u64) {
                        Ok(n) => {
                            moved += n.min(k);
                            if n < k {
                                break;
                            }
                        }
                        // What moved before the error counts.
                        Err(_) if moved > 0 => break,
                        Err(e) => return Err(e),
                    }
                }
                Ok(moved)
            }
        })
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
