//! Linear-memory accesses: the bounds check and the address, with the
//! trap-table entry at the access itself.

use super::{A64Masm, emit_load, emit_store, load64};
use crate::buffer::Label;
use crate::isa::aarch64::asm::{
    AddSub, Amode, Assembler, Cond, CondSelOp, Extend, Imm12, IndexExtend,
};
use crate::isa::aarch64::regs::{HEAP_BASE, RegOrSp, VMCTX, ZR};
use crate::masm::{HeapAccess, HeapBounds, HeapIndex, LoadKind, OperandSize, StoreValue};
use crate::reg::Reg;
use OperandSize::S64;
use brisk_environ::vmctx::{MEMORY_BASE, MEMORY_LENGTH};
use brisk_environ::{TrapCode, TrapEntry};

/// `[base, windex, uxtw]`: a 32-bit index, zero-extended.
fn indexed(base: Reg, index: Reg) -> Amode {
    Amode::Indexed {
        base: base.into(),
        index,
        extend: IndexExtend::Uxtw,
        scaled: false,
    }
}

/// `[base, #disp]` if a `size` access encodes it.
fn offset_form(base: Reg, disp: u64, size: OperandSize) -> Option<Amode> {
    let disp = i32::try_from(disp).ok()?;
    let addr = Amode::Offset(RegOrSp::from(base), disp);
    addr.fits(size).then_some(addr)
}

/// The address of a heap access of `size`, after its bounds check (which
/// branches to `oob`), built in the scratch registers `s` and `s2`. The
/// index register is only read (lent or owned alike).
///
/// ```text
/// checked:   s = [vmctx + def_ptr]
///            end = windex + offset + bytes        ; 64 bits, no overflow
///            s2 = [s + length]                    ; ldar if shared
///            cmp end, s2
///            not x27: s = [s + base], end = s + end   (before the branch)
///            b.hi oob
///            x27:     end = x27 + end, or without offset nor Spectre
///                     -> [x27, windex, uxtw]
///   spectre: csel end, end, xzr, ls
///            -> [end, #-bytes]
/// guard:     base = x27, or s = [[vmctx + def_ptr] + base]
///            -> [base, #disp], [base, windex, uxtw] (no offset),
///               s2 = base + windex: [s2, #disp], or s2 = base + disp:
///               [s2, windex, uxtw]
/// ```
fn heap_amode(
    a: &mut Assembler,
    access: &HeapAccess,
    size: OperandSize,
    oob: Option<Label>,
    (s, s2): (Reg, Reg),
) -> Amode {
    let (index, constant) = match access.index {
        HeapIndex::Const(c) => (None, u64::from(c)),
        HeapIndex::Lent(r) | HeapIndex::Owned(r) => (Some(r), 0),
    };
    let disp = constant + access.offset;
    let bytes = size.bytes();
    if let HeapBounds::Checked { tmp: end, spectre } = access.bounds {
        let oob = oob.expect("a checked access has its trap label");
        load64(a, s, VMCTX, access.def_ptr, s);
        a.mov_imm(S64, end, disp + u64::from(bytes));
        if let Some(i) = index {
            a.add_sub_ext(AddSub::Add, S64, end, end, i, Extend::Uxtw, 0);
        }
        if access.shared {
            // Another thread may grow it: the access must see the pages
            // made accessible before the length it reads was published.
            const _: () = assert!(MEMORY_LENGTH < 4096);
            a.add_sub_imm(
                AddSub::Add,
                S64,
                s2,
                s,
                Imm12::new(MEMORY_LENGTH.into()).unwrap(),
            );
            a.ldar(S64, s2, s2);
        } else {
            a.ldr(S64, s2, &Amode::Offset(s.into(), MEMORY_LENGTH as i32));
        }
        a.cmp(AddSub::Sub, S64, end, s2);
        // No scratch register is live across the branch (see scratch.rs):
        // a loaded base is added before it (`add` keeps the flags).
        let indexed_base = match (index, access.base_in_reg) {
            (Some(i), true) if disp == 0 && !spectre => Some(indexed(HEAP_BASE, i)),
            (_, true) => None,
            (_, false) => {
                a.ldr(S64, s, &Amode::Offset(s.into(), MEMORY_BASE as i32));
                a.add_sub(AddSub::Add, false, S64, end, s, end);
                None
            }
        };
        a.b_cond(Cond::Hi, oob);
        if let Some(addr) = indexed_base {
            return addr;
        }
        if access.base_in_reg {
            a.add_sub(AddSub::Add, false, S64, end, HEAP_BASE, end);
        }
        if spectre {
            // A mispredicted b.hi reads near address 0, not out of bounds.
            a.cond_sel(CondSelOp::Csel, S64, Cond::Ls, end, end, ZR);
        }
        return Amode::Offset(end.into(), -(bytes as i32));
    }
    let base = if access.base_in_reg {
        HEAP_BASE
    } else {
        load64(a, s, VMCTX, access.def_ptr, s);
        a.ldr(S64, s, &Amode::Offset(s.into(), MEMORY_BASE as i32));
        s
    };
    match index {
        None => offset_form(base, disp, size).unwrap_or_else(|| {
            a.mov_imm(S64, s2, disp);
            Amode::Indexed {
                base: base.into(),
                index: s2,
                extend: IndexExtend::Lsl,
                scaled: false,
            }
        }),
        Some(i) if disp == 0 => indexed(base, i),
        Some(i) => match offset_form(s2, disp, size) {
            Some(addr) => {
                a.add_sub_ext(AddSub::Add, S64, s2, base, i, Extend::Uxtw, 0);
                addr
            }
            None => {
                a.mov_imm(S64, s2, disp);
                a.add_sub(AddSub::Add, false, S64, s2, s2, base);
                indexed(s2, i)
            }
        },
    }
}

