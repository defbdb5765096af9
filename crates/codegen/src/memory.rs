//! Linear-memory operators: loads and stores with their bounds checks,
//! `memory.size`, and the operators that go through builtins
//! (`memory.grow`, bulk memory).
//!
//! The bounds-check rule (ARCHITECTURE.md, "Memories"): with guard pages the
//! check is elided only when `offset + access size <= guard size`, so that
//! any index (< 4 GiB) plus the offset lands in the reservation or its
//! guard; every other access is checked explicitly against the current
//! length, as is every access to a 64-bit memory (its index has no bound a
//! guard could cover) or to one whose pages are smaller than the host's
//! (custom page sizes: the rest of its last host page is accessible). No
//! offset of 2^31 or more is ever used as a sign-extended immediate (the
//! MacroAssembler materializes such constants).

use crate::codegen::CodeGen;
use crate::compile::BoundsChecks;
use crate::context::reg_class;
use crate::frame::LocalHome;
use crate::masm::{
    HeapAccess, HeapBounds, HeapIndex, ImmOp, LoadKind, MacroAssembler, Operand, OperandSize,
    ShiftKind, StoreValue,
};
use crate::reg::{Reg, RegClass};
use crate::stack::Val;
use brisk_environ::vmctx::{Builtin, MEMORY_LENGTH, VMOffsets};
use brisk_environ::{CompileError, CompileResult, ModuleInfo, WasmType};
use wasmparser::MemArg;

mod atomic;

/// What every access to one linear memory needs to know about it, computed
/// once per function for memory 0 ([`CodeGen::memory0`]) and on demand for
/// the others.
#[derive(Debug, Clone, Copy)]
pub struct MemoryFacts {
    /// The offset of the memory's definition pointer in vmctx.
    def_ptr: u32,
    /// The base is in the heap-base register (memory 0).
    base_in_reg: bool,
    shared: bool,
    index64: bool,
    /// The largest `offset + size` of an access that the guard region
    /// covers: the guard size in guard-page mode, 0 (every access, whose
    /// size is at least 1, is checked) in explicit mode, for a 64-bit
    /// memory (an index of any u64) and for one with pages smaller than
    /// the host's (the rest of its last host page is accessible).
    guard_reach: u64,
}

impl MemoryFacts {
    pub fn new(info: &ModuleInfo, offsets: &VMOffsets, bounds: BoundsChecks, memory: u32) -> Self {
        let ty = info.memories[memory as usize];
        let guard_reach = match bounds {
            _ if ty.always_checked() => 0,
            BoundsChecks::Explicit => 0,
            BoundsChecks::GuardPages { guard_bytes } => guard_bytes,
        };
        MemoryFacts {
            def_ptr: offsets.memory_ptr(memory),
            base_in_reg: memory == 0,
            shared: ty.shared,
            index64: ty.memory64,
            guard_reach,
        }
    }

