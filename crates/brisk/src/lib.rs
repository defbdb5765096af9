//! brisk: a fast baseline WebAssembly compiler and runtime.
//!
//! ```
//! use brisk::{Engine, Instance, Module, Store, Val};
//!
//! let engine = Engine::default();
//! let module = Module::new(&engine, r#"(module
//!     (func (export "add") (param i32 i32) (result i32)
//!         local.get 0 local.get 1 i32.add))"#)?;
//! let mut store = Store::new(&engine, ());
//! let instance = Instance::new(&mut store, &module, &[])?;
//! let add = instance.get_func(&mut store, "add").unwrap();
//! let mut results = [Val::I32(0)];
//! add.call(&mut store, &[Val::I32(2), Val::I32(3)], &mut results)?;
//! assert_eq!(results[0], Val::I32(5));
//! # Ok::<(), brisk::Error>(())
//! ```

mod engine;
mod error;
mod exceptions;
mod externals;
mod func;
mod gc_refs;
mod gc_types;
mod instance;
mod interrupt;
mod limits;
mod linker;
mod module;
mod precompile;
mod shared_memory;
mod store;
mod typed;
mod typed_refs;
mod values;

pub use brisk_codegen::{BoundsChecks, Isa, Target};
pub use brisk_environ::{CompileError, TrapCode, WasmType};
pub use brisk_runtime::{GcStats, WaitResult};
pub use engine::{Config, Engine};
pub use error::{Error, FrameInfo, HostError, Trap};
pub use exceptions::{Exception, Tag};
pub use externals::{Global, Memory, Table};
pub use func::{Caller, Func};
pub use gc_refs::{AnyRef, ArrayRef, I31, StructRef};
pub use gc_types::{
    AbstractHeapType, ArrayRefPre, ArrayType, FieldType, HeapType, RefType, StorageType,
    StructRefPre, StructType, TypeRef,
};
pub use instance::{Extern, Instance};
pub use interrupt::UpdateDeadline;
pub use limits::{
    DEFAULT_INSTANCE_LIMIT, DEFAULT_MEMORY_LIMIT, DEFAULT_TABLE_LIMIT, ResourceLimiter,
    StoreLimits, StoreLimitsBuilder,
};
pub use linker::Linker;
pub use module::Module;
pub use precompile::Precompiled;
pub use shared_memory::SharedMemory;
pub use store::{AsContext, AsContextMut, Store};
pub use typed::{TypedFunc, WasmTuple, WasmTy};

pub use values::{
    ExnRef, ExternRef, ExternType, FuncType, GlobalType, MemoryType, TableType, V128, Val,
};

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeDoctests;
