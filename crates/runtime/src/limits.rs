//! The per-store limits block that every vmctx points to.

use brisk_environ::vmctx::{LIMITS_ENTRY_SP, LIMITS_RESUME_PC, LIMITS_SIZE, LIMITS_STACK_LIMIT};
use std::cell::Cell;

/// Default bytes of native stack Wasm code may use per outermost entry.
pub const DEFAULT_MAX_WASM_STACK: usize = 512 * 1024;

/// Laid out as `brisk_environ::vmctx` says; generated code reads and writes
/// it, so its fields are `Cell`s and it is never moved while a store lives
/// (it is boxed).
#[repr(C)]
#[derive(Debug, Default)]
pub struct StoreLimits {
    pub stack_limit: Cell<usize>,
    pub entry_sp: Cell<usize>,
    pub resume_pc: Cell<usize>,
}

const _: () = {
    assert!(std::mem::offset_of!(StoreLimits, stack_limit) == LIMITS_STACK_LIMIT as usize);
    assert!(std::mem::offset_of!(StoreLimits, entry_sp) == LIMITS_ENTRY_SP as usize);
    assert!(std::mem::offset_of!(StoreLimits, resume_pc) == LIMITS_RESUME_PC as usize);
    assert!(std::mem::size_of::<StoreLimits>() == LIMITS_SIZE as usize);
};
