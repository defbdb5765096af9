//! Shared memories through the embedding API: modules that declare or
//! import one (plain accesses, bounds checks, growth, bulk operations, in
//! every bounds-check mode), the linking rules, several stores on several
//! threads, growth while other threads access, and wait/notify from the
//! host under stress.

use brisk::{
    BoundsChecks, CompileError, Config, Engine, Error, Extern, ExternType, Instance, Isa, Linker,
    Memory, MemoryType, Module, SharedMemory, Store, Target, TrapCode, Val, WaitResult,
};
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::{Duration, Instant};

mod bounds_engines;
use bounds_engines::{PAGE, engines};

fn call(store: &mut Store<()>, instance: Instance, name: &str, args: &[Val]) -> Result<i32, Error> {
    let f = instance.get_func(&mut *store, name).unwrap();
    let mut results = [Val::I32(0)];
    let n = f.ty(&*store).results.len();
    f.call(&mut *store, args, &mut results[..n])?;
    Ok(match results[0] {
        Val::I32(v) => v,
        ref other => panic!("{name} returned {other:?}"),
    })
}

fn trap(code: TrapCode) -> Result<i32, Error> {
    Err(Error::from(code))
}

/// A module with a shared memory of 1 to 4 pages as memory `shared` (0 or
/// 1, beside an unshared one), and plain operators on it.
fn plain_ops(shared: u32) -> String {
    let memories = match shared {
        0 => "(memory $s (export \"mem\") 1 4 shared) (memory $p 1)",
        _ => "(memory $p 1) (memory $s (export \"mem\") 1 4 shared)",
    };
    format!(
        r#"(module {memories}
          (data (memory $s) (i32.const 16) "hello")
          (func (export "load") (param i32) (result i32) (i32.load $s (local.get 0)))
          (func (export "load_far") (param i32) (result i32)
            (i32.load $s offset=65536 (local.get 0)))
          (func (export "store") (param i32 i32) (i32.store $s (local.get 0) (local.get 1)))
          (func (export "store8") (param i32 i32) (i32.store8 $s (local.get 0) (local.get 1)))
          (func (export "size") (result i32) (memory.size $s))
          (func (export "grow") (param i32) (result i32) (memory.grow $s (local.get 0)))
          (func (export "fill") (param i32 i32 i32)
            (memory.fill $s (local.get 0) (local.get 1) (local.get 2)))
          (func (export "copy") (param i32 i32 i32)
            (memory.copy $s $s (local.get 0) (local.get 1) (local.get 2)))
          (func (export "plain_load") (param i32) (result i32) (i32.load $p (local.get 0))))"#
    )
}

