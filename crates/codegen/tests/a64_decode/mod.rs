//! Decoding and checking A64 code for the encoder tests
//! (`aarch64_encoder*.rs`).
//!
//! Every word is decoded by two independent decoders. disarm64 gives the
//! reference text: canonical instructions, never aliases (`subs xzr, x0,
//! x1`, not `cmp x0, x1`), which the tests compare exactly. yaxpeax-arm
//! cross-checks each word: its opcode (canonical too, whatever alias it
//! prints), its registers and its non-zero numbers must agree with
//! disarm64's. Known decoder bugs are in `aarch64_encoder_fp.rs` (`fcvt`)
//! and noted where a test works around them.

#![allow(dead_code)] // Each test file uses part of this module.

use brisk_codegen::isa::aarch64::asm::Assembler;
use brisk_codegen::isa::aarch64::regs::{RegOrSp, RegOrZr, SP, ZR};
use brisk_codegen::masm::OperandSize::{self, S32, S64};
use brisk_codegen::reg::Reg;
use disarm64::InsnDisplay;
use yaxpeax_arch::{Decoder, U8Reader};
use yaxpeax_arm::armv8::a64::{InstDecoder, Instruction, Opcode, Operand};

// ---- registers and their names ------------------------------------------------

/// General-purpose register `n` (0..=30).
pub fn x(n: u8) -> Reg {
    Reg::int(n)
}

/// x0-x30.
pub fn gprs() -> impl Iterator<Item = u8> + Clone {
    0..31
}

/// 0..=31: every register number, 31 being SP or ZR by operand.
pub fn all31() -> impl Iterator<Item = u8> + Clone {
    0..32
}

pub fn zr_op(n: u8) -> RegOrZr {
    if n == 31 { ZR } else { x(n).into() }
}

pub fn sp_op(n: u8) -> RegOrSp {
    if n == 31 { SP } else { x(n).into() }
}

fn prefix(size: OperandSize) -> char {
    match size {
        S32 => 'w',
        S64 => 'x',
        _ => unreachable!(),
    }
}

/// The name of register `n` (0..=30) at `size`.
pub fn gp(size: OperandSize, n: u8) -> String {
    assert!(n < 31);
    format!("{}{n}", prefix(size))
}

/// The name of register `n` where 31 is the zero register.
pub fn zr(size: OperandSize, n: u8) -> String {
    if n == 31 {
        format!("{}zr", prefix(size))
    } else {
        gp(size, n)
    }
}

/// The name of register `n` where 31 is the stack pointer.
pub fn sp(size: OperandSize, n: u8) -> String {
    match (n, size) {
        (31, S64) => "sp".into(),
        (31, _) => "wsp".into(),
        _ => gp(size, n),
    }
}

/// The name of FP register `n` as a scalar of `size`.
pub fn fp(size: OperandSize, n: u8) -> String {
    let p = match size {
        S32 => 's',
        S64 => 'd',
        _ => unreachable!(),
    };
    format!("{p}{n}")
}

pub const SIZES: [OperandSize; 2] = [S32, S64];

pub fn width(size: OperandSize) -> u8 {
    size.bytes() as u8 * 8
}

/// 1024 (a, b, c) register-number triples in 0..=31 where every pair of
/// positions meets every pair of numbers.
pub fn triples() -> impl Iterator<Item = (u8, u8, u8)> {
    (0..32u8).flat_map(|a| {
        (0..32u8).map(move |b| (a, b, ((7 * u32::from(a) + 3 * u32::from(b) + 1) % 32) as u8))
    })
}

/// Every (a, b) pair of register numbers 0..32.
pub fn pairs() -> impl Iterator<Item = (u8, u8)> {
    (0..32u8).flat_map(|a| (0..32u8).map(move |b| (a, b)))
}

// ---- decoding ------------------------------------------------------------------

