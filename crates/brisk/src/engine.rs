use crate::Error;
use brisk_codegen::{BoundsChecks, CompileOptions, Target};
use brisk_runtime::EngineRuntime;
use std::sync::Arc;
use wasmparser::WasmFeatures;

/// Settings for an [`Engine`].
#[derive(Debug, Clone)]
pub struct Config {
    pub(crate) target: Target,
    pub(crate) max_wasm_stack: usize,
    pub(crate) gc_heap_limit: usize,
    pub(crate) bounds: BoundsChecks,
    pub(crate) spectre: bool,
    pub(crate) memory_pages: u64,
    pub(crate) parallel: bool,
    pub(crate) wasm_features: WasmFeatures,
    pub(crate) epoch_interruption: bool,
    pub(crate) consume_fuel: bool,
    pub(crate) lazy: bool,
    pub(crate) address_maps: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            target: Target::host(),
            max_wasm_stack: brisk_runtime::DEFAULT_MAX_WASM_STACK,
            gc_heap_limit: brisk_runtime::DEFAULT_GC_HEAP_LIMIT,
            bounds: BoundsChecks::GuardPages {
                guard_bytes: BoundsChecks::DEFAULT_GUARD,
            },
            spectre: true,
            memory_pages: brisk_runtime::MAX_PAGES,
            parallel: true,
            wasm_features: brisk_environ::validation_features(),
            epoch_interruption: false,
            consume_fuel: false,
            lazy: false,
            address_maps: false,
        }
    }
}

impl Config {
    pub fn new() -> Self {
        Self::default()
    }

    /// What code is compiled for: the ISA and the CPU features it may use
    /// (default: this host's, with every feature its CPU has). An engine
    /// for another target compiles and serializes modules (cross-
    /// compilation) but cannot instantiate them or call functions, except
    /// AArch64 code on another host when brisk is built with the
    /// `emulator` feature: it runs under the emulator, compiled with a
    /// stack-alignment check at each function entry (hardware enforces the
    /// alignment, the emulator does not).
    pub fn target(&mut self, target: Target) -> &mut Self {
        self.target = target;
        self
    }

    /// Bytes of native stack Wasm may use before "call stack exhausted".
    pub fn max_wasm_stack(&mut self, bytes: usize) -> &mut Self {
        self.max_wasm_stack = bytes;
        self
    }

    /// Bytes each store's GC heap (structs and arrays) may use (default
    /// 1 GiB, reserved as address space, touched as it fills): an
    /// allocation that does not fit even after a collection traps
    /// ("out of memory").
    pub fn gc_heap_limit(&mut self, bytes: usize) -> &mut Self {
        self.gc_heap_limit = bytes;
        self
    }

    /// How memory accesses are bounds-checked (default: guard pages).
    pub fn bounds_checks(&mut self, bounds: BoundsChecks) -> &mut Self {
        self.bounds = bounds;
        self
    }

    /// Spectre hardening (default on, as in wasmtime): an explicitly
    /// checked memory access and a table index check also force the
    /// address to 0 with a conditional move when the check fails, so a
    /// mispredicted check cannot read outside the memory or table
    /// speculatively. Turning it off saves a few instructions per checked
    /// access.
    pub fn spectre_hardening(&mut self, enabled: bool) -> &mut Self {
        self.spectre = enabled;
        self
    }

    /// Whether function bodies compile in parallel on all cores (default true).
    pub fn parallel_compilation(&mut self, parallel: bool) -> &mut Self {
        self.parallel = parallel;
        self
    }

    /// Epoch interruption (default off; x86-64 only): function entries
    /// and loop headers check whether the engine's epoch
    /// ([`Engine::increment_epoch`]) reached the store's deadline
    /// ([`Store::set_epoch_deadline`](crate::Store::set_epoch_deadline),
    /// 0 until set: code traps at once), then trap with
    /// [`TrapCode::Interrupt`](crate::TrapCode::Interrupt) or run the
    /// store's deadline callback.
    pub fn epoch_interruption(&mut self, enabled: bool) -> &mut Self {
        self.epoch_interruption = enabled;
        self
    }

    /// Fuel metering (default off; x86-64 only): each operator costs 1
    /// unit (`nop`, `drop`, `block`, `loop`, `else`, `end`, `unreachable`
    /// and `return` cost none), and code traps with
    /// [`TrapCode::OutOfFuel`](crate::TrapCode::OutOfFuel) at a function
    /// entry or loop header once the store's fuel
    /// ([`Store::set_fuel`](crate::Store::set_fuel), 0 until set) is
    /// spent.
    pub fn consume_fuel(&mut self, enabled: bool) -> &mut Self {
        self.consume_fuel = enabled;
        self
    }

    /// Lazy compilation (default off; x86-64 code run natively only, else
    /// [`Module::new`](crate::Module::new) fails cleanly): `Module::new`
    /// validates the whole module, refusing an invalid or unsupported one
    /// exactly as an eager compile does, and compiles each function on
    /// its first call, on the calling thread (see ARCHITECTURE.md, "Lazy
    /// compilation"). A first call with less than 64 KiB of the Wasm
    /// stack left traps with "call stack exhausted". A serialized lazy
    /// module is compiled whole first.
    pub fn lazy_compilation(&mut self, enabled: bool) -> &mut Self {
        self.lazy = enabled;
        self
    }