#[test]
fn plain_operators_work_on_a_shared_memory_in_every_bounds_mode() {
    for engine in engines() {
        for index in [0, 1] {
            let module = Module::new(&engine, plain_ops(index)).unwrap();
            let mut store = Store::new(&engine, ());
            let instance = Instance::new(&mut store, &module, &[]).unwrap();
            let s = &mut store;
            let mem = instance.get_shared_memory(&mut *s, "mem").unwrap();
            assert!(instance.get_memory(&mut *s, "mem").is_none());
            assert_eq!(mem.ty(), MemoryType::shared(1, 4));
            let at = |v: u64| Val::I32(v as i32);

            // The data segment, then stores and loads both ways.
            let mut hello = [0; 5];
            mem.read(16, &mut hello).unwrap();
            assert_eq!(&hello, b"hello");
            call(s, instance, "store", &[at(PAGE - 4), Val::I32(0x1234_5678)]).unwrap();
            let mut end = [0; 4];
            mem.read(PAGE - 4, &mut end).unwrap();
            assert_eq!(u32::from_le_bytes(end), 0x1234_5678);
            mem.write(100, &7u32.to_le_bytes()).unwrap();
            assert_eq!(call(s, instance, "load", &[at(100)]), Ok(7));
            assert_eq!(call(s, instance, "load", &[at(PAGE - 4)]), Ok(0x1234_5678));
            assert_eq!(call(s, instance, "plain_load", &[at(100)]), Ok(0));

            // Bounds: the last byte, then one past it, and the far offset.
            let oob = trap(TrapCode::MemoryOutOfBounds);
            assert_eq!(call(s, instance, "load", &[at(PAGE - 3)]), oob);
            assert_eq!(call(s, instance, "store8", &[at(PAGE - 1), at(1)]), Ok(0));
            assert_eq!(call(s, instance, "store8", &[at(PAGE), at(1)]), oob);
            assert_eq!(call(s, instance, "load_far", &[at(0)]), oob);

            // Growth from Wasm and from the host, seen by both.
            assert_eq!(call(s, instance, "grow", &[at(1)]), Ok(1));
            assert_eq!(mem.size(), 2);
            assert_eq!(call(s, instance, "load_far", &[at(PAGE - 4)]), Ok(0));
            assert_eq!(call(s, instance, "load_far", &[at(PAGE - 3)]), oob);
            assert_eq!(mem.grow(1).unwrap(), 2);
            assert_eq!(call(s, instance, "size", &[]), Ok(3));
            assert_eq!(call(s, instance, "load", &[at(3 * PAGE - 4)]), Ok(0));
            assert_eq!(call(s, instance, "grow", &[at(2)]), Ok(-1));
            assert!(mem.grow(2).is_err());
            assert_eq!(call(s, instance, "grow", &[at(1)]), Ok(3));
            assert_eq!((mem.size(), mem.data_size() as u64), (4, 4 * PAGE));

            // Bulk operations, bounded.
            call(s, instance, "fill", &[at(200), at(0xab), at(3)]).unwrap();
            call(s, instance, "copy", &[at(201), at(16), at(5)]).unwrap();
            let mut bulk = [0; 7];
            mem.read(199, &mut bulk).unwrap();
            assert_eq!(&bulk, b"\0\xabhello");
            assert_eq!(
                call(s, instance, "fill", &[at(4 * PAGE - 1), at(1), at(2)]),
                oob
            );
            assert_eq!(
                call(s, instance, "copy", &[at(0), at(4 * PAGE - 1), at(2)]),
                oob
            );
        }
    }
}

#[test]
fn host_access_is_bounded_and_the_cells_cover_the_memory() {
    let engine = Engine::default();
    let mem = SharedMemory::new(&engine, MemoryType::shared(1, 2)).unwrap();
    let oob = Err(Error::from(TrapCode::MemoryOutOfBounds));
    assert_eq!(mem.write(PAGE - 2, &[1, 2, 3]), oob);
    assert_eq!(mem.read(PAGE - 2, &mut [0; 3]), oob);
    assert_eq!(mem.read(u64::MAX, &mut [0; 1]), oob);
    mem.write(PAGE - 2, &[1, 2]).unwrap();
    let cells = mem.data();
    assert_eq!(cells.len() as u64, PAGE);
    assert_eq!(cells.as_ptr().cast::<u8>(), mem.data_ptr().cast_const());
    // SAFETY: no other thread uses this memory.
    assert_eq!(unsafe { *cells[PAGE as usize - 1].get() }, 2);
    mem.grow(1).unwrap();
    assert_eq!(mem.data().len() as u64, 2 * PAGE);
    assert_eq!(
        mem.data_ptr(),
        cells.as_ptr().cast::<u8>().cast_mut(),
        "never moves"
    );
}

#[test]
fn atomic_operators_compile_for_x86_64_and_are_unsupported_for_aarch64() {
    let engine_for = |isa| Engine::new(Config::new().target(Target::baseline(isa)));
    let (x64, aarch64) = (engine_for(Isa::X86_64), engine_for(Isa::Aarch64));
    for body in [
        "(drop (i32.atomic.load (i32.const 0)))",
        "(drop (memory.atomic.notify (i32.const 0) (i32.const 1)))",
        "(atomic.fence)",
    ] {
        for memory in ["(memory 1 1 shared)", "(memory 1 1)"] {
            let wat = format!("(module {memory} (func {body}))");
            if let Err(e) = Module::new(&x64, &wat) {
                panic!("{wat}: {e}");
            }
            match Module::new(&aarch64, &wat) {
                Err(Error::Compile(e @ CompileError::Unsupported { .. })) => {
                    assert!(e.to_string().contains("threads"), "{e}")
                }
                other => panic!("{wat}: {:?}", other.map(|_| ())),
            }
        }
    }
}

