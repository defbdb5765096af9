//! The on-disk form of a compiled module (`brisk compile`): a header that
//! says what the code was compiled for, the original Wasm without the custom
//! sections nothing reads (see [`kept_wasm`]; its module environment is
//! re-read on load, bodies are not recompiled), and the code
//! image with its function table, trap table, address maps (if compiled
//! with [`CompileOptions::address_maps`]: a count of 0 maps says there are
//! none) and unwind information.
//!
//! Loading refuses an artifact whose header does not match the engine
//! exactly: code compiled for guard pages has no bounds checks, and code
//! using a CPU feature faults (or silently misbehaves) without it.

use crate::compile::{BoundsChecks, CompileOptions, CompiledModule};
use crate::exceptions::{HandlerEntry, UnwindInfo};
use crate::image::CodeImage;
use crate::stack_map::{StackMapSite, StackMaps};
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

/// The bytes written, and for [`write`] where to send them a chunk at a
/// time (with the first error), so that the tables never sit whole in
/// freshly touched memory.
struct Writer<'a>(Vec<u8>, Option<Sink<'a>>);

struct Sink<'a> {
    out: &'a mut dyn std::io::Write,
    result: std::io::Result<()>,
}

/// Bytes a [`Writer`] with a sink holds before it sends them.
const CHUNK: usize = 64 << 10;

