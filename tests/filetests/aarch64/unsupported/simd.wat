;;! expect_error = "unsupported"
;; The module of x64/unsupported/simd.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (param i32) (result i32)
    (i32x4.extract_lane 0
      (i32x4.add (i32x4.splat (local.get 0)) (i32x4.splat (i32.const 1))))))
;; error: unsupported: I32x4Splat (simd) (at offset 0x1b)
