//! The Wasm stack's roots, from stack maps (`codegen/src/stack_map.rs`).
//!
//! **Activations.** Code leaves Wasm only through a builtin call or a
//! host-call trampoline, and both write the store's *exit record*
//! (`LIMITS_EXIT_FP`/`LIMITS_EXIT_PC`): the frame pointer of the Wasm
//! frame making the call and the call's return address. Each entry from
//! the host ([`OuterExits::enter`], in `call.rs`'s `EntryScope`) saves the
//! record of the activation it interrupts and clears it, and restores it
//! when it returns, so the current record and the saved ones name, for
//! every activation of the store on this thread (Wasm -> host -> Wasm
//! ...), its innermost Wasm frame and where that frame is stopped. A
//! collection runs inside one of those calls (the allocation builtins,
//! host code called from Wasm, or host code outside any activation, whose
//! record is clear).
//!
//! **Walk.** From each record, follow the frame-pointer chain as the
//! exception unwinder does: a frame whose return address lies in a
//! module's code is a Wasm frame stopped at that call; the first return
//! address outside Wasm code is the entry trampoline's and ends the
//! activation. At each Wasm frame, the function's stack map at the return
//! address names the frame words that hold references; exactly those are
//! roots. A return address in Wasm code without a stack map is a compiler
//! bug: the walk fails ([`MissingStackMap`]) and the collector frees
//! nothing rather than miss a root.

use crate::limits::{StoreLimits, StoreRuntime};
use crate::loaded_module::LoadedModule;
use std::cell::RefCell;
use std::sync::Arc;

/// The exit records of the activations the current one interrupted,
/// innermost last.
#[derive(Debug, Default)]
pub struct OuterExits(RefCell<Vec<(usize, usize)>>);

impl OuterExits {
    /// An entry from the host: saves the current exit record and clears it.
    pub(crate) fn enter(&self, limits: &StoreLimits) {
        let record = (limits.exit_fp.replace(0), limits.exit_pc.replace(0));
        self.0.borrow_mut().push(record);
    }

    /// The entry returned (or trapped): its caller's record is current
    /// again.
    pub(crate) fn leave(&self, limits: &StoreLimits) {
        let (fp, pc) = self
            .0
            .borrow_mut()
            .pop()
            .expect("entries and returns pair up");
        limits.exit_fp.set(fp);
        limits.exit_pc.set(pc);
    }
}

/// A return address in Wasm code with no stack map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MissingStackMap {
    pub pc: usize,
}

impl std::fmt::Display for MissingStackMap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "no stack map for the return address {:#x}", self.pc)
    }
}

/// Calls `f` with every word the stack maps name in the Wasm frames of
/// every activation of `store` (see the module documentation).
///
/// # Safety
/// Runs on the thread running the store's code, inside the call that the
/// current exit record describes (or outside any activation), while no
/// module is being registered.
pub(crate) unsafe fn for_each_stack_root(
    store: &StoreRuntime,
    mut f: impl FnMut(u64),
) -> Result<(), MissingStackMap> {
    // SAFETY: as the caller guarantees.
    let modules = unsafe { store.modules() };
    let limits = &store.limits;
    let current = (limits.exit_fp.get(), limits.exit_pc.get());
    let outer = store.gc_outer_exits.0.borrow();
    for &(fp, pc) in std::iter::once(&current).chain(outer.iter().rev()) {
        // SAFETY: each record names a Wasm frame stopped in a call that
        // has not returned (as the caller guarantees for the current one;
        // an outer one's call is the host call running the entry).
        unsafe { walk_activation(modules, fp, pc, &mut f)? };
    }
    Ok(())
}

/// Visits the roots of the Wasm frames from frame `fp`, stopped at return
/// address `pc`, to the activation's entry.
///
/// # Safety
/// `fp` is 0, or the frame pointer of a live frame of the store's code
/// stopped at `pc`, whose frame-pointer chain leads through Wasm frames to
/// an entry trampoline.
unsafe fn walk_activation(
    modules: &[Arc<LoadedModule>],
    mut fp: usize,
    mut pc: usize,
    f: &mut impl FnMut(u64),
) -> Result<(), MissingStackMap> {
    while fp != 0 {
        // A return address may be the end of its function's code: the byte
        // before it is the call's.
        let Some((module, defined, offset)) = modules.iter().find_map(|m| {
            let (defined, offset) = m.function_at(pc.checked_sub(1)?)?;
            Some((m, defined, offset + 1))
        }) else {
            break;
        };
        let maps = &module
            .unwind_info(defined)
            .ok_or(MissingStackMap { pc })?
            .stack_maps;
        let bitmap = maps.at(offset).ok_or(MissingStackMap { pc })?;
        for off in maps.offsets(bitmap) {
            // SAFETY: the stack map names words of this live frame.
            f(unsafe { *((fp as isize + off as isize) as *const u64) });
        }
        let frame = fp as *const usize;
        // SAFETY: every Wasm frame starts with the caller's frame pointer
        // and the return address (`push rbp; mov rbp, rsp` after a call).
        unsafe {
            pc = *frame.add(1);
            fp = *frame;
        }
    }
    Ok(())
}
