//! GC objects made and written by the host: structs and arrays allocated
//! through `StructRefPre`/`ArrayRefPre` and passed into Wasm, fields and
//! elements written from the host and seen by Wasm (and the other way),
//! the writes the types refuse (immutable fields, values of the wrong
//! storage or reference type, handles of another store), rooting across
//! collections (some run by host allocations), exception references read
//! from the host, and the GC heap counted by the store's resource
//! limiter. A host function that allocates, called from Wasm, leaves the
//! caller's references alive.

use brisk::{
    AnyRef, ArrayRef, ArrayRefPre, Caller, Config, Engine, Error, Extern, ExternRef, I31, Instance,
    Linker, Module, ResourceLimiter, Store, StoreLimitsBuilder, StructRef, StructRefPre, TrapCode,
    Val,
};

mod calls;

const WAT: &str = r#"(module
  (type $pair (struct (field (mut i32)) (field (mut (ref null $pair)))))
  (type $imm (struct (field i32)))
  (type $packed (struct (field (mut i8)) (field (mut i16))))
  (type $holder (struct (field (mut (ref $pair))) (field (mut anyref))))
  (type $bytes (array (mut i8)))
  (type $consts (array i64))
  (type $ft (func (param (ref $pair)) (result i32)))
  (type $cells (struct (field (mut (ref exn))) (field (mut (ref null $ft))) (field (mut externref))))
  (tag $e (export "e") (param i32 anyref))
  (func (export "val") (type $ft) (param (ref $pair)) (result i32)
    (struct.get $pair 0 (local.get 0)))
  (func (export "next_val") (param (ref $pair)) (result i32)
    (struct.get $pair 0 (ref.as_non_null (struct.get $pair 1 (local.get 0)))))
  (func (export "set_val") (param (ref $pair) i32)
    (struct.set $pair 0 (local.get 0) (local.get 1)))
  ;; Follows `next` from `p` and sums the values.
  (func $sum_list (export "sum_list") (param $p (ref null $pair)) (result i32)
    (local $sum i32)
    (block $done
      (loop $l
        (br_if $done (ref.is_null (local.get $p)))
        (local.set $sum (i32.add (local.get $sum) (struct.get $pair 0 (local.get $p))))
        (local.set $p (struct.get $pair 1 (local.get $p)))
        (br $l)))
    (local.get $sum))
  (func (export "packed") (param (ref $packed)) (result i32 i32)
    (struct.get_s $packed 0 (local.get 0))
    (struct.get_u $packed 1 (local.get 0)))
  (func (export "holder_val") (param (ref $holder)) (result i32)
    (struct.get $pair 0 (struct.get $holder 0 (local.get 0))))
  (func (export "bytes_sum") (param $a (ref $bytes)) (result i32)
    (local $i i32) (local $sum i32)
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $i) (array.len (local.get $a))))
        (local.set $sum
          (i32.add (local.get $sum) (array.get_u $bytes (local.get $a) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (local.get $sum))
  (func (export "call_cell") (param (ref $cells) (ref $pair)) (result i32)
    (call_ref $ft (local.get 1) (struct.get $cells 1 (local.get 0))))
  (func (export "const_at") (param (ref $consts) i32) (result i64)
    (array.get $consts (local.get 0) (local.get 1)))
  ;; Allocates `n` short-lived two-node cycles.
  (func (export "churn") (param $n i32)
    (local $a (ref null $pair))
    (loop $l
      (local.set $a (struct.new $pair (i32.const 0) (ref.null $pair)))
      (struct.set $pair 1 (local.get $a) (struct.new $pair (i32.const 1) (local.get $a)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
  ;; A list of `n` nodes, all alive until it returns their count.
  (func (export "long_list") (param $n i32) (result i32)
    (local $head (ref null $pair))
    (loop $l
      (local.set $head (struct.new $pair (i32.const 1) (local.get $head)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (call $sum_list (local.get $head)))
  (func (export "throw_caught") (result i32 exnref)
    (local $x exnref)
    (block $h (result i32 anyref exnref)
      (try_table (catch_ref $e $h)
        (throw $e (i32.const 42) (ref.i31 (i32.const 5))))
      (unreachable))
    (local.set $x)
    (drop)
    (local.get $x)))"#;

const PAIR: u32 = 0;
const IMM: u32 = 1;
const PACKED: u32 = 2;
const HOLDER: u32 = 3;
const BYTES: u32 = 4;
const CONSTS: u32 = 5;
const CELLS: u32 = 7;

struct Setup<T> {
    module: Module,
    store: Store<T>,
    instance: Instance,
}

fn setup_with<T>(config: &Config, data: T) -> Setup<T> {
    let engine = Engine::new(config);
    let module = Module::new(&engine, WAT).expect("module compiles");
    let mut store = Store::new(&engine, data);
    let instance = Instance::new(&mut store, &module, &[]).expect("module instantiates");
    Setup {
        module,
        store,
        instance,
    }
}

fn setup() -> Setup<()> {
    setup_with(&Config::new(), ())
}

impl<T> Setup<T> {
    fn call(&mut self, name: &str, params: &[Val]) -> Result<Vec<Val>, Error> {
        calls::call(&mut self.store, self.instance, name, params)
    }

    fn struct_pre(&self, index: u32) -> StructRefPre {
        let ty = self.module.struct_type(index).expect("a struct type");
        StructRefPre::new(&self.store, ty).unwrap()
    }

    fn array_pre(&self, index: u32) -> ArrayRefPre {
        let ty = self.module.array_type(index).expect("an array type");
        ArrayRefPre::new(&self.store, ty).unwrap()
    }

    /// A new `$pair` of `value` and `next`.
    fn pair(&mut self, value: i32, next: Option<StructRef>) -> StructRef {
        let pre = self.struct_pre(PAIR);
        let next = Val::AnyRef(next.map(StructRef::to_anyref));
        StructRef::new(&mut self.store, &pre, &[Val::I32(value), next]).unwrap()
    }
}

fn any(s: StructRef) -> Val {
    Val::AnyRef(Some(s.to_anyref()))
}

fn array(a: ArrayRef) -> Val {
    Val::AnyRef(Some(a.to_anyref()))
}

#[test]
fn types_are_found_through_the_module_and_objects() {
    let mut t = setup();
    assert!(t.module.struct_type(BYTES).is_none(), "an array type");
    assert!(t.module.array_type(PAIR).is_none(), "a struct type");
    assert!(t.module.struct_type(1000).is_none(), "no such type");
    let pair = t.module.struct_type(PAIR).unwrap();
    assert_eq!(pair.fields().len(), 2);
    assert!(pair.fields().iter().all(|f| f.mutable));
    assert!(!t.module.struct_type(IMM).unwrap().fields()[0].mutable);
    let p = t.pair(1, None);
    assert_eq!(p.ty(&t.store).unwrap(), pair);
    assert_ne!(p.ty(&t.store).unwrap(), t.module.struct_type(IMM).unwrap());
    let bytes_pre = t.array_pre(BYTES);
    let a = ArrayRef::new_fixed(&mut t.store, &bytes_pre, &[Val::I32(1)]).unwrap();
    assert_eq!(a.ty(&t.store).unwrap(), t.module.array_type(BYTES).unwrap());
    assert!(a.ty(&t.store).unwrap().field_type().mutable);
}

#[test]
fn host_allocated_structs_pass_into_wasm_and_writes_are_seen_both_ways() {
    let mut t = setup();
    let first = t.pair(5, None);
    let second = t.pair(7, Some(first));
    assert_eq!(t.call("val", &[any(second)]).unwrap(), [Val::I32(7)]);
    assert_eq!(t.call("next_val", &[any(second)]).unwrap(), [Val::I32(5)]);
    first.set_field(&mut t.store, 0, Val::I32(9)).unwrap();
    assert_eq!(t.call("next_val", &[any(second)]).unwrap(), [Val::I32(9)]);
    t.call("set_val", &[any(first), Val::I32(11)]).unwrap();
    assert_eq!(first.field(&mut t.store, 0).unwrap(), Val::I32(11));
    assert_eq!(t.call("sum_list", &[any(second)]).unwrap(), [Val::I32(18)]);
    // Unlink from the host: the list ends at `second`.
    second
        .set_field(&mut t.store, 1, Val::AnyRef(None))
        .unwrap();
    assert_eq!(t.call("sum_list", &[any(second)]).unwrap(), [Val::I32(7)]);

    let holder_pre = t.struct_pre(HOLDER);
    let holder = StructRef::new(
        &mut t.store,
        &holder_pre,
        &[
            any(first),
            Val::AnyRef(Some(AnyRef::from_i31(I31::wrapping_i32(3)))),
        ],
    )
    .unwrap();
    assert_eq!(
        t.call("holder_val", &[any(holder)]).unwrap(),
        [Val::I32(11)]
    );
    let Val::AnyRef(Some(i)) = holder.field(&mut t.store, 1).unwrap() else {
        panic!("an anyref field");
    };
    assert_eq!(i.as_i31().map(I31::get_i32), Some(3));
}

#[test]
fn packed_fields_keep_the_low_bits_of_what_the_host_writes() {
    let mut t = setup();
    let pre = t.struct_pre(PACKED);
    let p = StructRef::new(&mut t.store, &pre, &[Val::I32(0x1ff), Val::I32(-1)]).unwrap();
    assert_eq!(
        t.call("packed", &[any(p)]).unwrap(),
        [Val::I32(-1), Val::I32(0xffff)],
        "0xff sign-extended, 0xffff zero-extended"
    );
    p.set_field(&mut t.store, 0, Val::I32(0x17f)).unwrap();
    p.set_field(&mut t.store, 1, Val::I32(0x12345)).unwrap();
    assert_eq!(p.field(&mut t.store, 0).unwrap(), Val::I32(0x7f));
    assert_eq!(p.field(&mut t.store, 1).unwrap(), Val::I32(0x2345));
    assert_eq!(
        t.call("packed", &[any(p)]).unwrap(),
        [Val::I32(0x7f), Val::I32(0x2345)]
    );
}

#[test]
fn host_allocated_arrays_pass_into_wasm() {
    let mut t = setup();
    let bytes = t.array_pre(BYTES);
    let a = ArrayRef::new(&mut t.store, &bytes, &Val::I32(0x103), 100).unwrap();
    assert_eq!(a.len(&t.store).unwrap(), 100);
    assert_eq!(t.call("bytes_sum", &[array(a)]).unwrap(), [Val::I32(300)]);
    a.set(&mut t.store, 99, Val::I32(0x1ff)).unwrap();
    assert_eq!(t.call("bytes_sum", &[array(a)]).unwrap(), [Val::I32(552)]);
    assert_eq!(a.get(&mut t.store, 99).unwrap(), Val::I32(0xff));
    let empty = ArrayRef::new(&mut t.store, &bytes, &Val::I32(1), 0).unwrap();
    assert_eq!(t.call("bytes_sum", &[array(empty)]).unwrap(), [Val::I32(0)]);

    let consts = t.array_pre(CONSTS);
    let values = [Val::I64(-1), Val::I64(1 << 40), Val::I64(7)];
    let c = ArrayRef::new_fixed(&mut t.store, &consts, &values).unwrap();
    for (i, v) in (0..).zip(values) {
        assert_eq!(t.call("const_at", &[array(c), Val::I32(i)]).unwrap(), [v]);
    }
}

#[test]
fn writes_the_types_do_not_allow_are_refused_and_change_nothing() {
    let mut t = setup();
    let p = t.pair(1, None);
    let imm_pre = t.struct_pre(IMM);
    let imm = StructRef::new(&mut t.store, &imm_pre, &[Val::I32(4)]).unwrap();
    assert!(
        imm.set_field(&mut t.store, 0, Val::I32(5)).is_err(),
        "immutable"
    );
    assert_eq!(imm.field(&mut t.store, 0).unwrap(), Val::I32(4));
    let consts_pre = t.array_pre(CONSTS);
    let c = ArrayRef::new_fixed(&mut t.store, &consts_pre, &[Val::I64(2)]).unwrap();
    assert!(c.set(&mut t.store, 0, Val::I64(3)).is_err(), "immutable");
    assert_eq!(c.get(&mut t.store, 0).unwrap(), Val::I64(2));

    let bytes_pre = t.array_pre(BYTES);
    let bytes = ArrayRef::new(&mut t.store, &bytes_pre, &Val::I32(0), 2).unwrap();
    let i31 = Val::AnyRef(Some(AnyRef::from_i31(I31::wrapping_i32(1))));
    let host = Val::ExternRef(Some(ExternRef::new(&mut t.store, 1u8)));
    for wrong in [
        Val::I64(2),
        Val::F32(0),
        array(bytes),
        i31,
        host,
        Val::AnyRef(Some(imm.to_anyref())),
    ] {
        let e = p.set_field(&mut t.store, 1, wrong);
        assert!(e.is_err(), "{wrong:?} into (ref null $pair)");
        let e = p.set_field(&mut t.store, 0, wrong);
        assert!(e.is_err(), "{wrong:?} into i32");
    }
    assert!(
        p.set_field(&mut t.store, 0, any(p)).is_err(),
        "a $pair into i32"
    );
    assert!(
        p.set_field(&mut t.store, 1, any(p)).is_ok(),
        "a $pair is fine"
    );
    assert!(
        p.set_field(&mut t.store, 2, Val::I32(0)).is_err(),
        "no field 2"
    );
    assert!(
        bytes.set(&mut t.store, 2, Val::I32(0)).is_err(),
        "past the end"
    );
    assert!(bytes.set(&mut t.store, 0, Val::I64(0)).is_err());

    // A non-nullable field takes no null, at allocation or later.
    let holder = t.struct_pre(HOLDER);
    let null_any = Val::AnyRef(None);
    assert!(StructRef::new(&mut t.store, &holder, &[null_any, null_any]).is_err());
    let h = StructRef::new(&mut t.store, &holder, &[any(p), null_any]).unwrap();
    assert!(h.set_field(&mut t.store, 0, null_any).is_err());
    assert!(
        h.set_field(&mut t.store, 1, host).is_err(),
        "externref into anyref"
    );
    assert_eq!(t.call("holder_val", &[any(h)]).unwrap(), [Val::I32(1)]);

    // The number of values must match, and allocation checks them too.
    let pair = t.struct_pre(PAIR);
    assert!(StructRef::new(&mut t.store, &pair, &[Val::I32(1)]).is_err());
    assert!(StructRef::new(&mut t.store, &pair, &[Val::I32(1), i31]).is_err());
    let bytes_pre = t.array_pre(BYTES);
    assert!(ArrayRef::new(&mut t.store, &bytes_pre, &Val::I64(1), 3).is_err());
    assert!(ArrayRef::new_fixed(&mut t.store, &bytes_pre, &[Val::I32(1), i31]).is_err());
}

#[test]
fn handles_of_another_store_or_engine_and_unrooted_ones_are_errors() {
    let mut t = setup();
    let mut other = setup();
    let theirs = other.pair(1, None);
    let p = t.pair(1, None);
    assert!(p.set_field(&mut t.store, 1, any(theirs)).is_err());
    assert!(theirs.field(&mut t.store, 0).is_err());
    let pre = t.struct_pre(PAIR);
    assert!(StructRef::new(&mut t.store, &pre, &[Val::I32(0), any(theirs)]).is_err());
    // `other` has an engine of its own: its types are not `t`'s.
    let foreign = other.module.struct_type(PAIR).unwrap();
    assert!(StructRefPre::new(&t.store, foreign).is_err());
    let other_pre = other.struct_pre(PAIR);
    let e = StructRef::new(&mut t.store, &other_pre, &[Val::I32(0), Val::AnyRef(None)]);
    assert!(e.is_err());

    let gone = t.pair(2, None);
    gone.to_anyref().unroot(&mut t.store).unwrap();
    assert!(gone.set_field(&mut t.store, 0, Val::I32(1)).is_err());
    assert!(gone.field(&mut t.store, 0).is_err());
    assert!(p.set_field(&mut t.store, 1, any(gone)).is_err());
    assert!(t.call("val", &[any(gone)]).is_err());
}

#[test]
fn host_made_lists_survive_collections_some_run_by_host_allocations() {
    // A heap of 8 MiB: 600,000 host allocations of 24 bytes must collect.
    let mut t = setup_with(Config::new().gc_heap_limit(8 << 20), ());
    let mut head: Option<StructRef> = None;
    let mut kept = 0;
    for i in 0..600_000 {
        let node = t.pair(i, None);
        if i % 1000 == 0 {
            // Every thousandth joins the list, which only its head roots.
            node.set_field(&mut t.store, 1, Val::AnyRef(head.map(StructRef::to_anyref)))
                .unwrap();
            if let Some(old) = head {
                old.to_anyref().unroot(&mut t.store).unwrap();
            }
            head = Some(node);
            kept += i;
        } else {
            node.to_anyref().unroot(&mut t.store).unwrap();
        }
    }
    let host_collections = t.store.gc_stats().collections;
    assert!(host_collections > 0, "host allocations collected");
    t.call("churn", &[Val::I32(500_000)]).unwrap();
    assert!(t.store.gc_stats().collections > host_collections);
    assert_eq!(AnyRef::rooted_count(&t.store), 1, "the head alone");
    let head = head.unwrap();
    assert_eq!(t.call("sum_list", &[any(head)]).unwrap(), [Val::I32(kept)]);
}

#[test]
fn wasm_references_live_across_a_host_function_that_allocates() {
    const HOLD: &str = r#"(module
      (type $pair (struct (field (mut i32)) (field (mut (ref null $pair)))))
      (import "host" "alloc" (func $alloc (param i32)))
      (func (export "hold") (param $n i32) (result i32)
        (local $p (ref null $pair))
        (local.set $p (struct.new $pair (i32.const 77) (ref.null $pair)))
        (call $alloc (local.get $n))
        (struct.get $pair 0 (local.get $p))))"#;
    let engine = Engine::new(Config::new().gc_heap_limit(8 << 20));
    let module = Module::new(&engine, HOLD).unwrap();
    let mut store = Store::new(&engine, ());
    let pre = StructRefPre::new(&store, module.struct_type(0).unwrap()).unwrap();
    let mut linker = Linker::new();
    linker.func_wrap(
        &mut store,
        "host",
        "alloc",
        move |mut caller: Caller<'_, ()>, n: i32| -> Result<(), Error> {
            // Garbage from the host, whose values tell a reused `$p`.
            for i in 0..n {
                let fields = [Val::I32(1000 + i), Val::AnyRef(None)];
                let s = StructRef::new(&mut caller, &pre, &fields)?;
                s.to_anyref().unroot(&mut caller)?;
            }
            Ok(())
        },
    );
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let hold = instance
        .get_typed_func::<i32, i32>(&mut store, "hold")
        .unwrap();
    assert_eq!(hold.call(&mut store, 600_000).unwrap(), 77);
    assert!(
        store.gc_stats().collections > 0,
        "the host's allocations collected"
    );
}

#[test]
fn out_of_heap_from_the_host_is_a_clean_trap_and_the_store_stays_usable() {
    let mut t = setup_with(Config::new().gc_heap_limit(1 << 20), ());
    let bytes = t.array_pre(BYTES);
    for len in [2 << 20, u32::MAX] {
        let e = ArrayRef::new(&mut t.store, &bytes, &Val::I32(0), len).unwrap_err();
        assert!(
            matches!(&e, Error::Trap(trap) if trap.code() == TrapCode::GcOutOfMemory),
            "{e}"
        );
    }
    let a = ArrayRef::new(&mut t.store, &bytes, &Val::I32(1), 1000).unwrap();
    assert_eq!(t.call("bytes_sum", &[array(a)]).unwrap(), [Val::I32(1000)]);
}

#[test]
fn exception_references_show_their_tag_and_payload() {
    let mut t = setup();
    let results = t.call("throw_caught", &[]).unwrap();
    assert_eq!(results[0], Val::I32(42));
    let Val::ExnRef(Some(exn)) = results[1] else {
        panic!("an exnref, got {:?}", results[1]);
    };
    let Some(Extern::Tag(tag)) = t.instance.get_export(&mut t.store, "e") else {
        panic!("tag export");
    };
    assert_eq!(exn.tag(&mut t.store).unwrap(), tag);
    let payload = exn.payload(&mut t.store).unwrap();
    assert_eq!(payload[0], Val::I32(42));
    let Val::AnyRef(Some(i)) = payload[1] else {
        panic!("an anyref, got {:?}", payload[1]);
    };
    assert_eq!(i.as_i31().map(I31::get_i32), Some(5));
}

#[test]
fn exception_function_and_host_references_go_into_fields_of_their_type() {
    let mut t = setup();
    let exn = t.call("throw_caught", &[]).unwrap()[1];
    let val = t.instance.get_func(&mut t.store, "val").unwrap();
    let set_val = t.instance.get_func(&mut t.store, "set_val").unwrap();
    let host = Val::ExternRef(Some(ExternRef::new(&mut t.store, 5u32)));
    let cells_pre = t.struct_pre(CELLS);
    let fields = [exn, Val::FuncRef(Some(val)), host];
    let c = StructRef::new(&mut t.store, &cells_pre, &fields).unwrap();
    let p = t.pair(31, None);
    assert_eq!(
        t.call("call_cell", &[any(c), any(p)]).unwrap(),
        [Val::I32(31)]
    );

    let other_type = Val::FuncRef(Some(set_val));
    assert!(c.set_field(&mut t.store, 1, other_type).is_err());
    assert!(c.set_field(&mut t.store, 1, host).is_err());
    assert!(
        c.set_field(&mut t.store, 0, Val::ExnRef(None)).is_err(),
        "(ref exn)"
    );
    assert!(c.set_field(&mut t.store, 0, Val::AnyRef(None)).is_err());
    assert!(c.set_field(&mut t.store, 2, exn).is_err());
    assert!(
        c.set_field(&mut t.store, 2, any(p)).is_err(),
        "anyref into externref"
    );
    assert_eq!(
        t.call("call_cell", &[any(c), any(p)]).unwrap(),
        [Val::I32(31)]
    );

    let Val::ExnRef(Some(e)) = c.field(&mut t.store, 0).unwrap() else {
        panic!("an exnref field");
    };
    assert_eq!(e.payload(&mut t.store).unwrap()[0], Val::I32(42));
    assert_eq!(c.field(&mut t.store, 1).unwrap(), Val::FuncRef(Some(val)));
    let Val::ExternRef(Some(h)) = c.field(&mut t.store, 2).unwrap() else {
        panic!("an externref field");
    };
    let data = h.data(&t.store).and_then(|d| d.downcast_ref::<u32>());
    assert_eq!(data, Some(&5));
    c.set_field(&mut t.store, 1, Val::FuncRef(None)).unwrap();
    assert!(t.call("call_cell", &[any(c), any(p)]).is_err(), "null");
}

/// Records each growth of the GC heap it is asked about (as a memory) and
/// allows it up to `limit` bytes.
struct HeapCap {
    limit: usize,
    asked: Vec<(usize, usize, Option<usize>)>,
}

impl ResourceLimiter for HeapCap {
    fn memory_growing(
        &mut self,
        current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> Result<bool, Error> {
        self.asked.push((current, desired, maximum));
        Ok(desired <= self.limit)
    }

    fn table_growing(&mut self, _: usize, _: usize, _: Option<usize>) -> Result<bool, Error> {
        Ok(true)
    }
}

#[test]
fn the_limiter_counts_the_gc_heap_and_a_denial_collects_first() {
    const HEAP: usize = 64 << 20;
    let cap = HeapCap {
        limit: 2 << 20,
        asked: Vec::new(),
    };
    let mut t = setup_with(Config::new().gc_heap_limit(HEAP), cap);
    t.store.limiter(|c| c);
    // Short-lived garbage fits in 2 MiB only if the denials collect (the
    // heap alone would wait for 4 MiB of allocation).
    t.call("churn", &[Val::I32(500_000)]).unwrap();
    let stats = t.store.gc_stats();
    assert!(stats.collections > 0);
    assert!(stats.heap_bytes <= 2 << 20, "{stats:?}");
    let asked = &t.store.data().asked;
    assert_eq!(asked[0], (0, 1 << 20, Some(HEAP)), "a 1 MiB chunk");
    assert_eq!(asked[1], (1 << 20, 2 << 20, Some(HEAP)));
    assert!(
        asked[2..]
            .iter()
            .all(|a| *a == (2 << 20, 3 << 20, Some(HEAP)))
    );

    // What stays alive cannot fit: a clean trap, and the store goes on.
    let e = t.call("long_list", &[Val::I32(1 << 20)]).unwrap_err();
    assert!(
        matches!(&e, Error::Trap(trap) if trap.code() == TrapCode::GcOutOfMemory),
        "{e}"
    );
    let pre = t.struct_pre(PAIR);
    let bytes_pre = t.array_pre(BYTES);
    let e = ArrayRef::new(&mut t.store, &bytes_pre, &Val::I32(0), 3 << 20);
    assert!(e.is_err(), "the host's allocation is limited too");
    assert_eq!(
        t.call("long_list", &[Val::I32(1000)]).unwrap(),
        [Val::I32(1000)]
    );
    StructRef::new(&mut t.store, &pre, &[Val::I32(0), Val::AnyRef(None)]).unwrap();
}

#[test]
fn a_limiter_error_is_what_the_allocation_returns() {
    let limits = StoreLimitsBuilder::new()
        .memory_size(1 << 20)
        .trap_on_grow_failure(true)
        .build();
    let mut t = setup_with(&Config::new(), limits);
    t.store.limiter(|l| l);
    let e = t.call("long_list", &[Val::I32(1 << 20)]).unwrap_err();
    assert!(e.to_string().contains("forcing a trap"), "{e}");
    let bytes = t.array_pre(BYTES);
    let e = ArrayRef::new(&mut t.store, &bytes, &Val::I32(0), 2 << 20).unwrap_err();
    assert!(e.to_string().contains("forcing a trap"), "{e}");
    // Within the limit all is well, and a trap of its own is not the
    // limiter's.
    assert_eq!(
        t.call("long_list", &[Val::I32(1000)]).unwrap(),
        [Val::I32(1000)]
    );
    let e = ArrayRef::new(&mut t.store, &bytes, &Val::I32(0), u32::MAX).unwrap_err();
    assert!(
        matches!(&e, Error::Trap(trap) if trap.code() == TrapCode::GcOutOfMemory),
        "{e}"
    );
}