impl Writer<'_> {
    /// Sends the bytes so far to the sink, if any, once a chunk is full.
    fn flush_full_chunk(&mut self) {
        if let Some(sink) = &mut self.1
            && self.0.len() >= CHUNK
        {
            if sink.result.is_ok() {
                sink.result = sink.out.write_all(&self.0);
            }
            self.0.clear();
        }
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn bytes(&mut self, b: &[u8]) {
        self.u32(b.len() as u32);
        self.0.extend_from_slice(b);
    }
    /// The count, then each pair, a chunk's worth at a time (a trap table
    /// or an address map can be many chunks).
    fn pairs(&mut self, pairs: impl ExactSizeIterator<Item = (u32, u32)>) {
        self.u32(pairs.len() as u32);
        for (i, (a, b)) in pairs.enumerate() {
            if i % (CHUNK / 8) == 0 {
                self.flush_full_chunk();
            }
            let pair = u64::from(a) | u64::from(b) << 32;
            self.0.extend_from_slice(&pair.to_le_bytes());
        }
    }
    /// The function table, trap table, address maps and unwind
    /// information: what follows the image.
    fn tables(&mut self, module: &CompiledModule) {
        self.pairs(module.functions.iter().copied());
        self.pairs(
            module
                .traps
                .iter()
                .map(|t| (t.code_offset, t.code.as_raw())),
        );
        self.u32(module.address_maps.len() as u32);
        for map in &module.address_maps {
            self.pairs(map.iter().copied());
        }
        for u in &module.unwind {
            self.flush_full_chunk();
            self.u32(u.frame_bytes);
            self.u32(u.saved_regs as u32);
            self.u32(u.handlers.len() as u32);
            for h in &u.handlers {
                self.u32(h.start);
                self.u32(h.end);
                self.u32(h.landing);
            }
            let maps = &u.stack_maps;
            self.u32(maps.top as u32);
            self.u32(maps.sites.len() as u32);
            for s in &maps.sites {
                self.u32(s.offset);
                self.u32(s.start);
                self.u32(s.len);
            }
            self.u32(maps.bits.len() as u32);
            for w in &maps.bits {
                self.u32(*w);
            }
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

/// The parts of a Wasm binary that an artifact (or a loaded module) keeps,
/// in order: all of it but the custom sections after the code section,
/// except `name` (function names for backtraces). Nothing at load or run
/// time reads the others (debug information, producers...), often as
/// large as the code, and dropping them moves no function body. A binary
/// that does not parse is kept whole.
pub fn kept_wasm(wasm: &[u8]) -> Vec<&[u8]> {
    fn dropped(wasm: &[u8]) -> Option<Vec<std::ops::Range<usize>>> {
        if wasm.len() < 8 {
            return None;
        }
        let mut dropped = Vec::new();
        let (mut at, mut after_code) = (8, false);
        while at < wasm.len() {
            let section = SectionHead::at(wasm, at)?;
            let payload = wasm.get(section.payload..section.end)?;
            if section.kept_by_name(after_code) && dropped_by_name(payload) {
                dropped.push(at..section.end);
            }
            after_code |= section.id == CODE_SECTION;
            at = section.end;
        }
        Some(dropped)
    }
    let mut kept = Vec::new();
    let mut at = 0;
    for range in dropped(wasm).unwrap_or_default() {
        kept.push(&wasm[at..range.start]);
        at = range.end;
    }
    kept.push(&wasm[at..]);
    kept.retain(|part| !part.is_empty());
    kept
}

const CODE_SECTION: u8 = 10;

/// A section's header: its id, where its payload starts and where the
/// section ends (maybe past the end of the binary).
struct SectionHead {
    id: u8,
    payload: usize,
    end: usize,
}

impl SectionHead {
    /// The header of the section at `at`, if well-formed.
    fn at(wasm: &[u8], at: usize) -> Option<SectionHead> {
        let mut r = wasmparser::BinaryReader::new(wasm.get(at..)?, 0);
        let id = r.read_u8().ok()?;
        let size = r.read_var_u32().ok()? as usize;
        let payload = at + r.current_position();
        Some(SectionHead {
            id,
            payload,
            end: payload + size,
        })
    }

    /// Whether [`kept_wasm`] keeps this section or not by its name (see
    /// [`dropped_by_name`]): a custom section after the code section. It
    /// keeps all others.
    fn kept_by_name(&self, after_code: bool) -> bool {
        self.id == 0 && after_code
    }
}

/// Whether [`kept_wasm`] leaves out a section it keeps or not by name,
/// from the section's payload (only the name at its start is read): all
/// but `name`.
fn dropped_by_name(payload: &[u8]) -> bool {
    wasmparser::BinaryReader::new(payload, 0).read_string().ok() != Some("name")
}

/// Binaries larger than this are read whole by [`read_kept`]'s caller
/// (where a failed allocation is an error, not an abort).
pub const LARGEST_PARTIAL_READ: usize = 1 << 30;

/// Reads a Wasm binary of `len` bytes to compile it into an artifact,
/// leaving unread the payloads (after their names) of the custom sections
/// that [`kept_wasm`] leaves out: debug information, often most of the
/// file. They stay zero in a zeroed buffer whose untouched pages cost
/// nothing; every other byte is the binary's, at its offset, so the
/// module validates, compiles and fails to exactly as read whole, and its
/// artifact is the same. `read_at(buf, offset)` fills `buf` with the bytes
/// at `offset`. `None` when the caller should read the binary whole (and
/// get the parser's errors): a text module, an artifact, a component, a
/// malformed section header or one past `len`, a binary larger than
/// [`LARGEST_PARTIAL_READ`], a failed read.
pub fn read_kept(
    len: usize,
    read_at: impl FnMut(&mut [u8], u64) -> std::io::Result<()>,
) -> Option<Vec<u8>> {
    /// Bytes read beyond what is needed, to find the next section header
    /// in what was read: more before the code section (all of it is kept)
    /// than after it (where they may be left out).
    const AHEAD_BEFORE_CODE: usize = 16 << 10;
    const AHEAD_AFTER_CODE: usize = 256;
    /// An id and a 5-byte LEB128 size.
    const LONGEST_HEAD: usize = 6;
    if len > LARGEST_PARTIAL_READ {
        return None;
    }
    let mut r = PartialRead {
        wasm: vec![0; len],
        read: 0,
        read_at,
    };
    r.read_to(8, AHEAD_BEFORE_CODE)?;
    if r.wasm.get(..8) != Some(&b"\0asm\x01\0\0\0"[..]) {
        return None;
    }
    let (mut at, mut after_code) = (8, false);
    while at < len {
        let ahead = if after_code {
            AHEAD_AFTER_CODE
        } else {
            AHEAD_BEFORE_CODE
        };
        r.read_to(at + LONGEST_HEAD, ahead)?;
        let section = SectionHead::at(&r.wasm[..r.read], at)?;
        if section.end > len {
            return None;
        }
        if section.kept_by_name(after_code) {
            let payload = section.payload..section.end;
            r.read_to((payload.start + 5).min(payload.end), 0)?;
            let mut name = wasmparser::BinaryReader::new(&r.wasm[payload.clone()], 0);
            // A malformed name length: the section is read whole.
            let name_end = name.read_var_u32().map_or(payload.end, |n| {
                payload.start + name.current_position() + n as usize
            });
            r.read_to(name_end.min(payload.end), 0)?;
            if dropped_by_name(&r.wasm[payload]) {
                r.read = r.read.max(section.end);
            }
        }
        after_code |= section.id == CODE_SECTION;
        at = section.end;
    }
    r.read_to(len, 0)?;
    Some(r.wasm)
}

/// A binary read in order, but for the ranges skipped.
struct PartialRead<F> {
    wasm: Vec<u8>,
    /// Up to where the binary was read or skipped.
    read: usize,
    read_at: F,
}

impl<F: FnMut(&mut [u8], u64) -> std::io::Result<()>> PartialRead<F> {
    /// Reads on up to `to` (and `ahead` bytes further if there are), if
    /// not read that far yet.
    fn read_to(&mut self, to: usize, ahead: usize) -> Option<()> {
        if to > self.read {
            let end = (to + ahead).min(self.wasm.len());
            (self.read_at)(&mut self.wasm[self.read..end], self.read as u64).ok()?;
            self.read = end;
        }
        Some(())
    }
}

/// Serializes `module`, compiled from `wasm`, into one exactly sized
/// buffer.
pub fn serialize(module: &CompiledModule, wasm: &[u8]) -> Vec<u8> {
    let wasm = kept_wasm(wasm);
    let head = head(module, &wasm);
    let size = head.len() + wasm_len(&wasm) + 4 + module.image.len() + tables_size(module);
    let mut out = Writer(Vec::with_capacity(size), None);
    write_up_to_tables(module, &wasm, &head, &mut out.0).expect("writing to a Vec cannot fail");
    out.tables(module);
    debug_assert_eq!(out.0.len(), size);
    out.0
}

/// Writes the artifact of `module`, compiled from `wasm`, to `out`: the
/// Wasm binary and the code image go straight from where they are, the
/// tables a chunk at a time, without another copy of the whole artifact.
pub fn write(
    module: &CompiledModule,
    wasm: &[u8],
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    let wasm = kept_wasm(wasm);
    write_up_to_tables(module, &wasm, &head(module, &wasm), out)?;
    let sink = Sink {
        out,
        result: Ok(()),
    };
    // Sent once a chunk is full, checked every chunk's worth of pairs and
    // before each function's unwind information: the buffer grows only
    // for a function with more than a chunk of it.
    let mut tables = Writer(
        Vec::with_capacity((2 * CHUNK).min(tables_size(module))),
        Some(sink),
    );
    tables.tables(module);
    let Writer(rest, Some(sink)) = tables else {
        unreachable!("the sink is still there")
    };
    sink.result?;
    sink.out.write_all(&rest)
}

fn wasm_len(wasm: &[&[u8]]) -> usize {
    wasm.iter().map(|part| part.len()).sum()
}

/// The artifact up to the Wasm binary: the magic, the header fields and
/// the binary's length.
fn head(module: &CompiledModule, wasm: &[&[u8]]) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(256), None);
    w.0.extend_from_slice(MAGIC);
    for (_, value) in header(&module.options) {
        w.bytes(value.as_bytes());
    }
    w.u32(wasm_len(wasm) as u32);
    w.0
}

/// The artifact up to the tables: `head`, the kept parts of the Wasm
/// binary and the image.
fn write_up_to_tables(
    module: &CompiledModule,
    wasm: &[&[u8]],
    head: &[u8],
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    out.write_all(head)?;
    for part in wasm {
        out.write_all(part)?;
    }
    out.write_all(&(module.image.len() as u32).to_le_bytes())?;
    out.write_all(&module.image)
}

/// Bytes of the tables after the image (see [`Writer::tables`]).
fn tables_size(module: &CompiledModule) -> usize {
    let pairs = |n: usize| 4 + 8 * n;
    let maps: usize = module.address_maps.iter().map(|m| pairs(m.len())).sum();
    let unwind: usize = module
        .unwind
        .iter()
        .map(|u| {
            let maps = &u.stack_maps;
            12 + 12 * u.handlers.len() + 12 + 12 * maps.sites.len() + 4 * maps.bits.len()
        })
        .sum();
    pairs(module.functions.len()) + pairs(module.traps.len()) + 4 + maps + unwind
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

/// Reads an artifact made for exactly `options` (whatever its
/// `address_maps`: the module has address maps if the artifact has).
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
    let image = CodeImage::from(r.bytes()?.to_vec());
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
    let options = CompileOptions {
        address_maps: maps != 0,
        ..options
    };
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
        || (options.address_maps && address_maps.len() != functions.len())
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
        stack_maps: read_stack_maps(r, image_len)?,
    })
}

