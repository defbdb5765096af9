//! GC array accesses at the edges of 32-bit arithmetic, in both bounds
//! modes: indexes `len`, 2^31 and 2^32-1, `fill`/`copy`/`init` ranges whose
//! end wraps past 2^32, lengths near 2^32 for `array.new*`. Each traps with
//! the spec's message and writes nothing; the store stays usable.

#![cfg(target_arch = "x86_64")]

use brisk::{BoundsChecks, Config, Engine, Instance, Module, Store, TrapCode, Val};

mod calls;
use calls::call;

const PROGRAM: &str = r#"(module
  (type $bytes (array (mut i8)))
  (type $words (array (mut i64)))
  (type $pair (struct (field i32) (field i32)))
  (data $d "\01\02\03\04")
  (elem $e i31ref (ref.i31 (i32.const 7)) (ref.i31 (i32.const 8)))
  (type $refs (array (mut i31ref)))
  (global $a (mut (ref null $words)) (ref.null $words))
  (global $r (mut (ref null $refs)) (ref.null $refs))

  ;; A fresh array of 4 words 10, 11, 12, 13 and one of 4 null i31s.
  (func (export "reset")
    (global.set $a (array.new_fixed $words 4
      (i64.const 10) (i64.const 11) (i64.const 12) (i64.const 13)))
    (global.set $r (array.new_default $refs (i32.const 4))))
  ;; The sum of the words (to see that a trapping operator wrote nothing).
  (func (export "sum") (result i64)
    (i64.add
      (i64.add (array.get $words (global.get $a) (i32.const 0))
               (array.get $words (global.get $a) (i32.const 1)))
      (i64.add (array.get $words (global.get $a) (i32.const 2))
               (array.get $words (global.get $a) (i32.const 3)))))
  (func (export "get") (param i32) (result i64)
    (array.get $words (global.get $a) (local.get 0)))
  (func (export "set") (param i32)
    (array.set $words (global.get $a) (local.get 0) (i64.const 99)))
  (func (export "fill") (param i32 i32)
    (array.fill $words (global.get $a) (local.get 0) (i64.const 99) (local.get 1)))
  (func (export "copy") (param i32 i32 i32)
    (array.copy $words $words (global.get $a) (local.get 0)
      (global.get $a) (local.get 1) (local.get 2)))
  (func (export "init_elem") (param i32 i32 i32)
    (array.init_elem $refs $e (global.get $r) (local.get 0) (local.get 1) (local.get 2)))
  (func (export "new") (param i32) (result i32)
    (array.len (array.new $words (i64.const 1) (local.get 0))))
  (func (export "new_default_bytes") (param i32) (result i32)
    (array.len (array.new_default $bytes (local.get 0))))
  (func (export "new_data") (param i32 i32) (result i32)
    (array.len (array.new_data $bytes $d (local.get 0) (local.get 1))))
  (func (export "null_struct") (result i32)
    (struct.get $pair 1 (ref.null $pair)))
  (func (export "null_array") (result i32)
    (array.len (ref.null $words))))"#;

const EDGES: [i32; 5] = [4, 5, i32::MIN, -2, -1];

fn engines() -> Vec<Engine> {
    let guard = BoundsChecks::GuardPages {
        guard_bytes: BoundsChecks::DEFAULT_GUARD,
    };
    [guard, BoundsChecks::Explicit]
        .into_iter()
        .map(|bounds| {
            let mut config = Config::new();
            config.bounds_checks(bounds).gc_heap_limit(64 << 20);
            Engine::new(&config)
        })
        .collect()
}

