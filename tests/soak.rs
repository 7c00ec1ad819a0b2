//! A soak: minutes of everything at once against one emulator — writers, readers, renames and
//! unlinks on a mount; API churn; lifecycle sweeps with clock jumps; credits run dry; kill -9
//! and restart every few seconds; a full disk — then every acknowledged byte and resource must
//! be there and fsck clean. It runs for `EFSCTL_SOAK_MINUTES` (scripts/test.sh sets 2; by hand:
//! `EFSCTL_SOAK_MINUTES=60 cargo nextest run --workspace soak --no-capture`) and prints its figures.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::support::{BIN, Daemon, MountDir, efsctl, fuse_skip, ok};

/// The bytes of file `seed`: its length and contents follow from the seed.
fn contents(seed: u64) -> Vec<u8> {
    let len = (seed.wrapping_mul(2_654_435_761) % (256 << 10)) as usize;
    (0..len).map(|i| (seed as usize).wrapping_mul(31).wrapping_add(i) as u8).collect()
}

#[derive(Default)]
struct Tally {
    writes: AtomicU64,
    reads: AtomicU64,
    renames: AtomicU64,
    unlinks: AtomicU64,
    api: AtomicU64,
    failed: AtomicU64,
}

/// What was acknowledged and must survive: file name → seed; file-system ids.
#[derive(Default)]
struct Acked {
    files: Mutex<HashMap<String, u64>>,
    /// Files a rename or unlink failed on: the daemon may have done it and been killed before
    /// answering, so the file is under one of the names (or, for an unlink, may be gone), but
    /// never lost or changed.
    unsure: Mutex<Vec<(Vec<String>, u64, bool)>>,
    file_systems: Mutex<Vec<String>>,
}

