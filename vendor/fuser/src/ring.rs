//! FUSE over io_uring (Linux 6.14+, negotiated with `FUSE_OVER_IO_URING`). Added to fuser for
//! efsctl behind the `io-uring` feature; see PATCH.md.
//!
//! The kernel keeps one request queue per possible CPU and hands a request to the queue of the
//! CPU that made it. Each queue here is served by its own thread pinned to that CPU, so a
//! caller and the thread answering it share a CPU: with `/dev/fuse` reads, most round trips
//! wake a reader on another CPU, which costs more than the work itself on some machines.
//! A thread a queue thread starts inherits its pin; [`unpinned_thread_start`] gives such
//! threads the process's CPUs back.
//!
//! Each queue registers `DEPTH` entries with the kernel. An entry is a header page (the
//! request's `fuse_in_header`, its first argument, and `fuse_uring_ent_in_out`) and a payload
//! buffer (the other arguments, or the reply's body). A completion on the queue's ring means a
//! request has been written into that entry; the reply goes back into the same entry and a
//! COMMIT_AND_FETCH both returns it and offers the entry for the next request. INIT, FORGET,
//! INTERRUPT and notifications still use `/dev/fuse`.
//!
//! The byte layouts (an entry's header, the request as fuser parses it, a reply's placement,
//! the commands) and the commit-later queue are plain functions and types, tested without a
//! kernel ring at the end of this file.

// Vendored fuser's own code is not linted (Cargo.toml); this module is, and each of its
// `unsafe` blocks says why it is sound.
#![warn(clippy::all, clippy::undocumented_unsafe_blocks)]

use std::cell::Cell;
use std::fs::File;
use std::io;
use std::io::IoSlice;
use std::io::Read as _;
use std::io::Write as _;
use std::os::fd::AsRawFd;
use std::os::fd::FromRawFd;
use std::os::fd::RawFd;
use std::ptr;
use std::slice;
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
use zerocopy::IntoBytes;

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
/// `sqe->len`: `struct io_uring_sqe` has `opcode`, `flags`, `ioprio`, `fd`, `off`, `addr`,
/// then `len` (a u32) at this offset.
const SQE_LEN: usize = 24;

/// `FUSE_FORGET` and `FUSE_BATCH_FORGET`: the file system does not reply to them, but their
/// ring entry must still be committed to come back (the kernel sends forced FORGETs, e.g. after
/// a failed create, through the ring, and the caller waits for that commit).
const NO_REPLY: [u32; 2] = [2, 42];

thread_local! {
    /// The queue a queue thread serves: a reply made there for that queue is committed by the
    /// loop, without a wake-up.
    static QUEUE_OF_THREAD: Cell<*const Queue> = const { Cell::new(ptr::null()) };
}

/// What the kernel wrote into an entry's header along with a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Incoming {
    /// `fuse_in_header.len`: the whole request, its header and all its arguments.
    len: usize,
    /// `fuse_in_header.opcode`.
    opcode: u32,
    /// `fuse_uring_ent_in_out.commit_id`, which the commit of the reply names.
    commit_id: u64,
    /// `fuse_uring_ent_in_out.payload_sz`: the bytes of arguments in the payload buffer.
    payload: usize,
}

impl Incoming {
    fn parse(header: &[u8; HEADER_LEN]) -> Incoming {
        let u32_at =
            |at: usize| u32::from_ne_bytes(header[at..at + 4].try_into().expect("4 bytes"));
        Incoming {
            len: u32_at(0) as usize,
            opcode: u32_at(4),
            commit_id: u64::from_ne_bytes(
                header[COMMIT_ID..COMMIT_ID + 8]
                    .try_into()
                    .expect("8 bytes"),
            ),
            payload: u32_at(PAYLOAD_SZ) as usize,
        }
    }

    /// The length of the first argument, which the kernel puts in `op_in`: what the request's
    /// length counts besides the `fuse_in_header` and the payload. `None` if the lengths do not
    /// add up, it does not fit `op_in`, or the payload does not fit `capacity`, the entry's
    /// payload buffer.
    fn first_arg(&self, capacity: usize) -> Option<usize> {
        self.len
            .checked_sub(IN_HEADER + self.payload)
            .filter(|&n| n <= OP_IN && self.payload <= capacity)
    }

    /// Whether the request is parsed where its payload lies, the header and first argument put
    /// in front of it (a write, whose data it saves copying), rather than copied out. fuser
    /// parses requests 8-byte aligned, and the payload buffer is page aligned.
    fn in_place(&self, first: usize) -> bool {
        self.opcode == WRITE && (IN_HEADER + first) % 8 == 0
    }
}

/// Writes what precedes the payload in a request as fuser parses it, from an entry's header:
/// the `fuse_in_header`, then the `first` bytes of argument in `op_in`. `dst` is exactly
/// `IN_HEADER + first` bytes long.
fn write_prefix(header: &[u8; HEADER_LEN], first: usize, dst: &mut [u8]) {
    let (in_header, arg) = dst.split_at_mut(IN_HEADER);
    in_header.copy_from_slice(&header[..IN_HEADER]);
    arg.copy_from_slice(&header[OP_IN..OP_IN + first]);
}

/// Copies a request out of its entry into `buf`, contiguous and 8-byte aligned as fuser parses
/// it: the prefix (`write_prefix`), then `payload`, the bytes of the payload buffer. Returns
/// the request.
fn assemble<'a>(
    header: &[u8; HEADER_LEN],
    first: usize,
    payload: &[u8],
    buf: &'a mut Vec<u64>,
) -> &'a [u8] {
    let len = IN_HEADER + first + payload.len();
    buf.clear();
    buf.resize(len.div_ceil(8), 0);
    let request = &mut buf.as_mut_slice().as_mut_bytes()[..len];
    let (prefix, rest) = request.split_at_mut(IN_HEADER + first);
    write_prefix(header, first, prefix);
    rest.copy_from_slice(payload);
    request
}

/// The `fuse_out_header` of an answer to request `commit_id` with `body` bytes after it and
/// status `error` (0, or a negative errno).
fn out_header(commit_id: u64, body: usize, error: i32) -> [u8; OUT_HEADER] {
    let mut header = [0; OUT_HEADER];
    header[..4].copy_from_slice(&((OUT_HEADER + body) as u32).to_ne_bytes());
    header[4..8].copy_from_slice(&error.to_ne_bytes());
    header[8..].copy_from_slice(&commit_id.to_ne_bytes());
    header
}

