//! `efsctl tune`: throughput changes with their cost, and the 24-hour rule checked up front.
//!
//! After a throughput-mode change or a change of provisioned throughput, EFS refuses mode
//! changes and decreases for 24 hours, but its API does not say when the last change was; efsctl remembers the changes it made (in the data dir) so it
//! can say when the next one is allowed instead of surfacing a raw 429.

use serde_json::json;

use super::resolve;
use crate::cli::TuneArgs;
use crate::clients::Clients;
use crate::error::{CliError, ExitCode, from_sdk};
use crate::output::{self, shapes};
use crate::settings::Settings;
use crate::throughput_ledger;
use efsctl_core::model::limits::THROUGHPUT_CHANGE_COOLDOWN_SECS;
use efsctl_core::model::modes::{PerformanceMode, ThroughputMode};
use efsctl_core::model::rules;
use efsctl_core::pricing;

fn cost(mode: ThroughputMode, mibps: Option<f64>, std_bytes: i64) -> String {
    match pricing::monthly_throughput_cost(mode, mibps, std_bytes) {
        Some(c) => format!("${c:.2}/month"),
        None => {
            format!("usage-based (${}/GB read, ${}/GB written)", pricing::ELASTIC_READ_GB, pricing::ELASTIC_WRITE_GB)
        }
    }
}

pub async fn run(args: TuneArgs, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    if args.throughput_mode.is_none() && args.provisioned.is_none() {
        return Err(CliError::usage("nothing to change: give --throughput-mode and/or --provisioned"));
    }
    let fs = resolve::file_system(c, &args.file_system).await?;
    let arn = fs.file_system_arn().unwrap_or(fs.file_system_id()).to_string();
    let current: ThroughputMode =
        fs.throughput_mode().map(|t| t.as_str()).unwrap_or("bursting").parse().map_err(CliError::other)?;
    let performance: PerformanceMode = fs.performance_mode().as_str().parse().map_err(CliError::other)?;
    let current_mibps = fs.provisioned_throughput_in_mibps();
    let new = args.throughput_mode.map(ThroughputMode::from).unwrap_or(if args.provisioned.is_some() {
        ThroughputMode::Provisioned
    } else {
        current
    });
    let new_mibps =
        if new == ThroughputMode::Provisioned { args.provisioned.or(current_mibps) } else { args.provisioned };
    rules::check_modes(performance, new, new_mibps, fs.availability_zone_name().is_some())
        .map_err(|e| CliError::usage(format!("--throughput-mode/--provisioned: {e}")))?;
    let std_bytes = fs.size_in_bytes().map(|s| s.value_in_standard().unwrap_or(s.value())).unwrap_or(0);

    let mode_change = new != current;
    let decrease = matches!((current_mibps, new_mibps), (Some(old), Some(n)) if n < old);
    // The 24-hour rule runs on the backend's clock (the emulator's may be ahead).
    let now = c.now().await;
    let allowed_at = (mode_change || decrease)
        .then(|| throughput_ledger::last_change(&settings.data_dir, &arn).map(|t| t + THROUGHPUT_CHANGE_COOLDOWN_SECS))
        .flatten()
        .filter(|t| *t > now);

    let mut pairs = vec![
        ("file system", format!("{} ({})", fs.file_system_id(), fs.name().unwrap_or("no name"))),
        ("throughput now", output::throughput_mode(current.as_str(), current_mibps)),
        ("throughput after", output::throughput_mode(new.as_str(), new_mibps)),
        ("cost now", cost(current, current_mibps, std_bytes)),
        ("cost after", cost(new, new_mibps, std_bytes)),
        (
            "bursting baseline",
            format!("{:.1} MiB/s for {} in Standard", pricing::baseline_mibps(std_bytes), output::bytes(std_bytes)),
        ),
    ];
    if let (Some(a), Some(b)) = (
        pricing::monthly_throughput_cost(current, current_mibps, std_bytes),
        pricing::monthly_throughput_cost(new, new_mibps, std_bytes),
    ) {
        pairs.push(("monthly difference", format!("{:+.2} $", b - a)));
    }
    let change = mode_change || new_mibps != current_mibps;
    if !change {
        let now_is = output::throughput_mode(current.as_str(), current_mibps);
        return Err(CliError::usage(format!("{} already has {now_is}; nothing to change", fs.file_system_id()))
            .with_hint("give another --throughput-mode or --provisioned value"));
    }
    if change {
        pairs.push((
            "24-hour rule",
            "for 24 hours after this, no mode change and no decrease (increases are always allowed)".into(),
        ));
    }
    if let Some(t) = allowed_at {
        let msg = format!(
            "{} had a throughput change within 24 hours; the next mode change or decrease is allowed at {} (in {})",
            fs.file_system_id(),
            output::utc(t),
            output::age(now, t)
        );
        if !args.dry_run {
            return Err(CliError::new(ExitCode::Conflict, msg)
                .with_hint("increases of provisioned throughput are always allowed"));
        }
        pairs.push(("blocked until", output::utc(t)));
    }
    let plan = json!({"FileSystemId": fs.file_system_id(), "From": {"ThroughputMode": current.as_str(), "ProvisionedThroughputInMibps": current_mibps}, "To": {"ThroughputMode": new.as_str(), "ProvisionedThroughputInMibps": new_mibps}, "DryRun": args.dry_run});
    if args.dry_run {
        let view = output::record(
            json!({"Plan": plan}),
            "tune (dry run: nothing changed)",
            pairs,
            Some(fs.file_system_id().to_string()),
        );
        return output::print(settings, &view);
    }
    c.efs
        .update_file_system()
        .file_system_id(fs.file_system_id())
        .throughput_mode(new.as_str().into())
        .set_provisioned_throughput_in_mibps(if new == ThroughputMode::Provisioned { new_mibps } else { None })
        .send()
        .await
        .map_err(|e| from_sdk(&format!("tuning {}", fs.file_system_id()), e))?;
    if change {
        throughput_ledger::record_change(&settings.data_dir, &arn, now);
    }
    let mut doc = shapes::file_system(&super::file_systems::fetch(c, fs.file_system_id()).await?);
    doc["Plan"] = plan;
    let view = output::record(doc, "tuned", pairs, Some(fs.file_system_id().to_string()));
    output::print(settings, &view)
}
