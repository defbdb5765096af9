//! Epoch interruption and fuel through the API: spinning loops (a `loop`
//! and a `return_call` loop) stopped by an epoch incremented from another
//! thread and by fuel; the store usable afterwards; the deadline callback
//! extending the deadline and stopping the code with its error; exact fuel
//! counts for small functions, at a trap and seen (and changed) by a host
//! function in the middle of a call; stack overflow still reported as such
//! with epochs on; and a clean error where the checks cannot be compiled.

use brisk::{
    Config, Engine, Error, FuncType, Instance, Isa, Linker, Module, Store, Target, TrapCode,
    TypedFunc, UpdateDeadline, Val, WasmType,
};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::Duration;

const WAT: &str = r#"(module
  (func (export "spin") (loop $l (br $l)))
  (func $tail (export "tail_spin") (param i32) (return_call $tail (local.get 0)))
  (func $rec (export "recurse") (param i32) (result i32)
    (i32.add (call $rec (local.get 0)) (i32.const 1)))
  (func $inc (export "inc") (param i32) (result i32)
    local.get 0 i32.const 1 i32.add)
  (func (export "count_down") (param i32)
    (loop $l
      local.get 0 i32.const 1 i32.sub local.tee 0
      br_if $l))
  (func (export "twice") (param i32) (result i32)
    local.get 0 call $inc call $inc)
  (memory 1)
  (func (export "count_then_fault") (param i32)
    (loop $l
      local.get 0 i32.const 1 i32.sub local.tee 0
      br_if $l)
    (drop (i32.load (i32.const -4))))
  (func (export "pick") (param i32) (result i32)
    (if (result i32) (local.get 0)
      (then nop i32.const 10)
      (else i32.const 20 drop i32.const 30))))"#;

fn setup(config: &mut Config, epochs: bool, fuel: bool) -> (Engine, Store<u32>, Instance) {
    let engine = Engine::new(config.epoch_interruption(epochs).consume_fuel(fuel));
    let module = Module::new(&engine, WAT).unwrap();
    let mut store = Store::new(&engine, 0u32);
    // Instantiation runs no code here, but a new store's deadline (0) and
    // fuel (none) would stop any.
    if epochs {
        store.set_epoch_deadline(1 << 40);
    }
    if fuel {
        store.set_fuel(u64::MAX).unwrap();
    }
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    (engine, store, instance)
}

fn epochs() -> (Engine, Store<u32>, Instance) {
    setup(&mut Config::new(), true, false)
}

fn fuel() -> (Engine, Store<u32>, Instance) {
    setup(&mut Config::new(), false, true)
}

/// Whether a new store of `engine` stops a call of an empty function.
fn new_store_interrupts(engine: &Engine) -> bool {
    let mut store = Store::new(engine, ());
    let module = Module::new(engine, "(module (func (export \"f\")))").unwrap();
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let f = instance.get_typed_func::<(), ()>(&mut store, "f").unwrap();
    match f.call(&mut store, ()) {
        Ok(()) => false,
        Err(e) => {
            assert_eq!(e.trap_code(), Some(TrapCode::Interrupt));
            true
        }
    }
}

/// Increments the epoch every millisecond until dropped.
struct Ticker {
    stop: Arc<AtomicBool>,
    thread: Option<thread::JoinHandle<()>>,
}