    /// Whether compiled modules keep, per function, the map from Wasm
    /// operator offsets to machine-code offsets (default off, unlike
    /// wasmtime's `generate_address_map`): only disassembly reads it
    /// (`brisk disas` groups instructions by operator), and it is about a
    /// third of an artifact. No effect on the code; an artifact records
    /// whether it has the maps and loads either way.
    pub fn generate_address_map(&mut self, enabled: bool) -> &mut Self {
        self.address_maps = enabled;
        self
    }

    /// Turns a proposal on or off for validation, by its name as wasmtime's
    /// `-W` spells it (`simd`, `multi-memory`, `tail-call`, `gc`...). All of
    /// Wasm 3.0 is on by default; brisk reports what it cannot compile as
    /// unsupported rather than invalid.
    pub fn wasm_feature(&mut self, name: &str, enabled: bool) -> Result<&mut Self, Error> {
        let flag = brisk_environ::wasm_feature_by_name(name)
            .ok_or_else(|| Error::Type(format!("unknown Wasm proposal {name:?}")))?;
        self.wasm_features.set(flag, enabled);
        Ok(self)
    }

    /// Turns the memory64 proposal (64-bit memories and tables) on or
    /// off; on by default (Wasm 3.0). As `wasm_feature("memory64", ..)`.
    pub fn wasm_memory64(&mut self, enabled: bool) -> &mut Self {
        self.wasm_features.set(WasmFeatures::MEMORY64, enabled);
        self
    }

    /// Turns the custom-page-sizes proposal (pages of one byte) on or off;
    /// on by default.
    pub fn wasm_custom_page_sizes(&mut self, enabled: bool) -> &mut Self {
        self.wasm_features
            .set(WasmFeatures::CUSTOM_PAGE_SIZES, enabled);
        self
    }

    /// Whether relaxed SIMD operators must give the same results on every
    /// CPU (wasmtime's setting, off by default there). brisk accepts either
    /// value and changes nothing: its relaxed operators are deterministic
    /// already, with one lowering on x86-64 that is the same on every run
    /// and CPU-feature set (AVX or not). Each computes its non-relaxed
    /// counterpart (`relaxed_swizzle` as `swizzle`, `relaxed_trunc` as
    /// `trunc_sat`, `relaxed_laneselect` as `bitselect`, `relaxed_min`/`max`
    /// as `min`/`max`, `relaxed_q15mulr` as `q15mulr_sat`),
    /// `relaxed_madd`/`nmadd` multiply then add, rounding twice (never a
    /// fused multiply-add), and the dot products read the bytes of their
    /// second operand one fixed way whatever their top bit (see
    /// brisk-codegen's `codegen_simd`). These are choices the proposal
    /// allows; another engine's deterministic mode may pick others (a
    /// fused `madd`, say), so results can differ across engines, never
    /// across machines running brisk.
    pub fn relaxed_simd_deterministic(&mut self, deterministic: bool) -> &mut Self {
        let _ = deterministic;
        self
    }

    /// The most bytes any memory may grow to, in 64 KiB units (default
    /// 65536: 4 GiB), whatever its page size or index type: a memory
    /// reserves its maximum size capped by this (or 4 GiB and the guard
    /// for a guard-mode 32-bit memory), and `memory.grow` beyond it
    /// returns -1. This is the cap on 64-bit memories, whose declared
    /// maximum may be up to 2^64 bytes. A minimum above it is still
    /// allocated, if the host can.
    pub fn memory_pages_limit(&mut self, pages: u64) -> &mut Self {
        self.memory_pages = pages;
        self
    }
}

pub(crate) struct EngineInner {
    pub config: Config,
    pub runtime: EngineRuntime,
    pub epoch: Arc<brisk_runtime::Epoch>,
}

/// Compilation settings and engine-wide state (type ids, trampolines),
/// shared by modules and stores.
#[derive(Clone)]
pub struct Engine {
    pub(crate) inner: Arc<EngineInner>,
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new(&Config::default())
    }
}

impl Engine {
    pub fn new(config: &Config) -> Engine {
        Engine {
            inner: Arc::new(EngineInner {
                config: config.clone(),
                runtime: EngineRuntime::new(config.target).with_fuel(config.consume_fuel),
                epoch: Arc::default(),
            }),
        }
    }

    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// Increments the epoch: stores whose deadline it reaches are
    /// interrupted at their next check. Any thread may call it; it takes
    /// a lock and looks at each store of the engine.
    pub fn increment_epoch(&self) {
        self.inner.epoch.increment();
    }

    pub(crate) fn options(&self) -> CompileOptions {
        CompileOptions {
            target: self.inner.config.target,
            bounds: self.inner.config.bounds,
            spectre: self.inner.config.spectre,
            parallel: self.inner.config.parallel,
            wasm_features: self.inner.config.wasm_features,
            epoch_interruption: self.inner.config.epoch_interruption,
            consume_fuel: self.inner.config.consume_fuel,
            address_maps: self.inner.config.address_maps,
            // The emulator does not fault on a misaligned stack pointer
            // as hardware does: code it runs checks at each entry.
            stack_alignment_checks: matches!(
                self.inner.runtime.executor(),
                Ok(e) if e != brisk_runtime::Executor::Native
            ),
        }
    }

    pub(crate) fn same(&self, other: &Engine) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}
