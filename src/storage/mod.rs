//! The storage engine of one emulated file system: metadata (inodes, directory entries,
//! extended attributes) in SQLite, file contents in one data file per inode.
//!
//! Crash safety: every metadata operation is one SQLite transaction (WAL), committed before it
//! returns, so a completed operation survives `kill -9`. Data is written straight to the data
//! files; `fsync` and close flush it. Inodes that lost their last link while open are removed
//! on last close, or on the next open after a crash. This module knows nothing of users,
//! permissions or policies — that is `vfs`.

mod fsck;
#[cfg(test)]
mod model_tests;

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use rusqlite::{Connection, OptionalExtension, params};

use crate::model::metering;

pub use fsck::fsck;

pub const ROOT: u64 = 1;
pub const MAX_NAME: usize = 255;

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("no such file or directory")]
    NotFound,
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

/// Storage class of a file's data (Standard only until lifecycle tiering lands).
pub const TIER_STANDARD: &str = "STANDARD";

#[derive(Debug, Clone, PartialEq)]
pub struct Inode {
    pub ino: u64,
    pub kind: Kind,
    /// Permission bits, including setuid/setgid/sticky (0o7777).
    pub perm: u32,
    pub uid: u32,
    pub gid: u32,
    pub nlink: u32,
    pub size: u64,
    pub atime: f64,
    pub mtime: f64,
    pub ctime: f64,
    pub rdev: u32,
    pub tier: String,
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
"];

pub struct Storage {
    dir: PathBuf,
    db: Mutex<Connection>,
    /// Open files by inode. Writes and reads of open files update size and times here; they
    /// reach SQLite on fsync and on the last close (what EFS acknowledges).
    open: Mutex<HashMap<u64, OpenFile>>,
}

struct OpenFile {
    file: Arc<File>,
    count: u32,
    size: u64,
    mtime: f64,
    atime: f64,
    dirty: bool,
}

const COLUMNS: &str = "ino, kind, perm, uid, gid, nlink, size, atime, mtime, ctime, rdev, tier, last_access";

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
        tier: r.get(11)?,
        last_access: r.get(12)?,
    })
}

fn check_name(name: &[u8]) -> Result<()> {
    if name.is_empty() || name == b"." || name == b".." || name.contains(&b'/') || name.contains(&0) {
        return Err(StorageError::Invalid);
    }
    if name.len() > MAX_NAME {
        return Err(StorageError::NameTooLong);
    }
    Ok(())
}

impl Storage {
    /// Opens (or creates) the file system stored in `dir`, owned by `root_uid:root_gid` when new.
    pub fn open(dir: &Path, now: f64) -> Result<Self> {
        std::fs::create_dir_all(dir.join("data"))?;
        let conn = Connection::open(dir.join("meta.db"))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // NORMAL in WAL mode: a committed transaction survives a crash of the process.
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        for sql in &SCHEMA[(version as usize).min(SCHEMA.len())..] {
            conn.execute_batch(sql)?;
        }
        conn.pragma_update(None, "user_version", SCHEMA.len() as i64)?;
        conn.execute(
            "INSERT OR IGNORE INTO inodes (ino, kind, perm, uid, gid, nlink, size, atime, mtime, ctime, rdev, last_access) VALUES (1, ?1, 493, 0, 0, 2, 0, ?2, ?2, ?2, 0, ?2)",
            params![Kind::Dir.code(), now],
        )?;
        let storage = Storage { dir: dir.to_path_buf(), db: Mutex::new(conn), open: Mutex::new(HashMap::new()) };
        storage.remove_orphans()?;
        Ok(storage)
    }

    fn db(&self) -> MutexGuard<'_, Connection> {
        self.db.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn data_path(&self, ino: u64) -> PathBuf {
        self.dir.join("data").join(ino.to_string())
    }

