//! What code is generated for: an instruction set and the optional CPU
//! features the code may use. One [`Target`] travels from the CLI and the
//! embedding API's `Config` through compiling, linking, artifacts,
//! disassembly and the runtime; host detection only fills the default.
//!
//! Everything that differs by ISA outside `isa/` is chosen here, with one
//! `match` on [`Isa`] per concern (code padding, call relocations,
//! trampolines, compiling).

use std::fmt;

/// An instruction set brisk generates code for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Isa {
    X86_64,
    Aarch64,
}

impl Isa {
    pub const ALL: [Isa; 2] = [Isa::X86_64, Isa::Aarch64];

    /// The ISA this process runs on, if brisk supports it.
    pub const HOST: Option<Isa> = if cfg!(target_arch = "x86_64") {
        Some(Isa::X86_64)
    } else if cfg!(target_arch = "aarch64") {
        Some(Isa::Aarch64)
    } else {
        None
    };

    /// The name used by `--target` and in artifact headers.
    pub fn name(self) -> &'static str {
        match self {
            Isa::X86_64 => "x86_64",
            Isa::Aarch64 => "aarch64",
        }
    }

    pub fn from_name(name: &str) -> Option<Isa> {
        match name {
            "x86_64" | "x86-64" | "amd64" => Some(Isa::X86_64),
            "aarch64" | "arm64" => Some(Isa::Aarch64),
            _ => None,
        }
    }

    /// The optional features code for this ISA may use, by name; a
    /// feature's index here is its bit in [`CpuFeatures`].
    pub fn feature_names(self) -> &'static [&'static str] {
        match self {
            Isa::X86_64 => &[
                "lzcnt", "bmi1", "popcnt", "sse4.1", "ssse3", "sse4.2", "avx", "avx2",
            ],
            Isa::Aarch64 => &["lse"],
        }
    }

    /// The byte that fills the gaps between functions: a trapping
    /// instruction (or part of one) wherever a stray jump lands.
    pub(crate) fn code_padding(self) -> u8 {
        match self {
            Isa::X86_64 => 0xCC, // int3
            Isa::Aarch64 => 0,   // 0x00000000 is `udf #0`
        }
    }
}

impl fmt::Display for Isa {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A set of optional CPU features of one ISA, opaque: read and set by name
/// through [`Target`]. Bit *i* is `isa.feature_names()[i]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct CpuFeatures(u32);

impl CpuFeatures {
    pub(crate) fn contains(self, other: CpuFeatures) -> bool {
        self.0 & other.0 == other.0
    }
}

/// An ISA and the CPU features generated code may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Target {
    isa: Isa,
    features: CpuFeatures,
}

impl Target {
    /// `isa` with no optional features (what any CPU of the ISA runs).
    pub fn baseline(isa: Isa) -> Target {
        Target {
            isa,
            features: CpuFeatures::default(),
        }
    }

    /// The host's ISA with the features this CPU has; x86-64 baseline on a
    /// host brisk cannot run code on (it can still cross-compile there).
    pub fn host() -> Target {
        let Some(isa) = Isa::HOST else {
            return Target::baseline(Isa::X86_64);
        };
        let mut target = Target::baseline(isa);
        for &name in isa.feature_names() {
            if host_has(name) {
                target.set_feature(name, true).expect("a known feature");
            }
        }
        target
    }

    pub fn isa(&self) -> Isa {
        self.isa
    }

    pub fn features(&self) -> CpuFeatures {
        self.features
    }

    /// Turns a feature of this target's ISA on or off by name.
    pub fn set_feature(&mut self, name: &str, on: bool) -> Result<&mut Self, String> {
        let names = self.isa.feature_names();
        let alias = match name {
            "sse41" => "sse4.1",
            "sse42" => "sse4.2",
            _ => name,
        };
        let Some(bit) = names.iter().position(|n| *n == alias) else {
            return Err(format!(
                "unknown {} CPU feature {name:?} (known: {})",
                self.isa,
                names.join(", ")
            ));
        };
        if on {
            self.features.0 |= 1 << bit;
        } else {
            self.features.0 &= !(1 << bit);
        }
        Ok(self)
    }

    pub fn has_feature(&self, name: &str) -> bool {
        let names = self.isa.feature_names();
        names
            .iter()
            .position(|n| *n == name)
            .is_some_and(|bit| self.features.0 & (1 << bit) != 0)
    }

