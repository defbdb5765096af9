;;! target = "x86_64"
;;! expect_error = "simd"

;; A v128 in a signature is rejected before any operator.
(module
  (func (param v128) (result i32)
    (i32.const 0)))
;; error: unsupported: simd (needs the ssse3 CPU feature) (at offset 0x18)
