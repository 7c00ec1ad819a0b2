//! Reference-model tests: random operation sequences run on the storage engine and on a plain
//! in-memory model of a directory tree must agree, and fsck must stay clean throughout.

use std::collections::BTreeMap;

use proptest::prelude::*;

use super::{Kind, NewInode, ROOT, Storage, StorageError};

#[derive(Debug, Clone)]
enum Op {
    Create(u8),
    Mkdir(u8),
    Write(u8, u16, Vec<u8>),
    Unlink(u8),
    Rename(u8, u8),
    Link(u8, u8),
    Truncate(u8, u32),
    /// Lifecycle sweep far in the future: files move to IA (or Archive);
    /// with `back`, reads bring them back to Standard.
    Sweep {
        archive: bool,
        back: bool,
    },
    Read(u8),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0u8..6).prop_map(Op::Create),
        (0u8..6).prop_map(Op::Mkdir),
        (0u8..6, 0u16..9000, proptest::collection::vec(any::<u8>(), 0..300)).prop_map(|(n, o, d)| Op::Write(n, o, d)),
        (0u8..6).prop_map(Op::Unlink),
        (0u8..6, 0u8..6).prop_map(|(a, b)| Op::Rename(a, b)),
        (0u8..6, 0u8..6).prop_map(|(a, b)| Op::Link(a, b)),
        (0u8..6, prop_oneof![0u32..9000, 120_000u32..300_000]).prop_map(|(n, s)| Op::Truncate(n, s)),
        (any::<bool>(), any::<bool>()).prop_map(|(archive, back)| Op::Sweep { archive, back }),
        (0u8..6).prop_map(Op::Read),
    ]
}

/// The model: names in the root directory, each a directory or a file id; file contents by id.
#[derive(Default)]
struct Model {
    names: BTreeMap<String, Option<usize>>,
    files: Vec<Vec<u8>>,
}

/// The first MiB of `ino`.
fn read_all(s: &Storage, ino: u64, now: f64) -> Vec<u8> {
    let mut buf = vec![0; 1 << 20];
    let (n, _) = s.read(ino, 0, &mut buf, now).unwrap();
    buf.truncate(n);
    buf
}

