//! SIMD (v128) operators, for an ISA that implements `OpFamily::Simd`
//! (x86-64: `isa/x64/masm/simd.rs`).
//!
//! v128 values live in float registers and, on the value stack, in
//! 16-byte canonical slots: a function that may hold one is laid out with
//! 16-byte value-stack slots (`Frame::slot_bytes`; scalar functions keep
//! 8-byte ones). In argument and result areas and among the locals a v128
//! takes two 8-byte slots (`abi::slot_bytes`). Constants are not kept
//! lazily on the value stack: `v128.const` materializes into a register.
//!
//! Every operation pops its operands into registers it owns (a v128 is
//! never a pinned local) and writes its result over its first operand's.
//!
//! Relaxed SIMD has one lowering, the same on every run and CPU: each
//! operator computes what its non-relaxed counterpart does (swizzle,
//! trunc_sat, bitselect for laneselect, Wasm min/max, q15mulr_sat_s), and
//! `relaxed_madd`/`nmadd` round twice (a multiply, then an add: never an
//! FMA, which not every CPU has); the dot products take the bytes of their
//! second operand as unsigned (x86-64: `pmaddubsw`, then `pmaddwd` by ones
//! and an add for the i32x4 form).

use crate::codegen::CodeGen;
use crate::context::reg_class;
use crate::masm::*;
use crate::reg::{Reg, RegClass};
use crate::stack::Val;
use brisk_environ::{CompileResult, WasmType};
use wasmparser::MemArg;

/// The scalar type of a lane.
fn lane_type(lanes: Lanes) -> WasmType {
    match lanes {
        Lanes::I8x16 | Lanes::I16x8 | Lanes::I32x4 => WasmType::I32,
        Lanes::I64x2 => WasmType::I64,
        Lanes::F32x4 => WasmType::F32,
        Lanes::F64x2 => WasmType::F64,
    }
}

