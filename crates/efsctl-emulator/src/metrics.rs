//! AWS/EFS metrics: one datapoint per file system and metric per virtual minute, computed from
//! the data plane's I/O counters and the throughput model, kept in `metrics.db` as CloudWatch
//! keeps them: 1-minute points for 15 days, then 5-minute aggregates for 63 days, then 1-hour
//! aggregates for 455 days. The CloudWatch API reads them back.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

use rusqlite::{Connection, params};

use super::Emulator;
use super::mounts::profile_of;
use efsctl_core::clock::Clock;
use efsctl_core::throughput::{self, Bucket, Op, Profile};

pub const NAMESPACE: &str = "AWS/EFS";
/// (resolution, age after which points of that resolution roll up into the next, or go).
const RETENTION: [(i64, i64); 3] = [(60, 15 * 86400), (300, 63 * 86400), (3600, 455 * 86400)];

/// One aggregated datapoint.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub timestamp: i64,
    pub sum: f64,
    pub count: f64,
    pub min: f64,
    pub max: f64,
}

pub struct MetricsStore {
    db: Mutex<Connection>,
    /// Last counter readings per file system, to turn cumulative counters into deltas.
    last: Mutex<HashMap<String, [u64; READINGS]>>,
    /// Last sampled credit balance per file system and when, for gauges of skipped minutes.
    balances: Mutex<HashMap<String, (f64, f64)>>,
    last_minute: Mutex<i64>,
}

impl MetricsStore {
    pub fn open(dir: &Path) -> rusqlite::Result<Self> {
        let conn = Connection::open(dir.join("metrics.db"))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS points (fs TEXT NOT NULL, metric TEXT NOT NULL, class TEXT NOT NULL, ts INTEGER NOT NULL,
               sum REAL NOT NULL, count REAL NOT NULL, min REAL NOT NULL, max REAL NOT NULL, PRIMARY KEY (fs, metric, class, ts)) WITHOUT ROWID;",
        )?;
        // Version 1: the resolution of each point (aggregates of older data are coarser).
        if conn.pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0))? < 1 {
            conn.execute_batch("ALTER TABLE points ADD COLUMN period INTEGER NOT NULL DEFAULT 60; CREATE INDEX points_age ON points (period, ts); PRAGMA user_version = 1;")?;
        }
        Ok(MetricsStore {
            db: Mutex::new(conn),
            last: Mutex::new(HashMap::new()),
            balances: Mutex::new(HashMap::new()),
            last_minute: Mutex::new(0),
        })
    }

    fn db(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.db.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Datapoints of one series between `start` and `end` (epoch seconds, end exclusive) that
    /// a query with `period` can use: as CloudWatch, data kept only at a coarser resolution
    /// (older than 15 or 63 days) needs a period that is a multiple of it.
    pub fn points(
        &self,
        fs: &str,
        metric: &str,
        class: &str,
        start: f64,
        end: f64,
        period: i64,
    ) -> rusqlite::Result<Vec<Point>> {
        let db = self.db();
        let mut stmt = db.prepare_cached("SELECT ts, sum, count, min, max FROM points WHERE fs = ?1 AND metric = ?2 AND class = ?3 AND ts >= ?4 AND ts < ?5 AND ?6 % period = 0 ORDER BY ts")?;
        let rows = stmt
            .query_map(params![fs, metric, class, start.floor() as i64, end.ceil() as i64, period], |r| {
                Ok(Point { timestamp: r.get(0)?, sum: r.get(1)?, count: r.get(2)?, min: r.get(3)?, max: r.get(4)? })
            })?;
        rows.collect()
    }

    /// Rolls points past their resolution's retention into the next coarser one (sums and
    /// counts add, minimum and maximum carry over from points that counted something) and
    /// drops what is past the last.
    fn roll_up(tx: &rusqlite::Transaction, now: f64) -> rusqlite::Result<()> {
        for pair in RETENTION.windows(2) {
            let ((fine, keep), (coarse, _)) = (pair[0], pair[1]);
            let cut = now as i64 - keep;
            tx.execute("DROP TABLE IF EXISTS temp.rolled", [])?;
            tx.execute(
                "CREATE TEMP TABLE rolled AS SELECT fs, metric, class, ts - ts % ?2 AS ts, SUM(sum) AS sum, SUM(count) AS count,
                 COALESCE(MIN(CASE WHEN count > 0 THEN min END), 0) AS min, COALESCE(MAX(CASE WHEN count > 0 THEN max END), 0) AS max
                 FROM points WHERE period = ?1 AND ts < ?3 GROUP BY fs, metric, class, ts - ts % ?2",
                params![fine, coarse, cut],
            )?;
            tx.execute("DELETE FROM points WHERE period = ?1 AND ts < ?2", params![fine, cut])?;
            // A window straddling the cut rolls up in parts: merge with what is there.
            tx.execute(
                "INSERT INTO points (fs, metric, class, ts, sum, count, min, max, period) SELECT fs, metric, class, ts, sum, count, min, max, ?1 FROM rolled WHERE true
                 ON CONFLICT (fs, metric, class, ts) DO UPDATE SET sum = points.sum + excluded.sum, count = points.count + excluded.count,
                 min = CASE WHEN points.count = 0 THEN excluded.min WHEN excluded.count = 0 THEN points.min ELSE MIN(points.min, excluded.min) END,
                 max = CASE WHEN points.count = 0 THEN excluded.max WHEN excluded.count = 0 THEN points.max ELSE MAX(points.max, excluded.max) END,
                 period = excluded.period",
                [coarse],
            )?;
        }
        let (last, keep) = RETENTION[RETENTION.len() - 1];
        tx.execute("DELETE FROM points WHERE period = ?1 AND ts < ?2", params![last, now as i64 - keep])?;
        Ok(())
    }

    /// The series that have data: (file system, metric, storage class or "").
    pub fn series(&self) -> rusqlite::Result<Vec<(String, String, String)>> {
        let db = self.db();
        let mut stmt = db.prepare("SELECT DISTINCT fs, metric, class FROM points ORDER BY metric, fs, class")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        rows.collect()
    }

    pub fn wipe(&self) {
        let _ = self.db().execute("DELETE FROM points", []);
        self.last.lock().unwrap_or_else(|e| e.into_inner()).clear();
        self.balances.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }
}

