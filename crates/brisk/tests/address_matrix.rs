//! The address-space matrix (issue 13): loads and stores of every width,
//! signedness and float type on memories 0, 1 and 2 (one of them past
//! 2 GiB, committed lazily), at static offsets around 2^31, 2^32 and the
//! end of each memory, with the index in every kind of place the code
//! generator keeps a value; then bulk memory and table operations at their
//! edges; all in both bounds-check modes.
//!
//! Each case is checked against a model, not against recorded results: an
//! access traps ("out of bounds memory access") if and only if
//! index + offset + width > size in 64-bit arithmetic, a trapping access
//! changes nothing, a stored value reads back through another index source
//! and offset and through the host's view of memory, and the parameters
//! (the first three are pinned in registers) come back unchanged from every
//! function. Each test prints how many cases it checked.

use brisk::{
    Engine, Error, ExternRef, Func, Instance, Memory, Module, Store, Table, TrapCode, Val,
};

mod common;
mod spectre_engines;
use std::collections::HashMap;
use std::fmt::Write as _;

const PAGE: u64 = 65536;
const TWO_GIB: u64 = 1 << 31;
const FOUR_GIB: u64 = 1 << 32;
const OOB_MEMORY: &str = "out of bounds memory access";

/// SplitMix64: fixed seeds, so a failure reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn bytes(&mut self, n: usize) -> Vec<u8> {
        let mut bytes: Vec<u8> = (0..n.div_ceil(8))
            .flat_map(|_| self.next().to_le_bytes())
            .collect();
        bytes.truncate(n);
        bytes
    }
}

/// Counts checked cases and keeps the first failures.
#[derive(Default)]
struct Checker {
    cases: u64,
    failures: u64,
    shown: Vec<String>,
}

impl Checker {
    /// Records one case: `problems` empty means it matched the model.
    fn record(&mut self, problems: Vec<String>, case: impl FnOnce() -> String) {
        self.cases += 1;
        if !problems.is_empty() {
            self.failures += 1;
            if self.shown.len() < 40 {
                self.shown
                    .push(format!("{}: {}", case(), problems.join("; ")));
            }
        }
    }

    fn absorb(&mut self, other: Checker) {
        self.cases += other.cases;
        self.failures += other.failures;
        self.shown.extend(other.shown);
    }

    fn finish(self, name: &str) {
        eprintln!("address matrix, {name}: {} cases checked", self.cases);
        assert!(
            self.failures == 0,
            "{name}: {} of {} cases differ from the model; the first:\n{}",
            self.failures,
            self.cases,
            self.shown.join("\n")
        );
    }
}

/// Whether a call trapped with `code`, its message included.
fn trapped(outcome: &Result<(), Error>, code: TrapCode, message: &str) -> bool {
    matches!(outcome, Err(e) if e.trap_code() == Some(code) && e.to_string().contains(message))
}

fn show(outcome: &Result<(), Error>) -> String {
    match outcome {
        Ok(()) => "it returned".into(),
        Err(e) => format!("it failed: {}", e.to_string().lines().next().unwrap_or("")),
    }
}

/// Numbers in hexadecimal, as a list.
fn hex<const N: usize>(values: [u64; N]) -> String {
    let items: Vec<String> = values.iter().map(|v| format!("{v:#x}")).collect();
    format!("[{}]", items.join(", "))
}

/// The values in `0..2^32` among `values`, sorted, without repeats.
fn u32s(values: impl IntoIterator<Item = i128>) -> Vec<u32> {
    let mut v: Vec<u32> = values
        .into_iter()
        .filter_map(|x| u32::try_from(x).ok())
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// Start addresses of an `n`-unit operation on a `limit`-unit memory or
/// table that end it exactly at the end, one past, and the far ones.
fn edges(limit: u64, n: u64) -> Vec<u32> {
    let (l, n) = (limit as i128, n as i128);
    u32s([
        0,
        1,
        l - n,
        l - n + 1,
        l,
        l + 1,
        0x7fff_ffff,
        0x8000_0000,
        0xffff_ffff,
        (1 << 32) - n,
    ])
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ty {
    I32,
    I64,
    F32,
    F64,
}

impl Ty {
    fn name(self) -> &'static str {
        match self {
            Ty::I32 => "i32",
            Ty::I64 => "i64",
            Ty::F32 => "f32",
            Ty::F64 => "f64",
        }
    }

    /// The value of this type whose bits are the low bits of `bits`.
    fn val(self, bits: u64) -> Val {
        match self {
            Ty::I32 => Val::I32(bits as u32 as i32),
            Ty::I64 => Val::I64(bits as i64),
            Ty::F32 => Val::F32(bits as u32),
            Ty::F64 => Val::F64(bits),
        }
    }

    /// A constant instruction for those bits, exactly (NaN payloads too).
    fn const_instr(self, bits: u64) -> String {
        let text = match self {
            Ty::I32 => format!("{:#x}", bits as u32),
            Ty::I64 => format!("{:#x}", bits),
            Ty::F32 => float_text(bits as u32 as u64, 8, 23),
            Ty::F64 => float_text(bits, 11, 52),
        };
        format!("{}.const {text}", self.name())
    }
}

/// A float's bits as exact Wasm text: hexadecimal, or inf, or NaN with its
/// payload.
fn float_text(bits: u64, exp_bits: u32, man_bits: u32) -> String {
    let sign = if (bits >> (exp_bits + man_bits)) & 1 == 1 {
        "-"
    } else {
        ""
    };
    let exp = (bits >> man_bits) & ((1 << exp_bits) - 1);
    let man = bits & ((1 << man_bits) - 1);
    let max_exp = (1 << exp_bits) - 1;
    let bias = (1i64 << (exp_bits - 1)) - 1;
    let pad = (4 - man_bits % 4) % 4;
    let digits = ((man_bits + pad) / 4) as usize;
    let frac = man << pad;
    match (exp, man) {
        (e, 0) if e == max_exp => format!("{sign}inf"),
        (e, m) if e == max_exp => format!("{sign}nan:{m:#x}"),
        (0, _) => format!("{sign}0x0.{frac:0digits$x}p{}", 1 - bias),
        (e, _) => format!("{sign}0x1.{frac:0digits$x}p{}", e as i64 - bias),
    }
}

/// A load or store operator.
#[derive(Debug)]
struct Access {
    op: &'static str,
    ty: Ty,
    width: u64,
    signed: bool,
    store: bool,
}

const fn load(op: &'static str, ty: Ty, width: u64, signed: bool) -> Access {
    Access {
        op,
        ty,
        width,
        signed,
        store: false,
    }
}

const fn store(op: &'static str, ty: Ty, width: u64) -> Access {
    Access {
        op,
        ty,
        width,
        signed: false,
        store: true,
    }
}

const ACCESSES: [Access; 23] = [
    load("i32.load", Ty::I32, 4, false),
    load("i32.load8_s", Ty::I32, 1, true),
    load("i32.load8_u", Ty::I32, 1, false),
    load("i32.load16_s", Ty::I32, 2, true),
    load("i32.load16_u", Ty::I32, 2, false),
    load("i64.load", Ty::I64, 8, false),
    load("i64.load8_s", Ty::I64, 1, true),
    load("i64.load8_u", Ty::I64, 1, false),
    load("i64.load16_s", Ty::I64, 2, true),
    load("i64.load16_u", Ty::I64, 2, false),
    load("i64.load32_s", Ty::I64, 4, true),
    load("i64.load32_u", Ty::I64, 4, false),
    load("f32.load", Ty::F32, 4, false),
    load("f64.load", Ty::F64, 8, false),
    store("i32.store", Ty::I32, 4),
    store("i32.store8", Ty::I32, 1),
    store("i32.store16", Ty::I32, 2),
    store("i64.store", Ty::I64, 8),
    store("i64.store8", Ty::I64, 1),
    store("i64.store16", Ty::I64, 2),
    store("i64.store32", Ty::I64, 4),
    store("f32.store", Ty::F32, 4),
    store("f64.store", Ty::F64, 8),
];

impl Access {
    /// What a load of these (little-endian) bytes gives.
    fn decode(&self, bytes: &[u8]) -> Val {
        let mut raw = [0u8; 8];
        raw[..bytes.len()].copy_from_slice(bytes);
        let mut bits = u64::from_le_bytes(raw);
        if self.signed {
            let shift = 64 - 8 * self.width;
            bits = ((bits << shift) as i64 >> shift) as u64;
        }
        self.ty.val(bits)
    }

    /// The bytes a store of a value with these bits writes.
    fn encode(&self, bits: u64) -> Vec<u8> {
        bits.to_le_bytes()[..self.width as usize].to_vec()
    }
}

/// Where an access takes its index from. Every function has the
/// parameters `$i $a $b $j`: the first three are pinned in registers, `$j`
/// is not; `$a` and `$b` hold sentinels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Source {
    /// An `i32.const`.
    Const,
    /// The pinned parameter `$i`.
    Pinned,
    /// The parameter `$j`, in a stack slot.
    Local,
    /// `$j - $a`, computed into a register.
    Register,
    /// That value under more values than there are registers.
    Spilled,
    /// That value across a block with a taken branch.
    Block,
    /// That value returned by a call.
    Call,
}

