//! EFS list prices per region, from the table compiled in from `data/prices.toml` (its sources
//! and dates are in the file and in docs/efs-model.md, "Prices"), and the arithmetic every cost
//! efsctl prints goes through: storage by class (Regional or One Zone, IA by throughput mode),
//! Provisioned throughput above the Bursting baseline, Elastic reads and writes, IA and Archive
//! reads and tiering, AWS Backup.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::lifecycle::Tier;
use crate::model::modes::ThroughputMode;

/// AWS bills storage per GB-month with 1 GB = 2^30 bytes.
pub const GB: f64 = 1024.0 * 1024.0 * 1024.0;
/// The month of AWS's pricing examples: 730 hours.
pub const MONTH_SECS: f64 = 730.0 * 3600.0;
/// The region whose figures stand in for those a region's entry leaves out.
pub const REFERENCE_REGION: &str = "us-east-1";

const TABLE: &str = include_str!("../data/prices.toml");

macro_rules! figures {
    ($($(#[$doc:meta])* $name:ident),+ $(,)?) => {
        /// One region's entry in the table: any figure may be missing.
        #[derive(Debug, Clone, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Entry {
            source: String,
            date: String,
            $($name: Option<f64>,)+
        }

        /// The prices of one region, complete: figures its entry lacks are the reference
        /// region's, named in `estimated`.
        #[derive(Debug, Clone, PartialEq, serde::Serialize)]
        pub struct Prices {
            pub region: String,
            /// Where the region's own figures come from, and their date.
            pub source: String,
            pub date: String,
            /// Figures taken from the reference region because the table has none for this one.
            pub estimated: Vec<&'static str>,
            $($(#[$doc])* pub $name: f64,)+
        }

        fn resolve(region: &str, own: Option<&Entry>, reference: &Entry) -> Prices {
            let mut estimated = Vec::new();
            let mut pick = |name: &'static str, mine: Option<f64>, theirs: Option<f64>| {
                mine.unwrap_or_else(|| {
                    estimated.push(name);
                    theirs.expect("the reference region has every figure (tested)")
                })
            };
            $(let $name = pick(stringify!($name), own.and_then(|e| e.$name), reference.$name);)+
            let (source, date) = match own {
                Some(e) => (e.source.clone(), e.date.clone()),
                None => (format!("none for {region}: {REFERENCE_REGION}'s figures"), reference.date.clone()),
            };
            Prices { region: region.to_string(), source, date, estimated, $($name,)+ }
        }

        #[cfg(test)]
        fn missing(e: &Entry) -> Vec<&'static str> {
            let mut out = Vec::new();
            $(if e.$name.is_none() { out.push(stringify!($name)); })+
            out
        }
    };
}

figures!(
    /// Regional Standard storage, per GB-month.
    standard,
    /// Regional IA on Bursting and Provisioned file systems.
    ia,
    /// Regional IA on Elastic file systems (its own SKU).
    ia_elastic,
    archive,
    one_zone_standard,
    one_zone_ia,
    /// Reading from IA or Archive, per GB (128 KiB minimum per access).
    ia_read,
    archive_read,
    /// Moving data into IA or Archive, per GB.
    ia_tiering,
    archive_tiering,
    /// Elastic throughput, per GB read and written.
    elastic_read,
    elastic_write,
    /// Provisioned throughput above the Bursting baseline, per MiB/s-month.
    provisioned,
    /// AWS Backup for EFS: warm and cold storage per GB-month.
    backup_warm,
    backup_cold,
);

fn table() -> &'static BTreeMap<String, Entry> {
    static TABLE_PARSED: OnceLock<BTreeMap<String, Entry>> = OnceLock::new();
    TABLE_PARSED.get_or_init(|| toml::from_str(TABLE).expect("data/prices.toml parses (tested)"))
}

