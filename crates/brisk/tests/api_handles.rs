//! Soundness of the embedding API's handles and typed values: a null of a
//! non-nullable reference type is refused at every host entry (function
//! parameters, globals, tables) for every hierarchy (func, extern, any,
//! exn, concrete types); a handle of one store (function, exnref, global,
//! table, memory, tag, instance, host externref) is refused by another
//! store whose own handle of that index exists, never taken as that
//! object; and a resource limiter that panics while instantiation's
//! constant expressions allocate GC objects resumes its panic. Struct and
//! array types the host makes equal a module's structurally identical
//! ones, and exception references the host makes reach Wasm.

use brisk::{
    AnyRef, ArrayRef, ArrayRefPre, ArrayType, Engine, Error, Exception, ExnRef, Extern, ExternRef,
    FieldType, Func, HeapType, I31, Instance, Module, RefType, ResourceLimiter, StorageType, Store,
    StructRef, StructRefPre, StructType, TypeRef, Val,
};
use std::panic::{AssertUnwindSafe, catch_unwind};

const WAT: &str = r#"(module
  (type $s (struct (field i32)))
  (type $f (func (result i32)))
  (tag $e (export "e") (param i32))
  (memory (export "mem") 1)
  (func $one (export "one") (type $f) (i32.const 1))
  (elem declare func $one)
  (func (export "null_func") (param (ref func)) (result i32) (ref.is_null (local.get 0)))
  (func (export "null_extern") (param (ref extern)) (result i32) (ref.is_null (local.get 0)))
  (func (export "null_any") (param (ref any)) (result i32) (ref.is_null (local.get 0)))
  (func (export "null_exn") (param (ref exn)) (result i32) (ref.is_null (local.get 0)))
  (func (export "null_s") (param (ref $s)) (result i32) (ref.is_null (local.get 0)))
  (func (export "null_f") (param (ref $f)) (result i32) (ref.is_null (local.get 0)))
  (func (export "make_s") (result (ref $s)) (struct.new $s (i32.const 5)))
  (func (export "make_exn") (param i32) (result exnref)
    (local $x exnref)
    (block $h (result i32 exnref)
      (try_table (catch_ref $e $h) (throw $e (local.get 0)))
      (unreachable))
    (local.set $x)
    (drop)
    (local.get $x))
  (func (export "payload") (param exnref) (result i32)
    (block $h (result i32)
      (try_table (catch $e $h) (throw_ref (local.get 0)))
      (unreachable)))
  (func (export "echo_func") (param funcref) (result funcref) (local.get 0))
  (func (export "echo_extern") (param externref) (result externref) (local.get 0))
  (global (export "g_func") (mut (ref func)) (ref.func $one))
  (global (export "g_extern") (mut (ref extern)) (extern.convert_any (ref.i31 (i32.const 1))))
  (global (export "g_any") (mut (ref any)) (ref.i31 (i32.const 1)))
  (global (export "g_s") (mut (ref $s)) (struct.new $s (i32.const 1)))
  (global (export "g_i32") (mut i32) (i32.const 7))
  (table (export "t_func") 1 (ref func) (ref.func $one))
  (table (export "t_extern") 1 (ref extern) (extern.convert_any (ref.i31 (i32.const 1))))
  (table (export "t_any") 1 (ref any) (ref.i31 (i32.const 1)))
  (table (export "t_s") 1 (ref $s) (struct.new $s (i32.const 1)))
  (table (export "t_funcref") 2 funcref))"#;

/// The module's `make_exn` result: a non-null exnref of tag `e` with
/// payload `x`.
fn make_exn(store: &mut Store<()>, instance: Instance, x: i32) -> Val {
    let f = instance.get_func(&mut *store, "make_exn").unwrap();
    let mut results = [Val::ExnRef(None)];
    f.call(&mut *store, &[Val::I32(x)], &mut results).unwrap();
    assert!(matches!(results[0], Val::ExnRef(Some(_))), "{results:?}");
    results[0]
}