const SOURCES: [Source; 7] = [
    Source::Const,
    Source::Pinned,
    Source::Local,
    Source::Register,
    Source::Spilled,
    Source::Block,
    Source::Call,
];

/// The arguments `$i $a $b $j` when they do not carry the index.
const SENTINELS: [i32; 4] = [0x5eed_0001, 0x1357_9bdf, 0x2468_ace1, 0x0bad_cafe];

/// Values pushed over a spilled index: more than the allocatable integer
/// registers (eight).
const SPILL_DEPTH: usize = 10;

const PARAMS: &str = "(param $i i32) (param $a i32) (param $b i32) (param $j i32)";
const RETURN_PARAMS: &str = "local.get $i local.get $a local.get $b local.get $j";

impl Source {
    /// Instructions that push the index (`index` itself for `Const`).
    fn push_index(self, index: u32) -> String {
        let computed = "local.get $j local.get $a i32.sub";
        match self {
            Source::Const => format!("i32.const {index:#x}"),
            Source::Pinned => "local.get $i".into(),
            Source::Local => "local.get $j".into(),
            Source::Register => computed.into(),
            Source::Spilled => format!(
                "{computed}{}{}",
                " local.get $a local.get $b i32.add".repeat(SPILL_DEPTH),
                " drop".repeat(SPILL_DEPTH)
            ),
            Source::Block => format!("{computed} block local.get $b br_if 0 end"),
            Source::Call => format!("{computed} call $id"),
        }
    }

    /// The arguments `$i $a $b $j` that make `push_index` give `index`.
    fn args(self, index: u32) -> [i32; 4] {
        let [i, a, b, j] = SENTINELS;
        match self {
            Source::Const => SENTINELS,
            Source::Pinned => [index as i32, a, b, j],
            Source::Local => [i, a, b, index as i32],
            _ => [i, a, b, (index as i32).wrapping_add(a)],
        }
    }
}

/// Checks the last results: the parameters, which every function returns
/// after its operation, must come back unchanged.
fn check_params(results: &[Val], args: &[i32], problems: &mut Vec<String>) {
    let returned = &results[results.len() - args.len()..];
    let expected: Vec<Val> = args.iter().map(|&a| Val::I32(a)).collect();
    if returned != expected.as_slice() {
        problems.push(format!(
            "parameters changed: {returned:x?}, passed {expected:x?}"
        ));
    }
}

/// An exported function and zeroed results of its type.
struct Export {
    func: Func,
    results: Vec<Val>,
}

/// A table `$prefix`, exported as `prefix`, holding the functions
/// `$prefix0`.. (a table rather than thousands of exports, which the API
/// looks up by name one by one).
fn case_table(prefix: &str, count: usize) -> String {
    let funcs: String = (0..count).map(|n| format!(" ${prefix}{n}")).collect();
    format!(
        "(table ${prefix} (export \"{prefix}\") {count} funcref)\n\
         (elem (table ${prefix}) (i32.const 0) func{funcs})\n"
    )
}

/// The functions in the table [`case_table`] made.
fn exports(store: &mut Store<()>, instance: Instance, count: usize, prefix: &str) -> Vec<Export> {
    let table = instance.get_table(&mut *store, prefix).expect("exported");
    (0..count)
        .map(|n| {
            let Some(Val::FuncRef(Some(func))) = table.get(&mut *store, n as u64) else {
                panic!("{prefix}[{n}] is not a function");
            };
            let results = func
                .ty(&*store)
                .results
                .iter()
                .map(|t| Val::default_for(*t))
                .collect();
            Export { func, results }
        })
        .collect()
}

impl Export {
    fn call(&self, store: &mut Store<()>, args: &[Val]) -> (Result<(), Error>, Vec<Val>) {
        let mut results = self.results.clone();
        let outcome = self.func.call(store, args, &mut results);
        (outcome, results)
    }
}

fn i32_args(args: &[i32]) -> Vec<Val> {
    args.iter().map(|&a| Val::I32(a)).collect()
}

// ---------------------------------------------------------------------------
// Loads and stores

/// A memory's initial and maximum pages.
#[derive(Debug, Clone, Copy)]
struct MemoryDecl {
    pages: u64,
    max: Option<u64>,
}

/// With explicit checks, this memory's reservation ends right after its
/// one page.
const ONE_PAGE: MemoryDecl = MemoryDecl {
    pages: 1,
    max: Some(1),
};
const THREE_PAGES: MemoryDecl = MemoryDecl {
    pages: 3,
    max: None,
};
/// Past 2 GiB; only the pages the test touches are ever backed.
const BIG: MemoryDecl = MemoryDecl {
    pages: 32769,
    max: None,
};

