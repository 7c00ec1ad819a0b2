//! Conversions between fuser's types and the file system's: attributes as EFS reports them,
//! kinds, times, errnos and the figures of `statfs`.

use std::time::{Duration, UNIX_EPOCH};

use fuser::{Errno, FileAttr, FileType, INodeNo, TimeOrNow};

use super::roots::RootMap;
use crate::storage::{Inode, Kind};
use crate::vfs::{self, SetTime};
use efsctl_core::model::metering;

/// The attributes of inode `i` on a mount numbered by `roots`.
pub fn attr(i: &Inode, roots: RootMap) -> FileAttr {
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
        ino: roots.to_fuse(i.ino),
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

/// Attributes of an entry in a names-only listing: only its kind is used.
pub const NAMES_ONLY: FileAttr = FileAttr {
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

pub fn file_type(k: Kind) -> FileType {
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

/// The kind `mknod`'s `mode` makes.
pub fn kind_of(mode: u32) -> Kind {
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

/// "Now" is the file system's (virtual) now, as for every other time it sets.
pub fn time(t: TimeOrNow) -> SetTime {
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

pub fn errno(e: vfs::Errno) -> Errno {
    Errno::from_i32(e.0)
}

/// `statfs`'s 4 KiB blocks, all and free, with `used` bytes used. EFS reports an effectively
/// unlimited size (8 EiB), of which its metered size is used.
pub fn blocks(used: u64) -> (u64, u64) {
    let all = (8u64 << 60) / 4096;
    (all, all - used.div_ceil(4096))
}

#[cfg(test)]
mod tests {
    use std::time::SystemTime;

    use super::*;
    use crate::storage::ROOT;
    use efsctl_core::lifecycle::Tier;

    fn inode(kind: Kind, size: u64) -> Inode {
        Inode {
            ino: 42,
            kind,
            perm: 0o4755,
            uid: 1000,
            gid: 100,
            nlink: 1,
            size,
            atime: 0.1,
            mtime: -1.5,
            ctime: 1_700_000_000.000_001,
            rdev: 0,
            tier: Tier::Standard,
            last_access: 0.0,
        }
    }

    #[test]
    fn attributes_are_reported_as_efs_reports_them() {
        let file = attr(&inode(Kind::File, 10_000), RootMap::new(ROOT));
        assert_eq!(
            (file.ino, file.size, file.blocks, file.kind),
            (INodeNo(42), 10_000, 12_288 / 512, FileType::RegularFile)
        );
        assert_eq!((file.perm, file.uid, file.gid, file.blksize), (0o4755, 1000, 100, 4096));
        let empty = attr(&inode(Kind::File, 0), RootMap::new(ROOT));
        assert_eq!(empty.blocks, 8, "du of an empty file is 4 KiB");
        let dir = attr(&inode(Kind::Dir, 0), RootMap::new(ROOT));
        assert_eq!((dir.size, dir.kind), (6144, FileType::Directory), "ls -l shows 6144 for an empty directory");
        let access_point_root = attr(&inode(Kind::Dir, 0), RootMap::new(42));
        assert_eq!(access_point_root.ino, INodeNo(ROOT));
    }

    #[test]
    fn times_are_reported_to_the_microsecond_before_1970_too() {
        let a = attr(&inode(Kind::File, 0), RootMap::new(ROOT));
        assert_eq!(a.atime, UNIX_EPOCH + Duration::from_millis(100));
        assert_eq!(a.mtime, UNIX_EPOCH - Duration::from_millis(1500));
        assert_eq!(a.ctime, UNIX_EPOCH + Duration::new(1_700_000_000, 1_000));
        assert_eq!(a.crtime, a.ctime);
    }

    #[test]
    fn times_set_are_kept_as_given_before_1970_too() {
        assert_eq!(time(TimeOrNow::Now), SetTime::Now);
        let later = SystemTime::UNIX_EPOCH + Duration::from_millis(2500);
        assert_eq!(time(TimeOrNow::SpecificTime(later)), SetTime::At(2.5));
        // What fuser 0.18 makes of (secs -2, nsec 0.5e9), which means -1.5 s.
        let before = SystemTime::UNIX_EPOCH - Duration::from_millis(2500);
        assert_eq!(time(TimeOrNow::SpecificTime(before)), SetTime::At(-1.5));
    }

    #[test]
    fn kinds_round_trip_through_mode_bits() {
        let kinds = [Kind::File, Kind::Dir, Kind::Symlink, Kind::Fifo, Kind::Socket, Kind::CharDev, Kind::BlockDev];
        let modes =
            [libc::S_IFREG, libc::S_IFDIR, libc::S_IFLNK, libc::S_IFIFO, libc::S_IFSOCK, libc::S_IFCHR, libc::S_IFBLK];
        for (kind, mode) in kinds.into_iter().zip(modes) {
            assert_eq!(kind_of(mode | 0o644), kind);
        }
        assert_eq!(kind_of(0o644), Kind::File, "no type bits make a regular file");
        assert_eq!(file_type(Kind::Fifo), FileType::NamedPipe);
    }

    #[test]
    fn statfs_shows_8_eib_of_which_the_metered_size_is_used() {
        let (all, free) = blocks(0);
        assert_eq!((all * 4096, free), (8 << 60, all));
        assert_eq!(blocks(1).1, all - 1, "a started block is used");
        assert_eq!(blocks(8192).1, all - 2);
    }
}
