//! The CodeGenContext: the value stack, the register allocator and the
//! frame, and the operations that move values between them. ISA-independent:
//! it talks to the machine only through the MacroAssembler.
//!
//! Register allocation never fails: when no register of a class is free, the
//! value deepest in the stack that holds one is spilled to its canonical
//! slot. Fixed-register needs (shift counts, division operands) go through
//! [`CodeGenContext::take_reg`], the one place that evicts a register's
//! current holder.

use crate::abi;
use crate::frame::{Frame, LocalHome};
use crate::masm::{ImmOp, MacroAssembler, Operand, OperandSize};
use crate::reg::{Reg, RegClass};
use crate::regalloc::RegAlloc;
use crate::stack::Val;
use brisk_environ::WasmType;

#[derive(Debug, Default)]
pub struct CodeGenContext {
    pub stack: Vec<Val>,
    pub regs: RegAlloc,
    /// The frame, which also counts the `Local(i)` entries on the stack
    /// per local ([`Frame::add_reader`]).
    pub frame: Frame,
    /// The deepest the stack has been; sizes the frame.
    pub max_depth: usize,
}

pub fn reg_class(ty: WasmType) -> RegClass {
    if ty.is_float() || ty == WasmType::V128 {
        RegClass::Float
    } else {
        RegClass::Int
    }
}

impl CodeGenContext {
    /// Starts a function with parameters `params`; `reserved` (a local
    /// register) is pinned to no local.
    pub fn reset<M: MacroAssembler>(&mut self, params: &[WasmType], reserved: Option<Reg>) {
        self.stack.clear();
        self.regs.reset(
            M::allocatable(RegClass::Int),
            M::allocatable(RegClass::Float),
        );
        self.frame.reset::<M>(params, reserved);
        self.max_depth = 0;
    }

    pub fn push(&mut self, v: Val) {
        if let Val::Local(i, _) = v {
            self.frame.add_reader(i);
        }
        self.stack.push(v);
        self.max_depth = self.max_depth.max(self.stack.len());
    }

    /// Pushes the current value of local `index` (`local.get`): its type
    /// and its count of readers take one lookup.
    #[inline]
    pub fn push_local(&mut self, index: u32) {
        let ty = self.frame.add_reader(index);
        self.stack.push(Val::Local(index, ty));
        self.max_depth = self.max_depth.max(self.stack.len());
    }

    /// Pushes the register result of an operator that popped at least one
    /// operand: the stack is no deeper than it has been, so unlike
    /// [`Self::push`] this leaves `max_depth` alone.
    #[inline]
    pub fn push_result(&mut self, reg: Reg, ty: WasmType) {
        debug_assert!(self.stack.len() < self.max_depth);
        self.stack.push(Val::Reg(reg, ty));
    }

    /// Pops the top value. A `Mem` result still refers to the slot of depth
    /// `self.stack.len()` (after the pop), valid until something is pushed.
    pub fn pop(&mut self) -> Val {
        let v = self.stack.pop().expect("validated stack underflow");
        if let Val::Local(i, _) = v {
            self.frame.remove_reader(i);
        }
        v
    }

    /// Pops the top two values, as (the deeper one, the top one). A `Mem`
    /// result refers to its slot as for [`Self::pop`]: the deeper one's
    /// depth is `self.stack.len()` after the pop, the top one's one more.
    #[inline]
    pub fn pop_two(&mut self) -> (Val, Val) {
        let len = self.stack.len();
        let [lhs, rhs] = self.stack[len - 2..] else {
            unreachable!("validated stack underflow")
        };
        self.stack.truncate(len - 2);
        for v in [lhs, rhs] {
            if let Val::Local(i, _) = v {
                self.frame.remove_reader(i);
            }
        }
        (lhs, rhs)
    }

    /// Pops and releases the top value.
    pub fn drop_top(&mut self) {
        if let Val::Reg(r, _) = self.pop() {
            self.regs.free(r);
        }
    }

    /// Pops and releases values until the stack has `height` entries.
    pub fn truncate(&mut self, height: usize) {
        while self.stack.len() > height {
            self.drop_top();
        }
    }

