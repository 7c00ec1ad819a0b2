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

/// How much of a refused body is still read (and thrown away) before the 413 goes out: a
/// client that sends its whole body before reading then reads the status, not a broken pipe.
const DRAIN_LIMIT: u64 = 64 << 20;
/// Draining stops when the client pauses this long (it is not sending the rest).
const DRAIN_IDLE: Duration = Duration::from_secs(1);

/// The whole body of a request, or the error response that ends it: too large (also when the
/// declared length says so, before anything is kept), unreadable (malformed chunks), too slow.
pub async fn read_body(headers: &HeaderMap, mut body: Body) -> Result<Bytes, Response> {
    use http_body_util::BodyExt;
    let declared = headers.get("content-length").and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    let declared_too_large = declared.is_some_and(|n| n > MAX_BODY_BYTES as u64);
    let reading = async {
        let mut kept = Vec::new();
        let mut seen = 0u64;
        let mut refused = declared_too_large;
        loop {
            let next = if refused {
                match tokio::time::timeout(DRAIN_IDLE, body.frame()).await {
                    Ok(next) => next,
                    Err(_) => break,
                }
            } else {
                body.frame().await
            };
            let Some(frame) = next else { break };
            let frame = frame.map_err(|e| {
                error(
                    StatusCode::BAD_REQUEST,
                    "SerializationException",
                    format!("the request body could not be read: {e}"),
                )
            })?;
            let Ok(data) = frame.into_data() else { continue };
            seen += data.len() as u64;
            refused |= seen > MAX_BODY_BYTES as u64;
            if refused {
                // Drained, not kept; past the bound the connection is closed after the 413.
                if seen > DRAIN_LIMIT {
                    break;
                }
                continue;
            }
            kept.extend_from_slice(&data);
        }
        if refused { Err(too_large()) } else { Ok(Bytes::from(kept)) }
    };
    match tokio::time::timeout(BODY_TIMEOUT, reading).await {
        Ok(result) => result,
        Err(_) if declared_too_large => Err(too_large()),
        Err(_) => Err(error(
            StatusCode::REQUEST_TIMEOUT,
            "RequestTimeout",
            format!("the request body did not arrive within {} s", BODY_TIMEOUT.as_secs()),
        )),
    }
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
