//! The oracle of the `addressing` target: an interpreter for the small part
//! of Wasm the generator emits (straight-line code, empty blocks, calls,
//! `i32`/`i64` arithmetic, loads, stores and the memory operators), whose
//! memories are sparse: up to 4 GiB each, 32- or 64-bit indexed, with pages
//! of 64 KiB or one byte, holding only the 4 KiB chunks something wrote
//! to. Addresses are computed in 128 bits, so an index, offset and size
//! whose sum overflows 64 bits is out of bounds. It also replays saved and
//! hand-edited cases, as long as they stay within that part of Wasm.

use crate::value::Value;
use brisk::{TrapCode, WasmType};
use std::collections::{BTreeSet, HashMap};
use wasmparser::{
    BlockType, CompositeInnerType, DataKind, MemArg, MemArgTarget, Operator, Payload, WasmFeatures,
};

/// The default page size.
pub const PAGE: u64 = 65536;
/// The most 64 KiB pages any memory may have: the engine's
/// `memory_pages_limit`, which caps 64-bit memories and memories of
/// one-byte pages too (in bytes).
pub const MAX_PAGES: u64 = 65536;
/// The granularity of the sparse memories.
pub const CHUNK: u64 = 4096;
/// Bulk operations writing more than this are not modelled (they would
/// make brisk write as much): the iteration is skipped.
pub const BULK_LIMIT: u64 = 1 << 20;
/// Calls nested deeper than this are not modelled.
const MAX_DEPTH: usize = 200;

/// Why a call did not return.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Halt {
    Trap(TrapCode),
    /// Something the model does not cover.
    Unmodelled(String),
}

impl std::fmt::Display for Halt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Halt::Trap(code) => write!(f, "trap: {code}"),
            Halt::Unmodelled(why) => write!(f, "unmodelled: {why}"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum IntOp {
    Add,
    Sub,
    Xor,
    Shl,
}

#[derive(Debug, Clone, Copy)]
enum Instr {
    Const(Value),
    LocalGet(u32),
    LocalSet(u32),
    LocalTee(u32),
    /// An integer operator, `i64` if `wide`.
    Int {
        op: IntOp,
        wide: bool,
    },
    Drop,
    Nop,
    /// An empty-typed block, and where its `end` is.
    Block {
        end: usize,
    },
    BrIf(u32),
    End,
    Call(u32),
    Load {
        mem: u32,
        offset: u64,
        width: u64,
        signed: bool,
        ty: WasmType,
    },
    Store {
        mem: u32,
        offset: u64,
        width: u64,
    },
    Size(u32),
    Grow(u32),
    Fill(u32),
    Copy(u32, u32),
    Init {
        segment: u32,
        mem: u32,
    },
    DataDrop(u32),
}

struct Func {
    params: Vec<WasmType>,
    results: usize,
    locals: Vec<WasmType>,
    code: Vec<Instr>,
}

/// What an export is, by kind and index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportItem {
    Func(u32),
    Memory(u32),
}

/// A memory as declared, its maximum capped by [`MAX_PAGES`].
#[derive(Debug, Clone, Copy)]
struct MemoryType {
    pages: u64,
    max: u64,
    page_size: u64,
    is64: bool,
}

/// A parsed module the model can run.
pub struct Module {
    memories: Vec<MemoryType>,
    segments: Vec<Vec<u8>>,
    funcs: Vec<Func>,
    /// In the export section's order, as the embedding API lists them.
    pub exports: Vec<ExportItem>,
}

fn val_type(t: wasmparser::ValType) -> Result<WasmType, String> {
    Ok(match t {
        wasmparser::ValType::I32 => WasmType::I32,
        wasmparser::ValType::I64 => WasmType::I64,
        wasmparser::ValType::F32 => WasmType::F32,
        wasmparser::ValType::F64 => WasmType::F64,
        other => return Err(format!("the model has no {other:?} values")),
    })
}

fn memory_of(memarg: &MemArg) -> Result<u32, String> {
    match memarg.target {
        MemArgTarget::Memory(m) => Ok(m),
        MemArgTarget::Array(_) => Err("the model has no GC arrays".into()),
    }
}

