//! FUSE over io_uring (Linux 6.14+, negotiated with `FUSE_OVER_IO_URING`). Added to fuser for
//! efsctl; see PATCH.md.
//!
//! The kernel keeps one request queue per possible CPU and hands a request to the queue of the
//! CPU that made it. Each queue here is served by its own thread pinned to that CPU, so a
//! caller and the thread answering it share a CPU: with `/dev/fuse` reads, most round trips
//! wake a reader on another CPU, which costs more than the work itself on some machines.
//!
//! Each queue registers `DEPTH` entries with the kernel. An entry is a header page (the
//! request's `fuse_in_header`, its first argument, and `fuse_uring_ent_in_out`) and a payload
//! buffer (the other arguments, or the reply's body). A completion on the queue's ring means a
//! request has been written into that entry; the reply goes back into the same entry and a
//! COMMIT_AND_FETCH both returns it and offers the entry for the next request. INIT, FORGET,
//! INTERRUPT and notifications still use `/dev/fuse`.

use std::cell::Cell;
use std::io;
use std::io::IoSlice;
use std::os::fd::AsRawFd;
use std::os::fd::FromRawFd;
use std::os::fd::OwnedFd;
use std::ptr;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::sync::atomic::Ordering;
use std::thread::JoinHandle;

use io_uring::IoUring;
use io_uring::cqueue;
use io_uring::opcode;
use io_uring::squeue;
use io_uring::types;
use log::debug;
use log::warn;
use parking_lot::Mutex;

use crate::Filesystem;
use crate::channel::Channel;
use crate::channel::ChannelSender;
use crate::passthrough::BackingId;
use crate::reply::ReplySender;
use crate::request::RequestWithSender;
use crate::session::SessionEventLoop;

/// `enum fuse_uring_cmd`.
const REGISTER: u32 = 1;
const COMMIT_AND_FETCH: u32 = 2;
/// Entries per queue. A request holds its entry until answered, also while a reply is held
/// back (a throttled read); read-ahead may hold up to the connection's `max_background` (32
/// for efsctl's mounts) of them, and the rest keep lookups and other calls from queueing
/// behind it. Buffers take memory only once used.
const DEPTH: usize = 48;
/// `struct fuse_uring_req_header`: `in_out[128]`, `op_in[128]`, then `fuse_uring_ent_in_out`
/// (`flags: u64`, `commit_id: u64`, `payload_sz: u32`, ...).
const OP_IN: usize = 128;
const COMMIT_ID: usize = 256 + 8;
const PAYLOAD_SZ: usize = 256 + 16;
const HEADER_LEN: usize = 288;
/// `fuse_in_header` and `fuse_out_header`.
const IN_HEADER: usize = 40;
const OUT_HEADER: usize = 16;
/// `FUSE_WRITE`.
const WRITE: u32 = 16;
/// `user_data` of the eventfd poll that wakes a queue for replies made on other threads.
const WAKE: u64 = u64::MAX;

/// `FUSE_FORGET` and `FUSE_BATCH_FORGET`: the file system does not reply to them, but their
/// ring entry must still be committed to come back (the kernel sends forced FORGETs, e.g. after
/// a failed create, through the ring, and the caller waits for that commit).
const NO_REPLY: [u32; 2] = [2, 42];

thread_local! {
    /// The queue a queue thread serves: a reply made there for that queue is committed by the
    /// loop, without a wake-up.
    static QUEUE_OF_THREAD: Cell<*const Queue> = const { Cell::new(ptr::null()) };
}

/// One queue's entries and the replies waiting to be committed, shared with whoever replies.
#[derive(Debug)]
pub(crate) struct Queue {
    qid: u16,
    /// One mapping: for each entry a page holding the header, then the payload buffer.
    mem: *mut u8,
    mem_len: usize,
    payload: usize,
    iovecs: Box<[[libc::iovec; 2]]>,
    /// Entries answered and not yet committed, with their commit ids.
    answered: Mutex<Vec<(usize, u64)>>,
    wake: OwnedFd,
    closed: AtomicBool,
    channel: ChannelSender,
}

