use lambda_runtime::{Error, LambdaEvent, service_fn};

#[tokio::main]
async fn main() -> Result<(), Error> {
    shared::telemetry::init();
    let config = maintenance::Config::from_env()?;
    let state = maintenance::State::build(&config)?;
    let mail = maintenance::Mail::build(&config).await;
    let (state, mail) = (&state, &mail);
    lambda_runtime::run(service_fn(
        move |event: LambdaEvent<maintenance::Task>| async move {
            tracing::info!(task = ?event.payload, "scheduled run");
            let function_name = &event.context.env_config.function_name;
            maintenance::run_task(state, mail, event.payload, function_name)
                .await
                .map_err(Error::from)
        },
    ))
    .await
}