    /// Repairs what a crash can leave behind: inodes without links that were open, a file's
    /// row committed before its (still empty) data file was created, or a data file created
    /// for a row that was never committed.
    fn remove_orphans(&self) -> Result<()> {
        let (orphans, files): (Vec<u64>, Vec<u64>) = {
            let db = self.db();
            let ids = |sql: &str| -> Result<Vec<u64>> {
                let mut stmt = db.prepare(sql)?;
                let rows = stmt.query_map([], |r| r.get::<_, i64>(0))?.collect::<rusqlite::Result<Vec<i64>>>()?;
                Ok(rows.into_iter().map(|i| i as u64).collect())
            };
            (ids("SELECT ino FROM inodes WHERE nlink = 0")?, ids(&format!("SELECT ino FROM inodes WHERE kind = {} AND nlink > 0 ORDER BY ino", Kind::File.code()))?)
        };
        for ino in orphans {
            self.destroy(ino)?;
        }
        for &ino in &files {
            if !self.data_path(ino).exists() {
                File::create(self.data_path(ino))?;
            }
        }
        for entry in std::fs::read_dir(self.dir.join("data"))? {
            let entry = entry?;
            let known = entry.file_name().to_str().and_then(|n| n.parse::<u64>().ok()).is_some_and(|ino| files.binary_search(&ino).is_ok());
            if !known {
                std::fs::remove_file(entry.path())?;
            }
        }
        Ok(())
    }

