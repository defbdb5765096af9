//! Shared memories (threads): one memory used by instances in several
//! stores, on several threads at once.

use crate::{Engine, Error, MemoryType};
use brisk_runtime::WaitResult;
use std::cell::UnsafeCell;
use std::time::Duration;

/// A shared linear memory, of a `shared` memory type. It is not owned by a
/// store: clones refer to the same memory, which lives as long as any clone
/// or any instance using it, and it can be sent to and used from any thread
/// (`Send + Sync`). Define it in a [`Linker`](crate::Linker) (or pass it as
/// an [`Extern`](crate::Extern)) for modules that import a shared memory;
/// an instance that defines one exports it as
/// [`Extern::SharedMemory`](crate::Extern::SharedMemory).
///
/// Its whole range is reserved when it is created, so it never moves. Other
/// threads may access its bytes at any time, so it gives out no `&[u8]` or
/// `&mut [u8]` (that would be a data race): the host reads and writes it
/// with [`read`](SharedMemory::read) and [`write`](SharedMemory::write),
/// which access it with relaxed atomic byte accesses, or through
/// [`data`](SharedMemory::data)'s cells.
#[derive(Clone)]
pub struct SharedMemory {
    pub(crate) inner: brisk_runtime::SharedMemory,
}

impl SharedMemory {
    /// A new shared memory of type `ty` (which must be shared, with a
    /// maximum), bounds-checked as `engine` compiles code: modules compiled
    /// by engines with the same bounds-check settings may import it.
    pub fn new(engine: &Engine, ty: MemoryType) -> Result<SharedMemory, Error> {
        if !ty.shared {
            return Err(Error::Type("a shared memory needs a shared type".into()));
        }
        let config = engine.config();
        let inner = brisk_runtime::SharedMemory::new(&ty, config.bounds, config.memory_pages)
            .map_err(|e| Error::Runtime(brisk_runtime::RuntimeError::Resource(e.to_string())))?;
        Ok(SharedMemory { inner })
    }

    fn memory(&self) -> &brisk_runtime::LinearMemory {
        self.inner.memory()
    }

    /// The type: current size as the minimum, the maximum, shared.
    pub fn ty(&self) -> MemoryType {
        self.memory().ty()
    }

    /// The current size in pages (of its page size, 64 KiB by default). Other threads may grow it at any
    /// time, never shrink it.
    pub fn size(&self) -> u64 {
        self.memory().pages()
    }

    /// The current size in bytes.
    pub fn data_size(&self) -> usize {
        self.memory().byte_len()
    }

    /// The first byte. The memory never moves; the first
    /// [`data_size`](SharedMemory::data_size) bytes are accessible as long
    /// as this memory is alive, and other threads may access them at any
    /// time.
    pub fn data_ptr(&self) -> *mut u8 {
        self.memory().base()
    }

    /// The accessible bytes as cells, as wasmtime gives them: reading or
    /// writing a cell's pointer is a data race if another thread may access
    /// the same byte meanwhile (Wasm code included), so it is up to the
    /// caller to use atomics or to know that nothing else does.
    pub fn data(&self) -> &[UnsafeCell<u8>] {
        // SAFETY: the first `data_size` bytes are accessible and stay so
        // while `self` lives (memories never shrink or move);
        // `UnsafeCell<u8>` has the layout of `u8` and asserts nothing about
        // who else accesses it.
        unsafe { std::slice::from_raw_parts(self.data_ptr().cast(), self.data_size()) }
    }

    /// Grows by `delta` pages, returning the old size. The new pages are
    /// accessible (and zero) before any thread sees the new size.
    pub fn grow(&self, delta: u64) -> Result<u64, Error> {
        self.memory()
            .grow(delta)
            .ok_or_else(|| Error::Type("memory cannot grow that far".into()))
    }

    /// Copies the bytes at `offset` into `buf`, or fails (with the
    /// out-of-bounds trap) without copying if they are not all in bounds.
    pub fn read(&self, offset: u64, buf: &mut [u8]) -> Result<(), Error> {
        Ok(self.memory().read(offset, buf)?)
    }

    /// Copies `bytes` to `offset`, or fails (with the out-of-bounds trap)
    /// without writing if they do not all fit.
    pub fn write(&self, offset: u64, bytes: &[u8]) -> Result<(), Error> {
        Ok(self.memory().write(offset, bytes)?)
    }

    /// `memory.atomic.notify` from the host: wakes up to `count` threads
    /// waiting on the 4-byte-aligned address `addr`, and returns how many.
    /// Traps as the instruction does ("unaligned atomic", out of bounds).
    pub fn atomic_notify(&self, addr: u64, count: u32) -> Result<u32, Error> {
        Ok(self.memory().atomic_notify(addr, count)?)
    }

    /// `memory.atomic.wait32` from the host: blocks this thread while the
    /// i32 at `addr` is `expected`, until a notify of `addr` or `timeout`
    /// (`None`: no timeout). Traps as the instruction does.
    pub fn atomic_wait32(
        &self,
        addr: u64,
        expected: u32,
        timeout: Option<Duration>,
    ) -> Result<WaitResult, Error> {
        Ok(self.memory().atomic_wait32(addr, expected, timeout)?)
    }

    /// `memory.atomic.wait64` from the host: as
    /// [`atomic_wait32`](SharedMemory::atomic_wait32) for the i64 at `addr`.
    pub fn atomic_wait64(
        &self,
        addr: u64,
        expected: u64,
        timeout: Option<Duration>,
    ) -> Result<WaitResult, Error> {
        Ok(self.memory().atomic_wait64(addr, expected, timeout)?)
    }
}

/// Clones are equal: they are the same memory.
impl PartialEq for SharedMemory {
    fn eq(&self, other: &Self) -> bool {
        brisk_runtime::SharedMemory::same(&self.inner, &other.inner)
    }
}

impl Eq for SharedMemory {}

impl std::fmt::Debug for SharedMemory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.inner.fmt(f)
    }
}
