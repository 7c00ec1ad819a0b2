//! The advisor end to end: `simulate` on the shipped workloads and on bad ones, its SVG
//! rendered to PNG; `cost` and `tune --recommend` on file systems given a history on the
//! virtual clock (over-provisioned, throttled, cold), on both backends; and a simulation
//! checked against real mounts of the emulator.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::process::{Command, Output};
use std::time::Instant;

use crate::cli::{Backend, efsctl as on, fails};
use crate::support::{BIN, Daemon, MountDir, Writer, create_and_mount, efsctl, eventually, http, ok, status_of};

const MIB: f64 = 1024.0 * 1024.0;
const GIB: f64 = 1024.0 * MIB;

fn simulate(args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("simulate")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("EFSCTL_CONFIG", "/nonexistent/efsctl.toml")
        .env_remove("EFSCTL_OUTPUT")
        .output()
        .expect("run efsctl")
}

fn json(out: Output) -> serde_json::Value {
    serde_json::from_str(&ok(out)).expect("json output")
}

fn run_of<'a>(report: &'a serde_json::Value, label: &str) -> &'a serde_json::Value {
    let mode = |r: &serde_json::Value| match r["mode"]["provisioned_mibps"].as_f64() {
        Some(p) => format!("provisioned {p} MiB/s"),
        None => r["mode"]["mode"].as_str().unwrap_or_default().to_string(),
    };
    report["runs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| mode(r) == label)
        .unwrap_or_else(|| panic!("no {label} in {report}"))
}

#[test]
fn simulate_runs_the_shipped_workloads() {
    for example in ["ml-training", "ci-cache", "web-content"] {
        let path = format!("examples/{example}.toml");
        let report = json(simulate(&[&path, "-o", "json"]));
        let runs = report["runs"].as_array().unwrap();
        assert!(runs.len() >= 3, "{example}: {report}");
        assert!(runs.iter().all(|r| r["finished"] == true), "{example}");
        let elastic = run_of(&report, "elastic");
        assert_eq!(elastic["throttled_seconds"], 0.0, "{example}: Elastic keeps up");
        let table = ok(simulate(&[&path]));
        assert!(table.contains("FINISHES IN") && table.contains("pick") && table.contains("data moved"), "{table}");
    }
    // The ML case: Bursting is held to its burst rate (throttled throughout), the smallest
    // Provisioned level that keeps up is offered, and more trainers need more of it.
    let report = json(simulate(&["examples/ml-training.toml", "-o", "json"]));
    let bursting = run_of(&report, "bursting");
    assert!(bursting["throttled_seconds"].as_f64().unwrap() > 0.9 * bursting["seconds"].as_f64().unwrap());
    let more = json(simulate(&["examples/ml-training.toml", "--set", "phase.epoch.clients=16", "-o", "json"]));
    let level = |r: &serde_json::Value| {
        r["runs"].as_array().unwrap().iter().filter_map(|r| r["mode"]["provisioned_mibps"].as_f64()).fold(0.0, f64::max)
    };
    assert!(level(&more) > level(&report), "{} vs {}", level(&more), level(&report));
}

