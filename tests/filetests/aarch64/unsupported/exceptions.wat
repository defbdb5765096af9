;;! expect_error = "unsupported"
;; Exceptions are compiled for x86-64 only (x64/exceptions/): AArch64
;; answers Unsupported through OpFamily::Exceptions, naming the operator.
(module
  (tag $e (param i32))
  (func (param i32)
    (throw $e (local.get 0))))
;; error: unsupported: Throw (exceptions) (at offset 0x1f)
