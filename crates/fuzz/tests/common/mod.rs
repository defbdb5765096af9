//! What the campaign tests share.

use brisk::BoundsChecks;
use brisk_fuzz::{Budget, Campaign, Options, Stats, Target, campaign};

/// Runs `iterations` seeds of `target` from `first_seed` on every core and
/// checks that nothing was found and that every seed ran.
pub fn run_without_findings(
    target: Target,
    bounds: BoundsChecks,
    first_seed: u64,
    iterations: u64,
) -> Stats {
    let campaign = Campaign {
        target,
        options: Options {
            bounds,
            ..Options::default()
        },
        first_seed,
        budget: Budget::Iterations(iterations),
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        max_findings: u64::MAX,
    };
    let found = std::sync::Mutex::new(Vec::new());
    let stats = campaign::run(
        &campaign,
        |_| {},
        |seed, report| {
            if report.verdict.is_finding() {
                found.lock().unwrap().push(format!(
                    "seed {seed}: {:?}\n  brisk: {:?}\n  wasmi: {:?}",
                    report.verdict, report.brisk, report.wasmi
                ));
            }
        },
    );
    println!("{target:?} {bounds:?}: {}", stats.summary());
    let found = found.into_inner().unwrap();
    assert!(found.is_empty(), "findings:\n{}", found.join("\n"));
    assert_eq!(stats.iterations, iterations);
    stats
}
