//! Control frames and the branch/merge discipline, in one place.
//!
//! Version 1 of the discipline ("canonical slots"):
//! - Entering `block`, `loop` or `if` brings every value on the stack except
//!   constants to its canonical slot, and the frame's parameters (constants
//!   too) as well. Values below a frame's base are never touched inside it,
//!   so every path into the frame's label sees them in the same place.
//! - A branch moves the label's values (results, or parameters for a loop)
//!   into the canonical slots right above the target's base, then jumps.
//!   `br_if` does the moves only on the taken path.
//! - After a label, the context rebuilds the stack as "base entries as they
//!   were, then the label's values in their slots".
//! - Code after `br`, `return`, `unreachable` is validated but emits nothing.
//!
//! Liftoff-style state merging can later replace this without changing the
//! visitor: only the functions below know where branch values go.

use crate::buffer::Label;
use crate::context::CodeGenContext;
use crate::masm::MacroAssembler;
use crate::stack::Val;
use crate::{abi, context::reg_class};
use brisk_environ::{ModuleInfo, WasmType};

/// A block's signature without allocation: no values, one result, or a
/// function type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockSig {
    Empty,
    Value(WasmType),
    Func(u32),
}

impl BlockSig {
    pub fn params<'a>(&'a self, info: &'a ModuleInfo) -> &'a [WasmType] {
        match self {
            BlockSig::Func(t) => &info.type_sig(*t).params,
            _ => &[],
        }
    }

    pub fn results<'a>(&'a self, info: &'a ModuleInfo) -> &'a [WasmType] {
        match self {
            BlockSig::Empty => &[],
            BlockSig::Value(t) => std::slice::from_ref(t),
            BlockSig::Func(t) => &info.type_sig(*t).results,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameKind {
    Function,
    Block,
    Loop,
    If {
        else_label: Label,
    },
    Else,
    /// A `try_table`, a legacy `try` body and a legacy catch body, with
    /// their handler (`exceptions.rs`).
    TryTable {
        handler: u32,
    },
    LegacyTry {
        handler: u32,
    },
    LegacyCatch {
        handler: u32,
    },
}

#[derive(Debug, Clone, Copy)]
pub struct ControlFrame {
    pub kind: FrameKind,
    pub sig: BlockSig,
    /// Where branches go: the loop head, or the end of the block.
    pub label: Label,
    /// Stack height below the frame's parameters.
    pub height: usize,
    /// Whether any branch targets `label` (so the end is reachable).
    pub branched_to: bool,
}

impl ControlFrame {
    /// The values a branch to this frame carries.
    #[inline]
    pub fn branch_types<'a>(&'a self, info: &'a ModuleInfo) -> &'a [WasmType] {
        match self.kind {
            FrameKind::Loop => self.sig.params(info),
            _ => self.sig.results(info),
        }
    }
}

/// Emits the moves that put the top `arity` stack values into the canonical
/// slots starting at depth `height`, without changing the value stack (the
/// fall-through path of a `br_if` still needs it). Slots are written in
/// increasing depth, and every source at a slot is at or above its target,
/// so no source is overwritten before it is read.
#[inline]
pub fn emit_branch_moves<M: MacroAssembler>(
    ctx: &CodeGenContext,
    masm: &mut M,
    height: usize,
    arity: usize,
) {
    // Most labels carry no value: no call then.
    if arity > 0 {
        emit_value_moves(ctx, masm, height, arity);
    }
}

/// [`emit_branch_moves`] of one value or more, out of line.
#[inline(never)]
fn emit_value_moves<M: MacroAssembler>(
    ctx: &CodeGenContext,
    masm: &mut M,
    height: usize,
    arity: usize,
) {
    let len = ctx.stack.len();
    for k in 0..arity {
        let depth = len - arity + k;
        let target = height + k;
        let v = ctx.stack[depth];
        if depth == target && matches!(v, Val::Mem(_)) {
            continue;
        }
        ctx.store_entry(masm, depth, ctx.slot::<M>(target));
    }
}

/// Whether a branch to a frame with base `height` needs no moves: it carries
/// no value (whatever lies above `height` is left behind), or its values
/// already sit in their canonical slots.
#[inline]
pub fn branch_is_free(ctx: &CodeGenContext, height: usize, arity: usize) -> bool {
    let len = ctx.stack.len();
    arity == 0
        || (len - arity == height && ctx.stack[height..].iter().all(|v| matches!(v, Val::Mem(_))))
}

/// Emits a return of the top `results.len()` values, without changing the
/// value stack: results 1.. to the caller's result area, result 0 to the
/// return register, then the epilogue.
pub fn emit_return<M: MacroAssembler>(
    ctx: &CodeGenContext,
    masm: &mut M,
    results: &[WasmType],
    arg_bytes: u32,
) {
    let n = results.len();
    let len = ctx.stack.len();
    let area = M::incoming_args_offset() + arg_bytes as i32;
    for j in 1..n {
        let depth = len - n + j;
        let dst = M::frame_address(area + abi::result_offset(results, j) as i32);
        ctx.store_entry(masm, depth, dst);
    }
    if n > 0 {
        let depth = len - n;
        let v = ctx.stack[depth];
        let ret = M::return_reg(reg_class(v.ty()));
        ctx.load_entry(masm, depth, ret);
    }
    ctx.frame.leave(masm);
    masm.epilogue(arg_bytes);
}
