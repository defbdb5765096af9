//! Whole-pipeline tests: Wasm text in, compiled, run, results checked.

use brisk::{Config, Engine, Error, Instance, Module, Store, Target, TrapCode, Val};

mod common;

/// Instantiates `wat` and calls `name` with `params`, returning its results.
fn run(wat: &str, name: &str, params: &[Val]) -> Result<Vec<Val>, Error> {
    let engine = Engine::new(Config::new().target(common::target()));
    let module = Module::new(&engine, wat)?;
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[])?;
    let func = instance.get_func(&mut store, name).expect("export exists");
    let mut results: Vec<Val> = func
        .ty(&store)
        .results
        .iter()
        .map(|_| Val::I32(0))
        .collect();
    func.call(&mut store, params, &mut results)?;
    Ok(results)
}

fn i32s(wat: &str, name: &str, params: &[i32]) -> Vec<i32> {
    let params: Vec<Val> = params.iter().map(|v| Val::I32(*v)).collect();
    run(wat, name, &params)
        .unwrap()
        .into_iter()
        .map(|v| match v {
            Val::I32(x) => x,
            other => panic!("expected i32, got {other:?}"),
        })
        .collect()
}

#[test]
fn recursive_factorial() {
    let wat = r#"(module
      (func $fac (export "fac") (param i64) (result i64)
        local.get 0
        i64.eqz
        if (result i64)
          i64.const 1
        else
          local.get 0
          local.get 0
          i64.const 1
          i64.sub
          call $fac
          i64.mul
        end))"#;
    for (n, expect) in [
        (0i64, 1i64),
        (1, 1),
        (5, 120),
        (10, 3_628_800),
        (20, 2_432_902_008_176_640_000),
    ] {
        assert_eq!(
            run(wat, "fac", &[Val::I64(n)]).unwrap(),
            vec![Val::I64(expect)],
            "fac({n})"
        );
    }
}

#[test]
fn recursive_fibonacci() {
    let wat = r#"(module
      (func $fib (export "fib") (param i32) (result i32)
        (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
          (then (local.get 0))
          (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                         (call $fib (i32.sub (local.get 0) (i32.const 2))))))))"#;
    let expect = [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55];
    for (n, e) in expect.iter().enumerate() {
        assert_eq!(i32s(wat, "fib", &[n as i32]), vec![*e]);
    }
    assert_eq!(i32s(wat, "fib", &[25]), vec![75025]);
}

#[test]
fn loops_sum_and_iterative_fib() {
    let wat = r#"(module
      (func (export "sum") (param $n i32) (result i32) (local $acc i32)
        (block $done
          (loop $top
            (br_if $done (i32.eqz (local.get $n)))
            (local.set $acc (i32.add (local.get $acc) (local.get $n)))
            (local.set $n (i32.sub (local.get $n) (i32.const 1)))
            (br $top)))
        (local.get $acc))
      (func (export "fib") (param $n i32) (result i64) (local $a i64) (local $b i64) (local $t i64)
        (local.set $b (i64.const 1))
        (block $done
          (loop $top
            (br_if $done (i32.eqz (local.get $n)))
            (local.set $t (i64.add (local.get $a) (local.get $b)))
            (local.set $a (local.get $b))
            (local.set $b (local.get $t))
            (local.set $n (i32.sub (local.get $n) (i32.const 1)))
            (br $top)))
        (local.get $a)))"#;
    assert_eq!(i32s(wat, "sum", &[0]), vec![0]);
    assert_eq!(i32s(wat, "sum", &[100]), vec![5050]);
    assert_eq!(
        run(wat, "fib", &[Val::I32(90)]).unwrap(),
        vec![Val::I64(2_880_067_194_370_816_120)]
    );
}

