//! Through a real FUSE mount served by a release-build emulator started with
//! `--no-throughput-limits` (the model accounts but never delays, so EFS's 500 MiB/s per-client
//! limit does not cap the figure) next to the same work on the raw local disk, in the same run:
//! sequential write and read of 1 GiB, and create/stat/unlink of 10,000 files. Mount and raw
//! take turns for seven rounds (the disk's write-back from one side would otherwise slow the
//! other) and the median of each is printed; a sequential ratio is the median of the rounds'
//! ratios (the disk's speed drifts, so a pair measured back to back compares best). Also printed: the cost of one FUSE round trip
//! (statfs, which does nothing in the daemon), and unlink through a FUSE file system that does
//! no work at all, over /dev/fuse and over io_uring — the floors under every operation that
//! must reach a FUSE daemon.
//!
//! Run: `cargo bench --bench mount` (as root, or with fuse3 installed; needs /dev/fuse).

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant, UNIX_EPOCH};

use fuser::{FileAttr, FileType, Generation, INodeNo, ReplyAttr, ReplyEmpty, ReplyEntry, Request};

const GIB: usize = 1 << 30;
const CHUNK: usize = 1 << 20;
const FILES: usize = 10_000;

const ROUNDS: usize = 7;

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

/// A FUSE file system that does no work: every name in its root is an empty file and every
/// unlink succeeds. Unlinking through it is what FUSE itself costs on this machine, over
/// /dev/fuse or, when `uring` and the kernel offers it, over io_uring as the emulator's mounts.
struct NoOp {
    uring: bool,
}

fn noop_attr(ino: u64) -> FileAttr {
    let kind = if ino == 1 { FileType::Directory } else { FileType::RegularFile };
    let (t, perm) = (UNIX_EPOCH, if ino == 1 { 0o755 } else { 0o644 });
    FileAttr {
        ino: INodeNo(ino),
        size: 0,
        blocks: 0,
        atime: t,
        mtime: t,
        ctime: t,
        crtime: t,
        kind,
        perm,
        nlink: 1,
        uid: 0,
        gid: 0,
        rdev: 0,
        blksize: 4096,
        flags: 0,
    }
}

impl fuser::Filesystem for NoOp {
    fn init(&mut self, _req: &Request, config: &mut fuser::KernelConfig) -> std::io::Result<()> {
        if self.uring {
            let _ = config.add_capabilities(fuser::InitFlags::FUSE_OVER_IO_URING);
        }
        Ok(())
    }

    fn lookup(&self, _req: &Request, _parent: INodeNo, name: &OsStr, reply: ReplyEntry) {
        let ino = 2 + name.as_bytes().iter().fold(0u64, |h, &b| h.wrapping_mul(31).wrapping_add(b.into())) % (1 << 40);
        reply.entry(&Duration::from_secs(30), &noop_attr(ino), Generation(0));
    }

    fn getattr(&self, _req: &Request, ino: INodeNo, _fh: Option<fuser::FileHandle>, reply: ReplyAttr) {
        reply.attr(&Duration::from_secs(30), &noop_attr(ino.0));
    }

    fn unlink(&self, _req: &Request, _parent: INodeNo, _name: &OsStr, reply: ReplyEmpty) {
        reply.ok();
    }
}

