//! The x86-64 MacroAssembler: instruction selection for each abstract
//! operation, fixed-register rules (`cl` for shift counts, `rdx:rax` for
//! division) and CPU-feature-dependent sequences.

use super::asm::{AluOp, Amode, Assembler, BitOp, Cond, PackedOp, ShiftOp, UnaryOp};
use super::regs::*;
use crate::buffer::{CodeBuffer, Label};
use crate::masm::*;
use crate::reg::{Reg, RegClass, RegSet};
use crate::target::{Isa, Target};
use brisk_environ::vmctx::{
    Builtin, FUNC_REF_CODE, FUNC_REF_TYPE_ID, FUNC_REF_VMCTX, HOSTCTX_LIMITS, LIMITS_ENTRY_SP,
    LIMITS_EXIT_FP, LIMITS_EXIT_PC, LIMITS_RESUME_PC, LIMITS_STACK_LIMIT, MEMORY_BASE,
    MEMORY_LENGTH, TABLE_BASE, TABLE_LENGTH, VMCTX_BUILTINS, VMCTX_LIMITS,
};
use brisk_environ::{TrapCode, TrapEntry};

mod atomic;
mod exceptions;
mod float;
mod interrupt;
mod scratch;
mod simd;
mod tail_call;
mod wide;

use scratch::from_outside;

/// The optional x86-64 features the MacroAssembler picks sequences by.
#[derive(Debug, Clone, Copy)]
struct Features {
    lzcnt: bool,
    bmi1: bool,
    popcnt: bool,
    sse41: bool,
    ssse3: bool,
    sse42: bool,
    /// VEX three-operand forms for v128 code (`avx2` implies it).
    avx: bool,
    /// `vpbroadcast*` for splats.
    avx2: bool,
}

impl Features {
    fn of(target: Target) -> Features {
        debug_assert_eq!(target.isa(), Isa::X86_64);
        Features {
            lzcnt: target.has_feature("lzcnt"),
            bmi1: target.has_feature("bmi1"),
            popcnt: target.has_feature("popcnt"),
            sse41: target.has_feature("sse4.1"),
            ssse3: target.has_feature("ssse3"),
            sse42: target.has_feature("sse4.2"),
            avx: target.has_feature("avx") || target.has_feature("avx2"),
            avx2: target.has_feature("avx2"),
        }
    }
}

pub struct X64Masm {
    asm: Assembler,
    features: Features,
    /// One out-of-line stub per trap code used by the current function;
    /// `None` raises the code already in eax.
    trap_stubs: Vec<(Option<TrapCode>, Label)>,
    /// The entry trampoline's resume point, while generating one.
    resume: Option<Label>,
    /// Prologues check the epoch (`MacroAssembler::epoch_checks`).
    epoch: bool,
    /// Functions keep the fuel counter in `interrupt::FUEL`
    /// (`MacroAssembler::fuel_checks`).
    fuel: bool,
    /// The current function's epoch slow paths.
    epoch_stubs: Vec<interrupt::EpochStub>,
    /// The current function's v128 constant pool, emitted 16-byte aligned
    /// after its trap stubs.
    v128_consts: Vec<(u128, Label)>,
    /// The return address of the safepoint just emitted, until code
    /// generation takes it (`MacroAssembler::take_safepoint`).
    safepoint: Option<u32>,
    /// Per builtin (by index), its host call's bytes once encoded
    /// ([`HostCall`]); kept across functions.
    host_calls: Vec<Option<HostCall>>,
}

/// The bytes of a builtin's host call from the exit record's store to the
/// return address (`X64Masm::call_builtin`): the same for every call of
/// one builtin, the return address's `lea` included (its displacement is
/// the fixed length of what follows it), so that they are encoded once
/// and then copied. At most 64 bytes, as words for `CodeBuffer::put_parts`.
#[derive(Debug, Clone, Copy)]
struct HostCall {
    parts: [(u64, usize); 8],
}

impl HostCall {
    const MAX: usize = 64;

    /// The sequence `code`, whose return-address displacement (a `lea`'s
    /// rel32) ends at `lea_end`, resolved; `None` if it is too long.
    fn of(code: &[u8], lea_end: usize) -> Option<HostCall> {
        if code.len() > Self::MAX {
            return None;
        }
        let mut bytes = [0u8; Self::MAX];
        bytes[..code.len()].copy_from_slice(code);
        let disp = (code.len() - lea_end) as u32;
        bytes[lea_end - 4..lea_end].copy_from_slice(&disp.to_le_bytes());
        let mut parts = [(0, 0); 8];
        for (i, (part, chunk)) in parts.iter_mut().zip(bytes.chunks_exact(8)).enumerate() {
            let word = u64::from_le_bytes(chunk.try_into().expect("8-byte chunk"));
            *part = (word, code.len().saturating_sub(8 * i).min(8));
        }
        Some(HostCall { parts })
    }
}

/// The x86-64 prologue's fields patched once the frame size is known: two
/// imm32 operands.
#[derive(Debug, Clone, Copy)]
pub struct FramePatch {
    /// `add limit, imm32` of the stack-limit check: the frame size plus
    /// the outgoing area.
    stack_check: u32,
    /// `sub rsp, imm32`: the frame size.
    frame_size: u32,
}

/// `mov dst, [base + disp]`, 64 bits: how the MacroAssembler reaches vmctx
/// and runtime fields.
fn load64(a: &mut Assembler, dst: Reg, base: Reg, disp: i32) {
    a.mov_rm(OperandSize::S64, dst, &Amode::base_disp(base, disp));
}

/// `dst = [src]`: `size` bytes zero-extended into an integer register, or
/// an f32/f64 into the low bits of a float register.
#[inline]
fn emit_load(a: &mut Assembler, size: OperandSize, src: &Amode, dst: Reg) {
    match (dst.class(), size) {
        (RegClass::Int, OperandSize::S32 | OperandSize::S64) => a.mov_rm(size, dst, src),
        (RegClass::Int, OperandSize::S8 | OperandSize::S16) => a.movzx_rm(size, dst, src),
        _ => emit_float_load(a, size, *src, dst),
    }
}

/// [`emit_load`] into a float register, out of line so that the integer
/// loads inlined with it (most loads) need no stack frame for its v128
/// form and failure message.
#[inline(never)]
fn emit_float_load(a: &mut Assembler, size: OperandSize, src: Amode, dst: Reg) {
    match (dst.class(), size) {
        (RegClass::Float, OperandSize::S128) => a.movups_rm(dst, &src),
        (RegClass::Float, _) => a.movs_rm(size, dst, &src),
        (RegClass::Int, _) => unreachable!("{size:?} load into {dst:?}"),
    }
}

/// `[dst] = src`, the low `size` bytes of an integer or float register.
#[inline]
fn emit_store(a: &mut Assembler, size: OperandSize, src: Reg, dst: &Amode) {
    match src.class() {
        RegClass::Int => a.mov_mr(size, dst, src),
        RegClass::Float => emit_float_store(a, size, src, *dst),
    }
}

/// [`emit_store`] of a float register, out of line as [`emit_float_load`].
#[inline(never)]
fn emit_float_store(a: &mut Assembler, size: OperandSize, src: Reg, dst: Amode) {
    if size == OperandSize::S128 {
        a.movups_mr(&dst, src);
    } else {
        a.movs_mr(size, &dst, src);
    }
}

