//! Imports large contact CSVs uploaded to S3 with a presigned PUT (`POST /contacts/import-url`).
//! S3 ObjectCreated notifications for `imports/<user id>/<import id>.csv` arrive through SQS; the
//! import runs the same parse and upsert as `POST /contacts/import` (`contacts::import`) and
//! stores its report on the `contact_imports` row.
//!
//! Each import runs once: the row is claimed by moving it from `awaiting_upload` to `processing`
//! in one statement, and the contacts and the final status commit together. A transient failure
//! gives the claim back and retries through SQS; a crash leaves the row `processing`, which a
//! redelivery may reclaim once it is older than any run can last.

use aws_lambda_events::sqs::{SqsBatchResponse, SqsEvent};
use aws_sdk_s3::error::SdkError;
use aws_sdk_s3::operation::get_object::GetObjectError;
use serde_json::json;
use uuid::Uuid;

mod queries;

use contacts::import::{self, MAX_UPLOAD_BYTES};
use contacts::storage::parse_import_key;
use shared::db;
use shared::s3_event::S3Notification;
use shared::worker::{Delivery, WorkContext, WorkError};

/// This worker's queue: its uploads' notifications, and where it delays their retries.
pub const QUEUE_URL_VARIABLE: &str = "CONTACT_IMPORT_QUEUE_URL";

pub use shared::s3_event::{UploadWorker as State, UploadWorkerConfig as Config};

pub async fn handle_batch(state: &State, event: SqsEvent) -> SqsBatchResponse {
    state
        .run_batch(event, |notification, delivery| {
            import_message(state, notification, delivery)
        })
        .await
}

/// One SQS message: an S3 notification with one or more uploads (or S3's test event).
#[tracing::instrument(skip_all)]
pub async fn import_message(
    state: &State,
    notification: S3Notification,
    _: Delivery,
) -> Result<(), WorkError> {
    for record in notification.records() {
        let bucket = record.s3.bucket.name.as_str();
        let Some((key, (user_id, import_id))) = record
            .key()
            .and_then(|key| parse_import_key(&key).map(|ids| (key, ids)))
        else {
            tracing::warn!(key = record.s3.object.key, "not an import upload; ignoring");
            continue;
        };
        import_one(state, bucket, &key, user_id, import_id).await?;
    }
    Ok(())
}

#[tracing::instrument(skip(state, bucket, key))]
async fn import_one(
    state: &State,
    bucket: &str,
    key: &str,
    user_id: Uuid,
    import_id: Uuid,
) -> Result<(), WorkError> {
    let mut client = state
        .pool
        .get()
        .await
        .transient("Failed to reach the database")?;
    let claimed = client
        .query_opt(queries::CLAIM, &[&import_id, &user_id, &key])
        .await
        .transient("Failed to claim the import")?;
    if claimed.is_none() {
        tracing::info!(
            "no import awaiting this upload (unknown, finished or running); acknowledging"
        );
        return Ok(());
    }
    let result = run(state, &mut client, bucket, key, user_id, import_id).await;
    if let Err(err) = &result {
        tracing::warn!(error = %err, "import interrupted; giving the claim back");
        if let Err(err) = client.execute(queries::RELEASE, &[&import_id]).await {
            tracing::warn!(error = %err, "could not release the claim; a retry reclaims it later");
        }
    }
    result
}

async fn run(
    state: &State,
    client: &mut db::Client,
    bucket: &str,
    key: &str,
    user_id: Uuid,
    import_id: Uuid,
) -> Result<(), WorkError> {
    let object = match state.s3.get_object().bucket(bucket).key(key).send().await {
        Ok(object) => object,
        Err(SdkError::ServiceError(service))
            if matches!(service.err(), GetObjectError::NoSuchKey(_)) =>
        {
            return fail(
                client,
                import_id,
                "the uploaded file is no longer in storage",
            )
            .await;
        }
        Err(err) => return Err(err).transient("Failed to download the upload"),
    };
    if object.content_length().unwrap_or_default() > MAX_UPLOAD_BYTES {
        return fail(client, import_id, "the file is larger than 50 MB").await;
    }
    let bytes = object
        .body
        .collect()
        .await
        .transient("Failed to download the upload")?
        .into_bytes();
    let parsed = match import::parse(bytes.as_ref()) {
        Ok(parsed) => parsed,
        Err(err) => return fail(client, import_id, &err.to_string()).await,
    };
    let tx = client
        .transaction()
        .await
        .transient("Failed to reach the database")?;
    let applied = import::apply(&tx, user_id, &parsed.contacts)
        .await
        .transient("Failed to upsert the contacts")?;
    let report = import::report(&parsed, applied);
    let report_json = serde_json::to_value(&report).unwrap_or_default();
    tx.execute(queries::FINISH, &[&import_id, &report_json])
        .await
        .transient("Failed to record the report")?;
    shared::audit::record(
        &tx,
        user_id,
        "contacts.imported",
        json!({"import_id": import_id, "created": report.created, "updated": report.updated,
               "skipped": report.skipped}),
        "contact-import",
    )
    .await
    .transient("Failed to write the audit record")?;
    tx.commit().await.transient("Failed to commit the import")?;
    tracing::info!(
        created = report.created,
        updated = report.updated,
        skipped = report.skipped,
        errors = report.errors.len(),
        "import finished"
    );
    Ok(())
}

/// A permanent problem with the file: recorded on the import, nothing to retry.
async fn fail(client: &db::Client, import_id: Uuid, reason: &str) -> Result<(), WorkError> {
    tracing::warn!(reason, "import failed");
    client
        .execute(queries::FAIL, &[&import_id, &reason])
        .await
        .map(|_| ())
        .transient("Failed to record the failure")
}
