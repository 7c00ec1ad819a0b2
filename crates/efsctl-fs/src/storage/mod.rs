//! The storage engine of one emulated file system: metadata (inodes, directory entries,
//! extended attributes) served from memory and stored in SQLite, file contents in one data file
//! per inode.
//!
//! Crash safety: a metadata operation changes the in-memory tables (`meta`) and appends the new
//! images of what it changed to the journal (`journal`, a mapped file: in the kernel's page
//! cache once written) before it returns, so a completed operation survives `kill -9`.
//! Checkpoints, in the background once the journal holds 8 MiB, write the changed rows to
//! SQLite (WAL) in one transaction; opening replays the journal after the last one. Data is
//! written straight to the data files, a write journaling the file's size before it returns;
//! `fsync` syncs the data file and the journal, and a last close hands the data to a background
//! sync.
//! Inodes that lost their last link while open are removed on last close, or on the next open
//! after a crash. This module knows nothing of users, permissions or access policies — that is
//! `vfs`.
//!
//! Lifecycle tiering lives here too: a file's data is in exactly one form, named by its `tier`
//! — a plain file in `data/` (Standard) or a compressed chunked file in `ia/` or `archive/`
//! (see `cold`). A move writes the new form, syncs it, records the new tier durably, and only
//! then removes the old form; recovery on open removes whichever form the tier does not name.
//! An empty Standard file may have no data file: it is made on the first write, so creating a
//! file touches nothing on the disk but the journal.

mod cold;
mod fsck;
mod journal;
mod meta;
#[cfg(test)]
mod model_tests;

use std::collections::{HashMap, HashSet};
use std::fs::{File, OpenOptions};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};
use std::time::Instant;

use rusqlite::{Connection, OptionalExtension, params};

use journal::Journal;
use meta::{Change, Meta, Row, Tx};

use efsctl_core::lifecycle::{ClassBytes, FileState, Policy, SweepReport, Tier, TieringCounters};
use efsctl_core::model::metering;

pub use fsck::fsck;

