//! Saved cases: what a mismatch or crash needs to be looked at and re-run.
//!
//! A case directory holds `module.wasm` and `module.wat` (or only a
//! hand-written `module.wat`), `case.txt` (target, seed, bounds checks, Spectre hardening, CPU
//! features and verdict as `key: value` lines; the regression cases add
//! `expect: VERDICT`), `calls.txt` (one call a line: export index,
//! arguments, name; absent: the calls follow from the seed), and `brisk.txt`
//! and `wasmi.txt` (`model.txt` for the addressing target) with what brisk
//! and the reference did.

use crate::diff::{self, Call, Options, Plan, Report, Verdict};
use crate::{Target, value};
use brisk::{BoundsChecks, Target as CompileTarget};
use std::fs;
use std::path::Path;

/// Where a case came from.
#[derive(Debug, Clone)]
pub struct CaseInfo {
    pub target: Target,
    pub seed: u64,
    /// The bounds checks and CPU features brisk compiled with.
    pub options: Options,
}

/// A loaded case.
#[derive(Debug, Clone)]
pub struct Case {
    pub info: CaseInfo,
    pub wasm: Vec<u8>,
    pub plan: Plan,
}

pub fn bounds_name(bounds: BoundsChecks) -> &'static str {
    match bounds {
        BoundsChecks::GuardPages { .. } => "guard",
        BoundsChecks::Explicit => "explicit",
    }
}

pub fn bounds_from_name(name: &str) -> Option<BoundsChecks> {
    match name {
        "guard" => Some(diff::guard_pages()),
        "explicit" => Some(BoundsChecks::Explicit),
        _ => None,
    }
}

/// The host's ISA with the features `Target::feature_list` gives, joined
/// by commas.
pub fn target_from_features(names: &str) -> Option<CompileTarget> {
    let mut target = CompileTarget::baseline(CompileTarget::host().isa());
    for name in names.split(',').filter(|n| !n.is_empty()) {
        target.set_feature(name, true).ok()?;
    }
    Some(target)
}

/// A verdict as one line: its kind, then what happened.
pub fn verdict_line(verdict: &Verdict) -> String {
    let (kind, detail) = match verdict {
        Verdict::Agree => ("agree", ""),
        Verdict::Rejected => ("rejected", ""),
        Verdict::Skipped(d) => ("skipped", d.as_str()),
        Verdict::Inconclusive(d) => ("inconclusive", d.as_str()),
        Verdict::Mismatch(d) => ("mismatch", d.as_str()),
        Verdict::WasmiBug(d) => ("wasmi-bug", d.as_str()),
        Verdict::Crash(d) => ("crash", d.as_str()),
    };
    format!("{kind} {detail}").trim_end().replace('\n', " ")
}

/// Parses what [`verdict_line`] wrote.
pub fn parse_verdict(line: &str) -> Option<Verdict> {
    let (kind, detail) = line.split_once(' ').unwrap_or((line, ""));
    let detail = detail.to_string();
    Some(match kind {
        "agree" => Verdict::Agree,
        "rejected" => Verdict::Rejected,
        "skipped" => Verdict::Skipped(detail),
        "inconclusive" => Verdict::Inconclusive(detail),
        "mismatch" => Verdict::Mismatch(detail),
        "wasmi-bug" => Verdict::WasmiBug(detail),
        "crash" => Verdict::Crash(detail),
        _ => return None,
    })
}

/// Writes a case to `dir`, creating it. Without `report.calls` (a crash
/// seen from outside the process), replay derives the calls from the seed.
pub fn save(dir: &Path, wasm: &[u8], info: &CaseInfo, report: &Report) -> std::io::Result<()> {
    fs::create_dir_all(dir)?;
    fs::write(dir.join("module.wasm"), wasm)?;
    let wat = wasmprinter::print_bytes(wasm)
        .unwrap_or_else(|e| format!("(; the module cannot be printed: {e} ;)\n"));
    fs::write(dir.join("module.wat"), wat)?;
    fs::write(
        dir.join("case.txt"),
        format!(
            "target: {}\nseed: {}\nbounds: {}\nspectre: {}\nfeatures: {}\nverdict: {}\n",
            info.target.name(),
            info.seed,
            bounds_name(info.options.bounds),
            if info.options.spectre { "on" } else { "off" },
            info.options.target.feature_list().join(","),
            verdict_line(&report.verdict)
        ),
    )?;
    if !report.calls.is_empty() {
        let lines: Vec<String> = report
            .calls
            .iter()
            .map(|c| format!("{}\t{}\t{:?}\n", c.export, value::list(&c.args), c.name))
            .collect();
        fs::write(dir.join("calls.txt"), lines.concat())?;
    }
    let trace = |lines: &[String]| lines.iter().map(|l| format!("{l}\n")).collect::<String>();
    fs::write(dir.join("brisk.txt"), trace(&report.brisk))?;
    let reference = format!("{}.txt", info.target.reference());
    fs::write(dir.join(reference), trace(&report.wasmi))?;
    Ok(())
}

/// Reads a case written by [`save`], or a hand-written one: `module.wat`
/// alone is enough (diff target, seed 0, guard pages, the host's CPU
/// features).
pub fn load(dir: &Path) -> Result<Case, String> {
    let read = |name: &str| fs::read_to_string(dir.join(name));
    let wasm = match fs::read(dir.join("module.wasm")) {
        Ok(wasm) => wasm,
        Err(_) => wat::parse_file(dir.join("module.wat")).map_err(|e| e.to_string())?,
    };
    let mut info = CaseInfo {
        target: Target::Diff,
        seed: 0,
        options: Options::default(),
    };
    for line in read("case.txt").unwrap_or_default().lines() {
        let Some((key, value)) = line.split_once(": ") else {
            continue;
        };
        let bad = || format!("case.txt: bad {key}: {value:?}");
        match key {
            "target" => info.target = Target::from_name(value).ok_or_else(bad)?,
            "seed" => info.seed = value.parse().map_err(|_| bad())?,
            "bounds" => info.options.bounds = bounds_from_name(value).ok_or_else(bad)?,
            "features" => info.options.target = target_from_features(value).ok_or_else(bad)?,
            "spectre" => {
                info.options.spectre = match value {
                    "on" => true,
                    "off" => false,
                    _ => return Err(bad()),
                }
            }
            _ => {}
        }
    }
    let plan = match read("calls.txt") {
        Ok(text) => Plan::Calls(
            text.lines()
                .enumerate()
                .map(|(n, line)| parse_call(line).ok_or(format!("calls.txt:{}: bad call", n + 1)))
                .collect::<Result<_, _>>()?,
        ),
        Err(_) => Plan::Seed(info.seed),
    };
    Ok(Case { info, wasm, plan })
}

fn parse_call(line: &str) -> Option<Call> {
    let mut fields = line.splitn(3, '\t');
    let export = fields.next()?.parse().ok()?;
    let args = fields
        .next()?
        .split_whitespace()
        .map(|v| v.parse().ok())
        .collect::<Option<_>>()?;
    let name = fields.next().unwrap_or_default();
    // The name is informational: Debug-quoted, shown again by traces.
    let name = name.trim_matches('"').to_string();
    Some(Call { export, name, args })
}

/// Runs a case again with `options`.
pub fn replay(case: &Case, options: &Options) -> Report {
    match case.info.target {
        Target::Addressing => crate::addressing::run(&case.wasm, &case.plan, options),
        Target::Diff | Target::Bytes => diff::run(&case.wasm, &case.plan, options),
        Target::Gc => crate::gc::run(&case.wasm, case.info.seed, options),
    }
}
