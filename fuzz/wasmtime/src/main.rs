//! Differential fuzzing of brisk (x86-64) against Wasmtime 48 with
//! Cranelift on exceptions, typed function references and tail calls, and
//! a crash-only mode for legacy exceptions (no oracle). See README.md.

mod engines;
mod generate;
mod typed;

use brisk::BoundsChecks;
use brisk_fuzz::campaign::Stats;
use brisk_fuzz::diff::Verdict;
use brisk_fuzz::rng::Rng;
use clap::{Parser, ValueEnum};
use engines::{Brisk, Outcome, State, Wasmtime};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Stack of the fuzzing thread: room for both engines' Wasm stack limits.
const THREAD_STACK: usize = 64 << 20;

#[derive(Parser, Debug)]
#[command(
    about = "Fuzzes brisk against Wasmtime (Cranelift): exceptions, typed function references, tail calls"
)]
struct Cli {
    /// Exactly these seeds (otherwise seeds from --first-seed on).
    seeds: Vec<u64>,
    #[arg(long, default_value_t = 0)]
    first_seed: u64,
    /// Stop after this many seconds.
    #[arg(long, default_value_t = 60)]
    seconds: u64,
    /// Stop after this many iterations.
    #[arg(long)]
    iterations: Option<u64>,
    #[arg(long, value_enum, default_value = "both")]
    bounds: Bounds,
    /// Where modules come from: `typed` (typed function references and
    /// tail calls, typed.rs) or `smith` (wasm-smith: exceptions and tail
    /// calls; always with --legacy).
    #[arg(long, value_enum, default_value = "typed")]
    generator: Generator,
    /// Legacy exceptions, crash-only: brisk alone compiles and runs each
    /// module with its `try_table`s rewritten as legacy `try`s.
    #[arg(long)]
    legacy: bool,
    /// Runs this module (binary or text) instead of generated ones.
    #[arg(long)]
    wasm: Option<PathBuf>,
    /// Where failing cases are saved.
    #[arg(long, default_value = "fuzz/wasmtime/cases")]
    out: PathBuf,
    /// Prints both engines' traces of every iteration.
    #[arg(long)]
    verbose: bool,
    /// Saves every module generated to DIR/<seed>.wasm.
    #[arg(long)]
    save_modules: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, ValueEnum)]
enum Generator {
    Typed,
    Smith,
    /// GC programs (brisk-fuzz's `gc_programs`).
    Gc,
    /// wasm-smith with GC, exceptions and tail calls (brisk-fuzz's `gc`
    /// target), its termination fuel not refilled between calls.
    SmithGc,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Bounds {
    Guard,
    Explicit,
    Both,
}

impl Bounds {
    fn modes(self) -> Vec<BoundsChecks> {
        let guard = BoundsChecks::GuardPages {
            guard_bytes: BoundsChecks::DEFAULT_GUARD,
        };
        match self {
            Bounds::Guard => vec![guard],
            Bounds::Explicit => vec![BoundsChecks::Explicit],
            Bounds::Both => vec![guard, BoundsChecks::Explicit],
        }
    }
}

fn bounds_name(b: BoundsChecks) -> &'static str {
    match b {
        BoundsChecks::GuardPages { .. } => "guard",
        BoundsChecks::Explicit => "explicit",
    }
}

/// One iteration's verdict and what each engine did.
struct Report {
    verdict: Verdict,
    brisk: Vec<String>,
    wasmtime: Vec<String>,
}

impl Report {
    fn new() -> Report {
        Report {
            verdict: Verdict::Agree,
            brisk: Vec::new(),
            wasmtime: Vec::new(),
        }
    }
}

/// Whether two outcomes of the same step agree; `Some` ends the run.
fn judge(step: &str, b: &Outcome, w: &Outcome) -> Option<Verdict> {
    match (b, w) {
        (Outcome::StackExhausted, _) | (_, Outcome::StackExhausted) => {
            Some(Verdict::Inconclusive("call stack exhausted".into()))
        }
        (Outcome::OutOfMemory, _) | (_, Outcome::OutOfMemory) => {
            Some(Verdict::Inconclusive("GC heap out of memory".into()))
        }
        (Outcome::Unsupported(what), _) => Some(Verdict::Skipped(what.clone())),
        // `array.copy` of a null source into a range out of bounds of its
        // destination: brisk traps on the null, as the spec's reduction
        // rules order them (no bounds rule applies to a null operand);
        // Wasmtime checks the destination's range first.
        (Outcome::Trap("null reference"), Outcome::Trap("out of bounds array access")) => {
            Some(Verdict::Inconclusive(
                "null source and range out of bounds: Wasmtime checks the range first".into(),
            ))
        }
        (b, w) if b.same(w) => None,
        (b, w) => Some(Verdict::Mismatch(format!(
            "{step}: brisk {b}, Wasmtime {w}"
        ))),
    }
}

