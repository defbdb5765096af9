//! The `addressing` target: modules biased to memory addressing (sparse
//! memories up to 4 GiB, up to three of them, 32- or 64-bit indexed, some
//! with one-byte pages, offsets near 2^31, 2^32, 2^63 and 2^64, every index
//! source and access width, `memory.grow` and bulk operations between
//! accesses)
//! run in brisk and checked against a model that tracks the memories'
//! sizes and the bytes written, since an interpreter would have to
//! allocate gigabytes. After every call the results or trap must match,
//! and so must the memories' sizes and every chunk the model wrote.

mod generate;
pub mod model;

pub use generate::{Program, program_for_seed};

use crate::diff::{Call, Options, Plan, Report, Verdict, calls_for};
use crate::engines::{BriskSide, Side, Stop, brisk_config, brisk_stop};
use crate::value::{self, Value};
use model::{CHUNK, ExportItem, Halt};

/// Runs a generated program.
pub fn run_program(program: &Program, options: &Options) -> Report {
    run_calls(&program.wasm, Some(program.calls.clone()), 0, options)
}

/// Runs `wasm` as `plan` says. `Plan::Seed` makes the calls the generator
/// makes for that seed if it generates this module, else calls every
/// export with arguments from the seed.
pub fn run(wasm: &[u8], plan: &Plan, options: &Options) -> Report {
    match plan {
        Plan::Calls(calls) => run_calls(wasm, Some(calls.clone()), 0, options),
        Plan::Seed(seed) => {
            let program = program_for_seed(*seed);
            let calls = (program.wasm == wasm).then_some(program.calls);
            run_calls(wasm, calls, *seed, options)
        }
    }
}

fn run_calls(wasm: &[u8], calls: Option<Vec<Call>>, seed: u64, options: &Options) -> Report {
    crate::diff::guarded(|report| compare(wasm, calls, seed, options, report))
}

fn show<E: std::fmt::Display>(result: &Result<Vec<Value>, E>) -> String {
    match result {
        Ok(values) => format!("[{}]", value::list(values)),
        Err(e) => e.to_string(),
    }
}

fn compare(
    wasm: &[u8],
    calls: Option<Vec<Call>>,
    seed: u64,
    options: &Options,
    report: &mut Report,
) -> Verdict {
    let model = match model::Module::parse(wasm) {
        Ok(m) => m,
        Err(why) => return Verdict::Skipped(why),
    };
    let mut config = brisk_config(options);
    config
        .memory_pages_limit(model::MAX_PAGES)
        .wasm_memory64(true)
        .wasm_custom_page_sizes(true);
    let engine = brisk::Engine::new(&config);
    let module = match brisk::Module::from_binary(&engine, wasm) {
        Ok(m) => m,
        Err(e) => {
            return match brisk_stop(e) {
                Stop::Unsupported(what) => Verdict::Skipped(what),
                other => Verdict::Mismatch(format!("brisk cannot compile the module: {other}")),
            };
        }
    };
    report.brisk.push("compile: ok".into());
    let exports = BriskSide::exports(&module);
    report.calls = calls.unwrap_or_else(|| calls_for(&exports, seed));
    for (n, call) in report.calls.iter().enumerate() {
        let types: Vec<_> = call.args.iter().map(Value::ty).collect();
        if model.params(call.export) != Some(types.as_slice()) {
            return Verdict::Skipped(format!("call {n} does not fit the module"));
        }
    }
    // The model goes first, alone: what it cannot model (a bulk operation
    // over gigabytes) is skipped before brisk does it.
    let mut first = model::Instance::new(&model);
    for call in &report.calls {
        if let Err(Halt::Unmodelled(why)) = first.call(call.export, &call.args) {
            return Verdict::Skipped(why);
        }
    }
    let mut reference = model::Instance::new(&model);
    let mut brisk = match BriskSide::instantiate(&engine, &module, &exports) {
        Ok(b) => b,
        Err(stop) => return Verdict::Mismatch(format!("brisk cannot instantiate: {stop}")),
    };
    report.brisk.push("instantiate: ok".into());
    report.wasmi.push("instantiate: ok".into());
    for (n, call) in report.calls.clone().iter().enumerate() {
        let head = format!("call {n} {:?} ({})", call.name, value::list(&call.args));
        let expected = reference.call(call.export, &call.args);
        let mut got = brisk.call(call.export, &call.args);
        if options.inject_mismatch && n == 0 {
            got = Err(Stop::Error("injected mismatch".into()));
        }
        report.wasmi.push(format!("{head} -> {}", show(&expected)));
        report.brisk.push(format!("{head} -> {}", show(&got)));
        let same = match (&expected, &got) {
            (_, Err(Stop::StackExhausted)) => {
                return Verdict::Inconclusive("call stack exhausted".into());
            }
            (_, Err(Stop::Unsupported(what))) => return Verdict::Skipped(what.clone()),
            (Ok(a), Ok(b)) => a == b,
            (Err(Halt::Trap(a)), Err(Stop::Trap(b))) => a == b,
            _ => false,
        };
        if !same {
            return Verdict::Mismatch(format!(
                "call {n} {:?}: brisk {}, model {}",
                call.name,
                show(&got),
                show(&expected)
            ));
        }
        if let Some(difference) = compare_memories(&model, &mut reference, &brisk, false) {
            return Verdict::Mismatch(format!("after call {n}: {difference}"));
        }
    }
    match compare_memories(&model, &mut reference, &brisk, true) {
        Some(difference) => Verdict::Mismatch(format!("at the end: {difference}")),
        None => Verdict::Agree,
    }
}

/// The first difference between the exported memories' sizes and the
/// chunks the model wrote since the last comparison (`all`: ever).
fn compare_memories(
    model: &model::Module,
    reference: &mut model::Instance<'_>,
    brisk: &BriskSide,
    all: bool,
) -> Option<String> {
    for (export, item) in model.exports.iter().enumerate() {
        let ExportItem::Memory(m) = *item else {
            continue;
        };
        let expected = &mut reference.memories[m as usize];
        let bytes = brisk.memory(export);
        if bytes.len() as u64 != expected.bytes() {
            return Some(format!(
                "memory {m} has {:#x} bytes in brisk, {:#x} in the model",
                bytes.len(),
                expected.bytes()
            ));
        }
        let chunks = if all {
            expected.written()
        } else {
            expected.take_dirty()
        };
        for k in chunks {
            let want = expected.chunk(k);
            let start = (k * CHUNK) as usize;
            let have = &bytes[start..start + want.len()];
            if let Some(at) = (0..want.len()).find(|&i| have[i] != want[i]) {
                return Some(format!(
                    "memory {m} at {:#x}: brisk {:#04x}, model {:#04x}",
                    start + at,
                    have[at],
                    want[at]
                ));
            }
        }
    }
    None
}
