//! The GC builtins generated code calls (`vmctx::Builtin::Gc*`,
//! `Array*`), and the allocation API constant expressions and the host
//! use. Array bounds are checked here with 64-bit arithmetic, so no
//! operand can wrap an offset.

use super::{ObjLayout, init_header};
use crate::builtins::StatusAndResult;
use crate::instance::{Instance, instance_of_vmctx};
use crate::limiter::store_of_vmctx;
use crate::limits::StoreRuntime;
use brisk_environ::TrapCode;
use brisk_environ::gc_layout::{ARRAY_ELEMS, ARRAY_LENGTH, GC_HEADER_SIZE, GC_TYPE_ID, array_size};

/// Allocates a zeroed object of engine type `type_id` (an array of `len`
/// elements when the type is an array type); returns its reference word.
pub fn gc_alloc(store: &StoreRuntime, type_id: u32, len: u32) -> Result<u64, TrapCode> {
    let layout = store
        .gc
        .layouts()
        .expect("stores give their heap the engine's layouts")
        .get(type_id);
    let (size, array_len) = match &*layout {
        ObjLayout::Struct { size, .. } => (*size, None),
        ObjLayout::Array { elem_size, .. } => (
            array_size(*elem_size, len).ok_or(TrapCode::GcOutOfMemory)?,
            Some(len),
        ),
        ObjLayout::Func => unreachable!("validation: struct.new/array.new name a GC type"),
    };
    let obj = store
        .gc
        .alloc(store, size as usize)
        .ok_or(TrapCode::GcOutOfMemory)?;
    // SAFETY: `obj` is fresh heap memory of `size` bytes.
    unsafe {
        std::ptr::write_bytes(
            (obj + GC_HEADER_SIZE as usize) as *mut u8,
            0,
            (size - GC_HEADER_SIZE) as usize,
        );
        init_header(obj, type_id, array_len);
    }
    Ok(obj as u64)
}

/// The instance and store of a builtin's caller, and the engine id of
/// its module type `type_index`.
///
/// # Safety
/// `vmctx` is the vmctx of a live instance of a live store.
unsafe fn caller<'a>(vmctx: *const u8, type_index: u64) -> (&'a Instance, &'a StoreRuntime, u32) {
    // SAFETY: as the caller guarantees.
    let (instance, store) = unsafe { (instance_of_vmctx(vmctx), store_of_vmctx(vmctx)) };
    (
        instance,
        store,
        instance.module().type_id(type_index as u32),
    )
}

/// `struct.new*`/`array.new*`'s allocation: (vmctx, module type index,
/// array length) -> the object's word, 0 when the heap is full.
pub(crate) unsafe extern "C" fn gc_alloc_builtin(
    vmctx: *const u8,
    type_index: u64,
    len: u64,
) -> u64 {
    // SAFETY: called by generated code with its own vmctx.
    let (_, store, type_id) = unsafe { caller(vmctx, type_index) };
    gc_alloc(store, type_id, len as u32).unwrap_or(0)
}

/// An array object's element size and length.
///
/// # Safety
/// `array` is the word of a live array object.
unsafe fn array_parts(store: &StoreRuntime, array: u64) -> (usize, u64) {
    // SAFETY: as the caller guarantees.
    unsafe {
        let id = *((array + u64::from(GC_TYPE_ID)) as *const u32);
        let len = *((array + u64::from(ARRAY_LENGTH)) as *const u32);
        let layout = store.gc.layouts().expect("objects exist").get(id);
        match *layout {
            ObjLayout::Array { elem_size, .. } => (elem_size as usize, len.into()),
            _ => unreachable!("validation: an array operand is an array"),
        }
    }
}

