//! Exceptions at run time: tags, the store's exception heap, and the
//! unwinder behind the `ExnThrow`/`ExnThrowRef`/`ExnCatch` builtins (see
//! `codegen/src/exceptions.rs` for the code side).
//!
//! **Tags.** A [`VMTag`] is boxed by the instance (or store) that defines
//! it; its address is its identity, which every importer's vmctx holds.
//!
//! **Exception objects** live in the store's [`ExnHeap`]; an exnref is a
//! handle (slot index + 1; 0 is null). Memory stays bounded for code that
//! throws and catches without keeping references: a `catch` or
//! `catch_all` clause (and a legacy catch that no `rethrow` names) frees
//! the exception it copies out, and an exception that reaches the host is
//! freed once the host has read it. An exception exposed as an exnref
//! value (`catch_ref`, `catch_all_ref`, a legacy catch with `rethrow`) is
//! marked kept and lives as long as the store: it may sit in a local, a
//! global or a table, and without a GC (stack maps, barriers) nothing can
//! tell when the last copy is gone. Freed slots are reused.
//!
//! **Unwinding.** The throwing code passes an unwind buffer
//! (`vmctx::UNWIND_*`): its local registers, frame pointer and a code
//! address inside its handler region. [`unwind`] follows the frame-pointer
//! chain: a frame whose code address lies in a handler region
//! ([`UnwindInfo::landing_at`](brisk_codegen::exceptions::UnwindInfo::landing_at)) is the target, and its frame pointer, stack
//! pointer (`fp - frame_bytes`), landing pad, the exnref and the tag go
//! back into the buffer for the code to jump to; a frame without one is
//! skipped, restoring each local register it had saved from its save slot
//! (so the target sees the values the skipped frames' epilogues would have
//! restored). A return address outside the store's Wasm code is an entry
//! trampoline's: the exception becomes the host's (the builtin returns
//! [`EXN_UNCAUGHT_CODE`], raised like a host trap, and the entry reports
//! [`crate::Trap::Exception`]). No Rust frame is skipped: the unwinder
//! returns normally, and only generated frames are abandoned.

use crate::instance::instance_of_vmctx;
use crate::limits::StoreRuntime;
use crate::values::ValRaw;
use brisk_environ::vmctx::{
    UNWIND_EXN, UNWIND_FP, UNWIND_LOCAL_REGS, UNWIND_PAYLOAD, UNWIND_PC, UNWIND_SP, UNWIND_TAG,
    VMCTX_LIMITS,
};
use brisk_environ::{TrapCode, WasmType};
use std::cell::RefCell;

/// The raw code an entry sees when an exception reached it uncaught.
pub const EXN_UNCAUGHT_CODE: u32 = u32::MAX - 1;

/// The error a host function returns to throw exception `.0` (an exnref
/// of its store's heap) into its Wasm caller.
#[derive(Debug)]
pub struct HostThrow(pub u32);

impl std::fmt::Display for HostThrow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "exception {} thrown by a host function", self.0)
    }
}

impl std::error::Error for HostThrow {}

/// An exception tag. Its address is its identity.
#[derive(Debug)]
pub struct VMTag {
    /// The engine-wide id of the tag's function type (import checks).
    pub type_id: u32,
    /// The payload's types.
    pub params: Vec<WasmType>,
}

/// One exception: its tag and payload.
#[derive(Debug, Clone)]
pub struct Exception {
    pub tag: *const VMTag,
    pub payload: Vec<ValRaw>,
}

#[derive(Debug)]
struct Object {
    exn: Exception,
    /// Exposed as an exnref value: never freed while the store lives.
    kept: bool,
}

#[derive(Debug, Default)]
struct Heap {
    slots: Vec<Option<Object>>,
    free: Vec<u32>,
    /// The exnref of the exception that last reached an entry uncaught.
    pending: Option<u32>,
}

/// The store's exceptions (see the module documentation).
#[derive(Debug, Default)]
pub struct ExnHeap(RefCell<Heap>);

