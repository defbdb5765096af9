//! The `wasi_snapshot_preview1` functions. Each takes the context, the
//! caller's memory and its arguments (pointers as `u32`), and returns `Ok`
//! or the errno the guest sees.

// The functions take the WASI signatures' arguments one by one.
#![allow(clippy::too_many_arguments)]

use crate::abi::*;
use crate::ctx::{Desc, WasiCtx};
use crate::memory::{GuestMemory, Result, offset};
use cap_fs_ext::{
    DirExt, FollowSymlinks, OpenOptionsFollowExt, OpenOptionsMaybeDirExt, OpenOptionsSyncExt,
    SystemTimeSpec,
};
use cap_std::fs::{Dir, FileExt, FileType, FileTypeExt, Metadata, MetadataExt, OpenOptions};
use rustix::fs::{DirEntryExt, OFlags};
use rustix::time::{ClockId, Timespec};
use std::ffi::OsString;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::ffi::OsStrExt;
use std::time::{Duration, SystemTime};

type Mem<'a, 'b> = &'a mut GuestMemory<'b>;

fn write_sizes(mem: Mem, items: &[String], count_ptr: u32, size_ptr: u32) -> Result<()> {
    let size: usize = items.iter().map(|s| s.len() + 1).sum();
    mem.write_u32(count_ptr, items.len() as u32)?;
    mem.write_u32(size_ptr, u32::try_from(size).map_err(|_| Errno::Overflow)?)
}

pub fn args_get(ctx: &mut WasiCtx, mem: Mem, argv: u32, buf: u32) -> Result<()> {
    mem.write_strings(&ctx.args, argv, buf)
}

pub fn args_sizes_get(ctx: &mut WasiCtx, mem: Mem, count: u32, size: u32) -> Result<()> {
    write_sizes(mem, &ctx.args, count, size)
}

pub fn environ_get(ctx: &mut WasiCtx, mem: Mem, environ: u32, buf: u32) -> Result<()> {
    mem.write_strings(&ctx.env, environ, buf)
}

pub fn environ_sizes_get(ctx: &mut WasiCtx, mem: Mem, count: u32, size: u32) -> Result<()> {
    write_sizes(mem, &ctx.env, count, size)
}

fn clock(id: u32) -> Result<ClockId> {
    Ok(match id {
        clockid::REALTIME => ClockId::Realtime,
        clockid::MONOTONIC => ClockId::Monotonic,
        clockid::PROCESS_CPUTIME => ClockId::ProcessCPUTime,
        clockid::THREAD_CPUTIME => ClockId::ThreadCPUTime,
        _ => return Err(Errno::Inval),
    })
}

fn nanos(t: Timespec) -> u64 {
    t.tv_sec as u64 * 1_000_000_000 + t.tv_nsec as u64
}

fn now(clock: ClockId) -> u64 {
    nanos(rustix::time::clock_gettime(clock))
}

pub fn clock_res_get(_: &mut WasiCtx, mem: Mem, id: u32, res: u32) -> Result<()> {
    mem.write_u64(res, nanos(rustix::time::clock_getres(clock(id)?)))
}

pub fn clock_time_get(
    _: &mut WasiCtx,
    mem: Mem,
    id: u32,
    _precision: u64,
    time: u32,
) -> Result<()> {
    mem.write_u64(time, now(clock(id)?))
}

/// Fills the guest's buffer in place, with no host buffer: the kernel
/// writes into it (`getrandom(2)`, which may return short for a large
/// request; the crate calls again for the rest). A shared memory's goes
/// through a bounded host buffer.
pub fn random_get(_: &mut WasiCtx, mem: Mem, buf: u32, len: u32) -> Result<()> {
    mem.fill_with(buf, len, |b| getrandom::fill(b).map_err(|_| Errno::Io))
}

pub fn sched_yield(_: &mut WasiCtx, _: Mem) -> Result<()> {
    std::thread::yield_now();
    Ok(())
}

