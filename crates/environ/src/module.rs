//! The module environment: everything outside the function bodies, read in
//! one pass over the binary while the module-level validator checks it.

use crate::{CompileError, CompileResult, FuncSig, HeapType, RefType, WasmType};
use wasmparser::{
    BinaryReader, Chunk, Encoding, FuncToValidate, FunctionBody, Parser, Payload,
    TypeRef as ImportRef, Validator, ValidatorResources, WasmFeatures,
};

/// The features brisk validates with: the whole of Wasm 3.0, so that a valid
/// module is never called invalid, and the post-3.0 proposals brisk
/// compiles (wide arithmetic, custom page sizes); what brisk cannot compile yet is reported
/// as `Unsupported` by the compiler instead.
pub fn validation_features() -> WasmFeatures {
    WasmFeatures::WASM3
        .union(WasmFeatures::WIDE_ARITHMETIC)
        .union(WasmFeatures::CUSTOM_PAGE_SIZES)
        .union(WasmFeatures::LEGACY_EXCEPTIONS)
}

/// The feature flag for a proposal's name as the command line spells it
/// (`multi-memory`, `simd`, `tail-call`...).
pub fn wasm_feature_by_name(name: &str) -> Option<WasmFeatures> {
    WasmFeatures::from_name(&name.to_ascii_uppercase().replace('-', "_"))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportKind {
    Func(u32),
    Table(TableType),
    Memory(MemoryType),
    Global {
        ty: WasmType,
        mutable: bool,
    },
    /// An exception tag of the function type at this index (its
    /// parameters are the payload).
    Tag(u32),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Import {
    pub module: String,
    pub name: String,
    pub kind: ImportKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableType {
    pub elem: WasmType,
    pub min: u64,
    pub max: Option<u64>,
    /// A table64 (memory64 proposal): its indexes, size and `table.grow`
    /// results are i64.
    pub table64: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemoryType {
    /// In pages of `1 << page_size_log2` bytes.
    pub min: u64,
    pub max: Option<u64>,
    /// A shared memory (threads): it may be used by several threads at
    /// once, and must declare a maximum.
    pub shared: bool,
    /// A 64-bit memory (memory64): its addresses, `memory.size` and
    /// `memory.grow` are i64.
    pub memory64: bool,
    /// The page size's log2 (custom page sizes): 16 (64 KiB, the default)
    /// or 0 (one byte).
    pub page_size_log2: u8,
}

/// The default page size's log2 (64 KiB).
pub const DEFAULT_PAGE_SIZE_LOG2: u8 = 16;

impl MemoryType {
    /// An unshared 32-bit memory of `min` 64 KiB pages, growable to `max`.
    pub fn new(min: u64, max: Option<u64>) -> MemoryType {
        MemoryType {
            min,
            max,
            shared: false,
            memory64: false,
            page_size_log2: DEFAULT_PAGE_SIZE_LOG2,
        }
    }

    /// A shared 32-bit memory of `min` 64 KiB pages, growable to `max`.
    pub fn shared(min: u64, max: u64) -> MemoryType {
        MemoryType {
            max: Some(max),
            shared: true,
            ..MemoryType::new(min, None)
        }
    }

    /// This type as a 64-bit memory (memory64).
    pub fn with_memory64(self, memory64: bool) -> MemoryType {
        MemoryType { memory64, ..self }
    }

    /// This type with pages of `1 << log2` bytes (custom page sizes:
    /// 0 or 16).
    pub fn with_page_size_log2(self, log2: u8) -> MemoryType {
        MemoryType {
            page_size_log2: log2,
            ..self
        }
    }

    /// The page size in bytes.
    pub fn page_size(&self) -> u64 {
        1 << self.page_size_log2
    }

    /// The most pages a memory of this index type and page size can
    /// have: its bytes must be addressable by its index type (2^32 bytes
    /// for a 32-bit memory, but 2^32 - 1 one-byte pages, since the page
    /// count is an i32 too; 2^64 bytes for a 64-bit one).
    pub fn absolute_max_pages(&self) -> u64 {
        let log2 = u32::from(self.page_size_log2);
        match (self.memory64, log2) {
            (false, 0) => u64::from(u32::MAX),
            (false, _) => 1 << (32 - log2),
            (true, 0) => u64::MAX,
            (true, _) => 1 << (64 - log2),
        }
    }

    /// Whether generated code checks every access of this memory
    /// explicitly, whatever the engine's bounds mode: a 64-bit index can
    /// reach past any guard region, and a page smaller than the host's
    /// leaves the rest of its last host page accessible.
    pub fn always_checked(&self) -> bool {
        self.memory64 || self.page_size_log2 < DEFAULT_PAGE_SIZE_LOG2
    }
}

/// One operation of a constant expression (extended-const included).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ConstOp {
    I32(i32),
    I64(i64),
    F32(u32),
    F64(u64),
    GlobalGet(u32),
    RefNull(WasmType),
    RefFunc(u32),
    I32Add,
    I32Sub,
    I32Mul,
    I64Add,
    I64Sub,
    I64Mul,
    /// `v128.const`, lane 0 in the low bits.
    V128(u128),
    /// `ref.i31` of the i32 on top (GC).
    RefI31,
    /// `struct.new` of module type `type_index`, whose `fields` values
    /// are on top (GC).
    StructNew {
        type_index: u32,
        fields: u32,
    },
    StructNewDefault(u32),
    /// `array.new`: the initial value, then the length, on top.
    ArrayNew(u32),
    /// `array.new_default`: the length on top.
    ArrayNewDefault(u32),
    /// `array.new_fixed` of `len` elements, on top.
    ArrayNewFixed {
        type_index: u32,
        len: u32,
    },
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConstExpr {
    pub ops: Vec<ConstOp>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Global {
    pub ty: WasmType,
    /// The declared type, when it is a reference type.
    pub ref_type: Option<RefType>,
    pub mutable: bool,
    pub init: ConstExpr,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    Func,
    Table,
    Memory,
    Global,
    Tag,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    pub name: String,
    pub kind: ExportKind,
    pub index: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ElemKind {
    Passive,
    Declared,
    Active { table: u32, offset: ConstExpr },
}

#[derive(Debug, Clone, PartialEq)]
pub enum ElemItems {
    Functions(Vec<u32>),
    Exprs(Vec<ConstExpr>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ElementSegment {
    pub ty: WasmType,
    pub kind: ElemKind,
    pub items: ElemItems,
}

#[derive(Debug, Clone, PartialEq)]
pub enum DataKind {
    Passive,
    Active { memory: u32, offset: ConstExpr },
}

#[derive(Debug, Clone, PartialEq)]
pub struct DataSegment {
    pub kind: DataKind,
    pub bytes: Vec<u8>,
}

/// Where a type definition names another defined type (a declared
/// supertype, a `(ref $t)` field).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TypeRef {
    /// A member of the definition's own rec group, by position in the group.
    RecGroup(u32),
    /// A type of an earlier rec group, by module type index: the form
    /// [`ModuleInfo`] holds.
    Module(u32),
    /// A type of an earlier rec group, by engine-wide id: the form the
    /// engine's type registry holds, where equal ids mean equal types.
    Engine(u32),
}

/// A struct field's or array element's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StorageType {
    I8,
    I16,
    I32,
    I64,
    F32,
    F64,
    V128,
    Ref(RefType),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FieldType {
    pub storage: StorageType,
    pub mutable: bool,
}

/// What a type defines. brisk compiles code only for function types; struct
/// and array types are kept because they are part of their rec group's
/// identity.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CompositeType {
    /// A function type: its signature as code sees it, and the declared
    /// type of each of its reference-typed parameters, then results, in
    /// order (`funcref` and `(ref $t)` are both a funcref to code, but
    /// different types).
    Func {
        sig: FuncSig,
        refs: Vec<RefType>,
    },
    Struct(Vec<FieldType>),
    Array(FieldType),
}

/// A type definition, `(sub final? $supertype? composite)`. Finality and the
/// declared supertype are part of the type's identity.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TypeDef {
    pub is_final: bool,
    pub supertype: Option<TypeRef>,
    pub composite: CompositeType,
}

impl TypeDef {
    /// A final function type without supertype, such as `(type (func))`.
    pub fn func(sig: FuncSig) -> TypeDef {
        let refs = sig
            .params
            .iter()
            .chain(&sig.results)
            .filter_map(|t| RefType::of_wasm_type(*t))
            .collect();
        TypeDef {
            is_final: true,
            supertype: None,
            composite: CompositeType::Func { sig, refs },
        }
    }

    /// The signature, if this is a function type.
    #[inline]
    pub fn func_sig(&self) -> Option<&FuncSig> {
        match &self.composite {
            CompositeType::Func { sig, .. } => Some(sig),
            CompositeType::Struct(_) | CompositeType::Array(_) => None,
        }
    }

    /// This definition with every type reference replaced by `f`'s.
    pub fn map_refs(&self, f: impl Fn(TypeRef) -> TypeRef) -> TypeDef {
        let field = |t: &FieldType| FieldType {
            storage: match t.storage {
                StorageType::Ref(r) => StorageType::Ref(r.map_ref(&f)),
                other => other,
            },
            mutable: t.mutable,
        };
        TypeDef {
            is_final: self.is_final,
            supertype: self.supertype.map(&f),
            composite: match &self.composite {
                CompositeType::Func { sig, refs } => CompositeType::Func {
                    sig: sig.clone(),
                    refs: refs.iter().map(|r| r.map_ref(&f)).collect(),
                },
                CompositeType::Struct(fields) => {
                    CompositeType::Struct(fields.iter().map(field).collect())
                }
                CompositeType::Array(elem) => CompositeType::Array(field(elem)),
            },
        }
    }
}

/// The module environment. Index spaces include imports first, as in Wasm.
#[derive(Debug, Clone, Default)]
pub struct ModuleInfo {
    /// Module type index -> definition.
    pub types: Vec<TypeDef>,
    /// The rec groups in order, each as the range of module type indices it
    /// defines (a type outside any `(rec ...)` is a group of its own).
    /// References inside a group are [`TypeRef::RecGroup`], references to
    /// earlier groups [`TypeRef::Module`].
    pub rec_groups: Vec<std::ops::Range<u32>>,
    pub imports: Vec<Import>,
    /// Function index -> type index.
    pub functions: Vec<u32>,
    pub num_imported_funcs: u32,
    pub tables: Vec<TableType>,
    /// By table index: the declared element type.
    pub table_ref_types: Vec<RefType>,
    /// By table index: the initializer expression of a defined table that
    /// has one (`(table 10 (ref $t) (ref.func $f))`); `None` means null.
    pub table_inits: Vec<Option<ConstExpr>>,
    pub num_imported_tables: u32,
    pub memories: Vec<MemoryType>,
    pub num_imported_memories: u32,
    pub globals: Vec<Global>,
    pub num_imported_globals: u32,
    /// Tag index -> the function type index of its signature (exceptions).
    pub tags: Vec<u32>,
    pub num_imported_tags: u32,
    pub exports: Vec<Export>,
    /// Indexes into `exports`, sorted by name (names are unique), for
    /// [`ModuleInfo::export`]; filled with the export section.
    pub exports_by_name: Vec<u32>,
    pub start: Option<u32>,
    pub elements: Vec<ElementSegment>,
    pub data: Vec<DataSegment>,
    pub data_count: Option<u32>,
    /// Function names from the `name` custom section.
    pub func_names: FuncNames,
    /// Whether no value of the module can be the address of a GC object
    /// (set by [`parse_module`], from [`ModuleInfo::may_hold_gc_refs`]);
    /// `false`, the default, is always safe.
    pub no_gc_refs: bool,
}

/// Function names from the module's `name` custom sections, kept as bytes
/// and decoded on the first lookup (a trap's backtrace, disassembly): most
/// compiles never ask, and decoding thousands of names costs more than
/// copying the section once.
#[derive(Debug, Clone, Default)]
pub struct FuncNames {
    /// The contents of each `name` section, in module order.
    sections: Vec<Box<[u8]>>,
    /// Function index -> name; a later section's name wins.
    decoded: std::sync::OnceLock<std::collections::HashMap<u32, String>>,
}

impl FuncNames {
    /// Keeps the contents of a `name` section for lookups.
    fn add_section(&mut self, contents: &[u8]) {
        self.sections.push(contents.into());
        self.decoded = std::sync::OnceLock::new();
    }

    /// The name of function `index`, if a `name` section gives one.
    pub fn get(&self, index: u32) -> Option<&str> {
        self.decoded
            .get_or_init(|| {
                let mut names = std::collections::HashMap::new();
                for contents in &self.sections {
                    let reader = wasmparser::BinaryReader::new(contents, 0);
                    read_func_names(&mut names, wasmparser::NameSectionReader::new(reader));
                }
                names
            })
            .get(&index)
            .map(String::as_str)
    }
}

impl ModuleInfo {
    #[inline]
    pub fn func_sig(&self, func_index: u32) -> &FuncSig {
        self.type_sig(self.functions[func_index as usize])
    }

    /// The signature of function type `type_index`. Validation ensures that
    /// every index read as a function's type (function declarations,
    /// `call_indirect`, block types) names a function type.
    #[inline]
    pub fn type_sig(&self, type_index: u32) -> &FuncSig {
        self.types[type_index as usize]
            .func_sig()
            .unwrap_or_else(|| panic!("type {type_index} is not a function type"))
    }

    /// The signature of tag `tag_index`: its parameters are the payload.
    pub fn tag_sig(&self, tag_index: u32) -> &FuncSig {
        self.type_sig(self.tags[tag_index as usize])
    }

    /// The type of a value of type `ty` (module form) as code sees it, or
    /// `Unsupported` for types brisk cannot compile (GC references).
    pub fn val_type(&self, ty: wasmparser::ValType, offset: u64) -> CompileResult<WasmType> {
        use wasmparser::ValType as V;
        Ok(match ty {
            V::I32 => WasmType::I32,
            V::I64 => WasmType::I64,
            V::F32 => WasmType::F32,
            V::F64 => WasmType::F64,
            V::V128 => WasmType::V128,
            V::Ref(r) => self.ref_type(r, offset)?.1,
        })
    }

    /// The declared form of reference type `r` (module form) and its
    /// representation.
    pub fn ref_type(
        &self,
        r: wasmparser::RefType,
        offset: u64,
    ) -> CompileResult<(RefType, WasmType)> {
        let exact = read_ref_type(r, &|i| module_type_ref(i, offset), offset)?;
        let is_func = |t: TypeRef| match t {
            TypeRef::Module(i) => self
                .types
                .get(i as usize)
                .is_some_and(|d| d.func_sig().is_some()),
            _ => false,
        };
        Ok((exact, representation(r, exact, is_func, offset)?))
    }

    /// Whether the module's values may include GC objects' addresses: it
    /// defines a struct or array type, or a function type, table or global
    /// has a GC reference type ([`WasmType::is_gc_ref`]). If not, code can
    /// make GC-typed values only from `ref.null` and `ref.i31` (and convert
    /// those), none of them an object the collector must see: GC objects
    /// come from struct and array operators, and host references from
    /// imports, tables, globals, calls and exception payloads, all typed by
    /// these declarations.
    pub fn may_hold_gc_refs(&self) -> bool {
        let gc = |t: &WasmType| t.is_gc_ref();
        self.types.iter().any(|d| match d.func_sig() {
            Some(sig) => sig.params.iter().chain(&sig.results).any(gc),
            None => true,
        }) || self.tables.iter().any(|t| t.elem.is_gc_ref())
            || self.globals.iter().any(|g| g.ty.is_gc_ref())
    }

    pub fn num_defined_funcs(&self) -> u32 {
        self.functions.len() as u32 - self.num_imported_funcs
    }

    pub fn export(&self, name: &str) -> Option<&Export> {
        let exports = &self.exports;
        let at = self
            .exports_by_name
            .binary_search_by(|&i| exports[i as usize].name.as_str().cmp(name))
            .ok()?;
        Some(&exports[self.exports_by_name[at] as usize])
    }

    /// A name for function `index`, for people: from the `name` section,
    /// else the export name.
    pub fn func_name(&self, index: u32) -> Option<&str> {
        self.func_names.get(index).or_else(|| {
            self.exports
                .iter()
                .find(|e| e.kind == ExportKind::Func && e.index == index)
                .map(|e| e.name.as_str())
        })
    }
}

/// One function body to compile, with the validator for it.
pub struct FunctionBodyInput<'a> {
    pub func_index: u32,
    pub validator: FuncToValidate<ValidatorResources>,
    pub body: FunctionBody<'a>,
}

pub struct ParsedModule<'a> {
    pub info: ModuleInfo,
    pub bodies: Vec<FunctionBodyInput<'a>>,
    /// The first thing outside the function bodies that brisk does not
    /// support. Parsing goes on past it, so that an invalid module is still
    /// reported as invalid; `info` is incomplete when this is set.
    pub unsupported: Option<CompileError>,
}

/// Reads and validates (with `features`) everything but the function
/// bodies, which are returned with their validators so they can be
/// validated and compiled in the same pass (and in parallel).
pub fn parse_module(bytes: &[u8], features: WasmFeatures) -> CompileResult<ParsedModule<'_>> {
    let mut validator = Validator::new_with_features(features);
    let mut info = ModuleInfo::default();
    let mut bodies = Vec::new();
    let mut unsupported = None;
    let mut parser = Parser::new(0);
    let mut data = bytes;
    loop {
        let payload = match parser.parse(data, true)? {
            Chunk::Parsed { consumed, payload } => {
                data = &data[consumed..];
                payload
            }
            Chunk::NeedMoreData(_) => unreachable!("the parser has all of the module (eof)"),
        };
        validator.payload(&payload)?;
        match payload {
            Payload::Version {
                encoding: Encoding::Component,
                range,
                ..
            } => {
                // Accepted by the validator only with the component model
                // enabled; brisk compiles modules.
                return Err(CompileError::unsupported("components", range.start));
            }
            Payload::CodeSectionStart { count, size, .. } => {
                let offset = (bytes.len() - data.len()) as u64;
                let read = read_bodies(
                    &mut validator,
                    data,
                    offset,
                    count,
                    size,
                    &info,
                    &mut bodies,
                )?;
                data = &data[read..];
                parser.skip_section();
                continue;
            }
            Payload::End(_) => break,
            _ => {}
        }
        if unsupported.is_none() {
            match read_payload(&mut info, &payload) {
                Err(e @ CompileError::Unsupported { .. }) => unsupported = Some(e),
                other => other?,
            }
        }
    }
    // A module read only up to an unsupported section keeps the default.
    info.no_gc_refs = unsupported.is_none() && !info.may_hold_gc_refs();
    Ok(ParsedModule {
        info,
        bodies,
        unsupported,
    })
}

/// Reads the `count` function bodies of a code section of `size` bytes
/// (after its count) from `data`, at `offset` in the module, as
/// wasmparser's `Parser` reads them one payload each (the same errors at
/// the same offsets), handing each to `validator` in turn; returns the
/// bytes read. One pass over the section, without a payload per body.
fn read_bodies<'a>(
    validator: &mut Validator,
    data: &'a [u8],
    offset: u64,
    count: u32,
    size: u32,
    info: &ModuleInfo,
    bodies: &mut Vec<FunctionBodyInput<'a>>,
) -> CompileResult<usize> {
    // One growth of a large vector instead of a dozen (each a copy into
    // fresh pages).
    bodies.reserve_exact(count as usize);
    let mut reader = BinaryReader::new(data, offset);
    let mut left = size;
    for _ in 0..count {
        let start = reader.original_position();
        let body = FunctionBody::new(reader.read_reader()?);
        left = u32::try_from(reader.original_position() - start)
            .ok()
            .and_then(|read| left.checked_sub(read))
            .ok_or_else(|| CompileError::Invalid {
                message: "unexpected end-of-file".into(),
                offset: start,
            })?;
        let func = validator.code_section_entry(&body)?;
        bodies.push(FunctionBodyInput {
            func_index: info.num_imported_funcs + bodies.len() as u32,
            validator: func,
            body,
        });
    }
    if left > 0 {
        return Err(CompileError::Invalid {
            message: "trailing bytes at end of section".into(),
            offset: reader.original_position(),
        });
    }
    Ok(reader.current_position())
}

fn read_payload(info: &mut ModuleInfo, payload: &Payload<'_>) -> CompileResult<()> {
    match payload {
        Payload::TypeSection(reader) => {
            for group in reader.clone() {
                let group = group?;
                let start = info.types.len() as u32;
                let range = start..start + group.types().len() as u32;
                let funcs: Vec<bool> = group
                    .types()
                    .map(|t| {
                        matches!(
                            t.composite_type.inner,
                            wasmparser::CompositeInnerType::Func(_)
                        )
                    })
                    .collect();
                for (offset, sub) in group.into_types_and_offsets() {
                    let def = type_def(info, &sub, &range, &funcs, offset)?;
                    info.types.push(def);
                }
                info.rec_groups.push(range);
            }
        }
        Payload::ImportSection(reader) => {
            for import in reader.clone().into_imports_with_offsets() {
                let (offset, import) = import?;

                let kind = match import.ty {
                    ImportRef::Func(t) => {
                        info.functions.push(t);
                        info.num_imported_funcs += 1;
                        ImportKind::Func(t)
                    }
                    ImportRef::Table(t) => {
                        let t = table_type(info, &t, offset)?;
                        info.tables.push(t);
                        info.table_inits.push(None);
                        info.num_imported_tables += 1;
                        ImportKind::Table(t)
                    }
                    ImportRef::Memory(m) => {
                        let m = memory_type(&m, offset)?;
                        info.memories.push(m);
                        info.num_imported_memories += 1;
                        ImportKind::Memory(m)
                    }
                    ImportRef::Global(g) => {
                        let (ty, ref_type) = global_type(info, &g, offset)?;
                        info.globals.push(Global {
                            ty,
                            ref_type,
                            mutable: g.mutable,
                            init: ConstExpr::default(),
                        });
                        info.num_imported_globals += 1;
                        ImportKind::Global {
                            ty,
                            mutable: g.mutable,
                        }
                    }
                    ImportRef::Tag(t) => {
                        info.tags.push(t.func_type_idx);
                        info.num_imported_tags += 1;
                        ImportKind::Tag(t.func_type_idx)
                    }
                    ImportRef::FuncExact(_) => {
                        return Err(CompileError::unsupported("exact function imports", offset));
                    }
                };
                info.imports.push(Import {
                    module: import.module.to_string(),
                    name: import.name.to_string(),
                    kind,
                });
            }
        }
        Payload::FunctionSection(reader) => {
            for t in reader.clone() {
                info.functions.push(t?);
            }
        }
        Payload::TableSection(reader) => {
            let offset = reader.range().start;
            for t in reader.clone() {
                let t = t?;
                let init = match &t.init {
                    wasmparser::TableInit::RefNull => None,
                    wasmparser::TableInit::Expr(e) => Some(const_expr(info, e)?),
                };
                let ty = table_type(info, &t.ty, offset)?;
                info.tables.push(ty);
                info.table_inits.push(init);
            }
        }
        Payload::MemorySection(reader) => {
            let offset = reader.range().start;
            for m in reader.clone() {
                info.memories.push(memory_type(&m?, offset)?);
            }
        }
        Payload::TagSection(reader) => {
            for t in reader.clone() {
                info.tags.push(t?.func_type_idx);
            }
        }
        Payload::GlobalSection(reader) => {
            let offset = reader.range().start;
            for g in reader.clone() {
                let g = g?;
                let (ty, ref_type) = global_type(info, &g.ty, offset)?;
                let init = const_expr(info, &g.init_expr)?;
                info.globals.push(Global {
                    ty,
                    ref_type,
                    mutable: g.ty.mutable,
                    init,
                });
            }
        }
        Payload::ExportSection(reader) => {
            let offset = reader.range().start;
            for e in reader.clone() {
                let e = e?;
                let kind = match e.kind {
                    wasmparser::ExternalKind::Func => ExportKind::Func,
                    wasmparser::ExternalKind::Table => ExportKind::Table,
                    wasmparser::ExternalKind::Memory => ExportKind::Memory,
                    wasmparser::ExternalKind::Global => ExportKind::Global,
                    wasmparser::ExternalKind::Tag => ExportKind::Tag,
                    wasmparser::ExternalKind::FuncExact => {
                        return Err(CompileError::unsupported("exact function exports", offset));
                    }
                };
                info.exports.push(Export {
                    name: e.name.to_string(),
                    kind,
                    index: e.index,
                });
            }
            let exports = &info.exports;
            info.exports_by_name = (0..exports.len() as u32).collect();
            info.exports_by_name
                .sort_unstable_by(|&a, &b| exports[a as usize].name.cmp(&exports[b as usize].name));
        }
        Payload::StartSection { func, .. } => info.start = Some(*func),
        Payload::ElementSection(reader) => {
            for e in reader.clone() {
                let segment = element_segment(info, e?)?;
                info.elements.push(segment);
            }
        }
        Payload::DataCountSection { count, .. } => info.data_count = Some(*count),
        Payload::CustomSection(c) if c.name() == "name" => info.func_names.add_section(c.data()),
        Payload::DataSection(reader) => {
            for d in reader.clone() {
                let d = d?;
                let kind = match d.kind {
                    wasmparser::DataKind::Passive => DataKind::Passive,
                    wasmparser::DataKind::Active {
                        memory_index,
                        offset_expr,
                    } => DataKind::Active {
                        memory: memory_index,
                        offset: const_expr(info, &offset_expr)?,
                    },
                };
                info.data.push(DataSegment {
                    kind,
                    bytes: d.data.to_vec(),
                });
            }
        }
        _ => {}
    }
    Ok(())
}

/// Reads function names; a malformed name section is ignored, as custom
/// sections never make a module invalid.
fn read_func_names(
    names: &mut std::collections::HashMap<u32, String>,
    section: wasmparser::NameSectionReader<'_>,
) {
    for name in section.into_iter().map_while(Result::ok) {
        if let wasmparser::Name::Function(map) = name {
            for naming in map.into_iter().map_while(Result::ok) {
                names.insert(naming.index, naming.name.to_string());
            }
        }
    }
}

/// Reads a reference type, naming defined types with `type_ref`.
fn read_ref_type(
    r: wasmparser::RefType,
    type_ref: &dyn Fn(wasmparser::UnpackedIndex) -> CompileResult<TypeRef>,
    offset: u64,
) -> CompileResult<RefType> {
    let heap = match r.heap_type() {
        wasmparser::HeapType::Abstract { shared: false, ty } => HeapType::Abstract(ty),
        wasmparser::HeapType::Abstract { shared: true, .. } => {
            return Err(CompileError::unsupported(
                "shared-everything threads (shared references)",
                offset,
            ));
        }
        wasmparser::HeapType::Concrete(i) => HeapType::Concrete(type_ref(i)?),
        wasmparser::HeapType::Exact(_) => {
            return Err(CompileError::unsupported(
                "custom descriptors (exact references)",
                offset,
            ));
        }
    };
    Ok(RefType {
        nullable: r.is_nullable(),
        heap,
    })
}

/// A type index outside the type section, where the reader gives module
/// indices.
fn module_type_ref(index: wasmparser::UnpackedIndex, offset: u64) -> CompileResult<TypeRef> {
    match index {
        wasmparser::UnpackedIndex::Module(i) => Ok(TypeRef::Module(i)),
        _ => Err(CompileError::Invalid {
            message: "type index not in module form outside the type section".into(),
            offset,
        }),
    }
}

/// How code represents reference type `exact` (read from `r`), whose
/// concrete heap type is a function type when `is_func` says so: function
/// references are funcrefs, extern references externrefs, exception
/// references exnrefs, the `any` hierarchy (defined struct and array types
/// included) anyrefs; continuation references are `Unsupported`.
fn representation(
    r: wasmparser::RefType,
    exact: RefType,
    is_func: impl Fn(TypeRef) -> bool,
    offset: u64,
) -> CompileResult<WasmType> {
    use wasmparser::AbstractHeapType as A;
    match exact.heap {
        HeapType::Abstract(A::Func | A::NoFunc) => Ok(WasmType::FuncRef),
        HeapType::Abstract(A::Extern | A::NoExtern) => Ok(WasmType::ExternRef),
        HeapType::Concrete(t) if is_func(t) => Ok(WasmType::FuncRef),
        HeapType::Abstract(A::Exn | A::NoExn) => Ok(WasmType::ExnRef),
        HeapType::Abstract(A::Any | A::Eq | A::I31 | A::Struct | A::Array | A::None)
        | HeapType::Concrete(_) => Ok(WasmType::AnyRef),
        HeapType::Abstract(A::Cont | A::NoCont) => Err(CompileError::unsupported(
            format!("reference type {r} (stack switching)"),
            offset,
        )),
    }
}

/// Reads a type definition of the rec group defining module types `group`,
/// whose members are function types where `group_funcs` says so.
fn type_def(
    info: &ModuleInfo,
    sub: &wasmparser::SubType,
    group: &std::ops::Range<u32>,
    group_funcs: &[bool],
    offset: u64,
) -> CompileResult<TypeDef> {
    let composite = &sub.composite_type;
    if composite.shared {
        return Err(CompileError::unsupported(
            "shared-everything threads (shared types)",
            offset,
        ));
    }
    if composite.descriptor_idx.is_some() || composite.describes_idx.is_some() {
        return Err(CompileError::unsupported(
            "custom descriptors (descriptor types)",
            offset,
        ));
    }
    // The reader gives indices in module form, never validator ids.
    let type_ref = |index: wasmparser::UnpackedIndex| match index {
        wasmparser::UnpackedIndex::Module(i) if group.contains(&i) => {
            Ok(TypeRef::RecGroup(i - group.start))
        }
        wasmparser::UnpackedIndex::Module(i) => Ok(TypeRef::Module(i)),
        wasmparser::UnpackedIndex::RecGroup(i) => Ok(TypeRef::RecGroup(i)),
        wasmparser::UnpackedIndex::Id(_) => Err(CompileError::Invalid {
            message: "canonicalized type index in a type section".into(),
            offset,
        }),
    };
    let is_func = |t: TypeRef| match t {
        TypeRef::RecGroup(j) => group_funcs.get(j as usize).copied().unwrap_or(false),
        TypeRef::Module(i) => info
            .types
            .get(i as usize)
            .is_some_and(|d| d.func_sig().is_some()),
        TypeRef::Engine(_) => false,
    };
    let field = |f: &wasmparser::FieldType| -> CompileResult<FieldType> {
        use wasmparser::{StorageType as S, ValType as V};
        let storage = match f.element_type {
            S::I8 => StorageType::I8,
            S::I16 => StorageType::I16,
            S::Val(V::I32) => StorageType::I32,
            S::Val(V::I64) => StorageType::I64,
            S::Val(V::F32) => StorageType::F32,
            S::Val(V::F64) => StorageType::F64,
            S::Val(V::V128) => StorageType::V128,
            S::Val(V::Ref(r)) => StorageType::Ref(read_ref_type(r, &type_ref, offset)?),
        };
        Ok(FieldType {
            storage,
            mutable: f.mutable,
        })
    };
    let composite = match &composite.inner {
        wasmparser::CompositeInnerType::Func(f) => {
            let mut refs = Vec::new();
            let mut conv = |tys: &[wasmparser::ValType]| {
                tys.iter()
                    .map(|t| match *t {
                        wasmparser::ValType::Ref(r) => {
                            let exact = read_ref_type(r, &type_ref, offset)?;
                            refs.push(exact);
                            representation(r, exact, is_func, offset)
                        }
                        other => info.val_type(other, offset),
                    })
                    .collect::<CompileResult<Vec<_>>>()
            };
            let sig = FuncSig {
                params: conv(f.params())?,
                results: conv(f.results())?,
            };
            CompositeType::Func { sig, refs }
        }
        wasmparser::CompositeInnerType::Struct(s) => {
            CompositeType::Struct(s.fields.iter().map(field).collect::<CompileResult<_>>()?)
        }
        wasmparser::CompositeInnerType::Array(a) => CompositeType::Array(field(&a.0)?),
        wasmparser::CompositeInnerType::Cont(_) => {
            return Err(CompileError::unsupported(
                "stack switching (continuation types)",
                offset,
            ));
        }
    };
    let supertype = match sub.supertype_idxs.as_slice() {
        [] => None,
        [s] => Some(type_ref(s.unpack())?),
        _ => {
            return Err(CompileError::unsupported("several supertypes", offset));
        }
    };
    Ok(TypeDef {
        is_final: sub.is_final,
        supertype,
        composite,
    })
}

/// Reads a table type; its declared element type goes to
/// `info.table_ref_types`.
fn table_type(
    info: &mut ModuleInfo,
    t: &wasmparser::TableType,
    offset: u64,
) -> CompileResult<TableType> {
    if t.shared {
        return Err(CompileError::unsupported(
            "shared-everything threads (shared tables)",
            offset,
        ));
    }
    let (exact, elem) = info.ref_type(t.element_type, offset)?;
    info.table_ref_types.push(exact);
    Ok(TableType {
        elem,
        min: t.initial,
        max: t.maximum,
        table64: t.table64,
    })
}

fn memory_type(m: &wasmparser::MemoryType, offset: u64) -> CompileResult<MemoryType> {
    let page_size_log2 = match m.page_size_log2 {
        None => DEFAULT_PAGE_SIZE_LOG2,
        Some(log2 @ (0 | 16)) => log2 as u8,
        // The validator allows no other page size today.
        Some(other) => {
            return Err(CompileError::unsupported(
                format!("custom page size 2^{other}"),
                offset,
            ));
        }
    };
    Ok(MemoryType {
        min: m.initial,
        max: m.maximum,
        shared: m.shared,
        memory64: m.memory64,
        page_size_log2,
    })
}

/// A global's type as code sees it, and as declared if it is a reference
/// type.
fn global_type(
    info: &ModuleInfo,
    g: &wasmparser::GlobalType,
    offset: u64,
) -> CompileResult<(WasmType, Option<RefType>)> {
    if g.shared {
        return Err(CompileError::unsupported(
            "shared-everything threads (shared globals)",
            offset,
        ));
    }
    match g.content_type {
        wasmparser::ValType::Ref(r) => {
            let (exact, ty) = info.ref_type(r, offset)?;
            Ok((ty, Some(exact)))
        }
        other => Ok((info.val_type(other, offset)?, None)),
    }
}

fn element_segment(info: &ModuleInfo, e: wasmparser::Element<'_>) -> CompileResult<ElementSegment> {
    let offset = e.range.start;
    let kind = match e.kind {
        wasmparser::ElementKind::Passive => ElemKind::Passive,
        wasmparser::ElementKind::Declared => ElemKind::Declared,
        wasmparser::ElementKind::Active {
            table_index,
            offset_expr,
        } => ElemKind::Active {
            table: table_index.unwrap_or(0),
            offset: const_expr(info, &offset_expr)?,
        },
    };
    let (ty, items) = match e.items {
        wasmparser::ElementItems::Functions(funcs) => (
            WasmType::FuncRef,
            ElemItems::Functions(funcs.into_iter().collect::<Result<_, _>>()?),
        ),
        wasmparser::ElementItems::Expressions(ty, exprs) => {
            let exprs = exprs
                .into_iter()
                .map(|e| const_expr(info, &e?))
                .collect::<CompileResult<Vec<_>>>()?;
            (info.ref_type(ty, offset)?.1, ElemItems::Exprs(exprs))
        }
    };
    Ok(ElementSegment { ty, kind, items })
}

fn const_expr(info: &ModuleInfo, expr: &wasmparser::ConstExpr<'_>) -> CompileResult<ConstExpr> {
    use wasmparser::Operator as Op;
    let mut ops = Vec::new();
    let mut reader = expr.get_operators_reader();
    loop {
        let (op, offset) = reader.read_with_offset()?;

        ops.push(match op {
            Op::End => break,
            Op::I32Const { value } => ConstOp::I32(value),
            Op::I64Const { value } => ConstOp::I64(value),
            Op::F32Const { value } => ConstOp::F32(value.bits()),
            Op::F64Const { value } => ConstOp::F64(value.bits()),
            Op::GlobalGet { global_index } => ConstOp::GlobalGet(global_index),
            Op::RefNull { hty } => {
                // A null of any heap type is nullable; only its representation matters.
                let r =
                    wasmparser::RefType::new(true, hty).ok_or_else(|| CompileError::Invalid {
                        message: "ref.null of an unrepresentable heap type".into(),
                        offset,
                    })?;
                ConstOp::RefNull(info.ref_type(r, offset)?.1)
            }
            Op::RefFunc { function_index } => ConstOp::RefFunc(function_index),
            Op::I32Add => ConstOp::I32Add,
            Op::I32Sub => ConstOp::I32Sub,
            Op::I32Mul => ConstOp::I32Mul,
            Op::I64Add => ConstOp::I64Add,
            Op::I64Sub => ConstOp::I64Sub,
            Op::I64Mul => ConstOp::I64Mul,
            Op::V128Const { value } => ConstOp::V128(u128::from_le_bytes(*value.bytes())),
            Op::RefI31 => ConstOp::RefI31,
            Op::StructNew { struct_type_index } => ConstOp::StructNew {
                type_index: struct_type_index,
                fields: match info
                    .types
                    .get(struct_type_index as usize)
                    .map(|t| &t.composite)
                {
                    Some(CompositeType::Struct(fields)) => fields.len() as u32,
                    _ => {
                        return Err(CompileError::Invalid {
                            message: "struct.new of a type that is no struct type".into(),
                            offset,
                        });
                    }
                },
            },
            Op::StructNewDefault { struct_type_index } => {
                ConstOp::StructNewDefault(struct_type_index)
            }
            Op::ArrayNew { array_type_index } => ConstOp::ArrayNew(array_type_index),
            Op::ArrayNewDefault { array_type_index } => ConstOp::ArrayNewDefault(array_type_index),
            Op::ArrayNewFixed {
                array_type_index,
                array_size,
            } => ConstOp::ArrayNewFixed {
                type_index: array_type_index,
                len: array_size,
            },
            // The identity on the reference word (GC).
            Op::AnyConvertExtern | Op::ExternConvertAny => continue,
            // Wasm 3.0 has no other constant operators: later proposals'.
            other => {
                return Err(CompileError::unsupported(
                    format!("constant expression {other:?}"),
                    offset,
                ));
            }
        });
    }
    Ok(ConstExpr { ops })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_section_keeps_rec_groups_finality_and_references() {
        #[rustfmt::skip]
        let wasm = [
            0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
            0x01, 0x16, 0x02, // type section: 22 bytes, 2 rec groups
            0x50, 0x00, 0x60, 0x00, 0x00, // (type (sub (func)))
            0x4e, 0x02, // (rec
            0x50, 0x01, 0x00, 0x60, 0x00, 0x00, //   (type (sub 0 (func)))
            0x5f, 0x02, 0x64, 0x01, 0x00, 0x64, 0x00, 0x00, //   (type (struct (field (ref 1)) (field (ref 0)))))
        ];
        let info = parse_module(&wasm, validation_features()).unwrap().info;
        assert_eq!(info.rec_groups, [0..1, 1..3]);
        let func = |is_final, supertype| TypeDef {
            is_final,
            supertype,
            ..TypeDef::func(FuncSig::default())
        };
        let field = |ty| FieldType {
            storage: StorageType::Ref(RefType {
                nullable: false,
                heap: HeapType::Concrete(ty),
            }),
            mutable: false,
        };
        assert_eq!(
            info.types,
            [
                func(false, None),
                func(false, Some(TypeRef::Module(0))),
                TypeDef {
                    composite: CompositeType::Struct(vec![
                        field(TypeRef::RecGroup(0)),
                        field(TypeRef::Module(0)),
                    ]),
                    ..func(true, None)
                },
            ]
        );
    }

    /// Function names come from the `name` sections, decoded on the first
    /// lookup: a later section's name wins, a malformed section is ignored.
    #[test]
    fn function_names_are_read_from_name_sections() {
        #[rustfmt::skip]
        let wasm = [
            0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
            0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // type section: (func)
            0x03, 0x04, 0x03, 0x00, 0x00, 0x00, // function section: 3 functions
            0x0a, 0x0a, 0x03, 0x02, 0x00, 0x0b, 0x02, 0x00, 0x0b, 0x02, 0x00, 0x0b, // code
            // "name": function names 0 "f", 1 "gg"
            0x00, 0x0f, 0x04, b'n', b'a', b'm', b'e',
            0x01, 0x08, 0x02, 0x00, 0x01, b'f', 0x01, 0x02, b'g', b'g',
            // "name": function name 1 "h"
            0x00, 0x0b, 0x04, b'n', b'a', b'm', b'e',
            0x01, 0x04, 0x01, 0x01, 0x01, b'h',
            // "name": a function-names subsection longer than the section
            0x00, 0x07, 0x04, b'n', b'a', b'm', b'e', 0x01, 0x7f,
        ];
        let info = parse_module(&wasm, validation_features()).unwrap().info;
        assert_eq!(info.func_name(0), Some("f"));
        assert_eq!(info.func_name(1), Some("h"));
        assert_eq!(info.func_name(2), None);
    }

    /// What wasmparser's own reading (`Parser::parse_all`, one payload per
    /// body, each given to `Validator::payload`) says of `wasm`: its first
    /// error, else the bodies' ranges.
    fn payload_by_payload(wasm: &[u8]) -> Result<Vec<std::ops::Range<u64>>, (String, u64)> {
        let mut validator = Validator::new_with_features(validation_features());
        let mut bodies = Vec::new();
        for payload in Parser::new(0).parse_all(wasm) {
            let valid = payload
                .and_then(|p| validator.payload(&p))
                .map_err(|e| (e.message().to_string(), e.offset()))?;
            if let wasmparser::ValidPayload::Func(_, body) = valid {
                bodies.push(body.range());
            }
        }
        Ok(bodies)
    }

    /// The code section is read in one pass (`read_bodies`), with the
    /// errors and offsets of wasmparser's payload-by-payload reading: for
    /// every truncation of a module and every value of each byte of its
    /// code section (counts, sizes, the section's own size).
    #[test]
    fn code_section_reads_like_the_parser() {
        #[rustfmt::skip]
        let wasm = [
            0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
            0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // type section: (func)
            0x03, 0x04, 0x03, 0x00, 0x00, 0x00, // function section: 3 functions
            0x0a, 0x0d, 0x03, // code section (offset 20): 13 bytes, 3 bodies
            0x02, 0x00, 0x0b, // (func)
            0x04, 0x00, 0x01, 0x01, 0x0b, // (func nop nop)
            0x03, 0x00, 0x01, 0x0b, // (func nop)
            0x00, 0x04, 0x01, 0x61, 0x00, 0x00, // custom section "a" after the code
        ];
        let code = 20..35usize;
        let outcome = |wasm: &[u8]| match parse_module(wasm, validation_features()) {
            Ok(parsed) => Ok(parsed.bodies.iter().map(|b| b.body.range()).collect()),
            Err(CompileError::Invalid { message, offset }) => Err((message, offset)),
            Err(e) => panic!("unexpected {e}"),
        };
        let valid = outcome(&wasm).expect("valid");
        assert_eq!(valid, [24..26, 27..31, 32..35]);
        let mut cases = 1;
        for len in 0..wasm.len() {
            assert_eq!(
                outcome(&wasm[..len]),
                payload_by_payload(&wasm[..len]),
                "length {len}"
            );
            cases += 1;
        }
        for at in code {
            for byte in 0..=255 {
                let mut changed = wasm;
                changed[at] = byte;
                let expected = payload_by_payload(&changed);
                assert_eq!(outcome(&changed), expected, "byte {at} = {byte:#x}");
                cases += usize::from(expected.is_err());
            }
        }
        assert!(cases > 1000, "{cases} error cases");
    }
}
