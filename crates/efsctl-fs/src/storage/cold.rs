//! The on-disk forms of IA and Archive data: the file cut into chunks, each compressed as its own
//! zstd frame, followed by an index of frame ends and a footer. A read decompresses only the
//! chunks it touches. IA uses small chunks and fast compression (it is read back more often);
//! Archive trades speed for size with bigger chunks and a higher level.

use std::fs::File;
use std::io::{self};
use std::os::unix::fs::FileExt;
use std::path::Path;
use std::sync::Mutex;

const MAGIC: &[u8; 8] = b"EFSCOLD1";
/// Raw size (u64), chunk size (u32), chunk count (u32), magic.
const FOOTER: usize = 8 + 4 + 4 + 8;

#[derive(Debug, Clone, Copy)]
pub struct Format {
    pub chunk: u32,
    pub level: i32,
}

pub const IA: Format = Format { chunk: 1 << 20, level: 3 };
pub const ARCHIVE: Format = Format { chunk: 4 << 20, level: 9 };

fn invalid(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, format!("cold data file: {what}"))
}

/// Stores `size` bytes, fetched through `read(offset, buf)` (which fills `buf` completely), in
/// `format` through `write(bytes, offset)` into an empty file (the caller syncs it). Returns the
/// bytes stored.
pub fn encode(
    mut read: impl FnMut(u64, &mut [u8]) -> io::Result<()>,
    size: u64,
    mut write: impl FnMut(&[u8], u64) -> io::Result<()>,
    format: Format,
) -> io::Result<u64> {
    let mut ends = Vec::new();
    let mut buf = vec![0u8; format.chunk as usize];
    let mut stored = 0u64;
    let mut offset = 0u64;
    while offset < size {
        let n = (size - offset).min(u64::from(format.chunk)) as usize;
        read(offset, &mut buf[..n])?;
        let frame = zstd::bulk::compress(&buf[..n], format.level)?;
        write(&frame, stored)?;
        stored += frame.len() as u64;
        ends.push(stored);
        offset += n as u64;
    }
    let mut footer: Vec<u8> = ends.iter().flat_map(|end| end.to_le_bytes()).collect();
    footer.extend_from_slice(&size.to_le_bytes());
    footer.extend_from_slice(&format.chunk.to_le_bytes());
    footer.extend_from_slice(&(ends.len() as u32).to_le_bytes());
    footer.extend_from_slice(MAGIC);
    write(&footer, stored)?;
    Ok(stored + footer.len() as u64)
}

/// An open IA or Archive data file.
pub struct ColdFile {
    file: File,
    size: u64,
    chunk: u64,
    ends: Vec<u64>,
    /// The last chunk decompressed: sequential reads smaller than a chunk reuse it.
    cached: Mutex<Option<(usize, Vec<u8>)>>,
}

impl ColdFile {
    pub fn open(path: &Path) -> io::Result<Self> {
        let file = File::open(path)?;
        let len = file.metadata()?.len();
        if len < FOOTER as u64 {
            return Err(invalid("too short"));
        }
        let mut footer = [0u8; FOOTER];
        file.read_exact_at(&mut footer, len - FOOTER as u64)?;
        if &footer[16..] != MAGIC {
            return Err(invalid("bad magic"));
        }
        let size = u64::from_le_bytes(footer[0..8].try_into().expect("8 bytes"));
        let chunk = u64::from(u32::from_le_bytes(footer[8..12].try_into().expect("4 bytes")));
        let count = u32::from_le_bytes(footer[12..16].try_into().expect("4 bytes")) as u64;
        if chunk == 0 || count != size.div_ceil(chunk) || len < FOOTER as u64 + count * 8 {
            return Err(invalid("inconsistent footer"));
        }
        let mut index = vec![0u8; count as usize * 8];
        file.read_exact_at(&mut index, len - FOOTER as u64 - count * 8)?;
        let ends: Vec<u64> =
            index.chunks_exact(8).map(|b| u64::from_le_bytes(b.try_into().expect("8 bytes"))).collect();
        if ends.windows(2).any(|w| w[0] > w[1]) || ends.last().is_some_and(|&e| e > len - FOOTER as u64 - count * 8) {
            return Err(invalid("inconsistent index"));
        }
        Ok(ColdFile { file, size, chunk, ends, cached: Mutex::new(None) })
    }

    pub fn size(&self) -> u64 {
        self.size
    }

    fn with_chunk<T>(&self, i: usize, f: impl FnOnce(&[u8]) -> T) -> io::Result<T> {
        let mut cached = self.cached.lock().unwrap_or_else(|e| e.into_inner());
        if cached.as_ref().is_none_or(|(c, _)| *c != i) {
            let start = if i == 0 { 0 } else { self.ends[i - 1] };
            let mut frame = vec![0u8; (self.ends[i] - start) as usize];
            self.file.read_exact_at(&mut frame, start)?;
            let raw = zstd::bulk::decompress(&frame, self.chunk as usize)?;
            let want = (self.size - i as u64 * self.chunk).min(self.chunk) as usize;
            if raw.len() != want {
                return Err(invalid("chunk has the wrong length"));
            }
            *cached = Some((i, raw));
        }
        Ok(f(&cached.as_ref().expect("filled above").1))
    }

    /// Fills `buf` from `offset`, up to the end of the data; returns the bytes read.
    pub fn read_at(&self, buf: &mut [u8], offset: u64) -> io::Result<usize> {
        let end = self.size.min(offset.saturating_add(buf.len() as u64));
        let mut pos = offset;
        while pos < end {
            let i = (pos / self.chunk) as usize;
            let within = (pos - i as u64 * self.chunk) as usize;
            let n = self.with_chunk(i, |raw| {
                let n = raw.len().saturating_sub(within).min((end - pos) as usize);
                buf[(pos - offset) as usize..][..n].copy_from_slice(&raw[within..within + n]);
                n
            })?;
            if n == 0 {
                break;
            }
            pos += n as u64;
        }
        Ok((pos.max(offset) - offset) as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::os::unix::fs::FileExt;

    fn round_trip(data: &[u8], format: Format, reads: &[(u64, usize)]) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c");
        let file = File::create(&path).unwrap();
        let read = |off: u64, buf: &mut [u8]| {
            buf.copy_from_slice(&data[off as usize..off as usize + buf.len()]);
            Ok(())
        };
        let stored = encode(read, data.len() as u64, |bytes, at| file.write_all_at(bytes, at), format).unwrap();
        assert_eq!(stored, file.metadata().unwrap().len());
        let cold = ColdFile::open(&path).unwrap();
        assert_eq!(cold.size(), data.len() as u64);
        for &(off, len) in reads {
            let mut buf = vec![0xAAu8; len];
            let n = cold.read_at(&mut buf, off).unwrap();
            let start = (off as usize).min(data.len());
            let expect = &data[start..(start + len).min(data.len())];
            assert_eq!(&buf[..n], expect, "read {len} at {off}");
        }
    }

    #[test]
    fn empty_and_corrupt_files() {
        round_trip(&[], IA, &[(0, 10)]);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("junk");
        std::fs::write(&path, b"not a cold file at all, really not").unwrap();
        assert_eq!(ColdFile::open(&path).err().map(|e| e.kind()), Some(io::ErrorKind::InvalidData));
    }

    proptest! {
        #[test]
        fn reads_return_what_was_written(data in prop::collection::vec(any::<u8>(), 0..5000), chunk in 1u32..700, reads in prop::collection::vec((0u64..6000, 0usize..3000), 1..8)) {
            round_trip(&data, Format { chunk, level: 1 }, &reads);
        }
    }
}
