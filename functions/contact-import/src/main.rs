#![recursion_limit = "256"]

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    shared::telemetry::init();
    let state = contact_import::State::build(contact_import::Config::from_env(
        contact_import::QUEUE_URL_VARIABLE,
    )?)
    .await?;
    shared::worker::run(|batch| contact_import::handle_batch(&state, batch)).await
}
