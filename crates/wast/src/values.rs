//! Script values: arguments into brisk values, results against patterns.

use crate::runner::Halt;
use brisk::{AnyRef, ExternRef, Store, Val};
use std::collections::HashMap;
use wast::core::{AbstractHeapType, HeapType, NanPattern, V128Pattern, WastArgCore, WastRetCore};
use wast::{WastArg, WastRet};

/// `ref.extern N` values of one script: the same N is always the same
/// reference, whose host data is N.
#[derive(Default)]
pub(crate) struct ExternRefs {
    refs: HashMap<u32, ExternRef>,
}

impl ExternRefs {
    fn get(&mut self, store: &mut Store<()>, n: u32) -> ExternRef {
        *self
            .refs
            .entry(n)
            .or_insert_with(|| ExternRef::new(store, n))
    }
}

fn gc(what: &str) -> Halt {
    Halt::Skip(format!("gc ({what})"))
}

/// The brisk value of an `invoke` argument.
pub(crate) fn arg(
    store: &mut Store<()>,
    externs: &mut ExternRefs,
    arg: &WastArg,
) -> Result<Val, Halt> {
    let WastArg::Core(core) = arg else {
        return Err(Halt::Skip("component-model (argument)".into()));
    };
    Ok(match core {
        WastArgCore::I32(v) => Val::I32(*v),
        WastArgCore::I64(v) => Val::I64(*v),
        WastArgCore::F32(f) => Val::F32(f.bits),
        WastArgCore::F64(f) => Val::F64(f.bits),
        WastArgCore::V128(v) => Val::V128(u128::from_le_bytes(v.to_le_bytes()).into()),
        WastArgCore::RefNull(ht) => match null_kind(ht) {
            Some(NullKind::Func) => Val::FuncRef(None),
            Some(NullKind::Extern) => Val::ExternRef(None),
            Some(NullKind::Exn) => Val::ExnRef(None),
            Some(NullKind::Any) => Val::AnyRef(None),
            None => return Err(gc("ref.null of a defined type")),
        },
        WastArgCore::RefExtern(n) => Val::ExternRef(Some(externs.get(store, *n))),
        // A host value seen as anyref: `ref.extern N` internalized.
        WastArgCore::RefHost(n) => {
            Val::AnyRef(Some(AnyRef::convert_extern(externs.get(store, *n))))
        }
    })
}

enum NullKind {
    Func,
    Extern,
    Exn,
    Any,
}

/// Which of brisk's reference types a null of heap type `ht` is.
fn null_kind(ht: &HeapType) -> Option<NullKind> {
    match ht {
        HeapType::Abstract {
            shared: false,
            ty: AbstractHeapType::Func | AbstractHeapType::NoFunc,
        } => Some(NullKind::Func),
        HeapType::Abstract {
            shared: false,
            ty: AbstractHeapType::Extern | AbstractHeapType::NoExtern,
        } => Some(NullKind::Extern),
        HeapType::Abstract {
            shared: false,
            ty: AbstractHeapType::Exn | AbstractHeapType::NoExn,
        } => Some(NullKind::Exn),
        HeapType::Abstract {
            shared: false,
            ty:
                AbstractHeapType::Any
                | AbstractHeapType::Eq
                | AbstractHeapType::I31
                | AbstractHeapType::Struct
                | AbstractHeapType::Array
                | AbstractHeapType::None,
        } => Some(NullKind::Any),
        _ => None,
    }
}

/// Whether `actual` matches the expected result; `Err` when the pattern
/// needs a feature brisk lacks.
pub(crate) fn matches(store: &Store<()>, actual: &Val, expected: &WastRet) -> Result<bool, Halt> {
    let WastRet::Core(core) = expected else {
        return Err(Halt::Skip("component-model (result)".into()));
    };
    matches_core(store, actual, core)
}

