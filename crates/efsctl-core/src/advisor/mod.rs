//! The advisor: what a workload would take and cost in each throughput mode (`simulate`), what
//! a file system's own history would have cost in each (`replay`, for `tune --recommend`), and
//! what it costs and could save now (`cost`). All of it replays the throughput model
//! (`crate::throughput`) and prices from `crate::pricing`; nothing here does I/O.

pub mod cost;
pub mod replay;
pub mod simulate;
pub mod workload;
