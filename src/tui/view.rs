//! Pure render functions: the app state in, a frame out. Everything fits 80×24; colours are
//! left out entirely under `NO_COLOR` (selection then shows as reversed text).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Axis, Block, Borders, Cell, Chart, Clear, Dataset, GraphType, Paragraph, Row, Table, TableState,
};

use super::app::{App, RANGES, View};
use super::data::{Detail, FleetRow, MountTargetView, Series};
use crate::output::duration;
use efsctl_core::lifecycle::Tier;
use efsctl_core::throughput::{CreditOutlook, GIB, MIB};

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    fn fg(&self, c: Color) -> Style {
        if self.color { Style::default().fg(c) } else { Style::default() }
    }

    fn title(&self) -> Style {
        Style::default().add_modifier(Modifier::BOLD)
    }

    fn selected(&self) -> Style {
        if self.color {
            Style::default().bg(Color::DarkGray).add_modifier(Modifier::BOLD)
        } else {
            Style::default().add_modifier(Modifier::REVERSED)
        }
    }
}

/// `12.3G`: a size or balance in a few characters.
fn short(v: f64) -> String {
    let units = ["B", "K", "M", "G", "T", "P"];
    if v <= 0.0 {
        return "0".into();
    }
    let mut v = v;
    let mut i = 0;
    while v >= 1024.0 && i < units.len() - 1 {
        v /= 1024.0;
        i += 1;
    }
    if i == 0 {
        format!("{v:.0}B")
    } else if v < 10.0 {
        format!("{v:.1}{}", units[i])
    } else {
        format!("{v:.0}{}", units[i])
    }
}

fn clock(epoch: f64) -> String {
    let s = epoch.max(0.0) as u64 % 86400;
    format!("{:02}:{:02}:{:02}", s / 3600, s % 3600 / 60, s % 60)
}

fn rate(bytes_per_sec: f64) -> String {
    format!("{:.1}", bytes_per_sec / MIB)
}

pub fn render(f: &mut Frame, app: &App, theme: &Theme) {
    let [body, status, footer] =
        Layout::vertical([Constraint::Min(5), Constraint::Length(1), Constraint::Length(1)]).areas(f.area());
    match (app.view, &app.detail) {
        (View::Fleet, _) => fleet(f, body, app, theme),
        (View::Detail, Some(d)) => detail(f, body, app, d, theme),
        (View::Detail, None) => f.render_widget(
            Paragraph::new(format!("loading {}…", app.open.as_deref().unwrap_or(""))).block(Block::bordered()),
            body,
        ),
    }
    f.render_widget(status_line(app, theme), status);
    f.render_widget(Paragraph::new(footer_keys(app)).style(theme.fg(Color::Gray)), footer);
    if app.help {
        help(f, theme);
    }
}

fn status_line(app: &App, theme: &Theme) -> Paragraph<'static> {
    match &app.status {
        Some(e) => Paragraph::new(format!("! {e}")).style(theme.fg(Color::Red).add_modifier(Modifier::BOLD)),
        None => {
            let when = app.updated_at.map(|t| format!("updated {}", clock(t))).unwrap_or_else(|| "loading…".into());
            Paragraph::new(format!(
                "{} · {} file system{} · {when}",
                app.backend,
                app.fleet.len(),
                if app.fleet.len() == 1 { "" } else { "s" }
            ))
            .style(theme.fg(Color::DarkGray))
        }
    }
}

fn footer_keys(app: &App) -> String {
    if app.editing_filter {
        return format!("filter: {}_   (Enter done, Esc done, Backspace delete)", app.filter);
    }
    match app.view {
        View::Fleet => format!(
            "↑↓ select  Enter open  / filter  s sort:{}{}  ? help  q quit",
            app.sort.label(),
            if app.descending { "↑" } else { "" }
        ),
        View::Detail => format!("Esc back  1/3/2/d range:{}  r next range  ? help  q quit", RANGES[app.range].1),
    }
}

fn trend(delta: f64) -> &'static str {
    if delta > 1.0 {
        "↑"
    } else if delta < -1.0 {
        "↓"
    } else {
        "→"
    }
}

