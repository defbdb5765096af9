//! Hand-encoded AArch64 functions run under the emulator. Each word carries
//! its assembly; they were checked with GNU `aarch64-linux-gnu-objdump`.

use brisk_emu::{
    Access, Config, Cpu, Emulator, Error, MAX_NESTING, Pages, Perms, Stop, gate_capacity,
    gate_entry, page_size,
};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

const RET: u32 = 0xd65f03c0; // ret
const FRAME_PUSH: [u32; 2] = [
    0xa9bf7bfd, // stp x29, x30, [sp, #-16]!
    0x910003fd, // mov x29, sp
];
const FRAME_POP: u32 = 0xa8c17bfd; // ldp x29, x30, [sp], #16

/// `f(x0, x1, host=x2) = host(x0, x1) + 1`, through a frame.
const CALL_X2_PLUS_ONE: [u32; 6] = [
    FRAME_PUSH[0],
    FRAME_PUSH[1],
    0xd63f0040, // blr x2
    0x91000400, // add x0, x0, #1
    FRAME_POP,
    RET,
];

/// An emulator and the host pages it maps; the emulator drops first.
struct Machine {
    emu: Emulator,
    pages: Vec<Pages>,
}

impl Machine {
    fn new(config: Config) -> Machine {
        Machine {
            emu: Emulator::new(&config).expect("emulator"),
            pages: Vec::new(),
        }
    }

    /// The default CPU with the ABI checks on.
    fn checked() -> Machine {
        Machine::new(Config {
            check_abi: true,
            ..Config::default()
        })
    }

    fn map(&mut self, len: usize, perms: Perms) -> u64 {
        let pages = Pages::new(len).expect("pages");
        let addr = pages.addr();
        // SAFETY: `pages` lives in `self.pages`, dropped after the emulator.
        unsafe { self.emu.map(addr, pages.size() as u64, perms) }.expect("map");
        self.pages.push(pages);
        addr
    }

    /// Maps `words` as code and returns its address.
    fn code(&mut self, words: &[u32]) -> u64 {
        let addr = self.map(words.len() * 4, Perms::READ_EXEC);
        write_words(addr, words);
        addr
    }
}

fn write_words(addr: u64, words: &[u32]) {
    for (i, w) in words.iter().enumerate() {
        // SAFETY: the caller passes a host page it allocated, large enough.
        unsafe { (addr as *mut u32).add(i).write(*w) };
    }
}

#[test]
fn arithmetic_on_arguments() {
    let mut m = Machine::checked();
    let f = m.code(&[
        0x8b010002, // add x2, x0, x1
        0x9b007c40, // mul x0, x2, x0
        0xd1001c00, // sub x0, x0, #7
        RET,
    ]);
    let model = |a: u64, b: u64| a.wrapping_add(b).wrapping_mul(a).wrapping_sub(7);
    for (a, b) in [(3, 4), (0, 0), (u64::MAX, 2), (1 << 40, 12345)] {
        assert_eq!(m.emu.call(f, &[a, b]).unwrap(), model(a, b), "{a} {b}");
    }
}

#[test]
fn floating_point_is_enabled() {
    let mut m = Machine::checked();
    let f = m.code(&[
        0x9e670000, // fmov d0, x0
        0x9e670021, // fmov d1, x1
        0x1e612800, // fadd d0, d0, d1
        0x9e660000, // fmov x0, d0
        RET,
    ]);
    let r = m.emu.call(f, &[1.5f64.to_bits(), 2.25f64.to_bits()]);
    assert_eq!(f64::from_bits(r.unwrap()), 3.75);
}

#[test]
fn load_and_store_host_buffer_at_its_address() {
    let mut m = Machine::checked();
    let f = m.code(&[
        0xf9400002, // ldr x2, [x0]
        0x8b010042, // add x2, x2, x1
        0xf9000402, // str x2, [x0, #8]
        0xf8409000, // ldur x0, [x0, #9]   (unaligned)
        RET,
    ]);
    let buf = m.map(page_size(), Perms::READ_WRITE);
    let words = buf as *mut u64;
    // SAFETY: `buf` is a mapped host page that only this test uses.
    unsafe { words.write(0x1111_2222_3333_4444) };
    let r = m.emu.call(f, &[buf, 0x0101_0101_0101_0101]).unwrap();
    // SAFETY: as above; the emulation has ended.
    let stored = unsafe { words.add(1).read() };
    assert_eq!(stored, 0x1212_2323_3434_4545);
    // Bytes 9..17: the stored value's upper 7 bytes, then word 2's low byte (0).
    assert_eq!(r, stored >> 8);
}

