//! File-system semantics over `storage` for one mount: POSIX permissions with the caller's
//! (or the access point's) identity, root squash and read-only from the file-system policy,
//! access-point root confinement (`..` of the mount's root, the names a mount can give a
//! directory), the create that opens a file another mount made, I/O counters for metering and
//! metrics, and the throttle hook the throughput model plugs into. The FUSE adapter calls these
//! and never `storage` itself.
//!
//! A few methods serve the adapter's upkeep of the kernel's caches rather than a client's
//! request (`peek`, `name_of`, `each_name_in`, `space_used`): they check no permission and count
//! no operation, as the client asked for nothing.

pub mod permissions;
#[cfg(test)]
pub(crate) mod testing;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::storage::{DirEntry, Inode, Kind, NewInode, ROOT, RenameMode, SetAttr, Storage, StorageError};
use efsctl_core::clock::Clock;
use efsctl_core::lifecycle::{Policy, Tier};
pub use permissions::{Groups, Identity};
use permissions::{R, W, X, allowed, may_remove_from};

/// What `Vfs::make` creates.
pub enum Make<'a> {
    /// A directory, fifo, socket or device node, from its mode bits before the umask.
    Node { kind: Kind, mode: u32, umask: u32, rdev: u32 },
    /// A symbolic link to `target`.
    Symlink(&'a [u8]),
}

/// The user EFS maps root to when the policy withholds ClientRootAccess.
pub const NOBODY: u32 = 65534;

/// An errno for the kernel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Errno(pub i32);

impl From<StorageError> for Errno {
    fn from(e: StorageError) -> Self {
        Errno(match e {
            StorageError::NotFound => libc::ENOENT,
            StorageError::Stale => libc::ESTALE,
            StorageError::Exists => libc::EEXIST,
            StorageError::NotEmpty => libc::ENOTEMPTY,
            StorageError::NotDir => libc::ENOTDIR,
            StorageError::IsDir => libc::EISDIR,
            StorageError::NameTooLong => libc::ENAMETOOLONG,
            StorageError::Invalid => libc::EINVAL,
            StorageError::NoAttr => libc::ENODATA,
            StorageError::Io(e) => e.raw_os_error().unwrap_or(libc::EIO),
            StorageError::Db(rusqlite::Error::SqliteFailure(f, _)) if f.code == rusqlite::ErrorCode::DiskFull => {
                libc::ENOSPC
            }
            StorageError::Db(err) => {
                tracing::error!("metadata store error: {err}");
                libc::EIO
            }
        })
    }
}

pub type VfsResult<T> = Result<T, Errno>;

/// How one mount sees the file system.
#[derive(Debug, Clone)]
pub struct MountContext {
    pub read_only: bool,
    /// Map uid 0 to nobody (the policy does not grant ClientRootAccess).
    pub squash_root: bool,
    /// The access point's enforced identity, replacing the caller's.
    pub enforced: Option<Identity>,
    /// Storage inode of the mount's root directory (an access point's root, or the real root).
    pub root: u64,
}

/// Bytes and operations served, shared by every mount of a file system.
#[derive(Debug, Default)]
pub struct IoCounters {
    pub read_bytes: AtomicU64,
    pub write_bytes: AtomicU64,
    pub read_ops: AtomicU64,
    pub write_ops: AtomicU64,
    /// Metadata operations that only look (lookup, getattr, readdir, readlink, getxattr…).
    pub metadata_read_ops: AtomicU64,
    /// Metadata operations that change something (create, unlink, rename, setattr, setxattr…).
    pub metadata_write_ops: AtomicU64,
    /// The smallest and largest read and write since the sampler last took them.
    pub reads: Extremes,
    pub writes: Extremes,
}

/// The smallest and largest size seen since the last `take`, for the `Minimum` and `Maximum`
/// of the I/O metrics (EFS reports the smallest and largest operation of each period).
#[derive(Debug, Default)]
pub struct Extremes {
    /// The smallest size plus one; 0 while nothing was seen.
    smallest_plus_one: AtomicU64,
    largest: AtomicU64,
}

