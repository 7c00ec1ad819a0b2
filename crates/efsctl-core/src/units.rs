//! Sizes and instants as people and AWS APIs write them. Both the CLI and the emulator's wire
//! formats use these, so a time or a size reads the same wherever it is shown.

use std::time::Duration;

use jiff::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::TimeZone;

/// A byte count in binary units, one decimal (`512 B`, `1.5 GiB`).
pub fn bytes(n: i64) -> String {
    const UNITS: [&str; 6] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
    let mut v = n as f64;
    let mut unit = 0;
    while v >= 1024.0 && unit < UNITS.len() - 1 {
        v /= 1024.0;
        unit += 1;
    }
    if unit == 0 { format!("{n} B") } else { format!("{v:.1} {}", UNITS[unit]) }
}

/// Seconds since the epoch as an instant, held to the range a calendar date can show.
fn timestamp(epoch_secs: f64) -> Timestamp {
    let ms = (epoch_secs * 1000.0).round();
    let edge = if ms < 0.0 { Timestamp::MIN } else { Timestamp::MAX };
    // `as` saturates a huge or non-finite value; the calendar's ends take what is still outside.
    Timestamp::from_millisecond(ms as i64).unwrap_or(edge)
}

/// Seconds since the epoch as `2026-11-27 19:11 UTC` (to the minute; before 1970 shows 1970).
pub fn utc(epoch_secs: f64) -> String {
    timestamp(epoch_secs.max(0.0).floor()).strftime("%Y-%m-%d %H:%M UTC").to_string()
}

/// Seconds since the epoch as ISO 8601 in UTC, `2026-11-27T19:00:00Z`, with milliseconds when
/// the instant has them.
pub fn iso8601(epoch_secs: f64) -> String {
    let t = timestamp(epoch_secs);
    let ms = t.subsec_millisecond();
    let base = t.strftime("%Y-%m-%dT%H:%M:%S");
    if ms > 0 { format!("{base}.{ms:03}Z") } else { format!("{base}Z") }
}

/// Parses ISO 8601 / RFC 3339 (`2026-11-27T19:00:00Z`, `…+02:00`, fractional seconds; no
/// offset means UTC), or epoch seconds given as a string.
pub fn parse_time(s: &str) -> Option<f64> {
    if let Ok(n) = s.parse::<f64>() {
        return n.is_finite().then_some(n);
    }
    let t = match s.parse::<Timestamp>() {
        Ok(t) => t,
        Err(_) => s.parse::<DateTime>().ok()?.to_zoned(TimeZone::UTC).ok()?.timestamp(),
    };
    Some(t.as_second() as f64 + f64::from(t.subsec_nanosecond()) / 1e9)
}

const SIZE_UNITS: [(&str, f64); 6] = [
    ("PiB", 1125899906842624.0),
    ("TiB", 1099511627776.0),
    ("GiB", 1073741824.0),
    ("MiB", 1048576.0),
    ("KiB", 1024.0),
    ("B", 1.0),
];

/// `500MiB`, `2GiB`, `1.5TiB`, `1048576` → bytes.
pub fn parse_size(s: &str) -> Result<f64, String> {
    let t = s.trim();
    let (num, mult) = SIZE_UNITS.iter().find_map(|(u, m)| t.strip_suffix(u).map(|n| (n, *m))).unwrap_or((t, 1.0));
    let v: f64 = num.trim().parse().map_err(|_| format!("'{s}' is not a size like 500MiB, 2GiB or 1.5TiB"))?;
    if !v.is_finite() || v < 0.0 || v * mult > 1e18 {
        return Err(format!("'{s}' must be a size from 0 to 1e18 bytes (e.g. 2TiB)"));
    }
    Ok(v * mult)
}

/// `400MiB/s`, `1.5GiB/s` → bytes per second.
pub fn parse_rate(s: &str) -> Result<f64, String> {
    let size = s.trim().strip_suffix("/s").ok_or_else(|| format!("'{s}' is not a rate like 400MiB/s"))?;
    parse_size(size).map_err(|_| format!("'{s}' is not a rate like 400MiB/s or 1.5GiB/s"))
}

