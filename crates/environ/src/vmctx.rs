//! The one definition of every offset generated code uses to reach runtime
//! state. The runtime builds its structures with these offsets and the
//! compiler emits loads from them; neither hard-codes a number of its own.
//!
//! vmctx (one per instance, kept in a reserved register by Wasm code):
//!
//! ```text
//! 0                       *mut VMStoreLimits   (shared by every instance of a store)
//! 8                       *const builtins      (table of runtime function pointers)
//! 16                      *const instance      (the runtime's own, opaque to code)
//! memories                [*mut VMMemoryDefinition; num_memories]
//! tables                  [*mut VMTableDefinition; num_tables]
//! globals                 [*mut VMGlobal; num_globals]        (16-byte cells)
//! func imports            [VMFuncImport; num_imported_funcs]
//! type ids                [u32; num_types]                    (canonical, engine-wide)
//! func refs               [VMFuncRef; num_funcs]
//! tags                    [*const VMTag; num_tags]              (identity: the pointer)
//! type displays           *const TypeDisplays                  (engine-wide, for casts)
//! ```
//!
//! Memories, tables and globals are reached through a pointer to their
//! definition, owned by whichever instance (or the store) defines them, so
//! an imported one is never a stale copy.

use crate::ModuleInfo;

/// Size of a pointer on every target brisk supports.
pub const PTR: u32 = 8;

pub const VMCTX_LIMITS: u32 = 0;
pub const VMCTX_BUILTINS: u32 = 8;
pub const VMCTX_INSTANCE: u32 = 16;
const VMCTX_HEADER: u32 = 24;

/// The context a host function is called with, in place of a vmctx. It
/// starts like a vmctx (limits first) so that a trap raised on the way back
/// finds the limits block the same way.
pub const HOSTCTX_LIMITS: u32 = 0;
/// `extern "C" fn(ctx, values: *mut [u8; 16], caller_vmctx) -> u32`: runs
/// the host function with its parameters in `values`, writes its results
/// there, returns 0 or a trap code. `caller_vmctx` is the calling
/// instance's vmctx, or null when the host called the function directly.
pub const HOSTCTX_ENTRY: u32 = 8;
/// `extern "C" fn(ctx, unwind buffer) -> u32`: unwinds the exception a host
/// function threw (its entry returned `EXN_THROW_CODE`, `runtime`) from
/// the trampoline's caller, as `Builtin::ExnThrowRef` does (exceptions).
pub const HOSTCTX_UNWIND: u32 = 16;
/// What the host entry returns when the host function threw an exception.
pub const EXN_THROW_CODE: u32 = u32::MAX - 2;

