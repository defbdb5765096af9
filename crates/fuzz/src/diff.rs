//! Runs one module in brisk and in wasmi, step by step, and compares.

use crate::engines::{
    BriskSide, CallResult, Export, ExportKind, Reference, Side, Stop, brisk_config, brisk_stop,
    wasmi1, wasmi2,
};
use crate::rng::Rng;
use crate::value::{self, Value};
use crate::{FUEL, FUEL_EXPORT, MAX_PAGES};
use brisk::{BoundsChecks, CompileError, Engine, Error, Target};
use std::panic::{AssertUnwindSafe, catch_unwind};
use wasmparser::WasmFeatures;

/// Table elements a module may start with (compared after every call).
const MAX_TABLE: u64 = 100_000;

/// One call of an exported function.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    /// Index into the module's exports.
    pub export: usize,
    pub name: String,
    pub args: Vec<Value>,
}

/// Which calls to make.
#[derive(Debug, Clone)]
pub enum Plan {
    /// Every exported function, in export order, twice, with arguments
    /// drawn from this seed.
    Seed(u64),
    /// Exactly these calls (a saved case).
    Calls(Vec<Call>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Both engines did the same.
    Agree,
    /// Both engines rejected the module as invalid.
    Rejected,
    /// brisk lacks something the module needs, or the module is outside
    /// what the two engines can be compared on.
    Skipped(String),
    /// The engines diverged for a reason that is not a bug, such as
    /// different stack limits.
    Inconclusive(String),
    Mismatch(String),
    /// brisk and wasmi 2 differ as said (or wasmi 2 panics), but brisk and
    /// wasmi 1 agree throughout: a wasmi 2 bug (see `regressions/wasmi2-*`).
    WasmiBug(String),
    /// A panic, in brisk or in wasmi.
    Crash(String),
}

impl Verdict {
    /// A mismatch or a crash: what the fuzzer is looking for.
    pub fn is_finding(&self) -> bool {
        matches!(self, Verdict::Mismatch(_) | Verdict::Crash(_))
    }
}

/// The outcome of one module, with what each engine did, step by step.
#[derive(Debug, Clone)]
pub struct Report {
    pub verdict: Verdict,
    pub calls: Vec<Call>,
    pub brisk: Vec<String>,
    pub wasmi: Vec<String>,
}

/// Settings of a differential run.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub bounds: BoundsChecks,
    /// What brisk compiles for (the ISA and CPU features its code uses).
    pub target: Target,
    /// Spectre hardening of checked accesses (`Config::spectre_hardening`).
    pub spectre: bool,
    /// Corrupts brisk's first call result: tests the path that saves
    /// mismatches, which correct engines never take.
    pub inject_mismatch: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            bounds: guard_pages(),
            target: Target::host(),
            spectre: true,
            inject_mismatch: false,
        }
    }
}

/// brisk's default: guard pages.
pub fn guard_pages() -> BoundsChecks {
    BoundsChecks::GuardPages {
        guard_bytes: BoundsChecks::DEFAULT_GUARD,
    }
}

/// The features both engines are compared on.
pub fn compared_features() -> WasmFeatures {
    WasmFeatures::WASM2 | WasmFeatures::MULTI_MEMORY
}

/// Runs `wasm` in brisk and wasmi as `plan` says. A mismatch or a panic
/// that wasmi 1.x does not confirm, brisk agreeing with it throughout, is a
/// wasmi 2 bug.
pub fn run(wasm: &[u8], plan: &Plan, options: &Options) -> Report {
    let mut report = run_against::<wasmi2::Wasmi>(wasm, plan, options);
    if let Verdict::Mismatch(why) | Verdict::Crash(why) = &report.verdict {
        let second = run_against::<wasmi1::Wasmi>(wasm, plan, options);
        if matches!(second.verdict, Verdict::Agree | Verdict::Rejected) {
            report
                .wasmi
                .push("wasmi 1 agrees with brisk throughout".into());
            report.verdict = Verdict::WasmiBug(why.clone());
        }
    }
    report
}

fn run_against<R: Reference>(wasm: &[u8], plan: &Plan, options: &Options) -> Report {
    guarded(|report| compare::<R>(wasm, plan, options, report))
}

/// A report filled in by `compare`, whose verdict it is; a panic escaping
/// it is a crash.
pub(crate) fn guarded(compare: impl FnOnce(&mut Report) -> Verdict) -> Report {
    let mut report = Report {
        verdict: Verdict::Agree,
        calls: Vec::new(),
        brisk: Vec::new(),
        wasmi: Vec::new(),
    };
    let result = catch_unwind(AssertUnwindSafe(|| compare(&mut report)));
    report.verdict = result.unwrap_or_else(|payload| crash_verdict(&*payload));
    report
}

