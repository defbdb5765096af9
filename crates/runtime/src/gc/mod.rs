//! The store's GC heap: structs and arrays (Wasm GC), allocated by bumping
//! a pointer through free spans and reclaimed by a non-moving mark-sweep
//! collector.
//!
//! **Memory.** One reservation of the configured limit
//! (`Config::gc_heap_limit`), made at the first allocation; pages are
//! touched as the heap grows. Objects follow `environ::gc_layout` (header:
//! engine type id, then a word whose bit 0 is the mark). The used part,
//! `[base, top)`, is always walkable: every gap is a *filler* (type id
//! [`FILLER`], its size in the second header word), so the collector can
//! visit objects in address order.
//!
//! **Allocation.** The current span is `gc_next..gc_end` in the store's
//! limits block: generated code bumps `gc_next` inline and calls the
//! allocation builtin only when the object does not fit. The slow path
//! closes the span (a filler), takes the next free span that fits, else
//! collects (once the bytes allocated since the last collection exceed
//! what survived it, and at least [`MIN_GC_BYTES`]) or takes a fresh
//! chunk of the reservation; when nothing fits even after a collection,
//! or a collection the heap's limit forced left less than 1/32 of the
//! heap free (it would run again within a few allocations), the
//! allocation fails and the code traps (`GcOutOfMemory`).
//!
//! **Limiter.** Before it takes a fresh chunk the heap asks the store's
//! resource limiter, as a memory growing from the bytes in use to those
//! plus the chunk (maximum: the configured limit), as wasmtime counts its
//! GC heap as a memory. A denial or an error collects first (unless this
//! allocation already did, or collections are held off) and asks again
//! if nothing fits then; a second denial fails the allocation, and an
//! error (or a panic, at once) is kept as the heap's *refusal*, which the
//! `GcOutOfMemory` trap that follows reports instead (the error the call
//! returns, as `memory.grow`'s), and which the next allocation forgets.
//!
//! **Collection.** Mark from the roots, then sweep: every unmarked object
//! becomes part of a filler, consecutive ones coalesced, and the fillers
//! large enough form the new free list (address order). Unreachable
//! cycles are freed like any garbage. Roots:
//! - the Wasm frames of every activation of the store's thread, precisely:
//!   the frame words that the stack map of each frame's call site names
//!   ([`stack_roots`]). A stack map missing for a return address in Wasm
//!   code aborts the collection (nothing is freed; counted in
//!   [`GcStats::missing_stack_maps`]). Rust code never holds a raw object
//!   word across an allocation unless collections are held off
//!   ([`GcHeap::no_collection`]: instantiation's constant expressions) or
//!   the object stays reachable from a root (`array.new_elem`'s values,
//!   from their segment; the host's values, from their `HostRoot`s);
//! - registered root sources: the store's globals, tables and element
//!   segments of reference type ([`RootSource`]), exception payloads, and
//!   the references the host holds (`StoreRuntime::host_roots`: API
//!   handles name a slot there, never the word).

mod builtins;
mod layouts;
mod stack_roots;

pub use builtins::gc_alloc;
pub(crate) use builtins::{
    array_copy, array_init_data, array_init_elem, array_new_data, array_new_elem, gc_alloc_builtin,
};
pub(crate) use layouts::layout_of;
pub use layouts::{GcLayouts, ObjLayout};
pub use stack_roots::OuterExits;

use crate::host::HostTrap;
use crate::limiter::Growing;
use crate::limits::{StoreLimits, StoreRuntime};
use crate::table::Table;
use crate::values::VMGlobal;
use brisk_environ::gc_layout::{ARRAY_LENGTH, GC_MARK, GC_TYPE_ID};
use std::cell::{Cell, RefCell};
use std::sync::Arc;

/// The type id of a filler (free memory between objects).
pub const FILLER: u32 = u32::MAX;
/// Every 32-bit word of freed memory in poison mode ([`GcHeap::set_poison`]):
/// as a type id, no type's; as a reference, a host value no table holds.
pub const POISON: u32 = u32::MAX - 1;
/// Collections wait for at least this many bytes of allocation.
pub const MIN_GC_BYTES: usize = 4 << 20;
/// The heap grows by chunks of this many bytes (or the object's size).
const CHUNK: usize = 1 << 20;
/// A collection forced by the heap's limit (or the limiter) must leave at
/// least 1/this of the used heap free, else the allocation fails.
const MIN_RECLAIM_SHARE: usize = 32;
/// Default `Config::gc_heap_limit`.
pub const DEFAULT_GC_HEAP_LIMIT: usize = 1 << 30;