#[test]
fn importing_checks_sharing_limits_and_bounds_mode() {
    let engine = Engine::default();
    let wants_shared = Module::new(
        &engine,
        r#"(module (import "env" "m" (memory 1 2 shared)))"#,
    )
    .unwrap();
    let wants_plain = Module::new(&engine, r#"(module (import "env" "m" (memory 1 2)))"#).unwrap();
    let imports: Vec<_> = wants_shared.imports().map(|(_, _, ty)| ty).collect();
    assert_eq!(imports, [ExternType::Memory(MemoryType::shared(1, 2))]);
    let mut store = Store::new(&engine, ());
    let shared = |min, max| SharedMemory::new(&engine, MemoryType::shared(min, max)).unwrap();
    let plain = Memory::new(&mut store, MemoryType::new(1, Some(2))).unwrap();
    let link = |store: &mut Store<()>, module: &Module, ext: Extern| {
        Instance::new(store, module, &[ext]).map(drop)
    };
    let unlinkable = |r: Result<(), Error>| matches!(r, Err(Error::Unlinkable(_)));

    assert!(link(&mut store, &wants_shared, shared(1, 2).into()).is_ok());
    assert!(link(&mut store, &wants_shared, shared(2, 2).into()).is_ok());
    let message = |r: Result<(), Error>| r.unwrap_err().to_string();
    assert_eq!(
        message(link(&mut store, &wants_shared, plain.into())),
        "unlinkable: incompatible import type for env::m: a shared memory is expected"
    );
    assert_eq!(
        message(link(&mut store, &wants_plain, shared(1, 2).into())),
        "unlinkable: incompatible import type for env::m: an unshared memory is expected"
    );
    assert!(link(&mut store, &wants_plain, plain.into()).is_ok());
    // A maximum above the import's, or a size below its minimum.
    assert!(unlinkable(link(
        &mut store,
        &wants_shared,
        shared(1, 3).into()
    )));
    assert!(unlinkable(link(
        &mut store,
        &wants_shared,
        shared(0, 2).into()
    )));
    // Grown to the import's minimum, it links.
    let growing = shared(0, 2);
    growing.grow(1).unwrap();
    assert!(link(&mut store, &wants_shared, growing.into()).is_ok());

    // Code compiled for guard pages cannot use a memory reserved for
    // explicit checks; the other way round it can.
    let explicit = Engine::new(Config::new().bounds_checks(BoundsChecks::Explicit));
    let small = SharedMemory::new(&explicit, MemoryType::shared(1, 2)).unwrap();
    assert!(unlinkable(link(&mut store, &wants_shared, small.into())));
    let explicit_module = Module::new(
        &explicit,
        r#"(module (import "env" "m" (memory 1 2 shared)))"#,
    )
    .unwrap();
    let mut explicit_store = Store::new(&explicit, ());
    assert!(link(&mut explicit_store, &explicit_module, shared(1, 2).into()).is_ok());

    // Each kind of memory is created by its own type.
    assert!(SharedMemory::new(&engine, MemoryType::new(1, Some(2))).is_err());
    assert!(SharedMemory::new(&engine, MemoryType::shared(3, 2)).is_err());
    assert!(Memory::new(&mut store, MemoryType::shared(1, 2)).is_err());
}

#[test]
fn instances_in_stores_on_several_threads_share_one_memory() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<SharedMemory>();
    const THREADS: usize = 8;
    for engine in engines() {
        // Each thread grows the memory by a page from Wasm and fills the
        // page it got (the old size) with its number, and says which.
        let module = Module::new(
            &engine,
            r#"(module
              (import "env" "mem" (memory 1 16 shared))
              (func (export "claim") (param $id i32) (result i32)
                (local $page i32) (local $at i32)
                (local.set $page (memory.grow (i32.const 1)))
                (local.set $at (i32.mul (local.get $page) (i32.const 65536)))
                (memory.fill (local.get $at) (local.get $id) (i32.const 65535))
                (i32.store8 offset=65535 (local.get $at) (local.get $id))
                (local.get $page)))"#,
        )
        .unwrap();
        let mem = SharedMemory::new(&engine, MemoryType::shared(1, 16)).unwrap();
        let start = Arc::new(Barrier::new(THREADS));
        let threads: Vec<_> = (0..THREADS)
            .map(|id| {
                let (engine, module, mem, start) =
                    (engine.clone(), module.clone(), mem.clone(), start.clone());
                thread::spawn(move || {
                    // First, before anything that may fail: no thread is
                    // left waiting at the barrier for one that panicked.
                    start.wait();
                    let mut store = Store::new(&engine, ());
                    let mut linker = Linker::new();
                    linker.define("env", "mem", mem);
                    let instance = linker.instantiate(&mut store, &module).unwrap();
                    let id = Val::I32(id as i32 + 1);
                    call(&mut store, instance, "claim", &[id]).unwrap() as u64
                })
            })
            .collect();
        let pages: BTreeSet<u64> = threads.into_iter().map(|t| t.join().unwrap()).collect();
        assert_eq!(
            pages,
            (1..=THREADS as u64).collect(),
            "each grow its own page"
        );
        assert_eq!(mem.size(), 1 + THREADS as u64);
        // Every page holds one thread's number throughout.
        let mut owners = BTreeSet::new();
        for page in 1..=THREADS as u64 {
            let mut bytes = vec![0; PAGE as usize];
            mem.read(page * PAGE, &mut bytes).unwrap();
            assert!(bytes.iter().all(|&b| b == bytes[0]), "page {page}");
            owners.insert(bytes[0]);
        }
        assert_eq!(owners, (1..=THREADS as u8).collect());
    }
}

