//! S3 event notifications as they reach a worker through SQS: the contract between a bucket's
//! notification configuration and every function that reacts to uploads.

use std::future::Future;

use aws_lambda_events::sqs::{SqsBatchResponse, SqsEvent};
use serde::Deserialize;

use crate::config::{self, ConfigError, DatabaseConfig};
use crate::db::{self, Pool};
use crate::worker::{Delivery, RetryQueue, WorkError, run_batch};

/// What a worker that reacts to uploads holds (contact import, resume parsing): the bucket's
/// notifications reach it through its own SQS queue, which is also where it delays retries.
pub struct UploadWorker {
    pub pool: Pool,
    pub s3: aws_sdk_s3::Client,
    pub sqs: aws_sdk_sqs::Client,
    pub queue_url: String,
}

/// What an upload worker reads from its environment, once per cold start.
#[derive(Debug, Clone)]
pub struct UploadWorkerConfig {
    pub database: DatabaseConfig,
    pub queue_url: String,
}

impl UploadWorkerConfig {
    /// `queue_url_variable` names the variable holding the worker's own queue.
    pub fn from_env(queue_url_variable: &'static str) -> Result<Self, ConfigError> {
        Ok(Self {
            database: DatabaseConfig::from_env()?,
            queue_url: config::required(queue_url_variable)?,
        })
    }
}

impl UploadWorker {
    /// The pool and clients, built once; `main` and the tests both build the worker here.
    pub async fn build(config: UploadWorkerConfig) -> anyhow::Result<Self> {
        let aws = crate::aws::load();
        Ok(Self {
            pool: db::pool(&config.database)?,
            s3: crate::aws::s3(&aws),
            sqs: crate::aws::sqs(&aws),
            queue_url: config.queue_url,
        })
    }

    /// Runs `unit` on each notification of the batch ([`run_batch`]), delaying retries on
    /// this worker's queue.
    pub async fn run_batch<F, Fut>(&self, event: SqsEvent, unit: F) -> SqsBatchResponse
    where
        F: Fn(S3Notification, Delivery) -> Fut,
        Fut: Future<Output = Result<(), WorkError>>,
    {
        let retry_queue = RetryQueue {
            client: &self.sqs,
            queue_url: &self.queue_url,
        };
        run_batch(event, Some(retry_queue), unit).await
    }
}

/// What one SQS message from an S3 notification carries.
///
/// Records are read with only the fields we use: `aws_lambda_events`' record type also
/// requires `userIdentity` and `requestParameters`, which we never read and the local
/// emulator leaves out.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum S3Notification {
    Records {
        #[serde(rename = "Records")]
        records: Vec<ObjectRecord>,
    },
    /// S3 sends `s3:TestEvent` once when the notification is configured.
    Test {
        #[serde(rename = "Event")]
        event: TestEvent,
    },
}

#[derive(Debug, Clone, Copy, Deserialize)]
pub enum TestEvent {
    #[serde(rename = "s3:TestEvent")]
    TestEvent,
}

impl S3Notification {
    /// The records of the message; none for S3's test event.
    pub fn records(&self) -> &[ObjectRecord] {
        match self {
            Self::Records { records } => records,
            Self::Test { .. } => &[],
        }
    }

    /// Runs `handle` on every record, all of them even when one fails, and answers the first
    /// failure: the message is then retried whole, so `handle` must make a record it already
    /// handled a no-op.
    pub async fn for_each_record<'a, F, Fut, T>(&'a self, mut handle: F) -> Result<(), WorkError>
    where
        F: FnMut(&'a ObjectRecord) -> Fut,
        Fut: Future<Output = Result<T, WorkError>>,
    {
        let mut retry: Option<WorkError> = None;
        for record in self.records() {
            if let Err(err) = handle(record).await {
                retry.get_or_insert(err);
            }
        }
        retry.map_or(Ok(()), Err)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ObjectRecord {
    #[serde(default)]
    pub event_name: String,
    pub s3: ObjectEntity,
}

impl ObjectRecord {
    pub fn is_object_created(&self) -> bool {
        self.event_name.starts_with("ObjectCreated")
    }

    /// The object's key, URL-decoded; `None` if the encoding is broken.
    pub fn key(&self) -> Option<String> {
        decode_key(&self.s3.object.key)
    }
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
    /// URL-encoded, as S3 writes keys into notifications (`+` for a space); emulators encode
    /// `/` too.
    pub key: String,
    #[serde(default)]
    pub size: Option<i64>,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn notification(body: &str) -> Result<S3Notification, serde_json::Error> {
        serde_json::from_str(body)
    }

    #[test]
    fn test_events_records_and_garbage_are_told_apart() {
        let test = r#"{"Service":"Amazon S3","Event":"s3:TestEvent","Time":"2026-01-01T00:00:00.000Z","Bucket":"b","RequestId":"r","HostId":"h"}"#;
        assert!(matches!(
            notification(test),
            Ok(S3Notification::Test { .. })
        ));
        let created = r#"{"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1",
            "eventTime":"2026-01-01T00:00:00.000Z","eventName":"ObjectCreated:Put",
            "userIdentity":{"principalId":"p"},"requestParameters":{"sourceIPAddress":"1.2.3.4"},
            "responseElements":{},"s3":{"s3SchemaVersion":"1.0","configurationId":"c",
            "bucket":{"name":"b","ownerIdentity":{"principalId":"p"},"arn":"arn:aws:s3:::b"},
            "object":{"key":"users/k","size":3,"eTag":"e","sequencer":"1"}}}]}"#;
        let records = notification(created).expect("records");
        let [record] = records.records() else {
            panic!("{records:?}")
        };
        assert!(record.is_object_created());
        assert_eq!(record.s3.object.key, "users/k");
        assert_eq!(record.s3.object.size, Some(3));
        // What the local emulator sends: fewer fields, `/` encoded.
        let sparse = r#"{"Records":[{"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"b"},
            "object":{"key":"users%2Fa%2Fresumes%2Fb","size":5}}}]}"#;
        let sparse = notification(sparse).expect("records");
        assert_eq!(
            sparse.records()[0].key().as_deref(),
            Some("users/a/resumes/b")
        );
        for garbage in [
            "",
            "nope",
            "{}",
            r#"{"Records":3}"#,
            "[]",
            r#"{"Records":[{}]}"#,
            r#"{"Event":"s3:SomethingElse"}"#,
        ] {
            assert!(notification(garbage).is_err(), "{garbage}");
        }
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
        assert_eq!(decode_key("bad%FF"), None);
    }
}
