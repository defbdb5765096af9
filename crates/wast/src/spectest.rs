//! The `spectest` host module the testsuite imports from.

use brisk::{
    Error, FuncType, Global, GlobalType, Linker, Memory, MemoryType, SharedMemory, Store, Table,
    TableType, Val, WasmType,
};

/// Defines `spectest` in `linker`, as the reference interpreter has it.
pub(crate) fn define(store: &mut Store<()>, linker: &mut Linker<()>) -> Result<(), Error> {
    use WasmType::{F32, F64, I32, I64};
    let prints: [(&str, &[WasmType]); 7] = [
        ("print", &[]),
        ("print_i32", &[I32]),
        ("print_i64", &[I64]),
        ("print_f32", &[F32]),
        ("print_f64", &[F64]),
        ("print_i32_f32", &[I32, F32]),
        ("print_f64_f64", &[F64, F64]),
    ];
    for (name, params) in prints {
        let ty = FuncType {
            params: params.to_vec(),
            results: Vec::new(),
        };
        // Printing would only flood the output of a suite run.
        linker.func_new(store, "spectest", name, ty, |_, _, _| Ok(()));
    }
    let globals = [
        ("global_i32", Val::I32(666)),
        ("global_i64", Val::I64(666)),
        ("global_f32", Val::F32(666.6f32.to_bits())),
        ("global_f64", Val::F64(666.6f64.to_bits())),
    ];
    for (name, value) in globals {
        let global = Global::new(
            store,
            GlobalType {
                content: value.ty(),
                mutable: false,
            },
            value,
        )?;
        linker.define("spectest", name, global);
    }
    let table_ty = TableType {
        elem: WasmType::FuncRef,
        min: 10,
        max: Some(20),
        table64: false,
    };
    let table = Table::new(store, table_ty, Val::FuncRef(None))?;
    linker.define("spectest", "table", table);
    let table64_ty = TableType {
        table64: true,
        ..table_ty
    };
    let table64 = Table::new(store, table64_ty, Val::FuncRef(None))?;
    linker.define("spectest", "table64", table64);
    let memory = Memory::new(store, MemoryType::new(1, Some(2)))?;
    linker.define("spectest", "memory", memory);
    let shared_memory = SharedMemory::new(store.engine(), MemoryType::shared(1, 2))?;
    linker.define("spectest", "shared_memory", shared_memory);
    Ok(())
}
