//! Exceptions through the API: traps are never caught by Wasm handlers
//! (new and legacy), an uncaught exception reaches the host as an error
//! naming its tag with its payload and the store stays usable, tags are
//! linked by identity and type, exnrefs survive globals and `throw_ref`,
//! and 10^7 throw/catch iterations keep memory bounded.

use brisk::{
    Engine, Error, Exception, Extern, FuncType, Instance, Linker, Module, Store, Tag, TrapCode,
    Val, WasmType,
};

mod calls;

use calls::call;

fn instantiate(store: &mut Store<()>, linker: &Linker<()>, wat: &str) -> Instance {
    let module = Module::new(store.engine(), wat).expect("module compiles");
    linker
        .instantiate(store, &module)
        .expect("module instantiates")
}

const TRAPS: &str = r#"(module
  (import "host" "fail" (func $fail))
  (tag $e)
  (func $div (param i32) (result i32) (i32.div_u (i32.const 1) (local.get 0)))
  (func (export "unreachable") (result i32)
    (block $h (try_table (catch_all $h) (unreachable))) (i32.const 1))
  (func (export "div") (result i32)
    (block $h (result exnref)
      (try_table (result i32) (catch_all_ref $h) (call $div (i32.const 0)))
      (return))
    (drop) (i32.const 1))
  (func (export "host") (result i32)
    (block $h (try_table (catch_all $h) (call $fail))) (i32.const 1))
  (func (export "legacy") (result i32)
    try (result i32) (call $div (i32.const 0)) catch_all (i32.const 1) end)
  (func (export "caught") (result i32)
    (block $h (try_table (catch_all $h) (throw $e))) (i32.const 2)))"#;

/// (a) A trap unwinds to the host whatever handler is on the way.
#[test]
fn catch_all_never_catches_a_trap() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let mut linker = Linker::new();
    linker.func_wrap(&mut store, "host", "fail", |_, ()| -> Result<(), Error> {
        Err(Error::Type("host failure".into()))
    });
    let inst = instantiate(&mut store, &linker, TRAPS);
    for (name, code) in [
        ("unreachable", TrapCode::Unreachable),
        ("div", TrapCode::IntegerDivisionByZero),
        ("legacy", TrapCode::IntegerDivisionByZero),
    ] {
        let e = call(&mut store, inst, name, &[]).unwrap_err();
        assert_eq!(e.trap_code(), Some(code), "{name}: {e}");
    }
    let e = call(&mut store, inst, "host", &[]).unwrap_err();
    assert!(e.to_string().contains("host failure"), "{e}");
    // The handlers themselves work.
    assert_eq!(
        call(&mut store, inst, "caught", &[]).unwrap(),
        [Val::I32(2)]
    );
}

const THROWER: &str = r#"(module
  (tag $e (export "e") (param i32 i64 f64))
  (tag $other (export "other"))
  (func (export "throw") (param i32)
    (throw $e (local.get 0) (i64.const -5) (f64.const 2.5)))
  (func (export "nested") (param i32)
    (block $h
      (try_table (catch $other $h) (call 0 (local.get 0)))))
  (func (export "add") (param i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1))))"#;

/// (b) The host sees the tag and payload; the store stays usable.
#[test]
fn uncaught_exception_is_an_error_with_tag_and_payload() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let linker = Linker::new();
    let inst = instantiate(&mut store, &linker, THROWER);
    let Some(Extern::Tag(e)) = inst.get_export(&mut store, "e") else {
        panic!("tag export");
    };
    let Some(Extern::Tag(other)) = inst.get_export(&mut store, "other") else {
        panic!("tag export");
    };
    assert_ne!(e, other);
    assert_eq!(
        e.ty(&store),
        FuncType {
            params: vec![WasmType::I32, WasmType::I64, WasmType::F64],
            results: vec![],
        }
    );
    for (name, arg) in [("throw", 7), ("nested", 9), ("throw", 11)] {
        match call(&mut store, inst, name, &[Val::I32(arg)]) {
            Err(Error::Exception(exn)) => {
                assert_eq!(exn.tag(), e, "{name}");
                assert_eq!(
                    exn.payload(),
                    [Val::I32(arg), Val::I64(-5), Val::F64(2.5f64.to_bits())]
                );
                assert!(exn.to_string().contains("uncaught exception"));
            }
            other => panic!("{name}: expected an exception, got {other:?}"),
        }
        // The store goes on as before.
        assert_eq!(
            call(&mut store, inst, "add", &[Val::I32(arg), Val::I32(1)]).unwrap(),
            [Val::I32(arg + 1)]
        );
    }
}

