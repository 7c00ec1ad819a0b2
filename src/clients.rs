//! Builds the AWS SDK clients for the chosen backend. Commands never branch on the backend:
//! locally the same SDK calls go to the emulator's endpoint with static test credentials and
//! no profile or IMDS lookups; on AWS they use aws-config's default chain.

use aws_config::BehaviorVersion;
use aws_credential_types::Credentials;
use aws_sdk_ec2::config::Region;

use crate::cli::Backend;
use crate::error::CliError;
use crate::settings::Settings;
use efsctl_control::Control;
use efsctl_control::daemon::{self, StartOptions};
use efsctl_core::clock::Clock;

pub struct Clients {
    pub efs: aws_sdk_efs::Client,
    pub ec2: aws_sdk_ec2::Client,
    pub cloudwatch: aws_sdk_cloudwatch::Client,
    pub region: String,
    /// The emulator's endpoint on the local backend (its clock is the time metrics use).
    emulator: Option<String>,
}

impl Clients {
    /// The emulator's endpoint on the local backend (for what only the emulator can tell).
    pub fn emulator(&self) -> Option<&str> {
        self.emulator.as_deref()
    }

    /// The emulator's control API on the local backend.
    pub fn control(&self) -> Option<Control> {
        self.emulator.as_deref().map(Control::new)
    }

    /// "Now" for metric queries: the emulator's virtual clock locally, the system clock on AWS.
    pub async fn now(&self) -> f64 {
        if let Some(control) = self.control()
            && let Ok(clock) = control.clock().await
        {
            return clock.now;
        }
        efsctl_core::clock::SystemClock.now()
    }
}

/// The endpoint of the local backend: `--endpoint-url`, else the data dir's daemon (started
/// on demand).
pub async fn local_endpoint(settings: &Settings) -> Result<String, CliError> {
    match &settings.endpoint_url {
        Some(url) => Ok(url.clone()),
        None => Ok(daemon::ensure_running(&settings.data_dir, &StartOptions::default()).await?),
    }
}

pub async fn build(settings: &Settings) -> Result<Clients, CliError> {
    match settings.backend {
        Backend::Local => {
            let endpoint = local_endpoint(settings).await?;
            let region = settings.local_region().to_string();
            let creds = Credentials::new("efsctl-local", "efsctl-local", None, None, "efsctl-local");
            let efs = aws_sdk_efs::Config::builder()
                .behavior_version(BehaviorVersion::latest())
                .region(Region::new(region.clone()))
                .endpoint_url(&endpoint)
                .credentials_provider(creds.clone())
                .build();
            let ec2 = aws_sdk_ec2::Config::builder()
                .behavior_version(BehaviorVersion::latest())
                .region(Region::new(region.clone()))
                .endpoint_url(&endpoint)
                .credentials_provider(creds.clone())
                .build();
            let cloudwatch = aws_sdk_cloudwatch::Config::builder()
                .behavior_version(BehaviorVersion::latest())
                .region(Region::new(region.clone()))
                .endpoint_url(&endpoint)
                .credentials_provider(creds)
                .build();
            Ok(Clients {
                efs: aws_sdk_efs::Client::from_conf(efs),
                ec2: aws_sdk_ec2::Client::from_conf(ec2),
                cloudwatch: aws_sdk_cloudwatch::Client::from_conf(cloudwatch),
                region,
                emulator: Some(endpoint),
            })
        }
        Backend::Aws => {
            let mut loader = aws_config::defaults(BehaviorVersion::latest());
            if let Some(p) = &settings.profile {
                loader = loader.profile_name(p);
            }
            if let Some(r) = &settings.region {
                loader = loader.region(Region::new(r.clone()));
            }
            if let Some(e) = &settings.endpoint_url {
                loader = loader.endpoint_url(e);
            }
            let conf = loader.load().await;
            let region = conf.region().map(|r| r.to_string()).ok_or_else(|| {
                CliError::usage("no AWS region is configured")
                    .with_hint("pass --region, set AWS_REGION, or set a region in your AWS profile")
            })?;
            Ok(Clients {
                efs: aws_sdk_efs::Client::new(&conf),
                ec2: aws_sdk_ec2::Client::new(&conf),
                cloudwatch: aws_sdk_cloudwatch::Client::new(&conf),
                region,
                emulator: None,
            })
        }
    }
}
