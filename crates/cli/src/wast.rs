//! `brisk wast`: run spec-test scripts and report what passed.

use crate::codegen_args::Bounds;
use crate::progress::Progress;
use brisk::{Isa, Target};
use brisk_wast::{FileReport, Options, Report};
use std::path::PathBuf;

/// Run WebAssembly spec-test scripts (.wast). Prints a line per file, every
/// failure, skips per feature and a summary; exits with 1 if anything failed.
#[derive(clap::Args)]
pub struct WastArgs {
    /// Scripts, or directories whose .wast files (not those in
    /// subdirectories) to run.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Files run in parallel (default: the number of cores).
    #[arg(long)]
    jobs: Option<usize>,
    /// How compiled code checks memory bounds.
    #[arg(long, value_enum, default_value_t = Bounds::Guard)]
    bounds: Bounds,
    /// Target ISA (default: this machine's, with all its CPU features).
    /// The scripts run the code: natively, or for aarch64 on another host
    /// under the emulator (brisk built with the `emulator` feature).
    #[arg(long)]
    target: Option<String>,
    /// CPU features the code may use, as for `brisk compile` (`native`,
    /// `baseline` or a list such as `ssse3,sse4.1,sse4.2,avx`).
    #[arg(long, default_value = "native")]
    cpu_features: String,
    /// Also print every skipped directive with its reason.
    #[arg(long)]
    verbose: bool,
    /// Compile each function on its first call (x86-64).
    #[arg(long)]
    lazy: bool,
}

pub fn run(args: WastArgs) -> Result<(), String> {
    let isa = match &args.target {
        None => Target::host().isa(),
        Some(name) => Isa::from_name(name)
            .ok_or_else(|| format!("unknown target {name:?} (known: x86_64, aarch64)"))?,
    };
    let target = crate::codegen_args::cpu_features(isa, &args.cpu_features)?;
    if let Err(why) = brisk_runtime::Executor::for_target(target) {
        return Err(format!("cannot run the scripts: {why}"));
    }
    let bounds = args.bounds.checks();
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let options = Options {
        target,
        bounds,
        jobs,
        verbose: args.verbose,
        lazy: args.lazy,
    };
    let progress = Progress::new();
    // Worker threads report as they finish; one lock keeps lines whole.
    let output = std::sync::Mutex::new(());
    let report = brisk_wast::run_paths_with(&args.paths, &options, |file, done, total| {
        let _guard = output.lock().unwrap();
        progress.clear();
        print_file(file);
        if done < total {
            progress.show(done as f64 / total as f64, &format!("{done}/{total}"));
        }
    });
    progress.clear();
    print_summary(&report);
    match report.failed() {
        0 => Ok(()),
        n => Err(format!("{n} directive(s) failed")),
    }
}

fn print_file(file: &FileReport) {
    println!("{}", file.summary_line());
    for line in file.failure_lines() {
        println!("  FAIL {line}");
    }
    for line in file.skip_lines() {
        println!("  {line}");
    }
}

fn print_summary(report: &Report) {
    let skips = report.skips_by_feature();
    if !skips.is_empty() {
        println!("skipped, by feature:");
        let mut by_count: Vec<_> = skips.into_iter().collect();
        by_count.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        for (feature, n) in by_count {
            println!("  {n:>7}  {feature}");
        }
    }
    println!("{}", report.summary());
}
