//! Each WASI function through a module that re-exports it (so the call
//! comes from Wasm, with the module's memory), checked against the host
//! filesystem; and every way out of a granted directory refused.

use brisk::{Engine, Instance, Linker, Memory, MemoryType, Module, SharedMemory, Store, Val};
use brisk_wasi::{Errno, I32Exit, WasiCtx};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::{Cell, RefCell};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The test binary's allocator: the system's, counting the bytes each
/// thread has live and their peak, so a test can tell how much one WASI
/// call allocated on the host (a call runs on the calling thread).
struct Counting;

#[global_allocator]
static ALLOCATOR: Counting = Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

/// Counts `delta` bytes allocated (or freed) by this thread. Const-initialized
/// thread-locals of plain integers allocate nothing themselves.
fn note(delta: isize) {
    let _ = LIVE.try_with(|live| {
        let now = live.get() + delta;
        live.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

// SAFETY: every method passes its arguments unchanged to the system
// allocator, whose contract is the same; counting touches only this
// thread's cells.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note(layout.size() as isize);
        // SAFETY: the caller upholds `alloc`'s contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note(layout.size() as isize);
        // SAFETY: the caller upholds `alloc_zeroed`'s contract.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        note(-(layout.size() as isize));
        // SAFETY: the caller upholds `dealloc`'s contract.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note(new_size as isize - layout.size() as isize);
        // SAFETY: the caller upholds `realloc`'s contract.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

/// Runs `f`; returns its result and the most bytes this thread had
/// allocated at once meanwhile, beyond what it had before.
fn peak_allocation<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let before = LIVE.with(Cell::get);
    PEAK.with(|peak| peak.set(before));
    let result = f();
    (result, (PEAK.with(Cell::get) - before) as usize)
}

/// Parameter types of the functions tested (all return an errno).
const SIGNATURES: &[(&str, &str)] = &[
    ("args_get", "i32 i32"),
    ("args_sizes_get", "i32 i32"),
    ("environ_get", "i32 i32"),
    ("environ_sizes_get", "i32 i32"),
    ("clock_res_get", "i32 i32"),
    ("clock_time_get", "i32 i64 i32"),
    ("random_get", "i32 i32"),
    ("fd_close", "i32"),
    ("fd_fdstat_get", "i32 i32"),
    ("fd_filestat_get", "i32 i32"),
    ("fd_filestat_set_size", "i32 i64"),
    ("fd_pread", "i32 i32 i32 i64 i32"),
    ("fd_prestat_get", "i32 i32"),
    ("fd_prestat_dir_name", "i32 i32 i32"),
    ("fd_pwrite", "i32 i32 i32 i64 i32"),
    ("fd_read", "i32 i32 i32 i32"),
    ("fd_readdir", "i32 i32 i32 i64 i32"),
    ("fd_seek", "i32 i64 i32 i32"),
    ("fd_tell", "i32 i32"),
    ("fd_write", "i32 i32 i32 i32"),
    ("fd_sync", "i32"),
    ("fd_allocate", "i32 i64 i64"),
    ("path_create_directory", "i32 i32 i32"),
    ("path_filestat_get", "i32 i32 i32 i32 i32"),
    ("path_open", "i32 i32 i32 i32 i32 i64 i64 i32 i32"),
    ("path_readlink", "i32 i32 i32 i32 i32 i32"),
    ("path_remove_directory", "i32 i32 i32"),
    ("path_rename", "i32 i32 i32 i32 i32 i32"),
    ("path_symlink", "i32 i32 i32 i32 i32"),
    ("path_unlink_file", "i32 i32 i32"),
    ("poll_oneoff", "i32 i32 i32 i32"),
    ("sched_yield", ""),
];

/// How a guest has its memory: its own, or a shared one it imports (from
/// `env::memory`) and exports, which the WASI functions may not borrow as a
/// slice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Plain,
    Shared,
}

/// Every test runs with each.
const KINDS: [Kind; 2] = [Kind::Plain, Kind::Shared];

/// A module importing each function above and exporting a wrapper that
/// calls it, plus `exit` (proc_exit) and its memory of `pages` pages.
fn wrapper_module(pages: u32, kind: Kind) -> String {
    let mut wat = String::from("(module\n");
    for (name, params) in SIGNATURES {
        wat += &format!(
            "(import \"wasi_snapshot_preview1\" \"{name}\" (func ${name} (param {params}) (result i32)))\n"
        );
    }
    wat += "(import \"wasi_snapshot_preview1\" \"proc_exit\" (func $proc_exit (param i32)))\n";
    wat += &match kind {
        Kind::Plain => format!("(memory (export \"memory\") {pages})\n"),
        Kind::Shared => format!(
            "(import \"env\" \"memory\" (memory {pages} {pages} shared))\n\
             (export \"memory\" (memory 0))\n"
        ),
    };
    for (name, params) in SIGNATURES {
        let gets: String = (0..params.split_whitespace().count())
            .map(|i| format!("local.get {i} "))
            .collect();
        wat += &format!(
            "(func (export \"{name}\") (param {params}) (result i32) {gets} call ${name})\n"
        );
    }
    wat += "(func (export \"exit\") (param i32) local.get 0 call $proc_exit))";
    wat
}

// Scratch addresses in the guest's memory.
const OUT: i64 = 0; // results written by the host
const OUT2: i64 = 8;
const PATH: i64 = 1024; // a path or name
const IOV: i64 = 2048; // an iovec
const BUF: i64 = 4096; // data

/// The right to read and write, for `path_open`.
const RW: i64 = (1 << 1) | (1 << 6);
const O_CREAT: i64 = 1;
const O_DIRECTORY: i64 = 2;
const O_EXCL: i64 = 4;
const O_TRUNC: i64 = 8;
const FOLLOW: i64 = 1;
const DIR_FD: i64 = 3;

/// The guest's memory, as the host test reaches it.
enum GuestMem {
    Plain(Memory),
    Shared(SharedMemory),
}

struct Guest {
    store: Store<WasiCtx>,
    instance: Instance,
    memory: GuestMem,
    kind: Kind,
}

impl Guest {
    fn new(ctx: WasiCtx, kind: Kind) -> Guest {
        Guest::sized(ctx, 1, kind)
    }

    /// A guest whose memory is `pages` 64 KiB pages.
    fn sized(ctx: WasiCtx, pages: u32, kind: Kind) -> Guest {
        let engine = Engine::default();
        let module = Module::new(&engine, wrapper_module(pages, kind)).unwrap();
        let mut store = Store::new(&engine, ctx);
        let mut linker = Linker::new();
        brisk_wasi::add_to_linker(&mut linker, &mut store, |ctx| ctx);
        let shared = (kind == Kind::Shared).then(|| {
            let ty = MemoryType::shared(pages as u64, pages as u64);
            SharedMemory::new(&engine, ty).unwrap()
        });
        if let Some(shared) = &shared {
            linker.define("env", "memory", shared.clone());
        }
        let instance = linker.instantiate(&mut store, &module).unwrap();
        let memory = match shared {
            None => GuestMem::Plain(instance.get_memory(&mut store, "memory").unwrap()),
            Some(shared) => {
                let exported = instance.get_shared_memory(&mut store, "memory");
                assert_eq!(exported.as_ref(), Some(&shared), "the same memory");
                GuestMem::Shared(shared)
            }
        };
        Guest {
            store,
            instance,
            memory,
            kind,
        }
    }

    /// A guest with `dir` granted as fd 3 (guest path "sandbox").
    fn with_dir(dir: &Path, kind: Kind) -> Guest {
        let mut ctx = WasiCtx::new();
        ctx.preopen_host_dir(dir, "sandbox").unwrap();
        Guest::new(ctx, kind)
    }

    /// Calls WASI function `name`; `args` are converted to its parameter
    /// types. Returns the errno.
    fn call(&mut self, name: &str, args: &[i64]) -> Errno {
        let func = self.instance.get_func(&mut self.store, name).unwrap();
        let params: Vec<Val> = func
            .ty(&self.store)
            .params
            .iter()
            .zip(args)
            .map(|(t, &a)| match t {
                brisk::WasmType::I64 => Val::I64(a),
                _ => Val::I32(a as i32),
            })
            .collect();
        let mut results = [Val::I32(-1)];
        func.call(&mut self.store, &params, &mut results).unwrap();
        let Val::I32(code) = results[0] else {
            panic!("{name} returned {results:?}")
        };
        ERRNOS
            .iter()
            .copied()
            .find(|e| *e as i32 == code)
            .unwrap_or_else(|| panic!("{name} returned unknown errno {code}"))
    }

    /// [`Guest::call`], and the most bytes the host allocated meanwhile.
    fn call_measured(&mut self, name: &str, args: &[i64]) -> (Errno, usize) {
        peak_allocation(|| self.call(name, args))
    }

    fn ok(&mut self, name: &str, args: &[i64]) {
        let kind = self.kind;
        assert_eq!(
            self.call(name, args),
            Errno::Success,
            "{name}{args:?} ({kind:?} memory)"
        );
    }

    fn write(&mut self, at: i64, bytes: &[u8]) {
        match &self.memory {
            GuestMem::Plain(m) => {
                let at = at as usize;
                m.data_mut(&mut self.store)[at..at + bytes.len()].copy_from_slice(bytes);
            }
            GuestMem::Shared(m) => m.write(at as u64, bytes).unwrap(),
        }
    }

    fn read(&self, at: i64, len: usize) -> Vec<u8> {
        match &self.memory {
            GuestMem::Plain(m) => m.data(&self.store)[at as usize..][..len].to_vec(),
            GuestMem::Shared(m) => {
                let mut buf = vec![0; len];
                m.read(at as u64, &mut buf).unwrap();
                buf
            }
        }
    }

    /// The most a call that moves data through buffers may allocate on
    /// the host: [`BOUNDED`], and for a shared memory the buffer its data
    /// goes through (64 KiB).
    fn bounded_with_data(&self) -> usize {
        match self.kind {
            Kind::Plain => BOUNDED,
            Kind::Shared => BOUNDED + (64 << 10),
        }
    }

    fn u32(&self, at: i64) -> u32 {
        u32::from_le_bytes(self.read(at, 4).try_into().unwrap())
    }

    fn u64(&self, at: i64) -> u64 {
        u64::from_le_bytes(self.read(at, 8).try_into().unwrap())
    }

    /// Writes an iovec array of (pointer, length) pairs at `at`.
    fn iovecs(&mut self, at: i64, bufs: &[(u32, u32)]) {
        let bytes: Vec<u8> = bufs
            .iter()
            .flat_map(|&(ptr, len)| [ptr.to_le_bytes(), len.to_le_bytes()])
            .flatten()
            .collect();
        self.write(at, &bytes);
    }

    /// Puts `path` at PATH; returns (pointer, length).
    fn path(&mut self, path: &str) -> (i64, i64) {
        self.write(PATH, path.as_bytes());
        (PATH, path.len() as i64)
    }

    /// Opens `path` under fd 3; returns the errno and the new fd.
    fn open(&mut self, path: &str, oflags: i64, rights: i64, lookup: i64) -> (Errno, i64) {
        let (p, len) = self.path(path);
        let e = self.call(
            "path_open",
            &[DIR_FD, lookup, p, len, oflags, rights, 0, 0, OUT],
        );
        (e, self.u32(OUT) as i64)
    }

    /// Writes `data` to `fd` through one iovec; returns bytes written.
    fn write_fd(&mut self, fd: i64, data: &[u8]) -> u32 {
        self.write(BUF, data);
        self.write(IOV, &(BUF as u32).to_le_bytes());
        self.write(IOV + 4, &(data.len() as u32).to_le_bytes());
        self.ok("fd_write", &[fd, IOV, 1, OUT]);
        self.u32(OUT)
    }

    /// Reads up to `len` bytes from `fd` through one iovec.
    fn read_fd(&mut self, fd: i64, len: u32) -> Vec<u8> {
        self.write(IOV, &(BUF as u32).to_le_bytes());
        self.write(IOV + 4, &len.to_le_bytes());
        self.ok("fd_read", &[fd, IOV, 1, OUT]);
        let n = self.u32(OUT) as usize;
        self.read(BUF, n)
    }
}

/// Errnos the tests may see.
const ERRNOS: &[Errno] = &[
    Errno::Success,
    Errno::Badf,
    Errno::Exist,
    Errno::Fault,
    Errno::Inval,
    Errno::Isdir,
    Errno::Loop,
    Errno::Nametoolong,
    Errno::Noent,
    Errno::Notdir,
    Errno::Notempty,
    Errno::Perm,
    Errno::Acces,
    Errno::Spipe,
    Errno::Notcapable,
    Errno::Pipe,
];

/// A fresh host directory, removed afterwards.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let n = COUNT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("brisk-wasi-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A writer the test can read back.
#[derive(Clone, Default)]
struct Captured(Rc<RefCell<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn args_and_environ() {
    for kind in KINDS {
        let mut ctx = WasiCtx::new();
        ctx.arg("prog")
            .arg("hello world")
            .env("A", "1")
            .env("PATH", "/x");
        let mut g = Guest::new(ctx, kind);
        g.ok("args_sizes_get", &[OUT, OUT2]);
        assert_eq!((g.u32(OUT), g.u32(OUT2)), (2, 17));
        g.ok("args_get", &[OUT, BUF]);
        assert_eq!(g.u32(OUT), BUF as u32);
        assert_eq!(g.u32(OUT + 4), BUF as u32 + 5);
        assert_eq!(g.read(BUF, 17), b"prog\0hello world\0");
        g.ok("environ_sizes_get", &[OUT, OUT2]);
        assert_eq!((g.u32(OUT), g.u32(OUT2)), (2, 12));
        g.ok("environ_get", &[OUT, BUF]);
        assert_eq!(g.read(BUF, 12), b"A=1\0PATH=/x\0");
        // Out of bounds: the guest's fault, not the host's.
        assert_eq!(g.call("args_get", &[65534, BUF]), Errno::Fault);
    }
}

#[test]
fn stdio_writes_and_reads() {
    for kind in KINDS {
        let out = Captured::default();
        let mut ctx = WasiCtx::new();
        ctx.stdout(out.clone()).stdin(&b"typed input"[..]);
        let mut g = Guest::new(ctx, kind);
        // Two iovecs in one call.
        g.write(BUF, b"hello, world\n");
        g.write(IOV, &(BUF as u32).to_le_bytes());
        g.write(IOV + 4, &7u32.to_le_bytes());
        g.write(IOV + 8, &(BUF as u32 + 7).to_le_bytes());
        g.write(IOV + 12, &6u32.to_le_bytes());
        g.ok("fd_write", &[1, IOV, 2, OUT]);
        assert_eq!(g.u32(OUT), 13);
        assert_eq!(out.0.borrow().as_slice(), b"hello, world\n");
        assert_eq!(g.read_fd(0, 5), b"typed");
        assert_eq!(g.read_fd(0, 100), b" input");
        assert_eq!(g.read_fd(0, 100), b"");
        // Streams cannot seek; unknown fds are bad.
        assert_eq!(g.call("fd_seek", &[1, 0, 0, OUT]), Errno::Spipe);
        assert_eq!(g.call("fd_write", &[42, IOV, 1, OUT]), Errno::Badf);
        assert_eq!(g.call("fd_write", &[-1, IOV, 1, OUT]), Errno::Badf);
        // fdstat: not a tty, may write but not seek.
        g.ok("fd_fdstat_get", &[1, BUF]);
        let rights = u64::from_le_bytes(g.read(BUF + 8, 8).try_into().unwrap());
        assert_eq!(rights & (1 << 6), 1 << 6);
        assert_eq!(rights & (1 << 2), 0);
        g.ok("fd_close", &[1]);
        assert_eq!(g.call("fd_close", &[1]), Errno::Badf);
    }
}

#[test]
fn preopened_directory_is_listed() {
    for kind in KINDS {
        let tmp = TempDir::new();
        let mut g = Guest::with_dir(&tmp.0, kind);
        g.ok("fd_prestat_get", &[DIR_FD, OUT]);
        assert_eq!(g.read(OUT, 1), [0]);
        assert_eq!(g.u32(OUT + 4), 7);
        assert_eq!(
            g.call("fd_prestat_dir_name", &[DIR_FD, BUF, 3]),
            Errno::Nametoolong
        );
        g.ok("fd_prestat_dir_name", &[DIR_FD, BUF, 7]);
        assert_eq!(g.read(BUF, 7), b"sandbox");
        // Stdio and unused numbers are not preopens.
        assert_eq!(g.call("fd_prestat_get", &[1, OUT]), Errno::Badf);
        assert_eq!(g.call("fd_prestat_get", &[4, OUT]), Errno::Badf);
        g.ok("fd_fdstat_get", &[DIR_FD, BUF]);
        assert_eq!(g.read(BUF, 1), [3], "a directory");
    }
}

#[test]
fn files_create_write_seek_read() {
    for kind in KINDS {
        let tmp = TempDir::new();
        let mut g = Guest::with_dir(&tmp.0, kind);
        let (e, fd) = g.open("data.txt", O_CREAT | O_EXCL, RW, 0);
        assert_eq!(e, Errno::Success);
        assert_eq!(fd, 4, "the lowest free fd");
        assert_eq!(g.write_fd(fd, b"0123456789"), 10);
        assert_eq!(
            std::fs::read(tmp.0.join("data.txt")).unwrap(),
            b"0123456789"
        );
        // Creating it again exclusively fails.
        assert_eq!(g.open("data.txt", O_CREAT | O_EXCL, RW, 0).0, Errno::Exist);

        g.ok("fd_tell", &[fd, OUT]);
        assert_eq!(g.u64(OUT), 10);
        g.ok("fd_seek", &[fd, 2, 0, OUT]);
        assert_eq!(g.u64(OUT), 2);
        assert_eq!(g.read_fd(fd, 3), b"234");
        g.ok("fd_seek", &[fd, -2, 2, OUT]);
        assert_eq!(g.u64(OUT), 8);
        g.ok("fd_seek", &[fd, -1, 1, OUT]);
        assert_eq!(g.u64(OUT), 7);
        assert_eq!(g.call("fd_seek", &[fd, -100, 1, OUT]), Errno::Inval);
        assert_eq!(g.call("fd_seek", &[fd, 0, 3, OUT]), Errno::Inval);

        // Positional I/O leaves the offset alone.
        g.write(BUF, b"AB");
        g.write(IOV, &(BUF as u32).to_le_bytes());
        g.write(IOV + 4, &2u32.to_le_bytes());
        g.ok("fd_pwrite", &[fd, IOV, 1, 4, OUT]);
        assert_eq!(g.u32(OUT), 2);
        g.write(IOV + 4, &4u32.to_le_bytes());
        g.ok("fd_pread", &[fd, IOV, 1, 3, OUT]);
        assert_eq!(g.read(BUF, 4), b"3AB6");
        g.ok("fd_tell", &[fd, OUT]);
        assert_eq!(g.u64(OUT), 7);

        // filestat: a regular file of 10 bytes; then truncated and extended.
        g.ok("fd_filestat_get", &[fd, BUF]);
        assert_eq!(g.read(BUF + 16, 1), [4]);
        assert_eq!(g.u64(BUF + 32), 10);
        g.ok("fd_filestat_set_size", &[fd, 4]);
        g.ok("fd_allocate", &[fd, 0, 6]);
        g.ok("fd_sync", &[fd]);
        assert_eq!(std::fs::read(tmp.0.join("data.txt")).unwrap(), b"0123\0\0");
        let (p, len) = g.path("data.txt");
        g.ok("path_filestat_get", &[DIR_FD, FOLLOW, p, len, BUF]);
        assert_eq!(g.u64(BUF + 32), 6);
        g.ok("fd_close", &[fd]);

        // Truncating on open; reading a directory's fd as a file fails.
        let (e, fd) = g.open("data.txt", O_TRUNC, RW, 0);
        assert_eq!(e, Errno::Success);
        assert_eq!(g.read_fd(fd, 10), b"");
        assert_eq!(g.call("fd_read", &[DIR_FD, IOV, 1, OUT]), Errno::Isdir);
        assert_eq!(g.open("missing.txt", 0, RW, 0).0, Errno::Noent);
    }
}

#[test]
fn directories_rename_unlink_readdir() {
    for kind in KINDS {
        let tmp = TempDir::new();
        let mut g = Guest::with_dir(&tmp.0, kind);
        let (p, len) = g.path("sub");
        g.ok("path_create_directory", &[DIR_FD, p, len]);
        assert!(tmp.0.join("sub").is_dir());
        assert_eq!(
            g.call("path_create_directory", &[DIR_FD, p, len]),
            Errno::Exist
        );
        let (e, fd) = g.open("sub/a.txt", O_CREAT, RW, 0);
        assert_eq!(e, Errno::Success);
        g.ok("fd_close", &[fd]);

        // path_rename(fd, old, old_len, new_fd, new, new_len)
        g.write(BUF, b"sub/a.txtsub/b.txt");
        g.ok("path_rename", &[DIR_FD, BUF, 9, DIR_FD, BUF + 9, 9]);
        assert!(tmp.0.join("sub/b.txt").is_file() && !tmp.0.join("sub/a.txt").exists());

        // Listing "sub": ".", ".." and "b.txt", each a dirent.
        let (e, sub) = g.open("sub", O_DIRECTORY, 0, 0);
        assert_eq!(e, Errno::Success);
        g.ok("fd_readdir", &[sub, BUF, 1000, 0, OUT]);
        let used = g.u32(OUT) as usize;
        let mut names = Vec::new();
        let mut at = 0;
        while at < used {
            let next = g.u64(BUF + at as i64);
            let namlen = g.u32(BUF + at as i64 + 16) as usize;
            let ty = g.read(BUF + at as i64 + 20, 1)[0];
            let name = g.read(BUF + at as i64 + 24, namlen);
            names.push((String::from_utf8(name).unwrap(), ty, next));
            at += 24 + namlen;
        }
        assert_eq!(
            names,
            [
                (".".to_string(), 3, 1),
                ("..".to_string(), 3, 2),
                ("b.txt".to_string(), 4, 3)
            ]
        );
        // From cookie 2 on, into a buffer too small: cut off, buffer full.
        g.ok("fd_readdir", &[sub, BUF, 10, 2, OUT]);
        assert_eq!(g.u32(OUT), 10);
        g.ok("fd_close", &[sub]);

        // Removing a non-empty directory fails; unlink, then it works.
        let (p, len) = g.path("sub");
        assert_eq!(
            g.call("path_remove_directory", &[DIR_FD, p, len]),
            Errno::Notempty
        );
        let (p2, len2) = g.path("sub/b.txt");
        g.ok("path_unlink_file", &[DIR_FD, p2, len2]);
        let (p, len) = g.path("sub");
        g.ok("path_remove_directory", &[DIR_FD, p, len]);
        assert!(!tmp.0.join("sub").exists());
    }
}

#[test]
fn symlinks_inside_work() {
    for kind in KINDS {
        let tmp = TempDir::new();
        std::fs::write(tmp.0.join("target.txt"), b"inside").unwrap();
        let mut g = Guest::with_dir(&tmp.0, kind);
        // path_symlink(old, old_len, fd, new, new_len)
        g.write(BUF, b"target.txtlink");
        g.ok("path_symlink", &[BUF, 10, DIR_FD, BUF + 10, 4]);
        let (p, len) = g.path("link");
        g.ok("path_readlink", &[DIR_FD, p, len, BUF, 100, OUT]);
        assert_eq!(g.read(BUF, g.u32(OUT) as usize), b"target.txt");
        g.ok("path_filestat_get", &[DIR_FD, 0, p, len, BUF]);
        assert_eq!(g.read(BUF + 16, 1), [7], "a symlink when not followed");
        let (e, fd) = g.open("link", 0, RW, FOLLOW);
        assert_eq!(e, Errno::Success);
        assert_eq!(g.read_fd(fd, 100), b"inside");
        // Not following the final symlink refuses to open it.
        assert_eq!(g.open("link", 0, RW, 0).0, Errno::Loop);
    }
}

#[test]
fn no_path_escapes_the_granted_directory() {
    for kind in KINDS {
        let outer = TempDir::new();
        let granted = outer.0.join("granted");
        std::fs::create_dir(&granted).unwrap();
        std::fs::create_dir(granted.join("sub")).unwrap();
        std::fs::write(outer.0.join("secret.txt"), b"secret").unwrap();
        let secret = outer.0.join("secret.txt");
        std::os::unix::fs::symlink(&secret, granted.join("abs-link")).unwrap();
        std::os::unix::fs::symlink("../secret.txt", granted.join("rel-link")).unwrap();
        std::os::unix::fs::symlink("..", granted.join("sub/up")).unwrap();
        let mut g = Guest::with_dir(&granted, kind);

        let escapes = [
            "../secret.txt".to_string(),
            "sub/../../secret.txt".to_string(),
            secret.to_string_lossy().into_owned(),
            "abs-link".to_string(),
            "rel-link".to_string(),
            "sub/up/../secret.txt".to_string(),
            "sub/up/rel-link".to_string(),
        ];
        for path in &escapes {
            for lookup in [0, FOLLOW] {
                let (e, _) = g.open(path, 0, RW, lookup);
                assert_ne!(e, Errno::Success, "opened {path} (lookup {lookup})");
                let (p, len) = g.path(path);
                let e = g.call("path_filestat_get", &[DIR_FD, FOLLOW, p, len, BUF]);
                assert_ne!(e, Errno::Success, "stat {path}");
            }
            let (e, _) = g.open(path, O_CREAT, RW, FOLLOW);
            assert_ne!(e, Errno::Success, "created {path}");
        }
        // Creating, removing and renaming outside are refused too.
        let (p, len) = g.path("../newdir");
        assert_ne!(
            g.call("path_create_directory", &[DIR_FD, p, len]),
            Errno::Success
        );
        let (p, len) = g.path("../secret.txt");
        assert_ne!(
            g.call("path_unlink_file", &[DIR_FD, p, len]),
            Errno::Success
        );
        g.write(BUF, b"../secret.txtstolen");
        assert_ne!(
            g.call("path_rename", &[DIR_FD, BUF, 13, DIR_FD, BUF + 13, 6]),
            Errno::Success
        );
        // A symlink to an absolute path cannot even be made.
        g.write(BUF, b"/etc/passwdpw");
        assert_ne!(
            g.call("path_symlink", &[BUF, 11, DIR_FD, BUF + 11, 2]),
            Errno::Success
        );
        assert_eq!(std::fs::read(&secret).unwrap(), b"secret");
        assert!(!outer.0.join("newdir").exists() && !granted.join("stolen").exists());
        // Nor does a path leave a directory opened inside the granted one.
        let (_, fd) = g.open("sub", O_DIRECTORY, 0, 0);
        let (p, len) = g.path("../../secret.txt");
        let e = g.call("path_open", &[fd, 0, p, len, 0, RW, 0, 0, OUT]);
        assert_ne!(e, Errno::Success);
    }
}

#[test]
fn clocks_random_poll() {
    for kind in KINDS {
        let mut g = Guest::new(WasiCtx::new(), kind);
        for clock in 0..4 {
            g.ok("clock_res_get", &[clock, OUT]);
            assert!(g.u64(OUT) > 0);
            g.ok("clock_time_get", &[clock, 1, OUT]);
        }
        assert_eq!(g.call("clock_time_get", &[4, 1, OUT]), Errno::Inval);
        g.ok("clock_time_get", &[0, 1, OUT]);
        let realtime = g.u64(OUT);
        let since_epoch = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos() as u64;
        assert!(since_epoch.abs_diff(realtime) < 10_000_000_000);

        g.ok("random_get", &[BUF, 64]);
        let a = g.read(BUF, 64);
        g.ok("random_get", &[BUF, 64]);
        assert_ne!(a, g.read(BUF, 64));

        // One relative monotonic clock subscription of 20 ms.
        let mut sub = [0u8; 48];
        sub[0..8].copy_from_slice(&77u64.to_le_bytes());
        sub[16..20].copy_from_slice(&1u32.to_le_bytes());
        sub[24..32].copy_from_slice(&20_000_000u64.to_le_bytes());
        g.write(BUF, &sub);
        let start = Instant::now();
        g.ok("poll_oneoff", &[BUF, BUF + 100, 1, OUT]);
        assert!(start.elapsed() >= Duration::from_millis(20));
        assert_eq!(g.u32(OUT), 1);
        assert_eq!(g.u64(BUF + 100), 77);
        assert_eq!(g.read(BUF + 108, 3), [0, 0, 0], "no error, clock event");
        assert_eq!(
            g.call("poll_oneoff", &[BUF, BUF + 100, 0, OUT]),
            Errno::Inval
        );
        g.ok("sched_yield", &[]);
    }
}

#[test]
fn proc_exit_carries_the_code() {
    for kind in KINDS {
        let mut g = Guest::new(WasiCtx::new(), kind);
        let exit = g.instance.get_func(&mut g.store, "exit").unwrap();
        let e = exit
            .call(&mut g.store, &[Val::I32(42)], &mut [])
            .unwrap_err();
        assert_eq!(I32Exit::of(&e), Some(42));
        assert_eq!(e.to_string(), "exited with code 42");
        let trap = brisk::Error::from(brisk::TrapCode::Unreachable);
        assert_eq!(I32Exit::of(&trap), None);
    }
}

#[test]
fn a_module_without_memory_gets_an_error() {
    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module
            (import "wasi_snapshot_preview1" "sched_yield" (func $y (result i32)))
            (func (export "go") (result i32) call $y))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, WasiCtx::new());
    let mut linker = Linker::new();
    brisk_wasi::add_to_linker(&mut linker, &mut store, |ctx| ctx);
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let go = instance.get_func(&mut store, "go").unwrap();
    let e = go.call(&mut store, &[], &mut [Val::I32(0)]).unwrap_err();
    assert!(e.to_string().contains("no memory"), "{e}");
}