fn call1(store: &mut Store<()>, instance: Instance, name: &str, arg: Val) -> Result<Val, Error> {
    let f = instance.get_func(&mut *store, name).unwrap();
    let mut results = [Val::default_for(f.ty(&*store).results[0])];
    f.call(&mut *store, &[arg], &mut results)?;
    Ok(results[0])
}

fn setup(engine: &Engine) -> (Store<()>, Instance) {
    let module = Module::new(engine, WAT).expect("module compiles");
    let mut store = Store::new(engine, ());
    let instance = Instance::new(&mut store, &module, &[]).expect("instantiates");
    (store, instance)
}

/// For each hierarchy: a value of the non-nullable type (accepted) and its
/// null (refused), with the name of the export of that type.
fn values_and_nulls(store: &mut Store<()>, instance: Instance) -> Vec<(&'static str, Val, Val)> {
    let one = instance.get_func(&mut *store, "one").unwrap();
    let make_s = instance.get_func(&mut *store, "make_s").unwrap();
    let mut r = [Val::AnyRef(None)];
    make_s.call(&mut *store, &[], &mut r).unwrap();
    let host = ExternRef::new(&mut *store, 3u32);
    vec![
        ("func", Val::FuncRef(Some(one)), Val::FuncRef(None)),
        ("extern", Val::ExternRef(Some(host)), Val::ExternRef(None)),
        (
            "any",
            Val::AnyRef(Some(AnyRef::from_i31(I31::wrapping_u32(4)))),
            Val::AnyRef(None),
        ),
        ("exn", make_exn(store, instance, 9), Val::ExnRef(None)),
        ("s", r[0], Val::AnyRef(None)),
        ("f", Val::FuncRef(Some(one)), Val::FuncRef(None)),
    ]
}

#[test]
fn a_null_of_a_non_nullable_parameter_type_is_refused_for_every_hierarchy() {
    let (mut store, instance) = setup(&Engine::default());
    for (name, value, null) in values_and_nulls(&mut store, instance) {
        let export = format!("null_{name}");
        assert_eq!(
            call1(&mut store, instance, &export, value).unwrap(),
            Val::I32(0),
            "{export} takes a value of its type"
        );
        let e = call1(&mut store, instance, &export, null).unwrap_err();
        assert!(
            matches!(&e, Error::Type(m) if m.contains("declared type")),
            "{export}: {e}"
        );
    }
}

fn refused(r: Result<(), Error>, what: &str) {
    let e = r.expect_err(&format!("{what} accepted a null"));
    assert!(
        matches!(&e, Error::Type(m) if m.contains("declared type")),
        "{what}: {e}"
    );
}

#[test]
fn a_null_of_a_non_nullable_global_or_table_type_is_refused() {
    let (mut store, instance) = setup(&Engine::default());
    for (name, value, null) in values_and_nulls(&mut store, instance) {
        if matches!(name, "exn" | "f") {
            // No constant expression makes an exnref, and `$f` has no
            // global or table here.
            continue;
        }
        let g = instance
            .get_global(&mut store, &format!("g_{name}"))
            .unwrap();
        g.set(&mut store, value).unwrap();
        refused(g.set(&mut store, null), &format!("global {name}"));
        assert_eq!(g.get(&mut store).ty(), value.ty());
        assert_ne!(g.get(&mut store), null, "global {name} kept its value");

        let t = instance
            .get_table(&mut store, &format!("t_{name}"))
            .unwrap();
        t.set(&mut store, 0, value).unwrap();
        t.fill(&mut store, 0, value, 1).unwrap();
        assert_eq!(t.grow(&mut store, 1, value).unwrap(), 1);
        refused(t.set(&mut store, 0, null), &format!("table {name} set"));
        refused(
            t.fill(&mut store, 0, null, 2),
            &format!("table {name} fill"),
        );
        refused(
            t.grow(&mut store, 1, null).map(drop),
            &format!("table {name} grow"),
        );
        assert_eq!(t.size(&store), 2, "table {name} did not grow");
        for i in 0..2 {
            assert_ne!(t.get(&mut store, i).unwrap(), null, "table {name}[{i}]");
        }
    }
}

