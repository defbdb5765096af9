;;! bounds = "guard"
;;! expect_error = "unsupported"
;; The module of x64/atomic/loads_stores.wat (its comment says what it exercises), compiled
;; for AArch64.
;; AArch64 does not implement this operator family yet: a clean error.
(module
  (memory 1 1 shared)
  (func (export "i32_load") (param i32) (result i32) (i32.atomic.load (local.get 0)))
  (func (export "i64_load") (param i32) (result i64) (i64.atomic.load (local.get 0)))
  (func (export "i32_load8_u") (param i32) (result i32) (i32.atomic.load8_u (local.get 0)))
  (func (export "i32_load16_u") (param i32) (result i32) (i32.atomic.load16_u (local.get 0)))
  (func (export "i64_load32_u") (param i32) (result i64) (i64.atomic.load32_u (local.get 0)))
  (func (export "i32_load_offset") (param i32) (result i32) (i32.atomic.load offset=6 (local.get 0)))
  (func (export "i32_load_const") (result i32) (i32.atomic.load (i32.const 8)))
  (func (export "i32_store") (param i32 i32) (i32.atomic.store (local.get 0) (local.get 1)))
  (func (export "i64_store") (param i32 i64) (i64.atomic.store (local.get 0) (local.get 1)))
  (func (export "i32_store8") (param i32 i32) (i32.atomic.store8 (local.get 0) (local.get 1)))
  (func (export "i64_store16") (param i32 i64) (i64.atomic.store16 (local.get 0) (local.get 1)))
  (func (export "i64_store32_const") (param i32) (i64.atomic.store32 (local.get 0) (i64.const 7))))
;; error: unsupported: I32AtomicLoad (threads) (at offset 0xf3)
