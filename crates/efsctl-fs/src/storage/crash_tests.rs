//! Each operation crash safety is about — create, write, rename, sweep, checkpoint — cut at
//! every step it takes through `Disk`, in two ways:
//! - killed just before the step: the files as they are then are copied aside (a killed
//!   daemon leaves the page cache, which holds every write and every store into the journal's
//!   mapping) and opened again, as the daemon's next start does;
//! - the step failing (EIO): the operation reports it, and the file system, closed and opened
//!   again, is whole.
//!
//! Either way, recovery must leave a file system fsck finds clean, where the operation either
//! happened or did not, and nothing else changed.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use efsctl_core::lifecycle::{DAY, MIN_COLD_BYTES, Policy, Tier};
use efsctl_core::model::modes::TransitionAge;

use super::{Commit, Disk, Kind, NewInode, Os, ROOT, RenameMode, Storage, StorageError, fsck};

const FILE: NewInode = NewInode { kind: Kind::File, perm: 0o644, uid: 0, gid: 0, rdev: 0 };

#[derive(Clone, Copy, PartialEq, Debug)]
enum Cut {
    /// Copy the files aside before the step, as a kill -9 there leaves them.
    Kill,
    /// The step fails with EIO.
    Fail,
}

/// A `Disk` that counts the steps and cuts the one numbered `at`.
struct Cutter {
    dir: PathBuf,
    cut: Cut,
    at: AtomicUsize,
    steps: AtomicUsize,
    /// What a kill at the cut step left.
    killed: Mutex<Option<tempfile::TempDir>>,
}

impl Cutter {
    fn new(dir: &Path, cut: Cut) -> Arc<Self> {
        Arc::new(Cutter {
            dir: dir.to_path_buf(),
            cut,
            at: AtomicUsize::new(usize::MAX),
            steps: AtomicUsize::new(0),
            killed: Mutex::new(None),
        })
    }

    /// Counts steps from 0 again, cutting step `at` (none: `usize::MAX`).
    fn arm(&self, at: usize) {
        self.steps.store(0, Ordering::SeqCst);
        self.at.store(at, Ordering::SeqCst);
    }

    fn step(&self) -> io::Result<()> {
        if self.steps.fetch_add(1, Ordering::SeqCst) != self.at.load(Ordering::SeqCst) {
            return Ok(());
        }
        match self.cut {
            Cut::Kill => {
                *self.killed.lock().unwrap() = Some(copy_of(&self.dir));
                Ok(())
            }
            Cut::Fail => Err(io::Error::from_raw_os_error(libc::EIO)),
        }
    }
}

impl Disk for Cutter {
    fn create(&self, path: &Path) -> io::Result<std::fs::File> {
        self.step()?;
        Os.create(path)
    }
    fn write_at(&self, file: &std::fs::File, data: &[u8], offset: u64) -> io::Result<()> {
        self.step()?;
        Os.write_at(file, data, offset)
    }
    fn sync(&self, file: &std::fs::File) -> io::Result<()> {
        self.step()?;
        Os.sync(file)
    }
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.step()?;
        Os.rename(from, to)
    }
    fn remove(&self, path: &Path) -> io::Result<()> {
        self.step()?;
        Os.remove(path)
    }
    fn sync_all(&self, dir: &Path) -> io::Result<()> {
        self.step()?;
        Os.sync_all(dir)
    }
    fn commit(&self, _what: Commit) -> io::Result<()> {
        self.step()
    }
}

/// A copy of every file of a storage directory.
fn copy_of(dir: &Path) -> tempfile::TempDir {
    let to = tempfile::tempdir().unwrap();
    for sub in ["", "data", "ia", "archive"] {
        std::fs::create_dir_all(to.path().join(sub)).unwrap();
        for e in std::fs::read_dir(dir.join(sub)).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_file() {
                std::fs::copy(e.path(), to.path().join(sub).join(e.file_name())).unwrap();
            }
        }
    }
    to
}