/// The length of the body of a reply made of `data` (a `fuse_out_header`, then the body), or
/// EINVAL if it is shorter than the header or the body does not fit `capacity`, the entry's
/// payload buffer.
fn reply_body_len(data: &[IoSlice<'_>], capacity: usize) -> io::Result<usize> {
    let len: usize = data.iter().map(|s| s.len()).sum();
    len.checked_sub(OUT_HEADER)
        .filter(|&body| body <= capacity)
        .ok_or_else(|| io::Error::from_raw_os_error(libc::EINVAL))
}

/// Copies a reply into an entry: the out header (its first 16 bytes) to `head`, which is the
/// start of `in_out`, the rest to `body`, the start of the payload buffer, exactly as long as
/// that rest (`reply_body_len`).
fn place_reply(data: &[IoSlice<'_>], head: &mut [u8; OUT_HEADER], body: &mut [u8]) {
    let mut at = 0;
    for s in data {
        let (to_head, to_body) = s.split_at(OUT_HEADER.saturating_sub(at).min(s.len()));
        if !to_head.is_empty() {
            head[at..at + to_head.len()].copy_from_slice(to_head);
        }
        if !to_body.is_empty() {
            let from = at + to_head.len() - OUT_HEADER;
            body[from..from + to_body.len()].copy_from_slice(to_body);
        }
        at += s.len();
    }
}

/// `struct fuse_uring_cmd_req`: `flags: u64`, `commit_id: u64`, `qid: u16`, padding.
fn cmd_req(commit_id: u64, qid: u16) -> [u8; 80] {
    let mut req = [0u8; 80];
    req[8..16].copy_from_slice(&commit_id.to_ne_bytes());
    req[16..18].copy_from_slice(&qid.to_ne_bytes());
    req
}

/// Sets `sqe->len`, which the `UringCmd80` builder leaves 0: REGISTER passes its iovec count
/// there.
fn set_sqe_len(sqe: &mut squeue::Entry128, len: u32) {
    // SAFETY: `Entry128` is `repr(C)` and starts with a `struct io_uring_sqe`, which holds
    // `len` at `SQE_LEN`; the write is unaligned-safe and within the 128 bytes.
    unsafe {
        ptr::from_mut(sqe)
            .cast::<u8>()
            .add(SQE_LEN)
            .cast::<u32>()
            .write_unaligned(len)
    };
}

/// Payload buffer size the kernel requires: room for the largest write or read.
pub(crate) fn payload_size(max_write: u32, max_pages: u16) -> usize {
    payload_size_for(max_write, max_pages, page_size::get())
}

fn payload_size_for(max_write: u32, max_pages: u16, page: usize) -> usize {
    (max_write as usize)
        .max(max_pages as usize * page)
        .max(8192)
}

/// The bytes one entry takes in the queue's mapping: a header page, then the payload buffer
/// rounded up to whole pages. `None` if the header page has no room for what `dispatch` puts
/// in its unused end (never so with pages of 4 KiB or more).
fn entry_stride(page: usize, payload: usize) -> Option<usize> {
    (page >= HEADER_LEN + IN_HEADER + OP_IN).then(|| page + payload.next_multiple_of(page))
}

/// Entries answered and not yet committed, with their commit ids, for the queue's thread to
/// commit; a reply made on another thread wakes that thread through an eventfd.
#[derive(Debug)]
struct Commits {
    answered: Mutex<Vec<(usize, u64)>>,
    /// A nonblocking eventfd, polled by the queue's ring.
    wake: File,
    closed: AtomicBool,
}

impl Commits {
    fn new() -> io::Result<Commits> {
        // SAFETY: eventfd(2) takes no pointers; it returns a new descriptor or -1.
        let fd = unsafe { libc::eventfd(0, libc::EFD_CLOEXEC | libc::EFD_NONBLOCK) };
        if fd < 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: a descriptor just created and owned by nothing else.
        let wake = unsafe { File::from_raw_fd(fd) };
        Ok(Commits {
            answered: Mutex::new(Vec::new()),
            wake,
            closed: AtomicBool::new(false),
        })
    }

    /// Queues the commit of `ent` and, if `wake` (the reply was made on another thread than
    /// the queue's), wakes the queue's thread; ENOTCONN once the queue has stopped.
    fn push(&self, ent: usize, commit_id: u64, wake: bool) -> io::Result<()> {
        if self.closed.load(Ordering::Acquire) {
            return Err(io::Error::from_raw_os_error(libc::ENOTCONN));
        }
        self.answered.lock().push((ent, commit_id));
        if wake {
            // A full counter (EAGAIN) still wakes.
            let _ = (&self.wake).write(&1u64.to_ne_bytes());
        }
        Ok(())
    }

    /// Hands each queued commit to `f`, in the order they were queued, and empties the queue.
    fn drain(&self, mut f: impl FnMut(usize, u64)) {
        for (ent, commit_id) in self.answered.lock().drain(..) {
            f(ent, commit_id);
        }
    }

    /// Resets the eventfd once its poll fired.
    fn reset_wake(&self) {
        let mut count = [0u8; 8];
        let _ = (&self.wake).read(&mut count);
    }

    fn wake_fd(&self) -> RawFd {
        self.wake.as_raw_fd()
    }

    /// Refuses further commits: the queue's thread has stopped.
    fn close(&self) {
        self.closed.store(true, Ordering::Release);
    }
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
    commits: Commits,
    channel: ChannelSender,
}

// SAFETY: an entry's memory is used by one party at a time: the kernel until the request's
// completion, then the thread that reads the request or writes its reply, until the commit.
unsafe impl Send for Queue {}
// SAFETY: as for `Send`.
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
        let stride = entry_stride(page, payload)
            .ok_or_else(|| io::Error::from_raw_os_error(libc::EINVAL))?;
        let commits = Commits::new()?;
        let mem_len = stride * DEPTH;
        // SAFETY: an anonymous private mapping, at an address of the kernel's choosing; checked
        // below.
        let mem = unsafe {
            libc::mmap(
                ptr::null_mut(),
                mem_len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if mem == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        let mem = mem.cast::<u8>();
        let iovecs = (0..DEPTH)
            .map(|i| {
                let (header, body) = (
                    mem.wrapping_add(i * stride),
                    mem.wrapping_add(i * stride + page),
                );
                [
                    libc::iovec {
                        iov_base: header.cast(),
                        iov_len: HEADER_LEN,
                    },
                    libc::iovec {
                        iov_base: body.cast(),
                        iov_len: payload,
                    },
                ]
            })
            .collect();
        Ok(Queue {
            qid,
            mem,
            mem_len,
            payload,
            iovecs,
            commits,
            channel,
        })
    }

    fn header(&self, ent: usize) -> *mut u8 {
        self.iovecs[ent][0].iov_base.cast()
    }

    fn body(&self, ent: usize) -> *mut u8 {
        self.iovecs[ent][1].iov_base.cast()
    }

    /// The `fuse_out_header` of `ent`'s reply: the start of its header's `in_out`.
    ///
    /// # Safety
    ///
    /// The caller owns the entry (it holds the request, answered or not, and has not committed
    /// it), and no other reference to these bytes is live.
    #[expect(
        clippy::mut_from_ref,
        reason = "the entry's memory is not owned by `self`"
    )]
    unsafe fn out_header_mut(&self, ent: usize) -> &mut [u8; OUT_HEADER] {
        // SAFETY: the 16 bytes lie within the entry's header; the caller owns them.
        unsafe { &mut *self.header(ent).cast::<[u8; OUT_HEADER]>() }
    }

    /// The first `len` bytes of `ent`'s payload buffer.
    ///
    /// # Safety
    ///
    /// As for `out_header_mut`, and `len` is at most `payload`.
    #[expect(
        clippy::mut_from_ref,
        reason = "the entry's memory is not owned by `self`"
    )]
    unsafe fn body_mut(&self, ent: usize, len: usize) -> &mut [u8] {
        debug_assert!(len <= self.payload);
        // SAFETY: the buffer holds `payload` bytes; the caller owns them.
        unsafe { slice::from_raw_parts_mut(self.body(ent), len) }
    }

    fn command(&self, cmd: u32, ent: usize, commit_id: u64) -> squeue::Entry128 {
        let mut op = opcode::UringCmd80::new(types::Fd(self.channel.raw_fd()), cmd)
            .cmd(cmd_req(commit_id, self.qid));
        if cmd == REGISTER {
            op = op.addr(Some(self.iovecs[ent].as_ptr() as u64));
        }
        let mut sqe = op.build().user_data(ent as u64);
        if cmd == REGISTER {
            set_sqe_len(&mut sqe, 2);
        }
        sqe
    }

    /// Writes a reply into `ent` and queues its commit.
    fn answer(&self, ent: usize, commit_id: u64, data: &[IoSlice<'_>]) -> io::Result<()> {
        let body = reply_body_len(data, self.payload)?;
        // SAFETY: the entry belongs to the request being answered until its commit, queued
        // below; the file system no longer reads the request (a write's data lies in the
        // payload buffer) once it replies. `body` fits the payload buffer (checked above).
        let (head, buf) = unsafe { (self.out_header_mut(ent), self.body_mut(ent, body)) };
        place_reply(data, head, buf);
        self.commit_later(ent, commit_id, body)
    }

    /// Queues the commit of `ent`, whose body holds `body` bytes of reply, for the queue's
    /// thread (woken if this is another thread); ENOTCONN once the queue has stopped.
    fn commit_later(&self, ent: usize, commit_id: u64, body: usize) -> io::Result<()> {
        // SAFETY: the entry is the caller's until its commit, queued below; `payload_sz` lies
        // within the header.
        unsafe {
            self.header(ent)
                .add(PAYLOAD_SZ)
                .cast::<u32>()
                .write_unaligned(body as u32)
        };
        self.commits
            .push(ent, commit_id, !ptr::eq(QUEUE_OF_THREAD.get(), self))
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

    /// Answers with a status alone: 0, or a negative errno.
    fn status(&self, error: i32) {
        // Fails only once the connection is gone, when nobody waits for the answer.
        let _ = self.send(&[IoSlice::new(&out_header(self.commit_id, 0, error))]);
    }

    /// Whether the entry's payload buffer holds `len` bytes of reply (`body_mut`).
    pub(crate) fn fits(&self, len: usize) -> bool {
        len <= self.queue.payload
    }

    /// The entry's payload buffer, where a reply's body can be written in place (`len` bytes at
    /// most, or `None` if that is more than it holds).
    pub(crate) fn body_mut(&mut self, len: usize) -> Option<&mut [u8]> {
        // SAFETY: the entry belongs to this request until its commit, which takes `self`.
        self.fits(len)
            .then(|| unsafe { self.queue.body_mut(self.ent, len) })
    }

    /// Answers with the first `len` bytes of the payload buffer, written there by the file
    /// system (`body_mut`).
    pub(crate) fn send_in_place(self, len: usize) -> io::Result<()> {
        let len = len.min(self.queue.payload);
        // SAFETY: the entry belongs to this request until its commit, queued below.
        unsafe { self.queue.out_header_mut(self.ent) }.copy_from_slice(&out_header(
            self.commit_id,
            len,
            0,
        ));
        self.queue.commit_later(self.ent, self.commit_id, len)
    }

    pub(crate) fn open_backing(&self, fd: std::os::fd::BorrowedFd<'_>) -> io::Result<BackingId> {
        self.queue.channel.open_backing(fd)
    }

    /// # Safety
    ///
    /// As for `ChannelSender::wrap_backing`.
    pub(crate) unsafe fn wrap_backing(&self, id: u32) -> BackingId {
        // SAFETY: the caller's contract, passed on.
        unsafe { self.queue.channel.wrap_backing(id) }
    }
}

/// Starts a thread for each possible CPU's queue. A queue that cannot start is logged: until
/// every queue has registered, the kernel keeps sending requests through `/dev/fuse`.
pub(crate) fn start<FS: Filesystem>(
    ch: &Channel,
    payload: usize,
    event_loop: impl Fn(String) -> SessionEventLoop<FS>,
) -> Vec<JoinHandle<io::Result<()>>> {
    // SAFETY: sysconf has no preconditions.
    let cpus = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_CONF) }.max(1) as usize;
    let mut threads = Vec::with_capacity(cpus);
    for qid in 0..cpus {
        let name = format!("fuser-ring-{qid}");
        let se = event_loop(name.clone());
        let channel = ch.sender();
        let spawned = std::thread::Builder::new().name(name).spawn(move || {
            let queue = Queue::new(qid as u16, payload, channel).map(Arc::new);
            queue
                .and_then(|q| serve(&q, &se))
                .inspect_err(|e| warn!("FUSE io_uring queue {qid} stopped: {e}"))
        });
        match spawned {
            Ok(t) => threads.push(t),
            Err(e) => warn!("FUSE io_uring queue {qid} not started: {e}"),
        }
    }
    threads
}

