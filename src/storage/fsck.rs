//! Invariant checks over a stored file system (`efsctl emulator fsck FS`).

use std::collections::HashMap;

use rusqlite::params;

use super::{Kind, Result, Storage};

/// Problems found: link and entry counts that disagree with the directory entries, entries pointing
/// nowhere, inodes nothing points to, files whose data is missing or unreadable in the form
/// their storage class names, data belonging to no file or to another class.
pub fn fsck(storage: &Storage) -> Result<Vec<String>> {
    // A move in progress has two forms on disk for a moment: check between moves.
    let _moving = storage.moving.lock().unwrap_or_else(|e| e.into_inner());
    let mut problems = Vec::new();
    let inodes: Vec<(u64, Kind, u32, u64, Option<i64>)> = {
        let db = storage.connection();
        let mut stmt = db.prepare("SELECT ino, kind, nlink, size, parent FROM inodes")?;
        stmt.query_map([], |r| Ok((r.get::<_, i64>(0)? as u64, Kind::from_code(r.get(1)?), r.get::<_, i64>(2)? as u32, r.get::<_, i64>(3)? as u64, r.get(4)?)))?.collect::<rusqlite::Result<_>>()?
    };
    {
        let db = storage.connection();
        let dangling: i64 = db.query_row("SELECT COUNT(*) FROM dentries d LEFT JOIN inodes i ON i.ino = d.ino WHERE i.ino IS NULL", [], |r| r.get(0))?;
        if dangling > 0 {
            problems.push(format!("{dangling} directory entries point to missing inodes"));
        }
        let bad_tier: i64 = db.query_row("SELECT COUNT(*) FROM inodes WHERE tier NOT IN ('STANDARD', 'IA', 'ARCHIVE')", [], |r| r.get(0))?;
        if bad_tier > 0 {
            problems.push(format!("{bad_tier} inodes have an unknown storage class"));
        }
        // Entries pointing at each inode, and (for a directory, which has one) where it is.
        let mut stmt = db.prepare("SELECT ino, COUNT(*), MIN(parent) FROM dentries GROUP BY ino")?;
        let named: HashMap<u64, (i64, i64)> = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)? as u64, (r.get(1)?, r.get(2)?))))?.collect::<rusqlite::Result<_>>()?;
        for (ino, kind, nlink, size, parent) in &inodes {
            let (links, named_in) = named.get(ino).copied().unwrap_or((0, 0));
            let expected = if *kind == Kind::Dir {
                let (entries, subdirs): (i64, i64) = db.query_row(
                    "SELECT COUNT(*), COUNT(*) FILTER (WHERE i.kind = 1) FROM dentries d JOIN inodes i ON i.ino = d.ino WHERE d.parent = ?1",
                    params![*ino as i64],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?;
                if entries as u64 != *size {
                    problems.push(format!("directory {ino} counts {size} entries, it has {entries}"));
                }
                2 + subdirs
            } else {
                links
            };
            if *ino != super::ROOT && links == 0 && *nlink > 0 {
                problems.push(format!("inode {ino} has no directory entry (orphan)"));
            } else if i64::from(*nlink) != expected {
                problems.push(format!("inode {ino} has link count {nlink}, expected {expected}"));
            }
            if *kind == Kind::Dir && *ino != super::ROOT && links != 1 {
                problems.push(format!("directory {ino} has {links} entries pointing to it"));
            } else if *kind == Kind::Dir && *ino != super::ROOT && *parent != Some(named_in) {
                problems.push(format!("directory {ino} is in {named_in}, its row names {parent:?}"));
            }
        }
    }
    let files = storage.file_tiers()?;
    let sizes: HashMap<u64, u64> = inodes.iter().map(|i| (i.0, i.3)).collect();
    for (&ino, &tier) in &files {
        let size = sizes.get(&ino).copied().unwrap_or(0);
        match storage.load_form(ino, tier, size) {
            Err(e) => problems.push(format!("file {ino} ({}) has no readable data: {e}", tier.label())),
            Ok(super::Form::Cold(_, c)) if c.size() != size => problems.push(format!("file {ino} ({}) stores {} bytes, its size is {size}", tier.label(), c.size())),
            Ok(_) => {}
        }
    }
    for (path, reason) in storage.strays(&files)? {
        problems.push(format!("data file {} {reason}", path.strip_prefix(storage.dir()).unwrap_or(&path).display()));
    }
    Ok(problems)
}
