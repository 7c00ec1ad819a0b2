//! Lifecycle tiering as pure decisions (docs/efs-model.md, "Storage classes and lifecycle"): where a
//! file belongs given a lifecycle configuration, its size, storage class and last data access,
//! and the time; what a configuration will move over the coming days; what storage costs.
//! No I/O: the storage engine moves the bytes, the emulator's sweeper applies the decisions.

use crate::model::metering;
use crate::model::modes::TransitionAge;
use crate::pricing;

/// IA and Archive bill at least this much per file. Smaller files move too: AWS tiers them for
/// lifecycle policies set on or after 2023-11-26, which every policy the emulator holds is
/// (its clock starts at the real time and never goes back). [sizes]
pub const MIN_COLD_BYTES: u64 = 128 * 1024;
pub const DAY: f64 = 86_400.0;

/// A storage class. The order is the order data cools in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub enum Tier {
    Standard,
    Ia,
    Archive,
}

impl Tier {
    pub const ALL: [Tier; 3] = [Tier::Standard, Tier::Ia, Tier::Archive];

    /// The name stored in the engine's metadata.
    pub fn as_str(self) -> &'static str {
        match self {
            Tier::Standard => "STANDARD",
            Tier::Ia => "IA",
            Tier::Archive => "ARCHIVE",
        }
    }

    pub fn parse(s: &str) -> Option<Tier> {
        Tier::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// The class as CloudWatch and the console name it.
    pub fn label(self) -> &'static str {
        match self {
            Tier::Standard => "Standard",
            Tier::Ia => "IA",
            Tier::Archive => "Archive",
        }
    }

    /// Extra time to the first byte of a read, in seconds ("tens of milliseconds" for cold data).
    pub fn first_byte_latency(self) -> f64 {
        match self {
            Tier::Standard => 0.0,
            Tier::Ia => 0.020,
            Tier::Archive => 0.050,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// A lifecycle configuration, as the decisions need it.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Policy {
    pub ia: Option<TransitionAge>,
    pub archive: Option<TransitionAge>,
    /// TransitionToPrimaryStorageClass AFTER_1_ACCESS: the first read brings a file back.
    pub back_on_access: bool,
}

/// What the decisions know of one regular file.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FileState {
    pub size: u64,
    pub tier: Tier,
    /// Last read or write of the data, epoch seconds.
    pub last_access: f64,
}

fn after(age: Option<TransitionAge>) -> Option<f64> {
    age.map(|a| f64::from(a.days()) * DAY)
}

impl Policy {
    /// The class `file` belongs in at `now` if nobody touches it, or `None` to stay.
    /// Files are never moved back to Standard by time, only by access.
    pub fn decide(&self, file: &FileState, now: f64) -> Option<Tier> {
        let idle = now - file.last_access;
        if file.tier < Tier::Archive && after(self.archive).is_some_and(|a| idle >= a) {
            return Some(Tier::Archive);
        }
        if file.tier == Tier::Standard && after(self.ia).is_some_and(|a| idle >= a) {
            return Some(Tier::Ia);
        }
        None
    }

    /// Where a read of a file in `tier` sends it.
    pub fn on_read(&self, tier: Tier) -> Option<Tier> {
        (self.back_on_access && tier != Tier::Standard).then_some(Tier::Standard)
    }

    /// Last-access cutoffs for the engine's candidate queries: files in Standard idle since
    /// before the first, and files in Standard or IA idle since before the second, may move.
    pub fn cutoffs(&self, now: f64) -> (Option<f64>, Option<f64>) {
        (after(self.ia).map(|a| now - a), after(self.archive).map(|a| now - a))
    }

    pub fn is_empty(&self) -> bool {
        self.ia.is_none() && self.archive.is_none()
    }
}

/// Bytes by storage class as EFS meters and bills them.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ClassBytes {
    pub files: [u64; 3],
    /// Metered bytes: file data (4 KiB units) in its class; metadata always counts as Standard.
    pub metered: [u64; 3],
    /// What IA and Archive bill beyond the metered bytes (the 128 KiB minimum per file).
    pub overhead: [u64; 3],
}