/// A place outside the heap that holds references: a root.
#[derive(Debug, Clone, Copy)]
pub enum RootSource {
    Global(*const VMGlobal),
    Table(*const Table),
    /// An instance's element segment values.
    Elements(*const RefCell<Vec<usize>>),
}

/// Collector counters, for tests and tools.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct GcStats {
    pub collections: u64,
    /// Bytes of objects alive after the last collection.
    pub live_bytes: usize,
    /// Bytes of the reservation in use (`top - base`).
    pub heap_bytes: usize,
    /// Collections abandoned because a return address in Wasm code had no
    /// stack map (a compiler bug; nothing was freed). Always 0.
    pub missing_stack_maps: u64,
    /// Words that stack maps named holding a pointer-like value that is not
    /// an object's address (a slot mapped wrongly, or a reference to an
    /// object freed while still in use). Always 0.
    pub invalid_stack_roots: u64,
}

struct Region {
    base: usize,
    size: usize,
}

impl Drop for Region {
    fn drop(&mut self) {
        // SAFETY: the mapping was made by `Region::reserve` with this size
        // and nothing uses it once the heap is dropped.
        unsafe { libc::munmap(self.base as *mut libc::c_void, self.size) };
    }
}

impl Region {
    fn reserve(size: usize) -> Option<Region> {
        // SAFETY: a fresh anonymous mapping; no existing memory is touched.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                size,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        (p != libc::MAP_FAILED).then(|| Region {
            base: p as usize,
            size,
        })
    }
}

#[derive(Default)]
struct State {
    region: Option<Region>,
    /// End of the used part of the region.
    top: usize,
    /// Free spans (start, bytes) in address order, from the last sweep;
    /// those before `next_free` were taken or were too small.
    free: Vec<(usize, usize)>,
    next_free: usize,
    layouts: Option<Arc<GcLayouts>>,
    roots: Vec<RootSource>,
    allocated_since_gc: usize,
    stats: GcStats,
    /// Test mode ([`GcHeap::set_poison`]).
    poison: bool,
}

/// The store's GC heap (see the module documentation).
pub struct GcHeap {
    state: RefCell<State>,
    limit: Cell<usize>,
    /// While positive, the heap grows instead of collecting
    /// ([`GcHeap::no_collection`]).
    no_gc: Cell<u32>,
    /// The limiter's error that failed the last allocation, if one did.
    refusal: Cell<Option<HostTrap>>,
}

impl Default for GcHeap {
    fn default() -> Self {
        GcHeap {
            state: RefCell::default(),
            limit: Cell::new(DEFAULT_GC_HEAP_LIMIT),
            no_gc: Cell::new(0),
            refusal: Cell::new(None),
        }
    }
}

/// Holds collections off while it lives.
pub struct NoCollection<'a>(&'a Cell<u32>);

impl Drop for NoCollection<'_> {
    fn drop(&mut self) {
        self.0.set(self.0.get() - 1);
    }
}

/// Writes a filler header over `[start, start + len)`.
///
/// # Safety
/// The range is inside the heap's used part and holds no live object.
unsafe fn write_filler(start: usize, len: usize) {
    debug_assert!(len >= 8 && len.is_multiple_of(8));
    // SAFETY: as the caller guarantees; 8-byte aligned.
    unsafe {
        *(start as *mut u32) = FILLER;
        *((start + 4) as *mut u32) = (len / 8) as u32;
    }
}

/// Whether `word` may be a pointer to a GC object (not null, not an i31,
/// not a host value: low three bits zero).
fn is_pointer(word: u64) -> bool {
    word != 0 && word & 7 == 0
}

