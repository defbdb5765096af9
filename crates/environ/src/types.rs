use crate::{CompileError, CompileResult};

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
}

impl WasmType {
    pub fn from_val_type(ty: wasmparser::ValType, offset: u64) -> CompileResult<Self> {
        use wasmparser::ValType;
        Ok(match ty {
            ValType::I32 => WasmType::I32,
            ValType::I64 => WasmType::I64,
            ValType::F32 => WasmType::F32,
            ValType::F64 => WasmType::F64,
            ValType::V128 => WasmType::V128,
            ValType::Ref(r) => WasmType::from_ref_type(r, offset)?,
        })
    }

    pub fn from_ref_type(r: wasmparser::RefType, offset: u64) -> CompileResult<Self> {
        if r == wasmparser::RefType::FUNCREF {
            Ok(WasmType::FuncRef)
        } else if r == wasmparser::RefType::EXTERNREF {
            Ok(WasmType::ExternRef)
        } else {
            Err(CompileError::unsupported(
                format!("reference type {r} (gc / function-references)"),
                offset,
            ))
        }
    }

    pub fn is_float(self) -> bool {
        matches!(self, WasmType::F32 | WasmType::F64)
    }
}

/// A function signature.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct FuncSig {
    pub params: Vec<WasmType>,
    pub results: Vec<WasmType>,
}

impl FuncSig {
    pub fn from_func_type(ty: &wasmparser::FuncType, offset: u64) -> CompileResult<Self> {
        let conv = |tys: &[wasmparser::ValType]| {
            tys.iter()
                .map(|t| WasmType::from_val_type(*t, offset))
                .collect::<CompileResult<Vec<_>>>()
        };
        Ok(FuncSig {
            params: conv(ty.params())?,
            results: conv(ty.results())?,
        })
    }
}