/// Runtime functions generated code calls through the builtins table, with
/// the host C calling convention and the caller's vmctx as first argument.
/// Functions marked "-> trap" return 0 or a trap code. Those marked
/// "-> trap, i32" return a pair in the host ABI's two integer return
/// registers (`rax`, `rdx` on x86-64; `x0`, `x1` on AArch64): 0 or a trap
/// code, then the i32 result (zero-extended), which counts only when the
/// first is 0 ([`Builtin::result_in_second_register`]); "-> trap, word"
/// the same with a whole word ([`Builtin::returns_word`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub enum Builtin {
    /// (vmctx, memory, delta pages) -> trap, word: the old size in pages
    /// or -1, an i64 for a 64-bit memory, an i32 zero-extended for a
    /// 32-bit one; the trap is the store's limiter's error
    MemoryGrow,
    /// (vmctx, memory, dst, byte, len) -> trap
    MemoryFill,
    /// (vmctx, dst memory, src memory, dst, src, len) -> trap
    MemoryCopy,
    /// (vmctx, memory, data segment, dst, src, len) -> trap
    MemoryInit,
    /// (vmctx, data segment)
    DataDrop,
    /// (vmctx, table, init value, delta) -> trap, word: as `MemoryGrow`
    TableGrow,
    /// (vmctx, table, dst, value, len) -> trap
    TableFill,
    /// (vmctx, dst table, src table, dst, src, len) -> trap
    TableCopy,
    /// (vmctx, table, element segment, dst, src, len) -> trap
    TableInit,
    /// (vmctx, element segment)
    ElemDrop,
    /// `memory.atomic.wait32`: (vmctx, memory, effective address, expected
    /// i32, timeout ns as i64, negative for none) -> trap, i32 (0 woken,
    /// 1 not equal, 2 timed out)
    MemoryAtomicWait32,
    /// `memory.atomic.wait64`: (vmctx, memory, effective address, expected
    /// i64, timeout ns as i64, negative for none) -> trap, i32 (as for
    /// `MemoryAtomicWait32`)
    MemoryAtomicWait64,
    /// `memory.atomic.notify`: (vmctx, memory, effective address, count)
    /// -> trap, i32 (the number of waiters woken)
    MemoryAtomicNotify,
    /// (vmctx) -> trap: the slow path of an epoch check, taken when the
    /// stack limit is [`INTERRUPT_STACK_LIMIT`]: traps with `Interrupt`,
    /// or runs the store's deadline callback and returns 0 to retry.
    EpochInterrupt,
    /// (vmctx, module type index, funcref) -> trap: the slow path of an
    /// indirect call to a non-final type, taken when the callee's type id
    /// is not the expected one: traps with `IndirectCallTypeMismatch`
    /// unless the callee's type is a subtype of it.
    FuncRefSubtype,
    /// `throw`: (vmctx, tag index, unwind buffer) -> trap: makes an
    /// exception of the tag with the payload at [`UNWIND_PAYLOAD`] and
    /// unwinds (see [`UNWIND_SIZE`]).
    ExnThrow,
    /// `throw_ref`, `rethrow` and a handler that matched no catch: (vmctx,
    /// exnref, unwind buffer) -> trap (`NullReference` for null),
    /// unwinding as for `ExnThrow`.
    ExnThrowRef,
    /// A matching catch: (vmctx, exnref, destination, keep) -> the exnref
    /// as a word. Copies the payload to the destination (value i in the
    /// 16-byte cell at `destination + 16*i`); frees the exception unless
    /// `keep` (a `_ref` catch, or a legacy catch that may `rethrow` it).
    ExnCatch,
    /// `struct.new*`/`array.new*` past the inline allocation span:
    /// (vmctx, module type index, array length) -> the zeroed object's
    /// word, 0 when the GC heap is full (after collecting).
    GcAlloc,
    /// (vmctx, module type index, data segment, offset, len) -> trap,
    /// word: `array.new_data`.
    ArrayNewData,
    /// (vmctx, module type index, element segment, offset, len) -> trap,
    /// word: `array.new_elem`.
    ArrayNewElem,
    /// (vmctx, dst array, dst index, src array, src index, len) -> trap.
    ArrayCopy,
    /// (vmctx, data segment, array, dst index, src offset, len) -> trap.
    ArrayInitData,
    /// (vmctx, element segment, array, dst index, src index, len) -> trap.
    ArrayInitElem,
}

impl Builtin {
    pub const COUNT: usize = 24;

    /// Offset of this builtin's pointer in the builtins table.
    pub fn offset(self) -> u32 {
        self as u32 * PTR
    }

    /// Whether it returns a trap code to check.
    pub fn can_trap(self) -> bool {
        matches!(
            self,
            Builtin::MemoryGrow
                | Builtin::TableGrow
                | Builtin::MemoryFill
                | Builtin::MemoryCopy
                | Builtin::MemoryInit
                | Builtin::TableFill
                | Builtin::TableCopy
                | Builtin::TableInit
                | Builtin::MemoryAtomicWait32
                | Builtin::MemoryAtomicWait64
                | Builtin::MemoryAtomicNotify
                | Builtin::EpochInterrupt
                | Builtin::FuncRefSubtype
                | Builtin::ExnThrow
                | Builtin::ExnThrowRef
                | Builtin::ArrayNewData
                | Builtin::ArrayNewElem
                | Builtin::ArrayCopy
                | Builtin::ArrayInitData
                | Builtin::ArrayInitElem
        )
    }

