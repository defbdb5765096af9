//! A module's code image, and the memory it is written into.
//!
//! By default an image is a heap buffer. An embedder that runs the code
//! (the runtime) can lend the compiler the memory where the code will run
//! instead, a [`CodeArea`] sized for the module's code up front: each
//! function goes into it as it is finished, so the image is never copied
//! again and touches no other fresh memory than the area's. An image that
//! outgrows its area moves to the heap.

use std::any::Any;
use std::fmt;

/// Memory lent to the compiler to write a module's code image into, from
/// its start: writable while the module is compiled, read-only after that
/// (its owner may make it executable, never writable again).
pub trait CodeArea: Any + Send + Sync {
    /// The whole area.
    fn bytes(&self) -> &[u8];
    /// The whole area, to write code into; called only while the module
    /// is compiled (and linked).
    fn bytes_mut(&mut self) -> &mut [u8];
}

/// Lends a [`CodeArea`] of at least the given number of bytes, or nothing
/// (the image is then a heap buffer).
pub type LendArea<'a> = &'a mut dyn FnMut(usize) -> Option<Box<dyn CodeArea>>;

/// A module's code image: a heap buffer or a lent [`CodeArea`].
pub struct CodeImage {
    storage: Storage,
    /// Bytes of code, from the start of the storage.
    len: usize,
}

enum Storage {
    /// Exactly the image's bytes.
    Heap(Vec<u8>),
    Area(Box<dyn CodeArea>),
}

impl CodeImage {
    /// An empty image written into `area`.
    pub fn in_area(area: Box<dyn CodeArea>) -> CodeImage {
        CodeImage {
            storage: Storage::Area(area),
            len: 0,
        }
    }

    /// An empty image on the heap, with room for `capacity` bytes.
    pub(crate) fn with_capacity(capacity: usize) -> CodeImage {
        Vec::with_capacity(capacity).into()
    }

    /// The area the image is in, if it is in one.
    pub fn area(&self) -> Option<&dyn CodeArea> {
        match &self.storage {
            Storage::Heap(_) => None,
            Storage::Area(area) => Some(&**area),
        }
    }

    /// The area the image is in, if it is in one of type `A`.
    pub fn area_mut<A: CodeArea>(&mut self) -> Option<&mut A> {
        match &mut self.storage {
            Storage::Heap(_) => None,
            Storage::Area(area) => (&mut **area as &mut dyn Any).downcast_mut(),
        }
    }

    /// Appends `code` at the next multiple of `align` bytes, the gap
    /// filled with `padding`, and returns where it starts. An image whose
    /// area is too small for it moves to the heap first.
    pub(crate) fn append(&mut self, code: &[u8], align: usize, padding: u8) -> usize {
        let start = self.len.next_multiple_of(align);
        let end = start + code.len();
        match &mut self.storage {
            Storage::Heap(bytes) => {
                bytes.resize(start, padding);
                bytes.extend_from_slice(code);
            }
            Storage::Area(area) if end <= area.bytes().len() => {
                let bytes = area.bytes_mut();
                bytes[self.len..start].fill(padding);
                bytes[start..end].copy_from_slice(code);
            }
            Storage::Area(area) => {
                let mut bytes = Vec::with_capacity(end.max(2 * self.len));
                bytes.extend_from_slice(&area.bytes()[..self.len]);
                self.storage = Storage::Heap(bytes);
                return self.append(code, align, padding);
            }
        }
        self.len = end;
        start
    }

    /// Empties the image, keeping its storage.
    pub(crate) fn clear(&mut self) {
        if let Storage::Heap(bytes) = &mut self.storage {
            bytes.clear();
        }
        self.len = 0;
    }

    /// The image's bytes, to patch (while the module is compiled).
    pub(crate) fn bytes_mut(&mut self) -> &mut [u8] {
        match &mut self.storage {
            Storage::Heap(bytes) => bytes,
            Storage::Area(area) => &mut area.bytes_mut()[..self.len],
        }
    }

    /// Gives back a heap image's spare capacity.
    pub(crate) fn shrink_to_fit(&mut self) {
        if let Storage::Heap(bytes) = &mut self.storage {
            bytes.shrink_to_fit();
        }
    }
}

/// Empty, on the heap.
impl Default for CodeImage {
    fn default() -> CodeImage {
        Vec::new().into()
    }
}

impl From<Vec<u8>> for CodeImage {
    fn from(bytes: Vec<u8>) -> CodeImage {
        CodeImage {
            len: bytes.len(),
            storage: Storage::Heap(bytes),
        }
    }
}

