//! brisk's runtime: code memory, linear memories, tables, instances and
//! their vmctx, builtins, host functions, traps and the signal handler, and
//! calls from the host into Wasm through entry trampolines.
//!
//! Most of brisk's `unsafe` code lives in this crate; each block says why it
//! holds (clippy checks that every block has its `// SAFETY:` comment).

#![deny(clippy::undocumented_unsafe_blocks)]

mod builtins;
mod call;
mod code_memory;
mod const_eval;
#[cfg(feature = "emulator")]
mod emulated;
mod engine;
mod exceptions;
mod executor;
mod gc;
mod host;
mod host_roots;
mod icache;
mod instance;
mod interrupt;
mod lazy;
mod limiter;
mod limits;
mod loaded_module;
mod memory;
mod parking;
#[cfg(test)]
mod proc_maps;
mod shared_memory;
mod signals;
mod table;
mod trap;
mod type_display;
mod values;

pub use call::call_funcref;
pub use code_memory::CodeMemory;
pub use engine::EngineRuntime;
pub use exceptions::{EXN_UNCAUGHT_CODE, Exception, ExnHeap, HostThrow, VMTag};
pub use executor::Executor;
pub use gc::{DEFAULT_GC_HEAP_LIMIT, GcHeap, GcLayouts, GcStats, ObjLayout, RootSource, gc_alloc};
pub use host::{HostCallback, HostError, HostFuncCtx, HostTrap};
pub use host_roots::{HostRoot, HostRoots};
pub use instance::{ImportedMemory, Imports, Instance, InstanceLimits, instance_of_vmctx};
pub use interrupt::{DeadlineCallback, Epoch};
pub use limiter::{GrowHook, Growing, memory_bytes, memory_growth, table_growth};
pub use limits::{DEFAULT_MAX_WASM_STACK, StoreLimits, StoreRuntime};
pub use loaded_module::LoadedModule;
pub use memory::{LinearMemory, MAX_PAGES, WASM_PAGE};
pub use parking::WaitResult;
pub use shared_memory::SharedMemory;
pub use table::Table;
pub use trap::{RuntimeError, Trap, WasmFrame};
pub use type_display::{TypeKind, abstract_is_subtype};
pub use values::{VMFuncRef, VMGlobal, ValRaw};
