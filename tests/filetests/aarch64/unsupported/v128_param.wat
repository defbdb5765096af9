;;! expect_error = "simd"
;; The module of x64/unsupported/v128_param.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (param v128) (result i32)
    (i32.const 0)))
;; error: unsupported: simd (v128 values) (at offset 0x18)
