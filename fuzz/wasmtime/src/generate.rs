//! Modules from wasm-smith with exceptions, typed function references and
//! tail calls, and their legacy-exception twins for the crash-only mode.

use arbitrary::Unstructured;
use wasm_smith::{InstructionKind, InstructionKinds};
use wasmparser::WasmFeatures;

/// Loop iterations plus calls one instance may make before it traps
/// (`Module::ensure_termination`): the fuel is not refilled between the
/// calls of one module, and every call runs in the same instance.
pub const FUEL: u32 = 10_000;

/// Tries at drawing a module of [`compared_features`] with wasm-smith's
/// `gc_enabled` (for typed function references) before falling back to
/// modules without them.
const GC_TRIES: usize = 32;

/// What both engines are compared on: Wasm 2.0 without SIMD, plus
/// multi-memory, exceptions, typed function references and tail calls.
pub fn compared_features() -> WasmFeatures {
    WasmFeatures::WASM2.difference(WasmFeatures::SIMD)
        | WasmFeatures::MULTI_MEMORY
        | WasmFeatures::EXCEPTIONS
        | WasmFeatures::FUNCTION_REFERENCES
        | WasmFeatures::TAIL_CALL
}

/// wasm-smith 0.263 has no switch for typed function references of their
/// own: concrete heap types, `call_ref`, `br_on_null` and `ref.as_non_null`
/// come with `gc_enabled`, together with struct and array types and the
/// GC heap types. So with `gc`, aggregate instructions are off, types are
/// at most 2 (each is a function type with probability 1/3), and a module
/// that still needs GC is drawn again (see [`module_for_seed`]).
fn smith_config(u: &mut Unstructured<'_>, gc: bool) -> arbitrary::Result<wasm_smith::Config> {
    let mut kinds = vec![
        InstructionKind::Numeric,
        InstructionKind::Variable,
        InstructionKind::Reference,
        InstructionKind::Control,
    ];
    for kind in [
        InstructionKind::Parametric,
        InstructionKind::Table,
        InstructionKind::Memory,
    ] {
        if u.ratio(3, 4)? {
            kinds.push(kind);
        }
    }
    // brisk-fuzz's configuration (Wasm 2.0 without SIMD, multi-memory,
    // canonical NaNs, everything exported, no imports, bounded memories
    // and tables), with exceptions and tail calls.
    Ok(wasm_smith::Config {
        gc_enabled: gc,
        exceptions_enabled: true,
        tail_call_enabled: true,
        allowed_instructions: InstructionKinds::new(&kinds),
        disallow_traps: u.arbitrary()?,
        allow_floats: u.ratio(4, 5)?,
        max_instructions: u.int_in_range(20..=1000)?,
        max_types: if gc { 2 } else { 6 },
        min_funcs: 3,
        max_tags: 4,
        max_globals: 12,
        max_memories: 1,
        ..brisk_fuzz::smith_config()
    })
}

/// Tallies of what generation threw away.
#[derive(Debug, Default, Clone, Copy)]
pub struct Drawn {
    pub modules: u64,
    /// Modules that needed GC (or another feature outside the comparison).
    pub outside: u64,
    /// Modules kept that were drawn with typed function references.
    pub typed_refs: u64,
}

/// The module of `seed` (with termination fuel checks): for odd seeds,
/// the first of [`GC_TRIES`] drawn with typed function references that
/// does not need GC, if any; otherwise one without typed function
/// references.
pub fn module_for_seed(seed: u64, drawn: &mut Drawn) -> Option<Vec<u8>> {
    let mut rng = crate::Rng::new(seed);
    let gc_tries = if seed % 2 == 1 { GC_TRIES } else { 0 };
    for n in 0..gc_tries + 16 {
        let gc = n < gc_tries;
        let len = 1024 + rng.below(32 * 1024) as usize;
        let data = rng.bytes(len);
        let mut u = Unstructured::new(&data);
        let Ok(config) = smith_config(&mut u, gc) else {
            continue;
        };
        let Ok(mut module) = wasm_smith::Module::new(config, &mut u) else {
            continue;
        };
        drawn.modules += 1;
        module
            .ensure_termination(FUEL)
            .expect("wasm-smith generated every body itself");
        let wasm = plain_types(&module.to_bytes());
        let mut validator = wasmparser::Validator::new_with_features(compared_features());
        if validator.validate_all(&wasm).is_ok() {
            drawn.typed_refs += u64::from(gc);
            return Some(wasm);
        }
        drawn.outside += 1;
    }
    None
}

/// `wasm` with every type final, without supertypes and in a recursion
/// group of its own: what a module of function types only needs to be
/// valid without GC (wasm-smith with `gc_enabled` draws subtyping and
/// recursion groups). Code that relied on a subtype no longer validates
/// and the module is drawn again.
fn plain_types(wasm: &[u8]) -> Vec<u8> {
    use wasm_encoder::reencode::{self, Reencode};
    struct Plain;
    impl Reencode for Plain {
        type Error = std::convert::Infallible;

        fn parse_type_section(
            &mut self,
            types: &mut wasm_encoder::TypeSection,
            section: wasmparser::TypeSectionReader<'_>,
        ) -> Result<(), reencode::Error<Self::Error>> {
            for group in section {
                for ty in group?.into_types() {
                    let mut ty = self.sub_type(ty)?;
                    ty.is_final = true;
                    ty.supertype_idxs.clear();
                    types.ty().subtype(&ty);
                }
            }
            Ok(())
        }
    }
    let mut module = wasm_encoder::Module::new();
    Plain
        .parse_core_module(&mut module, wasmparser::Parser::new(0), wasm)
        .expect("wasm-smith output parses");
    module.finish()
}

