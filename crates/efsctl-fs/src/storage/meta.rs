//! The metadata of one file system as the daemon serves it: inodes, directory entries,
//! extended attributes and counters, held in memory with the same rows as the SQLite tables.
//!
//! Operations change it through a [`Tx`], which remembers what each key it touches held before
//! (a failed operation puts it all back) and hands out the new images of the keys it changed:
//! the journal appends them before the operation is answered, and a checkpoint writes the last
//! image of each key its records name to SQLite. Images are whole values, so replaying a record
//! twice, or one already checkpointed, changes nothing.

use std::collections::{BTreeMap, HashMap};
use std::ops::Bound;

use serde::{Deserialize, Serialize};

use super::{Inode, TieringCounters};

/// One inode's row: its attributes, and what only storage keeps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub attr: Inode,
    pub target: Option<Vec<u8>>,
    /// The directory holding a directory (other kinds may have several).
    pub parent: Option<u64>,
}

impl std::ops::Deref for Row {
    type Target = Inode;

    fn deref(&self) -> &Inode {
        &self.attr
    }
}

impl std::ops::DerefMut for Row {
    fn deref_mut(&mut self) -> &mut Inode {
        &mut self.attr
    }
}

/// The new value of one key: `None` removes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Change {
    Inode(u64, Option<Row>),
    Entry(u64, Vec<u8>, Option<u64>),
    Xattr(u64, Vec<u8>, Option<Vec<u8>>),
    Counters { last_ino: u64, tiering: TieringCounters },
}

/// A change as an operation journals it: the same encoding as [`Change`], borrowing the images.
#[derive(Serialize)]
pub enum ChangeRef<'a> {
    Inode(u64, Option<&'a Row>),
    Entry(u64, &'a [u8], Option<u64>),
    Xattr(u64, &'a [u8], Option<&'a [u8]>),
    Counters { last_ino: u64, tiering: &'a TieringCounters },
}

/// What a change sets: a checkpoint writes the last image of each.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Key {
    Inode(u64),
    Entry(u64, Vec<u8>),
    Xattr(u64, Vec<u8>),
    Counters,
}

/// Maps by inode number (a fast hash: numbers are ours, not the caller's).
type ByIno<V> = HashMap<u64, V, foldhash::fast::RandomState>;

/// A name in a directory, kept in the directory's tree node when short: comparing names on
/// the way down the tree then reads no memory elsewhere (most of a lookup's cost was those
/// reads missing the cache).
type Name = smallvec::SmallVec<[u8; 24]>;

#[derive(Debug, Default, PartialEq)]
pub struct Meta {
    inodes: ByIno<Row>,
    /// Entries by directory, in name order (listings resume after a name).
    entries: ByIno<BTreeMap<Name, u64>>,
    xattrs: ByIno<BTreeMap<Vec<u8>, Vec<u8>>>,
    /// The highest inode number ever given (numbers are never reused).
    last_ino: u64,
    tiering: TieringCounters,
}

impl Meta {
    /// Sets a key (loading, replaying, undoing).
    pub fn set(&mut self, change: Change) {
        match change {
            Change::Inode(ino, Some(row)) => drop(self.inodes.insert(ino, row)),
            Change::Inode(ino, None) => drop(self.inodes.remove(&ino)),
            Change::Entry(parent, name, Some(ino)) => {
                self.entries.entry(parent).or_default().insert(Name::from_slice(&name), ino);
            }
            Change::Entry(parent, name, None) => {
                if let Some(dir) = self.entries.get_mut(&parent) {
                    dir.remove(name.as_slice());
                    if dir.is_empty() {
                        self.entries.remove(&parent);
                    }
                }
            }
            Change::Xattr(ino, name, Some(value)) => drop(self.xattrs.entry(ino).or_default().insert(name, value)),
            Change::Xattr(ino, name, None) => {
                if let Some(attrs) = self.xattrs.get_mut(&ino) {
                    attrs.remove(&name);
                    if attrs.is_empty() {
                        self.xattrs.remove(&ino);
                    }
                }
            }
            Change::Counters { last_ino, tiering } => {
                self.last_ino = last_ino;
                self.tiering = tiering;
            }
        }
    }

    fn image(&self, key: &Key) -> Change {
        match key {
            Key::Inode(ino) => Change::Inode(*ino, self.inodes.get(ino).cloned()),
            Key::Entry(parent, name) => Change::Entry(*parent, name.clone(), self.entry(*parent, name)),
            Key::Xattr(ino, name) => Change::Xattr(*ino, name.clone(), self.xattr(*ino, name).map(<[u8]>::to_vec)),
            Key::Counters => Change::Counters { last_ino: self.last_ino, tiering: self.tiering },
        }
    }

    fn image_ref<'a>(&'a self, key: &'a Key) -> ChangeRef<'a> {
        match key {
            Key::Inode(ino) => ChangeRef::Inode(*ino, self.inodes.get(ino)),
            Key::Entry(parent, name) => ChangeRef::Entry(*parent, name, self.entry(*parent, name)),
            Key::Xattr(ino, name) => ChangeRef::Xattr(*ino, name, self.xattr(*ino, name)),
            Key::Counters => ChangeRef::Counters { last_ino: self.last_ino, tiering: &self.tiering },
        }
    }

    pub fn begin(&mut self) -> Tx<'_> {
        Tx { meta: self, undo: Vec::new(), done: false }
    }

    pub fn inode(&self, ino: u64) -> Option<&Row> {
        self.inodes.get(&ino)
    }

    pub fn inodes(&self) -> impl Iterator<Item = (u64, &Row)> {
        self.inodes.iter().map(|(&i, r)| (i, r))
    }

    pub fn entry(&self, parent: u64, name: &[u8]) -> Option<u64> {
        self.entries.get(&parent)?.get(name).copied()
    }

    /// Entries of `dir` in name order, after `after` when given.
    pub fn entries(&self, dir: u64, after: Option<&[u8]>) -> impl Iterator<Item = (&[u8], u64)> {
        let lower = after.map_or(Bound::Unbounded, Bound::Excluded);
        self.entries
            .get(&dir)
            .into_iter()
            .flat_map(move |d| d.range::<[u8], _>((lower, Bound::Unbounded)))
            .map(|(n, &i)| (n.as_slice(), i))
    }

    /// Every directory entry: `(parent, name, ino)`.
    pub fn all_entries(&self) -> impl Iterator<Item = (u64, &[u8], u64)> {
        self.entries.iter().flat_map(|(&p, d)| d.iter().map(move |(n, &i)| (p, n.as_slice(), i)))
    }

    pub fn xattr(&self, ino: u64, name: &[u8]) -> Option<&[u8]> {
        self.xattrs.get(&ino)?.get(name).map(Vec::as_slice)
    }

    pub fn xattr_names(&self, ino: u64) -> Vec<Vec<u8>> {
        self.xattrs.get(&ino).map(|a| a.keys().cloned().collect()).unwrap_or_default()
    }

    pub fn tiering(&self) -> TieringCounters {
        self.tiering
    }
}

