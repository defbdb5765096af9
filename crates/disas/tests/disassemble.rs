//! Disassembly by the module's ISA, on modules built by hand: AArch64 code
//! from brisk's A64 `Assembler` (there is no AArch64 backend yet), and
//! x86-64 bytes the compiler would never emit. The x86-64 text of compiled
//! code is covered by the filetests.

use brisk_codegen::isa::aarch64::asm::{
    AddSub, Amode, Assembler, Cond, Extend, Imm12, IndexExtend, Shift, encode_fp_imm,
};
use brisk_codegen::isa::aarch64::regs::{FP, LR, SP, v};
use brisk_codegen::masm::OperandSize::{S8, S16, S32, S64};
use brisk_codegen::reg::Reg;
use brisk_codegen::{CompileOptions, CompiledModule, Isa, Target};
use brisk_disas::{Line, disassemble};

fn x(n: u8) -> Reg {
    Reg::int(n)
}

/// A module for `isa` with code image `image` and defined functions at
/// `functions` (offset, length); no address maps, unwind regions or traps.
fn module(isa: Isa, image: Vec<u8>, functions: Vec<(u32, u32)>) -> CompiledModule {
    CompiledModule {
        info: brisk_environ::ModuleInfo::default(),
        options: CompileOptions {
            target: Target::baseline(isa),
            ..CompileOptions::default()
        },
        image: image.into(),
        address_maps: vec![Vec::new(); functions.len()],
        unwind: vec![Default::default(); functions.len()],
        functions,
        traps: Vec::new(),
    }
}

/// The code `emit` assembles, its labels resolved.
fn assemble(emit: impl FnOnce(&mut Assembler)) -> Vec<u8> {
    let mut asm = Assembler::new();
    emit(&mut asm);
    asm.buf.finish();
    asm.buf.bytes().to_vec()
}

/// An AArch64 module whose only function is `code`, at image offset 0.
fn aarch64_function(code: Vec<u8>) -> CompiledModule {
    let len = code.len() as u32;
    module(Isa::Aarch64, code, vec![(0, len)])
}

fn texts(lines: &[Line]) -> Vec<String> {
    lines
        .iter()
        .map(|l| format!("{:#06x}: {}", l.offset, l.text))
        .collect()
}

/// Checks that `lines` are `expected`, one per instruction from offset 0.
#[track_caller]
fn check_texts(lines: &[Line], expected: &[&str]) {
    let expected: Vec<String> = expected
        .iter()
        .enumerate()
        .map(|(i, t)| format!("{:#06x}: {t}", 4 * i))
        .collect();
    assert_eq!(texts(lines), expected);
}

#[test]
fn aarch64_instructions_read_as_arm_syntax_with_aliases() {
    let fp_imm = |value: f64, size| {
        let bits = match size {
            S32 => u64::from((value as f32).to_bits()),
            _ => value.to_bits(),
        };
        encode_fp_imm(bits, size).unwrap()
    };
    let imm = |v| Imm12::new(v).unwrap();
    let code = assemble(|a| {
        a.add_sub_imm(AddSub::Add, S64, SP, SP, imm(16));
        a.add_sub_imm(AddSub::Sub, S64, SP, SP, imm(0x1000));
        a.mov_sp(FP, SP);
        a.add_sub_ext(AddSub::Add, S64, SP, SP, x(2), Extend::Uxtx, 0);
        a.add_sub_ext(AddSub::Sub, S64, SP, SP, x(2), Extend::Uxtx, 3);
        a.cmp_ext(AddSub::Sub, S64, SP, x(16), Extend::Uxtx, 0);
        a.cmp_ext(AddSub::Sub, S32, x(0), x(1), Extend::Uxtw, 0);
        a.add_sub_ext(AddSub::Add, S64, x(1), x(2), x(3), Extend::Uxtw, 2);
        a.add_sub_ext(AddSub::Add, S64, x(1), SP, x(3), Extend::Uxtw, 0);
        a.add_sub_ext(AddSub::Add, S32, x(1), x(2), x(3), Extend::Uxtw, 0);
        a.add_sub_ext(AddSub::Add, S64, x(1), x(2), x(3), Extend::Sxtw, 0);
        a.cmp(AddSub::Sub, S64, x(1), x(2));
        a.mov(S64, x(1), x(2));
        a.shift_imm(Shift::Lsl, S64, x(1), x(2), 3);
        a.cset(S32, x(1), Cond::Lo);
        a.ldr(S64, x(1), &Amode::Offset(SP, 16));
        a.ldr(S64, x(1), &Amode::Offset(x(2).into(), -8));
        a.ldr(S32, x(1), &Amode::Offset(x(2).into(), 0x3ffc));
        a.ldr(S8, x(1), &Amode::PreIndex(x(2).into(), 3));
        a.str(S16, x(1), &Amode::PostIndex(x(2).into(), -2));
        let indexed = Amode::Indexed {
            base: x(2).into(),
            index: x(3),
            extend: IndexExtend::Uxtw,
            scaled: true,
        };
        a.ldr(S64, x(1), &indexed);
        a.stp(S64, FP, LR, &Amode::PreIndex(SP, -16));
        a.ldp(S64, FP, LR, &Amode::PostIndex(SP, 16));
        a.fmov(S64, v(1), v(2));
        a.fmov_imm(S64, v(1), fp_imm(1.0, S64));
        a.fmov_imm(S32, v(1), fp_imm(-0.5, S32));
        a.fmov_to_fp(S64, v(1), x(2));
        a.fcvt(S32, v(1), v(2));
        a.fcvt(S64, v(1), v(2));
        a.udf(0);
        a.ret();
    });
    let lines = disassemble(&aarch64_function(code), 0);
    check_texts(
        &lines,
        &[
            "add sp, sp, #0x10",
            "sub sp, sp, #0x1, lsl #12",
            "mov x29, sp",
            "add sp, sp, x2",
            "sub sp, sp, x2, lsl #3",
            "cmp sp, x16",
            // The identity extension is `lsl` only next to SP.
            "cmp w0, w1, uxtw",
            "add x1, x2, w3, uxtw #2",
            "add x1, sp, w3, uxtw",
            "add w1, w2, w3, uxtw",
            "add x1, x2, w3, sxtw",
            "cmp x1, x2",
            "mov x1, x2",
            "lsl x1, x2, #0x3",
            "cset w1, lo",
            "ldr x1, [sp, #0x10]",
            "ldur x1, [x2, #-0x8]",
            "ldr w1, [x2, #0x3ffc]",
            "ldrb w1, [x2, #0x3]!",
            "strh w1, [x2], #-0x2",
            "ldr x1, [x2, w3, uxtw #3]",
            "stp x29, x30, [sp, #-0x10]!",
            "ldp x29, x30, [sp], #0x10",
            "fmov d1, d2",
            "fmov d1, #1.0",
            "fmov s1, #-0.5",
            "fmov d1, x2",
            "fcvt d1, s2",
            "fcvt s1, d2",
            "udf #0x0",
            "ret",
        ],
    );
    assert!(
        lines
            .iter()
            .all(|l| l.target.is_none() && l.bytes.len() == 4)
    );
}

