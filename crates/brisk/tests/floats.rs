//! End-to-end f32/f64 tests: every operator family, checked against Rust's
//! own float operations (or the Wasm spec's definition where Rust's differs:
//! min/max, NaN results), with the edge cases that matter: NaNs (canonical
//! and not, signaling, both signs), ±0, ±inf, subnormals, rounding ties,
//! conversion boundaries, traps and saturation.
//!
//! Every test runs twice: with the baseline instruction set of the test
//! target (x86-64: no SSE4.1, so ceil/floor/trunc/nearest use the inline
//! fallback) and with the host's detected features when the target is the
//! host's. `BRISK_TEST_TARGET=aarch64` with the `emulator` feature runs
//! them on AArch64 code (see `common`). Operators are also run with their
//! operands in locals, registers, stack slots, locals deep in the frame
//! and as constants, since each takes a different path through the code
//! generator.

use brisk::{Config, Engine, Error, Instance, Isa, Module, Store, Target, TrapCode, Val};

mod common;
use std::fmt::Write as _;

// ---- harness ------------------------------------------------------------------

fn feature_sets() -> Vec<(&'static str, Target)> {
    let host = common::target();
    let baseline = Target::baseline(host.isa());
    let mut v = vec![("baseline", baseline)];
    if host != baseline {
        v.push(("host", host));
    }
    v
}

struct Harness {
    store: Store<()>,
    instance: Instance,
    what: &'static str,
}

impl Harness {
    fn new(wat: &str, (what, target): (&'static str, Target)) -> Harness {
        let engine = Engine::new(Config::new().target(target));
        let module = Module::new(&engine, wat).unwrap_or_else(|e| panic!("{e}\n{wat}"));
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &module, &[]).unwrap();
        Harness {
            store,
            instance,
            what,
        }
    }

    fn try_call(&mut self, name: &str, params: &[Val]) -> Result<Vec<Val>, Error> {
        let func = self
            .instance
            .get_func(&mut self.store, name)
            .unwrap_or_else(|| panic!("no export {name}"));
        let mut results = vec![Val::I32(0); func.ty(&self.store).results.len()];
        func.call(&mut self.store, params, &mut results)?;
        Ok(results)
    }

    fn call(&mut self, name: &str, params: &[Val]) -> Vec<Val> {
        self.try_call(name, params)
            .unwrap_or_else(|e| panic!("[{}] {name}{params:?}: {e}", self.what))
    }

    fn call1(&mut self, name: &str, params: &[Val]) -> Val {
        let r = self.call(name, params);
        assert_eq!(r.len(), 1);
        r[0]
    }
}

/// One float type, by its bits.
trait Float: Copy + std::fmt::Debug {
    const NAME: &'static str;
    const BITS: u32;
    fn from_bits64(bits: u64) -> Self;
    fn is_nan(self) -> bool;
    fn val(bits: u64) -> Val;
    fn bits_of(v: Val) -> u64;
    fn values() -> Vec<u64>;

    fn mantissa_bits() -> u32 {
        if Self::BITS == 32 { 23 } else { 52 }
    }
    fn quiet_bit() -> u64 {
        1 << (Self::mantissa_bits() - 1)
    }
    fn payload(bits: u64) -> u64 {
        bits & ((1 << Self::mantissa_bits()) - 1)
    }
    fn is_nan_bits(bits: u64) -> bool {
        Self::from_bits64(bits).is_nan()
    }
    fn is_canonical_nan(bits: u64) -> bool {
        Self::is_nan_bits(bits) && Self::payload(bits) == Self::quiet_bit()
    }
}

impl Float for f32 {
    const NAME: &'static str = "f32";
    const BITS: u32 = 32;
    fn from_bits64(bits: u64) -> Self {
        f32::from_bits(bits as u32)
    }
    fn is_nan(self) -> bool {
        f32::is_nan(self)
    }
    fn val(bits: u64) -> Val {
        Val::F32(bits as u32)
    }
    fn bits_of(v: Val) -> u64 {
        match v {
            Val::F32(b) => b as u64,
            other => panic!("expected f32, got {other:?}"),
        }
    }
    fn values() -> Vec<u64> {
        let mut v: Vec<u64> = [
            0.0f32,
            -0.0,
            1.0,
            -1.0,
            0.5,
            -0.5,
            1.5,
            -1.5,
            2.5,
            -2.5,
            0.49999997,
            -0.49999997,
            0.1,
            -0.3,
            3.0,
            1e10,
            -1e-10,
            8388607.5,
            -8388607.5,
            8388608.0,
            -8388609.0,
            16777217.0,
            f32::MIN_POSITIVE,
            -f32::MIN_POSITIVE,
            f32::from_bits(1),
            f32::from_bits(0x8000_0001),
            f32::MAX,
            -f32::MAX,
            f32::INFINITY,
            f32::NEG_INFINITY,
            std::f32::consts::PI,
            -2147483648.0,
            2147483520.0,
            4294967040.0,
        ]
        .iter()
        .map(|f| f.to_bits() as u64)
        .collect();
        // NaNs: canonical of both signs, a quiet one with a payload and a
        // signaling one.
        v.extend([
            0x7FC0_0000,
            0xFFC0_0000,
            0x7FC1_2345,
            0xFFA0_0001,
            0x7F80_0001,
        ]);
        v
    }
}

impl Float for f64 {
    const NAME: &'static str = "f64";
    const BITS: u32 = 64;
    fn from_bits64(bits: u64) -> Self {
        f64::from_bits(bits)
    }
    fn is_nan(self) -> bool {
        f64::is_nan(self)
    }
    fn val(bits: u64) -> Val {
        Val::F64(bits)
    }
    fn bits_of(v: Val) -> u64 {
        match v {
            Val::F64(b) => b,
            other => panic!("expected f64, got {other:?}"),
        }
    }
    fn values() -> Vec<u64> {
        let mut v: Vec<u64> = [
            0.0f64,
            -0.0,
            1.0,
            -1.0,
            0.5,
            -0.5,
            1.5,
            -1.5,
            2.5,
            -2.5,
            0.49999999999999994,
            -0.49999999999999994,
            0.1,
            -0.3,
            3.0,
            1e100,
            -1e-300,
            4503599627370495.5,
            -4503599627370495.5,
            4503599627370496.0,
            -4503599627370497.0,
            9007199254740993.0,
            f64::MIN_POSITIVE,
            -f64::MIN_POSITIVE,
            f64::from_bits(1),
            f64::from_bits(0x8000_0000_0000_0001),
            f64::MAX,
            -f64::MAX,
            f64::INFINITY,
            f64::NEG_INFINITY,
            std::f64::consts::E,
            2147483647.999,
            -2147483648.999,
            9223372036854774784.0,
        ]
        .iter()
        .map(|f| f.to_bits())
        .collect();
        v.extend([
            0x7FF8_0000_0000_0000,
            0xFFF8_0000_0000_0000,
            0x7FF8_0000_1234_5678,
            0xFFF4_0000_0000_0001,
            0x7FF0_0000_0000_0001,
        ]);
        v
    }
}