impl GcHeap {
    /// Holds collections off until the guard drops: for runtime code that
    /// keeps new objects where the collector does not look (Rust heap
    /// collections) until it registers them.
    pub fn no_collection(&self) -> NoCollection<'_> {
        self.no_gc.set(self.no_gc.get() + 1);
        NoCollection(&self.no_gc)
    }

    /// Test mode: sweeping fills freed memory with [`POISON`] and never
    /// reuses it, so that code still using a freed object (a missing
    /// root) reads poison instead of another object.
    pub fn set_poison(&self, on: bool) {
        self.state.borrow_mut().poison = on;
    }

    /// Sets the most bytes the heap may use (before its first allocation).
    pub fn set_limit(&self, bytes: usize) {
        self.limit.set(bytes.next_multiple_of(8));
    }

    /// Gives the heap its engine's layouts (the store does, when created).
    pub fn set_layouts(&self, layouts: Arc<GcLayouts>) {
        self.state.borrow_mut().layouts = Some(layouts);
    }

    /// The engine's layouts, once the store set them.
    pub fn layouts(&self) -> Option<Arc<GcLayouts>> {
        self.state.borrow().layouts.clone()
    }

    /// Registers a place that holds references for as long as the store.
    pub fn add_root(&self, root: RootSource) {
        self.state.borrow_mut().roots.push(root);
    }

    pub fn stats(&self) -> GcStats {
        self.state.borrow().stats
    }

    /// The limiter's error (or panic) that failed the last allocation, if
    /// one did (see the module documentation); taken once.
    pub fn take_refusal(&self) -> Option<HostTrap> {
        self.refusal.take()
    }

    /// Allocates `size` bytes (a multiple of 8) for an object, collecting
    /// if needed; `None` when the heap is full. The memory is not zeroed
    /// and has no header yet.
    pub(crate) fn alloc(&self, store: &StoreRuntime, size: usize) -> Option<usize> {
        let limits = &store.limits;
        let mut collected = false;
        self.refusal.set(None);
        loop {
            let (next, end) = (limits.gc_next.get(), limits.gc_end.get());
            if end - next >= size {
                limits.gc_next.set(next + size);
                return Some(next);
            }
            let mut s = self.state.borrow_mut();
            close_span(limits);
            if let Some(span) = s.take_free(size) {
                // Spans count as allocated when handed out: code bumps
                // through them without telling the heap.
                s.allocated_since_gc += span.1;
                set_span(limits, span);
                continue;
            }
            let threshold = s.stats.live_bytes.max(MIN_GC_BYTES);
            let may_collect = !collected && self.no_gc.get() == 0;
            let at_limit = !s.can_grow(size, self.limit.get());
            if may_collect && (s.allocated_since_gc >= threshold || at_limit) {
                drop(s);
                collected = true;
                if !self.collect_reclaiming(store) && at_limit {
                    return None;
                }
                continue;
            }
            let (used, chunk) = s.next_chunk(size, self.limit.get())?;
            drop(s);
            // The limiter runs the embedder's code: no borrow is held.
            let grow = store.may_grow(
                Growing::Memory,
                used,
                used + chunk,
                Some(self.limit.get() as u64),
            );
            match grow {
                Ok(true) => {}
                Ok(false) | Err(HostTrap::Error(_)) if may_collect => {
                    collected = true;
                    if !self.collect_reclaiming(store) && grow.is_ok() {
                        return None;
                    }
                    continue;
                }
                Ok(false) => return None,
                Err(trap) => {
                    self.refusal.set(Some(trap));
                    return None;
                }
            }
            let mut s = self.state.borrow_mut();
            let span = s.take_chunk(chunk);
            s.allocated_since_gc += span.1;
            set_span(limits, span);
        }
    }

    /// Collects because the heap cannot grow; whether the collection left
    /// at least [`MIN_RECLAIM_SHARE`] of the used heap free. When it did
    /// not, the allocation fails instead of using the little it freed, or
    /// a program whose live data nearly fills the heap would run a whole
    /// collection every few allocations (a quadratic slowdown, not an
    /// out-of-memory trap).
    fn collect_reclaiming(&self, store: &StoreRuntime) -> bool {
        let before = self.state.borrow().stats.collections;
        self.collect(store);
        let s = self.state.borrow();
        let stats = &s.stats;
        // An aborted collection (a missing stack map) freed nothing.
        stats.collections > before
            && (stats.heap_bytes - stats.live_bytes) * MIN_RECLAIM_SHARE >= stats.heap_bytes
    }

    /// Collects garbage now.
    pub fn collect(&self, store: &StoreRuntime) {
        close_span(&store.limits);
        set_span(&store.limits, (0, 0));
        let mut stack_words = Vec::new();
        // SAFETY: collections run on the store's thread, inside the call
        // its exit record describes (builtins, host functions) or outside
        // Wasm code, never while a module is registered.
        let walked = unsafe { stack_roots::for_each_stack_root(store, |w| stack_words.push(w)) };
        let mut s = self.state.borrow_mut();
        if let Err(missing) = walked {
            debug_assert!(false, "{missing}");
            s.stats.missing_stack_maps += 1;
            return;
        }
        let Some(region) = &s.region else {
            return;
        };
        let base = region.base;
        let top = s.top;
        let layouts = s.layouts.clone().expect("a heap with objects has layouts");
        layouts.with(|layouts| {
            let starts = ObjectStarts::build(base, top, layouts);
            let mut marker = Marker {
                starts: &starts,
                stack: Vec::new(),
            };
            let invalid = stack_words
                .iter()
                .filter(|&&w| is_pointer(w) && !starts.is_object(w))
                .count();
            for w in stack_words {
                marker.visit(w);
            }
            s.stats.invalid_stack_roots += invalid as u64;
            s.visit_roots(&mut marker);
            store.exceptions.for_each_payload_word(|w| marker.visit(w));
            for w in store.host_roots.words() {
                marker.visit(w);
            }
            marker.trace(layouts);
            // SAFETY: the used part is walkable and its marks are set.
            let (free, live) = unsafe { sweep(base, top, layouts, s.poison) };
            s.free = free;
            s.next_free = 0;
            s.allocated_since_gc = 0;
            s.stats.collections += 1;
            s.stats.live_bytes = live;
            s.stats.heap_bytes = top - base;
        });
    }
}

