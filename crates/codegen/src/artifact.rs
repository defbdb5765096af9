//! The on-disk form of a compiled module (`brisk compile`): a header that
//! says what the code was compiled for, the original Wasm (its module
//! environment is re-read on load; bodies are not recompiled), and the code
//! image with its function table, trap table and address maps.
//!
//! Loading refuses an artifact whose header does not match the engine
//! exactly: code compiled for guard pages has no bounds checks, and code
//! using a CPU feature faults (or silently misbehaves) without it.

use crate::compile::{BoundsChecks, CompileOptions, CompiledModule};
use crate::exceptions::{HandlerEntry, UnwindInfo};
use brisk_environ::{TrapCode, TrapEntry, parse_module};
use std::fmt;

const MAGIC: &[u8; 8] = b"BRISKART";

/// Why an artifact cannot be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArtifactError {
    NotAnArtifact,
    Truncated,
    /// The artifact was made for something else than this engine.
    Mismatch {
        field: &'static str,
        artifact: String,
        engine: String,
    },
    Invalid(String),
}

impl fmt::Display for ArtifactError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArtifactError::NotAnArtifact => write!(f, "not a brisk artifact"),
            ArtifactError::Truncated => write!(f, "truncated brisk artifact"),
            ArtifactError::Mismatch {
                field,
                artifact,
                engine,
            } => {
                write!(
                    f,
                    "artifact compiled for {field} {artifact}, but this engine uses {engine}"
                )
            }
            ArtifactError::Invalid(e) => write!(f, "corrupt brisk artifact: {e}"),
        }
    }
}

impl std::error::Error for ArtifactError {}

/// The header fields, in order, as (name, value) text.
fn header(options: &CompileOptions) -> Vec<(&'static str, String)> {
    let bounds = match options.bounds {
        BoundsChecks::GuardPages { guard_bytes } => format!("guard-pages:{guard_bytes}"),
        BoundsChecks::Explicit => "explicit".to_string(),
    };
    vec![
        ("brisk version", env!("CARGO_PKG_VERSION").to_string()),
        ("target", options.target.isa().name().to_string()),
        (
            "CPU features",
            match options.target.feature_list() {
                names if names.is_empty() => "none".to_string(),
                names => names.join(","),
            },
        ),
        ("bounds checks", bounds),
        (
            "spectre hardening",
            if options.spectre { "on" } else { "off" }.to_string(),
        ),
        (
            "stack alignment checks",
            if options.stack_alignment_checks {
                "on"
            } else {
                "off"
            }
            .to_string(),
        ),
        ("epoch interruption", on_off(options.epoch_interruption)),
        ("fuel", on_off(options.consume_fuel)),
    ]
}

fn on_off(on: bool) -> String {
    if on { "on" } else { "off" }.to_string()
}

struct Writer(Vec<u8>);

impl Writer {
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn bytes(&mut self, b: &[u8]) {
        self.u32(b.len() as u32);
        self.0.extend_from_slice(b);
    }
    fn pairs(&mut self, pairs: impl ExactSizeIterator<Item = (u32, u32)>) {
        self.u32(pairs.len() as u32);
        for (a, b) in pairs {
            self.u32(a);
            self.u32(b);
        }
    }
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ArtifactError> {
        if self.0.len() < n {
            return Err(ArtifactError::Truncated);
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }
    fn u32(&mut self) -> Result<u32, ArtifactError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    fn bytes(&mut self) -> Result<&'a [u8], ArtifactError> {
        let n = self.u32()? as usize;
        self.take(n)
    }
    fn pairs(&mut self) -> Result<Vec<(u32, u32)>, ArtifactError> {
        let n = self.u32()? as usize;
        (0..n).map(|_| Ok((self.u32()?, self.u32()?))).collect()
    }
}

