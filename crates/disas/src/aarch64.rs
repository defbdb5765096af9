//! AArch64: yaxpeax-arm's text (the ARM syntax with the ARM ARM's
//! preferred aliases: `mov`, `cmp`, `lsl`, `cset`, ...), with PC-relative
//! operands shown as the image offset they address and one decoder bug
//! fixed up. A word that is no instruction is shown as `.word`.
//!
//! The whole 32-bit space decodes and formats without a panic (checked
//! once over all 2^32 words with yaxpeax-arm 0.3.1).

use crate::Line;
use yaxpeax_arch::{Decoder, U8Reader};
use yaxpeax_arm::armv8::a64::{InstDecoder, Instruction, Opcode, Operand, ShiftStyle};

/// Disassembles `code`, which starts at image offset `start`, one 4-byte
/// word at a time (a shorter tail is shown as bytes).
pub(crate) fn disassemble(code: &[u8], start: u32) -> Vec<Line> {
    let decoder = InstDecoder::default();
    code.chunks(4)
        .enumerate()
        .map(|(i, bytes)| {
            let offset = start.wrapping_add(4 * i as u32);
            let (text, target) = match <[u8; 4]>::try_from(bytes) {
                Ok(word) => instruction(&decoder, u32::from_le_bytes(word), offset),
                Err(_) => {
                    let hex: Vec<String> = bytes.iter().map(|b| format!("{b:#04x}")).collect();
                    (format!(".byte {}", hex.join(", ")), None)
                }
            };
            Line {
                offset,
                bytes: bytes.to_vec(),
                text,
                target,
            }
        })
        .collect()
}

/// The text of `word` at image offset `pc` and the image offset it
/// addresses, if PC-relative.
fn instruction(decoder: &InstDecoder, word: u32, pc: u32) -> (String, Option<u32>) {
    let data = || (format!(".word {word:#010x}"), None);
    let bytes = word.to_le_bytes();
    let Ok(mut insn) = decoder.decode(&mut U8Reader::new(&bytes)) else {
        return data();
    };
    // Some unallocated encodings decode "successfully" as `invalid`.
    if insn.opcode == Opcode::Invalid || !fix_add_sub_extended(word, &mut insn) {
        return data();
    }
    let mut text = insn.to_string();
    let pc_relative = insn.operands.iter().find_map(|op| match *op {
        Operand::PCOffset(offset) => Some(offset),
        _ => None,
    });
    let Some(offset) = pc_relative else {
        return (text, None);
    };
    // `adrp` addresses a 4 KiB page relative to the page of the
    // instruction (image offsets are page-relative like addresses: code
    // is mapped page-aligned).
    let base = match insn.opcode {
        Opcode::ADRP => i64::from(pc) & !0xfff,
        _ => i64::from(pc),
    };
    let to = base + offset;
    // yaxpeax shows the offset (`$+0x10`); an address reads better.
    let address = if to < 0 {
        format!("-{:#x}", to.unsigned_abs())
    } else {
        format!("{to:#x}")
    };
    text = text.replace(&Operand::PCOffset(offset).to_string(), &address);
    (text, u32::try_from(to).ok())
}

/// Fixes the operand extension of add/sub (extended register), returning
/// false for an encoding with an UNDEFINED shift amount (above 4, which
/// yaxpeax-arm accepts).
///
/// yaxpeax-arm 0.3 turns every `uxtw` (and `uxtx` of a 64-bit operation)
/// into `lsl`, reading `add x0, x1, w2, uxtw #2` as the meaningless
/// `add x0, x1, w2, lsl #2` and `cmp w0, w1, uxtw` as `cmp w0, w1`. The
/// ARM ARM prefers `lsl` for that identity extension only with SP as the
/// first source (or as the destination, outside the flag-setting forms,
/// where register 31 of the destination is the zero register).
fn fix_add_sub_extended(word: u32, insn: &mut Instruction) -> bool {
    // Bits 24..28 = 0b01011 with bit 21 set: add/sub (extended register).
    if word & 0x1f20_0000 != 0x0b20_0000 {
        return true;
    }
    let Operand::RegShift(_, amount, size, rm) = insn.operands[2] else {
        return true;
    };
    if amount > 4 {
        return false;
    }
    const EXTENDS: [ShiftStyle; 8] = [
        ShiftStyle::UXTB,
        ShiftStyle::UXTH,
        ShiftStyle::UXTW,
        ShiftStyle::UXTX,
        ShiftStyle::SXTB,
        ShiftStyle::SXTH,
        ShiftStyle::SXTW,
        ShiftStyle::SXTX,
    ];
    let field = |lsb: u32, bits: u32| (word >> lsb) & ((1 << bits) - 1);
    let (sf, set_flags, option) = (field(31, 1), field(29, 1), field(13, 3));
    let (rn, rd) = (field(5, 5), field(0, 5));
    let identity = if sf == 1 { 0b011 } else { 0b010 };
    let with_sp = rn == 31 || (set_flags == 0 && rd == 31);
    let style = if with_sp && option == identity {
        ShiftStyle::LSL
    } else {
        EXTENDS[option as usize]
    };
    insn.operands[2] = Operand::RegShift(style, amount, size, rm);
    true
}