pub const ROOT: u64 = 1;
pub const MAX_NAME: usize = 255;

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("no such file or directory")]
    NotFound,
    /// An inode that no longer exists, named by number: the kernel held on to a name of one
    /// removed (say, through another mount). Not "no such file": told this, the kernel looks
    /// the path up again, as an NFS client does on ESTALE.
    #[error("stale file handle")]
    Stale,
    #[error("file exists")]
    Exists,
    #[error("directory not empty")]
    NotEmpty,
    #[error("not a directory")]
    NotDir,
    #[error("is a directory")]
    IsDir,
    #[error("file name too long")]
    NameTooLong,
    #[error("invalid argument")]
    Invalid,
    #[error("no such attribute")]
    NoAttr,
    #[error("I/O: {0}")]
    Io(#[from] std::io::Error),
    #[error("metadata store: {0}")]
    Db(#[from] rusqlite::Error),
}

pub type Result<T> = std::result::Result<T, StorageError>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Kind {
    File,
    Dir,
    Symlink,
    Fifo,
    Socket,
    CharDev,
    BlockDev,
}

impl Kind {
    fn code(self) -> i64 {
        self as i64
    }

    fn from_code(c: i64) -> Kind {
        match c {
            1 => Kind::Dir,
            2 => Kind::Symlink,
            3 => Kind::Fifo,
            4 => Kind::Socket,
            5 => Kind::CharDev,
            6 => Kind::BlockDev,
            _ => Kind::File,
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Inode {
    pub ino: u64,
    pub kind: Kind,
    /// Permission bits, including setuid/setgid/sticky (0o7777).
    pub perm: u32,
    pub uid: u32,
    pub gid: u32,
    pub nlink: u32,
    /// Bytes of a file or symlink target; for a directory, how many entries it holds.
    pub size: u64,
    pub atime: f64,
    pub mtime: f64,
    pub ctime: f64,
    pub rdev: u32,
    pub tier: Tier,
    /// Last read or write of the data (lifecycle decisions use it; metadata access does not count).
    pub last_access: f64,
}

/// One entry of a directory listing; `position` is what `readdir` resumes after.
#[derive(Debug, Clone, PartialEq)]
pub struct DirEntry {
    pub position: u64,
    pub ino: u64,
    pub kind: Kind,
    pub name: Vec<u8>,
}

/// What a rename does to an entry already at the new name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RenameMode {
    Replace,
    /// Fail with `Exists` (RENAME_NOREPLACE).
    NoReplace,
    /// Swap the two entries (RENAME_EXCHANGE).
    Exchange,
}

/// Changes of `setattr`; `None` leaves a field alone.
#[derive(Debug, Default, Clone)]
pub struct SetAttr {
    pub perm: Option<u32>,
    pub uid: Option<u32>,
    pub gid: Option<u32>,
    pub size: Option<u64>,
    pub atime: Option<f64>,
    pub mtime: Option<f64>,
}

/// A new inode's identity and mode.
#[derive(Debug, Clone, Copy)]
pub struct NewInode {
    pub kind: Kind,
    pub perm: u32,
    pub uid: u32,
    pub gid: u32,
    pub rdev: u32,
}

const SCHEMA: &[&str] = &["
    CREATE TABLE inodes (ino INTEGER PRIMARY KEY, kind INTEGER NOT NULL, perm INTEGER NOT NULL, uid INTEGER NOT NULL, gid INTEGER NOT NULL,
        nlink INTEGER NOT NULL, size INTEGER NOT NULL, atime REAL NOT NULL, mtime REAL NOT NULL, ctime REAL NOT NULL, rdev INTEGER NOT NULL,
        target BLOB, tier TEXT NOT NULL DEFAULT 'STANDARD', last_access REAL NOT NULL);
    CREATE TABLE dentries (parent INTEGER NOT NULL, name BLOB NOT NULL, ino INTEGER NOT NULL, PRIMARY KEY (parent, name)) WITHOUT ROWID;
    CREATE INDEX dentries_ino ON dentries (ino);
    CREATE TABLE xattrs (ino INTEGER NOT NULL, name BLOB NOT NULL, value BLOB NOT NULL, PRIMARY KEY (ino, name)) WITHOUT ROWID;
    CREATE INDEX inodes_tier_access ON inodes (tier, last_access);
", "
    CREATE TABLE throughput (id INTEGER PRIMARY KEY CHECK (id = 1), balance REAL NOT NULL, last REAL NOT NULL);
", "
    CREATE TABLE tiering (id INTEGER PRIMARY KEY CHECK (id = 1), ia_read INTEGER NOT NULL, archive_read INTEGER NOT NULL,
        to_ia INTEGER NOT NULL, to_archive INTEGER NOT NULL);
    INSERT INTO tiering VALUES (1, 0, 0, 0, 0);
", "
    CREATE TABLE counters (id INTEGER PRIMARY KEY CHECK (id = 1), last_ino INTEGER NOT NULL);
    INSERT INTO counters SELECT 1, COALESCE(MAX(ino), 1) FROM inodes;
", "
    UPDATE inodes SET size = (SELECT COUNT(*) FROM dentries WHERE parent = inodes.ino) WHERE kind = 1;
", "
    -- A directory names its parent in its row, so entries need no index by inode (one less
    -- index page to write per create, unlink and rename); only files big enough to move to a
    -- colder class are indexed for the sweep.
    ALTER TABLE inodes ADD COLUMN parent INTEGER;
    UPDATE inodes SET parent = (SELECT parent FROM dentries WHERE dentries.ino = inodes.ino) WHERE kind = 1;
    DROP INDEX dentries_ino;
    DROP INDEX inodes_tier_access;
    CREATE INDEX inodes_cold ON inodes (tier, last_access, ino) WHERE kind = 0 AND size >= 131072;
", "
    -- The first journal record no checkpoint has written (see `journal`). Sweeps choose files
    -- from memory now, so the index for them goes.
    ALTER TABLE counters ADD COLUMN log_seq INTEGER NOT NULL DEFAULT 0;
    DROP INDEX inodes_cold;
"];

/// The directory holding each tier's data form.
fn area(tier: Tier) -> &'static str {
    match tier {
        Tier::Standard => "data",
        Tier::Ia => "ia",
        Tier::Archive => "archive",
    }
}

fn cold_format(tier: Tier) -> cold::Format {
    if tier == Tier::Archive { cold::ARCHIVE } else { cold::IA }
}

/// Files a sweep moves per transaction (one `syncfs` and one commit per batch).
const SWEEP_BATCH: usize = 256;

/// A file's data as it can be read now.
#[derive(Clone)]
enum Form {
    /// An empty Standard file without a data file (none is made until something is written).
    Empty,
    Plain(Arc<File>),
    Cold(Tier, Arc<cold::ColdFile>),
}

impl Form {
    fn tier(&self) -> Tier {
        match self {
            Form::Empty | Form::Plain(_) => Tier::Standard,
            Form::Cold(t, _) => *t,
        }
    }

    /// Reads up to `buf.len()` bytes at `offset` (fewer at the end of the stored data).
    fn read_at(&self, buf: &mut [u8], offset: u64) -> std::io::Result<usize> {
        match self {
            Form::Empty => Ok(0),
            Form::Plain(f) => {
                let mut done = 0;
                while done < buf.len() {
                    match f.read_at(&mut buf[done..], offset + done as u64)? {
                        0 => break,
                        n => done += n,
                    }
                }
                Ok(done)
            }
            Form::Cold(_, c) => c.read_at(buf, offset),
        }
    }

    /// Fills `buf` completely; bytes past the stored data (a sparse tail) read as zeros.
    fn read_full(&self, offset: u64, buf: &mut [u8]) -> std::io::Result<()> {
        let n = self.read_at(buf, offset)?;
        buf[n..].fill(0);
        Ok(())
    }
}

pub struct Storage {
    dir: PathBuf,
    shared: Arc<Shared>,
    /// Open files by inode, with their size and times: a write journals them at once, a read's
    /// access time reaches the metadata on fsync or the last close. A tier move commits while
    /// holding this lock and only for files not in it.
    open: Mutex<HashMap<u64, OpenFile>>,
    /// The lifecycle configuration tiering follows (set by the emulator from the API).
    policy: Mutex<Policy>,
    /// Serialises tier moves (sweeps and moves back to Standard).
    moving: Mutex<()>,
    /// The metered size found by the latest `metered()` (0: none yet), what `df` shows as used.
    last_metered: AtomicU64,
    /// Files made since the daemon started that have no data file yet: removing one needs no
    /// call to the disk (after a restart every removal tries).
    dataless: Mutex<HashSet<u64>>,
    /// Journal bytes that start a background checkpoint (`CHECKPOINT_BYTES`; tests use less).
    checkpoint_bytes: usize,
    /// Data of closed files, synced in the background.
    syncer: Arc<Syncer>,
}

/// Syncs the data files of closed files to disk behind the closes. A close does not wait for
/// it (its data is in the page cache, which survives kill -9), yet what a client closed is on
/// disk soon after, as EFS keeps it. Waiting for each file's fdatasync made `cp -r` of 7,918
/// headers (130 MB) through a mount take 3.7–3.9 s; syncing each behind the close, 2.8–3.0 s
/// (every sync is a commit of the disk's journal, which writes wait for); closes gathered for
/// `SYNC_DELAY` and synced with one `syncfs`, 2.1–2.3 s (no sync at all: 1.8 s).
#[derive(Default)]
struct Syncer {
    pending: Mutex<Vec<Arc<File>>>,
    /// A thread is draining `pending`.
    running: AtomicBool,
}

/// How long closed files' data waits to be synced with the closes that follow it.
const SYNC_DELAY: std::time::Duration = std::time::Duration::from_millis(100);

impl Syncer {
    fn pending(&self) -> MutexGuard<'_, Vec<Arc<File>>> {
        self.pending.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Queues `file`; starts a thread to drain the queue unless one is running.
    fn push(self: &Arc<Self>, file: Arc<File>, dir: &Path) {
        self.pending().push(file);
        if self.running.swap(true, Ordering::AcqRel) {
            return;
        }
        let (syncer, dir) = (self.clone(), dir.to_path_buf());
        if std::thread::Builder::new().name("efs-sync".into()).spawn(move || syncer.drain(&dir)).is_err() {
            self.running.store(false, Ordering::Release); // the next close tries again
        }
    }

    fn drain(&self, dir: &Path) {
        loop {
            std::thread::sleep(SYNC_DELAY);
            let batch = std::mem::take(&mut *self.pending());
            let synced = match batch.as_slice() {
                [] => {
                    self.running.store(false, Ordering::Release);
                    // A push between the take and the store left its file for this thread.
                    if self.pending().is_empty() || self.running.swap(true, Ordering::AcqRel) {
                        return;
                    }
                    continue;
                }
                [file] => file.sync_data(),
                _ => sync_filesystem(dir),
            };
            if let Err(e) = synced {
                tracing::warn!(dir = %dir.display(), "syncing closed files' data: {e} (it stays in the page cache until written back)");
            }
        }
    }
}

/// What operations share with a checkpoint running in the background.
struct Shared {
    state: Mutex<State>,
    db: Mutex<Connection>,
    /// Held through a checkpoint: one at a time.
    checkpointing: Mutex<()>,
    /// A background checkpoint is started and not finished.
    scheduled: AtomicBool,
}

/// The served metadata and the journal that makes its changes durable, changed together.
struct State {
    meta: Meta,
    journal: Journal,
}

/// Journal bytes after which a background checkpoint starts (some 50,000 operations): a burst
/// of metadata work is not slowed by SQLite writing beside it, and a file made and removed
/// between two checkpoints costs SQLite nothing but a lookup.
const CHECKPOINT_BYTES: usize = 8 << 20;

impl Shared {
    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn db(&self) -> MutexGuard<'_, Connection> {
        self.db.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Writes the last image of each key the active log's records change to SQLite, then
    /// empties that log. Operations go on meanwhile, into the other log.
    fn checkpoint(&self) -> Result<()> {
        let _one = self.checkpointing.lock().unwrap_or_else(|e| e.into_inner());
        let (old, turn, covered) = {
            let mut state = self.state();
            if state.journal.is_empty() {
                return Ok(());
            }
            match state.journal.switch() {
                Some(old) => (old, state.journal.turn(old), state.journal.next_seq()),
                // An earlier checkpoint failed and left its log: write both, operations held.
                None => return self.checkpoint_held(&mut state),
            }
        };
        let changes = last_images(journal::records(&turn).into_iter().flat_map(|(_, c)| c));
        store(&mut self.db(), &changes, covered)?;
        self.state().journal.reset(old);
        Ok(())
    }

    /// A checkpoint with operations held (the caller holds the state): afterwards SQLite holds
    /// every row and both logs are empty.
    fn checkpoint_held(&self, state: &mut State) -> Result<()> {
        let changes = last_images(state.journal.all_records().into_iter().flat_map(|(_, c)| c));
        store(&mut self.db(), &changes, state.journal.next_seq())?;
        state.journal.reset_all();
        Ok(())
    }
}

/// The last image of each key `changes` (in order) set: what SQLite must hold of them, in key
/// order (neighbouring rows share pages, so SQLite writes each page once).
fn last_images(changes: impl IntoIterator<Item = Change>) -> Vec<Change> {
    let mut last = std::collections::BTreeMap::new();
    for change in changes {
        last.insert(meta::key_of(&change), change);
    }
    last.into_values().collect()
}

/// Writes row images to SQLite with the first journal record they do not cover, durably (the
/// logs holding them are reused next).
fn store(db: &mut Connection, changes: &[Change], covered: u64) -> Result<()> {
    durably(db, |db| {
        let tx = db.transaction()?;
        for change in changes {
            match change {
                Change::Inode(ino, Some(r)) => tx.prepare_cached(
                    "INSERT OR REPLACE INTO inodes (ino, kind, perm, uid, gid, nlink, size, atime, mtime, ctime, rdev, target, tier, last_access, parent)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
                )?
                .execute(params![*ino as i64, r.kind.code(), r.perm, r.uid, r.gid, r.nlink, r.size as i64, r.atime, r.mtime, r.ctime, r.rdev, r.target, r.tier.as_str(), r.last_access, r.parent.map(|p| p as i64)])?,
                Change::Inode(ino, None) => tx.prepare_cached("DELETE FROM inodes WHERE ino = ?1")?.execute([*ino as i64])?,
                Change::Entry(parent, name, Some(ino)) => tx.prepare_cached("INSERT OR REPLACE INTO dentries (parent, name, ino) VALUES (?1, ?2, ?3)")?.execute(params![*parent as i64, name, *ino as i64])?,
                Change::Entry(parent, name, None) => tx.prepare_cached("DELETE FROM dentries WHERE parent = ?1 AND name = ?2")?.execute(params![*parent as i64, name])?,
                Change::Xattr(ino, name, Some(value)) => tx.prepare_cached("INSERT OR REPLACE INTO xattrs (ino, name, value) VALUES (?1, ?2, ?3)")?.execute(params![*ino as i64, name, value])?,
                Change::Xattr(ino, name, None) => tx.prepare_cached("DELETE FROM xattrs WHERE ino = ?1 AND name = ?2")?.execute(params![*ino as i64, name])?,
                Change::Counters { last_ino, tiering: t } => {
                    tx.execute("UPDATE counters SET last_ino = ?1 WHERE id = 1", [*last_ino as i64])?;
                    tx.execute(
                        "UPDATE tiering SET ia_read = ?1, archive_read = ?2, to_ia = ?3, to_archive = ?4 WHERE id = 1",
                        params![t.ia_read_bytes as i64, t.archive_read_bytes as i64, t.to_ia_bytes as i64, t.to_archive_bytes as i64],
                    )?
                }
            };
        }
        tx.execute("UPDATE counters SET log_seq = ?1 WHERE id = 1", [covered as i64])?;
        tx.commit()?;
        Ok(())
    })
}

/// The metadata as SQLite holds it, and the first journal record it does not cover.
fn load(db: &Connection) -> Result<(Meta, u64)> {
    let mut meta = Meta::default();
    let mut stmt = db.prepare("SELECT ino, kind, perm, uid, gid, nlink, size, atime, mtime, ctime, rdev, target, tier, last_access, parent FROM inodes")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let ino = r.get::<_, i64>(0)? as u64;
        let attr = Inode {
            ino,
            kind: Kind::from_code(r.get(1)?),
            perm: r.get::<_, i64>(2)? as u32,
            uid: r.get::<_, i64>(3)? as u32,
            gid: r.get::<_, i64>(4)? as u32,
            nlink: r.get::<_, i64>(5)? as u32,
            size: r.get::<_, i64>(6)? as u64,
            atime: r.get(7)?,
            mtime: r.get(8)?,
            ctime: r.get(9)?,
            rdev: r.get::<_, i64>(10)? as u32,
            tier: Tier::parse(&r.get::<_, String>(12)?).unwrap_or(Tier::Standard),
            last_access: r.get(13)?,
        };
        let row = Row { attr, target: r.get(11)?, parent: r.get::<_, Option<i64>>(14)?.map(|p| p as u64) };
        meta.set(Change::Inode(ino, Some(row)));
    }
    let mut stmt = db.prepare("SELECT parent, name, ino FROM dentries")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        meta.set(Change::Entry(r.get::<_, i64>(0)? as u64, r.get(1)?, Some(r.get::<_, i64>(2)? as u64)));
    }
    let mut stmt = db.prepare("SELECT ino, name, value FROM xattrs")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        meta.set(Change::Xattr(r.get::<_, i64>(0)? as u64, r.get(1)?, Some(r.get(2)?)));
    }
    let (last_ino, covered): (i64, i64) =
        db.query_row("SELECT last_ino, log_seq FROM counters WHERE id = 1", [], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let tiering =
        db.query_row("SELECT ia_read, archive_read, to_ia, to_archive FROM tiering WHERE id = 1", [], |r| {
            Ok(TieringCounters {
                ia_read_bytes: r.get::<_, i64>(0)? as u64,
                archive_read_bytes: r.get::<_, i64>(1)? as u64,
                to_ia_bytes: r.get::<_, i64>(2)? as u64,
                to_archive_bytes: r.get::<_, i64>(3)? as u64,
            })
        })?;
    meta.set(Change::Counters { last_ino: last_ino as u64, tiering });
    Ok((meta, covered as u64))
}

struct OpenFile {
    form: Form,
    count: u32,
    size: u64,
    mtime: f64,
    atime: f64,
    dirty: bool,
    /// Data written since the last sync: a close with nothing written needs no fdatasync.
    unsynced: bool,
    /// Held by reads (shared) and truncates (exclusive): a read takes the size and reads the
    /// data under it, so a truncate between the two cannot make it zero-fill a file's bytes.
    resize: Arc<RwLock<()>>,
}

impl OpenFile {
    /// A first open of data in `form`, with the file's size and times.
    fn new(form: Form, size: u64, mtime: f64, atime: f64) -> Self {
        OpenFile { form, count: 1, size, mtime, atime, dirty: false, unsynced: false, resize: Arc::default() }
    }
}

fn check_name(name: &[u8]) -> Result<()> {
    if name.is_empty() || name == b"." || name == b".." || name.contains(&b'/') || name.contains(&0) {
        return Err(StorageError::Invalid);
    }
    check_length(name)
}

/// A name longer than any entry can have is ENAMETOOLONG, also where it is only looked up.
fn check_length(name: &[u8]) -> Result<()> {
    if name.len() > MAX_NAME { Err(StorageError::NameTooLong) } else { Ok(()) }
}

/// The inode and kind that `parent/name` names.
fn entry(meta: &Meta, parent: u64, name: &[u8]) -> Result<Option<(u64, Kind)>> {
    check_length(name)?;
    Ok(meta.entry(parent, name).and_then(|ino| Some((ino, meta.inode(ino)?.kind))))
}

fn require_dir(meta: &Meta, ino: u64) -> Result<()> {
    match meta.inode(ino).map(|r| r.kind) {
        Some(Kind::Dir) => Ok(()),
        Some(_) => Err(StorageError::NotDir),
        None => Err(StorageError::Stale),
    }
}

/// A row the operation changes (gone: the kernel held a stale number).
fn row_mut<'t>(tx: &'t mut Tx, ino: u64) -> Result<&'t mut Row> {
    tx.inode_mut(ino).ok_or(StorageError::Stale)
}

