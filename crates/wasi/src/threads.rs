//! wasi-threads: the `wasi` `thread-spawn` import, as WAMR and older
//! wasmtime provide it (`-S threads`). A program imports one shared memory;
//! each spawned thread instantiates the module again, in a store of its
//! own with a WASI context of its own (the same arguments, environment and
//! directories; the process's stdio), importing that same memory, and
//! calls its export `wasi_thread_start(tid, start_arg)`.
//!
//! A trap or `proc_exit` in a spawned thread ends the whole process with
//! its status (1 for a trap, after printing it), even while other threads
//! are blocked in `memory.atomic.wait`; when the main thread's call
//! returns, the embedder decides (`brisk run` exits, ending the others).

use crate::{I32Exit, WasiCtx};
use brisk::{Engine, Error, ExternType, Linker, Module, SharedMemory, Store};
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

/// The import module of `thread-spawn`.
pub const THREADS_MODULE: &str = "wasi";

/// Thread ids are positive and at most this (the proposal reserves the
/// top bits).
const MAX_TID: u32 = 0x1FFF_FFFF;

/// Native stack of a spawned thread: Wasm's own limit and the host's
/// frames fit with room to spare.
const THREAD_STACK: usize = 8 << 20;

/// Makes the WASI context of each new thread.
type NewCtx = dyn Fn() -> Result<WasiCtx, String> + Send + Sync;

/// What every thread of a wasi-threads program shares: the module, its
/// shared memory and the next thread id. Clones are the same program.
#[derive(Clone)]
pub struct WasiThreads {
    inner: Arc<Inner>,
}

struct Inner {
    engine: Engine,
    module: Module,
    /// The memory import's module and name, and the memory.
    memory: (String, String, SharedMemory),
    new_ctx: Box<NewCtx>,
    next_tid: AtomicU32,
}

impl WasiThreads {
    /// For `module` (compiled by `engine`), which must import a shared
    /// memory: creates that memory, of the imported type. `new_ctx` makes
    /// the WASI context of each spawned thread.
    pub fn new(
        engine: &Engine,
        module: &Module,
        new_ctx: impl Fn() -> Result<WasiCtx, String> + Send + Sync + 'static,
    ) -> Result<WasiThreads, Error> {
        let (from, name, ty) = module
            .imports()
            .find_map(|(from, name, ty)| match ty {
                ExternType::Memory(ty) if ty.shared => Some((from, name, ty)),
                _ => None,
            })
            .ok_or_else(|| {
                Error::Unlinkable("wasi-threads needs a module that imports a shared memory".into())
            })?;
        let memory = SharedMemory::new(engine, ty)?;
        Ok(WasiThreads {
            inner: Arc::new(Inner {
                engine: engine.clone(),
                module: module.clone(),
                memory: (from.to_string(), name.to_string(), memory),
                new_ctx: Box::new(new_ctx),
                next_tid: AtomicU32::new(1),
            }),
        })
    }

    /// The shared memory.
    pub fn memory(&self) -> &SharedMemory {
        &self.inner.memory.2
    }

    /// Defines `thread-spawn` and the shared memory in `linker` (WASI
    /// itself is [`crate::add_to_linker`]'s).
    pub fn add_to_linker(&self, linker: &mut Linker<WasiCtx>, store: &mut Store<WasiCtx>) {
        let threads = self.clone();
        linker.func_wrap(
            store,
            THREADS_MODULE,
            "thread-spawn",
            move |_, (start_arg,): (i32,)| -> Result<i32, Error> { Ok(threads.spawn(start_arg)) },
        );
        let (from, name, memory) = &self.inner.memory;
        linker.define(from, name, memory.clone());
    }

    /// `thread-spawn`: the new thread's id, or a negative number if none
    /// could be started.
    fn spawn(&self, start_arg: i32) -> i32 {
        // Ids are never reused; once they run out, spawning fails.
        let tid = self.inner.next_tid.fetch_add(1, Ordering::Relaxed);
        if tid > MAX_TID {
            return -1;
        }
        let threads = self.clone();
        let spawned = std::thread::Builder::new()
            .name(format!("wasi thread {tid}"))
            .stack_size(THREAD_STACK)
            .spawn(move || {
                if let Err(e) = threads.run(tid, start_arg) {
                    let code = I32Exit::of(&e).unwrap_or_else(|| {
                        eprintln!("error: thread {tid}: {e}");
                        1
                    });
                    std::process::exit(code);
                }
            });
        match spawned {
            Ok(_) => tid as i32,
            Err(_) => -1,
        }
    }

    /// The body of thread `tid`.
    fn run(&self, tid: u32, start_arg: i32) -> Result<(), Error> {
        let inner = &self.inner;
        let ctx = (inner.new_ctx)().map_err(Error::Type)?;
        let mut store = Store::new(&inner.engine, ctx);
        let mut linker = Linker::new();
        crate::add_to_linker(&mut linker, &mut store, |ctx| ctx);
        self.add_to_linker(&mut linker, &mut store);
        let instance = linker.instantiate(&mut store, &inner.module)?;
        let start = instance.get_typed_func::<(i32, i32), ()>(&mut store, "wasi_thread_start")?;
        start.call(&mut store, (tid as i32, start_arg))
    }
}
