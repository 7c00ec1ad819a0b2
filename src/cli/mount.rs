use std::path::PathBuf;

use clap::Args;

#[derive(Debug, Args)]
pub struct MountArgs {
    /// File system id, ARN or Name
    pub file_system: String,
    /// Empty directory to mount on
    pub directory: PathBuf,
    /// Mount through this access point (id or ARN)
    #[arg(long)]
    pub access_point: Option<String>,
    /// Mount read-only (as `mount -o ro`)
    #[arg(long)]
    pub read_only: bool,
    /// Availability Zone of the client (default: the first AZ with a mount target; on AWS, the instance's)
    #[arg(long)]
    pub az: Option<String>,
    /// Security group of the client (default: the VPC's default group)
    #[arg(long, value_parser = super::file_systems::parse_security_group_id)]
    pub client_sg: Option<String>,
    /// Encrypt in transit (TLS), as `mount -t efs -o tls`
    #[arg(long)]
    pub tls: bool,
    /// Authenticate with IAM, as `mount -t efs -o iam`
    #[arg(long)]
    pub iam: bool,
    /// Local backend: let other local users use the mount, as they could an NFS mount (FUSE's
    /// allow_other: root, or user_allow_other in /etc/fuse.conf)
    #[arg(long)]
    pub allow_other: bool,
    /// AWS backend: print the mount command instead of running it
    #[arg(long)]
    pub print: bool,
    /// AWS backend: also add the mount to /etc/fstab (with _netdev)
    #[arg(long)]
    pub persist: bool,
}

#[derive(Debug, Args)]
pub struct UmountArgs {
    pub directory: PathBuf,
}
