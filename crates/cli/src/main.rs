//! The `brisk` command-line tool.

mod codegen_args;
mod compile;
mod disas;
mod run;
mod wast;

use brisk::{Engine, Module};
use clap::{Parser, Subcommand};
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
    Wast(wast::WastArgs),
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Run(args) => run::run(args),
        Command::Compile(args) => compile::run(args),
        Command::Disas(args) => disas::run(args),
        Command::Wast(args) => wast::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}
