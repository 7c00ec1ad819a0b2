//! The dashboard's state and what each key does to it (pure: no terminal, no network).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::data::{Detail, Event, FleetRow, changes};

/// Time ranges of the detail charts.
pub const RANGES: [(u64, &str); 4] = [(3600, "1h"), (3 * 3600, "3h"), (12 * 3600, "12h"), (86400, "1d")];
const EVENTS_KEPT: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Name,
    Throughput,
    Credits,
    Size,
}

impl Sort {
    const ALL: [Sort; 4] = [Sort::Name, Sort::Throughput, Sort::Credits, Sort::Size];

    pub fn label(self) -> &'static str {
        match self {
            Sort::Name => "name",
            Sort::Throughput => "throughput",
            Sort::Credits => "credits",
            Sort::Size => "size",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Fleet,
    Detail,
}

pub struct App {
    pub view: View,
    pub fleet: Vec<FleetRow>,
    pub detail: Option<Detail>,
    /// Index into `visible()`.
    pub selected: usize,
    /// The file system the detail view shows.
    pub open: Option<String>,
    pub sort: Sort,
    pub descending: bool,
    pub filter: String,
    pub editing_filter: bool,
    pub help: bool,
    pub range: usize,
    pub events: Vec<Event>,
    /// The last API error, shown until the next successful poll.
    pub status: Option<String>,
    pub updated_at: Option<f64>,
    pub backend: String,
    pub quit: bool,
}

impl App {
    pub fn new(backend: &str) -> Self {
        App {
            view: View::Fleet,
            fleet: Vec::new(),
            detail: None,
            selected: 0,
            open: None,
            sort: Sort::Name,
            descending: false,
            filter: String::new(),
            editing_filter: false,
            help: false,
            range: 0,
            events: Vec::new(),
            status: None,
            updated_at: None,
            backend: backend.to_string(),
            quit: false,
        }
    }

    pub fn range_secs(&self) -> u64 {
        RANGES[self.range].0
    }

    /// The fleet rows after the filter, in the chosen order.
    pub fn visible(&self) -> Vec<&FleetRow> {
        let needle = self.filter.to_lowercase();
        let mut rows: Vec<&FleetRow> = self
            .fleet
            .iter()
            .filter(|r| {
                needle.is_empty() || r.id.to_lowercase().contains(&needle) || r.name.to_lowercase().contains(&needle)
            })
            .collect();
        let key = |r: &FleetRow| -> f64 {
            match self.sort {
                Sort::Name => 0.0,
                Sort::Throughput => r.throughput(),
                Sort::Credits => r.credits.unwrap_or(-1.0),
                Sort::Size => r.total_size() as f64,
            }
        };
        rows.sort_by(|a, b| match self.sort {
            Sort::Name => (a.name.as_str(), a.id.as_str()).cmp(&(b.name.as_str(), b.id.as_str())),
            // Biggest first is what people look for; `S` flips it.
            _ => key(b).total_cmp(&key(a)),
        });
        if self.descending {
            rows.reverse();
        }
        rows
    }

    /// A new fleet snapshot: remembers what changed, keeps the selection on the same file system.
    pub fn set_fleet(&mut self, rows: Vec<FleetRow>, now: f64) {
        let keep = self.visible().get(self.selected).map(|r| r.id.clone());
        for after in &rows {
            if let Some(before) = self.fleet.iter().find(|b| b.id == after.id) {
                self.events.extend(changes(before, after, now));
            }
        }
        if self.events.len() > EVENTS_KEPT {
            self.events.drain(..self.events.len() - EVENTS_KEPT);
        }
        self.fleet = rows;
        self.updated_at = Some(now);
        self.status = None;
        if let Some(id) = keep {
            self.selected = self.visible().iter().position(|r| r.id == id).unwrap_or(0);
        }
        self.clamp();
    }

    fn clamp(&mut self) {
        self.selected = self.selected.min(self.visible().len().saturating_sub(1));
    }

