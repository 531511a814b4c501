//! The caller-visible audit trail of security and data events.

use serde_json::Value;
use uuid::Uuid;

use crate::error::{ApiError, Context};
use crate::queries;

/// Records an event; works on a plain client or inside a transaction so the entry commits with
/// the change it describes.
pub async fn record(
    client: &impl deadpool_postgres::GenericClient,
    user_id: Uuid,
    action: &str,
    detail: Value,
    source_ip: &str,
) -> Result<(), ApiError> {
    client
        .execute(
            queries::INSERT_AUDIT,
            &[&user_id, &action, &detail, &source_ip],
        )
        .await
        .context("Failed to write audit log")?;
    Ok(())
}
