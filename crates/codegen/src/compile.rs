//! Compiling a module: parse the environment, compile every function body
//! (validating it in the same pass), and
//! link everything into one code image with direct calls patched.

use crate::buffer::{CallReloc, Label};
use crate::codegen::CodeGen;
use crate::context::CodeGenContext;
use crate::control::{BlockSig, ControlFrame, FrameKind};
use crate::exceptions::{ExnState, UnwindInfo};
use crate::isa::aarch64::A64Masm;
use crate::isa::x64::X64Masm;
use crate::masm::{MacroAssembler, OpFamily};
use crate::memory::MemoryFacts;
use crate::stack_map::StackMapBuilder;
use crate::target::{Isa, Target};
use crate::visitor::ValidateThenVisit;
use brisk_environ::validation_features;
use brisk_environ::vmctx::VMOffsets;
use brisk_environ::{
    CompileError, CompileResult, FunctionBodyInput, ModuleInfo, TrapEntry, parse_module,
};
use rayon::prelude::*;
use wasmparser::WasmFeatures;
use wasmparser::{FuncToValidate, FuncValidatorAllocations};

/// How linear-memory accesses are kept inside the memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BoundsChecks {
    /// The runtime reserves 4 GiB plus `guard_bytes` per memory, inaccessible
    /// beyond the current length; a check is emitted only for accesses whose
    /// static offset plus size exceeds the guard.
    GuardPages { guard_bytes: u64 },
    /// Every access is checked against the current length.
    Explicit,
}

impl BoundsChecks {
    pub const DEFAULT_GUARD: u64 = 2 << 30;
}

/// Compilation settings that change the generated code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CompileOptions {
    /// The ISA and CPU features of the code (default: the host's).
    pub target: Target,
    pub bounds: BoundsChecks,
    /// Spectre hardening: explicit bounds checks and table index checks
    /// also clamp the address with a conditional move, so that a
    /// mispredicted check cannot read out of bounds speculatively.
    pub spectre: bool,
    /// Compile function bodies on all cores (rayon); no effect on the code.
    pub parallel: bool,
    /// The proposals the validator accepts (default: all of Wasm 3.0); no
    /// effect on the code.
    pub wasm_features: WasmFeatures,
    /// A debug check at each function entry that the stack pointer is
    /// aligned as the ISA requires, for emulators that do not enforce it
    /// (QEMU: AArch64's 16 bytes); an ISA whose hardware checks it or that
    /// has no such rule emits nothing.
    pub stack_alignment_checks: bool,
    /// Epoch checks at function entries and loop headers (`interrupt.rs`).
    pub epoch_interruption: bool,
    /// Fuel metering: operator counts charged per block, checked at
    /// function entries and loop headers (`interrupt.rs`).
    pub consume_fuel: bool,
    /// Keep each function's address map (Wasm operator offsets to code
    /// offsets), which only disassembly reads (`brisk disas`, `brisk
    /// explore`); no effect on the code. Off by default, as the maps are
    /// a large part of an artifact (wasmtime's `generate_address_map`).
    pub address_maps: bool,
}

impl Default for CompileOptions {
    fn default() -> Self {
        CompileOptions {
            target: Target::host(),
            bounds: BoundsChecks::Explicit,
            spectre: true,
            parallel: true,
            wasm_features: validation_features(),
            stack_alignment_checks: false,
            epoch_interruption: false,
            consume_fuel: false,
            address_maps: false,
        }
    }
}

/// One function's machine code before linking.
#[derive(Debug, Clone, Default)]
pub struct CompiledFunction {
    pub code: Vec<u8>,
    pub relocs: Vec<CallReloc>,
    pub traps: Vec<TrapEntry>,
    /// (Wasm byte offset of an operator, code offset of its first instruction).
    pub address_map: Vec<(u32, u32)>,
    /// The function has a tail call that may leave the instance (see
    /// `tail_call.rs`).
    pub tail_calls_out_of_instance: bool,
    /// Frame and handler regions for the exception unwinder.
    pub unwind: UnwindInfo,
}

