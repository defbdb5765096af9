//! The SIMD operators brisk translates (`codegen_simd.rs`), one line each
//! as in the main table; every other SIMD operator reports `Unsupported`.

use crate::codegen::CodeGen;
use crate::codegen_simd::LaneAccess;
use crate::masm::*;
use Lanes::{F32x4, F64x2, I8x16, I16x8, I32x4, I64x2};
use OperandSize::{S8, S16, S32, S64};
use brisk_environ::{CompileError, CompileResult};
use wasmparser::{MemArg, V128};

/// Translation of one SIMD operator per method, named as in wasmparser's
/// `VisitSimdOperator`.
pub(super) trait TranslateSimd<'a> {
    /// The byte offset of the operator being translated.
    fn offset(&self) -> u64;

    wasmparser::for_each_visit_simd_operator!(unsupported_by_default);
}

macro_rules! simd_translations {
    ($( $visit:ident ( $($arg:ident: $argty:ty),* ) => $method:ident ( $($e:expr),* ); )*) => {
        impl<'a, M: MacroAssembler> TranslateSimd<'a> for CodeGen<'_, M> {
            fn offset(&self) -> u64 {
                self.offset
            }

            $(
                fn $visit(&mut self, $($arg: $argty),*) -> CompileResult<()> {
                    self.$method($($e),*)
                }
            )*
        }

        // The same table for lazy compilation's up-front scan.
        impl super::lazy_scan::Listed {
            pub(crate) const SIMD_OPERATORS: &[&str] = &[$(stringify!($visit)),*];
        }
    };
}