#[test]
fn call_through_the_gate_and_back() {
    let mut m = Machine::checked();
    let f = m.code(&CALL_X2_PLUS_ONE);
    let seen = Rc::new(Cell::new(None));
    let seen2 = seen.clone();
    let host = m
        .emu
        .register(move |_, call| {
            seen2.set(Some(*call));
            Ok(call.args[0] * call.args[1])
        })
        .unwrap();
    assert_eq!(m.emu.call(f, &[6, 7, host, 3, 4, 5, 6, 7]).unwrap(), 43);
    let call = seen.get().expect("host function ran");
    assert_eq!(call.args, [6, 7, host, 3, 4, 5, 6, 7]);
    assert_eq!(call.regs.pc, host);
    assert_eq!(call.regs.lr, f + 12, "return address after the blr");
    assert_eq!(call.regs.sp, m.emu.stack().end - 16, "below the frame");
    assert_eq!(call.regs.fp, call.regs.sp);
}

/// Emulated `g(n) = host(n) + 1`, host `h(0) = 100`, `h(n) = 2 * g(n - 1)`:
/// each level nests an emulation inside a host call.
#[test]
fn recursion_through_host_and_emulated_code() {
    let mut m = Machine::checked();
    let g = m.code(&CALL_X2_PLUS_ONE);
    let sps = Rc::new(RefCell::new(Vec::new()));
    let sps2 = sps.clone();
    let h = m
        .emu
        .register(move |emu, call| {
            sps2.borrow_mut().push(call.regs.sp);
            let n = call.args[0];
            if n == 0 {
                return Ok(100);
            }
            // The host's own address is where it was called.
            Ok(2 * emu.call(g, &[n - 1, 0, call.regs.pc])?)
        })
        .unwrap();
    fn model(n: u64) -> u64 {
        let h = if n == 0 { 100 } else { 2 * model(n - 1) };
        h + 1
    }
    for n in [0, 1, 5, 20] {
        sps.borrow_mut().clear();
        assert_eq!(m.emu.call(g, &[n, 0, h]).unwrap(), model(n), "n = {n}");
        let sps = sps.borrow();
        assert_eq!(sps.len() as u64, n + 1);
        assert!(sps.windows(2).all(|w| w[1] < w[0]), "each level below");
    }
}

#[test]
fn udf_reports_pc_and_immediate() {
    let mut m = Machine::checked();
    let f = m.code(&[
        0xd28000a0, // mov x0, #5
        0x0000002a, // udf #42
        RET,
    ]);
    match m.emu.call(f, &[]) {
        Err(Stop::Udf { regs, imm }) => {
            assert_eq!(regs.pc, f + 4);
            assert_eq!(imm, 42);
            assert_eq!(regs.sp, m.emu.stack().end);
        }
        other => panic!("{other:?}"),
    }
    // The emulator runs again afterwards.
    let g = m.code(&[0xd2800040 /* mov x0, #2 */, RET]);
    assert_eq!(m.emu.call(g, &[]).unwrap(), 2);
}

