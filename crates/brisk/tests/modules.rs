//! Real and hostile modules: the sightglass benchmarks compile, and
//! truncated, bit-flipped and spliced copies of valid modules give an error
//! or a module, never a panic.

use brisk::{CompileError, Engine, Error, Module};
use std::path::{Path, PathBuf};

fn sightglass_dir() -> PathBuf {
    match std::env::var_os("BRISK_SIGHTGLASS") {
        Some(p) => p.into(),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/sightglass"),
    }
}

fn sightglass_modules() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "wasm") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&sightglass_dir(), &mut out);
    out.sort();
    out
}

/// Whether a module validates as Wasm 2.0 without SIMD, plus multi-memory:
/// exactly the modules brisk must compile.
fn is_scalar_wasm2(bytes: &[u8]) -> bool {
    use wasmparser::{Validator, WasmFeatures};
    let features = (WasmFeatures::WASM2 | WasmFeatures::MULTI_MEMORY) - WasmFeatures::SIMD;
    Validator::new_with_features(features)
        .validate_all(bytes)
        .is_ok()
}

#[test]
fn sightglass_modules_compile() {
    let engine = Engine::default();
    let modules = sightglass_modules();
    assert!(
        modules.len() >= 36,
        "expected the sightglass modules in {}",
        sightglass_dir().display()
    );
    let mut compiled = 0;
    for path in &modules {
        let bytes = std::fs::read(path).unwrap();
        match Module::from_binary(&engine, &bytes) {
            Ok(_) => compiled += 1,
            Err(Error::Compile(CompileError::Unsupported { feature, .. }))
                if !is_scalar_wasm2(&bytes) =>
            {
                eprintln!("{}: unsupported ({feature})", path.display());
            }
            Err(e) => panic!("{}: {e}", path.display()),
        }
    }
    assert!(
        compiled >= 36,
        "only {compiled} sightglass modules compiled"
    );
}

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn mutate(rng: &mut Rng, valid: &[u8], other: &[u8]) -> Vec<u8> {
    let mut m = valid.to_vec();
    match rng.below(4) {
        0 => m.truncate(rng.below(valid.len())),
        1 => {
            for _ in 0..1 + rng.below(8) {
                let i = rng.below(m.len());
                m[i] ^= 1 << rng.below(8);
            }
        }
        2 => {
            // Splice a run of another module's bytes over this one's.
            let (at, from) = (rng.below(m.len()), rng.below(other.len()));
            let len = rng.below(64).min(m.len() - at).min(other.len() - from);
            m[at..at + len].copy_from_slice(&other[from..from + len]);
        }
        _ => {
            let i = rng.below(m.len());
            m[i] = rng.next() as u8;
            m.truncate(i + 1 + rng.below(m.len() - i));
        }
    }
    m
}

#[test]
fn mutated_modules_never_panic() {
    let engine = Engine::default();
    let mut corpus: Vec<Vec<u8>> = sightglass_modules()
        .iter()
        .map(|p| std::fs::read(p).unwrap())
        .filter(|b| b.len() < 60_000)
        .collect();
    corpus.push(
        wat::parse_str(
            r#"(module (memory 1) (table 2 funcref) (global (mut i32) (i32.const 0))
                 (func (export "f") (param i32) (result i32)
                   (block (result i32) (br_table 0 0 (local.get 0) (local.get 0))))
                 (elem (i32.const 0) func 0) (data (i32.const 0) "hi"))"#,
        )
        .unwrap(),
    );
    let mut rng = Rng(0x0bad_5eed);
    let (mut errors, mut accepted) = (0, 0);
    for round in 0..600 {
        let valid = &corpus[round % corpus.len()];
        let other = &corpus[rng.below(corpus.len())];
        let bytes = mutate(&mut rng, valid, other);
        let outcome = std::panic::catch_unwind(|| Module::from_binary(&engine, &bytes).map(|_| ()));
        match outcome {
            Ok(Ok(())) => accepted += 1,
            Ok(Err(e)) => {
                errors += 1;
                if let Error::Compile(CompileError::Invalid { offset, .. }) = e {
                    assert!(
                        offset <= bytes.len() as u64 + 1,
                        "offset {offset} past the end"
                    );
                }
            }
            Err(_) => panic!("round {round}: compiling a mutated module panicked"),
        }
    }
    eprintln!("mutated modules: {errors} rejected, {accepted} accepted");
    assert!(errors > 0);
    for random in 0..200u64 {
        let mut r = Rng(random + 1);
        let len = r.below(200);
        let mut bytes: Vec<u8> = (0..len).map(|_| r.next() as u8).collect();
        if random % 2 == 0 {
            bytes.splice(0..0, *b"\0asm\x01\0\0\0");
        }
        let outcome = std::panic::catch_unwind(|| Module::from_binary(&engine, &bytes).map(|_| ()));
        assert!(outcome.is_ok(), "random module {random} panicked");
    }
}
