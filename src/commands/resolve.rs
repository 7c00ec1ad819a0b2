//! Finding file systems by what users type: an id (`fs-…`), an ARN, or the Name tag.

use aws_sdk_efs::types::FileSystemDescription;
use efsctl_core::model::modes::ThroughputMode;
use efsctl_core::pricing::{self, Prices};

use crate::clients::Clients;
use crate::error::{CliError, ExitCode, from_sdk};

/// Names pick file systems, so a Name tag may name only one (`except`: the one being named).
pub async fn check_name_free(c: &Clients, name: &str, except: Option<&str>) -> Result<(), CliError> {
    match all_file_systems(c).await?.iter().find(|f| f.name() == Some(name) && Some(f.file_system_id()) != except) {
        Some(existing) => Err(CliError::new(
            ExitCode::Conflict,
            format!("a file system named '{name}' already exists: {}", existing.file_system_id()),
        )
        .with_hint("pick another name, or use the existing one")),
        None => Ok(()),
    }
}

pub async fn all_file_systems(c: &Clients) -> Result<Vec<FileSystemDescription>, CliError> {
    let mut out = Vec::new();
    let mut pages = c.efs.describe_file_systems().into_paginator().send();
    while let Some(page) = pages.next().await {
        out.extend(page.map_err(|e| from_sdk("listing file systems", e))?.file_systems().iter().cloned());
    }
    Ok(out)
}

pub async fn file_system(c: &Clients, name: &str) -> Result<FileSystemDescription, CliError> {
    if name.starts_with("fs-") || name.starts_with("arn:") {
        let out = c
            .efs
            .describe_file_systems()
            .file_system_id(name)
            .send()
            .await
            .map_err(|e| from_sdk(&format!("file system {name}"), e))?;
        return out.file_systems().first().cloned().ok_or_else(|| {
            CliError::new(ExitCode::NotFound, format!("file system {name} does not exist in {}", c.region))
        });
    }
    let matches: Vec<FileSystemDescription> =
        all_file_systems(c).await?.into_iter().filter(|f| f.name() == Some(name)).collect();
    match matches.len() {
        0 => Err(CliError::new(ExitCode::NotFound, format!("no file system is named '{name}' in {}", c.region))
            .with_hint("list file systems with `efsctl ls`; names are the Name tag")),
        1 => Ok(matches.into_iter().next().expect("one match")),
        _ => Err(CliError::usage(format!(
            "the name '{name}' is ambiguous; it matches {}",
            matches.iter().map(|f| f.file_system_id()).collect::<Vec<_>>().join(", ")
        ))
        .with_hint("name the file system by id instead")),
    }
}

/// Access point `ap` of file system `fs`, or an error naming why not (missing: exit 3; of
/// another file system: exit 2).
pub async fn access_point_of(
    c: &Clients,
    fs: &str,
    ap: &str,
) -> Result<aws_sdk_efs::types::AccessPointDescription, CliError> {
    let out = c
        .efs
        .describe_access_points()
        .access_point_id(ap)
        .send()
        .await
        .map_err(|e| from_sdk("describing the access point", e))?;
    let a = out
        .access_points()
        .first()
        .cloned()
        .ok_or_else(|| CliError::new(ExitCode::NotFound, format!("access point {ap} does not exist")))?;
    if a.file_system_id() != Some(fs) {
        return Err(CliError::usage(format!(
            "access point {ap} belongs to {}, not {fs}",
            a.file_system_id().unwrap_or("another file system")
        )));
    }
    Ok(a)
}

/// A directory's (uid, gid, mode) as the emulator shows it (`None` inside: it does not exist);
/// `None` outside: the backend cannot look (AWS's API shows no directories).
pub async fn seen_directory(c: &Clients, fs: &str, path: &str) -> Result<Option<Option<(u32, u32, u32)>>, CliError> {
    let Some(control) = c.control() else { return Ok(None) };
    let query = efsctl_control::api::StatQuery { file_system_id: fs.to_string(), path: path.to_string() };
    let stat = control.stat(&query).await?;
    Ok(Some(stat.exists.then_some((stat.uid, stat.gid, stat.mode))))
}

/// A file system's throughput mode (Bursting when the API leaves it out).
pub fn mode_of(fs: &FileSystemDescription) -> Result<ThroughputMode, CliError> {
    fs.throughput_mode().map(|t| t.as_str()).unwrap_or("bursting").parse().map_err(CliError::other)
}

/// What a file system is billed by: its region's prices, its storage (One Zone or Regional),
/// its throughput mode and the Standard bytes Bursting's baseline follows.
pub struct Billing {
    pub prices: Prices,
    pub one_zone: bool,
    pub mode: ThroughputMode,
    pub provisioned: Option<f64>,
    pub standard_bytes: f64,
}

pub fn billing(c: &Clients, fs: &FileSystemDescription) -> Result<Billing, CliError> {
    Ok(Billing {
        prices: pricing::for_region(&c.region),
        one_zone: fs.availability_zone_name().is_some(),
        mode: mode_of(fs)?,
        provisioned: fs.provisioned_throughput_in_mibps(),
        standard_bytes: fs.size_in_bytes().map(|s| s.value_in_standard().unwrap_or(s.value())).unwrap_or(0).max(0)
            as f64,
    })
}

impl Billing {
    pub fn storage_rates(&self) -> [f64; 3] {
        self.prices.storage_rates(self.one_zone, self.mode)
    }
}