#[test]
fn table_fill_writes_a_range_and_checks_its_bounds() {
    let (mut store, instance) = setup(&Engine::default());
    let one = instance.get_func(&mut store, "one").unwrap();
    let t = instance.get_table(&mut store, "t_funcref").unwrap();
    t.fill(&mut store, 1, Val::FuncRef(Some(one)), 1).unwrap();
    assert_eq!(t.get(&mut store, 0), Some(Val::FuncRef(None)));
    assert_eq!(t.get(&mut store, 1), Some(Val::FuncRef(Some(one))));
    let e = t.fill(&mut store, 1, Val::FuncRef(None), 2).unwrap_err();
    assert_eq!(
        e.trap_code(),
        Some(brisk::TrapCode::TableOutOfBounds),
        "{e}"
    );
    assert_eq!(t.get(&mut store, 1), Some(Val::FuncRef(Some(one))));
    let e = t.fill(&mut store, 0, Val::I32(0), 1).unwrap_err();
    assert!(matches!(e, Error::Type(_)), "{e}");
}

/// Whether `f` panics with the wrong-store message.
fn panics_wrong_store(f: impl FnOnce()) -> bool {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let r = catch_unwind(AssertUnwindSafe(f));
    std::panic::set_hook(hook);
    r.err().is_some_and(|p| {
        let msg = p
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()));
        msg.is_some_and(|m| m.contains("wrong store"))
    })
}

fn wrong_store<T: std::fmt::Debug>(r: Result<T, Error>, what: &str) {
    match r {
        Err(Error::Type(m)) if m.contains("wrong store") => {}
        other => panic!("{what}: {other:?}"),
    }
}

/// Two stores of one engine with the module instantiated the same way, so
/// that every handle index of one names an object of the other too.
fn two_stores() -> ((Store<()>, Instance), (Store<()>, Instance)) {
    let engine = Engine::default();
    (setup(&engine), setup(&engine))
}

