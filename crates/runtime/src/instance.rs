//! Instances: the vmctx and the memories, tables and globals an instance
//! owns or imports, built at instantiation; then initialized by applying
//! its segments (`segments.rs`) and running its start function.

mod segments;

use crate::call::call_funcref;
use crate::const_eval;
use crate::exceptions::VMTag;
use crate::limits::{StoreLimits, StoreRuntime};
use crate::loaded_module::LoadedModule;
use crate::memory::LinearMemory;
use crate::shared_memory::SharedMemory;
use crate::table::Table;
use crate::trap::{RuntimeError, Trap};
use crate::values::{VMFuncRef, VMGlobal};
use brisk_codegen::BoundsChecks;
use brisk_environ::vmctx::{VMCTX_BUILTINS, VMCTX_INSTANCE, VMCTX_LIMITS};
use brisk_environ::{ConstExpr, ElemItems, TrapCode, WasmType};
use std::cell::{Cell, RefCell};
use std::sync::Arc;

/// What an instance imports, in import order per kind, already checked
/// against the module's import types.
#[derive(Default)]
pub struct Imports {
    pub funcs: Vec<VMFuncRef>,
    pub memories: Vec<ImportedMemory>,
    pub tables: Vec<*mut Table>,
    pub globals: Vec<*const VMGlobal>,
    /// Imported tags (exceptions), each the defining instance's or store's.
    pub tags: Vec<*const VMTag>,
}

