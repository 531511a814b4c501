use std::sync::Arc;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    shared::telemetry::init();
    let state = api_health::AppState::build(api_health::Config::from_env()?).await?;
    let (router, _) = api_health::app(Arc::new(state));
    shared::web::run(router).await
}
