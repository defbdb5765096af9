//! WASI preview1 (`wasi_snapshot_preview1`) for brisk, on cap-std: a
//! program reaches the host's files only through the directories it is
//! granted, and no path (`..`, absolute, or through a symlink) leads out.
//!
//! ```no_run
//! use brisk::{Engine, Linker, Module, Store};
//! use brisk_wasi::{I32Exit, WasiCtx};
//!
//! let engine = Engine::default();
//! let module = Module::new(&engine, std::fs::read("prog.wasm")?)?;
//! let mut ctx = WasiCtx::new();
//! ctx.arg("prog.wasm").env("HOME", "/");
//! ctx.preopen_host_dir(".".as_ref(), ".")?;
//! let mut store = Store::new(&engine, ctx);
//! let mut linker = Linker::new();
//! brisk_wasi::add_to_linker(&mut linker, &mut store, |ctx| ctx);
//! let instance = linker.instantiate(&mut store, &module)?;
//! let start = instance.get_typed_func::<(), ()>(&mut store, "_start")?;
//! let code = match start.call(&mut store, ()) {
//!     Ok(()) => 0,
//!     Err(e) => I32Exit::of(&e).ok_or(e)?,
//! };
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod abi;
mod ctx;
mod memory;
mod preview1;
mod threads;

pub use abi::Errno;
pub use cap_std;
pub use ctx::WasiCtx;
pub use threads::{THREADS_MODULE, WasiThreads};

use brisk::{Caller, Error, Extern, Linker, Store, WasmTy};
use memory::GuestMemory;
use std::fmt;

/// The import module name of WASI preview1.
pub const MODULE: &str = "wasi_snapshot_preview1";

/// How `proc_exit` stops a program: the error the outermost call returns
/// (as [`Error::Host`]), carrying the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct I32Exit(pub i32);

impl I32Exit {
    /// The exit code, if `e` comes from `proc_exit`.
    pub fn of(e: &Error) -> Option<i32> {
        match e {
            Error::Host(h) => h.downcast_ref::<I32Exit>().map(|exit| exit.0),
            _ => None,
        }
    }
}

impl fmt::Display for I32Exit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "exited with code {}", self.0)
    }
}

impl std::error::Error for I32Exit {}

/// A WASI function was called by an instance without a `memory` export.
#[derive(Debug)]
struct NoMemory;

impl fmt::Display for NoMemory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "WASI function called by a module that exports no memory")
    }
}

impl std::error::Error for NoMemory {}

/// An argument as the host functions take it (pointers and sizes
/// unsigned), from the Wasm value it arrives as.
trait Arg {
    type Wasm: WasmTy;
    fn from_wasm(w: Self::Wasm) -> Self;
}

impl Arg for u32 {
    type Wasm = i32;
    fn from_wasm(w: i32) -> u32 {
        w as u32
    }
}

impl Arg for u64 {
    type Wasm = i64;
    fn from_wasm(w: i64) -> u64 {
        w as u64
    }
}

/// Runs a WASI function's body `f` with the context (found by `get`) and
/// the calling instance's `memory` export, shared or not; returns its errno.
fn with_memory<T>(
    caller: &mut Caller<'_, T>,
    get: fn(&mut T) -> &mut WasiCtx,
    f: impl FnOnce(&mut WasiCtx, &mut GuestMemory) -> memory::Result<()>,
) -> Result<i32, Error> {
    let result = match caller.get_export("memory") {
        Some(Extern::Memory(memory)) => {
            let (bytes, data) = memory.data_and_store_mut(caller);
            f(get(data), &mut GuestMemory::Plain(bytes))
        }
        Some(Extern::SharedMemory(shared)) => {
            f(get(caller.data_mut()), &mut GuestMemory::Shared(&shared))
        }
        _ => return Err(Error::host(NoMemory)),
    };
    Ok(result.err().unwrap_or(Errno::Success) as i32)
}