    /// Whether it may run the GC collector (it allocates GC objects): its
    /// call site is then a safepoint with a stack map
    /// (`codegen/src/stack_map.rs`). A builtin that collects without being
    /// listed here makes the collector find no stack map and free nothing.
    pub fn may_collect(self) -> bool {
        matches!(
            self,
            Builtin::GcAlloc | Builtin::ArrayNewData | Builtin::ArrayNewElem
        )
    }

    /// Whether its result is a whole 64-bit word, already zero-extended
    /// when it is an i32 (the `grow`s, whose result is an i64 for a 64-bit
    /// memory or table; GC references); other results are i32s whose
    /// upper half the C ABI leaves undefined. With
    /// [`Self::result_in_second_register`], the second register's.
    pub fn returns_word(self) -> bool {
        matches!(
            self,
            Builtin::MemoryGrow
                | Builtin::TableGrow
                | Builtin::ExnCatch
                | Builtin::GcAlloc
                | Builtin::ArrayNewData
                | Builtin::ArrayNewElem
        )
    }

    /// Whether it returns its result in the second return register, after
    /// the trap status in the first ("-> trap, i32" and "-> trap, word").
    pub fn result_in_second_register(self) -> bool {
        matches!(
            self,
            Builtin::MemoryGrow
                | Builtin::TableGrow
                | Builtin::MemoryAtomicWait32
                | Builtin::MemoryAtomicWait64
                | Builtin::MemoryAtomicNotify
                | Builtin::ArrayNewData
                | Builtin::ArrayNewElem
        )
    }
}

/// `VMStoreLimits`: one per store. `stack_limit` is the lowest stack address
/// Wasm code may use, set at each outermost entry. `entry_sp` and
/// `resume_pc` belong to the innermost entry trampoline: raising a trap sets
/// the stack pointer to `entry_sp` and jumps to `resume_pc` with the trap
/// code in the return register.
pub const LIMITS_STACK_LIMIT: u32 = 0;
pub const LIMITS_ENTRY_SP: u32 = 8;
pub const LIMITS_RESUME_PC: u32 = 16;
/// Fuel metering: the fuel consumed so far minus the fuel the store was
/// given, an i64 (negative while fuel remains). x86-64 code keeps it in a
/// register while it runs (`codegen/src/interrupt.rs`), adds each block's
/// operator count and traps with `OutOfFuel` when it is positive at a
/// function entry or loop header.
pub const LIMITS_FUEL_CONSUMED: u32 = 24;
/// The GC heap's allocation span (`runtime/src/gc`): objects are bumped
/// from `gc_next` while they end at or below `gc_end`; past it, the
/// allocation builtin finds another span (or collects).
pub const LIMITS_GC_NEXT: u32 = 32;
pub const LIMITS_GC_END: u32 = 40;
/// The exit record of the innermost Wasm frame that called out of Wasm
/// code (a builtin or a host function): its frame pointer and the return
/// address of that call, written by the call sequence. The collector walks
/// the Wasm frames from there (`runtime/src/gc/stack_roots.rs`); each entry
/// from the host saves the record and clears it.
pub const LIMITS_EXIT_FP: u32 = 48;
pub const LIMITS_EXIT_PC: u32 = 56;
pub const LIMITS_SIZE: u32 = 64;

/// The stack limit of a store whose epoch deadline has passed (epoch
/// interruption): above any stack pointer, so the next stack check (each
/// function entry; each loop header when epochs are on) fails and its slow
/// path finds this value; and below 2^64 by more than any frame, so that
/// adding a frame size to it does not wrap. Its sign bit tells it from a
/// real limit.
pub const INTERRUPT_STACK_LIMIT: u64 = 1 << 63;

