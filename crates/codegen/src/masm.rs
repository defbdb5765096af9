//! The MacroAssembler: one ISA-independent trait saying *what* to emit
//! ("i32.clz of this register into that one", "branch if zero"), implemented
//! per ISA, which picks the instruction sequence. It never sees a Wasm
//! operator; the code generator above it never sees a machine register name
//! except through the fixed-register queries below.

use crate::buffer::{CodeBuffer, Label};
use crate::reg::{Reg, RegClass, RegSet};
use crate::target::Target;
use brisk_environ::vmctx::Builtin;
use brisk_environ::{TrapCode, TrapEntry, WasmType};

/// Width of an operation or a memory access.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OperandSize {
    S8,
    S16,
    S32,
    S64,
    /// A whole v128 (moves, loads and stores only; float registers).
    S128,
}

impl OperandSize {
    /// The width of a value of type `ty`, in a register or a slot, and of
    /// the operations on it: 32 bits for i32 and f32, 64 for i64, f64 and
    /// references (one machine word), 128 for v128.
    pub fn of(ty: WasmType) -> OperandSize {
        match ty {
            WasmType::I32 | WasmType::F32 => OperandSize::S32,
            WasmType::I64
            | WasmType::F64
            | WasmType::FuncRef
            | WasmType::ExternRef
            | WasmType::ExnRef
            | WasmType::AnyRef => OperandSize::S64,
            WasmType::V128 => OperandSize::S128,
        }
    }

    pub fn bytes(self) -> u32 {
        match self {
            OperandSize::S8 => 1,
            OperandSize::S16 => 2,
            OperandSize::S32 => 4,
            OperandSize::S64 => 8,
            OperandSize::S128 => 16,
        }
    }
}

/// What an immediate would be an operand of, for
/// [`MacroAssembler::imm_fits`]: each ISA encodes its own immediates per
/// operation (x86-64: a sign-extended imm32 for all of these; AArch64: 12-bit
/// add/sub/compare immediates, bitmask immediates for the logic
/// operations, none for multiplication, only zero for stores).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImmOp {
    /// The right-hand operand of [`MacroAssembler::int_binop`].
    Bin(IntBinOp),
    /// The right-hand operand of [`MacroAssembler::int_compare`].
    Compare,
    /// The value of a store to memory ([`MacroAssembler::store_imm`],
    /// heap stores).
    Store,
}

/// The right-hand operand of an operation; `A` is the ISA's
/// [`MacroAssembler::Address`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operand<A> {
    Reg(Reg),
    /// An immediate the ISA can encode for this operation (see
    /// [`MacroAssembler::imm_fits`]; shift counts and a comparison with 0
    /// are always accepted).
    Imm(i64),
    Mem(A),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntBinOp {
    Add,
    Sub,
    Mul,
    And,
    Or,
    Xor,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntCmp {
    Eq,
    Ne,
    LtS,
    LtU,
    GtS,
    GtU,
    LeS,
    LeU,
    GeS,
    GeU,
}

impl IntCmp {
    /// The comparison that holds exactly when `self` does not.
    pub fn negate(self) -> IntCmp {
        use IntCmp::*;
        match self {
            Eq => Ne,
            Ne => Eq,
            LtS => GeS,
            LtU => GeU,
            GtS => LeS,
            GtU => LeU,
            LeS => GtS,
            LeU => GtU,
            GeS => LtS,
            GeU => LtU,
        }
    }

    /// The comparison with its operands swapped: `a < b` is `b > a`.
    pub fn swap(self) -> IntCmp {
        use IntCmp::*;
        match self {
            Eq => Eq,
            Ne => Ne,
            LtS => GtS,
            LtU => GtU,
            GtS => LtS,
            GtU => LtU,
            LeS => GeS,
            LeU => GeU,
            GeS => LeS,
            GeU => LeU,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShiftKind {
    Shl,
    ShrS,
    ShrU,
    Rotl,
    Rotr,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DivKind {
    DivS,
    DivU,
    RemS,
    RemU,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BitCount {
    Clz,
    Ctz,
    Popcnt,
}

/// Integer width changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extend {
    /// Sign-extend the low 8/16 bits into an i32 (upper 32 bits zero).
    I32From8S,
    I32From16S,
    /// Sign-extend the low 8/16/32 bits into an i64.
    I64From8S,
    I64From16S,
    I64From32S,
    /// Zero-extend the low 32 bits (`i64.extend_i32_u`, `i32.wrap_i64`).
    From32U,
}

/// Binary floating-point operations, with Wasm semantics: `Min`/`Max`
/// return a NaN if either operand is one and order -0 below +0; `Copysign`
/// is a pure bit operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatBinOp {
    Add,
    Sub,
    Mul,
    Div,
    Min,
    Max,
    Copysign,
}

/// Unary floating-point operations. `Abs`/`Neg` are pure bit operations;
/// the roundings keep the sign of zero results (`ceil(-0.5) = -0`) and
/// `Nearest` rounds half to even.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatUnOp {
    Abs,
    Neg,
    Sqrt,
    Ceil,
    Floor,
    Trunc,
    Nearest,
}

/// Float comparisons: false when either operand is NaN, except `Ne`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatCmp {
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
}

/// What a float-to-integer truncation does with NaN and out-of-range
/// inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatToInt {
    /// Trap: NaN with `BadConversionToInteger`, out of range with
    /// `IntegerOverflow` (the `trunc` operators).
    Trapping,
    /// NaN gives 0, out of range the nearest bound (the `trunc_sat`
    /// operators).
    Saturating,
}

/// How a load widens the bytes it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadKind {
    /// `size` bytes, zero-extended (or exactly the register's value width).
    Zero(OperandSize),
    /// `size` bytes, sign-extended.
    Signed(OperandSize),
}

impl LoadKind {
    /// The bytes the load reads.
    pub fn bytes(self) -> u32 {
        match self {
            LoadKind::Zero(size) | LoadKind::Signed(size) => size.bytes(),
        }
    }
}

/// The index of a linear-memory access: an i32, zero-extended, or an i64
/// (a 64-bit memory: [`HeapAccess::index64`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeapIndex {
    /// A constant below 2^32, folded into the address.
    Const(u32),
    /// A register the caller lends (a pinned local): only read.
    Lent(Reg),
    /// A register the caller owns: the MacroAssembler may clobber it.
    Owned(Reg),
}

