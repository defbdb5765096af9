//! The SIMD lowerings with no single x86-64 instruction, against lane-wise
//! Rust references over edge values: shifts by every count up to past the
//! lane width, i64x2 shr_s/abs/mul, i8x16 popcnt/swizzle, float min/max
//! (NaN, ±0), trunc_sat (NaN, ±inf, the i32/u32 bounds), q15mulr_sat_s
//! (0x8000 * 0x8000) and the unsigned int-to-float conversions. Operands
//! come from parameters (stack slots), results go back through the values
//! array. On a target without SIMD (AArch64 today), compiling is a clean
//! Unsupported.

use brisk::{Config, Engine, Instance, Module, Store, TypedFunc};

mod common;

/// `bits` as `N` lanes of `W` bits, lane 0 first.
fn lanes<const N: usize>(bits: u128) -> [u64; N] {
    let w = 128 / N;
    let mask = if w == 64 { u64::MAX } else { (1 << w) - 1 };
    std::array::from_fn(|i| (bits >> (i * w)) as u64 & mask)
}

fn from_lanes<const N: usize>(l: [u64; N]) -> u128 {
    let w = 128 / N;
    let mask = if w == 64 { u64::MAX } else { (1 << w) - 1 };
    l.iter()
        .enumerate()
        .fold(0, |acc, (i, v)| acc | u128::from(v & mask) << (i * w))
}

fn splat<const N: usize>(v: u64) -> u128 {
    from_lanes([v; N])
}

/// Values with every interesting byte pattern: signs, zero, extremes.
const EDGES: [u128; 6] = [
    0,
    u128::MAX,
    0x8000_0000_0000_0000_8000_0000_0000_0000,
    0x7fff_ffff_ffff_ffff_0000_0000_0000_0001,
    0x0123_4567_89ab_cdef_fedc_ba98_7654_3210,
    0x80ff_7f01_8000_7fff_ffff_8000_0001_fffe,
];

struct Simd {
    store: Store<()>,
    instance: Instance,
}

impl Simd {
    /// A module exporting `f` with the given signature and body, or `None`
    /// when the target does not compile SIMD (checked to be Unsupported).
    fn new(params: &str, body: &str) -> Option<Simd> {
        let wat = format!("(module (func (export \"f\") {params} (result v128) {body}))");
        let engine = Engine::new(Config::new().target(common::target()));
        let module = match Module::new(&engine, &wat) {
            Ok(m) => m,
            Err(e) => {
                assert!(
                    e.to_string().contains("nsupported") && !common::target().has_feature("sse4.2"),
                    "{e}\n{wat}"
                );
                return None;
            }
        };
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &module, &[]).unwrap();
        Some(Simd { store, instance })
    }

    fn func<P: brisk::WasmTuple>(&mut self) -> TypedFunc<P, u128> {
        self.instance
            .get_typed_func::<P, u128>(&mut self.store, "f")
            .unwrap()
    }
}

/// Checks the binary operator `op` on every pair of `values` against `reference`.
fn binary(op: &str, values: &[u128], reference: impl Fn(u128, u128) -> u128) {
    let body = format!("(local.get 0) (local.get 1) ({op})");
    let Some(mut m) = Simd::new("(param v128 v128)", &body) else {
        return;
    };
    let f = m.func::<(u128, u128)>();
    for &a in values {
        for &b in values {
            let got = f.call(&mut m.store, (a, b)).unwrap();
            let want = reference(a, b);
            assert_eq!(
                got, want,
                "{op} {a:#034x} {b:#034x}: {got:#034x}, expected {want:#034x}"
            );
        }
    }
}

/// Checks the unary operator `op` on every one of `values`.
fn unary(op: &str, values: &[u128], reference: impl Fn(u128) -> u128) {
    let body = format!("(local.get 0) ({op})");
    let Some(mut m) = Simd::new("(param v128)", &body) else {
        return;
    };
    let f = m.func::<u128>();
    for &a in values {
        let got = f.call(&mut m.store, a).unwrap();
        let want = reference(a);
        assert_eq!(
            got, want,
            "{op} {a:#034x}: {got:#034x}, expected {want:#034x}"
        );
    }
}

/// Checks the shift `op` of `N`-lane vectors by every count in 0..=2*width+1
/// and a few large ones (taken modulo the lane width).
fn shift<const N: usize>(op: &str, reference: impl Fn(u64, u32) -> u64) {
    let body = format!("(local.get 0) (local.get 1) ({op})");
    let Some(mut m) = Simd::new("(param v128 i32)", &body) else {
        return;
    };
    let f = m.func::<(u128, i32)>();
    let width = 128 / N as i32;
    let counts = (0..=2 * width + 1).chain([i32::MAX, i32::MIN, -1, 0x100 + 3]);
    for count in counts {
        for a in EDGES {
            let got = f.call(&mut m.store, (a, count)).unwrap();
            let n = count as u32 % width as u32;
            let want = from_lanes::<N>(lanes::<N>(a).map(|l| reference(l, n)));
            assert_eq!(got, want, "{op} {a:#034x} by {count}: {got:#034x}");
        }
    }
}

