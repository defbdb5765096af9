//! The two engines behind one interface, so that the comparison in
//! `diff.rs` is written once.

mod brisk_side;
mod wasmi_side;

pub use brisk_side::{BriskSide, brisk_config, stop as brisk_stop};
pub use wasmi_side::{v1 as wasmi1, v2 as wasmi2};

use crate::value::Value;
use brisk::{TrapCode, WasmType};
use std::fmt;

/// Why instantiation or a call did not return normally.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    Trap(TrapCode),
    /// "call stack exhausted": the engines limit depth differently.
    StackExhausted,
    /// wasmi's instruction budget ran out (mutated modules may loop).
    OutOfFuel,
    /// brisk does not implement something the module needs.
    Unsupported(String),
    /// Any other error.
    Error(String),
}

impl Stop {
    /// Whether two traps are the same as far as both engines can tell:
    /// wasmi reports an out-of-bounds `call_indirect` index as a table
    /// access, brisk as "undefined element", as the spec does.
    pub fn same_trap(a: TrapCode, b: TrapCode) -> bool {
        let class = |c| match c {
            TrapCode::UndefinedElement => TrapCode::TableOutOfBounds,
            c => c,
        };
        class(a) == class(b)
    }
}

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Stop::Trap(c) => write!(f, "trap: {c}"),
            Stop::StackExhausted => f.write_str("call stack exhausted"),
            Stop::OutOfFuel => f.write_str("out of fuel"),
            Stop::Unsupported(what) => write!(f, "unsupported: {what}"),
            Stop::Error(e) => write!(f, "error: {e}"),
        }
    }
}

pub type CallResult = Result<Vec<Value>, Stop>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    Func,
    Memory,
    Table,
    Global,
    /// Exported by no fuzzed module yet (exceptions are not generated).
    Tag,
}

/// An export of the module under test, in export order.
#[derive(Debug, Clone)]
pub struct Export {
    pub name: String,
    pub kind: ExportKind,
    /// Parameter types, for functions.
    pub params: Vec<WasmType>,
}

/// A reference engine the comparison runs brisk against.
pub trait Reference {
    type Module;
    type Instance: Side;
    fn new() -> Self;
    fn compile(&self, wasm: &[u8]) -> Result<Self::Module, String>;
    fn instantiate(
        &self,
        module: &Self::Module,
        exports: &[Export],
    ) -> Result<Self::Instance, Stop>;
}

/// An instance in one engine, its exports addressed by index into the
/// module's export list.
pub trait Side {
    fn call(&mut self, export: usize, args: &[Value]) -> CallResult;
    /// Refills the termination fuel in the exported global `export`.
    fn refuel(&mut self, export: usize, fuel: u32);
    fn memory(&self, export: usize) -> &[u8];
    fn global(&mut self, export: usize) -> Value;
    /// Which elements of the table are null.
    fn table(&mut self, export: usize) -> Vec<bool>;
}
