//! The frame of a function being compiled.
//!
//! ```text
//!   fp + 16 + 8*i     parameter i (pushed by the caller, popped on return)
//!   fp + 8            return address
//!   fp                saved frame pointer (the frame chain)
//!   fp - 8            this function's vmctx
//!   fp - 16 ...       save slots of the local registers (`M::local_regs()`,
//!                     in order; on x86-64 rbx, r12, r13 at fp - 16, -24,
//!                     -32), reserved whether or not the function uses them
//!   below             non-parameter locals, 8 bytes each (16 for a v128):
//!                     zeroed on entry, unused for a local that lives in a
//!                     local register
//!   below             value-stack slots: the value at stack depth d, when
//!                     spilled, always lives in slot d (its canonical slot);
//!                     8 bytes each, or 16 in a function that may hold a
//!                     v128 on its value stack (see `Frame::slot_bytes`)
//!   sp                (frame size patched in after the body; calls reserve
//!                     their outgoing arguments and results below it)
//! ```
//!
//! The prologue (`MacroAssembler::prologue`) sets up the frame pointer,
//! checks the stack limit, allocates the frame and stores the vmctx; then
//! [`Frame::enter`] saves the local registers the function uses and loads
//! the locals that live in them.
//!
//! Giving every stack depth its own slot makes the canonical state at a
//! control-flow join trivial: "the value at depth d is in slot d".

use crate::abi::{SLOT, slot_bytes};
use crate::context::reg_class;
use crate::masm::{MacroAssembler, OperandSize};
use crate::reg::{Reg, RegClass, RegSet};
use crate::stack_map::is_gc_ref;
use brisk_environ::WasmType;
use std::cell::Cell;

/// One local: its type, where it lives, and how many value-stack entries
/// read it (one record, so that finding a local's place or counting a
/// reading takes one lookup).
#[derive(Debug, Clone, Copy)]
struct Local {
    ty: WasmType,
    /// The register the local lives in for the whole function, if pinned.
    pin: Option<Reg>,
    /// Its frame-pointer-relative offset (unused if pinned).
    offset: i32,
    /// How many `Val::Local` entries of the value stack read it (kept by
    /// the context, so that the `local.set` hazard check is O(1) when
    /// there are none).
    readers: u32,
}

impl Local {
    #[inline]
    fn home<M: MacroAssembler>(&self) -> LocalHome<M::Address> {
        match self.pin {
            Some(r) => LocalHome::Reg(r),
            None => LocalHome::Mem(M::frame_address(self.offset)),
        }
    }
}

/// Where a local's current value is.
#[derive(Debug, Clone, Copy)]
pub enum LocalHome<A> {
    /// A pinned local's register.
    Reg(Reg),
    /// An unpinned local's frame slot.
    Mem(A),
}

#[derive(Debug, Default)]
pub struct Frame {
    /// The locals, parameters first.
    locals: Vec<Local>,
    /// Pinned registers not yet given to a local.
    free_pinned: Vec<Reg>,
    /// The pinned registers given to locals (checked on every operand free).
    pinned_regs: RegSet,
    num_params: u32,
    /// Bytes below the frame pointer used by the vmctx slot, the save slots
    /// of the pinned registers, and the locals.
    locals_end: u32,
    /// Offset of the save slot of each pinned register, in `M::local_regs()` order.
    save_slots: Vec<(Reg, i32)>,
    /// Frame-pointer offsets of the locals that may hold a GC object
    /// (`stack_map::is_gc_ref`): never pinned, so always in these slots.
    gc_locals: Vec<i32>,
    /// Bytes per value-stack slot: 8, or 16 when the function may hold a
    /// v128 on its value stack. Scalar code keeps 8-byte slots; a function
    /// is laid out with 16-byte ones when a parameter, result or local is
    /// a v128, and compiled again with them when a v128 first shows up
    /// in its body otherwise (see [`Frame::v128_needs_wide_slots`]).
    slot_bytes: u32,
    /// A v128 showed up in a function laid out with 8-byte slots.
    narrow_v128: Cell<bool>,
}

