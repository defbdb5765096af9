//! memory64, table64 and custom page sizes at their edges, in both
//! bounds-check modes with and without Spectre hardening.
//!
//! The 64-bit address matrix checks every access against a model: it
//! traps ("out of bounds memory access") if and only if
//! index + offset + width > size in 128-bit arithmetic (so sums that wrap
//! 64 bits trap), and otherwise reads the bytes the host wrote or writes
//! the bytes the host then reads. Then the cases issue 18 names: index
//! 2^64 - 1 with offset 1, bulk operations with lengths near 2^64, table64
//! `call_indirect` with index 2^32 + k; `memory.grow` against the engine's
//! cap; pages of one byte, whose last host page is accessible past the
//! memory's length; atomics on a shared 64-bit memory.
//!
//! With `BRISK_TEST_TARGET=aarch64` (no memory64 code generation yet) the
//! modules must be a clean `Unsupported` error instead.

use brisk::{Engine, Error, Instance, Isa, Memory, MemoryType, Module, Store, TrapCode, Val};

mod calls;
mod common;
mod spectre_engines;

use calls::call;

const PAGE: u64 = 65536;
const OOB_MEMORY: &str = "out of bounds memory access";

/// Guard pages and explicit checks, each with Spectre hardening and
/// without; every engine caps memories at 16 pages (1 MiB).
fn engines() -> Vec<(String, Engine)> {
    spectre_engines::engines(|config| {
        config.memory_pages_limit(16);
    })
}

fn memory64_compiled() -> bool {
    common::target().isa() == Isa::X86_64
}

/// The module, or `None` after checking that the target reports it
/// unsupported.
fn module(engine: &Engine, wat: &str) -> Option<Module> {
    let result = Module::new(engine, wat);
    if memory64_compiled() {
        return Some(result.unwrap());
    }
    match result {
        Err(Error::Compile(e)) => {
            assert!(e.to_string().contains("not on this ISA yet"), "{e}");
            None
        }
        other => panic!("expected Unsupported, got {:?}", other.map(|_| ())),
    }
}

fn instance(engine: &Engine, wat: &str) -> Option<(Store<()>, Instance)> {
    let module = module(engine, wat)?;
    let mut store = Store::new(engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    Some((store, instance))
}

fn trapped(outcome: &Result<(), Error>, code: TrapCode) -> bool {
    matches!(outcome, Err(e) if e.trap_code() == Some(code))
}

/// Byte `i` of the matrix memory's pattern.
fn pattern(i: u64) -> u8 {
    (i.wrapping_mul(37) ^ (i >> 8)) as u8
}

/// A load or store of the 64-bit matrix.
struct Access {
    op: &'static str,
    width: u64,
    store: bool,
}

const ACCESSES: [Access; 6] = [
    Access {
        op: "i64.load8_u",
        width: 1,
        store: false,
    },
    Access {
        op: "i64.load16_u",
        width: 2,
        store: false,
    },
    Access {
        op: "i64.load32_u",
        width: 4,
        store: false,
    },
    Access {
        op: "i64.load",
        width: 8,
        store: false,
    },
    Access {
        op: "i64.store16",
        width: 2,
        store: true,
    },
    Access {
        op: "i64.store",
        width: 8,
        store: true,
    },
];

/// Where the index comes from: a constant, the first (pinned) parameter,
/// the fourth (in a stack slot), or `$j - $a` computed into a register.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Source {
    Const(u64),
    Pinned,
    Local,
    Register,
}

const A: i64 = 0x1357_9bdf_2468_ace1;

impl Source {
    fn push(self) -> String {
        match self {
            Source::Const(c) => format!("i64.const {c:#x}"),
            Source::Pinned => "local.get $i".into(),
            Source::Local => "local.get $j".into(),
            Source::Register => "local.get $j local.get $a i64.sub".into(),
        }
    }

