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

use aws_lambda_events::sqs::{SqsBatchResponse, SqsEvent};
use serde_json::Value;
use uuid::Uuid;

use shared::s3_event::{ObjectRecord, S3Notification};
use shared::worker::{Delivery, WorkContext, WorkError};

use resume::{ParseError, ParsedResume, parse_document};

use crate::queries;

/// How long one file may take to parse. A batch holds up to five messages handled one after
/// another inside the function's 60 s timeout, so five slow files still leave time to record.
pub const PARSE_TIME_LIMIT: Duration = Duration::from_secs(10);

/// Parses that may begin for one file. Another delivery after this many means each of them
/// ended without recording anything (the worker died), so the file is failed, not parsed again.
pub const MAX_PARSE_ATTEMPTS: i32 = 2;

pub use resume::storage::{MAX_OBJECT_BYTES, object_key, parse_object_key};

/// This worker's queue: its uploads' notifications, and where it delays their retries.
pub const QUEUE_URL_VARIABLE: &str = "RESUME_UPLOAD_QUEUE_URL";

pub use shared::s3_event::{UploadWorker as State, UploadWorkerConfig as Config};

pub async fn handle_batch(state: &State, event: SqsEvent) -> SqsBatchResponse {
    state
        .run_batch(event, |notification, delivery| {
            parse_message(state, notification, delivery)
        })
        .await
}

/// One message: every record in it, each resume processed once.
#[tracing::instrument(skip_all)]
pub async fn parse_message(
    state: &State,
    notification: S3Notification,
    _: Delivery,
) -> Result<(), WorkError> {
    if let S3Notification::Test { .. } = notification {
        tracing::info!("S3 test event acknowledged");
    }
    // A record that needs a retry retries the whole message; the records already done are
    // no-ops the second time because their rows have left `processing`.
    notification
        .for_each_record(|record| parse_record(state, record))
        .await
}

/// What became of one record, for a caller that drives one record directly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    Parsed,
    Failed(String),
    Skipped(&'static str),
}

#[tracing::instrument(skip_all, fields(key = tracing::field::Empty))]
pub async fn parse_record(state: &State, record: &ObjectRecord) -> Result<Parsed, WorkError> {
    if !record.is_object_created() {
        return Ok(skipped("not an ObjectCreated event"));
    }
    let bucket = record.s3.bucket.name.as_str();
    let Some(key) = record.key() else {
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
        .transient("Failed to reach the database")?;
    let status: Option<String> = client
        .query_opt(queries::FIND_RESUME, &[&resume_id, &user_id])
        .await
        .transient("Failed to look up the resume")?
        .map(|row| row.try_get("status"))
        .transpose()
        .transient("Failed to read the resume's status")?;
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
            .transient("Failed to read the object")?
            .into_bytes(),
        Err(err)
            if err
                .as_service_error()
                .is_some_and(|err| err.is_no_such_key()) =>
        {
            return Ok(skipped("the object no longer exists"));
        }
        Err(err) => return Err(err).transient("Failed to get the object from S3"),
    };
    let attempts: Option<i32> = state
        .pool
        .get()
        .await
        .transient("Failed to reach the database")?
        .query_opt(queries::BEGIN_PARSE, &[&resume_id, &user_id])
        .await
        .transient("Failed to count the parse attempt")?
        .map(|row| row.try_get("parse_attempts"))
        .transpose()
        .transient("Failed to read the parse attempts")?;
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
) -> Result<Parsed, WorkError> {
    const RECORDING: &str = "Failed to record the parse result";
    let mut client = state
        .pool
        .get()
        .await
        .transient("Failed to reach the database")?;
    let tx = client.transaction().await.transient(RECORDING)?;
    let outcome = match result {
        Ok(parsed) => {
            let json = serde_json::to_value(&parsed).unwrap_or(Value::Null);
            let updated = tx
                .execute(queries::MARK_PARSED, &[&resume_id, &user_id, &json])
                .await
                .transient(RECORDING)?;
            if updated == 1 {
                tx.execute(queries::RECORD_USAGE, &[&user_id])
                    .await
                    .transient(RECORDING)?;
            }
            tracing::info!(%resume_id, "resume parsed");
            Parsed::Parsed
        }
        Err(err) => {
            let reason = err.to_string();
            tx.execute(queries::MARK_FAILED, &[&resume_id, &user_id, &reason])
                .await
                .transient(RECORDING)?;
            tracing::info!(%resume_id, %reason, "resume could not be parsed");
            Parsed::Failed(reason)
        }
    };
    tx.commit().await.transient(RECORDING)?;
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
}
