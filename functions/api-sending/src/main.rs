use std::sync::Arc;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    shared::telemetry::init();
    let state = api_sending::AppState::build(api_sending::Config::from_env()?).await?;
    let (router, _) = api_sending::app(Arc::new(state));
    shared::web::run(router).await
}
