//! `efsctl dash` in a real terminal (tmux `send-keys` / `capture-pane`) against the emulator:
//! the fleet view, help, filter, a file system under load in depth with its credit forecast
//! counting down on a sped-up clock, time ranges, and quitting. Skipped, with the reason
//! printed, without tmux; the load part also needs FUSE.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{BIN, Daemon, MountDir, Writer, efsctl, fuse_skip, ok};

struct Tmux(String);

impl Tmux {
    fn start(d: &Daemon, name: &str) -> Tmux {
        let cmd = format!(
            "env EFSCTL_DATA_DIR={} EFSCTL_CONFIG={} TERM=xterm-256color {BIN} dash --interval 1s; sleep 30",
            d.dir.path().display(),
            d.dir.path().join("none.toml").display()
        );
        let st = Command::new("tmux")
            .args(["new-session", "-d", "-s", name, "-x", "100", "-y", "32", &cmd])
            .status()
            .unwrap();
        assert!(st.success(), "tmux new-session");
        Tmux(name.to_string())
    }

    fn capture(&self) -> String {
        let out = Command::new("tmux").args(["capture-pane", "-p", "-t", &self.0]).output().unwrap();
        String::from_utf8_lossy(&out.stdout).to_string()
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.0];
        args.extend_from_slice(keys);
        assert!(Command::new("tmux").args(args).status().unwrap().success());
    }

    /// Waits until the screen shows `needle` (and not `absent`); returns the screen.
    fn wait_for(&self, needle: &str, absent: Option<&str>) -> String {
        self.wait_until(&format!("{needle:?} (absent {absent:?})"), |screen| {
            screen.contains(needle) && absent.is_none_or(|a| !screen.contains(a))
        })
    }

    fn wait_until(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let screen = self.capture();
            if done(&screen) {
                return screen;
            }
            assert!(Instant::now() < deadline, "waited for {what}; the screen:\n{screen}");
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// The dashboard quit (the pane runs `sleep` afterwards) and left no alternate screen behind.
    fn exited(&self) -> bool {
        let out =
            Command::new("tmux").args(["display-message", "-p", "-t", &self.0, "#{alternate_on}"]).output().unwrap();
        String::from_utf8_lossy(&out.stdout).trim() == "0" && !self.capture().contains("file systems (")
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").args(["kill-session", "-t", &self.0]).status();
    }
}

/// A writer looping `dd` into the mount, killed with its process group when dropped.
/// "empty in 4m 10s" → seconds (the format of `duration`: `35s`, `4m 10s`, `2h 05m`, `3d 04h`).
fn forecast(screen: &str) -> Option<u64> {
    let rest = &screen[screen.find("empty in ")? + "empty in ".len()..];
    let mut total = None;
    for token in rest.split_whitespace().take(2) {
        let (digits, unit) = token.split_at(token.find(|c: char| !c.is_ascii_digit())?);
        let scale = match unit {
            "s" => 1,
            "m" => 60,
            "h" => 3600,
            "d" => 86400,
            _ => break,
        };
        total = Some(total.unwrap_or(0) + digits.parse::<u64>().ok()? * scale);
    }
    total
}

#[test]
fn dashboard_in_a_real_terminal() {
    if Command::new("tmux").arg("-V").stdout(Stdio::null()).status().is_err() {
        eprintln!("SKIPPED dashboard_in_a_real_terminal: tmux is not installed (apt-get install tmux)");
        return;
    }
    let d = Daemon::start();
    let busy = ok(efsctl(&d, &["create", "busy", "--throughput-mode", "bursting", "--wait", "-q"]));
    ok(efsctl(&d, &["create", "idle", "--throughput-mode", "elastic", "--wait", "-q"]));
    let m = MountDir::new();
    let load = match fuse_skip("dashboard_in_a_real_terminal (its load and forecast)") {
        true => None,
        false => {
            ok(efsctl(&d, &["mount", "busy", m.s()]));
            ok(efsctl(&d, &["emulator", "credits", &busy, "--set", "20GiB"]));
            ok(efsctl(&d, &["emulator", "clock", "--speed", "60"]));
            let script = format!(
                "while true; do dd if=/dev/zero of={}/load bs=1M count=512 conv=fsync 2>/dev/null; done",
                m.s()
            );
            Some(Writer::start(&script))
        }
    };

    let t = Tmux::start(&d, &format!("efsctl-dash-{}", std::process::id()));
    // Screens are waited for whole: a capture can land while a frame is still being written.
    t.wait_until("the fleet, and the footer with its keys", |s| {
        ["file systems (2)", "busy", "idle", "bursting", "elastic", "Enter open", "q quit"]
            .iter()
            .all(|n| s.contains(n))
    });
    // A resize redraws at the new size (80×24 is the smallest layout it is made for).
    assert!(
        Command::new("tmux").args(["resize-window", "-t", &t.0, "-x", "80", "-y", "24"]).status().unwrap().success()
    );
    // Redrawn for 80×24 once the footer is back on the last rows.
    t.wait_until("the fleet redrawn at 80x24", |s| {
        s.contains("file systems (2)") && s.contains("q quit") && s.lines().all(|l| l.chars().count() <= 80)
    });

    t.keys(&["?"]);
    t.wait_for("chart range 1h, 3h, 12h, 1d", None);
    t.keys(&["x"]);
    t.wait_for("file systems (2)", Some("chart range"));

    t.keys(&["/", "b", "u", "Enter"]);
    t.wait_for("file systems (1) /bu", Some("idle"));
    t.keys(&["Enter"]);
    t.wait_until("the detail view", |s| {
        ["throughput MiB/s", &busy, "credits", "mount targets", "24-hour rule"].iter().all(|n| s.contains(n))
    });

    if load.is_some() {
        // The writer spends credits faster than the baseline earns them: a forecast appears
        // and counts down from one screen to the next as the (sped-up) clock runs. (It also
        // moves up when the measured rate drops, so compare successive screens.)
        let first = t.wait_until("a forecast", |s| forecast(s).is_some());
        let mut previous = forecast(&first).unwrap_or_default();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            std::thread::sleep(Duration::from_secs(1));
            let screen = t.capture();
            match forecast(&screen) {
                Some(now) if now < previous => break,
                Some(now) => previous = now,
                None => {}
            }
            assert!(Instant::now() < deadline, "the forecast never counted down (last {previous}s):\n{screen}");
        }
    }

    t.keys(&["d"]);
    t.wait_for("range:1d", None);
    t.keys(&["Escape"]);
    t.wait_for("file systems (1) /bu", Some("throughput MiB/s"));
    // The API goes away: the error shows in the status line, the dashboard keeps running.
    drop(load);
    let mut d = d;
    d.kill();
    t.wait_for("retrying in", None);
    t.keys(&["q"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !t.exited() {
        assert!(Instant::now() < deadline, "dash did not quit on q:\n{}", t.capture());
        std::thread::sleep(Duration::from_millis(100));
    }
}
