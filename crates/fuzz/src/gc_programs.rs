//! A generator of GC programs: struct and array types (packed fields,
//! references to each other and to themselves, `sub`/`final`, recursion
//! groups, some groups declared twice so that their types are the same),
//! every struct, array, i31 and cast operator, conversions between `any`
//! and `extern`, GC globals, tables and element segments with GC
//! constant expressions, and allocation loops that build long (sometimes
//! cyclic) lists and garbage, so that collections happen while references
//! are live in locals, globals, tables and across calls. Valid by
//! construction; the caller validates anyway.
//!
//! Every function takes one unit of fuel from global 0 and returns at
//! once when none is left; function 0 refuels and is exported before
//! every other function, so each export call starts with [`FUEL`]. Loops run at most [`LOOP_LIMIT`] times,
//! allocation loops at most [`CHURN_LIMIT`] times.

use crate::program_builder::{self, FUEL_CHECK, FUEL_TAKE, MAX_DEPTH, Sections, function, module};
use crate::rng::Rng;
use wasm_encoder::{
    AbstractHeapType, ArrayType, BlockType, CompositeInnerType, CompositeType, ConstExpr,
    DataSection, ElementSection, Elements, FieldType, FuncType, Function, FunctionSection,
    GlobalSection, GlobalType, HeapType, Instruction as I, RefType, StorageType, StructType,
    SubType, TableSection, TableType, TypeSection, ValType,
};

pub use crate::program_builder::FUEL;

/// Iterations of a generated loop over a list.
const LOOP_LIMIT: i32 = 64;

/// Iterations of an allocation loop at most (a function may run up to
/// [`FUEL`] times per export call).
const CHURN_LIMIT: u64 = 100;

/// Type 1, always: the list node `(struct (field (mut i32)) (field (mut
/// (ref null 1))) (field (mut anyref)))`, not final.
const NODE: u32 = 1;

