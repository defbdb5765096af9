//! Structs and arrays (Wasm GC) on [`CodeGen`]: allocation bumped inline
//! from the store's allocation span, with the `GcAlloc` builtin (the
//! store's heap, `runtime/src/gc`) as slow path, field and
//! element accesses inline after a null check (and, for arrays, a bounds
//! check of the index against the length in the header, or of
//! `index + len` computed in 64 bits for `array.fill`), the other bulk
//! operations through builtins. Objects follow `environ::gc_layout`; a
//! reference is a pointer to its object (`OpFamily::Gc`).

use crate::codegen::CodeGen;
use crate::context::reg_class;
use crate::masm::*;
use crate::reg::{Reg, RegClass};
use crate::stack::Val;
use brisk_environ::gc_layout::{
    ARRAY_ELEMS, ARRAY_LENGTH, GC_ALIGN, GC_TYPE_ID, STRUCT_FIELDS, StructLayout, array_size,
    storage_size,
};
use brisk_environ::vmctx::{Builtin, LIMITS_GC_END, LIMITS_GC_NEXT, VMCTX_LIMITS};
use brisk_environ::{
    AbstractHeapType as A, CompileResult, CompositeType, FieldType, HeapType, StorageType,
    TrapCode, TypeRef, WasmType,
};

/// How a packed field is read: `struct.get_s`/`array.get_s` sign-extend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Packed {
    /// Not packed, or zero-extended (`_u`).
    Zero,
    Signed,
}

/// The most bytes of elements an array allocated inline has; a longer
/// one is allocated (and zeroed) by the `GcAlloc` builtin.
const INLINE_ARRAY_BYTES: u32 = 1 << 12;

/// The most words an inline allocation zeroes with one store each; more
/// are zeroed by a loop.
const UNROLLED_ZERO_WORDS: u32 = 8;

/// The size of an object to allocate.
#[derive(Debug, Clone, Copy)]
enum ObjSize {
    /// Known when compiling: a struct's, or an array's of constant length
    /// (`array_len`).
    Fixed { bytes: u32, array_len: Option<u32> },
    /// An array's whose length is in a register, of `elem_size`-byte
    /// elements.
    Array { elem_size: u32 },
}

impl ObjSize {
    fn struct_of(bytes: u32) -> ObjSize {
        ObjSize::Fixed {
            bytes,
            array_len: None,
        }
    }

    /// Whether the allocation has an inline path (an array's register
    /// length is checked by it).
    fn inline(self) -> bool {
        match self {
            ObjSize::Fixed {
                bytes,
                array_len: Some(_),
            } => bytes <= ARRAY_ELEMS + INLINE_ARRAY_BYTES,
            ObjSize::Fixed {
                array_len: None, ..
            }
            | ObjSize::Array { .. } => true,
        }
    }
}

