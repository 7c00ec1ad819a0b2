//! Lifecycle tiering of stored files: metering by storage class, moving due files to IA or
//! Archive (`sweep`) and back to Standard (`promote`), each move durable before the old form
//! goes. Which files are due is the pure `lifecycle` model's decision.

use std::fs::{File, OpenOptions};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Instant;

use efsctl_core::lifecycle::{ClassBytes, FileState, Policy, SweepReport, Tier, TieringCounters};
use efsctl_core::model::metering;

use super::meta::Row;
use super::*;

pub(super) fn cold_format(tier: Tier) -> cold::Format {
    if tier == Tier::Archive { cold::ARCHIVE } else { cold::IA }
}

/// Files a sweep moves per transaction (one `syncfs` and one commit per batch).
pub(super) const SWEEP_BATCH: usize = 256;

impl Storage {
    /// Metered bytes of the whole file system per EFS rules, by storage class (directories
    /// and links count as Standard).
    pub fn metered(&self) -> Result<ClassBytes> {
        let mut m = ClassBytes::default();
        for (_, r) in self.state().meta.inodes().filter(|(_, r)| r.nlink > 0) {
            match r.kind {
                Kind::File => m.add(r.size, r.tier),
                Kind::Dir => m.add_standard(metering::dir_bytes(r.size)),
                _ => m.add_standard(metering::file_bytes(r.size)),
            }
        }
        self.last_metered.store(m.metered_total(), Ordering::Relaxed);
        Ok(m)
    }

    /// The metered size as of the latest metering pass (the daemon meters every few seconds),
    /// metering now if none ran yet: a full scan per `df` would be too slow on big file systems.
    pub fn metered_total(&self) -> Result<u64> {
        match self.last_metered.load(Ordering::Relaxed) {
            0 => Ok(self.metered()?.metered_total()),
            total => Ok(total),
        }
    }

    /// What the lifecycle decisions need of every regular file.
    pub fn lifecycle_files(&self) -> Result<Vec<FileState>> {
        let state = self.state();
        let files = state.meta.inodes().filter(|(_, r)| r.kind == Kind::File && r.nlink > 0);
        Ok(files.map(|(_, r)| FileState { size: r.size, tier: r.tier, last_access: r.last_access }).collect())
    }

    pub fn tiering_counters(&self) -> Result<TieringCounters> {
        Ok(self.state().meta.tiering())
    }

    /// Writes the data of `ino`, read from `from`, as the form of `to` (not yet synced).
    pub(super) fn write_form(&self, ino: u64, from: &Form, size: u64, to: Tier) -> Result<()> {
        let path = self.form_path(ino, to);
        let tmp = path.with_extension("tmp");
        // One a crash left behind would keep its bytes past the new end.
        self.disk().remove(&tmp)?;
        let out = self.disk().create(&tmp)?;
        if to == Tier::Standard {
            let mut buf = vec![0u8; cold::IA.chunk as usize];
            let mut offset = 0;
            while offset < size {
                let n = (size - offset).min(buf.len() as u64) as usize;
                from.read_full(offset, &mut buf[..n])?;
                self.disk().write_at(&out, &buf[..n], offset)?;
                offset += n as u64;
            }
        } else {
            let write = |data: &[u8], at| self.disk().write_at(&out, data, at);
            cold::encode(|offset, buf| from.read_full(offset, buf), size, write, cold_format(to))?;
        }
        self.disk().rename(&tmp, &path)?;
        Ok(())
    }

    /// Records tier changes `(ino, from, to, size, mtime)` of files that are not open and
    /// unchanged since their new form was written, durably. Returns which were made.
    pub(super) fn commit_moves(&self, moves: &[(u64, Tier, Tier, u64, f64)]) -> Result<Vec<bool>> {
        let open = self.open_files();
        let done = self.change(|tx| {
            let mut done = Vec::with_capacity(moves.len());
            let (mut to_ia, mut to_archive) = (0, 0);
            for &(ino, from, to, size, mtime) in moves {
                let unchanged = |r: &Row| r.tier == from && r.size == size && r.mtime == mtime && r.nlink > 0;
                let ok = !open.contains_key(&ino) && tx.meta().inode(ino).is_some_and(unchanged);
                if ok {
                    row_mut(tx, ino)?.tier = to;
                    *if to == Tier::Ia { &mut to_ia } else { &mut to_archive } += size;
                }
                done.push(ok);
            }
            let t = tx.tiering_mut();
            t.to_ia_bytes += to_ia;
            t.to_archive_bytes += to_archive;
            Ok(done)
        })?;
        drop(open);
        // A moved file has a data file now, even one that had none (created, never written).
        let mut dataless = self.dataless();
        for (&(ino, ..), _) in moves.iter().zip(&done).filter(|(_, moved)| **moved) {
            dataless.remove(&ino);
        }
        drop(dataless);
        self.sync_meta()?;
        Ok(done)
    }

