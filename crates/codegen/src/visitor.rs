//! The visitor: each Wasm operator is validated first (by wasmparser's
//! `FuncValidator`) and then translated by [`CodeGen`], in the same pass
//! over the operator stream ([`ValidateThenVisit`]).
//!
//! What brisk translates is one table (`translations!`): a line per
//! operator, naming the [`CodeGen`] method that translates it. Every other
//! operator reports `Unsupported` with its name and proposal.

use crate::codegen::CodeGen;
use crate::gc::Packed;
use crate::masm::*;
use crate::stack::Val;
use OperandSize::{S8, S16, S32, S64};
use WasmType::{F32, F64, I32, I64};
use brisk_environ::vmctx::Builtin;
use brisk_environ::{CompileError, CompileResult, WasmType};
use wasmparser::{
    BinaryReader, BlockType, BrTable, FrameKind, FrameStack, FuncValidator, HeapType, Ieee32,
    Ieee64, MemArg, RefType, ValType, ValidatorResources, VisitOperator, VisitSimdOperator,
};

/// The default translation of every operator: `Unsupported`, naming the
/// operator and its proposal.
macro_rules! unsupported_by_default {
    ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*))*) => {
        $(
            fn $visit(&mut self $($(, $arg: $argty)*)?) -> CompileResult<()> {
                $($(let _ = $arg;)*)?
                Err(CompileError::unsupported(
                    concat!(stringify!($op), " (", stringify!($proposal), ")"),
                    self.offset(),
                ))
            }
        )*
    };
}

/// Translation of one operator per method, named as in wasmparser's
/// `VisitOperator`. Every method reports the operator `Unsupported` unless
/// the table in `translations!` overrides it.
trait Translate<'a> {
    /// The byte offset of the operator being translated.
    fn offset(&self) -> u64;

    wasmparser::for_each_visit_operator!(unsupported_by_default);
}

// The SIMD operators' table, with their own `Translate`-like trait.
mod simd;
use simd::TranslateSimd;

/// The operators brisk translates, one line each: the `Translate` method
/// with the operator's immediates, and the [`CodeGen`] call it makes.
macro_rules! translations {
    ($( $visit:ident ( $($arg:ident: $argty:ty),* ) => $method:ident ( $($e:expr),* ); )*) => {
        impl<'a, M: MacroAssembler> Translate<'a> for CodeGen<'_, M> {
            fn offset(&self) -> u64 {
                self.offset
            }

            $(
                fn $visit(&mut self, $($arg: $argty),*) -> CompileResult<()> {
                    self.$method($($e),*)
                }
            )*
        }

        // The same table for lazy compilation's up-front scan: a listed
        // operator may be translated (`lazy_scan.rs`).
        impl lazy_scan::Listed {
            pub(crate) const OPERATORS: &[&str] = &[$(stringify!($visit)),*];
        }
    };
}