/// Whether a lane access reads memory into the lane or writes the lane.
#[derive(Clone, Copy)]
pub enum LaneAccess {
    Load,
    Store,
}

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// Checks that v128 values can be compiled here (see `check_type`).
    fn simd(&self) -> CompileResult<()> {
        self.check_type(WasmType::V128)
    }

    fn push_v128(&mut self, r: Reg) {
        self.ctx.push(Val::Reg(r, WasmType::V128));
    }

    /// The shape of most SIMD operators: pops `N` operands into registers
    /// (`ops[0]` the deepest), allocates `T` float scratch registers, and
    /// pushes as the v128 result the operand register that `emit` returns,
    /// freeing the other operands and the scratches.
    fn simd_op<const N: usize, const T: usize>(
        &mut self,
        emit: impl FnOnce(&mut M, [Reg; N], [Reg; T]) -> Reg,
    ) -> CompileResult<()> {
        self.simd()?;
        let mut ops: [Reg; N] = std::array::from_fn(|_| self.ctx.pop_to_reg(self.masm));
        ops.reverse();
        let scratch: [Reg; T] = std::array::from_fn(|_| self.ctx.alloc(self.masm, RegClass::Float));
        let result = emit(self.masm, ops, scratch);
        for r in ops {
            if r != result {
                self.ctx.free(r);
            }
        }
        for r in scratch {
            self.ctx.free(r);
        }
        self.push_v128(result);
        Ok(())
    }

    /// Pops one operand and pushes a `ty` result that `emit(src, dst)`
    /// computes: in the operand's register when it is of the result's
    /// class, else in a new one.
    fn simd_convert(
        &mut self,
        ty: WasmType,
        emit: impl FnOnce(&mut M, Reg, Reg),
    ) -> CompileResult<()> {
        self.simd()?;
        let src = self.ctx.pop_to_reg(self.masm);
        let class = reg_class(ty);
        let dst = if src.class() == class {
            src
        } else {
            self.ctx.alloc(self.masm, class)
        };
        emit(self.masm, src, dst);
        if dst != src {
            self.ctx.free(src);
        }
        self.ctx.push(Val::Reg(dst, ty));
        Ok(())
    }

    pub fn v128_const(&mut self, bits: u128) -> CompileResult<()> {
        self.simd()?;
        let r = self.ctx.alloc(self.masm, RegClass::Float);
        self.masm.v128_const(bits, r);
        self.push_v128(r);
        Ok(())
    }

    pub fn simd_binop(&mut self, op: SimdBinOp) -> CompileResult<()> {
        self.simd_op(|m, [lhs, rhs], [tmp]| {
            m.simd_binop(op, lhs, lhs, rhs, tmp);
            lhs
        })
    }

    pub fn simd_unop(&mut self, op: SimdUnOp) -> CompileResult<()> {
        self.simd_op(|m, [src], [tmp]| {
            m.simd_unop(op, src, src, tmp);
            src
        })
    }

    /// A shift by an i32 count: an immediate (reduced modulo the lane
    /// width) when the count is a constant on the value stack.
    pub fn simd_shift(&mut self, op: SimdShift, lanes: Lanes) -> CompileResult<()> {
        self.simd()?;
        if let Some(c) = self.ctx.stack.last().and_then(Val::as_const) {
            self.ctx.pop();
            let lane_bits = i64::from(lanes.size().bytes()) * 8;
            let count = SimdShiftCount::Imm((c & (lane_bits - 1)) as u8);
            return self.simd_op(|m, [src], [tmp]| {
                m.simd_shift(op, lanes, src, src, count, tmp);
                src
            });
        }
        self.simd_op(|m, [src, count], [tmp]| {
            m.simd_shift(op, lanes, src, src, SimdShiftCount::Reg(count), tmp);
            src
        })
    }

    pub fn simd_splat(&mut self, lanes: Lanes) -> CompileResult<()> {
        self.simd_convert(WasmType::V128, |m, src, dst| m.simd_splat(lanes, src, dst))
    }

    pub fn simd_extract_lane(&mut self, lanes: Lanes, lane: u8, signed: bool) -> CompileResult<()> {
        self.simd_convert(lane_type(lanes), |m, src, dst| {
            m.simd_extract_lane(lanes, lane, signed, src, dst)
        })
    }

    pub fn simd_replace_lane(&mut self, lanes: Lanes, lane: u8) -> CompileResult<()> {
        self.simd_op(|m, [vec, scalar], []| {
            m.simd_replace_lane(lanes, lane, vec, scalar);
            vec
        })
    }

    /// `relaxed_madd`: `a * b + c`; `relaxed_nmadd`: `c - a * b`; each
    /// operation rounded (see the module comment).
    pub fn simd_madd(&mut self, lanes: Lanes, negate: bool) -> CompileResult<()> {
        self.simd_op(|m, [a, b, c], [tmp]| {
            m.simd_binop(SimdBinOp::Mul(lanes), a, a, b, tmp);
            if negate {
                m.simd_binop(SimdBinOp::Sub(lanes), c, c, a, tmp);
                c
            } else {
                m.simd_binop(SimdBinOp::Add(lanes), a, a, c, tmp);
                a
            }
        })
    }

    /// `i32x4.relaxed_dot_i8x16_i7x16_add_s`: the i16x8 dot product, its
    /// adjacent lanes added into i32 lanes, plus `c`.
    pub fn simd_relaxed_dot_add(&mut self) -> CompileResult<()> {
        self.simd_op(|m, [a, b, c], [tmp]| {
            m.simd_binop(SimdBinOp::RelaxedDot, a, a, b, tmp);
            let pairs = SimdUnOp::ExtAddPairwise {
                from: Lanes::I16x8,
                signed: true,
            };
            m.simd_unop(pairs, a, a, tmp);
            m.simd_binop(SimdBinOp::Add(Lanes::I32x4), a, a, c, tmp);
            a
        })
    }

    pub fn simd_bitselect(&mut self) -> CompileResult<()> {
        self.simd_op(|m, [a, b, mask], []| {
            m.simd_bitselect(a, a, b, mask);
            a
        })
    }

    pub fn simd_test(&mut self, op: SimdTest) -> CompileResult<()> {
        self.simd_convert(WasmType::I32, |m, src, dst| m.simd_test(op, src, dst))
    }

    pub fn simd_shuffle(&mut self, lanes: [u8; 16]) -> CompileResult<()> {
        self.simd_op(|m, [a, b], []| {
            m.simd_shuffle(a, b, lanes);
            a
        })
    }

    /// `v128.load` and `v128.store` are plain 16-byte heap accesses, on a
    /// target that has `v128` (the scalar `load`/`store` do not check).
    pub fn v128_load(&mut self, memarg: MemArg) -> CompileResult<()> {
        self.check_type(WasmType::V128)?;
        self.load(memarg, WasmType::V128, LoadKind::Zero(OperandSize::S128))
    }

    pub fn v128_store(&mut self, memarg: MemArg) -> CompileResult<()> {
        self.check_type(WasmType::V128)?;
        self.store(memarg, WasmType::V128, OperandSize::S128)
    }

    /// The extending, splatting and zero-filling loads.
    pub fn simd_load(&mut self, memarg: MemArg, kind: SimdLoad) -> CompileResult<()> {
        self.simd()?;
        let access = self.heap_access(&memarg, kind.bytes())?;
        let dst = self.ctx.alloc(self.masm, RegClass::Float);
        self.masm.heap_load_simd(access, kind, dst, self.traps);
        self.free_heap_access(&access, None);
        self.push_v128(dst);
        Ok(())
    }

    /// `v128.loadN_lane` and `v128.storeN_lane`: the vector is on top of
    /// the address.
    pub fn simd_lane_access(
        &mut self,
        memarg: MemArg,
        size: OperandSize,
        lane: u8,
        direction: LaneAccess,
    ) -> CompileResult<()> {
        self.simd()?;
        let vec = self.ctx.pop_to_reg(self.masm);
        let access = self.heap_access(&memarg, size.bytes())?;
        match direction {
            LaneAccess::Load => {
                let kind = SimdLoad::Lane(size, lane);
                self.masm.heap_load_simd(access, kind, vec, self.traps);
                self.push_v128(vec);
            }
            LaneAccess::Store => {
                self.masm
                    .heap_store_lane(access, size, lane, vec, self.traps);
                self.ctx.free(vec);
            }
        }
        self.free_heap_access(&access, None);
        Ok(())
    }
}