/// `true` when `ancestor` is `ino` or one of its parents (a directory cannot move into itself).
fn is_ancestor(meta: &Meta, ancestor: u64, mut ino: u64) -> bool {
    loop {
        if ino == ancestor {
            return true;
        }
        match meta.inode(ino).and_then(|r| r.parent) {
            Some(p) if ino != ROOT => ino = p,
            _ => return false,
        }
    }
}

/// Deletes the row of `ino` when it has no links left and is not open (the caller holds the
/// open-files lock, so no open registers meanwhile). Returns the tier whose data file to remove
/// once the operation stands; a crash before that leaves a stray that recovery removes.
fn delete_if_unused(tx: &mut Tx, open: &HashMap<u64, OpenFile>, ino: u64) -> Option<Tier> {
    let tier = tx.meta().inode(ino).filter(|r| r.nlink == 0 && !open.contains_key(&ino))?.tier;
    tx.remove_inode(ino);
    Some(tier)
}

impl Storage {
    /// Opens (or creates) the file system stored in `dir`, owned by `root_uid:root_gid` when new.
    pub fn open(dir: &Path, now: f64) -> Result<Self> {
        for tier in Tier::ALL {
            std::fs::create_dir_all(dir.join(area(tier)))?;
        }
        let mut conn = Connection::open(dir.join("meta.db"))?;
        conn.set_prepared_statement_cache_capacity(16);
        // Only the daemon opens it: holding the lock saves a round of fcntl locks per
        // transaction, and keeps a second process away from the journal too.
        conn.pragma_update(None, "locking_mode", "EXCLUSIVE")?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // Checkpoints commit with synchronous=FULL (`durably`); other writes (credits) need
        // only survive a crash of the process, which NORMAL gives in WAL mode.
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // Checkpoints touch rows all over the tables: up to 32 MiB of pages stay cached.
        conn.pragma_update(None, "cache_size", -32768)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        // Each step commits with its version number, so a crash never leaves one half done.
        for (done, sql) in SCHEMA.iter().enumerate().skip(version as usize) {
            conn.execute_batch(&format!("BEGIN; {sql}; PRAGMA user_version = {}; COMMIT;", done + 1))?;
        }
        conn.execute(
            "INSERT OR IGNORE INTO inodes (ino, kind, perm, uid, gid, nlink, size, atime, mtime, ctime, rdev, last_access) VALUES (1, ?1, 493, 0, 0, 2, 0, ?2, ?2, ?2, 0, ?2)",
            params![Kind::Dir.code(), now],
        )?;
        let (mut meta, covered) = load(&conn)?;
        let (journal, replay) = Journal::open(dir, covered)?;
        if !replay.is_empty() {
            tracing::info!(dir = %dir.display(), "recovery replayed {} metadata operations from the journal", replay.len());
            let changes = replay.into_iter().flatten().inspect(|change| meta.set(change.clone()));
            store(&mut conn, &last_images(changes), journal.next_seq())?;
        }
        let shared = Shared {
            state: Mutex::new(State { meta, journal }),
            db: Mutex::new(conn),
            checkpointing: Mutex::new(()),
            scheduled: AtomicBool::new(false),
        };
        let storage = Storage {
            dir: dir.to_path_buf(),
            shared: Arc::new(shared),
            open: Mutex::new(HashMap::new()),
            policy: Mutex::new(Policy::default()),
            moving: Mutex::new(()),
            last_metered: AtomicU64::new(0),
            dataless: Mutex::default(),
            checkpoint_bytes: CHECKPOINT_BYTES,
            syncer: Arc::default(),
        };
        storage.remove_orphans()?;
        Ok(storage)
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.shared.state()
    }

