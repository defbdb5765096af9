use std::fmt;

/// Why Wasm code stopped. The messages are the spec interpreter's, which the
/// spec testsuite matches by prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum TrapCode {
    Unreachable = 1,
    IntegerDivisionByZero,
    IntegerOverflow,
    BadConversionToInteger,
    MemoryOutOfBounds,
    TableOutOfBounds,
    UndefinedElement,
    UninitializedElement,
    IndirectCallTypeMismatch,
    StackOverflow,
    /// An atomic access (or `memory.atomic.wait`/`notify`) at an address
    /// that is not a multiple of its size.
    UnalignedAtomic,
    /// `memory.atomic.wait` on a memory that is not shared.
    ExpectedSharedMemory,
    /// `call_ref` or `return_call_ref` of a null reference.
    NullFunctionReference,
    /// The store's epoch deadline passed (epoch interruption).
    Interrupt,
    /// The store's fuel ran out (fuel metering).
    OutOfFuel,
    /// `ref.as_non_null` of a null reference.
    NullReference,
    /// A struct access through a null reference (GC).
    NullStructReference,
    /// An array access through a null reference (GC).
    NullArrayReference,
    /// An array index, or a bulk array operation's range, out of bounds.
    ArrayOutOfBounds,
    /// The store's GC heap is full (its configured limit) even after a
    /// collection, or an array too large for it was requested.
    GcOutOfMemory,
    /// `ref.cast` of a reference not of the target type (GC).
    CastFailure,
    /// `i31.get_s`/`i31.get_u` of a null reference (GC).
    NullI31Reference,
}

impl TrapCode {
    const ALL: [TrapCode; 22] = [
        TrapCode::Unreachable,
        TrapCode::IntegerDivisionByZero,
        TrapCode::IntegerOverflow,
        TrapCode::BadConversionToInteger,
        TrapCode::MemoryOutOfBounds,
        TrapCode::TableOutOfBounds,
        TrapCode::UndefinedElement,
        TrapCode::UninitializedElement,
        TrapCode::IndirectCallTypeMismatch,
        TrapCode::StackOverflow,
        TrapCode::UnalignedAtomic,
        TrapCode::ExpectedSharedMemory,
        TrapCode::NullFunctionReference,
        TrapCode::Interrupt,
        TrapCode::OutOfFuel,
        TrapCode::NullReference,
        TrapCode::NullStructReference,
        TrapCode::NullArrayReference,
        TrapCode::ArrayOutOfBounds,
        TrapCode::GcOutOfMemory,
        TrapCode::CastFailure,
        TrapCode::NullI31Reference,
    ];

    /// The non-zero number generated code hands to the entry trampoline.
    pub fn as_raw(self) -> u32 {
        self as u32
    }

    pub fn from_raw(raw: u32) -> Option<TrapCode> {
        TrapCode::ALL.iter().copied().find(|c| c.as_raw() == raw)
    }

    pub fn message(self) -> &'static str {
        match self {
            TrapCode::Unreachable => "unreachable",
            TrapCode::IntegerDivisionByZero => "integer divide by zero",
            TrapCode::IntegerOverflow => "integer overflow",
            TrapCode::BadConversionToInteger => "invalid conversion to integer",
            TrapCode::MemoryOutOfBounds => "out of bounds memory access",
            TrapCode::TableOutOfBounds => "out of bounds table access",
            TrapCode::UndefinedElement => "undefined element",
            TrapCode::UninitializedElement => "uninitialized element",
            TrapCode::IndirectCallTypeMismatch => "indirect call type mismatch",
            TrapCode::StackOverflow => "call stack exhausted",
            TrapCode::UnalignedAtomic => "unaligned atomic",
            TrapCode::ExpectedSharedMemory => "expected shared memory",
            TrapCode::NullFunctionReference => "null function reference",
            TrapCode::Interrupt => "interrupt",
            TrapCode::OutOfFuel => "all fuel consumed by WebAssembly",
            TrapCode::NullReference => "null reference",
            TrapCode::NullStructReference => "null structure reference",
            TrapCode::NullArrayReference => "null array reference",
            TrapCode::ArrayOutOfBounds => "out of bounds array access",
            TrapCode::GcOutOfMemory => "out of memory: GC heap exhausted",
            TrapCode::CastFailure => "cast failure",
            TrapCode::NullI31Reference => "null i31 reference",
        }
    }
}

impl fmt::Display for TrapCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

/// One entry of a function's trap table: an instruction that may fault
/// (a guard-page access), at `code_offset` bytes from the function's start.
/// The signal handler acts only on an exact hit. Entries are sorted by offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrapEntry {
    pub code_offset: u32,
    pub code: TrapCode,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_codes_round_trip() {
        for c in TrapCode::ALL {
            assert_eq!(TrapCode::from_raw(c.as_raw()), Some(c));
        }
        assert_eq!(TrapCode::from_raw(0), None);
    }
}
