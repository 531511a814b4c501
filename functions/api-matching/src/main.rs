use std::sync::Arc;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    shared::telemetry::init();
    let state = api_matching::AppState::build(api_matching::Config::from_env()?).await?;
    let (router, _) = api_matching::app(Arc::new(state));
    shared::web::run(router).await
}
