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
use std::io::Read;
use std::os::unix::fs::FileExt;
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
    wasm_of_file(path, bytes)
}

/// [`read_wasm`] for compiling to an artifact: the payloads of the custom
/// sections the artifact leaves out (debug information) are not read but
/// left zero (`artifact::read_kept`), the rest as `read_wasm` reads it.
pub fn read_wasm_for_artifact(path: &Path) -> Result<Vec<u8>, String> {
    let read = |mut file: std::fs::File| -> std::io::Result<Vec<u8>> {
        let len = usize::try_from(file.metadata()?.len()).unwrap_or(usize::MAX);
        let kept = brisk_codegen::artifact::read_kept(len, |buf, at| file.read_exact_at(buf, at));
        match kept {
            Some(wasm) => Ok(wasm),
            // Anything else is read whole, as `std::fs::read` does (the
            // file's position is still at its start).
            None => {
                let mut bytes = Vec::new();
                file.read_to_end(&mut bytes).map(|_| bytes)
            }
        }
    };
    let bytes = std::fs::File::open(path)
        .and_then(read)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    wasm_of_file(path, bytes)
}

/// The Wasm binary in `bytes`, read from `path`.
fn wasm_of_file(path: &Path, bytes: Vec<u8>) -> Result<Vec<u8>, String> {
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
