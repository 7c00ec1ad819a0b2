//! `efsctl emulator serve|start|stop|status|reset`.

use std::net::SocketAddr;
use std::path::PathBuf;

use crate::cli::{EmulatorCommand, OutputFormat, StartArgs};
use crate::emulator::{self, EmulatorConfig, daemon};
use crate::error::{CliError, ExitCode};
use crate::output;
use crate::settings::{Settings, parse_duration};

fn data_dir(flag: Option<PathBuf>, settings: &Settings) -> PathBuf {
    flag.unwrap_or_else(|| settings.data_dir.clone())
}

/// The emulator to control: --endpoint-url, or the data dir's daemon (started on demand).
async fn endpoint(flag: Option<PathBuf>, settings: &Settings) -> Result<String, CliError> {
    match &settings.endpoint_url {
        Some(url) => Ok(url.clone()),
        None => Ok(daemon::ensure_running(&data_dir(flag, settings), &daemon::StartOptions::default()).await?),
    }
}

/// The id of the file system `name` (id, ARN or Name) names on the emulator at `url`, resolved
/// as every other command resolves it (ambiguous names list their candidates).
async fn file_system_id(url: &str, name: &str, settings: &Settings) -> Result<String, CliError> {
    let local = Settings { backend: crate::cli::Backend::Local, endpoint_url: Some(url.to_string()), ..settings.clone() };
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
                    return Err(CliError::new(ExitCode::Conflict, format!("the emulator already runs at {url}, not {addr}")).with_hint("stop it first (`efsctl emulator stop`) to start it on another address"));
                }
                eprintln!("the emulator is already running");
                println!("{url}");
                return Ok(());
            }
            let options = daemon::StartOptions { addr: Some(args.addr.clone()), create_delay: args.create_delay.clone(), allow_remote: args.allow_remote, no_throughput_limits: args.no_throughput_limits };
            let url = daemon::ensure_running(&dir, &options).await?;
            eprintln!("emulator started (data dir {}); point AWS tools at it with --endpoint-url {url}", dir.display());
            println!("{url}");
            Ok(())
        }
        EmulatorCommand::Stop(args) => {
            let dir = data_dir(args.data_dir, settings);
            let stopping = match daemon::running(&dir).await {
                Some((url, _)) => super::mount::local_mounts_where(&url, |_| true).await,
                None => Vec::new(),
            };
            if daemon::stop(&dir).await? {
                super::mount::tell_detached(&stopping, "the emulator stopped; `efsctl emulator start` brings it back");
                eprintln!("emulator stopped");
            } else {
                eprintln!("no emulator is running for {}", dir.display());
            }
            Ok(())
        }
        EmulatorCommand::Clock { advance, speed, reset, dir } => {
            let url = endpoint(dir.data_dir, settings).await?;
            let change = advance.is_some() || speed.is_some() || reset;
            let body = serde_json::json!({"Reset": reset, "AdvanceSeconds": advance.as_deref().map(parse_duration).transpose().map_err(CliError::usage)?.map(|d| d.as_secs_f64()), "Speed": speed});
            let (status, v) = daemon::control(&url, if change { "POST" } else { "GET" }, "/_efsctl/clock", &body).await?;
            if status != 200 {
                return Err(CliError::usage(v["Message"].as_str().unwrap_or("the clock change was refused").to_string()));
            }
            let now = v["Now"].as_f64().unwrap_or_default();
            match settings.output {
                OutputFormat::Json => println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default()),
                _ if settings.quiet => println!("{now:.0}"),
                _ => println!("{}  (speed {}x, {} ahead of real time)", crate::output::utc(now), v["Speed"], crate::output::duration(v["OffsetSeconds"].as_f64().unwrap_or_default())),
            }
            Ok(())
        }
        EmulatorCommand::Credits { file_system, set, dir } => {
            let url = endpoint(dir.data_dir, settings).await?;
            let file_system = file_system_id(&url, &file_system, settings).await?;
            let query: String = form_urlencoded::Serializer::new(String::new()).append_pair("FileSystemId", &file_system).append_pair("Balance", &set.to_string()).finish();
            let (status, v) = daemon::control(&url, "POST", &format!("/_efsctl/credits?{query}"), &serde_json::Value::Null).await?;
            match status {
                200 => {
                    if settings.output == OutputFormat::Json {
                        println!("{v}");
                    }
                    eprintln!("{file_system}: burst credit balance set to {} (`efsctl credits` and the BurstCreditBalance metric show it from the next one-minute data point)", crate::output::bytes(set as i64));
                    Ok(())
                }
                404 => Err(CliError::new(ExitCode::NotFound, v["Message"].as_str().unwrap_or("no such file system").to_string())),
                _ => Err(CliError::usage(v["Message"].as_str().unwrap_or("the balance was refused").to_string())),
            }
        }
        EmulatorCommand::Sweep { file_system, dir } => {
            let url = endpoint(dir.data_dir, settings).await?;
            let file_system = match file_system {
                Some(name) => Some(file_system_id(&url, &name, settings).await?),
                None => None,
            };
            let query = file_system.as_deref().map(|id| form_urlencoded::Serializer::new(String::new()).append_pair("FileSystemId", id).finish());
            let path = match &query {
                Some(q) => format!("/_efsctl/lifecycle/sweep?{q}"),
                None => "/_efsctl/lifecycle/sweep".to_string(),
            };
            let (status, v) = daemon::control(&url, "POST", &path, &serde_json::Value::Null).await?;
            if status != 200 {
                return Err(CliError::new(if status == 404 { ExitCode::NotFound } else { ExitCode::Error }, v["Message"].as_str().unwrap_or("the sweep failed").to_string()));
            }
            if settings.output == OutputFormat::Json {
                println!("{v}");
                return Ok(());
            }
            let sweeps = v["Sweeps"].as_array().cloned().unwrap_or_default();
            if sweeps.is_empty() {
                eprintln!("nothing to sweep: no file system with a lifecycle policy has stored data");
            }
            for s in sweeps {
                let r = &s["Report"];
                let n = |k: &str| r[k].as_u64().unwrap_or(0);
                println!(
                    "{}: {} files considered; {} to IA ({}), {} to Archive ({}){}",
                    s["FileSystemId"].as_str().unwrap_or("?"),
                    n("Considered"),
                    n("ToIaFiles"),
                    crate::output::bytes(n("ToIaBytes") as i64),
                    n("ToArchiveFiles"),
                    crate::output::bytes(n("ToArchiveBytes") as i64),
                    if n("SkippedOpen") > 0 { format!("; {} open files wait until closed", n("SkippedOpen")) } else { String::new() }
                );
            }
            Ok(())
        }
        EmulatorCommand::Fsck { file_system, dir } => {
            let url = endpoint(dir.data_dir, settings).await?;
            let file_system = file_system_id(&url, &file_system, settings).await?;
            let query: String = form_urlencoded::Serializer::new(String::new()).append_pair("FileSystemId", &file_system).finish();
            let (status, v) = daemon::control(&url, "POST", &format!("/_efsctl/fsck?{query}"), &serde_json::Value::Null).await?;
            if status != 200 {
                return Err(CliError::new(if status == 404 { ExitCode::NotFound } else { ExitCode::Error }, v["Message"].as_str().unwrap_or("fsck failed").to_string()));
            }
            let problems: Vec<String> = v["Problems"].as_array().map(|a| a.iter().filter_map(|p| p.as_str().map(str::to_string)).collect()).unwrap_or_default();
            if settings.output == OutputFormat::Json {
                println!("{v}");
            } else {
                for p in &problems {
                    println!("{p}");
                }
            }
            if problems.is_empty() {
                eprintln!("{file_system}: clean");
                Ok(())
            } else {
                Err(CliError::other(format!("{file_system}: {} problem(s) found", problems.len())))
            }
        }
        EmulatorCommand::Status(args) => status(&data_dir(args.data_dir, settings), settings).await,
        EmulatorCommand::Reset(args) => {
            let url = endpoint(args.data_dir, settings).await?;
            let detached = super::mount::local_mounts_where(&url, |_| true).await;
            let (status, v) = daemon::control(&url, "POST", "/_efsctl/reset", &serde_json::Value::Null).await?;
            if status != 200 {
                return Err(super::mount::daemon_error(status, &v));
            }
            super::mount::tell_detached(&detached, "the emulator was reset");
            eprintln!("emulator state reset: no file systems; default VPCs, subnets and security groups restored");
            Ok(())
        }
    }
}

