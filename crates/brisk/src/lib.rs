//! brisk: a fast baseline WebAssembly compiler and runtime.
//!
//! ```
//! use brisk::{Engine, Instance, Module, Store, Val};
//!
//! let engine = Engine::default();
//! let module = Module::new(&engine, r#"(module
//!     (func (export "add") (param i32 i32) (result i32)
//!         local.get 0 local.get 1 i32.add))"#)?;
//! let mut store = Store::new(&engine, ());
//! let instance = Instance::new(&mut store, &module, &[])?;
//! let add = instance.get_func(&store, "add").unwrap();
//! let mut results = [Val::I32(0)];
//! add.call(&mut store, &[Val::I32(2), Val::I32(3)], &mut results)?;
//! assert_eq!(results[0], Val::I32(5));
//! # Ok::<(), brisk::Error>(())
//! ```

mod error;

pub use brisk_codegen::CpuFeatures;
pub use brisk_environ::{CompileError, TrapCode, WasmType};
pub use error::Error;

use brisk_codegen::{CompileOptions, compile_module};
use brisk_environ::ExportKind;
use brisk_runtime::{LoadedModule, StoreLimits, ValRaw};
use std::sync::Arc;

/// Settings for an [`Engine`].
#[derive(Debug, Clone)]
pub struct Config {
    features: CpuFeatures,
    max_wasm_stack: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            features: CpuFeatures::detect_host(),
            max_wasm_stack: brisk_runtime::DEFAULT_MAX_WASM_STACK,
        }
    }
}

impl Config {
    pub fn new() -> Self {
        Self::default()
    }

    /// The CPU features generated code may use (default: the host's).
    pub fn cpu_features(&mut self, features: CpuFeatures) -> &mut Self {
        self.features = features;
        self
    }

    /// Bytes of native stack Wasm may use before "call stack exhausted".
    pub fn max_wasm_stack(&mut self, bytes: usize) -> &mut Self {
        self.max_wasm_stack = bytes;
        self
    }
}

/// Compilation settings shared by modules and stores.
#[derive(Debug, Clone, Default)]
pub struct Engine {
    config: Arc<Config>,
}

impl Engine {
    pub fn new(config: &Config) -> Engine {
        Engine {
            config: Arc::new(config.clone()),
        }
    }

    fn options(&self) -> CompileOptions {
        CompileOptions {
            features: self.config.features,
        }
    }
}

/// A compiled module, ready to instantiate.
#[derive(Clone)]
pub struct Module {
    loaded: Arc<LoadedModule>,
}

impl Module {
    /// Compiles a module from the binary format or the text format.
    pub fn new(engine: &Engine, bytes: impl AsRef<[u8]>) -> Result<Module, Error> {
        let wasm = wat::parse_bytes(bytes.as_ref()).map_err(|e| Error::Wat(e.to_string()))?;
        Module::from_binary(engine, &wasm)
    }

    /// Compiles a module from the binary format.
    pub fn from_binary(engine: &Engine, wasm: &[u8]) -> Result<Module, Error> {
        let compiled = compile_module(wasm, engine.options())?;
        Ok(Module {
            loaded: LoadedModule::new(compiled)?,
        })
    }

    /// The machine code of the module, for disassembly.
    pub fn compiled(&self) -> &brisk_codegen::CompiledModule {
        self.loaded.compiled()
    }
}

/// A Wasm value. Floats are carried as their bits, so NaN payloads survive.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Val {
    I32(i32),
    I64(i64),
    F32(u32),
    F64(u64),
}

impl Val {
    pub fn ty(&self) -> WasmType {
        match self {
            Val::I32(_) => WasmType::I32,
            Val::I64(_) => WasmType::I64,
            Val::F32(_) => WasmType::F32,
            Val::F64(_) => WasmType::F64,
        }
    }

