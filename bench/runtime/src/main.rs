//! Run time of the sightglass programs under brisk, Wasmtime's Winch and
//! Wasmtime's Cranelift, in one run. What is timed is what sightglass times:
//! the region between the program's calls to `bench.start` and `bench.end`,
//! measured on the host by those two imports. Each program runs with its
//! own folder pre-opened as `.`; its stdout is checked against the
//! `*.stdout.expected` file next to it. Minimum of several runs, the
//! engines taking turns; on a busy machine `--clock cpu` times the
//! thread's CPU time instead of the wall clock.

use clap::Parser;
use std::cell::RefCell;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

#[derive(Parser)]
#[command(about = "Run time of sightglass programs: brisk vs Wasmtime (Winch, Cranelift)")]
struct Args {
    /// Programs to run (default: every sightglass program in
    /// ../shared/sightglass that brisk compiles and that has its input).
    files: Vec<PathBuf>,
    /// Runs per program and engine; the minimum is reported.
    #[arg(long, default_value_t = 3)]
    runs: usize,
    /// Print the table as Markdown (for the README).
    #[arg(long)]
    markdown: bool,
    /// Only run brisk (to compare brisk versions; the other columns stay empty).
    #[arg(long)]
    brisk_only: bool,
    /// Instead of the engine comparison, the overhead of an interruption
    /// mechanism: each program under brisk and Winch without and with
    /// `epoch` interruption (a deadline never reached) or `fuel` (more than
    /// the program uses), and the ratio per engine.
    #[arg(long, value_parser = ["epoch", "fuel"])]
    overhead: Option<String>,
    /// What times the region: `wall` (the wall clock) or `cpu` (the CPU
    /// time of the thread, user and system: what a busy machine takes
    /// from the program by running others does not count).
    #[arg(long, default_value = "wall", value_parser = ["wall", "cpu"])]
    clock: String,
    /// Wasmtime's GC for GC programs: `copying` (its default) or `drc`
    /// (deferred reference counting, which does not collect cycles).
    #[arg(long, default_value = "copying", value_parser = ["copying", "drc"])]
    wasmtime_gc: String,
}

/// Whether Wasmtime uses its DRC collector (`--wasmtime-gc drc`).
static WASMTIME_DRC: AtomicBool = AtomicBool::new(false);

/// Whether regions are timed by the thread's CPU time (`--clock cpu`).
static CPU_CLOCK: AtomicBool = AtomicBool::new(false);

/// The clock that times regions, since an arbitrary start.
fn now() -> Duration {
    if CPU_CLOCK.load(Ordering::Relaxed) {
        let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
        // SAFETY: `ts` is a valid, writable timespec for the call.
        let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
        assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)");
        Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
    } else {
        static START: OnceLock<Instant> = OnceLock::new();
        START.get_or_init(Instant::now).elapsed()
    }
}

/// The interruption mechanism compiled in and armed for a run.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Interrupt {
    None,
    Epoch,
    Fuel,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum EngineKind {
    Brisk,
    Winch,
    Cranelift,
}

const ENGINES: [EngineKind; 3] = [EngineKind::Brisk, EngineKind::Winch, EngineKind::Cranelift];

/// The time between `bench.start` and `bench.end`, and what the program wrote.
struct Outcome {
    region: Duration,
    stdout: Vec<u8>,
}

