//! The Lambda side: S3 ObjectCreated notifications arrive through SQS, one resume per object.
//!
//! Each object is read, parsed and its `resumes` row moved from `processing` to `parsed` (with
//! the JSON) or `failed` (with the reason). Parsing is deterministic, so a parse failure is
//! recorded and acknowledged, never retried; an S3 or database outage is retried through SQS;
//! a message that is not an S3 notification at all is poison and ends in the dead-letter queue.
//!
//! Parsing runs under [`PARSE_TIME_LIMIT`], and every parse that begins is counted on the row
//! first, so a file that kills the worker outright (memory, the Lambda timeout) is recognised
//! on its next delivery: after [`MAX_PARSE_ATTEMPTS`] it ends `failed` instead of cycling to
//! the dead-letter queue while its row stays `processing`.

use std::future::Future;
use std::time::Duration;

use aws_lambda_events::sqs::{SqsBatchResponse, SqsEvent, SqsMessage};
use serde::Deserialize;
use serde_json::Value;
use uuid::Uuid;

use shared::config;
use shared::db::{self, Pool};
use shared::worker::{Outcome, RetryQueue, backoff, process_batch, receive_count};

use resume::{ParseError, ParsedResume, parse_document};

/// How long one file may take to parse. A batch holds up to five messages handled one after
/// another inside the function's 60 s timeout, so five slow files still leave time to record.
pub const PARSE_TIME_LIMIT: Duration = Duration::from_secs(10);

/// Parses that may begin for one file. Another delivery after this many means each of them
/// ended without recording anything (the worker died), so the file is failed, not parsed again.
pub const MAX_PARSE_ATTEMPTS: i32 = 2;

pub use resume::storage::{MAX_OBJECT_BYTES, object_key, parse_object_key};

pub struct State {
    pub pool: Pool,
    pub s3: aws_sdk_s3::Client,
    pub sqs: aws_sdk_sqs::Client,
    pub queue_url: String,
}

impl State {
    pub async fn from_env() -> anyhow::Result<Self> {
        let database = config::DatabaseConfig::from_env()?;
        let queue_url = config::required("RESUME_UPLOAD_QUEUE_URL")?;
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
        parse_message(state, message)
    })
    .await
}

/// The parts of an S3 notification record the parser reads. `aws_lambda_events`' record type
/// also requires `userIdentity` and `requestParameters`, which we never read and the local
/// emulator leaves out, so records are read with only these fields.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ObjectRecord {
    #[serde(default)]
    pub event_name: String,
    pub s3: ObjectEntity,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ObjectEntity {
    pub bucket: BucketName,
    pub object: ObjectKey,
}

#[derive(Debug, Clone, Deserialize)]
pub struct BucketName {
    pub name: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ObjectKey {
    /// URL-encoded, as S3 writes keys into notifications (`+` for a space).
    pub key: String,
    #[serde(default)]
    pub size: Option<i64>,
}

#[derive(Deserialize)]
struct Records {
    #[serde(rename = "Records")]
    records: Vec<ObjectRecord>,
}

/// What one SQS message carries.
#[derive(Debug)]
pub enum Notification {
    /// S3 sends `s3:TestEvent` once when the notification is configured.
    Test,
    Records(Vec<ObjectRecord>),
}

/// Reads an SQS body as an S3 notification.
pub fn notification(body: &str) -> Result<Notification, String> {
    let value: Value =
        serde_json::from_str(body).map_err(|err| format!("body is not JSON: {err}"))?;
    if value.get("Event").and_then(Value::as_str) == Some("s3:TestEvent") {
        return Ok(Notification::Test);
    }
    if value
        .get("Records")
        .is_none_or(|records| !records.is_array())
    {
        return Err("body is not an S3 notification: no Records array".to_owned());
    }
    let records: Records =
        serde_json::from_value(value).map_err(|err| format!("malformed S3 notification: {err}"))?;
    Ok(Notification::Records(records.records))
}

/// Undoes the URL encoding of a key in a notification; `None` if it is not valid encoding.
pub fn decode_key(raw: &str) -> Option<String> {
    let bytes = raw.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'+' => decoded.push(b' '),
            b'%' => {
                let hex = std::str::from_utf8(bytes.get(index + 1..index + 3)?).ok()?;
                decoded.push(u8::from_str_radix(hex, 16).ok()?);
                index += 2;
            }
            byte => decoded.push(byte),
        }
        index += 1;
    }
    String::from_utf8(decoded).ok()
}

