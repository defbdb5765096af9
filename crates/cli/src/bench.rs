//! `brisk bench`: brisk's compile throughput on given modules.

use crate::measure::{self, Table, ms, rate};
use std::path::PathBuf;
use std::time::Duration;

/// Measure brisk's compile throughput on modules.
///
/// For each module: the time from module bytes in memory to a finished
/// artifact in memory (the compiling and serializing `brisk compile` does
/// with its default flags, without file I/O), on one thread and on `--jobs` threads; the minimum
/// of `--runs` runs. Throughput is the code section's size over that time.
/// Modules brisk rejects are skipped with a note.
///
/// Without FILES, prints how to run the benchmark program that compares
/// brisk with Wasmtime's Winch and Cranelift in the same run.
#[derive(clap::Args)]
pub struct BenchArgs {
    /// Modules (.wasm, .wat) or directories searched recursively for .wasm
    /// files.
    files: Vec<PathBuf>,
    /// Runs per module and thread count; the fastest is reported.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..))]
    runs: u32,
    /// Threads for the parallel figure (default: the number of cores).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    jobs: Option<u32>,
    /// Print the table in Markdown instead of aligned text.
    #[arg(long)]
    markdown: bool,
}

const COMPARE: &str = "\
To compare brisk with Wasmtime's Winch and Cranelift (a separate program, so
that the main build never compiles Wasmtime), run from the brisk repository:

    cargo run --release --manifest-path bench/compile/Cargo.toml [-- FILES...]

(see bench/compile/README.md). For brisk alone:

    brisk bench FILE|DIR... [--runs N] [--jobs N] [--markdown]";

struct Row {
    name: String,
    code_bytes: u64,
    single: Duration,
    parallel: Duration,
    code_size: usize,
}

pub fn run(args: BenchArgs) -> Result<(), String> {
    if args.files.is_empty() {
        println!("{COMPARE}");
        return Ok(());
    }
    let jobs = args.jobs.map_or_else(
        || std::thread::available_parallelism().map_or(1, |n| n.get()),
        |j| j as usize,
    );
    // brisk's parallel compile runs on the rayon pool it is called from.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| e.to_string())?;
    let runs = args.runs as usize;
    let mut rows = Vec::new();
    let mut skipped = Vec::new();
    for (name, path) in measure::find_wasm(&args.files)? {
        let row = crate::read_wasm(&path).and_then(|wasm| {
            let code_bytes = measure::code_section_size(&wasm)?;
            let (single, artifact) =
                measure::min_time(runs, || measure::brisk_artifact(&wasm, false))?;
            let (parallel, _) =
                pool.install(|| measure::min_time(runs, || measure::brisk_artifact(&wasm, true)))?;
            Ok(Row {
                name: name.clone(),
                code_bytes,
                single,
                parallel,
                code_size: measure::brisk_code_size(&artifact, false)?,
            })
        });
        match row {
            Ok(row) => rows.push(row),
            Err(e) => skipped.push(format!("{name}: {e}")),
        }
    }
    if rows.is_empty() {
        return Err(format!("nothing measured: {}", skipped.join("; ")));
    }
    print!("{}", table(&rows, jobs).render(args.markdown));
    println!(
        "\nmin of {runs} run(s); MB/s = code-section bytes / 10^6 / seconds; \
         machine code = the functions' code, without padding"
    );
    for s in &skipped {
        println!("skipped {s}");
    }
    Ok(())
}

fn table(rows: &[Row], jobs: usize) -> Table {
    let single = "1 thread";
    let parallel = format!("{jobs} threads");
    let mut t = Table::new(&[
        "module",
        "code bytes",
        &format!("{single} ms"),
        &format!("{single} MB/s"),
        &format!("{parallel} ms"),
        &format!("{parallel} MB/s"),
        "machine code bytes",
    ]);
    for r in rows {
        t.rows.push(vec![
            r.name.clone(),
            r.code_bytes.to_string(),
            ms(r.single),
            rate(measure::mb_per_s(r.code_bytes, r.single)),
            ms(r.parallel),
            rate(measure::mb_per_s(r.code_bytes, r.parallel)),
            r.code_size.to_string(),
        ]);
    }
    let bytes: u64 = rows.iter().map(|r| r.code_bytes).sum();
    let single: Duration = rows.iter().map(|r| r.single).sum();
    let parallel: Duration = rows.iter().map(|r| r.parallel).sum();
    let image: usize = rows.iter().map(|r| r.code_size).sum();
    t.rows.push(vec![
        "total".into(),
        bytes.to_string(),
        ms(single),
        rate(measure::mb_per_s(bytes, single)),
        ms(parallel),
        rate(measure::mb_per_s(bytes, parallel)),
        image.to_string(),
    ]);
    let geomean = |f: fn(&Row) -> Duration| {
        let rates: Vec<f64> = rows
            .iter()
            .map(|r| measure::mb_per_s(r.code_bytes, f(r)))
            .collect();
        rate(measure::geomean(&rates).unwrap_or(0.0))
    };
    t.rows.push(vec![
        "geomean".into(),
        String::new(),
        String::new(),
        geomean(|r| r.single),
        String::new(),
        geomean(|r| r.parallel),
        String::new(),
    ]);
    t
}