/// Runs `wasm` in both engines and compares, as `report` records.
fn compare(
    wasm: &[u8],
    seed: u64,
    bounds: BoundsChecks,
    wasmtime_engine: &wasmtime::Engine,
    report: &mut Report,
) -> Verdict {
    let module = match Wasmtime::compile(wasmtime_engine, wasm) {
        Ok(m) => m,
        Err(e) => return Verdict::Skipped(format!("Wasmtime cannot compile it: {e}")),
    };
    let engine = engines::brisk_engine(bounds, false);
    let brisk = Brisk::new(&engine, wasm);
    let wasmtime = Wasmtime::new(wasmtime_engine, &module);
    let (mut brisk, mut wasmtime) = match (brisk, wasmtime) {
        (Ok(b), Ok(w)) => (b, w),
        (b, w) => {
            let shown = |o: &Outcome| o.to_string();
            let b = b.err().unwrap_or(Outcome::Values(Vec::new()));
            let w = w.err().unwrap_or(Outcome::Values(Vec::new()));
            report.brisk.push(format!("instantiate: {}", shown(&b)));
            report.wasmtime.push(format!("instantiate: {}", shown(&w)));
            if let Outcome::Error(e) = &b
                && e.starts_with("compile: ")
            {
                return Verdict::Mismatch(format!("brisk rejects a valid module: {e}"));
            }
            return judge("instantiation", &b, &w).unwrap_or(Verdict::Agree);
        }
    };
    let mut rng = Rng::new(seed ^ 0xa5a5_5a5a_c3c3_3c3c);
    let mut calls = 0;
    for export in 0..wasmtime.export_count() {
        let Some(params) = wasmtime.params(export) else {
            continue;
        };
        let Some(args) = engines::args_for(&params, &mut rng) else {
            report
                .brisk
                .push(format!("export {export}: not called (parameters)"));
            continue;
        };
        let head = format!("call export {export} ({})", engines::show_args(&args));
        let w = wasmtime.call(export, &args);
        report.wasmtime.push(format!("{head} -> {w}"));
        let b = brisk.call(export, &args);
        report.brisk.push(format!("{head} -> {b}"));
        calls += 1;
        if let Some(verdict) = judge(&format!("export {export}"), &b, &w) {
            return verdict;
        }
        if let Some(difference) = State::difference(&brisk.state(), &wasmtime.state()) {
            return Verdict::Mismatch(format!("after export {export}: {difference}"));
        }
    }
    if calls == 0 {
        return Verdict::Skipped("no export could be called".into());
    }
    Verdict::Agree
}

/// Crash-only: brisk compiles and runs the legacy twin; any outcome but a
/// panic is accepted.
fn legacy_run(
    wasm: &[u8],
    seed: u64,
    bounds: BoundsChecks,
    wasmtime_engine: &wasmtime::Engine,
    report: &mut Report,
) -> Verdict {
    let twin = match generate::legacy_twin(wasm, seed) {
        Ok(twin) => twin,
        Err(e) => return Verdict::Skipped(format!("no legacy twin: {e}")),
    };
    let engine = engines::brisk_engine(bounds, true);
    let mut brisk = match Brisk::new(&engine, &twin) {
        Ok(b) => b,
        Err(o) => {
            report.brisk.push(format!("instantiate: {o}"));
            let mut validator = wasmparser::Validator::new_with_features(
                generate::compared_features() | wasmparser::WasmFeatures::LEGACY_EXCEPTIONS,
            );
            return match (&o, validator.validate_all(&twin)) {
                (Outcome::Error(e), Ok(_)) if e.starts_with("compile: ") => {
                    Verdict::Mismatch(format!("brisk rejects a valid legacy module: {e}"))
                }
                (Outcome::Unsupported(what), _) => Verdict::Skipped(what.clone()),
                (_, Err(_)) => Verdict::Rejected,
                _ => Verdict::Agree,
            };
        }
    };
    // Wasmtime only reads the export types here: it does not run the twin.
    let Ok(module) = wasmtime::Module::new(wasmtime_engine, wasm) else {
        return Verdict::Skipped("Wasmtime cannot compile the original".into());
    };
    let mut rng = Rng::new(seed ^ 0xa5a5_5a5a_c3c3_3c3c);
    for (export, e) in module.exports().enumerate() {
        let Some(func) = e.ty().func().cloned() else {
            continue;
        };
        let params: Vec<_> = func.params().collect();
        let Some(args) = engines::args_for(&params, &mut rng) else {
            continue;
        };
        let outcome = brisk.call(export, &args);
        report.brisk.push(format!(
            "call export {export} ({}) -> {outcome}",
            engines::show_args(&args)
        ));
    }
    Verdict::Agree
}

