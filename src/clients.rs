//! Builds the AWS SDK clients for the chosen backend. Commands never branch on the backend:
//! locally the same SDK calls go to the emulator's endpoint, signed with the keys of
//! `--profile` or of AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY if given (an emulator that checks
//! signatures needs them), else with static test keys, and never with IMDS or SSO lookups; on
//! AWS they use aws-config's default chain.

use aws_config::BehaviorVersion;
use aws_credential_types::Credentials;
use aws_runtime::env_config::file::EnvConfigFiles;
use aws_sdk_ec2::config::Region;

use crate::cli::Backend;
use crate::error::CliError;
use crate::settings::Settings;
use efsctl_control::daemon::{self, StartOptions};
use efsctl_control::sigv4::Keys;
use efsctl_control::{Control, Signer};
use efsctl_core::clock::Clock;

pub struct Clients {
    pub efs: aws_sdk_efs::Client,
    pub ec2: aws_sdk_ec2::Client,
    pub cloudwatch: aws_sdk_cloudwatch::Client,
    pub region: String,
    /// The emulator's endpoint on the local backend (its clock is the time metrics use).
    emulator: Option<String>,
    /// What control requests to the emulator are signed with.
    signer: Option<Signer>,
}

impl Clients {
    /// The same clients for a loop that retries on its own (the dashboard): one retry per call,
    /// and no notice on the terminal it draws on.
    pub fn for_polling(&self) -> Clients {
        RETRIED.store(true, std::sync::atomic::Ordering::Relaxed);
        let once = aws_sdk_efs::config::retry::RetryConfig::standard().with_max_attempts(2);
        Clients {
            efs: aws_sdk_efs::Client::from_conf(self.efs.config().to_builder().retry_config(once.clone()).build()),
            ec2: aws_sdk_ec2::Client::from_conf(self.ec2.config().to_builder().retry_config(once.clone()).build()),
            cloudwatch: aws_sdk_cloudwatch::Client::from_conf(
                self.cloudwatch.config().to_builder().retry_config(once).build(),
            ),
            region: self.region.clone(),
            emulator: self.emulator.clone(),
            signer: self.signer.clone(),
        }
    }

    /// The emulator's endpoint on the local backend (for what only the emulator can tell).
    pub fn emulator(&self) -> Option<&str> {
        self.emulator.as_deref()
    }