#[test]
fn br_table_switch() {
    let wat = r#"(module
      (func (export "switch") (param i32) (result i32)
        (block $default
          (block $c2
            (block $c1
              (block $c0
                (br_table $c0 $c1 $c2 $c1 $default (local.get 0)))
              (return (i32.const 100)))
            (return (i32.const 101)))
          (return (i32.const 102)))
        (i32.const -1))
      (func (export "with_value") (param i32) (result i32)
        (block $out (result i32)
          (block $inner (result i32)
            (br_table $inner $out $inner (i32.const 7) (local.get 0)))
          (i32.const 1000)
          (i32.add))))"#;
    let cases = [
        (0, 100),
        (1, 101),
        (2, 102),
        (3, 101),
        (4, -1),
        (5, -1),
        (-1, -1),
        (1000, -1),
    ];
    for (input, expect) in cases {
        assert_eq!(
            i32s(wat, "switch", &[input]),
            vec![expect],
            "switch({input})"
        );
    }
    assert_eq!(i32s(wat, "with_value", &[0]), vec![1007]);
    assert_eq!(i32s(wat, "with_value", &[1]), vec![7]);
    assert_eq!(i32s(wat, "with_value", &[2]), vec![1007]);
    assert_eq!(i32s(wat, "with_value", &[99]), vec![1007]);
}

#[test]
fn multi_value_functions_and_blocks() {
    let wat = r#"(module
      (func $divmod (param i32 i32) (result i32 i32)
        (i32.div_u (local.get 0) (local.get 1))
        (i32.rem_u (local.get 0) (local.get 1)))
      (func $swap3 (param i64 i32 i64) (result i64 i32 i64)
        (local.get 2) (local.get 1) (local.get 0))
      (func (export "divmod") (param i32 i32) (result i32 i32)
        (call $divmod (local.get 0) (local.get 1)))
      (func (export "swap3") (param i64 i32 i64) (result i64 i32 i64)
        (call $swap3 (local.get 0) (local.get 1) (local.get 2)))
      (func (export "block_pair") (param i32) (result i32)
        (block (result i32 i32)
          (i32.const 10)
          (local.get 0)
          (br_if 0 (i32.const 1))
          (drop) (drop)
          (i32.const 0) (i32.const 0))
        (i32.sub))
      (func (export "block_params") (param i32) (result i32)
        (local.get 0)
        (i32.const 5)
        (block (param i32 i32) (result i32) (i32.mul))
        (loop (param i32) (result i32) (i32.const 1) (i32.add))))"#;
    assert_eq!(i32s(wat, "divmod", &[17, 5]), vec![3, 2]);
    assert_eq!(
        run(
            wat,
            "swap3",
            &[Val::I64(-1), Val::I32(7), Val::I64(1 << 40)]
        )
        .unwrap(),
        vec![Val::I64(1 << 40), Val::I32(7), Val::I64(-1)]
    );
    assert_eq!(i32s(wat, "block_pair", &[3]), vec![7]);
    assert_eq!(i32s(wat, "block_params", &[4]), vec![21]);
}

#[test]
fn register_pressure_forces_spills() {
    // 20 values live at once, more than brisk's 12 allocatable registers.
    let mut body = String::new();
    for i in 1..=20 {
        body.push_str(&format!("(i32.mul (local.get 0) (i32.const {i}))\n"));
    }
    for _ in 1..20 {
        body.push_str("i32.add\n");
    }
    let wat = format!(r#"(module (func (export "f") (param i32) (result i32) {body}))"#);
    assert_eq!(i32s(&wat, "f", &[3]), vec![3 * 210]);

    // The same pressure across a call, and with i64 values.
    let mut body = String::new();
    for i in 1..=16 {
        body.push_str(&format!("(i64.add (local.get 0) (i64.const {i}))\n"));
    }
    body.push_str("(call $id (local.get 0))\n");
    for _ in 1..=16 {
        body.push_str("i64.add\n");
    }
    let wat = format!(
        r#"(module (func $id (param i64) (result i64) (local.get 0))
           (func (export "f") (param i64) (result i64) {body}))"#
    );
    assert_eq!(
        run(&wat, "f", &[Val::I64(1 << 33)]).unwrap(),
        vec![Val::I64(17 * (1 << 33) + 136)]
    );
}

#[test]
fn local_set_hazard_uses_old_value() {
    let wat = r#"(module
      (func (export "f") (param $x i32) (result i32)
        (local.get $x)
        (local.set $x (i32.const 100))
        (local.get $x)
        (i32.sub))
      (func (export "tee") (param $x i32) (result i32)
        (local.get $x)
        (local.tee $x (i32.add (local.get $x) (i32.const 1)))
        (i32.mul)))"#;
    assert_eq!(i32s(wat, "f", &[7]), vec![7 - 100]);
    assert_eq!(i32s(wat, "tee", &[7]), vec![56]);
}