/// The fleet's alarm cell: `-` none, `ok`, `N!` in ALARM (red), `?` waiting for data.
fn alarm_cell(r: &FleetRow, theme: &Theme) -> Cell<'static> {
    let firing = r.firing().count();
    if firing > 0 {
        return Cell::from(format!("{firing}!")).style(theme.fg(Color::Red));
    }
    Cell::from(match (r.alarms.is_empty(), r.alarms.iter().all(|a| a.state_value == "OK")) {
        (true, _) => "-",
        (false, true) => "ok",
        (false, false) => "?",
    })
}

/// Terminals at least this wide get the ALRM column; narrower ones mark a file system with an
/// alarm in ALARM by a red `!` before its name.
const ALARM_COLUMN_WIDTH: u16 = 86;

fn fleet_row(r: &FleetRow, theme: &Theme, alarm_column: bool) -> Row<'static> {
    let name = if r.name.is_empty() { r.id.clone() } else { r.name.clone() };
    let firing = r.firing().next().is_some();
    let name = if firing && !alarm_column {
        Cell::from(format!("! {name}")).style(theme.fg(Color::Red))
    } else {
        Cell::from(name)
    };
    let credits = r.credits.map(|c| format!("{}{}", short(c), trend(r.credit_trend))).unwrap_or_else(|| "-".into());
    let pct = r.percent_permitted.map(|p| format!("{p:.0}%")).unwrap_or_else(|| "-".into());
    let size = format!("{}/{}/{}", short(r.size[0] as f64), short(r.size[1] as f64), short(r.size[2] as f64));
    let mts = format!(
        "{}/{}",
        r.mount_targets_available.map(|a| a.to_string()).unwrap_or_else(|| "?".into()),
        r.mount_targets
    );
    let conns = r.connections.map(|c| format!("{c:.0}")).unwrap_or_else(|| "-".into());
    let cells = [
        r.state.chars().take(9).collect(),
        r.mode_label(),
        rate(r.read),
        rate(r.write),
        pct,
        credits,
        size,
        conns,
        mts,
    ]
    .into_iter()
    .map(Cell::from);
    let mut row: Vec<Cell> = std::iter::once(name).chain(cells).collect();
    if alarm_column {
        row.push(alarm_cell(r, theme));
    }
    Row::new(row)
}

fn fleet(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let visible = app.visible();
    let count = visible.len();
    // Only the rows that fit are formatted: the window that keeps the selection in view.
    let height = area.height.saturating_sub(3).max(1) as usize;
    let offset = app.selected.saturating_sub(height - 1);
    let alarm_column = area.width >= ALARM_COLUMN_WIDTH;
    let rows: Vec<Row> =
        visible.into_iter().skip(offset).take(height).map(|r| fleet_row(r, theme, alarm_column)).collect();
    let headers = ["NAME", "STATE", "MODE", "READ", "WRITE", "%PERM", "CREDITS", "SIZE S/IA/A", "CONN", "MT", "ALRM"];
    let columns = if alarm_column { headers.len() } else { headers.len() - 1 };
    let header = Row::new(headers[..columns].iter().map(|h| Cell::from(*h))).style(theme.title());
    let widths = [
        Constraint::Min(10),
        Constraint::Length(9),
        Constraint::Length(8),
        Constraint::Length(5),
        Constraint::Length(5),
        Constraint::Length(5),
        Constraint::Length(6),
        Constraint::Length(12),
        Constraint::Length(4),
        Constraint::Length(3),
        Constraint::Length(4),
    ];
    let widths = &widths[..columns];
    let filter = if app.filter.is_empty() { String::new() } else { format!(" /{}", app.filter) };
    let title = format!(" file systems ({count}){filter} · MiB/s ");
    let table = Table::new(rows, widths)
        .header(header)
        .column_spacing(1)
        .block(Block::bordered().title(Span::styled(title, theme.title())))
        .row_highlight_style(theme.selected())
        .highlight_symbol("▶ ")
        .highlight_spacing(ratatui::widgets::HighlightSpacing::Always);
    let mut state = TableState::default().with_selected((count > 0).then_some(app.selected - offset));
    f.render_stateful_widget(table, area, &mut state);
    if count == 0 {
        let msg = if app.fleet.is_empty() {
            "no file systems yet — `efsctl create NAME` makes one"
        } else {
            "no file system matches the filter"
        };
        let inner = Rect { y: area.y + 2, height: 1, x: area.x + 2, width: area.width.saturating_sub(4) };
        f.render_widget(Paragraph::new(msg).style(theme.fg(Color::DarkGray)), inner);
    }
}

