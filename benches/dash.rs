//! Redraw cost of `efsctl dash`: the fleet view with 1,000 file systems and the detail view with
//! one day of 1-minute points (target < 5 ms per frame each), next to an empty frame measured in
//! the same run (the fixed cost of diffing and flushing a 200×60 buffer).
//!
//! Run: `cargo bench --bench dash`.

use std::time::Instant;

use efsctl::tui::{App, Detail, FleetRow, MountTargetView, Theme, View, render};
use efsctl_core::lifecycle::Policy;
use efsctl_core::throughput::{GIB, MIB};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::widgets::Block;

const FRAMES: u32 = 200;

fn per_frame(mut draw: impl FnMut(&mut Terminal<TestBackend>)) -> f64 {
    let mut t = Terminal::new(TestBackend::new(200, 60)).expect("terminal");
    draw(&mut t);
    let start = Instant::now();
    for _ in 0..FRAMES {
        draw(&mut t);
    }
    start.elapsed().as_secs_f64() * 1000.0 / f64::from(FRAMES)
}

fn main() {
    let now = 1_790_000_000.0;
    let rows: Vec<FleetRow> = (0..1000)
        .map(|i| FleetRow {
            id: format!("fs-{i:017x}"),
            name: format!("team-{i}"),
            state: "available".into(),
            performance: "generalPurpose".into(),
            throughput_mode: ["bursting", "elastic", "provisioned"][i % 3].into(),
            provisioned_mibps: Some(64.0),
            read: i as f64 * MIB,
            write: (i % 7) as f64 * MIB,
            percent_permitted: Some((i % 100) as f64),
            credits: Some(i as f64 * GIB),
            credit_trend: -MIB,
            size: [i as u64 * (1 << 30), 0, 0],
            connections: Some(3.0),
            mount_targets: 3,
            mount_targets_available: Some(3),
            ..Default::default()
        })
        .collect();
    let theme = Theme { color: true };
    let mut app = App::new("bench");
    app.set_fleet(rows.clone(), now);
    let fleet = per_frame(|t| {
        t.draw(|f| render(f, &app, &theme)).expect("draw");
    });

    let day =
        |f: &dyn Fn(f64) -> f64| (0..1440).map(|i| (now - 86400.0 + i as f64 * 60.0, f(i as f64))).collect::<Vec<_>>();
    app.view = View::Detail;
    app.open = Some(rows[0].id.clone());
    app.detail = Some(Detail {
        row: rows[1].clone(),
        range_secs: 86400,
        now,
        read: day(&|i| (i % 60.0) * MIB),
        write: day(&|i| (i % 13.0) * MIB),
        metadata: day(&|_| 0.5 * MIB),
        permitted: day(&|_| 100.0 * MIB),
        credits: day(&|i| (1440.0 - i) * GIB),
        percent_io_limit: day(&|i| i % 100.0),
        metered_rate: 50.0 * MIB,
        lifecycle: Policy::default(),
        projection: None,
        mount_targets: (0..6)
            .map(|i| MountTargetView {
                az: format!("us-east-1{}", (b'a' + i) as char),
                state: "available".into(),
                ..Default::default()
            })
            .collect(),
        access_points: Vec::new(),
        last_throughput_change: None,
        region: "us-east-1".into(),
    });
    let detail = per_frame(|t| {
        t.draw(|f| render(f, &app, &theme)).expect("draw");
    });
    let empty = per_frame(|t| {
        t.draw(|f| f.render_widget(Block::bordered(), f.area())).expect("draw");
    });
    println!("fleet view, 1,000 file systems, 200x60: {fleet:.2} ms/frame (target < 5 ms)");
    println!("detail view, 1 day of 1-minute points (7 series), 200x60: {detail:.2} ms/frame (target < 5 ms)");
    println!("reference, an empty bordered frame, 200x60: {empty:.3} ms/frame");
}