/// Static offsets for a `width`-byte access to a `size`-byte memory:
/// small, at the guard-elision limit (2 GiB), near 4 GiB, and ending the
/// access around the end of the memory.
fn offsets(size: u64, width: u64) -> Vec<u64> {
    let mut v: Vec<u64> = [
        0,
        1,
        TWO_GIB - width,
        TWO_GIB - width + 1,
        TWO_GIB - 1,
        TWO_GIB,
        FOUR_GIB - 1,
        size - width - 1,
        size - width,
        size - width + 1,
    ]
    .into_iter()
    .filter(|&o| o < FOUR_GIB)
    .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// Indices to try with an offset: small, ending the access exactly at the
/// end of memory and around it, and near 2^31 and 2^32.
fn index_values(size: u64, width: u64, offset: u64) -> Vec<u32> {
    let (s, w) = (size as i128, width as i128);
    let end = s - w - offset as i128;
    u32s([
        0,
        1,
        end - 1,
        end,
        end + 1,
        s - w,
        s,
        0x7fff_ffff,
        0x8000_0000,
        (1 << 32) - w,
        0xffff_ffff,
    ])
}

/// One exported access function.
#[derive(Debug)]
struct AccessFunc {
    mem: usize,
    access: usize,
    offset: u64,
    source: Source,
    /// The constant index, for `Source::Const`.
    index: Option<u32>,
    /// The constant a store writes (with a constant index, the
    /// all-immediate form, and across a block); else its `$v` parameter.
    value: Option<u64>,
}

impl AccessFunc {
    fn wat(&self, n: usize) -> String {
        let acc = &ACCESSES[self.access];
        let ty = acc.ty.name();
        let push = self.source.push_index(self.index.unwrap_or(0));
        let (op, mem, offset) = (acc.op, self.mem, self.offset);
        if acc.store {
            let value = match self.value {
                Some(bits) => acc.ty.const_instr(bits),
                None => "local.get $v".into(),
            };
            format!(
                "(func $a{n} {PARAMS} (param $v {ty}) (result i32 i32 i32 i32)\n  \
                 {push} {value} {op} $m{mem} offset={offset:#x} {RETURN_PARAMS})\n"
            )
        } else {
            format!(
                "(func $a{n} {PARAMS} (result {ty} i32 i32 i32 i32)\n  \
                 {push} {op} $m{mem} offset={offset:#x} {RETURN_PARAMS})\n"
            )
        }
    }
}

/// A bulk memory operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum MemBulk {
    /// `memory.fill m` with operands (address, byte, length).
    Fill(usize),
    /// `memory.copy dst src` with operands (dst address, src address, length).
    Copy(usize, usize),
    /// `memory.init m` from the passive segment: (address, segment offset, length).
    Init(usize),
}

/// Where a bulk operation takes its three operands from: parameters 0-2
/// (pinned), parameters 3-5 (not pinned), or constants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum BulkSource {
    Pinned,
    Local,
    Const,
}

/// Parameters of a bulk operation's function; it returns them all.
const BULK_PARAMS: &str = "(param i32 i32 i32 i32 i32 i32)";
const BULK_RESULTS: &str = "(result i32 i32 i32 i32 i32 i32)";
const BULK_RETURN: &str = "local.get 0 local.get 1 local.get 2 local.get 3 local.get 4 local.get 5";
const BULK_SENTINELS: [i32; 6] = [
    0x0a11_0000,
    0x0a11_0001,
    0x0a11_0002,
    0x0a11_0003,
    0x0a11_0004,
    0x0a11_0005,
];

/// An operand of a bulk operator: an i32 (the value matters only for
/// constants) or the reference parameter `$r`.
#[derive(Debug, Clone, Copy)]
enum Operand {
    Int(u32),
    Ref,
}

impl BulkSource {
    fn push(self, operands: [Operand; 3]) -> String {
        let mut code = String::new();
        for (slot, operand) in operands.into_iter().enumerate() {
            match (operand, self) {
                (Operand::Ref, _) => code.push_str("local.get $r "),
                (Operand::Int(_), BulkSource::Pinned) => write!(code, "local.get {slot} ").unwrap(),
                (Operand::Int(_), BulkSource::Local) => {
                    write!(code, "local.get {} ", slot + 3).unwrap()
                }
                (Operand::Int(v), BulkSource::Const) => write!(code, "i32.const {v:#x} ").unwrap(),
            }
        }
        code
    }

    fn args(self, operands: [u32; 3]) -> [i32; 6] {
        let mut args = BULK_SENTINELS;
        let first = match self {
            BulkSource::Pinned => 0,
            BulkSource::Local => 3,
            BulkSource::Const => return args,
        };
        for (k, v) in operands.into_iter().enumerate() {
            args[first + k] = v as i32;
        }
        args
    }
}

/// A function per bulk operator and non-constant source, and per case for
/// constants.
struct BulkFuncs<Op> {
    funcs: Vec<(Op, BulkSource, [u32; 3])>,
    by_op: HashMap<(Op, BulkSource), usize>,
}

impl<Op: Copy + Eq + std::hash::Hash> BulkFuncs<Op> {
    fn new(ops: &[Op], cases: &[(Op, [u32; 3])]) -> Self {
        let mut funcs = Vec::new();
        let mut by_op = HashMap::new();
        for &op in ops {
            for source in [BulkSource::Pinned, BulkSource::Local] {
                by_op.insert((op, source), funcs.len());
                funcs.push((op, source, [0; 3]));
            }
        }
        funcs.extend(
            cases
                .iter()
                .map(|&(op, operands)| (op, BulkSource::Const, operands)),
        );
        BulkFuncs { funcs, by_op }
    }

    /// Every (function, operands) pair to run for these cases: the
    /// parameterized functions with each case, then the constant ones.
    fn runs(&self, cases: &[(Op, [u32; 3])]) -> Vec<(usize, Op, BulkSource, [u32; 3])> {
        let mut runs = Vec::new();
        for &(op, operands) in cases {
            for source in [BulkSource::Pinned, BulkSource::Local] {
                runs.push((self.by_op[&(op, source)], op, source, operands));
            }
        }
        for (n, &(op, source, operands)) in self.funcs.iter().enumerate() {
            if source == BulkSource::Const {
                runs.push((n, op, source, operands));
            }
        }
        runs
    }
}

/// Bulk lengths: in-bounds ones touch at most [`MAX_BULK`] bytes.
const BULK_LENGTHS: [u64; 6] = [0, 1, 7, 0x1_0000, 0x8000_0000, 0xffff_ffff];
const MAX_BULK: u64 = 0x1_0000;
const SEGMENT_LEN: u64 = 37;