fn sext(v: u64, bits: u32) -> i64 {
    ((v << (64 - bits)) as i64) >> (64 - bits)
}

#[test]
fn shifts_take_the_count_modulo_the_lane_width() {
    shift::<16>("i8x16.shl", |l, n| l << n);
    shift::<16>("i8x16.shr_u", |l, n| l >> n);
    shift::<16>("i8x16.shr_s", |l, n| (sext(l, 8) >> n) as u64);
    shift::<8>("i16x8.shr_s", |l, n| (sext(l, 16) >> n) as u64);
    shift::<4>("i32x4.shl", |l, n| l << n);
    shift::<2>("i64x2.shr_s", |l, n| ((l as i64) >> n) as u64);
    shift::<2>("i64x2.shr_u", |l, n| l >> n);
}

#[test]
fn i64x2_abs_and_mul() {
    let values = [EDGES.as_slice(), &[from_lanes([i64::MIN as u64, 5])]].concat();
    unary("i64x2.abs", &values, |a| {
        from_lanes(lanes::<2>(a).map(|l| (l as i64).wrapping_abs() as u64))
    });
    binary("i64x2.mul", &values, |a, b| {
        let (x, y) = (lanes::<2>(a), lanes::<2>(b));
        from_lanes([x[0].wrapping_mul(y[0]), x[1].wrapping_mul(y[1])])
    });
}

#[test]
fn i8x16_popcnt_and_swizzle() {
    let bytes: Vec<u128> = (0..16)
        .map(|k| from_lanes::<16>(std::array::from_fn(|i| (16 * k + i) as u64)))
        .collect();
    unary("i8x16.popcnt", &bytes, |a| {
        from_lanes(lanes::<16>(a).map(|l| u64::from(l.count_ones())))
    });
    let indexes = [
        from_lanes::<16>(std::array::from_fn(|i| 15 - i as u64)),
        from_lanes::<16>(std::array::from_fn(|i| {
            [0, 15, 16, 17, 0x70, 0x7f, 0x80, 0xff][i % 8]
        })),
    ];
    let values = [EDGES.as_slice(), &indexes].concat();
    binary("i8x16.swizzle", &values, |a, idx| {
        let src = lanes::<16>(a);
        from_lanes(lanes::<16>(idx).map(|i| src.get(i as usize).copied().unwrap_or(0)))
    });
}

/// f32 lanes: NaNs of both signs, ±0, ±inf, bounds of the integer types.
fn f32_values() -> Vec<u128> {
    let specials = [
        f32::NAN.to_bits(),
        (-f32::NAN).to_bits(),
        0,
        (-0.0f32).to_bits(),
        f32::INFINITY.to_bits(),
        f32::NEG_INFINITY.to_bits(),
        2147483648f32.to_bits(),
        (-2147483904f32).to_bits(),
        4294967296f32.to_bits(),
        4294967040f32.to_bits(),
        (-1.5f32).to_bits(),
        2.5f32.to_bits(),
    ];
    specials
        .chunks(4)
        .flat_map(|c| {
            let v = from_lanes::<4>([c[0], c[1], c[2], c[3]].map(u64::from));
            [v, v.rotate_left(32), v.rotate_left(64)]
        })
        .collect()
}

/// Wasm's f32 min/max: NaN if either is (compared by NaN-ness, as any NaN
/// is allowed to come out canonical), -0 below +0.
fn f32_min_max(a: u128, b: u128, max: bool) -> u128 {
    let (x, y) = (lanes::<4>(a), lanes::<4>(b));
    from_lanes::<4>(std::array::from_fn(|i| {
        let (p, q) = (f32::from_bits(x[i] as u32), f32::from_bits(y[i] as u32));
        let r = if p.is_nan() || q.is_nan() {
            f32::NAN
        } else if p == q {
            // ±0: min is -0 if either is, max +0 if either is.
            f32::from_bits(if max {
                p.to_bits() & q.to_bits()
            } else {
                p.to_bits() | q.to_bits()
            })
        } else if (p < q) != max {
            p
        } else {
            q
        };
        u64::from(r.to_bits())
    }))
}

/// NaN lanes of `v` replaced by the canonical NaN, for comparing results
/// whose NaN sign Wasm leaves open.
fn canon_f32(v: u128) -> u128 {
    from_lanes(lanes::<4>(v).map(|l| {
        if f32::from_bits(l as u32).is_nan() {
            0x7fc0_0000
        } else {
            l
        }
    }))
}

#[test]
fn f32x4_min_max_propagate_nans_and_order_zeros() {
    for (op, max) in [("f32x4.min", false), ("f32x4.max", true)] {
        let body = format!("(local.get 0) (local.get 1) ({op})");
        let Some(mut m) = Simd::new("(param v128 v128)", &body) else {
            return;
        };
        let f = m.func::<(u128, u128)>();
        for a in f32_values() {
            for b in f32_values() {
                let got = f.call(&mut m.store, (a, b)).unwrap();
                // Every NaN result must be canonical (either sign).
                for l in lanes::<4>(got) {
                    if f32::from_bits(l as u32).is_nan() {
                        assert_eq!(l & 0x7fff_ffff, 0x7fc0_0000, "{op} {a:#034x} {b:#034x}");
                    }
                }
                assert_eq!(
                    canon_f32(got),
                    canon_f32(f32_min_max(a, b, max)),
                    "{op} {a:#034x} {b:#034x}"
                );
            }
        }
    }
}

