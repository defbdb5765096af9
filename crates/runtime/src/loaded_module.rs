//! Compiled modules mapped into executable memory, with what instances and
//! the signal handler need from them: entry trampolines, engine type ids,
//! trap-table lookup and frame names; and the perf map that names their
//! functions for `perf`.

use crate::code_memory::{CodeMemory, KeptBytes, LentCode};
use crate::engine::EngineRuntime;
use crate::executor::Executor;
use crate::lazy::LazyCode;
use crate::trap::{RuntimeError, WasmFrame};
use crate::type_display::TypeDisplays;
use brisk_codegen::CompiledModule;
use brisk_codegen::exceptions::UnwindInfo;
use brisk_environ::vmctx::VMOffsets;
use brisk_environ::{ModuleInfo, RefType, TrapCode, TypeRef};
use std::sync::Arc;

/// A compiled module mapped into executable memory, shareable between
/// instances and threads.
pub struct LoadedModule {
    compiled: CompiledModule,
    code: CodeMemory,
    /// The code of a lazily compiled module (then `compiled` has the
    /// module environment only, and `code` is empty).
    lazy: Option<Box<LazyCode>>,
    /// The Wasm binary kept with the code (see [`LoadedModule::with_wasm`]).
    wasm: KeptBytes,
    offsets: VMOffsets,
    /// Engine-wide type id per module type.
    type_ids: Vec<u32>,
    /// The engine's supertype displays, for subtype checks of callees.
    displays: Arc<TypeDisplays>,
    /// Entry trampoline per module type (`None` for struct and array types).
    entries: Vec<Option<Arc<CodeMemory>>>,
}

impl LoadedModule {
    pub fn new(
        compiled: CompiledModule,
        engine: &EngineRuntime,
    ) -> Result<Arc<LoadedModule>, RuntimeError> {
        LoadedModule::with_wasm(compiled, engine, &[])
    }

    /// [`LoadedModule::new`], also keeping a Wasm binary given in `parts`
    /// (to serialize the module), in the engine's code space next to the
    /// code.
    pub fn with_wasm(
        mut compiled: CompiledModule,
        engine: &EngineRuntime,
        parts: &[&[u8]],
    ) -> Result<Arc<LoadedModule>, RuntimeError> {
        // Code compiled for a target that cannot run here is kept (to
        // serialize or inspect) but never entered: it gets no entry
        // trampolines.
        let executor = engine.executor().unwrap_or(Executor::Native);
        let len = compiled.image.len();
        // An image written into pages the engine lent becomes code where
        // it is (`EngineRuntime::lend_code`); another is copied.
        let code = match compiled.image.area_mut::<LentCode>() {
            Some(lent) => engine.finish_code(lent, len, executor)?,
            None => engine.map_code(&compiled.image, executor)?,
        };
        let wasm = engine.keep_bytes(parts)?;
        LoadedModule::with_code(compiled, code, wasm, None, engine)
    }

    /// A module compiled lazily (`lazy.rs`); its code runs natively only.
    pub fn new_lazy(
        module: brisk_codegen::lazy::LazyModule,
        engine: &EngineRuntime,
    ) -> Result<Arc<LoadedModule>, RuntimeError> {
        if engine.executor() != Ok(Executor::Native) {
            return Err(RuntimeError::Resource(
                "lazy compilation runs native code only".into(),
            ));
        }
        let compiled = CompiledModule {
            info: module.info.clone(),
            options: module.options,
            image: Default::default(),
            functions: Vec::new(),
            address_maps: Vec::new(),
            traps: Vec::new(),
            unwind: Vec::new(),
        };
        let code = engine.map_code(&[], Executor::Native)?;
        let wasm = engine.keep_bytes(&[])?;
        let lazy = LazyCode::new(module).map_err(|e| RuntimeError::Resource(e.to_string()))?;
        LoadedModule::with_code(compiled, code, wasm, Some(lazy), engine)
    }

