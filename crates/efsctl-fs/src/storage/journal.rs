//! The metadata journal: what makes an operation durable before it is answered, without a
//! SQLite transaction per operation.
//!
//! Each operation appends one record — the new images of the keys it changed — to a log file
//! mapped into memory. A store into a shared file mapping is in the kernel's page cache as soon
//! as it is made, so a record survives `kill -9` of the daemon at the cost of a copy, not a
//! system call (an `fsync` syncs the log files). Checkpoints write the changed keys to SQLite
//! in one transaction and record the sequence number they cover, so recovery replays only the
//! records after it.
//!
//! Two logs take turns: a checkpoint switches appends to the other log, writes to SQLite
//! without holding up operations, then empties the first. Record layout: length (u32 LE),
//! CRC-32 of sequence number and payload (u32 LE), sequence number (u64 LE), payload (postcard).
//! A log is read up to the first record that is torn, stale or out of sequence; records from
//! an earlier turn of a log carry older numbers than any the checkpoint after them left to
//! replay, so they are never taken for new ones.

use std::fs::{File, OpenOptions};
use std::io;
use std::os::fd::AsRawFd;
use std::path::Path;
use std::sync::Arc;

use memmap2::MmapMut;

use super::meta::Change;

/// Bytes a log can hold (a checkpoint normally starts at a quarter of it).
const CAPACITY: usize = 32 << 20;
/// Disk space is reserved this much at a time, before records are stored into it: a store
/// into a mapping that finds no space is SIGBUS, not an error.
const CHUNK: usize = 1 << 20;
const HEADER: usize = 16;

struct Log {
    file: Arc<File>,
    map: MmapMut,
    /// Bytes of records appended in this turn.
    len: usize,
    /// Bytes from the start known to have disk space.
    reserved: usize,
    capacity: usize,
}

impl Log {
    fn open(path: &Path, capacity: usize) -> io::Result<Log> {
        let file = OpenOptions::new().read(true).write(true).create(true).truncate(false).open(path)?;
        if file.metadata()?.len() < capacity as u64 {
            file.set_len(capacity as u64)?;
        }
        // SAFETY: only this daemon maps the log (the data directory is locked by the SQLite
        // database's exclusive lock, taken first), and the file is never shrunk while mapped.
        let map = unsafe { MmapMut::map_mut(&file)? };
        let mut log = Log { file: Arc::new(file), map, len: 0, reserved: 0, capacity };
        log.reserve()?;
        Ok(log)
    }

    /// The records appended in this turn.
    fn written(&self) -> &[u8] {
        &self.map[..self.len]
    }

    /// Reserves the next chunk of disk space (`false`: the log is at its capacity).
    fn reserve(&mut self) -> io::Result<bool> {
        if self.reserved >= self.capacity {
            return Ok(false);
        }
        // SAFETY: fallocate on a descriptor we own; failure comes back as -1 and errno.
        if unsafe { libc::fallocate(self.file.as_raw_fd(), 0, self.reserved as libc::off_t, CHUNK as libc::off_t) } != 0
        {
            return Err(io::Error::last_os_error());
        }
        self.reserved += CHUNK;
        Ok(true)
    }
}

/// The records in `bytes`, a log from the start of a turn, in order: `(sequence number,
/// changes)`, up to the first that is torn, stale or out of sequence.
pub fn records(bytes: &[u8]) -> Vec<(u64, Vec<Change>)> {
    let mut out: Vec<(u64, Vec<Change>)> = Vec::new();
    let mut at = 0;
    while let Some((seq, changes, next)) = record_at(bytes, at) {
        if out.last().is_some_and(|(last, _)| seq != last + 1) {
            break;
        }
        out.push((seq, changes));
        at = next;
    }
    out
}

