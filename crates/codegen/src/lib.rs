//! brisk's compiler: Wasm function bodies to machine code in one pass.
//!
//! Layers, top to bottom (see ARCHITECTURE.md): the visitor validates and
//! translates each operator; [`codegen`] and the [`context`] manage the value
//! stack, registers, frame and control flow; the [`masm::MacroAssembler`]
//! picks instructions per ISA; the per-ISA assembler encodes them.

pub mod abi;
pub mod artifact;

pub mod buffer;
mod call_ref;
pub mod codegen;
mod codegen_float;
pub mod codegen_int;
mod codegen_simd;
pub mod compile;
pub mod context;
pub mod control;
pub mod exceptions;
pub mod frame;
mod gc;
mod gc_cast;
pub mod image;
pub mod interrupt;
pub mod isa;
pub mod lazy;
pub mod masm;
pub mod memory;
mod null_branch;
pub mod reg;
pub mod regalloc;
pub mod stack;
pub mod stack_map;
pub mod table;
mod tail_call;
pub mod target;
pub mod trampoline;
pub mod visitor;
mod wide;

pub use compile::{
    BoundsChecks, CompileOptions, CompiledFunction, CompiledModule, compile_module,
    compile_module_into,
};
pub use image::{CodeArea, CodeImage};
pub use target::{CpuFeatures, Isa, Target};
