//! A growable code buffer with labels and fix-ups, shared by every ISA's
//! assembler. Branches to labels not yet bound record a fix-up that is
//! patched when the function is finished.

/// A position in the code, bound once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Label(u32);

#[derive(Debug, Clone, Copy)]
enum FixupKind {
    /// A 32-bit displacement relative to the end of the field.
    Rel32,
    /// A 32-bit entry of a jump table: label minus the table's start.
    TableEntry { table: Label },
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
    /// Offset of the rel32 field in the function's code.
    pub at: u32,
    pub callee: u32,
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

    /// Emits a rel32 field for a call to function `callee`.
    pub fn put_call_reloc(&mut self, callee: u32) {
        self.relocs.push(CallReloc {
            at: self.len(),
            callee,
        });
        self.put4(0);
    }

    /// Resolves every fix-up. Every label used must have been bound.
    pub fn finish(&mut self) {
        let fixups = std::mem::take(&mut self.fixups);
        for f in &fixups {
            let target = self.labels[f.label.0 as usize].expect("label used but never bound");
            let value = match f.kind {
                FixupKind::Rel32 => target.wrapping_sub(f.at + 4),
                FixupKind::TableEntry { table } => {
                    let base = self.labels[table.0 as usize].expect("jump table not bound");
                    target.wrapping_sub(base)
                }
            };
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
}