/// Bounds of the x axis: the range back from now, plus a quarter ahead for forecasts.
fn x_bounds(d: &Detail, ahead: bool) -> [f64; 2] {
    let r = d.range_secs as f64;
    [d.now - r, d.now + if ahead { r / 4.0 } else { 0.0 }]
}

fn x_labels(d: &Detail, ahead: bool) -> Vec<Span<'static>> {
    let label = RANGES.iter().find(|(s, _)| *s == d.range_secs).map(|(_, l)| *l).unwrap_or("");
    let mut v = vec![Span::raw(format!("-{label}")), Span::raw("now")];
    if ahead {
        v.push(Span::raw(format!("+{}", duration(d.range_secs as f64 / 4.0))));
    }
    v
}

fn max_of(series: &[&Series]) -> f64 {
    series.iter().flat_map(|s| s.iter().map(|p| p.1)).fold(0.0, f64::max)
}

/// `a + b` at each of `a`'s times (both oldest first; a time missing from `b` adds nothing).
fn stacked(a: &Series, b: &Series) -> Series {
    let mut j = 0;
    a.iter()
        .map(|&(t, v)| {
            while j < b.len() && b[j].0 < t {
                j += 1;
            }
            (t, v + b.get(j).filter(|p| p.0 == t).map(|p| p.1).unwrap_or(0.0))
        })
        .collect()
}

fn detail(f: &mut Frame, area: Rect, app: &App, d: &Detail, theme: &Theme) {
    // Every mount target gets a row (a region has up to six AZs); the rows come from the events.
    let mid_height = (d.mount_targets.len() as u16 + 3).max(8);
    let events_height = (14 - mid_height).max(3);
    let [head, charts, mid, events] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(7),
        Constraint::Length(mid_height),
        Constraint::Length(events_height),
    ])
    .areas(area);
    let r = &d.row;
    let name = if r.name.is_empty() { String::new() } else { format!(" ({})", r.name) };
    let headline = format!(
        "{}{name} · {} · {} · {} · {} total",
        r.id,
        r.state,
        r.mode_label(),
        r.performance,
        crate::output::bytes(r.total_size() as i64)
    );
    f.render_widget(Paragraph::new(headline).style(theme.title()), head);
    let [left, right] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(charts);
    throughput_chart(f, left, d, theme);
    credits_chart(f, right, d, theme);
    let [storage, network] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(mid);
    f.render_widget(storage_panel(d, theme), storage);
    mount_targets(f, network, d, theme);
    f.render_widget(events_panel(app, d, theme), events);
}

fn throughput_chart(f: &mut Frame, area: Rect, d: &Detail, theme: &Theme) {
    // Stacked: read, read+write, read+write+metadata, against the permitted line; in MiB/s.
    let mib = |s: &Series| -> Series { s.iter().map(|&(t, v)| (t, v / MIB)).collect() };
    let (read, permitted) = (mib(&d.read), mib(&d.permitted));
    let rw = stacked(&read, &mib(&d.write));
    let total = stacked(&rw, &mib(&d.metadata));
    let top = max_of(&[&total, &permitted]).max(1.0) * 1.1;
    let datasets = vec![
        Dataset::default()
            .name("meta")
            .marker(symbols::Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.fg(Color::Magenta))
            .data(&total),
        Dataset::default()
            .name("write")
            .marker(symbols::Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.fg(Color::Yellow))
            .data(&rw),
        Dataset::default()
            .name("read")
            .marker(symbols::Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.fg(Color::Cyan))
            .data(&read),
        Dataset::default()
            .name("permitted")
            .marker(symbols::Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.fg(Color::Red))
            .data(&permitted),
    ];
    let now = total.last().map(|p| p.1).unwrap_or(0.0);
    let title = format!(" throughput MiB/s · now {now:.1} ");
    let chart = Chart::new(datasets)
        .block(Block::bordered().title(Span::styled(title, theme.title())))
        .x_axis(Axis::default().bounds(x_bounds(d, false)).labels(x_labels(d, false)))
        .y_axis(Axis::default().bounds([0.0, top]).labels([Span::raw("0"), Span::raw(format!("{top:.0}"))]))
        .legend_position(Some(ratatui::widgets::LegendPosition::TopLeft))
        .hidden_legend_constraints((Constraint::Ratio(1, 2), Constraint::Ratio(1, 2)));
    f.render_widget(chart, area);
}