pub fn proc_raise(_: &mut WasiCtx, _: Mem, _signal: u32) -> Result<()> {
    Err(Errno::Notsup)
}

pub fn fd_close(ctx: &mut WasiCtx, _: Mem, fd: u32) -> Result<()> {
    ctx.remove(fd).map(drop)
}

pub fn fd_renumber(ctx: &mut WasiCtx, _: Mem, from: u32, to: u32) -> Result<()> {
    ctx.get(to)?;
    let desc = ctx.remove(from)?;
    ctx.fds[to as usize] = Some(desc);
    Ok(())
}

/// `fsync`/`fdatasync` on a file or directory.
fn sync(ctx: &mut WasiCtx, fd: u32, data_only: bool) -> Result<()> {
    match ctx.get(fd)? {
        Desc::File(f) if data_only => f.sync_data()?,
        Desc::File(f) => f.sync_all()?,
        Desc::Dir { dir, .. } => rustix::fs::fsync(dir)?,
        Desc::Reader { .. } | Desc::Writer { .. } => return Err(Errno::Inval),
    }
    Ok(())
}

pub fn fd_sync(ctx: &mut WasiCtx, _: Mem, fd: u32) -> Result<()> {
    sync(ctx, fd, false)
}

pub fn fd_datasync(ctx: &mut WasiCtx, _: Mem, fd: u32) -> Result<()> {
    sync(ctx, fd, true)
}

pub fn fd_advise(
    ctx: &mut WasiCtx,
    _: Mem,
    fd: u32,
    offset: u64,
    len: u64,
    advice: u32,
) -> Result<()> {
    use rustix::fs::Advice;
    let advice = match advice {
        0 => Advice::Normal,
        1 => Advice::Sequential,
        2 => Advice::Random,
        3 => Advice::WillNeed,
        4 => Advice::DontNeed,
        5 => Advice::NoReuse,
        _ => return Err(Errno::Inval),
    };
    let file = ctx.file(fd)?;
    rustix::fs::fadvise(file, offset, std::num::NonZeroU64::new(len), advice)?;
    Ok(())
}

/// Makes sure the file is at least `offset + len` bytes long.
pub fn fd_allocate(ctx: &mut WasiCtx, _: Mem, fd: u32, offset: u64, len: u64) -> Result<()> {
    let file = ctx.file(fd)?;
    let end = offset.checked_add(len).ok_or(Errno::Fbig)?;
    if end > file.metadata()?.len() {
        file.set_len(end)?;
    }
    Ok(())
}

fn filetype(ft: FileType) -> u8 {
    if ft.is_dir() {
        filetype::DIRECTORY
    } else if ft.is_file() {
        filetype::REGULAR_FILE
    } else if ft.is_symlink() {
        filetype::SYMBOLIC_LINK
    } else if ft.is_char_device() {
        filetype::CHARACTER_DEVICE
    } else if ft.is_block_device() {
        filetype::BLOCK_DEVICE
    } else if ft.is_socket() {
        filetype::SOCKET_STREAM
    } else {
        filetype::UNKNOWN
    }
}

fn stream_filetype(tty: bool) -> u8 {
    if tty {
        filetype::CHARACTER_DEVICE
    } else {
        filetype::UNKNOWN
    }
}

