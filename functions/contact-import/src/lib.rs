//! Imports large contact CSVs uploaded to S3 with a presigned PUT (`POST /contacts/import-url`).
//! S3 ObjectCreated notifications for `imports/<user id>/<import id>.csv` arrive through SQS; the
//! import runs the same parse and upsert as `POST /contacts/import` (`contacts::import`) and
//! stores its report on the `contact_imports` row.
//!
//! Each import runs once: the row is claimed by moving it from `awaiting_upload` to `processing`
//! in one statement, and the contacts and the final status commit together. A transient failure
//! gives the claim back and retries through SQS; a crash leaves the row `processing`, which a
//! redelivery may reclaim once it is older than any run can last.

use aws_lambda_events::sqs::{SqsBatchResponse, SqsEvent, SqsMessage};
use aws_sdk_s3::error::SdkError;
use aws_sdk_s3::operation::get_object::GetObjectError;
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use contacts::import::{self, MAX_UPLOAD_BYTES};
use shared::config;
use shared::db::{self, Pool};
use shared::worker::{Outcome, RetryQueue, backoff, process_batch, receive_count};

pub struct State {
    pub pool: Pool,
    pub s3: aws_sdk_s3::Client,
    pub sqs: aws_sdk_sqs::Client,
    pub queue_url: String,
}

impl State {
    pub async fn from_env() -> anyhow::Result<Self> {
        let database = config::DatabaseConfig::from_env()?;
        let queue_url = config::required("CONTACT_IMPORT_QUEUE_URL")?;
        let aws = shared::aws::load().await;
        Ok(Self {
            pool: db::pool(&database)?,
            s3: shared::aws::s3(&aws),
            sqs: shared::aws::sqs(&aws),
            queue_url,
        })
    }
}

pub async fn handle_batch(state: &State, event: SqsEvent) -> SqsBatchResponse {
    let retry_queue = RetryQueue {
        client: &state.sqs,
        queue_url: &state.queue_url,
    };
    process_batch(event, Some(retry_queue), |message| {
        import_message(state, message)
    })
    .await
}

// A row left `processing` by a crashed run is reclaimable after 15 minutes, the longest a Lambda
// can run, so two runs of one import never overlap.
const CLAIM: &str = "\
    UPDATE contact_imports SET status = 'processing', started_at = now() \
    WHERE id = $1 AND user_id = $2 AND s3_key = $3 \
      AND (status = 'awaiting_upload' \
           OR (status = 'processing' AND started_at < now() - interval '15 minutes')) \
    RETURNING id";

const RELEASE: &str = "\
    UPDATE contact_imports SET status = 'awaiting_upload' WHERE id = $1 AND status = 'processing'";

const FINISH: &str = "\
    UPDATE contact_imports SET status = 'done', report = $2, finished_at = now() WHERE id = $1";

const FAIL: &str = "\
    UPDATE contact_imports SET status = 'failed', error = $2, finished_at = now() WHERE id = $1";

/// The part of an S3 event notification this worker needs. Parsed leniently (not with
/// `aws_lambda_events::s3::S3Event`, which requires fields such as `userIdentity` that emulators
/// leave out), because only the bucket and key matter.
#[derive(Debug, Deserialize)]
struct Notification {
    #[serde(rename = "Records")]
    records: Vec<NotificationRecord>,
}

#[derive(Debug, Deserialize)]
struct NotificationRecord {
    s3: S3Entity,
}

#[derive(Debug, Deserialize)]
struct S3Entity {
    bucket: Named,
    object: Key,
}

#[derive(Debug, Deserialize)]
struct Named {
    name: String,
}

#[derive(Debug, Deserialize)]
struct Key {
    key: String,
}

/// Keys in S3 notifications are URL-encoded (`+` for a space); emulators encode `/` too.
pub fn decode_key(raw: &str) -> String {
    let spaced = raw.replace('+', " ");
    percent_encoding::percent_decode_str(&spaced)
        .decode_utf8_lossy()
        .into_owned()
}

/// `imports/<user id>/<import id>.csv`, the only keys `POST /contacts/import-url` hands out.
pub fn parse_key(key: &str) -> Option<(Uuid, Uuid)> {
    let rest = key.strip_prefix("imports/")?;
    let (user, file) = rest.split_once('/')?;
    let import = file.strip_suffix(".csv")?;
    Some((Uuid::try_parse(user).ok()?, Uuid::try_parse(import).ok()?))
}

