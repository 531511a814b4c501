#![recursion_limit = "256"]

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    shared::telemetry::init();
    let state = mail_worker::State::build(mail_worker::Config::from_env()?).await?;
    shared::worker::run(|batch| mail_worker::handle_batch(&state, batch)).await
}