pub fn fd_fdstat_get(ctx: &mut WasiCtx, mem: Mem, fd: u32, buf: u32) -> Result<()> {
    let (ty, flags, base, inheriting) = match ctx.get(fd)? {
        Desc::Reader { tty, .. } => (
            stream_filetype(*tty),
            0,
            rights::FD_READ | rights::POLL_FD_READWRITE,
            0,
        ),
        Desc::Writer { tty, .. } => (
            stream_filetype(*tty),
            0,
            rights::FD_WRITE | rights::POLL_FD_READWRITE,
            0,
        ),
        Desc::File(f) => {
            let os = rustix::fs::fcntl_getfl(&*f)?;
            let mut flags = 0;
            for (o, w) in [
                (OFlags::APPEND, fdflags::APPEND),
                (OFlags::NONBLOCK, fdflags::NONBLOCK),
                (OFlags::DSYNC, fdflags::DSYNC),
                (OFlags::SYNC, fdflags::SYNC),
            ] {
                if os.contains(o) {
                    flags |= w;
                }
            }
            let mut base = rights::FILE;
            match os & OFlags::RWMODE {
                OFlags::RDONLY => base &= !(rights::FD_WRITE | rights::FD_ALLOCATE),
                OFlags::WRONLY => base &= !rights::FD_READ,
                _ => {}
            }
            (filetype(f.metadata()?.file_type()), flags, base, 0)
        }
        Desc::Dir { .. } => (
            filetype::DIRECTORY,
            0,
            rights::DIRECTORY,
            rights::DIRECTORY | rights::FILE,
        ),
    };
    let mut out = [0u8; FDSTAT_SIZE as usize];
    out[0] = ty;
    out[2..4].copy_from_slice(&u16::to_le_bytes(flags));
    out[8..16].copy_from_slice(&u64::to_le_bytes(base));
    out[16..24].copy_from_slice(&u64::to_le_bytes(inheriting));
    mem.write(buf, &out)
}

pub fn fd_fdstat_set_flags(ctx: &mut WasiCtx, _: Mem, fd: u32, flags: u32) -> Result<()> {
    let flags = flags as u16;
    if flags & !(fdflags::APPEND | fdflags::NONBLOCK) != 0 {
        return Err(Errno::Notsup);
    }
    let file = match ctx.get(fd)? {
        Desc::File(f) => f,
        _ if flags == 0 => return Ok(()),
        _ => return Err(Errno::Notsup),
    };
    let mut os = rustix::fs::fcntl_getfl(&*file)? & !(OFlags::APPEND | OFlags::NONBLOCK);
    os.set(OFlags::APPEND, flags & fdflags::APPEND != 0);
    os.set(OFlags::NONBLOCK, flags & fdflags::NONBLOCK != 0);
    Ok(rustix::fs::fcntl_setfl(&*file, os)?)
}

/// Rights are not narrowed: what a descriptor may do is decided by how
/// the host opened it.
pub fn fd_fdstat_set_rights(
    ctx: &mut WasiCtx,
    _: Mem,
    fd: u32,
    _base: u64,
    _inheriting: u64,
) -> Result<()> {
    ctx.get(fd).map(drop)
}

fn timestamp(secs: i64, nsecs: i64) -> u64 {
    u64::try_from(secs as i128 * 1_000_000_000 + nsecs as i128).unwrap_or(0)
}

/// A `filestat` record.
fn filestat(meta: Option<&Metadata>, ty: u8) -> [u8; FILESTAT_SIZE as usize] {
    let mut out = [0u8; FILESTAT_SIZE as usize];
    out[16] = ty;
    if let Some(m) = meta {
        let fields = [
            (0, m.dev()),
            (8, m.ino()),
            (24, m.nlink()),
            (32, m.len()),
            (40, timestamp(m.atime(), m.atime_nsec())),
            (48, timestamp(m.mtime(), m.mtime_nsec())),
            (56, timestamp(m.ctime(), m.ctime_nsec())),
        ];
        for (at, v) in fields {
            out[at..at + 8].copy_from_slice(&v.to_le_bytes());
        }
    }
    out
}

fn meta_filestat(m: &Metadata) -> [u8; FILESTAT_SIZE as usize] {
    filestat(Some(m), filetype(m.file_type()))
}

