//! POSIX permission checks, pure: an identity against an inode's mode and owner.

use std::sync::{Arc, LazyLock};

use crate::storage::Inode;

pub const R: u32 = 4;
pub const W: u32 = 2;
pub const X: u32 = 1;

/// Who is asking, after access-point and root-squash mapping.
#[derive(Debug, Clone)]
pub struct Identity {
    pub uid: u32,
    pub gid: u32,
    pub groups: Groups,
}

/// Supplementary groups: given (an access point's), or loaded on first need. FUSE passes only
/// uid and gid; reading a caller's groups costs a /proc read, and most checks are settled by
/// the owner or primary group before the groups matter.
#[derive(Debug, Clone)]
pub enum Groups {
    Known(Vec<u32>),
    Lazy(Arc<LazyLock<Vec<u32>, GroupsLoader>>),
}

type GroupsLoader = Box<dyn FnOnce() -> Vec<u32> + Send>;

impl Groups {
    pub fn lazy(load: impl FnOnce() -> Vec<u32> + Send + 'static) -> Self {
        Groups::Lazy(Arc::new(LazyLock::new(Box::new(load))))
    }

    pub fn contains(&self, gid: u32) -> bool {
        match self {
            Groups::Known(g) => g.contains(&gid),
            Groups::Lazy(g) => g.contains(&gid),
        }
    }
}

impl Identity {
    pub fn is_root(&self) -> bool {
        self.uid == 0
    }

    pub fn in_group(&self, gid: u32) -> bool {
        self.gid == gid || self.groups.contains(gid)
    }
}

/// Whether `id` may access `inode` for `mask` (a combination of R, W, X).
/// Root may read and write anything, and execute anything with an execute bit set
/// (directories are always searchable by root).
pub fn allowed(inode: &Inode, id: &Identity, mask: u32) -> bool {
    if id.is_root() {
        let needs_exec = mask & X != 0;
        let any_exec = inode.perm & 0o111 != 0 || inode.kind == crate::storage::Kind::Dir;
        return !needs_exec || any_exec;
    }
    let bits = if inode.uid == id.uid {
        (inode.perm >> 6) & 7
    } else if id.in_group(inode.gid) {
        (inode.perm >> 3) & 7
    } else {
        inode.perm & 7
    };
    bits & mask == mask
}

/// Sticky directories: only the owner of the entry, of the directory, or root may remove it.
pub fn may_remove_from(dir: &Inode, entry: &Inode, id: &Identity) -> bool {
    dir.perm & 0o1000 == 0 || id.is_root() || id.uid == entry.uid || id.uid == dir.uid
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::Kind;
    use efsctl_core::lifecycle::Tier;
    use proptest::prelude::*;

    fn inode(perm: u32, uid: u32, gid: u32, kind: Kind) -> Inode {
        Inode {
            ino: 2,
            kind,
            perm,
            uid,
            gid,
            nlink: 1,
            size: 0,
            atime: 0.0,
            mtime: 0.0,
            ctime: 0.0,
            rdev: 0,
            tier: Tier::Standard,
            last_access: 0.0,
        }
    }

    fn who(uid: u32, gid: u32, groups: &[u32]) -> Identity {
        Identity { uid, gid, groups: Groups::Known(groups.to_vec()) }
    }

    #[test]
    fn owner_group_other() {
        let f = inode(0o640, 1000, 100, Kind::File);
        assert!(allowed(&f, &who(1000, 1, &[]), R | W));
        assert!(allowed(&f, &who(2000, 100, &[]), R));
        assert!(!allowed(&f, &who(2000, 100, &[]), W));
        assert!(allowed(&f, &who(2000, 5, &[100]), R), "supplementary group");
        assert!(!allowed(&f, &who(2000, 5, &[]), R));
        assert!(allowed(&f, &who(0, 0, &[]), R | W));
        assert!(!allowed(&f, &who(0, 0, &[]), X), "root needs some execute bit");
        assert!(allowed(&inode(0o700, 1, 1, Kind::Dir), &who(0, 0, &[]), X));
    }

    #[test]
    fn sticky() {
        let dir = inode(0o1777, 0, 0, Kind::Dir);
        let theirs = inode(0o644, 1000, 1000, Kind::File);
        assert!(!may_remove_from(&dir, &theirs, &who(2000, 2000, &[])));
        assert!(may_remove_from(&dir, &theirs, &who(1000, 1000, &[])));
    }

    #[test]
    fn groups_are_loaded_only_when_a_check_needs_them() {
        let loads = Arc::new(std::sync::atomic::AtomicU32::new(0));
        let counted = loads.clone();
        let id = Identity {
            uid: 2000,
            gid: 5,
            groups: Groups::lazy(move || {
                counted.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                vec![100]
            }),
        };
        assert!(allowed(&inode(0o600, 2000, 1, Kind::File), &id, R | W), "the owner needs no groups");
        assert_eq!(loads.load(std::sync::atomic::Ordering::Relaxed), 0);
        assert!(allowed(&inode(0o640, 1, 100, Kind::File), &id, R), "a supplementary group grants");
        assert!(allowed(&inode(0o640, 1, 100, Kind::File), &id, R));
        assert_eq!(loads.load(std::sync::atomic::Ordering::Relaxed), 1, "loaded once");
    }

    proptest! {
        #[test]
        fn others_never_exceed_mode(perm in 0u32..0o7777, mask in 1u32..8) {
            let f = inode(perm, 1, 1, Kind::File);
            let other = who(2, 2, &[]);
            prop_assert_eq!(allowed(&f, &other, mask), perm & mask == mask);
        }
    }
}
