//! AArch64 branches beyond their range (`tbz` ±32 KiB, `b.cond`/`cbz`
//! ±1 MiB): huge generated functions, emitted as a MacroAssembler would
//! (an island point before every operation, another after every `b` and
//! `ret`), then decoded by the independent decoders of `a64_decode` and
//! their control flow followed: every branch must arrive, through its
//! veneer and any branch over an island, at the instruction its label was
//! bound before, and every instruction that falls through must arrive at
//! the next one the test emitted, so no island is ever fallen into.

mod a64_decode;

use std::collections::HashMap;

use a64_decode::{Rng, decode_checked, x, yaxpeax};
use brisk_codegen::buffer::{FixupKind, ISLAND_LOOKAHEAD, Label, OutOfRange};
use brisk_codegen::isa::aarch64::asm::{Assembler, Cond};
use brisk_codegen::masm::OperandSize::{S32, S64};
use yaxpeax_arm::armv8::a64::{Opcode, Operand};

const KIB: u32 = 1 << 10;
const MIB: u32 = 1 << 20;
const NOP: u32 = 0xd503_201f;

/// A branch the test emits.
#[derive(Debug, Clone, Copy)]
enum Form {
    BCond(Cond),
    Cbz { nonzero: bool, wide: bool, reg: u8 },
    Tbz { nonzero: bool, reg: u8, bit: u8 },
    B,
}

impl Form {
    fn random(rng: &mut Rng) -> Form {
        let r = rng.next();
        let reg = (r >> 8) as u8 % 31;
        let nonzero = r & 1 << 16 != 0;
        match r % 7 {
            0 | 1 => Form::BCond(Cond::ALL[(r >> 20) as usize % 16]),
            2 | 3 => Form::Cbz {
                nonzero,
                wide: r & 1 << 17 != 0,
                reg,
            },
            4 | 5 => Form::Tbz {
                nonzero,
                reg,
                bit: (r >> 24) as u8 % 64,
            },
            _ => Form::B,
        }
    }

    fn emit(self, a: &mut Assembler, label: Label) {
        match self {
            Form::BCond(cond) => a.b_cond(cond, label),
            Form::Cbz { nonzero, wide, reg } => {
                a.cbz(nonzero, if wide { S64 } else { S32 }, x(reg), label)
            }
            Form::Tbz { nonzero, reg, bit } => a.tbz(nonzero, x(reg), bit, label),
            Form::B => a.b(label),
        }
    }

    /// disarm64's text of the branch to `target`.
    fn text(self, target: u64) -> String {
        let z = |nonzero| if nonzero { "n" } else { "" };
        match self {
            Form::BCond(cond) => {
                let names = [
                    "eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt",
                    "le", "al", "nv",
                ];
                format!("b.{} {target:#x}", names[cond as usize])
            }
            Form::Cbz { nonzero, wide, reg } => {
                let w = if wide { 'x' } else { 'w' };
                format!("cb{}z {w}{reg}, {target:#x}", z(nonzero))
            }
            Form::Tbz { nonzero, reg, bit } => {
                let w = if bit < 32 { 'w' } else { 'x' };
                format!("tb{}z {w}{reg}, #{bit}, {target:#x}", z(nonzero))
            }
            Form::B => format!("b {target:#x}"),
        }
    }
}

/// An instruction the test emitted (not an island's).
#[derive(Debug, Clone, Copy)]
enum Insn {
    Nop,
    Ret,
    Branch(Form, Label),
}

impl Insn {
    fn falls_through(self) -> bool {
        !matches!(self, Insn::Ret | Insn::Branch(Form::B, _))
    }
}

/// A function being emitted, with what the test emitted and where.
struct Func {
    asm: Assembler,
    /// The instructions the test emitted, in order, with their offsets.
    insns: Vec<(u32, Insn)>,
    /// Where each label was bound, and the index in `insns` of the
    /// instruction emitted next.
    bound: HashMap<Label, (u32, usize)>,
}

/// What [`Func::check`] saw.
#[derive(Debug, Default)]
struct Seen {
    /// Runs of island words: (offset, words).
    islands: Vec<(u32, u32)>,
    /// Branches that went through a veneer.
    veneered: usize,
    branches: usize,
}

impl Func {
    fn new() -> Func {
        Func {
            asm: Assembler::new(),
            insns: vec![],
            bound: HashMap::new(),
        }
    }

    fn len(&self) -> u32 {
        self.asm.buf.len()
    }