/// What one WASI call may allocate on the host: fixed-size bookkeeping (at
/// most 1024 iovecs, 8 KiB), nothing that grows with a number the guest
/// passes or the size of its buffers.
const BOUNDED: usize = 16 << 10;

/// Pages of a 256 MiB memory (reserved, untouched).
const BIG: u32 = 4096;

const MIB: u32 = 1 << 20;

/// The most bytes one read or write moves.
const CAP: u32 = 16 * MIB;

/// Where the tests below put iovec and subscription arrays.
const ARRAY: i64 = 0x10000;

#[test]
fn iovec_counts_are_limited() {
    for kind in KINDS {
        let tmp = TempDir::new();
        let out = Captured::default();
        let mut ctx = WasiCtx::new();
        ctx.stdout(out.clone()).stdin(std::io::repeat(b'r'));
        ctx.preopen_host_dir(&tmp.0, "sandbox").unwrap();
        let mut g = Guest::sized(ctx, BIG, kind);
        let (e, file) = g.open("f", O_CREAT, RW, 0);
        assert_eq!(e, Errno::Success);
        // (function, fd, whether it takes an offset)
        let functions = [
            ("fd_write", 1, false),
            ("fd_pwrite", file, true),
            ("fd_pread", file, true),
            ("fd_read", 0, false),
        ];
        let args = |fd, iovs, count, positional| match positional {
            true => vec![fd, iovs, count, 0, OUT],
            false => vec![fd, iovs, count, OUT],
        };
        // A count covering all 256 MiB with iovecs is refused at once, without
        // the host reading (or collecting) a single one.
        for (name, fd, positional) in functions {
            let start = Instant::now();
            let (e, bytes) = g.call_measured(name, &args(fd, 0, 0x1FFF_FFFF, positional));
            let took = start.elapsed();
            assert_eq!(e, Errno::Inval, "{name}");
            assert!(bytes < BOUNDED, "{name} allocated {bytes} bytes");
            assert!(took < Duration::from_millis(200), "{name} took {took:?}");
        }
        assert!(out.0.borrow().is_empty());

        // 1024 one-byte buffers work; 1025 are refused, and nothing moves.
        let data: Vec<u8> = (0..1025).map(|i| (i % 251) as u8).collect();
        g.write(BUF, &data);
        let bufs: Vec<(u32, u32)> = (0..1025).map(|i| (BUF as u32 + i, 1)).collect();
        g.iovecs(ARRAY, &bufs);
        for (name, fd, positional) in functions {
            assert_eq!(
                g.call(name, &args(fd, ARRAY, 1025, positional)),
                Errno::Inval,
                "{name}"
            );
            g.ok(name, &args(fd, ARRAY, 1024, positional));
            assert_eq!(g.u32(OUT), 1024, "{name}");
        }
        assert_eq!(out.0.borrow().as_slice(), &data[..1024]);
        assert_eq!(std::fs::read(tmp.0.join("f")).unwrap(), &data[..1024]);
        assert_eq!(
            g.read(BUF, 1025),
            [&[b'r'; 1024][..], &data[1024..]].concat()
        );

        // One buffer outside memory: EFAULT before the first one is written.
        let end = BIG * 65536;
        g.iovecs(ARRAY, &[(BUF as u32, 4), (end - 2, 4)]);
        assert_eq!(g.call("fd_write", &[1, ARRAY, 2, OUT]), Errno::Fault);
        assert_eq!(out.0.borrow().len(), 1024);
    }
}

