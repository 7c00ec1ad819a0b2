//! The namespace: lookups, creating, linking, removing and renaming names, listings,
//! attributes and extended attributes. Each change is one metadata operation (`change`); an
//! inode whose last link goes while it is open stays until its last close.

use std::collections::{HashMap, HashSet};
use std::sync::MutexGuard;

use efsctl_core::lifecycle::Tier;

use super::meta::{Meta, Row, Tx};
use super::*;

pub(super) fn check_name(name: &[u8]) -> Result<()> {
    if name.is_empty() || name == b"." || name == b".." || name.contains(&b'/') || name.contains(&0) {
        return Err(StorageError::Invalid);
    }
    check_length(name)
}

/// A name longer than any entry can have is ENAMETOOLONG, also where it is only looked up.
pub(super) fn check_length(name: &[u8]) -> Result<()> {
    if name.len() > MAX_NAME { Err(StorageError::NameTooLong) } else { Ok(()) }
}

/// The inode and kind that `parent/name` names.
pub(super) fn entry(meta: &Meta, parent: u64, name: &[u8]) -> Result<Option<(u64, Kind)>> {
    check_length(name)?;
    Ok(meta.entry(parent, name).and_then(|ino| Some((ino, meta.inode(ino)?.kind))))
}

pub(super) fn require_dir(meta: &Meta, ino: u64) -> Result<()> {
    match meta.inode(ino).map(|r| r.kind) {
        Some(Kind::Dir) => Ok(()),
        Some(_) => Err(StorageError::NotDir),
        None => Err(StorageError::Stale),
    }
}

/// A row the operation changes (gone: the kernel held a stale number).
pub(super) fn row_mut<'t>(tx: &'t mut Tx, ino: u64) -> Result<&'t mut Row> {
    tx.inode_mut(ino).ok_or(StorageError::Stale)
}

/// `true` when `ancestor` is `ino` or one of its parents (a directory cannot move into itself).
pub(super) fn is_ancestor(meta: &Meta, ancestor: u64, mut ino: u64) -> bool {
    loop {
        if ino == ancestor {
            return true;
        }
        match meta.inode(ino).and_then(|r| r.parent) {
            Some(p) if ino != ROOT => ino = p,
            _ => return false,
        }
    }
}

/// Deletes the row of `ino` when it has no links left and is not open (the caller holds the
/// open-files lock, so no open registers meanwhile). Returns the tier whose data file to remove
/// once the operation stands; a crash before that leaves a stray that recovery removes.
pub(super) fn delete_if_unused(tx: &mut Tx, open: &HashMap<u64, OpenFile>, ino: u64) -> Option<Tier> {
    let tier = tx.meta().inode(ino).filter(|r| r.nlink == 0 && !open.contains_key(&ino))?.tier;
    tx.remove_inode(ino);
    Some(tier)
}

impl Storage {
    pub fn get(&self, ino: u64) -> Result<Inode> {
        self.overlaid(|| self.stored(ino))
    }

    /// A row read under the open-files lock, with an open file's newer size and times over
    /// it: holding the lock from the read to the overlay keeps a persist from landing in
    /// between (a row read before it with the overlay gone after it would be stale).
    pub(super) fn overlaid(&self, read: impl FnOnce() -> Result<Inode>) -> Result<Inode> {
        let open = self.open_files();
        let mut inode = read()?;
        if let Some(o) = open.get(&inode.ino).filter(|o| o.dirty) {
            inode.size = o.size;
            inode.mtime = o.mtime;
            inode.ctime = inode.ctime.max(o.mtime);
            inode.atime = o.atime;
            inode.last_access = inode.last_access.max(o.atime).max(o.mtime);
        }
        Ok(inode)
    }

    pub fn lookup(&self, parent: u64, name: &[u8]) -> Result<Inode> {
        check_length(name)?;
        self.overlaid(|| {
            let state = self.state();
            let ino = state.meta.entry(parent, name).ok_or(StorageError::NotFound)?;
            state.meta.inode(ino).map(|r| r.attr.clone()).ok_or(StorageError::NotFound)
        })
    }

    /// Creates a regular file and opens it (counted like `open_file`), in one step.
    pub fn create_open(&self, parent: u64, name: &[u8], new: NewInode, now: f64) -> Result<Inode> {
        // Counted open from its commit on: an unlink from another mount in between deleted the
        // new file, and the creator's writes then made a data file of no file.
        let mut open = self.open_files();
        let inode = self.create(parent, name, NewInode { kind: Kind::File, ..new }, None, now)?;
        open.insert(inode.ino, OpenFile::new(Form::Empty, 0, now, now));
        Ok(inode)
    }

