//! Modules for the `addressing` target and the calls to make on them.
//!
//! A module has one to three memories, small or up to 4 GiB (brisk commits
//! them lazily), 32- or 64-bit indexed, some with one-byte pages, and a few
//! exported functions, each a short sequence of loads and stores of every
//! width (at static offsets near 2^31, 2^32, the end of memory and, for
//! 64-bit memories, 2^63 and 2^64, the index from a constant, a pinned parameter,
//! another parameter, a declared local, a register, a spilled value, a
//! value carried across a block, a call result, or `memory.size`),
//! `memory.grow`, `memory.size` and bulk memory operations. Each function
//! returns what it loaded, then its three pinned parameters. Arguments are
//! chosen call by call from the model's state (an index that ends the
//! access exactly at the end of memory, one past, near 2^31 and 2^32...),
//! so they follow the memories as they grow. 64-bit indexes also go near
//! 2^32, 2^63 and 2^64-1, where index + offset + size overflows 64 bits.

use super::model::{self, PAGE};
use crate::diff::Call;
use crate::rng::Rng;
use crate::value::Value;
use brisk::WasmType;
use std::fmt::Write as _;

const TWO_GIB: u64 = 1 << 31;
const FOUR_GIB: u64 = 1 << 32;
const HALF_64: i128 = 1 << 63;
const SPACE_64: i128 = 1 << 64;
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
    pick_int(rng, candidates, false) as u32
}

/// One of `candidates` that fits in a u64 if `wide`, else in a u32.
fn pick_int(rng: &mut Rng, candidates: &[i128], wide: bool) -> u64 {
    let limit = if wide { u64::MAX } else { u32::MAX as u64 };
    let fitting: Vec<u64> = candidates
        .iter()
        .filter_map(|&c| u64::try_from(c).ok().filter(|&c| c <= limit))
        .collect();
    rng.pick(&fitting)
}

/// The type of an index into a memory of this index type.
fn index_type(wide: bool) -> WasmType {
    if wide { WasmType::I64 } else { WasmType::I32 }
}

