//! DescribeFileSystems by id against a release-build emulator holding 1,000 file systems:
//! `wrk -t2 -c16` on the API next to `wrk` on the health endpoint (the HTTP stack's ceiling
//! on this machine, measured in the same run), then 16 concurrent Rust SDK clients.
//!
//! Run: `cargo bench --bench api` (needs `wrk`; scripts/install.sh installs it).

#[path = "shared/efs_client.rs"]
mod efs_client;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use efsctl_control::api::paths::HEALTH;

const FILE_SYSTEMS: usize = 1000;
const SDK_CLIENTS: usize = 16;

struct Wrk {
    rps: f64,
    p50: String,
    p99: String,
}

fn wrk(url: &str) -> Option<Wrk> {
    let out = Command::new("wrk").args(["-t2", "-c16", "-d10s", "--latency", url]).output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let field = |prefix: &str| text.lines().find_map(|l| l.trim().strip_prefix(prefix).map(|v| v.trim().to_string()));
    Some(Wrk { rps: field("Requests/sec:")?.parse().ok()?, p50: field("50%")?, p99: field("99%")? })
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut daemon = Command::new(env!("CARGO_BIN_EXE_efsctl"))
        .args(["emulator", "serve", "--addr", "127.0.0.1:0", "--data-dir"])
        .arg(dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start emulator");
    let url_file = dir.path().join("daemon.url");
    let url = loop {
        if let Ok(u) = std::fs::read_to_string(&url_file) {
            break u.trim().to_string();
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    let efs = efs_client::efs_client(&url);
    let target = rt.block_on(async {
        let mut ids = Vec::new();
        for i in 0..FILE_SYSTEMS {
            ids.push(
                efs.create_file_system()
                    .creation_token(format!("bench-{i}"))
                    .send()
                    .await
                    .expect("create")
                    .file_system_id()
                    .to_string(),
            );
        }
        ids[FILE_SYSTEMS / 2].clone()
    });
    println!("emulator: release build, {FILE_SYSTEMS} file systems stored, 2 cores shared with the load generator");

    let describe = format!("{url}/2015-02-01/file-systems?FileSystemId={target}");
    match (wrk(&describe), wrk(&format!("{url}{HEALTH}"))) {
        (Some(api), Some(floor)) => {
            println!(
                "wrk -t2 -c16 -d10s DescribeFileSystems by id: {:>9.0} req/s  p50 {:>8}  p99 {:>8}",
                api.rps, api.p50, api.p99
            );
            println!(
                "wrk -t2 -c16 -d10s GET {HEALTH} (ref): {:>9.0} req/s  p50 {:>8}  p99 {:>8}",
                floor.rps, floor.p50, floor.p99
            );
            println!("DescribeFileSystems reaches {:.0}% of the bare HTTP stack", api.rps / floor.rps * 100.0);
        }
        _ => println!("wrk not found or failed: install it (scripts/install.sh) for the wrk figures"),
    }

    let (rps, p50, p99) = rt.block_on(async {
        let deadline = Instant::now() + Duration::from_secs(5);
        let tasks: Vec<_> = (0..SDK_CLIENTS)
            .map(|_| {
                let efs = efs.clone();
                let id = target.clone();
                tokio::spawn(async move {
                    let mut lat = Vec::new();
                    while Instant::now() < deadline {
                        let t = Instant::now();
                        efs.describe_file_systems().file_system_id(&id).send().await.expect("describe");
                        lat.push(t.elapsed());
                    }
                    lat
                })
            })
            .collect();
        let start = Instant::now();
        let mut all = Vec::new();
        for t in tasks {
            all.extend(t.await.expect("task"));
        }
        let secs = start.elapsed().as_secs_f64();
        all.sort();
        (all.len() as f64 / secs, percentile(&all, 0.5), percentile(&all, 0.99))
    });
    println!(
        "{SDK_CLIENTS} concurrent Rust SDK clients, DescribeFileSystems by id: {rps:>9.0} req/s  p50 {p50:>8.2?}  p99 {p99:>8.2?}"
    );
    let _ = daemon.kill();
    let _ = daemon.wait();
}