/// How a linear-memory access is kept within its memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeapBounds {
    /// Unchecked: the caller has proven that the guard region catches any
    /// overrun, and the access instruction goes into the trap table.
    Guard,
    /// Checked against the memory's current length, trapping with
    /// `MemoryOutOfBounds` unless the whole access lies within it. `tmp` is
    /// a register the MacroAssembler clobbers. With `spectre`, the address
    /// is forced to 0 when the check fails, so that a mispredicted check
    /// reads nothing speculatively.
    Checked { tmp: Reg, spectre: bool },
}

/// A linear-memory access: the address `base + index + offset` of the
/// memory whose definition pointer is at `[vmctx + def_ptr]`.
///
/// `repr(C)` keeps the fields in this order: the per-memory facts in the
/// first word, `bounds` alone in the last. With Rust's layout `bounds`
/// shares a word with `def_ptr` and `base_in_reg`, which LLVM builds and
/// takes apart with shifts and masks on every access (about 26
/// instructions of a load).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(C)]
pub struct HeapAccess {
    pub def_ptr: u32,
    /// The memory's base is in the heap-base register (see
    /// [`MacroAssembler::load_heap_base`]).
    pub base_in_reg: bool,
    /// A 64-bit memory's access (memory64, [`OpFamily::Memory64`]): the
    /// index register holds any u64, so `index + offset + size` may
    /// overflow 64 bits, which the check must catch. Always `Checked`.
    pub index64: bool,
    /// A shared memory (threads), which another thread may grow: a checked
    /// access reads its length with acquire ordering where the ISA's plain
    /// loads are weaker (AArch64 `ldar`), so that the access sees the pages
    /// the grower made accessible before publishing the length.
    pub shared: bool,
    pub index: HeapIndex,
    /// The static offset: below 2^32, but any u64 with `index64`.
    pub offset: u64,
    pub bounds: HeapBounds,
}

/// The value a heap store writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreValue {
    /// A register, only read (it may be a pinned local's).
    Reg(Reg),
    /// An immediate that [`MacroAssembler::imm_fits`] accepts for
    /// [`ImmOp::Store`].
    Imm(i64),
}

/// Where the operands of an integer division must be on this ISA.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DivRegs {
    /// The dividend goes here, and the quotient comes back here.
    pub dividend: Reg,
    /// Clobbered by the division; the remainder comes back here.
    pub remainder: Reg,
}

/// A group of operators an ISA may not implement yet. Code generation
/// asks [`MacroAssembler::implements`] before translating one of them and
/// reports the operator `Unsupported` otherwise; the family's trait methods
/// have default bodies that are unreachable for an ISA that does not
/// implement it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpFamily {
    /// Atomic memory accesses and `atomic.fence` (threads); the wait and
    /// notify operators are builtin calls, but come with the family.
    Atomics,
    /// `return_call`, `return_call_indirect`, `return_call_ref`:
    /// [`MacroAssembler::tail_call`].
    TailCalls,
    /// `i64.add128`, `i64.sub128`, `i64.mul_wide_s/u`.
    WideArithmetic,
    /// Modules with a 64-bit memory or table (memory64) or a memory with
    /// pages other than 64 KiB (custom page sizes): heap accesses with
    /// [`HeapAccess::index64`] and tables indexed by i64. Checked once per
    /// module, before its bodies are translated (`compile.rs`).
    Memory64,
    /// v128 values and the SIMD operators (`codegen_simd.rs`): the
    /// MacroAssembler's S128 moves and its `simd_*` methods.
    Simd,
    /// Epoch interruption and fuel metering (`interrupt.rs`): the
    /// `epoch_*` and `fuel_*` methods. Checked once per module, when
    /// `CompileOptions` asks for either (`compile.rs`).
    Interruption,
    /// Exceptions, new and legacy (`exceptions.rs`): the `exn_*` methods.
    Exceptions,
    /// GC (Wasm 3.0): anyref values (`WasmType::AnyRef`) and the GC
    /// operators (i31, casts, conversions, structs and arrays).
    Gc,
}

/// Why the default bodies of the exception methods are unreachable.
const NO_EXCEPTIONS: &str =
    "exceptions are only translated for an ISA that implements OpFamily::Exceptions";

/// Why the default bodies of the interruption methods are unreachable.
const NO_INTERRUPTION: &str =
    "epoch and fuel checks are only emitted for an ISA that implements OpFamily::Interruption";

/// Why the default bodies of the tail-call methods are unreachable.
const NO_TAIL_CALLS: &str =
    "tail calls are only translated for an ISA that implements OpFamily::TailCalls";

/// Why the default bodies of the wide-arithmetic methods are unreachable.
const NO_WIDE: &str =
    "wide arithmetic is only translated for an ISA that implements OpFamily::WideArithmetic";

/// Where [`MacroAssembler::int_mul_wide`] wants its operands on this ISA.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WideRegs {
    /// The left operand goes here, and the low half comes back here.
    pub lo: Reg,
    /// The high half comes back here.
    pub hi: Reg,
}

/// The function a tail call jumps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TailTarget {
    /// Function `callee` of this module (same vmctx).
    Direct(u32),
    /// The code at `[vmctx + code]` with the vmctx at `[vmctx + callee_vmctx]`
    /// (an imported function).
    ThroughVmctx { code: u32, callee_vmctx: u32 },
    /// The function a checked, non-null funcref in this register points to.
    FuncRef(Reg),
}

/// The argument areas a tail call trades.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TailFrame {
    /// Bytes of this function's incoming parameters.
    pub caller_arg_bytes: u32,
    /// Bytes of the callee's parameters, at the stack pointer.
    pub callee_arg_bytes: u32,
}

/// Why the default bodies of the SIMD methods are unreachable.
const NO_SIMD: &str = "SIMD is only translated for an ISA that implements OpFamily::Simd";

/// The lane shape of a SIMD operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lanes {
    I8x16,
    I16x8,
    I32x4,
    I64x2,
    F32x4,
    F64x2,
}

