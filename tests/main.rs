//! The one integration-test binary: drives the real `efsctl` binary and daemon through the
//! real AWS SDKs, on ephemeral ports with temporary data dirs.

mod support;

mod advisor;
mod alarms;
mod aws_cli;
mod cli;
mod cloudwatch;
mod daemon;
mod dash;
mod doctor;
mod ec2_api;
mod efs_api;
mod efs_errors;
mod faults;
mod fuzz;
mod generated;
mod k8s;
mod layers;
mod lifecycle;
mod model;
mod mount;
mod security;
mod soak;
mod validation;