    /// Runs one metadata operation: `f` changes the tables through `tx` (everything it changed
    /// is put back if it fails), then its changes are journaled, and it stands. A full journal
    /// waits for a checkpoint and runs `f` again.
    fn change<T>(&self, mut f: impl FnMut(&mut Tx) -> Result<T>) -> Result<T> {
        let mut emptied = false;
        loop {
            let mut state = self.state();
            let State { meta, journal } = &mut *state;
            let mut tx = meta.begin();
            let value = f(&mut tx)?;
            let changes = tx.changes();
            if changes.is_empty() {
                return Ok(value);
            }
            let appended = journal.append(&changes)?;
            drop(changes);
            match appended {
                Some(bytes) => {
                    tx.commit();
                    if bytes >= self.checkpoint_bytes {
                        self.schedule_checkpoint();
                    }
                    return Ok(value);
                }
                None if !emptied => {
                    drop(tx);
                    drop(state);
                    self.shared.checkpoint()?;
                    emptied = true;
                }
                // Still no room after a checkpoint: the disk is full (or the change is larger
                // than a log, which no operation's is).
                None => return Err(std::io::Error::from_raw_os_error(libc::ENOSPC).into()),
            }
        }
    }

    /// Starts a checkpoint on its own thread unless one is under way.
    fn schedule_checkpoint(&self) {
        if self.shared.scheduled.swap(true, Ordering::AcqRel) {
            return;
        }
        let shared = self.shared.clone();
        let started = std::thread::Builder::new().name("efs-checkpoint".into()).spawn(move || {
            if let Err(e) = shared.checkpoint() {
                tracing::error!("metadata checkpoint failed (the journal keeps the changes; retried later): {e}");
            }
            // The checkpoint's reading of the journal freed much.
            give_back_free_memory();
            shared.scheduled.store(false, Ordering::Release);
        });
        if started.is_err() {
            self.shared.scheduled.store(false, Ordering::Release);
        }
    }

    /// Makes every completed metadata operation durable on disk (not only past a crash of the
    /// daemon): syncs both journal logs.
    fn sync_meta(&self) -> Result<()> {
        let files = self.state().journal.files();
        for f in files {
            f.sync_data()?;
        }
        Ok(())
    }

    /// Where the data of `ino` lives while it is in `tier`.
    fn form_path(&self, ino: u64, tier: Tier) -> PathBuf {
        self.dir.join(area(tier)).join(ino.to_string())
    }

    /// Regular files with links, by inode, with their tier.
    fn file_tiers(&self) -> HashMap<u64, Tier> {
        self.state()
            .meta
            .inodes()
            .filter(|(_, r)| r.kind == Kind::File && r.nlink > 0)
            .map(|(ino, r)| (ino, r.tier))
            .collect()
    }

    /// Files in the tier areas that belong to no file in that tier: `(path, reason)`.
    fn strays(&self, files: &HashMap<u64, Tier>) -> Result<Vec<(PathBuf, &'static str)>> {
        let mut out = Vec::new();
        for tier in Tier::ALL {
            for entry in std::fs::read_dir(self.dir.join(area(tier)))? {
                let entry = entry?;
                let owner = entry
                    .file_name()
                    .to_str()
                    .and_then(|n| n.parse::<u64>().ok())
                    .and_then(|ino| files.get(&ino).copied());
                match owner {
                    Some(t) if t == tier => {}
                    Some(_) => {
                        out.push((entry.path(), "belongs to a file stored in another class (an interrupted move)"))
                    }
                    None => out.push((entry.path(), "belongs to no file")),
                }
            }
        }
        Ok(out)
    }

    /// Repairs what a crash can leave behind: inodes without links that were open, the data
    /// file of an inode whose removal was committed, either form of a file whose move was
    /// interrupted.
    fn remove_orphans(&self) -> Result<()> {
        let orphans: Vec<u64> = self.state().meta.inodes().filter(|(_, r)| r.nlink == 0).map(|(ino, _)| ino).collect();
        for ino in orphans {
            self.destroy_if_unused(ino)?;
        }
        let files = self.file_tiers();
        let strays = self.strays(&files)?;
        if !strays.is_empty() {
            tracing::info!(dir = %self.dir.display(), "recovery removed {} data files of interrupted moves or removals", strays.len());
        }
        for (path, _) in strays {
            std::fs::remove_file(path)?;
        }
        Ok(())
    }

    pub fn get(&self, ino: u64) -> Result<Inode> {
        self.overlaid(|| self.stored(ino))
    }

    /// A row read under the open-files lock, with an open file's newer size and times over
    /// it: holding the lock from the read to the overlay keeps a persist from landing in
    /// between (a row read before it with the overlay gone after it would be stale).
    fn overlaid(&self, read: impl FnOnce() -> Result<Inode>) -> Result<Inode> {
        let open = self.open_files();
        let mut inode = read()?;
        if let Some(o) = open.get(&inode.ino).filter(|o| o.dirty) {
            inode.size = o.size;
            inode.mtime = o.mtime;
            inode.ctime = inode.ctime.max(o.mtime);
            inode.atime = o.atime;
            inode.last_access = inode.last_access.max(o.atime).max(o.mtime);
        }
        Ok(inode)
    }

    fn open_files(&self) -> MutexGuard<'_, HashMap<u64, OpenFile>> {
        self.open.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Writes an open file's in-memory size and times to the metadata.
    fn persist(&self, ino: u64) -> Result<()> {
        self.persist_held(&mut self.open_files(), ino)
    }

    /// `persist` with the open-files lock held by the caller: held until written, or two
    /// persists racing could store an older size last.
    fn persist_held(&self, open: &mut HashMap<u64, OpenFile>, ino: u64) -> Result<()> {
        let pending = open.get_mut(&ino).filter(|o| o.dirty).map(|o| {
            o.dirty = false;
            (o.size, o.mtime, o.atime)
        });
        if let Some((size, mtime, atime)) = pending {
            self.change(|tx| {
                if let Some(r) = tx.inode_mut(ino) {
                    r.size = size;
                    r.mtime = r.mtime.max(mtime);
                    r.ctime = r.ctime.max(mtime);
                    r.atime = r.atime.max(atime);
                    r.last_access = r.last_access.max(mtime).max(atime);
                }
                Ok(())
            })?;
        }
        Ok(())
    }

    pub fn lookup(&self, parent: u64, name: &[u8]) -> Result<Inode> {
        check_length(name)?;
        self.overlaid(|| {
            let state = self.state();
            let ino = state.meta.entry(parent, name).ok_or(StorageError::NotFound)?;
            state.meta.inode(ino).map(|r| r.attr.clone()).ok_or(StorageError::NotFound)
        })
    }

    /// Creates a regular file and opens it (counted like `open_file`), in one step.
    pub fn create_open(&self, parent: u64, name: &[u8], new: NewInode, now: f64) -> Result<Inode> {
        // Counted open from its commit on: an unlink from another mount in between deleted the
        // new file, and the creator's writes then made a data file of no file.
        let mut open = self.open_files();
        let inode = self.create(parent, name, NewInode { kind: Kind::File, ..new }, None, now)?;
        open.insert(inode.ino, OpenFile::new(Form::Empty, 0, now, now));
        Ok(inode)
    }

