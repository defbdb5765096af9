use crate::{Engine, Error, ExternType, GlobalType};
use brisk_codegen::lazy::LazyModule;
use brisk_codegen::{artifact, compile_module, compile_module_into};
use brisk_environ::{ExportKind, ImportKind};
use brisk_runtime::LoadedModule;
use std::sync::Arc;

/// A compiled module, ready to instantiate in stores of its engine.
#[derive(Clone)]
pub struct Module {
    pub(crate) engine: Engine,
    pub(crate) loaded: Arc<LoadedModule>,
    /// A lazily compiled module's binary, shared with its lazy code. An
    /// eagerly compiled one keeps its binary for `serialize` with its code
    /// (`LoadedModule::wasm`), without the custom sections an artifact
    /// leaves out (`artifact::kept_wasm`).
    lazy_wasm: Option<Arc<[u8]>>,
}

impl Module {
    /// Compiles a module from the binary format or the text format.
    pub fn new(engine: &Engine, bytes: impl AsRef<[u8]>) -> Result<Module, Error> {
        let wasm = wat::parse_bytes(bytes.as_ref()).map_err(|e| Error::Wat(e.to_string()))?;
        Module::from_binary(engine, &wasm)
    }

    /// Compiles a module from the binary format.
    pub fn from_binary(engine: &Engine, wasm: &[u8]) -> Result<Module, Error> {
        if engine.config().lazy {
            let wasm: Arc<[u8]> = wasm.into();
            let lazy = LazyModule::new(wasm.clone(), engine.options())?;
            let loaded = LoadedModule::new_lazy(lazy, &engine.inner.runtime)?;
            return Ok(Module {
                engine: engine.clone(),
                loaded,
                lazy_wasm: Some(wasm),
            });
        }
        // The code is written straight into the engine's code space.
        let runtime = &engine.inner.runtime;
        let compiled =
            compile_module_into(wasm, engine.options(), &mut |len| runtime.lend_code(len))?;
        Module::load(engine, compiled, wasm)
    }

    fn load(
        engine: &Engine,
        compiled: brisk_codegen::CompiledModule,
        wasm: &[u8],
    ) -> Result<Module, Error> {
        let kept = artifact::kept_wasm(wasm);
        let loaded = LoadedModule::with_wasm(compiled, &engine.inner.runtime, &kept)?;
        Ok(Module {
            engine: engine.clone(),
            loaded,
            lazy_wasm: None,
        })
    }

    /// The binary it was compiled from (see `lazy_wasm`).
    fn wasm(&self) -> &[u8] {
        self.lazy_wasm.as_deref().unwrap_or(self.loaded.wasm())
    }

    /// The artifact `brisk compile` writes: the compiled code with a header
    /// recording what it was compiled for. A lazily compiled module is
    /// compiled whole first (which can only fail as `Module::new` would
    /// have for an eager engine).
    pub fn serialize(&self) -> Result<Vec<u8>, Error> {
        if self.engine.config().lazy {
            // Only the module environment is compiled so far.
            let compiled = compile_module(self.wasm(), self.engine.options())?;
            return Ok(artifact::serialize(&compiled, self.wasm()));
        }
        Ok(artifact::serialize(self.loaded.compiled(), self.wasm()))
    }

    /// Loads an artifact from [`Module::serialize`] (or `brisk compile`),
    /// refusing one compiled for another brisk version, target, CPU feature
    /// set or bounds-check mode.
    ///
    /// # Safety
    /// The machine code in `bytes` is run as is: it must come from brisk,
    /// unmodified. A forged artifact can do anything.
    pub unsafe fn deserialize(engine: &Engine, bytes: &[u8]) -> Result<Module, Error> {
        let compiled = artifact::deserialize(bytes, engine.options()).map_err(Error::Artifact)?;
        let wasm = artifact::wasm_of(bytes).map_err(Error::Artifact)?;
        Module::load(engine, compiled, wasm)
    }

    /// The machine code of the module, for disassembly.
    pub fn compiled(&self) -> &brisk_codegen::CompiledModule {
        self.loaded.compiled()
    }

    /// The imports: (module, name, type), in order.
    pub fn imports(&self) -> impl Iterator<Item = (&str, &str, ExternType)> + '_ {
        let info = self.loaded.info();
        info.imports.iter().map(move |i| {
            let ty = match &i.kind {
                ImportKind::Func(t) => ExternType::Func(info.type_sig(*t).clone()),
                ImportKind::Memory(m) => ExternType::Memory(*m),
                ImportKind::Table(t) => ExternType::Table(*t),
                ImportKind::Tag(t) => ExternType::Tag(info.type_sig(*t).clone()),
                ImportKind::Global { ty, mutable } => ExternType::Global(GlobalType {
                    content: *ty,
                    mutable: *mutable,
                }),
            };
            (i.module.as_str(), i.name.as_str(), ty)
        })
    }

    /// The exports: (name, type), in order.
    pub fn exports(&self) -> impl Iterator<Item = (&str, ExternType)> + '_ {
        let info = self.loaded.info();
        info.exports.iter().map(move |e| {
            let i = e.index as usize;
            let ty = match e.kind {
                ExportKind::Func => ExternType::Func(info.func_sig(e.index).clone()),
                ExportKind::Memory => ExternType::Memory(info.memories[i]),
                ExportKind::Table => ExternType::Table(info.tables[i]),
                ExportKind::Tag => ExternType::Tag(info.tag_sig(e.index).clone()),
                ExportKind::Global => {
                    let g = &info.globals[i];
                    ExternType::Global(GlobalType {
                        content: g.ty,
                        mutable: g.mutable,
                    })
                }
            };
            (e.name.as_str(), ty)
        })
    }
}
