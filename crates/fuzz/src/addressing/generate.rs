//! Modules for the `addressing` target and the calls to make on them.
//!
//! A module has one to three memories, small or up to 4 GiB (brisk commits
//! them lazily), and a few exported functions, each a short sequence of
//! loads and stores of every width (at static offsets near 2^31, 2^32 and
//! the end of memory, the index from a constant, a pinned parameter,
//! another parameter, a declared local, a register, a spilled value, a
//! value carried across a block, a call result, or `memory.size`),
//! `memory.grow`, `memory.size` and bulk memory operations. Each function
//! returns what it loaded, then its three pinned parameters. Arguments are
//! chosen call by call from the model's state (an index that ends the
//! access exactly at the end of memory, one past, near 2^31 and 2^32...),
//! so they follow the memories as they grow.

use super::model::{self, PAGE};
use crate::diff::Call;
use crate::rng::Rng;
use crate::value::Value;
use brisk::WasmType;
use std::fmt::Write as _;

const TWO_GIB: u64 = 1 << 31;
const FOUR_GIB: u64 = 1 << 32;
/// Values pushed over a spilled index: more than the allocatable integer
/// registers (eight).
const SPILL_DEPTH: usize = 10;
/// In-bounds bulk operations write at most this much.
const SMALL_BULK: u64 = 1 << 16;
/// The first parameters, i32s pinned in registers.
const PINNED: usize = 3;

/// A generated module and the calls to make.
pub struct Program {
    pub wasm: Vec<u8>,
    pub calls: Vec<Call>,
}

/// (operator, value type, width, store)
const ACCESSES: [(&str, WasmType, u64, bool); 23] = [
    ("i32.load", WasmType::I32, 4, false),
    ("i32.load8_s", WasmType::I32, 1, false),
    ("i32.load8_u", WasmType::I32, 1, false),
    ("i32.load16_s", WasmType::I32, 2, false),
    ("i32.load16_u", WasmType::I32, 2, false),
    ("i64.load", WasmType::I64, 8, false),
    ("i64.load8_s", WasmType::I64, 1, false),
    ("i64.load8_u", WasmType::I64, 1, false),
    ("i64.load16_s", WasmType::I64, 2, false),
    ("i64.load16_u", WasmType::I64, 2, false),
    ("i64.load32_s", WasmType::I64, 4, false),
    ("i64.load32_u", WasmType::I64, 4, false),
    ("f32.load", WasmType::F32, 4, false),
    ("f64.load", WasmType::F64, 8, false),
    ("i32.store", WasmType::I32, 4, true),
    ("i32.store8", WasmType::I32, 1, true),
    ("i32.store16", WasmType::I32, 2, true),
    ("i64.store", WasmType::I64, 8, true),
    ("i64.store8", WasmType::I64, 1, true),
    ("i64.store16", WasmType::I64, 2, true),
    ("i64.store32", WasmType::I64, 4, true),
    ("f32.store", WasmType::F32, 4, true),
    ("f64.store", WasmType::F64, 8, true),
];

fn type_name(ty: WasmType) -> &'static str {
    match ty {
        WasmType::I32 => "i32",
        WasmType::I64 => "i64",
        WasmType::F32 => "f32",
        _ => "f64",
    }
}

/// A constant instruction with these bits, exactly: Rust prints the
/// shortest decimal that reads back as the same float; NaNs keep their
/// payload.
fn const_instr(ty: WasmType, bits: u64) -> String {
    let nan = |negative: bool, payload: u64| {
        format!("{}nan:{payload:#x}", if negative { "-" } else { "" })
    };
    match ty {
        WasmType::I32 => format!("i32.const {:#x}", bits as u32),
        WasmType::I64 => format!("i64.const {bits:#x}"),
        WasmType::F32 => match f32::from_bits(bits as u32) {
            f if f.is_nan() => format!("f32.const {}", nan(f.is_sign_negative(), bits & 0x7f_ffff)),
            f => format!("f32.const {f:?}"),
        },
        _ => match f64::from_bits(bits) {
            f if f.is_nan() => {
                format!(
                    "f64.const {}",
                    nan(f.is_sign_negative(), bits & 0xf_ffff_ffff_ffff)
                )
            }
            f => format!("f64.const {f:?}"),
        },
    }
}

