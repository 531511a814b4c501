#![recursion_limit = "256"]

use std::sync::Arc;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    shared::telemetry::init();
    let state = api_workspace::AppState::build(api_workspace::Config::from_env()?).await?;
    let (router, _) = api_workspace::app(Arc::new(state));
    shared::web::run(router).await
}