pub fn fd_filestat_get(ctx: &mut WasiCtx, mem: Mem, fd: u32, buf: u32) -> Result<()> {
    let stat = match ctx.get(fd)? {
        Desc::Reader { tty, .. } | Desc::Writer { tty, .. } => {
            filestat(None, stream_filetype(*tty))
        }
        Desc::File(f) => meta_filestat(&f.metadata()?),
        Desc::Dir { dir, .. } => meta_filestat(&dir.dir_metadata()?),
    };
    mem.write(buf, &stat)
}

pub fn fd_filestat_set_size(ctx: &mut WasiCtx, _: Mem, fd: u32, size: u64) -> Result<()> {
    Ok(ctx.file(fd)?.set_len(size)?)
}

/// The new time for one timestamp of `*_set_times`: `None` leaves it.
fn new_time(ts: u64, set: bool, set_now: bool) -> Result<Option<SystemTimeSpec>> {
    Ok(match (set, set_now) {
        (true, true) => return Err(Errno::Inval),
        (true, false) => Some(SystemTimeSpec::Absolute(
            cap_std::time::SystemTime::from_std(SystemTime::UNIX_EPOCH + Duration::from_nanos(ts)),
        )),
        (false, true) => Some(SystemTimeSpec::SymbolicNow),
        (false, false) => None,
    })
}

fn new_times(atim: u64, mtim: u64, flags: u32) -> Result<[Option<SystemTimeSpec>; 2]> {
    let f = flags as u16;
    Ok([
        new_time(atim, f & fstflags::ATIM != 0, f & fstflags::ATIM_NOW != 0)?,
        new_time(mtim, f & fstflags::MTIM != 0, f & fstflags::MTIM_NOW != 0)?,
    ])
}

fn os_time(t: &Option<SystemTimeSpec>) -> Timespec {
    let nsec = |n| Timespec {
        tv_sec: 0,
        tv_nsec: n,
    };
    match t {
        None => nsec(rustix::fs::UTIME_OMIT),
        Some(SystemTimeSpec::SymbolicNow) => nsec(rustix::fs::UTIME_NOW),
        Some(SystemTimeSpec::Absolute(t)) => {
            let d = t
                .into_std()
                .duration_since(SystemTime::UNIX_EPOCH)
                .unwrap_or_default();
            Timespec {
                tv_sec: d.as_secs() as i64,
                tv_nsec: d.subsec_nanos().into(),
            }
        }
    }
}

pub fn fd_filestat_set_times(
    ctx: &mut WasiCtx,
    _: Mem,
    fd: u32,
    atim: u64,
    mtim: u64,
    flags: u32,
) -> Result<()> {
    let [a, m] = new_times(atim, mtim, flags)?;
    let times = rustix::fs::Timestamps {
        last_access: os_time(&a),
        last_modification: os_time(&m),
    };
    match ctx.get(fd)? {
        Desc::File(f) => rustix::fs::futimens(&*f, &times)?,
        Desc::Dir { dir, .. } => rustix::fs::futimens(&*dir, &times)?,
        _ => return Err(Errno::Badf),
    }
    Ok(())
}

pub fn fd_read(
    ctx: &mut WasiCtx,
    mem: Mem,
    fd: u32,
    iovs: u32,
    count: u32,
    nread: u32,
) -> Result<()> {
    let n = match ctx.get(fd)? {
        Desc::Reader { stream, .. } => mem.read_into(iovs, count, |b, _| stream.read(b))?,
        Desc::File(f) => mem.read_into(iovs, count, |b, _| f.read(b))?,
        Desc::Dir { .. } => return Err(Errno::Isdir),
        Desc::Writer { .. } => return Err(Errno::Badf),
    };
    mem.write_u32(nread, n)
}

pub fn fd_pread(
    ctx: &mut WasiCtx,
    mem: Mem,
    fd: u32,
    iovs: u32,
    count: u32,
    at: u64,
    nread: u32,
) -> Result<()> {
    let file = ctx.file(fd)?;
    let n = mem.read_into(iovs, count, |b, done| {
        file.read_at(b, at.saturating_add(done))
    })?;
    mem.write_u32(nread, n)
}

