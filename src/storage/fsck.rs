//! Invariant checks over a stored file system (`efsctl emulator fsck FS`).

use rusqlite::params;

use super::{Kind, Result, Storage};

/// Problems found: link counts that disagree with the directory entries, entries pointing
/// nowhere, inodes nothing points to, files without data, data without files.
pub fn fsck(storage: &Storage) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    let inodes: Vec<(u64, Kind, u32, u64)> = {
        let db = storage.connection();
        let mut stmt = db.prepare("SELECT ino, kind, nlink, size FROM inodes")?;
        stmt.query_map([], |r| Ok((r.get::<_, i64>(0)? as u64, Kind::from_code(r.get(1)?), r.get::<_, i64>(2)? as u32, r.get::<_, i64>(3)? as u64)))?.collect::<rusqlite::Result<_>>()?
    };
    {
        let db = storage.connection();
        let dangling: i64 = db.query_row("SELECT COUNT(*) FROM dentries d LEFT JOIN inodes i ON i.ino = d.ino WHERE i.ino IS NULL", [], |r| r.get(0))?;
        if dangling > 0 {
            problems.push(format!("{dangling} directory entries point to missing inodes"));
        }
        for (ino, kind, nlink, _) in &inodes {
            let links: i64 = db.query_row("SELECT COUNT(*) FROM dentries WHERE ino = ?1", params![*ino as i64], |r| r.get(0))?;
            let expected = if *kind == Kind::Dir {
                let subdirs: i64 = db.query_row("SELECT COUNT(*) FROM dentries d JOIN inodes i ON i.ino = d.ino WHERE d.parent = ?1 AND i.kind = 1", params![*ino as i64], |r| r.get(0))?;
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
            }
        }
    }
    for (ino, kind, nlink, _) in &inodes {
        if *kind == Kind::File && *nlink > 0 && !storage.data_path(*ino).exists() {
            problems.push(format!("file {ino} has no data file"));
        }
    }
    for entry in std::fs::read_dir(storage.dir().join("data"))? {
        let name = entry?.file_name();
        let known = name.to_str().and_then(|n| n.parse::<u64>().ok()).is_some_and(|ino| inodes.iter().any(|(i, k, _, _)| *i == ino && *k == Kind::File));
        if !known {
            problems.push(format!("data file {} belongs to no file", name.to_string_lossy()));
        }
    }
    Ok(problems)
}
