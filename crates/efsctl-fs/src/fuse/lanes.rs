//! Large reads of one file, one at a time, in the order the kernel sent them.
//!
//! A mount's read-ahead sends a sequential reader's requests in file order, up to 32 at once.
//! Run in parallel, they read the data file as that many readers, which this VM's disk serves
//! more slowly than one sequential stream: a cold 1 GiB read through the mount went from
//! 1.2–1.3 GB/s to 1.5–1.6 GB/s (by hand) once each file's reads took turns. One task per file
//! drains its queue: reads waiting their turn hold no thread, and a finished read hands over
//! without waking the others.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};

type Job = Box<dyn FnOnce() + Send>;

/// Each busy file's reads not yet started (the one running is not in it).
#[derive(Default)]
pub struct Lanes(Mutex<HashMap<u64, VecDeque<Job>>>);

impl Lanes {
    fn lanes(&self) -> MutexGuard<'_, HashMap<u64, VecDeque<Job>>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `job` after the jobs given for `ino` before it (called where requests arrive, so
    /// in their order); a file with none waiting starts its task on `pool`'s blocking threads.
    pub fn run(self: &Arc<Self>, ino: u64, pool: &tokio::runtime::Handle, job: Job) {
        {
            let mut lanes = self.lanes();
            if let Some(queue) = lanes.get_mut(&ino) {
                return queue.push_back(job);
            }
            lanes.insert(ino, VecDeque::new());
        }
        let runner = Runner { lanes: self.clone(), ino };
        pool.spawn_blocking(move || runner.drain(job));
    }
}

/// The task serving one file's queue until it is empty.
struct Runner {
    lanes: Arc<Lanes>,
    ino: u64,
}

impl Runner {
    fn drain(&self, mut job: Job) {
        loop {
            job();
            let mut lanes = self.lanes.lanes();
            match lanes.get_mut(&self.ino).and_then(VecDeque::pop_front) {
                Some(next) => job = next,
                None => {
                    lanes.remove(&self.ino);
                    return;
                }
            }
        }
    }
}

impl Drop for Runner {
    /// A job that panicked ends the lane, so the file's next read starts a new one; the jobs
    /// still queued are dropped, and their requests answered with an error by fuser.
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.lanes.lanes().remove(&self.ino);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        while !lanes.lanes().is_empty() {
            std::thread::yield_now();
        }
        // A panicking job ends its lane; the next job starts a new one.
        lanes.run(7, runtime.handle(), Box::new(|| panic!("a read failed hard")));
        while !lanes.lanes().is_empty() {
            std::thread::yield_now();
        }
        lanes.run(7, runtime.handle(), Box::new(move || done_tx.send(()).unwrap()));
        done_rx.recv().unwrap();
    }
}
