//! Memories, globals, tables, imports and host functions through the API,
//! in both bounds-check modes.

use brisk::{
    BoundsChecks, Config, Engine, Error, Extern, Func, FuncType, Global, GlobalType, Instance,
    Linker, Memory, MemoryType, Module, Store, TrapCode, Val, WasmType,
};

mod common;

fn engines() -> Vec<Engine> {
    let guard = BoundsChecks::GuardPages {
        guard_bytes: BoundsChecks::DEFAULT_GUARD,
    };
    [guard, BoundsChecks::Explicit]
        .iter()
        .map(|b| Engine::new(Config::new().target(common::target()).bounds_checks(*b)))
        .collect()
}

fn call<T>(
    store: &mut Store<T>,

    instance: Instance,
    name: &str,
    params: &[Val],
) -> Result<Vec<Val>, Error> {
    let f = instance.get_func(store, name).expect("export exists");
    let mut results: Vec<Val> = f
        .ty(store)
        .results
        .iter()
        .map(|t| Val::default_for(*t))
        .collect();
    f.call(store, params, &mut results)?;
    Ok(results)
}

const MEMORY: &str = r#"(module
  (memory (export "mem") 1 3)
  (data (i32.const 16) "\01\02\03\04\05\06\07\08")
  (func (export "load8_s") (param i32) (result i32) (i32.load8_s (local.get 0)))
  (func (export "load16_u") (param i32) (result i32) (i32.load16_u (local.get 0)))
  (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "load64") (param i32) (result i64) (i64.load offset=8 (local.get 0)))
  (func (export "load_far") (param i32) (result i32) (i32.load offset=0x80000000 (local.get 0)))
  (func (export "load_max") (param i32) (result i32) (i32.load offset=0xffffffff (local.get 0)))
  (func (export "store") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
  (func (export "store8") (param i32 i64) (i64.store8 (local.get 0) (local.get 1)))
  (func (export "size") (result i32) (memory.size))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "fill") (param i32 i32 i32) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy") (param i32 i32 i32) (memory.copy (local.get 0) (local.get 1) (local.get 2))))"#;

#[test]
fn memory_loads_stores_and_bounds() {
    for engine in engines() {
        let module = Module::new(&engine, MEMORY).unwrap();
        let mut store = Store::new(&engine, ());
        let i = Instance::new(&mut store, &module, &[]).unwrap();
        assert_eq!(
            call(&mut store, i, "load", &[Val::I32(16)]).unwrap(),
            [Val::I32(0x04030201)]
        );
        assert_eq!(
            call(&mut store, i, "load64", &[Val::I32(8)]).unwrap(),
            [Val::I64(0x0807060504030201)]
        );
        assert_eq!(
            call(&mut store, i, "load16_u", &[Val::I32(17)]).unwrap(),
            [Val::I32(0x0302)]
        );
        call(&mut store, i, "store8", &[Val::I32(0), Val::I64(0x1ff)]).unwrap();
        assert_eq!(
            call(&mut store, i, "load8_s", &[Val::I32(0)]).unwrap(),
            [Val::I32(-1)]
        );
        call(&mut store, i, "store", &[Val::I32(65532), Val::I32(-2)]).unwrap();
        assert_eq!(
            call(&mut store, i, "load", &[Val::I32(65532)]).unwrap(),
            [Val::I32(-2)]
        );
        let oob = Err(Error::from(TrapCode::MemoryOutOfBounds));
        assert_eq!(call(&mut store, i, "load", &[Val::I32(65533)]), oob);
        assert_eq!(call(&mut store, i, "load", &[Val::I32(-1)]), oob);
        assert_eq!(call(&mut store, i, "load_far", &[Val::I32(0)]), oob);
        assert_eq!(call(&mut store, i, "load_max", &[Val::I32(0)]), oob);
        assert_eq!(call(&mut store, i, "load_max", &[Val::I32(-1)]), oob);
        assert_eq!(
            call(&mut store, i, "store", &[Val::I32(65535), Val::I32(1)]),
            oob
        );
        // The store stays usable after a trap.
        assert_eq!(call(&mut store, i, "size", &[]).unwrap(), [Val::I32(1)]);
        assert_eq!(
            call(&mut store, i, "grow", &[Val::I32(1)]).unwrap(),
            [Val::I32(1)]
        );
        assert_eq!(
            call(&mut store, i, "load", &[Val::I32(65533)]).unwrap(),
            [Val::I32(0x00ff_ffff)]
        );
        assert_eq!(
            call(&mut store, i, "grow", &[Val::I32(2)]).unwrap(),
            [Val::I32(-1)]
        );
        assert_eq!(
            call(&mut store, i, "grow", &[Val::I32(1)]).unwrap(),
            [Val::I32(2)]
        );
        assert_eq!(call(&mut store, i, "size", &[]).unwrap(), [Val::I32(3)]);
        call(
            &mut store,
            i,
            "fill",
            &[Val::I32(100), Val::I32(0xab), Val::I32(4)],
        )
        .unwrap();
        call(
            &mut store,
            i,
            "copy",
            &[Val::I32(102), Val::I32(16), Val::I32(4)],
        )
        .unwrap();
        let mem = i.get_memory(&mut store, "mem").unwrap();
        assert_eq!(&mem.data(&store)[100..106], &[0xab, 0xab, 1, 2, 3, 4]);
        assert_eq!(
            call(
                &mut store,
                i,
                "fill",
                &[Val::I32(3 * 65536 - 1), Val::I32(0), Val::I32(2)]
            ),
            oob
        );
    }
}

