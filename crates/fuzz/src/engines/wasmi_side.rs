//! wasmi as the reference, once per major version: the two share an API
//! but not their translators, so one breaks ties for the other.

/// A module `$name` with the reference engine `$name::Wasmi` built on the
/// wasmi crate `$wasmi`; `$element_null` says whether a table element, as
/// that version's `Table::get` returns it, is null.
macro_rules! wasmi_reference {
    ($name:ident, $wasmi:ident, $element_null:item) => {
        pub mod $name {
            use super::super::{CallResult, Export, Reference, Side, Stop};
            use crate::value::Value;
            use brisk::{TrapCode, WasmType};
            use $wasmi as wasmi;
            use wasmi::{
                CompilationMode, Config, Engine, Extern, F32, F64, Instance, Module, Store,
                StoreLimits, StoreLimitsBuilder, V128, Val, ValType,
            };

            /// wasmi's instruction budget per instantiation or call.
            /// Generated modules stop far earlier on their own fuel; this
            /// bounds mutated ones.
            const WASMI_FUEL: u64 = 10_000_000;

            /// Deeper than [`crate::FUEL`] calls can go.
            const MAX_RECURSION: usize = 4 * crate::FUEL as usize;

            /// brisk's limit on table elements (`MAX_TABLE_ELEMENTS` in its
            /// runtime, which does not export it).
            const BRISK_MAX_TABLE: usize = 10_000_000;

            /// The interpreter, set up for Wasm 2.0 (with SIMD but not
            /// relaxed SIMD, whose results are implementation-defined),
            /// multi-memory, tail calls, wide arithmetic, memory64 and
            /// custom page sizes.
            pub struct Wasmi(Engine);

            pub struct WasmiSide {
                store: Store<StoreLimits>,
                externs: Vec<Extern>,
            }

            impl Reference for Wasmi {
                type Module = Module;
                type Instance = WasmiSide;

                fn new() -> Self {
                    let mut config = Config::default();
                    config
                        .wasm_simd(true)
                        .wasm_relaxed_simd(false)
                        .wasm_tail_call(true)
                        .wasm_wide_arithmetic(true)
                        .wasm_memory64(true)
                        .wasm_custom_page_sizes(true)
                        .wasm_extended_const(false)
                        .wasm_multi_memory(true)
                        .consume_fuel(true)
                        .set_max_recursion_depth(MAX_RECURSION)
                        .compilation_mode(CompilationMode::Eager);
                    Wasmi(Engine::new(&config))
                }

                fn compile(&self, wasm: &[u8]) -> Result<Module, String> {
                    Module::new(&self.0, wasm).map_err(|e| e.to_string())
                }

                fn instantiate(
                    &self,
                    module: &Module,
                    exports: &[Export],
                ) -> Result<WasmiSide, Stop> {
                    // Growth fails where it fails in brisk: at the fuzzer's
                    // page limit and at brisk's table size limit.
                    let limits = StoreLimitsBuilder::new()
                        .memory_size((crate::MAX_PAGES * 65536) as usize)
                        .table_elements(BRISK_MAX_TABLE)
                        .build();
                    let mut store = Store::new(&self.0, limits);
                    store.limiter(|limits| limits);
                    store.set_fuel(WASMI_FUEL).map_err(stop)?;
                    let instance = Instance::new(&mut store, module, &[]).map_err(stop)?;
                    let externs = exports
                        .iter()
                        .map(|e| instance.get_export(&store, &e.name))
                        .collect::<Option<_>>()
                        .ok_or_else(|| Stop::Error("an export of the module is missing".into()))?;
                    Ok(WasmiSide { store, externs })
                }
            }

            /// What a wasmi error means to the comparison, its trap codes
            /// as brisk's.
            fn stop(e: wasmi::Error) -> Stop {
                use wasmi::TrapCode as W;
                use wasmi::errors::{ErrorKind, InstantiationError};
                if let ErrorKind::Instantiation(
                    InstantiationError::ElementSegmentDoesNotFit { .. },
                ) = e.kind()
                {
                    return Stop::Trap(TrapCode::TableOutOfBounds);
                }
                let code = match e.as_trap_code() {
                    Some(W::UnreachableCodeReached) => TrapCode::Unreachable,
                    Some(W::MemoryOutOfBounds) => TrapCode::MemoryOutOfBounds,
                    Some(W::TableOutOfBounds) => TrapCode::TableOutOfBounds,
                    Some(W::IndirectCallToNull) => TrapCode::UninitializedElement,
                    Some(W::IntegerDivisionByZero) => TrapCode::IntegerDivisionByZero,
                    Some(W::IntegerOverflow) => TrapCode::IntegerOverflow,
                    Some(W::BadConversionToInteger) => TrapCode::BadConversionToInteger,
                    Some(W::BadSignature) => TrapCode::IndirectCallTypeMismatch,
                    Some(W::StackOverflow) => return Stop::StackExhausted,
                    Some(W::OutOfFuel) => return Stop::OutOfFuel,
                    _ => return Stop::Error(e.to_string()),
                };
                Stop::Trap(code)
            }

            fn to_val(v: Value) -> Val {
                match v {
                    Value::I32(v) => Val::I32(v as i32),
                    Value::I64(v) => Val::I64(v as i64),
                    Value::F32(b) => Val::F32(F32::from_bits(b)),
                    Value::F64(b) => Val::F64(F64::from_bits(b)),
                    Value::V128(v) => Val::V128(V128::from(v)),
                    Value::FuncRef { .. } => Val::FuncRef(Default::default()),
                    Value::ExternRef { .. } => Val::ExternRef(Default::default()),
                }
            }

            fn from_val(v: &Val) -> Value {
                match v {
                    Val::I32(v) => Value::I32(*v as u32),
                    Val::I64(v) => Value::I64(*v as u64),
                    Val::F32(f) => Value::F32(f.to_bits()),
                    Val::F64(f) => Value::F64(f.to_bits()),
                    Val::FuncRef(r) => Value::FuncRef { null: r.is_null() },
                    Val::ExternRef(r) => Value::ExternRef { null: r.is_null() },
                    Val::V128(v) => Value::V128(v.as_u128()),
                }
            }

            fn val_type(t: &ValType) -> WasmType {
                match t {
                    ValType::I32 => WasmType::I32,
                    ValType::I64 => WasmType::I64,
                    ValType::F32 => WasmType::F32,
                    ValType::F64 => WasmType::F64,
                    ValType::FuncRef => WasmType::FuncRef,
                    ValType::ExternRef => WasmType::ExternRef,
                    ValType::V128 => WasmType::V128,
                }
            }

            $element_null

            impl Side for WasmiSide {
                fn call(&mut self, export: usize, args: &[Value]) -> CallResult {
                    let Extern::Func(func) = &self.externs[export] else {
                        unreachable!("export {export} is not a function")
                    };
                    let params: Vec<Val> = args.iter().copied().map(to_val).collect();
                    let mut results: Vec<Val> = func
                        .ty(&self.store)
                        .results()
                        .iter()
                        .map(|t| to_val(Value::zero(val_type(t))))
                        .collect();
                    self.store.set_fuel(WASMI_FUEL).map_err(stop)?;
                    func.call(&mut self.store, &params, &mut results)
                        .map_err(stop)?;
                    Ok(results.iter().map(from_val).collect())
                }

                fn refuel(&mut self, export: usize, fuel: u32) {
                    if let Extern::Global(g) = &self.externs[export] {
                        g.set(&mut self.store, Val::I32(fuel as i32))
                            .expect("the fuel global is a mutable i32");
                    }
                }

                fn memory(&self, export: usize) -> &[u8] {
                    match &self.externs[export] {
                        Extern::Memory(m) => m.data(&self.store),
                        _ => unreachable!("export {export} is not a memory"),
                    }
                }

                fn global(&mut self, export: usize) -> Value {
                    match &self.externs[export] {
                        Extern::Global(g) => from_val(&g.get(&self.store)),
                        _ => unreachable!("export {export} is not a global"),
                    }
                }

                fn table(&mut self, export: usize) -> Vec<bool> {
                    let Extern::Table(t) = &self.externs[export] else {
                        unreachable!("export {export} is not a table")
                    };
                    (0..t.size(&self.store))
                        .map(|i| t.get(&self.store, i).is_none_or(element_null))
                        .collect()
                }
            }
        }
    };
}

wasmi_reference!(
    v2,
    wasmi,
    fn element_null(element: wasmi::Ref) -> bool {
        element.is_null()
    }
);

wasmi_reference!(
    v1,
    wasmi1,
    fn element_null(element: Val) -> bool {
        matches!(
            from_val(&element),
            Value::FuncRef { null: true } | Value::ExternRef { null: true }
        )
    }
);
