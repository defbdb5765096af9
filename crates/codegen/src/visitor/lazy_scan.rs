//! The up-front pass of lazy compilation over a function body: each
//! operator is validated (as when compiling) and classified, without
//! generating code. A function is *flagged* when the code generator might
//! report it `Unsupported`: an operator outside the translation tables
//! (`translations!`, `simd_translations!`, whose operator names [`Listed`]
//! holds, so the scan follows the tables as they grow), of a family the ISA
//! lacks, or of the GC proposal (whose translations may still refuse some
//! forms). A flagged function is compiled at once, so that the module is
//! accepted or rejected exactly as an eager compile would do it
//! (`lazy.rs`); the others cannot be refused by the operator tables.
//!
//! Most bodies need no scan: [`unscanned_features`] is the feature set
//! without every proposal that has an operator the scan would flag (and
//! without tail calls, which the scan also looks for); a body that
//! wasmparser's own validator accepts with that set has no such operator.

use crate::masm::{MacroAssembler, OpFamily};
use std::marker::PhantomData;
use wasmparser::{
    FuncValidator, ValidatorResources, VisitOperator, VisitSimdOperator, WasmFeatures,
};

/// The operators the translation tables list (`visitor.rs`, `simd.rs`).
pub struct Listed;

/// Whether `names` holds `visit` (evaluated at compile time).
const fn is_listed(names: &[&str], visit: &str) -> bool {
    let mut i = 0;
    while i < names.len() {
        let (a, b) = (names[i].as_bytes(), visit.as_bytes());
        if a.len() == b.len() {
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                return true;
            }
        }
        i += 1;
    }
    false
}

/// Whether the scan flags an operator: unlisted, of a family `M` lacks, or
/// of the GC proposal.
fn flags<M: MacroAssembler>(listed: bool, family: Option<OpFamily>, gc: bool) -> bool {
    !listed || family.is_some_and(|f| !M::implements(f)) || gc
}

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
        self.flagged |= flags::<M>(listed, family, gc);
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
                self.validator.visitor(self.offset).$visit($($($arg),*)?)?;
                validate_then_scan!(@tail self $op $($($arg)*)?);
                let listed = const { is_listed(Listed::OPERATORS, stringify!($visit)) };
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
                self.validator.simd_visitor(self.offset).$visit($($($arg),*)?)?;
                let listed = const { is_listed(Listed::SIMD_OPERATORS, stringify!($visit)) };
                self.note(listed, Some(OpFamily::Simd), false);
                Ok(())
            }
        )*
    };
}

impl<'a, M: MacroAssembler> VisitSimdOperator<'a> for ValidateThenScan<'_, M> {
    wasmparser::for_each_visit_simd_operator!(validate_then_scan_simd);
}

/// The feature flag that gates a proposal's operators in wasmparser's
/// validator; `None` for the MVP's, which no flag gates.
macro_rules! proposal_feature {
    (mvp) => {
        None
    };
    // With the "bulk memory opt" sub-proposal, which gates `memory.fill`
    // and `memory.copy`.
    (bulk_memory) => {
        Some(WasmFeatures::BULK_MEMORY)
    };
    (simd) => {
        Some(WasmFeatures::SIMD)
    };
    (relaxed_simd) => {
        Some(WasmFeatures::RELAXED_SIMD)
    };
    (threads) => {
        Some(WasmFeatures::THREADS)
    };
    (shared_everything_threads) => {
        Some(WasmFeatures::SHARED_EVERYTHING_THREADS)
    };
    (saturating_float_to_int) => {
        Some(WasmFeatures::SATURATING_FLOAT_TO_INT)
    };
    (reference_types) => {
        Some(WasmFeatures::REFERENCE_TYPES)
    };
    (sign_extension) => {
        Some(WasmFeatures::SIGN_EXTENSION)
    };
    (exceptions) => {
        Some(WasmFeatures::EXCEPTIONS)
    };
    (tail_call) => {
        Some(WasmFeatures::TAIL_CALL)
    };
    (function_references) => {
        Some(WasmFeatures::FUNCTION_REFERENCES)
    };
    (memory_control) => {
        Some(WasmFeatures::MEMORY_CONTROL)
    };
    (gc) => {
        Some(WasmFeatures::GC)
    };
    (legacy_exceptions) => {
        Some(WasmFeatures::LEGACY_EXCEPTIONS)
    };
    (stack_switching) => {
        Some(WasmFeatures::STACK_SWITCHING)
    };
    (wide_arithmetic) => {
        Some(WasmFeatures::WIDE_ARITHMETIC)
    };
    (acquire_release_atomics) => {
        Some(WasmFeatures::ACQUIRE_RELEASE_ATOMICS)
    };
    (custom_descriptors) => {
        Some(WasmFeatures::CUSTOM_DESCRIPTORS)
    };
}

/// Operators wasmparser's validator refuses whatever the features (so no
/// valid body has them, and the scan need not look for them).
macro_rules! never_valid {
    (TypedSelectMulti) => {
        true
    };
    ($other:ident) => {
        false
    };
}

macro_rules! scanned_features {
    ($fn:ident $names:ident $family:expr; $( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*))*) => {
        /// The features of the proposals with an operator the scan flags;
        /// `None` if an MVP operator is one.
        fn $fn<M: MacroAssembler>() -> Option<WasmFeatures> {
            let mut scanned = WasmFeatures::empty();
            $(
                let listed = const { is_listed(Listed::$names, stringify!($visit)) };
                let family = family!($proposal).or($family);
                if !never_valid!($op) && flags::<M>(listed, family, is_gc!($proposal)) {
                    scanned |= proposal_feature!($proposal)?;
                }
            )*
            Some(scanned)
        }
    };
}

macro_rules! scanned_core_features {
    ($($t:tt)*) => {
        scanned_features!(scanned_core OPERATORS None; $($t)*);
    };
}
wasmparser::for_each_visit_operator!(scanned_core_features);

macro_rules! scanned_simd_features {
    ($($t:tt)*) => {
        scanned_features!(scanned_simd SIMD_OPERATORS Some(OpFamily::Simd); $($t)*);
    };
}
wasmparser::for_each_visit_simd_operator!(scanned_simd_features);

/// The features with which a body that validates needs no scan: `features`
/// without the proposals of operators the scan flags and without tail
/// calls; `None` if every body needs the scan.
pub fn unscanned_features<M: MacroAssembler>(features: WasmFeatures) -> Option<WasmFeatures> {
    let scanned = scanned_core::<M>()? | scanned_simd::<M>()? | WasmFeatures::TAIL_CALL;
    Some(features.difference(scanned))
}
