;;! expect_error = "unsupported"
;; The module of x64/atomic/loads_stores_explicit.wat (its comment says what it exercises), compiled
;; for AArch64.
;; AArch64 does not implement this operator family yet: a clean error.
(module
  (memory 1 1 shared)
  (func (export "i32_load") (param i32) (result i32) (i32.atomic.load (local.get 0)))
  (func (export "i64_load16_u") (param i32) (result i64) (i64.atomic.load16_u offset=2 (local.get 0)))
  (func (export "i32_store") (param i32 i32) (i32.atomic.store (local.get 0) (local.get 1)))
  (func (export "i64_store8") (param i32 i64) (i64.atomic.store8 offset=3 (local.get 0) (local.get 1))))
;; error: unsupported: I32AtomicLoad (threads) (at offset 0x69)
