//! The efsctl command line and dashboard: clap definitions (`cli`), settings, the AWS SDK
//! clients of each backend, one module per command, output rendering and the TUI. The model,
//! the file system, the control API and the emulator are the crates under `crates/`
//! (docs/ARCHITECTURE.md); this crate sits on top of them and nothing depends on it.

pub mod cli;
pub mod clients;
pub mod commands;
pub mod error;
pub mod lifecycle_config;
pub mod logging;
pub mod metric_queries;
pub mod output;
pub mod settings;
pub mod throughput_ledger;
pub mod tui;
