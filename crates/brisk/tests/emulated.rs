//! What only emulated AArch64 code needs checking (the `emulator` feature;
//! the run tests cover the rest with `BRISK_TEST_TARGET=aarch64`): the
//! nesting limit of host/Wasm re-entry, stores on several threads at once
//! (one emulator each), and a host panic under nested emulated frames.
#![cfg(feature = "emulator")]

use brisk::{Caller, Config, Engine, Error, Func, Isa, Linker, Module, Store, Target, Val};

fn engine() -> Engine {
    Engine::new(Config::new().target(Target::baseline(Isa::Aarch64)))
}

/// `down(n)` calls the host's `again(n)`, which calls `down(n - 1)` until 0:
/// each level is a Wasm -> host -> Wasm re-entry.
const REENTRY: &str = r#"(module
  (import "host" "again" (func $again (param i32) (result i32)))
  (func (export "down") (param i32) (result i32)
    (if (result i32) (i32.eqz (local.get 0))
      (then (i32.const 1000))
      (else (i32.add (i32.const 1) (call $again (local.get 0)))))))"#;

/// A store whose host function `again(n)` calls `down(n - 1)`, and the
/// instance's `down`.
fn reentry_store(engine: &Engine) -> (Store<Option<Func>>, Func) {
    let mut store = Store::new(engine, None::<Func>);
    let mut linker = Linker::new();
    linker.func_wrap(
        &mut store,
        "host",
        "again",
        |mut caller: Caller<'_, Option<Func>>, n: i32| -> Result<i32, Error> {
            let down = caller.data().expect("down set");
            let mut r = [Val::I32(0)];
            down.call(&mut caller, &[Val::I32(n - 1)], &mut r)?;
            let Val::I32(v) = r[0] else { unreachable!() };
            Ok(v)
        },
    );
    let module = Module::new(engine, REENTRY).unwrap();
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let down = instance.get_func(&mut store, "down").unwrap();
    *store.data_mut() = Some(down);
    (store, down)
}

fn down(store: &mut Store<Option<Func>>, f: Func, n: i32) -> Result<i32, Error> {
    let mut r = [Val::I32(0)];
    f.call(&mut *store, &[Val::I32(n)], &mut r)?;
    let Val::I32(v) = r[0] else { unreachable!() };
    Ok(v)
}

#[test]
fn reentry_up_to_the_nesting_limit_works_and_deeper_is_a_clean_error() {
    let engine = engine();
    let (mut store, f) = reentry_store(&engine);
    // n levels of re-entry nest n + 1 emulations (the outermost call too).
    assert_eq!(down(&mut store, f, 59).unwrap(), 1059);
    let err = down(&mut store, f, 60).unwrap_err();
    assert!(
        err.to_string().contains("nested more than 60 deep"),
        "{err}"
    );
    let err = down(&mut store, f, 500).unwrap_err();
    assert!(err.to_string().contains("nested"), "{err}");
    // Everything unwound: the store goes on.
    assert_eq!(down(&mut store, f, 3).unwrap(), 1003);
}

#[test]
fn stores_run_on_other_threads_each_with_its_own_emulator() {
    let engine = engine();
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let engine = engine.clone();
            std::thread::spawn(move || {
                let (mut store, f) = reentry_store(&engine);
                (0..20)
                    .map(|i| down(&mut store, f, (t * 7 + i) % 30).unwrap())
                    .sum::<i32>()
            })
        })
        .collect();
    for (t, h) in threads.into_iter().enumerate() {
        let expected: i32 = (0..20).map(|i| 1000 + (t as i32 * 7 + i) % 30).sum();
        assert_eq!(h.join().unwrap(), expected, "thread {t}");
    }
}

#[test]
fn a_host_panic_deep_in_emulated_frames_reaches_the_caller() {
    let engine = engine();
    let mut store = Store::new(&engine, ());
    let mut linker = Linker::new();
    linker.func_wrap(
        &mut store,
        "host",
        "again",
        |_: Caller<'_, ()>, n: i32| -> Result<i32, Error> { panic!("host panic at {n}") },
    );
    let module = Module::new(&engine, REENTRY).unwrap();
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let f = instance.get_func(&mut store, "down").unwrap();
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut r = [Val::I32(0)];
        f.call(&mut store, &[Val::I32(7)], &mut r)
    }));
    let payload = caught.expect_err("the panic comes out");
    assert_eq!(
        payload.downcast_ref::<String>().map(String::as_str),
        Some("host panic at 7")
    );
    let mut r = [Val::I32(0)];
    f.call(&mut store, &[Val::I32(0)], &mut r).unwrap();
    assert_eq!(r[0], Val::I32(1000));
}
