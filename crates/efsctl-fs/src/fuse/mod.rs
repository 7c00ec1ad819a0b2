//! The fuser adapter over `vfs`: translates requests into calls and results into replies.
//! Replies the model holds back (throttled I/O, cold first bytes, Max I/O metadata latency) are
//! sent from the daemon's timers, so one slow reply never blocks other requests.
//!
//! What the adapter decides about the kernel it serves is in plain functions and types beside
//! it, which unit tests drive without /dev/fuse or root; this file only wires them to fuser:
//!
//! - `roots`: FUSE's inode numbers for storage's (an access point's root is FUSE's 1);
//! - `listing`: listing cursors, where each reply of a directory listing resumes;
//! - `cache`: what the kernel may cache, and for how long (TTLs, page cache, FLUSH);
//! - `invalidate`: what the kernels of this and the other mounts must forget after a change;
//! - `convert`: attributes as EFS reports them, kinds, times, errnos, `statfs` figures;
//! - `lanes`: which large reads of a file run when, and the task that runs them.
//!
//! They sit beside the adapter, not in `vfs`, because they are about FUSE and the kernel's
//! caches (offsets, inode 1, TTLs, notifications), which another front end (NFS) would decide
//! otherwise; they use fuser's plain types (inode numbers, attributes, open flags) but never a
//! request, a reply or a notifier. File-system semantics (permissions, access points, what `..`
//! of the root is) are `vfs`'s; the adapter never reaches `storage`.

mod cache;
mod convert;
mod invalidate;
mod lanes;
mod listing;
mod roots;

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, SystemTime};

use fuser::{
    AccessFlags, Errno, FileAttr, FileHandle, FileType, Filesystem, FopenFlags, Generation, INodeNo, IoctlFlags,
    LockOwner, OpenFlags, RenameFlags, ReplyAttr, ReplyCreate, ReplyData, ReplyDirectory, ReplyDirectoryPlus,
    ReplyEmpty, ReplyEntry, ReplyIoctl, ReplyOpen, ReplyStatfs, ReplyWrite, ReplyXattr, Request, TimeOrNow, WriteFlags,
};

use crate::storage::{DirEntry, Inode, Kind};
use crate::vfs::{Change, Groups, Identity, Make, Vfs, VfsResult};
use cache::{TTL, cache_mode};
use convert::{errno, file_type, kind_of, time};
use invalidate::{Forget, Invalidation};
use listing::{Dot, Listings};
use roots::RootMap;

/// Largest write the kernel sends in one request (EFS mounts use wsize=1048576).
const MAX_WRITE: u32 = 1 << 20;

pub struct FuseFs {
    vfs: Arc<Vfs>,
    /// FUSE's inode numbers for storage's on this mount.
    roots: RootMap,
    timers: tokio::runtime::Handle,
    /// Open directory listings by handle.
    listings: Listings,
    next_handle: AtomicU64,
    /// This mount's channel for telling the kernel what it caches is stale (set once mounted).
    notifier: Arc<OnceLock<fuser::Notifier>>,
    /// Every mount of this file system, this one included.
    peers: Arc<Peers>,
    /// Large reads of each file take turns (see `lanes`).
    lanes: Arc<lanes::Lanes>,
}

/// The mounts of one file system, which keep each other's cached names current (see
/// `invalidate`).
#[derive(Default)]
pub struct Peers {
    mounts: Mutex<Vec<Peer>>,
}

struct Peer {
    roots: RootMap,
    notifier: Arc<OnceLock<fuser::Notifier>>,
}

impl Peers {
    fn mounts(&self) -> std::sync::MutexGuard<'_, Vec<Peer>> {
        self.mounts.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The mounts other than the one of `notifier` that are mounted, with their numbering.
    fn others(&self, notifier: &Arc<OnceLock<fuser::Notifier>>) -> Vec<(fuser::Notifier, RootMap)> {
        self.mounts()
            .iter()
            .filter(|p| !Arc::ptr_eq(&p.notifier, notifier))
            .filter_map(|p| Some((p.notifier.get()?.clone(), p.roots)))
            .collect()
    }
}

