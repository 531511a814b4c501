//! `Idempotency-Key` for every signed-in `POST` (SPEC §2; IETF httpapi
//! draft-ietf-httpapi-idempotency-key-header), kept in the API table in DynamoDB.
//!
//! The first request with a key claims it with a conditional put; its final answer is stored
//! on the claim and replayed, with `Idempotent-Replayed: true`, to every repeat with the same
//! key and the same request (method, path, query, content type and body). A repeat with a
//! different request is 422; a repeat while the first is still running is 409. Keys are per
//! caller and kept 24 hours (DynamoDB TTL). An answer the client should simply retry (429,
//! any 5xx) releases the claim instead of being stored, as does an answer too large to store.
//!
//! The claim follows AWS Lambda Powertools' idempotency record: a claim still `in_progress`
//! after [`IN_FLIGHT_FOR`] belonged to an invocation that died (the gateway gives up after
//! 30 s), so the key can be claimed again.

use std::collections::HashMap;
use std::time::Duration;

use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::error::SdkError;
use aws_sdk_dynamodb::operation::put_item::PutItemError;
use aws_sdk_dynamodb::primitives::Blob;
use aws_sdk_dynamodb::types::AttributeValue;
use bytes::Bytes;
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::error::ApiError;

/// The request header naming the key.
pub const HEADER: &str = "idempotency-key";
/// The response header marking a replayed answer.
pub const REPLAYED_HEADER: &str = "idempotent-replayed";
/// How long a key and its answer are kept (published in the OpenAPI document).
pub const KEPT_FOR: Duration = Duration::from_secs(24 * 60 * 60);
/// How long a claim stays in flight before another request may take it over.
pub const IN_FLIGHT_FOR: Duration = Duration::from_secs(60);
/// The largest answer stored (a DynamoDB item holds at most 400 KB).
pub const MAX_STORED_BODY_BYTES: usize = 300 * 1024;
/// The most a key may be (the draft sets no bound; a UUID is 36).
pub const MAX_KEY_CHARS: usize = 255;

/// What [`parse_key`] accepts, for the OpenAPI document.
pub const KEY_PATTERN: &str = "^(\"[!#-~]{1,255}\"|[!#-~]{1,255})$";

/// `POST` routes that never take a key: their answer holds a secret shown once (an API key),
/// and only hashes of secrets are stored, so the answer cannot be kept for a replay.
pub const NEVER_STORED: &[&str] = &["/api-keys"];

/// Whether the `POST` at `path` takes a key: a signed-in one (sign-in itself has no caller to
/// scope a key to), except [`NEVER_STORED`]. The layer in `shared::web` and the OpenAPI
/// document (`shared::openapi`) both ask this.
pub fn takes_key(path: &str, operation: &utoipa::openapi::path::Operation) -> bool {
    !NEVER_STORED.contains(&path) && crate::openapi::is_authenticated(operation)
}

/// The key's own conflicts.
#[derive(Debug, thiserror::Error)]
pub enum IdempotencyConflict {
    #[error(
        "The first request with this Idempotency-Key is still running; repeat it once that one \
         has answered."
    )]
    KeyInUse,
}

crate::conflict_kinds!(IdempotencyConflict {
    KeyInUse => ("idempotency-key-in-use", "Idempotency key in use"),
});

/// The 422 for a key used before with a different request.
pub fn reused_key() -> ApiError {
    ApiError::validation(
        "Idempotency-Key",
        "was used for a different request (method, path, query or body); use a new key",
    )
}

/// The key as sent: an RFC 8941 sf-string (`"…"`) or, as most clients send it, the bare
/// token; printable ASCII without spaces, at most [`MAX_KEY_CHARS`].
pub fn parse_key(raw: &http::HeaderValue) -> Result<String, ApiError> {
    let text = raw.to_str().map_err(|_| invalid_key())?.trim();
    let key = text
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
        .unwrap_or(text);
    let printable = key
        .bytes()
        .all(|byte| byte.is_ascii_graphic() && byte != b'"');
    if key.is_empty() || key.len() > MAX_KEY_CHARS || !printable {
        return Err(invalid_key());
    }
    Ok(key.to_owned())
}

fn invalid_key() -> ApiError {
    ApiError::BadRequest(format!(
        "Idempotency-Key must be 1 to {MAX_KEY_CHARS} printable ASCII characters without \
         spaces or quotes (a UUID is best), optionally as a quoted string."
    ))
}

/// What identifies a request for its key: a repeat must match it exactly.
pub fn fingerprint(
    method: &http::Method,
    path_and_query: &str,
    content_type: Option<&str>,
    body: &[u8],
) -> String {
    let mut hash = Sha256::new();
    for part in [
        method.as_str().as_bytes(),
        path_and_query.as_bytes(),
        content_type.unwrap_or_default().as_bytes(),
    ] {
        hash.update((part.len() as u64).to_be_bytes());
        hash.update(part);
    }
    hash.update(body);
    hex::encode(hash.finalize())
}

