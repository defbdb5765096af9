//! Type identity (Wasm 3.0, iso-recursive): function types in a rec group,
//! finality and declared supertypes, as `call_indirect` and import linking
//! see them, within a module, across modules and for host functions.

use brisk::{
    Engine, Error, Extern, Func, FuncType, Instance, Module, Store, TrapCode, Val, WasmType,
};

fn instantiate(store: &mut Store<()>, wat: &str, imports: &[Extern]) -> Result<Instance, Error> {
    let module = Module::new(store.engine(), wat).expect("module compiles");
    Instance::new(store, &module, imports)
}

fn call(store: &mut Store<()>, instance: Instance, name: &str, arg: i32) -> Result<i32, Error> {
    let f = instance.get_func(store, name).expect("export exists");
    let mut results = [Val::I32(0)];
    f.call(&mut *store, &[Val::I32(arg)], &mut results)?;
    match results {
        [Val::I32(v)] => Ok(v),
        other => panic!("unexpected results {other:?}"),
    }
}

fn export(store: &mut Store<()>, instance: Instance, name: &str) -> Extern {
    instance.get_export(store, name).expect("export exists")
}

fn assert_unlinkable(result: Result<Instance, Error>) {
    match result {
        Err(Error::Unlinkable(msg)) => assert!(
            msg.contains("incompatible import type"),
            "unexpected message {msg:?}"
        ),
        other => panic!("expected an incompatible import type, got {other:?}"),
    }
}

/// `$a` and `$b` are the two members of one rec group, `$c` the same
/// signature alone: three different types.
const THREE_TYPES: &str = r#"(module
  (rec (type $a (func (result i32))) (type $b (func (result i32))))
  (type $c (func (result i32)))
  (table (export "table") funcref (elem $fa $fb $fc))
  (func $fa (export "fa") (type $a) (i32.const 10))
  (func $fb (export "fb") (type $b) (i32.const 11))
  (func $fc (export "fc") (type $c) (i32.const 12))
  (func (export "call_a") (param i32) (result i32) (call_indirect (type $a) (local.get 0)))
  (func (export "call_b") (param i32) (result i32) (call_indirect (type $b) (local.get 0)))
  (func (export "call_c") (param i32) (result i32) (call_indirect (type $c) (local.get 0))))"#;

#[test]
fn call_indirect_tells_rec_group_members_and_singletons_apart() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let i = instantiate(&mut store, THREE_TYPES, &[]).unwrap();
    for (caller, own) in ["call_a", "call_b", "call_c"].into_iter().zip(0..) {
        for index in 0..3 {
            let expected = if index == own {
                Ok(10 + index)
            } else {
                Err(Error::from(TrapCode::IndirectCallTypeMismatch))
            };
            assert_eq!(
                call(&mut store, i, caller, index),
                expected,
                "{caller}({index})"
            );
        }
    }
}

#[test]
fn equal_rec_groups_in_other_modules_are_the_same_types() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let owner = instantiate(&mut store, THREE_TYPES, &[]).unwrap();
    let table = export(&mut store, owner, "table");
    // The same group at other module type indices, after an unrelated type.
    let user = instantiate(
        &mut store,
        r#"(module
          (type (func (param f64)))
          (rec (type $a (func (result i32))) (type $b (func (result i32))))
          (type $c (func (result i32)))
          (import "m" "table" (table 3 funcref))
          (func (export "call_a") (param i32) (result i32) (call_indirect (type $a) (local.get 0)))
          (func (export "call_b") (param i32) (result i32) (call_indirect (type $b) (local.get 0)))
          (func (export "call_c") (param i32) (result i32) (call_indirect (type $c) (local.get 0))))"#,
        std::slice::from_ref(&table),
    )
    .unwrap();
    let trap = || Err(Error::from(TrapCode::IndirectCallTypeMismatch));
    assert_eq!(call(&mut store, user, "call_a", 0), Ok(10));
    assert_eq!(call(&mut store, user, "call_b", 1), Ok(11));
    assert_eq!(call(&mut store, user, "call_c", 2), Ok(12));
    assert_eq!(call(&mut store, user, "call_a", 1), trap());
    assert_eq!(call(&mut store, user, "call_b", 0), trap());
    assert_eq!(call(&mut store, user, "call_c", 0), trap());
    // The group with its members swapped is the same group: both have the
    // same structure, so `$b` here is the other's `$a`.
    let swapped = instantiate(
        &mut store,
        r#"(module
          (rec (type $b (func (result i32))) (type $a (func (result i32))))
          (import "m" "table" (table 3 funcref))
          (func (export "call_b") (param i32) (result i32) (call_indirect (type $b) (local.get 0))))"#,
        &[table],
    )
    .unwrap();
    assert_eq!(call(&mut store, swapped, "call_b", 0), Ok(10));
    assert_eq!(call(&mut store, swapped, "call_b", 1), trap());
}