impl Drop for FuseFs {
    fn drop(&mut self) {
        self.peers.mounts().retain(|p| !Arc::ptr_eq(&p.notifier, &self.notifier));
    }
}

impl FuseFs {
    /// `notifier` is filled in once the session is mounted.
    pub fn new(
        vfs: Arc<Vfs>,
        timers: tokio::runtime::Handle,
        notifier: Arc<OnceLock<fuser::Notifier>>,
        peers: Arc<Peers>,
    ) -> Self {
        let roots = RootMap::new(vfs.mount.root);
        peers.mounts().push(Peer { roots, notifier: notifier.clone() });
        FuseFs {
            vfs,
            roots,
            timers,
            listings: Listings::default(),
            next_handle: AtomicU64::new(1),
            notifier,
            peers,
            lanes: Arc::default(),
        }
    }

    /// Drops `names` (storage parent, name), which an operation removed or replaced, from the
    /// other mounts' kernel caches, from another thread: the kernel locks each parent there,
    /// which a caller on that mount may hold while it waits for a reply that is waiting, in
    /// turn, on this mount.
    fn tell_peers(&self, names: &[(u64, &[u8])]) {
        let Some(plan) = Invalidation::plan(names, self.peers.others(&self.notifier)) else { return };
        self.timers.spawn_blocking(move || {
            for (notifier, parent, name) in plan.entries() {
                // ENOENT: that mount has never seen the directory (see `Invalidation::entries`).
                let _ = notifier.inval_entry(parent, OsStr::from_bytes(name));
            }
        });
    }

    /// Sends `reply` now, or after `wait` from a timer.
    fn after(&self, wait: Duration, reply: impl FnOnce() + Send + 'static) {
        reply_after(&self.timers, wait, reply);
    }

    /// Sends the reply to a metadata operation after the file system's metadata latency.
    fn meta(&self, reply: impl FnOnce() + Send + 'static) {
        self.after(self.vfs.metadata_wait(), reply);
    }

    /// Replies with a name in `parent` and its inode.
    fn entry(&self, parent: u64, r: VfsResult<Inode>, reply: ReplyEntry) {
        let ttl = self.name_ttl(parent);
        let r = r.map(|i| self.attr(&i));
        self.meta(move || match r {
            Ok(a) => reply.entry(&ttl, &a, Generation(0)),
            Err(e) => reply.error(errno(e)),
        });
    }

    /// Drops the names the kernel keeps in `dir`, a directory some may no longer search: its
    /// own name now, before the reply, or each name in it from another thread (see `Forget`).
    fn forget_names_in(&self, dir: INodeNo) {
        let Some(notifier) = self.notifier.get() else { return };
        let ino = self.roots.to_storage(dir);
        match invalidate::closed_dir(dir, self.vfs.name_of(ino), self.roots) {
            Forget::Name(parent, name) => {
                let _ = notifier.inval_entry(parent, OsStr::from_bytes(&name));
            }
            Forget::EachNameIn(dir) => {
                let (vfs, notifier) = (self.vfs.clone(), notifier.clone());
                self.timers.spawn_blocking(move || {
                    vfs.each_name_in(ino, |name| _ = notifier.inval_entry(dir, OsStr::from_bytes(name)));
                });
            }
        }
    }

    /// How long the kernel may keep names it learns in directory `parent`.
    fn name_ttl(&self, parent: u64) -> Duration {
        cache::name_ttl(self.vfs.searchable_by_all(parent))
    }

    fn attr(&self, i: &Inode) -> FileAttr {
        convert::attr(i, self.roots)
    }

    fn attr_reply(&self, r: VfsResult<Inode>, reply: ReplyAttr) {
        let r = r.map(|i| self.attr(&i));
        self.meta(move || match r {
            Ok(a) => reply.attr(&TTL, &a),
            Err(e) => reply.error(errno(e)),
        });
    }

