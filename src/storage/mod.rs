//! The storage engine of one emulated file system: metadata (inodes, directory entries,
//! extended attributes) in SQLite, file contents in one data file per inode.
//!
//! Crash safety: every metadata operation is one SQLite transaction (WAL), committed before it
//! returns, so a completed operation survives `kill -9`. Data is written straight to the data
//! files; `fsync` and close flush it. Inodes that lost their last link while open are removed
//! on last close, or on the next open after a crash. This module knows nothing of users,
//! permissions or access policies — that is `vfs`.
//!
//! Lifecycle tiering lives here too: a file's data is in exactly one form, named by its `tier`
//! column — a plain file in `data/` (Standard) or a compressed chunked file in `ia/` or
//! `archive/` (see `cold`). A move writes the new form, syncs it, commits the new tier, and only
//! then removes the old form; recovery on open removes whichever form the tier does not name.
//! An empty Standard file may have no data file: it is made on the first write, so creating a
//! file costs one commit and no file creation on the disk.

mod cold;
mod fsck;
#[cfg(test)]
mod model_tests;

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, LazyLock, Mutex, MutexGuard, RwLock};
use std::time::Instant;

use rusqlite::{Connection, OptionalExtension, params};

use crate::lifecycle::{ClassBytes, FileState, Policy, Tier};
use crate::model::metering;

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

#[derive(Debug, Clone, PartialEq)]
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

// The sweep's index covers files of at least this size (MIN_COLD_BYTES), written as a literal
// in the schema and the query so SQLite can match them.
const _: () = assert!(crate::lifecycle::MIN_COLD_BYTES == 131_072);

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

/// Bytes read from and moved into the cold classes since the file system was created (what
/// EFS charges access and transition fees on).
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TieringCounters {
    pub ia_read_bytes: u64,
    pub archive_read_bytes: u64,
    pub to_ia_bytes: u64,
    pub to_archive_bytes: u64,
}

/// What one sweep did.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct SweepReport {
    /// Files whose lifecycle decision was evaluated.
    pub considered: u64,
    pub to_ia_files: u64,
    pub to_ia_bytes: u64,
    pub to_archive_files: u64,
    pub to_archive_bytes: u64,
    /// Due files left in place because they were open (they move once closed).
    pub skipped_open: u64,
    /// `false` when the time budget ran out with candidates left.
    pub complete: bool,
}

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
    db: Mutex<Connection>,
    /// Open files by inode. Writes and reads of open files update size and times here; they
    /// reach SQLite on fsync and on the last close (what EFS acknowledges). A tier move
    /// commits while holding this lock and only for files not in it.
    open: Mutex<HashMap<u64, OpenFile>>,
    /// The lifecycle configuration tiering follows (set by the emulator from the API).
    policy: Mutex<Policy>,
    /// Serialises tier moves (sweeps and moves back to Standard).
    moving: Mutex<()>,
    /// The metered size found by the latest `metered()` (0: none yet), what `df` shows as used.
    last_metered: AtomicU64,
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

const COLUMNS: &str = "ino, kind, perm, uid, gid, nlink, size, atime, mtime, ctime, rdev, tier, last_access";
static STORED: LazyLock<String> = LazyLock::new(|| format!("SELECT {COLUMNS} FROM inodes WHERE ino = ?1"));
static LOOKUP: LazyLock<String> = LazyLock::new(|| {
    let columns = COLUMNS.split(", ").map(|c| format!("i.{c}")).collect::<Vec<_>>().join(", ");
    format!("SELECT {columns} FROM dentries d JOIN inodes i ON i.ino = d.ino WHERE d.parent = ?1 AND d.name = ?2")
});

fn row(r: &rusqlite::Row) -> rusqlite::Result<Inode> {
    Ok(Inode {
        ino: r.get::<_, i64>(0)? as u64,
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
        tier: Tier::parse(&r.get::<_, String>(11)?).unwrap_or(Tier::Standard),
        last_access: r.get(12)?,
    })
}

/// Statements from the connection's cache, by text: parsing one costs more than running it,
/// and metadata operations run the same few over and over.
trait Cached {
    fn run(&self, sql: &str, params: impl rusqlite::Params) -> rusqlite::Result<usize>;
    fn row<T>(&self, sql: &str, params: impl rusqlite::Params, f: impl FnOnce(&rusqlite::Row) -> rusqlite::Result<T>) -> rusqlite::Result<Option<T>>;
}

impl Cached for Connection {
    fn run(&self, sql: &str, params: impl rusqlite::Params) -> rusqlite::Result<usize> {
        self.prepare_cached(sql)?.execute(params)
    }