    /// `$i $a $b $j` for `index`.
    fn args(self, index: u64) -> [Val; 4] {
        let j = match self {
            Source::Register => index.wrapping_add(A as u64),
            _ => index,
        };
        [index, A as u64, 7, j].map(|v| Val::I64(v as i64))
    }
}

/// The static offsets of the matrix: around 2^31, 2^32, 2^63 and 2^64.
const OFFSETS: [u64; 9] = [
    0,
    1,
    0x7fff_ffff,
    0x8000_0000,
    0xffff_ffff,
    0x1_0000_0000,
    1 << 63,
    u64::MAX - 8,
    u64::MAX,
];

/// Index values around the end of a `size`-byte memory for an access of
/// `width` bytes at `offset`, and around 2^32 and 2^64.
fn indexes(size: u64, width: u64, offset: u64) -> Vec<u64> {
    let end = size.wrapping_sub(width);
    let mut v = vec![
        0,
        1,
        end,
        end.wrapping_add(1),
        size,
        u32::MAX as u64,
        1 << 32,
        (1 << 32) + 3,
        1 << 63,
        u64::MAX,
        u64::MAX - 7,
        end.wrapping_sub(offset),
        end.wrapping_sub(offset).wrapping_add(1),
        0u64.wrapping_sub(offset),
        0u64.wrapping_sub(offset).wrapping_sub(1),
    ];
    v.sort_unstable();
    v.dedup();
    v
}

#[test]
fn memory64_matrix_traps_exactly_past_the_end() {
    const PAGES: u64 = 3;
    let size = PAGES * PAGE;
    let mut cases = 0;
    for (name, engine) in engines() {
        let mut funcs = String::new();
        let mut list = Vec::new();
        for (a, access) in ACCESSES.iter().enumerate() {
            for &offset in &OFFSETS {
                let consts = indexes(size, access.width, offset);
                let sources = [Source::Pinned, Source::Local, Source::Register]
                    .into_iter()
                    .chain(consts.iter().map(|&c| Source::Const(c)));
                for source in sources {
                    let n = list.len();
                    let (op, push) = (access.op, source.push());
                    let params = "(param $i i64) (param $a i64) (param $b i64) (param $j i64)";
                    funcs += &if access.store {
                        format!(
                            "(func (export \"f{n}\") {params} (param $v i64)\n  \
                             {push} local.get $v {op} offset={offset:#x})\n"
                        )
                    } else {
                        format!(
                            "(func (export \"f{n}\") {params} (result i64)\n  \
                             {push} {op} offset={offset:#x})\n"
                        )
                    };
                    list.push((a, offset, source));
                }
            }
        }
        let wat = format!("(module (memory (export \"m\") i64 {PAGES})\n{funcs})");
        let Some((mut store, instance)) = instance(&engine, &wat) else {
            return;
        };
        let memory = instance.get_memory(&mut store, "m").unwrap();
        for (i, b) in memory.data_mut(&mut store).iter_mut().enumerate() {
            *b = pattern(i as u64);
        }
        let value = 0x0102_0304_0506_0708u64;
        for (n, &(a, offset, source)) in list.iter().enumerate() {
            let access = &ACCESSES[a];
            let index_values = match source {
                Source::Const(c) => vec![c],
                _ => indexes(size, access.width, offset),
            };
            for index in index_values {
                let ea = index as u128 + offset as u128;
                let in_bounds = ea + access.width as u128 <= size as u128;
                let mut args = source.args(index).to_vec();
                if access.store {
                    args.push(Val::I64(value as i64));
                }
                let outcome = call(&mut store, instance, &format!("f{n}"), &args);
                let case = || {
                    format!(
                        "{name}: {} offset={offset:#x} index={index:#x} ({source:?})",
                        access.op
                    )
                };
                cases += 1;
                let data = memory.data(&store);
                match (in_bounds, outcome) {
                    (false, outcome) => {
                        let outcome = outcome.map(|_| ());
                        assert!(
                            trapped(&outcome, TrapCode::MemoryOutOfBounds),
                            "{}: {outcome:?}",
                            case()
                        );
                        assert!(outcome.unwrap_err().to_string().contains(OOB_MEMORY));
                        let intact = data
                            .iter()
                            .enumerate()
                            .all(|(i, b)| *b == pattern(i as u64));
                        assert!(intact, "{}: a trapping store wrote", case());
                    }
                    (true, Ok(results)) => {
                        let ea = ea as usize;
                        let bytes = &data[ea..ea + access.width as usize];
                        let expected: Vec<u8> = if access.store {
                            value.to_le_bytes()[..access.width as usize].to_vec()
                        } else {
                            (ea..ea + access.width as usize)
                                .map(|i| pattern(i as u64))
                                .collect()
                        };
                        assert_eq!(bytes, expected, "{}: memory", case());
                        if !access.store {
                            let mut le = [0u8; 8];
                            le[..bytes.len()].copy_from_slice(bytes);
                            assert_eq!(results, [Val::I64(i64::from_le_bytes(le))], "{}", case());
                        }
                        let data = memory.data_mut(&mut store);
                        let touched = &mut data[ea..ea + access.width as usize];
                        for (i, b) in (ea..).zip(touched) {
                            *b = pattern(i as u64);
                        }
                    }
                    (true, Err(e)) => panic!("{}: {e}", case()),
                }
            }
        }
    }
    eprintln!("memory64 matrix: {cases} cases checked");
}