/// A whole module's code, linked into one position-independent image.
#[derive(Debug, Clone)]
pub struct CompiledModule {
    pub info: ModuleInfo,
    pub options: CompileOptions,
    pub image: Vec<u8>,
    /// Per defined function: (offset in the image, length).
    pub functions: Vec<(u32, u32)>,
    /// Per defined function: Wasm offset -> image offset, for disassembly;
    /// empty if compiled without [`CompileOptions::address_maps`].
    pub address_maps: Vec<Vec<(u32, u32)>>,
    /// Image-relative trap table, sorted by offset.
    pub traps: Vec<TrapEntry>,
    /// Per defined function: its frame and handler regions (image-relative)
    /// for the exception unwinder (`exceptions.rs`).
    pub unwind: Vec<UnwindInfo>,
}

impl CompiledModule {
    pub fn function_code(&self, defined_index: usize) -> &[u8] {
        let (start, len) = self.functions[defined_index];
        &self.image[start as usize..(start + len) as usize]
    }

    /// The address map of a defined function (Wasm offset -> image offset,
    /// ascending), if the module has address maps.
    pub fn address_map(&self, defined_index: usize) -> Option<&[(u32, u32)]> {
        self.address_maps.get(defined_index).map(Vec::as_slice)
    }
}

/// Reusable per-thread state: compiling a function allocates almost nothing.
pub struct FuncCompiler<M: MacroAssembler> {
    masm: M,
    ctx: CodeGenContext,
    control: Vec<ControlFrame>,
    labels: Vec<Label>,
    traps: Vec<TrapEntry>,
    /// The address map being built (copied out at the end, exactly sized),
    /// if `keep_address_map`.
    address_map: Vec<(u32, u32)>,
    keep_address_map: bool,
    exn: ExnState,
    stack_maps: StackMapBuilder,
    /// The buffer the next function's code is copied out into (one given
    /// back by [`Self::recycle`] once placed, else a new one).
    spare_code: Vec<u8>,
    allocs: FuncValidatorAllocations,
    bounds: BoundsChecks,
    spectre: bool,
    epoch_interruption: bool,
    consume_fuel: bool,
}

impl<M: MacroAssembler> FuncCompiler<M> {
    pub fn new(options: CompileOptions) -> Self {
        FuncCompiler {
            masm: {
                let mut masm = M::new(options.target);
                masm.check_stack_alignment(options.stack_alignment_checks);
                masm.epoch_checks(options.epoch_interruption);
                masm.fuel_checks(options.consume_fuel);
                masm
            },
            ctx: CodeGenContext::default(),
            control: Vec::new(),
            labels: Vec::new(),
            traps: Vec::new(),
            address_map: Vec::new(),
            keep_address_map: options.address_maps,
            exn: ExnState::default(),
            stack_maps: StackMapBuilder::default(),
            spare_code: Vec::new(),
            allocs: FuncValidatorAllocations::default(),
            bounds: options.bounds,
            spectre: options.spectre,
            epoch_interruption: options.epoch_interruption,
            consume_fuel: options.consume_fuel,
        }
    }

    /// Gives back a code buffer of a [`CompiledFunction`] this compiler
    /// made, once its code is placed, for the next function's code.
    fn recycle(&mut self, code: Vec<u8>) {
        self.spare_code = code;
    }

    /// Whether the last function compiled met a v128 with 8-byte
    /// value-stack slots (its code is to be discarded).
    pub fn needs_wide_slots(&self) -> bool {
        self.ctx.frame.v128_needs_wide_slots()
    }

