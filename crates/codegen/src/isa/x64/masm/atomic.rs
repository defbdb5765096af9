//! x86-64 atomics (threads): the trait methods in `masm.rs` delegate here.
//!
//! Facts about x86-64 (a TSO machine) that the sequences rely on:
//! - An aligned load or store of up to 8 bytes is atomic, and a plain load
//!   is already sequentially consistent with respect to locked
//!   instructions and `xchg`; a sequentially consistent store needs `xchg`
//!   (implicitly locked), since a plain `mov` could be reordered with a
//!   later load.
//! - `lock xadd` and `xchg` return the old value in their register;
//!   and/or/xor have no such form and loop on `lock cmpxchg`, which
//!   compares with (and on failure loads into) the low bits of `rax`.
//! - Writing a 32-bit register zero-extends it to 64 bits; writing an 8- or
//!   16-bit one leaves the upper bits alone (so narrow results get a
//!   `movzx`).
//!
//! Every access first checks its alignment (in the scratch register when
//! the static offset is misaligned itself), then goes through the plain
//! heap accesses' bounds check and address (`heap_amode`), and is listed in
//! the trap table in guard mode: the first instruction of each sequence is
//! the access that faults.

use super::*;

/// Traps to `unaligned` unless the effective address `index + offset` of
/// `access` is a multiple of `bytes` (a power of two above 1). Clobbers
/// `s`.
fn check_aligned(a: &mut Assembler, access: &HeapAccess, bytes: u32, unaligned: Label, s: Reg) {
    let mask = u64::from(bytes - 1);
    match access.index {
        HeapIndex::Const(c) => {
            if u64::from(c).wrapping_add(access.offset) & mask != 0 {
                a.jmp(unaligned);
            }
        }
        HeapIndex::Lent(index) | HeapIndex::Owned(index) => {
            // Only the low bits of index + offset matter.
            let tested = match access.offset & mask {
                0 => index,
                low => {
                    a.lea(s, &Amode::base_disp(index, low as i32));
                    s
                }
            };
            a.test_ri(OperandSize::S8, tested, mask as i32);
            a.jcc(Cond::NE, unaligned);
        }
    }
}

/// `dst = src` zero-extended from its low `size` bits (nothing to do for a
/// 32-bit result in place: the instruction that wrote it zero-extended it).
fn zero_extend(a: &mut Assembler, size: OperandSize, dst: Reg, src: Reg) {
    match size {
        OperandSize::S8 | OperandSize::S16 => a.movzx_rr(size, dst, src),
        OperandSize::S32 | OperandSize::S64 if dst != src => a.mov_rr(size, dst, src),
        OperandSize::S32 | OperandSize::S64 => {}
        OperandSize::S128 => unreachable!("atomic access of a v128"),
    }
}

/// The width of whole-register operations on a `size` value.
fn reg_width(size: OperandSize) -> OperandSize {
    match size {
        OperandSize::S64 => OperandSize::S64,
        _ => OperandSize::S32,
    }
}

impl X64Masm {
    /// An atomic access of `bytes` bytes: the alignment check, the bounds
    /// check and address, then `access(a, addr)`, whose first instruction
    /// is the one that faults in guard mode.
    fn atomic_access(
        &mut self,
        access: &HeapAccess,
        bytes: u32,
        traps: &mut Vec<TrapEntry>,
        emit: impl FnOnce(&mut Assembler, &Amode),
    ) {
        let oob = self.heap_check_label(access);
        let unaligned = (bytes > 1).then(|| self.trap_label(TrapCode::UnalignedAtomic));
        self.with_scratch(|a, s| {
            if let Some(label) = unaligned {
                check_aligned(a, access, bytes, label, s);
            }
            let addr = heap_amode(a, access, bytes, oob, s);
            let at = a.buf.len();
            emit(a, &addr);
            record_guarded(access, at, traps);
        });
    }