pub fn fd_write(
    ctx: &mut WasiCtx,
    mem: Mem,
    fd: u32,
    iovs: u32,
    count: u32,
    nwritten: u32,
) -> Result<()> {
    let n = match ctx.get(fd)? {
        Desc::Writer { stream, .. } => {
            let n = mem.write_from(iovs, count, |b, _| stream.write_all(b).map(|()| b.len()))?;
            stream.flush()?;
            n
        }
        Desc::File(f) => mem.write_from(iovs, count, |b, _| f.write(b))?,
        Desc::Dir { .. } => return Err(Errno::Isdir),
        Desc::Reader { .. } => return Err(Errno::Badf),
    };
    mem.write_u32(nwritten, n)
}

pub fn fd_pwrite(
    ctx: &mut WasiCtx,
    mem: Mem,
    fd: u32,
    iovs: u32,
    count: u32,
    at: u64,
    nwritten: u32,
) -> Result<()> {
    let file = ctx.file(fd)?;
    let n = mem.write_from(iovs, count, |b, done| {
        file.write_at(b, at.saturating_add(done))
    })?;
    mem.write_u32(nwritten, n)
}

pub fn fd_seek(
    ctx: &mut WasiCtx,
    mem: Mem,
    fd: u32,
    offset: u64,
    whence: u32,
    new_offset: u32,
) -> Result<()> {
    let pos = match whence {
        0 => SeekFrom::Start(offset),
        1 => SeekFrom::Current(offset as i64),
        2 => SeekFrom::End(offset as i64),
        _ => return Err(Errno::Inval),
    };
    let pos = ctx.file(fd)?.seek(pos)?;
    mem.write_u64(new_offset, pos)
}

pub fn fd_tell(ctx: &mut WasiCtx, mem: Mem, fd: u32, offset: u32) -> Result<()> {
    let pos = ctx.file(fd)?.stream_position()?;
    mem.write_u64(offset, pos)
}

fn preopen_name(ctx: &mut WasiCtx, fd: u32) -> Result<&str> {
    match ctx.get(fd)? {
        Desc::Dir {
            preopen: Some(name),
            ..
        } => Ok(name),
        _ => Err(Errno::Badf),
    }
}

pub fn fd_prestat_get(ctx: &mut WasiCtx, mem: Mem, fd: u32, buf: u32) -> Result<()> {
    let len = preopen_name(ctx, fd)?.len() as u32;
    // Tag 0 (a directory), then the length of its name.
    mem.write_u32(buf, 0)?;
    mem.write_u32(offset(buf, 4)?, len)
}

pub fn fd_prestat_dir_name(ctx: &mut WasiCtx, mem: Mem, fd: u32, buf: u32, len: u32) -> Result<()> {
    let name = preopen_name(ctx, fd)?;
    if name.len() > len as usize {
        return Err(Errno::Nametoolong);
    }
    mem.write(buf, name.as_bytes())
}

