//! A growable code buffer with labels and fix-ups, shared by every ISA's
//! assembler. Branches to labels not yet bound record a fix-up that is
//! patched when the function is finished.
//!
//! A buffer holds one function, or several one after another
//! ([`CodeBuffer::start_function`]): a module compiled on one thread goes
//! straight into one buffer that becomes its code image. Every offset the
//! buffer takes or gives (`len()`, labels, fix-ups, call relocations,
//! patches) is relative to the current function's start.
//!
//! # AArch64 islands and veneers
//!
//! A64 conditional branches reach ±1 MiB (`b.cond`, `cbz`/`cbnz`) or
//! ±32 KiB (`tbz`/`tbnz`), and a function can be larger. Such a branch
//! ([`CodeBuffer::put_a64_branch`]) whose label is not bound yet, or bound
//! out of its reach behind it, is *pending*: its deadline is the last offset
//! its field reaches. Before the earliest deadline the buffer emits an
//! *island*: one veneer `b label` (±128 MiB) per label that pending branches
//! use, each of those branches retargeted to its label's veneer, and a `b`
//! over the island unless the code before it never falls through. Every
//! pending branch gets its veneer in the island, so none is pending after it.
//! A taken branch through a veneer costs one more branch; backward branches
//! beyond reach use the same path (rather than an inverted condition over a
//! `b`): the instruction keeps its form and size, and the extra branch only
//! happens in code more than 32 KiB or 1 MiB long.
//!
//! Islands go only at *island points*, where the emitting code says an
//! island may go:
//! - [`CodeBuffer::maybe_emit_island`]`(next_bytes)`: between two
//!   instructions of code that may fall through (the island is jumped over),
//!   promising that at most `next_bytes` bytes follow before the next island
//!   point. The MacroAssembler calls it before every operation (codegen,
//!   between Wasm operators) with a bound of the operation's size, and inside
//!   any sequence whose size has no small bound (a jump table, one call per
//!   argument...), or passes that size.
//! - [`CodeBuffer::maybe_emit_island_after_jump`]`(next_bytes)`: the same
//!   right after an instruction that never falls through (`b`, `br`, `ret`,
//!   a trap): the island needs no jump over it, so it is emitted early, when
//!   it would be needed within [`ISLAND_LOOKAHEAD`] bytes anyway.
//! - [`CodeBuffer::put_a64_branch`] itself, before a branch that becomes
//!   pending, if adding it would leave no room for the island before the
//!   next island point. So the branch is not always at the `len()` read
//!   before emitting it: take offsets after emitting.
//!
//! [`CodeBuffer::try_finish`] appends a last island after the last
//! instruction for the branches still pending (backward ones beyond reach).
//!
//! Each island point costs an addition, a comparison against the *island
//! limit* (the earliest deadline minus the worst-case island size) and a
//! store of the promise; the rest runs only when the comparison trips. A
//! buffer whose user never calls an island point (x86-64, the encoder's
//! tests) gets islands only from `put_a64_branch` (for the branch itself)
//! and `try_finish`. In debug builds, emitting code beyond the promised
//! bytes while a branch is pending panics: the MacroAssembler broke its
//! promise.
//!
//! Limits, reported by [`CodeBuffer::try_finish`] as an [`OutOfRange`]
//! error: veneers and `b`/`bl` reach ±128 MiB, so in a function of more
//! than 128 MiB of code (a body at wasmparser's 7.6 MB limit made of
//! expensive operators) a branch may not reach (it would need a veneer
//! through a register); `adr` and literal loads
//! ([`CodeBuffer::put_a64_label_ref`]) get no veneer, so their labels
//! (literal pools) must be placed within ±1 MiB of them.

use std::fmt;

/// A position in the code, bound once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Label(u32);

/// How a label reference is encoded, and so how far it reaches.
///
/// The AArch64 kinds are fields inside a 4-byte instruction, relative to
/// the instruction's own address; the field is emitted as zero and filled
/// in by [`CodeBuffer::try_finish`]. A label they reference must be in range
/// ([`FixupKind::max_forward`], [`FixupKind::max_backward`]) when the
/// function is finished: branches get veneers in islands for that (see the
/// module documentation), other references are the MacroAssembler's care;
/// `try_finish` reports a reference out of range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixupKind {
    /// A 32-bit displacement relative to the end of the field (x86-64
    /// branches, kept apart from the other fix-ups: see
    /// [`CodeBuffer::try_finish`]).
    Rel32,
    /// A 32-bit entry of a jump table: label minus the table's start.
    TableEntry { table: Label },
    /// A64 `b`/`bl`: a word offset in bits 0..26 (±128 MiB).
    A64Imm26,
    /// A64 `b.cond`, `cbz`/`cbnz`, `ldr` (literal): a word offset in bits
    /// 5..24 (±1 MiB).
    A64Imm19,
    /// A64 `tbz`/`tbnz`: a word offset in bits 5..19 (±32 KiB).
    A64Imm14,
    /// A64 `adr`: a byte offset, its low 2 bits in bits 29..31 and the rest
    /// in bits 5..24 (±1 MiB).
    A64Adr21,
}