/// The prices of `region`; a region the table lacks gets the reference region's, all estimated.
pub fn for_region(region: &str) -> Prices {
    let t = table();
    resolve(region, t.get(region), &t[REFERENCE_REGION])
}

impl Prices {
    /// Storage per GB-month of a class, for Regional or One Zone storage and a throughput mode.
    /// (One Zone has no Archive class; its IA is one price in every mode.)
    pub fn storage(&self, tier: Tier, one_zone: bool, mode: ThroughputMode) -> f64 {
        match (tier, one_zone) {
            (Tier::Standard, false) => self.standard,
            (Tier::Standard, true) => self.one_zone_standard,
            (Tier::Ia, true) => self.one_zone_ia,
            (Tier::Ia, false) if mode == ThroughputMode::Elastic => self.ia_elastic,
            (Tier::Ia, false) => self.ia,
            (Tier::Archive, _) => self.archive,
        }
    }

    /// The three storage prices in tier order, for `ClassBytes::monthly_cost`.
    pub fn storage_rates(&self, one_zone: bool, mode: ThroughputMode) -> [f64; 3] {
        Tier::ALL.map(|t| self.storage(t, one_zone, mode))
    }

    /// Reading one GB from a class (nothing for Standard).
    pub fn access(&self, tier: Tier) -> f64 {
        match tier {
            Tier::Standard => 0.0,
            Tier::Ia => self.ia_read,
            Tier::Archive => self.archive_read,
        }
    }

    /// Moving one GB into a class (nothing into Standard).
    pub fn tiering(&self, tier: Tier) -> f64 {
        match tier {
            Tier::Standard => 0.0,
            Tier::Ia => self.ia_tiering,
            Tier::Archive => self.archive_tiering,
        }
    }

    /// The fixed monthly throughput charge of a mode; `None` for Elastic, which bills per byte.
    pub fn monthly_throughput(
        &self,
        mode: ThroughputMode,
        provisioned_mibps: Option<f64>,
        standard_bytes: f64,
    ) -> Option<f64> {
        match mode {
            ThroughputMode::Bursting => Some(0.0),
            // Only the part above what bursting would give for the stored size is billed.
            ThroughputMode::Provisioned => {
                Some(billed_mibps(provisioned_mibps.unwrap_or(0.0), standard_bytes) * self.provisioned)
            }
            ThroughputMode::Elastic => None,
        }
    }

    /// Elastic throughput charges for bytes read and written (as metered for billing).
    pub fn elastic(&self, read_bytes: f64, write_bytes: f64) -> f64 {
        read_bytes / GB * self.elastic_read + write_bytes / GB * self.elastic_write
    }
}

/// Bursting baseline throughput in MiB/s for `standard_bytes` of Standard storage (the
/// throughput model's formula).
pub fn baseline_mibps(standard_bytes: f64) -> f64 {
    crate::throughput::baseline_rate(standard_bytes.max(0.0)) / crate::throughput::MIB
}

/// The MiB/s of a Provisioned amount that is billed: what exceeds the Bursting baseline.
pub fn billed_mibps(provisioned_mibps: f64, standard_bytes: f64) -> f64 {
    (provisioned_mibps - baseline_mibps(standard_bytes)).max(0.0)
}

#[cfg(test)]
mod tests {
    //! One test per price, named after the fact, citing its source (data/prices.toml).
    use super::*;
    use ThroughputMode::*;
    use proptest::prelude::*;

    #[test]
    fn the_table_parses_and_the_reference_region_has_every_figure() {
        assert!(missing(&table()[REFERENCE_REGION]).is_empty());
        for (region, e) in table() {
            assert!(crate::model::regions::find(region).is_some(), "{region} is not a region the emulator serves");
            assert!(jiff::civil::Date::strptime("%Y-%m-%d", &e.date).is_ok(), "{region}: date {}", e.date);
        }
        assert!(for_region(REFERENCE_REGION).estimated.is_empty());
    }

