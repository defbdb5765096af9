//! Engine-wide runtime state: the type registry, which gives every defined
//! type an engine-wide id (equal ids mean equal types, which
//! `call_indirect` and import linking compare), and the trampolines,
//! generated once per signature.
//!
//! Type identity is iso-recursive (Wasm 3.0): two types are equal when their
//! whole rec groups are structurally equal, with references inside a group
//! compared by position and references to other groups by identity, and
//! they sit at the same position in their groups. The registry registers
//! each module's rec groups in order, replacing references to earlier
//! groups by their engine ids: the resulting canonical group is the key
//! that hash-conses it, so an equal group from another module gets the
//! same ids. Finality and declared supertypes are part of the key.

use crate::code_memory::{CodeMemory, CodeSpace, KeptBytes, LentCode};
use crate::executor::Executor;
use crate::trap::RuntimeError;
use crate::type_display::{TypeDisplays, TypeKind};
use brisk_codegen::trampoline::{TrampolineKind, trampoline};
use brisk_codegen::{CodeArea, Target};
use brisk_environ::{
    CompositeType, FieldType, FuncSig, HeapType, ModuleInfo, RefType, StorageType, TypeDef, TypeRef,
};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

#[derive(Default)]
struct TypeRegistry {
    /// Canonical rec group (references out of the group by engine id) ->
    /// the engine id of its first type; the others follow.
    groups: HashMap<Vec<TypeDef>, u32>,
    /// By engine id: the signature, for function types.
    sigs: Vec<Option<FuncSig>>,
    /// By engine id: the definition, references to other types by engine
    /// id (the host API reads struct and array fields by it).
    composites: Vec<CompositeType>,
    /// By engine id: a function type's declared reference types
    /// (`CompositeType::Func::refs`, with engine ids).
    func_refs: Vec<Vec<RefType>>,
    /// By engine id: the supertype chain. Shared with loaded modules,
    /// whose `call_indirect` to a non-final type reads it.
    displays: Arc<TypeDisplays>,
    /// By engine id: the layout of its GC objects (`gc/`).
    gc_layouts: Arc<crate::gc::GcLayouts>,
}

impl TypeRegistry {
    /// Registers the rec group `defs` (in [`ModuleInfo`] form), whose
    /// references to earlier groups are resolved by `module_ids`; returns
    /// the engine id of its first type.
    fn register_group(&mut self, defs: &[TypeDef], module_ids: &[u32]) -> u32 {
        let resolve = |r: TypeRef| match r {
            TypeRef::Module(i) => TypeRef::Engine(module_ids[i as usize]),
            other => other,
        };
        let key: Vec<TypeDef> = defs.iter().map(|d| d.map_refs(resolve)).collect();
        if let Some(start) = self.groups.get(&key) {
            return *start;
        }
        let start = self.sigs.len() as u32;
        for d in &key {
            // A supertype is declared before its subtypes (validation), so
            // its display exists.
            let supertype = d.supertype.map(|s| match s {
                TypeRef::RecGroup(j) => start + j,
                TypeRef::Engine(id) => id,
                TypeRef::Module(i) => module_ids[i as usize],
            });
            let kind = match d.composite {
                CompositeType::Func { .. } => TypeKind::Func,
                CompositeType::Struct(_) => TypeKind::Struct,
                CompositeType::Array(_) => TypeKind::Array,
            };
            self.displays.push(supertype, kind);
            let layout = crate::gc::layout_of(d, &key, |id| self.sigs[id as usize].is_some());
            self.gc_layouts.push(layout);
            self.sigs.push(d.func_sig().cloned());
            let engine_ref = |t: TypeRef| match t {
                TypeRef::RecGroup(j) => TypeRef::Engine(start + j),
                other => resolve(other),
            };
            self.composites.push(d.map_refs(engine_ref).composite);
            let refs = match &d.composite {
                CompositeType::Func { refs, .. } => refs
                    .iter()
                    .map(|r| {
                        r.map_ref(|t| match t {
                            TypeRef::RecGroup(j) => TypeRef::Engine(start + j),
                            TypeRef::Module(i) => TypeRef::Engine(module_ids[i as usize]),
                            engine => engine,
                        })
                    })
                    .collect(),
                CompositeType::Struct(_) | CompositeType::Array(_) => Vec::new(),
            };
            self.func_refs.push(refs);
        }
        self.groups.insert(key, start);
        start
    }
}

#[derive(Default)]
struct State {
    registry: TypeRegistry,
    /// Trampolines depend only on the signature: structurally equal
    /// signatures share one whatever their types' rec groups.
    entry: HashMap<FuncSig, Arc<CodeMemory>>,
    host: HashMap<FuncSig, Arc<CodeMemory>>,
}