impl Extremes {
    pub fn record(&self, size: u64) {
        let _ = self
            .smallest_plus_one
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |c| (c == 0 || size + 1 < c).then_some(size + 1));
        self.largest.fetch_max(size, Ordering::Relaxed);
    }

    /// The smallest and largest since the last call, if anything was seen; starts over.
    pub fn take(&self) -> Option<(u64, u64)> {
        let smallest = self.smallest_plus_one.swap(0, Ordering::Relaxed);
        let largest = self.largest.swap(0, Ordering::Relaxed);
        (smallest > 0).then(|| (smallest - 1, largest))
    }
}

/// Whether a metadata operation looks or changes: EFS meters them as metadata reads or writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meta {
    Read,
    Write,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Io {
    Read,
    /// A read of data in IA or Archive.
    ColdRead,
    Write,
}

/// Admits or delays each operation; the throughput model implements it.
pub trait Throttle: Send + Sync {
    /// How long to hold the reply to an I/O of `bytes`.
    fn admit(&self, io: Io, bytes: u64) -> Duration;
    /// Accounts one metadata operation (EFS meters and limits them too).
    fn metadata(&self, kind: Meta);
    /// How long to hold the reply to a metadata operation now: until the file system has
    /// carried what was admitted before it, plus Max I/O's extra latency.
    fn metadata_wait(&self) -> Duration;
    /// What injected faults do to a read or write (`write`) before it happens: extra delay, or
    /// an error. It may block, as a hard NFS mount waits for a server that does not answer.
    fn inject(&self, _write: bool) -> Result<Duration, Errno> {
        Ok(Duration::ZERO)
    }
}

/// A time `setattr` sets: the file system's now (`touch`, UTIME_NOW) or a given one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SetTime {
    Now,
    At(f64),
}

/// What a `setattr` changes.
#[derive(Debug, Clone, Default)]
pub struct Change {
    pub perm: Option<u32>,
    pub uid: Option<u32>,
    pub gid: Option<u32>,
    pub size: Option<u64>,
    pub atime: Option<SetTime>,
    pub mtime: Option<SetTime>,
    /// The truncation comes through a descriptor open for writing (`ftruncate`), which its
    /// open already checked.
    pub through_open_file: bool,
}

pub struct Vfs {
    /// Private: the adapter reaches storage only through these semantics.
    storage: Arc<Storage>,
    pub mount: MountContext,
    pub counters: Arc<IoCounters>,
    pub throttle: Arc<dyn Throttle>,
    clock: Arc<dyn Clock>,
    /// The file system's lifecycle configuration (its owner changes it): whether reading cold
    /// data moves it back to Standard.
    lifecycle: Arc<Mutex<Policy>>,
}

/// Entries read from storage at a time when listing: the storage's lock is held for one batch.
/// A FUSE reply holds about a hundred, more with long buffers, and reads another batch if it has
/// room.
pub const LIST_BATCH: u32 = 256;

const EACCES: Errno = Errno(libc::EACCES);
const EPERM: Errno = Errno(libc::EPERM);
const EROFS: Errno = Errno(libc::EROFS);

impl Vfs {
    pub fn new(
        storage: Arc<Storage>,
        mount: MountContext,
        counters: Arc<IoCounters>,
        throttle: Arc<dyn Throttle>,
        clock: Arc<dyn Clock>,
        lifecycle: Arc<Mutex<Policy>>,
    ) -> Self {
        Vfs { storage, mount, counters, throttle, clock, lifecycle }
    }

    fn now(&self) -> f64 {
        self.clock.now()
    }

    /// The identity the file system sees for a caller.
    pub fn identity(&self, caller: Identity) -> Identity {
        if let Some(id) = &self.mount.enforced {
            return id.clone();
        }
        if self.mount.squash_root && caller.uid == 0 {
            return Identity { uid: NOBODY, gid: NOBODY, groups: Groups::Known(vec![]) };
        }
        caller
    }

    fn meta(&self, kind: Meta) {
        let counter = match kind {
            Meta::Read => &self.counters.metadata_read_ops,
            Meta::Write => &self.counters.metadata_write_ops,
        };
        counter.fetch_add(1, Ordering::Relaxed);
        self.throttle.metadata(kind);
    }

    /// How long to hold the reply to a metadata operation.
    pub fn metadata_wait(&self) -> Duration {
        self.throttle.metadata_wait()
    }

    fn writable(&self) -> VfsResult<()> {
        if self.mount.read_only { Err(EROFS) } else { Ok(()) }
    }