    /// Moves the data of `ino` back to Standard (a read under AFTER_1_ACCESS, or a write).
    pub fn promote(&self, ino: u64) -> Result<()> {
        let _moving = self.moving.lock().unwrap_or_else(|e| e.into_inner());
        let open = self.open_files().get(&ino).map(|o| o.form.clone());
        let form = match open {
            Some(form) => form,
            None => self.current(ino)?.1,
        };
        let Form::Cold(from, cold) = &form else { return Ok(()) };
        self.write_form(ino, &form, cold.size(), Tier::Standard)?;
        let path = self.form_path(ino, Tier::Standard);
        self.disk().sync(&File::open(&path)?)?;
        {
            let mut open = self.open_files();
            let changed = self.change(|tx| {
                let moved = tx.meta().inode(ino).is_some_and(|r| r.tier == *from);
                if moved {
                    row_mut(tx, ino)?.tier = Tier::Standard;
                }
                Ok(moved)
            })?;
            if !changed {
                drop(open);
                return Ok(self.disk().remove(&path)?);
            }
            if let Some(o) = open.get_mut(&ino) {
                o.form = Form::Plain(Arc::new(OpenOptions::new().read(true).write(true).open(&path)?));
            }
        }
        self.sync_meta()?;
        Ok(self.disk().remove(&self.form_path(ino, *from))?)
    }

    /// Moves due files to IA or Archive under the current policy, oldest access first, in
    /// batches; stops at `deadline` (the next sweep starts over with what is still due).
    pub fn sweep(&self, policy: &Policy, now: f64, deadline: Option<Instant>) -> Result<SweepReport> {
        let mut report = SweepReport { complete: true, ..Default::default() };
        let (ia_cut, archive_cut) = policy.cutoffs(now);
        let standard_cut = match (ia_cut, archive_cut) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        // IA files due for Archive, then Standard files due for either.
        for (tier, cut) in [(Tier::Ia, archive_cut), (Tier::Standard, standard_cut)] {
            let Some(cut) = cut else { continue };
            // Chosen once; a file changed or removed since is left where it is (`move_batch`).
            for batch in self.candidates(tier, cut).chunks(SWEEP_BATCH) {
                if deadline.is_some_and(|d| Instant::now() >= d) {
                    report.complete = false;
                    return Ok(report);
                }
                report.considered += batch.len() as u64;
                let due: Vec<_> = batch
                    .iter()
                    .filter_map(|&(ino, f, mtime)| policy.decide(&f, now).map(|to| (ino, f, mtime, to)))
                    .collect();
                self.move_batch(&due, &mut report)?;
            }
        }
        Ok(report)
    }

    /// Files in `tier` last accessed at or before `cut`, oldest first:
    /// `(ino, state, mtime)`.
    pub(super) fn candidates(&self, tier: Tier, cut: f64) -> Vec<(u64, FileState, f64)> {
        let state = self.state();
        let due = |r: &Row| r.tier == tier && r.kind == Kind::File && r.nlink > 0 && r.last_access <= cut;
        let mut found: Vec<_> = state
            .meta
            .inodes()
            .filter(|(_, r)| due(r))
            .map(|(ino, r)| (ino, FileState { size: r.size, tier, last_access: r.last_access }, r.mtime))
            .collect();
        drop(state);
        found.sort_by(|a, b| a.1.last_access.total_cmp(&b.1.last_access).then(a.0.cmp(&b.0)));
        found
    }

    pub(super) fn move_batch(&self, due: &[(u64, FileState, f64, Tier)], report: &mut SweepReport) -> Result<()> {
        let _moving = self.moving.lock().unwrap_or_else(|e| e.into_inner());
        let mut written = Vec::with_capacity(due.len());
        for &(ino, f, mtime, to) in due {
            if self.open_files().contains_key(&ino) {
                report.skipped_open += 1;
                continue;
            }
            let form = match self.load_form(ino, f.tier, f.size) {
                Err(StorageError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => continue, // removed meanwhile
                r => r?,
            };
            self.write_form(ino, &form, f.size, to)?;
            written.push((ino, f.tier, to, f.size, mtime));
        }
        if written.is_empty() {
            return Ok(());
        }
        self.disk().sync_all(&self.dir)?;
        let committed = self.commit_moves(&written)?;
        for (&(ino, from, to, size, _), ok) in written.iter().zip(committed) {
            if !ok {
                report.skipped_open += 1;
                self.disk().remove(&self.form_path(ino, to))?;
                continue;
            }
            self.disk().remove(&self.form_path(ino, from))?;
            if to == Tier::Ia {
                report.to_ia_files += 1;
                report.to_ia_bytes += size;
            } else {
                report.to_archive_files += 1;
                report.to_archive_bytes += size;
            }
        }
        Ok(())
    }
}