impl Lanes {
    /// The width of one lane.
    pub fn size(self) -> OperandSize {
        match self {
            Lanes::I8x16 => OperandSize::S8,
            Lanes::I16x8 => OperandSize::S16,
            Lanes::I32x4 | Lanes::F32x4 => OperandSize::S32,
            Lanes::I64x2 | Lanes::F64x2 => OperandSize::S64,
        }
    }

    pub fn is_float(self) -> bool {
        matches!(self, Lanes::F32x4 | Lanes::F64x2)
    }
}

/// Lane-wise binary SIMD operations with Wasm semantics. Comparisons give
/// all-ones lanes for true and zero lanes for false.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SimdBinOp {
    And,
    Or,
    Xor,
    /// `lhs & !rhs`.
    AndNot,
    /// `i8x16.swizzle`: byte `i` = byte `rhs[i]` of `lhs`, 0 when out of range.
    Swizzle,
    Add(Lanes),
    Sub(Lanes),
    /// Integer lanes of 16, 32 or 64 bits, or float lanes.
    Mul(Lanes),
    /// Saturating add/sub of 8- or 16-bit lanes.
    AddSat {
        lanes: Lanes,
        signed: bool,
    },
    SubSat {
        lanes: Lanes,
        signed: bool,
    },
    /// Integer min/max of 8-, 16- or 32-bit lanes.
    Min {
        lanes: Lanes,
        signed: bool,
    },
    Max {
        lanes: Lanes,
        signed: bool,
    },
    /// Unsigned rounding average of 8- or 16-bit lanes.
    AvgrU(Lanes),
    Eq(Lanes),
    Ne(Lanes),
    /// Integer `<`, `>`, `<=`, `>=` (signed or not), or float ones.
    Lt {
        lanes: Lanes,
        signed: bool,
    },
    Gt {
        lanes: Lanes,
        signed: bool,
    },
    Le {
        lanes: Lanes,
        signed: bool,
    },
    Ge {
        lanes: Lanes,
        signed: bool,
    },
    /// Float division.
    Div(Lanes),
    /// Float `min`/`max` (NaN if either lane is, -0 below +0).
    FMin(Lanes),
    FMax(Lanes),
    /// `pmin`: `rhs < lhs ? rhs : lhs`; `pmax`: `lhs < rhs ? rhs : lhs`.
    PMin(Lanes),
    PMax(Lanes),
    /// Lanes of half the result width from the low or high halves of both
    /// operands, extended and multiplied (`lanes` is the result's).
    ExtMul {
        lanes: Lanes,
        high: bool,
        signed: bool,
    },
    /// `i32x4.dot_i16x8_s`.
    Dot,
    /// `i16x8.q15mulr_sat_s`.
    Q15MulrSat,
    /// Saturating narrowing of both operands into `lanes` (the result's).
    Narrow {
        lanes: Lanes,
        signed: bool,
    },
    /// `i16x8.relaxed_dot_i8x16_i7x16_s`: adjacent products of signed
    /// `lhs` bytes and `rhs` bytes, added with saturation (a byte of `rhs`
    /// outside i7 may be read unsigned: the relaxed semantics allow it).
    RelaxedDot,
}

/// Unary SIMD operations. `Neg` of float lanes flips the sign bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SimdUnOp {
    Not,
    /// Integer negation (wrapping).
    Neg(Lanes),
    /// Integer absolute value (wrapping: `abs(MIN) = MIN`), or float sign
    /// clearing.
    Abs(Lanes),
    /// `i8x16.popcnt`.
    Popcnt,
    Sqrt(Lanes),
    /// Float rounding: `Ceil`, `Floor`, `Trunc` or `Nearest`.
    Round(Lanes, FloatUnOp),
    /// The low or high half's lanes (`from`) extended to twice their width.
    Extend {
        from: Lanes,
        high: bool,
        signed: bool,
    },
    /// Adjacent lane pairs (`from`) extended and added.
    ExtAddPairwise {
        from: Lanes,
        signed: bool,
    },
    /// i32 lanes to `to` lanes (f64x2: the low two).
    ConvertI32 {
        to: Lanes,
        signed: bool,
    },
    /// Saturating truncation of `from` lanes to i32 lanes (f64x2: into the
    /// low two, the high two zero).
    TruncSat {
        from: Lanes,
        signed: bool,
    },
    /// `f32x4.demote_f64x2_zero`.
    Demote,
    /// `f64x2.promote_low_f32x4`.
    Promote,
}

/// Lane-wise shifts by a scalar count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SimdShift {
    Shl,
    ShrS,
    ShrU,
}

/// The count of a [`SimdShift`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SimdShiftCount {
    /// An i32 in an integer register, which the shift clobbers.
    Reg(Reg),
    /// A constant count, already reduced modulo the lane width.
    Imm(u8),
}

/// SIMD operations with a scalar i32 result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SimdTest {
    /// 1 if any bit is set.
    AnyTrue,
    /// 1 if every lane is non-zero.
    AllTrue(Lanes),
    /// The lanes' sign bits, lane 0 in bit 0.
    Bitmask(Lanes),
}

/// How a SIMD load narrower than a v128 fills its register (a whole v128
/// is a `heap_load` of [`OperandSize::S128`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SimdLoad {
    /// 8 bytes as 8-, 16- or 32-bit lanes (`from`), each extended to twice
    /// its width.
    Extend { from: Lanes, signed: bool },
    /// `size` bytes into every lane.
    Splat(OperandSize),
    /// 4 or 8 bytes into the low lane, the rest zero.
    Zero(OperandSize),
    /// `size` bytes into lane `lane`; the others keep their value.
    Lane(OperandSize, u8),
}

impl SimdLoad {
    /// The bytes the load reads.
    pub fn bytes(self) -> u32 {
        match self {
            SimdLoad::Extend { .. } => 8,
            SimdLoad::Splat(size) | SimdLoad::Zero(size) | SimdLoad::Lane(size, _) => size.bytes(),
        }
    }
}

/// Why the default bodies of the atomics methods are unreachable.
const NO_ATOMICS: &str = "atomics are only translated for an ISA that implements OpFamily::Atomics";

/// The operation of an atomic read-modify-write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AtomicRmwOp {
    Add,
    Sub,
    And,
    Or,
    Xor,
    Xchg,
}