impl Point {
    /// Adds `other` to this aggregate: sums and counts add; minimum and maximum come from the
    /// points that counted something (as `roll_up` merges).
    fn merge(&mut self, other: &Point) {
        if other.count > 0.0 {
            (self.min, self.max) = if self.count > 0.0 {
                (self.min.min(other.min), self.max.max(other.max))
            } else {
                (other.min, other.max)
            };
        }
        self.sum += other.sum;
        self.count += other.count;
    }
}

fn gauge(ts: i64, v: f64) -> Point {
    Point { timestamp: ts, sum: v, count: 1.0, min: v, max: v }
}

/// Rows one sample may write at each resolution when it fills in several minutes (a fast or
/// advanced virtual clock): the newest minutes of the gap get 1-minute points, the hours
/// before them hourly aggregates (as CloudWatch keeps data older than 63 days), and what is
/// older still stays empty.
const BACKFILL_ROWS: i64 = 100_000;
/// Rows per file system and minute, at most (counters, gauges, PercentIOLimit, StorageBytes
/// by class).
const ROWS_PER_MINUTE: i64 = 17;
/// What the sampler reads of a file system each time: its vfs counters (data bytes and
/// operations, metadata operations by kind) and its metering sums (total, metered, metadata
/// by kind).
const READINGS: usize = 10;

/// The smallest and largest operation of a sample in each metric's terms: data bytes of reads
/// and writes, and what they and the metadata operations count in TotalIOBytes and
/// MeteredIOBytes. `(0, 0)` where there was none.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Sizes {
    read: (f64, f64),
    write: (f64, f64),
    total: (f64, f64),
    metered: (f64, f64),
}

