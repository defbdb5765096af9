//! The per-function code generator, [`CodeGen`]: its state, and the
//! operators that belong to no family: control flow, calls, locals,
//! globals, constants and `drop`. The families have a file each, adding to
//! `impl CodeGen`: integers in `codegen_int.rs`, floating point in
//! `codegen_float.rs`, linear memory in `memory.rs`, tables and references
//! in `table.rs`. The visitor (`visitor.rs`) maps each Wasm operator onto
//! one of these methods.

use crate::buffer::Label;
use crate::codegen_int::PendingCmp;
use crate::compile::BoundsChecks;
use crate::context::{CodeGenContext, reg_class};
use crate::control::{self, BlockSig, ControlFrame, FrameKind};
use crate::frame::LocalHome;
use crate::masm::*;
use crate::stack::Val;
use crate::{abi, reg::Reg};
use brisk_environ::vmctx::{Builtin, FUNC_IMPORT_CODE, FUNC_IMPORT_VMCTX, VMOffsets};
use brisk_environ::{
    CompileError, CompileResult, FuncSig, ModuleInfo, TrapCode, TrapEntry, WasmType,
};

pub struct CodeGen<'a, M: MacroAssembler> {
    pub masm: &'a mut M,
    pub ctx: &'a mut CodeGenContext,
    pub control: &'a mut Vec<ControlFrame>,
    /// Reused by `br_table`.
    pub labels: &'a mut Vec<Label>,
    pub info: &'a ModuleInfo,
    pub offsets: VMOffsets,
    pub func_type: u32,
    /// False after `br`, `return`, `unreachable` until the next label.
    pub reachable: bool,
    /// Blocks opened in unreachable code, which emit nothing.
    pub dead_blocks: u32,
    /// Offset of the operator being translated, for errors.
    pub offset: u64,
    /// The largest outgoing argument and result area of any call.
    pub max_call_area: u32,
    pub bounds: BoundsChecks,
    /// Memory 0's facts for its accesses, if the module has a memory.
    pub memory0: Option<crate::memory::MemoryFacts>,
    /// Clamp checked addresses and table indexes (`CompileOptions::spectre`).
    pub spectre: bool,
    /// Instructions that may fault on a guard region, by code offset.
    pub traps: &'a mut Vec<TrapEntry>,
    /// A comparison not emitted yet (see `codegen_int.rs`).
    pub pending: Option<PendingCmp<M::Address>>,
    /// Direct calls reload the vmctx and heap base: the module has a tail
    /// call that may leave the instance (see `tail_call.rs`).
    pub reload_after_direct_calls: bool,
    /// Set by a tail call that may leave the instance.
    pub tail_calls_out_of_instance: bool,
    /// Handlers and their regions (`exceptions.rs`).
    pub exn: &'a mut crate::exceptions::ExnState,
    /// The stack maps of the safepoints emitted so far (`stack_map.rs`).
    pub stack_maps: &'a mut crate::stack_map::StackMapBuilder,
    /// Epoch checks at loop headers (`interrupt.rs`; function entries
    /// check in the prologue).
    pub epoch_interruption: bool,
    /// Fuel metering (`interrupt.rs`).
    pub consume_fuel: bool,
    /// Fuel counted since it was last added to the store's counter.
    pub fuel_pending: u32,
    /// The fuel check (function entry or loop header) whose block is
    /// being counted: its cost is patched in at the block's end.
    pub fuel_block: Option<u32>,
}

impl<'a, M: MacroAssembler> CodeGen<'a, M> {
    pub fn unsupported(&self, what: &str) -> CompileResult<()> {
        Err(CompileError::unsupported(what, self.offset))
    }

    /// Checks that a type can live in brisk's value stack today: a v128
    /// needs an ISA that implements SIMD, and 16-byte value-stack slots
    /// (the function is compiled again with them if it has 8-byte ones:
    /// `Frame::admit_v128`).
    #[inline]
    pub fn check_type(&self, ty: WasmType) -> CompileResult<()> {
        match ty {
            WasmType::I32 | WasmType::I64 | WasmType::F32 | WasmType::F64 => Ok(()),
            _ => self.check_other_type(ty),
        }
    }