/// Bulk memory cases (operator, operands) at the edges of each memory. An
/// in-bounds case touches at most [`MAX_BULK`] bytes.
fn mem_bulk_cases(sizes: &[u64; 3], rng: &mut Rng) -> Vec<(MemBulk, [u32; 3])> {
    let mut cases = Vec::new();
    let small_or_trapping = |in_bounds: bool, n: u64| !in_bounds || n <= MAX_BULK;
    let l = SEGMENT_LEN as i128;
    for (m, &size) in sizes.iter().enumerate() {
        for n in BULK_LENGTHS {
            for d in edges(size, n) {
                if small_or_trapping(d as u64 + n <= size, n) {
                    cases.push((MemBulk::Fill(m), [d, rng.next() as u32, n as u32]));
                }
            }
        }
        for n in [0, 1, SEGMENT_LEN, SEGMENT_LEN + 1, 0xffff_ffff] {
            for d in edges(size, n) {
                for s in u32s([0, 1, l - n as i128, l - n as i128 + 1, 0xffff_ffff]) {
                    cases.push((MemBulk::Init(m), [d, s, n as u32]));
                }
            }
        }
    }
    for (dst, &dst_size) in sizes.iter().enumerate() {
        for (src, &src_size) in sizes.iter().enumerate() {
            for n in BULK_LENGTHS {
                let s_end = src_size as i128 - n as i128;
                let sources = u32s([0, s_end, s_end + 1, 0xffff_ffff]);
                for d in edges(dst_size, n) {
                    for &s in &sources {
                        let in_bounds = d as u64 + n <= dst_size && s as u64 + n <= src_size;
                        if small_or_trapping(in_bounds, n) {
                            cases.push((MemBulk::Copy(dst, src), [d, s, n as u32]));
                        }
                    }
                }
            }
        }
    }
    cases
}

fn mem_bulk_wat(n: usize, op: MemBulk, source: BulkSource, operands: [u32; 3]) -> String {
    let [a, b, c] = operands.map(Operand::Int);
    let instr = match op {
        MemBulk::Fill(m) => format!("memory.fill $m{m}"),
        MemBulk::Copy(d, s) => format!("memory.copy $m{d} $m{s}"),
        MemBulk::Init(m) => format!("memory.init $m{m} $seg"),
    };
    format!(
        "(func $b{n} {BULK_PARAMS} {BULK_RESULTS}\n  {}{instr} {BULK_RETURN})\n",
        source.push([a, b, c])
    )
}

/// The module of one memory layout, and what the test knows about it.
struct MemoryMatrix {
    decls: [MemoryDecl; 3],
    sizes: [u64; 3],
    access: Vec<AccessFunc>,
    /// The access function for (memory, access, offset, non-constant source).
    readers: HashMap<(usize, usize, u64, Source), usize>,
    bulk_cases: Vec<(MemBulk, [u32; 3])>,
    bulk: BulkFuncs<MemBulk>,
    segment: Vec<u8>,
}

impl MemoryMatrix {
    fn new(decls: [MemoryDecl; 3]) -> Self {
        let sizes = decls.map(|d| d.pages * PAGE);
        let mut rng = Rng(sizes.iter().sum());
        let mut access = Vec::new();
        let mut readers = HashMap::new();
        for (mem, &size) in sizes.iter().enumerate() {
            for (k, acc) in ACCESSES.iter().enumerate() {
                for offset in offsets(size, acc.width) {
                    for source in SOURCES {
                        let indices = match source {
                            Source::Const => index_values(size, acc.width, offset)
                                .into_iter()
                                .map(Some)
                                .collect(),
                            _ => {
                                readers.insert((mem, k, offset, source), access.len());
                                vec![None]
                            }
                        };
                        let constant_value = matches!(source, Source::Const | Source::Block);
                        for index in indices {
                            access.push(AccessFunc {
                                mem,
                                access: k,
                                offset,
                                source,
                                index,
                                value: (acc.store && constant_value).then(|| rng.next()),
                            });
                        }
                    }
                }
            }
        }
        let bulk_cases = mem_bulk_cases(&sizes, &mut rng);
        let mut ops = Vec::new();
        for m in 0..3 {
            ops.extend([MemBulk::Fill(m), MemBulk::Init(m)]);
            ops.extend((0..3).map(|s| MemBulk::Copy(m, s)));
        }
        let bulk = BulkFuncs::new(&ops, &bulk_cases);
        let segment = rng.bytes(SEGMENT_LEN as usize);
        MemoryMatrix {
            decls,
            sizes,
            access,
            readers,
            bulk_cases,
            bulk,
            segment,
        }
    }

    fn wat(&self) -> String {
        let mut wat = String::from("(module\n");
        for (m, d) in self.decls.iter().enumerate() {
            let max = d.max.map_or(String::new(), |m| format!(" {m}"));
            writeln!(wat, "(memory $m{m} (export \"m{m}\") {}{max})", d.pages).unwrap();
        }
        wat.push_str("(func $id (param i32) (result i32) local.get 0)\n");
        let segment: String = self.segment.iter().map(|b| format!("\\{b:02x}")).collect();
        writeln!(wat, "(data $seg \"{segment}\")").unwrap();
        wat.push_str("(func (export \"drop\") data.drop $seg)\n");
        for (n, f) in self.access.iter().enumerate() {
            wat.push_str(&f.wat(n));
        }
        for (n, &(op, source, operands)) in self.bulk.funcs.iter().enumerate() {
            wat.push_str(&mem_bulk_wat(n, op, source, operands));
        }
        wat.push_str(&case_table("a", self.access.len()));
        wat.push_str(&case_table("b", self.bulk.funcs.len()));
        wat.push(')');
        wat
    }
}

/// An instance of a memory matrix module in one bounds-check mode.
struct MemoryRun<'a> {
    m: &'a MemoryMatrix,
    mode: &'a str,
    store: Store<()>,
    memories: [Memory; 3],
    access: Vec<Export>,
    bulk: Vec<Export>,
    drop: Func,
    rng: Rng,
    check: Checker,
}

impl<'a> MemoryRun<'a> {
    fn new(m: &'a MemoryMatrix, wasm: &[u8], mode: &'a str, engine: &Engine) -> Self {
        let module = Module::new(engine, wasm).unwrap();
        let mut store = Store::new(engine, ());
        let instance = Instance::new(&mut store, &module, &[]).unwrap();
        let memories =
            [0, 1, 2].map(|k| instance.get_memory(&mut store, &format!("m{k}")).unwrap());
        let access = exports(&mut store, instance, m.access.len(), "a");
        let bulk = exports(&mut store, instance, m.bulk.funcs.len(), "b");
        let drop = instance.get_func(&mut store, "drop").unwrap();
        MemoryRun {
            m,
            mode,
            store,
            memories,
            access,
            bulk,
            drop,
            rng: Rng(0x5eed),
            check: Checker::default(),
        }
    }

