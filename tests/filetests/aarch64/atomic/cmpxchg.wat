;;! bounds = "guard"
;;! expect_error = "unsupported"
;; The module of x64/atomic/cmpxchg.wat (its comment says what it exercises), compiled
;; for AArch64.
;; AArch64 does not implement this operator family yet: a clean error.
(module
  (memory 1 1 shared)
  (func (export "i32") (param i32 i32 i32) (result i32) (i32.atomic.rmw.cmpxchg (local.get 0) (local.get 1) (local.get 2)))
  (func (export "i64") (param i32 i64 i64) (result i64) (i64.atomic.rmw.cmpxchg (local.get 0) (local.get 1) (local.get 2)))
  (func (export "i32_8") (param i32 i32 i32) (result i32) (i32.atomic.rmw8.cmpxchg_u (local.get 0) (local.get 1) (local.get 2)))
  (func (export "i64_16") (param i32 i64 i64) (result i64) (i64.atomic.rmw16.cmpxchg_u (local.get 0) (local.get 1) (local.get 2)))
  (func (export "i64_32") (param i32 i64 i64) (result i64) (i64.atomic.rmw32.cmpxchg_u (local.get 0) (local.get 1) (local.get 2))))
;; error: unsupported: I32AtomicRmwCmpxchg (threads) (at offset 0x5b)