    /// Memory 0's facts, if the module has a memory.
    pub fn of_memory0(
        info: &ModuleInfo,
        offsets: &VMOffsets,
        bounds: BoundsChecks,
    ) -> Option<Self> {
        (!info.memories.is_empty()).then(|| MemoryFacts::new(info, offsets, bounds, 0))
    }
}

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// The facts of memory `memory`.
    #[inline(always)]
    fn memory_facts(&self, memory: u32) -> MemoryFacts {
        match self.memory0 {
            Some(facts) if memory == 0 => facts,
            _ => MemoryFacts::new(self.info, &self.offsets, self.bounds, memory),
        }
    }

    /// The facts of the memory `memarg` names, and whether the guard
    /// region covers an access of `bytes` bytes at its offset (no bounds
    /// check): the mode's static decision for this access.
    #[inline(always)]
    fn access_memory(&self, memarg: &MemArg, bytes: u32) -> CompileResult<(MemoryFacts, bool)> {
        let wasmparser::MemArgTarget::Memory(memory) = memarg.target else {
            return Err(CompileError::unsupported(
                "gc (array accesses through a memarg)",
                self.offset,
            ));
        };
        let facts = self.memory_facts(memory);
        debug_assert!(bytes > 0);
        let guarded = memarg.offset.saturating_add(bytes.into()) <= facts.guard_reach;
        Ok((facts, guarded))
    }

    /// Pops the index of an `bytes`-byte access and describes the access:
    /// bounds-checked (with a register for the check) as the mode
    /// requires.
    #[inline(always)]
    pub(crate) fn heap_access(&mut self, memarg: &MemArg, bytes: u32) -> CompileResult<HeapAccess> {
        let (facts, guarded) = self.access_memory(memarg, bytes)?;
        Ok(self.pop_heap_index(facts, memarg.offset, guarded))
    }

    /// Pops the index of an access at `offset` to the memory of `facts`
    /// and describes the access: unchecked if `guarded`, else checked
    /// (with a register for the check).
    #[inline(always)]
    fn pop_heap_index(&mut self, facts: MemoryFacts, offset: u64, guarded: bool) -> HeapAccess {
        // A constant index (below 2^32) needs no register; a pinned local
        // as the index is lent (the MacroAssembler only reads it); any
        // other value not in a register is loaded into one.
        let v = self.ctx.pop();
        let index = match v {
            Val::Reg(r, _) => HeapIndex::Owned(r),
            Val::Local(i, ty) => match self.local_in_reg(i, ty) {
                (r, true) => HeapIndex::Owned(r),
                (r, false) => HeapIndex::Lent(r),
            },
            _ => match v.as_const() {
                Some(c) if !facts.index64 || u32::try_from(c).is_ok() => HeapIndex::Const(c as u32),
                _ => HeapIndex::Owned(self.ctx.reg_of(self.masm, v, self.ctx.stack.len())),
            },
        };
        let bounds = if guarded {
            HeapBounds::Guard
        } else {
            HeapBounds::Checked {
                tmp: self.ctx.alloc(self.masm, RegClass::Int),
                spectre: self.spectre,
            }
        };
        HeapAccess {
            def_ptr: facts.def_ptr,
            base_in_reg: facts.base_in_reg,
            index,
            offset,
            bounds,
            shared: facts.shared,
            index64: facts.index64,
        }
    }

    /// Popped local `i` (of type `ty`) in a register: its pinned register,
    /// lent (`false`), or a new register it is loaded into, owned (`true`).
    /// What [`CodeGenContext::reg_of`] does for a local, straight from the
    /// frame: most accesses' index is a local.
    ///
    /// [`CodeGenContext::reg_of`]: crate::context::CodeGenContext::reg_of
    #[inline(always)]
    fn local_in_reg(&mut self, i: u32, ty: WasmType) -> (Reg, bool) {
        match self.ctx.frame.local_home::<M>(i) {
            LocalHome::Reg(r) => (r, false),
            LocalHome::Mem(slot) => {
                let r = self.ctx.alloc(self.masm, reg_class(ty));
                self.masm.load(OperandSize::of(ty), slot, r);
                (r, true)
            }
        }
    }

    /// Frees the registers of a heap access, except `keep`.
    #[inline]
    pub(crate) fn free_heap_access(&mut self, access: &HeapAccess, keep: Option<Reg>) {
        if let HeapIndex::Owned(r) = access.index
            && Some(r) != keep
        {
            self.ctx.free(r);
        }
        if let HeapBounds::Checked { tmp, .. } = access.bounds
            && Some(tmp) != keep
        {
            self.ctx.free(tmp);
        }
    }

    /// A load of `ty`: one of the four number types, which every ISA
    /// compiles, or `v128` once the caller has checked it (no `check_type`
    /// here). Always inlined into the visitor's load methods, where `ty`
    /// and `kind` are constants.
    #[inline(always)]
    pub fn load(&mut self, memarg: MemArg, ty: WasmType, kind: LoadKind) -> CompileResult<()> {
        debug_assert!(self.check_type(ty).is_ok());
        let (facts, guarded) = self.access_memory(&memarg, kind.bytes())?;
        // The rest specialized by the mode's decision (no bounds check is
        // the common case).
        if guarded {
            self.load_from::<true>(facts, memarg.offset, ty, kind);
        } else {
            self.load_from::<false>(facts, memarg.offset, ty, kind);
        }
        Ok(())
    }

    /// [`Self::load`] at `offset` in the memory of `facts`, without a bounds
    /// check if `GUARDED`.
    #[inline(always)]
    fn load_from<const GUARDED: bool>(
        &mut self,
        facts: MemoryFacts,
        offset: u64,
        ty: WasmType,
        kind: LoadKind,
    ) {
        let access = self.pop_heap_index(facts, offset, GUARDED);
        // An integer result goes in a register of the access if it has one.
        let dst = match (access.index, access.bounds) {
            _ if reg_class(ty) == RegClass::Float => self.ctx.alloc(self.masm, RegClass::Float),
            (HeapIndex::Owned(r), _) | (_, HeapBounds::Checked { tmp: r, .. }) => r,
            _ => self.ctx.alloc(self.masm, reg_class(ty)),
        };
        self.masm
            .heap_load(access, kind, OperandSize::of(ty), dst, self.traps);
        self.free_heap_access(&access, Some(dst));
        // The index was popped: the stack is no deeper than it has been.
        self.ctx.push_result(dst, ty);
    }

    /// A scalar store (`ty` as for [`Self::load`]), inlined as loads are.
    #[inline(always)]
    pub fn store(&mut self, memarg: MemArg, ty: WasmType, size: OperandSize) -> CompileResult<()> {
        debug_assert!(self.check_type(ty).is_ok());
        let (facts, guarded) = self.access_memory(&memarg, size.bytes())?;
        // Specialized as for loads.
        if guarded {
            self.store_to::<true>(facts, memarg.offset, size);
        } else {
            self.store_to::<false>(facts, memarg.offset, size);
        }
        Ok(())
    }

    /// [`Self::store`] at `offset` in the memory of `facts`, without a
    /// bounds check if `GUARDED`.
    #[inline(always)]
    fn store_to<const GUARDED: bool>(
        &mut self,
        facts: MemoryFacts,
        offset: u64,
        size: OperandSize,
    ) {
        let value = self.ctx.pop();
        let value_depth = self.ctx.stack.len();
        // Keep the value where it is unless it needs a register of its own:
        // constants become immediates, a pinned local's register is lent,
        // anything else gets a register (owned, freed after the store).
        let imm = match value {
            Val::I32(c) => Some(c.into()),
            Val::I64(c) => Some(c),
            _ => None,
        }
        .filter(|c| M::imm_fits(ImmOp::Store, *c, size));
        let (value, owned) = match (value, imm) {
            (_, Some(c)) => (StoreValue::Imm(c), None),
            (Val::Local(i, ty), _) => match self.local_in_reg(i, ty) {
                (r, true) => (StoreValue::Reg(r), Some(r)),
                (r, false) => (StoreValue::Reg(r), None),
            },
            _ => {
                let r = self.ctx.reg_of(self.masm, value, value_depth);
                (StoreValue::Reg(r), Some(r))
            }
        };
        let access = self.pop_heap_index(facts, offset, GUARDED);
        self.masm.heap_store(access, size, value, self.traps);
        if let Some(r) = owned {
            self.ctx.free(r);
        }
        self.free_heap_access(&access, None);
    }

    /// The type of memory `mem`'s addresses and sizes.
    fn memory_index_type(&self, mem: u32) -> WasmType {
        match self.info.memories[mem as usize].memory64 {
            true => WasmType::I64,
            false => WasmType::I32,
        }
    }

    pub fn memory_size(&mut self, mem: u32) -> CompileResult<()> {
        let r = self.ctx.alloc(self.masm, RegClass::Int);
        self.masm.load_indirect(
            OperandSize::S64,
            self.offsets.memory_ptr(mem),
            MEMORY_LENGTH,
            r,
        );
        let log2 = self.info.memories[mem as usize].page_size_log2;
        if log2 != 0 {
            self.masm.int_shift(
                ShiftKind::ShrU,
                OperandSize::S64,
                r,
                r,
                Operand::Imm(log2.into()),
            );
        }
        let ty = self.memory_index_type(mem);
        self.ctx.push(Val::Reg(r, ty));
        Ok(())
    }

    pub fn memory_grow(&mut self, mem: u32) -> CompileResult<()> {
        let ty = self.memory_index_type(mem);
        self.builtin_call(Builtin::MemoryGrow, &[mem as i64], 1, Some(ty));
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