fn setup(engine: &Engine) -> (Store<()>, Instance) {
    let module = Module::new(engine, PROGRAM).unwrap();
    let mut store = Store::new(engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    call(&mut store, instance, "reset", &[]).unwrap();
    (store, instance)
}

fn i32s(values: &[i32]) -> Vec<Val> {
    values.iter().map(|&v| Val::I32(v)).collect()
}

/// `name(args)` traps with `code` and leaves the words summing to 46.
fn traps_unchanged(
    store: &mut Store<()>,
    instance: Instance,
    name: &str,
    args: &[i32],
    code: TrapCode,
) {
    assert_eq!(
        call(store, instance, name, &i32s(args)),
        Err(code.into()),
        "{name}{args:?}"
    );
    assert_eq!(
        call(store, instance, "sum", &[]).unwrap(),
        [Val::I64(46)],
        "{name}{args:?} wrote before trapping"
    );
}

#[test]
fn indexes_past_the_length_trap() {
    for engine in engines() {
        let (mut store, instance) = setup(&engine);
        for index in EDGES {
            traps_unchanged(
                &mut store,
                instance,
                "get",
                &[index],
                TrapCode::ArrayOutOfBounds,
            );
            traps_unchanged(
                &mut store,
                instance,
                "set",
                &[index],
                TrapCode::ArrayOutOfBounds,
            );
        }
        assert_eq!(
            call(&mut store, instance, "get", &[Val::I32(3)]).unwrap(),
            [Val::I64(13)]
        );
    }
}

#[test]
fn ranges_whose_end_wraps_trap() {
    for engine in engines() {
        let (mut store, instance) = setup(&engine);
        let oob = TrapCode::ArrayOutOfBounds;
        for (d, len) in [
            (1, -1),
            (2, -2),
            (-1, 2),
            (i32::MIN, i32::MIN),
            (4, 1),
            (0, 5),
        ] {
            traps_unchanged(&mut store, instance, "fill", &[d, len], oob);
            traps_unchanged(&mut store, instance, "copy", &[d, 0, len], oob);
            traps_unchanged(&mut store, instance, "copy", &[0, d, len], oob);
        }
        // Empty ranges at the end are fine; one past it is not.
        call(&mut store, instance, "fill", &i32s(&[4, 0])).unwrap();
        call(&mut store, instance, "copy", &i32s(&[4, 4, 0])).unwrap();
        traps_unchanged(&mut store, instance, "fill", &[5, 0], oob);
        // The element segment has 2 entries. The array's range is checked
        // first ("out of bounds array access"), then the segment's ("out of
        // bounds table access"), as the spec's array_init_elem.wast has it.
        let table = TrapCode::TableOutOfBounds;
        for (d, s, len, code) in [
            (0, 1, 2, table),
            (0, -1, 2, table),
            (2, i32::MIN, 1, table),
            (0, 2, -1, oob),
            (3, 0, 2, oob),
            (-1, 0, 2, oob),
        ] {
            let got = call(&mut store, instance, "init_elem", &i32s(&[d, s, len]));
            assert_eq!(got, Err(code.into()), "init_elem({d}, {s}, {len})");
        }
        call(&mut store, instance, "init_elem", &i32s(&[2, 0, 2])).unwrap();
    }
}

#[test]
fn huge_allocations_are_clean_traps() {
    for engine in engines() {
        let (mut store, instance) = setup(&engine);
        for len in [-1, i32::MIN, 1 << 28] {
            let got = call(&mut store, instance, "new", &[Val::I32(len)]);
            assert_eq!(got, Err(TrapCode::GcOutOfMemory.into()), "array.new {len}");
            let got = call(&mut store, instance, "new_default_bytes", &[Val::I32(len)]);
            assert_eq!(
                got,
                Err(TrapCode::GcOutOfMemory.into()),
                "array.new_default {len}"
            );
        }
        // The data segment has 4 bytes.
        for (s, len) in [(0, 5), (1, 4), (-1, 2), (2, -1), (4, 1)] {
            let got = call(&mut store, instance, "new_data", &i32s(&[s, len]));
            assert_eq!(
                got,
                Err(TrapCode::MemoryOutOfBounds.into()),
                "new_data({s}, {len})"
            );
        }
        assert_eq!(
            call(&mut store, instance, "new_data", &i32s(&[1, 3])).unwrap(),
            [Val::I32(3)]
        );
        assert_eq!(
            call(&mut store, instance, "new", &[Val::I32(1000)]).unwrap(),
            [Val::I32(1000)]
        );
    }
}

#[test]
fn null_references_trap() {
    for engine in engines() {
        let (mut store, instance) = setup(&engine);
        let got = call(&mut store, instance, "null_struct", &[]);
        assert_eq!(got, Err(TrapCode::NullStructReference.into()));
        let got = call(&mut store, instance, "null_array", &[]);
        assert_eq!(got, Err(TrapCode::NullArrayReference.into()));
        assert_eq!(
            call(&mut store, instance, "sum", &[]).unwrap(),
            [Val::I64(46)]
        );
    }
}
