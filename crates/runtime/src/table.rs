//! Tables: growable arrays of one-word references (a `VMFuncRef` pointer or
//! an externref handle; 0 is null).

use crate::memory::range;
use brisk_environ::{RefType, TableType, WasmType};
use std::ops::Range;

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
    /// The declared element type, with engine ids, if it is not the
    /// nullable abstract type of `ty.elem` (a module's `(ref $t)` table).
    exact: Option<RefType>,
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
            exact: None,
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

    /// The declared element type, with engine ids for defined types: what
    /// table imports must match exactly.
    pub fn exact_elem_type(&self) -> Option<RefType> {
        self.exact.or(RefType::of_wasm_type(self.ty.elem))
    }

    /// Declares the element type more precisely than `ty.elem` (with
    /// engine ids for defined types).
    pub fn set_exact_elem_type(&mut self, exact: RefType) {
        self.exact = Some(exact);
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

    /// `[start, start + len)` if it lies within the table.
    fn bounds(&self, start: u64, len: u64) -> Option<Range<usize>> {
        range(start, len, self.elements.len()).ok()
    }

    /// Bounds-checked access to `[start, start + len)`.
    pub fn range_mut(&mut self, start: u64, len: u64) -> Option<&mut [usize]> {
        let r = self.bounds(start, len)?;
        Some(&mut self.elements[r])
    }

    /// `table.fill`: sets `[dst, dst + len)` to `value`, or changes nothing
    /// if that is out of bounds.
    pub fn fill(&mut self, dst: u64, len: u64, value: usize) -> Option<()> {
        self.range_mut(dst, len)?.fill(value);
        Some(())
    }

    /// `table.copy` within this table (the ranges may overlap), or nothing
    /// if either range is out of bounds.
    pub fn copy_within(&mut self, dst: u64, src: u64, len: u64) -> Option<()> {
        let (s, d) = (self.bounds(src, len)?, self.bounds(dst, len)?);
        self.elements.copy_within(s, d.start);
        Some(())
    }

    /// `table.copy` from another table, or nothing if either range is out
    /// of bounds.
    pub fn copy_from(&mut self, dst: u64, other: &Table, src: u64, len: u64) -> Option<()> {
        let s = other.bounds(src, len)?;
        self.range_mut(dst, len)?
            .copy_from_slice(&other.elements[s]);
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(min: u64, max: Option<u64>, init: usize) -> Table {
        let ty = TableType {
            elem: WasmType::FuncRef,
            min,
            max,
            table64: false,
        };
        Table::new(ty, init).unwrap()
    }

    /// The elements, read through the definition generated code uses.
    fn seen_by_code(t: &mut Table) -> Vec<usize> {
        let def = t.definition();
        // SAFETY: the definition describes the table's live elements, which
        // nothing changes while the copy is made.
        unsafe { std::slice::from_raw_parts((*def).base, (*def).length as usize).to_vec() }
    }

    #[test]
    fn get_and_set_stop_at_the_length() {
        let mut t = table(3, None, 7);
        assert_eq!((t.get(0), t.get(2), t.get(3)), (Some(7), Some(7), None));
        assert_eq!(t.get(u64::MAX), None);
        assert_eq!(t.set(2, 9), Some(()));
        assert_eq!(t.set(3, 9), None);
        assert_eq!(t.set(u64::MAX, 9), None);
        assert_eq!(seen_by_code(&mut t), [7, 7, 9]);
    }

    #[test]
    fn grow_stops_at_the_maximum_and_the_definition_follows() {
        let mut t = table(1, Some(4), 0);
        assert_eq!(t.grow(2, 5), Some(1));
        assert_eq!(seen_by_code(&mut t), [0, 5, 5]);
        assert_eq!(t.grow(2, 6), None);
        assert_eq!(t.grow(u64::MAX, 6), None);
        assert_eq!(t.grow(1, 6), Some(3));
        assert_eq!(t.grow(0, 6), Some(4));
        assert_eq!(t.grow(1, 6), None);
        assert_eq!(seen_by_code(&mut t), [0, 5, 5, 6]);
        // Without a maximum, the runtime's own limit applies.
        let mut t = table(0, None, 0);
        assert_eq!(t.grow(MAX_TABLE_ELEMENTS + 1, 0), None);
        assert_eq!(t.len(), 0);
        assert!(Table::new(t.ty(), 0).is_some());
        let too_large = TableType {
            min: MAX_TABLE_ELEMENTS + 1,
            ..t.ty()
        };
        assert!(Table::new(too_large, 0).is_none());
    }

    #[test]
    fn fill_reaches_the_end_and_no_further() {
        let mut t = table(4, None, 0);
        assert_eq!(t.fill(2, 2, 1), Some(()));
        assert_eq!(t.fill(4, 0, 2), Some(()));
        assert_eq!(t.fill(5, 0, 2), None);
        assert_eq!(t.fill(3, 2, 2), None);
        assert_eq!(t.fill(u64::MAX, 2, 2), None);
        assert_eq!(seen_by_code(&mut t), [0, 0, 1, 1], "no partial fill");
    }

    #[test]
    fn copy_reaches_the_ends_and_overlaps_either_way() {
        let mut t = table(5, None, 0);
        for i in 0..5 {
            t.set(i, 10 + i as usize).unwrap();
        }
        assert_eq!(t.copy_within(1, 0, 4), Some(()));
        assert_eq!(seen_by_code(&mut t), [10, 10, 11, 12, 13]);
        assert_eq!(t.copy_within(0, 1, 4), Some(()));
        assert_eq!(seen_by_code(&mut t), [10, 11, 12, 13, 13]);
        assert_eq!(t.copy_within(5, 0, 0), Some(()));
        assert_eq!(t.copy_within(0, 5, 0), Some(()));
        assert_eq!(t.copy_within(6, 0, 0), None);
        assert_eq!(t.copy_within(0, 6, 0), None);
        assert_eq!(t.copy_within(1, 0, 5), None);
        assert_eq!(t.copy_within(0, 1, 5), None);

        let mut small = table(2, None, 1);
        assert_eq!(small.copy_from(0, &t, 3, 2), Some(()));
        assert_eq!(seen_by_code(&mut small), [13, 13]);
        assert_eq!(small.copy_from(1, &t, 0, 2), None);
        assert_eq!(small.copy_from(0, &t, 4, 2), None);
        assert_eq!(small.copy_from(2, &t, 5, 0), Some(()));
        assert_eq!(small.copy_from(0, &t, u64::MAX, 2), None);
        assert_eq!(seen_by_code(&mut small), [13, 13], "no partial copy");
    }
}