#[test]
fn simulate_refuses_bad_workloads_naming_the_key_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let base = "name = \"t\"\n[[phase]]\nclients = 2\nrate = \"10MiB/s\"\ndataset = \"1GiB\"\n";
    let cases = [
        (base.replace("rate =", "speed ="), "line 4", "unknown field `speed`"),
        (base.replace("clients = 2", "clients = -2"), "line 3: phase.0.clients", "not from 0"),
        (base.replace("\"10MiB/s\"", "\"fast\""), "line 4: phase.0.rate", "not a rate like 400MiB/s"),
        (base.replace("\"1GiB\"", "\"1 gigabyte\""), "line 5: phase.0.dataset", "not a size"),
        (base.replace("dataset = \"1GiB\"", "epochs = 3"), "phase.0.epochs", "epochs need a dataset"),
        (format!("{base}read = 2\n"), "line 6: phase.0.read", "not a share from 0 to 1"),
        ("[[phase]\nclients = 1".to_string(), "line 1", ""),
        ("region = \"mars-1\"\n".to_string(), "line 1: region", "not a region"),
    ];
    for (i, (text, place, what)) in cases.iter().enumerate() {
        let path = dir.path().join(format!("w{i}.toml"));
        std::fs::write(&path, text).unwrap();
        let out = simulate(&[path.to_str().unwrap()]);
        fails(&out, 2, place);
        fails(&out, 2, what);
        assert!(out.stdout.is_empty(), "nothing is printed for a bad workload");
    }
    let good = dir.path().join("good.toml");
    std::fs::write(&good, base).unwrap();
    let good = good.to_str().unwrap();
    fails(&simulate(&[good, "--set", "phase.0.clients=-1"]), 2, "phase.0.clients: -1 is not from 0");
    fails(&simulate(&[good, "--set", "phase.7.clients=1"]), 2, "no phase '7'");
    fails(&simulate(&[good, "--set", "clients"]), 2, "give key=value");
    fails(&simulate(&[good, "--step", "0s"]), 2, "not a step from 10ms to 1h");
    fails(&simulate(&[&format!("{good}.missing")]), 2, "cannot read the workload");
    // A workload without a region runs in --region's, with that region's prices.
    let eu = json(simulate(&[good, "--region", "eu-west-1", "-o", "json"]));
    assert_eq!((eu["workload"]["region"].as_str(), eu["prices"]["standard"].as_f64()), (Some("eu-west-1"), Some(0.33)));
    fails(&simulate(&[good, "--region", "mars-1"]), 2, "--region mars-1 is not served");
    ok(simulate(&[good, "--set", "phase.0.clients=3", "--step", "100ms"]));
}

#[test]
fn simulate_draws_an_svg_that_renders() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("training.svg");
    ok(simulate(&["examples/ml-training.toml", "--svg", svg.to_str().unwrap(), "-q"]));
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(
        text.contains("<svg") && text.contains("data moved per throughput mode"),
        "{}",
        &text[..200.min(text.len())]
    );
    // rsvg-convert (librsvg, installed by scripts/install.sh) renders it as an image.
    let png = dir.path().join("training.png");
    let out = Command::new("rsvg-convert")
        .args(["-o", png.to_str().unwrap(), svg.to_str().unwrap()])
        .output()
        .expect("rsvg-convert is installed by scripts/install.sh (Debian package librsvg2-bin)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let bytes = std::fs::read(&png).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    let (w, h) =
        (u32::from_be_bytes(bytes[16..20].try_into().unwrap()), u32::from_be_bytes(bytes[20..24].try_into().unwrap()));
    assert_eq!((w, h), (960, 720));
    // Not blank: the curves and labels leave many distinct bytes after compression.
    assert!(bytes.len() > 10_000, "{} bytes", bytes.len());
    let unwritable = dir.path().join("no/such/dir/x.svg");
    fails(&simulate(&["examples/ml-training.toml", "--svg", unwritable.to_str().unwrap()]), 1, "cannot write");
}

fn clock(d: &Daemon, body: &str) {
    let r = http(&d.url, "POST", efsctl_control::api::paths::CLOCK, body);
    assert_eq!(status_of(&r), 200, "{r}");
}