/// One message: every record in it, each resume processed once.
#[tracing::instrument(skip_all)]
pub async fn parse_message(state: &State, message: SqsMessage) -> Outcome {
    let attempt = receive_count(&message);
    let Some(body) = message.body.as_deref() else {
        return Outcome::Poison {
            reason: "message has no body".into(),
        };
    };
    let records = match notification(body) {
        Ok(Notification::Test) => {
            tracing::info!("S3 test event acknowledged");
            return Outcome::Done;
        }
        Ok(Notification::Records(records)) => records,
        Err(reason) => return Outcome::Poison { reason },
    };
    // A record that needs a retry retries the whole message; the records already done are
    // no-ops the second time because their rows have left `processing`.
    let mut retry: Option<String> = None;
    for record in &records {
        if let Err(Transient(reason)) = parse_record(state, record).await {
            retry.get_or_insert(reason);
        }
    }
    match retry {
        Some(reason) => Outcome::Retry {
            reason,
            after: backoff(attempt),
        },
        None => Outcome::Done,
    }
}

/// A failure worth retrying: S3 or the database is unavailable.
#[derive(Debug)]
pub struct Transient(pub String);

const FIND_RESUME: &str = "SELECT status FROM resumes WHERE id = $1 AND user_id = $2";

// The status guard makes a redelivered notification a no-op and the usage row below be
// written once per resume.
const MARK_PARSED: &str = "\
    UPDATE resumes SET status = 'parsed', parsed = $3, error = NULL, parsed_at = now() \
    WHERE id = $1 AND user_id = $2 AND status = 'processing'";

const MARK_FAILED: &str = "\
    UPDATE resumes SET status = 'failed', error = $3, parsed_at = now() \
    WHERE id = $1 AND user_id = $2 AND status = 'processing'";

// Committed before the file is parsed, so a parse that kills the worker still counts. The
// status guard leaves finished rows alone; no row back means there is nothing to parse.
const BEGIN_PARSE: &str = "\
    UPDATE resumes SET parse_attempts = parse_attempts + 1 \
    WHERE id = $1 AND user_id = $2 AND status = 'processing' RETURNING parse_attempts";

const RECORD_USAGE: &str = "INSERT INTO usage_events (user_id, kind) VALUES ($1, 'resume_parse')";

/// What became of one record, for a caller that drives one record directly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    Parsed,
    Failed(String),
    Skipped(&'static str),
}