impl<M: MacroAssembler> CodeGen<'_, M> {
    fn struct_fields(&self, type_index: u32) -> &[FieldType] {
        match &self.info.types[type_index as usize].composite {
            CompositeType::Struct(fields) => fields,
            _ => unreachable!("validation: type {type_index} is a struct type"),
        }
    }

    fn array_elem(&self, type_index: u32) -> FieldType {
        match &self.info.types[type_index as usize].composite {
            CompositeType::Array(elem) => *elem,
            _ => unreachable!("validation: type {type_index} is an array type"),
        }
    }

    /// How code holds a value of storage type `s` (packed ones as i32s).
    fn storage_val_type(&self, s: StorageType) -> WasmType {
        match s {
            StorageType::I8 | StorageType::I16 | StorageType::I32 => WasmType::I32,
            StorageType::I64 => WasmType::I64,
            StorageType::F32 => WasmType::F32,
            StorageType::F64 => WasmType::F64,
            StorageType::V128 => WasmType::V128,
            StorageType::Ref(r) => match r.heap {
                HeapType::Abstract(A::Func | A::NoFunc) => WasmType::FuncRef,
                HeapType::Abstract(A::Extern | A::NoExtern) => WasmType::ExternRef,
                HeapType::Abstract(A::Exn | A::NoExn) => WasmType::ExnRef,
                HeapType::Concrete(TypeRef::Module(i))
                    if self.info.types[i as usize].func_sig().is_some() =>
                {
                    WasmType::FuncRef
                }
                _ => WasmType::AnyRef,
            },
        }
    }

    /// Checks that every field type of `fields` compiles here.
    fn check_fields(&self, fields: &[FieldType]) -> CompileResult<()> {
        for f in fields {
            self.check_type(self.storage_val_type(f.storage))?;
        }
        Ok(())
    }

    /// Allocates an object of module type `type_index` and `size`: inline
    /// by bumping the store's allocation span (`LIMITS_GC_NEXT`) when it
    /// fits, writing the header (and an array's length) and, when `zero`,
    /// zeroing the rest; else through `GcAlloc` (which zeroes; a safepoint
    /// like every builtin call). An array's register length is the stack's
    /// top entry, popped; the stack below stays (spilled). Returns the new
    /// object's register, trapping if the heap is full.
    fn gc_alloc(&mut self, type_index: u32, size: ObjSize, zero: bool) -> Reg {
        self.ctx.spill_regs(self.masm);
        let obj = M::return_reg(RegClass::Int);
        self.ctx.take_reg(self.masm, obj);
        let len = match size {
            ObjSize::Array { .. } => Some(self.ctx.pop_to_reg(self.masm)),
            ObjSize::Fixed { .. } => None,
        };
        let slow = self.masm.new_label();
        let done = self.masm.new_label();
        if size.inline() {
            let limits = self.ctx.alloc(self.masm, RegClass::Int);
            let end = self.ctx.alloc(self.masm, RegClass::Int);
            self.masm.vmctx_load(OperandSize::S64, VMCTX_LIMITS, limits);
            let start = match (size, len) {
                (ObjSize::Fixed { bytes, array_len }, _) => {
                    self.masm.load(
                        OperandSize::S64,
                        M::field_address(limits, LIMITS_GC_NEXT as i32),
                        obj,
                    );
                    self.masm.int_binop(
                        IntBinOp::Add,
                        OperandSize::S64,
                        end,
                        obj,
                        Operand::Imm(bytes.into()),
                    );
                    if array_len.is_some() {
                        ARRAY_ELEMS
                    } else {
                        STRUCT_FIELDS
                    }
                }
                (ObjSize::Array { elem_size }, Some(len)) => {
                    // Small enough that `len * elem_size` cannot overflow;
                    // a longer array takes the builtin, which checks.
                    self.masm.int_compare(
                        OperandSize::S32,
                        len,
                        Operand::Imm((INLINE_ARRAY_BYTES / elem_size).into()),
                    );
                    self.masm.branch_if(IntCmp::GtU, slow);
                    self.masm.load(
                        OperandSize::S64,
                        M::field_address(limits, LIMITS_GC_NEXT as i32),
                        obj,
                    );
                    self.masm.mov(OperandSize::S32, len, end);
                    self.element_address(obj, end, elem_size);
                    // The elements' end, rounded up to the alignment.
                    let align = i64::from(GC_ALIGN);
                    let pad = if elem_size % GC_ALIGN == 0 {
                        0
                    } else {
                        align - 1
                    };
                    self.masm.int_binop(
                        IntBinOp::Add,
                        OperandSize::S64,
                        end,
                        end,
                        Operand::Imm(i64::from(ARRAY_ELEMS) + pad),
                    );
                    if pad != 0 {
                        self.masm.int_binop(
                            IntBinOp::And,
                            OperandSize::S64,
                            end,
                            end,
                            Operand::Imm(-align),
                        );
                    }
                    ARRAY_ELEMS
                }
                (ObjSize::Array { .. }, None) => unreachable!("an array's length was popped"),
            };
            self.masm.int_compare(
                OperandSize::S64,
                end,
                Operand::Mem(M::field_address(limits, LIMITS_GC_END as i32)),
            );
            self.masm.branch_if(IntCmp::GtU, slow);
            self.masm.store(
                OperandSize::S64,
                end,
                M::field_address(limits, LIMITS_GC_NEXT as i32),
            );
            // The type id, zero-extended: the collector's word after it is 0.
            self.masm
                .vmctx_load(OperandSize::S32, self.offsets.type_id(type_index), limits);
            self.masm.store(
                OperandSize::S64,
                limits,
                M::field_address(obj, GC_TYPE_ID as i32),
            );
            let length = M::field_address(obj, ARRAY_LENGTH as i32);
            match (size, len) {
                (
                    ObjSize::Fixed {
                        array_len: Some(n), ..
                    },
                    _,
                ) => self.masm.store_imm(OperandSize::S32, n.into(), length),
                (ObjSize::Array { .. }, Some(len)) => {
                    self.masm.store(OperandSize::S32, len, length)
                }
                _ => {}
            }
            if zero {
                match size {
                    ObjSize::Fixed { bytes, .. } if bytes - start <= 8 * UNROLLED_ZERO_WORDS => {
                        for off in (start..bytes).step_by(8) {
                            self.masm.store_imm(
                                OperandSize::S64,
                                0,
                                M::field_address(obj, off as i32),
                            );
                        }
                    }
                    _ => {
                        self.masm.int_binop(
                            IntBinOp::Add,
                            OperandSize::S64,
                            limits,
                            obj,
                            Operand::Imm(start.into()),
                        );
                        self.fill_loop(OperandSize::S64, None, limits, end);
                    }
                }
            }
            self.masm.jmp(done);
            self.ctx.free(limits);
            self.ctx.free(end);
        }
        self.masm.bind(slow);
        let regs = M::host_arg_regs();
        match (size, len) {
            (ObjSize::Fixed { array_len, .. }, _) => {
                let n = array_len.unwrap_or(0);
                self.masm.mov_imm(OperandSize::S64, n.into(), regs[2]);
            }
            (ObjSize::Array { .. }, Some(len)) => self.masm.mov(OperandSize::S32, len, regs[2]),
            (ObjSize::Array { .. }, None) => unreachable!("an array's length was popped"),
        }
        self.masm
            .mov_imm(OperandSize::S64, type_index.into(), regs[1]);
        self.masm.call_builtin(Builtin::GcAlloc);
        self.safepoints();
        self.masm.trap_if_null(obj, TrapCode::GcOutOfMemory);
        self.masm.bind(done);
        if let Some(len) = len {
            self.ctx.free(len);
        }
        obj
    }

    /// Allocates an array of module type `type_index` (elements of storage
    /// `s`) whose length is the stack's top entry, popped (see
    /// [`Self::gc_alloc`]); `zero` zeroes the elements.
    fn gc_alloc_array(&mut self, type_index: u32, s: StorageType, zero: bool) -> Reg {
        let elem_size = storage_size(s);
        let top = self.ctx.stack.len() - 1;
        let size = match self.ctx.stack[top] {
            Val::I32(n) => {
                self.ctx.drop_top();
                let n = n as u32;
                ObjSize::Fixed {
                    bytes: array_size(elem_size, n).unwrap_or(u32::MAX),
                    array_len: Some(n),
                }
            }
            _ => ObjSize::Array { elem_size },
        };
        self.gc_alloc(type_index, size, zero)
    }

    /// Stores the stack entry at `depth` into `[base + offset]` as
    /// storage type `s`.
    fn store_entry_field(&mut self, depth: usize, s: StorageType, base: Reg, offset: u32) {
        let ty = self.storage_val_type(s);
        let r = self.ctx.alloc(self.masm, reg_class(ty));
        self.ctx.load_entry(self.masm, depth, r);
        self.masm
            .store(storage_op_size(s), r, M::field_address(base, offset as i32));
        self.ctx.free(r);
    }

    pub fn struct_new(&mut self, type_index: u32) -> CompileResult<()> {
        let fields = self.struct_fields(type_index).to_vec();
        self.check_fields(&fields)?;
        let layout = StructLayout::new(&fields);
        let obj = self.gc_alloc(type_index, ObjSize::struct_of(layout.size), false);
        let base = self.ctx.stack.len() - fields.len();
        for (i, (f, off)) in fields.iter().zip(&layout.offsets).enumerate() {
            self.store_entry_field(base + i, f.storage, obj, *off);
        }
        self.ctx.truncate(base);
        self.ctx.push(Val::Reg(obj, WasmType::AnyRef));
        Ok(())
    }

    pub fn struct_new_default(&mut self, type_index: u32) -> CompileResult<()> {
        let fields = self.struct_fields(type_index).to_vec();
        self.check_fields(&fields)?;
        let size = StructLayout::new(&fields).size;
        let obj = self.gc_alloc(type_index, ObjSize::struct_of(size), true);
        self.ctx.push(Val::Reg(obj, WasmType::AnyRef));
        Ok(())
    }

    /// Loads the field of storage `s` at `[base + offset]` into a
    /// register (the base's own when it is an integer), extended as
    /// `packed` says, and pushes it.
    fn push_field(&mut self, s: StorageType, base: Reg, offset: i32, packed: Packed) {
        let ty = self.storage_val_type(s);
        let dst = match reg_class(ty) {
            RegClass::Int => base,
            class => self.ctx.alloc(self.masm, class),
        };
        self.masm
            .load(storage_op_size(s), M::field_address(base, offset), dst);
        match (s, packed) {
            (StorageType::I8, Packed::Signed) => self.masm.int_extend(Extend::I32From8S, dst, dst),
            (StorageType::I16, Packed::Signed) => {
                self.masm.int_extend(Extend::I32From16S, dst, dst)
            }
            _ => {}
        }
        if dst != base {
            self.ctx.free(base);
        }
        self.ctx.push(Val::Reg(dst, ty));
    }

    pub fn struct_get(&mut self, type_index: u32, field: u32, packed: Packed) -> CompileResult<()> {
        let fields = self.struct_fields(type_index);
        let s = fields[field as usize].storage;
        let offset = StructLayout::new(fields).offsets[field as usize];
        self.check_type(self.storage_val_type(s))?;
        let obj = self.ctx.pop_to_reg(self.masm);
        self.masm.trap_if_null(obj, TrapCode::NullStructReference);
        self.push_field(s, obj, offset as i32, packed);
        Ok(())
    }

    pub fn struct_set(&mut self, type_index: u32, field: u32) -> CompileResult<()> {
        let fields = self.struct_fields(type_index);
        let s = fields[field as usize].storage;
        let offset = StructLayout::new(fields).offsets[field as usize];
        self.check_type(self.storage_val_type(s))?;
        let value = self.ctx.pop_to_reg(self.masm);
        let obj = self.ctx.pop_to_reg(self.masm);
        self.masm.trap_if_null(obj, TrapCode::NullStructReference);
        self.masm.store(
            storage_op_size(s),
            value,
            M::field_address(obj, offset as i32),
        );
        self.ctx.free(value);
        self.ctx.free(obj);
        Ok(())
    }

    /// Traps with `code` unless `lhs cmp rhs` (unsigned comparisons of
    /// lengths and indexes).
    fn trap_unless(
        &mut self,
        size: OperandSize,
        lhs: Reg,
        rhs: Operand<M::Address>,
        cmp: IntCmp,
        code: TrapCode,
    ) {
        let ok = self.masm.new_label();
        self.masm.int_compare(size, lhs, rhs);
        self.masm.branch_if(cmp, ok);
        self.masm.trap(code);
        self.masm.bind(ok);
    }

    /// `index` (an i32, zero-extended) turned into the address of that
    /// element of `array`, in `index`'s register: `array + index * size`,
    /// to be used with offset `ARRAY_ELEMS`.
    fn element_address(&mut self, array: Reg, index: Reg, elem_size: u32) {
        let shift = elem_size.trailing_zeros();
        if shift > 0 {
            self.masm.int_shift(
                ShiftKind::Shl,
                OperandSize::S64,
                index,
                index,
                Operand::Imm(shift.into()),
            );
        }
        self.masm.int_binop(
            IntBinOp::Add,
            OperandSize::S64,
            index,
            index,
            Operand::Reg(array),
        );
    }

    /// Null-checks `array` and checks `index < length`.
    fn check_array_index(&mut self, array: Reg, index: Reg) {
        self.masm.trap_if_null(array, TrapCode::NullArrayReference);
        self.trap_unless(
            OperandSize::S32,
            index,
            Operand::Mem(M::field_address(array, ARRAY_LENGTH as i32)),
            IntCmp::LtU,
            TrapCode::ArrayOutOfBounds,
        );
    }

    pub fn array_get(&mut self, type_index: u32, packed: Packed) -> CompileResult<()> {
        let s = self.array_elem(type_index).storage;
        self.check_type(self.storage_val_type(s))?;
        let index = self.ctx.pop_to_reg(self.masm);
        let array = self.ctx.pop_to_reg(self.masm);
        self.check_array_index(array, index);
        self.element_address(array, index, storage_size(s));
        self.ctx.free(array);
        self.push_field(s, index, ARRAY_ELEMS as i32, packed);
        Ok(())
    }

    pub fn array_set(&mut self, type_index: u32) -> CompileResult<()> {
        let s = self.array_elem(type_index).storage;
        self.check_type(self.storage_val_type(s))?;
        let value = self.ctx.pop_to_reg(self.masm);
        let index = self.ctx.pop_to_reg(self.masm);
        let array = self.ctx.pop_to_reg(self.masm);
        self.check_array_index(array, index);
        self.element_address(array, index, storage_size(s));
        self.masm.store(
            storage_op_size(s),
            value,
            M::field_address(index, ARRAY_ELEMS as i32),
        );
        for r in [value, index, array] {
            self.ctx.free(r);
        }
        Ok(())
    }

    pub fn array_len(&mut self) -> CompileResult<()> {
        let array = self.ctx.pop_to_reg(self.masm);
        self.masm.trap_if_null(array, TrapCode::NullArrayReference);
        self.masm.load(
            OperandSize::S32,
            M::field_address(array, ARRAY_LENGTH as i32),
            array,
        );
        self.ctx.push(Val::Reg(array, WasmType::I32));
        Ok(())
    }

    /// Stores `value` (`size` bytes; 0 when `None`) in each `size`-byte
    /// unit of `[from, to)`, two addresses in registers the caller owns
    /// (`from` advances).
    fn fill_loop(&mut self, size: OperandSize, value: Option<Reg>, from: Reg, to: Reg) {
        let top = self.masm.new_label();
        let done = self.masm.new_label();
        self.masm.bind(top);
        self.masm
            .int_compare(OperandSize::S64, from, Operand::Reg(to));
        self.masm.branch_if(IntCmp::GeU, done);
        let unit = M::field_address(from, 0);
        match value {
            Some(value) => self.masm.store(size, value, unit),
            None => self.masm.store_imm(size, 0, unit),
        }
        self.masm.int_binop(
            IntBinOp::Add,
            OperandSize::S64,
            from,
            from,
            Operand::Imm(size.bytes().into()),
        );
        self.masm.jmp(top);
        self.masm.bind(done);
    }

    /// Fills the first `length` elements of the fresh `array` with the
    /// stack entry at `depth` (storage `s`).
    fn fill_new_array(&mut self, array: Reg, s: StorageType, depth: usize) {
        let ty = self.storage_val_type(s);
        let value = self.ctx.alloc(self.masm, reg_class(ty));
        self.ctx.load_entry(self.masm, depth, value);
        let from = self.ctx.alloc(self.masm, RegClass::Int);
        let to = self.ctx.alloc(self.masm, RegClass::Int);
        self.masm.load(
            OperandSize::S32,
            M::field_address(array, ARRAY_LENGTH as i32),
            to,
        );
        self.element_address(array, to, storage_size(s));
        self.masm.int_binop(
            IntBinOp::Add,
            OperandSize::S64,
            to,
            to,
            Operand::Imm(ARRAY_ELEMS.into()),
        );
        self.masm.int_binop(
            IntBinOp::Add,
            OperandSize::S64,
            from,
            array,
            Operand::Imm(ARRAY_ELEMS.into()),
        );
        self.fill_loop(storage_op_size(s), Some(value), from, to);
        for r in [value, from, to] {
            self.ctx.free(r);
        }
    }

    /// `array.new`: an array of `array.new_default`'s when the value is a
    /// constant 0, else filled after the allocation.
    pub fn array_new(&mut self, type_index: u32) -> CompileResult<()> {
        let s = self.array_elem(type_index).storage;
        self.check_type(self.storage_val_type(s))?;
        let value_depth = self.ctx.stack.len() - 2;
        let zero = matches!(
            self.ctx.stack[value_depth],
            Val::I32(0) | Val::I64(0) | Val::F32(0) | Val::F64(0)
        );
        let array = self.gc_alloc_array(type_index, s, zero);
        if !zero {
            self.fill_new_array(array, s, value_depth);
        }
        self.ctx.truncate(value_depth);
        self.ctx.push(Val::Reg(array, WasmType::AnyRef));
        Ok(())
    }

    pub fn array_new_default(&mut self, type_index: u32) -> CompileResult<()> {
        let s = self.array_elem(type_index).storage;
        self.check_type(self.storage_val_type(s))?;
        let array = self.gc_alloc_array(type_index, s, true);
        self.ctx.push(Val::Reg(array, WasmType::AnyRef));
        Ok(())
    }

    pub fn array_new_fixed(&mut self, type_index: u32, n: u32) -> CompileResult<()> {
        let s = self.array_elem(type_index).storage;
        self.check_type(self.storage_val_type(s))?;
        self.ctx.push(Val::I32(n as i32));
        let array = self.gc_alloc_array(type_index, s, false);
        let base = self.ctx.stack.len() - n as usize;
        for i in 0..n {
            let offset = ARRAY_ELEMS + i * storage_size(s);
            self.store_entry_field(base + i as usize, s, array, offset);
        }
        self.ctx.truncate(base);
        self.ctx.push(Val::Reg(array, WasmType::AnyRef));
        Ok(())
    }

    pub fn array_new_data(&mut self, type_index: u32, segment: u32) -> CompileResult<()> {
        self.check_type(self.storage_val_type(self.array_elem(type_index).storage))?;
        self.builtin_call(
            Builtin::ArrayNewData,
            &[type_index.into(), segment.into()],
            2,
            Some(WasmType::AnyRef),
        );
        Ok(())
    }

    pub fn array_new_elem(&mut self, type_index: u32, segment: u32) -> CompileResult<()> {
        self.check_type(self.storage_val_type(self.array_elem(type_index).storage))?;
        self.builtin_call(
            Builtin::ArrayNewElem,
            &[type_index.into(), segment.into()],
            2,
            Some(WasmType::AnyRef),
        );
        Ok(())
    }

    pub fn array_fill(&mut self, type_index: u32) -> CompileResult<()> {
        let s = self.array_elem(type_index).storage;
        self.check_type(self.storage_val_type(s))?;
        let len = self.ctx.pop_to_reg(self.masm);
        let value = self.ctx.pop_to_reg(self.masm);
        let from = self.ctx.pop_to_reg(self.masm);
        let array = self.ctx.pop_to_reg(self.masm);
        self.masm.trap_if_null(array, TrapCode::NullArrayReference);
        // from + len <= length, in 64 bits: both are zero-extended i32s.
        let to = self.ctx.alloc(self.masm, RegClass::Int);
        self.masm
            .int_binop(IntBinOp::Add, OperandSize::S64, to, from, Operand::Reg(len));
        self.masm.load(
            OperandSize::S32,
            M::field_address(array, ARRAY_LENGTH as i32),
            len,
        );
        self.trap_unless(
            OperandSize::S64,
            to,
            Operand::Reg(len),
            IntCmp::LeU,
            TrapCode::ArrayOutOfBounds,
        );
        let size = storage_size(s);
        self.element_address(array, from, size);
        self.element_address(array, to, size);
        for r in [from, to] {
            self.masm.int_binop(
                IntBinOp::Add,
                OperandSize::S64,
                r,
                r,
                Operand::Imm(ARRAY_ELEMS.into()),
            );
        }
        self.fill_loop(storage_op_size(s), Some(value), from, to);
        for r in [len, value, from, array, to] {
            self.ctx.free(r);
        }
        Ok(())
    }

    pub fn array_copy(&mut self) -> CompileResult<()> {
        self.builtin_call(Builtin::ArrayCopy, &[], 5, None);
        Ok(())
    }

    pub fn array_init_data(&mut self, segment: u32) -> CompileResult<()> {
        self.builtin_call(Builtin::ArrayInitData, &[segment.into()], 4, None);
        Ok(())
    }

    pub fn array_init_elem(&mut self, segment: u32) -> CompileResult<()> {
        self.builtin_call(Builtin::ArrayInitElem, &[segment.into()], 4, None);
        Ok(())
    }
}

/// The access size of storage type `s`.
fn storage_op_size(s: StorageType) -> OperandSize {
    match storage_size(s) {
        1 => OperandSize::S8,
        2 => OperandSize::S16,
        4 => OperandSize::S32,
        8 => OperandSize::S64,
        _ => OperandSize::S128,
    }
}
