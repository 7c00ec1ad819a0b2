//! Renders command results: `-o table` (comfy-table sized to the terminal), `-o json` (AWS API
//! field names, so `jq` filters written for `aws efs` carry over), `-o text` (tab-separated,
//! one resource per line), `--query` (JMESPath over the JSON), `-q` (ids only).

use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets};
use serde_json::Value;

pub mod shapes;

use crate::cli::OutputFormat;
use crate::error::CliError;
use crate::settings::Settings;

pub use efsctl_core::units::{bytes, utc};

/// What a command produced, in every shape it can be printed.
pub struct Rendered {
    /// The AWS-shaped document (`-o json`, `--query`).
    pub json: Value,
    /// Column headers and one row per resource (`-o table`, `-o text`).
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
    /// Key/value sections shown after the table (describe views).
    pub sections: Vec<(String, Vec<(String, String)>)>,
    /// Resource ids (`-q`).
    pub ids: Vec<String>,
}

impl Rendered {
    pub fn new(json: Value) -> Self {
        Rendered { json, headers: Vec::new(), rows: Vec::new(), sections: Vec::new(), ids: Vec::new() }
    }
}

fn text_of(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(text_of).collect::<Vec<_>>().join("\t"),
        other => other.to_string(),
    }
}

fn print_query_result(v: &Value, format: OutputFormat) {
    match (format, v) {
        (OutputFormat::Json, _) | (OutputFormat::Table, Value::Object(_)) => {
            println!("{}", serde_json::to_string_pretty(v).unwrap_or_default())
        }
        (_, Value::Array(items)) => {
            for item in items {
                println!("{}", text_of(item));
            }
        }
        (_, other) => println!("{}", text_of(other)),
    }
}

pub fn print(settings: &Settings, out: &Rendered) -> Result<(), CliError> {
    if settings.quiet {
        for id in &out.ids {
            println!("{id}");
        }
        return Ok(());
    }
    if let Some(expr) = &settings.query {
        let compiled = jmespath::compile(expr)
            .map_err(|e| CliError::usage(format!("--query '{expr}' is not valid JMESPath: {e}")))?;
        let data = jmespath::Variable::from_json(&out.json.to_string())
            .map_err(|e| CliError::other(format!("cannot query the output: {e}")))?;
        let result = compiled.search(data).map_err(|e| CliError::usage(format!("--query '{expr}' failed: {e}")))?;
        let value: Value = serde_json::to_value(&*result).unwrap_or(Value::Null);
        print_query_result(&value, settings.output);
        return Ok(());
    }
    match settings.output {
        OutputFormat::Json => println!("{}", serde_json::to_string_pretty(&out.json).unwrap_or_default()),
        OutputFormat::Text => {
            for row in &out.rows {
                println!("{}", row.join("\t"));
            }
            for (_, pairs) in &out.sections {
                for (k, v) in pairs {
                    println!("{k}\t{v}");
                }
            }
        }
        OutputFormat::Table => {
            if !out.headers.is_empty() {
                let mut table = Table::new();
                // Plain aligned columns, as kubectl and docker print them: borders cost a
                // tenth of an 80-column terminal.
                table
                    .load_preset(presets::NOTHING)
                    .set_content_arrangement(ContentArrangement::Dynamic)
                    .set_header(&out.headers);
                if !settings.color {
                    table.force_no_tty();
                }
                for row in &out.rows {
                    table.add_row(row);
                }
                // Cells wrap to fit the terminal only between words: an id or a state cut in
                // two cannot be read or copied. (Where even that does not fit, the terminal
                // wraps the lines.)
                for (i, column) in table.column_iter_mut().enumerate() {
                    let cells = out.rows.iter().filter_map(|r| r.get(i)).map(String::as_str);
                    // (+2: the boundary counts the cell's padding.)
                    let longest_word = cells
                        .chain(out.headers.get(i).copied())
                        .flat_map(str::split_whitespace)
                        .map(|w| w.chars().count())
                        .max()
                        .unwrap_or(1);
                    column.set_padding((0, 2));
                    column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(
                        (longest_word + 2).min(u16::MAX as usize) as u16,
                    )));
                }
                if out.rows.is_empty() {
                    eprintln!("(none)");
                } else {
                    for line in table.lines() {
                        println!("{}", line.trim_end());
                    }
                }
            }
            for (title, pairs) in &out.sections {
                println!("{title}");
                let width = pairs.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
                for (k, v) in pairs {
                    println!("  {k:<width$}  {v}");
                }
            }
        }
    }
    Ok(())
}

