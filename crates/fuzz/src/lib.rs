//! Differential fuzzing of brisk against the wasmi interpreter, and a
//! bad-input fuzzer.
//!
//! The `diff` target generates valid modules with wasm-smith (Wasm 2.0 plus
//! multi-memory; SIMD only for x86-64), runs them in both engines, calls every
//! exported function with the same arguments and compares results, traps,
//! and exported memories, globals and tables after each call. The `bytes`
//! target feeds mutated modules to brisk: an error or a module, never a
//! panic; mutants that are valid are compared the same way. The
//! `addressing` target generates modules biased to memory addressing
//! (memories up to 4 GiB, offsets near 2^31 and 2^32, every index source)
//! and checks brisk against a model with sparse memories. The `gc`
//! target runs wasm-smith modules with GC in a small GC heap, crash-only.
//!
//! Iteration `seed` is fully determined by its seed and the target.

pub mod addressing;
pub mod campaign;
pub mod case;
pub mod diff;
mod engines;
pub mod gc;
pub mod gc_programs;
mod generate;
pub mod mutate;
pub mod program_builder;
pub mod rng;
pub mod value;

pub use campaign::{Budget, Campaign, Stats};
pub use diff::{Call, Options, Plan, Report, Verdict};
pub use generate::{
    FUEL, FUEL_EXPORT, MAX_PAGES, module_for_seed, module_from_unstructured, smith_config,
};

use arbitrary::Unstructured;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Generated valid modules, compared with wasmi.
    Diff,
    /// Mutated modules: no panic, and valid ones compared with wasmi.
    Bytes,
    /// Generated addressing-heavy modules, checked against a model.
    Addressing,
    /// Generated GC modules in a small GC heap: no panic (crash-only).
    Gc,
}

impl Target {
    pub fn name(self) -> &'static str {
        match self {
            Target::Diff => "diff",
            Target::Bytes => "bytes",
            Target::Addressing => "addressing",
            Target::Gc => "gc",
        }
    }

    pub fn from_name(name: &str) -> Option<Target> {
        [Target::Diff, Target::Bytes, Target::Addressing, Target::Gc]
            .into_iter()
            .find(|t| t.name() == name)
    }

    /// What brisk is checked against.
    pub fn reference(self) -> &'static str {
        match self {
            Target::Diff | Target::Bytes => "wasmi",
            Target::Addressing => "model",
            Target::Gc => "none",
        }
    }
}

/// The module iteration `seed` of `target` runs, compiled for `isa`.
pub fn module_for(target: Target, seed: u64, isa: brisk::Isa) -> Vec<u8> {
    match target {
        Target::Diff => module_for_seed(seed, isa),
        Target::Bytes => mutate::mutant_for_seed(seed, isa),
        Target::Addressing => addressing::program_for_seed(seed).wasm,
        Target::Gc => gc::module_for_seed(seed),
    }
}

/// The CPU features without which brisk compiles no SIMD on x86-64.
const SIMD_BASELINE: [&str; 3] = ["ssse3", "sse4.1", "sse4.2"];

/// The options iteration `seed` runs with: those given, except that half
/// the iterations leave out a random subset of the CPU features, so that
/// brisk's fallback sequences are compared too, and a quarter run without
/// Spectre hardening (its checked accesses are built differently). brisk
/// answers SIMD with Unsupported below its baseline, so iterations whose
/// module may use SIMD (`generate::seed_has_simd`) keep that baseline,
/// except one in sixteen, which checks that error.
pub fn options_for(seed: u64, options: &Options) -> Options {
    let mut rng = rng::Rng::new(seed ^ 0x0c91_f3a7_11e5_6d2b);
    let mut target = options.target;
    if rng.chance(1, 2) {
        let keep_simd = generate::seed_has_simd(seed) && !rng.chance(1, 16);
        for name in target.feature_list() {
            if keep_simd && SIMD_BASELINE.contains(&name) {
                continue;
            }
            if !rng.chance(1, 2) {
                target
                    .set_feature(name, false)
                    .expect("a feature of the target");
            }
        }
    }
    let spectre = options.spectre && !rng.chance(1, 4);
    Options {
        target,
        spectre,
        ..*options
    }
}

/// Runs iteration `seed` of `target`.
pub fn run_seed(target: Target, seed: u64, options: &Options) -> Report {
    let options = options_for(seed, options);
    match target {
        Target::Addressing => {
            addressing::run_program(&addressing::program_for_seed(seed), &options)
        }
        Target::Diff | Target::Bytes => {
            let wasm = module_for(target, seed, options.target.isa());
            diff::run(&wasm, &Plan::Seed(seed), &options)
        }
        Target::Gc => gc::run(&gc::module_for_seed(seed), seed, &options),
    }
}

/// The cargo-fuzz `diff` check: a module generated from `data` runs the
/// same in both engines, in both bounds-check modes.
pub fn check_generated(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let Ok(seed) = u.arbitrary::<u64>() else {
        return;
    };
    if let Ok(wasm) = module_from_unstructured(&mut u, brisk::Target::host().isa()) {
        check_module(&wasm, seed);
    }
}

/// The cargo-fuzz `bytes` check: any bytes give an error or a module, and
/// a valid module runs the same in both engines.
pub fn check_bytes(data: &[u8]) {
    check_module(data, 0);
}

fn check_module(wasm: &[u8], seed: u64) {
    for bounds in [diff::guard_pages(), brisk::BoundsChecks::Explicit] {
        let options = Options {
            bounds,
            ..Options::default()
        };
        let report = diff::run(wasm, &Plan::Seed(seed), &options);
        assert!(
            !report.verdict.is_finding(),
            "{:?} ({bounds:?})\nbrisk:\n  {}\nwasmi:\n  {}",
            report.verdict,
            report.brisk.join("\n  "),
            report.wasmi.join("\n  ")
        );
    }
}