#[test]
fn integer_semantics() {
    let wat = r#"(module
      (func (export "div_s") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
      (func (export "rem_s") (param i32 i32) (result i32) (i32.rem_s (local.get 0) (local.get 1)))
      (func (export "shl") (param i32 i32) (result i32) (i32.shl (local.get 0) (local.get 1)))
      (func (export "rotr") (param i32 i32) (result i32) (i32.rotr (local.get 0) (local.get 1)))
      (func (export "clz") (param i32) (result i32) (i32.clz (local.get 0)))
      (func (export "ctz") (param i32) (result i32) (i32.ctz (local.get 0)))
      (func (export "popcnt") (param i32) (result i32) (i32.popcnt (local.get 0)))
      (func (export "ext8") (param i32) (result i32) (i32.extend8_s (local.get 0)))
      (func (export "wrap") (param i64) (result i32) (i32.wrap_i64 (local.get 0)))
      (func (export "extend_u") (param i32) (result i64) (i64.extend_i32_u (local.get 0)))
      (func (export "select") (param i32 i32 i32) (result i32)
        (select (local.get 0) (local.get 1) (local.get 2))))"#;
    assert_eq!(i32s(wat, "div_s", &[-7, 2]), vec![-3]);
    assert_eq!(i32s(wat, "rem_s", &[-7, 2]), vec![-1]);
    assert_eq!(i32s(wat, "rem_s", &[i32::MIN, -1]), vec![0]);
    assert_eq!(i32s(wat, "shl", &[1, 33]), vec![2]);
    assert_eq!(i32s(wat, "rotr", &[1, 1]), vec![i32::MIN]);
    assert_eq!(i32s(wat, "clz", &[0]), vec![32]);
    assert_eq!(i32s(wat, "clz", &[1]), vec![31]);
    assert_eq!(i32s(wat, "ctz", &[0]), vec![32]);
    assert_eq!(i32s(wat, "ctz", &[8]), vec![3]);
    assert_eq!(i32s(wat, "popcnt", &[-1]), vec![32]);
    assert_eq!(i32s(wat, "popcnt", &[0x1234]), vec![5]);
    assert_eq!(i32s(wat, "ext8", &[0x80]), vec![-128]);
    assert_eq!(
        run(wat, "wrap", &[Val::I64(0x1_2345_6789)]).unwrap(),
        vec![Val::I32(0x2345_6789)]
    );
    assert_eq!(
        run(wat, "extend_u", &[Val::I32(-1)]).unwrap(),
        vec![Val::I64(0xffff_ffff)]
    );
    assert_eq!(i32s(wat, "select", &[1, 2, 0]), vec![2]);
    assert_eq!(i32s(wat, "select", &[1, 2, 5]), vec![1]);
}

#[test]
fn traps_are_errors_and_the_store_stays_usable() {
    let wat = r#"(module
      (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
      (func (export "boom") (unreachable))
      (func $rec (export "rec") (param i32) (result i32) (call $rec (local.get 0))))"#;
    let engine = Engine::new(Config::new().target(common::target()));
    let module = Module::new(&engine, wat).unwrap();
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let div = instance.get_func(&mut store, "div").unwrap();
    let mut r = [Val::I32(0)];
    assert_eq!(
        div.call(&mut store, &[Val::I32(1), Val::I32(0)], &mut r),
        Err(Error::from(TrapCode::IntegerDivisionByZero))
    );
    assert_eq!(
        div.call(&mut store, &[Val::I32(i32::MIN), Val::I32(-1)], &mut r),
        Err(Error::from(TrapCode::IntegerOverflow))
    );
    div.call(&mut store, &[Val::I32(9), Val::I32(3)], &mut r)
        .unwrap();
    assert_eq!(r, [Val::I32(3)]);
    let boom = instance.get_func(&mut store, "boom").unwrap();
    assert_eq!(
        boom.call(&mut store, &[], &mut []),
        Err(Error::from(TrapCode::Unreachable))
    );
    let rec = instance.get_func(&mut store, "rec").unwrap();
    assert_eq!(
        rec.call(&mut store, &[Val::I32(0)], &mut r),
        Err(Error::from(TrapCode::StackOverflow))
    );
    div.call(&mut store, &[Val::I32(10), Val::I32(5)], &mut r)
        .unwrap();
    assert_eq!(r, [Val::I32(2)]);
}

