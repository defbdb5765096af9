//! Epoch interruption and fuel metering in generated code (off unless
//! `CompileOptions::epoch_interruption` / `consume_fuel` ask for them:
//! other code is unchanged).
//!
//! **Epochs.** The engine's epoch is a counter another thread increments;
//! each store has a deadline. Rather than load and compare both at every
//! check (wasmtime: three dependent loads), brisk folds the check into the
//! stack-limit check, as V8 does for its interrupts: when the engine's
//! epoch reaches a store's deadline, the runtime sets that store's stack
//! limit to `INTERRUPT_STACK_LIMIT`, above any stack pointer
//! (`runtime/src/interrupt.rs` keeps a registry of the engine's stores for
//! this). So a function entry pays nothing beyond the prologue's stack check,
//! and a loop header compares the stack pointer with the limit: one load
//! of the limits pointer, a compare with memory and a branch. A failed
//! check jumps to an out-of-line slow path that tells an interrupt (the
//! sign bit of the limit) from a real overflow and calls
//! `Builtin::EpochInterrupt`, which traps with `Interrupt` or runs the
//! store's deadline callback, restores the limit and returns to retry the
//! check. A `return_call` loop is covered by the callee's prologue.
//!
//! **Fuel.** A store's fuel lives in its limits block as
//! `LIMITS_FUEL_CONSUMED`: fuel used minus fuel given. While Wasm code
//! runs, the counter is in a register (`MacroAssembler::fuel_reg`, one of
//! the local registers, which then holds no local), global to all Wasm
//! frames: calls between Wasm functions (direct, indirect, imported, tail)
//! pass it along untouched. The entry trampoline loads it from the store
//! and writes it back when the call returns; it is written back before,
//! and reloaded after, every builtin call and (in the host-call
//! trampoline) host function call; a trap writes it back in the signal
//! handler, and a landing pad reloads it. So the store's count is exact
//! whenever other code (the host, a builtin) can see it, and charging a
//! block is one register `add` instead of a read-modify-write of memory. Each operator
//! costs 1, except `nop`, `drop`, `block`, `loop`, `else`, `end`,
//! `unreachable` and `return` (wasmtime's rule: they emit no work of their
//! own). Costs are counted while translating; a block is the operators
//! up to the next control transfer (branches, `if`, `else`, `end`, `loop`,
//! calls, returns, `unreachable`). The block that starts at a function
//! entry or a loop header is paid for before it runs, by the check there:
//! one `add` of its cost (patched in at its end) that traps with
//! `OutOfFuel` if the counter becomes positive, i.e. if the block costs
//! more than the fuel left. Other blocks are added at their end, before
//! the transfer. So a call or a function that returns has paid exactly
//! for the operators it ran, and a single-block loop pays once per
//! iteration, at its check; fuel may run out within the blocks between
//! two checks, and a trap leaves its own block's operators unpaid.

use crate::codegen::CodeGen;
use crate::compile::CompileOptions;
use crate::masm::{MacroAssembler, OpFamily};
use brisk_environ::CompileError;

/// The error for options asking for checks the ISA cannot emit yet.
pub fn unsupported<M: MacroAssembler>(options: &CompileOptions) -> Option<CompileError> {
    let what = match (options.epoch_interruption, options.consume_fuel) {
        _ if M::implements(OpFamily::Interruption) => return None,
        (true, _) => "epoch interruption (on this target)",
        (_, true) => "fuel (on this target)",
        (false, false) => return None,
    };
    Some(CompileError::unsupported(what, 0))
}

/// An operator's fuel: its cost, and whether the fuel counted so far is
/// added to the store's counter before it is translated (it transfers
/// control).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FuelRule {
    pub cost: u32,
    pub flush: bool,
}

