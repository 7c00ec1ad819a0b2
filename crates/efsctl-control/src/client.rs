//! The typed client of the control API: one method per endpoint, each sending the request
//! type of `api` and reading its reply type, so callers never see JSON or a path.

use std::time::Duration;

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::api::{self, Refusal, RefusalKind, Refused, paths};
use crate::sigv4::{self, Keys};

/// Why a control call failed.
#[derive(Debug, thiserror::Error)]
pub enum ControlError {
    /// Nothing usable came back: the daemon is not there, did not answer in time, or answered
    /// with something that is not the control API.
    #[error("the emulator at {url} did not answer: {reason}")]
    Unreachable { url: String, reason: String },
    /// The daemon answered and refused.
    #[error(transparent)]
    Refused(#[from] Refused),
}

/// Health checks are quick; other calls may wait for a mount or a sweep.
const HEALTH_TIMEOUT: Duration = Duration::from_secs(5);
const CALL_TIMEOUT: Duration = Duration::from_secs(60);

/// Keys and region control requests are signed with, for an emulator that checks signatures.
#[derive(Debug, Clone)]
pub struct Signer {
    pub keys: Keys,
    pub region: String,
}

/// The control API of the emulator at one endpoint.
#[derive(Debug, Clone)]
pub struct Control {
    url: String,
    signer: Option<Signer>,
}

impl Control {
    pub fn new(url: &str) -> Self {
        Control { url: url.trim_end_matches('/').to_string(), signer: None }
    }