/// An imported memory: one the store owns, or a shared one (which the
/// instance keeps alive).
pub enum ImportedMemory {
    Store(*mut LinearMemory),
    Shared(SharedMemory),
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
    /// Per memory: the shared memory it is, if it is one.
    shared_memories: Vec<Option<SharedMemory>>,
    tables: Vec<*mut Table>,
    _owned_tables: Vec<Box<Table>>,
    globals: Vec<*const VMGlobal>,
    _owned_globals: Vec<Box<VMGlobal>>,
    tags: Vec<*const VMTag>,
    _owned_tags: Vec<Box<VMTag>>,
    /// Element segments' values; emptied by `elem.drop`.
    elements: Vec<RefCell<Vec<usize>>>,
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
        let offsets = module.offsets();
        // Objects the initializers allocate are in Rust collections until
        // the instance registers them as roots, below.
        let _no_gc = store.gc.no_collection();
        let vmctx = vec![0u64; offsets.size().div_ceil(8) as usize].into_boxed_slice();
        let (memories, shared_memories) = imports
            .memories
            .into_iter()
            .map(|m| match m {
                ImportedMemory::Store(p) => (p, None),
                ImportedMemory::Shared(s) => (s.as_ptr(), Some(s)),
            })
            .unzip();
        let mut inst = Box::new(Instance {
            module: module.clone(),
            vmctx,
            memories,
            _owned_memories: Vec::new(),
            shared_memories,
            tables: imports.tables,
            _owned_tables: Vec::new(),
            globals: imports.globals,
            _owned_globals: Vec::new(),
            tags: imports.tags,
            _owned_tags: Vec::new(),
            elements: Vec::new(),
            data_dropped: info.data.iter().map(|_| Cell::new(false)).collect(),
        });
        let inst_ptr: *const Instance = &*inst;
        let base = inst.vmctx.as_mut_ptr() as u64;
        let v = &mut inst.vmctx;
        v[word(VMCTX_LIMITS)] = &store.limits as *const StoreLimits as u64;
        v[word(VMCTX_BUILTINS)] = crate::builtins::table_for(module.executor()) as u64;
        v[word(VMCTX_INSTANCE)] = inst_ptr as u64;
        v[word(offsets.type_displays())] = module.code_displays() as u64;
        for (i, id) in module.type_ids().iter().enumerate() {
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
            let type_id = module.type_id(info.functions[index as usize]) as u64;
            inst.write_func_ref(
                index,
                VMFuncRef {
                    code: module.defined_func_code(f),
                    vmctx: base as *mut u8,
                    type_id,
                },
            );
        }
        // A constant expression traps only when the GC heap is full.
        let const_trap = |c: TrapCode| RuntimeError::Resource(format!("constant expression: {c}"));
        // Globals in order: an initializer may read earlier ones.
        for g in &info.globals[info.num_imported_globals as usize..] {
            let cell = Box::<VMGlobal>::default();
            cell.set_u128(inst.eval_const128(&g.init).map_err(const_trap)?);
            inst.globals.push(&*cell);
            inst._owned_globals.push(cell);
        }
        // After the globals, which a table's initializer may read.
        for (i, t) in info
            .tables
            .iter()
            .enumerate()
            .skip(info.num_imported_tables as usize)
        {
            let init = info.table_inits[i]
                .as_ref()
                .map_or(Ok(0), |e| inst.eval_const(e))
                .map_err(const_trap)? as usize;
            let mut table = Box::new(
                Table::new(*t, init)
                    .ok_or_else(|| RuntimeError::Resource("table too large".into()))?,
            );
            table.set_exact_elem_type(module.engine_ref_type(info.table_ref_types[i]));
            inst.tables.push(&mut *table);
            inst._owned_tables.push(table);
        }
        let cannot = |e| RuntimeError::Resource(format!("cannot allocate memory: {e}"));
        for m in &info.memories[info.num_imported_memories as usize..] {
            if m.shared {
                let shared =
                    SharedMemory::new(m, settings.bounds, settings.memory_pages).map_err(cannot)?;
                inst.memories.push(shared.as_ptr());
                inst.shared_memories.push(Some(shared));
            } else {
                let mut mem = Box::new(
                    LinearMemory::new(m, settings.bounds, settings.memory_pages).map_err(cannot)?,
                );
                inst.memories.push(&mut *mem);
                inst._owned_memories.push(mem);
                inst.shared_memories.push(None);
            }
        }
        for (i, p) in inst.memories.iter().enumerate() {
            // SAFETY: imported memories are owned by the store, which
            // outlives this instance, or shared ones it holds; owned ones
            // are boxed above.
            let memory = unsafe { &**p };
            inst.vmctx[word(offsets.memory_ptr(i as u32))] = memory.definition() as u64;
            #[cfg(feature = "emulator")]
            if let crate::Executor::Emulated(_) = module.executor() {
                store
                    .emulated
                    .add_memory(memory)
                    .map_err(RuntimeError::Resource)?;
            }
        }
        for (i, p) in inst.tables.iter().enumerate() {
            // SAFETY: as for memories.
            inst.vmctx[word(offsets.table_ptr(i as u32))] = unsafe { (**p).definition() } as u64;
        }
        for &t in &info.tags[inst.tags.len()..] {
            let tag = Box::new(VMTag {
                type_id: module.type_id(t),
                params: info.type_sig(t).params.clone(),
            });
            inst.tags.push(&*tag);
            inst._owned_tags.push(tag);
        }
        for (i, p) in inst.tags.iter().enumerate() {
            inst.vmctx[word(offsets.tag_ptr(i as u32))] = *p as u64;
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
                    ElemItems::Exprs(es) => es
                        .iter()
                        .map(|e| inst.eval_const(e).map(|v| v as usize))
                        .collect::<Result<_, _>>()
                        .map_err(const_trap)?,
                };
                Ok(RefCell::new(values))
            })
            .collect::<Result<_, RuntimeError>>()?;
        inst.elements = elements;
        inst.register_gc_roots(store);
        Ok(inst)
    }

    /// Registers the globals, tables and element segments of GC reference
    /// type this instance owns as the GC heap's roots.
    fn register_gc_roots(&self, store: &StoreRuntime) {
        let info = self.module.info();
        let is_gc = |ty: WasmType| ty == WasmType::AnyRef;
        for (g, cell) in info
            .globals
            .iter()
            .skip(info.num_imported_globals as usize)
            .zip(&self._owned_globals)
        {
            if is_gc(g.ty) {
                store.gc.add_root(crate::gc::RootSource::Global(&**cell));
            }
        }
        for t in &self._owned_tables {
            if is_gc(t.elem_type()) {
                store.gc.add_root(crate::gc::RootSource::Table(&**t));
            }
        }
        for (seg, values) in info.elements.iter().zip(&self.elements) {
            if is_gc(seg.ty) {
                store.gc.add_root(crate::gc::RootSource::Elements(values));
            }
        }
    }

    fn write_func_ref(&mut self, index: u32, f: VMFuncRef) {
        let off = word(self.module.offsets().func_ref(index));
        self.vmctx[off] = f.code as u64;
        self.vmctx[off + 1] = f.vmctx as u64;
        self.vmctx[off + 2] = f.type_id;
    }

    /// The funcref of function `index`: its record in this vmctx.
    pub fn func_ref(&self, index: u32) -> *const VMFuncRef {
        let off = self.module.offsets().func_ref(index) as usize;
        // SAFETY: the record lies within the vmctx allocation.
        unsafe { self.vmctx.as_ptr().cast::<u8>().add(off).cast() }
    }

    /// The value of a constant expression of one machine word at most.
    fn eval_const(&self, expr: &ConstExpr) -> Result<u64, TrapCode> {
        self.eval_const128(expr).map(|v| v as u64)
    }

    /// The value of a constant expression, all 16 bytes (a v128's); the
    /// GC objects it makes are allocated in the store's heap, a trap if
    /// it is full.
    fn eval_const128(&self, expr: &ConstExpr) -> Result<u128, TrapCode> {
        // SAFETY: `new` sets the vmctx's store pointer first.
        let store = unsafe { crate::limiter::store_of_vmctx(self.vmctx()) };
        const_eval::eval(
            expr,
            // SAFETY: global cells live as long as the store.
            |g| unsafe { (*self.globals[g as usize]).get_u128() },
            |f| self.func_ref(f) as u64,
            |t, init| const_eval::new_object(store, &self.module, t, init),
        )
    }

    pub fn module(&self) -> &Arc<LoadedModule> {
        &self.module
    }

    /// Memory `index`. Only used through `&` if it is shared.
    pub fn memory(&self, index: u32) -> *mut LinearMemory {
        self.memories[index as usize]
    }

    /// Memory `index` as a shared memory, if it is one.
    pub fn shared_memory(&self, index: u32) -> Option<&SharedMemory> {
        self.shared_memories[index as usize].as_ref()
    }

    /// The vmctx generated code runs with.
    pub fn vmctx(&self) -> *const u8 {
        self.vmctx.as_ptr().cast()
    }

    pub fn table(&self, index: u32) -> *mut Table {
        self.tables[index as usize]
    }

    pub fn global(&self, index: u32) -> *const VMGlobal {
        self.globals[index as usize]
    }

    /// Tag `index` (imported or defined); its address is its identity.
    pub fn tag(&self, index: u32) -> *const VMTag {
        self.tags[index as usize]
    }

    /// Applies active element and data segments in order, drops them and
    /// declarative ones, then runs the start function. A trap leaves earlier
    /// effects in place, as the spec says.
    pub fn initialize(&self, store: &StoreRuntime, max_stack: usize) -> Result<(), Trap> {
        self.apply_segments()?;
        let info = self.module.info();
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

/// A view of vmctx words as bytes, for its 4-byte fields.
fn bytemuck_words(words: &mut [u64]) -> &mut [u8] {
    // SAFETY: u64 has no padding and any byte pattern is a valid u64; the
    // view covers exactly the same memory and borrows it mutably.
    unsafe { std::slice::from_raw_parts_mut(words.as_mut_ptr().cast(), words.len() * 8) }
}
