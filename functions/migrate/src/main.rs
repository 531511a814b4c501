//! Applies pending migrations. In AWS it is a Lambda invoked once after each deploy; run
//! anywhere else (no Lambda runtime API in the environment) it migrates once and exits, which is
//! how the local stack and the tests use it.

use lambda_runtime::{Error, LambdaEvent, service_fn};
use serde_json::{Value, json};

use shared::config::{self, DatabaseConfig};
use shared::db::{self, Pool};

async fn apply(pool: &Pool) -> anyhow::Result<Value> {
    let applied = db::migrate(pool).await?;
    tracing::info!(?applied, "migrations applied");
    Ok(json!({ "applied": applied }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    shared::telemetry::init();
    let pool = db::pool(&DatabaseConfig::from_env()?)?;
    if config::optional("AWS_LAMBDA_RUNTIME_API").is_none() {
        apply(&pool).await?;
        return Ok(());
    }
    let pool = &pool;
    lambda_runtime::run(service_fn(move |_event: LambdaEvent<Value>| async move {
        apply(pool).await.map_err(Error::from)
    }))
    .await
}