impl Sizes {
    /// From the smallest and largest read and write (`Extremes::take`) and the sample's totals.
    fn of(p: &Profile, reads: Option<(u64, u64)>, writes: Option<(u64, u64)>, totals: &[f64; READINGS]) -> Sizes {
        let pair = |e: Option<(u64, u64)>| e.map_or((0.0, 0.0), |(a, b)| (a as f64, b as f64));
        // Each kind of operation present, as (op, smallest, largest) in bytes moved.
        let metadata = totals[4] + totals[5] > 0.0;
        let kinds: Vec<(Op, u64, u64)> = [reads.map(|(a, b)| (Op::Read, a, b)), writes.map(|(a, b)| (Op::Write, a, b))]
            .into_iter()
            .flatten()
            .chain(metadata.then_some((Op::MetadataRead, 0, 0)))
            .collect();
        let span = |f: &dyn Fn(Op, u64) -> f64| {
            kinds.iter().fold(None, |acc: Option<(f64, f64)>, &(op, a, b)| {
                let (lo, hi) = (f(op, a), f(op, b));
                Some(acc.map_or((lo, hi), |(l, h)| (l.min(lo), h.max(hi))))
            })
        };
        Sizes {
            read: pair(reads),
            write: pair(writes),
            total: span(&|op, b| throughput::total_bytes(p.mode, op, b)).unwrap_or_default(),
            metered: span(&|op, b| throughput::metered_bytes(p, op, b)).unwrap_or_default(),
        }
    }
}

/// How many of the `elapsed` minutes up to `minute` one sample writes for `file_systems`,
/// within `BACKFILL_ROWS` each: at 1-minute resolution (the newest), and then as hourly
/// aggregates (the minutes before those). With hours before it, the 1-minute part starts on a
/// quarter hour, so its StorageBytes points and those hours have timestamps of their own.
fn backfill(minute: i64, elapsed: i64, file_systems: i64) -> (i64, i64) {
    let rows_each = BACKFILL_ROWS / (file_systems * ROWS_PER_MINUTE).max(1);
    let fine = elapsed.min(rows_each.max(1));
    let past_the_quarter = (minute - 60 * fine).rem_euclid(900) / 60;
    let fine = if fine < elapsed && rows_each > 0 { (fine + past_the_quarter).min(elapsed) } else { fine };
    (fine, (elapsed - fine).min(rows_each * 60))
}

/// Part `j` of `total` split into `n` whole parts that add up to it.
fn share(total: f64, j: i64, n: i64) -> f64 {
    ((j + 1) as f64 * total / n as f64).floor() - (j as f64 * total / n as f64).floor()
}

