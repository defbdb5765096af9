//! Evaluation of constant expressions (global initializers, segment
//! offsets and element expressions) to the bits of their value (16 bytes,
//! room for a v128; a scalar's zero-extended), GC objects included.

use crate::limits::StoreRuntime;
use crate::loaded_module::LoadedModule;
use brisk_environ::gc_layout::{ARRAY_ELEMS, StructLayout, storage_size};
use brisk_environ::{CompositeType, ConstExpr, ConstOp, TrapCode};

/// How a constant expression initializes a GC object it allocates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum ObjectInit<'a> {
    /// A struct with these field values, or zeroed (`struct.new_default`).
    Struct(Option<&'a [u128]>),
    /// An array of `len` elements equal to `value`, or zeroed.
    Repeat { len: u32, value: Option<u128> },
    /// An array of these elements (`array.new_fixed`).
    Elements(&'a [u128]),
}

/// Evaluates a validated constant expression; `global(i)` gives the bits of
/// global `i`, `func_ref(f)` those of a reference to function `f` and
/// `alloc(t, init)` those of a new GC object of module type `t` (or its
/// trap: the GC heap is full).
pub(crate) fn eval(
    expr: &ConstExpr,
    global: impl Fn(u32) -> u128,
    func_ref: impl Fn(u32) -> u64,
    alloc: impl Fn(u32, ObjectInit<'_>) -> Result<u64, TrapCode>,
) -> Result<u128, TrapCode> {
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
            ConstOp::StructNew { type_index, fields } => {
                let values = stack.split_off(stack.len() - fields as usize);
                alloc(type_index, ObjectInit::Struct(Some(&values)))?.into()
            }
            ConstOp::StructNewDefault(t) => alloc(t, ObjectInit::Struct(None))?.into(),
            ConstOp::ArrayNew(t) | ConstOp::ArrayNewDefault(t) => {
                let len = stack.pop().unwrap() as u32;
                let value = matches!(op, ConstOp::ArrayNew(_)).then(|| stack.pop().unwrap());
                alloc(t, ObjectInit::Repeat { len, value })?.into()
            }
            ConstOp::ArrayNewFixed { type_index, len } => {
                let values = stack.split_off(stack.len() - len as usize);
                alloc(type_index, ObjectInit::Elements(&values))?.into()
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
    Ok(stack.pop().expect("validated constant expression"))
}

/// Allocates a GC object of module type `type_index` of `module` in
/// `store`'s heap, initialized as `init` says; its reference word.
pub(crate) fn new_object(
    store: &StoreRuntime,
    module: &LoadedModule,
    type_index: u32,
    init: ObjectInit<'_>,
) -> Result<u64, TrapCode> {
    let composite = &module.info().types[type_index as usize].composite;
    let len = match init {
        ObjectInit::Struct(_) => 0,
        ObjectInit::Repeat { len, .. } => len,
        ObjectInit::Elements(values) => values.len() as u32,
    };
    let obj = crate::gc::gc_alloc(store, module.type_id(type_index), len)?;
    // Each value's low bytes, little-endian, as the field's storage type
    // keeps them.
    let write = |offset: u32, size: u32, bits: u128| {
        let bytes = bits.to_le_bytes();
        // SAFETY: `obj` is a fresh object of this type, `len` elements
        // for an array, and `offset + size` lies within it (the layout's
        // field offsets; array elements below `len`).
        unsafe {
            std::ptr::copy_nonoverlapping(
                bytes.as_ptr(),
                (obj as usize + offset as usize) as *mut u8,
                size as usize,
            )
        }
    };
    match (composite, init) {
        (CompositeType::Struct(fields), ObjectInit::Struct(Some(values))) => {
            let layout = StructLayout::new(fields);
            for ((f, offset), v) in fields.iter().zip(&layout.offsets).zip(values) {
                write(*offset, storage_size(f.storage), *v);
            }
        }
        (CompositeType::Array(elem), ObjectInit::Repeat { value: Some(v), .. }) => {
            let size = storage_size(elem.storage);
            for i in 0..len {
                write(ARRAY_ELEMS + i * size, size, v);
            }
        }
        (CompositeType::Array(elem), ObjectInit::Elements(values)) => {
            let size = storage_size(elem.storage);
            for (i, v) in (0..).zip(values) {
                write(ARRAY_ELEMS + i * size, size, *v);
            }
        }
        // Zeroed by the allocator.
        _ => {}
    }
    Ok(obj)
}

#[cfg(test)]
mod tests {
    use super::*;
    use brisk_environ::WasmType;

    /// Evaluates `ops` with global `i` holding `10 * i` and a reference to
    /// function `f` being `0x1000 + f`.
    fn eval_ops(ops: &[ConstOp]) -> u128 {
        let expr = ConstExpr { ops: ops.to_vec() };
        let alloc = |t: u32, init: ObjectInit<'_>| match init {
            ObjectInit::Struct(Some(values)) => {
                Ok(values.iter().sum::<u128>() as u64 + (t as u64) * 1000)
            }
            ObjectInit::Repeat { len, value } => Ok(u64::from(len) * value.unwrap_or(1) as u64),
            ObjectInit::Elements(values) => Ok(values.len() as u64 + 500),
            ObjectInit::Struct(None) => Err(TrapCode::GcOutOfMemory),
        };
        eval(&expr, |g| 10 * g as u128, |f| 0x1000 + f as u64, alloc).unwrap()
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
        assert_eq!(
            eval_ops(&[I32(-1), RefI31]),
            0xffff_ffff,
            "31 bits and the tag"
        );
        // Bit 31 is dropped, bit 30 (the i31's sign) kept.
        assert_eq!(eval_ops(&[I32(0x8000_0002u32 as i32), RefI31]), 5);
        assert_eq!(eval_ops(&[I32(0x4000_0002), RefI31]), 0x8000_0005);
        assert_eq!(eval_ops(&[F32(0x3f80_0000)]), 0x3f80_0000);
        assert_eq!(eval_ops(&[F64(0xbff0 << 48)]), 0xbff0 << 48);
    }

    #[test]
    fn gc_allocations_take_their_operands_in_order_and_pass_traps_on() {
        use ConstOp::*;
        let fields = [
            I32(1),
            I32(20),
            I32(300),
            StructNew {
                type_index: 2,
                fields: 2,
            },
            I64Add,
        ];
        assert_eq!(
            eval_ops(&fields),
            2321,
            "the last two values are the fields"
        );
        assert_eq!(
            eval_ops(&[I32(7), I32(3), ArrayNew(0)]),
            21,
            "value then length"
        );
        assert_eq!(eval_ops(&[I32(4), ArrayNewDefault(0)]), 4);
        let fixed = [
            I32(9),
            I32(8),
            I32(7),
            ArrayNewFixed {
                type_index: 0,
                len: 2,
            },
            I64Add,
        ];
        assert_eq!(eval_ops(&fixed), 9 + 502);
        let expr = ConstExpr {
            ops: vec![StructNewDefault(0)],
        };
        let oom = |_: u32, _: ObjectInit<'_>| Err(TrapCode::GcOutOfMemory);
        assert_eq!(eval(&expr, |_| 0, |_| 0, oom), Err(TrapCode::GcOutOfMemory));
    }

    #[test]
    fn v128_constants_keep_all_16_bytes() {
        use ConstOp::*;
        let bits = 0x8000_0000_0000_0001_ffff_ffff_ffff_fffe;
        assert_eq!(eval_ops(&[V128(bits)]), bits);
    }
}
