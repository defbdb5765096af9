use brisk_environ::{CompileError, TrapCode};
use brisk_runtime::RuntimeError;
use std::fmt;

/// Everything that can go wrong in brisk's API.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// The text format could not be parsed.
    Wat(String),
    /// The module is invalid, malformed or unsupported.
    Compile(CompileError),
    /// The runtime cannot instantiate the module.
    Runtime(RuntimeError),
    /// Wasm code trapped.
    Trap(TrapCode),
    /// A host value has the wrong type.
    Type(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Wat(e) => write!(f, "{e}"),
            Error::Compile(e) => write!(f, "{e}"),
            Error::Runtime(e) => write!(f, "{e}"),
            Error::Trap(t) => write!(f, "wasm trap: {t}"),
            Error::Type(e) => write!(f, "type mismatch: {e}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<CompileError> for Error {
    fn from(e: CompileError) -> Self {
        Error::Compile(e)
    }
}

impl From<RuntimeError> for Error {
    fn from(e: RuntimeError) -> Self {
        Error::Runtime(e)
    }
}

impl From<TrapCode> for Error {
    fn from(t: TrapCode) -> Self {
        Error::Trap(t)
    }
}
