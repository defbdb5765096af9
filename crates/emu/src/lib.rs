//! Runs AArch64 code in-process on an x86-64 host under the unicorn engine
//! (QEMU's CPU as a library), with host memory mapped into the emulator at
//! its host addresses so that every pointer means the same on both sides.
//!
//! - [`Emulator::map`] maps page-aligned host memory at its own address.
//! - Emulated code calls the host through a *gate* page: an address reserved
//!   in the host (`PROT_NONE`) and mapped in the emulator, each 4-byte entry
//!   holding a `ret`. A hook on the page runs the entry's Rust closure with
//!   x0-x7 as arguments (AAPCS64), writes its result to x0, and the `ret`
//!   goes back to x30. Every emulator of the process maps the same gate
//!   page, so the n-th function registered has the same address in each
//!   ([`gate_entry`]).
//! - [`Emulator::on_fault`] lets the host map memory on demand: an access to
//!   unmapped or protected memory first asks its handler, and resumes if it
//!   says so.
//! - A store that crosses into an unmapped or protected page faults after
//!   writing its bytes before that page, as QEMU does and the Arm
//!   architecture allows: generated code must not rely on the opposite.
//! - [`Emulator::call`] runs a function on a dedicated emulated stack and
//!   gives x0, or the [`Stop`] that ended it (a `udf`, a fault with the exact
//!   pc, a host error or panic...). Host closures may call back into emulated
//!   code, up to [`MAX_NESTING`] levels.
//!
//! The crate is GPL-2.0 (unicorn is) and outside brisk's workspace.

mod pages;
mod stop;

pub use pages::{Pages, page_size};
pub use stop::{Access, Error, Regs, Stop};

use std::cell::{Cell, RefCell};
use std::ffi::c_void;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::rc::{Rc, Weak};
use std::sync::{Mutex, PoisonError};
use unicorn_engine::{
    Arch, Arm64CpuModel, HookType, MemType, Mode, Prot, RegisterARM64, Unicorn, uc_error,
};

/// How deep host and emulated code may re-enter each other (unicorn nests
/// at most 64 emulation starts).
pub const MAX_NESTING: u32 = 60;

/// `ret` (x30): every gate entry holds one.
const INSN_RET: u32 = 0xd65f_03c0;
/// QEMU's exception number for an undefined instruction.
const EXCP_UDEF: u32 = 1;

/// The CPU model, which decides the architecture extensions present.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cpu {
    /// Plain ARMv8.0-A: no LSE atomics, no ARMv8.1+ instructions.
    CortexA72,
    /// QEMU's "max" model: every extension QEMU implements (LSE and later).
    Max,
}

#[derive(Clone, Debug)]
pub struct Config {
    pub cpu: Cpu,
    /// Bytes of emulated stack (rounded up to pages), below which an
    /// unmapped guard page lies.
    pub stack_size: usize,
    /// Debug checks that the hardware would enforce or that the ABI
    /// requires, which QEMU does not check: SP is 16-byte aligned at every
    /// call into the host, and a called function returns with SP, x19-x29
    /// and d8-d15 preserved.
    pub check_abi: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            cpu: Cpu::CortexA72,
            stack_size: 1 << 20,
            check_abi: false,
        }
    }
}

/// Access rights of a mapping.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Perms {
    pub read: bool,
    pub write: bool,
    pub exec: bool,
}

impl Perms {
    pub const READ: Perms = Perms {
        read: true,
        write: false,
        exec: false,
    };
    pub const READ_WRITE: Perms = Perms {
        read: true,
        write: true,
        exec: false,
    };
    pub const READ_EXEC: Perms = Perms {
        read: true,
        write: false,
        exec: true,
    };

    fn prot(self) -> Prot {
        let mut prot = Prot::NONE;
        if self.read {
            prot |= Prot::READ;
        }
        if self.write {
            prot |= Prot::WRITE;
        }
        if self.exec {
            prot |= Prot::EXEC;
        }
        prot
    }
}

