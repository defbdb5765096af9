//! Evaluation of constant expressions (global initializers, segment
//! offsets and element expressions) to the bits of their value.

use brisk_environ::{ConstExpr, ConstOp};

/// Evaluates a validated constant expression; `global(i)` gives the bits of
/// global `i` and `func_ref(f)` those of a reference to function `f`.
pub(crate) fn eval(
    expr: &ConstExpr,
    global: impl Fn(u32) -> u64,
    func_ref: impl Fn(u32) -> u64,
) -> u64 {
    let mut stack: Vec<u64> = Vec::with_capacity(4);
    for op in &expr.ops {
        let v = match *op {
            ConstOp::I32(v) => v as u32 as u64,
            ConstOp::I64(v) => v as u64,
            ConstOp::F32(b) => b as u64,
            ConstOp::F64(b) => b,
            ConstOp::GlobalGet(g) => global(g),
            ConstOp::RefNull(_) => 0,
            ConstOp::RefFunc(f) => func_ref(f),
            ConstOp::I32Add | ConstOp::I32Sub | ConstOp::I32Mul => {
                let (b, a) = (stack.pop().unwrap() as u32, stack.pop().unwrap() as u32);
                (match op {
                    ConstOp::I32Add => a.wrapping_add(b),
                    ConstOp::I32Sub => a.wrapping_sub(b),
                    _ => a.wrapping_mul(b),
                }) as u64
            }
            ConstOp::I64Add | ConstOp::I64Sub | ConstOp::I64Mul => {
                let (b, a) = (stack.pop().unwrap(), stack.pop().unwrap());
                match op {
                    ConstOp::I64Add => a.wrapping_add(b),
                    ConstOp::I64Sub => a.wrapping_sub(b),
                    _ => a.wrapping_mul(b),
                }
            }
        };
        stack.push(v);
    }
    stack.pop().expect("validated constant expression")
}