impl ClassBytes {
    /// Counts a regular file.
    pub fn add(&mut self, size: u64, tier: Tier) {
        let data = metering::file_data_bytes(size);
        let i = tier.index();
        self.files[i] += 1;
        self.metered[Tier::Standard.index()] += metering::METADATA_BYTES;
        self.metered[i] += data;
        if tier != Tier::Standard {
            self.overhead[i] += MIN_COLD_BYTES.saturating_sub(data);
        }
    }

    /// Counts bytes that always stay in Standard (directories, links, metadata).
    pub fn add_standard(&mut self, bytes: u64) {
        self.metered[Tier::Standard.index()] += bytes;
    }

    pub fn files(&self, tier: Tier) -> u64 {
        self.files[tier.index()]
    }

    pub fn metered(&self, tier: Tier) -> u64 {
        self.metered[tier.index()]
    }

    /// Metered bytes over every class (`SizeInBytes.Value`).
    pub fn metered_total(&self) -> u64 {
        self.metered.iter().sum()
    }

    pub fn overhead(&self, tier: Tier) -> u64 {
        self.overhead[tier.index()]
    }

    /// Monthly storage charge of one class: billed bytes × the class's price in `rates`
    /// (`Prices::storage_rates`).
    pub fn monthly_cost(&self, tier: Tier, rates: &[f64; 3]) -> f64 {
        (self.metered(tier) + self.overhead(tier)) as f64 / pricing::GB * rates[tier.index()]
    }

    pub fn total_monthly_cost(&self, rates: &[f64; 3]) -> f64 {
        Tier::ALL.into_iter().map(|t| self.monthly_cost(t, rates)).sum()
    }
}

/// Where the files will be after `days` of nobody touching them.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Outlook {
    pub days: u32,
    pub classes: ClassBytes,
    /// Files and data bytes that move to IA and to Archive by then.
    pub to_ia: (u64, u64),
    pub to_archive: (u64, u64),
}

/// The census now and the outlook at each horizon, in one pass over the files.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Projection {
    pub now: ClassBytes,
    pub outlook: Vec<Outlook>,
}

/// Bytes read from and moved into the cold classes since the file system was created (what
/// EFS charges access and transition fees on).
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TieringCounters {
    pub ia_read_bytes: u64,
    pub archive_read_bytes: u64,
    pub to_ia_bytes: u64,
    pub to_archive_bytes: u64,
}

/// What one sweep did.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SweepReport {
    /// Files whose lifecycle decision was evaluated.
    pub considered: u64,
    pub to_ia_files: u64,
    pub to_ia_bytes: u64,
    pub to_archive_files: u64,
    pub to_archive_bytes: u64,
    /// Due files left in place because they were open (they move once closed).
    pub skipped_open: u64,
    /// `false` when the time budget ran out with candidates left.
    pub complete: bool,
}