    pub(super) fn atomic_regs_impl(op: AtomicOp) -> AtomicRegs {
        match op {
            // The old value comes back in the operand's register.
            AtomicOp::Rmw(AtomicRmwOp::Add | AtomicRmwOp::Sub | AtomicRmwOp::Xchg) => AtomicRegs {
                result: None,
                tmp: false,
                clobbers_operand: true,
            },
            // A `lock cmpxchg` loop: the old value in rax, the new one
            // computed in the temporary from the operand.
            AtomicOp::Rmw(AtomicRmwOp::And | AtomicRmwOp::Or | AtomicRmwOp::Xor) => AtomicRegs {
                result: Some(RAX),
                tmp: true,
                clobbers_operand: false,
            },
            AtomicOp::Cmpxchg => AtomicRegs {
                result: Some(RAX),
                tmp: false,
                clobbers_operand: false,
            },
        }
    }

    pub(super) fn atomic_load_impl(
        &mut self,
        access: HeapAccess,
        size: OperandSize,
        dst: Reg,
        traps: &mut Vec<TrapEntry>,
    ) {
        self.atomic_access(&access, size.bytes(), traps, |a, addr| {
            emit_load(a, size, addr, dst)
        });
    }

    pub(super) fn atomic_store_impl(
        &mut self,
        access: HeapAccess,
        size: OperandSize,
        value: Reg,
        traps: &mut Vec<TrapEntry>,
    ) {
        self.atomic_access(&access, size.bytes(), traps, |a, addr| {
            a.xchg_mr(size, addr, value)
        });
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn atomic_rmw_impl(
        &mut self,
        access: HeapAccess,
        op: AtomicRmwOp,
        size: OperandSize,
        operand: Reg,
        dst: Reg,
        tmp: Option<Reg>,
        traps: &mut Vec<TrapEntry>,
    ) {
        let width = reg_width(size);
        let logic = match op {
            AtomicRmwOp::Add | AtomicRmwOp::Xchg => None,
            AtomicRmwOp::Sub => {
                // Adding the negation: the low `size` bits are the same.
                self.asm.unary(UnaryOp::Neg, width, operand);
                None
            }
            AtomicRmwOp::And => Some(AluOp::And),
            AtomicRmwOp::Or => Some(AluOp::Or),
            AtomicRmwOp::Xor => Some(AluOp::Xor),
        };
        let Some(alu) = logic else {
            self.atomic_access(&access, size.bytes(), traps, |a, addr| {
                if op == AtomicRmwOp::Xchg {
                    a.xchg_mr(size, addr, operand);
                } else {
                    a.lock_xadd_mr(size, addr, operand);
                }
                zero_extend(a, size, dst, operand);
            });
            return;
        };
        debug_assert_eq!(dst, RAX, "the result of a cmpxchg loop is in rax");
        let tmp = tmp.expect("a cmpxchg loop has its temporary");
        self.atomic_access(&access, size.bytes(), traps, |a, addr| {
            // rax: the old value, zero-extended by the load and kept so by
            // a failing cmpxchg, which rewrites only its low `size` bits
            // (all 32 of them zero-extending).
            emit_load(a, size, addr, RAX);
            let retry = a.buf.new_label();
            a.bind(retry);
            a.mov_rr(width, tmp, RAX);
            a.alu_rr(alu, width, tmp, operand);
            a.lock_cmpxchg_mr(size, addr, tmp);
            a.jcc(Cond::NE, retry);
        });
    }

    pub(super) fn atomic_cmpxchg_impl(
        &mut self,
        access: HeapAccess,
        size: OperandSize,
        expected: Reg,
        replacement: Reg,
        traps: &mut Vec<TrapEntry>,
    ) {
        debug_assert_eq!(expected, RAX, "cmpxchg compares with rax");
        self.atomic_access(&access, size.bytes(), traps, |a, addr| {
            a.lock_cmpxchg_mr(size, addr, replacement);
            // On success rax still holds all of `expected`, whose bits
            // above `size` the comparison ignored: the result is the old
            // value, which equals only its low bits.
            match size {
                OperandSize::S8 | OperandSize::S16 => a.movzx_rr(size, RAX, RAX),
                OperandSize::S32 => a.mov_rr(OperandSize::S32, RAX, RAX),
                OperandSize::S64 => {}
                OperandSize::S128 => unreachable!("atomic access of a v128"),
            }
        });
    }
}
