//! Linear-memory operators: loads and stores with their bounds checks,
//! `memory.size`, and the operators that go through builtins
//! (`memory.grow`, bulk memory).
//!
//! The bounds-check rule (ARCHITECTURE.md, "Memories"): with guard pages the
//! check is elided only when `offset + access size <= guard size`, so that
//! any index (< 4 GiB) plus the offset lands in the reservation or its
//! guard; every other access is checked explicitly against the current
//! length. No offset of 2^31 or more is ever used as a sign-extended
//! immediate (the MacroAssembler materializes such constants).

use crate::codegen::CodeGen;
use crate::compile::BoundsChecks;
use crate::context::reg_class;
use crate::masm::{ImmOp, MacroAssembler, Operand, OperandSize, ShiftKind};
use crate::reg::{Reg, RegClass};
use crate::stack::Val;
use brisk_environ::vmctx::{Builtin, MEMORY_LENGTH};
use brisk_environ::{CompileError, CompileResult, TrapCode, TrapEntry, WasmType};
use wasmparser::MemArg;

/// A bounds-checked heap address and the registers it is built from,
/// which stay reserved until the access.
struct HeapAccess<A> {
    addr: A,
    /// The index register, when the caller owns it (not a lent pinned
    /// local, and not a constant folded into the displacement).
    index: Option<Reg>,
    /// The register of the explicit check (the clamped address with
    /// Spectre hardening).
    check: Option<Reg>,
    /// Whether an overrun is left to the guard region (the access
    /// instruction then goes into the trap table).
    guarded: bool,
}

