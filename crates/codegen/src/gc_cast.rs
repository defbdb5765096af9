//! The GC operators that need no heap, on [`CodeGen`]: i31 references
//! (`ref.i31`, `i31.get_s/u`), the identity conversions between `extern`
//! and `any`, and the casts (`ref.test`, `ref.cast`, `br_on_cast`,
//! `br_on_cast_fail`). `ref.eq` is a 64-bit comparison (`visitor.rs`).
//!
//! A reference is one word (ARCHITECTURE.md, "GC references"): 0 null, low
//! bit 1 an i31 (`value << 1 | 1`), low bits `10` a host value converted
//! from extern, otherwise a GC object whose first `u32` is its engine
//! type id. A cast tests null first, then the tag bits, then loads the
//! object's type id (a funcref's, for function types) and compares it
//! with the target's: equal ids are a match, and for a target that is not
//! final the code reads the object type's display record (the engine's
//! displays, through the vmctx; `runtime/src/type_display.rs`) and
//! compares the id at the target's depth with the target's. A cast to the
//! abstract `struct` or `array` compares the record's kind. All inline, a
//! bounded number of loads and compares.

use crate::buffer::Label;
use crate::codegen::CodeGen;
use crate::masm::*;
use crate::reg::{Reg, RegClass};
use crate::stack::Val;
use brisk_environ::vmctx::{
    DISPLAY_IDS, DISPLAY_KIND, DISPLAY_KIND_ARRAY, DISPLAY_KIND_STRUCT, DISPLAY_LEN,
    DISPLAY_MIN_IDS, FUNC_REF_TYPE_ID, TYPE_DISPLAYS_ENTRIES, TYPE_DISPLAYS_LEN,
};
use brisk_environ::{
    AbstractHeapType, CompileResult, HeapType, RefType, TrapCode, TypeRef, WasmType,
};

/// What a cast compares after the null and tag checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CastTarget {
    /// Every non-null reference matches (`any`, `func`, `extern`, `exn`,
    /// or a cast within the static type).
    All,
    /// No non-null reference matches (the bottom types).
    Nothing,
    /// i31s and GC objects: not host values (`eq`).
    Eq,
    /// i31s only.
    I31,
    /// GC objects of this kind (`struct`, `array`: `DISPLAY_KIND_*`).
    Kind(u32),
    /// GC objects (or, for a function type, funcrefs) of module type
    /// `index` or, unless it is final, a subtype of it: `depth` declared
    /// supertypes above it.
    Type {
        index: u32,
        is_final: bool,
        depth: u32,
    },
}

/// A cast's target as code tests it.
#[derive(Debug, Clone, Copy)]
struct Cast {
    nullable: bool,
    /// The representation of the target's hierarchy.
    repr: WasmType,
    target: CastTarget,
}

