//! Shared memories: a [`LinearMemory`] of a shared type, reference-counted
//! so that instances in several stores, on several threads, use it at once.

use crate::memory::LinearMemory;
use brisk_codegen::BoundsChecks;
use brisk_environ::MemoryType;
use std::io;
use std::sync::Arc;

/// A shared linear memory; clones refer to the same memory.
#[derive(Clone)]
pub struct SharedMemory(Arc<SyncMemory>);

struct SyncMemory(LinearMemory);

// SAFETY: a shared `LinearMemory` is safe to use from several threads at
// once through `&self`, which is all this type gives: its length is atomic,
// growth is serialized by its lock, its bytes are accessed only atomically
// (it refuses to make slices of them), and it never moves.
unsafe impl Sync for SyncMemory {}

impl SharedMemory {
    /// Creates a memory of the shared type `ty` (which must declare a
    /// maximum), growable to the smaller of that and `limit_pages`. Its
    /// whole range is reserved at once, so it never moves.
    pub fn new(ty: &MemoryType, bounds: BoundsChecks, limit_pages: u64) -> io::Result<Self> {
        if !ty.shared {
            return Err(io::Error::other("a shared memory needs a shared type"));
        }
        let memory = LinearMemory::new(ty, bounds, limit_pages)?;
        Ok(SharedMemory(Arc::new(SyncMemory(memory))))
    }

    pub fn memory(&self) -> &LinearMemory {
        &self.0.0
    }

    /// The memory as the runtime's tables of memories hold it; valid as long
    /// as a clone of this is alive. Only ever used through `&`.
    pub fn as_ptr(&self) -> *mut LinearMemory {
        (self.memory() as *const LinearMemory).cast_mut()
    }

    /// Whether `a` and `b` are the same memory.
    pub fn same(a: &SharedMemory, b: &SharedMemory) -> bool {
        Arc::ptr_eq(&a.0, &b.0)
    }
}

impl std::fmt::Debug for SharedMemory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SharedMemory")
            .field("base", &self.memory().base())
            .field("pages", &self.memory().pages())
            .finish()
    }
}