/// Runs efsctl against the current endpoint, without starting a daemon of its own.
fn cli(url: &Mutex<String>, args: &[&str]) -> Option<String> {
    let url = url.lock().unwrap().clone();
    let out = Command::new(BIN)
        .args(["--endpoint-url", &url])
        .args(args)
        .env("EFSCTL_CONFIG", "/nonexistent")
        .output()
        .ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// A tmpfs of `mib` MiB at a fresh directory, for a data dir a full disk can be made on (root).
struct SmallDisk(tempfile::TempDir);

impl SmallDisk {
    fn new(mib: u32) -> Option<SmallDisk> {
        let dir = tempfile::tempdir().ok()?;
        let status = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={mib}m"), "tmpfs"])
            .arg(dir.path())
            .status()
            .ok()?;
        status.success().then_some(SmallDisk(dir))
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(self.0.path()).status();
    }
}

fn worker(stop: &AtomicBool, mut step: impl FnMut(u64)) {
    let mut n = 0u64;
    while !stop.load(Ordering::Relaxed) {
        step(n);
        n += 1;
    }
}

#[test]
fn soak() {
    let minutes: f64 = match std::env::var("EFSCTL_SOAK_MINUTES").ok().and_then(|m| m.parse().ok()) {
        Some(m) => m,
        None => {
            eprintln!("SKIPPED soak: set EFSCTL_SOAK_MINUTES (scripts/test.sh runs 2 minutes)");
            return;
        }
    };
    if fuse_skip("soak") {
        return;
    }
    // The data dir on a small disk where root can make one: the full-disk episode needs it.
    // Large enough for what hours of metrics take under clock jumps (retention bounds them).
    let disk = SmallDisk::new(1024);
    let data = tempfile::tempdir_in(disk.as_ref().map_or(std::env::temp_dir(), |d| d.0.path().to_path_buf())).unwrap();
    let mut d = Daemon::start_in(data, &[]);
    let fs = ok(efsctl(
        &d,
        &["create", "soak", "--throughput-mode", "bursting", "--mount-targets", "us-east-1a", "--wait", "-q"],
    ));
    let m = MountDir::new();
    ok(efsctl(&d, &["mount", "soak", m.s()]));
    ok(efsctl(&d, &["lifecycle", "set", "soak", "--ia", "1d", "--back-on-access"]));
    // Work happens in a directory of the file system: while a restarted daemon has not mounted
    // it again, it is not there, so nothing lands in the bare mount point underneath.
    let root: PathBuf = m.path().join("work");
    std::fs::create_dir(&root).unwrap();
    let url = Arc::new(Mutex::new(d.url.clone()));
    let stop = Arc::new(AtomicBool::new(false));
    let tally = Arc::new(Tally::default());
    let acked = Arc::new(Acked::default());
    // Kills begun: a rename or unlink that fails while this moves was in flight at a kill.
    let kills_begun = Arc::new(AtomicU64::new(0));
    let deadline = Instant::now() + Duration::from_secs_f64(minutes * 60.0);

    let mut threads = Vec::new();
    for w in 0..2u64 {
        let (stop, tally, acked, root) = (stop.clone(), tally.clone(), acked.clone(), root.clone());
        threads.push(std::thread::spawn(move || {
            worker(&stop, |n| {
                // A bounded working set, so hours of soak fit the small disk.
                if acked.files.lock().unwrap().len() >= 400 {
                    return std::thread::sleep(Duration::from_millis(50));
                }
                let seed = w << 40 | n;
                let name = format!("f{seed}");
                let written = std::fs::File::create(root.join(&name))
                    .and_then(|mut f| f.write_all(&contents(seed)).and_then(|()| f.sync_all()));
                match written {
                    Ok(()) => {
                        acked.files.lock().unwrap().insert(name, seed);
                        tally.writes.fetch_add(1, Ordering::Relaxed);
                    }
                    Err(_) => {
                        tally.failed.fetch_add(1, Ordering::Relaxed);
                        std::thread::sleep(Duration::from_millis(100));
                    }
                }
            })
        }));
    }
    let pick = |acked: &Acked, n: u64| {
        let files = acked.files.lock().unwrap();
        (!files.is_empty()).then(|| files.iter().nth(n as usize % files.len()).map(|(k, v)| (k.clone(), *v))).flatten()
    };
    {
        let (stop, tally, acked, root) = (stop.clone(), tally.clone(), acked.clone(), root.clone());
        let kills = kills_begun.clone();
        threads.push(std::thread::spawn(move || {
            worker(&stop, |n| {
                let before = kills.load(Ordering::SeqCst);
                let Some((name, seed)) = pick(&acked, n) else { return std::thread::sleep(Duration::from_millis(20)) };
                match std::fs::read(root.join(&name)) {
                    Ok(bytes) => {
                        // Renamed or unlinked since it was picked: then it is not under this name.
                        if acked.files.lock().unwrap().get(&name) == Some(&seed) {
                            assert!(bytes == contents(seed), "{name} read back different bytes");
                        }
                        tally.reads.fetch_add(1, Ordering::Relaxed);
                    }
                    Err(_) => drop(tally.failed.fetch_add(1, Ordering::Relaxed)),
                }
                if n % 3 == 0 {
                    // A new name of bounded length: the file's own name after this round's prefix.
                    let to = format!("r{n}-{}", name.rsplit('-').next().unwrap_or(&name));
                    let mut files = acked.files.lock().unwrap();
                    if files.get(&name) == Some(&seed) {
                        files.remove(&name);
                        match std::fs::rename(root.join(&name), root.join(&to)) {
                            Ok(()) => {
                                files.insert(to, seed);
                                tally.renames.fetch_add(1, Ordering::Relaxed);
                            }
                            // Failed while a kill was under way: the daemon may have done it and died
                            // before answering. Failed otherwise (the mount was not back): not done.
                            Err(_) if kills.load(Ordering::SeqCst) != before => {
                                acked.unsure.lock().unwrap().push((vec![name, to], seed, false))
                            }
                            Err(_) => drop(files.insert(name, seed)),
                        }
                    }
                } else if n % 7 == 0 {
                    let mut files = acked.files.lock().unwrap();
                    if files.get(&name) == Some(&seed) {
                        files.remove(&name);
                        match std::fs::remove_file(root.join(&name)) {
                            Ok(()) => drop(tally.unlinks.fetch_add(1, Ordering::Relaxed)),
                            Err(_) if kills.load(Ordering::SeqCst) != before => {
                                acked.unsure.lock().unwrap().push((vec![name], seed, true))
                            }
                            Err(_) => drop(files.insert(name, seed)),
                        }
                    }
                }
            })
        }));
    }
    {
        let (stop, tally, acked, url) = (stop.clone(), tally.clone(), acked.clone(), url.clone());
        threads.push(std::thread::spawn(move || {
            worker(&stop, |n| {
                match cli(&url, &["create", &format!("churn{n}"), "--mount-targets", "none", "-q"]) {
                    Some(id) => acked.file_systems.lock().unwrap().push(id),
                    None => drop(tally.failed.fetch_add(1, Ordering::Relaxed)),
                }
                // Beyond ten, the oldest goes again; it stays acknowledged until the delete is.
                let oldest = {
                    let live = acked.file_systems.lock().unwrap();
                    (live.len() > 10).then(|| live[0].clone())
                };
                if let Some(id) = oldest
                    && cli(&url, &["delete", &id, "--force", "--yes"]).is_some()
                {
                    acked.file_systems.lock().unwrap().retain(|f| f != &id);
                }
                tally.api.fetch_add(2, Ordering::Relaxed);
                std::thread::sleep(Duration::from_millis(50));
            })
        }));
    }

    // The main thread: clock jumps and sweeps, dry credits, kill -9 and restart, a full disk.
    let (mut kills, mut sweeps, mut full) = (0, 0, false);
    let mut round = 0u64;
    while Instant::now() < deadline {
        std::thread::sleep(Duration::from_secs(3));
        round += 1;
        // A day and an hour now and then: files idle that long move to IA (metrics for the
        // minutes skipped are filled in, so the jumps stay small).
        if round.is_multiple_of(4) {
            let _ = cli(&url, &["emulator", "clock", "--advance", "25h"]);
        }
        if cli(&url, &["emulator", "sweep", &fs]).is_some() {
            sweeps += 1;
        }
        let _ = cli(&url, &["emulator", "credits", &fs, "--set", "0"]);
        if round.is_multiple_of(5) {
            kills_begun.fetch_add(1, Ordering::SeqCst);
            d.kill_and_restart();
            *url.lock().unwrap() = d.url.clone();
            kills += 1;
        }
        if !full && disk.is_some() && Instant::now() + Duration::from_secs_f64(minutes * 30.0) > deadline {
            // Fill the disk under the data dir through the mount (at burst speed), then free it.
            let _ = cli(&url, &["emulator", "credits", &fs, "--set", "2TiB"]);
            let big = root.join("filler");
            if let Ok(mut f) = std::fs::File::create(&big) {
                let chunk = vec![0u8; 1 << 20];
                while f.write_all(&chunk).is_ok() && f.sync_all().is_ok() {}
            }
            let _ = std::fs::remove_file(&big);
            full = true;
        }
    }
    stop.store(true, Ordering::Relaxed);
    for t in threads {
        t.join().expect("a soak worker panicked");
    }
    // One last kill: what was acknowledged survives it too.
    d.kill_and_restart();
    let files = acked.files.lock().unwrap().clone();
    for (name, seed) in &files {
        let path: &Path = &root.join(name);
        let bytes = std::fs::read(path).unwrap_or_else(|e| {
            let near: Vec<String> = std::fs::read_dir(&root)
                .map(|d| {
                    d.filter_map(|e| e.ok()?.file_name().into_string().ok())
                        .filter(|n| n.contains(name.as_str()))
                        .collect()
                })
                .unwrap_or_default();
            panic!("{name} was lost: {e} (names containing it: {near:?})")
        });
        assert_eq!(bytes, contents(*seed), "{name}");
    }
    let unsure = acked.unsure.lock().unwrap().clone();
    for (names, seed, may_be_gone) in &unsure {
        match names.iter().find_map(|n| std::fs::read(root.join(n)).ok()) {
            Some(bytes) => assert_eq!(bytes, contents(*seed), "{names:?}"),
            None => assert!(*may_be_gone, "{names:?} was lost: a rename that failed left it under neither name"),
        }
    }
    let listed = ok(efsctl(&d, &["ls", "-q"]));
    for id in acked.file_systems.lock().unwrap().iter() {
        assert!(listed.contains(id.as_str()), "file system {id} was lost");
    }
    let fsck = ok(efsctl(&d, &["emulator", "fsck", &fs]));
    ok(efsctl(&d, &["umount", m.s()]));
    let t = &tally;
    println!(
        "soak {minutes} min: {} writes, {} reads, {} renames, {} unlinks, {} API calls, {} failed (daemon down, disk full, or the file renamed meanwhile); {kills} kill -9 restarts, {sweeps} sweeps, full disk {}; {} files ({} more after a failed rename or unlink) and {} file systems checked; fsck {}",
        t.writes.load(Ordering::Relaxed),
        t.reads.load(Ordering::Relaxed),
        t.renames.load(Ordering::Relaxed),
        t.unlinks.load(Ordering::Relaxed),
        t.api.load(Ordering::Relaxed),
        t.failed.load(Ordering::Relaxed),
        if full { "filled and freed" } else { "skipped (needs root for a small tmpfs)" },
        files.len(),
        unsure.len(),
        acked.file_systems.lock().unwrap().len(),
        if fsck.is_empty() { "clean".to_string() } else { fsck },
    );
}
