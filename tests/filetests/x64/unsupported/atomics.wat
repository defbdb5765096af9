;;! target = "x86_64"
;;! expect_error = "unsupported"

(module
  (memory 1 1 shared)
  (func (param i32) (result i32)
    (i32.atomic.load (local.get 0))))
;; error: unsupported: I32AtomicLoad (threads) (at offset 0x21)