    pub fn slot<M: MacroAssembler>(&self, depth: usize) -> M::Address {
        self.frame.slot_address::<M>(depth)
    }

    /// Any free register of `class`, spilling if none is.
    #[inline]
    pub fn alloc<M: MacroAssembler>(&mut self, masm: &mut M, class: RegClass) -> Reg {
        match self.regs.take_any(class) {
            Some(r) => r,
            None => self.alloc_by_spilling(masm, class),
        }
    }

    /// [`Self::alloc`] when no register of `class` is free: spills the
    /// deepest stack entry that holds one and takes its register.
    #[cold]
    #[inline(never)]
    fn alloc_by_spilling<M: MacroAssembler>(&mut self, masm: &mut M, class: RegClass) -> Reg {
        let depth = self
            .stack
            .iter()
            .position(|v| matches!(v, Val::Reg(r, _) if r.class() == class))
            .expect("a register is held by the value stack when none is free");
        self.spill_entry(masm, depth);
        self.regs
            .take_any(class)
            .expect("spilling freed a register")
    }

    /// Takes the specific register `reg`, first spilling the stack entry that
    /// holds it. The caller must not hold `reg` in a popped value.
    pub fn take_reg<M: MacroAssembler>(&mut self, masm: &mut M, reg: Reg) {
        if !self.regs.is_free(reg) {
            let depth = self
                .stack
                .iter()
                .position(|v| matches!(v, Val::Reg(r, _) if *r == reg))
                .expect("a taken register is held by the value stack");
            self.spill_entry(masm, depth);
        }
        self.regs.take(reg);
    }

    pub fn free(&mut self, reg: Reg) {
        self.regs.free(reg);
    }

    /// Writes the entry at `depth` to its canonical slot unless it is a
    /// constant or already there.
    pub fn spill_entry<M: MacroAssembler>(&mut self, masm: &mut M, depth: usize) {
        let v = self.stack[depth];
        match v {
            Val::Reg(r, _) => self.regs.free(r),
            Val::Local(i, _) => self.frame.remove_reader(i),
            _ => return,
        }
        self.emit_store(masm, v, depth, self.slot::<M>(depth));
        self.stack[depth] = Val::Mem(v.ty());
    }

    /// Spills every register entry (before a call: all registers are
    /// caller-saved). Locals and constants stay.
    /// Returns at once when no register is taken (every `Reg` entry holds
    /// a taken one), as at most calls.
    pub fn spill_regs<M: MacroAssembler>(&mut self, masm: &mut M) {
        if self.regs.none_taken() {
            return;
        }
        for d in 0..self.stack.len() {
            if matches!(self.stack[d], Val::Reg(..)) {
                self.spill_entry(masm, d);
            }
        }
    }

    /// Brings every entry but constants to its canonical slot (before a
    /// control-flow split, so that all paths agree on where values are).
    /// Calls [`Self::spill_entry`] only for the entries it moves.
    pub fn spill_all<M: MacroAssembler>(&mut self, masm: &mut M) {
        for d in 0..self.stack.len() {
            if matches!(self.stack[d], Val::Reg(..) | Val::Local(..)) {
                self.spill_entry(masm, d);
            }
        }
    }

    /// Brings the top `n` entries, constants included, to their slots.
    pub fn materialize_top<M: MacroAssembler>(&mut self, masm: &mut M, n: usize) {
        let len = self.stack.len();
        for d in len - n..len {
            let v = self.stack[d];
            if v.as_const().is_some() {
                self.emit_store(masm, v, d, self.slot::<M>(d));
                self.stack[d] = Val::Mem(v.ty());
            } else {
                self.spill_entry(masm, d);
            }
        }
    }

    /// The `local.set` hazard: entries that still read local `index` must
    /// take its old value before it is overwritten. Called only when some
    /// do ([`Frame::local_home_and_read`]): out of line.
    #[cold]
    #[inline(never)]
    pub fn spill_local_readers<M: MacroAssembler>(&mut self, masm: &mut M, index: u32) {
        for d in 0..self.stack.len() {
            if matches!(self.stack[d], Val::Local(i, _) if i == index) {
                self.spill_entry(masm, d);
            }
        }
    }

