;;! expect_error = "unsupported"
;; The module of x64/tail_call/same_args.wat (its comment says what it exercises), compiled
;; for AArch64.
;; AArch64 does not implement this operator family yet: a clean error.
(module
  (func $loop (param i64 i64) (result i64)
    (if (result i64) (i64.eqz (local.get 0))
      (then (local.get 1))
      (else
        (return_call $loop
          (i64.sub (local.get 0) (i64.const 1))
          (i64.add (local.get 1) (local.get 0)))))))
;; error: unsupported: return_call (tail calls) on this target (at offset 0x2c)
