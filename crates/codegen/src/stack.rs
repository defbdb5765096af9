//! The abstract value stack.
//!
//! Invariants:
//! - A value is materialized only when an instruction needs it: constants
//!   and `local.get` push entries that emit no code.
//! - `Mem` means "in the canonical slot of its depth" (see `frame.rs`).
//! - A `Reg` entry owns its register: no two entries share one, and the
//!   allocator never hands it out until the entry is popped or spilled.
//! - An i32 in a 64-bit register has its upper 32 bits zero; an i32 in a
//!   slot is only ever read with a 32-bit load.

use crate::reg::Reg;
use brisk_environ::WasmType;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Val {
    I32(i32),
    I64(i64),
    /// Float constants, by their bits.
    F32(u32),
    F64(u64),
    Reg(Reg, WasmType),
    /// The current value of a local, not yet read.
    Local(u32, WasmType),
    /// In the canonical slot of its stack depth.
    Mem(WasmType),
}

impl Val {
    pub fn ty(&self) -> WasmType {
        match *self {
            Val::I32(_) => WasmType::I32,
            Val::I64(_) => WasmType::I64,
            Val::F32(_) => WasmType::F32,
            Val::F64(_) => WasmType::F64,
            Val::Reg(_, ty) | Val::Local(_, ty) | Val::Mem(ty) => ty,
        }
    }

    /// The constant's bits, if this is a constant.
    pub fn as_const(&self) -> Option<i64> {
        match *self {
            Val::I32(v) => Some(v as i64),
            Val::I64(v) => Some(v),
            Val::F32(v) => Some(v as i64),
            Val::F64(v) => Some(v as i64),
            _ => None,
        }
    }
}