/// An operation's right-hand operand on x86-64.
type Operand = crate::masm::Operand<Amode>;

/// Whether `op` is the register `reg` or an address computed from it.
fn reads(op: &Operand, reg: Reg) -> bool {
    match op {
        Operand::Reg(r) => *r == reg,
        Operand::Imm(_) => false,
        Operand::Mem(a) => a.uses(reg),
    }
}

/// The largest displacement (disp32, sign-extended) heap addresses fold.
const MAX_DISP: u64 = i32::MAX as u64;

/// The address of a heap access of `bytes` bytes, after its bounds check
/// (which jumps to `oob`), as a sequence holding the scratch register `s`:
/// the address may be based on it, so the access goes in the same
/// sequence. The index register is only read (lent or owned alike), and
/// a constant of 2^31 or more is never a sign-extended disp32/imm32.
///
/// ```text
/// checked:   s = [vmctx + def_ptr]
///            end = index + offset + bytes    ; 64 bits: index, offset < 2^32
///            (a 64-bit index: `add`, then `sbb s, s; or end, s` make a
///            carry 2^64 - 1, above any length; s loaded after that)
///            cmp end, [s + length]
///            ja  oob
///   spectre: base = r15, or s = [s + base]
///            lea end, [base + end - bytes]   ; lea/mov/cmov keep the flags:
///            mov s, 0                        ; a mispredicted `ja` still
///            cmova end, s                    ; sees "above", and reads 0
///            -> [end]
///   else:    -> [r15 + index + offset], or from end: [r15 + end - bytes],
///               or with `add end, [s + base]`: [end - bytes]
/// guard:     -> [r15 + index + offset], or with s = [[vmctx + def_ptr] + base]:
///               [s + index + offset]; offsets of 2^31 or more are moved
///               into s (r15) or added to it in 2^31 steps (a loaded base)
/// ```
#[inline(always)]
fn heap_amode(
    a: &mut Assembler,
    access: &HeapAccess,
    bytes: u32,
    oob: Option<Label>,
    s: Reg,
) -> Amode {
    match access.bounds {
        HeapBounds::Checked { tmp, spectre } => {
            let oob = oob.expect("a checked access has its trap label");
            checked_heap_amode(a, access, bytes, oob, tmp, spectre, s)
        }
        HeapBounds::Guard => guarded_heap_amode(a, access, s),
    }
}

/// The index register of `access` and the constant index (0 with a
/// register).
#[inline]
fn index_parts(access: &HeapAccess) -> (Option<Reg>, u64) {
    match access.index {
        HeapIndex::Const(c) => (None, c as u64),
        HeapIndex::Lent(r) | HeapIndex::Owned(r) => (Some(r), 0),
    }
}

/// [`heap_amode`] of a checked access: `end` is its check register.
#[inline(always)]
fn checked_heap_amode(
    a: &mut Assembler,
    access: &HeapAccess,
    bytes: u32,
    oob: Label,
    end: Reg,
    spectre: bool,
    s: Reg,
) -> Amode {
    use OperandSize::{S32, S64};
    let (index, constant) = index_parts(access);
    // Past 2^64 (a 64-bit index's memory): out of bounds whatever the
    // index, so the check is a jump and the access dead code.
    let Some((disp, end_const)) = constant
        .checked_add(access.offset)
        .and_then(|d| Some((d, d.checked_add(bytes as u64)?)))
    else {
        a.jmp(oob);
        return Amode::base_disp(end, 0);
    };
    // The saturation below needs `s` before the definition pointer.
    let saturate = access.index64 && index.is_some();
    if !saturate {
        load64(a, s, VMCTX, access.def_ptr as i32);
    }
    match index {
        // A 64-bit index: end = index + offset + bytes may carry out of
        // 64 bits; a carry saturates it to 2^64 - 1, above any length,
        // so that one `ja` (and its Spectre clamp) covers both.
        Some(i) if saturate => {
            if end_const <= MAX_DISP {
                a.mov_rr(S64, end, i);
                a.alu_ri(AluOp::Add, S64, end, end_const as i32);
            } else {
                a.mov_ri(S64, end, end_const);
                a.alu_rr(AluOp::Add, S64, end, i);
            }
            a.alu_rr(AluOp::Sbb, S64, s, s);
            a.alu_rr(AluOp::Or, S64, end, s);
            load64(a, s, VMCTX, access.def_ptr as i32);
        }
        Some(i) if end_const <= MAX_DISP => a.lea(end, &Amode::base_disp(i, end_const as i32)),
        _ => {
            a.mov_ri(S64, end, end_const);
            if let Some(i) = index {
                a.alu_rr(AluOp::Add, S64, end, i);
            }
        }
    }
    a.alu_rm(
        AluOp::Cmp,
        S64,
        end,
        &Amode::base_disp(s, MEMORY_LENGTH as i32),
    );
    a.jcc(Cond::A, oob);
    let from_end = -(bytes as i32);
    if spectre {
        let base = if access.base_in_reg {
            HEAP_BASE
        } else {
            load64(a, s, s, MEMORY_BASE as i32);
            s
        };
        a.lea(end, &Amode::indexed(base, end, 0, from_end));
        // The definition pointer is dead: s becomes the zero.
        a.mov_ri(S32, s, 0);
        a.cmov(Cond::A, S64, end, s);
        return Amode::base_disp(end, 0);
    }
    match index {
        Some(i) if access.base_in_reg && disp <= MAX_DISP => {
            Amode::indexed(HEAP_BASE, i, 0, disp as i32)
        }
        _ if access.base_in_reg => Amode::indexed(HEAP_BASE, end, 0, from_end),
        _ => {
            a.alu_rm(
                AluOp::Add,
                S64,
                end,
                &Amode::base_disp(s, MEMORY_BASE as i32),
            );
            Amode::base_disp(end, from_end)
        }
    }
}

/// [`heap_amode`] of an access the guard region covers.
#[inline(always)]
fn guarded_heap_amode(a: &mut Assembler, access: &HeapAccess, s: Reg) -> Amode {
    use OperandSize::S64;
    let (index, constant) = index_parts(access);
    debug_assert!(!access.index64, "a 64-bit index is always checked");
    let disp = constant + access.offset;
    if access.base_in_reg {
        if disp <= MAX_DISP {
            return match index {
                Some(i) => Amode::indexed(HEAP_BASE, i, 0, disp as i32),
                None => Amode::base_disp(HEAP_BASE, disp as i32),
            };
        }
        a.mov_ri(S64, s, disp);
        if let Some(i) = index {
            a.alu_rr(AluOp::Add, S64, s, i);
        }
        return Amode::indexed(HEAP_BASE, s, 0, 0);
    }
    load64(a, s, VMCTX, access.def_ptr as i32);
    load64(a, s, s, MEMORY_BASE as i32);
    let mut disp = disp;
    while disp > MAX_DISP {
        // sub s, -2^31: adds 2^31.
        a.alu_ri(AluOp::Sub, S64, s, i32::MIN);
        disp -= 1 << 31;
    }
    match index {
        Some(i) => Amode::indexed(s, i, 0, disp as i32),
        None => Amode::base_disp(s, disp as i32),
    }
}

