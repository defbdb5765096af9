;;! bounds = "guard"
;;! expect_error = "unsupported"
;; The module of x64/atomic/rmw.wat (its comment says what it exercises), compiled
;; for AArch64.
;; AArch64 does not implement this operator family yet: a clean error.
(module
  (memory 1 1 shared)
  (func (export "i32_add") (param i32 i32) (result i32) (i32.atomic.rmw.add (local.get 0) (local.get 1)))
  (func (export "i64_sub") (param i32 i64) (result i64) (i64.atomic.rmw.sub (local.get 0) (local.get 1)))
  (func (export "i32_add8") (param i32 i32) (result i32) (i32.atomic.rmw8.add_u (local.get 0) (local.get 1)))
  (func (export "i64_sub16") (param i32 i64) (result i64) (i64.atomic.rmw16.sub_u (local.get 0) (local.get 1)))
  (func (export "i64_xchg32") (param i32 i64) (result i64) (i64.atomic.rmw32.xchg_u (local.get 0) (local.get 1)))
  (func (export "i32_xchg16") (param i32 i32) (result i32) (i32.atomic.rmw16.xchg_u (local.get 0) (local.get 1)))
  (func (export "i32_and") (param i32 i32) (result i32) (i32.atomic.rmw.and (local.get 0) (local.get 1)))
  (func (export "i64_or") (param i32 i64) (result i64) (i64.atomic.rmw.or (local.get 0) (local.get 1)))
  (func (export "i32_xor8") (param i32 i32) (result i32) (i32.atomic.rmw8.xor_u (local.get 0) (local.get 1)))
  (func (export "i64_and32") (param i32 i64) (result i64) (i64.atomic.rmw32.and_u offset=4 (local.get 0) (local.get 1))))
;; error: unsupported: I32AtomicRmwAdd (threads) (at offset 0xa5)
