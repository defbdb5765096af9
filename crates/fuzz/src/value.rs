//! Values as both engines see them, and the arguments the fuzzer passes.

use crate::rng::Rng;
use brisk::WasmType;
use std::fmt;

/// A Wasm value. Floats are bits; references only say whether they are
/// null, since identities cannot be compared across engines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    I32(u32),
    I64(u64),
    F32(u32),
    F64(u64),
    V128(u128),
    FuncRef { null: bool },
    ExternRef { null: bool },
}

impl Value {
    /// Equal bits, except that any NaN equals any NaN of the same width.
    /// A v128 has no lane shape: it is the same as another if their bits
    /// are, or if they are as four f32 lanes or as two f64 lanes compared
    /// this way.
    pub fn same(&self, other: &Value) -> bool {
        match (*self, *other) {
            (Value::F32(a), Value::F32(b)) => same_f32(a, b),
            (Value::F64(a), Value::F64(b)) => same_f64(a, b),
            (Value::V128(a), Value::V128(b)) => {
                a == b
                    || (0..4).all(|i| same_f32((a >> (32 * i)) as u32, (b >> (32 * i)) as u32))
                    || (0..2).all(|i| same_f64((a >> (64 * i)) as u64, (b >> (64 * i)) as u64))
            }
            (a, b) => a == b,
        }
    }

    pub fn ty(&self) -> WasmType {
        match self {
            Value::I32(_) => WasmType::I32,
            Value::I64(_) => WasmType::I64,
            Value::F32(_) => WasmType::F32,
            Value::F64(_) => WasmType::F64,
            Value::V128(_) => WasmType::V128,
            Value::FuncRef { .. } => WasmType::FuncRef,
            Value::ExternRef { .. } => WasmType::ExternRef,
        }
    }

    /// The zero or null value of `ty`.
    pub fn zero(ty: WasmType) -> Value {
        match ty {
            WasmType::I32 => Value::I32(0),
            WasmType::I64 => Value::I64(0),
            WasmType::F32 => Value::F32(0),
            WasmType::F64 => Value::F64(0),
            WasmType::V128 => Value::V128(0),
            WasmType::FuncRef => Value::FuncRef { null: true },
            // Not generated: exnref and anyref values.
            WasmType::ExternRef | WasmType::ExnRef | WasmType::AnyRef => {
                Value::ExternRef { null: true }
            }
        }
    }

    /// An argument of type `ty`: mostly edge cases, sometimes random bits.
    pub fn arbitrary(ty: WasmType, rng: &mut Rng) -> Value {
        let random = rng.chance(1, 3);
        let bits = rng.next_u64();
        match ty {
            WasmType::I32 if random => Value::I32(bits as u32),
            WasmType::I32 => Value::I32(rng.pick(INTERESTING_I32)),
            WasmType::I64 if random => Value::I64(bits),
            WasmType::I64 => Value::I64(rng.pick(INTERESTING_I64)),
            WasmType::F32 if random => Value::F32(bits as u32),
            WasmType::F32 => Value::F32(rng.pick(INTERESTING_F32).to_bits()),
            WasmType::F64 if random => Value::F64(bits),
            WasmType::F64 => Value::F64(rng.pick(INTERESTING_F64).to_bits()),
            WasmType::V128 if random => {
                Value::V128(u128::from(bits) << 64 | u128::from(rng.next_u64()))
            }
            // Lanes of one interesting value of a random shape.
            WasmType::V128 => Value::V128(match rng.index(4) {
                0 => splat(u128::from(rng.pick(INTERESTING_I32)), 32),
                1 => splat(u128::from(rng.pick(INTERESTING_I64)), 64),
                2 => splat(u128::from(rng.pick(INTERESTING_F32).to_bits()), 32),
                _ => splat(u128::from(rng.pick(INTERESTING_F64).to_bits()), 64),
            }),
            _ => Value::zero(ty),
        }
    }
}

/// `lane`, `width` bits wide, in every lane of a v128.
fn splat(lane: u128, width: u32) -> u128 {
    (0..128 / width).fold(0, |v, i| v | lane << (width * i))
}

const INTERESTING_I32: &[u32] = &[
    0,
    1,
    2,
    3,
    7,
    8,
    31,
    32,
    33,
    255,
    256,
    0xffff,
    0x1_0000,
    0x1_fffc,
    0x3_ffff,
    0x7fff_ffff,
    0x8000_0000,
    0xffff_fffe,
    0xffff_ffff,
];

const INTERESTING_I64: &[u64] = &[
    0,
    1,
    2,
    63,
    64,
    65,
    0xffff,
    0x1_0000,
    0x7fff_ffff,
    0x8000_0000,
    0xffff_ffff,
    0x1_0000_0000,
    0x7fff_ffff_ffff_ffff,
    0x8000_0000_0000_0000,
    0xffff_ffff_ffff_fffe,
    0xffff_ffff_ffff_ffff,
];

const INTERESTING_F32: &[f32] = &[
    0.0,
    -0.0,
    0.5,
    -0.5,
    1.0,
    -1.0,
    1.5,
    2.5,
    f32::MIN_POSITIVE,
    1e-45,
    f32::MAX,
    f32::MIN,
    f32::INFINITY,
    f32::NEG_INFINITY,
    f32::NAN,
    2147483520.0,
    2147483648.0,
    -2147483648.0,
    -2147483904.0,
    4294967040.0,
    4294967296.0,
    9.223372e18,
    1.8446743e19,
];

