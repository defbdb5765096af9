//! The visitor: one method per Wasm operator, each validated first (by
//! wasmparser's `FuncValidator`) and then translated by [`CodeGen`]. Both
//! happen in the same pass over the operator stream.
//!
//! Operators brisk does not translate yet fall through to a generated method
//! that reports `Unsupported` with the operator's name and proposal.

use crate::codegen::CodeGen;
use crate::masm::*;
use brisk_environ::{CompileError, CompileResult, WasmType};
use wasmparser::{FuncValidator, ValidatorResources, VisitOperator, VisitSimdOperator};

use WasmType::{I32, I64};

/// Generates an `Unsupported` method for every operator not implemented by
/// hand below. Each implemented operator has an arm that expands to nothing.
macro_rules! unsupported_ops {
    ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*))*) => {
        $( unsupported_ops!(@one $proposal $op $visit $({ $($arg: $argty),* })?); )*
    };
    (@one $proposal:ident $op:ident $visit:ident $({ $($arg:ident: $argty:ty),* })?) => {
        implemented_or_unsupported!($op, $proposal, $visit $({ $($arg: $argty),* })?);
    };
}

macro_rules! implemented_or_unsupported {
    // Implemented by hand.
    (Unreachable $($rest:tt)*) => {};
    (Nop $($rest:tt)*) => {};
    (Block $($rest:tt)*) => {};
    (Loop $($rest:tt)*) => {};
    (If $($rest:tt)*) => {};
    (Else $($rest:tt)*) => {};
    (End $($rest:tt)*) => {};
    (Br $($rest:tt)*) => {};
    (BrIf $($rest:tt)*) => {};
    (BrTable $($rest:tt)*) => {};
    (Return $($rest:tt)*) => {};
    (Call $($rest:tt)*) => {};
    (Drop $($rest:tt)*) => {};
    (Select $($rest:tt)*) => {};
    (LocalGet $($rest:tt)*) => {};
    (LocalSet $($rest:tt)*) => {};
    (LocalTee $($rest:tt)*) => {};
    (I32Const $($rest:tt)*) => {};
    (I64Const $($rest:tt)*) => {};
    (I32Eqz $($rest:tt)*) => {};
    (I32Eq $($rest:tt)*) => {};
    (I32Ne $($rest:tt)*) => {};
    (I32LtS $($rest:tt)*) => {};
    (I32LtU $($rest:tt)*) => {};
    (I32GtS $($rest:tt)*) => {};
    (I32GtU $($rest:tt)*) => {};
    (I32LeS $($rest:tt)*) => {};
    (I32LeU $($rest:tt)*) => {};
    (I32GeS $($rest:tt)*) => {};
    (I32GeU $($rest:tt)*) => {};
    (I64Eqz $($rest:tt)*) => {};
    (I64Eq $($rest:tt)*) => {};
    (I64Ne $($rest:tt)*) => {};
    (I64LtS $($rest:tt)*) => {};
    (I64LtU $($rest:tt)*) => {};
    (I64GtS $($rest:tt)*) => {};
    (I64GtU $($rest:tt)*) => {};
    (I64LeS $($rest:tt)*) => {};
    (I64LeU $($rest:tt)*) => {};
    (I64GeS $($rest:tt)*) => {};
    (I64GeU $($rest:tt)*) => {};
    (I32Clz $($rest:tt)*) => {};
    (I32Ctz $($rest:tt)*) => {};
    (I32Popcnt $($rest:tt)*) => {};
    (I32Add $($rest:tt)*) => {};
    (I32Sub $($rest:tt)*) => {};
    (I32Mul $($rest:tt)*) => {};
    (I32DivS $($rest:tt)*) => {};
    (I32DivU $($rest:tt)*) => {};
    (I32RemS $($rest:tt)*) => {};
    (I32RemU $($rest:tt)*) => {};
    (I32And $($rest:tt)*) => {};
    (I32Or $($rest:tt)*) => {};
    (I32Xor $($rest:tt)*) => {};
    (I32Shl $($rest:tt)*) => {};
    (I32ShrS $($rest:tt)*) => {};
    (I32ShrU $($rest:tt)*) => {};
    (I32Rotl $($rest:tt)*) => {};
    (I32Rotr $($rest:tt)*) => {};
    (I64Clz $($rest:tt)*) => {};
    (I64Ctz $($rest:tt)*) => {};
    (I64Popcnt $($rest:tt)*) => {};
    (I64Add $($rest:tt)*) => {};
    (I64Sub $($rest:tt)*) => {};
    (I64Mul $($rest:tt)*) => {};
    (I64DivS $($rest:tt)*) => {};
    (I64DivU $($rest:tt)*) => {};
    (I64RemS $($rest:tt)*) => {};
    (I64RemU $($rest:tt)*) => {};
    (I64And $($rest:tt)*) => {};
    (I64Or $($rest:tt)*) => {};
    (I64Xor $($rest:tt)*) => {};
    (I64Shl $($rest:tt)*) => {};
    (I64ShrS $($rest:tt)*) => {};
    (I64ShrU $($rest:tt)*) => {};
    (I64Rotl $($rest:tt)*) => {};
    (I64Rotr $($rest:tt)*) => {};
    (I32WrapI64 $($rest:tt)*) => {};
    (I64ExtendI32S $($rest:tt)*) => {};
    (I64ExtendI32U $($rest:tt)*) => {};
    (I32Extend8S $($rest:tt)*) => {};
    (I32Extend16S $($rest:tt)*) => {};
    (I64Extend8S $($rest:tt)*) => {};
    (I64Extend16S $($rest:tt)*) => {};
    (I64Extend32S $($rest:tt)*) => {};
    // Everything else.
    ($op:ident, $proposal:ident, $visit:ident $({ $($arg:ident: $argty:ty),* })?) => {
        fn $visit(&mut self $($(, $arg: $argty)*)?) -> Self::Output {
            $($(let _ = $arg;)*)?
            self.unsupported(concat!(stringify!($op), " (", stringify!($proposal), ")"))
        }
    };
}