/// The byte range of elements `[at, at + n)` of an array of `len`
/// elements of `elem` bytes, from the object's start.
fn elems(at: u64, n: u64, len: u64, elem: usize) -> Result<std::ops::Range<usize>, TrapCode> {
    let end = at.checked_add(n).ok_or(TrapCode::ArrayOutOfBounds)?;
    if end > len {
        return Err(TrapCode::ArrayOutOfBounds);
    }
    let start = ARRAY_ELEMS as usize + at as usize * elem;
    Ok(start..start + n as usize * elem)
}

fn status(r: Result<(), TrapCode>) -> u32 {
    r.map_or_else(TrapCode::as_raw, |()| 0)
}

/// `array.copy`: (vmctx, dst array, dst index, src array, src index, len)
/// -> trap. Overlapping ranges copy as if through a buffer.
pub(crate) unsafe extern "C" fn array_copy(
    vmctx: *const u8,
    dst: u64,
    d: u64,
    src: u64,
    s: u64,
    len: u64,
) -> u32 {
    status((|| {
        if dst == 0 || src == 0 {
            return Err(TrapCode::NullArrayReference);
        }
        // SAFETY: called by generated code with its own vmctx, with array
        // words (validation), non-null.
        unsafe {
            let store = store_of_vmctx(vmctx);
            let (elem, dst_len) = array_parts(store, dst);
            let (_, src_len) = array_parts(store, src);
            let to = elems(d, len, dst_len, elem)?;
            let from = elems(s, len, src_len, elem)?;
            std::ptr::copy(
                (src as usize + from.start) as *const u8,
                (dst as usize + to.start) as *mut u8,
                to.len(),
            );
        }
        Ok(())
    })())
}

/// Copies `bytes` into elements `[d, ..)` of `array`, which holds that
/// many bytes of elements from `d` (checked).
///
/// # Safety
/// `array` is a live array object and the range is in it.
unsafe fn write_elems(array: u64, range: std::ops::Range<usize>, bytes: &[u8]) {
    // SAFETY: as the caller guarantees.
    unsafe {
        std::ptr::copy_nonoverlapping(
            bytes.as_ptr(),
            (array as usize + range.start) as *mut u8,
            range.len(),
        )
    };
}

/// The bytes of data segment `seg` for `n` elements of `elem` bytes from
/// byte offset `s`, or the memory out-of-bounds trap.
fn data_range(
    instance: &Instance,
    seg: u64,
    s: u64,
    n: u64,
    elem: usize,
) -> Result<&[u8], TrapCode> {
    let bytes = instance.data_bytes(seg as u32);
    let len = n
        .checked_mul(elem as u64)
        .ok_or(TrapCode::MemoryOutOfBounds)?;
    let r = crate::memory::range(s, len, bytes.len())?;
    Ok(&bytes[r])
}

/// The values of element segment `seg` from `s`, `n` of them, or the
/// table out-of-bounds trap.
fn elem_range(instance: &Instance, seg: u64, s: u64, n: u64) -> Result<Vec<u64>, TrapCode> {
    let values = instance.elem_values(seg as u32);
    let r = crate::memory::range(s, n, values.len()).map_err(|_| TrapCode::TableOutOfBounds)?;
    Ok(values[r].iter().map(|v| *v as u64).collect())
}

fn words_as_bytes(words: &[u64]) -> &[u8] {
    // SAFETY: any u64 is 8 plain bytes; same memory, same lifetime.
    unsafe { std::slice::from_raw_parts(words.as_ptr().cast(), words.len() * 8) }
}

/// Where `array.init_data`/`array.init_elem` read from.
enum Segment {
    Data,
    Elem,
}

