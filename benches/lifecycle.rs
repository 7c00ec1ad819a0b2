//! Lifecycle sweep speed on the storage engine: a file system of 1,000,000 files of which
//! 100,000 are due for IA (128 KiB each, the smallest size that may move; sparse, so the figure
//! is the engine's per-file cost, not the disk's). Prints the decision pass over every file
//! (target < 10 s) next to a bare scan of the same rows, the sweep that moves the 100,000, and
//! the IA compression ratio on text (Rust sources from the cargo registry, no repeats) next to
//! Archive's.
//!
//! Run: `cargo bench --bench lifecycle`.

use std::time::Instant;

use efsctl_core::lifecycle::{self, DAY, Policy, Tier};
use efsctl_core::model::modes::TransitionAge;
use efsctl_fs::storage::{Kind, NewInode, ROOT, SetAttr, Storage};

const FILES: usize = 1_000_000;
const DUE: usize = 100_000;
const PER_DIR: usize = 1000;

fn main() {
    let dir = tempfile::tempdir_in(
        std::env::var("EFSCTL_BENCH_DIR").unwrap_or_else(|_| std::env::temp_dir().display().to_string()),
    )
    .expect("temp dir");
    let s = Storage::open(dir.path(), 0.0).expect("storage");
    let file = NewInode { kind: Kind::File, perm: 0o644, uid: 0, gid: 0, rdev: 0 };
    let folder = NewInode { kind: Kind::Dir, ..file };
    let start = Instant::now();
    let mut parent = ROOT;
    for i in 0..FILES {
        if i % PER_DIR == 0 {
            parent = s.create(ROOT, format!("d{:04}", i / PER_DIR).as_bytes(), folder, None, 0.0).expect("mkdir").ino;
        }
        // Every tenth file is big enough to move and was last touched at day 0; the rest are
        // small (they never move, but every one is considered).
        let ino = s.create(parent, format!("f{i:07}").as_bytes(), file, None, 0.0).expect("create").ino;
        if i % (FILES / DUE) == 0 {
            s.set_attr(ino, &SetAttr { size: Some(lifecycle::MIN_COLD_BYTES), ..Default::default() }, 0.0)
                .expect("truncate");
        }
    }
    println!(
        "setup: {FILES} files ({DUE} of 128 KiB) created through the engine in {:.1} s",
        start.elapsed().as_secs_f64()
    );

    let policy = Policy { ia: Some(TransitionAge::After30Days), archive: None, back_on_access: false };
    let now = 31.0 * DAY;

    let start = Instant::now();
    std::hint::black_box(s.lifecycle_files().expect("scan"));
    let scan = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let rows = s.lifecycle_files().expect("scan");
    let projection = lifecycle::project(&policy, rows, now, &[1, 7, 30]);
    let decide = start.elapsed().as_secs_f64();
    assert_eq!(projection.now.files(Tier::Ia) + projection.outlook[0].to_ia.0, DUE as u64);
    println!(
        "decision pass over {} files (scan + decide + 1/7/30-day outlook): {decide:.2} s (target < 10 s); bare scan of the same rows: {scan:.2} s",
        rows_len(&projection)
    );

    let start = Instant::now();
    let report = s.sweep(&policy, now, None).expect("sweep");
    let sweep = start.elapsed().as_secs_f64();
    assert_eq!(report.to_ia_files, DUE as u64);
    println!(
        "sweep: {} due of {} candidates moved to IA in {sweep:.2} s ({:.0} files/s; candidates chosen in one pass over memory, only due files are read)",
        report.to_ia_files,
        report.considered,
        report.to_ia_files as f64 / sweep
    );
    assert!(efsctl_fs::storage::fsck(&s).expect("fsck").is_empty());
    drop(s);

    compression(dir.path());
}

fn rows_len(p: &lifecycle::Projection) -> u64 {
    Tier::ALL.iter().map(|&t| p.now.files(t)).sum()
}

/// Text: up to 32 MiB of distinct Rust sources (the cargo registry's, else this repository's),
/// stored as one file and moved to IA and then Archive; the ratio is raw bytes over bytes on disk.
fn compression(base: &std::path::Path) {
    let registry = std::env::var("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| std::path::PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(".cargo"))
        .join("registry/src");
    let mut sources = Vec::new();
    collect(
        if registry.is_dir() { registry.as_path() } else { std::path::Path::new(env!("CARGO_MANIFEST_DIR")) },
        &mut sources,
    );
    sources.sort();
    let mut corpus = Vec::new();
    for p in &sources {
        if corpus.len() >= 32 << 20 {
            break;
        }
        corpus.extend(std::fs::read(p).expect("source"));
    }
    let dir = base.join("text");
    let s = Storage::open(&dir, 0.0).expect("storage");
    let file = NewInode { kind: Kind::File, perm: 0o644, uid: 0, gid: 0, rdev: 0 };
    let ino = s.create(ROOT, b"corpus.rs", file, None, 0.0).expect("create").ino;
    s.write(ino, 0, &corpus, 0.0).expect("write");
    for (tier, age, area) in
        [(Tier::Ia, TransitionAge::After1Day, "ia"), (Tier::Archive, TransitionAge::After7Days, "archive")]
    {
        let policy = Policy {
            ia: Some(TransitionAge::After1Day),
            archive: (tier == Tier::Archive).then_some(age),
            back_on_access: false,
        };
        let start = Instant::now();
        s.sweep(&policy, f64::from(age.days()) * DAY + 1.0, None).expect("sweep");
        let secs = start.elapsed().as_secs_f64();
        let stored: u64 = std::fs::read_dir(dir.join(area))
            .expect("area")
            .map(|e| e.expect("entry").metadata().expect("meta").len())
            .sum();
        println!(
            "{} compression of {:.0} MiB of source text: {:.2}x ({} bytes stored), {:.0} MiB/s",
            tier.label(),
            corpus.len() as f64 / 1048576.0,
            corpus.len() as f64 / stored as f64,
            stored,
            corpus.len() as f64 / 1048576.0 / secs
        );
    }
    let mut back = vec![0; corpus.len()];
    let (n, _) = s.read(ino, 0, &mut back, 0.0).expect("read");
    assert!(n == corpus.len() && back == corpus, "the corpus reads back identical from Archive");
}

fn collect(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).expect("dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}
