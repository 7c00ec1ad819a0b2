//! A thin fuser adapter over `vfs`: translates requests and replies, nothing else. Replies the
//! throttle delays are sent from a timer thread, so one slow I/O never blocks other requests.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use fuser::{
    AccessFlags, Errno, FileAttr, FileHandle, FileType, Filesystem, FopenFlags, Generation, INodeNo, LockOwner, OpenAccMode, OpenFlags, RenameFlags, ReplyAttr, ReplyCreate, ReplyData,
    ReplyDirectory, ReplyEmpty, ReplyEntry, ReplyOpen, ReplyStatfs, ReplyWrite, ReplyXattr, Request, TimeOrNow, WriteFlags,
};

use crate::storage::{Inode, Kind, ROOT, SetAttr};
use crate::vfs::{Identity, Vfs};

/// How long the kernel may cache attributes and names: NFS clients of EFS cache attributes for
/// 3–60 s (acregmin/acdirmax), so other mounts see changes within that window, as on EFS.
const TTL: Duration = Duration::from_secs(30);
/// Largest write the kernel sends in one request (EFS mounts use wsize=1048576).
const MAX_WRITE: u32 = 1 << 20;

pub struct FuseFs {
    vfs: Arc<Vfs>,
}

impl FuseFs {
    pub fn new(vfs: Arc<Vfs>) -> Self {
        FuseFs { vfs }
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
        INodeNo(match ino {
            i if i == self.vfs.mount.root => ROOT,
            ROOT => self.vfs.mount.root,
            i => i,
        })
    }

    fn attr(&self, i: &Inode) -> FileAttr {
        let t = |secs: f64| UNIX_EPOCH + Duration::from_secs_f64(secs.max(0.0));
        FileAttr {
            ino: self.to_fuse(i.ino),
            size: i.size,
            blocks: i.size.div_ceil(512),
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
        self.vfs.identity(Identity { uid: req.uid(), gid: req.gid(), groups: supplementary_groups(req.pid()) })
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
    status.lines().find_map(|l| l.strip_prefix("Groups:")).map(|g| g.split_whitespace().filter_map(|x| x.parse().ok()).collect()).unwrap_or_default()
}

fn errno(e: crate::vfs::Errno) -> Errno {
    Errno::from_i32(e.0)
}

fn time(t: TimeOrNow) -> f64 {
    let st = match t {
        TimeOrNow::SpecificTime(st) => st,
        TimeOrNow::Now => SystemTime::now(),
    };
    st.duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0)
}

/// Waits shorter than this are not worth a timer: the model's queue still carries them, so
/// sustained throughput converges to the permitted rate anyway.
const MIN_DELAY: Duration = Duration::from_millis(1);

/// Sends `reply` now, or after `wait` from another thread.
fn after(wait: Duration, reply: impl FnOnce() + Send + 'static) {
    if wait < MIN_DELAY {
        reply();
    } else {
        std::thread::spawn(move || {
            std::thread::sleep(wait);
            reply();
        });
    }
}

impl Filesystem for FuseFs {
    fn init(&mut self, _req: &Request, config: &mut fuser::KernelConfig) -> std::io::Result<()> {
        // Older kernels cap these lower; whatever they grant is fine.
        let _ = config.set_max_write(MAX_WRITE);
        let _ = config.set_max_readahead(MAX_WRITE);
        Ok(())
    }

    fn lookup(&self, req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEntry) {
        match self.vfs.lookup(self.to_storage(parent), name.as_bytes(), &self.who(req)) {
            Ok(i) => reply.entry(&TTL, &self.attr(&i), Generation(0)),
            Err(e) => reply.error(errno(e)),
        }
    }

    fn getattr(&self, _req: &Request, ino: INodeNo, _fh: Option<FileHandle>, reply: ReplyAttr) {
        match self.vfs.getattr(self.to_storage(ino)) {
            Ok(i) => reply.attr(&TTL, &self.attr(&i)),
            Err(e) => reply.error(errno(e)),
        }
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
        _fh: Option<FileHandle>,
        _crtime: Option<SystemTime>,
        _chgtime: Option<SystemTime>,
        _bkuptime: Option<SystemTime>,
        _flags: Option<fuser::BsdFileFlags>,
        reply: ReplyAttr,
    ) {
        let set = SetAttr { perm: mode.map(|m| m & 0o7777), uid, gid, size, atime: atime.map(time), mtime: mtime.map(time) };
        match self.vfs.setattr(self.to_storage(ino), set, &self.who(req)) {
            Ok(i) => reply.attr(&TTL, &self.attr(&i)),
            Err(e) => reply.error(errno(e)),
        }
    }