    fn need(&self, inode: &Inode, id: &Identity, mask: u32) -> VfsResult<()> {
        if allowed(inode, id, mask) { Ok(()) } else { Err(EACCES) }
    }

    pub fn getattr(&self, ino: u64) -> VfsResult<Inode> {
        self.meta(Meta::Read);
        Ok(self.storage.get(ino)?)
    }

    pub fn lookup(&self, parent: u64, name: &[u8], id: &Identity) -> VfsResult<Inode> {
        self.meta(Meta::Read);
        let dir = self.storage.get(parent)?;
        self.need(&dir, id, X)?;
        Ok(self.storage.lookup(parent, name)?)
    }

    pub fn access(&self, ino: u64, mask: u32, id: &Identity) -> VfsResult<()> {
        self.meta(Meta::Read);
        if mask & W != 0 {
            self.writable()?;
        }
        self.need(&self.storage.get(ino)?, id, mask)
    }

    /// Creates an entry; the new inode belongs to the caller (group from a setgid parent).
    pub fn make(&self, parent: u64, name: &[u8], what: Make, id: &Identity) -> VfsResult<Inode> {
        let (new, target) = match what {
            Make::Node { kind, mode, umask, rdev } => (self.new_inode(parent, kind, mode, umask, rdev, id)?, None),
            Make::Symlink(target) => (self.new_inode(parent, Kind::Symlink, 0o777, 0, 0, id)?, Some(target)),
        };
        Ok(self.storage.create(parent, name, new, target, self.now())?)
    }

    /// Creates a regular file and opens it with the open(2) `flags` (FUSE's create). The kernel
    /// creates only names it does not know, and another mount may have made the name meanwhile:
    /// without `O_EXCL` that file is opened (and truncated if asked), as an NFS client's
    /// unchecked create does, instead of failing with EEXIST, which POSIX never allows.
    pub fn create(
        &self,
        parent: u64,
        name: &[u8],
        mode: u32,
        umask: u32,
        flags: i32,
        id: &Identity,
    ) -> VfsResult<Inode> {
        let made = self
            .new_inode(parent, Kind::File, mode, umask, 0, id)
            .and_then(|new| Ok(self.storage.create_open(parent, name, new, self.now())?));
        match made {
            Err(Errno(libc::EEXIST)) if flags & libc::O_EXCL == 0 => {
                let existing = self.lookup(parent, name, id)?;
                if existing.kind != Kind::File {
                    return Err(Errno(libc::EEXIST));
                }
                self.open(existing.ino, flags, id)?;
                self.getattr(existing.ino)
            }
            made => made,
        }
    }

    fn new_inode(
        &self,
        parent: u64,
        kind: Kind,
        mode: u32,
        umask: u32,
        rdev: u32,
        id: &Identity,
    ) -> VfsResult<NewInode> {
        self.meta(Meta::Write);
        self.writable()?;
        let dir = self.storage.get(parent)?;
        self.need(&dir, id, W | X)?;
        let setgid_dir = dir.perm & 0o2000 != 0;
        let gid = if setgid_dir { dir.gid } else { id.gid };
        let mut perm = if kind == Kind::Symlink { 0o777 } else { mode & !umask & 0o7777 };
        if kind == Kind::Dir && setgid_dir {
            perm |= 0o2000;
        }
        Ok(NewInode { kind, perm, uid: id.uid, gid, rdev })
    }

    pub fn readlink(&self, ino: u64) -> VfsResult<Vec<u8>> {
        self.meta(Meta::Read);
        Ok(self.storage.readlink(ino)?)
    }

    /// The inode `parent/name` names, if `id` may remove (or move) that entry.
    fn removable(&self, parent: u64, name: &[u8], id: &Identity) -> VfsResult<Inode> {
        self.writable()?;
        let dir = self.storage.get(parent)?;
        self.need(&dir, id, W | X)?;
        let entry = self.storage.lookup(parent, name)?;
        if may_remove_from(&dir, &entry, id) { Ok(entry) } else { Err(EPERM) }
    }

    pub fn unlink(&self, parent: u64, name: &[u8], id: &Identity) -> VfsResult<()> {
        self.meta(Meta::Write);
        self.removable(parent, name, id)?;
        Ok(self.storage.unlink(parent, name, self.now())?)
    }