    /// [`Self::check_type`] for the types past the four scalar ones, out of
    /// line: most operators meet only those.
    #[cold]
    fn check_other_type(&self, ty: WasmType) -> CompileResult<()> {
        match ty {
            WasmType::I32 | WasmType::I64 | WasmType::F32 | WasmType::F64 => Ok(()),
            WasmType::FuncRef | WasmType::ExternRef => Ok(()),
            WasmType::V128 if !M::implements(OpFamily::Simd) => {
                self.unsupported("simd (v128 values)")
            }
            WasmType::V128 if self.masm.simd_missing_feature().is_some() => {
                let f = self.masm.simd_missing_feature().unwrap_or_default();
                self.unsupported(&format!("simd (needs the {f} CPU feature)"))
            }
            WasmType::V128 if !self.ctx.frame.admit_v128() => {
                self.unsupported("simd (v128 with 8-byte value-stack slots: compiled again)")
            }
            WasmType::V128 => Ok(()),
            WasmType::ExnRef if !M::implements(OpFamily::Exceptions) => {
                self.unsupported("exnref values (exceptions) on this target")
            }
            WasmType::ExnRef => Ok(()),
            WasmType::AnyRef if !M::implements(OpFamily::Gc) => {
                self.unsupported("gc reference types on this target")
            }
            WasmType::AnyRef => Ok(()),
        }
    }

    /// A block type as a [`BlockSig`], its types checked.
    #[inline]
    pub(crate) fn block_sig(&self, ty: wasmparser::BlockType) -> CompileResult<BlockSig> {
        match ty {
            wasmparser::BlockType::Empty => Ok(BlockSig::Empty),
            wasmparser::BlockType::Type(t) => {
                let ty = self.info.val_type(t, self.offset)?;
                self.check_type(ty)?;
                Ok(BlockSig::Value(ty))
            }
            wasmparser::BlockType::FuncType(i) => self.func_block_sig(i),
        }
    }

    /// [`Self::block_sig`] of a function type, out of line: most blocks
    /// have no value or one.
    #[cold]
    fn func_block_sig(&self, type_index: u32) -> CompileResult<BlockSig> {
        self.check_sig(self.info.type_sig(type_index))?;
        Ok(BlockSig::Func(type_index))
    }

    // ---- the value stack -----------------------------------------------------

    pub fn nop(&mut self) -> CompileResult<()> {
        Ok(())
    }

    /// `*.const`: pushed (floats as their bits), materialized when used.
    pub fn constant(&mut self, v: Val) -> CompileResult<()> {
        self.ctx.push(v);
        Ok(())
    }

    pub fn drop_(&mut self) -> CompileResult<()> {
        self.ctx.drop_top();
        Ok(())
    }

    // ---- locals --------------------------------------------------------------

    pub fn local_get(&mut self, index: u32) -> CompileResult<()> {
        self.ctx.push_local(index);
        Ok(())
    }

    /// `local.set`, or `local.tee` with `tee`. Always inlined into the
    /// two visitor methods, where `tee` is a constant.
    #[inline(always)]
    pub fn local_set(&mut self, index: u32, tee: bool) -> CompileResult<()> {
        let (home, read) = self.ctx.frame.local_home_and_read::<M>(index);
        if read {
            self.ctx.spill_local_readers(self.masm, index);
        }
        let v = self.ctx.pop();
        let depth = self.ctx.stack.len();
        match home {
            LocalHome::Reg(pinned) => match v {
                Val::Reg(r, ty) => {
                    self.masm.mov(OperandSize::of(ty), r, pinned);
                    self.ctx.free(r);
                }
                _ => self.ctx.move_to_reg(self.masm, v, depth, pinned),
            },
            LocalHome::Mem(addr) => match v {
                Val::Reg(r, ty) => {
                    self.masm.store(OperandSize::of(ty), r, addr);
                    if tee {
                        // The value stays in its register for the tee.
                        self.ctx.push_result(r, ty);
                        return Ok(());
                    }
                    self.ctx.free(r);
                }
                _ => self.ctx.store_val(self.masm, v, depth, addr),
            },
        }
        if tee {
            self.ctx.push_local(index);
        }
        Ok(())
    }

    // ---- control -------------------------------------------------------------
    //
    // The operators' methods are always inlined into the visitor's (one call
    // layer and frame less per operator); their rare paths stay out of line.

