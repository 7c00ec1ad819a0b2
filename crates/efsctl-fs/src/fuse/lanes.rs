//! Large reads of one file, one at a time, in the order the kernel sent them.
//!
//! A mount's read-ahead sends a sequential reader's requests in file order, up to 32 at once.
//! Run in parallel, they read the data file as that many readers, which this VM's disk serves
//! more slowly than one sequential stream: a cold 1 GiB read through the mount went from
//! 1.2–1.3 GB/s to 1.5–1.6 GB/s (by hand) once each file's reads took turns. One task per file
//! drains its queue: reads waiting their turn hold no thread, and a finished read hands over
//! without waking the others.
//!
//! `Queues` decides which read runs when, with no threads; `Lanes` runs them on a pool.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};

/// Reads of at least this many bytes (read-ahead asks for 1 MiB at a time) wait on the disk:
/// they take turns on the blocking pool, so the thread that took the request goes on answering
/// others (over io_uring it is the only one serving its CPU's queue). Smaller ones are answered
/// where they arrive.
pub fn takes_turns(size: u32) -> bool {
    size >= 128 * 1024
}

/// The policy: each busy file's lane, holding its reads not yet started (the one running is not
/// in it). A file with a lane has exactly one read running.
pub struct Queues<J>(HashMap<u64, VecDeque<J>>);

impl<J> Default for Queues<J> {
    fn default() -> Self {
        Queues(HashMap::new())
    }
}

impl<J> Queues<J> {
    /// A read of `ino` arrives: it is handed back to start now when the file has no read
    /// running (its lane opens), else it waits its turn.
    pub fn arrive(&mut self, ino: u64, job: J) -> Option<J> {
        match self.0.entry(ino) {
            Entry::Occupied(mut lane) => {
                lane.get_mut().push_back(job);
                None
            }
            Entry::Vacant(lane) => {
                lane.insert(VecDeque::new());
                Some(job)
            }
        }
    }

    /// The running read of `ino` is done: the next to start, or `None` and the lane closes.
    pub fn next(&mut self, ino: u64) -> Option<J> {
        let next = self.0.get_mut(&ino).and_then(VecDeque::pop_front);
        if next.is_none() {
            self.0.remove(&ino);
        }
        next
    }

    /// The running read of `ino` failed hard: the lane closes, and the reads waiting in it are
    /// dropped (fuser answers a dropped request with an error), so the file's next read starts
    /// a new lane.
    pub fn abandon(&mut self, ino: u64) {
        self.0.remove(&ino);
    }
}

type Job = Box<dyn FnOnce() + Send>;

/// The mechanism: the queues behind a lock, each lane drained by a task on a blocking pool.
#[derive(Default)]
pub struct Lanes(Mutex<Queues<Job>>);

impl Lanes {
    fn queues(&self) -> MutexGuard<'_, Queues<Job>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `job` after the jobs given for `ino` before it (called where requests arrive, so
    /// in their order); a file with none waiting starts its task on `pool`'s blocking threads.
    pub fn run(self: &Arc<Self>, ino: u64, pool: &tokio::runtime::Handle, job: Job) {
        let Some(job) = self.queues().arrive(ino, job) else { return };
        let runner = Runner { lanes: self.clone(), ino };
        pool.spawn_blocking(move || runner.drain(job));
    }
}

/// The task serving one file's lane until it is empty.
struct Runner {
    lanes: Arc<Lanes>,
    ino: u64,
}

impl Runner {
    fn drain(&self, mut job: Job) {
        loop {
            job();
            match self.lanes.queues().next(self.ino) {
                Some(next) => job = next,
                None => return,
            }
        }
    }
}

impl Drop for Runner {
    /// A job that panicked ends the lane.
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.lanes.queues().abandon(self.ino);
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn only_large_reads_take_turns() {
        assert!(!takes_turns(4096));
        assert!(!takes_turns(128 * 1024 - 1));
        assert!(takes_turns(128 * 1024));
        assert!(takes_turns(1 << 20));
    }

