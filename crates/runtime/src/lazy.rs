//! Code memory of a lazily compiled module (x86-64, native only): each
//! function is compiled on its first call (see `codegen/src/lazy.rs` for
//! the stubs and the up-front validation).
//!
//! One reservation per module, inaccessible at first, holds everything,
//! so that `rel32` reaches across it:
//!
//! ```text
//! [data: state, compile fn, slot per function]  read-write, never executable
//! [stubs and their common entry]                read-execute
//! [function code, page-aligned, in call order]  each read-write while
//!                                               written, then read-execute
//! ```
//!
//! Code that may be running is never `mprotect`ed: a function's pages are
//! fresh (never executed) while writable, and nothing is written to the
//! stub pages after they became executable. A compiled function is
//! published by a release store into its slot, after its code is
//! executable and its trap table and unwind information are reachable by
//! the signal handler and the unwinder without locks: a `OnceLock` per
//! function (set once, read by an atomic load) and a table from page to
//! function. Calls, `VMFuncRef.code` and imports always go through the
//! stub, which jumps through the slot: no `VMFuncRef` ever changes, so
//! instances of the module in other stores and threads need no update.
//!
//! Compiling takes the module's lock (one compile at a time per module);
//! a thread that finds the function compiled meanwhile uses it. Before
//! compiling, the caller's stack must have [`COMPILE_STACK`] bytes above
//! the store's stack limit, else the call traps with "call stack
//! exhausted".

use crate::host::{HostTrap, park};
use crate::limiter::store_of_vmctx;
use brisk_codegen::CompiledFunction;
use brisk_codegen::compile::FuncCompiler;
use brisk_codegen::exceptions::UnwindInfo;
use brisk_codegen::isa::x64::X64Masm;
use brisk_codegen::lazy::{
    DATA_COMPILE_FN, DATA_SLOTS, DATA_STATE, LazyModule, STUB_BYTES, STUB_LAZY_ENTRY, stubs,
};
use brisk_environ::vmctx::INTERRUPT_STACK_LIMIT;
use brisk_environ::{TrapCode, TrapEntry};
use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock, PoisonError};

/// Host stack a compile may use, required above the stack limit.
pub const COMPILE_STACK: usize = 64 * 1024;

/// A compiled function: where it is and what the signal handler and the
/// unwinder need, with offsets from the reservation's base.
pub(crate) struct LazyFunc {
    start: u32,
    len: u32,
    traps: Box<[TrapEntry]>,
    unwind: UnwindInfo,
}

struct Compiling {
    compiler: FuncCompiler<X64Masm>,
    /// Offset of the next free page.
    next: usize,
}

pub struct LazyCode {
    base: *mut u8,
    len: usize,
    page: usize,
    /// Offset of the stubs.
    stubs: usize,
    /// Offset of the first function page.
    code_start: usize,
    module: LazyModule,
    funcs: Box<[OnceLock<LazyFunc>]>,
    /// Per page from `code_start`: the defined function whose code it
    /// holds, plus one (0: none yet).
    pages: Box<[AtomicU32]>,
    compiling: Mutex<Compiling>,
}

// SAFETY: the reservation is owned by this value; its data words are
// atomics in effect (written before publication or with release stores,
// under the lock), and compiled code is immutable once executable.
unsafe impl Send for LazyCode {}
// SAFETY: as above; mutation goes through the mutex or atomics.
unsafe impl Sync for LazyCode {}

fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    unsafe { libc::sysconf(libc::_SC_PAGESIZE) as usize }
}