impl<'a, M: MacroAssembler> VisitOperator<'a> for CodeGen<'_, M> {
    type Output = CompileResult<()>;

    fn simd_visitor(&mut self) -> Option<&mut dyn VisitSimdOperator<'a, Output = Self::Output>> {
        Some(self)
    }

    wasmparser::for_each_visit_operator!(unsupported_ops);

    fn visit_unreachable(&mut self) -> Self::Output {
        self.unreachable()
    }
    fn visit_nop(&mut self) -> Self::Output {
        Ok(())
    }
    fn visit_block(&mut self, blockty: wasmparser::BlockType) -> Self::Output {
        let sig = self.block_sig(blockty)?;
        self.block(sig)
    }
    fn visit_loop(&mut self, blockty: wasmparser::BlockType) -> Self::Output {
        let sig = self.block_sig(blockty)?;
        self.loop_(sig)
    }
    fn visit_if(&mut self, blockty: wasmparser::BlockType) -> Self::Output {
        let sig = self.block_sig(blockty)?;
        self.if_(sig)
    }
    fn visit_else(&mut self) -> Self::Output {
        self.else_()
    }
    fn visit_end(&mut self) -> Self::Output {
        self.end()
    }
    fn visit_br(&mut self, relative_depth: u32) -> Self::Output {
        self.br(relative_depth)
    }
    fn visit_br_if(&mut self, relative_depth: u32) -> Self::Output {
        self.br_if(relative_depth)
    }
    fn visit_br_table(&mut self, targets: wasmparser::BrTable<'a>) -> Self::Output {
        self.br_table(&targets)
    }
    fn visit_return(&mut self) -> Self::Output {
        self.return_()
    }
    fn visit_call(&mut self, function_index: u32) -> Self::Output {
        self.call(function_index)
    }
    fn visit_drop(&mut self) -> Self::Output {
        self.ctx.drop_top();
        Ok(())
    }
    fn visit_select(&mut self) -> Self::Output {
        self.select()
    }
    fn visit_local_get(&mut self, local_index: u32) -> Self::Output {
        self.local_get(local_index)
    }
    fn visit_local_set(&mut self, local_index: u32) -> Self::Output {
        self.local_set(local_index, false)
    }
    fn visit_local_tee(&mut self, local_index: u32) -> Self::Output {
        self.local_set(local_index, true)
    }
    fn visit_i32_const(&mut self, value: i32) -> Self::Output {
        self.ctx.push(crate::stack::Val::I32(value));
        Ok(())
    }
    fn visit_i64_const(&mut self, value: i64) -> Self::Output {
        self.ctx.push(crate::stack::Val::I64(value));
        Ok(())
    }

    fn visit_i32_eqz(&mut self) -> Self::Output {
        self.eqz(I32)
    }
    fn visit_i32_eq(&mut self) -> Self::Output {
        self.compare(I32, IntCmp::Eq)
    }
    fn visit_i32_ne(&mut self) -> Self::Output {
        self.compare(I32, IntCmp::Ne)
    }
    fn visit_i32_lt_s(&mut self) -> Self::Output {
        self.compare(I32, IntCmp::LtS)
    }
    fn visit_i32_lt_u(&mut self) -> Self::Output {
        self.compare(I32, IntCmp::LtU)
    }
    fn visit_i32_gt_s(&mut self) -> Self::Output {
        self.compare(I32, IntCmp::GtS)
    }
    fn visit_i32_gt_u(&mut self) -> Self::Output {
        self.compare(I32, IntCmp::GtU)
    }
    fn visit_i32_le_s(&mut self) -> Self::Output {
        self.compare(I32, IntCmp::LeS)
    }
    fn visit_i32_le_u(&mut self) -> Self::Output {
        self.compare(I32, IntCmp::LeU)
    }
    fn visit_i32_ge_s(&mut self) -> Self::Output {
        self.compare(I32, IntCmp::GeS)
    }
    fn visit_i32_ge_u(&mut self) -> Self::Output {
        self.compare(I32, IntCmp::GeU)
    }
    fn visit_i64_eqz(&mut self) -> Self::Output {
        self.eqz(I64)
    }
    fn visit_i64_eq(&mut self) -> Self::Output {
        self.compare(I64, IntCmp::Eq)
    }
    fn visit_i64_ne(&mut self) -> Self::Output {
        self.compare(I64, IntCmp::Ne)
    }
    fn visit_i64_lt_s(&mut self) -> Self::Output {
        self.compare(I64, IntCmp::LtS)
    }
    fn visit_i64_lt_u(&mut self) -> Self::Output {
        self.compare(I64, IntCmp::LtU)
    }
    fn visit_i64_gt_s(&mut self) -> Self::Output {
        self.compare(I64, IntCmp::GtS)
    }
    fn visit_i64_gt_u(&mut self) -> Self::Output {
        self.compare(I64, IntCmp::GtU)
    }
    fn visit_i64_le_s(&mut self) -> Self::Output {
        self.compare(I64, IntCmp::LeS)
    }
    fn visit_i64_le_u(&mut self) -> Self::Output {
        self.compare(I64, IntCmp::LeU)
    }
    fn visit_i64_ge_s(&mut self) -> Self::Output {
        self.compare(I64, IntCmp::GeS)
    }
    fn visit_i64_ge_u(&mut self) -> Self::Output {
        self.compare(I64, IntCmp::GeU)
    }

    fn visit_i32_clz(&mut self) -> Self::Output {
        self.bitcount(I32, BitCount::Clz)
    }
    fn visit_i32_ctz(&mut self) -> Self::Output {
        self.bitcount(I32, BitCount::Ctz)
    }
    fn visit_i32_popcnt(&mut self) -> Self::Output {
        self.bitcount(I32, BitCount::Popcnt)
    }
    fn visit_i32_add(&mut self) -> Self::Output {
        self.binop(I32, IntBinOp::Add)
    }
    fn visit_i32_sub(&mut self) -> Self::Output {
        self.binop(I32, IntBinOp::Sub)
    }
    fn visit_i32_mul(&mut self) -> Self::Output {
        self.binop(I32, IntBinOp::Mul)
    }
    fn visit_i32_div_s(&mut self) -> Self::Output {
        self.div(I32, DivKind::DivS)
    }
    fn visit_i32_div_u(&mut self) -> Self::Output {
        self.div(I32, DivKind::DivU)
    }
    fn visit_i32_rem_s(&mut self) -> Self::Output {
        self.div(I32, DivKind::RemS)
    }
    fn visit_i32_rem_u(&mut self) -> Self::Output {
        self.div(I32, DivKind::RemU)
    }
    fn visit_i32_and(&mut self) -> Self::Output {
        self.binop(I32, IntBinOp::And)
    }
    fn visit_i32_or(&mut self) -> Self::Output {
        self.binop(I32, IntBinOp::Or)
    }
    fn visit_i32_xor(&mut self) -> Self::Output {
        self.binop(I32, IntBinOp::Xor)
    }
    fn visit_i32_shl(&mut self) -> Self::Output {
        self.shift(I32, ShiftKind::Shl)
    }
    fn visit_i32_shr_s(&mut self) -> Self::Output {
        self.shift(I32, ShiftKind::ShrS)
    }
    fn visit_i32_shr_u(&mut self) -> Self::Output {
        self.shift(I32, ShiftKind::ShrU)
    }
    fn visit_i32_rotl(&mut self) -> Self::Output {
        self.shift(I32, ShiftKind::Rotl)
    }
    fn visit_i32_rotr(&mut self) -> Self::Output {
        self.shift(I32, ShiftKind::Rotr)
    }
    fn visit_i64_clz(&mut self) -> Self::Output {
        self.bitcount(I64, BitCount::Clz)
    }
    fn visit_i64_ctz(&mut self) -> Self::Output {
        self.bitcount(I64, BitCount::Ctz)
    }
    fn visit_i64_popcnt(&mut self) -> Self::Output {
        self.bitcount(I64, BitCount::Popcnt)
    }
    fn visit_i64_add(&mut self) -> Self::Output {
        self.binop(I64, IntBinOp::Add)
    }
    fn visit_i64_sub(&mut self) -> Self::Output {
        self.binop(I64, IntBinOp::Sub)
    }
    fn visit_i64_mul(&mut self) -> Self::Output {
        self.binop(I64, IntBinOp::Mul)
    }
    fn visit_i64_div_s(&mut self) -> Self::Output {
        self.div(I64, DivKind::DivS)
    }
    fn visit_i64_div_u(&mut self) -> Self::Output {
        self.div(I64, DivKind::DivU)
    }
    fn visit_i64_rem_s(&mut self) -> Self::Output {
        self.div(I64, DivKind::RemS)
    }
    fn visit_i64_rem_u(&mut self) -> Self::Output {
        self.div(I64, DivKind::RemU)
    }
    fn visit_i64_and(&mut self) -> Self::Output {
        self.binop(I64, IntBinOp::And)
    }
    fn visit_i64_or(&mut self) -> Self::Output {
        self.binop(I64, IntBinOp::Or)
    }
    fn visit_i64_xor(&mut self) -> Self::Output {
        self.binop(I64, IntBinOp::Xor)
    }
    fn visit_i64_shl(&mut self) -> Self::Output {
        self.shift(I64, ShiftKind::Shl)
    }
    fn visit_i64_shr_s(&mut self) -> Self::Output {
        self.shift(I64, ShiftKind::ShrS)
    }
    fn visit_i64_shr_u(&mut self) -> Self::Output {
        self.shift(I64, ShiftKind::ShrU)
    }
    fn visit_i64_rotl(&mut self) -> Self::Output {
        self.shift(I64, ShiftKind::Rotl)
    }
    fn visit_i64_rotr(&mut self) -> Self::Output {
        self.shift(I64, ShiftKind::Rotr)
    }
    fn visit_i32_wrap_i64(&mut self) -> Self::Output {
        self.extend(I32, Extend::From32U)
    }
    fn visit_i64_extend_i32_s(&mut self) -> Self::Output {
        self.extend(I64, Extend::I64From32S)
    }
    fn visit_i64_extend_i32_u(&mut self) -> Self::Output {
        self.extend(I64, Extend::From32U)
    }
    fn visit_i32_extend8_s(&mut self) -> Self::Output {
        self.extend(I32, Extend::I32From8S)
    }
    fn visit_i32_extend16_s(&mut self) -> Self::Output {
        self.extend(I32, Extend::I32From16S)
    }
    fn visit_i64_extend8_s(&mut self) -> Self::Output {
        self.extend(I64, Extend::I64From8S)
    }
    fn visit_i64_extend16_s(&mut self) -> Self::Output {
        self.extend(I64, Extend::I64From16S)
    }
    fn visit_i64_extend32_s(&mut self) -> Self::Output {
        self.extend(I64, Extend::I64From32S)
    }
}

