//! Element and data segments of an instance: applying the active ones at
//! instantiation, and `memory.init`, `data.drop`, `table.init` and
//! `elem.drop`, which the builtins call.

use super::Instance;
use crate::memory::range;
use crate::trap::Trap;
use brisk_environ::{DataKind, ElemKind, TrapCode};

impl Instance {
    /// Applies active element and data segments in order and drops them
    /// and declarative ones; stops at the first trap.
    pub(super) fn apply_segments(&self) -> Result<(), Trap> {
        let info = self.module.info();
        for (i, seg) in info.elements.iter().enumerate() {
            match &seg.kind {
                ElemKind::Active { table, offset } => {
                    let dst = self
                        .eval_const(offset)
                        .map_err(|c| Trap::Wasm(c, Vec::new()))?;
                    let len = self.elements[i].borrow().len() as u64;
                    self.table_init(*table, i as u32, dst, 0, len)
                        .map_err(|c| Trap::Wasm(c, Vec::new()))?;
                    self.elem_drop(i as u32);
                }
                ElemKind::Declared => self.elem_drop(i as u32),
                ElemKind::Passive => {}
            }
        }
        for (i, seg) in info.data.iter().enumerate() {
            if let DataKind::Active { memory, offset } = &seg.kind {
                let dst = self
                    .eval_const(offset)
                    .map_err(|c| Trap::Wasm(c, Vec::new()))?;
                self.memory_init(*memory, i as u32, dst, 0, seg.bytes.len() as u64)
                    .map_err(|c| Trap::Wasm(c, Vec::new()))?;
                self.data_drop(i as u32);
            }
        }
        Ok(())
    }

    pub(crate) fn memory_init(
        &self,
        mem: u32,
        seg: u32,
        dst: u64,
        src: u64,
        len: u64,
    ) -> Result<(), TrapCode> {
        let bytes = self.data_bytes(seg);
        let src_range = range(src, len, bytes.len())?;
        // SAFETY: memories live as long as the store (shared ones as long
        // as this instance), and are only used through `&` here.
        let memory = unsafe { &*self.memory(mem) };
        memory.write(dst, &bytes[src_range])
    }

    /// Data segment `seg`'s bytes (none once dropped).
    pub(crate) fn data_bytes(&self, seg: u32) -> &[u8] {
        if self.data_dropped[seg as usize].get() {
            &[]
        } else {
            &self.module.info().data[seg as usize].bytes
        }
    }

    /// Element segment `seg`'s values (none once dropped).
    pub(crate) fn elem_values(&self, seg: u32) -> std::cell::Ref<'_, Vec<usize>> {
        self.elements[seg as usize].borrow()
    }

    pub(crate) fn data_drop(&self, seg: u32) {
        self.data_dropped[seg as usize].set(true);
    }

    pub(crate) fn table_init(
        &self,
        table: u32,
        seg: u32,
        dst: u64,
        src: u64,
        len: u64,
    ) -> Result<(), TrapCode> {
        let values = self.elements[seg as usize].borrow();
        // SAFETY: as for memories in `memory_init`.
        let table = unsafe { &mut *self.table(table) };
        let src_range = range(src, len, values.len()).map_err(|_| TrapCode::TableOutOfBounds)?;
        let dst = table
            .range_mut(dst, len)
            .ok_or(TrapCode::TableOutOfBounds)?;
        dst.copy_from_slice(&values[src_range]);
        Ok(())
    }

    pub(crate) fn elem_drop(&self, seg: u32) {
        self.elements[seg as usize].borrow_mut().clear();
    }
}
