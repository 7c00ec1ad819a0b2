//! Errors at the CLI edge: each has an exit code (DESIGN.md) and, where we know one, a hint.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    Error = 1,
    Usage = 2,
    NotFound = 3,
    Conflict = 4,
    NotReady = 5,
}

#[derive(Debug)]
pub struct CliError {
    pub exit: ExitCode,
    pub message: String,
    pub hint: Option<String>,
}

impl CliError {
    pub fn new(exit: ExitCode, message: impl Into<String>) -> Self {
        CliError { exit, message: message.into(), hint: None }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ExitCode::Usage, message)
    }

    pub fn other(message: impl Into<String>) -> Self {
        Self::new(ExitCode::Error, message)
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error: {}", printable(&self.message))?;
        if let Some(h) = &self.hint {
            write!(f, "\n  hint: {}", printable(h))?;
        }
        Ok(())
    }
}

/// Control characters from user input (a name with an escape sequence, say) are shown
/// escaped, so an error message cannot recolour or rewrite the terminal.
fn printable(text: &str) -> String {
    text.chars().flat_map(|c| if c.is_control() && c != '\n' { c.escape_default().collect::<Vec<_>>() } else { vec![c] }).collect()
}

impl From<crate::emulator::daemon::DaemonError> for CliError {
    fn from(e: crate::emulator::daemon::DaemonError) -> Self {
        CliError::other(e.to_string()).with_hint("check the log, or run `efsctl emulator serve` in the foreground to see what fails")
    }
}

impl From<crate::emulator::ServeError> for CliError {
    fn from(e: crate::emulator::ServeError) -> Self {
        let exit = match e {
            crate::emulator::ServeError::NotLoopback(_) => ExitCode::Usage,
            crate::emulator::ServeError::AlreadyRunning(_) => ExitCode::Conflict,
            _ => ExitCode::Error,
        };
        CliError::new(exit, e.to_string())
    }
}

/// Exit code and hint for an AWS error code (EFS and EC2 share this table).
fn classify(code: &str) -> (ExitCode, Option<&'static str>) {
    match code {
        "FileSystemNotFound" => (ExitCode::NotFound, Some("list file systems with `efsctl ls`")),
        "MountTargetNotFound" => (ExitCode::NotFound, Some("list mount targets with `efsctl mount-target ls FS`")),
        "AccessPointNotFound" => (ExitCode::NotFound, Some("list access points with `efsctl access-point ls FS`")),
        "PolicyNotFound" => (ExitCode::NotFound, Some("the file system has no policy, so every client that reaches a mount target may mount, write and act as root; set one with `efsctl policy set FS --preset …`")),
        "ReplicationNotFound" => (ExitCode::NotFound, Some("the file system is in no replication; start one with `efsctl replication create FS --to-region …`")),
        "SubnetNotFound" | "InvalidSubnetID.NotFound" => (ExitCode::NotFound, Some("list subnets with `aws ec2 describe-subnets`; mount targets need a subnet in the file system's region")),
        "SecurityGroupNotFound" | "InvalidGroup.NotFound" => (ExitCode::NotFound, Some("the group must exist in the mount target's VPC")),
        "InvalidVpcID.NotFound" => (ExitCode::NotFound, None),
        "FileSystemInUse" => (ExitCode::Conflict, Some("delete its mount targets (and replication) first, or run `efsctl delete FS --force`")),
        "FileSystemAlreadyExists" | "AccessPointAlreadyExists" => (ExitCode::Conflict, Some("the creation token is already used; pick another, or use the existing resource")),
        "MountTargetConflict" => (ExitCode::Conflict, Some("a file system has at most one mount target per Availability Zone, all in one VPC")),
        "IncorrectFileSystemLifeCycleState" | "IncorrectMountTargetState" => (ExitCode::NotReady, Some("wait until it is available (`efsctl describe FS`), or pass --wait")),
        "TooManyRequests" => (ExitCode::Conflict, Some("for 24 hours after a throughput-mode change or a change of provisioned throughput, EFS refuses mode changes and decreases; increases are always allowed")),
        "FileSystemLimitExceeded" | "AccessPointLimitExceeded" | "SecurityGroupLimitExceeded" | "NetworkInterfaceLimitExceeded" => {
            (ExitCode::Conflict, Some("an account quota was reached; delete unused resources or ask AWS for a higher quota"))
        }
        "ThroughputLimitExceeded" => (ExitCode::Usage, Some("provisioned throughput is 1 to 3414 MiB/s")),
        "IpAddressInUse" | "NoFreeAddressesInSubnet" => (ExitCode::Conflict, Some("choose another address or subnet")),
        "InvalidPolicyException" => (ExitCode::Usage, Some("file-system policies are IAM JSON with Principal, Effect and elasticfilesystem: actions")),
        "DependencyViolation" => (ExitCode::Conflict, Some("something still uses the resource; remove it first")),
        "BadRequest" | "ValidationException" | "InvalidParameterValue" | "MissingParameter" | "UnsupportedAvailabilityZone" | "AvailabilityZonesMismatch" => (ExitCode::Usage, None),
        "UnrecognizedClientException" | "InvalidClientTokenId" | "ExpiredToken" | "AuthFailure" | "AccessDeniedException" | "UnauthorizedOperation" => {
            (ExitCode::Error, Some("check your AWS credentials and permissions (`aws configure`, --profile)"))
        }
        _ => (ExitCode::Error, None),
    }
}

/// An AWS SDK error as the CLI reports it: the AWS error code, its message and a hint.
pub fn from_sdk<E, R>(what: &str, err: aws_sdk_efs::error::SdkError<E, R>) -> CliError
where
    E: aws_sdk_efs::error::ProvideErrorMetadata + std::error::Error + 'static,
    R: std::fmt::Debug,
{
    use aws_sdk_efs::error::{ProvideErrorMetadata, SdkError};
    match &err {
        // The SDK reports credentials it could not find as a failure to send.
        SdkError::DispatchFailure(_) if aws_sdk_efs::error::DisplayErrorContext(&err).to_string().contains("credentials") => {
            return CliError::other(format!("{what}: no AWS credentials found"))
                .with_hint("set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE (`aws configure` writes one); against the emulator any values do");
        }
        SdkError::DispatchFailure(_) | SdkError::TimeoutError(_) => {
            return CliError::other(format!("{what}: cannot reach the API endpoint ({})", std::error::Error::source(&err).map(|s| s.to_string()).unwrap_or_else(|| err.to_string())))
                .with_hint("check --endpoint-url / your network; locally, `efsctl emulator status` shows the emulator");
        }
        SdkError::ServiceError(_) => {}
        _ => return CliError::other(format!("{what}: {}", aws_sdk_efs::error::DisplayErrorContext(&err))),
    }
    let Some(code) = err.code().map(str::to_string) else {
        return CliError::other(format!("{what}: the endpoint answered with something that is not an AWS error"))
            .with_hint("check that --endpoint-url points at an AWS API (or the emulator: `efsctl emulator status -q`)");
    };
    let message = err.message().unwrap_or_default().to_string();
    let (exit, hint) = classify(&code);
    let e = CliError::new(exit, format!("{what}: {code}: {message}"));
    match hint {
        Some(h) => e.with_hint(h),
        None => e,
    }
}