pub struct EngineRuntime {
    target: Target,
    /// Code meters fuel: trampolines move the fuel register to and from
    /// the store (`codegen/src/interrupt.rs`).
    fuel: bool,
    /// How the target's code runs here, or why it cannot.
    executor: Result<Executor, String>,
    state: Mutex<State>,
    /// The executable memory of the engine's modules and trampolines.
    code: CodeSpace,
}

impl EngineRuntime {
    pub fn new(target: Target) -> EngineRuntime {
        EngineRuntime {
            target,
            fuel: false,
            executor: Executor::for_target(target),
            state: Mutex::default(),
            code: CodeSpace::default(),
        }
    }

    /// Trampolines for code that meters fuel.
    pub fn with_fuel(self, fuel: bool) -> EngineRuntime {
        EngineRuntime { fuel, ..self }
    }

    /// What the engine's code is compiled for.
    pub fn target(&self) -> Target {
        self.target
    }

    /// Fails unless code for the engine's target runs in this process:
    /// natively (right ISA, every CPU feature present) or under the
    /// emulator (the `emulator` feature). Cross-compiling needs no such
    /// check; instantiating and calling do.
    pub fn check_runnable(&self) -> Result<(), RuntimeError> {
        self.executor().map(|_| ())
    }

    /// Maps `code` executable in the engine's code space, to be run by
    /// `executor`.
    pub(crate) fn map_code(
        &self,
        code: &[u8],
        executor: Executor,
    ) -> Result<CodeMemory, RuntimeError> {
        self.code
            .alloc(code, executor)
            .map_err(|e| RuntimeError::Resource(e.to_string()))
    }

    /// Read-write pages of the engine's code space for at most `len` bytes
    /// of a module's code, for the compiler to write it into
    /// (`brisk_codegen::compile_module_into`); [`LoadedModule::new`] then
    /// makes the code executable where it is. `None` if the space cannot
    /// lend them (the image then goes on the heap).
    ///
    /// [`LoadedModule::new`]: crate::LoadedModule::new
    pub fn lend_code(&self, len: usize) -> Option<Box<dyn CodeArea>> {
        let lent = self.code.lend(len).ok()?;
        Some(Box::new(lent))
    }

    /// The first `len` bytes of `lent` as executable memory where they
    /// are, to be run by `executor` (see [`CodeSpace::finish_code`]).
    pub(crate) fn finish_code(
        &self,
        lent: &mut LentCode,
        len: usize,
        executor: Executor,
    ) -> Result<CodeMemory, RuntimeError> {
        self.code
            .finish_code(lent, len, executor)
            .map_err(|e| RuntimeError::Resource(e.to_string()))
    }

    /// A copy of `parts`, one after another, kept in the engine's code
    /// space (never executable).
    pub(crate) fn keep_bytes(&self, parts: &[&[u8]]) -> Result<KeptBytes, RuntimeError> {
        self.code
            .keep(parts)
            .map_err(|e| RuntimeError::Resource(e.to_string()))
    }

    /// How the engine's code runs here.
    pub fn executor(&self) -> Result<Executor, RuntimeError> {
        self.executor.clone().map_err(RuntimeError::Unsupported)
    }

    /// Registers the types of `info` and returns the engine id of each
    /// module type.
    pub fn register_types(&self, info: &ModuleInfo) -> Vec<u32> {
        let registry = &mut self.state.lock().unwrap().registry;
        let mut ids = Vec::with_capacity(info.types.len());
        for group in &info.rec_groups {
            let defs = &info.types[group.start as usize..group.end as usize];
            let start = registry.register_group(defs, &ids);
            ids.extend(start..start + defs.len() as u32);
        }
        ids
    }

    /// The id of the function type `sig` alone in a rec group, final and
    /// without supertype, as `(type (func ...))` declares it: the type of a
    /// host function.
    pub fn func_type_id(&self, sig: &FuncSig) -> u32 {
        let registry = &mut self.state.lock().unwrap().registry;
        registry.register_group(&[TypeDef::func(sig.clone())], &[])
    }

    /// The id of struct or array type `composite` alone in a rec group,
    /// final and without supertype, as `(type (struct ...))` declares it
    /// (so a module's structurally identical type has the same id): its
    /// references to defined types are engine ids, or `RecGroup(0)` for
    /// itself. `None` for a function type or a reference to no type of
    /// this engine.
    pub fn gc_type_id(&self, composite: CompositeType) -> Option<u32> {
        let registry = &mut self.state.lock().unwrap().registry;
        let known = registry.sigs.len() as u32;
        let fields: &[FieldType] = match &composite {
            CompositeType::Struct(fields) => fields,
            CompositeType::Array(elem) => std::slice::from_ref(elem),
            CompositeType::Func { .. } => return None,
        };
        let known_ref = |f: &FieldType| match f.storage {
            StorageType::Ref(RefType {
                heap: HeapType::Concrete(t),
                ..
            }) => {
                matches!(t, TypeRef::RecGroup(0)) || matches!(t, TypeRef::Engine(id) if id < known)
            }
            _ => true,
        };
        fields.iter().all(known_ref).then(|| {
            let def = TypeDef {
                is_final: true,
                supertype: None,
                composite,
            };
            registry.register_group(&[def], &[])
        })
    }