/// Directory entries from `cookie` on, as `dirent` records, the last one
/// cut off if the buffer is full (the guest then reads again from there).
/// Entries are read one at a time and written straight into the guest's
/// buffer: the host holds one entry, whatever the directory or buffer size.
pub fn fd_readdir(
    ctx: &mut WasiCtx,
    mem: Mem,
    fd: u32,
    buf: u32,
    len: u32,
    cookie: u64,
    used: u32,
) -> Result<()> {
    let dir = ctx.dir(fd)?;
    mem.check(buf, len)?;
    let ino = dir.dir_metadata()?.ino();
    let parent_ino = dir.metadata("..").map_or(ino, |m| m.ino());
    let dots = [(".", ino), ("..", parent_ino)].map(|(name, ino)| {
        Ok::<_, std::io::Error>((OsString::from(name), ino, filetype::DIRECTORY))
    });
    let entries = dir.entries()?.map(|entry| {
        let entry = entry?;
        let ty = entry.file_type().map_or(filetype::UNKNOWN, filetype);
        Ok((entry.file_name(), entry.ino(), ty))
    });
    let mut n = 0u32;
    let listing = dots.into_iter().chain(entries).enumerate();
    // Skipping stops at the end of the directory, however large `cookie` is.
    for (i, entry) in listing.skip(usize::try_from(cookie).unwrap_or(usize::MAX)) {
        if n == len {
            break;
        }
        let (name, ino, ty) = entry?;
        let name = name.as_bytes();
        let mut dirent = [0u8; DIRENT_SIZE as usize];
        dirent[0..8].copy_from_slice(&(i as u64 + 1).to_le_bytes());
        dirent[8..16].copy_from_slice(&ino.to_le_bytes());
        dirent[16..20].copy_from_slice(&(name.len() as u32).to_le_bytes());
        dirent[20] = ty;
        for part in [&dirent[..], name] {
            let k = part.len().min((len - n) as usize);
            if k > 0 {
                // n < len, and `[buf, buf + len)` is in memory: no overflow.
                mem.write(buf + n, &part[..k])?;
                n += k as u32;
            }
        }
    }
    mem.write_u32(used, n)
}

pub fn path_create_directory(ctx: &mut WasiCtx, mem: Mem, fd: u32, p: u32, len: u32) -> Result<()> {
    Ok(ctx.dir(fd)?.create_dir(mem.path(p, len)?)?)
}

fn follows(lookup: u32) -> bool {
    lookup & LOOKUP_SYMLINK_FOLLOW != 0
}

pub fn path_filestat_get(
    ctx: &mut WasiCtx,
    mem: Mem,
    fd: u32,
    lookup: u32,
    p: u32,
    len: u32,
    buf: u32,
) -> Result<()> {
    let (dir, path) = (ctx.dir(fd)?, mem.path(p, len)?);
    let meta = if follows(lookup) {
        dir.metadata(path)?
    } else {
        dir.symlink_metadata(path)?
    };
    mem.write(buf, &meta_filestat(&meta))
}

pub fn path_filestat_set_times(
    ctx: &mut WasiCtx,
    mem: Mem,
    fd: u32,
    lookup: u32,
    p: u32,
    len: u32,
    atim: u64,
    mtim: u64,
    flags: u32,
) -> Result<()> {
    let (dir, path) = (ctx.dir(fd)?, mem.path(p, len)?);
    let [a, m] = new_times(atim, mtim, flags)?;
    if follows(lookup) {
        dir.set_times(path, a, m)?;
    } else {
        dir.set_symlink_times(path, a, m)?;
    }
    Ok(())
}

pub fn path_link(
    ctx: &mut WasiCtx,
    mem: Mem,
    old_fd: u32,
    _lookup: u32,
    old: u32,
    old_len: u32,
    new_fd: u32,
    new: u32,
    new_len: u32,
) -> Result<()> {
    let (from, to) = (ctx.dir(old_fd)?, ctx.dir(new_fd)?);
    Ok(from.hard_link(mem.path(old, old_len)?, to, mem.path(new, new_len)?)?)
}

/// Which opened descriptor `path_open` asks for, from its requested rights.
fn wants_write(rights: u64) -> bool {
    rights
        & (rights::FD_WRITE
            | rights::FD_DATASYNC
            | rights::FD_ALLOCATE
            | rights::FD_FILESTAT_SET_SIZE)
        != 0
}