    fn destroy(&self, ino: u64) -> Result<()> {
        {
            let db = self.db();
            db.execute("DELETE FROM xattrs WHERE ino = ?1", [ino as i64])?;
            db.execute("DELETE FROM inodes WHERE ino = ?1", [ino as i64])?;
        }
        match std::fs::remove_file(self.data_path(ino)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.into()),
            _ => Ok(()),
        }
    }

    pub fn get(&self, ino: u64) -> Result<Inode> {
        let mut inode = self.db().query_row(&format!("SELECT {COLUMNS} FROM inodes WHERE ino = ?1"), [ino as i64], row).optional()?.ok_or(StorageError::NotFound)?;
        self.overlay(&mut inode);
        Ok(inode)
    }

    /// Size and times of an open file are newer in memory than in SQLite.
    fn overlay(&self, inode: &mut Inode) {
        if let Some(o) = self.open_files().get(&inode.ino).filter(|o| o.dirty) {
            inode.size = o.size;
            inode.mtime = o.mtime;
            inode.ctime = inode.ctime.max(o.mtime);
            inode.atime = o.atime;
            inode.last_access = inode.last_access.max(o.atime).max(o.mtime);
        }
    }

    fn open_files(&self) -> MutexGuard<'_, HashMap<u64, OpenFile>> {
        self.open.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Writes an open file's in-memory size and times to SQLite.
    fn persist(&self, ino: u64) -> Result<()> {
        let pending = self.open_files().get_mut(&ino).filter(|o| o.dirty).map(|o| {
            o.dirty = false;
            (o.size, o.mtime, o.atime)
        });
        if let Some((size, mtime, atime)) = pending {
            self.db().execute(
                "UPDATE inodes SET size = ?2, mtime = MAX(mtime, ?3), ctime = MAX(ctime, ?3), atime = MAX(atime, ?4), last_access = MAX(last_access, ?3, ?4) WHERE ino = ?1",
                params![ino as i64, size as i64, mtime, atime],
            )?;
        }
        Ok(())
    }

    pub fn lookup(&self, parent: u64, name: &[u8]) -> Result<Inode> {
        let mut inode = self
            .db()
            .query_row(&format!("SELECT {} FROM dentries d JOIN inodes i ON i.ino = d.ino WHERE d.parent = ?1 AND d.name = ?2", COLUMNS.split(", ").map(|c| format!("i.{c}")).collect::<Vec<_>>().join(", ")), params![parent as i64, name], row)
            .optional()?
            .ok_or(StorageError::NotFound)?;
        self.overlay(&mut inode);
        Ok(inode)
    }

    /// The inode and kind code that `parent/name` names.
    fn entry(db: &Connection, parent: u64, name: &[u8]) -> Result<Option<(i64, i64)>> {
        Ok(db
            .query_row("SELECT d.ino, i.kind FROM dentries d JOIN inodes i ON i.ino = d.ino WHERE d.parent = ?1 AND d.name = ?2", params![parent as i64, name], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    fn require_dir(db: &Connection, ino: u64) -> Result<()> {
        let kind: Option<i64> = db.query_row("SELECT kind FROM inodes WHERE ino = ?1", [ino as i64], |r| r.get(0)).optional()?;
        match kind.map(Kind::from_code) {
            Some(Kind::Dir) => Ok(()),
            Some(_) => Err(StorageError::NotDir),
            None => Err(StorageError::NotFound),
        }
    }

    /// Creates a file, directory, symlink (`target`) or special file named `name` in `parent`.
    pub fn create(&self, parent: u64, name: &[u8], new: NewInode, target: Option<&[u8]>, now: f64) -> Result<Inode> {
        check_name(name)?;
        let mut db = self.db();
        let tx = db.transaction()?;
        Self::require_dir(&tx, parent)?;
        if tx.query_row("SELECT 1 FROM dentries WHERE parent = ?1 AND name = ?2", params![parent as i64, name], |_| Ok(())).optional()?.is_some() {
            return Err(StorageError::Exists);
        }
        let nlink = if new.kind == Kind::Dir { 2 } else { 1 };
        let size = target.map(|t| t.len() as u64).unwrap_or(0);
        tx.execute(
            "INSERT INTO inodes (kind, perm, uid, gid, nlink, size, atime, mtime, ctime, rdev, target, last_access) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?7, ?8, ?9, ?7)",
            params![new.kind.code(), new.perm & 0o7777, new.uid, new.gid, nlink, size as i64, now, new.rdev, target],
        )?;
        let ino = tx.last_insert_rowid() as u64;
        tx.execute("INSERT INTO dentries (parent, name, ino) VALUES (?1, ?2, ?3)", params![parent as i64, name, ino as i64])?;
        let dir_links = if new.kind == Kind::Dir { 1 } else { 0 };
        tx.execute("UPDATE inodes SET nlink = nlink + ?2, mtime = ?3, ctime = ?3 WHERE ino = ?1", params![parent as i64, dir_links, now])?;
        tx.commit()?;
        drop(db);
        if new.kind == Kind::File {
            File::create(self.data_path(ino))?;
        }
        self.get(ino)
    }

    pub fn readlink(&self, ino: u64) -> Result<Vec<u8>> {
        let target: Option<Option<Vec<u8>>> = self.db().query_row("SELECT target FROM inodes WHERE ino = ?1", [ino as i64], |r| r.get(0)).optional()?;
        target.ok_or(StorageError::NotFound)?.ok_or(StorageError::Invalid)
    }

    /// A new hard link `newparent/newname` to `ino`.
    pub fn link(&self, ino: u64, newparent: u64, newname: &[u8], now: f64) -> Result<Inode> {
        check_name(newname)?;
        let mut db = self.db();
        let tx = db.transaction()?;
        Self::require_dir(&tx, newparent)?;
        let kind: i64 = tx.query_row("SELECT kind FROM inodes WHERE ino = ?1", [ino as i64], |r| r.get(0)).optional()?.ok_or(StorageError::NotFound)?;
        if Kind::from_code(kind) == Kind::Dir {
            return Err(StorageError::IsDir);
        }
        if tx.query_row("SELECT 1 FROM dentries WHERE parent = ?1 AND name = ?2", params![newparent as i64, newname], |_| Ok(())).optional()?.is_some() {
            return Err(StorageError::Exists);
        }
        tx.execute("INSERT INTO dentries (parent, name, ino) VALUES (?1, ?2, ?3)", params![newparent as i64, newname, ino as i64])?;
        tx.execute("UPDATE inodes SET nlink = nlink + 1, ctime = ?2 WHERE ino = ?1", params![ino as i64, now])?;
        tx.execute("UPDATE inodes SET mtime = ?2, ctime = ?2 WHERE ino = ?1", params![newparent as i64, now])?;
        tx.commit()?;
        drop(db);
        self.get(ino)
    }

    /// Removes `parent/name` (a non-directory); the inode goes with its last link once closed.
    pub fn unlink(&self, parent: u64, name: &[u8], now: f64) -> Result<()> {
        let ino = {
            let mut db = self.db();
            let tx = db.transaction()?;
            let (ino, kind) = Self::entry(&tx, parent, name)?.ok_or(StorageError::NotFound)?;
            if Kind::from_code(kind) == Kind::Dir {
                return Err(StorageError::IsDir);
            }
            tx.execute("DELETE FROM dentries WHERE parent = ?1 AND name = ?2", params![parent as i64, name])?;
            tx.execute("UPDATE inodes SET nlink = nlink - 1, ctime = ?2 WHERE ino = ?1", params![ino, now])?;
            tx.execute("UPDATE inodes SET mtime = ?2, ctime = ?2 WHERE ino = ?1", params![parent as i64, now])?;
            tx.commit()?;
            ino as u64
        };
        self.destroy_if_unused(ino)
    }

    fn destroy_if_unused(&self, ino: u64) -> Result<()> {
        let open = self.open_files().contains_key(&ino);
        if !open && self.get(ino)?.nlink == 0 {
            self.destroy(ino)?;
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
        if tx.query_row("SELECT 1 FROM dentries WHERE parent = ?1 LIMIT 1", [ino], |_| Ok(())).optional()?.is_some() {
            return Err(StorageError::NotEmpty);
        }
        tx.execute("DELETE FROM dentries WHERE parent = ?1 AND name = ?2", params![parent as i64, name])?;
        tx.execute("DELETE FROM xattrs WHERE ino = ?1", [ino])?;
        tx.execute("DELETE FROM inodes WHERE ino = ?1", [ino])?;
        tx.execute("UPDATE inodes SET nlink = nlink - 1, mtime = ?2, ctime = ?2 WHERE ino = ?1", params![parent as i64, now])?;
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
            match tx.query_row("SELECT parent FROM dentries WHERE ino = ?1 LIMIT 1", [ino as i64], |r| r.get::<_, i64>(0)).optional()? {
                Some(p) => ino = p as u64,
                None => return Ok(false),
            }
        }
    }

    /// Renames `parent/name` to `newparent/newname`, replacing a compatible target;
    /// `no_replace` refuses an existing target, `exchange` swaps the two.
    pub fn rename(&self, parent: u64, name: &[u8], newparent: u64, newname: &[u8], no_replace: bool, exchange: bool, now: f64) -> Result<()> {
        check_name(newname)?;
        let mut replaced = None;
        {
            let mut db = self.db();
            let tx = db.transaction()?;
            Self::require_dir(&tx, newparent)?;
            let src = Self::entry(&tx, parent, name)?.ok_or(StorageError::NotFound)?;
            let dst = Self::entry(&tx, newparent, newname)?;
            let src_dir = Kind::from_code(src.1) == Kind::Dir;
            if src_dir && Self::is_ancestor(&tx, src.0 as u64, newparent)? {
                return Err(StorageError::Invalid);
            }
            if exchange {
                let dst = dst.ok_or(StorageError::NotFound)?;
                tx.execute("UPDATE dentries SET ino = ?3 WHERE parent = ?1 AND name = ?2", params![parent as i64, name, dst.0])?;
                tx.execute("UPDATE dentries SET ino = ?3 WHERE parent = ?1 AND name = ?2", params![newparent as i64, newname, src.0])?;
                let dst_dir = Kind::from_code(dst.1) == Kind::Dir;
                if parent != newparent && src_dir != dst_dir {
                    let (gain, lose) = if src_dir { (newparent, parent) } else { (parent, newparent) };
                    tx.execute("UPDATE inodes SET nlink = nlink + 1 WHERE ino = ?1", [gain as i64])?;
                    tx.execute("UPDATE inodes SET nlink = nlink - 1 WHERE ino = ?1", [lose as i64])?;
                }
            } else {
                if src.0 == dst.map(|d| d.0).unwrap_or(-1) {
                    return Ok(());
                }
                if let Some((dino, dkind)) = dst {
                    if no_replace {
                        return Err(StorageError::Exists);
                    }
                    let dst_dir = Kind::from_code(dkind) == Kind::Dir;
                    match (src_dir, dst_dir) {
                        (true, false) => return Err(StorageError::NotDir),
                        (false, true) => return Err(StorageError::IsDir),
                        (true, true) => {
                            if tx.query_row("SELECT 1 FROM dentries WHERE parent = ?1 LIMIT 1", [dino], |_| Ok(())).optional()?.is_some() {
                                return Err(StorageError::NotEmpty);
                            }
                            tx.execute("DELETE FROM inodes WHERE ino = ?1", [dino])?;
                            tx.execute("DELETE FROM xattrs WHERE ino = ?1", [dino])?;
                            tx.execute("UPDATE inodes SET nlink = nlink - 1 WHERE ino = ?1", [newparent as i64])?;
                        }
                        (false, false) => {
                            tx.execute("UPDATE inodes SET nlink = nlink - 1, ctime = ?2 WHERE ino = ?1", params![dino, now])?;
                            replaced = Some(dino as u64);
                        }
                    }
                    tx.execute("DELETE FROM dentries WHERE parent = ?1 AND name = ?2", params![newparent as i64, newname])?;
                }
                tx.execute("UPDATE dentries SET parent = ?3, name = ?4 WHERE parent = ?1 AND name = ?2", params![parent as i64, name, newparent as i64, newname])?;
                if src_dir && parent != newparent {
                    tx.execute("UPDATE inodes SET nlink = nlink - 1 WHERE ino = ?1", [parent as i64])?;
                    tx.execute("UPDATE inodes SET nlink = nlink + 1 WHERE ino = ?1", [newparent as i64])?;
                }
            }
            tx.execute("UPDATE inodes SET ctime = ?2 WHERE ino = ?1", params![src.0, now])?;
            tx.execute("UPDATE inodes SET mtime = ?3, ctime = ?3 WHERE ino IN (?1, ?2)", params![parent as i64, newparent as i64, now])?;
            tx.commit()?;
        }
        if let Some(ino) = replaced {
            self.destroy_if_unused(ino)?;
        }
        Ok(())
    }

    /// Directory entries after `offset` (entries are numbered from 1).
    pub fn readdir(&self, ino: u64, offset: u64) -> Result<Vec<DirEntry>> {
        let db = self.db();
        Self::require_dir(&db, ino)?;
        let mut stmt = db.prepare("SELECT d.ino, i.kind, d.name FROM dentries d JOIN inodes i ON i.ino = d.ino WHERE d.parent = ?1 ORDER BY d.name LIMIT -1 OFFSET ?2")?;
        let rows = stmt.query_map(params![ino as i64, offset as i64], |r| Ok((r.get::<_, i64>(0)? as u64, Kind::from_code(r.get(1)?), r.get::<_, Vec<u8>>(2)?)))?;
        let mut out = Vec::new();
        for (i, r) in rows.enumerate() {
            let (ino, kind, name) = r?;
            out.push(DirEntry { position: offset + i as u64 + 1, ino, kind, name });
        }
        Ok(out)
    }

    /// The parent directory of `ino` (for `..`).
    pub fn parent_of(&self, ino: u64) -> Result<u64> {
        if ino == ROOT {
            return Ok(ROOT);
        }
        self.db().query_row("SELECT parent FROM dentries WHERE ino = ?1 LIMIT 1", [ino as i64], |r| r.get::<_, i64>(0)).optional()?.map(|p| p as u64).ok_or(StorageError::NotFound)
    }

    pub fn set_attr(&self, ino: u64, set: &SetAttr, now: f64) -> Result<Inode> {
        self.persist(ino)?;
        let before = self.get(ino)?;
        if let Some(size) = set.size {
            if before.kind == Kind::Dir {
                return Err(StorageError::IsDir);
            }
            if before.kind == Kind::File {
                let f = self.file(ino)?;
                f.set_len(size)?;
                if let Some(o) = self.open_files().get_mut(&ino) {
                    o.size = size;
                }
            }
        }
        self.db().execute(
            "UPDATE inodes SET perm = ?2, uid = ?3, gid = ?4, size = ?5, atime = ?6, mtime = ?7, ctime = ?8 WHERE ino = ?1",
            params![
                ino as i64,
                set.perm.map(|p| p & 0o7777).unwrap_or(before.perm),
                set.uid.unwrap_or(before.uid),
                set.gid.unwrap_or(before.gid),
                set.size.unwrap_or(before.size) as i64,
                set.atime.unwrap_or(before.atime),
                set.mtime.or(set.size.map(|_| now)).unwrap_or(before.mtime),
                now
            ],
        )?;
        self.get(ino)
    }

    /// The data file of `ino`, from the open set if it is open.
    fn file(&self, ino: u64) -> Result<Arc<File>> {
        if let Some(o) = self.open_files().get(&ino) {
            return Ok(o.file.clone());
        }
        Ok(Arc::new(OpenOptions::new().read(true).write(true).create(true).truncate(false).open(self.data_path(ino))?))
    }

    /// Counts an open of `ino`; its data file stays open until the matching `release`.
    pub fn open_file(&self, ino: u64) -> Result<()> {
        if let Some(o) = self.open_files().get_mut(&ino) {
            o.count += 1;
            return Ok(());
        }
        let inode = self.get(ino)?;
        let f = OpenOptions::new().read(true).write(true).create(true).truncate(false).open(self.data_path(ino))?;
        let mut open = self.open_files();
        match open.get_mut(&ino) {
            Some(o) => o.count += 1,
            None => drop(open.insert(ino, OpenFile { file: Arc::new(f), count: 1, size: inode.size, mtime: inode.mtime, atime: inode.atime, dirty: false })),
        }
        Ok(())
    }

    /// Ends one open. The last close flushes data and metadata (close-to-open consistency, like
    /// NFS) and removes the inode if it has no links left.
    pub fn release(&self, ino: u64) -> Result<()> {
        let file = match self.open_files().get_mut(&ino) {
            Some(o) if o.count > 1 => {
                o.count -= 1;
                return Ok(());
            }
            Some(o) => o.file.clone(),
            None => return Ok(()),
        };
        file.sync_data()?;
        self.persist(ino)?;
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

    pub fn read(&self, ino: u64, offset: u64, size: u32, now: f64) -> Result<Vec<u8>> {
        let cached = self.open_files().get(&ino).map(|o| o.size);
        let file_size = match cached {
            Some(s) => s,
            None => {
                let inode = self.get(ino)?;
                if inode.kind == Kind::Dir {
                    return Err(StorageError::IsDir);
                }
                inode.size
            }
        };
        let end = file_size.min(offset.saturating_add(size as u64));
        let mut buf = vec![0u8; end.saturating_sub(offset) as usize];
        let f = self.file(ino)?;
        let mut done = 0;
        while done < buf.len() {
            let n = f.read_at(&mut buf[done..], offset + done as u64)?;
            if n == 0 {
                break; // sparse tail: zeros
            }
            done += n;
        }
        match self.open_files().get_mut(&ino) {
            Some(o) => {
                o.atime = now;
                o.dirty = true;
            }
            None => drop(self.db().execute("UPDATE inodes SET atime = ?2, last_access = ?2 WHERE ino = ?1", params![ino as i64, now])?),
        }
        Ok(buf)
    }

    pub fn write(&self, ino: u64, offset: u64, data: &[u8], now: f64) -> Result<u32> {
        if data.is_empty() {
            return Ok(0); // a zero-length write changes nothing, not even the size
        }
        let f = self.file(ino)?;
        f.write_all_at(data, offset)?;
        let end = offset + data.len() as u64;
        match self.open_files().get_mut(&ino) {
            Some(o) => {
                o.size = o.size.max(end);
                o.mtime = now;
                o.dirty = true;
            }
            None => drop(self.db().execute("UPDATE inodes SET size = MAX(size, ?2), mtime = ?3, ctime = ?3, last_access = ?3 WHERE ino = ?1", params![ino as i64, end as i64, now])?),
        }
        Ok(data.len() as u32)
    }

    /// Makes the data and metadata of `ino` durable.
    pub fn fsync(&self, ino: u64) -> Result<()> {
        self.file(ino)?.sync_all()?;
        self.persist(ino)?;
        self.db().execute_batch("PRAGMA wal_checkpoint(PASSIVE)")?;
        Ok(())
    }

    pub fn set_xattr(&self, ino: u64, name: &[u8], value: &[u8], create_only: bool, replace_only: bool) -> Result<()> {
        let db = self.db();
        let exists = db.query_row("SELECT 1 FROM xattrs WHERE ino = ?1 AND name = ?2", params![ino as i64, name], |_| Ok(())).optional()?.is_some();
        if create_only && exists {
            return Err(StorageError::Exists);
        }
        if replace_only && !exists {
            return Err(StorageError::NoAttr);
        }
        db.execute("INSERT INTO xattrs (ino, name, value) VALUES (?1, ?2, ?3) ON CONFLICT(ino, name) DO UPDATE SET value = excluded.value", params![ino as i64, name, value])?;
        Ok(())
    }

    pub fn get_xattr(&self, ino: u64, name: &[u8]) -> Result<Vec<u8>> {
        self.db().query_row("SELECT value FROM xattrs WHERE ino = ?1 AND name = ?2", params![ino as i64, name], |r| r.get(0)).optional()?.ok_or(StorageError::NoAttr)
    }

    pub fn list_xattrs(&self, ino: u64) -> Result<Vec<Vec<u8>>> {
        let db = self.db();
        let mut stmt = db.prepare("SELECT name FROM xattrs WHERE ino = ?1 ORDER BY name")?;
        let names = stmt.query_map([ino as i64], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(names)
    }

    pub fn remove_xattr(&self, ino: u64, name: &[u8]) -> Result<()> {
        match self.db().execute("DELETE FROM xattrs WHERE ino = ?1 AND name = ?2", params![ino as i64, name])? {
            0 => Err(StorageError::NoAttr),
            _ => Ok(()),
        }
    }

    /// Metered bytes per EFS rules: (files + directories total, inode count).
    pub fn metered(&self) -> Result<(u64, u64)> {
        let db = self.db();
        let mut stmt = db.prepare("SELECT i.kind, i.size, (SELECT COUNT(*) FROM dentries d WHERE d.parent = i.ino) FROM inodes i WHERE i.nlink > 0")?;
        let mut total = 0;
        let mut count = 0;
        for r in stmt.query_map([], |r| Ok((Kind::from_code(r.get(0)?), r.get::<_, i64>(1)? as u64, r.get::<_, i64>(2)? as u64)))? {
            let (kind, size, entries) = r?;
            total += if kind == Kind::Dir { metering::dir_bytes(entries) } else { metering::file_bytes(size) };
            count += 1;
        }
        Ok((total, count))
    }

    /// The saved burst-credit balance and the time it was taken, if any.
    pub fn load_credits(&self) -> Result<Option<(f64, f64)>> {
        Ok(self.db().query_row("SELECT balance, last FROM throughput WHERE id = 1", [], |r| Ok((r.get(0)?, r.get(1)?))).optional()?)
    }

    pub fn save_credits(&self, balance: f64, at: f64) -> Result<()> {
        self.db().execute("INSERT INTO throughput (id, balance, last) VALUES (1, ?1, ?2) ON CONFLICT(id) DO UPDATE SET balance = excluded.balance, last = excluded.last", params![balance, at])?;
        Ok(())
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn connection(&self) -> MutexGuard<'_, Connection> {
        self.db()
    }
}
