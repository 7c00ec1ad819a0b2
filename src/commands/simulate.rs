//! `efsctl simulate WORKLOAD.toml`: the workload through the throughput model in each mode
//! (`efsctl_core::advisor::simulate`), as a table, a terminal chart, JSON or an SVG. Pure: no
//! backend, no daemon.

use plotters::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color as TermColor, Style};
use ratatui::symbols::Marker;
use ratatui::text::Line;
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Widget};

use crate::cli::{OutputFormat, SimulateArgs};
use crate::error::CliError;
use crate::output::{self, Rendered, bytes};
use crate::settings::Settings;
use efsctl_core::advisor::simulate::{self, Report, Run};
use efsctl_core::advisor::workload;
use efsctl_core::model::modes::ThroughputMode;

const HOUR: f64 = 3600.0;
const MAX_WORKLOAD_BYTES: u64 = 1 << 20;
const GIB: f64 = 1024.0 * 1024.0 * 1024.0;
const COLORS: [RGBColor; 6] = [BLUE, RED, GREEN, MAGENTA, CYAN, BLACK];
const TERM_COLORS: [TermColor; 6] =
    [TermColor::Blue, TermColor::Red, TermColor::Green, TermColor::Magenta, TermColor::Cyan, TermColor::Gray];

pub fn run(args: SimulateArgs, settings: &Settings) -> Result<(), CliError> {
    let path = args.workload.display().to_string();
    let cannot = |e: String| CliError::usage(format!("cannot read the workload {path}: {e}"));
    let size = std::fs::metadata(&args.workload).map_err(|e| cannot(e.to_string()))?.len();
    if size > MAX_WORKLOAD_BYTES {
        return Err(cannot(format!("{size} bytes; a workload file holds at most 1 MiB")));
    }
    let text = std::fs::read_to_string(&args.workload).map_err(|e| cannot(e.to_string()))?;
    let default_region = settings.region.as_deref().unwrap_or(crate::settings::DEFAULT_LOCAL_REGION);
    let w = workload::parse_in(&text, &args.set, default_region).map_err(|e| {
        CliError::usage(format!("{path}: {e}"))
            .with_hint("see examples/ml-training.toml for every key a workload takes")
    })?;
    let report = simulate::simulate(&w, args.step.as_secs_f64());
    if let Some(svg) = &args.svg {
        draw_svg(&report, svg).map_err(|e| CliError::other(format!("cannot write {}: {e}", svg.display())))?;
    }
    output::print(settings, &view(&report))?;
    if settings.output == OutputFormat::Table && settings.query.is_none() && !settings.quiet {
        for line in terminal_chart(&report, 78, 16) {
            println!("{line}");
        }
    }
    Ok(())
}

fn finishes(r: &Run) -> String {
    match (r.finished, r.seconds < simulate::MAX_SIMULATED_SECS) {
        (true, _) => output::duration(r.seconds),
        (false, true) => format!("not within {} (step limit: try a larger --step)", output::duration(r.seconds)),
        (false, false) => format!("not within {}", output::duration(r.seconds)),
    }
}

/// The mode to pick: the cheapest that finishes without throttling, else the fastest.
fn best(report: &Report) -> Option<&Run> {
    let clean = report.runs.iter().filter(|r| r.finished && r.throttled_seconds < 1.0);
    clean
        .min_by(|a, b| a.cost.total.total_cmp(&b.cost.total))
        .or_else(|| report.runs.iter().filter(|r| r.finished).min_by(|a, b| a.seconds.total_cmp(&b.seconds)))
}

