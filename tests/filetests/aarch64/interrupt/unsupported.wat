;;! epoch = "on"
;;! fuel = "on"
;;! expect_error = "unsupported"
;; AArch64 emits no epoch or fuel checks yet: a clean Unsupported error.
(module (func (loop $l (br $l))))
;; error: unsupported: epoch interruption (on this target) (at offset 0x0)