/// Closes the current span: its unused rest becomes a filler.
fn close_span(limits: &StoreLimits) {
    let (next, end) = (limits.gc_next.get(), limits.gc_end.get());
    if end > next {
        // SAFETY: the span's rest is unused heap memory.
        unsafe { write_filler(next, end - next) };
    }
    limits.gc_next.set(end);
}

fn set_span(limits: &StoreLimits, (start, len): (usize, usize)) {
    limits.gc_next.set(start);
    limits.gc_end.set(start + len);
}

impl State {
    fn take_free(&mut self, size: usize) -> Option<(usize, usize)> {
        while let Some(&span) = self.free.get(self.next_free) {
            self.next_free += 1;
            if span.1 >= size {
                return Some(span);
            }
        }
        None
    }

    fn can_grow(&self, size: usize, limit: usize) -> bool {
        let used = self.region.as_ref().map_or(0, |r| self.top - r.base);
        used + size <= limit
    }

    /// The bytes in use and the length of the next fresh chunk for an
    /// object of `size` bytes (reserving the region first), if one fits.
    fn next_chunk(&mut self, size: usize, limit: usize) -> Option<(u64, u64)> {
        if self.region.is_none() {
            let region = Region::reserve(limit.max(8))?;
            self.top = region.base;
            self.region = Some(region);
        }
        let region = self.region.as_ref().unwrap();
        let end = region.base + region.size.min(limit);
        let len = size.max(CHUNK).min(end - self.top);
        (len >= size).then_some(((self.top - region.base) as u64, len as u64))
    }

    /// Takes a chunk of `len` bytes at the top of the heap (as
    /// [`Self::next_chunk`] sized it).
    fn take_chunk(&mut self, len: u64) -> (usize, usize) {
        let base = self.region.as_ref().expect("next_chunk reserved it").base;
        let span = (self.top, len as usize);
        self.top += len as usize;
        self.stats.heap_bytes = self.top - base;
        span
    }

    fn visit_roots(&self, marker: &mut Marker) {
        for root in &self.roots {
            // SAFETY: registered sources live as long as the store.
            unsafe {
                match *root {
                    RootSource::Global(g) => marker.visit((*g).get()),
                    RootSource::Table(t) => {
                        for i in 0..(*t).len() {
                            marker.visit((*t).get(i).unwrap_or(0) as u64);
                        }
                    }
                    RootSource::Elements(e) => {
                        for w in (*e).borrow().iter() {
                            marker.visit(*w as u64);
                        }
                    }
                }
            }
        }
    }
}

/// One bit per 8 bytes of the used heap: set where an object starts.
struct ObjectStarts {
    base: usize,
    top: usize,
    bits: Vec<u64>,
}

impl ObjectStarts {
    fn build(base: usize, top: usize, layouts: &[Arc<ObjLayout>]) -> ObjectStarts {
        let granules = (top - base) / 8;
        let mut bits = vec![0u64; granules.div_ceil(64)];
        // SAFETY: the used part is walkable.
        unsafe {
            walk(base, top, layouts, |obj, _, live| {
                if live {
                    let g = (obj - base) / 8;
                    bits[g / 64] |= 1 << (g % 64);
                }
            })
        };
        ObjectStarts { base, top, bits }
    }