    /// Validates and (if `translate`) compiles one function body. A body that
    /// is valid but not translatable gives `Unsupported`; an invalid one
    /// gives `Invalid`, even after an unsupported operator. With
    /// `reload_after_direct_calls`, direct calls reload the vmctx and heap
    /// base (the module may tail-call out of the instance: `tail_call.rs`).
    /// With `wide_slots`, value-stack slots are 16 bytes wide from the
    /// start (see `Frame::slot_bytes`); after a compilation that reports
    /// [`Self::needs_wide_slots`], compile the function again with it.
    pub fn compile(
        &mut self,
        info: &ModuleInfo,
        input: FunctionBodyInput<'_>,
        translate: bool,
        reload_after_direct_calls: bool,
        wide_slots: bool,
    ) -> CompileResult<CompiledFunction> {
        let mut validator = input
            .validator
            .into_validator(std::mem::take(&mut self.allocs));
        if !translate {
            // The module environment may be incomplete: only validate.
            let result = validator.validate(&input.body);
            self.allocs = validator.into_allocations();
            return result
                .map(|()| CompiledFunction::default())
                .map_err(CompileError::from);
        }
        let func_type = info.functions[input.func_index as usize];
        let sig = info.type_sig(func_type);
        self.masm.clear();
        let fuel_reg = self.consume_fuel.then(M::fuel_reg);
        self.ctx.reset::<M>(&sig.params, fuel_reg);
        self.control.clear();
        self.traps.clear();
        self.exn.clear();
        let offsets = VMOffsets::new(info);
        let mut cg = CodeGen {
            masm: &mut self.masm,
            ctx: &mut self.ctx,
            control: &mut self.control,
            labels: &mut self.labels,
            info,
            offsets,
            func_type,
            reachable: true,
            dead_blocks: 0,
            offset: input.body.range().start,
            max_call_area: 0,
            bounds: self.bounds,
            memory0: MemoryFacts::of_memory0(info, &offsets, self.bounds),
            spectre: self.spectre,
            traps: &mut self.traps,
            pending: None,
            reload_after_direct_calls,
            tail_calls_out_of_instance: false,
            epoch_interruption: self.epoch_interruption,
            consume_fuel: self.consume_fuel,
            fuel_pending: 0,
            fuel_block: None,
            exn: &mut self.exn,
            stack_maps: &mut self.stack_maps,
        };
        let v128 = brisk_environ::WasmType::V128;
        if wide_slots || sig.params.iter().chain(&sig.results).any(|t| *t == v128) {
            cg.ctx.frame.use_wide_slots();
        }
        let mut error = sig
            .params
            .iter()
            .chain(&sig.results)
            .find_map(|ty| cg.check_type(*ty).err());

        let mut locals = input.body.get_locals_reader()?;
        for _ in 0..locals.get_count() {
            let offset = locals.original_position();
            let (count, ty) = locals.read()?;
            validator.define_locals(offset, count, ty)?;
            if error.is_none() {
                cg.offset = offset;
                let t = cg.info.val_type(ty, offset);
                // A local is on the value stack after `local.get`.
                if matches!(t, Ok(brisk_environ::WasmType::V128)) {
                    cg.ctx.frame.use_wide_slots();
                }
                match t.and_then(|t| cg.check_type(t).map(|_| t)) {
                    Ok(t) => cg.ctx.frame.add_locals(count, t),
                    Err(e) => error = Some(e),
                }
            }
        }
        cg.ctx.locals_done();
        cg.stack_maps.reset(cg.ctx);

        let patch = cg.masm.prologue(cg.ctx.frame.vmctx_address::<M>());
        if error.is_none() {
            cg.ctx.frame.zero_locals(cg.masm);
            cg.ctx.frame.enter(cg.masm);
            cg.load_heap_base();
            cg.entry_checks();
        }
        let end = cg.masm.new_label();
        cg.control.push(ControlFrame {
            kind: FrameKind::Function,
            sig: BlockSig::Func(func_type),
            label: end,
            height: 0,
            branched_to: false,
        });

        let address_map = &mut self.address_map;
        address_map.clear();
        let keep_address_map = self.keep_address_map;
        let mut reader = input.body.get_operators_reader()?;
        let mut visitor = ValidateThenVisit {
            validator: &mut validator,
            codegen: &mut cg,
            error,
        };
        while !reader.eof() {
            let offset = reader.original_position();
            visitor.codegen.offset = offset;
            if keep_address_map && visitor.error.is_none() {
                // Of operators that emitted nothing, the map keeps the last
                // one (its readers give the code to the last of a group).
                let at = visitor.codegen.masm.buffer().len();
                match address_map.last_mut() {
                    Some(last) if last.1 == at => last.0 = offset as u32,
                    _ => address_map.push((offset as u32, at)),
                }
            }
            reader.visit_operator(&mut visitor)??;
        }
        reader.finish()?;
        let error = visitor.error.take();
        let max_call_area = cg.max_call_area;
        let tail_calls_out_of_instance = cg.tail_calls_out_of_instance;
        self.allocs = validator.into_allocations();
        if let Some(e) = error {
            return Err(e);
        }

        self.masm.bind(end);
        self.masm.emit_trap_stubs(&mut self.traps);
        crate::stack_map::check_all_mapped(&mut self.masm);
        let frame_bytes = self.ctx.frame.frame_bytes(self.ctx.max_depth);
        if frame_bytes > 1 << 30 {
            return Err(CompileError::Limit {
                message: "function frame larger than 1 GiB".into(),
            });
        }
        self.masm.finalize_frame(patch, frame_bytes, max_call_area);
        let buf = self.masm.buffer();
        // Only AArch64 code can have a branch out of reach (beyond the
        // +-128 MiB of `b`).
        buf.try_finish().map_err(|_| CompileError::Limit {
            message: "function too large".into(),
        })?;
        let stack_maps = self.stack_maps.finish();
        let saved_regs = M::local_regs()
            .iter()
            .enumerate()
            .filter(|(_, r)| self.ctx.frame.is_local_reg(**r))
            .fold(0u8, |mask, (i, _)| mask | 1 << i);
        let mut code = std::mem::take(&mut self.spare_code);
        code.clear();
        code.extend_from_slice(buf.bytes());
        Ok(CompiledFunction {
            code,
            relocs: buf.relocs().to_vec(),
            traps: self.traps.clone(),
            address_map: self.address_map.clone(),
            tail_calls_out_of_instance,
            unwind: UnwindInfo {
                frame_bytes,
                saved_regs,
                handlers: self.exn.finish(),
                stack_maps,
            },
        })
    }
}