translations! {
    // Control, calls, locals, globals, constants (codegen.rs).
    visit_unreachable() => unreachable();
    visit_nop() => nop();
    visit_block(blockty: BlockType) => block(blockty);
    visit_loop(blockty: BlockType) => loop_(blockty);
    visit_if(blockty: BlockType) => if_(blockty);
    visit_else() => else_();
    visit_end() => end();
    visit_br(relative_depth: u32) => br(relative_depth);
    visit_br_if(relative_depth: u32) => br_if(relative_depth);
    visit_br_table(targets: BrTable<'a>) => br_table(&targets);
    visit_return() => return_();
    visit_call(function_index: u32) => call(function_index);
    visit_drop() => drop_();
    visit_select() => select();
    // The value stack knows the operands' type.
    visit_typed_select(_ty: ValType) => select();
    visit_local_get(local_index: u32) => local_get(local_index);
    visit_local_set(local_index: u32) => local_set(local_index, false);
    visit_local_tee(local_index: u32) => local_set(local_index, true);
    visit_global_get(global_index: u32) => global_get(global_index);
    visit_global_set(global_index: u32) => global_set(global_index);
    visit_i32_const(value: i32) => constant(Val::I32(value));
    visit_i64_const(value: i64) => constant(Val::I64(value));
    // Integer operators (codegen_int.rs).
    visit_i32_eqz() => eqz(I32);
    visit_i32_eq() => compare(I32, IntCmp::Eq);
    visit_i32_ne() => compare(I32, IntCmp::Ne);
    visit_i32_lt_s() => compare(I32, IntCmp::LtS);
    visit_i32_lt_u() => compare(I32, IntCmp::LtU);
    visit_i32_gt_s() => compare(I32, IntCmp::GtS);
    visit_i32_gt_u() => compare(I32, IntCmp::GtU);
    visit_i32_le_s() => compare(I32, IntCmp::LeS);
    visit_i32_le_u() => compare(I32, IntCmp::LeU);
    visit_i32_ge_s() => compare(I32, IntCmp::GeS);
    visit_i32_ge_u() => compare(I32, IntCmp::GeU);
    visit_i64_eqz() => eqz(I64);
    visit_i64_eq() => compare(I64, IntCmp::Eq);
    visit_i64_ne() => compare(I64, IntCmp::Ne);
    visit_i64_lt_s() => compare(I64, IntCmp::LtS);
    visit_i64_lt_u() => compare(I64, IntCmp::LtU);
    visit_i64_gt_s() => compare(I64, IntCmp::GtS);
    visit_i64_gt_u() => compare(I64, IntCmp::GtU);
    visit_i64_le_s() => compare(I64, IntCmp::LeS);
    visit_i64_le_u() => compare(I64, IntCmp::LeU);
    visit_i64_ge_s() => compare(I64, IntCmp::GeS);
    visit_i64_ge_u() => compare(I64, IntCmp::GeU);
    visit_i32_clz() => bitcount(I32, BitCount::Clz);
    visit_i32_ctz() => bitcount(I32, BitCount::Ctz);
    visit_i32_popcnt() => bitcount(I32, BitCount::Popcnt);
    visit_i32_add() => binop(I32, IntBinOp::Add);
    visit_i32_sub() => binop(I32, IntBinOp::Sub);
    visit_i32_mul() => binop(I32, IntBinOp::Mul);
    visit_i32_div_s() => div(I32, DivKind::DivS);
    visit_i32_div_u() => div(I32, DivKind::DivU);
    visit_i32_rem_s() => div(I32, DivKind::RemS);
    visit_i32_rem_u() => div(I32, DivKind::RemU);
    visit_i32_and() => binop(I32, IntBinOp::And);
    visit_i32_or() => binop(I32, IntBinOp::Or);
    visit_i32_xor() => binop(I32, IntBinOp::Xor);
    visit_i32_shl() => shift(I32, ShiftKind::Shl);
    visit_i32_shr_s() => shift(I32, ShiftKind::ShrS);
    visit_i32_shr_u() => shift(I32, ShiftKind::ShrU);
    visit_i32_rotl() => shift(I32, ShiftKind::Rotl);
    visit_i32_rotr() => shift(I32, ShiftKind::Rotr);
    visit_i64_clz() => bitcount(I64, BitCount::Clz);
    visit_i64_ctz() => bitcount(I64, BitCount::Ctz);
    visit_i64_popcnt() => bitcount(I64, BitCount::Popcnt);
    visit_i64_add() => binop(I64, IntBinOp::Add);
    visit_i64_sub() => binop(I64, IntBinOp::Sub);
    visit_i64_mul() => binop(I64, IntBinOp::Mul);
    visit_i64_div_s() => div(I64, DivKind::DivS);
    visit_i64_div_u() => div(I64, DivKind::DivU);
    visit_i64_rem_s() => div(I64, DivKind::RemS);
    visit_i64_rem_u() => div(I64, DivKind::RemU);
    visit_i64_and() => binop(I64, IntBinOp::And);
    visit_i64_or() => binop(I64, IntBinOp::Or);
    visit_i64_xor() => binop(I64, IntBinOp::Xor);
    visit_i64_shl() => shift(I64, ShiftKind::Shl);
    visit_i64_shr_s() => shift(I64, ShiftKind::ShrS);
    visit_i64_shr_u() => shift(I64, ShiftKind::ShrU);
    visit_i64_rotl() => shift(I64, ShiftKind::Rotl);
    visit_i64_rotr() => shift(I64, ShiftKind::Rotr);
    visit_i32_wrap_i64() => extend(I32, Extend::From32U);
    visit_i64_extend_i32_s() => extend(I64, Extend::I64From32S);
    visit_i64_extend_i32_u() => extend(I64, Extend::From32U);
    visit_i32_extend8_s() => extend(I32, Extend::I32From8S);
    visit_i32_extend16_s() => extend(I32, Extend::I32From16S);
    visit_i64_extend8_s() => extend(I64, Extend::I64From8S);
    visit_i64_extend16_s() => extend(I64, Extend::I64From16S);
    visit_i64_extend32_s() => extend(I64, Extend::I64From32S);
    // Floating point (codegen_float.rs).
    visit_f32_const(value: Ieee32) => constant(Val::F32(value.bits()));
    visit_f64_const(value: Ieee64) => constant(Val::F64(value.bits()));
    visit_f32_eq() => float_compare(F32, FloatCmp::Eq);
    visit_f32_ne() => float_compare(F32, FloatCmp::Ne);
    visit_f32_lt() => float_compare(F32, FloatCmp::Lt);
    visit_f32_gt() => float_compare(F32, FloatCmp::Gt);
    visit_f32_le() => float_compare(F32, FloatCmp::Le);
    visit_f32_ge() => float_compare(F32, FloatCmp::Ge);
    visit_f64_eq() => float_compare(F64, FloatCmp::Eq);
    visit_f64_ne() => float_compare(F64, FloatCmp::Ne);
    visit_f64_lt() => float_compare(F64, FloatCmp::Lt);
    visit_f64_gt() => float_compare(F64, FloatCmp::Gt);
    visit_f64_le() => float_compare(F64, FloatCmp::Le);
    visit_f64_ge() => float_compare(F64, FloatCmp::Ge);
    visit_f32_abs() => float_unop(F32, FloatUnOp::Abs);
    visit_f32_neg() => float_unop(F32, FloatUnOp::Neg);
    visit_f32_ceil() => float_unop(F32, FloatUnOp::Ceil);
    visit_f32_floor() => float_unop(F32, FloatUnOp::Floor);
    visit_f32_trunc() => float_unop(F32, FloatUnOp::Trunc);
    visit_f32_nearest() => float_unop(F32, FloatUnOp::Nearest);
    visit_f32_sqrt() => float_unop(F32, FloatUnOp::Sqrt);
    visit_f32_add() => float_binop(F32, FloatBinOp::Add);
    visit_f32_sub() => float_binop(F32, FloatBinOp::Sub);
    visit_f32_mul() => float_binop(F32, FloatBinOp::Mul);
    visit_f32_div() => float_binop(F32, FloatBinOp::Div);
    visit_f32_min() => float_binop(F32, FloatBinOp::Min);
    visit_f32_max() => float_binop(F32, FloatBinOp::Max);
    visit_f32_copysign() => float_binop(F32, FloatBinOp::Copysign);
    visit_f64_abs() => float_unop(F64, FloatUnOp::Abs);
    visit_f64_neg() => float_unop(F64, FloatUnOp::Neg);
    visit_f64_ceil() => float_unop(F64, FloatUnOp::Ceil);
    visit_f64_floor() => float_unop(F64, FloatUnOp::Floor);
    visit_f64_trunc() => float_unop(F64, FloatUnOp::Trunc);
    visit_f64_nearest() => float_unop(F64, FloatUnOp::Nearest);
    visit_f64_sqrt() => float_unop(F64, FloatUnOp::Sqrt);
    visit_f64_add() => float_binop(F64, FloatBinOp::Add);
    visit_f64_sub() => float_binop(F64, FloatBinOp::Sub);
    visit_f64_mul() => float_binop(F64, FloatBinOp::Mul);
    visit_f64_div() => float_binop(F64, FloatBinOp::Div);
    visit_f64_min() => float_binop(F64, FloatBinOp::Min);
    visit_f64_max() => float_binop(F64, FloatBinOp::Max);
    visit_f64_copysign() => float_binop(F64, FloatBinOp::Copysign);
    visit_i32_trunc_f32_s() => float_to_int(F32, I32, true, FloatToInt::Trapping);
    visit_i32_trunc_f32_u() => float_to_int(F32, I32, false, FloatToInt::Trapping);
    visit_i32_trunc_f64_s() => float_to_int(F64, I32, true, FloatToInt::Trapping);
    visit_i32_trunc_f64_u() => float_to_int(F64, I32, false, FloatToInt::Trapping);
    visit_i64_trunc_f32_s() => float_to_int(F32, I64, true, FloatToInt::Trapping);
    visit_i64_trunc_f32_u() => float_to_int(F32, I64, false, FloatToInt::Trapping);
    visit_i64_trunc_f64_s() => float_to_int(F64, I64, true, FloatToInt::Trapping);
    visit_i64_trunc_f64_u() => float_to_int(F64, I64, false, FloatToInt::Trapping);
    visit_i32_trunc_sat_f32_s() => float_to_int(F32, I32, true, FloatToInt::Saturating);
    visit_i32_trunc_sat_f32_u() => float_to_int(F32, I32, false, FloatToInt::Saturating);
    visit_i32_trunc_sat_f64_s() => float_to_int(F64, I32, true, FloatToInt::Saturating);
    visit_i32_trunc_sat_f64_u() => float_to_int(F64, I32, false, FloatToInt::Saturating);
    visit_i64_trunc_sat_f32_s() => float_to_int(F32, I64, true, FloatToInt::Saturating);
    visit_i64_trunc_sat_f32_u() => float_to_int(F32, I64, false, FloatToInt::Saturating);
    visit_i64_trunc_sat_f64_s() => float_to_int(F64, I64, true, FloatToInt::Saturating);
    visit_i64_trunc_sat_f64_u() => float_to_int(F64, I64, false, FloatToInt::Saturating);
    visit_f32_convert_i32_s() => int_to_float(I32, F32, true);
    visit_f32_convert_i32_u() => int_to_float(I32, F32, false);
    visit_f32_convert_i64_s() => int_to_float(I64, F32, true);
    visit_f32_convert_i64_u() => int_to_float(I64, F32, false);
    visit_f64_convert_i32_s() => int_to_float(I32, F64, true);
    visit_f64_convert_i32_u() => int_to_float(I32, F64, false);
    visit_f64_convert_i64_s() => int_to_float(I64, F64, true);
    visit_f64_convert_i64_u() => int_to_float(I64, F64, false);
    visit_f32_demote_f64() => float_convert(F64, F32);
    visit_f64_promote_f32() => float_convert(F32, F64);
    visit_i32_reinterpret_f32() => reinterpret(I32);
    visit_i64_reinterpret_f64() => reinterpret(I64);
    visit_f32_reinterpret_i32() => reinterpret(F32);
    visit_f64_reinterpret_i64() => reinterpret(F64);
    // Memories (memory.rs).
    visit_i32_load(memarg: MemArg) => load(memarg, I32, LoadKind::Zero(S32));
    visit_i64_load(memarg: MemArg) => load(memarg, I64, LoadKind::Zero(S64));
    visit_f32_load(memarg: MemArg) => load(memarg, F32, LoadKind::Zero(S32));
    visit_f64_load(memarg: MemArg) => load(memarg, F64, LoadKind::Zero(S64));
    visit_i32_load8_s(memarg: MemArg) => load(memarg, I32, LoadKind::Signed(S8));
    visit_i32_load8_u(memarg: MemArg) => load(memarg, I32, LoadKind::Zero(S8));
    visit_i32_load16_s(memarg: MemArg) => load(memarg, I32, LoadKind::Signed(S16));
    visit_i32_load16_u(memarg: MemArg) => load(memarg, I32, LoadKind::Zero(S16));
    visit_i64_load8_s(memarg: MemArg) => load(memarg, I64, LoadKind::Signed(S8));
    visit_i64_load8_u(memarg: MemArg) => load(memarg, I64, LoadKind::Zero(S8));
    visit_i64_load16_s(memarg: MemArg) => load(memarg, I64, LoadKind::Signed(S16));
    visit_i64_load16_u(memarg: MemArg) => load(memarg, I64, LoadKind::Zero(S16));
    visit_i64_load32_s(memarg: MemArg) => load(memarg, I64, LoadKind::Signed(S32));
    visit_i64_load32_u(memarg: MemArg) => load(memarg, I64, LoadKind::Zero(S32));
    visit_i32_store(memarg: MemArg) => store(memarg, I32, S32);
    visit_i64_store(memarg: MemArg) => store(memarg, I64, S64);
    visit_f32_store(memarg: MemArg) => store(memarg, F32, S32);
    visit_f64_store(memarg: MemArg) => store(memarg, F64, S64);
    visit_i32_store8(memarg: MemArg) => store(memarg, I32, S8);
    visit_i32_store16(memarg: MemArg) => store(memarg, I32, S16);
    visit_i64_store8(memarg: MemArg) => store(memarg, I64, S8);
    visit_i64_store16(memarg: MemArg) => store(memarg, I64, S16);
    visit_i64_store32(memarg: MemArg) => store(memarg, I64, S32);
    visit_memory_size(mem: u32) => memory_size(mem);
    visit_memory_grow(mem: u32) => memory_grow(mem);
    visit_memory_init(data_index: u32, mem: u32) => memory_init(data_index, mem);
    visit_data_drop(data_index: u32) => data_drop(data_index);
    visit_memory_copy(dst_mem: u32, src_mem: u32) => memory_copy(dst_mem, src_mem);
    visit_memory_fill(mem: u32) => memory_fill(mem);
    // Atomics (memory/atomic.rs), for an ISA that implements OpFamily::Atomics.
    visit_i32_atomic_load(memarg: MemArg) => atomic_load(memarg, I32, S32);
    visit_i64_atomic_load(memarg: MemArg) => atomic_load(memarg, I64, S64);
    visit_i32_atomic_load8_u(memarg: MemArg) => atomic_load(memarg, I32, S8);
    visit_i32_atomic_load16_u(memarg: MemArg) => atomic_load(memarg, I32, S16);
    visit_i64_atomic_load8_u(memarg: MemArg) => atomic_load(memarg, I64, S8);
    visit_i64_atomic_load16_u(memarg: MemArg) => atomic_load(memarg, I64, S16);
    visit_i64_atomic_load32_u(memarg: MemArg) => atomic_load(memarg, I64, S32);
    visit_i32_atomic_store(memarg: MemArg) => atomic_store(memarg, S32);
    visit_i64_atomic_store(memarg: MemArg) => atomic_store(memarg, S64);
    visit_i32_atomic_store8(memarg: MemArg) => atomic_store(memarg, S8);
    visit_i32_atomic_store16(memarg: MemArg) => atomic_store(memarg, S16);
    visit_i64_atomic_store8(memarg: MemArg) => atomic_store(memarg, S8);
    visit_i64_atomic_store16(memarg: MemArg) => atomic_store(memarg, S16);
    visit_i64_atomic_store32(memarg: MemArg) => atomic_store(memarg, S32);
    visit_i32_atomic_rmw_add(memarg: MemArg) => atomic_rmw(memarg, I32, S32, AtomicRmwOp::Add);
    visit_i64_atomic_rmw_add(memarg: MemArg) => atomic_rmw(memarg, I64, S64, AtomicRmwOp::Add);
    visit_i32_atomic_rmw8_add_u(memarg: MemArg) => atomic_rmw(memarg, I32, S8, AtomicRmwOp::Add);
    visit_i32_atomic_rmw16_add_u(memarg: MemArg) => atomic_rmw(memarg, I32, S16, AtomicRmwOp::Add);
    visit_i64_atomic_rmw8_add_u(memarg: MemArg) => atomic_rmw(memarg, I64, S8, AtomicRmwOp::Add);
    visit_i64_atomic_rmw16_add_u(memarg: MemArg) => atomic_rmw(memarg, I64, S16, AtomicRmwOp::Add);
    visit_i64_atomic_rmw32_add_u(memarg: MemArg) => atomic_rmw(memarg, I64, S32, AtomicRmwOp::Add);
    visit_i32_atomic_rmw_sub(memarg: MemArg) => atomic_rmw(memarg, I32, S32, AtomicRmwOp::Sub);
    visit_i64_atomic_rmw_sub(memarg: MemArg) => atomic_rmw(memarg, I64, S64, AtomicRmwOp::Sub);
    visit_i32_atomic_rmw8_sub_u(memarg: MemArg) => atomic_rmw(memarg, I32, S8, AtomicRmwOp::Sub);
    visit_i32_atomic_rmw16_sub_u(memarg: MemArg) => atomic_rmw(memarg, I32, S16, AtomicRmwOp::Sub);
    visit_i64_atomic_rmw8_sub_u(memarg: MemArg) => atomic_rmw(memarg, I64, S8, AtomicRmwOp::Sub);
    visit_i64_atomic_rmw16_sub_u(memarg: MemArg) => atomic_rmw(memarg, I64, S16, AtomicRmwOp::Sub);
    visit_i64_atomic_rmw32_sub_u(memarg: MemArg) => atomic_rmw(memarg, I64, S32, AtomicRmwOp::Sub);
    visit_i32_atomic_rmw_and(memarg: MemArg) => atomic_rmw(memarg, I32, S32, AtomicRmwOp::And);
    visit_i64_atomic_rmw_and(memarg: MemArg) => atomic_rmw(memarg, I64, S64, AtomicRmwOp::And);
    visit_i32_atomic_rmw8_and_u(memarg: MemArg) => atomic_rmw(memarg, I32, S8, AtomicRmwOp::And);
    visit_i32_atomic_rmw16_and_u(memarg: MemArg) => atomic_rmw(memarg, I32, S16, AtomicRmwOp::And);
    visit_i64_atomic_rmw8_and_u(memarg: MemArg) => atomic_rmw(memarg, I64, S8, AtomicRmwOp::And);
    visit_i64_atomic_rmw16_and_u(memarg: MemArg) => atomic_rmw(memarg, I64, S16, AtomicRmwOp::And);
    visit_i64_atomic_rmw32_and_u(memarg: MemArg) => atomic_rmw(memarg, I64, S32, AtomicRmwOp::And);
    visit_i32_atomic_rmw_or(memarg: MemArg) => atomic_rmw(memarg, I32, S32, AtomicRmwOp::Or);
    visit_i64_atomic_rmw_or(memarg: MemArg) => atomic_rmw(memarg, I64, S64, AtomicRmwOp::Or);
    visit_i32_atomic_rmw8_or_u(memarg: MemArg) => atomic_rmw(memarg, I32, S8, AtomicRmwOp::Or);
    visit_i32_atomic_rmw16_or_u(memarg: MemArg) => atomic_rmw(memarg, I32, S16, AtomicRmwOp::Or);
    visit_i64_atomic_rmw8_or_u(memarg: MemArg) => atomic_rmw(memarg, I64, S8, AtomicRmwOp::Or);
    visit_i64_atomic_rmw16_or_u(memarg: MemArg) => atomic_rmw(memarg, I64, S16, AtomicRmwOp::Or);
    visit_i64_atomic_rmw32_or_u(memarg: MemArg) => atomic_rmw(memarg, I64, S32, AtomicRmwOp::Or);
    visit_i32_atomic_rmw_xor(memarg: MemArg) => atomic_rmw(memarg, I32, S32, AtomicRmwOp::Xor);
    visit_i64_atomic_rmw_xor(memarg: MemArg) => atomic_rmw(memarg, I64, S64, AtomicRmwOp::Xor);
    visit_i32_atomic_rmw8_xor_u(memarg: MemArg) => atomic_rmw(memarg, I32, S8, AtomicRmwOp::Xor);
    visit_i32_atomic_rmw16_xor_u(memarg: MemArg) => atomic_rmw(memarg, I32, S16, AtomicRmwOp::Xor);
    visit_i64_atomic_rmw8_xor_u(memarg: MemArg) => atomic_rmw(memarg, I64, S8, AtomicRmwOp::Xor);
    visit_i64_atomic_rmw16_xor_u(memarg: MemArg) => atomic_rmw(memarg, I64, S16, AtomicRmwOp::Xor);
    visit_i64_atomic_rmw32_xor_u(memarg: MemArg) => atomic_rmw(memarg, I64, S32, AtomicRmwOp::Xor);
    visit_i32_atomic_rmw_xchg(memarg: MemArg) => atomic_rmw(memarg, I32, S32, AtomicRmwOp::Xchg);
    visit_i64_atomic_rmw_xchg(memarg: MemArg) => atomic_rmw(memarg, I64, S64, AtomicRmwOp::Xchg);
    visit_i32_atomic_rmw8_xchg_u(memarg: MemArg) => atomic_rmw(memarg, I32, S8, AtomicRmwOp::Xchg);
    visit_i32_atomic_rmw16_xchg_u(memarg: MemArg) => atomic_rmw(memarg, I32, S16, AtomicRmwOp::Xchg);
    visit_i64_atomic_rmw8_xchg_u(memarg: MemArg) => atomic_rmw(memarg, I64, S8, AtomicRmwOp::Xchg);
    visit_i64_atomic_rmw16_xchg_u(memarg: MemArg) => atomic_rmw(memarg, I64, S16, AtomicRmwOp::Xchg);
    visit_i64_atomic_rmw32_xchg_u(memarg: MemArg) => atomic_rmw(memarg, I64, S32, AtomicRmwOp::Xchg);
    visit_i32_atomic_rmw_cmpxchg(memarg: MemArg) => atomic_cmpxchg(memarg, I32, S32);
    visit_i64_atomic_rmw_cmpxchg(memarg: MemArg) => atomic_cmpxchg(memarg, I64, S64);
    visit_i32_atomic_rmw8_cmpxchg_u(memarg: MemArg) => atomic_cmpxchg(memarg, I32, S8);
    visit_i32_atomic_rmw16_cmpxchg_u(memarg: MemArg) => atomic_cmpxchg(memarg, I32, S16);
    visit_i64_atomic_rmw8_cmpxchg_u(memarg: MemArg) => atomic_cmpxchg(memarg, I64, S8);
    visit_i64_atomic_rmw16_cmpxchg_u(memarg: MemArg) => atomic_cmpxchg(memarg, I64, S16);
    visit_i64_atomic_rmw32_cmpxchg_u(memarg: MemArg) => atomic_cmpxchg(memarg, I64, S32);
    visit_atomic_fence(_ordering: wasmparser::Ordering) => atomic_fence();
    visit_memory_atomic_wait32(memarg: MemArg) => atomic_wait(memarg, Builtin::MemoryAtomicWait32);
    visit_memory_atomic_wait64(memarg: MemArg) => atomic_wait(memarg, Builtin::MemoryAtomicWait64);
    visit_memory_atomic_notify(memarg: MemArg) => atomic_notify(memarg);
    // Tables and references (table.rs).
    visit_call_indirect(ty: u32, table: u32) => call_indirect(ty, table);
    visit_table_init(elem_index: u32, table: u32) => table_init(elem_index, table);
    visit_elem_drop(elem_index: u32) => elem_drop(elem_index);
    visit_table_copy(dst_table: u32, src_table: u32) => table_copy(dst_table, src_table);
    visit_ref_null(hty: HeapType) => ref_null(hty);
    visit_ref_is_null() => eqz(I64);
    visit_ref_func(function_index: u32) => ref_func(function_index);
    visit_table_fill(table: u32) => table_fill(table);
    visit_table_get(table: u32) => table_get(table);
    visit_table_set(table: u32) => table_set(table);
    visit_table_grow(table: u32) => table_grow(table);
    visit_table_size(table: u32) => table_size(table);
    // Tail calls (tail_call.rs).
    visit_return_call(function_index: u32) => return_call(function_index);
    visit_return_call_indirect(type_index: u32, table_index: u32) => return_call_indirect(type_index, table_index);
    // Typed function references (call_ref.rs).
    visit_call_ref(type_index: u32) => call_ref(type_index);
    visit_return_call_ref(type_index: u32) => return_call_ref(type_index);
    // Null tests of typed function references (null_branch.rs).
    visit_ref_as_non_null() => ref_as_non_null();
    visit_br_on_null(relative_depth: u32) => br_on_null(relative_depth);
    visit_br_on_non_null(relative_depth: u32) => br_on_non_null(relative_depth);
    // GC i31 references, conversions and casts (gc_cast.rs).
    visit_ref_i31() => ref_i31();
    visit_i31_get_s() => i31_get(true);
    visit_i31_get_u() => i31_get(false);
    visit_ref_eq() => compare(I64, IntCmp::Eq);
    visit_any_convert_extern() => convert_ref(WasmType::AnyRef);
    visit_extern_convert_any() => convert_ref(WasmType::ExternRef);
    visit_ref_test_non_null(hty: HeapType) => ref_test(false, hty);
    visit_ref_test_nullable(hty: HeapType) => ref_test(true, hty);
    visit_ref_cast_non_null(hty: HeapType) => ref_cast(false, hty);
    visit_ref_cast_nullable(hty: HeapType) => ref_cast(true, hty);
    visit_br_on_cast(relative_depth: u32, _from: RefType, to: RefType) => br_on_cast(relative_depth, to, true);
    visit_br_on_cast_fail(relative_depth: u32, _from: RefType, to: RefType) => br_on_cast(relative_depth, to, false);
    // GC structs and arrays (gc.rs).
    visit_struct_new(struct_type_index: u32) => struct_new(struct_type_index);
    visit_struct_new_default(struct_type_index: u32) => struct_new_default(struct_type_index);
    visit_struct_get(struct_type_index: u32, field_index: u32) => struct_get(struct_type_index, field_index, Packed::Zero);
    visit_struct_get_s(struct_type_index: u32, field_index: u32) => struct_get(struct_type_index, field_index, Packed::Signed);
    visit_struct_get_u(struct_type_index: u32, field_index: u32) => struct_get(struct_type_index, field_index, Packed::Zero);
    visit_struct_set(struct_type_index: u32, field_index: u32) => struct_set(struct_type_index, field_index);
    visit_array_new(array_type_index: u32) => array_new(array_type_index);
    visit_array_new_default(array_type_index: u32) => array_new_default(array_type_index);
    visit_array_new_fixed(array_type_index: u32, array_size: u32) => array_new_fixed(array_type_index, array_size);
    visit_array_new_data(array_type_index: u32, array_data_index: u32) => array_new_data(array_type_index, array_data_index);
    visit_array_new_elem(array_type_index: u32, array_elem_index: u32) => array_new_elem(array_type_index, array_elem_index);
    visit_array_get(array_type_index: u32) => array_get(array_type_index, Packed::Zero);
    visit_array_get_s(array_type_index: u32) => array_get(array_type_index, Packed::Signed);
    visit_array_get_u(array_type_index: u32) => array_get(array_type_index, Packed::Zero);
    visit_array_set(array_type_index: u32) => array_set(array_type_index);
    visit_array_len() => array_len();
    visit_array_fill(array_type_index: u32) => array_fill(array_type_index);
    visit_array_copy(_dst: u32, _src: u32) => array_copy();
    visit_array_init_data(_array_type_index: u32, array_data_index: u32) => array_init_data(array_data_index);
    visit_array_init_elem(_array_type_index: u32, array_elem_index: u32) => array_init_elem(array_elem_index);
    // Exceptions, new and legacy (exceptions.rs).
    visit_try_table(try_table: wasmparser::TryTable) => try_table(&try_table);
    visit_throw(tag_index: u32) => throw(tag_index);
    visit_throw_ref() => throw_ref();
    visit_try(blockty: BlockType) => legacy_try(blockty);
    visit_catch(tag_index: u32) => legacy_catch(Some(tag_index));
    visit_catch_all() => legacy_catch(None);
    visit_delegate(relative_depth: u32) => delegate(relative_depth);
    visit_rethrow(relative_depth: u32) => rethrow(relative_depth);
    // Wide arithmetic (wide.rs).
    visit_i64_add128() => add_sub128(false);
    visit_i64_sub128() => add_sub128(true);
    visit_i64_mul_wide_s() => mul_wide(true);
    visit_i64_mul_wide_u() => mul_wide(false);
}

/// The family of a proposal's operators, if an ISA may lack it: such an
/// operator is translated only for an ISA that implements the family
/// ([`MacroAssembler::implements`]), and reported `Unsupported` otherwise.
macro_rules! family {
    (threads) => {
        Some(OpFamily::Atomics)
    };
    (exceptions) => {
        Some(OpFamily::Exceptions)
    };
    (legacy_exceptions) => {
        Some(OpFamily::Exceptions)
    };
    (gc) => {
        Some(OpFamily::Gc)
    };
    ($other:ident) => {
        None
    };
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
///
/// The visitor's methods return nothing: a validation error is kept in
/// [`ValidateThenVisit::invalid`] and closes the frame stack, so that the
/// reader refuses the next operator (its error is then replaced by the
/// kept one). The reader's loop thus checks one result per operator.
///
/// It owns the validator and the code generator, so that the visitor's
/// methods reach both at fixed offsets from `self` (no pointer to load
/// first in each). `FUEL` is the code generator's `consume_fuel`, a
/// constant in the visitor's methods: without fuel, they test nothing
/// for it (see [`visit_body`]).
pub struct ValidateThenVisit<'c, M: MacroAssembler, const FUEL: bool> {
    validator: FuncValidator<ValidatorResources>,
    codegen: CodeGen<'c, M>,
    /// The first code-generation error; validation goes on after it, the
    /// rest of the body being dead code to the code generator (see
    /// [`ValidateThenVisit::fail`]).
    error: Option<CompileError>,
    /// The validation error, after which nothing more is visited.
    invalid: Option<wasmparser::BinaryReaderError>,
    /// The kind of the validator's innermost control frame (`None` after
    /// the function's `end` or a validation error), kept in step after
    /// each control operator: the reader's frame stack ([`FrameStack`]).
    frame: Option<FrameKind>,
}

/// What [`visit_body`] gives back: the validator, the code generator and
/// the first code-generation error.
type VisitedBody<'c, M> = (
    FuncValidator<ValidatorResources>,
    CodeGen<'c, M>,
    Option<CompileError>,
);