fn name(n: u8) -> String {
    format!("n{n}")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]
    #[test]
    fn storage_agrees_with_model(ops in proptest::collection::vec(op(), 1..40)) {
        let dir = tempfile::tempdir().unwrap();
        let s = Storage::open(dir.path(), 0.0).unwrap();
        let mut m = Model::default();
        let file = NewInode { kind: Kind::File, perm: 0o644, uid: 0, gid: 0, rdev: 0 };
        let folder = NewInode { kind: Kind::Dir, ..file };
        let mut policy = efsctl_core::lifecycle::Policy::default();
        for op in ops {
            match op {
                Op::Create(n) => {
                    let r = s.create(ROOT, name(n).as_bytes(), file, None, 1.0);
                    if m.names.contains_key(&name(n)) {
                        prop_assert!(matches!(r, Err(StorageError::Exists)));
                    } else {
                        r.unwrap();
                        m.files.push(vec![]);
                        m.names.insert(name(n), Some(m.files.len() - 1));
                    }
                }
                Op::Mkdir(n) => {
                    let r = s.create(ROOT, name(n).as_bytes(), folder, None, 1.0);
                    prop_assert_eq!(r.is_ok(), !m.names.contains_key(&name(n)));
                    m.names.entry(name(n)).or_insert(None);
                }
                Op::Write(n, off, data) => {
                    if let Some(Some(id)) = m.names.get(&name(n)) {
                        let ino = s.lookup(ROOT, name(n).as_bytes()).unwrap().ino;
                        s.write(ino, off as u64, &data, 2.0).unwrap();
                        let f = &mut m.files[*id];
                        let end = off as usize + data.len();
                        if !data.is_empty() {
                            if f.len() < end { f.resize(end, 0); }
                            f[off as usize..end].copy_from_slice(&data);
                        }
                    }
                }
                Op::Truncate(n, size) => {
                    if let Some(Some(id)) = m.names.get(&name(n)) {
                        let ino = s.lookup(ROOT, name(n).as_bytes()).unwrap().ino;
                        s.set_attr(ino, &super::SetAttr { size: Some(size as u64), ..Default::default() }, 3.0).unwrap();
                        m.files[*id].resize(size as usize, 0);
                    }
                }
                Op::Sweep { archive, back } => {
                    use efsctl_core::model::modes::TransitionAge::*;
                    policy = efsctl_core::lifecycle::Policy { ia: Some(After1Day), archive: archive.then_some(After7Days), back_on_access: back };
                    s.sweep(&policy, 1e7, None).unwrap();
                }
                Op::Read(n) => {
                    if let Some(Some(id)) = m.names.get(&name(n)) {
                        let ino = s.lookup(ROOT, name(n).as_bytes()).unwrap().ino;
                        prop_assert_eq!(&read_all(&s, ino, 7.0), &m.files[*id]);
                        // What a mount does after a read of cold data under AFTER_1_ACCESS.
                        if policy.on_read(s.get(ino).unwrap().tier).is_some() {
                            s.promote(ino).unwrap();
                        }
                    }
                }
                Op::Unlink(n) => match m.names.get(&name(n)) {
                    Some(Some(_)) => { s.unlink(ROOT, name(n).as_bytes(), 4.0).unwrap(); m.names.remove(&name(n)); }
                    Some(None) => { s.rmdir(ROOT, name(n).as_bytes(), 4.0).unwrap(); m.names.remove(&name(n)); }
                    None => prop_assert!(s.unlink(ROOT, name(n).as_bytes(), 4.0).is_err()),
                },
                Op::Rename(a, b) => {
                    let r = s.rename((ROOT, name(a).as_bytes()), (ROOT, name(b).as_bytes()), super::RenameMode::Replace, 5.0);
                    match (m.names.get(&name(a)).cloned(), m.names.get(&name(b)).cloned()) {
                        (None, _) => prop_assert!(r.is_err()),
                        // Same name, or two links to one file: POSIX rename does nothing.
                        (Some(src), Some(dst)) if a == b || (src.is_some() && src == dst) => prop_assert!(r.is_ok()),
                        (Some(src), dst) => {
                            let compatible = matches!((src, dst), (_, None) | (Some(_), Some(Some(_))) | (None, Some(None)));
                            prop_assert_eq!(r.is_ok(), compatible, "{:?} {:?}", src, dst);
                            if compatible { m.names.remove(&name(a)); m.names.insert(name(b), src); }
                        }
                    }
                }
                Op::Link(a, b) => {
                    let r = s.lookup(ROOT, name(a).as_bytes()).and_then(|i| s.link(i.ino, ROOT, name(b).as_bytes(), 6.0));
                    match (m.names.get(&name(a)).cloned(), m.names.contains_key(&name(b))) {
                        (Some(Some(id)), false) => { r.unwrap(); m.names.insert(name(b), Some(id)); }
                        _ => prop_assert!(r.is_err()),
                    }
                }
            }
            prop_assert!(super::fsck(&s).unwrap().is_empty(), "{:?}", super::fsck(&s).unwrap());
        }
        // Same names, same kinds, same contents (hard links share them).
        let listed: Vec<String> = s.readdir(ROOT, 0, None, u32::MAX).unwrap().into_iter().map(|e| String::from_utf8(e.name).unwrap()).collect();
        prop_assert_eq!(listed, m.names.keys().cloned().collect::<Vec<_>>());
        for (n, entry) in &m.names {
            let inode = s.lookup(ROOT, n.as_bytes()).unwrap();
            match entry {
                Some(id) => prop_assert_eq!(read_all(&s, inode.ino, 9.0), m.files[*id].clone()),
                None => prop_assert_eq!(inode.kind, Kind::Dir),
            }
        }
        drop(s);
        // Reopening (what a restarted daemon does) changes nothing.
        let s = Storage::open(dir.path(), 10.0).unwrap();
        prop_assert_eq!(s.readdir(ROOT, 0, None, u32::MAX).unwrap().len(), m.names.len());
        prop_assert!(super::fsck(&s).unwrap().is_empty());
    }
}

