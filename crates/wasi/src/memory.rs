//! Bounds-checked access to the calling instance's linear memory: a pointer
//! out of bounds is the guest's fault (`EFAULT`), never a host crash.

use crate::abi::{Errno, IOVEC_SIZE};

pub type Result<T> = std::result::Result<T, Errno>;

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

    /// The (pointer, length) pairs of an `iovec`/`ciovec` array.
    pub fn iovecs(&self, ptr: u32, count: u32) -> Result<Vec<(u32, u32)>> {
        (0..count)
            .map(|i| {
                let at = offset(ptr, i as u64 * IOVEC_SIZE as u64)?;
                Ok((self.read_u32(at)?, self.read_u32(offset(at, 4)?)?))
            })
            .collect()
    }

    /// Writes `items` as NUL-terminated strings into `buf` and a pointer to
    /// each into the array at `ptrs` (`args_get`, `environ_get`).
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
