//! One module per instruction set.

pub mod aarch64;
pub mod x64;