    pub fn rmdir(&self, parent: u64, name: &[u8], id: &Identity) -> VfsResult<()> {
        self.meta(Meta::Write);
        if self.removable(parent, name, id)?.ino == self.mount.root {
            return Err(Errno(libc::EBUSY));
        }
        Ok(self.storage.rmdir(parent, name, self.now())?)
    }

    pub fn rename(
        &self,
        parent: u64,
        name: &[u8],
        newparent: u64,
        newname: &[u8],
        flags: u32,
        id: &Identity,
    ) -> VfsResult<()> {
        self.meta(Meta::Write);
        // A directory moving to another parent has its `..` rewritten: Linux asks for write
        // access to it as well.
        let moving = self.removable(parent, name, id)?;
        if moving.kind == Kind::Dir && parent != newparent {
            self.need(&moving, id, W)?;
        }
        let target_dir = self.storage.get(newparent)?;
        self.need(&target_dir, id, W | X)?;
        if let Ok(existing) = self.storage.lookup(newparent, newname)
            && !may_remove_from(&target_dir, &existing, id)
        {
            return Err(EPERM);
        }
        let mode = if flags & libc::RENAME_EXCHANGE != 0 {
            RenameMode::Exchange
        } else if flags & libc::RENAME_NOREPLACE != 0 {
            RenameMode::NoReplace
        } else {
            RenameMode::Replace
        };
        Ok(self.storage.rename((parent, name), (newparent, newname), mode, self.now())?)
    }

    pub fn link(&self, ino: u64, newparent: u64, newname: &[u8], id: &Identity) -> VfsResult<Inode> {
        self.meta(Meta::Write);
        self.writable()?;
        self.need(&self.storage.get(newparent)?, id, W | X)?;
        Ok(self.storage.link(ino, newparent, newname, self.now())?)
    }

    /// Changes attributes with Linux's rules for who may change what (`chown_ok`,
    /// `setattr_prepare`): the owner (or root) sets modes, times and its own group; anyone who
    /// may write sets the times to now and truncates; a chown only root makes.
    pub fn setattr(&self, ino: u64, change: Change, id: &Identity) -> VfsResult<Inode> {
        self.meta(Meta::Write);
        self.writable()?;
        let inode = self.storage.get(ino)?;
        let owner = id.is_root() || id.uid == inode.uid;
        if let Some(p) = change.perm
            && !owner
        {
            // What the kernel sends when a write by someone else drops setuid/setgid.
            let only_clears_privileges = p & !0o6000 == inode.perm & !0o6000 && p & 0o6000 & !inode.perm == 0;
            if !only_clears_privileges {
                return Err(EPERM);
            }
            self.need(&inode, id, W)?;
        }
        if change.uid.is_some_and(|uid| !(id.is_root() || (owner && uid == inode.uid))) {
            return Err(EPERM);
        }
        if change.gid.is_some_and(|gid| !(id.is_root() || (owner && (gid == inode.gid || id.in_group(gid))))) {
            return Err(EPERM);
        }
        if change.size.is_some() && !change.through_open_file {
            self.need(&inode, id, W)?;
        }
        let times = [change.atime, change.mtime];
        if !owner && times.iter().any(Option::is_some) {
            // "Now" needs write access; a given time only the owner may set.
            if times.iter().flatten().any(|t| *t != SetTime::Now) {
                return Err(EPERM);
            }
            self.need(&inode, id, W)?;
        }
        let now = self.now();
        let time = |t: SetTime| match t {
            SetTime::Now => now,
            SetTime::At(at) => at,
        };
        let mut set = SetAttr {
            perm: change.perm,
            uid: change.uid,
            gid: change.gid,
            size: change.size,
            atime: change.atime.map(time),
            mtime: change.mtime.map(time),
        };
        // A chown by a non-root caller clears setuid/setgid of a file (not a directory), as
        // Linux does.
        if (set.uid.is_some() || set.gid.is_some()) && !id.is_root() && set.perm.is_none() && inode.kind != Kind::Dir {
            set.perm = Some(inode.perm & !0o6000);
        }
        if let Some(p) = set.perm
            && !id.is_root()
            && p & 0o2000 != 0
            && !id.in_group(set.gid.unwrap_or(inode.gid))
        {
            set.perm = Some(p & !0o2000);
        }
        Ok(self.storage.set_attr(ino, &set, now)?)
    }