/// What a host function sees of the call that reached it.
#[derive(Clone, Copy, Debug)]
pub struct Call {
    /// x0-x7.
    pub args: [u64; 8],
    /// pc is the gate entry, lr the return address into the caller.
    pub regs: Regs,
}

/// A host function callable from emulated code. It may call back into
/// emulated code through the `Emulator` it is given.
type HostFn = dyn Fn(&mut Emulator, &Call) -> Result<u64, Stop>;

/// An access to unmapped memory, or against a mapping's permissions, that
/// a fault handler may resolve.
#[derive(Clone, Copy, Debug)]
pub struct Fault {
    pub addr: u64,
    pub access: Access,
    /// Unmapped, rather than mapped without the permission.
    pub unmapped: bool,
    /// pc is the faulting instruction.
    pub regs: Regs,
}

/// Decides whether a fault is resolved (see [`Emulator::on_fault`]).
type FaultFn = dyn Fn(&mut Emulator, &Fault) -> bool;

/// The gate page's address: one host reservation (`PROT_NONE`) for the
/// whole process, never unmapped, that every emulator maps.
fn gate_page() -> Result<u64, Error> {
    static GATE: Mutex<u64> = Mutex::new(0);
    let mut gate = GATE.lock().unwrap_or_else(PoisonError::into_inner);
    if *gate == 0 {
        let pages = Pages::reserve(page_size())?;
        *gate = pages.addr();
        // Kept for the life of the process: emulators map its address.
        std::mem::forget(pages);
    }
    Ok(*gate)
}

/// How many host functions an emulator can register (entry 0 of the gate
/// is the return address of `call`).
pub fn gate_capacity() -> usize {
    page_size() / 4 - 1
}

/// The address [`Emulator::register`] gives the `index`-th function (from
/// 0) registered, in every emulator of this process.
pub fn gate_entry(index: usize) -> Result<u64, Error> {
    if index >= gate_capacity() {
        return Err(Error::GateFull(gate_capacity()));
    }
    Ok(gate_page()? + 4 * (index as u64 + 1))
}

/// The registers the AAPCS64 makes callee-saved (only the low halves of
/// v8-v15), checked after each call with `Config::check_abi`.
const CALLEE_SAVED: [(&str, RegisterARM64); 19] = [
    ("x19", RegisterARM64::X19),
    ("x20", RegisterARM64::X20),
    ("x21", RegisterARM64::X21),
    ("x22", RegisterARM64::X22),
    ("x23", RegisterARM64::X23),
    ("x24", RegisterARM64::X24),
    ("x25", RegisterARM64::X25),
    ("x26", RegisterARM64::X26),
    ("x27", RegisterARM64::X27),
    ("x28", RegisterARM64::X28),
    ("x29", RegisterARM64::X29),
    ("d8", RegisterARM64::D8),
    ("d9", RegisterARM64::D9),
    ("d10", RegisterARM64::D10),
    ("d11", RegisterARM64::D11),
    ("d12", RegisterARM64::D12),
    ("d13", RegisterARM64::D13),
    ("d14", RegisterARM64::D14),
    ("d15", RegisterARM64::D15),
];

const ARG_REGS: [RegisterARM64; 8] = [
    RegisterARM64::X0,
    RegisterARM64::X1,
    RegisterARM64::X2,
    RegisterARM64::X3,
    RegisterARM64::X4,
    RegisterARM64::X5,
    RegisterARM64::X6,
    RegisterARM64::X7,
];

/// An AArch64 CPU running code from host memory. Not `Send`: use one per
/// thread. Clones are handles to the same CPU.
#[derive(Clone)]
pub struct Emulator {
    shared: Rc<Shared>,
}

struct Shared {
    /// First, so that unicorn is closed before the memory it maps is freed.
    uc: Unicorn<'static, ()>,
    /// The gate page's address (host reservation: [`gate_page`]); unicorn
    /// backs it in the emulator.
    gate: u64,
    /// A guard page (unmapped in the emulator) and the stack above it.
    stack: Pages,
    host_fns: RefCell<Vec<Rc<HostFn>>>,
    fault_fn: RefCell<Option<Rc<FaultFn>>>,
    /// Why the current run stops, set by a hook.
    pending: RefCell<Option<Stop>>,
    /// How many `call`s are running (nested through host functions).
    depth: Cell<u32>,
    check_abi: bool,
}

