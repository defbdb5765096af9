//! A growable code buffer with labels and fix-ups, shared by every ISA's
//! assembler. Branches to labels not yet bound record a fix-up that is
//! patched when the function is finished.

/// A position in the code, bound once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Label(u32);

/// How a label reference is encoded, and so how far it reaches.
///
/// The AArch64 kinds are fields inside a 4-byte instruction, relative to
/// the instruction's own address; the field is emitted as zero and filled
/// in by [`CodeBuffer::finish`]. A label they reference must be in range
/// ([`FixupKind::max_forward`], [`FixupKind::max_backward`]) when the
/// function is finished: the ISA's assembler or MacroAssembler guarantees it
/// (with veneers if needed), so an out-of-range reference is a compiler bug
/// and `finish` panics on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixupKind {
    /// A 32-bit displacement relative to the end of the field.
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

#[derive(Debug, Default)]
pub struct CodeBuffer {
    bytes: Vec<u8>,
    labels: Vec<Option<u32>>,
    fixups: Vec<Fixup>,
    relocs: Vec<CallReloc>,
}

impl CodeBuffer {
    pub fn new() -> Self {
        Self::default()
    }

    /// Empties the buffer, keeping its allocations for the next function.
    pub fn clear(&mut self) {
        self.bytes.clear();
        self.labels.clear();
        self.fixups.clear();
        self.relocs.clear();
    }

    pub fn len(&self) -> u32 {
        self.bytes.len() as u32
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    pub fn relocs(&self) -> &[CallReloc] {
        &self.relocs
    }

    pub fn put1(&mut self, b: u8) {
        self.bytes.push(b);
    }

    pub fn put2(&mut self, v: u16) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }

    pub fn put4(&mut self, v: u32) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }

    pub fn put8(&mut self, v: u64) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }

    /// Overwrites a 32-bit field emitted earlier.
    pub fn patch4(&mut self, at: u32, v: u32) {
        let at = at as usize;
        self.bytes[at..at + 4].copy_from_slice(&v.to_le_bytes());
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, label: Label) {
        let slot = &mut self.labels[label.0 as usize];
        debug_assert!(slot.is_none(), "label bound twice");
        *slot = Some(self.bytes.len() as u32);
    }

    /// Emits a rel32 field that will hold `label - end of field`.
    pub fn put_rel32(&mut self, label: Label) {
        self.fixups.push(Fixup {
            at: self.len(),
            label,
            kind: FixupKind::Rel32,
        });
        self.put4(0);
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
    /// `insn`) will hold the offset from the instruction to `label`.
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

    /// Emits a rel32 field for an x86-64 call to function `callee`.
    pub fn put_call_reloc(&mut self, callee: u32) {
        self.relocs.push(CallReloc {
            at: self.len(),
            callee,
            kind: RelocKind::X86Rel32,
        });
        self.put4(0);
    }

    fn read4(&self, at: u32) -> u32 {
        let at = at as usize;
        u32::from_le_bytes(self.bytes[at..at + 4].try_into().unwrap())
    }

    /// Resolves every fix-up. Every label used must have been bound, and
    /// every A64 reference must be in its kind's range (see [`FixupKind`]):
    /// anything else is a compiler bug, and panics.
    pub fn finish(&mut self) {
        let fixups = std::mem::take(&mut self.fixups);
        for f in &fixups {
            let target = self.labels[f.label.0 as usize].expect("label used but never bound");
            let from = match f.kind {
                FixupKind::Rel32 => f.at + 4,
                FixupKind::TableEntry { table } => {
                    self.labels[table.0 as usize].expect("jump table not bound")
                }
                _ => f.at,
            };
            let offset = i64::from(target) - i64::from(from);
            let field = f.kind.encode(offset).unwrap_or_else(|| {
                panic!(
                    "compiler bug: {:?} reference at {} to {} (offset {offset}) out of range",
                    f.kind, f.at, target
                )
            });
            let value = (self.read4(f.at) & !f.kind.field_bits()) | field;
            self.patch4(f.at, value);
        }
        self.fixups = fixups;
        self.fixups.clear();
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
    /// returns the patched field.
    fn resolve(kind: FixupKind, offset: i64) -> u32 {
        let mut b = CodeBuffer::new();
        // Room for a backward reference; zeroed pages are allocated lazily.
        let at = ((-offset).max(0) as u32).next_multiple_of(4);
        b.bytes = vec![0; at as usize];
        let label = b.new_label();
        let insn = !kind.field_bits();
        b.put_a64_label_ref(insn, label, kind);
        // Labels past the end are never read, only subtracted.
        b.labels[label.0 as usize] = Some((i64::from(at) + offset) as u32);
        b.finish();
        let patched = b.read4(at);
        assert_eq!(patched & insn, insn, "bits outside the field changed");
        patched & kind.field_bits()
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
            assert_eq!(resolve(kind, offset), field, "{kind:?} {offset}");
        }
    }

    #[test]
    fn a64_out_of_range_or_misaligned_panics() {
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
                let result = std::panic::catch_unwind(|| resolve(kind, offset));
                assert!(result.is_err(), "{kind:?} {offset} accepted");
            }
        }
    }
}