/// Lists a guarded heap access, whose instruction starts at `at`, in the
/// trap table.
fn record_guarded(access: &HeapAccess, at: u32, traps: &mut Vec<TrapEntry>) {
    if access.bounds == HeapBounds::Guard {
        traps.push(TrapEntry {
            code_offset: at,
            code: TrapCode::MemoryOutOfBounds,
        });
    }
}

/// `size`, checked to be 32 or 64 bits: the width of an integer operation
/// on whole registers (the assembler's ALU forms encode no other).
fn alu_size(size: OperandSize) -> OperandSize {
    debug_assert!(matches!(size, OperandSize::S32 | OperandSize::S64));
    size
}

fn cond(cmp: IntCmp) -> Cond {
    match cmp {
        IntCmp::Eq => Cond::E,
        IntCmp::Ne => Cond::NE,
        IntCmp::LtS => Cond::L,
        IntCmp::LtU => Cond::B,
        IntCmp::GtS => Cond::G,
        IntCmp::GtU => Cond::A,
        IntCmp::LeS => Cond::LE,
        IntCmp::LeU => Cond::BE,
        IntCmp::GeS => Cond::GE,
        IntCmp::GeU => Cond::AE,
    }
}

impl X64Masm {
    /// Makes the call just emitted a safepoint. Code generation takes each
    /// before the next call: one still pending is a call left without a
    /// stack map.
    fn mark_safepoint(&mut self) {
        if let Some(at) = self.safepoint.replace(self.asm.buf.len()) {
            crate::stack_map::unmapped(at);
        }
    }

    /// The out-of-bounds trap of a checked heap access.
    fn heap_check_label(&mut self, access: &HeapAccess) -> Option<Label> {
        match access.bounds {
            HeapBounds::Checked { .. } => Some(self.trap_label(TrapCode::MemoryOutOfBounds)),
            HeapBounds::Guard => None,
        }
    }

    fn trap_label(&mut self, code: TrapCode) -> Label {
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

    /// Encodes `builtin`'s host call up to its return address (see
    /// [`HostCall`]), giving its bytes for the next calls.
    #[cold]
    fn encode_host_call(&mut self, builtin: Builtin) -> Option<HostCall> {
        let start = self.asm.buf.len();
        let lea_end = self.with_scratch(|a, s| {
            // The exit record (this frame and the return address), from
            // which the collector walks the Wasm frames; `rdi` is free
            // until it takes the vmctx.
            let ret = a.buf.new_label();
            load64(a, s, VMCTX, VMCTX_LIMITS as i32);
            a.mov_mr(
                OperandSize::S64,
                &Amode::base_disp(s, LIMITS_EXIT_FP as i32),
                RBP,
            );
            a.lea_label(RDI, ret);
            let lea_end = a.buf.len();
            a.mov_mr(
                OperandSize::S64,
                &Amode::base_disp(s, LIMITS_EXIT_PC as i32),
                RDI,
            );
            a.mov_rr(OperandSize::S64, RDI, VMCTX);
            a.mov_rr(OperandSize::S64, s, RSP);
            a.alu_ri(AluOp::And, OperandSize::S64, RSP, -16);
            a.push_r(s);
            a.push_r(s);
            load64(a, s, VMCTX, VMCTX_BUILTINS as i32);
            a.call_m(&Amode::base_disp(s, builtin.offset() as i32));
            a.bind(ret);
            lea_end
        });
        let code = &self.asm.buf.bytes()[start as usize..];
        HostCall::of(code, (lea_end - start) as usize)
    }

    /// `dst = lhs` for a two-operand instruction `dst = dst op rhs` to
    /// compute the trait's `dst = lhs op rhs`.
    fn copy_lhs(&mut self, size: OperandSize, dst: Reg, lhs: Reg, rhs: Operand) {
        if dst != lhs {
            debug_assert!(
                !reads(&rhs, dst),
                "three-operand {dst:?} = {lhs:?} op {rhs:?}"
            );
            self.mov(size, lhs, dst);
        }
    }

    /// [`MacroAssembler::store_imm`] of what no `mov [mem], imm32` stores:
    /// a v128 zero, or a 64-bit immediate beyond a sign-extended imm32.
    /// Out of line, so that the common stores need no stack frame.
    #[inline(never)]
    fn store_wide_imm(&mut self, size: OperandSize, imm: i64, dst: Amode) {
        if size == OperandSize::S128 {
            // Only zero (declared v128 locals) is ever stored this way.
            debug_assert_eq!(imm, 0);
            return self.with_scratches(|a, _, fs| {
                a.packed_rr(PackedOp::Pxor, fs, fs);
                a.movups_mr(&dst, fs);
            });
        }
        self.with_scratch(|a, s| {
            a.mov_ri(size, s, imm as u64);
            a.mov_mr(size, &dst, s);
        });
    }

    /// [`MacroAssembler::copy_mem`] of 8, 16 or 128 bits, out of line as
    /// [`Self::store_wide_imm`].
    #[inline(never)]
    fn copy_narrow_or_v128(&mut self, size: OperandSize, src: Amode, dst: Amode) {
        self.with_scratches(|a, s, fs| {
            let s = if size == OperandSize::S128 { fs } else { s };
            emit_load(a, size, &src, s);
            emit_store(a, size, s, &dst);
        });
    }

    /// `op dst, rhs` for the ALU group. Always inlined, like
    /// `int_binop` and `int_compare`: the operators then reach the
    /// encoder with no masm call layer between.
    #[inline(always)]
    fn alu(&mut self, op: AluOp, size: OperandSize, dst: Reg, rhs: Operand) {
        match rhs {
            Operand::Reg(r) => self.asm.alu_rr(op, size, dst, r),
            Operand::Imm(i) => self.asm.alu_ri(op, size, dst, i as i32),
            Operand::Mem(a) => self.asm.alu_rm(op, size, dst, from_outside(&a)),
        }
    }
}

impl MacroAssembler for X64Masm {
    /// `[base + index + disp32]` (the encoder's scaled index is used only
    /// inside sequences).
    type Address = Amode;
    type FramePatch = FramePatch;

    fn new(target: Target) -> Self {
        X64Masm {
            asm: Assembler::new(),
            features: Features::of(target),
            trap_stubs: Vec::new(),
            resume: None,
            epoch: false,
            fuel: false,
            epoch_stubs: Vec::new(),
            v128_consts: Vec::new(),
            safepoint: None,
            host_calls: Vec::new(),
        }
    }

    fn buffer(&mut self) -> &mut CodeBuffer {
        &mut self.asm.buf
    }

    fn clear(&mut self) {
        self.trap_stubs.clear();
        self.resume = None;
        self.epoch_stubs.clear();
        self.v128_consts.clear();
        self.safepoint = None;
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
            RegClass::Int => RAX,
            RegClass::Float => xmm(0),
        }
    }

    fn shift_count_reg() -> Option<Reg> {
        Some(RCX)
    }

    fn div_regs() -> Option<DivRegs> {
        Some(DivRegs {
            dividend: RAX,
            remainder: RDX,
        })
    }

    fn frame_address(offset: i32) -> Amode {
        Amode::base_disp(RBP, offset)
    }

    fn stack_address(offset: u32) -> Amode {
        Amode::base_disp(RSP, offset as i32)
    }

    fn field_address(base: Reg, offset: i32) -> Amode {
        Amode::base_disp(base, offset)
    }