    /// Whether type `sub` matches type `sup`: the same type, or `sup` is
    /// among the declared supertypes of `sub`, transitively.
    pub fn is_subtype(&self, sub: u32, sup: u32) -> bool {
        self.displays().is_subtype(sub, sup)
    }

    /// Whether a reference of type `sub` is one of type `sup` (both with
    /// engine ids for defined types): `sup` allows null if `sub` does, and
    /// the heap types are equal, or `sub`'s is below `sup`'s in its
    /// hierarchy (`nofunc` < a function type < `func`; `none` < a struct or
    /// array type < `struct` or `array` < `eq` < `any`, `i31` < `eq`;
    /// `noextern` < `extern`; `noexn` < `exn`).
    pub fn is_ref_subtype(&self, sub: RefType, sup: RefType) -> bool {
        use crate::type_display::abstract_is_subtype;
        if sub.nullable && !sup.nullable {
            return false;
        }
        let displays = self.displays();
        match (sub.heap, sup.heap) {
            (HeapType::Concrete(TypeRef::Engine(a)), HeapType::Concrete(TypeRef::Engine(b))) => {
                displays.is_subtype(a, b)
            }
            (HeapType::Concrete(TypeRef::Engine(a)), HeapType::Abstract(b)) => {
                abstract_is_subtype(displays.kind(a).abstract_type(), b)
            }
            (HeapType::Abstract(a), HeapType::Concrete(TypeRef::Engine(b))) => {
                a == displays.kind(b).bottom()
            }
            (HeapType::Abstract(a), HeapType::Abstract(b)) => abstract_is_subtype(a, b),
            // Engine forms only.
            _ => false,
        }
    }

    /// The declared types of function type `type_id`'s reference-typed
    /// parameters, then results, in order, with engine ids.
    pub fn func_ref_types(&self, type_id: u32) -> Vec<RefType> {
        self.state.lock().unwrap().registry.func_refs[type_id as usize].clone()
    }

    /// Whether a function reference, to a function of type `func` or null
    /// (`None`), is a value of reference type `r` (engine ids).
    pub fn funcref_is_a(&self, func: Option<u32>, r: RefType) -> bool {
        match func {
            None => r.nullable,
            Some(id) => self.is_ref_subtype(
                RefType {
                    nullable: false,
                    heap: HeapType::Concrete(TypeRef::Engine(id)),
                },
                r,
            ),
        }
    }

    /// The supertype displays of every type this engine registers.
    pub fn displays(&self) -> Arc<TypeDisplays> {
        self.state.lock().unwrap().registry.displays.clone()
    }

    /// The GC object layouts of every type this engine registers.
    pub fn gc_layouts(&self) -> Arc<crate::gc::GcLayouts> {
        self.state.lock().unwrap().registry.gc_layouts.clone()
    }

    /// The definition of type `type_id`, references by engine id.
    pub fn composite(&self, type_id: u32) -> CompositeType {
        self.state.lock().unwrap().registry.composites[type_id as usize].clone()
    }

    /// The signature of function type `type_id`.
    pub fn sig(&self, type_id: u32) -> FuncSig {
        let registry = &self.state.lock().unwrap().registry;
        registry.sigs[type_id as usize]
            .clone()
            .unwrap_or_else(|| panic!("type {type_id} is not a function type"))
    }

    /// The host-to-Wasm entry trampoline for functions of signature `sig`.
    pub fn entry_trampoline(&self, sig: &FuncSig) -> Result<Arc<CodeMemory>, RuntimeError> {
        self.trampoline(sig, TrampolineKind::Entry)
    }

    /// The Wasm-to-host trampoline for host functions of signature `sig`.
    pub fn host_trampoline(&self, sig: &FuncSig) -> Result<Arc<CodeMemory>, RuntimeError> {
        self.trampoline(sig, TrampolineKind::HostCall)
    }

