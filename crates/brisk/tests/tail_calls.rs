//! Tail calls through the API: constant stack (10^7 self calls, argument
//! areas that grow and shrink), mutual tail calls across two instances
//! through an import and a host-defined table, a tail call to a host
//! function, and the caller's vmctx and heap base after either (both
//! bounds modes); the stack limit still applies to growing tail calls.

use brisk::{
    BoundsChecks, Config, Engine, Error, Instance, Linker, Memory, Module, Store, Table, TableType,
    TrapCode, Val, WasmType,
};

mod calls;

use calls::call;

/// Far less than 10^6 frames would need: only constant-stack code fits.
const SMALL_STACK: usize = 256 * 1024;

fn engine(bounds: BoundsChecks) -> Engine {
    let mut config = Config::default();
    config.max_wasm_stack(SMALL_STACK).bounds_checks(bounds);
    Engine::new(&config)
}

fn both_bounds() -> [BoundsChecks; 2] {
    [
        BoundsChecks::GuardPages {
            guard_bytes: BoundsChecks::DEFAULT_GUARD,
        },
        BoundsChecks::Explicit,
    ]
}

#[test]
fn ten_million_self_tail_calls_in_constant_stack() {
    let engine = engine(BoundsChecks::Explicit);
    let module = Module::new(
        &engine,
        r#"(module
          (func $count (export "count") (param i64 i64) (result i64)
            (if (result i64) (i64.eqz (local.get 0))
              (then (local.get 1))
              (else (return_call $count
                (i64.sub (local.get 0) (i64.const 1))
                (i64.add (local.get 1) (i64.const 3)))))))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let i = Instance::new(&mut store, &module, &[]).unwrap();
    let r = call(&mut store, i, "count", &[Val::I64(10_000_000), Val::I64(0)]).unwrap();
    assert_eq!(r, [Val::I64(30_000_000)]);
}

#[test]
fn tail_calls_that_grow_and_shrink_the_argument_area() {
    // $one (1 parameter) -> $five (5) -> $one ..., each with two results:
    // the result area above the arguments must stay where the host's
    // entry put it.
    let engine = engine(BoundsChecks::Explicit);
    let module = Module::new(
        &engine,
        r#"(module
          (func $one (export "one") (param i32) (result i32 i64)
            (if (result i32 i64) (i32.eqz (local.get 0))
              (then (i32.const -1) (i64.const -2))
              (else (return_call $five (local.get 0) (i32.const 1) (i32.const 2)
                                        (i32.const 3) (i64.const 4)))))
          (func $five (param i32 i32 i32 i32 i64) (result i32 i64)
            (if (i32.ne (i32.add (local.get 1) (local.get 2))
                                         (local.get 3))
              (then (unreachable)))
            (return_call $one (i32.sub (local.get 0) (i32.const 1)))))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let i = Instance::new(&mut store, &module, &[]).unwrap();
    for n in [0, 1, 2, 1_000_000] {
        let r = call(&mut store, i, "one", &[Val::I32(n)]).unwrap();
        assert_eq!(r, [Val::I32(-1), Val::I64(-2)], "one({n})");
    }
}

/// Instance B: `pong` adds B's memory byte 0 and tail-calls `ping` through
/// the host's table. Instance A: `ping` adds A's byte and tail-calls the
/// imported `pong`; `to_host` tail-calls a host function. A's `run*`
/// functions call those directly and then use A's memory and global.
const B: &str = r#"(module
  (type $t (func (param i32 i32) (result i32)))
  (import "host" "table" (table 1 funcref))
  (memory (export "memory") 2)
  (data (i32.const 0) "\02")
  (func (export "pong") (param i32 i32) (result i32)
    (if (result i32) (i32.eqz (local.get 0))
      (then (local.get 1))
      (else (return_call_indirect (type $t)
        (i32.sub (local.get 0) (i32.const 1))
        (i32.add (local.get 1) (i32.load8_u (i32.const 0)))
        (i32.const 0))))))"#;

