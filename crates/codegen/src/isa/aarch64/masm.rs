//! The AArch64 MacroAssembler: instruction selection for each abstract
//! operation. AArch64 fixes no operand registers (shift counts and division
//! take any register); immediates are checked per operation (12-bit
//! add/sub, bitmask logic immediates, `movz`/`movk` otherwise).
//!
//! Frame and stack (see `frame.rs` for the slots):
//!
//! ```text
//! prologue:  stp x29, x30, [sp, #-16]!
//!            mov x29, sp
//!            ldr x16, [x28, #limits]
//!            ldr x16, [x16, #stack_limit]
//!            movz x17, #lo ; movk x17, #hi, lsl #16   ; frame + outgoing (patched)
//!            add x16, x16, x17
//!            cmp sp, x16, uxtx
//!            b.lo stack_overflow
//!            movz x17, #lo ; movk x17, #hi, lsl #16   ; frame (patched)
//!            sub sp, sp, x17, uxtx
//!            stur x28, [x29, #-8]
//! epilogue:  mov sp, x29
//!            ldp x29, x30, [sp], #16 + parameters
//!            ret
//! ```
//!
//! The stack pointer stays 16-byte aligned (so builtins are called
//! without realigning it): frames are rounded to 16, and
//! `reserve_stack` rounds an outgoing area up, the padding above the
//! parameters and results (released with the result area). The callee
//! pops exactly its parameters, so between a call's return and the
//! release of its result area the stack pointer may be 8 mod 16: accesses
//! based on it go through a copy then (Linux faults on an unaligned SP
//! base).
//!
//! Island points (see [`crate::buffer`]): every operation starts with one
//! promising at most [`MAX_OP_BYTES`] before the next; the sequences of
//! unbounded size (jump tables, trap stubs) promise their own size.

use super::asm::{
    AddSub, Amode, Assembler, Cond, CondSelOp, Extend as Ext, Imm12, IndexExtend, LogicImmOp,
    LogicOp, LogicalImm, MoveWide, OneSourceOp, Shift, TwoSourceOp,
};
use super::regs::*;
use crate::buffer::{CodeBuffer, Label};
use crate::masm::*;
use crate::reg::{Reg, RegClass, RegSet};
use crate::target::{Isa, Target};
use OperandSize::{S32, S64};
use brisk_environ::vmctx::{
    Builtin, FUNC_REF_CODE, FUNC_REF_TYPE_ID, FUNC_REF_VMCTX, LIMITS_ENTRY_SP, LIMITS_RESUME_PC,
    LIMITS_STACK_LIMIT, TABLE_BASE, TABLE_LENGTH, VMCTX_BUILTINS, VMCTX_LIMITS,
};
use brisk_environ::{TrapCode, TrapEntry};

mod float;
mod heap;
mod scratch;

use scratch::from_outside;

/// The `brk` immediate of the stack-alignment check ("SP").
pub const BRK_MISALIGNED_SP: u16 = 0x5350;

/// The most bytes one operation emits between two island points (the
/// largest, the entry trampoline's prologue, is about 25 instructions).
const MAX_OP_BYTES: u32 = 256;

pub struct A64Masm {
    pub(super) asm: Assembler,
    /// One out-of-line stub per trap code used by the current function;
    /// `None` raises the host trap code already in x0.
    trap_stubs: Vec<(Option<TrapCode>, Label)>,
    /// The entry trampoline's resume point, while generating one.
    resume: Option<Label>,
    /// The padding `reserve_stack` added to the outgoing area, released
    /// with the result area.
    call_pad: u32,
    /// Set by a call, cleared by `release_stack`: the stack pointer may be
    /// 8 mod 16 (the callee popped an odd number of parameter slots).
    sp_unaligned: bool,
    /// `CompileOptions::stack_alignment_checks`.
    check_sp: bool,
}

/// The prologue's patched instructions: the offsets of two `movz`/`movk`
/// pairs, for the stack-limit check (frame plus outgoing area) and the
/// frame size.
#[derive(Debug, Clone, Copy)]
pub struct FramePatch {
    stack_check: u32,
    frame_size: u32,
}

/// An operation's right-hand operand on AArch64.
type Operand = crate::masm::Operand<Amode>;

/// The registers an address reads (its base unless SP, its index).
fn amode_regs(addr: &Amode) -> [Option<Reg>; 2] {
    let base = |b: RegOrSp| (b != SP).then(|| Reg::int(b.enc() as u8));
    match *addr {
        Amode::Offset(b, _) | Amode::PreIndex(b, _) | Amode::PostIndex(b, _) => [base(b), None],
        Amode::Indexed { base: b, index, .. } => [base(b), Some(index)],
    }
}

/// `size`, checked to be 32 or 64 bits: the width of an integer operation
/// on whole registers.
fn int_size(size: OperandSize) -> OperandSize {
    debug_assert!(matches!(size, S32 | S64), "integer operation of {size:?}");
    size
}

/// The value an immediate has as the operand of a `size`-wide operation:
/// a 32-bit one sees the low 32 bits.
fn imm_value(imm: i64, size: OperandSize) -> i64 {
    match size {
        S64 => imm,
        _ => imm as i32 as i64,
    }
}

/// `x op imm` as an add/sub immediate: `op #imm`, or the opposite
/// operation of `-imm`.
fn add_sub_imm(op: AddSub, imm: i64, size: OperandSize) -> Option<(AddSub, Imm12)> {
    let v = imm_value(imm, size);
    let imm12 = |v: i64| u64::try_from(v).ok().and_then(Imm12::new);
    if let Some(i) = imm12(v) {
        return Some((op, i));
    }
    let opposite = match op {
        AddSub::Add => AddSub::Sub,
        AddSub::Sub => AddSub::Add,
    };
    Some((opposite, imm12(v.checked_neg()?)?))
}

/// `imm` as a bitmask immediate of a `size`-wide logical operation.
fn logical_imm(imm: i64, size: OperandSize) -> Option<LogicalImm> {
    let v = match size {
        S64 => imm as u64,
        _ => u64::from(imm as u32),
    };
    LogicalImm::new(v, size)
}

fn cond(cmp: IntCmp) -> Cond {
    match cmp {
        IntCmp::Eq => Cond::Eq,
        IntCmp::Ne => Cond::Ne,
        IntCmp::LtS => Cond::Lt,
        IntCmp::LtU => Cond::Lo,
        IntCmp::GtS => Cond::Gt,
        IntCmp::GtU => Cond::Hi,
        IntCmp::LeS => Cond::Le,
        IntCmp::LeU => Cond::Ls,
        IntCmp::GeS => Cond::Ge,
        IntCmp::GeU => Cond::Hs,
    }
}