#[test]
fn aarch64_words_that_are_no_instruction_are_data() {
    let code = assemble(|a| {
        a.buf.put4(0xffff_ffff);
        // An ORR (immediate) with an unencodable bitmask (N = 0, imms =
        // 0b111111), which yaxpeax-arm decodes as `invalid`.
        a.buf.put4(0xb200_fc00);
        // `add x1, x2, w3, uxtw #5`: shift amounts above 4 are UNDEFINED.
        a.buf.put4(0x8b23_5441);
        a.nop();
        // A function cut short by a tampered artifact.
        a.buf.put1(0x34);
        a.buf.put1(0x12);
    });
    let lines = disassemble(&aarch64_function(code.clone()), 0);
    check_texts(
        &lines,
        &[
            ".word 0xffffffff",
            ".word 0xb200fc00",
            ".word 0x8b235441",
            "nop",
            ".byte 0x34, 0x12",
        ],
    );
    assert_eq!(concat_bytes(&lines), code);
}

fn concat_bytes(lines: &[Line]) -> Vec<u8> {
    lines.iter().flat_map(|l| l.bytes.iter().copied()).collect()
}

/// Image offset of the second function of the branch test: high enough
/// that an `adrp` page differs from page 0.
const BASE: u32 = 0x1020;

#[test]
fn aarch64_branch_targets_are_image_offsets() {
    let mut asm = Assembler::new();
    let (callee, back, fwd) = (
        asm.buf.new_label(),
        asm.buf.new_label(),
        asm.buf.new_label(),
    );
    // Function 0 at 0x1000, then padding up to function 1 at BASE.
    asm.bind(callee);
    asm.ret();
    while asm.buf.len() < BASE - 0x1000 {
        asm.udf(0);
    }
    asm.bind(back);
    asm.nop();
    asm.b_cond(Cond::Ne, fwd);
    asm.cbz(false, S32, x(3), fwd);
    asm.cbz(true, S64, x(3), back);
    asm.tbz(false, x(3), 40, fwd);
    asm.tbz(true, x(3), 1, back); // bits 0-31 name the W register
    asm.adr(x(16), fwd);
    asm.ldr_literal(S64, x(1), fwd);
    asm.bl(callee);
    asm.b(back);
    // adrp x0, one page on; b 0x2000 bytes back, before the image.
    asm.buf.put4(0xb000_0000);
    asm.buf.put4(0x17ff_f800);
    asm.bind(fwd);
    asm.ret();
    asm.buf.finish();
    let mut image = vec![0; 0x1000];
    image.extend_from_slice(asm.buf.bytes());
    let end = image.len() as u32;
    let m = module(Isa::Aarch64, image, vec![(0x1000, 4), (BASE, end - BASE)]);

    let lines = disassemble(&m, 1);
    let actual: Vec<(u32, &str, Option<u32>)> = lines
        .iter()
        .map(|l| (l.offset, l.text.as_str(), l.target))
        .collect();
    let (back, fwd) = (Some(BASE), Some(0x1050));
    assert_eq!(
        actual,
        [
            (0x1020, "nop", None),
            (0x1024, "b.ne 0x1050", fwd),
            (0x1028, "cbz w3, 0x1050", fwd),
            (0x102c, "cbnz x3, 0x1020", back),
            (0x1030, "tbz x3, #0x28, 0x1050", fwd),
            (0x1034, "tbnz w3, #0x1, 0x1020", back),
            (0x1038, "adr x16, 0x1050", fwd),
            (0x103c, "ldr x1, 0x1050", fwd),
            (0x1040, "bl 0x1000", Some(0x1000)),
            (0x1044, "b 0x1020", back),
            (0x1048, "adrp x0, 0x2000", Some(0x2000)),
            (0x104c, "b -0xfb4", None),
            (0x1050, "ret", None),
        ]
    );
    assert_eq!(texts(&disassemble(&m, 0)), ["0x1000: ret"]);
}

