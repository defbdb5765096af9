//! Precise stack roots: references in value-stack slots and locals stay
//! alive across collections run under every kind of call (direct,
//! indirect, `call_ref`, host, Wasm -> host -> Wasm, tail calls, deep
//! recursion, allocation in loops, exceptions thrown through frames that
//! hold references), eagerly and lazily compiled, in both bounds modes;
//! and a reference dropped from the value stack is freed although its
//! slot still holds the word (which a conservative stack scan would keep).
//! Every store runs with the collector's poison mode (freed memory is
//! poisoned and never reused), so a missing root reads poison and fails
//! the checks, and every test checks that no collection met a return
//! address without a stack map or a mapped word that is not an object.

use brisk::{
    BoundsChecks, Caller, Config, Engine, Func, FuncType, Instance, Linker, Module, Store, Val,
    WasmType,
};

mod calls;

const WAT: &str = r#"(module
  (type $box (struct (field i64)))
  (type $node (struct (field i64) (field (ref null $node))))
  (type $bytes (array (mut i8)))
  (type $fn (func (param (ref null $box)) (result i64)))
  (type $tail (func (param (ref null $box) i32) (result i64)))
  (import "host" "gc" (func $gc))
  (import "host" "reenter" (func $reenter (param i64) (result i64)))
  (tag $e (param (ref null $box) i64))
  (table $t 2 funcref)
  (elem (table $t) (i32.const 0) func $read_gc $tail_target)

  ;; $n short-lived boxes: collections by the allocation builtin.
  (func $churn (param $n i32)
    (loop $l
      (drop (struct.new $box (i64.const 7)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
  (func $box (param $v i64) (result (ref $box)) (struct.new $box (local.get $v)))
  (func $take (param $b (ref null $box)) (param $v i64) (result i64)
    (i64.add (struct.get $box 0 (local.get $b)) (local.get $v)))
  (func $nothing)
  ;; Collects (host, then allocation builtin) while its callers' references wait.
  (func $read_gc (type $fn)
    (call $gc)
    (call $churn (i32.const 100000))
    (struct.get $box 0 (local.get 0)))

  ;; A box under each kind of call on the value stack, others in locals
  ;; (anyref, and externref holding a GC object): 1 + 2 + ... + 4096.
  (func (export "call_kinds") (result i64)
    (local $a (ref null $box)) (local $b anyref) (local $e externref) (local $s i64)
    (local.set $a (call $box (i64.const 1)))
    (local.set $b (call $box (i64.const 2)))
    (local.set $e (extern.convert_any (call $box (i64.const 4))))
    (local.set $s (call $take (call $box (i64.const 8))
      (call $read_gc (call $box (i64.const 16)))))
    (local.set $s (i64.add (local.get $s) (call $take (call $box (i64.const 32))
      (call_indirect $t (type $fn) (call $box (i64.const 64)) (i32.const 0)))))
    (local.set $s (i64.add (local.get $s) (call $take (call $box (i64.const 128))
      (call_ref $fn (call $box (i64.const 256)) (ref.func $read_gc)))))
    (local.set $s (i64.add (local.get $s) (call $take (call $box (i64.const 512))
      (block (result i64) (call $gc) (i64.const 1024)))))
    (local.set $s (i64.add (local.get $s) (call $take (call $box (i64.const 2048))
      (call $reenter (i64.const 4096)))))
    (i64.add (local.get $s)
      (i64.add (struct.get $box 0 (local.get $a))
        (i64.add (struct.get $box 0 (ref.cast (ref $box) (local.get $b)))
          (struct.get $box 0 (ref.cast (ref $box) (any.convert_extern (local.get $e))))))))

  ;; Called by the host from inside "call_kinds" (Wasm -> host -> Wasm).
  (func (export "inner") (param $v i64) (result i64)
    (local $x (ref null $box))
    (local.set $x (call $box (local.get $v)))
    (call $churn (i32.const 100000))
    (call $gc)
    (struct.get $box 0 (local.get $x)))

  ;; $n frames, each holding a box in a local and one on the value stack:
  ;; the sum of k + 1 for k in 1..=$n.
  (func $deep (export "deep") (param $n i32) (result i64)
    (local $b (ref null $box))
    (if (result i64) (i32.eqz (local.get $n))
      (then (call $gc) (call $churn (i32.const 100000)) (i64.const 0))
      (else
        (local.set $b (call $box (i64.extend_i32_u (local.get $n))))
        (call $take (call $box (i64.const 1))
          (i64.add (struct.get $box 0 (local.get $b))
            (call $deep (i32.sub (local.get $n) (i32.const 1))))))))

  ;; A list grown one node per iteration while the loop allocates
  ;; garbage (the node's fields wait on the value stack at each
  ;; allocation): the sum 0 + 1 + ... + ($n - 1).
  (func (export "loop") (param $n i32) (result i64)
    (local $list (ref null $node)) (local $i i32) (local $s i64)
    (loop $l
      (local.set $list (struct.new $node (i64.extend_i32_u (local.get $i)) (local.get $list)))
      (call $churn (i32.const 1000))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1)))
                          (local.get $n))))
    (block $done
      (loop $sum
        (br_if $done (ref.is_null (local.get $list)))
        (local.set $s (i64.add (local.get $s) (struct.get $node 0 (local.get $list))))
        (local.set $list (struct.get $node 1 (local.get $list)))
        (br $sum)))
    (local.get $s))

  ;; Throws through $middle's frame, which holds boxes, after collecting;
  ;; the catcher collects again with the payload on its value stack:
  ;; 1000 (payload box) + 100 (payload i64) + 1 (local) + 10 (never added).
  (func $thrower (param $b (ref null $box))
    (local $mine (ref null $box))
    (local.set $mine (call $box (i64.const 100)))
    (call $gc)
    (call $churn (i32.const 100000))
    (throw $e (local.get $b) (struct.get $box 0 (local.get $mine))))
  (func $middle (param $b (ref null $box)) (result i64)
    (local $m (ref null $box))
    (local.set $m (call $box (i64.const 10)))
    (call $take (local.get $m) (block (result i64) (call $thrower (local.get $b)) (i64.const 0))))
  (func (export "exceptions") (result i64)
    (local $a (ref null $box)) (local $s i64)
    (local.set $a (call $box (i64.const 1)))
    (block $h (result (ref null $box) i64)
      (try_table (catch $e $h)
        (drop (call $middle (call $box (i64.const 1000)))))
      (unreachable))
    (call $gc)
    (call $churn (i32.const 100000))
    (local.set $s)
    (struct.get $box 0)
    (i64.add (local.get $s))
    (i64.add (struct.get $box 0 (local.get $a))))

  ;; 100 tail calls (return_call and return_call_indirect in turn) pass a
  ;; box on; the last collects: 5 (caller's) + 6.
  (func $tail_target (param $b (ref null $box)) (param $n i32) (result i64)
    (if (result i64) (i32.eqz (local.get $n))
      (then (call $gc) (call $churn (i32.const 100000)) (struct.get $box 0 (local.get $b)))
      (else
        (if (result i64) (i32.and (local.get $n) (i32.const 1))
          (then (return_call $tail_target (local.get $b) (i32.sub (local.get $n) (i32.const 1))))
          (else (return_call_indirect $t (type $tail)
            (local.get $b) (i32.sub (local.get $n) (i32.const 1)) (i32.const 1)))))))
  (func (export "tail") (result i64)
    (local $a (ref null $box))
    (local.set $a (call $box (i64.const 5)))
    (call $take (local.get $a) (call $tail_target (call $box (i64.const 6)) (i32.const 100))))

  ;; No GC operator: compiled on first call when lazy, its references
  ;; only in a parameter and on the value stack.
  (func $pass (param $x anyref) (result anyref)
    (local.get $x)
    (call $gc)
    (call $churn (i32.const 100000)))
  (func (export "lazy") (result i64)
    (struct.get $box 0 (ref.cast (ref $box) (call $pass (call $box (i64.const 42))))))

  ;; A megabyte array reaches slot 0 (spilled by a call) and is dropped;
  ;; the slot still holds its address while the host collects.
  (func (export "stale")
    (array.new_default $bytes (i32.const 1000000))
    (call $nothing)
    (drop)
    (call $gc))
  ;; The same array kept on the value stack across the collection.
  (func (export "kept") (result i32)
    (array.new_default $bytes (i32.const 1000000))
    (call $nothing)
    (call $gc)
    (array.len))
)"#;