impl Ticker {
    fn start(engine: &Engine) -> Ticker {
        let stop = Arc::new(AtomicBool::new(false));
        let thread = thread::spawn({
            let (engine, stop) = (engine.clone(), stop.clone());
            move || {
                while !stop.load(Ordering::Relaxed) {
                    thread::sleep(Duration::from_millis(1));
                    engine.increment_epoch();
                }
            }
        });
        Ticker {
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for Ticker {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        self.thread.take().unwrap().join().unwrap();
    }
}

/// The two spinning loops and a function that returns at once.
struct Loops {
    spin: TypedFunc<(), ()>,
    tail_spin: TypedFunc<i32, ()>,
    inc: TypedFunc<i32, i32>,
}

impl Loops {
    fn of(store: &mut Store<u32>, instance: Instance) -> Loops {
        Loops {
            spin: instance.get_typed_func(&mut *store, "spin").unwrap(),
            tail_spin: instance.get_typed_func(&mut *store, "tail_spin").unwrap(),
            inc: instance.get_typed_func(&mut *store, "inc").unwrap(),
        }
    }
}

fn trap(r: Result<impl std::fmt::Debug, Error>) -> TrapCode {
    r.expect_err("expected a trap")
        .trap_code()
        .expect("a Wasm trap")
}

#[test]
fn a_deadline_of_zero_interrupts_at_the_first_function_entry() {
    let engine = Engine::new(Config::new().epoch_interruption(true));
    assert!(new_store_interrupts(&engine));
    assert!(!new_store_interrupts(&Engine::default()));
}

#[test]
fn an_epoch_incremented_by_another_thread_stops_a_loop_and_a_tail_call_loop() {
    let (engine, mut store, instance) = epochs();
    let Loops {
        spin,
        tail_spin,
        inc,
    } = Loops::of(&mut store, instance);
    let _ticker = Ticker::start(&engine);
    for _ in 0..3 {
        store.set_epoch_deadline(5);
        assert_eq!(trap(spin.call(&mut store, ())), TrapCode::Interrupt);
        store.set_epoch_deadline(5);
        assert_eq!(trap(tail_spin.call(&mut store, 7)), TrapCode::Interrupt);
        // Usable afterwards, once the deadline is in the future again.
        store.set_epoch_deadline(1 << 40);
        assert_eq!(inc.call(&mut store, 41).unwrap(), 42);
    }
    // A passed deadline stops the next call at its entry.
    store.set_epoch_deadline(0);
    assert_eq!(trap(inc.call(&mut store, 1)), TrapCode::Interrupt);
    store.epoch_deadline_trap();
}

#[test]
fn with_epochs_on_deep_recursion_is_still_a_stack_overflow() {
    let (_engine, mut store, instance) = epochs();
    let recurse = instance
        .get_typed_func::<i32, i32>(&mut store, "recurse")
        .unwrap();
    assert_eq!(trap(recurse.call(&mut store, 0)), TrapCode::StackOverflow);
    let inc = instance
        .get_typed_func::<i32, i32>(&mut store, "inc")
        .unwrap();
    assert_eq!(inc.call(&mut store, 1).unwrap(), 2);
}

#[derive(Debug)]
struct Enough(u32);

impl std::fmt::Display for Enough {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "enough after {} callbacks", self.0)
    }
}

impl std::error::Error for Enough {}

#[test]
fn the_deadline_callback_extends_the_deadline_then_stops_the_code_with_its_error() {
    let (engine, mut store, instance) = epochs();
    let spin = instance
        .get_typed_func::<(), ()>(&mut store, "spin")
        .unwrap();
    store.epoch_deadline_callback(|mut caller| {
        *caller.data_mut() += 1;
        let calls = *caller.data();
        if calls < 4 {
            Ok(UpdateDeadline::Continue(2))
        } else {
            Err(Error::host(Enough(calls)))
        }
    });
    store.set_epoch_deadline(2);
    let _ticker = Ticker::start(&engine);
    let err = spin.call(&mut store, ()).unwrap_err();
    assert_eq!(err.to_string(), "enough after 4 callbacks");
    assert_eq!(*store.data(), 4);
}

#[test]
fn fuel_stops_a_spinning_loop_and_the_store_stays_usable() {
    let (_engine, mut store, instance) = fuel();
    let Loops {
        spin,
        tail_spin,
        inc,
    } = Loops::of(&mut store, instance);
    store.set_fuel(100_000).unwrap();
    assert_eq!(trap(spin.call(&mut store, ())), TrapCode::OutOfFuel);
    assert_eq!(store.get_fuel().unwrap(), 0);
    store.set_fuel(100_000).unwrap();
    assert_eq!(trap(tail_spin.call(&mut store, 3)), TrapCode::OutOfFuel);
    store.set_fuel(3).unwrap();
    assert_eq!(inc.call(&mut store, 1).unwrap(), 2);
    assert_eq!(store.get_fuel().unwrap(), 0);
    // No fuel left: the next call stops at its entry.
    assert_eq!(trap(inc.call(&mut store, 1)), TrapCode::OutOfFuel);
}