#[test]
fn references_to_other_groups_are_part_of_the_identity() {
    // `$f` shares its group with a struct pointing at the type before it.
    let module = |before: &str| {
        format!(
            r#"(module
              (type $x {before})
              (rec (type $f (func (result i32))) (type (struct (field (ref $x)))))
              (table (export "table") 1 funcref)
              (elem (i32.const 0) $g)
              (func $g (type $f) (i32.const 7))
              (func (export "call") (param i32) (result i32)
                (call_indirect (type $f) (local.get 0))))"#
        )
    };
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let owner = instantiate(&mut store, &module("(func)"), &[]).unwrap();
    let same = instantiate(&mut store, &module("(func)"), &[]).unwrap();
    let other = instantiate(&mut store, &module("(func (param i32))"), &[]).unwrap();
    let table = |store: &mut Store<()>, i| match export(store, i, "table") {
        Extern::Table(t) => t,
        _ => panic!("not a table"),
    };
    let owner_table = table(&mut store, owner);
    let g = owner_table.get(&mut store, 0).unwrap();
    for (user, expected) in [
        (same, Ok(7)),
        (other, Err(Error::from(TrapCode::IndirectCallTypeMismatch))),
    ] {
        table(&mut store, user).set(&mut store, 0, g).unwrap();
        assert_eq!(call(&mut store, user, "call", 0), expected);
    }
}

#[test]
fn imports_match_rec_group_members_exactly() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let owner = instantiate(&mut store, THREE_TYPES, &[]).unwrap();
    let importer = |ty: &str| {
        format!(
            r#"(module
              (rec (type $a (func (result i32))) (type $b (func (result i32))))
              (type $c (func (result i32)))
              (import "m" "f" (func (type {ty}))))"#
        )
    };
    for (export_name, own) in [("fa", "$a"), ("fb", "$b"), ("fc", "$c")] {
        for ty in ["$a", "$b", "$c"] {
            let f = export(&mut store, owner, export_name);
            let result = instantiate(&mut store, &importer(ty), &[f]);
            if ty == own {
                result.unwrap();
            } else {
                assert_unlinkable(result);
            }
        }
    }
}

#[test]
fn host_functions_have_the_plain_singleton_type() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let ty = FuncType {
        params: vec![],
        results: vec![WasmType::I32],
    };
    let host = Func::new(&mut store, ty, |_, _, results| {
        results[0] = Val::I32(5);
        Ok(())
    });
    let plain = instantiate(
        &mut store,
        r#"(module
          (import "h" "f" (func $f (result i32)))
          (func (export "run") (param i32) (result i32) (call $f)))"#,
        &[host.into()],
    )
    .unwrap();
    assert_eq!(call(&mut store, plain, "run", 0), Ok(5));
    // An explicit singleton group is the same type.
    instantiate(
        &mut store,
        r#"(module (rec (type $t (func (result i32)))) (import "h" "f" (func (type $t))))"#,
        &[host.into()],
    )
    .unwrap();
    for ty in [
        "(rec (type $t (func (result i32))) (type (func (result i32))))",
        "(rec (type (func (result i32))) (type $t (func (result i32))))",
        "(type $t (sub (func (result i32))))",
    ] {
        let wat = format!(r#"(module {ty} (import "h" "f" (func (type $t))))"#);
        assert_unlinkable(instantiate(&mut store, &wat, &[host.into()]));
    }
}

#[test]
fn host_functions_of_each_reference_type_link_as_declared() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    for (ty, text) in [
        (WasmType::FuncRef, "funcref"),
        (WasmType::ExternRef, "externref"),
        (WasmType::ExnRef, "exnref"),
    ] {
        let sig = FuncType {
            params: vec![ty],
            results: vec![ty],
        };
        let host = Func::new(&mut store, sig, |_, params, results| {
            results[0] = params[0];
            Ok(())
        });
        let wat = format!(r#"(module (import "h" "f" (func (param {text}) (result {text}))))"#);
        instantiate(&mut store, &wat, &[host.into()]).unwrap_or_else(|e| panic!("{text}: {e}"));
        // A typed reference is another type.
        let wat = format!(
            r#"(module (type $t (func)) (import "h" "f" (func (param (ref null $t)) (result {text}))))"#
        );
        assert_unlinkable(instantiate(&mut store, &wat, &[host.into()]));
    }
}

/// Types differing only in finality or declared supertype: `$open` is
/// non-final, `$sub` declares it as supertype, `$closed` is `$sub`
/// declared final, `$plain` is final without supertype.
const FINALITY: &str = r#"
  (type $open (sub (func (result i32))))
  (type $sub (sub $open (func (result i32))))
  (type $closed (sub final $open (func (result i32))))
  (type $plain (func (result i32)))"#;

