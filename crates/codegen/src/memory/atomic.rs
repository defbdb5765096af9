//! Atomic memory operators (threads): atomic loads, stores,
//! read-modify-writes and compare-exchanges, `atomic.fence`, and
//! `memory.atomic.wait32/64` and `memory.atomic.notify` through their
//! builtins.
//!
//! The accesses go through the same [`HeapAccess`] as plain ones (bounds
//! checks in both modes, the trap table in guard mode); the
//! MacroAssembler adds the alignment check ("unaligned atomic") and picks
//! the instructions, with the fixed registers it asks for
//! ([`MacroAssembler::atomic_regs`]). The visitor translates these
//! operators only for an ISA that implements [`OpFamily::Atomics`]
//! (`crate::masm::OpFamily`).

use crate::codegen::CodeGen;
use crate::masm::{
    AtomicOp, AtomicRegs, AtomicRmwOp, HeapBounds, HeapIndex, ImmOp, IntBinOp, IntCmp,
    MacroAssembler, Operand, OperandSize,
};
use crate::reg::{Reg, RegClass};
use crate::stack::Val;
use brisk_environ::vmctx::Builtin;
use brisk_environ::{CompileError, CompileResult, WasmType};
use wasmparser::MemArg;

impl<M: MacroAssembler> CodeGen<'_, M> {
    pub fn atomic_load(
        &mut self,
        memarg: MemArg,
        ty: WasmType,
        size: OperandSize,
    ) -> CompileResult<()> {
        let access = self.heap_access(&memarg, size.bytes())?;
        let dst = match (access.index, access.bounds) {
            (HeapIndex::Owned(r), _) | (_, HeapBounds::Checked { tmp: r, .. }) => r,
            _ => self.ctx.alloc(self.masm, RegClass::Int),
        };
        self.masm.atomic_load(access, size, dst, self.traps);
        self.free_heap_access(&access, Some(dst));
        self.ctx.push(Val::Reg(dst, ty));
        Ok(())
    }

    pub fn atomic_store(&mut self, memarg: MemArg, size: OperandSize) -> CompileResult<()> {
        // The store clobbers the value's register: always one it owns.
        let value = self.ctx.pop_to_reg(self.masm);
        let access = self.heap_access(&memarg, size.bytes())?;
        self.masm.atomic_store(access, size, value, self.traps);
        self.ctx.free(value);
        self.free_heap_access(&access, None);
        Ok(())
    }

    /// The registers `op` needs, its fixed result register taken.
    fn atomic_regs(&mut self, op: AtomicOp) -> AtomicRegs {
        let regs = M::atomic_regs(op);
        if let Some(r) = regs.result {
            self.ctx.take_reg(self.masm, r);
        }
        regs
    }

    pub fn atomic_rmw(
        &mut self,
        memarg: MemArg,
        ty: WasmType,
        size: OperandSize,
        op: AtomicRmwOp,
    ) -> CompileResult<()> {
        let regs = self.atomic_regs(AtomicOp::Rmw(op));
        // A clobbered operand is always in a register of its own; one only
        // read may be a pinned local's.
        let (operand, owned) = if regs.clobbers_operand {
            let r = self.ctx.pop_to_reg(self.masm);
            (r, Some(r))
        } else {
            self.pop_source()
        };
        let access = self.heap_access(&memarg, size.bytes())?;
        let tmp = regs.tmp.then(|| self.ctx.alloc(self.masm, RegClass::Int));
        let dst = match regs.result.or(owned) {
            Some(r) => r,
            None => self.ctx.alloc(self.masm, RegClass::Int),
        };
        self.masm
            .atomic_rmw(access, op, size, operand, dst, tmp, self.traps);
        for r in [tmp, owned.filter(|r| *r != dst)].into_iter().flatten() {
            self.ctx.free(r);
        }
        self.free_heap_access(&access, None);
        self.ctx.push(Val::Reg(dst, ty));
        Ok(())
    }

    pub fn atomic_cmpxchg(
        &mut self,
        memarg: MemArg,
        ty: WasmType,
        size: OperandSize,
    ) -> CompileResult<()> {
        let regs = self.atomic_regs(AtomicOp::Cmpxchg);
        let (replacement, owned) = self.pop_source();
        let expected = match regs.result {
            Some(r) => {
                self.ctx.pop_into(self.masm, r);
                r
            }
            None => self.ctx.pop_to_reg(self.masm),
        };
        let access = self.heap_access(&memarg, size.bytes())?;
        let tmp = regs.tmp.then(|| self.ctx.alloc(self.masm, RegClass::Int));
        self.masm
            .atomic_cmpxchg(access, size, expected, replacement, tmp, self.traps);
        for r in [owned, tmp].into_iter().flatten() {
            self.ctx.free(r);
        }
        self.free_heap_access(&access, None);
        self.ctx.push(Val::Reg(expected, ty));
        Ok(())
    }

    pub fn atomic_fence(&mut self) -> CompileResult<()> {
        self.masm.atomic_fence();
        Ok(())
    }

    /// `memory.atomic.wait32/64` (`builtin`), on the stack as address,
    /// expected value, timeout.
    pub fn atomic_wait(&mut self, memarg: MemArg, builtin: Builtin) -> CompileResult<()> {
        self.waiting_builtin(memarg, builtin, 2)
    }

    /// `memory.atomic.notify`, on the stack as address, count.
    pub fn atomic_notify(&mut self, memarg: MemArg) -> CompileResult<()> {
        self.waiting_builtin(memarg, Builtin::MemoryAtomicNotify, 1)
    }

    /// After `ea = index + offset` with a 64-bit index, which may have
    /// wrapped past 2^64 (then `ea < offset`): sets the bits above the low
    /// 16 of a wrapped `ea`, so that it stays as aligned as the true
    /// address and is out of bounds of any memory, as that is. `tmp` is
    /// clobbered.
    fn saturate_address(&mut self, ea: Reg, offset: i64, tmp: Reg) {
        let high = Operand::Imm(!0xffff);
        if M::imm_fits(ImmOp::Bin(IntBinOp::Or), !0xffff, OperandSize::S64) {
            self.masm
                .int_binop(IntBinOp::Or, OperandSize::S64, tmp, ea, high);
        } else {
            self.masm.mov_imm(OperandSize::S64, !0xffff, tmp);
            self.masm
                .int_binop(IntBinOp::Or, OperandSize::S64, tmp, tmp, Operand::Reg(ea));
        }
        match M::imm_fits(ImmOp::Compare, offset, OperandSize::S64) {
            true => self
                .masm
                .int_compare(OperandSize::S64, ea, Operand::Imm(offset)),
            false => {
                // `tmp` holds the saturated address: compare through a
                // fresh register.
                let off = self.ctx.alloc(self.masm, RegClass::Int);
                self.masm.mov_imm(OperandSize::S64, offset, off);
                self.masm
                    .int_compare(OperandSize::S64, ea, Operand::Reg(off));
                self.ctx.free(off);
            }
        }
        self.masm
            .select_if(IntCmp::LtU, OperandSize::S64, ea, tmp, ea);
    }

    /// Calls a wait or notify builtin with (memory, effective address, the
    /// `above` operands above the address): the builtin checks bounds and
    /// alignment, and traps (wait) or returns 0 (notify) for an unshared
    /// memory.
    fn waiting_builtin(
        &mut self,
        memarg: MemArg,
        builtin: Builtin,
        above: usize,
    ) -> CompileResult<()> {
        let wasmparser::MemArgTarget::Memory(memory) = memarg.target else {
            return Err(CompileError::unsupported(
                "gc (array accesses through a memarg)",
                self.offset,
            ));
        };
        if memarg.offset != 0 {
            // The address becomes the 64-bit effective address in place
            // (an i32 in a register or a slot is zero-extended).
            let depth = self.ctx.stack.len() - 1 - above;
            self.ctx.spill_entry(self.masm, depth);
            let ea = self.ctx.alloc(self.masm, RegClass::Int);
            self.ctx.load_entry(self.masm, depth, ea);
            let offset = memarg.offset as i64;
            let add = ImmOp::Bin(IntBinOp::Add);
            let r = self.ctx.alloc(self.masm, RegClass::Int);
            if M::imm_fits(add, offset, OperandSize::S64) {
                self.masm.int_binop(
                    IntBinOp::Add,
                    OperandSize::S64,
                    ea,
                    ea,
                    Operand::Imm(offset),
                );
            } else {
                self.masm.mov_imm(OperandSize::S64, offset, r);
                self.masm
                    .int_binop(IntBinOp::Add, OperandSize::S64, ea, ea, Operand::Reg(r));
            }
            if self.info.memories[memory as usize].memory64 {
                self.saturate_address(ea, offset, r);
            }
            self.ctx.free(r);
            // The entry was spilled: a slot or a constant, which owns
            // nothing.
            self.ctx.stack[depth] = Val::Reg(ea, WasmType::I64);
        }
        self.builtin_call(
            builtin,
            &[i64::from(memory)],
            above + 1,
            Some(WasmType::I32),
        );
        Ok(())
    }
}