    fn run(mut self) -> Checker {
        for (m, memory) in self.memories.iter().enumerate() {
            assert_eq!(memory.size(&self.store), self.m.decls[m].pages);
        }
        for n in 0..self.m.access.len() {
            let f = &self.m.access[n];
            let indices = match f.index {
                Some(index) => vec![index],
                None => index_values(self.m.sizes[f.mem], ACCESSES[f.access].width, f.offset),
            };
            for index in indices {
                if let Some((address, bytes)) = self.access(n, index, None) {
                    self.read_back(n, address, &bytes);
                }
            }
        }
        let runs = self.m.bulk.runs(&self.m.bulk_cases);
        for &(n, op, source, operands) in &runs {
            self.bulk(n, op, source, operands, false);
        }
        self.drop.call(&mut self.store, &[], &mut []).unwrap();
        for &(n, op, source, operands) in &runs {
            if matches!(op, MemBulk::Init(_)) {
                self.bulk(n, op, source, operands, true);
            }
        }
        self.check
    }

    /// One call of access function `n` with `index`. A load reads `known`
    /// if given, else fresh random bytes put there first. Returns the
    /// address and bytes of a store that succeeded.
    fn access(&mut self, n: usize, index: u32, known: Option<&[u8]>) -> Option<(u64, Vec<u8>)> {
        let f = &self.m.access[n];
        let acc = &ACCESSES[f.access];
        let (size, memory) = (self.m.sizes[f.mem], self.memories[f.mem]);
        let address = index as u64 + f.offset;
        let end = address + acc.width;
        let in_bounds = end <= size;
        let (lo, hi) = (address.min(size) as usize, end.min(size) as usize);
        let value = acc
            .store
            .then(|| f.value.unwrap_or_else(|| self.rng.next()));
        let stored = value.map(|v| acc.encode(v));
        let before = match (known, &stored) {
            (Some(k), _) => k.to_vec(),
            // Different from what the store writes, byte by byte.
            (None, Some(s)) if in_bounds => s.iter().map(|b| !b).collect(),
            _ => self.rng.bytes(hi - lo),
        };
        if known.is_none() {
            memory.data_mut(&mut self.store)[lo..hi].copy_from_slice(&before);
        }
        let args = f.source.args(index);
        let mut params = i32_args(&args);
        if let Some(v) = value {
            params.push(acc.ty.val(v));
        }
        let (outcome, results) = self.access[n].call(&mut self.store, &params);
        let mut problems = Vec::new();
        match (&outcome, in_bounds) {
            (Ok(()), true) => {
                check_params(&results, &args, &mut problems);
                if !acc.store && results[0] != acc.decode(&before) {
                    problems.push(format!(
                        "loaded {:x?}, memory holds {before:02x?}",
                        results[0]
                    ));
                }
            }
            (_, false) if trapped(&outcome, TrapCode::MemoryOutOfBounds, OOB_MEMORY) => {}
            (_, true) => problems.push(format!("in bounds, but {}", show(&outcome))),
            (_, false) => problems.push(format!("out of bounds, but {}", show(&outcome))),
        }
        let after = &memory.data(&self.store)[lo..hi];
        let expected = match &stored {
            Some(s) if in_bounds => s,
            _ => &before,
        };
        if after != expected.as_slice() {
            problems.push(format!(
                "memory at {lo:#x} holds {after:02x?}, expected {expected:02x?}"
            ));
        }
        let ok = problems.is_empty();
        self.check.record(problems, || {
            format!(
                "{}: {} $m{} (size {size:#x}) offset={:#x}, index {index:#x} from {:?}{}",
                self.mode,
                acc.op,
                f.mem,
                f.offset,
                f.source,
                value.map_or(String::new(), |v| format!(", value {:x?}", acc.ty.val(v)))
            )
        });
        (ok && in_bounds && acc.store).then(|| (address, stored.unwrap()))
    }

    /// Reads what store function `n` wrote at `address` through a load of
    /// the same width, another offset and another non-constant source.
    fn read_back(&mut self, n: usize, address: u64, bytes: &[u8]) {
        let f = &self.m.access[n];
        let width = ACCESSES[f.access].width;
        let turn = self.check.cases as usize;
        let loads: Vec<usize> = (0..ACCESSES.len())
            .filter(|&k| !ACCESSES[k].store && ACCESSES[k].width == width)
            .collect();
        let offsets: Vec<u64> = offsets(self.m.sizes[f.mem], width)
            .into_iter()
            .filter(|&o| o <= address && address - o < FOUR_GIB && o != f.offset)
            .collect();
        let offset = offsets.get(turn % offsets.len().max(1)).copied();
        let offset = offset.unwrap_or(f.offset);
        let sources: Vec<Source> = SOURCES
            .into_iter()
            .filter(|&s| s != Source::Const && s != f.source)
            .collect();
        let key = (
            f.mem,
            loads[turn % loads.len()],
            offset,
            sources[turn % sources.len()],
        );
        let reader = self.m.readers[&key];
        self.access(reader, (address - offset) as u32, Some(bytes));
    }

    /// One call of bulk function `n`; `dropped`: after `data.drop`.
    fn bulk(
        &mut self,
        n: usize,
        op: MemBulk,
        source: BulkSource,
        operands: [u32; 3],
        dropped: bool,
    ) {
        let [d, x, len] = operands.map(u64::from);
        let sizes = self.m.sizes;
        let segment_len = if dropped { 0 } else { SEGMENT_LEN };
        let (dst, in_bounds) = match op {
            MemBulk::Fill(m) => (m, d + len <= sizes[m]),
            MemBulk::Copy(dm, sm) => (dm, d + len <= sizes[dm] && x + len <= sizes[sm]),
            MemBulk::Init(m) => (m, d + len <= sizes[m] && x + len <= segment_len),
        };
        // Windows around the bytes the operation reads and writes, filled
        // with random bytes first.
        let window = |at: u64, size: u64| {
            let lo = at.min(size).saturating_sub(16);
            let hi = (at + len.min(MAX_BULK) + 16).min(size);
            (lo as usize, hi as usize)
        };
        if let MemBulk::Copy(_, sm) = op {
            let (lo, hi) = window(x, sizes[sm]);
            let fresh = self.rng.bytes(hi - lo);
            self.memories[sm].data_mut(&mut self.store)[lo..hi].copy_from_slice(&fresh);
        }
        let (lo, hi) = window(d, sizes[dst]);
        let fresh = self.rng.bytes(hi - lo);
        let memory = self.memories[dst];
        memory.data_mut(&mut self.store)[lo..hi].copy_from_slice(&fresh);
        let mut expected = fresh;
        if in_bounds {
            let (x, len) = (x as usize, len as usize);
            let content = match op {
                MemBulk::Fill(_) => vec![x as u8; len],
                MemBulk::Copy(_, sm) => self.memories[sm].data(&self.store)[x..x + len].to_vec(),
                MemBulk::Init(_) => self.m.segment[x..x + len].to_vec(),
            };
            let at = d as usize - lo;
            expected[at..at + len].copy_from_slice(&content);
        }
        let args = source.args(operands);
        let (outcome, results) = self.bulk[n].call(&mut self.store, &i32_args(&args));
        let mut problems = Vec::new();
        match (&outcome, in_bounds) {
            (Ok(()), true) => check_params(&results, &args, &mut problems),
            (_, false) if trapped(&outcome, TrapCode::MemoryOutOfBounds, OOB_MEMORY) => {}
            (_, true) => problems.push(format!("in bounds, but {}", show(&outcome))),
            (_, false) => problems.push(format!("out of bounds, but {}", show(&outcome))),
        }
        let after = &memory.data(&self.store)[lo..hi];
        if after != expected.as_slice() {
            let at = (0..after.len()).find(|&k| after[k] != expected[k]).unwrap();
            problems.push(format!(
                "memory at {:#x} holds {:#04x}, expected {:#04x}",
                lo + at,
                after[at],
                expected[at]
            ));
        }
        self.check.record(problems, || {
            format!(
                "{}: {op:?} from {source:?} operands {} (sizes {}{})",
                self.mode,
                hex(operands.map(u64::from)),
                hex(sizes),
                if dropped { ", segment dropped" } else { "" }
            )
        });
    }
}

