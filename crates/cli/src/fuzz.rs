//! `brisk fuzz`: differential fuzzing against the wasmi interpreter, bad
//! input, addressing checked against a model, and GC (crash-only).
//!
//! The iterations run in a child process (`brisk fuzz --worker`) that
//! reports each one on stdout as it begins and ends, so that a crash or a
//! hang in brisk is pinned to its seed, saved, and the run goes on after it.

use crate::codegen_args::Bounds;
use crate::progress::Progress;
use brisk_fuzz::case::{self, CaseInfo};
use brisk_fuzz::{Budget, Campaign, Options, Report, Stats, Target, Verdict};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::{Mutex, mpsc};
use std::time::{Duration, Instant, SystemTime};

/// An iteration still running after this long is reported as a hang.
const HANG_TIMEOUT: Duration = Duration::from_secs(30);

/// Fuzz brisk: generated modules compared with the wasmi interpreter
/// (`diff`), mutated modules that must give an error or a module and never
/// a panic, hang or crash (`bytes`), or modules with 32-bit, 64-bit and
/// one-byte-page memories and accesses near the 2^31, 2^32, 2^63 and
/// 2^64 edges checked against a model (`addressing`), or modules with GC
/// run in a small GC heap, never a panic, hang or crash (`gc`). Iteration
/// i runs seed S+i.
/// Exits with 1 if anything was found; each case is saved to OUT/<seed>.
#[derive(clap::Args)]
pub struct FuzzArgs {
    /// Run for this long (default: 60 s).
    #[arg(long, conflicts_with = "iterations")]
    seconds: Option<f64>,
    /// Run this many iterations.
    #[arg(long)]
    iterations: Option<u64>,
    /// The first seed (default: from the clock).
    #[arg(long)]
    seed: Option<u64>,
    /// Iterations run in parallel (default: the number of cores).
    #[arg(long)]
    jobs: Option<usize>,
    #[arg(long, value_enum, default_value_t = TargetArg::Diff)]
    target: TargetArg,
    /// How compiled code checks memory bounds (default: guard, or for
    /// --replay the saved case's).
    #[arg(long, value_enum)]
    bounds: Option<Bounds>,
    /// The ISA brisk compiles for (default: this machine's, with all its
    /// CPU features); `aarch64` on another host runs under the emulator
    /// (brisk built with the `emulator` feature). Saved cases do not record
    /// it: replay them with the same `--isa`.
    #[arg(long)]
    isa: Option<String>,
    /// Where cases are saved.
    #[arg(long, default_value = "fuzz-failures")]
    out: PathBuf,
    /// Stop after this many findings.
    #[arg(long, default_value_t = 20)]
    max_failures: u64,
    /// Re-run the case saved in this directory instead of fuzzing.
    #[arg(long, conflicts_with_all = ["seconds", "iterations", "seed", "jobs"])]
    replay: Option<PathBuf>,
    /// Run iterations in this process, reporting each on stdout.
    #[arg(long, hide = true)]
    worker: bool,
    /// Corrupt brisk's first result in each module (tests saving cases).
    #[arg(long, hide = true)]
    inject_mismatch: bool,
    /// Abort the worker when it begins this seed (tests crash handling).
    #[arg(long, hide = true)]
    inject_crash: Option<u64>,
}

#[derive(clap::ValueEnum, Clone, Copy)]
enum TargetArg {
    Diff,
    Bytes,
    Addressing,
    Gc,
}

impl FuzzArgs {
    fn target(&self) -> Target {
        match self.target {
            TargetArg::Diff => Target::Diff,
            TargetArg::Bytes => Target::Bytes,
            TargetArg::Addressing => Target::Addressing,
            TargetArg::Gc => Target::Gc,
        }
    }

    /// What brisk compiles for: `--isa`, or this machine.
    fn compile_target(&self) -> Result<brisk::Target, String> {
        let host = brisk::Target::host();
        let target = match &self.isa {
            None => host,
            Some(name) => match brisk::Isa::from_name(name) {
                Some(isa) if isa == host.isa() => host,
                Some(isa) => brisk::Target::baseline(isa),
                None => return Err(format!("unknown ISA {name:?} (known: x86_64, aarch64)")),
            },
        };
        brisk_runtime::Executor::for_target(target)
            .map_err(|why| format!("cannot fuzz {target}: {why}"))?;
        Ok(target)
    }