    fn opened(&self, r: VfsResult<()>, handle: FileHandle, flags: FopenFlags, reply: ReplyOpen) {
        self.meta(move || match r {
            Ok(()) => reply.opened(handle, flags),
            Err(e) => reply.error(errno(e)),
        });
    }

    fn xattr(&self, r: VfsResult<Vec<u8>>, size: u32, reply: ReplyXattr) {
        self.meta(move || match r {
            Ok(v) if size == 0 => reply.size(v.len() as u32),
            Ok(v) if v.len() <= size as usize => reply.data(&v),
            Ok(_) => reply.error(Errno::ERANGE),
            Err(e) => reply.error(errno(e)),
        });
    }

    /// Replies to an operation that removed or replaced the entries `names` (storage parent,
    /// name), which the other mounts forget once it succeeded.
    fn names_gone(&self, r: VfsResult<()>, names: &[(u64, &[u8])], reply: ReplyEmpty) {
        if r.is_ok() {
            self.tell_peers(names);
        }
        self.empty(r, reply);
    }

    fn empty(&self, r: VfsResult<()>, reply: ReplyEmpty) {
        self.meta(move || match r {
            Ok(()) => reply.ok(),
            Err(e) => reply.error(errno(e)),
        });
    }

    /// Fills a listing reply from `offset`: the dot entries, then the directory's entries in
    /// name order from where the handle's cursor says (see `listing`).
    fn list(&self, req: &Request, ino: INodeNo, fh: FileHandle, offset: u64, mut reply: Listing) {
        let dir = self.roots.to_storage(ino);
        let dots = listing::dots(offset);
        if !dots.is_empty() {
            let parent = self.roots.to_fuse(self.vfs.parent(dir));
            // The kernel keeps no attributes of dot entries: the directory's own serve for both.
            let dir_attr = match &reply {
                Listing::Names(_) => Ok(FileAttr { kind: FileType::Directory, ..convert::NAMES_ONLY }),
                Listing::WithAttributes(_) => self.vfs.peek(dir).map(|i| self.attr(&i)),
            };
            let dir_attr = match dir_attr {
                Ok(a) => a,
                Err(e) => return self.meta(move || reply.error(errno(e))),
            };
            for &(dot, off, name) in dots {
                let i = match dot {
                    Dot::Dir => ino,
                    Dot::Parent => parent,
                };
                if reply.add(i, off, OsStr::new(name), FileAttr { ino: i, ..dir_attr }, Duration::ZERO) {
                    return self.meta(move || reply.ok());
                }
            }
        }
        let id = self.who(req);
        let filled = match &mut reply {
            Listing::Names(r) => self.listings.fill(
                fh.0,
                offset,
                |position, after, limit| self.vfs.readdir(dir, position, after, limit, &id),
                |off, e: &DirEntry| {
                    r.add(self.roots.to_fuse(e.ino), off, file_type(e.kind), OsStr::from_bytes(&e.name))
                },
            ),
            Listing::WithAttributes(r) => {
                let ttl = self.name_ttl(dir);
                self.listings.fill(
                    fh.0,
                    offset,
                    |position, after, limit| self.vfs.readdir_plus(dir, position, after, limit, &id),
                    |off, (e, i): &(DirEntry, Inode)| {
                        r.add(
                            self.roots.to_fuse(e.ino),
                            off,
                            OsStr::from_bytes(&e.name),
                            &ttl,
                            &self.attr(i),
                            Generation(0),
                        )
                    },
                )
            }
        };
        self.meta(move || match filled {
            Ok(()) => reply.ok(),
            Err(e) => reply.error(errno(e)),
        });
    }

    /// The caller as the file system sees it (access point / root squash applied).
    fn who(&self, req: &Request) -> Identity {
        let pid = req.pid();
        self.vfs.identity(Identity {
            uid: req.uid(),
            gid: req.gid(),
            groups: Groups::lazy(move || supplementary_groups(pid)),
        })
    }
}

