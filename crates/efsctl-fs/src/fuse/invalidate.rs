//! What the kernels of a file system's mounts must forget when something changes, decided
//! from the change and the mounts' numbering; the adapter sends the notifications.
//!
//! - A name one mount removes or replaces (unlink, rmdir, rename) is dropped from the other
//!   mounts' kernel caches, so their next open looks it up again, as NFS clients revalidate a
//!   name on open; otherwise a mount holding the old file open kept resolving the name to it for
//!   up to the cache's TTL (a file no mount holds is stale, and looked up again anyway).
//! - A directory that stops being searchable by everyone has the names the kernel keeps beneath
//!   it dropped on this mount, since the kernel keeps names only where everyone may search (see
//!   `cache::name_ttl`).

use fuser::INodeNo;

use super::roots::RootMap;
use crate::storage::{Inode, Kind};
use crate::vfs::all_may_search;

/// The entries an operation removed or replaced, to drop from other mounts' caches.
pub struct Invalidation<M> {
    /// The mounts to tell, with their numbering.
    mounts: Vec<(M, RootMap)>,
    /// Each entry as (storage parent, name).
    names: Vec<(u64, Vec<u8>)>,
}

impl<M> Invalidation<M> {
    /// The entries `names` (storage parent, name) to drop from `mounts`; `None` when there is
    /// no mount to tell, so nothing is copied.
    pub fn plan(names: &[(u64, &[u8])], mounts: Vec<(M, RootMap)>) -> Option<Self> {
        if mounts.is_empty() {
            return None;
        }
        Some(Invalidation { mounts, names: names.iter().map(|&(parent, name)| (parent, name.to_vec())).collect() })
    }

    /// Each (mount, parent as that mount numbers it, name), mount by mount. A name outside a
    /// mount's access-point root is addressed too, in a numbering that is one-to-one (storage's
    /// root takes a number the mount never shows the kernel): the kernel answers ENOENT for a
    /// directory it does not know, and one it still knows from before it was moved out loses a
    /// stale name, as it should. Telling which names lie outside would take a walk up the tree
    /// per name and mount.
    pub fn entries(&self) -> impl Iterator<Item = (&M, INodeNo, &[u8])> {
        self.mounts.iter().flat_map(move |(mount, roots)| {
            self.names.iter().map(move |(parent, name)| (mount, roots.to_fuse(*parent), name.as_slice()))
        })
    }
}

/// Whether a `setattr` closed directory `after` to some: it was searchable by everyone before
/// its mode changed (`was_searchable_by_all`) and no longer is.
pub fn closes_search(was_searchable_by_all: bool, after: &Inode) -> bool {
    after.kind == Kind::Dir && was_searchable_by_all && !all_may_search(after.perm)
}

/// What the kernel drops of a directory that some may no longer search, so the next walk
/// through it asks the daemon, which checks the caller.
#[derive(Debug, PartialEq, Eq)]
pub enum Forget {
    /// The directory's own name (parent, name): that drops everything the kernel keeps beneath
    /// it, and locks only the parent (not the directory, which the chmod holds), so it is done
    /// before the reply.
    Name(INodeNo, Vec<u8>),
    /// Each name in the directory (the mount's root, which has no name on the mount), from
    /// another thread, as dropping them waits for the chmod (holding the directory) to return.
    EachNameIn(INodeNo),
}

