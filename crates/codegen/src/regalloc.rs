//! Free-register bookkeeping. Choosing what to spill when nothing is free is
//! the context's job (it knows the value stack); this only tracks sets.

use crate::reg::{Reg, RegClass, RegSet};

#[derive(Debug, Default, Clone)]
pub struct RegAlloc {
    free_int: RegSet,
    free_float: RegSet,
    /// The allocatable registers, all free at `reset`.
    all_int: RegSet,
    all_float: RegSet,
}

impl RegAlloc {
    pub fn reset(&mut self, int: RegSet, float: RegSet) {
        self.free_int = int;
        self.free_float = float;
        self.all_int = int;
        self.all_float = float;
    }

    /// Whether every allocatable register is free, in constant time.
    pub fn none_taken(&self) -> bool {
        self.free_int == self.all_int && self.free_float == self.all_float
    }

    fn set(&mut self, class: RegClass) -> &mut RegSet {
        match class {
            RegClass::Int => &mut self.free_int,
            RegClass::Float => &mut self.free_float,
        }
    }

    /// Takes any free register of `class`.
    pub fn take_any(&mut self, class: RegClass) -> Option<Reg> {
        let set = self.set(class);
        let hw = set.first()?;
        set.remove(hw);
        Some(match class {
            RegClass::Int => Reg::int(hw),
            RegClass::Float => Reg::float(hw),
        })
    }

    pub fn is_free(&mut self, reg: Reg) -> bool {
        self.set(reg.class()).contains(reg.hw())
    }

    pub fn take(&mut self, reg: Reg) {
        debug_assert!(self.is_free(reg), "{reg:?} is not free");
        self.set(reg.class()).remove(reg.hw());
    }

    pub fn free(&mut self, reg: Reg) {
        debug_assert!(!self.is_free(reg), "{reg:?} freed twice");
        self.set(reg.class()).insert(reg.hw());
    }
}