    /// Creates a file, directory, symlink (`target`) or special file named `name` in `parent`.
    /// A new file has no data file until something is written.
    pub fn create(&self, parent: u64, name: &[u8], new: NewInode, target: Option<&[u8]>, now: f64) -> Result<Inode> {
        check_name(name)?;
        let dir = new.kind == Kind::Dir;
        let made = self.change(|tx| {
            require_dir(tx.meta(), parent)?;
            if tx.meta().entry(parent, name).is_some() {
                return Err(StorageError::Exists);
            }
            // Inode numbers are never reused: the kernel may still hold a removed one.
            let ino = tx.next_ino();
            let attr = Inode {
                ino,
                kind: new.kind,
                perm: new.perm & 0o7777,
                uid: new.uid,
                gid: new.gid,
                nlink: if dir { 2 } else { 1 },
                size: target.map_or(0, |t| t.len() as u64),
                atime: now,
                mtime: now,
                ctime: now,
                rdev: new.rdev,
                tier: Tier::Standard,
                last_access: now,
            };
            let row = Row { attr, target: target.map(<[u8]>::to_vec), parent: dir.then_some(parent) };
            let made = row.attr.clone();
            tx.put_inode(ino, row);
            tx.set_entry(parent, name, Some(ino));
            let d = row_mut(tx, parent)?;
            d.nlink += u32::from(dir);
            d.size += 1;
            (d.mtime, d.ctime) = (now, now);
            Ok(made)
        })?;
        if made.kind == Kind::File {
            self.dataless().insert(made.ino);
        }
        Ok(made)
    }

    pub fn readlink(&self, ino: u64) -> Result<Vec<u8>> {
        self.state().meta.inode(ino).ok_or(StorageError::Stale)?.target.clone().ok_or(StorageError::Invalid)
    }

    /// A new hard link `newparent/newname` to `ino`.
    pub fn link(&self, ino: u64, newparent: u64, newname: &[u8], now: f64) -> Result<Inode> {
        check_name(newname)?;
        self.change(|tx| {
            require_dir(tx.meta(), newparent)?;
            if tx.meta().inode(ino).ok_or(StorageError::Stale)?.kind == Kind::Dir {
                return Err(StorageError::IsDir);
            }
            if tx.meta().entry(newparent, newname).is_some() {
                return Err(StorageError::Exists);
            }
            tx.set_entry(newparent, newname, Some(ino));
            let r = row_mut(tx, ino)?;
            r.nlink += 1;
            r.ctime = now;
            let d = row_mut(tx, newparent)?;
            d.size += 1;
            (d.mtime, d.ctime) = (now, now);
            Ok(())
        })?;
        self.get(ino)
    }

    /// Removes `parent/name` (a non-directory); the inode goes with its last link once closed.
    pub fn unlink(&self, parent: u64, name: &[u8], now: f64) -> Result<()> {
        let open = self.open_files();
        let (ino, deleted) = self.change(|tx| {
            let (ino, kind) = entry(tx.meta(), parent, name)?.ok_or(StorageError::NotFound)?;
            if kind == Kind::Dir {
                return Err(StorageError::IsDir);
            }
            tx.set_entry(parent, name, None);
            let r = row_mut(tx, ino)?;
            r.nlink = r.nlink.saturating_sub(1);
            r.ctime = now;
            let d = row_mut(tx, parent)?;
            d.size = d.size.saturating_sub(1);
            (d.mtime, d.ctime) = (now, now);
            Ok((ino, delete_if_unused(tx, &open, ino)))
        })?;
        drop(open);
        self.remove_data(ino, deleted)
    }

    /// Deletes `ino` if nothing links to it or holds it open any more.
    fn destroy_if_unused(&self, ino: u64) -> Result<()> {
        let open = self.open_files();
        let deleted = self.change(|tx| Ok(delete_if_unused(tx, &open, ino)))?;
        drop(open);
        self.remove_data(ino, deleted)
    }

    fn remove_data(&self, ino: u64, tier: Option<Tier>) -> Result<()> {
        if let Some(tier) = tier
            && !self.dataless().remove(&ino)
        {
            remove_if_exists(&self.form_path(ino, tier))?;
        }
        Ok(())
    }

    fn dataless(&self) -> MutexGuard<'_, HashSet<u64>> {
        self.dataless.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn rmdir(&self, parent: u64, name: &[u8], now: f64) -> Result<()> {
        self.change(|tx| {
            let (ino, kind) = entry(tx.meta(), parent, name)?.ok_or(StorageError::NotFound)?;
            if kind != Kind::Dir {
                return Err(StorageError::NotDir);
            }
            if tx.meta().entries(ino, None).next().is_some() {
                return Err(StorageError::NotEmpty);
            }
            tx.set_entry(parent, name, None);
            tx.remove_inode(ino);
            let d = row_mut(tx, parent)?;
            d.nlink = d.nlink.saturating_sub(1);
            d.size = d.size.saturating_sub(1);
            (d.mtime, d.ctime) = (now, now);
            Ok(())
        })
    }

    /// Renames `parent/name` to `newparent/newname`; `mode` says what happens to an entry
    /// already there (replaced if compatible, refused, or swapped).
    pub fn rename(
        &self,
        (parent, name): (u64, &[u8]),
        (newparent, newname): (u64, &[u8]),
        mode: RenameMode,
        now: f64,
    ) -> Result<()> {
        check_name(newname)?;
        let open = self.open_files();
        let replaced = self.change(|tx| {
            require_dir(tx.meta(), newparent)?;
            let (src, src_kind) = entry(tx.meta(), parent, name)?.ok_or(StorageError::NotFound)?;
            let dst = entry(tx.meta(), newparent, newname)?;
            let src_dir = src_kind == Kind::Dir;
            if src_dir && is_ancestor(tx.meta(), src, newparent) {
                return Err(StorageError::Invalid);
            }
            let mut replaced = None;
            if mode == RenameMode::Exchange {
                let (dst, dst_kind) = dst.ok_or(StorageError::NotFound)?;
                let dst_dir = dst_kind == Kind::Dir;
                if dst_dir && is_ancestor(tx.meta(), dst, parent) {
                    return Err(StorageError::Invalid);
                }
                tx.set_entry(parent, name, Some(dst));
                tx.set_entry(newparent, newname, Some(src));
                if dst_dir {
                    row_mut(tx, dst)?.parent = Some(parent);
                }
                if parent != newparent && src_dir != dst_dir {
                    let (gain, lose) = if src_dir { (newparent, parent) } else { (parent, newparent) };
                    row_mut(tx, gain)?.nlink += 1;
                    let l = row_mut(tx, lose)?;
                    l.nlink = l.nlink.saturating_sub(1);
                }
            } else {
                if dst.is_some_and(|(d, _)| d == src) {
                    return Ok(None);
                }
                if let Some((dino, dkind)) = dst {
                    if mode == RenameMode::NoReplace {
                        return Err(StorageError::Exists);
                    }
                    match (src_dir, dkind == Kind::Dir) {
                        (true, false) => return Err(StorageError::NotDir),
                        (false, true) => return Err(StorageError::IsDir),
                        (true, true) => {
                            if tx.meta().entries(dino, None).next().is_some() {
                                return Err(StorageError::NotEmpty);
                            }
                            tx.remove_inode(dino);
                            let d = row_mut(tx, newparent)?;
                            d.nlink = d.nlink.saturating_sub(1);
                        }
                        (false, false) => {
                            let r = row_mut(tx, dino)?;
                            r.nlink = r.nlink.saturating_sub(1);
                            r.ctime = now;
                            replaced = delete_if_unused(tx, &open, dino).map(|tier| (dino, tier));
                        }
                    }
                    let d = row_mut(tx, newparent)?;
                    d.size = d.size.saturating_sub(1);
                }
                tx.set_entry(parent, name, None);
                tx.set_entry(newparent, newname, Some(src));
                if parent != newparent {
                    // The entry moves; a directory's `..` link moves with it.
                    let dir_link = u32::from(src_dir);
                    let from = row_mut(tx, parent)?;
                    from.size = from.size.saturating_sub(1);
                    from.nlink = from.nlink.saturating_sub(dir_link);
                    let to = row_mut(tx, newparent)?;
                    to.size += 1;
                    to.nlink += dir_link;
                }
            }
            let moved = row_mut(tx, src)?;
            moved.ctime = now;
            if src_dir {
                moved.parent = Some(newparent);
            }
            for d in [parent, newparent] {
                let d = row_mut(tx, d)?;
                (d.mtime, d.ctime) = (now, now);
            }
            Ok(replaced)
        })?;
        drop(open);
        match replaced {
            Some((ino, tier)) => self.remove_data(ino, Some(tier)),
            None => Ok(()),
        }
    }