fn expect_fault(r: Result<u64, Stop>, pc: u64, addr: u64, access: Access, unmapped: bool) {
    match r {
        Err(Stop::Fault {
            regs,
            addr: a,
            access: k,
            unmapped: u,
        }) => {
            assert_eq!(regs.pc, pc, "pc");
            assert_eq!(a, addr, "address");
            assert_eq!(k, access);
            assert_eq!(u, unmapped);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn unmapped_access_reports_the_exact_pc() {
    let mut m = Machine::checked();
    // The faulting load sits in the middle of a translated block.
    let f = m.code(&[
        0xd2800021, // mov x1, #1
        0x91000821, // add x1, x1, #2
        0xf9400002, // ldr x2, [x0]
        0xf9000001, // str x1, [x0]
        RET,
    ]);
    // Reserved in the host and never mapped in the emulator.
    let hole = Pages::reserve(page_size()).unwrap();
    let addr = hole.addr() + 0x10;
    expect_fault(m.emu.call(f, &[addr]), f + 8, addr, Access::Read, true);

    // A store to a read-only page: the store after the load.
    let ro = m.map(page_size(), Perms::READ);
    expect_fault(
        m.emu.call(f, &[ro + 8]),
        f + 12,
        ro + 8,
        Access::Write,
        false,
    );

    // A branch to unmapped memory faults at its target.
    let jump = m.code(&[0xd63f0000 /* blr x0 */, RET]);
    expect_fault(m.emu.call(jump, &[addr]), addr, addr, Access::Fetch, true);
}

#[test]
fn stack_overflow_hits_the_guard_page() {
    let mut m = Machine::checked();
    let f = m.code(&[
        0xa9bf7bfd, // l: stp x29, x30, [sp, #-16]!
        0x97ffffff, // bl l
    ]);
    let guard = m.emu.stack().start - 16;
    expect_fault(m.emu.call(f, &[]), f, guard, Access::Write, true);
}

#[test]
fn panic_in_host_function_is_carried_out() {
    let mut m = Machine::checked();
    let f = m.code(&CALL_X2_PLUS_ONE);
    let host = m
        .emu
        .register(|_, call| {
            if call.args[0] == 13 {
                panic!("unlucky {}", call.args[0]);
            }
            Ok(call.args[0])
        })
        .unwrap();
    match m.emu.call(f, &[13, 0, host]) {
        Err(Stop::Panic(payload)) => {
            assert_eq!(payload.downcast_ref::<String>().unwrap(), "unlucky 13");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(m.emu.call(f, &[12, 0, host]).unwrap(), 13);
}

#[test]
fn host_error_stops_the_emulation() {
    let mut m = Machine::checked();
    let f = m.code(&CALL_X2_PLUS_ONE);
    let host = m
        .emu
        .register(|_, call| Err(Stop::Host(Box::new(call.args[0] + 1))))
        .unwrap();
    match m.emu.call(f, &[41, 0, host]) {
        Err(Stop::Host(payload)) => assert_eq!(payload.downcast_ref::<u64>(), Some(&42)),
        other => panic!("{other:?}"),
    }
}

/// A trap in nested code, propagated by the host function, reaches the
/// outer caller with the nested instruction's pc.
#[test]
fn nested_fault_propagates_with_its_pc() {
    let mut m = Machine::checked();
    let outer = m.code(&CALL_X2_PLUS_ONE);
    let load = m.code(&[0xf9400000 /* ldr x0, [x0] */, RET]);
    let hole = Pages::reserve(page_size()).unwrap();
    let addr = hole.addr();
    let host = m
        .emu
        .register(move |emu, _| emu.call(load, &[addr]))
        .unwrap();
    expect_fault(
        m.emu.call(outer, &[0, 0, host]),
        load,
        addr,
        Access::Read,
        true,
    );
}

/// A host function that swallows a nested trap lets the outer code go on,
/// including its next host call.
#[test]
fn outer_code_continues_after_a_swallowed_nested_trap() {
    let mut m = Machine::checked();
    let trap = m.code(&[0x00000007 /* udf #7 */]);
    let swallow = m
        .emu
        .register(move |emu, _| match emu.call(trap, &[]) {
            Err(Stop::Udf { imm, .. }) => Ok(u64::from(imm)),
            other => panic!("{other:?}"),
        })
        .unwrap();
    let add = m.emu.register(|_, call| Ok(call.args[0] + 1000)).unwrap();
    // x0 = swallow() (7), then x0 = add(x0) (1007), plus one.
    let f = m.code(&[
        FRAME_PUSH[0],
        FRAME_PUSH[1],
        0xd63f0020, // blr x1
        0xd63f0040, // blr x2
        0x91000400, // add x0, x0, #1
        FRAME_POP,
        RET,
    ]);
    assert_eq!(m.emu.call(f, &[0, swallow, add]).unwrap(), 1008);
}

#[test]
fn nesting_beyond_the_limit_is_a_clean_error() {
    let mut m = Machine::checked();
    let g = m.code(&CALL_X2_PLUS_ONE);
    let deepest = Rc::new(Cell::new(0));
    let deepest2 = deepest.clone();
    // Recurses until the emulator refuses.
    let h = m
        .emu
        .register(move |emu, call| {
            let depth = call.args[0] + 1;
            deepest2.set(deepest2.get().max(depth));
            emu.call(g, &[depth, 0, call.regs.pc])
        })
        .unwrap();
    assert!(matches!(m.emu.call(g, &[0, 0, h]), Err(Stop::TooDeep)));
    assert_eq!(deepest.get(), u64::from(MAX_NESTING));
    // Everything unwound: a shallow call works.
    let f = m.code(&[0xd2800040 /* mov x0, #2 */, RET]);
    assert_eq!(m.emu.call(f, &[]).unwrap(), 2);
}

/// Calls the host with SP 8 bytes off.
const MISALIGNED_CALL: [u32; 7] = [
    FRAME_PUSH[0],
    FRAME_PUSH[1],
    0xd10023ff, // sub sp, sp, #8
    0xd63f0000, // blr x0
    0x910023ff, // add sp, sp, #8
    FRAME_POP,
    RET,
];

#[test]
fn sp_alignment_is_checked_at_the_gate() {
    let mut m = Machine::checked();
    let f = m.code(&MISALIGNED_CALL);
    let host = m.emu.register(|_, _| Ok(5)).unwrap();
    match m.emu.call(f, &[host]) {
        Err(Stop::MisalignedSp(regs)) => {
            assert_eq!(regs.sp % 16, 8);
            assert_eq!(regs.lr, f + 16);
        }
        other => panic!("{other:?}"),
    }
    // QEMU itself does not check.
    let mut m = Machine::new(Config::default());
    let f = m.code(&MISALIGNED_CALL);
    let host = m.emu.register(|_, _| Ok(5)).unwrap();
    assert_eq!(m.emu.call(f, &[host]).unwrap(), 5);
}

#[test]
fn callee_saved_registers_are_checked_on_return() {
    let mut m = Machine::checked();
    let f = m.code(&[0xd2800033 /* mov x19, #1 */, RET]);
    assert!(matches!(
        m.emu.call(f, &[]),
        Err(Stop::Clobbered {
            reg: "x19",
            after: 1,
            ..
        })
    ));
    let g = m.code(&[0xd10043ff /* sub sp, sp, #16 */, RET]);
    let top = m.emu.stack().end;
    match m.emu.call(g, &[]) {
        Err(Stop::Clobbered { reg, before, after }) => {
            assert_eq!((reg, before, after), ("sp", top, top - 16));
        }
        other => panic!("{other:?}"),
    }
    let mut m = Machine::new(Config::default());
    let f = m.code(&[0xd2800033 /* mov x19, #1 */, RET]);
    assert!(m.emu.call(f, &[]).is_ok());
}

#[test]
fn patched_code_runs_after_invalidate() {
    let mut m = Machine::checked();
    let f = m.code(&[0xd2800020 /* mov x0, #1 */, RET]);
    assert_eq!(m.emu.call(f, &[]).unwrap(), 1);
    write_words(f, &[0xd2800040 /* mov x0, #2 */]);
    // Unicorn does not see host writes: the old translation still runs.
    assert_eq!(m.emu.call(f, &[]).unwrap(), 1);
    m.emu.invalidate(f, 4).unwrap();
    assert_eq!(m.emu.call(f, &[]).unwrap(), 2);
}

#[test]
fn cpu_model_decides_lse() {
    let code = [
        0xf8210002, /* ldadd x1, x2, [x0] */
        0xaa0203e0, /* mov x0, x2 */
        RET,
    ];
    let mut a72 = Machine::checked();
    let f = a72.code(&code);
    let buf = a72.map(page_size(), Perms::READ_WRITE);
    match a72.emu.call(f, &[buf, 1]) {
        Err(Stop::Undefined { regs, insn }) => assert_eq!((regs.pc, insn), (f, code[0])),
        other => panic!("{other:?}"),
    }
    let mut max = Machine::new(Config {
        cpu: Cpu::Max,
        check_abi: true,
        ..Config::default()
    });
    let f = max.code(&code);
    let buf = max.map(page_size(), Perms::READ_WRITE);
    // SAFETY: a mapped host page only this test uses.
    unsafe { (buf as *mut u64).write(40) };
    assert_eq!(max.emu.call(f, &[buf, 2]).unwrap(), 40, "the old value");
    // SAFETY: as above; the emulation has ended.
    assert_eq!(unsafe { (buf as *const u64).read() }, 42);
}

#[test]
fn unregistered_gate_entry_is_an_error() {
    let mut m = Machine::checked();
    let host = m.emu.register(|_, _| Ok(0)).unwrap();
    let f = m.code(&CALL_X2_PLUS_ONE);
    match m.emu.call(f, &[0, 0, host + 4]) {
        Err(Stop::BadGate(regs)) => assert_eq!((regs.pc, regs.lr), (host + 4, f + 12)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn gate_capacity_and_argument_count_are_limited() {
    let mut m = Machine::checked();
    let capacity = page_size() / 4 - 1;
    for _ in 0..capacity {
        m.emu.register(|_, _| Ok(0)).unwrap();
    }
    assert!(matches!(m.emu.register(|_, _| Ok(0)), Err(Error::GateFull(n)) if n == capacity));
    let f = m.code(&[RET]);
    assert!(matches!(m.emu.call(f, &[0; 9]), Err(Stop::TooManyArgs(9))));
}

#[test]
fn mapping_is_checked() {
    let mut m = Machine::checked();
    let page = page_size() as u64;
    let two = Pages::new(2 * page as usize).unwrap();
    let a = two.addr();
    // SAFETY (each map below): `two` outlives the emulator's use of it: it
    // is unmapped before the end of the test, and nothing runs after.
    unsafe { m.emu.map(a, page, Perms::READ_WRITE) }.unwrap();
    match unsafe { m.emu.map(a, 2 * page, Perms::READ) } {
        Err(Error::Overlap { existing, .. }) => assert_eq!(existing, a..a + page),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        unsafe { m.emu.map(a + 1, page, Perms::READ) },
        Err(Error::BadRange { .. })
    ));
    assert!(matches!(
        unsafe { m.emu.map(a + page, 0, Perms::READ) },
        Err(Error::BadRange { .. })
    ));
    let stack = m.emu.stack();
    assert!(matches!(
        unsafe { m.emu.map(stack.start, page, Perms::READ) },
        Err(Error::Overlap { .. })
    ));
    assert!(matches!(
        m.emu.unmap(stack.start, page),
        Err(Error::Reserved { .. })
    ));
    assert!(matches!(
        m.emu.unmap(a, 2 * page),
        Err(Error::NotMapped { .. })
    ));

    // Two adjacent maps, unmapped at once; then accesses fault.
    unsafe { m.emu.map(a + page, page, Perms::READ_WRITE) }.unwrap();
    let load = m.code(&[0xf9400000 /* ldr x0, [x0] */, RET]);
    // SAFETY: `two` is this test's own allocation.
    unsafe { ((a + page) as *mut u64).write(77) };
    assert_eq!(m.emu.call(load, &[a + page]).unwrap(), 77);
    m.emu.unmap(a, 2 * page).unwrap();
    expect_fault(
        m.emu.call(load, &[a + page]),
        load,
        a + page,
        Access::Read,
        true,
    );
    expect_fault(m.emu.call(load, &[a]), load, a, Access::Read, true);
    // Unmapped memory can be mapped again.
    unsafe { m.emu.map(a, page, Perms::READ) }.unwrap();
    m.emu.unmap(a, page).unwrap();
}

#[test]
fn every_emulator_gives_the_same_gate_addresses() {
    let mut a = Machine::checked();
    let mut b = Machine::checked();
    for i in 0..3 {
        let (x, y) = (i as u64, 10 * i as u64);
        assert_eq!(
            a.emu.register(move |_, _| Ok(x)).unwrap(),
            gate_entry(i).unwrap()
        );
        assert_eq!(
            b.emu.register(move |_, _| Ok(y)).unwrap(),
            gate_entry(i).unwrap()
        );
    }
    // The same address runs each emulator's own function.
    let fa = a.code(&CALL_X2_PLUS_ONE);
    let fb = b.code(&CALL_X2_PLUS_ONE);
    let entry = gate_entry(2).unwrap();
    assert_eq!(a.emu.call(fa, &[0, 0, entry]).unwrap(), 3);
    assert_eq!(b.emu.call(fb, &[0, 0, entry]).unwrap(), 21);
    assert!(matches!(
        gate_entry(gate_capacity()),
        Err(Error::GateFull(n)) if n == gate_capacity()
    ));
}

/// `f(host) = host() + x1` (the host's second result).
#[test]
fn a_host_function_returns_a_pair_in_x0_and_x1() {
    let mut m = Machine::checked();
    let f = m.code(&[
        FRAME_PUSH[0],
        FRAME_PUSH[1],
        0xd63f0000, // blr x0
        0x8b010000, // add x0, x0, x1
        FRAME_POP,
        RET,
    ]);
    let host = m
        .emu
        .register(|emu, _| {
            emu.set_x1(0x500)?;
            Ok(0x7)
        })
        .unwrap();
    assert_eq!(m.emu.call(f, &[host]).unwrap(), 0x507);
}

/// Loads `[x0]` and `[x0 + 8]`... then stores: the handler maps pages on
/// demand, and the access it refuses faults at its exact pc.
#[test]
fn a_fault_handler_maps_memory_on_demand() {
    let mut m = Machine::checked();
    let f = m.code(&[
        0xf9400001, // ldr x1, [x0]
        0xf9400402, // ldr x2, [x0, #8]
        0x8b020020, // add x0, x1, x2
        0xf9000c00, // str x0, [x0, #24]   (x0 is now the sum)
        RET,
    ]);
    let page = page_size() as u64;
    let data = Pages::new(2 * page as usize).unwrap();
    let base = data.addr();
    // SAFETY: `data` is this test's own allocation.
    unsafe {
        (base as *mut u64).write(base + page - 32);
        ((base + 8) as *mut u64).write(8);
    }
    let faults = Rc::new(RefCell::new(Vec::new()));
    let seen = faults.clone();
    // Maps the first page only.
    m.emu.on_fault(move |emu, fault| {
        seen.borrow_mut().push(*fault);
        let page_start = fault.addr & !(page - 1);
        if page_start != base {
            return false;
        }
        // SAFETY: `data` outlives the emulator's use of it (the test ends
        // with it alive).
        unsafe { emu.map(page_start, page, Perms::READ_WRITE) }.is_ok()
    });
    // x0 = base + page - 32 + 8 = base + page - 24; the store hits base + page.
    expect_fault(
        m.emu.call(f, &[base]),
        f + 12,
        base + page,
        Access::Write,
        true,
    );
    {
        let faults = faults.borrow();
        assert_eq!(faults.len(), 2, "{faults:?}");
        assert_eq!((faults[0].addr, faults[0].regs.pc), (base, f));
        assert!(faults[0].unmapped && faults[0].access == Access::Read);
        assert_eq!((faults[1].addr, faults[1].regs.pc), (base + page, f + 12));
    }
    // Mapped now: no fault the second time round.
    // SAFETY: as above.
    unsafe { (base as *mut u64).write(base + 32) };
    assert_eq!(m.emu.call(f, &[base]).unwrap(), base + 40);
    assert_eq!(faults.borrow().len(), 2);
    drop(m);
    drop(data);
}

#[test]
fn a_panicking_fault_handler_stops_the_call() {
    let mut m = Machine::checked();
    let f = m.code(&[0xf9400000 /* ldr x0, [x0] */, RET]);
    m.emu.on_fault(|_, _| panic!("handler"));
    let hole = Pages::reserve(page_size()).unwrap();
    match m.emu.call(f, &[hole.addr()]) {
        Err(Stop::Panic(p)) => assert_eq!(p.downcast_ref::<&str>(), Some(&"handler")),
        other => panic!("{other:?}"),
    }
}

/// `str x1, [x0]`: a store of 8 bytes.
const STORE: [u32; 2] = [0xf9000001, RET];

#[test]
fn qemu_writes_the_first_page_part_of_a_store_faulting_on_the_second() {
    // As the Arm architecture allows: an unmapped second page faults only
    // after the bytes in the first page are written. Generated code must
    // not let such a store reach memory (AArch64 guard-page mode probes a
    // store's last byte first).
    let mut m = Machine::checked();
    let f = m.code(&STORE);
    let page = page_size() as u64;
    let two = Pages::new(2 * page as usize).unwrap();
    // SAFETY: `two` outlives the emulator, dropped first below.
    unsafe { m.emu.map(two.addr(), page, Perms::READ_WRITE) }.unwrap();
    let second = two.addr() + page;
    let at = second - 3;
    expect_fault(
        m.emu.call(f, &[at, u64::MAX]),
        f,
        second,
        Access::Write,
        true,
    );
    // SAFETY: `two` is host memory of this test.
    let bytes = unsafe { std::slice::from_raw_parts(at as *const u8, 8) };
    assert_eq!(bytes, [0xff, 0xff, 0xff, 0, 0, 0, 0, 0]);
    drop(m);
}
