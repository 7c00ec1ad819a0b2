//! Mount directories: opened once, checked and mounted through that one descriptor, so the
//! directory cannot be swapped (for a symlink to /etc, say) between the checks and the mount;
//! and the kernel's view of what is mounted where.

use std::ffi::CString;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::path::{Path, PathBuf};

/// A directory opened for mounting on.
pub struct MountPoint {
    fd: OwnedFd,
}

impl MountPoint {
    /// Opens directory `dir` (an absolute path with no symlinks, as `canonicalize` gives)
    /// without following any symlink on the way: a component swapped for one fails with ELOOP.
    pub fn open(dir: &Path) -> std::io::Result<MountPoint> {
        let path = CString::new(dir.as_os_str().as_encoded_bytes()).map_err(std::io::Error::other)?;
        let flags = libc::O_PATH | libc::O_DIRECTORY | libc::O_NOFOLLOW | libc::O_CLOEXEC;
        // SAFETY: open_how is plain data; zeroed is its "no options" value.
        let mut how: libc::open_how = unsafe { std::mem::zeroed() };
        how.flags = flags as u64;
        how.resolve = libc::RESOLVE_NO_SYMLINKS;
        // SAFETY: openat2 reads a valid path and an open_how of the size given; it returns a new fd or -1.
        let mut fd = unsafe {
            libc::syscall(libc::SYS_openat2, libc::AT_FDCWD, path.as_ptr(), &how, std::mem::size_of::<libc::open_how>())
        } as i32;
        if fd < 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::ENOSYS) {
            // Kernels before 5.6: only the last component is checked.
            // SAFETY: open reads a valid path and returns a new fd or -1.
            fd = unsafe { libc::open(path.as_ptr(), flags) };
        }
        if fd < 0 {
            return Err(std::io::Error::last_os_error());
        }
        // SAFETY: fd is a descriptor we just opened and own.
        Ok(MountPoint { fd: unsafe { OwnedFd::from_raw_fd(fd) } })
    }

    /// The uid that owns the directory.
    pub fn owner(&self) -> std::io::Result<u32> {
        // SAFETY: stat is plain data, filled in by fstat on success.
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        // SAFETY: fstat writes into st for an fd we own.
        if unsafe { libc::fstat(self.fd.as_raw_fd(), &mut st) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(st.st_uid)
    }

    /// A path that names this very directory (the descriptor's): mount(2) given it mounts on
    /// the opened directory, whatever its name points to by then. This process only.
    pub fn handle(&self) -> PathBuf {
        PathBuf::from(format!("/proc/self/fd/{}", self.fd.as_raw_fd()))
    }

    pub fn is_empty(&self) -> bool {
        std::fs::read_dir(self.handle()).map(|mut d| d.next().is_none()).unwrap_or(false)
    }
}

/// Whether non-root users may let others use their FUSE mounts (`user_allow_other`).
pub fn users_may_allow_other() -> bool {
    std::fs::read_to_string("/etc/fuse.conf")
        .is_ok_and(|conf| conf.lines().any(|l| l.split('#').next().unwrap_or_default().trim() == "user_allow_other"))
}

/// `true` when `dir` is a mount point (its device differs from its parent's).
pub fn is_mount_point(dir: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let (Ok(me), Some(Ok(parent))) = (std::fs::symlink_metadata(dir), dir.parent().map(std::fs::metadata)) else {
        return false;
    };
    me.dev() != parent.dev()
}

/// Detaches whatever is mounted on `dir` (a FUSE mount left behind by a killed daemon).
pub fn detach(dir: &Path) {
    let _ = umount2(dir, libc::MNT_DETACH);
}

/// Aborts the FUSE connection of the mount on `dir` (whatever uses it fails with ENOTCONN)
/// and detaches the mount even if busy.
pub fn abort(dir: &Path) {
    // MNT_FORCE aborts a FUSE connection first, then fails on a busy mount: detach it.
    let _ = umount2(dir, libc::MNT_FORCE);
    detach(dir);
}

/// Whether something on the mount at `dir` is in use. MNT_EXPIRE answers EBUSY when it is;
/// else EAGAIN, marking the mount expired, so that a second call would unmount it: a look at
/// the mount (a use) clears the mark again.
pub fn is_busy(dir: &Path) -> bool {
    match unless_passing(|| umount2(dir, libc::MNT_EXPIRE)) {
        Err(e) if e.raw_os_error() == Some(libc::EBUSY) => true,
        Err(e) if e.raw_os_error() == Some(libc::EAGAIN) => {
            let _ = std::fs::metadata(dir);
            false
        }
        _ => false,
    }
}