    fn options(&self) -> Options {
        Options {
            bounds: self.bounds.unwrap_or(Bounds::Guard).checks(),
            // Checked before anything runs (`run`).
            target: self
                .compile_target()
                .unwrap_or_else(|_| brisk::Target::host()),
            inject_mismatch: self.inject_mismatch,
            ..Options::default()
        }
    }

    fn jobs(&self) -> usize {
        self.jobs
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
    }

    fn budget(&self) -> Budget {
        match (self.iterations, self.seconds) {
            (Some(n), _) => Budget::Iterations(n),
            (None, seconds) => Budget::Time(Duration::from_secs_f64(seconds.unwrap_or(60.0))),
        }
    }

    fn case_dir(&self, seed: u64) -> PathBuf {
        self.out.join(seed.to_string())
    }
}

pub fn run(args: FuzzArgs) -> Result<(), String> {
    args.compile_target()?;
    if let Some(dir) = &args.replay {
        replay(dir, &args)
    } else if args.worker {
        worker(&args)
    } else {
        Supervisor::new(&args).run()
    }
}

fn replay(dir: &Path, args: &FuzzArgs) -> Result<(), String> {
    let case = case::load(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let target = match args.isa {
        Some(_) => args.compile_target()?,
        None => case.info.options.target,
    };
    let options = Options {
        bounds: args.bounds.map_or(case.info.options.bounds, Bounds::checks),
        target,
        inject_mismatch: args.inject_mismatch,
        ..case.info.options
    };
    let report = case::replay(&case, &options);
    println!("brisk:");
    report.brisk.iter().for_each(|l| println!("  {l}"));
    println!("{}:", case.info.target.reference());
    report.wasmi.iter().for_each(|l| println!("  {l}"));
    println!("{}", case::verdict_line(&report.verdict));
    if report.verdict.is_finding() {
        return Err("the case still fails".into());
    }
    Ok(())
}

/// Runs iterations in this process; prints `begin SEED` and
/// `end SEED VERDICT` lines for the supervisor.
fn worker(args: &FuzzArgs) -> Result<(), String> {
    let campaign = Campaign {
        target: args.target(),
        options: args.options(),
        first_seed: args.seed.ok_or("--worker needs --seed")?,
        budget: args.budget(),
        jobs: args.jobs(),
        max_findings: args.max_failures,
    };
    let stdout = Mutex::new(std::io::stdout());
    let say = |line: String| {
        let mut out = stdout.lock().unwrap();
        // The supervisor may be gone; then nobody is listening anyway.
        let _ = writeln!(out, "{line}").and_then(|_| out.flush());
    };
    let begin = |seed| {
        say(format!("begin {seed}"));
        if args.inject_crash == Some(seed) {
            std::process::abort();
        }
    };
    let end = |seed, report: &Report| {
        if report.verdict.is_finding() {
            let isa = args.options().target.isa();
            let wasm = brisk_fuzz::module_for(campaign.target, seed, isa);
            if let Err(e) = case::save(&args.case_dir(seed), &wasm, &info(args, seed), report) {
                eprintln!("error: cannot save the case of seed {seed}: {e}");
            }
        }
        say(format!(
            "end {seed} {}",
            case::verdict_line(&report.verdict)
        ));
    };
    brisk_fuzz::campaign::run(&campaign, begin, end);
    Ok(())
}

fn info(args: &FuzzArgs, seed: u64) -> CaseInfo {
    CaseInfo {
        target: args.target(),
        seed,
        options: brisk_fuzz::options_for(seed, &args.options()),
    }
}

/// How a worker process ended.
enum WorkerEnd {
    /// It ran its budget out.
    Finished,
    /// It crashed or hung: the seeds it had begun and not ended.
    Died {
        how: String,
        hung: Option<u64>,
        unfinished: Vec<u64>,
    },
}

/// Runs worker processes, restarting them after a crash, and keeps count.
struct Supervisor<'a> {
    args: &'a FuzzArgs,
    stats: Stats,
    progress: Progress,
    start: Instant,
    last_shown: Instant,
    /// The highest seed any worker began.
    max_begun: Option<u64>,
}

impl<'a> Supervisor<'a> {
    fn new(args: &'a FuzzArgs) -> Self {
        Supervisor {
            args,
            stats: Stats::default(),
            progress: Progress::new(),
            start: Instant::now(),
            last_shown: Instant::now(),
            max_begun: None,
        }
    }