    fn with_code(
        compiled: CompiledModule,
        code: CodeMemory,
        wasm: KeptBytes,
        lazy: Option<Box<LazyCode>>,
        engine: &EngineRuntime,
    ) -> Result<Arc<LoadedModule>, RuntimeError> {
        let runs = engine.executor().ok();
        let offsets = VMOffsets::new(&compiled.info);
        let type_ids = engine.register_types(&compiled.info);
        let entries = compiled
            .info
            .types
            .iter()
            .map(|t| match t.func_sig() {
                Some(sig) if runs.is_some() => engine.entry_trampoline(sig).map(Some),
                _ => Ok(None),
            })
            .collect::<Result<_, _>>()?;
        if lazy.is_none() && std::env::var_os("BRISK_PERF_MAP").is_some() {
            write_perf_map(&compiled, code.base());
        }
        Ok(Arc::new(LoadedModule {
            compiled,
            code,
            lazy,
            wasm,
            offsets,
            type_ids,
            displays: engine.displays(),
            entries,
        }))
    }

    pub fn info(&self) -> &ModuleInfo {
        &self.compiled.info
    }

    pub fn compiled(&self) -> &CompiledModule {
        &self.compiled
    }

    /// The Wasm binary given to [`LoadedModule::with_wasm`] (empty for
    /// other modules).
    pub fn wasm(&self) -> &[u8] {
        &self.wasm
    }

    /// The layout of this module's vmctx.
    pub(crate) fn offsets(&self) -> VMOffsets {
        self.offsets
    }

    pub fn type_id(&self, type_index: u32) -> u32 {
        self.type_ids[type_index as usize]
    }

    /// Whether engine type `sub` is module type `type_index` or one of its
    /// subtypes.
    pub fn is_subtype_of(&self, sub: u32, type_index: u32) -> bool {
        self.displays.is_subtype(sub, self.type_id(type_index))
    }

    /// What an instance's vmctx points to for GC casts: the engine's
    /// displays, kept alive by this module.
    pub(crate) fn code_displays(&self) -> *const u8 {
        self.displays.code_table()
    }

    /// Reference type `r` of this module with engine ids for its defined
    /// types, comparable with other modules' (import matching).
    pub fn engine_ref_type(&self, r: RefType) -> RefType {
        r.map_ref(|t| match t {
            TypeRef::Module(i) => TypeRef::Engine(self.type_id(i)),
            other => other,
        })
    }

    /// The engine-wide type id of every module type, in order.
    pub(crate) fn type_ids(&self) -> &[u32] {
        &self.type_ids
    }

    /// The entry trampoline for module function type `type_index`.
    pub fn entry(&self, type_index: u32) -> &Arc<CodeMemory> {
        self.entries[type_index as usize]
            .as_ref()
            .unwrap_or_else(|| panic!("type {type_index} is not a function type"))
    }

    /// Whether `pc` is in this module's code, and the trap code if it is
    /// an instruction listed in the trap table.
    pub fn trap_at(&self, pc: usize) -> Option<TrapCode> {
        if let Some(lazy) = &self.lazy {
            return lazy.trap_at(pc);
        }
        if !self.code.contains(pc) {
            return None;
        }
        let offset = (pc - self.code.base() as usize) as u32;
        let traps = &self.compiled.traps;
        traps
            .binary_search_by_key(&offset, |t| t.code_offset)
            .ok()
            .map(|i| traps[i].code)
    }

    /// How this module's code runs.
    pub(crate) fn executor(&self) -> Executor {
        self.code.executor()
    }

    /// Whether `pc` is in this module's code.
    pub fn contains(&self, pc: usize) -> bool {
        match &self.lazy {
            Some(lazy) => lazy.contains(pc),
            None => self.code.contains(pc),
        }
    }

    /// The defined function whose code contains `pc`, and `pc`'s offset
    /// in the image.
    pub(crate) fn function_at(&self, pc: usize) -> Option<(usize, u32)> {
        if let Some(lazy) = &self.lazy {
            return lazy.function_at(pc);
        }
        if !self.code.contains(pc) {
            return None;
        }
        let offset = (pc - self.code.base() as usize) as u32;
        // Functions are laid out in index order, so their starts ascend.
        let functions = &self.compiled.functions;
        let defined = functions
            .partition_point(|&(start, _)| start <= offset)
            .checked_sub(1)?;
        let (start, len) = functions[defined];
        (offset < start + len).then_some((defined, offset))
    }

    /// The address of image offset `offset`.
    pub(crate) fn code_address(&self, offset: u32) -> usize {
        match &self.lazy {
            Some(lazy) => lazy.code_address(offset),
            None => self.code.base() as usize + offset as usize,
        }
    }