#[test]
fn finality_and_supertypes_are_part_of_the_identity() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let owner = instantiate(
        &mut store,
        &format!(
            r#"(module {FINALITY}
              (table (export "table") funcref (elem $fo $fs $fc $fp))
              (func $fo (export "open") (type $open) (i32.const 0))
              (func $fs (export "sub") (type $sub) (i32.const 1))
              (func $fc (export "closed") (type $closed) (i32.const 2))
              (func $fp (export "plain") (type $plain) (i32.const 3))
              (func (export "call_closed") (param i32) (result i32)
                (call_indirect (type $closed) (local.get 0)))
              (func (export "call_plain") (param i32) (result i32)
                (call_indirect (type $plain) (local.get 0))))"#
        ),
        &[],
    )
    .unwrap();
    for (caller, own) in [("call_closed", 2), ("call_plain", 3)] {
        for index in 0..4 {
            let expected = if index == own {
                Ok(index)
            } else {
                Err(Error::from(TrapCode::IndirectCallTypeMismatch))
            };
            assert_eq!(
                call(&mut store, owner, caller, index),
                expected,
                "{caller}({index})"
            );
        }
    }
    // Import linking accepts the type itself and a declared subtype.
    let matches = |actual: &str, expected: &str| {
        actual == expected || (expected == "open" && matches!(actual, "sub" | "closed"))
    };
    for actual in ["open", "sub", "closed", "plain"] {
        for expected in ["open", "sub", "closed", "plain"] {
            let wat = format!(r#"(module {FINALITY} (import "m" "f" (func (type ${expected}))))"#);
            let f = export(&mut store, owner, actual);
            let result = instantiate(&mut store, &wat, &[f]);
            if matches(actual, expected) {
                result.unwrap_or_else(|e| panic!("{actual} as {expected}: {e}"));
            } else {
                assert_unlinkable(result);
            }
        }
    }
}

/// A hierarchy of function types: `$mid` and `$sib` below `$root`, `$leaf`
/// below `$mid`, and `$plain` outside it. (`$sib` is final: as a non-final
/// subtype of `$root` it would be the same type as `$mid`.)
const HIERARCHY: &str = r#"
  (type $root (sub (func (result i32))))
  (type $mid (sub $root (func (result i32))))
  (type $leaf (sub final $mid (func (result i32))))
  (type $sib (sub final $root (func (result i32))))
  (type $plain (func (result i32)))"#;

#[test]
fn call_indirect_to_a_non_final_type_accepts_its_subtypes_from_any_module() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let caller = instantiate(
        &mut store,
        &format!(
            r#"(module {HIERARCHY}
              (table $t (export "table") 6 funcref)
              (elem (table $t) (i32.const 0) func $root $mid $leaf $sib $plain)
              (func $root (type $root) (i32.const 0))
              (func $mid (type $mid) (i32.const 1))
              (func $leaf (type $leaf) (i32.const 2))
              (func $sib (type $sib) (i32.const 3))
              (func $plain (type $plain) (i32.const 4))
              (func (export "call_root") (param i32) (result i32)
                (call_indirect (type $root) (local.get 0)))
              (func (export "call_mid") (param i32) (result i32)
                (call_indirect (type $mid) (local.get 0)))
              (func (export "tail_call_mid") (param i32) (result i32)
                (return_call_indirect (type $mid) (local.get 0))))"#
        ),
        &[],
    )
    .unwrap();
    // Another module declares the same hierarchy (the same types) and a
    // subtype of `$mid` of its own, and puts a function of it in slot 5.
    let table = export(&mut store, caller, "table");
    instantiate(
        &mut store,
        &format!(
            r#"(module {HIERARCHY}
              (type $other (sub $mid (func (result i32))))
              (import "m" "table" (table 6 funcref))
              (elem (i32.const 5) func $other)
              (func $other (type $other) (i32.const 5)))"#
        ),
        &[table],
    )
    .unwrap();
    let mismatch = || Err(Error::from(TrapCode::IndirectCallTypeMismatch));
    // By slot: root, mid, leaf, sib, plain, the other module's subtype.
    let below_root = [true, true, true, true, false, true];
    let below_mid = [false, true, true, false, false, true];
    for (name, accepted) in [
        ("call_root", below_root),
        ("call_mid", below_mid),
        ("tail_call_mid", below_mid),
    ] {
        for (index, ok) in (0..).zip(accepted) {
            let expected = if ok { Ok(index) } else { mismatch() };
            assert_eq!(
                call(&mut store, caller, name, index),
                expected,
                "{name}({index})"
            );
        }
    }
}

#[test]
fn call_indirect_to_a_non_final_type_checks_null_and_bounds_first() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let i = instantiate(
        &mut store,
        &format!(
            r#"(module {HIERARCHY}
              (table 1 funcref)
              (func (export "call_root") (param i32) (result i32)
                (call_indirect (type $root) (local.get 0))))"#
        ),
        &[],
    )
    .unwrap();
    assert_eq!(
        call(&mut store, i, "call_root", 0),
        Err(Error::from(TrapCode::UninitializedElement))
    );
    assert_eq!(
        call(&mut store, i, "call_root", 1),
        Err(Error::from(TrapCode::UndefinedElement))
    );
}