/// A `Write` whose bytes the benchmark reads back afterwards.
#[derive(Clone, Default)]
struct Captured(Rc<RefCell<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The timestamps `bench.start` and `bench.end` record.
#[derive(Default)]
struct Region {
    start: Option<Duration>,
    elapsed: Option<Duration>,
}

impl Region {
    fn start(&mut self) {
        self.start = Some(now());
    }
    fn end(&mut self) {
        self.elapsed = self.start.map(|s| now() - s);
    }
}

mod brisk_engine {
    use super::*;
    use brisk::{Caller, Engine, Linker, Module, Store};
    use brisk_wasi::{I32Exit, WasiCtx};

    struct Data {
        wasi: WasiCtx,
        region: Region,
    }

    pub fn compile(wasm: &[u8], interrupt: Interrupt) -> Result<(Engine, Module), String> {
        let mut config = brisk::Config::new();
        config
            .epoch_interruption(interrupt == Interrupt::Epoch)
            .consume_fuel(interrupt == Interrupt::Fuel);
        let engine = Engine::new(&config);
        let module = Module::from_binary(&engine, wasm).map_err(|e| e.to_string())?;
        Ok((engine, module))
    }

    pub fn run(engine: &Engine, module: &Module, dir: &Path, argv0: &str, interrupt: Interrupt) -> Result<Outcome, String> {
        let stdout = Captured::default();
        let mut wasi = WasiCtx::new();
        wasi.arg(argv0).stdout(stdout.clone()).stderr(Captured::default());
        wasi.preopen_host_dir(dir, ".").map_err(|e| e.to_string())?;
        let mut store = Store::new(engine, Data { wasi, region: Region::default() });
        match interrupt {
            Interrupt::None => {}
            Interrupt::Epoch => store.set_epoch_deadline(1 << 62),
            Interrupt::Fuel => store.set_fuel(u64::MAX).map_err(|e| e.to_string())?,
        }
        let mut linker = Linker::new();
        brisk_wasi::add_to_linker(&mut linker, &mut store, |d| &mut d.wasi);
        linker.func_wrap(&mut store, "bench", "start", |mut c: Caller<'_, Data>, (): ()| {
            c.data_mut().region.start();
            Ok(())
        });
        linker.func_wrap(&mut store, "bench", "end", |mut c: Caller<'_, Data>, (): ()| {
            c.data_mut().region.end();
            Ok(())
        });
        let instance = linker.instantiate(&mut store, module).map_err(|e| e.to_string())?;
        let start = instance.get_func(&mut store, "_start").ok_or("no _start")?;
        match start.call(&mut store, &[], &mut []) {
            Ok(()) => {}
            Err(e) if I32Exit::of(&e) == Some(0) => {}
            Err(e) => return Err(e.to_string()),
        }
        let region = store.data().region.elapsed.ok_or("bench.end was not called")?;
        let stdout = stdout.0.borrow().clone();
        Ok(Outcome { region, stdout })
    }
}

mod wasmtime_engine {
    use super::*;
    use wasmtime::{Caller, Collector, Config, Engine, Linker, Module, Store, Strategy};
    use wasmtime_wasi::p1::WasiP1Ctx;
    use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
    use wasmtime_wasi::{FsPerms, I32Exit, WasiCtxBuilder};

    struct Data {
        wasi: WasiP1Ctx,
        region: Region,
    }

    pub fn compile(wasm: &[u8], winch: bool, interrupt: Interrupt) -> Result<(Engine, Module), String> {
        let mut config = Config::new();
        config.strategy(if winch { Strategy::Winch } else { Strategy::Cranelift });
        config.epoch_interruption(interrupt == Interrupt::Epoch);
        config.consume_fuel(interrupt == Interrupt::Fuel);
        config.collector(if WASMTIME_DRC.load(Ordering::Relaxed) { Collector::DeferredReferenceCounting } else { Collector::Copying });
        let engine = Engine::new(&config).map_err(|e| e.to_string())?;
        let module = Module::new(&engine, wasm).map_err(|e| format!("{e:#}"))?;
        Ok((engine, module))
    }