const A: &str = r#"(module
  (import "b" "pong" (func $pong (param i32 i32) (result i32)))
  (import "host" "triple" (func $triple (param i32) (result i32)))
  (memory (export "memory") 1)
  (global $g (mut i32) (i32.const 111))
  (data (i32.const 0) "\01")
  (func $ping (export "ping") (param i32 i32) (result i32)
    (if (result i32) (i32.eqz (local.get 0))
      (then (local.get 1))
      (else (return_call $pong
        (i32.sub (local.get 0) (i32.const 1))
        (i32.add (local.get 1) (i32.load8_u (i32.const 0)))))))
  (func $to_host (param i32) (result i32)
    (return_call $triple (local.get 0)))
  ;; After the call: A's own byte, global and a store at A's last word.
  (func $after (param i32) (result i32 i32 i32)
    (global.set $g (i32.add (global.get $g) (i32.const 1)))
    (i32.store (i32.const 65532) (i32.const 42))
    (local.get 0) (i32.load8_u (i32.const 0)) (global.get $g))
  (func (export "run") (param i32) (result i32 i32 i32)
    (call $after (call $ping (local.get 0) (i32.const 0))))
  (func (export "run_host") (param i32) (result i32 i32 i32)
    (call $after (call $to_host (local.get 0)))))"#;

#[test]
fn mutual_tail_calls_across_instances_and_to_the_host_restore_the_callers_instance() {
    for bounds in both_bounds() {
        let engine = engine(bounds);
        let mut store = Store::new(&engine, ());
        let table = Table::new(
            &mut store,
            TableType {
                elem: WasmType::FuncRef,
                min: 1,
                max: None,
                table64: false,
            },
            Val::FuncRef(None),
        )
        .unwrap();
        let mut linker = Linker::new();
        linker.define("host", "table", table);
        linker.func_wrap(&mut store, "host", "triple", |_, x: i32| Ok(x * 3));
        let b = linker
            .instantiate(&mut store, &Module::new(&engine, B).unwrap())
            .unwrap();
        linker.instance(&mut store, "b", b);
        let a = linker
            .instantiate(&mut store, &Module::new(&engine, A).unwrap())
            .unwrap();
        let ping = a.get_func(&mut store, "ping").unwrap();
        table.set(&mut store, 0, Val::FuncRef(Some(ping))).unwrap();

        // 10^6 tail calls, alternating instances: A adds 1, B adds 2.
        let n = 1_000_000;
        let r = call(&mut store, a, "run", &[Val::I32(n)]).unwrap();
        assert_eq!(
            r,
            [Val::I32(n / 2 * 3), Val::I32(1), Val::I32(112)],
            "{bounds:?}"
        );
        let r = call(&mut store, a, "run", &[Val::I32(3)]).unwrap();
        assert_eq!(r, [Val::I32(4), Val::I32(1), Val::I32(113)], "{bounds:?}");
        let r = call(&mut store, a, "run_host", &[Val::I32(14)]).unwrap();
        assert_eq!(r, [Val::I32(42), Val::I32(1), Val::I32(114)], "{bounds:?}");

        let word = |memory: Memory, store: &Store<()>| {
            u32::from_le_bytes(memory.data(store)[65532..65536].try_into().unwrap())
        };
        let a_memory = a.get_memory(&mut store, "memory").unwrap();
        assert_eq!(word(a_memory, &store), 42, "{bounds:?}");
        // B's memory is larger: a stale heap base would have written there.
        let b_memory = b.get_memory(&mut store, "memory").unwrap();
        assert_eq!(word(b_memory, &store), 0, "{bounds:?}");
    }
}

