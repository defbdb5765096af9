//! The `gc` target, crash-only: modules with GC (struct and array types,
//! i31, casts, subtyping and recursion groups), from wasm-smith and from
//! [`crate::gc_programs`], are compiled,
//! instantiated and every export is called, in a store whose GC heap is
//! small ([`GC_HEAP_LIMIT`]) so that collections and out-of-memory traps
//! happen. No reference engine: any error or trap is accepted, a panic is
//! a crash, and a module wasmparser validates that brisk rejects as
//! invalid is a mismatch. (Results are compared with Wasmtime by the
//! fuzzer in `fuzz/wasmtime`, outside the workspace.) [`GcCoverage`]
//! counts which GC operators and constructs modules contain.

use crate::diff::{Options, Report, Verdict, guarded};
use crate::engines::{Stop, brisk_config, brisk_stop as stop};
use crate::rng::Rng;
use arbitrary::Unstructured;
use brisk::{CompileError, Engine, Error, Extern, Instance, Module, Store, Val};
use wasm_smith::{InstructionKind, InstructionKinds};
use wasmparser::WasmFeatures;

/// Bytes of each store's GC heap.
pub const GC_HEAP_LIMIT: usize = 4 << 20;

/// What the modules use: Wasm 2.0 without SIMD, multi-memory, tail calls,
/// exceptions, typed function references and GC.
pub fn features() -> WasmFeatures {
    WasmFeatures::WASM2.difference(WasmFeatures::SIMD)
        | WasmFeatures::MULTI_MEMORY
        | WasmFeatures::TAIL_CALL
        | WasmFeatures::EXCEPTIONS
        | WasmFeatures::FUNCTION_REFERENCES
        | WasmFeatures::GC
}

fn config(u: &mut Unstructured<'_>) -> arbitrary::Result<wasm_smith::Config> {
    let mut kinds = vec![
        InstructionKind::Numeric,
        InstructionKind::Variable,
        InstructionKind::Reference,
        InstructionKind::Aggregate,
        InstructionKind::Control,
    ];
    for kind in [
        InstructionKind::Parametric,
        InstructionKind::Table,
        InstructionKind::Memory,
    ] {
        if u.ratio(1, 2)? {
            kinds.push(kind);
        }
    }
    Ok(wasm_smith::Config {
        gc_enabled: true,
        exceptions_enabled: u.ratio(1, 4)?,
        tail_call_enabled: true,
        allowed_instructions: InstructionKinds::new(&kinds),
        disallow_traps: u.ratio(1, 3)?,
        allow_floats: u.ratio(1, 2)?,
        max_instructions: u.int_in_range(20..=1000)?,
        max_types: u.int_in_range(4..=20)?,
        max_type_size: 100,
        ..crate::smith_config()
    })
}

/// The module of iteration `seed`: for odd seeds a program of
/// [`crate::gc_programs`] (every GC operator, allocation loops), for even
/// ones wasm-smith's.
pub fn module_for_seed(seed: u64) -> Vec<u8> {
    if seed % 2 == 1 {
        crate::gc_programs::module_for_seed(seed)
    } else {
        smith_module_for_seed(seed)
    }
}

/// A wasm-smith module with GC, with termination fuel checks (the fuel
/// global exported as [`crate::FUEL_EXPORT`]).
pub fn smith_module_for_seed(seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed ^ 0x6763_5f74_6172_6765);
    loop {
        let len = 1024 + rng.index(32 * 1024);
        let data = rng.bytes(len);
        let mut u = Unstructured::new(&data);
        let Ok(config) = config(&mut u) else { continue };
        let Ok(mut module) = wasm_smith::Module::new(config, &mut u) else {
            continue;
        };
        let fuel = module
            .ensure_termination(crate::FUEL)
            .expect("wasm-smith generated every body itself");
        return crate::generate::export_global(&module.to_bytes(), crate::FUEL_EXPORT, fuel);
    }
}

/// Compiles, instantiates and calls every exported function of `wasm`
/// (numbers from the seed, null references) in a small GC heap.
pub fn run(wasm: &[u8], seed: u64, options: &Options) -> Report {
    guarded(|report| check(wasm, seed, options, report))
}