    fn readlink(&self, _req: &Request, ino: INodeNo, reply: ReplyData) {
        match self.vfs.readlink(self.to_storage(ino)) {
            Ok(t) => reply.data(&t),
            Err(e) => reply.error(errno(e)),
        }
    }

    fn mknod(&self, req: &Request, parent: INodeNo, name: &OsStr, mode: u32, umask: u32, rdev: u32, reply: ReplyEntry) {
        match self.vfs.make(self.to_storage(parent), name.as_bytes(), kind_of(mode), mode, umask, rdev, None, &self.who(req)) {
            Ok(i) => reply.entry(&TTL, &self.attr(&i), Generation(0)),
            Err(e) => reply.error(errno(e)),
        }
    }

    fn mkdir(&self, req: &Request, parent: INodeNo, name: &OsStr, mode: u32, umask: u32, reply: ReplyEntry) {
        match self.vfs.make(self.to_storage(parent), name.as_bytes(), Kind::Dir, mode, umask, 0, None, &self.who(req)) {
            Ok(i) => reply.entry(&TTL, &self.attr(&i), Generation(0)),
            Err(e) => reply.error(errno(e)),
        }
    }

    fn unlink(&self, req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEmpty) {
        match self.vfs.unlink(self.to_storage(parent), name.as_bytes(), &self.who(req)) {
            Ok(()) => reply.ok(),
            Err(e) => reply.error(errno(e)),
        }
    }

    fn rmdir(&self, req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEmpty) {
        match self.vfs.rmdir(self.to_storage(parent), name.as_bytes(), &self.who(req)) {
            Ok(()) => reply.ok(),
            Err(e) => reply.error(errno(e)),
        }
    }

    fn symlink(&self, req: &Request, parent: INodeNo, link_name: &OsStr, target: &Path, reply: ReplyEntry) {
        match self.vfs.make(self.to_storage(parent), link_name.as_bytes(), Kind::Symlink, 0o777, 0, 0, Some(target.as_os_str().as_bytes()), &self.who(req)) {
            Ok(i) => reply.entry(&TTL, &self.attr(&i), Generation(0)),
            Err(e) => reply.error(errno(e)),
        }
    }

    fn rename(&self, req: &Request, parent: INodeNo, name: &OsStr, newparent: INodeNo, newname: &OsStr, flags: RenameFlags, reply: ReplyEmpty) {
        match self.vfs.rename(self.to_storage(parent), name.as_bytes(), self.to_storage(newparent), newname.as_bytes(), flags.bits(), &self.who(req)) {
            Ok(()) => reply.ok(),
            Err(e) => reply.error(errno(e)),
        }
    }

    fn link(&self, req: &Request, ino: INodeNo, newparent: INodeNo, newname: &OsStr, reply: ReplyEntry) {
        match self.vfs.link(self.to_storage(ino), self.to_storage(newparent), newname.as_bytes(), &self.who(req)) {
            Ok(i) => reply.entry(&TTL, &self.attr(&i), Generation(0)),
            Err(e) => reply.error(errno(e)),
        }
    }

    fn open(&self, req: &Request, ino: INodeNo, flags: OpenFlags, reply: ReplyOpen) {
        let (read, write) = match flags.acc_mode() {
            OpenAccMode::O_RDONLY => (true, false),
            OpenAccMode::O_WRONLY => (false, true),
            OpenAccMode::O_RDWR => (true, true),
        };
        match self.vfs.open(self.to_storage(ino), read, write, flags.0 & libc::O_TRUNC != 0, &self.who(req)) {
            Ok(()) => reply.opened(FileHandle(0), FopenFlags::empty()),
            Err(e) => reply.error(errno(e)),
        }
    }

    fn create(&self, req: &Request, parent: INodeNo, name: &OsStr, mode: u32, umask: u32, _flags: i32, reply: ReplyCreate) {
        let who = self.who(req);
        let made = self.vfs.make(self.to_storage(parent), name.as_bytes(), Kind::File, mode, umask, 0, None, &who).and_then(|i| {
            self.vfs.storage.open_file(i.ino).map_err(crate::vfs::Errno::from)?;
            Ok(i)
        });
        match made {
            Ok(i) => reply.created(&TTL, &self.attr(&i), Generation(0), FileHandle(0), FopenFlags::empty()),
            Err(e) => reply.error(errno(e)),
        }
    }

    fn read(&self, _req: &Request, ino: INodeNo, _fh: FileHandle, offset: u64, size: u32, _flags: OpenFlags, _lock: Option<LockOwner>, reply: ReplyData) {
        match self.vfs.read(self.to_storage(ino), offset, size) {
            Ok((data, wait)) => after(wait, move || reply.data(&data)),
            Err(e) => reply.error(errno(e)),
        }
    }

