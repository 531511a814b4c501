//! A DynamoDB stand-in on loopback for the per-IP and per-caller admission every API request
//! makes: it answers each `UpdateItem` at once as the first hit of a window, so the latency a
//! run measures is the function's own work and Postgres, not the emulator's Python (the runs
//! through the emulator's DynamoDB are measured too, as their own rows).

use std::convert::Infallible;
use std::net::SocketAddr;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::header::{CONTENT_TYPE, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

/// What `UpdateItem … ReturnValues UPDATED_NEW` answers for the first hit of a window.
const FIRST_HIT: &[u8] = br#"{"Attributes":{"hits":{"N":"1"}}}"#;

/// Serves until the process ends; returns the address.
pub async fn serve() -> anyhow::Result<SocketAddr> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let address = listener.local_addr()?;
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            tokio::spawn(async move {
                let service = service_fn(answer);
                let _ = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    Ok(address)
}

async fn answer(request: Request<Incoming>) -> Result<Response<Full<Bytes>>, Infallible> {
    // The request is read whole, as DynamoDB would, before answering.
    let _ = request.into_body().collect().await;
    let mut response = Response::new(Full::new(Bytes::from_static(FIRST_HIT)));
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("application/x-amz-json-1.0"),
    );
    Ok(response)
}
