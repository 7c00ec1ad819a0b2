//! Errors at the CLI edge: each has an exit code (docs/ARCHITECTURE.md, "Exit codes") and, where
//! we know one, a hint. AWS errors, control-API refusals and daemon failures are mapped here, once.

use std::fmt;

use efsctl_control::ControlError;
use efsctl_control::api::{RefusalKind, Refused};
use efsctl_control::daemon::DaemonError;
use efsctl_emulator::ServeError;

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
    text.chars()
        .flat_map(|c| if c.is_control() && c != '\n' { c.escape_default().collect::<Vec<_>>() } else { vec![c] })
        .collect()
}

impl From<DaemonError> for CliError {
    fn from(e: DaemonError) -> Self {
        match e {
            DaemonError::Control(e) => e.into(),
            e => CliError::other(e.to_string())
                .with_hint("check the log, or run `efsctl emulator serve` in the foreground to see what fails"),
        }
    }
}

/// A control call's failure: a refusal keeps the daemon's message and hint, with the exit code
/// of its kind.
impl From<ControlError> for CliError {
    fn from(e: ControlError) -> Self {
        match e {
            ControlError::Refused(Refused { kind, refusal }) => {
                let exit = match kind {
                    RefusalKind::Invalid => ExitCode::Usage,
                    RefusalKind::NotFound => ExitCode::NotFound,
                    RefusalKind::Conflict => ExitCode::Conflict,
                    RefusalKind::Denied | RefusalKind::Unavailable => ExitCode::Error,
                };
                CliError { exit, message: refusal.message, hint: refusal.hint }
            }
            e @ ControlError::Unreachable { .. } => CliError::other(e.to_string())
                .with_hint("`efsctl emulator status` shows the emulator; its log says what went wrong"),
        }
    }
}

