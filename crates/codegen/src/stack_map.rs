//! Stack maps: for every safepoint of a function (a call that may reach
//! the GC collector: Wasm calls of every kind, host calls, and builtins
//! that `may_collect`), the frame words that hold a live GC reference
//! while the call runs, keyed by the call's return address.
//!
//! Canonical slots make this a bitmap per site: at a call every value of
//! the stack is in its slot (the allocatable registers are caller-saved,
//! so calls spill them), a constant, or a local's current value; locals
//! that may hold a GC object are never pinned to a register (`Frame`), so
//! they are in their slots too. A site's bitmap names exactly the slots of
//! GC-typed values on the stack below the call's operands and the GC-typed
//! locals: slots above the stack's height at the call hold stale words and
//! are never named. The collector (`runtime/src/gc/stack_roots.rs`) walks
//! the frame-pointer chain and marks from the named words only.

use crate::context::CodeGenContext;
use crate::masm::MacroAssembler;
use crate::stack::Val;
use brisk_environ::WasmType;

/// Whether a value of type `ty` may be the address of a GC object
/// ([`WasmType::is_gc_ref`]).
pub fn is_gc_ref(ty: WasmType) -> bool {
    ty.is_gc_ref()
}

/// One safepoint: its return address and its bitmap, `bits[start..start + len]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StackMapSite {
    /// The return address: function-relative while compiling,
    /// image-relative once linked (like trap entries).
    pub offset: u32,
    pub start: u32,
    pub len: u32,
}

/// The stack maps of one function. Bit `i` of a site's bitmap (bit `i % 32`
/// of word `i / 32`) is the frame word at `fp + top - 8 * i`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StackMaps {
    /// The frame-pointer offset of bit 0: the highest GC-typed parameter's.
    pub top: i32,
    /// Sorted by offset. Empty when no safepoint of the function has a
    /// live reference (`bits` is then empty too), which is most functions.
    pub sites: Vec<StackMapSite>,
    /// The bitmaps, those of consecutive equal sites shared.
    pub bits: Vec<u32>,
}

impl StackMaps {
    /// The bitmap of the safepoint whose return address is `offset`, or
    /// `None` if the function has no safepoint there.
    pub fn at(&self, offset: u32) -> Option<&[u32]> {
        if self.sites.is_empty() {
            return Some(&[]);
        }
        let i = self
            .sites
            .binary_search_by_key(&offset, |s| s.offset)
            .ok()?;
        let s = self.sites[i];
        self.bits.get(s.start as usize..(s.start + s.len) as usize)
    }

    /// The frame-pointer offsets `bitmap` names.
    pub fn offsets<'a>(&self, bitmap: &'a [u32]) -> impl Iterator<Item = i32> + 'a {
        let top = self.top;
        bitmap.iter().enumerate().flat_map(move |(w, bits)| {
            (0..32)
                .filter(move |b| bits & (1 << b) != 0)
                .map(move |b| top - 8 * (32 * w as i32 + b))
        })
    }

    /// Adds `delta` to every site's offset (linking).
    pub fn relocate(&mut self, delta: u32) {
        for s in &mut self.sites {
            s.offset += delta;
        }
    }
}

/// A call that may reach the collector was emitted without a stack map:
/// it would leave the collector a frame it cannot read, so it is a
/// compiler bug caught while compiling rather than at a collection.
pub fn unmapped(at: u32) -> ! {
    panic!("the call returning to {at} has no stack map")
}

/// Checks, at the end of a function (after its out-of-line code), that
/// its last safepoint got its stack map. The ones before were checked as
/// they came: an ISA refuses a safepoint while the previous one is not
/// taken (`MacroAssembler::take_safepoint`), so the code that emits a call
/// takes its safepoint before the next call, with the stack of that call.
pub fn check_all_mapped<M: MacroAssembler>(masm: &mut M) {
    if let Some(at) = masm.take_safepoint() {
        unmapped(at);
    }
}

/// Builds a function's stack maps as its safepoints are emitted.
#[derive(Debug, Default)]
pub struct StackMapBuilder {
    maps: StackMaps,
    /// Whether some site has a live reference.
    any: bool,
    /// Whether sites are recorded: not in a module that can hold no GC
    /// object (`ModuleInfo::no_gc_refs`), whose functions' maps are all
    /// empty.
    recording: bool,
    bitmap: Vec<u32>,
}

