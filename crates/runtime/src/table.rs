//! Tables: growable arrays of one-word references (a `VMFuncRef` pointer or
//! an externref handle; 0 is null).

use brisk_environ::{TableType, WasmType};

/// Tables grow no further than this many elements, whatever their maximum.
pub const MAX_TABLE_ELEMENTS: u64 = 10_000_000;

/// Laid out as `brisk_environ::vmctx` says (`TABLE_BASE`, `TABLE_LENGTH`).
#[repr(C)]
#[derive(Debug)]
pub struct VMTableDefinition {
    pub base: *mut usize,
    pub length: u64,
}

const _: () = {
    use brisk_environ::vmctx::{TABLE_BASE, TABLE_LENGTH};
    assert!(std::mem::offset_of!(VMTableDefinition, base) == TABLE_BASE as usize);
    assert!(std::mem::offset_of!(VMTableDefinition, length) == TABLE_LENGTH as usize);
};

pub struct Table {
    elements: Vec<usize>,
    /// Boxed: vmctxs point to it. Updated whenever `elements` moves.
    def: Box<VMTableDefinition>,
    ty: TableType,
}

// SAFETY: the raw pointer in `def` points into `elements`, owned by this value.
unsafe impl Send for Table {}

impl Table {
    pub fn new(ty: TableType, init: usize) -> Option<Table> {
        if ty.min > MAX_TABLE_ELEMENTS {
            return None;
        }
        let mut t = Table {
            elements: vec![init; ty.min as usize],
            def: Box::new(VMTableDefinition {
                base: std::ptr::null_mut(),
                length: 0,
            }),
            ty,
        };
        t.sync();
        Some(t)
    }

    fn sync(&mut self) {
        self.def.base = self.elements.as_mut_ptr();
        self.def.length = self.elements.len() as u64;
    }

    pub fn definition(&mut self) -> *mut VMTableDefinition {
        &mut *self.def
    }

    pub fn ty(&self) -> TableType {
        self.ty
    }

    pub fn elem_type(&self) -> WasmType {
        self.ty.elem
    }

    pub fn len(&self) -> u64 {
        self.elements.len() as u64
    }

    pub fn is_empty(&self) -> bool {
        self.elements.is_empty()
    }

    pub fn get(&self, index: u64) -> Option<usize> {
        self.elements.get(usize::try_from(index).ok()?).copied()
    }

    pub fn set(&mut self, index: u64, value: usize) -> Option<()> {
        *self.elements.get_mut(usize::try_from(index).ok()?)? = value;
        Some(())
    }

    /// Grows by `delta` elements set to `init`; returns the old length, or
    /// `None` past the maximum.
    pub fn grow(&mut self, delta: u64, init: usize) -> Option<u64> {
        let old = self.len();
        let new = old.checked_add(delta)?;
        if new
            > self
                .ty
                .max
                .unwrap_or(u32::MAX as u64)
                .min(MAX_TABLE_ELEMENTS)
        {
            return None;
        }
        self.elements.resize(new as usize, init);
        self.sync();
        Some(old)
    }

    /// Bounds-checked access to `[start, start + len)`.
    pub fn range_mut(&mut self, start: u64, len: u64) -> Option<&mut [usize]> {
        let end = start.checked_add(len)?;
        if end > self.len() {
            return None;
        }
        Some(&mut self.elements[start as usize..end as usize])
    }
}