/// Serializes `module`, compiled from `wasm`.
pub fn serialize(module: &CompiledModule, wasm: &[u8]) -> Vec<u8> {
    let maps: usize = module.address_maps.iter().map(|m| 4 + 8 * m.len()).sum();
    let mut w = Writer(Vec::with_capacity(
        256 + wasm.len() + module.image.len() + 8 * module.traps.len() + maps,
    ));
    w.0.extend_from_slice(MAGIC);
    for (_, value) in header(&module.options) {
        w.bytes(value.as_bytes());
    }
    w.bytes(wasm);
    w.bytes(&module.image);
    w.pairs(module.functions.iter().copied());
    w.pairs(
        module
            .traps
            .iter()
            .map(|t| (t.code_offset, t.code.as_raw())),
    );
    w.u32(module.address_maps.len() as u32);
    for map in &module.address_maps {
        w.pairs(map.iter().copied());
    }
    for u in &module.unwind {
        w.u32(u.frame_bytes);
        w.u32(u.saved_regs as u32);
        w.u32(u.handlers.len() as u32);
        for h in &u.handlers {
            w.u32(h.start);
            w.u32(h.end);
            w.u32(h.landing);
        }
    }
    w.0
}

/// The original Wasm binary inside an artifact (header not checked).
pub fn wasm_of(bytes: &[u8]) -> Result<&[u8], ArtifactError> {
    if !bytes.starts_with(MAGIC) {
        return Err(ArtifactError::NotAnArtifact);
    }
    let mut r = Reader(&bytes[MAGIC.len()..]);
    for _ in 0..header(&CompileOptions::default()).len() {
        r.bytes()?;
    }
    r.bytes()
}

/// Reads an artifact made for exactly `options`.
pub fn deserialize(bytes: &[u8], options: CompileOptions) -> Result<CompiledModule, ArtifactError> {
    if !bytes.starts_with(MAGIC) {
        return Err(ArtifactError::NotAnArtifact);
    }
    let mut r = Reader(&bytes[MAGIC.len()..]);
    for (field, engine) in header(&options) {
        let artifact = String::from_utf8_lossy(r.bytes()?).into_owned();
        if artifact != engine {
            return Err(ArtifactError::Mismatch {
                field,
                artifact,
                engine,
            });
        }
    }
    let wasm = r.bytes()?;
    let info = parse_module(wasm, options.wasm_features)
        .map_err(|e| ArtifactError::Invalid(e.to_string()))?
        .info;
    let image = r.bytes()?.to_vec();
    let functions = r.pairs()?;
    let traps = r
        .pairs()?
        .into_iter()
        .map(|(code_offset, raw)| {
            let code = TrapCode::from_raw(raw)
                .ok_or_else(|| ArtifactError::Invalid("unknown trap code".into()))?;
            Ok(TrapEntry { code_offset, code })
        })
        .collect::<Result<Vec<_>, ArtifactError>>()?;
    let maps = r.u32()?;
    let address_maps = (0..maps)
        .map(|_| r.pairs())
        .collect::<Result<Vec<_>, _>>()?;
    let unwind = (0..functions.len())
        .map(|_| read_unwind(&mut r, image.len()))
        .collect::<Result<Vec<_>, _>>()?;
    let fits = |start: u32, len: u32| {
        start
            .checked_add(len)
            .is_some_and(|end| end as usize <= image.len())
    };
    if functions.len() != info.num_defined_funcs() as usize
        || !functions.iter().all(|&(s, l)| fits(s, l))
        || !traps.iter().all(|t| (t.code_offset as usize) < image.len())
        || address_maps.len() != functions.len()
    {
        return Err(ArtifactError::Invalid(
            "tables do not match the code".into(),
        ));
    }
    Ok(CompiledModule {
        info,
        options,
        image,
        functions,
        address_maps,
        traps,
        unwind,
    })
}

