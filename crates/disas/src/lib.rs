//! Disassembly of a compiled module's functions in one stable syntax (Intel,
//! iced-x86's formatting with a space after commas), jump tables shown as
//! data rather than decoded as instructions.

use brisk_codegen::CompiledModule;
use iced_x86::OpKind::{Immediate8to32, Immediate32, NearBranch64};
use iced_x86::{Decoder, DecoderOptions, Formatter, IntelFormatter, Mnemonic};

/// One disassembled instruction (or jump-table entry).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Offset in the module's code image.
    pub offset: u32,
    pub bytes: Vec<u8>,
    pub text: String,
    /// The image offset a branch, call or jump-table entry leads to.
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
    let mut fmt = IntelFormatter::new();
    fmt.options_mut().set_space_after_operand_separator(true);
    fmt.options_mut().set_branch_leading_zeros(false);
    let mut lines = Vec::new();
    let mut decoder = Decoder::with_ip(64, code, start as u64, DecoderOptions::NONE);
    // A jump table follows `lea r11, [rip+table]; ...; jmp r11`, with as
    // many 4-byte entries as the last `cmp index, count` says.
    let (mut count, mut table) = (0u64, None);
    while decoder.can_decode() {
        let pos = decoder.position();
        let ins = decoder.decode();
        let mut text = String::new();
        fmt.format(&ins, &mut text);
        lines.push(Line {
            offset: ins.ip() as u32,
            bytes: code[pos..pos + ins.len()].to_vec(),
            text,
            target: (ins.op_count() == 1 && ins.op0_kind() == NearBranch64)
                .then(|| ins.near_branch_target() as u32),
        });
        match ins.mnemonic() {
            Mnemonic::Cmp if matches!(ins.op1_kind(), Immediate8to32 | Immediate32) => {
                count = ins.immediate(1)
            }
            Mnemonic::Lea if ins.is_ip_rel_memory_operand() => {
                table = Some(ins.ip_rel_memory_address())
            }
            Mnemonic::Jmp if table == Some(ins.next_ip()) => {
                let base = (ins.next_ip() - start as u64) as usize;
                for at in (base..base + 4 * count as usize).step_by(4) {
                    let entry: [u8; 4] = code[at..at + 4].try_into().unwrap();
                    let rel = i32::from_le_bytes(entry);
                    let target = ins.next_ip() as i64 + rel as i64;
                    lines.push(Line {
                        offset: start + at as u32,
                        bytes: entry.to_vec(),
                        text: format!(".long {rel:#x}  ; -> {target:#06x}"),
                        target: Some(target as u32),
                    });
                }
                let end = base + 4 * count as usize;
                decoder
                    .set_position(end)
                    .expect("jump table inside the function");
                decoder.set_ip(start as u64 + end as u64);
                table = None;
            }
            _ => {}
        }
    }
    lines
}
