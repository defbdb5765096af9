//! Compile throughput of brisk against Wasmtime's Winch and Cranelift, all
//! in one run on the same modules. See README.md.

// The brisk side is `brisk bench`'s own code: the same timed path, the same
// code-section count and table format.
#[path = "../../../crates/cli/src/measure.rs"]
mod measure;

mod cold;

use clap::{Parser, ValueEnum};
use measure::{Table, ms, rate};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Measure compile throughput of brisk, Wasmtime's Winch and Wasmtime's
/// Cranelift on the same modules.
///
/// Timed: from module bytes in memory to a finished artifact in memory
/// (brisk: `compile_module` and `artifact::serialize`, as in `brisk
/// compile`; Wasmtime: `Engine::precompile_module`), on one thread and in
/// parallel, the minimum of several runs. Throughput = code-section bytes /
/// time. A module a compiler rejects is skipped for it, with a note.
#[derive(Parser)]
struct Args {
    /// .wasm files, or directories searched recursively for them (default:
    /// the sightglass modules in ../shared/sightglass beside the brisk
    /// repository).
    files: Vec<PathBuf>,
    /// Runs per module, compiler and thread count for brisk and Winch; the
    /// fastest is reported.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..))]
    runs: u32,
    /// Runs for Cranelift, which is much slower.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..))]
    cranelift_runs: u32,
    /// The compilers to measure, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "brisk,winch,cranelift")]
    compilers: Vec<Compiler>,
    /// Print Markdown tables (for the README) instead of aligned text.
    #[arg(long)]
    markdown: bool,
    /// Leave out the modules that use SIMD (that do not validate without
    /// the SIMD proposals).
    #[arg(long)]
    scalar: bool,
    /// Cold compiles instead, single-threaded: whole `brisk compile`
    /// processes against whole Winch compile processes, and brisk's first
    /// compile in a process against V8 Liftoff's (see README.md).
    #[arg(long)]
    cold: bool,
    /// With --cold: the brisk binary (default: target/release/brisk of this
    /// repository).
    #[arg(long)]
    brisk: Option<PathBuf>,
    /// With --cold: the node binary for Liftoff.
    #[arg(long, default_value = "node")]
    node: PathBuf,
}

#[derive(ValueEnum, Clone, Copy, PartialEq, Eq)]
enum Compiler {
    Brisk,
    Winch,
    Cranelift,
}

impl Compiler {
    fn name(self) -> &'static str {
        match self {
            Compiler::Brisk => "brisk",
            Compiler::Winch => "Winch",
            Compiler::Cranelift => "Cranelift",
        }
    }
}

/// One compiler at one thread setting.
struct Setup {
    compiler: Compiler,
    parallel: bool,
    /// `None` for brisk.
    engine: Option<wasmtime::Engine>,
    runs: usize,
}

impl Setup {
    fn new(compiler: Compiler, parallel: bool, args: &Args) -> Result<Setup, String> {
        let strategy = match compiler {
            Compiler::Brisk => None,
            Compiler::Winch => Some(wasmtime::Strategy::Winch),
            Compiler::Cranelift => Some(wasmtime::Strategy::Cranelift),
        };
        let engine = strategy
            .map(|s| {
                let mut config = wasmtime::Config::new();
                config.strategy(s).parallel_compilation(parallel);
                wasmtime::Engine::new(&config).map_err(|e| e.to_string())
            })
            .transpose()?;
        let runs = match compiler {
            Compiler::Cranelift => args.cranelift_runs,
            _ => args.runs,
        };
        Ok(Setup {
            compiler,
            parallel,
            engine,
            runs: runs as usize,
        })
    }

    /// The timed part: bytes in memory to artifact in memory.
    fn compile(&self, wasm: &[u8]) -> Result<Vec<u8>, String> {
        match &self.engine {
            None => measure::brisk_artifact(wasm, brisk_codegen::Target::host(), self.parallel),
            Some(engine) => engine.precompile_module(wasm).map_err(|e| format!("{e:#}")),
        }
    }

    /// Bytes of machine code of the module's functions in an artifact,
    /// without padding: brisk's per-function lengths, the sizes of the
    /// `wasm[0]::function[N]` symbols in Wasmtime's ELF file.
    fn code_size(&self, artifact: &[u8]) -> Result<usize, String> {
        use object::{Object, ObjectSymbol};
        if self.engine.is_none() {
            return measure::brisk_code_size(
                artifact,
                brisk_codegen::Target::host(),
                self.parallel,
            );
        }
        let elf = object::read::elf::ElfFile64::<object::Endianness>::parse(artifact)
            .map_err(|e| e.to_string())?;
        let functions = elf
            .symbols()
            .filter(|s| s.name().is_ok_and(|n| n.starts_with("wasm[0]::function[")));
        Ok(functions.map(|s| s.size() as usize).sum())
    }

    fn measure(&self, wasm: &[u8]) -> Result<Measured, String> {
        let (time, artifact) = measure::min_time(self.runs, || self.compile(wasm))?;
        Ok(Measured {
            time,
            code_size: self.code_size(&artifact)?,
        })
    }
}

