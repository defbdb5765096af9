use std::fmt;

/// Why a module could not be compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompileError {
    /// The bytes are not a valid (or not a well-formed) Wasm module.
    Invalid { message: String, offset: u64 },
    /// The module is valid but uses something brisk does not implement yet.
    Unsupported { feature: String, offset: u64 },
    /// The module exceeds one of brisk's implementation limits.
    Limit { message: String },
}

pub type CompileResult<T> = Result<T, CompileError>;

impl CompileError {
    pub fn unsupported(feature: impl Into<String>, offset: u64) -> Self {
        CompileError::Unsupported {
            feature: feature.into(),
            offset,
        }
    }

    /// The byte offset in the module the error refers to, if any.
    pub fn offset(&self) -> Option<u64> {
        match self {
            CompileError::Invalid { offset, .. } | CompileError::Unsupported { offset, .. } => {
                Some(*offset)
            }
            CompileError::Limit { .. } => None,
        }
    }
}

impl From<wasmparser::BinaryReaderError> for CompileError {
    fn from(e: wasmparser::BinaryReaderError) -> Self {
        CompileError::Invalid {
            message: e.message().to_string(),
            offset: e.offset(),
        }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompileError::Invalid { message, offset } => {
                write!(f, "invalid module: {message} (at offset {offset:#x})")
            }
            CompileError::Unsupported { feature, offset } => {
                write!(f, "unsupported: {feature} (at offset {offset:#x})")
            }
            CompileError::Limit { message } => write!(f, "implementation limit: {message}"),
        }
    }
}

impl std::error::Error for CompileError {}
