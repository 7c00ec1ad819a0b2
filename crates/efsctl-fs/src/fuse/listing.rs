//! Listing cursors: where each reply of a directory listing starts.
//!
//! The kernel reads a directory in replies of a few kilobytes, each asking from the offset of
//! the last entry it took. Offsets number `.` 1 and `..` 2, and the directory's entries from 3
//! in name order (storage's positions, which count from 1, plus 2). Storage resumes a listing
//! after a name with one seek in the directory's tree, but finds the n-th entry only by
//! counting from the start, which made a listing quadratic in its length. So each open handle
//! keeps the offsets and names of the entries its last reply sent, and a request from one of
//! them resumes after that name; a seek elsewhere (seekdir to an older offset) counts from the
//! start. Entries added or removed meanwhile move positions but not names, so a resumed listing
//! neither repeats nor skips an entry that stays (POSIX leaves the others unspecified).

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

use crate::storage::{DirEntry, Inode};
use crate::vfs::{LIST_BATCH, VfsResult};

/// The offset and name of each entry of a reply.
type Batch = Vec<(u64, Vec<u8>)>;

/// The listings open on one mount, by handle.
pub struct Listings {
    last: Mutex<HashMap<u64, Batch>>,
    /// Entries read from storage at a time: `LIST_BATCH`, fewer in tests, which reach batch
    /// boundaries with small directories.
    batch: u32,
}

impl Default for Listings {
    fn default() -> Self {
        Listings { last: Mutex::default(), batch: LIST_BATCH }
    }
}

/// The dot entries: the directory itself and its parent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dot {
    Dir,
    Parent,
}

const DOTS: [(Dot, u64, &str); 2] = [(Dot::Dir, 1, "."), (Dot::Parent, 2, "..")];

/// The dot entries a reply from the kernel's `offset` starts with, with their offsets.
pub fn dots(offset: u64) -> &'static [(Dot, u64, &'static str)] {
    &DOTS[offset.min(2) as usize..]
}

/// An entry as a listing reads it: without attributes (READDIR) or with (READDIRPLUS).
pub trait Listed {
    fn entry(&self) -> &DirEntry;
}

impl Listed for DirEntry {
    fn entry(&self) -> &DirEntry {
        self
    }
}

impl Listed for (DirEntry, Inode) {
    fn entry(&self) -> &DirEntry {
        &self.0
    }
}

impl Listings {
    fn last(&self) -> MutexGuard<'_, HashMap<u64, Batch>> {
        self.last.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Fills a reply of the listing on handle `fh` with the directory's entries from the
    /// kernel's `offset` on (the dot entries, before, are the caller's). `read(position, after,
    /// limit)` reads up to `limit` entries numbered on from `position`: those after the name
    /// `after` when given, else those after the first `position` (see `Vfs::readdir`). `add`
    /// puts one in the reply at its offset, and says whether the reply was full, the entry left
    /// out. Batches are read while the reply has room and storage has more.
    pub fn fill<E: Listed>(
        &self,
        fh: u64,
        offset: u64,
        mut read: impl FnMut(u64, Option<&[u8]>, u32) -> VfsResult<Vec<E>>,
        mut add: impl FnMut(u64, &E) -> bool,
    ) -> VfsResult<()> {
        let mut offset = offset.max(2);
        let mut after =
            self.last().get(&fh).and_then(|last| last.iter().find(|(o, _)| *o == offset).map(|(_, name)| name.clone()));
        // Kept with the batch: a request that got nothing consumed asks from here again.
        let mut sent: Batch = after.iter().map(|name| (offset, name.clone())).collect();
        loop {
            let entries = read(offset - 2, after.as_deref(), self.batch)?;
            let mut full = false;
            for e in &entries {
                let off = e.entry().position + 2;
                if add(off, e) {
                    full = true; // the kernel's buffer is full; it asks again from there
                    break;
                }
                sent.push((off, e.entry().name.clone()));
            }
            match sent.last() {
                Some((off, name)) if !full && entries.len() == self.batch as usize => {
                    (offset, after) = (*off, Some(name.clone()))
                }
                _ => break,
            }
        }
        self.last().insert(fh, sent);
        Ok(())
    }