    pub fn run(engine: &Engine, module: &Module, dir: &Path, argv0: &str, interrupt: Interrupt) -> Result<Outcome, String> {
        let stdout = MemoryOutputPipe::new(64 << 20);
        let wasi = WasiCtxBuilder::new()
            .arg(argv0)
            .stdout(stdout.clone())
            .stderr(MemoryOutputPipe::new(64 << 20))
            .preopened_dir(dir, ".", FsPerms::ReadWrite)
            .map_err(|e| e.to_string())?
            .build_p1();
        let mut store = Store::new(engine, Data { wasi, region: Region::default() });
        match interrupt {
            Interrupt::None => {}
            Interrupt::Epoch => store.set_epoch_deadline(1 << 62),
            Interrupt::Fuel => store.set_fuel(u64::MAX).map_err(|e| e.to_string())?,
        }
        let mut linker: Linker<Data> = Linker::new(engine);
        wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |d: &mut Data| &mut d.wasi).map_err(|e| e.to_string())?;
        linker
            .func_wrap("bench", "start", |mut c: Caller<'_, Data>| c.data_mut().region.start())
            .map_err(|e| e.to_string())?;
        linker
            .func_wrap("bench", "end", |mut c: Caller<'_, Data>| c.data_mut().region.end())
            .map_err(|e| e.to_string())?;
        let instance = linker.instantiate(&mut store, module).map_err(|e| format!("{e:#}"))?;
        let start = instance.get_typed_func::<(), ()>(&mut store, "_start").map_err(|e| e.to_string())?;
        if let Err(e) = start.call(&mut store, ()) {
            if e.downcast_ref::<I32Exit>().map(|x| x.0) != Some(0) {
                return Err(format!("{e:#}"));
            }
        }
        let region = store.data().region.elapsed.ok_or("bench.end was not called")?;
        Ok(Outcome { region, stdout: stdout.contents().to_vec() })
    }
}

/// One program's result per engine: the best region time, or why it failed.
struct Row {
    name: String,
    times: Vec<Result<Duration, String>>,
}

fn sightglass_dir() -> PathBuf {
    std::env::var_os("BRISK_SIGHTGLASS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/sightglass"))
}

fn default_programs() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "wasm") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&sightglass_dir(), &mut out);
    out.sort();
    out
}

/// The expected stdout next to `wasm`, if the program ships one.
fn expected_stdout(wasm: &Path) -> Option<Vec<u8>> {
    let stem = wasm.file_stem()?.to_str()?;
    std::fs::read(wasm.with_file_name(format!("{stem}.stdout.expected"))).ok()
}

/// Runs the program once and returns what it did.
type Runner<'a> = Box<dyn FnMut() -> Result<Outcome, String> + 'a>;

/// Compiles the program for an engine, with an interruption mechanism.
fn runner<'a>(kind: EngineKind, wasm: &[u8], path: &'a Path, interrupt: Interrupt) -> Result<Runner<'a>, String> {
    let dir = path.parent().ok_or("no folder")?;
    let argv0 = path.file_name().and_then(|n| n.to_str()).unwrap_or("benchmark.wasm");
    Ok(match kind {
        EngineKind::Brisk => {
            let (engine, module) = brisk_engine::compile(wasm, interrupt)?;
            Box::new(move || brisk_engine::run(&engine, &module, dir, argv0, interrupt))
        }
        EngineKind::Winch | EngineKind::Cranelift => {
            let (engine, module) = wasmtime_engine::compile(wasm, kind == EngineKind::Winch, interrupt)?;
            Box::new(move || wasmtime_engine::run(&engine, &module, dir, argv0, interrupt))
        }
    })
}

/// Each configuration's best region over `runs` runs, the configurations
/// taking turns (so a busy spell of the machine does not fall on one of
/// them), or why it failed (its output checked against the expected one).
fn measure(configs: &[(EngineKind, Interrupt)], wasm: &[u8], path: &Path, runs: usize) -> Vec<Result<Duration, String>> {
    let expected = expected_stdout(path);
    let mut runners: Vec<_> = configs.iter().map(|&(k, i)| runner(k, wasm, path, i)).collect();
    let mut best: Vec<Result<Duration, String>> = runners.iter().map(|_| Ok(Duration::MAX)).collect();
    for _ in 0..runs {
        for (runner, best) in runners.iter_mut().zip(&mut best) {
            let (Ok(run), Some(time)) = (runner, best.as_ref().ok().copied()) else {
                continue;
            };
            *best = match run() {
                Ok(o) if expected.as_ref().is_some_and(|e| o.stdout != *e) => Err("wrong output".into()),
                Ok(o) => Ok(o.region.min(time)),
                Err(e) => Err(e),
            };
        }
    }
    runners.into_iter().zip(best).map(|(r, b)| r.and(b)).collect()
}

