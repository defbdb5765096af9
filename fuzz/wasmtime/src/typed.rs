//! A generator of typed function reference programs without GC: function
//! types (final or not, with `sub` declarations and duplicates that are
//! the same type), typed tables with initializer expressions, typed
//! globals, non-nullable locals, `call_ref`, `return_call_ref`,
//! `ref.as_non_null`, `br_on_null` and `br_on_non_null` (also in loops
//! over typed tables), `call_indirect` through supertypes (and through
//! types that do not match), and tail calls. Valid by construction; the
//! caller validates anyway.
//!
//! Every function type has one result (i32, i64 or a reference; a
//! subtype may narrow its result and widen its parameters). Every
//! function starts by taking one unit of fuel from global 0 (when none is
//! left, it returns 0, null or a function at once, so that runs out of
//! fuel still end with results to compare); loops run at most [`LOOP_LIMIT`] times. Function 0 refuels
//! and is exported before every other function, so each export call
//! starts with [`FUEL`] units.

use crate::Rng;
use brisk_fuzz::program_builder::{
    self, FUEL_CHECK, FUEL_TAKE, Sections, count_up, function, module,
};
use std::ops::{Deref, DerefMut};
use wasm_encoder::{
    BlockType, CompositeInnerType, CompositeType, ConstExpr, ElementSection, Elements, FuncType,
    Function, FunctionSection, GlobalSection, GlobalType, HeapType, Instruction as I, RefType,
    SubType, TableSection, TableType, TypeSection, ValType,
};

pub use brisk_fuzz::program_builder::FUEL;

/// Iterations of a generated loop.
const LOOP_LIMIT: i32 = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Num {
    I32,
    I64,
}

impl Num {
    fn val(self) -> ValType {
        match self {
            Num::I32 => ValType::I32,
            Num::I64 => ValType::I64,
        }
    }
}

/// A value type: a number or a reference to a function type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ty {
    Num(Num),
    Ref { nullable: bool, ty: u32 },
}

impl Ty {
    fn val(self) -> ValType {
        match self {
            Ty::Num(n) => n.val(),
            Ty::Ref { nullable, ty } => ValType::Ref(ref_type(nullable, ty)),
        }
    }
}

fn ref_type(nullable: bool, ty: u32) -> RefType {
    RefType {
        nullable,
        heap_type: HeapType::Concrete(ty),
    }
}

/// A function type. `canon` numbers the type up to equivalence: types
/// declared alike (each in a recursion group of its own) are one type.
#[derive(Debug, Clone, PartialEq)]
struct FuncTy {
    params: Vec<Ty>,
    result: Ty,
    is_final: bool,
    sup: Option<u32>,
    canon: usize,
}

/// A table: its element type (`None`: funcref) and initial size.
#[derive(Debug, Clone, Copy)]
struct Table {
    elem: Option<(bool, u32)>,
    size: u32,
}

#[derive(Debug, Clone, Copy)]
struct Global {
    ty: Ty,
    mutable: bool,
}

struct Module<'r> {
    rng: &'r mut Rng,
    /// Type 0 is the refuel function's `(func)`.
    types: Vec<FuncTy>,
    /// The type of each function; function 0 refuels.
    funcs: Vec<u32>,
    tables: Vec<Table>,
    /// Global 0 is the fuel.
    globals: Vec<Global>,
    /// The function whose body is being generated.
    current: u32,
}

/// One function body being generated.
struct Body {
    code: program_builder::Body<Ty>,
    /// Reference locals set so far in the open blocks.
    inited: Vec<u32>,
}

impl Deref for Body {
    type Target = program_builder::Body<Ty>;

    fn deref(&self) -> &Self::Target {
        &self.code
    }
}

impl DerefMut for Body {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.code
    }
}

impl Body {
    /// Opens a block of type `ty`: gives what [`Body::close`] restores.
    fn open(&mut self, i: I<'static>) -> usize {
        self.push(i);
        self.inited.len()
    }

    fn close(&mut self, mark: usize) {
        self.push(I::End);
        self.inited.truncate(mark);
    }

    /// Whether `local` holds a value set by the caller or the code: a
    /// non-nullable local must (to be valid), a nullable one is read only
    /// then (otherwise it is null).
    fn readable(&self, local: u32) -> bool {
        match self.locals[local as usize] {
            Ty::Ref { .. } => local < self.params as u32 || self.inited.contains(&local),
            Ty::Num(_) => true,
        }
    }
}