#[test]
fn globals_imports_and_host_functions() {
    let wat = r#"(module
      (import "host" "add" (func $add (param i32 i32) (result i32)))
      (import "host" "g" (global $g (mut i32)))
      (global $h (mut i64) (i64.const 7))
      (func (export "f") (param i32) (result i32)
        (global.set $g (call $add (local.get 0) (global.get $g)))
        (global.get $g))
      (func (export "h") (result i64)
        (global.set $h (i64.mul (global.get $h) (i64.const 3)))
        (global.get $h)))"#;
    let engine = Engine::new(Config::new().target(common::target()));
    let mut store = Store::new(&engine, 0u32);
    let mut linker = Linker::new();
    let sig = FuncType {
        params: vec![WasmType::I32, WasmType::I32],
        results: vec![WasmType::I32],
    };
    linker.func_new(
        &mut store,
        "host",
        "add",
        sig,
        |mut caller, params, results| {
            *caller.data_mut() += 1;
            let (Val::I32(a), Val::I32(b)) = (params[0], params[1]) else {
                unreachable!()
            };
            results[0] = Val::I32(a.wrapping_add(b));
            Ok(())
        },
    );
    let g = Global::new(
        &mut store,
        GlobalType {
            content: WasmType::I32,
            mutable: true,
        },
        Val::I32(10),
    )
    .unwrap();
    linker.define("host", "g", g);
    let module = Module::new(&engine, wat).unwrap();
    let i = linker.instantiate(&mut store, &module).unwrap();
    let f = i.get_func(&mut store, "f").unwrap();
    let mut r = [Val::I32(0)];
    f.call(&mut store, &[Val::I32(5)], &mut r).unwrap();
    assert_eq!(r, [Val::I32(15)]);
    f.call(&mut store, &[Val::I32(5)], &mut r).unwrap();
    assert_eq!(r, [Val::I32(20)]);
    assert_eq!(g.get(&mut store), Val::I32(20));
    assert_eq!(*store.data(), 2);
    let h = i.get_func(&mut store, "h").unwrap();
    let mut r = [Val::I64(0)];
    h.call(&mut store, &[], &mut r).unwrap();
    assert_eq!(r, [Val::I64(21)]);
}

