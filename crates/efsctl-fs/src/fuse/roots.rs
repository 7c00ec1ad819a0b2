//! FUSE's inode numbers for storage's on one mount.
//!
//! FUSE calls a mount's root inode 1, while an access point's root has its own storage number.
//! The two numbers swap places: the access point's root is FUSE's 1 and storage's root (which
//! that mount never reaches) takes the access point root's number, so every other inode keeps
//! its number and the mapping costs a comparison, not a table.

use fuser::INodeNo;

use crate::storage::ROOT;

/// The numbering of one mount, rooted at storage inode `root`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RootMap {
    root: u64,
}

impl RootMap {
    pub fn new(root: u64) -> Self {
        RootMap { root }
    }

    /// The storage inode the kernel means by `ino`.
    pub fn to_storage(self, ino: INodeNo) -> u64 {
        match ino.0 {
            ROOT => self.root,
            i if i == self.root => ROOT,
            i => i,
        }
    }

    /// What the kernel calls storage inode `ino`.
    pub fn to_fuse(self, ino: u64) -> INodeNo {
        INodeNo(match ino {
            i if i == self.root => ROOT,
            ROOT => self.root,
            i => i,
        })
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn a_whole_file_system_mount_keeps_storage_numbers() {
        let whole = RootMap::new(ROOT);
        for ino in [ROOT, 2, 99] {
            assert_eq!(whole.to_fuse(ino), INodeNo(ino));
            assert_eq!(whole.to_storage(INodeNo(ino)), ino);
        }
    }

    #[test]
    fn an_access_point_root_swaps_numbers_with_the_storage_root() {
        let access_point = RootMap::new(42);
        assert_eq!(access_point.to_fuse(42), INodeNo(ROOT));
        assert_eq!(access_point.to_storage(INodeNo(ROOT)), 42);
        assert_eq!(access_point.to_fuse(ROOT), INodeNo(42));
        assert_eq!(access_point.to_storage(INodeNo(42)), ROOT);
        assert_eq!(access_point.to_fuse(7), INodeNo(7));
        assert_eq!(access_point.to_storage(INodeNo(7)), 7);
    }

    proptest! {
        /// One number per inode each way, whatever the root: a reply never names one inode by
        /// another's number.
        #[test]
        fn the_numbering_is_a_bijection(root in 1u64..50, ino in 1u64..50) {
            let map = RootMap::new(root);
            prop_assert_eq!(map.to_storage(map.to_fuse(ino)), ino);
            prop_assert_eq!(map.to_fuse(map.to_storage(INodeNo(ino))), INodeNo(ino));
        }
    }
}
