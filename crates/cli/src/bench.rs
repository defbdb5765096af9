//! `brisk bench`: brisk's compile throughput on given modules.

use crate::measure::{self, Table, ms, rate};
use brisk::{Isa, Target};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// Measure brisk's compile throughput on modules.
///
/// For each module: the time from module bytes in memory to a finished
/// artifact in memory (the compiling and serializing `brisk compile` does
/// with its default flags, without file I/O), on one thread and on `--jobs` threads; the minimum
/// of `--runs` runs. Throughput is the code section's size over that time.
/// Modules brisk rejects are skipped with a note.
///
/// With `--cold`, also what a user meets in a fresh process, on one
/// thread: the first compile of the module in a new process (the same
/// timed path, run once in a child `brisk` per run), and a whole `brisk
/// compile --single-threaded` process (reading the file, compiling,
/// writing the artifact), net of the same process on an empty module.
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
    /// Target ISA: x86_64 or aarch64 (default: this machine's, with all
    /// its CPU features; another ISA with none). Cross-compiling measures
    /// the same path: nothing is run.
    #[arg(long)]
    target: Option<String>,
    /// Print the table in Markdown instead of aligned text.
    #[arg(long)]
    markdown: bool,
    /// Also measure cold compiles: the first in a fresh process, and a
    /// whole `brisk compile` process.
    #[arg(long)]
    cold: bool,
    /// Internal (the child of `--cold`, also used by bench/compile): compile
    /// each of FILES once, in order, in this process, through PATH, and
    /// print each wall time and CPU time (user + sys) in nanoseconds, one
    /// line per module.
    #[arg(long, hide = true, value_name = "PATH")]
    first_compile: Option<FirstCompile>,
}

/// What the `--first-compile` child times, single-threaded.
#[derive(clap::ValueEnum, Clone, Copy)]
enum FirstCompile {
    /// Bytes to artifact in memory, the path of the warm figures.
    Artifact,
    /// `Module::new` on an engine made beforehand: bytes to code ready to
    /// instantiate, as `new WebAssembly.Module` in a JavaScript engine.
    Module,
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
    cold: Option<Cold>,
}

/// Single-threaded cold compile times of a module.
struct Cold {
    /// The first compile in a fresh process.
    first: Duration,
    /// A whole `brisk compile` process, net of one on an empty module.
    process: Duration,
}

impl BenchArgs {
    fn target(&self) -> Result<Target, String> {
        match &self.target {
            None => Ok(Target::host()),
            Some(name) => match Isa::from_name(name) {
                Some(isa) if isa == Target::host().isa() => Ok(Target::host()),
                Some(isa) => Ok(Target::baseline(isa)),
                None => Err(format!("unknown target {name:?} (known: x86_64, aarch64)")),
            },
        }
    }

    /// The `--target` flag for a child `brisk`, as given.
    fn target_flag(&self) -> Vec<String> {
        self.target
            .iter()
            .flat_map(|t| ["--target".to_string(), t.clone()])
            .collect()
    }
}

