//! Enumerations of the EFS API with their wire spellings.

use std::fmt;
use std::str::FromStr;

macro_rules! wire_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $wire:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $wire),+ }
            }
            /// The accepted spellings, for error messages.
            pub fn allowed() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
            }
        }

        impl FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s {
                    $($wire => Ok($name::$variant),)+
                    _ => Err(format!("'{}' is not a valid {}; allowed: {}", s, stringify!($name), Self::allowed())),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.as_str()) }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> { s.serialize_str(self.as_str()) }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

wire_enum!(PerformanceMode { GeneralPurpose = "generalPurpose", MaxIo = "maxIO" });
wire_enum!(ThroughputMode { Bursting = "bursting", Provisioned = "provisioned", Elastic = "elastic" });
wire_enum!(
    /// Lifecycle state of file systems, mount targets and access points.
    LifeCycleState { Creating = "creating", Available = "available", Updating = "updating", Deleting = "deleting", Deleted = "deleted", Error = "error" }
);
wire_enum!(BackupStatus { Enabled = "ENABLED", Enabling = "ENABLING", Disabled = "DISABLED", Disabling = "DISABLING" });
wire_enum!(ReplicationOverwriteProtection { Enabled = "ENABLED", Disabled = "DISABLED", Replicating = "REPLICATING" });
wire_enum!(ReplicationStatus { Enabled = "ENABLED", Enabling = "ENABLING", Deleting = "DELETING", Error = "ERROR", Paused = "PAUSED", Pausing = "PAUSING" });
wire_enum!(ResourceIdType { LongId = "LONG_ID", ShortId = "SHORT_ID" });
wire_enum!(IpAddressType { Ipv4Only = "IPV4_ONLY", Ipv6Only = "IPV6_ONLY", DualStack = "DUAL_STACK" });
wire_enum!(DeletionMode { AllConfigurations = "ALL_CONFIGURATIONS", LocalConfigurationOnly = "LOCAL_CONFIGURATION_ONLY" });
wire_enum!(
    /// Days without access before a file moves to IA or Archive.
    TransitionAge {
        After1Day = "AFTER_1_DAY", After7Days = "AFTER_7_DAYS", After14Days = "AFTER_14_DAYS",
        After30Days = "AFTER_30_DAYS", After60Days = "AFTER_60_DAYS", After90Days = "AFTER_90_DAYS",
        After180Days = "AFTER_180_DAYS", After270Days = "AFTER_270_DAYS", After365Days = "AFTER_365_DAYS",
    }
);
wire_enum!(TransitionToPrimary { After1Access = "AFTER_1_ACCESS" });

impl TransitionAge {
    pub fn days(self) -> u32 {
        match self {
            TransitionAge::After1Day => 1,
            TransitionAge::After7Days => 7,
            TransitionAge::After14Days => 14,
            TransitionAge::After30Days => 30,
            TransitionAge::After60Days => 60,
            TransitionAge::After90Days => 90,
            TransitionAge::After180Days => 180,
            TransitionAge::After270Days => 270,
            TransitionAge::After365Days => 365,
        }
    }

    /// The rule for a whole number of days, if EFS offers one.
    pub fn from_days(days: u32) -> Option<Self> {
        Self::ALL.iter().copied().find(|t| t.days() == days)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_wire_names() {
        for m in ThroughputMode::ALL {
            assert_eq!(m.as_str().parse::<ThroughputMode>().unwrap(), *m);
        }
        assert!("Bursting".parse::<ThroughputMode>().unwrap_err().contains("allowed: bursting, provisioned, elastic"));
        assert_eq!(TransitionAge::from_days(30), Some(TransitionAge::After30Days));
        assert_eq!(TransitionAge::from_days(3), None);
    }
}