fn main() {
    let args = Args::parse();
    CPU_CLOCK.store(args.clock == "cpu", Ordering::Relaxed);
    WASMTIME_DRC.store(args.wasmtime_gc == "drc", Ordering::Relaxed);
    let files = if args.files.is_empty() { default_programs() } else { args.files.clone() };
    let mut rows = Vec::new();
    let mut compile = Vec::new();
    for path in &files {
        let name = path.strip_prefix(sightglass_dir()).unwrap_or(path).display().to_string();
        let Ok(wasm) = std::fs::read(path) else {
            eprintln!("{name}: cannot read");
            continue;
        };
        if let Err(e) = brisk_engine::compile(&wasm, Interrupt::None) {
            eprintln!("{name}: skipped: brisk: {e}");
            continue;
        }
        if let Some(mechanism) = &args.overhead {
            let on = if mechanism == "epoch" { Interrupt::Epoch } else { Interrupt::Fuel };
            // brisk off, brisk on, Winch off, Winch on.
            let configs = [(EngineKind::Brisk, Interrupt::None), (EngineKind::Brisk, on), (EngineKind::Winch, Interrupt::None), (EngineKind::Winch, on)];
            let times = measure(&configs, &wasm, path, args.runs);
            for ((k, i), t) in configs.iter().zip(&times) {
                if let Err(e) = t {
                    eprintln!("{name}: {k:?} {i:?}: {e}");
                }
            }
            eprintln!("{name}: done");
            rows.push(Row { name, times });
            continue;
        }
        let engines = if args.brisk_only { &ENGINES[..1] } else { &ENGINES[..] };
        let configs: Vec<_> = engines.iter().map(|&k| (k, Interrupt::None)).collect();
        let mut times = measure(&configs, &wasm, path, args.runs);
        for (k, t) in engines.iter().zip(&times) {
            if let Err(e) = t {
                eprintln!("{name}: {k:?}: {e}");
            }
        }
        times.resize(ENGINES.len(), Err("not run".to_string()));
        eprintln!("{name}: done");
        rows.push(Row { name, times });
        compile.push(compile_time(&wasm));
    }
    if let Some(mechanism) = &args.overhead {
        report_overhead(&rows, mechanism, args.markdown);
        return;
    }
    report(&rows, args.markdown);
    let (bytes, secs) = compile.iter().fold((0, 0.0), |(b, t), (cb, ct)| (b + cb, t + ct));
    println!("brisk compile, single-threaded, min of 5: {bytes} code-section bytes in {:.1} ms = {:.1} MB/s", secs * 1e3, bytes as f64 / 1e6 / secs);
}

/// brisk's single-threaded compile time of `wasm` (minimum of 5) and the
/// size of its code section, for the throughput line under the table.
fn compile_time(wasm: &[u8]) -> (u64, f64) {
    let engine = brisk::Engine::new(brisk::Config::new().parallel_compilation(false));
    let best = (0..5)
        .map(|_| {
            let t = Instant::now();
            brisk::Module::from_binary(&engine, wasm).expect("compiled before");
            t.elapsed().as_secs_f64()
        })
        .fold(f64::MAX, f64::min);
    (code_section_bytes(wasm), best)
}

/// The size of the code section's contents.
fn code_section_bytes(wasm: &[u8]) -> u64 {
    // Sections: id byte, LEB128 size, contents; the code section is id 10.
    let (mut at, mut total) = (8, 0);
    while at < wasm.len() {
        let id = wasm[at];
        at += 1;
        let (mut size, mut shift) = (0u64, 0);
        loop {
            let b = wasm[at];
            at += 1;
            size |= ((b & 0x7f) as u64) << shift;
            shift += 7;
            if b & 0x80 == 0 {
                break;
            }
        }
        if id == 10 {
            total += size;
        }
        at += size as usize;
    }
    total
}

fn ms(d: &Result<Duration, String>) -> String {
    match d {
        Ok(d) => format!("{:.2}", d.as_secs_f64() * 1e3),
        Err(_) => "fail".into(),
    }
}

