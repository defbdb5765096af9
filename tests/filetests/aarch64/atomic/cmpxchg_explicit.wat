;;! expect_error = "unsupported"
;; The module of x64/atomic/cmpxchg_explicit.wat (its comment says what it exercises), compiled
;; for AArch64.
;; AArch64 does not implement this operator family yet: a clean error.
(module
  (memory 1 1 shared)
  (func (export "i64_32") (param i32 i64 i64) (result i64) (i64.atomic.rmw32.cmpxchg_u offset=8 (local.get 0) (local.get 1) (local.get 2))))
;; error: unsupported: I64AtomicRmw32CmpxchgU (threads) (at offset 0x33)