    /// Creates a file, directory, symlink (`target`) or special file named `name` in `parent`.
    /// A new file has no data file until something is written.
    pub fn create(&self, parent: u64, name: &[u8], new: NewInode, target: Option<&[u8]>, now: f64) -> Result<Inode> {
        check_name(name)?;
        let dir = new.kind == Kind::Dir;
        let made = self.change(|tx| {
            require_dir(tx.meta(), parent)?;
            if tx.meta().entry(parent, name).is_some() {
                return Err(StorageError::Exists);
            }
            // Inode numbers are never reused: the kernel may still hold a removed one.
            let ino = tx.next_ino();
            let attr = Inode {
                ino,
                kind: new.kind,
                perm: new.perm & 0o7777,
                uid: new.uid,
                gid: new.gid,
                nlink: if dir { 2 } else { 1 },
                size: target.map_or(0, |t| t.len() as u64),
                atime: now,
                mtime: now,
                ctime: now,
                rdev: new.rdev,
                tier: Tier::Standard,
                last_access: now,
            };
            let row = Row { attr, target: target.map(<[u8]>::to_vec), parent: dir.then_some(parent) };
            let made = row.attr.clone();
            tx.put_inode(ino, row);
            tx.set_entry(parent, name, Some(ino));
            let d = row_mut(tx, parent)?;
            d.nlink += u32::from(dir);
            d.size += 1;
            (d.mtime, d.ctime) = (now, now);
            Ok(made)
        })?;
        if made.kind == Kind::File {
            self.dataless().insert(made.ino);
        }
        Ok(made)
    }

    pub fn readlink(&self, ino: u64) -> Result<Vec<u8>> {
        self.state().meta.inode(ino).ok_or(StorageError::Stale)?.target.clone().ok_or(StorageError::Invalid)
    }

    /// A new hard link `newparent/newname` to `ino`.
    pub fn link(&self, ino: u64, newparent: u64, newname: &[u8], now: f64) -> Result<Inode> {
        check_name(newname)?;
        self.change(|tx| {
            require_dir(tx.meta(), newparent)?;
            if tx.meta().inode(ino).ok_or(StorageError::Stale)?.kind == Kind::Dir {
                return Err(StorageError::IsDir);
            }
            if tx.meta().entry(newparent, newname).is_some() {
                return Err(StorageError::Exists);
            }
            tx.set_entry(newparent, newname, Some(ino));
            let r = row_mut(tx, ino)?;
            r.nlink += 1;
            r.ctime = now;
            let d = row_mut(tx, newparent)?;
            d.size += 1;
            (d.mtime, d.ctime) = (now, now);
            Ok(())
        })?;
        self.get(ino)
    }

    /// Removes `parent/name` (a non-directory); the inode goes with its last link once closed.
    pub fn unlink(&self, parent: u64, name: &[u8], now: f64) -> Result<()> {
        let open = self.open_files();
        let (ino, deleted) = self.change(|tx| {
            let (ino, kind) = entry(tx.meta(), parent, name)?.ok_or(StorageError::NotFound)?;
            if kind == Kind::Dir {
                return Err(StorageError::IsDir);
            }
            tx.set_entry(parent, name, None);
            let r = row_mut(tx, ino)?;
            r.nlink = r.nlink.saturating_sub(1);
            r.ctime = now;
            let d = row_mut(tx, parent)?;
            d.size = d.size.saturating_sub(1);
            (d.mtime, d.ctime) = (now, now);
            Ok((ino, delete_if_unused(tx, &open, ino)))
        })?;
        drop(open);
        self.remove_data(ino, deleted)
    }

    /// Deletes `ino` if nothing links to it or holds it open any more.
    pub(super) fn destroy_if_unused(&self, ino: u64) -> Result<()> {
        let open = self.open_files();
        let deleted = self.change(|tx| Ok(delete_if_unused(tx, &open, ino)))?;
        drop(open);
        self.remove_data(ino, deleted)
    }

    pub(super) fn remove_data(&self, ino: u64, tier: Option<Tier>) -> Result<()> {
        if let Some(tier) = tier
            && !self.dataless().remove(&ino)
        {
            self.disk().remove(&self.form_path(ino, tier))?;
        }
        Ok(())
    }

