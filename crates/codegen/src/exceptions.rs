//! Exceptions on [`CodeGen`]: `throw`, `throw_ref`, `try_table` with its
//! four catch kinds, and the legacy `try`/`catch`/`catch_all`/`delegate`/
//! `rethrow` on the same mechanism (x86-64 only: `OpFamily::Exceptions`).
//!
//! **Handler regions, not handler records.** Entering a `try_table` or a
//! legacy `try` emits nothing: the code generated while it is the innermost
//! handler is recorded as a region `[start, end)` of code offsets mapped to
//! the handler's landing pad ([`UnwindInfo::handlers`]). A throw is a
//! builtin call (`ExnThrow`, `ExnThrowRef`) that allocates (or takes) the
//! exception and walks the frame-pointer chain: the throwing frame is
//! looked up by a code address inside the throw sequence, every outer frame
//! by its return address (minus one: inside the call). The first frame
//! whose address lies in a region is resumed at its landing pad with the
//! stack pointer `fp - frame_bytes`; frames skipped on the way would have
//! restored the local registers (rbx, r12, r13) they saved, so the unwinder
//! restores each from the save slot of the outermost skipped frame that
//! saved it ([`UnwindInfo::saved_regs`]). Reaching a return address outside
//! Wasm code (an entry trampoline) makes the exception the host's error.
//! The normal path costs nothing: no code at `try` entry or exit.
//!
//! **Landing pads** are emitted at the handler's `end`, after the body and
//! out of the fall-through path, and so in the region of the enclosing
//! handler. With canonical slots every value below the `try` is in its
//! slot or a constant when the landing pad runs. It reloads the vmctx and
//! heap base, compares the exception's tag with each `catch` clause in
//! order (tags are compared by identity: the vmctx's tag pointers), copies
//! the payload of the matching clause (`ExnCatch`) into the slots of the
//! branch target and jumps there; with no match it throws the exception on
//! (`ExnThrowRef`), which finds the enclosing handler.
//!
//! **Legacy.** A `try` body is a region like a `try_table`'s; its `catch`
//! bodies are not (they belong to the enclosing handler). A catch body sees
//! the exnref in a hidden slot (the try's base depth) below the payload, for
//! `rethrow`. `delegate l` and a `try` without catch clauses need no landing
//! pad: their regions are mapped to the handler that encloses label `l`
//! (or to none: the caller's), resolved when the function is finished.
//!
//! **Memory.** Exceptions are objects in the store's exception heap; an
//! exnref is a handle. A clause that does not keep the exnref (`catch`,
//! `catch_all`, a legacy catch that no `rethrow` names) frees it; one
//! exposed as an exnref value lives as long as the store (no GC yet:
//! `runtime/src/exceptions.rs`).

use crate::buffer::Label;
use crate::codegen::CodeGen;
use crate::control::{self, ControlFrame, FrameKind};
use crate::masm::*;
use crate::reg::{Reg, RegClass};
use crate::stack::Val;
use brisk_environ::vmctx::{Builtin, UNWIND_PAYLOAD, UNWIND_SIZE};
use brisk_environ::{CompileResult, WasmType};

/// Payload values travel in 16-byte cells (a v128 fits).
const PAYLOAD_CELL: u32 = 16;

/// One code region covered by a handler, function-relative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HandlerEntry {
    pub start: u32,
    pub end: u32,
    /// Where the handler's landing pad starts.
    pub landing: u32,
}

/// What the unwinder needs to know of one compiled function.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnwindInfo {
    /// The frame size below the frame pointer (the stack pointer of a
    /// landing pad is `fp - frame_bytes`).
    pub frame_bytes: u32,
    /// Bit i: the function saved `M::local_regs()[i]` in its save slot i
    /// (`Frame`: fp - 16 - 8*i).
    pub saved_regs: u8,
    /// Handler regions, sorted by offset and disjoint.
    pub handlers: Vec<HandlerEntry>,
    /// The GC stack maps of its safepoints (`stack_map.rs`).
    pub stack_maps: crate::stack_map::StackMaps,
}

impl UnwindInfo {
    /// The landing pad for an address inside the function, if a handler
    /// covers it.
    pub fn landing_at(&self, offset: u32) -> Option<u32> {
        let i = self.handlers.partition_point(|h| h.end <= offset);
        let h = self.handlers.get(i)?;
        (h.start <= offset).then_some(h.landing)
    }
}

