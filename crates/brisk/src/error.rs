use brisk_environ::{CompileError, TrapCode};
use brisk_runtime::RuntimeError;
use std::fmt;
use std::sync::Arc;

/// An error a host function returns to stop the Wasm code that called it.
pub type HostError = Arc<dyn std::error::Error + Send + Sync>;

/// Everything that can go wrong in brisk's API.
#[derive(Debug, Clone)]
pub enum Error {
    /// The text format could not be parsed.
    Wat(String),
    /// The module is invalid, malformed or unsupported.
    Compile(CompileError),
    /// The runtime cannot provide what the module needs.
    Runtime(RuntimeError),
    /// An import is missing or has the wrong type.
    Unlinkable(String),
    /// Wasm code trapped.
    Trap(Trap),
    /// A host function returned an error.
    Host(HostError),
    /// A host value has the wrong type, or a handle belongs to another store.
    Type(String),
    /// A compiled artifact cannot be loaded.
    Artifact(brisk_codegen::artifact::ArtifactError),
    /// An exception reached the host uncaught (exceptions).
    Exception(crate::Exception),
}

/// A frame of a trap's Wasm backtrace.
pub use brisk_runtime::WasmFrame as FrameInfo;

/// A Wasm trap: its code and the Wasm frames it unwound, innermost first
/// (the frames of the innermost entry from the host, at most 32). Two traps
/// are equal when their codes are: the backtrace is diagnostic.
#[derive(Debug, Clone)]
pub struct Trap {
    code: TrapCode,
    backtrace: Vec<FrameInfo>,
}

impl Trap {
    pub fn code(&self) -> TrapCode {
        self.code
    }

    pub fn backtrace(&self) -> &[FrameInfo] {
        &self.backtrace
    }
}

impl PartialEq for Trap {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl From<TrapCode> for Trap {
    fn from(code: TrapCode) -> Self {
        Trap {
            code,
            backtrace: Vec::new(),
        }
    }
}

impl fmt::Display for Trap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "wasm trap: {}", self.code)?;
        if !self.backtrace.is_empty() {
            write!(f, "\nwasm backtrace:")?;
            for (i, frame) in self.backtrace.iter().enumerate() {
                write!(f, "\n  {i:>2}: function {}", frame.func_index)?;
                if let Some(name) = &frame.func_name {
                    write!(f, " ({name})")?;
                }
            }
        }
        Ok(())
    }
}

impl Error {
    /// The trap code, if this is a Wasm trap.
    pub fn trap_code(&self) -> Option<TrapCode> {
        match self {
            Error::Trap(t) => Some(t.code),
            _ => None,
        }
    }

    /// A host error from any error value.
    pub fn host(e: impl std::error::Error + Send + Sync + 'static) -> Error {
        Error::Host(Arc::new(e))
    }
}

impl PartialEq for Error {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Error::Compile(a), Error::Compile(b)) => a == b,
            (Error::Runtime(a), Error::Runtime(b)) => a == b,
            (Error::Trap(a), Error::Trap(b)) => a == b,
            (Error::Artifact(a), Error::Artifact(b)) => a == b,
            (Error::Exception(a), Error::Exception(b)) => a == b,
            (Error::Host(a), Error::Host(b)) => Arc::ptr_eq(a, b),
            (Error::Wat(a), Error::Wat(b))
            | (Error::Unlinkable(a), Error::Unlinkable(b))
            | (Error::Type(a), Error::Type(b)) => a == b,
            _ => false,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Wat(e) => write!(f, "{e}"),
            Error::Compile(e) => write!(f, "{e}"),
            Error::Runtime(e) => write!(f, "{e}"),
            Error::Unlinkable(e) => write!(f, "unlinkable: {e}"),
            Error::Trap(t) => write!(f, "{t}"),
            Error::Host(e) => write!(f, "{e}"),
            Error::Type(e) => write!(f, "type mismatch: {e}"),
            Error::Artifact(e) => write!(f, "{e}"),
            Error::Exception(e) => write!(f, "{e}"),
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
        Error::Trap(t.into())
    }
}

impl From<brisk_runtime::Trap> for Error {
    fn from(t: brisk_runtime::Trap) -> Self {
        match t {
            brisk_runtime::Trap::Wasm(code, backtrace) => Error::Trap(Trap { code, backtrace }),
            brisk_runtime::Trap::Host(e) => match e.downcast::<ErrorBox>() {
                Ok(b) => b.0,
                Err(e) => Error::Host(Arc::from(e)),
            },
            brisk_runtime::Trap::Exception(_) => {
                unreachable!("exceptions are read out with their store (StoreInner::trap_error)")
            }
        }
    }
}

/// Carries an [`Error`] from a host function through the runtime unchanged.
#[derive(Debug)]
pub(crate) struct ErrorBox(pub Error);

impl fmt::Display for ErrorBox {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for ErrorBox {}