    fn incoming_args_offset() -> i32 {
        16 // saved rbp and the return address
    }

    fn imm_fits(_op: ImmOp, imm: i64, size: OperandSize) -> bool {
        // Every operation takes an imm32; 64-bit ones sign-extend it.
        match size {
            OperandSize::S64 => imm == imm as i32 as i64,
            _ => true,
        }
    }

    fn prologue(&mut self, vmctx_slot: Amode) -> FramePatch {
        self.asm.push_r(RBP);
        self.asm.mov_rr(OperandSize::S64, RBP, RSP);
        // Stack check: rsp - (frame + extra) must stay at or above the
        // store's stack limit, i.e. rsp >= limit + frame + extra. With
        // epoch checks, it is also the function entry's epoch check.
        let retry = self.epoch.then(|| {
            let l = self.asm.buf.new_label();
            self.asm.bind(l);
            l
        });
        let check = self.with_scratch(|a, limit| {
            load64(a, limit, VMCTX, VMCTX_LIMITS as i32);
            load64(a, limit, limit, LIMITS_STACK_LIMIT as i32);
            let check = a.alu_ri_patchable(AluOp::Add, OperandSize::S64, limit);
            a.alu_rr(AluOp::Cmp, OperandSize::S64, RSP, limit);
            check
        });
        let overflow = match retry {
            Some(retry) => self.epoch_stub(retry),
            None => self.trap_label(TrapCode::StackOverflow),
        };
        let a = &mut self.asm;
        a.jcc(Cond::B, overflow);
        let frame = a.alu_ri_patchable(AluOp::Sub, OperandSize::S64, RSP);
        a.mov_mr(OperandSize::S64, from_outside(&vmctx_slot), VMCTX);
        FramePatch {
            stack_check: check,
            frame_size: frame,
        }
    }

    fn finalize_frame(&mut self, patch: FramePatch, frame_bytes: u32, extra_bytes: u32) {
        self.asm
            .buf
            .patch4(patch.stack_check, frame_bytes + extra_bytes);
        self.asm.buf.patch4(patch.frame_size, frame_bytes);
    }

    fn epilogue(&mut self, arg_bytes: u32) {
        let a = &mut self.asm;
        a.mov_rr(OperandSize::S64, RSP, RBP);
        a.pop_r(RBP);
        if arg_bytes == 0 {
            a.ret();
        } else {
            a.ret_imm(arg_bytes as u16);
        }
    }

    fn load(&mut self, size: OperandSize, src: Amode, dst: Reg) {
        emit_load(&mut self.asm, size, from_outside(&src), dst);
    }

    fn store(&mut self, size: OperandSize, src: Reg, dst: Amode) {
        emit_store(&mut self.asm, size, src, from_outside(&dst));
    }

    #[inline(never)]
    fn store_imm(&mut self, size: OperandSize, imm: i64, dst: Amode) {
        let dst = from_outside(&dst);
        if size != OperandSize::S128 && Self::imm_fits(ImmOp::Store, imm, size) {
            return self.asm.mov_mi(size, dst, imm as i32);
        }
        self.store_wide_imm(size, imm, *dst);
    }

    #[inline]
    fn mov(&mut self, size: OperandSize, src: Reg, dst: Reg) {
        if size == OperandSize::S128 {
            if src != dst {
                self.asm.movap_rr(OperandSize::S32, dst, src);
            }
            return;
        }
        if !(src.is_int() && dst.is_int()) {
            return self.float_mov(size, src, dst);
        }
        if src != dst {
            self.asm.mov_rr(alu_size(size), dst, src);
        }
    }

    fn mov_imm(&mut self, size: OperandSize, imm: i64, dst: Reg) {
        if dst.class() == RegClass::Float {
            // Float constants arrive as their bits (zero-extended for f32).
            return self.float_const(size, imm as u64, dst);
        }
        self.asm.mov_ri(alu_size(size), dst, imm as u64);
    }

    #[inline(never)]
    fn copy_mem(&mut self, size: OperandSize, src: Amode, dst: Amode) {
        let (src, dst) = (from_outside(&src), from_outside(&dst));
        if matches!(size, OperandSize::S32 | OperandSize::S64) {
            // Integers and floats alike, through the integer scratch.
            return self.with_scratch(|a, s| a.mov_mm_via(size, src, dst, s));
        }
        self.copy_narrow_or_v128(size, *src, *dst);
    }

    fn reserve_stack(&mut self, bytes: u32) {
        if bytes != 0 {
            self.asm
                .alu_ri(AluOp::Sub, OperandSize::S64, RSP, bytes as i32);
        }
    }

    fn release_stack(&mut self, bytes: u32) {
        if bytes != 0 {
            self.asm
                .alu_ri(AluOp::Add, OperandSize::S64, RSP, bytes as i32);
        }
    }

    #[inline(always)]
    fn int_binop(&mut self, op: IntBinOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Operand) {
        let size = alu_size(size);
        if let (IntBinOp::Mul, Operand::Imm(i)) = (op, rhs) {
            // imul has a three-operand form with an immediate.
            self.asm.imul_rri(size, dst, lhs, i as i32);
            return;
        }
        self.copy_lhs(size, dst, lhs, rhs);
        let alu = match op {
            IntBinOp::Add => AluOp::Add,
            IntBinOp::Sub => AluOp::Sub,
            IntBinOp::And => AluOp::And,
            IntBinOp::Or => AluOp::Or,
            IntBinOp::Xor => AluOp::Xor,
            IntBinOp::Mul => {
                match rhs {
                    Operand::Reg(r) => self.asm.imul_rr(size, dst, r),
                    Operand::Imm(_) => unreachable!("handled above"),
                    Operand::Mem(a) => self.asm.imul_rm(size, dst, from_outside(&a)),
                }
                return;
            }
        };
        self.alu(alu, size, dst, rhs);
    }

    #[inline(always)]
    fn int_compare(&mut self, size: OperandSize, lhs: Reg, rhs: Operand) {
        match rhs {
            Operand::Imm(0) => self.asm.test_rr(alu_size(size), lhs, lhs),
            _ => self.alu(AluOp::Cmp, alu_size(size), lhs, rhs),
        }
    }

    fn set_if(&mut self, cmp: IntCmp, dst: Reg) {
        self.asm.setcc(cond(cmp), dst);
        self.asm.movzx_rr(OperandSize::S8, dst, dst);
    }

    // Always inlined into `select`, its one caller.
    #[inline(always)]
    fn select_if(&mut self, cmp: IntCmp, size: OperandSize, dst: Reg, if_true: Reg, if_false: Reg) {
        // `dst = keep unless cmp'`, with `dst` holding `keep` first.
        let (cmp, keep, other) = if dst == if_false && dst != if_true {
            (cmp.negate(), if_false, if_true)
        } else {
            (cmp, if_true, if_false)
        };
        self.mov(size, keep, dst);
        if dst.class() == RegClass::Float {
            // SSE has no conditional move: branch over a register copy.
            let keep = self.asm.buf.new_label();
            self.asm.jcc(cond(cmp), keep);
            self.asm.movap_rr(size, dst, other);
            self.asm.bind(keep);
        } else {
            self.asm
                .cmov(cond(cmp.negate()), alu_size(size), dst, other);
        }
    }