/// One of `candidates` that fits in a u32.
fn pick_u32(rng: &mut Rng, candidates: &[i128]) -> u32 {
    let fitting: Vec<u32> = candidates
        .iter()
        .filter_map(|&c| u32::try_from(c).ok())
        .collect();
    rng.pick(&fitting)
}

/// A static offset for a `width`-byte access to a `size`-byte memory: half
/// the time one that leaves room for an in-bounds access (when the memory
/// has one), else one at the edges: around 2^31 (where guard pages stop
/// covering an access), 2^32 and the end of memory.
fn pick_offset(rng: &mut Rng, size: u64, width: u64) -> u64 {
    let (s, w, two, four) = (
        size as i128,
        width as i128,
        TWO_GIB as i128,
        FOUR_GIB as i128,
    );
    let (small, near_two, random) = (
        rng.below(64) as i128,
        rng.below(1 << 20) as i128,
        rng.next_u64() as u32 as i128,
    );
    if size >= width && rng.chance(1, 2) {
        let inside = rng.below(size - width + 1) as i128;
        return pick_u32(rng, &[0, small, inside, inside, s - w, two - w, two]) as u64;
    }
    let edges = [
        0,
        1,
        two - w,
        two - w + 1,
        two - 1,
        two,
        two + 1,
        two + near_two,
        four - 1,
        four - w,
        four - w - 1,
        s - w,
        s - w + 1,
        s - w - 1,
        random,
    ];
    pick_u32(rng, &edges) as u64
}

/// An index for such an access: half the time one that keeps it inside
/// (if any), else one at the edges: ending it exactly at the end of
/// memory, one byte either side, near 2^31 and 2^32, or anywhere.
fn pick_index(rng: &mut Rng, size: u64, width: u64, offset: u64) -> u32 {
    let (s, w, o, four) = (
        size as i128,
        width as i128,
        offset as i128,
        FOUR_GIB as i128,
    );
    let end = s - w - o;
    let random = rng.next_u64() as u32 as i128;
    if end >= 0 && rng.chance(1, 2) {
        let inside = rng.below(end as u64 + 1) as i128;
        return pick_u32(rng, &[0, end, inside, inside]);
    }
    pick_u32(
        rng,
        &[
            end,
            end - 1,
            end + 1,
            0,
            1,
            s,
            s - w,
            0x7fff_ffff,
            0x8000_0000,
            four - 1,
            four - w,
            four - o,
            four - o - w,
            random,
        ],
    )
}

/// A bulk memory operator.
#[derive(Debug, Clone, Copy)]
enum Bulk {
    Fill(usize),
    Copy(usize, usize),
    Init(usize),
}

/// Operands (destination, value or source, length) for a bulk operation
/// on memories of these sizes, at their edges. A length over
/// [`SMALL_BULK`] comes with a destination that makes it end past 4 GiB,
/// out of bounds whatever the memory grows to.
fn pick_bulk(rng: &mut Rng, bulk: Bulk, sizes: &[u64], segment: u64) -> [u32; 3] {
    let dst_size = match bulk {
        Bulk::Fill(m) | Bulk::Copy(m, _) | Bulk::Init(m) => sizes[m],
    };
    let (tiny, small) = (rng.below(64) as i128, rng.below(SMALL_BULK) as i128);
    let lengths = [
        0,
        1,
        2,
        tiny,
        small,
        segment as i128,
        0x8000_0000,
        0xffff_ffff,
    ];
    let n = pick_u32(rng, &lengths) as u64;
    let edge = |rng: &mut Rng, limit: u64, n: u64| {
        let (l, n) = (limit as i128, n as i128);
        let random = rng.below(limit.max(1)) as i128;
        pick_u32(
            rng,
            &[0, 1, l - n, l - n, l - n + 1, l, random, 0xffff_ffff],
        )
    };
    let d = if n > SMALL_BULK {
        let four = FOUR_GIB as i128;
        pick_u32(
            rng,
            &[four - n as i128 + 1, four - n as i128 + 2, 0xffff_ffff],
        )
    } else {
        edge(rng, dst_size, n)
    };
    let x = match bulk {
        Bulk::Fill(_) => rng.next_u64() as u32,
        Bulk::Copy(_, src) => edge(rng, sizes[src], n),
        Bulk::Init(_) => edge(rng, segment, n),
    };
    [d, x, n as u32]
}

