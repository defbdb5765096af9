//! Why a call into Wasm, a module load or an instantiation stopped.

use crate::host::HostError;
use brisk_environ::TrapCode;
use std::fmt;

/// One Wasm frame of a trap's backtrace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WasmFrame {
    pub func_index: u32,
    /// The function's name (name section, else export name), if it has one.
    pub func_name: Option<String>,
}

/// Why a call or an instantiation stopped.
pub enum Trap {
    /// Wasm code trapped; the frames are innermost first.
    Wasm(TrapCode, Vec<WasmFrame>),
    Host(HostError),
    /// An exception reached the entry uncaught: its exnref in the store's
    /// exception heap.
    Exception(u32),
}

impl fmt::Debug for Trap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Trap::Wasm(c, frames) => write!(f, "Wasm({c:?}, {frames:?})"),
            Trap::Host(e) => write!(f, "Host({e})"),
            Trap::Exception(exnref) => write!(f, "Exception({exnref})"),
        }
    }
}

/// Why a module could not be loaded or an instance created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuntimeError {
    /// The module needs something the runtime does not provide yet.
    Unsupported(String),
    /// A resource could not be allocated.
    Resource(String),
}

impl fmt::Display for RuntimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RuntimeError::Unsupported(what) => write!(f, "unsupported by the runtime: {what}"),
            RuntimeError::Resource(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for RuntimeError {}