/// The unwind buffer a throw passes to `ExnThrow`/`ExnThrowRef`, at the
/// stack pointer of the throwing code (x86-64). The code fills in the
/// local registers (rbx, r12, r13), its frame pointer and a code address
/// inside the throw's handler region; the unwinder replaces the registers
/// and the frame pointer with the handler frame's, writes its stack
/// pointer, landing pad, the exnref and its tag, and the code jumps there.
pub const UNWIND_LOCAL_REGS: u32 = 0;
pub const UNWIND_FP: u32 = 24;
pub const UNWIND_SP: u32 = 32;
pub const UNWIND_PC: u32 = 40;
pub const UNWIND_EXN: u32 = 48;
pub const UNWIND_TAG: u32 = 56;
/// `ExnThrow`'s payload: value i in the 16-byte cell at
/// `UNWIND_PAYLOAD + 16*i`.
pub const UNWIND_PAYLOAD: u32 = 64;
/// The buffer without payload.
pub const UNWIND_SIZE: u32 = 64;

/// `VMMemoryDefinition`: base address and current length in bytes.
pub const MEMORY_BASE: u32 = 0;
pub const MEMORY_LENGTH: u32 = 8;
/// `VMTableDefinition`: base of an array of one-word elements, and length in elements.
pub const TABLE_BASE: u32 = 0;
pub const TABLE_LENGTH: u32 = 8;

/// The engine's supertype displays as code reads them
/// (`runtime/src/type_display.rs`): the number of registered type ids (a
/// `u32`), then a pointer to an array of that many record pointers, by
/// engine type id. Both only grow; a record never changes once its id is
/// counted. A record is `u32`s: the type's kind (`DISPLAY_KIND_*`), the
/// length of its display (depth + 1), then the display, root first and
/// the type's own id last, padded with [`DISPLAY_PAD`] to at least
/// [`DISPLAY_MIN_IDS`] ids, so a cast to a type of depth below that reads
/// its slot without comparing the length.
pub const TYPE_DISPLAYS_LEN: u32 = 0;
pub const TYPE_DISPLAYS_ENTRIES: u32 = 8;
pub const DISPLAY_KIND: u32 = 0;
pub const DISPLAY_LEN: u32 = 4;
pub const DISPLAY_IDS: u32 = 8;
pub const DISPLAY_MIN_IDS: u32 = 4;
/// The padding of a short display: no type's id.
pub const DISPLAY_PAD: u32 = u32::MAX;
pub const DISPLAY_KIND_FUNC: u32 = 0;
pub const DISPLAY_KIND_STRUCT: u32 = 1;
pub const DISPLAY_KIND_ARRAY: u32 = 2;

/// `VMFuncImport`: code pointer and the vmctx to call it with.
pub const FUNC_IMPORT_CODE: u32 = 0;
pub const FUNC_IMPORT_VMCTX: u32 = 8;
pub const FUNC_IMPORT_SIZE: u32 = 16;

/// `VMFuncRef`: what a funcref points to.
pub const FUNC_REF_CODE: u32 = 0;
pub const FUNC_REF_VMCTX: u32 = 8;
pub const FUNC_REF_TYPE_ID: u32 = 16;
pub const FUNC_REF_SIZE: u32 = 24;

/// The offsets of one module's vmctx.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VMOffsets {
    pub num_memories: u32,
    pub num_tables: u32,
    pub num_globals: u32,
    pub num_imported_funcs: u32,
    pub num_types: u32,
    pub num_funcs: u32,
    pub num_tags: u32,
}

impl VMOffsets {
    pub fn new(module: &ModuleInfo) -> Self {
        VMOffsets {
            num_memories: module.memories.len() as u32,
            num_tables: module.tables.len() as u32,
            num_globals: module.globals.len() as u32,
            num_imported_funcs: module.num_imported_funcs,
            num_types: module.types.len() as u32,
            num_funcs: module.functions.len() as u32,
            num_tags: module.tags.len() as u32,
        }
    }

