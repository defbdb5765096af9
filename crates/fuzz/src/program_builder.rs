//! Pieces shared by the program generators (brisk-fuzz's
//! [`gc_programs`](crate::gc_programs) and fuzz/wasmtime's typed function
//! reference generator): every function but the first takes one unit of
//! fuel (global 0) per call and returns at once when there is none left;
//! function 0 refuels, and each function `f` is exported as `f{f}` with
//! the refuel function as `refuel{f}`.

use crate::rng::Rng;
use wasm_encoder::{
    BlockType, CodeSection, DataCountSection, DataSection, ElementSection, ExportKind,
    ExportSection, Function, FunctionSection, GlobalSection, Instruction as I, TableSection,
    TypeSection, ValType,
};

/// Calls one export call may make (the fuel of global 0).
pub const FUEL: i32 = 2000;

/// Expression nesting depth past which only leaves are generated.
pub const MAX_DEPTH: u32 = 4;

/// The start of a function body: `if (global 0) == 0` opens, for the
/// caller to push the result given when there is no fuel left before
/// [`FUEL_TAKE`].
pub const FUEL_CHECK: [I<'static>; 3] = [I::GlobalGet(0), I::I32Eqz, I::If(BlockType::Empty)];

/// After [`FUEL_CHECK`] and the result: returns it, else takes one unit
/// of fuel.
pub const FUEL_TAKE: [I<'static>; 6] = [
    I::Return,
    I::End,
    I::GlobalGet(0),
    I::I32Const(1),
    I::I32Sub,
    I::GlobalSet(0),
];

/// The head of a counted loop, inside `block (loop ...)`: leaves the
/// block (`br_if 1`) once the i32 local `counter` reaches `limit`, else
/// adds one to it.
pub fn count_up(counter: u32, limit: i32) -> [I<'static>; 8] {
    [
        I::LocalGet(counter),
        I::I32Const(limit),
        I::I32GeU,
        I::BrIf(1),
        I::LocalGet(counter),
        I::I32Const(1),
        I::I32Add,
        I::LocalSet(counter),
    ]
}

/// A binary arithmetic operator on i64 if `wide`, else on i32.
pub fn binary_op(rng: &mut Rng, wide: bool) -> I<'static> {
    let ops = if wide {
        [I::I64Add, I::I64Sub, I::I64Mul, I::I64Xor, I::I64Rotl]
    } else {
        [I::I32Add, I::I32Sub, I::I32Mul, I::I32Xor, I::I32Rotl]
    };
    ops[rng.index(ops.len())].clone()
}

/// One of `funcs` to call from function `current`, mostly one after it
/// when there is one (so that most call graphs are acyclic and end before
/// the fuel does).
pub fn callee(rng: &mut Rng, funcs: &[u32], current: u32) -> u32 {
    let later: Vec<u32> = funcs.iter().copied().filter(|&f| f > current).collect();
    if !later.is_empty() && rng.chance(7, 8) {
        rng.pick(&later)
    } else {
        rng.pick(funcs)
    }
}

/// One function body being generated.
pub struct Body<T> {
    pub params: usize,
    /// Parameters, then locals.
    pub locals: Vec<T>,
    /// Expression nodes left.
    pub budget: u32,
    pub f: Vec<I<'static>>,
}

impl<T> Body<T> {
    /// A body with no instruction yet, and `budget` expression nodes.
    pub fn new(params: Vec<T>, budget: u32) -> Self {
        Body {
            params: params.len(),
            locals: params,
            budget,
            f: Vec::new(),
        }
    }

    /// Whether an expression at nesting `depth` must be a leaf: the
    /// budget is spent or `depth` is [`MAX_DEPTH`] or more.
    pub fn at_leaves(&self, depth: u32) -> bool {
        self.budget == 0 || depth >= MAX_DEPTH
    }

    /// Takes one expression node at nesting `depth` from the budget:
    /// false (nothing taken) where only a leaf may go.
    pub fn spend(&mut self, depth: u32) -> bool {
        if self.at_leaves(depth) {
            return false;
        }
        self.budget -= 1;
        true
    }

    pub fn push(&mut self, i: I<'static>) {
        self.f.push(i);
    }

    /// A new local of type `ty`: its index.
    pub fn local(&mut self, ty: T) -> u32 {
        self.locals.push(ty);
        (self.locals.len() - 1) as u32
    }

    /// Opens a loop of at most `limit` iterations counted in the i32
    /// local `counter` (from 0): `br 1` leaves it, [`Body::end_loop`]
    /// ends it.
    pub fn counted_loop(&mut self, counter: u32, limit: i32) {
        self.push(I::I32Const(0));
        self.push(I::LocalSet(counter));
        self.push(I::Block(BlockType::Empty));
        self.push(I::Loop(BlockType::Empty));
        self.f.extend(count_up(counter, limit));
    }

    /// Runs a [`Body::counted_loop`] again and closes it.
    pub fn end_loop(&mut self) {
        self.push(I::Br(0));
        self.push(I::End);
        self.push(I::End);
    }
}

/// A function with one local of each type of `locals` (after the
/// parameters) and the instructions `code`.
pub fn function(locals: impl IntoIterator<Item = ValType>, code: &[I<'static>]) -> Function {
    let locals: Vec<(u32, ValType)> = locals.into_iter().map(|t| (1, t)).collect();
    let mut f = Function::new(locals);
    for i in code {
        f.instruction(i);
    }
    f
}

/// The sections of a module that come before its exports, and its
/// passive data segments.
pub struct Sections {
    pub types: TypeSection,
    pub funcs: FunctionSection,
    pub tables: TableSection,
    pub globals: GlobalSection,
    pub elems: ElementSection,
    /// The data segments and their number (none: no data count section).
    pub datas: Option<(DataSection, u32)>,
}

/// The module of `sections` with `funcs` functions (the refuel function
/// 0, which sets global 0 to [`FUEL`], and the others from `body`, called
/// in order), `tables` tables and `globals` globals, all exported.
pub fn module(
    sections: &Sections,
    funcs: u32,
    tables: u32,
    globals: u32,
    mut body: impl FnMut(u32) -> Function,
) -> Vec<u8> {
    let mut exports = ExportSection::new();
    for f in 1..funcs {
        exports.export(&format!("refuel{f}"), ExportKind::Func, 0);
        exports.export(&format!("f{f}"), ExportKind::Func, f);
    }
    for t in 0..tables {
        exports.export(&format!("t{t}"), ExportKind::Table, t);
    }
    for g in 0..globals {
        exports.export(&format!("g{g}"), ExportKind::Global, g);
    }
    let mut code = CodeSection::new();
    code.function(&function([], &[I::I32Const(FUEL), I::GlobalSet(0), I::End]));
    for f in 1..funcs {
        code.function(&body(f));
    }
    let mut module = wasm_encoder::Module::new();
    module
        .section(&sections.types)
        .section(&sections.funcs)
        .section(&sections.tables)
        .section(&sections.globals)
        .section(&exports)
        .section(&sections.elems);
    if let Some((_, count)) = &sections.datas {
        module.section(&DataCountSection { count: *count });
    }
    module.section(&code);
    if let Some((datas, _)) = &sections.datas {
        module.section(datas);
    }
    module.finish()
}