fn check(wasm: &[u8], seed: u64, options: &Options, report: &mut Report) -> Verdict {
    let mut config = brisk_config(options);
    config.gc_heap_limit(GC_HEAP_LIMIT);
    let engine = Engine::new(&config);
    let module = match Module::from_binary(&engine, wasm) {
        Ok(m) => m,
        Err(Error::Compile(CompileError::Invalid { message, .. })) => {
            report.brisk.push(format!("compile: invalid: {message}"));
            let mut validator = wasmparser::Validator::new_with_features(features());
            return match validator.validate_all(wasm) {
                Ok(_) => Verdict::Mismatch(format!("brisk rejects a valid module: {message}")),
                Err(_) => Verdict::Rejected,
            };
        }
        Err(e) => {
            report.brisk.push(format!("compile: {e}"));
            return match stop(e) {
                Stop::Unsupported(what) => Verdict::Skipped(what),
                other => Verdict::Mismatch(format!("brisk cannot compile the module: {other}")),
            };
        }
    };
    let mut store = Store::new(&engine, ());
    let instance = match Instance::new(&mut store, &module, &[]) {
        Ok(i) => i,
        Err(e) => {
            report.brisk.push(format!("instantiate: {e}"));
            return Verdict::Agree;
        }
    };
    let fuel = instance.get_export(&mut store, crate::FUEL_EXPORT);
    let mut rng = Rng::new(seed ^ 0x6763_5f61_7267_7321);
    let names: Vec<String> = module.exports().map(|(n, _)| n.to_string()).collect();
    for name in names {
        let Some(Extern::Func(func)) = instance.get_export(&mut store, &name) else {
            continue;
        };
        if let Some(Extern::Global(g)) = fuel {
            g.set(&mut store, Val::I32(crate::FUEL as i32))
                .expect("the fuel global is a mutable i32");
        }
        let ty = func.ty(&store);
        let params: Vec<Val> = ty
            .params
            .iter()
            .map(|&t| match Val::default_for(t) {
                Val::I32(_) => Val::I32(rng.edgy(&[0, 1, 7, 0x7fff_ffff, 0xffff_ffff]) as i32),
                Val::I64(_) => Val::I64(rng.edgy(&[0, 1, u64::MAX]) as i64),
                v => v,
            })
            .collect();
        let mut results: Vec<Val> = ty.results.iter().map(|&t| Val::default_for(t)).collect();
        let outcome = func.call(&mut store, &params, &mut results);
        report.brisk.push(match outcome {
            Ok(()) => format!("call {name}: {results:?}"),
            Err(e) => format!("call {name}: {e}"),
        });
    }
    Verdict::Agree
}

/// The GC operators and constructs [`GcCoverage`] counts.
pub const GC_FEATURES: [&str; 33] = [
    "struct.new",
    "struct.new_default",
    "struct.get",
    "struct.get_s/u",
    "struct.set",
    "array.new",
    "array.new_default",
    "array.new_fixed",
    "array.new_data",
    "array.new_elem",
    "array.get",
    "array.get_s/u",
    "array.set",
    "array.len",
    "array.fill",
    "array.copy",
    "array.init_data",
    "array.init_elem",
    "ref.i31",
    "i31.get_s/u",
    "ref.test",
    "ref.cast",
    "br_on_cast",
    "br_on_cast_fail",
    "ref.eq",
    "any.convert_extern",
    "extern.convert_any",
    "packed field",
    "declared supertype",
    "recursion group of several types",
    "GC global",
    "GC table",
    "GC element segment",
];

/// For each of [`GC_FEATURES`], how many modules contained it.
#[derive(Debug, Clone)]
pub struct GcCoverage {
    pub modules: u64,
    pub counts: [u64; GC_FEATURES.len()],
}

impl Default for GcCoverage {
    fn default() -> Self {
        GcCoverage {
            modules: 0,
            counts: [0; GC_FEATURES.len()],
        }
    }
}

/// Whether `r` is a reference of the `any` hierarchy.
fn any_hierarchy(r: wasmparser::RefType) -> bool {
    use wasmparser::{AbstractHeapType as A, HeapType as H};
    match r.heap_type() {
        H::Abstract { ty, .. } => {
            matches!(ty, A::Any | A::Eq | A::I31 | A::Struct | A::Array | A::None)
        }
        // A concrete function type is not; struct and array types are
        // (told apart by the caller, which knows the types).
        H::Concrete(_) | H::Exact(_) => true,
    }
}

