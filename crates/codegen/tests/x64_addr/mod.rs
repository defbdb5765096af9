//! Memory operands for the x86-64 encoder tests: an address as written
//! (base, index, displacement), from which the tests derive what the
//! decoder must read, beside the [`Amode`] built from it, which the encoder
//! takes (through `Deref`). The expectations never read the `Amode` back.

use brisk_codegen::isa::x64::asm::Amode;
use brisk_codegen::reg::Reg;
use std::ops::Deref;

#[derive(Debug, Clone, Copy)]
pub struct Addr {
    pub base: Reg,
    pub index: Option<(Reg, u8)>,
    pub disp: i32,
    amode: Amode,
}

impl Addr {
    pub fn base_disp(base: Reg, disp: i32) -> Addr {
        Addr {
            base,
            index: None,
            disp,
            amode: Amode::base_disp(base, disp),
        }
    }

    pub fn indexed(base: Reg, index: Reg, shift: u8, disp: i32) -> Addr {
        Addr {
            base,
            index: Some((index, shift)),
            disp,
            amode: Amode::indexed(base, index, shift, disp),
        }
    }
}

impl Deref for Addr {
    type Target = Amode;

    fn deref(&self) -> &Amode {
        &self.amode
    }
}