#[test]
fn trunc_sat_saturates_and_maps_nan_to_zero() {
    let values = f32_values();
    unary("i32x4.trunc_sat_f32x4_s", &values, |a| {
        from_lanes(lanes::<4>(a).map(|l| f32::from_bits(l as u32) as i32 as u32 as u64))
    });
    unary("i32x4.trunc_sat_f32x4_u", &values, |a| {
        from_lanes(lanes::<4>(a).map(|l| u64::from(f32::from_bits(l as u32) as u32)))
    });
    let f64s: Vec<u128> = [
        f64::NAN,
        -0.0,
        f64::INFINITY,
        f64::NEG_INFINITY,
        2147483647.9,
        2147483648.0,
        -2147483648.9,
        -2147483649.0,
        4294967295.9,
        4294967296.0,
        -0.9,
        1.5,
    ]
    .chunks(2)
    .map(|c| from_lanes::<2>([c[0].to_bits(), c[1].to_bits()]))
    .collect();
    unary("i32x4.trunc_sat_f64x2_s_zero", &f64s, |a| {
        let l = lanes::<2>(a).map(|l| f64::from_bits(l) as i32 as u32 as u64);
        from_lanes::<4>([l[0], l[1], 0, 0])
    });
    unary("i32x4.trunc_sat_f64x2_u_zero", &f64s, |a| {
        let l = lanes::<2>(a).map(|l| u64::from(f64::from_bits(l) as u32));
        from_lanes::<4>([l[0], l[1], 0, 0])
    });
}

#[test]
fn q15mulr_saturates_min_times_min() {
    let values = [
        EDGES.as_slice(),
        &[splat::<8>(0x8000), splat::<8>(0x7fff), splat::<8>(0x4000)],
    ]
    .concat();
    binary("i16x8.q15mulr_sat_s", &values, |a, b| {
        let (x, y) = (lanes::<8>(a), lanes::<8>(b));
        from_lanes::<8>(std::array::from_fn(|i| {
            let p = (sext(x[i], 16) * sext(y[i], 16) + 0x4000) >> 15;
            p.clamp(i16::MIN.into(), i16::MAX.into()) as u64
        }))
    });
}

#[test]
fn unsigned_int_to_float_rounds_once() {
    let values = [
        from_lanes::<4>([u32::MAX.into(), 0x8000_0001, 16_777_217, 0]),
        from_lanes::<4>([0x8000_0000, 0xffff_ff7f, 0xffff_ff80, 1]),
        from_lanes::<4>([33_554_435, 0x7fff_ffff, 0xffff, 0x1_0001]),
    ];
    unary("f32x4.convert_i32x4_u", &values, |a| {
        from_lanes(lanes::<4>(a).map(|l| u64::from((l as u32 as f32).to_bits())))
    });
    unary("f64x2.convert_low_i32x4_u", &values, |a| {
        let l = lanes::<4>(a);
        from_lanes::<2>([(l[0] as f64).to_bits(), (l[1] as f64).to_bits()])
    });
}

#[test]
fn v128_through_host_functions_and_results_in_the_result_area() {
    // The host function swaps the i64 lanes of its second v128 and returns
    // it first (in a register), its i32 after (in the result area); the
    // Wasm function returns (i32, v128, v128): both v128 results go through
    // the result area and the values array.
    let wat = r#"(module
      (import "host" "swap" (func $swap (param i32 v128 v128) (result v128 i32)))
      (func (export "f") (param v128) (result i32 v128 v128)
        (i32.const 9)
        (call $swap (i32.const 7) (local.get 0) (local.get 0))
        (drop)
        (call $swap (i32.const 3) (local.get 0) (v128.const i64x2 5 6))
        (drop)))"#;
    let engine = Engine::new(Config::new().target(common::target()));
    let Ok(module) = Module::new(&engine, wat) else {
        assert!(!common::target().has_feature("sse4.2"));
        return;
    };
    let mut store = Store::new(&engine, ());
    let mut linker = brisk::Linker::new();
    linker.func_wrap(
        &mut store,
        "host",
        "swap",
        |_: brisk::Caller<'_, ()>,
         (n, _a, b): (i32, u128, u128)|
         -> Result<(u128, i32), brisk::Error> { Ok((b.rotate_left(64), n)) },
    );
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let f = instance
        .get_typed_func::<u128, (i32, u128, u128)>(&mut store, "f")
        .unwrap();
    let x = 0x0011_2233_4455_6677_8899_aabb_ccdd_eeff;
    let (i, a, b) = f.call(&mut store, x).unwrap();
    assert_eq!((i, a, b), (9, x.rotate_left(64), 6 | 5 << 64));
}