    /// Opens with the open(2) `flags`: for reading and/or writing, truncating on O_TRUNC.
    pub fn open(&self, ino: u64, flags: i32, id: &Identity) -> VfsResult<()> {
        let (read, write, truncate) = wants(flags);
        self.meta(if write || truncate { Meta::Write } else { Meta::Read });
        let inode = self.storage.get(ino)?;
        if write || truncate {
            self.writable()?;
        }
        let mask = if read { R } else { 0 } | if write || truncate { W } else { 0 };
        self.need(&inode, id, mask)?;
        if inode.kind == Kind::Dir && (write || truncate) {
            return Err(Errno(libc::EISDIR));
        }
        if truncate {
            self.storage.set_attr(ino, &SetAttr { size: Some(0), ..Default::default() }, self.now())?;
        }
        if inode.kind == Kind::File {
            self.storage.open_file(ino)?;
        }
        Ok(())
    }

    pub fn release(&self, ino: u64) -> VfsResult<()> {
        Ok(self.storage.release(ino)?)
    }

    /// Reads into `buf`, returning how many bytes and how long the reply is held: what the
    /// throttle wants, plus the first-byte latency of IA and Archive data (in virtual time, like
    /// the throttle).
    pub fn read(&self, ino: u64, offset: u64, buf: &mut [u8]) -> VfsResult<(usize, Duration)> {
        let injected = self.throttle.inject(false)?;
        let (n, tier) = self.storage.read(ino, offset, buf, self.now())?;
        if tier != Tier::Standard && self.lifecycle.lock().unwrap_or_else(|e| e.into_inner()).on_read(tier).is_some() {
            self.storage.promote(ino)?;
        }
        self.counters.read_ops.fetch_add(1, Ordering::Relaxed);
        self.counters.read_bytes.fetch_add(n as u64, Ordering::Relaxed);
        self.counters.reads.record(n as u64);
        let io = if tier == Tier::Standard { Io::Read } else { Io::ColdRead };
        let wait = self.throttle.admit(io, n as u64) + injected;
        Ok((n, wait + Duration::from_secs_f64(tier.first_byte_latency() / self.clock.speed())))
    }

    /// Writes `data` at `offset`. `unprivileged` is the writer when the kernel asks for
    /// setuid/setgid to go (a writer without CAP_FSETID, on writes that bypass its cache; on
    /// cached writes it asks through setattr). File capabilities are `security.*` xattrs, not
    /// supported.
    pub fn write(
        &self,
        ino: u64,
        offset: u64,
        data: &[u8],
        unprivileged: Option<&Identity>,
    ) -> VfsResult<(u32, Duration)> {
        self.writable()?;
        // A failed write changes nothing.
        let injected = self.throttle.inject(true)?;
        if let Some(writer) = unprivileged {
            let inode = self.storage.get(ino)?;
            if let Some(kept) = without_privileges(inode.perm, writer.in_group(inode.gid)) {
                self.storage.set_attr(ino, &SetAttr { perm: Some(kept), ..Default::default() }, self.now())?;
            }
        }
        let n = self.storage.write(ino, offset, data, self.now())?;
        self.counters.write_ops.fetch_add(1, Ordering::Relaxed);
        self.counters.write_bytes.fetch_add(n as u64, Ordering::Relaxed);
        self.counters.writes.record(n as u64);
        Ok((n, self.throttle.admit(Io::Write, n as u64) + injected))
    }

    pub fn flush(&self, ino: u64) -> VfsResult<()> {
        Ok(self.storage.flush(ino)?)
    }

    pub fn fsync(&self, ino: u64) -> VfsResult<()> {
        Ok(self.storage.fsync(ino)?)
    }

    /// `..` of directory `dir`: its parent, or itself at the mount's root, so nothing outside an
    /// access point's root shows (nor when `dir` is gone).
    pub fn parent(&self, dir: u64) -> u64 {
        if dir == self.mount.root { dir } else { self.storage.parent_of(dir).unwrap_or(dir) }
    }

    /// Where this mount names directory `dir`: its parent and its name there. `None` at the
    /// mount's root, whose name (if it has one) lies outside the mount, and for what is gone.
    pub fn name_of(&self, dir: u64) -> Option<(u64, Vec<u8>)> {
        if dir == self.mount.root {
            return None;
        }
        self.storage.dir_entry(dir).ok().flatten()
    }