impl ExnHeap {
    /// A new exception; returns its exnref.
    pub fn alloc(&self, exn: Exception) -> u32 {
        let mut h = self.0.borrow_mut();
        let object = Some(Object { exn, kept: false });
        match h.free.pop() {
            Some(i) => {
                h.slots[i as usize] = object;
                i + 1
            }
            None => {
                h.slots.push(object);
                h.slots.len() as u32
            }
        }
    }

    /// The exception `exnref` names, if it is live.
    pub fn get(&self, exnref: u32) -> Option<Exception> {
        let h = self.0.borrow();
        let slot = h.slots.get((exnref as usize).checked_sub(1)?)?;
        slot.as_ref().map(|o| o.exn.clone())
    }

    /// Marks `exnref` as exposed to Wasm or the host as a value.
    pub fn keep(&self, exnref: u32) {
        if let Some(Some(o)) = self.0.borrow_mut().slots.get_mut(exnref as usize - 1) {
            o.kept = true;
        }
    }

    /// Frees `exnref` unless it is kept.
    pub fn release(&self, exnref: u32) {
        let mut h = self.0.borrow_mut();
        let i = exnref as usize - 1;
        if let Some(Some(o)) = h.slots.get(i)
            && !o.kept
        {
            h.slots[i] = None;
            h.free.push(i as u32);
        }
    }

    /// Calls `f` with the low word of every live exception's payload
    /// values: the GC collector's roots (it keeps only words that name
    /// objects).
    pub(crate) fn for_each_payload_word(&self, mut f: impl FnMut(u64)) {
        let h = self.0.borrow();
        for o in h.slots.iter().flatten() {
            for v in &o.exn.payload {
                f(v.get_u64());
            }
        }
    }

    /// How many exceptions are live (allocated and not freed).
    pub fn live(&self) -> usize {
        let h = self.0.borrow();
        h.slots.len() - h.free.len()
    }

    /// The exnref of the exception that last reached an entry uncaught.
    pub(crate) fn take_pending(&self) -> Option<u32> {
        self.0.borrow_mut().pending.take()
    }

    fn set_pending(&self, exnref: u32) {
        self.0.borrow_mut().pending = Some(exnref);
    }
}

/// The store of generated code running with `vmctx`.
///
/// # Safety
/// `vmctx` is the vmctx of a live instance, called from its code.
unsafe fn store_of<'a>(vmctx: *const u8) -> &'a StoreRuntime {
    // SAFETY: a vmctx starts with its store's limits pointer
    // (`VMCTX_LIMITS`), the first field of the store's `repr(C)` runtime,
    // alive while its code runs.
    unsafe {
        &**vmctx
            .add(VMCTX_LIMITS as usize)
            .cast::<*const StoreRuntime>()
    }
}

/// Reads word `offset` of the unwind buffer.
///
/// # Safety
/// `buf` is an unwind buffer (`UNWIND_SIZE` bytes, 8-aligned).
unsafe fn word(buf: *mut u64, offset: u32) -> u64 {
    // SAFETY: as the caller guarantees.
    unsafe { *buf.add(offset as usize / 8) }
}

/// Writes word `offset` of the unwind buffer.
///
/// # Safety
/// As for [`word`].
unsafe fn set_word(buf: *mut u64, offset: u32, value: u64) {
    // SAFETY: as the caller guarantees.
    unsafe { *buf.add(offset as usize / 8) = value }
}

