//! `brisk first-call`: time to first call, eager against lazy compilation.

use crate::measure::{Table, find_wasm, min_time, ms};
use brisk::{Config, Engine, Error, ExternType, Instance, Linker, Module, Store, Val};
use std::cell::Cell;
use std::path::PathBuf;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// Measure the time from module bytes in memory to the first call, with
/// eager and with lazy compilation, on one thread.
///
/// For each module: compile (`Module::new`), instantiate with every
/// function import defined as a host function that stops the run, and call
/// `_start` (a WASI command's entry; a reactor's, `_initialize`, if there
/// is no `_start`). "First call" stops it as it enters (epoch
/// interruption with the deadline passed: the entry's check traps);
/// "first import" lets it run until it first calls an import (a WASI call
/// or sightglass's `bench.start`): lazily, that compiles just the
/// functions on the way. Compared with what no compile strategy avoids:
/// validating the module (wasmparser, all of Wasm 3.0) plus instantiating
/// an already compiled module. The minimum of `--runs` runs of each.
#[derive(clap::Args)]
pub struct FirstCallArgs {
    /// Modules (.wasm) or directories searched recursively for them.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Runs per measure; the fastest is reported.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..))]
    runs: u32,
    /// Print the table in Markdown instead of aligned text.
    #[arg(long)]
    markdown: bool,
}

pub fn run(args: FirstCallArgs) -> Result<(), String> {
    let runs = args.runs as usize;
    let mut table = Table::new(&[
        "module",
        "validate ms",
        "instantiate ms",
        "eager first call ms",
        "lazy first call ms",
        "lazy / (validate + instantiate)",
        "eager first import ms",
        "lazy first import ms",
    ]);
    let [eager, lazy, eager_entry, lazy_entry] =
        [(false, false), (true, false), (false, true), (true, true)]
            .map(|(lazy, stop_at_entry)| engine(lazy, stop_at_entry));
    for (name, path) in find_wasm(&args.files)? {
        let wasm = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let features = brisk_codegen::CompileOptions::default().wasm_features;
        let (validate, ()) = min_time(runs, || {
            wasmparser::Validator::new_with_features(features)
                .validate_all(&wasm)
                .map(drop)
                .map_err(|e| format!("{name}: {e}"))
        })?;
        let compiled = Module::new(&eager, &wasm).map_err(|e| format!("{name}: {e}"))?;
        let (instantiate, _) = min_time(runs, || instantiate(&eager, &compiled).map(drop))?;
        let first_call = |engine: &Engine| {
            let mut best = Duration::MAX;
            for _ in 0..runs {
                best = best.min(time_to_first_call(engine, &wasm)?);
            }
            Ok::<_, String>(best)
        };
        let [eager_call, lazy_call, eager_import, lazy_import] =
            [&eager_entry, &lazy_entry, &eager, &lazy]
                .map(|engine| first_call(engine).map_err(|e| format!("{name}: {e}")));
        let lazy_call = lazy_call?;
        let floor = validate + instantiate;
        table.rows.push(vec![
            name,
            ms(validate),
            ms(instantiate),
            ms(eager_call?),
            ms(lazy_call),
            format!("{:.2}", lazy_call.as_secs_f64() / floor.as_secs_f64()),
            ms(eager_import?),
            ms(lazy_import?),
        ]);
    }
    print!("{}", table.render(args.markdown));
    Ok(())
}

fn engine(lazy: bool, stop_at_entry: bool) -> Engine {
    let mut config = Config::new();
    config
        .parallel_compilation(false)
        .lazy_compilation(lazy)
        .epoch_interruption(stop_at_entry);
    Engine::new(&config)
}

/// When an import was first called, if it was.
type FirstImport = Rc<Cell<Option<Instant>>>;

/// A store with `module` instantiated, every function import a host
/// function that records when it was first called and stops the run.
fn instantiate(
    engine: &Engine,
    module: &Module,
) -> Result<(Store<()>, Instance, FirstImport), String> {
    let mut store = Store::new(engine, ());
    let mut linker = Linker::new();
    let called = Rc::new(Cell::new(None));
    for (module_name, name, ty) in module.imports() {
        let ExternType::Func(ty) = ty else {
            return Err(format!("import {module_name}.{name} is not a function"));
        };
        let called = called.clone();
        linker.func_new(&mut store, module_name, name, ty, move |_, _, _| {
            called.set(Some(Instant::now()));
            Err(Error::Type("first call out of Wasm".into()))
        });
    }
    let instance = linker
        .instantiate(&mut store, module)
        .map_err(|e| e.to_string())?;
    Ok((store, instance, called))
}

/// The export a run starts at: a WASI command's entry, else a reactor's.
const ENTRIES: [&str; 2] = ["_start", "_initialize"];

/// From the bytes to the first call out of the entry, or until it stops
/// at the entry.
fn time_to_first_call(engine: &Engine, wasm: &[u8]) -> Result<Duration, String> {
    let start = Instant::now();
    let module = Module::new(engine, wasm).map_err(|e| e.to_string())?;
    let (mut store, instance, called) = instantiate(engine, &module)?;
    let entry = ENTRIES
        .iter()
        .find_map(|name| instance.get_func(&mut store, name))
        .ok_or("no _start or _initialize export")?;
    let mut results: [Val; 0] = [];
    // Stopped at its entry, by the first import it calls, or done.
    let _ = entry.call(&mut store, &[], &mut results);
    Ok(called.get().unwrap_or_else(Instant::now) - start)
}