/// `addr` in a form a `size` access encodes: itself, or with an offset
/// beyond the immediate forms moved into `tmp` as an index (`tmp` is not
/// the base). With `sp_unaligned`, an SP-based address is computed into
/// `tmp` first.
fn resolve(
    a: &mut Assembler,
    addr: &Amode,
    size: OperandSize,
    sp_unaligned: bool,
    tmp: Reg,
) -> Amode {
    match *addr {
        Amode::Offset(base, offset) if base == SP && sp_unaligned => {
            add_imm(a, tmp, SP, i64::from(offset), tmp);
            Amode::Offset(tmp.into(), 0)
        }
        _ if addr.fits(size) => *addr,
        Amode::Offset(base, offset) => {
            debug_assert!(
                base != RegOrSp::from(tmp),
                "{addr:?} resolved through its base"
            );
            a.mov_imm(S64, tmp, i64::from(offset) as u64);
            Amode::Indexed {
                base,
                index: tmp,
                extend: IndexExtend::Lsl,
                scaled: false,
            }
        }
        _ => unreachable!("{addr:?} does not fit a {size:?} access"),
    }
}

/// `dst = src + imm` (64 bits; `src` may be SP), through `tmp` for an
/// immediate beyond add/sub's (`tmp` may be `dst` unless `dst` is `src`).
fn add_imm(a: &mut Assembler, dst: impl Into<RegOrSp>, src: RegOrSp, imm: i64, tmp: Reg) {
    if let Some((op, i)) = add_sub_imm(AddSub::Add, imm, S64) {
        a.add_sub_imm(op, S64, dst, src, i);
    } else {
        a.mov_imm(S64, tmp, imm as u64);
        a.add_sub_ext(AddSub::Add, S64, dst, src, tmp, Ext::Uxtx, 0);
    }
}

/// `dst = [src]`: `size` bytes zero-extended into an integer register, or
/// an f32/f64 into a float register.
fn emit_load(a: &mut Assembler, size: OperandSize, src: &Amode, dst: Reg) {
    match dst.class() {
        RegClass::Float => a.ldr_fp(size, dst, src),
        RegClass::Int => a.ldr(size, dst, src),
    }
}

/// `[dst] = src`, the low `size` bytes of an integer or float register.
fn emit_store(a: &mut Assembler, size: OperandSize, src: Reg, dst: &Amode) {
    match src.class() {
        RegClass::Float => a.str_fp(size, src, dst),
        RegClass::Int => a.str(size, src, dst),
    }
}

/// `dst = [base + offset]`, 64 bits: how the MacroAssembler reaches vmctx
/// and runtime fields. A large offset goes through `tmp`, which may be
/// `dst` unless `dst` is `base`.
fn load64(a: &mut Assembler, dst: Reg, base: Reg, offset: u32, tmp: Reg) {
    let addr = resolve(
        a,
        &Amode::Offset(base.into(), offset as i32),
        S64,
        false,
        tmp,
    );
    a.ldr(S64, dst, &addr);
}

/// The immediate fields of a `movz`/`movk` pair at `at` set to `value`.
fn patch_mov32(buf: &mut CodeBuffer, at: u32, value: u32) {
    for (i, half) in [value & 0xffff, value >> 16].into_iter().enumerate() {
        let pos = at + 4 * i as u32;
        let p = pos as usize;
        let insn = u32::from_le_bytes(buf.bytes()[p..p + 4].try_into().unwrap());
        buf.patch4(pos, insn & !(0xffff << 5) | half << 5);
    }
}

/// Emits `movz tmp, #0; movk tmp, #0, lsl #16` for [`patch_mov32`],
/// returning its offset.
fn patchable_mov32(a: &mut Assembler, tmp: Reg) -> u32 {
    let at = a.buf.len();
    a.mov_wide(MoveWide::Movz, S64, tmp, 0, 0);
    a.mov_wide(MoveWide::Movk, S64, tmp, 0, 16);
    at
}

impl A64Masm {
    /// The label of the out-of-line `udf` stub for `code` (emitted by
    /// `emit_trap_stubs` and listed in the trap table).
    pub(super) fn trap_label(&mut self, code: TrapCode) -> Label {
        self.stub_label(Some(code))
    }

    fn stub_label(&mut self, code: Option<TrapCode>) -> Label {
        if let Some((_, l)) = self.trap_stubs.iter().find(|(c, _)| *c == code) {
            return *l;
        }
        let l = self.asm.buf.new_label();
        self.trap_stubs.push((code, l));
        l
    }

    /// An island point before an operation.
    fn island(&mut self) {
        self.asm.buf.maybe_emit_island(MAX_OP_BYTES);
    }

    /// An island point after an instruction that never falls through.
    fn island_after_jump(&mut self) {
        self.asm.buf.maybe_emit_island_after_jump(MAX_OP_BYTES);
    }

    /// Runs `f` on `addr` made encodable for a `size` access, through x16.
    fn with_address<R>(
        &mut self,
        size: OperandSize,
        addr: Amode,
        f: impl FnOnce(&mut Assembler, &Amode) -> R,
    ) -> R {
        let addr = *from_outside(&addr);
        let unaligned = self.sp_unaligned;
        self.with_scratch(|a, s| {
            let addr = resolve(a, &addr, size, unaligned, s);
            f(a, &addr)
        })
    }

    /// `sp = sp op bytes`.
    fn adjust_sp(&mut self, op: AddSub, bytes: u32) {
        match Imm12::new(bytes.into()) {
            Some(i) => self.asm.add_sub_imm(op, S64, SP, SP, i),
            None => self.with_scratch(|a, s| {
                a.mov_imm(S64, s, bytes.into());
                a.add_sub_ext(op, S64, SP, SP, s, Ext::Uxtx, 0);
            }),
        }
    }

    /// Runs `f` with a register holding `rhs` for a `size`-wide operation
    /// (itself, or x17 loaded with the immediate or from memory through
    /// x16) and a scratch register free for `f` (x16).
    fn operand_reg<R>(
        &mut self,
        size: OperandSize,
        rhs: Operand,
        f: impl FnOnce(&mut Assembler, Reg, Reg) -> R,
    ) -> R {
        let unaligned = self.sp_unaligned;
        self.with_scratches(|a, s, value| {
            let r = match rhs {
                Operand::Reg(r) => r,
                Operand::Imm(i) => {
                    a.mov_imm(size, value, i as u64);
                    value
                }
                Operand::Mem(m) => {
                    let m = resolve(a, from_outside(&m), size, unaligned, s);
                    a.ldr(size, value, &m);
                    value
                }
            };
            f(a, r, s)
        })
    }

