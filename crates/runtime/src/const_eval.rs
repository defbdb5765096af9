//! Evaluation of constant expressions (global initializers, segment
//! offsets and element expressions) to the bits of their value (16 bytes,
//! room for a v128; a scalar's zero-extended).

use brisk_environ::{ConstExpr, ConstOp};

/// Evaluates a validated constant expression; `global(i)` gives the bits of
/// global `i` and `func_ref(f)` those of a reference to function `f`.
pub(crate) fn eval(
    expr: &ConstExpr,
    global: impl Fn(u32) -> u128,
    func_ref: impl Fn(u32) -> u64,
) -> u128 {
    let mut stack: Vec<u128> = Vec::with_capacity(4);
    for op in &expr.ops {
        let v = match *op {
            ConstOp::I32(v) => v as u32 as u128,
            ConstOp::I64(v) => v as u64 as u128,
            ConstOp::F32(b) => b.into(),
            ConstOp::F64(b) => b.into(),
            ConstOp::V128(b) => b,
            ConstOp::GlobalGet(g) => global(g),
            ConstOp::RefNull(_) => 0,
            ConstOp::RefFunc(f) => func_ref(f).into(),
            ConstOp::RefI31 => {
                let v = stack.pop().unwrap() as u32;
                ((v << 1) | 1).into()
            }
            ConstOp::I32Add | ConstOp::I32Sub | ConstOp::I32Mul => {
                let (b, a) = (stack.pop().unwrap() as u32, stack.pop().unwrap() as u32);
                (match op {
                    ConstOp::I32Add => a.wrapping_add(b),
                    ConstOp::I32Sub => a.wrapping_sub(b),
                    _ => a.wrapping_mul(b),
                }) as u128
            }
            ConstOp::I64Add | ConstOp::I64Sub | ConstOp::I64Mul => {
                let (b, a) = (stack.pop().unwrap() as u64, stack.pop().unwrap() as u64);
                (match op {
                    ConstOp::I64Add => a.wrapping_add(b),
                    ConstOp::I64Sub => a.wrapping_sub(b),
                    _ => a.wrapping_mul(b),
                }) as u128
            }
        };
        stack.push(v);
    }
    stack.pop().expect("validated constant expression")
}

#[cfg(test)]
mod tests {
    use super::*;
    use brisk_environ::WasmType;

    /// Evaluates `ops` with global `i` holding `10 * i` and a reference to
    /// function `f` being `0x1000 + f`.
    fn eval_ops(ops: &[ConstOp]) -> u128 {
        let expr = ConstExpr { ops: ops.to_vec() };
        eval(&expr, |g| 10 * g as u128, |f| 0x1000 + f as u64)
    }

    #[test]
    fn i32_results_wrap_and_are_zero_extended() {
        use ConstOp::*;
        assert_eq!(eval_ops(&[I32(-1)]), 0xffff_ffff);
        assert_eq!(eval_ops(&[I32(i32::MAX), I32(1), I32Add]), 0x8000_0000);
        assert_eq!(eval_ops(&[I32(0), I32(1), I32Sub]), 0xffff_ffff);
        assert_eq!(eval_ops(&[I32(0x10000), I32(0x10001), I32Mul]), 0x10000);
    }

    #[test]
    fn i64_results_wrap_and_operands_keep_their_order() {
        use ConstOp::*;
        assert_eq!(eval_ops(&[I64(5), I64(7), I64Sub]), -2i64 as u64 as u128);
        assert_eq!(
            eval_ops(&[I64(i64::MIN), I64(-1), I64Mul]),
            i64::MIN as u64 as u128
        );
        assert_eq!(eval_ops(&[I64(-1), I64(2), I64Add]), 1);
    }

    #[test]
    fn globals_references_and_float_bits() {
        use ConstOp::*;
        assert_eq!(eval_ops(&[GlobalGet(3), I64(1), I64Add]), 31);
        assert_eq!(eval_ops(&[RefFunc(4)]), 0x1004);
        assert_eq!(eval_ops(&[RefNull(WasmType::FuncRef)]), 0);
        assert_eq!(eval_ops(&[I32(-1), RefI31]), 0xffff_ffff, "31 bits and the tag");
        assert_eq!(eval_ops(&[I32(0x4000_0002), RefI31]), 5);
        assert_eq!(eval_ops(&[F32(0x3f80_0000)]), 0x3f80_0000);
        assert_eq!(eval_ops(&[F64(0xbff0 << 48)]), 0xbff0 << 48);
    }

    #[test]
    fn v128_constants_keep_all_16_bytes() {
        use ConstOp::*;
        let bits = 0x8000_0000_0000_0001_ffff_ffff_ffff_fffe;
        assert_eq!(eval_ops(&[V128(bits)]), bits);
    }
}