const INTERESTING_F64: &[f64] = &[
    0.0,
    -0.0,
    0.5,
    -0.5,
    1.0,
    -1.0,
    1.5,
    2.5,
    f64::MIN_POSITIVE,
    5e-324,
    f64::MAX,
    f64::MIN,
    f64::INFINITY,
    f64::NEG_INFINITY,
    f64::NAN,
    2147483647.0,
    2147483648.0,
    -2147483648.9,
    -2147483649.0,
    4294967295.9,
    4294967296.0,
    9223372036854774784.0,
    9223372036854775808.0,
    -9223372036854777856.0,
    18446744073709549568.0,
    18446744073709551616.0,
    4503599627370496.5,
];

fn same_f32(a: u32, b: u32) -> bool {
    a == b || (f32::from_bits(a).is_nan() && f32::from_bits(b).is_nan())
}

fn same_f64(a: u64, b: u64) -> bool {
    a == b || (f64::from_bits(a).is_nan() && f64::from_bits(b).is_nan())
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Value::I32(v) => write!(f, "i32:{v:#x}"),
            Value::I64(v) => write!(f, "i64:{v:#x}"),
            Value::F32(v) => write!(f, "f32:{v:#x}"),
            Value::F64(v) => write!(f, "f64:{v:#x}"),
            Value::V128(v) => write!(f, "v128:{v:#x}"),
            Value::FuncRef { null: true } => f.write_str("funcref:null"),
            Value::FuncRef { null: false } => f.write_str("funcref:nonnull"),
            Value::ExternRef { null: true } => f.write_str("externref:null"),
            Value::ExternRef { null: false } => f.write_str("externref:nonnull"),
        }
    }
}

impl std::str::FromStr for Value {
    type Err = String;

    /// Parses what `Display` prints.
    fn from_str(s: &str) -> Result<Value, String> {
        let bad = || format!("bad value {s:?}");
        let (ty, v) = s.split_once(':').ok_or_else(bad)?;
        let bits128 = || u128::from_str_radix(v.trim_start_matches("0x"), 16).map_err(|_| bad());
        let bits = || u64::try_from(bits128()?).map_err(|_| bad());
        let null = || match v {
            "null" => Ok(true),
            "nonnull" => Ok(false),
            _ => Err(bad()),
        };
        Ok(match ty {
            "i32" => Value::I32(u32::try_from(bits()?).map_err(|_| bad())?),
            "i64" => Value::I64(bits()?),
            "f32" => Value::F32(u32::try_from(bits()?).map_err(|_| bad())?),
            "f64" => Value::F64(bits()?),
            "v128" => Value::V128(bits128()?),
            "funcref" => Value::FuncRef { null: null()? },
            "externref" => Value::ExternRef { null: null()? },
            _ => return Err(bad()),
        })
    }
}

/// Values joined by spaces, as traces and case files show them.
pub fn list(values: &[Value]) -> String {
    let items: Vec<String> = values.iter().map(Value::to_string).collect();
    items.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_round_trips() {
        let mut rng = Rng::new(7);
        for ty in [
            WasmType::I32,
            WasmType::I64,
            WasmType::F32,
            WasmType::F64,
            WasmType::V128,
            WasmType::FuncRef,
            WasmType::ExternRef,
        ] {
            for _ in 0..50 {
                let v = Value::arbitrary(ty, &mut rng);
                assert_eq!(v.to_string().parse::<Value>(), Ok(v));
            }
        }
        assert_eq!(
            "funcref:nonnull".parse::<Value>(),
            Ok(Value::FuncRef { null: false })
        );
        assert!("i32:0x100000000".parse::<Value>().is_err());
        assert!("i64:0x10000000000000000".parse::<Value>().is_err());
        assert_eq!(
            "v128:0xffffffffffffffffffffffffffffffff".parse::<Value>(),
            Ok(Value::V128(u128::MAX))
        );
    }

    #[test]
    fn nans_are_the_same_by_width() {
        let quiet = Value::F32(0x7fc0_0000);
        let payload = Value::F32(0xffa0_0001);
        assert!(quiet.same(&payload));
        assert!(!quiet.same(&Value::F64(0x7ff8_0000_0000_0000)));
        assert!(!Value::F64(0).same(&Value::F64(1 << 63)));
    }

    #[test]
    fn v128_nans_are_the_same_per_lane_of_one_shape() {
        let f32_nans = Value::V128(splat(0x7fc0_0000, 32));
        let mut other_nans = splat(0xffa0_0001, 32);
        assert!(f32_nans.same(&Value::V128(other_nans)));
        // A lane that is not NaN must match bit for bit.
        other_nans = other_nans & !0xffff_ffff | 0x3f80_0000;
        assert!(!f32_nans.same(&Value::V128(other_nans)));
        let f64_nans = Value::V128(splat(0x7ff8_0000_0000_0000, 64));
        assert!(f64_nans.same(&Value::V128(splat(0xfff0_0000_0000_0001, 64))));
        // Shapes do not mix: f32 NaNs in the high half, an f64 NaN in the
        // low half, each differing in payload, are neither shape's match.
        let a = splat(0x7fc0_0000, 32) << 64 | 0x7ff8_0000_0000_0000;
        let b = splat(0x7fc0_0001, 32) << 64 | 0x7ff8_0000_0000_0001;
        assert!(!Value::V128(a).same(&Value::V128(b)));
        assert!(!Value::V128(1).same(&Value::V128(2)));
    }
}