fn bytes(n: usize, seed: u8) -> Vec<u8> {
    (0..n).map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed)).collect()
}

/// The file systems every operation starts from: files `keep`, `src`, `dst`, an empty `empty`
/// and a `cold` one big enough to tier, last read on day 0; checkpointed, then one more file
/// `late` that only the journal holds.
fn prepare(s: &Storage) {
    for (name, data) in [("keep", bytes(5000, 1)), ("src", bytes(3000, 2)), ("dst", bytes(2000, 3))] {
        write_file(s, name, &data);
    }
    write_file(s, "cold", &bytes(MIN_COLD_BYTES as usize + 4096, 4));
    let empty = s.create(ROOT, b"empty", FILE, None, 0.0).unwrap().ino;
    assert_eq!(s.get(empty).unwrap().size, 0);
    s.shared.checkpoint().unwrap();
    write_file(s, "late", &bytes(100, 5));
}

fn write_file(s: &Storage, name: &str, data: &[u8]) {
    let ino = s.create_open(ROOT, name.as_bytes(), FILE, 0.0).unwrap().ino;
    s.write(ino, 0, data, 0.0).unwrap();
    s.release(ino).unwrap();
    wait_for_syncer(s);
}

/// Closed files are synced behind the close; steps are numbered the same in every run only if
/// the operation waits for that too.
fn wait_for_syncer(s: &Storage) {
    while s.syncer.running.load(Ordering::Acquire) {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

fn contents(s: &Storage, name: &str) -> Option<Vec<u8>> {
    let ino = match s.lookup(ROOT, name.as_bytes()) {
        Ok(i) => i.ino,
        Err(StorageError::NotFound) => return None,
        Err(e) => panic!("lookup {name}: {e}"),
    };
    let mut buf = vec![0; 1 << 20];
    let (n, _) = s.read(ino, 0, &mut buf, 1.0).unwrap();
    buf.truncate(n);
    Some(buf)
}

/// One operation under test: what it does, and what may be true of it after recovery.
struct Operation {
    name: &'static str,
    run: fn(&Storage) -> super::Result<()>,
    /// `true` when the recovered file system shows the operation done, `false` when not done;
    /// panics when it shows anything else.
    done: fn(&Storage) -> bool,
}

const NEW_DATA: usize = 10_000;

fn operations() -> Vec<Operation> {
    vec![
        Operation {
            name: "create",
            run: |s| {
                let ino = s.create_open(ROOT, b"new", FILE, 2.0)?.ino;
                s.release(ino)
            },
            done: |s| match s.lookup(ROOT, b"new") {
                Ok(i) => {
                    assert_eq!((i.kind, i.size), (Kind::File, 0));
                    true
                }
                Err(_) => false,
            },
        },
        Operation {
            name: "write",
            run: |s| {
                let ino = s.lookup(ROOT, b"empty")?.ino;
                s.open_file(ino)?;
                let written = s.write(ino, 0, &bytes(NEW_DATA, 9), 2.0);
                let released = s.release(ino);
                wait_for_syncer(s);
                written.and(released)
            },
            done: |s| match contents(s, "empty").expect("empty").len() {
                0 => false,
                NEW_DATA => {
                    assert_eq!(contents(s, "empty").unwrap(), bytes(NEW_DATA, 9));
                    true
                }
                n => panic!("a write of {NEW_DATA} bytes left {n}"),
            },
        },
        Operation {
            name: "rename",
            run: |s| s.rename((ROOT, b"src"), (ROOT, b"dst"), RenameMode::Replace, 2.0),
            done: |s| match (contents(s, "src"), contents(s, "dst")) {
                (Some(a), Some(b)) => {
                    assert_eq!((a, b), (bytes(3000, 2), bytes(2000, 3)));
                    false
                }
                (None, Some(a)) => {
                    assert_eq!(a, bytes(3000, 2));
                    true
                }
                other => panic!("rename left src {:?}, dst {:?}", other.0.map(|v| v.len()), other.1.map(|v| v.len())),
            },
        },
        Operation {
            name: "sweep",
            run: |s| {
                let policy = Policy { ia: Some(TransitionAge::After1Day), archive: None, back_on_access: false };
                s.sweep(&policy, 30.0 * DAY, None).map(drop)
            },
            done: |s| {
                let cold = s.lookup(ROOT, b"cold").unwrap();
                assert_eq!(contents(s, "cold").unwrap(), bytes(MIN_COLD_BYTES as usize + 4096, 4));
                cold.tier == Tier::Ia
            },
        },
        Operation {
            name: "checkpoint",
            run: |s| s.shared.checkpoint(),
            // Nothing a user sees changes: done or not, the state is the one before.
            done: |_| true,
        },
    ]
}

/// Everything `prepare` made is there, as it was.
fn check_prepared(s: &Storage, op: &str) {
    assert_eq!(contents(s, "keep").unwrap(), bytes(5000, 1), "{op}: keep");
    assert_eq!(contents(s, "late").unwrap(), bytes(100, 5), "{op}: late");
    if op != "rename" {
        assert_eq!(contents(s, "src").unwrap(), bytes(3000, 2), "{op}: src");
    }
    if op != "sweep" {
        assert_eq!(contents(s, "cold").unwrap().len(), MIN_COLD_BYTES as usize + 4096, "{op}: cold");
    }
}

/// Opens what a cut left and checks it.
fn recover(dir: &Path, op: &Operation, step: usize, cut: Cut) -> bool {
    let s = Storage::open(dir, 3.0).unwrap_or_else(|e| panic!("{} cut ({cut:?}) at step {step}: open: {e}", op.name));
    assert_eq!(fsck(&s).unwrap(), Vec::<String>::new(), "{} cut ({cut:?}) at step {step}", op.name);
    check_prepared(&s, op.name);
    (op.done)(&s)
}

/// A prepared file system in a temporary directory, with `cut` armed at no step yet.
fn prepared(cut: Cut) -> (tempfile::TempDir, Arc<Cutter>, Storage) {
    let dir = tempfile::tempdir().unwrap();
    let cutter = Cutter::new(dir.path(), cut);
    let mut s = Storage::open_on(dir.path(), 0.0, cutter.clone()).unwrap();
    s.syncer = Arc::new(super::data::Syncer::immediate(cutter.clone()));
    prepare(&s);
    (dir, cutter, s)
}

#[test]
fn every_step_of_every_operation_recovers_from_a_kill_or_a_failure() {
    for op in operations() {
        // How many steps the operation takes, uncut.
        let (_dir, cutter, s) = prepared(Cut::Kill);
        cutter.arm(usize::MAX);
        (op.run)(&s).unwrap_or_else(|e| panic!("{} uncut: {e}", op.name));
        let steps = cutter.steps.load(Ordering::SeqCst);
        assert!(steps > 0, "{} takes no step", op.name);
        let mut outcomes = Vec::new();
        for at in 0..steps {
            let (_dir, cutter, s) = prepared(Cut::Kill);
            cutter.arm(at);
            (op.run)(&s).unwrap_or_else(|e| panic!("{} with a kill at step {at}: {e}", op.name));
            let killed = cutter.killed.lock().unwrap().take().expect("the cut step was reached");
            drop(s);
            outcomes.push(recover(killed.path(), &op, at, Cut::Kill));

            let (dir, cutter, s) = prepared(Cut::Fail);
            cutter.arm(at);
            let failed = (op.run)(&s);
            drop(s);
            let done = recover(dir.path(), &op, at, Cut::Fail);
            assert!(
                failed.is_err() || done,
                "{}: step {at} failed, the operation said it succeeded, and it is not done",
                op.name
            );
        }
        // A kill before the first step leaves it undone; the last step comes after it stands.
        assert!(!outcomes[0] || op.name == "checkpoint", "{}: done before its first step", op.name);
        println!("{}: {steps} steps, each cut both ways, recovered", op.name);
    }
}