/// What the argument for a parameter should be.
#[derive(Debug, Clone, Copy)]
enum Role {
    /// Not used yet (the pinned parameters), or only as a sentinel.
    Any,
    /// A value to store.
    Value,
    /// The index of an access to `mem`; the code uses the argument xor
    /// `mask`.
    Index {
        mem: usize,
        offset: u64,
        width: u64,
        mask: u32,
    },
    /// Pages to grow `mem` by.
    Delta(usize),
    /// Operand `slot` of the function's bulk operation `op`.
    Bulk { op: usize, slot: usize },
}

/// A memory's initial and maximum pages.
struct MemoryDecl {
    pages: u64,
    max: Option<u64>,
}

fn pick_memory(rng: &mut Rng) -> MemoryDecl {
    let pages = match rng.below(10) {
        0..=2 => rng.pick(&[0, 1, 1, 2]),
        3 => rng.below(17),
        4 => rng.pick(&[32767, 32768, 32769]),
        5 => rng.pick(&[65535, 65536]),
        6 => 16 + rng.below(65536 - 16),
        _ => rng.pick(&[1, 2, 32768, 49152]),
    };
    let max = match rng.below(8) {
        0..=3 => None,
        4 => Some(pages),
        5 => Some(pages + rng.below(4)),
        6 => Some(model::MAX_PAGES),
        _ => Some(pages + rng.below(model::MAX_PAGES - pages + 1)),
    };
    MemoryDecl {
        pages,
        max: max.map(|m| m.min(model::MAX_PAGES)),
    }
}

/// A function's parameters, what their arguments should be, and its bulk
/// operations taking operands from parameters.
struct Signature {
    params: Vec<(WasmType, Role)>,
    bulk: Vec<Bulk>,
    segment: u64,
}

impl Signature {
    /// Arguments for a call, given the memories' current sizes.
    fn args(&self, rng: &mut Rng, memories: &[model::Memory]) -> Vec<Value> {
        let sizes: Vec<u64> = memories.iter().map(model::Memory::bytes).collect();
        let bulk: Vec<[u32; 3]> = self
            .bulk
            .iter()
            .map(|&b| pick_bulk(rng, b, &sizes, self.segment))
            .collect();
        self.params
            .iter()
            .map(|&(ty, role)| match role {
                Role::Any | Role::Value => Value::arbitrary(ty, rng),
                Role::Index {
                    mem,
                    offset,
                    width,
                    mask,
                } => Value::I32(pick_index(rng, sizes[mem], width, offset) ^ mask),
                Role::Delta(mem) => {
                    let room = memories[mem].max() - memories[mem].pages;
                    let random = rng.next_u64() as u32 as i128;
                    Value::I32(pick_u32(
                        rng,
                        &[
                            0,
                            1,
                            2,
                            room as i128,
                            room as i128 + 1,
                            0x8000,
                            0xffff_ffff,
                            random,
                        ],
                    ))
                }
                Role::Bulk { op, slot } => Value::I32(bulk[op][slot]),
            })
            .collect()
    }
}

/// One function being generated.
struct FuncGen<'a> {
    rng: &'a mut Rng,
    memories: &'a [MemoryDecl],
    sig: Signature,
    locals: usize,
    body: String,
    results: Vec<WasmType>,
}