    /// Calls `f` with each name in directory `dir`, a batch at a time (the storage's lock is
    /// taken per batch, not for the whole directory); stops early if `dir` goes.
    pub fn each_name_in(&self, dir: u64, mut f: impl FnMut(&[u8])) {
        let mut after = Vec::new();
        while let Ok(batch) = self.storage.readdir(dir, 0, Some(&after), LIST_BATCH) {
            batch.iter().for_each(|e| f(&e.name));
            match batch.last() {
                Some(last) if batch.len() == LIST_BATCH as usize => after = last.name.clone(),
                _ => break,
            }
        }
    }

    /// An inode's attributes for what a reply adds besides its answer (the `.` of a listing).
    pub fn peek(&self, ino: u64) -> VfsResult<Inode> {
        Ok(self.storage.get(ino)?)
    }

    /// The file system's metered size (as of the latest metering pass), what `df` shows used.
    pub fn space_used(&self) -> VfsResult<u64> {
        Ok(self.storage.metered_total()?)
    }

    /// A batch of a listing (see `Storage::readdir`).
    pub fn readdir(
        &self,
        ino: u64,
        offset: u64,
        after: Option<&[u8]>,
        limit: u32,
        id: &Identity,
    ) -> VfsResult<Vec<DirEntry>> {
        self.meta(Meta::Read);
        self.need(&self.storage.get(ino)?, id, R)?;
        Ok(self.storage.readdir(ino, offset, after, limit)?)
    }

    /// A batch of a listing with each entry's attributes (NFS's and FUSE's READDIRPLUS).
    /// Entries removed since the listing are left out.
    pub fn readdir_plus(
        &self,
        ino: u64,
        offset: u64,
        after: Option<&[u8]>,
        limit: u32,
        id: &Identity,
    ) -> VfsResult<Vec<(DirEntry, Inode)>> {
        let entries = self.readdir(ino, offset, after, limit, id)?;
        let mut out = Vec::with_capacity(entries.len());
        for e in entries {
            match self.storage.get(e.ino) {
                Ok(inode) => out.push((e, inode)),
                Err(StorageError::Stale) => {}
                Err(err) => return Err(err.into()),
            }
        }
        Ok(out)
    }

    /// Whether every user may search directory `ino`.
    pub fn searchable_by_all(&self, ino: u64) -> bool {
        self.storage.get(ino).is_ok_and(|d| all_may_search(d.perm))
    }

    /// `user.*` attributes follow the file's read/write permissions; `trusted.*` needs root.
    /// `security.*` (labels, file capabilities) and `system.*` (POSIX ACLs) are not supported,
    /// as on EFS (NFSv4.1): storing what nothing enforces would mislead, and the answer tells
    /// tools such as `ls -l` to stop asking for each file.
    fn xattr_access(&self, ino: u64, name: &[u8], id: &Identity, mask: u32) -> VfsResult<()> {
        if name.starts_with(b"security.") || name.starts_with(b"system.") {
            Err(Errno(libc::EOPNOTSUPP))
        } else if name.starts_with(b"user.") {
            self.need(&self.storage.get(ino)?, id, mask)
        } else if id.is_root() {
            Ok(())
        } else {
            Err(EPERM)
        }
    }

    pub fn set_xattr(&self, ino: u64, name: &[u8], value: &[u8], flags: i32, id: &Identity) -> VfsResult<()> {
        self.meta(Meta::Write);
        self.writable()?;
        self.xattr_access(ino, name, id, W)?;
        Ok(self.storage.set_xattr(
            ino,
            name,
            value,
            flags & libc::XATTR_CREATE != 0,
            flags & libc::XATTR_REPLACE != 0,
        )?)
    }

    pub fn get_xattr(&self, ino: u64, name: &[u8], id: &Identity) -> VfsResult<Vec<u8>> {
        self.meta(Meta::Read);
        self.xattr_access(ino, name, id, R)?;
        Ok(self.storage.get_xattr(ino, name)?)
    }

    pub fn list_xattrs(&self, ino: u64) -> VfsResult<Vec<Vec<u8>>> {
        self.meta(Meta::Read);
        Ok(self.storage.list_xattrs(ino)?)
    }