/// Visits a body's operators in `reader` (after the locals) with
/// `validator` and `codegen` ([`ValidateThenVisit::visit_operators`]);
/// `error` is a code-generation error already met (the locals' types),
/// after which only validation goes on. Gives back the validator and the
/// code generator, with the first code-generation error.
pub fn visit_body<'c, M: MacroAssembler>(
    validator: FuncValidator<ValidatorResources>,
    codegen: CodeGen<'c, M>,
    error: Option<CompileError>,
    reader: &mut BinaryReader<'_>,
    address_map: Option<&mut Vec<(u32, u32)>>,
) -> wasmparser::Result<VisitedBody<'c, M>> {
    // Only an ISA that implements fuel checks compiles with fuel on
    // (`interrupt::unsupported`): for another, no visitor with fuel.
    if M::implements(OpFamily::Interruption) && codegen.consume_fuel {
        ValidateThenVisit::<M, true>::new(validator, codegen, error).run(reader, address_map)
    } else {
        ValidateThenVisit::<M, false>::new(validator, codegen, error).run(reader, address_map)
    }
}

impl<'c, M: MacroAssembler, const FUEL: bool> ValidateThenVisit<'c, M, FUEL> {
    fn new(
        validator: FuncValidator<ValidatorResources>,
        codegen: CodeGen<'c, M>,
        error: Option<CompileError>,
    ) -> Self {
        let frame = innermost_frame(&validator);
        let mut visitor = ValidateThenVisit {
            validator,
            codegen,
            error: None,
            invalid: None,
            frame,
        };
        if let Some(e) = error {
            visitor.fail(e);
        }
        visitor
    }

