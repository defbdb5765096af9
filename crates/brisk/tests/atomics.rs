//! Atomic operators run: every operator at every width, aligned and
//! misaligned, in and out of bounds, with static offsets, on memory 0 and
//! memory 1, in each bounds-check mode, against a model (result, memory
//! after, trap); threads racing on a shared memory with each kind of
//! read-modify-write; and wait/notify from Wasm under stress (a barrier of
//! many threads, where a lost wake-up shows as a timed-out wait).

use brisk::{Engine, Error, Instance, MemoryType, Module, SharedMemory, Store, TrapCode, Val};
use std::thread;

mod bounds_engines;
use bounds_engines::{PAGE, engines};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Load,
    Store,
    Rmw(&'static str),
    Cmpxchg,
}

/// An atomic operator: its value type (i64 or not) and access width.
#[derive(Debug, Clone, Copy)]
struct Op {
    kind: Kind,
    i64: bool,
    bytes: u32,
}

impl Op {
    /// The operator's name, as in the text format.
    fn name(&self) -> String {
        let ty = if self.i64 { "i64" } else { "i32" };
        let full = if self.i64 { 8 } else { 4 };
        let bits = self.bytes * 8;
        match (self.kind, self.bytes == full) {
            (Kind::Load, true) => format!("{ty}.atomic.load"),
            (Kind::Load, false) => format!("{ty}.atomic.load{bits}_u"),
            (Kind::Store, true) => format!("{ty}.atomic.store"),
            (Kind::Store, false) => format!("{ty}.atomic.store{bits}"),
            (Kind::Rmw(op), true) => format!("{ty}.atomic.rmw.{op}"),
            (Kind::Rmw(op), false) => format!("{ty}.atomic.rmw{bits}.{op}_u"),
            (Kind::Cmpxchg, true) => format!("{ty}.atomic.rmw.cmpxchg"),
            (Kind::Cmpxchg, false) => format!("{ty}.atomic.rmw{bits}.cmpxchg_u"),
        }
    }

    fn ty(&self) -> &'static str {
        if self.i64 { "i64" } else { "i32" }
    }

    fn mask(&self) -> u64 {
        u64::MAX >> (64 - 8 * self.bytes)
    }

    fn val(&self, v: u64) -> Val {
        if self.i64 {
            Val::I64(v as i64)
        } else {
            Val::I32(v as i32)
        }
    }
}

/// Every atomic operator that accesses memory (not wait/notify).
fn all_ops() -> Vec<Op> {
    let widths = [
        (false, 4),
        (true, 8),
        (false, 1),
        (false, 2),
        (true, 1),
        (true, 2),
        (true, 4),
    ];
    let kinds = [
        Kind::Load,
        Kind::Store,
        Kind::Rmw("add"),
        Kind::Rmw("sub"),
        Kind::Rmw("and"),
        Kind::Rmw("or"),
        Kind::Rmw("xor"),
        Kind::Rmw("xchg"),
        Kind::Cmpxchg,
    ];
    kinds
        .into_iter()
        .flat_map(|kind| widths.map(|(i64, bytes)| Op { kind, i64, bytes }))
        .collect()
}

/// Static offsets: none, aligned for every width, misaligned for all but
/// bytes, and one far beyond the memory.
const OFFSETS: [u64; 4] = [0, 8, 1, 0x1_0000_0000 - 8];

/// Constant indexes, folded into the address: each also tried with each
/// offset (aligned or not, in or out of bounds).
const CONST_INDEXES: [u64; 4] = [56, 57, PAGE - 8, 0xffff_fff8];

/// How an operator's function addresses memory: the static offset, the
/// memory, and a constant index (or the first parameter).
#[derive(Debug, Clone, Copy)]
struct Addressing {
    offset: u64,
    mem: u32,
    index: Option<u64>,
}

fn addressings() -> Vec<Addressing> {
    let mut out = Vec::new();
    for offset in OFFSETS {
        for mem in 0..2 {
            out.push(Addressing {
                offset,
                mem,
                index: None,
            });
            out.extend(CONST_INDEXES.map(|c| Addressing {
                offset,
                mem,
                index: Some(c),
            }));
        }
    }
    out
}