    fn is_object(&self, word: u64) -> bool {
        let a = word as usize;
        if !is_pointer(word) || a < self.base || a >= self.top {
            return false;
        }
        let g = (a - self.base) / 8;
        self.bits[g / 64] & (1 << (g % 64)) != 0
    }
}

struct Marker<'a> {
    starts: &'a ObjectStarts,
    stack: Vec<usize>,
}

impl Marker<'_> {
    /// Marks the object `word` names, if it names one not yet marked.
    fn visit(&mut self, word: u64) {
        if !self.starts.is_object(word) {
            return;
        }
        let mark = (word as usize + GC_MARK as usize) as *mut u32;
        // SAFETY: `word` is the address of an object in the heap.
        unsafe {
            if *mark & 1 == 0 {
                *mark |= 1;
                self.stack.push(word as usize);
            }
        }
    }

    fn trace(&mut self, layouts: &[Arc<ObjLayout>]) {
        while let Some(obj) = self.stack.pop() {
            // SAFETY: `obj` is a marked object, its type id registered.
            unsafe {
                let id = *((obj + GC_TYPE_ID as usize) as *const u32);
                layouts[id as usize].for_each_ref(obj, |slot| self.visit(*slot));
            }
        }
    }
}

/// Calls `f(address, size, is_object)` for each object and filler of
/// `[base, top)` in order.
///
/// # Safety
/// The range is a walkable heap whose objects' types are in `layouts`.
unsafe fn walk(
    base: usize,
    top: usize,
    layouts: &[Arc<ObjLayout>],
    mut f: impl FnMut(usize, usize, bool),
) {
    let mut p = base;
    while p < top {
        // SAFETY: `p` starts an object or a filler (walkable heap).
        let id = unsafe { *(p as *const u32) };
        let (size, live) = if id == FILLER {
            // SAFETY: a filler keeps its size in granules at offset 4.
            (unsafe { *((p + 4) as *const u32) } as usize * 8, false)
        } else {
            // SAFETY: an object of a registered type.
            (unsafe { layouts[id as usize].object_size(p) }, true)
        };
        f(p, size, live);
        p += size;
    }
}

/// Frees every unmarked object and clears the marks; returns the new
/// free list and the bytes of live objects.
///
/// # Safety
/// As for [`walk`], with marks set by the mark phase.
unsafe fn sweep(
    base: usize,
    top: usize,
    layouts: &[Arc<ObjLayout>],
    poison: bool,
) -> (Vec<(usize, usize)>, usize) {
    let mut free = Vec::new();
    let mut live = 0;
    let mut run: Option<(usize, usize)> = None;
    let end_run = |run: &mut Option<(usize, usize)>, free: &mut Vec<(usize, usize)>| {
        if let Some((start, len)) = run.take() {
            if poison {
                // SAFETY: the run's words after its filler header are dead.
                unsafe { std::slice::from_raw_parts_mut((start + 8) as *mut u32, len / 4 - 2) }
                    .fill(POISON);
            }
            // SAFETY: a run of dead objects and fillers.
            unsafe { write_filler(start, len) };
            if len >= 32 && !poison {
                free.push((start, len));
            }
        }
    };
    let visit = |p: usize, size: usize, is_object: bool| {
        let mark = (p + GC_MARK as usize) as *mut u32;
        // SAFETY: `p` starts an object (its mark word) when `is_object`.
        if is_object && unsafe { *mark } & 1 != 0 {
            // SAFETY: as above.
            unsafe { *mark &= !1 };
            live += size;
            end_run(&mut run, &mut free);
        } else {
            run = Some(match run {
                Some((start, len)) => (start, len + size),
                None => (p, size),
            });
        }
    };
    // SAFETY: as the caller guarantees.
    unsafe { walk(base, top, layouts, visit) };
    end_run(&mut run, &mut free);
    (free, live)
}

/// The header of a new object of engine type `type_id`; an array's length
/// too.
///
/// # Safety
/// `obj` is freshly allocated memory of the object's size.
pub(crate) unsafe fn init_header(obj: usize, type_id: u32, array_len: Option<u32>) {
    // SAFETY: as the caller guarantees.
    unsafe {
        *((obj + GC_TYPE_ID as usize) as *mut u32) = type_id;
        *((obj + GC_MARK as usize) as *mut u32) = 0;
        if let Some(len) = array_len {
            *((obj + ARRAY_LENGTH as usize) as *mut u32) = len;
        }
    }
}