/// A `catch` clause.
#[derive(Debug, Clone, Copy)]
struct Clause {
    /// `None` for `catch_all`.
    tag: Option<u32>,
    /// Whether the exnref goes to the target too (`_ref`).
    keep_ref: bool,
    target: Target,
}

#[derive(Debug, Clone, Copy)]
enum Target {
    /// A `try_table` clause: a branch to the label `depth` levels out of
    /// the `try_table`.
    Label(u32),
    /// A legacy catch body; `rethrown` once a `rethrow` names it.
    Body { label: Label, rethrown: bool },
}

/// Where a handler's exceptions go.
#[derive(Debug, Clone, Copy)]
enum Landing {
    /// The landing pad is not emitted yet.
    Pending,
    At(u32),
    /// The same as another handler's (`delegate`).
    Alias(u32),
    /// Nowhere in this function: to the caller.
    Caller,
}

/// One `try_table` or legacy `try`.
#[derive(Debug)]
struct Handler {
    landing: Landing,
    clauses: Vec<Clause>,
}

/// The exception state of the function being compiled.
#[derive(Debug, Default)]
pub struct ExnState {
    handlers: Vec<Handler>,
    /// Handlers whose region is open, innermost last.
    active: Vec<u32>,
    /// Where the innermost active handler's current region began.
    region_start: u32,
    /// (start, end, handler) in code order.
    regions: Vec<(u32, u32, u32)>,
}

impl ExnState {
    pub fn clear(&mut self) {
        self.handlers.clear();
        self.active.clear();
        self.region_start = 0;
        self.regions.clear();
    }

    /// Ends the current region at `pos`; the next begins there.
    fn cut(&mut self, pos: u32) {
        if let Some(&h) = self.active.last()
            && pos > self.region_start
        {
            self.regions.push((self.region_start, pos, h));
        }
        self.region_start = pos;
    }

    fn open(&mut self, pos: u32) -> u32 {
        self.cut(pos);
        let id = self.handlers.len() as u32;
        self.handlers.push(Handler {
            landing: Landing::Pending,
            clauses: Vec::new(),
        });
        self.active.push(id);
        id
    }

    fn close(&mut self, pos: u32, id: u32) {
        self.cut(pos);
        let top = self.active.pop();
        debug_assert_eq!(top, Some(id), "handlers close innermost first");
    }

    fn landing_of(&self, mut id: u32) -> Option<u32> {
        loop {
            match self.handlers[id as usize].landing {
                Landing::At(at) => return Some(at),
                Landing::Alias(to) => id = to,
                Landing::Caller => return None,
                Landing::Pending => unreachable!("every handler is closed by its end"),
            }
        }
    }

    /// The handler regions of the finished function.
    pub fn finish(&self) -> Vec<HandlerEntry> {
        debug_assert!(self.active.is_empty());
        self.regions
            .iter()
            .filter_map(|&(start, end, id)| {
                let landing = self.landing_of(id)?;
                Some(HandlerEntry {
                    start,
                    end,
                    landing,
                })
            })
            .collect()
    }
}