pub fn path_open(
    ctx: &mut WasiCtx,
    mem: Mem,
    fd: u32,
    lookup: u32,
    p: u32,
    len: u32,
    open: u32,
    rights: u64,
    _inheriting: u64,
    flags: u32,
    opened: u32,
) -> Result<()> {
    let (dir, path) = (ctx.dir(fd)?, mem.path(p, len)?);
    let (open, flags) = (open as u16, flags as u16);
    let follow = if follows(lookup) {
        FollowSymlinks::Yes
    } else {
        FollowSymlinks::No
    };
    let desc = if open & oflags::DIRECTORY != 0 {
        if open & (oflags::CREAT | oflags::EXCL | oflags::TRUNC) != 0 {
            return Err(Errno::Inval);
        }
        let dir = match follow {
            FollowSymlinks::Yes => dir.open_dir(path)?,
            FollowSymlinks::No => dir.open_dir_nofollow(path)?,
        };
        Desc::Dir { dir, preopen: None }
    } else {
        let write = wants_write(rights) || open & oflags::TRUNC != 0;
        let mut opts = OpenOptions::new();
        // Something must be asked of the OS; reading is the harmless default.
        opts.read(!write || rights & (rights::FD_READ | rights::FD_READDIR) != 0)
            .write(write)
            .append(flags & fdflags::APPEND != 0)
            .truncate(open & oflags::TRUNC != 0)
            .dsync(flags & fdflags::DSYNC != 0)
            .rsync(flags & fdflags::RSYNC != 0)
            .sync(flags & fdflags::SYNC != 0)
            .follow(follow)
            .maybe_dir(true);
        if open & oflags::CREAT != 0 {
            if open & oflags::EXCL != 0 {
                opts.create_new(true);
            } else {
                opts.create(true);
            }
        }
        let file = dir.open_with(path, &opts)?;
        if file.metadata()?.is_dir() {
            Desc::Dir {
                dir: Dir::from_std_file(file.into_std()),
                preopen: None,
            }
        } else {
            Desc::File(file)
        }
    };
    let fd = ctx.insert(desc)?;
    mem.write_u32(opened, fd)
}

pub fn path_readlink(
    ctx: &mut WasiCtx,
    mem: Mem,
    fd: u32,
    p: u32,
    len: u32,
    buf: u32,
    buf_len: u32,
    used: u32,
) -> Result<()> {
    let target = ctx.dir(fd)?.read_link_contents(mem.path(p, len)?)?;
    let bytes = target.as_os_str().as_bytes();
    let n = bytes.len().min(buf_len as usize);
    mem.write(buf, &bytes[..n])?;
    mem.write_u32(used, n as u32)
}

pub fn path_remove_directory(ctx: &mut WasiCtx, mem: Mem, fd: u32, p: u32, len: u32) -> Result<()> {
    Ok(ctx.dir(fd)?.remove_dir(mem.path(p, len)?)?)
}

pub fn path_rename(
    ctx: &mut WasiCtx,
    mem: Mem,
    fd: u32,
    old: u32,
    old_len: u32,
    new_fd: u32,
    new: u32,
    new_len: u32,
) -> Result<()> {
    let (from, to) = (ctx.dir(fd)?, ctx.dir(new_fd)?);
    Ok(from.rename(mem.path(old, old_len)?, to, mem.path(new, new_len)?)?)
}

/// Creates a symlink to `old`; an absolute target is refused (cap-std).
pub fn path_symlink(
    ctx: &mut WasiCtx,
    mem: Mem,
    old: u32,
    old_len: u32,
    fd: u32,
    new: u32,
    new_len: u32,
) -> Result<()> {
    Ok(ctx
        .dir(fd)?
        .symlink(mem.path(old, old_len)?, mem.path(new, new_len)?)?)
}

pub fn path_unlink_file(ctx: &mut WasiCtx, mem: Mem, fd: u32, p: u32, len: u32) -> Result<()> {
    Ok(ctx.dir(fd)?.remove_file(mem.path(p, len)?)?)
}