/// An atomic operation that returns the old value of its location.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AtomicOp {
    Rmw(AtomicRmwOp),
    Cmpxchg,
}

/// The registers an [`AtomicOp`] needs on this ISA (see
/// [`MacroAssembler::atomic_regs`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AtomicRegs {
    /// The register the result must be in, if the ISA fixes it; for a
    /// compare-exchange, also where the expected value goes.
    pub result: Option<Reg>,
    /// Whether the sequence needs a temporary register.
    pub tmp: bool,
    /// Whether a read-modify-write clobbers its operand (otherwise it only
    /// reads it, which may then be a lent register). A compare-exchange
    /// only reads its replacement either way.
    pub clobbers_operand: bool,
}

pub trait MacroAssembler {
    /// A MacroAssembler for `target`, whose ISA is this implementation's.
    fn new(target: Target) -> Self
    where
        Self: Sized;

    /// Turns on the prologue's debug check that the stack pointer is
    /// aligned as the ISA requires (`CompileOptions::stack_alignment_checks`).
    /// By default nothing: the ISA's hardware checks it, or it has no
    /// such rule.
    fn check_stack_alignment(&mut self, on: bool) {
        let _ = on;
    }

    /// A memory location as this ISA addresses it. Code generation builds
    /// only the kinds below (frame slots, the outgoing area, fields behind
    /// a pointer); heap and table element addresses come from the
    /// MacroAssembler's own methods.
    type Address: Copy + Eq + std::fmt::Debug;

    /// What the prologue leaves to patch once the frame size is known
    /// (see [`Self::finalize_frame`]): instruction fields of this ISA's
    /// own prologue sequence.
    type FramePatch;

    fn buffer(&mut self) -> &mut CodeBuffer;

    fn new_label(&mut self) -> Label {
        self.buffer().new_label()
    }

    fn bind(&mut self, label: Label) {
        self.buffer().bind(label)
    }

    /// Forgets the last function's pending trap stubs and other state, for
    /// the next function. The code buffer is the caller's: it may keep the
    /// last function's code (`CodeBuffer::start_function`).
    fn clear(&mut self);

    // ---- registers and frame -----------------------------------------------

    fn allocatable(class: RegClass) -> RegSet;
    /// Registers that hold the first integer locals of a function for its
    /// whole body; callee-saved in brisk's convention, never allocated.
    fn local_regs() -> &'static [Reg];
    /// The register holding the first result of a call (per class).
    fn return_reg(class: RegClass) -> Reg;
    /// Where a shift count must be, if the ISA fixes it.
    fn shift_count_reg() -> Option<Reg>;
    /// Where division operands must be, if the ISA fixes them.
    fn div_regs() -> Option<DivRegs>;
    /// `fp + offset`: a slot of the current frame (locals, spill slots, the
    /// vmctx slot; above the frame, incoming arguments and the caller's
    /// result area).
    fn frame_address(offset: i32) -> Self::Address;
    /// `sp + offset`: the outgoing argument and result area of a call.
    fn stack_address(offset: u32) -> Self::Address;
    /// `base + offset`: a field of what `base` points to.
    fn field_address(base: Reg, offset: i32) -> Self::Address;
    /// Offset from the frame pointer of the first incoming stack argument.
    fn incoming_args_offset() -> i32;
    /// Whether `imm` can be the immediate operand of the `size`-wide
    /// operation `op`.
    fn imm_fits(op: ImmOp, imm: i64, size: OperandSize) -> bool;

    /// Function entry: frame setup, the stack-limit check (which branches to
    /// the stack-overflow trap) and saving the vmctx to `vmctx_slot`. The
    /// frame size is patched in later.
    fn prologue(&mut self, vmctx_slot: Self::Address) -> Self::FramePatch;
    /// Patches the frame size (`frame_bytes` below the frame pointer) and the
    /// stack the function needs beyond it (outgoing arguments), checked
    /// against the stack limit.
    fn finalize_frame(&mut self, patch: Self::FramePatch, frame_bytes: u32, extra_bytes: u32);
    /// Function exit, popping `arg_bytes` of stack arguments.
    fn epilogue(&mut self, arg_bytes: u32);

    // ---- moves ---------------------------------------------------------------
    //
    // Registers may be of either class: a float register holds an f32/f64
    // (`size` S32/S64) in its low bits. `mov` between classes moves the bits
    // (reinterpretation); `mov_imm` into a float register takes the bits.

    fn load(&mut self, size: OperandSize, src: Self::Address, dst: Reg);
    fn store(&mut self, size: OperandSize, src: Reg, dst: Self::Address);
    fn store_imm(&mut self, size: OperandSize, imm: i64, dst: Self::Address);
    fn mov(&mut self, size: OperandSize, src: Reg, dst: Reg);
    fn mov_imm(&mut self, size: OperandSize, imm: i64, dst: Reg);
    /// Copies `size` bytes between two memory locations through a scratch register.
    fn copy_mem(&mut self, size: OperandSize, src: Self::Address, dst: Self::Address);
    /// Moves the stack pointer down (`reserve`) or up (`release`) by `bytes`.
    fn reserve_stack(&mut self, bytes: u32);
    fn release_stack(&mut self, bytes: u32);

    // ---- integer arithmetic -----------------------------------------------
    //
    // Operations are three-operand, `dst = lhs op rhs`: `dst` may be `lhs`,
    // but no other register that `rhs` reads (an ISA with two-operand
    // instructions copies `lhs` into `dst` first). Source registers are
    // only read.

