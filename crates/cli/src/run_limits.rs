//! `-W timeout=DURATION` and `-W fuel=N`, as in wasmtime: the `-W` options
//! that limit a run rather than choose a proposal. Either turns the
//! engine's check on (epoch interruption, fuel metering); `brisk run` then
//! gives the store its deadline (one epoch, incremented by a timer thread
//! after DURATION) or its fuel.

use brisk::{Config, Engine, Store};
use std::time::Duration;

/// The run limits of the `-W` options.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunLimits {
    pub timeout: Option<Duration>,
    pub fuel: Option<u64>,
}

impl RunLimits {
    /// Takes `flag` (a `-W` value) if it is a run limit.
    pub fn take(&mut self, flag: &str) -> Result<bool, String> {
        let Some((name, value)) = flag.split_once('=') else {
            return Ok(false);
        };
        match name {
            "timeout" => {
                self.timeout = Some(duration(value).map_err(|e| format!("-W {flag}: {e}"))?)
            }
            "fuel" => {
                let fuel = value.parse().map_err(|e| format!("-W {flag}: {e}"))?;
                self.fuel = Some(fuel);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// Turns on the checks the limits need.
    pub fn configure(&self, config: &mut Config) {
        config
            .epoch_interruption(self.timeout.is_some())
            .consume_fuel(self.fuel.is_some());
    }

    /// Gives `store` its deadline and fuel; the timeout starts now, on a
    /// timer thread that increments the epoch once.
    pub fn apply<T: 'static>(&self, engine: &Engine, store: &mut Store<T>) -> Result<(), String> {
        if let Some(timeout) = self.timeout {
            store.set_epoch_deadline(1);
            let engine = engine.clone();
            std::thread::spawn(move || {
                std::thread::sleep(timeout);
                engine.increment_epoch();
            });
        }
        if let Some(fuel) = self.fuel {
            store.set_fuel(fuel).map_err(|e| e.to_string())?;
        }
        Ok(())
    }
}

/// A duration as wasmtime's `-W timeout` takes it: a number and a unit
/// (`ns`, `us`, `ms`, `s`, `m`, `h`; none means seconds).
fn duration(text: &str) -> Result<Duration, String> {
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (digits, unit) = text.split_at(split);
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("expected a duration like 10s or 500ms, not {text:?}"))?;
    let nanos_per_unit: u64 = match unit {
        "ns" => 1,
        "us" => 1_000,
        "ms" => 1_000_000,
        "" | "s" => 1_000_000_000,
        "m" => 60 * 1_000_000_000,
        "h" => 3600 * 1_000_000_000,
        _ => {
            return Err(format!(
                "unknown duration unit {unit:?} (ns, us, ms, s, m, h)"
            ));
        }
    };
    n.checked_mul(nanos_per_unit)
        .map(Duration::from_nanos)
        .ok_or_else(|| format!("duration {text:?} too long"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_limits_parse_like_wasmtime_and_leave_proposals_alone() {
        let mut limits = RunLimits::default();
        assert_eq!(limits.take("timeout=250ms"), Ok(true));
        assert_eq!(limits.take("fuel=1000"), Ok(true));
        assert_eq!(limits.take("simd=n"), Ok(false));
        assert_eq!(limits.take("tail-call"), Ok(false));
        assert_eq!(
            limits,
            RunLimits {
                timeout: Some(Duration::from_millis(250)),
                fuel: Some(1000),
            }
        );
        assert_eq!(duration("2"), Ok(Duration::from_secs(2)));
        assert_eq!(duration("3m"), Ok(Duration::from_secs(180)));
        assert_eq!(duration("7us"), Ok(Duration::from_micros(7)));
        assert!(limits.take("timeout=5 parsecs").is_err());
        assert!(limits.take("timeout=").is_err());
        assert!(limits.take("fuel=-1").is_err());
        assert!(duration("20000000000h").is_err());
    }
}
