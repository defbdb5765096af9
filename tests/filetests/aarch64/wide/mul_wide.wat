;;! expect_error = "unsupported"
;; The module of x64/wide/mul_wide.wat (its comment says what it exercises), compiled
;; for AArch64.
;; AArch64 does not implement this operator family yet: a clean error.
(module
  (func (param i64 i64) (result i64 i64)
    (i64.mul_wide_s (local.get 0) (local.get 1)))
  (func (param i64) (result i64 i64)
    (i64.mul_wide_u (local.get 0) (i64.const -1))))
;; error: unsupported: i64.mul_wide_s (wide arithmetic) on this target (at offset 0x26)