/// The exported function of `op` addressed as `a` says.
fn func_name(op: &Op, a: &Addressing) -> String {
    format!("{}/{}/{}/{:?}", op.name(), a.offset, a.mem, a.index)
}

/// A module with two shared memories of 1 (of at most 2) pages, exported
/// as "m0" and "m1", and a function per operator, offset and memory.
fn matrix_module() -> String {
    let mut funcs = String::new();
    for op in all_ops() {
        let (name, ty) = (op.name(), op.ty());
        for a in addressings() {
            let export = func_name(&op, &a);
            let (params, result, args) = match op.kind {
                Kind::Load => ("", format!("(result {ty})"), ""),
                Kind::Store => (ty, String::new(), "(local.get 1)"),
                Kind::Rmw(_) => (ty, format!("(result {ty})"), "(local.get 1)"),
                Kind::Cmpxchg => (
                    if op.i64 { "i64 i64" } else { "i32 i32" },
                    format!("(result {ty})"),
                    "(local.get 1) (local.get 2)",
                ),
            };
            // A constant index leaves the parameter unused.
            let index = match a.index {
                Some(c) => format!("(i32.const {})", c as u32 as i32),
                None => "(local.get 0)".to_string(),
            };
            let (mem, offset) = (a.mem, a.offset);
            funcs.push_str(&format!(
                "(func (export \"{export}\") (param i32 {params}) {result}
                   ({name} {mem} offset={offset} {index} {args}))\n"
            ));
        }
    }
    format!(
        "(module (memory (export \"m0\") 1 2 shared) (memory (export \"m1\") 1 2 shared)\n{funcs})"
    )
}

/// The bytes a test case starts from at its address: distinct, with high
/// bits set in each.
const PATTERN: u64 = 0x8899_aabb_ccdd_eeff;
/// An operand with high bits set (beyond every narrow width).
const OPERAND: u64 = 0xf0e1_d2c3_b4a5_9687;

/// What an operator should do at `ea`, where memory 0 holds
/// `old` (zero-extended from the access width): the result, and the value
/// left there.
fn model(op: &Op, old: u64, args: &[u64]) -> (Option<u64>, u64) {
    let m = op.mask();
    match op.kind {
        Kind::Load => (Some(old), old),
        Kind::Store => (None, args[0] & m),
        Kind::Rmw(name) => {
            let v = args[0] & m;
            let new = match name {
                "add" => old.wrapping_add(v),
                "sub" => old.wrapping_sub(v),
                "and" => old & v,
                "or" => old | v,
                "xor" => old ^ v,
                "xchg" => v,
                _ => unreachable!("{name}"),
            };
            (Some(old), new & m)
        }
        Kind::Cmpxchg => {
            // The expected value is compared wrapped to the width.
            let new = if args[0] & m == old { args[1] & m } else { old };
            (Some(old), new)
        }
    }
}

/// The operand lists each operator is tried with: for a compare-exchange
/// one that matches (the old value with garbage above the width when the
/// width is narrow) and one that does not.
fn operand_sets(op: &Op, old: u64) -> Vec<Vec<u64>> {
    match op.kind {
        Kind::Load => vec![vec![]],
        Kind::Store | Kind::Rmw(_) => vec![vec![OPERAND]],
        Kind::Cmpxchg => {
            let garbage = if op.i64 {
                !op.mask()
            } else {
                !op.mask() & 0xffff_ffff
            };
            vec![vec![old | garbage, OPERAND], vec![old ^ 1, OPERAND]]
        }
    }
}

fn read(memory: &SharedMemory, ea: u64, bytes: u32) -> u64 {
    let mut buf = [0; 8];
    memory.read(ea, &mut buf[..bytes as usize]).unwrap();
    u64::from_le_bytes(buf)
}

fn call(
    store: &mut Store<()>,
    instance: Instance,
    name: &str,
    args: &[Val],
) -> Result<Vec<Val>, Error> {
    let f = instance.get_func(&mut *store, name).unwrap();
    let mut results: Vec<Val> = f
        .ty(&*store)
        .results
        .iter()
        .map(|t| Val::default_for(*t))
        .collect();
    f.call(&mut *store, args, &mut results)?;
    Ok(results)
}

