//! EFS size metering (docs/efs-model.md, "Metered sizes"): what a file or directory adds to `SizeInBytes`.

const KIB: u64 = 1024;
/// Metadata every file and directory meters.
pub const METADATA_BYTES: u64 = 2 * KIB;
/// Data is metered in 4 KiB units, at least one.
pub const DATA_UNIT: u64 = 4 * KIB;
/// Bytes one directory entry takes in a directory's metered size.
pub const DIRENT_BYTES: u64 = 64;

fn round_up(n: u64) -> u64 {
    n.div_ceil(DATA_UNIT).max(1) * DATA_UNIT
}

/// The metered data of a regular file, symlink or special file of `size` bytes: 4 KiB units,
/// at least one. EFS reports it as the object's space used (`du`, `st_blocks`).
pub fn file_data_bytes(size: u64) -> u64 {
    round_up(size)
}

/// The metered data of a directory with `entries` entries, at least 4 KiB.
pub fn dir_data_bytes(entries: u64) -> u64 {
    round_up(entries.saturating_mul(DIRENT_BYTES))
}

/// A regular file (or symlink) of `size` bytes: 2 KiB of metadata plus its data (an empty
/// file meters 6 KiB).
pub fn file_bytes(size: u64) -> u64 {
    METADATA_BYTES + file_data_bytes(size)
}

/// A directory with `entries` entries: metered by its entries, at least 6 KiB — also the size
/// EFS reports for it (`ls -l` shows 6144 for an empty directory).
pub fn dir_bytes(entries: u64) -> u64 {
    METADATA_BYTES + dir_data_bytes(entries)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn examples() {
        assert_eq!(file_bytes(0), 6 * 1024);
        assert_eq!(file_bytes(1), 6 * 1024);
        assert_eq!(file_bytes(4096), 6 * 1024);
        assert_eq!(file_bytes(4097), 10 * 1024);
        assert_eq!(dir_bytes(0), crate::model::limits::EMPTY_FILE_SYSTEM_BYTES as u64);
        assert_eq!(dir_bytes(64), 6 * 1024);
        assert_eq!(dir_bytes(65), 10 * 1024);
        assert_eq!(file_data_bytes(0), 4096);
    }

    proptest! {
        #[test]
        fn metered_covers_data_in_whole_units(size in 0u64..(1 << 40)) {
            let m = file_bytes(size);
            prop_assert!(m >= size + METADATA_BYTES);
            prop_assert_eq!((m - METADATA_BYTES) % DATA_UNIT, 0);
            prop_assert!(m - METADATA_BYTES - size.max(1) < DATA_UNIT);
        }
    }
}
