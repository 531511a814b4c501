//! SDK clients pointed at the local AWS emulator.

use aws_config::{BehaviorVersion, Region};
use aws_sdk_sqs::error::ProvideErrorMetadata;

#[derive(Clone)]
pub struct Clients {
    pub sqs: aws_sdk_sqs::Client,
    pub s3: aws_sdk_s3::Client,
    pub dynamodb: aws_sdk_dynamodb::Client,
    pub sns: aws_sdk_sns::Client,
    pub sesv2: aws_sdk_sesv2::Client,
}

impl Clients {
    /// Credentials come from the environment as usual (`test`/`test` locally); the
    /// endpoint is explicit so a stray profile can never point us at real AWS.
    pub async fn new(endpoint: &str, region: &str) -> Self {
        let config = aws_config::defaults(BehaviorVersion::latest())
            .http_client(shared::aws::https_client())
            .region(Region::new(region.to_owned()))
            .endpoint_url(endpoint)
            .load()
            .await;
        // moto serves buckets by path, not by virtual host.
        let s3_config = aws_sdk_s3::config::Builder::from(&config)
            .force_path_style(true)
            .build();
        Self {
            sqs: aws_sdk_sqs::Client::new(&config),
            s3: aws_sdk_s3::Client::from_conf(s3_config),
            dynamodb: aws_sdk_dynamodb::Client::new(&config),
            sns: aws_sdk_sns::Client::new(&config),
            sesv2: aws_sdk_sesv2::Client::new(&config),
        }
    }
}

/// Whether an SDK error carries one of the given error codes (e.g. "already exists"
/// answers that make a create call idempotent).
pub fn has_error_code(error: &impl ProvideErrorMetadata, codes: &[&str]) -> bool {
    error.code().is_some_and(|code| codes.contains(&code))
}