fn load(memarg: &MemArg, ty: WasmType, width: u64, signed: bool) -> Result<Instr, String> {
    Ok(Instr::Load {
        mem: memory_of(memarg)?,
        offset: memarg.offset,
        width,
        signed,
        ty,
    })
}

fn store(memarg: &MemArg, width: u64) -> Result<Instr, String> {
    Ok(Instr::Store {
        mem: memory_of(memarg)?,
        offset: memarg.offset,
        width,
    })
}

fn int(op: IntOp, wide: bool) -> Instr {
    Instr::Int { op, wide }
}

fn instr(op: &Operator<'_>) -> Result<Instr, String> {
    use WasmType::{F32, F64, I32, I64};
    Ok(match op {
        Operator::I32Const { value } => Instr::Const(Value::I32(*value as u32)),
        Operator::I64Const { value } => Instr::Const(Value::I64(*value as u64)),
        Operator::F32Const { value } => Instr::Const(Value::F32(value.bits())),
        Operator::F64Const { value } => Instr::Const(Value::F64(value.bits())),
        Operator::LocalGet { local_index } => Instr::LocalGet(*local_index),
        Operator::LocalSet { local_index } => Instr::LocalSet(*local_index),
        Operator::LocalTee { local_index } => Instr::LocalTee(*local_index),
        Operator::I32Add => int(IntOp::Add, false),
        Operator::I32Sub => int(IntOp::Sub, false),
        Operator::I32Xor => int(IntOp::Xor, false),
        Operator::I32Shl => int(IntOp::Shl, false),
        Operator::I64Add => int(IntOp::Add, true),
        Operator::I64Sub => int(IntOp::Sub, true),
        Operator::I64Xor => int(IntOp::Xor, true),
        Operator::I64Shl => int(IntOp::Shl, true),
        Operator::Drop => Instr::Drop,
        Operator::Nop => Instr::Nop,
        Operator::Block {
            blockty: BlockType::Empty,
        } => Instr::Block { end: 0 },
        Operator::BrIf { relative_depth } => Instr::BrIf(*relative_depth),
        Operator::End => Instr::End,
        Operator::Call { function_index } => Instr::Call(*function_index),
        Operator::I32Load { memarg } => load(memarg, I32, 4, false)?,
        Operator::I32Load8S { memarg } => load(memarg, I32, 1, true)?,
        Operator::I32Load8U { memarg } => load(memarg, I32, 1, false)?,
        Operator::I32Load16S { memarg } => load(memarg, I32, 2, true)?,
        Operator::I32Load16U { memarg } => load(memarg, I32, 2, false)?,
        Operator::I64Load { memarg } => load(memarg, I64, 8, false)?,
        Operator::I64Load8S { memarg } => load(memarg, I64, 1, true)?,
        Operator::I64Load8U { memarg } => load(memarg, I64, 1, false)?,
        Operator::I64Load16S { memarg } => load(memarg, I64, 2, true)?,
        Operator::I64Load16U { memarg } => load(memarg, I64, 2, false)?,
        Operator::I64Load32S { memarg } => load(memarg, I64, 4, true)?,
        Operator::I64Load32U { memarg } => load(memarg, I64, 4, false)?,
        Operator::F32Load { memarg } => load(memarg, F32, 4, false)?,
        Operator::F64Load { memarg } => load(memarg, F64, 8, false)?,
        Operator::I32Store { memarg } | Operator::I64Store32 { memarg } => store(memarg, 4)?,
        Operator::I32Store8 { memarg } | Operator::I64Store8 { memarg } => store(memarg, 1)?,
        Operator::I32Store16 { memarg } | Operator::I64Store16 { memarg } => store(memarg, 2)?,
        Operator::I64Store { memarg } | Operator::F64Store { memarg } => store(memarg, 8)?,
        Operator::F32Store { memarg } => store(memarg, 4)?,
        Operator::MemorySize { mem } => Instr::Size(*mem),
        Operator::MemoryGrow { mem } => Instr::Grow(*mem),
        Operator::MemoryFill { mem } => Instr::Fill(*mem),
        Operator::MemoryCopy { dst_mem, src_mem } => Instr::Copy(*dst_mem, *src_mem),
        Operator::MemoryInit { data_index, mem } => Instr::Init {
            segment: *data_index,
            mem: *mem,
        },
        Operator::DataDrop { data_index } => Instr::DataDrop(*data_index),
        other => return Err(format!("the model has no {other:?}")),
    })
}