#[test]
fn an_empty_file_has_no_data_file_until_written() {
    let dir = tempfile::tempdir().unwrap();
    let data_file = |ino: u64| dir.path().join("data").join(ino.to_string());
    let s = Storage::open(dir.path(), 0.0).unwrap();
    let new = NewInode { kind: Kind::File, perm: 0o644, uid: 0, gid: 0, rdev: 0 };
    let empty = s.create(ROOT, b"empty", new, None, 0.0).unwrap().ino;
    let opened = s.create_open(ROOT, b"opened", new, 0.0).unwrap().ino;
    assert!(!data_file(empty).exists() && !data_file(opened).exists());
    assert_eq!(read_all(&s, empty, 1.0), b"");
    s.release(opened).unwrap();
    drop(s);

    // Recovery leaves them be; fsck is clean; the first write makes the data file.
    let s = Storage::open(dir.path(), 2.0).unwrap();
    assert!(!data_file(empty).exists());
    assert_eq!(super::fsck(&s).unwrap(), Vec::<String>::new());
    s.write(opened, 0, b"now", 3.0).unwrap();
    assert!(data_file(opened).exists());
    assert_eq!(read_all(&s, opened, 4.0), b"now");

    // A file with bytes and no data file is damage fsck reports.
    std::fs::remove_file(data_file(opened)).unwrap();
    assert_eq!(super::fsck(&s).unwrap().len(), 1);
}

#[test]
fn directories_count_their_entries_and_know_their_parent_also_after_an_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let s = Storage::open(dir.path(), 0.0).unwrap();
    let file = NewInode { kind: Kind::File, perm: 0o644, uid: 0, gid: 0, rdev: 0 };
    let sub = s.create(ROOT, b"sub", NewInode { kind: Kind::Dir, perm: 0o755, ..file }, None, 0.0).unwrap().ino;
    let a = s.create(sub, b"a", file, None, 0.0).unwrap().ino;
    s.create(sub, b"b", file, None, 0.0).unwrap();
    s.link(a, ROOT, b"a-again", 0.0).unwrap();
    s.rename((sub, b"b"), (ROOT, b"b"), super::RenameMode::Replace, 0.0).unwrap();
    s.rename((ROOT, b"b"), (ROOT, b"a-again"), super::RenameMode::Replace, 0.0).unwrap();
    let entries = |s: &Storage| (s.get(ROOT).unwrap().size, s.get(sub).unwrap().size);
    assert_eq!(entries(&s), (2, 1));
    // Directories moving, also by exchange with a file in another directory.
    let inner = s.create(sub, b"inner", NewInode { kind: Kind::Dir, perm: 0o755, ..file }, None, 0.0).unwrap().ino;
    s.rename((sub, b"inner"), (ROOT, b"inner"), super::RenameMode::Replace, 0.0).unwrap();
    assert_eq!((entries(&s), s.parent_of(inner).unwrap()), ((3, 1), ROOT));
    s.rename((ROOT, b"inner"), (sub, b"a"), super::RenameMode::Exchange, 0.0).unwrap();
    assert_eq!((entries(&s), s.parent_of(inner).unwrap()), ((3, 1), sub));
    assert!(matches!(
        s.rename((ROOT, b"sub"), (inner, b"loop"), super::RenameMode::Replace, 0.0),
        Err(StorageError::Invalid)
    ));
    assert!(super::fsck(&s).unwrap().is_empty());
    drop(s);

    // A database as written before directories kept their count and parent (and before the
    // journal): opening it fills both in.
    let conn = rusqlite::Connection::open(dir.path().join("meta.db")).unwrap();
    for log in ["journal.0", "journal.1"] {
        std::fs::remove_file(dir.path().join(log)).unwrap();
    }
    conn.execute_batch(
        "UPDATE inodes SET size = 0 WHERE kind = 1; ALTER TABLE inodes DROP COLUMN parent; ALTER TABLE counters DROP COLUMN log_seq;
         CREATE INDEX dentries_ino ON dentries (ino); CREATE INDEX inodes_tier_access ON inodes (tier, last_access);
         PRAGMA user_version = 4;",
    )
    .unwrap();
    drop(conn);
    let s = Storage::open(dir.path(), 1.0).unwrap();
    assert_eq!(entries(&s), (3, 1));
    assert_eq!((s.parent_of(sub).unwrap(), s.parent_of(inner).unwrap()), (ROOT, sub));
    assert!(super::fsck(&s).unwrap().is_empty());
    s.rmdir(sub, b"a", 2.0).unwrap();
    s.rmdir(ROOT, b"sub", 2.0).unwrap();
    assert_eq!(s.get(ROOT).unwrap().size, 2);
    assert!(super::fsck(&s).unwrap().is_empty());
}

/// Copies the files of a storage directory: what the page cache holds if the daemon is killed
/// now (checkpoints are held off meanwhile, so the copy is one moment).
fn crash_copy(s: &Storage, to: &std::path::Path) {
    let _held = s.shared.checkpointing.lock().unwrap();
    for tier in efsctl_core::lifecycle::Tier::ALL {
        std::fs::create_dir_all(to.join(super::area(tier))).unwrap();
    }
    for sub in ["", "data", "ia", "archive"] {
        for e in std::fs::read_dir(s.dir().join(sub)).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_file() {
                std::fs::copy(e.path(), to.join(sub).join(e.file_name())).unwrap();
            }
        }
    }
}