    #[inline(always)]
    fn int_shift(
        &mut self,
        kind: ShiftKind,
        size: OperandSize,
        dst: Reg,
        lhs: Reg,
        count: Operand,
    ) {
        let op = match kind {
            ShiftKind::Shl => ShiftOp::Shl,
            ShiftKind::ShrS => ShiftOp::Sar,
            ShiftKind::ShrU => ShiftOp::Shr,
            ShiftKind::Rotl => ShiftOp::Rol,
            ShiftKind::Rotr => ShiftOp::Ror,
        };
        let size = alu_size(size);
        self.copy_lhs(size, dst, lhs, count);
        match count {
            // The hardware masks the count to the operand width, as Wasm does.
            Operand::Imm(i) => {
                let mask = if size == OperandSize::S64 { 63 } else { 31 };
                self.asm.shift_ri(op, size, dst, (i & mask) as u8)
            }
            Operand::Reg(r) => {
                debug_assert_eq!(r, RCX, "shift count must be in cl");
                self.asm.shift_cl(op, size, dst)
            }
            Operand::Mem(_) => unreachable!("shift count from memory"),
        }
    }

    fn int_div(&mut self, kind: DivKind, size: OperandSize, dst: Reg, lhs: Reg, divisor: Reg) {
        debug_assert_eq!(lhs, RAX, "the dividend goes in rax");
        debug_assert_eq!(
            dst,
            match kind {
                DivKind::DivS | DivKind::DivU => RAX,
                DivKind::RemS | DivKind::RemU => RDX,
            },
            "the quotient comes back in rax, the remainder in rdx"
        );
        let size = alu_size(size);
        let zero = self.trap_label(TrapCode::IntegerDivisionByZero);
        self.asm.test_rr(size, divisor, divisor);
        self.asm.jcc(Cond::E, zero);
        match kind {
            DivKind::DivU | DivKind::RemU => {
                self.asm.alu_rr(AluOp::Xor, OperandSize::S32, RDX, RDX);
                self.asm.unary(UnaryOp::Div, size, divisor);
            }
            DivKind::DivS => {
                // INT_MIN / -1 overflows (and faults in idiv): trap first.
                let overflow = self.trap_label(TrapCode::IntegerOverflow);
                let ok = self.asm.buf.new_label();
                self.asm.alu_ri(AluOp::Cmp, size, divisor, -1);
                self.asm.jcc(Cond::NE, ok);
                let min = if size == OperandSize::S64 {
                    i64::MIN as u64
                } else {
                    i32::MIN as u32 as u64
                };
                self.with_scratch(|a, s| {
                    a.mov_ri(size, s, min);
                    a.alu_rr(AluOp::Cmp, size, RAX, s);
                });
                self.asm.jcc(Cond::E, overflow);
                self.asm.bind(ok);
                self.asm.sign_extend_rax(size);
                self.asm.unary(UnaryOp::Idiv, size, divisor);
            }
            DivKind::RemS => {
                // INT_MIN rem -1 is 0 in Wasm, but faults in idiv: any
                // x rem -1 is 0, so skip the division.
                let minus_one = self.asm.buf.new_label();
                let done = self.asm.buf.new_label();
                self.asm.alu_ri(AluOp::Cmp, size, divisor, -1);
                self.asm.jcc(Cond::E, minus_one);
                self.asm.sign_extend_rax(size);
                self.asm.unary(UnaryOp::Idiv, size, divisor);
                self.asm.jmp(done);
                self.asm.bind(minus_one);
                self.asm.alu_rr(AluOp::Xor, OperandSize::S32, RDX, RDX);
                self.asm.bind(done);
            }
        }
    }

    fn int_bitcount(
        &mut self,
        op: BitCount,
        size: OperandSize,
        src: Reg,
        dst: Reg,
        tmp: Option<Reg>,
    ) {
        let size = alu_size(size);
        let bits = if size == OperandSize::S64 { 64 } else { 32 };
        match op {
            BitCount::Clz if self.features.lzcnt => self.asm.bit_op(BitOp::Lzcnt, size, dst, src),
            BitCount::Ctz if self.features.bmi1 => self.asm.bit_op(BitOp::Tzcnt, size, dst, src),
            BitCount::Popcnt if self.features.popcnt => {
                self.asm.bit_op(BitOp::Popcnt, size, dst, src)
            }
            BitCount::Clz => {
                // bsr gives the index of the highest set bit (undefined for
                // 0): clz = (bits - 1) - index, and 0 maps to `bits`.
                self.with_scratch(|a, s| {
                    a.bit_op(BitOp::Bsr, size, dst, src);
                    a.mov_ri(OperandSize::S32, s, (2 * bits - 1) as u64);
                    a.cmov(Cond::E, size, dst, s);
                    a.alu_ri(AluOp::Xor, size, dst, bits - 1);
                });
            }
            BitCount::Ctz => {
                // bsf gives the index of the lowest set bit; 0 maps to `bits`.
                self.with_scratch(|a, s| {
                    a.bit_op(BitOp::Bsf, size, dst, src);
                    a.mov_ri(OperandSize::S32, s, bits as u64);
                    a.cmov(Cond::E, size, dst, s);
                });
            }
            BitCount::Popcnt => {
                // The classic SWAR population count.
                let (m1, m2, m4, h01) = if size == OperandSize::S64 {
                    (
                        0x5555_5555_5555_5555u64,
                        0x3333_3333_3333_3333u64,
                        0x0f0f_0f0f_0f0f_0f0fu64,
                        0x0101_0101_0101_0101u64,
                    )
                } else {
                    (0x5555_5555, 0x3333_3333, 0x0f0f_0f0f, 0x0101_0101)
                };
                let tmp = tmp.expect("popcnt needs a temporary register");
                self.with_scratch(|a, s| {
                    if src != dst {
                        a.mov_rr(size, dst, src);
                    }
                    a.mov_rr(size, s, dst);
                    a.shift_ri(ShiftOp::Shr, size, s, 1);
                    a.mov_ri(size, tmp, m1);
                    a.alu_rr(AluOp::And, size, s, tmp);
                    a.alu_rr(AluOp::Sub, size, dst, s);
                    a.mov_ri(size, tmp, m2);
                    a.mov_rr(size, s, dst);
                    a.alu_rr(AluOp::And, size, s, tmp);
                    a.shift_ri(ShiftOp::Shr, size, dst, 2);
                    a.alu_rr(AluOp::And, size, dst, tmp);
                    a.alu_rr(AluOp::Add, size, dst, s);
                    a.mov_rr(size, s, dst);
                    a.shift_ri(ShiftOp::Shr, size, s, 4);
                    a.alu_rr(AluOp::Add, size, dst, s);
                    a.mov_ri(size, tmp, m4);
                    a.alu_rr(AluOp::And, size, dst, tmp);
                    a.mov_ri(size, tmp, h01);
                    a.imul_rr(size, dst, tmp);
                    a.shift_ri(ShiftOp::Shr, size, dst, (bits - 8) as u8);
                });
            }
        }
    }

    fn int_extend(&mut self, kind: Extend, src: Reg, dst: Reg) {
        use OperandSize::*;
        match kind {
            Extend::I32From8S => self.asm.movsx_rr(S8, S32, dst, src),
            Extend::I32From16S => self.asm.movsx_rr(S16, S32, dst, src),
            Extend::I64From8S => self.asm.movsx_rr(S8, S64, dst, src),
            Extend::I64From16S => self.asm.movsx_rr(S16, S64, dst, src),
            Extend::I64From32S => self.asm.movsx_rr(S32, S64, dst, src),
            // Always emitted, even when src == dst: it clears the upper half.
            Extend::From32U => self.asm.mov_rr(S32, dst, src),
        }
    }

