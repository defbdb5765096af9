//! The target an engine compiles for: code for another ISA compiles on
//! any host and runs where it can, and artifacts load only into an engine
//! of their target.

use brisk::{Config, Engine, Error, Instance, Isa, Module, Store, Target};

const WAT: &str = r#"(module (func (export "f") (result i32) (i32.const 7)))"#;

fn engine(target: Target) -> Engine {
    Engine::new(Config::new().target(target))
}

#[test]
fn aarch64_code_compiles_anywhere_and_runs_natively_or_under_the_emulator() {
    let aarch64 = engine(Target::baseline(Isa::Aarch64));
    let module = Module::new(&aarch64, WAT).unwrap();
    let mut store = Store::new(&aarch64, ());
    let instance = Instance::new(&mut store, &module, &[]);
    if Isa::HOST == Some(Isa::Aarch64) || cfg!(feature = "emulator") {
        let f = instance
            .unwrap()
            .get_typed_func::<(), i32>(&mut store, "f")
            .unwrap();
        assert_eq!(f.call(&mut store, ()).unwrap(), 7);
    } else {
        let err = instance.expect_err("no way to run AArch64 code here");
        assert!(err.to_string().contains("`emulator` feature"), "{err}");
    }
    // An invalid module is reported invalid, whatever the target.
    let err = Module::new(&aarch64, "(module (func (drop)))")
        .err()
        .expect("an error");
    assert!(matches!(err, Error::Compile(_)), "{err}");
    assert!(!err.to_string().contains("aarch64"), "{err}");
}

#[test]
fn artifacts_load_only_into_an_engine_of_their_target() {
    let host = engine(Target::host());
    let bytes = Module::new(&host, WAT).unwrap().serialize().unwrap();
    // SAFETY: the bytes are an artifact this test just made.
    assert!(unsafe { Module::deserialize(&host, &bytes) }.is_ok());
    for other in [
        Target::baseline(Isa::Aarch64),
        Target::baseline(Target::host().isa()),
    ] {
        if other == Target::host() {
            continue;
        }
        // SAFETY: as above; loading must refuse the mismatch.
        let err = unsafe { Module::deserialize(&engine(other), &bytes) }
            .err()
            .expect("an error");
        assert!(matches!(err, Error::Artifact(_)), "{other}: {err}");
    }
}
