//! A thin fuser adapter over `vfs` (never `storage` itself): translates requests and replies,
//! nothing else. Replies the model holds back (throttled I/O, cold first bytes, Max I/O metadata
//! latency) are sent from the daemon's timers, so one slow reply never blocks other requests.

mod lanes;

use std::collections::HashMap;
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use fuser::{
    AccessFlags, Errno, FileAttr, FileHandle, FileType, Filesystem, FopenFlags, Generation, INodeNo, IoctlFlags,
    LockOwner, OpenFlags, RenameFlags, ReplyAttr, ReplyCreate, ReplyData, ReplyDirectory, ReplyDirectoryPlus,
    ReplyEmpty, ReplyEntry, ReplyIoctl, ReplyOpen, ReplyStatfs, ReplyWrite, ReplyXattr, Request, TimeOrNow, WriteFlags,
};

use crate::storage::{Inode, Kind, ROOT};
use crate::vfs::{Change, Groups, Identity, LIST_BATCH, Make, SetTime, Vfs};
use efsctl_core::model::metering;

/// How long the kernel may cache attributes and names: NFS clients of EFS cache attributes for
/// 3–60 s (acregmin/acdirmax), so other mounts see changes within that window, as on EFS.
const TTL: Duration = Duration::from_secs(30);
/// Largest write the kernel sends in one request (EFS mounts use wsize=1048576).
const MAX_WRITE: u32 = 1 << 20;

pub struct FuseFs {
    vfs: Arc<Vfs>,
    timers: tokio::runtime::Handle,
    /// Open directory listings by handle: the offsets and names of the last batch sent, so
    /// the next request resumes after the name the kernel reached (one seek in the directory's
    /// tree) instead of counting entries from the start, which made a listing quadratic in its
    /// length.
    listings: Mutex<HashMap<u64, Batch>>,
    next_handle: AtomicU64,
    /// This mount's channel for telling the kernel what it caches is stale (set once mounted).
    notifier: Arc<OnceLock<fuser::Notifier>>,
    /// Every mount of this file system, this one included.
    peers: Arc<Peers>,
    /// Large reads of each file take turns (see `lanes`).
    lanes: Arc<lanes::Lanes>,
}

/// The mounts of one file system. A name one mount removes or replaces is dropped from the
/// others' kernel caches, so their next open looks it up again, as NFS clients revalidate a
/// name on open; otherwise a mount holding the old file open kept resolving the name to it
/// for up to `TTL` (a file no mount holds is stale, and looked up again anyway).
#[derive(Default)]
pub struct Peers {
    mounts: Mutex<Vec<Peer>>,
}

struct Peer {
    root: u64,
    notifier: Arc<OnceLock<fuser::Notifier>>,
}

impl Peers {
    fn mounts(&self) -> std::sync::MutexGuard<'_, Vec<Peer>> {
        self.mounts.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The FUSE inode of storage inode `ino` on a mount rooted at `root` (see `to_storage`).
fn fuse_ino(root: u64, ino: u64) -> INodeNo {
    INodeNo(match ino {
        i if i == root => ROOT,
        ROOT => root,
        i => i,
    })
}

impl Drop for FuseFs {
    fn drop(&mut self) {
        self.peers.mounts().retain(|p| !Arc::ptr_eq(&p.notifier, &self.notifier));
    }
}

/// The offset and name of each entry of a listing's last reply.
type Batch = Vec<(u64, Vec<u8>)>;

impl FuseFs {
    /// `notifier` is filled in once the session is mounted.
    pub fn new(
        vfs: Arc<Vfs>,
        timers: tokio::runtime::Handle,
        notifier: Arc<OnceLock<fuser::Notifier>>,
        peers: Arc<Peers>,
    ) -> Self {
        peers.mounts().push(Peer { root: vfs.mount.root, notifier: notifier.clone() });
        FuseFs {
            vfs,
            timers,
            listings: Mutex::new(HashMap::new()),
            next_handle: AtomicU64::new(1),
            notifier,
            peers,
            lanes: Arc::default(),
        }
    }