#[test]
fn fuel_counts_are_exact() {
    let (_engine, mut store, instance) = fuel();
    let mut cost = |name: &str, arg: i32| -> u64 {
        let f = instance.get_typed_func::<i32, i32>(&mut store, name);
        store.set_fuel(1_000_000).unwrap();
        match f {
            Ok(f) => {
                f.call(&mut store, arg).unwrap();
            }
            Err(_) => {
                let f = instance
                    .get_typed_func::<i32, ()>(&mut store, name)
                    .unwrap();
                f.call(&mut store, arg).unwrap();
            }
        }
        1_000_000 - store.get_fuel().unwrap()
    };
    // local.get, i32.const, i32.add (end is free).
    assert_eq!(cost("inc", 5), 3);
    // Per iteration: local.get, i32.const, i32.sub, local.tee, br_if
    // (loop and end are free).
    assert_eq!(cost("count_down", 10), 50);
    assert_eq!(cost("count_down", 1), 5);
    // local.get, call, call, plus inc twice.
    assert_eq!(cost("twice", 1), 3 + 2 * 3);
    // local.get, if, then i32.const (nop free); else i32.const, i32.const
    // (drop free).
    assert_eq!(cost("pick", 1), 3);
    assert_eq!(cost("pick", 0), 4);
}

#[test]
fn a_trap_leaves_only_its_own_block_unpaid() {
    let (_engine, mut store, instance) = fuel();
    let f = instance
        .get_typed_func::<i32, ()>(&mut store, "count_then_fault")
        .unwrap();
    for n in [1, 1000] {
        store.set_fuel(1_000_000).unwrap();
        let trap = trap(f.call(&mut store, n));
        assert_eq!(trap, TrapCode::MemoryOutOfBounds);
        // 5 per iteration; the block after the loop (i32.const, i32.load,
        // drop) traps before it is paid for.
        assert_eq!(1_000_000 - store.get_fuel().unwrap(), 5 * n as u64);
    }
}

#[test]
fn fuel_needs_the_engine_setting() {
    let mut store = Store::new(&Engine::default(), ());
    assert!(store.set_fuel(10).is_err());
    assert!(store.get_fuel().is_err());
}

#[test]
fn an_isa_without_the_checks_is_a_clean_unsupported_error() {
    for config in [
        Config::new().epoch_interruption(true),
        Config::new().consume_fuel(true),
    ] {
        let engine = Engine::new(config.target(Target::baseline(Isa::Aarch64)));
        match Module::new(&engine, WAT) {
            Err(Error::Compile(e)) => assert!(e.to_string().contains("unsupported"), "{e}"),
            other => panic!("expected Unsupported, got {:?}", other.err()),
        }
    }
}

#[test]
fn host_functions_see_and_change_the_fuel_of_the_code_that_calls_them() {
    let engine = Engine::new(Config::new().consume_fuel(true));
    let mut store = Store::new(&engine, 0u32);
    let mut linker = Linker::new();
    let i64_ty = |params: &[WasmType], results: &[WasmType]| FuncType {
        params: params.to_vec(),
        results: results.to_vec(),
    };
    linker.func_new(
        &mut store,
        "host",
        "fuel",
        i64_ty(&[], &[WasmType::I64]),
        |caller, _, results| {
            results[0] = Val::I64(caller.get_fuel()? as i64);
            Ok(())
        },
    );
    linker.func_new(
        &mut store,
        "host",
        "set_fuel",
        i64_ty(&[WasmType::I64], &[]),
        |mut caller, params, _| {
            let Val::I64(fuel) = params[0] else {
                unreachable!()
            };
            caller.set_fuel(fuel as u64)
        },
    );
    let module = Module::new(
        &engine,
        r#"(module
          (import "host" "fuel" (func $fuel (result i64)))
          (import "host" "set_fuel" (func $set_fuel (param i64)))
          (func (export "probe") (result i64)
            (loop $l (br_if $l (i32.const 0)))
            (call $fuel))
          (func (export "refill") (param i64 i32)
            (call $set_fuel (local.get 0))
            (loop $l
              local.get 1 i32.const 1 i32.sub local.tee 1
              br_if $l)))"#,
    )
    .unwrap();
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let probe = instance
        .get_typed_func::<(), i64>(&mut store, "probe")
        .unwrap();
    store.set_fuel(1000).unwrap();
    // The loop's i32.const and br_if, then the call.
    assert_eq!(probe.call(&mut store, ()).unwrap(), 1000 - 3);
    assert_eq!(store.get_fuel().unwrap(), 1000 - 3);

    let refill = instance
        .get_typed_func::<(i64, i32), ()>(&mut store, "refill")
        .unwrap();
    store.set_fuel(1000).unwrap();
    // The code goes on with the fuel the host gave: 5 per iteration.
    refill.call(&mut store, (50, 4)).unwrap();
    assert_eq!(store.get_fuel().unwrap(), 50 - 5 * 4);
    store.set_fuel(1000).unwrap();
    assert_eq!(trap(refill.call(&mut store, (50, 11))), TrapCode::OutOfFuel);
}
