use std::sync::Arc;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    shared::telemetry::init();
    let state = api_auth::AppState::build(api_auth::Config::from_env()?).await?;
    let (router, _) = api_auth::app(Arc::new(state));
    shared::web::run(router).await
}