    /// aws.amazon.com/efs/pricing, US East (N. Virginia): Standard $0.30, IA $0.025 on
    /// Bursting/Provisioned and $0.016 on Elastic, Archive $0.008, One Zone $0.16, One Zone IA $0.0133.
    #[test]
    fn us_east_1_storage_is_0_30_standard_0_025_or_0_016_ia_0_008_archive_0_16_one_zone() {
        let p = for_region("us-east-1");
        assert_eq!(p.storage_rates(false, Bursting), [0.30, 0.025, 0.008]);
        assert_eq!(p.storage_rates(false, Elastic), [0.30, 0.016, 0.008]);
        assert_eq!(p.storage_rates(true, Provisioned)[..2], [0.16, 0.0133]);
    }

    /// Same page: Elastic $0.03/GB read, $0.06/GB written; IA read and tiering $0.01/GB, Archive
    /// $0.03/GB; Provisioned $6.00 per MiB/s-month; AWS Backup warm $0.05, cold $0.01.
    #[test]
    fn us_east_1_access_tiering_throughput_and_backup() {
        let p = for_region("us-east-1");
        assert_eq!((p.elastic_read, p.elastic_write), (0.03, 0.06));
        assert_eq!((p.access(Tier::Ia), p.tiering(Tier::Ia)), (0.01, 0.01));
        assert_eq!((p.access(Tier::Archive), p.tiering(Tier::Archive)), (0.03, 0.03));
        assert_eq!((p.provisioned, p.backup_warm, p.backup_cold), (6.00, 0.05, 0.01));
    }

    /// AWS Price List rows for EU (Ireland), effective 2021-03-01: Standard $0.33, IA $0.025,
    /// One Zone $0.176, One Zone IA $0.0133, IA access and tiering $0.011/GB.
    #[test]
    fn eu_west_1_storage_is_0_33_and_ia_access_0_011() {
        let p = for_region("eu-west-1");
        assert_eq!(p.storage_rates(false, Bursting)[..2], [0.33, 0.025]);
        assert_eq!(p.storage_rates(true, Bursting)[..2], [0.176, 0.0133]);
        assert_eq!((p.ia_read, p.ia_tiering), (0.011, 0.011));
        assert!(p.estimated.contains(&"elastic_read") && !p.estimated.contains(&"standard"));
    }

    /// AWS Price List rows, effective 2017-06-01: Standard $0.36 in Frankfurt and Sydney.
    #[test]
    fn eu_central_1_and_ap_southeast_2_standard_is_0_36() {
        assert_eq!(for_region("eu-central-1").standard, 0.36);
        assert_eq!(for_region("ap-southeast-2").standard, 0.36);
    }

    #[test]
    fn a_region_without_an_entry_says_every_figure_is_estimated() {
        let p = for_region("sa-east-1");
        assert_eq!(p.standard, 0.30);
        assert_eq!(p.estimated.len(), 15);
        assert!(p.source.contains("none for sa-east-1"));
    }

    #[test]
    fn provisioned_bills_only_above_the_baseline() {
        let p = for_region("us-east-1");
        assert_eq!(baseline_mibps(0.0), 1.0);
        assert!((baseline_mibps(GB * 1024.0) - 50.0).abs() < 1e-9);
        assert_eq!(p.monthly_throughput(Provisioned, Some(11.0), 0.0), Some(60.0));
        assert_eq!(p.monthly_throughput(Elastic, None, 0.0), None);
    }

    proptest! {
        #[test]
        fn provisioned_cost_never_negative_and_grows(mibps in 1.0f64..3414.0, bytes in 0f64..1e15) {
            let p = for_region("us-east-1");
            let c = p.monthly_throughput(Provisioned, Some(mibps), bytes).unwrap();
            let more = p.monthly_throughput(Provisioned, Some(mibps + 1.0), bytes).unwrap();
            prop_assert!(c >= 0.0 && more >= c);
        }
    }
}
