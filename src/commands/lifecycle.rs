//! `efsctl lifecycle get|set|clear|status`: the transitions, and what they do to the data and
//! the bill. The projection comes from the emulator, which knows every file's last access; on
//! AWS the API only tells the bytes per class.

use aws_sdk_efs::types::{FileSystemDescription, LifecyclePolicy};
use serde_json::{Value, json};

use super::resolve;
use crate::cli::LifecycleCommand;
use crate::clients::Clients;
use crate::error::{CliError, from_sdk};
use crate::lifecycle_config;
use crate::output::{self, Rendered, bytes, money};
use crate::settings::Settings;
use efsctl_control::api::LifecycleQuery;
use efsctl_core::lifecycle::{ClassBytes, Policy, Tier};
use efsctl_core::model::modes::PerformanceMode;
use efsctl_core::model::rules;

fn lifecycle_view(id: &str, policies: &[LifecyclePolicy]) -> Rendered {
    let mut pairs = Vec::new();
    for p in policies {
        pairs.extend(p.transition_to_ia().map(|t| ("to IA", t.as_str().to_string())));
        pairs.extend(p.transition_to_archive().map(|t| ("to Archive", t.as_str().to_string())));
        pairs.extend(p.transition_to_primary_storage_class().map(|t| ("back to Standard", t.as_str().to_string())));
    }
    if pairs.is_empty() {
        pairs.push(("transitions", "none (everything stays in Standard)".into()));
    }
    output::record(
        json!({"LifecyclePolicies": crate::output::shapes::lifecycle_policies(policies)}),
        format!("lifecycle of {id}"),
        pairs,
        Some(id.to_string()),
    )
}

pub async fn run(cmd: LifecycleCommand, c: &Clients, settings: &Settings) -> Result<(), CliError> {
    let (fs, policies) = match cmd {
        LifecycleCommand::Get(a) => {
            let fs = resolve::file_system(c, &a.file_system).await?;
            let out = c
                .efs
                .describe_lifecycle_configuration()
                .file_system_id(fs.file_system_id())
                .send()
                .await
                .map_err(|e| from_sdk("reading the lifecycle", e))?;
            return output::print(settings, &lifecycle_view(fs.file_system_id(), out.lifecycle_policies()));
        }
        LifecycleCommand::Status(a) => {
            let fs = resolve::file_system(c, &a.file_system).await?;
            return output::print(settings, &status(c, &fs, None).await?);
        }
        LifecycleCommand::Clear(a) => (resolve::file_system(c, &a.file_system).await?, Vec::new()),
        LifecycleCommand::Set { file_system, ia, archive, back_on_access, dry_run } => {
            if ia.is_none() && archive.is_none() && !back_on_access {
                return Err(CliError::usage(
                    "give --ia, --archive and/or --back-on-access (use `lifecycle clear` to remove transitions)",
                ));
            }
            let fs = resolve::file_system(c, &file_system).await?;
            let throughput = resolve::mode_of(&fs)?;
            let performance: PerformanceMode = fs.performance_mode().as_str().parse().map_err(CliError::other)?;
            rules::check_transitions(ia, archive, throughput, performance)
                .map_err(|e| CliError::usage(format!("--ia/--archive: {e}")))?;
            if dry_run {
                return output::print(settings, &status(c, &fs, Some(Policy { ia, archive, back_on_access })).await?);
            }
            (fs, lifecycle_config::lifecycle_policies(ia, archive, back_on_access))
        }
    };
    let out = c
        .efs
        .put_lifecycle_configuration()
        .file_system_id(fs.file_system_id())
        .set_lifecycle_policies(Some(policies))
        .send()
        .await
        .map_err(|e| from_sdk("setting the lifecycle", e))?;
    output::print(settings, &lifecycle_view(fs.file_system_id(), out.lifecycle_policies()))
}

fn describe_policy(p: &Policy) -> String {
    let mut parts = Vec::new();
    let days = |n: u32| if n == 1 { "1 day".to_string() } else { format!("{n} days") };
    parts.extend(p.ia.map(|a| format!("IA after {} without access", days(a.days()))));
    parts.extend(p.archive.map(|a| format!("Archive after {}", days(a.days()))));
    if p.back_on_access {
        parts.push("back to Standard on first access".into());
    }
    if parts.is_empty() { "no transitions: everything stays in Standard".into() } else { parts.join(", ") }
}

fn classes_json(c: &ClassBytes, with_files: bool, rates: &[f64; 3]) -> Value {
    Value::Array(
        Tier::ALL
            .iter()
            .map(|&t| {
                json!({
                    "StorageClass": t.label(),
                    "Files": with_files.then(|| c.files(t)),
                    "MeteredBytes": c.metered(t),
                    "BilledBytes": c.metered(t) + c.overhead(t),
                    "MonthlyCost": (c.monthly_cost(t, rates) * 100.0).round() / 100.0,
                })
            })
            .collect(),
    )
}