    /// `dst = lhs op rhs`.
    fn int_binop(
        &mut self,
        op: IntBinOp,
        size: OperandSize,
        dst: Reg,
        lhs: Reg,
        rhs: Operand<Self::Address>,
    );
    /// Compares `lhs` with `rhs` (`size` bits) for a following
    /// [`Self::set_if`], [`Self::branch_if`] or [`Self::select_if`]; nothing
    /// may be emitted in between.
    fn int_compare(&mut self, size: OperandSize, lhs: Reg, rhs: Operand<Self::Address>);
    /// `dst = 1` if the last comparison satisfied `cmp`, else 0.
    fn set_if(&mut self, cmp: IntCmp, dst: Reg);
    /// `dst = if_true` if the last comparison satisfied `cmp`, else
    /// `if_false`; the registers may be float registers. `dst` may be
    /// either source.
    fn select_if(&mut self, cmp: IntCmp, size: OperandSize, dst: Reg, if_true: Reg, if_false: Reg);
    /// `dst = lhs shift count`; a register count must be in
    /// [`MacroAssembler::shift_count_reg`] if the ISA fixes one.
    fn int_shift(
        &mut self,
        kind: ShiftKind,
        size: OperandSize,
        dst: Reg,
        lhs: Reg,
        count: Operand<Self::Address>,
    );
    /// `dst = lhs / rhs` (or `%`); traps on a zero divisor and, for
    /// `DivS`, on signed overflow. If the ISA fixes the registers
    /// ([`MacroAssembler::div_regs`]), `lhs` is the dividend register and
    /// `dst` the quotient's (`DivS`/`DivU`) or the remainder's
    /// (`RemS`/`RemU`), and both of those are clobbered.
    fn int_div(&mut self, kind: DivKind, size: OperandSize, dst: Reg, lhs: Reg, rhs: Reg);
    /// `dst = op(src)`. [`BitCount::Popcnt`] gets a temporary register,
    /// which its fallback without the POPCNT instruction needs.
    fn int_bitcount(
        &mut self,
        op: BitCount,
        size: OperandSize,
        src: Reg,
        dst: Reg,
        tmp: Option<Reg>,
    );
    fn int_extend(&mut self, kind: Extend, src: Reg, dst: Reg);

    // ---- floating point ------------------------------------------------------
    //
    // `size` is the float width: S32 for f32, S64 for f64. NaN results of
    // arithmetic are arithmetic NaNs (canonical when the inputs are).

    /// `dst = lhs op rhs` (three-operand, as the integer operations);
    /// `rhs` is a float register or memory, never an immediate.
    fn float_binop(
        &mut self,
        op: FloatBinOp,
        size: OperandSize,
        dst: Reg,
        lhs: Reg,
        rhs: Operand<Self::Address>,
    );
    /// `dst = op src`.
    fn float_unop(&mut self, op: FloatUnOp, size: OperandSize, dst: Reg, src: Reg);
    /// `dst = (lhs cmp rhs) ? 1 : 0` into the integer register `dst`.
    fn float_cmp_set(
        &mut self,
        cmp: FloatCmp,
        size: OperandSize,
        lhs: Reg,
        rhs: Operand<Self::Address>,
        dst: Reg,
    );
    /// Converts the (signed or unsigned) `int_size` integer in `src` to the
    /// nearest float (ties to even) in `dst`. `src` is clobbered.
    fn int_to_float(
        &mut self,
        signed: bool,
        int_size: OperandSize,
        float_size: OperandSize,
        src: Reg,
        dst: Reg,
    );
    /// Truncates the float in `src` toward zero into the (signed or
    /// unsigned) `int_size` integer `dst`, trapping or saturating on NaN and
    /// out-of-range inputs. `src` is clobbered.
    fn float_to_int(
        &mut self,
        mode: FloatToInt,
        signed: bool,
        float_size: OperandSize,
        int_size: OperandSize,
        src: Reg,
        dst: Reg,
    );
    /// f32 to f64 (`from` = S32) or f64 to f32 (`from` = S64).
    fn float_convert(&mut self, from: OperandSize, src: Reg, dst: Reg);

    // ---- control flow ------------------------------------------------------

    fn jmp(&mut self, label: Label);
    /// Branches to `label` if the last comparison satisfied `cmp`.
    fn branch_if(&mut self, cmp: IntCmp, label: Label);
    /// Jumps to `targets[index]`, or to `default` when `index` is out of range.
    fn jump_table(&mut self, index: Reg, targets: &[Label], default: Label);
    /// Unconditional trap.
    fn trap(&mut self, code: TrapCode);
    /// Emits the out-of-line trap stubs used by this function: for a Wasm
    /// trap an instruction that faults, listed in `traps` (the signal handler
    /// turns it into the trap); for a host trap (its code in the return
    /// register) a jump to the innermost entry's resume point.
    fn emit_trap_stubs(&mut self, traps: &mut Vec<TrapEntry>);

    // ---- calls ---------------------------------------------------------------

    /// Calls function `callee` of this module (same vmctx).
    fn call_direct(&mut self, callee: u32);
    /// Calls the code at `[vmctx + code]` with the vmctx at `[vmctx + callee_vmctx]`,
    /// then restores this function's vmctx from `saved_vmctx`.
    fn call_through_vmctx(&mut self, code: u32, callee_vmctx: u32, saved_vmctx: Self::Address);

    // ---- trampolines -------------------------------------------------------

    /// Entry from the host: saves the host's callee-saved registers, records
    /// the stack pointer and the resume address for traps in the store's
    /// limits block, and sets up the vmctx. Returns the registers holding
    /// (callee code pointer, values array) for the body.
    fn entry_trampoline_prologue(&mut self) -> (Reg, Reg);
    /// After the call: a register (not a return register) holding the values
    /// array again.
    fn entry_trampoline_values(&mut self) -> Reg;
    /// Returns 0 to the host; traps arrive at the same place with their code.
    fn entry_trampoline_epilogue(&mut self);
    /// Calls Wasm code (or a host-call trampoline) from the entry
    /// trampoline, with no calling instance.
    fn entry_trampoline_call(&mut self, target: Reg);

    /// Exit from Wasm to a host function: sets up a frame and reserves
    /// `area` bytes for the values array at an aligned stack pointer,
    /// returned as the array's base register.
    fn host_call_prologue(&mut self, area: u32) -> Reg;
    /// Calls the host entry at `[ctx + entry]` with (ctx, values array,
    /// caller's vmctx) and raises the trap it returns, if any.
    fn host_call(&mut self, entry: u32);

    // ---- memories, tables, globals, builtins -------------------------------