/// disarm64's text for `word` at `pc`, whitespace collapsed: `mnemonic
/// op1, op2, ...`, branch targets as absolute addresses.
pub fn disarm64_text(word: u32, pc: u64) -> Option<String> {
    let insn = disarm64::decoder::decode(word)?;
    let text = format!("{}", insn.display_at(pc));
    Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

pub fn yaxpeax(word: u32) -> Option<Instruction> {
    let bytes = word.to_le_bytes();
    InstDecoder::default()
        .decode(&mut U8Reader::new(&bytes))
        .ok()
}

/// What the cross-check compares: the canonical mnemonic, the registers
/// and the non-zero numbers, in order.
#[derive(Debug, PartialEq)]
struct Summary {
    mnemonic: String,
    regs: Vec<String>,
    nums: Vec<Num>,
}

#[derive(Debug, PartialEq)]
enum Num {
    Int(i128),
    /// A non-integral float, by its bits.
    Float(u64),
}

fn parse_num(s: &str) -> Option<Num> {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let value = if let Some(hex) = digits.strip_prefix("0x") {
        i128::from_str_radix(hex, 16).ok()?
    } else if let Ok(v) = digits.parse::<i128>() {
        v
    } else {
        let f: f64 = digits.parse().ok()?;
        let f = if neg { -f } else { f };
        return Some(if f.fract() == 0.0 {
            Num::Int(f as i128)
        } else {
            Num::Float(f.to_bits())
        });
    };
    Some(Num::Int(if neg { -value } else { value }))
}

fn is_reg(tok: &str) -> bool {
    if matches!(tok, "sp" | "wsp" | "xzr" | "wzr") {
        return true;
    }
    let base = tok.split('.').next().unwrap();
    let mut chars = base.chars();
    matches!(
        chars.next(),
        Some('x' | 'w' | 'b' | 'h' | 's' | 'd' | 'q' | 'v')
    ) && !chars.as_str().is_empty()
        && chars.as_str().bytes().all(|b| b.is_ascii_digit())
}

/// Adds the registers and non-zero numbers of operand text `text`.
fn tokens(text: &str, regs: &mut Vec<String>, nums: &mut Vec<Num>) {
    for tok in text.split([' ', ',', '[', ']', '!', '{', '}']) {
        let num = tok
            .strip_prefix('#')
            .or(tok.starts_with("0x").then_some(tok));
        match num.and_then(parse_num) {
            Some(Num::Int(0)) => {}
            Some(n) => nums.push(n),
            None if is_reg(tok) => regs.push(tok.to_string()),
            None => {}
        }
    }
}

fn disarm64_summary(text: &str) -> Summary {
    let (mnemonic, ops) = text.split_once(' ').unwrap_or((text, ""));
    let mut s = Summary {
        mnemonic: mnemonic.to_string(),
        regs: vec![],
        nums: vec![],
    };
    tokens(ops, &mut s.regs, &mut s.nums);
    if s.mnemonic.starts_with("b.") {
        s.mnemonic = "b.cond".into();
    }
    s
}

fn yaxpeax_summary(insn: &Instruction, pc: u64) -> Summary {
    let mnemonic = match insn.opcode {
        Opcode::Bcc(_) => "b.cond".to_string(),
        Opcode::HINT => "nop".to_string(),
        op => format!("{op:?}").to_lowercase(),
    };
    let mut s = Summary {
        mnemonic,
        regs: vec![],
        nums: vec![],
    };
    for op in insn.operands.iter() {
        match *op {
            Operand::Nothing => {}
            Operand::PCOffset(off) => {
                let target = i128::from(pc) + i128::from(off);
                tokens(&format!("#{target}"), &mut s.regs, &mut s.nums)
            }
            ref other => tokens(&other.to_string(), &mut s.regs, &mut s.nums),
        }
    }
    s
}

/// Decodes `word` at `pc` with disarm64, cross-checked against yaxpeax.
#[track_caller]
pub fn decode_checked(word: u32, pc: u64) -> String {
    let text =
        disarm64_text(word, pc).unwrap_or_else(|| panic!("{word:08x}: disarm64 cannot decode"));
    let yax = yaxpeax(word).unwrap_or_else(|| panic!("{word:08x} ({text}): yaxpeax cannot decode"));
    let (d, y) = (disarm64_summary(&text), yaxpeax_summary(&yax, pc));
    assert_eq!(
        d, y,
        "{word:08x}: the decoders disagree: disarm64 `{text}`, yaxpeax `{yax}`"
    );
    text
}

/// The words of `asm`'s code.
pub fn words(asm: &Assembler) -> Vec<u32> {
    asm.buf
        .bytes()
        .chunks(4)
        .map(|c| u32::from_le_bytes(c.try_into().unwrap()))
        .collect()
}

/// Runs `emit` on a fresh assembler and resolves its fix-ups.
pub fn assemble(emit: impl FnOnce(&mut Assembler)) -> Assembler {
    let mut asm = Assembler::new();
    emit(&mut asm);
    asm.buf.finish();
    asm
}

/// Checks that the code decodes (at address 0) as exactly `expected`.
#[track_caller]
pub fn check_code(asm: &Assembler, expected: &[String]) {
    let actual: Vec<String> = words(asm)
        .iter()
        .enumerate()
        .map(|(i, &w)| decode_checked(w, 4 * i as u64))
        .collect();
    assert_eq!(actual, expected, "words {:08x?}", words(asm));
}

/// Checks that `emit` produces the single instruction `expected`.
#[track_caller]
pub fn check(expected: impl Into<String>, emit: impl FnOnce(&mut Assembler)) {
    check_code(&assemble(emit), &[expected.into()]);
}

/// Checks that `emit` panics (an operand the instruction cannot encode).
#[track_caller]
pub fn check_rejected(what: &str, emit: impl FnOnce(&mut Assembler)) {
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut asm = Assembler::new();
        emit(&mut asm);
    }));
    assert!(result.is_err(), "{what} was accepted");
}

/// A small deterministic generator (xorshift64*) for sampled operands.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}