pub fn run(args: BenchArgs) -> Result<(), String> {
    let target = args.target()?;
    if let Some(path) = args.first_compile {
        return first_compile_child(&args.files, target, path);
    }
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
    let empty_module = args
        .cold
        .then(|| {
            let empty = write_temp("empty.wasm", b"\0asm\x01\0\0\0")?;
            min_process_compile(runs, &empty, &args.target_flag())
        })
        .transpose()?;
    let mut rows = Vec::new();
    let mut skipped = Vec::new();
    for (name, path) in measure::find_wasm(&args.files)? {
        let row = crate::read_wasm(&path).and_then(|wasm| {
            let code_bytes = measure::code_section_size(&wasm)?;
            let (single, artifact) =
                measure::min_time(runs, || measure::brisk_artifact(&wasm, target, false))?;
            let (parallel, _) = pool.install(|| {
                measure::min_time(runs, || measure::brisk_artifact(&wasm, target, true))
            })?;
            let cold = match empty_module {
                Some(empty) => Some(Cold {
                    first: min_of(runs, || first_compile_in_child(&path, &args.target_flag()))?,
                    process: min_process_compile(runs, &path, &args.target_flag())?
                        .saturating_sub(empty),
                }),
                None => None,
            };
            Ok(Row {
                name: name.clone(),
                code_bytes,
                single,
                parallel,
                code_size: measure::brisk_code_size(&artifact, target, false)?,
                cold,
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
        "\nmin of {runs} run(s); MB/s = code-section bytes / 10^6 / seconds \
         (none for a zero time, left out of the geomean); machine code = the \
         functions' code, without padding"
    );
    for s in &skipped {
        println!("skipped {s}");
    }
    Ok(())
}

/// The fastest of `runs` measurements (at least one).
fn min_of(
    runs: usize,
    mut f: impl FnMut() -> Result<Duration, String>,
) -> Result<Duration, String> {
    (0..runs.max(1)).try_fold(Duration::MAX, |best, _| Ok(best.min(f()?)))
}

/// Writes `bytes` to a file of brisk's in the temporary directory.
fn write_temp(name: &str, bytes: &[u8]) -> Result<PathBuf, String> {
    let path = std::env::temp_dir().join(format!("brisk-bench-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

/// The fastest of `runs` whole `brisk compile --single-threaded` processes
/// on `wasm`, wall time from spawn to exit.
fn min_process_compile(runs: usize, wasm: &Path, target: &[String]) -> Result<Duration, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let out = write_temp("out.brisk", b"")?;
    let time = min_of(runs, || {
        let start = Instant::now();
        let status = Command::new(&exe)
            .args(["compile", "--single-threaded", "-o"])
            .arg(&out)
            .args(target)
            .arg(wasm)
            .status()
            .map_err(|e| e.to_string())?;
        let elapsed = start.elapsed();
        match status.success() {
            true => Ok(elapsed),
            false => Err(format!("brisk compile {} failed", wasm.display())),
        }
    });
    // Best effort: a leftover file in the temporary directory is harmless.
    let _ = std::fs::remove_file(&out);
    time
}

/// Runs `brisk bench --first-compile FILE` and reads the time it prints.
fn first_compile_in_child(wasm: &Path, target: &[String]) -> Result<Duration, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let out = Command::new(exe)
        .args(["bench", "--first-compile", "artifact"])
        .args(target)
        .arg(wasm)
        .output()
        .map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&out.stdout);
    let wall = text.split_whitespace().next().unwrap_or("");
    match (out.status.success(), wall.parse::<u64>()) {
        (true, Ok(nanos)) => Ok(Duration::from_nanos(nanos)),
        _ => Err(format!(
            "first compile of {} failed: {}",
            wasm.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        )),
    }
}

/// The child of [`first_compile_in_child`]: one timed compile, single-
/// threaded, of each module in `files`, in this fresh process (the first
/// module's is the first compile in the process).
fn first_compile_child(
    files: &[PathBuf],
    target: Target,
    path: FirstCompile,
) -> Result<(), String> {
    if files.is_empty() {
        return Err("--first-compile takes modules".into());
    }
    let engine = brisk::Engine::new(
        brisk::Config::new()
            .target(target)
            .parallel_compilation(false),
    );
    for file in files {
        let wasm = crate::read_wasm(file)?;
        let cpu = cpu_time();
        let start = Instant::now();
        let made: Box<dyn std::any::Any> = match path {
            FirstCompile::Artifact => Box::new(measure::brisk_artifact(&wasm, target, false)?),
            FirstCompile::Module => Box::new(
                brisk::Module::from_binary(&engine, &wasm)
                    .map_err(|e| format!("{}: {e}", file.display()))?,
            ),
        };
        let wall = start.elapsed();
        let cpu = cpu_time() - cpu;
        // Freed untimed, as a JavaScript engine frees a module at some
        // later collection.
        drop(made);
        println!("{} {}", wall.as_nanos(), cpu.as_nanos());
    }
    Ok(())
}

/// The CPU time (user + sys) of this process so far.
fn cpu_time() -> Duration {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: `usage` is a valid, writable rusage; RUSAGE_SELF is a valid
    // `who`.
    let rc = unsafe { libc::getrusage(libc::RUSAGE_SELF, usage.as_mut_ptr()) };
    assert_eq!(rc, 0, "getrusage(RUSAGE_SELF) failed");
    // SAFETY: getrusage succeeded, so it filled `usage`.
    let usage = unsafe { usage.assume_init() };
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    tv(usage.ru_utime) + tv(usage.ru_stime)
}

/// A timed measure of each row: its column label and the time.
type Measure = (String, fn(&Row) -> Duration);

fn table(rows: &[Row], jobs: usize) -> Table {
    let mut measures: Vec<Measure> = vec![
        ("1 thread".into(), |r| r.single),
        (format!("{jobs} threads"), |r| r.parallel),
    ];
    if rows.iter().all(|r| r.cold.is_some()) {
        measures.push(("first in process".into(), |r| {
            r.cold.as_ref().map_or(Duration::ZERO, |c| c.first)
        }));
        measures.push(("whole process".into(), |r| {
            r.cold.as_ref().map_or(Duration::ZERO, |c| c.process)
        }));
    }
    let mut header = vec!["module".to_string(), "code bytes".to_string()];
    for (label, _) in &measures {
        header.push(format!("{label} ms"));
        header.push(format!("{label} MB/s"));
    }
    header.push("machine code bytes".into());
    let mut t = Table::new(&header);
    // A whole-process time net of the empty module's can be zero: no rate.
    let rate_of =
        |bytes: u64, time: Duration| (!time.is_zero()).then(|| measure::mb_per_s(bytes, time));
    let cells = |bytes: u64, time: Duration| {
        [
            ms(time),
            rate_of(bytes, time).map_or_else(|| "-".into(), rate),
        ]
    };
    for r in rows {
        let mut row = vec![r.name.clone(), r.code_bytes.to_string()];
        for (_, time) in &measures {
            row.extend(cells(r.code_bytes, time(r)));
        }
        row.push(r.code_size.to_string());
        t.rows.push(row);
    }
    let bytes: u64 = rows.iter().map(|r| r.code_bytes).sum();
    let mut total = vec!["total".into(), bytes.to_string()];
    let mut geomean = vec!["geomean".into(), String::new()];
    for (_, time) in &measures {
        total.extend(cells(bytes, rows.iter().map(time).sum()));
        let rates: Vec<f64> = rows
            .iter()
            .filter_map(|r| rate_of(r.code_bytes, time(r)))
            .collect();
        geomean.push(String::new());
        geomean.push(rate(measure::geomean(&rates).unwrap_or(0.0)));
    }
    total.push(rows.iter().map(|r| r.code_size).sum::<usize>().to_string());
    geomean.push(String::new());
    t.rows.push(total);
    t.rows.push(geomean);
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str, process: Duration) -> Row {
        Row {
            name: name.into(),
            code_bytes: 1000,
            single: Duration::from_micros(100),
            parallel: Duration::from_micros(100),
            code_size: 2000,
            cold: Some(Cold {
                first: Duration::from_micros(200),
                process,
            }),
        }
    }

    #[test]
    fn a_zero_net_process_time_has_no_rate_and_stays_out_of_the_geomean() {
        let rows = [
            row("a", Duration::ZERO),
            row("b", Duration::from_micros(250)),
        ];
        let t = table(&rows, 1);
        let process_rate = t.header.len() - 2;
        assert_eq!(t.rows[0][process_rate], "-");
        assert_eq!(t.rows[1][process_rate], "4.00");
        // The total (2000 bytes in 250 us), then the geomean: b's alone.
        assert_eq!(t.rows[2][process_rate], "8.00");
        assert_eq!(t.rows[3][process_rate], "4.00");
    }
}