/// Unlinks per second through `NoOp` mounted at `dir`, served as the emulator serves mounts
/// (two request loops); the names are looked up first, as in `metadata`.
fn noop_unlink(dir: &Path, uring: bool) -> f64 {
    let mut config = fuser::Config::default();
    config.n_threads = Some(2);
    let session = fuser::spawn_mount(NoOp { uring }, dir, &config).expect("mount the no-op file system");
    for i in 0..FILES {
        std::fs::metadata(dir.join(format!("f{i}"))).expect("stat");
    }
    let start = Instant::now();
    for i in 0..FILES {
        std::fs::remove_file(dir.join(format!("f{i}"))).expect("unlink");
    }
    let rate = FILES as f64 / start.elapsed().as_secs_f64();
    session.umount_and_join().expect("unmount");
    rate
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
    let work = tempfile::tempdir_in(
        std::env::var_os("EFSCTL_BENCH_DIR").unwrap_or_else(|| std::env::temp_dir().into_os_string()),
    )
    .expect("temp dir");
    let data = work.path().join("emulator");
    let mnt = work.path().join("mnt");
    let raw = work.path().join("raw");
    std::fs::create_dir_all(&mnt).expect("mkdir");
    std::fs::create_dir_all(&raw).expect("mkdir");
    let efsctl = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_efsctl"))
            .env("EFSCTL_DATA_DIR", &data)
            .env("EFSCTL_CONFIG", data.join("none.toml"))
            .args(args)
            .output()
            .expect("efsctl");
        assert!(out.status.success(), "efsctl {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    efsctl(&["emulator", "start", "--no-throughput-limits"]);
    efsctl(&["create", "bench", "--throughput-mode", "elastic", "--mount-targets", "us-east-1a", "--wait", "-q"]);
    efsctl(&["mount", "bench", mnt.to_str().expect("utf-8 path")]);
    println!(
        "1 GiB sequential, 1 MiB writes + fsync, then reads after dropping caches (where allowed); same disk for both; median of {ROUNDS} rounds"
    );
    let (mut seq_m, mut seq_r) = (Vec::new(), Vec::new());
    let (mut meta_m, mut meta_r) = (Vec::new(), Vec::new());
    // The disk's speed drifts over seconds, so each round measures the pair back to back (in
    // turns which goes first) and the ratio is the median of the rounds' ratios.
    for round in 0..ROUNDS {
        if round % 2 == 0 {
            seq_m.push(sequential(&mnt));
            seq_r.push(sequential(&raw));
        } else {
            seq_r.push(sequential(&raw));
            seq_m.push(sequential(&mnt));
        }
    }
    for (i, name) in ["write", "read"].iter().enumerate() {
        let side = |v: &[(f64, f64)]| median(v.iter().map(|p| [p.0, p.1][i]).collect());
        let ratios: Vec<f64> = seq_m.iter().zip(&seq_r).map(|(m, r)| [m.0 / r.0, m.1 / r.1][i] * 100.0).collect();
        let (low, high) = (ratios.iter().copied().fold(f64::MAX, f64::min), ratios.iter().copied().fold(0.0, f64::max));
        println!(
            "  {name:<6}: mount {:>8.0} MiB/s   raw {:>8.0} MiB/s   ({:.0}% of raw; rounds {low:.0}–{high:.0}%)",
            side(&seq_m),
            side(&seq_r),
            median(ratios)
        );
    }
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
    println!(
        "one FUSE round trip (statfs, no work in the daemon): {fm:.1} us, i.e. at most {:.0} ops/s for anything that reaches the daemon   raw statfs {fr:.2} us",
        1e6 / fm
    );
    let noop = work.path().join("noop");
    std::fs::create_dir_all(&noop).expect("mkdir");
    let raw_unlink = pick(&meta_r, 2);
    let uring = std::fs::read_to_string("/sys/module/fuse/parameters/enable_uring").is_ok_and(|v| v.trim() == "Y");
    for (transport, on) in [("/dev/fuse", false), ("io_uring", true)] {
        if on && !uring {
            println!(
                "unlink through a FUSE file system that does no work, over io_uring: not offered by this kernel (or not root)"
            );
            continue;
        }
        let floor = median((0..ROUNDS).map(|_| noop_unlink(&noop, on)).collect());
        println!(
            "unlink through a FUSE file system that does no work, over {transport}: {floor:.0} ops/s ({:.0}% of raw), the ceiling for any FUSE file system on it here",
            floor / raw_unlink * 100.0
        );
    }
    efsctl(&["umount", mnt.to_str().expect("utf-8 path")]);
    efsctl(&["emulator", "stop"]);
}