    /// `dst = [base + index + offset]` in a linear memory, as `kind` says,
    /// into the `to`-wide value in `dst` (the width a sign extension
    /// fills; an integer or, for `Zero` loads of 4 or 8 bytes, a float
    /// register). Bounds as [`HeapBounds`] says: with `Guard`, the load is
    /// listed in `traps` as the exact instruction that faults. `dst` may be
    /// the owned index or the check register, never a lent one.
    fn heap_load(
        &mut self,
        access: HeapAccess,
        kind: LoadKind,
        to: OperandSize,
        dst: Reg,
        traps: &mut Vec<TrapEntry>,
    );
    /// `[base + index + offset] = value`, the low `size` bytes, in a linear
    /// memory; bounds and trap table as for [`Self::heap_load`].
    fn heap_store(
        &mut self,
        access: HeapAccess,
        size: OperandSize,
        value: StoreValue,
        traps: &mut Vec<TrapEntry>,
    );
    /// Loads the heap-base register with the base of the memory whose
    /// definition pointer is at `[vmctx + def_ptr]`; heap accesses with
    /// `base_in_reg` then use it instead of loading the base.
    fn load_heap_base(&mut self, def_ptr: u32);
    /// Bounds-checks `index` against the table whose definition pointer is
    /// at `[vmctx + def_ptr]`, trapping with `oob`, and turns it into the
    /// address of that element (clobbering `index`). With `spectre` the
    /// address is forced to 0 when the check fails (see [`HeapBounds`]).
    fn table_element(
        &mut self,
        def_ptr: u32,
        index: Reg,
        oob: TrapCode,
        spectre: bool,
    ) -> Self::Address;
    /// `dst = [[vmctx + ptr] + field]`: a field of a definition the vmctx
    /// points to (memory length, table length, a global's value).
    fn load_indirect(&mut self, size: OperandSize, ptr: u32, field: u32, dst: Reg);
    /// `[[vmctx + ptr] + field] = src`.
    fn store_indirect(&mut self, size: OperandSize, ptr: u32, field: u32, src: Reg);
    /// `dst = vmctx + offset`.
    fn vmctx_lea(&mut self, offset: u32, dst: Reg);
    /// `dst = [vmctx + offset]`, `size` bytes (zero-extended).
    fn vmctx_load(&mut self, size: OperandSize, offset: u32, dst: Reg) {
        self.vmctx_lea(offset, dst);
        self.load(size, Self::field_address(dst, 0), dst);
    }
    /// The host C ABI's integer argument registers, in order.
    fn host_arg_regs() -> &'static [Reg];
    /// Calls `builtin` with the vmctx as first host argument (the others are
    /// already in place), aligning the stack as the host ABI needs, and
    /// raises a trap code it returns if it can trap. An i32 result comes back
    /// zero-extended in the return register (also from a builtin that
    /// returns it in the second one, after its trap code).
    fn call_builtin(&mut self, builtin: Builtin);
    /// Traps unless `funcref` is non-null (uninitialized element) and its
    /// type id equals the one at `[vmctx + type_id]` (indirect call type mismatch).
    fn check_funcref(&mut self, funcref: Reg, type_id: u32);
    /// Calls the function `funcref` points to with its own vmctx, then
    /// restores this function's vmctx from `saved_vmctx`.
    fn call_funcref(&mut self, funcref: Reg, saved_vmctx: Self::Address);
    /// The return address (code offset) of a safepoint emitted and not yet
    /// taken: a call that may reach the GC collector (`call_direct`,
    /// `call_through_vmctx`, `call_funcref`, and `call_builtin` of a
    /// builtin that `may_collect`). Code generation takes each right after
    /// the call and records its stack map (`stack_map.rs`). An ISA without
    /// `OpFamily::Gc` has no GC object in any frame and records none.
    fn take_safepoint(&mut self) -> Option<u32> {
        None
    }

    // ---- operator families an ISA may lack --------------------------------

    /// Whether this ISA implements the operators of `family`.
    fn implements(family: OpFamily) -> bool {
        let _ = family;
        false
    }

    // ---- atomics ([`OpFamily::Atomics`]) ------------------------------------
    //
    // Heap accesses as for [`Self::heap_load`] (bounds, trap table), which
    // first trap with `UnalignedAtomic` unless the effective address
    // `index + offset` is a multiple of the access size. All are
    // sequentially consistent. Narrow results are zero-extended.

    /// The registers `op` needs (see [`AtomicRegs`]).
    fn atomic_regs(op: AtomicOp) -> AtomicRegs {
        unreachable!("atomic_regs({op:?}): {NO_ATOMICS}")
    }
    /// `dst = [addr]`, `size` bytes zero-extended. `dst` may be the owned
    /// index or the check register, never a lent one.
    fn atomic_load(
        &mut self,
        access: HeapAccess,
        size: OperandSize,
        dst: Reg,
        traps: &mut Vec<TrapEntry>,
    ) {
        let _ = (access, size, dst, traps);
        unreachable!("atomic_load: {NO_ATOMICS}")
    }
    /// `[addr] = value`, the low `size` bytes; `value` is clobbered.
    fn atomic_store(
        &mut self,
        access: HeapAccess,
        size: OperandSize,
        value: Reg,
        traps: &mut Vec<TrapEntry>,
    ) {
        let _ = (access, size, value, traps);
        unreachable!("atomic_store: {NO_ATOMICS}")
    }
    /// `dst = [addr]; [addr] = dst op operand`, `size` bytes. `operand` is
    /// clobbered if [`Self::atomic_regs`] says so, and may be `dst`, which
    /// must be the fixed result register if it names one; `tmp` is given
    /// if it asks.
    #[allow(clippy::too_many_arguments)]
    fn atomic_rmw(
        &mut self,
        access: HeapAccess,
        op: AtomicRmwOp,
        size: OperandSize,
        operand: Reg,
        dst: Reg,
        tmp: Option<Reg>,
        traps: &mut Vec<TrapEntry>,
    ) {
        let _ = (access, op, size, operand, dst, tmp, traps);
        unreachable!("atomic_rmw: {NO_ATOMICS}")
    }
    /// `old = [addr]; if old == expected (low size bytes) { [addr] =
    /// replacement }; expected = old`: the old value comes back, zero-
    /// extended, in `expected` (the fixed result register if the ISA names
    /// one). `replacement` is only read; `tmp` is given if
    /// [`Self::atomic_regs`] asks.
    fn atomic_cmpxchg(
        &mut self,
        access: HeapAccess,
        size: OperandSize,
        expected: Reg,
        replacement: Reg,
        tmp: Option<Reg>,
        traps: &mut Vec<TrapEntry>,
    ) {
        let _ = (access, size, expected, replacement, tmp, traps);
        unreachable!("atomic_cmpxchg: {NO_ATOMICS}")
    }
    /// `atomic.fence`: a full memory barrier.
    fn atomic_fence(&mut self) {
        unreachable!("atomic_fence: {NO_ATOMICS}")
    }

