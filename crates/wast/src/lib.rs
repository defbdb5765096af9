//! Runs WebAssembly spec-test scripts (`.wast`) against brisk.
//!
//! Every directive of a script passes, fails or is skipped. A directive is
//! skipped when the module it needs uses a feature brisk reports as
//! unsupported (or when it is a directive for a proposal brisk lacks), and
//! so is every later directive that depends on that module. Anything else
//! that does not go as the script says is a failure.
//!
//! ```
//! let script = r#"
//!     (module (func (export "add") (param i32 i32) (result i32)
//!         local.get 0 local.get 1 i32.add))
//!     (assert_return (invoke "add" (i32.const 1) (i32.const 2)) (i32.const 3))
//! "#;
//! let report = brisk_wast::run_source("add.wast", script, &brisk_wast::Options::default());
//! assert_eq!((report.passed, report.failed, report.skipped), (2, 0, 0));
//! ```

mod legacy;
mod report;
mod runner;
mod spectest;
mod values;

pub use report::{FileReport, Note, Report, feature_group};

use brisk::{BoundsChecks, Target};
use std::any::Any;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Each script runs on a thread of its own with this much stack: deeply
/// nested modules and brisk's own stack limit both need room.
const SCRIPT_STACK: usize = 64 << 20;

/// How to run scripts.
#[derive(Debug, Clone)]
pub struct Options {
    /// What code is compiled for; it must run in this process: natively,
    /// or AArch64 code under the emulator (the `emulator` feature).
    pub target: Target,
    /// How compiled code checks memory bounds.
    pub bounds: BoundsChecks,
    /// Files run in parallel (at least 1).
    pub jobs: usize,
    /// Record every skipped directive with its reason, not only counts.
    pub verbose: bool,
    /// Lazy compilation (`Config::lazy_compilation`).
    pub lazy: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            target: Target::host(),
            bounds: guard_pages(),
            jobs: 1,
            verbose: false,
            lazy: false,
        }
    }
}

/// brisk's default bounds checking: guard pages.
pub fn guard_pages() -> BoundsChecks {
    BoundsChecks::GuardPages {
        guard_bytes: BoundsChecks::DEFAULT_GUARD,
    }
}

/// Runs the script in the file at `path`.
pub fn run_file(path: &Path, options: &Options) -> FileReport {
    let name = path.display().to_string();
    match std::fs::read_to_string(path) {
        Ok(text) => run_source(&name, &text, options),
        Err(e) => FileReport::broken(&name, format!("cannot read: {e}")),
    }
}

/// Runs the script `text`; `name` is the path the report shows.
pub fn run_source(name: &str, text: &str, options: &Options) -> FileReport {
    let (name, text, options) = (name.to_string(), text.to_string(), options.clone());
    let thread = std::thread::Builder::new()
        .name(format!("wast {name}"))
        .stack_size(SCRIPT_STACK)
        .spawn({
            let name = name.clone();
            move || runner::run(&name, &text, &options)
        });
    match thread.map(|t| t.join()) {
        Ok(Ok(report)) => report,
        Ok(Err(panic)) => FileReport::broken(
            &name,
            format!("runner panicked: {}", panic_message(&*panic)),
        ),
        Err(e) => FileReport::broken(&name, format!("cannot start a thread: {e}")),
    }
}

/// The `.wast` files `paths` name: files as given, directories by the
/// `.wast` files directly in them (not in subdirectories), sorted.
pub fn wast_files(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        let listing = path.is_dir().then(|| std::fs::read_dir(path));
        match listing {
            Some(Ok(entries)) => {
                let mut found: Vec<PathBuf> = entries
                    .filter_map(|e| Some(e.ok()?.path()))
                    .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "wast"))
                    .collect();
                found.sort();
                files.extend(found);
            }
            // Not a directory, or unreadable: running it reports why.
            _ => files.push(path.clone()),
        }
    }
    files
}

/// Runs every script `paths` name (see [`wast_files`]).
pub fn run_paths(paths: &[PathBuf], options: &Options) -> Report {
    run_paths_with(paths, options, |_, _, _| {})
}

/// As [`run_paths`], calling `on_file(report, done, total)` as each file
/// finishes (in completion order, from worker threads).
pub fn run_paths_with(
    paths: &[PathBuf],
    options: &Options,
    on_file: impl Fn(&FileReport, usize, usize) + Sync,
) -> Report {
    let files = wast_files(paths);
    let slots: Vec<Mutex<Option<FileReport>>> = files.iter().map(|_| Mutex::new(None)).collect();
    let (next, done) = (AtomicUsize::new(0), AtomicUsize::new(0));
    std::thread::scope(|scope| {
        for _ in 0..options.jobs.clamp(1, files.len().max(1)) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(file) = files.get(i) else { break };
                    let report = run_file(file, options);
                    on_file(
                        &report,
                        done.fetch_add(1, Ordering::Relaxed) + 1,
                        files.len(),
                    );
                    *slots[i].lock().unwrap() = Some(report);
                }
            });
        }
    });
    Report {
        files: slots
            .into_iter()
            .map(|s| s.into_inner().unwrap().expect("every file ran"))
            .collect(),
    }
}

pub(crate) fn panic_message(panic: &(dyn Any + Send)) -> String {
    match (panic.downcast_ref::<&str>(), panic.downcast_ref::<String>()) {
        (Some(s), _) => s.to_string(),
        (_, Some(s)) => s.clone(),
        _ => "(no message)".into(),
    }
}
