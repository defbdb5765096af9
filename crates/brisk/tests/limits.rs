//! Resource limits through the API: a store's limiter denies memory and
//! table growth (from Wasm, where the grow returns -1 or traps with the
//! limiter's error, and from the host),
//! bounds instance, memory and table counts and new memories' minimums
//! (instantiation and the host's `Memory::new`/`Table::new`), and sees the
//! sizes wasmtime's limiter sees.

use brisk::{
    Error, ExternType, Instance, Memory, MemoryType, Module, ResourceLimiter, Store, StoreLimits,
    StoreLimitsBuilder, Table, TableType, Val, WasmType,
};

const PAGE: usize = 65536;

const WAT: &str = r#"(module
  (memory (export "memory") 1 10)
  (table (export "table") 2 funcref)
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "grow_table") (param i32) (result i32)
    (table.grow (ref.null func) (local.get 0))))"#;

fn store_with<T: 'static>(data: T, limiter: fn(&mut T) -> &mut dyn ResourceLimiter) -> Store<T> {
    let mut store = Store::new(&brisk::Engine::default(), data);
    store.limiter(limiter);
    store
}

fn instantiate<T>(store: &mut Store<T>, wat: &str) -> Result<Instance, Error> {
    let module = Module::new(store.engine(), wat)?;
    Instance::new(store, &module, &[])
}

fn grow(store: &mut Store<StoreLimits>, instance: Instance, name: &str, delta: i32) -> i32 {
    let f = instance
        .get_typed_func::<i32, i32>(&mut *store, name)
        .unwrap();
    f.call(store, delta).unwrap()
}

#[test]
fn memory_and_table_growth_stop_at_the_limits() {
    let limits = StoreLimitsBuilder::new()
        .memory_size(3 * PAGE)
        .table_elements(5)
        .build();
    let mut store = store_with(limits, |l| l);
    let instance = instantiate(&mut store, WAT).unwrap();
    assert_eq!(grow(&mut store, instance, "grow", 2), 1);
    assert_eq!(grow(&mut store, instance, "grow", 1), -1, "4 pages > 3");
    assert_eq!(grow(&mut store, instance, "grow", 0), 3);
    let memory = instance.get_memory(&mut store, "memory").unwrap();
    assert!(memory.grow(&mut store, 1).is_err());
    assert_eq!(memory.grow(&mut store, 0).unwrap(), 3);

    assert_eq!(grow(&mut store, instance, "grow_table", 3), 2);
    assert_eq!(grow(&mut store, instance, "grow_table", 1), -1, "6 > 5");
    let table = instance.get_table(&mut store, "table").unwrap();
    assert!(table.grow(&mut store, 1, Val::FuncRef(None)).is_err());
    assert_eq!(table.size(&store), 5);
}

#[test]
fn instance_memory_and_table_counts_are_limited() {
    let mut store = store_with(StoreLimitsBuilder::new().instances(2).build(), |l| l);
    instantiate(&mut store, "(module)").unwrap();
    instantiate(&mut store, "(module)").unwrap();
    let e = instantiate(&mut store, "(module)").unwrap_err();
    assert!(e.to_string().contains("instance count"), "{e}");

    let mut store = store_with(StoreLimitsBuilder::new().memories(1).build(), |l| l);
    instantiate(&mut store, "(module (memory 1))").unwrap();
    instantiate(&mut store, "(module)").unwrap();
    let e = instantiate(&mut store, "(module (memory 1))").unwrap_err();
    assert!(e.to_string().contains("memory count"), "{e}");

    let mut store = store_with(StoreLimitsBuilder::new().tables(0).build(), |l| l);
    let e = instantiate(&mut store, "(module (table 1 funcref))").unwrap_err();
    assert!(e.to_string().contains("table count"), "{e}");
}

#[test]
fn a_minimum_beyond_the_limits_fails_instantiation() {
    let limits = StoreLimitsBuilder::new()
        .memory_size(PAGE)
        .table_elements(4)
        .build();
    let mut store = store_with(limits, |l| l);
    let e = instantiate(&mut store, "(module (memory 2))").unwrap_err();
    assert!(e.to_string().contains("memory minimum"), "{e}");
    let e = instantiate(&mut store, "(module (table 5 funcref))").unwrap_err();
    assert!(e.to_string().contains("table minimum"), "{e}");
    instantiate(&mut store, "(module (memory 1) (table 4 funcref))").unwrap();
}

/// Records what it is asked and allows everything but tables.
#[derive(Default)]
struct Recorder {
    memory: Vec<(usize, usize, Option<usize>)>,
    table: Vec<(usize, usize, Option<usize>)>,
}