fn record_at(bytes: &[u8], at: usize) -> Option<(u64, Vec<Change>, usize)> {
    let header = bytes.get(at..at + HEADER)?;
    let len = u32::from_le_bytes(header[0..4].try_into().ok()?) as usize;
    let crc = u32::from_le_bytes(header[4..8].try_into().ok()?);
    let seq = u64::from_le_bytes(header[8..16].try_into().ok()?);
    let payload = bytes.get(at + HEADER..(at + HEADER).checked_add(len)?)?;
    if len == 0 || checksum(seq, payload) != crc {
        return None;
    }
    let changes = postcard::from_bytes(payload).ok()?;
    Some((seq, changes, at + HEADER + len))
}

fn checksum(seq: u64, payload: &[u8]) -> u32 {
    let mut h = crc32fast::Hasher::new();
    h.update(&seq.to_le_bytes());
    h.update(payload);
    h.finalize()
}

pub struct Journal {
    logs: [Log; 2],
    active: usize,
    /// The sequence number of the next record.
    next_seq: u64,
}

impl Journal {
    /// Opens the logs in `dir` and returns, in order, the records from `first` on (the first
    /// number no checkpoint covers): what to replay. Both logs start a new turn; the caller
    /// checkpoints what it replays before appending.
    pub fn open(dir: &Path, first: u64) -> io::Result<(Journal, Vec<Vec<Change>>)> {
        Journal::open_sized(dir, first, CAPACITY)
    }

    fn open_sized(dir: &Path, first: u64, capacity: usize) -> io::Result<(Journal, Vec<Vec<Change>>)> {
        let logs = [Log::open(&dir.join("journal.0"), capacity)?, Log::open(&dir.join("journal.1"), capacity)?];
        let mut found: Vec<(u64, Vec<Change>)> =
            logs.iter().flat_map(|log| records(&log.map)).filter(|(seq, _)| *seq >= first).collect();
        found.sort_by_key(|(seq, _)| *seq);
        let mut next_seq = first;
        let mut replay = Vec::new();
        for (seq, changes) in found {
            if seq != next_seq {
                tracing::error!(dir = %dir.display(), "metadata journal: record {seq} follows {}; later records are not replayed", next_seq.wrapping_sub(1));
                break;
            }
            replay.push(changes);
            next_seq += 1;
        }
        Ok((Journal { logs, active: 0, next_seq }, replay))
    }

    /// Appends one operation's changes. Returns the bytes now in the active log, or `None`
    /// when it has no room, or the disk none to give it (a checkpoint must empty the other log
    /// first).
    pub fn append(&mut self, changes: &impl serde::Serialize) -> io::Result<Option<usize>> {
        let log = &mut self.logs[self.active];
        let at = log.len;
        let len = loop {
            let room = log.map.get_mut(at + HEADER..log.reserved.min(log.capacity)).unwrap_or_default();
            match postcard::to_slice(changes, room).map(|written| written.len()) {
                Ok(len) => break len,
                Err(postcard::Error::SerializeBufferFull) => match log.reserve() {
                    Ok(true) => {}
                    Ok(false) => return Ok(None),
                    // The disk is full: the space both logs already have must do, once a
                    // checkpoint frees one (removing files must still work, to make room).
                    Err(e) if e.raw_os_error() == Some(libc::ENOSPC) => return Ok(None),
                    Err(e) => return Err(e),
                },
                Err(e) => return Err(io::Error::other(e)),
            }
        };
        let payload = &log.map[at + HEADER..at + HEADER + len];
        let crc = checksum(self.next_seq, payload);
        // The header last: a record cut short by a crash fails its checksum either way.
        log.map[at..at + 4].copy_from_slice(&(len as u32).to_le_bytes());
        log.map[at + 4..at + 8].copy_from_slice(&crc.to_le_bytes());
        log.map[at + 8..at + HEADER].copy_from_slice(&self.next_seq.to_le_bytes());
        log.len = at + HEADER + len;
        self.next_seq += 1;
        Ok(Some(log.len))
    }

    pub fn next_seq(&self) -> u64 {
        self.next_seq
    }

    /// Makes the other log the active one, if it is empty; returns the one that was.
    pub fn switch(&mut self) -> Option<usize> {
        let other = 1 - self.active;
        if self.logs[other].len != 0 {
            return None;
        }
        let old = self.active;
        self.active = other;
        Some(old)
    }

