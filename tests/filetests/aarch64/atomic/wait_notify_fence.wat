;;! expect_error = "unsupported"
;; The module of x64/atomic/wait_notify_fence.wat (its comment says what it exercises), compiled
;; for AArch64.
;; AArch64 does not implement this operator family yet: a clean error.
(module
  (memory 1 1 shared)
  (memory $m1 1 1 shared)
  (func (export "wait32") (param i32 i32 i64) (result i32) (memory.atomic.wait32 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "wait64_offset") (param i32 i64 i64) (result i32) (memory.atomic.wait64 offset=16 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "notify") (param i32 i32) (result i32) (memory.atomic.notify (local.get 0) (local.get 1)))
  (func (export "notify_m1_big_offset") (param i32) (result i32) (memory.atomic.notify $m1 offset=0xfffffff0 (local.get 0) (i32.const 1)))
  (func (export "fence") (atomic.fence)))
;; error: unsupported: MemoryAtomicWait32 (threads) (at offset 0x87)