#[test]
fn host_errors_and_panics_cross_wasm_frames() {
    let wat = r#"(module
      (import "host" "f" (func $f (param i32)))
      (func (export "run") (param i32) (call $f (local.get 0))))"#;
    let engine = Engine::new(Config::new().target(common::target()));
    let mut store = Store::new(&engine, ());
    let sig = FuncType {
        params: vec![WasmType::I32],
        results: vec![],
    };
    let f = Func::new(&mut store, sig, |_, params, _| match params[0] {
        Val::I32(0) => Ok(()),
        Val::I32(1) => Err(Error::Type("host says no".into())),
        _ => panic!("host panic"),
    });
    let module = Module::new(&engine, wat).unwrap();
    let i = Instance::new(&mut store, &module, &[Extern::Func(f)]).unwrap();
    let run = i.get_func(&mut store, "run").unwrap();
    run.call(&mut store, &[Val::I32(0)], &mut []).unwrap();
    assert_eq!(
        run.call(&mut store, &[Val::I32(1)], &mut []),
        Err(Error::Type("host says no".into()))
    );
    let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let _ = run.call(&mut store, &[Val::I32(2)], &mut []);
    }));
    assert!(panicked.is_err());
    run.call(&mut store, &[Val::I32(0)], &mut []).unwrap();
}

#[test]
fn tables_and_call_indirect() {
    let wat = r#"(module
      (type $ii (func (param i32) (result i32)))
      (table $t (export "t") 4 funcref)
      (elem (table $t) (i32.const 0) func $double $square)
      (func $double (type $ii) (i32.mul (local.get 0) (i32.const 2)))
      (func $square (type $ii) (i32.mul (local.get 0) (local.get 0)))
      (func $noparam (result i32) (i32.const 1))
      (elem declare func $noparam)
      (func (export "apply") (param i32 i32) (result i32)
        (call_indirect $t (type $ii) (local.get 1) (local.get 0)))
      (func (export "set") (param i32) (table.set $t (local.get 0) (ref.func $noparam)))
      (func (export "size") (result i32) (table.size $t))
      (func (export "grow") (param i32) (result i32) (table.grow $t (ref.null func) (local.get 0)))
      (func (export "is_null") (param i32) (result i32) (ref.is_null (table.get $t (local.get 0)))))"#;
    let engine = Engine::new(Config::new().target(common::target()));
    let mut store = Store::new(&engine, ());
    let module = Module::new(&engine, wat).unwrap();
    let i = Instance::new(&mut store, &module, &[]).unwrap();
    assert_eq!(
        call(&mut store, i, "apply", &[Val::I32(0), Val::I32(7)]).unwrap(),
        [Val::I32(14)]
    );
    assert_eq!(
        call(&mut store, i, "apply", &[Val::I32(1), Val::I32(7)]).unwrap(),
        [Val::I32(49)]
    );
    let t = |c: TrapCode| Err(Error::from(c));
    assert_eq!(
        call(&mut store, i, "apply", &[Val::I32(2), Val::I32(7)]),
        t(TrapCode::UninitializedElement)
    );
    assert_eq!(
        call(&mut store, i, "apply", &[Val::I32(4), Val::I32(7)]),
        t(TrapCode::UndefinedElement)
    );
    call(&mut store, i, "set", &[Val::I32(3)]).unwrap();
    assert_eq!(
        call(&mut store, i, "apply", &[Val::I32(3), Val::I32(7)]),
        t(TrapCode::IndirectCallTypeMismatch)
    );
    assert_eq!(
        call(&mut store, i, "is_null", &[Val::I32(2)]).unwrap(),
        [Val::I32(1)]
    );
    assert_eq!(
        call(&mut store, i, "is_null", &[Val::I32(3)]).unwrap(),
        [Val::I32(0)]
    );
    assert_eq!(
        call(&mut store, i, "is_null", &[Val::I32(9)]),
        t(TrapCode::TableOutOfBounds)
    );
    assert_eq!(
        call(&mut store, i, "grow", &[Val::I32(2)]).unwrap(),
        [Val::I32(4)]
    );
    assert_eq!(call(&mut store, i, "size", &[]).unwrap(), [Val::I32(6)]);
    let table = i.get_table(&mut store, "t").unwrap();
    assert!(matches!(
        table.get(&mut store, 0),
        Some(Val::FuncRef(Some(_)))
    ));
}