#[test]
fn index_2_pow_64_minus_1_with_offset_1_and_bulk_lengths_near_2_pow_64_trap() {
    let wat = r#"(module
        (memory (export "m") i64 1)
        (data $d "abcd")
        (func (export "load") (param i64) (result i32) (i32.load8_u offset=1 (local.get 0)))
        (func (export "load_const") (result i32) (i32.load8_u offset=1 (i64.const -1)))
        (func (export "store") (param i64) (i32.store8 offset=1 (local.get 0) (i32.const 9)))
        (func (export "fill") (param i64 i64) (memory.fill (local.get 0) (i32.const 9) (local.get 1)))
        (func (export "copy") (param i64 i64 i64)
          (memory.copy (local.get 0) (local.get 1) (local.get 2)))
        (func (export "init") (param i64 i32 i32)
          (memory.init $d (local.get 0) (local.get 1) (local.get 2))))"#;
    let max = u64::MAX as i64;
    let i64s = |v: &[u64]| v.iter().map(|&x| Val::I64(x as i64)).collect::<Vec<_>>();
    for (name, engine) in engines() {
        let Some((mut store, instance)) = instance(&engine, wat) else {
            return;
        };
        let oob = |store: &mut Store<()>, f: &str, args: &[Val]| {
            let outcome = call(store, instance, f, args).map(|_| ());
            assert!(
                trapped(&outcome, TrapCode::MemoryOutOfBounds),
                "{name}: {f}{args:?}: {outcome:?}"
            );
        };
        oob(&mut store, "load", &[Val::I64(max)]);
        oob(&mut store, "load_const", &[]);
        oob(&mut store, "store", &[Val::I64(max)]);
        oob(&mut store, "load", &[Val::I64(PAGE as i64 - 1)]);
        let last = call(&mut store, instance, "load", &[Val::I64(PAGE as i64 - 2)]).unwrap();
        assert_eq!(last, [Val::I32(0)], "{name}");
        for [dst, len] in [
            [0, u64::MAX],
            [1, u64::MAX],
            [u64::MAX, 1],
            [u64::MAX, 2],
            [PAGE, 1],
        ] {
            oob(&mut store, "fill", &i64s(&[dst, len]));
        }
        for [dst, src, len] in [
            [0, 1, u64::MAX],
            [1, 0, u64::MAX],
            [u64::MAX, 0, 2],
            [0, u64::MAX, 2],
            [0, 0, u64::MAX - PAGE + 1],
        ] {
            oob(&mut store, "copy", &i64s(&[dst, src, len]));
        }
        for dst in [u64::MAX, u64::MAX - 1, PAGE - 1] {
            oob(
                &mut store,
                "init",
                &[Val::I64(dst as i64), Val::I32(0), Val::I32(2)],
            );
        }
        let memory = instance.get_memory(&mut store, "m").unwrap();
        assert!(
            memory.data(&store).iter().all(|b| *b == 0),
            "{name}: a trapping operation wrote"
        );
        // In bounds up to the very end.
        call(
            &mut store,
            instance,
            "init",
            &[Val::I64(PAGE as i64 - 4), Val::I32(0), Val::I32(4)],
        )
        .unwrap();
        call(&mut store, instance, "fill", &i64s(&[PAGE, 0])).unwrap();
        assert_eq!(&memory.data(&store)[PAGE as usize - 4..], b"abcd", "{name}");
    }
}

