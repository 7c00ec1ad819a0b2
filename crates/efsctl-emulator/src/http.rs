//! The daemon's HTTP/1.1 transport: accepting connections and reading request bodies within
//! limits, so clients that send slowly, never finish, or flood connections cannot hold the
//! daemon's memory or descriptors (test suites hammer it; a stuck one must not wedge it).

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;

use crate::access::Connection;

/// Requests larger than this are refused before parsing (EFS's largest input, a policy, is 20 KB).
pub const MAX_BODY_BYTES: usize = 1 << 20;
/// How long a client may take to send a request's head; also how long a kept-alive connection
/// may sit idle between requests.
const HEADER_TIMEOUT: Duration = Duration::from_secs(30);
/// How long a client may take to send a request's body.
const BODY_TIMEOUT: Duration = Duration::from_secs(30);
/// Connections served at once; further ones wait in the listen backlog until one closes.
const MAX_CONNECTIONS: usize = 1024;
/// How long a stopping daemon waits for requests in flight.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// Serves `app` on `listener` until `stop` completes, then waits for requests in flight.
pub async fn serve(listener: TcpListener, app: Router, stop: impl Future<Output = ()>) {
    let graceful = GracefulShutdown::new();
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    tokio::pin!(stop);
    loop {
        let accepted = tokio::select! {
            _ = &mut stop => break,
            accepted = async {
                let slot = slots.clone().acquire_owned().await.expect("the semaphore is never closed");
                (slot, listener.accept().await)
            } => accepted,
        };
        let (slot, stream, peer) = match accepted {
            (slot, Ok((stream, peer))) => (slot, stream, peer),
            (_, Err(e)) => {
                // Out of descriptors, or a connection reset before it was accepted: go on
                // after a pause rather than spin.
                tracing::warn!("accept: {e}");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let Ok(local) = stream.local_addr() else { continue };
        // Each request carries its connection's ends: who is calling is decided from them.
        let connection_ends = Connection { peer, local };
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut req: hyper::Request<hyper::body::Incoming>| {
            req.extensions_mut().insert(connection_ends);
            app.clone().oneshot(req)
        });
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(HEADER_TIMEOUT)
            .serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = connection.await;
            drop(slot);
        });
    }
    // Requests in flight finish; a client that never completes one does not hold the exit.
    if tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown()).await.is_err() {
        tracing::warn!("connections still open after {} s at shutdown were dropped", SHUTDOWN_GRACE.as_secs());
    }
}

/// The whole body of a request, or the error response that ends it: too large (also when the
/// declared length says so, before anything is read), unreadable (malformed chunks), too slow.
pub async fn read_body(headers: &HeaderMap, body: Body) -> Result<Bytes, Response> {
    let declared = headers.get("content-length").and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_BODY_BYTES as u64) {
        return Err(too_large());
    }
    match tokio::time::timeout(BODY_TIMEOUT, axum::body::to_bytes(body, MAX_BODY_BYTES)).await {
        Ok(Ok(bytes)) => Ok(bytes),
        Ok(Err(e)) if is_length_limit(&e) => Err(too_large()),
        Ok(Err(e)) => Err(error(
            StatusCode::BAD_REQUEST,
            "SerializationException",
            format!("the request body could not be read: {e}"),
        )),
        Err(_) => Err(error(
            StatusCode::REQUEST_TIMEOUT,
            "RequestTimeout",
            format!("the request body did not arrive within {} s", BODY_TIMEOUT.as_secs()),
        )),
    }
}

fn is_length_limit(e: &axum::Error) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(s) = source {
        if s.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        source = s.source();
    }
    false
}

fn too_large() -> Response {
    error(
        StatusCode::PAYLOAD_TOO_LARGE,
        "RequestEntityTooLarge",
        format!("request bodies are limited to {MAX_BODY_BYTES} bytes"),
    )
}

/// A transport-level error before the protocol is known: the JSON shape AWS's JSON protocols
/// use, with the code also in `x-amzn-ErrorType`, which every AWS SDK reads.
pub fn error(status: StatusCode, code: &'static str, message: String) -> Response {
    (
        status,
        [("content-type", "application/json"), ("x-amzn-ErrorType", code)],
        serde_json::json!({"__type": code, "message": message}).to_string(),
    )
        .into_response()
}