    #[inline]
    pub(crate) fn push_frame(&mut self, kind: FrameKind, sig: BlockSig, label: Label) {
        let height = self.ctx.stack.len() - sig.params(self.info).len();
        self.control.push(ControlFrame {
            kind,
            sig,
            label,
            height,
            branched_to: false,
        });
    }

    /// Brings the stack to the canonical form a control-flow split needs.
    #[inline]
    pub(crate) fn enter_block(&mut self, sig: BlockSig) {
        self.ctx.spill_all(self.masm);
        let params = sig.params(self.info).len();
        if params > 0 {
            self.ctx.materialize_top(self.masm, params);
        }
    }

    #[inline(always)]
    pub fn block(&mut self, ty: wasmparser::BlockType) -> CompileResult<()> {
        let sig = self.block_sig(ty)?;
        self.enter_block(sig);
        let label = self.masm.new_label();
        self.push_frame(FrameKind::Block, sig, label);
        Ok(())
    }

    #[inline(always)]
    pub fn loop_(&mut self, ty: wasmparser::BlockType) -> CompileResult<()> {
        let sig = self.block_sig(ty)?;
        self.enter_block(sig);
        let label = self.masm.new_label();
        self.masm.bind(label);
        self.loop_header_checks();
        self.push_frame(FrameKind::Loop, sig, label);
        Ok(())
    }

    #[inline(always)]
    pub fn if_(&mut self, ty: wasmparser::BlockType) -> CompileResult<()> {
        let sig = self.block_sig(ty)?;
        let c = self.pop_condition();
        self.enter_block(sig);
        let else_label = self.masm.new_label();
        self.masm.int_compare(c.size, c.lhs, c.rhs);
        self.masm.branch_if(c.cmp.negate(), else_label);
        self.release_condition(c);
        let label = self.masm.new_label();
        self.push_frame(FrameKind::If { else_label }, sig, label);
        Ok(())
    }

    pub fn else_(&mut self) -> CompileResult<()> {
        let frame = self.control.last_mut().expect("validated else");
        let FrameKind::If { else_label } = frame.kind else {
            unreachable!("validated else")
        };
        frame.kind = FrameKind::Else;
        let frame = *frame;
        if self.reachable {
            let arity = frame.sig.results(self.info).len();
            control::emit_branch_moves(self.ctx, self.masm, frame.height, arity);
            self.masm.jmp(frame.label);
            self.control.last_mut().unwrap().branched_to = true;
        }
        self.masm.bind(else_label);
        self.reset_stack(frame.height, frame.sig.params(self.info));
        self.reachable = true;
        Ok(())
    }

    /// Rebuilds the stack after a label: `height` entries, then `types` in
    /// their canonical slots.
    #[inline]
    pub(crate) fn reset_stack(&mut self, height: usize, types: &[WasmType]) {
        self.ctx.truncate(height);
        for ty in types {
            self.ctx.push(Val::Mem(*ty));
        }
    }

    #[inline(always)]
    pub fn end(&mut self) -> CompileResult<()> {
        let frame = self.control.pop().expect("validated end");
        match frame.kind {
            FrameKind::Block | FrameKind::Else | FrameKind::If { .. } => self.end_block(frame),
            FrameKind::Loop => {
                if !self.reachable {
                    self.reset_stack(frame.height, frame.sig.results(self.info));
                }
            }
            FrameKind::Function => self.end_function(),
            FrameKind::TryTable { .. }
            | FrameKind::LegacyTry { .. }
            | FrameKind::LegacyCatch { .. } => return self.end_handler(frame),
        }
        Ok(())
    }

    /// The `end` of a block, an `if` or an `else` (`frame` is popped): the
    /// fall-through values to their slots, the label, and the stack as the
    /// label leaves it. Inlined into [`Self::end`], whose rarer cases are
    /// out of line.
    #[inline(always)]
    pub(crate) fn end_block(&mut self, frame: ControlFrame) {
        let results = frame.sig.results(self.info);
        if self.reachable {
            control::emit_branch_moves(self.ctx, self.masm, frame.height, results.len());
        }
        let mut reachable = self.reachable || frame.branched_to;
        if let FrameKind::If { else_label } = frame.kind {
            // The implicit else passes the parameters through as results.
            self.masm.bind(else_label);
            reachable = true;
        }
        self.masm.bind(frame.label);
        self.reset_stack(frame.height, results);
        self.reachable = reachable;
    }