/// A stored answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredResponse {
    pub status: u16,
    pub content_type: Option<String>,
    pub location: Option<String>,
    pub body: Bytes,
}

/// What claiming a key found.
#[derive(Debug)]
pub enum Claim {
    /// The key is ours: run the request, then [`IdempotencyStore::complete`] or
    /// [`IdempotencyStore::release`].
    Claimed,
    /// The request was answered before: replay this.
    Completed(StoredResponse),
    /// The first request with this key is still running.
    InFlight,
    /// The key was used for a different request.
    Mismatch,
}

/// Keys and answers in the API table.
#[derive(Clone)]
pub struct IdempotencyStore {
    client: Client,
    table: String,
}

const IN_PROGRESS: &str = "in_progress";
const COMPLETED: &str = "completed";

impl IdempotencyStore {
    pub fn new(client: Client, table: String) -> Self {
        Self { client, table }
    }

    fn item_key(user_id: Uuid, key: &str) -> AttributeValue {
        AttributeValue::S(format!("idempotency#{user_id}#{key}"))
    }

    /// Claims `key` for `user_id`'s request, or says what holds it.
    pub async fn claim(
        &self,
        user_id: Uuid,
        key: &str,
        fingerprint: &str,
        now: DateTime<Utc>,
    ) -> Result<Claim, ApiError> {
        let expires_at = now.timestamp() + KEPT_FOR.as_secs() as i64;
        let in_flight_until = now.timestamp_millis() + IN_FLIGHT_FOR.as_millis() as i64;
        let put = self
            .client
            .put_item()
            .table_name(&self.table)
            .item("pk", Self::item_key(user_id, key))
            .item("state", AttributeValue::S(IN_PROGRESS.to_owned()))
            .item("fingerprint", AttributeValue::S(fingerprint.to_owned()))
            .item("in_flight_until", number(in_flight_until))
            .item("expires_at", number(expires_at))
            // Free, expired (TTL deletes lazily), or abandoned by an invocation that died.
            .condition_expression(
                "attribute_not_exists(pk) OR expires_at < :now \
                 OR (#state = :in_progress AND in_flight_until < :now_ms)",
            )
            .expression_attribute_names("#state", "state")
            .expression_attribute_values(":now", number(now.timestamp()))
            .expression_attribute_values(":now_ms", number(now.timestamp_millis()))
            .expression_attribute_values(":in_progress", AttributeValue::S(IN_PROGRESS.into()))
            .send()
            .await;
        match put {
            Ok(_) => Ok(Claim::Claimed),
            Err(SdkError::ServiceError(failure))
                if matches!(
                    failure.err(),
                    PutItemError::ConditionalCheckFailedException(_)
                ) =>
            {
                self.holder(user_id, key, fingerprint).await
            }
            Err(err) => Err(store_down(err)),
        }
    }

    /// What holds a key another request claimed.
    async fn holder(&self, user_id: Uuid, key: &str, fingerprint: &str) -> Result<Claim, ApiError> {
        let found = self
            .client
            .get_item()
            .table_name(&self.table)
            .key("pk", Self::item_key(user_id, key))
            .consistent_read(true)
            .send()
            .await
            .map_err(store_down)?;
        // Released between our put and this read: the retry that follows may claim it.
        let Some(item) = found.item else {
            return Ok(Claim::InFlight);
        };
        if text(&item, "fingerprint") != Some(fingerprint) {
            return Ok(Claim::Mismatch);
        }
        if text(&item, "state") != Some(COMPLETED) {
            return Ok(Claim::InFlight);
        }
        let stored = stored_response(&item).ok_or_else(|| {
            ApiError::Unexpected(anyhow::anyhow!("idempotency record without its answer"))
        })?;
        Ok(Claim::Completed(stored))
    }

    /// Stores the answer on the claim, to be replayed until the key expires.
    pub async fn complete(
        &self,
        user_id: Uuid,
        key: &str,
        response: &StoredResponse,
    ) -> anyhow::Result<()> {
        let mut answer = HashMap::from([
            ("status".to_owned(), number(i64::from(response.status))),
            (
                "body".to_owned(),
                AttributeValue::B(Blob::new(response.body.to_vec())),
            ),
        ]);
        if let Some(content_type) = &response.content_type {
            answer.insert(
                "content_type".to_owned(),
                AttributeValue::S(content_type.clone()),
            );
        }
        if let Some(location) = &response.location {
            answer.insert("location".to_owned(), AttributeValue::S(location.clone()));
        }
        self.client
            .update_item()
            .table_name(&self.table)
            .key("pk", Self::item_key(user_id, key))
            .update_expression("SET #state = :completed, answer = :answer REMOVE in_flight_until")
            .expression_attribute_names("#state", "state")
            .expression_attribute_values(":completed", AttributeValue::S(COMPLETED.into()))
            .expression_attribute_values(":answer", AttributeValue::M(answer))
            .send()
            .await?;
        Ok(())
    }