struct Measured {
    time: Duration,
    code_size: usize,
}

struct Module {
    name: String,
    code_bytes: u64,
    /// Per setup, in the order of `setups`.
    results: Vec<Result<Measured, String>>,
}

fn main() {
    if let Err(e) = run(Args::parse()) {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

fn run(args: Args) -> Result<(), String> {
    let paths = match args.files.is_empty() {
        true => sightglass()?,
        false => args.files.clone(),
    };
    if args.cold {
        let exe = std::env::current_exe().map_err(|e| e.to_string())?;
        let programs = cold::Programs {
            brisk: args.brisk.clone().unwrap_or_else(|| {
                concat!(env!("CARGO_MANIFEST_DIR"), "/../../target/release/brisk").into()
            }),
            winch: exe.with_file_name("winch-compile"),
            node: args.node.clone(),
        };
        let modules = select_modules(&args, &paths)?;
        return cold::run(&programs, &modules, args.runs as usize, args.markdown);
    }
    let mut setups = Vec::new();
    for parallel in [false, true] {
        for &compiler in &args.compilers {
            setups.push(Setup::new(compiler, parallel, &args)?);
        }
    }
    // A one-line progress report, on a terminal only.
    let progress = std::io::stderr().is_terminal();
    let mut modules = Vec::new();
    for (name, path) in select_modules(&args, &paths)? {
        let wasm = std::fs::read(&path).map_err(|e| format!("cannot read {name}: {e}"))?;
        let code_bytes = measure::code_section_size(&wasm).map_err(|e| format!("{name}: {e}"))?;
        let mut results: Vec<Result<Measured, String>> = Vec::new();
        for (i, setup) in setups.iter().enumerate() {
            if progress {
                let (c, t) = (setup.compiler.name(), threads(setup.parallel));
                eprint!("\r\x1b[K{name}: {c} {t}");
            }
            // A module one compiler rejects on one thread it rejects on all.
            let rejected = setups[..i]
                .iter()
                .zip(&results)
                .find(|(s, r)| s.compiler == setup.compiler && r.is_err());
            results.push(match rejected {
                Some((_, Err(e))) => Err(e.clone()),
                _ => setup.measure(&wasm),
            });
        }
        modules.push(Module {
            name,
            code_bytes,
            results,
        });
    }
    if progress {
        eprint!("\r\x1b[K");
    }
    report(&args, &setups, &modules);
    Ok(())
}

/// The modules to measure: (name, path); with `--scalar`, those that
/// validate without SIMD.
fn select_modules(args: &Args, paths: &[PathBuf]) -> Result<Vec<(String, PathBuf)>, String> {
    let mut modules = measure::find_wasm(paths)?;
    if args.scalar {
        let scalar = wasmparser::WasmFeatures::all()
            - wasmparser::WasmFeatures::SIMD
            - wasmparser::WasmFeatures::RELAXED_SIMD;
        let mut kept = Vec::new();
        for (name, path) in modules {
            let wasm = std::fs::read(&path).map_err(|e| format!("cannot read {name}: {e}"))?;
            if wasmparser::Validator::new_with_features(scalar)
                .validate_all(&wasm)
                .is_ok()
            {
                kept.push((name, path));
            }
        }
        modules = kept;
    }
    Ok(modules)
}

/// The benchmark folders of ../shared/sightglass, so that modules are named
/// like `shootout/shootout-fib2.wasm`.
fn sightglass() -> Result<Vec<PathBuf>, String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/sightglass");
    let entries = std::fs::read_dir(root).map_err(|e| format!("cannot read {root}: {e}"))?;
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    Ok(dirs)
}

fn threads(parallel: bool) -> String {
    match parallel {
        false => "1 thread".into(),
        true => format!("{} threads", cores()),
    }
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn cpu_model() -> String {
    let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    info.lines()
        .find_map(|l| l.strip_prefix("model name"))
        .and_then(|l| l.split_once(':'))
        .map_or("unknown CPU".into(), |(_, m)| m.trim().to_string())
}

/// Today's date (UTC) as YYYY-MM-DD.
fn today() -> String {
    let days = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year}-{month:02}-{day:02}")
}

fn report(args: &Args, setups: &[Setup], modules: &[Module]) {
    let heading = |s: &str| match args.markdown {
        true => format!("\n#### {s}\n\n"),
        false => format!("\n{s}:\n"),
    };
    println!(
        "{}, {} cores; {}; brisk (this tree) vs wasmtime 48.0.8",
        cpu_model(),
        cores(),
        today()
    );
    let cranelift = match args.compilers.contains(&Compiler::Cranelift) {
        true => format!(" ({} for Cranelift)", args.cranelift_runs),
        false => String::new(),
    };
    println!(
        "Time: bytes in memory to artifact in memory, min of {} runs{cranelift}. \
         MB/s = code-section bytes / 10^6 / s.",
        args.runs
    );
    // Totals and geomeans only over the modules every compiler took, so
    // that each compiler is summed over the same work.
    let common: Vec<&Module> = modules
        .iter()
        .filter(|m| m.results.iter().all(Result::is_ok))
        .collect();
    println!(
        "Summary rows over the {} of {} modules all compilers accepted.",
        common.len(),
        modules.len()
    );
    for parallel in [false, true] {
        print!("{}", heading(&threads(parallel)));
        print!(
            "{}",
            time_table(args, setups, modules, &common, parallel).render(args.markdown)
        );
    }
    print!("{}", heading("Machine code of the functions (bytes)"));
    let sizes = size_table(args, setups, modules);
    print!("{}", sizes.render(args.markdown));
    println!(
        "\nWithout alignment padding and, for Wasmtime, without trampolines: \
         the sizes of the wasm[0]::function[N] symbols in its artifact."
    );
    let mut notes = Vec::new();
    for m in modules {
        for (s, r) in setups.iter().zip(&m.results) {
            if let (false, Err(e)) = (s.parallel, r) {
                let first = e.lines().next().unwrap_or("");
                notes.push(format!(
                    "{}: skipped by {}: {first}",
                    m.name,
                    s.compiler.name()
                ));
            }
        }
    }
    if !notes.is_empty() {
        print!("{}", heading("Skipped"));
        for n in notes {
            println!("{}{n}", if args.markdown { "- " } else { "  " });
        }
    }
}

const NONE: &str = "—";

/// The index of `compiler`'s setup at the given thread setting.
fn setup_index(setups: &[Setup], compiler: Compiler, parallel: bool) -> Option<usize> {
    setups
        .iter()
        .position(|s| s.compiler == compiler && s.parallel == parallel)
}

fn time_table(
    args: &Args,
    setups: &[Setup],
    modules: &[Module],
    common: &[&Module],
    parallel: bool,
) -> Table {
    let mut header = vec!["module".to_string(), "code bytes".to_string()];
    for c in &args.compilers {
        header.push(format!("{} ms", c.name()));
        header.push(format!("{} MB/s", c.name()));
    }
    let ratio = [Compiler::Brisk, Compiler::Winch].map(|c| setup_index(setups, c, parallel));
    let ratio = match ratio {
        [Some(b), Some(w)] => {
            header.push("brisk/Winch".into());
            Some((b, w))
        }
        _ => None,
    };
    let mut t = Table::new(&header);
    let indices: Vec<usize> = args
        .compilers
        .iter()
        .filter_map(|&c| setup_index(setups, c, parallel))
        .collect();
    for m in modules {
        let mut row = vec![m.name.clone(), m.code_bytes.to_string()];
        for &i in &indices {
            match &m.results[i] {
                Ok(r) => {
                    row.push(ms(r.time));
                    row.push(rate(measure::mb_per_s(m.code_bytes, r.time)));
                }
                Err(_) => row.extend([NONE.into(), NONE.into()]),
            }
        }
        if let Some((b, w)) = ratio {
            row.push(match (&m.results[b], &m.results[w]) {
                (Ok(b), Ok(w)) => format!("{:.2}", w.time.as_secs_f64() / b.time.as_secs_f64()),
                _ => NONE.into(),
            });
        }
        t.rows.push(row);
    }
    if common.is_empty() {
        return t;
    }
    let time = |m: &Module, i: usize| m.results[i].as_ref().map_or(Duration::ZERO, |r| r.time);
    let bytes: u64 = common.iter().map(|m| m.code_bytes).sum();
    let mut total = vec!["total".to_string(), bytes.to_string()];
    let mut geo = vec!["geomean".to_string(), String::new()];
    for &i in &indices {
        let sum: Duration = common.iter().map(|m| time(m, i)).sum();
        total.push(ms(sum));
        total.push(rate(measure::mb_per_s(bytes, sum)));
        let rates: Vec<f64> = common
            .iter()
            .map(|m| measure::mb_per_s(m.code_bytes, time(m, i)))
            .collect();
        geo.push(String::new());
        geo.push(rate(measure::geomean(&rates).unwrap_or(0.0)));
    }
    if let Some((b, w)) = ratio {
        let sum = |i| common.iter().map(|m| time(m, i).as_secs_f64()).sum::<f64>();
        total.push(format!("{:.2}", sum(w) / sum(b)));
        let ratios: Vec<f64> = common
            .iter()
            .map(|m| time(m, w).as_secs_f64() / time(m, b).as_secs_f64())
            .collect();
        geo.push(format!("{:.2}", measure::geomean(&ratios).unwrap_or(0.0)));
    }
    t.rows.push(total);
    t.rows.push(geo);
    t
}

fn size_table(args: &Args, setups: &[Setup], modules: &[Module]) -> Table {
    let mut header = vec!["module".to_string()];
    header.extend(args.compilers.iter().map(|c| c.name().to_string()));
    let mut t = Table::new(&header);
    for m in modules {
        let mut row = vec![m.name.clone()];
        for &c in &args.compilers {
            let i = setup_index(setups, c, false).expect("every compiler has a 1-thread setup");
            row.push(match &m.results[i] {
                Ok(r) => r.code_size.to_string(),
                Err(_) => NONE.into(),
            });
        }
        t.rows.push(row);
    }
    t
}
