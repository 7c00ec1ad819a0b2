//! Resolves every setting in one place: flag > environment > config file > default.
//! Flags and environment arrive merged by clap; the config file is
//! `$EFSCTL_CONFIG`, else `$XDG_CONFIG_HOME/efsctl/config.toml` (`~/.config/efsctl/config.toml`).

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::cli::{Backend, GlobalArgs, OutputFormat};
use crate::error::CliError;

/// The region used locally when none is set.
pub const DEFAULT_LOCAL_REGION: &str = "us-east-1";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    backend: Option<Backend>,
    region: Option<String>,
    profile: Option<String>,
    endpoint_url: Option<String>,
    output: Option<OutputFormat>,
    data_dir: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub backend: Backend,
    /// `None` on the aws backend means: let the SDK's chain decide.
    pub region: Option<String>,
    pub profile: Option<String>,
    pub endpoint_url: Option<String>,
    pub output: OutputFormat,
    pub data_dir: PathBuf,
    pub query: Option<String>,
    pub quiet: bool,
    pub progress: bool,
    pub color: bool,
}

fn config_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("EFSCTL_CONFIG") {
        return Some(PathBuf::from(p));
    }
    dirs::config_dir().map(|d| d.join("efsctl").join("config.toml"))
}

fn load_config(path: &Path) -> Result<ConfigFile, CliError> {
    match std::fs::read_to_string(path) {
        Ok(text) => toml::from_str(&text)
            .map_err(|e| CliError::usage(format!("config file {} is invalid: {}", path.display(), e.message()))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(ConfigFile::default()),
        Err(e) => Err(CliError::usage(format!("cannot read config file {}: {e}", path.display()))),
    }
}

/// The emulator's data dir: `$EFSCTL_DATA_DIR`, the config file's `data_dir`, or the XDG data dir.
fn default_data_dir() -> PathBuf {
    dirs::data_dir().unwrap_or_else(std::env::temp_dir).join("efsctl")
}

impl Settings {
    pub fn resolve(global: &GlobalArgs) -> Result<Self, CliError> {
        let file = match config_path() {
            Some(p) => load_config(&p)?,
            None => ConfigFile::default(),
        };
        let backend = global.backend.or(file.backend).unwrap_or(Backend::Local);
        let region = global.region.clone().or(file.region);
        if let Some(r) = &region
            && backend == Backend::Local
            && efsctl_core::model::regions::find(r).is_none()
        {
            return Err(CliError::usage(format!(
                "--region {r} is not served by the emulator; choose one of: {}",
                efsctl_core::model::regions::names().collect::<Vec<_>>().join(", ")
            )));
        }
        let endpoint_url = global.endpoint_url.clone().or(file.endpoint_url);
        if let Some(url) = &endpoint_url {
            check_endpoint(url)?;
        }
        let stderr_tty = std::io::IsTerminal::is_terminal(&std::io::stderr());
        Ok(Settings {
            backend,
            region,
            profile: global.profile.clone().or(file.profile),
            endpoint_url,
            output: global.output.or(file.output).unwrap_or(OutputFormat::Table),
            data_dir: std::env::var_os("EFSCTL_DATA_DIR")
                .map(PathBuf::from)
                .or(file.data_dir)
                .unwrap_or_else(default_data_dir),
            query: global.query.clone(),
            quiet: global.quiet,
            progress: stderr_tty && !global.no_progress,
            color: std::io::IsTerminal::is_terminal(&std::io::stdout())
                && !global.no_color
                && std::env::var_os("NO_COLOR").is_none(),
        })
    }

    /// The region commands operate in.
    pub fn local_region(&self) -> &str {
        self.region.as_deref().unwrap_or(DEFAULT_LOCAL_REGION)
    }
}

/// An endpoint URL the SDKs can use: http(s)://host[:port][/path].
fn check_endpoint(url: &str) -> Result<(), CliError> {
    let ok = url
        .parse::<axum::http::Uri>()
        .is_ok_and(|u| matches!(u.scheme_str(), Some("http" | "https")) && u.host().is_some_and(|h| !h.is_empty()));
    if ok {
        Ok(())
    } else {
        let shown: String = url.chars().take(80).flat_map(char::escape_debug).collect();
        Err(CliError::usage(format!("--endpoint-url '{shown}' is not an http(s) URL")).with_hint(
            "give e.g. http://127.0.0.1:4566, or leave it out (EFSCTL_ENDPOINT_URL too) to use the local emulator",
        ))
    }
}
