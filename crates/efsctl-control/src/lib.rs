//! The seam between the efsctl CLI and its emulator daemon: the control endpoints' types
//! (`api`), the typed client the CLI and the dashboard use (`client`), and finding, starting
//! and stopping the daemon of a data dir (`daemon`), and SigV4 as both sides use it (`sigv4`).
//! The daemon answers with the same types,
//! so no JSON or path is spelled twice. It depends on the pure core only.

pub mod api;
pub mod client;
pub mod daemon;
pub mod sigv4;

pub use client::{Control, ControlError, Signer};