/// `wasm` with every `try_table` rewritten as a legacy `try` of the same
/// block type, ended by a handler chosen from the seed: `catch_all` or
/// `catch` of the first caught tag (payload dropped) rethrowing, or
/// `delegate` to an enclosing label. Only for the crash-only mode: the
/// result need not behave like the original.
pub fn legacy_twin(wasm: &[u8], seed: u64) -> Result<Vec<u8>, String> {
    let mut rng = crate::Rng::new(seed ^ 0x6c65_6761_6379);
    let mut module = wasm_encoder::Module::new();
    let mut code = wasm_encoder::CodeSection::new();
    let mut type_params = Vec::new();
    let mut tag_types = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(|e| e.to_string())?;
        match &payload {
            wasmparser::Payload::TypeSection(s) => {
                for ty in s.clone().into_iter_err_on_gc_types() {
                    type_params.push(ty.map_err(|e| e.to_string())?.params().len());
                }
            }
            wasmparser::Payload::TagSection(s) => {
                for t in s.clone() {
                    tag_types.push(t.map_err(|e| e.to_string())?.func_type_idx);
                }
            }
            wasmparser::Payload::CodeSectionStart { .. } => continue,
            wasmparser::Payload::CodeSectionEntry(body) => {
                let tag_params = |tag: u32| type_params[tag_types[tag as usize] as usize];
                code.function(&legacy_body(body, &tag_params, &mut rng)?);
                continue;
            }
            _ => {}
        }
        if !code.is_empty() {
            module.section(&code);
            code = wasm_encoder::CodeSection::new();
        }
        // Custom sections (names) are left out.
        if let Some((id, range)) = payload.as_section()
            && !matches!(payload, wasmparser::Payload::CustomSection(_))
        {
            module.section(&wasm_encoder::RawSection {
                id,
                data: &wasm[range.start as usize..range.end as usize],
            });
        }
    }
    Ok(module.finish())
}

/// One function body with its `try_table`s made legacy `try`s.
fn legacy_body(
    body: &wasmparser::FunctionBody<'_>,
    tag_params: &dyn Fn(u32) -> usize,
    rng: &mut crate::Rng,
) -> Result<wasm_encoder::Function, String> {
    use wasm_encoder::Instruction as I;
    use wasm_encoder::reencode::{Reencode, RoundtripReencoder};
    let err = |e: wasmparser::BinaryReaderError| e.to_string();
    let mut locals = Vec::new();
    for local in body.get_locals_reader().map_err(err)? {
        let (n, ty) = local.map_err(err)?;
        locals.push((
            n,
            RoundtripReencoder.val_type(ty).map_err(|e| e.to_string())?,
        ));
    }
    let mut f = wasm_encoder::Function::new(locals);
    // For each open block: the handler a `try_table` becomes, if it is one.
    let mut open: Vec<Option<Handler>> = Vec::new();
    let mut ops = body.get_operators_reader().map_err(err)?;
    while !ops.eof() {
        let op = ops.read().map_err(err)?;
        match op {
            wasmparser::Operator::TryTable { try_table } => {
                let handler = match rng.below(3) {
                    0 => Handler::CatchAll,
                    1 => try_table
                        .catches
                        .iter()
                        .find_map(|c| match c {
                            wasmparser::Catch::One { tag, .. }
                            | wasmparser::Catch::OneRef { tag, .. } => {
                                Some(Handler::Catch(*tag, tag_params(*tag)))
                            }
                            _ => None,
                        })
                        .unwrap_or(Handler::CatchAll),
                    _ => Handler::Delegate(rng.below(open.len() as u64 + 1) as u32),
                };
                let ty = RoundtripReencoder
                    .block_type(try_table.ty)
                    .map_err(|e| e.to_string())?;
                f.instruction(&I::Try(ty));
                open.push(Some(handler));
            }
            wasmparser::Operator::Block { .. }
            | wasmparser::Operator::Loop { .. }
            | wasmparser::Operator::If { .. } => {
                open.push(None);
                f.instruction(
                    &RoundtripReencoder
                        .instruction(op)
                        .map_err(|e| e.to_string())?,
                );
            }
            wasmparser::Operator::End => match open.pop() {
                Some(Some(Handler::Delegate(depth))) => {
                    f.instruction(&I::Delegate(depth));
                }
                Some(Some(handler)) => {
                    match handler {
                        Handler::Catch(tag, params) => {
                            f.instruction(&I::Catch(tag));
                            for _ in 0..params {
                                f.instruction(&I::Drop);
                            }
                        }
                        _ => {
                            f.instruction(&I::CatchAll);
                        }
                    }
                    f.instruction(&I::Rethrow(0));
                    f.instruction(&I::End);
                }
                _ => {
                    f.instruction(&I::End);
                }
            },
            op => {
                f.instruction(
                    &RoundtripReencoder
                        .instruction(op)
                        .map_err(|e| e.to_string())?,
                );
            }
        }
    }
    Ok(f)
}

#[derive(Debug, Clone, Copy)]
enum Handler {
    CatchAll,
    /// `catch` of this tag, whose payload has this many values.
    Catch(u32, usize),
    Delegate(u32),
}
