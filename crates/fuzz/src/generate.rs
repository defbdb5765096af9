//! Valid modules from wasm-smith, limited to what both brisk and wasmi run:
//! Wasm 2.0 without SIMD, plus multi-memory, and for x86-64 SIMD (not
//! relaxed SIMD: its results are implementation-defined), tail calls, wide
//! arithmetic, memory64 (64-bit memories and tables) and custom page sizes.

use crate::rng::Rng;
use arbitrary::Unstructured;
use brisk::Isa;
use wasm_encoder::reencode::{self, Reencode};
use wasm_smith::{InstructionKind, InstructionKinds};

/// Loop iterations plus calls one export call may make before it traps
/// (`Module::ensure_termination`). Below every recursion limit in play, so
/// that only mutated modules can exhaust the call stack.
pub const FUEL: u32 = 1000;

/// The export through which the fuzzer refills the termination fuel before
/// each call, so that one looping export does not starve the others.
pub const FUEL_EXPORT: &str = "__brisk_fuzz_fuel";

/// Memory pages a module may have or grow to, in both engines.
pub const MAX_PAGES: u64 = 160;

pub fn smith_config() -> wasm_smith::Config {
    wasm_smith::Config {
        // Proposals past Wasm 2.0 that wasm-smith enables by default.
        simd_enabled: false,
        relaxed_simd_enabled: false,
        gc_enabled: false,
        exceptions_enabled: false,
        threads_enabled: false,
        shared_everything_threads_enabled: false,
        tail_call_enabled: false,
        memory64_enabled: false,
        wide_arithmetic_enabled: false,
        extended_const_enabled: false,
        custom_page_sizes_enabled: false,
        compact_imports_enabled: false,
        custom_descriptors_enabled: false,
        // Wasm 2.0 proposals, and multi-memory.
        bulk_memory_enabled: true,
        reference_types_enabled: true,
        multi_value_enabled: true,
        saturating_float_to_int_enabled: true,
        sign_extension_ops_enabled: true,
        max_memories: 2,
        max_tables: 2,
        // Float results must not depend on which NaN an engine produces:
        // wasm-smith canonicalizes scalar and f32x4/f64x2 arithmetic,
        // rounding, min/max and sqrt. Left as the hardware gives them, the
        // same in both engines on one CPU: conversions between f32 and f64
        // (scalar and f32x4.demote/f64x2.promote), which keep the payload.
        canonicalize_nans: true,
        export_everything: true,
        // No imports: nothing to provide identically to both engines.
        max_imports: 0,
        // Functions only come with a type to give them; past the minimum,
        // wasm-smith adds each next one with probability 1/2.
        min_types: 1,
        min_funcs: 4,
        max_funcs: 16,
        max_globals: 16,
        max_types: 16,
        max_data_segments: 8,
        max_element_segments: 8,
        max_elements: 32,
        // Bounded memories and tables keep growth and the state compared
        // after every call small.
        memory_max_size_required: true,
        max_memory32_bytes: 4 * 65536,
        max_memory64_bytes: 4 * 65536,
        table_max_size_required: true,
        max_table_elements: 64,
        ..wasm_smith::Config::default()
    }
}

/// A module from fuzzer input for code compiled for `isa`, with
/// termination fuel checks and the fuel global exported as [`FUEL_EXPORT`].
pub fn module_from_unstructured(u: &mut Unstructured<'_>, isa: Isa) -> arbitrary::Result<Vec<u8>> {
    generate(u, isa, true)
}

/// Whether the module of iteration `seed` may use SIMD (where the ISA
/// compiles it): three in four do. Those that do not compare brisk's
/// scalar code on CPUs below its SIMD baseline (`crate::options_for`).
pub(crate) fn seed_has_simd(seed: u64) -> bool {
    Rng::new(seed ^ 0x5d0e_3b1c_87a4_f629).chance(3, 4)
}

/// As [`module_from_unstructured`], SIMD only if `simd`.
fn generate(u: &mut Unstructured<'_>, isa: Isa, simd: bool) -> arbitrary::Result<Vec<u8>> {
    let mut config = smith_config();
    // Proposals past Wasm 2.0 that brisk compiles for this ISA (and wasmi
    // runs).
    let x86_64 = isa == Isa::X86_64;
    config.simd_enabled = x86_64 && simd;
    config.tail_call_enabled = x86_64;
    config.wide_arithmetic_enabled = x86_64;
    config.memory64_enabled = x86_64;
    config.custom_page_sizes_enabled = x86_64;
    // Swarm testing: each module leaves out or limits something, so that
    // what remains is exercised harder. Half the modules guard their
    // loads, divisions and conversions, so that calls reach more code.
    config.disallow_traps = u.arbitrary()?;
    config.max_instructions = u.int_in_range(20..=1000)?;
    config.allow_floats = u.ratio(4, 5)?;
    config.max_memories = u.int_in_range(1..=2)?;
    config.max_tables = u.int_in_range(1..=2)?;
    if u.arbitrary()? {
        let mut kinds = vec![InstructionKind::Numeric, InstructionKind::Variable];
        for kind in [
            InstructionKind::Reference,
            InstructionKind::Parametric,
            InstructionKind::Table,
            InstructionKind::Memory,
            InstructionKind::Control,
            // Only where SIMD is enabled; all of it unless floats are not.
            InstructionKind::Vector,
        ] {
            if u.arbitrary()? {
                kinds.push(kind);
            }
        }
        config.allowed_instructions = InstructionKinds::new(&kinds);
    }
    let mut module = wasm_smith::Module::new(config, u)?;
    let fuel = module
        .ensure_termination(FUEL)
        .expect("wasm-smith generated every body itself");
    Ok(export_global(&module.to_bytes(), FUEL_EXPORT, fuel))
}

/// The module for an iteration's seed, for code compiled for `isa`.
pub fn module_for_seed(seed: u64, isa: Isa) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let simd = seed_has_simd(seed);
    loop {
        let len = 1024 + rng.index(32 * 1024);
        let data = rng.bytes(len);
        if let Ok(wasm) = generate(&mut Unstructured::new(&data), isa, simd) {
            return wasm;
        }
    }
}

/// Re-encodes `wasm` with one more export: global `index` as `name`.
pub(crate) fn export_global(wasm: &[u8], name: &str, index: u32) -> Vec<u8> {
    struct AddExport<'a> {
        name: &'a str,
        index: u32,
    }
    impl Reencode for AddExport<'_> {
        type Error = std::convert::Infallible;

        fn parse_export_section(
            &mut self,
            exports: &mut wasm_encoder::ExportSection,
            section: wasmparser::ExportSectionReader<'_>,
        ) -> Result<(), reencode::Error<Self::Error>> {
            reencode::utils::parse_export_section(self, exports, section)?;
            exports.export(self.name, wasm_encoder::ExportKind::Global, self.index);
            Ok(())
        }
    }
    let mut module = wasm_encoder::Module::new();
    AddExport { name, index }
        .parse_core_module(&mut module, wasmparser::Parser::new(0), wasm)
        .expect("wasm-smith output parses");
    module.finish()
}
