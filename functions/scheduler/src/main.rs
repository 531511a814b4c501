use lambda_runtime::{Error, LambdaEvent, service_fn};

#[tokio::main]
async fn main() -> Result<(), Error> {
    shared::telemetry::init();
    let state = scheduler::State::build(scheduler::Config::from_env()?).await?;
    let state = &state;
    lambda_runtime::run(service_fn(
        move |_event: LambdaEvent<serde_json::Value>| async move {
            scheduler::tick(state, chrono::Utc::now())
                .await
                .map_err(Error::from)
        },
    ))
    .await
}
