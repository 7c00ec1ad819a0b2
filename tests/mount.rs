//! Real FUSE mounts served by the daemon (skipped, with the reason printed, where /dev/fuse is
//! unusable): POSIX round trips, permissions, access points, policies, the mount checks, and
//! data surviving `kill -9` of the daemon.

use std::ffi::CString;
use std::io::Write;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{
    Daemon, MountDir, create_and_mount, create_and_mount_for_all, create_and_mount_twice, efsctl, fuse_skip, http,
    io_uring_offered, ok, read_ahead_kb, status_of,
};

/// Runs a shell command as another user; returns whether it succeeded.
fn as_user(uid: u32, gid: u32, script: &str) -> bool {
    Command::new("sh")
        .args(["-c", script])
        .uid(uid)
        .gid(gid)
        .stderr(std::process::Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

fn xattr_set(path: &Path, name: &str, value: &[u8]) -> bool {
    let (p, n) = (CString::new(path.to_str().unwrap()).unwrap(), CString::new(name).unwrap());
    // SAFETY: valid C strings and a buffer of the given length.
    unsafe { libc::setxattr(p.as_ptr(), n.as_ptr(), value.as_ptr().cast(), value.len(), 0) == 0 }
}

fn xattr_get(path: &Path, name: &str) -> Option<Vec<u8>> {
    let (p, n) = (CString::new(path.to_str().unwrap()).unwrap(), CString::new(name).unwrap());
    let mut buf = vec![0u8; 256];
    // SAFETY: valid C strings and a writable buffer of the given length.
    let len = unsafe { libc::getxattr(p.as_ptr(), n.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
    (len >= 0).then(|| buf[..len as usize].to_vec())
}

#[test]
fn posix_round_trips_and_permissions() {
    if fuse_skip("posix_round_trips_and_permissions") {
        return;
    }
    let d = Daemon::start();
    let m = MountDir::new();
    create_and_mount_for_all(&d, "data", &m);
    // Read-ahead as efs-utils sets it for EFS (15 MiB), where root may set it.
    assert!(matches!(read_ahead_kb(m.path()), None | Some(15360)), "read-ahead {:?}", read_ahead_kb(m.path()));
    // Requests come over io_uring where the kernel has it, one queue thread per CPU; everything
    // below then runs through them.
    if io_uring_offered() {
        let threads = d.thread_names();
        assert!(threads.iter().any(|n| n == "fuser-ring-0"), "no io_uring queue threads: {threads:?}");
    }
    let p = |name: &str| m.path().join(name);

    std::fs::write(p("a.txt"), b"hello efs").unwrap();
    assert_eq!(std::fs::read(p("a.txt")).unwrap(), b"hello efs");
    std::fs::create_dir_all(p("dir/sub")).unwrap();
    std::fs::rename(p("a.txt"), p("dir/b.txt")).unwrap();
    assert!(!p("a.txt").exists());
    std::fs::hard_link(p("dir/b.txt"), p("hard.txt")).unwrap();
    assert_eq!(std::fs::metadata(p("hard.txt")).unwrap().nlink(), 2);
    std::os::unix::fs::symlink("dir/b.txt", p("link")).unwrap();
    assert_eq!(std::fs::read_link(p("link")).unwrap(), PathBuf::from("dir/b.txt"));
    assert_eq!(std::fs::read(p("link")).unwrap(), b"hello efs");
    std::fs::set_permissions(p("dir/b.txt"), std::fs::Permissions::from_mode(0o640)).unwrap();
    assert_eq!(std::fs::metadata(p("dir/b.txt")).unwrap().mode() & 0o7777, 0o640);
    std::os::unix::fs::chown(p("hard.txt"), Some(1000), Some(1000)).unwrap();
    assert_eq!(std::fs::metadata(p("dir/b.txt")).unwrap().uid(), 1000);
    let f = std::fs::OpenOptions::new().write(true).open(p("dir/b.txt")).unwrap();
    f.set_len(5).unwrap();
    drop(f);
    assert_eq!(std::fs::read(p("dir/b.txt")).unwrap(), b"hello");
    assert!(xattr_set(&p("hard.txt"), "user.team", b"ml"));
    assert_eq!(xattr_get(&p("hard.txt"), "user.team").as_deref(), Some(&b"ml"[..]));
    // No ioctls, as on an NFS mount (ENOTTY), and none logged as unimplemented.
    let f = std::fs::File::open(p("hard.txt")).unwrap();
    let mut flags = 0u64;
    // SAFETY: FS_IOC_GETFLAGS writes at most 8 bytes into `flags`.
    assert_eq!(unsafe { libc::ioctl(std::os::fd::AsRawFd::as_raw_fd(&f), 0x8008_6601, &mut flags) }, -1);
    assert_eq!(std::io::Error::last_os_error().raw_os_error(), Some(libc::ENOTTY));
    drop(f);
    let log = std::fs::read_to_string(d.dir.path().join("emulator.log")).unwrap();
    assert!(!log.contains("Not Implemented"), "{log}");
    // Security labels and POSIX ACLs are not supported, as on EFS.
    for name in ["security.selinux", "system.posix_acl_access"] {
        assert!(!xattr_set(&p("hard.txt"), name, b"\x02\0\0\0"));
        assert_eq!(std::io::Error::last_os_error().raw_os_error(), Some(libc::EOPNOTSUPP), "{name}");
        assert_eq!(xattr_get(&p("hard.txt"), name), None);
        assert_eq!(std::io::Error::last_os_error().raw_os_error(), Some(libc::EOPNOTSUPP), "{name}");
    }
    let mut names: Vec<String> =
        std::fs::read_dir(m.path()).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["dir", "hard.txt", "link"]);
    assert_eq!(std::fs::remove_dir(p("dir")).unwrap_err().raw_os_error(), Some(libc::ENOTEMPTY));
    std::fs::remove_file(p("hard.txt")).unwrap();

    // Another user: denied by the mode bits, allowed where the mode says so.
    std::fs::write(p("private"), b"secret").unwrap();
    std::fs::set_permissions(p("private"), std::fs::Permissions::from_mode(0o600)).unwrap();
    assert!(!as_user(4242, 4242, &format!("cat {}", p("private").display())));
    assert!(!as_user(4242, 4242, &format!("touch {}", p("dir/new").display())));
    std::fs::set_permissions(p("dir"), std::fs::Permissions::from_mode(0o1777)).unwrap();
    assert!(as_user(4242, 4242, &format!("echo x > {}", p("dir/mine").display())));
    assert_eq!(std::fs::metadata(p("dir/mine")).unwrap().uid(), 4242);
    // A directory others may read but not search: they list its names, never its entries
    // (listings carry attributes; the kernel must not keep them for such a caller).
    std::fs::create_dir(p("readable")).unwrap();
    std::fs::write(p("readable/inside"), b"x").unwrap();
    std::fs::set_permissions(p("readable"), std::fs::Permissions::from_mode(0o744)).unwrap();
    let listing = Command::new("ls").arg("-l").arg(p("readable")).uid(4242).gid(4242).output().unwrap();
    assert!(String::from_utf8_lossy(&listing.stdout).contains("inside"), "{listing:?}");
    assert!(!as_user(4242, 4242, &format!("cat {}", p("readable/inside").display())));
    assert!(!as_user(4242, 4242, &format!("stat {}", p("readable/inside").display())));
    // Nor through a name the kernel has cached from the owner's own lookup.
    std::fs::metadata(p("readable/inside")).unwrap();
    assert!(!as_user(4242, 4242, &format!("cat {}", p("readable/inside").display())));
    // Sticky directory: another user cannot remove it.
    assert!(!as_user(4343, 4343, &format!("rm -f {}", p("dir/mine").display())));
    // Another user's write drops setuid and executable setgid (write-only opens bypass the
    // kernel's cache, so the file system does it, as Linux would).
    std::fs::write(p("dir/tool"), b"#!/bin/sh\n").unwrap();
    std::fs::set_permissions(p("dir/tool"), std::fs::Permissions::from_mode(0o6777)).unwrap();
    assert!(as_user(4242, 4242, &format!("echo true >> {}", p("dir/tool").display())));
    assert_eq!(std::fs::metadata(p("dir/tool")).unwrap().mode() & 0o7777, 0o777);
    // A reader holding cached pages sees what a write-only open wrote past them.
    std::fs::write(p("dir/log"), b"first\n").unwrap();
    let mut reader = std::fs::File::open(p("dir/log")).unwrap();
    assert_eq!(std::io::read_to_string(&mut reader).unwrap(), "first\n");
    let mut appender = std::fs::OpenOptions::new().append(true).open(p("dir/log")).unwrap();
    appender.write_all(b"second\n").unwrap();
    std::io::Seek::rewind(&mut reader).unwrap();
    assert_eq!(std::io::read_to_string(&mut reader).unwrap(), "first\nsecond\n");
    // A long listing (many replies) names every entry once, also while entries go.
    std::fs::create_dir(p("long")).unwrap();
    let names: std::collections::BTreeSet<String> =
        (0..3000).map(|i| format!("entry-{i:05}-{}", "x".repeat(i % 40))).collect();
    for n in &names {
        std::fs::File::create(p("long").join(n)).unwrap();
    }
    let listed = |dir: &Path| -> Vec<String> {
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect()
    };
    let mut all = listed(&p("long"));
    all.sort();
    assert_eq!(all, names.iter().cloned().collect::<Vec<_>>());
    let mut seen = std::collections::BTreeSet::new();
    for (i, e) in std::fs::read_dir(p("long")).unwrap().enumerate() {
        let name = e.unwrap().file_name().into_string().unwrap();
        assert!(seen.insert(name.clone()), "{name} listed twice");
        if i % 2 == 0 {
            let _ =
                std::fs::remove_file(p("long").join(format!("entry-{:05}-{}", 2999 - i, "x".repeat((2999 - i) % 40))));
        }
    }
    assert!(seen.len() >= 1500 && seen.len() <= 3000, "{}", seen.len());
    std::fs::remove_dir_all(p("long")).unwrap();
    // Sizes and space used as EFS reports them: an empty file and a symlink use 4 KiB, a
    // directory's size is its metered size (6 KiB empty, growing with its entries), and `df`
    // shows 8 EiB of which the metered size is used.
    std::fs::create_dir(p("sizes")).unwrap();
    std::fs::File::create(p("sizes/empty")).unwrap();
    let used = |name: &str| std::fs::symlink_metadata(p(name)).unwrap().blocks() * 512;
    assert_eq!((used("sizes/empty"), used("link")), (4096, 4096));
    assert_eq!((std::fs::metadata(p("sizes")).unwrap().size(), used("sizes")), (6144, 4096));
    for i in 0..64 {
        std::fs::File::create(p(&format!("sizes/{i}"))).unwrap();
    }
    assert_eq!(std::fs::metadata(p("sizes")).unwrap().size(), 10240);
    std::fs::remove_dir_all(p("sizes")).unwrap();
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    let path = CString::new(m.s()).unwrap();
    assert_eq!(unsafe { libc::statvfs(path.as_ptr(), &mut st) }, 0);
    assert_eq!(st.f_blocks * st.f_frsize, 8 << 60);
    assert!((st.f_blocks - st.f_bfree) * st.f_frsize >= 6144, "free {} of {}", st.f_bfree, st.f_blocks);
    // Busy: the unmount is refused and the mount keeps working; so is a reset (which would
    // leave the mount serving deleted data).
    let out = efsctl(&d, &["umount", m.s()]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && said.contains("busy"), "{out:?}");
    // It names what holds the mount: this test, with files open on it.
    assert!(
        said.contains("held by ")
            && said.contains(&format!("pid {} (", std::process::id()))
            && said.contains(": open file "),
        "{said}"
    );
    // A refused reset changes nothing, however often it is tried: idle mounts stay too (the
    // kernel's list is read, as a look into a mount would count as a use).
    let idle: Vec<MountDir> = (0..3).map(|_| MountDir::new()).collect();
    for m in &idle {
        ok(efsctl(&d, &["mount", "data", m.s()]));
    }
    for _ in 0..2 {
        let out = efsctl(&d, &["emulator", "reset"]);
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.code() == Some(4) && said.contains("busy"), "{out:?}");
        assert!(said.contains(&format!("pid {} (", std::process::id())) && said.contains("reset again"), "{said}");
    }
    let mounted = std::fs::read_to_string("/proc/self/mounts").unwrap();
    for m in &idle {
        let dir = std::fs::canonicalize(m.path()).unwrap();
        assert!(
            mounted.contains(&format!(" {} fuse", dir.display())),
            "{} was unmounted by a refused reset",
            dir.display()
        );
    }
    assert!(ok(efsctl(&d, &["ls", "-q"])).contains("fs-"), "the refused reset wiped nothing");
    for m in &idle {
        ok(efsctl(&d, &["umount", m.s()]));
    }
    appender.write_all(b"third\n").unwrap();
    drop((reader, appender));
    assert_eq!(std::fs::read(p("dir/log")).unwrap(), b"first\nsecond\nthird\n");

    let size_before = ok(efsctl(&d, &["describe", "data", "-o", "json", "--query", "SizeInBytes.ValueInStandard"]));
    assert!(size_before.parse::<u64>().unwrap() >= 6144);
    assert!(ok(efsctl(&d, &["mounts"])).contains(m.s()));
    ok(efsctl(&d, &["umount", m.s()]));
    assert!(std::fs::read_dir(m.path()).unwrap().next().is_none(), "unmounted dir is empty again");
    let fs_id = ok(efsctl(&d, &["ls", "-q"]));
    ok(efsctl(&d, &["emulator", "fsck", &fs_id]));
}

/// Linux's rules for what other users may change, which pjdfstest checks (each of these
/// failed on the mount before).
#[test]
fn other_users_change_only_what_linux_lets_them() {
    if fuse_skip("other_users_change_only_what_linux_lets_them") {
        return;
    }
    let d = Daemon::start();
    let m = MountDir::new();
    create_and_mount_for_all(&d, "rules", &m);
    let p = |name: &str| m.path().join(name).display().to_string();
    std::fs::set_permissions(m.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    let py = |uid: u32, code: &str| as_user(uid, uid, &format!("python3 -c '{code}'"));
    // A write through a read-write open drops setgid and setuid (the kernel asks with a mode
    // change, which the writer may make only to drop them); the write is kept.
    std::fs::write(p("shared"), b"").unwrap();
    std::fs::set_permissions(p("shared"), std::fs::Permissions::from_mode(0o6777)).unwrap();
    assert!(as_user(4242, 4242, &format!("echo x 1<>{}", p("shared"))));
    assert_eq!(
        (std::fs::read(p("shared")).unwrap(), std::fs::metadata(p("shared")).unwrap().mode() & 0o7777),
        (b"x\n".to_vec(), 0o777)
    );
    assert!(!as_user(4242, 4242, &format!("chmod 0700 {}", p("shared"))), "only the owner sets other modes");
    // ftruncate through a descriptor open for writing works whatever the mode says now.
    assert!(py(
        4242,
        &format!("import os; fd = os.open(\"{}\", os.O_CREAT | os.O_RDWR, 0); os.ftruncate(fd, 3)", p("mode0"))
    ));
    assert_eq!(std::fs::metadata(p("mode0")).unwrap().len(), 3);
    // Only root gives a file away, even to its present owner; only the owner sets given
    // times, while anyone who may write sets them to now.
    std::os::unix::fs::chown(p("shared"), Some(4242), Some(4242)).unwrap();
    assert!(!as_user(4343, 4343, &format!("chown 4242:4242 {}", p("shared"))));
    assert!(py(4343, &format!("import os; os.utime(\"{}\")", p("shared"))));
    assert!(!py(4343, &format!("import os; os.utime(\"{}\", (1, 2))", p("shared"))));
    assert!(py(4242, &format!("import os; os.utime(\"{}\", (1, 2))", p("shared"))));
    // Moving a directory to another parent needs write access to it (its `..` changes).
    std::fs::create_dir(p("mine")).unwrap();
    std::os::unix::fs::chown(p("mine"), Some(4242), Some(4242)).unwrap();
    std::fs::create_dir(p("mine/roots")).unwrap();
    std::fs::create_dir(p("elsewhere")).unwrap();
    std::fs::set_permissions(p("elsewhere"), std::fs::Permissions::from_mode(0o777)).unwrap();
    assert!(!as_user(4242, 4242, &format!("mv -T {} {}", p("mine/roots"), p("elsewhere/roots"))));
    assert!(
        as_user(4242, 4242, &format!("mv -T {} {}", p("mine/roots"), p("mine/renamed"))),
        "within one parent it may"
    );
    // A directory closed to others after its names were cached: the names go with it.
    std::fs::create_dir(p("closing")).unwrap();
    std::fs::write(p("closing/inside"), b"secret").unwrap();
    assert_eq!(std::fs::read(p("closing/inside")).unwrap(), b"secret");
    std::fs::set_permissions(p("closing"), std::fs::Permissions::from_mode(0o700)).unwrap();
    assert!(!as_user(4242, 4242, &format!("cat {}", p("closing/inside"))));
    // Times set with subsecond precision read back as set (to the microsecond).
    assert!(py(
        4242,
        &format!("import os; os.utime(\"{}\", ns=(100_000_000_100_000_000, 1_700_000_000_123_456_000))", p("shared"))
    ));
    let meta = std::fs::metadata(p("shared")).unwrap();
    assert_eq!(
        (meta.atime(), meta.atime_nsec(), meta.mtime(), meta.mtime_nsec()),
        (100_000_000, 100_000_000, 1_700_000_000, 123_456_000)
    );
    assert!(py(4242, &format!("import os; os.utime(\"{}\", (-86400, -1.5))", p("shared"))), "times before 1970");
    let meta = std::fs::metadata(p("shared")).unwrap();
    assert_eq!((meta.atime(), meta.mtime(), meta.mtime_nsec()), (-86400, -2, 500_000_000));
    // A name longer than any entry can have is too long, not missing.
    let long = m.path().join("n".repeat(256));
    assert_eq!(std::fs::metadata(&long).unwrap_err().raw_os_error(), Some(libc::ENAMETOOLONG));
    assert_eq!(std::fs::remove_file(&long).unwrap_err().raw_os_error(), Some(libc::ENAMETOOLONG));
}

#[test]
fn another_mount_sees_what_was_closed_when_it_opens() {
    if fuse_skip("another_mount_sees_what_was_closed_when_it_opens") {
        return;
    }
    let d = Daemon::start();
    let (a, b) = create_and_mount_twice(&d, "shared");
    let (in_a, in_b) = (a.path().join("log"), b.path().join("log"));
    std::fs::write(&in_a, b"one\n").unwrap();
    // B caches the file's attributes and pages.
    assert_eq!(std::fs::read(&in_b).unwrap(), b"one\n");
    assert_eq!(std::fs::metadata(&in_b).unwrap().len(), 4);
    // A appends and closes, and changes the mode: an open in B sees both (close-to-open
    // consistency, as EFS gives NFS clients), well within the attribute cache's 30 s.
    std::fs::OpenOptions::new().append(true).open(&in_a).unwrap().write_all(b"two\n").unwrap();
    std::fs::set_permissions(&in_a, std::fs::Permissions::from_mode(0o600)).unwrap();
    let mut opened = std::fs::File::open(&in_b).unwrap();
    let meta = opened.metadata().unwrap();
    assert_eq!((meta.len(), meta.mode() & 0o777), (8, 0o600));
    assert_eq!(std::io::read_to_string(&mut opened).unwrap(), "one\ntwo\n");
    drop(opened);
    // A name B has cached, replaced on A (write a new file, rename it over; or remove and
    // make again): B opens the new one at once, as an NFS client does on ESTALE.
    std::fs::write(a.path().join("cfg.new"), b"new").unwrap();
    std::fs::rename(a.path().join("cfg.new"), &in_a).unwrap();
    assert_eq!(std::fs::read(&in_b).unwrap(), b"new");
    // Also while B holds the old file open (it lives on, so it is not stale): A's rename drops
    // the name from B's cache (just after A's rename returns), and B's next open finds the new
    // file, well within the 30 s B would otherwise have kept the name.
    let held = std::fs::File::open(&in_b).unwrap();
    std::fs::write(a.path().join("cfg.new"), b"newer").unwrap();
    std::fs::rename(a.path().join("cfg.new"), &in_a).unwrap();
    let seen = (0..500)
        .map(|_| std::thread::sleep(std::time::Duration::from_millis(10)))
        .map(|()| std::fs::read(&in_b).unwrap())
        .find(|b| b == b"newer");
    assert!(seen.is_some(), "B still opens the replaced file");
    drop(held);
    // A name made on A: B's create of it opens it; with O_EXCL it exists.
    std::fs::write(a.path().join("made-on-a"), b"from a").unwrap();
    std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(b.path().join("made-on-a"))
        .unwrap()
        .write_all(b"+b")
        .unwrap();
    assert_eq!(std::fs::read(a.path().join("made-on-a")).unwrap(), b"from a+b");
    std::fs::write(a.path().join("also-on-a"), b"").unwrap();
    let err = std::fs::OpenOptions::new().write(true).create_new(true).open(b.path().join("also-on-a")).unwrap_err();
    assert_eq!(err.raw_os_error(), Some(libc::EEXIST));
    std::fs::create_dir(a.path().join("dir")).unwrap();
    assert!(std::fs::read_dir(b.path().join("dir")).unwrap().next().is_none());
    std::fs::remove_dir(a.path().join("dir")).unwrap();
    std::fs::create_dir(a.path().join("dir")).unwrap();
    std::fs::write(a.path().join("dir/x"), b"hi").unwrap();
    assert_eq!(std::fs::read(b.path().join("dir/x")).unwrap(), b"hi");
    std::fs::write(b.path().join("dir/y"), b"from b").unwrap();
}

#[test]
fn access_points_policies_and_mount_checks() {
    if fuse_skip("access_points_policies_and_mount_checks") {
        return;
    }
    let d = Daemon::start();
    let fs = ok(efsctl(&d, &["create", "shared", "--mount-targets", "us-east-1a", "--wait", "-q"]));
    let ap = ok(efsctl(
        &d,
        &[
            "access-point",
            "create",
            "shared",
            "--uid",
            "1000",
            "--gid",
            "1000",
            "--path",
            "/team",
            "--owner-uid",
            "1000",
            "--owner-gid",
            "1000",
            "--permissions",
            "0750",
            "-q",
        ],
    ));

    // Bad mounts: no mount target in the AZ, a missing access point, a busy or non-empty dir.
    let m = MountDir::new();
    let out = efsctl(&d, &["mount", "shared", m.s(), "--az", "us-east-1b"]);
    assert_eq!(out.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no mount target"), "{out:?}");
    let out = efsctl(&d, &["mount", "shared", m.s(), "--az", "us-east-1z"]);
    assert!(
        out.status.code() == Some(2)
            && String::from_utf8_lossy(&out.stderr).contains("not an Availability Zone of us-east-1"),
        "{out:?}"
    );
    let out = efsctl(&d, &["mount", "shared", m.s(), "--access-point", "fsap-0123456789abcdef0"]);
    assert_eq!(out.status.code(), Some(3));
    std::fs::write(m.path().join("x"), b"").unwrap();
    assert_eq!(efsctl(&d, &["mount", "shared", m.s()]).status.code(), Some(2), "non-empty dir");
    std::fs::remove_file(m.path().join("x")).unwrap();
    let out = efsctl(&d, &["umount", m.s()]);
    assert_eq!(out.status.code(), Some(3), "not mounted");
    // Never inside the emulator's own storage (it deadlocked serving itself), never relative.
    let inside = d.dir.path().join("inside");
    std::fs::create_dir(&inside).unwrap();
    let out = efsctl(&d, &["mount", "shared", inside.to_str().unwrap()]);
    assert!(out.status.code() == Some(2) && String::from_utf8_lossy(&out.stderr).contains("data directory"), "{out:?}");
    let resp = crate::support::http(
        &d.url,
        "POST",
        efsctl_control::api::paths::MOUNTS,
        r#"{"FileSystemId": "shared", "Directory": "relative", "Region": "us-east-1"}"#,
    );
    assert!(resp.contains("not an absolute path"), "{resp}");

    // Through the access point: enforced identity, confined root created on first use.
    ok(efsctl(&d, &["mount", "shared", m.s(), "--access-point", &ap]));
    std::fs::write(m.path().join("report.txt"), b"q3").unwrap();
    let meta = std::fs::metadata(m.path().join("report.txt")).unwrap();
    assert_eq!((meta.uid(), meta.gid()), (1000, 1000), "files belong to the access point's user");
    assert_eq!(std::fs::metadata(m.path()).unwrap().mode() & 0o777, 0o750);
    assert!(m.path().join("..").join(m.path().file_name().unwrap()).exists());
    assert_eq!(efsctl(&d, &["mount", "shared", m.s()]).status.code(), Some(4), "busy mount point");
    ok(efsctl(&d, &["umount", m.s()]));

    // The whole file system: the access point's files sit under /team.
    let whole = MountDir::new();
    ok(efsctl(&d, &["mount", "shared", whole.s()]));
    assert_eq!(std::fs::read(whole.path().join("team/report.txt")).unwrap(), b"q3");
    std::fs::write(whole.path().join("root-owned"), b"r").unwrap();
    std::fs::create_dir(whole.path().join("public")).unwrap();
    std::fs::set_permissions(whole.path().join("public"), std::fs::Permissions::from_mode(0o777)).unwrap();
    ok(efsctl(&d, &["umount", whole.s()]));
    ok(efsctl(&d, &["mount", "shared", m.s(), "--access-point", &ap]));
    assert!(!m.path().join("root-owned").exists(), "outside the access point's root is invisible");
    ok(efsctl(&d, &["umount", m.s()]));

    // Policy: read-only preset makes the mount read-only; no ClientRootAccess squashes root.
    ok(efsctl(&d, &["policy", "set", "shared", "--preset", "read-only"]));
    ok(efsctl(&d, &["mount", "shared", whole.s()]));
    assert_eq!(std::fs::write(whole.path().join("nope"), b"x").unwrap_err().raw_os_error(), Some(libc::EROFS));
    assert_eq!(ok(efsctl(&d, &["mounts", "--query", "Mounts[0].ReadOnly"])), "true", "listed as read-only");
    assert_eq!(std::fs::read(whole.path().join("root-owned")).unwrap(), b"r");
    ok(efsctl(&d, &["umount", whole.s()]));
    let no_root = format!(
        r#"{{"Statement":[{{"Effect":"Allow","Principal":{{"AWS":"*"}},"Action":["elasticfilesystem:ClientMount","elasticfilesystem:ClientWrite"],"Resource":"arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/{fs}"}}]}}"#
    );
    let policy_file = d.dir.path().join("no-root.json");
    std::fs::File::create(&policy_file).unwrap().write_all(no_root.as_bytes()).unwrap();
    ok(efsctl(&d, &["policy", "set", "shared", "--file", policy_file.to_str().unwrap()]));
    ok(efsctl(&d, &["mount", "shared", whole.s()]));
    std::fs::create_dir(whole.path().join("public/squashed"))
        .unwrap_or_else(|e| panic!("squashed root may still write where anyone can: {e}"));
    assert_eq!(
        std::fs::metadata(whole.path().join("public/squashed")).unwrap().uid(),
        65534,
        "root is squashed to nobody"
    );
    assert_eq!(std::fs::write(whole.path().join("root-owned"), b"y").unwrap_err().raw_os_error(), Some(libc::EACCES));
    ok(efsctl(&d, &["umount", whole.s()]));

    // TLS required: refused without --tls, mounted with it.
    ok(efsctl(&d, &["policy", "set", "shared", "--preset", "enforce-tls"]));
    let out = efsctl(&d, &["mount", "shared", whole.s()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("access denied by server"), "{out:?}");
    ok(efsctl(&d, &["mount", "shared", whole.s(), "--tls"]));
    ok(efsctl(&d, &["umount", whole.s()]));

    // A mount target whose group does not admit NFS from the client.
    let other = ok(efsctl(&d, &["create", "closed", "--mount-targets", "none", "--wait", "-q"]));
    let out = efsctl(
        &d,
        &["mount-target", "create", &other, "--az", "us-east-1a", "--security-group", "sg-00000000000000000"],
    );
    assert!(!out.status.success());
    let sg = crate::support::run_value(async {
        let ec2 = d.ec2();
        ec2.create_security_group()
            .group_name("closed")
            .description("no rules")
            .send()
            .await
            .unwrap()
            .group_id()
            .unwrap()
            .to_string()
    });
    ok(efsctl(&d, &["mount-target", "create", &other, "--az", "us-east-1a", "--security-group", &sg]));
    let out = efsctl(&d, &["mount", "closed", whole.s()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Connection timed out") && err.contains("sg setup"), "{err}");
    ok(efsctl(&d, &["sg", "setup", "closed"]));
    ok(efsctl(&d, &["mount", "closed", whole.s()]));
    // Deleting its mount target cuts the client off, even while something on it is in use:
    // an open file fails from then on, as with a server gone.
    let mut held = std::fs::File::create(whole.path().join("open")).unwrap();
    let mt = ok(efsctl(&d, &["mount-target", "ls", "closed", "-q"]));
    let out = efsctl(&d, &["mount-target", "delete", &mt]);
    let said = String::from_utf8_lossy(&out.stderr).to_string();
    ok(out);
    assert!(
        said.contains(&format!("the local mount on {} is detached (its mount target was deleted)", whole.s())),
        "{said}"
    );
    assert!(!ok(efsctl(&d, &["mounts", "-q"])).contains(whole.s()), "the mount is forgotten");
    assert!(std::fs::read_dir(whole.path()).unwrap().next().is_none(), "the directory is no longer a mount");
    assert_eq!(held.write_all(b"x").and_then(|()| held.sync_all()).unwrap_err().raw_os_error(), Some(libc::ENOTCONN));
    drop(held);
}

#[test]
fn data_survives_kill_9_and_mounts_come_back() {
    if fuse_skip("data_survives_kill_9_and_mounts_come_back") {
        return;
    }
    let mut d = Daemon::start();
    let m = MountDir::new();
    let fs = create_and_mount(&d, "durable", &[], &m);
    let mut synced = Vec::new();
    for round in 0..8 {
        // A writer fsyncs files while the daemon is killed at a different point each round.
        let dir = m.path().to_path_buf();
        let writer = std::thread::spawn(move || {
            let mut done = Vec::new();
            for i in 0.. {
                let path = dir.join(format!("r{round}-f{i}"));
                let body = format!("round {round} file {i} ").repeat(200 + i);
                let write = || -> std::io::Result<()> {
                    let mut f = std::fs::File::create(&path)?;
                    f.write_all(body.as_bytes())?;
                    f.sync_all()
                };
                if write().is_err() {
                    break;
                }
                done.push((path.file_name().unwrap().to_owned(), body));
            }
            done
        });
        std::thread::sleep(std::time::Duration::from_millis(50 + 37 * round as u64));
        d.kill_and_restart();
        synced.extend(writer.join().unwrap());
        // The restarted daemon has put the mount back, as it was; every fsync'd file is intact.
        assert!(matches!(read_ahead_kb(m.path()), None | Some(15360)), "read-ahead {:?}", read_ahead_kb(m.path()));
        for (name, body) in &synced {
            let got = std::fs::read(m.path().join(name)).unwrap_or_else(|e| panic!("{name:?} lost after kill -9: {e}"));
            assert!(got == body.as_bytes(), "{name:?} corrupted");
        }
    }
    assert!(synced.len() > 8, "the writer made progress ({} files)", synced.len());
    // A policy set since makes the restored mount read-only, and it is listed so.
    ok(efsctl(&d, &["policy", "set", &fs, "--preset", "read-only"]));
    d.kill_and_restart();
    assert_eq!(ok(efsctl(&d, &["mounts", "--query", "Mounts[0].ReadOnly"])), "true");
    ok(efsctl(&d, &["emulator", "fsck", &fs]));
}

#[test]
fn completed_metadata_operations_survive_kill_9() {
    if fuse_skip("completed_metadata_operations_survive_kill_9") {
        return;
    }
    let mut d = Daemon::start();
    let m = MountDir::new();
    let fs = create_and_mount(&d, "journaled", &[], &m);
    // Without any fsync: each step returned is acknowledged, and the journal must keep it.
    #[derive(Clone, Copy, PartialEq, Debug)]
    enum Step {
        Written,
        Renamed,
        Linked,
        Removed,
    }
    // Each file's last step, and whether the worker was killed right after it (then the step
    // after it may have completed too, unrecorded).
    let mut all: Vec<(String, Step, bool)> = Vec::new();
    for round in 0..6u64 {
        let dir = m.path().to_path_buf();
        let worker = std::thread::spawn(move || {
            let mut done: Vec<(String, Step, bool)> = Vec::new();
            let run = |done: &mut Vec<(String, Step, bool)>, i: u32| -> std::io::Result<()> {
                let name = format!("r{round}-{i}");
                let (a, b) = (dir.join(format!("{name}.new")), dir.join(&name));
                // Written and closed, the close checked (dropping a File ignores its error).
                let mut f = std::fs::File::create(&a)?;
                f.write_all(name.as_bytes())?;
                // SAFETY: closing the descriptor `into_raw_fd` gave up.
                if unsafe { libc::close(std::os::fd::IntoRawFd::into_raw_fd(f)) } != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                done.push((name.clone(), Step::Written, false));
                std::fs::rename(&a, &b)?;
                done.last_mut().unwrap().1 = Step::Renamed;
                std::os::unix::fs::symlink(&name, dir.join(format!("{name}.link")))?;
                done.last_mut().unwrap().1 = Step::Linked;
                if i.is_multiple_of(3) {
                    std::fs::remove_file(&b)?;
                    done.last_mut().unwrap().1 = Step::Removed;
                }
                Ok(())
            };
            for i in 0.. {
                if run(&mut done, i).is_err() {
                    break;
                }
            }
            if let Some(last) = done.last_mut() {
                last.2 = true;
            }
            done
        });
        std::thread::sleep(std::time::Duration::from_millis(40 + 53 * round));
        d.kill_and_restart();
        all.extend(worker.join().unwrap());
        for (name, step, cut) in &all {
            let (file, link) = (m.path().join(name), m.path().join(format!("{name}.link")));
            let holds = |p: &Path| std::fs::read(p).is_ok_and(|c| c == name.as_bytes());
            let linked = || std::fs::read_link(&link).is_ok_and(|t| t == Path::new(name));
            match (step, cut) {
                (Step::Written, true) => {
                    assert!(holds(&m.path().join(format!("{name}.new"))) || holds(&file), "{name} lost after kill -9")
                }
                (Step::Renamed, true) => assert!(holds(&file), "{name} lost after kill -9"),
                (Step::Linked, _) => {
                    assert!(linked() && (holds(&file) || *cut), "{name} or its link lost after kill -9")
                }
                (Step::Removed, _) => {
                    assert!(!file.exists() && linked(), "{name} came back, or its link was lost, after kill -9")
                }
                (step, false) => unreachable!("{name} stopped at {step:?} with the worker still running"),
            }
        }
    }
    assert!(all.len() > 20, "the worker made progress ({} files)", all.len());
    ok(efsctl(&d, &["emulator", "fsck", &fs]));
}

#[test]
fn burst_credits_are_spent_and_survive_a_restart() {
    if fuse_skip("burst_credits_are_spent_and_survive_a_restart") {
        return;
    }
    let mut d = Daemon::start();
    let m = MountDir::new();
    let fs = create_and_mount(&d, "burst", &["--throughput-mode", "bursting", "--mount-targets", "us-east-1a"], &m);
    // 512 MiB at the burst rate (100 MiB/s) spends about 507 MiB of credits.
    let chunk = vec![7u8; 1 << 20];
    let mut f = std::fs::File::create(m.path().join("big")).unwrap();
    for _ in 0..512 {
        f.write_all(&chunk).unwrap();
    }
    f.sync_all().unwrap();
    drop(f);
    let balance = |d: &Daemon| -> f64 {
        // A minute on the virtual clock, recorded (and the credits saved) by the sampler.
        crate::support::next_minute_recorded(d, &fs);
        let v: serde_json::Value = serde_json::from_str(&ok(efsctl(d, &["credits", "burst", "-o", "json"]))).unwrap();
        v["BurstCreditBalance"].as_f64().unwrap()
    };
    let initial = 2.1 * 1024f64.powi(4);
    let spent = balance(&d);
    let mib = 1024.0 * 1024.0;
    assert!(initial - spent > 300.0 * mib, "credits were spent: {} MiB left below the start", (initial - spent) / mib);
    d.kill_and_restart();
    let after = balance(&d);
    assert!(after < initial, "the balance survived the restart ({} MiB below the start)", (initial - after) / mib);
    // Idle time earns credits back at the baseline (1 MiB/s for a small file system).
    assert!(after > spent, "idle minutes accrue credits");
}

#[test]
fn concurrent_writers_read_back_what_they_wrote_while_others_list() {
    if fuse_skip("concurrent_writers_read_back_what_they_wrote_while_others_list") {
        return;
    }
    let d = Daemon::start();
    let m = MountDir::new();
    create_and_mount(&d, "busy", &[], &m);
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    // A lister looks names up while writers truncate, write and close: a lookup answered with
    // the size from before a close must not reach the kernel after it.
    let lister = {
        let (dir, done) = (m.path().to_path_buf(), done.clone());
        std::thread::spawn(move || {
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                for e in std::fs::read_dir(&dir).unwrap().flatten() {
                    let _ = std::fs::metadata(e.path());
                }
            }
        })
    };
    let writers: Vec<_> = (0..3)
        .map(|w| {
            let dir = m.path().to_path_buf();
            std::thread::spawn(move || {
                for round in 0..400usize {
                    let path = dir.join(format!("w{w}-{}", round % 5));
                    let body = vec![(round % 251) as u8 + 1; [1, 100, 4096, 70_000, 1 << 20][round % 5]];
                    std::fs::write(&path, &body).unwrap();
                    assert!(std::fs::read(&path).unwrap() == body, "{path:?} read back wrong in round {round}");
                    let moved = path.with_extension("moved");
                    std::fs::rename(&path, &moved).unwrap();
                    assert!(std::fs::read(&moved).unwrap() == body, "{moved:?} read back wrong after the rename");
                    std::fs::rename(&moved, &path).unwrap();
                }
            })
        })
        .collect();
    let results: Vec<_> = writers.into_iter().map(|w| w.join()).collect();
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    lister.join().unwrap();
    for r in results {
        if let Err(e) = r {
            std::panic::resume_unwind(e);
        }
    }
    // By name, as everywhere else in the CLI.
    ok(efsctl(&d, &["emulator", "fsck", "busy"]));
}

#[test]
fn two_mounts_moving_the_same_directories_while_listing_them_never_hang() {
    if fuse_skip("two_mounts_moving_the_same_directories_while_listing_them_never_hang") {
        return;
    }
    // Two mounts make, move and remove the same directories while listing them with
    // attributes: a listing then meets entries that moved under it on the other mount, and the
    // kernel takes back its lookup of each with a FORGET sent as a request, which the lister
    // waits for while holding the directory. Over io_uring that request must still be
    // answered; one missed hung the lister and everyone behind its lock.
    let d = Daemon::start();
    let (a, b) = create_and_mount_twice(&d, "churn");
    let roots = [a.path().to_path_buf(), b.path().to_path_buf()];
    let workers: Vec<_> = (0..6u64)
        .map(|w| {
            let roots = roots.clone();
            std::thread::spawn(move || {
                let mut seed = 0x9e37_79b9_7f4a_7c15 ^ (w + 1);
                let mut next = move |n: u64| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    seed % n
                };
                for _ in 0..4_000 {
                    let root = &roots[next(2) as usize];
                    let dir = |n: u64| root.join(format!("d{n}"));
                    // Errors (ENOENT, EEXIST, ENOTEMPTY, EINVAL) are the other workers' doing.
                    let _ = match next(6) {
                        0 => std::fs::create_dir(dir(next(4))),
                        1 => std::fs::remove_dir(dir(next(4))),
                        2 => std::fs::rename(dir(next(4)), dir(next(4))),
                        3 => std::fs::rename(dir(next(4)), dir(next(4)).join(format!("d{}", next(4)))),
                        4 => std::fs::write(dir(next(4)).join("f"), b"x"),
                        _ => std::fs::read_dir(if next(2) == 0 { root.clone() } else { dir(next(4)) }).map(|entries| {
                            for e in entries.flatten() {
                                let _ = e.metadata();
                            }
                        }),
                    };
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    ok(efsctl(&d, &["emulator", "fsck", "churn"]));
}

#[test]
fn files_open_at_once_beyond_the_usual_descriptor_limit() {
    if fuse_skip("files_open_at_once_beyond_the_usual_descriptor_limit") {
        return;
    }
    // The daemon starts with the common soft limit of 1,024 descriptors (this test's own is
    // put back right after) and must still serve 2,000 files open at once.
    let set_soft = |soft: u64| {
        let mut l = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
        // SAFETY: plain struct in/out.
        unsafe {
            assert_eq!(libc::getrlimit(libc::RLIMIT_NOFILE, &mut l), 0);
            l.rlim_cur = soft.min(l.rlim_max);
            assert_eq!(libc::setrlimit(libc::RLIMIT_NOFILE, &l), 0);
            l.rlim_max
        }
    };
    let hard = set_soft(1024);
    if hard < 4096 {
        set_soft(hard);
        eprintln!("SKIP files_open_at_once_beyond_the_usual_descriptor_limit: hard descriptor limit {hard}");
        return;
    }
    let d = Daemon::start();
    set_soft(hard);
    let m = MountDir::new();
    create_and_mount(&d, "fds", &[], &m);
    let files: Vec<std::fs::File> = (0..2000)
        .map(|i| {
            let mut f =
                std::fs::File::create(m.path().join(format!("f{i}"))).unwrap_or_else(|e| panic!("open #{i}: {e}"));
            f.write_all(b"x").unwrap();
            f
        })
        .collect();
    drop(files);
    assert_eq!(std::fs::read_dir(m.path()).unwrap().count(), 2000);
    ok(efsctl(&d, &["umount", m.s()]));
}

#[test]
fn a_plain_umount_is_followed_and_the_directory_can_be_mounted_again() {
    if fuse_skip("a_plain_umount_is_followed_and_the_directory_can_be_mounted_again") {
        return;
    }
    let d = Daemon::start();
    let m = MountDir::new();
    create_and_mount(&d, "plain", &["--mount-targets", "us-east-1a"], &m);
    std::fs::write(m.path().join("kept"), b"before the umount").unwrap();
    // What anyone does with a mount: umount(8), fusermount3 -u, a lazy umount -l — not `efsctl umount`.
    let ways: [&[&str]; 3] = [&["umount"], &["fusermount3", "-u"], &["umount", "-l"]];
    for way in ways {
        let status = Command::new(way[0]).args(&way[1..]).arg(m.path()).status().unwrap();
        assert!(status.success(), "{way:?}: {status}");
        assert!(!ok(efsctl(&d, &["mounts", "-q"])).contains(m.s()), "a mount {way:?} removed is still listed");
        ok(efsctl(&d, &["mount", "plain", m.s()]));
        assert_eq!(std::fs::read(m.path().join("kept")).unwrap(), b"before the umount", "after {way:?}");
        assert!(ok(efsctl(&d, &["mounts", "-q"])).contains(m.s()));
    }
    ok(efsctl(&d, &["umount", m.s()]));
}

/// The daemon looks at its mount points (each second, and whenever mounts are listed) to follow
/// a plain umount; that look must never be the use that makes `efsctl umount` find one busy.
#[test]
fn listing_mounts_while_unmounting_never_finds_them_busy() {
    if fuse_skip("listing_mounts_while_unmounting_never_finds_them_busy") {
        return;
    }
    let d = Daemon::start();
    let m = MountDir::new();
    create_and_mount(&d, "listed", &[], &m);
    ok(efsctl(&d, &["umount", m.s()]));
    let stop = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|s| {
        s.spawn(|| {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                assert_eq!(status_of(&http(&d.url, "GET", "/_efsctl/mounts", "")), 200);
            }
        });
        for _ in 0..20 {
            ok(efsctl(&d, &["mount", "listed", m.s()]));
            let out = efsctl(&d, &["umount", m.s()]);
            stop.store(!out.status.success(), std::sync::atomic::Ordering::Relaxed);
            ok(out);
        }
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
    });
}

/// A user's own emulator, run from a copy of the binary they can execute, in a sandbox they
/// own; stopped (and its mount lazily detached) when dropped.
struct OtherUser {
    uid: u32,
    root: tempfile::TempDir,
}

impl OtherUser {
    fn new(uid: u32) -> Self {
        use std::os::unix::fs::PermissionsExt;
        // fusermount3 needs the user to have a name.
        let known =
            Command::new("getent").args(["passwd", &uid.to_string()]).output().is_ok_and(|o| o.status.success());
        if !known {
            let made = Command::new("useradd")
                .args(["--uid", &uid.to_string(), "--no-create-home", "--shell", "/usr/sbin/nologin"])
                .arg(format!("efsctl-test-{uid}"))
                .output()
                .unwrap();
            assert!(made.status.success(), "creating a test user: {made:?}");
        }
        let root = tempfile::tempdir_in("/tmp").unwrap();
        std::fs::set_permissions(root.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::copy(crate::support::BIN, root.path().join("efsctl")).unwrap();
        for dir in ["home", "mnt"] {
            std::fs::create_dir(root.path().join(dir)).unwrap();
            std::os::unix::fs::chown(root.path().join(dir), Some(uid), Some(uid)).unwrap();
        }
        OtherUser { uid, root }
    }

    fn mnt(&self) -> std::path::PathBuf {
        self.root.path().join("mnt")
    }

    /// Runs efsctl as this user, with their own data dir and no config.
    fn efsctl(&self, args: &[&str]) -> std::process::Output {
        let home = self.root.path().join("home");
        Command::new(self.root.path().join("efsctl"))
            .args(args)
            .env_clear()
            .env("PATH", "/usr/local/bin:/usr/bin:/bin")
            .env("HOME", &home)
            .env("EFSCTL_DATA_DIR", home.join("data"))
            .env("EFSCTL_CONFIG", home.join("none.toml"))
            .uid(self.uid)
            .gid(self.uid)
            .output()
            .unwrap()
    }
}

impl Drop for OtherUser {
    fn drop(&mut self) {
        let _ = self.efsctl(&["emulator", "stop"]);
        let mnt = CString::new(self.mnt().to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path; the result is irrelevant during cleanup.
        unsafe { libc::umount2(mnt.as_ptr(), libc::MNT_DETACH) };
    }
}

/// The README's mount example as a non-root user (a test user, made if missing) with their own
/// emulator: where /dev/fuse is open to users (Debian's default) it mounts through fusermount3
/// without allow_other (root itself cannot use the mount); where it is not, the refusal says
/// what to do.
#[test]
fn a_non_root_user_mounts_as_the_readme_says() {
    if fuse_skip("a_non_root_user_mounts_as_the_readme_says") {
        return;
    }
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("SKIPPED a_non_root_user_mounts_as_the_readme_says: needs root to set up another user");
        return;
    }
    let user = OtherUser::new(61004);
    ok(user.efsctl(&["create", "demo", "--wait", "-q"]));
    // A new file system's root belongs to root (as on EFS): a user writes through an access
    // point that acts as them.
    let id = user.uid.to_string();
    let ap = ok(user.efsctl(&[
        "access-point",
        "create",
        "demo",
        "--uid",
        &id,
        "--gid",
        &id,
        "--path",
        "/me",
        "--owner-uid",
        &id,
        "--owner-gid",
        &id,
        "--permissions",
        "0750",
        "-q",
    ]));
    let mnt = user.mnt();
    let out = user.efsctl(&["mount", "demo", mnt.to_str().unwrap(), "--access-point", &ap]);
    let fuse_open_to_all = std::fs::metadata("/dev/fuse").unwrap().permissions().mode() & 0o006 == 0o006;
    if !fuse_open_to_all {
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        assert!(err.contains("chmod 0666 /dev/fuse") && err.contains("as root"), "it says what to do: {err}");
        assert!(ok(user.efsctl(&["mounts", "-o", "json"])).contains("[]"), "nothing is recorded");
        eprintln!(
            "a_non_root_user_mounts_as_the_readme_says: /dev/fuse is closed to users here; checked the refusal only"
        );
        return;
    }
    ok(out);
    let wrote = Command::new("sh")
        .args(["-c", &format!("echo hi > {0}/hello && cat {0}/hello", mnt.display())])
        .uid(user.uid)
        .gid(user.uid)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&wrote.stdout).trim(), "hi", "{wrote:?}");
    assert!(std::fs::read(mnt.join("hello")).is_err(), "without --allow-other, only the user uses the mount");
    ok(user.efsctl(&["umount", mnt.to_str().unwrap()]));
}
