;; wasmi 2.0.0 panics ("internal error: entered unreachable code" in
;; `choose_store_op_vt`) translating a store whose address and value are
;; the same computed value and whose offset does not fit 16 bits. brisk and
;; wasmi 1.1.0 compile it: "f" stores x = (param == 0) at 70000 + x. The
;; fuzzer must tell this wasmi bug from a brisk crash.
(module
  (memory 2)
  (func (export "f") (param i32)
    (local i32)
    local.get 0
    i32.eqz
    local.tee 1
    local.get 1
    i32.store offset=70000))