/// `throw`: (vmctx, tag index, unwind buffer with the payload).
///
/// # Safety
/// Called by generated code with its vmctx, a tag index it validated and
/// its unwind buffer.
pub(crate) unsafe extern "C" fn exn_throw(vmctx: *const u8, tag_index: u64, buf: *mut u64) -> u32 {
    // SAFETY: as the caller guarantees.
    let (store, inst) = unsafe { (store_of(vmctx), instance_of_vmctx(vmctx)) };
    let tag = inst.tag(tag_index as u32);
    // SAFETY: the tag lives as long as the store; the payload cells follow
    // the buffer's fixed words, one 16-byte cell per value (unaligned:
    // Wasm code keeps no particular stack alignment).
    let payload = unsafe {
        (0..(*tag).params.len())
            .map(|i| {
                buf.cast::<u8>()
                    .add(UNWIND_PAYLOAD as usize + 16 * i)
                    .cast::<ValRaw>()
                    .read_unaligned()
            })
            .collect()
    };
    let exnref = store.exceptions.alloc(Exception { tag, payload });
    // SAFETY: as the caller guarantees.
    unsafe { unwind(store, exnref, buf) }
}

/// `throw_ref`, `rethrow` and a landing pad with no matching clause:
/// (vmctx, exnref, unwind buffer).
///
/// # Safety
/// As for [`exn_throw`].
pub(crate) unsafe extern "C" fn exn_throw_ref(vmctx: *const u8, exnref: u64, buf: *mut u64) -> u32 {
    // SAFETY: as the caller guarantees.
    let store = unsafe { store_of(vmctx) };
    if exnref == 0 {
        return TrapCode::NullReference.as_raw();
    }
    // SAFETY: as the caller guarantees.
    unsafe { unwind(store, exnref as u32, buf) }
}

/// A matching catch clause: (vmctx, exnref, payload destination, keep) ->
/// the exnref. Value i goes to the 16-byte cell `dst + 16*i`.
///
/// # Safety
/// Called by generated code with its vmctx, a live exnref (one the
/// unwinder just delivered) and room for the payload at `dst`.
pub(crate) unsafe extern "C" fn exn_catch(
    vmctx: *const u8,
    exnref: u64,
    dst: *mut ValRaw,
    keep: u64,
) -> u64 {
    // SAFETY: as the caller guarantees.
    let store = unsafe { store_of(vmctx) };
    let exnref = exnref as u32;
    let exn = store
        .exceptions
        .get(exnref)
        .expect("a landing pad receives a live exception");
    for (i, v) in exn.payload.iter().enumerate() {
        // SAFETY: the caller reserved a cell per payload value.
        unsafe { dst.add(i).write_unaligned(*v) };
    }
    if keep != 0 {
        store.exceptions.keep(exnref);
    } else {
        store.exceptions.release(exnref);
    }
    exnref as u64
}

/// A host function threw `exnref`: parks it for the trampoline's unwind
/// (or, if nothing catches it, the entry) and returns `EXN_THROW_CODE`.
///
/// # Safety
/// `limits` is the limits block of a live store: the first field of its
/// `repr(C)` runtime.
pub(crate) unsafe fn host_threw(limits: *const crate::StoreLimits, exnref: u32) -> u32 {
    // SAFETY: as the caller guarantees.
    let store = unsafe { &*limits.cast::<StoreRuntime>() };
    store.exceptions.set_pending(exnref);
    brisk_environ::vmctx::EXN_THROW_CODE
}

/// The host-call trampoline's unwind (`HOSTCTX_UNWIND`): the exception its
/// host function threw, from the trampoline's caller, whose frame and
/// return address the buffer holds.
///
/// # Safety
/// Called by a host-call trampoline with its context and unwind buffer,
/// right after its host entry returned `EXN_THROW_CODE`.
pub(crate) unsafe extern "C" fn host_throw_unwind(
    ctx: *const crate::HostFuncCtx,
    buf: *mut u64,
) -> u32 {
    // SAFETY: a host context starts with its store's limits pointer
    // (`HOSTCTX_LIMITS`), the first field of the store's `repr(C)` runtime.
    let store = unsafe { &**ctx.cast::<*const StoreRuntime>() };
    let exnref = store
        .exceptions
        .take_pending()
        .expect("the host function's exception is pending");
    // SAFETY: as the caller guarantees.
    unsafe { unwind(store, exnref, buf) }
}