    fn to_raw(self) -> ValRaw {
        match self {
            Val::I32(v) => ValRaw::from_i32(v),
            Val::I64(v) => ValRaw::from_i64(v),
            Val::F32(bits) => ValRaw::from_u64(bits as u64),
            Val::F64(bits) => ValRaw::from_u64(bits),
        }
    }

    fn from_raw(raw: ValRaw, ty: WasmType) -> Val {
        match ty {
            WasmType::I32 => Val::I32(raw.get_i32()),
            WasmType::I64 => Val::I64(raw.get_i64()),
            WasmType::F32 => Val::F32(raw.get_u64() as u32),
            WasmType::F64 => Val::F64(raw.get_u64()),
            other => unreachable!("{other:?} values cannot be passed yet"),
        }
    }
}

/// Owns instances and their runtime state; `T` is host data.
pub struct Store<T> {
    engine: Engine,
    /// Boxed: every vmctx of the store points to it.
    limits: Box<StoreLimits>,
    instances: Vec<brisk_runtime::Instance>,
    data: T,
}

impl<T> Store<T> {
    pub fn new(engine: &Engine, data: T) -> Store<T> {
        Store {
            engine: engine.clone(),
            limits: Box::default(),
            instances: Vec::new(),
            data,
        }
    }

    pub fn data(&self) -> &T {
        &self.data
    }

    pub fn data_mut(&mut self) -> &mut T {
        &mut self.data
    }
}

/// An instance of a module in a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instance {
    index: usize,
}

/// An import value (none are supported yet).
#[derive(Debug, Clone, Copy)]
pub enum Extern {}

impl Instance {
    pub fn new<T>(
        store: &mut Store<T>,
        module: &Module,
        imports: &[Extern],
    ) -> Result<Instance, Error> {
        if let Some(import) = imports.first() {
            match *import {}
        }
        let instance = brisk_runtime::Instance::new(module.loaded.clone(), &store.limits)?;
        store.instances.push(instance);
        Ok(Instance {
            index: store.instances.len() - 1,
        })
    }

    /// The exported function `name`, if there is one.
    pub fn get_func<T>(&self, store: &Store<T>, name: &str) -> Option<Func> {
        let info = store.instances[self.index].module().info();
        let export = info.export(name)?;
        (export.kind == ExportKind::Func).then_some(Func {
            instance: self.index,
            index: export.index,
        })
    }
}

/// A function of an instance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Func {
    instance: usize,
    index: u32,
}

impl Func {
    /// The function's parameter and result types.
    pub fn ty<T>(&self, store: &Store<T>) -> brisk_environ::FuncSig {
        store.instances[self.instance]
            .module()
            .info()
            .func_sig(self.index)
            .clone()
    }

    /// Calls the function. `params` must match its parameter types and
    /// `results` have one entry per result.
    pub fn call<T>(
        &self,
        store: &mut Store<T>,
        params: &[Val],
        results: &mut [Val],
    ) -> Result<(), Error> {
        let instance = &store.instances[self.instance];
        let sig = instance.module().info().func_sig(self.index);
        let param_types: Vec<WasmType> = params.iter().map(Val::ty).collect();
        if param_types != sig.params {
            return Err(Error::Type(format!(
                "expected parameters {:?}, got {:?}",
                sig.params, param_types
            )));
        }
        if results.len() != sig.results.len() {
            return Err(Error::Type(format!(
                "expected {} results, got room for {}",
                sig.results.len(),
                results.len()
            )));
        }
        let mut values = vec![ValRaw::default(); params.len().max(results.len())];
        for (v, p) in values.iter_mut().zip(params) {
            *v = p.to_raw();
        }
        instance.call(
            &store.limits,
            store.engine.config.max_wasm_stack,
            self.index,
            &mut values,
        )?;
        for ((r, raw), ty) in results.iter_mut().zip(&values).zip(&sig.results) {
            *r = Val::from_raw(*raw, *ty);
        }
        Ok(())
    }
}