#[test]
fn instantiation_traps_and_unlinkable_imports() {
    let engine = Engine::new(Config::new().target(common::target()));
    let mut store = Store::new(&engine, ());
    let oob_data = Module::new(
        &engine,
        r#"(module (memory 1) (data (i32.const 65535) "ab"))"#,
    )
    .unwrap();
    assert_eq!(
        Instance::new(&mut store, &oob_data, &[]).err(),
        Some(Error::from(TrapCode::MemoryOutOfBounds))
    );
    let start_traps = Module::new(&engine, r#"(module (func $s unreachable) (start $s))"#).unwrap();
    assert_eq!(
        Instance::new(&mut store, &start_traps, &[]).err(),
        Some(Error::from(TrapCode::Unreachable))
    );
    let needs_memory = Module::new(&engine, r#"(module (import "m" "mem" (memory 2)))"#).unwrap();
    let small = Memory::new(&mut store, MemoryType::new(1, None)).unwrap();
    assert!(matches!(
        Instance::new(&mut store, &needs_memory, &[small.into()]),
        Err(Error::Unlinkable(_))
    ));
    let big = Memory::new(&mut store, MemoryType::new(2, None)).unwrap();
    Instance::new(&mut store, &needs_memory, &[big.into()]).unwrap();
}

#[test]
fn typed_funcs_and_func_wrap_across_two_instances() {
    let engine = Engine::new(Config::new().target(common::target()));
    let mut store = Store::new(&engine, ());
    let mut linker = Linker::new();
    linker.func_wrap(&mut store, "host", "mul", |_, (a, b): (i64, i64)| Ok(a * b));
    let provider = Module::new(
        &engine,
        r#"(module (memory (export "mem") 1 4) (table (export "tab") 2 funcref)
             (func $seven (result i32) (i32.const 7)) (elem (i32.const 0) $seven)
             (func (export "grow") (result i32) (memory.grow (i32.const 1))))"#,
    )
    .unwrap();
    let p = linker.instantiate(&mut store, &provider).unwrap();
    linker.instance(&mut store, "p", p);
    let user = Module::new(
        &engine,
        r#"(module (import "p" "mem" (memory 1)) (import "p" "tab" (table 2 funcref))
             (import "host" "mul" (func $mul (param i64 i64) (result i64)))
             (func (export "size") (result i32) (memory.size))
             (func (export "peek") (param i32) (result i32) (i32.load8_u (local.get 0)))
             (func (export "poke") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
             (func (export "via_table") (result i32) (call_indirect (result i32) (i32.const 0)))
             (func (export "mul") (param i64 i64) (result i64) (call $mul (local.get 0) (local.get 1))))"#,
    )
    .unwrap();
    let u = linker.instantiate(&mut store, &user).unwrap();
    let size = u.get_typed_func::<(), i32>(&mut store, "size").unwrap();
    let grow = p.get_typed_func::<(), i32>(&mut store, "grow").unwrap();
    assert_eq!(size.call(&mut store, ()).unwrap(), 1);
    assert_eq!(grow.call(&mut store, ()).unwrap(), 1);
    assert_eq!(
        size.call(&mut store, ()).unwrap(),
        2,
        "growth is seen by the importer"
    );
    let poke = u
        .get_typed_func::<(i32, i32), ()>(&mut store, "poke")
        .unwrap();
    poke.call(&mut store, (70000, 42)).unwrap();
    let mem = p.get_memory(&mut store, "mem").unwrap();
    assert_eq!(mem.data(&store)[70000], 42);
    let via_table = u
        .get_typed_func::<(), i32>(&mut store, "via_table")
        .unwrap();
    assert_eq!(via_table.call(&mut store, ()).unwrap(), 7);
    let mul = u
        .get_typed_func::<(i64, i64), i64>(&mut store, "mul")
        .unwrap();
    assert_eq!(mul.call(&mut store, (6, -7)).unwrap(), -42);
    assert!(u.get_typed_func::<(i32,), i64>(&mut store, "mul").is_err());
}

#[test]
fn host_function_sees_caller_memory_and_reenters_wasm() {
    let wat = r#"(module
      (import "host" "sum_bytes" (func $sum (param i32 i32) (result i32)))
      (import "host" "reenter" (func $reenter (param i32) (result i32)))
      (memory (export "memory") 1)
      (data (i32.const 8) "\01\02\03\04")
      (func (export "sum") (result i32) (call $sum (i32.const 8) (i32.const 4)))
      (func (export "div") (param i32) (result i32) (i32.div_u (i32.const 100) (local.get 0)))
      (func (export "outer") (param i32) (result i32)
        (i32.add (i32.const 1) (call $reenter (local.get 0)))))"#;
    let engine = Engine::new(Config::new().target(common::target()));
    let mut store = Store::new(&engine, None::<Func>);
    let mut linker = Linker::new();
    linker.func_wrap(
        &mut store,
        "host",
        "sum_bytes",
        |mut caller: brisk::Caller<'_, Option<Func>>, (ptr, len): (i32, i32)| {
            let Some(Extern::Memory(mem)) = caller.get_export("memory") else {
                panic!("no memory")
            };
            let bytes = &mem.data(&caller)[ptr as usize..(ptr + len) as usize];
            Ok(bytes.iter().map(|b| *b as i32).sum::<i32>())
        },
    );
    // Calls back into the instance's "div": Wasm -> host -> Wasm.
    linker.func_wrap(
        &mut store,
        "host",
        "reenter",
        |mut caller: brisk::Caller<'_, Option<Func>>, x: i32| {
            let div = caller.data().expect("div set");
            let mut r = [Val::I32(0)];
            div.call(&mut caller, &[Val::I32(x)], &mut r)?;
            let Val::I32(v) = r[0] else { unreachable!() };
            Ok(v)
        },
    );
    let module = Module::new(&engine, wat).unwrap();
    let i = linker.instantiate(&mut store, &module).unwrap();
    let div = i.get_func(&mut store, "div").unwrap();
    *store.data_mut() = Some(div);
    assert_eq!(call(&mut store, i, "sum", &[]).unwrap(), [Val::I32(10)]);
    assert_eq!(
        call(&mut store, i, "outer", &[Val::I32(5)]).unwrap(),
        [Val::I32(21)]
    );
    // The inner Wasm traps: the trap passes through the host function (as
    // its error) and out of the outer call; the store stays usable.
    assert_eq!(
        call(&mut store, i, "outer", &[Val::I32(0)]),
        Err(Error::from(TrapCode::IntegerDivisionByZero))
    );
    assert_eq!(
        call(&mut store, i, "outer", &[Val::I32(50)]).unwrap(),
        [Val::I32(3)]
    );
}

