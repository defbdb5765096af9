;; wasmi 2.0.0 miscompiles a `select` whose result goes straight into a
;; local by `local.set` when a non-constant value (here `global.get`) is
;; below it on the stack: "f" should return 7 + 1 = 8, wasmi 2.0.0 returns
;; 7 (wasmi 1.1.0 and brisk return 8). The fuzzer must tell this wasmi
;; bug from a brisk mismatch.
(module
  (global $g (mut i32) (i32.const 7))
  (func (export "f") (result i32)
    (local i32 i32)
    global.get $g
    i32.const 1
    local.get 0
    local.get 1
    i32.eqz
    select
    local.set 0
    local.get 0
    i32.add))
