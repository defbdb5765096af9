//! Engines for both bounds-check modes, each with Spectre hardening (the
//! default: a failed explicit check also clamps the address with a
//! `cmov`) and without, for the test target (`common::target`).

use crate::common;
use brisk::{BoundsChecks, Config, Engine};

/// Guard pages (the default guard) and explicit checks, with and without
/// Spectre hardening, each configured further by `configure` and named
/// by its mode ("guard", "explicit, no Spectre hardening", ...).
pub fn engines(configure: impl Fn(&mut Config)) -> Vec<(String, Engine)> {
    let guard = BoundsChecks::GuardPages {
        guard_bytes: BoundsChecks::DEFAULT_GUARD,
    };
    let mut engines = Vec::new();
    for (mode, bounds) in [("guard", guard), ("explicit", BoundsChecks::Explicit)] {
        for spectre in [true, false] {
            let mut config = Config::new();
            config
                .target(common::target())
                .bounds_checks(bounds)
                .spectre_hardening(spectre);
            configure(&mut config);
            let name = if spectre {
                mode.to_string()
            } else {
                format!("{mode}, no Spectre hardening")
            };
            engines.push((name, Engine::new(&config)));
        }
    }
    engines
}
