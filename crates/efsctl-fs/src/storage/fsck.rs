//! Invariant checks over a stored file system (`efsctl emulator fsck FS`).

use std::collections::HashMap;

use super::{Kind, Result, Storage};

/// Problems found: link and entry counts that disagree with the directory entries, entries pointing
/// nowhere, inodes nothing points to, files whose data is missing or unreadable in the form
/// their storage class names, data belonging to no file or to another class, and a metadata
/// store (SQLite after a checkpoint) that does not hold what is served.
pub fn fsck(storage: &Storage) -> Result<Vec<String>> {
    // A move in progress has two forms on disk for a moment: check between moves.
    let _moving = storage.moving.lock().unwrap_or_else(|e| e.into_inner());
    let mut problems = Vec::new();
    if !storage.store_matches()? {
        problems.push("the metadata store (SQLite) does not hold the metadata served".to_string());
    }
    let sizes: HashMap<u64, u64> = {
        let state = storage.state();
        let meta = &state.meta;
        // Entries pointing at each inode, and (for a directory, which has one) where it is.
        let mut named: HashMap<u64, (u32, u64)> = HashMap::new();
        let mut dangling = 0;
        for (parent, _, ino) in meta.all_entries() {
            if meta.inode(ino).is_none() {
                dangling += 1;
            }
            let n = named.entry(ino).or_insert((0, parent));
            n.0 += 1;
            n.1 = n.1.min(parent);
        }
        if dangling > 0 {
            problems.push(format!("{dangling} directory entries point to missing inodes"));
        }
        let mut inodes: Vec<_> = meta.inodes().collect();
        inodes.sort_by_key(|(ino, _)| *ino);
        for &(ino, r) in &inodes {
            let (links, named_in) = named.get(&ino).copied().unwrap_or((0, 0));
            let expected = if r.kind == Kind::Dir {
                let (entries, subdirs) = meta.entries(ino, None).fold((0u64, 0u32), |(e, s), (_, i)| {
                    (e + 1, s + u32::from(meta.inode(i).is_some_and(|c| c.kind == Kind::Dir)))
                });
                if entries != r.size {
                    problems.push(format!("directory {ino} counts {} entries, it has {entries}", r.size));
                }
                2 + subdirs
            } else {
                links
            };
            if ino != super::ROOT && links == 0 && r.nlink > 0 {
                problems.push(format!("inode {ino} has no directory entry (orphan)"));
            } else if r.nlink != expected {
                problems.push(format!("inode {ino} has link count {}, expected {expected}", r.nlink));
            }
            if r.kind == Kind::Dir && ino != super::ROOT && links != 1 {
                problems.push(format!("directory {ino} has {links} entries pointing to it"));
            } else if r.kind == Kind::Dir && ino != super::ROOT && r.parent != Some(named_in) {
                problems.push(format!("directory {ino} is in {named_in}, its row names {:?}", r.parent));
            }
        }
        inodes.iter().map(|(ino, r)| (*ino, r.size)).collect()
    };
    let files = storage.file_tiers();
    let mut checked: Vec<_> = files.iter().collect();
    checked.sort();
    for (&ino, &tier) in checked {
        let size = sizes.get(&ino).copied().unwrap_or(0);
        match storage.load_form(ino, tier, size) {
            Err(e) => problems.push(format!("file {ino} ({}) has no readable data: {e}", tier.label())),
            Ok(super::Form::Cold(_, c)) if c.size() != size => {
                problems.push(format!("file {ino} ({}) stores {} bytes, its size is {size}", tier.label(), c.size()))
            }
            Ok(_) => {}
        }
    }
    for (path, reason) in storage.strays(&files)? {
        problems.push(format!("data file {} {reason}", path.strip_prefix(storage.dir()).unwrap_or(&path).display()));
    }
    Ok(problems)
}