/// A static offset for a `width`-byte access to a `size`-byte memory: half
/// the time one that leaves room for an in-bounds access (when the memory
/// has one), else one at the edges: around 2^31 (where guard pages stop
/// covering an access), 2^32 and the end of memory, and for a 64-bit
/// memory (`wide`) around 2^63 and 2^64.
fn pick_offset(rng: &mut Rng, size: u64, width: u64, wide: bool) -> u64 {
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
    if wide && rng.chance(1, 2) {
        let random = rng.next_u64() as i128;
        return pick_int(
            rng,
            &[
                four,
                four + 1,
                four + s - w,
                HALF_64 - 1,
                HALF_64,
                HALF_64 - s,
                SPACE_64 - 1,
                SPACE_64 - w,
                SPACE_64 - w + 1,
                SPACE_64 - s,
                random,
            ],
            true,
        );
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
/// memory, one byte either side, near 2^31 and 2^32, or anywhere; for a
/// 64-bit memory also near 2^63 and 2^64, where index + offset + width
/// wraps.
fn pick_index(rng: &mut Rng, size: u64, width: u64, offset: u64, wide: bool) -> u64 {
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
        return pick_int(rng, &[0, end, inside, inside], wide);
    }
    if wide && rng.chance(1, 2) {
        let random = rng.next_u64() as i128;
        return pick_int(
            rng,
            &[
                four - 1,
                four,
                four + 1,
                four + end,
                HALF_64 - o,
                HALF_64 - o - w,
                HALF_64,
                SPACE_64 - 1,
                SPACE_64 - o,
                SPACE_64 - o - w,
                SPACE_64 - o - w + 1,
                SPACE_64 - o - 1,
                random,
            ],
            true,
        );
    }
    pick_int(
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
        wide,
    )
}

/// A bulk memory operator.
#[derive(Debug, Clone, Copy)]
enum Bulk {
    Fill(usize),
    Copy(usize, usize),
    Init(usize),
}

impl Bulk {
    /// Which operands are `i64` (destination, value or source, length),
    /// given which memories are 64-bit: a copy's length is the smaller of
    /// its memories' index types.
    fn wide(self, wide: &[bool]) -> [bool; 3] {
        match self {
            Bulk::Fill(m) => [wide[m], false, wide[m]],
            Bulk::Copy(d, s) => [wide[d], wide[s], wide[d] && wide[s]],
            Bulk::Init(m) => [wide[m], false, false],
        }
    }
}

/// Operands (destination, value or source, length) for a bulk operation
/// on memories of these sizes and index types, at their edges. A length
/// over [`SMALL_BULK`] comes with a destination that makes it end past
/// 4 GiB (or past 2^64), out of bounds whatever the memory grows to.
fn pick_bulk(rng: &mut Rng, bulk: Bulk, sizes: &[u64], wide: &[bool], segment: u64) -> [u64; 3] {
    let types = bulk.wide(wide);
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
        FOUR_GIB as i128 + 1,
        HALF_64,
        SPACE_64 - 1,
        SPACE_64 - 1 - tiny,
    ];
    let n = pick_int(rng, &lengths, types[2]);
    let edge = |rng: &mut Rng, limit: u64, n: u64, wide: bool| {
        let (l, n) = (limit as i128, n as i128);
        let random = rng.below(limit.max(1)) as i128;
        let candidates = [0, 1, l - n, l - n, l - n + 1, l, random, 0xffff_ffff];
        if wide && rng.chance(1, 3) {
            pick_int(rng, &[SPACE_64 - n, SPACE_64 - n + 1, SPACE_64 - 1], true)
        } else {
            pick_int(rng, &candidates, wide)
        }
    };
    let d = if n > SMALL_BULK {
        let (four, n) = (FOUR_GIB as i128, n as i128);
        pick_int(
            rng,
            &[four - n + 1, four - n + 2, 0xffff_ffff, SPACE_64 - n + 1],
            types[0],
        )
    } else {
        edge(rng, dst_size, n, types[0])
    };
    let x = match bulk {
        Bulk::Fill(_) => rng.next_u64() as u32 as u64,
        Bulk::Copy(_, src) => edge(rng, sizes[src], n, types[1]),
        Bulk::Init(_) => edge(rng, segment, n, false),
    };
    [d, x, n]
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
        mask: u64,
    },
    /// Pages to grow `mem` by.
    Delta(usize),
    /// Operand `slot` of the function's bulk operation `op`.
    Bulk { op: usize, slot: usize },
}

/// A memory's index type, page size, initial and maximum pages.
struct MemoryDecl {
    pages: u64,
    max: Option<u64>,
    wide: bool,
    page_size: u64,
}

impl MemoryDecl {
    fn bytes(&self) -> u64 {
        self.pages * self.page_size
    }
}

/// The most pages of `page_size` bytes the engine lets a memory have.
fn pages_limit(page_size: u64) -> u64 {
    (model::MAX_PAGES * PAGE / page_size).min(u32::MAX as u64)
}