    /// This client, signing its requests (SigV4, service `efsctl`).
    pub fn signed(mut self, signer: Option<Signer>) -> Self {
        self.signer = signer;
        self
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// The daemon's health, or `None` when nothing healthy answers.
    pub async fn health(&self) -> Option<api::Health> {
        self.call("GET", paths::HEALTH, None::<&()>, None::<&()>, HEALTH_TIMEOUT).await.ok()
    }

    pub async fn clock(&self) -> Result<api::ClockReading, ControlError> {
        self.call("GET", paths::CLOCK, None::<&()>, None::<&()>, CALL_TIMEOUT).await
    }

    pub async fn change_clock(&self, change: &api::ClockChange) -> Result<api::ClockReading, ControlError> {
        self.call("POST", paths::CLOCK, None::<&()>, Some(change), CALL_TIMEOUT).await
    }

    pub async fn reset(&self) -> Result<api::Reset, ControlError> {
        self.call("POST", paths::RESET, None::<&()>, None::<&()>, CALL_TIMEOUT).await
    }

    pub async fn shutdown(&self) -> Result<api::Stopping, ControlError> {
        self.call("POST", paths::SHUTDOWN, None::<&()>, None::<&()>, CALL_TIMEOUT).await
    }

    pub async fn mounts(&self) -> Result<Vec<api::MountSpec>, ControlError> {
        let list: api::MountList = self.call("GET", paths::MOUNTS, None::<&()>, None::<&()>, CALL_TIMEOUT).await?;
        Ok(list.mounts)
    }

    pub async fn mount(&self, request: &api::MountRequest) -> Result<api::MountSpec, ControlError> {
        self.call("POST", paths::MOUNTS, None::<&()>, Some(request), CALL_TIMEOUT).await
    }

    /// A mount that may take `timeout` (a mount without preflight hangs that long when blocked).
    pub async fn mount_within(
        &self,
        request: &api::MountRequest,
        timeout: Duration,
    ) -> Result<api::MountSpec, ControlError> {
        self.call(
            "POST",
            paths::MOUNTS,
            None::<&()>,
            Some(request),
            CALL_TIMEOUT.max(timeout + Duration::from_secs(10)),
        )
        .await
    }

    pub async fn unmount(&self, directory: &str) -> Result<api::MountSpec, ControlError> {
        self.call(
            "DELETE",
            paths::MOUNTS,
            Some(&api::Unmount { directory: directory.to_string() }),
            None::<&()>,
            CALL_TIMEOUT,
        )
        .await
    }

    pub async fn set_credits(&self, query: &api::SetCredits) -> Result<api::Credits, ControlError> {
        self.call("POST", paths::CREDITS, Some(query), None::<&()>, CALL_TIMEOUT).await
    }

    pub async fn lifecycle(&self, query: &api::LifecycleQuery) -> Result<api::LifecycleReport, ControlError> {
        self.call("GET", paths::LIFECYCLE, Some(query), None::<&()>, CALL_TIMEOUT).await
    }

    pub async fn sweep(&self, query: &api::Sweep) -> Result<api::SweepReply, ControlError> {
        self.call("POST", paths::SWEEP, Some(query), None::<&()>, CALL_TIMEOUT).await
    }

    pub async fn fsck(&self, query: &api::Fsck) -> Result<api::FsckReply, ControlError> {
        self.call("POST", paths::FSCK, Some(query), None::<&()>, CALL_TIMEOUT).await
    }

    pub async fn stat(&self, query: &api::StatQuery) -> Result<api::PathStat, ControlError> {
        self.call("GET", paths::STAT, Some(query), None::<&()>, CALL_TIMEOUT).await
    }

    pub async fn faults(&self) -> Result<Vec<api::Fault>, ControlError> {
        let list: api::FaultList = self.call("GET", paths::FAULTS, None::<&()>, None::<&()>, CALL_TIMEOUT).await?;
        Ok(list.faults)
    }

    pub async fn add_fault(&self, request: &api::FaultRequest) -> Result<api::Fault, ControlError> {
        self.call("POST", paths::FAULTS, None::<&()>, Some(request), CALL_TIMEOUT).await
    }

    /// Clears one fault (or all); the faults cleared.
    pub async fn clear_faults(&self, id: Option<&str>) -> Result<Vec<api::Fault>, ControlError> {
        let query = api::FaultClear { id: id.map(str::to_string) };
        let list: api::FaultList = self.call("DELETE", paths::FAULTS, Some(&query), None::<&()>, CALL_TIMEOUT).await?;
        Ok(list.faults)
    }

    /// Sends one request; a 200 is read as `T`, anything else as a `Refusal`.
    async fn call<T: DeserializeOwned>(
        &self,
        method: &str,
        path: &str,
        query: Option<&impl Serialize>,
        body: Option<&impl Serialize>,
        timeout: Duration,
    ) -> Result<T, ControlError> {
        let unreachable = |reason: String| ControlError::Unreachable { url: self.url.clone(), reason };
        let mut target = format!("{}{path}", self.url);
        if let Some(q) = query {
            let q = serde_urlencoded::to_string(q).map_err(|e| unreachable(format!("cannot encode the query: {e}")))?;
            if !q.is_empty() {
                target = format!("{target}?{q}");
            }
        }
        let body = match body {
            Some(b) => {
                Bytes::from(serde_json::to_vec(b).map_err(|e| unreachable(format!("cannot encode the request: {e}")))?)
            }
            None => Bytes::new(),
        };
        let (status, bytes) = send(method, &target, body, self.signer.as_ref(), timeout).await.map_err(unreachable)?;
        if status == 200 {
            return serde_json::from_slice(&bytes)
                .map_err(|e| unreachable(format!("unexpected reply to {method} {path}: {e}")));
        }
        match serde_json::from_slice::<Refusal>(&bytes) {
            Ok(refusal) => Err(ControlError::Refused(Refused { kind: RefusalKind::from_status(status), refusal })),
            Err(_) => Err(unreachable(format!("HTTP {status}: {}", String::from_utf8_lossy(&bytes)))),
        }
    }
}

async fn send(
    method: &str,
    url: &str,
    body: Bytes,
    signer: Option<&Signer>,
    timeout: Duration,
) -> Result<(u16, Bytes), String> {
    let client = Client::builder(TokioExecutor::new()).build_http::<Full<Bytes>>();
    let mut req = hyper::Request::builder()
        .method(method)
        .uri(url)
        .header("content-type", "application/json")
        .body(Full::new(body.clone()))
        .map_err(|e| e.to_string())?;
    if let Some(s) = signer {
        sigv4::sign_request(&mut req, &body, &s.keys, &s.region, sigv4::CONTROL_SERVICE)
            .map_err(|e| format!("cannot sign the request: {e}"))?;
    }
    let fut = async {
        let resp = client.request(req).await.map_err(|e| e.to_string())?;
        let status = resp.status().as_u16();
        let body = resp.into_body().collect().await.map_err(|e| e.to_string())?.to_bytes();
        Ok((status, body))
    };
    tokio::time::timeout(timeout, fut).await.map_err(|_| "timed out".to_string())?
}
