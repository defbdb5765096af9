//! `brisk run`: compile a module, instantiate it and call an export; WASI
//! programs run as commands.

use crate::codegen_args::CodegenArgs;
use crate::run_limits::RunLimits;
use brisk::{Engine, Instance, Linker, Module, Store, Val, WasmType};
use brisk_wasi::{I32Exit, WasiCtx, WasiThreads};
use std::path::{Path, PathBuf};

/// Compile and instantiate a module (running its start function), then call
/// an exported function — the one named by `--invoke`, or `_start` — and
/// print its results, one per line. A module importing WASI
/// (`wasi_snapshot_preview1`) runs as a command: ARGS are its arguments and
/// `proc_exit`'s code is brisk's exit status.
#[derive(clap::Args)]
pub struct RunArgs {
    /// The module: binary (.wasm), text (.wat), or a `brisk compile` artifact.
    file: PathBuf,
    /// The exported function to call (default: `_start` if exported).
    #[arg(long)]
    invoke: Option<String>,
    /// Grant WASI programs the host directory HOST, seen as GUEST (default:
    /// HOST). Repeatable.
    #[arg(long = "dir", value_name = "HOST[::GUEST]")]
    dirs: Vec<String>,
    /// Set an environment variable for WASI programs (NAME alone passes
    /// brisk's own value). Repeatable.
    #[arg(long = "env", value_name = "NAME[=VALUE]")]
    envs: Vec<String>,
    /// Instantiate FILE first (it may import WASI) and make its exports
    /// importable as module NAME. Repeatable.
    #[arg(long = "preload", value_name = "NAME=FILE")]
    preloads: Vec<String>,
    /// A WASI option: `threads` enables wasi-threads (the `wasi`
    /// `thread-spawn` import, for a module importing a shared memory; each
    /// thread is a new instance of it; a trap or `proc_exit` in any thread
    /// ends the program). Repeatable.
    #[arg(short = 'S', value_name = "OPTION")]
    wasi_options: Vec<String>,
    /// With `--invoke` (or a `_start` without WASI), the function's
    /// arguments, one per parameter: integers in decimal or 0x hex, floats
    /// in decimal (`nan`, `inf` accepted). For a WASI program, its
    /// arguments. Everything from the first one on is an argument.
    #[arg(allow_hyphen_values = true, trailing_var_arg = true)]
    args: Vec<String>,
    #[command(flatten)]
    codegen: CodegenArgs,
}

fn parse_int(s: &str) -> Option<i128> {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let v = match digits.strip_prefix("0x") {
        Some(hex) => i128::from_str_radix(hex, 16).ok()?,
        None => digits.parse::<i128>().ok()?,
    };
    Some(if neg { -v } else { v })
}

fn parse_arg(s: &str, ty: WasmType) -> Result<Val, String> {
    let bad = || format!("cannot parse {s:?} as {ty:?}");
    match ty {
        WasmType::F32 => {
            return s
                .parse::<f32>()
                .map(|f| Val::F32(f.to_bits()))
                .map_err(|_| bad());
        }
        WasmType::F64 => {
            return s
                .parse::<f64>()
                .map(|f| Val::F64(f.to_bits()))
                .map_err(|_| bad());
        }
        // The bits as an unsigned integer (decimal, as wasmtime takes it,
        // or 0x hex), lane 0 in the low bits.
        WasmType::V128 => {
            let v = match s.strip_prefix("0x") {
                Some(hex) => u128::from_str_radix(hex, 16),
                None => s.parse::<u128>(),
            };
            return v.map(|v| Val::V128(v.into())).map_err(|_| bad());
        }
        _ => {}
    }
    let v = parse_int(s).ok_or_else(bad)?;
    match ty {
        // Accept both the signed and the unsigned reading of the bits.
        WasmType::I32 if (i32::MIN as i128..=u32::MAX as i128).contains(&v) => {
            Ok(Val::I32(v as u32 as i32))
        }
        WasmType::I64 if (i64::MIN as i128..=u64::MAX as i128).contains(&v) => {
            Ok(Val::I64(v as u64 as i64))
        }
        _ => Err(bad()),
    }
}

/// Why a run stopped early: the program exited, or something failed.
enum Stop {
    Exit(i32),
    Fail(String),
}

impl From<String> for Stop {
    fn from(e: String) -> Self {
        Stop::Fail(e)
    }
}

impl From<brisk::Error> for Stop {
    fn from(e: brisk::Error) -> Self {
        match I32Exit::of(&e) {
            Some(code) => Stop::Exit(code),
            None => Stop::Fail(e.to_string()),
        }
    }
}

/// Runs the module; a `proc_exit` ends brisk with its code.
pub fn run(args: RunArgs) -> Result<(), String> {
    match execute(&args) {
        Ok(()) => Ok(()),
        Err(Stop::Fail(e)) => Err(e),
        Err(Stop::Exit(code)) => {
            // Like wasmtime: the code is the status, with no message. The
            // WASI streams flush on every write.
            std::process::exit(code)
        }
    }
}

fn imports_wasi(module: &Module) -> bool {
    module.imports().any(|(m, _, _)| m == brisk_wasi::MODULE)
}

/// What the WASI context of a run, and of each of its threads, is made
/// from.
#[derive(Clone)]
struct WasiSpec {
    file: PathBuf,
    args: Vec<String>,
    envs: Vec<String>,
    dirs: Vec<String>,
}

impl WasiSpec {
    fn of(args: &RunArgs) -> WasiSpec {
        WasiSpec {
            file: args.file.clone(),
            args: args.args.clone(),
            envs: args.envs.clone(),
            dirs: args.dirs.clone(),
        }
    }
}

