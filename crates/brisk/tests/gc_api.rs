//! GC references at the embedding API: i31 values both ways, host values
//! through `any.convert_extern`/`extern.convert_any` keep their data,
//! struct and array fields read from the host, typed parameters checked
//! against the declared GC type, and rooting: a host-held object survives
//! collections, and an unrooted handle is a clean error in every copy.

use brisk::{AnyRef, Engine, Error, ExternRef, I31, Instance, Module, Store, Val};

mod calls;

const WAT: &str = r#"(module
  (type $pt (struct (field i8) (field (mut i64)) (field anyref) (field f32)))
  (type $arr (array (mut i16)))
  (type $node (struct (field (mut anyref))))
  (func (export "i31_get_s") (param anyref) (result i32)
    (i31.get_s (ref.cast i31ref (local.get 0))))
  (func (export "make_i31") (param i32) (result anyref) (ref.i31 (local.get 0)))
  (func (export "internalize") (param externref) (result anyref)
    (any.convert_extern (local.get 0)))
  (func (export "externalize") (param anyref) (result externref)
    (extern.convert_any (local.get 0)))
  (func (export "is_eq") (param anyref) (result i32) (ref.test eqref (local.get 0)))
  (func (export "make_struct") (param i64) (result anyref)
    (struct.new $pt (i32.const -1) (local.get 0) (ref.i31 (i32.const 7)) (f32.const 1.5)))
  (func (export "make_array") (param i32) (result anyref)
    (array.new $arr (i32.const 0xffff) (local.get 0)))
  (func (export "take_struct") (param (ref $pt)) (result i64)
    (struct.get $pt 1 (local.get 0)))
  ;; Allocates `n` short-lived two-node cycles.
  (func (export "churn") (param $n i32)
    (local $a (ref null $node))
    (loop $l
      (local.set $a (struct.new $node (ref.null any)))
      (struct.set $node 0 (local.get $a) (struct.new $node (local.get $a)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))))"#;

fn setup() -> (Store<()>, Instance) {
    let engine = Engine::default();
    let module = Module::new(&engine, WAT).expect("module compiles");
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).expect("module instantiates");
    (store, instance)
}

/// Calls export `name`, which has at most one result.
fn call(
    store: &mut Store<()>,
    instance: Instance,
    name: &str,
    params: &[Val],
) -> Result<Option<Val>, Error> {
    Ok(calls::call(store, instance, name, params)?.pop())
}

fn anyref(v: Option<Val>) -> AnyRef {
    match v {
        Some(Val::AnyRef(Some(a))) => a,
        other => panic!("expected a non-null anyref, got {other:?}"),
    }
}

#[test]
fn i31_values_wrap_to_31_bits_both_ways() {
    assert_eq!(I31::wrapping_i32(-1).get_u32(), 0x7fff_ffff);
    assert_eq!(I31::wrapping_i32(-1).get_i32(), -1);
    assert_eq!(I31::wrapping_u32(0x4000_0000).get_i32(), -0x4000_0000);
    assert_eq!(I31::new_i32(0x4000_0000), None, "one past the largest");
    assert_eq!(
        I31::new_i32(-0x4000_0000).map(I31::get_i32),
        Some(-0x4000_0000)
    );
    assert_eq!(I31::new_u32(0x8000_0000), None);

    let (mut store, instance) = setup();
    let made = anyref(call(&mut store, instance, "make_i31", &[Val::I32(-5)]).unwrap());
    assert_eq!(made.as_i31().map(I31::get_i32), Some(-5));
    assert!(!made.is_struct(&store).unwrap());
    let arg = Val::AnyRef(Some(AnyRef::from_i31(I31::wrapping_i32(0x7fff_fffd))));
    assert_eq!(
        call(&mut store, instance, "i31_get_s", &[arg]).unwrap(),
        Some(Val::I32(-3))
    );
    assert_eq!(AnyRef::rooted_count(&store), 0, "i31s need no root");
}

#[test]
fn host_values_keep_their_data_through_any_and_back() {
    let (mut store, instance) = setup();
    let host = ExternRef::new(&mut store, "hello");
    let internal = anyref(
        call(
            &mut store,
            instance,
            "internalize",
            &[Val::ExternRef(Some(host))],
        )
        .unwrap(),
    );
    assert_eq!(internal, AnyRef::convert_extern(host));
    assert_eq!(internal.as_i31(), None);
    assert_eq!(
        call(
            &mut store,
            instance,
            "is_eq",
            &[Val::AnyRef(Some(internal))]
        )
        .unwrap(),
        Some(Val::I32(0)),
        "a host value is only an anyref"
    );
    let back = call(
        &mut store,
        instance,
        "externalize",
        &[Val::AnyRef(Some(internal))],
    )
    .unwrap();
    let Some(Val::ExternRef(Some(back))) = back else {
        panic!("expected an externref, got {back:?}");
    };
    let data = back.data(&store).expect("a host value");
    assert_eq!(data.downcast_ref::<&str>(), Some(&"hello"));

    let i31 = Val::AnyRef(Some(AnyRef::from_i31(I31::wrapping_i32(9))));
    let Some(Val::ExternRef(Some(e))) = call(&mut store, instance, "externalize", &[i31]).unwrap()
    else {
        panic!("expected an externref");
    };
    assert!(
        e.data(&store).is_none(),
        "an externalized i31 has no host data"
    );
    assert_eq!(
        AnyRef::convert_extern(e).as_i31().map(I31::get_i32),
        Some(9)
    );
}