/// Sends `reply` now, or after `wait` from a timer of `timers`.
fn reply_after(timers: &tokio::runtime::Handle, wait: Duration, reply: impl FnOnce() + Send + 'static) {
    if wait < MIN_DELAY {
        reply();
    } else {
        timers.spawn(async move {
            tokio::time::sleep(wait).await;
            reply();
        });
    }
}

/// Reads straight into the reply (over io_uring, the kernel's buffer for it).
fn read_and_reply(vfs: &Vfs, timers: &tokio::runtime::Handle, ino: u64, offset: u64, size: u32, reply: ReplyData) {
    let mut out = reply.buffer(size as usize);
    match vfs.read(ino, offset, out.as_mut_slice()) {
        Ok((n, wait)) => reply_after(timers, wait, move || out.send(n)),
        Err(e) => out.error(errno(e)),
    }
}

/// Supplementary groups of the calling process (FUSE passes only uid and gid).
fn supplementary_groups(pid: u32) -> Vec<u32> {
    let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status")) else { return vec![] };
    status
        .lines()
        .find_map(|l| l.strip_prefix("Groups:"))
        .map(|g| g.split_whitespace().filter_map(|x| x.parse().ok()).collect())
        .unwrap_or_default()
}

/// A listing reply: names only (READDIR), or names with attributes (READDIRPLUS).
enum Listing {
    Names(ReplyDirectory),
    WithAttributes(ReplyDirectoryPlus),
}

impl Listing {
    /// Adds a dot entry (`attr` and `ttl` are for READDIRPLUS); `true` when the reply is full.
    fn add(&mut self, ino: INodeNo, offset: u64, name: &OsStr, attr: FileAttr, ttl: Duration) -> bool {
        match self {
            Listing::Names(r) => r.add(ino, offset, attr.kind, name),
            Listing::WithAttributes(r) => r.add(ino, offset, name, &ttl, &FileAttr { ino, ..attr }, Generation(0)),
        }
    }

    fn ok(self) {
        match self {
            Listing::Names(r) => r.ok(),
            Listing::WithAttributes(r) => r.ok(),
        }
    }

    fn error(self, e: Errno) {
        match self {
            Listing::Names(r) => r.error(e),
            Listing::WithAttributes(r) => r.error(e),
        }
    }
}

/// Waits shorter than this are not worth a timer: the model's queue still carries them, so
/// sustained throughput converges to the permitted rate anyway.
const MIN_DELAY: Duration = Duration::from_millis(1);

/// Asynchronous requests (read-ahead) the kernel may have outstanding; io_uring queues have
/// room for more (vendor/fuser/src/ring.rs `DEPTH`), so lookups never wait behind them.
const BACKGROUND: u16 = 32;

impl Filesystem for FuseFs {
    fn init(&mut self, _req: &Request, config: &mut fuser::KernelConfig) -> std::io::Result<()> {
        // Older kernels cap these lower; whatever they grant is fine.
        let _ = config.set_max_write(MAX_WRITE);
        let _ = config.set_max_readahead(MAX_WRITE);
        // Read-ahead requests in flight at once (fuser's default is 16, 12 before the kernel
        // holds back): a cold sequential read keeps more 1 MiB reads of the disk under way, as
        // an NFS client's session slots do against EFS.
        let _ = config.set_max_background(BACKGROUND);
        // Listings carry attributes when the kernel expects lookups to follow (`ls -l`, `du`),
        // as NFS clients of EFS use READDIRPLUS; unsupported kernels just list names.
        let _ =
            config.add_capabilities(fuser::InitFlags::FUSE_DO_READDIRPLUS | fuser::InitFlags::FUSE_READDIRPLUS_AUTO);
        // Requests are then answered on the CPU that made them (vendor/fuser/src/ring.rs);
        // kernels that do not offer it keep /dev/fuse.
        let _ = config.add_capabilities(fuser::InitFlags::FUSE_OVER_IO_URING);
        Ok(())
    }

    fn lookup(&self, req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEntry) {
        let parent = self.roots.to_storage(parent);
        self.entry(parent, self.vfs.lookup(parent, name.as_bytes(), &self.who(req)), reply);
    }

