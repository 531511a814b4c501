//! The smallest HTTP function `lambda_http` can run: it answers every request with a fixed
//! body. `scripts/bench-cold-start.sh` starts it beside our functions, so their cold start and
//! package size are always read as a ratio against it on the same machine in the same run.

use lambda_http::{Body, Error, Request, Response, service_fn};

async fn hello(_request: Request) -> Result<Response<Body>, Error> {
    Ok(Response::builder()
        .status(200)
        .header("content-type", "text/plain")
        .body(Body::from("hello"))?)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    lambda_http::run(service_fn(hello)).await
}