impl std::ops::Deref for CodeImage {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match &self.storage {
            Storage::Heap(bytes) => bytes,
            Storage::Area(area) => &area.bytes()[..self.len],
        }
    }
}

/// A copy on the heap.
impl Clone for CodeImage {
    fn clone(&self) -> CodeImage {
        self.to_vec().into()
    }
}

impl fmt::Debug for CodeImage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let place = match self.storage {
            Storage::Heap(_) => "heap",
            Storage::Area(_) => "area",
        };
        write!(f, "CodeImage({} bytes, {place})", self.len)
    }
}

impl PartialEq for CodeImage {
    fn eq(&self, other: &CodeImage) -> bool {
        **self == **other
    }
}

impl Eq for CodeImage {}

#[cfg(test)]
mod tests {
    use super::*;

    /// An area of `len` bytes on the heap.
    struct TestArea(Vec<u8>);

    impl CodeArea for TestArea {
        fn bytes(&self) -> &[u8] {
            &self.0
        }
        fn bytes_mut(&mut self) -> &mut [u8] {
            &mut self.0
        }
    }

    #[test]
    fn functions_are_aligned_and_padded_alike_in_an_area_and_on_the_heap() {
        let mut heap = CodeImage::with_capacity(0);
        let mut area = CodeImage::in_area(Box::new(TestArea(vec![0; 64])));
        for image in [&mut heap, &mut area] {
            assert_eq!(image.append(&[1, 2, 3], 16, 0xcc), 0);
            assert_eq!(image.append(&[4; 5], 16, 0xcc), 16);
            assert_eq!(image.len(), 21);
        }
        assert_eq!(heap, area);
        assert_eq!(&heap[3..16], &[0xcc; 13]);
        assert!(heap.area().is_none());
        let lent = area.area_mut::<TestArea>().unwrap();
        // The area past the image is left alone.
        assert_eq!(&lent.0[21..], &[0; 43]);
        area.bytes_mut()[0] = 9;
        assert_eq!(area[0], 9);
        assert_eq!(area.clone()[..], area[..]);
        area.clear();
        assert!(area.is_empty() && area.area().is_some());
    }

    /// A module of 100 functions calling the first, with more code than
    /// a module needs to be compiled in parallel.
    fn large_module() -> Vec<u8> {
        let adds = "(local.set 0 (i32.add (local.get 0) (i32.const 12345)))".repeat(120);
        let funcs: String = (0..100)
            .map(|i| {
                format!(
                    "(func $f{i} (param i32) (result i32)
                        (drop (call $f0 (local.get 0))) {adds} (local.get 0))"
                )
            })
            .collect();
        wat::parse_str(format!("(module {funcs})")).unwrap()
    }

    #[test]
    fn a_module_compiles_alike_into_an_area_on_the_heap_and_in_parallel() {
        let wasm = large_module();
        for parallel in [false, true] {
            let options = crate::CompileOptions {
                parallel,
                ..Default::default()
            };
            let heap = crate::compile_module(&wasm, options).unwrap();
            assert!(heap.image.area().is_none());
            // Areas of the size asked, and too small by far.
            for shrink in [1, 1000] {
                let mut asked = 0;
                let mut lend = |len: usize| -> Option<Box<dyn CodeArea>> {
                    asked = len;
                    Some(Box::new(TestArea(vec![0; len / shrink])))
                };
                let lent = crate::compile_module_into(&wasm, options, &mut lend).unwrap();
                assert!(asked > 64 << 10, "{asked} bytes asked");
                assert_eq!(lent.image.area().is_some(), shrink == 1);
                assert_eq!(lent.image, heap.image);
                assert_eq!(lent.functions, heap.functions);
                assert_eq!(lent.traps, heap.traps);
            }
        }
    }

    #[test]
    fn an_image_that_outgrows_its_area_moves_to_the_heap() {
        let mut image = CodeImage::in_area(Box::new(TestArea(vec![0; 20])));
        image.append(&[1; 10], 16, 0);
        image.append(&[2; 4], 16, 0);
        assert!(image.area().is_some());
        assert_eq!(image.append(&[3; 4], 16, 0xcc), 32);
        assert!(image.area().is_none());
        assert_eq!(image.len(), 36);
        assert_eq!(&image[..10], &[1; 10]);
        assert_eq!(&image[16..20], &[2; 4]);
        assert_eq!(&image[20..32], &[0xcc; 12]);
        assert_eq!(&image[32..], &[3; 4]);
    }
}
