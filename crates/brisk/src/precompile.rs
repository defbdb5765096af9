//! Compiling to an artifact without loading the code (`brisk compile`,
//! wasmtime's `Engine::precompile_module`): nothing is mapped executable,
//! no trampolines or types are registered, and the artifact can be
//! written out without a copy of it in memory.

use crate::{Engine, Error};
use brisk_codegen::{CompiledModule, artifact, compile_module};
use std::borrow::Cow;

/// A module compiled for an engine, not loaded: the artifact that
/// [`Module::deserialize`](crate::Module::deserialize) loads, before it is
/// written.
pub struct Precompiled<'a> {
    compiled: CompiledModule,
    wasm: Cow<'a, [u8]>,
}

impl Engine {
    /// Compiles a module from the binary or text format into the artifact
    /// that [`Module::deserialize`](crate::Module::deserialize) loads (the
    /// bytes of [`Module::serialize`](crate::Module::serialize)).
    pub fn precompile_module(&self, bytes: &[u8]) -> Result<Vec<u8>, Error> {
        Ok(self.precompile(bytes)?.to_bytes())
    }

    /// Compiles a module from the binary or text format without loading
    /// it; [`Precompiled::write_to`] writes the artifact.
    pub fn precompile<'a>(&self, bytes: &'a [u8]) -> Result<Precompiled<'a>, Error> {
        let wasm = wat::parse_bytes(bytes).map_err(|e| Error::Wat(e.to_string()))?;
        let compiled = compile_module(&wasm, self.options())?;
        Ok(Precompiled { compiled, wasm })
    }
}

impl Precompiled<'_> {
    /// The artifact in one buffer.
    pub fn to_bytes(&self) -> Vec<u8> {
        artifact::serialize(&self.compiled, &self.wasm)
    }

    /// Writes the artifact to `out` (the Wasm binary and the code straight
    /// from where they are).
    pub fn write_to(&self, out: &mut impl std::io::Write) -> std::io::Result<()> {
        artifact::write(&self.compiled, &self.wasm, out)
    }
}

#[cfg(test)]
mod tests {
    use crate::{Engine, Instance, Module, Store, Val};

    const WAT: &str = r#"(module (memory 1)
        (func $sq (param i32) (result i32) (i32.mul (local.get 0) (local.get 0)))
        (func (export "f") (param i32) (result i32)
            (i32.store (i32.const 8) (call $sq (local.get 0)))
            (i32.load (i32.const 8))))"#;

    #[test]
    fn precompiled_loads_and_runs() {
        let engine = Engine::default();
        let bytes = engine.precompile_module(WAT.as_bytes()).unwrap();
        let mut written = Vec::new();
        let precompiled = engine.precompile(WAT.as_bytes()).unwrap();
        precompiled.write_to(&mut written).unwrap();
        assert_eq!(written, bytes);

        // SAFETY: the artifact was just made by this engine.
        let module = unsafe { Module::deserialize(&engine, &bytes) }.unwrap();
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &module, &[]).unwrap();
        let f = instance.get_func(&mut store, "f").unwrap();
        let mut results = [Val::I32(0)];
        f.call(&mut store, &[Val::I32(7)], &mut results).unwrap();
        assert_eq!(results[0], Val::I32(49));
    }

    #[test]
    fn a_module_runs_its_code_where_the_compiler_wrote_it() {
        let engine = Engine::default();
        let module = Module::new(&engine, WAT).unwrap();
        // In pages the engine's code space lent the compiler.
        assert!(module.compiled().image.area().is_some());
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &module, &[]).unwrap();
        let f = instance.get_func(&mut store, "f").unwrap();
        let mut results = [Val::I32(0)];
        f.call(&mut store, &[Val::I32(9)], &mut results).unwrap();
        assert_eq!(results[0], Val::I32(81));
        let precompiled = engine.precompile_module(WAT.as_bytes()).unwrap();
        assert_eq!(module.serialize().unwrap(), precompiled);
    }

    #[test]
    fn invalid_modules_are_errors() {
        let engine = Engine::default();
        assert!(engine.precompile_module(b"\0asm\x01\0\0\0\x0a").is_err());
        assert!(
            engine
                .precompile_module(b"(module (func (i32.add)))")
                .is_err()
        );
    }

    #[test]
    fn a_loaded_module_serializes_to_the_precompiled_artifact() {
        let wat = r#"(module
            (@custom "kept" (before code) "before the code")
            (@custom ".debug_info" (after code) "left out")
            (func (export "f") (result i32) (i32.const 42)))"#;
        let engine = Engine::default();
        let precompiled = engine.precompile_module(wat.as_bytes()).unwrap();
        let bytes = Module::new(&engine, wat).unwrap().serialize().unwrap();
        assert_eq!(bytes, precompiled);
        // SAFETY: the artifact was just made by this engine.
        let loaded = unsafe { Module::deserialize(&engine, &bytes) }.unwrap();
        assert_eq!(loaded.serialize().unwrap(), bytes);
    }
}
