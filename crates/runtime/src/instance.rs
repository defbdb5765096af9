//! Loaded modules, their instances (vmctx, memories, tables, globals,
//! segments), instantiation, and calls from the host into Wasm.

use crate::code_memory::CodeMemory;
use crate::engine::EngineRuntime;
use crate::host::{HostError, HostTrap, take_pending};
use crate::limits::{StoreLimits, StoreRuntime};
use crate::memory::LinearMemory;
use crate::table::Table;
use brisk_codegen::{BoundsChecks, CompiledModule};
use brisk_environ::vmctx::{VMCTX_BUILTINS, VMCTX_INSTANCE, VMCTX_LIMITS, VMOffsets};
use brisk_environ::{ConstExpr, ConstOp, DataKind, ElemItems, ElemKind, ModuleInfo, TrapCode};
use std::cell::Cell;
use std::fmt;
use std::sync::Arc;

/// The raw code an entry sees when a host function stopped abnormally.
pub const HOST_TRAP_CODE: u32 = u32::MAX;

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

    pub fn get_u32(&self) -> u32 {
        self.get_u64() as u32
    }

    pub fn get_i32(&self) -> i32 {
        self.get_u32() as i32
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

/// What a funcref points to: the code, the vmctx to run it with, and the
/// canonical type id (laid out as `FUNC_REF_*` in `brisk_environ::vmctx`).
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct VMFuncRef {
    pub code: *const u8,
    pub vmctx: *mut u8,
    pub type_id: u64,
}

const _: () = {
    use brisk_environ::vmctx::{FUNC_REF_CODE, FUNC_REF_SIZE, FUNC_REF_TYPE_ID, FUNC_REF_VMCTX};
    assert!(std::mem::offset_of!(VMFuncRef, code) == FUNC_REF_CODE as usize);
    assert!(std::mem::offset_of!(VMFuncRef, vmctx) == FUNC_REF_VMCTX as usize);
    assert!(std::mem::offset_of!(VMFuncRef, type_id) == FUNC_REF_TYPE_ID as usize);
    assert!(std::mem::size_of::<VMFuncRef>() == FUNC_REF_SIZE as usize);
};

/// A global's 16-byte cell.
#[repr(C, align(16))]
#[derive(Debug, Default)]
pub struct VMGlobal(Cell<[u8; 16]>);

impl VMGlobal {
    pub fn new(bits: u64) -> VMGlobal {
        let g = VMGlobal::default();
        g.set(bits);
        g
    }

    pub fn get(&self) -> u64 {
        u64::from_le_bytes(self.0.get()[..8].try_into().unwrap())
    }

    pub fn set(&self, bits: u64) {
        let mut b = [0; 16];
        b[..8].copy_from_slice(&bits.to_le_bytes());
        self.0.set(b);
    }
}

/// One Wasm frame of a trap's backtrace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WasmFrame {
    pub func_index: u32,
    /// The function's name (name section, else export name), if it has one.
    pub func_name: Option<String>,
}

/// Why a call or an instantiation stopped.
pub enum Trap {
    /// Wasm code trapped; the frames are innermost first.
    Wasm(TrapCode, Vec<WasmFrame>),
    Host(HostError),
}

impl fmt::Debug for Trap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Trap::Wasm(c, frames) => write!(f, "Wasm({c:?}, {frames:?})"),
            Trap::Host(e) => write!(f, "Host({e})"),
        }
    }
}

/// Why an instance could not be created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuntimeError {
    /// The module needs something the runtime does not provide yet.
    Unsupported(String),
    /// A resource could not be allocated.
    Resource(String),
}

impl fmt::Display for RuntimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RuntimeError::Unsupported(what) => write!(f, "unsupported by the runtime: {what}"),
            RuntimeError::Resource(e) => write!(f, "{e}"),
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
    /// Engine-wide type id per module type.
    type_ids: Vec<u32>,
    /// Entry trampoline per module type (`None` for struct and array types).
    entries: Vec<Option<Arc<CodeMemory>>>,
}

impl LoadedModule {
    pub fn new(
        compiled: CompiledModule,
        engine: &EngineRuntime,
    ) -> Result<Arc<LoadedModule>, RuntimeError> {
        let code =
            CodeMemory::new(&compiled.image).map_err(|e| RuntimeError::Resource(e.to_string()))?;
        let offsets = VMOffsets::new(&compiled.info);
        let type_ids = engine.register_types(&compiled.info);
        let entries = compiled
            .info
            .types
            .iter()
            .map(|t| t.func_sig().map(|sig| engine.entry_trampoline(sig)))
            .collect();
        if std::env::var_os("BRISK_PERF_MAP").is_some() {
            write_perf_map(&compiled, code.base());
        }
        Ok(Arc::new(LoadedModule {
            compiled,
            code,
            offsets,
            type_ids,
            entries,
        }))
    }

