//! Rules that combine several settings of a file system. The emulator enforces them on API
//! calls; the CLI checks them before making any call.

use super::limits::{MAX_PROVISIONED_MIBPS, MIN_PROVISIONED_MIBPS};
use super::modes::{PerformanceMode, ThroughputMode, TransitionAge};

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RuleError {
    #[error("provisioned throughput must be at least {MIN_PROVISIONED_MIBPS} MiB/s")]
    ProvisionedTooLow,
    #[error("provisioned throughput {0} MiB/s exceeds the limit of {MAX_PROVISIONED_MIBPS} MiB/s")]
    ProvisionedTooHigh(f64),
    #[error("provisioned throughput mode needs a throughput value in MiB/s")]
    ProvisionedMissing,
    #[error("a provisioned throughput value only applies to the provisioned throughput mode")]
    ProvisionedWithoutMode,
    #[error("Max I/O performance mode is not supported with Elastic throughput")]
    MaxIoWithElastic,
    #[error("One Zone file systems support only the General Purpose performance mode")]
    MaxIoWithOneZone,
    #[error("the transition to Archive ({archive} days) must come after the transition to IA ({ia} days)")]
    ArchiveBeforeIa { ia: u32, archive: u32 },
    #[error("the Archive storage class needs Elastic throughput and the General Purpose performance mode")]
    ArchiveNeedsElastic,
}

pub fn check_provisioned(mibps: f64) -> Result<(), RuleError> {
    if !mibps.is_finite() || mibps < MIN_PROVISIONED_MIBPS {
        return Err(RuleError::ProvisionedTooLow);
    }
    if mibps > MAX_PROVISIONED_MIBPS {
        return Err(RuleError::ProvisionedTooHigh(mibps));
    }
    Ok(())
}

/// Performance mode, throughput mode, provisioned value and One Zone placement together.
pub fn check_modes(
    performance: PerformanceMode,
    throughput: ThroughputMode,
    provisioned: Option<f64>,
    one_zone: bool,
) -> Result<(), RuleError> {
    match (throughput, provisioned) {
        (ThroughputMode::Provisioned, None) => return Err(RuleError::ProvisionedMissing),
        (ThroughputMode::Provisioned, Some(v)) => check_provisioned(v)?,
        (_, Some(_)) => return Err(RuleError::ProvisionedWithoutMode),
        _ => {}
    }
    if performance == PerformanceMode::MaxIo && throughput == ThroughputMode::Elastic {
        return Err(RuleError::MaxIoWithElastic);
    }
    if performance == PerformanceMode::MaxIo && one_zone {
        return Err(RuleError::MaxIoWithOneZone);
    }
    Ok(())
}

/// Lifecycle transitions against the file system's modes.
pub fn check_transitions(
    ia: Option<TransitionAge>,
    archive: Option<TransitionAge>,
    throughput: ThroughputMode,
    performance: PerformanceMode,
) -> Result<(), RuleError> {
    if let (Some(ia), Some(archive)) = (ia, archive)
        && archive.days() <= ia.days()
    {
        return Err(RuleError::ArchiveBeforeIa { ia: ia.days(), archive: archive.days() });
    }
    if archive.is_some() && (throughput != ThroughputMode::Elastic || performance != PerformanceMode::GeneralPurpose) {
        return Err(RuleError::ArchiveNeedsElastic);
    }
    Ok(())
}

/// Whether the 24-hour rule governs a throughput change: a change of mode, or a decrease of
/// the provisioned amount (increases are always allowed). The emulator reads the broader
/// wording of the API (docs/efs-model.md, "Throughput modes").
pub fn cooldown_applies(from: (ThroughputMode, Option<f64>), to: (ThroughputMode, Option<f64>)) -> bool {
    from.0 != to.0 || matches!((from.1, to.1), (Some(old), Some(new)) if new < old)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn combinations() {
        use PerformanceMode::*;
        use ThroughputMode::*;
        assert_eq!(check_modes(MaxIo, Elastic, None, false), Err(RuleError::MaxIoWithElastic));
        assert_eq!(check_modes(MaxIo, Bursting, None, true), Err(RuleError::MaxIoWithOneZone));
        assert_eq!(check_modes(GeneralPurpose, Provisioned, None, false), Err(RuleError::ProvisionedMissing));
        assert_eq!(check_modes(GeneralPurpose, Elastic, Some(5.0), false), Err(RuleError::ProvisionedWithoutMode));
        assert!(check_modes(GeneralPurpose, Provisioned, Some(5.0), true).is_ok());
        assert!(
            check_transitions(
                Some(TransitionAge::After30Days),
                Some(TransitionAge::After7Days),
                Elastic,
                GeneralPurpose
            )
            .is_err()
        );
        assert_eq!(
            check_transitions(None, Some(TransitionAge::After7Days), Bursting, GeneralPurpose),
            Err(RuleError::ArchiveNeedsElastic)
        );
    }

    #[test]
    fn the_24_hour_rule_governs_mode_changes_and_decreases_only() {
        use ThroughputMode::*;
        assert!(cooldown_applies((Bursting, None), (Elastic, None)));
        assert!(cooldown_applies((Provisioned, Some(100.0)), (Provisioned, Some(50.0))));
        assert!(!cooldown_applies((Provisioned, Some(100.0)), (Provisioned, Some(200.0))));
        assert!(!cooldown_applies((Elastic, None), (Elastic, None)));
    }

    proptest! {
        #[test]
        fn provisioned_range(v in -10.0f64..5000.0) {
            prop_assert_eq!(check_provisioned(v).is_ok(), (1.0..=3414.0).contains(&v));
        }
    }
}