impl FuncGen<'_> {
    /// A parameter for `role`: one of the pinned ones if asked and unused.
    fn param(&mut self, pinned: bool, ty: WasmType, role: Role) -> usize {
        if pinned && ty == WasmType::I32 {
            let free = (0..PINNED).find(|&k| matches!(self.sig.params[k].1, Role::Any));
            if let Some(k) = free {
                self.sig.params[k].1 = role;
                return k;
            }
        }
        self.sig.params.push((ty, role));
        self.sig.params.len() - 1
    }

    fn size(&self, mem: usize) -> u64 {
        self.memories[mem].pages * PAGE
    }

    /// Instructions that push the index of an access.
    fn index(&mut self, mem: usize, offset: u64, width: u64) -> String {
        let mask = self.rng.next_u64() as u32;
        let role = |mask| Role::Index {
            mem,
            offset,
            width,
            mask,
        };
        let pinned = self.rng.chance(1, 2);
        let computed = |g: &mut Self| {
            let p = g.param(pinned, WasmType::I32, role(mask));
            format!("local.get $p{p} i32.const {mask:#x} i32.xor")
        };
        match self.rng.below(9) {
            0 => {
                let size = self.size(mem);
                format!("i32.const {:#x}", pick_index(self.rng, size, width, offset))
            }
            1 => format!("local.get $p{}", self.param(true, WasmType::I32, role(0))),
            2 => format!("local.get $p{}", self.param(false, WasmType::I32, role(0))),
            3 => {
                let p = self.param(pinned, WasmType::I32, role(0));
                let l = self.locals;
                self.locals += 1;
                if self.rng.chance(1, 2) {
                    format!("local.get $p{p} local.tee $l{l}")
                } else {
                    format!("local.get $p{p} local.set $l{l} local.get $l{l}")
                }
            }
            4 => computed(self),
            5 => format!(
                "{}{}{}",
                computed(self),
                " local.get $p0 local.get $p1 i32.add".repeat(SPILL_DEPTH),
                " drop".repeat(SPILL_DEPTH)
            ),
            6 => format!("{} block local.get $p1 br_if 0 nop end", computed(self)),
            7 => format!("{} call $id", computed(self)),
            _ => {
                // (memory.size << 16) - k: relative to the size when it runs.
                let end = (offset + width) as i128;
                let random = self.rng.next_u64() as u32 as i128;
                let k = pick_u32(self.rng, &[end, end - 1, end + 1, width as i128, 0, random]);
                format!("memory.size $m{mem} i32.const 16 i32.shl i32.const {k:#x} i32.sub")
            }
        }
    }

    fn access(&mut self) {
        let mem = self.rng.index(self.memories.len());
        let (op, ty, width, store) = self.rng.pick(&ACCESSES);
        let offset = pick_offset(self.rng, self.size(mem), width);
        let index = self.index(mem, offset, width);
        let value = if !store {
            self.results.push(ty);
            String::new()
        } else if self.rng.chance(1, 3) {
            const_instr(ty, self.rng.next_u64())
        } else {
            let pinned = self.rng.chance(1, 4);
            format!("local.get $p{}", self.param(pinned, ty, Role::Value))
        };
        writeln!(
            self.body,
            "  {index} {value} {op} $m{mem} offset={offset:#x}"
        )
        .unwrap();
    }

    fn grow(&mut self) {
        let mem = self.rng.index(self.memories.len());
        let delta = if self.rng.chance(1, 2) {
            let d = self
                .rng
                .pick(&[0u32, 1, 2, 16, 0x4000, 0x8000, 0x1_0000, 0xffff_ffff]);
            format!("i32.const {d:#x}")
        } else {
            let pinned = self.rng.chance(1, 2);
            format!(
                "local.get $p{}",
                self.param(pinned, WasmType::I32, Role::Delta(mem))
            )
        };
        writeln!(self.body, "  {delta} memory.grow $m{mem}").unwrap();
        self.results.push(WasmType::I32);
    }

    fn bulk(&mut self) {
        let count = self.memories.len();
        let bulk = match self.rng.below(3) {
            0 => Bulk::Fill(self.rng.index(count)),
            1 => Bulk::Copy(self.rng.index(count), self.rng.index(count)),
            _ => Bulk::Init(self.rng.index(count)),
        };
        let operands = if self.rng.chance(1, 3) {
            let sizes: Vec<u64> = (0..count).map(|m| self.size(m)).collect();
            pick_bulk(self.rng, bulk, &sizes, self.sig.segment).map(|v| format!("i32.const {v:#x}"))
        } else {
            let op = self.sig.bulk.len();
            self.sig.bulk.push(bulk);
            let pinned = self.rng.chance(1, 2);
            [0, 1, 2].map(|slot| {
                let p = self.param(pinned, WasmType::I32, Role::Bulk { op, slot });
                format!("local.get $p{p}")
            })
        };
        let instr = match bulk {
            Bulk::Fill(m) => format!("memory.fill $m{m}"),
            Bulk::Copy(d, s) => format!("memory.copy $m{d} $m{s}"),
            Bulk::Init(m) => format!("memory.init $m{m} $seg"),
        };
        writeln!(self.body, "  {} {instr}", operands.join(" ")).unwrap();
    }

    fn generate(&mut self) {
        for _ in 0..1 + self.rng.below(4) {
            match self.rng.below(100) {
                0..=69 => self.access(),
                70..=79 => self.grow(),
                80..=84 => {
                    let mem = self.rng.index(self.memories.len());
                    writeln!(self.body, "  memory.size $m{mem}").unwrap();
                    self.results.push(WasmType::I32);
                }
                85..=97 => self.bulk(),
                _ => self.body.push_str("  data.drop $seg\n"),
            }
        }
    }

    fn wat(&self, k: usize) -> String {
        let mut wat = format!("(func $f{k} (export \"f{k}\")");
        for (p, (ty, _)) in self.sig.params.iter().enumerate() {
            write!(wat, " (param $p{p} {})", type_name(*ty)).unwrap();
        }
        wat.push_str(" (result");
        for ty in &self.results {
            write!(wat, " {}", type_name(*ty)).unwrap();
        }
        wat.push_str(" i32 i32 i32)");
        for l in 0..self.locals {
            write!(wat, " (local $l{l} i32)").unwrap();
        }
        write!(
            wat,
            "\n{}  local.get $p0 local.get $p1 local.get $p2)\n",
            self.body
        )
        .unwrap();
        wat
    }
}