impl FixupKind {
    /// For the A64 kinds: the field's position in the instruction, its
    /// width in bits and how many low bits of the byte offset it drops
    /// (which must be zero).
    fn a64_field(self) -> Option<(u32, u32, u32)> {
        match self {
            FixupKind::Rel32 | FixupKind::TableEntry { .. } => None,
            FixupKind::A64Imm26 => Some((0, 26, 2)),
            FixupKind::A64Imm19 => Some((5, 19, 2)),
            FixupKind::A64Imm14 => Some((5, 14, 2)),
            FixupKind::A64Adr21 => Some((5, 21, 0)),
        }
    }

    /// The signed offsets (label minus reference point) the field can hold,
    /// as the inclusive range `min..=max`.
    fn range(self) -> (i64, i64) {
        match self.a64_field() {
            None => (i32::MIN.into(), i32::MAX.into()),
            Some((_, bits, scale)) => {
                let half = 1i64 << (bits - 1 + scale);
                (-half, half - (1 << scale))
            }
        }
    }

    /// The largest forward offset in bytes the field can hold: from the
    /// instruction for the A64 kinds, from the end of the field for
    /// `Rel32`, from the table for `TableEntry`.
    pub fn max_forward(self) -> u32 {
        self.range().1 as u32
    }

    /// The largest backward offset in bytes (as a positive distance),
    /// measured as for [`FixupKind::max_forward`].
    pub fn max_backward(self) -> u32 {
        self.range().0.unsigned_abs() as u32
    }

    /// The bits of the instruction (or of the 32-bit entry) the field
    /// occupies.
    fn field_bits(self) -> u32 {
        let (min, max) = self.range();
        self.encode(min).unwrap() | self.encode(max).unwrap()
    }

    /// The field holding byte offset `offset`, or `None` if it is out of
    /// range or not a multiple of the field's unit.
    fn encode(self, offset: i64) -> Option<u32> {
        let (min, max) = self.range();
        if !(min..=max).contains(&offset) {
            return None;
        }
        match self.a64_field() {
            None => Some(offset as u32),
            Some((shift, bits, scale)) => {
                if offset & ((1 << scale) - 1) != 0 {
                    return None;
                }
                let field = (offset >> scale) as u32 & ((1 << bits) - 1);
                Some(match self {
                    // immlo (2 bits) at 29, immhi (19 bits) at 5.
                    FixupKind::A64Adr21 => (field & 3) << 29 | (field >> 2) << 5,
                    _ => field << shift,
                })
            }
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Fixup {
    at: u32,
    label: Label,
    kind: FixupKind,
}

/// A [`FixupKind::Rel32`] fix-up: the field at `at` will hold `label`
/// minus the end of the field.
#[derive(Debug, Clone, Copy)]
struct Rel32Fixup {
    at: u32,
    label: Label,
}

/// A call to another function of the module, patched at link time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CallReloc {
    /// Offset of the field (x86-64) or instruction (AArch64) to patch in
    /// the function's code.
    pub at: u32,
    pub callee: u32,
    pub kind: RelocKind,
}

/// How a call's target is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelocKind {
    /// x86-64 `call rel32`: the 32-bit field holds target minus the end of
    /// the field.
    X86Rel32,
    /// AArch64 `bl`: the instruction's low 26 bits hold (target - the
    /// instruction's address) / 4, so a module's code spans at most
    /// +-128 MiB.
    Arm64Call26,
}

impl RelocKind {
    /// Writes the call at `at` in `image` so that it reaches `target`, or
    /// says why it cannot.
    pub fn patch(self, image: &mut [u8], at: u32, target: u32) -> Result<(), &'static str> {
        let field = &mut image[at as usize..at as usize + 4];
        let word = match self {
            // An image is far smaller than 2 GiB: rel32 always reaches.
            RelocKind::X86Rel32 => target.wrapping_sub(at + 4),
            RelocKind::Arm64Call26 => {
                let delta = target as i64 - at as i64;
                if delta % 4 != 0 || !(-(1 << 27)..1 << 27).contains(&delta) {
                    return Err("an aarch64 call out of the +-128 MiB range of bl");
                }
                let insn = u32::from_le_bytes(field.try_into().unwrap());
                (insn & !0x03FF_FFFF) | ((delta >> 2) as u32 & 0x03FF_FFFF)
            }
        };
        field.copy_from_slice(&word.to_le_bytes());
        Ok(())
    }
}

