//! AArch64 (A64): encoder, register names and the MacroAssembler.

pub mod asm;
pub mod masm;
pub mod regs;

pub use masm::A64Masm;
