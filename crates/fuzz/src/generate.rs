//! Valid modules from wasm-smith, limited to what both brisk and wasmi run:
//! Wasm 2.0 without SIMD, plus multi-memory.

use crate::rng::Rng;
use arbitrary::Unstructured;
use wasm_encoder::reencode::{self, Reencode};

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
    let mut c = wasm_smith::Config::default();
    // Proposals past Wasm 2.0 that wasm-smith enables by default.
    c.simd_enabled = false;
    c.relaxed_simd_enabled = false;
    c.gc_enabled = false;
    c.exceptions_enabled = false;
    c.threads_enabled = false;
    c.shared_everything_threads_enabled = false;
    c.tail_call_enabled = false;
    c.memory64_enabled = false;
    c.wide_arithmetic_enabled = false;
    c.extended_const_enabled = false;
    c.custom_page_sizes_enabled = false;
    c.compact_imports_enabled = false;
    c.custom_descriptors_enabled = false;
    // Wasm 2.0 proposals, and multi-memory.
    c.bulk_memory_enabled = true;
    c.reference_types_enabled = true;
    c.multi_value_enabled = true;
    c.saturating_float_to_int_enabled = true;
    c.sign_extension_ops_enabled = true;
    c.max_memories = 2;
    c.max_tables = 2;
    // Float results must not depend on which NaN an engine produces.
    c.canonicalize_nans = true;
    c.export_everything = true;
    // No imports: nothing to provide identically to both engines.
    c.max_imports = 0;
    // Functions only come with a type to give them; past the minimum,
    // wasm-smith adds each next one with probability 1/2.
    c.min_types = 1;
    c.min_funcs = 4;
    c.max_funcs = 16;
    c.max_instructions = 200;
    c.max_globals = 16;
    c.max_types = 16;
    c.max_data_segments = 8;
    c.max_element_segments = 8;
    c.max_elements = 32;
    // Bounded memories and tables keep growth and the state compared after
    // every call small.
    c.memory_max_size_required = true;
    c.max_memory32_bytes = 4 * 65536;
    c.table_max_size_required = true;
    c.max_table_elements = 64;
    c
}

/// A module from fuzzer input, with termination fuel checks and the fuel
/// global exported as [`FUEL_EXPORT`].
pub fn module_from_unstructured(u: &mut Unstructured<'_>) -> arbitrary::Result<Vec<u8>> {
    let mut config = smith_config();
    // Half the modules guard their loads, divisions and conversions, so
    // that calls get past them and reach more code.
    config.disallow_traps = u.arbitrary()?;
    let mut module = wasm_smith::Module::new(config, u)?;
    let fuel = module
        .ensure_termination(FUEL)
        .expect("wasm-smith generated every body itself");
    Ok(export_global(&module.to_bytes(), FUEL_EXPORT, fuel))
}

/// The module for an iteration's seed.
pub fn module_for_seed(seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    loop {
        let len = 1024 + rng.index(32 * 1024);
        let data = rng.bytes(len);
        if let Ok(wasm) = module_from_unstructured(&mut Unstructured::new(&data)) {
            return wasm;
        }
    }
}

/// Re-encodes `wasm` with one more export: global `index` as `name`.
fn export_global(wasm: &[u8], name: &str, index: u32) -> Vec<u8> {
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