impl StackMapBuilder {
    /// Starts a function whose locals are laid out in `ctx`, in a module
    /// whose `ModuleInfo::no_gc_refs` is `no_gc_refs`.
    pub fn reset(&mut self, ctx: &CodeGenContext, no_gc_refs: bool) {
        self.maps.sites.clear();
        self.maps.bits.clear();
        self.maps.top = ctx.frame.gc_locals().iter().copied().max().unwrap_or(0);
        self.any = false;
        self.recording = !no_gc_refs;
    }

    /// Records the safepoint whose return address is `offset`, with the
    /// value stack as `ctx` has it at the call.
    #[inline]
    pub fn record(&mut self, offset: u32, ctx: &CodeGenContext) {
        if !self.recording {
            return;
        }
        debug_assert!(
            self.maps
                .sites
                .last()
                .is_none_or(|last| last.offset < offset)
        );
        if ctx.frame.gc_locals().is_empty() && !ctx.stack.iter().any(|v| is_gc_ref(v.ty())) {
            // No GC-typed local or value: the empty bitmap.
            let start = self.maps.bits.len() as u32;
            self.maps.sites.push(StackMapSite {
                offset,
                start,
                len: 0,
            });
            return;
        }
        self.record_bitmap(offset, ctx);
    }

    /// [`Self::record`] of a site that may have a live reference, out of
    /// line: most sites have none.
    #[inline(never)]
    fn record_bitmap(&mut self, offset: u32, ctx: &CodeGenContext) {
        self.bitmap.clear();
        let top = self.maps.top;
        let mut set = |fp_offset: i32| {
            let i = ((top - fp_offset) / 8) as usize;
            if self.bitmap.len() <= i / 32 {
                self.bitmap.resize(i / 32 + 1, 0);
            }
            self.bitmap[i / 32] |= 1 << (i % 32);
        };
        for &off in ctx.frame.gc_locals() {
            set(off);
        }
        for (depth, v) in ctx.stack.iter().enumerate() {
            match *v {
                Val::Mem(ty) if is_gc_ref(ty) => set(ctx.frame.slot_offset(depth)),
                // A register does not survive a call: one holding a
                // reference here would be a root the collector misses.
                Val::Reg(r, ty) => {
                    assert!(!is_gc_ref(ty), "{r:?} holds a reference at a safepoint")
                }
                _ => {}
            }
        }
        self.any |= !self.bitmap.is_empty();
        let maps = &mut self.maps;
        let shared = maps.sites.last().filter(|last| {
            maps.bits[last.start as usize..(last.start + last.len) as usize] == self.bitmap[..]
        });
        let (start, len) = match shared {
            Some(last) => (last.start, last.len),
            None => {
                let start = maps.bits.len() as u32;
                maps.bits.extend_from_slice(&self.bitmap);
                (start, self.bitmap.len() as u32)
            }
        };
        maps.sites.push(StackMapSite { offset, start, len });
    }

