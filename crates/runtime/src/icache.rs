//! Instruction-cache maintenance after code is written, for hosts whose
//! instruction fetch is not coherent with data writes. x86-64 keeps them
//! coherent: nothing to do there.
//!
//! AArch64 (Arm ARM, "Concurrent modification and execution of
//! instructions" and the cache maintenance instructions; the sequence of
//! Linux's `__flush_icache_range`, compiler-rt's `__clear_cache` and
//! wasmtime's icache-coherence crate): clean each data-cache line of the
//! range to the point of unification (`dc cvau`), `dsb ish`, invalidate each
//! instruction-cache line (`ic ivau`), `dsb ish`, then `isb` on this core.
//! CTR_EL0 gives the smallest line sizes and says when a step is not needed
//! (IDC: no data clean; DIC: no instruction invalidation). Other cores that
//! may run the code get their pipelines synchronized by
//! `membarrier(PRIVATE_EXPEDITED_SYNC_CORE)` where the kernel has it (4.16+).
//!
//! brisk cannot be built for AArch64 on its x86-64 machines: the AArch64
//! half has never run (README says so); the line arithmetic is tested here.

/// The cache-line facts of CTR_EL0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "aarch64"), allow(dead_code))]
struct CacheType {
    /// Bytes in the smallest data-cache line (DminLine, bits 16..20: log2
    /// of 4-byte words).
    data_line: usize,
    /// Bytes in the smallest instruction-cache line (IminLine, bits 0..4).
    insn_line: usize,
    /// IDC (bit 28): the data clean to the point of unification is not
    /// needed for instruction-to-data coherence.
    no_data_clean: bool,
    /// DIC (bit 29): the instruction invalidation is not needed.
    no_insn_invalidate: bool,
}

#[cfg_attr(not(target_arch = "aarch64"), allow(dead_code))]
impl CacheType {
    fn from_ctr(ctr: u64) -> CacheType {
        CacheType {
            data_line: 4 << ((ctr >> 16) & 0xf),
            insn_line: 4 << (ctr & 0xf),
            no_data_clean: ctr & (1 << 28) != 0,
            no_insn_invalidate: ctr & (1 << 29) != 0,
        }
    }
}

/// The start of every `line`-byte line that `len` bytes from `start`
/// touch.
#[cfg_attr(not(target_arch = "aarch64"), allow(dead_code))]
fn lines(start: usize, len: usize, line: usize) -> impl Iterator<Item = usize> {
    let first = start & !(line - 1);
    let end = if len == 0 { first } else { start + len };
    (first..end).step_by(line)
}

/// Makes the `len` bytes of code just written at `start` visible to
/// instruction fetch on every core.
#[cfg(target_arch = "aarch64")]
pub(crate) fn make_visible(start: *const u8, len: usize) {
    use std::arch::asm;
    let ctr: u64;
    // SAFETY: reading CTR_EL0 at EL0 is allowed on Linux (SCTLR_EL1.UCT).
    unsafe { asm!("mrs {}, ctr_el0", out(reg) ctr, options(nomem, nostack, preserves_flags)) };
    let cache = CacheType::from_ctr(ctr);
    let start = start as usize;
    if !cache.no_data_clean {
        for line in lines(start, len, cache.data_line) {
            // SAFETY: cache maintenance of a mapped, readable line of this
            // process's code (SCTLR_EL1.UCI lets EL0 do it on Linux).
            unsafe { asm!("dc cvau, {}", in(reg) line, options(nostack, preserves_flags)) };
        }
    }
    // SAFETY: a barrier only.
    unsafe { asm!("dsb ish", options(nostack, preserves_flags)) };
    if !cache.no_insn_invalidate {
        for line in lines(start, len, cache.insn_line) {
            // SAFETY: as for `dc cvau`.
            unsafe { asm!("ic ivau, {}", in(reg) line, options(nostack, preserves_flags)) };
        }
        // SAFETY: a barrier only.
        unsafe { asm!("dsb ish", options(nostack, preserves_flags)) };
    }
    // SAFETY: a context synchronization of this core only.
    unsafe { asm!("isb", options(nostack, preserves_flags)) };
    sync_other_cores();
}

/// x86-64 fetches instructions coherently with data writes.
#[cfg(not(target_arch = "aarch64"))]
pub(crate) fn make_visible(_start: *const u8, _len: usize) {}

/// A context synchronization on every core running a thread of this
/// process, where the kernel offers it (best effort: without it, a core
/// synchronizes at its next exception return).
#[cfg(target_arch = "aarch64")]
fn sync_other_cores() {
    use std::sync::OnceLock;
    const REGISTER_PRIVATE_EXPEDITED_SYNC_CORE: libc::c_long = 1 << 6;
    const PRIVATE_EXPEDITED_SYNC_CORE: libc::c_long = 1 << 5;
    static REGISTERED: OnceLock<bool> = OnceLock::new();
    let registered = *REGISTERED.get_or_init(|| {
        // SAFETY: membarrier takes plain integers and touches no memory of
        // ours.
        unsafe {
            libc::syscall(
                libc::SYS_membarrier,
                REGISTER_PRIVATE_EXPEDITED_SYNC_CORE,
                0,
                0,
            ) == 0
        }
    });
    if registered {
        // SAFETY: as above.
        unsafe { libc::syscall(libc::SYS_membarrier, PRIVATE_EXPEDITED_SYNC_CORE, 0, 0) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ctr_el0_fields() {
        // A Cortex-A72: DminLine 4 (64 bytes), IminLine 4, no IDC or DIC.
        let a72 = CacheType::from_ctr(0x8444_c004);
        assert_eq!(
            a72,
            CacheType {
                data_line: 64,
                insn_line: 64,
                no_data_clean: false,
                no_insn_invalidate: false,
            }
        );
        // A core with IDC and DIC set.
        let n1 = CacheType::from_ctr(0xb444_c004);
        assert!(n1.no_data_clean && n1.no_insn_invalidate);
        let mixed = CacheType::from_ctr(3 << 16 | 2);
        assert_eq!((mixed.data_line, mixed.insn_line), (32, 16));
    }

    #[test]
    fn every_line_the_range_touches_once() {
        assert_eq!(lines(0x1000, 64, 64).collect::<Vec<_>>(), [0x1000]);
        assert_eq!(lines(0x1000, 65, 64).collect::<Vec<_>>(), [0x1000, 0x1040]);
        assert_eq!(lines(0x103f, 2, 64).collect::<Vec<_>>(), [0x1000, 0x1040]);
        assert_eq!(lines(0x1010, 0x30, 64).collect::<Vec<_>>(), [0x1000]);
        assert_eq!(lines(0x1010, 0, 64).count(), 0);
        assert_eq!(lines(0x10000, 0x10000, 16).count(), 0x1000);
    }
}