#[test]
fn every_trap_code_then_a_normal_call() {
    let wat = r#"(module
      (type $v (func))
      (memory 1)
      (table 2 funcref)
      (elem (i32.const 0) $ok)
      (func $ok)
      (func (export "ok") (result i32) (i32.const 42))
      (func (export "unreachable") unreachable)
      (func (export "div0") (drop (i32.div_u (i32.const 1) (i32.const 0))))
      (func (export "overflow") (drop (i32.div_s (i32.const 0x80000000) (i32.const -1))))
      (func (export "conversion") (drop (i32.trunc_f32_s (f32.const nan))))
      (func (export "memory") (drop (i32.load (i32.const 65536))))
      (func (export "table") (drop (table.get (i32.const 5))))
      (func (export "undefined") (call_indirect (type $v) (i32.const 9)))
      (func (export "uninitialized") (call_indirect (type $v) (i32.const 1)))
      (func (export "mismatch") (call_indirect (result i32) (i32.const 0)) (drop))
      (func $deep (export "stack") (call $deep)))"#;
    for engine in engines() {
        let module = Module::new(&engine, wat).unwrap();
        let mut store = Store::new(&engine, ());
        let i = Instance::new(&mut store, &module, &[]).unwrap();
        let cases = [
            ("unreachable", TrapCode::Unreachable),
            ("div0", TrapCode::IntegerDivisionByZero),
            ("overflow", TrapCode::IntegerOverflow),
            ("conversion", TrapCode::BadConversionToInteger),
            ("memory", TrapCode::MemoryOutOfBounds),
            ("table", TrapCode::TableOutOfBounds),
            ("undefined", TrapCode::UndefinedElement),
            ("uninitialized", TrapCode::UninitializedElement),
            ("mismatch", TrapCode::IndirectCallTypeMismatch),
            ("stack", TrapCode::StackOverflow),
        ];
        for (name, code) in cases {
            assert_eq!(
                call(&mut store, i, name, &[]),
                Err(Error::from(code)),
                "{name}"
            );
            assert_eq!(
                call(&mut store, i, "ok", &[]).unwrap(),
                [Val::I32(42)],
                "after {name}"
            );
        }
    }
}