    /// [`visit_body`] with this visitor.
    fn run(
        mut self,
        reader: &mut BinaryReader<'_>,
        address_map: Option<&mut Vec<(u32, u32)>>,
    ) -> wasmparser::Result<VisitedBody<'c, M>> {
        self.visit_operators(reader, address_map)?;
        Ok((self.validator, self.codegen, self.error))
    }
}

/// The kind of the validator's innermost control frame.
fn innermost_frame(validator: &FuncValidator<ValidatorResources>) -> Option<FrameKind> {
    validator.get_control_frame(0).map(|frame| frame.kind)
}

/// The kind of the validator's innermost control frame after a valid `end`.
/// When `codegen` translates the `end` (no dead block is open; after a
/// code-generation error one always is), its control frames are the
/// validator's: the `end` closes its innermost one, and the one below gives
/// the kind without a call into the validator. A legacy catch body's kind
/// (`catch` or `catch_all`) is asked of the validator.
#[inline]
fn frame_after_end<M: MacroAssembler>(
    codegen: &CodeGen<'_, M>,
    validator: &FuncValidator<ValidatorResources>,
) -> Option<FrameKind> {
    use crate::control::FrameKind as Kind;
    if codegen.dead_blocks > 0 {
        return innermost_frame(validator);
    }
    let [.., outer, _] = codegen.control.as_slice() else {
        // The function's own frame closes.
        return None;
    };
    Some(match outer.kind {
        // The validator's frame of the function body is a block.
        Kind::Function | Kind::Block => FrameKind::Block,
        Kind::Loop => FrameKind::Loop,
        Kind::If { .. } => FrameKind::If,
        Kind::Else => FrameKind::Else,
        Kind::TryTable { .. } => FrameKind::TryTable,
        Kind::LegacyTry { .. } => FrameKind::LegacyTry,
        Kind::LegacyCatch { .. } => return innermost_frame(validator),
    })
}