/// Records the datapoints of the virtual minutes that ended since the last sample. The
/// sampler runs every real second; when the virtual clock runs faster than 60x, or jumps,
/// several minutes end at once: I/O done meanwhile is spread evenly over them, and the credit
/// balance follows the model while idle and a straight line from the last sample otherwise.
pub fn sample(emu: &Emulator) {
    let now = emu.clock.now();
    let minute = (now / 60.0).floor() as i64 * 60;
    let elapsed = {
        let mut last = emu.metrics.last_minute.lock().unwrap_or_else(|e| e.into_inner());
        if *last == minute {
            return;
        }
        let previous = std::mem::replace(&mut *last, minute);
        if previous == 0 { 1 } else { ((minute - previous) / 60).max(1) }
    };
    emu.data.save_credits(now);
    let opened: HashMap<String, _> = emu.data.opened().into_iter().collect();
    // A client whose mount target does not answer (an injected outage) is not connected.
    let mounts: HashMap<String, usize> = emu
        .store
        .read()
        .mounts
        .values()
        .filter(|s| emu.data.faults.unreachable(&s.availability_zone, &s.mount_target_id).is_none())
        .fold(HashMap::new(), |mut m, s| {
            *m.entry(s.file_system_id.clone()).or_insert(0) += 1;
            m
        });
    let store = emu.store.read();
    let live: Vec<_> = store.file_systems.values().filter(|f| !f.life.is_gone(now)).collect();
    let (fine, coarse) = backfill(minute, elapsed, live.len() as i64);
    let mut rows: Vec<(String, &'static str, &'static str, Point, i64)> = Vec::new();
    for fs in live {
        let profile = profile_of(fs);
        let data = opened.get(&fs.id);
        let readings = data.map(|d| {
            let c = &d.counters;
            let o = std::sync::atomic::Ordering::Relaxed;
            let m = *d.metered.lock().unwrap_or_else(|e| e.into_inner());
            [
                c.read_bytes.load(o),
                c.write_bytes.load(o),
                c.read_ops.load(o),
                c.write_ops.load(o),
                c.metadata_read_ops.load(o),
                c.metadata_write_ops.load(o),
                m.total as u64,
                m.metered as u64,
                m.metadata_read as u64,
                m.metadata_write as u64,
            ]
        });
        // What the counters moved since the last sample.
        let totals: [f64; READINGS] = readings
            .map(|now_r| {
                let prev = emu
                    .metrics
                    .last
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(fs.id.clone(), now_r)
                    .unwrap_or([0; READINGS]);
                std::array::from_fn(|i| now_r[i].saturating_sub(prev[i]) as f64)
            })
            .unwrap_or([0.0; READINGS]);
        let (reads, writes) = data.map(|d| (d.counters.reads.take(), d.counters.writes.take())).unwrap_or_default();
        let sizes = Sizes::of(&profile, reads, writes, &totals);
        let bucket = match data {
            Some(d) => d.bucket.lock().unwrap_or_else(|e| e.into_inner()).clone(),
            None => Bucket::new(fs.life.created_at),
        };
        let balance = bucket.balance_at(&profile, now);
        let before =
            emu.metrics.balances.lock().unwrap_or_else(|e| e.into_inner()).insert(fs.id.clone(), (now, balance));
        let (from_t, from_b) = before.filter(|(t, _)| *t < now).unwrap_or((now, balance));
        let connections = *mounts.get(&fs.id).unwrap_or(&0) as f64;
        let iops = profile.iops;
        // The points of gap minute `j` (the last one is the minute that just ended).
        let minute_rows = |j: i64| {
            let mut rows: Vec<(&'static str, &'static str, Point)> = Vec::with_capacity(ROWS_PER_MINUTE as usize);
            let ts = minute - 60 * (elapsed - j);
            let [read_b, write_b, read_ops, write_ops, meta_r_ops, meta_w_ops, total_b, metered_b, meta_r_b, meta_w_b] =
                totals.map(|t| share(t, j, elapsed));
            let end = (ts + 60) as f64;
            // The minute that just ended reads the balance now; skipped ones: the model's own
            // accrual where idle since its last I/O, before that a straight line.
            let balance = if j == elapsed - 1 {
                balance
            } else if end >= bucket.last {
                bucket.balance_at(&profile, end)
            } else if from_t < end {
                from_b + (bucket.balance - from_b) * ((end - from_t) / (bucket.last - from_t))
            } else {
                balance
            };
            let mut at = bucket.clone();
            at.balance = balance;
            let permitted = at.permitted(&profile);
            // Minimum and Maximum: the smallest and largest operation of the minute.
            let counter = |sum: f64, count: f64, (min, max): (f64, f64)| Point {
                timestamp: ts,
                sum,
                count: count.max(if sum > 0.0 { 1.0 } else { 0.0 }),
                min,
                max,
            };
            let all_ops = read_ops + write_ops + meta_r_ops + meta_w_ops;
            let meta = |bytes: f64, ops: f64| if ops > 0.0 { (bytes / ops, bytes / ops) } else { (0.0, 0.0) };
            rows.push(("DataReadIOBytes", "", counter(read_b, read_ops, sizes.read)));
            rows.push(("DataWriteIOBytes", "", counter(write_b, write_ops, sizes.write)));
            let (meta_b, meta_ops) = (meta_r_b + meta_w_b, meta_r_ops + meta_w_ops);
            rows.push(("MetadataIOBytes", "", counter(meta_b, meta_ops, meta(meta_b, meta_ops))));
            rows.push(("MetadataReadIOBytes", "", counter(meta_r_b, meta_r_ops, meta(meta_r_b, meta_r_ops))));
            rows.push(("MetadataWriteIOBytes", "", counter(meta_w_b, meta_w_ops, meta(meta_w_b, meta_w_ops))));
            rows.push(("TotalIOBytes", "", counter(total_b, all_ops, sizes.total)));
            rows.push(("MeteredIOBytes", "", counter(metered_b, all_ops, sizes.metered)));
            rows.push(("BurstCreditBalance", "", gauge(ts, balance)));
            rows.push(("PermittedThroughput", "", gauge(ts, permitted)));
            rows.push(("ClientConnections", "", gauge(ts, connections)));
            if let Some(limits) = iops {
                let (reads, writes) = ((read_ops + meta_r_ops) / 60.0, (write_ops + meta_w_ops) / 60.0);
                let pct = (reads / limits.read + writes / limits.write) * 100.0;
                rows.push(("PercentIOLimit", "", gauge(ts, pct.min(100.0))));
            }
            // StorageBytes is a 15-minute metric: one point per quarter hour, the latest sample
            // wins (so a jump of the virtual clock still leaves a point). Filled-in minutes
            // write each quarter once, from its last minute.
            if j != elapsed - 1 && (ts + 60) % 900 != 0 {
                return rows;
            }
            let quarter = ts - ts.rem_euclid(900);
            let s = &fs.size;
            for (class, v) in [
                ("Total", s.standard + s.ia + s.archive),
                ("Standard", s.standard),
                ("IA", s.ia),
                ("IASizeOverhead", s.ia_overhead),
                ("Archive", s.archive),
                ("ArchiveSizeOverhead", s.archive_overhead),
            ] {
                rows.push(("StorageBytes", class, gauge(quarter, v as f64)));
            }
            rows
        };
        for j in elapsed - fine..elapsed {
            rows.extend(minute_rows(j).into_iter().map(|(m, c, p)| (fs.id.clone(), m, c, p, 60)));
        }
        // Older minutes of the gap, an hour at a time: one point per hour keyed by its first
        // minute in the gap (no point of before the gap is met).
        let mut j = elapsed - fine - coarse;
        while j < elapsed - fine {
            let ts = minute - 60 * (elapsed - j);
            let end = (j + 60 - (ts.rem_euclid(3600) / 60)).min(elapsed - fine);
            let mut hour: Vec<(&'static str, &'static str, Point)> = Vec::new();
            for (m, c, p) in (j..end).flat_map(&minute_rows) {
                match hour.iter_mut().find(|(hm, hc, _)| (*hm, *hc) == (m, c)) {
                    Some((_, _, h)) => h.merge(&p),
                    None => hour.push((m, c, Point { timestamp: ts, ..p })),
                }
            }
            rows.extend(hour.into_iter().map(|(m, c, p)| (fs.id.clone(), m, c, p, 3600)));
            j = end;
        }
    }
    drop(store);
    let mut db = emu.metrics.db();
    let result = (|| -> rusqlite::Result<()> {
        let tx = db.transaction()?;
        {
            let mut put = tx.prepare_cached("INSERT OR REPLACE INTO points (fs, metric, class, ts, sum, count, min, max, period) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")?;
            for (fs, metric, class, p, period) in &rows {
                put.execute(params![fs, metric, class, p.timestamp, p.sum, p.count, p.min, p.max, period])?;
            }
        }
        MetricsStore::roll_up(&tx, now)?;
        tx.commit()
    })();
    if let Err(e) = result {
        tracing::warn!("recording metrics failed: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One point every `step` seconds (sum 1) for `days` up to `now`, rolled up as the sampler does.
    fn store_with(days: i64, step: usize, now: i64) -> (tempfile::TempDir, MetricsStore) {
        let dir = tempfile::tempdir().unwrap();
        let store = MetricsStore::open(dir.path()).unwrap();
        {
            let mut db = store.db();
            let tx = db.transaction().unwrap();
            for ts in (now - days * 86400..now).step_by(step) {
                tx.execute("INSERT INTO points (fs, metric, class, ts, sum, count, min, max) VALUES ('fs-1', 'DataWriteIOBytes', '', ?1, 1, 1, 1, 1)", [ts]).unwrap();
            }
            MetricsStore::roll_up(&tx, now as f64).unwrap();
            tx.commit().unwrap();
        }
        (dir, store)
    }

    fn total(points: &[Point]) -> f64 {
        points.iter().map(|p| p.sum).sum()
    }

    #[test]
    fn a_long_gap_is_filled_in_minutes_then_hours_within_the_budget() {
        let (month, hour) = (30 * 1440, 1_800_000_000);
        assert_eq!(backfill(hour, 180, 1), (180, 0));
        // 5,882 minutes before the hour is 13 minutes past a quarter: 13 more.
        let minutes = BACKFILL_ROWS / ROWS_PER_MINUTE;
        assert_eq!(backfill(hour, month, 1), (minutes + 13, month - minutes - 13));
        assert_eq!(backfill(hour, month, 1000), (5 + 10, 300));
        assert_eq!(backfill(hour + 300, month, 1000), (5, 300));
        // More file systems than the budget has rows: the minute that just ended, still.
        assert_eq!(backfill(hour, month, 10_000), (1, 0));
        for (minute, elapsed, n) in [(hour, month, 1), (hour + 420, month, 3), (hour + 60, 90, 1000)] {
            let (fine, coarse) = backfill(minute, elapsed, n);
            assert!(fine + coarse <= elapsed);
            assert!(fine == elapsed || (minute - 60 * fine) % 900 == 0, "{minute} {elapsed} {n}");
        }
    }

    #[test]
    fn merged_points_add_up_and_keep_the_extremes_of_what_counted() {
        let p = |sum, count, min, max| Point { timestamp: 0, sum, count, min, max };
        let mut hour = p(0.0, 0.0, 0.0, 0.0);
        for minute in [p(10.0, 2.0, 4.0, 6.0), p(0.0, 0.0, 0.0, 0.0), p(3.0, 1.0, 3.0, 3.0)] {
            hour.merge(&minute);
        }
        assert_eq!(hour, p(13.0, 3.0, 3.0, 6.0));
    }

    #[test]
    fn shares_add_up_to_the_whole() {
        for (total, n) in [(0.0, 1), (7.0, 3), (1e9 + 7.0, 60), (5.0, 10)] {
            let parts: Vec<f64> = (0..n).map(|j| share(total, j, n)).collect();
            assert_eq!(parts.iter().sum::<f64>(), total);
            assert!(
                parts.iter().all(|p| *p >= 0.0 && p.fract() == 0.0 && (p - total / n as f64).abs() <= 1.0),
                "{parts:?}"
            );
        }
    }

    #[test]
    fn old_minutes_roll_up_to_five_minutes_then_hours() {
        let now: i64 = 1_800_000_000; // a whole hour
        let (_dir, store) = store_with(70, 60, now);
        let all = |period| store.points("fs-1", "DataWriteIOBytes", "", 0.0, now as f64, period).unwrap();
        // Every minute is still counted once, at whatever resolution it is kept.
        assert_eq!(total(&all(3600)), (70 * 1440) as f64);
        // A 1-minute query sees only the last 15 days; a 5-minute one the last 63.
        assert_eq!(all(60).len(), 15 * 1440);
        assert_eq!(total(&all(300)), (63 * 1440) as f64);
        let coarse = all(3600);
        let hourly: Vec<&Point> = coarse.iter().filter(|p| p.timestamp < now - 63 * 86400).collect();
        assert!(
            hourly.iter().all(|p| p.sum == 60.0 && p.count == 60.0 && p.timestamp % 3600 == 0),
            "{:?}",
            &hourly[..2]
        );
        assert_eq!(hourly.len(), 7 * 24);
    }

    #[test]
    fn minutes_without_operations_leave_the_smallest_and_largest_alone_when_rolled_up() {
        let now: i64 = 1_800_000_000;
        let dir = tempfile::tempdir().unwrap();
        let store = MetricsStore::open(dir.path()).unwrap();
        {
            let mut db = store.db();
            let tx = db.transaction().unwrap();
            // An old 5-minute window: an idle minute, a 4 KiB and a 1 MiB operation, an idle one.
            let at = now - 20 * 86400;
            for (i, (sum, count, min, max)) in [
                (0.0, 0.0, 0.0, 0.0),
                (4096.0, 1.0, 4096.0, 4096.0),
                (1048576.0, 1.0, 1048576.0, 1048576.0),
                (0.0, 0.0, 0.0, 0.0),
            ]
            .into_iter()
            .enumerate()
            {
                tx.execute(
                    "INSERT INTO points (fs, metric, class, ts, sum, count, min, max) VALUES ('fs-1', 'DataWriteIOBytes', '', ?1, ?2, ?3, ?4, ?5)",
                    params![at + 60 * i as i64, sum, count, min, max],
                )
                .unwrap();
            }
            MetricsStore::roll_up(&tx, now as f64).unwrap();
            tx.commit().unwrap();
        }
        let rolled = store.points("fs-1", "DataWriteIOBytes", "", 0.0, now as f64, 300).unwrap();
        assert_eq!(rolled.len(), 1);
        assert_eq!((rolled[0].min, rolled[0].max, rolled[0].count), (4096.0, 1048576.0, 2.0));
    }

    #[test]
    fn nothing_is_kept_past_455_days() {
        let now: i64 = 1_800_000_000; // a whole hour
        let (_dir, store) = store_with(460, 3600, now);
        let kept = store.points("fs-1", "DataWriteIOBytes", "", 0.0, now as f64, 3600).unwrap();
        assert_eq!(kept.first().map(|p| p.timestamp), Some(now - 455 * 86400));
        assert_eq!(total(&kept), (455 * 24) as f64);
    }
}