/// A deterministic pseudo-random sequence (xorshift), for extra inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// `values()` plus random bit patterns and random "ordinary" values
/// (small exponents, where rounding and conversions are interesting).
fn inputs<T: Float>(seed: u64) -> Vec<u64> {
    let mut v = T::values();
    let mut rng = Rng(seed);
    for _ in 0..32 {
        let r = rng.next();
        v.push(if T::BITS == 32 { r >> 32 } else { r });
    }
    for _ in 0..32 {
        let r = rng.next();
        let x = (r % 2_000_000) as f64 / 64.0 - 15_000.0;
        v.push(if T::BITS == 32 {
            (x as f32).to_bits() as u64
        } else {
            x.to_bits()
        });
    }
    v
}

/// Checks a NaN result against the spec: an arithmetic NaN (quiet bit set),
/// canonical when every NaN input was canonical (or there was none).
fn check_nan<T: Float>(what: &str, result: u64, inputs: &[u64]) {
    assert!(
        T::is_nan_bits(result),
        "{what}: expected NaN, got {result:#x}"
    );
    let all_canonical = inputs
        .iter()
        .filter(|b| T::is_nan_bits(**b))
        .all(|b| T::is_canonical_nan(*b));
    if all_canonical {
        assert!(
            T::is_canonical_nan(result),
            "{what}: expected a canonical NaN, got {result:#x}"
        );
    } else {
        assert!(
            result & T::quiet_bit() != 0,
            "{what}: expected an arithmetic NaN, got {result:#x}"
        );
    }
}

/// Checks a float result: exact bits, or a NaN of the right kind.
fn check_float<T: Float>(what: &str, result: u64, expect: u64, inputs: &[u64]) {
    if T::is_nan_bits(expect) {
        check_nan::<T>(what, result, inputs);
    } else {
        assert_eq!(
            result,
            expect,
            "{what}: got {result:#x} ({:?}), expected {expect:#x} ({:?})",
            T::from_bits64(result),
            T::from_bits64(expect)
        );
    }
}

// ---- module builders ---------------------------------------------------------------

/// The ways an operand reaches an instruction.
const SHAPES: [&str; 4] = ["local", "reg", "slot", "far"];

/// The index of the first "far" local: its frame slot lies beyond the
/// immediate offsets of AArch64's loads (-256 bytes unscaled), so an
/// operand there goes through an address computed into a scratch register.
const FAR: u32 = 300;

/// The operand `i` of type `ty` as a local, as a register (through a
/// bit-preserving reinterpretation round trip), from a stack slot (a block
/// result) or as a local deep in the frame (a copy of parameter `i` that
/// [`prelude`] makes).
fn operand(ty: &str, shape: &str, i: u32) -> String {
    let int = if ty == "f32" { "i32" } else { "i64" };
    match shape {
        "local" => format!("(local.get {i})"),
        "reg" => format!("({ty}.reinterpret_{int} ({int}.reinterpret_{ty} (local.get {i})))"),
        "slot" => format!("(block (result {ty}) (local.get {i}))"),
        "far" => format!("(local.get {})", FAR + i),
        _ => unreachable!(),
    }
}

/// What a function of `params` parameters of type `ty` declares and does
/// before its body: for the "far" shape, locals up to index `FAR + params
/// - 1` and a copy of each parameter `i` into local `FAR + i`.
fn prelude(ty: &str, shape: &str, params: u32) -> String {
    if shape != "far" {
        return String::new();
    }
    let mut p = format!("(local{})", format!(" {ty}").repeat(FAR as usize));
    for i in 0..params {
        write!(p, " (local.set {} (local.get {i}))", FAR + i).unwrap();
    }
    p
}

/// A module of these functions.
fn module(funcs: &[String]) -> String {
    format!("(module\n{})", funcs.concat())
}

/// Exports `{op}_{shape}` for every shape: `(param ty ty) (result res)`.
fn binary_module(ty: &str, res: &str, ops: &[&str]) -> String {
    let mut m = String::from("(module\n");
    for op in ops {
        for shape in SHAPES {
            let (a, b) = (operand(ty, shape, 0), operand(ty, shape, 1));
            let pre = prelude(ty, shape, 2);
            writeln!(
                m,
                "  (func (export \"{op}_{shape}\") (param {ty} {ty}) (result {res}) {pre} ({ty}.{op} {a} {b}))"
            )
            .unwrap();
        }
    }
    m.push(')');
    m
}

/// Exports `{op}_{shape}` for every shape: `(param from) (result to)`, where
/// `op` is the full operator name.
fn unary_module(from: &str, to: &str, ops: &[&str]) -> String {
    module(&[unary_funcs(from, to, ops)])
}

fn unary_funcs(from: &str, to: &str, ops: &[&str]) -> String {
    let mut m = String::new();
    for op in ops {
        for shape in SHAPES {
            let a = if from.starts_with('f') {
                operand(from, shape, 0)
            } else {
                match shape {
                    "local" | "far" => operand(from, shape, 0),
                    "reg" => format!("({from}.add (local.get 0) ({from}.const 0))"),
                    _ => format!("(block (result {from}) (local.get 0))"),
                }
            };
            let pre = prelude(from, shape, 1);
            writeln!(
                m,
                "  (func (export \"{op}_{shape}\") (param {from}) (result {to}) {pre} ({op} {a}))"
            )
            .unwrap();
        }
    }
    m
}

/// A float constant of `ty` with exactly these bits.
fn const_expr(ty: &str, bits: u64) -> String {
    if ty == "f32" {
        format!("(f32.reinterpret_i32 (i32.const {}))", bits as u32 as i32)
    } else {
        format!("(f64.reinterpret_i64 (i64.const {}))", bits as i64)
    }
}

/// `{op}` with both operands constants, one export per pair: `c{i}_{j}`.
fn const_binary_module(ty: &str, res: &str, op: &str, values: &[u64]) -> String {
    let mut m = String::from("(module\n");
    for (i, a) in values.iter().enumerate() {
        for (j, b) in values.iter().enumerate() {
            writeln!(
                m,
                "  (func (export \"c{i}_{j}\") (result {res}) ({ty}.{op} {} {}))",
                const_expr(ty, *a),
                const_expr(ty, *b)
            )
            .unwrap();
        }
    }
    m.push(')');
    m
}

// ---- arithmetic -----------------------------------------------------------------

fn arith_expect<T: Float>(op: &str, a: u64, b: u64) -> u64 {
    if T::BITS == 32 {
        let (x, y) = (f32::from_bits(a as u32), f32::from_bits(b as u32));
        (match op {
            "add" => x + y,
            "sub" => x - y,
            "mul" => x * y,
            "div" => x / y,
            _ => unreachable!(),
        })
        .to_bits() as u64
    } else {
        let (x, y) = (f64::from_bits(a), f64::from_bits(b));
        (match op {
            "add" => x + y,
            "sub" => x - y,
            "mul" => x * y,
            "div" => x / y,
            _ => unreachable!(),
        })
        .to_bits()
    }
}

