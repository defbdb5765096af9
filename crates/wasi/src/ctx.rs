//! The state a WASI program sees: arguments, environment, and its table of
//! file descriptors (stdio, granted directories, opened files).

use crate::abi::Errno;
use crate::memory::Result;
use cap_std::fs::{Dir, File};
use std::io::{self, IsTerminal, Read, Write};
use std::path::Path;

/// What a file descriptor refers to.
pub(crate) enum Desc {
    /// A byte source such as stdin.
    Reader {
        stream: Box<dyn Read>,
        tty: bool,
    },
    /// A byte sink such as stdout; flushed after every `fd_write`.
    Writer {
        stream: Box<dyn Write>,
        tty: bool,
    },
    File(File),
    /// A directory; `preopen` is the guest path of a granted directory.
    Dir {
        dir: Dir,
        preopen: Option<String>,
    },
}

/// A WASI program's view of the host. Files are reached only through the
/// directories granted with [`WasiCtx::preopen_dir`]: paths are resolved by
/// cap-std, which refuses any (`..`, absolute or symlinked) path leading
/// outside them.
pub struct WasiCtx {
    pub(crate) args: Vec<String>,
    /// `KEY=VALUE` strings.
    pub(crate) env: Vec<String>,
    /// Indexed by fd; `None` is a closed (reusable) number.
    pub(crate) fds: Vec<Option<Desc>>,
}

impl Default for WasiCtx {
    fn default() -> Self {
        Self::new()
    }
}

impl WasiCtx {
    /// No arguments, no environment, no directories; the host's stdio.
    pub fn new() -> WasiCtx {
        WasiCtx {
            args: Vec::new(),
            env: Vec::new(),
            fds: vec![
                Some(Desc::Reader {
                    stream: Box::new(io::stdin()),
                    tty: io::stdin().is_terminal(),
                }),
                Some(Desc::Writer {
                    stream: Box::new(io::stdout()),
                    tty: io::stdout().is_terminal(),
                }),
                Some(Desc::Writer {
                    stream: Box::new(io::stderr()),
                    tty: io::stderr().is_terminal(),
                }),
            ],
        }
    }

    /// Appends a program argument (the first is conventionally its name).
    pub fn arg(&mut self, arg: impl Into<String>) -> &mut Self {
        self.args.push(arg.into());
        self
    }

    pub fn env(&mut self, key: &str, value: &str) -> &mut Self {
        self.env.push(format!("{key}={value}"));
        self
    }

    /// Replaces stdin (fd 0).
    pub fn stdin(&mut self, stream: impl Read + 'static) -> &mut Self {
        self.fds[0] = Some(Desc::Reader {
            stream: Box::new(stream),
            tty: false,
        });
        self
    }

    /// Replaces stdout (fd 1).
    pub fn stdout(&mut self, stream: impl Write + 'static) -> &mut Self {
        self.fds[1] = Some(Desc::Writer {
            stream: Box::new(stream),
            tty: false,
        });
        self
    }

    /// Replaces stderr (fd 2).
    pub fn stderr(&mut self, stream: impl Write + 'static) -> &mut Self {
        self.fds[2] = Some(Desc::Writer {
            stream: Box::new(stream),
            tty: false,
        });
        self
    }

    /// Grants `dir` to the program as `guest_path` (the next free fd,
    /// listed by `fd_prestat_get`).
    pub fn preopen_dir(&mut self, dir: Dir, guest_path: &str) -> &mut Self {
        self.fds.push(Some(Desc::Dir {
            dir,
            preopen: Some(guest_path.to_string()),
        }));
        self
    }

    /// Grants the host directory `host` as `guest_path`.
    pub fn preopen_host_dir(&mut self, host: &Path, guest_path: &str) -> io::Result<&mut Self> {
        let dir = Dir::open_ambient_dir(host, cap_std::ambient_authority())?;
        Ok(self.preopen_dir(dir, guest_path))
    }

    pub(crate) fn get(&mut self, fd: u32) -> Result<&mut Desc> {
        self.fds
            .get_mut(fd as usize)
            .and_then(Option::as_mut)
            .ok_or(Errno::Badf)
    }

    /// An open regular file (or device); `EBADF` for anything else.
    pub(crate) fn file(&mut self, fd: u32) -> Result<&mut File> {
        match self.get(fd)? {
            Desc::File(f) => Ok(f),
            Desc::Reader { .. } | Desc::Writer { .. } => Err(Errno::Spipe),
            Desc::Dir { .. } => Err(Errno::Badf),
        }
    }

    fn get_ref(&self, fd: u32) -> Result<&Desc> {
        self.fds
            .get(fd as usize)
            .and_then(Option::as_ref)
            .ok_or(Errno::Badf)
    }

    /// A directory to resolve paths from; `ENOTDIR` for other descriptors.
    pub(crate) fn dir(&self, fd: u32) -> Result<&Dir> {
        match self.get_ref(fd)? {
            Desc::Dir { dir, .. } => Ok(dir),
            _ => Err(Errno::Notdir),
        }
    }

    /// Takes the lowest free fd for `desc`.
    pub(crate) fn insert(&mut self, desc: Desc) -> Result<u32> {
        let fd = match self.fds.iter().position(Option::is_none) {
            Some(free) => free,
            None => {
                self.fds.push(None);
                self.fds.len() - 1
            }
        };
        let fd_u32 = u32::try_from(fd).map_err(|_| Errno::Mfile)?;
        self.fds[fd] = Some(desc);
        Ok(fd_u32)
    }

    pub(crate) fn remove(&mut self, fd: u32) -> Result<Desc> {
        self.fds
            .get_mut(fd as usize)
            .and_then(Option::take)
            .ok_or(Errno::Badf)
    }
}