impl Frame {
    /// Lays out a frame for `params` and then the declared `locals`. The
    /// first integer locals (parameters first) that cannot hold a GC object
    /// are pinned to the ISA's local registers, which are callee-saved:
    /// their memory slot is unused.
    /// `reserved` (the fuel register) is pinned to no local.
    pub fn reset<M: MacroAssembler>(&mut self, params: &[WasmType], reserved: Option<Reg>) {
        self.locals.clear();
        self.free_pinned.clear();
        self.pinned_regs = RegSet::default();
        let free = M::local_regs().iter().rev();
        self.free_pinned
            .extend(free.filter(|r| Some(**r) != reserved));
        self.save_slots.clear();
        self.gc_locals.clear();
        self.locals_end = SLOT; // the vmctx slot
        for r in M::local_regs() {
            self.locals_end += SLOT;
            self.save_slots.push((*r, -(self.locals_end as i32)));
        }
        self.slot_bytes = SLOT;
        self.narrow_v128.set(false);
        let mut offset = M::incoming_args_offset();
        for ty in params {
            self.push_local(*ty, offset);
            offset += slot_bytes(*ty) as i32;
        }
        self.num_params = params.len() as u32;
    }

    /// Lays out the value-stack slots 16 bytes wide, room for a v128.
    pub fn use_wide_slots(&mut self) {
        self.slot_bytes = 2 * SLOT;
    }

    /// Whether value-stack slots are 16 bytes wide.
    pub fn has_wide_slots(&self) -> bool {
        self.slot_bytes == 2 * SLOT
    }

    /// Records that a v128 is about to enter the value stack; `false` if
    /// the slots are too narrow for it (the function must be compiled
    /// again with [`Self::use_wide_slots`]).
    pub fn admit_v128(&self) -> bool {
        if !self.has_wide_slots() {
            self.narrow_v128.set(true);
        }
        self.has_wide_slots()
    }

    /// Whether a v128 showed up in a function laid out with 8-byte slots.
    pub fn v128_needs_wide_slots(&self) -> bool {
        self.narrow_v128.get()
    }

    /// Adds a local at `offset`. The pinning rule: a local that may hold a
    /// GC object is never pinned, since a stack map names frame slots and
    /// a reference kept in a callee-saved register across a call would be
    /// invisible to the collector (then freed while still in use).
    fn push_local(&mut self, ty: WasmType, offset: i32) {
        let pin = if is_gc_ref(ty) {
            self.gc_locals.push(offset);
            None
        } else if reg_class(ty) == RegClass::Int {
            self.free_pinned.pop()
        } else {
            None
        };
        if let Some(r) = pin {
            self.pinned_regs.insert(r.hw());
        }
        self.locals.push(Local {
            ty,
            pin,
            offset,
            readers: 0,
        });
    }

    pub fn add_locals(&mut self, count: u32, ty: WasmType) {
        for _ in 0..count {
            self.locals_end += slot_bytes(ty);
            self.push_local(ty, -(self.locals_end as i32));
        }
    }

    /// The register local `index` is pinned to, if any.
    pub fn local_reg(&self, index: u32) -> Option<Reg> {
        self.locals[index as usize].pin
    }

    /// Where local `index` is: its register if pinned, else its slot.
    #[inline]
    pub fn local_home<M: MacroAssembler>(&self, index: u32) -> LocalHome<M::Address> {
        self.locals[index as usize].home::<M>()
    }

    /// Where local `index` is, and whether a value-stack entry reads it
    /// (what `local.set` asks, in one lookup).
    #[inline]
    pub fn local_home_and_read<M: MacroAssembler>(
        &self,
        index: u32,
    ) -> (LocalHome<M::Address>, bool) {
        let local = &self.locals[index as usize];
        (local.home::<M>(), local.readers != 0)
    }