fn pick_memory(rng: &mut Rng) -> MemoryDecl {
    let wide = rng.chance(2, 5);
    if rng.chance(1, 6) {
        // One-byte pages: sizes that are no multiple of the host page.
        let pages = match rng.below(4) {
            0 => rng.pick(&[0, 1, 7, 4095, 4096, 65535, 65536, 65537]),
            1 => rng.below(1 << 12),
            2 => rng.below(1 << 20),
            _ => rng.pick(&[TWO_GIB - 1, TWO_GIB + 3]),
        };
        // No maximum: the type's (2^32-1 pages of an i32 memory) or the
        // engine's limit (4 GiB).
        let max = match rng.below(4) {
            0 => Some(pages),
            1 => Some(pages + rng.below(1 << 17)),
            2 => Some(pages_limit(1)),
            _ => None,
        };
        return MemoryDecl {
            pages,
            max: max.map(|m| m.min(pages_limit(1))),
            wide,
            page_size: 1,
        };
    }
    let pages = match rng.below(10) {
        0..=2 => rng.pick(&[0, 1, 1, 2]),
        3 => rng.below(17),
        4 => rng.pick(&[32767, 32768, 32769]),
        5 => rng.pick(&[65535, 65536]),
        6 => 16 + rng.below(65536 - 16),
        _ => rng.pick(&[1, 2, 32768, 49152]),
    };
    // 64-bit memories reserve their maximum (capped by the engine's limit):
    // mostly small ones.
    let max = match rng.below(if wide { 12 } else { 8 }) {
        0..=3 => None,
        4 => Some(pages),
        5 => Some(pages + rng.below(4)),
        6 => Some(model::MAX_PAGES),
        7 => Some(pages + rng.below(model::MAX_PAGES - pages + 1)),
        _ => Some(pages + rng.below(17)),
    };
    // A 64-bit memory may declare a maximum far past the engine's limit,
    // which caps its reservation and growth.
    let max = if wide && rng.chance(1, 8) {
        Some(rng.pick(&[1 << 40, 1 << 48]))
    } else {
        max.map(|m| m.min(model::MAX_PAGES))
    };
    MemoryDecl {
        pages,
        max,
        wide,
        page_size: PAGE,
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
        let wide: Vec<bool> = memories.iter().map(model::Memory::is64).collect();
        let bulk: Vec<[u64; 3]> = self
            .bulk
            .iter()
            .map(|&b| pick_bulk(rng, b, &sizes, &wide, self.segment))
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
                } => {
                    let m = &memories[mem];
                    m.value(pick_index(rng, sizes[mem], width, offset, m.is64()) ^ mask)
                }
                Role::Delta(mem) => {
                    let m = &memories[mem];
                    let room = (m.max() - m.pages) as i128;
                    let random = rng.next_u64() as i128;
                    let delta = pick_int(
                        rng,
                        &[
                            0,
                            1,
                            2,
                            room,
                            room + 1,
                            0x8000,
                            0xffff_ffff,
                            FOUR_GIB as i128,
                            HALF_64,
                            SPACE_64 - 1,
                            random,
                            random >> 32,
                        ],
                        m.is64(),
                    );
                    m.value(delta)
                }
                Role::Bulk { op, slot } => {
                    model::index_value(self.bulk[op].wide(&wide)[slot], bulk[op][slot])
                }
            })
            .collect()
    }
}

