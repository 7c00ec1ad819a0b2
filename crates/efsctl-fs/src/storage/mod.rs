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
//! Lifecycle tiering is a mechanism here: a file's data is in exactly one form, named by its
//! `tier` — a plain file in `data/` (Standard) or a compressed chunked file in `ia/` or
//! `archive/` (see `cold`). A move writes the new form, syncs it, records the new tier durably,
//! and only then removes the old form; recovery on open removes whichever form the tier does not
//! name. Which files move, and when, is the lifecycle policy's decision, which the caller owns
//! and passes in (`sweep`, `promote`). An empty Standard file may have no data file: it is made
//! on the first write, so creating a file touches nothing on the disk but the journal.
//!
//! One engine, one file per concern: `namespace` (names, attributes), `data` (contents, open
//! files, the background sync), `tiering` (metering and moves), `checkpoint` (running an
//! operation through the journal, checkpoints to SQLite), with `journal`, `meta` (the in-memory
//! tables), `cold` and `fsck`. Every step crash safety rests on goes through `disk::Disk`, so
//! `crash_tests` can cut each operation at every one of them.

mod checkpoint;
mod cold;
#[cfg(test)]
mod crash_tests;
mod data;
mod disk;
mod fsck;
mod journal;
mod meta;
#[cfg(test)]
mod model_tests;
mod namespace;
mod tiering;

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64};
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, params};

use checkpoint::{CHECKPOINT_BYTES, SCHEMA, Shared, State, last_images, load, store};
use data::{OpenFile, Syncer};
use journal::Journal;
use namespace::row_mut;

use efsctl_core::lifecycle::{Tier, TieringCounters};

pub use disk::{Commit, Disk, Os};
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

/// The directory holding each tier's data form.
fn area(tier: Tier) -> &'static str {
    match tier {
        Tier::Standard => "data",
        Tier::Ia => "ia",
        Tier::Archive => "archive",
    }
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

impl Storage {
    /// Opens (or creates) the file system stored in `dir`, owned by `root_uid:root_gid` when new.
    pub fn open(dir: &Path, now: f64) -> Result<Self> {
        Self::open_on(dir, now, Arc::new(Os))
    }

    /// `open`, with the steps crash safety rests on done by `disk`.
    pub fn open_on(dir: &Path, now: f64, disk: Arc<dyn Disk>) -> Result<Self> {
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
            disk.commit(Commit::Checkpoint)?;
            store(&mut conn, &last_images(changes), journal.next_seq())?;
        }
        let shared = Shared {
            state: Mutex::new(State { meta, journal }),
            db: Mutex::new(conn),
            checkpointing: Mutex::new(()),
            scheduled: AtomicBool::new(false),
            disk: disk.clone(),
        };
        let storage = Storage {
            dir: dir.to_path_buf(),
            shared: Arc::new(shared),
            open: Mutex::new(HashMap::new()),
            moving: Mutex::new(()),
            last_metered: AtomicU64::new(0),
            dataless: Mutex::default(),
            checkpoint_bytes: CHECKPOINT_BYTES,
            syncer: Arc::new(Syncer::new(disk)),
        };
        storage.remove_orphans()?;
        Ok(storage)
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
            self.disk().remove(&path)?;
        }
        Ok(())
    }

    fn disk(&self) -> &dyn Disk {
        &*self.shared.disk
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

pub struct Storage {
    dir: PathBuf,
    shared: Arc<Shared>,
    /// Open files by inode, with their size and times: a write journals them at once, a read's
    /// access time reaches the metadata on fsync or the last close. A tier move commits while
    /// holding this lock and only for files not in it.
    open: Mutex<HashMap<u64, OpenFile>>,
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

impl Drop for Storage {
    /// A clean stop leaves nothing to replay.
    fn drop(&mut self) {
        if let Err(e) = self.shared.checkpoint() {
            tracing::warn!(dir = %self.dir.display(), "metadata checkpoint at close failed (the journal keeps the changes): {e}");
        }
    }
}
