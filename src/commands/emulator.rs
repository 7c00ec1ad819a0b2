//! `efsctl emulator serve|start|stop|status|reset`.

use std::net::SocketAddr;
use std::path::PathBuf;

use crate::cli::{EmulatorCommand, FaultCommand, OutputFormat, StartArgs};
use crate::error::{CliError, ExitCode};
use crate::output;
use crate::settings::Settings;
use efsctl_control::daemon;
use efsctl_control::{Control, api};
use efsctl_core::units::parse_duration;
use efsctl_emulator::EmulatorConfig;

fn data_dir(flag: Option<PathBuf>, settings: &Settings) -> PathBuf {
    flag.unwrap_or_else(|| settings.data_dir.clone())
}

/// The emulator to control: --endpoint-url, or the data dir's daemon (started on demand).
async fn endpoint(flag: Option<PathBuf>, settings: &Settings) -> Result<Control, CliError> {
    let url = match &settings.endpoint_url {
        Some(url) => url.clone(),
        None => daemon::ensure_running(&data_dir(flag, settings), &daemon::StartOptions::default()).await?,
    };
    crate::clients::control_at(&url, settings).await
}

/// The id of the file system `name` (id, ARN or Name) names on the emulator at `url`, resolved
/// as every other command resolves it (ambiguous names list their candidates).
async fn file_system_id(url: &str, name: &str, settings: &Settings) -> Result<String, CliError> {
    let local =
        Settings { backend: crate::cli::Backend::Local, endpoint_url: Some(url.to_string()), ..settings.clone() };
    let clients = crate::clients::build(&local).await?;
    Ok(super::resolve::file_system(&clients, name).await?.file_system_id().to_string())
}