/// xorshift64*
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

/// Where an immediate-offset branch or `adr` at `pc` leads, from the
/// encoding (ARM ARM C4.1.65, C6.2.10-11): `None` for other words.
fn branch_target(word: u32, pc: u32) -> Option<i64> {
    // The signed field of `bits` bits at `lsb`, in instructions.
    let field =
        |lsb: u32, bits: u32| i64::from(((word << (32 - lsb - bits)) as i32) >> (32 - bits));
    let offset = if word & 0x7c00_0000 == 0x1400_0000 {
        field(0, 26) * 4 // b, bl
    } else if word & 0xff00_0010 == 0x5400_0000 || word & 0x7c00_0000 == 0x3400_0000 {
        field(5, 19) * 4 // b.cond; cbz, cbnz; tbz, tbnz (below)
    } else if word & 0x9f00_0000 == 0x1000_0000 {
        field(5, 19) << 2 | i64::from(word >> 29 & 3) // adr
    } else {
        return None;
    };
    let offset = if word & 0x7e00_0000 == 0x3600_0000 {
        field(5, 14) * 4 // tbz, tbnz
    } else {
        offset
    };
    Some(i64::from(pc) + offset)
}

#[test]
fn aarch64_random_words_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let words = 1 << 16;
    let mut code: Vec<u8> = (0..words)
        .flat_map(|_| (rng.next() as u32).to_le_bytes())
        .collect();
    code.extend_from_slice(&[0xaa, 0xbb, 0xcc]);
    let start = 0x40;
    let mut image = vec![0; start as usize];
    image.extend_from_slice(&code);
    let m = module(Isa::Aarch64, image, vec![(start, code.len() as u32)]);
    let lines = disassemble(&m, 0);
    assert_eq!(lines.len(), words + 1);
    assert_eq!(concat_bytes(&lines), code);
    let mut branches = 0;
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(line.offset, start + 4 * i as u32);
        assert!(!line.text.is_empty());
        let Ok(word) = <[u8; 4]>::try_from(&line.bytes[..]) else {
            continue;
        };
        let word = u32::from_le_bytes(word);
        // Every branch decodes: the patterns have no unallocated encodings.
        if let Some(target) = branch_target(word, line.offset) {
            branches += 1;
            let expected = u32::try_from(target).ok();
            assert_eq!(line.target, expected, "{word:08x} {}", line.text);
        }
    }
    assert!(branches > 3000, "{branches} branches");
}

#[test]
fn x64_jump_table_running_past_the_function_ends_with_it() {
    // cmp eax, 7FFFFFFFh: a table of 2^31 entries ...
    let mut code = vec![0x3d, 0xff, 0xff, 0xff, 0x7f];
    // lea r11, [rip+3]; jmp r11: ... right after the jmp (at 0xf) ...
    code.extend_from_slice(&[0x4c, 0x8d, 0x1d, 3, 0, 0, 0, 0x41, 0xff, 0xe3]);
    // ... where the function holds one entry and two more bytes.
    code.extend_from_slice(&[0x10, 0, 0, 0, 0xcc, 0xcc]);
    let len = code.len() as u32;
    let lines = disassemble(&module(Isa::X86_64, code.clone(), vec![(0, len)]), 0);
    let tail: Vec<(u32, &str, Option<u32>)> = lines[3..]
        .iter()
        .map(|l| (l.offset, l.text.as_str(), l.target))
        .collect();
    assert_eq!(
        tail,
        [
            (0xf, ".long 0x10  ; -> 0x001f", Some(0x1f)),
            (0x13, "int3", None),
            (0x14, "int3", None),
        ]
    );
    assert_eq!(concat_bytes(&lines), code);
}
