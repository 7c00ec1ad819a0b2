//! The EFS domain without I/O: identifiers, limits, enumerations, validation rules, the
//! region/AZ catalogue, IAM policy checks and prices. The emulator, the CLI's early checks and
//! the estimators all read these; nothing here touches the network, the disk or the clock.

pub mod conditions;
pub mod ids;
pub mod limits;
pub mod metering;
pub mod modes;
pub mod network;
pub mod policy;
pub mod regions;
pub mod rules;
pub mod tags;
pub mod throughput;
pub mod wildcard;

/// `text` as quoted in a message: its first `max` characters, with … when cut (a value sent
/// to be refused may be huge).
pub fn clipped(text: &str, max: usize) -> String {
    let mut shown: String = text.chars().take(max).collect();
    if text.chars().nth(max).is_some() {
        shown.push('…');
    }
    shown
}

/// The account every emulated resource belongs to.
pub const ACCOUNT_ID: &str = "123456789012";
