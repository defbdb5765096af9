//! `brisk compile`: compile a module ahead of time into an artifact.

use crate::codegen_args::CodegenArgs;
use brisk::Engine;
use std::path::PathBuf;

/// Compile a module to an artifact that `brisk run` (or
/// `Module::deserialize`) loads without compiling again. The artifact
/// records brisk's version, the target, the CPU features and the bounds-check
/// mode; loading it with any other settings is refused.
#[derive(clap::Args)]
pub struct CompileArgs {
    /// The module, in the binary (.wasm) or text (.wat) format. Custom
    /// sections after the code section other than `name` (debug
    /// information) are left out of the artifact, and not even read.
    file: PathBuf,
    /// Where to write the artifact (default: FILE with the extension .brisk).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Keep each function's address map (Wasm operator offsets to code
    /// offsets) in the artifact, for `brisk disas` and `brisk explore` of
    /// the artifact; no effect on the code.
    #[arg(long)]
    address_maps: bool,
    #[command(flatten)]
    codegen: CodegenArgs,
}

pub fn run(args: CompileArgs) -> Result<(), String> {
    let engine = Engine::new(
        args.codegen
            .config()?
            .generate_address_map(args.address_maps),
    );
    // An artifact given as input is compiled again from its Wasm binary.
    let wasm = crate::read_wasm_for_artifact(&args.file)?;
    // Compiled, not loaded: the code is written, never run here.
    let precompiled = engine
        .precompile(&wasm)
        .map_err(|e| format!("{}: {e}", args.file.display()))?;
    let out = args
        .output
        .unwrap_or_else(|| args.file.with_extension("brisk"));
    let written = std::fs::File::create(&out)
        .and_then(|mut file| precompiled.write_to(&mut file))
        .map_err(|e| format!("cannot write {}: {e}", out.display()));
    // The process exits next (the file is written and closed): the
    // compiled module, the binary and the engine are left to the kernel,
    // as clang's -disable-free does, instead of freeing their large
    // blocks (a munmap each) just before exit unmaps everything anyway.
    std::mem::forget(precompiled);
    std::mem::forget(wasm);
    std::mem::forget(engine);
    written
}
