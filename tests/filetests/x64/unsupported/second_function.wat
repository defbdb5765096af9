;;! target = "x86_64"
;;! expect_error = "unsupported"

;; The first unsupported function makes the whole module fail.
(module
  (func (result i32) (i32.const 1))
  (func (param i32) (result i32)
    (i32x4.extract_lane 1 (i32x4.splat (local.get 0)))))
;; error: unsupported: simd (needs the ssse3 CPU feature) (at offset 0x25)