    /// Only for a target that runs here.
    fn trampoline(
        &self,
        sig: &FuncSig,
        kind: TrampolineKind,
    ) -> Result<Arc<CodeMemory>, RuntimeError> {
        let executor = self.executor()?;
        let mut s = self.state.lock().unwrap();
        let cache = match kind {
            TrampolineKind::Entry => &mut s.entry,
            TrampolineKind::HostCall => &mut s.host,
        };
        if let Some(code) = cache.get(sig) {
            return Ok(code.clone());
        }
        let code = trampoline(self.target, kind, sig, self.fuel)
            .map_err(|e| RuntimeError::Unsupported(e.to_string()))?;
        let code = Arc::new(self.map_code(&code, executor)?);
        cache.insert(sig.clone(), code.clone());
        Ok(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use brisk_environ::{CompositeType, FieldType, HeapType, RefType, StorageType, WasmType};

    fn runtime() -> EngineRuntime {
        EngineRuntime::new(Target::host())
    }

    fn sig(results: &[WasmType]) -> FuncSig {
        FuncSig {
            params: Vec::new(),
            results: results.to_vec(),
        }
    }

    /// A module info with `groups` as its rec groups.
    fn info(groups: Vec<Vec<TypeDef>>) -> ModuleInfo {
        let mut info = ModuleInfo::default();
        for g in groups {
            let start = info.types.len() as u32;
            info.types.extend(g);
            info.rec_groups.push(start..info.types.len() as u32);
        }
        info
    }

    fn sub(supertype: Option<TypeRef>, is_final: bool) -> TypeDef {
        TypeDef {
            is_final,
            supertype,
            ..TypeDef::func(sig(&[]))
        }
    }

    #[test]
    fn identity_is_the_rec_group_and_the_position_in_it() {
        let rt = runtime();
        let f = TypeDef::func(sig(&[WasmType::I32]));
        let pair = rt.register_types(&info(vec![vec![f.clone(), f.clone()], vec![f.clone()]]));
        assert_ne!(pair[0], pair[1], "positions in a group differ");
        assert_ne!(pair[0], pair[2], "a singleton group is another type");
        assert_eq!(pair[2], rt.func_type_id(&sig(&[WasmType::I32])));
        // The same groups in another module get the same ids.
        let again = rt.register_types(&info(vec![vec![f.clone()], vec![f.clone(), f]]));
        assert_eq!(again, vec![pair[2], pair[0], pair[1]]);
    }

    #[test]
    fn references_out_of_the_group_compare_by_identity() {
        let rt = runtime();
        let field = |ty| TypeDef {
            composite: CompositeType::Struct(vec![FieldType {
                storage: StorageType::Ref(RefType {
                    nullable: false,
                    heap: HeapType::Concrete(ty),
                }),
                mutable: false,
            }]),
            ..TypeDef::func(sig(&[]))
        };
        let a = TypeDef::func(sig(&[]));
        let b = TypeDef::func(sig(&[WasmType::I64]));
        // Types 0 and 1 differ; 2 and 3 point at them, 4 at itself.
        let ids = rt.register_types(&info(vec![
            vec![a],
            vec![b],
            vec![field(TypeRef::Module(0))],
            vec![field(TypeRef::Module(1))],
            vec![field(TypeRef::RecGroup(0))],
        ]));
        assert_ne!(ids[2], ids[3]);
        assert_ne!(ids[2], ids[4]);
        let other = rt.register_types(&info(vec![
            vec![TypeDef::func(sig(&[]))],
            vec![field(TypeRef::Module(0))],
        ]));
        assert_eq!(other[1], ids[2]);
    }

    #[test]
    fn finality_and_supertypes_are_identity_and_subtyping_follows_them() {
        let rt = runtime();
        let ids = rt.register_types(&info(vec![
            vec![sub(None, false)],
            vec![sub(Some(TypeRef::Module(0)), false)],
            vec![sub(Some(TypeRef::Module(1)), true)],
            vec![sub(None, true)],
        ]));
        let plain = rt.func_type_id(&sig(&[]));
        assert_eq!(ids[3], plain);
        assert_ne!(ids[0], plain);
        assert_ne!(ids[1], ids[0]);
        assert_ne!(ids[2], ids[1]);
        assert!(rt.is_subtype(ids[2], ids[0]));
        assert!(rt.is_subtype(ids[2], ids[1]));
        assert!(rt.is_subtype(ids[1], ids[1]));
        assert!(!rt.is_subtype(ids[0], ids[1]));
        assert!(!rt.is_subtype(ids[2], plain));
        assert!(!rt.is_subtype(plain, ids[0]));
    }

    #[test]
    fn equal_signatures_share_a_trampoline() {
        let rt = runtime();
        let s = sig(&[WasmType::I32]);
        assert!(Arc::ptr_eq(
            &rt.entry_trampoline(&s).unwrap(),
            &rt.entry_trampoline(&s.clone()).unwrap()
        ));
        assert!(!Arc::ptr_eq(
            &rt.entry_trampoline(&s).unwrap(),
            &rt.host_trampoline(&s).unwrap()
        ));
    }
}