impl Module<'_> {
    /// Whether type `a` is a subtype of (or the same as) type `b`.
    fn sub(&self, a: u32, b: u32) -> bool {
        let target = self.types[b as usize].canon;
        let mut t = Some(a);
        while let Some(x) = t {
            if self.types[x as usize].canon == target {
                return true;
            }
            t = self.types[x as usize].sup;
        }
        false
    }

    /// Whether a value of type `a` may stand where `b` is expected.
    fn fits(&self, a: Ty, b: Ty) -> bool {
        match (a, b) {
            (Ty::Num(x), Ty::Num(y)) => x == y,
            (
                Ty::Ref {
                    nullable: na,
                    ty: ta,
                },
                Ty::Ref {
                    nullable: nb,
                    ty: tb,
                },
            ) => (nb || !na) && self.sub(ta, tb),
            _ => false,
        }
    }

    /// A type other than the refuel type.
    fn some_type(&mut self) -> u32 {
        1 + self.rng.below(self.types.len() as u64 - 1) as u32
    }

    fn num(&mut self) -> Num {
        if self.rng.chance(1, 2) {
            Num::I32
        } else {
            Num::I64
        }
    }

    fn types(&mut self) {
        self.types.push(FuncTy {
            params: Vec::new(),
            result: Ty::Num(Num::I32),
            is_final: true,
            sup: None,
            canon: 0,
        });
        let n = 2 + self.rng.below(6);
        for _ in 0..n {
            let earlier = self.types.len() as u32;
            let open: Vec<u32> = (1..earlier)
                .filter(|&t| !self.types[t as usize].is_final)
                .collect();
            let mut ty = if !open.is_empty() && self.rng.chance(2, 5) {
                let sup = self.rng.pick(&open);
                let parent = self.types[sup as usize].clone();
                FuncTy {
                    params: parent.params.iter().map(|&p| self.widen(p)).collect(),
                    result: self.narrow(parent.result),
                    is_final: self.rng.chance(1, 2),
                    sup: Some(sup),
                    canon: 0,
                }
            } else if earlier > 1 && self.rng.chance(1, 6) {
                // Declared again: the same type under another index.
                let t = self.some_type();
                self.types[t as usize].clone()
            } else {
                let params = (0..self.rng.below(4))
                    .map(|_| {
                        if earlier > 1 && self.rng.chance(1, 4) {
                            Ty::Ref {
                                nullable: self.rng.chance(4, 5),
                                ty: self.some_type(),
                            }
                        } else {
                            Ty::Num(self.num())
                        }
                    })
                    .collect();
                let result = if earlier > 1 && self.rng.chance(1, 4) {
                    Ty::Ref {
                        nullable: self.rng.chance(3, 4),
                        ty: self.some_type(),
                    }
                } else {
                    Ty::Num(self.num())
                };
                FuncTy {
                    params,
                    result,
                    is_final: self.rng.chance(1, 2),
                    sup: None,
                    canon: 0,
                }
            };
            ty.canon = self.canon_of(&ty);
            self.types.push(ty);
        }
    }

    /// A parameter type of a subtype: `p` or a supertype of it.
    fn widen(&mut self, p: Ty) -> Ty {
        match p {
            Ty::Ref { nullable, ty } => Ty::Ref {
                nullable: nullable || self.rng.chance(1, 3),
                ty: match self.types[ty as usize].sup {
                    Some(sup) if self.rng.chance(1, 2) => sup,
                    _ => ty,
                },
            },
            num => num,
        }
    }

    /// The result type of a subtype: `r` or a subtype of it.
    fn narrow(&mut self, r: Ty) -> Ty {
        match r {
            Ty::Ref { nullable, ty } => {
                let subs: Vec<u32> = (1..self.types.len() as u32)
                    .filter(|&u| self.sub(u, ty))
                    .collect();
                Ty::Ref {
                    nullable: nullable && self.rng.chance(1, 2),
                    ty: self.rng.pick(&subs),
                }
            }
            num => num,
        }
    }

    /// The number of the type equivalent to `ty`, or a new one: equal
    /// finality, supertype, parameters and result, references compared
    /// up to equivalence.
    fn canon_of(&self, ty: &FuncTy) -> usize {
        let ty_key = |p: &Ty| match *p {
            Ty::Num(n) => (Some(n), false, 0),
            Ty::Ref { nullable, ty } => (None, nullable, self.types[ty as usize].canon),
        };
        let key = |t: &FuncTy| {
            (
                t.is_final,
                t.sup.map(|s| self.types[s as usize].canon),
                t.params.iter().map(ty_key).collect::<Vec<_>>(),
                ty_key(&t.result),
            )
        };
        let mine = key(ty);
        self.types[1..]
            .iter()
            .find(|t| key(t) == mine)
            .map_or(self.types.len(), |t| t.canon)
    }

    /// Functions whose type is a subtype of `ty`.
    fn funcs_of(&self, ty: u32) -> Vec<u32> {
        (1..self.funcs.len() as u32)
            .filter(|&f| self.sub(self.funcs[f as usize], ty))
            .collect()
    }

    fn ref_func_of(&mut self, ty: u32) -> Option<u32> {
        let funcs = self.funcs_of(ty);
        (!funcs.is_empty()).then(|| self.callee(&funcs))
    }

    /// One of `funcs`, mostly one after the current function: most call
    /// graphs are acyclic, so that most calls end before the fuel does.
    fn callee(&mut self, funcs: &[u32]) -> u32 {
        program_builder::callee(self.rng, funcs, self.current)
    }

    fn tables_and_globals(&mut self) {
        self.tables.push(Table {
            elem: None,
            size: 1 + self.rng.below(8) as u32,
        });
        for _ in 0..1 + self.rng.below(3) {
            let ty = self.some_type();
            let nullable = self.funcs_of(ty).is_empty() || self.rng.chance(2, 3);
            self.tables.push(Table {
                elem: Some((nullable, ty)),
                size: 1 + self.rng.below(6) as u32,
            });
        }
        self.globals.push(Global {
            ty: Ty::Num(Num::I32),
            mutable: true,
        });
        for _ in 0..self.rng.below(3) {
            let ty = Ty::Num(self.num());
            self.globals.push(Global { ty, mutable: true });
        }
        for _ in 0..self.rng.below(4) {
            let ty = self.some_type();
            let nullable = self.funcs_of(ty).is_empty() || self.rng.chance(1, 2);
            self.globals.push(Global {
                ty: Ty::Ref { nullable, ty },
                mutable: self.rng.chance(2, 3),
            });
        }
    }

    /// A constant reference to a function of type `ty` (or null).
    fn const_ref(&mut self, nullable: bool, ty: u32) -> ConstExpr {
        match self.ref_func_of(ty) {
            Some(f) if !nullable || self.rng.chance(7, 8) => ConstExpr::ref_func(f),
            _ => ConstExpr::ref_null(HeapType::Concrete(ty)),
        }
    }

    fn body(&mut self, func: u32) -> Function {
        self.current = func;
        let ty = self.types[self.funcs[func as usize] as usize].clone();
        let mut b = Body {
            code: program_builder::Body::new(ty.params.clone(), 5 + self.rng.below(60) as u32),
            inited: Vec::new(),
        };
        // One unit of fuel per call.
        b.f.extend(FUEL_CHECK);
        match ty.result {
            Ty::Num(Num::I32) => b.push(I::I32Const(0)),
            Ty::Num(Num::I64) => b.push(I::I64Const(0)),
            Ty::Ref { nullable, ty } => match self.funcs_of(ty).first() {
                Some(&f) if !nullable => b.push(I::RefFunc(f)),
                _ => {
                    b.push(I::RefNull(HeapType::Concrete(ty)));
                    if !nullable {
                        // No function of the type: a null reference trap.
                        b.push(I::RefAsNonNull);
                    }
                }
            },
        }
        b.f.extend(FUEL_TAKE);
        for _ in 0..self.rng.below(6) {
            self.stmt(&mut b, 0);
        }
        if self.rng.chance(1, 3) {
            self.tail_call(&mut b, ty.result);
        } else {
            self.value(&mut b, ty.result, 0);
        }
        b.push(I::End);
        function(b.locals[b.params..].iter().map(|t| t.val()), &b.f)
    }

    /// Turns a value of `from` into one of `to`: a reference by whether
    /// it is null.
    fn convert(&self, b: &mut Body, from: Ty, to: Num) {
        match (from, to) {
            (Ty::Num(Num::I32), Num::I64) => b.push(I::I64ExtendI32U),
            (Ty::Num(Num::I64), Num::I32) => b.push(I::I32WrapI64),
            (Ty::Ref { .. }, _) => {
                b.push(I::RefIsNull);
                self.convert(b, Ty::Num(Num::I32), to);
            }
            _ => {}
        }
    }

    /// Pushes a value of `ty`.
    fn value(&mut self, b: &mut Body, ty: Ty, depth: u32) {
        match ty {
            Ty::Num(n) => self.num_expr(b, n, depth),
            Ty::Ref { nullable, ty } => self.ref_expr(b, nullable, ty, depth),
        }
    }

    fn leaf(&mut self, b: &mut Body, n: Num) {
        let locals: Vec<u32> = (0..b.locals.len() as u32)
            .filter(|&l| b.locals[l as usize] == Ty::Num(n))
            .collect();
        let globals: Vec<u32> = (0..self.globals.len() as u32)
            .filter(|&g| self.globals[g as usize].ty == Ty::Num(n))
            .collect();
        match self.rng.below(3) {
            0 if !locals.is_empty() => b.push(I::LocalGet(self.rng.pick(&locals))),
            1 if !globals.is_empty() => b.push(I::GlobalGet(self.rng.pick(&globals))),
            _ => match n {
                Num::I32 => b.push(I::I32Const(self.rng.edgy(&[
                    0,
                    1,
                    2,
                    3,
                    7,
                    0x7fff_ffff,
                    0x8000_0000,
                    0xffff_ffff,
                ]) as i32)),
                Num::I64 => b.push(I::I64Const(
                    self.rng.edgy(&[0, 1, 5, u64::MAX, 1 << 63]) as i64
                )),
            },
        }
    }

    /// Pushes a value of `n`.
    fn num_expr(&mut self, b: &mut Body, n: Num, depth: u32) {
        if !b.spend(depth) {
            return self.leaf(b, n);
        }
        let d = depth + 1;
        match self.rng.below(14) {
            0 | 1 => self.leaf(b, n),
            2 => {
                self.num_expr(b, n, d);
                self.num_expr(b, n, d);
                b.push(program_builder::binary_op(self.rng, n == Num::I64));
            }
            3 => {
                let all: Vec<u32> = (1..self.funcs.len() as u32).collect();
                let f = self.callee(&all);
                let ty = self.funcs[f as usize];
                self.args(b, ty, d);
                b.push(I::Call(f));
                self.convert(b, self.types[ty as usize].result, n);
            }
            4 | 5 | 7 => {
                let ty = self.some_type();
                self.args(b, ty, d);
                let nullable = self.rng.chance(1, 3);
                self.ref_expr(b, nullable, ty, d);
                b.push(I::CallRef(ty));
                self.convert(b, self.types[ty as usize].result, n);
            }
            6 => {
                let (table, ty) = self.indirect_target();
                self.args(b, ty, d);
                self.index(b, table, d);
                b.push(I::CallIndirect {
                    type_index: ty,
                    table_index: table,
                });
                self.convert(b, self.types[ty as usize].result, n);
            }
            8 | 9 => self.br_on_null(b, n, d),
            10 | 11 => self.br_on_non_null(b, n, d),
            12 => {
                let ty = self.some_type();
                self.ref_expr(b, true, ty, d);
                b.push(I::RefIsNull);
                self.convert(b, Ty::Num(Num::I32), n);
            }
            _ => {
                let table = self.rng.below(self.tables.len() as u64) as u32;
                if self.rng.chance(1, 2) {
                    b.push(I::TableSize(table));
                } else {
                    self.table_ref(b, table, d);
                    b.push(I::I32Const(self.rng.below(4) as i32));
                    b.push(I::TableGrow(table));
                }
                self.convert(b, Ty::Num(Num::I32), n);
            }
        }
    }

    /// A table and a type to `call_indirect` through: for a typed table,
    /// mostly its element type or one related to it.
    fn indirect_target(&mut self) -> (u32, u32) {
        let table = self.rng.below(self.tables.len() as u64) as u32;
        let ty = match self.tables[table as usize].elem {
            Some((_, elem)) if self.rng.chance(2, 3) => {
                let related: Vec<u32> = (1..self.types.len() as u32)
                    .filter(|&t| self.sub(t, elem) || self.sub(elem, t))
                    .collect();
                self.rng.pick(&related)
            }
            _ if self.rng.chance(2, 3) => {
                // The type of a function, or one of its supertypes.
                let f = 1 + self.rng.below(self.funcs.len() as u64 - 1) as usize;
                let mut ty = self.funcs[f];
                while let Some(sup) = self.types[ty as usize].sup
                    && self.rng.chance(1, 2)
                {
                    ty = sup;
                }
                ty
            }
            _ => self.some_type(),
        };
        (table, ty)
    }

    /// An index into `table`: mostly in bounds of its initial size.
    fn index(&mut self, b: &mut Body, table: u32, depth: u32) {
        let size = self.tables[table as usize].size;
        match self.rng.below(32) {
            0 => {
                self.num_expr(b, Num::I32, depth);
                b.push(I::I32Const(15));
                b.push(I::I32And);
            }
            1 => b.push(I::I32Const(size as i32 + self.rng.below(2) as i32)),
            2..=9 => {
                self.num_expr(b, Num::I32, depth);
                b.push(I::I32Const(size as i32));
                b.push(I::I32RemU);
            }
            _ => b.push(I::I32Const(self.rng.below(u64::from(size)) as i32)),
        }
    }

    /// A reference of `table`'s element type.
    fn table_ref(&mut self, b: &mut Body, table: u32, depth: u32) {
        match self.tables[table as usize].elem {
            Some((nullable, ty)) => self.ref_expr(b, nullable, ty, depth),
            None => {
                let ty = self.some_type();
                if let Some(f) = self.ref_func_of(ty)
                    && self.rng.chance(3, 4)
                {
                    b.push(I::RefFunc(f));
                } else {
                    b.push(I::RefNull(HeapType::FUNC));
                }
            }
        }
    }

    /// Arguments for a call of type `ty`.
    fn args(&mut self, b: &mut Body, ty: u32, depth: u32) {
        for p in self.types[ty as usize].params.clone() {
            self.value(b, p, depth);
        }
    }

    /// Pushes a reference to a function of a subtype of `ty` (or null if
    /// `nullable`).
    fn ref_expr(&mut self, b: &mut Body, nullable: bool, ty: u32, depth: u32) {
        let want = Ty::Ref { nullable, ty };
        // Nullable parameters are null in calls from the host: read one
        // time in four.
        let params_too = self.rng.chance(1, 4);
        let locals: Vec<u32> = (0..b.locals.len() as u32)
            .filter(|&l| self.fits(b.locals[l as usize], want) && b.readable(l))
            .filter(|&l| {
                params_too
                    || l as usize >= b.params
                    || matches!(
                        b.locals[l as usize],
                        Ty::Ref {
                            nullable: false,
                            ..
                        }
                    )
            })
            .collect();
        let globals: Vec<u32> = (0..self.globals.len() as u32)
            .filter(|&g| self.fits(self.globals[g as usize].ty, want))
            .collect();
        let tables: Vec<u32> = (0..self.tables.len() as u32)
            .filter(|&t| match self.tables[t as usize].elem {
                Some((n, e)) => self.fits(Ty::Ref { nullable: n, ty: e }, want),
                None => false,
            })
            .collect();
        let deep = b.at_leaves(depth);
        let returning: Vec<u32> = (1..self.types.len() as u32)
            .filter(|&u| self.fits(self.types[u as usize].result, want))
            .collect();
        loop {
            match self.rng.below(9) {
                0 | 1 => {
                    if let Some(f) = self.ref_func_of(ty) {
                        b.push(I::RefFunc(f));
                        return;
                    }
                }
                2 if nullable && self.rng.chance(1, 4) => {
                    b.push(I::RefNull(HeapType::Concrete(ty)));
                    return;
                }
                3 if !locals.is_empty() => {
                    b.push(I::LocalGet(self.rng.pick(&locals)));
                    return;
                }
                4 if !globals.is_empty() => {
                    b.push(I::GlobalGet(self.rng.pick(&globals)));
                    return;
                }
                5 if !tables.is_empty() && !deep => {
                    let t = self.rng.pick(&tables);
                    self.index(b, t, depth + 1);
                    b.push(I::TableGet(t));
                    return;
                }
                6 if !nullable && !deep => {
                    // May be null: traps then.
                    self.ref_expr(b, true, ty, depth + 1);
                    b.push(I::RefAsNonNull);
                    return;
                }
                7 if !deep => {
                    self.ref_expr(b, nullable, ty, depth + 1);
                    self.ref_expr(b, nullable, ty, depth + 1);
                    self.num_expr(b, Num::I32, depth + 1);
                    b.push(I::TypedSelect(want.val()));
                    return;
                }
                8 if !returning.is_empty() && !deep => {
                    let u = self.rng.pick(&returning);
                    self.args(b, u, depth + 1);
                    let nullable = self.rng.chance(1, 4);
                    self.ref_expr(b, nullable, u, depth + 1);
                    b.push(I::CallRef(u));
                    return;
                }
                _ if deep => {
                    // Leaves that always exist.
                    match self.ref_func_of(ty) {
                        Some(f) => b.push(I::RefFunc(f)),
                        None => {
                            b.push(I::RefNull(HeapType::Concrete(ty)));
                            if !nullable {
                                b.push(I::RefAsNonNull);
                            }
                        }
                    }
                    return;
                }
                _ => {}
            }
        }
    }

    /// `block (result n) block args ref br_on_null 0 call_ref br 1 end
    /// fallback end`.
    fn br_on_null(&mut self, b: &mut Body, n: Num, d: u32) {
        let ty = self.some_type();
        let done = b.open(I::Block(BlockType::Result(n.val())));
        let null = b.open(I::Block(BlockType::Empty));
        self.args(b, ty, d);
        self.ref_expr(b, true, ty, d);
        b.push(I::BrOnNull(0));
        b.push(I::CallRef(ty));
        self.convert(b, self.types[ty as usize].result, n);
        b.push(I::Br(1));
        b.close(null);
        self.num_expr(b, n, d);
        b.close(done);
    }

    /// `block (result n) block (result (ref ty)) ref br_on_non_null 0
    /// fallback br 1 end local.set args local.get call_ref end`, the local
    /// non-nullable.
    fn br_on_non_null(&mut self, b: &mut Body, n: Num, d: u32) {
        let ty = self.some_type();
        let nonnull = Ty::Ref {
            nullable: false,
            ty,
        };
        let done = b.open(I::Block(BlockType::Result(n.val())));
        let inner = b.open(I::Block(BlockType::Result(nonnull.val())));
        self.ref_expr(b, true, ty, d);
        b.push(I::BrOnNonNull(0));
        self.num_expr(b, n, d);
        b.push(I::Br(1));
        b.close(inner);
        self.call_non_null(b, ty, d);
        self.convert(b, self.types[ty as usize].result, n);
        b.close(done);
    }

    /// With a `(ref ty)` on the stack: keeps it in a new non-nullable
    /// local, then calls it with `call_ref ty`, or with `call_ref` of a
    /// supertype through a nullable local of that type (with arguments
    /// for the type called: a supertype's parameters may be narrower).
    fn call_non_null(&mut self, b: &mut Body, ty: u32, d: u32) {
        let tmp = b.local(Ty::Ref {
            nullable: false,
            ty,
        });
        b.push(I::LocalSet(tmp));
        b.inited.push(tmp);
        let sups: Vec<u32> = (1..self.types.len() as u32)
            .filter(|&t| self.sub(ty, t))
            .collect();
        let called = if self.rng.chance(1, 2) {
            ty
        } else {
            self.rng.pick(&sups)
        };
        self.args(b, called, d);
        b.push(I::LocalGet(tmp));
        if called != ty {
            let wide = b.local(Ty::Ref {
                nullable: true,
                ty: called,
            });
            b.push(I::LocalSet(wide));
            b.inited.push(wide);
            b.push(I::LocalGet(wide));
        }
        b.push(I::CallRef(called));
    }

    fn stmt(&mut self, b: &mut Body, depth: u32) {
        let d = depth + 1;
        match self.rng.below(10) {
            0 => {
                let n = self.num();
                let l = b.local(Ty::Num(n));
                self.num_expr(b, n, d);
                b.push(I::LocalSet(l));
            }
            1 => {
                let ty = Ty::Ref {
                    nullable: self.rng.chance(1, 2),
                    ty: self.some_type(),
                };
                // An earlier local of this type, or a new one.
                let l = match (b.params..b.locals.len()).find(|&l| b.locals[l] == ty) {
                    Some(l) if self.rng.chance(1, 2) => l as u32,
                    _ => b.local(ty),
                };
                let Ty::Ref { nullable, ty: t } = ty else {
                    unreachable!("a reference type was chosen")
                };
                self.ref_expr(b, nullable, t, d);
                b.push(I::LocalSet(l));
                b.inited.push(l);
            }
            2 => {
                let mutable: Vec<u32> = (1..self.globals.len() as u32)
                    .filter(|&g| self.globals[g as usize].mutable)
                    .collect();
                if mutable.is_empty() {
                    return;
                }
                let g = self.rng.pick(&mutable);
                match self.globals[g as usize].ty {
                    Ty::Num(n) => self.num_expr(b, n, d),
                    Ty::Ref { nullable, ty } => self.ref_expr(b, nullable, ty, d),
                }
                b.push(I::GlobalSet(g));
            }
            3 => {
                let t = self.rng.below(self.tables.len() as u64) as u32;
                self.index(b, t, d);
                self.table_ref(b, t, d);
                b.push(I::TableSet(t));
            }
            4 => {
                let t = self.rng.below(self.tables.len() as u64) as u32;
                self.index(b, t, d);
                self.table_ref(b, t, d);
                b.push(I::I32Const(self.rng.below(4) as i32));
                b.push(I::TableFill(t));
            }
            5 | 6 => self.table_loop(b, d),
            7 if depth < 2 => {
                self.num_expr(b, Num::I32, d);
                let then = b.open(I::If(BlockType::Empty));
                self.stmt(b, d);
                b.push(I::Else);
                b.inited.truncate(then);
                self.stmt(b, d);
                b.close(then);
            }
            _ => {
                let n = self.num();
                self.num_expr(b, n, d);
                b.push(I::Drop);
            }
        }
    }

    /// A loop over a typed table (at most [`LOOP_LIMIT`] elements) calling
    /// every element that is not null, skipping nulls with `br_on_null`
    /// or `br_on_non_null`, and summing the results into a local.
    fn table_loop(&mut self, b: &mut Body, d: u32) {
        let typed: Vec<u32> = (0..self.tables.len() as u32)
            .filter(|&t| self.tables[t as usize].elem.is_some())
            .collect();
        let t = self.rng.pick(&typed);
        let Some((_, ty)) = self.tables[t as usize].elem else {
            unreachable!("a typed table was chosen")
        };
        let result = self.types[ty as usize].result;
        let sum = match result {
            Ty::Num(n) => n,
            Ty::Ref { .. } => Num::I32,
        };
        let i = b.local(Ty::Num(Num::I32));
        let acc = b.local(Ty::Num(sum));
        b.push(I::I32Const(0));
        b.push(I::LocalSet(i));
        let exit = b.open(I::Block(BlockType::Empty));
        let top = b.open(I::Loop(BlockType::Empty));
        b.push(I::LocalGet(i));
        b.push(I::TableSize(t));
        b.push(I::I32GeU);
        b.push(I::BrIf(1));
        b.f.extend(count_up(i, LOOP_LIMIT));
        let element = |b: &mut Body| {
            b.push(I::LocalGet(i));
            b.push(I::I32Const(1));
            b.push(I::I32Sub);
            b.push(I::TableGet(t));
        };
        let accumulate = |b: &mut Body| {
            if let Ty::Ref { .. } = result {
                b.push(I::RefIsNull);
            }
            b.push(I::LocalGet(acc));
            b.push(match sum {
                Num::I32 => I::I32Add,
                Num::I64 => I::I64Add,
            });
            b.push(I::LocalSet(acc));
        };
        if self.rng.chance(1, 2) {
            let skip = b.open(I::Block(BlockType::Empty));
            self.args(b, ty, d);
            element(b);
            b.push(I::BrOnNull(0));
            b.push(I::CallRef(ty));
            accumulate(b);
            b.close(skip);
        } else {
            let nonnull = Ty::Ref {
                nullable: false,
                ty,
            };
            let found = b.open(I::Block(BlockType::Result(nonnull.val())));
            element(b);
            b.push(I::BrOnNonNull(0));
            // A null element: on to the next.
            b.push(I::Br(1));
            b.close(found);
            self.call_non_null(b, ty, d);
            accumulate(b);
        }
        b.push(I::Br(0));
        b.close(top);
        b.close(exit);
    }

    /// Ends the body with a tail call of a result that fits `r`.
    fn tail_call(&mut self, b: &mut Body, r: Ty) {
        let same: Vec<u32> = (1..self.types.len() as u32)
            .filter(|&t| self.fits(self.types[t as usize].result, r))
            .collect();
        if same.is_empty() {
            return self.value(b, r, 0);
        }
        let ty = self.rng.pick(&same);
        match self.rng.below(3) {
            0 => {
                self.args(b, ty, 1);
                let nullable = self.rng.chance(1, 3);
                self.ref_expr(b, nullable, ty, 1);
                b.push(I::ReturnCallRef(ty));
            }
            1 => {
                let table = self.rng.below(self.tables.len() as u64) as u32;
                self.args(b, ty, 1);
                self.index(b, table, 1);
                b.push(I::ReturnCallIndirect {
                    type_index: ty,
                    table_index: table,
                });
            }
            _ => match self.ref_func_of(ty) {
                Some(f) => {
                    let fty = self.funcs[f as usize];
                    self.args(b, fty, 1);
                    b.push(I::ReturnCall(f));
                }
                None => self.value(b, r, 0),
            },
        }
    }

    fn encode(&mut self) -> Vec<u8> {
        let mut types = TypeSection::new();
        for t in &self.types {
            types.ty().subtype(&SubType {
                is_final: t.is_final,
                supertype_idxs: t.sup.into_iter().collect(),
                composite_type: CompositeType {
                    inner: CompositeInnerType::Func(FuncType::new(
                        t.params.iter().map(|p| p.val()),
                        if t.canon == 0 {
                            None
                        } else {
                            Some(t.result.val())
                        },
                    )),
                    shared: false,
                    descriptor: None,
                    describes: None,
                },
            });
        }
        let mut funcs = FunctionSection::new();
        for &ty in &self.funcs {
            funcs.function(ty);
        }
        let mut tables = TableSection::new();
        let mut elems = ElementSection::new();
        for (i, t) in self.tables.clone().into_iter().enumerate() {
            let element_type = match t.elem {
                Some((nullable, ty)) => ref_type(nullable, ty),
                None => RefType::FUNCREF,
            };
            let ty = TableType {
                element_type,
                table64: false,
                minimum: u64::from(t.size),
                maximum: Some(u64::from(t.size) + self.rng.below(9)),
                shared: false,
            };
            match t.elem {
                Some((nullable, elem)) if !nullable || self.rng.chance(3, 4) => {
                    let init = self.const_ref(nullable, elem);
                    tables.table_with_init(ty, &init);
                }
                _ => {
                    tables.table(ty);
                }
            }
            // A segment in bounds, but one time in forty past the end
            // (instantiation traps).
            let len = if self.rng.chance(1, 2) {
                u64::from(t.size)
            } else {
                self.rng.below(u64::from(t.size) + 1)
            };
            let offset = if self.rng.chance(1, 40) {
                t.size as i32
            } else {
                self.rng.below(u64::from(t.size) - len + 1) as i32
            };
            let exprs: Vec<ConstExpr> = (0..len)
                .map(|_| match t.elem {
                    Some((nullable, elem)) => self.const_ref(nullable, elem),
                    None => {
                        let ty = self.some_type();
                        self.const_ref(true, ty)
                    }
                })
                .collect();
            if !exprs.is_empty() {
                elems.active(
                    Some(i as u32),
                    &ConstExpr::i32_const(offset),
                    Elements::Expressions(element_type, exprs.into()),
                );
            }
        }
        let mut globals = GlobalSection::new();
        for (i, g) in self.globals.clone().into_iter().enumerate() {
            let init = match g.ty {
                Ty::Num(Num::I32) if i == 0 => ConstExpr::i32_const(FUEL),
                Ty::Num(Num::I32) => ConstExpr::i32_const(self.rng.below(100) as i32),
                Ty::Num(Num::I64) => ConstExpr::i64_const(self.rng.below(100) as i64),
                Ty::Ref { nullable, ty } => self.const_ref(nullable, ty),
            };
            globals.global(
                GlobalType {
                    val_type: g.ty.val(),
                    mutable: g.mutable,
                    shared: false,
                },
                &init,
            );
        }
        let sections = Sections {
            types,
            funcs,
            tables,
            globals,
            elems,
            datas: None,
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

/// What generated modules are validated with: the features compared,
/// and GC for function types that are not final or declare a supertype
/// (no GC type or instruction is generated).
pub fn features() -> wasmparser::WasmFeatures {
    crate::generate::compared_features() | wasmparser::WasmFeatures::GC
}

/// The typed function reference module of `seed`.
pub fn module_for_seed(seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed ^ 0x7970_6564_7265_6673);
    let mut m = Module {
        rng: &mut rng,
        types: Vec::new(),
        funcs: vec![0],
        tables: Vec::new(),
        globals: Vec::new(),
        current: 0,
    };
    m.types();
    for _ in 0..2 + m.rng.below(8) {
        let ty = m.some_type();
        m.funcs.push(ty);
    }
    m.tables_and_globals();
    m.encode()
}

/// What a module may contain of typed function references and tail
/// calls, as counted by [`Coverage`].
pub const FEATURES: [&str; 16] = [
    "call_ref",
    "return_call_ref",
    "ref.as_non_null",
    "br_on_null",
    "br_on_non_null",
    "call_indirect",
    "return_call_indirect",
    "return_call",
    "ref.func",
    "table.get",
    "table.set/fill/grow",
    "typed select",
    "non-nullable local",
    "typed table with initializer",
    "non-final type or subtype",
    "typed global",
];

/// For each of [`FEATURES`], how many modules contained it.
#[derive(Debug, Default)]
pub struct Coverage {
    pub modules: u64,
    pub counts: [u64; FEATURES.len()],
}

impl Coverage {
    /// Counts what `wasm` (a valid module) contains.
    pub fn record(&mut self, wasm: &[u8]) {
        let mut seen = [false; FEATURES.len()];
        let concrete = |ty: wasmparser::ValType| matches!(ty, wasmparser::ValType::Ref(r) if r.is_concrete_type_ref());
        for payload in wasmparser::Parser::new(0).parse_all(wasm) {
            let Ok(payload) = payload else { return };
            match payload {
                wasmparser::Payload::TypeSection(s) => {
                    for group in s.into_iter().flatten() {
                        for ty in group.into_types() {
                            seen[14] |= !ty.is_final || !ty.supertype_idxs.is_empty();
                        }
                    }
                }
                wasmparser::Payload::TableSection(s) => {
                    for t in s.into_iter().flatten() {
                        seen[13] |= matches!(t.init, wasmparser::TableInit::Expr(_));
                    }
                }
                wasmparser::Payload::GlobalSection(s) => {
                    for g in s.into_iter().flatten() {
                        seen[15] |= concrete(g.ty.content_type);
                    }
                }
                wasmparser::Payload::CodeSectionEntry(body) => {
                    if let Ok(locals) = body.get_locals_reader() {
                        for (_, ty) in locals.into_iter().flatten() {
                            seen[12] |=
                                matches!(ty, wasmparser::ValType::Ref(r) if !r.is_nullable());
                        }
                    }
                    let Ok(ops) = body.get_operators_reader() else {
                        continue;
                    };
                    for op in ops.into_iter().flatten() {
                        use wasmparser::Operator as O;
                        let i = match op {
                            O::CallRef { .. } => 0,
                            O::ReturnCallRef { .. } => 1,
                            O::RefAsNonNull => 2,
                            O::BrOnNull { .. } => 3,
                            O::BrOnNonNull { .. } => 4,
                            O::CallIndirect { .. } => 5,
                            O::ReturnCallIndirect { .. } => 6,
                            O::ReturnCall { .. } => 7,
                            O::RefFunc { .. } => 8,
                            O::TableGet { .. } => 9,
                            O::TableSet { .. } | O::TableFill { .. } | O::TableGrow { .. } => 10,
                            O::TypedSelect { ty } => {
                                seen[11] |= concrete(ty);
                                continue;
                            }
                            _ => continue,
                        };
                        seen[i] = true;
                    }
                }
                _ => {}
            }
        }
        self.modules += 1;
        for (count, seen) in self.counts.iter_mut().zip(seen) {
            *count += u64::from(seen);
        }
    }
}