simd_translations! {
    visit_v128_const(value: V128) => v128_const(u128::from_le_bytes(*value.bytes()));
    visit_v128_load(memarg: MemArg) => v128_load(memarg);
    visit_v128_store(memarg: MemArg) => v128_store(memarg);
    visit_v128_load8x8_s(memarg: MemArg) => simd_load(memarg, SimdLoad::Extend { from: I8x16, signed: true });
    visit_v128_load8x8_u(memarg: MemArg) => simd_load(memarg, SimdLoad::Extend { from: I8x16, signed: false });
    visit_v128_load16x4_s(memarg: MemArg) => simd_load(memarg, SimdLoad::Extend { from: I16x8, signed: true });
    visit_v128_load16x4_u(memarg: MemArg) => simd_load(memarg, SimdLoad::Extend { from: I16x8, signed: false });
    visit_v128_load32x2_s(memarg: MemArg) => simd_load(memarg, SimdLoad::Extend { from: I32x4, signed: true });
    visit_v128_load32x2_u(memarg: MemArg) => simd_load(memarg, SimdLoad::Extend { from: I32x4, signed: false });
    visit_v128_load8_splat(memarg: MemArg) => simd_load(memarg, SimdLoad::Splat(S8));
    visit_v128_load16_splat(memarg: MemArg) => simd_load(memarg, SimdLoad::Splat(S16));
    visit_v128_load32_splat(memarg: MemArg) => simd_load(memarg, SimdLoad::Splat(S32));
    visit_v128_load64_splat(memarg: MemArg) => simd_load(memarg, SimdLoad::Splat(S64));
    visit_v128_load32_zero(memarg: MemArg) => simd_load(memarg, SimdLoad::Zero(S32));
    visit_v128_load64_zero(memarg: MemArg) => simd_load(memarg, SimdLoad::Zero(S64));
    visit_v128_load8_lane(memarg: MemArg, lane: u8) => simd_lane_access(memarg, S8, lane, LaneAccess::Load);
    visit_v128_load16_lane(memarg: MemArg, lane: u8) => simd_lane_access(memarg, S16, lane, LaneAccess::Load);
    visit_v128_load32_lane(memarg: MemArg, lane: u8) => simd_lane_access(memarg, S32, lane, LaneAccess::Load);
    visit_v128_load64_lane(memarg: MemArg, lane: u8) => simd_lane_access(memarg, S64, lane, LaneAccess::Load);
    visit_v128_store8_lane(memarg: MemArg, lane: u8) => simd_lane_access(memarg, S8, lane, LaneAccess::Store);
    visit_v128_store16_lane(memarg: MemArg, lane: u8) => simd_lane_access(memarg, S16, lane, LaneAccess::Store);
    visit_v128_store32_lane(memarg: MemArg, lane: u8) => simd_lane_access(memarg, S32, lane, LaneAccess::Store);
    visit_v128_store64_lane(memarg: MemArg, lane: u8) => simd_lane_access(memarg, S64, lane, LaneAccess::Store);
    visit_i8x16_shuffle(lanes: [u8; 16]) => simd_shuffle(lanes);
    visit_i8x16_swizzle() => simd_binop(SimdBinOp::Swizzle);
    visit_i8x16_splat() => simd_splat(I8x16);
    visit_i16x8_splat() => simd_splat(I16x8);
    visit_i32x4_splat() => simd_splat(I32x4);
    visit_i64x2_splat() => simd_splat(I64x2);
    visit_f32x4_splat() => simd_splat(F32x4);
    visit_f64x2_splat() => simd_splat(F64x2);
    visit_i8x16_extract_lane_s(lane: u8) => simd_extract_lane(I8x16, lane, true);
    visit_i8x16_extract_lane_u(lane: u8) => simd_extract_lane(I8x16, lane, false);
    visit_i16x8_extract_lane_s(lane: u8) => simd_extract_lane(I16x8, lane, true);
    visit_i16x8_extract_lane_u(lane: u8) => simd_extract_lane(I16x8, lane, false);
    visit_i32x4_extract_lane(lane: u8) => simd_extract_lane(I32x4, lane, false);
    visit_i64x2_extract_lane(lane: u8) => simd_extract_lane(I64x2, lane, false);
    visit_f32x4_extract_lane(lane: u8) => simd_extract_lane(F32x4, lane, false);
    visit_f64x2_extract_lane(lane: u8) => simd_extract_lane(F64x2, lane, false);
    visit_i8x16_replace_lane(lane: u8) => simd_replace_lane(I8x16, lane);
    visit_i16x8_replace_lane(lane: u8) => simd_replace_lane(I16x8, lane);
    visit_i32x4_replace_lane(lane: u8) => simd_replace_lane(I32x4, lane);
    visit_i64x2_replace_lane(lane: u8) => simd_replace_lane(I64x2, lane);
    visit_f32x4_replace_lane(lane: u8) => simd_replace_lane(F32x4, lane);
    visit_f64x2_replace_lane(lane: u8) => simd_replace_lane(F64x2, lane);
    // Bitwise.
    visit_v128_not() => simd_unop(SimdUnOp::Not);
    visit_v128_and() => simd_binop(SimdBinOp::And);
    visit_v128_andnot() => simd_binop(SimdBinOp::AndNot);
    visit_v128_or() => simd_binop(SimdBinOp::Or);
    visit_v128_xor() => simd_binop(SimdBinOp::Xor);
    visit_v128_bitselect() => simd_bitselect();
    visit_v128_any_true() => simd_test(SimdTest::AnyTrue);
    visit_i8x16_all_true() => simd_test(SimdTest::AllTrue(I8x16));
    visit_i16x8_all_true() => simd_test(SimdTest::AllTrue(I16x8));
    visit_i32x4_all_true() => simd_test(SimdTest::AllTrue(I32x4));
    visit_i64x2_all_true() => simd_test(SimdTest::AllTrue(I64x2));
    visit_i8x16_bitmask() => simd_test(SimdTest::Bitmask(I8x16));
    visit_i16x8_bitmask() => simd_test(SimdTest::Bitmask(I16x8));
    visit_i32x4_bitmask() => simd_test(SimdTest::Bitmask(I32x4));
    visit_i64x2_bitmask() => simd_test(SimdTest::Bitmask(I64x2));
    // Integer lanes.
    visit_i8x16_add() => simd_binop(SimdBinOp::Add(I8x16));
    visit_i8x16_sub() => simd_binop(SimdBinOp::Sub(I8x16));
    visit_i8x16_neg() => simd_unop(SimdUnOp::Neg(I8x16));
    visit_i8x16_abs() => simd_unop(SimdUnOp::Abs(I8x16));
    visit_i8x16_shl() => simd_shift(SimdShift::Shl, I8x16);
    visit_i8x16_shr_s() => simd_shift(SimdShift::ShrS, I8x16);
    visit_i8x16_shr_u() => simd_shift(SimdShift::ShrU, I8x16);
    visit_i8x16_eq() => simd_binop(SimdBinOp::Eq(I8x16));
    visit_i8x16_ne() => simd_binop(SimdBinOp::Ne(I8x16));
    visit_i8x16_lt_s() => simd_binop(SimdBinOp::Lt { lanes: I8x16, signed: true });
    visit_i8x16_lt_u() => simd_binop(SimdBinOp::Lt { lanes: I8x16, signed: false });
    visit_i8x16_gt_s() => simd_binop(SimdBinOp::Gt { lanes: I8x16, signed: true });
    visit_i8x16_gt_u() => simd_binop(SimdBinOp::Gt { lanes: I8x16, signed: false });
    visit_i8x16_le_s() => simd_binop(SimdBinOp::Le { lanes: I8x16, signed: true });
    visit_i8x16_le_u() => simd_binop(SimdBinOp::Le { lanes: I8x16, signed: false });
    visit_i8x16_ge_s() => simd_binop(SimdBinOp::Ge { lanes: I8x16, signed: true });
    visit_i8x16_ge_u() => simd_binop(SimdBinOp::Ge { lanes: I8x16, signed: false });
    visit_i8x16_add_sat_s() => simd_binop(SimdBinOp::AddSat { lanes: I8x16, signed: true });
    visit_i8x16_add_sat_u() => simd_binop(SimdBinOp::AddSat { lanes: I8x16, signed: false });
    visit_i8x16_sub_sat_s() => simd_binop(SimdBinOp::SubSat { lanes: I8x16, signed: true });
    visit_i8x16_sub_sat_u() => simd_binop(SimdBinOp::SubSat { lanes: I8x16, signed: false });
    visit_i8x16_avgr_u() => simd_binop(SimdBinOp::AvgrU(I8x16));
    visit_i8x16_min_s() => simd_binop(SimdBinOp::Min { lanes: I8x16, signed: true });
    visit_i8x16_min_u() => simd_binop(SimdBinOp::Min { lanes: I8x16, signed: false });
    visit_i8x16_max_s() => simd_binop(SimdBinOp::Max { lanes: I8x16, signed: true });
    visit_i8x16_max_u() => simd_binop(SimdBinOp::Max { lanes: I8x16, signed: false });
    visit_i16x8_add() => simd_binop(SimdBinOp::Add(I16x8));
    visit_i16x8_sub() => simd_binop(SimdBinOp::Sub(I16x8));
    visit_i16x8_mul() => simd_binop(SimdBinOp::Mul(I16x8));
    visit_i16x8_neg() => simd_unop(SimdUnOp::Neg(I16x8));
    visit_i16x8_abs() => simd_unop(SimdUnOp::Abs(I16x8));
    visit_i16x8_shl() => simd_shift(SimdShift::Shl, I16x8);
    visit_i16x8_shr_s() => simd_shift(SimdShift::ShrS, I16x8);
    visit_i16x8_shr_u() => simd_shift(SimdShift::ShrU, I16x8);
    visit_i16x8_eq() => simd_binop(SimdBinOp::Eq(I16x8));
    visit_i16x8_ne() => simd_binop(SimdBinOp::Ne(I16x8));
    visit_i16x8_lt_s() => simd_binop(SimdBinOp::Lt { lanes: I16x8, signed: true });
    visit_i16x8_lt_u() => simd_binop(SimdBinOp::Lt { lanes: I16x8, signed: false });
    visit_i16x8_gt_s() => simd_binop(SimdBinOp::Gt { lanes: I16x8, signed: true });
    visit_i16x8_gt_u() => simd_binop(SimdBinOp::Gt { lanes: I16x8, signed: false });
    visit_i16x8_le_s() => simd_binop(SimdBinOp::Le { lanes: I16x8, signed: true });
    visit_i16x8_le_u() => simd_binop(SimdBinOp::Le { lanes: I16x8, signed: false });
    visit_i16x8_ge_s() => simd_binop(SimdBinOp::Ge { lanes: I16x8, signed: true });
    visit_i16x8_ge_u() => simd_binop(SimdBinOp::Ge { lanes: I16x8, signed: false });
    visit_i16x8_add_sat_s() => simd_binop(SimdBinOp::AddSat { lanes: I16x8, signed: true });
    visit_i16x8_add_sat_u() => simd_binop(SimdBinOp::AddSat { lanes: I16x8, signed: false });
    visit_i16x8_sub_sat_s() => simd_binop(SimdBinOp::SubSat { lanes: I16x8, signed: true });
    visit_i16x8_sub_sat_u() => simd_binop(SimdBinOp::SubSat { lanes: I16x8, signed: false });
    visit_i16x8_avgr_u() => simd_binop(SimdBinOp::AvgrU(I16x8));
    visit_i16x8_min_s() => simd_binop(SimdBinOp::Min { lanes: I16x8, signed: true });
    visit_i16x8_min_u() => simd_binop(SimdBinOp::Min { lanes: I16x8, signed: false });
    visit_i16x8_max_s() => simd_binop(SimdBinOp::Max { lanes: I16x8, signed: true });
    visit_i16x8_max_u() => simd_binop(SimdBinOp::Max { lanes: I16x8, signed: false });
    visit_i32x4_add() => simd_binop(SimdBinOp::Add(I32x4));
    visit_i32x4_sub() => simd_binop(SimdBinOp::Sub(I32x4));
    visit_i32x4_mul() => simd_binop(SimdBinOp::Mul(I32x4));
    visit_i32x4_neg() => simd_unop(SimdUnOp::Neg(I32x4));
    visit_i32x4_abs() => simd_unop(SimdUnOp::Abs(I32x4));
    visit_i32x4_shl() => simd_shift(SimdShift::Shl, I32x4);
    visit_i32x4_shr_s() => simd_shift(SimdShift::ShrS, I32x4);
    visit_i32x4_shr_u() => simd_shift(SimdShift::ShrU, I32x4);
    visit_i32x4_eq() => simd_binop(SimdBinOp::Eq(I32x4));
    visit_i32x4_ne() => simd_binop(SimdBinOp::Ne(I32x4));
    visit_i32x4_lt_s() => simd_binop(SimdBinOp::Lt { lanes: I32x4, signed: true });
    visit_i32x4_lt_u() => simd_binop(SimdBinOp::Lt { lanes: I32x4, signed: false });
    visit_i32x4_gt_s() => simd_binop(SimdBinOp::Gt { lanes: I32x4, signed: true });
    visit_i32x4_gt_u() => simd_binop(SimdBinOp::Gt { lanes: I32x4, signed: false });
    visit_i32x4_le_s() => simd_binop(SimdBinOp::Le { lanes: I32x4, signed: true });
    visit_i32x4_le_u() => simd_binop(SimdBinOp::Le { lanes: I32x4, signed: false });
    visit_i32x4_ge_s() => simd_binop(SimdBinOp::Ge { lanes: I32x4, signed: true });
    visit_i32x4_ge_u() => simd_binop(SimdBinOp::Ge { lanes: I32x4, signed: false });
    visit_i32x4_min_s() => simd_binop(SimdBinOp::Min { lanes: I32x4, signed: true });
    visit_i32x4_min_u() => simd_binop(SimdBinOp::Min { lanes: I32x4, signed: false });
    visit_i32x4_max_s() => simd_binop(SimdBinOp::Max { lanes: I32x4, signed: true });
    visit_i32x4_max_u() => simd_binop(SimdBinOp::Max { lanes: I32x4, signed: false });
    visit_i64x2_add() => simd_binop(SimdBinOp::Add(I64x2));
    visit_i64x2_sub() => simd_binop(SimdBinOp::Sub(I64x2));
    visit_i64x2_mul() => simd_binop(SimdBinOp::Mul(I64x2));
    visit_i64x2_neg() => simd_unop(SimdUnOp::Neg(I64x2));
    visit_i64x2_abs() => simd_unop(SimdUnOp::Abs(I64x2));
    visit_i64x2_shl() => simd_shift(SimdShift::Shl, I64x2);
    visit_i64x2_shr_s() => simd_shift(SimdShift::ShrS, I64x2);
    visit_i64x2_shr_u() => simd_shift(SimdShift::ShrU, I64x2);
    visit_i64x2_eq() => simd_binop(SimdBinOp::Eq(I64x2));
    visit_i64x2_ne() => simd_binop(SimdBinOp::Ne(I64x2));
    visit_i64x2_lt_s() => simd_binop(SimdBinOp::Lt { lanes: I64x2, signed: true });
    visit_i64x2_gt_s() => simd_binop(SimdBinOp::Gt { lanes: I64x2, signed: true });
    visit_i64x2_le_s() => simd_binop(SimdBinOp::Le { lanes: I64x2, signed: true });
    visit_i64x2_ge_s() => simd_binop(SimdBinOp::Ge { lanes: I64x2, signed: true });
    // Float lanes.
    visit_f32x4_add() => simd_binop(SimdBinOp::Add(F32x4));
    visit_f32x4_sub() => simd_binop(SimdBinOp::Sub(F32x4));
    visit_f32x4_mul() => simd_binop(SimdBinOp::Mul(F32x4));
    visit_f32x4_div() => simd_binop(SimdBinOp::Div(F32x4));
    visit_f32x4_eq() => simd_binop(SimdBinOp::Eq(F32x4));
    visit_f32x4_ne() => simd_binop(SimdBinOp::Ne(F32x4));
    visit_f32x4_lt() => simd_binop(SimdBinOp::Lt { lanes: F32x4, signed: true });
    visit_f32x4_gt() => simd_binop(SimdBinOp::Gt { lanes: F32x4, signed: true });
    visit_f32x4_le() => simd_binop(SimdBinOp::Le { lanes: F32x4, signed: true });
    visit_f32x4_ge() => simd_binop(SimdBinOp::Ge { lanes: F32x4, signed: true });
    visit_f32x4_neg() => simd_unop(SimdUnOp::Neg(F32x4));
    visit_f32x4_abs() => simd_unop(SimdUnOp::Abs(F32x4));
    visit_f64x2_add() => simd_binop(SimdBinOp::Add(F64x2));
    visit_f64x2_sub() => simd_binop(SimdBinOp::Sub(F64x2));
    visit_f64x2_mul() => simd_binop(SimdBinOp::Mul(F64x2));
    visit_f64x2_div() => simd_binop(SimdBinOp::Div(F64x2));
    visit_f64x2_eq() => simd_binop(SimdBinOp::Eq(F64x2));
    visit_f64x2_ne() => simd_binop(SimdBinOp::Ne(F64x2));
    visit_f64x2_lt() => simd_binop(SimdBinOp::Lt { lanes: F64x2, signed: true });
    visit_f64x2_gt() => simd_binop(SimdBinOp::Gt { lanes: F64x2, signed: true });
    visit_f64x2_le() => simd_binop(SimdBinOp::Le { lanes: F64x2, signed: true });
    visit_f64x2_ge() => simd_binop(SimdBinOp::Ge { lanes: F64x2, signed: true });
    visit_f64x2_neg() => simd_unop(SimdUnOp::Neg(F64x2));
    visit_f64x2_abs() => simd_unop(SimdUnOp::Abs(F64x2));
    // Float lanes, beyond arithmetic.
    visit_f32x4_min() => simd_binop(SimdBinOp::FMin(F32x4));
    visit_f32x4_max() => simd_binop(SimdBinOp::FMax(F32x4));
    visit_f32x4_pmin() => simd_binop(SimdBinOp::PMin(F32x4));
    visit_f32x4_pmax() => simd_binop(SimdBinOp::PMax(F32x4));
    visit_f32x4_sqrt() => simd_unop(SimdUnOp::Sqrt(F32x4));
    visit_f32x4_ceil() => simd_unop(SimdUnOp::Round(F32x4, FloatUnOp::Ceil));
    visit_f32x4_floor() => simd_unop(SimdUnOp::Round(F32x4, FloatUnOp::Floor));
    visit_f32x4_trunc() => simd_unop(SimdUnOp::Round(F32x4, FloatUnOp::Trunc));
    visit_f32x4_nearest() => simd_unop(SimdUnOp::Round(F32x4, FloatUnOp::Nearest));
    visit_f64x2_min() => simd_binop(SimdBinOp::FMin(F64x2));
    visit_f64x2_max() => simd_binop(SimdBinOp::FMax(F64x2));
    visit_f64x2_pmin() => simd_binop(SimdBinOp::PMin(F64x2));
    visit_f64x2_pmax() => simd_binop(SimdBinOp::PMax(F64x2));
    visit_f64x2_sqrt() => simd_unop(SimdUnOp::Sqrt(F64x2));
    visit_f64x2_ceil() => simd_unop(SimdUnOp::Round(F64x2, FloatUnOp::Ceil));
    visit_f64x2_floor() => simd_unop(SimdUnOp::Round(F64x2, FloatUnOp::Floor));
    visit_f64x2_trunc() => simd_unop(SimdUnOp::Round(F64x2, FloatUnOp::Trunc));
    visit_f64x2_nearest() => simd_unop(SimdUnOp::Round(F64x2, FloatUnOp::Nearest));
    // Width changes.
    visit_i16x8_extend_low_i8x16_s() => simd_unop(SimdUnOp::Extend { from: I8x16, high: false, signed: true });
    visit_i16x8_extmul_low_i8x16_s() => simd_binop(SimdBinOp::ExtMul { lanes: I16x8, high: false, signed: true });
    visit_i16x8_extend_low_i8x16_u() => simd_unop(SimdUnOp::Extend { from: I8x16, high: false, signed: false });
    visit_i16x8_extmul_low_i8x16_u() => simd_binop(SimdBinOp::ExtMul { lanes: I16x8, high: false, signed: false });
    visit_i16x8_extend_high_i8x16_s() => simd_unop(SimdUnOp::Extend { from: I8x16, high: true, signed: true });
    visit_i16x8_extmul_high_i8x16_s() => simd_binop(SimdBinOp::ExtMul { lanes: I16x8, high: true, signed: true });
    visit_i16x8_extend_high_i8x16_u() => simd_unop(SimdUnOp::Extend { from: I8x16, high: true, signed: false });
    visit_i16x8_extmul_high_i8x16_u() => simd_binop(SimdBinOp::ExtMul { lanes: I16x8, high: true, signed: false });
    visit_i32x4_extend_low_i16x8_s() => simd_unop(SimdUnOp::Extend { from: I16x8, high: false, signed: true });
    visit_i32x4_extmul_low_i16x8_s() => simd_binop(SimdBinOp::ExtMul { lanes: I32x4, high: false, signed: true });
    visit_i32x4_extend_low_i16x8_u() => simd_unop(SimdUnOp::Extend { from: I16x8, high: false, signed: false });
    visit_i32x4_extmul_low_i16x8_u() => simd_binop(SimdBinOp::ExtMul { lanes: I32x4, high: false, signed: false });
    visit_i32x4_extend_high_i16x8_s() => simd_unop(SimdUnOp::Extend { from: I16x8, high: true, signed: true });
    visit_i32x4_extmul_high_i16x8_s() => simd_binop(SimdBinOp::ExtMul { lanes: I32x4, high: true, signed: true });
    visit_i32x4_extend_high_i16x8_u() => simd_unop(SimdUnOp::Extend { from: I16x8, high: true, signed: false });
    visit_i32x4_extmul_high_i16x8_u() => simd_binop(SimdBinOp::ExtMul { lanes: I32x4, high: true, signed: false });
    visit_i64x2_extend_low_i32x4_s() => simd_unop(SimdUnOp::Extend { from: I32x4, high: false, signed: true });
    visit_i64x2_extmul_low_i32x4_s() => simd_binop(SimdBinOp::ExtMul { lanes: I64x2, high: false, signed: true });
    visit_i64x2_extend_low_i32x4_u() => simd_unop(SimdUnOp::Extend { from: I32x4, high: false, signed: false });
    visit_i64x2_extmul_low_i32x4_u() => simd_binop(SimdBinOp::ExtMul { lanes: I64x2, high: false, signed: false });
    visit_i64x2_extend_high_i32x4_s() => simd_unop(SimdUnOp::Extend { from: I32x4, high: true, signed: true });
    visit_i64x2_extmul_high_i32x4_s() => simd_binop(SimdBinOp::ExtMul { lanes: I64x2, high: true, signed: true });
    visit_i64x2_extend_high_i32x4_u() => simd_unop(SimdUnOp::Extend { from: I32x4, high: true, signed: false });
    visit_i64x2_extmul_high_i32x4_u() => simd_binop(SimdBinOp::ExtMul { lanes: I64x2, high: true, signed: false });
    visit_i16x8_extadd_pairwise_i8x16_s() => simd_unop(SimdUnOp::ExtAddPairwise { from: I8x16, signed: true });
    visit_i16x8_extadd_pairwise_i8x16_u() => simd_unop(SimdUnOp::ExtAddPairwise { from: I8x16, signed: false });
    visit_i32x4_extadd_pairwise_i16x8_s() => simd_unop(SimdUnOp::ExtAddPairwise { from: I16x8, signed: true });
    visit_i32x4_extadd_pairwise_i16x8_u() => simd_unop(SimdUnOp::ExtAddPairwise { from: I16x8, signed: false });
    visit_i8x16_narrow_i16x8_s() => simd_binop(SimdBinOp::Narrow { lanes: I8x16, signed: true });
    visit_i8x16_narrow_i16x8_u() => simd_binop(SimdBinOp::Narrow { lanes: I8x16, signed: false });
    visit_i16x8_narrow_i32x4_s() => simd_binop(SimdBinOp::Narrow { lanes: I16x8, signed: true });
    visit_i16x8_narrow_i32x4_u() => simd_binop(SimdBinOp::Narrow { lanes: I16x8, signed: false });
    visit_i32x4_dot_i16x8_s() => simd_binop(SimdBinOp::Dot);
    visit_i16x8_q15mulr_sat_s() => simd_binop(SimdBinOp::Q15MulrSat);
    visit_i8x16_popcnt() => simd_unop(SimdUnOp::Popcnt);
    // Conversions.
    visit_f32x4_convert_i32x4_s() => simd_unop(SimdUnOp::ConvertI32 { to: F32x4, signed: true });
    visit_f32x4_convert_i32x4_u() => simd_unop(SimdUnOp::ConvertI32 { to: F32x4, signed: false });
    visit_f64x2_convert_low_i32x4_s() => simd_unop(SimdUnOp::ConvertI32 { to: F64x2, signed: true });
    visit_f64x2_convert_low_i32x4_u() => simd_unop(SimdUnOp::ConvertI32 { to: F64x2, signed: false });
    visit_i32x4_trunc_sat_f32x4_s() => simd_unop(SimdUnOp::TruncSat { from: F32x4, signed: true });
    visit_i32x4_trunc_sat_f32x4_u() => simd_unop(SimdUnOp::TruncSat { from: F32x4, signed: false });
    visit_i32x4_trunc_sat_f64x2_s_zero() => simd_unop(SimdUnOp::TruncSat { from: F64x2, signed: true });
    visit_i32x4_trunc_sat_f64x2_u_zero() => simd_unop(SimdUnOp::TruncSat { from: F64x2, signed: false });
    visit_f32x4_demote_f64x2_zero() => simd_unop(SimdUnOp::Demote);
    visit_f64x2_promote_low_f32x4() => simd_unop(SimdUnOp::Promote);
    // Relaxed SIMD, each as its deterministic counterpart (codegen_simd.rs).
    visit_i8x16_relaxed_swizzle() => simd_binop(SimdBinOp::Swizzle);
    visit_i32x4_relaxed_trunc_f32x4_s() => simd_unop(SimdUnOp::TruncSat { from: F32x4, signed: true });
    visit_i32x4_relaxed_trunc_f32x4_u() => simd_unop(SimdUnOp::TruncSat { from: F32x4, signed: false });
    visit_i32x4_relaxed_trunc_f64x2_s_zero() => simd_unop(SimdUnOp::TruncSat { from: F64x2, signed: true });
    visit_i32x4_relaxed_trunc_f64x2_u_zero() => simd_unop(SimdUnOp::TruncSat { from: F64x2, signed: false });
    visit_f32x4_relaxed_madd() => simd_madd(F32x4, false);
    visit_f32x4_relaxed_nmadd() => simd_madd(F32x4, true);
    visit_f64x2_relaxed_madd() => simd_madd(F64x2, false);
    visit_f64x2_relaxed_nmadd() => simd_madd(F64x2, true);
    visit_i8x16_relaxed_laneselect() => simd_bitselect();
    visit_i16x8_relaxed_laneselect() => simd_bitselect();
    visit_i32x4_relaxed_laneselect() => simd_bitselect();
    visit_i64x2_relaxed_laneselect() => simd_bitselect();
    visit_f32x4_relaxed_min() => simd_binop(SimdBinOp::FMin(F32x4));
    visit_f32x4_relaxed_max() => simd_binop(SimdBinOp::FMax(F32x4));
    visit_f64x2_relaxed_min() => simd_binop(SimdBinOp::FMin(F64x2));
    visit_f64x2_relaxed_max() => simd_binop(SimdBinOp::FMax(F64x2));
    visit_i16x8_relaxed_q15mulr_s() => simd_binop(SimdBinOp::Q15MulrSat);
    visit_i16x8_relaxed_dot_i8x16_i7x16_s() => simd_binop(SimdBinOp::RelaxedDot);
    visit_i32x4_relaxed_dot_i8x16_i7x16_add_s() => simd_relaxed_dot_add();
}
