//! Cold-start benchmark for function binaries, side by side.
//!
//! Serves a minimal Lambda Runtime API on loopback, spawns a binary against it (as Lambda
//! does), hands it one event and times process spawn → first response (cold), then a second
//! event to the same process (warm). Each round starts every case once, in turn, so drift on a
//! shared machine lands on all of them alike; the table gives each case's medians and its cold
//! start as a ratio to the first case (the reference, e.g. a bare hello). Binaries read the rest
//! of their configuration from the environment (e.g. the local stack's env file).

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
    /// `NAME=BINARY=EVENT`: a label, the function binary (e.g. target/release/api-health) and
    /// the event each of its invocations receives. The first case is the reference.
    #[arg(long = "case", required = true, value_parser = parse_case)]
    cases: Vec<Case>,
    /// Cold starts to measure per case.
    #[arg(long, default_value_t = 20)]
    runs: usize,
}

#[derive(Clone)]
struct Case {
    name: String,
    binary: PathBuf,
    event: String,
}

fn parse_case(raw: &str) -> Result<Case, String> {
    let mut parts = raw.splitn(3, '=');
    let (Some(name), Some(binary), Some(event)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(format!("expected NAME=BINARY=EVENT, got {raw:?}"));
    };
    let event = std::fs::read_to_string(event).map_err(|err| format!("{event}: {err}"))?;
    serde_json::from_str::<serde_json::Value>(&event).map_err(|err| format!("{raw}: {err}"))?;
    Ok(Case {
        name: name.to_owned(),
        binary: PathBuf::from(binary),
        event,
    })
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
async fn measure(case: &Case) -> anyhow::Result<(Duration, Duration)> {
    let (address, events, mut outcomes) = start_runtime_api().await?;
    events.send(case.event.clone()).await?;
    let started = Instant::now();
    let mut child = tokio::process::Command::new(&case.binary)
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
    events.send(case.event.clone()).await?;
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

fn quantile(samples: &mut [Duration], q: f64) -> Duration {
    samples.sort();
    samples[((samples.len() - 1) as f64 * q).round() as usize]
}

fn milliseconds(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let mut samples = vec![(Vec::new(), Vec::new()); args.cases.len()];
    for _ in 0..args.runs.max(1) {
        for (case, (colds, warms)) in args.cases.iter().zip(&mut samples) {
            let (cold, warm) = measure(case)
                .await
                .map_err(|err| anyhow::anyhow!("{}: {err:#}", case.name))?;
            colds.push(cold);
            warms.push(warm);
        }
    }
    let reference = milliseconds(quantile(&mut samples[0].0, 0.5));
    println!(
        "| function | cold median (ms) | cold p90 (ms) | × {} | warm median (ms) |",
        args.cases[0].name
    );
    println!("|---|---:|---:|---:|---:|");
    for (case, (colds, warms)) in args.cases.iter().zip(&mut samples) {
        let cold = milliseconds(quantile(colds, 0.5));
        println!(
            "| {} | {cold:.2} | {:.2} | {:.1} | {:.2} |",
            case.name,
            milliseconds(quantile(colds, 0.9)),
            cold / reference,
            milliseconds(quantile(warms, 0.5)),
        );
    }
    println!(
        "({} cold starts per function, taken in turn)",
        args.runs.max(1)
    );
    Ok(())
}