macro_rules! unsupported_simd {
    ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*))*) => {
        $(
            fn $visit(&mut self $($(, $arg: $argty)*)?) -> Self::Output {
                $($(let _ = $arg;)*)?
                self.unsupported(concat!(stringify!($op), " (", stringify!($proposal), ")"))
            }
        )*
    };
}

impl<'a, M: MacroAssembler> VisitSimdOperator<'a> for CodeGen<'_, M> {
    wasmparser::for_each_visit_simd_operator!(unsupported_simd);
}

/// Whether an operator opens or closes a control frame: those reach the
/// code generator even in unreachable code, to keep frames paired.
macro_rules! is_control {
    (Block) => {
        true
    };
    (Loop) => {
        true
    };
    (If) => {
        true
    };
    (Else) => {
        true
    };
    (End) => {
        true
    };
    (TryTable) => {
        true
    };
    (Try) => {
        true
    };
    (Catch) => {
        true
    };
    (CatchAll) => {
        true
    };
    (Delegate) => {
        true
    };
    ($other:ident) => {
        false
    };
}

/// Drives validation and translation together: each operator goes to the
/// validator first; if it is valid and code generation has not failed yet,
/// to the code generator.
pub struct ValidateThenVisit<'v, 'c, M: MacroAssembler> {
    pub validator: &'v mut FuncValidator<ValidatorResources>,
    pub codegen: &'v mut CodeGen<'c, M>,
    /// False to only validate (the module is already known to be unsupported).
    pub translate: bool,
    /// The first code-generation error; validation goes on after it.
    pub error: Option<CompileError>,
}