#[tracing::instrument(skip_all, fields(key = tracing::field::Empty))]
pub async fn parse_record(state: &State, record: &ObjectRecord) -> Result<Parsed, Transient> {
    if !record.event_name.starts_with("ObjectCreated") {
        return Ok(skipped("not an ObjectCreated event"));
    }
    let bucket = record.s3.bucket.name.as_str();
    let Some(key) = decode_key(&record.s3.object.key) else {
        return Ok(skipped("the key is not valid URL encoding"));
    };
    let key = key.as_str();
    tracing::Span::current().record("key", key);
    let Some((user_id, resume_id)) = parse_object_key(key) else {
        return Ok(skipped("not a resume key"));
    };

    let client = state
        .pool
        .get()
        .await
        .map_err(|err| Transient(format!("database unavailable: {err}")))?;
    let status: Option<String> = client
        .query_opt(FIND_RESUME, &[&resume_id, &user_id])
        .await
        .map_err(|err| Transient(format!("resume lookup failed: {err}")))?
        .map(|row| row.get(0));
    match status.as_deref() {
        None => return Ok(skipped("no resume row for this object")),
        Some("processing") => {}
        Some(_) => return Ok(skipped("already processed")),
    }
    drop(client);

    if record
        .s3
        .object
        .size
        .is_some_and(|size| size > MAX_OBJECT_BYTES)
    {
        let reason = ParseError::Unsupported(format!(
            "The file is larger than {} MB; upload a smaller one.",
            MAX_OBJECT_BYTES / (1024 * 1024)
        ));
        return record_result(state, user_id, resume_id, Err(reason)).await;
    }
    let bytes = match state.s3.get_object().bucket(bucket).key(key).send().await {
        Ok(object) => object
            .body
            .collect()
            .await
            .map_err(|err| Transient(format!("reading the object failed: {err}")))?
            .into_bytes(),
        Err(err)
            if err
                .as_service_error()
                .is_some_and(|err| err.is_no_such_key()) =>
        {
            return Ok(skipped("the object no longer exists"));
        }
        Err(err) => return Err(Transient(format!("S3 GetObject failed: {err}"))),
    };
    let attempts: Option<i32> = state
        .pool
        .get()
        .await
        .map_err(|err| Transient(format!("database unavailable: {err}")))?
        .query_opt(BEGIN_PARSE, &[&resume_id, &user_id])
        .await
        .map_err(|err| Transient(format!("counting the parse attempt failed: {err}")))?
        .map(|row| row.try_get(0))
        .transpose()
        .map_err(|err| Transient(format!("reading the parse attempt failed: {err}")))?;
    let result = match attempts {
        None => return Ok(skipped("already processed")),
        Some(attempts) if attempts > MAX_PARSE_ATTEMPTS => Err(gave_up()),
        Some(_) => {
            // Parsing is CPU-bound; off the async threads it cannot stall the runtime's timers.
            with_time_limit(
                PARSE_TIME_LIMIT,
                tokio::task::spawn_blocking(move || parse_document(&bytes)),
            )
            .await
        }
    };
    record_result(state, user_id, resume_id, result).await
}

/// What a file that ended [`MAX_PARSE_ATTEMPTS`] parses without an answer is failed with.
pub fn gave_up() -> ParseError {
    ParseError::TooSlow(
        "The file stopped the parser twice without a result; it may be damaged or unusually \
         complex. Save it again (or export it as PDF) and upload the new file, or upload a TXT \
         file."
            .to_owned(),
    )
}

/// Waits for a parse on the blocking pool for at most `limit`.
///
/// A blocking task cannot be cancelled: past the limit the row is failed and the thread left
/// to finish on its own, its result discarded (the row has left `processing`). What it can
/// still cost is bounded by the extractors' own budgets: a 20 MB object, and for DOCX the
/// decompressed-size and part-count caps. A panic in the parser is a damaged file.
pub async fn with_time_limit<F>(limit: Duration, parse: F) -> Result<ParsedResume, ParseError>
where
    F: Future<Output = Result<Result<ParsedResume, ParseError>, tokio::task::JoinError>>,
{
    match tokio::time::timeout(limit, parse).await {
        Ok(Ok(result)) => result,
        Ok(Err(_)) => Err(ParseError::Corrupt(
            "The file could not be read; it may be damaged.".to_owned(),
        )),
        Err(_) => Err(ParseError::TooSlow(format!(
            "Reading the file took longer than {} seconds; it may be damaged or unusually \
             complex. Save it again (or export it as PDF) and upload the new file.",
            limit.as_secs()
        ))),
    }
}

async fn record_result(
    state: &State,
    user_id: Uuid,
    resume_id: Uuid,
    result: Result<ParsedResume, ParseError>,
) -> Result<Parsed, Transient> {
    let database =
        |err: tokio_postgres::Error| Transient(format!("recording the result failed: {err}"));
    let mut client = state
        .pool
        .get()
        .await
        .map_err(|err| Transient(format!("database unavailable: {err}")))?;
    let tx = client.transaction().await.map_err(database)?;
    let outcome = match result {
        Ok(parsed) => {
            let json = serde_json::to_value(&parsed).unwrap_or(Value::Null);
            let updated = tx
                .execute(MARK_PARSED, &[&resume_id, &user_id, &json])
                .await
                .map_err(database)?;
            if updated == 1 {
                tx.execute(RECORD_USAGE, &[&user_id])
                    .await
                    .map_err(database)?;
            }
            tracing::info!(%resume_id, "resume parsed");
            Parsed::Parsed
        }
        Err(err) => {
            let reason = err.to_string();
            tx.execute(MARK_FAILED, &[&resume_id, &user_id, &reason])
                .await
                .map_err(database)?;
            tracing::info!(%resume_id, %reason, "resume could not be parsed");
            Parsed::Failed(reason)
        }
    };
    tx.commit().await.map_err(database)?;
    Ok(outcome)
}