/// One function's unwind information, its offsets checked against the
/// image.
fn read_unwind(r: &mut Reader<'_>, image_len: usize) -> Result<UnwindInfo, ArtifactError> {
    let frame_bytes = r.u32()?;
    let saved_regs = u8::try_from(r.u32()?)
        .map_err(|_| ArtifactError::Invalid("bad saved-register mask".into()))?;
    let n = r.u32()?;
    let handlers = (0..n)
        .map(|_| {
            let h = HandlerEntry {
                start: r.u32()?,
                end: r.u32()?,
                landing: r.u32()?,
            };
            let inside = |at: u32| (at as usize) <= image_len;
            if h.start < h.end && inside(h.end) && inside(h.landing) {
                Ok(h)
            } else {
                Err(ArtifactError::Invalid("bad handler region".into()))
            }
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(UnwindInfo {
        frame_bytes,
        saved_regs,
        handlers,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Isa, Target, compile_module};

    fn options(target: Target, bounds: BoundsChecks) -> CompileOptions {
        CompileOptions {
            target,
            bounds,
            parallel: false,
            ..CompileOptions::default()
        }
    }

    #[test]
    fn round_trip_and_mismatches() {
        let wasm = wat::parse_str(
            r#"(module (memory 1) (func (export "f") (param i32) (result i32)
                 (i32.load (local.get 0))))"#,
        )
        .unwrap();
        let guard = BoundsChecks::GuardPages {
            guard_bytes: BoundsChecks::DEFAULT_GUARD,
        };
        let opts = options(Target::baseline(Isa::X86_64), guard);
        let module = compile_module(&wasm, opts).unwrap();
        let bytes = serialize(&module, &wasm);
        let back = deserialize(&bytes, opts).unwrap();
        assert_eq!(back.image, module.image);
        assert_eq!(back.functions, module.functions);
        assert_eq!(back.traps, module.traps);
        assert_eq!(back.address_maps, module.address_maps);
        assert_eq!(back.unwind, module.unwind);

        let explicit = deserialize(
            &bytes,
            options(Target::baseline(Isa::X86_64), BoundsChecks::Explicit),
        );
        assert!(
            matches!(
                explicit,
                Err(ArtifactError::Mismatch {
                    field: "bounds checks",
                    ..
                })
            ),
            "{explicit:?}"
        );
        let smaller_guard = deserialize(
            &bytes,
            options(
                Target::baseline(Isa::X86_64),
                BoundsChecks::GuardPages {
                    guard_bytes: 1 << 16,
                },
            ),
        );
        assert!(matches!(
            smaller_guard,
            Err(ArtifactError::Mismatch {
                field: "bounds checks",
                ..
            })
        ));
        let unhardened = CompileOptions {
            spectre: false,
            ..opts
        };
        assert!(matches!(
            deserialize(&bytes, unhardened),
            Err(ArtifactError::Mismatch {
                field: "spectre hardening",
                ..
            })
        ));
        let mut lzcnt = Target::baseline(Isa::X86_64);
        lzcnt.set_feature("lzcnt", true).unwrap();
        assert!(matches!(
            deserialize(&bytes, options(Target::baseline(Isa::Aarch64), guard)),
            Err(ArtifactError::Mismatch {
                field: "target",
                ..
            })
        ));
        assert!(matches!(
            deserialize(&bytes, options(lzcnt, guard)),
            Err(ArtifactError::Mismatch {
                field: "CPU features",
                ..
            })
        ));
        let mut other_version = bytes.clone();
        other_version[12] ^= 1; // inside the version string
        assert!(matches!(
            deserialize(&other_version, opts),
            Err(ArtifactError::Mismatch {
                field: "brisk version",
                ..
            })
        ));
        assert_eq!(
            deserialize(&wasm, opts).err(),
            Some(ArtifactError::NotAnArtifact)
        );
        for cut in [9, 20, bytes.len() / 2, bytes.len() - 1] {
            assert!(
                deserialize(&bytes[..cut], opts).is_err(),
                "truncated at {cut}"
            );
        }
    }
}