/// The longest duration a flag takes: ten years.
const MAX_DURATION: Duration = Duration::from_secs(10 * 365 * 86400);

/// A duration as people type it: `0`, `500ms`, `3s`, `2m`, `36h`, `30d`, `1h 30m`.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    if s.starts_with('-') {
        return Err(format!(
            "'{s}' is negative; give a duration of 0 or more (e.g. 36h; the emulator's clock only goes forward)"
        ));
    }
    let d = humantime::parse_duration(s)
        .map_err(|_| format!("'{s}' is not a duration; use e.g. 500ms, 3s, 2m, 36h, 30d"))?;
    if d > MAX_DURATION {
        return Err(format!("'{s}' is too long (at most 10 years)"));
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sizes() {
        assert_eq!(bytes(512), "512 B");
        assert_eq!(bytes(1536), "1.5 KiB");
        assert_eq!(bytes(3 << 30), "3.0 GiB");
    }

    #[test]
    fn sizes_and_rates_parse() {
        assert_eq!(parse_size("1.5TiB"), Ok(1.5 * 1099511627776.0));
        assert_eq!(parse_size("1048576"), Ok(1048576.0));
        assert_eq!(parse_rate("400MiB/s"), Ok(400.0 * 1048576.0));
        assert!(parse_size("-1GiB").is_err() && parse_size("2 parsecs").is_err() && parse_size("1e30TiB").is_err());
        assert!(parse_rate("400MiB").unwrap_err().contains("like 400MiB/s"));
    }

    #[test]
    fn minutes() {
        assert_eq!(utc(0.0), "1970-01-01 00:00 UTC");
        assert_eq!(utc(1_795_806_661.0), "2026-11-27 19:11 UTC");
        assert_eq!(utc(951_782_400.0), "2000-02-29 00:00 UTC");
        assert_eq!(utc(-5.0), "1970-01-01 00:00 UTC");
    }

    #[test]
    fn times() {
        assert_eq!(parse_time("2026-11-27T19:11:01Z"), Some(1_795_806_661.0));
        assert_eq!(parse_time("2026-11-27T21:11:01+02:00"), Some(1_795_806_661.0));
        assert_eq!(parse_time("2026-11-27T19:11:01"), Some(1_795_806_661.0));
        assert_eq!(parse_time("2026-11-27T19:11:01.5Z"), Some(1_795_806_661.500));
        assert_eq!(iso8601(1_795_806_661.0), "2026-11-27T19:11:01Z");
        assert_eq!(iso8601(1_795_806_661.250), "2026-11-27T19:11:01.250Z");
        assert_eq!(iso8601(1_795_806_661.999_9), "2026-11-27T19:11:02Z");
        assert_eq!(parse_time("yesterday"), None);
        assert_eq!((parse_time("NaN"), parse_time("inf")), (None, None));
        // Far outside the calendar's range: still a valid timestamp, never a panic.
        assert!(iso8601(1e300).starts_with("9999-12-"), "{}", iso8601(1e300));
        assert!(iso8601(f64::NAN).starts_with("1970-01-01"));
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("3s"), Ok(Duration::from_secs(3)));
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("36h"), Ok(Duration::from_secs(36 * 3600)));
        assert_eq!(parse_duration("30d"), Ok(Duration::from_secs(30 * 86400)));
        assert_eq!(parse_duration("1h 30m"), Ok(Duration::from_secs(5400)));
        assert_eq!(parse_duration("0"), Ok(Duration::ZERO));
        assert!(parse_duration("3").is_err());
        assert!(parse_duration("3 parsecs").is_err());
        assert!(parse_duration("-1s").unwrap_err().contains("negative"));
        assert!(parse_duration("11000d").unwrap_err().contains("too long"));
        assert!(parse_duration("99999999999999999999d").is_err());
    }

    proptest! {
        #[test]
        fn iso_round_trips(secs in 0i64..4_000_000_000) {
            prop_assert_eq!(parse_time(&iso8601(secs as f64)), Some(secs as f64));
        }
    }
}
