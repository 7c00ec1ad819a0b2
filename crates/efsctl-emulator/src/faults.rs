//! Injected faults (`efsctl emulator fault`): an AZ or a mount target that stops answering, API
//! throttling, I/O errors, latency, a full file system. They live in memory (a restart of the
//! daemon clears them, as a recovery would) and change no stored state, so clearing one restores
//! service with nothing lost.

use std::sync::RwLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use efsctl_control::api::{Fault, FaultKind, FaultRequest};
use rand::Rng;

#[derive(Default)]
pub struct Faults {
    list: RwLock<Vec<Fault>>,
    next: AtomicU64,
}

/// Services a throttling fault may name.
pub const SERVICES: &[&str] = &["efs", "ec2", "cloudwatch"];

impl Faults {
    /// Adds a fault, replacing one of the same kind on the same target.
    pub fn add(&self, request: FaultRequest, now: f64) -> Fault {
        let id = format!("fault-{}", self.next.fetch_add(1, Ordering::Relaxed) + 1);
        let fault = Fault { id, request, since: now };
        let mut list = self.list.write().unwrap_or_else(|e| e.into_inner());
        list.retain(|f| !(f.request.kind == fault.request.kind && f.request.target == fault.request.target));
        list.push(fault.clone());
        fault
    }

    pub fn list(&self) -> Vec<Fault> {
        self.list.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Clears fault `id`, or all of them; what was cleared.
    pub fn clear(&self, id: Option<&str>) -> Vec<Fault> {
        let mut list = self.list.write().unwrap_or_else(|e| e.into_inner());
        let (cleared, kept): (Vec<Fault>, Vec<Fault>) = list.drain(..).partition(|f| id.is_none_or(|i| f.id == i));
        *list = kept;
        cleared
    }

    fn hits(rate: Option<f64>) -> bool {
        rand::rng().random_bool(rate.unwrap_or(1.0).clamp(0.0, 1.0))
    }

    /// Whether this call to `service` is throttled.
    pub fn throttled(&self, service: &str) -> bool {
        self.list.read().unwrap_or_else(|e| e.into_inner()).iter().any(|f| {
            f.request.kind == FaultKind::Throttle
                && f.request.target.as_deref().is_none_or(|t| t == service)
                && Self::hits(f.request.rate)
        })
    }

    /// The fault that makes the mount target `mount_target` in `az` unreachable, if any.
    pub fn unreachable(&self, az: &str, mount_target: &str) -> Option<Fault> {
        self.list
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .find(|f| match f.request.kind {
                FaultKind::AzOutage => f.request.target.as_deref() == Some(az),
                FaultKind::MountTargetDown => f.request.target.as_deref() == Some(mount_target),
                _ => false,
            })
            .cloned()
    }

    /// What the faults of file system `fs` do to one read or write: an errno, or extra delay.
    pub fn on_io(&self, fs: &str, write: bool) -> Result<Duration, i32> {
        let list = self.list.read().unwrap_or_else(|e| e.into_inner());
        let mut delay = Duration::ZERO;
        for f in list.iter().filter(|f| f.request.target.as_deref() == Some(fs)) {
            match f.request.kind {
                FaultKind::IoError if Self::hits(f.request.rate) => return Err(libc::EIO),
                FaultKind::NoSpace if write => return Err(libc::ENOSPC),
                FaultKind::Latency => delay += Duration::from_millis(f.request.latency_ms.unwrap_or(0)),
                _ => {}
            }
        }
        Ok(delay)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(kind: FaultKind, target: &str) -> FaultRequest {
        FaultRequest { kind, target: Some(target.into()), rate: None, latency_ms: Some(5) }
    }

    #[test]
    fn faults_replace_their_kind_and_clear() {
        let f = Faults::default();
        f.add(request(FaultKind::AzOutage, "us-east-1a"), 0.0);
        let second = f.add(request(FaultKind::AzOutage, "us-east-1a"), 1.0);
        f.add(request(FaultKind::NoSpace, "fs-1"), 1.0);
        assert_eq!(f.list().len(), 2);
        assert_eq!(f.unreachable("us-east-1a", "fsmt-1").map(|x| x.id), Some(second.id.clone()));
        assert!(f.unreachable("us-east-1b", "fsmt-2").is_none());
        assert_eq!(f.on_io("fs-1", true), Err(libc::ENOSPC));
        assert_eq!(f.on_io("fs-1", false), Ok(Duration::ZERO), "reads still work on a full file system");
        assert_eq!(f.clear(Some(&second.id)).len(), 1);
        assert_eq!(f.clear(None).len(), 1);
        assert!(f.list().is_empty());
    }
}