    pub fn info(&self) -> &ModuleInfo {
        &self.compiled.info
    }

    pub fn compiled(&self) -> &CompiledModule {
        &self.compiled
    }

    pub fn type_id(&self, type_index: u32) -> u32 {
        self.type_ids[type_index as usize]
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

    /// Whether `pc` is in this module's code.
    pub fn contains(&self, pc: usize) -> bool {
        self.code.contains(pc)
    }

    /// The frame of the function whose code contains `pc`, if any.
    pub(crate) fn frame_at(&self, pc: usize) -> Option<WasmFrame> {
        let offset = pc.checked_sub(self.code.base() as usize)? as u32;
        let defined = self
            .compiled
            .functions
            .iter()
            .position(|&(start, len)| (start..start + len).contains(&offset))?;
        let info = self.info();
        let func_index = info.num_imported_funcs + defined as u32;
        let func_name = info.func_name(func_index).map(str::to_string);
        Some(WasmFrame {
            func_index,
            func_name,
        })
    }

    fn code_at(&self, offset: u32) -> *const u8 {
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

/// What an instance imports, in import order per kind, already checked
/// against the module's import types.
#[derive(Default)]
pub struct Imports {
    pub funcs: Vec<VMFuncRef>,
    pub memories: Vec<*mut LinearMemory>,
    pub tables: Vec<*mut Table>,
    pub globals: Vec<*const VMGlobal>,
}

/// Settings for creating instances.
#[derive(Debug, Clone, Copy)]
pub struct InstanceLimits {
    pub bounds: BoundsChecks,
    /// The most pages any memory may grow to.
    pub memory_pages: u64,
}

/// An instance: its vmctx and the state it owns. Entities it imports are
/// owned elsewhere in the same store, which outlives it. Owned entities are
/// boxed so that the pointers in the vmctx stay valid.
#[allow(clippy::vec_box)]
pub struct Instance {
    module: Arc<LoadedModule>,
    /// The vmctx, as 8-byte words (every field is 8-byte aligned).
    vmctx: Box<[u64]>,
    memories: Vec<*mut LinearMemory>,
    _owned_memories: Vec<Box<LinearMemory>>,
    tables: Vec<*mut Table>,
    _owned_tables: Vec<Box<Table>>,
    globals: Vec<*const VMGlobal>,
    _owned_globals: Vec<Box<VMGlobal>>,
    /// Element segments' values; emptied by `elem.drop`.
    elements: Vec<std::cell::RefCell<Vec<usize>>>,
    /// Whether each data segment has been dropped.
    data_dropped: Vec<Cell<bool>>,
}

fn word(offset: u32) -> usize {
    (offset / 8) as usize
}

impl Instance {
    /// Creates an instance whose vmctx points to the store's limits block, builds its
    /// globals, tables and memories, and evaluates its element segments.
    /// Segments are applied and the start function run by [`Instance::initialize`].
    pub fn new(
        module: Arc<LoadedModule>,
        store: &StoreRuntime,
        imports: Imports,
        settings: InstanceLimits,
    ) -> Result<Box<Instance>, RuntimeError> {
        let info = module.info();
        let offsets = module.offsets;
        let vmctx = vec![0u64; offsets.size().div_ceil(8) as usize].into_boxed_slice();
        let mut inst = Box::new(Instance {
            module: module.clone(),
            vmctx,
            memories: imports.memories,
            _owned_memories: Vec::new(),
            tables: imports.tables,
            _owned_tables: Vec::new(),
            globals: imports.globals,
            _owned_globals: Vec::new(),
            elements: Vec::new(),
            data_dropped: info.data.iter().map(|_| Cell::new(false)).collect(),
        });
        let inst_ptr: *const Instance = &*inst;
        let base = inst.vmctx.as_mut_ptr() as u64;
        let v = &mut inst.vmctx;
        v[word(VMCTX_LIMITS)] = &store.limits as *const StoreLimits as u64;
        v[word(VMCTX_BUILTINS)] = crate::builtins::TABLE.as_ptr() as u64;
        v[word(VMCTX_INSTANCE)] = inst_ptr as u64;
        for (i, id) in module.type_ids.iter().enumerate() {
            let off = offsets.type_id(i as u32) as usize;
            // Type ids are 4-byte fields: write through a byte view.
            let bytes: &mut [u8] = bytemuck_words(v);
            bytes[off..off + 4].copy_from_slice(&id.to_le_bytes());
        }
        for (i, f) in imports.funcs.iter().enumerate() {
            let off = offsets.func_import(i as u32);
            inst.vmctx[word(off)] = f.code as u64;
            inst.vmctx[word(off) + 1] = f.vmctx as u64;
            inst.write_func_ref(i as u32, *f);
        }
        for f in 0..info.num_defined_funcs() {
            let index = info.num_imported_funcs + f;
            let code = module.code_at(module.compiled.functions[f as usize].0);
            let type_id = module.type_id(info.functions[index as usize]) as u64;
            inst.write_func_ref(
                index,
                VMFuncRef {
                    code,
                    vmctx: base as *mut u8,
                    type_id,
                },
            );
        }
        // Globals in order: an initializer may read earlier ones.
        for g in &info.globals[info.num_imported_globals as usize..] {
            let value = inst.eval_const(&g.init);
            let cell = Box::new(VMGlobal::new(value));
            inst.globals.push(&*cell);
            inst._owned_globals.push(cell);
        }
        for t in &info.tables[info.num_imported_tables as usize..] {
            let mut table = Box::new(
                Table::new(*t, 0)
                    .ok_or_else(|| RuntimeError::Resource("table too large".into()))?,
            );
            inst.tables.push(&mut *table);
            inst._owned_tables.push(table);
        }
        for m in &info.memories[info.num_imported_memories as usize..] {
            let mut mem = Box::new(
                LinearMemory::new(m, settings.bounds, settings.memory_pages)
                    .map_err(|e| RuntimeError::Resource(format!("cannot allocate memory: {e}")))?,
            );
            inst.memories.push(&mut *mem);
            inst._owned_memories.push(mem);
        }
        for (i, p) in inst.memories.iter().enumerate() {
            // SAFETY: imported memories are owned by the store, which
            // outlives this instance; owned ones are boxed above.
            inst.vmctx[word(offsets.memory_ptr(i as u32))] = unsafe { (**p).definition() } as u64;
        }
        for (i, p) in inst.tables.iter().enumerate() {
            // SAFETY: as for memories.
            inst.vmctx[word(offsets.table_ptr(i as u32))] = unsafe { (**p).definition() } as u64;
        }
        for (i, p) in inst.globals.iter().enumerate() {
            inst.vmctx[word(offsets.global_ptr(i as u32))] = *p as u64;
        }
        let elements = info
            .elements
            .iter()
            .map(|seg| {
                let values = match &seg.items {
                    ElemItems::Functions(fs) => {
                        fs.iter().map(|f| inst.func_ref(*f) as usize).collect()
                    }
                    ElemItems::Exprs(es) => {
                        es.iter().map(|e| inst.eval_const(e) as usize).collect()
                    }
                };
                std::cell::RefCell::new(values)
            })
            .collect();
        inst.elements = elements;
        Ok(inst)
    }

    fn write_func_ref(&mut self, index: u32, f: VMFuncRef) {
        let off = word(self.module.offsets.func_ref(index));
        self.vmctx[off] = f.code as u64;
        self.vmctx[off + 1] = f.vmctx as u64;
        self.vmctx[off + 2] = f.type_id;
    }

    /// The funcref of function `index`: its record in this vmctx.
    pub fn func_ref(&self, index: u32) -> *const VMFuncRef {
        let off = self.module.offsets.func_ref(index) as usize;
        // SAFETY: the record lies within the vmctx allocation.
        unsafe { self.vmctx.as_ptr().cast::<u8>().add(off).cast() }
    }

    fn eval_const(&self, expr: &ConstExpr) -> u64 {
        let mut stack: Vec<u64> = Vec::with_capacity(4);
        for op in &expr.ops {
            let v = match *op {
                ConstOp::I32(v) => v as u32 as u64,
                ConstOp::I64(v) => v as u64,
                ConstOp::F32(b) => b as u64,
                ConstOp::F64(b) => b,
                // SAFETY: global cells live as long as the store.
                ConstOp::GlobalGet(g) => unsafe { (*self.globals[g as usize]).get() },
                ConstOp::RefNull(_) => 0,
                ConstOp::RefFunc(f) => self.func_ref(f) as u64,
                ConstOp::I32Add | ConstOp::I32Sub | ConstOp::I32Mul => {
                    let (b, a) = (stack.pop().unwrap() as u32, stack.pop().unwrap() as u32);
                    (match op {
                        ConstOp::I32Add => a.wrapping_add(b),
                        ConstOp::I32Sub => a.wrapping_sub(b),
                        _ => a.wrapping_mul(b),
                    }) as u64
                }
                ConstOp::I64Add | ConstOp::I64Sub | ConstOp::I64Mul => {
                    let (b, a) = (stack.pop().unwrap(), stack.pop().unwrap());
                    match op {
                        ConstOp::I64Add => a.wrapping_add(b),
                        ConstOp::I64Sub => a.wrapping_sub(b),
                        _ => a.wrapping_mul(b),
                    }
                }
            };
            stack.push(v);
        }
        stack.pop().expect("validated constant expression")
    }

    pub fn module(&self) -> &Arc<LoadedModule> {
        &self.module
    }

    pub fn memory(&self, index: u32) -> *mut LinearMemory {
        self.memories[index as usize]
    }

    pub fn table(&self, index: u32) -> *mut Table {
        self.tables[index as usize]
    }

    pub fn global(&self, index: u32) -> *const VMGlobal {
        self.globals[index as usize]
    }

    /// Applies active element and data segments in order, drops them and
    /// declarative ones, then runs the start function. A trap leaves earlier
    /// effects in place, as the spec says.
    pub fn initialize(&self, store: &StoreRuntime, max_stack: usize) -> Result<(), Trap> {
        let info = self.module.info();
        for (i, seg) in info.elements.iter().enumerate() {
            match &seg.kind {
                ElemKind::Active { table, offset } => {
                    let dst = self.eval_const(offset);
                    let len = self.elements[i].borrow().len() as u64;
                    self.table_init(*table, i as u32, dst, 0, len)
                        .map_err(|c| Trap::Wasm(c, Vec::new()))?;
                    self.elem_drop(i as u32);
                }
                ElemKind::Declared => self.elem_drop(i as u32),
                ElemKind::Passive => {}
            }
        }
        for (i, seg) in info.data.iter().enumerate() {
            if let DataKind::Active { memory, offset } = &seg.kind {
                let dst = self.eval_const(offset);
                self.memory_init(*memory, i as u32, dst, 0, seg.bytes.len() as u64)
                    .map_err(|c| Trap::Wasm(c, Vec::new()))?;
                self.data_drop(i as u32);
            }
        }
        if let Some(start) = info.start {
            let f = self.func_ref(start);
            // SAFETY: the record is in this instance's vmctx.
            let type_id = unsafe { (*f).type_id } as u32;
            let entry = self.module.entry(info.functions[start as usize]).clone();
            debug_assert_eq!(type_id, self.module.type_id(info.functions[start as usize]));
            // SAFETY: `f` is a valid funcref of the entry's type.
            unsafe { call_funcref(store, max_stack, &entry, f, &mut [])? };
        }
        Ok(())
    }

    /// Calls function `func_index` of this instance with its parameters in
    /// `values`, which on success holds its results.
    pub fn call(
        &self,
        store: &StoreRuntime,
        max_stack: usize,
        func_index: u32,
        values: &mut [ValRaw],
    ) -> Result<(), Trap> {
        let info = self.module.info();
        let type_index = info.functions[func_index as usize];
        let sig = info.type_sig(type_index);
        assert!(
            values.len() >= sig.params.len().max(sig.results.len()),
            "values array too short"
        );
        let entry = self.module.entry(type_index);
        // SAFETY: the funcref is this instance's record for the function,
        // whose type the entry trampoline was generated for; `values` is
        // large enough (checked above).
        unsafe { call_funcref(store, max_stack, entry, self.func_ref(func_index), values) }
    }

    // ---- operations behind builtins and instantiation ----------------------

    pub(crate) fn memory_init(
        &self,
        mem: u32,
        seg: u32,
        dst: u64,
        src: u64,
        len: u64,
    ) -> Result<(), TrapCode> {
        let bytes: &[u8] = if self.data_dropped[seg as usize].get() {
            &[]
        } else {
            &self.module.info().data[seg as usize].bytes
        };
        // SAFETY: memories live as long as the store; no other reference to
        // this one is live while Wasm code or instantiation runs.
        let memory = unsafe { (*self.memory(mem)).data_mut() };
        let src_range = range(src, len, bytes.len())?;
        let dst_range = range(dst, len, memory.len())?;
        memory[dst_range].copy_from_slice(&bytes[src_range]);
        Ok(())
    }

    pub(crate) fn data_drop(&self, seg: u32) {
        self.data_dropped[seg as usize].set(true);
    }

    pub(crate) fn table_init(
        &self,
        table: u32,
        seg: u32,
        dst: u64,
        src: u64,
        len: u64,
    ) -> Result<(), TrapCode> {
        let values = self.elements[seg as usize].borrow();
        // SAFETY: as for memories in `memory_init`.
        let table = unsafe { &mut *self.table(table) };
        let src_range = range(src, len, values.len()).map_err(|_| TrapCode::TableOutOfBounds)?;
        let dst = table
            .range_mut(dst, len)
            .ok_or(TrapCode::TableOutOfBounds)?;
        dst.copy_from_slice(&values[src_range]);
        Ok(())
    }

    pub(crate) fn elem_drop(&self, seg: u32) {
        self.elements[seg as usize].borrow_mut().clear();
    }

    pub(crate) fn memory_grow(&self, mem: u32, delta: u64) -> u32 {
        // SAFETY: as for memories in `memory_init`.
        let memory = unsafe { &mut *self.memory(mem) };
        memory.grow(delta).map_or(u32::MAX, |old| old as u32)
    }
}

/// The instance a vmctx belongs to.
///
/// # Safety
/// `vmctx` must be the vmctx of a live instance.
pub unsafe fn instance_of_vmctx<'a>(vmctx: *const u8) -> &'a Instance {
    // SAFETY: the vmctx header holds the instance pointer (set at creation),
    // and the caller guarantees the instance is alive.
    unsafe { &**vmctx.add(VMCTX_INSTANCE as usize).cast::<*const Instance>() }
}

/// The range `[start, start + len)` if it lies within `limit`, else the
/// memory out-of-bounds trap.
pub(crate) fn range(
    start: u64,
    len: u64,
    limit: usize,
) -> Result<std::ops::Range<usize>, TrapCode> {
    let end = start.checked_add(len).ok_or(TrapCode::MemoryOutOfBounds)?;
    if end > limit as u64 {
        return Err(TrapCode::MemoryOutOfBounds);
    }
    Ok(start as usize..end as usize)
}

/// A view of vmctx words as bytes, for its 4-byte fields.
fn bytemuck_words(words: &mut [u64]) -> &mut [u8] {
    // SAFETY: u64 has no padding and any byte pattern is a valid u64; the
    // view covers exactly the same memory and borrows it mutably.
    unsafe { std::slice::from_raw_parts_mut(words.as_mut_ptr().cast(), words.len() * 8) }
}

/// Calls the function `funcref` points to through `entry`, its type's entry
/// trampoline, with parameters and results in `values`.
///
/// # Safety
/// `funcref` must be a live funcref whose type is the one `entry` was
/// generated for, `values` must have room for its parameters and results,
/// and `store` must be the store its vmctx (or host context) belongs to.
pub unsafe fn call_funcref(
    store: &StoreRuntime,
    max_stack: usize,
    entry: &CodeMemory,
    funcref: *const VMFuncRef,
    values: &mut [ValRaw],
) -> Result<(), Trap> {
    type Entry = unsafe extern "C" fn(*mut u8, *const u8, *mut ValRaw) -> u32;
    // SAFETY: entry trampolines have this host signature (see
    // `brisk_codegen::trampoline::array_call_trampoline`).
    let entry: Entry = unsafe { std::mem::transmute(entry.base()) };
    // SAFETY: the caller guarantees `funcref` is live.
    let f = unsafe { *funcref };

    // The outermost entry sets the stack limit; nested entries (Wasm -> host
    // -> Wasm) keep it. Each entry saves the previous entry's resume point
    // and restores it afterwards, so that a trap unwinds only to the
    // innermost entry.
    let limits = &store.limits;
    let saved = (limits.entry_sp.get(), limits.resume_pc.get());
    if saved.0 == 0 {
        let marker = 0u8;
        let sp = &marker as *const u8 as usize;
        limits.stack_limit.set(sp.saturating_sub(max_stack));
    }
    let activation = crate::signals::Activation::enter(store);
    // SAFETY: the caller's guarantees are exactly the trampoline's
    // requirements; the code stays mapped because its module is alive.
    let raw = unsafe { entry(f.vmctx, f.code, values.as_mut_ptr()) };
    drop(activation);
    limits.entry_sp.set(saved.0);
    limits.resume_pc.set(saved.1);
    match raw {
        0 => Ok(()),
        HOST_TRAP_CODE => match take_pending().expect("a host trap is pending") {
            HostTrap::Error(e) => Err(Trap::Host(e)),
            HostTrap::Panic(p) => std::panic::resume_unwind(p),
        },
        code => {
            let code =
                TrapCode::from_raw(code).expect("generated code raised an unknown trap code");
            Err(Trap::Wasm(code, store.take_backtrace()))
        }
    }
}