/// Compiles a module for `options.target`.
pub fn compile_module(bytes: &[u8], options: CompileOptions) -> CompileResult<CompiledModule> {
    match options.target.isa() {
        Isa::X86_64 => compile_module_with::<X64Masm>(bytes, options),
        Isa::Aarch64 => compile_module_with::<A64Masm>(bytes, options),
    }
}

fn compile_module_with<M: MacroAssembler + Send>(
    bytes: &[u8],
    options: CompileOptions,
) -> CompileResult<CompiledModule> {
    if let Some(e) = crate::interrupt::unsupported::<M>(&options) {
        return Err(e);
    }
    let parsed = parse_module(bytes, options.wasm_features)?;
    let unsupported = parsed
        .unsupported
        .or_else(|| memory64_unsupported::<M>(&parsed.info));
    let translate = unsupported.is_none();
    let info = parsed.info;
    let bodies = parsed.bodies;
    // Below this much code, starting the worker threads costs more than
    // it saves.
    const PARALLEL_MIN_BYTES: u64 = 64 * 1024;
    let code_bytes: u64 = bodies
        .iter()
        .map(|b| b.body.range().end - b.body.range().start)
        .sum();
    let parallel = options.parallel && code_bytes >= PARALLEL_MIN_BYTES;
    let padding = options.target.isa().code_padding();
    let compile_all = |reload: bool| -> (Image, Vec<CompileResult<CompiledFunction>>) {
        let compile = |c: &mut FuncCompiler<M>, b: &FunctionBodyInput<'_>| {
            let f = c.compile(&info, copy_input(b), translate, reload, false);
            if c.needs_wide_slots() {
                c.compile(&info, copy_input(b), translate, reload, true)
            } else {
                f
            }
        };
        if parallel {
            let mut results: Vec<_> = bodies
                .par_iter()
                .map_init(|| FuncCompiler::new(options), compile)
                .collect();
            let size = results
                .iter()
                .flatten()
                .map(|f| f.code.len().next_multiple_of(16))
                .sum();
            let mut image = Image::new(size, padding);
            results.iter_mut().flatten().for_each(|f| {
                image.place(f);
            });
            (image, results)
        } else {
            // Each function's code goes into the image as soon as it is
            // compiled, and its buffer is reused for the next one, so
            // that only the image touches fresh memory.
            let mut image = Image::new(IMAGE_BYTES_PER_CODE_BYTE * code_bytes as usize, padding);
            let mut compiler = FuncCompiler::new(options);
            let results = bodies
                .iter()
                .map(|b| {
                    let mut f = compile(&mut compiler, b)?;
                    compiler.recycle(image.place(&mut f));
                    Ok(f)
                })
                .collect();
            (image, results)
        }
    };
    // A module with a tail call that may leave the instance is compiled
    // again, its direct calls then reloading the vmctx and heap base
    // (`tail_call.rs`). Found while compiling, so that other modules pay
    // nothing for it.
    let (mut image, mut results) = compile_all(false);
    if results
        .iter()
        .any(|r| r.as_ref().is_ok_and(|f| f.tail_calls_out_of_instance))
    {
        (image, results) = compile_all(true);
    }
    // Report the same error whatever the thread count: an invalid body
    // wins over anything unsupported, and the lowest function wins.
    let mut functions = Vec::with_capacity(results.len());
    let mut unsupported = unsupported;
    for r in results {
        match r {
            Ok(f) => functions.push(f),
            Err(e @ CompileError::Unsupported { .. }) => {
                unsupported.get_or_insert(e);
            }
            Err(e) => return Err(e),
        }
    }
    if let Some(e) = unsupported {
        return Err(e);
    }
    link(info, options, image, functions)
}