/// A throughput mode as people read it: `provisioned 64 MiB/s`, `elastic`.
pub fn throughput_mode(mode: &str, provisioned_mibps: Option<f64>) -> String {
    match (mode, provisioned_mibps) {
        ("provisioned", Some(v)) => format!("provisioned {v} MiB/s"),
        (m, _) => m.to_string(),
    }
}

/// Dollars to the cent: `$12.30`, `-$4.00`; what rounds to nothing is `$0.00` (never `$-0.00`).
pub fn money(v: f64) -> String {
    match v {
        v if v <= -0.005 => format!("-${:.2}", -v),
        v if v < 0.005 => "$0.00".into(),
        v => format!("${v:.2}"),
    }
}

/// A throughput: `12.3 MiB/s`, or `5.0 GiB/s` from a GiB/s up.
pub fn rate(bytes_per_sec: f64) -> String {
    const MIB: f64 = 1024.0 * 1024.0;
    const GIB: f64 = 1024.0 * MIB;
    if bytes_per_sec >= GIB {
        format!("{:.1} GiB/s", bytes_per_sec / GIB)
    } else {
        format!("{:.1} MiB/s", bytes_per_sec / MIB)
    }
}

/// How long ago `epoch_secs` was, coarsely (`5m`, `3h`, `12d`).
pub fn age(epoch_secs: f64, now: f64) -> String {
    let s = (now - epoch_secs).max(0.0) as u64;
    match s {
        0..60 => format!("{s}s"),
        60..3600 => format!("{}m", s / 60),
        3600..86400 => format!("{}h", s / 3600),
        _ => format!("{}d", s / 86400),
    }
}

/// `2h 05m`, `4m 10s`, `35s`, `3d 04h`: a span to the nearest second, two units at most.
pub fn duration(secs: f64) -> String {
    let s = secs.max(0.0).round() as u64;
    match s {
        0..60 => format!("{s}s"),
        60..3600 => format!("{}m {:02}s", s / 60, s % 60),
        3600..86400 => format!("{}h {:02}m", s / 3600, s % 3600 / 60),
        _ => format!("{}d {:02}h", s / 86400, s % 86400 / 3600),
    }
}

/// A single resource shown as key/value lines (table), `key\tvalue` lines (text) or JSON.
pub fn record(json: Value, title: impl Into<String>, pairs: Vec<(&str, String)>, id: Option<String>) -> Rendered {
    let mut r = Rendered::new(json);
    r.sections.push((title.into(), pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()));
    r.ids.extend(id);
    r
}

/// The ids a delete removed.
pub fn deleted(ids: Vec<String>) -> Rendered {
    let mut r = Rendered::new(serde_json::json!({"Deleted": ids}));
    r.headers = vec!["DELETED"];
    r.rows = ids.iter().map(|d| vec![d.clone()]).collect();
    r.ids = ids;
    r
}

#[cfg(test)]
mod tests {
    #[test]
    fn durations() {
        assert_eq!(super::duration(35.0), "35s");
        assert_eq!(super::duration(250.0), "4m 10s");
        assert_eq!(super::duration(7500.0), "2h 05m");
        assert_eq!(super::duration(3.0 * 86400.0 + 4.0 * 3600.0), "3d 04h");
    }

    #[test]
    fn ages() {
        assert_eq!(super::age(0.0, 7200.0), "2h");
    }
}