/// Wasm `min`/`max`: NaN if either operand is (the positive canonical
/// NaN, which brisk gives on x86-64; see [`check_min_max`]), -0 < +0,
/// otherwise the ordinary minimum/maximum.
fn min_max_expect<T: Float>(op: &str, a: u64, b: u64) -> u64 {
    let canonical = T::quiet_bit()
        | (if T::BITS == 32 {
            0x7F80_0000
        } else {
            0x7FF0 << 48
        });
    if T::is_nan_bits(a) || T::is_nan_bits(b) {
        return canonical;
    }
    let sign = 1u64 << (T::BITS - 1);
    let zero = |x: u64| x & !sign == 0;
    if zero(a) && zero(b) {
        return if op == "min" { a | b } else { a & b };
    }
    let (x, y) = (
        f64::from_bits(if T::BITS == 32 {
            (f32::from_bits(a as u32) as f64).to_bits()
        } else {
            a
        }),
        f64::from_bits(if T::BITS == 32 {
            (f32::from_bits(b as u32) as f64).to_bits()
        } else {
            b
        }),
    );
    let pick_a = if op == "min" { x < y } else { x > y };
    if pick_a || x == y { a } else { b }
}

/// Checks the result `r` of `op(a, b)`, `op` min or max. With a NaN
/// operand, x86-64 gives exactly the positive canonical NaN (its lowering
/// loads it); AArch64's `fmin`/`fmax` return the NaN operand quieted, the
/// spec's arithmetic NaN (canonical when the NaN operands are).
fn check_min_max<T: Float>(what: &str, isa: Isa, op: &str, a: u64, b: u64, r: u64) {
    let e = min_max_expect::<T>(op, a, b);
    if T::is_nan_bits(e) && isa != Isa::X86_64 {
        check_nan::<T>(what, r, &[a, b]);
    } else {
        assert_eq!(r, e, "{what}: got {r:#x}");
    }
}

fn copysign_expect<T: Float>(a: u64, b: u64) -> u64 {
    let sign = 1u64 << (T::BITS - 1);
    (a & !sign) | (b & sign)
}