impl Module {
    /// Parses a valid module (Wasm 2.0 + multi-memory, memory64 and custom
    /// page sizes), or says why the model cannot run it.
    pub fn parse(wasm: &[u8]) -> Result<Module, String> {
        wasmparser::Validator::new_with_features(features())
            .validate_all(wasm)
            .map_err(|e| format!("invalid module: {e}"))?;
        let mut types = Vec::new();
        let mut func_types = Vec::new();
        let mut module = Module {
            memories: Vec::new(),
            segments: Vec::new(),
            funcs: Vec::new(),
            exports: Vec::new(),
        };
        for payload in wasmparser::Parser::new(0).parse_all(wasm) {
            match payload.map_err(|e| e.to_string())? {
                Payload::TypeSection(reader) => {
                    for group in reader {
                        for sub in group.map_err(|e| e.to_string())?.into_types() {
                            let CompositeInnerType::Func(f) = &sub.composite_type.inner else {
                                return Err("the model has no GC types".into());
                            };
                            let params = f.params().iter().map(|t| val_type(*t)).collect::<Result<
                                Vec<_>,
                                _,
                            >>(
                            )?;
                            types.push((params, f.results().len()));
                        }
                    }
                }
                Payload::FunctionSection(reader) => {
                    for t in reader {
                        func_types.push(t.map_err(|e| e.to_string())? as usize);
                    }
                }
                Payload::MemorySection(reader) => {
                    for m in reader {
                        let m = m.map_err(|e| e.to_string())?;
                        if m.shared {
                            return Err("the model has no shared memories".into());
                        }
                        let page_size = 1u64 << m.page_size_log2.unwrap_or(16);
                        // The type's own limit: 2^32 or 2^64 bytes, and a
                        // page count that `memory.grow` can return (not -1).
                        let space = 1u128 << if m.memory64 { 64 } else { 32 };
                        let index_limit = (space / page_size as u128).min(space - 1);
                        let limit = (MAX_PAGES * PAGE / page_size).min(index_limit as u64);
                        module.memories.push(MemoryType {
                            pages: m.initial,
                            max: m.maximum.unwrap_or(limit).min(limit),
                            page_size,
                            is64: m.memory64,
                        });
                    }
                }
                Payload::DataSection(reader) => {
                    for d in reader {
                        let d = d.map_err(|e| e.to_string())?;
                        if !matches!(d.kind, DataKind::Passive) {
                            return Err("the model has no active data segments".into());
                        }
                        module.segments.push(d.data.to_vec());
                    }
                }
                Payload::ExportSection(reader) => {
                    for e in reader {
                        let e = e.map_err(|e| e.to_string())?;
                        module.exports.push(match e.kind {
                            wasmparser::ExternalKind::Func => ExportItem::Func(e.index),
                            wasmparser::ExternalKind::Memory => ExportItem::Memory(e.index),
                            other => return Err(format!("the model has no {other:?} exports")),
                        });
                    }
                }
                Payload::CodeSectionEntry(body) => {
                    let (params, results) = &types[func_types[module.funcs.len()]];
                    let mut locals = Vec::new();
                    for l in body.get_locals_reader().map_err(|e| e.to_string())? {
                        let (count, ty) = l.map_err(|e| e.to_string())?;
                        locals.extend(std::iter::repeat_n(val_type(ty)?, count as usize));
                    }
                    let mut code = Vec::new();
                    let mut open = Vec::new();
                    for op in body.get_operators_reader().map_err(|e| e.to_string())? {
                        let i = instr(&op.map_err(|e| e.to_string())?)?;
                        match i {
                            Instr::Block { .. } => open.push(code.len()),
                            Instr::End => {
                                if let Some(start) = open.pop() {
                                    code[start] = Instr::Block { end: code.len() };
                                }
                            }
                            _ => {}
                        }
                        code.push(i);
                    }
                    module.funcs.push(Func {
                        params: params.clone(),
                        results: *results,
                        locals,
                        code,
                    });
                }
                Payload::ImportSection(r) if r.count() > 0 => {
                    return Err("the model has no imports".into());
                }
                Payload::TableSection(r) if r.count() > 0 => {
                    return Err("the model has no tables".into());
                }
                Payload::GlobalSection(r) if r.count() > 0 => {
                    return Err("the model has no globals".into());
                }
                Payload::ElementSection(r) if r.count() > 0 => {
                    return Err("the model has no element segments".into());
                }
                Payload::StartSection { .. } => {
                    return Err("the model has no start function".into());
                }
                _ => {}
            }
        }
        Ok(module)
    }

