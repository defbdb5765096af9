//! `--cold`: what a user meets in a fresh process, single-threaded, brisk
//! beside Wasmtime's Winch and V8's Liftoff in one run (see README.md).
//!
//! - **Whole process**: `brisk compile --single-threaded FILE -o OUT`
//!   against `winch-compile FILE OUT` (this project's binary doing what
//!   `wasmtime compile -C compiler=winch -C parallel-compilation=n` does),
//!   each net of the same command on an empty module (the cost of
//!   spawning and starting the program). The two alternate module by
//!   module; wall time and the child's CPU time (user + sys) are kept.
//! - **First compile in a process**: one `brisk bench --first-compile
//!   module` process compiles each module once, in order, timing
//!   `Module::new` (engine made beforehand), against one node process
//!   timing `new WebAssembly.Module` on the same modules (`liftoff.js`,
//!   single-threaded eager Liftoff) and again on the same bytes (V8's
//!   module cache off, so that the second compile is a real one).
//!
//! Each figure is the minimum over `--runs` rounds.

use crate::measure::{self, Table, ms, rate};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// node's flags for Liftoff alone, eager, on the main thread, no cache.
const LIFTOFF_FLAGS: [&str; 5] = [
    "--liftoff",
    "--no-wasm-tier-up",
    "--no-wasm-lazy-compilation",
    "--single-threaded",
    "--no-wasm-native-module-cache-enabled",
];

/// The programs compared.
pub struct Programs {
    pub brisk: PathBuf,
    pub winch: PathBuf,
    pub node: PathBuf,
}

/// A process's wall time and CPU time (user + sys).
#[derive(Clone, Copy)]
struct Times {
    wall: Duration,
    cpu: Duration,
}

impl Times {
    const MAX: Times = Times {
        wall: Duration::MAX,
        cpu: Duration::MAX,
    };

    fn min(self, other: Times) -> Times {
        Times {
            wall: self.wall.min(other.wall),
            cpu: self.cpu.min(other.cpu),
        }
    }

    /// Net of `base` (an empty module's), never below zero.
    fn net(self, base: Times) -> Times {
        Times {
            wall: self.wall.saturating_sub(base.wall),
            cpu: self.cpu.saturating_sub(base.cpu),
        }
    }
}

/// CPU time (user + sys) of the children of this process waited for so far.
fn children_cpu() -> Duration {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: `usage` is a valid, writable rusage; RUSAGE_CHILDREN is a
    // valid `who`.
    let rc = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, usage.as_mut_ptr()) };
    assert_eq!(rc, 0, "getrusage(RUSAGE_CHILDREN) failed");
    // SAFETY: getrusage succeeded, so it filled `usage`.
    let usage = unsafe { usage.assume_init() };
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    tv(usage.ru_utime) + tv(usage.ru_stime)
}

/// Runs `cmd` to completion (its output discarded) and times it.
fn time_process(cmd: &mut Command) -> Result<Times, String> {
    let cpu = children_cpu();
    let start = Instant::now();
    let status = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| format!("{cmd:?}: {e}"))?;
    let wall = start.elapsed();
    match status.status.success() {
        true => Ok(Times {
            wall,
            cpu: children_cpu() - cpu,
        }),
        false => Err(format!(
            "{cmd:?} failed: {}",
            String::from_utf8_lossy(&status.stderr).trim()
        )),
    }
}

