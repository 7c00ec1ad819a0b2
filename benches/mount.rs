//! Through a real FUSE mount served by a release-build emulator started with
//! `--no-throughput-limits` (the model accounts but never delays, so EFS's 500 MiB/s per-client
//! limit does not cap the figure) next to the same work on the raw local disk, in the same run:
//! sequential write and read of 1 GiB, and create/stat/unlink of 10,000 files. Mount and raw
//! take turns for five rounds (the disk's write-back from one side would otherwise slow the
//! other) and the median of each is printed. Also printed: the cost of one FUSE round trip
//! (statfs, which does nothing in the daemon), the floor under every operation that must reach
//! the daemon.
//!
//! Run: `cargo bench --bench mount` (as root, or with fuse3 installed; needs /dev/fuse).

use std::io::{Read, Write};
use std::path::Path;
use std::process::Command;
use std::time::Instant;

const GIB: usize = 1 << 30;
const CHUNK: usize = 1 << 20;
const FILES: usize = 10_000;

const ROUNDS: usize = 5;

/// Writes back and drops the page cache, so each trial starts from the same state (root only;
/// elsewhere reads may come from the page cache for both sides alike).
fn drop_caches() {
    // SAFETY: sync(2) has no preconditions.
    unsafe { libc::sync() };
    let _ = std::fs::write("/proc/sys/vm/drop_caches", "3");
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Microseconds per statfs(2) of `dir`.
fn round_trip(dir: &Path) -> f64 {
    let path = std::ffi::CString::new(dir.as_os_str().as_encoded_bytes()).expect("path");
    let n = 20_000;
    let start = Instant::now();
    for _ in 0..n {
        // SAFETY: a valid C path and a zeroed out-struct.
        let rc = unsafe { libc::statfs(path.as_ptr(), &mut std::mem::zeroed()) };
        assert_eq!(rc, 0, "statfs");
    }
    start.elapsed().as_secs_f64() * 1e6 / n as f64
}

fn sequential(dir: &Path) -> (f64, f64) {
    let path = dir.join("big");
    let chunk = vec![0x5au8; CHUNK];
    drop_caches();
    let start = Instant::now();
    let mut f = std::fs::File::create(&path).expect("create");
    for _ in 0..GIB / CHUNK {
        f.write_all(&chunk).expect("write");
    }
    f.sync_all().expect("fsync");
    drop(f);
    let write = (GIB as f64 / (1 << 20) as f64) / start.elapsed().as_secs_f64();
    drop_caches();
    let start = Instant::now();
    let mut f = std::fs::File::open(&path).expect("open");
    let mut buf = vec![0u8; CHUNK];
    let mut total = 0;
    loop {
        let n = f.read(&mut buf).expect("read");
        if n == 0 {
            break;
        }
        total += n;
    }
    assert_eq!(total, GIB);
    let read = (GIB as f64 / (1 << 20) as f64) / start.elapsed().as_secs_f64();
    std::fs::remove_file(&path).expect("remove");
    (write, read)
}

fn metadata(dir: &Path) -> (f64, f64, f64) {
    let d = dir.join("many");
    std::fs::create_dir(&d).expect("mkdir");
    let rate = |f: &mut dyn FnMut(usize)| {
        let start = Instant::now();
        for i in 0..FILES {
            f(i);
        }
        FILES as f64 / start.elapsed().as_secs_f64()
    };
    let create = rate(&mut |i| drop(std::fs::File::create(d.join(format!("f{i}"))).expect("create")));
    let stat = rate(&mut |i| {
        std::fs::metadata(d.join(format!("f{i}"))).expect("stat");
    });
    let unlink = rate(&mut |i| std::fs::remove_file(d.join(format!("f{i}"))).expect("unlink"));
    std::fs::remove_dir(&d).expect("rmdir");
    (create, stat, unlink)
}

fn main() {
    let work = tempfile::tempdir_in(std::env::var_os("EFSCTL_BENCH_DIR").unwrap_or_else(|| std::env::temp_dir().into_os_string())).expect("temp dir");
    let data = work.path().join("emulator");
    let mnt = work.path().join("mnt");
    let raw = work.path().join("raw");
    std::fs::create_dir_all(&mnt).expect("mkdir");
    std::fs::create_dir_all(&raw).expect("mkdir");
    let efsctl = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_efsctl")).env("EFSCTL_DATA_DIR", &data).env("EFSCTL_CONFIG", data.join("none.toml")).args(args).output().expect("efsctl");
        assert!(out.status.success(), "efsctl {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    efsctl(&["emulator", "start", "--no-throughput-limits"]);
    efsctl(&["create", "bench", "--throughput-mode", "elastic", "--mount-targets", "us-east-1a", "--wait", "-q"]);
    efsctl(&["mount", "bench", mnt.to_str().expect("utf-8 path")]);
    println!("1 GiB sequential, 1 MiB writes + fsync, then reads after dropping caches (where allowed); same disk for both; median of {ROUNDS} rounds");
    let (mut seq_m, mut seq_r) = (Vec::new(), Vec::new());
    let (mut meta_m, mut meta_r) = (Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        seq_m.push(sequential(&mnt));
        seq_r.push(sequential(&raw));
    }
    let column = |v: &[(f64, f64)], first: bool| median(v.iter().map(|p| if first { p.0 } else { p.1 }).collect());
    let (mw, mr, rw, rr) = (column(&seq_m, true), column(&seq_m, false), column(&seq_r, true), column(&seq_r, false));
    println!("  write: mount {mw:>8.0} MiB/s   raw {rw:>8.0} MiB/s   ({:.0}% of raw)", mw / rw * 100.0);
    println!("  read:  mount {mr:>8.0} MiB/s   raw {rr:>8.0} MiB/s   ({:.0}% of raw)", mr / rr * 100.0);
    println!("{FILES} files, one at a time; median of {ROUNDS} rounds");
    for _ in 0..ROUNDS {
        meta_m.push(metadata(&mnt));
        meta_r.push(metadata(&raw));
    }
    let pick = |v: &[(f64, f64, f64)], i: usize| median(v.iter().map(|t| [t.0, t.1, t.2][i]).collect());
    for (i, name) in ["create", "stat", "unlink"].iter().enumerate() {
        let (m, r) = (pick(&meta_m, i), pick(&meta_r, i));
        println!("  {name:<6}: mount {m:>8.0} ops/s    raw {r:>8.0} ops/s    ({:.0}% of raw)", m / r * 100.0);
    }
    let (fm, fr) = (round_trip(&mnt), round_trip(&raw));
    println!("one FUSE round trip (statfs, no work in the daemon): {fm:.1} us, i.e. at most {:.0} ops/s for anything that reaches the daemon   raw statfs {fr:.2} us", 1e6 / fm);
    efsctl(&["umount", mnt.to_str().expect("utf-8 path")]);
    efsctl(&["emulator", "stop"]);
}
