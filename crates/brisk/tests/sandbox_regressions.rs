//! Regression tests for sandbox defects, one per defect, run in every
//! combination of bounds mode and Spectre hardening.

use brisk::{Engine, Instance, Module, Store, TrapCode};

mod common;
mod spectre_engines;

fn engines() -> Vec<Engine> {
    spectre_engines::engines(|_| {})
        .into_iter()
        .map(|(_, engine)| engine)
        .collect()
}

/// A memory other than memory 0 with a static offset >= 2^31: the x64 code
/// once kept the memory's definition pointer in the scratch register,
/// overwrote it with the offset, and read the memory base from host
/// address = offset.
#[test]
fn second_memory_with_offset_at_least_2_pow_31() {
    const PAGES: u64 = 32769; // just over 2 GiB
    let size = PAGES << 16;
    let wat = r#"(module
      (memory $m0 1)
      (memory $m1 32769)
      (func (export "load") (param i32) (result i32)
        (i32.load $m1 offset=0x80000000 (local.get 0)))
      (func (export "load8") (param i32) (result i32)
        (i32.load8_u $m1 offset=0x80000000 (local.get 0)))
      (func (export "load64") (param i32) (result i64)
        (i64.load $m1 offset=0x80000000 (local.get 0)))
      (func (export "loadf64") (param i32) (result f64)
        (f64.load $m1 offset=0x80000000 (local.get 0)))
      (func (export "store") (param i32 i32)
        (i32.store $m1 offset=0x80000000 (local.get 0) (local.get 1)))
      (func (export "storef32") (param i32 f32)
        (f32.store $m1 offset=0x80000000 (local.get 0) (local.get 1)))
      (func (export "load_max") (param i32) (result i32)
        (i32.load $m1 offset=0xffffffff (local.get 0))))"#;
    for engine in engines() {
        let module = Module::new(&engine, wat).unwrap();
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &module, &[]).unwrap();
        let load = instance
            .get_typed_func::<i32, i32>(&mut store, "load")
            .unwrap();
        let load8 = instance
            .get_typed_func::<i32, i32>(&mut store, "load8")
            .unwrap();
        let load64 = instance
            .get_typed_func::<i32, i64>(&mut store, "load64")
            .unwrap();
        let loadf64 = instance
            .get_typed_func::<i32, f64>(&mut store, "loadf64")
            .unwrap();
        let store_i32 = instance
            .get_typed_func::<(i32, i32), ()>(&mut store, "store")
            .unwrap();
        let store_f32 = instance
            .get_typed_func::<(i32, f32), ()>(&mut store, "storef32")
            .unwrap();
        let load_max = instance
            .get_typed_func::<i32, i32>(&mut store, "load_max")
            .unwrap();

        assert_eq!(load.call(&mut store, 0).unwrap(), 0);
        store_i32.call(&mut store, (0, 0x1234_5678)).unwrap();
        assert_eq!(load.call(&mut store, 0).unwrap(), 0x1234_5678);
        assert_eq!(load8.call(&mut store, 1).unwrap(), 0x56);
        assert_eq!(load64.call(&mut store, 0).unwrap(), 0x1234_5678);
        store_f32.call(&mut store, (8, 1.5)).unwrap();
        let bits = loadf64.call(&mut store, 8).unwrap().to_bits();
        assert_eq!(bits, 1.5f32.to_bits() as u64);

        // The last in-bounds index for each width, then one past it.
        let last = |width: u64| (size - (1 << 31) - width) as i32;
        assert_eq!(load.call(&mut store, last(4)).unwrap(), 0);
        assert_eq!(load8.call(&mut store, last(1)).unwrap(), 0);
        assert_eq!(load64.call(&mut store, last(8)).unwrap(), 0);
        for (result, what) in [
            (load.call(&mut store, last(4) + 1).map(drop), "load"),
            (load8.call(&mut store, last(1) + 1).map(drop), "load8"),
            (load64.call(&mut store, last(8) + 1).map(drop), "load64"),
            (store_i32.call(&mut store, (last(4) + 1, 1)), "store"),
            (store_f32.call(&mut store, (last(4) + 1, 1.0)), "storef32"),
            (load.call(&mut store, -1).map(drop), "load at 0xffffffff"),
            (load_max.call(&mut store, 0).map(drop), "offset 0xffffffff"),
        ] {
            let trap = result.expect_err(what).trap_code();
            assert_eq!(trap, Some(TrapCode::MemoryOutOfBounds), "{what}");
        }
    }
}