fn credits_chart(f: &mut Frame, area: Rect, d: &Detail, theme: &Theme) {
    let Some(outlook) = d.credit_outlook() else {
        let text = if d.row.throughput_mode == "bursting" {
            "no BurstCreditBalance datapoints yet"
        } else {
            "burst credits only apply to Bursting mode"
        };
        f.render_widget(Paragraph::new(text).block(Block::bordered().title(" burst credits ")), area);
        return;
    };
    let gib: Series = d.credits.iter().map(|&(t, v)| (t, v / GIB)).collect();
    let balance = gib.last().map(|p| p.1).unwrap_or(0.0);
    let horizon = d.now + d.range_secs as f64 / 4.0;
    let max = efsctl_core::throughput::max_credits(d.row.size[0] as f64) / GIB;
    let (forecast, text): (Series, String) = match outlook {
        CreditOutlook::Depleting { seconds } => {
            let end = (d.now + seconds).min(horizon);
            let left = balance * (1.0 - (end - d.now) / seconds.max(1.0));
            (vec![(d.now, balance), (end, left)], format!("empty in {}", duration(seconds)))
        }
        CreditOutlook::Filling { seconds } => {
            let end = (d.now + seconds).min(horizon);
            let gained = (max - balance) * (end - d.now) / seconds.max(1.0);
            (vec![(d.now, balance), (end, balance + gained)], format!("full in {}", duration(seconds)))
        }
        CreditOutlook::Full => (vec![(d.now, balance), (horizon, balance)], "full".into()),
    };
    let top = max_of(&[&gib, &forecast]).max(max.min(balance * 2.0)).max(0.001) * 1.1;
    let datasets = vec![
        Dataset::default()
            .name("balance")
            .marker(symbols::Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.fg(Color::Green))
            .data(&gib),
        Dataset::default()
            .name("forecast")
            .marker(symbols::Marker::Dot)
            .graph_type(GraphType::Line)
            .style(theme.fg(Color::DarkGray))
            .data(&forecast),
    ];
    let title = format!(" credits {} · {text} ", short(balance * GIB));
    let chart = Chart::new(datasets)
        .block(Block::bordered().title(Span::styled(title, theme.title())))
        .x_axis(Axis::default().bounds(x_bounds(d, true)).labels(x_labels(d, true)))
        .y_axis(Axis::default().bounds([0.0, top]).labels([Span::raw("0"), Span::raw(short(top * GIB))]))
        .legend_position(None);
    f.render_widget(chart, area);
}