    /// The frame and handler regions of defined function `defined`, whose
    /// code holds a frame being unwound.
    pub(crate) fn unwind_info(&self, defined: usize) -> Option<&UnwindInfo> {
        match &self.lazy {
            Some(lazy) => lazy.unwind(defined),
            None => self.compiled.unwind.get(defined),
        }
    }

    /// The frame of the function whose code contains `pc`, if any.
    pub(crate) fn frame_at(&self, pc: usize) -> Option<WasmFrame> {
        let (defined, _) = self.function_at(pc)?;
        let info = self.info();
        let func_index = info.num_imported_funcs + defined as u32;
        let func_name = info.func_name(func_index).map(str::to_string);
        Some(WasmFrame {
            func_index,
            func_name,
        })
    }

    /// The address of the code of defined function `defined` (counted
    /// from the first defined function).
    pub(crate) fn defined_func_code(&self, defined: u32) -> *const u8 {
        if let Some(lazy) = &self.lazy {
            return lazy.stub_address(defined as usize) as *const u8;
        }
        let offset = self.compiled.functions[defined as usize].0;
        // SAFETY: offsets come from the linker and lie inside the image,
        // which the mapping covers.
        unsafe { self.code.base().add(offset as usize) }
    }
}

/// Appends the module's functions to `/tmp/perf-<pid>.map`, so that `perf`
/// can name samples in generated code (enabled by `BRISK_PERF_MAP`).
fn write_perf_map(compiled: &CompiledModule, base: *const u8) {
    use std::io::Write;
    let path = format!("/tmp/perf-{}.map", std::process::id());
    let Ok(mut file) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    else {
        return;
    };
    let info = &compiled.info;
    for (i, &(start, len)) in compiled.functions.iter().enumerate() {
        let index = info.num_imported_funcs + i as u32;
        let name = info
            .func_name(index)
            .map_or(format!("wasm[{index}]"), |n| format!("wasm[{index}] {n}"));
        let _ = writeln!(file, "{:x} {len:x} {name}", base as usize + start as usize);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use brisk_codegen::{CompileOptions, Target};
    use brisk_environ::TrapEntry;

    /// A module of two functions over a 41-byte image, with a trap table.
    fn module(traps: &[(u32, TrapCode)]) -> Arc<LoadedModule> {
        let compiled = CompiledModule {
            info: ModuleInfo::default(),
            options: CompileOptions::default(),
            image: vec![0xcc; 41].into(),
            functions: vec![(0, 10), (10, 31)],
            address_maps: Vec::new(),
            traps: traps
                .iter()
                .map(|&(code_offset, code)| TrapEntry { code_offset, code })
                .collect(),
            unwind: Vec::new(),
        };
        LoadedModule::new(compiled, &EngineRuntime::new(Target::host())).unwrap()
    }

    #[test]
    fn trap_lookup_takes_exact_hits_only() {
        let traps = [
            (0, TrapCode::Unreachable),
            (5, TrapCode::IntegerDivisionByZero),
            (6, TrapCode::MemoryOutOfBounds),
            (40, TrapCode::TableOutOfBounds),
        ];
        let m = module(&traps);
        let base = m.code.base() as usize;
        for (offset, code) in traps {
            assert_eq!(m.trap_at(base + offset as usize), Some(code), "{offset}");
        }
        // Between entries, past the last one (inside and outside the
        // mapping) and before the code.
        for pc in [base + 1, base + 4, base + 7, base + 39, base + 41, base - 1] {
            assert_eq!(m.trap_at(pc), None, "{:#x}", pc - base);
        }
        let past_mapping = (base + 41..base + 0x10_0000).find(|pc| !m.contains(*pc));
        assert_eq!(m.trap_at(past_mapping.unwrap()), None);
        assert_eq!(module(&[]).trap_at(base), None);
    }

    #[test]
    fn frames_belong_to_the_function_whose_code_holds_the_pc() {
        let m = module(&[]);
        let base = m.code.base() as usize;
        let index = |pc| m.frame_at(pc).map(|f| f.func_index);
        assert_eq!(index(base), Some(0));
        assert_eq!(index(base + 9), Some(0));
        assert_eq!(index(base + 10), Some(1));
        assert_eq!(index(base + 40), Some(1));
        assert_eq!(index(base + 41), None);
        assert_eq!(index(base - 1), None);
    }
}
