//! Where generated code runs: natively, or (with the `emulator` feature)
//! under the in-process AArch64 emulator on a host of another ISA.

#[cfg(feature = "emulator")]
use brisk_codegen::Isa;
use brisk_codegen::Target;

/// How code for a target is run in this process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Executor {
    /// Called directly: the host's ISA, with every CPU feature the code
    /// uses.
    Native,
    /// AArch64 code run by the emulator, whose CPU model has the target's
    /// features.
    #[cfg(feature = "emulator")]
    Emulated(Target),
}

impl Executor {
    /// How code compiled for `target` runs here, or why it cannot.
    pub fn for_target(target: Target) -> Result<Executor, String> {
        let Some(why) = target.native_mismatch() else {
            return Ok(Executor::Native);
        };
        #[cfg(feature = "emulator")]
        if target.isa() == Isa::Aarch64 && Isa::HOST != Some(Isa::Aarch64) {
            return Ok(Executor::Emulated(target));
        }
        Err(match target.isa() {
            brisk_codegen::Isa::Aarch64 if cfg!(not(feature = "emulator")) => format!(
                "{why}; running AArch64 code on this host needs brisk built with the \
                 `emulator` feature"
            ),
            _ => why,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use brisk_codegen::Isa;

    #[test]
    fn the_host_target_runs_natively_and_aarch64_needs_the_emulator_here() {
        assert_eq!(Executor::for_target(Target::host()), Ok(Executor::Native));
        if Isa::HOST == Some(Isa::Aarch64) {
            return;
        }
        let r = Executor::for_target(Target::baseline(Isa::Aarch64));
        if cfg!(feature = "emulator") {
            assert!(r.as_ref().is_ok_and(|e| *e != Executor::Native), "{r:?}");
        } else {
            let why = r.unwrap_err();
            assert!(why.contains("`emulator` feature"), "{why}");
        }
    }
}