/// `(ref null 1)`: a list node or null.
const NODE_REF: Ty = Ty::Ref(RefTy {
    nullable: true,
    heap: Heap::Def(NODE),
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Heap {
    Any,
    Eq,
    I31,
    Struct,
    Array,
    None,
    Extern,
    Def(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct RefTy {
    nullable: bool,
    heap: Heap,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ty {
    I32,
    I64,
    Ref(RefTy),
}

const ANYREF: Ty = Ty::Ref(RefTy {
    nullable: true,
    heap: Heap::Any,
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Storage {
    I8,
    I16,
    Val(Ty),
}

impl Storage {
    /// The type a read gives.
    fn unpacked(self) -> Ty {
        match self {
            Storage::I8 | Storage::I16 => Ty::I32,
            Storage::Val(t) => t,
        }
    }

    fn encode(self) -> StorageType {
        match self {
            Storage::I8 => StorageType::I8,
            Storage::I16 => StorageType::I16,
            Storage::Val(t) => StorageType::Val(t.val()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Field {
    storage: Storage,
    mutable: bool,
}

impl Field {
    fn encode(self) -> FieldType {
        FieldType {
            element_type: self.storage.encode(),
            mutable: self.mutable,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Comp {
    Struct(Vec<Field>),
    Array(Field),
    Func(Vec<Ty>, Option<Ty>),
}

#[derive(Debug, Clone, PartialEq)]
struct TypeDef {
    comp: Comp,
    is_final: bool,
    sup: Option<u32>,
    /// Types with the same number are the same type (a group declared
    /// twice); others may still be, which the generated code never relies
    /// on.
    canon: usize,
}

fn abstract_heap(ty: AbstractHeapType) -> HeapType {
    HeapType::Abstract { shared: false, ty }
}

impl Heap {
    fn encode(self) -> HeapType {
        match self {
            Heap::Any => abstract_heap(AbstractHeapType::Any),
            Heap::Eq => abstract_heap(AbstractHeapType::Eq),
            Heap::I31 => abstract_heap(AbstractHeapType::I31),
            Heap::Struct => abstract_heap(AbstractHeapType::Struct),
            Heap::Array => abstract_heap(AbstractHeapType::Array),
            Heap::None => abstract_heap(AbstractHeapType::None),
            Heap::Extern => abstract_heap(AbstractHeapType::Extern),
            Heap::Def(t) => HeapType::Concrete(t),
        }
    }
}

impl RefTy {
    fn encode(self) -> RefType {
        RefType {
            nullable: self.nullable,
            heap_type: self.heap.encode(),
        }
    }
}

impl Ty {
    fn val(self) -> ValType {
        match self {
            Ty::I32 => ValType::I32,
            Ty::I64 => ValType::I64,
            Ty::Ref(r) => ValType::Ref(r.encode()),
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Global {
    ty: Ty,
    mutable: bool,
}

/// A passive element segment: its element type and length.
#[derive(Debug, Clone, Copy)]
struct Segment {
    elem: RefTy,
    len: u32,
}

struct Module<'r> {
    rng: &'r mut Rng,
    /// Type 0 is the refuel function's `(func)`; struct and array types
    /// follow, then one function type per function.
    types: Vec<TypeDef>,
    /// The end of the struct and array types.
    gc_end: u32,
    /// The recursion groups, as ranges of type indexes.
    groups: Vec<(u32, u32)>,
    /// The type of each function; function 0 refuels.
    funcs: Vec<u32>,
    /// Element type and initial size of each table.
    tables: Vec<(RefTy, u32)>,
    /// Global 0 is the fuel.
    globals: Vec<Global>,
    /// Lengths of the passive data segments.
    datas: Vec<u32>,
    elems: Vec<Segment>,
    current: u32,
}

type Body = program_builder::Body<Ty>;

impl Module<'_> {
    fn def(&self, t: u32) -> &TypeDef {
        &self.types[t as usize]
    }

    fn is_struct(&self, t: u32) -> bool {
        matches!(self.def(t).comp, Comp::Struct(_))
    }

    /// Whether type `a` is declared a subtype of (or is) type `b`.
    fn sub_def(&self, a: u32, b: u32) -> bool {
        let target = self.def(b).canon;
        let mut t = Some(a);
        while let Some(x) = t {
            if self.def(x).canon == target {
                return true;
            }
            t = self.def(x).sup;
        }
        false
    }

    fn sub_heap(&self, a: Heap, b: Heap) -> bool {
        match (a, b) {
            (Heap::Extern, Heap::Extern) => true,
            (Heap::Extern, _) | (_, Heap::Extern) => false,
            (_, Heap::Any) | (Heap::None, _) => true,
            (Heap::Def(x), Heap::Def(y)) => self.sub_def(x, y),
            (Heap::Def(x), Heap::Struct) => self.is_struct(x),
            (Heap::Def(x), Heap::Array) => !self.is_struct(x),
            (Heap::Def(_) | Heap::I31 | Heap::Struct | Heap::Array, Heap::Eq) => true,
            (a, b) => a == b,
        }
    }

    fn fits_ref(&self, a: RefTy, b: RefTy) -> bool {
        (b.nullable || !a.nullable) && self.sub_heap(a.heap, b.heap)
    }

    fn fits(&self, a: Ty, b: Ty) -> bool {
        match (a, b) {
            (Ty::Ref(a), Ty::Ref(b)) => self.fits_ref(a, b),
            (a, b) => a == b,
        }
    }

    /// Whether array elements of `a` may be copied into one of `b`.
    fn storage_fits(&self, a: Storage, b: Storage) -> bool {
        match (a, b) {
            (Storage::Val(a), Storage::Val(b)) => self.fits(a, b),
            (a, b) => a == b,
        }
    }

    /// One of the types of `defs` that are subtypes of `heap`, if any.
    fn def_under(&mut self, defs: Vec<u32>, heap: Heap) -> Option<u32> {
        let under: Vec<u32> = defs
            .into_iter()
            .filter(|&t| self.sub_heap(Heap::Def(t), heap))
            .collect();
        (!under.is_empty()).then(|| self.rng.pick(&under))
    }

    fn structs(&self) -> Vec<u32> {
        (1..self.gc_end).filter(|&t| self.is_struct(t)).collect()
    }

    fn arrays(&self) -> Vec<u32> {
        (1..self.gc_end).filter(|&t| !self.is_struct(t)).collect()
    }

    fn fields(&self, t: u32) -> Vec<Field> {
        match &self.def(t).comp {
            Comp::Struct(fields) => fields.clone(),
            Comp::Array(f) => vec![*f],
            Comp::Func(..) => unreachable!("a struct or array type"),
        }
    }

    /// The mutable fields (type, field) of the struct and array types
    /// `keep` keeps.
    fn mutable_fields(&self, keep: impl Fn(&Self, u32) -> bool) -> Vec<(u32, usize)> {
        (1..self.gc_end)
            .filter(|&t| keep(self, t))
            .flat_map(|t| {
                self.fields(t)
                    .into_iter()
                    .enumerate()
                    .filter(|(_, f)| f.mutable)
                    .map(move |(i, _)| (t, i))
            })
            .collect()
    }

    fn defaultable(&self, t: u32) -> bool {
        self.fields(t)
            .iter()
            .all(|f| !matches!(f.storage, Storage::Val(Ty::Ref(r)) if !r.nullable))
    }

    // ---- Types ----

    /// A heap type of the `any` hierarchy, with struct and array types
    /// below `limit`.
    fn some_heap(&mut self, limit: u32) -> Heap {
        match self.rng.below(10) {
            0 => Heap::Any,
            1 => Heap::Eq,
            2 => Heap::I31,
            3 => Heap::Struct,
            4 => Heap::Array,
            5 if self.rng.chance(1, 4) => Heap::None,
            _ => Heap::Def(1 + self.rng.below(u64::from(limit) - 1) as u32),
        }
    }

    fn some_storage(&mut self, limit: u32) -> Storage {
        match self.rng.below(8) {
            0 => Storage::I8,
            1 => Storage::I16,
            2 | 3 => Storage::Val(Ty::I32),
            4 => Storage::Val(Ty::I64),
            _ => {
                let heap = self.some_heap(limit);
                Storage::Val(Ty::Ref(RefTy {
                    nullable: heap == Heap::None || !self.rng.chance(1, 8),
                    heap,
                }))
            }
        }
    }

    fn some_field(&mut self, limit: u32) -> Field {
        Field {
            storage: self.some_storage(limit),
            mutable: self.rng.chance(2, 3),
        }
    }

    fn gc_types(&mut self) {
        self.types.push(TypeDef {
            comp: Comp::Func(Vec::new(), None),
            is_final: true,
            sup: None,
            canon: 0,
        });
        let node = Storage::Val(NODE_REF);
        self.types.push(TypeDef {
            comp: Comp::Struct(vec![
                Field {
                    storage: Storage::Val(Ty::I32),
                    mutable: true,
                },
                Field {
                    storage: node,
                    mutable: true,
                },
                Field {
                    storage: Storage::Val(ANYREF),
                    mutable: true,
                },
            ]),
            is_final: false,
            sup: None,
            canon: 1,
        });
        let mut start = NODE;
        let mut end = NODE + 1 + self.rng.below(3) as u32;
        loop {
            for t in self.types.len() as u32..end {
                let def = self.new_def(t, end);
                self.types.push(def);
            }
            self.groups.push((start, end));
            if self.groups.len() >= 4 || self.rng.chance(1, 3) {
                break;
            }
            start = end;
            if self.rng.chance(1, 4) {
                self.duplicate_group();
                end = self.types.len() as u32;
            } else {
                end = start + 1 + self.rng.below(3) as u32;
            }
        }
        self.gc_end = self.types.len() as u32;
    }

    /// Type `t` of a group ending at `end`: a subtype of an earlier type
    /// that is not final (its fields and more), or a new struct or array.
    fn new_def(&mut self, t: u32, end: u32) -> TypeDef {
        let open: Vec<u32> = (1..t).filter(|&u| !self.def(u).is_final).collect();
        let canon = self.types.len();
        if !open.is_empty() && self.rng.chance(1, 2) {
            let sup = self.rng.pick(&open);
            let comp = match self.def(sup).comp.clone() {
                Comp::Struct(mut fields) => {
                    for _ in 0..self.rng.below(3) {
                        fields.push(self.some_field(end));
                    }
                    Comp::Struct(fields)
                }
                array => array,
            };
            return TypeDef {
                comp,
                is_final: self.rng.chance(1, 3),
                sup: Some(sup),
                canon,
            };
        }
        let comp = if self.rng.chance(3, 5) {
            Comp::Struct(
                (0..self.rng.below(5))
                    .map(|_| self.some_field(end))
                    .collect(),
            )
        } else {
            Comp::Array(self.some_field(end))
        };
        TypeDef {
            comp,
            is_final: self.rng.chance(1, 3),
            sup: None,
            canon,
        }
    }

    /// Declares an earlier group again: its types are the same types.
    fn duplicate_group(&mut self) {
        let (from, to) = self.groups[self.rng.index(self.groups.len())];
        let at = self.types.len() as u32;
        let shift = |t: u32| {
            if (from..to).contains(&t) {
                t - from + at
            } else {
                t
            }
        };
        let shift_storage = |s: Storage| match s {
            Storage::Val(Ty::Ref(RefTy {
                nullable,
                heap: Heap::Def(t),
            })) => Storage::Val(Ty::Ref(RefTy {
                nullable,
                heap: Heap::Def(shift(t)),
            })),
            s => s,
        };
        for t in from..to {
            let def = self.def(t).clone();
            let comp = match def.comp {
                Comp::Struct(fields) => Comp::Struct(
                    fields
                        .into_iter()
                        .map(|f| Field {
                            storage: shift_storage(f.storage),
                            ..f
                        })
                        .collect(),
                ),
                Comp::Array(f) => Comp::Array(Field {
                    storage: shift_storage(f.storage),
                    ..f
                }),
                func => func,
            };
            self.types.push(TypeDef {
                comp,
                sup: def.sup.map(shift),
                ..def
            });
        }
    }

    /// A value type for parameters, results, locals and globals.
    fn some_ty(&mut self) -> Ty {
        match self.rng.below(8) {
            0 | 1 => Ty::I32,
            2 => Ty::I64,
            3 if self.rng.chance(1, 4) => Ty::Ref(RefTy {
                nullable: true,
                heap: Heap::Extern,
            }),
            _ => Ty::Ref(RefTy {
                nullable: true,
                heap: self.some_heap(self.gc_end),
            }),
        }
    }

    fn func_types(&mut self, n: u64) {
        for _ in 0..n {
            let params = (0..self.rng.below(4)).map(|_| self.some_ty()).collect();
            let result = self.some_ty();
            let canon = self.types.len();
            self.types.push(TypeDef {
                comp: Comp::Func(params, Some(result)),
                is_final: true,
                sup: None,
                canon,
            });
            let t = self.types.len() as u32 - 1;
            self.funcs.push(t);
        }
    }

    fn signature(&self, f: u32) -> (Vec<Ty>, Ty) {
        match &self.def(self.funcs[f as usize]).comp {
            Comp::Func(params, Some(result)) => (params.clone(), *result),
            _ => unreachable!("functions but the refueling one have one result"),
        }
    }

    // ---- Constant expressions ----

    /// A constant expression of type `ty` (`depth` bounds nested
    /// allocations), or `None` if none is at hand.
    fn const_value(&mut self, ty: Ty, depth: u32, out: &mut Vec<I<'static>>) -> bool {
        match ty {
            Ty::I32 => out.push(I::I32Const(self.rng.edgy(EDGES_32) as i32)),
            Ty::I64 => out.push(I::I64Const(self.rng.edgy(EDGES_64) as i64)),
            Ty::Ref(r) => return self.const_ref(r, depth, out),
        }
        true
    }

    fn const_ref(&mut self, r: RefTy, depth: u32, out: &mut Vec<I<'static>>) -> bool {
        if r.nullable && (depth > 2 || self.rng.chance(1, 5)) {
            out.push(I::RefNull(r.heap.encode()));
            return true;
        }
        let globals: Vec<u32> = (1..self.globals.len() as u32)
            .filter(|&g| {
                let g = self.globals[g as usize];
                !g.mutable && self.fits(g.ty, Ty::Ref(r))
            })
            .collect();
        if !globals.is_empty() && self.rng.chance(1, 4) {
            out.push(I::GlobalGet(self.rng.pick(&globals)));
            return true;
        }
        if self.sub_heap(Heap::I31, r.heap) && self.rng.chance(1, 3) {
            out.push(I::I32Const(self.rng.edgy(EDGES_32) as i32));
            out.push(I::RefI31);
            return true;
        }
        if r.heap == Heap::Extern {
            let any = RefTy {
                nullable: r.nullable,
                heap: Heap::Any,
            };
            let made = self.const_ref(any, depth + 1, out);
            out.push(I::ExternConvertAny);
            return made;
        }
        let defs: Vec<u32> = (1..self.gc_end)
            .filter(|&t| self.sub_heap(Heap::Def(t), r.heap))
            .collect();
        if depth < 3 && !defs.is_empty() {
            let t = self.rng.pick(&defs);
            let fields = self.fields(t);
            if self.is_struct(t) {
                if self.defaultable(t) && self.rng.chance(1, 3) {
                    out.push(I::StructNewDefault(t));
                    return true;
                }
                for f in fields {
                    if !self.const_value(f.storage.unpacked(), depth + 1, out) {
                        return false;
                    }
                }
                out.push(I::StructNew(t));
                return true;
            }
            let len = self.rng.below(5) as u32;
            if self.defaultable(t) && self.rng.chance(1, 3) {
                out.push(I::I32Const(len as i32));
                out.push(I::ArrayNewDefault(t));
                return true;
            }
            for _ in 0..len {
                if !self.const_value(fields[0].storage.unpacked(), depth + 1, out) {
                    return false;
                }
            }
            out.push(I::ArrayNewFixed {
                array_type_index: t,
                array_size: len,
            });
            return true;
        }
        if r.nullable {
            out.push(I::RefNull(r.heap.encode()));
            return true;
        }
        false
    }

    /// A constant expression of `ty`, falling back to null (the type is
    /// then made nullable: gives the type the expression has).
    fn const_expr(&mut self, ty: Ty) -> (Ty, ConstExpr) {
        let mut out = Vec::new();
        if self.const_value(ty, 0, &mut out) {
            return (ty, ConstExpr::extended(out));
        }
        let Ty::Ref(r) = ty else {
            unreachable!("numbers are always constant")
        };
        (
            Ty::Ref(RefTy {
                nullable: true,
                ..r
            }),
            ConstExpr::ref_null(r.heap.encode()),
        )
    }

    // ---- Code ----

    /// One of the functions, mostly one after the current one (so that
    /// most call graphs are acyclic and end before the fuel does).
    fn callee(&mut self, funcs: &[u32]) -> u32 {
        program_builder::callee(self.rng, funcs, self.current)
    }

    fn body(&mut self, func: u32) -> Function {
        self.current = func;
        let (params, result) = self.signature(func);
        let mut b = Body::new(params, 10 + self.rng.below(80) as u32);
        b.f.extend(FUEL_CHECK);
        self.leaf(&mut b, result);
        b.f.extend(FUEL_TAKE);
        for _ in 0..self.rng.below(7) {
            self.stmt(&mut b, 0);
        }
        self.value(&mut b, result, 0);
        b.push(I::End);
        function(b.locals[b.params..].iter().map(|t| t.val()), &b.f)
    }

    fn value(&mut self, b: &mut Body, ty: Ty, depth: u32) {
        match ty {
            Ty::Ref(r) => self.ref_expr(b, r, depth),
            n => self.num_expr(b, n, depth),
        }
    }

    /// Locals and globals whose type fits `ty` (not the non-nullable
    /// locals: they are read only where they were set).
    fn vars(&self, b: &Body, ty: Ty) -> (Vec<u32>, Vec<u32>) {
        let locals = (0..b.locals.len() as u32)
            .filter(|&l| {
                let local = b.locals[l as usize];
                !matches!(local, Ty::Ref(r) if !r.nullable) && self.fits(local, ty)
            })
            .collect();
        let globals = (0..self.globals.len() as u32)
            .filter(|&g| self.fits(self.globals[g as usize].ty, ty))
            .collect();
        (locals, globals)
    }

    /// A value of `ty` without nesting: a constant, a local or a global,
    /// for references a null, an i31 or a default object (or, when none
    /// of them fits, a null made non-null: a trap).
    fn leaf(&mut self, b: &mut Body, ty: Ty) {
        let (locals, globals) = self.vars(b, ty);
        match self.rng.below(4) {
            0 if !locals.is_empty() => return b.push(I::LocalGet(self.rng.pick(&locals))),
            1 if !globals.is_empty() => return b.push(I::GlobalGet(self.rng.pick(&globals))),
            _ => {}
        }
        let r = match ty {
            Ty::I32 => return b.push(I::I32Const(self.rng.edgy(EDGES_32) as i32)),
            Ty::I64 => return b.push(I::I64Const(self.rng.edgy(EDGES_64) as i64)),
            Ty::Ref(r) => r,
        };
        if r.nullable && self.rng.chance(1, 3) {
            return b.push(I::RefNull(r.heap.encode()));
        }
        if self.sub_heap(Heap::I31, r.heap) && self.rng.chance(1, 2) {
            b.push(I::I32Const(self.rng.edgy(EDGES_32) as i32));
            return b.push(I::RefI31);
        }
        let defaults: Vec<u32> = (1..self.gc_end)
            .filter(|&t| self.sub_heap(Heap::Def(t), r.heap) && self.defaultable(t))
            .collect();
        if !defaults.is_empty() {
            let t = self.rng.pick(&defaults);
            if self.is_struct(t) {
                b.push(I::StructNewDefault(t));
            } else {
                b.push(I::I32Const(self.rng.below(6) as i32));
                b.push(I::ArrayNewDefault(t));
            }
            return;
        }
        if r.heap == Heap::Extern {
            self.leaf(
                b,
                Ty::Ref(RefTy {
                    nullable: r.nullable,
                    heap: Heap::Any,
                }),
            );
            return b.push(I::ExternConvertAny);
        }
        b.push(I::RefNull(r.heap.encode()));
        if !r.nullable {
            b.push(I::RefAsNonNull);
        }
    }

    /// Turns the value of `from` on the stack into an i32 or i64 `to`: a
    /// reference by whether it is null (an i31 by its value).
    fn convert(&mut self, b: &mut Body, from: Ty, to: Ty) {
        match (from, to) {
            (Ty::I32, Ty::I64) => b.push(I::I64ExtendI32U),
            (Ty::I64, Ty::I32) => b.push(I::I32WrapI64),
            (Ty::Ref(r), _) => {
                if r.heap == Heap::I31 && !r.nullable {
                    b.push(I::I31GetS);
                } else {
                    b.push(I::RefIsNull);
                }
                self.convert(b, Ty::I32, to);
            }
            _ => {}
        }
    }

    fn num_expr(&mut self, b: &mut Body, n: Ty, depth: u32) {
        if !b.spend(depth) {
            return self.leaf(b, n);
        }
        let d = depth + 1;
        match self.rng.below(20) {
            0 | 1 => self.leaf(b, n),
            2 => {
                self.num_expr(b, n, d);
                self.num_expr(b, n, d);
                b.push(program_builder::binary_op(self.rng, n != Ty::I32));
            }
            3 => {
                let all: Vec<u32> = (1..self.funcs.len() as u32).collect();
                let f = self.callee(&all);
                let (params, result) = self.signature(f);
                for p in params {
                    self.value(b, p, d);
                }
                b.push(I::Call(f));
                self.convert(b, result, n);
            }
            4 | 5 => {
                let structs: Vec<u32> = self
                    .structs()
                    .into_iter()
                    .filter(|&t| !self.fields(t).is_empty())
                    .collect();
                let t = self.rng.pick(&structs);
                let fields = self.fields(t);
                let i = self.rng.index(fields.len());
                self.object(b, t, d);
                b.push(get_field(
                    t,
                    i as u32,
                    fields[i].storage,
                    self.rng.chance(1, 2),
                ));
                self.convert(b, fields[i].storage.unpacked(), n);
            }
            6 | 7 => {
                let arrays = self.arrays();
                if arrays.is_empty() {
                    return self.leaf(b, n);
                }
                let t = self.rng.pick(&arrays);
                let elem = self.fields(t)[0].storage;
                self.object(b, t, d);
                self.index(b, d);
                b.push(match elem {
                    Storage::Val(_) => I::ArrayGet(t),
                    _ if self.rng.chance(1, 2) => I::ArrayGetS(t),
                    _ => I::ArrayGetU(t),
                });
                self.convert(b, elem.unpacked(), n);
            }
            8 => {
                let heap = if self.rng.chance(1, 2) {
                    Heap::Array
                } else {
                    self.array_heap()
                };
                let nullable = self.rng.chance(1, 6);
                self.ref_expr(b, RefTy { nullable, heap }, d);
                b.push(I::ArrayLen);
                self.convert(b, Ty::I32, n);
            }
            9 => {
                let nullable = self.rng.chance(1, 6);
                self.ref_expr(
                    b,
                    RefTy {
                        nullable,
                        heap: Heap::I31,
                    },
                    d,
                );
                b.push(if self.rng.chance(1, 2) {
                    I::I31GetS
                } else {
                    I::I31GetU
                });
                self.convert(b, Ty::I32, n);
            }
            10 | 11 => {
                self.any_value(b, d);
                let target = self.some_heap(self.gc_end);
                b.push(if self.rng.chance(1, 2) {
                    I::RefTestNullable(target.encode())
                } else {
                    I::RefTestNonNull(target.encode())
                });
                self.convert(b, Ty::I32, n);
            }
            12 => {
                for _ in 0..2 {
                    self.eq_value(b, d);
                }
                b.push(I::RefEq);
                self.convert(b, Ty::I32, n);
            }
            13 | 14 => self.br_on_cast(b, n, d),
            15 => self.list_sum(b, n, d),
            16 => {
                let t = self.rng.index(self.tables.len()) as u32;
                b.push(I::TableSize(t));
                self.convert(b, Ty::I32, n);
            }
            17 => {
                let ty = self.some_ty();
                self.value(b, ty, d);
                self.convert(b, ty, n);
            }
            _ => {
                // A reference through extern and back, then tested.
                self.any_value(b, d);
                b.push(I::ExternConvertAny);
                b.push(I::AnyConvertExtern);
                let target = self.some_heap(self.gc_end);
                b.push(I::RefTestNullable(target.encode()));
                self.convert(b, Ty::I32, n);
            }
        }
    }

    /// An array type, as a heap type.
    fn array_heap(&mut self) -> Heap {
        let arrays = self.arrays();
        if arrays.is_empty() {
            Heap::Array
        } else {
            Heap::Def(self.rng.pick(&arrays))
        }
    }

    /// A reference to an object of type `t`, mostly not null.
    fn object(&mut self, b: &mut Body, t: u32, depth: u32) {
        let nullable = self.rng.chance(1, 8);
        self.ref_expr(
            b,
            RefTy {
                nullable,
                heap: Heap::Def(t),
            },
            depth,
        );
    }

    /// An array index: mostly small, sometimes any number.
    fn index(&mut self, b: &mut Body, depth: u32) {
        if self.rng.chance(1, 8) {
            self.num_expr(b, Ty::I32, depth);
        } else {
            b.push(I::I32Const(self.rng.below(5) as i32));
        }
    }

    /// A value of some type of the `any` hierarchy; gives that type.
    fn any_value(&mut self, b: &mut Body, depth: u32) -> RefTy {
        let r = RefTy {
            nullable: self.rng.chance(1, 2),
            heap: self.some_heap(self.gc_end),
        };
        let r = if r.heap == Heap::None {
            RefTy {
                nullable: true,
                ..r
            }
        } else {
            r
        };
        self.ref_expr(b, r, depth);
        r
    }

    fn eq_value(&mut self, b: &mut Body, depth: u32) {
        let heap = match self.some_heap(self.gc_end) {
            Heap::Any => Heap::Eq,
            h => h,
        };
        self.ref_expr(
            b,
            RefTy {
                nullable: true,
                heap,
            },
            depth,
        );
    }

    /// `br_on_cast` or `br_on_cast_fail` of a value to a type, giving a
    /// number from the branch taken.
    fn br_on_cast(&mut self, b: &mut Body, n: Ty, d: u32) {
        let src = self.any_value(b, d);
        let local = b.local(Ty::Ref(src));
        b.push(I::LocalSet(local));
        let mut target = RefTy {
            nullable: src.nullable && self.rng.chance(1, 2),
            heap: self.some_heap(self.gc_end),
        };
        // The cast's source type: the value's, if the target is below it.
        let from = if self.sub_heap(target.heap, src.heap) {
            src
        } else {
            RefTy {
                nullable: src.nullable,
                heap: Heap::Any,
            }
        };
        if target.heap == Heap::None {
            target.nullable = from.nullable;
        }
        let fail = self.rng.chance(1, 2);
        let outer = BlockType::Result(n.val());
        b.push(I::Block(outer));
        let label = if fail { from } else { target };
        b.push(I::Block(BlockType::Result(Ty::Ref(label).val())));
        b.push(I::LocalGet(local));
        let (from_ref_type, to_ref_type) = (from.encode(), target.encode());
        if fail {
            b.push(I::BrOnCastFail {
                relative_depth: 0,
                from_ref_type,
                to_ref_type,
            });
            // Cast: the target type.
            self.observe(b, target, n);
            b.push(I::Br(1));
            b.push(I::End);
            self.observe(b, from, n);
        } else {
            b.push(I::BrOnCast {
                relative_depth: 0,
                from_ref_type,
                to_ref_type,
            });
            b.push(I::Drop);
            self.num_expr(b, n, d);
            b.push(I::Br(1));
            b.push(I::End);
            self.observe(b, target, n);
        }
        b.push(I::End);
    }

    /// Turns a reference of `r` on the stack into a number `n`: a field
    /// of a struct, the length of an array, the value of an i31, or
    /// whether it is null.
    fn observe(&mut self, b: &mut Body, r: RefTy, n: Ty) {
        match r.heap {
            Heap::Def(t) if self.is_struct(t) && !self.fields(t).is_empty() => {
                let fields = self.fields(t);
                let i = self.rng.index(fields.len());
                b.push(get_field(t, i as u32, fields[i].storage, true));
                self.convert(b, fields[i].storage.unpacked(), n);
            }
            Heap::Def(t) if !self.is_struct(t) && self.rng.chance(3, 4) => {
                b.push(I::ArrayLen);
                self.convert(b, Ty::I32, n);
            }
            Heap::Array if self.rng.chance(3, 4) => {
                b.push(I::ArrayLen);
                self.convert(b, Ty::I32, n);
            }
            Heap::I31 => {
                b.push(I::I31GetU);
                self.convert(b, Ty::I32, n);
            }
            _ => self.convert(b, Ty::Ref(r), n),
        }
    }

    /// The sum of the first field of a list's nodes, following `next`
    /// for at most [`LOOP_LIMIT`] nodes (lists may be cyclic).
    fn list_sum(&mut self, b: &mut Body, n: Ty, d: u32) {
        let node = NODE_REF;
        let cursor = b.local(node);
        let steps = b.local(Ty::I32);
        let acc = b.local(Ty::I32);
        self.value(b, node, d);
        b.push(I::LocalSet(cursor));
        b.push(I::I32Const(0));
        b.push(I::LocalSet(acc));
        b.counted_loop(steps, LOOP_LIMIT);
        b.push(I::LocalGet(cursor));
        b.push(I::BrOnNull(1));
        // The node: its value into the sum, its next as the cursor.
        b.push(I::LocalTee(cursor));
        b.push(get_field(NODE, 0, Storage::Val(Ty::I32), false));
        b.push(I::LocalGet(acc));
        b.push(I::I32Add);
        b.push(I::I32Const(31));
        b.push(I::I32Rotl);
        b.push(I::LocalSet(acc));
        b.push(I::LocalGet(cursor));
        b.push(get_field(NODE, 1, Storage::Val(node), false));
        b.push(I::LocalSet(cursor));
        b.end_loop();
        b.push(I::LocalGet(acc));
        self.convert(b, Ty::I32, n);
    }

    /// A value of `r` (or of a subtype).
    fn ref_expr(&mut self, b: &mut Body, r: RefTy, depth: u32) {
        if !b.spend(depth) {
            return self.leaf(b, Ty::Ref(r));
        }
        let d = depth + 1;
        let ty = Ty::Ref(r);
        if r.heap == Heap::Extern {
            // extern.convert_any keeps nullability.
            self.ref_expr(
                b,
                RefTy {
                    nullable: r.nullable,
                    heap: Heap::Any,
                },
                d,
            );
            return b.push(I::ExternConvertAny);
        }
        match self.rng.below(16) {
            0 | 1 => self.leaf(b, ty),
            2..=4 => {
                let Some(t) = self.def_under(self.structs(), r.heap) else {
                    return self.leaf(b, ty);
                };
                if self.defaultable(t) && self.rng.chance(1, 4) {
                    return b.push(I::StructNewDefault(t));
                }
                for f in self.fields(t) {
                    self.value(b, f.storage.unpacked(), d);
                }
                b.push(I::StructNew(t));
            }
            5 | 6 => {
                let Some(t) = self.def_under(self.arrays(), r.heap) else {
                    return self.leaf(b, ty);
                };
                self.new_array(b, t, d);
            }
            7 => {
                // Any value cast to the type: may fail.
                self.any_value(b, d);
                b.push(if r.nullable {
                    I::RefCastNullable(r.heap.encode())
                } else {
                    I::RefCastNonNull(r.heap.encode())
                });
            }
            8 | 9 => {
                // A field or element of a fitting type.
                let sources: Vec<(u32, usize)> = (1..self.gc_end)
                    .flat_map(|t| self.fields(t).into_iter().enumerate().map(move |f| (t, f)))
                    .filter(|&(_, (_, f))| self.fits(f.storage.unpacked(), ty))
                    .map(|(t, (i, _))| (t, i))
                    .collect();
                if sources.is_empty() {
                    return self.leaf(b, ty);
                }
                let (t, i) = self.rng.pick(&sources);
                let storage = self.fields(t)[i].storage;
                self.object(b, t, d);
                if self.is_struct(t) {
                    b.push(get_field(t, i as u32, storage, true));
                } else {
                    self.index(b, d);
                    b.push(I::ArrayGet(t));
                }
            }
            10 => {
                let fitting: Vec<u32> = (1..self.funcs.len() as u32)
                    .filter(|&f| self.fits(self.signature(f).1, ty))
                    .collect();
                if fitting.is_empty() {
                    return self.leaf(b, ty);
                }
                let f = self.callee(&fitting);
                for p in self.signature(f).0 {
                    self.value(b, p, d);
                }
                b.push(I::Call(f));
            }
            11 if self.sub_heap(Heap::I31, r.heap) => {
                self.num_expr(b, Ty::I32, d);
                b.push(I::RefI31);
            }
            12 if r.heap == Heap::Any => {
                // A value through extern and back.
                self.ref_expr(
                    b,
                    RefTy {
                        nullable: r.nullable,
                        heap: Heap::Extern,
                    },
                    d,
                );
                b.push(I::AnyConvertExtern);
            }
            13 => {
                self.value(b, ty, d);
                self.value(b, ty, d);
                self.num_expr(b, Ty::I32, d);
                b.push(I::TypedSelect(ty.val()));
            }
            14 => {
                let tables: Vec<u32> = (0..self.tables.len() as u32)
                    .filter(|&t| self.fits(Ty::Ref(self.tables[t as usize].0), ty))
                    .collect();
                if tables.is_empty() {
                    return self.leaf(b, ty);
                }
                let t = self.rng.pick(&tables);
                self.table_index(b, t, d);
                b.push(I::TableGet(t));
            }
            _ => self.leaf(b, ty),
        }
    }

    fn table_index(&mut self, b: &mut Body, t: u32, d: u32) {
        let size = self.tables[t as usize].1;
        if self.rng.chance(1, 10) {
            self.num_expr(b, Ty::I32, d);
        } else {
            b.push(I::I32Const(self.rng.below(u64::from(size)) as i32));
        }
    }

    /// A length for a new array: mostly small, sometimes large (so that
    /// allocation takes the slow path), one time in 400 too large.
    fn length(&mut self, b: &mut Body, d: u32) {
        match self.rng.below(400) {
            0 => b.push(I::I32Const(
                self.rng.edgy(&[0x7fff_ffff, 0xffff_ffff, 1 << 28]) as i32,
            )),
            1..=20 => b.push(I::I32Const(self.rng.below(2000) as i32)),
            21..=40 => {
                self.num_expr(b, Ty::I32, d);
                b.push(I::I32Const(15));
                b.push(I::I32And);
            }
            _ => b.push(I::I32Const(self.rng.below(8) as i32)),
        }
    }

    fn new_array(&mut self, b: &mut Body, t: u32, d: u32) {
        let elem = self.fields(t)[0].storage;
        let segments: Vec<u32> = match elem {
            Storage::Val(Ty::Ref(r)) => (0..self.elems.len() as u32)
                .filter(|&s| self.fits_ref(self.elems[s as usize].elem, r))
                .collect(),
            _ => (0..self.datas.len() as u32).collect(),
        };
        match self.rng.below(6) {
            0 if self.defaultable(t) => {
                self.length(b, d);
                b.push(I::ArrayNewDefault(t));
            }
            1 | 2 => {
                let n = self.rng.below(5) as u32;
                for _ in 0..n {
                    self.value(b, elem.unpacked(), d);
                }
                b.push(I::ArrayNewFixed {
                    array_type_index: t,
                    array_size: n,
                });
            }
            3 if !segments.is_empty() => {
                let s = self.rng.pick(&segments);
                b.push(I::I32Const(self.rng.below(4) as i32));
                b.push(I::I32Const(self.rng.below(4) as i32));
                b.push(match elem {
                    Storage::Val(Ty::Ref(_)) => I::ArrayNewElem {
                        array_type_index: t,
                        array_elem_index: s,
                    },
                    _ => I::ArrayNewData {
                        array_type_index: t,
                        array_data_index: s,
                    },
                });
            }
            _ => {
                self.value(b, elem.unpacked(), d);
                self.length(b, d);
                b.push(I::ArrayNew(t));
            }
        }
    }

    fn stmt(&mut self, b: &mut Body, depth: u32) {
        let d = depth + 1;
        match self.rng.below(16) {
            0 | 1 => {
                let ty = self.some_ty();
                let l = if self.rng.chance(1, 2) {
                    b.local(ty)
                } else {
                    self.rng.index(b.locals.len().max(1)) as u32
                };
                let Some(&ty) = b.locals.get(l as usize) else {
                    return;
                };
                self.value(b, ty, d);
                b.push(I::LocalSet(l));
            }
            2 => {
                let mutable: Vec<u32> = (1..self.globals.len() as u32)
                    .filter(|&g| self.globals[g as usize].mutable)
                    .collect();
                if mutable.is_empty() {
                    return;
                }
                let g = self.rng.pick(&mutable);
                self.value(b, self.globals[g as usize].ty, d);
                b.push(I::GlobalSet(g));
            }
            3 | 4 => {
                // struct.set or array.set (half the time if there is a
                // mutable array) of a mutable field.
                let arrays = self.rng.chance(1, 2);
                let mut targets = self.mutable_fields(|m, t| m.is_struct(t) != arrays);
                if targets.is_empty() {
                    targets = self.mutable_fields(|_, _| true);
                }
                if targets.is_empty() {
                    return;
                }
                let (t, i) = self.rng.pick(&targets);
                let storage = self.fields(t)[i].storage;
                self.object(b, t, d);
                if self.is_struct(t) {
                    self.value(b, storage.unpacked(), d);
                    b.push(I::StructSet {
                        struct_type_index: t,
                        field_index: i as u32,
                    });
                } else {
                    self.index(b, d);
                    self.value(b, storage.unpacked(), d);
                    b.push(I::ArraySet(t));
                }
            }
            5 => self.bulk_array(b, d),
            6 => {
                let t = self.rng.index(self.tables.len()) as u32;
                self.table_index(b, t, d);
                self.ref_expr(b, self.tables[t as usize].0, d);
                b.push(I::TableSet(t));
            }
            7 if depth < 2 => {
                self.num_expr(b, Ty::I32, d);
                b.push(I::If(BlockType::Empty));
                self.stmt(b, d);
                b.push(I::Else);
                self.stmt(b, d);
                b.push(I::End);
            }
            8 | 9 if depth == 0 => self.churn(b, d),
            11 => {
                let ty = self.some_ty();
                self.value(b, ty, d);
                b.push(I::Drop);
            }
            _ => {
                let all: Vec<u32> = (1..self.funcs.len() as u32).collect();
                let f = self.callee(&all);
                for p in self.signature(f).0 {
                    self.value(b, p, d);
                }
                b.push(I::Call(f));
                b.push(I::Drop);
            }
        }
    }

    /// `array.fill`, `array.copy`, `array.init_data` or `array.init_elem`
    /// with small offsets and lengths (sometimes out of bounds).
    fn bulk_array(&mut self, b: &mut Body, d: u32) {
        let mutable: Vec<u32> = self
            .arrays()
            .into_iter()
            .filter(|&t| self.fields(t)[0].mutable)
            .collect();
        if mutable.is_empty() {
            return;
        }
        let t = self.rng.pick(&mutable);
        let elem = self.fields(t)[0].storage;
        let small = |m: &mut Self, b: &mut Body| {
            b.push(I::I32Const(m.rng.edgy(&[0, 1, 2, 3, 4, 0xffff_ffff]) as i32));
        };
        self.object(b, t, d);
        small(self, b);
        match self.rng.below(4) {
            0 => {
                self.value(b, elem.unpacked(), d);
                small(self, b);
                b.push(I::ArrayFill(t));
            }
            1 => {
                let sources: Vec<u32> = self
                    .arrays()
                    .into_iter()
                    .filter(|&s| self.storage_fits(self.fields(s)[0].storage, elem))
                    .collect();
                let s = self.rng.pick(&sources);
                self.object(b, s, d);
                small(self, b);
                small(self, b);
                b.push(I::ArrayCopy {
                    array_type_index_dst: t,
                    array_type_index_src: s,
                });
            }
            _ => {
                let segments: Vec<u32> = match elem {
                    Storage::Val(Ty::Ref(r)) => (0..self.elems.len() as u32)
                        .filter(|&s| self.fits_ref(self.elems[s as usize].elem, r))
                        .collect(),
                    _ => (0..self.datas.len() as u32).collect(),
                };
                if segments.is_empty() {
                    self.value(b, elem.unpacked(), d);
                    small(self, b);
                    return b.push(I::ArrayFill(t));
                }
                let s = self.rng.pick(&segments);
                small(self, b);
                small(self, b);
                b.push(match elem {
                    Storage::Val(Ty::Ref(_)) => I::ArrayInitElem {
                        array_type_index: t,
                        array_elem_index: s,
                    },
                    _ => I::ArrayInitData {
                        array_type_index: t,
                        array_data_index: s,
                    },
                });
            }
        }
    }

    /// An allocation loop: up to [`CHURN_LIMIT`] list nodes, each with a
    /// payload (an i31, a new object or another value) and garbage beside
    /// it; the list ends up in a local, a global or a table, sometimes
    /// made cyclic.
    fn churn(&mut self, b: &mut Body, d: u32) {
        let node = NODE_REF;
        let head = b.local(node);
        let first = b.local(node);
        let i = b.local(Ty::I32);
        let n = 1 + self.rng.below(CHURN_LIMIT) as i32;
        // Mostly a new list; sometimes one from elsewhere, made longer
        // (lists kept in globals grow with every call).
        if self.rng.chance(1, 4) {
            self.value(b, node, d);
            b.push(I::LocalSet(head));
        }
        b.counted_loop(i, n);
        // A new node: (i, head, payload).
        b.push(I::LocalGet(i));
        b.push(I::LocalGet(head));
        match self.rng.below(3) {
            0 => {
                b.push(I::LocalGet(i));
                b.push(I::RefI31);
            }
            1 => self.ref_expr(
                b,
                RefTy {
                    nullable: true,
                    heap: Heap::Any,
                },
                MAX_DEPTH - 1,
            ),
            _ => {
                let arrays = self.arrays();
                if arrays.is_empty() || !self.defaultable(arrays[0]) {
                    b.push(I::RefNull(Heap::Any.encode()));
                } else {
                    b.push(I::I32Const(self.rng.below(16) as i32));
                    b.push(I::ArrayNewDefault(arrays[0]));
                }
            }
        }
        let subs: Vec<u32> = (NODE..self.gc_end)
            .filter(|&t| self.sub_def(t, NODE) && self.defaultable(t))
            .collect();
        let t = self.rng.pick(&subs);
        if t == NODE {
            b.push(I::StructNew(NODE));
        } else {
            // A subtype of the node: its first fields from the values
            // pushed, the others default.
            let tmp: Vec<u32> = [Ty::I32, node, ANYREF]
                .iter()
                .map(|&ty| b.local(ty))
                .collect();
            for &l in tmp.iter().rev() {
                b.push(I::LocalSet(l));
            }
            b.push(I::StructNewDefault(t));
            let obj = b.local(Ty::Ref(RefTy {
                nullable: false,
                heap: Heap::Def(t),
            }));
            b.push(I::LocalSet(obj));
            for (k, &l) in tmp.iter().enumerate() {
                b.push(I::LocalGet(obj));
                b.push(I::LocalGet(l));
                b.push(I::StructSet {
                    struct_type_index: t,
                    field_index: k as u32,
                });
            }
            b.push(I::LocalGet(obj));
        }
        b.push(I::LocalTee(head));
        // The first node made, kept to close the cycle.
        b.push(I::LocalGet(first));
        b.push(I::RefIsNull);
        b.push(I::If(BlockType::Empty));
        b.push(I::LocalGet(head));
        b.push(I::LocalSet(first));
        b.push(I::End);
        b.push(I::Drop);
        // Garbage.
        let arrays = self.arrays();
        if !arrays.is_empty() && self.rng.chance(2, 3) {
            let a = self.rng.pick(&arrays);
            if self.defaultable(a) {
                b.push(I::I32Const(self.rng.below(256) as i32));
                b.push(I::ArrayNewDefault(a));
                b.push(I::Drop);
            }
        }
        b.end_loop();
        if self.rng.chance(1, 3) {
            // A cycle: the first node's next is the last.
            b.push(I::Block(BlockType::Empty));
            b.push(I::LocalGet(first));
            b.push(I::BrOnNull(0));
            b.push(I::LocalGet(head));
            b.push(I::StructSet {
                struct_type_index: NODE,
                field_index: 1,
            });
            b.push(I::End);
        }
        let node_globals: Vec<u32> = (1..self.globals.len() as u32)
            .filter(|&g| {
                self.globals[g as usize].mutable && self.fits(node, self.globals[g as usize].ty)
            })
            .collect();
        let node_tables: Vec<u32> = (0..self.tables.len() as u32)
            .filter(|&t| self.fits(node, Ty::Ref(self.tables[t as usize].0)))
            .collect();
        match self.rng.below(3) {
            0 if !node_globals.is_empty() => {
                b.push(I::LocalGet(head));
                b.push(I::GlobalSet(self.rng.pick(&node_globals)));
            }
            1 if !node_tables.is_empty() => {
                let t = self.rng.pick(&node_tables);
                b.push(I::I32Const(
                    self.rng.below(u64::from(self.tables[t as usize].1)) as i32,
                ));
                b.push(I::LocalGet(head));
                b.push(I::TableSet(t));
            }
            _ => {}
        }
    }

    fn tables_globals_segments(&mut self) {
        self.globals.push(Global {
            ty: Ty::I32,
            mutable: true,
        });
        let node = NODE_REF;
        self.globals.push(Global {
            ty: node,
            mutable: true,
        });
        for _ in 0..self.rng.below(6) {
            let ty = self.some_ty();
            self.globals.push(Global {
                ty,
                mutable: self.rng.chance(2, 3),
            });
        }
        for _ in 0..1 + self.rng.below(2) {
            let elem = match self.some_ty() {
                Ty::Ref(r) if r.heap != Heap::Extern => r,
                _ => RefTy {
                    nullable: true,
                    heap: Heap::Any,
                },
            };
            self.tables.push((elem, 1 + self.rng.below(8) as u32));
        }
        for _ in 0..self.rng.below(3) {
            self.datas.push(self.rng.below(24) as u32);
        }
        // Mostly of the element type of an array of references (for
        // `array.new_elem` and `array.init_elem`).
        let ref_elems: Vec<RefTy> = self
            .arrays()
            .into_iter()
            .filter_map(|t| match self.fields(t)[0].storage {
                Storage::Val(Ty::Ref(r)) => Some(r),
                _ => None,
            })
            .collect();
        for _ in 0..self.rng.below(4) {
            let elem = match self.rng.below(3) {
                0 | 1 if !ref_elems.is_empty() => RefTy {
                    nullable: true,
                    ..self.rng.pick(&ref_elems)
                },
                _ => RefTy {
                    nullable: true,
                    heap: self.some_heap(self.gc_end),
                },
            };
            self.elems.push(Segment {
                elem,
                len: self.rng.below(6) as u32,
            });
        }
    }

    fn encode(&mut self) -> Vec<u8> {
        let mut types = TypeSection::new();
        let encode_def = |t: &TypeDef| SubType {
            is_final: t.is_final,
            supertype_idxs: t.sup.into_iter().collect(),
            composite_type: CompositeType {
                inner: match &t.comp {
                    Comp::Struct(fields) => CompositeInnerType::Struct(StructType {
                        fields: fields.iter().map(|f| f.encode()).collect(),
                    }),
                    Comp::Array(f) => CompositeInnerType::Array(ArrayType(f.encode())),
                    Comp::Func(params, result) => CompositeInnerType::Func(FuncType::new(
                        params.iter().map(|p| p.val()),
                        result.iter().map(|r| r.val()),
                    )),
                },
                shared: false,
                descriptor: None,
                describes: None,
            },
        };
        types.ty().subtype(&encode_def(&self.types[0]));
        for &(start, end) in &self.groups {
            let group: Vec<SubType> = (start..end)
                .map(|t| encode_def(&self.types[t as usize]))
                .collect();
            if group.len() == 1 && self.rng.chance(1, 2) {
                types.ty().subtype(&group[0]);
            } else {
                types.ty().rec(group);
            }
        }
        for t in &self.types[self.gc_end as usize..] {
            types.ty().subtype(&encode_def(t));
        }
        let mut funcs = FunctionSection::new();
        for &ty in &self.funcs {
            funcs.function(ty);
        }
        let mut globals = GlobalSection::new();
        for g in 0..self.globals.len() {
            let ty = self.globals[g].ty;
            let (ty, init) = if g == 0 {
                (ty, ConstExpr::i32_const(FUEL))
            } else {
                // Only earlier immutable globals may be read: those below.
                let later = self.globals.split_off(g);
                let made = self.const_expr(ty);
                self.globals.extend(later);
                made
            };
            self.globals[g].ty = ty;
            globals.global(
                GlobalType {
                    val_type: ty.val(),
                    mutable: self.globals[g].mutable,
                    shared: false,
                },
                &init,
            );
        }
        // Tables and segments read no global (only globals may).
        let globals_kept = std::mem::take(&mut self.globals);
        let mut elems = ElementSection::new();
        // Passive segments first: their indexes are those of `elems`.
        for s in self.elems.clone() {
            let exprs: Vec<ConstExpr> = (0..s.len)
                .map(|_| self.const_expr(Ty::Ref(s.elem)).1)
                .collect();
            elems.passive(Elements::Expressions(s.elem.encode(), exprs.into()));
        }
        let mut tables = TableSection::new();
        for (i, (elem, size)) in self.tables.clone().into_iter().enumerate() {
            let ty = TableType {
                element_type: elem.encode(),
                table64: false,
                minimum: u64::from(size),
                maximum: Some(u64::from(size) + self.rng.below(4)),
                shared: false,
            };
            let (_, init) = self.const_expr(Ty::Ref(elem));
            tables.table_with_init(ty, &init);
            if self.rng.chance(1, 2) {
                let len = self.rng.below(u64::from(size) + 1);
                let offset = self.rng.below(u64::from(size) - len + 1) as i32;
                let exprs: Vec<ConstExpr> = (0..len)
                    .map(|_| {
                        let nullable = RefTy {
                            nullable: true,
                            ..elem
                        };
                        self.const_expr(Ty::Ref(nullable)).1
                    })
                    .collect();
                elems.active(
                    Some(i as u32),
                    &ConstExpr::i32_const(offset),
                    Elements::Expressions(
                        RefTy {
                            nullable: true,
                            ..elem
                        }
                        .encode(),
                        exprs.into(),
                    ),
                );
            }
        }
        self.globals = globals_kept;
        let mut datas = DataSection::new();
        for &len in &self.datas {
            datas.passive(self.rng.bytes(len as usize));
        }
        let sections = Sections {
            types,
            funcs,
            tables,
            globals,
            elems,
            datas: Some((datas, self.datas.len() as u32)),
        };
        module(
            &sections,
            self.funcs.len() as u32,
            self.tables.len() as u32,
            self.globals.len() as u32,
            |f| self.body(f),
        )
    }
}

fn get_field(t: u32, i: u32, storage: Storage, signed: bool) -> I<'static> {
    let (struct_type_index, field_index) = (t, i);
    match storage {
        Storage::Val(_) => I::StructGet {
            struct_type_index,
            field_index,
        },
        _ if signed => I::StructGetS {
            struct_type_index,
            field_index,
        },
        _ => I::StructGetU {
            struct_type_index,
            field_index,
        },
    }
}

const EDGES_32: &[u64] = &[
    0,
    1,
    2,
    3,
    7,
    0x3fff_ffff,
    0x4000_0000,
    0x7fff_ffff,
    0x8000_0000,
    0xffff_ffff,
];
const EDGES_64: &[u64] = &[0, 1, 5, 0x7fff_ffff, u64::MAX, 1 << 63];

/// The GC program of `seed` (valid with [`crate::gc::features`]).
pub fn module_for_seed(seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed ^ 0x6763_6765_6e65_7261);
    let mut m = Module {
        rng: &mut rng,
        types: Vec::new(),
        gc_end: 0,
        groups: Vec::new(),
        funcs: vec![0],
        tables: Vec::new(),
        globals: Vec::new(),
        datas: Vec::new(),
        elems: Vec::new(),
        current: 0,
    };
    m.gc_types();
    let n = 2 + m.rng.below(6);
    m.func_types(n);
    m.tables_globals_segments();
    m.encode()
}