    /// Forgets the listing on handle `fh` (releasedir).
    pub fn close(&self, fh: u64) {
        self.last().remove(&fh);
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use proptest::prelude::*;

    use super::*;
    use crate::storage::{Kind, ROOT};
    use crate::vfs::testing::{TestFs, user};

    /// A directory as storage lists it (`Storage::readdir`), with a count of the entries read.
    #[derive(Default)]
    struct Dir {
        names: BTreeSet<Vec<u8>>,
        read: usize,
    }

    impl Dir {
        fn of(n: usize) -> Self {
            Dir { names: (0..n).map(name).collect(), read: 0 }
        }

        fn read(&mut self, position: u64, after: Option<&[u8]>, limit: u32) -> VfsResult<Vec<DirEntry>> {
            let skip = if after.is_some() { 0 } else { position as usize };
            let from = self.names.iter().filter(|n| after.is_none_or(|a| n.as_slice() > a)).skip(skip);
            let listed: Vec<_> = from
                .take(limit as usize)
                .zip(position + 1..)
                .map(|(n, position)| DirEntry { position, ino: 100, kind: Kind::File, name: n.clone() })
                .collect();
            self.read += listed.len() + skip;
            Ok(listed)
        }
    }

    fn name(n: usize) -> Vec<u8> {
        format!("n{n:05}").into_bytes()
    }

    /// One reply as the kernel gets it: the dot entries, then the directory's, up to `room`
    /// entries. Returns each entry's (offset, name).
    fn reply(listings: &Listings, dir: &mut Dir, fh: u64, offset: u64, room: usize) -> Vec<(u64, Vec<u8>)> {
        let mut got = Vec::new();
        for (_, off, n) in dots(offset) {
            if got.len() == room {
                return got;
            }
            got.push((*off, n.as_bytes().to_vec()));
        }
        let add = |off: u64, e: &DirEntry| {
            if got.len() == room {
                return true;
            }
            got.push((off, e.name.clone()));
            false
        };
        listings.fill(fh, offset, |p, a, l| dir.read(p, a, l), add).unwrap();
        got
    }

    /// A whole listing as the kernel reads it, a reply of `rooms[i % len]` entries at a time,
    /// each from the offset of the last entry it took, until a reply brings nothing. Returns
    /// the names and how many replies it took.
    fn list(listings: &Listings, dir: &mut Dir, fh: u64, rooms: &[usize]) -> (Vec<Vec<u8>>, usize) {
        let (mut offset, mut names, mut replies) = (0, Vec::new(), 0);
        for room in rooms.iter().cycle() {
            replies += 1;
            let got = reply(listings, dir, fh, offset, *room);
            let Some((last, _)) = got.last() else { break };
            offset = *last;
            names.extend(got.into_iter().map(|(_, n)| n));
        }
        (names, replies)
    }

    fn with_dots(names: impl IntoIterator<Item = Vec<u8>>) -> Vec<Vec<u8>> {
        [b".".to_vec(), b"..".to_vec()].into_iter().chain(names).collect()
    }

    #[test]
    fn dot_entries_come_first_and_once() {
        assert_eq!(dots(0).iter().map(|d| (d.0, d.1)).collect::<Vec<_>>(), [(Dot::Dir, 1), (Dot::Parent, 2)]);
        assert_eq!(dots(1).iter().map(|d| d.2).collect::<Vec<_>>(), [".."]);
        assert!(dots(2).is_empty() && dots(3).is_empty() && dots(u64::MAX).is_empty());
    }

    #[test]
    fn a_listing_reads_each_entry_once_however_the_kernel_splits_it() {
        let listings = Listings { batch: 8, ..Listings::default() };
        let mut dir = Dir::of(100);
        let (names, replies) = list(&listings, &mut dir, 1, &[5, 1, 8, 30, 9]);
        assert_eq!(names, with_dots(dir.names.iter().cloned()));
        // Linear: each entry is read from storage once, but for at most a batch per reply that
        // did not fit and is read again by the next.
        assert!(dir.read <= 100 + replies * 8, "{} entries read in {replies} replies", dir.read);
    }

    #[test]
    fn a_reply_with_room_for_nothing_is_asked_again_from_the_same_place() {
        let listings = Listings { batch: 4, ..Listings::default() };
        let mut dir = Dir::of(10);
        assert_eq!(reply(&listings, &mut dir, 1, 0, 3).last().unwrap().0, 3);
        assert!(reply(&listings, &mut dir, 1, 3, 0).is_empty());
        dir.read = 0;
        assert_eq!(reply(&listings, &mut dir, 1, 3, 1), [(4, name(1))]);
        assert_eq!(dir.read, 4, "resumed after the name, without counting from the start");
    }

    #[test]
    fn handles_list_apart_and_forget_their_listing_when_closed() {
        let listings = Listings { batch: 4, ..Listings::default() };
        let mut dir = Dir::of(20);
        assert_eq!(reply(&listings, &mut dir, 1, 0, 5).last().unwrap().0, 5);
        assert_eq!(reply(&listings, &mut dir, 2, 0, 9).last().unwrap().0, 9);
        dir.read = 0;
        assert_eq!(reply(&listings, &mut dir, 1, 5, 1), [(6, name(3))]);
        assert_eq!(dir.read, 4, "handle 1 resumes after its own last name");
        listings.close(1);
        dir.read = 0;
        assert_eq!(reply(&listings, &mut dir, 1, 6, 1), [(7, name(4))]);
        assert_eq!(dir.read, 8, "a closed handle's offsets count from the start");
    }

    #[test]
    fn an_error_keeps_the_cursor() {
        let listings = Listings { batch: 4, ..Listings::default() };
        let mut dir = Dir::of(10);
        reply(&listings, &mut dir, 1, 0, 4);
        let failed = listings.fill(1, 4, |_, _, _| Err::<Vec<DirEntry>, _>(crate::vfs::Errno(libc::EIO)), |_, _| false);
        assert_eq!(failed, Err(crate::vfs::Errno(libc::EIO)));
        dir.read = 0;
        assert_eq!(reply(&listings, &mut dir, 1, 4, 1), [(5, name(2))]);
        assert_eq!(dir.read, 4);
    }

    proptest! {
        /// Resumed at any offset, after a reply or a seek, a listing returns every entry past
        /// that offset exactly once, in order.
        #[test]
        fn a_listing_resumed_at_any_offset_returns_every_entry_after_it_once(
            n in 0usize..60,
            batch in 1u32..10,
            first in 0usize..70,
            seek in 0u64..70,
            rooms in proptest::collection::vec(1usize..20, 1..5),
        ) {
            let listings = Listings { batch, ..Listings::default() };
            let mut dir = Dir::of(n);
            // A reply first, so that `seek` may or may not be one of its offsets.
            reply(&listings, &mut dir, 1, 0, first);
            let mut names = Vec::new();
            let mut offset = seek;
            for room in rooms.iter().cycle() {
                let got = reply(&listings, &mut dir, 1, offset, *room);
                let Some((last, _)) = got.last() else { break };
                offset = *last;
                names.extend(got.into_iter().map(|(_, n)| n));
            }
            let all = with_dots(dir.names.iter().cloned());
            prop_assert_eq!(names, all[(seek as usize).min(all.len())..].to_vec());
        }

        /// Entries that stay are listed exactly once while others come and go between replies,
        /// and nothing is listed twice.
        #[test]
        fn a_listing_while_entries_come_and_go_lists_those_that_stay_once(
            n in 0usize..60,
            batch in 1u32..10,
            rooms in proptest::collection::vec(1usize..20, 1..5),
            changes in proptest::collection::vec((any::<bool>(), 0usize..120), 0..40),
        ) {
            let listings = Listings { batch, ..Listings::default() };
            let mut dir = Dir::of(n);
            let mut stayed: BTreeSet<Vec<u8>> = dir.names.clone();
            let (mut offset, mut names, mut changes) = (0, Vec::new(), changes.into_iter());
            for room in rooms.iter().cycle() {
                let got = reply(&listings, &mut dir, 1, offset, *room);
                let Some((last, _)) = got.last() else { break };
                offset = *last;
                names.extend(got.into_iter().map(|(_, n)| n));
                if let Some((add, n)) = changes.next() {
                    if add {
                        dir.names.insert(name(n));
                    } else {
                        dir.names.remove(&name(n));
                        stayed.remove(&name(n));
                    }
                }
            }
            let listed: BTreeSet<_> = names.iter().cloned().collect();
            prop_assert_eq!(listed.len(), names.len(), "listed twice: {:?}", names);
            prop_assert!(stayed.is_subset(&listed));
        }
    }

    #[test]
    fn a_listing_through_storage_is_linear_and_complete() {
        let fs = TestFs::new();
        let dir = fs.make(ROOT, "big", Kind::Dir);
        (0..1000).for_each(|n| _ = fs.make(dir, std::str::from_utf8(&name(n)).unwrap(), Kind::File));
        let (vfs, root) = (fs.mount(ROOT), user(0));
        let listings = Listings::default();
        let (mut offset, mut names, mut reads, mut removed) = (2, Vec::new(), 0, false);
        loop {
            let mut got = Vec::new();
            let read = |position, after: Option<&[u8]>, limit| {
                reads += 1;
                vfs.readdir_plus(dir, position, after, limit, &root)
            };
            let add = |off, e: &(DirEntry, Inode)| {
                if got.len() == 37 {
                    return true;
                }
                got.push((off, e.0.name.clone(), e.1.kind));
                false
            };
            listings.fill(7, offset, read, add).unwrap();
            let Some((last, _, _)) = got.last() else { break };
            offset = *last;
            names.extend(got.into_iter().map(|(_, n, kind)| (n, kind)));
            if !removed && names.len() >= 500 {
                // The name the next reply resumes after goes: the listing goes on after it.
                vfs.unlink(dir, &names.last().unwrap().0, &root).unwrap();
                removed = true;
            }
        }
        assert_eq!(names, (0..1000).map(|n| (name(n), Kind::File)).collect::<Vec<_>>());
        assert_eq!(reads, 1000_usize.div_ceil(37) + 1, "one storage read per reply, the last bringing nothing");
    }
}
