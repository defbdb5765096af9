;;! expect_error = "unsupported"
;; The module of x64/atomic/rmw_explicit.wat (its comment says what it exercises), compiled
;; for AArch64.
;; AArch64 does not implement this operator family yet: a clean error.
(module
  (memory 1 1 shared)
  (func (export "i32_add") (param i32) (result i32) (i32.atomic.rmw.add (local.get 0) (i32.const 1)))
  (func (export "i64_or16") (param i32 i64) (result i64) (i64.atomic.rmw16.or_u (local.get 0) (local.get 1))))
;; error: unsupported: I32AtomicRmwAdd (threads) (at offset 0x42)