pub fn key_of(change: &Change) -> Key {
    match change {
        Change::Inode(ino, _) => Key::Inode(*ino),
        Change::Entry(parent, name, _) => Key::Entry(*parent, name.clone()),
        Change::Xattr(ino, name, _) => Key::Xattr(*ino, name.clone()),
        Change::Counters { .. } => Key::Counters,
    }
}

/// One operation's changes: applied as made, put back if it is dropped without `commit`.
pub struct Tx<'a> {
    meta: &'a mut Meta,
    /// What each touched key held before the operation, in the order first touched.
    undo: Vec<(Key, Change)>,
    done: bool,
}

impl Tx<'_> {
    fn touch(&mut self, key: Key) {
        if !self.undo.iter().any(|(k, _)| *k == key) {
            let before = self.meta.image(&key);
            self.undo.push((key, before));
        }
    }

    pub fn meta(&self) -> &Meta {
        self.meta
    }

    pub fn inode_mut(&mut self, ino: u64) -> Option<&mut Row> {
        self.touch(Key::Inode(ino));
        self.meta.inodes.get_mut(&ino)
    }

    pub fn put_inode(&mut self, ino: u64, row: Row) {
        self.touch(Key::Inode(ino));
        self.meta.inodes.insert(ino, row);
    }

    /// Removes an inode with its extended attributes.
    pub fn remove_inode(&mut self, ino: u64) -> Option<Row> {
        for name in self.meta.xattr_names(ino) {
            self.set_xattr(ino, &name, None);
        }
        self.touch(Key::Inode(ino));
        self.meta.inodes.remove(&ino)
    }

    /// Points `parent/name` at `ino` (or removes it); returns what it pointed at.
    pub fn set_entry(&mut self, parent: u64, name: &[u8], ino: Option<u64>) {
        self.touch(Key::Entry(parent, name.to_vec()));
        self.meta.set(Change::Entry(parent, name.to_vec(), ino));
    }

    pub fn set_xattr(&mut self, ino: u64, name: &[u8], value: Option<Vec<u8>>) {
        self.touch(Key::Xattr(ino, name.to_vec()));
        self.meta.set(Change::Xattr(ino, name.to_vec(), value));
    }

    /// A new inode number.
    pub fn next_ino(&mut self) -> u64 {
        self.touch(Key::Counters);
        self.meta.last_ino += 1;
        self.meta.last_ino
    }

    pub fn tiering_mut(&mut self) -> &mut TieringCounters {
        self.touch(Key::Counters);
        &mut self.meta.tiering
    }

    /// The new images of the keys changed, in the order first touched (what the journal
    /// records); the operation stands once `commit` is called.
    pub fn changes(&self) -> Vec<ChangeRef<'_>> {
        self.undo.iter().map(|(k, _)| self.meta.image_ref(k)).collect()
    }

    pub fn commit(mut self) {
        self.done = true;
    }
}

