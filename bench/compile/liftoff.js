// V8 Liftoff's side of `brisk-bench-compile --cold` (see README.md): for
// each module named on the command line, in order, in this one process,
// the time of `new WebAssembly.Module(bytes)` the first time and again on
// the same bytes. Prints one line per module: wall and CPU time (user +
// sys of the process) of the first compile, then of the second, in
// nanoseconds.
//
// Run with node's flags for a single-threaded, eager Liftoff compile and no
// module cache (else the second compile finds the first's code):
//   node --liftoff --no-wasm-tier-up --no-wasm-lazy-compilation \
//        --single-threaded --no-wasm-native-module-cache-enabled liftoff.js FILES...
'use strict';
const fs = require('fs');

function cpuNs() {
  const { user, system } = process.cpuUsage();
  return BigInt(user + system) * 1000n;
}

function compileNs(bytes) {
  const cpu = cpuNs();
  const start = process.hrtime.bigint();
  new WebAssembly.Module(bytes);
  const wall = process.hrtime.bigint() - start;
  return `${wall} ${cpuNs() - cpu}`;
}

for (const file of process.argv.slice(2)) {
  const bytes = fs.readFileSync(file);
  const first = compileNs(bytes);
  const second = compileNs(bytes);
  console.log(`${first} ${second}`);
}