/// Registers the queue's entries, then answers requests until the connection ends.
fn serve<FS: Filesystem>(queue: &Arc<Queue>, se: &SessionEventLoop<FS>) -> io::Result<()> {
    pin_to(queue.qid as usize);
    QUEUE_OF_THREAD.set(Arc::as_ptr(queue));
    let mut ring: IoUring<squeue::Entry128, cqueue::Entry> =
        IoUring::builder().build(2 * DEPTH as u32)?;
    let poll_wake = || {
        squeue::Entry128::from(
            opcode::PollAdd::new(types::Fd(queue.commits.wake_fd()), libc::POLLIN as u32)
                .build()
                .user_data(WAKE),
        )
    };
    let mut pending: Vec<squeue::Entry128> = (0..DEPTH)
        .map(|ent| queue.command(REGISTER, ent, 0))
        .collect();
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
                queue.commits.reset_wake();
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
                e if e == -libc::EAGAIN || e == -libc::EINTR => {
                    pending.push(queue.command(REGISTER, ent, 0))
                }
                // ENOTCONN, ECONNABORTED...: the file system was unmounted or aborted.
                e => ended = Some(io::Error::from_raw_os_error(-e)),
            }
        }
        if let Some(e) = ended {
            break if matches!(
                e.raw_os_error(),
                Some(libc::ENOTCONN | libc::ECONNABORTED | libc::ENODEV)
            ) {
                Ok(())
            } else {
                Err(e)
            };
        }
        queue
            .commits
            .drain(|ent, commit_id| pending.push(queue.command(COMMIT_AND_FETCH, ent, commit_id)));
    };
    queue.commits.close();
    result
}