    // ---- wide arithmetic ([`OpFamily::WideArithmetic`]) ----------------------

    /// Where [`Self::int_mul_wide`] needs its operands, if anywhere (x86-64:
    /// `rdx:rax`); code generation has the path without them.
    fn mul_wide_regs() -> Option<WideRegs> {
        unreachable!("mul_wide_regs: {NO_WIDE}")
    }
    /// `hi:lo = hi:lo + rhs_hi:rhs_lo` (`-` with `sub`), 128 bits wrapping;
    /// the right-hand registers are only read.
    fn int128_add_sub(&mut self, sub: bool, lo: Reg, hi: Reg, rhs_lo: Reg, rhs_hi: Reg) {
        let _ = (sub, lo, hi, rhs_lo, rhs_hi);
        unreachable!("int128_add_sub: {NO_WIDE}")
    }
    /// `hi:lo = lhs * rhs`, the 128-bit product of two 64-bit integers
    /// (signed or unsigned). With [`Self::mul_wide_regs`], `lo` and `hi` are
    /// those registers and `lhs` is `lo`. `rhs` is only read.
    fn int_mul_wide(&mut self, signed: bool, lo: Reg, hi: Reg, lhs: Reg, rhs: Reg) {
        let _ = (signed, lo, hi, lhs, rhs);
        unreachable!("int_mul_wide: {NO_WIDE}")
    }

    // ---- SIMD ([`OpFamily::Simd`]) -------------------------------------------
    //
    // v128 values live in float registers; S128 moves (`load`, `store`,
    // `mov`, `copy_mem`, `store_imm` of 0, `load_indirect`,
    // `store_indirect`) are part of the family. The operations are
    // three-operand as the others: `dst` may be `lhs` (or `src`), never
    // another register an operation reads.