/// Unmounts `dir`; fails with EBUSY while something on it is in use.
pub fn unmount_dir(dir: &Path) -> std::io::Result<()> {
    unless_passing(|| umount2(dir, 0))
}

/// How often, and how far apart, an EBUSY is asked again before it counts.
const BUSY_TRIES: u32 = 5;
const BUSY_PAUSE: std::time::Duration = std::time::Duration::from_millis(20);

/// `umount` as `busy` means it: something holds the mount (an open file, a working directory).
/// A look in passing also uses it while it lasts (anyone's stat of the root, as `ls -l` of the
/// parent or a shell prompt does), so EBUSY is asked again for ~100 ms before it is the answer.
fn unless_passing(umount: impl Fn() -> std::io::Result<()>) -> std::io::Result<()> {
    let mut tries = 1;
    loop {
        match umount() {
            Err(e) if e.raw_os_error() == Some(libc::EBUSY) && tries < BUSY_TRIES => {
                tries += 1;
                std::thread::sleep(BUSY_PAUSE);
            }
            done => return done,
        }
    }
}

fn umount2(dir: &Path, flags: i32) -> std::io::Result<()> {
    let c = std::ffi::CString::new(dir.as_os_str().as_encoded_bytes()).map_err(std::io::Error::other)?;
    // SAFETY: umount2 reads a valid NUL-terminated path; failure is reported by the return value.
    if unsafe { libc::umount2(c.as_ptr(), flags) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn busy_counts_only_when_it_lasts() {
        let counted = std::cell::Cell::new(0);
        let calls = &counted;
        let busy_for = |n: u32| {
            calls.set(0);
            move || {
                calls.set(calls.get() + 1);
                if calls.get() <= n { Err(std::io::Error::from_raw_os_error(libc::EBUSY)) } else { Ok(()) }
            }
        };
        // A look in passing: asked again, and unmounted.
        assert!(unless_passing(busy_for(2)).is_ok());
        assert_eq!(calls.get(), 3);
        // Held: busy after the last try.
        assert_eq!(unless_passing(busy_for(u32::MAX)).unwrap_err().raw_os_error(), Some(libc::EBUSY));
        assert_eq!(calls.get(), BUSY_TRIES);
        // Anything else is the answer at once.
        calls.set(0);
        let not_mounted = || {
            calls.set(calls.get() + 1);
            Err(std::io::Error::from_raw_os_error(libc::EINVAL))
        };
        assert_eq!(unless_passing(not_mounted).unwrap_err().raw_os_error(), Some(libc::EINVAL));
        assert_eq!(calls.get(), 1);
    }

    #[test]
    fn the_opened_directory_is_used_even_after_it_is_swapped_for_a_symlink() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("mnt");
        let elsewhere = root.path().join("etc");
        std::fs::create_dir(&dir).unwrap();
        std::fs::create_dir(&elsewhere).unwrap();
        std::fs::write(elsewhere.join("passwd"), b"x").unwrap();
        let point = MountPoint::open(&dir).unwrap();
        assert!(point.is_empty());
        // Swapped between the checks and the mount: the handle still names the checked directory.
        std::fs::rename(&dir, root.path().join("moved")).unwrap();
        std::os::unix::fs::symlink(&elsewhere, &dir).unwrap();
        assert!(point.is_empty(), "the handle must not follow the symlink now at {}", dir.display());
        assert_eq!(std::fs::canonicalize(point.handle()).unwrap(), root.path().join("moved").canonicalize().unwrap());
        // Opening by the path now fails instead of following the link.
        let refused = MountPoint::open(&dir).err().and_then(|e| e.raw_os_error());
        assert!(matches!(refused, Some(libc::ENOTDIR | libc::ELOOP)), "{refused:?}");
        let through = root.path().join("link");
        std::os::unix::fs::symlink(root.path(), &through).unwrap();
        assert_eq!(MountPoint::open(&through.join("etc")).err().and_then(|e| e.raw_os_error()), Some(libc::ELOOP));
        // SAFETY: geteuid has no preconditions.
        assert_eq!(point.owner().unwrap(), unsafe { libc::geteuid() });
    }
}
