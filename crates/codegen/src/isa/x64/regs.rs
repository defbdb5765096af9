//! x86-64 register names and brisk's register roles on x86-64.

use crate::reg::{Reg, RegSet};

pub const RAX: Reg = Reg::int(0);
pub const RCX: Reg = Reg::int(1);
pub const RDX: Reg = Reg::int(2);
pub const RBX: Reg = Reg::int(3);
pub const RSP: Reg = Reg::int(4);
pub const RBP: Reg = Reg::int(5);
pub const RSI: Reg = Reg::int(6);
pub const RDI: Reg = Reg::int(7);
pub const R8: Reg = Reg::int(8);
pub const R9: Reg = Reg::int(9);
pub const R10: Reg = Reg::int(10);
pub const R11: Reg = Reg::int(11);
pub const R12: Reg = Reg::int(12);
pub const R13: Reg = Reg::int(13);
pub const R14: Reg = Reg::int(14);
pub const R15: Reg = Reg::int(15);

pub const fn xmm(n: u8) -> Reg {
    Reg::float(n)
}

/// The vmctx of the running instance, reserved inside Wasm code.
pub const VMCTX: Reg = R14;
/// On calls that may leave the instance (imported functions, `call_indirect`,
/// entry trampolines), the caller's vmctx (or 0 from the host), so that host
/// functions know their caller. Free to use then: all values are spilled at
/// calls. Also the host ABI's second argument register.
pub const CALLER_VMCTX: Reg = RSI;
/// In functions of a module with a memory, the base address of memory 0
/// (which never moves), loaded in the prologue and after calls that may
/// leave the instance. Host code preserves it (callee-saved).
pub const HEAP_BASE: Reg = R15;

/// Registers the allocator hands out for values. All are caller-saved in
/// brisk's internal ABI.
pub const ALLOCATABLE_INT: RegSet = RegSet::from_hw(&[0, 1, 2, 6, 7, 8, 9, 10]);
/// Registers that hold the first integer locals of each function; saved and
/// restored by the function (callee-saved in brisk's convention, as in the
/// host's, so host functions and builtins preserve them too).
pub const LOCAL_REGS: [Reg; 3] = [RBX, R12, R13];
pub const ALLOCATABLE_FLOAT: RegSet =
    RegSet::from_hw(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);

/// Host (System V) callee-saved registers that Wasm code clobbers; the entry
/// trampoline saves and restores them.
pub const HOST_CALLEE_SAVED: [Reg; 5] = [RBX, R12, R13, R14, R15];
/// System V integer argument registers.
pub const HOST_INT_ARGS: [Reg; 6] = [RDI, RSI, RDX, RCX, R8, R9];
