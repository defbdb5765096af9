//! Engine-wide runtime state: canonical type ids (equal for structurally
//! equal function types across modules, which `call_indirect` compares) and
//! the trampolines, generated once per signature.

use crate::code_memory::CodeMemory;
use brisk_codegen::CpuFeatures;
use brisk_codegen::isa::x64::X64Masm;
use brisk_codegen::trampoline::{array_call_trampoline, generate_trampoline, host_call_trampoline};
use brisk_environ::FuncSig;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

#[derive(Default)]
struct State {
    ids: HashMap<FuncSig, u32>,
    sigs: Vec<FuncSig>,
    entry: HashMap<u32, Arc<CodeMemory>>,
    host: HashMap<u32, Arc<CodeMemory>>,
}

pub struct EngineRuntime {
    features: CpuFeatures,
    state: Mutex<State>,
}

impl EngineRuntime {
    pub fn new(features: CpuFeatures) -> EngineRuntime {
        EngineRuntime {
            features,
            state: Mutex::default(),
        }
    }

    /// The canonical id of `sig`.
    pub fn type_id(&self, sig: &FuncSig) -> u32 {
        let mut s = self.state.lock().unwrap();
        if let Some(id) = s.ids.get(sig) {
            return *id;
        }
        let id = s.sigs.len() as u32;
        s.sigs.push(sig.clone());
        s.ids.insert(sig.clone(), id);
        id
    }

    pub fn sig(&self, type_id: u32) -> FuncSig {
        self.state.lock().unwrap().sigs[type_id as usize].clone()
    }

    /// The host-to-Wasm entry trampoline for `type_id`.
    pub fn entry_trampoline(&self, type_id: u32) -> Arc<CodeMemory> {
        self.trampoline(type_id, false)
    }

    /// The Wasm-to-host trampoline for `type_id`.
    pub fn host_trampoline(&self, type_id: u32) -> Arc<CodeMemory> {
        self.trampoline(type_id, true)
    }

    fn trampoline(&self, type_id: u32, host: bool) -> Arc<CodeMemory> {
        let mut s = self.state.lock().unwrap();
        let sig = s.sigs[type_id as usize].clone();
        let cache = if host { &mut s.host } else { &mut s.entry };
        cache
            .entry(type_id)
            .or_insert_with(|| {
                let generate = if host {
                    host_call_trampoline::<X64Masm>
                } else {
                    array_call_trampoline::<X64Masm>
                };
                let code = generate_trampoline::<X64Masm>(self.features, &sig, generate);
                Arc::new(CodeMemory::new(&code).expect("mapping trampoline code"))
            })
            .clone()
    }
}
