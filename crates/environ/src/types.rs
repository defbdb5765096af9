use crate::TypeRef;

/// A Wasm value type as brisk represents it. References are one machine word:
/// a funcref is a pointer to a `VMFuncRef` record (or null), an externref a
/// handle into the store's externref slab (0 = null).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WasmType {
    I32,
    I64,
    F32,
    F64,
    V128,
    FuncRef,
    ExternRef,
    /// An exception reference: a handle into the store's exception heap
    /// (0 = null; `runtime/src/exceptions.rs`).
    ExnRef,
    /// A reference of the `any` hierarchy (any, eq, i31, struct, array,
    /// none and the defined struct and array types): one tagged word, as
    /// ARCHITECTURE.md, "GC references" says: 0 null, low bit 1 an i31, low
    /// bits `10` a host value converted from extern, otherwise a pointer
    /// to a GC object whose first `u32` is its engine type id.
    AnyRef,
}

impl WasmType {
    pub fn is_float(self) -> bool {
        matches!(self, WasmType::F32 | WasmType::F64)
    }

    /// Whether a value of this type may be the address of a GC object:
    /// any reference of the `any` hierarchy, and `externref`
    /// (`extern.convert_any` keeps the word). funcref and exnref words are
    /// not GC objects.
    pub fn is_gc_ref(self) -> bool {
        matches!(self, WasmType::AnyRef | WasmType::ExternRef)
    }
}

/// A function signature.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct FuncSig {
    pub params: Vec<WasmType>,
    pub results: Vec<WasmType>,
}

/// A reference type as declared, `(ref null? ht)`: what type identity,
/// import matching and subtyping compare. Code needs only its
/// [`WasmType`]: every function reference is a funcref word, every extern
/// reference an externref handle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RefType {
    pub nullable: bool,
    pub heap: HeapType,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HeapType {
    /// `func`, `extern`, `nofunc`, `any`...
    Abstract(wasmparser::AbstractHeapType),
    /// A defined type, `$t`.
    Concrete(TypeRef),
}

impl RefType {
    pub const FUNCREF: RefType = RefType {
        nullable: true,
        heap: HeapType::Abstract(wasmparser::AbstractHeapType::Func),
    };
    pub const EXTERNREF: RefType = RefType {
        nullable: true,
        heap: HeapType::Abstract(wasmparser::AbstractHeapType::Extern),
    };
    pub const EXNREF: RefType = RefType {
        nullable: true,
        heap: HeapType::Abstract(wasmparser::AbstractHeapType::Exn),
    };
    pub const ANYREF: RefType = RefType {
        nullable: true,
        heap: HeapType::Abstract(wasmparser::AbstractHeapType::Any),
    };

    /// `funcref`, `externref`, `exnref` or `anyref`, for a reference type known only
    /// by its representation (host functions, tables and globals); `None`
    /// for the other types.
    pub fn of_wasm_type(ty: WasmType) -> Option<RefType> {
        match ty {
            WasmType::FuncRef => Some(RefType::FUNCREF),
            WasmType::ExternRef => Some(RefType::EXTERNREF),
            WasmType::ExnRef => Some(RefType::EXNREF),
            WasmType::AnyRef => Some(RefType::ANYREF),
            _ => None,
        }
    }

    /// This type with its concrete heap type, if any, replaced by `f`'s.
    pub fn map_ref(self, f: impl Fn(TypeRef) -> TypeRef) -> RefType {
        RefType {
            nullable: self.nullable,
            heap: match self.heap {
                HeapType::Concrete(t) => HeapType::Concrete(f(t)),
                abstract_ => abstract_,
            },
        }
    }
}