/// Runs one module in one bounds mode; a panic is a crash.
fn run_one(
    wasm: &[u8],
    seed: u64,
    bounds: BoundsChecks,
    legacy: bool,
    wasmtime_engine: &wasmtime::Engine,
) -> Report {
    let mut report = Report::new();
    let result = catch_unwind(AssertUnwindSafe(|| {
        if legacy {
            legacy_run(wasm, seed, bounds, wasmtime_engine, &mut report)
        } else {
            compare(wasm, seed, bounds, wasmtime_engine, &mut report)
        }
    }));
    report.verdict = result.unwrap_or_else(|payload| {
        let message = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or("non-string payload");
        Verdict::Crash(format!("panic: {message}"))
    });
    report
}

fn verdict_line(v: &Verdict) -> String {
    brisk_fuzz::case::verdict_line(v)
}

fn save(dir: &Path, wasm: &[u8], seed: u64, bounds: BoundsChecks, legacy: bool, report: &Report) {
    let written = (|| -> std::io::Result<()> {
        std::fs::create_dir_all(dir)?;
        std::fs::write(dir.join("module.wasm"), wasm)?;
        let wat = wasmprinter::print_bytes(wasm)
            .unwrap_or_else(|e| format!("(; the module cannot be printed: {e} ;)\n"));
        std::fs::write(dir.join("module.wat"), wat)?;
        std::fs::write(
            dir.join("case.txt"),
            format!(
                "seed: {seed}\nbounds: {}\nlegacy: {legacy}\nverdict: {}\n",
                bounds_name(bounds),
                verdict_line(&report.verdict)
            ),
        )?;
        std::fs::write(dir.join("brisk.txt"), report.brisk.join("\n") + "\n")?;
        std::fs::write(dir.join("wasmtime.txt"), report.wasmtime.join("\n") + "\n")
    })();
    if let Err(e) = written {
        eprintln!("cannot save {}: {e}", dir.display());
    }
}

fn main() {
    let cli = Cli::parse();
    let worker = std::thread::Builder::new()
        .stack_size(THREAD_STACK)
        .spawn(move || fuzz(&cli))
        .expect("cannot start the fuzzing thread");
    let findings = worker.join().expect("the fuzzing thread panicked");
    std::process::exit(i32::from(findings > 0));
}

