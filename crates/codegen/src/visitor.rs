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

use crate::memory::LoadKind;
use OperandSize::{S8, S16, S32, S64};
use WasmType::{F32, F64, I32, I64};
use wasmparser::MemArg;

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
    // Floating point (codegen_float.rs).
    (F32Const $($rest:tt)*) => {};
    (F64Const $($rest:tt)*) => {};
    (F32Eq $($rest:tt)*) => {};
    (F32Ne $($rest:tt)*) => {};
    (F32Lt $($rest:tt)*) => {};
    (F32Gt $($rest:tt)*) => {};
    (F32Le $($rest:tt)*) => {};
    (F32Ge $($rest:tt)*) => {};
    (F64Eq $($rest:tt)*) => {};
    (F64Ne $($rest:tt)*) => {};
    (F64Lt $($rest:tt)*) => {};
    (F64Gt $($rest:tt)*) => {};
    (F64Le $($rest:tt)*) => {};
    (F64Ge $($rest:tt)*) => {};
    (F32Abs $($rest:tt)*) => {};
    (F32Neg $($rest:tt)*) => {};
    (F32Ceil $($rest:tt)*) => {};
    (F32Floor $($rest:tt)*) => {};
    (F32Trunc $($rest:tt)*) => {};
    (F32Nearest $($rest:tt)*) => {};
    (F32Sqrt $($rest:tt)*) => {};
    (F32Add $($rest:tt)*) => {};
    (F32Sub $($rest:tt)*) => {};
    (F32Mul $($rest:tt)*) => {};
    (F32Div $($rest:tt)*) => {};
    (F32Min $($rest:tt)*) => {};
    (F32Max $($rest:tt)*) => {};
    (F32Copysign $($rest:tt)*) => {};
    (F64Abs $($rest:tt)*) => {};
    (F64Neg $($rest:tt)*) => {};
    (F64Ceil $($rest:tt)*) => {};
    (F64Floor $($rest:tt)*) => {};
    (F64Trunc $($rest:tt)*) => {};
    (F64Nearest $($rest:tt)*) => {};
    (F64Sqrt $($rest:tt)*) => {};
    (F64Add $($rest:tt)*) => {};
    (F64Sub $($rest:tt)*) => {};
    (F64Mul $($rest:tt)*) => {};
    (F64Div $($rest:tt)*) => {};
    (F64Min $($rest:tt)*) => {};
    (F64Max $($rest:tt)*) => {};
    (F64Copysign $($rest:tt)*) => {};
    (I32TruncF32S $($rest:tt)*) => {};
    (I32TruncF32U $($rest:tt)*) => {};
    (I32TruncF64S $($rest:tt)*) => {};
    (I32TruncF64U $($rest:tt)*) => {};
    (I64TruncF32S $($rest:tt)*) => {};
    (I64TruncF32U $($rest:tt)*) => {};
    (I64TruncF64S $($rest:tt)*) => {};
    (I64TruncF64U $($rest:tt)*) => {};
    (I32TruncSatF32S $($rest:tt)*) => {};
    (I32TruncSatF32U $($rest:tt)*) => {};
    (I32TruncSatF64S $($rest:tt)*) => {};
    (I32TruncSatF64U $($rest:tt)*) => {};
    (I64TruncSatF32S $($rest:tt)*) => {};
    (I64TruncSatF32U $($rest:tt)*) => {};
    (I64TruncSatF64S $($rest:tt)*) => {};
    (I64TruncSatF64U $($rest:tt)*) => {};
    (F32ConvertI32S $($rest:tt)*) => {};
    (F32ConvertI32U $($rest:tt)*) => {};
    (F32ConvertI64S $($rest:tt)*) => {};
    (F32ConvertI64U $($rest:tt)*) => {};
    (F64ConvertI32S $($rest:tt)*) => {};
    (F64ConvertI32U $($rest:tt)*) => {};
    (F64ConvertI64S $($rest:tt)*) => {};
    (F64ConvertI64U $($rest:tt)*) => {};
    (F32DemoteF64 $($rest:tt)*) => {};
    (F64PromoteF32 $($rest:tt)*) => {};
    (I32ReinterpretF32 $($rest:tt)*) => {};
    (I64ReinterpretF64 $($rest:tt)*) => {};
    (F32ReinterpretI32 $($rest:tt)*) => {};
    (F64ReinterpretI64 $($rest:tt)*) => {};
    (CallIndirect $($rest:tt)*) => {};
    (GlobalGet $($rest:tt)*) => {};
    (GlobalSet $($rest:tt)*) => {};
    (I32Load $($rest:tt)*) => {};
    (I64Load $($rest:tt)*) => {};
    (F32Load $($rest:tt)*) => {};
    (F64Load $($rest:tt)*) => {};
    (I32Load8S $($rest:tt)*) => {};
    (I32Load8U $($rest:tt)*) => {};
    (I32Load16S $($rest:tt)*) => {};
    (I32Load16U $($rest:tt)*) => {};
    (I64Load8S $($rest:tt)*) => {};
    (I64Load8U $($rest:tt)*) => {};
    (I64Load16S $($rest:tt)*) => {};
    (I64Load16U $($rest:tt)*) => {};
    (I64Load32S $($rest:tt)*) => {};
    (I64Load32U $($rest:tt)*) => {};
    (I32Store $($rest:tt)*) => {};
    (I64Store $($rest:tt)*) => {};
    (F32Store $($rest:tt)*) => {};
    (F64Store $($rest:tt)*) => {};
    (I32Store8 $($rest:tt)*) => {};
    (I32Store16 $($rest:tt)*) => {};
    (I64Store8 $($rest:tt)*) => {};
    (I64Store16 $($rest:tt)*) => {};
    (I64Store32 $($rest:tt)*) => {};
    (MemorySize $($rest:tt)*) => {};
    (MemoryGrow $($rest:tt)*) => {};
    (MemoryInit $($rest:tt)*) => {};
    (DataDrop $($rest:tt)*) => {};
    (MemoryCopy $($rest:tt)*) => {};
    (MemoryFill $($rest:tt)*) => {};
    (TableInit $($rest:tt)*) => {};
    (ElemDrop $($rest:tt)*) => {};
    (TableCopy $($rest:tt)*) => {};
    (TypedSelect $($rest:tt)*) => {};
    (RefNull $($rest:tt)*) => {};
    (RefIsNull $($rest:tt)*) => {};
    (RefFunc $($rest:tt)*) => {};
    (TableFill $($rest:tt)*) => {};
    (TableGet $($rest:tt)*) => {};
    (TableSet $($rest:tt)*) => {};
    (TableGrow $($rest:tt)*) => {};
    (TableSize $($rest:tt)*) => {};
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

    // ---- floating point (codegen_float.rs) ----------------------------------

    fn visit_f32_const(&mut self, value: wasmparser::Ieee32) -> Self::Output {
        self.float_const(crate::stack::Val::F32(value.bits()))
    }
    fn visit_f64_const(&mut self, value: wasmparser::Ieee64) -> Self::Output {
        self.float_const(crate::stack::Val::F64(value.bits()))
    }
    fn visit_f32_eq(&mut self) -> Self::Output {
        self.float_compare(F32, FloatCmp::Eq)
    }
    fn visit_f32_ne(&mut self) -> Self::Output {
        self.float_compare(F32, FloatCmp::Ne)
    }
    fn visit_f32_lt(&mut self) -> Self::Output {
        self.float_compare(F32, FloatCmp::Lt)
    }
    fn visit_f32_gt(&mut self) -> Self::Output {
        self.float_compare(F32, FloatCmp::Gt)
    }
    fn visit_f32_le(&mut self) -> Self::Output {
        self.float_compare(F32, FloatCmp::Le)
    }
    fn visit_f32_ge(&mut self) -> Self::Output {
        self.float_compare(F32, FloatCmp::Ge)
    }
    fn visit_f64_eq(&mut self) -> Self::Output {
        self.float_compare(F64, FloatCmp::Eq)
    }
    fn visit_f64_ne(&mut self) -> Self::Output {
        self.float_compare(F64, FloatCmp::Ne)
    }
    fn visit_f64_lt(&mut self) -> Self::Output {
        self.float_compare(F64, FloatCmp::Lt)
    }
    fn visit_f64_gt(&mut self) -> Self::Output {
        self.float_compare(F64, FloatCmp::Gt)
    }
    fn visit_f64_le(&mut self) -> Self::Output {
        self.float_compare(F64, FloatCmp::Le)
    }
    fn visit_f64_ge(&mut self) -> Self::Output {
        self.float_compare(F64, FloatCmp::Ge)
    }
    fn visit_f32_abs(&mut self) -> Self::Output {
        self.float_unop(F32, FloatUnOp::Abs)
    }
    fn visit_f32_neg(&mut self) -> Self::Output {
        self.float_unop(F32, FloatUnOp::Neg)
    }
    fn visit_f32_ceil(&mut self) -> Self::Output {
        self.float_unop(F32, FloatUnOp::Ceil)
    }
    fn visit_f32_floor(&mut self) -> Self::Output {
        self.float_unop(F32, FloatUnOp::Floor)
    }
    fn visit_f32_trunc(&mut self) -> Self::Output {
        self.float_unop(F32, FloatUnOp::Trunc)
    }
    fn visit_f32_nearest(&mut self) -> Self::Output {
        self.float_unop(F32, FloatUnOp::Nearest)
    }
    fn visit_f32_sqrt(&mut self) -> Self::Output {
        self.float_unop(F32, FloatUnOp::Sqrt)
    }
    fn visit_f32_add(&mut self) -> Self::Output {
        self.float_binop(F32, FloatBinOp::Add)
    }
    fn visit_f32_sub(&mut self) -> Self::Output {
        self.float_binop(F32, FloatBinOp::Sub)
    }
    fn visit_f32_mul(&mut self) -> Self::Output {
        self.float_binop(F32, FloatBinOp::Mul)
    }
    fn visit_f32_div(&mut self) -> Self::Output {
        self.float_binop(F32, FloatBinOp::Div)
    }
    fn visit_f32_min(&mut self) -> Self::Output {
        self.float_binop(F32, FloatBinOp::Min)
    }
    fn visit_f32_max(&mut self) -> Self::Output {
        self.float_binop(F32, FloatBinOp::Max)
    }
    fn visit_f32_copysign(&mut self) -> Self::Output {
        self.float_binop(F32, FloatBinOp::Copysign)
    }
    fn visit_f64_abs(&mut self) -> Self::Output {
        self.float_unop(F64, FloatUnOp::Abs)
    }
    fn visit_f64_neg(&mut self) -> Self::Output {
        self.float_unop(F64, FloatUnOp::Neg)
    }
    fn visit_f64_ceil(&mut self) -> Self::Output {
        self.float_unop(F64, FloatUnOp::Ceil)
    }
    fn visit_f64_floor(&mut self) -> Self::Output {
        self.float_unop(F64, FloatUnOp::Floor)
    }
    fn visit_f64_trunc(&mut self) -> Self::Output {
        self.float_unop(F64, FloatUnOp::Trunc)
    }
    fn visit_f64_nearest(&mut self) -> Self::Output {
        self.float_unop(F64, FloatUnOp::Nearest)
    }
    fn visit_f64_sqrt(&mut self) -> Self::Output {
        self.float_unop(F64, FloatUnOp::Sqrt)
    }
    fn visit_f64_add(&mut self) -> Self::Output {
        self.float_binop(F64, FloatBinOp::Add)
    }
    fn visit_f64_sub(&mut self) -> Self::Output {
        self.float_binop(F64, FloatBinOp::Sub)
    }
    fn visit_f64_mul(&mut self) -> Self::Output {
        self.float_binop(F64, FloatBinOp::Mul)
    }
    fn visit_f64_div(&mut self) -> Self::Output {
        self.float_binop(F64, FloatBinOp::Div)
    }
    fn visit_f64_min(&mut self) -> Self::Output {
        self.float_binop(F64, FloatBinOp::Min)
    }
    fn visit_f64_max(&mut self) -> Self::Output {
        self.float_binop(F64, FloatBinOp::Max)
    }
    fn visit_f64_copysign(&mut self) -> Self::Output {
        self.float_binop(F64, FloatBinOp::Copysign)
    }
    fn visit_i32_trunc_f32_s(&mut self) -> Self::Output {
        self.float_to_int(F32, I32, true, FloatToInt::Trapping)
    }
    fn visit_i32_trunc_f32_u(&mut self) -> Self::Output {
        self.float_to_int(F32, I32, false, FloatToInt::Trapping)
    }
    fn visit_i32_trunc_f64_s(&mut self) -> Self::Output {
        self.float_to_int(F64, I32, true, FloatToInt::Trapping)
    }
    fn visit_i32_trunc_f64_u(&mut self) -> Self::Output {
        self.float_to_int(F64, I32, false, FloatToInt::Trapping)
    }
    fn visit_i64_trunc_f32_s(&mut self) -> Self::Output {
        self.float_to_int(F32, I64, true, FloatToInt::Trapping)
    }
    fn visit_i64_trunc_f32_u(&mut self) -> Self::Output {
        self.float_to_int(F32, I64, false, FloatToInt::Trapping)
    }
    fn visit_i64_trunc_f64_s(&mut self) -> Self::Output {
        self.float_to_int(F64, I64, true, FloatToInt::Trapping)
    }
    fn visit_i64_trunc_f64_u(&mut self) -> Self::Output {
        self.float_to_int(F64, I64, false, FloatToInt::Trapping)
    }
    fn visit_i32_trunc_sat_f32_s(&mut self) -> Self::Output {
        self.float_to_int(F32, I32, true, FloatToInt::Saturating)
    }
    fn visit_i32_trunc_sat_f32_u(&mut self) -> Self::Output {
        self.float_to_int(F32, I32, false, FloatToInt::Saturating)
    }
    fn visit_i32_trunc_sat_f64_s(&mut self) -> Self::Output {
        self.float_to_int(F64, I32, true, FloatToInt::Saturating)
    }
    fn visit_i32_trunc_sat_f64_u(&mut self) -> Self::Output {
        self.float_to_int(F64, I32, false, FloatToInt::Saturating)
    }
    fn visit_i64_trunc_sat_f32_s(&mut self) -> Self::Output {
        self.float_to_int(F32, I64, true, FloatToInt::Saturating)
    }
    fn visit_i64_trunc_sat_f32_u(&mut self) -> Self::Output {
        self.float_to_int(F32, I64, false, FloatToInt::Saturating)
    }
    fn visit_i64_trunc_sat_f64_s(&mut self) -> Self::Output {
        self.float_to_int(F64, I64, true, FloatToInt::Saturating)
    }
    fn visit_i64_trunc_sat_f64_u(&mut self) -> Self::Output {
        self.float_to_int(F64, I64, false, FloatToInt::Saturating)
    }
    fn visit_f32_convert_i32_s(&mut self) -> Self::Output {
        self.int_to_float(I32, F32, true)
    }
    fn visit_f32_convert_i32_u(&mut self) -> Self::Output {
        self.int_to_float(I32, F32, false)
    }
    fn visit_f32_convert_i64_s(&mut self) -> Self::Output {
        self.int_to_float(I64, F32, true)
    }
    fn visit_f32_convert_i64_u(&mut self) -> Self::Output {
        self.int_to_float(I64, F32, false)
    }
    fn visit_f64_convert_i32_s(&mut self) -> Self::Output {
        self.int_to_float(I32, F64, true)
    }
    fn visit_f64_convert_i32_u(&mut self) -> Self::Output {
        self.int_to_float(I32, F64, false)
    }
    fn visit_f64_convert_i64_s(&mut self) -> Self::Output {
        self.int_to_float(I64, F64, true)
    }
    fn visit_f64_convert_i64_u(&mut self) -> Self::Output {
        self.int_to_float(I64, F64, false)
    }
    fn visit_f32_demote_f64(&mut self) -> Self::Output {
        self.float_convert(F64, F32)
    }
    fn visit_f64_promote_f32(&mut self) -> Self::Output {
        self.float_convert(F32, F64)
    }
    fn visit_i32_reinterpret_f32(&mut self) -> Self::Output {
        self.reinterpret(I32)
    }
    fn visit_i64_reinterpret_f64(&mut self) -> Self::Output {
        self.reinterpret(I64)
    }
    fn visit_f32_reinterpret_i32(&mut self) -> Self::Output {
        self.reinterpret(F32)
    }
    fn visit_f64_reinterpret_i64(&mut self) -> Self::Output {
        self.reinterpret(F64)
    }

    fn visit_call_indirect(&mut self, type_index: u32, table_index: u32) -> Self::Output {
        self.call_indirect(type_index, table_index)
    }
    fn visit_global_get(&mut self, global_index: u32) -> Self::Output {
        self.global_get(global_index)
    }
    fn visit_global_set(&mut self, global_index: u32) -> Self::Output {
        self.global_set(global_index)
    }
    fn visit_i32_load(&mut self, memarg: MemArg) -> Self::Output {
        self.load(memarg, I32, LoadKind::Zero(S32))
    }
    fn visit_i64_load(&mut self, memarg: MemArg) -> Self::Output {
        self.load(memarg, I64, LoadKind::Zero(S64))
    }
    fn visit_f32_load(&mut self, memarg: MemArg) -> Self::Output {
        self.load(memarg, F32, LoadKind::Zero(S32))
    }
    fn visit_f64_load(&mut self, memarg: MemArg) -> Self::Output {
        self.load(memarg, F64, LoadKind::Zero(S64))
    }
    fn visit_i32_load8_s(&mut self, memarg: MemArg) -> Self::Output {
        self.load(memarg, I32, LoadKind::Signed(S8))
    }
    fn visit_i32_load8_u(&mut self, memarg: MemArg) -> Self::Output {
        self.load(memarg, I32, LoadKind::Zero(S8))
    }
    fn visit_i32_load16_s(&mut self, memarg: MemArg) -> Self::Output {
        self.load(memarg, I32, LoadKind::Signed(S16))
    }
    fn visit_i32_load16_u(&mut self, memarg: MemArg) -> Self::Output {
        self.load(memarg, I32, LoadKind::Zero(S16))
    }
    fn visit_i64_load8_s(&mut self, memarg: MemArg) -> Self::Output {
        self.load(memarg, I64, LoadKind::Signed(S8))
    }
    fn visit_i64_load8_u(&mut self, memarg: MemArg) -> Self::Output {
        self.load(memarg, I64, LoadKind::Zero(S8))
    }
    fn visit_i64_load16_s(&mut self, memarg: MemArg) -> Self::Output {
        self.load(memarg, I64, LoadKind::Signed(S16))
    }
    fn visit_i64_load16_u(&mut self, memarg: MemArg) -> Self::Output {
        self.load(memarg, I64, LoadKind::Zero(S16))
    }
    fn visit_i64_load32_s(&mut self, memarg: MemArg) -> Self::Output {
        self.load(memarg, I64, LoadKind::Signed(S32))
    }
    fn visit_i64_load32_u(&mut self, memarg: MemArg) -> Self::Output {
        self.load(memarg, I64, LoadKind::Zero(S32))
    }
    fn visit_i32_store(&mut self, memarg: MemArg) -> Self::Output {
        self.store(memarg, I32, S32)
    }
    fn visit_i64_store(&mut self, memarg: MemArg) -> Self::Output {
        self.store(memarg, I64, S64)
    }
    fn visit_f32_store(&mut self, memarg: MemArg) -> Self::Output {
        self.store(memarg, F32, S32)
    }
    fn visit_f64_store(&mut self, memarg: MemArg) -> Self::Output {
        self.store(memarg, F64, S64)
    }
    fn visit_i32_store8(&mut self, memarg: MemArg) -> Self::Output {
        self.store(memarg, I32, S8)
    }
    fn visit_i32_store16(&mut self, memarg: MemArg) -> Self::Output {
        self.store(memarg, I32, S16)
    }
    fn visit_i64_store8(&mut self, memarg: MemArg) -> Self::Output {
        self.store(memarg, I64, S8)
    }
    fn visit_i64_store16(&mut self, memarg: MemArg) -> Self::Output {
        self.store(memarg, I64, S16)
    }
    fn visit_i64_store32(&mut self, memarg: MemArg) -> Self::Output {
        self.store(memarg, I64, S32)
    }
    fn visit_memory_size(&mut self, mem: u32) -> Self::Output {
        self.memory_size(mem)
    }
    fn visit_memory_grow(&mut self, mem: u32) -> Self::Output {
        self.memory_grow(mem)
    }
    fn visit_memory_init(&mut self, data_index: u32, mem: u32) -> Self::Output {
        self.memory_init(data_index, mem)
    }
    fn visit_data_drop(&mut self, data_index: u32) -> Self::Output {
        self.data_drop(data_index)
    }
    fn visit_memory_copy(&mut self, dst_mem: u32, src_mem: u32) -> Self::Output {
        self.memory_copy(dst_mem, src_mem)
    }
    fn visit_memory_fill(&mut self, mem: u32) -> Self::Output {
        self.memory_fill(mem)
    }
    fn visit_table_init(&mut self, elem_index: u32, table: u32) -> Self::Output {
        self.table_init(elem_index, table)
    }
    fn visit_elem_drop(&mut self, elem_index: u32) -> Self::Output {
        self.elem_drop(elem_index)
    }
    fn visit_table_copy(&mut self, dst_table: u32, src_table: u32) -> Self::Output {
        self.table_copy(dst_table, src_table)
    }
    fn visit_typed_select(&mut self, ty: wasmparser::ValType) -> Self::Output {
        let _ = ty; // the value stack knows the operands' type
        self.select()
    }
    fn visit_ref_null(&mut self, hty: wasmparser::HeapType) -> Self::Output {
        if hty != wasmparser::HeapType::FUNC && hty != wasmparser::HeapType::EXTERN {
            return self.unsupported("ref.null of a gc / typed heap type");
        }
        self.ref_null()
    }
    fn visit_ref_is_null(&mut self) -> Self::Output {
        self.eqz(I64)
    }
    fn visit_ref_func(&mut self, function_index: u32) -> Self::Output {
        self.ref_func(function_index)
    }
    fn visit_table_fill(&mut self, table: u32) -> Self::Output {
        self.table_fill(table)
    }
    fn visit_table_get(&mut self, table: u32) -> Self::Output {
        self.table_get(table)
    }
    fn visit_table_set(&mut self, table: u32) -> Self::Output {
        self.table_set(table)
    }
    fn visit_table_grow(&mut self, table: u32) -> Self::Output {
        self.table_grow(table)
    }
    fn visit_table_size(&mut self, table: u32) -> Self::Output {
        self.table_size(table)
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

/// Whether an operator can consume a pending comparison directly (see
/// `codegen_int.rs`); before any other, it is materialized.
macro_rules! fuses_condition {
    (BrIf) => {
        true
    };
    (If) => {
        true
    };
    (Select) => {
        true
    };
    (TypedSelect) => {
        true
    };
    (I32Eqz) => {
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
    /// The first code-generation error; validation goes on after it.
    pub error: Option<CompileError>,
}

impl<M: MacroAssembler> ValidateThenVisit<'_, '_, M> {
    fn translate(
        &mut self,
        control: bool,
        fuses: bool,
        f: impl FnOnce(&mut CodeGen<'_, M>) -> CompileResult<()>,
    ) {
        if self.error.is_some() {
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
        if !fuses {
            cg.materialize_pending();
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
                self.translate(is_control!($op), fuses_condition!($op), |cg| cg.$visit($($($arg),*)?));
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
                self.translate(false, false, |cg| cg.$visit($($($arg),*)?));
                Ok(())
            }
        )*
    };
}

impl<'a, M: MacroAssembler> VisitSimdOperator<'a> for ValidateThenVisit<'_, '_, M> {
    wasmparser::for_each_visit_simd_operator!(validate_then_visit_simd);
}
