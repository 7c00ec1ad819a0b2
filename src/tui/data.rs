//! What the dashboard shows, as plain data: the collector fills it from the EFS and CloudWatch
//! APIs, the views render it, the snapshot tests build it by hand.

use efsctl_core::lifecycle::{Policy, Projection};
use efsctl_core::model::modes::{PerformanceMode, ThroughputMode};
use efsctl_core::throughput::{self, CreditOutlook};

use crate::metric_queries::AlarmView;

/// One file system in the fleet table.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FleetRow {
    pub id: String,
    pub name: String,
    pub state: String,
    pub performance: String,
    pub throughput_mode: String,
    pub provisioned_mibps: Option<f64>,
    /// Bytes per second over the latest complete minute.
    pub read: f64,
    pub write: f64,
    pub metadata: f64,
    /// Metered throughput as a percentage of the permitted throughput.
    pub percent_permitted: Option<f64>,
    pub credits: Option<f64>,
    /// Change of the balance over the latest minute (bytes).
    pub credit_trend: f64,
    /// Metered bytes: Standard, IA, Archive.
    pub size: [u64; 3],
    pub connections: Option<f64>,
    pub mount_targets_available: Option<usize>,
    pub mount_targets: usize,
    /// The CloudWatch alarms on its metrics.
    pub alarms: Vec<AlarmView>,
    /// Faults injected into the emulator that reach it (`fault-2 az-outage on us-east-1a`).
    pub faults: Vec<String>,
}

impl FleetRow {
    /// Its alarms in ALARM.
    pub fn firing(&self) -> impl Iterator<Item = &AlarmView> {
        self.alarms.iter().filter(|a| a.state_value == "ALARM")
    }

    pub fn total_size(&self) -> u64 {
        self.size.iter().sum()
    }

    pub fn throughput(&self) -> f64 {
        self.read + self.write + self.metadata
    }

    pub fn mode_label(&self) -> String {
        match (self.throughput_mode.as_str(), self.provisioned_mibps) {
            ("provisioned", Some(p)) => format!("prov {p:.0}"),
            ("bursting", _) => "bursting".into(),
            (m, _) => m.to_string(),
        }
    }
}

/// A metric series over the selected range: (epoch seconds, value), oldest first.
pub type Series = Vec<(f64, f64)>;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct MountTargetView {
    pub az: String,
    pub id: String,
    pub state: String,
    pub ip: String,
    pub security_groups: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct AccessPointView {
    pub id: String,
    pub name: String,
    pub path: String,
    pub posix_user: String,
}

/// One file system in depth.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Detail {
    pub row: FleetRow,
    pub range_secs: u64,
    pub now: f64,
    /// Bytes per second, one point per minute.
    pub read: Series,
    pub write: Series,
    pub metadata: Series,
    pub permitted: Series,
    /// Bytes.
    pub credits: Series,
    pub percent_io_limit: Series,
    /// Metered bytes per second over the last five minutes with data (for the forecast).
    pub metered_rate: f64,
    pub lifecycle: Policy,
    /// Files by class and what moves next (the emulator knows; AWS does not say).
    pub projection: Option<Projection>,
    pub mount_targets: Vec<MountTargetView>,
    pub access_points: Vec<AccessPointView>,
    /// When efsctl last changed the throughput (the 24-hour rule counts from there).
    pub last_throughput_change: Option<f64>,
    /// The region it is in (limits vary by region).
    pub region: String,
}

impl Detail {
    pub fn credit_outlook(&self) -> Option<CreditOutlook> {
        let balance = self.credits.last()?.1;
        (self.row.throughput_mode == "bursting")
            .then(|| throughput::credit_outlook(balance, self.metered_rate, &self.bursting_profile()))
    }

    /// The model's view of this file system as Bursting (One Zone or not: Bursting's limits are the region's).
    fn bursting_profile(&self) -> throughput::Profile {
        let performance = self.row.performance.parse().unwrap_or(PerformanceMode::GeneralPurpose);
        throughput::Profile::new(
            &self.region,
            ThroughputMode::Bursting,
            None,
            self.row.size[0] as f64,
            false,
            performance,
        )
    }

    /// Seconds until the 24-hour rule allows the next mode change or decrease.
    pub fn lock_remaining(&self) -> Option<f64> {
        let until = self.last_throughput_change? + efsctl_core::model::limits::THROUGHPUT_CHANGE_COOLDOWN_SECS;
        (until > self.now).then_some(until - self.now)
    }
}

/// Something that changed between two polls, shown in the detail view.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub at: f64,
    pub file_system: String,
    pub text: String,
}

/// What changed from `before` to `after` (state, throughput mode, mount targets).
pub fn changes(before: &FleetRow, after: &FleetRow, at: f64) -> Vec<Event> {
    let mut out = Vec::new();
    let mut push = |text: String| out.push(Event { at, file_system: after.id.clone(), text });
    if before.state != after.state {
        push(format!("state {} → {}", before.state, after.state));
    }
    if before.mode_label() != after.mode_label() {
        push(format!("throughput {} → {}", before.mode_label(), after.mode_label()));
    }
    if before.mount_targets != after.mount_targets {
        push(format!("mount targets {} → {}", before.mount_targets, after.mount_targets));
    }
    for f in after.faults.iter().filter(|f| !before.faults.contains(f)) {
        push(format!("{f} began"));
    }
    for f in before.faults.iter().filter(|f| !after.faults.contains(f)) {
        push(format!("{f} ended"));
    }
    for a in &after.alarms {
        let was = before.alarms.iter().find(|b| b.alarm_name == a.alarm_name).map(|b| b.state_value.as_str());
        if was.is_some_and(|w| w != a.state_value) {
            push(format!("alarm {} {} → {}", a.alarm_name, was.unwrap_or_default(), a.state_value));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_between_polls() {
        let a = FleetRow {
            id: "fs-1".into(),
            state: "available".into(),
            throughput_mode: "bursting".into(),
            mount_targets: 1,
            ..Default::default()
        };
        let b = FleetRow {
            throughput_mode: "provisioned".into(),
            provisioned_mibps: Some(64.0),
            mount_targets: 2,
            ..a.clone()
        };
        let e = changes(&a, &b, 5.0);
        assert_eq!(
            e.iter().map(|e| e.text.as_str()).collect::<Vec<_>>(),
            ["throughput bursting → prov 64", "mount targets 1 → 2"]
        );
        assert!(changes(&a, &a, 1.0).is_empty());
        let alarm = |state: &str| AlarmView {
            alarm_name: "efsctl-fs-1-credits-low".into(),
            state_value: state.into(),
            ..Default::default()
        };
        let ok = FleetRow { alarms: vec![alarm("OK")], ..a.clone() };
        let firing = FleetRow { alarms: vec![alarm("ALARM")], ..a.clone() };
        let e = changes(&ok, &FleetRow { faults: vec!["fault-1 io-error".into()], ..firing.clone() }, 5.0);
        assert_eq!(e[0].text, "fault-1 io-error began");
        let e = changes(&ok, &firing, 5.0);
        assert_eq!(e.iter().map(|e| e.text.as_str()).collect::<Vec<_>>(), ["alarm efsctl-fs-1-credits-low OK → ALARM"]);
    }
}