    /// The emulator's control API on the local backend.
    pub fn control(&self) -> Option<Control> {
        self.emulator.as_deref().map(|url| Control::new(url).signed(self.signer.clone()))
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

/// AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, when both are set.
pub fn environment_keys() -> Option<Keys> {
    let id = std::env::var("AWS_ACCESS_KEY_ID").ok().filter(|v| !v.is_empty())?;
    let secret = std::env::var("AWS_SECRET_ACCESS_KEY").ok().filter(|v| !v.is_empty())?;
    Some(Keys { access_key_id: id, secret_access_key: secret })
}

/// The static key pairs of the profiles in `files`, by profile name (`None`: the profile has
/// no `aws_access_key_id` and `aws_secret_access_key`), read with the SDK's own parser.
pub async fn profile_keys(files: &EnvConfigFiles) -> Result<Vec<(String, Option<Keys>)>, String> {
    let (fs, env) = (aws_types::os_shim_internal::Fs::real(), aws_types::os_shim_internal::Env::real());
    let profiles = aws_config::profile::load(&fs, &env, files, None).await.map_err(|e| e.to_string())?;
    Ok(profiles
        .profiles()
        .map(|name| {
            let keys = profiles.get_profile(name).and_then(|p| {
                let (id, secret) = (p.get("aws_access_key_id")?, p.get("aws_secret_access_key")?);
                (!id.is_empty() && !secret.is_empty())
                    .then(|| Keys { access_key_id: id.to_string(), secret_access_key: secret.to_string() })
            });
            (name.to_string(), keys)
        })
        .collect())
}

/// The keys requests to the emulator are signed with: the static keys of `--profile` in the
/// AWS config files, else the environment's, else static test keys (which an emulator that
/// checks signatures refuses). Offline: no SSO, role or IMDS lookups on the local backend.
pub async fn local_keys(settings: &Settings) -> Result<Keys, CliError> {
    if let Some(name) = &settings.profile {
        let profiles = profile_keys(&EnvConfigFiles::default())
            .await
            .map_err(|e| CliError::usage(format!("cannot read the AWS config files: {e}")))?;
        if let Some(keys) = profiles.into_iter().find(|(n, _)| n == name).and_then(|(_, k)| k) {
            return Ok(keys);
        }
    }
    Ok(environment_keys()
        .unwrap_or_else(|| Keys { access_key_id: "efsctl-local".into(), secret_access_key: "efsctl-local".into() }))
}

/// What control requests are signed with: the local keys, for the local region.
pub async fn local_signer(settings: &Settings) -> Result<Signer, CliError> {
    Ok(Signer { keys: local_keys(settings).await?, region: settings.local_region().to_string() })
}

/// The control API of the emulator at `url`, signing as the SDK clients do.
pub async fn control_at(url: &str, settings: &Settings) -> Result<Control, CliError> {
    Ok(Control::new(url).signed(Some(local_signer(settings).await?)))
}

/// The control API of the local backend's emulator (started on demand), for commands that
/// need no SDK client.
pub async fn local_control(settings: &Settings) -> Result<Control, CliError> {
    control_at(&local_endpoint(settings).await?, settings).await
}

/// Attempts per API call: enough that a call survives a long run of throttling (at 50%, one
/// call in 4,000 fails them all), with backoff short enough that an endpoint that is gone is
/// reported within seconds.
const MAX_ATTEMPTS: u32 = 12;

fn retry() -> aws_sdk_efs::config::retry::RetryConfig {
    aws_sdk_efs::config::retry::RetryConfig::standard()
        .with_max_attempts(MAX_ATTEMPTS)
        .with_initial_backoff(std::time::Duration::from_millis(100))
        .with_max_backoff(std::time::Duration::from_secs(2))
}

/// Set once a retry was reported, or when nothing may be written to the terminal (the dashboard).
static RETRIED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Says once, on stderr, that a call was retried (throttling, a transient error), so a slow
/// command explains itself.
#[derive(Debug)]
struct RetryNotice;

impl aws_sdk_efs::config::Intercept for RetryNotice {
    fn name(&self) -> &'static str {
        "RetryNotice"
    }

    fn read_before_attempt(
        &self,
        _context: &aws_smithy_runtime_api::client::interceptors::context::BeforeTransmitInterceptorContextRef<'_>,
        _components: &aws_sdk_efs::config::RuntimeComponents,
        cfg: &mut aws_sdk_efs::config::ConfigBag,
    ) -> Result<(), aws_smithy_runtime_api::box_error::BoxError> {
        let retried =
            cfg.load::<aws_smithy_runtime_api::client::retries::RequestAttempts>().is_some_and(|a| a.attempts() > 1);
        if retried && !RETRIED.swap(true, std::sync::atomic::Ordering::Relaxed) {
            eprintln!(
                "warning: the API throttled or failed a call; retrying with backoff (up to {MAX_ATTEMPTS} attempts per call)"
            );
        }
        Ok(())
    }
}

pub async fn build(settings: &Settings) -> Result<Clients, CliError> {
    match settings.backend {
        Backend::Local => {
            let endpoint = local_endpoint(settings).await?;
            let region = settings.local_region().to_string();
            let keys = local_keys(settings).await?;
            let creds = Credentials::new(&keys.access_key_id, &keys.secret_access_key, None, None, "efsctl-local");
            let efs = aws_sdk_efs::Config::builder()
                .behavior_version(BehaviorVersion::latest())
                .region(Region::new(region.clone()))
                .endpoint_url(&endpoint)
                .credentials_provider(creds.clone())
                .retry_config(retry())
                .interceptor(RetryNotice)
                .build();
            let ec2 = aws_sdk_ec2::Config::builder()
                .behavior_version(BehaviorVersion::latest())
                .region(Region::new(region.clone()))
                .endpoint_url(&endpoint)
                .credentials_provider(creds.clone())
                .retry_config(retry())
                .interceptor(RetryNotice)
                .build();
            let cloudwatch = aws_sdk_cloudwatch::Config::builder()
                .behavior_version(BehaviorVersion::latest())
                .region(Region::new(region.clone()))
                .endpoint_url(&endpoint)
                .credentials_provider(creds)
                .retry_config(retry())
                .interceptor(RetryNotice)
                .build();
            Ok(Clients {
                efs: aws_sdk_efs::Client::from_conf(efs),
                ec2: aws_sdk_ec2::Client::from_conf(ec2),
                cloudwatch: aws_sdk_cloudwatch::Client::from_conf(cloudwatch),
                signer: Some(Signer { keys, region: region.clone() }),
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
            let conf = loader.retry_config(retry()).load().await;
            let region = conf.region().map(|r| r.to_string()).ok_or_else(|| {
                CliError::usage("no AWS region is configured")
                    .with_hint("pass --region, set AWS_REGION, or set a region in your AWS profile")
            })?;
            Ok(Clients {
                efs: aws_sdk_efs::Client::from_conf(
                    aws_sdk_efs::config::Builder::from(&conf).interceptor(RetryNotice).build(),
                ),
                ec2: aws_sdk_ec2::Client::from_conf(
                    aws_sdk_ec2::config::Builder::from(&conf).interceptor(RetryNotice).build(),
                ),
                cloudwatch: aws_sdk_cloudwatch::Client::from_conf(
                    aws_sdk_cloudwatch::config::Builder::from(&conf).interceptor(RetryNotice).build(),
                ),
                region,
                emulator: None,
                signer: None,
            })
        }
    }
}
