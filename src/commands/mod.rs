//! One module per command: each takes parsed arguments, settings and SDK clients.

mod access_points;
mod alarm;
mod cost;
mod create;
mod doctor;
pub mod emulator;
mod file_systems;
mod fs_settings;
mod generate;
mod k8s;
pub mod lifecycle;
pub mod metrics;
mod mount;
mod mount_targets;
mod progress;
mod replication;
mod resolve;
mod simulate;
pub mod tune;
mod watch;

use crate::cli::{Cli, Command};
use crate::clients::{self, Clients};
use crate::error::CliError;
use crate::settings::Settings;

pub async fn run(cli: Cli) -> Result<(), CliError> {
    let settings = || Settings::resolve(&cli.global);
    let connect = |s: Settings| async move {
        let c: Clients = clients::build(&s).await?;
        Ok::<_, CliError>((s, c))
    };
    match cli.command {
        Command::Completions { shell } => generate::completions(shell),
        Command::Man { dir } => generate::man(dir.as_deref()),
        Command::Emulator(args) => emulator::run(args.command, &settings()?).await,
        Command::Umount(args) => mount::umount(args, &settings()?).await,
        Command::Mounts => mount::mounts(&settings()?).await,
        Command::Simulate(args) => simulate::run(args, &settings()?),
        command => {
            let (s, c) = connect(settings()?).await?;
            match command {
                Command::Create(args) => create::run(args, &c, &s).await,
                Command::Ls => file_systems::ls(&c, &s).await,
                Command::Describe(args) => file_systems::describe(&c, &s, &args.file_system).await,
                Command::Delete(args) => file_systems::delete(args, &c, &s).await,
                Command::Tune(args) => tune::run(args, &c, &s).await,
                Command::Cost(args) => cost::run(args, &c, &s).await,
                Command::MountTarget(cmd) => mount_targets::run(cmd, &c, &s).await,
                Command::AccessPoint(cmd) => access_points::run(cmd, &c, &s).await,
                Command::Sg(cmd) => mount_targets::sg(cmd, &c, &s).await,
                Command::Lifecycle(cmd) => lifecycle::run(cmd, &c, &s).await,
                Command::Policy(cmd) => fs_settings::policy(cmd, &c, &s).await,
                Command::Backup(cmd) => fs_settings::backup(cmd, &c, &s).await,
                Command::Replication(cmd) => replication::run(cmd, &c, &s).await,
                Command::Mount(args) => mount::mount(args, &c, &s).await,
                Command::Metrics(args) => metrics::metrics(args, &c, &s).await,
                Command::Credits(args) => metrics::credits(args, &c, &s).await,
                Command::Dash(args) => {
                    let open = match &args.file_system {
                        Some(fs) => Some(resolve::file_system(&c, fs).await?.file_system_id().to_string()),
                        None => None,
                    };
                    let interval = watch::polling_interval(
                        args.interval,
                        &s,
                        crate::tui::METRICS_PER_FILE_SYSTEM,
                        std::time::Duration::from_secs(5),
                    )?;
                    crate::tui::run(c, &s, interval, open).await
                }
                Command::Watch(args) => watch::run(args, &c, &s).await,
                Command::Alarm(cmd) => alarm::run(cmd, &c, &s).await,
                Command::Doctor(args) => doctor::run(args, &c, &s).await,
                Command::K8s(cmd) => k8s::run(cmd, &c, &s).await,
                Command::Tag(args) => fs_settings::tag(args, &c, &s).await,
                Command::Untag(args) => fs_settings::untag(args, &c, &s).await,
                Command::Completions { .. }
                | Command::Man { .. }
                | Command::Emulator(_)
                | Command::Umount(_)
                | Command::Mounts
                | Command::Simulate(_) => unreachable!("handled above"),
            }
        }
    }
}
