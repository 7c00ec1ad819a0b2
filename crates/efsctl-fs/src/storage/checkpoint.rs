//! Metadata operations and their durability: each runs against the in-memory tables and
//! stands once its changes are in the journal (`change`); checkpoints write the changed rows to
//! SQLite in one transaction and empty a log; `load` reads SQLite back at open. The schema and
//! the burst-credit record of the file system live here too.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};

use efsctl_core::lifecycle::{Tier, TieringCounters};
use rusqlite::{Connection, params};

use super::journal::{self, Journal};
use super::meta::{self, Change, Meta, Row, Tx};
use super::*;

pub(super) const SCHEMA: &[&str] = &["
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
", "
    -- Burst credits are the emulator's (fs/<id>/credits.json), not the file system's.
    DROP TABLE IF EXISTS throughput;
"];

/// What operations share with a checkpoint running in the background.
pub(super) struct Shared {
    pub(super) state: Mutex<State>,
    pub(super) db: Mutex<Connection>,
    /// Held through a checkpoint: one at a time.
    pub(super) checkpointing: Mutex<()>,
    /// A background checkpoint is started and not finished.
    pub(super) scheduled: AtomicBool,
    /// Does the steps crash safety rests on.
    pub(super) disk: Arc<dyn Disk>,
}

/// The served metadata and the journal that makes its changes durable, changed together.
pub(super) struct State {
    pub(super) meta: Meta,
    pub(super) journal: Journal,
}

/// Journal bytes after which a background checkpoint starts (some 50,000 operations): a burst
/// of metadata work is not slowed by SQLite writing beside it, and a file made and removed
/// between two checkpoints costs SQLite nothing but a lookup.
pub(super) const CHECKPOINT_BYTES: usize = 8 << 20;

impl Shared {
    pub(super) fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(super) fn db(&self) -> MutexGuard<'_, Connection> {
        self.db.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Writes the last image of each key the active log's records change to SQLite, then
    /// empties that log. Operations go on meanwhile, into the other log.
    pub(super) fn checkpoint(&self) -> Result<()> {
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
        self.disk.commit(Commit::Checkpoint)?;
        store(&mut self.db(), &changes, covered)?;
        self.state().journal.reset(old);
        Ok(())
    }

    /// A checkpoint with operations held (the caller holds the state): afterwards SQLite holds
    /// every row and both logs are empty.
    pub(super) fn checkpoint_held(&self, state: &mut State) -> Result<()> {
        let changes = last_images(state.journal.all_records().into_iter().flat_map(|(_, c)| c));
        self.disk.commit(Commit::Checkpoint)?;
        store(&mut self.db(), &changes, state.journal.next_seq())?;
        state.journal.reset_all();
        Ok(())
    }
}

/// The last image of each key `changes` (in order) set: what SQLite must hold of them, in key
/// order (neighbouring rows share pages, so SQLite writes each page once).
pub(super) fn last_images(changes: impl IntoIterator<Item = Change>) -> Vec<Change> {
    let mut last = std::collections::BTreeMap::new();
    for change in changes {
        last.insert(meta::key_of(&change), change);
    }
    last.into_values().collect()
}

/// Writes row images to SQLite with the first journal record they do not cover, durably (the
/// logs holding them are reused next).
pub(super) fn store(db: &mut Connection, changes: &[Change], covered: u64) -> Result<()> {
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
pub(super) fn load(db: &Connection) -> Result<(Meta, u64)> {
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

/// Runs `f` with `synchronous=FULL`, so what it commits is on disk when it returns.
pub(super) fn durably<T>(db: &mut Connection, f: impl FnOnce(&mut Connection) -> Result<T>) -> Result<T> {
    db.pragma_update(None, "synchronous", "FULL")?;
    let result = f(db);
    db.pragma_update(None, "synchronous", "NORMAL")?;
    result
}

/// glibc keeps memory freed by a big one-off job (a checkpoint, fsck's second copy of the
/// metadata); give it back, or the daemon stays as big as the largest one made it.
pub(super) fn give_back_free_memory() {
    #[cfg(target_env = "gnu")]
    // SAFETY: malloc_trim only releases free memory.
    unsafe {
        libc::malloc_trim(0);
    }
}

impl Storage {
    pub(super) fn state(&self) -> MutexGuard<'_, State> {
        self.shared.state()
    }

    /// Runs one metadata operation: `f` changes the tables through `tx` (everything it changed
    /// is put back if it fails), then its changes are journaled, and it stands. A full journal
    /// waits for a checkpoint and runs `f` again.
    pub(super) fn change<T>(&self, mut f: impl FnMut(&mut Tx) -> Result<T>) -> Result<T> {
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
            self.disk().commit(Commit::JournalRecord)?;
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
    pub(super) fn schedule_checkpoint(&self) {
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
    pub(super) fn sync_meta(&self) -> Result<()> {
        let files = self.state().journal.files();
        for f in files {
            self.disk().sync(&f)?;
        }
        Ok(())
    }

    /// Checkpoints with operations held and reads SQLite back: `true` when it holds exactly
    /// the metadata served (what fsck checks of the store).
    pub(super) fn store_matches(&self) -> Result<bool> {
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