/// The program iteration `seed` runs.
pub fn program_for_seed(seed: u64) -> Program {
    let mut rng = Rng::new(seed ^ 0x6164_6472_6573_7321);
    let memories: Vec<MemoryDecl> = (0..1 + rng.below(3))
        .map(|_| pick_memory(&mut rng))
        .collect();
    let segment_len = rng.index(48);
    let segment = rng.bytes(segment_len);
    let mut wat = String::from("(module\n");
    for (m, d) in memories.iter().enumerate() {
        let max = d.max.map_or(String::new(), |x| format!(" {x}"));
        writeln!(wat, "(memory $m{m} (export \"m{m}\") {}{max})", d.pages).unwrap();
    }
    let data: String = segment.iter().map(|b| format!("\\{b:02x}")).collect();
    writeln!(wat, "(data $seg \"{data}\")").unwrap();
    wat.push_str("(func $id (param i32) (result i32) local.get 0)\n");
    let mut funcs = Vec::new();
    for k in 0..2 + rng.index(10) {
        let mut f = FuncGen {
            rng: &mut rng,
            memories: &memories,
            sig: Signature {
                params: vec![(WasmType::I32, Role::Any); PINNED],
                bulk: Vec::new(),
                segment: segment.len() as u64,
            },
            locals: 0,
            body: String::new(),
            results: Vec::new(),
        };
        f.generate();
        wat.push_str(&f.wat(k));
        funcs.push(f.sig);
    }
    wat.push(')');
    let wasm = wat::parse_str(&wat).expect("the generator writes valid text");
    let module = model::Module::parse(&wasm).expect("the model runs what the generator writes");
    let func_exports: Vec<usize> = (0..module.exports.len())
        .filter(|&e| matches!(module.exports[e], model::ExportItem::Func(_)))
        .collect();
    // The calls, chosen from the state the model reaches call by call.
    let mut instance = model::Instance::new(&module);
    let calls = (0..8 + rng.below(40))
        .map(|_| {
            let k = rng.index(funcs.len());
            let args = funcs[k].args(&mut rng, &instance.memories);
            let export = func_exports[k];
            // Traps and unmodelled operations are for the run to judge.
            let _ = instance.call(export, &args);
            Call {
                export,
                name: format!("f{k}"),
                args,
            }
        })
        .collect();
    Program { wasm, calls }
}