    pub(super) fn dataless(&self) -> MutexGuard<'_, HashSet<u64>> {
        self.dataless.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn rmdir(&self, parent: u64, name: &[u8], now: f64) -> Result<()> {
        self.change(|tx| {
            let (ino, kind) = entry(tx.meta(), parent, name)?.ok_or(StorageError::NotFound)?;
            if kind != Kind::Dir {
                return Err(StorageError::NotDir);
            }
            if tx.meta().entries(ino, None).next().is_some() {
                return Err(StorageError::NotEmpty);
            }
            tx.set_entry(parent, name, None);
            tx.remove_inode(ino);
            let d = row_mut(tx, parent)?;
            d.nlink = d.nlink.saturating_sub(1);
            d.size = d.size.saturating_sub(1);
            (d.mtime, d.ctime) = (now, now);
            Ok(())
        })
    }

    /// Renames `parent/name` to `newparent/newname`; `mode` says what happens to an entry
    /// already there (replaced if compatible, refused, or swapped).
    pub fn rename(
        &self,
        (parent, name): (u64, &[u8]),
        (newparent, newname): (u64, &[u8]),
        mode: RenameMode,
        now: f64,
    ) -> Result<()> {
        check_name(newname)?;
        let open = self.open_files();
        let replaced = self.change(|tx| {
            require_dir(tx.meta(), newparent)?;
            let (src, src_kind) = entry(tx.meta(), parent, name)?.ok_or(StorageError::NotFound)?;
            let dst = entry(tx.meta(), newparent, newname)?;
            let src_dir = src_kind == Kind::Dir;
            if src_dir && is_ancestor(tx.meta(), src, newparent) {
                return Err(StorageError::Invalid);
            }
            let mut replaced = None;
            if mode == RenameMode::Exchange {
                let (dst, dst_kind) = dst.ok_or(StorageError::NotFound)?;
                let dst_dir = dst_kind == Kind::Dir;
                if dst_dir && is_ancestor(tx.meta(), dst, parent) {
                    return Err(StorageError::Invalid);
                }
                tx.set_entry(parent, name, Some(dst));
                tx.set_entry(newparent, newname, Some(src));
                if dst_dir {
                    row_mut(tx, dst)?.parent = Some(parent);
                }
                if parent != newparent && src_dir != dst_dir {
                    let (gain, lose) = if src_dir { (newparent, parent) } else { (parent, newparent) };
                    row_mut(tx, gain)?.nlink += 1;
                    let l = row_mut(tx, lose)?;
                    l.nlink = l.nlink.saturating_sub(1);
                }
            } else {
                if dst.is_some_and(|(d, _)| d == src) {
                    return Ok(None);
                }
                if let Some((dino, dkind)) = dst {
                    if mode == RenameMode::NoReplace {
                        return Err(StorageError::Exists);
                    }
                    match (src_dir, dkind == Kind::Dir) {
                        (true, false) => return Err(StorageError::NotDir),
                        (false, true) => return Err(StorageError::IsDir),
                        (true, true) => {
                            if tx.meta().entries(dino, None).next().is_some() {
                                return Err(StorageError::NotEmpty);
                            }
                            tx.remove_inode(dino);
                            let d = row_mut(tx, newparent)?;
                            d.nlink = d.nlink.saturating_sub(1);
                        }
                        (false, false) => {
                            let r = row_mut(tx, dino)?;
                            r.nlink = r.nlink.saturating_sub(1);
                            r.ctime = now;
                            replaced = delete_if_unused(tx, &open, dino).map(|tier| (dino, tier));
                        }
                    }
                    let d = row_mut(tx, newparent)?;
                    d.size = d.size.saturating_sub(1);
                }
                tx.set_entry(parent, name, None);
                tx.set_entry(newparent, newname, Some(src));
                if parent != newparent {
                    // The entry moves; a directory's `..` link moves with it.
                    let dir_link = u32::from(src_dir);
                    let from = row_mut(tx, parent)?;
                    from.size = from.size.saturating_sub(1);
                    from.nlink = from.nlink.saturating_sub(dir_link);
                    let to = row_mut(tx, newparent)?;
                    to.size += 1;
                    to.nlink += dir_link;
                }
            }
            let moved = row_mut(tx, src)?;
            moved.ctime = now;
            if src_dir {
                moved.parent = Some(newparent);
            }
            for d in [parent, newparent] {
                let d = row_mut(tx, d)?;
                (d.mtime, d.ctime) = (now, now);
            }
            Ok(replaced)
        })?;
        drop(open);
        match replaced {
            Some((ino, tier)) => self.remove_data(ino, Some(tier)),
            None => Ok(()),
        }
    }