/// Guard-page mode, before a store wider than a byte: a load of the
/// store's last byte (`ldrb wzr`), the access the trap entry is for. A
/// store that crosses the end of the accessible memory faults, but AArch64
/// may have written its bytes below the end by then (the Arm architecture
/// leaves them unpredictable; QEMU writes them), which Wasm forbids; the
/// load faults first, having written nothing. Returns the probe's offset
/// and the store's address, which may now be `[s2]` (or use `s` when `s2`
/// is the address's base: `heap_amode` leaves `s` free then).
fn probe_last_byte(
    a: &mut Assembler,
    addr: Amode,
    bytes: u32,
    (s, s2): (Reg, Reg),
) -> (u32, Amode) {
    let last = bytes as i32 - 1;
    let (probe, store) = match addr {
        Amode::Offset(base, disp) => {
            let probe = Amode::Offset(base, disp + last);
            if probe.fits(OperandSize::S8) {
                (probe, addr)
            } else {
                let free = if base == RegOrSp::from(s2) { s } else { s2 };
                a.mov_imm(S64, free, (disp + last) as u64);
                let probe = Amode::Indexed {
                    base,
                    index: free,
                    extend: IndexExtend::Lsl,
                    scaled: false,
                };
                (probe, addr)
            }
        }
        Amode::Indexed {
            base,
            index,
            extend,
            scaled: false,
        } => {
            let extend = match extend {
                IndexExtend::Uxtw => Extend::Uxtw,
                IndexExtend::Lsl => Extend::Uxtx,
                IndexExtend::Sxtw | IndexExtend::Sxtx => {
                    unreachable!("heap indexes are zero-extended")
                }
            };
            a.add_sub_ext(AddSub::Add, S64, s2, base, index, extend, 0);
            (Amode::Offset(s2.into(), last), Amode::Offset(s2.into(), 0))
        }
        _ => unreachable!("heap_amode gives offset or unscaled indexed addresses"),
    };
    let at = a.buf.len();
    a.ldr(OperandSize::S8, ZR, &probe);
    (at, store)
}

/// Lists a guarded heap access, whose instruction is at `at`, in the trap
/// table.
fn record_guarded(access: &HeapAccess, at: u32, traps: &mut Vec<TrapEntry>) {
    if access.bounds == HeapBounds::Guard {
        traps.push(TrapEntry {
            code_offset: at,
            code: TrapCode::MemoryOutOfBounds,
        });
    }
}

impl A64Masm {
    /// The out-of-bounds trap of a checked heap access.
    fn heap_check_label(&mut self, access: &HeapAccess) -> Option<Label> {
        match access.bounds {
            HeapBounds::Checked { .. } => Some(self.trap_label(TrapCode::MemoryOutOfBounds)),
            HeapBounds::Guard => None,
        }
    }

    pub(super) fn heap_load_impl(
        &mut self,
        access: HeapAccess,
        kind: LoadKind,
        to: OperandSize,
        dst: Reg,
        traps: &mut Vec<TrapEntry>,
    ) {
        let oob = self.heap_check_label(&access);
        let size = match kind {
            LoadKind::Zero(size) | LoadKind::Signed(size) => size,
        };
        self.with_scratches(|a, s, s2| {
            let addr = heap_amode(a, &access, size, oob, (s, s2));
            let at = a.buf.len();
            match kind {
                LoadKind::Zero(size) => emit_load(a, size, &addr, dst),
                LoadKind::Signed(from) => a.ldrs(from, to, dst, &addr),
            }
            record_guarded(&access, at, traps);
        });
    }

    pub(super) fn heap_store_impl(
        &mut self,
        access: HeapAccess,
        size: OperandSize,
        value: StoreValue,
        traps: &mut Vec<TrapEntry>,
    ) {
        let oob = self.heap_check_label(&access);
        self.with_scratches(|a, s, s2| {
            let mut addr = heap_amode(a, &access, size, oob, (s, s2));
            if access.bounds == HeapBounds::Guard && size.bytes() > 1 {
                let probe;
                (probe, addr) = probe_last_byte(a, addr, size.bytes(), (s, s2));
                record_guarded(&access, probe, traps);
            }
            let at = a.buf.len();
            match value {
                StoreValue::Reg(r) => emit_store(a, size, r, &addr),
                StoreValue::Imm(i) => {
                    assert_eq!(i, 0, "a heap store of an immediate other than 0");
                    a.str(size, ZR, &addr);
                }
            }
            record_guarded(&access, at, traps);
        });
    }
}
