//! brisk and Wasmtime (Cranelift) behind the same few operations, with
//! what a call did in terms both can be compared on.

use brisk::{Extern, TrapCode, Val};
use brisk_fuzz::value::Value;
use std::fmt;
use wasmtime::{Trap, ValType};

/// brisk's Wasm stack limit: within the fuzzing thread's stack.
const MAX_WASM_STACK: usize = 16 << 20;

/// Wasmtime's Wasm stack limit.
const WASMTIME_WASM_STACK: usize = 1 << 20;

/// Memory pages a brisk store may grow a memory to (modules have at most 4).
const MAX_PAGES: u64 = 160;

/// Bytes of brisk's GC heap: small, so that the allocation loops of the
/// generated programs collect (Wasmtime's heap grows as it needs).
const GC_HEAP_LIMIT: usize = 16 << 20;

/// A value as both engines can show it: numbers by bits, references by
/// whether they are null, references of the `any` hierarchy by what they
/// are.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum V {
    Plain(Value),
    ExnRef { null: bool },
    Any(Any),
}

/// A reference of the `any` hierarchy, observed the same way in both
/// engines: null, an i31 by its value, or the kind of object.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Any {
    Null,
    I31(u32),
    Struct,
    Array,
    /// A host value (`any.convert_extern` of a non-null extern).
    Host,
}

impl V {
    /// Equal, any NaN equal to any NaN of the same width.
    pub fn same(&self, other: &V) -> bool {
        match (self, other) {
            (V::Plain(a), V::Plain(b)) => a.same(b),
            (a, b) => a == b,
        }
    }
}

impl fmt::Display for V {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            V::Plain(v) => v.fmt(f),
            V::ExnRef { null: true } => f.write_str("exnref:null"),
            V::ExnRef { null: false } => f.write_str("exnref:nonnull"),
            V::Any(Any::Null) => f.write_str("anyref:null"),
            V::Any(Any::I31(v)) => write!(f, "i31:{v:#x}"),
            V::Any(Any::Struct) => f.write_str("anyref:struct"),
            V::Any(Any::Array) => f.write_str("anyref:array"),
            V::Any(Any::Host) => f.write_str("anyref:host"),
        }
    }
}

fn same_all(a: &[V], b: &[V]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(a, b)| a.same(b))
}