#[test]
fn struct_and_array_fields_read_from_the_host() {
    let (mut store, instance) = setup();
    let s = anyref(call(&mut store, instance, "make_struct", &[Val::I64(42)]).unwrap());
    assert!(s.is_struct(&store).unwrap());
    assert!(s.as_array(&store).unwrap().is_none());
    let s = s.as_struct(&store).unwrap().expect("a struct");
    assert_eq!(s.field_count(&store).unwrap(), 4);
    assert_eq!(
        s.field(&mut store, 0).unwrap(),
        Val::I32(0xff),
        "i8 zero-extended"
    );
    assert_eq!(s.field(&mut store, 1).unwrap(), Val::I64(42));
    let Val::AnyRef(Some(inner)) = s.field(&mut store, 2).unwrap() else {
        panic!("an anyref field");
    };
    assert_eq!(inner.as_i31().map(I31::get_i32), Some(7));
    assert_eq!(s.field(&mut store, 3).unwrap(), Val::F32(1.5f32.to_bits()));
    assert!(s.field(&mut store, 4).is_err());

    let a = anyref(call(&mut store, instance, "make_array", &[Val::I32(3)]).unwrap());
    let a = a.as_array(&store).unwrap().expect("an array");
    assert_eq!(a.len(&store).unwrap(), 3);
    assert_eq!(
        a.get(&mut store, 2).unwrap(),
        Val::I32(0xffff),
        "i16 zero-extended"
    );
    assert!(a.get(&mut store, 3).is_err());
}

#[test]
fn typed_parameters_take_only_values_of_the_declared_type() {
    let (mut store, instance) = setup();
    let i31 = Val::AnyRef(Some(AnyRef::from_i31(I31::wrapping_i32(1))));
    assert!(call(&mut store, instance, "take_struct", &[i31]).is_err());
    assert!(call(&mut store, instance, "take_struct", &[Val::AnyRef(None)]).is_err());
    let array = call(&mut store, instance, "make_array", &[Val::I32(1)])
        .unwrap()
        .unwrap();
    assert!(call(&mut store, instance, "take_struct", &[array]).is_err());
    let s = call(&mut store, instance, "make_struct", &[Val::I64(-8)])
        .unwrap()
        .unwrap();
    assert_eq!(
        call(&mut store, instance, "take_struct", &[s]).unwrap(),
        Some(Val::I64(-8))
    );
}

#[test]
fn host_rooted_objects_survive_collections_and_unrooted_ones_are_errors() {
    let (mut store, instance) = setup();
    let held = anyref(call(&mut store, instance, "make_struct", &[Val::I64(1234)]).unwrap());
    let dropped = anyref(call(&mut store, instance, "make_struct", &[Val::I64(5)]).unwrap());
    let roots = AnyRef::rooted_count(&store);
    dropped.unroot(&mut store).unwrap();
    assert_eq!(AnyRef::rooted_count(&store), roots - 1);
    assert!(dropped.is_struct(&store).is_err(), "unrooted");
    assert!(dropped.unroot(&mut store).is_err(), "unrooted twice");
    let stale = Val::AnyRef(Some(dropped));
    assert!(call(&mut store, instance, "take_struct", &[stale]).is_err());

    // Many held objects, so that a stale copy of some word in a stack
    // slot (the collector scans the stack conservatively) cannot keep
    // them all alive: only their roots do.
    let many: Vec<AnyRef> = (0..200)
        .map(|i| anyref(call(&mut store, instance, "make_struct", &[Val::I64(i)]).unwrap()))
        .collect();
    // 2 * 10^6 objects of 16 bytes: several collections.
    call(&mut store, instance, "churn", &[Val::I32(1_000_000)]).unwrap();
    assert!(store.gc_stats().collections > 0, "the churn collected");
    for (i, a) in (0..).zip(&many) {
        let s = a.as_struct(&store).unwrap().expect("still a struct");
        assert_eq!(s.field(&mut store, 1).unwrap(), Val::I64(i));
    }
    let s = held.as_struct(&store).unwrap().expect("still a struct");
    assert_eq!(s.field(&mut store, 1).unwrap(), Val::I64(1234));
    let Val::AnyRef(Some(inner)) = s.field(&mut store, 2).unwrap() else {
        panic!("an anyref field");
    };
    assert_eq!(inner.as_i31().map(I31::get_i32), Some(7));
    assert_eq!(
        call(
            &mut store,
            instance,
            "take_struct",
            &[Val::AnyRef(Some(held))]
        )
        .unwrap(),
        Some(Val::I64(1234))
    );
}