    /// Applies a key; returns `true` when the collector must be told (file system or range changed).
    pub fn on_key(&mut self, key: KeyEvent) -> bool {
        if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) {
            self.quit = true;
            return false;
        }
        if self.editing_filter {
            match key.code {
                KeyCode::Enter | KeyCode::Esc => self.editing_filter = false,
                KeyCode::Backspace => drop(self.filter.pop()),
                KeyCode::Char(c) => self.filter.push(c),
                _ => {}
            }
            self.selected = 0;
            return false;
        }
        if self.help {
            self.help = false;
            return false;
        }
        let rows = self.visible().len();
        match key.code {
            KeyCode::Char('q') => self.quit = true,
            KeyCode::Esc | KeyCode::Backspace if self.view == View::Detail => {
                self.view = View::Fleet;
                self.open = None;
                self.detail = None;
                return true;
            }
            KeyCode::Esc => self.quit = true,
            KeyCode::Char('?') => self.help = true,
            KeyCode::Down | KeyCode::Char('j') => self.selected = (self.selected + 1).min(rows.saturating_sub(1)),
            KeyCode::Up | KeyCode::Char('k') => self.selected = self.selected.saturating_sub(1),
            KeyCode::PageDown => self.selected = (self.selected + 10).min(rows.saturating_sub(1)),
            KeyCode::PageUp => self.selected = self.selected.saturating_sub(10),
            KeyCode::Home | KeyCode::Char('g') => self.selected = 0,
            KeyCode::End | KeyCode::Char('G') => self.selected = rows.saturating_sub(1),
            KeyCode::Char('/') if self.view == View::Fleet => {
                self.editing_filter = true;
                self.filter.clear();
            }
            KeyCode::Char('s') => {
                let i = Sort::ALL.iter().position(|s| *s == self.sort).unwrap_or(0);
                self.sort = Sort::ALL[(i + 1) % Sort::ALL.len()];
                self.descending = false;
            }
            KeyCode::Char('S') => self.descending = !self.descending,
            KeyCode::Enter if self.view == View::Fleet => {
                let Some(id) = self.visible().get(self.selected).map(|r| r.id.clone()) else { return false };
                self.view = View::Detail;
                self.detail = None;
                self.open = Some(id);
                return true;
            }
            KeyCode::Char(c @ ('1' | '3' | '2' | 'd' | 'r')) => {
                self.range = match c {
                    '1' => 0,
                    '3' => 1,
                    '2' => 2,
                    'd' => 3,
                    _ => (self.range + 1) % RANGES.len(),
                };
                return self.view == View::Detail;
            }
            _ => {}
        }
        self.clamp();
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(c: KeyCode) -> KeyEvent {
        KeyEvent::new(c, KeyModifiers::NONE)
    }

    fn row(id: &str, name: &str, read: f64, size: u64) -> FleetRow {
        FleetRow {
            id: id.into(),
            name: name.into(),
            read,
            size: [size, 0, 0],
            state: "available".into(),
            ..Default::default()
        }
    }

    #[test]
    fn filter_sort_select_and_open() {
        let mut app = App::new("local");
        app.set_fleet(
            vec![row("fs-1", "beta", 1.0, 10), row("fs-2", "alpha", 5.0, 5), row("fs-3", "gamma", 3.0, 50)],
            0.0,
        );
        assert_eq!(app.visible().iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), ["alpha", "beta", "gamma"]);
        app.on_key(key(KeyCode::Char('s')));
        assert_eq!(app.sort, Sort::Throughput);
        assert_eq!(app.visible()[0].name, "alpha");
        app.on_key(key(KeyCode::Char('S')));
        assert_eq!(app.visible()[0].name, "beta");
        app.on_key(key(KeyCode::Char('/')));
        for c in "gam".chars() {
            app.on_key(key(KeyCode::Char(c)));
        }
        app.on_key(key(KeyCode::Enter));
        assert_eq!(app.visible().len(), 1);
        assert!(app.on_key(key(KeyCode::Enter)));
        assert_eq!((app.view, app.open.as_deref()), (View::Detail, Some("fs-3")));
        assert!(app.on_key(key(KeyCode::Char('d'))));
        assert_eq!(app.range_secs(), 86400);
        assert!(app.on_key(key(KeyCode::Esc)));
        assert_eq!(app.view, View::Fleet);
        app.on_key(key(KeyCode::Esc));
        assert!(app.quit);
    }

    #[test]
    fn selection_follows_the_file_system_and_changes_become_events() {
        let mut app = App::new("local");
        app.set_fleet(vec![row("fs-1", "a", 0.0, 0), row("fs-2", "b", 0.0, 0)], 0.0);
        app.on_key(key(KeyCode::Down));
        let mut changed = row("fs-2", "b", 0.0, 0);
        changed.state = "deleting".into();
        app.set_fleet(vec![row("fs-0", "0", 0.0, 0), row("fs-1", "a", 0.0, 0), changed], 60.0);
        assert_eq!(app.visible()[app.selected].id, "fs-2");
        assert_eq!(app.events.len(), 1);
        assert!(app.events[0].text.contains("available → deleting"));
        app.on_key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
        assert!(app.quit);
    }
}
