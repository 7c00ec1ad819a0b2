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
    /// Mount the mount target at this address instead of its DNS name (a VPC without DNS, a
    /// peered VPC); it must be the mount target of the client's AZ
    #[arg(long, value_name = "IP")]
    pub mount_target_ip: Option<std::net::Ipv4Addr>,
    /// Give up on a mount that has not completed after this long, e.g. 30s, 2m (nothing is
    /// left half-mounted; the error names the first failing `efsctl doctor` check)
    #[arg(long, default_value = "30s", value_parser = efsctl_core::units::parse_duration)]
    pub timeout: std::time::Duration,
    /// Local backend: skip the emulator's network checks, so a blocked mount behaves as a real
    /// one does (no answer until --timeout)
    #[arg(long)]
    pub no_preflight: bool,
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

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// File system id, ARN or Name
    pub file_system: String,
    /// The client's Availability Zone
    #[arg(long, conflicts_with_all = ["subnet", "instance"])]
    pub az: Option<String>,
    /// The client's subnet (its AZ, VPC and network ACL)
    #[arg(long, conflicts_with = "instance")]
    pub subnet: Option<String>,
    /// The client instance (its subnet, address and security groups; aws backend)
    #[arg(long)]
    pub instance: Option<String>,
    /// The client's security groups (repeat for several)
    #[arg(long = "client-sg", value_parser = super::file_systems::parse_security_group_id)]
    pub client_sgs: Vec<String>,
    /// The client's address block, e.g. 10.0.1.0/24 or 10.0.1.7/32
    #[arg(long)]
    pub cidr: Option<String>,
    /// The access point the client mounts through
    #[arg(long)]
    pub access_point: Option<String>,
    /// The user who will write (with --gid)
    #[arg(long, requires = "gid")]
    pub uid: Option<u32>,
    #[arg(long, requires = "uid")]
    pub gid: Option<u32>,
    /// The mount will use TLS
    #[arg(long)]
    pub tls: bool,
    /// The mount will authenticate with IAM
    #[arg(long)]
    pub iam: bool,
}
