//! A file system in a temporary directory and mounts of it, for tests that need neither root
//! nor /dev/fuse.

use std::sync::Arc;
use std::time::Duration;

use super::{Groups, Identity, Io, Meta, MountContext, Throttle, Vfs};
use crate::storage::{Kind, NewInode, Storage};
use efsctl_core::clock::SystemClock;

/// The storage engine over a temporary directory, removed when dropped.
pub struct TestFs {
    // Declared first, so dropped (and checkpointed) before its directory goes.
    pub storage: Arc<Storage>,
    _dir: tempfile::TempDir,
}

/// Never holds a reply.
struct NoWait;

impl Throttle for NoWait {
    fn admit(&self, _io: Io, _bytes: u64) -> Duration {
        Duration::ZERO
    }

    fn metadata(&self, _kind: Meta) {}

    fn metadata_wait(&self) -> Duration {
        Duration::ZERO
    }
}

impl TestFs {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        TestFs { storage: Arc::new(Storage::open(dir.path(), 0.0).unwrap()), _dir: dir }
    }

    /// A read-write mount without root squash or lifecycle policy, rooted at `root` (an access
    /// point's root, or storage's `ROOT` for the whole file system).
    pub fn mount(&self, root: u64) -> Vfs {
        let context = MountContext { read_only: false, squash_root: false, enforced: None, root };
        Vfs::new(self.storage.clone(), context, Arc::default(), Arc::new(NoWait), Arc::new(SystemClock), Arc::default())
    }

    /// Makes `parent/name` of `kind`, owned by root with mode 0o755; returns its inode number.
    pub fn make(&self, parent: u64, name: &str, kind: Kind) -> u64 {
        let new = NewInode { kind, perm: 0o755, uid: 0, gid: 0, rdev: 0 };
        self.storage.create(parent, name.as_bytes(), new, None, 0.0).unwrap().ino
    }
}

/// A caller of `uid` in group `uid` and no other.
pub fn user(uid: u32) -> Identity {
    Identity { uid, gid: uid, groups: Groups::Known(vec![]) }
}