// SAFETY: an entry's memory is used by one party at a time: the kernel until the request's
// completion, then the thread that reads the request or writes its reply, until the commit.
unsafe impl Send for Queue {}
unsafe impl Sync for Queue {}

impl Drop for Queue {
    fn drop(&mut self) {
        // SAFETY: `mem` is the mapping made in `new`; nothing refers to it any more.
        unsafe { libc::munmap(self.mem.cast(), self.mem_len) };
    }
}

impl Queue {
    fn new(qid: u16, payload: usize, channel: ChannelSender) -> io::Result<Queue> {
        let page = page_size::get();
        let stride = page + payload.next_multiple_of(page);
        let mem_len = stride * DEPTH;
        // SAFETY: an anonymous private mapping; checked below.
        let mem = unsafe { libc::mmap(ptr::null_mut(), mem_len, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0) };
        if mem == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        let mem = mem.cast::<u8>();
        // SAFETY: eventfd(2) returns a new descriptor or -1.
        let wake = unsafe { libc::eventfd(0, libc::EFD_CLOEXEC | libc::EFD_NONBLOCK) };
        if wake < 0 {
            let e = io::Error::last_os_error();
            // SAFETY: the mapping made above, not shared yet.
            unsafe { libc::munmap(mem.cast(), mem_len) };
            return Err(e);
        }
        // SAFETY: a descriptor just created and owned by nothing else.
        let wake = unsafe { OwnedFd::from_raw_fd(wake) };
        let iovecs = (0..DEPTH)
            .map(|i| {
                // SAFETY: offsets within the mapping.
                let (header, body) = unsafe { (mem.add(i * stride), mem.add(i * stride + page)) };
                [libc::iovec { iov_base: header.cast(), iov_len: HEADER_LEN }, libc::iovec { iov_base: body.cast(), iov_len: payload }]
            })
            .collect();
        Ok(Queue { qid, mem, mem_len, payload, iovecs, answered: Mutex::new(Vec::new()), wake, closed: AtomicBool::new(false), channel })
    }

    fn header(&self, ent: usize) -> *mut u8 {
        self.iovecs[ent][0].iov_base.cast()
    }

    fn body(&self, ent: usize) -> *mut u8 {
        self.iovecs[ent][1].iov_base.cast()
    }

    fn read_u32(&self, ent: usize, at: usize) -> u32 {
        // SAFETY: `at` + 4 lies within the entry's header.
        unsafe { self.header(ent).add(at).cast::<u32>().read_unaligned() }
    }

    fn command(&self, cmd: u32, ent: usize, commit_id: u64) -> squeue::Entry128 {
        // `struct fuse_uring_cmd_req`: flags, commit_id, qid.
        let mut req = [0u8; 80];
        req[8..16].copy_from_slice(&commit_id.to_ne_bytes());
        req[16..18].copy_from_slice(&self.qid.to_ne_bytes());
        let mut op = opcode::UringCmd80::new(types::Fd(self.channel.raw_fd()), cmd).cmd(req);
        if cmd == REGISTER {
            op = op.addr(Some(self.iovecs[ent].as_ptr() as u64));
        }
        let mut sqe = op.build().user_data(ent as u64);
        if cmd == REGISTER {
            // The kernel wants the iovec count in `sqe->len`, which this opcode's builder does
            // not set. SAFETY: `Entry128` is `repr(C)` over `struct io_uring_sqe` (len at 24).
            unsafe { ptr::from_mut(&mut sqe).cast::<u8>().add(24).cast::<u32>().write_unaligned(2) };
        }
        sqe
    }

