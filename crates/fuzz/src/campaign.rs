//! Many iterations on several threads, with counts of what happened.

use crate::diff::{Options, Report, Verdict};
use crate::{Target, run_seed};
use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Stack of each fuzzing thread: room for brisk's Wasm stack limit.
const THREAD_STACK: usize = 64 << 20;

#[derive(Debug, Clone, Copy)]
pub enum Budget {
    Iterations(u64),
    Time(Duration),
}

#[derive(Debug, Clone)]
pub struct Campaign {
    pub target: Target,
    pub options: Options,
    /// Iteration `i` runs seed `first_seed + i`.
    pub first_seed: u64,
    pub budget: Budget,
    pub jobs: usize,
    /// Stop starting iterations once this many mismatches and crashes
    /// were found.
    pub max_findings: u64,
}

/// Counts of verdicts.
#[derive(Debug, Clone, Default)]
pub struct Stats {
    pub iterations: u64,
    pub agreed: u64,
    pub rejected: u64,
    pub skipped: u64,
    pub inconclusive: u64,
    pub mismatches: u64,
    pub crashes: u64,
    /// Mismatches with wasmi 2 where brisk agreed with wasmi 1.
    pub wasmi_bugs: u64,
    /// Skips and inconclusive results by reason.
    pub reasons: BTreeMap<String, u64>,
}

impl Stats {
    pub fn record(&mut self, verdict: &Verdict) {
        self.iterations += 1;
        let counter = match verdict {
            Verdict::Agree => &mut self.agreed,
            Verdict::Rejected => &mut self.rejected,
            Verdict::Skipped(why) | Verdict::Inconclusive(why) => {
                *self.reasons.entry(why.clone()).or_default() += 1;
                if matches!(verdict, Verdict::Skipped(_)) {
                    &mut self.skipped
                } else {
                    &mut self.inconclusive
                }
            }
            Verdict::Mismatch(_) => &mut self.mismatches,
            Verdict::WasmiBug(_) => &mut self.wasmi_bugs,
            Verdict::Crash(_) => &mut self.crashes,
        };
        *counter += 1;
    }

    pub fn findings(&self) -> u64 {
        self.mismatches + self.crashes
    }

    /// The share of iterations, in percent, that compared nothing.
    pub fn skip_percent(&self) -> f64 {
        self.percent(self.skipped)
    }

    pub fn inconclusive_percent(&self) -> f64 {
        self.percent(self.inconclusive)
    }

    fn percent(&self, n: u64) -> f64 {
        100.0 * n as f64 / self.iterations.max(1) as f64
    }

    /// One line with every count.
    pub fn summary(&self) -> String {
        format!(
            "{} iterations: {} mismatches, {} crashes, {} skipped ({:.2}%), {} inconclusive ({:.2}%), {} agreed, {} agreed with wasmi 1 but not wasmi 2, {} rejected by both",
            self.iterations,
            self.mismatches,
            self.crashes,
            self.skipped,
            self.skip_percent(),
            self.inconclusive,
            self.inconclusive_percent(),
            self.agreed,
            self.wasmi_bugs,
            self.rejected,
        )
    }
}

/// Runs the campaign; `begin` and `end` are called around each iteration,
/// from the worker threads.
pub fn run(
    campaign: &Campaign,
    begin: impl Fn(u64) + Sync,
    end: impl Fn(u64, &Report) + Sync,
) -> Stats {
    let start = Instant::now();
    let next = AtomicU64::new(0);
    let stats = Mutex::new(Stats::default());
    let more = |i: u64| {
        let budget_left = match campaign.budget {
            Budget::Iterations(n) => i < n,
            Budget::Time(t) => start.elapsed() < t,
        };
        budget_left && stats.lock().unwrap().findings() < campaign.max_findings
    };
    std::thread::scope(|scope| {
        for _ in 0..campaign.jobs.max(1) {
            std::thread::Builder::new()
                .stack_size(THREAD_STACK)
                .spawn_scoped(scope, || {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if !more(i) {
                            break;
                        }
                        let seed = campaign.first_seed.wrapping_add(i);
                        begin(seed);
                        let report = run_seed(campaign.target, seed, &campaign.options);
                        end(seed, &report);
                        stats.lock().unwrap().record(&report.verdict);
                    }
                })
                .expect("cannot start a fuzzing thread");
        }
    });
    stats.into_inner().unwrap()
}
