;;! expect_error = "unsupported"
;; The module of x64/tail_call/grow_shrink.wat (its comment says what it exercises), compiled
;; for AArch64.
;; AArch64 does not implement this operator family yet: a clean error.
(module
  (func $three (param i32 i32 i32) (result i32 i64)
    (i32.add (i32.add (local.get 0) (local.get 1)) (local.get 2))
    (i64.const 7))
  (func $one (param i32) (result i32 i64)
    (return_call $three (local.get 0) (i32.const 2) (i32.const 3)))
  (func $four (param i32 i32 i32 i32) (result i32 i64)
    (return_call $one (i32.add (local.get 0) (local.get 3)))))
;; error: unsupported: return_call (tail calls) on this target (at offset 0x40)