    fn label(&mut self) -> Label {
        self.asm.buf.new_label()
    }

    fn bind(&mut self, label: Label) {
        self.bound.insert(label, (self.len(), self.insns.len()));
        self.asm.bind(label);
    }

    /// The instruction just emitted.
    fn emitted(&mut self, insn: Insn) {
        self.insns.push((self.len() - 4, insn));
    }

    /// `n` nops, an island point before every `chunk` of them.
    fn nops(&mut self, n: u32, chunk: u32) {
        for i in 0..n {
            if i % chunk == 0 {
                self.asm.buf.maybe_emit_island(4 * chunk.min(n - i));
            }
            self.asm.nop();
            self.emitted(Insn::Nop);
        }
    }

    fn branch(&mut self, form: Form, label: Label) {
        self.branches(&[(form, label)]);
    }

    /// Branches in one operation: one island point before them all.
    fn branches(&mut self, branches: &[(Form, Label)]) {
        self.asm.buf.maybe_emit_island(4 * branches.len() as u32);
        for &(form, label) in branches {
            form.emit(&mut self.asm, label);
            self.emitted(Insn::Branch(form, label));
        }
        if matches!(branches.last(), Some((Form::B, _))) {
            self.asm.buf.maybe_emit_island_after_jump(0);
        }
    }

    /// `ret`, with an island point after it if `after`.
    fn ret(&mut self, after: bool) {
        self.asm.buf.maybe_emit_island(4);
        self.asm.ret();
        self.emitted(Insn::Ret);
        if after {
            self.asm.buf.maybe_emit_island_after_jump(0);
        }
    }

    /// Finishes the function, decodes it and follows its control flow (see
    /// the file's documentation).
    fn check(mut self) -> Seen {
        self.asm.buf.try_finish().expect("every branch reaches");
        let code = a64_decode::words(&self.asm);
        let end = 4 * code.len() as u32;
        let mut ours = vec![false; code.len()];
        for pair in self.insns.windows(2) {
            assert!(pair[0].0 < pair[1].0, "instructions out of order");
        }
        for &(at, _) in &self.insns {
            ours[at as usize / 4] = true;
        }
        // Every island word is a `b`.
        let island_b = |at: u32| -> u32 {
            let word = code[at as usize / 4];
            let target = pc_target(word, at);
            assert_eq!(
                yaxpeax(word).map(|i| i.opcode),
                Some(Opcode::B),
                "{at:#x}: {word:08x} in an island is not a b"
            );
            assert_eq!(decode_checked(word, at.into()), format!("b {target:#x}"));
            target
        };
        let mut seen = Seen::default();
        for (i, &is_ours) in ours.iter().enumerate() {
            let at = 4 * i as u32;
            if !is_ours {
                island_b(at);
                match seen.islands.last_mut() {
                    Some((start, words)) if *start + 4 * *words == at => *words += 1,
                    _ => seen.islands.push((at, 1)),
                }
            }
        }
        // Where execution arriving at `at` goes on: through island words
        // (all `b`) to one of ours or the end; how many it went through.
        let follow = |mut at: u32| -> (u32, usize) {
            let mut hops = 0;
            while at < end && !ours[at as usize / 4] {
                at = island_b(at);
                hops += 1;
                assert!(hops <= code.len(), "a loop of island branches");
            }
            (at, hops)
        };
        let next_of = |index: usize| self.insns.get(index).map_or(end, |&(at, _)| at);
        for (k, &(at, insn)) in self.insns.iter().enumerate() {
            let word = code[at as usize / 4];
            match insn {
                Insn::Nop => assert_eq!(word, NOP, "{at:#x}"),
                Insn::Ret => assert_eq!(decode_checked(word, at.into()), "ret x30"),
                Insn::Branch(form, label) => {
                    let target = pc_target(word, at);
                    assert_eq!(decode_checked(word, at.into()), form.text(target.into()));
                    let (bound, next) = self.bound[&label];
                    let expected = next_of(next);
                    assert_eq!(follow(bound).0, expected, "label bound at {bound:#x}");
                    let (arrives, hops) = follow(target);
                    assert_eq!(
                        arrives, expected,
                        "{form:?} at {at:#x} to a label bound at {bound:#x}"
                    );
                    // A veneer, then perhaps the branch over an island
                    // emitted where the label was bound.
                    assert!(hops <= 2, "{form:?} at {at:#x}: {hops} hops");
                    seen.branches += 1;
                    seen.veneered += usize::from(target != bound);
                }
            }
            if insn.falls_through() {
                assert_eq!(follow(at + 4).0, next_of(k + 1), "falling through {at:#x}");
            }
        }
        seen
    }
}