/// `array.init_*`: `len` elements of `segment` `seg` from `s` into
/// `array` from `d`; the array's range is checked before the segment's.
///
/// # Safety
/// `vmctx` is the calling instance's, `array` null or an array word of a
/// type whose elements the segment's values fit (validation).
unsafe fn array_init(
    vmctx: *const u8,
    segment: Segment,
    seg: u64,
    array: u64,
    d: u64,
    s: u64,
    len: u64,
) -> u32 {
    status((|| {
        if array == 0 {
            return Err(TrapCode::NullArrayReference);
        }
        // SAFETY: per this function's contract, and `array` is non-null.
        unsafe {
            let (instance, store) = (instance_of_vmctx(vmctx), store_of_vmctx(vmctx));
            let (elem, array_len) = array_parts(store, array);
            let to = elems(d, len, array_len, elem)?;
            match segment {
                Segment::Data => write_elems(array, to, data_range(instance, seg, s, len, elem)?),
                Segment::Elem => {
                    let values = elem_range(instance, seg, s, len)?;
                    write_elems(array, to, words_as_bytes(&values));
                }
            }
        }
        Ok(())
    })())
}

/// `array.init_data`: (vmctx, data segment, array, dst index, src byte
/// offset, len) -> trap.
pub(crate) unsafe extern "C" fn array_init_data(
    vmctx: *const u8,
    seg: u64,
    array: u64,
    d: u64,
    s: u64,
    len: u64,
) -> u32 {
    // SAFETY: the builtin's contract is `array_init`'s.
    unsafe { array_init(vmctx, Segment::Data, seg, array, d, s, len) }
}

/// `array.init_elem`: (vmctx, element segment, array, dst index, src
/// index, len) -> trap.
pub(crate) unsafe extern "C" fn array_init_elem(
    vmctx: *const u8,
    seg: u64,
    array: u64,
    d: u64,
    s: u64,
    len: u64,
) -> u32 {
    // SAFETY: the builtin's contract is `array_init`'s.
    unsafe { array_init(vmctx, Segment::Elem, seg, array, d, s, len) }
}

/// `array.new_data`: (vmctx, module type index, data segment, src byte
/// offset, len) -> trap, the array's word.
pub(crate) unsafe extern "C" fn array_new_data(
    vmctx: *const u8,
    type_index: u64,
    seg: u64,
    s: u64,
    len: u64,
) -> StatusAndResult {
    // SAFETY: called by generated code with its own vmctx.
    let (instance, store, type_id) = unsafe { caller(vmctx, type_index) };
    StatusAndResult::from_word((|| {
        let elem = match *store.gc.layouts().expect("set by the store").get(type_id) {
            ObjLayout::Array { elem_size, .. } => elem_size as usize,
            _ => unreachable!("validation: array.new_data names an array type"),
        };
        let bytes = data_range(instance, seg, s, len, elem)?.to_vec();
        let array = gc_alloc(
            store,
            type_id,
            u32::try_from(len).map_err(|_| TrapCode::GcOutOfMemory)?,
        )?;
        // SAFETY: a fresh array of `len` elements of `elem` bytes.
        unsafe {
            write_elems(
                array,
                ARRAY_ELEMS as usize..ARRAY_ELEMS as usize + bytes.len(),
                &bytes,
            )
        };
        Ok(array)
    })())
}

/// `array.new_elem`: (vmctx, module type index, element segment, src
/// index, len) -> trap, the array's word.
pub(crate) unsafe extern "C" fn array_new_elem(
    vmctx: *const u8,
    type_index: u64,
    seg: u64,
    s: u64,
    len: u64,
) -> StatusAndResult {
    // SAFETY: called by generated code with its own vmctx.
    let (instance, store, type_id) = unsafe { caller(vmctx, type_index) };
    StatusAndResult::from_word((|| {
        let values = elem_range(instance, seg, s, len)?;
        // The values stay reachable from the segment while this allocates.
        let array = gc_alloc(store, type_id, values.len() as u32)?;
        let bytes = words_as_bytes(&values);
        // SAFETY: a fresh array of `len` reference elements.
        unsafe {
            write_elems(
                array,
                ARRAY_ELEMS as usize..ARRAY_ELEMS as usize + bytes.len(),
                bytes,
            )
        };
        Ok(array)
    })())
}