fn memory_matrix(name: &str, decls: [MemoryDecl; 3]) {
    let matrix = MemoryMatrix::new(decls);
    let wasm = wat::parse_str(matrix.wat()).unwrap();
    let mut total = Checker::default();
    for (mode, engine) in spectre_engines::engines(|_| {}) {
        let check = MemoryRun::new(&matrix, &wasm, &mode, &engine).run();
        total.absorb(check);
    }
    total.finish(name);
}

#[test]
fn big_memory_0() {
    memory_matrix(
        "memories [2 GiB + 64 KiB, 1 page, 3 pages]",
        [BIG, ONE_PAGE, THREE_PAGES],
    );
}

#[test]
fn big_memory_1() {
    memory_matrix(
        "memories [1 page, 2 GiB + 64 KiB, 3 pages]",
        [ONE_PAGE, BIG, THREE_PAGES],
    );
}

#[test]
fn big_memory_2() {
    memory_matrix(
        "memories [3 pages, 1 page, 2 GiB + 64 KiB]",
        [THREE_PAGES, ONE_PAGE, BIG],
    );
}

// ---------------------------------------------------------------------------
// Tables

/// (element type, initial size, maximum, growth between the two rounds).
const TABLES: [(&str, u64, Option<u64>, u64); 3] = [
    ("funcref", 4, None, 2),
    ("funcref", 10, Some(20), 5),
    ("externref", 3, Some(3), 1),
];
/// Functions of type `$r` return 100 + k; `$g` has another type.
const FUNCS: usize = 5;
/// The passive element segment: $f2, null, $g, $f4.
const ELEM_LEN: u64 = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TableAccess {
    CallIndirect,
    Get,
    Set,
}

#[derive(Debug)]
struct TableFunc {
    table: usize,
    access: TableAccess,
    source: Source,
    index: Option<u32>,
}

impl TableFunc {
    fn wat(&self, n: usize) -> String {
        let (t, elem) = (self.table, TABLES[self.table].0);
        let push = self.source.push_index(self.index.unwrap_or(0));
        let (params, result, op) = match self.access {
            TableAccess::CallIndirect => (
                String::new(),
                "i32",
                format!("call_indirect $t{t} (type $r)"),
            ),
            TableAccess::Get => (String::new(), elem, format!("table.get $t{t}")),
            TableAccess::Set => (
                format!(" (param $v {elem})"),
                "",
                format!("local.get $v table.set $t{t}"),
            ),
        };
        format!(
            "(func $t{n} {PARAMS}{params} (result {result} i32 i32 i32 i32)\n  \
             {push} {op} {RETURN_PARAMS})\n"
        )
    }
}