impl<M: MacroAssembler> CodeGen<'_, M> {
    fn check_exceptions(&self, op: &str) -> CompileResult<()> {
        if M::implements(OpFamily::Exceptions) {
            Ok(())
        } else {
            self.unsupported(&format!("{op} (exceptions) on this target"))
        }
    }

    fn code_pos(&mut self) -> u32 {
        self.masm.buffer().len()
    }

    fn open_handler(
        &mut self,
        ty: wasmparser::BlockType,
        kind: fn(u32) -> FrameKind,
    ) -> CompileResult<()> {
        let sig = self.block_sig(ty)?;
        self.enter_block(sig);
        let pos = self.code_pos();
        let id = self.exn.open(pos);
        let label = self.masm.new_label();
        self.push_frame(kind(id), sig, label);
        Ok(())
    }

    pub fn try_table(&mut self, table: &wasmparser::TryTable) -> CompileResult<()> {
        self.check_exceptions("try_table")?;
        self.open_handler(table.ty, |handler| FrameKind::TryTable { handler })?;
        let id = self.exn.active.last().copied().expect("just opened");
        let clauses = &mut self.exn.handlers[id as usize].clauses;
        for c in &table.catches {
            use wasmparser::Catch;
            clauses.push(match *c {
                Catch::One { tag, label } => Clause {
                    tag: Some(tag),
                    keep_ref: false,
                    target: Target::Label(label),
                },
                Catch::OneRef { tag, label } => Clause {
                    tag: Some(tag),
                    keep_ref: true,
                    target: Target::Label(label),
                },
                Catch::All { label } => Clause {
                    tag: None,
                    keep_ref: false,
                    target: Target::Label(label),
                },
                Catch::AllRef { label } => Clause {
                    tag: None,
                    keep_ref: true,
                    target: Target::Label(label),
                },
            });
        }
        Ok(())
    }

    pub fn legacy_try(&mut self, ty: wasmparser::BlockType) -> CompileResult<()> {
        self.check_exceptions("try")?;
        self.open_handler(ty, |handler| FrameKind::LegacyTry { handler })
    }

    /// `catch tag` (`Some`) or `catch_all` (`None`) of a legacy `try`.
    pub fn legacy_catch(&mut self, tag: Option<u32>) -> CompileResult<()> {
        let frame = *self.control.last().expect("validated catch");
        let handler = match frame.kind {
            FrameKind::LegacyTry { handler } | FrameKind::LegacyCatch { handler } => handler,
            _ => unreachable!("validated catch"),
        };
        if self.reachable {
            let arity = frame.sig.results(self.info).len();
            control::emit_branch_moves(self.ctx, self.masm, frame.height, arity);
            self.masm.jmp(frame.label);
            self.control.last_mut().unwrap().branched_to = true;
        }
        if let FrameKind::LegacyTry { .. } = frame.kind {
            let pos = self.code_pos();
            self.exn.close(pos, handler);
        }
        self.control.last_mut().unwrap().kind = FrameKind::LegacyCatch { handler };
        let label = self.masm.new_label();
        self.masm.bind(label);
        self.exn.handlers[handler as usize].clauses.push(Clause {
            tag,
            keep_ref: false,
            target: Target::Body {
                label,
                rethrown: false,
            },
        });
        // The body sees the hidden exnref, then the payload, in their slots.
        self.ctx.truncate(frame.height);
        self.ctx.push(Val::Mem(WasmType::ExnRef));
        if let Some(tag) = tag {
            for ty in &self.info.tag_sig(tag).params {
                self.ctx.push(Val::Mem(*ty));
            }
        }
        self.reachable = true;
        Ok(())
    }

    /// `delegate depth`: the `try` ends, its exceptions go where those of
    /// label `depth` (counted outside the `try`) would.
    pub fn delegate(&mut self, depth: u32) -> CompileResult<()> {
        let frame = self.control.pop().expect("validated delegate");
        let FrameKind::LegacyTry { handler } = frame.kind else {
            unreachable!("validated delegate")
        };
        let pos = self.code_pos();
        self.exn.close(pos, handler);
        let outer = self.control.len() - 1 - depth as usize;
        self.exn.handlers[handler as usize].landing = self.enclosing_landing(outer);
        self.end_block(frame);
        Ok(())
    }

    /// Where exceptions go from code directly inside control frame `index`.
    fn enclosing_landing(&self, index: usize) -> Landing {
        self.control[..=index]
            .iter()
            .rev()
            .find_map(|f| match f.kind {
                FrameKind::TryTable { handler } | FrameKind::LegacyTry { handler } => {
                    Some(Landing::Alias(handler))
                }
                _ => None,
            })
            .unwrap_or(Landing::Caller)
    }

    /// The `end` of a `try_table`, legacy `try` or legacy catch body
    /// (`frame` is already popped). Out of line: [`Self::end`] is hot.
    #[inline(never)]
    pub(crate) fn end_handler(&mut self, frame: ControlFrame) -> CompileResult<()> {
        let handler = match frame.kind {
            FrameKind::TryTable { handler } | FrameKind::LegacyCatch { handler } => handler,
            FrameKind::LegacyTry { handler } => {
                // No catch clause: exceptions pass through.
                let pos = self.code_pos();
                self.exn.close(pos, handler);
                let outer = self.control.len() - 1;
                self.exn.handlers[handler as usize].landing = self.enclosing_landing(outer);
                self.end_block(frame);
                return Ok(());
            }
            _ => unreachable!("not a handler frame"),
        };
        let results = frame.sig.results(self.info).len();
        let mut branched = frame.branched_to;
        if self.reachable {
            control::emit_branch_moves(self.ctx, self.masm, frame.height, results);
            self.masm.jmp(frame.label);
            branched = true;
        }
        if let FrameKind::TryTable { .. } = frame.kind {
            let pos = self.code_pos();
            self.exn.close(pos, handler);
        }
        self.emit_landing_pad(handler, frame);
        self.masm.bind(frame.label);
        self.reset_stack(frame.height, frame.sig.results(self.info));
        self.reachable = branched;
        Ok(())
    }

    /// The landing pad of handler `id`: tag dispatch over its clauses, and
    /// the exception thrown on when none matches.
    fn emit_landing_pad(&mut self, id: u32, frame: ControlFrame) {
        let at = self.code_pos();
        self.exn.handlers[id as usize].landing = Landing::At(at);
        let saved = self.ctx.frame.vmctx_address::<M>();
        self.masm.exn_landing_pad(saved);
        self.load_heap_base();
        // Values below the handler are as they were at its entry.
        self.ctx.truncate(frame.height);
        let below: Vec<Val> = self.ctx.stack.clone();
        let (exn, tag) = M::exn_regs();
        let clauses = std::mem::take(&mut self.exn.handlers[id as usize].clauses);
        for clause in &clauses {
            let next = self.masm.new_label();
            if let Some(t) = clause.tag {
                self.masm.exn_compare_tag(tag, self.offsets.tag_ptr(t));
                self.masm.branch_if(IntCmp::Ne, next);
            }
            let payload: &[WasmType] = match clause.tag {
                Some(t) => &self.info.tag_sig(t).params,
                None => &[],
            };
            match clause.target {
                Target::Label(depth) => {
                    let target = self.frame_at(depth);
                    self.catch_into(exn, payload, clause.keep_ref, target.height);
                    if clause.keep_ref {
                        let r = M::return_reg(RegClass::Int);
                        self.ctx.take_reg(self.masm, r);
                        self.ctx.push(Val::Reg(r, WasmType::ExnRef));
                    }
                    // The values are the top of the stack now: a branch
                    // with moves where they are not in place already.
                    self.emit_branch(depth);
                }
                Target::Body { label, rethrown } => {
                    // Hidden exnref at the base, payload above it.
                    self.ctx.push(Val::Mem(WasmType::ExnRef));
                    self.catch_into(exn, payload, rethrown, frame.height + 1);
                    let r = M::return_reg(RegClass::Int);
                    let hidden = self.ctx.slot::<M>(frame.height);
                    self.masm.store(OperandSize::S64, r, hidden);
                    self.ctx.truncate(frame.height);
                    self.masm.jmp(label);
                }
            }
            self.ctx.truncate(0);
            for v in &below {
                self.ctx.push(*v);
            }
            self.masm.bind(next);
        }
        self.throw_on(exn);
        self.exn.handlers[id as usize].clauses = clauses;
    }

    /// Copies a caught exception's payload into the slots from depth
    /// `base` up (pushing them as `Mem` after truncating to `base`), freeing
    /// the exception unless `keep`; the exnref is left in the return
    /// register.
    fn catch_into(&mut self, exn: Reg, payload: &[WasmType], keep: bool, base: usize) {
        let area = PAYLOAD_CELL * payload.len() as u32;
        self.max_call_area = self.max_call_area.max(area);
        self.masm.reserve_stack(area);
        let regs = M::host_arg_regs();
        self.masm.mov(OperandSize::S64, exn, regs[1]);
        self.masm.exn_stack_pointer(regs[2]);
        self.masm.mov_imm(OperandSize::S64, keep as i64, regs[3]);
        self.masm.call_builtin(Builtin::ExnCatch);
        self.ctx.truncate(base);
        for (i, ty) in payload.iter().enumerate() {
            let dst = self.ctx.slot::<M>(self.ctx.stack.len());
            let src = M::stack_address(PAYLOAD_CELL * i as u32);
            self.masm.copy_mem(OperandSize::of(*ty), src, dst);
            self.ctx.push(Val::Mem(*ty));
        }
        self.masm.release_stack(area);
    }

    /// Throws the exnref in `exn` (a register no value holds) on.
    fn throw_on(&mut self, exn: Reg) {
        self.max_call_area = self.max_call_area.max(UNWIND_SIZE);
        self.masm.reserve_stack(UNWIND_SIZE);
        let arg = M::host_arg_regs()[1];
        if exn != arg {
            self.masm.mov(OperandSize::S64, exn, arg);
        }
        self.masm.exn_throw(Builtin::ExnThrowRef);
    }

    pub fn throw(&mut self, tag: u32) -> CompileResult<()> {
        self.check_exceptions("throw")?;
        let params = &self.info.tag_sig(tag).params;
        for ty in params {
            self.check_type(*ty)?;
        }
        let n = params.len();
        let area = (UNWIND_SIZE + PAYLOAD_CELL * n as u32).next_multiple_of(16);
        self.max_call_area = self.max_call_area.max(area);
        self.masm.reserve_stack(area);
        let base = self.ctx.stack.len() - n;
        for i in 0..n {
            let dst = M::stack_address(UNWIND_PAYLOAD + PAYLOAD_CELL * i as u32);
            self.ctx.store_entry(self.masm, base + i, dst);
        }
        self.ctx.truncate(base);
        self.masm
            .mov_imm(OperandSize::S64, tag as i64, M::host_arg_regs()[1]);
        self.masm.exn_throw(Builtin::ExnThrow);
        self.reachable = false;
        Ok(())
    }

    pub fn throw_ref(&mut self) -> CompileResult<()> {
        self.check_exceptions("throw_ref")?;
        let arg = M::host_arg_regs()[1];
        self.ctx.take_reg(self.masm, arg);
        self.ctx.pop_into(self.masm, arg);
        self.ctx.free(arg);
        self.throw_from(arg);
        Ok(())
    }

    /// Throws the exnref in `reg` (taken from the value stack) on.
    fn throw_from(&mut self, reg: Reg) {
        self.throw_on(reg);
        self.reachable = false;
    }

    /// `rethrow depth`: the exception caught by the legacy catch body
    /// `depth` levels out.
    pub fn rethrow(&mut self, depth: u32) -> CompileResult<()> {
        self.check_exceptions("rethrow")?;
        let frame = self.frame_at(depth);
        let FrameKind::LegacyCatch { handler } = frame.kind else {
            unreachable!("validated rethrow")
        };
        if let Some(Clause {
            target: Target::Body { rethrown, .. },
            ..
        }) = self.exn.handlers[handler as usize].clauses.last_mut()
        {
            *rethrown = true;
        }
        let arg = M::host_arg_regs()[1];
        let hidden = self.ctx.slot::<M>(frame.height);
        self.ctx.take_reg(self.masm, arg);
        self.masm.load(OperandSize::S64, hidden, arg);
        self.ctx.free(arg);
        self.throw_from(arg);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(handlers: &[(u32, u32, u32)]) -> UnwindInfo {
        UnwindInfo {
            frame_bytes: 16,
            saved_regs: 0,
            handlers: handlers
                .iter()
                .map(|&(start, end, landing)| HandlerEntry {
                    start,
                    end,
                    landing,
                })
                .collect(),
            stack_maps: Default::default(),
        }
    }

    #[test]
    fn landing_lookup_is_by_half_open_region() {
        let u = info(&[(4, 8, 100), (8, 12, 200), (20, 24, 300)]);
        assert_eq!(u.landing_at(3), None);
        assert_eq!(u.landing_at(4), Some(100));
        assert_eq!(u.landing_at(7), Some(100));
        assert_eq!(u.landing_at(8), Some(200));
        assert_eq!(u.landing_at(12), None);
        assert_eq!(u.landing_at(23), Some(300));
        assert_eq!(u.landing_at(24), None);
    }

    #[test]
    fn nested_handlers_split_regions_and_delegates_resolve() {
        let mut s = ExnState::default();
        let outer = s.open(0);
        let inner = s.open(10);
        s.close(20, inner);
        let delegating = s.open(25);
        s.close(30, delegating);
        s.close(40, outer);
        s.handlers[outer as usize].landing = Landing::At(50);
        s.handlers[inner as usize].landing = Landing::At(45);
        s.handlers[delegating as usize].landing = Landing::Alias(outer);
        let entries: Vec<_> = s
            .finish()
            .iter()
            .map(|h| (h.start, h.end, h.landing))
            .collect();
        assert_eq!(
            entries,
            [
                (0, 10, 50),
                (10, 20, 45),
                (20, 25, 50),
                (25, 30, 50),
                (30, 40, 50)
            ]
        );
        s.handlers[outer as usize].landing = Landing::Caller;
        let entries: Vec<_> = s.finish().iter().map(|h| (h.start, h.end)).collect();
        assert_eq!(entries, [(10, 20)]);
    }
}