    /// Drops `names` from the other mounts' kernel caches, from another thread: the kernel
    /// locks each parent there, which a caller on that mount may hold while it waits for a
    /// reply that is waiting, in turn, on this mount.
    fn tell_peers(&self, names: &[(u64, &OsStr)]) {
        let others: Vec<(u64, fuser::Notifier)> = self
            .peers
            .mounts()
            .iter()
            .filter(|p| !Arc::ptr_eq(&p.notifier, &self.notifier))
            .filter_map(|p| Some((p.root, p.notifier.get()?.clone())))
            .collect();
        if others.is_empty() {
            return;
        }
        let names: Vec<(u64, Vec<u8>)> = names.iter().map(|(p, n)| (*p, n.as_bytes().to_vec())).collect();
        self.timers.spawn_blocking(move || {
            for (root, notifier) in others {
                for (parent, name) in &names {
                    // ENOENT: that mount has never seen the directory.
                    let _ = notifier.inval_entry(fuse_ino(root, *parent), OsStr::from_bytes(name));
                }
            }
        });
    }

    fn listings(&self) -> std::sync::MutexGuard<'_, HashMap<u64, Batch>> {
        self.listings.lock().unwrap_or_else(|e| e.into_inner())
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
    fn entry(&self, parent: u64, r: crate::vfs::VfsResult<Inode>, reply: ReplyEntry) {
        let ttl = self.name_ttl(parent);
        let r = r.map(|i| self.attr(&i));
        self.meta(move || match r {
            Ok(a) => reply.entry(&ttl, &a, Generation(0)),
            Err(e) => reply.error(errno(e)),
        });
    }

    /// Drops the names the kernel keeps in `dir`, a directory some may no longer search, so
    /// the next walk through it asks the daemon, which checks the caller.
    fn forget_names_in(&self, dir: INodeNo) {
        let Some(notifier) = self.notifier.get() else { return };
        let ino = self.to_storage(dir);
        // Below the mount's root, dropping the directory's own name drops everything the
        // kernel keeps beneath it, and locks only its parent (not the directory, which the
        // chmod holds), so it is done before the reply.
        if let Some((parent, name)) = self.vfs.name_of(ino) {
            let _ = notifier.inval_entry(self.to_fuse(parent), OsStr::from_bytes(&name));
            return;
        }
        // The root has no name: drop each of its entries instead, from another thread, as
        // that waits for the chmod (holding the root) to return.
        let (vfs, notifier) = (self.vfs.clone(), notifier.clone());
        self.timers.spawn_blocking(move || {
            vfs.each_name_in(ino, |name| _ = notifier.inval_entry(dir, OsStr::from_bytes(name)));
        });
    }

    /// How long the kernel may keep names it learns in directory `parent`. The kernel checks
    /// no permissions itself (the daemon does, as the access point's user or squashed root),
    /// so a cached name lets any caller walk through: only names in directories everyone may
    /// search are kept; elsewhere each walk asks the daemon, which checks the caller.
    fn name_ttl(&self, parent: u64) -> Duration {
        if self.vfs.searchable_by_all(parent) { TTL } else { Duration::ZERO }
    }

    fn attr_reply(&self, r: crate::vfs::VfsResult<Inode>, reply: ReplyAttr) {
        let r = r.map(|i| self.attr(&i));
        self.meta(move || match r {
            Ok(a) => reply.attr(&TTL, &a),
            Err(e) => reply.error(errno(e)),
        });
    }

    fn opened(&self, r: crate::vfs::VfsResult<()>, handle: FileHandle, flags: FopenFlags, reply: ReplyOpen) {
        self.meta(move || match r {
            Ok(()) => reply.opened(handle, flags),
            Err(e) => reply.error(errno(e)),
        });
    }

    fn xattr(&self, r: crate::vfs::VfsResult<Vec<u8>>, size: u32, reply: ReplyXattr) {
        self.meta(move || match r {
            Ok(v) if size == 0 => reply.size(v.len() as u32),
            Ok(v) if v.len() <= size as usize => reply.data(&v),
            Ok(_) => reply.error(Errno::ERANGE),
            Err(e) => reply.error(errno(e)),
        });
    }

    /// Replies to an operation that removed or replaced the entries `names` (storage parent,
    /// name), which the other mounts forget once it succeeded.
    fn names_gone(&self, r: crate::vfs::VfsResult<()>, names: &[(u64, &OsStr)], reply: ReplyEmpty) {
        if r.is_ok() {
            self.tell_peers(names);
        }
        self.empty(r, reply);
    }