fn table_indices(size: u64) -> Vec<u32> {
    let s = size as i128;
    u32s([
        0,
        1,
        s - 1,
        s,
        s + 1,
        0x7fff_ffff,
        0x8000_0000,
        0xffff_fffe,
        0xffff_ffff,
    ])
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum TableBulk {
    /// `table.fill t`: (index, `$r`, length).
    Fill(usize),
    /// `table.copy dst src`: (dst index, src index, length).
    Copy(usize, usize),
    /// `table.init t` from the passive segment: (index, segment offset, length).
    Init(usize),
}

const TABLE_BULK_OPS: [TableBulk; 10] = [
    TableBulk::Fill(0),
    TableBulk::Fill(1),
    TableBulk::Fill(2),
    TableBulk::Copy(0, 0),
    TableBulk::Copy(0, 1),
    TableBulk::Copy(1, 0),
    TableBulk::Copy(1, 1),
    TableBulk::Copy(2, 2),
    TableBulk::Init(0),
    TableBulk::Init(1),
];

fn table_bulk_cases(sizes: &[u64]) -> Vec<(TableBulk, [u32; 3])> {
    let mut cases = Vec::new();
    for op in TABLE_BULK_OPS {
        let (dst, src_limit) = match op {
            TableBulk::Fill(t) => (t, None),
            TableBulk::Copy(d, s) => (d, Some(sizes[s])),
            TableBulk::Init(t) => (t, Some(ELEM_LEN)),
        };
        for n in [0, 1, 2, sizes[dst], 0xffff_ffff] {
            let xs = match src_limit {
                None => vec![0],
                Some(l) => {
                    let (l, n) = (l as i128, n as i128);
                    u32s([0, 1, l - n, l - n + 1, 0xffff_ffff])
                }
            };
            for d in edges(sizes[dst], n) {
                for &x in &xs {
                    cases.push((op, [d, x, n as u32]));
                }
            }
        }
    }
    cases
}

fn table_bulk_wat(n: usize, op: TableBulk, source: BulkSource, operands: [u32; 3]) -> String {
    let [d, x, len] = operands.map(Operand::Int);
    let (extra, push, instr) = match op {
        TableBulk::Fill(t) => (
            format!(" (param $r {})", TABLES[t].0),
            source.push([d, Operand::Ref, len]),
            format!("table.fill $t{t}"),
        ),
        TableBulk::Copy(dt, st) => (
            String::new(),
            source.push([d, x, len]),
            format!("table.copy $t{dt} $t{st}"),
        ),
        TableBulk::Init(t) => (
            String::new(),
            source.push([d, x, len]),
            format!("table.init $t{t} $seg"),
        ),
    };
    format!("(func $u{n} {BULK_PARAMS}{extra} {BULK_RESULTS}\n  {push}{instr} {BULK_RETURN})\n")
}

struct TableMatrix {
    access: Vec<TableFunc>,
    bulk: BulkFuncs<TableBulk>,
}

impl TableMatrix {
    fn new() -> Self {
        let sizes = TABLES.map(|t| t.1);
        let mut access = Vec::new();
        for table in 0..TABLES.len() {
            let funcref = TABLES[table].0 == "funcref";
            for kind in [
                TableAccess::Set,
                TableAccess::Get,
                TableAccess::CallIndirect,
            ] {
                if kind == TableAccess::CallIndirect && !funcref {
                    continue;
                }
                for source in SOURCES {
                    let indices = match source {
                        Source::Const => {
                            table_indices(sizes[table]).into_iter().map(Some).collect()
                        }
                        _ => vec![None],
                    };
                    for index in indices {
                        access.push(TableFunc {
                            table,
                            access: kind,
                            source,
                            index,
                        });
                    }
                }
            }
        }
        let bulk = BulkFuncs::new(&TABLE_BULK_OPS, &table_bulk_cases(&sizes));
        TableMatrix { access, bulk }
    }

    fn wat(&self) -> String {
        let mut wat = String::from(
            "(module\n(type $r (func (result i32)))\n(type $p (func (param i32) (result i32)))\n",
        );
        for (t, (elem, min, max, _)) in TABLES.iter().enumerate() {
            let max = max.map_or(String::new(), |m| format!(" {m}"));
            let null = &elem[..elem.len() - 3];
            writeln!(wat, "(table $t{t} (export \"table{t}\") {min}{max} {elem})").unwrap();
            writeln!(
                wat,
                "(func (export \"grow{t}\") (param i32) (result i32) \
                 (table.grow $t{t} (ref.null {null}) (local.get 0)))"
            )
            .unwrap();
        }
        wat.push_str("(func $id (param i32) (result i32) local.get 0)\n");
        for k in 0..FUNCS {
            writeln!(
                wat,
                "(func $f{k} (export \"f{k}\") (type $r) i32.const {})",
                100 + k
            )
            .unwrap();
        }
        wat.push_str("(func $g (export \"g\") (type $p) i32.const 200)\n");
        wat.push_str("(elem (table $t0) (i32.const 1) func $f1 $g)\n");
        wat.push_str(
            "(elem $seg funcref (ref.func $f2) (ref.null func) (ref.func $g) (ref.func $f4))\n",
        );
        wat.push_str("(func (export \"drop\") elem.drop $seg)\n");
        for (n, f) in self.access.iter().enumerate() {
            wat.push_str(&f.wat(n));
        }
        for (n, &(op, source, operands)) in self.bulk.funcs.iter().enumerate() {
            wat.push_str(&table_bulk_wat(n, op, source, operands));
        }
        // After the tables under test: they keep their indices 0-2.
        wat.push_str(&case_table("t", self.access.len()));
        wat.push_str(&case_table("u", self.bulk.funcs.len()));
        wat.push(')');
        wat
    }
}

struct TableRun<'a> {
    m: &'a TableMatrix,
    mode: &'a str,
    store: Store<()>,
    instance: Instance,
    tables: Vec<Table>,
    access: Vec<Export>,
    bulk: Vec<Export>,
    /// $f0.. and $g.
    funcs: Vec<Func>,
    /// What each table holds.
    model: Vec<Vec<Val>>,
    /// The values `table.set` and `table.fill` store, per table.
    candidates: Vec<Vec<Val>>,
    segment: Vec<Val>,
    turn: usize,
    check: Checker,
}

impl<'a> TableRun<'a> {
    fn new(m: &'a TableMatrix, wasm: &[u8], mode: &'a str, engine: &Engine) -> Self {
        let module = Module::new(engine, wasm).unwrap();
        let mut store = Store::new(engine, ());
        let instance = Instance::new(&mut store, &module, &[]).unwrap();
        let tables: Vec<Table> = (0..TABLES.len())
            .map(|t| {
                instance
                    .get_table(&mut store, &format!("table{t}"))
                    .unwrap()
            })
            .collect();
        let mut funcs: Vec<Func> = (0..FUNCS)
            .map(|k| instance.get_func(&mut store, &format!("f{k}")).unwrap())
            .collect();
        funcs.push(instance.get_func(&mut store, "g").unwrap());
        let func = |k: usize| Val::FuncRef(Some(funcs[k]));
        let null_func = Val::FuncRef(None);
        let g = FUNCS;
        let mut model = vec![
            vec![null_func, func(1), func(g), null_func],
            vec![null_func; 10],
            vec![Val::ExternRef(None); 3],
        ];
        for (t, row) in model.iter_mut().enumerate() {
            row.truncate(TABLES[t].1 as usize);
        }
        let mut func_candidates: Vec<Val> = (0..=FUNCS).map(func).collect();
        func_candidates.push(null_func);
        let mut extern_candidates: Vec<Val> = (0..3)
            .map(|k| Val::ExternRef(Some(ExternRef::new(&mut store, k))))
            .collect();
        extern_candidates.push(Val::ExternRef(None));
        let segment = vec![func(2), null_func, func(g), func(4)];
        let access = exports(&mut store, instance, m.access.len(), "t");
        let bulk = exports(&mut store, instance, m.bulk.funcs.len(), "u");
        TableRun {
            m,
            mode,
            store,
            instance,
            tables,
            access,
            bulk,
            funcs,
            model,
            candidates: vec![func_candidates.clone(), func_candidates, extern_candidates],
            segment,
            turn: 0,
            check: Checker::default(),
        }
    }

    fn next_candidate(&mut self, table: usize) -> Val {
        self.turn += 1;
        let c = &self.candidates[table];
        c[self.turn % c.len()]
    }

    fn run(mut self) -> Checker {
        for round in 0..2 {
            for kind in [
                TableAccess::Set,
                TableAccess::Get,
                TableAccess::CallIndirect,
            ] {
                for n in 0..self.m.access.len() {
                    let f = &self.m.access[n];
                    if f.access != kind {
                        continue;
                    }
                    let indices = match f.index {
                        Some(index) => vec![index],
                        None => table_indices(self.model[f.table].len() as u64),
                    };
                    for index in indices {
                        self.access(n, index);
                    }
                }
            }
            let sizes: Vec<u64> = self.model.iter().map(|t| t.len() as u64).collect();
            for (n, op, source, operands) in self.m.bulk.runs(&table_bulk_cases(&sizes)) {
                self.bulk(n, op, source, operands, false);
            }
            if round == 0 {
                self.grow();
            }
        }
        let drop = self.instance.get_func(&mut self.store, "drop").unwrap();
        drop.call(&mut self.store, &[], &mut []).unwrap();
        let sizes: Vec<u64> = self.model.iter().map(|t| t.len() as u64).collect();
        for (n, op, source, operands) in self.m.bulk.runs(&table_bulk_cases(&sizes)) {
            if matches!(op, TableBulk::Init(_)) {
                self.bulk(n, op, source, operands, true);
            }
        }
        self.check
    }

