//! Tables and references: `table.get/set/size`, `call_indirect`,
//! `ref.null/is_null/func`, and the table operators that go through
//! builtins. A table element is one word: a `VMFuncRef` pointer or an
//! externref handle, 0 for null.

use crate::codegen::CodeGen;
use crate::masm::{MacroAssembler, OperandSize};
use crate::reg::{Reg, RegClass};
use crate::stack::Val;
use brisk_environ::vmctx::{Builtin, TABLE_LENGTH};
use brisk_environ::{CompileResult, TrapCode, WasmType};

impl<M: MacroAssembler> CodeGen<'_, M> {
    fn table_type(&self, table: u32) -> WasmType {
        self.info.tables[table as usize].elem
    }

    pub fn table_get(&mut self, table: u32) -> CompileResult<()> {
        let index = self.ctx.pop_to_reg(self.masm);
        let addr = self.masm.table_element(
            self.offsets.table_ptr(table),
            index,
            TrapCode::TableOutOfBounds,
            self.spectre,
        );
        self.masm.load(OperandSize::S64, addr, index);
        self.ctx.push(Val::Reg(index, self.table_type(table)));
        Ok(())
    }

    pub fn table_set(&mut self, table: u32) -> CompileResult<()> {
        let value = self.ctx.pop_to_reg(self.masm);
        let index = self.ctx.pop_to_reg(self.masm);
        let addr = self.masm.table_element(
            self.offsets.table_ptr(table),
            index,
            TrapCode::TableOutOfBounds,
            self.spectre,
        );
        self.masm.store(OperandSize::S64, value, addr);
        self.ctx.free(value);
        self.ctx.free(index);
        Ok(())
    }

    /// The type of table `table`'s indexes and sizes (i64 for a table64).
    fn table_index_type(&self, table: u32) -> WasmType {
        match self.info.tables[table as usize].table64 {
            true => WasmType::I64,
            false => WasmType::I32,
        }
    }

    pub fn table_size(&mut self, table: u32) -> CompileResult<()> {
        let r = self.ctx.alloc(self.masm, RegClass::Int);
        let ty = self.table_index_type(table);
        self.masm.load_indirect(
            OperandSize::of(ty),
            self.offsets.table_ptr(table),
            TABLE_LENGTH,
            r,
        );
        self.ctx.push(Val::Reg(r, ty));
        Ok(())
    }

    pub fn table_grow(&mut self, table: u32) -> CompileResult<()> {
        let ty = self.table_index_type(table);
        self.builtin_call(Builtin::TableGrow, &[table as i64], 2, Some(ty));
        Ok(())
    }

    pub fn table_fill(&mut self, table: u32) -> CompileResult<()> {
        self.builtin_call(Builtin::TableFill, &[table as i64], 3, None);
        Ok(())
    }

    pub fn table_copy(&mut self, dst: u32, src: u32) -> CompileResult<()> {
        self.builtin_call(Builtin::TableCopy, &[dst as i64, src as i64], 3, None);
        Ok(())
    }

    pub fn table_init(&mut self, segment: u32, table: u32) -> CompileResult<()> {
        self.builtin_call(Builtin::TableInit, &[table as i64, segment as i64], 3, None);
        Ok(())
    }

    pub fn elem_drop(&mut self, segment: u32) -> CompileResult<()> {
        self.builtin_call(Builtin::ElemDrop, &[segment as i64], 0, None);
        Ok(())
    }

    /// Null is the word 0 for every reference type brisk represents.
    pub fn ref_null(&mut self, ty: wasmparser::HeapType) -> CompileResult<()> {
        let nullable = wasmparser::RefType::new(true, ty);
        if let Some(r) = nullable {
            self.info.ref_type(r, self.offset)?;
        }
        self.ctx.push(Val::I64(0));
        Ok(())
    }

    pub fn ref_func(&mut self, func: u32) -> CompileResult<()> {
        let r = self.ctx.alloc(self.masm, RegClass::Int);
        self.masm.vmctx_lea(self.offsets.func_ref(func), r);
        self.ctx.push(Val::Reg(r, WasmType::FuncRef));
        Ok(())
    }

    /// Pops a table index and loads the funcref it selects in `table`,
    /// trapping unless the index is in bounds, the element non-null and of
    /// type `type_index` (or a subtype, see [`Self::check_funcref_type`]).
    pub(crate) fn pop_checked_table_funcref(&mut self, type_index: u32, table: u32) -> Reg {
        let funcref = self.ctx.pop_to_reg(self.masm);
        let addr = self.masm.table_element(
            self.offsets.table_ptr(table),
            funcref,
            TrapCode::UndefinedElement,
            self.spectre,
        );
        self.masm.load(OperandSize::S64, addr, funcref);
        self.check_funcref_type(funcref, type_index)
    }

    pub fn call_indirect(&mut self, type_index: u32, table: u32) -> CompileResult<()> {
        let sig = self.info.type_sig(type_index);
        let areas = self.check_sig(sig)?;
        let funcref = self.pop_checked_table_funcref(type_index, table);
        self.call_checked_funcref(sig, areas, funcref);
        Ok(())
    }
}