#[test]
fn table64_call_indirect_with_index_2_pow_32_plus_k_traps() {
    let wat = r#"(module
        (type $t (func (result i32)))
        (table $tab (export "t") i64 3 funcref)
        (elem (table $tab) (i64.const 0) func $a $b $c)
        (func $a (result i32) (i32.const 10))
        (func $b (result i32) (i32.const 11))
        (func $c (result i32) (i32.const 12))
        (func (export "call") (param i64) (result i32) (call_indirect $tab (type $t) (local.get 0)))
        (func (export "call_const") (result i32) (call_indirect $tab (type $t) (i64.const 0x100000001)))
        (func (export "get") (param i64) (result funcref) (table.get $tab (local.get 0)))
        (func (export "size") (result i64) (table.size $tab))
        (func (export "grow") (param i64) (result i64) (table.grow $tab (ref.null func) (local.get 0)))
        (func (export "fill") (param i64 i64) (table.fill $tab (local.get 0) (ref.null func) (local.get 1))))"#;
    for (name, engine) in engines() {
        let Some((mut store, instance)) = instance(&engine, wat) else {
            return;
        };
        for k in 0..3u64 {
            let r = call(&mut store, instance, "call", &[Val::I64(k as i64)]).unwrap();
            assert_eq!(r, [Val::I32(10 + k as i32)], "{name}");
            for index in [(1u64 << 32) + k, (1 << 33) + k, u64::MAX - k] {
                let outcome =
                    call(&mut store, instance, "call", &[Val::I64(index as i64)]).map(|_| ());
                assert!(
                    trapped(&outcome, TrapCode::UndefinedElement),
                    "{name}: call_indirect {index:#x}: {outcome:?}"
                );
                let outcome =
                    call(&mut store, instance, "get", &[Val::I64(index as i64)]).map(|_| ());
                assert!(
                    trapped(&outcome, TrapCode::TableOutOfBounds),
                    "{name}: table.get {index:#x}: {outcome:?}"
                );
            }
        }
        let outcome = call(&mut store, instance, "call_const", &[]).map(|_| ());
        assert!(
            trapped(&outcome, TrapCode::UndefinedElement),
            "{name}: {outcome:?}"
        );
        assert_eq!(
            call(&mut store, instance, "size", &[]).unwrap(),
            [Val::I64(3)]
        );
        for delta in [u64::MAX, 1 << 32, 1 << 40] {
            let r = call(&mut store, instance, "grow", &[Val::I64(delta as i64)]).unwrap();
            assert_eq!(r, [Val::I64(-1)], "{name}: table.grow {delta:#x}");
        }
        assert_eq!(
            call(&mut store, instance, "grow", &[Val::I64(2)]).unwrap(),
            [Val::I64(3)]
        );
        let outcome = call(&mut store, instance, "fill", &[Val::I64(1), Val::I64(-1)]).map(|_| ());
        assert!(
            trapped(&outcome, TrapCode::TableOutOfBounds),
            "{name}: {outcome:?}"
        );
        assert_eq!(
            call(&mut store, instance, "call", &[Val::I64(1)]).unwrap(),
            [Val::I32(11)]
        );
    }
}

