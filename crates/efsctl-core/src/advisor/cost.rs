//! `efsctl cost`: what a file system has cost since the month began and will by its end, by
//! storage class, throughput and access, and what would save money, each finding with its
//! monthly saving and the command that applies it.

use crate::lifecycle::Tier;
use crate::model::modes::ThroughputMode;
use crate::pricing::{self, GB, Prices};
use crate::throughput::{self, MIB};

/// What the API and CloudWatch say of one file system.
#[derive(Debug, Clone, PartialEq)]
pub struct Usage {
    pub id: String,
    pub mode: ThroughputMode,
    pub provisioned_mibps: Option<f64>,
    pub one_zone: bool,
    pub has_lifecycle: bool,
    /// Automatic backups (AWS Backup) are on.
    pub backups: bool,
    /// Availability Zones its mount targets are in.
    pub mount_target_azs: usize,
    pub created: f64,
    pub now: f64,
    /// The calendar month `now` is in (UTC), as epoch seconds.
    pub month: (f64, f64),
    /// Bytes by class now, and byte-seconds by class since the month began (or the creation).
    pub stored_now: [f64; 3],
    pub byte_seconds: [f64; 3],
    /// Seconds of the month StorageBytes covers (from its first datapoint).
    pub storage_seconds: f64,
    /// Bytes Elastic would bill (reads, writes) since the month began, and over the window.
    pub elastic_month: (f64, f64),
    pub elastic_window: (f64, f64),
    pub window: Window,
}

/// The look-back of the findings.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Window {
    /// Seconds of history there are (at most the days asked for).
    pub seconds: f64,
    pub read_bytes: f64,
    /// The 99th percentile of the hours' busiest minute, in metered bytes/s.
    pub p99_metered: f64,
    /// Hours in which the burst credit balance touched zero (under 1 MiB: a second of the
    /// smallest baseline), and the minutes it was there in the last `minute_data_seconds`
    /// (CloudWatch keeps 1-minute data 15 days).
    pub hours_without_credits: usize,
    pub minutes_without_credits: usize,
    pub minute_data_seconds: f64,
    /// The most client connections at once; `None` without datapoints.
    pub max_connections: Option<f64>,
}

/// Money by what it pays for.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Breakdown {
    pub standard: f64,
    pub ia: f64,
    pub archive: f64,
    /// Provisioned throughput above the baseline.
    pub throughput: f64,
    /// Elastic reads and writes.
    pub access: f64,
    /// AWS Backup's warm storage of the automatic backups.
    pub backup: f64,
    pub total: f64,
}