/// A label reference that cannot reach its label: see the limits in the
/// module documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutOfRange {
    pub kind: FixupKind,
    /// Where the reference is: its field, or its instruction for the A64
    /// kinds.
    pub at: u32,
    /// Where its label is bound.
    pub target: u32,
}

impl fmt::Display for OutOfRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "a {:?} label reference at {:#x} cannot reach {:#x}",
            self.kind, self.at, self.target
        )
    }
}

impl std::error::Error for OutOfRange {}

/// How much earlier than needed [`CodeBuffer::maybe_emit_island_after_jump`]
/// emits an island, where it costs no branch over it.
pub const ISLAND_LOOKAHEAD: u32 = 8 << 10;

/// Bytes of an A64 instruction: a veneer, or the branch over an island.
const A64_INSN: u32 = 4;

/// A64 `b` with a zero offset.
const A64_B: u32 = 0x1400_0000;

/// The most bytes an island for `pending` pending branches takes: a branch
/// over it and one veneer per branch.
fn island_size(pending: usize) -> u32 {
    A64_INSN * (pending as u32 + 1)
}

/// A 32-bit field holding `target - from`, if that fits.
fn whole_field(target: u32, from: u32) -> Option<u32> {
    i32::try_from(i64::from(target) - i64::from(from))
        .ok()
        .map(|v| v as u32)
}

/// The last offset a pending branch's label (or veneer) may be at.
fn deadline(f: &Fixup) -> u32 {
    f.at.saturating_add(f.kind.max_forward())
}

#[derive(Debug)]
pub struct CodeBuffer {
    /// The code of the functions finished before the current one, then the
    /// current one's from `start` (see [`CodeBuffer::start_function`]).
    bytes: Vec<u8>,
    /// Where the current function begins in `bytes`: every offset of the
    /// buffer's interface (`len()`, labels, fix-ups, relocations, patches)
    /// is relative to it.
    start: usize,
    labels: Vec<Option<u32>>,
    /// The rel32 fix-ups, most of an x86-64 function's.
    rel32: Vec<Rel32Fixup>,
    /// The fix-ups of the other kinds.
    fixups: Vec<Fixup>,
    relocs: Vec<CallReloc>,
    /// The pending A64 branches (see the module documentation), as indices
    /// in `fixups`. Some may have reached their label since (it was bound in
    /// reach); `retire_reached` drops those.
    pending: Vec<u32>,
    /// The island limit: the largest `len()` plus bytes to come at which an
    /// island still reaches every pending branch, that is the earliest
    /// deadline minus `island_size(pending.len())`; `u32::MAX` with nothing
    /// pending. Never higher than that, lower while `pending` holds branches
    /// that have reached their label.
    island_limit: u32,
    /// Where the bytes promised at the last island point end; `None` before
    /// the first island point.
    promised_end: Option<u32>,
    /// The offset of the label bound last.
    last_bound: Option<u32>,
}

impl Default for CodeBuffer {
    fn default() -> Self {
        Self {
            bytes: Vec::new(),
            start: 0,
            labels: Vec::new(),
            rel32: Vec::new(),
            fixups: Vec::new(),
            relocs: Vec::new(),
            pending: Vec::new(),
            island_limit: u32::MAX,
            promised_end: None,
            last_bound: None,
        }
    }
}

impl CodeBuffer {
    pub fn new() -> Self {
        Self::default()
    }

    /// Empties the buffer, keeping its allocations for the next function.
    pub fn clear(&mut self) {
        self.bytes.clear();
        self.start = 0;
        self.clear_function();
    }

    /// Keeps the code emitted so far (earlier functions) and starts a new
    /// function after it, at the next multiple of `align` bytes from the
    /// buffer's beginning, the gap filled with `padding`.
    pub fn start_function(&mut self, align: usize, padding: u8) {
        self.start = self.bytes.len().next_multiple_of(align);
        self.bytes.resize(self.start, padding);
        self.clear_function();
    }

    /// Drops the current function's code, to start it again.
    pub fn discard_function(&mut self) {
        self.bytes.truncate(self.start);
        self.clear_function();
    }

    /// Where the current function begins, from the buffer's beginning.
    pub fn function_start(&self) -> u32 {
        self.start as u32
    }

    /// Reserves room for `additional` more bytes of code.
    pub fn reserve(&mut self, additional: usize) {
        self.bytes.reserve(additional);
    }

