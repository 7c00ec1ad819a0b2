//! `efsctl dash`: every file system at a glance, then one in depth, live in the terminal. A
//! collector task polls the APIs into a channel; the UI thread applies updates and keys to
//! the `App` state and draws it with pure render functions.

mod app;
mod collector;
mod data;
mod view;

use std::io::IsTerminal;
use std::sync::Arc;
use std::time::Duration;

use ratatui::crossterm::event::{self, Event, KeyEventKind};
use tokio::sync::{mpsc, watch};

pub use app::{App, View};
pub use collector::METRICS_PER_FILE_SYSTEM;
pub use data::{AccessPointView, Detail, FleetRow, MountTargetView, Series};
pub use view::{Theme, render};

use crate::clients::Clients;
use crate::error::CliError;
use crate::settings::Settings;
use collector::{Request, Update};

/// Runs the dashboard until the user quits; `open` starts in that file system's view.
pub async fn run(c: Clients, settings: &Settings, interval: Duration, open: Option<String>) -> Result<(), CliError> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(CliError::usage(
            "efsctl dash needs an interactive terminal; in scripts use `efsctl ls`, `efsctl metrics` or `efsctl credits`",
        ));
    }
    // The collector backs off on its own, and shows errors in the status line.
    let c = c.for_polling();
    let backend = match c.emulator() {
        Some(url) => format!("local emulator {url}"),
        None => format!("aws {}", c.region),
    };
    let mut app = App::new(&backend);
    if open.is_some() {
        app.view = View::Detail;
        app.open = open;
    }
    let (requests, requests_rx) = watch::channel(Request { open: app.open.clone(), range_secs: app.range_secs() });
    let (tx, rx) = mpsc::unbounded_channel();
    let collector = tokio::spawn(collector::run(Arc::new(c), settings.data_dir.clone(), interval, requests_rx, tx));
    let theme = Theme { color: settings.color };
    let ui = tokio::task::spawn_blocking(move || ui_loop(app, theme, rx, requests)).await;
    collector.abort();
    match ui {
        Ok(r) => r.map_err(|e| CliError::other(format!("terminal: {e}"))),
        Err(e) => Err(CliError::other(format!("the dashboard stopped: {e}"))),
    }
}

fn apply(app: &mut App, update: Update) {
    match update {
        Update::Fleet { rows, now } => app.set_fleet(rows, now),
        Update::Detail(d) if app.open.as_deref() == Some(d.row.id.as_str()) => app.detail = Some(*d),
        Update::Detail(_) => {}
        Update::Error(e) => app.status = Some(e),
    }
}

/// Draws until the user quits. `ratatui::init` installs a panic hook that restores the
/// terminal; `restore` runs on every other way out.
fn ui_loop(
    mut app: App,
    theme: Theme,
    mut rx: mpsc::UnboundedReceiver<Update>,
    requests: watch::Sender<Request>,
) -> std::io::Result<()> {
    let mut terminal = ratatui::init();
    let result = (|| loop {
        while let Ok(u) = rx.try_recv() {
            apply(&mut app, u);
        }
        terminal.draw(|f| render(f, &app, &theme))?;
        if app.quit {
            return Ok(());
        }
        if event::poll(Duration::from_millis(200))?
            && let Event::Key(key) = event::read()?
            && key.kind == KeyEventKind::Press
            && app.on_key(key)
        {
            requests.send_replace(Request { open: app.open.clone(), range_secs: app.range_secs() });
        }
    })();
    ratatui::restore();
    result
}