/// Tags link by identity: an imported tag is the exporter's, a host tag is
/// its own; the types must be equal.
#[test]
fn tags_link_by_identity_and_type() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let mut linker = Linker::new();
    let i32_tag = FuncType {
        params: vec![WasmType::I32],
        results: vec![],
    };
    let host_tag = Tag::new(&mut store, &i32_tag).unwrap();
    assert!(
        Tag::new(
            &mut store,
            &FuncType {
                params: vec![],
                results: vec![WasmType::I32],
            }
        )
        .is_err()
    );
    linker.define("host", "t", host_tag);
    let thrower = instantiate(&mut store, &linker, THROWER);
    linker.instance(&mut store, "thrower", thrower);
    let catcher = instantiate(
        &mut store,
        &linker,
        r#"(module
          (import "thrower" "e" (tag $e (param i32 i64 f64)))
          (import "host" "t" (tag $t (param i32)))
          (import "thrower" "throw" (func $throw (param i32)))
          (func (export "catch") (param i32) (result i32)
            (block $h (result i32 i64 f64)
              (try_table (catch $e $h) (call $throw (local.get 0)))
              (unreachable))
            (drop) (drop))
          (func (export "host-tag") (param i32) (result i32)
            (block $h (result i32)
              (try_table (catch $t $h) (throw $t (local.get 0)))
              (unreachable))))"#,
    );
    assert_eq!(
        call(&mut store, catcher, "catch", &[Val::I32(42)]).unwrap(),
        [Val::I32(42)]
    );
    assert_eq!(
        call(&mut store, catcher, "host-tag", &[Val::I32(3)]).unwrap(),
        [Val::I32(3)]
    );
    let mismatch =
        Module::new(&engine, r#"(module (import "host" "t" (tag (param i64))))"#).unwrap();
    assert!(matches!(
        linker.instantiate(&mut store, &mismatch),
        Err(Error::Unlinkable(_))
    ));
}

/// Exnrefs kept in a global are thrown again later, across calls; legacy
/// `rethrow` and `delegate` reach the right handlers.
#[test]
fn exnrefs_and_legacy_rethrow() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let linker = Linker::new();
    let inst = instantiate(
        &mut store,
        &linker,
        r#"(module
          (tag $e (param i32))
          (global $g (mut exnref) (ref.null exn))
          (func (export "keep") (param i32)
            (block $h (result i32 exnref)
              (try_table (catch_ref $e $h) (throw $e (local.get 0)))
              (unreachable))
            (global.set $g) (drop))
          (func (export "rethrow-kept") (result i32)
            (block $h (result i32)
              (try_table (catch $e $h) (throw_ref (global.get $g)))
              (unreachable)))
          (func (export "legacy") (param i32) (result i32)
            try (result i32)
              try (result i32)
                try (throw $e (local.get 0)) delegate 1
                (i32.const 0)
              catch_all (i32.const -1)
              end
            catch $e
              (drop)
              try (result i32)
                rethrow 1
              catch $e (i32.add (i32.const 100))
              end
            end)
          (func (export "null") (throw_ref (ref.null exn))))"#,
    );
    call(&mut store, inst, "keep", &[Val::I32(5)]).unwrap();
    for _ in 0..3 {
        assert_eq!(
            call(&mut store, inst, "rethrow-kept", &[]).unwrap(),
            [Val::I32(5)]
        );
    }
    assert_eq!(
        call(&mut store, inst, "legacy", &[Val::I32(7)]).unwrap(),
        [Val::I32(107)]
    );
    let e = call(&mut store, inst, "null", &[]).unwrap_err();
    assert_eq!(e.trap_code(), Some(TrapCode::NullReference), "{e}");
}

