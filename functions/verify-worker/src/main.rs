#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    shared::telemetry::init();
    let state = verify_worker::State::build(verify_worker::Config::from_env()?).await?;
    shared::worker::run(|batch| verify_worker::handle_batch(&state, batch)).await
}
