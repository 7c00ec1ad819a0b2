//! What the kernel may keep of what a mount tells it, and for how long.

use std::time::Duration;

use fuser::FopenFlags;

/// How long the kernel may cache attributes and names: NFS clients of EFS cache attributes for
/// 3–60 s (acregmin/acdirmax), so other mounts see changes within that window, as on EFS.
pub const TTL: Duration = Duration::from_secs(30);

/// How long the kernel may keep names it learns in a directory. The kernel checks no
/// permissions itself (the daemon does, as the access point's user or squashed root), so a
/// cached name lets any caller walk through: only names in directories everyone may search are
/// kept; elsewhere each walk asks the daemon, which checks the caller.
pub fn name_ttl(searchable_by_all: bool) -> Duration {
    if searchable_by_all { TTL } else { Duration::ZERO }
}

/// How an open with the open(2) `flags` uses the kernel's page cache.
///
/// Write-only opens bypass it: each write goes straight from the writer's buffer into the
/// request (one copy less, no cache pages to fill and reclaim, and no xattr lookup before every
/// write). The kernel drops cached pages a direct write covers, so readers of the file through
/// other opens stay coherent; write-only files cannot be mapped, so nothing is lost. Opens that
/// read keep the cache (read-ahead, mmap).
///
/// No open sends FLUSH on close: without a write-back cache every write reached the daemon,
/// which journaled its size before answering, so a close has nothing left to make safe and
/// returns at once (one round trip less per open; the RELEASE that follows is asynchronous).
pub fn cache_mode(open_flags: i32) -> FopenFlags {
    let direct =
        if open_flags & libc::O_ACCMODE == libc::O_WRONLY { FopenFlags::FOPEN_DIRECT_IO } else { FopenFlags::empty() };
    direct | FopenFlags::FOPEN_NOFLUSH
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_kept_only_where_everyone_may_search() {
        assert_eq!(name_ttl(true), TTL);
        assert_eq!(name_ttl(false), Duration::ZERO);
    }

    #[test]
    fn write_only_opens_bypass_the_page_cache_and_no_open_flushes() {
        let (direct, no_flush) = (FopenFlags::FOPEN_DIRECT_IO, FopenFlags::FOPEN_NOFLUSH);
        assert_eq!(cache_mode(libc::O_WRONLY), direct | no_flush);
        assert_eq!(cache_mode(libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC | libc::O_APPEND), direct | no_flush);
        assert_eq!(cache_mode(libc::O_RDONLY), no_flush);
        assert_eq!(cache_mode(libc::O_RDWR | libc::O_CREAT), no_flush);
    }
}