#[test]
fn a_crash_keeps_every_completed_operation_across_checkpoints() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Storage::open(dir.path(), 0.0).unwrap();
    s.checkpoint_bytes = 64 << 10;
    let file = NewInode { kind: Kind::File, perm: 0o644, uid: 0, gid: 0, rdev: 0 };
    let mut snapshots = Vec::new();
    // Enough operations that background checkpoints switch logs many times.
    for round in 0..4u32 {
        for i in 0..6000u32 {
            let name = format!("f{round}-{i}");
            let ino = s.create(ROOT, name.as_bytes(), file, None, 1.0).unwrap().ino;
            s.set_xattr(ino, b"user.n", name.as_bytes(), false, false).unwrap();
            if i % 3 == 2 {
                s.unlink(ROOT, format!("f{round}-{}", i - 1).as_bytes(), 2.0).unwrap();
            }
        }
        let snap = tempfile::tempdir().unwrap();
        crash_copy(&s, snap.path());
        let names: Vec<Vec<u8>> = s.readdir(ROOT, 0, None, u32::MAX).unwrap().into_iter().map(|e| e.name).collect();
        snapshots.push((snap, names));
    }
    drop(s);
    for (snap, names) in snapshots {
        let s = Storage::open(snap.path(), 3.0).unwrap();
        let listed: Vec<Vec<u8>> = s.readdir(ROOT, 0, None, u32::MAX).unwrap().into_iter().map(|e| e.name).collect();
        assert_eq!(listed, names);
        let last = names.last().unwrap();
        let ino = s.lookup(ROOT, last).unwrap().ino;
        assert_eq!(&s.get_xattr(ino, b"user.n").unwrap(), last);
        assert_eq!(super::fsck(&s).unwrap(), Vec::<String>::new());
    }
}

/// A plain file as the tests make them.
const FILE: NewInode = NewInode { kind: Kind::File, perm: 0o644, uid: 0, gid: 0, rdev: 0 };

/// An empty file system in a temporary directory (kept while the directory lives).
fn empty_storage() -> (tempfile::TempDir, Storage) {
    let dir = tempfile::tempdir().unwrap();
    let s = Storage::open(dir.path(), 0.0).unwrap();
    (dir, s)
}

#[test]
fn a_write_is_kept_past_a_crash_before_the_file_is_closed() {
    // Closes do not reach the daemon (FOPEN_NOFLUSH): a write alone must make its size durable.
    let (_dir, s) = empty_storage();
    let ino = s.create_open(ROOT, b"f", FILE, 0.0).unwrap().ino;
    s.write(ino, 0, b"hello ", 1.0).unwrap();
    s.write(ino, 6, b"world", 2.0).unwrap();
    let snap = tempfile::tempdir().unwrap();
    crash_copy(&s, snap.path());
    drop(s);
    let s = Storage::open(snap.path(), 3.0).unwrap();
    let inode = s.get(ino).unwrap();
    assert_eq!((inode.size, inode.mtime), (11, 2.0));
    assert_eq!(read_all(&s, ino, 4.0), b"hello world");
    assert_eq!(super::fsck(&s).unwrap(), Vec::<String>::new());
}

#[test]
fn closed_files_are_synced_behind_the_close_and_the_syncer_stops_when_done() {
    let (_dir, s) = empty_storage();
    for i in 0..3u8 {
        let ino = s.create_open(ROOT, &[b'f', b'0' + i], FILE, 0.0).unwrap().ino;
        s.write(ino, 0, b"data", 1.0).unwrap();
        s.release(ino).unwrap();
    }
    // Handed over at the close, then drained by the syncer, which ends once nothing is left.
    while s.syncer.running.load(std::sync::atomic::Ordering::Acquire) {
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(s.syncer.pending().is_empty());
    // A close after the syncer ended starts it again.
    let ino = s.lookup(ROOT, b"f0").unwrap().ino;
    s.open_file(ino).unwrap();
    s.write(ino, 4, b"more", 2.0).unwrap();
    s.release(ino).unwrap();
    while s.syncer.running.load(std::sync::atomic::Ordering::Acquire) {
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(s.syncer.pending().is_empty());
    assert_eq!(read_all(&s, ino, 3.0), b"datamore");
}