    /// Up to `limit` entries of directory `ino` in name order, numbered on from `offset`
    /// (entries count from 1): those after the name `after` when given — a listing resuming
    /// where it stopped — else those after the first `offset`.
    pub fn readdir(&self, ino: u64, offset: u64, after: Option<&[u8]>, limit: u32) -> Result<Vec<DirEntry>> {
        let state = self.state();
        require_dir(&state.meta, ino)?;
        let skip = if after.is_some() { 0 } else { offset as usize };
        let listed = state
            .meta
            .entries(ino, after)
            .filter_map(|(name, i)| Some((i, state.meta.inode(i)?.kind, name)))
            .skip(skip)
            .take(limit as usize);
        Ok(listed
            .zip(offset + 1..)
            .map(|((ino, kind, name), position)| DirEntry { position, ino, kind, name: name.to_vec() })
            .collect())
    }

    /// The parent directory of `ino` (for `..`).
    pub fn parent_of(&self, ino: u64) -> Result<u64> {
        if ino == ROOT {
            return Ok(ROOT);
        }
        self.state().meta.inode(ino).and_then(|r| r.parent).ok_or(StorageError::Stale)
    }

    /// Where directory `ino` is named: its parent and its name there (`None` for the root).
    pub fn dir_entry(&self, ino: u64) -> Result<Option<(u64, Vec<u8>)>> {
        let state = self.state();
        let Some(parent) = state.meta.inode(ino).and_then(|r| r.parent) else { return Ok(None) };
        Ok(state.meta.entries(parent, None).find(|&(_, i)| i == ino).map(|(name, _)| (parent, name.to_vec())))
    }

    pub fn set_attr(&self, ino: u64, set: &SetAttr, now: f64) -> Result<Inode> {
        self.persist(ino)?;
        let before = self.get(ino)?;
        if let Some(size) = set.size {
            if before.kind == Kind::Dir {
                return Err(StorageError::IsDir);
            }
            if before.kind == Kind::File {
                self.held_open(ino, || {
                    let file = self.plain(ino)?;
                    let gate = self.resize_gate(ino).ok_or(StorageError::Stale)?;
                    let _resizing = gate.write().unwrap_or_else(|e| e.into_inner());
                    file.set_len(size)?;
                    if let Some(o) = self.open_files().get_mut(&ino) {
                        o.size = size;
                        o.unsynced = true;
                    }
                    Ok(())
                })?;
            }
        }
        // Only what is set: a concurrent write's size or times must not be overwritten.
        self.change(|tx| {
            let Some(r) = tx.inode_mut(ino) else { return Ok(()) };
            r.perm = set.perm.map_or(r.perm, |p| p & 0o7777);
            r.uid = set.uid.unwrap_or(r.uid);
            r.gid = set.gid.unwrap_or(r.gid);
            r.size = set.size.unwrap_or(r.size);
            r.atime = set.atime.unwrap_or(r.atime);
            r.mtime = set.mtime.or(set.size.map(|_| now)).unwrap_or(r.mtime);
            r.ctime = now;
            Ok(())
        })?;
        self.get(ino)
    }

    /// The row of `ino` as committed (without an open file's newer size and times).
    fn stored(&self, ino: u64) -> Result<Inode> {
        self.state().meta.inode(ino).map(|r| r.attr.clone()).ok_or(StorageError::Stale)
    }