    /// The function's `end`: the return, if reachable. Once per function,
    /// out of line.
    #[inline(never)]
    fn end_function(&mut self) {
        if self.reachable {
            self.emit_function_return();
        }
        self.reachable = false;
    }

    /// Emits a return of the top values, the function's results.
    fn emit_function_return(&mut self) {
        let sig = self.info.type_sig(self.func_type);
        control::emit_return(self.ctx, self.masm, &sig.results, abi::arg_area(sig));
    }

    pub(crate) fn frame_at(&self, depth: u32) -> ControlFrame {
        self.control[self.control.len() - 1 - depth as usize]
    }

    /// Emits the moves and the jump of a branch to the frame `depth` levels out.
    #[inline]
    pub(crate) fn emit_branch(&mut self, depth: u32) {
        let index = self.control.len() - 1 - depth as usize;
        let frame = &mut self.control[index];
        if frame.kind == FrameKind::Function {
            return self.emit_function_return();
        }
        frame.branched_to = true;
        let (height, label) = (frame.height, frame.label);
        let arity = frame.branch_types(self.info).len();
        control::emit_branch_moves(self.ctx, self.masm, height, arity);
        self.masm.jmp(label);
    }

    /// The label a branch to `depth` can jump to directly, if it needs no moves.
    #[inline]
    pub(crate) fn direct_target(&mut self, depth: u32) -> Option<Label> {
        let index = self.control.len() - 1 - depth as usize;
        let frame = &mut self.control[index];
        if frame.kind == FrameKind::Function
            || !control::branch_is_free(self.ctx, frame.height, frame.branch_types(self.info).len())
        {
            return None;
        }
        frame.branched_to = true;
        Some(frame.label)
    }

    #[inline(always)]
    pub fn br(&mut self, depth: u32) -> CompileResult<()> {
        self.emit_branch(depth);
        self.reachable = false;
        Ok(())
    }

    #[inline(always)]
    pub fn br_if(&mut self, depth: u32) -> CompileResult<()> {
        let c = self.pop_condition();
        match self.direct_target(depth) {
            Some(label) => {
                self.masm.int_compare(c.size, c.lhs, c.rhs);
                self.masm.branch_if(c.cmp, label);
            }
            None => self.branch_with_moves_if(&c, depth),
        }
        self.release_condition(c);
        Ok(())
    }

    /// A `br_if` whose branch needs moves: `jcc skip` on the negated
    /// condition over the moves and the jump. Out of line: most branches
    /// are direct.
    #[cold]
    #[inline(never)]
    fn branch_with_moves_if(&mut self, c: &PendingCmp<M::Address>, depth: u32) {
        let skip = self.masm.new_label();
        self.masm.int_compare(c.size, c.lhs, c.rhs);
        self.masm.branch_if(c.cmp.negate(), skip);
        self.emit_branch(depth);
        self.masm.bind(skip);
    }

    pub fn br_table(&mut self, targets: &wasmparser::BrTable<'_>) -> CompileResult<()> {
        let index = self.ctx.pop_to_reg(self.masm);
        // Each distinct depth gets one label: the target itself when no
        // moves are needed, otherwise a stub emitted after the table.
        let mut stubs: Vec<(u32, Label)> = Vec::new();
        let mut labels = std::mem::take(self.labels);
        labels.clear();
        let label_for = |this: &mut Self, depth: u32, stubs: &mut Vec<(u32, Label)>| -> Label {
            if let Some(l) = this.direct_target(depth) {
                return l;
            }
            if let Some((_, l)) = stubs.iter().find(|(d, _)| *d == depth) {
                return *l;
            }
            let l = this.masm.new_label();
            stubs.push((depth, l));
            l
        };
        // Runs of one depth are common (holes of a sparse switch): the
        // label of the previous entry is reused without looking it up.
        let mut previous: Option<(u32, Label)> = None;
        for t in targets.targets() {
            let depth = t.map_err(CompileError::from)?;
            let l = match previous {
                Some((d, l)) if d == depth => l,
                _ => label_for(self, depth, &mut stubs),
            };
            previous = Some((depth, l));
            labels.push(l);
        }
        let default = label_for(self, targets.default(), &mut stubs);
        self.masm.jump_table(index, &labels, default);
        for (depth, label) in stubs {
            self.masm.bind(label);
            self.emit_branch(depth);
        }
        *self.labels = labels;
        self.ctx.free(index);
        self.reachable = false;
        Ok(())
    }

