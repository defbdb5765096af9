//! Running AArch64 code on a host of another ISA, in-process under the
//! emulator (`brisk-emu`, unicorn; the `emulator` feature).
//!
//! Each store gets its own emulator, created at its first emulated call.
//! Host memory appears in the emulator at its own address, so every
//! pointer in a vmctx, a table or a values array means the same on both
//! sides. Nothing is mapped up front: an access to an unmapped address asks
//! [`resolve`], which maps
//! - in a linear memory's reservation, its accessible pages only: an access
//!   past the length faults at the exact instruction, as a guard page does
//!   natively, and pages made accessible by a later `memory.grow` are
//!   mapped at their first access. A store crossing the end writes its
//!   in-bounds bytes before it faults, as QEMU does and the Arm
//!   architecture allows: the code generator prevents it (guard-page mode
//!   probes a store's last byte first), and the spec tests check it here;
//! - elsewhere, the host mapping around the address with the host's
//!   permissions (execution only from anonymous mappings: generated code,
//!   never the host's own machine code). A table's storage after
//!   `table.grow`, a new vmctx or a global are mapped at their first access
//!   the same way.
//!
//! Mappings are identities (emulated address = host address, over the host
//! bytes), so a mapping whose host memory was since freed and reused still
//! shows the right bytes; what the emulator must never keep is a mapping
//! over pages the host made inaccessible, which only a linear memory's
//! reservation does on purpose: [`EmulatedStore::add_memory`] unmaps what
//! lies in one when an instance of the store first uses the memory. Code
//! that emulated code runs (its modules, the engine's trampolines) lives as
//! long as the store, so translated code never goes stale.
//!
//! Builtins and host functions are reached through the emulator's gate
//! page: the vmctx's builtins table and each host function's entry hold gate
//! addresses, the same in every emulator of the process.

use crate::builtins::{self, call_emulated};
use crate::call::EntryScope;
use crate::code_memory::CodeMemory;
use crate::host::host_entry;
use crate::limits::StoreRuntime;
use crate::memory::{LinearMemory, VMMemoryDefinition};
use crate::signals::record_backtrace;
use crate::trap::Trap;
use crate::values::{VMFuncRef, ValRaw};
use brisk_codegen::Target;
use brisk_emu::{Access, Config, Cpu, Emulator, Fault, Perms, Stop, gate_entry, page_size};
use brisk_environ::vmctx::Builtin;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::ops::Range;
use std::rc::Rc;
use std::sync::OnceLock;
use std::sync::atomic::Ordering;

/// Emulated stack below the Wasm stack limit, for what runs past the limit
/// check: trampolines and the frames around host calls.
const STACK_SLACK: usize = 64 * 1024;

/// The gate entry of the host-function entry, after the builtins'.
const HOST_ENTRY_GATE: usize = Builtin::COUNT;

fn gate(index: usize) -> u64 {
    // Fails only if the process cannot reserve one page of address space.
    gate_entry(index).expect("cannot reserve the emulator's gate page")
}

/// Where emulated code calls the host-function entry.
pub(crate) fn host_entry_gate() -> u64 {
    gate(HOST_ENTRY_GATE)
}

/// The builtins table of emulated code: each builtin's gate address.
pub(crate) fn builtins_table() -> *const u64 {
    static TABLE: OnceLock<[u64; Builtin::COUNT]> = OnceLock::new();
    TABLE.get_or_init(|| std::array::from_fn(gate)).as_ptr()
}

/// A store's emulator, created at its first emulated call, and what is
/// mapped in it.
#[derive(Default)]
pub(crate) struct EmulatedStore(RefCell<State>);

#[derive(Default)]
struct State {
    emu: Option<Emulator>,
    map: Rc<RefCell<MemoryMap>>,
}

/// What is mapped in a store's emulator besides its gate and stack.
#[derive(Default)]
struct MemoryMap {
    /// Mapped ranges by start (their ends), and the emulator's own stack
    /// with its guard page below.
    runs: BTreeMap<u64, u64>,
    /// The linear memories the store's instances use: their reservations
    /// and definitions.
    memories: Vec<(Range<u64>, *const VMMemoryDefinition)>,
}

impl EmulatedStore {
    /// Records that emulated code of the store uses `memory`, and unmaps
    /// what the emulator maps in its reservation (host memory that was
    /// there before, now inaccessible).
    pub(crate) fn add_memory(&self, memory: &LinearMemory) -> Result<(), String> {
        let state = self.0.borrow();
        let mut map = state.map.borrow_mut();
        let reservation = memory.reservation();
        if map.memories.iter().any(|(r, _)| *r == reservation) {
            return Ok(());
        }
        map.memories
            .push((reservation.clone(), memory.definition()));
        let stale: Vec<Range<u64>> = map.overlapping(&reservation).collect();
        if stale.is_empty() {
            return Ok(());
        }
        let mut emu = state.emu.clone().expect("runs are mapped by an emulator");
        for r in stale {
            emu.unmap(r.start, r.end - r.start)
                .map_err(|e| e.to_string())?;
            map.forget(r);
        }
        Ok(())
    }