/// The census by class, the outlook if nothing is read, and the charges so far. `proposed`
/// replaces the file system's own policy (`lifecycle set --dry-run`).
async fn status(c: &Clients, fs: &FileSystemDescription, proposed: Option<Policy>) -> Result<Rendered, CliError> {
    let id = fs.file_system_id();
    let bill = resolve::billing(c, fs)?;
    let rates = &bill.storage_rates();
    let Some(control) = c.control() else { return Ok(aws_status(fs, proposed, rates)) };
    // The emulator knows every file's last access: files by class and the outlook.
    let report = control.lifecycle(&LifecycleQuery::new(id, proposed)).await?;
    let policy = Policy::from(report.policy);
    let now = &report.projection.now;
    let k = &report.counters;
    let mut view = Rendered::new(json!({
        "FileSystemId": id,
        "DryRun": proposed.is_some(),
        "Policy": describe_policy(&policy),
        "Classes": classes_json(now, true, rates),
        "MonthlyCost": (now.total_monthly_cost(rates) * 100.0).round() / 100.0,
        "Outlook": report.projection.outlook.iter().map(|o| json!({
            "Days": o.days,
            "ToIA": {"Files": o.to_ia.0, "Bytes": o.to_ia.1},
            "ToArchive": {"Files": o.to_archive.0, "Bytes": o.to_archive.1},
            "Classes": classes_json(&o.classes, true, rates),
            "MonthlyCost": (o.classes.total_monthly_cost(rates) * 100.0).round() / 100.0,
        })).collect::<Vec<_>>(),
        "Counters": k,
    }));
    class_rows(&mut view, now, true, rates);
    let title = if proposed.is_some() {
        "outlook under the proposed policy (dry run, nothing set)"
    } else {
        "outlook if nothing is read"
    };
    let outlook = report
        .projection
        .outlook
        .iter()
        .map(|o| {
            let moves = format!(
                "{} files ({}) to IA, {} files ({}) to Archive",
                o.to_ia.0,
                bytes(o.to_ia.1 as i64),
                o.to_archive.0,
                bytes(o.to_archive.1 as i64)
            );
            (
                format!("in {} day{}", o.days, if o.days == 1 { "" } else { "s" }),
                format!("{moves}; storage {}/month", money(o.classes.total_monthly_cost(rates))),
            )
        })
        .collect();
    view.sections.push(("policy".into(), vec![("transitions".into(), describe_policy(&policy))]));
    view.sections.push((title.into(), outlook));
    let gb = efsctl_core::pricing::GB;
    view.sections.push((
        "so far".into(),
        vec![
            (
                "read from IA".into(),
                format!(
                    "{} ({})",
                    bytes(k.ia_read_bytes as i64),
                    money(k.ia_read_bytes as f64 / gb * bill.prices.access(Tier::Ia))
                ),
            ),
            (
                "read from Archive".into(),
                format!(
                    "{} ({})",
                    bytes(k.archive_read_bytes as i64),
                    money(k.archive_read_bytes as f64 / gb * bill.prices.access(Tier::Archive))
                ),
            ),
            ("moved to IA".into(), bytes(k.to_ia_bytes as i64)),
            ("moved to Archive".into(), bytes(k.to_archive_bytes as i64)),
        ],
    ));
    view.ids.push(id.to_string());
    Ok(view)
}

/// The table of classes: files (when known), metered and billed bytes, monthly cost.
fn class_rows(view: &mut Rendered, c: &ClassBytes, with_files: bool, rates: &[f64; 3]) {
    view.headers = vec!["CLASS", "FILES", "METERED", "BILLED", "PER MONTH"];
    for t in Tier::ALL {
        let files = if with_files { c.files(t).to_string() } else { "-".into() };
        view.rows.push(vec![
            t.label().into(),
            files,
            bytes(c.metered(t) as i64),
            bytes((c.metered(t) + c.overhead(t)) as i64),
            money(c.monthly_cost(t, rates)),
        ]);
    }
    let total = |f: fn(&ClassBytes, Tier) -> u64| Tier::ALL.iter().map(|&t| f(c, t)).sum::<u64>();
    view.rows.push(vec![
        "Total".into(),
        if with_files { total(ClassBytes::files).to_string() } else { "-".into() },
        bytes(total(ClassBytes::metered) as i64),
        bytes((total(ClassBytes::metered) + total(ClassBytes::overhead)) as i64),
        money(c.total_monthly_cost(rates)),
    ]);
}

/// On AWS: bytes per class from `SizeInBytes` (refreshed by EFS about hourly). Which files
/// move when depends on per-file access times the API does not expose.
fn aws_status(fs: &FileSystemDescription, proposed: Option<Policy>, rates: &[f64; 3]) -> Rendered {
    let id = fs.file_system_id();
    let size = fs.size_in_bytes();
    let v = |f: fn(&aws_sdk_efs::types::FileSystemSize) -> Option<i64>| size.and_then(f).unwrap_or(0).max(0) as u64;
    let standard = size.map(|s| s.value_in_standard().unwrap_or(s.value())).unwrap_or(0).max(0) as u64;
    let c =
        ClassBytes { metered: [standard, v(|s| s.value_in_ia()), v(|s| s.value_in_archive())], ..Default::default() };
    let mut view = Rendered::new(
        json!({"FileSystemId": id, "Classes": classes_json(&c, false, rates), "MonthlyCost": (c.total_monthly_cost(rates) * 100.0).round() / 100.0}),
    );
    class_rows(&mut view, &c, false, rates);
    let mut notes = vec![(
        "outlook".into(),
        "not available: the EFS API does not expose per-file access times (the emulator projects it)".to_string(),
    )];
    if let Some(p) = proposed {
        notes.insert(0, ("proposed (dry run)".into(), describe_policy(&p)));
    }
    view.sections.push(("lifecycle".into(), notes));
    view.ids.push(id.to_string());
    view
}
