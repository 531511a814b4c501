#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    shared::telemetry::init();
    let state = reply_worker::State::build(reply_worker::Config::from_env()?).await?;
    shared::worker::run(|batch| reply_worker::handle_batch(&state, batch)).await
}