/// Both bounds modes, compiled eagerly and lazily.
fn configs() -> Vec<Config> {
    let guard = BoundsChecks::GuardPages {
        guard_bytes: BoundsChecks::DEFAULT_GUARD,
    };
    let mut configs = Vec::new();
    for bounds in [guard, BoundsChecks::Explicit] {
        for lazy in [false, true] {
            let mut config = Config::new();
            config
                .bounds_checks(bounds)
                .lazy_compilation(lazy)
                .gc_heap_limit(256 << 20);
            configs.push(config);
        }
    }
    configs
}

/// A poisoning store with the module instantiated: `host.gc` collects,
/// `host.reenter` calls the export "inner".
fn setup(config: &Config) -> (Store<Option<Func>>, Instance) {
    let engine = Engine::new(config);
    let mut store = Store::new(&engine, None);
    store.set_gc_poison(true);
    let mut linker = Linker::new();
    let gc = Func::new(
        &mut store,
        FuncType {
            params: vec![],
            results: vec![],
        },
        |mut caller: Caller<'_, Option<Func>>, _, _| {
            caller.gc();
            Ok(())
        },
    );
    let reenter = Func::new(
        &mut store,
        FuncType {
            params: vec![WasmType::I64],
            results: vec![WasmType::I64],
        },
        |mut caller: Caller<'_, Option<Func>>, params, results| {
            let inner = caller.data().expect("inner set");
            inner.call(&mut caller, params, results)
        },
    );
    linker
        .define("host", "gc", gc)
        .define("host", "reenter", reenter);
    let module = Module::new(&engine, WAT).expect("module compiles");
    let instance = linker
        .instantiate(&mut store, &module)
        .expect("instantiates");
    let inner = instance.get_func(&mut store, "inner").unwrap();
    *store.data_mut() = Some(inner);
    (store, instance)
}