impl<M: MacroAssembler, const FUEL: bool> ValidateThenVisit<'_, M, FUEL> {
    /// Keeps validation error `e` and closes the frame stack: the reader
    /// visits nothing more.
    #[cold]
    fn reject(&mut self, e: wasmparser::BinaryReaderError) {
        self.invalid = Some(e);
        self.frame = None;
    }

    /// Keeps code-generation error `e`. The rest of the body is then dead
    /// code nested without end (a body has far fewer than `u32::MAX`
    /// operators), so that [`Self::translate`]'s reachability check alone
    /// skips every operator after an error.
    #[cold]
    fn fail(&mut self, e: CompileError) {
        self.error = Some(e);
        self.codegen.reachable = false;
        self.codegen.dead_blocks = u32::MAX;
    }

    /// Charges a valid operator's fuel and translates it with `f`, unless
    /// the operator is dead code (as is everything after a code-generation
    /// error). A
    /// `control` operator (one that opens or closes a frame) is translated
    /// in unreachable code too, unless inside a frame opened there; an
    /// operator that cannot consume a pending comparison (`fuses`) has it
    /// materialized first.
    #[inline(always)]
    fn translate(
        &mut self,
        control: bool,
        fuses: bool,
        fuel: crate::interrupt::FuelRule,
        f: impl FnOnce(&mut CodeGen<'_, M>) -> CompileResult<()>,
    ) {
        let cg = &mut self.codegen;
        if !cg.reachable {
            // Frames opened in unreachable code emit nothing; only their
            // nesting is tracked. Dead code costs no fuel.
            if !control || cg.dead_blocks > 0 {
                return;
            }
        } else if FUEL {
            cg.charge_fuel(fuel);
        }
        if !fuses {
            cg.materialize_pending();
        }
        if let Err(e) = f(cg) {
            self.fail(e);
        }
    }
}

