//! Lazy compilation (`Config::lazy_compilation`): results, traps,
//! backtraces and exceptions as with eager compilation; tail calls to
//! uncompiled functions in constant stack; several threads calling the same
//! uncompiled function first; a first call deep in the stack; calls through
//! tables, `call_ref`, exports and imports; modules refused exactly as
//! eagerly.

#![cfg(target_arch = "x86_64")]

use brisk::{Config, Engine, Error, Instance, Linker, Module, Store, TrapCode, Val};
use std::sync::{Arc, Barrier};

mod calls;
use calls::call;

fn engine(lazy: bool, max_stack: usize) -> Engine {
    let mut config = Config::default();
    config.lazy_compilation(lazy).max_wasm_stack(max_stack);
    Engine::new(&config)
}

fn lazy() -> Engine {
    engine(true, 512 * 1024)
}

fn instantiate(engine: &Engine, wat: &str) -> (Store<()>, Instance) {
    let module = Module::new(engine, wat).unwrap();
    let mut store = Store::new(engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    (store, instance)
}

const PROGRAM: &str = r#"(module
  (memory 1)
  (table 4 funcref)
  (elem (i32.const 0) $sq $fib $sum $twice)
  (type $un (func (param i64) (result i64)))
  (global $calls (mut i32) (i32.const 0))
  (func $sq (type $un) (i64.mul (local.get 0) (local.get 0)))
  (func $fib (type $un)
    (global.set $calls (i32.add (global.get $calls) (i32.const 1)))
    (if (result i64) (i64.lt_u (local.get 0) (i64.const 2))
      (then (local.get 0))
      (else (i64.add (call $fib (i64.sub (local.get 0) (i64.const 1)))
                     (call $fib (i64.sub (local.get 0) (i64.const 2)))))))
  (func $sum (type $un) (local $i i64) (local $s i64)
    (block $done (loop $next
      (br_if $done (i64.ge_u (local.get $i) (local.get 0)))
      (i64.store (i32.wrap_i64 (i64.shl (local.get $i) (i64.const 3)))
                 (call $sq (local.get $i)))
      (local.set $s (i64.add (local.get $s)
        (i64.load (i32.wrap_i64 (i64.shl (local.get $i) (i64.const 3))))))
      (local.set $i (i64.add (local.get $i) (i64.const 1)))
      (br $next)))
    (local.get $s))
  (func $twice (type $un) (i64.shl (local.get 0) (i64.const 1)))
  (func (export "dispatch") (param i32 i64) (result i64)
    (call_indirect (type $un) (local.get 1) (local.get 0)))
  (func (export "mix") (param f64 i32) (result f64 i32 i64)
    (f64.sqrt (local.get 0))
    (i32.rotl (local.get 1) (i32.const 7))
    (call $sum (i64.extend_i32_u (i32.and (local.get 1) (i32.const 255)))))
  (func (export "calls") (result i32) (global.get $calls)))"#;

#[test]
fn results_are_those_of_eager_compilation() {
    let mut runs = Vec::new();
    for lazy in [false, true] {
        let (mut store, i) = instantiate(&engine(lazy, 512 * 1024), PROGRAM);
        let mut results = Vec::new();
        for (f, x) in [(1, 20), (0, 9), (2, 100), (3, -7), (1, 25), (0, 1 << 31)] {
            let r = call(&mut store, i, "dispatch", &[Val::I32(f), Val::I64(x)]);
            results.push(format!("{r:?}"));
        }
        let bits = 2.25f64.to_bits();
        let r = call(&mut store, i, "mix", &[Val::F64(bits), Val::I32(-3)]);
        results.push(format!("{r:?}"));
        let r = call(&mut store, i, "dispatch", &[Val::I32(4), Val::I64(1)]);
        results.push(format!("{r:?}"));
        results.push(format!("{:?}", call(&mut store, i, "calls", &[])));
        runs.push(results);
    }
    assert_eq!(runs[0], runs[1]);
    assert!(runs[1][0].contains("I64(6765)"), "{:?}", runs[1]);
}