    /// The names of the features that are on, in the ISA's order.
    pub fn feature_list(&self) -> Vec<&'static str> {
        let names = self.isa.feature_names();
        (0..names.len())
            .filter(|bit| self.features.0 & (1 << bit) != 0)
            .map(|bit| names[bit])
            .collect()
    }

    /// Why code for this target cannot run natively in this process, if it
    /// cannot: another ISA, or a feature this CPU lacks (code using it
    /// would fault or, worse, compute something else: `lzcnt` runs as
    /// `bsr` on CPUs without it).
    pub fn native_mismatch(&self) -> Option<String> {
        let host = Target::host();
        if Isa::HOST != Some(self.isa) {
            return Some(format!(
                "code compiled for {} cannot run on this {} host",
                self.isa,
                Isa::HOST.map_or(std::env::consts::ARCH, Isa::name)
            ));
        }
        if !host.features.contains(self.features) {
            let missing: Vec<_> = self
                .feature_list()
                .into_iter()
                .filter(|f| !host.has_feature(f))
                .collect();
            return Some(format!(
                "code compiled for {} with {} cannot run on this CPU, which lacks {}",
                self.isa,
                self.feature_list().join(","),
                missing.join(",")
            ));
        }
        None
    }
}

impl Default for Target {
    fn default() -> Self {
        Target::host()
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.feature_list() {
            list if list.is_empty() => write!(f, "{}", self.isa),
            list => write!(f, "{} (+{})", self.isa, list.join(",+")),
        }
    }
}

/// Whether this CPU has the named feature (of the host's ISA).
fn host_has(name: &str) -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        match name {
            "lzcnt" => std::arch::is_x86_feature_detected!("lzcnt"),
            "bmi1" => std::arch::is_x86_feature_detected!("bmi1"),
            "popcnt" => std::arch::is_x86_feature_detected!("popcnt"),
            "sse4.1" => std::arch::is_x86_feature_detected!("sse4.1"),
            "ssse3" => std::arch::is_x86_feature_detected!("ssse3"),
            "sse4.2" => std::arch::is_x86_feature_detected!("sse4.2"),
            "avx" => std::arch::is_x86_feature_detected!("avx"),
            "avx2" => std::arch::is_x86_feature_detected!("avx2"),
            _ => false,
        }
    }
    #[cfg(target_arch = "aarch64")]
    {
        match name {
            "lse" => std::arch::is_aarch64_feature_detected!("lse"),
            _ => false,
        }
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    {
        let _ = name;
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_by_name() {
        let mut t = Target::baseline(Isa::X86_64);
        assert!(t.feature_list().is_empty());
        t.set_feature("popcnt", true).unwrap();
        t.set_feature("sse41", true).unwrap();
        assert_eq!(t.feature_list(), ["popcnt", "sse4.1"]);
        assert!(t.has_feature("sse4.1") && !t.has_feature("lzcnt"));
        t.set_feature("popcnt", false).unwrap();
        assert_eq!(t.feature_list(), ["sse4.1"]);
        t.set_feature("avx2", true).unwrap();
        assert_eq!(t.to_string(), "x86_64 (+sse4.1,+avx2)");
        assert!(!t.has_feature("avx"));
        t.set_feature("avx2", false).unwrap();
        let err = t.set_feature("lse", true).unwrap_err();
        assert!(err.contains("unknown x86_64 CPU feature \"lse\""), "{err}");
        let mut a = Target::baseline(Isa::Aarch64);
        a.set_feature("lse", true).unwrap();
        assert!(a.set_feature("lzcnt", true).is_err());
        assert_eq!(a.to_string(), "aarch64 (+lse)");
        for isa in Isa::ALL {
            assert_eq!(Isa::from_name(isa.name()), Some(isa));
        }
    }

    #[test]
    fn native_mismatch() {
        assert_eq!(Target::host().native_mismatch(), None);
        assert_eq!(Target::baseline(Isa::HOST.unwrap()).native_mismatch(), None);
        let foreign = Isa::ALL.into_iter().find(|i| Some(*i) != Isa::HOST);
        let why = Target::baseline(foreign.unwrap())
            .native_mismatch()
            .unwrap();
        assert!(why.contains("cannot run on this"), "{why}");
    }
}