fn matches_core(store: &Store<()>, actual: &Val, expected: &WastRetCore) -> Result<bool, Halt> {
    Ok(match (expected, actual) {
        (WastRetCore::I32(e), Val::I32(a)) => e == a,
        (WastRetCore::I64(e), Val::I64(a)) => e == a,
        (WastRetCore::F32(p), Val::F32(a)) => float_matches(
            map_nan(p, |f| f.bits as u64),
            *a as u64,
            0x7fc0_0000,
            0x7fff_ffff,
        ),
        (WastRetCore::F64(p), Val::F64(a)) => float_matches(
            map_nan(p, |f| f.bits),
            *a,
            0x7ff8_0000_0000_0000,
            0x7fff_ffff_ffff_ffff,
        ),
        (WastRetCore::V128(p), Val::V128(a)) => v128_matches(p, a.as_u128()),
        (WastRetCore::RefNull(ht), Val::FuncRef(f)) => {
            f.is_none()
                && ht
                    .as_ref()
                    .is_none_or(|ht| matches!(null_kind(ht), Some(NullKind::Func)))
        }
        (WastRetCore::RefNull(ht), Val::ExternRef(e)) => {
            e.is_none()
                && ht
                    .as_ref()
                    .is_none_or(|ht| matches!(null_kind(ht), Some(NullKind::Extern)))
        }
        (WastRetCore::RefNull(ht), Val::ExnRef(e)) => {
            e.is_none()
                && ht
                    .as_ref()
                    .is_none_or(|ht| matches!(null_kind(ht), Some(NullKind::Exn)))
        }
        (WastRetCore::RefNull(ht), Val::AnyRef(a)) => {
            a.is_none()
                && ht
                    .as_ref()
                    .is_none_or(|ht| matches!(null_kind(ht), Some(NullKind::Any)))
        }
        (WastRetCore::RefExtern(n), Val::ExternRef(Some(e))) => {
            n.is_none_or(|n| host_value(store, *e) == Some(n))
        }
        (WastRetCore::RefHost(n), Val::AnyRef(Some(a))) => {
            host_value(store, ExternRef::convert_any(*a)) == Some(*n)
        }
        (WastRetCore::RefAny, Val::AnyRef(a)) => a.is_some(),
        (WastRetCore::RefEq, Val::AnyRef(Some(a))) => a.as_i31().is_some() || is_object(store, a)?,
        (WastRetCore::RefI31, Val::AnyRef(Some(a))) => a.as_i31().is_some(),
        (WastRetCore::RefStruct, Val::AnyRef(Some(a))) => a.is_struct(store).map_err(stale)?,
        (WastRetCore::RefArray, Val::AnyRef(Some(a))) => a.is_array(store).map_err(stale)?,
        // The spec interpreter does not compare function identity either.
        (WastRetCore::RefFunc(_), Val::FuncRef(f)) => f.is_some(),
        (WastRetCore::RefI31Shared, _) => {
            return Err(Halt::Skip(
                "shared-everything threads (ref.i31_shared)".into(),
            ));
        }
        (WastRetCore::Either(cases), _) => {
            for case in cases {
                if matches_core(store, actual, case)? {
                    return Ok(true);
                }
            }
            false
        }
        _ => false,
    })
}

/// The number `ref.extern N` made `e` with, if it is one of those.
fn host_value(store: &Store<()>, e: ExternRef) -> Option<u32> {
    e.data(store)?.downcast_ref::<u32>().copied()
}

/// Whether `a` is a GC struct or array.
fn is_object(store: &Store<()>, a: &AnyRef) -> Result<bool, Halt> {
    Ok(a.is_struct(store).map_err(stale)? || a.is_array(store).map_err(stale)?)
}

/// A result reference the runner could not read (a bug: results are
/// rooted until the store goes).
fn stale(e: brisk::Error) -> Halt {
    Halt::Fail(format!("result reference: {e}"))
}

fn map_nan<T, U>(p: &NanPattern<T>, f: impl FnOnce(&T) -> U) -> NanPattern<U> {
    match p {
        NanPattern::CanonicalNan => NanPattern::CanonicalNan,
        NanPattern::ArithmeticNan => NanPattern::ArithmeticNan,
        NanPattern::Value(v) => NanPattern::Value(f(v)),
    }
}

/// A float result against a value (bit-exact) or a NaN pattern: canonical
/// NaNs have only the top fraction bit set, arithmetic ones at least it.
fn float_matches(expected: NanPattern<u64>, actual: u64, quiet_nan: u64, abs_mask: u64) -> bool {
    match expected {
        NanPattern::Value(bits) => bits == actual,
        NanPattern::CanonicalNan => actual & abs_mask == quiet_nan,
        NanPattern::ArithmeticNan => actual & quiet_nan == quiet_nan,
    }
}

/// A v128 result against a lane pattern; float lanes may be NaN patterns.
fn v128_matches(expected: &V128Pattern, actual: u128) -> bool {
    // Lane `i` of `bytes`-wide lanes.
    let lane = |bytes: u32, i: usize| -> u64 {
        let bits = bytes * 8;
        ((actual >> (i as u32 * bits)) & ((1u128 << bits) - 1)) as u64
    };
    let ints = |bytes: u32, values: &[i64]| {
        let mask = u64::MAX >> (64 - bytes * 8);
        values
            .iter()
            .enumerate()
            .all(|(i, v)| lane(bytes, i) == (*v as u64) & mask)
    };
    match expected {
        V128Pattern::I8x16(v) => ints(1, &v.map(i64::from)),
        V128Pattern::I16x8(v) => ints(2, &v.map(i64::from)),
        V128Pattern::I32x4(v) => ints(4, &v.map(i64::from)),
        V128Pattern::I64x2(v) => ints(8, v),
        V128Pattern::F32x4(ps) => ps.iter().enumerate().all(|(i, p)| {
            float_matches(
                map_nan(p, |f| f.bits as u64),
                lane(4, i),
                0x7fc0_0000,
                0x7fff_ffff,
            )
        }),
        V128Pattern::F64x2(ps) => ps.iter().enumerate().all(|(i, p)| {
            float_matches(
                map_nan(p, |f| f.bits),
                lane(8, i),
                0x7ff8_0000_0000_0000,
                0x7fff_ffff_ffff_ffff,
            )
        }),
    }
}