    fn row<T>(&self, sql: &str, params: impl rusqlite::Params, f: impl FnOnce(&rusqlite::Row) -> rusqlite::Result<T>) -> rusqlite::Result<Option<T>> {
        self.prepare_cached(sql)?.query_row(params, f).optional()
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

impl Storage {
    /// Opens (or creates) the file system stored in `dir`, owned by `root_uid:root_gid` when new.
    pub fn open(dir: &Path, now: f64) -> Result<Self> {
        for tier in Tier::ALL {
            std::fs::create_dir_all(dir.join(area(tier)))?;
        }
        let conn = Connection::open(dir.join("meta.db"))?;
        conn.set_prepared_statement_cache_capacity(64);
        // Only the daemon opens it: holding the lock saves a round of fcntl locks per
        // transaction (and keeps a second process out).
        conn.pragma_update(None, "locking_mode", "EXCLUSIVE")?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // NORMAL in WAL mode: a committed transaction survives a crash of the process.
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // A checkpoint every 10,000 pages (40 MiB of log) instead of SQLite's 1,000: each one
        // syncs twice and writes back every page changed since the last, and metadata work
        // changes the same few pages (a directory's row, index leaves) over and over.
        conn.pragma_update(None, "wal_autocheckpoint", 10_000)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        // Each step commits with its version number, so a crash never leaves one half done.
        for (done, sql) in SCHEMA.iter().enumerate().skip(version as usize) {
            conn.execute_batch(&format!("BEGIN; {sql}; PRAGMA user_version = {}; COMMIT;", done + 1))?;
        }
        conn.run(
            "INSERT OR IGNORE INTO inodes (ino, kind, perm, uid, gid, nlink, size, atime, mtime, ctime, rdev, last_access) VALUES (1, ?1, 493, 0, 0, 2, 0, ?2, ?2, ?2, 0, ?2)",
            params![Kind::Dir.code(), now],
        )?;
        let storage = Storage { dir: dir.to_path_buf(), db: Mutex::new(conn), open: Mutex::new(HashMap::new()), policy: Mutex::new(Policy::default()), moving: Mutex::new(()), last_metered: AtomicU64::new(0) };
        storage.remove_orphans()?;
        Ok(storage)
    }

    fn db(&self) -> MutexGuard<'_, Connection> {
        self.db.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Where the data of `ino` lives while it is in `tier`.
    fn form_path(&self, ino: u64, tier: Tier) -> PathBuf {
        self.dir.join(area(tier)).join(ino.to_string())
    }

    /// Regular files with links, by inode, with their tier.
    fn file_tiers(&self) -> Result<HashMap<u64, Tier>> {
        let db = self.db();
        let mut stmt = db.prepare(&format!("SELECT ino, tier FROM inodes WHERE kind = {} AND nlink > 0", Kind::File.code()))?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)? as u64, Tier::parse(&r.get::<_, String>(1)?).unwrap_or(Tier::Standard))))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Files in the tier areas that belong to no file in that tier: `(path, reason)`.
    fn strays(&self, files: &HashMap<u64, Tier>) -> Result<Vec<(PathBuf, &'static str)>> {
        let mut out = Vec::new();
        for tier in Tier::ALL {
            for entry in std::fs::read_dir(self.dir.join(area(tier)))? {
                let entry = entry?;
                let owner = entry.file_name().to_str().and_then(|n| n.parse::<u64>().ok()).and_then(|ino| files.get(&ino).copied());
                match owner {
                    Some(t) if t == tier => {}
                    Some(_) => out.push((entry.path(), "belongs to a file stored in another class (an interrupted move)")),
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
        let orphans: Vec<u64> = {
            let db = self.db();
            let mut stmt = db.prepare("SELECT ino FROM inodes WHERE nlink = 0")?;
            let rows = stmt.query_map([], |r| r.get::<_, i64>(0))?.collect::<rusqlite::Result<Vec<i64>>>()?;
            rows.into_iter().map(|i| i as u64).collect()
        };
        for ino in orphans {
            self.destroy_if_unused(ino)?;
        }
        let files = self.file_tiers()?;
        let strays = self.strays(&files)?;
        if !strays.is_empty() {
            tracing::info!(dir = %self.dir.display(), "recovery removed {} data files of interrupted moves or removals", strays.len());
        }
        for (path, _) in strays {
            std::fs::remove_file(path)?;
        }
        Ok(())
    }

    /// Deletes the row of `ino` when it has no links left and is not open (the caller holds
    /// the open-files lock, so no open registers meanwhile). Returns the tier whose data file
    /// to remove once committed; a crash before that leaves a stray that recovery removes.
    fn delete_if_unused(tx: &Connection, open: &HashMap<u64, OpenFile>, ino: u64) -> Result<Option<Tier>> {
        if open.contains_key(&ino) {
            return Ok(None);
        }
        let tier: Option<String> = tx.row("DELETE FROM inodes WHERE ino = ?1 AND nlink = 0 RETURNING tier", [ino as i64], |r| r.get(0))?;
        if tier.is_some() {
            tx.run("DELETE FROM xattrs WHERE ino = ?1", [ino as i64])?;
        }
        Ok(tier.map(|t| Tier::parse(&t).unwrap_or(Tier::Standard)))
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

    /// Writes an open file's in-memory size and times to SQLite.
    fn persist(&self, ino: u64) -> Result<()> {
        // Held until written: two persists racing could otherwise store an older size last.
        let mut open = self.open_files();
        let pending = open.get_mut(&ino).filter(|o| o.dirty).map(|o| {
            o.dirty = false;
            (o.size, o.mtime, o.atime)
        });
        if let Some((size, mtime, atime)) = pending {
            self.db().run(
                "UPDATE inodes SET size = ?2, mtime = MAX(mtime, ?3), ctime = MAX(ctime, ?3), atime = MAX(atime, ?4), last_access = MAX(last_access, ?3, ?4) WHERE ino = ?1",
                params![ino as i64, size as i64, mtime, atime],
            )?;
        }
        Ok(())
    }

    pub fn lookup(&self, parent: u64, name: &[u8]) -> Result<Inode> {
        check_length(name)?;
        self.overlaid(|| self.db().row(&LOOKUP, params![parent as i64, name], row)?.ok_or(StorageError::NotFound))
    }

    /// The inode and kind code that `parent/name` names.
    fn entry(db: &Connection, parent: u64, name: &[u8]) -> Result<Option<(i64, i64)>> {
        check_length(name)?;
        Ok(db
            .row("SELECT d.ino, i.kind FROM dentries d JOIN inodes i ON i.ino = d.ino WHERE d.parent = ?1 AND d.name = ?2", params![parent as i64, name], |r| Ok((r.get(0)?, r.get(1)?)))?)
    }

    fn require_dir(db: &Connection, ino: u64) -> Result<()> {
        let kind: Option<i64> = db.row("SELECT kind FROM inodes WHERE ino = ?1", [ino as i64], |r| r.get(0))?;
        match kind.map(Kind::from_code) {
            Some(Kind::Dir) => Ok(()),
            Some(_) => Err(StorageError::NotDir),
            None => Err(StorageError::Stale),
        }
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

    /// Creates a file, directory, symlink (`target`) or special file named `name` in `parent`:
    /// one commit of its row and entry. A new file has no data file until something is written.
    pub fn create(&self, parent: u64, name: &[u8], new: NewInode, target: Option<&[u8]>, now: f64) -> Result<Inode> {
        check_name(name)?;
        let mut db = self.db();
        let tx = db.transaction()?;
        Self::require_dir(&tx, parent)?;
        if tx.row("SELECT 1 FROM dentries WHERE parent = ?1 AND name = ?2", params![parent as i64, name], |_| Ok(()))?.is_some() {
            return Err(StorageError::Exists);
        }
        let nlink = if new.kind == Kind::Dir { 2 } else { 1 };
        let size = target.map(|t| t.len() as u64).unwrap_or(0);
        // Inode numbers are never reused: the kernel may still hold a removed one.
        let ino: i64 = tx.row("UPDATE counters SET last_ino = last_ino + 1 WHERE id = 1 RETURNING last_ino", [], |r| r.get(0))?.ok_or(StorageError::NotFound)?;
        let perm = new.perm & 0o7777;
        tx.run(
            "INSERT INTO inodes (ino, kind, perm, uid, gid, nlink, size, atime, mtime, ctime, rdev, target, last_access, parent) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?8, ?9, ?10, ?8, ?11)",
            params![ino, new.kind.code(), perm, new.uid, new.gid, nlink, size as i64, now, new.rdev, target, (new.kind == Kind::Dir).then_some(parent as i64)],
        )?;
        tx.run("INSERT INTO dentries (parent, name, ino) VALUES (?1, ?2, ?3)", params![parent as i64, name, ino])?;
        let dir_links = if new.kind == Kind::Dir { 1 } else { 0 };
        tx.run("UPDATE inodes SET nlink = nlink + ?2, size = size + 1, mtime = ?3, ctime = ?3 WHERE ino = ?1", params![parent as i64, dir_links, now])?;
        tx.commit()?;
        let (ino, kind) = (ino as u64, new.kind);
        Ok(Inode { ino, kind, perm, uid: new.uid, gid: new.gid, nlink, size, atime: now, mtime: now, ctime: now, rdev: new.rdev, tier: Tier::Standard, last_access: now })
    }

    pub fn readlink(&self, ino: u64) -> Result<Vec<u8>> {
        let target: Option<Option<Vec<u8>>> = self.db().row("SELECT target FROM inodes WHERE ino = ?1", [ino as i64], |r| r.get(0))?;
        target.ok_or(StorageError::Stale)?.ok_or(StorageError::Invalid)
    }

    /// A new hard link `newparent/newname` to `ino`.
    pub fn link(&self, ino: u64, newparent: u64, newname: &[u8], now: f64) -> Result<Inode> {
        check_name(newname)?;
        let mut db = self.db();
        let tx = db.transaction()?;
        Self::require_dir(&tx, newparent)?;
        let kind: i64 = tx.row("SELECT kind FROM inodes WHERE ino = ?1", [ino as i64], |r| r.get(0))?.ok_or(StorageError::Stale)?;
        if Kind::from_code(kind) == Kind::Dir {
            return Err(StorageError::IsDir);
        }
        if tx.row("SELECT 1 FROM dentries WHERE parent = ?1 AND name = ?2", params![newparent as i64, newname], |_| Ok(()))?.is_some() {
            return Err(StorageError::Exists);
        }
        tx.run("INSERT INTO dentries (parent, name, ino) VALUES (?1, ?2, ?3)", params![newparent as i64, newname, ino as i64])?;
        tx.run("UPDATE inodes SET nlink = nlink + 1, ctime = ?2 WHERE ino = ?1", params![ino as i64, now])?;
        tx.run("UPDATE inodes SET size = size + 1, mtime = ?2, ctime = ?2 WHERE ino = ?1", params![newparent as i64, now])?;
        tx.commit()?;
        drop(db);
        self.get(ino)
    }

    /// Removes `parent/name` (a non-directory); the inode goes with its last link once closed.
    pub fn unlink(&self, parent: u64, name: &[u8], now: f64) -> Result<()> {
        let open = self.open_files();
        let mut db = self.db();
        let tx = db.transaction()?;
        let (ino, kind) = Self::entry(&tx, parent, name)?.ok_or(StorageError::NotFound)?;
        if Kind::from_code(kind) == Kind::Dir {
            return Err(StorageError::IsDir);
        }
        tx.run("DELETE FROM dentries WHERE parent = ?1 AND name = ?2", params![parent as i64, name])?;
        tx.run("UPDATE inodes SET nlink = nlink - 1, ctime = ?2 WHERE ino = ?1", params![ino, now])?;
        tx.run("UPDATE inodes SET size = size - 1, mtime = ?2, ctime = ?2 WHERE ino = ?1", params![parent as i64, now])?;
        let deleted = Self::delete_if_unused(&tx, &open, ino as u64)?;
        tx.commit()?;
        drop((db, open));
        self.remove_data(ino as u64, deleted)
    }

    /// Deletes `ino` if nothing links to it or holds it open any more.
    fn destroy_if_unused(&self, ino: u64) -> Result<()> {
        let open = self.open_files();
        let mut db = self.db();
        let tx = db.transaction()?;
        let deleted = Self::delete_if_unused(&tx, &open, ino)?;
        tx.commit()?;
        drop((db, open));
        self.remove_data(ino, deleted)
    }

    fn remove_data(&self, ino: u64, tier: Option<Tier>) -> Result<()> {
        if let Some(tier) = tier {
            remove_if_exists(&self.form_path(ino, tier))?;
        }
        Ok(())
    }

    pub fn rmdir(&self, parent: u64, name: &[u8], now: f64) -> Result<()> {
        let mut db = self.db();
        let tx = db.transaction()?;
        let (ino, kind) = Self::entry(&tx, parent, name)?.ok_or(StorageError::NotFound)?;
        if Kind::from_code(kind) != Kind::Dir {
            return Err(StorageError::NotDir);
        }
        if tx.row("SELECT 1 FROM dentries WHERE parent = ?1 LIMIT 1", [ino], |_| Ok(()))?.is_some() {
            return Err(StorageError::NotEmpty);
        }
        tx.run("DELETE FROM dentries WHERE parent = ?1 AND name = ?2", params![parent as i64, name])?;
        tx.run("DELETE FROM xattrs WHERE ino = ?1", [ino])?;
        tx.run("DELETE FROM inodes WHERE ino = ?1", [ino])?;
        tx.run("UPDATE inodes SET nlink = nlink - 1, size = size - 1, mtime = ?2, ctime = ?2 WHERE ino = ?1", params![parent as i64, now])?;
        tx.commit()?;
        Ok(())
    }

    /// `true` when `ancestor` is `ino` or one of its parents (a directory cannot move into itself).
    fn is_ancestor(tx: &Connection, ancestor: u64, mut ino: u64) -> Result<bool> {
        loop {
            if ino == ancestor {
                return Ok(true);
            }
            if ino == ROOT {
                return Ok(false);
            }
            match Self::parent_row(tx, ino)? {
                Some(p) => ino = p,
                None => return Ok(false),
            }
        }
    }

    /// Renames `parent/name` to `newparent/newname`; `mode` says what happens to an entry
    /// already there (replaced if compatible, refused, or swapped).
    pub fn rename(&self, (parent, name): (u64, &[u8]), (newparent, newname): (u64, &[u8]), mode: RenameMode, now: f64) -> Result<()> {
        check_name(newname)?;
        let mut replaced = None;
        {
            let open = self.open_files();
            let mut db = self.db();
            let tx = db.transaction()?;
            Self::require_dir(&tx, newparent)?;
            let src = Self::entry(&tx, parent, name)?.ok_or(StorageError::NotFound)?;
            let dst = Self::entry(&tx, newparent, newname)?;
            let src_dir = Kind::from_code(src.1) == Kind::Dir;
            if src_dir && Self::is_ancestor(&tx, src.0 as u64, newparent)? {
                return Err(StorageError::Invalid);
            }
            if mode == RenameMode::Exchange {
                let dst = dst.ok_or(StorageError::NotFound)?;
                tx.run("UPDATE dentries SET ino = ?3 WHERE parent = ?1 AND name = ?2", params![parent as i64, name, dst.0])?;
                tx.run("UPDATE dentries SET ino = ?3 WHERE parent = ?1 AND name = ?2", params![newparent as i64, newname, src.0])?;
                let dst_dir = Kind::from_code(dst.1) == Kind::Dir;
                if dst_dir {
                    if Self::is_ancestor(&tx, dst.0 as u64, parent)? {
                        return Err(StorageError::Invalid);
                    }
                    tx.run("UPDATE inodes SET parent = ?2 WHERE ino = ?1", params![dst.0, parent as i64])?;
                }
                if parent != newparent && src_dir != dst_dir {
                    let (gain, lose) = if src_dir { (newparent, parent) } else { (parent, newparent) };
                    tx.run("UPDATE inodes SET nlink = nlink + 1 WHERE ino = ?1", [gain as i64])?;
                    tx.run("UPDATE inodes SET nlink = nlink - 1 WHERE ino = ?1", [lose as i64])?;
                }
            } else {
                if src.0 == dst.map(|d| d.0).unwrap_or(-1) {
                    return Ok(());
                }
                if let Some((dino, dkind)) = dst {
                    if mode == RenameMode::NoReplace {
                        return Err(StorageError::Exists);
                    }
                    let dst_dir = Kind::from_code(dkind) == Kind::Dir;
                    match (src_dir, dst_dir) {
                        (true, false) => return Err(StorageError::NotDir),
                        (false, true) => return Err(StorageError::IsDir),
                        (true, true) => {
                            if tx.row("SELECT 1 FROM dentries WHERE parent = ?1 LIMIT 1", [dino], |_| Ok(()))?.is_some() {
                                return Err(StorageError::NotEmpty);
                            }
                            tx.run("DELETE FROM inodes WHERE ino = ?1", [dino])?;
                            tx.run("DELETE FROM xattrs WHERE ino = ?1", [dino])?;
                            tx.run("UPDATE inodes SET nlink = nlink - 1 WHERE ino = ?1", [newparent as i64])?;
                        }
                        (false, false) => {
                            tx.run("UPDATE inodes SET nlink = nlink - 1, ctime = ?2 WHERE ino = ?1", params![dino, now])?;
                            replaced = Self::delete_if_unused(&tx, &open, dino as u64)?.map(|tier| (dino as u64, tier));
                        }
                    }
                    tx.run("DELETE FROM dentries WHERE parent = ?1 AND name = ?2", params![newparent as i64, newname])?;
                    tx.run("UPDATE inodes SET size = size - 1 WHERE ino = ?1", [newparent as i64])?;
                }
                tx.run("UPDATE dentries SET parent = ?3, name = ?4 WHERE parent = ?1 AND name = ?2", params![parent as i64, name, newparent as i64, newname])?;
                if parent != newparent {
                    // The entry moves; a directory's `..` link moves with it.
                    let dir_link = i64::from(src_dir);
                    tx.run("UPDATE inodes SET size = size - 1, nlink = nlink - ?2 WHERE ino = ?1", params![parent as i64, dir_link])?;
                    tx.run("UPDATE inodes SET size = size + 1, nlink = nlink + ?2 WHERE ino = ?1", params![newparent as i64, dir_link])?;
                }
            }
            if src_dir {
                tx.run("UPDATE inodes SET parent = ?2 WHERE ino = ?1", params![src.0, newparent as i64])?;
            }
            tx.run("UPDATE inodes SET ctime = ?2 WHERE ino = ?1", params![src.0, now])?;
            tx.run("UPDATE inodes SET mtime = ?3, ctime = ?3 WHERE ino IN (?1, ?2)", params![parent as i64, newparent as i64, now])?;
            tx.commit()?;
        }
        match replaced {
            Some((ino, tier)) => self.remove_data(ino, Some(tier)),
            None => Ok(()),
        }
    }

    /// Up to `limit` entries of directory `ino` in name order, numbered on from `offset`
    /// (entries count from 1): those after the name `after` when given — a listing resuming
    /// where it stopped, one index seek — else those after the first `offset`.
    pub fn readdir(&self, ino: u64, offset: u64, after: Option<&[u8]>, limit: u32) -> Result<Vec<DirEntry>> {
        const ENTRIES: &str = "SELECT d.ino, i.kind, d.name FROM dentries d JOIN inodes i ON i.ino = d.ino WHERE d.parent = ?1";
        static AFTER: LazyLock<String> = LazyLock::new(|| format!("{ENTRIES} AND d.name > ?2 ORDER BY d.name LIMIT ?3"));
        static SKIP: LazyLock<String> = LazyLock::new(|| format!("{ENTRIES} ORDER BY d.name LIMIT ?3 OFFSET ?2"));
        let db = self.db();
        Self::require_dir(&db, ino)?;
        let entry = |r: &rusqlite::Row| Ok((r.get::<_, i64>(0)? as u64, Kind::from_code(r.get(1)?), r.get::<_, Vec<u8>>(2)?));
        let rows: Vec<_> = match after {
            Some(name) => db.prepare_cached(&AFTER)?.query_map(params![ino as i64, name, limit], entry)?.collect::<rusqlite::Result<_>>()?,
            None => db.prepare_cached(&SKIP)?.query_map(params![ino as i64, offset as i64, limit], entry)?.collect::<rusqlite::Result<_>>()?,
        };
        Ok(rows.into_iter().zip(offset + 1..).map(|((ino, kind, name), position)| DirEntry { position, ino, kind, name }).collect())
    }

    /// The parent directory of `ino` (for `..`).
    pub fn parent_of(&self, ino: u64) -> Result<u64> {
        if ino == ROOT {
            return Ok(ROOT);
        }
        Self::parent_row(&self.db(), ino)?.ok_or(StorageError::Stale)
    }

    /// Where directory `ino` is named: its parent and its name there (`None` for the root).
    pub fn dir_entry(&self, ino: u64) -> Result<Option<(u64, Vec<u8>)>> {
        let db = self.db();
        let Some(parent) = Self::parent_row(&db, ino)? else { return Ok(None) };
        let name = db.row("SELECT name FROM dentries WHERE parent = ?1 AND ino = ?2", params![parent as i64, ino as i64], |r| r.get(0))?;
        Ok(name.map(|n| (parent, n)))
    }

    /// The directory holding directory `ino` (`None` for other kinds, which may have several).
    fn parent_row(db: &Connection, ino: u64) -> Result<Option<u64>> {
        Ok(db.row("SELECT parent FROM inodes WHERE ino = ?1", [ino as i64], |r| r.get::<_, Option<i64>>(0))?.flatten().map(|p| p as u64))
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
        self.db().run(
            "UPDATE inodes SET perm = COALESCE(?2, perm), uid = COALESCE(?3, uid), gid = COALESCE(?4, gid), size = COALESCE(?5, size), atime = COALESCE(?6, atime), mtime = COALESCE(?7, mtime), ctime = ?8 WHERE ino = ?1",
            params![ino as i64, set.perm.map(|p| p & 0o7777), set.uid, set.gid, set.size.map(|s| s as i64), set.atime, set.mtime.or(set.size.map(|_| now)), now],
        )?;
        self.get(ino)
    }

    /// The row of `ino` as committed (without an open file's newer size and times).
    fn stored(&self, ino: u64) -> Result<Inode> {
        self.db().row(&STORED, [ino as i64], row)?.ok_or(StorageError::Stale)
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
                    // Made outside the lock; two racing writers open the same file.
                    let file = OpenOptions::new().read(true).write(true).create(true).truncate(false).open(self.form_path(ino, Tier::Standard))?;
                    if let Some(o) = self.open_files().get_mut(&ino).filter(|o| matches!(o.form, Form::Empty)) {
                        o.form = Form::Plain(Arc::new(file));
                    }
                }
                None => return Err(StorageError::Invalid),
            }
        }
        Err(StorageError::Invalid)
    }

    /// Ends one open. The last close flushes data and metadata (close-to-open consistency, like
    /// NFS) and removes the inode if it has no links left.
    pub fn release(&self, ino: u64) -> Result<()> {
        match self.open_files().get_mut(&ino) {
            Some(o) if o.count > 1 => {
                o.count -= 1;
                return Ok(());
            }
            Some(_) => (),
            None => return Ok(()),
        }
        self.flush(ino)?;
        // Another open may have arrived while flushing: only the last one forgets the file.
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

    /// A close: data and size reach the disk before the close returns (close-to-open
    /// consistency, like NFS), even if the daemon dies before the release that follows.
    pub fn flush(&self, ino: u64) -> Result<()> {
        let unsynced = self.open_files().get_mut(&ino).filter(|o| o.unsynced).map(|o| {
            o.unsynced = false;
            o.form.clone()
        });
        if let Some(Form::Plain(f)) = unsynced {
            f.sync_data()?;
        }
        self.persist(ino)
    }

    /// Reads up to `size` bytes at `offset`; also says which class served them. A read of cold
    /// data is counted for access charges and, under AFTER_1_ACCESS, moves the file to Standard.
    pub fn read(&self, ino: u64, offset: u64, size: u32, now: f64) -> Result<(Vec<u8>, Tier)> {
        let gate = self.resize_gate(ino);
        let _reading = gate.as_ref().map(|g| g.read().unwrap_or_else(|e| e.into_inner()));
        let cached = self.open_files().get(&ino).map(|o| (o.size, o.form.clone()));
        let (file_size, form) = match cached {
            Some(c) => c,
            None => self.current(ino).map(|(inode, form)| (inode.size, form))?,
        };
        let end = file_size.min(offset.saturating_add(size as u64));
        let mut buf = vec![0u8; end.saturating_sub(offset) as usize];
        form.read_full(offset, &mut buf)?;
        match self.open_files().get_mut(&ino) {
            Some(o) => {
                o.atime = now;
                o.dirty = true;
            }
            None => drop(self.db().run("UPDATE inodes SET atime = ?2, last_access = ?2 WHERE ino = ?1", params![ino as i64, now])?),
        }
        let tier = form.tier();
        if tier != Tier::Standard {
            let column = if tier == Tier::Ia { "ia_read" } else { "archive_read" };
            self.db().run(&format!("UPDATE tiering SET {column} = {column} + ?1"), [buf.len() as i64])?;
            if self.policy().on_read(tier).is_some() {
                self.promote(ino)?;
            }
        }
        Ok((buf, tier))
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
        if let Some(o) = self.open_files().get_mut(&ino) {
            o.size = o.size.max(end);
            o.mtime = now;
            o.dirty = true;
            o.unsynced = true;
        }
        Ok(data.len() as u32)
    }

    /// Makes the data and metadata of `ino` durable on disk: its data file if written since
    /// the last sync, then its size and times, then the metadata log (which holds every
    /// change committed so far, so a directory's entries are durable too).
    pub fn fsync(&self, ino: u64) -> Result<()> {
        self.flush(ino)?;
        self.sync_log()
    }

    /// Flushes committed metadata to disk. Commits append to the write-ahead log without
    /// syncing it (a crash of the daemon loses nothing; the kernel has the pages), and
    /// checkpoints sync the database before the log restarts, so syncing the log covers
    /// every commit so far.
    fn sync_log(&self) -> Result<()> {
        match File::open(self.dir.join("meta.db-wal")) {
            Ok(log) => Ok(log.sync_data()?),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()), // nothing committed yet
            Err(e) => Err(e.into()),
        }
    }

    pub fn set_xattr(&self, ino: u64, name: &[u8], value: &[u8], create_only: bool, replace_only: bool) -> Result<()> {
        let db = self.db();
        let exists = db.row("SELECT 1 FROM xattrs WHERE ino = ?1 AND name = ?2", params![ino as i64, name], |_| Ok(()))?.is_some();
        if create_only && exists {
            return Err(StorageError::Exists);
        }
        if replace_only && !exists {
            return Err(StorageError::NoAttr);
        }
        db.run("INSERT INTO xattrs (ino, name, value) VALUES (?1, ?2, ?3) ON CONFLICT(ino, name) DO UPDATE SET value = excluded.value", params![ino as i64, name, value])?;
        Ok(())
    }

    pub fn get_xattr(&self, ino: u64, name: &[u8]) -> Result<Vec<u8>> {
        self.db().row("SELECT value FROM xattrs WHERE ino = ?1 AND name = ?2", params![ino as i64, name], |r| r.get(0))?.ok_or(StorageError::NoAttr)
    }

    pub fn list_xattrs(&self, ino: u64) -> Result<Vec<Vec<u8>>> {
        let db = self.db();
        let mut stmt = db.prepare("SELECT name FROM xattrs WHERE ino = ?1 ORDER BY name")?;
        let names = stmt.query_map([ino as i64], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(names)
    }

    pub fn remove_xattr(&self, ino: u64, name: &[u8]) -> Result<()> {
        match self.db().run("DELETE FROM xattrs WHERE ino = ?1 AND name = ?2", params![ino as i64, name])? {
            0 => Err(StorageError::NoAttr),
            _ => Ok(()),
        }
    }

    /// Metered bytes of the whole file system per EFS rules, by storage class (directories
    /// and links count as Standard).
    pub fn metered(&self) -> Result<ClassBytes> {
        let db = self.db();
        let mut stmt = db.prepare("SELECT kind, size, tier FROM inodes WHERE nlink > 0")?;
        let mut m = ClassBytes::default();
        let rows = stmt.query_map([], |r| Ok((Kind::from_code(r.get(0)?), r.get::<_, i64>(1)? as u64, r.get::<_, String>(2)?)))?;
        for r in rows {
            let (kind, size, tier) = r?;
            match kind {
                Kind::File => m.add(size, Tier::parse(&tier).unwrap_or(Tier::Standard)),
                Kind::Dir => m.add_standard(metering::dir_bytes(size)),
                _ => m.add_standard(metering::file_bytes(size)),
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
        let db = self.db();
        let mut stmt = db.prepare(&format!("SELECT size, tier, last_access FROM inodes WHERE kind = {} AND nlink > 0", Kind::File.code()))?;
        let rows = stmt.query_map([], |r| Ok(FileState { size: r.get::<_, i64>(0)? as u64, tier: Tier::parse(&r.get::<_, String>(1)?).unwrap_or(Tier::Standard), last_access: r.get(2)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn policy(&self) -> Policy {
        *self.policy.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn set_policy(&self, policy: Policy) {
        *self.policy.lock().unwrap_or_else(|e| e.into_inner()) = policy;
    }

    pub fn tiering_counters(&self) -> Result<TieringCounters> {
        let r = self.db().query_row("SELECT ia_read, archive_read, to_ia, to_archive FROM tiering WHERE id = 1", [], |r| {
            Ok(TieringCounters { ia_read_bytes: r.get::<_, i64>(0)? as u64, archive_read_bytes: r.get::<_, i64>(1)? as u64, to_ia_bytes: r.get::<_, i64>(2)? as u64, to_archive_bytes: r.get::<_, i64>(3)? as u64 })
        })?;
        Ok(r)
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

    /// Commits tier changes `(ino, from, to, size, mtime)` of files that are not open and
    /// unchanged since their new form was written, in one durable transaction. Returns which
    /// were committed.
    fn commit_moves(&self, moves: &[(u64, Tier, Tier, u64, f64)]) -> Result<Vec<bool>> {
        let open = self.open_files();
        let mut db = self.db();
        durably(&mut db, |db| {
            let tx = db.transaction()?;
            let mut done = Vec::with_capacity(moves.len());
            let (mut to_ia, mut to_archive) = (0i64, 0i64);
            for &(ino, from, to, size, mtime) in moves {
                let ok = !open.contains_key(&ino)
                    && tx.run("UPDATE inodes SET tier = ?2 WHERE ino = ?1 AND tier = ?3 AND size = ?4 AND mtime = ?5 AND nlink > 0", params![ino as i64, to.as_str(), from.as_str(), size as i64, mtime])? == 1;
                if ok {
                    match to {
                        Tier::Ia => to_ia += size as i64,
                        Tier::Archive => to_archive += size as i64,
                        Tier::Standard => {}
                    }
                }
                done.push(ok);
            }
            tx.run("UPDATE tiering SET to_ia = to_ia + ?1, to_archive = to_archive + ?2", params![to_ia, to_archive])?;
            tx.commit()?;
            Ok(done)
        })
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
            let mut db = self.db();
            let changed = durably(&mut db, |db| Ok(db.run("UPDATE inodes SET tier = ?2 WHERE ino = ?1 AND tier = ?3", params![ino as i64, Tier::Standard.as_str(), from.as_str()])?))?;
            if changed == 0 {
                drop((open, db));
                return Ok(remove_if_exists(&path)?);
            }
            if let Some(o) = open.get_mut(&ino) {
                o.form = Form::Plain(Arc::new(OpenOptions::new().read(true).write(true).open(&path)?));
            }
        }
        Ok(remove_if_exists(&self.form_path(ino, *from))?)
    }

    /// Moves due files to IA or Archive under the current policy, oldest access first, in
    /// batches; stops at `deadline` (the next sweep picks up where the index says).
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
            let mut after = (f64::NEG_INFINITY, 0i64);
            loop {
                if deadline.is_some_and(|d| Instant::now() >= d) {
                    report.complete = false;
                    return Ok(report);
                }
                let batch = self.candidates(tier, cut, after)?;
                let Some(&(ino, f, _)) = batch.last() else { break };
                after = (f.last_access, ino as i64);
                report.considered += batch.len() as u64;
                let due: Vec<_> = batch.into_iter().filter_map(|(ino, f, mtime)| policy.decide(&f, now).map(|to| (ino, f, mtime, to))).collect();
                self.move_batch(&due, &mut report)?;
            }
        }
        Ok(report)
    }

    /// Files in `tier` last accessed at or before `cut`, after the keyset `after`, oldest first.
    fn candidates(&self, tier: Tier, cut: f64, after: (f64, i64)) -> Result<Vec<(u64, FileState, f64)>> {
        let db = self.db();
        let mut stmt = db.prepare_cached(
            // `kind = 0 AND size >= 131072` as written in the index `inodes_cold`, so SQLite uses it.
            "SELECT ino, size, last_access, mtime FROM inodes WHERE tier = ?1 AND last_access <= ?2 AND (last_access, ino) > (?3, ?4)
             AND kind = 0 AND size >= 131072 AND nlink > 0 ORDER BY last_access, ino LIMIT ?5",
        )?;
        let rows = stmt.query_map(params![tier.as_str(), cut, after.0, after.1, SWEEP_BATCH as i64], |r| {
            Ok((r.get::<_, i64>(0)? as u64, FileState { size: r.get::<_, i64>(1)? as u64, tier, last_access: r.get(2)? }, r.get(3)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
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
        Ok(self.db().row("SELECT balance, last FROM throughput WHERE id = 1", [], |r| Ok((r.get(0)?, r.get(1)?)))?)
    }

    pub fn save_credits(&self, balance: f64, at: f64) -> Result<()> {
        self.db().run("INSERT INTO throughput (id, balance, last) VALUES (1, ?1, ?2) ON CONFLICT(id) DO UPDATE SET balance = excluded.balance, last = excluded.last", params![balance, at])?;
        Ok(())
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn connection(&self) -> MutexGuard<'_, Connection> {
        self.db()
    }
}

/// Runs `f` with `synchronous=FULL`, so what it commits is on disk when it returns: tier
/// moves delete the old form right after.
fn durably<T>(db: &mut Connection, f: impl FnOnce(&mut Connection) -> Result<T>) -> Result<T> {
    db.pragma_update(None, "synchronous", "FULL")?;
    let result = f(db);
    db.pragma_update(None, "synchronous", "NORMAL")?;
    result
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