    fn run(mut self) -> Result<(), String> {
        let args = self.args;
        let first = args.seed.unwrap_or_else(clock_seed);
        let options = args.options();
        println!(
            "fuzzing target {} with {} bounds checks for {}, seeds from {first}, {} jobs",
            args.target().name(),
            case::bounds_name(options.bounds),
            options.target,
            args.jobs()
        );
        let mut next = first;
        while self.stats.findings() < args.max_failures {
            let budget = match args.budget() {
                Budget::Iterations(n) => match n.saturating_sub(next.wrapping_sub(first)) {
                    0 => break,
                    left => Budget::Iterations(left),
                },
                Budget::Time(t) => match t.saturating_sub(self.start.elapsed()) {
                    Duration::ZERO => break,
                    left => Budget::Time(left),
                },
            };
            let WorkerEnd::Died {
                how,
                hung,
                unfinished,
            } = self.run_worker(next, budget, args.jobs())?
            else {
                break;
            };
            if let Some(seed) = hung {
                self.crashed(seed, &format!("hang: no result after {HANG_TIMEOUT:?}"));
            }
            // Which of the seeds in flight crashed: each alone.
            for seed in unfinished {
                if let WorkerEnd::Died { how, .. } =
                    self.run_worker(seed, Budget::Iterations(1), 1)?
                {
                    self.crashed(seed, &how);
                }
            }
            next = match self.max_begun {
                Some(seed) if seed.wrapping_sub(first) >= next.wrapping_sub(first) => {
                    seed.wrapping_add(1)
                }
                _ => return Err(format!("fuzzing {how} before it began")),
            };
        }
        self.progress.clear();
        let elapsed = self.start.elapsed().as_secs_f64();
        self.print_reasons();
        println!(
            "fuzz: {} in {elapsed:.1} s ({:.1} iterations/s)",
            self.stats.summary(),
            self.stats.iterations as f64 / elapsed.max(1e-9)
        );
        match self.stats.findings() {
            0 => Ok(()),
            n => Err(format!(
                "{n} finding(s), saved under {}",
                args.out.display()
            )),
        }
    }