fn show(values: &[V]) -> String {
    values
        .iter()
        .map(V::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

/// How instantiation or a call ended.
#[derive(Debug, Clone)]
pub enum Outcome {
    Values(Vec<V>),
    /// A trap, by a class both engines name the same way.
    Trap(&'static str),
    /// An uncaught exception: its tag by export index (every tag is
    /// exported) and its payload.
    Exception {
        tag: Option<usize>,
        payload: Vec<V>,
    },
    /// Engines limit the stack differently: not compared.
    StackExhausted,
    /// The GC heap is full (brisk's is small, Wasmtime's grows): not
    /// compared.
    OutOfMemory,
    Unsupported(String),
    Error(String),
}

impl Outcome {
    pub fn same(&self, other: &Outcome) -> bool {
        match (self, other) {
            (Outcome::Values(a), Outcome::Values(b)) => same_all(a, b),
            (Outcome::Trap(a), Outcome::Trap(b)) => a == b,
            (
                Outcome::Exception { tag, payload },
                Outcome::Exception {
                    tag: tag2,
                    payload: payload2,
                },
            ) => tag == tag2 && same_all(payload, payload2),
            _ => false,
        }
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::Values(v) => write!(f, "[{}]", show(v)),
            Outcome::Trap(class) => write!(f, "trap: {class}"),
            Outcome::Exception { tag, payload } => {
                write!(
                    f,
                    "exception: tag export {tag:?} payload [{}]",
                    show(payload)
                )
            }
            Outcome::StackExhausted => f.write_str("call stack exhausted"),
            Outcome::OutOfMemory => f.write_str("GC heap out of memory"),
            Outcome::Unsupported(what) => write!(f, "unsupported: {what}"),
            Outcome::Error(e) => write!(f, "error: {e}"),
        }
    }
}

/// brisk's trap codes by class: an out-of-bounds `call_indirect` index is
/// "undefined element" in brisk and a table access in Wasmtime; a null
/// `call_ref` and a null `ref.as_non_null`/`br_on_non_null` are one class,
/// and so are null struct, array and i31 accesses (Wasmtime has one code).
fn brisk_trap(code: TrapCode) -> &'static str {
    match code {
        TrapCode::Unreachable => "unreachable",
        TrapCode::IntegerDivisionByZero => "integer divide by zero",
        TrapCode::IntegerOverflow => "integer overflow",
        TrapCode::BadConversionToInteger => "invalid conversion to integer",
        TrapCode::MemoryOutOfBounds => "out of bounds memory access",
        TrapCode::TableOutOfBounds | TrapCode::UndefinedElement => "out of bounds table access",
        TrapCode::UninitializedElement => "uninitialized element",
        TrapCode::IndirectCallTypeMismatch => "indirect call type mismatch",
        TrapCode::NullFunctionReference
        | TrapCode::NullReference
        | TrapCode::NullStructReference
        | TrapCode::NullArrayReference
        | TrapCode::NullI31Reference => "null reference",
        TrapCode::ArrayOutOfBounds => "out of bounds array access",
        TrapCode::CastFailure => "cast failure",
        _ => "other",
    }
}

fn wasmtime_trap(trap: Trap) -> &'static str {
    match trap {
        Trap::UnreachableCodeReached => "unreachable",
        Trap::IntegerDivisionByZero => "integer divide by zero",
        Trap::IntegerOverflow => "integer overflow",
        Trap::BadConversionToInteger => "invalid conversion to integer",
        Trap::MemoryOutOfBounds => "out of bounds memory access",
        Trap::TableOutOfBounds => "out of bounds table access",
        Trap::IndirectCallToNull => "uninitialized element",
        Trap::BadSignature => "indirect call type mismatch",
        Trap::NullReference => "null reference",
        Trap::ArrayOutOfBounds => "out of bounds array access",
        Trap::CastFailure => "cast failure",
        _ => "other",
    }
}

/// The state compared after every call: exported memories (bytes),
/// globals and tables (values), in export order.
#[derive(Debug)]
pub enum State {
    Memory(Vec<u8>),
    Global(V),
    Table(Vec<V>),
}

impl State {
    /// What differs between two states of the same module (`None`: they
    /// are the same).
    pub fn difference(brisk: &[State], wasmtime: &[State]) -> Option<String> {
        brisk
            .iter()
            .zip(wasmtime)
            .enumerate()
            .find_map(|(i, pair)| match pair {
                (State::Memory(b), State::Memory(w)) if b.len() != w.len() => Some(format!(
                    "memory {i}: {:#x} bytes in brisk, {:#x} in Wasmtime",
                    b.len(),
                    w.len()
                )),
                (State::Memory(b), State::Memory(w)) => {
                    let at = b.iter().zip(w).position(|(b, w)| b != w)?;
                    Some(format!(
                        "memory {i} at {at:#x}: brisk {:#04x}, Wasmtime {:#04x}",
                        b[at], w[at]
                    ))
                }
                (State::Global(b), State::Global(w)) if !b.same(w) => {
                    Some(format!("global {i}: brisk {b}, Wasmtime {w}"))
                }
                (State::Table(b), State::Table(w)) if b.len() != w.len() => Some(format!(
                    "table {i}: brisk {} elements, Wasmtime {}",
                    b.len(),
                    w.len()
                )),
                (State::Table(b), State::Table(w)) => {
                    let at = b.iter().zip(w).position(|(b, w)| !b.same(w))?;
                    Some(format!(
                        "table {i} element {at}: brisk {}, Wasmtime {}",
                        b[at], w[at]
                    ))
                }
                (State::Global(_), State::Global(_)) => None,
                _ => Some(format!("exported state {i} is of different kinds")),
            })
    }
}

/// An argument: numbers, or null references (the only ones the host can
/// make alike in both engines).
#[derive(Debug, Clone, Copy)]
pub enum Arg {
    Num(Value),
    NullFunc,
    NullExtern,
    NullExn,
    NullAny,
}

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Arg::Num(v) => v.fmt(f),
            Arg::NullFunc => f.write_str("funcref:null"),
            Arg::NullExtern => f.write_str("externref:null"),
            Arg::NullExn => f.write_str("exnref:null"),
            Arg::NullAny => f.write_str("anyref:null"),
        }
    }
}