/// Most subscriptions one `poll_oneoff` takes; more is `EINVAL`, as Linux's
/// `poll` refuses more descriptors than `RLIMIT_NOFILE`. wasi-libc's `poll`
/// asks for up to two per descriptor plus one for the timeout, its `select`
/// for at most two sets of `FD_SETSIZE` (1024) plus one: 4096 covers
/// `select` and a `poll` of 2047 descriptors. So the host reads at most
/// 4096 subscriptions and holds at most 4096 pending events (96 KiB).
pub const MAX_SUBSCRIPTIONS: u32 = 4096;

/// Waits for clock subscriptions; fd subscriptions are always ready
/// (files and stdio never block here).
pub fn poll_oneoff(
    ctx: &mut WasiCtx,
    mem: Mem,
    subs: u32,
    events: u32,
    count: u32,
    nevents: u32,
) -> Result<()> {
    if count == 0 || count > MAX_SUBSCRIPTIONS {
        return Err(Errno::Inval);
    }
    // (userdata, error, type, nanoseconds to wait), all read before any
    // event is written, in case the two arrays overlap.
    let mut pending: Vec<(u64, Errno, u8, u64)> = Vec::with_capacity(count as usize);
    for i in 0..count {
        let at = offset(subs, i as u64 * SUBSCRIPTION_SIZE as u64)?;
        let userdata = mem.read_u64(at)?;
        let tag = mem.read_u8(offset(at, 8)?)?;
        let body = offset(at, 16)?;
        match tag {
            eventtype::CLOCK => {
                let clock = clock(mem.read_u32(body)?)?;
                let timeout = mem.read_u64(offset(body, 8)?)?;
                let flags = mem.read_u16(offset(body, 24)?)?;
                let wait = if flags & SUBSCRIPTION_CLOCK_ABSTIME != 0 {
                    timeout.saturating_sub(now(clock))
                } else {
                    timeout
                };
                pending.push((userdata, Errno::Success, tag, wait));
            }
            eventtype::FD_READ | eventtype::FD_WRITE => {
                let error = ctx.get(mem.read_u32(body)?).err().unwrap_or(Errno::Success);
                pending.push((userdata, error, tag, 0));
            }
            _ => return Err(Errno::Inval),
        }
    }
    let wait = pending.iter().map(|p| p.3).min().unwrap_or(0);
    if wait > 0 {
        std::thread::sleep(Duration::from_nanos(wait));
    }
    let mut n = 0u32;
    for &(userdata, error, ty, _) in pending.iter().filter(|p| p.3 <= wait) {
        let mut event = [0u8; EVENT_SIZE as usize];
        event[0..8].copy_from_slice(&userdata.to_le_bytes());
        event[8..10].copy_from_slice(&(error as u16).to_le_bytes());
        event[10] = ty;
        mem.write(offset(events, n as u64 * EVENT_SIZE as u64)?, &event)?;
        n += 1;
    }
    mem.write_u32(nevents, n)
}

/// No descriptor is a socket.
fn not_socket(ctx: &mut WasiCtx, fd: u32) -> Result<()> {
    ctx.get(fd)?;
    Err(Errno::Notsock)
}

pub fn sock_accept(ctx: &mut WasiCtx, _: Mem, fd: u32, _flags: u32, _new: u32) -> Result<()> {
    not_socket(ctx, fd)
}

pub fn sock_recv(
    ctx: &mut WasiCtx,
    _: Mem,
    fd: u32,
    _iovs: u32,
    _count: u32,
    _flags: u32,
    _nread: u32,
    _out_flags: u32,
) -> Result<()> {
    not_socket(ctx, fd)
}

pub fn sock_send(
    ctx: &mut WasiCtx,
    _: Mem,
    fd: u32,
    _iovs: u32,
    _count: u32,
    _flags: u32,
    _nwritten: u32,
) -> Result<()> {
    not_socket(ctx, fd)
}

pub fn sock_shutdown(ctx: &mut WasiCtx, _: Mem, fd: u32, _how: u32) -> Result<()> {
    not_socket(ctx, fd)
}