    fn memories_start(&self) -> u32 {
        VMCTX_HEADER
    }
    fn tables_start(&self) -> u32 {
        self.memories_start() + self.num_memories * PTR
    }
    fn globals_start(&self) -> u32 {
        self.tables_start() + self.num_tables * PTR
    }
    fn func_imports_start(&self) -> u32 {
        self.globals_start() + self.num_globals * PTR
    }
    fn type_ids_start(&self) -> u32 {
        self.func_imports_start() + self.num_imported_funcs * FUNC_IMPORT_SIZE
    }
    fn func_refs_start(&self) -> u32 {
        (self.type_ids_start() + self.num_types * 4).next_multiple_of(PTR)
    }

    /// Offset of the pointer to memory `index`'s definition.
    pub fn memory_ptr(&self, index: u32) -> u32 {
        debug_assert!(index < self.num_memories);
        self.memories_start() + index * PTR
    }
    /// Offset of the pointer to table `index`'s definition.
    pub fn table_ptr(&self, index: u32) -> u32 {
        debug_assert!(index < self.num_tables);
        self.tables_start() + index * PTR
    }
    /// Offset of the pointer to global `index`'s cell.
    pub fn global_ptr(&self, index: u32) -> u32 {
        debug_assert!(index < self.num_globals);
        self.globals_start() + index * PTR
    }
    /// Offset of imported function `index`'s `VMFuncImport`.
    pub fn func_import(&self, index: u32) -> u32 {
        debug_assert!(index < self.num_imported_funcs);
        self.func_imports_start() + index * FUNC_IMPORT_SIZE
    }
    /// Offset of the canonical type id of module type `index`.
    pub fn type_id(&self, index: u32) -> u32 {
        debug_assert!(index < self.num_types);
        self.type_ids_start() + index * 4
    }
    /// Offset of function `index`'s `VMFuncRef`.
    pub fn func_ref(&self, index: u32) -> u32 {
        debug_assert!(index < self.num_funcs);
        self.func_refs_start() + index * FUNC_REF_SIZE
    }
    fn tags_start(&self) -> u32 {
        self.func_refs_start() + self.num_funcs * FUNC_REF_SIZE
    }
    /// Offset of the pointer to tag `index` (exceptions): defined and
    /// imported tags alike point at the defining instance's tag, whose
    /// address is its identity.
    pub fn tag_ptr(&self, index: u32) -> u32 {
        debug_assert!(index < self.num_tags);
        self.tags_start() + index * PTR
    }
    /// Offset of the pointer to the engine's type displays (see
    /// [`TYPE_DISPLAYS_LEN`]), which GC casts read.
    pub fn type_displays(&self) -> u32 {
        self.tags_start() + self.num_tags * PTR
    }
    /// Total size of the vmctx in bytes.
    pub fn size(&self) -> u32 {
        self.type_displays() + PTR
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_do_not_overlap_and_are_aligned() {
        let o = VMOffsets {
            num_memories: 2,
            num_tables: 3,
            num_globals: 4,
            num_imported_funcs: 5,
            num_types: 3,
            num_funcs: 7,
            num_tags: 2,
        };
        assert_eq!(o.memory_ptr(0), 24);
        assert_eq!(o.table_ptr(0), o.memory_ptr(1) + 8);
        assert_eq!(o.global_ptr(0), o.table_ptr(2) + 8);
        assert_eq!(o.func_import(0), o.global_ptr(3) + 8);
        assert_eq!(o.type_id(0), o.func_import(4) + 16);
        assert!(o.func_ref(0) >= o.type_id(2) + 4);
        assert_eq!(o.func_ref(0) % 8, 0);
        assert_eq!(o.tag_ptr(0), o.func_ref(6) + FUNC_REF_SIZE);
        assert_eq!(o.type_displays(), o.tag_ptr(1) + PTR);
        assert_eq!(o.size(), o.type_displays() + PTR);
    }
}
