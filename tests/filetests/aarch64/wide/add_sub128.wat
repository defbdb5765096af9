;;! expect_error = "unsupported"
;; The module of x64/wide/add_sub128.wat (its comment says what it exercises), compiled
;; for AArch64.
;; AArch64 does not implement this operator family yet: a clean error.
(module
  (func (param i64 i64 i64 i64) (result i64 i64)
    (i64.add128 (local.get 0) (local.get 1) (local.get 2) (local.get 3)))
  (func (param i64 i64 i64 i64) (result i64 i64)
    (i64.sub128 (local.get 0) (local.get 1) (local.get 2) (local.get 3))))
;; error: unsupported: i64.add128 (wide arithmetic) on this target (at offset 0x26)