/// One SQS message: an S3 event with one or more records (or S3's test event, acknowledged).
#[tracing::instrument(skip_all)]
pub async fn import_message(state: &State, message: SqsMessage) -> Outcome {
    let attempt = receive_count(&message);
    let Some(body) = message.body.as_deref() else {
        return Outcome::Poison {
            reason: "message has no body".into(),
        };
    };
    let value: serde_json::Value = match serde_json::from_str(body) {
        Ok(value) => value,
        Err(err) => {
            return Outcome::Poison {
                reason: format!("not JSON: {err}"),
            };
        }
    };
    if value.get("Event").and_then(serde_json::Value::as_str) == Some("s3:TestEvent") {
        return Outcome::Done;
    }
    let event: Notification = match serde_json::from_value(value) {
        Ok(event) => event,
        Err(err) => {
            return Outcome::Poison {
                reason: format!("not an S3 event: {err}"),
            };
        }
    };
    for record in &event.records {
        let bucket = record.s3.bucket.name.as_str();
        let key = decode_key(&record.s3.object.key);
        let key = key.as_str();
        let Some((user_id, import_id)) = parse_key(key) else {
            tracing::warn!(key, "not an import upload; ignoring");
            continue;
        };
        if let Err(Transient(reason)) = import_one(state, bucket, key, user_id, import_id).await {
            return Outcome::Retry {
                reason,
                after: backoff(attempt),
            };
        }
    }
    Outcome::Done
}

/// A failure worth retrying: the database or S3 is unavailable.
struct Transient(String);

fn transient(what: &'static str) -> impl Fn(&dyn std::fmt::Display) -> Transient {
    move |err| Transient(format!("{what}: {err}"))
}

#[tracing::instrument(skip(state, bucket, key))]
async fn import_one(
    state: &State,
    bucket: &str,
    key: &str,
    user_id: Uuid,
    import_id: Uuid,
) -> Result<(), Transient> {
    let mut client = state
        .pool
        .get()
        .await
        .map_err(|err| transient("database unavailable")(&err))?;
    let claimed = client
        .query_opt(CLAIM, &[&import_id, &user_id, &key])
        .await
        .map_err(|err| transient("claim failed")(&err))?;
    if claimed.is_none() {
        tracing::info!(
            "no import awaiting this upload (unknown, finished or running); acknowledging"
        );
        return Ok(());
    }
    let result = run(state, &mut client, bucket, key, user_id, import_id).await;
    if let Err(Transient(reason)) = &result {
        tracing::warn!(%reason, "import interrupted; giving the claim back");
        if let Err(err) = client.execute(RELEASE, &[&import_id]).await {
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
) -> Result<(), Transient> {
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
        Err(err) => return Err(transient("S3 download failed")(&err)),
    };
    if object.content_length().unwrap_or_default() > MAX_UPLOAD_BYTES {
        return fail(client, import_id, "the file is larger than 50 MB").await;
    }
    let bytes = object
        .body
        .collect()
        .await
        .map_err(|err| transient("S3 download failed")(&err))?
        .into_bytes();
    let parsed = match import::parse(bytes.as_ref()) {
        Ok(parsed) => parsed,
        Err(err) => return fail(client, import_id, &err.to_string()).await,
    };
    let tx = client
        .transaction()
        .await
        .map_err(|err| transient("database unavailable")(&err))?;
    let applied = import::apply(&tx, user_id, &parsed.contacts)
        .await
        .map_err(|err| transient("upsert failed")(&err))?;
    let report = import::report(&parsed, applied);
    let report_json = serde_json::to_value(&report).unwrap_or_default();
    tx.execute(FINISH, &[&import_id, &report_json])
        .await
        .map_err(|err| transient("recording the report failed")(&err))?;
    shared::audit::record(
        &tx,
        user_id,
        "contacts.imported",
        json!({"import_id": import_id, "created": report.created, "updated": report.updated,
               "skipped": report.skipped}),
        "contact-import",
    )
    .await
    .map_err(|err| transient("audit failed")(&err))?;
    tx.commit()
        .await
        .map_err(|err| transient("commit failed")(&err))?;
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
async fn fail(client: &db::Client, import_id: Uuid, reason: &str) -> Result<(), Transient> {
    tracing::warn!(reason, "import failed");
    client
        .execute(FAIL, &[&import_id, &reason])
        .await
        .map(|_| ())
        .map_err(|err| transient("recording the failure failed")(&err))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_import_keys_are_recognised() {
        let user = Uuid::new_v4();
        let import = Uuid::new_v4();
        assert_eq!(
            parse_key(&format!("imports/{user}/{import}.csv")),
            Some((user, import))
        );
        assert_eq!(parse_key(&format!("users/{user}/{import}.pdf")), None);
        assert_eq!(parse_key(&format!("imports/{user}/../{import}.csv")), None);
        let encoded = format!("imports%2F{user}%2F{import}.csv");
        assert_eq!(parse_key(&decode_key(&encoded)), Some((user, import)));
    }
}