    /// Emits a store of value `v`, which is or was at stack depth `depth`, to
    /// `dst`. Changes no state. Always inlined: its callers are few, and
    /// in [`Self::pop_call_args`]'s loop the match on `v` then folds into
    /// the release's.
    #[inline(always)]
    fn emit_store<M: MacroAssembler>(&self, masm: &mut M, v: Val, depth: usize, dst: M::Address) {
        self.emit_sized_store(masm, v, OperandSize::of(v.ty()), depth, dst);
    }

    /// [`Self::emit_store`] of `size` bytes, which a caller that knows
    /// `v`'s type without matching on `v` passes.
    #[inline(always)]
    fn emit_sized_store<M: MacroAssembler>(
        &self,
        masm: &mut M,
        v: Val,
        size: OperandSize,
        depth: usize,
        dst: M::Address,
    ) {
        match v {
            Val::Reg(r, _) => masm.store(size, r, dst),
            Val::Local(i, _) => match self.frame.local_home::<M>(i) {
                LocalHome::Reg(r) => masm.store(size, r, dst),
                LocalHome::Mem(src) => masm.copy_mem(size, src, dst),
            },
            Val::Mem(_) => {
                let src = self.slot::<M>(depth);
                if src != dst {
                    masm.copy_mem(size, src, dst);
                }
            }
            _ => masm.store_imm(size, v.as_const().unwrap(), dst),
        }
    }

    /// Emits a load of value `v`, which is or was at stack depth `depth`,
    /// into `dst`. Changes no state. Always inlined: its callers are few,
    /// and the hottest, [`Self::load_to_new_reg`], then makes no call layer
    /// of its own before the MacroAssembler's.
    #[inline(always)]
    fn emit_load<M: MacroAssembler>(&self, masm: &mut M, v: Val, depth: usize, dst: Reg) {
        let size = OperandSize::of(v.ty());
        match v {
            Val::Reg(r, _) => masm.mov(size, r, dst),
            Val::Local(i, _) => match self.frame.local_home::<M>(i) {
                LocalHome::Reg(r) => masm.mov(size, r, dst),
                LocalHome::Mem(src) => masm.load(size, src, dst),
            },
            Val::Mem(_) => masm.load(size, self.slot::<M>(depth), dst),
            _ => masm.mov_imm(size, v.as_const().unwrap(), dst),
        }
    }

    /// Pops the top `params.len()` entries (a call's arguments, of types
    /// `params`) into the outgoing argument area, parameter i at
    /// `abi::param_offset`, storing and releasing each in one pass.
    /// Inlined into the few call lowerings: every call comes here. Sizes
    /// and slots come from `params`, not from the entries (validation made
    /// each entry's type a subtype of its parameter's, of the same size):
    /// the one match on an entry is then the store's.
    #[inline(always)]
    pub fn pop_call_args<M: MacroAssembler>(&mut self, masm: &mut M, params: &[WasmType]) {
        let base = self.stack.len() - params.len();
        let mut offset = 0;
        for (depth, ty) in (base..).zip(params) {
            let v = self.stack[depth];
            let size = OperandSize::of(*ty);
            self.emit_sized_store(masm, v, size, depth, M::stack_address(offset));
            match v {
                Val::Reg(r, _) => self.regs.free(r),
                Val::Local(i, _) => self.frame.remove_reader(i),
                _ => {}
            }
            offset += abi::slot_bytes(*ty);
        }
        self.stack.truncate(base);
    }

    /// Writes the entry at `depth` to `dst`, leaving the stack unchanged.
    pub fn store_entry<M: MacroAssembler>(&self, masm: &mut M, depth: usize, dst: M::Address) {
        self.emit_store(masm, self.stack[depth], depth, dst);
    }

    /// Loads the entry at `depth` into `dst`, leaving the stack unchanged.
    pub fn load_entry<M: MacroAssembler>(&self, masm: &mut M, depth: usize, dst: Reg) {
        self.emit_load(masm, self.stack[depth], depth, dst);
    }

