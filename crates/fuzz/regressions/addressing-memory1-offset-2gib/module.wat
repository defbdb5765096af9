;; Issue 13: an access to a memory other than 0 with a static offset of
;; 2^31 or more read the memory's base from host address `offset` (the
;; offset overwrote the definition pointer in the scratch register): a
;; sandbox escape, or "fault in generated code outside the trap table".
;; Memory 1 is past 2 GiB so that such an access can be in bounds; the
;; pinned parameter must come back unchanged too.
(module
  (memory $m0 1)
  (memory $m1 (export "m1") 32769)
  (func (export "load") (param i32) (result i32 i32)
    (i32.load $m1 offset=0x80000000 (local.get 0))
    (local.get 0))
  (func (export "store") (param i32 i64) (result i32)
    (i64.store $m1 offset=0x80000000 (local.get 0) (local.get 1))
    (local.get 0)))