impl GcCoverage {
    /// Counts what `wasm` contains (nothing if it does not parse).
    pub fn record(&mut self, wasm: &[u8]) {
        let mut seen = [false; GC_FEATURES.len()];
        let mut func_types = Vec::new();
        let gc_ref = |r: wasmparser::RefType, func_types: &[bool]| {
            any_hierarchy(r)
                && !matches!(r.type_index().and_then(|i| i.as_module_index()), Some(i) if func_types.get(i as usize) == Some(&true))
        };
        for payload in wasmparser::Parser::new(0).parse_all(wasm) {
            let Ok(payload) = payload else { return };
            match payload {
                wasmparser::Payload::TypeSection(s) => {
                    for group in s.into_iter().flatten() {
                        seen[29] |= group.types().len() > 1;
                        for ty in group.into_types() {
                            seen[28] |= !ty.supertype_idxs.is_empty();
                            let fields: Vec<wasmparser::FieldType> = match &ty.composite_type.inner
                            {
                                wasmparser::CompositeInnerType::Struct(s) => s.fields.to_vec(),
                                wasmparser::CompositeInnerType::Array(a) => vec![a.0],
                                _ => Vec::new(),
                            };
                            seen[27] |= fields.iter().any(|f| {
                                matches!(
                                    f.element_type,
                                    wasmparser::StorageType::I8 | wasmparser::StorageType::I16
                                )
                            });
                            func_types.push(matches!(
                                ty.composite_type.inner,
                                wasmparser::CompositeInnerType::Func(_)
                            ));
                        }
                    }
                }
                wasmparser::Payload::GlobalSection(s) => {
                    for g in s.into_iter().flatten() {
                        seen[30] |= matches!(g.ty.content_type, wasmparser::ValType::Ref(r) if gc_ref(r, &func_types));
                    }
                }
                wasmparser::Payload::TableSection(s) => {
                    for t in s.into_iter().flatten() {
                        seen[31] |= gc_ref(t.ty.element_type, &func_types);
                    }
                }
                wasmparser::Payload::ElementSection(s) => {
                    for e in s.into_iter().flatten() {
                        seen[32] |= matches!(e.items, wasmparser::ElementItems::Expressions(r, _) if gc_ref(r, &func_types));
                    }
                }
                wasmparser::Payload::CodeSectionEntry(body) => {
                    let Ok(ops) = body.get_operators_reader() else {
                        continue;
                    };
                    for op in ops.into_iter().flatten() {
                        if let Some(i) = operator_feature(&op) {
                            seen[i] = true;
                        }
                    }
                }
                _ => {}
            }
        }
        self.modules += 1;
        for (count, seen) in self.counts.iter_mut().zip(seen) {
            *count += u64::from(seen);
        }
    }

    /// Adds `other`'s counts.
    pub fn add(&mut self, other: &GcCoverage) {
        self.modules += other.modules;
        for (a, b) in self.counts.iter_mut().zip(other.counts) {
            *a += b;
        }
    }

    /// One line per feature: how many modules contained it.
    pub fn lines(&self) -> Vec<String> {
        GC_FEATURES
            .iter()
            .zip(self.counts)
            .map(|(name, n)| format!("{n:>7} {name}"))
            .collect()
    }
}

/// The index in [`GC_FEATURES`] of a GC operator.
fn operator_feature(op: &wasmparser::Operator<'_>) -> Option<usize> {
    use wasmparser::Operator as O;
    Some(match op {
        O::StructNew { .. } => 0,
        O::StructNewDefault { .. } => 1,
        O::StructGet { .. } => 2,
        O::StructGetS { .. } | O::StructGetU { .. } => 3,
        O::StructSet { .. } => 4,
        O::ArrayNew { .. } => 5,
        O::ArrayNewDefault { .. } => 6,
        O::ArrayNewFixed { .. } => 7,
        O::ArrayNewData { .. } => 8,
        O::ArrayNewElem { .. } => 9,
        O::ArrayGet { .. } => 10,
        O::ArrayGetS { .. } | O::ArrayGetU { .. } => 11,
        O::ArraySet { .. } => 12,
        O::ArrayLen => 13,
        O::ArrayFill { .. } => 14,
        O::ArrayCopy { .. } => 15,
        O::ArrayInitData { .. } => 16,
        O::ArrayInitElem { .. } => 17,
        O::RefI31 => 18,
        O::I31GetS | O::I31GetU => 19,
        O::RefTestNonNull { .. } | O::RefTestNullable { .. } => 20,
        O::RefCastNonNull { .. } | O::RefCastNullable { .. } => 21,
        O::BrOnCast { .. } => 22,
        O::BrOnCastFail { .. } => 23,
        O::RefEq => 24,
        O::AnyConvertExtern => 25,
        O::ExternConvertAny => 26,
        _ => return None,
    })
}