fn compare<R: Reference>(
    wasm: &[u8],
    plan: &Plan,
    options: &Options,
    report: &mut Report,
) -> Verdict {
    let reference = R::new();
    let wasmi_module = reference.compile(wasm);
    let engine = Engine::new(&brisk_config(options));
    let brisk_module = brisk::Module::from_binary(&engine, wasm);
    report.wasmi.push(match &wasmi_module {
        Ok(_) => "compile: ok".into(),
        Err(e) => format!("compile: {e}"),
    });
    report.brisk.push(match &brisk_module {
        Ok(_) => "compile: ok".into(),
        Err(e) => format!("compile: {e}"),
    });
    let (brisk_module, wasmi_module) = match (brisk_module, wasmi_module) {
        (Ok(b), Ok(w)) => (b, w),
        (Err(Error::Compile(CompileError::Invalid { offset, .. })), _)
            if offset > wasm.len() as u64 =>
        {
            return Verdict::Mismatch(format!(
                "brisk's error offset {offset:#x} is past the end of the module ({:#x})",
                wasm.len()
            ));
        }
        (Err(Error::Compile(CompileError::Invalid { message, .. })), Ok(_)) => {
            return Verdict::Mismatch(format!("brisk rejects a module wasmi accepts: {message}"));
        }
        (Err(Error::Compile(CompileError::Invalid { .. })), Err(_)) => return Verdict::Rejected,
        (Ok(_) | Err(Error::Compile(CompileError::Unsupported { .. })), Err(e)) => {
            let mut validator = wasmparser::Validator::new_with_features(compared_features());
            return match validator.validate_all(wasm) {
                Err(_) => Verdict::Skipped("beyond Wasm 2.0 + multi-memory".into()),
                Ok(_) => Verdict::Mismatch(format!("wasmi rejects a module brisk accepts: {e}")),
            };
        }
        (Err(e), _) => {
            return match brisk_stop(e) {
                Stop::Unsupported(what) => Verdict::Skipped(what),
                other => Verdict::Mismatch(format!("brisk cannot compile the module: {other}")),
            };
        }
    };
    if let Some(reason) = outside_limits(wasm) {
        return Verdict::Skipped(reason);
    }

    let exports = BriskSide::exports(&brisk_module);
    // wasmi first: it bounds execution with fuel, so brisk only runs what
    // is known to terminate.
    let wasmi = reference.instantiate(&wasmi_module, &exports);
    report.wasmi.push(instantiated(&wasmi));
    if wasmi.as_ref().err() == Some(&Stop::OutOfFuel) {
        return Verdict::Inconclusive("wasmi ran out of fuel".into());
    }
    let brisk = BriskSide::instantiate(&engine, &brisk_module, &exports);
    report.brisk.push(instantiated(&brisk));
    let (mut brisk, mut wasmi) = match (brisk, wasmi) {
        (Ok(b), Ok(w)) => (b, w),
        (b, w) => {
            let (b, w) = (b.err(), w.err());
            return judge_stops("instantiation", b.as_ref(), w.as_ref()).unwrap_or(Verdict::Agree);
        }
    };

    let fuel = exports
        .iter()
        .position(|e| e.name == FUEL_EXPORT && e.kind == ExportKind::Global);
    report.calls = match plan {
        Plan::Seed(seed) => calls_for(&exports, *seed),
        Plan::Calls(calls) => calls.clone(),
    };
    for (n, call) in report.calls.clone().iter().enumerate() {
        if let Err(why) = fits(call, &exports) {
            return Verdict::Skipped(format!("saved call {n} does not fit the module: {why}"));
        }
        if let Some(fuel) = fuel {
            wasmi.refuel(fuel, FUEL);
            brisk.refuel(fuel, FUEL);
        }
        let head = format!("call {n} {:?} ({})", call.name, value::list(&call.args));
        let w = wasmi.call(call.export, &call.args);
        report.wasmi.push(format!("{head} -> {}", show(&w)));
        if w == Err(Stop::OutOfFuel) {
            return Verdict::Inconclusive("wasmi ran out of fuel".into());
        }
        let mut b = brisk.call(call.export, &call.args);
        if options.inject_mismatch && n == 0 {
            b = Err(Stop::Error("injected mismatch".into()));
        }
        report.brisk.push(format!("{head} -> {}", show(&b)));
        let verdict = match (&b, &w) {
            (Ok(b), Ok(w)) if b.len() == w.len() && b.iter().zip(w).all(|(b, w)| b.same(w)) => None,
            (Ok(_), Ok(_)) => Some(Verdict::Mismatch(format!("call {n}: different results"))),
            (b, w) => judge_stops(&format!("call {n}"), b.as_ref().err(), w.as_ref().err()),
        };
        if let Some(verdict) = verdict {
            return verdict;
        }
        if let Some(difference) = compare_state(&exports, &mut brisk, &mut wasmi) {
            return Verdict::Mismatch(format!("after call {n}: {difference}"));
        }
    }
    Verdict::Agree
}

