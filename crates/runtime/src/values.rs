//! The raw values the runtime and generated code exchange: entry-array
//! slots, funcref records and global cells.

use std::cell::Cell;
use std::fmt;

/// One value in the array passed to an entry trampoline: 16 bytes, so that a
/// v128 fits; scalars live in the low bytes, little-endian.
#[repr(C, align(16))]
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub struct ValRaw([u8; 16]);

impl ValRaw {
    pub fn from_u64(v: u64) -> ValRaw {
        let mut b = [0; 16];
        b[..8].copy_from_slice(&v.to_le_bytes());
        ValRaw(b)
    }

    pub fn get_u64(&self) -> u64 {
        u64::from_le_bytes(self.0[..8].try_into().unwrap())
    }

    /// A v128, lane 0 in the low bytes.
    pub fn from_u128(v: u128) -> ValRaw {
        ValRaw(v.to_le_bytes())
    }

    pub fn get_u128(&self) -> u128 {
        u128::from_le_bytes(self.0)
    }
}

impl fmt::Debug for ValRaw {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ValRaw({:#x})", self.get_u64())
    }
}

/// What a funcref points to: the code, the vmctx to run it with, and the
/// canonical type id (laid out as `FUNC_REF_*` in `brisk_environ::vmctx`).
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct VMFuncRef {
    pub code: *const u8,
    pub vmctx: *mut u8,
    pub type_id: u64,
}

const _: () = {
    use brisk_environ::vmctx::{FUNC_REF_CODE, FUNC_REF_SIZE, FUNC_REF_TYPE_ID, FUNC_REF_VMCTX};
    assert!(std::mem::offset_of!(VMFuncRef, code) == FUNC_REF_CODE as usize);
    assert!(std::mem::offset_of!(VMFuncRef, vmctx) == FUNC_REF_VMCTX as usize);
    assert!(std::mem::offset_of!(VMFuncRef, type_id) == FUNC_REF_TYPE_ID as usize);
    assert!(std::mem::size_of::<VMFuncRef>() == FUNC_REF_SIZE as usize);
};

/// A global's 16-byte cell.
#[repr(C, align(16))]
#[derive(Debug, Default)]
pub struct VMGlobal(Cell<[u8; 16]>);

impl VMGlobal {
    pub fn new(bits: u64) -> VMGlobal {
        let g = VMGlobal::default();
        g.set(bits);
        g
    }

    pub fn get(&self) -> u64 {
        u64::from_le_bytes(self.0.get()[..8].try_into().unwrap())
    }

    pub fn set(&self, bits: u64) {
        self.set_u128(bits.into());
    }

    /// A v128 global's value (a scalar's bits zero-extended).
    pub fn get_u128(&self) -> u128 {
        u128::from_le_bytes(self.0.get())
    }

    pub fn set_u128(&self, bits: u128) {
        self.0.set(bits.to_le_bytes());
    }
}