#[test]
fn growing_tail_calls_still_check_the_stack_limit() {
    // $deep recurses with ordinary calls through $mid, which tail-calls
    // $wide (8 parameters, a larger area than $mid's 1), which tail-calls
    // $deep: the stack grows per level and must end in a trap.
    let engine = engine(BoundsChecks::Explicit);
    let module = Module::new(
        &engine,
        r#"(module
          (func $deep (export "deep") (param i32) (result i32)
            (if (result i32) (i32.eqz (local.get 0))
              (then (i32.const 0))
              (else (i32.add (i32.const 1)
                (call $mid (i32.sub (local.get 0) (i32.const 1)))))))
          (func $mid (param i32) (result i32)
            (return_call $wide (local.get 0) (i32.const 1) (i32.const 2) (i32.const 3)
                               (i32.const 4) (i32.const 5) (i32.const 6) (i32.const 7)))
          (func $wide (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
            (return_call $deep (local.get 0))))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let i = Instance::new(&mut store, &module, &[]).unwrap();
    assert_eq!(
        call(&mut store, i, "deep", &[Val::I32(500)]).unwrap(),
        [Val::I32(500)]
    );
    match call(&mut store, i, "deep", &[Val::I32(1_000_000)]) {
        Err(Error::Trap(t)) => assert_eq!(t.code(), TrapCode::StackOverflow),
        other => panic!("expected call stack exhausted, got {other:?}"),
    }
    assert_eq!(
        call(&mut store, i, "deep", &[Val::I32(7)]).unwrap(),
        [Val::I32(7)]
    );
}

#[test]
fn call_ref_and_return_call_ref_trap_on_null() {
    let engine = engine(BoundsChecks::Explicit);
    let module = Module::new(
        &engine,
        r#"(module
          (type $t (func (param i32) (result i32)))
          (func $inc (type $t) (i32.add (local.get 0) (i32.const 1)))
          (func $count (type $t)
            (if (result i32) (i32.eqz (local.get 0))
              (then (i32.const 100))
              (else (return_call_ref $t (i32.sub (local.get 0) (i32.const 1))
                                        (ref.func $count)))))
          (func (export "call") (param i32) (result i32)
            (call_ref $t (local.get 0) (ref.func $inc)))
          (func (export "count") (param i32) (result i32)
            (return_call_ref $t (local.get 0) (ref.func $count)))
          (func (export "call_null") (param i32) (result i32)
            (call_ref $t (local.get 0) (ref.null $t)))
          (func (export "tail_null") (param i32) (result i32)
            (return_call_ref $t (local.get 0) (ref.null $t)))
          (elem declare func $inc $count))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let i = Instance::new(&mut store, &module, &[]).unwrap();
    assert_eq!(
        call(&mut store, i, "call", &[Val::I32(4)]).unwrap(),
        [Val::I32(5)]
    );
    assert_eq!(
        call(&mut store, i, "count", &[Val::I32(1_000_000)]).unwrap(),
        [Val::I32(100)]
    );
    for name in ["call_null", "tail_null"] {
        match call(&mut store, i, name, &[Val::I32(4)]) {
            Err(Error::Trap(t)) => assert_eq!(t.code(), TrapCode::NullFunctionReference),
            other => panic!("{name}: expected null function reference, got {other:?}"),
        }
    }
}

#[test]
fn a_trap_after_a_tail_call_has_the_callee_in_the_callers_place() {
    // $middle's frame is replaced by $inner's (with a larger argument
    // area): the backtrace follows the frame chain from $inner to $outer.
    let engine = engine(BoundsChecks::Explicit);
    let module = Module::new(
        &engine,
        r#"(module
          (func $inner (param i32 i32 i32) (result i32)
            (i32.div_u (local.get 1) (local.get 0)))
          (func $middle (param i32) (result i32)
            (return_call $inner (local.get 0) (i32.const 1) (i32.const 2)))
          (func $outer (export "outer") (param i32) (result i32)
            (i32.add (call $middle (local.get 0)) (i32.const 1))))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let i = Instance::new(&mut store, &module, &[]).unwrap();
    let Err(Error::Trap(trap)) = call(&mut store, i, "outer", &[Val::I32(0)]) else {
        panic!("expected a trap");
    };
    assert_eq!(trap.code(), TrapCode::IntegerDivisionByZero);
    let frames: Vec<Option<&str>> = trap
        .backtrace()
        .iter()
        .map(|f| f.func_name.as_deref())
        .collect();
    assert_eq!(frames, [Some("inner"), Some("outer")]);
    assert_eq!(
        call(&mut store, i, "outer", &[Val::I32(1)]).unwrap(),
        [Val::I32(2)]
    );
}

#[test]
fn an_isa_without_the_families_reports_them_unsupported() {
    // AArch64 implements neither OpFamily::TailCalls nor WideArithmetic yet.
    let mut config = Config::default();
    config.target(brisk::Target::baseline(brisk::Isa::Aarch64));
    let engine = Engine::new(&config);
    for (wat, what) in [
        (
            "(module (func $f (param i32) (result i32) (return_call $f (local.get 0))))",
            "return_call (tail calls)",
        ),
        (
            "(module (func (param i64 i64) (result i64 i64) \
               (i64.mul_wide_u (local.get 0) (local.get 1))))",
            "i64.mul_wide_u (wide arithmetic)",
        ),
    ] {
        match Module::new(&engine, wat) {
            Err(Error::Compile(e @ brisk::CompileError::Unsupported { .. })) => {
                assert!(e.to_string().contains(what), "{e}")
            }
            other => panic!("{what}: expected Unsupported, got {:?}", other.err()),
        }
    }
}