#[test]
fn functions_and_host_values_of_another_store_are_refused() {
    let ((mut a, ia), (mut b, ib)) = two_stores();
    let one_a = ia.get_func(&mut a, "one").unwrap();
    let one_b = ib.get_func(&mut b, "one").unwrap();
    let mut r = [Val::I32(0)];
    wrong_store(one_a.call(&mut b, &[], &mut r), "call");
    one_b.call(&mut b, &[], &mut r).unwrap();
    assert_eq!(r[0], Val::I32(1));
    assert!(panics_wrong_store(|| {
        one_a.ty(&b);
    }));
    let arg = Val::FuncRef(Some(one_a));
    wrong_store(call1(&mut b, ib, "echo_func", arg), "funcref parameter");
    wrong_store(call1(&mut b, ib, "null_func", arg), "(ref func) parameter");
    let t = ib.get_table(&mut b, "t_funcref").unwrap();
    wrong_store(t.set(&mut b, 0, arg), "funcref table element");
    let g = ib.get_global(&mut b, "g_func").unwrap();
    wrong_store(g.set(&mut b, arg), "(ref func) global");

    // Host values: the index of `a`'s first host value is `b`'s too.
    let host_a = ExternRef::new(&mut a, 1u32);
    let host_b = ExternRef::new(&mut b, 2u32);
    let back = call1(&mut b, ib, "echo_extern", Val::ExternRef(Some(host_b))).unwrap();
    assert_eq!(back, Val::ExternRef(Some(host_b)));
    let arg = Val::ExternRef(Some(host_a));
    wrong_store(call1(&mut b, ib, "echo_extern", arg), "externref parameter");
    wrong_store(
        call1(&mut b, ib, "null_extern", arg),
        "(ref extern) parameter",
    );
    let as_any = Val::AnyRef(Some(AnyRef::convert_extern(host_a)));
    wrong_store(
        call1(&mut b, ib, "null_any", as_any),
        "converted host value",
    );
    assert!(panics_wrong_store(|| {
        host_a.data(&b);
    }));
    let data = host_a.data(&a).and_then(|d| d.downcast_ref::<u32>());
    assert_eq!(data, Some(&1));

    // A host function of `a` as an import of `b`.
    let host_fn = Func::wrap(&mut a, |_: brisk::Caller<'_, ()>, (): ()| Ok(3i32));
    let module = Module::new(
        b.engine(),
        r#"(module (import "" "f" (func (result i32))))"#,
    )
    .unwrap();
    wrong_store(
        Instance::new(&mut b, &module, &[host_fn.into()]),
        "import of another store",
    );
}

#[test]
fn exception_references_and_tags_of_another_store_are_refused() {
    let ((mut a, ia), (mut b, ib)) = two_stores();
    let exn_a = make_exn(&mut a, ia, 11);
    let exn_b = make_exn(&mut b, ib, 22);
    assert_eq!(call1(&mut b, ib, "payload", exn_b).unwrap(), Val::I32(22));
    wrong_store(call1(&mut b, ib, "payload", exn_a), "exnref parameter");
    wrong_store(call1(&mut b, ib, "null_exn", exn_a), "(ref exn) parameter");
    let Val::ExnRef(Some(e)) = exn_a else {
        unreachable!()
    };
    wrong_store(e.payload(&mut b), "payload read");
    wrong_store(e.tag(&mut b), "tag read");
    assert_eq!(e.payload(&mut a).unwrap(), [Val::I32(11)]);

    let Some(Extern::Tag(tag_a)) = ia.get_export(&mut a, "e") else {
        panic!("tag export")
    };
    wrong_store(
        Exception::new(&b, tag_a, vec![Val::I32(0)]),
        "exception of another store's tag",
    );
    assert!(panics_wrong_store(|| {
        tag_a.ty(&b);
    }));
    assert_eq!(tag_a.ty(&a).params, [brisk::WasmType::I32]);
}

#[test]
fn globals_tables_memories_and_instances_of_another_store_are_refused() {
    let ((mut a, ia), (mut b, ib)) = two_stores();
    let g_a = ia.get_global(&mut a, "g_i32").unwrap();
    wrong_store(g_a.set(&mut b, Val::I32(1)), "global set");
    assert!(panics_wrong_store(|| {
        g_a.get(&mut b);
    }));
    assert!(panics_wrong_store(|| {
        g_a.ty(&b);
    }));
    let g_b = ib.get_global(&mut b, "g_i32").unwrap();
    assert_eq!(g_b.get(&mut b), Val::I32(7), "b's global unchanged");

    let t_a = ia.get_table(&mut a, "t_funcref").unwrap();
    wrong_store(t_a.set(&mut b, 0, Val::FuncRef(None)), "table set");
    wrong_store(t_a.grow(&mut b, 1, Val::FuncRef(None)), "table grow");
    wrong_store(t_a.fill(&mut b, 0, Val::FuncRef(None), 1), "table fill");
    assert!(panics_wrong_store(|| {
        t_a.size(&b);
    }));
    assert!(panics_wrong_store(|| {
        t_a.get(&mut b, 0);
    }));

    let m_a = ia.get_memory(&mut a, "mem").unwrap();
    wrong_store(m_a.grow(&mut b, 1), "memory grow");
    assert!(panics_wrong_store(|| {
        m_a.data(&b);
    }));
    assert!(panics_wrong_store(|| {
        m_a.size(&b);
    }));
    let m_b = ib.get_memory(&mut b, "mem").unwrap();
    assert_eq!(m_b.size(&b), 1, "b's memory did not grow");

    assert!(panics_wrong_store(|| {
        ia.get_export(&mut b, "one");
    }));
    assert!(panics_wrong_store(|| {
        ia.export_names(&b);
    }));

    let module = Module::new(
        b.engine(),
        r#"(module (import "" "g" (global (mut i32))) (import "" "t" (table 1 funcref))
             (import "" "m" (memory 1)))"#,
    )
    .unwrap();
    let t_b = ib.get_table(&mut b, "t_funcref").unwrap();
    let cases: [(&str, [Extern; 3]); 3] = [
        ("global", [g_a.into(), t_b.into(), m_b.into()]),
        ("table", [g_b.into(), t_a.into(), m_b.into()]),
        ("memory", [g_b.into(), t_b.into(), m_a.into()]),
    ];
    for (what, imports) in cases {
        wrong_store(Instance::new(&mut b, &module, &imports), what);
    }
    Instance::new(&mut b, &module, &[g_b.into(), t_b.into(), m_b.into()]).unwrap();
}