    /// Up to `limit` entries of directory `ino` in name order, numbered on from `offset`
    /// (entries count from 1): those after the name `after` when given — a listing resuming
    /// where it stopped — else those after the first `offset`.
    pub fn readdir(&self, ino: u64, offset: u64, after: Option<&[u8]>, limit: u32) -> Result<Vec<DirEntry>> {
        let state = self.state();
        require_dir(&state.meta, ino)?;
        let skip = if after.is_some() { 0 } else { offset as usize };
        let listed = state
            .meta
            .entries(ino, after)
            .filter_map(|(name, i)| Some((i, state.meta.inode(i)?.kind, name)))
            .skip(skip)
            .take(limit as usize);
        Ok(listed
            .zip(offset + 1..)
            .map(|((ino, kind, name), position)| DirEntry { position, ino, kind, name: name.to_vec() })
            .collect())
    }

    /// The parent directory of `ino` (for `..`).
    pub fn parent_of(&self, ino: u64) -> Result<u64> {
        if ino == ROOT {
            return Ok(ROOT);
        }
        self.state().meta.inode(ino).and_then(|r| r.parent).ok_or(StorageError::Stale)
    }

    /// Where directory `ino` is named: its parent and its name there (`None` for the root).
    pub fn dir_entry(&self, ino: u64) -> Result<Option<(u64, Vec<u8>)>> {
        let state = self.state();
        let Some(parent) = state.meta.inode(ino).and_then(|r| r.parent) else { return Ok(None) };
        Ok(state.meta.entries(parent, None).find(|&(_, i)| i == ino).map(|(name, _)| (parent, name.to_vec())))
    }

    pub fn set_attr(&self, ino: u64, set: &SetAttr, now: f64) -> Result<Inode> {
        self.persist(ino)?;
        let before = self.get(ino)?;
        if let Some(size) = set.size {
            if before.kind == Kind::Dir {
                return Err(StorageError::IsDir);
            }
            if before.kind == Kind::File {
                self.held_open(ino, || {
                    let file = self.plain(ino)?;
                    let gate = self.resize_gate(ino).ok_or(StorageError::Stale)?;
                    let _resizing = gate.write().unwrap_or_else(|e| e.into_inner());
                    file.set_len(size)?;
                    if let Some(o) = self.open_files().get_mut(&ino) {
                        o.size = size;
                        o.unsynced = true;
                    }
                    Ok(())
                })?;
            }
        }
        // Only what is set: a concurrent write's size or times must not be overwritten.
        self.change(|tx| {
            let Some(r) = tx.inode_mut(ino) else { return Ok(()) };
            r.perm = set.perm.map_or(r.perm, |p| p & 0o7777);
            r.uid = set.uid.unwrap_or(r.uid);
            r.gid = set.gid.unwrap_or(r.gid);
            r.size = set.size.unwrap_or(r.size);
            r.atime = set.atime.unwrap_or(r.atime);
            r.mtime = set.mtime.or(set.size.map(|_| now)).unwrap_or(r.mtime);
            r.ctime = now;
            Ok(())
        })?;
        self.get(ino)
    }

    /// The row of `ino` as committed (without an open file's newer size and times).
    pub(super) fn stored(&self, ino: u64) -> Result<Inode> {
        self.state().meta.inode(ino).map(|r| r.attr.clone()).ok_or(StorageError::Stale)
    }

    pub fn set_xattr(&self, ino: u64, name: &[u8], value: &[u8], create_only: bool, replace_only: bool) -> Result<()> {
        self.change(|tx| {
            let exists = tx.meta().xattr(ino, name).is_some();
            if create_only && exists {
                return Err(StorageError::Exists);
            }
            if replace_only && !exists {
                return Err(StorageError::NoAttr);
            }
            tx.set_xattr(ino, name, Some(value.to_vec()));
            Ok(())
        })
    }

    pub fn get_xattr(&self, ino: u64, name: &[u8]) -> Result<Vec<u8>> {
        self.state().meta.xattr(ino, name).map(<[u8]>::to_vec).ok_or(StorageError::NoAttr)
    }

    /// Attribute names in byte order.
    pub fn list_xattrs(&self, ino: u64) -> Result<Vec<Vec<u8>>> {
        Ok(self.state().meta.xattr_names(ino))
    }

    pub fn remove_xattr(&self, ino: u64, name: &[u8]) -> Result<()> {
        self.change(|tx| {
            if tx.meta().xattr(ino, name).is_none() {
                return Err(StorageError::NoAttr);
            }
            tx.set_xattr(ino, name, None);
            Ok(())
        })
    }
}