    /// A float register gets the bits `bits` of a float of `size`.
    fn float_const(&mut self, size: OperandSize, bits: u64, dst: Reg) {
        if bits == 0 {
            return self.asm.fmov_to_fp(size, dst, ZR);
        }
        match super::asm::encode_fp_imm(bits, size) {
            Some(imm8) => self.asm.fmov_imm(size, dst, imm8),
            None => self.with_scratch(|a, s| {
                a.mov_imm(size, s, bits);
                a.fmov_to_fp(size, dst, s);
            }),
        }
    }

    /// Marks the stack pointer as possibly unaligned after a call (see the
    /// module documentation).
    fn after_call(&mut self) {
        self.sp_unaligned = true;
    }

    /// `cbnz w0, raise`: raises a host trap code returned in w0.
    fn raise_if_nonzero(&mut self) {
        let raise = self.stub_label(None);
        self.asm.cbz(true, S32, X0, raise);
    }
}

impl MacroAssembler for A64Masm {
    /// `[base, #offset]` (scaled or unscaled immediate) or
    /// `[base, index, extend]`: no base + index + offset.
    type Address = Amode;
    type FramePatch = FramePatch;

    fn new(target: Target) -> Self {
        debug_assert_eq!(target.isa(), Isa::Aarch64);
        A64Masm {
            asm: Assembler::new(),
            trap_stubs: Vec::new(),
            resume: None,
            call_pad: 0,
            sp_unaligned: false,
            check_sp: false,
        }
    }

    /// Linux faults on an SP-based access with SP not 16-byte aligned;
    /// QEMU does not: with the check on, a function entered with an
    /// unaligned SP stops at a `brk` (an emulator stop, not a Wasm trap).
    fn check_stack_alignment(&mut self, on: bool) {
        self.check_sp = on;
    }

    fn buffer(&mut self) -> &mut CodeBuffer {
        &mut self.asm.buf
    }

    fn clear(&mut self) {
        self.trap_stubs.clear();
        self.resume = None;
        self.call_pad = 0;
        self.sp_unaligned = false;
    }

    fn allocatable(class: RegClass) -> RegSet {
        match class {
            RegClass::Int => ALLOCATABLE_INT,
            RegClass::Float => ALLOCATABLE_FLOAT,
        }
    }