    /// Writes a reply into `ent` and queues its commit.
    fn answer(&self, ent: usize, commit_id: u64, data: &[IoSlice<'_>]) -> io::Result<()> {
        let len: usize = data.iter().map(|s| s.len()).sum();
        if len < OUT_HEADER || len - OUT_HEADER > self.payload {
            return Err(io::Error::from_raw_os_error(libc::EINVAL));
        }
        let mut at = 0;
        for s in data {
            // The out header goes to `in_out` (128 bytes), the body to the payload buffer.
            let (head, body) = s.split_at(OUT_HEADER.saturating_sub(at).min(s.len()));
            // SAFETY: `head` ends within the 16-byte header; `body` ends within the payload
            // buffer, whose size was checked above.
            unsafe {
                ptr::copy_nonoverlapping(head.as_ptr(), self.header(ent).add(at), head.len());
                if !body.is_empty() {
                    ptr::copy_nonoverlapping(body.as_ptr(), self.body(ent).add(at + head.len() - OUT_HEADER), body.len());
                }
            }
            at += s.len();
        }
        self.commit_later(ent, commit_id, len - OUT_HEADER)
    }

    /// Queues the commit of `ent`, whose body holds `body` bytes of reply, for the queue's
    /// thread (woken if this is another thread); ENOTCONN once the queue has stopped.
    fn commit_later(&self, ent: usize, commit_id: u64, body: usize) -> io::Result<()> {
        if self.closed.load(Ordering::Acquire) {
            return Err(io::Error::from_raw_os_error(libc::ENOTCONN));
        }
        // SAFETY: `payload_sz` lies within the header.
        unsafe { self.header(ent).add(PAYLOAD_SZ).cast::<u32>().write_unaligned(body as u32) };
        self.answered.lock().push((ent, commit_id));
        if !ptr::eq(QUEUE_OF_THREAD.get(), self) {
            // SAFETY: writing 8 bytes to our eventfd; a full counter (EAGAIN) still wakes.
            unsafe { libc::write(self.wake.as_raw_fd(), (&1u64 as *const u64).cast(), 8) };
        }
        Ok(())
    }
}

/// Where a request that came through a queue is answered.
#[derive(Debug, Clone)]
pub(crate) struct RingReply {
    queue: Arc<Queue>,
    ent: usize,
    commit_id: u64,
}

impl RingReply {
    pub(crate) fn send(&self, data: &[IoSlice<'_>]) -> io::Result<()> {
        self.queue.answer(self.ent, self.commit_id, data)
    }

    /// The `fuse_out_header` of an answer with `body` bytes after it and status `error`.
    fn out_header(&self, body: usize, error: i32) -> [u8; OUT_HEADER] {
        let mut header = [0; OUT_HEADER];
        header[..4].copy_from_slice(&((OUT_HEADER + body) as u32).to_ne_bytes());
        header[4..8].copy_from_slice(&error.to_ne_bytes());
        header[8..].copy_from_slice(&self.commit_id.to_ne_bytes());
        header
    }

    /// Answers with a status alone: 0, or a negative errno.
    fn status(&self, error: i32) {
        // Fails only once the connection is gone, when nobody waits for the answer.
        let _ = self.send(&[IoSlice::new(&self.out_header(0, error))]);
    }

    /// The entry's payload buffer, where a reply's body can be written in place (`len` bytes at
    /// most, or `None` if that is more than it holds).
    pub(crate) fn body_mut(&mut self, len: usize) -> Option<&mut [u8]> {
        // SAFETY: the entry belongs to this request until its commit, which takes `self`; the
        // buffer holds `payload` bytes.
        (len <= self.queue.payload).then(|| unsafe { std::slice::from_raw_parts_mut(self.queue.body(self.ent), len) })
    }

    /// Answers with the first `len` bytes of the payload buffer, written there by the file
    /// system (`body_mut`).
    pub(crate) fn send_in_place(self, len: usize) -> io::Result<()> {
        let len = len.min(self.queue.payload);
        // SAFETY: the 16-byte out header fits the entry's 128-byte `in_out`.
        unsafe { ptr::copy_nonoverlapping(self.out_header(len, 0).as_ptr(), self.queue.header(self.ent), OUT_HEADER) };
        self.queue.commit_later(self.ent, self.commit_id, len)
    }

    pub(crate) fn open_backing(&self, fd: std::os::fd::BorrowedFd<'_>) -> io::Result<BackingId> {
        self.queue.channel.open_backing(fd)
    }

    pub(crate) unsafe fn wrap_backing(&self, id: u32) -> BackingId {
        unsafe { self.queue.channel.wrap_backing(id) }
    }
}

/// Payload buffer size the kernel requires: room for the largest write or read.
pub(crate) fn payload_size(max_write: u32, max_pages: u16) -> usize {
    (max_write as usize).max(max_pages as usize * page_size::get()).max(8192)
}

/// Starts a thread for each possible CPU's queue. A queue that cannot start is logged: until
/// every queue has registered, the kernel keeps sending requests through `/dev/fuse`.
pub(crate) fn start<FS: Filesystem>(ch: &Channel, payload: usize, event_loop: impl Fn(String) -> SessionEventLoop<FS>) -> Vec<JoinHandle<io::Result<()>>> {
    // SAFETY: sysconf has no preconditions.
    let cpus = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_CONF) }.max(1) as usize;
    let mut threads = Vec::with_capacity(cpus);
    for qid in 0..cpus {
        let name = format!("fuser-ring-{qid}");
        let se = event_loop(name.clone());
        let channel = ch.sender();
        let spawned = std::thread::Builder::new().name(name).spawn(move || {
            let queue = Queue::new(qid as u16, payload, channel).map(Arc::new);
            queue.and_then(|q| serve(&q, &se)).inspect_err(|e| warn!("FUSE io_uring queue {qid} stopped: {e}"))
        });
        match spawned {
            Ok(t) => threads.push(t),
            Err(e) => warn!("FUSE io_uring queue {qid} not started: {e}"),
        }
    }
    threads
}