    /// Runs one worker process from `seed` until it ends, crashes or hangs.
    fn run_worker(&mut self, seed: u64, budget: Budget, jobs: usize) -> Result<WorkerEnd, String> {
        let args = self.args;
        let exe = std::env::current_exe().map_err(|e| format!("cannot find brisk: {e}"))?;
        let mut command = Command::new(exe);
        command.args(["fuzz", "--worker", "--target", args.target().name()]);
        command.args(["--bounds", case::bounds_name(args.options().bounds)]);
        if let Some(isa) = &args.isa {
            command.args(["--isa", isa]);
        }
        command
            .arg(format!("--seed={seed}"))
            .arg(format!("--jobs={jobs}"));
        command.arg("--out").arg(&args.out);
        command.arg(format!(
            "--max-failures={}",
            args.max_failures - self.stats.findings()
        ));
        match budget {
            Budget::Iterations(n) => command.arg(format!("--iterations={n}")),
            Budget::Time(t) => command.arg(format!("--seconds={}", t.as_secs_f64())),
        };
        if args.inject_mismatch {
            command.arg("--inject-mismatch");
        }
        if let Some(seed) = args.inject_crash {
            command.arg(format!("--inject-crash={seed}"));
        }
        let mut child = command
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot start a fuzzing process: {e}"))?;
        let stdout = child.stdout.take().expect("stdout is piped");
        let (lines, received) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if lines.send(line).is_err() {
                    break;
                }
            }
        });
        let mut in_flight = BTreeMap::new();
        let mut begun = BTreeSet::new();
        let mut hung = None;
        loop {
            match received.recv_timeout(Duration::from_millis(200)) {
                Ok(line) => {
                    if let Some(seed) = self.handle(&line, &mut in_flight) {
                        begun.insert(seed);
                    }
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
            self.show_progress();
            if let Some((&seed, _)) = in_flight.iter().find(|(_, t)| t.elapsed() > HANG_TIMEOUT) {
                hung = Some(seed);
                in_flight.remove(&seed);
                // Already exited, if the kill fails: wait() tells.
                let _ = child.kill();
                break;
            }
        }
        let status = child
            .wait()
            .map_err(|e| format!("cannot wait for the fuzzing process: {e}"))?;
        Ok(if status.success() && hung.is_none() {
            WorkerEnd::Finished
        } else {
            // Seeds are claimed in order but announced by each thread on its
            // own: one claimed below the last announced seed may never have
            // been announced when the process died. Run those again too.
            let last = begun.last().copied().unwrap_or(seed);
            let never_begun = (seed..last).filter(|s| !begun.contains(s));
            WorkerEnd::Died {
                how: describe(status, hung.is_some()),
                hung,
                unfinished: in_flight.into_keys().chain(never_begun).collect(),
            }
        })
    }

    /// One line from a worker; the seed it began, if it is a `begin`.
    fn handle(&mut self, line: &str, in_flight: &mut BTreeMap<u64, Instant>) -> Option<u64> {
        let mut words = line.splitn(3, ' ');
        let (Some(event), Some(Ok(seed))) = (words.next(), words.next().map(str::parse::<u64>))
        else {
            return None;
        };
        match event {
            "begin" => {
                in_flight.insert(seed, Instant::now());
                self.max_begun = self.max_begun.max(Some(seed));
                return Some(seed);
            }
            "end" => {
                in_flight.remove(&seed);
                let verdict = words.next().and_then(case::parse_verdict);
                let verdict = verdict.unwrap_or(Verdict::Crash(format!("bad report {line:?}")));
                if verdict.is_finding() {
                    self.report_finding(seed, &verdict);
                }
                self.stats.record(&verdict);
            }
            _ => {}
        }
        None
    }

    /// Counts, saves and reports a seed whose worker crashed or hung.
    fn crashed(&mut self, seed: u64, how: &str) {
        let verdict = Verdict::Crash(how.to_string());
        let report = Report {
            verdict: verdict.clone(),
            calls: Vec::new(),
            brisk: Vec::new(),
            wasmi: Vec::new(),
        };
        let isa = self.args.options().target.isa();
        let wasm = brisk_fuzz::module_for(self.args.target(), seed, isa);
        if let Err(e) = case::save(
            &self.args.case_dir(seed),
            &wasm,
            &info(self.args, seed),
            &report,
        ) {
            eprintln!("error: cannot save the case of seed {seed}: {e}");
        }
        self.report_finding(seed, &verdict);
        self.stats.record(&verdict);
    }

    fn report_finding(&self, seed: u64, verdict: &Verdict) {
        self.progress.clear();
        println!("seed {seed}: {}", case::verdict_line(verdict));
        println!("  saved to {}", self.args.case_dir(seed).display());
    }

    fn show_progress(&mut self) {
        if self.last_shown.elapsed() < Duration::from_millis(200) {
            return;
        }
        self.last_shown = Instant::now();
        let s = &self.stats;
        let elapsed = self.start.elapsed();
        let fraction = match self.args.budget() {
            Budget::Iterations(n) => s.iterations as f64 / n.max(1) as f64,
            Budget::Time(t) => elapsed.as_secs_f64() / t.as_secs_f64().max(1e-9),
        };
        self.progress.show(
            fraction,
            &format!(
                "{} iterations, {:.0}/s, skipped {:.1}%, inconclusive {:.1}%, {} findings",
                s.iterations,
                s.iterations as f64 / elapsed.as_secs_f64().max(1e-9),
                s.skip_percent(),
                s.inconclusive_percent(),
                s.findings()
            ),
        );
    }

    /// Why iterations were skipped or inconclusive, most frequent first.
    fn print_reasons(&self) {
        let mut reasons: Vec<_> = self.stats.reasons.iter().collect();
        reasons.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
        if !reasons.is_empty() {
            println!("skipped or inconclusive, by reason:");
        }
        for (reason, n) in reasons.iter().take(10) {
            println!("  {n:>7}  {reason}");
        }
    }
}

fn describe(status: ExitStatus, hung: bool) -> String {
    use std::os::unix::process::ExitStatusExt;
    if hung {
        return "process hung".into();
    }
    match (status.code(), status.signal()) {
        (_, Some(signal)) => format!("process killed by signal {signal}"),
        (Some(code), _) => format!("process exited with status {code}"),
        _ => "process ended".into(),
    }
}

/// A first seed that differs from run to run.
fn clock_seed() -> u64 {
    let now = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH);
    now.map_or(0, |d| d.as_millis() as u64)
}