const TRAPS: &str = r#"(module
  (func $inner (param i32) (result i32)
    (i32.div_u (i32.const 1) (local.get 0)))
  (func $middle (param i32) (result i32)
    (i32.add (call $inner (local.get 0)) (i32.const 1)))
  (func (export "outer") (param i32) (result i32)
    (call $middle (local.get 0))))"#;

#[test]
fn traps_and_backtraces_in_lazily_compiled_code() {
    let mut backtraces = Vec::new();
    for lazy in [false, true] {
        let (mut store, i) = instantiate(&engine(lazy, 512 * 1024), TRAPS);
        for _ in 0..2 {
            let e = call(&mut store, i, "outer", &[Val::I32(0)]).unwrap_err();
            assert_eq!(e.trap_code(), Some(TrapCode::IntegerDivisionByZero));
            let Error::Trap(trap) = &e else { panic!("{e}") };
            let frames: Vec<u32> = trap.backtrace().iter().map(|f| f.func_index).collect();
            assert_eq!(frames, [0, 1, 2], "lazy {lazy}");
            backtraces.push(e.to_string());
        }
        assert_eq!(
            call(&mut store, i, "outer", &[Val::I32(1)]).unwrap(),
            [Val::I32(2)]
        );
    }
    assert_eq!(backtraces[0], backtraces[3]);
}

#[test]
fn exceptions_through_lazily_compiled_frames() {
    // The thrower and the frame it unwinds are compiled only when first
    // called, after the catcher.
    let (mut store, i) = instantiate(
        &lazy(),
        r#"(module
          (tag $e (param i32))
          (func $throw (param i32) (throw $e (i32.mul (local.get 0) (i32.const 3))))
          (func $skip (param i32) (result i32)
            (call $throw (local.get 0)) (i32.const -1))
          (func (export "catch") (param i32) (result i32)
            (block $h (result i32)
              (try_table (result i32) (catch $e $h) (call $skip (local.get 0))))))"#,
    );
    for x in [5, 7, 11] {
        assert_eq!(
            call(&mut store, i, "catch", &[Val::I32(x)]).unwrap(),
            [Val::I32(3 * x)]
        );
    }
}

#[test]
fn a_million_tail_calls_to_uncompiled_functions_in_constant_stack() {
    // 128 KiB of stack: a million frames would need far more.
    let mut body = String::new();
    for k in 0..8 {
        let next = (k + 1) % 8;
        body += &format!(
            "(func $f{k} (param i64 i64) (result i64)
               (if (result i64) (i64.eqz (local.get 0))
                 (then (local.get 1))
                 (else (return_call $f{next}
                   (i64.sub (local.get 0) (i64.const 1))
                   (i64.add (local.get 1) (i64.const {k}))))))\n"
        );
    }
    let wat = format!("(module {body} (export \"run\" (func $f0)))");
    let (mut store, i) = instantiate(&engine(true, 128 * 1024), &wat);
    // Each function is first reached by a tail call (its stub runs then).
    let r = call(&mut store, i, "run", &[Val::I64(1_000_000), Val::I64(0)]).unwrap();
    // Step j adds j mod 8: 125000 rounds of 0+1+...+7.
    assert_eq!(r, [Val::I64(125_000 * 28)]);
}

#[test]
fn threads_calling_the_same_uncompiled_function_first() {
    let engine = lazy();
    let wat = r#"(module
      (func $leaf (param i64) (result i64) (i64.mul (local.get 0) (i64.const 7)))
      (func $mid (param i64) (result i64) (i64.add (call $leaf (local.get 0)) (i64.const 1)))
      (func (export "f") (param i64) (result i64) (call $mid (local.get 0))))"#;
    for _round in 0..4 {
        // A fresh module each round: nothing compiled yet.
        let module = Module::new(&engine, wat).unwrap();
        let barrier = Arc::new(Barrier::new(6));
        let threads: Vec<_> = (0..6)
            .map(|t| {
                let (engine, module, barrier) = (engine.clone(), module.clone(), barrier.clone());
                std::thread::spawn(move || {
                    let mut store = Store::new(&engine, ());
                    let i = Instance::new(&mut store, &module, &[]).unwrap();
                    barrier.wait();
                    call(&mut store, i, "f", &[Val::I64(t)]).unwrap()
                })
            })
            .collect();
        for (t, h) in threads.into_iter().enumerate() {
            assert_eq!(h.join().unwrap(), [Val::I64(t as i64 * 7 + 1)]);
        }
    }
}

