//! Cold-start benchmark for one function binary.
//!
//! Serves a minimal Lambda Runtime API on loopback, spawns the binary against it (as Lambda
//! does), hands it one event and times process spawn → first response (cold), then a second
//! event to the same process (warm). Repeats and prints min / median / p90 / max. The binary
//! reads the rest of its configuration from the environment (e.g. the local stack's env file).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::Stdio;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use clap::Parser;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::{Mutex, mpsc};

#[derive(Parser)]
struct Args {
    /// The function binary (e.g. target/release/api-health).
    #[arg(long)]
    binary: PathBuf,
    /// The event each invocation receives (e.g. events/api-health/health.json).
    #[arg(long)]
    event: PathBuf,
    /// Cold starts to measure.
    #[arg(long, default_value_t = 20)]
    runs: usize,
}

/// What the runtime API saw from the function.
enum Outcome {
    Response(String),
    Error(String),
}

struct Runtime {
    /// Events still to hand out; `next` waits on this.
    events: Mutex<mpsc::Receiver<String>>,
    outcomes: mpsc::Sender<Outcome>,
}

async fn serve(
    runtime: Arc<Runtime>,
    req: Request<Incoming>,
) -> anyhow::Result<Response<Full<Bytes>>> {
    let path = req.uri().path().to_owned();
    if req.method() == Method::GET && path.ends_with("/runtime/invocation/next") {
        let event = runtime.events.lock().await.recv().await;
        let Some(event) = event else {
            return Ok(Response::builder()
                .status(StatusCode::GONE)
                .body(Full::default())?);
        };
        let deadline = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)?
            .as_millis()
            + 30_000;
        return Ok(Response::builder()
            .header("lambda-runtime-aws-request-id", format!("bench-{deadline}"))
            .header("lambda-runtime-deadline-ms", deadline.to_string())
            .header(
                "lambda-runtime-invoked-function-arn",
                "arn:aws:lambda:us-east-1:123456789012:function:bench",
            )
            .header(
                "lambda-runtime-trace-id",
                "Root=1-00000000-000000000000000000000000",
            )
            .body(Full::new(Bytes::from(event)))?);
    }
    if req.method() == Method::POST {
        let body =
            String::from_utf8_lossy(&req.into_body().collect().await?.to_bytes()).into_owned();
        let outcome = if path.ends_with("/response") {
            Outcome::Response(body)
        } else {
            Outcome::Error(format!("{path}: {body}"))
        };
        runtime.outcomes.send(outcome).await?;
        return Ok(Response::builder()
            .status(StatusCode::ACCEPTED)
            .body(Full::default())?);
    }
    Ok(Response::builder()
        .status(StatusCode::NOT_FOUND)
        .body(Full::default())?)
}

async fn start_runtime_api()
-> anyhow::Result<(SocketAddr, mpsc::Sender<String>, mpsc::Receiver<Outcome>)> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let address = listener.local_addr()?;
    let (event_tx, event_rx) = mpsc::channel(4);
    let (outcome_tx, outcome_rx) = mpsc::channel(4);
    let runtime = Arc::new(Runtime {
        events: Mutex::new(event_rx),
        outcomes: outcome_tx,
    });
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let runtime = runtime.clone();
            tokio::spawn(async move {
                let service = service_fn(move |req| serve(runtime.clone(), req));
                let _ = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    Ok((address, event_tx, outcome_rx))
}

/// One cold start and one warm invocation of a fresh process.
async fn measure(args: &Args, event: &str) -> anyhow::Result<(Duration, Duration)> {
    let (address, events, mut outcomes) = start_runtime_api().await?;
    events.send(event.to_owned()).await?;
    let started = Instant::now();
    let mut child = tokio::process::Command::new(&args.binary)
        .env("AWS_LAMBDA_RUNTIME_API", address.to_string())
        .env("AWS_LAMBDA_FUNCTION_NAME", "bench")
        .env("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "256")
        .env("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST")
        .env("AWS_LAMBDA_LOG_STREAM_NAME", "bench")
        .env("AWS_LAMBDA_LOG_GROUP_NAME", "bench")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()?;
    expect_response(&mut outcomes).await?;
    let cold = started.elapsed();
    let warm_started = Instant::now();
    events.send(event.to_owned()).await?;
    expect_response(&mut outcomes).await?;
    let warm = warm_started.elapsed();
    child.kill().await?;
    Ok((cold, warm))
}

async fn expect_response(outcomes: &mut mpsc::Receiver<Outcome>) -> anyhow::Result<()> {
    match tokio::time::timeout(Duration::from_secs(30), outcomes.recv()).await? {
        Some(Outcome::Response(body)) => {
            anyhow::ensure!(!body.is_empty(), "empty response");
            Ok(())
        }
        Some(Outcome::Error(error)) => anyhow::bail!("the function reported an error: {error}"),
        None => anyhow::bail!("the runtime API stopped"),
    }
}

fn summary(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    println!(
        "{name:>5}: min {:>8.2?}  median {:>8.2?}  p90 {:>8.2?}  max {:>8.2?}  (n={})",
        at(0.0),
        at(0.5),
        at(0.9),
        at(1.0),
        samples.len()
    );
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let event = std::fs::read_to_string(&args.event)?;
    serde_json::from_str::<serde_json::Value>(&event)?;
    let (mut colds, mut warms) = (Vec::new(), Vec::new());
    for _ in 0..args.runs.max(1) {
        let (cold, warm) = measure(&args, &event).await?;
        colds.push(cold);
        warms.push(warm);
    }
    println!("{} with {}", args.binary.display(), args.event.display());
    summary("cold", colds);
    summary("warm", warms);
    Ok(())
}
