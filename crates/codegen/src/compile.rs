//! Compiling a module: parse the environment, compile every function body
//! (validating it in the same pass), and
//! link everything into one code image with direct calls patched.

use crate::buffer::{CallReloc, Label};
use crate::codegen::CodeGen;
use crate::context::CodeGenContext;
use crate::control::{BlockSig, ControlFrame, FrameKind};
use crate::exceptions::{ExnState, UnwindInfo};
use crate::image::{CodeImage, LendArea};
use crate::isa::aarch64::A64Masm;
use crate::isa::x64::X64Masm;
use crate::masm::{MacroAssembler, OpFamily};
use crate::memory::MemoryFacts;
use crate::stack_map::StackMapBuilder;
use crate::target::{Isa, Target};
use crate::visitor::visit_body;
use brisk_environ::validation_features;
use brisk_environ::vmctx::VMOffsets;
use brisk_environ::{
    CompileError, CompileResult, FunctionBodyInput, ModuleInfo, TrapEntry, parse_module,
};
use rayon::prelude::*;
use std::ops::Range;
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
    pub image: CodeImage,
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
    allocs: FuncValidatorAllocations,
    /// The ISA's filler between functions in the code buffer.
    padding: u8,
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
            allocs: FuncValidatorAllocations::default(),
            padding: options.target.isa().code_padding(),
            bounds: options.bounds,
            spectre: options.spectre,
            epoch_interruption: options.epoch_interruption,
            consume_fuel: options.consume_fuel,
        }
    }

    /// Compiles one function body alone (lazy compilation): its code and
    /// tables, offsets relative to the function's start.
    pub fn compile_function(
        &mut self,
        info: &ModuleInfo,
        input: &FunctionBodyInput<'_>,
        reload_after_direct_calls: bool,
    ) -> CompileResult<CompiledFunction> {
        self.masm.buffer().clear();
        let end = self.compile(info, input, reload_after_direct_calls)?;
        let buf = self.masm.buffer();
        Ok(CompiledFunction {
            code: buf.bytes().to_vec(),
            relocs: buf.relocs().to_vec(),
            traps: self.traps.clone(),
            address_map: self.address_map.clone(),
            tail_calls_out_of_instance: end.tail_calls_out_of_instance,
            unwind: end.unwind,
        })
    }

    /// Compiles `bodies` one after another, or only validates them
    /// without `translate` (the module environment may be incomplete):
    /// into `image` as each function is finished, or without an image
    /// into one code buffer that becomes the batch's code. The buffer and
    /// tables are sized from the bodies' bytes up front.
    fn compile_batch(
        &mut self,
        info: &ModuleInfo,
        bodies: &[FunctionBodyInput<'_>],
        translate: bool,
        reload_after_direct_calls: bool,
        mut image: Option<CodeImage>,
    ) -> Batch {
        let wasm_bytes = bodies.iter().map(body_bytes).sum::<u64>() as usize;
        // The buffer holds one function, or all of them.
        let buffer_wasm_bytes = match image {
            Some(_) => bodies.iter().map(body_bytes).max().unwrap_or(0) as usize,
            None => wasm_bytes,
        };
        let mut batch = Batch {
            functions: Vec::with_capacity(bodies.len()),
            relocs: Vec::with_capacity(wasm_bytes / WASM_BYTES_PER_CALL),
            traps: Vec::with_capacity(wasm_bytes / WASM_BYTES_PER_TRAP),
            unwind: Vec::with_capacity(bodies.len()),
            ..Batch::default()
        };
        let buf = self.masm.buffer();
        buf.clear();
        buf.reserve(IMAGE_BYTES_PER_CODE_BYTE * buffer_wasm_bytes);
        for b in bodies {
            let result = if translate {
                self.compile(info, b, reload_after_direct_calls)
                    .map(|end| batch.add(self, end, image.as_mut()))
            } else {
                self.validate(b)
            };
            if let Err(e) = result {
                batch.note_error(e);
            }
        }
        batch.code = match image {
            Some(image) => image,
            None => self.masm.buffer().take_code().into(),
        };
        batch
    }

    /// Validates one function body, compiling nothing.
    fn validate(&mut self, input: &FunctionBodyInput<'_>) -> CompileResult<()> {
        let mut validator = copy_input(input)
            .validator
            .into_validator(std::mem::take(&mut self.allocs));
        let result = validator.validate(&input.body);
        self.allocs = validator.into_allocations();
        result.map_err(CompileError::from)
    }

    /// Validates and compiles one function body into the code buffer, after
    /// the functions compiled into it before (at the next multiple of
    /// [`FUNCTION_ALIGN`]); its relocations (the buffer's), traps and
    /// address map (the compiler's) are relative to its start. A body that
    /// is valid but not translatable gives `Unsupported`; an invalid one
    /// gives `Invalid`, even after an unsupported operator; either way
    /// nothing is left in the buffer. With `reload_after_direct_calls`,
    /// direct calls reload the vmctx and heap base (the module may
    /// tail-call out of the instance: `tail_call.rs`).
    fn compile(
        &mut self,
        info: &ModuleInfo,
        input: &FunctionBodyInput<'_>,
        reload_after_direct_calls: bool,
    ) -> CompileResult<FunctionEnd> {
        self.masm
            .buffer()
            .start_function(FUNCTION_ALIGN, self.padding);
        let mut result =
            self.compile_body(info, copy_input(input), reload_after_direct_calls, false);
        if self.ctx.frame.v128_needs_wide_slots() {
            // A v128 met with 8-byte value-stack slots: compile again with
            // 16-byte ones from the start.
            self.masm.buffer().discard_function();
            result = self.compile_body(info, copy_input(input), reload_after_direct_calls, true);
        }
        if result.is_err() {
            self.masm.buffer().discard_function();
        }
        result
    }

    /// [`Self::compile`] without the buffer's care. With `wide_slots`,
    /// value-stack slots are 16 bytes wide from the start (see
    /// `Frame::slot_bytes`).
    fn compile_body(
        &mut self,
        info: &ModuleInfo,
        input: FunctionBodyInput<'_>,
        reload_after_direct_calls: bool,
        wide_slots: bool,
    ) -> CompileResult<FunctionEnd> {
        let mut validator = input
            .validator
            .into_validator(std::mem::take(&mut self.allocs));
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
        cg.stack_maps.reset(cg.ctx, cg.info.no_gc_refs);

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

        self.address_map.clear();
        let address_map = self.keep_address_map.then_some(&mut self.address_map);
        // The operators follow the locals; the visitor is the reader's
        // frame stack (see `ValidateThenVisit`).
        let mut reader = locals.get_binary_reader();
        let (validator, cg, error) = visit_body(validator, cg, error, &mut reader, address_map)?;
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
        Ok(FunctionEnd {
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

/// What a function compiled into the code buffer leaves besides its code
/// and relocations (in the buffer), its traps and its address map (in the
/// compiler).
struct FunctionEnd {
    tail_calls_out_of_instance: bool,
    unwind: UnwindInfo,
}

/// Where each function starts in a code buffer or image: a multiple of
/// this many bytes.
const FUNCTION_ALIGN: usize = 16;

/// Compiles a module for `options.target`, its image on the heap.
pub fn compile_module(bytes: &[u8], options: CompileOptions) -> CompileResult<CompiledModule> {
    compile_module_into(bytes, options, &mut |_| None)
}

/// [`compile_module`], the image written into the area that `lend` gives
/// for the module's code (its argument is a generous bound of the image's
/// bytes), if it gives one (`image.rs`).
pub fn compile_module_into(
    bytes: &[u8],
    options: CompileOptions,
    lend: LendArea<'_>,
) -> CompileResult<CompiledModule> {
    match options.target.isa() {
        Isa::X86_64 => compile_module_with::<X64Masm>(bytes, options, lend),
        Isa::Aarch64 => compile_module_with::<A64Masm>(bytes, options, lend),
    }
}

fn compile_module_with<M: MacroAssembler + Send>(
    bytes: &[u8],
    options: CompileOptions,
    lend: LendArea<'_>,
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
    let code_bytes: u64 = bodies.iter().map(body_bytes).sum();
    let parallel = options.parallel && code_bytes >= PARALLEL_MIN_BYTES;
    let padding = options.target.isa().code_padding();
    let compile_all = |reload: bool, image: Option<CodeImage>| -> Batch {
        if parallel {
            // Runs of consecutive functions, each compiled into one
            // buffer, then the buffers copied into the image in order.
            let runs = runs(&bodies, RUNS_PER_THREAD * rayon::current_num_threads());
            let batches: Vec<Batch> = runs
                .par_iter()
                .map_init(
                    || FuncCompiler::<M>::new(options),
                    |c, run| c.compile_batch(&info, &bodies[run.clone()], translate, reload, None),
                )
                .collect();
            Batch::concat(batches, padding, image)
        } else {
            // Each function's code goes into the lent image as it is
            // finished, or is emitted in its final place in the compiler's
            // code buffer, which becomes the image.
            FuncCompiler::<M>::new(options).compile_batch(&info, &bodies, translate, reload, image)
        }
    };
    let area = if translate {
        lend(IMAGE_BYTES_PER_CODE_BYTE * code_bytes as usize)
    } else {
        None
    };
    // A module with a tail call that may leave the instance is compiled
    // again, its direct calls then reloading the vmctx and heap base
    // (`tail_call.rs`). Found while compiling, so that other modules pay
    // nothing for it.
    let mut all = compile_all(false, area.map(CodeImage::in_area));
    if all.tail_calls_out_of_instance {
        let mut image = std::mem::take(&mut all.code);
        image.clear();
        all = compile_all(true, image.area().is_some().then_some(image));
    }
    // Report the same error whatever the thread count: an invalid body
    // wins over anything unsupported, and the lowest function wins.
    if let Some(e) = all
        .invalid
        .take()
        .or(unsupported)
        .or(all.unsupported.take())
    {
        return Err(e);
    }
    link(info, options, all)
}

/// The bytes of a function body in the code section.
fn body_bytes(b: &FunctionBodyInput<'_>) -> u64 {
    b.body.range().end - b.body.range().start
}

/// A generous bound on machine-code bytes per code-section byte, to
/// reserve a code buffer once (untouched capacity costs no memory).
const IMAGE_BYTES_PER_CODE_BYTE: usize = 4;

/// Code-section bytes per direct call and per trap-table entry, low
/// estimates (sqlite3 has 53 and, with guard pages, about 16) to size the
/// tables once: a table that outgrows its estimate grows.
const WASM_BYTES_PER_CALL: usize = 32;
const WASM_BYTES_PER_TRAP: usize = 8;

/// Runs of bodies compiled in parallel, per thread: enough for the
/// threads to share the work evenly, few enough that each run's buffer
/// and tables cost little.
const RUNS_PER_THREAD: usize = 16;

/// Splits `bodies` into at most `n` runs of consecutive bodies, each
/// about the same bytes of code (a body longer than that alone).
fn runs(bodies: &[FunctionBodyInput<'_>], n: usize) -> Vec<Range<usize>> {
    let total: u64 = bodies.iter().map(body_bytes).sum();
    let per_run = total.div_ceil(n.max(1) as u64).max(1);
    let mut runs = Vec::with_capacity(n);
    let (mut start, mut bytes) = (0, 0);
    for (i, b) in bodies.iter().enumerate() {
        bytes += body_bytes(b);
        if bytes >= per_run {
            runs.push(start..i + 1);
            (start, bytes) = (i + 1, 0);
        }
    }
    if start < bodies.len() {
        runs.push(start..bodies.len());
    }
    runs
}

/// Functions compiled one after another into one code buffer, in function
/// order and [`FUNCTION_ALIGN`]ed, and their tables, offsets relative to
/// the buffer's start.
#[derive(Default)]
struct Batch {
    code: CodeImage,
    /// Per function: (offset, length).
    functions: Vec<(u32, u32)>,
    relocs: Vec<CallReloc>,
    /// Sorted by offset.
    traps: Vec<TrapEntry>,
    /// Per function, if the options keep them.
    address_maps: Vec<Vec<(u32, u32)>>,
    unwind: Vec<UnwindInfo>,
    /// Some function has a tail call that may leave the instance.
    tail_calls_out_of_instance: bool,
    /// The first body's error that is not `Unsupported`.
    invalid: Option<CompileError>,
    /// The first body's `Unsupported` error.
    unsupported: Option<CompileError>,
}

impl Batch {
    /// Records the function `compiler` just compiled into its buffer,
    /// and moves its code into `image` if there is one.
    fn add<M: MacroAssembler>(
        &mut self,
        compiler: &mut FuncCompiler<M>,
        end: FunctionEnd,
        image: Option<&mut CodeImage>,
    ) {
        let padding = compiler.padding;
        let buf = compiler.masm.buffer();
        let moved = image.is_some();
        let start = match image {
            Some(image) => image.append(buf.bytes(), FUNCTION_ALIGN, padding) as u32,
            None => buf.function_start(),
        };
        self.functions.push((start, buf.len()));
        self.relocs
            .extend(buf.relocs().iter().map(|r| relocated_call(r, start)));
        self.traps
            .extend(compiler.traps.iter().map(|t| relocated_trap(t, start)));
        if compiler.keep_address_map {
            let map = &compiler.address_map;
            self.address_maps.push(
                map.iter()
                    .map(|&(wasm, code)| (wasm, code + start))
                    .collect(),
            );
        }
        if moved {
            // The next function starts the buffer again.
            buf.clear();
        }
        let mut unwind = end.unwind;
        relocate_unwind(&mut unwind, start);
        self.unwind.push(unwind);
        self.tail_calls_out_of_instance |= end.tail_calls_out_of_instance;
    }

    fn note_error(&mut self, e: CompileError) {
        match e {
            CompileError::Unsupported { .. } => self.unsupported.get_or_insert(e),
            _ => self.invalid.get_or_insert(e),
        };
    }

    /// One batch of the functions of `batches`, in order, the gaps between
    /// them filled with `padding`, its code in `image` if given.
    fn concat(batches: Vec<Batch>, padding: u8, image: Option<CodeImage>) -> Batch {
        let sum = |len: fn(&Batch) -> usize| batches.iter().map(len).sum();
        let mut all = Batch {
            code: image.unwrap_or_else(|| {
                CodeImage::with_capacity(sum(|b| b.code.len().next_multiple_of(FUNCTION_ALIGN)))
            }),
            functions: Vec::with_capacity(sum(|b| b.functions.len())),
            relocs: Vec::with_capacity(sum(|b| b.relocs.len())),
            traps: Vec::with_capacity(sum(|b| b.traps.len())),
            address_maps: Vec::with_capacity(sum(|b| b.address_maps.len())),
            unwind: Vec::with_capacity(sum(|b| b.unwind.len())),
            ..Batch::default()
        };
        for b in batches {
            all.append(b, padding);
        }
        all
    }

    /// Appends the functions of `next` (which come after this batch's), the
    /// gap before them filled with `padding`.
    fn append(&mut self, next: Batch, padding: u8) {
        let start = self.code.append(&next.code, FUNCTION_ALIGN, padding) as u32;
        self.functions
            .extend(next.functions.iter().map(|&(at, len)| (at + start, len)));
        self.relocs
            .extend(next.relocs.iter().map(|r| relocated_call(r, start)));
        self.traps
            .extend(next.traps.iter().map(|t| relocated_trap(t, start)));
        self.address_maps
            .extend(next.address_maps.into_iter().map(|mut map| {
                map.iter_mut().for_each(|(_, code)| *code += start);
                map
            }));
        self.unwind.extend(next.unwind.into_iter().map(|mut u| {
            relocate_unwind(&mut u, start);
            u
        }));
        self.tail_calls_out_of_instance |= next.tail_calls_out_of_instance;
        self.invalid = self.invalid.take().or(next.invalid);
        self.unsupported = self.unsupported.take().or(next.unsupported);
    }
}

/// `r` with its offset `delta` bytes further.
fn relocated_call(r: &CallReloc, delta: u32) -> CallReloc {
    CallReloc {
        at: r.at + delta,
        ..*r
    }
}

/// `t` with its offset `delta` bytes further.
fn relocated_trap(t: &TrapEntry, delta: u32) -> TrapEntry {
    TrapEntry {
        code_offset: t.code_offset + delta,
        code: t.code,
    }
}

/// Moves the offsets of `u` `delta` bytes further.
fn relocate_unwind(u: &mut UnwindInfo, delta: u32) {
    for h in &mut u.handlers {
        h.start += delta;
        h.end += delta;
        h.landing += delta;
    }
    u.stack_maps.relocate(delta);
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

/// Patches the direct calls between the functions of `all`, whose code is
/// the module's image.
fn link(info: ModuleInfo, options: CompileOptions, all: Batch) -> CompileResult<CompiledModule> {
    let Batch {
        code: mut image,
        functions,
        relocs,
        traps,
        address_maps,
        unwind,
        ..
    } = all;
    image.shrink_to_fit();
    let imported = info.num_imported_funcs;
    let code = image.bytes_mut();
    for r in &relocs {
        let callee = functions[(r.callee - imported) as usize].0;
        r.kind
            .patch(code, r.at, callee)
            .map_err(|what| CompileError::unsupported(what, 0))?;
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