/// Whether the `-S` options turn wasi-threads on.
fn wasi_threads(options: &[String]) -> Result<bool, String> {
    let mut threads = false;
    for option in options {
        match option.as_str() {
            "threads" | "threads=y" => threads = true,
            "threads=n" => threads = false,
            other => return Err(format!("unknown WASI option -S {other} (known: threads)")),
        }
    }
    Ok(threads)
}

/// The WASI view of the host that the flags describe.
fn wasi_ctx(args: &WasiSpec) -> Result<WasiCtx, String> {
    let mut ctx = WasiCtx::new();
    ctx.arg(args.file.to_string_lossy());
    for arg in &args.args {
        ctx.arg(arg.as_str());
    }
    for env in &args.envs {
        match env.split_once('=') {
            Some((name, value)) => ctx.env(name, value),
            None => match std::env::var(env) {
                Ok(value) => ctx.env(env, &value),
                Err(_) => &mut ctx,
            },
        };
    }
    for dir in &args.dirs {
        let (host, guest) = dir.split_once("::").unwrap_or((dir, dir));
        ctx.preopen_host_dir(Path::new(host), guest)
            .map_err(|e| format!("--dir {host}: {e}"))?;
    }
    Ok(ctx)
}

fn execute(args: &RunArgs) -> Result<(), Stop> {
    let engine = Engine::new(&args.codegen.config()?);
    let module = crate::load_module(&engine, &args.file)?;
    let preloads = args
        .preloads
        .iter()
        .map(|spec| {
            let (name, file) = spec
                .split_once('=')
                .ok_or_else(|| format!("--preload {spec}: expected NAME=FILE"))?;
            Ok((name, crate::load_module(&engine, Path::new(file))?))
        })
        .collect::<Result<Vec<_>, String>>()?;
    let threads = wasi_threads(&args.wasi_options)?;
    let limits = args.codegen.run_limits()?;
    if threads && limits != RunLimits::default() {
        let e = "-W timeout and -W fuel do not apply to wasi-threads (-S threads) yet";
        return Err(Stop::Fail(e.into()));
    }
    let wasi = threads || imports_wasi(&module) || preloads.iter().any(|(_, m)| imports_wasi(m));
    let spec = WasiSpec::of(args);
    let mut store = Store::new(&engine, wasi_ctx(&spec)?);
    limits.apply(&engine, &mut store)?;
    let mut linker = Linker::new();
    if wasi {
        brisk_wasi::add_to_linker(&mut linker, &mut store, |ctx| ctx);
    }
    if threads {
        let threads = WasiThreads::new(&engine, &module, move || wasi_ctx(&spec))?;
        threads.add_to_linker(&mut linker, &mut store);
    }
    for (name, preload) in &preloads {
        let instance = linker.instantiate(&mut store, preload)?;
        // A reactor's initializer, as wasmtime runs it.
        if let Some(init) = instance.get_func(&mut store, "_initialize") {
            init.call(&mut store, &[], &mut [])?;
        }
        linker.instance(&mut store, name, instance);
    }
    let instance = linker.instantiate(&mut store, &module)?;
    // A WASI command's ARGS are its own, not `_start`'s parameters.
    let command = wasi && args.invoke.is_none();
    let name = match &args.invoke {
        Some(name) => name.as_str(),
        None if instance.get_func(&mut store, "_start").is_some() => "_start",
        None if args.args.is_empty() || command => return Ok(()),
        None => {
            let e = "arguments given but no --invoke and no _start export";
            return Err(Stop::Fail(e.into()));
        }
    };
    let texts = if command { &[][..] } else { &args.args[..] };
    call(&mut store, instance, name, texts)
}

/// Calls export `name` with arguments parsed from `texts` and prints its
/// results.
fn call<T: 'static>(
    store: &mut Store<T>,
    instance: Instance,
    name: &str,
    texts: &[String],
) -> Result<(), Stop> {
    let func = instance
        .get_func(&mut *store, name)
        .ok_or_else(|| format!("no exported function named {name:?}"))?;
    let ty = func.ty(&*store);
    if texts.len() != ty.params.len() {
        return Err(Stop::Fail(format!(
            "{name} expects {} arguments, got {}",
            ty.params.len(),
            texts.len()
        )));
    }
    let params = texts
        .iter()
        .zip(&ty.params)
        .map(|(s, t)| parse_arg(s, *t))
        .collect::<Result<Vec<_>, _>>()?;
    let mut results: Vec<Val> = ty.results.iter().map(|t| Val::default_for(*t)).collect();
    func.call(&mut *store, &params, &mut results)?;
    for r in results {
        println!("{}", display(r));
    }
    Ok(())
}

fn display(v: Val) -> String {
    match v {
        Val::I32(v) => v.to_string(),
        Val::I64(v) => v.to_string(),
        Val::F32(bits) => f32::from_bits(bits).to_string(),
        Val::F64(bits) => f64::from_bits(bits).to_string(),
        // As wasmtime prints it: the bits as a decimal u128.
        Val::V128(v) => v.as_u128().to_string(),
        Val::FuncRef(f) => if f.is_some() {
            "funcref"
        } else {
            "null funcref"
        }
        .to_string(),
        Val::ExternRef(e) => if e.is_some() {
            "externref"
        } else {
            "null externref"
        }
        .to_string(),
        Val::ExnRef(e) => if e.is_some() { "exnref" } else { "null exnref" }.to_string(),
        Val::AnyRef(Some(a)) => match a.as_i31() {
            Some(i) => format!("i31 {}", i.get_i32()),
            None => "anyref".to_string(),
        },
        Val::AnyRef(None) => "null anyref".to_string(),
    }
}
