//! The steps of the storage engine that crash safety rests on, behind one small trait: making,
//! writing, syncing, renaming and removing data files, syncing the file system, and the two
//! changes that are not file operations — appending a journal record and committing a
//! checkpoint to SQLite. `Os` does them; a test implementation cuts an operation at any step
//! (`crash_tests`), as redb and mountpoint-s3 test theirs.

use std::fs::{File, OpenOptions};
use std::io;
use std::os::fd::AsRawFd;
use std::os::unix::fs::FileExt;
use std::path::Path;

/// A change of stored state that is not a file operation: where a crash can fall between two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Commit {
    /// An operation's record is about to be stored into the journal's mapping.
    JournalRecord,
    /// A checkpoint's SQLite transaction is about to be committed.
    Checkpoint,
}

pub trait Disk: Send + Sync {
    /// Opens `path` for reading and writing, creating it if it does not exist.
    fn create(&self, path: &Path) -> io::Result<File>;
    fn write_at(&self, file: &File, data: &[u8], offset: u64) -> io::Result<()>;
    /// `fdatasync`: the file's data and size are on disk.
    fn sync(&self, file: &File) -> io::Result<()>;
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    /// Removes `path`; one already gone is not an error (recovery may have removed it).
    fn remove(&self, path: &Path) -> io::Result<()>;
    /// `syncfs`: everything written to the file system holding `dir` is on disk (one call for a
    /// batch of files instead of one sync each).
    fn sync_all(&self, dir: &Path) -> io::Result<()>;
    /// Called before `what` happens; an error stops it.
    fn commit(&self, what: Commit) -> io::Result<()>;
}

/// The operating system's file operations.
pub struct Os;

impl Disk for Os {
    fn create(&self, path: &Path) -> io::Result<File> {
        OpenOptions::new().read(true).write(true).create(true).truncate(false).open(path)
    }

    fn write_at(&self, file: &File, data: &[u8], offset: u64) -> io::Result<()> {
        file.write_all_at(data, offset)
    }

    fn sync(&self, file: &File) -> io::Result<()> {
        file.sync_data()
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        std::fs::rename(from, to)
    }

    fn remove(&self, path: &Path) -> io::Result<()> {
        match std::fs::remove_file(path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    fn sync_all(&self, dir: &Path) -> io::Result<()> {
        let d = File::open(dir)?;
        // SAFETY: syncfs takes a valid open descriptor; failure is reported through the return value.
        if unsafe { libc::syncfs(d.as_raw_fd()) } != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }

    fn commit(&self, _what: Commit) -> io::Result<()> {
        Ok(())
    }
}