#[test]
fn every_operator_width_alignment_and_bounds() {
    let wat = matrix_module();
    // Successes, unaligned traps, out-of-bounds traps.
    let mut cases = [0; 3];
    for engine in engines() {
        let module = Module::new(&engine, &wat).unwrap();
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &module, &[]).unwrap();
        let memories = [0, 1].map(|m| {
            instance
                .get_shared_memory(&mut store, &format!("m{m}"))
                .unwrap()
        });
        for op in all_ops() {
            let size = PAGE;
            // Effective addresses: aligned and misaligned inside, the last
            // element, just beyond the end (aligned and straddling it),
            // beyond the reservation of the maximum, and near 2^32.
            let eas = [
                64,
                65,
                size - u64::from(op.bytes),
                size,
                size - 1,
                2 * size + 16,
                0xffff_fff8,
                0x1_0000_0000,
            ];
            for a in addressings() {
                let (memory, name) = (&memories[a.mem as usize], func_name(&op, &a));
                let eas = match a.index {
                    Some(c) => vec![c + a.offset],
                    None => eas.to_vec(),
                };
                for ea in eas {
                    let Some(index) = ea.checked_sub(a.offset).filter(|i| *i <= u32::MAX.into())
                    else {
                        continue;
                    };
                    let in_bounds = ea + u64::from(op.bytes) <= size;
                    let at = if in_bounds { ea } else { 0 };
                    memory
                        .write(at, &PATTERN.to_le_bytes()[..op.bytes as usize])
                        .unwrap();
                    let old = read(memory, at, op.bytes);
                    for args in operand_sets(&op, old) {
                        memory
                            .write(at, &PATTERN.to_le_bytes()[..op.bytes as usize])
                            .unwrap();
                        let mut vals = vec![Val::I32(index as i32)];
                        vals.extend(args.iter().map(|a| op.val(*a)));
                        let got = call(&mut store, instance, &name, &vals);
                        let what = format!("{name} at {ea:#x} with {args:x?}");
                        let expected_trap = if ea % u64::from(op.bytes) != 0 {
                            Some(TrapCode::UnalignedAtomic)
                        } else if !in_bounds {
                            Some(TrapCode::MemoryOutOfBounds)
                        } else {
                            None
                        };
                        match (expected_trap, got) {
                            (Some(code), Err(Error::Trap(t))) => {
                                assert_eq!(t.code(), code, "{what}");
                                cases[1 + usize::from(code == TrapCode::MemoryOutOfBounds)] += 1;
                                assert_eq!(read(memory, at, op.bytes), old, "{what}: memory");
                            }
                            (None, Ok(results)) => {
                                let (result, after) = model(&op, old, &args);
                                let expected: Vec<Val> =
                                    result.map(|r| op.val(r)).into_iter().collect();
                                assert_eq!(results, expected, "{what}");
                                assert_eq!(read(memory, ea, op.bytes), after, "{what}: memory");
                                cases[0] += 1;
                            }
                            (expected, got) => {
                                panic!("{what}: expected {expected:?}, got {got:?}")
                            }
                        }
                    }
                }
            }
        }
    }
    // 63 operators (7 of them compare-exchanges, tried twice), 4 offsets,
    // 2 memories, a variable or constant index, 3 engines, and the
    // addresses each offset reaches: many of each outcome.
    assert!(cases.iter().all(|n| *n > 3000), "{cases:?} cases");
}

/// `n` threads, each in its own store, run `f(store, instance)` on one
/// instance of `wat` importing `memory` as "env" "mem".
fn on_threads(
    engine: &Engine,
    wat: &str,
    memory: &SharedMemory,
    n: usize,
    f: impl Fn(usize, &mut Store<()>, Instance) + Sync,
) {
    let module = Module::new(engine, wat).unwrap();
    thread::scope(|scope| {
        for i in 0..n {
            let (module, memory, f) = (&module, memory.clone(), &f);
            scope.spawn(move || {
                let mut store = Store::new(engine, ());
                let instance = Instance::new(&mut store, module, &[memory.into()]).unwrap();
                f(i, &mut store, instance);
            });
        }
    });
}