/// An engine for the test ISA without optional CPU features: SIMD is a
/// clean `Unsupported` there (x86-64 needs SSE4.1; AArch64 has no SIMD yet).
fn baseline_engine() -> Engine {
    Engine::new(Config::new().target(Target::baseline(common::target().isa())))
}

#[test]
fn unsupported_is_a_clean_error() {
    let wat = r#"(module (func (export "f") (result v128) (i32x4.add (v128.const i32x4 1 2 3 4) (v128.const i32x4 0 0 0 0))))"#;
    let err = Module::new(&baseline_engine(), wat)
        .err()
        .expect("SIMD is not supported on the baseline");
    assert!(
        matches!(err, Error::Compile(brisk::CompileError::Unsupported { .. })),
        "{err}"
    );
}

#[test]
fn invalid_module_is_reported_with_offset_even_after_unsupported_code() {
    // The first function is unsupported, the second invalid: invalid wins.
    let wat = r#"(module
      (func (result v128) (v128.const i32x4 0 0 0 0))
      (func (result i32) (i64.const 1)))"#;
    let wasm = wat::parse_str(wat).unwrap();
    let err = Module::from_binary(&baseline_engine(), &wasm)
        .err()
        .unwrap();
    match err {
        Error::Compile(brisk::CompileError::Invalid { offset, .. }) => assert!(offset > 0),
        other => panic!("expected invalid, got {other}"),
    }
    let garbage = Module::from_binary(
        &Engine::new(Config::new().target(common::target())),
        b"\0asm\x01\0\0\0\x01\xff",
    )
    .err()
    .unwrap();
    assert!(
        matches!(garbage, Error::Compile(brisk::CompileError::Invalid { .. })),
        "{garbage}"
    );
}

#[test]
fn traps_carry_a_wasm_backtrace() {
    let wat = r#"(module
      (func $inner (param i32) (result i32) (i32.div_u (i32.const 1) (local.get 0)))
      (func $middle (export "middle") (param i32) (result i32) (call $inner (local.get 0)))
      (func (export "outer") (param i32) (result i32) (call $middle (local.get 0))))"#;
    let engine = Engine::new(Config::new().target(common::target()));
    let module = Module::new(&engine, wat).unwrap();
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let outer = instance.get_func(&mut store, "outer").unwrap();
    let mut r = [Val::I32(0)];
    let Err(Error::Trap(trap)) = outer.call(&mut store, &[Val::I32(0)], &mut r) else {
        panic!("expected a trap");
    };
    assert_eq!(trap.code(), TrapCode::IntegerDivisionByZero);
    let frames: Vec<(u32, Option<&str>)> = trap
        .backtrace()
        .iter()
        .map(|f| (f.func_index, f.func_name.as_deref()))
        .collect();
    assert_eq!(
        frames,
        [(0, Some("inner")), (1, Some("middle")), (2, Some("outer"))]
    );
    let text = Error::Trap(trap).to_string();
    assert!(
        text.starts_with("wasm trap: integer divide by zero\nwasm backtrace:"),
        "{text}"
    );
}

#[test]
fn proposals_can_be_turned_off() {
    let two_memories = "(module (memory 1) (memory 1))";
    Module::new(
        &Engine::new(Config::new().target(common::target())),
        two_memories,
    )
    .unwrap();
    let mut config = brisk::Config::new();
    config.wasm_feature("multi-memory", false).unwrap();
    let err = Module::new(&Engine::new(&config), two_memories)
        .err()
        .unwrap();
    assert!(
        matches!(err, Error::Compile(brisk::CompileError::Invalid { .. })),
        "{err}"
    );
    assert!(
        brisk::Config::new()
            .wasm_feature("no-such-proposal", false)
            .is_err()
    );
}

#[test]
fn backtraces_use_the_name_section() {
    // `$helper` is not exported: its name comes from the name section the
    // text format emits.
    let wat = r#"(module
      (func $helper (unreachable))
      (func (export "run") (call $helper)))"#;
    let engine = Engine::new(Config::new().target(common::target()));
    let module = Module::new(&engine, wat).unwrap();
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let run = instance.get_func(&mut store, "run").unwrap();
    let Err(Error::Trap(trap)) = run.call(&mut store, &[], &mut []) else {
        panic!("expected a trap")
    };
    let names: Vec<Option<&str>> = trap
        .backtrace()
        .iter()
        .map(|f| f.func_name.as_deref())
        .collect();
    assert_eq!(names, [Some("helper"), Some("run")]);
}