#[test]
fn memory64_grow_stops_at_the_engines_cap_and_the_api_speaks_u64() {
    let wat = r#"(module
        (memory (export "m") i64 1)
        (func (export "grow") (param i64) (result i64) (memory.grow (local.get 0)))
        (func (export "size") (result i64) (memory.size)))"#;
    for (name, engine) in engines() {
        let Some((mut store, instance)) = instance(&engine, wat) else {
            return;
        };
        let grow = |store: &mut Store<()>, delta: u64| {
            call(store, instance, "grow", &[Val::I64(delta as i64)]).unwrap()[0]
        };
        // The cap is 16 pages (`engines`); a 64-bit memory may declare up
        // to 2^48 pages.
        for delta in [16, u64::MAX, 1 << 48, 1 << 32] {
            assert_eq!(
                grow(&mut store, delta),
                Val::I64(-1),
                "{name}: grow {delta:#x}"
            );
        }
        assert_eq!(grow(&mut store, 15), Val::I64(1), "{name}");
        assert_eq!(
            call(&mut store, instance, "size", &[]).unwrap(),
            [Val::I64(16)]
        );
        let memory = instance.get_memory(&mut store, "m").unwrap();
        assert_eq!(memory.size(&store), 16);
        assert!(memory.ty(&store).memory64);
        assert!(memory.grow(&mut store, 1).is_err());
        assert_eq!(memory.data(&store).len() as u64, 16 * PAGE);
        // A host-created 64-bit memory, imported.
        let host = Memory::new(
            &mut store,
            MemoryType::new(2, Some(1 << 40)).with_memory64(true),
        )
        .unwrap();
        assert_eq!(host.grow(&mut store, 3).unwrap(), 2);
        let importer = Module::new(
            &engine,
            r#"(module (import "" "m" (memory i64 5))
                 (func (export "size") (result i64) (memory.size)))"#,
        )
        .unwrap();
        let imported = Instance::new(&mut store, &importer, &[host.into()]).unwrap();
        assert_eq!(
            call(&mut store, imported, "size", &[]).unwrap(),
            [Val::I64(5)]
        );
        // A 32-bit import does not accept it.
        let narrow = Module::new(&engine, r#"(module (import "" "m" (memory 1)))"#).unwrap();
        assert!(matches!(
            Instance::new(&mut store, &narrow, &[host.into()]),
            Err(Error::Unlinkable(_))
        ));
    }
}