    /// Moves popped value `v`, which was at stack depth `depth`, into `dst`,
    /// releasing `v`'s own register if it had another one.
    pub fn move_to_reg<M: MacroAssembler>(&mut self, masm: &mut M, v: Val, depth: usize, dst: Reg) {
        self.emit_load(masm, v, depth, dst);
        if let Val::Reg(r, _) = v
            && r != dst
        {
            self.regs.free(r);
        }
    }

    /// Pops the top value into a register it owns.
    #[inline]
    pub fn pop_to_reg<M: MacroAssembler>(&mut self, masm: &mut M) -> Reg {
        let v = self.pop();
        self.reg_of(masm, v, self.stack.len())
    }

    /// Popped value `v` (from depth `depth`) in a register the caller owns.
    /// Inlined: about half the values asked for are in a register already.
    #[inline]
    pub fn reg_of<M: MacroAssembler>(&mut self, masm: &mut M, v: Val, depth: usize) -> Reg {
        match v {
            Val::Reg(r, _) => r,
            _ => self.load_to_new_reg(masm, v, depth),
        }
    }

    /// [`Self::reg_of`] for a value not in a register: loads it into a
    /// newly allocated one. Always inlined, like [`Self::emit_load`]: the
    /// caller's own match on `v` then picks the load, and no `Val` is
    /// passed through memory to a call.
    #[inline(always)]
    fn load_to_new_reg<M: MacroAssembler>(&mut self, masm: &mut M, v: Val, depth: usize) -> Reg {
        let r = self.alloc(masm, reg_class(v.ty()));
        self.emit_load(masm, v, depth, r);
        r
    }

    /// Pops the top value into `reg`, which the caller has taken.
    pub fn pop_into<M: MacroAssembler>(&mut self, masm: &mut M, reg: Reg) {
        let v = self.pop();
        self.move_to_reg(masm, v, self.stack.len(), reg);
    }

    /// Popped value `v` (from depth `depth`) as a right-hand operand of a
    /// `size`-wide operation: a register, a memory location, or an
    /// immediate if the operation `imm` takes this one (a constant is
    /// materialized in a register otherwise, and always with `imm = None`).
    /// A register operand is owned by the caller, who frees it; a memory
    /// operand stays valid until something is pushed at `depth`. Inlined:
    /// each caller is on a hot path, most with a constant `imm`.
    #[inline(always)]
    pub fn operand_of<M: MacroAssembler>(
        &mut self,
        masm: &mut M,
        v: Val,
        depth: usize,
        size: OperandSize,
        imm: Option<ImmOp>,
    ) -> Operand<M::Address> {
        match v {
            Val::Reg(r, _) => Operand::Reg(r),
            // A pinned local's register is lent, not owned: see `free_operand`.
            Val::Local(i, _) => match self.frame.local_home::<M>(i) {
                LocalHome::Reg(r) => Operand::Reg(r),
                LocalHome::Mem(a) => Operand::Mem(a),
            },
            Val::Mem(_) => Operand::Mem(self.slot::<M>(depth)),
            _ => {
                let bits = v.as_const().unwrap();
                if imm.is_some_and(|op| M::imm_fits(op, bits, size)) {
                    Operand::Imm(bits)
                } else {
                    let r = self.alloc(masm, reg_class(v.ty()));
                    masm.mov_imm(size, bits, r);
                    Operand::Reg(r)
                }
            }
        }
    }

    /// Frees the register of an operand from [`Self::operand_of`], if any.
    pub fn free_operand<A>(&mut self, op: Operand<A>) {
        if let Operand::Reg(r) = op
            && !self.frame.is_local_reg(r)
        {
            self.regs.free(r);
        }
    }

    /// Writes popped value `v` (from depth `depth`) to `dst`, releasing it.
    pub fn store_val<M: MacroAssembler>(
        &mut self,
        masm: &mut M,
        v: Val,
        depth: usize,
        dst: M::Address,
    ) {
        self.emit_store(masm, v, depth, dst);
        if let Val::Reg(r, _) = v {
            self.regs.free(r);
        }
    }
}
