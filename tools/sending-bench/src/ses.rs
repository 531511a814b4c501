//! An SES v2 stand-in on loopback: either it answers every `SendEmail` itself after a fixed
//! latency (the send-worker benchmark: SES's own time taken out), or it stands in front of the
//! emulator and injects SES's failures (the chaos run): throttling (`TooManyRequestsException`,
//! never forwarded) and a connection dropped after the emulator accepted the message (the case
//! where SES sent it and we never learned).

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::{TokioExecutor, TokioIo};
use rand::Rng;
use tokio::net::TcpListener;

#[derive(Debug, Clone)]
pub enum Mode {
    /// Answers `{"MessageId": …}` after `latency`.
    Answer { latency: Duration },
    /// Forwards to `upstream`, except: `throttle_per_mille` requests are refused as throttled;
    /// `drop_per_mille` are forwarded and then answered with nothing (the connection closes).
    Faulty {
        upstream: String,
        throttle_per_mille: u32,
        drop_per_mille: u32,
    },
}

/// What the stand-in did, for the report.
#[derive(Debug, Default)]
pub struct Counters {
    pub requests: AtomicU64,
    pub throttled: AtomicU64,
    pub dropped: AtomicU64,
}

/// Serves `mode` on a loopback port until the process ends; returns the address.
pub async fn serve(mode: Mode, counters: Arc<Counters>) -> anyhow::Result<SocketAddr> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let address = listener.local_addr()?;
    let client: Client<HttpConnector, Full<Bytes>> =
        Client::builder(TokioExecutor::new()).build_http();
    let mode = Arc::new(mode);
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let (mode, counters, client) = (mode.clone(), counters.clone(), client.clone());
            tokio::spawn(async move {
                let service = service_fn(move |request| {
                    handle(mode.clone(), counters.clone(), client.clone(), request)
                });
                // A dropped answer ends the connection with an error, as intended.
                let _ = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    Ok(address)
}

#[derive(Debug)]
struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("answer dropped on purpose")
    }
}

impl std::error::Error for Dropped {}

async fn handle(
    mode: Arc<Mode>,
    counters: Arc<Counters>,
    client: Client<HttpConnector, Full<Bytes>>,
    request: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Dropped> {
    counters.requests.fetch_add(1, Ordering::Relaxed);
    match mode.as_ref() {
        Mode::Answer { latency } => {
            // Read the body as SES would before answering.
            let _ = request.into_body().collect().await;
            tokio::time::sleep(*latency).await;
            let body = format!("{{\"MessageId\":\"{}\"}}", uuid::Uuid::new_v4());
            Ok(json(StatusCode::OK, body))
        }
        Mode::Faulty {
            upstream,
            throttle_per_mille,
            drop_per_mille,
        } => {
            let roll = rand::rng().random_range(0..1000);
            if roll < *throttle_per_mille {
                counters.throttled.fetch_add(1, Ordering::Relaxed);
                let mut response = json(
                    StatusCode::TOO_MANY_REQUESTS,
                    r#"{"message":"Maximum sending rate exceeded."}"#.to_owned(),
                );
                response.headers_mut().insert(
                    "x-amzn-errortype",
                    http::HeaderValue::from_static("TooManyRequestsException"),
                );
                return Ok(response);
            }
            let forwarded = forward(&client, upstream, request).await;
            if roll < throttle_per_mille + drop_per_mille {
                counters.dropped.fetch_add(1, Ordering::Relaxed);
                return Err(Dropped);
            }
            Ok(forwarded.unwrap_or_else(|err| {
                json(
                    StatusCode::BAD_GATEWAY,
                    format!("{{\"message\":\"upstream: {err}\"}}"),
                )
            }))
        }
    }
}

fn json(status: StatusCode, body: String) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(body)));
    *response.status_mut() = status;
    response.headers_mut().insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("application/json"),
    );
    response
}

async fn forward(
    client: &Client<HttpConnector, Full<Bytes>>,
    upstream: &str,
    request: Request<Incoming>,
) -> anyhow::Result<Response<Full<Bytes>>> {
    let (parts, body) = request.into_parts();
    let body = body.collect().await?.to_bytes();
    let path = parts
        .uri
        .path_and_query()
        .map(|path| path.as_str())
        .unwrap_or("/");
    let mut outgoing = Request::builder()
        .method(parts.method)
        .uri(format!("{}{path}", upstream.trim_end_matches('/')));
    for (name, value) in &parts.headers {
        if name != http::header::HOST {
            outgoing = outgoing.header(name, value);
        }
    }
    let answer = client.request(outgoing.body(Full::new(body))?).await?;
    let (parts, body) = answer.into_parts();
    let body = body.collect().await?.to_bytes();
    Ok(Response::from_parts(parts, Full::new(body)))
}