/// What a load produces from the bytes it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadKind {
    /// Zero-extended (or exact-width) `size`-byte load into `ty`.
    Zero(OperandSize),
    /// Sign-extended `size`-byte load into `ty`.
    Signed(OperandSize),
}

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// Pops the index and turns it into the address of an `access`-byte
    /// access, bounds-checked as the mode requires.
    fn heap_access(
        &mut self,
        memarg: &MemArg,
        access: u32,
    ) -> CompileResult<HeapAccess<M::Address>> {
        let wasmparser::MemArgTarget::Memory(memory) = memarg.target else {
            return Err(CompileError::unsupported(
                "gc (array accesses through a memarg)",
                self.offset,
            ));
        };
        let guard = match self.bounds {
            BoundsChecks::Explicit => 0,
            BoundsChecks::GuardPages { guard_bytes } => guard_bytes,
        };
        // A constant address within the guard of memory 0 needs no check
        // and no register: `[heap base + address]`.
        if let Some(c) = self.ctx.stack.last().and_then(|v| v.as_const())
            && memory == 0
            && (c as u32 as u64) + memarg.offset + access as u64 <= guard
        {
            self.ctx.pop();
            let disp = (c as u32 as u64 + memarg.offset) as i32;
            return Ok(HeapAccess {
                addr: M::field_address(M::heap_base(), disp),
                index: None,
                check: None,
                guarded: true,
            });
        }
        // Memory 0's base is in the heap-base register. A pinned local as
        // the index of such an access is used in place: `heap_address`
        // leaves the index alone for offsets below 2^31.
        let base_in_reg = memory == 0;
        let lent = match self.ctx.stack.last() {
            Some(&Val::Local(i, _)) if base_in_reg && memarg.offset < 1 << 31 => {
                self.ctx.frame.local_reg(i)
            }
            _ => None,
        };
        let index = match lent {
            Some(r) => {
                self.ctx.pop();
                r
            }
            None => self.ctx.pop_to_reg(self.masm),
        };
        let needs_check = memarg.offset + access as u64 > guard;
        let check = needs_check.then(|| self.ctx.alloc(self.masm, RegClass::Int));
        let addr = self.masm.heap_address(
            self.offsets.memory_ptr(memory),
            index,
            memarg.offset,
            access,
            check,
            base_in_reg,
            self.spectre,
        );
        Ok(HeapAccess {
            addr,
            index: lent.is_none().then_some(index),
            check,
            guarded: !needs_check,
        })
    }

    /// Frees the registers of a heap access, except `keep`.
    fn free_heap_access(&mut self, access: &HeapAccess<M::Address>, keep: Option<Reg>) {
        for r in [access.index, access.check].into_iter().flatten() {
            if Some(r) != keep {
                self.ctx.free(r);
            }
        }
    }

    /// Records that the next instruction may fault on the guard region.
    fn record_heap_trap(&mut self, guarded: bool) {
        if guarded {
            let code_offset = self.masm.buffer().len();
            self.traps.push(TrapEntry {
                code_offset,
                code: TrapCode::MemoryOutOfBounds,
            });
        }
    }

    pub fn load(&mut self, memarg: MemArg, ty: WasmType, kind: LoadKind) -> CompileResult<()> {
        self.check_type(ty)?;
        let size = match kind {
            LoadKind::Zero(s) | LoadKind::Signed(s) => s,
        };
        let access = self.heap_access(&memarg, size.bytes())?;
        let addr = access.addr;
        let dst = match access.index.or(access.check) {
            Some(r) if !ty.is_float() => r,
            _ => self.ctx.alloc(self.masm, reg_class(ty)),
        };
        self.record_heap_trap(access.guarded);
        match kind {
            LoadKind::Zero(size) => self.masm.load(size, addr, dst),
            LoadKind::Signed(from) => self.masm.load_signed(from, OperandSize::of(ty), addr, dst),
        }
        self.free_heap_access(&access, Some(dst));
        self.ctx.push(Val::Reg(dst, ty));
        Ok(())
    }

    pub fn store(&mut self, memarg: MemArg, ty: WasmType, size: OperandSize) -> CompileResult<()> {
        self.check_type(ty)?;
        let value = self.ctx.pop();
        let value_depth = self.ctx.stack.len();
        // Keep the value where it is unless it needs a register of its own:
        // constants become immediates, anything else a register.
        let value = match value {
            Val::Reg(..) => value,
            v if !ty.is_float()
                && v.as_const()
                    .is_some_and(|c| M::imm_fits(ImmOp::Store, c, size)) =>
            {
                v
            }
            v => {
                let r = self.ctx.alloc(self.masm, reg_class(ty));
                self.ctx.move_to_reg(self.masm, v, value_depth, r);
                Val::Reg(r, ty)
            }
        };
        let access = self.heap_access(&memarg, size.bytes())?;
        self.record_heap_trap(access.guarded);
        match value {
            Val::Reg(r, _) => {
                self.masm.store(size, r, access.addr);
                self.ctx.free(r);
            }
            v => self
                .masm
                .store_imm(size, v.as_const().unwrap(), access.addr),
        }
        self.free_heap_access(&access, None);
        Ok(())
    }

    pub fn memory_size(&mut self, mem: u32) -> CompileResult<()> {
        let r = self.ctx.alloc(self.masm, RegClass::Int);
        self.masm.load_indirect(
            OperandSize::S64,
            self.offsets.memory_ptr(mem),
            MEMORY_LENGTH,
            r,
        );
        self.masm
            .int_shift(ShiftKind::ShrU, OperandSize::S64, r, r, Operand::Imm(16));
        self.ctx.push(Val::Reg(r, WasmType::I32));
        Ok(())
    }

    pub fn memory_grow(&mut self, mem: u32) -> CompileResult<()> {
        self.builtin_call(Builtin::MemoryGrow, &[mem as i64], 1, Some(WasmType::I32));
        Ok(())
    }

    pub fn memory_fill(&mut self, mem: u32) -> CompileResult<()> {
        self.builtin_call(Builtin::MemoryFill, &[mem as i64], 3, None);
        Ok(())
    }

    pub fn memory_copy(&mut self, dst_mem: u32, src_mem: u32) -> CompileResult<()> {
        self.builtin_call(
            Builtin::MemoryCopy,
            &[dst_mem as i64, src_mem as i64],
            3,
            None,
        );
        Ok(())
    }

    pub fn memory_init(&mut self, segment: u32, mem: u32) -> CompileResult<()> {
        self.builtin_call(Builtin::MemoryInit, &[mem as i64, segment as i64], 3, None);
        Ok(())
    }

    pub fn data_drop(&mut self, segment: u32) -> CompileResult<()> {
        self.builtin_call(Builtin::DataDrop, &[segment as i64], 0, None);
        Ok(())
    }
}