macro_rules! validate_then_visit {
    ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*))*) => {
        $(
            fn $visit(&mut self $($(, $arg: $argty)*)?) -> Self::Output {
                let offset = self.codegen.offset;
                let valid = self.validator.visitor(offset).$visit($($($arg.clone()),*)?);
                if let Err(e) = valid {
                    return self.reject(e);
                }
                validate_then_visit!(@frame self $op);
                debug_assert_eq!(self.frame, innermost_frame(&self.validator));
                validate_then_visit!(@track self $op);
                let fuel = crate::interrupt::fuel_rule!($op);
                self.translate(is_control!($op), fuses_condition!($op), fuel, |cg| match family!($proposal) {
                    Some(family) if !M::implements(family) => Err(CompileError::unsupported(
                        concat!(stringify!($op), " (", stringify!($proposal), ")"),
                        cg.offset,
                    )),
                    _ => cg.$visit($($($arg),*)?),
                });
            }
        )*
    };
    // The validator's innermost frame after a control operator (the
    // reader's frame stack): the one it opens, or after an `end` or a
    // `delegate` the enclosing one (`None` after the function's end).
    (@frame $self:ident Block) => { $self.frame = Some(FrameKind::Block); };
    (@frame $self:ident Loop) => { $self.frame = Some(FrameKind::Loop); };
    (@frame $self:ident If) => { $self.frame = Some(FrameKind::If); };
    (@frame $self:ident Else) => { $self.frame = Some(FrameKind::Else); };
    (@frame $self:ident TryTable) => { $self.frame = Some(FrameKind::TryTable); };
    (@frame $self:ident Try) => { $self.frame = Some(FrameKind::LegacyTry); };
    (@frame $self:ident Catch) => { $self.frame = Some(FrameKind::LegacyCatch); };
    (@frame $self:ident CatchAll) => { $self.frame = Some(FrameKind::LegacyCatchAll); };
    (@frame $self:ident End) => { $self.frame = frame_after_end(&$self.codegen, &$self.validator); };
    (@frame $self:ident Delegate) => { $self.frame = innermost_frame(&$self.validator); };
    (@frame $self:ident $other:ident) => {};
    // Track nesting of frames opened in unreachable code.
    (@track $self:ident Block) => { $self.open_block(); };
    (@track $self:ident Loop) => { $self.open_block(); };
    (@track $self:ident If) => { $self.open_block(); };
    (@track $self:ident TryTable) => { $self.open_block(); };
    (@track $self:ident Try) => { $self.open_block(); };
    (@track $self:ident End) => { if $self.close_block() { return; } };
    (@track $self:ident Delegate) => { if $self.close_block() { return; } };
    (@track $self:ident Else) => { if $self.codegen.dead_blocks > 0 { return; } };
    (@track $self:ident $other:ident) => {};
}