impl<M: MacroAssembler> ValidateThenVisit<'_, '_, M> {
    fn translate(
        &mut self,
        control: bool,
        f: impl FnOnce(&mut CodeGen<'_, M>) -> CompileResult<()>,
    ) {
        if !self.translate || self.error.is_some() {
            return;
        }
        let cg = &mut *self.codegen;
        if control {
            // Frames opened in unreachable code emit nothing; only their
            // nesting is tracked.
            if !cg.reachable && cg.dead_blocks > 0 {
                return;
            }
        } else if !cg.reachable {
            return;
        }
        if let Err(e) = f(cg) {
            self.error = Some(e);
        }
    }
}

macro_rules! validate_then_visit {
    ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*))*) => {
        $(
            fn $visit(&mut self $($(, $arg: $argty)*)?) -> Self::Output {
                let offset = self.codegen.offset;
                self.validator.visitor(offset).$visit($($($arg.clone()),*)?)?;
                validate_then_visit!(@track self $op);
                self.translate(is_control!($op), |cg| cg.$visit($($($arg),*)?));
                Ok(())
            }
        )*
    };
    // Track nesting of frames opened in unreachable code.
    (@track $self:ident Block) => { $self.open_block(); };
    (@track $self:ident Loop) => { $self.open_block(); };
    (@track $self:ident If) => { $self.open_block(); };
    (@track $self:ident TryTable) => { $self.open_block(); };
    (@track $self:ident Try) => { $self.open_block(); };
    (@track $self:ident End) => { if $self.close_block() { return Ok(()); } };
    (@track $self:ident Else) => { if $self.codegen.dead_blocks > 0 { return Ok(()); } };
    (@track $self:ident $other:ident) => {};
}

