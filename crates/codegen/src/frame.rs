//! The frame of a function being compiled.
//!
//! ```text
//!   fp + 16 + 8*i     parameter i (pushed by the caller, popped on return)
//!   fp + 8            return address
//!   fp                saved frame pointer (the frame chain)
//!   fp - 8            this function's vmctx
//!   fp - 16 ...       non-parameter locals, 8 bytes each, zeroed on entry
//!   ...               value-stack slots: the value at stack depth d, when
//!                     spilled, always lives in slot d (its canonical slot)
//!   sp                (frame size patched in after the body)
//! ```
//!
//! Giving every stack depth its own slot makes the canonical state at a
//! control-flow join trivial: "the value at depth d is in slot d".

use crate::abi::SLOT;
use crate::masm::{Address, MacroAssembler, OperandSize};
use brisk_environ::WasmType;

#[derive(Debug, Default)]
pub struct Frame {
    /// Type and frame-pointer-relative offset of each local, parameters first.
    locals: Vec<(WasmType, i32)>,
    num_params: u32,
    /// Bytes below the frame pointer used by the vmctx slot and the locals.
    locals_end: u32,
}

/// The access width of a value of type `ty` in a slot.
pub fn slot_size(ty: WasmType) -> OperandSize {
    match ty {
        WasmType::I32 | WasmType::F32 => OperandSize::S32,
        _ => OperandSize::S64,
    }
}

impl Frame {
    /// Lays out a frame for `params` and then the declared `locals`.
    pub fn reset<M: MacroAssembler>(&mut self, params: &[WasmType]) {
        self.locals.clear();
        let incoming = M::incoming_args_offset();
        for (i, ty) in params.iter().enumerate() {
            self.locals.push((*ty, incoming + (i as u32 * SLOT) as i32));
        }
        self.num_params = params.len() as u32;
        self.locals_end = SLOT; // the vmctx slot
    }

    pub fn add_locals(&mut self, count: u32, ty: WasmType) {
        for _ in 0..count {
            self.locals_end += SLOT;
            self.locals.push((ty, -(self.locals_end as i32)));
        }
    }

    pub fn num_locals(&self) -> u32 {
        self.locals.len() as u32
    }

    pub fn local_type(&self, index: u32) -> WasmType {
        self.locals[index as usize].0
    }

    pub fn local_address<M: MacroAssembler>(&self, index: u32) -> Address {
        Address {
            base: M::fp(),
            offset: self.locals[index as usize].1,
        }
    }

    /// Zeroes the non-parameter locals (in the prologue).
    pub fn zero_locals<M: MacroAssembler>(&self, masm: &mut M) {
        for &(ty, offset) in &self.locals[self.num_params as usize..] {
            masm.store_imm(
                slot_size(ty),
                0,
                Address {
                    base: M::fp(),
                    offset,
                },
            );
        }
    }

    /// The canonical slot of the value at stack depth `depth`.
    pub fn slot_address<M: MacroAssembler>(&self, depth: usize) -> Address {
        Address {
            base: M::fp(),
            offset: -((self.locals_end + (depth as u32 + 1) * SLOT) as i32),
        }
    }

    pub fn vmctx_address<M: MacroAssembler>(&self) -> Address {
        Address {
            base: M::fp(),
            offset: -(SLOT as i32),
        }
    }

    /// Bytes below the frame pointer for a stack that reached `max_depth`,
    /// keeping the stack pointer 16-byte aligned relative to the frame.
    pub fn frame_bytes(&self, max_depth: usize) -> u32 {
        (self.locals_end + max_depth as u32 * SLOT).next_multiple_of(16)
    }
}