/// One function being generated.
struct FuncGen<'a> {
    rng: &'a mut Rng,
    memories: &'a [MemoryDecl],
    sig: Signature,
    locals: Vec<WasmType>,
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
        self.memories[mem].bytes()
    }

    /// Instructions that push the index of an access. A 64-bit index is
    /// never in a pinned parameter (those are i32s).
    fn index(&mut self, mem: usize, offset: u64, width: u64) -> String {
        let wide = self.memories[mem].wide;
        let (ty, t) = (index_type(wide), type_name(index_type(wide)));
        let mask = if wide {
            self.rng.next_u64()
        } else {
            self.rng.next_u64() as u32 as u64
        };
        let role = |mask| Role::Index {
            mem,
            offset,
            width,
            mask,
        };
        let pinned = self.rng.chance(1, 2);
        let computed = |g: &mut Self| {
            let p = g.param(pinned, ty, role(mask));
            format!("local.get $p{p} {t}.const {mask:#x} {t}.xor")
        };
        match self.rng.below(9) {
            0 => {
                let size = self.size(mem);
                let index = pick_index(self.rng, size, width, offset, wide);
                format!("{t}.const {index:#x}")
            }
            1 => format!("local.get $p{}", self.param(true, ty, role(0))),
            2 => format!("local.get $p{}", self.param(false, ty, role(0))),
            3 => {
                let p = self.param(pinned, ty, role(0));
                let l = self.locals.len();
                self.locals.push(ty);
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
            7 => format!("{} call $id_{t}", computed(self)),
            _ => {
                // (memory.size << log2(page size)) - k: relative to the size
                // when it runs.
                let end = offset as i128 + width as i128;
                let random = self.rng.next_u64() as i128;
                let k = pick_int(
                    self.rng,
                    &[end, end - 1, end + 1, width as i128, 0, random],
                    wide,
                );
                let shift = self.memories[mem].page_size.trailing_zeros();
                format!("memory.size $m{mem} {t}.const {shift} {t}.shl {t}.const {k:#x} {t}.sub")
            }
        }
    }

    fn access(&mut self) {
        let mem = self.rng.index(self.memories.len());
        let (op, ty, width, store) = self.rng.pick(&ACCESSES);
        let offset = pick_offset(self.rng, self.size(mem), width, self.memories[mem].wide);
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
        let wide = self.memories[mem].wide;
        let ty = index_type(wide);
        let delta = if self.rng.chance(1, 2) {
            let d = pick_int(
                self.rng,
                &[
                    0,
                    1,
                    2,
                    16,
                    0x4000,
                    0x8000,
                    0x1_0000,
                    0xffff_ffff,
                    FOUR_GIB as i128,
                    HALF_64,
                    SPACE_64 - 1,
                ],
                wide,
            );
            format!("{}.const {d:#x}", type_name(ty))
        } else {
            let pinned = self.rng.chance(1, 2);
            format!("local.get $p{}", self.param(pinned, ty, Role::Delta(mem)))
        };
        writeln!(self.body, "  {delta} memory.grow $m{mem}").unwrap();
        self.results.push(ty);
    }

    fn bulk(&mut self) {
        let count = self.memories.len();
        let bulk = match self.rng.below(3) {
            0 => Bulk::Fill(self.rng.index(count)),
            1 => Bulk::Copy(self.rng.index(count), self.rng.index(count)),
            _ => Bulk::Init(self.rng.index(count)),
        };
        let wide: Vec<bool> = self.memories.iter().map(|m| m.wide).collect();
        let types = bulk.wide(&wide).map(index_type);
        let operands = if self.rng.chance(1, 3) {
            let sizes: Vec<u64> = (0..count).map(|m| self.size(m)).collect();
            let values = pick_bulk(self.rng, bulk, &sizes, &wide, self.sig.segment);
            [0, 1, 2].map(|k| format!("{}.const {:#x}", type_name(types[k]), values[k]))
        } else {
            let op = self.sig.bulk.len();
            self.sig.bulk.push(bulk);
            let pinned = self.rng.chance(1, 2);
            [0, 1, 2].map(|slot| {
                let p = self.param(pinned, types[slot], Role::Bulk { op, slot });
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
                    self.results.push(index_type(self.memories[mem].wide));
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
        for (l, ty) in self.locals.iter().enumerate() {
            write!(wat, " (local $l{l} {})", type_name(*ty)).unwrap();
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
        let index = if d.wide { " i64" } else { "" };
        let page_size = if d.page_size == PAGE {
            String::new()
        } else {
            format!(" (pagesize {})", d.page_size)
        };
        writeln!(
            wat,
            "(memory $m{m} (export \"m{m}\"){index} {}{max}{page_size})",
            d.pages
        )
        .unwrap();
    }
    let data: String = segment.iter().map(|b| format!("\\{b:02x}")).collect();
    writeln!(wat, "(data $seg \"{data}\")").unwrap();
    wat.push_str("(func $id_i32 (param i32) (result i32) local.get 0)\n");
    wat.push_str("(func $id_i64 (param i64) (result i64) local.get 0)\n");
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
            locals: Vec::new(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use wasmparser::{Operator, Payload};

    /// What a few hundred programs contain, counted from their binaries.
    #[derive(Default, Debug)]
    struct Counts {
        memories: u64,
        wide: u64,
        byte_pages: u64,
        /// Accesses to 64-bit memories with an offset past 4 GiB.
        far_offsets: u64,
        /// `i64.const`s of 2^63 or more (indexes, lengths, deltas).
        huge_constants: u64,
        mixed_copies: u64,
        wide_grows: u64,
        /// Calls that returned, and that trapped, in the model.
        returned: u64,
        trapped: u64,
    }

    fn count(counts: &mut Counts, wasm: &[u8]) {
        let mut wide = Vec::new();
        for payload in wasmparser::Parser::new(0).parse_all(wasm) {
            match payload.unwrap() {
                Payload::MemorySection(reader) => {
                    for m in reader {
                        let m = m.unwrap();
                        counts.memories += 1;
                        counts.wide += m.memory64 as u64;
                        counts.byte_pages += (m.page_size_log2 == Some(0)) as u64;
                        wide.push(m.memory64);
                    }
                }
                Payload::CodeSectionEntry(body) => {
                    for op in body.get_operators_reader().unwrap() {
                        match op.unwrap() {
                            Operator::I64Const { value } if value < 0 => {
                                counts.huge_constants += 1;
                            }
                            Operator::MemoryCopy { dst_mem, src_mem } => {
                                let (d, s) = (wide[dst_mem as usize], wide[src_mem as usize]);
                                counts.mixed_copies += (d != s) as u64;
                            }
                            Operator::MemoryGrow { mem } => {
                                counts.wide_grows += wide[mem as usize] as u64;
                            }
                            op => {
                                if let Some(memarg) = memarg(&op) {
                                    let far = memarg.offset > u32::MAX as u64;
                                    counts.far_offsets += far as u64;
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn memarg(op: &Operator<'_>) -> Option<wasmparser::MemArg> {
        match *op {
            Operator::I32Load { memarg }
            | Operator::I64Load { memarg }
            | Operator::F32Load { memarg }
            | Operator::F64Load { memarg }
            | Operator::I32Load8U { memarg }
            | Operator::I64Load8U { memarg }
            | Operator::I32Store { memarg }
            | Operator::I64Store { memarg }
            | Operator::F32Store { memarg }
            | Operator::F64Store { memarg }
            | Operator::I32Store8 { memarg }
            | Operator::I64Store8 { memarg } => Some(memarg),
            _ => None,
        }
    }

    /// The generator's 64-bit and one-byte-page cases show up in a short
    /// run, and the model's calls both return and trap.
    #[test]
    fn programs_cover_64_bit_memories() {
        let mut counts = Counts::default();
        for seed in 0..300 {
            let program = program_for_seed(seed);
            count(&mut counts, &program.wasm);
            let module = model::Module::parse(&program.wasm).unwrap();
            let mut instance = model::Instance::new(&module);
            for call in &program.calls {
                match instance.call(call.export, &call.args) {
                    Ok(_) => counts.returned += 1,
                    Err(model::Halt::Trap(_)) => counts.trapped += 1,
                    Err(model::Halt::Unmodelled(_)) => {}
                }
            }
        }
        println!("{counts:?}");
        assert!(counts.wide * 4 > counts.memories, "{counts:?}");
        assert!(counts.byte_pages * 20 > counts.memories, "{counts:?}");
        for n in [
            counts.far_offsets,
            counts.huge_constants,
            counts.mixed_copies,
            counts.wide_grows,
        ] {
            assert!(n >= 10, "{counts:?}");
        }
        assert!(counts.returned * 5 > counts.trapped, "{counts:?}");
        assert!(counts.trapped * 5 > counts.returned, "{counts:?}");
    }
}
