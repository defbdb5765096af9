//! Loaded modules and their instances, and calls into them.

use crate::code_memory::CodeMemory;
use crate::limits::StoreLimits;
use brisk_codegen::CompiledModule;
use brisk_environ::vmctx::{
    FUNC_REF_CODE, FUNC_REF_TYPE_ID, FUNC_REF_VMCTX, VMCTX_LIMITS, VMOffsets,
};
use brisk_environ::{ModuleInfo, TrapCode};
use std::fmt;
use std::sync::Arc;

/// One value in the array passed to an entry trampoline: 16 bytes, so that a
/// v128 fits; scalars live in the low bytes, little-endian.
#[repr(C, align(16))]
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub struct ValRaw([u8; 16]);

impl ValRaw {
    pub fn from_u64(v: u64) -> ValRaw {
        let mut b = [0; 16];
        b[..8].copy_from_slice(&v.to_le_bytes());
        ValRaw(b)
    }

    pub fn from_i32(v: i32) -> ValRaw {
        ValRaw::from_u64(v as u32 as u64)
    }

    pub fn from_i64(v: i64) -> ValRaw {
        ValRaw::from_u64(v as u64)
    }

    pub fn get_u64(&self) -> u64 {
        u64::from_le_bytes(self.0[..8].try_into().unwrap())
    }

    pub fn get_i32(&self) -> i32 {
        self.get_u64() as u32 as i32
    }

    pub fn get_i64(&self) -> i64 {
        self.get_u64() as i64
    }
}

impl fmt::Debug for ValRaw {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ValRaw({:#x})", self.get_u64())
    }
}

/// Why an instance could not be created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuntimeError {
    /// The module needs something the runtime does not provide yet.
    Unsupported(String),
    /// Mapping executable memory failed.
    Os(String),
}

impl fmt::Display for RuntimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RuntimeError::Unsupported(what) => write!(f, "unsupported by the runtime: {what}"),
            RuntimeError::Os(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for RuntimeError {}

/// A compiled module mapped into executable memory, shareable between
/// instances and threads.
pub struct LoadedModule {
    compiled: CompiledModule,
    code: CodeMemory,
    offsets: VMOffsets,
}

impl LoadedModule {
    pub fn new(compiled: CompiledModule) -> Result<Arc<LoadedModule>, RuntimeError> {
        let code = CodeMemory::new(&compiled.image).map_err(|e| RuntimeError::Os(e.to_string()))?;
        let offsets = VMOffsets::new(&compiled.info);
        Ok(Arc::new(LoadedModule {
            compiled,
            code,
            offsets,
        }))
    }

    pub fn info(&self) -> &ModuleInfo {
        &self.compiled.info
    }

    pub fn compiled(&self) -> &CompiledModule {
        &self.compiled
    }

    fn code_at(&self, offset: u32) -> *const u8 {
        // SAFETY: offsets come from the linker and lie inside the image,
        // which the mapping covers.
        unsafe { self.code.base().add(offset as usize) }
    }
}

/// An instance: its vmctx and the module whose code it runs.
pub struct Instance {
    module: Arc<LoadedModule>,
    /// The vmctx, as 8-byte words (every field is 8-byte aligned).
    vmctx: Box<[u64]>,
}

impl Instance {
    /// Creates an instance whose vmctx points to `limits`. The caller (the
    /// store) keeps `limits` alive and in place as long as the instance.
    pub fn new(module: Arc<LoadedModule>, limits: &StoreLimits) -> Result<Instance, RuntimeError> {
        let info = module.info();
        let missing = [
            (!info.imports.is_empty(), "imports"),
            (!info.memories.is_empty(), "memories"),
            (!info.tables.is_empty(), "tables"),
            (!info.globals.is_empty(), "globals"),
            (!info.elements.is_empty(), "element segments"),
            (!info.data.is_empty(), "data segments"),
            (info.start.is_some(), "start functions"),
        ];
        if let Some((_, what)) = missing.iter().find(|(needed, _)| *needed) {
            return Err(RuntimeError::Unsupported(what.to_string()));
        }
        let offsets = module.offsets;
        let mut vmctx = vec![0u64; offsets.size().div_ceil(8) as usize].into_boxed_slice();
        let base = vmctx.as_mut_ptr() as u64;
        let word = |off: u32| (off / 8) as usize;
        vmctx[word(VMCTX_LIMITS)] = limits as *const StoreLimits as u64;
        for f in 0..info.num_defined_funcs() {
            let index = info.num_imported_funcs + f;
            let rec = offsets.func_ref(index);
            vmctx[word(rec + FUNC_REF_CODE)] =
                module.code_at(module.compiled.functions[f as usize].0) as u64;
            vmctx[word(rec + FUNC_REF_VMCTX)] = base;
            vmctx[word(rec + FUNC_REF_TYPE_ID)] = info.functions[index as usize] as u64;
        }
        Ok(Instance { module, vmctx })
    }

    pub fn module(&self) -> &Arc<LoadedModule> {
        &self.module
    }

    /// Calls function `func_index` with its parameters in `values`, which on
    /// success holds its results. `values` must have room for
    /// max(params, results) entries of the right types, and `limits` must be
    /// the block this instance was created with.
    pub fn call(
        &self,
        limits: &StoreLimits,
        max_stack: usize,
        func_index: u32,
        values: &mut [ValRaw],
    ) -> Result<(), TrapCode> {
        let info = self.module.info();
        assert!(
            func_index >= info.num_imported_funcs,
            "calling imported functions directly is not supported yet"
        );
        let type_index = info.functions[func_index as usize];
        let sig = info.type_sig(type_index);
        assert!(
            values.len() >= sig.params.len().max(sig.results.len()),
            "values array too short"
        );
        let defined = (func_index - info.num_imported_funcs) as usize;
        let code = self
            .module
            .code_at(self.module.compiled.functions[defined].0);
        let trampoline = self
            .module
            .code_at(self.module.compiled.trampolines[type_index as usize]);
        type Trampoline = unsafe extern "C" fn(*const u64, *const u8, *mut ValRaw) -> u32;
        // SAFETY: the trampoline was generated for exactly this host
        // signature (see `brisk_codegen::trampoline`).
        let trampoline: Trampoline = unsafe { std::mem::transmute(trampoline) };

        // The outermost entry sets the stack limit; nested entries (Wasm ->
        // host -> Wasm) keep it. Each entry saves the previous entry's
        // resume point and restores it afterwards, so that a trap unwinds
        // only to the innermost entry.
        let saved = (limits.entry_sp.get(), limits.resume_pc.get());
        if saved.0 == 0 {
            let marker = 0u8;
            let sp = &marker as *const u8 as usize;
            limits.stack_limit.set(sp.saturating_sub(max_stack));
        }
        // SAFETY: the vmctx was built for this module and points to
        // `limits`, which outlives the call; `values` has room for every
        // parameter and result (checked above); the code and trampoline are
        // in this module's executable mapping, alive for the call.
        let raw = unsafe { trampoline(self.vmctx.as_ptr(), code, values.as_mut_ptr()) };
        limits.entry_sp.set(saved.0);
        limits.resume_pc.set(saved.1);
        match raw {
            0 => Ok(()),
            code => {
                Err(TrapCode::from_raw(code).expect("generated code raised an unknown trap code"))
            }
        }
    }
}