    #[test]
    fn a_files_reads_wait_for_the_one_running_and_start_in_order() {
        let mut queues = Queues::default();
        assert_eq!(queues.arrive(7, "a"), Some("a"), "no read running: starts now");
        assert_eq!(queues.arrive(7, "b"), None);
        assert_eq!(queues.arrive(8, "x"), Some("x"), "another file's read does not wait");
        assert_eq!(queues.arrive(7, "c"), None);
        assert_eq!(queues.next(7), Some("b"));
        assert_eq!(queues.next(7), Some("c"));
        assert_eq!(queues.next(7), None, "the lane closes");
        assert_eq!(queues.arrive(7, "d"), Some("d"), "and the next read opens a new one");
        assert_eq!(queues.next(8), None);
    }

    #[test]
    fn an_abandoned_lane_drops_its_waiting_reads() {
        let mut queues = Queues::default();
        queues.arrive(7, 1);
        queues.arrive(7, 2);
        queues.abandon(7);
        assert_eq!(queues.arrive(7, 3), Some(3));
        assert_eq!(queues.next(7), None, "2 is gone");
    }

    proptest! {
        /// Whatever the order of arrivals and completions: at most one read per file runs, a
        /// file's reads start in the order they arrived, each once, and no lane outlives its
        /// reads.
        #[test]
        fn reads_take_turns_per_file_in_arrival_order(
            events in proptest::collection::vec((any::<bool>(), 0u64..4), 0..200),
        ) {
            let mut queues = Queues::default();
            let mut running: HashMap<u64, u32> = HashMap::new();
            let (mut arrived, mut started): (HashMap<u64, Vec<u32>>, HashMap<u64, Vec<u32>>) = Default::default();
            let finish = |queues: &mut Queues<u32>, running: &mut HashMap<u64, u32>, started: &mut HashMap<u64, Vec<u32>>, ino| {
                running.remove(&ino);
                if let Some(next) = queues.next(ino) {
                    running.insert(ino, next);
                    started.entry(ino).or_default().push(next);
                }
            };
            for (n, (arrives, ino)) in (0u32..).zip(events) {
                if arrives {
                    arrived.entry(ino).or_default().push(n);
                    if let Some(job) = queues.arrive(ino, n) {
                        prop_assert!(running.insert(ino, job).is_none(), "two reads of {} at once", ino);
                        started.entry(ino).or_default().push(job);
                    }
                } else if running.contains_key(&ino) {
                    finish(&mut queues, &mut running, &mut started, ino);
                }
            }
            while let Some(&ino) = running.keys().next() {
                finish(&mut queues, &mut running, &mut started, ino);
            }
            prop_assert_eq!(started, arrived);
            prop_assert!(queues.0.is_empty());
        }
    }

    #[test]
    fn one_files_jobs_run_one_at_a_time_in_order_and_the_lane_goes_when_empty() {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).build().unwrap();
        let lanes = Arc::new(Lanes::default());
        let (order, running) = (Arc::new(Mutex::new(Vec::new())), Arc::new(Mutex::new(0)));
        let (done_tx, done_rx) = std::sync::mpsc::channel();
        for ino in [7, 8] {
            for n in 0..50 {
                let (order, running, done) = (order.clone(), running.clone(), done_tx.clone());
                lanes.run(
                    ino,
                    runtime.handle(),
                    Box::new(move || {
                        *running.lock().unwrap() += 1;
                        std::thread::yield_now();
                        order.lock().unwrap().push((ino, n, *running.lock().unwrap()));
                        *running.lock().unwrap() -= 1;
                        done.send(()).unwrap();
                    }),
                );
            }
        }
        (0..100).for_each(|_| done_rx.recv().unwrap());
        let order = order.lock().unwrap();
        for ino in [7, 8] {
            let mine: Vec<_> = order.iter().filter(|j| j.0 == ino).map(|j| j.1).collect();
            assert_eq!(mine, (0..50).collect::<Vec<_>>());
        }
        // At most one job per file ran at once: never more than the two files' at a time.
        assert!(order.iter().all(|j| j.2 <= 2));
        while !lanes.queues().0.is_empty() {
            std::thread::yield_now();
        }
        // A panicking job ends its lane; the next job starts a new one.
        lanes.run(7, runtime.handle(), Box::new(|| panic!("a read failed hard")));
        while !lanes.queues().0.is_empty() {
            std::thread::yield_now();
        }
        lanes.run(7, runtime.handle(), Box::new(move || done_tx.send(()).unwrap()));
        done_rx.recv().unwrap();
    }
}