fn pin_to(cpu: usize) {
    // SAFETY: a zeroed cpu_set_t is empty; CPU_SET stays within it for cpu < CPU_SETSIZE.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        if cpu < libc::CPU_SETSIZE as usize {
            libc::CPU_SET(cpu, &mut set);
            // A process confined to fewer CPUs keeps its mask: the queue still works, only slower.
            if libc::sched_setaffinity(0, size_of::<libc::cpu_set_t>(), &set) != 0 {
                debug!("FUSE io_uring queue thread not pinned to CPU {cpu}: {}", io::Error::last_os_error());
            }
        }
    }
}

/// Registers the queue's entries, then answers requests until the connection ends.
fn serve<FS: Filesystem>(queue: &Arc<Queue>, se: &SessionEventLoop<FS>) -> io::Result<()> {
    pin_to(queue.qid as usize);
    QUEUE_OF_THREAD.set(Arc::as_ptr(queue));
    let mut ring: IoUring<squeue::Entry128, cqueue::Entry> = IoUring::builder().build(2 * DEPTH as u32)?;
    let poll_wake = || squeue::Entry128::from(opcode::PollAdd::new(types::Fd(queue.wake.as_raw_fd()), libc::POLLIN as u32).build().user_data(WAKE));
    let mut pending: Vec<squeue::Entry128> = (0..DEPTH).map(|ent| queue.command(REGISTER, ent, 0)).collect();
    pending.push(poll_wake());
    // The request being dispatched, made contiguous as fuser parses it (8-byte aligned).
    let mut request: Vec<u64> = Vec::new();
    let result = loop {
        let mut queued = 0;
        {
            let mut sq = ring.submission();
            for sqe in &pending {
                // SAFETY: every buffer an SQE names lives in `queue`, which outlives the ring.
                // The ring has room for every entry's one command and the poll.
                if unsafe { sq.push(sqe) }.is_err() {
                    break;
                }
                queued += 1;
            }
        }
        pending.drain(..queued);
        match ring.submit_and_wait(1) {
            Ok(_) => {}
            Err(e) if e.raw_os_error() == Some(libc::EINTR) => continue,
            Err(e) => break Err(e),
        }
        let mut ended = None;
        for (data, res) in ring.completion().map(|c| (c.user_data(), c.result())) {
            if data == WAKE {
                let mut count = 0u64;
                // SAFETY: reading 8 bytes from our nonblocking eventfd resets it.
                unsafe { libc::read(queue.wake.as_raw_fd(), (&mut count as *mut u64).cast(), 8) };
                pending.push(poll_wake());
                continue;
            }
            let ent = data as usize;
            match res {
                0 => {
                    if !se.ring_serving.load(Ordering::Relaxed) {
                        se.ring_serving.store(true, Ordering::Relaxed);
                    }
                    dispatch(queue, ent, se, &mut request)
                }
                e if e == -libc::EAGAIN || e == -libc::EINTR => pending.push(queue.command(REGISTER, ent, 0)),
                // ENOTCONN, ECONNABORTED...: the file system was unmounted or aborted.
                e => ended = Some(io::Error::from_raw_os_error(-e)),
            }
        }
        if let Some(e) = ended {
            break if matches!(e.raw_os_error(), Some(libc::ENOTCONN | libc::ECONNABORTED | libc::ENODEV)) { Ok(()) } else { Err(e) };
        }
        for (ent, commit_id) in queue.answered.lock().drain(..) {
            pending.push(queue.command(COMMIT_AND_FETCH, ent, commit_id));
        }
    };
    queue.closed.store(true, Ordering::Release);
    result
}