    pub fn remove_xattr(&self, ino: u64, name: &[u8], id: &Identity) -> VfsResult<()> {
        self.meta(Meta::Write);
        self.writable()?;
        self.xattr_access(ino, name, id, W)?;
        Ok(self.storage.remove_xattr(ino, name)?)
    }
}

/// What an open with the open(2) `flags` asks for: to read, to write, to truncate. An access
/// mode that is none of the three (3, which Linux lets through for ioctls) reads.
fn wants(flags: i32) -> (bool, bool, bool) {
    let (read, write) = match flags & libc::O_ACCMODE {
        libc::O_WRONLY => (false, true),
        libc::O_RDWR => (true, true),
        _ => (true, false),
    };
    (read, write, flags & libc::O_TRUNC != 0)
}

/// Whether a directory of mode `perm` lets every user search it (execute for owner, group
/// and others).
pub fn all_may_search(perm: u32) -> bool {
    perm & 0o111 == 0o111
}

/// The mode a write by an unprivileged caller leaves: setuid goes, and setgid when group
/// execute is set or the writer is not in the file's group, as on Linux (6.x).
/// `None` when nothing changes.
fn without_privileges(perm: u32, writer_in_group: bool) -> Option<u32> {
    let mut kept = perm & !0o4000;
    if perm & 0o010 != 0 || !writer_in_group {
        kept &= !0o2000;
    }
    (kept != perm).then_some(kept)
}

/// Resolves (creating, with `creation`, when missing) an access point's root directory.
/// Returns `None` when the path is missing and nothing may create it.
pub fn access_point_root(
    storage: &Storage,
    path: &str,
    creation: Option<(u32, u32, u32)>,
    now: f64,
) -> Result<Option<u64>, StorageError> {
    let mut ino = ROOT;
    for part in path.split('/').filter(|p| !p.is_empty()) {
        ino = match storage.lookup(ino, part.as_bytes()) {
            Ok(found) if found.kind == Kind::Dir => found.ino,
            Ok(_) => return Err(StorageError::NotDir),
            Err(StorageError::NotFound) => match creation {
                Some((uid, gid, perm)) => {
                    storage
                        .create(ino, part.as_bytes(), NewInode { kind: Kind::Dir, perm, uid, gid, rdev: 0 }, None, now)?
                        .ino
                }
                None => return Ok(None),
            },
            Err(e) => return Err(e),
        };
    }
    Ok(Some(ino))
}

#[cfg(test)]
mod tests {
    use super::testing::{TestFs, user};
    use super::*;

    #[test]
    fn dot_dot_stays_inside_the_mount_root() {
        let fs = TestFs::new();
        let team = fs.make(ROOT, "team", Kind::Dir);
        let sub = fs.make(team, "sub", Kind::Dir);
        let gone = fs.make(team, "gone", Kind::Dir);
        fs.storage.rmdir(team, b"gone", 0.0).unwrap();
        let (whole, access_point) = (fs.mount(ROOT), fs.mount(team));
        assert_eq!([whole.parent(ROOT), whole.parent(team), whole.parent(sub)], [ROOT, ROOT, team]);
        assert_eq!(
            [access_point.parent(team), access_point.parent(sub)],
            [team, team],
            "the access point's root is its own parent"
        );
        assert_eq!(whole.parent(gone), gone, "a removed directory is its own parent");
    }

    #[test]
    fn a_directory_is_named_by_its_entry_except_at_the_mount_root() {
        let fs = TestFs::new();
        let team = fs.make(ROOT, "team", Kind::Dir);
        let sub = fs.make(team, "sub", Kind::Dir);
        let (whole, access_point) = (fs.mount(ROOT), fs.mount(team));
        assert_eq!(whole.name_of(team), Some((ROOT, b"team".to_vec())));
        assert_eq!(whole.name_of(ROOT), None);
        assert_eq!(access_point.name_of(team), None, "its name lies outside the mount");
        assert_eq!(access_point.name_of(sub), Some((team, b"sub".to_vec())));
        fs.storage.rmdir(team, b"sub", 0.0).unwrap();
        assert_eq!(access_point.name_of(sub), None);
    }