/// Runs `cmd` and parses each line of its output as numbers of
/// nanoseconds separated by spaces, one line per module.
fn child_times(cmd: &mut Command, modules: usize) -> Result<Vec<Vec<Duration>>, String> {
    let out = cmd.output().map_err(|e| format!("{cmd:?}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{cmd:?} failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<Vec<Duration>> = text
        .lines()
        .map(|l| {
            l.split_whitespace()
                .map(|n| n.parse().map(Duration::from_nanos))
                .collect::<Result<_, _>>()
        })
        .collect::<Result<_, _>>()
        .map_err(|e| format!("{cmd:?}: unexpected output ({e}): {text}"))?;
    match lines.len() == modules {
        true => Ok(lines),
        false => Err(format!(
            "{cmd:?}: {} lines for {modules} modules",
            lines.len()
        )),
    }
}

struct Row {
    name: String,
    code_bytes: u64,
    brisk_process: Times,
    winch_process: Times,
    brisk_first: Times,
    liftoff_first: Times,
    liftoff_second: Times,
}

/// Measures `modules` (name, path) and prints the tables.
pub fn run(
    programs: &Programs,
    modules: &[(String, PathBuf)],
    runs: usize,
    markdown: bool,
) -> Result<(), String> {
    let load = loadavg();
    let dir = std::env::temp_dir().join(format!("brisk-bench-cold-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let result = measure_all(programs, modules, runs, &dir);
    // Best effort: leftovers in the temporary directory are harmless.
    let _ = std::fs::remove_dir_all(&dir);
    let (rows, skipped) = result?;
    println!(
        "{}, {} cores; {}; load average {load} at the start, {} at the end",
        crate::cpu_model(),
        crate::cores(),
        crate::today(),
        loadavg()
    );
    println!(
        "Single-threaded, min of {runs} rounds. MB/s = code-section bytes / 10^6 / s. \
         Process: a whole compile process net of the same command on an \
         empty module, wall time and CPU time (user + sys); first: \
         brisk's Module::new and V8's new WebAssembly.Module, each module \
         once in one process, wall and CPU time (user + sys of the \
         process); Liftoff second: again on the same bytes. \
         Ratios above 1: brisk is faster."
    );
    print!("{}", table(&rows).render(markdown));
    for s in skipped {
        println!("skipped {s}");
    }
    Ok(())
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|| "unknown".into())
}

fn measure_all(
    programs: &Programs,
    modules: &[(String, PathBuf)],
    runs: usize,
    dir: &Path,
) -> Result<(Vec<Row>, Vec<String>), String> {
    let empty = dir.join("empty.wasm");
    std::fs::write(&empty, b"\0asm\x01\0\0\0").map_err(|e| format!("{}: {e}", empty.display()))?;
    let out = dir.join("out");
    let brisk = |wasm: &Path| {
        time_process(
            Command::new(&programs.brisk)
                .args(["compile", "--single-threaded", "-o"])
                .arg(&out)
                .arg(wasm),
        )
    };
    let winch = |wasm: &Path| time_process(Command::new(&programs.winch).arg(wasm).arg(&out));
    // A first pass, not counted, reads every file into the page cache and
    // leaves out the modules a compiler rejects.
    let mut skipped = Vec::new();
    let mut kept = Vec::new();
    for (name, path) in modules {
        match brisk(path).and_then(|_| winch(path)) {
            Ok(_) => kept.push((name.clone(), path.as_path())),
            Err(e) => skipped.push(format!("{name}: {}", e.lines().next().unwrap_or(""))),
        }
    }
    let paths: Vec<&Path> = kept.iter().map(|&(_, p)| p).collect();
    let n = kept.len();
    let mut brisk_process = vec![Times::MAX; n];
    let mut winch_process = vec![Times::MAX; n];
    let (mut brisk_empty, mut winch_empty) = (Times::MAX, Times::MAX);
    let mut brisk_first = vec![Times::MAX; n];
    let mut liftoff = vec![[Times::MAX; 2]; n];
    for round in 0..runs {
        eprintln!("round {}/{runs}", round + 1);
        brisk_empty = brisk_empty.min(brisk(&empty)?);
        winch_empty = winch_empty.min(winch(&empty)?);
        for (i, path) in paths.iter().enumerate() {
            brisk_process[i] = brisk_process[i].min(brisk(path)?);
            winch_process[i] = winch_process[i].min(winch(path)?);
        }
        let firsts = child_times(
            Command::new(&programs.brisk)
                .args(["bench", "--first-compile", "module"])
                .args(&paths),
            n,
        )?;
        let lifts = child_times(
            Command::new(&programs.node)
                .args(LIFTOFF_FLAGS)
                .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/liftoff.js"))
                .args(&paths),
            n,
        )?;
        for i in 0..n {
            let (&[bw, bc], &[l1w, l1c, l2w, l2c]) = (&firsts[i][..], &lifts[i][..]) else {
                return Err(format!("{}: unexpected number of times", kept[i].0));
            };
            let times = |wall, cpu| Times { wall, cpu };
            brisk_first[i] = brisk_first[i].min(times(bw, bc));
            liftoff[i] = [
                liftoff[i][0].min(times(l1w, l1c)),
                liftoff[i][1].min(times(l2w, l2c)),
            ];
        }
    }
    let rows = kept
        .iter()
        .enumerate()
        .map(|(i, (name, path))| {
            let wasm = std::fs::read(path).map_err(|e| format!("cannot read {name}: {e}"))?;
            Ok(Row {
                name: name.clone(),
                code_bytes: measure::code_section_size(&wasm)?,
                brisk_process: brisk_process[i].net(brisk_empty),
                winch_process: winch_process[i].net(winch_empty),
                brisk_first: brisk_first[i],
                liftoff_first: liftoff[i][0],
                liftoff_second: liftoff[i][1],
            })
        })
        .collect::<Result<_, String>>()?;
    Ok((rows, skipped))
}

/// A timed column: its label and the time of a row.
type Column = (&'static str, fn(&Row) -> Duration);

const COLUMNS: [Column; 10] = [
    ("brisk process", |r| r.brisk_process.wall),
    ("Winch process", |r| r.winch_process.wall),
    ("brisk process CPU", |r| r.brisk_process.cpu),
    ("Winch process CPU", |r| r.winch_process.cpu),
    ("brisk first", |r| r.brisk_first.wall),
    ("Liftoff first", |r| r.liftoff_first.wall),
    ("brisk first CPU", |r| r.brisk_first.cpu),
    ("Liftoff first CPU", |r| r.liftoff_first.cpu),
    ("Liftoff second", |r| r.liftoff_second.wall),
    ("Liftoff second CPU", |r| r.liftoff_second.cpu),
];

/// The ratios shown: (label, numerator column, denominator column) of
/// times, so that a ratio above 1 means brisk is faster.
const RATIOS: [(&str, usize, usize); 4] = [
    ("process Winch/brisk", 1, 0),
    ("process CPU Winch/brisk", 3, 2),
    ("first Liftoff/brisk", 5, 4),
    ("first CPU Liftoff/brisk", 7, 6),
];

fn table(rows: &[Row]) -> Table {
    let mut header = vec!["module".to_string(), "code bytes".to_string()];
    for (label, _) in COLUMNS {
        header.push(format!("{label} ms"));
    }
    for (label, _, _) in RATIOS {
        header.push(label.to_string());
    }
    let mut t = Table::new(&header);
    // A net time can be zero: no rate or ratio then.
    let ratio = |num: Duration, den: Duration| match den.is_zero() {
        true => None,
        false => Some(num.as_secs_f64() / den.as_secs_f64()),
    };
    let fmt = |r: Option<f64>| r.map_or_else(|| "-".to_string(), |r| format!("{r:.2}"));
    for r in rows {
        let mut row = vec![r.name.clone(), r.code_bytes.to_string()];
        row.extend(COLUMNS.iter().map(|(_, time)| ms(time(r))));
        for (_, num, den) in RATIOS {
            row.push(fmt(ratio(COLUMNS[num].1(r), COLUMNS[den].1(r))));
        }
        t.rows.push(row);
    }
    let bytes: u64 = rows.iter().map(|r| r.code_bytes).sum();
    let sum = |c: usize| rows.iter().map(COLUMNS[c].1).sum::<Duration>();
    let mut total = vec!["total".to_string(), bytes.to_string()];
    total.extend((0..COLUMNS.len()).map(|c| ms(sum(c))));
    total.extend(RATIOS.iter().map(|&(_, n, d)| fmt(ratio(sum(n), sum(d)))));
    let mut mbs = vec!["total MB/s".to_string(), String::new()];
    mbs.extend((0..COLUMNS.len()).map(|c| match sum(c).is_zero() {
        true => "-".to_string(),
        false => rate(measure::mb_per_s(bytes, sum(c))),
    }));
    let mut geo = vec!["geomean ratio".to_string(), String::new()];
    geo.extend((0..COLUMNS.len()).map(|_| String::new()));
    for (_, num, den) in RATIOS {
        let ratios: Vec<f64> = rows
            .iter()
            .filter_map(|r| ratio(COLUMNS[num].1(r), COLUMNS[den].1(r)))
            .filter(|r| *r > 0.0)
            .collect();
        geo.push(fmt(measure::geomean(&ratios)));
    }
    t.rows.extend([total, mbs, geo]);
    t
}
