//! brisk's runtime: code memory, the vmctx of instances, the store's limits
//! block, and calls from the host into Wasm through entry trampolines.
//!
//! All of brisk's `unsafe` code lives in this crate; each block says why it
//! holds.

mod code_memory;
mod instance;
mod limits;

pub use code_memory::CodeMemory;
pub use instance::{Instance, LoadedModule, RuntimeError, ValRaw};
pub use limits::{DEFAULT_MAX_WASM_STACK, StoreLimits};