fn unicorn_err(op: &'static str) -> impl Fn(uc_error) -> Error {
    move |e| Error::Unicorn {
        op,
        error: format!("{e:?}"),
    }
}

impl Emulator {
    pub fn new(config: &Config) -> Result<Emulator, Error> {
        let page = page_size();
        let gate = gate_page()?;
        let stack = Pages::new(page + config.stack_size)?;
        stack.protect_none(page)?;

        let mut uc = Unicorn::new(Arch::ARM64, Mode::ARM).map_err(unicorn_err("open"))?;
        let model = match config.cpu {
            Cpu::CortexA72 => Arm64CpuModel::A72,
            Cpu::Max => Arm64CpuModel::MAX,
        };
        uc.ctl_set_cpu_model(model as i32)
            .map_err(unicorn_err("set CPU model"))?;
        let uc_page = uc.ctl_get_page_size().map_err(unicorn_err("page size"))?;
        if uc_page == 0 || !page.is_multiple_of(uc_page as usize) {
            return Err(Error::Unicorn {
                op: "page size",
                error: format!("emulated page size {uc_page} does not divide the host's {page}"),
            });
        }

        uc.mem_map(gate, page as u64, Prot::READ | Prot::EXEC)
            .map_err(unicorn_err("map the gate"))?;
        let rets: Vec<u8> = INSN_RET
            .to_le_bytes()
            .into_iter()
            .cycle()
            .take(page)
            .collect();
        uc.mem_write(gate, &rets)
            .map_err(unicorn_err("write the gate"))?;
        let stack_base = stack.addr() + page as u64;
        // SAFETY: the stack's pages are owned by `Shared`, which outlives
        // the unicorn instance (its first field), and only emulated code
        // uses them.
        unsafe {
            uc.mem_map_ptr(
                stack_base,
                (stack.size() - page) as u64,
                Prot::READ | Prot::WRITE,
                stack_base as *mut c_void,
            )
        }
        .map_err(unicorn_err("map the stack"))?;

        let gate_range = (gate, gate + page as u64 - 1);
        let shared = Rc::new(Shared {
            uc,
            gate,
            stack,
            host_fns: RefCell::new(Vec::new()),
            fault_fn: RefCell::new(None),
            pending: RefCell::new(None),
            depth: Cell::new(0),
            check_abi: config.check_abi,
        });
        let mut uc = shared.uc.clone();
        let weak = Rc::downgrade(&shared);
        // Keep this the only code hook (an instruction count in `emu_start`
        // would add one): unicorn then calls it inline from the translated
        // code. With two, it goes through a helper that skips hooks while a
        // stop is requested, and a stop requested in a nested run stays
        // requested after it ends: the outer run's next host call would be
        // skipped (a run started at its own exit address clears it).
        uc.add_code_hook(gate_range.0, gate_range.1, move |_, addr, _| {
            if let Some(mut emu) = Emulator::upgrade(&weak) {
                emu.serve_gate(addr);
            }
        })
        .map_err(unicorn_err("hook the gate"))?;
        let weak = Rc::downgrade(&shared);
        // begin > end: every address.
        uc.add_mem_hook(HookType::MEM_INVALID, 1, 0, move |_, kind, addr, _, _| {
            match Emulator::upgrade(&weak) {
                Some(mut emu) => emu.fault(kind, addr),
                None => false,
            }
        })
        .map_err(unicorn_err("hook faults"))?;
        let weak = Rc::downgrade(&shared);
        uc.add_intr_hook(move |_, intno| {
            if let Some(emu) = Emulator::upgrade(&weak) {
                emu.exception(intno);
            }
        })
        .map_err(unicorn_err("hook exceptions"))?;
        Ok(Emulator { shared })
    }

    fn upgrade(weak: &Weak<Shared>) -> Option<Emulator> {
        weak.upgrade().map(|shared| Emulator { shared })
    }