/// Changes the protection of `[base + start, base + start + len)`.
///
/// # Safety
/// The range lies in the reservation and holds no code that may run
/// (unless the new protection keeps it executable and unchanged).
unsafe fn protect(base: *mut u8, start: usize, len: usize, prot: libc::c_int) -> io::Result<()> {
    // SAFETY: as the caller guarantees.
    let rc = unsafe { libc::mprotect(base.add(start).cast(), len, prot) };
    if rc != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

impl LazyCode {
    /// Reserves the module's code space and writes its stubs.
    pub fn new(module: LazyModule) -> io::Result<Box<LazyCode>> {
        let page = page_size();
        let count = module.len();
        let data_len = (DATA_SLOTS + 8 * count).next_multiple_of(page);
        let stubs_code = stubs(count as u32, -(data_len as i64));
        let code_start = data_len + stubs_code.len().next_multiple_of(page);
        // Room for every function: baseline code is a few times its Wasm
        // size; each function starts on its own page.
        let wasm_bytes: usize = module.body_bytes();
        let want = code_start + 64 * wasm_bytes + count * page + (16 << 20);
        let len = want.next_multiple_of(page);
        if len >= 1 << 31 {
            return Err(io::Error::other(
                "module too large for lazy compilation (2 GiB of code space)",
            ));
        }
        // SAFETY: an anonymous inaccessible reservation at an address of
        // the kernel's choosing aliases nothing.
        let base = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_NONE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if base == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        let pages = (len - code_start) / page;
        let lazy = Box::new(LazyCode {
            base: base.cast(),
            len,
            page,
            stubs: data_len,
            code_start,
            funcs: (0..count).map(|_| OnceLock::new()).collect(),
            pages: (0..pages).map(|_| AtomicU32::new(0)).collect(),
            compiling: Mutex::new(Compiling {
                compiler: FuncCompiler::new(module.options),
                next: code_start,
            }),
            module,
        });
        let rw = libc::PROT_READ | libc::PROT_WRITE;
        // SAFETY: the data and stub pages are in the reservation, fresh;
        // nothing runs or reads them before this returns.
        unsafe {
            protect(lazy.base, 0, code_start, rw)?;
            let data = lazy.base;
            data.add(DATA_STATE)
                .cast::<usize>()
                .write(&*lazy as *const LazyCode as usize);
            data.add(DATA_COMPILE_FN)
                .cast::<usize>()
                .write(lazy_compile as *const () as usize);
            for i in 0..count {
                let entry = lazy.stub_address(i) + STUB_LAZY_ENTRY;
                data.add(DATA_SLOTS + 8 * i).cast::<usize>().write(entry);
            }
            let stub_code = data.add(lazy.stubs);
            std::ptr::copy_nonoverlapping(stubs_code.as_ptr(), stub_code, stubs_code.len());
            protect(
                lazy.base,
                lazy.stubs,
                code_start - lazy.stubs,
                libc::PROT_READ | libc::PROT_EXEC,
            )?;
        }
        crate::icache::make_visible(lazy.address(lazy.stubs) as *const u8, stubs_code.len());
        Ok(lazy)
    }

    fn address(&self, offset: usize) -> usize {
        self.base as usize + offset
    }

    /// Where calls to defined function `defined` go: its stub.
    pub(crate) fn stub_address(&self, defined: usize) -> usize {
        self.address(self.stubs + defined * STUB_BYTES)
    }

    fn slot(&self, defined: usize) -> &AtomicUsize {
        // SAFETY: the slot is an aligned word in the data pages, read-write
        // for the reservation's life; it is only accessed atomically once
        // the stubs are reachable.
        unsafe {
            &*self
                .base
                .add(DATA_SLOTS + 8 * defined)
                .cast::<AtomicUsize>()
        }
    }

    /// Whether `pc` is in this module's code (stubs or functions).
    pub(crate) fn contains(&self, pc: usize) -> bool {
        (self.address(self.stubs)..self.address(self.len)).contains(&pc)
    }

    /// The compiled function whose code holds `pc`, and `pc`'s offset from
    /// the reservation's base (the unit of its trap table and unwind
    /// information). Lock-free.
    pub(crate) fn function_at(&self, pc: usize) -> Option<(usize, u32)> {
        let offset = pc.checked_sub(self.address(self.code_start))?;
        let entry = self.pages.get(offset / self.page)?.load(Ordering::Acquire);
        let defined = entry.checked_sub(1)? as usize;
        let f = self.funcs[defined].get()?;
        let offset = (pc - self.base as usize) as u32;
        (f.start..f.start + f.len)
            .contains(&offset)
            .then_some((defined, offset))
    }

    /// The trap code of the instruction at `pc`, if it is in a compiled
    /// function's trap table. Lock-free.
    pub(crate) fn trap_at(&self, pc: usize) -> Option<TrapCode> {
        let (defined, offset) = self.function_at(pc)?;
        let traps = &self.funcs[defined].get()?.traps;
        traps
            .binary_search_by_key(&offset, |t| t.code_offset)
            .ok()
            .map(|i| traps[i].code)
    }

    /// The unwind information of compiled function `defined`.
    pub(crate) fn unwind(&self, defined: usize) -> Option<&UnwindInfo> {
        self.funcs[defined].get().map(|f| &f.unwind)
    }

    /// The address of offset `offset` from the reservation's base.
    pub(crate) fn code_address(&self, offset: u32) -> usize {
        self.address(offset as usize)
    }

    /// Compiles `defined` unless another thread did, and returns its code.
    fn compile(&self, defined: usize) -> Result<usize, String> {
        let mut c = self
            .compiling
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(f) = self.funcs[defined].get() {
            return Ok(self.address(f.start as usize));
        }
        let mut f: CompiledFunction = self
            .module
            .compile(&mut c.compiler, defined)
            .map_err(|e| e.to_string())?;
        let start = c.next;
        let end = (start + f.code.len().max(1)).next_multiple_of(self.page);
        if end > self.len {
            return Err("lazy compilation: the module's code space is full".into());
        }
        let imported = self.module.info.num_imported_funcs;
        for r in &f.relocs {
            let stub = self.stubs + (r.callee - imported) as usize * STUB_BYTES;
            r.kind
                .patch(&mut f.code, r.at, (stub as u32).wrapping_sub(start as u32))
                .map_err(str::to_string)?;
        }
        // SAFETY: `[start, end)` are fresh pages of the reservation (the
        // bump offset only grows, under the lock): nothing runs there.
        unsafe {
            protect(
                self.base,
                start,
                end - start,
                libc::PROT_READ | libc::PROT_WRITE,
            )
            .map_err(|e| e.to_string())?;
            std::ptr::copy_nonoverlapping(f.code.as_ptr(), self.base.add(start), f.code.len());
            protect(
                self.base,
                start,
                end - start,
                libc::PROT_READ | libc::PROT_EXEC,
            )
            .map_err(|e| e.to_string())?;
        }
        crate::icache::make_visible(self.address(start) as *const u8, f.code.len());
        c.next = end;
        let at = start as u32;
        let mut unwind = f.unwind;
        for h in &mut unwind.handlers {
            h.start += at;
            h.end += at;
            h.landing += at;
        }
        unwind.stack_maps.relocate(at);
        let func = LazyFunc {
            start: at,
            len: f.code.len() as u32,
            traps: f
                .traps
                .iter()
                .map(|t| TrapEntry {
                    code_offset: at + t.code_offset,
                    code: t.code,
                })
                .collect(),
            unwind,
        };
        if self.funcs[defined].set(func).is_err() {
            unreachable!("a function is compiled once, under the lock");
        }
        let first = (start - self.code_start) / self.page;
        for p in &self.pages[first..(end - self.code_start) / self.page] {
            p.store(defined as u32 + 1, Ordering::Release);
        }
        let code = self.address(start);
        self.slot(defined).store(code, Ordering::Release);
        Ok(code)
    }
}

impl Drop for LazyCode {
    fn drop(&mut self) {
        // SAFETY: the reservation is owned by this value, and no code in it
        // can be running: instances keep their module alive.
        unsafe { libc::munmap(self.base.cast(), self.len) };
    }
}

/// What the compile function returns to the stub (in `rax:rdx`).
#[repr(C)]
struct Compiled {
    code: usize,
    trap: u64,
}

/// The stubs' compile function (see `codegen/src/lazy.rs`): the code of
/// defined function `defined`, compiling it first if needed, or 0 and a
/// trap code: "call stack exhausted" without [`COMPILE_STACK`] bytes above
/// the stack limit; a compile error or panic is handed to the entry as a
/// host error.
extern "C" fn lazy_compile(lazy: *const LazyCode, vmctx: *const u8, defined: u32) -> Compiled {
    // SAFETY: the stubs pass the pointer stored in their data area, to
    // the `LazyCode` that owns them, alive while its code may run.
    let lazy = unsafe { &*lazy };
    let defined = defined as usize;
    if let Some(f) = lazy.funcs[defined].get() {
        return Compiled {
            code: lazy.address(f.start as usize),
            trap: 0,
        };
    }
    // SAFETY: the stubs are entered as the function, with its instance's
    // vmctx in r14, of a live store.
    let store = unsafe { store_of_vmctx(vmctx) };
    let mut limit = store.limits.stack_limit.load(Ordering::SeqCst);
    if limit >= INTERRUPT_STACK_LIMIT as usize {
        // An epoch interrupt lowered it: the real one is kept aside.
        limit = store.interrupt.normal_limit();
    }
    let sp = &limit as *const usize as usize;
    if sp < limit.saturating_add(COMPILE_STACK) {
        return Compiled {
            code: 0,
            trap: u64::from(TrapCode::StackOverflow.as_raw()),
        };
    }
    let trap = match catch_unwind(AssertUnwindSafe(|| lazy.compile(defined))) {
        Ok(Ok(code)) => return Compiled { code, trap: 0 },
        Ok(Err(message)) => HostTrap::Error(message.into()),
        Err(panic) => HostTrap::Panic(panic),
    };
    Compiled {
        code: 0,
        trap: u64::from(park(trap)),
    }
}
