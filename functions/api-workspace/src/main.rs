#![recursion_limit = "256"]

use lambda_http::{Error, service_fn};

#[tokio::main]
async fn main() -> Result<(), Error> {
    shared::telemetry::init();
    let state = api_workspace::State::from_env().await?;
    let state = &state;
    lambda_http::run(service_fn(move |req| async move {
        Ok::<_, std::convert::Infallible>(api_workspace::handle(state, req).await)
    }))
    .await
}