pub fn show_args(args: &[Arg]) -> String {
    args.iter()
        .map(Arg::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Arguments for parameters `params`, or `None` when one is a
/// non-nullable reference (the host has no function of a given type to
/// pass alike in both engines) or a v128.
pub fn args_for(params: &[ValType], rng: &mut crate::Rng) -> Option<Vec<Arg>> {
    params
        .iter()
        .map(|p| match p {
            ValType::I32 => Some(Arg::Num(Value::I32(rng.edgy(INTERESTING_32) as u32))),
            ValType::I64 => Some(Arg::Num(Value::I64(rng.edgy(INTERESTING_64)))),
            ValType::F32 => Some(Arg::Num(Value::F32(rng.edgy(INTERESTING_F32_BITS) as u32))),
            ValType::F64 => Some(Arg::Num(Value::F64(rng.edgy(INTERESTING_F64_BITS)))),
            ValType::Ref(r) if r.is_nullable() => Some(match r.heap_type().top() {
                wasmtime::HeapType::Func => Arg::NullFunc,
                wasmtime::HeapType::Extern => Arg::NullExtern,
                wasmtime::HeapType::Exn => Arg::NullExn,
                wasmtime::HeapType::Any => Arg::NullAny,
                _ => return None,
            }),
            _ => None,
        })
        .collect()
}

const INTERESTING_32: &[u64] = &[
    0,
    1,
    2,
    31,
    32,
    0xffff,
    0x1_0000,
    0x7fff_ffff,
    0x8000_0000,
    0xffff_ffff,
];
const INTERESTING_64: &[u64] = &[
    0,
    1,
    63,
    64,
    0xffff_ffff,
    0x1_0000_0000,
    0x7fff_ffff_ffff_ffff,
    0x8000_0000_0000_0000,
    u64::MAX,
];
/// 0, -0, 1, -1, infinity, NaN, the smallest subnormal, 2^31.
const INTERESTING_F32_BITS: &[u64] = &[
    0,
    0x8000_0000,
    0x3f80_0000,
    0xbf80_0000,
    0x7f80_0000,
    0x7fc0_0000,
    1,
    0x4f00_0000,
];
/// 0, -0, 1, -1, infinity, NaN, the smallest subnormal, 2^63.
const INTERESTING_F64_BITS: &[u64] = &[
    0,
    0x8000_0000_0000_0000,
    0x3ff0_0000_0000_0000,
    0xbff0_0000_0000_0000,
    0x7ff0_0000_0000_0000,
    0x7ff8_0000_0000_0000,
    1,
    0x43e0_0000_0000_0000,
];

/// brisk's side: a store, the instance's exports and its exported tags.
pub struct Brisk {
    store: brisk::Store<()>,
    exports: Vec<Extern>,
}

pub fn brisk_engine(bounds: brisk::BoundsChecks, legacy: bool) -> brisk::Engine {
    let mut config = brisk::Config::new();
    config
        .bounds_checks(bounds)
        .max_wasm_stack(MAX_WASM_STACK)
        .memory_pages_limit(MAX_PAGES)
        .gc_heap_limit(GC_HEAP_LIMIT)
        .parallel_compilation(false);
    config
        .wasm_feature("legacy-exceptions", legacy)
        .expect("brisk names legacy exceptions");
    brisk::Engine::new(&config)
}

fn brisk_outcome(e: brisk::Error, exports: &[Extern], store: &mut brisk::Store<()>) -> Outcome {
    match e {
        brisk::Error::Trap(t) if t.code() == TrapCode::StackOverflow => Outcome::StackExhausted,
        brisk::Error::Trap(t) if t.code() == TrapCode::GcOutOfMemory => Outcome::OutOfMemory,
        brisk::Error::Trap(t) => Outcome::Trap(brisk_trap(t.code())),
        brisk::Error::Exception(exn) => Outcome::Exception {
            tag: exports
                .iter()
                .position(|e| matches!(e, Extern::Tag(t) if *t == exn.tag())),
            payload: exn.payload().iter().map(|v| brisk_val(*v, store)).collect(),
        },
        brisk::Error::Compile(brisk::CompileError::Unsupported { feature, .. }) => {
            Outcome::Unsupported(feature)
        }
        // A constant expression that fills the GC heap fails
        // instantiation with this trap's message.
        e if e.to_string().contains(&TrapCode::GcOutOfMemory.to_string()) => Outcome::OutOfMemory,
        e => Outcome::Error(e.to_string()),
    }
}

/// What `v` is; a GC reference the host was handed is unrooted once seen.
fn brisk_val(v: Val, store: &mut brisk::Store<()>) -> V {
    V::Plain(match v {
        Val::I32(v) => Value::I32(v as u32),
        Val::I64(v) => Value::I64(v as u64),
        Val::F32(b) => Value::F32(b),
        Val::F64(b) => Value::F64(b),
        Val::FuncRef(f) => Value::FuncRef { null: f.is_none() },
        Val::ExternRef(e) => Value::ExternRef { null: e.is_none() },
        Val::ExnRef(e) => return V::ExnRef { null: e.is_none() },
        Val::AnyRef(None) => return V::Any(Any::Null),
        Val::AnyRef(Some(r)) => return V::Any(brisk_any(r, store)),
        Val::V128(_) => unreachable!("no SIMD is generated (generate.rs: simd_enabled)"),
    })
}

fn brisk_any(r: brisk::AnyRef, store: &mut brisk::Store<()>) -> Any {
    let seen = if let Some(i) = r.as_i31() {
        Any::I31(i.get_u32())
    } else if r.is_struct(store).expect("a live rooted reference") {
        Any::Struct
    } else if r.is_array(store).expect("a live rooted reference") {
        Any::Array
    } else {
        Any::Host
    };
    r.unroot(store).expect("rooted once, unrooted once");
    seen
}

fn brisk_arg(a: Arg) -> Val {
    match a {
        Arg::Num(Value::I32(v)) => Val::I32(v as i32),
        Arg::Num(Value::I64(v)) => Val::I64(v as i64),
        Arg::Num(Value::F32(b)) => Val::F32(b),
        Arg::Num(Value::F64(b)) => Val::F64(b),
        Arg::Num(Value::V128(b)) => Val::V128(b.into()),
        Arg::Num(Value::FuncRef { .. }) | Arg::NullFunc => Val::FuncRef(None),
        Arg::Num(Value::ExternRef { .. }) | Arg::NullExtern => Val::ExternRef(None),
        Arg::NullExn => Val::ExnRef(None),
        Arg::NullAny => Val::AnyRef(None),
    }
}

impl Brisk {
    /// Compiles and instantiates: `Err` with how it ended otherwise.
    pub fn new(engine: &brisk::Engine, wasm: &[u8]) -> Result<Brisk, Outcome> {
        let module = brisk::Module::from_binary(engine, wasm).map_err(|e| match e {
            brisk::Error::Compile(brisk::CompileError::Unsupported { feature, .. }) => {
                Outcome::Unsupported(feature)
            }
            brisk::Error::Compile(brisk::CompileError::Limit { message }) => {
                Outcome::Unsupported(message)
            }
            e => Outcome::Error(format!("compile: {e}")),
        })?;
        let mut store = brisk::Store::new(engine, ());
        let instance = match brisk::Instance::new(&mut store, &module, &[]) {
            Ok(i) => i,
            Err(e) => return Err(brisk_outcome(e, &[], &mut store)),
        };
        let names: Vec<String> = module.exports().map(|(n, _)| n.to_string()).collect();
        let exports = names
            .iter()
            .map(|n| instance.get_export(&mut store, n))
            .collect::<Option<_>>()
            .ok_or_else(|| Outcome::Error("an export is missing".into()))?;
        Ok(Brisk { store, exports })
    }

    pub fn call(&mut self, export: usize, args: &[Arg]) -> Outcome {
        let Extern::Func(func) = self.exports[export] else {
            return Outcome::Error(format!("export {export} is not a function"));
        };
        let params: Vec<Val> = args.iter().copied().map(brisk_arg).collect();
        let mut results: Vec<Val> = func
            .ty(&self.store)
            .results
            .iter()
            .map(|t| Val::default_for(*t))
            .collect();
        match func.call(&mut self.store, &params, &mut results) {
            Ok(()) => Outcome::Values(
                results
                    .into_iter()
                    .map(|v| brisk_val(v, &mut self.store))
                    .collect(),
            ),
            Err(e) => brisk_outcome(e, &self.exports, &mut self.store),
        }
    }

    pub fn state(&mut self) -> Vec<State> {
        let mut state = Vec::new();
        for e in &self.exports {
            match *e {
                Extern::Memory(m) => state.push(State::Memory(m.data(&self.store).to_vec())),
                Extern::Global(g) => {
                    let v = g.get(&mut self.store);
                    state.push(State::Global(brisk_val(v, &mut self.store)))
                }
                Extern::Table(t) => state.push(State::Table(
                    (0..t.size(&self.store))
                        .map(|i| {
                            let v = t.get(&mut self.store, i).expect("an element in bounds");
                            brisk_val(v, &mut self.store)
                        })
                        .collect(),
                )),
                _ => {}
            }
        }
        state
    }
}

/// Wasmtime's side.
pub struct Wasmtime {
    store: wasmtime::Store<()>,
    exports: Vec<wasmtime::Extern>,
}

pub fn wasmtime_engine() -> wasmtime::Engine {
    let mut config = wasmtime::Config::new();
    config
        .strategy(wasmtime::Strategy::Cranelift)
        .wasm_exceptions(true)
        .wasm_function_references(true)
        .wasm_tail_call(true)
        .wasm_gc(true)
        .wasm_multi_memory(true)
        // Below the default async stack size, which bounds it even without
        // async support; a deeper recursion is inconclusive.
        .max_wasm_stack(WASMTIME_WASM_STACK);
    wasmtime::Engine::new(&config).expect("Wasmtime accepts the configuration")
}

fn wasmtime_val(v: &wasmtime::Val, store: &wasmtime::Store<()>) -> V {
    V::Plain(match v {
        wasmtime::Val::I32(v) => Value::I32(*v as u32),
        wasmtime::Val::I64(v) => Value::I64(*v as u64),
        wasmtime::Val::F32(b) => Value::F32(*b),
        wasmtime::Val::F64(b) => Value::F64(*b),
        wasmtime::Val::FuncRef(f) => Value::FuncRef { null: f.is_none() },
        wasmtime::Val::ExternRef(e) => Value::ExternRef { null: e.is_none() },
        wasmtime::Val::ExnRef(e) => return V::ExnRef { null: e.is_none() },
        wasmtime::Val::AnyRef(None) => return V::Any(Any::Null),
        wasmtime::Val::AnyRef(Some(r)) => {
            let read = "a rooted reference of this store";
            return V::Any(if let Some(i) = r.as_i31(store).expect(read) {
                Any::I31(i.get_u32())
            } else if r.is_struct(store).expect(read) {
                Any::Struct
            } else if r.is_array(store).expect(read) {
                Any::Array
            } else {
                Any::Host
            });
        }
        other => unreachable!("no SIMD value or continuation is generated: {other:?}"),
    })
}

fn wasmtime_arg(a: Arg) -> wasmtime::Val {
    match a {
        Arg::Num(Value::I32(v)) => wasmtime::Val::I32(v as i32),
        Arg::Num(Value::I64(v)) => wasmtime::Val::I64(v as i64),
        Arg::Num(Value::F32(b)) => wasmtime::Val::F32(b),
        Arg::Num(Value::F64(b)) => wasmtime::Val::F64(b),
        Arg::Num(Value::V128(b)) => wasmtime::Val::V128(b.into()),
        Arg::Num(Value::FuncRef { .. }) | Arg::NullFunc => wasmtime::Val::FuncRef(None),
        Arg::Num(Value::ExternRef { .. }) | Arg::NullExtern => wasmtime::Val::ExternRef(None),
        Arg::NullExn => wasmtime::Val::ExnRef(None),
        Arg::NullAny => wasmtime::Val::AnyRef(None),
    }
}

impl Wasmtime {
    pub fn compile(engine: &wasmtime::Engine, wasm: &[u8]) -> Result<wasmtime::Module, String> {
        wasmtime::Module::new(engine, wasm).map_err(|e| format!("{e:#}"))
    }

    pub fn new(engine: &wasmtime::Engine, module: &wasmtime::Module) -> Result<Wasmtime, Outcome> {
        let mut store = wasmtime::Store::new(engine, ());
        let instance = match wasmtime::Instance::new(&mut store, module, &[]) {
            Ok(i) => i,
            Err(e) => return Err(Self::outcome(e, &mut store, &[])),
        };
        let exports = module
            .exports()
            .map(|e| instance.get_export(&mut store, e.name()))
            .collect::<Option<_>>()
            .ok_or_else(|| Outcome::Error("an export is missing".into()))?;
        Ok(Wasmtime { store, exports })
    }

    /// The parameter types of export `export`, if it is a function.
    pub fn params(&self, export: usize) -> Option<Vec<ValType>> {
        match &self.exports[export] {
            wasmtime::Extern::Func(f) => Some(f.ty(&self.store).params().collect()),
            _ => None,
        }
    }

    pub fn export_count(&self) -> usize {
        self.exports.len()
    }

    fn outcome(
        e: wasmtime::Error,
        store: &mut wasmtime::Store<()>,
        exports: &[wasmtime::Extern],
    ) -> Outcome {
        if e.is::<wasmtime::ThrownException>() {
            let Some(exn) = store.take_pending_exception() else {
                return Outcome::Error("a thrown exception that is not pending".into());
            };
            let (tag, payload) = match (exn.tag(&mut *store), exn.fields(&mut *store)) {
                (Ok(tag), Ok(fields)) => (tag, fields.collect::<Vec<_>>()),
                _ => return Outcome::Error("an exception that cannot be read".into()),
            };
            return Outcome::Exception {
                tag: exports.iter().position(
                    |e| matches!(e, wasmtime::Extern::Tag(t) if wasmtime::Tag::eq(t, &tag, &*store)),
                ),
                payload: payload.iter().map(|v| wasmtime_val(v, store)).collect(),
            };
        }
        if e.is::<wasmtime::GcHeapOutOfMemory<()>>() {
            return Outcome::OutOfMemory;
        }
        match e.downcast_ref::<Trap>() {
            Some(Trap::StackOverflow) => Outcome::StackExhausted,
            Some(Trap::AllocationTooLarge) => Outcome::OutOfMemory,
            Some(t) => Outcome::Trap(wasmtime_trap(*t)),
            None => Outcome::Error(format!("{e:#}")),
        }
    }

    pub fn call(&mut self, export: usize, args: &[Arg]) -> Outcome {
        let wasmtime::Extern::Func(func) = &self.exports[export] else {
            return Outcome::Error(format!("export {export} is not a function"));
        };
        let func = *func;
        let params: Vec<wasmtime::Val> = args.iter().copied().map(wasmtime_arg).collect();
        let mut results: Vec<wasmtime::Val> = func
            .ty(&self.store)
            .results()
            .map(|t| t.default_value().unwrap_or(wasmtime::Val::I32(0)))
            .collect();
        match func.call(&mut self.store, &params, &mut results) {
            Ok(()) => Outcome::Values(
                results
                    .iter()
                    .map(|v| wasmtime_val(v, &self.store))
                    .collect(),
            ),
            Err(e) => Self::outcome(e, &mut self.store, &self.exports),
        }
    }

    pub fn state(&mut self) -> Vec<State> {
        let mut state = Vec::new();
        for e in &self.exports {
            match e {
                wasmtime::Extern::Memory(m) => {
                    state.push(State::Memory(m.data(&self.store).to_vec()))
                }
                wasmtime::Extern::Global(g) => {
                    let v = g.get(&mut self.store);
                    state.push(State::Global(wasmtime_val(&v, &self.store)))
                }
                wasmtime::Extern::Table(t) => state.push(State::Table(
                    (0..t.size(&self.store))
                        .map(|i| {
                            let r = t.get(&mut self.store, i).expect("an element in bounds");
                            wasmtime_val(&r.into(), &self.store)
                        })
                        .collect(),
                )),
                _ => {}
            }
        }
        state
    }
}
