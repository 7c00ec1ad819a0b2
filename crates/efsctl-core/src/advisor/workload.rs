//! A workload for `efsctl simulate`, read from TOML: the file system it runs on and phases of
//! identical clients. Every value is checked; an error names the key and its line.
//!
//! ```toml
//! name = "nightly CI cache restore"
//! region = "us-east-1"          # default: --region, else us-east-1
//! repeat = 1                    # run the phases this many times
//! provisioned = ["100MiB/s"]    # Provisioned levels to try (the smallest that never throttles is always tried)
//! [file_system]
//! stored = "500GiB"             # Standard bytes at the start; writes add to it
//! credits = "2.1TiB"            # Bursting's starting balance (a new file system's by default)
//! one_zone = false
//! [[phase]]
//! name = "restore"
//! clients = 40
//! rate = "100MiB/s"             # per client; leave out for as fast as EFS lets one client go
//! read = 1.0                    # share of bytes read; the rest is written
//! io_size = "1MiB"              # request size (at most 1 MiB, the NFS rsize/wsize)
//! file_size = { "64KiB" = 0.9, "8MiB" = 0.1 }   # or one size; shares of the files
//! dataset = "200GiB"            # bytes the phase moves per epoch, shared by the clients
//! epochs = 1                    # or: duration = "10m" instead of dataset and epochs
//! ```

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::model::regions;
use crate::throughput::{INITIAL_CREDITS, MIB};
use crate::units::{parse_duration, parse_rate, parse_size};

/// A checked workload.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Workload {
    pub name: String,
    pub region: String,
    pub stored: f64,
    pub credits: f64,
    pub one_zone: bool,
    pub repeat: u32,
    /// Provisioned levels (MiB/s) to try besides the smallest that never throttles.
    pub provisioned: Vec<f64>,
    pub phases: Vec<Phase>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Phase {
    pub name: String,
    pub clients: u32,
    /// Bytes/s each client asks for; `None`: as fast as EFS lets one client go.
    pub rate: Option<f64>,
    /// Share of the bytes read (the rest is written).
    pub read: f64,
    pub io_size: f64,
    /// File sizes and their shares of the files (shares sum to 1).
    pub files: Vec<(f64, f64)>,
    pub amount: Amount,
}

#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub enum Amount {
    /// Bytes moved by all clients together.
    Bytes(f64),
    /// Seconds the clients run for.
    Seconds(f64),
}

