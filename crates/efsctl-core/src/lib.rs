//! The pure core of efsctl: the EFS domain (identifiers, limits, validation, policy, regions),
//! the throughput and burst-credit model, lifecycle tiering decisions, CloudWatch alarm
//! evaluation, prices, and the clock.
//! Nothing here touches the network, the disk or the async runtime: time is an argument or a
//! `Clock`, so every model is unit- and property-tested and replayed by the emulator, the
//! dashboard and the estimators alike. It depends on no other efsctl crate.

pub mod advisor;
pub mod alarms;
pub mod clock;
pub mod doctor;
pub mod lifecycle;
pub mod model;
pub mod pricing;
pub mod throughput;
pub mod units;