#[test]
fn one_byte_pages_are_checked_exactly_in_every_mode() {
    for memory64 in [false, true] {
        let idx = if memory64 { "i64" } else { "i32" };
        let wat = format!(
            r#"(module
            (memory (export "m") {idx} 0 (pagesize 1))
            (func (export "grow") (param {idx}) (result {idx}) (memory.grow (local.get 0)))
            (func (export "size") (result {idx}) (memory.size))
            (func (export "load8") (param {idx}) (result i32) (i32.load8_u (local.get 0)))
            (func (export "load32") (param {idx}) (result i32) (i32.load (local.get 0)))
            (func (export "store8") (param {idx}) (i32.store8 (local.get 0) (i32.const 0x5a))))"#
        );
        let int = |v: u64| {
            if memory64 {
                Val::I64(v as i64)
            } else {
                Val::I32(v as i32)
            }
        };
        for (name, engine) in engines() {
            let Some((mut store, instance)) = instance(&engine, &wat) else {
                return;
            };
            assert_eq!(
                call(&mut store, instance, "grow", &[int(5)]).unwrap(),
                [int(0)]
            );
            assert_eq!(call(&mut store, instance, "size", &[]).unwrap(), [int(5)]);
            let memory = instance.get_memory(&mut store, "m").unwrap();
            assert_eq!(memory.size(&store), 5);
            assert_eq!(memory.data(&store).len(), 5);
            for i in 0..5 {
                call(&mut store, instance, "store8", &[int(i)]).unwrap();
                assert_eq!(
                    call(&mut store, instance, "load8", &[int(i)]).unwrap(),
                    [Val::I32(0x5a)]
                );
            }
            call(&mut store, instance, "load32", &[int(1)]).unwrap();
            // Bytes 5.. of the host page are accessible, but not the
            // memory's: every access there traps.
            for (f, i) in [
                ("load8", 5),
                ("store8", 5),
                ("load32", 2),
                ("load8", 4095),
                ("load32", 4093),
            ] {
                let outcome = call(&mut store, instance, f, &[int(i)]).map(|_| ());
                assert!(
                    trapped(&outcome, TrapCode::MemoryOutOfBounds),
                    "{name} {idx}: {f} {i}: {outcome:?}"
                );
            }
            // The engine's cap of 16 pages is 1 MiB whatever the page size.
            assert_eq!(
                call(&mut store, instance, "grow", &[int(16 * PAGE)]).unwrap(),
                [int(u64::MAX)]
            );
            let grown = call(&mut store, instance, "grow", &[int(16 * PAGE - 5)]).unwrap();
            assert_eq!(grown, [int(5)]);
            call(&mut store, instance, "store8", &[int(16 * PAGE - 1)]).unwrap();
        }
    }
}

#[test]
fn atomics_on_a_shared_memory64_check_alignment_then_bounds_past_2_pow_64() {
    let wat = r#"(module
        (memory (export "m") i64 1 1 shared)
        (func (export "rmw") (param i64) (result i64) (i64.atomic.rmw.add offset=8 (local.get 0) (i64.const 1)))
        (func (export "load") (param i64) (result i32) (i32.atomic.load offset=4 (local.get 0)))
        (func (export "notify") (param i64) (result i32) (memory.atomic.notify offset=8 (local.get 0) (i32.const 1)))
        (func (export "wait") (param i64) (result i32)
          (memory.atomic.wait32 offset=0x100000000 (local.get 0) (i32.const 0) (i64.const 0))))"#;
    for (name, engine) in engines() {
        let Some((mut store, instance)) = instance(&engine, wat) else {
            return;
        };
        let outcome = |store: &mut Store<()>, f: &str, index: u64| {
            call(store, instance, f, &[Val::I64(index as i64)])
        };
        assert_eq!(outcome(&mut store, "rmw", 0).unwrap(), [Val::I64(0)]);
        assert_eq!(outcome(&mut store, "rmw", 0).unwrap(), [Val::I64(1)]);
        assert_eq!(outcome(&mut store, "notify", 0).unwrap(), [Val::I32(0)]);
        // Wrapping past 2^64 to an aligned, in-bounds address: out of
        // bounds. Misaligned: unaligned first, as in bounds.
        for (f, index, code) in [
            ("rmw", u64::MAX - 7, TrapCode::MemoryOutOfBounds),
            ("rmw", u64::MAX - 6, TrapCode::UnalignedAtomic),
            ("load", u64::MAX - 3, TrapCode::MemoryOutOfBounds),
            ("notify", u64::MAX - 7, TrapCode::MemoryOutOfBounds),
            ("notify", u64::MAX - 3, TrapCode::MemoryOutOfBounds),
            ("notify", u64::MAX - 4, TrapCode::UnalignedAtomic),
            ("wait", u64::MAX - 0xffff_ffff, TrapCode::MemoryOutOfBounds),
            ("wait", 0, TrapCode::MemoryOutOfBounds),
        ] {
            let o = outcome(&mut store, f, index).map(|_| ());
            assert!(
                trapped(&o, code),
                "{name}: {f} {index:#x}: {o:?}, not {code:?}"
            );
        }
    }
}
