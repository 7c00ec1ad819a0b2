//! The file system the emulator serves: the storage engine (`storage`), POSIX semantics for
//! one mount over it (`vfs`), and the fuser adapter (`fuse`). It depends on the pure core only;
//! the emulator decides which file systems are mounted where.

pub mod fuse;
pub mod storage;
pub mod vfs;
