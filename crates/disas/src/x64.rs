//! x86-64: iced-x86's Intel syntax with a space after commas, jump tables
//! shown as data rather than decoded as instructions.

use crate::Line;
use iced_x86::OpKind::{Immediate8to32, Immediate32, NearBranch64};
use iced_x86::{Decoder, DecoderOptions, Formatter, IntelFormatter, Mnemonic};

/// Disassembles `code`, which starts at image offset `start`.
pub(crate) fn disassemble(code: &[u8], start: u32) -> Vec<Line> {
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
                // Code from an artifact may claim more entries than the
                // function holds: the table ends with the function.
                let end = base + 4 * (count.min(((code.len() - base) / 4) as u64) as usize);
                for at in (base..end).step_by(4) {
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
