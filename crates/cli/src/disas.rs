//! `brisk disas`: print the machine code of each function.

use crate::codegen_args::CodegenArgs;
use brisk::Engine;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

/// Print each function's machine code, grouped by the Wasm operator (byte
/// offset in the module) each instruction group was generated for (not for
/// an artifact compiled without address maps: `brisk compile
/// --address-maps` keeps them).
#[derive(clap::Args)]
pub struct DisasArgs {
    /// The module (.wasm, .wat) or a `brisk compile` artifact.
    file: PathBuf,
    /// Also print each instruction's bytes.
    #[arg(long)]
    bytes: bool,
    #[command(flatten)]
    codegen: CodegenArgs,
}

pub fn run(args: DisasArgs) -> Result<(), String> {
    let engine = Engine::new(args.codegen.config()?.generate_address_map(true));
    let module = crate::load_module(&engine, &args.file)?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    match print(&args, module.compiled(), &mut out).and_then(|()| out.flush()) {
        // A reader that stops early (`brisk disas x.wasm | head`) is not an
        // error.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.to_string()),
        _ => Ok(()),
    }
}

fn print(
    args: &DisasArgs,
    compiled: &brisk_codegen::CompiledModule,
    out: &mut impl Write,
) -> std::io::Result<()> {
    if compiled.address_maps.is_empty() && !compiled.functions.is_empty() {
        writeln!(
            out,
            ";; no address maps in this artifact: instructions not grouped by Wasm operator"
        )?;
    }
    for i in 0..compiled.functions.len() {
        writeln!(out, "{}:", brisk_disas::function_name(compiled, i))?;
        let mut groups = compiled
            .address_map(i)
            .unwrap_or_default()
            .iter()
            .peekable();
        for line in brisk_disas::disassemble(compiled, i) {
            // A new group starts at each operator that emitted code.
            let mut wasm = None;
            while let Some(&&(w, c)) = groups.peek() {
                if c > line.offset {
                    break;
                }
                wasm = Some(w);
                groups.next();
            }
            if let Some(w) = wasm {
                writeln!(out, "  ;; wasm {w:#x}")?;
            }
            // 15 bytes, the longest x86-64 instruction, then a space.
            let bytes = if args.bytes {
                format!(
                    "{:<45} ",
                    line.bytes
                        .iter()
                        .map(|b| format!("{b:02x}"))
                        .collect::<Vec<_>>()
                        .join(" ")
                )
            } else {
                String::new()
            };
            writeln!(out, "  {:#08x}: {bytes}{}", line.offset, line.text)?;
        }
        writeln!(out)?;
    }
    Ok(())
}