/// Compares how the engines ended a step (`None`: normally). Gives `None`
/// when they agree and the run can go on.
fn judge_stops(what: &str, brisk: Option<&Stop>, wasmi: Option<&Stop>) -> Option<Verdict> {
    let differ = || {
        let show = |s: Option<&Stop>| s.map_or("returned".to_string(), Stop::to_string);
        Some(Verdict::Mismatch(format!(
            "{what}: brisk {}, wasmi {}",
            show(brisk),
            show(wasmi)
        )))
    };
    match (brisk, wasmi) {
        (Some(Stop::StackExhausted), _) | (_, Some(Stop::StackExhausted)) => {
            Some(Verdict::Inconclusive("call stack exhausted".into()))
        }
        (Some(Stop::Unsupported(what)), _) => Some(Verdict::Skipped(what.clone())),
        (None, None) => None,
        (Some(Stop::Trap(b)), Some(Stop::Trap(w))) if Stop::same_trap(*b, *w) => None,
        _ => differ(),
    }
}

fn instantiated<T>(result: &Result<T, Stop>) -> String {
    match result {
        Ok(_) => "instantiate: ok".into(),
        Err(stop) => format!("instantiate: {stop}"),
    }
}

/// The verdict for a panic that escaped a comparison.
fn crash_verdict(payload: &(dyn std::any::Any + Send)) -> Verdict {
    let message = payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| payload.downcast_ref::<&str>().copied())
        .unwrap_or("non-string payload");
    Verdict::Crash(format!("panic: {message}"))
}

fn show(result: &CallResult) -> String {
    match result {
        Ok(values) => format!("[{}]", value::list(values)),
        Err(stop) => stop.to_string(),
    }
}

/// Rounds of calls: the second sees the state the first left.
const ROUNDS: usize = 2;

/// Every exported function, in export order, [`ROUNDS`] times, with
/// arguments from `seed`.
pub fn calls_for(exports: &[Export], seed: u64) -> Vec<Call> {
    let mut rng = Rng::new(seed ^ 0xa5a5_5a5a_c3c3_3c3c);
    let funcs: Vec<_> = exports
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == ExportKind::Func)
        .collect();
    (0..ROUNDS)
        .flat_map(|_| &funcs)
        .map(|(i, e)| Call {
            export: *i,
            name: e.name.clone(),
            args: e
                .params
                .iter()
                .map(|t| Value::arbitrary(*t, &mut rng))
                .collect(),
        })
        .collect()
}

/// Whether a saved call can be made on this module.
fn fits(call: &Call, exports: &[Export]) -> Result<(), String> {
    let export = exports
        .get(call.export)
        .ok_or_else(|| format!("no export {}", call.export))?;
    let types: Vec<_> = call.args.iter().map(Value::ty).collect();
    if export.kind != ExportKind::Func || types != export.params {
        return Err(format!(
            "export {} is not a function of {types:?}",
            call.export
        ));
    }
    Ok(())
}

/// What only mutated modules have: imports, or a memory or table too large
/// to create or compare quickly.
fn outside_limits(wasm: &[u8]) -> Option<String> {
    use wasmparser::Payload;
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        match payload.ok()? {
            Payload::ImportSection(s) if s.count() > 0 => return Some("imports".into()),
            Payload::MemorySection(s) => {
                for m in s.into_iter().flatten() {
                    // The limit is in bytes: pages may be one byte
                    // (custom page sizes).
                    let page_size_log2 = m.page_size_log2.unwrap_or(16);
                    if m.initial > (MAX_PAGES << 16) >> page_size_log2 {
                        return Some("large memory".into());
                    }
                }
            }
            Payload::TableSection(s) => {
                for t in s.into_iter().flatten() {
                    if t.ty.initial > MAX_TABLE {
                        return Some("large table".into());
                    }
                }
            }
            _ => {}
        }
    }
    None
}

/// The first difference in exported memories, globals and tables.
fn compare_state(
    exports: &[Export],
    brisk: &mut BriskSide,
    wasmi: &mut impl Side,
) -> Option<String> {
    for (i, export) in exports.iter().enumerate() {
        let name = &export.name;
        match export.kind {
            ExportKind::Func | ExportKind::Tag => {}
            ExportKind::Memory => {
                let (b, w) = (brisk.memory(i), wasmi.memory(i));
                if b.len() != w.len() {
                    return Some(format!(
                        "memory {name:?} has {:#x} bytes in brisk, {:#x} in wasmi",
                        b.len(),
                        w.len()
                    ));
                }
                if let Some(at) = b.iter().zip(w).position(|(b, w)| b != w) {
                    return Some(format!(
                        "memory {name:?} at {at:#x}: brisk {:#04x}, wasmi {:#04x}",
                        b[at], w[at]
                    ));
                }
            }
            ExportKind::Global => {
                let (b, w) = (brisk.global(i), wasmi.global(i));
                if !b.same(&w) {
                    return Some(format!("global {name:?}: brisk {b}, wasmi {w}"));
                }
            }
            ExportKind::Table => {
                let (b, w) = (brisk.table(i), wasmi.table(i));
                if b != w {
                    return Some(format!(
                        "table {name:?}: null elements differ (brisk {} elements, wasmi {})",
                        b.len(),
                        w.len()
                    ));
                }
            }
        }
    }
    None
}
