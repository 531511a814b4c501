use std::sync::Arc;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    shared::telemetry::init();
    let state = api_contacts::AppState::build(api_contacts::Config::from_env()?).await?;
    let (router, _) = api_contacts::app(Arc::new(state));
    shared::web::run(router).await
}
