;;! expect_error = "unsupported"
;; The module of x64/tail_call/import_and_indirect.wat (its comment says what it exercises), compiled
;; for AArch64.
;; AArch64 does not implement this operator family yet: a clean error.
(module
  (import "env" "f" (func $f (param i32) (result i32)))
  (type $t (func (param i32) (result i32)))
  (table 1 funcref)
  (memory 1)
  (func $to_import (param i32) (result i32)
    (return_call $f (local.get 0)))
  (func $through_table (param i32 i32) (result i32)
    (return_call_indirect (type $t) (local.get 0) (local.get 1)))
  (func $direct (param i32) (result i32)
    (i32.add (call $to_import (local.get 0)) (i32.load (i32.const 0)))))
;; error: unsupported: return_call (tail calls) on this target (at offset 0x39)