    /// Opens the data of `ino` in the form its tier names; `size` is the committed size (an
    /// empty Standard file may have no data file).
    fn load_form(&self, ino: u64, tier: Tier, size: u64) -> Result<Form> {
        let path = self.form_path(ino, tier);
        Ok(match tier {
            Tier::Standard => match OpenOptions::new().read(true).write(true).open(path) {
                Ok(f) => Form::Plain(Arc::new(f)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound && size == 0 => Form::Empty,
                Err(e) => return Err(e.into()),
            },
            cold => Form::Cold(cold, Arc::new(cold::ColdFile::open(&path)?)),
        })
    }

    /// The committed row and current data form of a file that is not open. A tier move may
    /// replace the form between reading the row and opening it; then the row is read again.
    fn current(&self, ino: u64) -> Result<(Inode, Form)> {
        let mut tries = 0;
        loop {
            let inode = self.stored(ino)?;
            if inode.kind == Kind::Dir {
                return Err(StorageError::IsDir);
            }
            match self.load_form(ino, inode.tier, inode.size) {
                Err(StorageError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound && tries < 3 => tries += 1,
                r => return r.map(|form| (inode, form)),
            }
        }
    }

    /// Counts an open of `ino`; its data stays open until the matching `release`.
    pub fn open_file(&self, ino: u64) -> Result<()> {
        // Held throughout, so a tier move cannot commit between reading the tier and
        // registering the open (moves commit only for files not open).
        let mut open = self.open_files();
        if let Some(o) = open.get_mut(&ino) {
            o.count += 1;
            return Ok(());
        }
        let inode = self.stored(ino)?;
        let form = self.load_form(ino, inode.tier, inode.size)?;
        open.insert(ino, OpenFile::new(form, inode.size, inode.mtime, inode.atime));
        Ok(())
    }

    /// Runs `f` with `ino` counted as open, so no tier move commits underneath it.
    fn held_open<T>(&self, ino: u64, f: impl FnOnce() -> Result<T>) -> Result<T> {
        self.open_file(ino)?;
        let result = f();
        let released = self.release(ino);
        let value = result?;
        released?;
        Ok(value)
    }

    /// The gate of an open file that truncates take exclusively and reads and writes shared.
    fn resize_gate(&self, ino: u64) -> Option<Arc<RwLock<()>>> {
        self.open_files().get(&ino).map(|o| o.resize.clone())
    }

    /// The plain data file of an open file. Cold forms are not written in place: a write or
    /// truncate first moves the file back to Standard; an empty file gets its data file.
    fn plain(&self, ino: u64) -> Result<Arc<File>> {
        for _ in 0..2 {
            let form = self.open_files().get(&ino).map(|o| o.form.clone());
            match form {
                Some(Form::Plain(f)) => return Ok(f),
                Some(Form::Cold(..)) => self.promote(ino)?,
                Some(Form::Empty) => {
                    self.dataless().remove(&ino);
                    // Made outside the lock; two racing writers open the same file.
                    let file = OpenOptions::new()
                        .read(true)
                        .write(true)
                        .create(true)
                        .truncate(false)
                        .open(self.form_path(ino, Tier::Standard))?;
                    if let Some(o) = self.open_files().get_mut(&ino).filter(|o| matches!(o.form, Form::Empty)) {
                        o.form = Form::Plain(Arc::new(file));
                    }
                }
                None => return Err(StorageError::Invalid),
            }
        }
        Err(StorageError::Invalid)
    }

    /// Ends one open. The last one journals the size and times, hands data written since the
    /// last sync to the background syncer (`Syncer`), and removes the inode if it has no links
    /// left.
    pub fn release(&self, ino: u64) -> Result<()> {
        match self.open_files().get_mut(&ino) {
            Some(o) if o.count > 1 => {
                o.count -= 1;
                return Ok(());
            }
            Some(_) => (),
            None => return Ok(()),
        }
        if let Some(file) = self.take_unsynced(ino) {
            self.syncer.push(file, &self.dir);
        }
        self.persist(ino)?;
        // Another open may have arrived meanwhile: only the last one forgets the file.
        let last = {
            let mut open = self.open_files();
            match open.get_mut(&ino) {
                Some(o) if o.count > 1 => {
                    o.count -= 1;
                    false
                }
                Some(_) => open.remove(&ino).is_some(),
                None => false,
            }
        };
        if last {
            self.destroy_if_unused(ino)?;
        }
        Ok(())
    }

    /// Syncs data written since the last sync and journals the size and times: what fsync (and
    /// a FLUSH, from kernels that send it) waits for.
    pub fn flush(&self, ino: u64) -> Result<()> {
        if let Some(file) = self.take_unsynced(ino) {
            file.sync_data()?;
        }
        self.persist(ino)
    }

    /// The data file of `ino` if written since it was last synced (then counted as synced).
    fn take_unsynced(&self, ino: u64) -> Option<Arc<File>> {
        let mut open = self.open_files();
        let o = open.get_mut(&ino).filter(|o| o.unsynced)?;
        o.unsynced = false;
        match &o.form {
            Form::Plain(f) => Some(f.clone()),
            _ => None,
        }
    }

    /// Reads into `buf` from `offset` (fewer bytes at the end of the file): how many, and which
    /// class served them. A read of cold data is counted for access charges and, under
    /// AFTER_1_ACCESS, moves the file to Standard.
    pub fn read(&self, ino: u64, offset: u64, buf: &mut [u8], now: f64) -> Result<(usize, Tier)> {
        let gate = self.resize_gate(ino);
        let _reading = gate.as_ref().map(|g| g.read().unwrap_or_else(|e| e.into_inner()));
        let cached = self.open_files().get(&ino).map(|o| (o.size, o.form.clone()));
        let (file_size, form) = match cached {
            Some(c) => c,
            None => self.current(ino).map(|(inode, form)| (inode.size, form))?,
        };
        let end = file_size.min(offset.saturating_add(buf.len() as u64));
        let buf = &mut buf[..end.saturating_sub(offset) as usize];
        form.read_full(offset, buf)?;
        match self.open_files().get_mut(&ino) {
            Some(o) => {
                o.atime = now;
                o.dirty = true;
            }
            None => self.change(|tx| {
                if let Some(r) = tx.inode_mut(ino) {
                    (r.atime, r.last_access) = (now, now);
                }
                Ok(())
            })?,
        }
        let tier = form.tier();
        if tier != Tier::Standard {
            self.change(|tx| {
                let t = tx.tiering_mut();
                *if tier == Tier::Ia { &mut t.ia_read_bytes } else { &mut t.archive_read_bytes } += buf.len() as u64;
                Ok(())
            })?;
            if self.policy().on_read(tier).is_some() {
                self.promote(ino)?;
            }
        }
        Ok((buf.len(), tier))
    }

    pub fn write(&self, ino: u64, offset: u64, data: &[u8], now: f64) -> Result<u32> {
        if data.is_empty() {
            return Ok(0); // a zero-length write changes nothing, not even the size
        }
        if !self.open_files().contains_key(&ino) {
            return self.held_open(ino, || self.write(ino, offset, data, now));
        }
        let file = self.plain(ino)?;
        // A truncate must not land between the data and the size it implies: the size would
        // then cover bytes the truncate removed, read back as zeros. Writes hold the resize
        // gate shared, as reads do.
        let gate = self.resize_gate(ino);
        let _writing = gate.as_ref().map(|g| g.read().unwrap_or_else(|e| e.into_inner()));
        file.write_all_at(data, offset)?;
        let end = offset + data.len() as u64;
        let mut open = self.open_files();
        if let Some(o) = open.get_mut(&ino) {
            o.size = o.size.max(end);
            o.mtime = now;
            o.dirty = true;
            o.unsynced = true;
        }
        // The size and time are journaled before the write is answered, so a close need not
        // reach the daemon (`FOPEN_NOFLUSH`): the data is in the page cache, the size in the
        // journal, and both survive kill -9.
        self.persist_held(&mut open, ino)?;
        Ok(data.len() as u32)
    }

    /// Makes the data and metadata of `ino` durable on disk: its data file, then its size and
    /// times, then the journal (which holds every operation completed so far, so a directory's
    /// entries are durable too). The data file is synced even if not written through this
    /// open: a close may have left its data to the `Syncer`, which may not have run yet.
    pub fn fsync(&self, ino: u64) -> Result<()> {
        let form = self.open_files().get_mut(&ino).map(|o| {
            o.unsynced = false;
            o.form.clone()
        });
        if let Some(Form::Plain(file)) = form {
            file.sync_data()?;
        }
        self.persist(ino)?;
        self.sync_meta()
    }

    pub fn set_xattr(&self, ino: u64, name: &[u8], value: &[u8], create_only: bool, replace_only: bool) -> Result<()> {
        self.change(|tx| {
            let exists = tx.meta().xattr(ino, name).is_some();
            if create_only && exists {
                return Err(StorageError::Exists);
            }
            if replace_only && !exists {
                return Err(StorageError::NoAttr);
            }
            tx.set_xattr(ino, name, Some(value.to_vec()));
            Ok(())
        })
    }

    pub fn get_xattr(&self, ino: u64, name: &[u8]) -> Result<Vec<u8>> {
        self.state().meta.xattr(ino, name).map(<[u8]>::to_vec).ok_or(StorageError::NoAttr)
    }

    /// Attribute names in byte order.
    pub fn list_xattrs(&self, ino: u64) -> Result<Vec<Vec<u8>>> {
        Ok(self.state().meta.xattr_names(ino))
    }

    pub fn remove_xattr(&self, ino: u64, name: &[u8]) -> Result<()> {
        self.change(|tx| {
            if tx.meta().xattr(ino, name).is_none() {
                return Err(StorageError::NoAttr);
            }
            tx.set_xattr(ino, name, None);
            Ok(())
        })
    }

    /// Metered bytes of the whole file system per EFS rules, by storage class (directories
    /// and links count as Standard).
    pub fn metered(&self) -> Result<ClassBytes> {
        let mut m = ClassBytes::default();
        for (_, r) in self.state().meta.inodes().filter(|(_, r)| r.nlink > 0) {
            match r.kind {
                Kind::File => m.add(r.size, r.tier),
                Kind::Dir => m.add_standard(metering::dir_bytes(r.size)),
                _ => m.add_standard(metering::file_bytes(r.size)),
            }
        }
        self.last_metered.store(m.metered_total(), Ordering::Relaxed);
        Ok(m)
    }

    /// The metered size as of the latest metering pass (the daemon meters every few seconds),
    /// metering now if none ran yet: a full scan per `df` would be too slow on big file systems.
    pub fn metered_total(&self) -> Result<u64> {
        match self.last_metered.load(Ordering::Relaxed) {
            0 => Ok(self.metered()?.metered_total()),
            total => Ok(total),
        }
    }

    /// What the lifecycle decisions need of every regular file.
    pub fn lifecycle_files(&self) -> Result<Vec<FileState>> {
        let state = self.state();
        let files = state.meta.inodes().filter(|(_, r)| r.kind == Kind::File && r.nlink > 0);
        Ok(files.map(|(_, r)| FileState { size: r.size, tier: r.tier, last_access: r.last_access }).collect())
    }

    pub fn policy(&self) -> Policy {
        *self.policy.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn set_policy(&self, policy: Policy) {
        *self.policy.lock().unwrap_or_else(|e| e.into_inner()) = policy;
    }

    pub fn tiering_counters(&self) -> Result<TieringCounters> {
        Ok(self.state().meta.tiering())
    }

    /// Writes the data of `ino`, read from `from`, as the form of `to` (not yet synced).
    fn write_form(&self, ino: u64, from: &Form, size: u64, to: Tier) -> Result<()> {
        let path = self.form_path(ino, to);
        let tmp = path.with_extension("tmp");
        if to == Tier::Standard {
            let out = File::create(&tmp)?;
            let mut buf = vec![0u8; cold::IA.chunk as usize];
            let mut offset = 0;
            while offset < size {
                let n = (size - offset).min(buf.len() as u64) as usize;
                from.read_full(offset, &mut buf[..n])?;
                out.write_all_at(&buf[..n], offset)?;
                offset += n as u64;
            }
        } else {
            cold::encode(|offset, buf| from.read_full(offset, buf), size, &tmp, cold_format(to))?;
        }
        std::fs::rename(&tmp, &path)?;
        Ok(())
    }

    /// Records tier changes `(ino, from, to, size, mtime)` of files that are not open and
    /// unchanged since their new form was written, durably. Returns which were made.
    fn commit_moves(&self, moves: &[(u64, Tier, Tier, u64, f64)]) -> Result<Vec<bool>> {
        let open = self.open_files();
        let done = self.change(|tx| {
            let mut done = Vec::with_capacity(moves.len());
            let (mut to_ia, mut to_archive) = (0, 0);
            for &(ino, from, to, size, mtime) in moves {
                let unchanged = |r: &Row| r.tier == from && r.size == size && r.mtime == mtime && r.nlink > 0;
                let ok = !open.contains_key(&ino) && tx.meta().inode(ino).is_some_and(unchanged);
                if ok {
                    row_mut(tx, ino)?.tier = to;
                    *if to == Tier::Ia { &mut to_ia } else { &mut to_archive } += size;
                }
                done.push(ok);
            }
            let t = tx.tiering_mut();
            t.to_ia_bytes += to_ia;
            t.to_archive_bytes += to_archive;
            Ok(done)
        })?;
        drop(open);
        self.sync_meta()?;
        Ok(done)
    }

    /// Moves the data of `ino` back to Standard (a read under AFTER_1_ACCESS, or a write).
    fn promote(&self, ino: u64) -> Result<()> {
        let _moving = self.moving.lock().unwrap_or_else(|e| e.into_inner());
        let open = self.open_files().get(&ino).map(|o| o.form.clone());
        let form = match open {
            Some(form) => form,
            None => self.current(ino)?.1,
        };
        let Form::Cold(from, cold) = &form else { return Ok(()) };
        self.write_form(ino, &form, cold.size(), Tier::Standard)?;
        let path = self.form_path(ino, Tier::Standard);
        File::open(&path)?.sync_all()?;
        {
            let mut open = self.open_files();
            let changed = self.change(|tx| {
                let moved = tx.meta().inode(ino).is_some_and(|r| r.tier == *from);
                if moved {
                    row_mut(tx, ino)?.tier = Tier::Standard;
                }
                Ok(moved)
            })?;
            if !changed {
                drop(open);
                return Ok(remove_if_exists(&path)?);
            }
            if let Some(o) = open.get_mut(&ino) {
                o.form = Form::Plain(Arc::new(OpenOptions::new().read(true).write(true).open(&path)?));
            }
        }
        self.sync_meta()?;
        Ok(remove_if_exists(&self.form_path(ino, *from))?)
    }

    /// Moves due files to IA or Archive under the current policy, oldest access first, in
    /// batches; stops at `deadline` (the next sweep starts over with what is still due).
    pub fn sweep(&self, now: f64, deadline: Option<Instant>) -> Result<SweepReport> {
        let policy = self.policy();
        let mut report = SweepReport { complete: true, ..Default::default() };
        let (ia_cut, archive_cut) = policy.cutoffs(now);
        let standard_cut = match (ia_cut, archive_cut) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        // IA files due for Archive, then Standard files due for either.
        for (tier, cut) in [(Tier::Ia, archive_cut), (Tier::Standard, standard_cut)] {
            let Some(cut) = cut else { continue };
            // Chosen once; a file changed or removed since is left where it is (`move_batch`).
            for batch in self.candidates(tier, cut).chunks(SWEEP_BATCH) {
                if deadline.is_some_and(|d| Instant::now() >= d) {
                    report.complete = false;
                    return Ok(report);
                }
                report.considered += batch.len() as u64;
                let due: Vec<_> = batch
                    .iter()
                    .filter_map(|&(ino, f, mtime)| policy.decide(&f, now).map(|to| (ino, f, mtime, to)))
                    .collect();
                self.move_batch(&due, &mut report)?;
            }
        }
        Ok(report)
    }

    /// Files in `tier` big enough to move and last accessed at or before `cut`, oldest first:
    /// `(ino, state, mtime)`.
    fn candidates(&self, tier: Tier, cut: f64) -> Vec<(u64, FileState, f64)> {
        let state = self.state();
        let due = |r: &Row| {
            r.tier == tier
                && r.kind == Kind::File
                && r.size >= efsctl_core::lifecycle::MIN_COLD_BYTES
                && r.nlink > 0
                && r.last_access <= cut
        };
        let mut found: Vec<_> = state
            .meta
            .inodes()
            .filter(|(_, r)| due(r))
            .map(|(ino, r)| (ino, FileState { size: r.size, tier, last_access: r.last_access }, r.mtime))
            .collect();
        drop(state);
        found.sort_by(|a, b| a.1.last_access.total_cmp(&b.1.last_access).then(a.0.cmp(&b.0)));
        found
    }

    fn move_batch(&self, due: &[(u64, FileState, f64, Tier)], report: &mut SweepReport) -> Result<()> {
        let _moving = self.moving.lock().unwrap_or_else(|e| e.into_inner());
        let mut written = Vec::with_capacity(due.len());
        for &(ino, f, mtime, to) in due {
            if self.open_files().contains_key(&ino) {
                report.skipped_open += 1;
                continue;
            }
            let form = match self.load_form(ino, f.tier, f.size) {
                Err(StorageError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => continue, // removed meanwhile
                r => r?,
            };
            self.write_form(ino, &form, f.size, to)?;
            written.push((ino, f.tier, to, f.size, mtime));
        }
        if written.is_empty() {
            return Ok(());
        }
        sync_filesystem(&self.dir)?;
        let committed = self.commit_moves(&written)?;
        for (&(ino, from, to, size, _), ok) in written.iter().zip(committed) {
            if !ok {
                report.skipped_open += 1;
                remove_if_exists(&self.form_path(ino, to))?;
                continue;
            }
            remove_if_exists(&self.form_path(ino, from))?;
            if to == Tier::Ia {
                report.to_ia_files += 1;
                report.to_ia_bytes += size;
            } else {
                report.to_archive_files += 1;
                report.to_archive_bytes += size;
            }
        }
        Ok(())
    }

    /// The saved burst-credit balance and the time it was taken, if any.
    pub fn load_credits(&self) -> Result<Option<(f64, f64)>> {
        Ok(self
            .shared
            .db()
            .query_row("SELECT balance, last FROM throughput WHERE id = 1", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    pub fn save_credits(&self, balance: f64, at: f64) -> Result<()> {
        self.shared.db().execute("INSERT INTO throughput (id, balance, last) VALUES (1, ?1, ?2) ON CONFLICT(id) DO UPDATE SET balance = excluded.balance, last = excluded.last", params![balance, at])?;
        Ok(())
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Checkpoints with operations held and reads SQLite back: `true` when it holds exactly
    /// the metadata served (what fsck checks of the store).
    fn store_matches(&self) -> Result<bool> {
        let _one = self.shared.checkpointing.lock().unwrap_or_else(|e| e.into_inner());
        let mut state = self.state();
        self.shared.checkpoint_held(&mut state)?;
        let (stored, _) = load(&self.shared.db())?;
        let matches = stored == state.meta;
        drop(stored);
        give_back_free_memory();
        Ok(matches)
    }
}

impl Drop for Storage {
    /// A clean stop leaves nothing to replay.
    fn drop(&mut self) {
        if let Err(e) = self.shared.checkpoint() {
            tracing::warn!(dir = %self.dir.display(), "metadata checkpoint at close failed (the journal keeps the changes): {e}");
        }
    }
}

/// Runs `f` with `synchronous=FULL`, so what it commits is on disk when it returns.
fn durably<T>(db: &mut Connection, f: impl FnOnce(&mut Connection) -> Result<T>) -> Result<T> {
    db.pragma_update(None, "synchronous", "FULL")?;
    let result = f(db);
    db.pragma_update(None, "synchronous", "NORMAL")?;
    result
}

/// glibc keeps memory freed by a big one-off job (a checkpoint, fsck's second copy of the
/// metadata); give it back, or the daemon stays as big as the largest one made it.
fn give_back_free_memory() {
    #[cfg(target_env = "gnu")]
    // SAFETY: malloc_trim only releases free memory.
    unsafe {
        libc::malloc_trim(0);
    }
}

fn remove_if_exists(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// Flushes everything written to the file system holding `dir` (one call for a batch of moves
/// instead of one fsync per file).
fn sync_filesystem(dir: &Path) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    let d = File::open(dir)?;
    // SAFETY: syncfs takes a valid open descriptor; failure is reported through the return value.
    if unsafe { libc::syncfs(d.as_raw_fd()) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}