fn storage_panel(d: &Detail, theme: &Theme) -> Paragraph<'static> {
    let mut lines = Vec::new();
    let iops = d.percent_io_limit.last().map(|p| p.1);
    lines.push(match iops {
        Some(p) => {
            let filled = (p / 10.0).round().clamp(0.0, 10.0) as usize;
            Line::from(format!("IOPS {}{} {p:.0}% of limit", "█".repeat(filled), "░".repeat(10 - filled)))
        }
        None => Line::from(format!(
            "IOPS limit: {}",
            if d.row.performance == "maxIO" { "none (Max I/O)" } else { "no data yet" }
        )),
    });
    for t in Tier::ALL {
        let files = d
            .projection
            .as_ref()
            .map(|p| p.now.files(t))
            .map(|n| format!(" · {n} file{}", if n == 1 { "" } else { "s" }))
            .unwrap_or_default();
        lines.push(Line::from(format!(
            "{:<8} {:>10}{files}",
            t.label(),
            crate::output::bytes(d.row.size[t as usize] as i64)
        )));
    }
    let policy = &d.lifecycle;
    let mut rules = Vec::new();
    rules.extend(policy.ia.map(|a| format!("IA {}d", a.days())));
    rules.extend(policy.archive.map(|a| format!("Archive {}d", a.days())));
    if policy.back_on_access {
        rules.push("back on access".into());
    }
    lines.push(Line::from(format!("policy: {}", if rules.is_empty() { "none".into() } else { rules.join(", ") })));
    let next = d.projection.as_ref().and_then(|p| {
        p.outlook.iter().find(|o| o.to_ia.0 + o.to_archive.0 > 0).map(|o| (o.days, o.to_ia, o.to_archive))
    });
    lines.push(Line::from(match (next, &d.projection) {
        (Some((days, ia, ar)), _) => format!("next {days}d: {} → IA, {} → Archive", ia.0, ar.0),
        (None, Some(_)) => "nothing moves in the next 30 days".into(),
        (None, None) => "what moves next: the API does not say".into(),
    }));
    Paragraph::new(lines).block(Block::bordered().title(Span::styled(" IOPS & storage ", theme.title())))
}

fn mount_targets(f: &mut Frame, area: Rect, d: &Detail, theme: &Theme) {
    // Groups by id where they fit, else how many (an id cut to "sg-0" says nothing).
    let room = area.width.saturating_sub(2 + 10 + 9 + 12 + 3) as usize;
    let fits = d.mount_targets.iter().all(|m| m.security_groups.join(",").chars().count() <= room);
    let groups =
        |m: &MountTargetView| if fits { m.security_groups.join(",") } else { m.security_groups.len().to_string() };
    let rows: Vec<Row> = d
        .mount_targets
        .iter()
        .map(|m| Row::new(vec![m.az.clone(), m.state.clone(), m.ip.clone(), groups(m)]))
        .collect();
    let aps = d
        .access_points
        .iter()
        .map(|a| if a.name.is_empty() { a.path.clone() } else { format!("{} {}", a.name, a.path) })
        .collect::<Vec<_>>()
        .join(", ");
    let title = format!(" mount targets {} · access points {} ", d.mount_targets.len(), d.access_points.len());
    let widths = [Constraint::Length(10), Constraint::Length(9), Constraint::Length(12), Constraint::Min(4)];
    let mut block = Block::bordered().title(Span::styled(title, theme.title()));
    if !aps.is_empty() {
        block = block.title_bottom(Line::from(format!(" {aps} ")));
    }
    let header = if fits && room >= 15 { "SECURITY GROUPS" } else { "SGS" };
    f.render_widget(
        Table::new(rows, widths).header(Row::new(["AZ", "STATE", "IP", header]).style(theme.title())).block(block),
        area,
    );
}

fn events_panel(app: &App, d: &Detail, theme: &Theme) -> Paragraph<'static> {
    let mut lines = Vec::new();
    lines.push(match d.lock_remaining() {
        Some(s) => Line::from(Span::styled(
            format!("24-hour rule: next mode change or decrease in {}", duration(s)),
            theme.fg(Color::Yellow),
        )),
        None => Line::from("24-hour rule: throughput changes allowed now"),
    });
    for a in d.row.firing() {
        lines.push(Line::from(Span::styled(
            format!("alarm {} in ALARM since {}: {}", a.alarm_name, clock(a.state_updated), a.state_reason),
            theme.fg(Color::Red),
        )));
    }
    for e in app.events.iter().rev().filter(|e| e.file_system == d.row.id).take(5) {
        lines.push(Line::from(format!("{} {}", clock(e.at), e.text)));
    }
    Paragraph::new(lines).block(Block::default().borders(Borders::TOP).title(Span::styled(" events ", theme.title())))
}