/// A limiter that panics when asked for memory.
struct Panicking;

impl ResourceLimiter for Panicking {
    fn memory_growing(&mut self, _: usize, _: usize, _: Option<usize>) -> Result<bool, Error> {
        panic!("limiter says no");
    }

    fn table_growing(&mut self, _: usize, _: usize, _: Option<usize>) -> Result<bool, Error> {
        Ok(true)
    }
}

#[test]
fn a_limiter_panic_in_instantiations_gc_allocations_resumes() {
    let engine = Engine::default();
    // One in a global's initializer, one in an element segment's.
    for wat in [
        r#"(module (type $a (array i8))
             (global anyref (array.new_default $a (i32.const 100))))"#,
        r#"(module (type $a (array i8)) (table 1 anyref)
             (elem (table 0) (i32.const 0) anyref (array.new_default $a (i32.const 100))))"#,
    ] {
        let module = Module::new(&engine, wat).unwrap();
        let mut store = Store::new(&engine, Panicking);
        store.limiter(|l| l);
        let r = catch_unwind(AssertUnwindSafe(|| {
            Instance::new(&mut store, &module, &[]).map(|_| ())
        }));
        let panic = r.expect_err("the limiter's panic comes out");
        assert_eq!(panic.downcast_ref::<&str>(), Some(&"limiter says no"));
    }
}

const TYPES_WAT: &str = r#"(module
  (type $p (struct (field (mut i32)) (field i64)))
  (type $a (array (mut i8)))
  (type $r (struct (field (ref null $p))))
  (type $list (struct (field (ref null $list))))
  (tag $t (export "t") (param (ref $p)))
  (func (export "get") (param (ref $p)) (result i32) (struct.get $p 0 (local.get 0)))
  (func (export "len") (param (ref $a)) (result i32) (array.len (local.get 0)))
  (func (export "caught") (param exnref) (result i32)
    (block $h (result (ref $p))
      (try_table (catch $t $h) (throw_ref (local.get 0)))
      (unreachable))
    (struct.get $p 0)))"#;

fn field(storage: StorageType, mutable: bool) -> FieldType {
    FieldType { storage, mutable }
}