fn skipped(reason: &'static str) -> Parsed {
    tracing::warn!(reason, "record skipped");
    Parsed::Skipped(reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_other_keys_are_not_resumes() {
        let (user, resume) = (Uuid::new_v4(), Uuid::new_v4());
        assert_eq!(
            parse_object_key(&object_key(user, resume)),
            Some((user, resume))
        );
        for key in [
            "users/x/resumes/y",
            &format!("users/{user}/imports/{resume}"),
            &format!("users/{user}/resumes/{resume}/extra"),
            &format!("other/{user}/resumes/{resume}"),
            "",
        ] {
            assert_eq!(parse_object_key(key), None, "{key}");
        }
    }

    #[test]
    fn test_events_records_and_garbage_are_told_apart() {
        let test = r#"{"Service":"Amazon S3","Event":"s3:TestEvent","Time":"2026-01-01T00:00:00.000Z","Bucket":"b","RequestId":"r","HostId":"h"}"#;
        assert!(matches!(notification(test), Ok(Notification::Test)));
        let created = r#"{"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1",
            "eventTime":"2026-01-01T00:00:00.000Z","eventName":"ObjectCreated:Put",
            "userIdentity":{"principalId":"p"},"requestParameters":{"sourceIPAddress":"1.2.3.4"},
            "responseElements":{},"s3":{"s3SchemaVersion":"1.0","configurationId":"c",
            "bucket":{"name":"b","ownerIdentity":{"principalId":"p"},"arn":"arn:aws:s3:::b"},
            "object":{"key":"users/k","size":3,"eTag":"e","sequencer":"1"}}}]}"#;
        match notification(created) {
            Ok(Notification::Records(records)) => {
                assert_eq!(records.len(), 1);
                assert_eq!(records[0].s3.object.key, "users/k");
                assert_eq!(records[0].s3.object.size, Some(3));
            }
            other => panic!("{other:?}"),
        }
        // What the local emulator sends: fewer fields, `/` encoded.
        let sparse = r#"{"Records":[{"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"b"},
            "object":{"key":"users%2Fa%2Fresumes%2Fb","size":5}}}]}"#;
        assert!(
            matches!(notification(sparse), Ok(Notification::Records(records)) if records.len() == 1)
        );
        for garbage in [
            "",
            "nope",
            "{}",
            r#"{"Records":3}"#,
            "[]",
            r#"{"Records":[{}]}"#,
        ] {
            assert!(notification(garbage).is_err(), "{garbage}");
        }
    }

    #[tokio::test]
    async fn a_parse_past_the_time_limit_is_failed_and_a_crashed_one_is_corrupt() {
        let never = std::future::pending();
        let result = with_time_limit(Duration::from_millis(10), never).await;
        assert!(
            matches!(&result, Err(ParseError::TooSlow(reason)) if reason.contains("longer than")),
            "{result:?}"
        );
        let crashed = tokio::task::spawn_blocking(|| -> Result<ParsedResume, ParseError> {
            panic!("extractor bug")
        });
        let result = with_time_limit(Duration::from_secs(60), crashed).await;
        assert!(matches!(result, Err(ParseError::Corrupt(_))), "{result:?}");
        let quick = tokio::task::spawn_blocking(|| Ok(resume::parse_text("Jane Doe")));
        let result = with_time_limit(Duration::from_secs(60), quick).await;
        assert!(result.is_ok(), "{result:?}");
    }

    #[test]
    fn notification_keys_are_url_decoded() {
        assert_eq!(
            decode_key("users%2Fa%2Fresumes%2Fb").as_deref(),
            Some("users/a/resumes/b")
        );
        assert_eq!(
            decode_key("users/a/my+cv%C3%A9").as_deref(),
            Some("users/a/my cvé")
        );
        assert_eq!(decode_key("bad%2"), None);
        assert_eq!(decode_key("bad%zz"), None);
    }
}
