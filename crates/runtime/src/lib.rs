//! brisk's runtime: code memory, linear memories, tables, instances and
//! their vmctx, builtins, host functions, traps and the signal handler, and
//! calls from the host into Wasm through entry trampolines.
//!
//! All of brisk's `unsafe` code lives in this crate; each block says why it
//! holds.

mod builtins;
mod code_memory;
mod engine;
mod host;
mod instance;
mod limits;
mod memory;
mod signals;
mod table;

pub use code_memory::CodeMemory;
pub use engine::EngineRuntime;
pub use host::{HostCallback, HostError, HostFuncCtx};
pub use instance::{
    Imports, Instance, InstanceLimits, LoadedModule, RuntimeError, Trap, VMFuncRef, VMGlobal,
    ValRaw, WasmFrame, call_funcref, instance_of_vmctx,
};
pub use limits::{DEFAULT_MAX_WASM_STACK, StoreLimits, StoreRuntime};
pub use memory::{LinearMemory, MAX_PAGES, WASM_PAGE};
pub use table::Table;