/// The [`FuelRule`] of the operator named as in wasmparser's
/// `for_each_visit_operator!`.
macro_rules! fuel_rule {
    (Nop) => {
        $crate::interrupt::FuelRule {
            cost: 0,
            flush: false,
        }
    };
    (Drop) => {
        $crate::interrupt::FuelRule {
            cost: 0,
            flush: false,
        }
    };
    (Block) => {
        $crate::interrupt::FuelRule {
            cost: 0,
            flush: false,
        }
    };
    (Loop) => {
        $crate::interrupt::FuelRule {
            cost: 0,
            flush: true,
        }
    };
    (Else) => {
        $crate::interrupt::FuelRule {
            cost: 0,
            flush: true,
        }
    };
    (End) => {
        $crate::interrupt::FuelRule {
            cost: 0,
            flush: true,
        }
    };
    (Unreachable) => {
        $crate::interrupt::FuelRule {
            cost: 0,
            flush: true,
        }
    };
    (Return) => {
        $crate::interrupt::FuelRule {
            cost: 0,
            flush: true,
        }
    };
    (If) => {
        $crate::interrupt::transfer()
    };
    (Br) => {
        $crate::interrupt::transfer()
    };
    (BrIf) => {
        $crate::interrupt::transfer()
    };
    (BrTable) => {
        $crate::interrupt::transfer()
    };
    (BrOnNull) => {
        $crate::interrupt::transfer()
    };
    (BrOnNonNull) => {
        $crate::interrupt::transfer()
    };
    (BrOnCast) => {
        $crate::interrupt::transfer()
    };
    (BrOnCastFail) => {
        $crate::interrupt::transfer()
    };
    (Call) => {
        $crate::interrupt::transfer()
    };
    (CallIndirect) => {
        $crate::interrupt::transfer()
    };
    (CallRef) => {
        $crate::interrupt::transfer()
    };
    (ReturnCall) => {
        $crate::interrupt::transfer()
    };
    (ReturnCallIndirect) => {
        $crate::interrupt::transfer()
    };
    (ReturnCallRef) => {
        $crate::interrupt::transfer()
    };
    (TryTable) => {
        $crate::interrupt::transfer()
    };
    (Throw) => {
        $crate::interrupt::transfer()
    };
    (ThrowRef) => {
        $crate::interrupt::transfer()
    };
    (Try) => {
        $crate::interrupt::transfer()
    };
    (Catch) => {
        $crate::interrupt::transfer()
    };
    (CatchAll) => {
        $crate::interrupt::transfer()
    };
    (Delegate) => {
        $crate::interrupt::transfer()
    };
    (Rethrow) => {
        $crate::interrupt::transfer()
    };
    ($other:ident) => {
        $crate::interrupt::FuelRule {
            cost: 1,
            flush: false,
        }
    };
}
pub(crate) use fuel_rule;

/// A control transfer that costs 1.
pub const fn transfer() -> FuelRule {
    FuelRule {
        cost: 1,
        flush: true,
    }
}

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// Counts a reachable operator's fuel (with fuel on, before the
    /// operator is translated), and adds the count to the store's counter
    /// when the operator transfers control. Dead code counts nothing:
    /// every operator that makes code unreachable has added the count
    /// before. Out of line: the visitor's code for each operator only
    /// tests whether fuel is on.
    #[inline(never)]
    pub fn charge_fuel(&mut self, rule: FuelRule) {
        self.fuel_pending += rule.cost;
        if !rule.flush {
            return;
        }
        match self.fuel_block.take() {
            Some(check) => self.masm.fuel_patch(check, self.fuel_pending),
            None if self.fuel_pending > 0 => self.masm.fuel_charge(self.fuel_pending),
            None => {}
        }
        self.fuel_pending = 0;
    }

    /// The checks at a function's entry, after the prologue (whose stack
    /// check is the epoch check).
    pub fn entry_checks(&mut self) {
        if self.consume_fuel {
            self.fuel_block = Some(self.masm.fuel_check());
        }
    }

    /// The checks at a loop header, after its label (the operators before
    /// the loop were paid for by the `loop`).
    pub fn loop_header_checks(&mut self) {
        if self.consume_fuel {
            debug_assert!(self.fuel_block.is_none() && self.fuel_pending == 0);
            self.fuel_block = Some(self.masm.fuel_check());
        }
        if self.epoch_interruption {
            self.masm.epoch_check();
        }
    }
}
