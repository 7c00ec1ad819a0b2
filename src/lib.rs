//! efsctl: a CLI and dashboard for Amazon EFS, with a local emulator of the EFS, EC2 and
//! CloudWatch APIs. See DESIGN.md in the project's shared folder for the architecture.

pub mod cli;
pub mod clients;
pub mod clock;
pub mod commands;
pub mod emulator;
pub mod error;
pub mod fuse;
pub mod lifecycle;
pub mod logging;
pub mod model;
pub mod output;
pub mod settings;
pub mod storage;
pub mod throughput;
pub mod tui;
pub mod vfs;