fn view(report: &Report) -> Rendered {
    let w = &report.workload;
    let mut view = Rendered::new(serde_json::to_value(report).unwrap_or_default());
    view.headers = vec!["MODE", "FINISHES IN", "THROTTLED", "CLIENT P50", "CLIENT P99", "CREDITS LEFT", "COST"];
    for r in &report.runs {
        view.rows.push(vec![
            r.mode.label(),
            finishes(r),
            output::duration(r.throttled_seconds),
            output::rate(r.client_p50),
            output::rate(r.client_p99),
            if r.mode.mode == ThroughputMode::Bursting { bytes(r.credits_end as i64) } else { "-".into() },
            output::money(r.cost.total),
        ]);
    }
    let mut summary = vec![
        ("workload".into(), format!("{} in {}", w.name, w.region)),
        (
            "file system".into(),
            format!(
                "{} in Standard{}, {} of burst credits",
                bytes(w.stored as i64),
                if w.one_zone { " (One Zone)" } else { "" },
                bytes(w.credits as i64)
            ),
        ),
        ("phases".into(), phases_line(w)),
        ("step".into(), output::duration(report.step_seconds)),
        ("client p50/p99".into(), "half, and 99 %, of the seconds a client worked it got at least this".into()),
    ];
    if let Some(b) = best(report) {
        let why =
            if b.throttled_seconds < 1.0 { "cheapest that never throttles" } else { "fastest; every mode throttles" };
        summary.push(("pick".into(), format!("{} ({why})", b.mode.label())));
    }
    let p = &report.prices;
    let mut prices = vec![("table".into(), format!("{} ({})", p.source, p.date))];
    if !p.estimated.is_empty() {
        prices.push(("estimated".into(), format!("{} (us-east-1's figures)", p.estimated.join(", "))));
    }
    prices.push((
        "costs".into(),
        "storage of what is stored while it runs, Provisioned throughput above the baseline, Elastic reads and writes"
            .into(),
    ));
    view.sections.push(("simulation".into(), summary));
    view.sections.push((format!("prices ({})", p.region), prices));
    view
}

fn phases_line(w: &workload::Workload) -> String {
    let list: Vec<String> = w
        .phases
        .iter()
        .map(|p| {
            let what = match p.amount {
                workload::Amount::Bytes(b) => bytes(b as i64),
                workload::Amount::Seconds(s) => output::duration(s),
            };
            format!("{} ({} clients, {what})", p.name, p.clients)
        })
        .collect();
    let repeat = if w.repeat > 1 { format!(", all {} times", w.repeat) } else { String::new() };
    format!("{}{repeat}", list.join(", "))
}

/// The x axis in hours, or minutes for runs under two hours.
fn time_axis(report: &Report) -> (f64, &'static str) {
    let longest = report.runs.iter().map(|r| r.seconds).fold(0.0, f64::max);
    if longest < 2.0 * HOUR { (60.0, "minutes") } else { (HOUR, "hours") }
}

/// Two charts as terminal lines: data moved per mode, and Bursting's credit balance.
fn terminal_chart(report: &Report, width: u16, height: u16) -> Vec<String> {
    let (unit, unit_name) = time_axis(report);
    let series: Vec<Vec<(f64, f64)>> =
        report.runs.iter().map(|r| r.curve.iter().map(|p| (p.seconds / unit, p.moved / GIB)).collect()).collect();
    let credits: Vec<(f64, f64)> = report
        .runs
        .iter()
        .filter(|r| r.mode.mode == ThroughputMode::Bursting)
        .flat_map(|r| r.curve.iter().map(|p| (p.seconds / unit, p.credits / GIB)))
        .collect();
    let x_max = series.iter().flatten().map(|p| p.0).fold(0.0, f64::max).max(1e-9);
    let moved_max = series.iter().flatten().map(|p| p.1).fold(0.0, f64::max).max(1e-9);
    let credit_max = credits.iter().map(|p| p.1).fold(0.0, f64::max).max(1e-9);
    let datasets = report
        .runs
        .iter()
        .zip(&series)
        .enumerate()
        .map(|(i, (r, s))| {
            Dataset::default()
                .name(r.mode.label())
                .marker(Marker::Braille)
                .graph_type(GraphType::Line)
                .style(Style::default().fg(TERM_COLORS[i % TERM_COLORS.len()]))
                .data(s)
        })
        .collect();
    let axes = |title: &'static str, max: f64, y: &'static str| {
        (
            Axis::default().title(title).bounds([0.0, x_max]).labels(labels(x_max)),
            Axis::default().title(y).bounds([0.0, max]).labels(labels(max)),
        )
    };
    let (x, y) = axes(unit_name, moved_max, "GiB moved");
    let moved = Chart::new(datasets).x_axis(x).y_axis(y);
    let (x, y) = axes(unit_name, credit_max, "GiB of credits");
    let credit_chart = Chart::new(vec![
        Dataset::default().name("bursting credits").marker(Marker::Braille).graph_type(GraphType::Line).data(&credits),
    ])
    .x_axis(x)
    .y_axis(y);
    let mut lines = vec![String::new(), "data moved".to_string()];
    lines.extend(render(moved, width, height));
    lines.push("burst credits (Bursting)".to_string());
    lines.extend(render(credit_chart, width, height / 2 + 2));
    lines
}