    fn empty(&self, r: crate::vfs::VfsResult<()>, reply: ReplyEmpty) {
        self.meta(move || match r {
            Ok(()) => reply.ok(),
            Err(e) => reply.error(errno(e)),
        });
    }

    /// FUSE inode 1 is the mount's root; the storage root takes its number in exchange.
    fn to_storage(&self, ino: INodeNo) -> u64 {
        match ino.0 {
            ROOT => self.vfs.mount.root,
            i if i == self.vfs.mount.root => ROOT,
            i => i,
        }
    }

    fn to_fuse(&self, ino: u64) -> INodeNo {
        fuse_ino(self.vfs.mount.root, ino)
    }

    /// Fills a listing reply from `offset`: "." and "..", then entries in name order in
    /// batches, resuming after the name at `offset` when it was in the handle's last reply (a
    /// seek elsewhere counts from the start).
    fn list(&self, req: &Request, ino: INodeNo, fh: FileHandle, offset: u64, mut reply: Listing) {
        let dir = self.to_storage(ino);
        let id = self.who(req);
        if offset < 2 {
            let parent = self.vfs.parent(dir);
            // The kernel keeps no attributes of dot entries: the directory's own serve for both.
            let dir_attr = match &reply {
                Listing::Names(_) => Ok(FileAttr { kind: FileType::Directory, ..EMPTY_ATTR }),
                Listing::WithAttributes(_) => self.vfs.peek(dir).map(|i| self.attr(&i)),
            };
            let dir_attr = match dir_attr {
                Ok(a) => a,
                Err(e) => return self.meta(move || reply.error(errno(e))),
            };
            let dots = [(ino, 1, "."), (self.to_fuse(parent), 2, "..")];
            for (i, pos, name) in dots.into_iter().skip(offset as usize) {
                if reply.add(i, pos, OsStr::new(name), FileAttr { ino: i, ..dir_attr }, Duration::ZERO) {
                    return self.meta(move || reply.ok());
                }
            }
        }
        let mut offset = offset.max(2);
        let mut after = self
            .listings()
            .get(&fh.0)
            .and_then(|last| last.iter().find(|(o, _)| *o == offset).map(|(_, name)| name.clone()));
        // Kept with the batch: a request that got nothing consumed asks from here again.
        let mut sent: Batch = after.iter().map(|name| (offset, name.clone())).collect();
        let ttl = self.name_ttl(dir);
        loop {
            let batch = match &reply {
                Listing::Names(_) => self
                    .vfs
                    .readdir(dir, offset - 2, after.as_deref(), LIST_BATCH, &id)
                    .map(|e| e.into_iter().map(|e| (e, None)).collect::<Vec<_>>()),
                Listing::WithAttributes(_) => self
                    .vfs
                    .readdir_plus(dir, offset - 2, after.as_deref(), LIST_BATCH, &id)
                    .map(|e| e.into_iter().map(|(e, i)| (e, Some(i))).collect()),
            };
            let entries = match batch {
                Ok(b) => b,
                Err(e) => return self.meta(move || reply.error(errno(e))),
            };
            let mut full = false;
            for (e, inode) in &entries {
                let off = e.position + 2;
                let attr = inode
                    .as_ref()
                    .map(|i| self.attr(i))
                    .unwrap_or_else(|| FileAttr { kind: file_type(e.kind), ..EMPTY_ATTR });
                if reply.add(self.to_fuse(e.ino), off, OsStr::from_bytes(&e.name), attr, ttl) {
                    full = true; // the kernel's buffer is full; it asks again from there
                    break;
                }
                sent.push((off, e.name.clone()));
            }
            match sent.last() {
                Some((off, name)) if !full && entries.len() == LIST_BATCH as usize => {
                    (offset, after) = (*off, Some(name.clone()))
                }
                _ => break,
            }
        }
        self.listings().insert(fh.0, sent);
        self.meta(move || reply.ok());
    }