    fn uc(&self) -> Unicorn<'static, ()> {
        self.shared.uc.clone()
    }

    fn reg(&self, reg: RegisterARM64) -> u64 {
        // Reading a register unicorn knows cannot fail.
        self.shared.uc.reg_read(reg).unwrap_or(0)
    }

    fn set_reg(&self, reg: RegisterARM64, value: u64) -> Result<(), Stop> {
        self.uc()
            .reg_write(reg, value)
            .map_err(|e| self.emulation_error(e))
    }

    fn regs(&self) -> Regs {
        Regs {
            pc: self.reg(RegisterARM64::PC),
            sp: self.reg(RegisterARM64::SP),
            fp: self.reg(RegisterARM64::X29),
            lr: self.reg(RegisterARM64::X30),
        }
    }

    fn emulation_error(&self, e: uc_error) -> Stop {
        Stop::Emulation {
            regs: self.regs(),
            error: format!("{e:?}"),
        }
    }

    /// The address emulated code returns to when a `call` ends: the gate's
    /// first entry, where unicorn is told to stop.
    fn return_address(&self) -> u64 {
        self.shared.gate
    }

    /// The emulated stack's usable range (the page below it is a guard).
    pub fn stack(&self) -> std::ops::Range<u64> {
        let stack = &self.shared.stack;
        stack.addr() + page_size() as u64..stack.addr() + stack.size() as u64
    }

    /// Maps host memory `[addr, addr + len)` into the emulator at the same
    /// address. Both must be multiples of the host page size; the range must
    /// not overlap anything already mapped.
    ///
    /// # Safety
    /// The memory must stay allocated until it is unmapped or the emulator
    /// is dropped; emulated code reads and writes it behind any Rust
    /// reference to it.
    pub unsafe fn map(&mut self, addr: u64, len: u64, perms: Perms) -> Result<(), Error> {
        check_pages(addr, len)?;
        let end = addr + len;
        let regions = self.uc().mem_regions().map_err(unicorn_err("regions"))?;
        if let Some(r) = regions.iter().find(|r| r.begin < end && addr <= r.end) {
            return Err(Error::Overlap {
                addr,
                len,
                existing: r.begin..r.end + 1,
            });
        }
        // SAFETY: the caller keeps the memory alive while it is mapped.
        unsafe {
            self.uc()
                .mem_map_ptr(addr, len, perms.prot(), addr as *mut c_void)
        }
        .map_err(unicorn_err("map"))
    }

    /// Unmaps `[addr, addr + len)`, which must be wholly mapped (by one or
    /// several adjacent `map`s, or part of one).
    pub fn unmap(&mut self, addr: u64, len: u64) -> Result<(), Error> {
        check_pages(addr, len)?;
        let end = addr + len;
        let stack = self.stack();
        let gate = self.shared.gate;
        let gate = gate..gate + page_size() as u64;
        if [stack, gate].iter().any(|r| r.start < end && addr < r.end) {
            return Err(Error::Reserved { addr, len });
        }
        let mut regions = self.uc().mem_regions().map_err(unicorn_err("regions"))?;
        regions.sort_by_key(|r| r.begin);
        let mut covered = addr;
        for r in &regions {
            if r.begin <= covered && covered <= r.end {
                covered = r.end.saturating_add(1);
            }
        }
        if covered < end {
            return Err(Error::NotMapped { addr, len });
        }
        self.uc().mem_unmap(addr, len).map_err(unicorn_err("unmap"))
    }

    /// Drops unicorn's translations of code in `[addr, addr + len)`: needed
    /// after the host rewrites code that already ran (unicorn does not see
    /// host writes to mapped memory).
    pub fn invalidate(&mut self, addr: u64, len: u64) -> Result<(), Error> {
        if len == 0 {
            return Ok(());
        }
        let end = addr.checked_add(len).ok_or(Error::BadRange { addr, len })?;
        self.uc()
            .ctl_remove_cache(addr, end)
            .map_err(unicorn_err("invalidate"))
    }

    /// Registers a host function; emulated code calls it with `blr` to the
    /// returned address.
    pub fn register(
        &mut self,
        f: impl Fn(&mut Emulator, &Call) -> Result<u64, Stop> + 'static,
    ) -> Result<u64, Error> {
        let mut fns = self.shared.host_fns.borrow_mut();
        let addr = gate_entry(fns.len())?;
        fns.push(Rc::new(f));
        Ok(addr)
    }

    /// Sets x1, the second result register (the AAPCS64 returns a 16-byte
    /// composite in x0 and x1), for a host function to return a pair: x0
    /// is what it returns.
    pub fn set_x1(&mut self, value: u64) -> Result<(), Stop> {
        self.set_reg(RegisterARM64::X1, value)
    }

    /// Installs the handler asked first about every access to unmapped
    /// memory or against a mapping's permissions. Returning true resumes
    /// the access: for unmapped memory, after the handler mapped it; for a
    /// protected mapping, the access goes ahead on it as it is (a handler
    /// must not unmap it). Returning false stops the call with
    /// [`Stop::Fault`].
    pub fn on_fault(&mut self, f: impl Fn(&mut Emulator, &Fault) -> bool + 'static) {
        *self.shared.fault_fn.borrow_mut() = Some(Rc::new(f));
    }

    /// Calls the AArch64 function at `entry` with up to 8 arguments in
    /// x0-x7 and returns x0. Called from a host function, it runs on the
    /// emulated stack below the caller's frame and restores the caller's
    /// registers afterwards.
    pub fn call(&mut self, entry: u64, args: &[u64]) -> Result<u64, Stop> {
        if args.len() > ARG_REGS.len() {
            return Err(Stop::TooManyArgs(args.len()));
        }
        let depth = self.shared.depth.get();
        if depth >= MAX_NESTING {
            return Err(Stop::TooDeep);
        }
        let mut uc = self.uc();
        let outer = if depth > 0 {
            Some(uc.context_init().map_err(|e| self.emulation_error(e))?)
        } else {
            None
        };
        let sp = if depth == 0 {
            self.stack().end
        } else {
            self.reg(RegisterARM64::SP) & !15
        };
        for (i, &reg) in ARG_REGS.iter().enumerate() {
            self.set_reg(reg, args.get(i).copied().unwrap_or(0))?;
        }
        self.set_reg(RegisterARM64::X30, self.return_address())?;
        self.set_reg(RegisterARM64::SP, sp)?;
        let saved = self.shared.check_abi.then(|| self.callee_saved());

        self.shared.depth.set(depth + 1);
        let run = uc.emu_start(entry, self.return_address(), 0, 0);
        self.shared.depth.set(depth);
        let pending = self.shared.pending.borrow_mut().take();
        let result = match (pending, run) {
            (Some(stop), _) => Err(stop),
            (None, Err(e)) => Err(self.emulation_error(e)),
            (None, Ok(())) => self.returned(sp, saved),
        };

        if let Some(outer) = outer {
            uc.context_restore(&outer)
                .map_err(|e| self.emulation_error(e))?;
        }
        result
    }

    fn callee_saved(&self) -> [u64; CALLEE_SAVED.len()] {
        CALLEE_SAVED.map(|(_, reg)| self.reg(reg))
    }

    /// The end of a run that stopped at the return address.
    fn returned(&self, sp: u64, saved: Option<[u64; CALLEE_SAVED.len()]>) -> Result<u64, Stop> {
        let regs = self.regs();
        if regs.pc != self.return_address() {
            return Err(Stop::Emulation {
                regs,
                error: "stopped away from the return address".into(),
            });
        }
        if let Some(before) = saved {
            if regs.sp != sp {
                return Err(Stop::Clobbered {
                    reg: "sp",
                    before: sp,
                    after: regs.sp,
                });
            }
            let after = self.callee_saved();
            for (i, (reg, _)) in CALLEE_SAVED.iter().enumerate() {
                if before[i] != after[i] {
                    return Err(Stop::Clobbered {
                        reg,
                        before: before[i],
                        after: after[i],
                    });
                }
            }
        }
        Ok(self.reg(RegisterARM64::X0))
    }

    /// Records why the current run stops (the first reason wins) and asks
    /// unicorn to stop.
    fn stop(&self, stop: Stop) {
        self.shared.pending.borrow_mut().get_or_insert(stop);
        // Fails only on a closed engine, which cannot be running a hook.
        let _ = self.uc().emu_stop();
    }

    /// The code hook on the gate page: emulated code reached `addr`.
    fn serve_gate(&mut self, addr: u64) {
        let outcome = catch_unwind(AssertUnwindSafe(|| self.host_call(addr)))
            .unwrap_or_else(|payload| Err(Stop::Panic(payload)));
        match outcome.and_then(|x0| self.set_reg(RegisterARM64::X0, x0)) {
            // The entry's `ret` returns to the caller.
            Ok(()) => {}
            Err(stop) => self.stop(stop),
        }
    }

    fn host_call(&mut self, addr: u64) -> Result<u64, Stop> {
        let regs = self.regs();
        let offset = addr - self.return_address();
        let f = match offset {
            0 => None,
            _ if !offset.is_multiple_of(4) => None,
            _ => self
                .shared
                .host_fns
                .borrow()
                .get(offset as usize / 4 - 1)
                .cloned(),
        };
        let f = f.ok_or(Stop::BadGate(regs))?;
        if self.shared.check_abi && !regs.sp.is_multiple_of(16) {
            return Err(Stop::MisalignedSp(regs));
        }
        let call = Call {
            args: ARG_REGS.map(|reg| self.reg(reg)),
            regs,
        };
        f(self, &call)
    }

    /// The hook on unmapped and protected accesses; unicorn has synced pc to
    /// the faulting instruction. Returns whether the fault handler resolved
    /// it; otherwise the emulation stops.
    fn fault(&mut self, kind: MemType, addr: u64) -> bool {
        let (access, unmapped) = match kind {
            MemType::READ_UNMAPPED => (Access::Read, true),
            MemType::WRITE_UNMAPPED => (Access::Write, true),
            MemType::FETCH_UNMAPPED => (Access::Fetch, true),
            MemType::READ_PROT => (Access::Read, false),
            MemType::WRITE_PROT => (Access::Write, false),
            _ => (Access::Fetch, false),
        };
        let fault = Fault {
            addr,
            access,
            unmapped,
            regs: self.regs(),
        };
        let handler = self.shared.fault_fn.borrow().clone();
        if let Some(handler) = handler {
            match catch_unwind(AssertUnwindSafe(|| handler(self, &fault))) {
                Ok(true) => return true,
                Ok(false) => {}
                Err(payload) => {
                    self.stop(Stop::Panic(payload));
                    return false;
                }
            }
        }
        self.shared.pending.borrow_mut().get_or_insert(Stop::Fault {
            regs: fault.regs,
            addr,
            access,
            unmapped,
        });
        false
    }

    /// The hook on CPU exceptions: pc is the instruction that raised it
    /// (for `svc`, the one after).
    fn exception(&self, intno: u32) {
        let regs = self.regs();
        let mut word = [0; 4];
        let insn = match self.shared.uc.mem_read(regs.pc, &mut word) {
            Ok(()) => Some(u32::from_le_bytes(word)),
            Err(_) => None,
        };
        let stop = match insn {
            // udf #imm16 is 0x0000_iiii.
            Some(insn) if intno == EXCP_UDEF && insn >> 16 == 0 => Stop::Udf {
                regs,
                imm: insn as u16,
            },
            Some(insn) if intno == EXCP_UDEF => Stop::Undefined { regs, insn },
            _ => Stop::Exception { regs, intno },
        };
        self.stop(stop);
    }
}

fn check_pages(addr: u64, len: u64) -> Result<(), Error> {
    let page = page_size() as u64;
    let ok = len > 0
        && addr.is_multiple_of(page)
        && len.is_multiple_of(page)
        && addr.checked_add(len).is_some();
    if ok {
        Ok(())
    } else {
        Err(Error::BadRange { addr, len })
    }
}
