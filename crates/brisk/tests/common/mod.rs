//! The target the run tests compile for: this machine's, or the ISA that
//! `BRISK_TEST_TARGET` names (`aarch64` runs AArch64 code, under the
//! emulator on other hosts: build with the `emulator` feature).

use brisk::{Isa, Target};

pub fn target() -> Target {
    let Ok(name) = std::env::var("BRISK_TEST_TARGET") else {
        return Target::host();
    };
    let isa = Isa::from_name(&name)
        .unwrap_or_else(|| panic!("BRISK_TEST_TARGET names no known ISA: {name:?}"));
    if isa == Target::host().isa() {
        Target::host()
    } else {
        Target::baseline(isa)
    }
}