#[test]
fn transfers_are_capped() {
    for kind in KINDS {
        let tmp = TempDir::new();
        let out = Captured::default();
        let mut ctx = WasiCtx::new();
        ctx.stdout(out.clone()).stdin(std::io::repeat(b'r'));
        ctx.preopen_host_dir(&tmp.0, "sandbox").unwrap();
        let mut g = Guest::sized(ctx, 512, kind);
        let data: Vec<u8> = (0..20 * MIB).map(|i| (i % 253) as u8).collect();
        let at = MIB as i64;
        g.write(at, &data);
        let cap = CAP as usize;

        // 20 MiB asked: 16 MiB written, the rest left to the next call.
        g.iovecs(ARRAY, &[(MIB, 20 * MIB)]);
        g.ok("fd_write", &[1, ARRAY, 1, OUT]);
        assert_eq!(g.u32(OUT), CAP);
        assert!(out.0.borrow().as_slice() == &data[..cap]);
        // Two buffers naming the same 12 MiB: the second is cut at the cap.
        out.0.borrow_mut().clear();
        g.iovecs(ARRAY, &[(MIB, 12 * MIB), (MIB, 12 * MIB)]);
        g.ok("fd_write", &[1, ARRAY, 2, OUT]);
        assert_eq!(g.u32(OUT), CAP);
        let expected = [&data[..12 * MIB as usize], &data[..4 * MIB as usize]].concat();
        assert!(out.0.borrow().as_slice() == expected);

        // Files: the same cap, positional or not.
        let (e, file) = g.open("f", O_CREAT, RW, 0);
        assert_eq!(e, Errno::Success);
        g.iovecs(ARRAY, &[(MIB, 20 * MIB)]);
        g.ok("fd_pwrite", &[file, ARRAY, 1, 0, OUT]);
        assert_eq!(g.u32(OUT), CAP);
        g.ok("fd_write", &[file, ARRAY, 1, OUT]);
        assert_eq!(g.u32(OUT), CAP);
        assert_eq!(
            std::fs::metadata(tmp.0.join("f")).unwrap().len(),
            CAP as u64
        );
        // A read into a shared memory goes through one host buffer of
        // 64 KiB per call: a short read (reading on to fill more could
        // block on a stream that had just that much).
        let read_cap = match kind {
            Kind::Plain => CAP,
            Kind::Shared => 64 << 10,
        };
        g.ok("fd_pread", &[file, ARRAY, 1, 0, OUT]);
        assert_eq!(g.u32(OUT), read_cap);

        // An endless stream fills at most the cap, in place: the host copies
        // nothing through buffers of its own (but that one).
        let (e, bytes) = g.call_measured("fd_read", &[0, ARRAY, 1, OUT]);
        assert_eq!(e, Errno::Success);
        assert_eq!(g.u32(OUT), read_cap);
        assert!(
            bytes < g.bounded_with_data(),
            "fd_read allocated {bytes} bytes ({kind:?} memory)"
        );
        let memory = g.read(at, 20 * MIB as usize);
        let filled = read_cap as usize;
        assert!(memory[..filled].iter().all(|&b| b == b'r'));
        assert!(
            memory[filled..] == data[filled..],
            "past the cap, untouched"
        );
    }
}