impl ResourceLimiter for Recorder {
    fn memory_growing(
        &mut self,
        current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> Result<bool, Error> {
        self.memory.push((current, desired, maximum));
        Ok(true)
    }

    fn table_growing(
        &mut self,
        current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> Result<bool, Error> {
        self.table.push((current, desired, maximum));
        Ok(current == 0)
    }
}

#[test]
fn the_limiter_sees_bytes_elements_and_declared_maximums() {
    let mut store = store_with(Recorder::default(), |r| r);
    let instance = instantiate(&mut store, WAT).unwrap();
    let grow = instance
        .get_typed_func::<i32, i32>(&mut store, "grow")
        .unwrap();
    assert_eq!(grow.call(&mut store, 2).unwrap(), 1);
    assert_eq!(grow.call(&mut store, 0).unwrap(), 3, "no growth, not asked");
    let grow_table = instance
        .get_typed_func::<i32, i32>(&mut store, "grow_table")
        .unwrap();
    assert_eq!(grow_table.call(&mut store, 1).unwrap(), -1);
    let max = Some(10 * PAGE);
    assert_eq!(store.data().memory, [(0, PAGE, max), (PAGE, 3 * PAGE, max)]);
    assert_eq!(store.data().table, [(0, 2, None), (2, 3, None)]);
    assert!(matches!(
        instance.get_export(&mut store, "table").unwrap().ty(&store),
        ExternType::Table(_)
    ));
}

#[test]
fn trap_on_grow_failure_makes_host_growth_an_error() {
    let limits = StoreLimitsBuilder::new()
        .memory_size(PAGE)
        .trap_on_grow_failure(true)
        .build();
    let mut store = store_with(limits, |l| l);
    let instance = instantiate(&mut store, WAT).unwrap();
    let memory = instance.get_memory(&mut store, "memory").unwrap();
    let e = memory.grow(&mut store, 1).unwrap_err();
    assert!(e.to_string().contains("forcing a trap"), "{e}");
}

#[test]
fn a_limiter_error_traps_wasm_growth_and_the_store_stays_usable() {
    let limits = StoreLimitsBuilder::new()
        .memory_size(2 * PAGE)
        .table_elements(3)
        .trap_on_grow_failure(true)
        .build();
    let mut store = store_with(limits, |l| l);
    let instance = instantiate(&mut store, WAT).unwrap();
    // From 1 page (limit 2) and 2 elements (limit 3).
    for (name, old_size) in [("grow", 1), ("grow_table", 2)] {
        let f = instance
            .get_typed_func::<i32, i32>(&mut store, name)
            .unwrap();
        let e = f.call(&mut store, 2).unwrap_err();
        assert!(e.to_string().contains("forcing a trap"), "{name}: {e}");
        // Nothing grew, and growth within the limits still works.
        assert_eq!(f.call(&mut store, 1).unwrap(), old_size, "{name}");
    }
}

fn table_type(min: u64) -> TableType {
    TableType {
        elem: WasmType::FuncRef,
        min,
        max: None,
        table64: false,
    }
}

#[test]
fn host_created_memories_and_tables_are_limited() {
    let limits = StoreLimitsBuilder::new()
        .memory_size(2 * PAGE)
        .table_elements(4)
        .memories(2)
        .tables(2)
        .build();
    let mut store = store_with(limits, |l| l);
    let e = Memory::new(&mut store, MemoryType::new(3, None)).unwrap_err();
    assert!(e.to_string().contains("memory minimum"), "{e}");
    Memory::new(&mut store, MemoryType::new(2, None)).unwrap();
    let e = Table::new(&mut store, table_type(5), Val::FuncRef(None)).unwrap_err();
    assert!(e.to_string().contains("table minimum"), "{e}");
    Table::new(&mut store, table_type(4), Val::FuncRef(None)).unwrap();
    // One memory and one table held; an instance defining one of each
    // reaches both limits, and then the host can create neither.
    instantiate(&mut store, "(module (memory 1) (table 1 funcref))").unwrap();
    let e = Memory::new(&mut store, MemoryType::new(1, None)).unwrap_err();
    assert!(e.to_string().contains("memory count"), "{e}");
    let e = Table::new(&mut store, table_type(1), Val::FuncRef(None)).unwrap_err();
    assert!(e.to_string().contains("table count"), "{e}");
}

#[test]
fn host_creation_sees_the_limiter_errors_and_sizes() {
    let mut store = store_with(Recorder::default(), |r| r);
    Memory::new(&mut store, MemoryType::new(2, Some(3))).unwrap();
    assert_eq!(store.data().memory, [(0, 2 * PAGE, Some(3 * PAGE))]);
    // The recorder allows a table only from 0 elements: creation is asked
    // with current 0.
    Table::new(&mut store, table_type(7), Val::FuncRef(None)).unwrap();
    assert_eq!(store.data().table, [(0, 7, None)]);

    let limits = StoreLimitsBuilder::new()
        .memory_size(PAGE)
        .trap_on_grow_failure(true)
        .build();
    let mut store = store_with(limits, |l| l);
    let e = Memory::new(&mut store, MemoryType::new(2, None)).unwrap_err();
    assert!(e.to_string().contains("forcing a trap"), "{e}");
}