    /// The store's emulator, created for `target` with a stack for
    /// `max_stack` bytes of Wasm stack if it does not exist yet.
    fn emulator(&self, target: Target, max_stack: usize) -> Result<Emulator, String> {
        let mut state = self.0.borrow_mut();
        if let Some(emu) = &state.emu {
            return Ok(emu.clone());
        }
        let cpu = if target.has_feature("lse") {
            Cpu::Max
        } else {
            Cpu::CortexA72
        };
        let config = Config {
            cpu,
            stack_size: max_stack.saturating_add(STACK_SLACK),
            check_abi: true,
        };
        let mut emu = Emulator::new(&config).map_err(|e| e.to_string())?;
        for (i, &b) in builtins::ALL.iter().enumerate() {
            let addr = emu.register(move |emu, call| {
                // SAFETY: generated code calls a builtin through its
                // table entry with the arguments the builtin documents.
                let (x0, x1) = unsafe { call_emulated(b, &call.args) };
                if b.result_in_second_register() {
                    emu.set_x1(x1)?;
                }
                Ok(x0)
            });
            debug_assert_eq!(addr.ok(), Some(gate(i)));
        }
        let addr = emu.register(|_, call| {
            let [ctx, values, caller, ..] = call.args;
            // SAFETY: the host-call trampoline passes its context, a values
            // array on the (identity-mapped) emulated stack and the caller's
            // vmctx, as natively.
            Ok(
                unsafe { host_entry(ctx as *const _, values as *mut _, caller as *const u8) }
                    as u64,
            )
        });
        debug_assert_eq!(addr.ok(), Some(host_entry_gate()));
        let stack = emu.stack();
        let page = page_size() as u64;
        state
            .map
            .borrow_mut()
            .runs
            .insert(stack.start - page, stack.end);
        let map = state.map.clone();
        emu.on_fault(move |emu, fault| resolve(emu, &mut map.borrow_mut(), fault));
        state.emu = Some(emu.clone());
        Ok(emu)
    }
}

impl MemoryMap {
    /// The mapped runs that overlap `range`.
    fn overlapping(&self, range: &Range<u64>) -> impl Iterator<Item = Range<u64>> + '_ {
        let start = range.start;
        self.runs
            .range(..range.end)
            .filter(move |(_, end)| **end > start)
            .map(|(&start, &end)| start..end)
    }

    fn forget(&mut self, run: Range<u64>) {
        self.runs.remove(&run.start);
    }

    /// The reservation and definition of the linear memory holding `addr`.
    fn memory_at(&self, addr: u64) -> Option<(Range<u64>, *const VMMemoryDefinition)> {
        self.memories
            .iter()
            .find(|(r, _)| r.contains(&addr))
            .cloned()
    }

    /// Maps the parts of `range` (whole pages) not mapped yet.
    fn map_holes(&mut self, emu: &mut Emulator, range: Range<u64>, perms: Perms) -> bool {
        let taken: Vec<Range<u64>> = self.overlapping(&range).collect();
        let mut at = range.start;
        let mut holes = Vec::new();
        for t in taken {
            if t.start > at {
                holes.push(at..t.start);
            }
            at = at.max(t.end);
        }
        if at < range.end {
            holes.push(at..range.end);
        }
        for h in holes {
            // SAFETY: the range is host memory the host can access, mapped
            // at its own address; it is only accessed by code the store
            // runs, which relies on it staying allocated exactly as native
            // code would.
            if unsafe { emu.map(h.start, h.end - h.start, perms) }.is_err() {
                return false;
            }
            if perms.exec {
                // Nothing translated from an earlier mapping of the range.
                if emu.invalidate(h.start, h.end - h.start).is_err() {
                    return false;
                }
            }
            self.runs.insert(h.start, h.end);
        }
        true
    }
}

