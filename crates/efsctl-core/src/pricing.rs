//! us-east-1 list prices (docs/efs-model.md, "Prices") and the throughput arithmetic estimates need.

use crate::model::modes::ThroughputMode;

pub const STANDARD_GB_MONTH: f64 = 0.30;
pub const IA_GB_MONTH: f64 = 0.016;
pub const ARCHIVE_GB_MONTH: f64 = 0.008;
/// Reading one GB from IA or Archive.
pub const IA_ACCESS_GB: f64 = 0.01;
pub const ARCHIVE_ACCESS_GB: f64 = 0.03;
pub const ELASTIC_READ_GB: f64 = 0.03;
pub const ELASTIC_WRITE_GB: f64 = 0.06;
pub const PROVISIONED_MIBPS_MONTH: f64 = 6.00;
/// AWS bills storage per GB-month with 1 GB = 2^30 bytes.
pub const GB: f64 = 1024.0 * 1024.0 * 1024.0;

/// Bursting baseline throughput in MiB/s for `standard_bytes` of Standard storage (the
/// throughput model's formula).
pub fn baseline_mibps(standard_bytes: i64) -> f64 {
    crate::throughput::baseline_rate(standard_bytes.max(0) as f64) / crate::throughput::MIB
}

/// The fixed monthly throughput charge of a mode; `None` for Elastic, which bills per byte.
pub fn monthly_throughput_cost(
    mode: ThroughputMode,
    provisioned_mibps: Option<f64>,
    standard_bytes: i64,
) -> Option<f64> {
    match mode {
        ThroughputMode::Bursting => Some(0.0),
        // Only the part above what bursting would give for the stored size is billed.
        ThroughputMode::Provisioned => {
            Some((provisioned_mibps.unwrap_or(0.0) - baseline_mibps(standard_bytes)).max(0.0) * PROVISIONED_MIBPS_MONTH)
        }
        ThroughputMode::Elastic => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn examples() {
        assert_eq!(baseline_mibps(0), 1.0);
        assert!((baseline_mibps(1024 * 1024 * 1024 * 1024) - 50.0).abs() < 1e-9);
        assert_eq!(monthly_throughput_cost(ThroughputMode::Provisioned, Some(11.0), 0), Some(60.0));
        assert_eq!(monthly_throughput_cost(ThroughputMode::Elastic, None, 0), None);
    }

    proptest! {
        #[test]
        fn provisioned_cost_never_negative_and_grows(mibps in 1.0f64..3414.0, bytes in 0i64..(1 << 50)) {
            let c = monthly_throughput_cost(ThroughputMode::Provisioned, Some(mibps), bytes).unwrap();
            let more = monthly_throughput_cost(ThroughputMode::Provisioned, Some(mibps + 1.0), bytes).unwrap();
            prop_assert!(c >= 0.0 && more >= c);
        }
    }
}