pub async fn run(command: EmulatorCommand, settings: &Settings) -> Result<(), CliError> {
    match command {
        EmulatorCommand::Serve(args) => serve(args.start, settings).await,
        EmulatorCommand::Start(args) => {
            let dir = data_dir(args.data_dir.clone(), settings);
            if let Some((url, _)) = daemon::running(&dir).await {
                let asked = args.addr.parse::<SocketAddr>().ok().filter(|a| a.port() != 0);
                if let Some(addr) = asked.filter(|a| !url.ends_with(&format!("//{a}"))) {
                    return Err(CliError::new(
                        ExitCode::Conflict,
                        format!("the emulator already runs at {url}, not {addr}"),
                    )
                    .with_hint("stop it first (`efsctl emulator stop`) to start it on another address"));
                }
                eprintln!("the emulator is already running");
                println!("{url}");
                return Ok(());
            }
            // Refused here, before a daemon is spawned, as `serve` would refuse.
            if let Ok(addr) = args.addr.parse::<SocketAddr>() {
                let credentials = emulator_credentials(&args, addr).await?;
                efsctl_emulator::check_listen(addr, args.allow_remote, credentials.is_some(), args.insecure_no_auth)?;
            }
            let options = daemon::StartOptions {
                addr: Some(args.addr.clone()),
                create_delay: args.create_delay.clone(),
                allow_remote: args.allow_remote,
                allow_hosts: args.allow_hosts.clone(),
                allow_origins: args.allow_origins.clone(),
                credentials: args
                    .credentials
                    .as_deref()
                    .map(std::path::absolute)
                    .transpose()
                    .map_err(|e| CliError::usage(format!("--credentials: {e}")))?,
                verify_signatures: args.verify_signatures,
                insecure_no_auth: args.insecure_no_auth,
                no_throughput_limits: args.no_throughput_limits,
            };
            let url = daemon::ensure_running(&dir, &options).await?;
            eprintln!("emulator started (data dir {}); point AWS tools at it with --endpoint-url {url}", dir.display());
            println!("{url}");
            Ok(())
        }
        EmulatorCommand::Stop(args) => {
            let dir = data_dir(args.data_dir, settings);
            let signer = crate::clients::local_signer(settings).await?;
            let stopping = match daemon::running(&dir).await {
                Some((url, _)) => {
                    let control = Control::new(&url).signed(Some(signer.clone()));
                    super::mount::local_mounts_where(&control, |_| true).await
                }
                None => Vec::new(),
            };
            if daemon::stop(&dir, Some(signer)).await? {
                super::mount::tell_detached(&stopping, "the emulator stopped; `efsctl emulator start` brings it back");
                eprintln!("emulator stopped");
            } else {
                eprintln!("no emulator is running for {}", dir.display());
            }
            Ok(())
        }
        EmulatorCommand::Clock { advance, speed, reset, dir } => {
            let control = endpoint(dir.data_dir, settings).await?;
            let advance_seconds =
                advance.as_deref().map(parse_duration).transpose().map_err(CliError::usage)?.map(|d| d.as_secs_f64());
            let clock = if advance_seconds.is_some() || speed.is_some() || reset {
                control.change_clock(&api::ClockChange { reset, advance_seconds, speed }).await?
            } else {
                control.clock().await?
            };
            match settings.output {
                OutputFormat::Json => println!("{}", serde_json::to_string_pretty(&clock).unwrap_or_default()),
                _ if settings.quiet => println!("{:.0}", clock.now),
                _ => println!(
                    "{}  (speed {}x, {} ahead of real time)",
                    output::utc(clock.now),
                    clock.speed,
                    output::duration(clock.offset_seconds)
                ),
            }
            Ok(())
        }
        EmulatorCommand::Credits { file_system, set, dir } => {
            let control = endpoint(dir.data_dir, settings).await?;
            let file_system = file_system_id(control.url(), &file_system, settings).await?;
            let credits =
                control.set_credits(&api::SetCredits { file_system_id: file_system.clone(), balance: set }).await?;
            if settings.output == OutputFormat::Json {
                println!("{}", serde_json::to_string(&credits).unwrap_or_default());
            }
            eprintln!(
                "{file_system}: burst credit balance set to {} (`efsctl credits` and the BurstCreditBalance metric show it from the next one-minute data point)",
                output::bytes(set as i64)
            );
            Ok(())
        }
        EmulatorCommand::Fault(cmd) => fault(cmd, settings).await,
        EmulatorCommand::Sweep { file_system, dir } => {
            let control = endpoint(dir.data_dir, settings).await?;
            let file_system_id = match file_system {
                Some(name) => Some(file_system_id(control.url(), &name, settings).await?),
                None => None,
            };
            let reply = control.sweep(&api::Sweep { file_system_id }).await?;
            if settings.output == OutputFormat::Json {
                println!("{}", serde_json::to_string(&reply).unwrap_or_default());
                return Ok(());
            }
            if reply.sweeps.is_empty() {
                eprintln!("nothing to sweep: no file system with a lifecycle policy has stored data");
            }
            for s in reply.sweeps {
                let r = s.report;
                println!(
                    "{}: {} files considered; {} to IA ({}), {} to Archive ({}){}",
                    s.file_system_id,
                    r.considered,
                    r.to_ia_files,
                    output::bytes(r.to_ia_bytes as i64),
                    r.to_archive_files,
                    output::bytes(r.to_archive_bytes as i64),
                    if r.skipped_open > 0 {
                        format!("; {} open files wait until closed", r.skipped_open)
                    } else {
                        String::new()
                    }
                );
            }
            Ok(())
        }
        EmulatorCommand::Fsck { file_system, dir } => {
            let control = endpoint(dir.data_dir, settings).await?;
            let file_system = file_system_id(control.url(), &file_system, settings).await?;
            let reply = control.fsck(&api::Fsck { file_system_id: file_system.clone() }).await?;
            if settings.output == OutputFormat::Json {
                println!("{}", serde_json::to_string(&reply).unwrap_or_default());
            } else {
                for p in &reply.problems {
                    println!("{p}");
                }
            }
            if reply.problems.is_empty() {
                eprintln!("{file_system}: clean");
                Ok(())
            } else {
                Err(CliError::other(format!("{file_system}: {} problem(s) found", reply.problems.len())))
            }
        }
        EmulatorCommand::Status(args) => status(&data_dir(args.data_dir, settings), settings).await,
        EmulatorCommand::Reset(args) => {
            let control = endpoint(args.data_dir, settings).await?;
            let detached = super::mount::local_mounts_where(&control, |_| true).await;
            control.reset().await.map_err(|e| super::mount::naming_holders(e, &detached, "reset again"))?;
            super::mount::tell_detached(&detached, "the emulator was reset");
            eprintln!("emulator state reset: no file systems; default VPCs, subnets and security groups restored");
            Ok(())
        }
    }
}

async fn serve(args: StartArgs, settings: &Settings) -> Result<(), CliError> {
    let addr: SocketAddr = args
        .addr
        .parse()
        .map_err(|_| CliError::usage(format!("--addr '{}' is not an address like 127.0.0.1:4566", args.addr)))?;
    let create_delay =
        args.create_delay.as_deref().map(parse_duration).transpose().map_err(CliError::usage)?.unwrap_or_default();
    let credentials = emulator_credentials(&args, addr).await?;
    let dir = data_dir(args.data_dir, settings);
    efsctl_emulator::prepare_data_dir(&dir)
        .map_err(|e| CliError::other(format!("cannot create data dir {}: {e}", dir.display())))?;
    crate::logging::to_file(&daemon::Paths::new(&dir).log_file());
    let config = EmulatorConfig {
        data_dir: dir.clone(),
        addr,
        create_delay,
        allow_remote: args.allow_remote,
        browser: efsctl_emulator::BrowserRules { allow_hosts: args.allow_hosts, allow_origins: args.allow_origins },
        credentials,
        insecure_no_auth: args.insecure_no_auth,
        throughput_limits: !args.no_throughput_limits,
    };
    efsctl_emulator::serve(config, |bound| {
        eprintln!("efsctl emulator listening on http://{bound} (data dir {})", dir.display());
    })
    .await?;
    Ok(())
}

