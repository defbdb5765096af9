;;! expect_error = "unsupported"
;; The module of x64/unsupported/exceptions.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (tag $e (param i32))
  (func (param i32)
    (throw $e (local.get 0))))
;; error: unsupported: exception tags (at offset 0x15)
