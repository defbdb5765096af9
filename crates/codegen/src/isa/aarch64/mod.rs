//! AArch64 (A64): encoder and register names. The MacroAssembler comes
//! later; nothing runs AArch64 code yet.

pub mod asm;
pub mod regs;