    /// The parameter types of exported function `export`.
    pub fn params(&self, export: usize) -> Option<&[WasmType]> {
        match self.exports.get(export)? {
            ExportItem::Func(f) => Some(&self.funcs[*f as usize].params),
            ExportItem::Memory(_) => None,
        }
    }
}

/// The features the model's modules may use.
pub fn features() -> WasmFeatures {
    crate::diff::compared_features() | WasmFeatures::MEMORY64 | WasmFeatures::CUSTOM_PAGE_SIZES
}

/// A memory of up to 4 GiB holding only the chunks written to.
pub struct Memory {
    pub pages: u64,
    max: u64,
    page_size: u64,
    is64: bool,
    chunks: HashMap<u64, Box<[u8]>>,
    /// Chunks written since the last [`Memory::take_dirty`].
    dirty: BTreeSet<u64>,
}

impl Memory {
    /// The most pages it may grow to.
    pub fn max(&self) -> u64 {
        self.max
    }

    pub fn bytes(&self) -> u64 {
        self.pages * self.page_size
    }

    pub fn page_size(&self) -> u64 {
        self.page_size
    }

    /// Whether its indexes are `i64`.
    pub fn is64(&self) -> bool {
        self.is64
    }

    /// An index, size or page count of its index type.
    pub fn value(&self, bits: u64) -> Value {
        index_value(self.is64, bits)
    }

    fn read(&self, address: u64, len: u64) -> Vec<u8> {
        let mut bytes = vec![0; len as usize];
        for (k, at, range) in pieces(address, len) {
            if let Some(chunk) = self.chunks.get(&k) {
                bytes[at..at + range.len()].copy_from_slice(&chunk[range]);
            }
        }
        bytes
    }

    fn write(&mut self, address: u64, bytes: &[u8]) {
        for (k, at, range) in pieces(address, bytes.len() as u64) {
            let chunk = self
                .chunks
                .entry(k)
                .or_insert_with(|| vec![0; CHUNK as usize].into_boxed_slice());
            chunk[range.clone()].copy_from_slice(&bytes[at..at + range.len()]);
            self.dirty.insert(k);
        }
    }

    /// The chunks written since the last call.
    pub fn take_dirty(&mut self) -> BTreeSet<u64> {
        std::mem::take(&mut self.dirty)
    }

    /// Every chunk ever written.
    pub fn written(&self) -> BTreeSet<u64> {
        self.chunks.keys().copied().collect()
    }

    /// The bytes of chunk `k` (zeros if never written), cut at the end of
    /// memory.
    pub fn chunk(&self, k: u64) -> Vec<u8> {
        let end = ((k + 1) * CHUNK).min(self.bytes());
        self.read(k * CHUNK, end.saturating_sub(k * CHUNK))
    }

    /// Whether `len` bytes at `address` lie inside; 128-bit arithmetic,
    /// so no sum of 64-bit operands wraps.
    fn fits(&self, address: u128, len: u64) -> bool {
        address + len as u128 <= self.bytes() as u128
    }
}

/// `len` bytes at `address`, cut at chunk boundaries: (chunk, offset of the
/// piece in the bytes, range within the chunk).
fn pieces(address: u64, len: u64) -> impl Iterator<Item = (u64, usize, std::ops::Range<usize>)> {
    let end = address + len;
    let mut a = address;
    std::iter::from_fn(move || {
        (a < end).then(|| {
            let within = a % CHUNK;
            let take = (CHUNK - within).min(end - a);
            let piece = (
                a / CHUNK,
                (a - address) as usize,
                within as usize..(within + take) as usize,
            );
            a += take;
            piece
        })
    })
}

