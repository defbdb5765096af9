//! Typed function references at the embedding API: tables with
//! initializer expressions, and host writes and calls that must respect
//! declared reference types (`call_ref` trusts them and checks only null).

use brisk::{Engine, Error, Instance, Module, Store, Val};

const WAT: &str = r#"(module
  (type $t (func (result i32)))
  (type $u (func (result i64)))
  (func $ft (export "ft") (type $t) (i32.const 7))
  (func $fu (export "fu") (type $u) (i64.const 8))
  (table $nn (export "nn") 3 (ref $t) (ref.func $ft))
  (table $t (export "t") 2 (ref null $t))
  (global $g (export "g") (mut (ref null $t)) (ref.null $t))
  (func (export "call") (param (ref $t)) (result i32) (call_ref $t (local.get 0)))
  (func (export "call_nn") (param i32) (result i32) (call_indirect $nn (type $t) (local.get 0)))
  (func (export "call_t") (param i32) (result i32) (call_ref $t (table.get $t (local.get 0))))
  (func (export "call_g") (result i32) (call_ref $t (global.get $g))))"#;

fn setup() -> (Store<()>, Instance) {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let module = Module::new(&engine, WAT).expect("module compiles");
    let instance = Instance::new(&mut store, &module, &[]).expect("instantiates");
    (store, instance)
}

fn call_i32(store: &mut Store<()>, i: Instance, name: &str, params: &[Val]) -> Result<i32, Error> {
    let f = i.get_func(&mut *store, name).unwrap();
    let mut r = [Val::I32(0)];
    f.call(&mut *store, params, &mut r)?;
    match r {
        [Val::I32(v)] => Ok(v),
        other => panic!("unexpected results {other:?}"),
    }
}

fn assert_type_error<T: std::fmt::Debug>(r: Result<T, Error>, what: &str) {
    assert!(matches!(r, Err(Error::Type(_))), "{what}: {r:?}");
}

#[test]
fn a_table_initializer_fills_every_element() {
    let (mut store, i) = setup();
    for index in 0..3 {
        assert_eq!(
            call_i32(&mut store, i, "call_nn", &[Val::I32(index)]),
            Ok(7)
        );
    }
}

#[test]
fn host_writes_must_be_of_the_declared_reference_type() {
    let (mut store, i) = setup();
    let ft = Val::FuncRef(i.get_func(&mut store, "ft"));
    let fu = Val::FuncRef(i.get_func(&mut store, "fu"));
    let nn = i.get_table(&mut store, "nn").unwrap();
    let t = i.get_table(&mut store, "t").unwrap();
    let g = i.get_global(&mut store, "g").unwrap();

    assert_type_error(t.set(&mut store, 0, fu), "a function of another type");
    assert_type_error(
        nn.set(&mut store, 0, Val::FuncRef(None)),
        "null into (ref $t)",
    );
    assert_type_error(
        nn.grow(&mut store, 1, Val::FuncRef(None)),
        "grow (ref $t) with null",
    );
    assert_type_error(g.set(&mut store, fu), "a global of (ref null $t)");
    assert_type_error(t.grow(&mut store, 1, Val::ExternRef(None)), "an externref");

    t.set(&mut store, 1, ft).unwrap();
    g.set(&mut store, ft).unwrap();
    assert_eq!(call_i32(&mut store, i, "call_t", &[Val::I32(1)]), Ok(7));
    assert_eq!(call_i32(&mut store, i, "call_g", &[]), Ok(7));
    t.set(&mut store, 1, Val::FuncRef(None)).unwrap();
    assert!(call_i32(&mut store, i, "call_t", &[Val::I32(1)]).is_err());
}

#[test]
fn host_calls_pass_arguments_of_the_declared_reference_type() {
    let (mut store, i) = setup();
    let ft = Val::FuncRef(i.get_func(&mut store, "ft"));
    let fu = Val::FuncRef(i.get_func(&mut store, "fu"));
    assert_type_error(
        call_i32(&mut store, i, "call", &[Val::FuncRef(None)]),
        "null",
    );
    assert_type_error(call_i32(&mut store, i, "call", &[fu]), "another type");
    assert_eq!(call_i32(&mut store, i, "call", &[ft]), Ok(7));
}
