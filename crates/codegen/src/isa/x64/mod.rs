//! x86-64: encoder, MacroAssembler and register roles.

pub mod asm;
pub mod masm;
pub mod regs;

pub use masm::X64Masm;