    fn local_regs() -> &'static [Reg] {
        &LOCAL_REGS
    }

    fn return_reg(class: RegClass) -> Reg {
        match class {
            RegClass::Int => X0,
            RegClass::Float => v(0),
        }
    }

    fn shift_count_reg() -> Option<Reg> {
        None
    }

    fn div_regs() -> Option<DivRegs> {
        None
    }

    fn frame_address(offset: i32) -> Amode {
        Amode::Offset(FP.into(), offset)
    }

    fn stack_address(offset: u32) -> Amode {
        Amode::Offset(SP, offset as i32)
    }

    fn field_address(base: Reg, offset: i32) -> Amode {
        Amode::Offset(base.into(), offset)
    }

    fn incoming_args_offset() -> i32 {
        16 // the frame record: saved x29 and x30
    }

    fn imm_fits(op: ImmOp, imm: i64, size: OperandSize) -> bool {
        match op {
            ImmOp::Bin(IntBinOp::Add | IntBinOp::Sub) | ImmOp::Compare => {
                add_sub_imm(AddSub::Add, imm, size).is_some()
            }
            ImmOp::Bin(IntBinOp::And | IntBinOp::Or | IntBinOp::Xor) => {
                logical_imm(imm, size).is_some()
            }
            ImmOp::Bin(IntBinOp::Mul) => false,
            // Stored from the zero register.
            ImmOp::Store => imm == 0,
        }
    }

    fn prologue(&mut self, vmctx_slot: Amode) -> FramePatch {
        self.island();
        let overflow = self.trap_label(TrapCode::StackOverflow);
        let a = &mut self.asm;
        a.stp(S64, FP, LR, &Amode::PreIndex(SP, -16));
        a.mov_sp(FP, SP);
        if self.check_sp {
            // FP is SP now; register 31 would be XZR in `tst`.
            let aligned = a.buf.new_label();
            let low_bits = LogicalImm::new(15, S64).expect("a bitmask immediate");
            a.tst_imm(FP, low_bits);
            a.b_cond(Cond::Eq, aligned);
            a.brk(BRK_MISALIGNED_SP);
            a.bind(aligned);
        }
        // Stack check: sp - (frame + extra) must stay at or above the
        // store's stack limit, i.e. sp >= limit + frame + extra.
        let stack_check = self.with_scratches(|a, limit, bytes| {
            load64(a, limit, VMCTX, VMCTX_LIMITS, limit);
            a.ldr(
                S64,
                limit,
                &Amode::Offset(limit.into(), LIMITS_STACK_LIMIT as i32),
            );
            let at = patchable_mov32(a, bytes);
            a.add_sub(AddSub::Add, false, S64, limit, limit, bytes);
            a.cmp_ext(AddSub::Sub, S64, SP, limit, Ext::Uxtx, 0);
            at
        });
        self.asm.b_cond(Cond::Lo, overflow);
        let frame_size = self.with_scratch(|a, bytes| {
            let at = patchable_mov32(a, bytes);
            a.add_sub_ext(AddSub::Sub, S64, SP, SP, bytes, Ext::Uxtx, 0);
            at
        });
        self.with_address(S64, vmctx_slot, |a, slot| a.str(S64, VMCTX, slot));
        FramePatch {
            stack_check,
            frame_size,
        }
    }

    fn finalize_frame(&mut self, patch: FramePatch, frame_bytes: u32, extra_bytes: u32) {
        debug_assert!(frame_bytes.is_multiple_of(16));
        // reserve_stack rounds the outgoing area up to 16.
        let check = frame_bytes + extra_bytes.next_multiple_of(16);
        patch_mov32(&mut self.asm.buf, patch.stack_check, check);
        patch_mov32(&mut self.asm.buf, patch.frame_size, frame_bytes);
    }

    fn epilogue(&mut self, arg_bytes: u32) {
        self.island();
        self.asm.mov_sp(SP, FP);
        let pop = Amode::PostIndex(SP, 16 + arg_bytes as i32);
        if arg_bytes < 1 << 20 && pop.fits_pair(S64) {
            self.asm.ldp(S64, FP, LR, &pop);
        } else {
            self.asm.ldp(S64, FP, LR, &Amode::PostIndex(SP, 16));
            self.adjust_sp(AddSub::Add, arg_bytes);
        }
        self.asm.ret();
        self.island_after_jump();
    }

    fn load(&mut self, size: OperandSize, src: Amode, dst: Reg) {
        self.island();
        self.with_address(size, src, |a, src| emit_load(a, size, src, dst));
    }

    fn store(&mut self, size: OperandSize, src: Reg, dst: Amode) {
        self.island();
        self.with_address(size, dst, |a, dst| emit_store(a, size, src, dst));
    }

    fn store_imm(&mut self, size: OperandSize, imm: i64, dst: Amode) {
        self.island();
        if imm == 0 {
            return self.with_address(size, dst, |a, dst| a.str(size, ZR, dst));
        }
        let dst = *from_outside(&dst);
        let unaligned = self.sp_unaligned;
        self.with_scratches(|a, s, value| {
            a.mov_imm(if size == S64 { S64 } else { S32 }, value, imm as u64);
            let dst = resolve(a, &dst, size, unaligned, s);
            a.str(size, value, &dst);
        });
    }

    fn mov(&mut self, size: OperandSize, src: Reg, dst: Reg) {
        self.island();
        match (src.class(), dst.class()) {
            (RegClass::Int, RegClass::Int) if src != dst => self.asm.mov(int_size(size), dst, src),
            (RegClass::Float, RegClass::Float) if src != dst => self.asm.fmov(size, dst, src),
            (RegClass::Int, RegClass::Float) => self.asm.fmov_to_fp(size, dst, src),
            (RegClass::Float, RegClass::Int) => self.asm.fmov_from_fp(size, dst, src),
            _ => {}
        }
    }

    fn mov_imm(&mut self, size: OperandSize, imm: i64, dst: Reg) {
        self.island();
        match dst.class() {
            // Float constants arrive as their bits (zero-extended for f32).
            RegClass::Float => self.float_const(size, imm as u64, dst),
            RegClass::Int => self.asm.mov_imm(int_size(size), dst, imm as u64),
        }
    }

    fn copy_mem(&mut self, size: OperandSize, src: Amode, dst: Amode) {
        self.island();
        let (src, dst) = (*from_outside(&src), *from_outside(&dst));
        let unaligned = self.sp_unaligned;
        self.with_scratches(|a, s, value| {
            let src = resolve(a, &src, size, unaligned, s);
            a.ldr(size, value, &src);
            let dst = resolve(a, &dst, size, unaligned, s);
            a.str(size, value, &dst);
        });
    }

    fn reserve_stack(&mut self, bytes: u32) {
        self.island();
        let total = bytes.next_multiple_of(16);
        self.call_pad = total - bytes;
        if total != 0 {
            self.adjust_sp(AddSub::Sub, total);
        }
    }

    fn release_stack(&mut self, bytes: u32) {
        self.island();
        let total = bytes + std::mem::take(&mut self.call_pad);
        self.sp_unaligned = false;
        if total != 0 {
            self.adjust_sp(AddSub::Add, total);
        }
    }

    fn int_binop(&mut self, op: IntBinOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Operand) {
        self.island();
        let size = int_size(size);
        let add_sub = |op| match op {
            IntBinOp::Add => Some(AddSub::Add),
            IntBinOp::Sub => Some(AddSub::Sub),
            _ => None,
        };
        let logic = |op| match op {
            IntBinOp::And => Some((LogicOp::And, LogicImmOp::And)),
            IntBinOp::Or => Some((LogicOp::Orr, LogicImmOp::Orr)),
            IntBinOp::Xor => Some((LogicOp::Eor, LogicImmOp::Eor)),
            _ => None,
        };
        if let Operand::Imm(i) = rhs {
            if let Some((o, imm)) = add_sub(op).and_then(|o| add_sub_imm(o, i, size)) {
                return self.asm.add_sub_imm(o, size, dst, lhs, imm);
            }
            if let (Some((_, o)), Some(imm)) = (logic(op), logical_imm(i, size)) {
                return self.asm.logic_imm(o, dst, lhs, imm);
            }
        }
        self.operand_reg(size, rhs, |a, r, _| {
            if let Some(o) = add_sub(op) {
                a.add_sub(o, false, size, dst, lhs, r);
            } else if let Some((o, _)) = logic(op) {
                a.logic(o, size, dst, lhs, r);
            } else {
                a.mul(size, dst, lhs, r);
            }
        });
    }

    fn int_compare(&mut self, size: OperandSize, lhs: Reg, rhs: Operand) {
        self.island();
        let size = int_size(size);
        if let Operand::Imm(i) = rhs
            && let Some((op, imm)) = add_sub_imm(AddSub::Sub, i, size)
        {
            // `cmp x, #-n` is `cmn x, #n`, flags included (n != 0).
            return self.asm.cmp_imm(op, size, lhs, imm);
        }
        self.operand_reg(size, rhs, |a, r, _| a.cmp(AddSub::Sub, size, lhs, r));
    }

    fn set_if(&mut self, cmp: IntCmp, dst: Reg) {
        self.island();
        self.asm.cset(S32, dst, cond(cmp));
    }

    fn select_if(&mut self, cmp: IntCmp, size: OperandSize, dst: Reg, if_true: Reg, if_false: Reg) {
        self.island();
        match dst.class() {
            RegClass::Float => self.asm.fcsel(size, cond(cmp), dst, if_true, if_false),
            RegClass::Int => self.asm.cond_sel(
                CondSelOp::Csel,
                int_size(size),
                cond(cmp),
                dst,
                if_true,
                if_false,
            ),
        }
    }

    fn int_shift(
        &mut self,
        kind: ShiftKind,
        size: OperandSize,
        dst: Reg,
        lhs: Reg,
        count: Operand,
    ) {
        self.island();
        let size = int_size(size);
        let bits = if size == S64 { 64 } else { 32 };
        if let Operand::Imm(i) = count {
            // Wasm masks the count to the operand width.
            let n = (i & (bits - 1)) as u8;
            let (shift, n) = match kind {
                ShiftKind::Shl => (Shift::Lsl, n),
                ShiftKind::ShrS => (Shift::Asr, n),
                ShiftKind::ShrU => (Shift::Lsr, n),
                ShiftKind::Rotr => (Shift::Ror, n),
                // No rotate left: rotate right by the opposite count.
                ShiftKind::Rotl => (Shift::Ror, ((bits as u8) - n) % bits as u8),
            };
            return self.asm.shift_imm(shift, size, dst, lhs, n);
        }
        // The register forms mask the count as Wasm does.
        self.operand_reg(size, count, |a, r, spare| {
            let op = match kind {
                ShiftKind::Shl => TwoSourceOp::Lslv,
                ShiftKind::ShrS => TwoSourceOp::Asrv,
                ShiftKind::ShrU => TwoSourceOp::Lsrv,
                ShiftKind::Rotr => TwoSourceOp::Rorv,
                ShiftKind::Rotl => {
                    a.neg(size, spare, r);
                    return a.two_source(TwoSourceOp::Rorv, size, dst, lhs, spare);
                }
            };
            a.two_source(op, size, dst, lhs, r);
        });
    }

    fn int_div(&mut self, kind: DivKind, size: OperandSize, dst: Reg, lhs: Reg, rhs: Reg) {
        self.island();
        let size = int_size(size);
        // sdiv/udiv never trap (x / 0 = 0): check explicitly.
        let zero = self.trap_label(TrapCode::IntegerDivisionByZero);
        self.asm.cbz(false, size, rhs, zero);
        match kind {
            DivKind::DivU => self.asm.two_source(TwoSourceOp::Udiv, size, dst, lhs, rhs),
            DivKind::DivS => {
                // INT_MIN / -1 overflows (sdiv gives INT_MIN): trap.
                // `cmp lhs, #1` overflows (V) exactly when lhs is INT_MIN.
                let overflow = self.trap_label(TrapCode::IntegerOverflow);
                let ok = self.asm.buf.new_label();
                let one = Imm12::new(1).unwrap();
                self.asm.cmp_imm(AddSub::Add, size, rhs, one);
                self.asm.b_cond(Cond::Ne, ok);
                self.asm.cmp_imm(AddSub::Sub, size, lhs, one);
                self.asm.b_cond(Cond::Vs, overflow);
                self.asm.bind(ok);
                self.asm.two_source(TwoSourceOp::Sdiv, size, dst, lhs, rhs);
            }
            DivKind::RemS | DivKind::RemU => {
                // lhs - (lhs / rhs) * rhs; INT_MIN rem -1 is INT_MIN -
                // INT_MIN * -1 = 0 (wrapping), as Wasm wants.
                let op = if kind == DivKind::RemS {
                    TwoSourceOp::Sdiv
                } else {
                    TwoSourceOp::Udiv
                };
                self.with_scratch(|a, q| {
                    a.two_source(op, size, q, lhs, rhs);
                    a.msub(size, dst, q, rhs, lhs);
                });
            }
        }
    }

    fn int_bitcount(
        &mut self,
        op: BitCount,
        size: OperandSize,
        src: Reg,
        dst: Reg,
        _tmp: Option<Reg>,
    ) {
        self.island();
        let size = int_size(size);
        match op {
            BitCount::Clz => self.asm.one_source(OneSourceOp::Clz, size, dst, src),
            BitCount::Ctz => {
                self.asm.one_source(OneSourceOp::Rbit, size, dst, src);
                self.asm.one_source(OneSourceOp::Clz, size, dst, dst);
            }
            BitCount::Popcnt => self.with_float_scratches(|a, _, [f, _]| {
                // The bits into a vector register (a W source zeroes the
                // rest), ones per byte, the sum of the bytes.
                a.fmov_to_fp(size, f, src);
                a.cnt_8b(f, f);
                a.addv_8b(f, f);
                a.fmov_from_fp(S32, dst, f);
            }),
        }
    }

    fn int_extend(&mut self, kind: Extend, src: Reg, dst: Reg) {
        self.island();
        use OperandSize::{S8, S16};
        let a = &mut self.asm;
        match kind {
            Extend::I32From8S => a.sxt(S8, S32, dst, src),
            Extend::I32From16S => a.sxt(S16, S32, dst, src),
            Extend::I64From8S => a.sxt(S8, S64, dst, src),
            Extend::I64From16S => a.sxt(S16, S64, dst, src),
            Extend::I64From32S => a.sxt(S32, S64, dst, src),
            // Always emitted, even when src == dst: it clears the upper half.
            Extend::From32U => a.mov(S32, dst, src),
        }
    }

    fn float_binop(&mut self, op: FloatBinOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Operand) {
        self.island();
        self.float_binop_impl(op, size, dst, lhs, rhs);
    }

    fn float_unop(&mut self, op: FloatUnOp, size: OperandSize, dst: Reg, src: Reg) {
        self.island();
        self.float_unop_impl(op, size, dst, src);
    }

    fn float_cmp_set(
        &mut self,
        cmp: FloatCmp,
        size: OperandSize,
        lhs: Reg,
        rhs: Operand,
        dst: Reg,
    ) {
        self.island();
        self.float_cmp_impl(cmp, size, lhs, rhs, dst);
    }

    fn int_to_float(
        &mut self,
        signed: bool,
        int_size: OperandSize,
        float_size: OperandSize,
        src: Reg,
        dst: Reg,
    ) {
        self.island();
        self.int_to_float_impl(signed, int_size, float_size, src, dst);
    }

    fn float_to_int(
        &mut self,
        mode: FloatToInt,
        signed: bool,
        float_size: OperandSize,
        int_size: OperandSize,
        src: Reg,
        dst: Reg,
    ) {
        self.island();
        self.float_to_int_impl(mode, signed, float_size, int_size, src, dst);
    }

    fn float_convert(&mut self, from: OperandSize, src: Reg, dst: Reg) {
        self.island();
        self.float_convert_impl(from, src, dst);
    }

    fn jmp(&mut self, label: Label) {
        self.island();
        self.asm.b(label);
        self.island_after_jump();
    }

    fn branch_if(&mut self, cmp: IntCmp, label: Label) {
        self.island();
        self.asm.b_cond(cond(cmp), label);
    }

    fn jump_table(&mut self, index: Reg, targets: &[Label], default: Label) {
        // The table must not be split by an island: promise all of it.
        let entries = targets.len() as u32 + 1;
        self.asm.buf.maybe_emit_island(6 * 4 + 4 * entries + 3 * 4);
        self.with_scratches(|a, i, t| {
            // An index out of range selects the last entry, the default:
            // no conditional branch.
            a.mov_imm(S32, i, u64::from(entries - 1));
            a.cmp(AddSub::Sub, S32, index, i);
            a.cond_sel(CondSelOp::Csel, S32, Cond::Lo, i, index, i);
            let table = a.buf.new_label();
            a.adr(t, table);
            a.add_sub_ext(AddSub::Add, S64, t, t, i, Ext::Uxtw, 2);
            a.br(t);
            a.bind(table);
            for &target in targets {
                a.b(target);
            }
            a.b(default);
        });
        self.island_after_jump();
    }

    fn trap(&mut self, code: TrapCode) {
        self.island();
        let l = self.trap_label(code);
        self.asm.b(l);
        self.island_after_jump();
    }

    fn emit_trap_stubs(&mut self, traps: &mut Vec<TrapEntry>) {
        // A host-trap stub is five instructions, a Wasm trap one.
        let bytes = 20 * self.trap_stubs.len() as u32;
        self.asm.buf.maybe_emit_island(bytes);
        // Taken out for the loop, then put back empty to keep its allocation.
        let mut stubs = std::mem::take(&mut self.trap_stubs);
        for &(code, label) in &stubs {
            let a = &mut self.asm;
            a.bind(label);
            if let Some(code) = code {
                // A Wasm trap is a `udf` listed in the trap table: the
                // signal handler records the backtrace from this frame and
                // unwinds to the innermost entry.
                traps.push(TrapEntry {
                    code_offset: a.buf.len(),
                    code,
                });
                a.udf(code as u16);
                continue;
            }
            // A host trap, code in w0: unwind to the innermost entry
            // trampoline directly (the host side has its own backtrace).
            self.with_scratches(|a, limits, t| {
                load64(a, limits, VMCTX, VMCTX_LIMITS, limits);
                a.ldr(
                    S64,
                    t,
                    &Amode::Offset(limits.into(), LIMITS_ENTRY_SP as i32),
                );
                a.mov_sp(SP, t);
                a.ldr(
                    S64,
                    t,
                    &Amode::Offset(limits.into(), LIMITS_RESUME_PC as i32),
                );
                a.br(t);
            });
        }
        stubs.clear();
        self.trap_stubs = stubs;
    }

    fn call_direct(&mut self, callee: u32) {
        self.island();
        self.asm.buf.put_a64_call_reloc(callee);
        self.after_call();
    }

    fn call_through_vmctx(&mut self, code: u32, callee_vmctx: u32, saved_vmctx: Amode) {
        self.island();
        self.with_scratches(|a, target, t| {
            a.mov(S64, CALLER_VMCTX, VMCTX);
            load64(a, target, VMCTX, code, target);
            load64(a, VMCTX, VMCTX, callee_vmctx, t);
            a.blr(target);
        });
        self.after_call();
        self.with_address(S64, saved_vmctx, |a, slot| a.ldr(S64, VMCTX, slot));
    }

    fn entry_trampoline_prologue(&mut self) -> (Reg, Reg) {
        self.island();
        // AAPCS64: x0 = vmctx, x1 = callee code, x2 = values array.
        let push = Amode::PreIndex(SP, -16);
        let a = &mut self.asm;
        a.stp(S64, FP, LR, &push);
        a.mov_sp(FP, SP);
        for pair in HOST_CALLEE_SAVED.chunks(2) {
            a.stp(S64, pair[0], pair[1], &push);
        }
        for pair in HOST_CALLEE_SAVED_FP.chunks(2) {
            a.stp_fp(S64, pair[0], pair[1], &push);
        }
        // The values pointer sits at the recorded entry stack pointer.
        a.stp(S64, X2, ZR, &push);
        a.mov(S64, VMCTX, X0);
        let resume = self.with_scratches(|a, limits, t| {
            load64(a, limits, VMCTX, VMCTX_LIMITS, limits);
            a.mov_sp(t, SP);
            a.str(
                S64,
                t,
                &Amode::Offset(limits.into(), LIMITS_ENTRY_SP as i32),
            );
            let resume = a.buf.new_label();
            a.adr(t, resume);
            a.str(
                S64,
                t,
                &Amode::Offset(limits.into(), LIMITS_RESUME_PC as i32),
            );
            resume
        });
        self.resume = Some(resume);
        self.asm.mov(S64, X19, X1);
        (X19, X2)
    }

    fn entry_trampoline_values(&mut self) -> Reg {
        self.island();
        let a = &mut self.asm;
        load64(a, X2, VMCTX, VMCTX_LIMITS, X2);
        a.ldr(S64, X2, &Amode::Offset(X2.into(), LIMITS_ENTRY_SP as i32));
        a.ldr(S64, X2, &Amode::Offset(X2.into(), 0));
        X2
    }

    fn entry_trampoline_epilogue(&mut self) {
        self.island();
        let resume = self.resume.take().expect("entry_trampoline_prologue first");
        let pop = Amode::PostIndex(SP, 16);
        let a = &mut self.asm;
        a.mov_imm(S32, X0, 0);
        a.bind(resume);
        a.add_sub_imm(AddSub::Add, S64, SP, SP, Imm12::new(16).unwrap());
        for pair in HOST_CALLEE_SAVED_FP.chunks(2).rev() {
            a.ldp_fp(S64, pair[0], pair[1], &pop);
        }
        for pair in HOST_CALLEE_SAVED.chunks(2).rev() {
            a.ldp(S64, pair[0], pair[1], &pop);
        }
        a.ldp(S64, FP, LR, &pop);
        a.ret();
    }

    fn entry_trampoline_call(&mut self, target: Reg) {
        self.island();
        // No Wasm caller: host functions called directly see no instance.
        self.asm.mov(S64, CALLER_VMCTX, ZR);
        self.asm.blr(target);
        self.after_call();
    }

    fn host_call_prologue(&mut self, area: u32) -> Reg {
        self.island();
        let a = &mut self.asm;
        a.stp(S64, FP, LR, &Amode::PreIndex(SP, -16));
        a.mov_sp(FP, SP);
        self.with_scratch(|a, s| {
            let align = LogicalImm::new(!15, S64).unwrap();
            match Imm12::new(area.into()) {
                Some(i) => a.add_sub_imm(AddSub::Sub, S64, s, SP, i),
                None => {
                    a.mov_imm(S64, s, area.into());
                    a.add_sub_ext(AddSub::Sub, S64, s, SP, s, Ext::Uxtx, 0);
                }
            }
            a.logic_imm(LogicImmOp::And, SP, s, align);
        });
        // The values array's base must survive the host call: the heap-base
        // register is callee-saved, and reloaded after any call that may
        // reach this trampoline.
        self.asm.mov_sp(HEAP_BASE, SP);
        HEAP_BASE
    }

    fn host_call(&mut self, entry: u32) {
        self.island();
        self.with_scratch(|a, target| {
            // (ctx, values, caller vmctx): the caller's vmctx arrived in x1.
            a.mov(S64, X2, CALLER_VMCTX);
            a.mov(S64, X0, VMCTX);
            a.mov(S64, X1, HEAP_BASE);
            load64(a, target, VMCTX, entry, target);
            a.blr(target);
        });
        self.raise_if_nonzero();
    }

    fn heap_load(
        &mut self,
        access: HeapAccess,
        kind: LoadKind,
        to: OperandSize,
        dst: Reg,
        traps: &mut Vec<TrapEntry>,
    ) {
        self.island();
        self.heap_load_impl(access, kind, to, dst, traps);
    }

    fn heap_store(
        &mut self,
        access: HeapAccess,
        size: OperandSize,
        value: StoreValue,
        traps: &mut Vec<TrapEntry>,
    ) {
        self.island();
        self.heap_store_impl(access, size, value, traps);
    }

    fn load_heap_base(&mut self, def_ptr: u32) {
        self.island();
        let a = &mut self.asm;
        load64(a, HEAP_BASE, VMCTX, def_ptr, HEAP_BASE);
        a.ldr(
            S64,
            HEAP_BASE,
            &Amode::Offset(HEAP_BASE.into(), brisk_environ::vmctx::MEMORY_BASE as i32),
        );
    }

    fn table_element(&mut self, def_ptr: u32, index: Reg, oob: TrapCode, spectre: bool) -> Amode {
        self.island();
        let trap = self.trap_label(oob);
        self.with_scratches(|a, def, len| {
            load64(a, def, VMCTX, def_ptr, def);
            a.ldr(S64, len, &Amode::Offset(def.into(), TABLE_LENGTH as i32));
            a.ldr(S64, def, &Amode::Offset(def.into(), TABLE_BASE as i32));
            a.cmp(AddSub::Sub, S64, index, len);
            // `add` keeps the flags; no scratch register is live across
            // the branch.
            a.add_sub_shifted(AddSub::Add, false, S64, index, def, index, Shift::Lsl, 3);
            a.b_cond(Cond::Hs, trap);
            if spectre {
                // Under a mispredicted `b.hs`, the element address becomes 0.
                a.cond_sel(CondSelOp::Csel, S64, Cond::Lo, index, index, ZR);
            }
        });
        Amode::Offset(index.into(), 0)
    }

    fn load_indirect(&mut self, size: OperandSize, ptr: u32, field: u32, dst: Reg) {
        self.island();
        self.with_scratches(|a, def, t| {
            load64(a, def, VMCTX, ptr, def);
            let addr = resolve(a, &Amode::Offset(def.into(), field as i32), size, false, t);
            emit_load(a, size, &addr, dst);
        });
    }

    fn store_indirect(&mut self, size: OperandSize, ptr: u32, field: u32, src: Reg) {
        self.island();
        self.with_scratches(|a, def, t| {
            load64(a, def, VMCTX, ptr, def);
            let addr = resolve(a, &Amode::Offset(def.into(), field as i32), size, false, t);
            emit_store(a, size, src, &addr);
        });
    }

    fn vmctx_lea(&mut self, offset: u32, dst: Reg) {
        self.island();
        add_imm(&mut self.asm, dst, VMCTX.into(), offset.into(), dst);
    }

    fn host_arg_regs() -> &'static [Reg] {
        &HOST_INT_ARGS
    }

    fn call_builtin(&mut self, builtin: Builtin) {
        self.island();
        // The stack pointer is 16-byte aligned here, as the host ABI wants:
        // always in Wasm code outside a call's outgoing area (see the
        // module documentation).
        debug_assert!(!self.sp_unaligned && self.call_pad == 0);
        self.with_scratches(|a, s, t| {
            a.mov(S64, X0, VMCTX);
            load64(a, s, VMCTX, VMCTX_BUILTINS, s);
            load64(a, s, s, builtin.offset(), t);
            a.blr(s);
        });
        if builtin.can_trap() {
            self.raise_if_nonzero();
            if builtin.result_in_second_register() {
                // "-> trap, i32" or "-> trap, word": the result is in x1.
                let size = if builtin.returns_word() { S64 } else { S32 };
                self.asm.mov(size, X0, X1);
            }
        } else {
            // The C ABI leaves the upper half of an i32 result undefined.
            self.asm.mov(S32, X0, X0);
        }
    }

    fn check_funcref(&mut self, funcref: Reg, type_id: u32) {
        self.island();
        let null = self.trap_label(TrapCode::UninitializedElement);
        let mismatch = self.trap_label(TrapCode::IndirectCallTypeMismatch);
        self.asm.cbz(false, S64, funcref, null);
        self.with_scratches(|a, expected, actual| {
            let addr = resolve(
                a,
                &Amode::Offset(VMCTX.into(), type_id as i32),
                S32,
                false,
                expected,
            );
            a.ldr(S32, expected, &addr);
            a.ldr(
                S32,
                actual,
                &Amode::Offset(funcref.into(), FUNC_REF_TYPE_ID as i32),
            );
            a.cmp(AddSub::Sub, S32, expected, actual);
        });
        self.asm.b_cond(Cond::Ne, mismatch);
    }

    fn call_funcref(&mut self, funcref: Reg, saved_vmctx: Amode) {
        self.island();
        // Copied first: `funcref` may be the register the caller's vmctx
        // goes in.
        self.with_scratches(|a, callee, target| {
            a.mov(S64, callee, funcref);
            a.mov(S64, CALLER_VMCTX, VMCTX);
            a.ldr(
                S64,
                VMCTX,
                &Amode::Offset(callee.into(), FUNC_REF_VMCTX as i32),
            );
            a.ldr(
                S64,
                target,
                &Amode::Offset(callee.into(), FUNC_REF_CODE as i32),
            );
            a.blr(target);
        });
        self.after_call();
        self.with_address(S64, saved_vmctx, |a, slot| a.ldr(S64, VMCTX, slot));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masm() -> A64Masm {
        A64Masm::new(Target::baseline(Isa::Aarch64))
    }

    fn word(m: &mut A64Masm, at: u32) -> u32 {
        let at = at as usize;
        u32::from_le_bytes(m.buffer().bytes()[at..at + 4].try_into().unwrap())
    }

    /// Where the branch at `at` (`b`, `b.cond`, `cbz`/`cbnz`) goes, through
    /// any chain of `b` (veneers, branches over islands).
    fn destination(m: &mut A64Masm, at: u32) -> u32 {
        let sext = |v: u32, bits: u32| ((v << (32 - bits)) as i32 >> (32 - bits)) as i64;
        let insn = word(m, at);
        let delta = if insn >> 26 == 0b000101 {
            sext(insn & 0x03ff_ffff, 26)
        } else {
            assert!(
                insn >> 24 == 0x54 || insn >> 25 & 0x3f == 0b011010,
                "not a conditional branch at {at:#x}: {insn:#010x}"
            );
            sext(insn >> 5 & 0x7_ffff, 19)
        };
        let target = (i64::from(at) + 4 * delta) as u32;
        if word(m, target) >> 26 == 0b000101 {
            destination(m, target)
        } else {
            target
        }
    }

    /// A function of `bytes` bytes of additions between a conditional
    /// branch forward and its label, as code generation would emit it.
    fn long_function(bytes: u32) -> (A64Masm, FramePatch, u32, Label) {
        let mut m = masm();
        let patch = m.prologue(A64Masm::frame_address(-8));
        let end = m.new_label();
        m.int_compare(S32, X0, Operand::Imm(0));
        m.branch_if(IntCmp::Eq, end);
        let branch = m.buffer().len() - 4;
        while m.buffer().len() < bytes {
            m.int_binop(IntBinOp::Add, S64, X1, X1, Operand::Reg(X2));
        }
        m.bind(end);
        m.epilogue(0);
        (m, patch, branch, end)
    }

    #[test]
    fn branches_beyond_their_range_arrive_through_veneers() {
        let (mut m, patch, branch, _) = long_function(3 << 20);
        let label_at = m.buffer().len() - 12; // mov sp, x29; ldp; ret
        let mut traps = Vec::new();
        m.emit_trap_stubs(&mut traps);
        m.finalize_frame(patch, 64, 0);
        m.buffer().try_finish().unwrap();
        assert_eq!(destination(&mut m, branch), label_at);
        // The stack-overflow branch of the prologue reaches its udf stub.
        let overflow = patch.stack_check + 16; // movz, movk, add, cmp
        let stub = destination(&mut m, overflow);
        assert_eq!(traps[0].code_offset, stub);
        assert_eq!(word(&mut m, stub), TrapCode::StackOverflow as u32);
    }

    #[test]
    fn a_function_beyond_the_reach_of_b_is_an_error() {
        // The prologue's branch to its trap stub at the end goes through a
        // veneer in the first island, which cannot reach 128 MiB further.
        let (mut m, patch, _, _) = long_function(129 << 20);
        let mut traps = Vec::new();
        m.emit_trap_stubs(&mut traps);
        m.finalize_frame(patch, 64, 0);
        assert!(m.buffer().try_finish().is_err());
    }

    #[test]
    fn add_sub_and_compare_immediates_at_their_edges() {
        let fits = |imm, size| A64Masm::imm_fits(ImmOp::Bin(IntBinOp::Add), imm, size);
        for (imm, ok) in [
            (0, true),
            (4095, true),
            (4096, true),
            (4097, false),
            (0xfff000, true),
            (0xfff001, false),
            (0x1000000, false),
            (-4095, true),
            (-4096, true),
            (-4097, false),
            (-0xfff000, true),
            (i64::MIN, false),
        ] {
            assert_eq!(fits(imm, S64), ok, "{imm:#x}");
            assert_eq!(
                A64Masm::imm_fits(ImmOp::Compare, imm, S64),
                ok,
                "cmp {imm:#x}"
            );
        }
        // A 32-bit operation sees the low 32 bits: 0xffff_ffff is -1.
        assert!(fits(0xffff_ffff, S32));
        assert!(!fits(0xffff_ffff, S64));
        assert!(!fits(i64::from(i32::MIN), S32));
        assert!(!A64Masm::imm_fits(ImmOp::Bin(IntBinOp::Mul), 2, S64));
        assert!(A64Masm::imm_fits(ImmOp::Store, 0, S32));
        assert!(!A64Masm::imm_fits(ImmOp::Store, 1, S32));
    }

    #[test]
    fn logic_immediates_are_bitmasks() {
        let fits = |imm, size| A64Masm::imm_fits(ImmOp::Bin(IntBinOp::And), imm, size);
        for (imm, size, ok) in [
            (0xff, S32, true),
            (0x5555_5555, S32, true),
            (0x5555_5555_5555_5555, S64, true),
            (0x5555_5555, S64, false),
            (0, S64, false),
            (-1, S64, false),
            (-1, S32, false),
            (0xffff_fffe, S32, true),
            (0x1234, S64, false),
        ] {
            assert_eq!(fits(imm, size), ok, "{imm:#x} {size:?}");
        }
    }

    #[test]
    fn the_outgoing_area_keeps_the_stack_aligned() {
        let mut m = masm();
        m.reserve_stack(24);
        assert_eq!(m.call_pad, 8);
        m.call_direct(0);
        // After the callee popped 16 bytes of parameters, results are read
        // through a copy of SP, never with SP as an unaligned base.
        let before = m.buffer().len();
        m.copy_mem(S64, A64Masm::stack_address(0), A64Masm::frame_address(-16));
        assert_eq!(m.buffer().len() - before, 12);
        m.release_stack(8);
        assert!(!m.sp_unaligned);
        assert_eq!(m.call_pad, 0);
        // add sp, sp, #16: the result area and the padding.
        let at = m.buffer().len() - 4;
        assert_eq!(word(&mut m, at), 0x9100_43ff);
    }

    #[test]
    fn the_stack_alignment_check_tests_fp_after_the_frame_record() {
        let words = |check: bool| {
            let mut m = masm();
            m.check_stack_alignment(check);
            m.prologue(A64Masm::frame_address(-8));
            let len = m.buffer().len();
            m.emit_trap_stubs(&mut Vec::new());
            m.buffer().finish();
            (0..len)
                .step_by(4)
                .map(|at| word(&mut m, at))
                .collect::<Vec<_>>()
        };
        let (plain, checked) = (words(false), words(true));
        assert_eq!(checked.len(), plain.len() + 3);
        // stp x29, x30, [sp, #-16]!; mov x29, sp
        assert_eq!(checked[..2], plain[..2]);
        // tst x29, #0xf; b.eq +8; brk #0x5350
        assert_eq!(checked[2], 0xf240_0fbf);
        assert_eq!(checked[3], 0x5400_0040);
        assert_eq!(checked[4], 0xd420_0000 | u32::from(BRK_MISALIGNED_SP) << 5);
        assert_eq!(checked[5..], plain[2..]);
    }
}
