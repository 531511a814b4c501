use aws_lambda_events::eventbridge::EventBridgeEvent;
use lambda_runtime::{Error, LambdaEvent, service_fn};

#[tokio::main]
async fn main() -> Result<(), Error> {
    shared::telemetry::init();
    let state = maintenance::State::from_env()?;
    let state = &state;
    lambda_runtime::run(service_fn(
        move |event: LambdaEvent<EventBridgeEvent>| async move {
            tracing::info!(scheduled_for = ?event.payload.time, "scheduled run");
            maintenance::run(state).await.map_err(Error::from)
        },
    ))
    .await
}
