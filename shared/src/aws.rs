//! AWS clients, built once per cold start from one SDK configuration.
//!
//! The configuration comes from the environment Lambda gives every function: `AWS_REGION` and
//! the execution role's `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`.
//! Lambda has no other source of credentials, so the functions do without `aws-config`'s
//! provider chain (profiles, SSO, web identity, container and instance metadata, STS): it
//! linked about 300 KiB into every binary and read profile files at every cold start (README,
//! Measurements). `AWS_ENDPOINT_URL` points every client at the local emulator; S3 additionally
//! needs path-style addressing there because the emulator is not reachable as
//! `<bucket>.127.0.0.1`.

use std::sync::atomic::Ordering;
use std::time::Duration;

use aws_credential_types::Credentials;
use aws_credential_types::provider::SharedCredentialsProvider;
use aws_sdk_sqs::config::{BehaviorVersion, Region, timeout::TimeoutConfig};
use aws_smithy_http_client::tls::{self, TlsContext, TrustStore, rustls_provider::CryptoMode};
pub use aws_types::SdkConfig;
use aws_types::sdk_config::Builder;

use crate::config::optional;
use crate::instance;

/// The SDK configuration from the environment, with our HTTPS client and timeouts.
pub fn load() -> SdkConfig {
    let config = builder().build();
    instance::AWS_CONFIGS_LOADED.fetch_add(1, Ordering::Relaxed);
    config
}

/// What every SDK configuration starts from (tests and tools that point clients at another
/// endpoint start here too): region, credentials and endpoint from the environment, our HTTPS
/// client, and operation timeouts that keep a dead dependency from holding a request until the
/// Lambda timeout. Without a region or credentials the builder still builds, and the first
/// call says what is missing, as the SDK's own loader does.
pub fn builder() -> Builder {
    let mut builder = SdkConfig::builder()
        .behavior_version(BehaviorVersion::latest())
        .http_client(https_client())
        .timeout_config(timeouts());
    if let Some(region) = optional("AWS_REGION").or_else(|| optional("AWS_DEFAULT_REGION")) {
        builder.set_region(Some(Region::new(region)));
    }
    if let Some(credentials) = environment_credentials() {
        builder.set_credentials_provider(Some(SharedCredentialsProvider::new(credentials)));
    }
    if let Some(endpoint) = optional("AWS_ENDPOINT_URL") {
        builder.set_endpoint_url(Some(endpoint));
    }
    builder
}

/// The execution role's credentials, as Lambda puts them in the environment.
fn environment_credentials() -> Option<Credentials> {
    Some(Credentials::new(
        optional("AWS_ACCESS_KEY_ID")?,
        optional("AWS_SECRET_ACCESS_KEY")?,
        optional("AWS_SESSION_TOKEN"),
        None,
        "environment",
    ))
}

/// The roots AWS service endpoints' certificates chain to: Amazon Trust Services (Amazon Root
/// CA 1–4, and the Starfield Services G2 root that cross-signs them), as the Debian
/// `ca-certificates` store carries them (a test compares). Trusting these alone spares every
/// cold start reading and parsing the system's ~150 roots, which measured about half of an API
/// function's start (README, Measurements).
const AWS_TRUST_ROOTS: &str = include_str!("amazon-trust-services-roots.pem");

/// The SDK's hyper client on rustls with ring, the crypto provider Postgres TLS already uses.
/// The workspace turns the SDK's own default client off (it would link aws-lc-rs and a legacy
/// rustls 0.21 client besides). The local stack's tools use it without our timeouts.
///
/// An operator who names a CA bundle (`SSL_CERT_FILE` or `SSL_CERT_DIR`, e.g. behind a TLS
/// inspecting proxy) gets the system's roots as well.
pub fn https_client() -> aws_sdk_sqs::config::SharedHttpClient {
    let system_roots = optional("SSL_CERT_FILE").is_some() || optional("SSL_CERT_DIR").is_some();
    let trust = TrustStore::empty()
        .with_native_roots(system_roots)
        .with_pem_certificate(AWS_TRUST_ROOTS.as_bytes());
    let builder = aws_smithy_http_client::Builder::new()
        .tls_provider(tls::Provider::Rustls(CryptoMode::Ring));
    match TlsContext::builder().with_trust_store(trust).build() {
        Ok(context) => builder.tls_context(context).build_https(),
        Err(err) => {
            tracing::warn!(error = %err, "no TLS context of our own; trusting the system roots");
            builder.build_https()
        }
    }
}

/// The timeouts every client gets.
fn timeouts() -> TimeoutConfig {
    TimeoutConfig::builder()
        .connect_timeout(Duration::from_secs(2))
        .operation_attempt_timeout(Duration::from_secs(5))
        .operation_timeout(Duration::from_secs(12))
        .build()
}

