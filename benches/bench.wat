;; The `bench` module sightglass programs import: they call `start` and
;; `end` once each around the measured region. Run them with
;;   brisk run --dir . --preload bench=benches/bench.wat benchmark.wasm
(module
  (func (export "start"))
  (func (export "end")))