const HELP: &[(&str, &str)] = &[
    ("↑ ↓ j k", "select a file system"),
    ("PgUp PgDn g G", "page, first, last"),
    ("Enter", "open the selected file system"),
    ("/", "filter by name or id"),
    ("s / S", "next sort column / reverse"),
    ("1 3 2 d", "chart range 1h, 3h, 12h, 1d"),
    ("r", "next chart range"),
    ("Esc", "back (quits from the list)"),
    ("q, Ctrl-C", "quit"),
];

fn help(f: &mut Frame, theme: &Theme) {
    let area = f.area();
    let w = 52.min(area.width);
    let h = (HELP.len() as u16 + 4).min(area.height);
    let popup = Rect { x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h };
    let mut lines: Vec<Line> = HELP
        .iter()
        .map(|(k, v)| Line::from(vec![Span::styled(format!("{k:<14}"), theme.title()), Span::raw(*v)]))
        .collect();
    lines.push(Line::from(""));
    lines.push(Line::from("any key closes this help"));
    f.render_widget(Clear, popup);
    f.render_widget(Paragraph::new(lines).block(Block::bordered().title(" keys ")), popup);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metric_queries::AlarmView;
    use crate::tui::data::{AccessPointView, Event, MountTargetView};
    use efsctl_core::lifecycle::{ClassBytes, Outlook, Policy, Projection};
    use efsctl_core::model::modes::TransitionAge;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    const NOW: f64 = 1_790_000_000.0;

    fn rows() -> Vec<FleetRow> {
        let base = FleetRow {
            state: "available".into(),
            performance: "generalPurpose".into(),
            mount_targets: 3,
            mount_targets_available: Some(3),
            ..Default::default()
        };
        vec![
            FleetRow {
                id: "fs-0123456789abcdef0".into(),
                name: "ml-datasets".into(),
                throughput_mode: "bursting".into(),
                read: 80.0 * MIB,
                write: 20.0 * MIB,
                percent_permitted: Some(97.0),
                credits: Some(1.2 * GIB),
                credit_trend: -5.0 * GIB,
                size: [800 << 30, 3 << 40, 0],
                connections: Some(12.0),
                alarms: vec![AlarmView {
                    alarm_name: "efsctl-fs-0123456789abcdef0-credits-low".into(),
                    state_value: "ALARM".into(),
                    state_reason: "Threshold Crossed: 1 datapoint [1.2E9] was less than the threshold (3.7E11).".into(),
                    state_updated: NOW - 120.0,
                    file_system_id: Some("fs-0123456789abcdef0".into()),
                    condition: "BurstCreditBalance Minimum < 351.6 GiB".into(),
                    description: None,
                }],
                ..base.clone()
            },
            FleetRow {
                id: "fs-0fedcba9876543210".into(),
                name: "home".into(),
                throughput_mode: "elastic".into(),
                read: 3.5 * MIB,
                write: 0.2 * MIB,
                percent_permitted: Some(1.0),
                size: [20 << 30, 100 << 30, 2 << 40],
                connections: Some(40.0),
                alarms: vec![AlarmView { state_value: "OK".into(), ..Default::default() }],
                ..base.clone()
            },
            FleetRow {
                id: "fs-0aaaaaaaaaaaaaaaa".into(),
                name: "ci-cache".into(),
                state: "creating".into(),
                throughput_mode: "provisioned".into(),
                provisioned_mibps: Some(64.0),
                mount_targets: 0,
                mount_targets_available: Some(0),
                size: [6144, 0, 0],
                ..base
            },
        ]
    }

    fn series(f: impl Fn(f64) -> f64) -> Series {
        (0..=60).map(|i| (NOW - 3600.0 + i as f64 * 60.0, f(i as f64))).collect()
    }

    fn detail() -> Detail {
        let mut classes = ClassBytes::default();
        classes.add(1 << 30, Tier::Standard);
        classes.add(1 << 30, Tier::Ia);
        let outlook = Outlook { days: 7, classes, to_ia: (12, 3 << 30), to_archive: (0, 0) };
        Detail {
            row: rows()[0].clone(),
            range_secs: 3600,
            now: NOW,
            read: series(|i| if i > 30.0 { 80.0 * MIB } else { 10.0 * MIB }),
            write: series(|_| 20.0 * MIB),
            metadata: series(|_| 1.0 * MIB),
            permitted: series(|i| if i > 50.0 { 40.0 * MIB } else { 105.0 * MIB }),
            credits: series(|i| (75.0 - i) * 0.1 * GIB),
            percent_io_limit: series(|_| 23.0),
            metered_rate: 60.0 * MIB,
            lifecycle: Policy { ia: Some(TransitionAge::After30Days), archive: None, back_on_access: true },
            projection: Some(Projection {
                now: classes,
                outlook: vec![Outlook { days: 1, to_ia: (0, 0), ..outlook }, outlook],
            }),
            mount_targets: vec![
                MountTargetView {
                    az: "us-east-1a".into(),
                    id: "fsmt-1".into(),
                    state: "available".into(),
                    ip: "172.31.0.10".into(),
                    security_groups: vec!["sg-0aa11".into()],
                },
                MountTargetView {
                    az: "us-east-1b".into(),
                    id: "fsmt-2".into(),
                    state: "creating".into(),
                    ip: "172.31.16.10".into(),
                    security_groups: vec!["sg-0aa11".into()],
                },
            ],
            access_points: vec![AccessPointView {
                id: "fsap-1".into(),
                name: "team".into(),
                path: "/team".into(),
                posix_user: "1000:1000".into(),
            }],
            last_throughput_change: Some(NOW - 3600.0),
            region: "us-east-1".into(),
        }
    }

    fn app() -> App {
        let mut app = App::new("local emulator");
        app.set_fleet(rows(), NOW);
        app
    }

    fn draw(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| render(f, app, &Theme { color: false })).unwrap();
        t
    }

    #[test]
    fn fleet_view() {
        insta::assert_snapshot!("fleet_80x24", draw(&app(), 80, 24).backend());
    }

    #[test]
    fn fleet_view_filtered_and_sorted_wide() {
        let mut app = app();
        app.on_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::NONE));
        app.filter = "a".into();
        insta::assert_snapshot!("fleet_sorted_120x16", draw(&app, 120, 16).backend());
    }

    #[test]
    fn detail_view() {
        let mut app = app();
        app.on_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
        app.events.push(Event {
            at: NOW - 120.0,
            file_system: "fs-0123456789abcdef0".into(),
            text: "throughput provisioned → bursting".into(),
        });
        app.detail = Some(detail());
        insta::assert_snapshot!("detail_80x24", draw(&app, 80, 24).backend());
        insta::assert_snapshot!("detail_120x40", draw(&app, 120, 40).backend());
    }

    #[test]
    fn detail_view_shows_a_mount_target_in_every_az() {
        let mut app = app();
        app.on_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
        let mut d = detail();
        d.mount_targets = ["a", "b", "c", "d", "e", "f"]
            .iter()
            .enumerate()
            .map(|(i, az)| MountTargetView {
                az: format!("us-east-1{az}"),
                id: format!("fsmt-{i}"),
                state: "available".into(),
                ip: format!("172.31.{}.4", i * 16),
                security_groups: vec!["sg-0aa11".into()],
            })
            .collect();
        d.access_points.clear();
        app.detail = Some(d);
        insta::assert_snapshot!("detail_six_azs_80x24", draw(&app, 80, 24).backend());
    }

    #[test]
    fn help_and_error_status() {
        let mut app = app();
        app.help = true;
        app.status = Some(
            "CloudWatch: ExpiredToken: the security token included in the request is expired (retrying in 10s)".into(),
        );
        insta::assert_snapshot!("help_80x24", draw(&app, 80, 24).backend());
    }

    #[test]
    fn tiny_terminals_do_not_panic() {
        let mut app = app();
        app.detail = Some(detail());
        for (w, h) in [(1, 1), (20, 5), (40, 10), (79, 23)] {
            app.view = View::Fleet;
            draw(&app, w, h);
            app.view = View::Detail;
            draw(&app, w, h);
            app.help = true;
            draw(&app, w, h);
            app.help = false;
        }
    }
}
