//! The up-front pass of lazy compilation over a function body: each
//! operator is validated (as when compiling) and classified, without
//! generating code. A function is *flagged* when the code generator might
//! report it `Unsupported`: an operator outside the translation tables
//! (`translations!`, `simd_translations!`, read through [`Listed`], so the
//! scan follows the tables as they grow), of a family the ISA lacks, or of
//! the GC proposal (whose translations may still refuse some forms). A
//! flagged function is compiled at once, so that the module is accepted or
//! rejected exactly as an eager compile would do it (`lazy.rs`); the
//! others cannot be refused by the operator tables.

use super::{Translate, TranslateSimd};
use crate::masm::{MacroAssembler, OpFamily};
use std::marker::PhantomData;
use wasmparser::{FuncValidator, ValidatorResources, VisitOperator, VisitSimdOperator};

/// The translation tables with every listed operator accepted and every
/// other one refused, as `CodeGen` would.
pub struct Listed;

/// Validates a body and records what [`compile`](crate::lazy) needs to
/// know before any of it is translated.
pub struct ValidateThenScan<'v, M: MacroAssembler> {
    pub validator: &'v mut FuncValidator<ValidatorResources>,
    /// The byte offset of the operator being visited.
    pub offset: u64,
    /// Some operator may be `Unsupported` (see the module documentation).
    pub flagged: bool,
    /// A tail call that may leave the instance (`tail_call.rs`): the
    /// module's direct calls must reload the vmctx and heap base.
    pub tail_calls_out_of_instance: bool,
    /// The deepest operand stack seen, for the frame-size limit.
    pub max_height: u32,
    pub num_imported_funcs: u32,
    pub isa: PhantomData<M>,
}

impl<M: MacroAssembler> ValidateThenScan<'_, M> {
    fn note(&mut self, listed: bool, family: Option<OpFamily>, gc: bool) {
        let missing = family.is_some_and(|f| !M::implements(f));
        self.flagged |= !listed || missing || gc;
        self.max_height = self.max_height.max(self.validator.operand_stack_height());
    }
}

macro_rules! is_gc {
    (gc) => {
        true
    };
    ($other:ident) => {
        false
    };
}

macro_rules! validate_then_scan {
    ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*))*) => {
        $(
            fn $visit(&mut self $($(, $arg: $argty)*)?) -> Self::Output {
                self.validator.visitor(self.offset).$visit($($($arg.clone()),*)?)?;
                validate_then_scan!(@tail self $op $($($arg)*)?);
                let listed = Translate::$visit(&mut Listed $($(, $arg)*)?).is_ok();
                self.note(listed, family!($proposal), is_gc!($proposal));
                Ok(())
            }
        )*
    };
    (@tail $self:ident ReturnCall $f:ident) => {
        $self.tail_calls_out_of_instance |= $f < $self.num_imported_funcs;
    };
    (@tail $self:ident ReturnCallIndirect $($rest:tt)*) => {
        $self.tail_calls_out_of_instance = true;
    };
    (@tail $self:ident ReturnCallRef $($rest:tt)*) => {
        $self.tail_calls_out_of_instance = true;
    };
    (@tail $self:ident $other:ident $($rest:tt)*) => {};
}

impl<'a, M: MacroAssembler> VisitOperator<'a> for ValidateThenScan<'_, M> {
    type Output = wasmparser::Result<()>;

    fn simd_visitor(&mut self) -> Option<&mut dyn VisitSimdOperator<'a, Output = Self::Output>> {
        Some(self)
    }

    wasmparser::for_each_visit_operator!(validate_then_scan);
}

macro_rules! validate_then_scan_simd {
    ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*))*) => {
        $(
            fn $visit(&mut self $($(, $arg: $argty)*)?) -> Self::Output {
                self.validator.simd_visitor(self.offset).$visit($($($arg.clone()),*)?)?;
                let listed = TranslateSimd::$visit(&mut Listed $($(, $arg)*)?).is_ok();
                self.note(listed, Some(OpFamily::Simd), false);
                Ok(())
            }
        )*
    };
}

impl<'a, M: MacroAssembler> VisitSimdOperator<'a> for ValidateThenScan<'_, M> {
    wasmparser::for_each_visit_simd_operator!(validate_then_scan_simd);
}