    fn float_binop(&mut self, op: FloatBinOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Operand) {
        self.copy_lhs(size, dst, lhs, rhs);
        self.float_binop_impl(op, size, dst, rhs);
    }

    fn float_unop(&mut self, op: FloatUnOp, size: OperandSize, dst: Reg, src: Reg) {
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
        self.float_to_int_impl(mode, signed, float_size, int_size, src, dst);
    }

    fn float_convert(&mut self, from: OperandSize, src: Reg, dst: Reg) {
        self.asm.cvt_float(from, dst, src);
    }

    fn jmp(&mut self, label: Label) {
        self.asm.jmp(label);
    }

    fn branch_if(&mut self, cmp: IntCmp, label: Label) {
        self.asm.jcc(cond(cmp), label);
    }

    fn jump_table(&mut self, index: Reg, targets: &[Label], default: Label) {
        self.with_scratch(|a, s| {
            let table = a.buf.new_label();
            a.alu_ri(AluOp::Cmp, OperandSize::S32, index, targets.len() as i32);
            a.jcc(Cond::AE, default);
            a.lea_label(s, table);
            a.movsx_rm(
                OperandSize::S32,
                OperandSize::S64,
                index,
                &Amode::indexed(s, index, 2, 0),
            );
            a.alu_rr(AluOp::Add, OperandSize::S64, s, index);
            a.jmp_r(s);
            a.bind(table);
            for &t in targets {
                a.jump_table_entry(t, table);
            }
        });
    }

    fn trap(&mut self, code: TrapCode) {
        let l = self.trap_label(code);
        self.asm.jmp(l);
    }

    fn emit_trap_stubs(&mut self, traps: &mut Vec<TrapEntry>) {
        self.emit_epoch_stubs();
        // Taken out for the loop, then put back empty to keep its allocation.
        let mut stubs = std::mem::take(&mut self.trap_stubs);
        for &(code, label) in &stubs {
            let a = &mut self.asm;
            a.bind(label);
            if let Some(code) = code {
                // A Wasm trap is a `ud2` listed in the trap table: the
                // signal handler records the backtrace from this frame,
                // writes the fuel register back and unwinds to the
                // innermost entry.
                traps.push(TrapEntry {
                    code_offset: a.buf.len(),
                    code,
                });
                a.ud2();
                continue;
            }
            // A host trap, code in eax: unwind to the innermost entry
            // trampoline directly (the host side has its own backtrace).
            self.with_scratch(|a, limits| {
                load64(a, limits, VMCTX, VMCTX_LIMITS as i32);
                load64(a, RSP, limits, LIMITS_ENTRY_SP as i32);
                a.jmp_m(&Amode::base_disp(limits, LIMITS_RESUME_PC as i32));
            });
        }
        stubs.clear();
        self.trap_stubs = stubs;
        self.emit_v128_pool();
    }

    #[inline]
    fn call_direct(&mut self, callee: u32) {
        self.asm.call_func(callee);
        self.mark_safepoint();
    }

    fn call_through_vmctx(&mut self, code: u32, callee_vmctx: u32, saved_vmctx: Amode) {
        let saved_vmctx = *from_outside(&saved_vmctx);
        self.with_scratch(|a, target| {
            a.mov_rr(OperandSize::S64, CALLER_VMCTX, VMCTX);
            load64(a, target, VMCTX, code as i32);
            load64(a, VMCTX, VMCTX, callee_vmctx as i32);
            a.call_r(target);
        });
        self.mark_safepoint();
        self.asm.mov_rm(OperandSize::S64, VMCTX, &saved_vmctx);
    }

    fn entry_trampoline_prologue(&mut self) -> (Reg, Reg) {
        // System V: rdi = vmctx, rsi = callee code, rdx = values array.
        let resume = self.with_scratch(|a, limits| {
            a.push_r(RBP);
            a.mov_rr(OperandSize::S64, RBP, RSP);
            for r in HOST_CALLEE_SAVED {
                a.push_r(r);
            }
            // The values pointer sits at the recorded entry stack pointer.
            a.push_r(RDX);
            a.mov_rr(OperandSize::S64, VMCTX, RDI);
            load64(a, limits, VMCTX, VMCTX_LIMITS as i32);
            a.mov_mr(
                OperandSize::S64,
                &Amode::base_disp(limits, LIMITS_ENTRY_SP as i32),
                RSP,
            );
            let resume = a.buf.new_label();
            a.lea_label(RAX, resume);
            a.mov_mr(
                OperandSize::S64,
                &Amode::base_disp(limits, LIMITS_RESUME_PC as i32),
                RAX,
            );
            a.mov_rr(OperandSize::S64, R12, RSI);
            resume
        });
        self.resume = Some(resume);
        (R12, RDX)
    }

    fn entry_trampoline_values(&mut self) -> Reg {
        let a = &mut self.asm;
        load64(a, RDX, VMCTX, VMCTX_LIMITS as i32);
        load64(a, RDX, RDX, LIMITS_ENTRY_SP as i32);
        load64(a, RDX, RDX, 0);
        RDX
    }

    fn entry_trampoline_epilogue(&mut self) {
        let resume = self.resume.take().expect("entry_trampoline_prologue first");
        let a = &mut self.asm;
        a.alu_rr(AluOp::Xor, OperandSize::S32, RAX, RAX);
        a.bind(resume);
        a.pop_r(RDX);
        for r in HOST_CALLEE_SAVED.iter().rev() {
            a.pop_r(*r);
        }
        a.pop_r(RBP);
        a.ret();
    }

    fn entry_trampoline_call(&mut self, target: Reg) {
        // No Wasm caller: host functions called directly see no instance.
        self.asm
            .alu_rr(AluOp::Xor, OperandSize::S32, CALLER_VMCTX, CALLER_VMCTX);
        self.reload_fuel();
        self.asm.call_r(target);
        self.save_fuel();
    }

    fn host_call_prologue(&mut self, area: u32) -> Reg {
        let a = &mut self.asm;
        a.push_r(RBP);
        a.mov_rr(OperandSize::S64, RBP, RSP);
        a.alu_ri(AluOp::Sub, OperandSize::S64, RSP, area as i32);
        a.alu_ri(AluOp::And, OperandSize::S64, RSP, -16);
        RSP
    }

    fn host_call(&mut self, entry: u32) {
        // The exit record: the calling Wasm frame (this frame's saved
        // frame pointer) and the return address into it.
        self.with_scratch(|a, limits| {
            load64(a, limits, VMCTX, HOSTCTX_LIMITS as i32);
            load64(a, RAX, RBP, 0);
            a.mov_mr(
                OperandSize::S64,
                &Amode::base_disp(limits, LIMITS_EXIT_FP as i32),
                RAX,
            );
            load64(a, RAX, RBP, 8);
            a.mov_mr(
                OperandSize::S64,
                &Amode::base_disp(limits, LIMITS_EXIT_PC as i32),
                RAX,
            );
        });
        let a = &mut self.asm;
        // (ctx, values, caller vmctx): the caller's vmctx arrived in
        // CALLER_VMCTX, which is also the second argument register.
        a.mov_rr(OperandSize::S64, RDX, CALLER_VMCTX);
        a.mov_rr(OperandSize::S64, RDI, VMCTX);
        a.mov_rr(OperandSize::S64, RSI, RSP);
        self.save_fuel();
        self.asm.call_m(&Amode::base_disp(VMCTX, entry as i32));
        self.reload_fuel();
        self.emit_host_throw_check();
        let a = &mut self.asm;
        a.test_rr(OperandSize::S32, RAX, RAX);
        let raise = self.stub_label(None);
        self.asm.jcc(Cond::NE, raise);
    }

