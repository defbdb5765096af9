//! Host functions reach the host data even after the store has moved
//! (host functions keep a pointer to it, so it must not live inline).

use brisk::{Caller, Engine, Error, Instance, Linker, Module, Store};
use std::hint::black_box;

/// A store moved out of this function's frame, onto the heap.
#[inline(never)]
fn make() -> (Box<Store<u64>>, Instance) {
    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module
            (import "env" "get" (func $get (result i64)))
            (func (export "go") (result i64) call $get))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, 0x1234_5678_9abc_def0);
    let mut linker = Linker::new();
    linker.func_wrap(
        &mut store,
        "env",
        "get",
        |caller: Caller<'_, u64>, (): ()| -> Result<i64, Error> { Ok(*caller.data() as i64) },
    );
    let instance = linker.instantiate(&mut store, &module).unwrap();
    (Box::new(store), instance)
}

/// Overwrites the stack where `make`'s frame was.
#[inline(never)]
fn clobber_stack() -> u8 {
    let junk = black_box([0x5au8; 8192]);
    junk[black_box(100)]
}

#[test]
fn host_data_survives_moving_the_store() {
    let (mut store, instance) = make();
    black_box(clobber_stack());
    let go = instance
        .get_typed_func::<(), i64>(&mut *store, "go")
        .unwrap();
    assert_eq!(go.call(&mut *store, ()).unwrap(), 0x1234_5678_9abc_def0);
}
