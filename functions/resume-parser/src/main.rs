#![recursion_limit = "256"]

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    shared::telemetry::init();
    let state = resume_parser::worker::State::build(resume_parser::worker::Config::from_env(
        resume_parser::worker::QUEUE_URL_VARIABLE,
    )?)
    .await?;
    shared::worker::run(|batch| resume_parser::worker::handle_batch(&state, batch)).await
}