#[test]
fn first_call_deep_in_the_stack_traps_cleanly() {
    let engine = engine(true, 1024 * 1024);
    let (mut store, i) = instantiate(
        &engine,
        r#"(module
          (func $leaf (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
          (func $down (export "down") (param i32) (result i32)
            (if (result i32) (i32.eqz (local.get 0))
              (then (call $leaf (i32.const 41)))
              (else (call $down (i32.sub (local.get 0) (i32.const 1)))))))"#,
    );
    // Deep enough that less than the compile reserve is left, not so deep
    // that the recursion itself overflows: the leaf's first call traps.
    let mut saw_trap = false;
    for depth in (0..40_000).step_by(2_000).rev() {
        match call(&mut store, i, "down", &[Val::I32(depth)]) {
            Ok(r) => {
                assert_eq!(r, [Val::I32(42)], "depth {depth}");
                break;
            }
            Err(e) => {
                assert_eq!(e.trap_code(), Some(TrapCode::StackOverflow), "{e}");
                saw_trap = true;
            }
        }
    }
    assert!(saw_trap);
    // Compiled now: deep calls reach it as long as the stack lasts.
    assert_eq!(
        call(&mut store, i, "down", &[Val::I32(1)]).unwrap(),
        [Val::I32(42)]
    );
}

#[test]
fn calls_through_tables_call_ref_exports_and_imports() {
    let engine = lazy();
    let mut store = Store::new(&engine, ());
    let provider = Module::new(
        &engine,
        r#"(module
          (type $t (func (param i32) (result i32)))
          (table (export "table") 2 funcref)
          (elem (i32.const 0) $inc $dbl)
          (func $inc (export "inc") (type $t) (i32.add (local.get 0) (i32.const 1)))
          (func $dbl (type $t) (i32.shl (local.get 0) (i32.const 1))))"#,
    )
    .unwrap();
    let p = Instance::new(&mut store, &provider, &[]).unwrap();
    let mut linker = Linker::new();
    linker.instance(&mut store, "p", p);
    let user = Module::new(
        &engine,
        r#"(module
          (type $t (func (param i32) (result i32)))
          (import "p" "inc" (func $inc (type $t)))
          (import "p" "table" (table $tab 2 funcref))
          (elem declare func $local)
          (func $local (type $t) (i32.sub (local.get 0) (i32.const 10)))
          (func (export "run") (param i32) (result i32)
            (call $inc (local.get 0))
            (call_indirect $tab (type $t) (i32.const 1))
            (call_ref $t (ref.func $local))
            (call_indirect $tab (type $t) (i32.const 0))))"#,
    )
    .unwrap();
    let u = linker.instantiate(&mut store, &user).unwrap();
    // ((x + 1) * 2 - 10) + 1
    for x in [0, 5, 100] {
        assert_eq!(
            call(&mut store, u, "run", &[Val::I32(x)]).unwrap(),
            [Val::I32((x + 1) * 2 - 10 + 1)]
        );
    }
    assert_eq!(
        call(&mut store, p, "inc", &[Val::I32(1)]).unwrap(),
        [Val::I32(2)]
    );
}

#[test]
fn modules_are_refused_as_eagerly() {
    let modules = [
        // Invalid body after valid ones.
        "(module (func) (func (result i32) (i64.const 0)))",
        // A GC operator (translated or not: both engines must agree).
        "(module (type $s (struct (field i32))) (func (result (ref $s)) (struct.new $s (i32.const 1))))",
        // Unreachable code, where eager compilation translates nothing.
        "(module (type $s (struct)) (func unreachable (drop (struct.new $s))))",
        // Valid.
        "(module (func (export \"f\") (result i32) (i32.const 1)))",
    ];
    for wat in modules {
        let eager = Module::new(&engine(false, 512 * 1024), wat).map(|_| ());
        let lazy = Module::new(&lazy(), wat).map(|_| ());
        assert_eq!(format!("{eager:?}"), format!("{lazy:?}"), "{wat}");
    }
}