/// The resident set size in KiB.
fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// (f) Caught exceptions are freed: 10^7 throw/catch iterations (payload
/// copied out, through a frame without a handler) in bounded memory.
#[test]
fn ten_million_throws_keep_memory_bounded() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let linker = Linker::new();
    let inst = instantiate(
        &mut store,
        &linker,
        r#"(module
          (tag $e (param i64))
          (func $thrower (param i64) (throw $e (local.get 0)))
          (func (export "loop") (param i32) (result i64)
            (local $sum i64)
            (loop $next
              (block $h (result i64)
                (try_table (catch $e $h)
                  (call $thrower (i64.extend_i32_u (local.get 0))))
                (unreachable))
              (local.set $sum (i64.add (local.get $sum)))
              (br_if $next (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
            (local.get $sum)))"#,
    );
    let run = |store: &mut Store<()>, n: i64| {
        let r = call(store, inst, "loop", &[Val::I32(n as i32)]).unwrap();
        assert_eq!(r, [Val::I64(n * (n + 1) / 2)]);
    };
    run(&mut store, 1_000_000);
    let before = rss_kib();
    run(&mut store, 10_000_000);
    let grown = rss_kib().saturating_sub(before);
    // A leak of one exception per throw would be hundreds of MiB.
    assert!(grown < 16 * 1024, "RSS grew by {grown} KiB");
}

/// A host function throws into Wasm: a handler in its caller catches the
/// payload; uncaught, the exception comes out of the outermost call.
#[test]
fn host_functions_throw_into_wasm() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let mut linker = Linker::new();
    let ty = FuncType {
        params: vec![WasmType::I32],
        results: vec![],
    };
    let tag = Tag::new(&mut store, &ty).unwrap();
    linker.define("host", "t", tag);
    let thrower = brisk::Func::new(&mut store, ty.clone(), move |caller, params, _| {
        let exn = Exception::new(&caller, tag, vec![params[0]])?;
        Err(Error::Exception(exn))
    });
    linker.define("host", "throw", thrower);
    let inst = instantiate(
        &mut store,
        &linker,
        r#"(module
          (import "host" "t" (tag $t (param i32)))
          (import "host" "throw" (func $throw (param i32)))
          (func $inner (param i32) (result i32)
            (call $throw (local.get 0))
            (i32.const -1))
          (func (export "catch") (param i32) (result i32)
            (block $h (result i32)
              (try_table (catch $t $h) (return (call $inner (local.get 0))))
              (unreachable))
            (i32.const 1000)
            (i32.add))
          (func (export "uncaught") (param i32) (call $throw (local.get 0))))"#,
    );
    assert_eq!(
        call(&mut store, inst, "catch", &[Val::I32(5)]).unwrap(),
        [Val::I32(1005)]
    );
    match call(&mut store, inst, "uncaught", &[Val::I32(6)]) {
        Err(Error::Exception(exn)) => {
            assert_eq!(exn.tag(), tag);
            assert_eq!(exn.payload(), [Val::I32(6)]);
        }
        other => panic!("expected an exception, got {other:?}"),
    }
    assert!(Exception::new(&store, tag, vec![Val::I64(1)]).is_err());
}

/// The handler's frame gets its local registers back: the frames between
/// it and the throw pin (and clobber) locals of their own, and the
/// unwinder restores each register from the outermost skipped frame that
/// saved it, so the handler sees its locals as they were at the call.
#[test]
fn handlers_see_their_pinned_locals() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let linker = Linker::new();
    let inst = instantiate(
        &mut store,
        &linker,
        r#"(module
          (tag $e)
          (func $throw (param i64 i64 i64)
            (throw $e))
          (func $middle (param i64)
            (local $a i64) (local $b i64)
            (local.set $a (i64.const 1000))
            (local.set $b (i64.const 2000))
            (call $throw (local.get 0) (local.get $a) (local.get $b)))
          (func (export "f") (param $x i64) (param $y i64) (param $z i64) (result i64)
            (local.set $x (i64.add (local.get $x) (i64.const 1)))
            (block $h
              (try_table (catch $e $h) (call $middle (i64.const 7))))
            (i64.add (i64.mul (local.get $x) (i64.const 100))
              (i64.add (i64.mul (local.get $y) (i64.const 10)) (local.get $z)))))"#,
    );
    assert_eq!(
        call(
            &mut store,
            inst,
            "f",
            &[Val::I64(1), Val::I64(2), Val::I64(3)]
        )
        .unwrap(),
        [Val::I64(223)]
    );
}

/// An exnref handed to the host stays valid: thrown again through a
/// parameter it reaches the host as the same exception; another store
/// refuses it.
#[test]
fn exnrefs_through_the_host() {
    let engine = Engine::default();
    let wat = r#"(module
      (tag $e (export "e") (param i32))
      (func (export "make") (result exnref)
        (block $h (result exnref)
          (try_table (catch_all_ref $h) (throw $e (i32.const 9)))
          (unreachable)))
      (func (export "rethrow") (param exnref) (throw_ref (local.get 0))))"#;
    let mut store = Store::new(&engine, ());
    let inst = instantiate(&mut store, &Linker::new(), wat);
    let exn = call(&mut store, inst, "make", &[]).unwrap()[0];
    assert!(matches!(exn, Val::ExnRef(Some(_))));
    for _ in 0..2 {
        match call(&mut store, inst, "rethrow", &[exn]) {
            Err(Error::Exception(e)) => assert_eq!(e.payload(), [Val::I32(9)]),
            other => panic!("expected the exception, got {other:?}"),
        }
    }
    let mut other = Store::new(&engine, ());
    let inst = instantiate(&mut other, &Linker::new(), wat);
    assert!(matches!(
        call(&mut other, inst, "rethrow", &[exn]),
        Err(Error::Type(_))
    ));
}