/// Calls export `name` with `params` in every configuration, checks its
/// result and that collections ran and found every root where it was.
fn check(name: &str, params: &[Val], expected: Val) {
    for config in configs() {
        let (mut store, instance) = setup(&config);
        let results = calls::call(&mut store, instance, name, params).unwrap();
        assert_eq!(results, [expected], "{name} with {config:?}");
        let stats = store.gc_stats();
        assert!(stats.collections > 0, "{name}: {stats:?}");
        assert_eq!(stats.missing_stack_maps, 0, "{name}: {stats:?}");
        assert_eq!(stats.invalid_stack_roots, 0, "{name}: {stats:?}");
    }
}

#[test]
fn references_survive_collections_under_every_call_kind() {
    check("call_kinds", &[], Val::I64(8191));
}

#[test]
fn deep_recursion_keeps_every_frames_references() {
    let n = 1000i64;
    check("deep", &[Val::I32(n as i32)], Val::I64(n * (n + 1) / 2 + n));
}

#[test]
fn references_survive_allocation_in_a_loop() {
    let n = 2000i64;
    check("loop", &[Val::I32(n as i32)], Val::I64(n * (n - 1) / 2));
}

#[test]
fn exceptions_thrown_through_frames_holding_references() {
    check("exceptions", &[], Val::I64(1101));
}

#[test]
fn tail_calls_pass_references_on() {
    check("tail", &[], Val::I64(11));
}

#[test]
fn lazily_compiled_functions_keep_their_references() {
    check("lazy", &[], Val::I64(42));
}

/// Only a precise collector frees the array: its address is still in a
/// value-stack slot of a live frame, above the stack's height there.
#[test]
fn a_reference_dropped_from_the_stack_is_freed() {
    for config in configs() {
        let (mut store, instance) = setup(&config);
        calls::call(&mut store, instance, "stale", &[]).unwrap();
        let stats = store.gc_stats();
        assert_eq!(stats.collections, 1, "{stats:?}");
        assert!(stats.live_bytes < 1000, "the array is freed: {stats:?}");
        let results = calls::call(&mut store, instance, "kept", &[]).unwrap();
        assert_eq!(results, [Val::I32(1_000_000)]);
        let stats = store.gc_stats();
        assert!(stats.live_bytes > 1_000_000, "the array is kept: {stats:?}");
        assert_eq!(stats.missing_stack_maps, 0, "{stats:?}");
        assert_eq!(stats.invalid_stack_roots, 0, "{stats:?}");
    }
}

/// Poison mode never hands freed memory out again (so that a missing
/// root reads poison, not another object); normal mode reuses it.
#[test]
fn poison_mode_never_reuses_freed_memory() {
    let config = Config::new();
    let (mut poisoned, instance) = setup(&config);
    calls::call(&mut poisoned, instance, "loop", &[Val::I32(2000)]).unwrap();
    let (mut normal, instance) = setup(&config);
    normal.set_gc_poison(false);
    calls::call(&mut normal, instance, "loop", &[Val::I32(2000)]).unwrap();
    // 2 * 10^6 boxes of 16 bytes allocated; the list keeps 2000 nodes.
    let (p, n) = (poisoned.gc_stats(), normal.gc_stats());
    assert!(p.heap_bytes >= 32_000_000, "{p:?}");
    assert!(n.heap_bytes < 16_000_000, "{n:?}");
}
