//! What `wasmtime compile -C compiler=winch -C parallel-compilation=n FILE
//! -o OUT` does, for the whole-process side of `brisk-bench-compile
//! --cold` (the Wasmtime CLI is not built here): a `Config` with Winch,
//! the `Engine`, reading the module, `Engine::precompile_module` and
//! writing the .cwasm. The CLI's own start-up (argument parsing, logging
//! set-up, a larger binary to load) is left out, which only makes Winch's
//! process faster.
//!
//! Usage: winch-compile [--parallel] FILE OUT

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let parallel = match args.first().map(String::as_str) {
        Some("--parallel") => {
            args.remove(0);
            true
        }
        _ => false,
    };
    let [file, out] = &args[..] else {
        eprintln!("usage: winch-compile [--parallel] FILE OUT");
        return ExitCode::from(2);
    };
    let compile = || -> Result<(), String> {
        let mut config = wasmtime::Config::new();
        config
            .strategy(wasmtime::Strategy::Winch)
            .parallel_compilation(parallel);
        let engine = wasmtime::Engine::new(&config).map_err(|e| format!("{e:#}"))?;
        let wasm = std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
        let artifact = engine
            .precompile_module(&wasm)
            .map_err(|e| format!("{file}: {e:#}"))?;
        std::fs::write(out, artifact).map_err(|e| format!("cannot write {out}: {e}"))
    };
    match compile() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