    fn attr(&self, i: &Inode) -> FileAttr {
        // Times are stored as f64 seconds (~0.25 µs apart today): reported to the microsecond,
        // a time set to 0.1 s reads back as 0.1 s, not 0.099999994. Times before 1970 stay.
        let t = |secs: f64| {
            let micros = (secs * 1e6).round() as i64;
            let d = Duration::from_micros(micros.unsigned_abs());
            if micros < 0 { UNIX_EPOCH - d } else { UNIX_EPOCH + d }
        };
        // Sizes and space used as EFS reports them over NFS: a directory's size is its metered
        // size, and every object's space used is its metered data (`du` of an empty file: 4 KiB).
        let (size, used) = match i.kind {
            Kind::Dir => (metering::dir_bytes(i.size), metering::dir_data_bytes(i.size)),
            _ => (i.size, metering::file_data_bytes(i.size)),
        };
        FileAttr {
            ino: self.to_fuse(i.ino),
            size,
            blocks: used / 512,
            atime: t(i.atime),
            mtime: t(i.mtime),
            ctime: t(i.ctime),
            crtime: t(i.ctime),
            kind: file_type(i.kind),
            perm: i.perm as u16,
            nlink: i.nlink,
            uid: i.uid,
            gid: i.gid,
            rdev: i.rdev,
            blksize: 4096,
            flags: 0,
        }
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

fn file_type(k: Kind) -> FileType {
    match k {
        Kind::File => FileType::RegularFile,
        Kind::Dir => FileType::Directory,
        Kind::Symlink => FileType::Symlink,
        Kind::Fifo => FileType::NamedPipe,
        Kind::Socket => FileType::Socket,
        Kind::CharDev => FileType::CharDevice,
        Kind::BlockDev => FileType::BlockDevice,
    }
}

fn kind_of(mode: u32) -> Kind {
    match mode & libc::S_IFMT {
        libc::S_IFDIR => Kind::Dir,
        libc::S_IFLNK => Kind::Symlink,
        libc::S_IFIFO => Kind::Fifo,
        libc::S_IFSOCK => Kind::Socket,
        libc::S_IFCHR => Kind::CharDev,
        libc::S_IFBLK => Kind::BlockDev,
        _ => Kind::File,
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

fn errno(e: crate::vfs::Errno) -> Errno {
    Errno::from_i32(e.0)
}

/// "Now" is the file system's (virtual) now, as for every other time it sets.
fn time(t: TimeOrNow) -> SetTime {
    match t {
        TimeOrNow::SpecificTime(st) => SetTime::At(match st.duration_since(UNIX_EPOCH) {
            Ok(d) => d.as_secs_f64(),
            // fuser 0.18 makes (secs < 0, nsec) the epoch minus (|secs| + nsec) instead of
            // secs + nsec: undo that, so -1.5 s (-2 s + 0.5 s) is not stored as -2.5 s.
            Err(before) => -(before.duration().as_secs() as f64) + f64::from(before.duration().subsec_nanos()) * 1e-9,
        }),
        TimeOrNow::Now => SetTime::Now,
    }
}

/// Write-only opens bypass the kernel's page cache: each write goes straight from the
/// writer's buffer into the request (one copy less, no cache pages to fill and reclaim, and
/// no xattr lookup before every write). The kernel drops cached pages a direct write covers,
/// so readers of the file through other opens stay coherent; write-only files cannot be
/// mapped, so nothing is lost. Opens that read keep the cache (read-ahead, mmap).
///
/// No open sends FLUSH on close: without a write-back cache every write reached the daemon,
/// which journaled its size before answering, so a close has nothing left to make safe and
/// returns at once (one round trip less per open; the RELEASE that follows is asynchronous).
fn cache_mode(open_flags: i32) -> FopenFlags {
    let direct =
        if open_flags & libc::O_ACCMODE == libc::O_WRONLY { FopenFlags::FOPEN_DIRECT_IO } else { FopenFlags::empty() };
    direct | FopenFlags::FOPEN_NOFLUSH
}

/// A listing reply: names only (READDIR), or names with attributes (READDIRPLUS).
enum Listing {
    Names(ReplyDirectory),
    WithAttributes(ReplyDirectoryPlus),
}

impl Listing {
    /// Adds an entry (`attr` and `ttl` are for READDIRPLUS); `true` when the reply is full.
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

/// Attributes of an entry in a names-only listing: only its kind is used.
const EMPTY_ATTR: FileAttr = FileAttr {
    ino: INodeNo(0),
    size: 0,
    blocks: 0,
    atime: UNIX_EPOCH,
    mtime: UNIX_EPOCH,
    ctime: UNIX_EPOCH,
    crtime: UNIX_EPOCH,
    kind: FileType::RegularFile,
    perm: 0,
    nlink: 0,
    uid: 0,
    gid: 0,
    rdev: 0,
    blksize: 0,
    flags: 0,
};

/// Waits shorter than this are not worth a timer: the model's queue still carries them, so
/// sustained throughput converges to the permitted rate anyway.
const MIN_DELAY: Duration = Duration::from_millis(1);

/// Asynchronous requests (read-ahead) the kernel may have outstanding; io_uring queues have
/// room for more (vendor/fuser/src/ring.rs `DEPTH`), so lookups never wait behind them.
const BACKGROUND: u16 = 32;

/// Reads of at least this many bytes run on the blocking pool (see `read`).
const PARALLEL_READ: u32 = 128 * 1024;

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
        let parent = self.to_storage(parent);
        self.entry(parent, self.vfs.lookup(parent, name.as_bytes(), &self.who(req)), reply);
    }

    fn getattr(&self, _req: &Request, ino: INodeNo, _fh: Option<FileHandle>, reply: ReplyAttr) {
        self.attr_reply(self.vfs.getattr(self.to_storage(ino)), reply);
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
        let target = self.to_storage(ino);
        let was_searchable = change.perm.is_some() && self.vfs.searchable_by_all(target);
        let r = self.vfs.setattr(target, change, &self.who(req));
        if matches!(&r, Ok(i) if i.kind == Kind::Dir && was_searchable && !crate::vfs::all_may_search(i.perm)) {
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
        let r = self.vfs.readlink(self.to_storage(ino));
        self.meta(move || match r {
            Ok(t) => reply.data(&t),
            Err(e) => reply.error(errno(e)),
        });
    }

    fn mknod(&self, req: &Request, parent: INodeNo, name: &OsStr, mode: u32, umask: u32, rdev: u32, reply: ReplyEntry) {
        let (parent, what) = (self.to_storage(parent), Make::Node { kind: kind_of(mode), mode, umask, rdev });
        self.entry(parent, self.vfs.make(parent, name.as_bytes(), what, &self.who(req)), reply);
    }

    fn mkdir(&self, req: &Request, parent: INodeNo, name: &OsStr, mode: u32, umask: u32, reply: ReplyEntry) {
        let (parent, what) = (self.to_storage(parent), Make::Node { kind: Kind::Dir, mode, umask, rdev: 0 });
        self.entry(parent, self.vfs.make(parent, name.as_bytes(), what, &self.who(req)), reply);
    }

    fn unlink(&self, req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEmpty) {
        let parent = self.to_storage(parent);
        let r = self.vfs.unlink(parent, name.as_bytes(), &self.who(req));
        self.names_gone(r, &[(parent, name)], reply);
    }

    fn rmdir(&self, req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEmpty) {
        let parent = self.to_storage(parent);
        let r = self.vfs.rmdir(parent, name.as_bytes(), &self.who(req));
        self.names_gone(r, &[(parent, name)], reply);
    }

    fn symlink(&self, req: &Request, parent: INodeNo, link_name: &OsStr, target: &Path, reply: ReplyEntry) {
        let (parent, what) = (self.to_storage(parent), Make::Symlink(target.as_os_str().as_bytes()));
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
        let (parent, newparent) = (self.to_storage(parent), self.to_storage(newparent));
        let r = self.vfs.rename(parent, name.as_bytes(), newparent, newname.as_bytes(), flags.bits(), &self.who(req));
        self.names_gone(r, &[(parent, name), (newparent, newname)], reply);
    }

    fn link(&self, req: &Request, ino: INodeNo, newparent: INodeNo, newname: &OsStr, reply: ReplyEntry) {
        let newparent = self.to_storage(newparent);
        self.entry(
            newparent,
            self.vfs.link(self.to_storage(ino), newparent, newname.as_bytes(), &self.who(req)),
            reply,
        );
    }

    fn open(&self, req: &Request, ino: INodeNo, flags: OpenFlags, reply: ReplyOpen) {
        let r = self.vfs.open(self.to_storage(ino), flags.0, &self.who(req));
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
        let parent = self.to_storage(parent);
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
        let ino = self.to_storage(ino);
        // Large reads (read-ahead asks for 1 MiB at a time) wait on the disk: they run on the
        // blocking pool, and the thread that took the request goes on answering others (over
        // io_uring it is the only one serving its CPU's queue). One file's take turns, in the
        // order they came (`lanes`); different files' run at once.
        if size >= PARALLEL_READ {
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
        match self.vfs.write(self.to_storage(ino), offset, data, unprivileged.as_ref()) {
            Ok((n, wait)) => self.after(wait, move || reply.written(n)),
            Err(e) => reply.error(errno(e)),
        }
    }

    /// Only from kernels older than 5.16, which ignore `FOPEN_NOFLUSH` (see `cache_mode`).
    fn flush(&self, _req: &Request, ino: INodeNo, _fh: FileHandle, _lock: LockOwner, reply: ReplyEmpty) {
        match self.vfs.flush(self.to_storage(ino)) {
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
        match self.vfs.release(self.to_storage(ino)) {
            Ok(()) => reply.ok(),
            Err(e) => reply.error(errno(e)),
        }
    }

    fn fsync(&self, _req: &Request, ino: INodeNo, _fh: FileHandle, _datasync: bool, reply: ReplyEmpty) {
        match self.vfs.fsync(self.to_storage(ino)) {
            Ok(()) => reply.ok(),
            Err(e) => reply.error(errno(e)),
        }
    }

    /// A directory's entries are metadata: the same sync makes them durable.
    fn fsyncdir(&self, req: &Request, ino: INodeNo, fh: FileHandle, datasync: bool, reply: ReplyEmpty) {
        self.fsync(req, ino, fh, datasync, reply);
    }

    fn opendir(&self, req: &Request, ino: INodeNo, _flags: OpenFlags, reply: ReplyOpen) {
        let r = self.vfs.access(self.to_storage(ino), crate::vfs::permissions::R, &self.who(req));
        let handle = FileHandle(self.next_handle.fetch_add(1, Ordering::Relaxed));
        self.opened(r, handle, FopenFlags::empty(), reply);
    }

    fn releasedir(&self, _req: &Request, _ino: INodeNo, fh: FileHandle, _flags: OpenFlags, reply: ReplyEmpty) {
        self.listings().remove(&fh.0);
        reply.ok();
    }

    fn readdir(&self, req: &Request, ino: INodeNo, fh: FileHandle, offset: u64, reply: ReplyDirectory) {
        self.list(req, ino, fh, offset, Listing::Names(reply));
    }

    fn readdirplus(&self, req: &Request, ino: INodeNo, fh: FileHandle, offset: u64, reply: ReplyDirectoryPlus) {
        self.list(req, ino, fh, offset, Listing::WithAttributes(reply));
    }

    fn statfs(&self, _req: &Request, _ino: INodeNo, reply: ReplyStatfs) {
        // EFS reports an effectively unlimited size (8 EiB), of which its metered size is used.
        match self.vfs.space_used() {
            Ok(used) => {
                let blocks = (8u64 << 60) / 4096;
                let free = blocks - used.div_ceil(4096);
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
        self.empty(self.vfs.set_xattr(self.to_storage(ino), name.as_bytes(), value, flags, &self.who(req)), reply);
    }

    fn getxattr(&self, req: &Request, ino: INodeNo, name: &OsStr, size: u32, reply: ReplyXattr) {
        let r = self.vfs.get_xattr(self.to_storage(ino), name.as_bytes(), &self.who(req));
        self.xattr(r, size, reply);
    }

    fn listxattr(&self, _req: &Request, ino: INodeNo, size: u32, reply: ReplyXattr) {
        // The list is the names, each ending in a NUL.
        let r = self.vfs.list_xattrs(self.to_storage(ino)).map(|names| {
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
        self.empty(self.vfs.remove_xattr(self.to_storage(ino), name.as_bytes(), &self.who(req)), reply);
    }

    fn access(&self, req: &Request, ino: INodeNo, mask: AccessFlags, reply: ReplyEmpty) {
        self.empty(self.vfs.access(self.to_storage(ino), mask.bits() as u32 & 7, &self.who(req)), reply);
    }
}
