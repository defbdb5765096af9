//! Disassembly of a compiled module's functions, in the syntax of the
//! module's ISA ([`brisk_codegen::Target`]): x86-64 in Intel syntax
//! (iced-x86's formatting with a space after commas), jump tables shown as
//! data rather than decoded as instructions; AArch64 in the ARM syntax with
//! its preferred aliases (yaxpeax-arm's formatting, with fix-ups), words
//! that are no instruction shown as data.

mod aarch64;
mod x64;

use brisk_codegen::{CompiledModule, Isa};

/// One disassembled instruction (or jump-table entry, or data word).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Offset in the module's code image.
    pub offset: u32,
    pub bytes: Vec<u8>,
    pub text: String,
    /// The image offset a branch, call or jump-table entry leads to (on
    /// AArch64 also what `adr` and a literal load address).
    pub target: Option<u32>,
}

/// A function's display name: `function N` plus its name (from the name
/// section, else its export name), if any.
pub fn function_name(m: &CompiledModule, defined: usize) -> String {
    let index = m.info.num_imported_funcs + defined as u32;
    match m.info.func_name(index) {
        Some(name) => format!("function {index} ({name})"),
        None => format!("function {index}"),
    }
}

/// Disassembles defined function `defined` of `m`; offsets and branch
/// targets are image offsets.
pub fn disassemble(m: &CompiledModule, defined: usize) -> Vec<Line> {
    let start = m.functions[defined].0;
    let code = m.function_code(defined);
    match m.options.target.isa() {
        Isa::X86_64 => x64::disassemble(code, start),
        Isa::Aarch64 => aarch64::disassemble(code, start),
    }
}