impl Drop for Tx<'_> {
    fn drop(&mut self) {
        if !self.done {
            while let Some((_, before)) = self.undo.pop() {
                self.meta.set(before);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::Kind;
    use efsctl_core::lifecycle::Tier;
    use proptest::prelude::*;

    fn row(ino: u64, size: u64) -> Row {
        let attr = Inode {
            ino,
            kind: Kind::File,
            perm: 0o644,
            uid: 0,
            gid: 0,
            nlink: 1,
            size,
            atime: 0.0,
            mtime: 0.0,
            ctime: 0.0,
            rdev: 0,
            tier: Tier::Standard,
            last_access: 0.0,
        };
        Row { attr, target: None, parent: None }
    }

    #[derive(Debug, Clone)]
    enum Step {
        Put(u8, u64),
        Remove(u8),
        Entry(u8, u8, Option<u8>),
        Xattr(u8, u8, Option<u8>),
        Next,
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            (0u8..5, 0u64..9).prop_map(|(i, s)| Step::Put(i, s)),
            (0u8..5).prop_map(Step::Remove),
            (0u8..3, 0u8..4, proptest::option::of(0u8..5)).prop_map(|(p, n, i)| Step::Entry(p, n, i)),
            (0u8..5, 0u8..3, proptest::option::of(any::<u8>())).prop_map(|(i, n, v)| Step::Xattr(i, n, v)),
            Just(Step::Next),
        ]
    }

    fn run(tx: &mut Tx, steps: &[Step]) {
        for s in steps {
            match *s {
                Step::Put(i, size) => tx.put_inode(i.into(), row(i.into(), size)),
                Step::Remove(i) => drop(tx.remove_inode(i.into())),
                Step::Entry(p, n, i) => tx.set_entry(p.into(), &[n], i.map(u64::from)),
                Step::Xattr(i, n, v) => tx.set_xattr(i.into(), &[n], v.map(|v| vec![v])),
                Step::Next => drop(tx.next_ino()),
            }
        }
    }

    proptest! {
        /// A dropped operation leaves everything as it was; a committed one's images, replayed
        /// on the state before it (or replayed twice), give the state after it.
        #[test]
        fn rollback_restores_and_images_replay(setup in proptest::collection::vec(step(), 0..30), op in proptest::collection::vec(step(), 0..30)) {
            let mut meta = Meta::default();
            let mut tx = meta.begin();
            run(&mut tx, &setup);
            tx.commit();
            let mut before = Meta::default();
            for (ino, r) in meta.inodes() { before.set(Change::Inode(ino, Some(r.clone()))); }
            for (p, n, i) in meta.all_entries() { before.set(Change::Entry(p, n.to_vec(), Some(i))); }
            for (&ino, attrs) in &meta.xattrs { for (n, v) in attrs { before.set(Change::Xattr(ino, n.clone(), Some(v.clone()))); } }
            before.set(Change::Counters { last_ino: meta.last_ino, tiering: meta.tiering });
            prop_assert!(meta == before);

            let mut tx = meta.begin();
            run(&mut tx, &op);
            drop(tx);
            prop_assert!(meta == before);

            // Journaled as borrowed images, read back as owned ones.
            let mut tx = meta.begin();
            run(&mut tx, &op);
            let bytes = postcard::to_allocvec(&tx.changes()).unwrap();
            tx.commit();
            let changes: Vec<Change> = postcard::from_bytes(&bytes).unwrap();
            let mut replayed = before;
            for _ in 0..2 {
                for c in &changes { replayed.set(c.clone()); }
            }
            prop_assert!(replayed == meta);
        }
    }
}
