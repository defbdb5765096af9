use super::{CallResult, Export, ExportKind, Side, Stop};
use crate::diff::Options;
use crate::value::Value;
use brisk::{
    CompileError, Config, Engine, Error, Extern, ExternType, Instance, Module, Store, TrapCode, Val,
};
use brisk_runtime::RuntimeError;

/// Stack for brisk's Wasm frames: far more than [`crate::FUEL`] calls need,
/// and within the fuzzer threads' stacks.
const MAX_WASM_STACK: usize = 16 << 20;

pub fn brisk_config(options: &Options) -> Config {
    let mut config = Config::new();
    config
        .bounds_checks(options.bounds)
        .target(options.target)
        .spectre_hardening(options.spectre)
        .max_wasm_stack(MAX_WASM_STACK)
        .memory_pages_limit(crate::MAX_PAGES)
        // The fuzzer runs one module per core already.
        .parallel_compilation(false);
    config
}

pub struct BriskSide {
    store: Store<()>,
    externs: Vec<Extern>,
}

impl BriskSide {
    /// The module's exports, in order.
    pub fn exports(module: &Module) -> Vec<Export> {
        module
            .exports()
            .map(|(name, ty)| {
                let (kind, params) = match ty {
                    ExternType::Func(f) => (ExportKind::Func, f.params),
                    ExternType::Memory(_) => (ExportKind::Memory, vec![]),
                    ExternType::Table(_) => (ExportKind::Table, vec![]),
                    ExternType::Global(_) => (ExportKind::Global, vec![]),
                    ExternType::Tag(_) => (ExportKind::Tag, vec![]),
                };
                Export {
                    name: name.to_string(),
                    kind,
                    params,
                }
            })
            .collect()
    }

    pub fn instantiate(engine: &Engine, module: &Module, exports: &[Export]) -> Result<Self, Stop> {
        let mut store = Store::new(engine, ());
        let instance = Instance::new(&mut store, module, &[]).map_err(stop)?;
        let externs = exports
            .iter()
            .map(|e| instance.get_export(&mut store, &e.name))
            .collect::<Option<_>>()
            .ok_or_else(|| Stop::Error("an export of the module is missing".into()))?;
        Ok(BriskSide { store, externs })
    }
}

/// What a brisk error means to the comparison.
pub fn stop(e: Error) -> Stop {
    match e {
        Error::Trap(t) if t.code() == TrapCode::StackOverflow => Stop::StackExhausted,
        Error::Trap(t) => Stop::Trap(t.code()),
        Error::Compile(CompileError::Unsupported { feature, .. }) => Stop::Unsupported(feature),
        Error::Compile(CompileError::Limit { message }) => Stop::Unsupported(message),
        Error::Runtime(RuntimeError::Unsupported(what)) => Stop::Unsupported(what),
        e => Stop::Error(e.to_string()),
    }
}

fn to_val(v: Value) -> Val {
    match v {
        Value::I32(v) => Val::I32(v as i32),
        Value::I64(v) => Val::I64(v as i64),
        Value::F32(b) => Val::F32(b),
        Value::F64(b) => Val::F64(b),
        Value::V128(v) => Val::V128(v.into()),
        // Only null references can be made without the other engine.
        Value::FuncRef { .. } => Val::FuncRef(None),
        Value::ExternRef { .. } => Val::ExternRef(None),
    }
}

fn from_val(v: Val) -> Value {
    match v {
        Val::I32(v) => Value::I32(v as u32),
        Val::I64(v) => Value::I64(v as u64),
        Val::F32(b) => Value::F32(b),
        Val::F64(b) => Value::F64(b),
        Val::FuncRef(f) => Value::FuncRef { null: f.is_none() },
        Val::ExternRef(e) => Value::ExternRef { null: e.is_none() },
        Val::V128(v) => Value::V128(v.into()),
        Val::ExnRef(_) => {
            unreachable!("fuzzed modules have no exceptions (generate.rs: exceptions_enabled)")
        }
        Val::AnyRef(_) => unreachable!("fuzzed modules have no GC types (generate.rs: gc_enabled)"),
    }
}

impl Side for BriskSide {
    fn call(&mut self, export: usize, args: &[Value]) -> CallResult {
        let Extern::Func(func) = self.externs[export] else {
            unreachable!("export {export} is not a function")
        };
        let params: Vec<Val> = args.iter().copied().map(to_val).collect();
        let mut results: Vec<Val> = func
            .ty(&self.store)
            .results
            .iter()
            .map(|t| Val::default_for(*t))
            .collect();
        func.call(&mut self.store, &params, &mut results)
            .map_err(stop)?;
        Ok(results.into_iter().map(from_val).collect())
    }

    fn refuel(&mut self, export: usize, fuel: u32) {
        if let Extern::Global(g) = self.externs[export] {
            g.set(&mut self.store, Val::I32(fuel as i32))
                .expect("the fuel global is a mutable i32");
        }
    }

    fn memory(&self, export: usize) -> &[u8] {
        match self.externs[export] {
            Extern::Memory(m) => m.data(&self.store),
            _ => unreachable!("export {export} is not a memory"),
        }
    }

    fn global(&mut self, export: usize) -> Value {
        match self.externs[export] {
            Extern::Global(g) => from_val(g.get(&mut self.store)),
            _ => unreachable!("export {export} is not a global"),
        }
    }

    fn table(&mut self, export: usize) -> Vec<bool> {
        let Extern::Table(t) = self.externs[export] else {
            unreachable!("export {export} is not a table")
        };
        (0..t.size(&self.store))
            .map(|i| {
                matches!(
                    t.get(&mut self.store, i),
                    Some(Val::FuncRef(None) | Val::ExternRef(None))
                )
            })
            .collect()
    }
}
