;;! target = "x86_64"
;;! expect_error = "unsupported"

(module
  (func (param i32) (result i32)
    (i32x4.extract_lane 0
      (i32x4.add (i32x4.splat (local.get 0)) (i32x4.splat (i32.const 1))))))
;; error: unsupported: simd (needs the ssse3 CPU feature) (at offset 0x1b)