    #[inline(always)]
    fn heap_load(
        &mut self,
        access: HeapAccess,
        kind: LoadKind,
        to: OperandSize,
        dst: Reg,
        traps: &mut Vec<TrapEntry>,
    ) {
        let oob = self.heap_check_label(&access);
        self.with_scratch(
            #[inline(always)]
            |a, s| {
                let addr = heap_amode(a, &access, kind.bytes(), oob, s);
                let at = a.buf.len();
                match kind {
                    LoadKind::Zero(size) => emit_load(a, size, &addr, dst),
                    LoadKind::Signed(from) => a.movsx_rm(from, to, dst, &addr),
                }
                record_guarded(&access, at, traps);
            },
        );
    }

    #[inline(always)]
    fn heap_store(
        &mut self,
        access: HeapAccess,
        size: OperandSize,
        value: StoreValue,
        traps: &mut Vec<TrapEntry>,
    ) {
        let oob = self.heap_check_label(&access);
        self.with_scratch(
            #[inline(always)]
            |a, s| {
                let addr = heap_amode(a, &access, size.bytes(), oob, s);
                let at = a.buf.len();
                match value {
                    StoreValue::Reg(r) => emit_store(a, size, r, &addr),
                    StoreValue::Imm(i) => {
                        debug_assert!(Self::imm_fits(ImmOp::Store, i, size));
                        a.mov_mi(size, &addr, i as i32);
                    }
                }
                record_guarded(&access, at, traps);
            },
        );
    }

    fn load_heap_base(&mut self, def_ptr: u32) {
        let a = &mut self.asm;
        load64(a, HEAP_BASE, VMCTX, def_ptr as i32);
        load64(a, HEAP_BASE, HEAP_BASE, MEMORY_BASE as i32);
    }

    fn table_element(&mut self, def_ptr: u32, index: Reg, oob: TrapCode, spectre: bool) -> Amode {
        let trap = self.trap_label(oob);
        self.with_scratch(|a, def| {
            load64(a, def, VMCTX, def_ptr as i32);
            a.alu_rm(
                AluOp::Cmp,
                OperandSize::S64,
                index,
                &Amode::base_disp(def, TABLE_LENGTH as i32),
            );
            a.jcc(Cond::AE, trap);
            // `mov` and `lea` leave the flags alone for the clamp below.
            load64(a, def, def, TABLE_BASE as i32);
            a.lea(index, &Amode::indexed(def, index, 3, 0));
        });
        if spectre {
            // Under a mispredicted `jae`, the element address becomes 0.
            self.with_scratch(|a, zero| {
                a.mov_ri(OperandSize::S32, zero, 0);
                a.cmov(Cond::AE, OperandSize::S64, index, zero);
            });
        }
        Amode::base_disp(index, 0)
    }

    // Inlined (as is `store_indirect`): each `global.get` makes one, and
    // there the field offset is the constant 0, so the second address's
    // encoding is folded and no call saves registers.
    #[inline]
    fn load_indirect(&mut self, size: OperandSize, ptr: u32, field: u32, dst: Reg) {
        self.with_scratch(|a, def| {
            load64(a, def, VMCTX, ptr as i32);
            emit_load(a, size, &Amode::base_disp(def, field as i32), dst);
        });
    }

    #[inline]
    fn store_indirect(&mut self, size: OperandSize, ptr: u32, field: u32, src: Reg) {
        self.with_scratch(|a, def| {
            load64(a, def, VMCTX, ptr as i32);
            emit_store(a, size, src, &Amode::base_disp(def, field as i32));
        });
    }

    fn vmctx_lea(&mut self, offset: u32, dst: Reg) {
        self.asm.lea(dst, &Amode::base_disp(VMCTX, offset as i32));
    }

    fn vmctx_load(&mut self, size: OperandSize, offset: u32, dst: Reg) {
        emit_load(
            &mut self.asm,
            size,
            &Amode::base_disp(VMCTX, offset as i32),
            dst,
        );
    }