/// A sink that takes `left` bytes, then fails.
struct Failing {
    left: usize,
}

impl Write for Failing {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.left == 0 {
            return Err(std::io::ErrorKind::BrokenPipe.into());
        }
        let n = buf.len().min(self.left);
        self.left -= n;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn an_error_after_some_bytes_reports_them() {
    for kind in KINDS {
        let mut ctx = WasiCtx::new();
        ctx.stdout(Failing { left: 5 });
        let mut g = Guest::new(ctx, kind);
        g.iovecs(IOV, &[(BUF as u32, 5), (BUF as u32, 5)]);
        g.ok("fd_write", &[1, IOV, 2, OUT]);
        assert_eq!(g.u32(OUT), 5, "the first buffer went out");
        assert_eq!(g.call("fd_write", &[1, IOV, 2, OUT]), Errno::Pipe);
    }
}

#[test]
fn random_get_fills_a_big_buffer_in_place() {
    for kind in KINDS {
        let pages = 1024;
        let len = (pages * 65536) as i64;
        let mut g = Guest::sized(WasiCtx::new(), pages, kind);
        let (e, bytes) = g.call_measured("random_get", &[0, len]);
        assert_eq!(e, Errno::Success);
        assert!(
            bytes < g.bounded_with_data(),
            "random_get allocated {bytes} bytes ({kind:?} memory)"
        );
        // Filled to the end: no 4 KiB block of random bytes is all zeros.
        let memory = g.read(0, len as usize);
        assert!(memory.chunks(4096).all(|c| c.iter().any(|&b| b != 0)));
        assert_eq!(g.call("random_get", &[1, len]), Errno::Fault);
    }
}

#[test]
fn paths_are_limited() {
    for kind in KINDS {
        let tmp = TempDir::new();
        let mut ctx = WasiCtx::new();
        ctx.preopen_host_dir(&tmp.0, "sandbox").unwrap();
        let mut g = Guest::sized(ctx, BIG, kind);
        // 4095 bytes reach the filesystem; 4096 do not.
        let longest = format!("{}x", "./".repeat(2047));
        let (p, len) = g.path(&longest);
        assert_eq!(len, 4095);
        let stat = |len| [DIR_FD, FOLLOW, p, len, BUF];
        assert_eq!(g.call("path_filestat_get", &stat(len)), Errno::Noent);
        g.path(&format!("{longest}y"));
        assert_eq!(
            g.call("path_filestat_get", &stat(len + 1)),
            Errno::Nametoolong
        );
        // A path of 200 MiB is refused before the host copies any of it.
        let huge = 200 * MIB as i64;
        for (name, args) in [
            ("path_filestat_get", vec![DIR_FD, FOLLOW, 0, huge, BUF]),
            ("path_open", vec![DIR_FD, 0, 0, huge, 0, RW, 0, 0, OUT]),
            ("path_create_directory", vec![DIR_FD, 0, huge]),
            ("path_symlink", vec![0, huge, DIR_FD, PATH, 1]),
            ("path_rename", vec![DIR_FD, PATH, 1, DIR_FD, 0, huge]),
        ] {
            let (e, bytes) = g.call_measured(name, &args);
            assert_eq!(e, Errno::Nametoolong, "{name}");
            assert!(bytes < BOUNDED, "{name} allocated {bytes} bytes");
        }
    }
}

#[test]
fn poll_subscriptions_are_limited() {
    for kind in KINDS {
        let mut g = Guest::sized(WasiCtx::new(), 16, kind);
        let (e, bytes) = g.call_measured("poll_oneoff", &[0, 0, 0x1FFF_FFFF, OUT]);
        assert_eq!(e, Errno::Inval);
        assert!(bytes < BOUNDED, "poll_oneoff allocated {bytes} bytes");
        // 4096 subscriptions, each a clock that is due at once (relative 0),
        // with the events written over them: all are read first.
        for i in 0..4097u64 {
            g.write(ARRAY + 48 * i as i64, &i.to_le_bytes());
        }
        assert_eq!(
            g.call("poll_oneoff", &[ARRAY, ARRAY, 4097, OUT]),
            Errno::Inval
        );
        g.ok("poll_oneoff", &[ARRAY, ARRAY, 4096, OUT]);
        assert_eq!(g.u32(OUT), 4096);
        for i in 0..4096u64 {
            let event = ARRAY + 32 * i as i64;
            assert_eq!(g.u64(event), i, "userdata of event {i}");
            assert_eq!(g.read(event + 8, 3), [0, 0, 0], "no error, clock event");
        }
    }
}

#[test]
fn readdir_streams_a_large_directory() {
    let tmp = TempDir::new();
    let files = 2000;
    for i in 0..files {
        std::fs::write(tmp.0.join(format!("file-{i:04}")), b"").unwrap();
    }
    for kind in KINDS {
        let mut g = Guest::with_dir(&tmp.0, kind);
        // One entry at a time, whatever the directory holds.
        let (e, bytes) = g.call_measured("fd_readdir", &[DIR_FD, BUF, 4096, 0, OUT]);
        assert_eq!(e, Errno::Success);
        assert_eq!(g.u32(OUT), 4096);
        assert!(bytes < BOUNDED, "fd_readdir allocated {bytes} bytes");
        // A cookie past the end: nothing, at once.
        g.ok("fd_readdir", &[DIR_FD, BUF, 4096, i64::MAX, OUT]);
        assert_eq!(g.u32(OUT), 0);

        // Read in 1 KiB pieces, each call going on from the last whole entry.
        let mut names = Vec::new();
        let mut cookie = 0;
        loop {
            g.ok("fd_readdir", &[DIR_FD, BUF, 1024, cookie, OUT]);
            let used = g.u32(OUT) as i64;
            let mut at = 0;
            while at + 24 <= used {
                let namlen = g.u32(BUF + at + 16) as i64;
                if at + 24 + namlen > used {
                    break;
                }
                cookie = g.u64(BUF + at) as i64;
                names.push(String::from_utf8(g.read(BUF + at + 24, namlen as usize)).unwrap());
                at += 24 + namlen;
            }
            if used < 1024 {
                break;
            }
        }
        let mut expected: Vec<String> = (0..files).map(|i| format!("file-{i:04}")).collect();
        expected.extend([".".to_string(), "..".to_string()]);
        expected.sort();
        names.sort();
        assert_eq!(names, expected);
    }
}