#[test]
fn growing_while_other_threads_access_never_faults() {
    const GROWS: u64 = 255;
    for engine in engines() {
        let mem = SharedMemory::new(&engine, MemoryType::shared(1, 1 + GROWS)).unwrap();
        // Wasm code that stores and loads the last word of the memory as
        // `memory.size` gives it, `n` times.
        let module = Module::new(
            &engine,
            r#"(module
              (import "env" "mem" (memory 1 256 shared))
              (func (export "touch_end") (param $n i32) (result i32)
                (local $end i32) (local $sum i32)
                (loop $again
                  (local.set $end (i32.mul (memory.size) (i32.const 65536)))
                  (i32.store (i32.sub (local.get $end) (i32.const 4)) (local.get $end))
                  (local.set $sum (i32.add (local.get $sum)
                    (i32.load (i32.sub (local.get $end) (i32.const 4)))))
                  (br_if $again (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
                (local.get $sum)))"#,
        )
        .unwrap();
        let done = Arc::new(AtomicBool::new(false));
        let host_accesses = Arc::new(AtomicU64::new(0));
        let wasm_rounds = Arc::new(AtomicU64::new(0));
        let host = (0..2).map(|_| {
            let (mem, done, count) = (mem.clone(), done.clone(), host_accesses.clone());
            thread::spawn(move || {
                while !done.load(Ordering::Relaxed) {
                    // The published length, the old end and the new end.
                    let len = mem.data_size() as u64;
                    for at in [len - 4, len.saturating_sub(PAGE + 4), (len / 2) & !3] {
                        mem.write(at, &(at as u32).to_le_bytes()).unwrap();
                        let mut back = [0; 4];
                        mem.read(at, &mut back).unwrap();
                        count.fetch_add(1, Ordering::Relaxed);
                    }
                }
            })
        });
        let wasm = (0..2).map(|_| {
            let (engine, module, mem) = (engine.clone(), module.clone(), mem.clone());
            let (done, rounds) = (done.clone(), wasm_rounds.clone());
            thread::spawn(move || {
                let mut store = Store::new(&engine, ());
                let instance = Instance::new(&mut store, &module, &[mem.into()]).unwrap();
                while !done.load(Ordering::Relaxed) {
                    call(&mut store, instance, "touch_end", &[Val::I32(100)]).unwrap();
                    rounds.fetch_add(1, Ordering::Relaxed);
                }
            })
        });
        let accessors: Vec<_> = host.chain(wasm).collect();
        let progress = || {
            (
                host_accesses.load(Ordering::Relaxed),
                wasm_rounds.load(Ordering::Relaxed),
            )
        };
        // Both kinds of accessors make progress before the first grow and
        // after every 16th (waited for, not slept for: under load a sleep
        // may pass with the accessors unscheduled). An accessor that ends
        // early has failed: its join below says how.
        let both_advance = |from: (u64, u64)| {
            while (progress().0 == from.0 || progress().1 == from.1)
                && !accessors.iter().any(|t| t.is_finished())
            {
                thread::yield_now();
            }
        };
        both_advance((0, 0));
        let before = progress();
        let start = Instant::now();
        for old in 1..=GROWS {
            assert_eq!(mem.grow(1).unwrap(), old);
            if old % 16 == 0 {
                both_advance(progress());
            }
        }
        let during = (progress().0 - before.0, progress().1 - before.1);
        let took = start.elapsed();
        done.store(true, Ordering::Relaxed);
        for t in accessors {
            t.join().unwrap();
        }
        assert_eq!(mem.size(), 1 + GROWS);
        let (h, w) = during;
        eprintln!("{GROWS} grows in {took:?}, meanwhile {h} host accesses and {w} Wasm calls");
        assert!(h > 0 && w > 0, "the accessors ran while the memory grew");
    }
}

/// A 4-byte word of `mem` to use atomically from the host.
fn word(mem: &SharedMemory, at: u64) -> &AtomicU32 {
    let cell = &mem.data()[at as usize..at as usize + 4];
    assert_eq!(cell.as_ptr() as usize % 4, 0);
    // SAFETY: aligned, in bounds, alive as long as `mem`; these tests
    // access the word only atomically.
    unsafe { AtomicU32::from_ptr(cell.as_ptr().cast::<u32>().cast_mut()) }
}

#[test]
fn wait_returns_not_equal_timed_out_and_woken() {
    let engine = Engine::default();
    let mem = SharedMemory::new(&engine, MemoryType::shared(1, 1)).unwrap();
    mem.write(8, &u64::MAX.to_le_bytes()).unwrap();
    assert_eq!(mem.atomic_wait32(8, 0, None), Ok(WaitResult::NotEqual));
    assert_eq!(mem.atomic_wait64(8, 1, None), Ok(WaitResult::NotEqual));
    let ms = Duration::from_millis(10);
    let start = Instant::now();
    assert_eq!(
        mem.atomic_wait32(8, u32::MAX, Some(ms)),
        Ok(WaitResult::TimedOut)
    );
    assert_eq!(
        mem.atomic_wait64(8, u64::MAX, Some(ms)),
        Ok(WaitResult::TimedOut)
    );
    assert!(start.elapsed() >= 2 * ms);
    let (unaligned, oob) = (
        Error::from(TrapCode::UnalignedAtomic),
        Error::from(TrapCode::MemoryOutOfBounds),
    );
    assert_eq!(mem.atomic_wait32(2, 0, None), Err(unaligned.clone()));
    assert_eq!(mem.atomic_wait64(12, 0, None), Err(unaligned.clone()));
    assert_eq!(mem.atomic_notify(6, 1), Err(unaligned));
    assert_eq!(mem.atomic_notify(PAGE, 1), Err(oob.clone()));
    assert_eq!(mem.atomic_wait64(PAGE, 0, None), Err(oob));

    // A waiter with no timeout, woken by the one notify that finds it.
    let waiter = {
        let mem = mem.clone();
        thread::spawn(move || mem.atomic_wait32(0, 0, None))
    };
    let mut woken = 0;
    while woken == 0 {
        woken = mem.atomic_notify(0, 1).unwrap();
        thread::yield_now();
    }
    assert_eq!(woken, 1);
    assert_eq!(waiter.join().unwrap(), Ok(WaitResult::Woken));
    assert_eq!(mem.atomic_notify(0, 1), Ok(0));
}

/// Resumes the first panic among the results of joined threads.
fn resume_panics<R>(results: impl IntoIterator<Item = thread::Result<R>>) {
    for r in results {
        if let Err(panic) = r {
            std::panic::resume_unwind(panic);
        }
    }
}

/// Long enough never to pass in a passing run: a wait that times out means
/// a wake-up was lost.
const WATCHDOG: Duration = Duration::from_secs(20);

#[test]
fn no_wake_up_is_lost_when_the_value_changes_before_the_notify() {
    // Waiters wait for the generation word to reach each round; the
    // notifier bumps it and wakes everyone, without waiting for them. A
    // waiter that compared the old generation just before the bump must
    // either be queued by the notify or see the new value.
    const WAITERS: usize = 8;
    const ROUNDS: u32 = 1000;
    let engine = Engine::default();
    let mem = SharedMemory::new(&engine, MemoryType::shared(1, 1)).unwrap();
    let (waits, arrived) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)));
    let start = Instant::now();
    let waiters: Vec<_> = (0..WAITERS)
        .map(|_| {
            let (mem, waits, arrived) = (mem.clone(), waits.clone(), arrived.clone());
            thread::spawn(move || {
                let generation = word(&mem, 0);
                for round in 1..=ROUNDS {
                    loop {
                        let seen = generation.load(Ordering::SeqCst);
                        if seen >= round {
                            break;
                        }
                        let r = mem.atomic_wait32(0, seen, Some(WATCHDOG)).unwrap();
                        assert_ne!(r, WaitResult::TimedOut, "a lost wake-up");
                        waits.fetch_add(1, Ordering::Relaxed);
                    }
                    arrived.fetch_add(1, Ordering::SeqCst);
                }
            })
        })
        .collect();
    let generation = word(&mem, 0);
    let mut woken = 0u64;
    'rounds: for round in 1..=ROUNDS as u64 {
        generation.fetch_add(1, Ordering::SeqCst);
        woken += mem.atomic_notify(0, u32::MAX).unwrap() as u64;
        // The next bump comes as the waiters head for their next wait
        // (unless one of them failed: then its panic ends the test).
        while arrived.load(Ordering::SeqCst) < WAITERS as u64 * round {
            if waiters.iter().any(|w| w.is_finished()) {
                break 'rounds;
            }
            thread::yield_now();
        }
    }
    resume_panics(waiters.into_iter().map(|w| w.join()));
    let waits = waits.load(Ordering::Relaxed);
    eprintln!(
        "{WAITERS} waiters, {ROUNDS} rounds in {:?}: {waits} waits returned, {woken} woken",
        start.elapsed()
    );
    // Every wait woken by a notify was counted by it; the others saw a
    // newer generation.
    assert!(woken <= waits);
}