    /// Whether `reg` holds a pinned local (and so is never freed).
    pub fn is_local_reg(&self, reg: Reg) -> bool {
        reg.is_int() && self.pinned_regs.contains(reg.hw())
    }

    /// The pinned registers in use with their save slots: saved in the
    /// prologue, restored before each return.
    pub fn saved_regs<M: MacroAssembler>(&self) -> impl Iterator<Item = (Reg, M::Address)> + '_ {
        self.save_slots
            .iter()
            .filter(|(r, _)| self.is_local_reg(*r))
            .map(|&(r, offset)| (r, M::frame_address(offset)))
    }

    /// Saves the pinned registers and loads the pinned locals: parameters
    /// from their stack slots, declared locals with zero.
    pub fn enter<M: MacroAssembler>(&self, masm: &mut M) {
        for (r, slot) in self.saved_regs::<M>() {
            masm.store(OperandSize::S64, r, slot);
        }
        for (i, local) in self.locals.iter().enumerate() {
            let Some(r) = local.pin else { continue };
            let ty = local.ty;
            if i < self.num_params as usize {
                masm.load(OperandSize::of(ty), self.local_address::<M>(i as u32), r);
            } else {
                masm.mov_imm(OperandSize::of(ty), 0, r);
            }
        }
    }

    /// Restores the pinned registers (before a return).
    pub fn leave<M: MacroAssembler>(&self, masm: &mut M) {
        for (r, slot) in self.saved_regs::<M>() {
            masm.load(OperandSize::S64, slot, r);
        }
    }

    pub fn num_locals(&self) -> u32 {
        self.locals.len() as u32
    }

    pub fn local_type(&self, index: u32) -> WasmType {
        self.locals[index as usize].ty
    }

    /// Counts one more value-stack entry reading local `index`, and
    /// returns the local's type.
    #[inline]
    pub fn add_reader(&mut self, index: u32) -> WasmType {
        let local = &mut self.locals[index as usize];
        local.readers += 1;
        local.ty
    }

    /// Counts one value-stack entry reading local `index` less.
    #[inline]
    pub fn remove_reader(&mut self, index: u32) {
        self.locals[index as usize].readers -= 1;
    }

    pub fn local_address<M: MacroAssembler>(&self, index: u32) -> M::Address {
        M::frame_address(self.locals[index as usize].offset)
    }

    /// Zeroes the non-parameter locals that live in memory (in the prologue).
    pub fn zero_locals<M: MacroAssembler>(&self, masm: &mut M) {
        for local in &self.locals[self.num_params as usize..] {
            if local.pin.is_none() {
                masm.store_imm(OperandSize::of(local.ty), 0, M::frame_address(local.offset));
            }
        }
    }

    /// The canonical slot of the value at stack depth `depth`.
    pub fn slot_address<M: MacroAssembler>(&self, depth: usize) -> M::Address {
        M::frame_address(self.slot_offset(depth))
    }

    /// The frame-pointer offset of the canonical slot of stack depth `depth`.
    pub fn slot_offset(&self, depth: usize) -> i32 {
        -((self.locals_end + (depth as u32 + 1) * self.slot_bytes) as i32)
    }

    /// The frame-pointer offsets of the locals that may hold a GC object
    /// (parameters included), all in memory.
    pub fn gc_locals(&self) -> &[i32] {
        &self.gc_locals
    }

    pub fn vmctx_address<M: MacroAssembler>(&self) -> M::Address {
        M::frame_address(-(SLOT as i32))
    }

    /// Bytes below the frame pointer for a stack that reached `max_depth`,
    /// keeping the stack pointer 16-byte aligned relative to the frame.
    pub fn frame_bytes(&self, max_depth: usize) -> u32 {
        (self.locals_end + max_depth as u32 * self.slot_bytes).next_multiple_of(16)
    }
}