/// Defines every `wasi_snapshot_preview1` function in `linker`; `get`
/// finds the [`WasiCtx`] in the store's data.
pub fn add_to_linker<T: 'static>(
    linker: &mut Linker<T>,
    store: &mut Store<T>,
    get: fn(&mut T) -> &mut WasiCtx,
) {
    // Each function reads its arguments from the calling instance's memory
    // and returns an errno.
    macro_rules! define {
        ($($name:ident($($arg:ident: $ty:ty),*);)*) => {$(
            linker.func_wrap(
                store,
                MODULE,
                stringify!($name),
                move |mut caller: Caller<'_, T>,
                      ($($arg,)*): ($(<$ty as Arg>::Wasm,)*)|
                      -> Result<i32, Error> {
                    with_memory(&mut caller, get, |ctx, mem| {
                        preview1::$name(ctx, mem, $(<$ty as Arg>::from_wasm($arg)),*)
                    })
                },
            );
        )*};
    }
    define! {
        args_get(argv: u32, buf: u32);
        args_sizes_get(count: u32, size: u32);
        environ_get(environ: u32, buf: u32);
        environ_sizes_get(count: u32, size: u32);
        clock_res_get(id: u32, res: u32);
        clock_time_get(id: u32, precision: u64, time: u32);
        fd_advise(fd: u32, offset: u64, len: u64, advice: u32);
        fd_allocate(fd: u32, offset: u64, len: u64);
        fd_close(fd: u32);
        fd_datasync(fd: u32);
        fd_fdstat_get(fd: u32, buf: u32);
        fd_fdstat_set_flags(fd: u32, flags: u32);
        fd_fdstat_set_rights(fd: u32, base: u64, inheriting: u64);
        fd_filestat_get(fd: u32, buf: u32);
        fd_filestat_set_size(fd: u32, size: u64);
        fd_filestat_set_times(fd: u32, atim: u64, mtim: u64, flags: u32);
        fd_pread(fd: u32, iovs: u32, count: u32, offset: u64, nread: u32);
        fd_prestat_get(fd: u32, buf: u32);
        fd_prestat_dir_name(fd: u32, buf: u32, len: u32);
        fd_pwrite(fd: u32, iovs: u32, count: u32, offset: u64, nwritten: u32);
        fd_read(fd: u32, iovs: u32, count: u32, nread: u32);
        fd_readdir(fd: u32, buf: u32, len: u32, cookie: u64, used: u32);
        fd_renumber(fd: u32, to: u32);
        fd_seek(fd: u32, offset: u64, whence: u32, new_offset: u32);
        fd_sync(fd: u32);
        fd_tell(fd: u32, offset: u32);
        fd_write(fd: u32, iovs: u32, count: u32, nwritten: u32);
        path_create_directory(fd: u32, path: u32, len: u32);
        path_filestat_get(fd: u32, lookup: u32, path: u32, len: u32, buf: u32);
        path_filestat_set_times(
            fd: u32, lookup: u32, path: u32, len: u32, atim: u64, mtim: u64, flags: u32
        );
        path_link(
            old_fd: u32, lookup: u32, old: u32, old_len: u32, new_fd: u32, new: u32, new_len: u32
        );
        path_open(
            fd: u32, lookup: u32, path: u32, len: u32, oflags: u32, rights: u64,
            inheriting: u64, fdflags: u32, opened: u32
        );
        path_readlink(fd: u32, path: u32, len: u32, buf: u32, buf_len: u32, used: u32);
        path_remove_directory(fd: u32, path: u32, len: u32);
        path_rename(fd: u32, old: u32, old_len: u32, new_fd: u32, new: u32, new_len: u32);
        path_symlink(old: u32, old_len: u32, fd: u32, new: u32, new_len: u32);
        path_unlink_file(fd: u32, path: u32, len: u32);
        poll_oneoff(subs: u32, events: u32, count: u32, nevents: u32);
        proc_raise(signal: u32);
        random_get(buf: u32, len: u32);
        sched_yield();
        sock_accept(fd: u32, flags: u32, new: u32);
        sock_recv(fd: u32, iovs: u32, count: u32, flags: u32, nread: u32, out_flags: u32);
        sock_send(fd: u32, iovs: u32, count: u32, flags: u32, nwritten: u32);
        sock_shutdown(fd: u32, how: u32);
    }
    linker.func_wrap(
        store,
        MODULE,
        "proc_exit",
        |_: Caller<'_, T>, code: i32| -> Result<(), Error> { Err(Error::host(I32Exit(code))) },
    );
}
