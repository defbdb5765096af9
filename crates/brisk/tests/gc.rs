//! The GC heap under load: 10^8 short-lived structs and rounds of long
//! cyclic lists run in a bounded heap (the collector frees unreachable
//! cycles), references held in globals, locals and arrays stay valid
//! across collections, and a heap at its limit traps cleanly.

use brisk::{Config, Engine, Instance, Module, Store, TrapCode};

const PROGRAM: &str = r#"(module
  (type $box (struct (field (mut i64))))
  (type $node (struct (field $val i32) (field $next (mut (ref null $node)))))
  (type $boxes (array (mut (ref null $box))))
  (global $kept (mut (ref null $node)) (ref.null $node))

  ;; $n boxes, each dropped after one read: the sum of 1..=$n.
  (func $churn (export "churn") (param $n i32) (result i64)
    (local $sum i64) (local $b (ref null $box))
    (loop $l
      (local.set $b (struct.new $box (i64.extend_i32_u (local.get $n))))
      (local.set $sum (i64.add (local.get $sum) (struct.get $box 0 (local.get $b))))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $sum))

  ;; A list of nodes $len-1 .. 0 (the head holds $len-1).
  (func $list (param $len i32) (result (ref null $node))
    (local $head (ref null $node)) (local $i i32)
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $head (struct.new $node (local.get $i) (local.get $head)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (local.get $head))

  ;; The sum of the values of the list from $n, stopping at null or after
  ;; $max nodes (rings have no end).
  (func $sum (param $n (ref null $node)) (param $max i32) (result i64)
    (local $s i64)
    (block $done
      (loop $l
        (br_if $done (ref.is_null (local.get $n)))
        (br_if $done (i32.eqz (local.get $max)))
        (local.set $s (i64.add (local.get $s)
          (i64.extend_i32_u (struct.get $node $val (local.get $n)))))
        (local.set $n (struct.get $node $next (local.get $n)))
        (local.set $max (i32.sub (local.get $max) (i32.const 1)))
        (br $l)))
    (local.get $s))

  ;; $rounds rings of $len nodes, each dropped once built and checked.
  (func (export "rings") (param $rounds i32) (param $len i32) (result i64)
    (local $ring (ref null $node)) (local $last (ref null $node)) (local $total i64)
    (loop $l
      (local.set $ring (call $list (local.get $len)))
      ;; Close the cycle: the last node points back to the head.
      (local.set $last (local.get $ring))
      (block $end
        (loop $walk
          (br_if $end (ref.is_null (struct.get $node $next (local.get $last))))
          (local.set $last (struct.get $node $next (local.get $last)))
          (br $walk)))
      (struct.set $node $next (local.get $last) (local.get $ring))
      (local.set $total (i64.add (local.get $total)
        (call $sum (local.get $ring) (local.get $len))))
      (br_if $l (local.tee $rounds (i32.sub (local.get $rounds) (i32.const 1)))))
    (local.get $total))

  (func (export "keep") (param $len i32)
    (global.set $kept (call $list (local.get $len))))
  ;; Puts $n more nodes in front of the kept list, or takes $n off it.
  (func (export "push_kept") (param $n i32)
    (loop $l
      (global.set $kept (struct.new $node (local.get $n) (global.get $kept)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
  (func (export "pop_kept") (param $n i32)
    (loop $l
      (global.set $kept (struct.get $node $next (global.get $kept)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
  (func (export "sum_kept") (result i64)
    (call $sum (global.get $kept) (i32.const -1)))

  ;; A list in a local and boxes in an array survive $churn's collections.
  (func (export "held_across") (param $len i32) (param $churn i32) (result i64)
    (local $l (ref null $node)) (local $a (ref $boxes)) (local $i i32) (local $s i64)
    (local.set $l (call $list (local.get $len)))
    (local.set $a (array.new_default $boxes (local.get $len)))
    (block $done
      (loop $fill
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (array.set $boxes (local.get $a) (local.get $i)
          (struct.new $box (i64.extend_i32_u (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $fill)))
    (drop (call $churn (local.get $churn)))
    (local.set $s (call $sum (local.get $l) (i32.const -1)))
    (local.set $i (i32.const 0))
    (block $done
      (loop $read
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $s (i64.add (local.get $s)
          (struct.get $box 0 (array.get $boxes (local.get $a) (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $read)))
    (local.get $s))
)"#;

fn setup(config: &Config) -> (Store<()>, Instance) {
    let engine = Engine::new(config);
    let mut store = Store::new(&engine, ());
    let module = Module::new(&engine, PROGRAM).expect("module compiles");
    let instance = Instance::new(&mut store, &module, &[]).expect("instantiates");
    (store, instance)
}

/// The sum of 0..n.
fn triangle(n: u64) -> u64 {
    n * (n - 1) / 2
}

/// This process's peak resident set, from `/proc/self/status`.
fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// The heap's used bytes stay this far under the allocated total.
const HEAP_BOUND: usize = 64 << 20;

#[test]
fn short_lived_objects_run_in_a_bounded_heap() {
    let (mut store, inst) = setup(&Config::new());
    let churn = inst
        .get_typed_func::<(i32,), (i64,)>(&mut store, "churn")
        .unwrap();
    let n: u64 = 100_000_000;
    let (sum,) = churn.call(&mut store, (n as i32,)).unwrap();
    assert_eq!(sum as u64, triangle(n + 1));
    let stats = store.gc_stats();
    println!(
        "10^8 boxes (1.6 GB allocated): {} collections, heap {} KiB, peak RSS {} KiB",
        stats.collections,
        stats.heap_bytes >> 10,
        peak_rss_kib()
    );
    assert!(stats.collections > 100, "{stats:?}");
    assert!(stats.heap_bytes < HEAP_BOUND, "{stats:?}");
}

#[test]
fn unreachable_cycles_are_freed() {
    let (mut store, inst) = setup(&Config::new());
    let rings = inst
        .get_typed_func::<(i32, i32), (i64,)>(&mut store, "rings")
        .unwrap();
    // 100 rings of 10^5 nodes of 24 bytes: 240 MB allocated.
    let (rounds, len) = (100u64, 100_000u64);
    let (total,) = rings.call(&mut store, (rounds as i32, len as i32)).unwrap();
    assert_eq!(total as u64, rounds * triangle(len));
    let stats = store.gc_stats();
    println!("100 rings of 10^5 nodes: {stats:?}");
    assert!(stats.collections > 10, "{stats:?}");
    assert!(stats.heap_bytes < HEAP_BOUND, "{stats:?}");
}

#[test]
fn references_survive_collections() {
    let (mut store, inst) = setup(&Config::new());
    let keep = inst
        .get_typed_func::<(i32,), ()>(&mut store, "keep")
        .unwrap();
    let sum_kept = inst
        .get_typed_func::<(), (i64,)>(&mut store, "sum_kept")
        .unwrap();
    let churn = inst
        .get_typed_func::<(i32,), (i64,)>(&mut store, "churn")
        .unwrap();
    let held = inst
        .get_typed_func::<(i32, i32), (i64,)>(&mut store, "held_across")
        .unwrap();
    let len = 100_000u64;
    keep.call(&mut store, (len as i32,)).unwrap();
    churn.call(&mut store, (5_000_000,)).unwrap();
    let before = store.gc_stats().collections;
    assert!(before > 0);
    assert_eq!(
        sum_kept.call(&mut store, ()).unwrap().0 as u64,
        triangle(len)
    );
    let (s,) = held.call(&mut store, (len as i32, 5_000_000)).unwrap();
    assert_eq!(s as u64, 2 * triangle(len));
    assert!(store.gc_stats().collections > before);
    assert_eq!(
        sum_kept.call(&mut store, ()).unwrap().0 as u64,
        triangle(len)
    );
}

#[test]
fn a_full_heap_traps_cleanly() {
    let mut config = Config::new();
    config.gc_heap_limit(4 << 20);
    let (mut store, inst) = setup(&config);
    let keep = inst
        .get_typed_func::<(i32,), ()>(&mut store, "keep")
        .unwrap();
    // 10^6 live nodes need 24 MB.
    let e = keep.call(&mut store, (1_000_000,)).unwrap_err();
    assert_eq!(e.trap_code(), Some(TrapCode::GcOutOfMemory), "{e}");
    // Garbage is still collected at the limit: the store stays usable.
    let churn = inst
        .get_typed_func::<(i32,), (i64,)>(&mut store, "churn")
        .unwrap();
    assert_eq!(
        churn.call(&mut store, (1_000_000,)).unwrap().0 as u64,
        triangle(1_000_001)
    );
}

/// Live data that nearly fills the heap's limit makes churning garbage
/// trap `GcOutOfMemory` at once rather than collect every few allocations
/// (each collection would free only the few bytes churned since the last).
#[test]
fn a_nearly_full_heap_traps_instead_of_thrashing() {
    let mut config = Config::new();
    config.gc_heap_limit(4 << 20);
    let (mut store, inst) = setup(&config);
    let push = inst
        .get_typed_func::<(i32,), ()>(&mut store, "push_kept")
        .unwrap();
    let pop = inst
        .get_typed_func::<(i32,), ()>(&mut store, "pop_kept")
        .unwrap();
    let churn = inst
        .get_typed_func::<(i32,), (i64,)>(&mut store, "churn")
        .unwrap();
    // Fill the heap with kept nodes up to its limit, then free 20 of them
    // (480 bytes: 30 boxes' worth).
    let full = (0..1000)
        .map(|_| push.call(&mut store, (1000,)))
        .find_map(Result::err)
        .expect("4 MiB holds fewer than 10^6 nodes");
    assert_eq!(full.trap_code(), Some(TrapCode::GcOutOfMemory), "{full}");
    pop.call(&mut store, (20,)).unwrap();
    let before = store.gc_stats().collections;
    let e = churn.call(&mut store, (100_000,)).unwrap_err();
    assert_eq!(e.trap_code(), Some(TrapCode::GcOutOfMemory), "{e}");
    let collections = store.gc_stats().collections - before;
    assert!(collections <= 2, "{collections} collections");
    // With the kept list gone the same churn runs.
    let keep = inst
        .get_typed_func::<(i32,), ()>(&mut store, "keep")
        .unwrap();
    keep.call(&mut store, (0,)).unwrap();
    assert_eq!(
        churn.call(&mut store, (100_000,)).unwrap().0 as u64,
        triangle(100_001)
    );
}

/// A global the host made holds its object across collections: the
/// store registers it as a root.
#[test]
fn a_host_global_is_a_root() {
    use brisk::{Extern, Global, GlobalType, Val, WasmType};
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let global = Global::new(
        &mut store,
        GlobalType {
            content: WasmType::AnyRef,
            mutable: true,
        },
        Val::AnyRef(None),
    )
    .unwrap();
    let module = Module::new(
        &engine,
        r#"(module
          (type $cell (struct (field i64) (field (ref null $cell))))
          (type $box (struct (field i64)))
          (import "host" "g" (global $g (mut anyref)))
          (func (export "fill") (param $n i64)
            (local $l (ref null $cell))
            (loop $l1
              (local.set $l (struct.new $cell (local.get $n) (local.get $l)))
              (br_if $l1 (i64.ne (local.tee $n (i64.sub (local.get $n) (i64.const 1)))
                                 (i64.const 0))))
            (global.set $g (local.get $l)))
          (func (export "churn") (param $n i32)
            (loop $l
              (drop (struct.new $box (i64.const 1)))
              (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
          (func (export "sum") (result i64)
            (local $c (ref null $cell)) (local $s i64)
            (local.set $c (ref.cast (ref null $cell) (global.get $g)))
            (block $done
              (loop $l
                (br_if $done (ref.is_null (local.get $c)))
                (local.set $s (i64.add (local.get $s) (struct.get $cell 0 (local.get $c))))
                (local.set $c (struct.get $cell 1 (local.get $c)))
                (br $l)))
            (local.get $s)))"#,
    )
    .unwrap();
    let inst = Instance::new(&mut store, &module, &[Extern::Global(global)]).unwrap();
    let fill = inst
        .get_typed_func::<(i64,), ()>(&mut store, "fill")
        .unwrap();
    let churn = inst
        .get_typed_func::<(i32,), ()>(&mut store, "churn")
        .unwrap();
    let sum = inst
        .get_typed_func::<(), (i64,)>(&mut store, "sum")
        .unwrap();
    fill.call(&mut store, (100_000,)).unwrap();
    churn.call(&mut store, (2_000_000,)).unwrap();
    assert!(store.gc_stats().collections > 0);
    assert_eq!(
        sum.call(&mut store, ()).unwrap().0 as u64,
        triangle(100_001)
    );
}