/// Makes the request in `ent` contiguous, as fuser parses it, and dispatches it. Requests are
/// copied out (a reply may overwrite the entry while the file system still reads them), but
/// for writes.
fn dispatch<FS: Filesystem>(
    queue: &Arc<Queue>,
    ent: usize,
    se: &SessionEventLoop<FS>,
    request: &mut Vec<u64>,
) {
    // SAFETY: the kernel wrote the entry before the completion that brought it here, and it is
    // this thread's until a reply commits it; the header is copied out before any reply.
    let header = unsafe { queue.header(ent).cast::<[u8; HEADER_LEN]>().read() };
    let incoming = Incoming::parse(&header);
    let reply = RingReply {
        queue: queue.clone(),
        ent,
        commit_id: incoming.commit_id,
    };
    let Some(first) = incoming.first_arg(queue.payload) else {
        warn!(
            "FUSE io_uring: malformed request in queue {} (length {}, payload {})",
            queue.qid, incoming.len, incoming.payload
        );
        return reply.status(-libc::EIO);
    };
    // A write's data stays where the kernel put it: the header and first argument go in front
    // of it, in the unused end of the header page, and fuser parses it there. The file system
    // has taken the data by the time it replies (the reply overwrites the payload); other
    // requests are small and copied out.
    let bytes = if incoming.in_place(first) {
        let start = queue.body(ent).wrapping_sub(IN_HEADER + first);
        // SAFETY: the entry is this thread's (above). The at most 168 bytes before the payload
        // buffer end its header page, after the 288-byte header (`entry_stride`); they and the
        // `payload` bytes of the payload buffer that follow them are the `len` bytes of the
        // request.
        unsafe {
            write_prefix(
                &header,
                first,
                slice::from_raw_parts_mut(start, IN_HEADER + first),
            );
            slice::from_raw_parts(start.cast_const(), incoming.len)
        }
    } else {
        // SAFETY: the entry is this thread's (above); `payload` fits its payload buffer
        // (`first_arg`).
        let payload =
            unsafe { slice::from_raw_parts(queue.body(ent).cast_const(), incoming.payload) };
        assemble(&header, first, payload, request)
    };
    match RequestWithSender::new(ReplySender::Ring(reply.clone()), bytes) {
        Some(req) => {
            req.dispatch(se);
            if NO_REPLY.contains(&incoming.opcode) {
                reply.status(0);
            }
        }
        None => reply.status(-libc::EIO),
    }
}

fn empty_cpu_set() -> libc::cpu_set_t {
    // SAFETY: `cpu_set_t` is a plain bit array; all zeros is the empty set.
    unsafe { std::mem::zeroed() }
}

/// The set holding `cpu` alone; `None` if `cpu_set_t` cannot hold it.
fn single_cpu(cpu: usize) -> Option<libc::cpu_set_t> {
    let mut set = empty_cpu_set();
    if cpu >= libc::CPU_SETSIZE as usize {
        return None;
    }
    // SAFETY: `cpu` is within the set (checked above).
    unsafe { libc::CPU_SET(cpu, &mut set) };
    Some(set)
}