    fn host_arg_regs() -> &'static [Reg] {
        &HOST_INT_ARGS
    }

    fn call_builtin(&mut self, builtin: Builtin) {
        // Wasm code keeps no particular stack alignment: the host call
        // aligns it and the stack pointer comes back from the copy pushed
        // below it.
        self.save_fuel();
        let index = builtin as usize;
        match self.host_calls.get(index) {
            Some(Some(call)) => self.asm.buf.put_parts(call.parts),
            _ => {
                let call = self.encode_host_call(builtin);
                if self.host_calls.len() <= index {
                    self.host_calls.resize(index + 1, None);
                }
                self.host_calls[index] = call;
            }
        }
        if builtin.may_collect() {
            self.mark_safepoint();
        }
        load64(&mut self.asm, RSP, RSP, 8);
        self.reload_fuel();
        let a = &mut self.asm;
        if builtin.can_trap() {
            a.test_rr(OperandSize::S32, RAX, RAX);
            let raise = self.stub_label(None);
            self.asm.jcc(Cond::NE, raise);
            if builtin.result_in_second_register() {
                // "-> trap, i32": the i32 comes back zero-extended in rdx
                // ("-> trap, word": the whole word).
                let size = match builtin.returns_word() {
                    true => OperandSize::S64,
                    false => OperandSize::S32,
                };
                self.asm.mov_rr(size, RAX, RDX);
            }
        } else if !builtin.returns_word() {
            // The C ABI leaves the upper half of an i32 result undefined.
            a.mov_rr(OperandSize::S32, RAX, RAX);
        }
    }

    fn check_funcref(&mut self, funcref: Reg, type_id: u32) {
        let a = &mut self.asm;
        a.test_rr(OperandSize::S64, funcref, funcref);
        let null = self.trap_label(TrapCode::UninitializedElement);
        self.asm.jcc(Cond::E, null);
        self.with_scratch(|a, expected| {
            a.mov_rm(
                OperandSize::S32,
                expected,
                &Amode::base_disp(VMCTX, type_id as i32),
            );
            a.alu_rm(
                AluOp::Cmp,
                OperandSize::S32,
                expected,
                &Amode::base_disp(funcref, FUNC_REF_TYPE_ID as i32),
            );
        });
        let mismatch = self.trap_label(TrapCode::IndirectCallTypeMismatch);
        self.asm.jcc(Cond::NE, mismatch);
    }

    fn call_funcref(&mut self, funcref: Reg, saved_vmctx: Amode) {
        // Copied first: `funcref` may be the register the caller's vmctx
        // goes in.
        let saved_vmctx = *from_outside(&saved_vmctx);
        self.with_scratch(|a, callee| {
            a.mov_rr(OperandSize::S64, callee, funcref);
            a.mov_rr(OperandSize::S64, CALLER_VMCTX, VMCTX);
            load64(a, VMCTX, callee, FUNC_REF_VMCTX as i32);
            a.call_m(&Amode::base_disp(callee, FUNC_REF_CODE as i32));
        });
        self.mark_safepoint();
        self.asm.mov_rm(OperandSize::S64, VMCTX, &saved_vmctx);
    }

    fn take_safepoint(&mut self) -> Option<u32> {
        self.safepoint.take()
    }

    fn implements(family: OpFamily) -> bool {
        match family {
            OpFamily::Atomics
            | OpFamily::TailCalls
            | OpFamily::WideArithmetic
            | OpFamily::Interruption
            | OpFamily::Simd
            | OpFamily::Memory64
            | OpFamily::Exceptions
            | OpFamily::Gc => true,
        }
    }

    fn simd_missing_feature(&self) -> Option<&'static str> {
        self.simd_missing_feature_impl()
    }

    fn v128_const(&mut self, bits: u128, dst: Reg) {
        self.v128_const_impl(bits, dst);
    }

    fn simd_binop(&mut self, op: SimdBinOp, dst: Reg, lhs: Reg, rhs: Reg, tmp: Reg) {
        self.simd_binop_impl(op, dst, lhs, rhs, tmp);
    }

    fn simd_unop(&mut self, op: SimdUnOp, dst: Reg, src: Reg, tmp: Reg) {
        self.simd_unop_impl(op, dst, src, tmp);
    }

    fn simd_shift(
        &mut self,
        op: SimdShift,
        lanes: Lanes,
        dst: Reg,
        src: Reg,
        count: SimdShiftCount,
        tmp: Reg,
    ) {
        self.simd_shift_impl(op, lanes, dst, src, count, tmp);
    }

    fn simd_splat(&mut self, lanes: Lanes, src: Reg, dst: Reg) {
        self.simd_splat_impl(lanes, src, dst);
    }

    fn simd_extract_lane(&mut self, lanes: Lanes, lane: u8, signed: bool, src: Reg, dst: Reg) {
        self.simd_extract_lane_impl(lanes, lane, signed, src, dst);
    }

    fn simd_replace_lane(&mut self, lanes: Lanes, lane: u8, dst: Reg, src: Reg) {
        self.simd_replace_lane_impl(lanes, lane, dst, src);
    }

    fn simd_bitselect(&mut self, dst: Reg, a: Reg, b: Reg, mask: Reg) {
        self.simd_bitselect_impl(dst, a, b, mask);
    }

    fn simd_test(&mut self, op: SimdTest, src: Reg, dst: Reg) {
        self.simd_test_impl(op, src, dst);
    }

    fn simd_shuffle(&mut self, a: Reg, b: Reg, lanes: [u8; 16]) {
        self.simd_shuffle_impl(a, b, lanes);
    }

    fn heap_load_simd(
        &mut self,
        access: HeapAccess,
        kind: SimdLoad,
        dst: Reg,
        traps: &mut Vec<TrapEntry>,
    ) {
        self.heap_load_simd_impl(access, kind, dst, traps);
    }

    fn heap_store_lane(
        &mut self,
        access: HeapAccess,
        size: OperandSize,
        lane: u8,
        src: Reg,
        traps: &mut Vec<TrapEntry>,
    ) {
        self.heap_store_lane_impl(access, size, lane, src, traps);
    }

    fn mul_wide_regs() -> Option<WideRegs> {
        Some(wide::MUL_WIDE_REGS)
    }

    fn int128_add_sub(&mut self, sub: bool, lo: Reg, hi: Reg, rhs_lo: Reg, rhs_hi: Reg) {
        self.emit_int128_add_sub(sub, lo, hi, rhs_lo, rhs_hi);
    }

    fn int_mul_wide(&mut self, signed: bool, lo: Reg, hi: Reg, lhs: Reg, rhs: Reg) {
        self.emit_mul_wide(signed, lo, hi, lhs, rhs);
    }

    fn tail_call(&mut self, target: TailTarget, frame: TailFrame) {
        self.emit_tail_call(target, frame);
    }

    fn trap_if_null(&mut self, reg: Reg, code: TrapCode) {
        self.asm.test_rr(OperandSize::S64, reg, reg);
        let trap = self.trap_label(code);
        self.asm.jcc(Cond::E, trap);
    }

    fn reload_vmctx(&mut self, saved_vmctx: Amode) {
        self.asm
            .mov_rm(OperandSize::S64, VMCTX, from_outside(&saved_vmctx));
    }

    fn exn_regs() -> (Reg, Reg) {
        exceptions::EXN_REGS
    }

    fn exn_throw(&mut self, builtin: Builtin) {
        self.emit_exn_throw(builtin);
    }

    fn exn_landing_pad(&mut self, saved_vmctx: Amode) {
        self.reload_vmctx(saved_vmctx);
        self.reload_fuel();
    }

    fn exn_compare_tag(&mut self, tag: Reg, tag_ptr: u32) {
        self.emit_exn_compare_tag(tag, tag_ptr);
    }

    fn exn_stack_pointer(&mut self, dst: Reg) {
        self.asm.mov_rr(OperandSize::S64, dst, RSP);
    }

    fn epoch_checks(&mut self, on: bool) {
        self.epoch = on;
    }

    fn epoch_check(&mut self) {
        self.emit_epoch_check();
    }

    fn fuel_checks(&mut self, on: bool) {
        self.fuel = on;
    }

    fn fuel_reg() -> Reg {
        interrupt::FUEL
    }

    fn fuel_charge(&mut self, units: u32) {
        self.emit_fuel_charge(units);
    }

    fn fuel_check(&mut self) -> u32 {
        self.emit_fuel_check()
    }

    fn fuel_patch(&mut self, at: u32, units: u32) {
        self.asm.buf.patch4(at, units);
    }

    fn atomic_regs(op: AtomicOp) -> AtomicRegs {
        Self::atomic_regs_impl(op)
    }

    fn atomic_load(
        &mut self,
        access: HeapAccess,
        size: OperandSize,
        dst: Reg,
        traps: &mut Vec<TrapEntry>,
    ) {
        self.atomic_load_impl(access, size, dst, traps);
    }

    fn atomic_store(
        &mut self,
        access: HeapAccess,
        size: OperandSize,
        value: Reg,
        traps: &mut Vec<TrapEntry>,
    ) {
        self.atomic_store_impl(access, size, value, traps);
    }

    fn atomic_rmw(
        &mut self,
        access: HeapAccess,
        op: AtomicRmwOp,
        size: OperandSize,
        operand: Reg,
        dst: Reg,
        tmp: Option<Reg>,
        traps: &mut Vec<TrapEntry>,
    ) {
        self.atomic_rmw_impl(access, op, size, operand, dst, tmp, traps);
    }

    fn atomic_cmpxchg(
        &mut self,
        access: HeapAccess,
        size: OperandSize,
        expected: Reg,
        replacement: Reg,
        tmp: Option<Reg>,
        traps: &mut Vec<TrapEntry>,
    ) {
        debug_assert!(tmp.is_none());
        self.atomic_cmpxchg_impl(access, size, expected, replacement, traps);
    }

    fn atomic_fence(&mut self) {
        self.asm.mfence();
    }
}