/// An instance of a [`Module`]: memories and dropped segments.
pub struct Instance<'m> {
    module: &'m Module,
    pub memories: Vec<Memory>,
    dropped: Vec<bool>,
}

fn oob() -> Halt {
    Halt::Trap(TrapCode::MemoryOutOfBounds)
}

fn i32_of(v: Value) -> u32 {
    match v {
        Value::I32(x) => x,
        other => unreachable!("validated code: {other:?} where an i32 goes"),
    }
}

/// An `i32` or `i64` (an index, length, delta...), zero-extended.
fn int_of(v: Value) -> u64 {
    match v {
        Value::I32(x) => x as u64,
        Value::I64(x) => x,
        other => unreachable!("validated code: {other:?} where an integer goes"),
    }
}

/// `bits` as an `i64` if `wide`, else cut to an `i32`.
pub fn index_value(wide: bool, bits: u64) -> Value {
    if wide {
        Value::I64(bits)
    } else {
        Value::I32(bits as u32)
    }
}

fn bits_of(v: Value) -> u64 {
    match v {
        Value::I32(x) | Value::F32(x) => x as u64,
        Value::I64(x) | Value::F64(x) => x,
        other => unreachable!("validated code: {other:?} stored to memory"),
    }
}

fn decode(bytes: &[u8], signed: bool, ty: WasmType) -> Value {
    let mut raw = [0u8; 8];
    raw[..bytes.len()].copy_from_slice(bytes);
    let mut bits = u64::from_le_bytes(raw);
    if signed {
        let shift = 64 - 8 * bytes.len() as u32;
        bits = ((bits << shift) as i64 >> shift) as u64;
    }
    match ty {
        WasmType::I32 => Value::I32(bits as u32),
        WasmType::I64 => Value::I64(bits),
        WasmType::F32 => Value::F32(bits as u32),
        _ => Value::F64(bits),
    }
}

impl<'m> Instance<'m> {
    pub fn new(module: &'m Module) -> Self {
        Instance {
            module,
            memories: module
                .memories
                .iter()
                .map(|t| Memory {
                    pages: t.pages,
                    max: t.max,
                    page_size: t.page_size,
                    is64: t.is64,
                    chunks: HashMap::new(),
                    dirty: BTreeSet::new(),
                })
                .collect(),
            dropped: vec![false; module.segments.len()],
        }
    }

    /// Calls exported function `export`.
    pub fn call(&mut self, export: usize, args: &[Value]) -> Result<Vec<Value>, Halt> {
        match self.module.exports.get(export) {
            Some(ExportItem::Func(f)) => self.run(*f as usize, args.to_vec(), 0),
            _ => Err(Halt::Unmodelled(format!(
                "export {export} is not a function"
            ))),
        }
    }