    fn getattr(&self, _req: &Request, ino: INodeNo, _fh: Option<FileHandle>, reply: ReplyAttr) {
        self.attr_reply(self.vfs.getattr(self.roots.to_storage(ino)), reply);
    }

    fn setattr(
        &self,
        req: &Request,
        ino: INodeNo,
        mode: Option<u32>,
        uid: Option<u32>,
        gid: Option<u32>,
        size: Option<u64>,
        atime: Option<TimeOrNow>,
        mtime: Option<TimeOrNow>,
        _ctime: Option<SystemTime>,
        fh: Option<FileHandle>,
        _crtime: Option<SystemTime>,
        _chgtime: Option<SystemTime>,
        _bkuptime: Option<SystemTime>,
        _flags: Option<fuser::BsdFileFlags>,
        reply: ReplyAttr,
    ) {
        let change = Change {
            perm: mode.map(|m| m & 0o7777),
            uid,
            gid,
            size,
            atime: atime.map(time),
            mtime: mtime.map(time),
            through_open_file: fh.is_some(),
        };
        let target = self.roots.to_storage(ino);
        let was_searchable = change.perm.is_some() && self.vfs.searchable_by_all(target);
        let r = self.vfs.setattr(target, change, &self.who(req));
        if r.as_ref().is_ok_and(|i| invalidate::closes_search(was_searchable, i)) {
            self.forget_names_in(ino);
        }
        self.attr_reply(r, reply);
    }

    /// No ioctls, as on an NFS mount of EFS (shells probe files with them all the time; fuser's
    /// default logged a warning for each).
    #[allow(clippy::too_many_arguments)]
    fn ioctl(
        &self,
        _req: &Request,
        _ino: INodeNo,
        _fh: FileHandle,
        _flags: IoctlFlags,
        _cmd: u32,
        _in: &[u8],
        _out_size: u32,
        reply: ReplyIoctl,
    ) {
        reply.error(Errno::ENOTTY);
    }

    fn readlink(&self, _req: &Request, ino: INodeNo, reply: ReplyData) {
        let r = self.vfs.readlink(self.roots.to_storage(ino));
        self.meta(move || match r {
            Ok(t) => reply.data(&t),
            Err(e) => reply.error(errno(e)),
        });
    }

    fn mknod(&self, req: &Request, parent: INodeNo, name: &OsStr, mode: u32, umask: u32, rdev: u32, reply: ReplyEntry) {
        let (parent, what) = (self.roots.to_storage(parent), Make::Node { kind: kind_of(mode), mode, umask, rdev });
        self.entry(parent, self.vfs.make(parent, name.as_bytes(), what, &self.who(req)), reply);
    }

    fn mkdir(&self, req: &Request, parent: INodeNo, name: &OsStr, mode: u32, umask: u32, reply: ReplyEntry) {
        let (parent, what) = (self.roots.to_storage(parent), Make::Node { kind: Kind::Dir, mode, umask, rdev: 0 });
        self.entry(parent, self.vfs.make(parent, name.as_bytes(), what, &self.who(req)), reply);
    }

    fn unlink(&self, req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEmpty) {
        let parent = self.roots.to_storage(parent);
        let r = self.vfs.unlink(parent, name.as_bytes(), &self.who(req));
        self.names_gone(r, &[(parent, name.as_bytes())], reply);
    }

    fn rmdir(&self, req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEmpty) {
        let parent = self.roots.to_storage(parent);
        let r = self.vfs.rmdir(parent, name.as_bytes(), &self.who(req));
        self.names_gone(r, &[(parent, name.as_bytes())], reply);
    }

    fn symlink(&self, req: &Request, parent: INodeNo, link_name: &OsStr, target: &Path, reply: ReplyEntry) {
        let (parent, what) = (self.roots.to_storage(parent), Make::Symlink(target.as_os_str().as_bytes()));
        self.entry(parent, self.vfs.make(parent, link_name.as_bytes(), what, &self.who(req)), reply);
    }

