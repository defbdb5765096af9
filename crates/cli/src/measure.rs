//! Compile-throughput measurement shared by `brisk bench` and the benchmark
//! program in bench/compile (which includes this file by path), so that both
//! time exactly the same brisk path and report in the same form.

use brisk_codegen::artifact;
use brisk_codegen::{BoundsChecks, CompileOptions, Target};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The settings of `brisk compile` with its default flags, for `target`.
pub fn brisk_options(target: Target, parallel: bool) -> CompileOptions {
    CompileOptions {
        target,
        bounds: BoundsChecks::GuardPages {
            guard_bytes: BoundsChecks::DEFAULT_GUARD,
        },
        parallel,
        ..CompileOptions::default()
    }
}

/// What is timed for brisk: the compiling and serializing of `brisk
/// compile`, from module bytes in memory to the artifact in memory.
pub fn brisk_artifact(wasm: &[u8], target: Target, parallel: bool) -> Result<Vec<u8>, String> {
    let module = brisk_codegen::compile_module(wasm, brisk_options(target, parallel))
        .map_err(|e| e.to_string())?;
    Ok(artifact::serialize(&module, wasm))
}

/// Bytes of machine code of the functions in an artifact from
/// [`brisk_artifact`], without the padding between them.
pub fn brisk_code_size(artifact: &[u8], target: Target, parallel: bool) -> Result<usize, String> {
    artifact::deserialize(artifact, brisk_options(target, parallel))
        .map(|m| m.functions.iter().map(|&(_, len)| len as usize).sum())
        .map_err(|e| e.to_string())
}

/// The size of the module's code section (function bodies), the numerator
/// of every throughput figure.
pub fn code_section_size(wasm: &[u8]) -> Result<u64, String> {
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        if let wasmparser::Payload::CodeSectionStart { size, .. } =
            payload.map_err(|e| e.to_string())?
        {
            return Ok(size.into());
        }
    }
    Ok(0)
}

/// Runs `f` `runs` times (at least once) and keeps the fastest time: the
/// least disturbed by the rest of the machine. Returns the last result.
pub fn min_time<T>(
    runs: usize,
    mut f: impl FnMut() -> Result<T, String>,
) -> Result<(Duration, T), String> {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        let out = f()?;
        best = best.min(start.elapsed());
        last = Some(out);
    }
    Ok((best, last.expect("ran at least once")))
}

/// Throughput in MB/s (10^6 bytes per second).
pub fn mb_per_s(bytes: u64, time: Duration) -> f64 {
    bytes as f64 / 1e6 / time.as_secs_f64()
}

/// Milliseconds with at least three significant digits.
pub fn ms(time: Duration) -> String {
    match time.as_secs_f64() * 1e3 {
        t if t < 1.0 => format!("{t:.3}"),
        t if t < 100.0 => format!("{t:.2}"),
        t => format!("{t:.1}"),
    }
}

/// A throughput with at least two significant digits.
pub fn rate(mb_per_s: f64) -> String {
    match mb_per_s {
        v if v < 10.0 => format!("{v:.2}"),
        v => format!("{v:.1}"),
    }
}

/// Geometric mean; `None` for no values.
pub fn geomean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    Some((values.iter().map(|v| v.ln()).sum::<f64>() / values.len() as f64).exp())
}

/// The .wasm files named by `paths`, each with a display name: files as
/// given, directories searched recursively (sorted, named from the
/// directory's own name on, e.g. `quicksort/benchmark.wasm`).
pub fn find_wasm(paths: &[PathBuf]) -> Result<Vec<(String, PathBuf)>, String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) -> Result<(), String> {
        let cannot = |e: std::io::Error| format!("cannot read {}: {e}", dir.display());
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(cannot)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()
            .map_err(cannot)?;
        paths.sort();
        for path in paths {
            if path.is_dir() {
                walk(root, &path, out)?;
            } else if path.extension().is_some_and(|e| e == "wasm") {
                let name = path
                    .strip_prefix(root)
                    .unwrap_or(&path)
                    .display()
                    .to_string();
                out.push((name, path));
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let root = path
                .canonicalize()
                .map_err(|e| format!("{}: {e}", path.display()))?;
            walk(root.parent().unwrap_or(&root), &root, &mut out)?;
        } else {
            out.push((path.display().to_string(), path.clone()));
        }
    }
    Ok(out)
}

/// A table printed as aligned text or as Markdown; the first column is
/// left-aligned, the others (numbers) right-aligned.
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(header: &[impl ToString]) -> Table {
        Table {
            header: header.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn render(&self, markdown: bool) -> String {
        let mut out = String::new();
        if markdown {
            let line = |cells: &[String]| format!("| {} |\n", cells.join(" | "));
            out += &line(&self.header);
            let rule: Vec<String> = (0..self.header.len())
                .map(|i| if i == 0 { "---" } else { "---:" }.to_string())
                .collect();
            out += &line(&rule);
            for row in &self.rows {
                out += &line(row);
            }
            return out;
        }
        let widths: Vec<usize> = (0..self.header.len())
            .map(|i| {
                std::iter::once(&self.header)
                    .chain(&self.rows)
                    .map(|r| r.get(i).map_or(0, |c| c.chars().count()))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        for row in std::iter::once(&self.header).chain(&self.rows) {
            let cells: Vec<String> = row
                .iter()
                .zip(&widths)
                .enumerate()
                .map(|(i, (c, &w))| {
                    if i == 0 {
                        format!("{c:<w$}")
                    } else {
                        format!("{c:>w$}")
                    }
                })
                .collect();
            out += cells.join("  ").trim_end();
            out += "\n";
        }
        out
    }
}