/// brisk's time over another engine's; none for regions too short to
/// compare (under 10 µs, where timer noise dominates).
fn ratio(a: &Result<Duration, String>, b: &Result<Duration, String>) -> Option<f64> {
    let floor = Duration::from_micros(10);
    match (a, b) {
        (Ok(a), Ok(b)) if *a >= floor && *b >= floor => Some(a.as_secs_f64() / b.as_secs_f64()),
        _ => None,
    }
}

fn geomean(xs: &[f64]) -> f64 {
    (xs.iter().map(|x| x.ln()).sum::<f64>() / xs.len() as f64).exp()
}

fn report(rows: &[Row], markdown: bool) {
    let header = ["program", "brisk ms", "Winch ms", "Cranelift ms", "brisk/Winch", "brisk/Cranelift"];
    let (mut vs_winch, mut vs_cranelift) = (Vec::new(), Vec::new());
    let mut lines = Vec::new();
    for r in rows {
        let w = ratio(&r.times[0], &r.times[1]);
        let c = ratio(&r.times[0], &r.times[2]);
        vs_winch.extend(w);
        vs_cranelift.extend(c);
        let f = |x: Option<f64>| x.map_or("-".into(), |x| format!("{x:.2}"));
        lines.push([r.name.clone(), ms(&r.times[0]), ms(&r.times[1]), ms(&r.times[2]), f(w), f(c)]);
    }
    let g = |xs: &[f64]| if xs.is_empty() { "-".into() } else { format!("{:.2}", geomean(xs)) };
    lines.push(["geomean".into(), String::new(), String::new(), String::new(), g(&vs_winch), g(&vs_cranelift)]);
    print_table(&header, &lines, &[44, 10, 10, 12, 12, 16], markdown);
}

/// Prints `lines` under `header` as Markdown or as columns of `widths`
/// (the first left-aligned, the others right-aligned).
fn print_table<const N: usize>(header: &[&str; N], lines: &[[String; N]], widths: &[usize; N], markdown: bool) {
    if markdown {
        println!("| {} |", header.join(" | "));
        println!("|{}", " --- |".repeat(N));
        for l in lines {
            println!("| {} |", l.join(" | "));
        }
        return;
    }
    let row = |cells: [&str; N]| {
        let cols: Vec<String> = cells
            .iter()
            .zip(widths)
            .enumerate()
            .map(|(i, (c, &w))| if i == 0 { format!("{c:<w$}") } else { format!("{c:>w$}") })
            .collect();
        println!("{}", cols.join(" "));
    };
    row(*header);
    for l in lines {
        row(l.each_ref().map(String::as_str));
    }
}

/// The overhead table: per engine, the time with the mechanism over the
/// time without (rows hold brisk off, brisk on, Winch off, Winch on).
fn report_overhead(rows: &[Row], mechanism: &str, markdown: bool) {
    let header = ["program", "brisk ms", &format!("brisk+{mechanism} ms"), "brisk ratio", "Winch ms", &format!("Winch+{mechanism} ms"), "Winch ratio"];
    let (mut brisk, mut winch) = (Vec::new(), Vec::new());
    let mut lines = Vec::new();
    for r in rows {
        let b = ratio(&r.times[1], &r.times[0]);
        let w = ratio(&r.times[3], &r.times[2]);
        brisk.extend(b);
        winch.extend(w);
        let f = |x: Option<f64>| x.map_or("-".into(), |x| format!("{x:.3}"));
        lines.push([r.name.clone(), ms(&r.times[0]), ms(&r.times[1]), f(b), ms(&r.times[2]), ms(&r.times[3]), f(w)]);
    }
    let g = |xs: &[f64]| if xs.is_empty() { "-".into() } else { format!("{:.3}", geomean(xs)) };
    lines.push(["geomean".into(), String::new(), String::new(), g(&brisk), String::new(), String::new(), g(&winch)]);
    print_table(&header, &lines, &[44, 10, 14, 12, 10, 14, 12], markdown);
}