    fn rename(
        &self,
        req: &Request,
        parent: INodeNo,
        name: &OsStr,
        newparent: INodeNo,
        newname: &OsStr,
        flags: RenameFlags,
        reply: ReplyEmpty,
    ) {
        let (parent, newparent) = (self.roots.to_storage(parent), self.roots.to_storage(newparent));
        let r = self.vfs.rename(parent, name.as_bytes(), newparent, newname.as_bytes(), flags.bits(), &self.who(req));
        self.names_gone(r, &[(parent, name.as_bytes()), (newparent, newname.as_bytes())], reply);
    }

    fn link(&self, req: &Request, ino: INodeNo, newparent: INodeNo, newname: &OsStr, reply: ReplyEntry) {
        let newparent = self.roots.to_storage(newparent);
        self.entry(
            newparent,
            self.vfs.link(self.roots.to_storage(ino), newparent, newname.as_bytes(), &self.who(req)),
            reply,
        );
    }

    fn open(&self, req: &Request, ino: INodeNo, flags: OpenFlags, reply: ReplyOpen) {
        let r = self.vfs.open(self.roots.to_storage(ino), flags.0, &self.who(req));
        // Close-to-open consistency, as NFS clients of EFS keep it: an open sees what another
        // mount wrote and closed, so the attributes this mount cached (size, times, mode) go,
        // as an NFS client revalidates them on open. Cached pages go too (no FOPEN_KEEP_CACHE).
        if r.is_ok()
            && let Some(notifier) = self.notifier.get()
        {
            let _ = notifier.inval_inode(ino, -1, 0);
        }
        self.opened(r, FileHandle(0), cache_mode(flags.0), reply);
    }

    fn create(
        &self,
        req: &Request,
        parent: INodeNo,
        name: &OsStr,
        mode: u32,
        umask: u32,
        flags: i32,
        reply: ReplyCreate,
    ) {
        let parent = self.roots.to_storage(parent);
        let ttl = self.name_ttl(parent);
        let r = self.vfs.create(parent, name.as_bytes(), mode, umask, flags, &self.who(req)).map(|i| self.attr(&i));
        self.meta(move || match r {
            Ok(a) => reply.created(&ttl, &a, Generation(0), FileHandle(0), cache_mode(flags)),
            Err(e) => reply.error(errno(e)),
        });
    }

    fn read(
        &self,
        _req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        offset: u64,
        size: u32,
        _flags: OpenFlags,
        _lock: Option<LockOwner>,
        reply: ReplyData,
    ) {
        let ino = self.roots.to_storage(ino);
        // Large reads run on the blocking pool, one file's in turn, in the order they came;
        // different files' at once (`lanes`).
        if lanes::takes_turns(size) {
            let (vfs, timers) = (self.vfs.clone(), self.timers.clone());
            self.lanes.run(
                ino,
                &self.timers,
                Box::new(move || read_and_reply(&vfs, &timers, ino, offset, size, reply)),
            );
        } else {
            read_and_reply(&self.vfs, &self.timers, ino, offset, size, reply);
        }
    }

    fn write(
        &self,
        req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        offset: u64,
        data: &[u8],
        wf: WriteFlags,
        _flags: OpenFlags,
        _lock: Option<LockOwner>,
        reply: ReplyWrite,
    ) {
        let unprivileged = wf.contains(WriteFlags::FUSE_WRITE_KILL_SUIDGID).then(|| self.who(req));
        match self.vfs.write(self.roots.to_storage(ino), offset, data, unprivileged.as_ref()) {
            Ok((n, wait)) => self.after(wait, move || reply.written(n)),
            Err(e) => reply.error(errno(e)),
        }
    }

    /// Only from kernels older than 5.16, which ignore `FOPEN_NOFLUSH` (see `cache_mode`).
    fn flush(&self, _req: &Request, ino: INodeNo, _fh: FileHandle, _lock: LockOwner, reply: ReplyEmpty) {
        match self.vfs.flush(self.roots.to_storage(ino)) {
            Ok(()) => reply.ok(),
            Err(e) => reply.error(errno(e)),
        }
    }

