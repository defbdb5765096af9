//! Why an emulated call did not return normally, and why setting up the
//! emulator failed.

use std::any::Any;
use std::fmt;
use std::io;
use std::ops::Range;

/// The registers a trap handler needs, read where the emulation stopped:
/// the same four that a native signal context gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Regs {
    pub pc: u64,
    pub sp: u64,
    /// x29
    pub fp: u64,
    /// x30
    pub lr: u64,
}

/// The kind of memory access that faulted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
    /// An instruction fetch (a branch to memory that is not executable).
    Fetch,
}

/// Why an emulated call ended other than by returning to its caller.
pub enum Stop {
    /// `udf #imm`: `regs.pc` is the `udf` instruction's address.
    Udf { regs: Regs, imm: u16 },
    /// Any other instruction the CPU model does not implement (for example
    /// an LSE atomic on the Cortex-A72 model).
    Undefined { regs: Regs, insn: u32 },
    /// Another CPU exception (`brk`, `svc`...), by QEMU's exception number.
    Exception { regs: Regs, intno: u32 },
    /// An access to unmapped memory (`unmapped`) or against a mapping's
    /// permissions; `regs.pc` is the faulting instruction's address.
    Fault {
        regs: Regs,
        addr: u64,
        access: Access,
        unmapped: bool,
    },
    /// A host function returned this to stop the emulation.
    Host(Box<dyn Any + Send>),
    /// A host function panicked (the payload, for `resume_unwind`).
    Panic(Box<dyn Any + Send>),
    /// With `Config::check_abi`: SP was not 16-byte aligned when emulated
    /// code called the gate (`regs.lr` is the return address of the call).
    MisalignedSp(Regs),
    /// With `Config::check_abi`: the called code returned without
    /// preserving a register the AAPCS64 makes callee-saved.
    Clobbered {
        reg: &'static str,
        before: u64,
        after: u64,
    },
    /// A branch into the gate page where no host function is registered.
    BadGate(Regs),
    /// Host and emulated code re-entered each other more than
    /// `MAX_NESTING` times.
    TooDeep,
    /// `call` takes at most 8 register arguments.
    TooManyArgs(usize),
    /// Unicorn itself failed.
    Emulation { regs: Regs, error: String },
}

fn panic_message(payload: &(dyn Any + Send)) -> &str {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s
    } else {
        "(not a string)"
    }
}

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Stop::Udf { regs, imm } => write!(f, "udf #{imm:#x} at pc {:#x}", regs.pc),
            Stop::Undefined { regs, insn } => {
                write!(f, "undefined instruction {insn:#010x} at pc {:#x}", regs.pc)
            }
            Stop::Exception { regs, intno } => {
                write!(f, "CPU exception {intno} at pc {:#x}", regs.pc)
            }
            Stop::Fault {
                regs,
                addr,
                access,
                unmapped,
            } => {
                let why = if *unmapped { "unmapped" } else { "protected" };
                write!(
                    f,
                    "{access:?} of {why} address {addr:#x} at pc {:#x}",
                    regs.pc
                )
            }
            Stop::Host(_) => write!(f, "stopped by a host function"),
            Stop::Panic(payload) => {
                write!(f, "a host function panicked: {}", panic_message(&**payload))
            }
            Stop::MisalignedSp(regs) => write!(
                f,
                "SP {:#x} not 16-byte aligned at a call to the host (return address {:#x})",
                regs.sp, regs.lr
            ),
            Stop::Clobbered { reg, before, after } => {
                write!(
                    f,
                    "callee-saved {reg} not preserved: {before:#x} became {after:#x}"
                )
            }
            Stop::BadGate(regs) => write!(
                f,
                "branch to gate address {:#x} with no host function (return address {:#x})",
                regs.pc, regs.lr
            ),
            Stop::TooDeep => write!(
                f,
                "host and emulated code nested more than {} deep",
                crate::MAX_NESTING
            ),
            Stop::TooManyArgs(n) => write!(f, "{n} arguments; at most 8 go in registers"),
            Stop::Emulation { regs, error } => {
                write!(f, "emulation failed at pc {:#x}: {error}", regs.pc)
            }
        }
    }
}

impl fmt::Debug for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for Stop {}

/// Setting up the emulator or changing its memory map failed.
#[derive(Debug)]
pub enum Error {
    /// The host refused memory (mmap).
    Io(io::Error),
    /// Unicorn refused an operation.
    Unicorn { op: &'static str, error: String },
    /// A range past the end of the address space, or for a mapping, not
    /// whole host pages at a page-aligned address.
    BadRange { addr: u64, len: u64 },
    /// The range overlaps a region already mapped in the emulator.
    Overlap {
        addr: u64,
        len: u64,
        existing: Range<u64>,
    },
    /// `unmap` of a range not wholly mapped.
    NotMapped { addr: u64, len: u64 },
    /// `unmap` of the gate page or the emulator's stack.
    Reserved { addr: u64, len: u64 },
    /// Every gate entry is taken.
    GateFull(usize),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io(e) => write!(f, "host memory: {e}"),
            Error::Unicorn { op, error } => write!(f, "unicorn {op}: {error}"),
            Error::BadRange { addr, len } => write!(
                f,
                "range {addr:#x}+{len:#x} wraps or is not whole pages at a page-aligned address"
            ),
            Error::Overlap {
                addr,
                len,
                existing,
            } => write!(
                f,
                "range {addr:#x}+{len:#x} overlaps the mapped region {:#x}..{:#x}",
                existing.start, existing.end
            ),
            Error::NotMapped { addr, len } => {
                write!(f, "range {addr:#x}+{len:#x} is not wholly mapped")
            }
            Error::Reserved { addr, len } => write!(
                f,
                "range {addr:#x}+{len:#x} holds the gate page or the emulator's stack"
            ),
            Error::GateFull(n) => write!(f, "all {n} gate entries are taken"),
        }
    }
}

impl std::error::Error for Error {}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Error {
        Error::Io(e)
    }
}
