//! The `brisk` command-line tool.

mod bench;
mod codegen_args;
mod compile;
mod disas;
mod explore;
mod first_call;
mod fuzz;
mod measure;
mod progress;
mod run;
mod run_limits;
mod wast;

use brisk::{Engine, Module};
use clap::{Parser, Subcommand};
use std::borrow::Cow;
use std::path::Path;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "brisk",
    version,
    about = "A fast baseline WebAssembly compiler and runtime"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Run(run::RunArgs),
    Compile(compile::CompileArgs),
    Disas(disas::DisasArgs),
    Explore(explore::ExploreArgs),
    Fuzz(fuzz::FuzzArgs),
    Wast(wast::WastArgs),
    Bench(bench::BenchArgs),
    FirstCall(first_call::FirstCallArgs),
}

/// Reads a module from a .wasm, .wat or `brisk compile` artifact file.
pub fn load_module(engine: &Engine, path: &Path) -> Result<Module, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let module = if bytes.starts_with(b"BRISKART") {
        // SAFETY: the user asked to run this artifact; its header is checked
        // against the engine's settings, and brisk trusts its own output as
        // wasmtime's `--allow-precompiled` does.
        unsafe { Module::deserialize(engine, &bytes) }
    } else {
        Module::new(engine, &bytes)
    };
    module.map_err(|e| format!("{}: {e}", path.display()))
}

/// The Wasm binary of a .wasm or .wat file, or the one inside a
/// `brisk compile` artifact.
pub fn read_wasm(path: &Path) -> Result<Vec<u8>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let wasm = if bytes.starts_with(b"BRISKART") {
        brisk_codegen::artifact::wasm_of(&bytes)
            .map(<[u8]>::to_vec)
            .map_err(|e| e.to_string())
    } else {
        let from_text = match wat::parse_bytes(&bytes) {
            Ok(Cow::Borrowed(_)) => None,
            Ok(Cow::Owned(wasm)) => Some(Ok(wasm)),
            Err(e) => Some(Err(e.to_string())),
        };
        // A binary module is returned as read, not copied.
        from_text.unwrap_or(Ok(bytes))
    };
    wasm.map_err(|e| format!("{}: {e}", path.display()))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Run(args) => run::run(args),
        Command::Compile(args) => compile::run(args),
        Command::Disas(args) => disas::run(args),
        Command::Explore(args) => explore::run(args),
        Command::Fuzz(args) => fuzz::run(args),
        Command::Wast(args) => wast::run(args),
        Command::Bench(args) => bench::run(args),
        Command::FirstCall(args) => first_call::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}
