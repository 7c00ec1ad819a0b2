//! Time as the emulator sees it. Everything time-dependent in the emulator (lifecycle states,
//! the 24-hour throughput rule, file times, credits) asks a `Clock` instead of the OS, so the
//! virtual clock can show days of behaviour in minutes.

use std::sync::RwLock;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

pub trait Clock: Send + Sync {
    /// Seconds since the Unix epoch.
    fn now(&self) -> f64;

    /// How many virtual seconds pass per real second (1 for wall-clock time).
    fn speed(&self) -> f64 {
        1.0
    }
}

/// Wall-clock time.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> f64 {
        real_now()
    }
}

fn real_now() -> f64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0)
}

/// 9999-12-31T23:59:59Z: timestamps have four-digit years on the wire.
pub const LATEST: f64 = 253_402_300_799.0;

/// The emulator's clock: real time shifted forward and optionally sped up. It never goes back.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VirtualTime {
    /// Virtual time at `real_base`.
    pub virtual_base: f64,
    pub real_base: f64,
    pub speed: f64,
}

impl VirtualTime {
    pub fn real() -> Self {
        let now = real_now();
        VirtualTime { virtual_base: now, real_base: now, speed: 1.0 }
    }

    /// The virtual time at real time `real`, never past `LATEST`.
    pub fn at(&self, real: f64) -> f64 {
        (self.virtual_base + (real - self.real_base).max(0.0) * self.speed).min(LATEST)
    }

    /// Jumps forward by `secs`; refuses to go back, or past `LATEST`.
    pub fn advanced(&self, real: f64, secs: f64) -> Result<Self, ClockError> {
        if !secs.is_finite() || secs < 0.0 {
            return Err(ClockError::Backwards);
        }
        let now = self.at(real);
        if now + secs > LATEST {
            return Err(ClockError::PastTheEnd { days_left: ((LATEST - now) / 86_400.0).floor() });
        }
        Ok(VirtualTime { virtual_base: now + secs, real_base: real, speed: self.speed })
    }

    /// Runs at `speed` virtual seconds per real second from now on.
    pub fn with_speed(&self, real: f64, speed: f64) -> Result<Self, ClockError> {
        if !speed.is_finite() || !(0.001..=1_000_000.0).contains(&speed) {
            return Err(ClockError::Speed(speed));
        }
        Ok(VirtualTime { virtual_base: self.at(real), real_base: real, speed })
    }

    /// Back to real speed; the time stays where it is if it is ahead of real time.
    pub fn reset(&self, real: f64) -> Self {
        let v = self.at(real).max(real);
        VirtualTime { virtual_base: v, real_base: real, speed: 1.0 }
    }
}

/// Why the virtual clock refused a change.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ClockError {
    #[error("the clock cannot go backwards; --advance takes a positive duration")]
    Backwards,
    #[error(
        "the clock can go forward at most {days_left:.0} more days (to the end of year 9999, the last time AWS APIs can express)"
    )]
    PastTheEnd { days_left: f64 },
    #[error("--speed must be between 0.001 and 1000000, got {0}")]
    Speed(f64),
}

/// A shared, adjustable virtual clock.
pub struct VirtualClock {
    time: RwLock<VirtualTime>,
}

impl VirtualClock {
    pub fn new(time: VirtualTime) -> Self {
        VirtualClock { time: RwLock::new(time) }
    }

    pub fn get(&self) -> VirtualTime {
        *self.time.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Applies `change` atomically and returns the new setting.
    pub fn update(
        &self,
        change: impl FnOnce(&VirtualTime, f64) -> Result<VirtualTime, ClockError>,
    ) -> Result<VirtualTime, ClockError> {
        let mut t = self.time.write().unwrap_or_else(|e| e.into_inner());
        let next = change(&t, real_now())?;
        *t = next;
        Ok(next)
    }
}

impl Clock for VirtualClock {
    fn now(&self) -> f64 {
        self.get().at(real_now())
    }

    fn speed(&self) -> f64 {
        self.get().speed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn advances_and_speeds_up() {
        let t = VirtualTime { virtual_base: 100.0, real_base: 100.0, speed: 1.0 };
        let t = t.advanced(110.0, 3600.0).unwrap();
        assert_eq!(t.at(110.0), 3710.0);
        let t = t.with_speed(110.0, 60.0).unwrap();
        assert_eq!(t.at(111.0), 3770.0);
        assert!(t.advanced(111.0, -1.0).is_err());
        assert!(t.with_speed(111.0, 0.0).is_err());
        assert_eq!(t.reset(111.0).at(112.0), 3771.0);
        // Never past the last time the wire can carry, however far or fast it is pushed.
        assert!(t.advanced(111.0, 1e308).is_err());
        let end = t.advanced(111.0, LATEST - 3770.0).unwrap();
        assert_eq!(end.at(111.0), LATEST);
        assert!(end.advanced(111.0, 1.0).is_err());
        assert_eq!(end.with_speed(111.0, 1e6).unwrap().at(1e9), LATEST);
    }

    proptest! {
        #[test]
        fn never_goes_backwards(steps in proptest::collection::vec((0.0f64..100.0, 0.0f64..1e5, 0.01f64..1000.0), 1..30)) {
            let mut t = VirtualTime { virtual_base: 0.0, real_base: 0.0, speed: 1.0 };
            let mut real = 0.0;
            let mut last = 0.0;
            for (dr, adv, speed) in steps {
                real += dr;
                t = t.advanced(real, adv).unwrap().with_speed(real, speed).unwrap();
                let now = t.at(real);
                prop_assert!(now >= last);
                last = now;
                t = t.reset(real);
                prop_assert!(t.at(real) >= last);
            }
        }
    }
}