/// A generous bound on machine-code bytes per code-section byte, to
/// reserve the image once (untouched capacity costs no memory).
const IMAGE_BYTES_PER_CODE_BYTE: usize = 4;

/// The code image being laid out: each function 16-byte aligned, in
/// function order.
struct Image {
    bytes: Vec<u8>,
    /// Where each placed function is: (offset, length).
    placed: Vec<(u32, u32)>,
    padding: u8,
}

impl Image {
    fn new(capacity: usize, padding: u8) -> Image {
        Image {
            bytes: Vec::with_capacity(capacity),
            placed: Vec::new(),
            padding,
        }
    }

    /// Moves `f`'s code into the image (`f.code` is left empty) and
    /// returns the buffer it was in.
    fn place(&mut self, f: &mut CompiledFunction) -> Vec<u8> {
        let start = self.bytes.len().next_multiple_of(16);
        self.bytes.resize(start, self.padding);
        self.bytes.extend_from_slice(&f.code);
        self.placed.push((start as u32, f.code.len() as u32));
        std::mem::take(&mut f.code)
    }
}

/// `Unsupported` if the module has a 64-bit memory or table or a memory
/// with custom-sized pages and the ISA does not implement
/// [`OpFamily::Memory64`] (reported like an unsupported module-level
/// construct: the bodies are still validated).
pub(crate) fn memory64_unsupported<M: MacroAssembler>(info: &ModuleInfo) -> Option<CompileError> {
    if M::implements(OpFamily::Memory64) {
        return None;
    }
    let memory = info.memories.iter().find_map(|m| {
        let what = match (m.memory64, m.page_size_log2) {
            (true, _) => "memory64",
            (false, brisk_environ::DEFAULT_PAGE_SIZE_LOG2) => return None,
            (false, _) => "custom-page-sizes",
        };
        Some(what)
    });
    let table = info.tables.iter().any(|t| t.table64).then_some("memory64");
    memory
        .or(table)
        .map(|what| CompileError::unsupported(format!("{what} (not on this ISA yet)"), 0))
}

/// A body to compile again (its validator's resources are shared).
fn copy_input<'a>(input: &FunctionBodyInput<'a>) -> FunctionBodyInput<'a> {
    let v = &input.validator;
    FunctionBodyInput {
        func_index: input.func_index,
        validator: FuncToValidate {
            resources: v.resources.clone(),
            index: v.index,
            ty: v.ty,
            features: v.features,
        },
        body: input.body.clone(),
    }
}

/// Patches the direct calls between the functions placed in `image` and
/// makes their tables image-relative (in place: nothing is copied).
fn link(
    info: ModuleInfo,
    options: CompileOptions,
    image: Image,
    functions: Vec<CompiledFunction>,
) -> CompileResult<CompiledModule> {
    let Image {
        bytes: mut image,
        placed,
        ..
    } = image;
    image.shrink_to_fit();
    let imported = info.num_imported_funcs;
    let mut traps = Vec::with_capacity(functions.iter().map(|f| f.traps.len()).sum());
    let mut address_maps = Vec::with_capacity(if options.address_maps {
        functions.len()
    } else {
        0
    });
    let mut unwind = Vec::with_capacity(functions.len());
    for (f, &(start, _)) in functions.into_iter().zip(&placed) {
        for r in &f.relocs {
            let callee = placed[(r.callee - imported) as usize].0;
            r.kind
                .patch(&mut image, start + r.at, callee)
                .map_err(|what| CompileError::unsupported(what, 0))?;
        }
        traps.extend(f.traps.iter().map(|t| TrapEntry {
            code_offset: start + t.code_offset,
            code: t.code,
        }));
        if options.address_maps {
            let mut map = f.address_map;
            map.iter_mut().for_each(|(_, c)| *c += start);
            address_maps.push(map);
        }
        let mut u = f.unwind;
        for h in &mut u.handlers {
            h.start += start;
            h.end += start;
            h.landing += start;
        }
        u.stack_maps.relocate(start);
        unwind.push(u);
    }
    Ok(CompiledModule {
        info,
        options,
        image,
        functions: placed,
        address_maps,
        traps,
        unwind,
    })
}