impl Breakdown {
    fn new(storage: [f64; 3], throughput: f64, access: f64, backup: f64) -> Self {
        let [standard, ia, archive] = storage;
        let total = standard + ia + archive + throughput + access + backup;
        Breakdown { standard, ia, archive, throughput, access, backup, total }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum FindingKind {
    ColdData,
    OverProvisioned,
    Throttled,
    Idle,
    OneZone,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Finding {
    pub kind: FindingKind,
    pub detail: String,
    /// Per month; negative when the fix costs more (and buys throughput).
    pub monthly_saving: f64,
    pub command: String,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Report {
    pub file_system_id: String,
    pub so_far: Breakdown,
    pub projected: Breakdown,
    pub findings: Vec<Finding>,
    /// What the figures assume, or what history is missing.
    pub notes: Vec<String>,
}

/// The note every report carries: what no backend's metrics show.
pub const UNMEASURED: &str = "IA/Archive reads and tiering are not in CloudWatch and are not included";

/// Read bytes below this share of Standard over the window leave the rest cold.
const COLD_SHARE: f64 = 0.5;
/// Provisioned above twice what the busiest minutes used is "far above".
const HEADROOM: f64 = 2.0;
/// Standard bytes below which no lifecycle or One Zone finding is worth a line.
const WORTH_BYTES: f64 = GB;

pub fn report(u: &Usage, prices: &Prices, idle_days: u32) -> Report {
    let rates = prices.storage_rates(u.one_zone, u.mode);
    let month_len = u.month.1 - u.month.0;
    let since = u.month.0.max(u.created).min(u.now);
    let remaining = (u.month.1 - u.now).max(0.0);
    let standard = u.stored_now[0];
    let fixed = prices.monthly_throughput(u.mode, u.provisioned_mibps, standard).unwrap_or(0.0);
    let elastic = |(r, w): (f64, f64)| if u.mode == ThroughputMode::Elastic { prices.elastic(r, w) } else { 0.0 };
    // Backups hold at least one full copy in warm storage (later ones add only what changed).
    let backup_rate = if u.backups { prices.backup_warm / GB } else { 0.0 };
    let so_far = Breakdown::new(
        Tier::ALL.map(|t| u.byte_seconds[t as usize] / GB * rates[t as usize] / month_len),
        fixed * (u.now - since) / month_len,
        elastic(u.elastic_month),
        u.byte_seconds.iter().sum::<f64>() * backup_rate / month_len,
    );
    let window_access = elastic(u.elastic_window);
    let access_rate = if u.window.seconds > 0.0 { window_access / u.window.seconds } else { 0.0 };
    let projected = Breakdown::new(
        Tier::ALL.map(|t| {
            let i = t as usize;
            so_far_part(&so_far, t) + u.stored_now[i] / GB * rates[i] * remaining / month_len
        }),
        so_far.throughput + fixed * remaining / month_len,
        so_far.access + access_rate * remaining,
        so_far.backup + u.stored_now.iter().sum::<f64>() * backup_rate * remaining / month_len,
    );
    let mut notes = Vec::new();
    let days = u.window.seconds / 86400.0;
    if u.window.seconds <= 0.0 {
        notes.push("no CloudWatch history yet: findings need metrics; costs assume today's configuration".into());
    } else if u.storage_seconds + 3600.0 < u.now - since {
        notes.push(format!(
            "StorageBytes covers {:.1} of the {:.1} days since {}: the storage so far counts only those",
            u.storage_seconds / 86400.0,
            (u.now - since) / 86400.0,
            if since > u.month.0 { "creation" } else { "the month began" }
        ));
    }
    if u.mode == ThroughputMode::Provisioned {
        notes.push("Provisioned throughput is charged as configured now for the whole month so far".into());
    }
    if u.backups {
        notes.push(
            "backups are priced as one full copy in AWS Backup's warm storage; incremental ones add what changed"
                .into(),
        );
    }
    notes.push(UNMEASURED.into());
    let mut findings = Vec::new();
    let id = &u.id;

    // Data nobody read in the window stays in Standard without a lifecycle policy.
    let unread = (standard - u.window.read_bytes).max(0.0);
    if !u.has_lifecycle && standard >= WORTH_BYTES && days >= 7.0 && unread >= COLD_SHARE * standard {
        let ia_price = prices.storage(Tier::Ia, u.one_zone, u.mode);
        let saving = unread / GB * (rates[0] - ia_price);
        let age = crate::model::modes::TransitionAge::ALL
            .iter()
            .rev()
            .find(|a| f64::from(a.days()) <= days.min(30.0))
            .map_or(7, |a| a.days());
        findings.push(Finding {
            kind: FindingKind::ColdData,
            detail: format!(
                "no lifecycle policy, and at least {} of {} in Standard was not read in {days:.0} days; moving it to IA costs ${:.2} once",
                crate::units::bytes(unread as i64),
                crate::units::bytes(standard as i64),
                unread / GB * prices.tiering(Tier::Ia)
            ),
            monthly_saving: saving,
            command: format!("efsctl lifecycle set {id} --ia {age}d --back-on-access"),
        });
    }

    // Provisioned far above what the busiest minutes metered.
    if let (ThroughputMode::Provisioned, Some(level)) = (u.mode, u.provisioned_mibps)
        && u.window.seconds > 0.0
        && u.window.p99_metered * HEADROOM < level * MIB
    {
        let baseline = pricing::baseline_mibps(standard);
        let need = (u.window.p99_metered * HEADROOM / MIB).ceil().max(1.0);
        let (command, after) = if need <= baseline {
            (format!("efsctl tune {id} --throughput-mode bursting"), 0.0)
        } else {
            (
                format!("efsctl tune {id} --provisioned {need}"),
                pricing::billed_mibps(need, standard) * prices.provisioned,
            )
        };
        findings.push(Finding {
            kind: FindingKind::OverProvisioned,
            detail: format!(
                "provisioned {level} MiB/s; the busiest minutes (p99) metered {:.1} MiB/s over {days:.0} days (decreases wait 24 h after a change)",
                u.window.p99_metered / MIB
            ),
            monthly_saving: fixed - after,
            command,
        });
    }

    // A Bursting file system that ran out of credits was held to its baseline.
    if u.mode == ThroughputMode::Bursting && u.window.hours_without_credits > 0 {
        let per_month = if u.window.seconds > 0.0 {
            prices.elastic(u.elastic_window.0, u.elastic_window.1) / u.window.seconds * pricing::MONTH_SECS
        } else {
            0.0
        };
        findings.push(Finding {
            kind: FindingKind::Throttled,
            detail: format!(
                "{} minutes without burst credits in the last {:.0} days ({} of the last {:.0} hours touched zero): throttled to the baseline {:.1} MiB/s; Elastic would have served it for about ${per_month:.2}/month (efsctl tune {id} --recommend compares every mode)",
                u.window.minutes_without_credits,
                u.window.minute_data_seconds / 86400.0,
                u.window.hours_without_credits,
                u.window.seconds / 3600.0,
                throughput::baseline_rate(standard) / MIB
            ),
            monthly_saving: -per_month,
            command: format!("efsctl tune {id} --throughput-mode elastic"),
        });
    }

    // Nobody mounted it for the idle days.
    if u.window.max_connections == Some(0.0) && days >= f64::from(idle_days) {
        findings.push(Finding {
            kind: FindingKind::Idle,
            detail: format!("no client connected in {days:.0} days; deleting it saves everything it costs (back it up first if the data matters)"),
            monthly_saving: projected.total / month_len * pricing::MONTH_SECS,
            command: format!("efsctl delete {id} --force"),
        });
    }

    // Every client is in one AZ: One Zone storage costs less.
    if !u.one_zone && u.mount_target_azs == 1 && standard + u.stored_now[1] >= WORTH_BYTES {
        let oz = prices.storage_rates(true, u.mode);
        let saving: f64 = (0..2).map(|i| u.stored_now[i] / GB * (rates[i] - oz[i])).sum();
        findings.push(Finding {
            kind: FindingKind::OneZone,
            detail: "mount targets in one Availability Zone only: One Zone storage would cost less (and keeps one copy, in that zone)".into(),
            monthly_saving: saving,
            command: format!("efsctl replication create {id} --to-az AZ, then move clients to the replica"),
        });
    }
    Report { file_system_id: u.id.clone(), so_far, projected, findings, notes }
}

fn so_far_part(b: &Breakdown, t: Tier) -> f64 {
    match t {
        Tier::Standard => b.standard,
        Tier::Ia => b.ia,
        Tier::Archive => b.archive,
    }
}

/// The calendar month (UTC) an instant falls in: its first and last second, as epoch seconds.
pub fn month_of(epoch_secs: f64) -> (f64, f64) {
    use jiff::Timestamp;
    use jiff::tz::TimeZone;
    let t = Timestamp::from_second(epoch_secs.floor() as i64).unwrap_or(Timestamp::UNIX_EPOCH);
    let date = t.to_zoned(TimeZone::UTC).date();
    let first = date.first_of_month();
    let next = first.checked_add(jiff::Span::new().months(1)).unwrap_or(first);
    let secs = |d: jiff::civil::Date| {
        d.to_zoned(TimeZone::UTC).map(|z| z.timestamp().as_second() as f64).unwrap_or(epoch_secs)
    };
    (secs(first), secs(next))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const DAY: f64 = 86400.0;

    fn usage(mode: ThroughputMode, provisioned: Option<f64>, stored: f64) -> Usage {
        let month = month_of(1_796_000_000.0);
        let now = month.0 + 10.0 * DAY;
        Usage {
            id: "fs-1".into(),
            mode,
            provisioned_mibps: provisioned,
            one_zone: false,
            has_lifecycle: false,
            backups: false,
            mount_target_azs: 3,
            created: month.0 - 60.0 * DAY,
            now,
            month,
            stored_now: [stored, 0.0, 0.0],
            byte_seconds: [stored * 10.0 * DAY, 0.0, 0.0],
            storage_seconds: 10.0 * DAY,
            elastic_month: (0.0, 0.0),
            elastic_window: (0.0, 0.0),
            window: Window {
                seconds: 30.0 * DAY,
                read_bytes: stored,
                p99_metered: 0.0,
                hours_without_credits: 0,
                minutes_without_credits: 0,
                minute_data_seconds: 15.0 * DAY,
                max_connections: Some(2.0),
            },
        }
    }

    #[test]
    fn december_is_31_days() {
        let (a, b) = month_of(1_796_000_000.0); // 2026-11-29
        assert_eq!(b - a, 30.0 * DAY);
        let (a, b) = month_of(b + 1.0);
        assert_eq!(b - a, 31.0 * DAY);
    }

    #[test]
    fn storage_so_far_and_projected_follow_the_price() {
        let p = pricing::for_region("us-east-1");
        let u = usage(ThroughputMode::Bursting, None, 100.0 * GB);
        let r = report(&u, &p, 7);
        let month_len = u.month.1 - u.month.0;
        assert!((r.so_far.standard - 100.0 * 0.30 * 10.0 * DAY / month_len).abs() < 1e-9);
        assert!((r.projected.standard - 30.0).abs() < 1e-9, "a whole month of 100 GB: {}", r.projected.standard);
        assert!(r.findings.is_empty(), "{:?}", r.findings);
    }

    #[test]
    fn over_provisioned_cold_throttled_idle_and_one_zone_are_found_with_their_savings() {
        let p = pricing::for_region("us-east-1");
        let mut u = usage(ThroughputMode::Provisioned, Some(100.0), 10.0 * GB);
        u.window.p99_metered = 5.0 * MIB;
        u.window.read_bytes = 0.0;
        u.window.max_connections = Some(0.0);
        u.mount_target_azs = 1;
        let r = report(&u, &p, 7);
        let kinds: Vec<_> = r.findings.iter().map(|f| f.kind).collect();
        assert_eq!(
            kinds,
            [FindingKind::ColdData, FindingKind::OverProvisioned, FindingKind::Idle, FindingKind::OneZone]
        );
        // 10 GB unread: 10 × ($0.30 − $0.025).
        assert!((r.findings[0].monthly_saving - 10.0 * (0.30 - 0.025)).abs() < 1e-9);
        assert_eq!(r.findings[0].command, "efsctl lifecycle set fs-1 --ia 30d --back-on-access");
        // 100 MiB/s → 10 (twice the p99): (99.5 − 9.5) MiB/s × $6 saved (baseline 0.5 MiB/s → the 1 MiB/s floor).
        assert!((r.findings[1].monthly_saving - (99.0 - 9.0) * 6.0).abs() < 1e-9, "{:?}", r.findings[1]);
        assert_eq!(r.findings[1].command, "efsctl tune fs-1 --provisioned 10");
        assert!((r.findings[3].monthly_saving - 10.0 * (0.30 - 0.16)).abs() < 1e-9);

        let mut b = usage(ThroughputMode::Bursting, None, 10.0 * GB);
        b.window.hours_without_credits = 3;
        b.window.minutes_without_credits = 95;
        b.elastic_window = (30.0 * GB, 0.0);
        let r = report(&b, &p, 7);
        assert_eq!(r.findings[0].kind, FindingKind::Throttled);
        assert!(r.findings[0].monthly_saving < 0.0);
        assert!(
            r.findings[0]
                .detail
                .starts_with("95 minutes without burst credits in the last 15 days (3 of the last 720 hours"),
            "{}",
            r.findings[0].detail
        );
    }

    /// One Zone storage and its IA at their prices ($0.16, $0.0133), and a backed-up file system
    /// adds a full copy at AWS Backup's warm price ($0.05).
    #[test]
    fn one_zone_and_backups_are_priced_from_the_table() {
        let p = pricing::for_region("us-east-1");
        let mut u = usage(ThroughputMode::Elastic, None, 100.0 * GB);
        u.one_zone = true;
        u.stored_now = [100.0 * GB, 50.0 * GB, 0.0];
        u.backups = true;
        let r = report(&u, &p, 7);
        let month_len = u.month.1 - u.month.0;
        let left = (u.month.1 - u.now) / month_len;
        assert!((r.projected.ia - 50.0 * 0.0133 * left).abs() < 1e-9, "{:?}", r.projected);
        assert!((r.projected.standard - (100.0 * 0.16 * 10.0 * DAY / month_len + 100.0 * 0.16 * left)).abs() < 1e-9);
        assert!((r.projected.backup - (100.0 * 0.05 * 10.0 * DAY / month_len + 150.0 * 0.05 * left)).abs() < 1e-9);
        assert!(r.notes.iter().any(|n| n.contains("one full copy")));
    }

    proptest! {
        #[test]
        fn projections_never_fall_below_what_was_spent(stored in 0.0f64..1e14, day in 0.0f64..30.0, mibps in 1.0f64..3000.0) {
            let p = pricing::for_region("eu-west-1");
            let mut u = usage(ThroughputMode::Provisioned, Some(mibps), stored);
            u.now = u.month.0 + day * DAY;
            u.byte_seconds = [stored * day * DAY, 0.0, 0.0];
            let r = report(&u, &p, 7);
            prop_assert!(r.projected.total + 1e-9 >= r.so_far.total);
            prop_assert!(r.findings.iter().all(|f| f.monthly_saving.is_finite()));
        }
    }
}
