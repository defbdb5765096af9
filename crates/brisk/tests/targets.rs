//! The target an engine compiles for: cross-compilation is refused cleanly
//! while a backend is missing, and artifacts load only into an engine of
//! their target.

use brisk::{Config, Engine, Error, Isa, Module, Target};

const WAT: &str = r#"(module (func (export "f") (result i32) (i32.const 7)))"#;

fn engine(target: Target) -> Engine {
    Engine::new(Config::new().target(target))
}

#[test]
fn aarch64_is_a_clean_unsupported_error_until_its_backend_exists() {
    let err = Module::new(&engine(Target::baseline(Isa::Aarch64)), WAT)
        .err()
        .expect("an error");
    assert!(matches!(err, Error::Compile(_)), "{err}");
    assert!(err.to_string().contains("aarch64"), "{err}");
    // An invalid module is still reported invalid, whatever the target.
    let err = Module::new(
        &engine(Target::baseline(Isa::Aarch64)),
        "(module (func (drop)))",
    )
    .err()
    .expect("an error");
    assert!(!err.to_string().contains("aarch64"), "{err}");
}

#[test]
fn artifacts_load_only_into_an_engine_of_their_target() {
    let host = engine(Target::host());
    let bytes = Module::new(&host, WAT).unwrap().serialize();
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
