//! Through a real FUSE mount served by a release-build emulator started with
//! `--no-throughput-limits` (the model accounts but never delays, so EFS's 500 MiB/s per-client
//! limit does not cap the figure) next to the same work on the raw local disk, in the same run:
//! sequential write and read of 1 GiB, and create/stat/unlink of 10,000 files.
//!
//! Run: `cargo bench --bench mount` (as root, or with fuse3 installed; needs /dev/fuse).

use std::io::{Read, Write};
use std::path::Path;
use std::process::Command;
use std::time::Instant;

const GIB: usize = 1 << 30;
const CHUNK: usize = 1 << 20;
const FILES: usize = 10_000;

fn drop_caches() {
    // Root only; elsewhere reads may come from the page cache for both sides alike.
    let _ = std::fs::write("/proc/sys/vm/drop_caches", "3");
}

fn sequential(dir: &Path) -> (f64, f64) {
    let path = dir.join("big");
    let chunk = vec![0x5au8; CHUNK];
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
    println!("1 GiB sequential, 1 MiB writes + fsync, then reads after dropping caches (where allowed); same disk for both");
    let (mw, mr) = sequential(&mnt);
    let (rw, rr) = sequential(&raw);
    println!("  write: mount {mw:>8.0} MiB/s   raw {rw:>8.0} MiB/s   ({:.0}% of raw)", mw / rw * 100.0);
    println!("  read:  mount {mr:>8.0} MiB/s   raw {rr:>8.0} MiB/s   ({:.0}% of raw)", mr / rr * 100.0);
    println!("{FILES} files, one at a time");
    let (mc, ms, mu) = metadata(&mnt);
    let (rc, rs, ru) = metadata(&raw);
    for (name, m, r) in [("create", mc, rc), ("stat", ms, rs), ("unlink", mu, ru)] {
        println!("  {name:<6}: mount {m:>8.0} ops/s    raw {r:>8.0} ops/s    ({:.0}% of raw)", m / r * 100.0);
    }
    efsctl(&["umount", mnt.to_str().expect("utf-8 path")]);
    efsctl(&["emulator", "stop"]);
}