    fn run(
        &mut self,
        func: usize,
        mut locals: Vec<Value>,
        depth: usize,
    ) -> Result<Vec<Value>, Halt> {
        if depth > MAX_DEPTH {
            return Err(Halt::Unmodelled("deep recursion".into()));
        }
        let module = self.module;
        let f = &module.funcs[func];
        locals.extend(f.locals.iter().map(|t| Value::zero(*t)));
        let mut stack: Vec<Value> = Vec::new();
        // (index of the block's `end`, stack height at its start)
        let mut labels: Vec<(usize, usize)> = Vec::new();
        let mut pc = 0;
        let pop = |stack: &mut Vec<Value>| stack.pop().expect("validated code");
        loop {
            match f.code[pc] {
                Instr::Const(v) => stack.push(v),
                Instr::LocalGet(i) => stack.push(locals[i as usize]),
                Instr::LocalSet(i) => locals[i as usize] = pop(&mut stack),
                Instr::LocalTee(i) => locals[i as usize] = *stack.last().expect("validated code"),
                Instr::Int { op, wide } => {
                    let b = int_of(pop(&mut stack));
                    let a = int_of(pop(&mut stack));
                    let bits = if wide { 64 } else { 32 };
                    stack.push(index_value(
                        wide,
                        match op {
                            IntOp::Add => a.wrapping_add(b),
                            IntOp::Sub => a.wrapping_sub(b),
                            IntOp::Xor => a ^ b,
                            IntOp::Shl => a << (b % bits),
                        },
                    ));
                }
                Instr::Drop => {
                    pop(&mut stack);
                }
                Instr::Nop => {}
                Instr::Block { end } => labels.push((end, stack.len())),
                Instr::BrIf(depth) => {
                    if i32_of(pop(&mut stack)) != 0 {
                        let Some(k) = labels.len().checked_sub(depth as usize + 1) else {
                            return Err(Halt::Unmodelled("a branch out of a function".into()));
                        };
                        let (end, height) = labels[k];
                        labels.truncate(k);
                        stack.truncate(height);
                        pc = end;
                    }
                }
                Instr::End => {
                    if labels.pop().is_none() {
                        return Ok(stack.split_off(stack.len() - f.results));
                    }
                }
                Instr::Call(callee) => {
                    let n = module.funcs[callee as usize].params.len();
                    let args = stack.split_off(stack.len() - n);
                    let results = self.run(callee as usize, args, depth + 1)?;
                    stack.extend(results);
                }
                Instr::Load {
                    mem,
                    offset,
                    width,
                    signed,
                    ty,
                } => {
                    let address = int_of(pop(&mut stack)) as u128 + offset as u128;
                    let m = &self.memories[mem as usize];
                    if !m.fits(address, width) {
                        return Err(oob());
                    }
                    stack.push(decode(&m.read(address as u64, width), signed, ty));
                }
                Instr::Store { mem, offset, width } => {
                    let value = bits_of(pop(&mut stack));
                    let address = int_of(pop(&mut stack)) as u128 + offset as u128;
                    let m = &mut self.memories[mem as usize];
                    if !m.fits(address, width) {
                        return Err(oob());
                    }
                    m.write(address as u64, &value.to_le_bytes()[..width as usize]);
                }
                Instr::Size(mem) => {
                    let m = &self.memories[mem as usize];
                    stack.push(m.value(m.pages))
                }
                Instr::Grow(mem) => {
                    let delta = int_of(pop(&mut stack));
                    let m = &mut self.memories[mem as usize];
                    let old = m.pages;
                    let grown = if old as u128 + delta as u128 <= m.max as u128 {
                        m.pages += delta;
                        old
                    } else {
                        u64::MAX
                    };
                    stack.push(m.value(grown));
                }
                Instr::Fill(mem) => {
                    let n = int_of(pop(&mut stack));
                    let byte = i32_of(pop(&mut stack)) as u8;
                    let d = int_of(pop(&mut stack));
                    let m = &mut self.memories[mem as usize];
                    if !m.fits(d as u128, n) {
                        return Err(oob());
                    }
                    bulk_limit(n)?;
                    m.write(d, &vec![byte; n as usize]);
                }
                Instr::Copy(dst, src) => {
                    let n = int_of(pop(&mut stack));
                    let s = int_of(pop(&mut stack));
                    let d = int_of(pop(&mut stack));
                    let (dm, sm) = (&self.memories[dst as usize], &self.memories[src as usize]);
                    if !dm.fits(d as u128, n) || !sm.fits(s as u128, n) {
                        return Err(oob());
                    }
                    bulk_limit(n)?;
                    let bytes = sm.read(s, n);
                    self.memories[dst as usize].write(d, &bytes);
                }
                Instr::Init { segment, mem } => {
                    let n = i32_of(pop(&mut stack)) as u64;
                    let s = i32_of(pop(&mut stack)) as u64;
                    let d = int_of(pop(&mut stack));
                    let data: &[u8] = if self.dropped[segment as usize] {
                        &[]
                    } else {
                        &module.segments[segment as usize]
                    };
                    let m = &mut self.memories[mem as usize];
                    if s + n > data.len() as u64 || !m.fits(d as u128, n) {
                        return Err(oob());
                    }
                    m.write(d, &data[s as usize..(s + n) as usize]);
                }
                Instr::DataDrop(segment) => self.dropped[segment as usize] = true,
            }
            pc += 1;
        }
    }
}

fn bulk_limit(n: u64) -> Result<(), Halt> {
    if n > BULK_LIMIT {
        return Err(Halt::Unmodelled(format!(
            "a bulk operation of {n:#x} bytes"
        )));
    }
    Ok(())
}
