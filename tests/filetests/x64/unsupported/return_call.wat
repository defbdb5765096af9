;;! target = "x86_64"
;;! expect_error = "unsupported"

;; Tail calls.
(module
  (func $f (param i32) (result i32) (local.get 0))
  (func (param i32) (result i32)
    (return_call $f (local.get 0))))
;; error: unsupported: ReturnCall (tail_call) (at offset 0x21)