    /// Takes the code of every function in the buffer, which is left empty.
    pub fn take_code(&mut self) -> Vec<u8> {
        self.start = 0;
        self.clear_function();
        std::mem::take(&mut self.bytes)
    }

    /// Forgets the current function's labels, fix-ups and relocations.
    fn clear_function(&mut self) {
        self.labels.clear();
        self.rel32.clear();
        self.fixups.clear();
        self.relocs.clear();
        self.pending.clear();
        self.island_limit = u32::MAX;
        self.promised_end = None;
        self.last_bound = None;
    }

    /// The current function's bytes so far.
    pub fn len(&self) -> u32 {
        (self.bytes.len() - self.start) as u32
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.len() == self.start
    }

    /// The current function's code.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes[self.start..]
    }

    pub fn relocs(&self) -> &[CallReloc] {
        &self.relocs
    }

    /// Checks in debug builds that `n` more bytes of code (not an island's)
    /// stay within the bytes promised at the last island point, if a branch
    /// is pending.
    #[inline]
    fn check_promise(&self, n: usize) {
        if cfg!(debug_assertions)
            && let Some(end) = self.promised_end
        {
            let after = self.len() as usize + n;
            assert!(
                after <= end as usize || self.pending.iter().all(|&i| self.reached(i)),
                "compiler bug: code up to {after:#x} with branches pending, \
                 but the last island point promised code up to {end:#x} only"
            );
        }
    }

    pub fn put1(&mut self, b: u8) {
        self.check_promise(1);
        self.bytes.push(b);
    }

    /// Appends the low `n` bytes of `v` (`n` at most 8): a short
    /// instruction encoded in a register, with one capacity check.
    #[inline(always)]
    pub fn put_word(&mut self, v: u64, n: usize) {
        self.put_parts([(v, n)]);
    }

    /// Appends the low `n` bytes of each `(v, n)` of `parts` (`n` at most
    /// 8), in order: an instruction encoded in `N` registers, with one
    /// capacity check. When the buffer must grow, that happens in an
    /// out-of-line call in tail position, so that the inline fast path
    /// keeps nothing alive across a call.
    #[inline(always)]
    pub fn put_parts<const N: usize>(&mut self, parts: [(u64, usize); N]) {
        assert!(parts.iter().all(|&(_, n)| n <= 8));
        self.check_promise(parts.iter().map(|&(_, n)| n).sum());
        if self.bytes.capacity() - self.bytes.len() < 8 * N {
            return self.grow_then_put_parts(parts);
        }
        // SAFETY: `8 * N` bytes of capacity are free, as checked above,
        // and every part holds at most 8 bytes.
        unsafe { self.write_parts(parts) }
    }

    /// [`Self::put_parts`] when the spare capacity may be short.
    #[cold]
    #[inline(never)]
    fn grow_then_put_parts<const N: usize>(&mut self, parts: [(u64, usize); N]) {
        self.bytes.reserve(8 * N);
        // SAFETY: `reserve` left `8 * N` bytes of capacity free, and
        // `put_parts` checked that every part holds at most 8 bytes.
        unsafe { self.write_parts(parts) }
    }

    /// Appends the low `n` bytes of each `(v, n)` of `parts`, by one 8-byte
    /// write each.
    ///
    /// # Safety
    ///
    /// At least `8 * N` bytes of capacity must be free past `len()`, and
    /// every `n` must be at most 8.
    #[inline(always)]
    unsafe fn write_parts<const N: usize>(&mut self, parts: [(u64, usize); N]) {
        let mut len = self.bytes.len();
        let base = self.bytes.as_mut_ptr();
        for (v, n) in parts {
            // SAFETY: the caller guarantees `8 * N` free bytes past the
            // starting length and parts of at most 8 bytes: the i-th write
            // (from 0) starts at most `8 * i` bytes past it and ends at most
            // `8 * (i + 1) <= 8 * N` past it.
            unsafe {
                base.add(len)
                    .cast::<[u8; 8]>()
                    .write_unaligned(v.to_le_bytes())
            };
            len += n;
        }
        // SAFETY: the new length covers only bytes written above (the rest
        // of each word stays in the spare capacity, or is overwritten by the
        // next part), within the capacity.
        unsafe { self.bytes.set_len(len) };
    }

    pub fn put2(&mut self, v: u16) {
        self.check_promise(2);
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }

    pub fn put4(&mut self, v: u32) {
        self.check_promise(4);
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }

    pub fn put8(&mut self, v: u64) {
        self.check_promise(8);
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }

    /// Overwrites a 32-bit field emitted earlier.
    pub fn patch4(&mut self, at: u32, v: u32) {
        let at = self.start + at as usize;
        self.bytes[at..at + 4].copy_from_slice(&v.to_le_bytes());
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, label: Label) {
        let here = self.len();
        let slot = &mut self.labels[label.0 as usize];
        debug_assert!(slot.is_none(), "label bound twice");
        *slot = Some(here);
        self.last_bound = Some(here);
    }

    /// Emits a rel32 field that will hold `label - end of field`.
    pub fn put_rel32(&mut self, label: Label) {
        self.rel32.push(Rel32Fixup {
            at: self.len(),
            label,
        });
        self.put4(0);
    }

    /// Appends an instruction of `n` bytes (4 to 8: the low bytes of `v`)
    /// ending in a rel32 field that will hold `label - end of field`.
    pub fn put_with_rel32(&mut self, v: u64, n: usize, label: Label) {
        debug_assert!((4..=8).contains(&n) && v >> (8 * (n - 4)) == 0);
        self.rel32.push(Rel32Fixup {
            at: self.len() + n as u32 - 4,
            label,
        });
        self.put_word(v, n);
    }

    /// Emits a jump-table entry holding `label - table`.
    pub fn put_table_entry(&mut self, label: Label, table: Label) {
        self.fixups.push(Fixup {
            at: self.len(),
            label,
            kind: FixupKind::TableEntry { table },
        });
        self.put4(0);
    }

    /// Emits the 4-byte A64 instruction `insn`, whose `kind` field (zero in
    /// `insn`) will hold the offset from the instruction to `label`. For
    /// references that get no veneer (`adr`, literal loads); branches use
    /// [`CodeBuffer::put_a64_branch`].
    pub fn put_a64_label_ref(&mut self, insn: u32, label: Label, kind: FixupKind) {
        debug_assert!(kind.a64_field().is_some(), "{kind:?} is not an A64 field");
        debug_assert_eq!(insn & kind.field_bits(), 0, "{insn:#010x}: field not clear");
        self.fixups.push(Fixup {
            at: self.len(),
            label,
            kind,
        });
        self.put4(insn);
    }

    /// Emits the A64 branch `insn` to `label`, as
    /// [`CodeBuffer::put_a64_label_ref`]. A short-range branch (`kind`
    /// `A64Imm19` or `A64Imm14`) to a label not bound, or bound out of its
    /// reach, is pending and gets a veneer in the next island; if the island
    /// after it could come too late, an island is emitted before it (see the
    /// module documentation).
    pub fn put_a64_branch(&mut self, insn: u32, label: Label, kind: FixupKind) {
        let pending = matches!(kind, FixupKind::A64Imm19 | FixupKind::A64Imm14)
            && !self.in_reach(self.len(), label, kind);
        if pending && !self.branch_fits(kind) {
            self.make_room_for_branch(kind);
        }
        let index = self.fixups.len();
        self.put_a64_label_ref(insn, label, kind);
        if pending {
            self.pending.push(index as u32);
            let deadline = deadline(&self.fixups[index]);
            self.island_limit = (self.island_limit.saturating_sub(A64_INSN))
                .min(deadline.saturating_sub(island_size(self.pending.len())));
        }
    }

    /// Whether `label` is bound within `kind`'s reach of a reference at `at`.
    fn in_reach(&self, at: u32, label: Label, kind: FixupKind) -> bool {
        self.labels[label.0 as usize]
            .is_some_and(|target| kind.encode(i64::from(target) - i64::from(at)).is_some())
    }

    /// Whether pending branch `fixups[index]` has reached its label.
    fn reached(&self, index: u32) -> bool {
        let f = self.fixups[index as usize];
        self.in_reach(f.at, f.label, f.kind)
    }

    /// Whether a `kind` branch pending from here leaves room for an island
    /// at the end of the promised bytes, for it and the others pending.
    fn branch_fits(&self, kind: FixupKind) -> bool {
        let here = self.len();
        let end = self.promised_end.unwrap_or(0).max(here + A64_INSN);
        end.saturating_add(A64_INSN) <= self.island_limit
            && end - here + island_size(self.pending.len() + 1) <= kind.max_forward()
    }

    #[cold]
    fn make_room_for_branch(&mut self, kind: FixupKind) {
        self.retire_reached();
        if !self.branch_fits(kind) && !self.pending.is_empty() {
            self.emit_island(true);
        }
        debug_assert!(
            self.branch_fits(kind),
            "compiler bug: a {kind:?} branch with code up to {:#x?} promised",
            self.promised_end
        );
    }

    /// An island point between instructions that may fall through (see the
    /// module documentation): emits an island (with a branch over it) if
    /// one emitted after `next_bytes` more bytes could come too late.
    /// `next_bytes` bounds the bytes emitted before the next island point.
    #[inline]
    pub fn maybe_emit_island(&mut self, next_bytes: u32) {
        self.island_point(next_bytes, 0, true);
    }

    /// An island point right after an instruction that never falls through
    /// (`b`, `br`, `ret`, a trap): as [`CodeBuffer::maybe_emit_island`], but
    /// the island needs no branch over it (unless a label is bound here), so
    /// it is emitted if it would be needed within [`ISLAND_LOOKAHEAD`] more
    /// bytes.
    #[inline]
    pub fn maybe_emit_island_after_jump(&mut self, next_bytes: u32) {
        self.island_point(next_bytes, ISLAND_LOOKAHEAD, false);
    }

    #[inline]
    fn island_point(&mut self, next_bytes: u32, lookahead: u32, falls_through: bool) {
        let reserve = next_bytes.saturating_add(lookahead);
        if self.len().saturating_add(reserve) > self.island_limit {
            self.island_if_needed(reserve, falls_through);
        }
        self.promised_end = Some(self.len().saturating_add(next_bytes));
    }

    #[cold]
    fn island_if_needed(&mut self, reserve: u32, falls_through: bool) {
        self.retire_reached();
        if self.len().saturating_add(reserve) > self.island_limit {
            self.emit_island(falls_through);
        }
    }

    /// Drops the pending branches that have reached their label, and
    /// computes the island limit of the others.
    fn retire_reached(&mut self) {
        let mut pending = std::mem::take(&mut self.pending);
        pending.retain(|&i| !self.reached(i));
        self.island_limit = pending
            .iter()
            .map(|&i| deadline(&self.fixups[i as usize]))
            .min()
            .map_or(u32::MAX, |d| d.saturating_sub(island_size(pending.len())));
        self.pending = pending;
    }

    /// Emits an island with a veneer for every pending branch (shared by
    /// the branches to one label), behind a branch over it if
    /// `falls_through` or a label is bound here. The island does not count
    /// in the promised bytes.
    fn emit_island(&mut self, falls_through: bool) {
        let start = self.len();
        let mut pending = std::mem::take(&mut self.pending);
        pending.sort_unstable_by_key(|&i| self.fixups[i as usize].label.0);
        let label_of = |i: u32| self.fixups[i as usize].label;
        let veneers = 1 + pending
            .windows(2)
            .filter(|w| label_of(w[0]) != label_of(w[1]))
            .count();
        if falls_through || self.last_bound == Some(start) {
            let over = FixupKind::A64Imm26.encode(i64::from(island_size(veneers)));
            self.bytes
                .extend_from_slice(&(A64_B | over.unwrap()).to_le_bytes());
        }
        // The label of the last veneer, and its target.
        let mut last: Option<(Label, Label)> = None;
        for &i in &pending {
            let target = self.fixups[i as usize].label;
            let veneer = match last {
                Some((veneer, to)) if to == target => veneer,
                _ => {
                    let veneer = self.new_label();
                    self.labels[veneer.0 as usize] = Some(self.len());
                    self.fixups.push(Fixup {
                        at: self.len(),
                        label: target,
                        kind: FixupKind::A64Imm26,
                    });
                    self.bytes.extend_from_slice(&A64_B.to_le_bytes());
                    last = Some((veneer, target));
                    veneer
                }
            };
            self.fixups[i as usize].label = veneer;
        }
        pending.clear();
        self.pending = pending;
        self.island_limit = u32::MAX;
        let size = self.len() - start;
        self.promised_end = self.promised_end.map(|end| end.saturating_add(size));
    }

    /// Emits a rel32 field for an x86-64 call to function `callee`.
    pub fn put_call_reloc(&mut self, callee: u32) {
        self.relocs.push(CallReloc {
            at: self.len(),
            callee,
            kind: RelocKind::X86Rel32,
        });
        self.put4(0);
    }

    /// Emits an AArch64 `bl` to function `callee`, its offset patched at
    /// link time ([`RelocKind::Arm64Call26`]).
    pub fn put_a64_call_reloc(&mut self, callee: u32) {
        self.relocs.push(CallReloc {
            at: self.len(),
            callee,
            kind: RelocKind::Arm64Call26,
        });
        self.put4(0x9400_0000);
    }

    /// Resolves every fix-up, after a last island for the branches still
    /// pending (backward ones beyond reach), appended after the last
    /// instruction. Every label used must have been bound (anything else is
    /// a compiler bug, and panics); a reference that cannot reach its label
    /// is an error (see the limits in the module documentation). The code
    /// is not usable after an error.
    ///
    /// In a function shorter than 2 GiB every rel32 displacement fits, so
    /// the rel32 fields are patched without a range check; in a longer one
    /// they are checked with the other fix-ups.
    pub fn try_finish(&mut self) -> Result<(), OutOfRange> {
        if !self.pending.is_empty() {
            self.retire_reached();
            if !self.pending.is_empty() {
                self.emit_island(false);
            }
        }
        if self.bytes().len() <= i32::MAX as usize {
            self.patch_rel32();
        } else {
            let rel32 = self.rel32.drain(..).map(|f| Fixup {
                at: f.at,
                label: f.label,
                kind: FixupKind::Rel32,
            });
            self.fixups.extend(rel32);
        }
        let fixups = std::mem::take(&mut self.fixups);
        let labels = &self.labels;
        let bound = |label: Label| labels[label.0 as usize];
        let code = &mut self.bytes[self.start..];
        let mut result = Ok(());
        for f in &fixups {
            let target = bound(f.label).expect("label used but never bound");
            let at = f.at as usize;
            let field: &mut [u8; 4] = (&mut code[at..at + 4]).try_into().unwrap();
            let value = match f.kind {
                // The whole 32 bits: nothing around the field to keep.
                FixupKind::Rel32 => whole_field(target, f.at + 4),
                FixupKind::TableEntry { table } => {
                    whole_field(target, bound(table).expect("jump table not bound"))
                }
                kind => kind
                    .encode(i64::from(target) - i64::from(f.at))
                    .map(|bits| (u32::from_le_bytes(*field) & !kind.field_bits()) | bits),
            };
            let Some(value) = value else {
                result = Err(OutOfRange {
                    kind: f.kind,
                    at: f.at,
                    target,
                });
                break;
            };
            *field = value.to_le_bytes();
        }
        self.fixups = fixups;
        self.fixups.clear();
        result
    }

    /// Patches every rel32 field, whose displacement fits (see
    /// [`CodeBuffer::try_finish`]).
    fn patch_rel32(&mut self) {
        let code = &mut self.bytes[self.start..];
        for f in &self.rel32 {
            let target = self.labels[f.label.0 as usize].expect("label used but never bound");
            let at = f.at as usize;
            code[at..at + 4].copy_from_slice(&target.wrapping_sub(f.at + 4).to_le_bytes());
        }
        self.rel32.clear();
    }

    /// [`CodeBuffer::try_finish`] for code whose references always reach
    /// (x86-64, trampolines): an error is a compiler bug, and panics.
    pub fn finish(&mut self) {
        if let Err(e) = self.try_finish() {
            panic!("compiler bug: {e}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn call_relocations_patch_each_encoding() {
        let mut image = vec![0u8; 0x100];
        RelocKind::X86Rel32.patch(&mut image, 0x10, 0x80).unwrap();
        assert_eq!(image[0x10..0x14], (0x80u32 - 0x14).to_le_bytes());
        RelocKind::X86Rel32.patch(&mut image, 0x80, 0x10).unwrap();
        assert_eq!(image[0x80..0x84], (0x10i32 - 0x84).to_le_bytes());
        // `bl` keeps its opcode bits and gets the word offset.
        let bl = 0x9400_0000u32;
        image[0x40..0x44].copy_from_slice(&bl.to_le_bytes());
        RelocKind::Arm64Call26
            .patch(&mut image, 0x40, 0x20)
            .unwrap();
        assert_eq!(image[0x40..0x44], (bl | 0x03FF_FFF8).to_le_bytes());
        image[0x40..0x44].copy_from_slice(&bl.to_le_bytes());
        RelocKind::Arm64Call26
            .patch(&mut image, 0x40, 0xC0)
            .unwrap();
        assert_eq!(image[0x40..0x44], (bl | 0x20).to_le_bytes());
        // Beyond +-128 MiB, or not a whole instruction away: an error.
        let mut big = vec![0u8; 8];
        assert!(RelocKind::Arm64Call26.patch(&mut big, 0, 1 << 27).is_err());
        assert!(RelocKind::Arm64Call26.patch(&mut big, 0, 6).is_err());
        assert!(
            RelocKind::Arm64Call26
                .patch(&mut big, 0, (1 << 27) - 4)
                .is_ok()
        );
    }

    #[test]
    fn forward_and_backward_rel32() {
        let mut b = CodeBuffer::new();
        let back = b.new_label();
        b.bind(back);
        b.put1(0x90);
        let fwd = b.new_label();
        b.put_rel32(fwd); // at 1..5
        b.put_rel32(back); // at 5..9
        b.bind(fwd);
        b.finish();
        assert_eq!(&b.bytes()[1..5], &4u32.to_le_bytes());
        assert_eq!(&b.bytes()[5..9], &(-9i32).to_le_bytes());
    }

    const A64_KINDS: [FixupKind; 4] = [
        FixupKind::A64Imm26,
        FixupKind::A64Imm19,
        FixupKind::A64Imm14,
        FixupKind::A64Adr21,
    ];

    #[test]
    fn a64_ranges() {
        let ranges: Vec<(u32, u32)> = A64_KINDS
            .iter()
            .map(|k| (k.max_forward(), k.max_backward()))
            .collect();
        assert_eq!(
            ranges,
            [
                ((1 << 27) - 4, 1 << 27),
                ((1 << 20) - 4, 1 << 20),
                ((1 << 15) - 4, 1 << 15),
                ((1 << 20) - 1, 1 << 20),
            ]
        );
        assert_eq!(FixupKind::A64Imm26.field_bits(), 0x03ff_ffff);
        assert_eq!(FixupKind::A64Imm19.field_bits(), 0x00ff_ffe0);
        assert_eq!(FixupKind::A64Imm14.field_bits(), 0x0007_ffe0);
        assert_eq!(FixupKind::A64Adr21.field_bits(), 0x60ff_ffe0);
    }

    /// A buffer with one `kind` reference to a label `offset` bytes away
    /// (bits outside the field set, to check they are kept), finished;
    /// returns the patched field, or what `try_finish` says.
    fn resolve(kind: FixupKind, offset: i64) -> Result<u32, OutOfRange> {
        let mut b = CodeBuffer::new();
        // Room for a backward reference; zeroed pages are allocated lazily.
        let at = ((-offset).max(0) as u32).next_multiple_of(4);
        b.bytes = vec![0; at as usize];
        let label = b.new_label();
        let insn = !kind.field_bits();
        b.put_a64_label_ref(insn, label, kind);
        // Labels past the end are never read, only subtracted.
        let target = (i64::from(at) + offset) as u32;
        b.labels[label.0 as usize] = Some(target);
        let result = b.try_finish();
        if let Err(e) = result {
            assert_eq!(e, OutOfRange { kind, at, target });
            // `finish` panics instead.
            b.fixups.push(Fixup { at, label, kind });
            assert!(std::panic::catch_unwind(move || b.finish()).is_err());
            return Err(e);
        }
        let patched = u32::from_le_bytes(b.bytes()[at as usize..][..4].try_into().unwrap());
        assert_eq!(patched & insn, insn, "bits outside the field changed");
        Ok(patched & kind.field_bits())
    }

    #[test]
    fn a64_fields_at_their_limits() {
        // (kind, offset, field): the extremes, one unit each side of zero.
        let cases = [
            (FixupKind::A64Imm26, (1 << 27) - 4, 0x01ff_ffff),
            (FixupKind::A64Imm26, -(1 << 27), 0x0200_0000),
            (FixupKind::A64Imm26, 4, 1),
            (FixupKind::A64Imm26, -4, 0x03ff_ffff),
            (FixupKind::A64Imm26, 0, 0),
            (FixupKind::A64Imm19, (1 << 20) - 4, 0x3_ffff << 5),
            (FixupKind::A64Imm19, -(1 << 20), 0x4_0000 << 5),
            (FixupKind::A64Imm19, -4, 0x7_ffff << 5),
            (FixupKind::A64Imm14, (1 << 15) - 4, 0x1fff << 5),
            (FixupKind::A64Imm14, -(1 << 15), 0x2000 << 5),
            (FixupKind::A64Imm14, 8, 2 << 5),
            (FixupKind::A64Adr21, (1 << 20) - 1, 3 << 29 | 0x3_ffff << 5),
            (FixupKind::A64Adr21, -(1 << 20), 0x4_0000 << 5),
            (FixupKind::A64Adr21, 1, 1 << 29),
            (FixupKind::A64Adr21, -1, 3 << 29 | 0x7_ffff << 5),
        ];
        for (kind, offset, field) in cases {
            assert_eq!(resolve(kind, offset), Ok(field), "{kind:?} {offset}");
        }
    }

    #[test]
    fn a64_out_of_range_or_misaligned_rejected() {
        for kind in A64_KINDS {
            let forward = i64::from(kind.max_forward());
            let backward = -i64::from(kind.max_backward());
            let mut bad = vec![forward + 4, backward - 4];
            if kind != FixupKind::A64Adr21 {
                bad.extend([2, -2, forward - 1]);
            } else {
                bad.extend([forward + 1, backward - 1]);
            }
            for offset in bad {
                assert!(resolve(kind, offset).is_err(), "{kind:?} {offset} accepted");
            }
        }
    }
}