impl From<ServeError> for CliError {
    fn from(e: ServeError) -> Self {
        let exit = match e {
            ServeError::NotLoopback(_) | ServeError::NoCredentials(_) => ExitCode::Usage,
            ServeError::AlreadyRunning(_) => ExitCode::Conflict,
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
        "PolicyNotFound" => (
            ExitCode::NotFound,
            Some(
                "the file system has no policy, so every client that reaches a mount target may mount, write and act as root; set one with `efsctl policy set FS --preset …`",
            ),
        ),
        "ReplicationNotFound" => (
            ExitCode::NotFound,
            Some("the file system is in no replication; start one with `efsctl replication create FS --to-region …`"),
        ),
        "SubnetNotFound" | "InvalidSubnetID.NotFound" => (
            ExitCode::NotFound,
            Some(
                "list subnets with `aws ec2 describe-subnets`; mount targets need a subnet in the file system's region",
            ),
        ),
        "SecurityGroupNotFound" | "InvalidGroup.NotFound" => {
            (ExitCode::NotFound, Some("the group must exist in the mount target's VPC"))
        }
        "InvalidVpcID.NotFound" => (ExitCode::NotFound, None),
        "FileSystemInUse" => (
            ExitCode::Conflict,
            Some("delete its mount targets (and replication) first, or run `efsctl delete FS --force`"),
        ),
        "FileSystemAlreadyExists" | "AccessPointAlreadyExists" => {
            (ExitCode::Conflict, Some("the creation token is already used; pick another, or use the existing resource"))
        }
        "MountTargetConflict" => (
            ExitCode::Conflict,
            Some("a file system has at most one mount target per Availability Zone, all in one VPC"),
        ),
        "IncorrectFileSystemLifeCycleState" | "IncorrectMountTargetState" => {
            (ExitCode::NotReady, Some("wait until it is available (`efsctl describe FS`), or pass --wait"))
        }
        "TooManyRequests" => (
            ExitCode::Conflict,
            Some(
                "for 24 hours after a throughput-mode change or a change of provisioned throughput, EFS refuses mode changes and decreases; increases are always allowed",
            ),
        ),
        "FileSystemLimitExceeded"
        | "AccessPointLimitExceeded"
        | "SecurityGroupLimitExceeded"
        | "NetworkInterfaceLimitExceeded" => (
            ExitCode::Conflict,
            Some("an account quota was reached; delete unused resources or ask AWS for a higher quota"),
        ),
        "ThroughputLimitExceeded" => (ExitCode::Usage, Some("provisioned throughput is 1 to 3414 MiB/s")),
        "IpAddressInUse" | "NoFreeAddressesInSubnet" => (ExitCode::Conflict, Some("choose another address or subnet")),
        "InvalidPolicyException" => (
            ExitCode::Usage,
            Some("file-system policies are IAM JSON with Principal, Effect and elasticfilesystem: actions"),
        ),
        "DependencyViolation" => (ExitCode::Conflict, Some("something still uses the resource; remove it first")),
        "BadRequest"
        | "ValidationException"
        | "InvalidParameterValue"
        | "MissingParameter"
        | "UnsupportedAvailabilityZone"
        | "AvailabilityZonesMismatch" => (ExitCode::Usage, None),
        "UnrecognizedClientException"
        | "InvalidClientTokenId"
        | "InvalidSignatureException"
        | "SignatureDoesNotMatch"
        | "MissingAuthenticationToken"
        | "MissingAuthenticationTokenException"
        | "ExpiredToken"
        | "AuthFailure"
        | "AccessDeniedException"
        | "UnauthorizedOperation" => (ExitCode::Error, Some(CREDENTIALS_HINT)),
        _ => (ExitCode::Error, None),
    }
}

/// What to check when a request's credentials or signature are refused, by AWS or by an
/// emulator started with --credentials.
pub const CREDENTIALS_HINT: &str = "check your AWS credentials and permissions (`aws configure`, --profile); an emulator started with --credentials accepts only its key pairs (set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY to one, or pass --profile)";

/// An AWS SDK error as the CLI reports it: the AWS error code, its message and a hint.
pub fn from_sdk<E, R>(what: &str, err: aws_sdk_efs::error::SdkError<E, R>) -> CliError
where
    E: aws_sdk_efs::error::ProvideErrorMetadata + std::error::Error + 'static,
    R: std::fmt::Debug,
{
    use aws_sdk_efs::error::{ProvideErrorMetadata, SdkError};
    match &err {
        // The SDK reports credentials it could not find as a failure to send.
        SdkError::DispatchFailure(_)
            if aws_sdk_efs::error::DisplayErrorContext(&err).to_string().contains("credentials") =>
        {
            return CliError::other(format!("{what}: no AWS credentials found"))
                .with_hint("set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE (`aws configure` writes one); against the emulator any values do");
        }
        SdkError::DispatchFailure(_) | SdkError::TimeoutError(_) => {
            return CliError::other(format!(
                "{what}: cannot reach the API endpoint ({})",
                std::error::Error::source(&err).map(|s| s.to_string()).unwrap_or_else(|| err.to_string())
            ))
            .with_hint("check --endpoint-url / your network; locally, `efsctl emulator status` shows the emulator");
        }
        SdkError::ServiceError(_) => {}
        _ => return CliError::other(format!("{what}: {}", aws_sdk_efs::error::DisplayErrorContext(&err))),
    }
    let Some(code) = err.code().map(str::to_string) else {
        return CliError::other(format!("{what}: the endpoint answered with something that is not an AWS error"))
            .with_hint(
                "check that --endpoint-url points at an AWS API (or the emulator: `efsctl emulator status -q`)",
            );
    };
    let message = err.message().unwrap_or_default().to_string();
    let (exit, hint) = classify(&code);
    let e = CliError::new(exit, format!("{what}: {code}: {message}"));
    match hint {
        Some(h) => e.with_hint(h),
        None => e,
    }
}