/// A value as failure messages show it.
pub(crate) fn show(store: &Store<()>, v: &Val) -> String {
    match v {
        Val::I32(v) => format!("i32:{v}"),
        Val::I64(v) => format!("i64:{v}"),
        Val::F32(b) => format!("f32:{} ({b:#010x})", f32::from_bits(*b)),
        Val::F64(b) => format!("f64:{} ({b:#018x})", f64::from_bits(*b)),
        Val::V128(v) => format!("v128:{:#034x}", v.as_u128()),
        Val::FuncRef(None) => "ref.null func".into(),
        Val::FuncRef(Some(_)) => "ref.func".into(),
        Val::ExternRef(None) => "ref.null extern".into(),
        Val::ExternRef(Some(e)) => match host_value(store, *e) {
            Some(n) => format!("ref.extern {n}"),
            None => "ref.extern (not a script's host value)".into(),
        },
        Val::ExnRef(None) => "ref.null exn".into(),
        Val::ExnRef(Some(_)) => "ref.exn".into(),
        Val::AnyRef(None) => "ref.null any".into(),
        Val::AnyRef(Some(a)) => match (a.as_i31(), host_value(store, ExternRef::convert_any(*a))) {
            (Some(i), _) => format!("ref.i31 {}", i.get_i32()),
            (None, Some(n)) => format!("ref.host {n}"),
            (None, None) if a.is_struct(store).unwrap_or(false) => "ref.struct".into(),
            (None, None) => "ref.array (or a stale reference)".into(),
        },
    }
}

/// An expected result as failure messages show it.
pub(crate) fn show_expected(ret: &WastRet) -> String {
    match ret {
        WastRet::Core(core) => show_core(core),
        _ => "(component value)".into(),
    }
}

fn show_core(ret: &WastRetCore) -> String {
    fn float<T: std::fmt::Display>(ty: &str, p: NanPattern<T>) -> String {
        match p {
            NanPattern::CanonicalNan => format!("{ty}:nan:canonical"),
            NanPattern::ArithmeticNan => format!("{ty}:nan:arithmetic"),
            NanPattern::Value(v) => format!("{ty}:{v}"),
        }
    }
    match ret {
        WastRetCore::I32(v) => format!("i32:{v}"),
        WastRetCore::I64(v) => format!("i64:{v}"),
        WastRetCore::F32(p) => float(
            "f32",
            map_nan(p, |f| {
                format!("{} ({:#010x})", f32::from_bits(f.bits), f.bits)
            }),
        ),
        WastRetCore::F64(p) => float(
            "f64",
            map_nan(p, |f| {
                format!("{} ({:#018x})", f64::from_bits(f.bits), f.bits)
            }),
        ),
        WastRetCore::RefNull(_) => "ref.null".into(),
        WastRetCore::RefExtern(Some(n)) => format!("ref.extern {n}"),
        WastRetCore::RefExtern(None) => "ref.extern".into(),
        WastRetCore::RefFunc(_) => "ref.func".into(),
        WastRetCore::Either(cases) => {
            format!(
                "either({})",
                cases.iter().map(show_core).collect::<Vec<_>>().join(" | ")
            )
        }
        other => format!("{other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::float_matches;
    use wast::core::NanPattern;

    #[test]
    fn nan_patterns() {
        let (quiet, abs) = (0x7fc0_0000, 0x7fff_ffff);
        assert!(float_matches(
            NanPattern::CanonicalNan,
            0x7fc0_0000,
            quiet,
            abs
        ));
        assert!(float_matches(
            NanPattern::CanonicalNan,
            0xffc0_0000,
            quiet,
            abs
        ));
        assert!(!float_matches(
            NanPattern::CanonicalNan,
            0x7fc0_0001,
            quiet,
            abs
        ));
        assert!(float_matches(
            NanPattern::ArithmeticNan,
            0x7fc0_0001,
            quiet,
            abs
        ));
        assert!(!float_matches(
            NanPattern::ArithmeticNan,
            0x7f80_0001,
            quiet,
            abs
        ));
        assert!(!float_matches(
            NanPattern::Value(0x7fc0_0000),
            0xffc0_0000,
            quiet,
            abs
        ));
    }
}
