;; A wasi-threads program (hand-written: no wasi-threads toolchain here).
;; `_start` spawns 4 threads through `thread-spawn`; each adds 1 to a shared
;; counter 1,000,000 times with i32.atomic.rmw.add, then counts itself done
;; and wakes the main thread, which waits (memory.atomic.wait32) until all 4
;; are done and prints the counter: 4000000.
;;
;;   brisk run -S threads tests/wasi-threads/counter.wat
;;
;; Memory: [0] the counter, [4] threads done, [16] an iovec, [24] the
;; bytes written, [64..81) the decimal digits and a newline.
(module
  (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write"
    (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "env" "memory" (memory 1 1 shared))
  (export "memory" (memory 0))

  ;; A thread: `$n` increments, then done.
  (func (export "wasi_thread_start") (param $tid i32) (param $n i32)
    (loop $count
      (drop (i32.atomic.rmw.add (i32.const 0) (i32.const 1)))
      (br_if $count (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (drop (i32.atomic.rmw.add (i32.const 4) (i32.const 1)))
    (drop (memory.atomic.notify (i32.const 4) (i32.const 1))))

  (func (export "_start")
    (local $i i32) (local $done i32) (local $v i32) (local $p i32)
    (loop $spawn_all
      (if (i32.lt_s (call $spawn (i32.const 1000000)) (i32.const 1))
        (then unreachable))
      (br_if $spawn_all
        (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 4))))
    ;; Sleep until every thread is done; a notify between the load and the
    ;; wait makes the wait return "not equal" at once.
    (loop $wait
      (local.set $done (i32.atomic.load (i32.const 4)))
      (if (i32.lt_u (local.get $done) (i32.const 4))
        (then
          (drop (memory.atomic.wait32 (i32.const 4) (local.get $done) (i64.const -1)))
          (br $wait))))
    ;; The counter in decimal, backwards from the newline at 80.
    (local.set $v (i32.atomic.load (i32.const 0)))
    (local.set $p (i32.const 80))
    (i32.store8 (i32.const 80) (i32.const 10))
    (loop $digit
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i32.store8 (local.get $p)
        (i32.add (i32.const 48) (i32.rem_u (local.get $v) (i32.const 10))))
      (br_if $digit (local.tee $v (i32.div_u (local.get $v) (i32.const 10)))))
    (i32.store (i32.const 16) (local.get $p))
    (i32.store (i32.const 20) (i32.sub (i32.const 81) (local.get $p)))
    (drop (call $fd_write (i32.const 1) (i32.const 16) (i32.const 1) (i32.const 24)))))