impl<M: MacroAssembler, const FUEL: bool> ValidateThenVisit<'_, M, FUEL> {
    /// A block opened in unreachable code is counted, not translated
    /// (after a code-generation error, the count stays at its sentinel).
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

impl<M: MacroAssembler, const FUEL: bool> ValidateThenVisit<'_, M, FUEL> {
    /// Visits the operators of `reader` (a body after its locals) up to
    /// the body's end: the first validation error, else the reader's (a
    /// malformed operator). With `address_map`, records the code offset of
    /// each operator until a code-generation error: of operators that emit
    /// nothing, the map keeps the last one (its readers give the code to
    /// the last of a group).
    fn visit_operators(
        &mut self,
        reader: &mut BinaryReader<'_>,
        address_map: Option<&mut Vec<(u32, u32)>>,
    ) -> wasmparser::Result<()> {
        match address_map {
            Some(map) => self.visit_each(reader, |visitor, offset| {
                if visitor.error.is_none() {
                    let at = visitor.codegen.masm.buffer().len();
                    match map.last_mut() {
                        Some(last) if last.1 == at => last.0 = offset as u32,
                        _ => map.push((offset as u32, at)),
                    }
                }
            }),
            // A loop of its own: nothing recorded costs nothing per operator.
            None => self.visit_each(reader, |_, _| {}),
        }
    }

    /// The loop of [`Self::visit_operators`], calling `record` with each
    /// operator's offset before visiting it.
    #[inline(always)]
    fn visit_each(
        &mut self,
        reader: &mut BinaryReader<'_>,
        mut record: impl FnMut(&mut Self, u64),
    ) -> wasmparser::Result<()> {
        while !reader.eof() {
            let offset = reader.original_position();
            self.codegen.offset = offset;
            record(self, offset);
            if let Err(e) = reader.visit_operator(self) {
                return Err(self.invalid.take().unwrap_or(e));
            }
        }
        match self.invalid.take() {
            Some(e) => Err(e),
            None => reader.finish_expression(&*self),
        }
    }
}