/// Makes the request in `ent` contiguous, as fuser parses it, and dispatches it. Requests are
/// copied out (a reply may overwrite the entry while the file system still reads them), but
/// for writes.
fn dispatch<FS: Filesystem>(queue: &Arc<Queue>, ent: usize, se: &SessionEventLoop<FS>, request: &mut Vec<u64>) {
    let len = queue.read_u32(ent, 0) as usize;
    let payload = queue.read_u32(ent, PAYLOAD_SZ) as usize;
    // SAFETY: `commit_id` lies within the header.
    let commit_id = unsafe { queue.header(ent).add(COMMIT_ID).cast::<u64>().read_unaligned() };
    let opcode = queue.read_u32(ent, 4);
    let reply = RingReply { queue: queue.clone(), ent, commit_id };
    // The kernel puts the first argument in `op_in` and the rest in the payload; the header's
    // length counts all of them.
    let first = len.checked_sub(IN_HEADER + payload).filter(|&n| n <= OP_IN && payload <= queue.payload);
    let Some(first) = first else {
        warn!("FUSE io_uring: malformed request in queue {} (length {len}, payload {payload})", queue.qid);
        return reply.status(-libc::EIO);
    };
    // A write's data stays where the kernel put it: the header and first argument go in front
    // of it, in the unused end of the header page, and fuser parses it there. The file system
    // has taken the data by the time it replies (the reply overwrites the payload); other
    // requests are small and copied out.
    let in_place = opcode == WRITE && (IN_HEADER + first) % 8 == 0;
    let dst = if in_place {
        // SAFETY: the page before the payload holds the 288-byte header at its start; the at
        // most 168 bytes written from here end where the payload starts.
        unsafe { queue.body(ent).sub(IN_HEADER + first) }
    } else {
        request.clear();
        request.resize(len.div_ceil(8), 0);
        request.as_mut_ptr().cast::<u8>()
    };
    // SAFETY: `dst` has room for `len` bytes (above); the sources lie within the entry as
    // checked above.
    let bytes = unsafe {
        ptr::copy_nonoverlapping(queue.header(ent), dst, IN_HEADER);
        ptr::copy_nonoverlapping(queue.header(ent).add(OP_IN), dst.add(IN_HEADER), first);
        if !in_place {
            ptr::copy_nonoverlapping(queue.body(ent), dst.add(IN_HEADER + first), payload);
        }
        std::slice::from_raw_parts(dst.cast_const(), len)
    };
    match RequestWithSender::new(ReplySender::Ring(reply.clone()), bytes) {
        Some(req) => {
            req.dispatch(se);
            if NO_REPLY.contains(&opcode) {
                reply.status(0);
            }
        }
        None => reply.status(-libc::EIO),
    }
}