pub fn project(policy: &Policy, files: impl IntoIterator<Item = FileState>, now: f64, horizons: &[u32]) -> Projection {
    let mut p = Projection {
        now: ClassBytes::default(),
        outlook: horizons
            .iter()
            .map(|&days| Outlook { days, classes: ClassBytes::default(), to_ia: (0, 0), to_archive: (0, 0) })
            .collect(),
    };
    for f in files {
        p.now.add(f.size, f.tier);
        for o in &mut p.outlook {
            let tier = policy.decide(&f, now + f64::from(o.days) * DAY).unwrap_or(f.tier);
            o.classes.add(f.size, tier);
            let moved = match tier {
                t if t == f.tier => None,
                Tier::Ia => Some(&mut o.to_ia),
                _ => Some(&mut o.to_archive),
            };
            if let Some((n, bytes)) = moved {
                *n += 1;
                *bytes += f.size;
            }
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;
    use TransitionAge::*;
    use proptest::prelude::*;

    fn file(size: u64, tier: Tier, last_access: f64) -> FileState {
        FileState { size, tier, last_access }
    }

    #[test]
    fn examples() {
        let p = Policy { ia: Some(After7Days), archive: Some(After30Days), back_on_access: true };
        let big = 1 << 20;
        assert_eq!(p.decide(&file(big, Tier::Standard, 0.0), 6.9 * DAY), None);
        assert_eq!(p.decide(&file(big, Tier::Standard, 0.0), 7.0 * DAY), Some(Tier::Ia));
        assert_eq!(p.decide(&file(big, Tier::Ia, 0.0), 29.0 * DAY), None);
        assert_eq!(p.decide(&file(big, Tier::Ia, 0.0), 30.0 * DAY), Some(Tier::Archive));
        assert_eq!(p.decide(&file(big, Tier::Standard, 0.0), 31.0 * DAY), Some(Tier::Archive));
        // [sizes] "Support for files smaller than 128 KiB is only available for lifecycle
        // policies updated on or after 12:00 PM PT, November 26, 2023": they move (and bill 128 KiB).
        assert_eq!(p.decide(&file(1, Tier::Standard, 0.0), 8.0 * DAY), Some(Tier::Ia), "small files move too");
        assert_eq!(p.on_read(Tier::Archive), Some(Tier::Standard));
        assert_eq!(Policy { back_on_access: false, ..p }.on_read(Tier::Ia), None);
        assert_eq!(Policy::default().decide(&file(big, Tier::Standard, 0.0), 1e12), None);
    }

    #[test]
    fn class_bytes_keep_metadata_in_standard_and_bill_the_minimum() {
        let mut c = ClassBytes::default();
        c.add(200 * 1024, Tier::Ia);
        c.add(1, Tier::Archive);
        assert_eq!(c.metered(Tier::Standard), 2 * metering::METADATA_BYTES);
        assert_eq!(c.metered(Tier::Ia), 200 * 1024);
        assert_eq!(c.overhead(Tier::Ia), 0);
        assert_eq!(c.metered(Tier::Archive), 4096);
        assert_eq!(c.overhead(Tier::Archive), MIN_COLD_BYTES - 4096);
        let gb = pricing::GB as u64;
        let mut one = ClassBytes::default();
        one.add(gb, Tier::Ia);
        let rates = [0.30, 0.025, 0.008];
        assert!((one.monthly_cost(Tier::Ia, &rates) - 0.025).abs() < 1e-9);
    }

    fn tier() -> impl Strategy<Value = Tier> {
        prop::sample::select(Tier::ALL.to_vec())
    }

    fn age() -> impl Strategy<Value = Option<TransitionAge>> {
        prop::option::of(prop::sample::select(TransitionAge::ALL.to_vec()))
    }

    proptest! {
        /// Files only cool with time, never warm, whatever their size; a decision made at one
        /// time still holds later (the sweep may run late without changing outcomes).
        #[test]
        fn decisions_are_monotonic(ia in age(), archive in age(), size in 0u64..(1 << 30), t in tier(), idle in 0.0f64..(400.0 * DAY), later in 0.0f64..(400.0 * DAY)) {
            let p = Policy { ia, archive, back_on_access: false };
            let f = file(size, t, 0.0);
            match p.decide(&f, idle) {
                Some(to) => {
                    prop_assert!(to > t);
                    prop_assert!(p.decide(&f, idle + later).is_some_and(|l| l >= to));
                }
                None => prop_assert!(p.decide(&f, (idle - later).max(0.0)).is_none()),
            }
        }

        /// The projection counts every file once per horizon and moves as much as it says.
        #[test]
        fn projection_conserves_files(ia in age(), sizes in prop::collection::vec((0u64..(1 << 22), tier(), 0.0f64..(100.0 * DAY)), 0..60)) {
            let p = Policy { ia, archive: None, back_on_access: false };
            let files: Vec<FileState> = sizes.iter().map(|&(s, t, a)| file(s, t, a)).collect();
            let proj = project(&p, files.clone(), 100.0 * DAY, &[1, 7, 30]);
            let total: u64 = Tier::ALL.iter().map(|&t| proj.now.files(t)).sum();
            prop_assert_eq!(total, files.len() as u64);
            for o in &proj.outlook {
                prop_assert_eq!(Tier::ALL.iter().map(|&t| o.classes.files(t)).sum::<u64>(), total);
                prop_assert_eq!(o.classes.files(Tier::Ia), proj.now.files(Tier::Ia) + o.to_ia.0);
                prop_assert_eq!(o.to_archive.0, 0);
            }
        }
    }
}
