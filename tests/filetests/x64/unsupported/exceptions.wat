;;! target = "x86_64"
;;! expect_error = "unsupported"

(module
  (tag $e (param i32))
  (func (param i32)
    (throw $e (local.get 0))))
;; error: unsupported: exception tags (at offset 0x15)
