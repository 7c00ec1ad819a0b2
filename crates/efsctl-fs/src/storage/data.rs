//! File contents and open files: opening, reading, writing, truncating, flushing and syncing
//! the data of regular files, and the background sync of closed files' data (`Syncer`). An
//! open file's newer size and times are journaled as each write is answered.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};
use std::time::Duration;

use efsctl_core::lifecycle::Tier;

use super::*;

/// Syncs the data files of closed files to disk behind the closes. A close does not wait for
/// it (its data is in the page cache, which survives kill -9), yet what a client closed is on
/// disk soon after, as EFS keeps it. Waiting for each file's fdatasync made `cp -r` of 7,918
/// headers (130 MB) through a mount take 3.7–3.9 s; syncing each behind the close, 2.8–3.0 s
/// (every sync is a commit of the disk's journal, which writes wait for); closes gathered for
/// `SYNC_DELAY` and synced with one `syncfs`, 2.1–2.3 s (no sync at all: 1.8 s).
pub(super) struct Syncer {
    pending: Mutex<Vec<Arc<File>>>,
    /// A thread is draining `pending`.
    pub(super) running: AtomicBool,
    disk: Arc<dyn Disk>,
    /// How long a closed file waits for the closes that follow it (`SYNC_DELAY`).
    delay: Duration,
}

/// How long closed files' data waits to be synced with the closes that follow it.
const SYNC_DELAY: Duration = Duration::from_millis(100);

impl Syncer {
    pub(super) fn new(disk: Arc<dyn Disk>) -> Self {
        Syncer { pending: Mutex::default(), running: AtomicBool::new(false), disk, delay: SYNC_DELAY }
    }

    /// A syncer that syncs as soon as it can (tests that wait for it).
    #[cfg(test)]
    pub(super) fn immediate(disk: Arc<dyn Disk>) -> Self {
        Syncer { delay: Duration::ZERO, ..Syncer::new(disk) }
    }

    pub(super) fn pending(&self) -> MutexGuard<'_, Vec<Arc<File>>> {
        self.pending.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Queues `file`; starts a thread to drain the queue unless one is running.
    pub(super) fn push(self: &Arc<Self>, file: Arc<File>, dir: &Path) {
        self.pending().push(file);
        if self.running.swap(true, Ordering::AcqRel) {
            return;
        }
        let (syncer, dir) = (self.clone(), dir.to_path_buf());
        if std::thread::Builder::new().name("efs-sync".into()).spawn(move || syncer.drain(&dir)).is_err() {
            self.running.store(false, Ordering::Release); // the next close tries again
        }
    }

    pub(super) fn drain(&self, dir: &Path) {
        loop {
            std::thread::sleep(self.delay);
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
                [file] => self.disk.sync(file),
                _ => self.disk.sync_all(dir),
            };
            if let Err(e) = synced {
                tracing::warn!(dir = %dir.display(), "syncing closed files' data: {e} (it stays in the page cache until written back)");
            }
        }
    }
}

pub(super) struct OpenFile {
    pub(super) form: Form,
    pub(super) count: u32,
    pub(super) size: u64,
    pub(super) mtime: f64,
    pub(super) atime: f64,
    pub(super) dirty: bool,
    /// Data written since the last sync: a close with nothing written needs no fdatasync.
    pub(super) unsynced: bool,
    /// Held by reads (shared) and truncates (exclusive): a read takes the size and reads the
    /// data under it, so a truncate between the two cannot make it zero-fill a file's bytes.
    pub(super) resize: Arc<RwLock<()>>,
}

impl OpenFile {
    /// A first open of data in `form`, with the file's size and times.
    pub(super) fn new(form: Form, size: u64, mtime: f64, atime: f64) -> Self {
        OpenFile { form, count: 1, size, mtime, atime, dirty: false, unsynced: false, resize: Arc::default() }
    }
}

impl Storage {
    pub(super) fn open_files(&self) -> MutexGuard<'_, HashMap<u64, OpenFile>> {
        self.open.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Writes an open file's in-memory size and times to the metadata.
    pub(super) fn persist(&self, ino: u64) -> Result<()> {
        self.persist_held(&mut self.open_files(), ino)
    }

    /// `persist` with the open-files lock held by the caller: held until written, or two
    /// persists racing could store an older size last.
    pub(super) fn persist_held(&self, open: &mut HashMap<u64, OpenFile>, ino: u64) -> Result<()> {
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

    /// Opens the data of `ino` in the form its tier names; `size` is the committed size (an
    /// empty Standard file may have no data file).
    pub(super) fn load_form(&self, ino: u64, tier: Tier, size: u64) -> Result<Form> {
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
    pub(super) fn current(&self, ino: u64) -> Result<(Inode, Form)> {
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
    pub(super) fn held_open<T>(&self, ino: u64, f: impl FnOnce() -> Result<T>) -> Result<T> {
        self.open_file(ino)?;
        let result = f();
        let released = self.release(ino);
        let value = result?;
        released?;
        Ok(value)
    }

    /// The gate of an open file that truncates take exclusively and reads and writes shared.
    pub(super) fn resize_gate(&self, ino: u64) -> Option<Arc<RwLock<()>>> {
        self.open_files().get(&ino).map(|o| o.resize.clone())
    }

    /// The plain data file of an open file. Cold forms are not written in place: a write or
    /// truncate first moves the file back to Standard; an empty file gets its data file.
    pub(super) fn plain(&self, ino: u64) -> Result<Arc<File>> {
        for _ in 0..2 {
            let form = self.open_files().get(&ino).map(|o| o.form.clone());
            match form {
                Some(Form::Plain(f)) => return Ok(f),
                Some(Form::Cold(..)) => self.promote(ino)?,
                Some(Form::Empty) => {
                    self.dataless().remove(&ino);
                    // Made outside the lock; two racing writers open the same file.
                    let file = self.disk().create(&self.form_path(ino, Tier::Standard))?;
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
            self.disk().sync(&file)?;
        }
        self.persist(ino)
    }

    /// The data file of `ino` if written since it was last synced (then counted as synced).
    pub(super) fn take_unsynced(&self, ino: u64) -> Option<Arc<File>> {
        let mut open = self.open_files();
        let o = open.get_mut(&ino).filter(|o| o.unsynced)?;
        o.unsynced = false;
        match &o.form {
            Form::Plain(f) => Some(f.clone()),
            _ => None,
        }
    }

    /// Reads into `buf` from `offset` (fewer bytes at the end of the file): how many, and which
    /// class served them. A read of cold data is counted for access charges; whether it moves
    /// the file back to Standard is the lifecycle policy's call (`promote`).
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
        self.disk().write_at(&file, data, offset)?;
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
            self.disk().sync(&file)?;
        }
        self.persist(ino)?;
        self.sync_meta()
    }
}