    /// Gives the key back: the answer is one to retry, or cannot be stored.
    pub async fn release(&self, user_id: Uuid, key: &str) -> anyhow::Result<()> {
        self.client
            .delete_item()
            .table_name(&self.table)
            .key("pk", Self::item_key(user_id, key))
            .send()
            .await?;
        Ok(())
    }
}

fn number(value: i64) -> AttributeValue {
    AttributeValue::N(value.to_string())
}

fn text<'a>(item: &'a HashMap<String, AttributeValue>, name: &str) -> Option<&'a str> {
    item.get(name)
        .and_then(|value| value.as_s().ok())
        .map(String::as_str)
}

fn stored_response(item: &HashMap<String, AttributeValue>) -> Option<StoredResponse> {
    let answer = item.get("answer")?.as_m().ok()?;
    Some(StoredResponse {
        status: answer.get("status")?.as_n().ok()?.parse().ok()?,
        content_type: text(answer, "content_type").map(str::to_owned),
        location: text(answer, "location").map(str::to_owned),
        body: Bytes::copy_from_slice(answer.get("body")?.as_b().ok()?.as_ref()),
    })
}

fn store_down<E>(err: E) -> ApiError
where
    E: std::error::Error + Send + Sync + 'static,
{
    ApiError::DependencyDown {
        dependency: "idempotency store",
        source: anyhow::Error::new(err),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(raw: &str) -> Result<String, ApiError> {
        parse_key(&http::HeaderValue::from_str(raw).expect("header value"))
    }

    #[test]
    fn a_key_is_a_bare_token_or_an_sf_string() {
        let uuid = "8e0f1f8e-6f3c-4c4e-9d4c-2b0c8f6d1a77";
        assert_eq!(key(uuid).expect("bare"), uuid);
        assert_eq!(key(&format!("\"{uuid}\"")).expect("quoted"), uuid);
        assert_eq!(key("  abc:123_x.y  ").expect("trimmed"), "abc:123_x.y");
        assert_eq!(
            key(&"k".repeat(MAX_KEY_CHARS)).expect("longest").len(),
            MAX_KEY_CHARS
        );
        for bad in ["", "\"\"", "two words", "\"a\"b\"", "tab\there"] {
            assert!(key(bad).is_err(), "{bad:?} is not a key");
        }
        assert!(key(&"k".repeat(MAX_KEY_CHARS + 1)).is_err());
    }

    #[test]
    fn the_documented_pattern_is_what_parses() {
        let pattern = regex::Regex::new(KEY_PATTERN).expect("pattern");
        let longest = "k".repeat(MAX_KEY_CHARS);
        let too_long = "k".repeat(MAX_KEY_CHARS + 1);
        for sample in [
            "8e0f1f8e-6f3c-4c4e-9d4c-2b0c8f6d1a77",
            "\"quoted\"",
            "a!#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
            longest.as_str(),
            "",
            "\"\"",
            "two words",
            "\"a\"b\"",
            "ünïcode",
            too_long.as_str(),
        ] {
            assert_eq!(
                pattern.is_match(sample),
                key(sample).is_ok(),
                "{sample:?}: the pattern and the parser disagree"
            );
        }
    }

    #[test]
    fn the_fingerprint_tells_every_part_of_a_request_apart() {
        let base = fingerprint(
            &http::Method::POST,
            "/jobs",
            Some("application/json"),
            b"{}",
        );
        assert_eq!(
            base,
            fingerprint(
                &http::Method::POST,
                "/jobs",
                Some("application/json"),
                b"{}"
            )
        );
        for other in [
            fingerprint(&http::Method::PUT, "/jobs", Some("application/json"), b"{}"),
            fingerprint(
                &http::Method::POST,
                "/jobs?x=1",
                Some("application/json"),
                b"{}",
            ),
            fingerprint(&http::Method::POST, "/jobs", Some("text/csv"), b"{}"),
            fingerprint(&http::Method::POST, "/jobs", None, b"{}"),
            fingerprint(
                &http::Method::POST,
                "/jobs",
                Some("application/json"),
                b"{ }",
            ),
            // Parts are length-prefixed: moving bytes from one part to the next is a change.
            fingerprint(
                &http::Method::POST,
                "/job",
                Some("sapplication/json"),
                b"{}",
            ),
        ] {
            assert_ne!(base, other);
        }
    }
}