/// The target of branch `word` at `at`, as yaxpeax decodes it.
fn pc_target(word: u32, at: u32) -> u32 {
    let insn = yaxpeax(word).unwrap_or_else(|| panic!("{at:#x}: {word:08x} undecodable"));
    let offset = insn
        .operands
        .iter()
        .find_map(|op| match *op {
            Operand::PCOffset(offset) => Some(offset),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{at:#x}: {insn} is not a branch"));
    u32::try_from(i64::from(at) + offset).expect("target in the code")
}

const CBZ: Form = Form::Cbz {
    nonzero: false,
    wide: true,
    reg: 3,
};
const TBNZ: Form = Form::Tbz {
    nonzero: true,
    reg: 5,
    bit: 40,
};

/// One forward branch of `form` to a label `distance` bytes away, island
/// points every `chunk` nops: the single island it needs comes within
/// the last 64 bytes before the branch's deadline.
fn one_far_branch(form: Form, distance: u32, reach: u32, chunk: u32) {
    let mut f = Func::new();
    let label = f.label();
    f.branch(form, label);
    f.nops(distance / 4 - 1, chunk);
    f.bind(label);
    f.ret(true);
    let seen = f.check();
    assert_eq!(seen.veneered, 1);
    assert_eq!(seen.islands.len(), 1, "{:x?}", seen.islands);
    let (at, words) = seen.islands[0];
    assert_eq!(words, 2, "a branch over the island and a veneer");
    assert!(
        (reach - 64 - 4 * chunk..reach).contains(&at),
        "island at {at:#x}, reach {reach:#x}"
    );
}

#[test]
fn cbz_to_a_label_2_mib_away() {
    for chunk in [1, 64] {
        one_far_branch(CBZ, 2 * MIB, MIB, chunk);
    }
}

#[test]
fn tbz_to_a_label_100_kib_away() {
    for chunk in [1, 16] {
        one_far_branch(TBNZ, 100 * KIB, 32 * KIB, chunk);
    }
}

/// Islands come only when needed: with the label bound within 16 bytes of
/// the branch's reach (4 bytes promised at each island point, 8 for the
/// island), none.
#[test]
fn no_island_within_reach() {
    for (form, distance) in [(CBZ, MIB - 16), (TBNZ, 32 * KIB - 16)] {
        let mut f = Func::new();
        let label = f.label();
        f.branch(form, label);
        f.nops(distance / 4 - 1, 1);
        f.bind(label);
        f.ret(true);
        let seen = f.check();
        assert_eq!((seen.islands.len(), seen.veneered), (0, 0), "{form:?}");
    }
}

#[test]
fn backward_branches_beyond_reach() {
    let mut f = Func::new();
    let top = f.label();
    f.bind(top);
    f.nops(3 * MIB / 8, 8);
    let near = f.label();
    f.bind(near);
    f.nops(MIB / 8, 8);
    // 2 MiB and 512 KiB back: the first through a veneer.
    f.branch(Form::BCond(Cond::Ne), top);
    f.branch(CBZ, near);
    let loop_head = f.label();
    f.bind(loop_head);
    f.nops(40 * KIB / 4, 1);
    f.branch(TBNZ, loop_head);
    f.branch(Form::BCond(Cond::Lt), loop_head);
    // The function ends with branches pending: `try_finish` appends their
    // island after the `ret`, with one veneer for the two to `loop_head`,
    // and a branch over it to `exit`, bound at the end.
    let exit = f.label();
    f.branch(Form::BCond(Cond::Eq), exit);
    f.branch(TBNZ, loop_head);
    f.ret(false);
    let end_of_ours = f.len();
    f.bind(exit);
    let seen = f.check();
    assert_eq!((seen.branches, seen.veneered), (6, 3));
    assert_eq!(seen.islands, [(end_of_ours, 3)]);
}

#[test]
fn many_pending_branches_share_veneers() {
    let mut rng = Rng::new(7);
    let mut f = Func::new();
    let labels: Vec<Label> = (0..64).map(|_| f.label()).collect();
    let mut short = 0;
    for _ in 0..20_000 {
        let label = labels[rng.next() as usize % labels.len()];
        let form = Form::random(&mut rng);
        short += usize::from(!matches!(form, Form::B));
        f.branch(form, label);
        f.nops(rng.next() as u32 % 4, 1);
    }
    f.nops(3 * MIB / 2 / 4, 32);
    for &label in &labels {
        f.bind(label);
        f.nops(rng.next() as u32 % 2000, 4);
    }
    f.ret(true);
    let seen = f.check();
    assert_eq!(seen.branches, 20_000);
    // Every island holds at most one veneer per label, and a branch over.
    for &(at, words) in &seen.islands {
        assert!(words <= 65, "island at {at:#x} of {words} words");
    }
    // The labels are 1.5 MiB away: every short branch needs its veneer.
    assert_eq!(seen.veneered, short);
}

#[test]
fn short_branch_among_many_pending() {
    // 9000 cbz to as many labels would make an island longer than a tbz
    // reaches: the island comes before the tbz instead.
    let mut f = Func::new();
    let labels: Vec<Label> = (0..9000).map(|_| f.label()).collect();
    for &label in &labels {
        f.branch(CBZ, label);
    }
    let near = f.label();
    let tbz_island = f.len();
    f.branch(TBNZ, near);
    f.nops(16 * KIB / 4, 1);
    f.bind(near);
    f.nops(MIB / 4, 64);
    for label in labels {
        f.bind(label);
    }
    f.ret(true);
    let seen = f.check();
    assert_eq!(seen.islands, [(tbz_island, 9001)]);
    assert_eq!(seen.veneered, 9000);
}

#[test]
fn operations_of_many_branches() {
    // Operations of 32 branches each, to labels bound 1.5 MiB later, and a
    // tbz whose label is created last (so its veneer is the last of an
    // island), in rounds: the island for the tbz must account for the
    // branches its operation adds after its island point.
    let mut rng = Rng::new(11);
    let mut f = Func::new();
    let far: Vec<Label> = (0..32 * 64 * 8).map(|_| f.label()).collect();
    let mut unused = far.iter().copied();
    let mut tbz_labels = vec![];
    for _ in 0..8 {
        let near = f.label();
        f.branch(TBNZ, near);
        tbz_labels.push(near);
        for _ in 0..64 {
            let group: Vec<(Form, Label)> = unused
                .by_ref()
                .take(32)
                .map(|l| (Form::BCond(Cond::Ge), l))
                .collect();
            f.branches(&group);
            f.nops(rng.next() as u32 % 64, 1);
        }
    }
    f.nops(3 * MIB / 8, 64);
    for label in tbz_labels.into_iter().chain(far) {
        f.bind(label);
    }
    f.ret(true);
    let seen = f.check();
    assert_eq!(seen.veneered, seen.branches);
}

#[test]
fn chained_islands() {
    // A tbz every 8 KiB over 1.5 MiB keeps islands coming: a b.cond from
    // the start to the end crosses all of them (its veneer is in the
    // first), and labels bound where islands fall lead over them.
    let mut f = Func::new();
    let end = f.label();
    let mut labels = vec![];
    f.branch(Form::BCond(Cond::Eq), end);
    for i in 0..192 {
        let label = f.label();
        f.branch(TBNZ, label);
        labels.push(label);
        f.nops(8 * KIB / 4 - 1, 1);
        // Bound before the next island point: the island, if it comes
        // then, is behind the label.
        if i % 3 == 0 {
            f.bind(labels.remove(0));
        }
    }
    for label in labels {
        f.bind(label);
        f.nops(1, 1);
    }
    f.bind(end);
    f.ret(true);
    let seen = f.check();
    assert!(seen.islands.len() >= 40, "{} islands", seen.islands.len());
    assert!(seen.veneered > 100, "{seen:?}");
}

#[test]
fn islands_after_jumps_need_no_branch_over() {
    let mut f = Func::new();
    let far = f.label();
    let skip = f.label();
    f.branch(TBNZ, far);
    // Within the lookahead of the deadline, a `b`: the island goes after it.
    f.nops((32 * KIB - ISLAND_LOOKAHEAD) / 4, 1);
    f.branch(Form::B, skip);
    let after_b = f.insns.last().unwrap().0 + 4;
    f.bind(skip);
    f.nops(40 * KIB / 4, 1);
    f.bind(far);
    f.ret(true);
    let seen = f.check();
    assert_eq!(seen.islands, [(after_b, 1)]);
}

#[test]
fn promised_bytes_come_before_the_island() {
    // A jump table of 12k `b`s after an island point that promises its
    // size: the island for the pending tbz comes before it, not inside.
    let mut f = Func::new();
    let far = f.label();
    let cases: Vec<Label> = (0..4).map(|_| f.label()).collect();
    f.branch(TBNZ, far);
    f.nops(8 * KIB / 4, 1);
    let entries = 12 * 1024;
    f.asm.buf.maybe_emit_island(4 * entries);
    let table = f.len();
    for i in 0..entries {
        let label = cases[i as usize % cases.len()];
        f.asm.b(label);
        f.emitted(Insn::Branch(Form::B, label));
    }
    f.asm.buf.maybe_emit_island_after_jump(0);
    for &label in &cases {
        f.bind(label);
        f.nops(1, 1);
    }
    f.bind(far);
    f.ret(true);
    let seen = f.check();
    assert_eq!(seen.islands, [(table - 8, 2)]);
}

/// Random functions of `size` bytes: branches of every form forward and
/// backward, labels bound at random distances, long straight runs, jumps
/// and returns.
fn random_function(seed: u64, size: u32) -> Seen {
    let mut rng = Rng::new(seed);
    let mut f = Func::new();
    let mut open: Vec<Label> = vec![];
    let mut bound: Vec<Label> = vec![];
    while f.len() < size {
        let r = rng.next();
        let pick = |v: &[Label], r: u64| v[(r >> 8) as usize % v.len()];
        match r % 16 {
            0..=5 => {
                // Sometimes several in one operation.
                let n = if r & 1 << 41 == 0 {
                    1
                } else {
                    2 + (r >> 42) % 24
                };
                let mut group = vec![];
                for _ in 0..n {
                    let r = rng.next();
                    let label = if open.is_empty() || r & 1 << 40 == 0 {
                        let l = f.label();
                        open.push(l);
                        l
                    } else {
                        pick(&open, r)
                    };
                    group.push((Form::random(&mut rng), label));
                }
                f.branches(&group);
            }
            6 | 7 if !bound.is_empty() => f.branch(Form::random(&mut rng), pick(&bound, r)),
            8 | 9 if !open.is_empty() => {
                let l = open.swap_remove((r >> 8) as usize % open.len());
                f.bind(l);
                bound.push(l);
            }
            10 => {
                let l = f.label();
                f.bind(l);
                bound.push(l);
            }
            11 => f.nops((r >> 8) as u32 % 2000, 1 + (r >> 32) as u32 % 16),
            12 => f.ret(true),
            _ => f.nops(1 + (r >> 8) as u32 % 16, 1),
        }
    }
    for l in open {
        f.bind(l);
        f.nops(1, 1);
    }
    f.ret(true);
    f.check()
}

#[test]
fn random_huge_functions() {
    // Rng::new ignores the low bit.
    for seed in [1, 3, 5] {
        let seen = random_function(seed, 5 * MIB / 2);
        assert!(seen.branches > 2_000, "{seed}: {seen:?}");
        assert!(seen.islands.len() > 10, "{seed}: {seen:?}");
        assert!(seen.veneered > 200, "{seed}: {seen:?}");
    }
}

#[test]
fn references_without_veneers_report_out_of_range() {
    // `adr` and literal loads get no veneer: beyond 1 MiB, an error (not a
    // panic) from try_finish.
    type Use = fn(&mut Assembler, Label);
    let uses: [(FixupKind, Use); 2] = [
        (FixupKind::A64Adr21, |a, l| a.adr(x(2), l)),
        (FixupKind::A64Imm19, |a, l| a.ldr_literal(S64, x(2), l)),
    ];
    for (kind, emit) in uses {
        let mut f = Func::new();
        let label = f.label();
        emit(&mut f.asm, label);
        f.nops(MIB / 4, 1);
        let target = f.len();
        f.bind(label);
        f.ret(true);
        assert_eq!(
            f.asm.buf.try_finish(),
            Err(OutOfRange {
                kind,
                at: 0,
                target
            })
        );
    }
}

/// In debug builds, code beyond what the last island point promised, while
/// a branch is pending, is caught at once.
#[test]
#[cfg(debug_assertions)]
#[should_panic(expected = "promised")]
fn code_beyond_the_promise_panics_in_debug() {
    let mut f = Func::new();
    let label = f.label();
    f.branch(TBNZ, label);
    f.asm.nop();
}