/// What is wrong with a workload file, and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{}{message}", .line.map(|l| format!("line {l}: ")).unwrap_or_default(), if .key.is_empty() { String::new() } else { format!("{}: ", .key) })]
pub struct WorkloadError {
    /// 1-based line in the file; `None` for a value given with --set or a key left out.
    pub line: Option<usize>,
    /// The key as a dotted path: `phase.1.rate`, `file_system.credits`.
    pub key: String,
    pub message: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    name: Option<String>,
    region: Option<String>,
    repeat: Option<i64>,
    provisioned: Option<Vec<String>>,
    file_system: Option<RawFileSystem>,
    #[serde(default)]
    phase: Vec<RawPhase>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFileSystem {
    stored: Option<Quantity>,
    credits: Option<Quantity>,
    one_zone: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhase {
    name: Option<String>,
    clients: i64,
    rate: Option<String>,
    read: Option<f64>,
    io_size: Option<Quantity>,
    file_size: Option<FileSizes>,
    dataset: Option<Quantity>,
    epochs: Option<f64>,
    duration: Option<String>,
}

/// A size written as text (`2TiB`) or a number of bytes.
#[derive(Deserialize)]
#[serde(untagged)]
enum Quantity {
    Bytes(f64),
    Text(String),
}

#[derive(Deserialize)]
#[serde(untagged)]
enum FileSizes {
    One(Quantity),
    Shares(BTreeMap<String, f64>),
}

/// The largest request NFS sends to EFS (rsize/wsize).
const MAX_IO: f64 = MIB;
/// Longest phase and most repeats: a year of simulated time is the limit anyway.
const MAX_DURATION_SECS: f64 = 366.0 * 86400.0;
const MAX_CLIENTS: i64 = 100_000;
const MAX_REPEAT: i64 = 10_000;

/// Parses `text` (the workload file) with `overrides` (`key=value`, as `--set` gives them)
/// applied on top; a workload that names no region runs in `default_region`.
pub fn parse_in(text: &str, overrides: &[String], default_region: &str) -> Result<Workload, WorkloadError> {
    let syntax = |e: toml::de::Error| WorkloadError {
        line: e.span().map(|s| line_at(text, s.start)),
        key: String::new(),
        message: e.message().trim().to_string(),
    };
    // The file alone first, so its own mistakes carry their line.
    let mut raw: Raw = toml::from_str(text).map_err(syntax)?;
    if !overrides.is_empty() {
        let mut doc: toml::Table = toml::from_str(text).map_err(syntax)?;
        for o in overrides {
            apply(&mut doc, o)?;
        }
        raw = Raw::deserialize(toml::Value::Table(doc)).map_err(|e| WorkloadError {
            line: None,
            key: "--set".into(),
            message: e.message().trim().to_string(),
        })?;
    }
    check(raw, default_region).map_err(|(key, message)| {
        let from_set = overrides.iter().any(|o| o.split('=').next().is_some_and(|k| k.trim() == key));
        WorkloadError { line: if from_set { None } else { line_of(text, &key) }, key, message }
    })
}

/// Sets `key=value` in the document: `file_system.credits=1TiB`, `phase.0.clients=16` (or
/// the phase's name for its index). A value that is not TOML is taken as a string.
fn apply(doc: &mut toml::Table, assignment: &str) -> Result<(), WorkloadError> {
    let bad = |message: String| WorkloadError { line: None, key: format!("--set {assignment}"), message };
    let (key, value) =
        assignment.split_once('=').ok_or_else(|| bad("give key=value, e.g. phase.0.clients=16".into()))?;
    let value = toml::from_str::<toml::Table>(&format!("v = {}", value.trim()))
        .ok()
        .and_then(|mut t| t.remove("v"))
        .unwrap_or_else(|| toml::Value::String(value.trim().to_string()));
    let parts: Vec<&str> = key.trim().split('.').collect();
    if parts.iter().any(|p| p.is_empty()) {
        return Err(bad("the key has an empty part; e.g. phase.0.clients".into()));
    }
    let mut root = toml::Value::Table(std::mem::take(doc));
    let result = set(&mut root, &parts, value).map_err(bad);
    if let toml::Value::Table(t) = root {
        *doc = t;
    }
    result
}

fn set(at: &mut toml::Value, parts: &[&str], new: toml::Value) -> Result<(), String> {
    let (first, rest) = parts.split_first().ok_or("the key is empty")?;
    match at {
        toml::Value::Table(t) if rest.is_empty() => {
            t.insert(first.to_string(), new);
            Ok(())
        }
        toml::Value::Table(t) => {
            set(t.entry(first.to_string()).or_insert_with(|| toml::Value::Table(toml::Table::new())), rest, new)
        }
        toml::Value::Array(items) => {
            let named = |p: &toml::Value| p.get("name").and_then(|n| n.as_str()) == Some(first);
            let i = first
                .parse::<usize>()
                .ok()
                .or_else(|| items.iter().position(named))
                .filter(|i| *i < items.len())
                .ok_or_else(|| format!("no phase '{first}' (phases are numbered from 0 or named)"))?;
            if rest.is_empty() {
                return Err("name a key inside the phase, e.g. phase.0.clients".into());
            }
            set(&mut items[i], rest, new)
        }
        _ => Err(format!("'{first}' is inside a value, not a table")),
    }
}

fn line_at(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The line of a dotted key in the file, when it is written there.
fn line_of(text: &str, key: &str) -> Option<usize> {
    use toml::de::{DeTable, DeValue};
    let doc = DeTable::parse(text).ok()?;
    let parts: Vec<&str> = key.split('.').collect();
    let mut table = doc.get_ref();
    let mut span = None;
    let mut i = 0;
    while i < parts.len() {
        let (k, v) = table.iter().find(|(k, _)| k.get_ref().as_ref() == parts[i])?;
        span = Some(k.span());
        i += 1;
        match v.get_ref() {
            DeValue::Table(t) => table = t,
            DeValue::Array(items) if i < parts.len() => {
                let item = items.get(parts[i].parse::<usize>().ok()?)?;
                span = Some(item.span());
                i += 1;
                match item.get_ref() {
                    DeValue::Table(t) => table = t,
                    _ => break,
                }
            }
            _ => break,
        }
    }
    span.map(|s| line_at(text, s.start))
}

type Checked<T> = Result<T, (String, String)>;

fn size(key: &str, q: &Quantity) -> Checked<f64> {
    let v = match q {
        Quantity::Bytes(b) => *b,
        Quantity::Text(t) => parse_size(t).map_err(|e| (key.to_string(), e))?,
    };
    if !v.is_finite() || !(0.0..=1e18).contains(&v) {
        return Err((key.to_string(), format!("{v} is not a size from 0 to 1e18 bytes (e.g. 2TiB)")));
    }
    Ok(v)
}

fn check(raw: Raw, default_region: &str) -> Checked<Workload> {
    let err = |key: &str, message: String| Err((key.to_string(), message));
    let region = raw.region.unwrap_or_else(|| default_region.to_string());
    if regions::find(&region).is_none() {
        return err("region", format!("'{region}' is not a region efsctl knows; e.g. us-east-1, eu-west-1"));
    }
    let repeat = raw.repeat.unwrap_or(1);
    if !(1..=MAX_REPEAT).contains(&repeat) {
        return err("repeat", format!("{repeat} is not from 1 to {MAX_REPEAT}"));
    }
    let mut provisioned = Vec::new();
    for (i, p) in raw.provisioned.unwrap_or_default().iter().enumerate() {
        let key = format!("provisioned.{i}");
        let v = parse_rate(p).map_err(|e| (key.clone(), e))? / MIB;
        if !(1.0..=10240.0).contains(&v) {
            return err(&key, format!("'{p}' is not a Provisioned amount from 1MiB/s to 10GiB/s"));
        }
        provisioned.push(v);
    }
    let fs = raw.file_system.unwrap_or(RawFileSystem { stored: None, credits: None, one_zone: None });
    let stored = fs.stored.as_ref().map(|q| size("file_system.stored", q)).transpose()?.unwrap_or(0.0);
    let credits = fs.credits.as_ref().map(|q| size("file_system.credits", q)).transpose()?.unwrap_or(INITIAL_CREDITS);
    if raw.phase.is_empty() {
        return err("phase", "no phases: add at least one [[phase]] with clients and dataset or duration".into());
    }
    let phases = raw.phase.into_iter().enumerate().map(|(i, p)| check_phase(i, p)).collect::<Checked<Vec<_>>>()?;
    Ok(Workload {
        name: raw.name.unwrap_or_else(|| "workload".into()),
        region,
        stored,
        credits,
        one_zone: fs.one_zone.unwrap_or(false),
        repeat: repeat as u32,
        provisioned,
        phases,
    })
}

fn check_phase(i: usize, p: RawPhase) -> Checked<Phase> {
    let key = |k: &str| format!("phase.{i}.{k}");
    let err = |k: &str, message: String| Err((key(k), message));
    if !(0..=MAX_CLIENTS).contains(&p.clients) {
        return err("clients", format!("{} is not from 0 to {MAX_CLIENTS}", p.clients));
    }
    let rate = match p.rate.as_deref() {
        None => None,
        Some(r) => {
            let v = parse_rate(r).map_err(|e| (key("rate"), e))?;
            if v <= 0.0 {
                return err("rate", format!("'{r}' must be above 0 (leave rate out for as fast as EFS allows)"));
            }
            Some(v)
        }
    };
    let read = p.read.unwrap_or(1.0);
    if !(0.0..=1.0).contains(&read) {
        return err("read", format!("{read} is not a share from 0 to 1 (1 = reads only, 0 = writes only)"));
    }
    let io_size = p.io_size.as_ref().map(|q| size(&key("io_size"), q)).transpose()?.unwrap_or(MAX_IO);
    if !(1.0..=MAX_IO).contains(&io_size) {
        return err("io_size", format!("{io_size} bytes is not from 1 B to 1MiB (the NFS request limit)"));
    }
    let files = match p.file_size {
        None => vec![(io_size, 1.0)],
        Some(FileSizes::One(q)) => vec![(size(&key("file_size"), &q)?, 1.0)],
        Some(FileSizes::Shares(shares)) => {
            let mut out = Vec::new();
            for (s, w) in &shares {
                let k = key(&format!("file_size.{s}"));
                let v = parse_size(s).map_err(|e| (k.clone(), e))?;
                if !w.is_finite() || *w < 0.0 {
                    return Err((k, format!("share {w} must be 0 or more")));
                }
                out.push((v, *w));
            }
            let total: f64 = out.iter().map(|(_, w)| w).sum();
            if total <= 0.0 {
                return err("file_size", "the shares add up to 0; give each size its share of the files".into());
            }
            out.into_iter().map(|(v, w)| (v, w / total)).collect()
        }
    };
    if let Some((v, _)) = files.iter().find(|(v, _)| *v < 1.0) {
        return err("file_size", format!("{v} bytes: files must hold at least 1 byte"));
    }
    let amount = match (p.dataset, p.epochs, p.duration) {
        (Some(d), epochs, None) => {
            let epochs = epochs.unwrap_or(1.0);
            if !epochs.is_finite() || !(0.0..=1e6).contains(&epochs) {
                return err("epochs", format!("{epochs} is not from 0 to 1000000"));
            }
            Amount::Bytes(size(&key("dataset"), &d)? * epochs)
        }
        (None, None, Some(d)) => {
            let secs = parse_duration(&d).map_err(|e| (key("duration"), e))?.as_secs_f64();
            if secs > MAX_DURATION_SECS {
                return err("duration", format!("'{d}' is longer than a year; simulate at most 366d"));
            }
            Amount::Seconds(secs)
        }
        (Some(_), _, Some(_)) => {
            return err("duration", "give either dataset (and epochs) or duration, not both".into());
        }
        (None, Some(_), _) => return err("epochs", "epochs need a dataset: how many bytes one epoch moves".into()),
        (None, None, None) => return err("dataset", "give dataset (and epochs) or duration".into()),
    };
    if p.clients == 0 && matches!(amount, Amount::Bytes(b) if b > 0.0) {
        return err("clients", "0 clients move no bytes: give clients, or a duration for an idle phase".into());
    }
    Ok(Phase {
        name: p.name.unwrap_or_else(|| format!("phase {i}")),
        clients: p.clients as u32,
        rate,
        read,
        io_size,
        files,
        amount,
    })
}

/// `parse_in` us-east-1, for tests.
#[cfg(test)]
pub fn parse(text: &str, overrides: &[String]) -> Result<Workload, WorkloadError> {
    parse_in(text, overrides, "us-east-1")
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASIC: &str = r#"name = "t"
[file_system]
stored = "1TiB"
credits = "100GiB"

[[phase]]
name = "train"
clients = 8
rate = "100MiB/s"
read = 0.9
dataset = "2TiB"
epochs = 3
"#;

    #[test]
    fn a_workload_parses_with_defaults() {
        let w = parse(BASIC, &[]).unwrap();
        assert_eq!((w.region.as_str(), w.repeat, w.one_zone), ("us-east-1", 1, false));
        assert_eq!(w.stored, 1024.0 * 1024.0 * MIB);
        let p = &w.phases[0];
        assert_eq!((p.clients, p.rate, p.read, p.io_size), (8, Some(100.0 * MIB), 0.9, MIB));
        assert_eq!(p.amount, Amount::Bytes(6.0 * 1024.0 * 1024.0 * MIB));
    }

    #[test]
    fn set_overrides_by_index_or_name_and_strings_need_no_quotes() {
        let w = parse(BASIC, &["phase.train.clients=16".into(), "file_system.credits=1TiB".into()]).unwrap();
        assert_eq!(w.phases[0].clients, 16);
        assert_eq!(w.credits, 1024.0 * 1024.0 * MIB);
        let w = parse(BASIC, &["phase.0.rate=50MiB/s".into()]).unwrap();
        assert_eq!(w.phases[0].rate, Some(50.0 * MIB));
    }

    #[test]
    fn errors_name_the_key_and_line() {
        let e = parse(&BASIC.replace("read = 0.9", "read = 1.5"), &[]).unwrap_err();
        assert_eq!((e.line, e.key.as_str()), (Some(10), "phase.0.read"), "{e}");
        assert!(e.to_string().starts_with("line 10: phase.0.read: 1.5 is not a share"), "{e}");
        let e = parse(&BASIC.replace("rate =", "speed ="), &[]).unwrap_err();
        assert_eq!(e.line, Some(9), "{e}");
        assert!(e.message.contains("unknown field `speed`"), "{e}");
        let e = parse(&BASIC.replace("\"100GiB\"", "\"lots\""), &[]).unwrap_err();
        assert_eq!((e.line, e.key.as_str()), (Some(4), "file_system.credits"), "{e}");
        let e = parse(&BASIC.replace("clients = 8", "clients = -2"), &[]).unwrap_err();
        assert_eq!((e.line, e.key.as_str()), (Some(8), "phase.0.clients"), "{e}");
        let e = parse(BASIC, &["phase.0.clients=-1".into()]).unwrap_err();
        assert_eq!((e.line, e.key.as_str()), (None, "phase.0.clients"), "{e}");
        let e = parse(BASIC, &["phase.nine.clients=1".into()]).unwrap_err();
        assert!(e.message.contains("no phase 'nine'"), "{e}");
        let e = parse("[[phase]]\nclients = 1\n", &[]).unwrap_err();
        assert_eq!(e.key, "phase.0.dataset", "{e}");
        let e = parse("x = [", &[]).unwrap_err();
        assert_eq!(e.line, Some(1), "{e}");
    }

    proptest::proptest! {
        /// No text and no --set makes the parser panic: it answers a workload or an error.
        #[test]
        fn junk_never_panics(text in "\\PC{0,200}", cut in 0usize..400, set in "[a-z0-9._=-]{0,30}") {
            let _ = parse(&text, &[]);
            let mutated: String = BASIC.chars().take(cut).chain(text.chars()).collect();
            let _ = parse(&mutated, std::slice::from_ref(&set));
            let _ = parse(BASIC, &[set]);
        }
    }
}