    pub fn return_(&mut self) -> CompileResult<()> {
        self.emit_function_return();
        self.reachable = false;
        Ok(())
    }

    pub fn unreachable(&mut self) -> CompileResult<()> {
        self.masm.trap(TrapCode::Unreachable);
        self.reachable = false;
        Ok(())
    }

    // ---- calls ---------------------------------------------------------------

    pub fn call(&mut self, func_index: u32) -> CompileResult<()> {
        let info = self.info;
        let sig = info.func_sig(func_index);
        let areas = self.check_sig(sig)?;
        let results = self.push_call_args(sig, areas);
        if func_index < info.num_imported_funcs {
            let import = self.offsets.func_import(func_index);
            let saved = self.ctx.frame.vmctx_address::<M>();
            self.masm.call_through_vmctx(
                import + FUNC_IMPORT_CODE,
                import + FUNC_IMPORT_VMCTX,
                saved,
            );
            self.load_heap_base();
        } else {
            self.masm.call_direct(func_index);
            self.reload_after_direct_call();
        }
        self.finish_call(sig, results);
        Ok(())
    }

    /// [`Self::check_type`] of a callee's parameters and results, giving
    /// the areas of a call to it. Most signatures hold only the four
    /// scalar types, which every target supports, one slot each: their
    /// areas follow from the counts (what [`Self::check_sig_types`] would
    /// find in its pass).
    #[inline]
    pub fn check_sig(&self, sig: &FuncSig) -> CompileResult<abi::CallAreas> {
        let scalar = |ty: &WasmType| {
            matches!(
                ty,
                WasmType::I32 | WasmType::I64 | WasmType::F32 | WasmType::F64
            )
        };
        if sig.params.iter().all(scalar) && sig.results.iter().all(scalar) {
            return Ok(abi::CallAreas {
                args: abi::SLOT * sig.params.len() as u32,
                results: abi::SLOT * sig.results.len().saturating_sub(1) as u32,
            });
        }
        self.check_sig_types(sig)
    }

    /// [`Self::check_sig`] type by type, for signatures with other types.
    #[inline(never)]
    fn check_sig_types(&self, sig: &FuncSig) -> CompileResult<abi::CallAreas> {
        let mut areas = abi::CallAreas::default();
        for ty in &sig.params {
            self.check_type(*ty)?;
            areas.args += abi::slot_bytes(*ty);
        }
        if let Some((first, rest)) = sig.results.split_first() {
            self.check_type(*first)?;
            for ty in rest {
                self.check_type(*ty)?;
                areas.results += abi::slot_bytes(*ty);
            }
        }
        Ok(areas)
    }

    /// Points the heap-base register at memory 0, if the module has one: in
    /// the prologue and after calls that may have left the instance (whose
    /// callee loaded it with its own memory's base).
    pub fn load_heap_base(&mut self) {
        if !self.info.memories.is_empty() {
            self.masm.load_heap_base(self.offsets.memory_ptr(0));
        }
    }

    /// Reserves the outgoing `areas` (of a call to `sig`, from
    /// [`Self::check_sig`]), stores the arguments (popping them) and
    /// spills every live register, which the call clobbers. Returns the
    /// size of the result area, released by [`Self::finish_call`]. Like
    /// that, always inlined into the few call lowerings: every call
    /// passes here, and the lowering's frame serves both.
    #[inline(always)]
    pub fn push_call_args(&mut self, sig: &FuncSig, areas: abi::CallAreas) -> u32 {
        let bytes = areas.args + areas.results;
        self.max_call_area = self.max_call_area.max(bytes);
        self.masm.reserve_stack(bytes);
        self.ctx.pop_call_args(self.masm, &sig.params);
        self.ctx.spill_regs(self.masm);
        areas.results
    }