const RACES: &str = r#"(module
  (import "env" "mem" (memory 1 1 shared))
  ;; m times: [0] += 1 with add, [8] -= 1 with sub (i64), byte 64 + id
  ;; += 1 with rmw8.add, [16] += 1 through a compare-exchange loop, and
  ;; bit id of [24] toggled with xor, set with or and cleared with and,
  ;; [32] swapped with xchg (a thread's own token).
  (func (export "race") (param $id i32) (param $m i32)
    (local $old i32)
    (loop $l
      (drop (i32.atomic.rmw.add (i32.const 0) (i32.const 1)))
      (drop (i64.atomic.rmw.sub (i32.const 8) (i64.const 1)))
      (drop (i32.atomic.rmw8.add_u (i32.add (i32.const 64) (local.get $id)) (i32.const 1)))
      (loop $cas
        (local.set $old (i32.atomic.load (i32.const 16)))
        (br_if $cas (i32.ne
          (i32.atomic.rmw.cmpxchg (i32.const 16) (local.get $old)
            (i32.add (local.get $old) (i32.const 1)))
          (local.get $old))))
      (drop (i32.atomic.rmw.xor (i32.const 24) (i32.shl (i32.const 1) (local.get $id))))
      (drop (i32.atomic.rmw.or (i32.const 28) (i32.shl (i32.const 1) (local.get $id))))
      (drop (i32.atomic.rmw.and (i32.const 28)
        (i32.xor (i32.shl (i32.const 1) (local.get $id)) (i32.const -1))))
      (drop (i32.atomic.rmw.xchg (i32.const 32) (i32.add (local.get $id) (i32.const 1))))
      (br_if $l (local.tee $m (i32.sub (local.get $m) (i32.const 1)))))))"#;

#[test]
fn threads_racing_on_every_read_modify_write() {
    const N: usize = 8;
    const M: u64 = 20_000;
    for engine in engines() {
        let memory = SharedMemory::new(&engine, MemoryType::shared(1, 1)).unwrap();
        memory.write(8, &(N as u64 * M).to_le_bytes()).unwrap();
        on_threads(&engine, RACES, &memory, N, |id, store, instance| {
            let args = [Val::I32(id as i32), Val::I32(M as i32)];
            call(store, instance, "race", &args).unwrap();
        });
        assert_eq!(read(&memory, 0, 4), N as u64 * M, "add");
        assert_eq!(read(&memory, 8, 8), 0, "sub");
        assert_eq!(read(&memory, 16, 4), N as u64 * M, "cmpxchg loop");
        // Each bit toggled M (even) times; set then cleared.
        assert_eq!(read(&memory, 24, 4), 0, "xor");
        assert_eq!(read(&memory, 28, 4), 0, "or/and");
        let last = read(&memory, 32, 4);
        assert!((1..=N as u64).contains(&last), "xchg left {last}");
        for id in 0..N as u64 {
            assert_eq!(read(&memory, 64 + id, 1), M % 256, "byte of thread {id}");
        }
    }
}

/// A barrier of `n` threads for `rounds` rounds: the last to arrive resets
/// the count, starts the next generation and notifies everyone; the others
/// wait until the generation changes. Returns how many waits timed out
/// (after 10 s: only a lost wake-up takes that long).
const BARRIER: &str = r#"(module
  (import "env" "mem" (memory 1 1 shared))
  (func (export "barrier") (param $n i32) (param $rounds i32) (result i32)
    (local $gen i32) (local $timeouts i32)
    (loop $round
      (local.set $gen (i32.atomic.load offset=4 (i32.const 0)))
      (if (i32.eq (i32.add (i32.atomic.rmw.add (i32.const 0) (i32.const 1)) (i32.const 1))
                  (local.get $n))
        (then
          (i32.atomic.store (i32.const 0) (i32.const 0))
          (drop (i32.atomic.rmw.add offset=4 (i32.const 0) (i32.const 1)))
          (drop (memory.atomic.notify offset=4 (i32.const 0) (i32.const -1))))
        (else
          (loop $wait
            (if (i32.eq (i32.atomic.load offset=4 (i32.const 0)) (local.get $gen))
              (then
                (if (i32.eq (i32.const 2)
                      (memory.atomic.wait32 offset=4 (i32.const 0) (local.get $gen)
                        (i64.const 10_000_000_000)))
                  (then (local.set $timeouts (i32.add (local.get $timeouts) (i32.const 1)))))
                (br $wait))))))
      (br_if $round (local.tee $rounds (i32.sub (local.get $rounds) (i32.const 1)))))
    (local.get $timeouts)))"#;