    fn write(&self, _req: &Request, ino: INodeNo, _fh: FileHandle, offset: u64, data: &[u8], _wf: WriteFlags, _flags: OpenFlags, _lock: Option<LockOwner>, reply: ReplyWrite) {
        match self.vfs.write(self.to_storage(ino), offset, data) {
            Ok((n, wait)) => after(wait, move || reply.written(n)),
            Err(e) => reply.error(errno(e)),
        }
    }

    fn flush(&self, _req: &Request, _ino: INodeNo, _fh: FileHandle, _lock: LockOwner, reply: ReplyEmpty) {
        reply.ok();
    }

    fn release(&self, _req: &Request, ino: INodeNo, _fh: FileHandle, _flags: OpenFlags, _lock: Option<LockOwner>, _flush: bool, reply: ReplyEmpty) {
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

    fn opendir(&self, req: &Request, ino: INodeNo, _flags: OpenFlags, reply: ReplyOpen) {
        match self.vfs.access(self.to_storage(ino), crate::vfs::permissions::R, &self.who(req)) {
            Ok(()) => reply.opened(FileHandle(0), FopenFlags::empty()),
            Err(e) => reply.error(errno(e)),
        }
    }

    fn readdir(&self, req: &Request, ino: INodeNo, _fh: FileHandle, offset: u64, mut reply: ReplyDirectory) {
        let dir = self.to_storage(ino);
        let entries = match self.vfs.readdir(dir, offset.saturating_sub(2), &self.who(req)) {
            Ok(e) => e,
            Err(e) => return reply.error(errno(e)),
        };
        if offset == 0 && reply.add(ino, 1, FileType::Directory, ".") {
            return reply.ok();
        }
        if offset <= 1 {
            // `..` of the mount root is the root itself: nothing outside an access point shows.
            let parent = if dir == self.vfs.mount.root { dir } else { self.vfs.storage.parent_of(dir).unwrap_or(dir) };
            if reply.add(self.to_fuse(parent), 2, FileType::Directory, "..") {
                return reply.ok();
            }
        }
        for e in entries {
            if reply.add(self.to_fuse(e.ino), e.position + 2, file_type(e.kind), OsStr::from_bytes(&e.name)) {
                break;
            }
        }
        reply.ok();
    }

    fn statfs(&self, _req: &Request, _ino: INodeNo, reply: ReplyStatfs) {
        // EFS reports an effectively unlimited size (8 EiB).
        let blocks = (8u64 << 60) / 4096;
        reply.statfs(blocks, blocks, blocks, u64::MAX >> 1, u64::MAX >> 1, 4096, 255, 4096);
    }

    fn setxattr(&self, req: &Request, ino: INodeNo, name: &OsStr, value: &[u8], flags: i32, _position: u32, reply: ReplyEmpty) {
        match self.vfs.set_xattr(self.to_storage(ino), name.as_bytes(), value, flags, &self.who(req)) {
            Ok(()) => reply.ok(),
            Err(e) => reply.error(errno(e)),
        }
    }

    fn getxattr(&self, req: &Request, ino: INodeNo, name: &OsStr, size: u32, reply: ReplyXattr) {
        match self.vfs.get_xattr(self.to_storage(ino), name.as_bytes(), &self.who(req)) {
            Ok(v) if size == 0 => reply.size(v.len() as u32),
            Ok(v) if v.len() <= size as usize => reply.data(&v),
            Ok(_) => reply.error(Errno::ERANGE),
            Err(e) => reply.error(errno(e)),
        }
    }

    fn listxattr(&self, _req: &Request, ino: INodeNo, size: u32, reply: ReplyXattr) {
        match self.vfs.list_xattrs(self.to_storage(ino)) {
            Ok(names) => {
                let mut buf = Vec::new();
                for n in names {
                    buf.extend_from_slice(&n);
                    buf.push(0);
                }
                if size == 0 {
                    reply.size(buf.len() as u32);
                } else if buf.len() <= size as usize {
                    reply.data(&buf);
                } else {
                    reply.error(Errno::ERANGE);
                }
            }
            Err(e) => reply.error(errno(e)),
        }
    }

    fn removexattr(&self, req: &Request, ino: INodeNo, name: &OsStr, reply: ReplyEmpty) {
        match self.vfs.remove_xattr(self.to_storage(ino), name.as_bytes(), &self.who(req)) {
            Ok(()) => reply.ok(),
            Err(e) => reply.error(errno(e)),
        }
    }

    fn access(&self, req: &Request, ino: INodeNo, mask: AccessFlags, reply: ReplyEmpty) {
        match self.vfs.access(self.to_storage(ino), mask.bits() as u32 & 7, &self.who(req)) {
            Ok(()) => reply.ok(),
            Err(e) => reply.error(errno(e)),
        }
    }
}