    /// A copy of the records of log `i`'s turn (read by `records` without holding the journal).
    pub fn turn(&self, i: usize) -> Vec<u8> {
        self.logs[i].written().to_vec()
    }

    /// Records of both logs' turns, in order: what a checkpoint of everything writes.
    pub fn all_records(&self) -> Vec<(u64, Vec<Change>)> {
        let mut all: Vec<_> = self.logs.iter().flat_map(|log| records(log.written())).collect();
        all.sort_by_key(|(seq, _)| *seq);
        all
    }

    pub fn is_empty(&self) -> bool {
        self.logs.iter().all(|log| log.len == 0)
    }

    /// Starts a new turn of log `i` (a checkpoint covers its records).
    pub fn reset(&mut self, i: usize) {
        self.logs[i].len = 0;
    }

    pub fn reset_all(&mut self) {
        self.reset(0);
        self.reset(1);
    }

    /// The log files, to sync outside the lock (an `fsync` of a mapped file writes the
    /// mapping's changed pages).
    pub fn files(&self) -> [Arc<File>; 2] {
        [self.logs[0].file.clone(), self.logs[1].file.clone()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(n: u64) -> Vec<Change> {
        vec![Change::Entry(1, n.to_string().into_bytes(), Some(n))]
    }

    #[test]
    fn records_come_back_in_order_from_the_first_not_checkpointed() {
        let dir = tempfile::tempdir().unwrap();
        let (mut j, replay) = Journal::open(dir.path(), 0).unwrap();
        assert!(replay.is_empty());
        for n in 0..5 {
            j.append(&change(n)).unwrap().unwrap();
        }
        // A checkpoint covering 0..3 switched logs before 3 and 4 were appended elsewhere.
        let old = j.switch().unwrap();
        for n in 5..8 {
            j.append(&change(n)).unwrap().unwrap();
        }
        assert!(j.switch().is_none(), "the other log still holds records");
        drop(j);
        let (j, replay) = Journal::open(dir.path(), 3).unwrap();
        assert_eq!(replay, (3..8).map(change).collect::<Vec<_>>());
        assert_eq!((j.next_seq(), old), (8, 0));
    }

    #[test]
    fn a_full_log_takes_no_more_until_a_checkpoint_switches_logs() {
        let dir = tempfile::tempdir().unwrap();
        let (mut j, _) = Journal::open_sized(dir.path(), 0, 2 * CHUNK).unwrap();
        let mut n = 0;
        while j.append(&change(n)).unwrap().is_some() {
            n += 1;
        }
        assert!(n > 2 * CHUNK as u64 / 64, "{n} records fit");
        let old = j.switch().unwrap();
        j.append(&change(n)).unwrap().unwrap();
        drop(j);
        let (_, replay) = Journal::open_sized(dir.path(), 0, 2 * CHUNK).unwrap();
        assert_eq!(replay, (0..=n).map(change).collect::<Vec<_>>());
        assert_eq!(old, 0);
    }

    #[test]
    fn a_torn_or_stale_record_ends_the_log() {
        let dir = tempfile::tempdir().unwrap();
        let (mut j, _) = Journal::open(dir.path(), 0).unwrap();
        for n in 0..4 {
            j.append(&change(n)).unwrap();
        }
        // Checkpointed through 4; a new turn writes 4 over 0; 1..3 stay behind it, stale.
        j.reset_all();
        j.append(&change(4)).unwrap();
        let at = j.logs[0].len;
        drop(j);
        let (mut j, replay) = Journal::open(dir.path(), 4).unwrap();
        assert_eq!(replay, vec![change(4)]);
        // A record cut short: its payload is there, its header is not.
        j.logs[0].len = at;
        j.append(&change(5)).unwrap();
        j.logs[0].map[at + 8] ^= 1;
        drop(j);
        let (_, replay) = Journal::open(dir.path(), 4).unwrap();
        assert_eq!(replay, vec![change(4)]);
    }
}