async fn serve(args: StartArgs, settings: &Settings) -> Result<(), CliError> {
    let addr: SocketAddr = args.addr.parse().map_err(|_| CliError::usage(format!("--addr '{}' is not an address like 127.0.0.1:4566", args.addr)))?;
    let create_delay = args.create_delay.as_deref().map(parse_duration).transpose().map_err(CliError::usage)?.unwrap_or_default();
    let dir = data_dir(args.data_dir, settings);
    std::fs::create_dir_all(&dir).map_err(|e| CliError::other(format!("cannot create data dir {}: {e}", dir.display())))?;
    crate::logging::to_file(&daemon::Paths::new(&dir).log_file());
    let config = EmulatorConfig { data_dir: dir.clone(), addr, create_delay, allow_remote: args.allow_remote, throughput_limits: !args.no_throughput_limits };
    emulator::serve(config, |bound| {
        eprintln!("efsctl emulator listening on http://{bound} (data dir {})", dir.display());
    })
    .await?;
    Ok(())
}

async fn status(dir: &std::path::Path, settings: &Settings) -> Result<(), CliError> {
    let Some((url, health)) = daemon::running(dir).await else {
        if settings.output == OutputFormat::Json {
            println!("{}", serde_json::to_string_pretty(&serde_json::json!({"Running": false, "DataDir": dir})).unwrap_or_default());
        } else if !settings.quiet {
            println!("stopped (data dir {})", dir.display());
        }
        return Err(CliError::new(ExitCode::NotFound, "the emulator is not running").with_hint("`efsctl emulator start` starts it; any local command also starts it on demand"));
    };
    let log = daemon::Paths::new(dir).log_file();
    let json = serde_json::json!({"Running": true, "Endpoint": url, "Pid": health.pid, "DataDir": health.data_dir, "Log": log, "Version": health.version});
    let pairs = vec![("endpoint", url.clone()), ("pid", health.pid.to_string()), ("data dir", health.data_dir.display().to_string()), ("log", log.display().to_string()), ("version", health.version)];
    output::print(settings, &output::record(json, "running", pairs, Some(url)))?;
    Ok(())
}