    /// The function's stack maps (none at all if no site has a reference).
    pub fn finish(&mut self) -> StackMaps {
        if !self.any {
            return StackMaps::default();
        }
        self.maps.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::isa::x64::X64Masm;
    use crate::target::{Isa, Target};

    #[test]
    fn references_are_never_pinned_and_maps_name_their_slots() {
        use WasmType::*;
        let mut ctx = CodeGenContext::default();
        ctx.reset::<X64Masm>(&[AnyRef, I32, ExternRef, I64], None);
        ctx.frame.add_locals(2, AnyRef);
        ctx.frame.add_locals(1, I64);
        let pinned: Vec<bool> = (0..7).map(|i| ctx.frame.local_reg(i).is_some()).collect();
        assert_eq!(pinned, [false, true, false, true, false, false, true]);
        ctx.push(Val::Mem(AnyRef));
        ctx.push(Val::Mem(I64));
        ctx.push(Val::Mem(ExternRef));
        let mut maps = StackMapBuilder::default();
        maps.reset(&ctx, false);
        maps.record(10, &ctx);
        ctx.drop_top();
        maps.record(20, &ctx);
        let maps = maps.finish();
        let at = |offset| {
            let mut words: Vec<i32> = maps.offsets(maps.at(offset).unwrap()).collect();
            words.sort();
            words
        };
        // Parameters at fp + 16 + 8i; the vmctx and three save slots, then
        // the locals from fp - 40 and the value-stack slots from fp - 64.
        assert_eq!(at(10), [-80, -64, -48, -40, 16, 32]);
        assert_eq!(at(20), [-64, -48, -40, 16, 32], "slot 2 is above the stack");
        assert_eq!(maps.at(15), None);
    }

    #[test]
    fn sites_before_the_first_reference_keep_empty_maps() {
        use WasmType::*;
        let mut ctx = CodeGenContext::default();
        ctx.reset::<X64Masm>(&[I64], None);
        ctx.push(Val::Mem(I64));
        let mut maps = StackMapBuilder::default();
        maps.reset(&ctx, false);
        maps.record(10, &ctx);
        assert_eq!(maps.finish(), StackMaps::default(), "no reference yet");
        ctx.push(Val::Mem(ExternRef));
        maps.record(20, &ctx);
        ctx.drop_top();
        maps.record(30, &ctx);
        let maps = maps.finish();
        let at = |offset| maps.offsets(maps.at(offset).unwrap()).collect::<Vec<_>>();
        assert_eq!(at(10), []);
        assert_eq!(at(20), [ctx.frame.slot_offset(1)]);
        assert_eq!(at(30), [], "the reference was popped");
        assert_eq!(maps.at(15), None);
    }

    /// A module that declares no GC-typed function type, table or global
    /// and no struct or array type records no site; one that declares any
    /// of them records as usual.
    #[test]
    fn modules_without_gc_declarations_record_no_sites() {
        let no_gc_refs = |wat: &str| {
            let wasm = wat::parse_str(wat).unwrap();
            let info = brisk_environ::parse_module(&wasm, brisk_environ::validation_features())
                .unwrap()
                .info;
            info.no_gc_refs
        };
        let without = "(module (type (func (param funcref i32) (result i64))) \
            (table 1 funcref) (global i32 (i32.const 0)) \
            (func (local externref) (drop (ref.i31 (i32.const 1)))))";
        assert!(no_gc_refs(without));
        for with in [
            "(module (type (func (param externref))))",
            "(module (type (func (result anyref))))",
            "(module (table 1 externref))",
            "(module (global externref (ref.null extern)))",
            "(module (type (struct)))",
            "(module (type (array i8)))",
        ] {
            assert!(!no_gc_refs(with), "{with}");
        }

        let mut ctx = CodeGenContext::default();
        ctx.reset::<X64Masm>(&[], None);
        ctx.push(Val::Mem(WasmType::ExternRef));
        let mut maps = StackMapBuilder::default();
        maps.reset(&ctx, true);
        maps.record(10, &ctx);
        assert_eq!(maps.finish(), StackMaps::default());
        maps.reset(&ctx, false);
        maps.record(10, &ctx);
        assert_eq!(maps.finish().sites.len(), 1);
    }

    #[test]
    fn a_safepoint_is_taken_once_and_before_the_next_call() {
        let mut masm = X64Masm::new(Target::baseline(Isa::X86_64));
        masm.call_direct(0);
        let at = masm.take_safepoint().expect("a call is a safepoint");
        assert_eq!(masm.take_safepoint(), None);
        masm.call_direct(1);
        assert!(masm.take_safepoint().is_some_and(|next| next > at));
        check_all_mapped(&mut masm);
    }

    #[test]
    #[should_panic(expected = "has no stack map")]
    fn a_call_while_the_previous_safepoint_is_pending_is_refused() {
        let mut masm = X64Masm::new(Target::baseline(Isa::X86_64));
        masm.call_direct(0);
        masm.call_direct(1);
    }

    #[test]
    fn bitmaps_name_frame_words_from_the_top_down() {
        let maps = StackMaps {
            top: 24,
            sites: vec![
                StackMapSite {
                    offset: 10,
                    start: 0,
                    len: 2,
                },
                StackMapSite {
                    offset: 30,
                    start: 2,
                    len: 0,
                },
            ],
            bits: vec![0b101, 1 << 1],
        };
        let at10: Vec<i32> = maps.offsets(maps.at(10).unwrap()).collect();
        assert_eq!(at10, [24, 8, 24 - 8 * 33]);
        assert_eq!(maps.at(30), Some(&[][..]));
        assert_eq!(maps.at(20), None, "no safepoint there");
        assert_eq!(StackMaps::default().at(20), Some(&[][..]), "no references");
    }
}