/// wasmparser's reader (`BinaryReader::visit_operator`) asks for the
/// innermost frame's kind before each operator, to reject a misplaced
/// `else`, `catch`, `catch_all` or `delegate` and any operator after the
/// function's `end`: the kind the validator's control stack had after the
/// last control operator.
impl<M: MacroAssembler, const FUEL: bool> FrameStack for ValidateThenVisit<'_, M, FUEL> {
    #[inline]
    fn current_frame(&self) -> Option<FrameKind> {
        self.frame
    }
}

impl<'a, M: MacroAssembler, const FUEL: bool> VisitOperator<'a> for ValidateThenVisit<'_, M, FUEL> {
    type Output = ();

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
                let valid = self.validator.simd_visitor(offset).$visit($($($arg.clone()),*)?);
                if let Err(e) = valid {
                    return self.reject(e);
                }
                let fuel = crate::interrupt::fuel_rule!($op);
                self.translate(false, false, fuel, |cg| if M::implements(OpFamily::Simd) {
                    cg.$visit($($($arg),*)?)
                } else {
                    Err(CompileError::unsupported(
                        concat!(stringify!($op), " (", stringify!($proposal), ")"),
                        cg.offset,
                    ))
                });
            }
        )*
    };
}

impl<'a, M: MacroAssembler, const FUEL: bool> VisitSimdOperator<'a>
    for ValidateThenVisit<'_, M, FUEL>
{
    wasmparser::for_each_visit_simd_operator!(validate_then_visit_simd);
}

// Validation with a scan for what may be unsupported (lazy compilation);
// after the macros above, which it uses.
pub mod lazy_scan;

#[cfg(test)]
mod tests {
    use crate::{CompileOptions, compile_module};
    use brisk_environ::{CompileError, validation_features};

    /// A module with one function of type `[] -> []`, no locals, whose
    /// body's operators are `ops` (short enough for one-byte sizes).
    fn module_with_body(ops: &[u8]) -> Vec<u8> {
        let body_len = 1 + ops.len();
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        m.extend([1, 4, 1, 0x60, 0, 0]);
        m.extend([3, 2, 1, 0]);
        m.extend([10, (2 + body_len) as u8, 1, body_len as u8, 0]);
        m.extend(ops);
        m
    }

    /// Compiles `ops` as a body: its error, if invalid, must be
    /// wasmparser's own validator's (message and offset).
    fn compile_error(ops: &[u8]) -> Option<(String, u64)> {
        let bytes = module_with_body(ops);
        let expected = wasmparser::Validator::new_with_features(validation_features())
            .validate_all(&bytes)
            .err()
            .map(|e| (e.message().to_string(), e.offset()));
        let got = match compile_module(&bytes, CompileOptions::default()) {
            Err(CompileError::Invalid { message, offset }) => Some((message, offset)),
            _ => None,
        };
        assert_eq!(got, expected, "body {ops:02x?}");
        got
    }

    /// The reader's frame stack (the visitor's, from the validator's
    /// control stack) rejects misplaced frame operators as wasmparser's
    /// own reader does, in reachable and dead code alike.
    #[test]
    fn misplaced_frame_operators_are_invalid() {
        let cases: &[(&[u8], &str)] = &[
            // block; else
            (
                &[0x02, 0x40, 0x05, 0x0b, 0x0b],
                "`else` found outside `If` block",
            ),
            // unreachable; block; else (dead code)
            (
                &[0x00, 0x02, 0x40, 0x05, 0x0b, 0x0b],
                "`else` found outside `If` block",
            ),
            // i32.const 0; if; else; else
            (
                &[0x41, 0, 0x04, 0x40, 0x05, 0x05, 0x0b, 0x0b],
                "`else` found outside `If` block",
            ),
            // catch, catch_all, delegate outside a `try`
            (&[0x07, 0, 0x0b], "`catch` found outside `LegacyTry` block"),
            (&[0x19, 0x0b], "`catch_all` found outside `LegacyTry` block"),
            (
                &[0x18, 0, 0x0b],
                "`delegate` found outside `LegacyTry` block",
            ),
            // try; catch_all; catch
            (
                &[0x06, 0x40, 0x19, 0x07, 0, 0x0b, 0x0b],
                "`catch` found outside `LegacyTry` block",
            ),
            // loop; end; end; nop (after the function's end)
            (
                &[0x03, 0x40, 0x0b, 0x0b, 0x01],
                "operators remaining after end of function body",
            ),
            // block; end (the function's frame is left open)
            (
                &[0x02, 0x40, 0x0b],
                "control frames remain at end of function body",
            ),
        ];
        for (ops, message) in cases {
            let (got, _) = compile_error(ops).expect("invalid");
            assert!(got.starts_with(message), "body {ops:02x?}: {got}");
        }
    }

    /// A validation error ends the body with the validator's own error
    /// and offset, whether operators follow it or not (the visitor closes
    /// its frame stack, so the reader refuses the next operator).
    #[test]
    fn validation_errors_end_the_body() {
        let cases: &[(&[u8], &str)] = &[
            // i32.add on an empty stack; nop; drop (more operators follow)
            (&[0x6a, 0x01, 0x1a, 0x0b], "type mismatch"),
            // unreachable; block; i32.add (dead code, inside the block); end
            (&[0x00, 0x02, 0x40, 0x6a, 0x0b, 0x0b], "type mismatch"),
            // i32.const 0 left on the stack at the function's end (the
            // last operator)
            (&[0x41, 0, 0x0b], "type mismatch"),
        ];
        for (ops, message) in cases {
            let (got, _) = compile_error(ops).expect("invalid");
            assert!(got.starts_with(message), "body {ops:02x?}: {got}");
        }
    }

    /// Well-placed frame operators pass the reader's checks.
    #[test]
    fn nested_frame_operators_are_valid() {
        let cases: &[&[u8]] = &[
            // i32.const 0; if; block; end; else; loop; end; end
            &[
                0x41, 0, 0x04, 0x40, 0x02, 0x40, 0x0b, 0x05, 0x03, 0x40, 0x0b, 0x0b, 0x0b,
            ],
            // try; catch_all; end
            &[0x06, 0x40, 0x19, 0x0b, 0x0b],
            // try; try; delegate 0; end
            &[0x06, 0x40, 0x06, 0x40, 0x18, 0, 0x0b, 0x0b],
            // unreachable; i32.const 0; if; else; end (dead code)
            &[0x00, 0x41, 0, 0x04, 0x40, 0x05, 0x0b, 0x0b],
        ];
        for ops in cases {
            assert_eq!(compile_error(ops), None);
        }
    }
}