    #[test]
    fn the_adapters_upkeep_visits_every_name_and_counts_no_operation() {
        let fs = TestFs::new();
        let dir = fs.make(ROOT, "big", Kind::Dir);
        let mut names: Vec<Vec<u8>> = (0..LIST_BATCH * 2 + 7).map(|n| format!("f{n}").into_bytes()).collect();
        names.iter().for_each(|n| _ = fs.make(dir, std::str::from_utf8(n).unwrap(), Kind::File));
        names.sort();
        let vfs = fs.mount(ROOT);
        let mut seen = Vec::new();
        vfs.each_name_in(dir, |n| seen.push(n.to_vec()));
        assert_eq!(seen, names, "each name once, in order, across batches");
        let mut exact = Vec::new();
        let exactly_two_batches = fs.make(ROOT, "two", Kind::Dir);
        (0..LIST_BATCH * 2).for_each(|n| _ = fs.make(exactly_two_batches, &format!("{n:04}"), Kind::File));
        vfs.each_name_in(exactly_two_batches, |n| exact.push(n.to_vec()));
        assert_eq!(exact.len(), LIST_BATCH as usize * 2);
        vfs.each_name_in(12345, |_| panic!("no such directory"));
        vfs.peek(dir).unwrap();
        vfs.name_of(dir).unwrap();
        vfs.parent(dir);
        vfs.space_used().unwrap();
        assert_eq!(vfs.counters.metadata_read_ops.load(Ordering::Relaxed), 0, "the client asked for nothing");
        assert_eq!(vfs.counters.metadata_write_ops.load(Ordering::Relaxed), 0, "the client asked for nothing");
    }

    #[test]
    fn create_opens_a_file_another_mount_made_unless_exclusive() {
        let fs = TestFs::new();
        let (one, other, root) = (fs.mount(ROOT), fs.mount(ROOT), user(0));
        let made = one.create(ROOT, b"f", 0o644, 0o022, libc::O_WRONLY | libc::O_CREAT, &root).unwrap();
        assert_eq!(made.perm, 0o644);
        one.write(made.ino, 0, b"hello", None).unwrap();
        let found = other.create(ROOT, b"f", 0o600, 0, libc::O_RDWR | libc::O_CREAT, &root).unwrap();
        assert_eq!((found.ino, found.size, found.perm), (made.ino, 5, 0o644), "the file there, opened as it is");
        let flags = libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC;
        assert_eq!(other.create(ROOT, b"f", 0o600, 0, flags, &root).unwrap().size, 0, "O_TRUNC truncates it");
        let exclusive = libc::O_WRONLY | libc::O_CREAT | libc::O_EXCL;
        assert_eq!(other.create(ROOT, b"f", 0o600, 0, exclusive, &root), Err(Errno(libc::EEXIST)));
        fs.make(ROOT, "d", Kind::Dir);
        assert_eq!(other.create(ROOT, b"d", 0o600, 0, libc::O_RDONLY | libc::O_CREAT, &root), Err(Errno(libc::EEXIST)));
        // Opening what is there is checked as an open: root's 0o644 file is not another user's
        // to write, though the directory is.
        let everyone = SetAttr { perm: Some(0o777), ..Default::default() };
        fs.storage.set_attr(ROOT, &everyone, 0.0).unwrap();
        let flags = libc::O_WRONLY | libc::O_CREAT;
        assert_eq!(other.create(ROOT, b"f", 0o666, 0, flags, &user(1000)), Err(EACCES));
    }

    #[test]
    fn open_flags_ask_for_what_open_2_means() {
        assert_eq!(wants(libc::O_RDONLY), (true, false, false));
        assert_eq!(wants(libc::O_WRONLY | libc::O_APPEND), (false, true, false));
        assert_eq!(wants(libc::O_RDWR | libc::O_TRUNC), (true, true, true));
        assert_eq!(wants(libc::O_ACCMODE), (true, false, false));
    }

    #[test]
    fn unprivileged_writes_drop_setuid_and_setgid_as_linux_does() {
        assert_eq!(without_privileges(0o4755, true), Some(0o755));
        assert_eq!(without_privileges(0o2755, true), Some(0o755));
        assert_eq!(without_privileges(0o6750, true), Some(0o750));
        // setgid without group execute stays for a writer in the file's group only.
        assert_eq!(without_privileges(0o2644, true), None);
        assert_eq!(without_privileges(0o2644, false), Some(0o644));
        assert_eq!(without_privileges(0o6644, true), Some(0o2644));
        assert_eq!(without_privileges(0o755, false), None);
    }
}