#[test]
fn every_access_width_at_the_edges_of_memory() {
    // (operator, width in bytes)
    let loads = [
        ("i32.load", 4),
        ("i64.load", 8),
        ("f32.load", 4),
        ("f64.load", 8),
        ("i32.load8_s", 1),
        ("i32.load8_u", 1),
        ("i32.load16_s", 2),
        ("i32.load16_u", 2),
        ("i64.load8_s", 1),
        ("i64.load16_u", 2),
        ("i64.load32_s", 4),
        ("i64.load32_u", 4),
    ];
    let stores = [
        ("i32.store", 4, "i32"),
        ("i64.store", 8, "i64"),
        ("f64.store", 8, "f64"),
        ("i32.store8", 1, "i32"),
        ("i64.store16", 2, "i64"),
        ("i64.store32", 4, "i64"),
    ];
    let mut funcs = String::new();
    for (i, (op, _)) in loads.iter().enumerate() {
        funcs.push_str(&format!(
            "(func (export \"l{i}\") (param i32) (drop ({op} (local.get 0))))\n"
        ));
        funcs.push_str(&format!(
            "(func (export \"lo{i}\") (param i32) (drop ({op} offset=0xfffffff0 (local.get 0))))\n"
        ));
    }
    for (i, (op, _, ty)) in stores.iter().enumerate() {
        funcs.push_str(&format!(
            "(func (export \"s{i}\") (param i32) ({op} (local.get 0) ({ty}.const 0)))\n"
        ));
    }
    let wat = format!(
        r#"(module (memory 1 2) {funcs}
             (func (export "grow") (result i32) (memory.grow (i32.const 1)))
             (func (export "sum") (param $n i32) (result i32) (local $s i32)
               (loop $l (if (local.get $n) (then
                 (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                 (local.set $s (i32.add (local.get $s) (i32.load8_u (local.get $n))))
                 (br $l))))
               (local.get $s)))"#
    );
    let oob = || Err(Error::from(TrapCode::MemoryOutOfBounds));
    for engine in engines() {
        let module = Module::new(&engine, &wat).unwrap();
        let mut store = Store::new(&engine, ());
        let i = Instance::new(&mut store, &module, &[]).unwrap();
        let mut size = 65536i64;
        for round in 0..2 {
            for (k, (_, width)) in loads.iter().enumerate() {
                let (name, far) = (format!("l{k}"), format!("lo{k}"));
                let last = (size - width) as i32;
                assert_eq!(
                    call(&mut store, i, &name, &[Val::I32(last)]),
                    Ok(vec![]),
                    "{name} at {last}"
                );
                assert_eq!(
                    call(&mut store, i, &name, &[Val::I32(last + 1)]),
                    oob(),
                    "{name} at {}",
                    last + 1
                );
                assert_eq!(
                    call(&mut store, i, &name, &[Val::I32(-1)]),
                    oob(),
                    "{name} at 0xffffffff"
                );
                assert_eq!(call(&mut store, i, &far, &[Val::I32(0)]), oob(), "{far}");
                assert_eq!(
                    call(&mut store, i, &far, &[Val::I32(-16)]),
                    oob(),
                    "{far} near 8 GiB"
                );
            }
            for (k, (_, width, _)) in stores.iter().enumerate() {
                let name = format!("s{k}");
                let last = (size - width) as i32;
                assert_eq!(
                    call(&mut store, i, &name, &[Val::I32(last)]),
                    Ok(vec![]),
                    "{name} at {last}"
                );
                assert_eq!(
                    call(&mut store, i, &name, &[Val::I32(last + 1)]),
                    oob(),
                    "{name} at {}",
                    last + 1
                );
                assert_eq!(
                    call(&mut store, i, &name, &[Val::I32(i32::MIN)]),
                    oob(),
                    "{name} at 2 GiB"
                );
            }
            if round == 0 {
                assert_eq!(call(&mut store, i, "grow", &[]).unwrap(), [Val::I32(1)]);
                size *= 2;
            }
        }
        assert_eq!(
            call(&mut store, i, "sum", &[Val::I32(1000)]).unwrap(),
            [Val::I32(0)]
        );
    }
}