/// The newest BurstCreditBalance of `fs` recorded at or after `since`.
fn recorded_balance(d: &Daemon, fs: &str, since: f64) -> f64 {
    let cw = d.cloudwatch();
    crate::support::run_value(async move {
        let out = cw
            .get_metric_statistics()
            .namespace("AWS/EFS")
            .metric_name("BurstCreditBalance")
            .dimensions(aws_sdk_cloudwatch::types::Dimension::builder().name("FileSystemId").value(fs).build())
            .start_time(aws_sdk_cloudwatch::primitives::DateTime::from_secs_f64(since))
            .end_time(aws_sdk_cloudwatch::primitives::DateTime::from_secs_f64(since + 86400.0))
            .period(60)
            .statistics(aws_sdk_cloudwatch::types::Statistic::Maximum)
            .send()
            .await
            .expect("GetMetricStatistics");
        let mut points = out.datapoints().to_vec();
        points.sort_by_key(|p| p.timestamp().map(|t| t.secs()));
        points.last().and_then(|p| p.maximum()).unwrap_or(f64::NAN)
    })
}

/// Moves the clock a day at a time (each day's minutes fit the sampler's backfill) and waits
/// until each is on record.
fn days_pass(d: &Daemon, fs: &str, days: u32) {
    for _ in 0..days {
        clock(d, r#"{"AdvanceSeconds": 86400}"#);
        let target = d.now() - 120.0;
        eventually("the day is on record", || {
            let b = recorded_balance(d, fs, target);
            if b.is_nan() { Err(format!("no point since {target}")) } else { Ok(()) }
        });
    }
}

/// The acceptance run: three file systems given a week of history on the virtual clock —
/// one provisioned at 100 MiB/s and never used, one Bursting that ran out of credits under a
/// writer, one holding 1.2 GiB that nobody reads and no lifecycle policy. `cost --all` finds
/// each with the saving the price table gives; `tune --recommend` moves the first to Bursting
/// and the second off it.
#[test]
fn cost_and_recommend_find_the_seeded_file_systems() {
    if crate::support::fuse_skip("cost_and_recommend_find_the_seeded_file_systems") {
        return;
    }
    let d = Daemon::start();
    let over =
        ok(efsctl(&d, &["create", "over", "--throughput-mode", "provisioned", "--provisioned", "100", "--wait", "-q"]));
    let (cold_dir, drained_dir) = (MountDir::new(), MountDir::new());
    let cold = create_and_mount(&d, "cold", &["--throughput-mode", "bursting"], &cold_dir);
    let drained = create_and_mount(&d, "drained", &["--throughput-mode", "bursting"], &drained_dir);
    let out = Command::new("dd")
        .args(["if=/dev/zero", &format!("of={}/data", cold_dir.s()), "bs=1M", "count=1228", "conv=fsync"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    // Drained: no credits, and a writer for five virtual minutes (the clock at 60x).
    ok(efsctl(&d, &["emulator", "credits", "drained", "--set", "0"]));
    // One dd with direct writes: no gap between requests for credits to accrue in.
    let writer = Writer::start(&format!(
        "dd if=/dev/zero of={}/load bs=1M count=100000 oflag=direct 2>/dev/null",
        drained_dir.s()
    ));
    clock(&d, r#"{"Speed": 60}"#);
    let until = d.now() + 300.0;
    eventually("five virtual minutes pass", || if d.now() >= until { Ok(()) } else { Err(format!("{}", d.now())) });
    drop(writer);
    clock(&d, r#"{"Speed": 1}"#);
    // Unmounted, both are idle from here on: a week passes.
    ok(efsctl(&d, &["umount", cold_dir.s()]));
    ok(efsctl(&d, &["umount", drained_dir.s()]));
    days_pass(&d, &over, 8);

    let report = json(efsctl(&d, &["cost", "--all", "-o", "json"]));
    let of =
        |id: &str| report["FileSystems"].as_array().unwrap().iter().find(|f| f["FileSystemId"] == id).unwrap().clone();
    let finding = |id: &str, kind: &str| {
        of(id)["Findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["Kind"] == kind)
            .cloned()
            .unwrap_or_else(|| panic!("no {kind} for {id}: {}", of(id)))
    };
    // Provisioned 100 MiB/s with nothing metered: the whole charge above the 1 MiB/s baseline.
    let f = finding(&over, "OverProvisioned");
    assert!((f["MonthlySaving"].as_f64().unwrap() - 99.0 * 6.00).abs() < 1e-6, "{f}");
    assert_eq!(f["Command"], format!("efsctl tune {over} --throughput-mode bursting"));
    // Throttled: the minutes without credits (about five of the writer's), and Elastic as the way out.
    let f = finding(&drained, "Throttled");
    let minutes: u32 = f["Detail"].as_str().unwrap().split(' ').next().unwrap().parse().unwrap();
    assert!(minutes >= 3 && f["Detail"].as_str().unwrap().contains("minutes without burst credits"), "{f}");
    assert_eq!(f["Command"], format!("efsctl tune {drained} --throughput-mode elastic"));
    // Cold: 1.2 GiB in Standard never read, at ($0.30 − $0.025)/GB-month.
    let f = finding(&cold, "ColdData");
    let standard =
        json(efsctl(&d, &["describe", "cold", "-o", "json"]))["SizeInBytes"]["ValueInStandard"].as_f64().unwrap();
    let expected = standard / GIB * (0.30 - 0.025);
    assert!((f["MonthlySaving"].as_f64().unwrap() - expected).abs() < 0.01, "{f} vs {expected}");
    assert_eq!(f["Command"], format!("efsctl lifecycle set {cold} --ia 7d --back-on-access"));
    // Nobody connected for the week: idle.
    finding(&over, "Idle");
    // The so-far and projected figures: Provisioned's 99 MiB/s × $6 for the days so far.
    let so_far = of(&over)["SoFar"]["Throughput"].as_f64().unwrap();
    assert!(so_far > 0.0 && of(&over)["Projected"]["Throughput"].as_f64().unwrap() >= so_far);
    let table = ok(efsctl(&d, &["cost", "--all"]));
    assert!(table.contains("OverProvisioned $594.00/month") && table.contains("possible savings"), "{table}");

    // tune --recommend: the idle Provisioned one is cheapest on Bursting; the drained one was
    // throttled on Bursting (the minutes it metered all it was allowed), so it should move.
    let r = json(efsctl(&d, &["tune", "over", "--recommend", "-o", "json"]));
    assert_eq!(r["Pick"]["mode"], "bursting", "{r}");
    assert_eq!(r["Command"], format!("efsctl tune {over} --throughput-mode bursting"));
    let r = json(efsctl(&d, &["tune", "drained", "--recommend", "-o", "json"]));
    let bursting = r["Runs"].as_array().unwrap().iter().find(|x| x["mode"] == "bursting").unwrap();
    assert!(bursting["throttled_minutes"].as_u64().unwrap() >= 3, "{r}");
    assert_ne!(r["Pick"]["mode"], "bursting", "{r}");
    assert_eq!(r["Pick"]["throttled_minutes"], 0, "{r}");
    let said = ok(efsctl(&d, &["tune", "drained", "--recommend"]));
    assert!(said.contains("efsctl tune") && said.contains("24-hour rule"), "{said}");
}

fn cost_commands_on(backend: Backend) {
    let d = Daemon::start();
    let id = ok(on(
        &d,
        backend,
        &["create", "p", "--throughput-mode", "provisioned", "--provisioned", "50", "--wait", "-q"],
    ));
    let id = id.trim();
    let report = json(on(&d, backend, &["cost", id, "-o", "json"]));
    let fs = &report["FileSystems"][0];
    assert_eq!(fs["FileSystemId"], id);
    assert!(fs["Projected"]["Throughput"].as_f64().unwrap() > 0.0, "{report}");
    assert_eq!(report["Prices"]["region"], "us-east-1");
    // Without history, it says so.
    assert!(fs["Notes"].to_string().contains("no CloudWatch history yet"), "{fs}");
    fails(&on(&d, backend, &["tune", id, "--recommend"]), 5, "no metrics in the last 14 days");
    // Bad input changes nothing and says what to do.
    fails(&on(&d, backend, &["cost"]), 2, "name the file systems to cost, or give --all");
    fails(&on(&d, backend, &["cost", "no-such-fs"]), 3, "no-such-fs");
    fails(&on(&d, backend, &["cost", "--all", "--days", "99"]), 2, "99");
    fails(&on(&d, backend, &["tune", id, "--recommend", "--days", "30"]), 2, "30");
    fails(&on(&d, backend, &["tune", id, "--recommend", "--throughput-mode", "elastic"]), 2, "cannot be used with");
    fails(&on(&d, backend, &["tune", id]), 2, "--recommend");
}

/// After a month's jump of the clock the emulator keeps its older minutes as hourly
/// aggregates: `tune --recommend` replays those hours as alike minutes and says so, covering
/// all 14 days asked.
#[test]
fn recommend_replays_the_hours_a_long_clock_jump_kept() {
    let d = Daemon::start();
    let id = ok(efsctl(&d, &["create", "jumped", "--throughput-mode", "bursting", "--wait", "-q"]));
    let created = d.now();
    clock(&d, r#"{"AdvanceSeconds": 2592000}"#);
    let r = eventually("the jump on record", || {
        let out = efsctl(&d, &["tune", id.trim(), "--recommend", "-o", "json"]);
        let r = if out.status.success() { json(out) } else { serde_json::Value::Null };
        if r["HistoryMinutes"].as_u64().unwrap_or(0) >= 14 * 1440 - 60 { Ok(r) } else { Err(format!("{r}")) }
    });
    assert!(r["HourlyHours"].as_u64().unwrap() >= 24, "{r}");
    assert_eq!(r["Pick"]["mode"], "bursting", "an idle file system stays on Bursting: {r}");
    assert!(d.now() - created >= 30.0 * 86400.0);
    let said = ok(efsctl(&d, &["tune", id.trim(), "--recommend"]));
    assert!(said.contains("hours replays as 60 alike minutes") && !said.contains("missing"), "{said}");
}

#[test]
fn cost_commands_local() {
    cost_commands_on(Backend::Local);
}

#[test]
fn cost_commands_aws() {
    cost_commands_on(Backend::Aws);
}

/// A client writing 1 MiB requests with O_DIRECT at `rate` bytes/s of virtual time (the clock
/// runs at `speed`), `total` bytes into `path`; returns when all is written.
fn paced_writer(path: std::path::PathBuf, rate: f64, total: usize, speed: f64) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .write(true)
            .custom_flags(libc::O_DIRECT)
            .open(&path)
            .expect("open with O_DIRECT");
        let mut buf = vec![7u8; (MIB as usize) * 2];
        let at = buf.as_ptr().align_offset(4096);
        let chunk = &mut buf[at..at + MIB as usize];
        let start = Instant::now();
        for k in 0..total / MIB as usize {
            let due = std::time::Duration::from_secs_f64(k as f64 * MIB / rate / speed);
            if let Some(wait) = due.checked_sub(start.elapsed()) {
                std::thread::sleep(wait);
            }
            f.write_all(chunk).expect("write");
        }
        f.sync_all().expect("fsync");
    })
}

/// Simulation and reality agree: two clients writing 150 MiB each at 5 MiB/s on a Bursting file
/// system holding 135 MiB of credits (15 s of their bursting), then five idle minutes. The
/// real mounts on the virtual clock take as long and end with the same balance, within 5 %.
#[test]
fn simulation_and_real_mounts_agree() {
    if crate::support::fuse_skip("simulation_and_real_mounts_agree") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let workload = dir.path().join("two.toml");
    std::fs::write(
        &workload,
        "name = \"two writers\"\n[file_system]\nstored = 0\ncredits = \"135MiB\"\n\
         [[phase]]\nname = \"write\"\nclients = 2\nrate = \"5MiB/s\"\nread = 0\nio_size = \"1MiB\"\nfile_size = \"150MiB\"\ndataset = \"300MiB\"\n\
         [[phase]]\nname = \"rest\"\nclients = 0\nduration = \"5m\"\n",
    )
    .unwrap();
    let sim = json(simulate(&[workload.to_str().unwrap(), "-o", "json"]));
    let bursting = run_of(&sim, "bursting");
    let sim_write = bursting["phases"][0]["seconds"].as_f64().unwrap();
    let sim_end = bursting["credits_end"].as_f64().unwrap();
    // The closed form: 15 s at 10 MiB/s spends the credits, the other 150 MiB at 1 MiB/s.
    assert!((sim_write - 165.0).abs() < 2.0, "{sim_write}");

    let d = Daemon::start();
    let (a, b) = (MountDir::new(), MountDir::new());
    let fs = create_and_mount(&d, "agree", &["--throughput-mode", "bursting"], &a);
    ok(efsctl(&d, &["mount", "agree", b.s()]));
    let speed = 10.0;
    ok(efsctl(&d, &["emulator", "credits", "agree", "--set", "135MiB"]));
    clock(&d, &format!(r#"{{"Speed": {speed}}}"#));
    let started = d.now();
    let writers =
        [a.path().join("one"), b.path().join("two")].map(|p| paced_writer(p, 5.0 * MIB, 150 * MIB as usize, speed));
    for w in writers {
        w.join().expect("writer");
    }
    let real_write = d.now() - started;
    clock(&d, r#"{"Speed": 1, "AdvanceSeconds": 300}"#);
    // The sampler's first tick after the jump records the minute that just ended with the
    // balance at that tick (within a second of the rest's end).
    let ended = (d.now() / 60.0).floor() * 60.0 - 60.0;
    let real_end = eventually("the minute after the rest is on record", || {
        let b = recorded_balance(&d, &fs, ended);
        if b.is_nan() { Err("no point yet".into()) } else { Ok(b) }
    });
    eprintln!(
        "simulate vs mounts: writing {sim_write:.1} s vs {real_write:.1} s; credits after {:.1} MiB vs {:.1} MiB",
        sim_end / MIB,
        real_end / MIB
    );
    assert!((real_write - sim_write).abs() <= 0.05 * sim_write, "writing took {real_write} s, simulated {sim_write} s");
    assert!((real_end - sim_end).abs() <= 0.05 * sim_end, "credits {real_end} vs simulated {sim_end}");
}

/// README's costs recipe, run as written on `ml-data` as the commands table creates it: the
/// simulation and `cost --all` at once; `tune --recommend` says it needs history, then, with a
/// minute on record, recommends.
#[test]
fn the_readme_costs_recipe_runs_as_written() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let block = readme
        .split("### Costs and what-if")
        .nth(1)
        .unwrap()
        .split("```sh")
        .nth(1)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    let commands: Vec<Vec<String>> = block
        .lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .filter(|l| !l.is_empty())
        .map(|l| l.split_whitespace().map(str::to_string).collect())
        .collect();
    assert_eq!(commands.len(), 3, "{commands:?}");
    let d = Daemon::start();
    let fs = ok(efsctl(
        &d,
        &["create", "ml-data", "--throughput-mode", "provisioned", "--provisioned", "128", "--wait", "-q"],
    ));
    let run = |words: &[String]| {
        assert_eq!(words[0], "efsctl");
        let args: Vec<&str> = words[1..].iter().map(String::as_str).collect();
        Command::new(BIN)
            .args(&args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("EFSCTL_DATA_DIR", d.dir.path())
            .env("EFSCTL_CONFIG", d.dir.path().join("none.toml"))
            .output()
            .unwrap()
    };
    assert!(ok(run(&commands[0])).contains("pick"));
    assert!(ok(run(&commands[1])).contains("ml-data"));
    fails(&run(&commands[2]), 5, "no metrics");
    crate::support::next_minute_recorded(&d, &fs);
    let said = ok(run(&commands[2]));
    assert!(said.contains("pick") && said.contains("--throughput-mode bursting"), "{said}");
}