    /// Grows every table by its growth (table 2 is at its maximum).
    fn grow(&mut self) {
        for (t, &(elem, _, max, by)) in TABLES.iter().enumerate() {
            let grow = self
                .instance
                .get_func(&mut self.store, &format!("grow{t}"))
                .unwrap();
            let old = self.model[t].len() as u64;
            let fits = max.is_none_or(|m| old + by <= m);
            let mut r = [Val::I32(0)];
            grow.call(&mut self.store, &[Val::I32(by as i32)], &mut r)
                .unwrap();
            let expected = if fits { old as i32 } else { -1 };
            assert_eq!(r[0], Val::I32(expected), "{}: growing table {t}", self.mode);
            if fits {
                let null = if elem == "funcref" {
                    Val::FuncRef(None)
                } else {
                    Val::ExternRef(None)
                };
                self.model[t].resize((old + by) as usize, null);
            }
        }
    }

    /// The first difference between the tables and the model.
    fn compare_tables(&mut self, problems: &mut Vec<String>) {
        for (t, table) in self.tables.clone().into_iter().enumerate() {
            let size = table.size(&self.store);
            if size != self.model[t].len() as u64 {
                problems.push(format!(
                    "table {t} has {size} elements, expected {}",
                    self.model[t].len()
                ));
                continue;
            }
            for k in 0..size {
                let got = table.get(&mut self.store, k);
                if got != Some(self.model[t][k as usize]) {
                    problems.push(format!(
                        "table {t}[{k}] holds {got:?}, expected {:?}",
                        self.model[t][k as usize]
                    ));
                    break;
                }
            }
        }
    }

    fn access(&mut self, n: usize, index: u32) {
        let f = &self.m.access[n];
        let (t, source, kind) = (f.table, f.source, f.access);
        let size = self.model[t].len() as u64;
        let in_bounds = (index as u64) < size;
        let args = source.args(index);
        let mut params = i32_args(&args);
        let value = (kind == TableAccess::Set).then(|| self.next_candidate(t));
        params.extend(value);
        let (outcome, results) = self.access[n].call(&mut self.store, &params);
        let mut problems = Vec::new();
        let trap = |code: TrapCode| trapped(&outcome, code, code.message());
        let element = self.model[t].get(index as usize).copied();
        match kind {
            TableAccess::CallIndirect => {
                let callee = match element {
                    Some(Val::FuncRef(Some(f))) => self.funcs.iter().position(|&g| g == f),
                    _ => None,
                };
                let expected = match (element, callee) {
                    (None, _) => Err(TrapCode::UndefinedElement),
                    (Some(Val::FuncRef(None)), _) => Err(TrapCode::UninitializedElement),
                    (_, Some(k)) if k < FUNCS => Ok(100 + k as i32),
                    _ => Err(TrapCode::IndirectCallTypeMismatch),
                };
                match (expected, &outcome) {
                    (Ok(v), Ok(())) => {
                        check_params(&results, &args, &mut problems);
                        if results[0] != Val::I32(v) {
                            problems.push(format!(
                                "called the function returning {:?}, expected {v}",
                                results[0]
                            ));
                        }
                    }
                    (Err(code), _) if trap(code) => {}
                    (expected, _) => {
                        problems.push(format!("expected {expected:?}, but {}", show(&outcome)))
                    }
                }
            }
            TableAccess::Get | TableAccess::Set => {
                match (&outcome, in_bounds) {
                    (Ok(()), true) => {
                        check_params(&results, &args, &mut problems);
                        if kind == TableAccess::Get && Some(results[0]) != element {
                            problems.push(format!("got {:?}, expected {element:?}", results[0]));
                        }
                    }
                    (_, false) if trap(TrapCode::TableOutOfBounds) => {}
                    (_, true) => problems.push(format!("in bounds, but {}", show(&outcome))),
                    (_, false) => problems.push(format!("out of bounds, but {}", show(&outcome))),
                }
                if let (Some(v), true) = (value, in_bounds) {
                    self.model[t][index as usize] = v;
                }
                self.compare_tables(&mut problems);
            }
        }
        self.check.record(problems, || {
            format!(
                "{}: {kind:?} table {t} (size {size}) index {index:#x} from {source:?}",
                self.mode
            )
        });
    }

    fn bulk(
        &mut self,
        n: usize,
        op: TableBulk,
        source: BulkSource,
        operands: [u32; 3],
        dropped: bool,
    ) {
        let [d, x, len] = operands.map(|v| v as usize);
        let size = |t: usize| self.model[t].len();
        let segment_len = if dropped { 0 } else { ELEM_LEN as usize };
        let (dst, in_bounds) = match op {
            TableBulk::Fill(t) => (t, d + len <= size(t)),
            TableBulk::Copy(dt, st) => (dt, d + len <= size(dt) && x + len <= size(st)),
            TableBulk::Init(t) => (t, d + len <= size(t) && x + len <= segment_len),
        };
        let args = source.args(operands);
        let mut params = i32_args(&args);
        let value = matches!(op, TableBulk::Fill(_)).then(|| self.next_candidate(dst));
        params.extend(value);
        let (outcome, results) = self.bulk[n].call(&mut self.store, &params);
        if in_bounds {
            let content: Vec<Val> = match op {
                TableBulk::Fill(_) => vec![value.unwrap(); len],
                TableBulk::Copy(_, st) => self.model[st][x..x + len].to_vec(),
                TableBulk::Init(_) => self.segment[x..x + len].to_vec(),
            };
            self.model[dst][d..d + len].copy_from_slice(&content);
        }
        let mut problems = Vec::new();
        match (&outcome, in_bounds) {
            (Ok(()), true) => check_params(&results, &args, &mut problems),
            (_, false)
                if trapped(
                    &outcome,
                    TrapCode::TableOutOfBounds,
                    "out of bounds table access",
                ) => {}
            (_, true) => problems.push(format!("in bounds, but {}", show(&outcome))),
            (_, false) => problems.push(format!("out of bounds, but {}", show(&outcome))),
        }
        self.compare_tables(&mut problems);
        let sizes: Vec<usize> = self.model.iter().map(Vec::len).collect();
        self.check.record(problems, || {
            format!(
                "{}: {op:?} from {source:?} operands {} (sizes {sizes:?}{})",
                self.mode,
                hex(operands.map(u64::from)),
                if dropped { ", segment dropped" } else { "" }
            )
        });
    }
}

#[test]
fn tables() {
    let matrix = TableMatrix::new();
    let wasm = wat::parse_str(matrix.wat()).unwrap();
    let mut total = Checker::default();
    for (mode, engine) in spectre_engines::engines(|_| {}) {
        let check = TableRun::new(&matrix, &wasm, &mode, &engine).run();
        total.absorb(check);
    }
    total.finish("tables 0 (4 funcref), 1 (10..20 funcref), 2 (3 externref)");
}