/// Decides a fault in emulated code (see the module comment): true when
/// the access may go ahead.
fn resolve(emu: &mut Emulator, map: &mut MemoryMap, fault: &Fault) -> bool {
    let addr = fault.addr;
    if let Some((_, def)) = map.memory_at(addr) {
        // SAFETY: memories the store's instances use live as long as the
        // store, and so as long as its emulator.
        let (base, len) = unsafe { ((*def).base as u64, (*def).length.load(Ordering::Acquire)) };
        let accessible = base..base + len;
        return fault.unmapped
            && accessible.contains(&addr)
            && map.map_holes(emu, accessible, Perms::READ_WRITE);
    }
    let Some(host) = host_mapping(addr) else {
        return false;
    };
    let allowed = match fault.access {
        Access::Read => host.perms.read,
        Access::Write => host.perms.write,
        Access::Fetch => host.perms.exec && host.anonymous,
    };
    if !allowed {
        return false;
    }
    if !fault.unmapped {
        // Mapped earlier with other permissions over the same host bytes:
        // the access goes ahead on that mapping.
        return true;
    }
    // The part of the host mapping around `addr` outside every linear
    // memory's reservation.
    let mut range = host.range;
    for (r, _) in &map.memories {
        if r.end <= addr {
            range.start = range.start.max(r.end);
        } else if r.start > addr {
            range.end = range.end.min(r.start);
        }
    }
    map.map_holes(emu, range, host.perms)
}

/// A host mapping, as `/proc/self/maps` lists it.
struct HostMapping {
    range: Range<u64>,
    perms: Perms,
    /// Not backed by a file (the host's own code is).
    anonymous: bool,
}

/// The host mapping that holds `addr`, if any.
fn host_mapping(addr: u64) -> Option<HostMapping> {
    let maps = std::fs::read_to_string("/proc/self/maps").ok()?;
    maps.lines().find_map(|line| {
        let mut fields = line.split_whitespace();
        let (start, end) = fields.next()?.split_once('-')?;
        let range = u64::from_str_radix(start, 16).ok()?..u64::from_str_radix(end, 16).ok()?;
        if !range.contains(&addr) {
            return None;
        }
        let perms = fields.next()?.as_bytes();
        let inode = fields.nth(2)?;
        let path = fields.next();
        Some(HostMapping {
            range,
            perms: Perms {
                read: perms.first() == Some(&b'r'),
                write: perms.get(1) == Some(&b'w'),
                exec: perms.get(2) == Some(&b'x'),
            },
            anonymous: inode == "0" && path.is_none_or(|p| p.starts_with("[anon")),
        })
    })
}

/// Why emulation stopped where no Wasm trap explains it.
#[derive(Debug)]
struct EmulationError(String);

impl std::fmt::Display for EmulationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "emulated AArch64 code: {}", self.0)
    }
}

impl std::error::Error for EmulationError {}

fn error(why: impl Into<String>) -> Trap {
    Trap::Host(Box::new(EmulationError(why.into())))
}

/// Calls the entry trampoline `entry` with `f` and `values` under the
/// store's emulator, and gives what the trampoline returned (0, a trap code
/// or the host-trap code) or the trap that stopped it.
pub(crate) fn call(
    store: &StoreRuntime,
    target: Target,
    max_stack: usize,
    entry: &CodeMemory,
    f: VMFuncRef,
    values: &mut [ValRaw],
) -> Result<u32, Trap> {
    let mut emu = store.emulated.emulator(target, max_stack).map_err(error)?;
    let stack = emu.stack();
    let _scope = EntryScope::enter_with(store, || {
        let usable = (stack.end - stack.start) as usize;
        let wasm = max_stack.min(usable.saturating_sub(STACK_SLACK));
        stack.end as usize - wasm
    });
    let args = [f.vmctx as u64, f.code as u64, values.as_mut_ptr() as u64];
    match emu.call(entry.base() as u64, &args) {
        // The trampoline returns a u32 in w0.
        Ok(x0) => Ok(x0 as u32),
        Err(stop) => Err(trap_of(store, stop)),
    }
}

/// The trap a stop means: an instruction in a trap table (a `udf` or a
/// faulting access) raises its trap, with the backtrace from its frame.
fn trap_of(store: &StoreRuntime, stop: Stop) -> Trap {
    let regs = match stop {
        Stop::Udf { regs, .. } | Stop::Fault { regs, .. } => regs,
        // A builtin panicked (a host function's panic is carried out as a
        // host trap by the host entry, as natively).
        Stop::Panic(payload) => std::panic::resume_unwind(payload),
        _ => return error(stop.to_string()),
    };
    // SAFETY: no module is registered while the store's code runs or
    // right after it stopped.
    let modules = unsafe { store.modules() };
    let pc = regs.pc as usize;
    match modules.iter().find_map(|m| m.trap_at(pc)) {
        Some(code) => {
            record_backtrace(store, modules, pc, regs.fp as usize);
            Trap::Wasm(code, store.take_backtrace())
        }
        None => error(stop.to_string()),
    }
}