fn labels(max: f64) -> Vec<Line<'static>> {
    [0.0, max / 2.0, max].iter().map(|v| Line::from(format!("{v:.1}"))).collect()
}

fn render(widget: impl Widget, width: u16, height: u16) -> Vec<String> {
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    widget.render(area, &mut buf);
    (0..height).map(|y| (0..width).map(|x| buf[(x, y)].symbol()).collect::<String>().trim_end().to_string()).collect()
}

/// The same two charts into an SVG file, one above the other.
fn draw_svg(report: &Report, path: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    let (unit, unit_name) = time_axis(report);
    let root = SVGBackend::new(path, (960, 720)).into_drawing_area();
    root.fill(&WHITE)?;
    let (top, bottom) = root.split_vertically(400);
    let x_max = report.runs.iter().map(|r| r.seconds / unit).fold(0.0, f64::max).max(1e-9);
    let moved_max =
        report.runs.iter().flat_map(|r| r.curve.iter().map(|p| p.moved / GIB)).fold(0.0, f64::max).max(1e-9);
    let title = format!("{}: data moved per throughput mode", report.workload.name);
    let mut chart = ChartBuilder::on(&top)
        .caption(title, ("sans-serif", 22))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(70)
        .build_cartesian_2d(0.0..x_max, 0.0..moved_max * 1.05)?;
    chart.configure_mesh().x_desc(unit_name).y_desc("GiB moved").draw()?;
    for (i, r) in report.runs.iter().enumerate() {
        let color = COLORS[i % COLORS.len()];
        chart
            .draw_series(LineSeries::new(
                r.curve.iter().map(|p| (p.seconds / unit, p.moved / GIB)),
                color.stroke_width(2),
            ))?
            .label(r.mode.label())
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2)));
    }
    chart.configure_series_labels().background_style(WHITE.mix(0.8)).border_style(BLACK).draw()?;
    let bursting = report.runs.iter().find(|r| r.mode.mode == ThroughputMode::Bursting);
    let credit_max = bursting.map_or(0.0, |r| r.curve.iter().map(|p| p.credits / GIB).fold(0.0, f64::max)).max(1e-9);
    let mut chart = ChartBuilder::on(&bottom)
        .caption("burst credits (Bursting)", ("sans-serif", 20))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(70)
        .build_cartesian_2d(0.0..x_max, 0.0..credit_max * 1.05)?;
    chart.configure_mesh().x_desc(unit_name).y_desc("GiB of credits").draw()?;
    if let Some(r) = bursting {
        chart.draw_series(LineSeries::new(
            r.curve.iter().map(|p| (p.seconds / unit, p.credits / GIB)),
            BLUE.stroke_width(2),
        ))?;
    }
    root.present()?;
    Ok(())
}