#[test]
fn host_made_gc_types_equal_the_modules_and_allocate_objects_wasm_takes() {
    let engine = Engine::default();
    // Made before the module: the module's type is the same one.
    let bytes = ArrayType::new(&engine, field(StorageType::I8, true)).unwrap();
    let module = Module::new(&engine, TYPES_WAT).unwrap();
    let pair = StructType::new(
        &engine,
        [
            field(StorageType::I32, true),
            field(StorageType::I64, false),
        ],
    )
    .unwrap();
    assert_eq!(pair, module.struct_type(0).unwrap());
    assert_eq!(bytes, module.array_type(1).unwrap());
    // Another mutability or storage is another type.
    let frozen = StructType::new(
        &engine,
        [
            field(StorageType::I32, false),
            field(StorageType::I64, false),
        ],
    )
    .unwrap();
    assert_ne!(frozen, pair);
    assert_ne!(
        ArrayType::new(&engine, field(StorageType::I16, true)).unwrap(),
        bytes
    );
    // A reference to a type by engine id, as the engine's fields hold it.
    let to_pair = module.struct_type(2).unwrap().fields()[0];
    let StorageType::Ref(r) = to_pair.storage else {
        panic!("{to_pair:?}")
    };
    assert_eq!(
        StructType::new(&engine, [to_pair]).unwrap(),
        module.struct_type(2).unwrap()
    );
    // A reference to itself.
    let self_ref = RefType {
        nullable: true,
        heap: HeapType::Concrete(TypeRef::RecGroup(0)),
    };
    let list = StructType::new(&engine, [field(StorageType::Ref(self_ref), false)]).unwrap();
    assert_eq!(list, module.struct_type(3).unwrap());
    // References to no type of the engine are refused.
    for heap in [
        HeapType::Concrete(TypeRef::Engine(u32::MAX)),
        HeapType::Concrete(TypeRef::RecGroup(1)),
        HeapType::Concrete(TypeRef::Module(0)),
    ] {
        let bad = field(StorageType::Ref(RefType { heap, ..r }), true);
        assert!(StructType::new(&engine, [bad]).is_err(), "{heap:?}");
        assert!(ArrayType::new(&engine, bad).is_err(), "{heap:?}");
    }

    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let pre = StructRefPre::new(&store, pair).unwrap();
    let p = StructRef::new(&mut store, &pre, &[Val::I32(42), Val::I64(-1)]).unwrap();
    let p = Val::AnyRef(Some(p.to_anyref()));
    assert_eq!(call1(&mut store, instance, "get", p).unwrap(), Val::I32(42));
    let pre = ArrayRefPre::new(&store, bytes).unwrap();
    let a = ArrayRef::new(&mut store, &pre, &Val::I32(0), 17).unwrap();
    let a = Val::AnyRef(Some(a.to_anyref()));
    assert_eq!(call1(&mut store, instance, "len", a).unwrap(), Val::I32(17));
    // An object of a structurally different type is not a `$p`.
    let pre = StructRefPre::new(&store, frozen).unwrap();
    let f = StructRef::new(&mut store, &pre, &[Val::I32(1), Val::I64(2)]).unwrap();
    let f = Val::AnyRef(Some(f.to_anyref()));
    assert!(call1(&mut store, instance, "get", f).is_err());
}

#[test]
fn host_made_exception_references_carry_their_payload_into_wasm() {
    let engine = Engine::default();
    let module = Module::new(&engine, TYPES_WAT).unwrap();
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let Some(Extern::Tag(tag)) = instance.get_export(&mut store, "t") else {
        panic!("tag export")
    };
    let pre = StructRefPre::new(&store, module.struct_type(0).unwrap()).unwrap();
    let p = StructRef::new(&mut store, &pre, &[Val::I32(7), Val::I64(0)]).unwrap();
    let p = Val::AnyRef(Some(p.to_anyref()));
    let exn = ExnRef::new(&mut store, &tag, &[p]).unwrap();
    let exn = Val::ExnRef(Some(exn));
    assert_eq!(
        call1(&mut store, instance, "caught", exn).unwrap(),
        Val::I32(7)
    );
    let Val::ExnRef(Some(e)) = exn else {
        unreachable!()
    };
    assert_eq!(e.tag(&mut store).unwrap(), tag);
    let [Val::AnyRef(Some(back))] = e.payload(&mut store).unwrap()[..] else {
        panic!("one anyref in the payload")
    };
    let back = back.as_struct(&store).unwrap().expect("a struct");
    assert_eq!(back.field(&mut store, 0).unwrap(), Val::I32(7));
    // The payload must be of the tag's declared types: not null for a
    // `(ref $p)`, not an i31, not an i32.
    let i31 = Val::AnyRef(Some(AnyRef::from_i31(I31::wrapping_u32(1))));
    for bad in [Val::AnyRef(None), i31, Val::I32(7)] {
        assert!(ExnRef::new(&mut store, &tag, &[bad]).is_err(), "{bad:?}");
        assert!(Exception::new(&store, tag, vec![bad]).is_err(), "{bad:?}");
    }
    assert!(ExnRef::new(&mut store, &tag, &[]).is_err());
    // A tag of another store.
    let mut other = Store::new(&engine, ());
    wrong_store(ExnRef::new(&mut other, &tag, &[p]), "tag of another store");
}