impl<M: MacroAssembler> ValidateThenVisit<'_, '_, M> {
    /// A block opened in unreachable code is counted, not translated.
    fn open_block(&mut self) {
        if !self.codegen.reachable && self.error.is_none() {
            self.codegen.dead_blocks += 1;
        }
    }

    /// Returns true when the `end` closes a dead block (nothing to translate).
    fn close_block(&mut self) -> bool {
        if self.codegen.dead_blocks > 0 {
            self.codegen.dead_blocks -= 1;
            true
        } else {
            false
        }
    }
}

impl<'a, M: MacroAssembler> VisitOperator<'a> for ValidateThenVisit<'_, '_, M> {
    type Output = wasmparser::Result<()>;

    fn simd_visitor(&mut self) -> Option<&mut dyn VisitSimdOperator<'a, Output = Self::Output>> {
        Some(self)
    }

    wasmparser::for_each_visit_operator!(validate_then_visit);
}

macro_rules! validate_then_visit_simd {
    ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*))*) => {
        $(
            fn $visit(&mut self $($(, $arg: $argty)*)?) -> Self::Output {
                let offset = self.codegen.offset;
                self.validator.simd_visitor(offset).$visit($($($arg.clone()),*)?)?;
                self.translate(false, |cg| cg.$visit($($($arg),*)?));
                Ok(())
            }
        )*
    };
}

impl<'a, M: MacroAssembler> VisitSimdOperator<'a> for ValidateThenVisit<'_, '_, M> {
    wasmparser::for_each_visit_simd_operator!(validate_then_visit_simd);
}