    fn release(
        &self,
        _req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        _flags: OpenFlags,
        _lock: Option<LockOwner>,
        _flush: bool,
        reply: ReplyEmpty,
    ) {
        match self.vfs.release(self.roots.to_storage(ino)) {
            Ok(()) => reply.ok(),
            Err(e) => reply.error(errno(e)),
        }
    }

    fn fsync(&self, _req: &Request, ino: INodeNo, _fh: FileHandle, _datasync: bool, reply: ReplyEmpty) {
        match self.vfs.fsync(self.roots.to_storage(ino)) {
            Ok(()) => reply.ok(),
            Err(e) => reply.error(errno(e)),
        }
    }

    /// A directory's entries are metadata: the same sync makes them durable.
    fn fsyncdir(&self, req: &Request, ino: INodeNo, fh: FileHandle, datasync: bool, reply: ReplyEmpty) {
        self.fsync(req, ino, fh, datasync, reply);
    }

    fn opendir(&self, req: &Request, ino: INodeNo, _flags: OpenFlags, reply: ReplyOpen) {
        let r = self.vfs.access(self.roots.to_storage(ino), crate::vfs::permissions::R, &self.who(req));
        let handle = FileHandle(self.next_handle.fetch_add(1, Ordering::Relaxed));
        self.opened(r, handle, FopenFlags::empty(), reply);
    }

    fn releasedir(&self, _req: &Request, _ino: INodeNo, fh: FileHandle, _flags: OpenFlags, reply: ReplyEmpty) {
        self.listings.close(fh.0);
        reply.ok();
    }

    fn readdir(&self, req: &Request, ino: INodeNo, fh: FileHandle, offset: u64, reply: ReplyDirectory) {
        self.list(req, ino, fh, offset, Listing::Names(reply));
    }

    fn readdirplus(&self, req: &Request, ino: INodeNo, fh: FileHandle, offset: u64, reply: ReplyDirectoryPlus) {
        self.list(req, ino, fh, offset, Listing::WithAttributes(reply));
    }

    fn statfs(&self, _req: &Request, _ino: INodeNo, reply: ReplyStatfs) {
        match self.vfs.space_used() {
            Ok(used) => {
                let (blocks, free) = convert::blocks(used);
                reply.statfs(blocks, free, free, u64::MAX >> 1, u64::MAX >> 1, 4096, 255, 4096);
            }
            Err(e) => reply.error(errno(e)),
        }
    }

    fn setxattr(
        &self,
        req: &Request,
        ino: INodeNo,
        name: &OsStr,
        value: &[u8],
        flags: i32,
        _position: u32,
        reply: ReplyEmpty,
    ) {
        self.empty(
            self.vfs.set_xattr(self.roots.to_storage(ino), name.as_bytes(), value, flags, &self.who(req)),
            reply,
        );
    }

    fn getxattr(&self, req: &Request, ino: INodeNo, name: &OsStr, size: u32, reply: ReplyXattr) {
        let r = self.vfs.get_xattr(self.roots.to_storage(ino), name.as_bytes(), &self.who(req));
        self.xattr(r, size, reply);
    }

    fn listxattr(&self, _req: &Request, ino: INodeNo, size: u32, reply: ReplyXattr) {
        // The list is the names, each ending in a NUL.
        let r = self.vfs.list_xattrs(self.roots.to_storage(ino)).map(|names| {
            names
                .into_iter()
                .flat_map(|mut n| {
                    n.push(0);
                    n
                })
                .collect()
        });
        self.xattr(r, size, reply);
    }

    fn removexattr(&self, req: &Request, ino: INodeNo, name: &OsStr, reply: ReplyEmpty) {
        self.empty(self.vfs.remove_xattr(self.roots.to_storage(ino), name.as_bytes(), &self.who(req)), reply);
    }

    fn access(&self, req: &Request, ino: INodeNo, mask: AccessFlags, reply: ReplyEmpty) {
        self.empty(self.vfs.access(self.roots.to_storage(ino), mask.bits() as u32 & 7, &self.who(req)), reply);
    }
}