/// True when an endpoint override (the local emulator) is configured.
pub fn endpoint_overridden() -> bool {
    optional("AWS_ENDPOINT_URL").is_some()
}

pub fn s3(config: &SdkConfig) -> aws_sdk_s3::Client {
    let s3_config = aws_sdk_s3::config::Builder::from(config)
        .force_path_style(endpoint_overridden())
        .build();
    aws_sdk_s3::Client::from_conf(s3_config)
}

pub fn sqs(config: &SdkConfig) -> aws_sdk_sqs::Client {
    aws_sdk_sqs::Client::new(config)
}

pub fn sesv2(config: &SdkConfig) -> aws_sdk_sesv2::Client {
    aws_sdk_sesv2::Client::new(config)
}

/// The client that sends mail: one attempt per call, never an SDK retry. A retried `SendEmail`
/// whose first attempt reached SES (a timeout, a 5xx) could send the message twice; the mail
/// worker decides itself which failures are safe to try again (see `mail-worker`).
pub fn sesv2_single_attempt(config: &SdkConfig) -> aws_sdk_sesv2::Client {
    let ses_config = aws_sdk_sesv2::config::Builder::from(config)
        .retry_config(aws_sdk_sesv2::config::retry::RetryConfig::disabled())
        .build();
    aws_sdk_sesv2::Client::from_conf(ses_config)
}

pub fn dynamodb(config: &SdkConfig) -> aws_sdk_dynamodb::Client {
    aws_sdk_dynamodb::Client::new(config)
}

/// A presigned S3 PUT bound to one key, content type and exact length, as a browser uses it:
/// the URL with every header it must send (the signed ones, and the content type and length it
/// is bound to) and when it expires. The browser uploads straight to S3 and cannot swap in a
/// different type or size than it declared.
pub async fn presigned_upload(
    s3: &aws_sdk_s3::Client,
    bucket: &str,
    key: &str,
    content_type: &str,
    content_length: i64,
    expires_in: Duration,
) -> anyhow::Result<crate::upload::PresignedUpload> {
    let presigned = s3
        .put_object()
        .bucket(bucket)
        .key(key)
        .content_type(content_type)
        .content_length(content_length)
        .presigned(aws_sdk_s3::presigning::PresigningConfig::expires_in(
            expires_in,
        )?)
        .await?;
    let mut headers: std::collections::BTreeMap<String, String> = presigned
        .headers()
        .map(|(name, value)| (name.to_ascii_lowercase(), value.to_owned()))
        .collect();
    headers
        .entry("content-type".to_owned())
        .or_insert_with(|| content_type.to_owned());
    headers
        .entry("content-length".to_owned())
        .or_insert_with(|| content_length.to_string());
    Ok(crate::upload::PresignedUpload {
        method: "PUT",
        url: presigned.uri().to_owned(),
        headers,
        expires_at: chrono::Utc::now() + chrono::Duration::from_std(expires_in)?,
    })
}

/// A presigned S3 GET of one key.
pub async fn presigned_get(
    s3: &aws_sdk_s3::Client,
    bucket: &str,
    key: &str,
    expires_in: Duration,
) -> anyhow::Result<aws_sdk_s3::presigning::PresignedRequest> {
    let config = aws_sdk_s3::presigning::PresigningConfig::expires_in(expires_in)?;
    Ok(s3
        .get_object()
        .bucket(bucket)
        .key(key)
        .presigned(config)
        .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each embedded root is, byte for byte, the one the system store carries under its name.
    #[test]
    fn the_embedded_roots_are_the_system_stores_amazon_roots() {
        let mut names = Vec::new();
        for section in AWS_TRUST_ROOTS
            .split("# ")
            .filter(|section| !section.is_empty())
        {
            let (title, pem) = section
                .split_once('\n')
                .expect("a title line, then the PEM");
            let name = title.split_whitespace().next().expect("a file name");
            let system = std::fs::read_to_string(format!("/etc/ssl/certs/{name}.pem"))
                .unwrap_or_else(|err| panic!("{name} in the system store: {err}"));
            assert_eq!(
                pem.trim(),
                system.trim(),
                "{name} differs from the system store"
            );
            names.push(name.to_owned());
        }
        assert_eq!(
            names,
            [
                "Amazon_Root_CA_1",
                "Amazon_Root_CA_2",
                "Amazon_Root_CA_3",
                "Amazon_Root_CA_4",
                "Starfield_Services_Root_Certificate_Authority_-_G2"
            ]
        );
    }

    /// Building a client builds its connector (the SDK does so up front), which parses every
    /// embedded root; a root that did not parse would panic there.
    #[tokio::test]
    async fn a_client_builds_on_the_embedded_roots() {
        let config = builder().region(Region::new("us-east-1")).build();
        let _ = sqs(&config);
    }
}
