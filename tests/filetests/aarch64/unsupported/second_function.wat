;;! expect_error = "unsupported"
;; The module of x64/unsupported/second_function.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (result i32) (i32.const 1))
  (func (param i32) (result i32)
    (i32x4.extract_lane 1 (i32x4.splat (local.get 0)))))
;; error: unsupported: I32x4Splat (simd) (at offset 0x25)
