//! Flags that choose what code is generated, shared by `compile`, `disas`
//! and `run`.

use crate::run_limits::RunLimits;
use brisk::{BoundsChecks, Config, Isa, Target};

/// How compiled code checks memory bounds.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum Bounds {
    Guard,
    Explicit,
}

impl Bounds {
    pub fn checks(self) -> BoundsChecks {
        match self {
            Bounds::Guard => BoundsChecks::GuardPages {
                guard_bytes: BoundsChecks::DEFAULT_GUARD,
            },
            Bounds::Explicit => BoundsChecks::Explicit,
        }
    }
}

#[derive(clap::Args, Debug, Clone)]
pub struct CodegenArgs {
    /// Target ISA: x86_64 or aarch64 (default: this machine's). Code for
    /// another ISA can be compiled, disassembled and explored here, and
    /// AArch64 code run under the emulator when brisk is built with the
    /// `emulator` feature.
    #[arg(long)]
    target: Option<String>,
    /// CPU features the code may use: `native` (this machine's, when the
    /// target is its ISA; otherwise none), `baseline` (none), or a
    /// comma-separated list (x86_64: lzcnt, bmi1, popcnt, sse4.1, ssse3,
    /// sse4.2, avx, avx2; aarch64: lse). SIMD needs ssse3, sse4.1 and
    /// sse4.2; with avx it uses the VEX three-operand forms, with avx2 also
    /// `vpbroadcast` for splats.
    #[arg(long, default_value = "native")]
    cpu_features: String,
    /// Memory bounds checks: `guard` (guard pages, checks elided where the
    /// guard covers the access) or `explicit` (every access checked).
    #[arg(long, default_value = "guard")]
    bounds_checks: String,
    /// Spectre hardening of explicit bounds checks and table index checks
    /// (`on`: a failed check also forces the address to 0 with a
    /// conditional move, so a mispredicted check reads nothing
    /// speculatively; `off` saves those instructions).
    #[arg(long, default_value = "on", value_parser = ["on", "off"])]
    spectre_hardening: String,
    /// Compile on one thread instead of all cores.
    #[arg(long)]
    single_threaded: bool,
    /// Lazy compilation (x86-64): validate the whole module, then compile
    /// each function on its first call.
    #[arg(long)]
    lazy: bool,
    /// Turn a Wasm proposal off (`NAME=n`) or on (`NAME` or `NAME=y`) for
    /// validation, e.g. `-W simd=n`, `-W multi-memory=n`, `-W tail-call=n`.
    /// Names as in wasmtime: simd, relaxed-simd, threads, multi-memory,
    /// memory64, tail-call, gc, function-references, exceptions,
    /// extended-const, bulk-memory, reference-types, multi-value,
    /// sign-extension, saturating-float-to-int, mutable-global,
    /// wide-arithmetic, custom-page-sizes... Default: all of Wasm 3.0.
    /// Also, as in wasmtime, run limits: `-W timeout=DURATION` (10s,
    /// 500ms...: epoch interruption, the run traps with "interrupt" after
    /// DURATION) and `-W fuel=N` (fuel metering: the run traps once N
    /// operators ran).
    #[arg(short = 'W', long = "wasm", value_name = "NAME[=y|n]")]
    wasm: Vec<String>,
}

/// The target of `--cpu-features`: `native` (this machine's features when
/// `isa` is its ISA, none otherwise), `baseline` (none), or a
/// comma-separated list of feature names.
pub fn cpu_features(isa: Isa, spec: &str) -> Result<Target, String> {
    let host = Target::host();
    Ok(match spec {
        "native" if isa == host.isa() => host,
        "native" | "baseline" => Target::baseline(isa),
        list => {
            let mut t = Target::baseline(isa);
            for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                t.set_feature(name, true)?;
            }
            t
        }
    })
}

impl CodegenArgs {
    pub fn config(&self) -> Result<Config, String> {
        let host = Target::host();
        let isa = match &self.target {
            None => host.isa(),
            Some(name) => Isa::from_name(name)
                .ok_or_else(|| format!("unknown target {name:?} (known: x86_64, aarch64)"))?,
        };
        let target = cpu_features(isa, &self.cpu_features)?;
        let bounds = match self.bounds_checks.as_str() {
            "guard" => Bounds::Guard.checks(),
            "explicit" => Bounds::Explicit.checks(),
            other => {
                return Err(format!(
                    "unknown bounds-check mode {other:?} (use guard or explicit)"
                ));
            }
        };
        let mut config = Config::new();
        config
            .target(target)
            .bounds_checks(bounds)
            .spectre_hardening(self.spectre_hardening == "on")
            .parallel_compilation(!self.single_threaded)
            .lazy_compilation(self.lazy);
        let mut limits = RunLimits::default();
        for flag in &self.wasm {
            if limits.take(flag)? {
                continue;
            }
            let (name, on) = match flag.split_once('=') {
                None => (flag.as_str(), true),
                Some((name, "y" | "yes" | "true")) => (name, true),
                Some((name, "n" | "no" | "false")) => (name, false),
                Some((_, v)) => return Err(format!("-W {flag}: expected y or n, not {v:?}")),
            };
            config
                .wasm_feature(name, on)
                .map_err(|e| format!("-W {flag}: {e}"))?;
        }
        limits.configure(&mut config);
        Ok(config)
    }

    /// The run limits among the `-W` options.
    pub fn run_limits(&self) -> Result<RunLimits, String> {
        let mut limits = RunLimits::default();
        for flag in &self.wasm {
            limits.take(flag)?;
        }
        Ok(limits)
    }
}