    /// Records the stack map of the safepoint just emitted, if the call was
    /// one (`stack_map.rs`): right after the call, while the value stack
    /// is as the call left it.
    #[inline]
    pub fn safepoints(&mut self) {
        if let Some(at) = self.masm.take_safepoint() {
            self.stack_maps.record(at, self.ctx);
        }
    }

    /// After the call: records its stack map, pushes the results and
    /// releases the result area.
    #[inline(always)]
    pub fn finish_call(&mut self, sig: &FuncSig, result_area: u32) {
        self.safepoints();
        self.push_call_results(&sig.results);
        self.masm.release_stack(result_area);
    }

    /// Calls a runtime builtin with host arguments (vmctx, `consts`..., the
    /// top `n` stack values), pushing its i32 result if it has one.
    pub fn builtin_call(
        &mut self,
        builtin: Builtin,
        consts: &[i64],
        n: usize,
        result: Option<WasmType>,
    ) {
        self.ctx.spill_regs(self.masm);
        let regs = M::host_arg_regs();
        let base = self.ctx.stack.len() - n;
        for (i, c) in consts.iter().enumerate() {
            self.masm.mov_imm(OperandSize::S64, *c, regs[1 + i]);
        }
        for k in 0..n {
            self.ctx
                .load_entry(self.masm, base + k, regs[1 + consts.len() + k]);
        }
        self.ctx.truncate(base);
        self.masm.call_builtin(builtin);
        self.safepoints();
        if let Some(ty) = result {
            let r = M::return_reg(reg_class(ty));
            self.ctx.take_reg(self.masm, r);
            self.ctx.push(Val::Reg(r, ty));
        }
    }

    // ---- globals -------------------------------------------------------------

    // Always inlined into the visitor's methods (as is `global_set`):
    // toolchains that keep the stack pointer in a global read it in most
    // functions (tinygo-json: 16 k `global.get`, one operator in 14).
    #[inline(always)]
    pub fn global_get(&mut self, index: u32) -> CompileResult<()> {
        let ty = self.info.globals[index as usize].ty;
        // An i32 global (the stack pointer) with its register class and
        // width constant, the other types as they come.
        if ty == WasmType::I32 {
            self.global_get_of(index, WasmType::I32);
        } else {
            self.check_type(ty)?;
            self.global_get_of(index, ty);
        }
        Ok(())
    }

    /// [`Self::global_get`] of global `index`, of the checked type `ty`.
    #[inline(always)]
    fn global_get_of(&mut self, index: u32, ty: WasmType) {
        let r = self.ctx.alloc(self.masm, reg_class(ty));
        self.masm
            .load_indirect(OperandSize::of(ty), self.offsets.global_ptr(index), 0, r);
        self.ctx.push(Val::Reg(r, ty));
    }

    #[inline(always)]
    pub fn global_set(&mut self, index: u32) -> CompileResult<()> {
        let ty = self.info.globals[index as usize].ty;
        self.check_type(ty)?;
        let r = self.ctx.pop_to_reg(self.masm);
        self.masm
            .store_indirect(OperandSize::of(ty), self.offsets.global_ptr(index), 0, r);
        self.ctx.free(r);
        Ok(())
    }

    /// Pushes a call's results: result 0 in the return register, the rest
    /// by [`Self::push_area_results`]. Inlined into [`Self::finish_call`]:
    /// most calls have one result or none.
    #[inline(always)]
    fn push_call_results(&mut self, results: &[WasmType]) {
        let Some((first, rest)) = results.split_first() else {
            return;
        };
        let r: Reg = M::return_reg(reg_class(*first));
        self.ctx.take_reg(self.masm, r);
        self.ctx.push(Val::Reg(r, *first));
        if !rest.is_empty() {
            self.push_area_results(results);
        }
    }

    /// Pushes results 1.. of a call's `results`, copied from the result
    /// area (at the stack pointer) to their slots. Out of line: few calls
    /// have them.
    #[cold]
    #[inline(never)]
    fn push_area_results(&mut self, results: &[WasmType]) {
        for (j, ty) in results.iter().enumerate().skip(1) {
            let src = M::stack_address(abi::result_offset(results, j));
            let dst = self.ctx.slot::<M>(self.ctx.stack.len());
            self.masm.copy_mem(OperandSize::of(*ty), src, dst);
            self.ctx.push(Val::Mem(*ty));
        }
    }
}