/// The campaign; gives the number of mismatches and crashes.
fn fuzz(cli: &Cli) -> u64 {
    let wasmtime_engine = engines::wasmtime_engine();
    let modes = cli.bounds.modes();
    let mut stats: Vec<Stats> = modes.iter().map(|_| Stats::default()).collect();
    let mut drawn = generate::Drawn::default();
    let mut no_module = 0;
    let mut coverage = typed::Coverage::default();
    let mut gc_coverage = brisk_fuzz::gc::GcCoverage::default();
    let generator = if cli.legacy {
        Generator::Smith
    } else {
        cli.generator
    };
    let start = Instant::now();
    let deadline = Duration::from_secs(cli.seconds);
    let given = match &cli.wasm {
        Some(path) => match wat::parse_file(path) {
            Ok(wasm) => Some(wasm),
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                return 1;
            }
        },
        None => None,
    };
    let explicit: Vec<u64> = if given.is_some() && cli.seeds.is_empty() {
        vec![cli.first_seed]
    } else {
        cli.seeds.clone()
    };
    let mut i = 0u64;
    loop {
        let seed = if explicit.is_empty() {
            if start.elapsed() >= deadline || cli.iterations.is_some_and(|n| i >= n) {
                break;
            }
            cli.first_seed.wrapping_add(i)
        } else {
            match explicit.get(i as usize) {
                Some(&s) => s,
                None => break,
            }
        };
        i += 1;
        let wasm = match &given {
            Some(wasm) => wasm.clone(),
            None if generator != Generator::Smith => {
                let (wasm, features) = match generator {
                    Generator::Typed => (typed::module_for_seed(seed), typed::features()),
                    Generator::Gc => (
                        brisk_fuzz::gc_programs::module_for_seed(seed),
                        brisk_fuzz::gc::features(),
                    ),
                    _ => (
                        brisk_fuzz::gc::smith_module_for_seed(seed),
                        brisk_fuzz::gc::features(),
                    ),
                };
                let mut validator = wasmparser::Validator::new_with_features(features);
                if let Err(e) = validator.validate_all(&wasm) {
                    // A generator bug: shown, not compared.
                    println!(
                        "seed {seed}: the {generator:?} generator made an invalid module: {e}"
                    );
                    no_module += 1;
                    continue;
                }
                wasm
            }
            None => match generate::module_for_seed(seed, &mut drawn) {
                Some(wasm) => wasm,
                None => {
                    no_module += 1;
                    continue;
                }
            },
        };
        coverage.record(&wasm);
        gc_coverage.record(&wasm);
        if let Some(dir) = &cli.save_modules {
            let saved = std::fs::create_dir_all(dir)
                .and_then(|_| std::fs::write(dir.join(format!("{seed}.wasm")), &wasm));
            if let Err(e) = saved {
                eprintln!("cannot save the module of seed {seed}: {e}");
            }
        }
        for (mode, &bounds) in modes.iter().enumerate() {
            let report = run_one(&wasm, seed, bounds, cli.legacy, &wasmtime_engine);
            if cli.verbose || !explicit.is_empty() {
                println!(
                    "seed {seed} ({}): {}",
                    bounds_name(bounds),
                    verdict_line(&report.verdict)
                );
                for line in &report.brisk {
                    println!("  brisk: {line}");
                }
                for line in &report.wasmtime {
                    println!("  wasmtime: {line}");
                }
            }
            if report.verdict.is_finding() {
                let kind = if cli.legacy { "legacy" } else { "diff" };
                let dir = cli
                    .out
                    .join(format!("{kind}-{}-{seed}", bounds_name(bounds)));
                println!(
                    "FINDING seed {seed} ({}): {} -> {}",
                    bounds_name(bounds),
                    verdict_line(&report.verdict),
                    dir.display()
                );
                save(&dir, &wasm, seed, bounds, cli.legacy, &report);
            }
            stats[mode].record(&report.verdict);
        }
    }
    println!(
        "{} seeds in {:.0} s ({:?} generator); {} seeds had no module",
        i,
        start.elapsed().as_secs_f64(),
        generator,
        no_module
    );
    if generator == Generator::Smith {
        println!(
            "wasm-smith: {} modules drawn, {} needed GC and were drawn again, {} kept with typed function references",
            drawn.modules, drawn.outside, drawn.typed_refs
        );
    }
    println!("modules containing each feature (of {}):", coverage.modules);
    for (name, n) in typed::FEATURES.iter().zip(coverage.counts) {
        println!("  {n:>7} {name}");
    }
    for line in gc_coverage.lines() {
        println!("  {line}");
    }
    for (stats, bounds) in stats.iter().zip(&modes) {
        println!(
            "{}: {} iterations: {} mismatches, {} crashes, {} agreed, {} skipped, {} inconclusive, {} rejected",
            bounds_name(*bounds),
            stats.iterations,
            stats.mismatches,
            stats.crashes,
            stats.agreed,
            stats.skipped,
            stats.inconclusive,
            stats.rejected
        );
        for (reason, n) in &stats.reasons {
            println!("  {n} {reason}");
        }
    }
    stats.iter().map(Stats::findings).sum()
}