/// One function's stack maps: sites in ascending order inside the image,
/// bitmaps inside the table.
fn read_stack_maps(r: &mut Reader<'_>, image_len: usize) -> Result<StackMaps, ArtifactError> {
    let bad = || ArtifactError::Invalid("bad stack map".into());
    let top = r.u32()? as i32;
    let n = r.u32()?;
    let sites = (0..n)
        .map(|_| {
            Ok(StackMapSite {
                offset: r.u32()?,
                start: r.u32()?,
                len: r.u32()?,
            })
        })
        .collect::<Result<Vec<_>, ArtifactError>>()?;
    let words = r.u32()?;
    let bits = (0..words).map(|_| r.u32()).collect::<Result<Vec<_>, _>>()?;
    let ascending = sites.windows(2).all(|w| w[0].offset < w[1].offset);
    let inside = sites.iter().all(|s| {
        s.offset as usize <= image_len
            && s.start
                .checked_add(s.len)
                .is_some_and(|end| end as usize <= bits.len())
    });
    // Bit i is the word at `top - 8 * i`. A frame is at most 1 GiB, so its
    // words lie within -2^30..2^24 of fp (GC-typed locals are below fp:
    // `top` is usually negative) and a bitmap is at most 2^22 u32 words;
    // within these bounds no offset leaves the i32 range.
    let short = (-(1 << 30)..=1 << 24).contains(&top) && sites.iter().all(|s| s.len <= 1 << 22);
    if !ascending || !inside || !short || (sites.is_empty() != bits.is_empty()) {
        return Err(bad());
    }
    Ok(StackMaps { top, sites, bits })
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
        // Sized exactly: the buffer never grew.
        assert_eq!(bytes.capacity(), bytes.len());
        let mut written = Vec::new();
        write(&module, &wasm, &mut written).unwrap();
        assert_eq!(written, bytes);
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

    #[test]
    fn stack_maps_of_references_below_the_frame_pointer_round_trip() {
        // A GC-typed local lives below fp (a negative offset) and is live
        // across the call: the stack map's top is negative.
        let wasm = wat::parse_str(
            r#"(module
                 (type $box (struct (field i32)))
                 (func $g)
                 (func (export "f") (result i32) (local $b (ref null $box))
                   (local.set $b (struct.new $box (i32.const 7)))
                   (call $g)
                   (struct.get $box 0 (local.get $b))))"#,
        )
        .unwrap();
        let opts = options(Target::host(), BoundsChecks::Explicit);
        let module = compile_module(&wasm, opts).unwrap();
        let maps = &module.unwind[1].stack_maps;
        assert!(maps.top < 0 && !maps.bits.is_empty(), "{maps:?}");
        let back = deserialize(&serialize(&module, &wasm), opts).unwrap();
        assert_eq!(back.unwind, module.unwind);
    }

    #[test]
    fn address_maps_only_when_asked_and_the_code_is_the_same() {
        let wasm = wat::parse_str(
            r#"(module (memory 1)
                 (func $g (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
                 (func (export "f") (param i32) (result i32)
                   (i32.load (call $g (local.get 0)))))"#,
        )
        .unwrap();
        let without = options(Target::host(), BoundsChecks::Explicit);
        let with = CompileOptions {
            address_maps: true,
            ..without
        };
        let plain = compile_module(&wasm, without).unwrap();
        let mapped = compile_module(&wasm, with).unwrap();
        assert_eq!(plain.image, mapped.image);
        assert_eq!(plain.functions, mapped.functions);
        assert_eq!(plain.traps, mapped.traps);
        assert!(plain.address_maps.is_empty() && plain.address_map(0).is_none());
        assert_eq!(mapped.address_maps.len(), 2);
        // Function $g: `i32.add` and `end` emit code (the operands are
        // folded into the add); offsets ascend in both columns.
        let map = mapped.address_map(0).unwrap();
        assert!(map.len() >= 2, "{map:?}");
        assert!(map.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 < w[1].1));
        let (start, len) = mapped.functions[0];
        assert!(map.iter().all(|&(_, c)| c >= start && c < start + len));

        // Whichever engine loads them, each artifact keeps what it has.
        let (plain_bytes, mapped_bytes) = (serialize(&plain, &wasm), serialize(&mapped, &wasm));
        assert!(plain_bytes.len() < mapped_bytes.len());
        for engine in [without, with] {
            let back = deserialize(&plain_bytes, engine).unwrap();
            assert!(back.address_maps.is_empty() && !back.options.address_maps);
            assert_eq!(back.image, plain.image);
            let back = deserialize(&mapped_bytes, engine).unwrap();
            assert_eq!(back.address_maps, mapped.address_maps);
            assert!(back.options.address_maps);
        }
        // Maps for some functions only: corrupt.
        let mut one_map = mapped.clone();
        one_map.address_maps.pop();
        assert!(matches!(
            deserialize(&serialize(&one_map, &wasm), with),
            Err(ArtifactError::Invalid(_))
        ));
    }

    #[test]
    fn custom_sections_after_the_code_are_left_out_but_names() {
        let wasm = wat::parse_str(
            r#"(module
                 (@custom "early" (before code) "kept: before the code")
                 (@custom ".debug_info" (after code) "dropped debug information")
                 (@custom "producers" (after data) "dropped")
                 (memory 1)
                 (func $answer (export "f") (result i32) (i32.const 42))
                 (data (i32.const 0) "data"))"#,
        )
        .unwrap();
        let kept = kept_wasm(&wasm).concat();
        // Section id, size and name length take a byte each here.
        let section = |name: &str, payload: &str| 3 + name.len() + payload.len();
        let dropped =
            section(".debug_info", "dropped debug information") + section("producers", "dropped");
        assert_eq!(kept.len(), wasm.len() - dropped);
        let parsed = parse_module(&kept, CompileOptions::default().wasm_features).unwrap();
        assert_eq!(parsed.info.func_name(0), Some("answer"));
        let find = |bytes: &[u8], what: &[u8]| bytes.windows(what.len()).any(|w| w == what);
        assert!(find(&kept, b"kept: before the code"));
        assert!(!find(&kept, b".debug_info") && !find(&kept, b"producers"));
        // The function body did not move.
        let body = |bytes: &[u8]| {
            let bodies = parse_module(bytes, CompileOptions::default().wasm_features)
                .unwrap()
                .bodies;
            bodies[0].body.range()
        };
        assert_eq!(body(&kept), body(&wasm));

        let opts = options(Target::host(), BoundsChecks::Explicit);
        let module = compile_module(&wasm, opts).unwrap();
        let bytes = serialize(&module, &wasm);
        assert_eq!(wasm_of(&bytes).unwrap(), &kept[..]);
        let mut written = Vec::new();
        write(&module, &wasm, &mut written).unwrap();
        assert_eq!(written, bytes);
        assert_eq!(deserialize(&bytes, opts).unwrap().image, module.image);

        // Nothing to drop, or a binary that does not parse: kept whole.
        assert_eq!(kept_wasm(&kept).concat(), kept);
        let truncated = &wasm[..wasm.len() - 3];
        assert_eq!(kept_wasm(truncated), [truncated]);
        assert!(kept_wasm(b"").is_empty());
    }

    #[test]
    fn tables_larger_than_a_chunk_are_written_as_serialized_and_errors_kept() {
        // Address maps of some 2 * 20,000 entries: several chunks.
        let body = "(drop (i32.add (local.get 0) (i32.const 1)))".repeat(20_000);
        let wasm = wat::parse_str(format!(
            "(module (func (param i32) {body}) (func (param i32) {body}))"
        ))
        .unwrap();
        let with_maps = CompileOptions {
            address_maps: true,
            ..options(Target::host(), BoundsChecks::Explicit)
        };
        let module = compile_module(&wasm, with_maps).unwrap();
        assert!(tables_size(&module) > 2 * CHUNK, "{}", tables_size(&module));
        let bytes = serialize(&module, &wasm);
        let mut written = Vec::new();
        write(&module, &wasm, &mut written).unwrap();
        assert!(written == bytes);

        /// Accepts `room` bytes, then fails.
        struct Full {
            room: usize,
        }
        impl std::io::Write for Full {
            fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
                match self.room {
                    0 => Err(std::io::Error::other("full")),
                    room => {
                        let n = buf.len().min(room);
                        self.room -= n;
                        Ok(n)
                    }
                }
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        for room in [
            10,
            bytes.len() - tables_size(&module) + CHUNK,
            bytes.len() - 1,
        ] {
            let result = write(&module, &wasm, &mut Full { room });
            assert!(result.is_err(), "{room} bytes of room");
        }
        write(&module, &wasm, &mut Full { room: bytes.len() }).unwrap();
    }

    /// A custom section: its id, size, name and payload.
    fn custom_section(name: &[u8], payload: &[u8]) -> Vec<u8> {
        fn leb(mut n: usize, out: &mut Vec<u8>) {
            loop {
                let byte = (n & 0x7f) as u8;
                n >>= 7;
                if n == 0 {
                    break out.push(byte);
                }
                out.push(byte | 0x80);
            }
        }
        let mut content = Vec::new();
        leb(name.len(), &mut content);
        content.extend_from_slice(name);
        content.extend_from_slice(payload);
        let mut section = vec![0];
        leb(content.len(), &mut section);
        section.extend_from_slice(&content);
        section
    }

    /// `read_kept` of `wasm`, and the ranges it read.
    fn read_kept_of(wasm: &[u8]) -> (Option<Vec<u8>>, Vec<std::ops::Range<usize>>) {
        let mut reads = Vec::new();
        let read = read_kept(wasm.len(), |buf, at| {
            let at = at as usize;
            reads.push(at..at + buf.len());
            buf.copy_from_slice(&wasm[at..at + buf.len()]);
            Ok(())
        });
        (read, reads)
    }

    #[test]
    fn read_kept_leaves_the_payloads_kept_wasm_drops_unread() {
        let mut wasm = wat::parse_str(
            r#"(module (memory 1) (func (export "f") (result i32) (i32.const 42))
                 (data (i32.const 0) "data"))"#,
        )
        .unwrap();
        let debug = custom_section(b".debug_info", &[7; 100_000]);
        let long_name = [b'x'; 1000];
        let long_named = custom_section(&long_name, &[7; 5000]);
        // Function 0 is "answer": subsection 1, 9 bytes, one name.
        let names = custom_section(b"name", b"\x01\x09\x01\x00\x06answer");
        for section in [&debug, &long_named, &names] {
            wasm.extend_from_slice(section);
        }
        let (read, reads) = read_kept_of(&wasm);
        let read = read.unwrap();
        assert_eq!(read.len(), wasm.len());
        assert_eq!(kept_wasm(&read), kept_wasm(&wasm));
        let kept = kept_wasm(&read).concat();
        assert_eq!(kept.len(), wasm.len() - debug.len() - long_named.len());
        // In order, without overlap; most of the payloads left out unread
        // (some are read ahead, before the code).
        assert!(
            reads.windows(2).all(|w| w[0].end <= w[1].start),
            "{reads:?}"
        );
        let bytes_read: usize = reads.iter().map(|r| r.len()).sum();
        assert!(
            bytes_read < wasm.len() - 80_000,
            "{bytes_read} of {}",
            wasm.len()
        );
        // What was not read is zero; the names of the sections left out
        // were read (the parser reads them).
        for (i, (&r, &w)) in read.iter().zip(&wasm).enumerate() {
            assert!(r == w || r == 0, "byte {i}");
        }
        let find = |bytes: &[u8], what: &[u8]| bytes.windows(what.len()).any(|w| w == what);
        assert!(find(&read, b".debug_info") && find(&read, &long_name));
        let features = CompileOptions::default().wasm_features;
        let parsed = parse_module(&read, features).unwrap();
        assert_eq!(parsed.info.func_name(0), Some("answer"));
    }

    #[test]
    fn read_kept_reads_whole_what_it_cannot_walk() {
        let wasm = wat::parse_str("(module (func))").unwrap();
        // Nothing to leave out: read whole, in one read.
        let (read, reads) = read_kept_of(&wasm);
        assert_eq!(read.as_deref(), Some(&wasm[..]));
        assert_eq!((reads.len(), &reads[0]), (1, &(0..wasm.len())));
        // A custom section whose name is not valid UTF-8, or not even
        // a length, is read (the parser's error is about it).
        let bad_utf8 = custom_section(b"\xff\xfe", &[7; 300]);
        let overlong_length = [0, 6, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
        for section in [&bad_utf8[..], &overlong_length] {
            let bad = [&wasm[..], section].concat();
            assert_eq!(read_kept_of(&bad).0.as_deref(), Some(&bad[..]));
        }
        // Left to the caller: a section past the end, a malformed header,
        // a text module, a component, a failed read.
        let mut past_end = wasm.clone();
        past_end.extend_from_slice(&custom_section(b"x", b"payload")[..5]);
        let mut bad_head = wasm.clone();
        bad_head.extend_from_slice(&[0, 0x80]);
        let component = b"\0asm\x0d\0\x01\0";
        for bytes in [&past_end[..], &bad_head, b"(module)", component, b"\0as"] {
            assert_eq!(read_kept_of(bytes).0, None, "{bytes:?}");
        }
        let failing = read_kept(wasm.len(), |_, _| Err(std::io::Error::other("no")));
        assert_eq!(failing, None);
    }
}