#[test]
fn wait_notify_barrier_loses_no_wake_up() {
    const N: usize = 8;
    const ROUNDS: u64 = 500;
    let engine = &engines()[0];
    let memory = SharedMemory::new(engine, MemoryType::shared(1, 1)).unwrap();
    on_threads(engine, BARRIER, &memory, N, |_, store, instance| {
        let args = [Val::I32(N as i32), Val::I32(ROUNDS as i32)];
        let timeouts = call(store, instance, "barrier", &args).unwrap();
        assert_eq!(timeouts, [Val::I32(0)], "timed-out waits");
    });
    assert_eq!(read(&memory, 4, 4), ROUNDS, "generations");
    assert_eq!(read(&memory, 0, 4), 0, "arrivals of an unfinished round");
}

#[test]
fn wait_and_notify_results_and_traps() {
    let wat = r#"(module
      (memory $s 1 1 shared) (memory $u 1)
      (func (export "wait32") (param i32 i32 i64) (result i32)
        (memory.atomic.wait32 $s offset=4 (local.get 0) (local.get 1) (local.get 2)))
      (func (export "wait64") (param i32 i64 i64) (result i32)
        (memory.atomic.wait64 $s (local.get 0) (local.get 1) (local.get 2)))
      (func (export "notify") (param i32 i32) (result i32)
        (memory.atomic.notify $s offset=8 (local.get 0) (local.get 1)))
      (func (export "wait_unshared") (result i32)
        (memory.atomic.wait32 $u (i32.const 0) (i32.const 0) (i64.const 0)))
      (func (export "notify_unshared") (result i32)
        (memory.atomic.notify $u (i32.const 0) (i32.const 1))))"#;
    for engine in engines() {
        let module = Module::new(&engine, wat).unwrap();
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &module, &[]).unwrap();
        let mut run = |name: &str, args: &[Val]| match call(&mut store, instance, name, args) {
            Ok(v) => Ok(v),
            Err(Error::Trap(t)) => Err(t.code()),
            Err(e) => panic!("{name}: {e}"),
        };
        let i = Val::I32;
        let l = Val::I64;
        // The value is 0: "not equal" (1) for 1, "timed out" (2) for 0.
        assert_eq!(run("wait32", &[i(0), i(1), l(-1)]), Ok(vec![i(1)]));
        assert_eq!(run("wait32", &[i(0), i(0), l(1000)]), Ok(vec![i(2)]));
        assert_eq!(run("wait64", &[i(8), l(0), l(0)]), Ok(vec![i(2)]));
        assert_eq!(run("wait64", &[i(8), l(1 << 40), l(0)]), Ok(vec![i(1)]));
        // The offset counts: 65532 + 4 is the end of the memory.
        assert_eq!(
            run("wait32", &[i(65532), i(0), l(0)]),
            Err(TrapCode::MemoryOutOfBounds)
        );
        assert_eq!(
            run("wait32", &[i(2), i(0), l(0)]),
            Err(TrapCode::UnalignedAtomic)
        );
        assert_eq!(
            run("wait64", &[i(4), l(0), l(0)]),
            Err(TrapCode::UnalignedAtomic)
        );
        // The effective address does not wrap at 2^32.
        assert_eq!(
            run("notify", &[i(-8), i(1)]),
            Err(TrapCode::MemoryOutOfBounds)
        );
        assert_eq!(run("notify", &[i(65524), i(5)]), Ok(vec![i(0)]));
        assert_eq!(
            run("notify", &[i(65525), i(5)]),
            Err(TrapCode::UnalignedAtomic)
        );
        assert_eq!(
            run("notify", &[i(65528), i(5)]),
            Err(TrapCode::MemoryOutOfBounds)
        );
        assert_eq!(
            run("wait_unshared", &[]),
            Err(TrapCode::ExpectedSharedMemory)
        );
        assert_eq!(run("notify_unshared", &[]), Ok(vec![i(0)]));
    }
}