/// The registers of a cast test: the reference (on top of the stack) and
/// scratch registers the test clobbers.
struct CastRegs {
    reference: Reg,
    scratch: Reg,
    /// The target type's id (`CastTarget::Type`).
    expected: Option<Reg>,
    /// The display record's address (a kind, or a type that is not final).
    record: Option<Reg>,
}

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// Fails unless this ISA translates the GC operators.
    fn check_gc(&self) -> CompileResult<()> {
        if M::implements(OpFamily::Gc) {
            Ok(())
        } else {
            self.unsupported("gc operators on this target")
        }
    }

    pub fn ref_i31(&mut self) -> CompileResult<()> {
        self.check_gc()?;
        let r = self.ctx.pop_to_reg(self.masm);
        self.masm
            .int_shift(ShiftKind::Shl, OperandSize::S32, r, r, Operand::Imm(1));
        self.masm
            .int_binop(IntBinOp::Or, OperandSize::S32, r, r, Operand::Imm(1));
        self.ctx.push(Val::Reg(r, WasmType::AnyRef));
        Ok(())
    }

    /// `i31.get_s` (`signed`) or `i31.get_u`: the 31 bits above the tag,
    /// sign- or zero-extended by one 32-bit shift.
    pub fn i31_get(&mut self, signed: bool) -> CompileResult<()> {
        self.check_gc()?;
        let r = self.ctx.pop_to_reg(self.masm);
        self.masm.trap_if_null(r, TrapCode::NullI31Reference);
        let kind = if signed {
            ShiftKind::ShrS
        } else {
            ShiftKind::ShrU
        };
        self.masm
            .int_shift(kind, OperandSize::S32, r, r, Operand::Imm(1));
        self.ctx.push(Val::Reg(r, WasmType::I32));
        Ok(())
    }

    /// `any.convert_extern` and `extern.convert_any`: the same word, of
    /// the other hierarchy's type.
    pub fn convert_ref(&mut self, to: WasmType) -> CompileResult<()> {
        self.check_gc()?;
        let r = self.ctx.pop_to_reg(self.masm);
        self.ctx.push(Val::Reg(r, to));
        Ok(())
    }

    /// The number of declared supertypes above module type `index`.
    fn type_depth(&self, index: u32) -> u32 {
        let mut depth = 0;
        let mut t = index;
        while let Some(s) = self.info.types[t as usize].supertype {
            t = match s {
                TypeRef::Module(i) => i,
                TypeRef::RecGroup(j) => {
                    let groups = &self.info.rec_groups;
                    groups[groups.partition_point(|g| g.end <= t)].start + j
                }
                TypeRef::Engine(_) => unreachable!("module types refer to module types"),
            };
            depth += 1;
        }
        depth
    }

    /// The cast to `(ref null? hty)` (module form).
    fn cast_to(&self, nullable: bool, hty: wasmparser::HeapType) -> CompileResult<Cast> {
        self.check_gc()?;
        let r = wasmparser::RefType::new(nullable, hty).ok_or_else(|| {
            brisk_environ::CompileError::Invalid {
                message: "cast to an unrepresentable reference type".into(),
                offset: self.offset,
            }
        })?;
        let (exact, repr): (RefType, WasmType) = self.info.ref_type(r, self.offset)?;
        self.check_type(repr)?;
        use AbstractHeapType as A;
        let target = match exact.heap {
            HeapType::Abstract(A::Any | A::Func | A::Extern | A::Exn) => CastTarget::All,
            HeapType::Abstract(A::None | A::NoFunc | A::NoExtern | A::NoExn) => CastTarget::Nothing,
            HeapType::Abstract(A::Eq) => CastTarget::Eq,
            HeapType::Abstract(A::I31) => CastTarget::I31,
            HeapType::Abstract(A::Struct) => CastTarget::Kind(DISPLAY_KIND_STRUCT),
            HeapType::Abstract(A::Array) => CastTarget::Kind(DISPLAY_KIND_ARRAY),
            HeapType::Concrete(TypeRef::Module(index)) => CastTarget::Type {
                index,
                is_final: self.info.types[index as usize].is_final,
                depth: self.type_depth(index),
            },
            HeapType::Abstract(A::Cont | A::NoCont) | HeapType::Concrete(_) => {
                return Err(brisk_environ::CompileError::unsupported(
                    format!("cast to {r}"),
                    self.offset,
                ));
            }
        };
        Ok(Cast {
            nullable,
            repr,
            target,
        })
    }

    /// Gets the reference on top of the stack, which stays there, and the
    /// scratch registers of `cast`'s test into registers. Nothing is
    /// emitted between this and the test that could change the stack.
    fn prepare_cast(&mut self, cast: &Cast) -> CastRegs {
        let reference = self.ctx.pop_to_reg(self.masm);
        self.ctx.push(Val::Reg(reference, cast.repr));
        let scratch = self.ctx.alloc(self.masm, RegClass::Int);
        let (expected, record) = match cast.target {
            CastTarget::Type { is_final, .. } => (true, !is_final),
            CastTarget::Kind(_) => (false, true),
            _ => (false, false),
        };
        let expected = expected.then(|| self.ctx.alloc(self.masm, RegClass::Int));
        let record = record.then(|| self.ctx.alloc(self.masm, RegClass::Int));
        CastRegs {
            reference,
            scratch,
            expected,
            record,
        }
    }

    /// Emits the test of `regs.reference` against `cast`, which jumps to
    /// `yes` on a match and falls through otherwise, and frees the test's
    /// registers but `regs.scratch`, returned (free to overwrite after the
    /// test and at `yes`).
    fn emit_cast_test(&mut self, cast: &Cast, regs: CastRegs, yes: Label) -> Reg {
        let no = self.masm.new_label();
        let displays = self.offsets.type_displays();
        let m = &mut *self.masm;
        let (r, s) = (regs.reference, regs.scratch);
        m.int_compare(OperandSize::S64, r, Operand::Imm(0));
        m.branch_if(IntCmp::Eq, if cast.nullable { yes } else { no });
        // Compares the low tag bits `mask` of the reference with 0.
        let tag_bits = |m: &mut M, mask: i64| {
            m.int_binop(IntBinOp::And, OperandSize::S32, s, r, Operand::Imm(mask));
            m.int_compare(OperandSize::S32, s, Operand::Imm(0));
        };
        match cast.target {
            CastTarget::All => m.jmp(yes),
            CastTarget::Nothing => {}
            CastTarget::Eq => {
                m.int_binop(IntBinOp::And, OperandSize::S32, s, r, Operand::Imm(3));
                m.int_compare(OperandSize::S32, s, Operand::Imm(2));
                m.branch_if(IntCmp::Ne, yes);
            }
            CastTarget::I31 => {
                tag_bits(m, 1);
                m.branch_if(IntCmp::Ne, yes);
            }
            CastTarget::Kind(kind) => {
                tag_bits(m, 3);
                m.branch_if(IntCmp::Ne, no);
                m.load(OperandSize::S32, M::field_address(r, 0), s);
                let record = regs.record.expect("a register for the display record");
                load_display_record(m, displays, s, record, no);
                m.load(
                    OperandSize::S32,
                    M::field_address(record, DISPLAY_KIND as i32),
                    s,
                );
                m.int_compare(OperandSize::S32, s, Operand::Imm(kind.into()));
                m.branch_if(IntCmp::Eq, yes);
            }
            CastTarget::Type {
                index,
                is_final,
                depth,
            } => {
                if cast.repr == WasmType::FuncRef {
                    m.load(
                        OperandSize::S32,
                        M::field_address(r, FUNC_REF_TYPE_ID as i32),
                        s,
                    );
                } else {
                    tag_bits(m, 3);
                    m.branch_if(IntCmp::Ne, no);
                    m.load(OperandSize::S32, M::field_address(r, 0), s);
                }
                let expected = regs.expected.expect("a register for the expected type id");
                m.vmctx_load(OperandSize::S32, self.offsets.type_id(index), expected);
                m.int_compare(OperandSize::S32, s, Operand::Reg(expected));
                m.branch_if(IntCmp::Eq, yes);
                if !is_final {
                    // A subtype has the target's id at the target's depth
                    // of its display.
                    let record = regs.record.expect("a register for the display record");
                    load_display_record(m, displays, s, record, no);
                    if depth >= DISPLAY_MIN_IDS {
                        m.load(
                            OperandSize::S32,
                            M::field_address(record, DISPLAY_LEN as i32),
                            s,
                        );
                        m.int_compare(OperandSize::S32, s, Operand::Imm(depth.into()));
                        m.branch_if(IntCmp::LeU, no);
                    }
                    let slot = DISPLAY_IDS + 4 * depth;
                    m.int_compare(
                        OperandSize::S32,
                        expected,
                        Operand::Mem(M::field_address(record, slot as i32)),
                    );
                    m.branch_if(IntCmp::Eq, yes);
                }
            }
        }
        self.masm.bind(no);
        for reg in [regs.expected, regs.record].into_iter().flatten() {
            self.ctx.free(reg);
        }
        s
    }

    /// `ref.test`: 1 if the reference matches `(ref null? hty)`, else 0.
    pub fn ref_test(&mut self, nullable: bool, hty: wasmparser::HeapType) -> CompileResult<()> {
        let cast = self.cast_to(nullable, hty)?;
        let regs = self.prepare_cast(&cast);
        let (yes, done) = (self.masm.new_label(), self.masm.new_label());
        let result = self.emit_cast_test(&cast, regs, yes);
        self.masm.mov_imm(OperandSize::S32, 0, result);
        self.masm.jmp(done);
        self.masm.bind(yes);
        self.masm.mov_imm(OperandSize::S32, 1, result);
        self.masm.bind(done);
        self.ctx.drop_top();
        self.ctx.push(Val::Reg(result, WasmType::I32));
        Ok(())
    }

    /// `ref.cast`: traps with "cast failure" unless the reference matches
    /// `(ref null? hty)`.
    pub fn ref_cast(&mut self, nullable: bool, hty: wasmparser::HeapType) -> CompileResult<()> {
        let cast = self.cast_to(nullable, hty)?;
        let regs = self.prepare_cast(&cast);
        let yes = self.masm.new_label();
        let scratch = self.emit_cast_test(&cast, regs, yes);
        self.ctx.free(scratch);
        self.masm.trap(TrapCode::CastFailure);
        self.masm.bind(yes);
        Ok(())
    }

    /// `br_on_cast` (`on_match`) and `br_on_cast_fail`: branches to `depth`
    /// with the reference when it matches `to` (does not), else keeps it.
    pub fn br_on_cast(
        &mut self,
        depth: u32,
        to: wasmparser::RefType,
        on_match: bool,
    ) -> CompileResult<()> {
        let cast = self.cast_to(to.is_nullable(), to.heap_type())?;
        let regs = self.prepare_cast(&cast);
        let direct = self.direct_target(depth);
        let stay = self.masm.new_label();
        if on_match {
            let take = direct.unwrap_or_else(|| self.masm.new_label());
            let scratch = self.emit_cast_test(&cast, regs, take);
            self.ctx.free(scratch);
            if direct.is_none() {
                self.masm.jmp(stay);
                self.masm.bind(take);
                self.emit_branch(depth);
            }
        } else {
            let scratch = self.emit_cast_test(&cast, regs, stay);
            self.ctx.free(scratch);
            match direct {
                Some(label) => self.masm.jmp(label),
                None => self.emit_branch(depth),
            }
        }
        self.masm.bind(stay);
        Ok(())
    }
}

/// Loads into `record` the address of the display record of engine type
/// id `id` (clobbered), read through the vmctx's pointer to the engine's
/// displays at vmctx offset `displays`; jumps to `out_of_range` if `id` is
/// not a published id (never for an id an object header holds, but code
/// reads no record it did not bound).
fn load_display_record<M: MacroAssembler>(
    m: &mut M,
    displays: u32,
    id: Reg,
    record: Reg,
    out_of_range: Label,
) {
    m.vmctx_load(OperandSize::S64, displays, record);
    m.int_compare(
        OperandSize::S32,
        id,
        Operand::Mem(M::field_address(record, TYPE_DISPLAYS_LEN as i32)),
    );
    m.branch_if(IntCmp::GeU, out_of_range);
    m.load(
        OperandSize::S64,
        M::field_address(record, TYPE_DISPLAYS_ENTRIES as i32),
        record,
    );
    // The id was loaded by a 32-bit load: zero-extended.
    m.int_shift(ShiftKind::Shl, OperandSize::S64, id, id, Operand::Imm(3));
    m.int_binop(
        IntBinOp::Add,
        OperandSize::S64,
        record,
        record,
        Operand::Reg(id),
    );
    m.load(OperandSize::S64, M::field_address(record, 0), record);
}