    /// The CPU feature this target lacks for SIMD, if any: v128 values are
    /// then `Unsupported`, naming it.
    fn simd_missing_feature(&self) -> Option<&'static str> {
        None
    }
    /// `dst = bits` (a v128 constant).
    fn v128_const(&mut self, bits: u128, dst: Reg) {
        let _ = (bits, dst);
        unreachable!("v128_const: {NO_SIMD}")
    }
    /// `dst = lhs op rhs`, lane-wise (see [`SimdBinOp`]); `tmp` is a float
    /// register the operation may clobber.
    fn simd_binop(&mut self, op: SimdBinOp, dst: Reg, lhs: Reg, rhs: Reg, tmp: Reg) {
        let _ = (op, dst, lhs, rhs, tmp);
        unreachable!("simd_binop: {NO_SIMD}")
    }
    /// `dst = op src` (see [`SimdUnOp`]); `tmp` as for `simd_binop`.
    fn simd_unop(&mut self, op: SimdUnOp, dst: Reg, src: Reg, tmp: Reg) {
        let _ = (op, dst, src, tmp);
        unreachable!("simd_unop: {NO_SIMD}")
    }
    /// `dst = src shift (count mod lane bits)` (see [`SimdShiftCount`]);
    /// `tmp` as for `simd_binop`.
    fn simd_shift(
        &mut self,
        op: SimdShift,
        lanes: Lanes,
        dst: Reg,
        src: Reg,
        count: SimdShiftCount,
        tmp: Reg,
    ) {
        let _ = (op, lanes, dst, src, count, tmp);
        unreachable!("simd_shift: {NO_SIMD}")
    }
    /// Every lane of `dst` = the scalar in `src` (an integer register for
    /// integer lanes, a float register for float lanes).
    fn simd_splat(&mut self, lanes: Lanes, src: Reg, dst: Reg) {
        let _ = (lanes, src, dst);
        unreachable!("simd_splat: {NO_SIMD}")
    }
    /// `dst` = lane `lane` of `src` (8/16-bit lanes sign- or
    /// zero-extended to an i32 as `signed` says).
    fn simd_extract_lane(&mut self, lanes: Lanes, lane: u8, signed: bool, src: Reg, dst: Reg) {
        let _ = (lanes, lane, signed, src, dst);
        unreachable!("simd_extract_lane: {NO_SIMD}")
    }
    /// Lane `lane` of `dst` = the scalar in `src`.
    fn simd_replace_lane(&mut self, lanes: Lanes, lane: u8, dst: Reg, src: Reg) {
        let _ = (lanes, lane, dst, src);
        unreachable!("simd_replace_lane: {NO_SIMD}")
    }
    /// `dst = (a & mask) | (b & !mask)`; `dst` may be `mask` only.
    fn simd_bitselect(&mut self, dst: Reg, a: Reg, b: Reg, mask: Reg) {
        let _ = (dst, a, b, mask);
        unreachable!("simd_bitselect: {NO_SIMD}")
    }
    /// The i32 `op` of `src` into the integer register `dst`.
    fn simd_test(&mut self, op: SimdTest, src: Reg, dst: Reg) {
        let _ = (op, src, dst);
        unreachable!("simd_test: {NO_SIMD}")
    }
    /// `i8x16.shuffle`: byte `i` of `a` becomes byte `lanes[i]` (0..=31)
    /// of `a:b`; `b` is clobbered.
    fn simd_shuffle(&mut self, a: Reg, b: Reg, lanes: [u8; 16]) {
        let _ = (a, b, lanes);
        unreachable!("simd_shuffle: {NO_SIMD}")
    }
    /// A linear-memory load into the float register `dst` as `kind` says
    /// (bounds and trap table as for [`Self::heap_load`]); a lane load
    /// keeps the other lanes of `dst`.
    fn heap_load_simd(
        &mut self,
        access: HeapAccess,
        kind: SimdLoad,
        dst: Reg,
        traps: &mut Vec<TrapEntry>,
    ) {
        let _ = (access, kind, dst, traps);
        unreachable!("heap_load_simd: {NO_SIMD}")
    }
    /// Stores lane `lane` of the `size`-wide lanes of `src` (only read).
    fn heap_store_lane(
        &mut self,
        access: HeapAccess,
        size: OperandSize,
        lane: u8,
        src: Reg,
        traps: &mut Vec<TrapEntry>,
    ) {
        let _ = (access, size, lane, src, traps);
        unreachable!("heap_store_lane: {NO_SIMD}")
    }

    // ---- tail calls ([`OpFamily::TailCalls`]) --------------------------------

    /// Replaces this function's frame with a call to `target` (see
    /// `tail_call.rs`). The callee's arguments are at the stack pointer
    /// (`frame.callee_arg_bytes`), the local registers already restored,
    /// and every allocatable register is free except a `FuncRef` target's.
    /// Moves the arguments and the return address so that the arguments end
    /// where this function's began (the result area above them stays put),
    /// restores the caller's frame pointer and jumps, with the caller's
    /// vmctx register set as for [`Self::call_through_vmctx`].
    fn tail_call(&mut self, target: TailTarget, frame: TailFrame) {
        let _ = (target, frame);
        unreachable!("tail_call: {NO_TAIL_CALLS}")
    }
    /// Traps with `code` if the reference in `reg` is null (0). By default
    /// a comparison, a branch around an unconditional trap and the trap.
    fn trap_if_null(&mut self, reg: Reg, code: TrapCode) {
        let non_null = self.new_label();
        self.int_compare(OperandSize::S64, reg, Operand::Imm(0));
        self.branch_if(IntCmp::Ne, non_null);
        self.trap(code);
        self.bind(non_null);
    }
    /// Reloads this function's vmctx from `saved_vmctx` (after a direct
    /// call whose callee may have tail-called out of the instance).
    fn reload_vmctx(&mut self, saved_vmctx: Self::Address) {
        let _ = saved_vmctx;
        unreachable!("reload_vmctx: {NO_TAIL_CALLS}")
    }

    // ---- interruption ([`OpFamily::Interruption`], `interrupt.rs`) ----------

    /// Epoch checks in the prologues that follow: a failed stack check
    /// goes to a slow path that tells an epoch interruption (the limit is
    /// `INTERRUPT_STACK_LIMIT`) from an overflow, calls
    /// `Builtin::EpochInterrupt` for the first and retries the check.
    /// Called once, before any function; off by default.
    fn epoch_checks(&mut self, on: bool) {
        assert!(!on, "epoch_checks: {NO_INTERRUPTION}");
    }
    /// A loop header's epoch check: the stack pointer against the store's
    /// stack limit, with the prologue's slow path.
    fn epoch_check(&mut self) {
        unreachable!("epoch_check: {NO_INTERRUPTION}")
    }
    /// Fuel metering in the functions and trampolines that follow: the
    /// store's counter lives in [`Self::fuel_reg`] while Wasm code runs
    /// (loaded by the entry trampoline, written back to
    /// `LIMITS_FUEL_CONSUMED` when it returns, before builtin and host
    /// calls, and by the signal handler at a trap; reloaded after builtin
    /// and host calls and at landing pads). Called once, before any
    /// function; off by default.
    fn fuel_checks(&mut self, on: bool) {
        assert!(!on, "fuel_checks: {NO_INTERRUPTION}");
    }
    /// The register (one of [`Self::local_regs`], then never pinned to a
    /// local) that holds the fuel counter in functions with fuel checks.
    fn fuel_reg() -> Reg {
        unreachable!("fuel_reg: {NO_INTERRUPTION}")
    }
    /// Adds `units` to the fuel counter. Flags and scratch registers only
    /// are clobbered.
    fn fuel_charge(&mut self, units: u32) {
        let _ = units;
        unreachable!("fuel_charge: {NO_INTERRUPTION}")
    }
    /// Adds the cost of the block that starts here to the fuel
    /// counter and traps with `OutOfFuel` if it is then positive (the
    /// block costs more than the fuel left). The cost is set later by
    /// [`Self::fuel_patch`] with what this returns.
    fn fuel_check(&mut self) -> u32 {
        unreachable!("fuel_check: {NO_INTERRUPTION}")
    }
    /// Sets the cost added by the [`Self::fuel_check`] that returned `at`.
    fn fuel_patch(&mut self, at: u32, units: u32) {
        let _ = (at, units);
        unreachable!("fuel_patch: {NO_INTERRUPTION}")
    }

    // ---- exceptions ([`OpFamily::Exceptions`], `exceptions.rs`) -------------

    /// Where a landing pad finds the exnref and its tag's identity.
    fn exn_regs() -> (Reg, Reg) {
        unreachable!("exn_regs: {NO_EXCEPTIONS}")
    }
    /// A throw: the unwind buffer (`vmctx::UNWIND_*`) is at the stack
    /// pointer, its payload written, and the builtin's second argument set.
    /// Fills in the buffer's registers and code address, calls `builtin`
    /// (vmctx, argument, buffer) and resumes where the buffer then says
    /// (the handler's landing pad, with [`Self::exn_regs`] set); a non-zero
    /// status is raised as a host trap. Never falls through.
    fn exn_throw(&mut self, builtin: Builtin) {
        let _ = builtin;
        unreachable!("exn_throw: {NO_EXCEPTIONS}")
    }
    /// The start of a landing pad: the unwinder restored the frame and
    /// stack pointers and the local registers; reloads the vmctx from
    /// `saved_vmctx`.
    fn exn_landing_pad(&mut self, saved_vmctx: Self::Address) {
        let _ = saved_vmctx;
        unreachable!("exn_landing_pad: {NO_EXCEPTIONS}")
    }
    /// Compares the tag identity in `tag` with the tag pointer at
    /// `[vmctx + tag_ptr]`, for a following `branch_if` (`Eq`: the same).
    fn exn_compare_tag(&mut self, tag: Reg, tag_ptr: u32) {
        let _ = (tag, tag_ptr);
        unreachable!("exn_compare_tag: {NO_EXCEPTIONS}")
    }
    /// `dst = stack pointer`.
    fn exn_stack_pointer(&mut self, dst: Reg) {
        let _ = dst;
        unreachable!("exn_stack_pointer: {NO_EXCEPTIONS}")
    }
}