fn binary_ops<T: Float>() {
    let ops = ["add", "sub", "mul", "div", "min", "max", "copysign"];
    let wat = binary_module(T::NAME, T::NAME, &ops);
    let values = inputs::<T>(0x1234_5678_9abc_def1);
    for features in feature_sets() {
        let mut h = Harness::new(&wat, features);
        for op in ops {
            for shape in SHAPES {
                let name = format!("{op}_{shape}");
                for &a in &values {
                    for &b in &values {
                        let r = T::bits_of(h.call1(&name, &[T::val(a), T::val(b)]));
                        let what = format!("[{}] {}.{name}({a:#x}, {b:#x})", features.0, T::NAME);
                        match op {
                            "min" | "max" => {
                                check_min_max::<T>(&what, features.1.isa(), op, a, b, r)
                            }
                            "copysign" => assert_eq!(r, copysign_expect::<T>(a, b), "{what}"),
                            _ => check_float::<T>(&what, r, arith_expect::<T>(op, a, b), &[a, b]),
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn f32_binary_operators() {
    binary_ops::<f32>();
}

#[test]
fn f64_binary_operators() {
    binary_ops::<f64>();
}

/// The same operators with constant operands (materialized from the value
/// stack's constant entries).
fn binary_ops_const<T: Float>() {
    let values = T::values();
    for op in ["add", "sub", "mul", "div", "min", "max", "copysign"] {
        let wat = const_binary_module(T::NAME, T::NAME, op, &values);
        for features in feature_sets() {
            let mut h = Harness::new(&wat, features);
            for (i, &a) in values.iter().enumerate() {
                for (j, &b) in values.iter().enumerate() {
                    let r = T::bits_of(h.call1(&format!("c{i}_{j}"), &[]));
                    let what = format!("[{}] const {}.{op}({a:#x}, {b:#x})", features.0, T::NAME);
                    match op {
                        "min" | "max" => check_min_max::<T>(&what, features.1.isa(), op, a, b, r),
                        "copysign" => assert_eq!(r, copysign_expect::<T>(a, b), "{what}"),
                        _ => check_float::<T>(&what, r, arith_expect::<T>(op, a, b), &[a, b]),
                    }
                }
            }
        }
    }
}

#[test]
fn f32_binary_operators_on_constants() {
    binary_ops_const::<f32>();
}

#[test]
fn f64_binary_operators_on_constants() {
    binary_ops_const::<f64>();
}

#[test]
fn min_max_spec_cases() {
    let wat = binary_module("f32", "f32", &["min", "max"]);
    let wat64 = binary_module("f64", "f64", &["min", "max"]);
    for features in feature_sets() {
        let mut h = Harness::new(&wat, features);
        let f = |x: f32| Val::F32(x.to_bits());
        let call = |h: &mut Harness, n: &str, a: f32, b: f32| match h.call1(n, &[f(a), f(b)]) {
            Val::F32(bits) => bits,
            other => panic!("{other:?}"),
        };
        for shape in SHAPES {
            let (min, max) = (format!("min_{shape}"), format!("max_{shape}"));
            assert_eq!(call(&mut h, &min, -0.0, 0.0), 0x8000_0000);
            assert_eq!(call(&mut h, &min, 0.0, -0.0), 0x8000_0000);
            assert_eq!(call(&mut h, &max, -0.0, 0.0), 0);
            assert_eq!(call(&mut h, &max, 0.0, -0.0), 0);
            assert_eq!(call(&mut h, &max, -0.0, -0.0), 0x8000_0000);
            assert_eq!(call(&mut h, &min, 0.0, 0.0), 0);
            let nans = [
                ("min", 1.0, f32::NAN),
                ("min", f32::NAN, 1.0),
                ("max", -f32::NAN, 1.0),
                ("max", f32::from_bits(0x7FA0_0000), 1.0),
            ];
            for (op, a, b) in nans {
                let r = call(&mut h, &format!("{op}_{shape}"), a, b);
                let what = format!("[{}] f32.{op}_{shape}({a:?}, {b:?})", features.0);
                let (a, b) = (a.to_bits().into(), b.to_bits().into());
                check_min_max::<f32>(&what, features.1.isa(), op, a, b, r.into());
            }
            assert_eq!(
                call(&mut h, &min, f32::NEG_INFINITY, f32::INFINITY),
                f32::NEG_INFINITY.to_bits()
            );
            assert_eq!(call(&mut h, &max, -1.0, -2.0), (-1.0f32).to_bits());
        }
        let mut h = Harness::new(&wat64, features);
        let g = |x: f64| Val::F64(x.to_bits());
        assert_eq!(
            h.call1("min_local", &[g(0.0), g(-0.0)]),
            Val::F64(0x8000_0000_0000_0000)
        );
        assert_eq!(h.call1("max_reg", &[g(-0.0), g(0.0)]), Val::F64(0));
        assert_eq!(
            h.call1("min_slot", &[g(f64::NAN), g(0.0)]),
            Val::F64(0x7FF8_0000_0000_0000)
        );
    }
}

// ---- unary ------------------------------------------------------------------------

fn unary_expect<T: Float>(op: &str, a: u64) -> u64 {
    let sign = 1u64 << (T::BITS - 1);
    match op {
        "abs" => return a & !sign,
        "neg" => return a ^ sign,
        _ => {}
    }
    if T::BITS == 32 {
        let x = f32::from_bits(a as u32);
        (match op {
            "sqrt" => x.sqrt(),
            "ceil" => x.ceil(),
            "floor" => x.floor(),
            "trunc" => x.trunc(),
            "nearest" => x.round_ties_even(),
            _ => unreachable!(),
        })
        .to_bits() as u64
    } else {
        let x = f64::from_bits(a);
        (match op {
            "sqrt" => x.sqrt(),
            "ceil" => x.ceil(),
            "floor" => x.floor(),
            "trunc" => x.trunc(),
            "nearest" => x.round_ties_even(),
            _ => unreachable!(),
        })
        .to_bits()
    }
}

fn unary_ops<T: Float>() {
    let ops = ["abs", "neg", "sqrt", "ceil", "floor", "trunc", "nearest"];
    let full: Vec<String> = ops.iter().map(|o| format!("{}.{o}", T::NAME)).collect();
    let full: Vec<&str> = full.iter().map(|s| s.as_str()).collect();
    let wat = unary_module(T::NAME, T::NAME, &full);
    let mut values = inputs::<T>(0x0dd_ba11_cafe_f00d);
    // Ties and near-ties around every small integer.
    for k in -40..40 {
        let x = k as f64 / 4.0;
        values.push(if T::BITS == 32 {
            (x as f32).to_bits() as u64
        } else {
            x.to_bits()
        });
    }
    // The boundary of the fallback's exact range: 2^23 / 2^52 and around.
    let m = T::mantissa_bits() as i32;
    for d in [-2.0, -1.5, -1.0, -0.5, 0.0, 1.0, 2.0] {
        for s in [1.0, -1.0] {
            let x = s * (2f64.powi(m) + d);
            values.push(if T::BITS == 32 {
                (x as f32).to_bits() as u64
            } else {
                x.to_bits()
            });
        }
    }
    for features in feature_sets() {
        let mut h = Harness::new(&wat, features);
        for op in ops {
            for shape in SHAPES {
                let name = format!("{}.{op}_{shape}", T::NAME);
                for &a in &values {
                    let r = T::bits_of(h.call1(&name, &[T::val(a)]));
                    let what = format!("[{}] {name}({a:#x})", features.0);
                    let e = unary_expect::<T>(op, a);
                    if matches!(op, "abs" | "neg") {
                        // Pure bit operations, NaN payloads included.
                        assert_eq!(r, e, "{what}");
                    } else {
                        check_float::<T>(&what, r, e, &[a]);
                    }
                }
            }
        }
    }
}

#[test]
fn f32_unary_operators() {
    unary_ops::<f32>();
}

#[test]
fn f64_unary_operators() {
    unary_ops::<f64>();
}

/// Rounding edge cases named explicitly, with and without SSE4.1.
#[test]
fn rounding_edge_cases() {
    let wat = r#"(module
      (func (export "ceil32") (param f32) (result f32) (f32.ceil (local.get 0)))
      (func (export "floor32") (param f32) (result f32) (f32.floor (local.get 0)))
      (func (export "trunc32") (param f32) (result f32) (f32.trunc (local.get 0)))
      (func (export "nearest32") (param f32) (result f32) (f32.nearest (local.get 0)))
      (func (export "ceil64") (param f64) (result f64) (f64.ceil (local.get 0)))
      (func (export "floor64") (param f64) (result f64) (f64.floor (local.get 0)))
      (func (export "trunc64") (param f64) (result f64) (f64.trunc (local.get 0)))
      (func (export "nearest64") (param f64) (result f64) (f64.nearest (local.get 0))))"#;
    for features in feature_sets() {
        let mut h = Harness::new(wat, features);
        let mut f32_case = |name: &str, x: f32, e: f32| {
            assert_eq!(
                h.call1(name, &[Val::F32(x.to_bits())]),
                Val::F32(e.to_bits()),
                "[{}] {name}({x})",
                features.0
            );
        };
        f32_case("ceil32", -0.5, -0.0);
        f32_case("ceil32", -0.0, -0.0);
        f32_case("ceil32", 0.5, 1.0);
        f32_case("floor32", -0.5, -1.0);
        f32_case("floor32", 0.5, 0.0);
        f32_case("floor32", -0.0, -0.0);
        f32_case("trunc32", -0.9, -0.0);
        f32_case("trunc32", 8388607.5, 8388607.0);
        f32_case("nearest32", 0.5, 0.0);
        f32_case("nearest32", 1.5, 2.0);
        f32_case("nearest32", 2.5, 2.0);
        f32_case("nearest32", -0.5, -0.0);
        f32_case("nearest32", -3.5, -4.0);
        f32_case("nearest32", 8388607.5, 8388608.0);
        f32_case("nearest32", -8388607.5, -8388608.0);
        f32_case("nearest32", 0.49999997, 0.0);
        f32_case("ceil32", f32::NEG_INFINITY, f32::NEG_INFINITY);
        f32_case("floor32", 16777216.0, 16777216.0);
        let mut f64_case = |name: &str, x: f64, e: f64| {
            assert_eq!(
                h.call1(name, &[Val::F64(x.to_bits())]),
                Val::F64(e.to_bits()),
                "[{}] {name}({x})",
                features.0
            );
        };
        f64_case("ceil64", -0.5, -0.0);
        f64_case("floor64", -0.5, -1.0);
        f64_case("trunc64", -0.5, -0.0);
        f64_case("nearest64", -0.5, -0.0);
        f64_case("nearest64", 2.5, 2.0);
        f64_case("nearest64", 3.5, 4.0);
        f64_case("nearest64", 4503599627370495.5, 4503599627370496.0);
        f64_case("nearest64", 0.49999999999999994, 0.0);
        f64_case("ceil64", 4503599627370495.5, 4503599627370496.0);
        f64_case("floor64", -4503599627370495.5, -4503599627370496.0);
        f64_case("trunc64", 1e300, 1e300);
        f64_case("floor64", f64::INFINITY, f64::INFINITY);
        // A signaling NaN comes back quieted, payload kept.
        for name in ["ceil64", "floor64", "trunc64", "nearest64"] {
            let r = h.call1(name, &[Val::F64(0x7FF0_0000_0000_0001)]);
            assert_eq!(
                r,
                Val::F64(0x7FF8_0000_0000_0001),
                "[{}] {name}",
                features.0
            );
        }
        for name in ["ceil32", "floor32", "trunc32", "nearest32"] {
            let r = h.call1(name, &[Val::F32(0xFFA0_0001)]);
            assert_eq!(r, Val::F32(0xFFE0_0001), "[{}] {name}", features.0);
        }
    }
}

// ---- comparisons ----------------------------------------------------------------

fn compare_ops<T: Float>() {
    let ops = ["eq", "ne", "lt", "gt", "le", "ge"];
    let wat = binary_module(T::NAME, "i32", &ops);
    let values = inputs::<T>(0xfeed_beef_1234_0001);
    let values = &values[..];
    for features in feature_sets() {
        let mut h = Harness::new(&wat, features);
        for op in ops {
            for shape in SHAPES {
                let name = format!("{op}_{shape}");
                for &a in values {
                    for &b in values {
                        let r = h.call1(&name, &[T::val(a), T::val(b)]);
                        let (x, y) = if T::BITS == 32 {
                            (
                                f32::from_bits(a as u32) as f64,
                                f32::from_bits(b as u32) as f64,
                            )
                        } else {
                            (f64::from_bits(a), f64::from_bits(b))
                        };
                        let e = match op {
                            "eq" => x == y,
                            "ne" => x != y,
                            "lt" => x < y,
                            "gt" => x > y,
                            "le" => x <= y,
                            _ => x >= y,
                        };
                        assert_eq!(
                            r,
                            Val::I32(e as i32),
                            "[{}] {}.{name}({a:#x}, {b:#x})",
                            features.0,
                            T::NAME
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn f32_comparisons() {
    compare_ops::<f32>();
}

#[test]
fn f64_comparisons() {
    compare_ops::<f64>();
}

#[test]
fn comparisons_on_constants_and_in_branches() {
    let values = f64::values();
    let wat = const_binary_module("f64", "i32", "lt", &values);
    for features in feature_sets() {
        let mut h = Harness::new(&wat, features);
        for (i, &a) in values.iter().enumerate() {
            for (j, &b) in values.iter().enumerate() {
                let e = f64::from_bits(a) < f64::from_bits(b);
                assert_eq!(
                    h.call1(&format!("c{i}_{j}"), &[]),
                    Val::I32(e as i32),
                    "{a:#x} < {b:#x}"
                );
            }
        }
    }
    // A comparison feeding br_if and if.
    let wat = r#"(module
      (func (export "clamp") (param f32) (result f32)
        (block $neg
          (br_if $neg (f32.lt (local.get 0) (f32.const 0)))
          (if (f32.gt (local.get 0) (f32.const 1))
            (then (return (f32.const 1))))
          (return (local.get 0)))
        (f32.const 0)))"#;
    for features in feature_sets() {
        let mut h = Harness::new(wat, features);
        for (x, e) in [
            (-1.0f32, 0.0f32),
            (0.25, 0.25),
            (7.0, 1.0),
            (-0.0, -0.0),
            (f32::INFINITY, 1.0),
        ] {
            assert_eq!(
                h.call1("clamp", &[Val::F32(x.to_bits())]),
                Val::F32(e.to_bits())
            );
        }
        // NaN: neither branch; returned as is.
        assert_eq!(
            h.call1("clamp", &[Val::F32(0x7FC0_0001)]),
            Val::F32(0x7FC0_0001)
        );
    }
}

// ---- conversions: int to float ----------------------------------------------------------

fn int_inputs(bits: u32) -> Vec<u64> {
    let mut v: Vec<u64> = vec![
        0,
        1,
        2,
        3,
        0x7F,
        0x00FF_FFFF,
        0x100_0001,
        0x7FFF_FFBF,
        0x7FFF_FFC0,
        0x7FFF_FFFF,
        0x8000_0000,
        0x8000_0001,
        0xFFFF_FF7F,
        0xFFFF_FF80,
        0xFFFF_FFFF,
    ];
    if bits == 64 {
        v.extend([
            0x1_0000_0000,
            0x20_0000_0000_0001,
            0x7FFF_FFFF_FFFF_FDFF,
            0x7FFF_FFFF_FFFF_FE00,
            0x7FFF_FFFF_FFFF_FFFF,
            0x8000_0000_0000_0000,
            0x8000_0000_0000_0001,
            0x8000_0000_0000_0400,
            0x8000_0000_0000_0401,
            0x8000_0080_0000_0000,
            0x8000_0080_0000_0001,
            0x8000_0180_0000_0000,
            0xFFFF_FF7F_FFFF_FFFF,
            0xFFFF_FF80_0000_0000,
            0xFFFF_FFFF_FFFF_F3FF,
            0xFFFF_FFFF_FFFF_FC00,
            0xFFFF_FFFF_FFFF_FBFF,
            0xFFFF_FFFF_FFFF_FFFE,
            0xFFFF_FFFF_FFFF_FFFF,
        ]);
    } else {
        v.retain(|x| *x <= u32::MAX as u64);
    }
    let mut rng = Rng(0x5eed_0000_0000_0001 + bits as u64);
    for _ in 0..200 {
        let r = rng.next();
        // Random values of random widths, so every magnitude is covered.
        let r = r >> (rng.next() % bits as u64);
        v.push(if bits == 32 { r as u32 as u64 } else { r });
    }
    v
}

#[test]
fn int_to_float_conversions() {
    let cases = [
        ("f32.convert_i32_s", "i32", "f32"),
        ("f32.convert_i32_u", "i32", "f32"),
        ("f32.convert_i64_s", "i64", "f32"),
        ("f32.convert_i64_u", "i64", "f32"),
        ("f64.convert_i32_s", "i32", "f64"),
        ("f64.convert_i32_u", "i32", "f64"),
        ("f64.convert_i64_s", "i64", "f64"),
        ("f64.convert_i64_u", "i64", "f64"),
    ];
    for features in feature_sets() {
        for (op, from, to) in cases {
            let wat = unary_module(from, to, &[op]);
            let mut h = Harness::new(&wat, features);
            let bits = if from == "i32" { 32 } else { 64 };
            let signed = op.ends_with("_s");
            for x in int_inputs(bits) {
                let param = if bits == 32 {
                    Val::I32(x as u32 as i32)
                } else {
                    Val::I64(x as i64)
                };
                let e = match (to, bits, signed) {
                    ("f32", 32, true) => Val::F32((x as u32 as i32 as f32).to_bits()),
                    ("f32", 32, false) => Val::F32((x as u32 as f32).to_bits()),
                    ("f32", _, true) => Val::F32((x as i64 as f32).to_bits()),
                    ("f32", _, false) => Val::F32((x as f32).to_bits()),
                    (_, 32, true) => Val::F64((x as u32 as i32 as f64).to_bits()),
                    (_, 32, false) => Val::F64((x as u32 as f64).to_bits()),
                    (_, _, true) => Val::F64((x as i64 as f64).to_bits()),
                    (_, _, false) => Val::F64((x as f64).to_bits()),
                };
                for shape in SHAPES {
                    assert_eq!(
                        h.call1(&format!("{op}_{shape}"), &[param]),
                        e,
                        "[{}] {op}_{shape}({x:#x})",
                        features.0
                    );
                }
            }
        }
    }
}

/// An unsigned conversion of an i32 computed in a register (the upper half
/// of its 64-bit register must be zero) and of constants.
#[test]
fn unsigned_conversions_of_computed_values() {
    let wat = r#"(module
      (func (export "u32") (param i32 i32) (result f64)
        (f64.convert_i32_u (i32.add (local.get 0) (local.get 1))))
      (func (export "wrapped") (param i64) (result f32)
        (f32.convert_i32_u (i32.wrap_i64 (local.get 0))))
      (func (export "const_u64") (result f64)
        (f64.convert_i64_u (i64.const -1)))
      (func (export "const_u64_f32") (result f32)
        (f32.convert_i64_u (i64.const 0x8000008000000001))))"#;
    for features in feature_sets() {
        let mut h = Harness::new(wat, features);
        assert_eq!(
            h.call1("u32", &[Val::I32(-1), Val::I32(-1)]),
            Val::F64(4294967294f64.to_bits())
        );
        assert_eq!(
            h.call1("wrapped", &[Val::I64(-1)]),
            Val::F32((u32::MAX as f32).to_bits())
        );
        assert_eq!(
            h.call1("const_u64", &[]),
            Val::F64((u64::MAX as f64).to_bits())
        );
        assert_eq!(
            h.call1("const_u64_f32", &[]),
            Val::F32((0x8000_0080_0000_0001u64 as f32).to_bits())
        );
    }
}

// ---- conversions: float to int ------------------------------------------------------

/// Inputs around every boundary of the float-to-int conversions.
fn trunc_inputs<T: Float>() -> Vec<u64> {
    let mut xs: Vec<f64> = vec![
        0.0,
        -0.0,
        0.5,
        -0.5,
        -0.9999,
        -1.0,
        1.9,
        -1.9,
        1e-40,
        2147483647.0,
        2147483647.999,
        2147483648.0,
        2147483520.0,
        -2147483648.0,
        -2147483648.999,
        -2147483649.0,
        -2147483904.0,
        4294967295.0,
        4294967295.9,
        4294967296.0,
        4294967040.0,
        9223372036854775808.0,
        9223372036854774784.0,
        9223371487098961920.0,
        -9223372036854775808.0,
        -9223372036854777856.0,
        -9223373136366403584.0,
        18446744073709551616.0,
        18446744073709549568.0,
        18446742974197923840.0,
        1e30,
        -1e30,
        f64::INFINITY,
        f64::NEG_INFINITY,
        123456.789,
        -98765.4321,
    ];
    for k in [31, 32, 63, 64] {
        for s in [1.0, -1.0] {
            xs.push(s * 2f64.powi(k));
        }
    }
    let mut v: Vec<u64> = xs
        .iter()
        .map(|x| {
            if T::BITS == 32 {
                (*x as f32).to_bits() as u64
            } else {
                x.to_bits()
            }
        })
        .collect();
    // The neighbours of each finite, non-zero boundary value, in the input
    // type.
    let n = v.len();
    for i in 0..n {
        let x = as_f64::<T>(v[i]);
        if x.is_finite() && x != 0.0 {
            v.push(v[i] + 1);
            v.push(v[i] - 1);
        }
    }
    v.extend(if T::BITS == 32 {
        vec![0x7FC0_0000, 0xFFC0_0000, 0x7F80_0001, 0xFFC1_2345]
    } else {
        vec![
            0x7FF8_0000_0000_0000,
            0xFFF8_0000_0000_0000,
            0x7FF0_0000_0000_0001,
        ]
    });
    v
}

/// The value as f64 (exact for f32).
fn as_f64<T: Float>(bits: u64) -> f64 {
    if T::BITS == 32 {
        f32::from_bits(bits as u32) as f64
    } else {
        f64::from_bits(bits)
    }
}

/// The expected result of `iN.trunc_fM_s/u`, as the i64 bits of the
/// result: Err(trap) for NaN and out of range.
fn trunc_expect(x: f64, int_bits: u32, signed: bool) -> Result<i64, TrapCode> {
    if x.is_nan() {
        return Err(TrapCode::BadConversionToInteger);
    }
    let t = x.trunc();
    let (lo, hi) = if signed {
        (
            -(2f64.powi(int_bits as i32 - 1)),
            2f64.powi(int_bits as i32 - 1),
        )
    } else {
        (0.0, 2f64.powi(int_bits as i32))
    };
    if !(t >= lo && t < hi) {
        return Err(TrapCode::IntegerOverflow);
    }
    Ok(sat_expect(x, int_bits, signed))
}

/// The expected result of `iN.trunc_sat_fM_s/u` (Rust's `as` casts
/// saturate exactly as Wasm does, NaN to 0).
fn sat_expect(x: f64, int_bits: u32, signed: bool) -> i64 {
    match (int_bits, signed) {
        (32, true) => x as i32 as i64,
        (32, false) => x as u32 as i32 as i64,
        (_, true) => x as i64,
        (_, false) => x as u64 as i64,
    }
}

fn float_to_int<T: Float>() {
    let mut ops = Vec::new();
    for int in ["i32", "i64"] {
        for sat in ["", "_sat"] {
            for sign in ["s", "u"] {
                ops.push((format!("{int}.trunc{sat}_{}_{sign}", T::NAME), int));
            }
        }
    }
    let values = trunc_inputs::<T>();
    for features in feature_sets() {
        for (op, int) in &ops {
            let wat = unary_module(T::NAME, int, &[op]);
            let mut h = Harness::new(&wat, features);
            let int_bits = if *int == "i32" { 32 } else { 64 };
            let signed = op.ends_with("_s");
            let sat = op.contains("_sat");
            for &a in &values {
                let x = as_f64::<T>(a);
                let expect = if sat {
                    Ok(sat_expect(x, int_bits, signed))
                } else {
                    trunc_expect(x, int_bits, signed)
                };
                let expect = expect.map(|v| {
                    vec![if int_bits == 32 {
                        Val::I32(v as i32)
                    } else {
                        Val::I64(v)
                    }]
                });
                for shape in SHAPES {
                    let name = format!("{op}_{shape}");
                    let r = h.try_call(&name, &[T::val(a)]);
                    assert_eq!(
                        r,
                        expect.clone().map_err(Error::from),
                        "[{}] {name}({a:#x} = {x})",
                        features.0
                    );
                }
            }
        }
    }
}

#[test]
fn f32_to_int_conversions() {
    float_to_int::<f32>();
}

#[test]
fn f64_to_int_conversions() {
    float_to_int::<f64>();
}

#[test]
fn trunc_boundaries_named() {
    let wat = r#"(module
      (func (export "i32_f32_s") (param f32) (result i32) (i32.trunc_f32_s (local.get 0)))
      (func (export "i32_f64_s") (param f64) (result i32) (i32.trunc_f64_s (local.get 0)))
      (func (export "i32_f64_u") (param f64) (result i32) (i32.trunc_f64_u (local.get 0)))
      (func (export "i64_f64_u") (param f64) (result i64) (i64.trunc_f64_u (local.get 0)))
      (func (export "i64_f32_s") (param f32) (result i64) (i64.trunc_f32_s (local.get 0))))"#;
    for features in feature_sets() {
        let mut h = Harness::new(wat, features);
        let f = |x: f32| [Val::F32(x.to_bits())];
        let d = |x: f64| [Val::F64(x.to_bits())];
        let overflow = Err(Error::from(TrapCode::IntegerOverflow));
        let bad = Err(Error::from(TrapCode::BadConversionToInteger));
        assert_eq!(
            h.try_call("i32_f32_s", &f(-2147483648.0)),
            Ok(vec![Val::I32(i32::MIN)])
        );
        assert_eq!(h.try_call("i32_f32_s", &f(2147483648.0)), overflow);
        assert_eq!(h.try_call("i32_f32_s", &f(-2147483904.0)), overflow);
        assert_eq!(h.try_call("i32_f32_s", &f(f32::NAN)), bad);
        assert_eq!(
            h.try_call("i32_f64_s", &d(2147483647.999)),
            Ok(vec![Val::I32(i32::MAX)])
        );
        assert_eq!(
            h.try_call("i32_f64_s", &d(-2147483648.999)),
            Ok(vec![Val::I32(i32::MIN)])
        );
        assert_eq!(h.try_call("i32_f64_s", &d(-2147483649.0)), overflow);
        assert_eq!(h.try_call("i32_f64_s", &d(2147483648.0)), overflow);
        assert_eq!(h.try_call("i32_f64_u", &d(-0.999)), Ok(vec![Val::I32(0)]));
        assert_eq!(
            h.try_call("i32_f64_u", &d(4294967295.9)),
            Ok(vec![Val::I32(-1)])
        );
        assert_eq!(h.try_call("i32_f64_u", &d(-1.0)), overflow);
        assert_eq!(h.try_call("i32_f64_u", &d(4294967296.0)), overflow);
        assert_eq!(
            h.try_call("i64_f64_u", &d(18446744073709549568.0)),
            Ok(vec![Val::I64(-2048)])
        );
        assert_eq!(
            h.try_call("i64_f64_u", &d(9223372036854775808.0)),
            Ok(vec![Val::I64(i64::MIN)])
        );
        assert_eq!(
            h.try_call("i64_f64_u", &d(18446744073709551616.0)),
            overflow
        );
        assert_eq!(h.try_call("i64_f64_u", &d(f64::NEG_INFINITY)), overflow);
        assert_eq!(h.try_call("i64_f64_u", &d(-f64::NAN)), bad);
        assert_eq!(
            h.try_call("i64_f32_s", &f(-9223372036854775808.0)),
            Ok(vec![Val::I64(i64::MIN)])
        );
        assert_eq!(h.try_call("i64_f32_s", &f(9223372036854775808.0)), overflow);
        // The messages are the spec interpreter's.
        assert_eq!(
            TrapCode::BadConversionToInteger.to_string(),
            "invalid conversion to integer"
        );
        assert_eq!(TrapCode::IntegerOverflow.to_string(), "integer overflow");
    }
}

// ---- promote, demote, reinterpret ----------------------------------------------------

#[test]
fn promote_and_demote() {
    let wat = module(&[
        unary_funcs("f32", "f64", &["f64.promote_f32"]),
        unary_funcs("f64", "f32", &["f32.demote_f64"]),
    ]);
    let mut doubles = inputs::<f64>(0xd0b1e);
    doubles.extend(
        [
            f32::MAX as f64,
            f32::MAX as f64 * (1.0 + f64::EPSILON),
            3.4028235677973366e38,
            3.402823567797337e38,
            f32::MIN_POSITIVE as f64 / 3.0,
            1.401298464324817e-45,
            7.006492321624085e-46,
            7.006492321624087e-46,
            1.0 + f64::EPSILON,
            1.0 + 2f64.powi(-24),
            1.0 + 2f64.powi(-24) + 2f64.powi(-52),
        ]
        .map(f64::to_bits),
    );
    let floats = inputs::<f32>(0xd0b1e);
    for features in feature_sets() {
        let mut h = Harness::new(&wat, features);
        for shape in SHAPES {
            for &a in &floats {
                let r = f64::bits_of(
                    h.call1(&format!("f64.promote_f32_{shape}"), &[Val::F32(a as u32)]),
                );
                let e = (f32::from_bits(a as u32) as f64).to_bits();
                if f32::is_nan_bits(a) {
                    // An arithmetic NaN; canonical stays canonical.
                    assert!(f64::is_nan_bits(r), "promote({a:#x}) = {r:#x}");
                    if f32::is_canonical_nan(a) {
                        assert!(f64::is_canonical_nan(r), "promote({a:#x}) = {r:#x}");
                    } else {
                        assert!(r & f64::quiet_bit() != 0, "promote({a:#x}) = {r:#x}");
                    }
                } else {
                    assert_eq!(r, e, "promote({a:#x})");
                }
            }
            for &a in &doubles {
                let r = f32::bits_of(h.call1(&format!("f32.demote_f64_{shape}"), &[Val::F64(a)]));
                let e = (f64::from_bits(a) as f32).to_bits() as u64;
                if f64::is_nan_bits(a) {
                    assert!(f32::is_nan_bits(r), "demote({a:#x}) = {r:#x}");
                    if f64::is_canonical_nan(a) {
                        assert!(f32::is_canonical_nan(r), "demote({a:#x}) = {r:#x}");
                    } else {
                        assert!(r & f32::quiet_bit() != 0, "demote({a:#x}) = {r:#x}");
                    }
                } else {
                    assert_eq!(r, e, "demote({a:#x} = {})", f64::from_bits(a));
                }
            }
        }
    }
}

#[test]
fn reinterpretations_keep_bits() {
    let wat = module(&[
        unary_funcs("f32", "i32", &["i32.reinterpret_f32"]),
        unary_funcs("f64", "i64", &["i64.reinterpret_f64"]),
        unary_funcs("i32", "f32", &["f32.reinterpret_i32"]),
        unary_funcs("i64", "f64", &["f64.reinterpret_i64"]),
    ]);
    for features in feature_sets() {
        let mut h = Harness::new(&wat, features);
        for shape in SHAPES {
            for a in f32::values() {
                let a = a as u32;
                assert_eq!(
                    h.call1(&format!("i32.reinterpret_f32_{shape}"), &[Val::F32(a)]),
                    Val::I32(a as i32)
                );
                assert_eq!(
                    h.call1(
                        &format!("f32.reinterpret_i32_{shape}"),
                        &[Val::I32(a as i32)]
                    ),
                    Val::F32(a)
                );
            }
            for a in f64::values() {
                assert_eq!(
                    h.call1(&format!("i64.reinterpret_f64_{shape}"), &[Val::F64(a)]),
                    Val::I64(a as i64)
                );
                assert_eq!(
                    h.call1(
                        &format!("f64.reinterpret_i64_{shape}"),
                        &[Val::I64(a as i64)]
                    ),
                    Val::F64(a)
                );
            }
        }
    }
    // Constants fold; a signaling NaN constant stays signaling.
    let wat = r#"(module
      (func (export "a") (result i32) (i32.reinterpret_f32 (f32.const nan:0x200001)))
      (func (export "b") (result f64) (f64.reinterpret_i64 (i64.const 0x7ff0000000000001)))
      (func (export "c") (result f32) (f32.const -nan:0x7fffff))
      (func (export "d") (result f64) (f64.const -0x1.fffffffffffffp+1023)))"#;
    for features in feature_sets() {
        let mut h = Harness::new(wat, features);
        assert_eq!(h.call1("a", &[]), Val::I32(0x7FA0_0001));
        assert_eq!(h.call1("b", &[]), Val::F64(0x7FF0_0000_0000_0001));
        assert_eq!(h.call1("c", &[]), Val::F32(0xFFFF_FFFF));
        assert_eq!(h.call1("d", &[]), Val::F64((-f64::MAX).to_bits()));
    }
}

// ---- values through the rest of the compiler ---------------------------------------------

#[test]
fn select_of_floats() {
    let wat = r#"(module
      (func (export "sel32") (param f32 f32 i32) (result f32)
        (select (local.get 0) (local.get 1) (local.get 2)))
      (func (export "sel64") (param f64 f64 i32) (result f64)
        (select (local.get 0) (local.get 1) (local.get 2)))
      (func (export "sel_const") (param i32) (result f64)
        (select (f64.const -0.0) (f64.const nan:0x4) (local.get 0)))
      (func (export "sel_reg") (param f32 f32 i32) (result f32)
        (select (f32.neg (local.get 0)) (f32.abs (local.get 1)) (i32.eqz (local.get 2)))))"#;
    for features in feature_sets() {
        let mut h = Harness::new(wat, features);
        let (a, b) = (0xFFA0_0001u32, 0x8000_0000u32);
        assert_eq!(
            h.call1("sel32", &[Val::F32(a), Val::F32(b), Val::I32(1)]),
            Val::F32(a)
        );
        assert_eq!(
            h.call1("sel32", &[Val::F32(a), Val::F32(b), Val::I32(0)]),
            Val::F32(b)
        );
        assert_eq!(
            h.call1("sel32", &[Val::F32(a), Val::F32(b), Val::I32(-7)]),
            Val::F32(a)
        );
        let (c, d) = (0x7FF0_0000_0000_0002u64, 1.5f64.to_bits());
        assert_eq!(
            h.call1("sel64", &[Val::F64(c), Val::F64(d), Val::I32(1)]),
            Val::F64(c)
        );
        assert_eq!(
            h.call1("sel64", &[Val::F64(c), Val::F64(d), Val::I32(0)]),
            Val::F64(d)
        );
        assert_eq!(
            h.call1("sel_const", &[Val::I32(1)]),
            Val::F64(0x8000_0000_0000_0000)
        );
        assert_eq!(
            h.call1("sel_const", &[Val::I32(0)]),
            Val::F64(0x7FF0_0000_0000_0004)
        );
        assert_eq!(
            h.call1(
                "sel_reg",
                &[Val::F32(1), Val::F32(0x8000_0002), Val::I32(0)]
            ),
            Val::F32(0x8000_0001)
        );
        assert_eq!(
            h.call1(
                "sel_reg",
                &[Val::F32(1), Val::F32(0x8000_0002), Val::I32(5)]
            ),
            Val::F32(2)
        );
    }
}

#[test]
fn float_locals_blocks_loops_and_calls() {
    let wat = r#"(module
      ;; sum_{k=1}^{n} 1/k^2 in a loop, with float locals (zero-initialized)
      (func (export "basel") (param $n i32) (result f64) (local $acc f64) (local $k f64)
        (block $done
          (loop $top
            (br_if $done (i32.eqz (local.get $n)))
            (local.set $k (f64.convert_i32_u (local.get $n)))
            (local.set $acc (f64.add (local.get $acc)
              (f64.div (f64.const 1) (f64.mul (local.get $k) (local.get $k)))))
            (local.set $n (i32.sub (local.get $n) (i32.const 1)))
            (br $top)))
        (local.get $acc))
      (func (export "zero_locals") (result f32 f64) (local f32 f64)
        (local.get 0) (local.get 1))
      ;; A float result from a call, and multiple float results.
      (func $hyp (param f64 f64) (result f64)
        (f64.sqrt (f64.add (f64.mul (local.get 0) (local.get 0))
                           (f64.mul (local.get 1) (local.get 1)))))
      (func $split (param f64) (result f64 f32 i32 f64)
        (f64.trunc (local.get 0))
        (f32.demote_f64 (f64.sub (local.get 0) (f64.trunc (local.get 0))))
        (i32.trunc_f64_s (local.get 0))
        (f64.neg (local.get 0)))
      (func (export "call_hyp") (param f64 f64) (result f64)
        (f64.add (call $hyp (local.get 0) (local.get 1)) (f64.const 0.5)))
      (func (export "call_split") (param f64) (result f64 f32 i32 f64)
        (call $split (local.get 0)))
      ;; Float block results and if/else with float results.
      (func (export "pick") (param i32 f32) (result f32)
        (if (result f32) (local.get 0)
          (then (f32.mul (local.get 1) (f32.const 2)))
          (else (block (result f32) (f32.const -3.5)))))
      ;; br_table carrying a float.
      (func (export "table") (param i32) (result f64)
        (block $b (result f64)
          (block $a (result f64)
            (br_table $a $b (f64.const 1.25) (local.get 0)))
          (f64.mul (f64.const 2)))
        (f64.add (f64.const 0.5)))
      ;; local.tee of a float register and a float param overwritten.
      (func (export "tee") (param f32) (result f32) (local f32)
        (f32.add (local.tee 1 (f32.sqrt (local.get 0))) (local.get 1)))
      (func (export "set_param") (param f64) (result f64)
        (local.set 0 (f64.mul (local.get 0) (local.get 0)))
        (local.get 0))
      ;; The local.set hazard: the old value is read after the write.
      (func (export "hazard") (param f64) (result f64)
        (local.get 0)
        (local.set 0 (f64.const 100))
        (f64.sub (local.get 0))))"#;
    for features in feature_sets() {
        let mut h = Harness::new(wat, features);
        let mut acc = 0.0f64;
        for k in (1..=1000u32).rev() {
            let k = k as f64;
            acc += 1.0 / (k * k);
        }
        assert_eq!(h.call1("basel", &[Val::I32(1000)]), Val::F64(acc.to_bits()));
        assert_eq!(h.call("zero_locals", &[]), vec![Val::F32(0), Val::F64(0)]);
        let d = |x: f64| Val::F64(x.to_bits());
        assert_eq!(h.call1("call_hyp", &[d(3.0), d(4.0)]), d(5.5));
        assert_eq!(
            h.call("call_split", &[d(-7.75)]),
            vec![
                d(-7.0),
                Val::F32((-0.75f32).to_bits()),
                Val::I32(-7),
                d(7.75)
            ]
        );
        assert_eq!(
            h.call1("pick", &[Val::I32(1), Val::F32(1.5f32.to_bits())]),
            Val::F32(3.0f32.to_bits())
        );
        assert_eq!(
            h.call1("pick", &[Val::I32(0), Val::F32(1.5f32.to_bits())]),
            Val::F32((-3.5f32).to_bits())
        );
        assert_eq!(h.call1("table", &[Val::I32(0)]), d(3.0));
        assert_eq!(h.call1("table", &[Val::I32(1)]), d(1.75));
        assert_eq!(h.call1("table", &[Val::I32(9)]), d(1.75));
        assert_eq!(
            h.call1("tee", &[Val::F32(16.0f32.to_bits())]),
            Val::F32(8.0f32.to_bits())
        );
        assert_eq!(h.call1("set_param", &[d(-3.0)]), d(9.0));
        assert_eq!(h.call1("hazard", &[d(1.0)]), d(-99.0));
    }
}

/// More live float values than allocatable XMM registers: spilling and
/// reloading float registers.
#[test]
fn float_register_pressure() {
    let n = 24;
    let mut body = String::new();
    for i in 0..n {
        writeln!(body, "(f64.mul (local.get 0) (f64.const {}))", i + 1).unwrap();
    }
    for _ in 1..n {
        body.push_str("f64.add\n");
    }
    let mut body32 = String::new();
    for i in 0..n {
        writeln!(body32, "(f32.sub (local.get 0) (f32.const {i}))").unwrap();
    }
    for _ in 1..n {
        body32.push_str("f32.max\n");
    }
    let wat = format!(
        "(module (func (export \"sum\") (param f64) (result f64) {body})
                 (func (export \"max\") (param f32) (result f32) {body32}))"
    );
    for features in feature_sets() {
        let mut h = Harness::new(&wat, features);
        let x = 1.5f64;
        let mut vals: Vec<f64> = (0..n).map(|i| x * (i + 1) as f64).collect();
        let mut acc = vals.pop().unwrap();
        while let Some(v) = vals.pop() {
            acc += v;
        }
        assert_eq!(
            h.call1("sum", &[Val::F64(x.to_bits())]),
            Val::F64(acc.to_bits())
        );
        assert_eq!(
            h.call1("max", &[Val::F32(10.0f32.to_bits())]),
            Val::F32(10.0f32.to_bits())
        );
    }
}
