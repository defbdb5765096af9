//! Where GC objects keep their fields (ARCHITECTURE.md, "GC references"): the
//! one definition code generation, the allocator and the collector share.
//!
//! ```text
//! 0   u32 engine type id        (casts read it; the collector sizes by it)
//! 4   u32 reserved for the collector (bit 0: marked)
//! struct: fields from 8, declaration order, each at its natural alignment
//! array:  8 u32 length, elements from 16
//! ```
//!
//! Objects start 8-byte aligned and their sizes are multiples of 8.

use crate::{CompositeType, FieldType, StorageType};

pub const GC_TYPE_ID: u32 = 0;
pub const GC_MARK: u32 = 4;
pub const GC_HEADER_SIZE: u32 = 8;
pub const STRUCT_FIELDS: u32 = 8;
pub const ARRAY_LENGTH: u32 = 8;
pub const ARRAY_ELEMS: u32 = 16;
/// Every object's alignment, and the granule of its size.
pub const GC_ALIGN: u32 = 8;

/// Bytes of one field or element of storage type `s`.
pub fn storage_size(s: StorageType) -> u32 {
    match s {
        StorageType::I8 => 1,
        StorageType::I16 => 2,
        StorageType::I32 | StorageType::F32 => 4,
        StorageType::I64 | StorageType::F64 | StorageType::Ref(_) => 8,
        StorageType::V128 => 16,
    }
}

/// A struct type's field offsets and object size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StructLayout {
    pub offsets: Vec<u32>,
    /// The object's size, header included, rounded up to [`GC_ALIGN`].
    pub size: u32,
}

impl StructLayout {
    pub fn new(fields: &[FieldType]) -> StructLayout {
        let mut end = STRUCT_FIELDS;
        let offsets = fields
            .iter()
            .map(|f| {
                let size = storage_size(f.storage);
                let at = end.next_multiple_of(size);
                end = at + size;
                at
            })
            .collect();
        StructLayout {
            offsets,
            size: end.next_multiple_of(GC_ALIGN),
        }
    }
}

/// The size of an array object of `len` elements of `elem_size` bytes, or
/// `None` past `u32::MAX` bytes (no heap holds it: an out-of-memory trap).
pub fn array_size(elem_size: u32, len: u32) -> Option<u32> {
    u64::from(elem_size)
        .checked_mul(u64::from(len))
        .and_then(|b| b.checked_add(u64::from(ARRAY_ELEMS)))
        .map(|b| b.next_multiple_of(u64::from(GC_ALIGN)))
        .and_then(|b| u32::try_from(b).ok())
}

/// The storage of a struct's fields or an array's elements, if `composite`
/// is one.
pub fn gc_fields(composite: &CompositeType) -> Option<&[FieldType]> {
    match composite {
        CompositeType::Struct(fields) => Some(fields),
        CompositeType::Array(elem) => Some(std::slice::from_ref(elem)),
        CompositeType::Func { .. } => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(storage: StorageType) -> FieldType {
        FieldType {
            storage,
            mutable: true,
        }
    }

    #[test]
    fn struct_fields_are_naturally_aligned_after_the_header() {
        let l = StructLayout::new(&[
            field(StorageType::I8),
            field(StorageType::I64),
            field(StorageType::I16),
            field(StorageType::I8),
            field(StorageType::V128),
            field(StorageType::F32),
        ]);
        assert_eq!(l.offsets, [8, 16, 24, 26, 32, 48]);
        assert_eq!(l.size, 56);
        assert_eq!(StructLayout::new(&[]).size, 8);
    }

    #[test]
    fn array_sizes_round_up_and_overflow_to_none() {
        assert_eq!(array_size(1, 0), Some(16));
        assert_eq!(array_size(1, 3), Some(24));
        assert_eq!(array_size(16, 2), Some(48));
        assert_eq!(array_size(8, u32::MAX), None);
        assert_eq!(array_size(1, u32::MAX - 8), None);
    }
}