/// The CPUs the calling thread may run on.
fn thread_affinity() -> io::Result<libc::cpu_set_t> {
    let mut set = empty_cpu_set();
    // SAFETY: `set` is a writable `cpu_set_t` of the size passed.
    if unsafe { libc::sched_getaffinity(0, size_of::<libc::cpu_set_t>(), &mut set) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(set)
}

/// Confines the calling thread to the CPUs in `set`.
fn set_thread_affinity(set: &libc::cpu_set_t) -> io::Result<()> {
    // SAFETY: `set` is a `cpu_set_t` of the size passed.
    if unsafe { libc::sched_setaffinity(0, size_of::<libc::cpu_set_t>(), set) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

fn pin_to(cpu: usize) {
    // A process confined to fewer CPUs keeps its mask: the queue still works, only slower.
    if let Some(Err(e)) = single_cpu(cpu).map(|set| set_thread_affinity(&set)) {
        debug!("FUSE io_uring queue thread not pinned to CPU {cpu}: {e}");
    }
}

/// A hook for threads that a queue thread may start, to give them the CPUs the calling thread
/// has now; for `tokio::runtime::Builder::on_thread_start`.
///
/// Each io_uring queue thread is pinned to its queue's CPU, and a thread it starts (a
/// `spawn_blocking` run from a file system call, a runtime's new worker) inherits that pin, so
/// it would compete for that one CPU. Call this early, on a thread that is not pinned (e.g. at
/// the start of `main`, before the session starts), and run the hook in each new thread. If
/// the CPUs cannot be read, the hook does nothing; if they cannot be set, the thread keeps
/// those it inherited.
pub fn unpinned_thread_start() -> impl Fn() + Send + Sync + 'static {
    let cpus = thread_affinity()
        .inspect_err(|e| debug!("CPUs of the process unknown: {e}"))
        .ok();
    move || {
        if let Some(set) = &cpus {
            let _ = set_thread_affinity(set);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::ffi::OsStr;
    use std::sync::mpsc;

    use super::*;
    use crate::Errno;
    use crate::FileHandle;
    use crate::INodeNo;
    use crate::LockOwner;
    use crate::OpenFlags;
    use crate::ReplyData;
    use crate::ReplyEntry;
    use crate::ReplyWrite;
    use crate::Request;
    use crate::SessionACL;
    use crate::WriteFlags;
    use crate::dev_fuse::DevFuse;
    use crate::ll;
    use crate::session::FilesystemHolder;

    const LOOKUP: u32 = 1;
    const FORGET: u32 = 2;
    const READ: u32 = 15;

    /// A `fuse_in_header`.
    fn in_header(len: usize, opcode: u32, unique: u64, nodeid: u64) -> [u8; IN_HEADER] {
        let mut h = [0u8; IN_HEADER];
        h[0..4].copy_from_slice(&(len as u32).to_ne_bytes());
        h[4..8].copy_from_slice(&opcode.to_ne_bytes());
        h[8..16].copy_from_slice(&unique.to_ne_bytes());
        h[16..24].copy_from_slice(&nodeid.to_ne_bytes());
        // uid, gid, pid 0.
        h
    }

    /// An entry's header as the kernel writes it: `fuse_in_header` in `in_out`, the first
    /// argument in `op_in`, then `commit_id` and `payload_sz`.
    fn entry_header(
        opcode: u32,
        unique: u64,
        nodeid: u64,
        first: &[u8],
        payload: usize,
    ) -> [u8; HEADER_LEN] {
        let mut h = [0u8; HEADER_LEN];
        h[..IN_HEADER].copy_from_slice(&in_header(
            IN_HEADER + first.len() + payload,
            opcode,
            unique,
            nodeid,
        ));
        h[OP_IN..OP_IN + first.len()].copy_from_slice(first);
        h[COMMIT_ID..COMMIT_ID + 8].copy_from_slice(&unique.to_ne_bytes());
        h[PAYLOAD_SZ..PAYLOAD_SZ + 4].copy_from_slice(&(payload as u32).to_ne_bytes());
        h
    }

    /// A `fuse_write_in` (40 bytes).
    fn write_in(fh: u64, offset: u64, size: usize) -> [u8; 40] {
        let mut a = [0u8; 40];
        a[0..8].copy_from_slice(&fh.to_ne_bytes());
        a[8..16].copy_from_slice(&offset.to_ne_bytes());
        a[16..20].copy_from_slice(&(size as u32).to_ne_bytes());
        a
    }

    /// A `fuse_read_in` (40 bytes).
    fn read_in(fh: u64, offset: u64, size: usize) -> [u8; 40] {
        write_in(fh, offset, size)
    }

    fn u32_at(bytes: &[u8], at: usize) -> u32 {
        u32::from_ne_bytes(bytes[at..at + 4].try_into().unwrap())
    }

    #[test]
    fn incoming_reads_the_entry_header() {
        let h = entry_header(WRITE, 0xdead_beef_0001, 7, &write_in(3, 4096, 100), 100);
        let incoming = Incoming::parse(&h);
        assert_eq!(
            incoming,
            Incoming {
                len: IN_HEADER + 40 + 100,
                opcode: WRITE,
                commit_id: 0xdead_beef_0001,
                payload: 100
            }
        );
        assert_eq!(incoming.first_arg(100), Some(40));
        assert!(incoming.in_place(40));
    }

    #[test]
    fn first_arg_checks_the_lengths() {
        let incoming = |len, payload| Incoming {
            len,
            opcode: LOOKUP,
            commit_id: 1,
            payload,
        };
        // No first argument: a lookup's name is all payload.
        assert_eq!(incoming(IN_HEADER + 4, 4).first_arg(8192), Some(0));
        assert_eq!(incoming(IN_HEADER + OP_IN, 0).first_arg(8192), Some(OP_IN));
        // Longer than `op_in`.
        assert_eq!(incoming(IN_HEADER + OP_IN + 1, 0).first_arg(8192), None);
        // Shorter than its header and payload.
        assert_eq!(incoming(IN_HEADER + 3, 4).first_arg(8192), None);
        assert_eq!(incoming(0, 0).first_arg(8192), None);
        // A payload larger than the buffer.
        assert_eq!(incoming(IN_HEADER + 8193, 8193).first_arg(8192), None);
        assert_eq!(incoming(IN_HEADER + 8192, 8192).first_arg(8192), Some(0));
    }

    #[test]
    fn only_aligned_writes_are_parsed_in_place() {
        let write = Incoming {
            len: 0,
            opcode: WRITE,
            commit_id: 0,
            payload: 0,
        };
        assert!(write.in_place(40));
        // `fuse_write_in` of protocol 7.8 and before.
        assert!(write.in_place(24));
        assert!(!write.in_place(44));
        assert!(
            !Incoming {
                opcode: READ,
                ..write
            }
            .in_place(40)
        );
    }

    #[test]
    fn assemble_makes_the_request_fuser_parses() {
        // A lookup: the name is the payload.
        let h = entry_header(LOOKUP, 11, 1, &[], 4);
        let mut buf = vec![0xffff_ffff_ffff_ffffu64; 3];
        let bytes = assemble(&h, 0, b"foo\0", &mut buf).to_vec();
        assert_eq!(bytes.len(), IN_HEADER + 4);
        assert_eq!(bytes[..IN_HEADER], h[..IN_HEADER]);
        assert_eq!(&bytes[IN_HEADER..], b"foo\0");
        assert_eq!(buf.len(), (IN_HEADER + 4).div_ceil(8));
        let req = ll::AnyRequest::try_from(assemble(&h, 0, b"foo\0", &mut buf)).unwrap();
        assert_eq!(req.unique(), ll::RequestId(11));
        assert_eq!(req.nodeid(), INodeNo(1));
        match req.operation().unwrap() {
            ll::Operation::Lookup(x) => assert_eq!(x.name(), OsStr::new("foo")),
            op => panic!("not a lookup: {op:?}"),
        }

        // A write: `fuse_write_in` from `op_in`, then the data.
        let data: Vec<u8> = (0..100u8).collect();
        let h = entry_header(WRITE, 12, 5, &write_in(9, 8192, data.len()), data.len());
        let req = ll::AnyRequest::try_from(assemble(&h, 40, &data, &mut buf)).unwrap();
        match req.operation().unwrap() {
            ll::Operation::Write(x) => {
                assert_eq!(x.file_handle(), FileHandle(9));
                assert_eq!(x.offset().unwrap(), 8192);
                assert_eq!(x.data(), &data[..]);
            }
            op => panic!("not a write: {op:?}"),
        }
    }

    #[test]
    fn write_prefix_puts_the_header_before_the_first_argument() {
        let arg = write_in(1, 2, 3);
        let h = entry_header(WRITE, 5, 6, &arg, 3);
        let mut dst = [0u8; IN_HEADER + 40];
        write_prefix(&h, 40, &mut dst);
        assert_eq!(dst[..IN_HEADER], h[..IN_HEADER]);
        assert_eq!(dst[IN_HEADER..], arg);
    }

    #[test]
    fn out_header_layout() {
        let h = out_header(0x0102_0304_0506_0708, 24, -libc::ENOENT);
        assert_eq!(u32_at(&h, 0), 16 + 24);
        assert_eq!(
            i32::from_ne_bytes(h[4..8].try_into().unwrap()),
            -libc::ENOENT
        );
        assert_eq!(
            u64::from_ne_bytes(h[8..16].try_into().unwrap()),
            0x0102_0304_0506_0708
        );
    }

    #[test]
    fn reply_body_len_checks_the_sizes() {
        let header = [1u8; OUT_HEADER];
        let body = [2u8; 100];
        assert_eq!(reply_body_len(&[IoSlice::new(&header)], 0).unwrap(), 0);
        assert_eq!(
            reply_body_len(&[IoSlice::new(&header), IoSlice::new(&body)], 100).unwrap(),
            100
        );
        let too_big =
            reply_body_len(&[IoSlice::new(&header), IoSlice::new(&body)], 99).unwrap_err();
        assert_eq!(too_big.raw_os_error(), Some(libc::EINVAL));
        let too_short = reply_body_len(&[IoSlice::new(&header[..15])], 100).unwrap_err();
        assert_eq!(too_short.raw_os_error(), Some(libc::EINVAL));
        assert!(reply_body_len(&[], 100).is_err());
    }

    #[test]
    fn place_reply_splits_header_and_body_whatever_the_slices() {
        let reply: Vec<u8> = (0..60u8).collect();
        // The same reply cut in every way into up to three slices, some empty.
        for a in 0..=reply.len() {
            for b in a..=reply.len() {
                let slices = [
                    IoSlice::new(&reply[..a]),
                    IoSlice::new(&reply[a..b]),
                    IoSlice::new(&reply[b..]),
                ];
                let body_len = reply_body_len(&slices, 44).unwrap();
                let mut head = [0u8; OUT_HEADER];
                let mut body = vec![0u8; body_len];
                place_reply(&slices, &mut head, &mut body);
                assert_eq!(head, reply[..OUT_HEADER], "cut at {a}, {b}");
                assert_eq!(body, reply[OUT_HEADER..], "cut at {a}, {b}");
            }
        }
    }

    #[test]
    fn sizes() {
        assert_eq!(payload_size_for(128 * 1024, 32, 4096), 128 * 1024);
        assert_eq!(payload_size_for(4096, 256, 4096), 1024 * 1024);
        assert_eq!(payload_size_for(0, 0, 4096), 8192);
        assert_eq!(entry_stride(4096, 8192), Some(4096 + 8192));
        assert_eq!(entry_stride(4096, 8193), Some(4096 + 3 * 4096));
        assert_eq!(entry_stride(65536, 8192), Some(2 * 65536));
        assert_eq!(entry_stride(256, 8192), None);
        assert!(entry_stride(page_size::get(), payload_size(128 * 1024, 32)).is_some());
    }

    #[test]
    fn cmd_req_layout() {
        let req = cmd_req(0x1122_3344_5566_7788, 0x0102);
        assert_eq!(req[..8], [0; 8]);
        assert_eq!(
            u64::from_ne_bytes(req[8..16].try_into().unwrap()),
            0x1122_3344_5566_7788
        );
        assert_eq!(u16::from_ne_bytes(req[16..18].try_into().unwrap()), 0x0102);
        assert!(req[18..].iter().all(|&b| b == 0));
    }

    /// An SQE's bytes, `struct io_uring_sqe` and the 64 after it.
    fn sqe_bytes(sqe: &squeue::Entry128) -> [u8; 128] {
        assert_eq!(size_of::<squeue::Entry128>(), 128);
        // SAFETY: `Entry128` is 128 bytes of `repr(C)` plain data, built from zeroed memory.
        unsafe { ptr::from_ref(sqe).cast::<[u8; 128]>().read() }
    }

    #[test]
    fn set_sqe_len_writes_where_io_uring_keeps_len() {
        // A read's builder sets `len` itself: that is where `set_sqe_len` writes.
        let read = squeue::Entry128::from(
            opcode::Read::new(types::Fd(3), ptr::null_mut(), 0x0a0b_0c0d).build(),
        );
        assert_eq!(u32_at(&sqe_bytes(&read), SQE_LEN), 0x0a0b_0c0d);
        let mut sqe = opcode::UringCmd80::new(types::Fd(3), REGISTER).build();
        assert_eq!(u32_at(&sqe_bytes(&sqe), SQE_LEN), 0);
        let before = sqe_bytes(&sqe);
        set_sqe_len(&mut sqe, 2);
        let after = sqe_bytes(&sqe);
        assert_eq!(u32_at(&after, SQE_LEN), 2);
        assert_eq!(after[..SQE_LEN], before[..SQE_LEN]);
        assert_eq!(after[SQE_LEN + 4..], before[SQE_LEN + 4..]);
    }

    fn eventfd_count(commits: &Commits) -> Option<u64> {
        let mut count = [0u8; 8];
        (&commits.wake)
            .read_exact(&mut count)
            .ok()
            .map(|()| u64::from_ne_bytes(count))
    }

    #[test]
    fn commits_are_queued_in_order_and_wake_only_when_asked() {
        let commits = Commits::new().unwrap();
        commits.push(3, 30, false).unwrap();
        assert_eq!(
            eventfd_count(&commits),
            None,
            "a commit on the queue's thread wakes nothing"
        );
        commits.push(1, 10, true).unwrap();
        commits.push(2, 20, true).unwrap();
        let mut drained = Vec::new();
        commits.drain(|ent, id| drained.push((ent, id)));
        assert_eq!(drained, [(3, 30), (1, 10), (2, 20)]);
        commits.drain(|_, _| panic!("drained twice"));
        assert_eq!(eventfd_count(&commits), Some(2));
        commits.push(4, 40, true).unwrap();
        commits.reset_wake();
        assert_eq!(eventfd_count(&commits), None, "reset");
        commits.drain(|_, _| {});
        commits.close();
        let err = commits.push(5, 50, true).unwrap_err();
        assert_eq!(err.raw_os_error(), Some(libc::ENOTCONN));
        commits.drain(|_, _| panic!("a commit after close"));
    }

    #[test]
    fn commits_from_other_threads_wake() {
        let commits = Arc::new(Commits::new().unwrap());
        let threads: Vec<_> = (0..4)
            .map(|i| {
                let commits = commits.clone();
                std::thread::spawn(move || commits.push(i, i as u64, true).unwrap())
            })
            .collect();
        threads.into_iter().for_each(|t| t.join().unwrap());
        assert_eq!(eventfd_count(&commits), Some(4));
        let mut drained = Vec::new();
        commits.drain(|ent, _| drained.push(ent));
        drained.sort_unstable();
        assert_eq!(drained, [0, 1, 2, 3]);
    }

    /// The CPUs in `set`.
    fn cpus(set: &libc::cpu_set_t) -> Vec<usize> {
        // SAFETY: every index is within the set.
        (0..libc::CPU_SETSIZE as usize)
            .filter(|&cpu| unsafe { libc::CPU_ISSET(cpu, set) })
            .collect()
    }

    #[test]
    fn single_cpu_sets() {
        assert_eq!(cpus(&single_cpu(0).unwrap()), [0]);
        assert_eq!(cpus(&single_cpu(5).unwrap()), [5]);
        let last = libc::CPU_SETSIZE as usize - 1;
        assert_eq!(cpus(&single_cpu(last).unwrap()), [last]);
        assert!(single_cpu(last + 1).is_none());
        assert!(cpus(&empty_cpu_set()).is_empty());
    }

    #[test]
    fn unpinned_thread_start_restores_the_cpus() {
        // In threads of its own: the test's thread keeps its CPUs whatever happens.
        std::thread::spawn(|| {
            let allowed = cpus(&thread_affinity().unwrap());
            let restore = unpinned_thread_start();
            let cpu = *allowed.last().unwrap();
            pin_to(cpu);
            assert_eq!(cpus(&thread_affinity().unwrap()), [cpu]);
            // A thread started by a pinned thread inherits the pin, until the hook runs.
            let allowed_in_child = allowed.clone();
            std::thread::spawn(move || {
                assert_eq!(cpus(&thread_affinity().unwrap()), [cpu]);
                restore();
                assert_eq!(cpus(&thread_affinity().unwrap()), allowed_in_child);
            })
            .join()
            .unwrap();
            assert_eq!(
                cpus(&thread_affinity().unwrap()),
                [cpu],
                "the queue thread stays pinned"
            );
            // A CPU the machine does not have: the thread keeps its set.
            // SAFETY: sysconf has no preconditions.
            let outside = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_CONF) } as usize;
            pin_to(outside);
            assert_eq!(cpus(&thread_affinity().unwrap()), [cpu]);
            if let Some(set) = single_cpu(outside) {
                assert!(set_thread_affinity(&set).is_err());
            }
        })
        .join()
        .unwrap();
    }

    /// A file system that records what it is asked and answers as the tests need.
    #[derive(Debug, Default)]
    struct Recorder {
        calls: Mutex<Vec<String>>,
        /// Replies to reads, made on another thread.
        delayed: Mutex<Option<mpsc::Sender<ReplyData>>>,
    }

    impl Filesystem for Recorder {
        fn lookup(&self, _req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEntry) {
            self.calls
                .lock()
                .push(format!("lookup {} {}", parent.0, name.to_string_lossy()));
            reply.error(Errno::ENOENT);
        }

        fn forget(&self, _req: &Request, ino: INodeNo, nlookup: u64) {
            self.calls
                .lock()
                .push(format!("forget {} {nlookup}", ino.0));
        }

        fn write(
            &self,
            _req: &Request,
            ino: INodeNo,
            fh: FileHandle,
            offset: u64,
            data: &[u8],
            _write_flags: WriteFlags,
            _flags: OpenFlags,
            _lock_owner: Option<LockOwner>,
            reply: ReplyWrite,
        ) {
            let sum: u32 = data.iter().map(|&b| u32::from(b)).sum();
            self.calls.lock().push(format!(
                "write {} {} {offset} {} {sum}",
                ino.0,
                fh.0,
                data.len()
            ));
            reply.written(data.len() as u32);
        }

        fn read(
            &self,
            _req: &Request,
            ino: INodeNo,
            _fh: FileHandle,
            offset: u64,
            size: u32,
            _flags: OpenFlags,
            _lock_owner: Option<LockOwner>,
            reply: ReplyData,
        ) {
            self.calls
                .lock()
                .push(format!("read {} {offset} {size}", ino.0));
            match &*self.delayed.lock() {
                Some(later) => later.send(reply).unwrap(),
                None => {
                    let mut buf = reply.buffer(size as usize);
                    buf.as_mut_slice().fill(b'r');
                    buf.send(size as usize / 2);
                }
            }
        }
    }

    /// A queue with no ring and no kernel behind it: the tests write requests into its entries
    /// as the kernel would and call `dispatch`.
    struct Harness {
        queue: Arc<Queue>,
        se: SessionEventLoop<Recorder>,
        request: Vec<u64>,
    }

    impl Harness {
        fn new(payload: usize) -> Harness {
            let dev = Arc::new(DevFuse(File::open("/dev/null").unwrap()));
            let ch = Channel::new(dev);
            let queue = Arc::new(Queue::new(0, payload, ch.sender()).unwrap());
            let se = SessionEventLoop {
                thread_name: "test".to_owned(),
                ch,
                filesystem: Arc::new(FilesystemHolder {
                    fs: Some(Recorder::default()),
                }),
                allowed: SessionACL::All,
                session_owner: nix::unistd::getuid(),
                ring_serving: Arc::new(AtomicBool::new(false)),
            };
            Harness {
                queue,
                se,
                request: Vec::new(),
            }
        }

        /// Writes a request into `ent` as the kernel does and dispatches it.
        fn deliver(&mut self, ent: usize, header: &[u8; HEADER_LEN], payload: &[u8]) {
            assert!(payload.len() <= self.queue.payload);
            // SAFETY: no request is in `ent`; the header and payload fit their buffers.
            unsafe {
                ptr::copy_nonoverlapping(header.as_ptr(), self.queue.header(ent), HEADER_LEN);
                ptr::copy_nonoverlapping(payload.as_ptr(), self.queue.body(ent), payload.len());
            }
            dispatch(&self.queue, ent, &self.se, &mut self.request);
        }

        /// The commits queued, drained.
        fn commits(&self) -> Vec<(usize, u64)> {
            let mut commits = Vec::new();
            self.queue.commits.drain(|ent, id| commits.push((ent, id)));
            commits
        }

        /// The reply in `ent`: its out header (length, error, unique), `payload_sz`, and the
        /// body.
        fn reply(&self, ent: usize) -> (u32, i32, u64, u32, Vec<u8>) {
            // SAFETY: the entry was answered; nothing else uses it.
            let header = unsafe { self.queue.header(ent).cast::<[u8; HEADER_LEN]>().read() };
            let payload_sz = u32_at(&header, PAYLOAD_SZ);
            // SAFETY: as above; `payload_sz` was checked against the buffer by the reply.
            let body = unsafe { slice::from_raw_parts(self.queue.body(ent), payload_sz as usize) }
                .to_vec();
            let error = i32::from_ne_bytes(header[4..8].try_into().unwrap());
            let unique = u64::from_ne_bytes(header[8..16].try_into().unwrap());
            (u32_at(&header, 0), error, unique, payload_sz, body)
        }

        fn calls(&self) -> Vec<String> {
            std::mem::take(&mut *self.se.filesystem.fs.as_ref().unwrap().calls.lock())
        }
    }

    #[test]
    fn dispatch_copies_a_request_out_and_commits_its_reply() {
        let mut h = Harness::new(8192);
        h.deliver(5, &entry_header(LOOKUP, 77, 1, &[], 6), b"hello\0");
        assert_eq!(h.calls(), ["lookup 1 hello"]);
        // Replied on this thread, which is not the queue's: committed by the queue's thread,
        // once woken.
        assert_eq!(h.commits(), [(5, 77)]);
        assert_eq!(eventfd_count(&h.queue.commits), Some(1));
        assert_eq!(h.reply(5), (16, -libc::ENOENT, 77, 0, vec![]));
    }

    #[test]
    fn dispatch_parses_a_write_in_place() {
        let mut h = Harness::new(8192);
        let data = vec![3u8; 8192];
        // On the queue's own thread: no wake-up.
        QUEUE_OF_THREAD.set(Arc::as_ptr(&h.queue));
        h.deliver(
            47,
            &entry_header(WRITE, 78, 9, &write_in(4, 4096, data.len()), data.len()),
            &data,
        );
        QUEUE_OF_THREAD.set(ptr::null());
        assert_eq!(h.calls(), ["write 9 4 4096 8192 24576"]);
        assert!(h.request.is_empty(), "a write is not copied out");
        assert_eq!(h.commits(), [(47, 78)]);
        assert_eq!(eventfd_count(&h.queue.commits), None);
        // `fuse_write_out`: the size written.
        let (len, error, unique, payload_sz, body) = h.reply(47);
        assert_eq!((len, error, unique, payload_sz), (16 + 8, 0, 78, 8));
        assert_eq!(u32_at(&body, 0), 8192);
    }

    #[test]
    fn dispatch_copies_an_unaligned_write_out() {
        let mut h = Harness::new(8192);
        // The data in `op_in` after `fuse_write_in`: a prefix of 83 bytes, which would not be
        // 8-byte aligned in place.
        let mut arg = [7u8; 43];
        arg[..40].copy_from_slice(&write_in(4, 0, 3));
        h.deliver(0, &entry_header(WRITE, 79, 9, &arg, 0), &[]);
        assert_eq!(h.calls(), ["write 9 4 0 3 21"]);
        assert!(!h.request.is_empty(), "copied out");
        assert_eq!(h.commits(), [(0, 79)]);
    }

    #[test]
    fn dispatch_answers_a_read_in_place() {
        let mut h = Harness::new(8192);
        h.deliver(1, &entry_header(READ, 80, 2, &read_in(1, 0, 100), 0), &[]);
        assert_eq!(h.calls(), ["read 2 0 100"]);
        assert_eq!(h.commits(), [(1, 80)]);
        assert_eq!(h.reply(1), (16 + 50, 0, 80, 50, vec![b'r'; 50]));
    }

    #[test]
    fn a_reply_made_later_on_another_thread_is_committed() {
        let mut h = Harness::new(8192);
        let (later, replies) = mpsc::channel();
        *h.se.filesystem.fs.as_ref().unwrap().delayed.lock() = Some(later);
        h.deliver(2, &entry_header(READ, 81, 2, &read_in(1, 0, 10), 0), &[]);
        assert!(h.commits().is_empty(), "not answered yet");
        let reply = replies.recv().unwrap();
        std::thread::spawn(move || reply.data(b"0123456789"))
            .join()
            .unwrap();
        assert_eq!(h.commits(), [(2, 81)]);
        assert_eq!(eventfd_count(&h.queue.commits), Some(1));
        assert_eq!(h.reply(2), (16 + 10, 0, 81, 10, b"0123456789".to_vec()));
    }

    #[test]
    fn a_reply_too_big_for_the_entry_is_refused() {
        let mut h = Harness::new(8192);
        let (later, replies) = mpsc::channel();
        *h.se.filesystem.fs.as_ref().unwrap().delayed.lock() = Some(later);
        h.deliver(2, &entry_header(READ, 82, 2, &read_in(1, 0, 10), 0), &[]);
        let too_big = vec![0u8; 8193];
        replies.recv().unwrap().data(&too_big);
        assert!(h.commits().is_empty(), "EINVAL, logged");
    }

    #[test]
    fn dispatch_commits_a_forget_the_file_system_does_not_answer() {
        let mut h = Harness::new(8192);
        h.deliver(3, &entry_header(FORGET, 83, 6, &2u64.to_ne_bytes(), 0), &[]);
        assert_eq!(h.calls(), ["forget 6 2"]);
        assert_eq!(h.commits(), [(3, 83)]);
        assert_eq!(h.reply(3), (16, 0, 83, 0, vec![]));
    }

    #[test]
    fn dispatch_answers_a_malformed_request_with_eio() {
        let mut h = Harness::new(8192);
        // A first argument longer than `op_in`.
        let mut header = entry_header(LOOKUP, 84, 1, &[], 0);
        header[0..4].copy_from_slice(&((IN_HEADER + OP_IN + 8) as u32).to_ne_bytes());
        h.deliver(4, &header, &[]);
        // A payload larger than the buffer.
        let mut header = entry_header(LOOKUP, 85, 1, &[], 0);
        header[0..4].copy_from_slice(&((IN_HEADER + 9000) as u32).to_ne_bytes());
        header[PAYLOAD_SZ..PAYLOAD_SZ + 4].copy_from_slice(&9000u32.to_ne_bytes());
        h.deliver(6, &header, &[]);
        // An opcode fuser does not know: fuser answers ENOSYS.
        h.deliver(7, &entry_header(9999, 86, 1, &[], 0), &[]);
        assert!(h.calls().is_empty());
        assert_eq!(h.commits(), [(4, 84), (6, 85), (7, 86)]);
        assert_eq!(h.reply(4).1, -libc::EIO);
        assert_eq!(h.reply(6).1, -libc::EIO);
        assert_eq!(h.reply(7).1, -libc::ENOSYS);
    }

    #[test]
    fn register_and_commit_commands() {
        let h = Harness::new(8192);
        let fd = h.queue.channel.raw_fd();
        let register = sqe_bytes(&h.queue.command(REGISTER, 3, 0));
        // `struct io_uring_sqe`: opcode, fd, cmd_op, addr, len, user_data, then the command.
        assert_eq!(register[0], io_uring::opcode::UringCmd80::CODE);
        assert_eq!(i32::from_ne_bytes(register[4..8].try_into().unwrap()), fd);
        assert_eq!(u32_at(&register, 8), REGISTER);
        assert_eq!(
            u64::from_ne_bytes(register[16..24].try_into().unwrap()),
            h.queue.iovecs[3].as_ptr() as u64
        );
        assert_eq!(u32_at(&register, SQE_LEN), 2);
        assert_eq!(u64::from_ne_bytes(register[32..40].try_into().unwrap()), 3);
        assert_eq!(register[48..], cmd_req(0, 0));
        let commit = sqe_bytes(&h.queue.command(COMMIT_AND_FETCH, 4, 0xabcd));
        assert_eq!(u32_at(&commit, 8), COMMIT_AND_FETCH);
        assert_eq!(
            u64::from_ne_bytes(commit[16..24].try_into().unwrap()),
            0,
            "no iovecs"
        );
        assert_eq!(u32_at(&commit, SQE_LEN), 0);
        assert_eq!(u64::from_ne_bytes(commit[32..40].try_into().unwrap()), 4);
        assert_eq!(commit[48..], cmd_req(0xabcd, 0));
        // The iovecs: the header, then the payload buffer a page on.
        let [header, body] = h.queue.iovecs[3];
        assert_eq!((header.iov_len, body.iov_len), (HEADER_LEN, 8192));
        assert_eq!(
            body.iov_base as usize - header.iov_base as usize,
            page_size::get()
        );
    }
}
