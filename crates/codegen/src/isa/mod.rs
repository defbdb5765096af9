//! One module per instruction set.

pub mod x64;