/// Finds the handler for `exnref` from the frame the buffer describes
/// (see the module documentation); 0 with the buffer set to resume there,
/// or [`EXN_UNCAUGHT_CODE`] with the exception pending for the entry.
///
/// # Safety
/// `buf` is the unwind buffer of generated code of `store` running on this
/// thread, whose frame-pointer chain leads through Wasm frames of the
/// store's modules to an entry trampoline.
unsafe fn unwind(store: &StoreRuntime, exnref: u32, buf: *mut u64) -> u32 {
    // SAFETY: no module is registered while Wasm code runs.
    let modules = unsafe { store.modules() };
    // SAFETY: as the caller guarantees.
    let (mut pc, mut fp) = unsafe { (word(buf, UNWIND_PC), word(buf, UNWIND_FP)) };
    let mut regs = [0u64; 3];
    for (i, r) in regs.iter_mut().enumerate() {
        // SAFETY: as the caller guarantees.
        *r = unsafe { word(buf, UNWIND_LOCAL_REGS + 8 * i as u32) };
    }
    // Each code address is a return address or just past an instruction
    // of the throw sequence: the byte before it is in the region.
    while let Some((module, defined, offset)) = modules.iter().find_map(|m| {
        let (defined, offset) = m.function_at((pc as usize).checked_sub(1)?)?;
        Some((m, defined, offset))
    }) {
        let Some(unwind) = module.unwind_info(defined) else {
            break;
        };
        if let Some(landing) = unwind.landing_at(offset) {
            let tag = store.exceptions.get(exnref).map_or(0, |e| e.tag as u64);
            // SAFETY: as the caller guarantees.
            unsafe {
                for (i, r) in regs.iter().enumerate() {
                    set_word(buf, UNWIND_LOCAL_REGS + 8 * i as u32, *r);
                }
                set_word(buf, UNWIND_FP, fp);
                set_word(buf, UNWIND_SP, fp - unwind.frame_bytes as u64);
                set_word(buf, UNWIND_PC, module.code_address(landing) as u64);
                set_word(buf, UNWIND_EXN, exnref as u64);
                set_word(buf, UNWIND_TAG, tag);
            }
            return 0;
        }
        let frame = fp as *const u64;
        for (i, r) in regs.iter_mut().enumerate() {
            if unwind.saved_regs & (1 << i) != 0 {
                // SAFETY: a Wasm frame that saved local register i keeps it
                // in save slot i, at fp - 16 - 8*i (`Frame`), live until the
                // frame returns.
                *r = unsafe { *frame.sub(2 + i) };
            }
        }
        // SAFETY: every Wasm frame starts with the caller's frame pointer
        // and the return address (`push rbp; mov rbp, rsp` after a call).
        unsafe {
            pc = *frame.add(1);
            fp = *frame;
        }
    }
    store.exceptions.set_pending(exnref);
    EXN_UNCAUGHT_CODE
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exn(tag: *const VMTag, v: u64) -> Exception {
        Exception {
            tag,
            payload: vec![ValRaw::from_u64(v)],
        }
    }

    #[test]
    fn freed_slots_are_reused_and_kept_ones_are_not_freed() {
        let tag = VMTag {
            type_id: 0,
            params: vec![WasmType::I32],
        };
        let heap = ExnHeap::default();
        let a = heap.alloc(exn(&tag, 1));
        let b = heap.alloc(exn(&tag, 2));
        assert_eq!((a, b, heap.live()), (1, 2, 2));
        heap.release(a);
        assert!(heap.get(a).is_none());
        assert_eq!(heap.live(), 1);
        let c = heap.alloc(exn(&tag, 3));
        assert_eq!(c, a, "the freed slot is reused");
        assert_eq!(heap.get(c).unwrap().payload[0].get_u64(), 3);
        heap.keep(b);
        heap.release(b);
        assert_eq!(heap.get(b).unwrap().payload[0].get_u64(), 2);
        assert_eq!(heap.live(), 2);
        assert!(heap.get(0).is_none() && heap.get(99).is_none());
    }
}