/// The keys requests must be signed with, if signatures are checked: those of --credentials,
/// else (asked with --verify-signatures, or needed to listen beyond loopback) the environment's.
async fn emulator_credentials(
    args: &StartArgs,
    addr: SocketAddr,
) -> Result<Option<efsctl_emulator::Credentials>, CliError> {
    let keys = match &args.credentials {
        Some(file) => credentials_file(file).await?,
        None => {
            let needed =
                args.verify_signatures || (!addr.ip().is_loopback() && args.allow_remote && !args.insecure_no_auth);
            match crate::clients::environment_keys() {
                Some(keys) if needed => vec![keys],
                None if args.verify_signatures => {
                    return Err(CliError::usage("--verify-signatures needs keys to check signatures against")
                        .with_hint("give --credentials FILE, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"));
                }
                _ => return Ok(None),
            }
        }
    };
    Ok(Some(efsctl_emulator::Credentials::new(keys)))
}

/// Every key pair of an AWS credentials file (`[name]` sections with `aws_access_key_id` and
/// `aws_secret_access_key`).
async fn credentials_file(path: &std::path::Path) -> Result<Vec<efsctl_control::sigv4::Keys>, CliError> {
    use aws_runtime::env_config::file::{EnvConfigFileKind, EnvConfigFiles};
    let bad = |m: String| CliError::usage(format!("--credentials {}: {m}", path.display()));
    let text = std::fs::read_to_string(path).map_err(|e| bad(e.to_string()))?;
    let files = EnvConfigFiles::builder().with_contents(EnvConfigFileKind::Credentials, text).build();
    let mut keys = Vec::new();
    for (name, pair) in crate::clients::profile_keys(&files).await.map_err(bad)? {
        keys.push(
            pair.ok_or_else(|| bad(format!("profile [{name}] needs aws_access_key_id and aws_secret_access_key")))?,
        );
    }
    if keys.is_empty() {
        return Err(bad("it has no key pairs; write e.g.\n  [default]\n  aws_access_key_id = AKIAEMULATOR\n  aws_secret_access_key = a-long-secret".into()));
    }
    Ok(keys)
}

async fn status(dir: &std::path::Path, settings: &Settings) -> Result<(), CliError> {
    let Some((url, health)) = daemon::running(dir).await else {
        if settings.output == OutputFormat::Json {
            println!(
                "{}",
                serde_json::to_string_pretty(&serde_json::json!({"Running": false, "DataDir": dir}))
                    .unwrap_or_default()
            );
        } else if !settings.quiet {
            println!("stopped (data dir {})", dir.display());
        }
        return Err(CliError::new(ExitCode::NotFound, "the emulator is not running")
            .with_hint("`efsctl emulator start` starts it; any local command also starts it on demand"));
    };
    let log = daemon::Paths::new(dir).log_file();
    let json = serde_json::json!({"Running": true, "Endpoint": url, "Pid": health.pid, "DataDir": health.data_dir, "Log": log, "Version": health.version});
    let pairs = vec![
        ("endpoint", url.clone()),
        ("pid", health.pid.to_string()),
        ("data dir", health.data_dir.display().to_string()),
        ("log", log.display().to_string()),
        ("version", health.version),
    ];
    output::print(settings, &output::record(json, "running", pairs, Some(url)))?;
    Ok(())
}

fn fault_rows(faults: &[api::Fault]) -> output::Rendered {
    let mut view = output::Rendered::new(serde_json::json!({ "Faults": faults }));
    view.headers = vec!["FAULT", "KIND", "TARGET", "RATE", "LATENCY", "SINCE"];
    for f in faults {
        let r = &f.request;
        view.rows.push(vec![
            f.id.clone(),
            r.kind.as_str().to_string(),
            r.target.clone().unwrap_or_else(|| "all".into()),
            match r.kind {
                api::FaultKind::Throttle | api::FaultKind::IoError => r.rate.unwrap_or(1.0).to_string(),
                _ => "-".into(),
            },
            r.latency_ms.map(|l| format!("{l}ms")).unwrap_or_else(|| "-".into()),
            output::utc(f.since),
        ]);
        view.ids.push(f.id.clone());
    }
    view
}

async fn fault(cmd: FaultCommand, settings: &Settings) -> Result<(), CliError> {
    match cmd {
        FaultCommand::Add { kind, target, rate, latency, dir } => {
            let control = endpoint(dir.data_dir, settings).await?;
            let request = api::FaultRequest {
                kind,
                target,
                rate,
                latency_ms: latency.map(|l| l.as_millis().min(u64::MAX as u128) as u64),
            };
            let f = control.add_fault(&request).await?;
            output::print(settings, &fault_rows(std::slice::from_ref(&f)))
        }
        FaultCommand::Ls { dir } => {
            let control = endpoint(dir.data_dir, settings).await?;
            output::print(settings, &fault_rows(&control.faults().await?))
        }
        FaultCommand::Clear { id, all, dir } => {
            let control = endpoint(dir.data_dir, settings).await?;
            let cleared = control.clear_faults(if all { None } else { id.as_deref() }).await?;
            eprintln!("{} fault(s) cleared", cleared.len());
            output::print(settings, &fault_rows(&cleared))
        }
    }
}