#[test]
fn many_waiters_and_notifiers_account_for_every_wake_up() {
    // Waiters on four addresses wait on a value that never changes, so
    // only notifies end their waits; notifiers wake one or two at a time
    // until every wait has ended. What the notifies report woken is
    // exactly the number of waits that ended woken.
    const WAITERS: usize = 16;
    const WAITS: u64 = 250;
    const NOTIFIERS: usize = 4;
    const ADDRESSES: u64 = 4;
    let engine = Engine::default();
    let mem = SharedMemory::new(&engine, MemoryType::shared(1, 1)).unwrap();
    let ended = Arc::new(AtomicU64::new(0));
    let total = WAITERS as u64 * WAITS;
    let start = Instant::now();
    let waiters: Vec<_> = (0..WAITERS)
        .map(|i| {
            let (mem, ended) = (mem.clone(), ended.clone());
            let addr = 64 * (i as u64 % ADDRESSES);
            thread::spawn(move || {
                for _ in 0..WAITS {
                    let r = mem.atomic_wait32(addr, 0, Some(WATCHDOG)).unwrap();
                    assert_eq!(r, WaitResult::Woken, "a lost wake-up");
                    ended.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    let woken = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let notifiers: Vec<_> = (0..NOTIFIERS)
        .map(|i| {
            let (mem, woken, stop) = (mem.clone(), woken.clone(), stop.clone());
            thread::spawn(move || {
                let mut k = i as u64;
                while woken.load(Ordering::SeqCst) < total && !stop.load(Ordering::Relaxed) {
                    let (addr, count) = (64 * (k % ADDRESSES), 1 + (k % 2) as u32);
                    let n = mem.atomic_notify(addr, count).unwrap();
                    assert!(n <= count);
                    woken.fetch_add(n as u64, Ordering::SeqCst);
                    k += 1;
                    if n == 0 {
                        thread::yield_now();
                    }
                }
            })
        })
        .collect();
    // The waiters end (at worst by the watchdog), then the notifiers.
    let waited: Vec<_> = waiters.into_iter().map(|t| t.join()).collect();
    stop.store(true, Ordering::Relaxed);
    resume_panics(notifiers.into_iter().map(|t| t.join()));
    resume_panics(waited);
    eprintln!(
        "{WAITERS} waiters x {WAITS} waits on {ADDRESSES} addresses, {NOTIFIERS} notifiers: {:?}",
        start.elapsed()
    );
    assert_eq!(ended.load(Ordering::Relaxed), total);
    assert_eq!(woken.load(Ordering::SeqCst), total);
    for a in 0..ADDRESSES {
        assert_eq!(mem.atomic_notify(64 * a, u32::MAX), Ok(0), "no one left");
    }
}
