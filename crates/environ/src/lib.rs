//! Everything brisk's compiler and runtime must agree on: the module
//! environment read from the Wasm binary, the value types brisk supports,
//! the layout of the vmctx and the store limits block, trap codes and the
//! error type.
//!
//! Nothing here knows about machine code or about memory mappings.

mod error;
pub mod gc_layout;
mod module;
mod trap;
mod types;
pub mod vmctx;

pub use error::{CompileError, CompileResult};
pub use module::{
    CompositeType, ConstExpr, ConstOp, DEFAULT_PAGE_SIZE_LOG2, DataKind, DataSegment, ElemItems,
    ElemKind, ElementSegment, Export, ExportKind, FieldType, FuncNames, FunctionBodyInput, Global,
    Import, ImportKind, MemoryType, ModuleInfo, ParsedModule, StorageType, TableType, TypeDef,
    TypeRef, parse_module, validation_features, wasm_feature_by_name,
};
pub use trap::{TrapCode, TrapEntry};
pub use types::{FuncSig, HeapType, RefType, WasmType};
/// The abstract heap types (`func`, `extern`, `any`...) of [`HeapType`].
pub use wasmparser::AbstractHeapType;