/// What to forget of directory `dir`, which the mount names `named` (its storage parent and
/// name, `None` at the mount's root; see `Vfs::name_of`).
pub fn closed_dir(dir: INodeNo, named: Option<(u64, Vec<u8>)>, roots: RootMap) -> Forget {
    match named {
        Some((parent, name)) => Forget::Name(roots.to_fuse(parent), name),
        None => Forget::EachNameIn(dir),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::ROOT;
    use crate::vfs::testing::{TestFs, user};
    use crate::vfs::{Change, Vfs};

    #[test]
    fn no_other_mount_means_nothing_to_plan() {
        assert!(Invalidation::<&str>::plan(&[(ROOT, b"x")], vec![]).is_none());
    }

    #[test]
    fn each_mount_is_told_in_its_own_numbering() {
        // Storage: / (1) holds team (5); team holds x; / holds y.
        let team = 5;
        let mounts = vec![("whole", RootMap::new(ROOT)), ("access point", RootMap::new(team))];
        let plan = Invalidation::plan(&[(team, b"x"), (ROOT, b"y")], mounts).unwrap();
        let told: Vec<_> = plan.entries().map(|(m, parent, name)| (*m, parent.0, name)).collect();
        assert_eq!(
            told,
            [
                ("whole", team, &b"x"[..]),
                ("whole", ROOT, b"y"),
                // team is the access point mount's root, FUSE's 1 there.
                ("access point", ROOT, b"x"),
                // y lies outside: the mount calls storage's root by team's number, which it
                // never shows the kernel, so the kernel drops nothing.
                ("access point", team, b"y"),
            ]
        );
    }

    #[test]
    fn a_renames_two_names_go_to_every_other_mount() {
        let plan =
            Invalidation::plan(&[(7, b"old"), (9, b"new")], vec![(1, RootMap::new(ROOT)), (2, RootMap::new(30))]);
        let told: Vec<_> = plan.unwrap().entries().map(|(m, parent, name)| (*m, parent.0, name.to_vec())).collect();
        let expected = [(1, 7, b"old"), (1, 9, b"new"), (2, 7, b"old"), (2, 9, b"new")];
        assert_eq!(told, expected.map(|(m, p, n)| (m, p, n.to_vec())));
    }

    /// A chmod through `vfs` of `dir` to `perm`, as the adapter sees it: whether it closes
    /// the directory, and what the kernel would forget.
    fn chmod(vfs: &Vfs, dir: u64, perm: u32) -> Option<Forget> {
        let was = vfs.searchable_by_all(dir);
        let change = Change { perm: Some(perm), ..Default::default() };
        let after = vfs.setattr(dir, change, &user(0)).unwrap();
        let roots = RootMap::new(vfs.mount.root);
        closes_search(was, &after).then(|| closed_dir(roots.to_fuse(dir), vfs.name_of(dir), roots))
    }

    #[test]
    fn closing_a_directory_forgets_its_name_or_at_the_mount_root_each_name_in_it() {
        let fs = TestFs::new();
        let team = fs.make(ROOT, "team", Kind::Dir);
        let sub = fs.make(team, "sub", Kind::Dir);
        let (whole, access_point) = (fs.mount(ROOT), fs.mount(team));
        assert_eq!(chmod(&whole, sub, 0o700), Some(Forget::Name(INodeNo(team), b"sub".to_vec())));
        assert_eq!(chmod(&whole, sub, 0o750), None, "already closed to some");
        assert_eq!(chmod(&whole, sub, 0o755), None, "opening forgets nothing");
        assert_eq!(chmod(&access_point, sub, 0o711), None, "still searchable by all");
        assert_eq!(chmod(&access_point, sub, 0o710), Some(Forget::Name(INodeNo(ROOT), b"sub".to_vec())));
        assert_eq!(chmod(&whole, team, 0o700), Some(Forget::Name(INodeNo(ROOT), b"team".to_vec())));
        fs.storage.set_attr(team, &crate::storage::SetAttr { perm: Some(0o755), ..Default::default() }, 0.0).unwrap();
        assert_eq!(chmod(&access_point, team, 0o700), Some(Forget::EachNameIn(INodeNo(ROOT))), "the mount's root");
        assert_eq!(chmod(&whole, ROOT, 0o700), Some(Forget::EachNameIn(INodeNo(ROOT))));
        let file = fs.make(ROOT, "f", Kind::File);
        assert_eq!(chmod(&whole, file, 0o700), None, "only directories hold names");
    }
}
