//! HTTP plumbing shared by every API function: body decoding, responses, request ids and
//! source addresses.

use http::{HeaderMap, HeaderValue, StatusCode, header};
use lambda_http::{Body, RequestExt, Response};
use serde::{Serialize, de::DeserializeOwned};

use crate::error::{ApiError, FieldError};

/// JSON bodies larger than this are refused before parsing. The largest body a route needs is
/// a campaign naming its 10,000 contacts (about 390 KB of ids); Lambda's own limit is 6 MB.
pub const MAX_JSON_BODY_BYTES: usize = 512 * 1024;

pub fn decode_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let deserializer = &mut serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(deserializer).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        match inner.classify() {
            serde_json::error::Category::Data => {
                let field = if path == "." { "body".to_owned() } else { path };
                ApiError::Validation(vec![FieldError::new(field, data_error_message(&inner))])
            }
            _ => ApiError::BadRequest(format!("The request body is not valid JSON: {inner}.")),
        }
    })
}

/// serde's messages end with " at line 1 column 12", which is noise for a field-level error.
fn data_error_message(err: &serde_json::Error) -> String {
    let text = err.to_string();
    match text.rfind(" at line ") {
        Some(index) => text[..index].to_owned(),
        None => text,
    }
}

pub fn json_response<T: Serialize>(
    status: StatusCode,
    value: &T,
) -> Result<Response<Body>, ApiError> {
    let body = serde_json::to_string(value).map_err(|err| {
        ApiError::Unexpected(anyhow::Error::new(err).context("Failed to serialise response"))
    })?;
    Response::builder()
        .status(status)
        .header(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )
        .body(Body::Text(body))
        .map_err(|err| ApiError::Unexpected(anyhow::Error::new(err)))
}

/// A CSV file the browser saves as `filename` (an export).
pub fn csv_attachment(text: String, filename: &'static str) -> Result<Response<Body>, ApiError> {
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\""))
        .map_err(|err| ApiError::Unexpected(anyhow::Error::new(err)))?;
    Response::builder()
        .status(StatusCode::OK)
        .header(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/csv; charset=utf-8"),
        )
        .header(header::CONTENT_DISPOSITION, disposition)
        .body(Body::Text(text))
        .map_err(|err| ApiError::Unexpected(anyhow::Error::new(err)))
}

pub fn empty_response(status: StatusCode) -> Response<Body> {
    let mut response = Response::new(Body::Empty);
    *response.status_mut() = status;
    response
}

/// The caller's source address as the gateway saw it; used for per-IP rate limits and audit.
/// `X-Forwarded-For` is honoured only where `TRUST_X_FORWARDED_FOR=true` (see
/// [`client_ip_from`]); the local stack sets it, AWS deployments never do.
pub fn client_ip(headers: &HeaderMap, extensions: &http::Extensions) -> String {
    static TRUST_FORWARDED_FOR: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    let trusted = *TRUST_FORWARDED_FOR.get_or_init(|| {
        crate::config::optional("TRUST_X_FORWARDED_FOR")
            .is_some_and(|value| value.trim().eq_ignore_ascii_case("true"))
    });
    client_ip_from(headers, extensions, trusted)
}

/// The source address of a request. Behind API Gateway it is `requestContext.http.sourceIp`,
/// the address of the TCP connection that reached AWS; `X-Forwarded-For` is whatever the
/// client chose to write, so reading it there would let anyone pick their own rate-limit key.
/// Only in the local stack, whose router stands where the gateway would, is the header trusted
/// (`trust_forwarded_for`), so tests can speak as different addresses.
pub fn client_ip_from(
    headers: &HeaderMap,
    extensions: &http::Extensions,
    trust_forwarded_for: bool,
) -> String {
    use lambda_http::request::RequestContext;
    let forwarded = || {
        headers
            .get("x-forwarded-for")
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.split(',').next())
            .map(|value| value.trim().to_owned())
            .filter(|ip| !ip.is_empty())
    };
    let from_context = || match extensions.request_context_ref() {
        Some(RequestContext::ApiGatewayV2(context)) => {
            context.http.source_ip.clone().filter(|ip| !ip.is_empty())
        }
        _ => None,
    };
    trust_forwarded_for
        .then(forwarded)
        .flatten()
        .or_else(from_context)
        .unwrap_or_else(|| "unknown".to_owned())
}

/// The id API Gateway (or the Lambda runtime) gave this request, for log correlation.
pub fn request_id(extensions: &http::Extensions) -> String {
    use lambda_http::request::RequestContext;
    match extensions.request_context_ref() {
        Some(RequestContext::ApiGatewayV2(context)) => context.request_id.clone(),
        _ => None,
    }
    .or_else(|| {
        extensions
            .lambda_context_ref()
            .map(|context| context.request_id.clone())
    })
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An API Gateway HTTP API (v2) event as AWS delivers it when the client sends its own
    /// `X-Forwarded-For`: the gateway appends the real address after the client's claim, and
    /// puts the real address in `requestContext.http.sourceIp`.
    fn gateway_request(
        forwarded_for: Option<&str>,
        source_ip: Option<&str>,
    ) -> lambda_http::Request {
        let mut headers = serde_json::json!({
            "content-type": "application/json",
            "host": "api.roleferry.com",
            "x-forwarded-port": "443",
            "x-forwarded-proto": "https"
        });
        if let Some(value) = forwarded_for {
            headers["x-forwarded-for"] = serde_json::Value::from(value);
        }
        let mut http = serde_json::json!({
            "method": "POST", "path": "/auth/magic-link", "protocol": "HTTP/1.1",
            "userAgent": "curl/8.5.0"
        });
        if let Some(ip) = source_ip {
            http["sourceIp"] = serde_json::Value::from(ip);
        }
        let event = serde_json::json!({
            "version": "2.0",
            "routeKey": "POST /auth/magic-link",
            "rawPath": "/auth/magic-link",
            "rawQueryString": "",
            "headers": headers,
            "requestContext": {
                "accountId": "123456789012", "apiId": "r3pmxmplak",
                "domainName": "api.roleferry.com", "domainPrefix": "api",
                "http": http,
                "requestId": "JKJaXmPLvHcESHA=", "routeKey": "POST /auth/magic-link",
                "stage": "$default", "time": "22/Nov/2026:13:01:02 +0000",
                "timeEpoch": 1_795_352_462_000_i64
            },
            "isBase64Encoded": false,
            "body": "{\"email\": \"jane.doe@example.com\"}"
        });
        lambda_http::request::from_str(&event.to_string()).expect("a valid API Gateway v2 event")
    }

    #[test]
    fn in_aws_the_source_ip_is_the_request_contexts_whatever_x_forwarded_for_claims() {
        let spoofed = gateway_request(Some("10.9.8.7, 198.51.100.23"), Some("198.51.100.23"));
        assert_eq!(
            client_ip_from(spoofed.headers(), spoofed.extensions(), false),
            "198.51.100.23"
        );
        let header_only = gateway_request(Some("10.9.8.7"), None);
        assert_eq!(
            client_ip_from(header_only.headers(), header_only.extensions(), false),
            "unknown"
        );
        let plain = gateway_request(None, Some("198.51.100.23"));
        assert_eq!(
            client_ip_from(plain.headers(), plain.extensions(), false),
            "198.51.100.23"
        );
    }

    #[test]
    fn the_local_stack_trusts_x_forwarded_for_and_falls_back_to_the_context() {
        let forwarded = gateway_request(Some("10.9.8.7, 198.51.100.23"), Some("127.0.0.1"));
        assert_eq!(
            client_ip_from(forwarded.headers(), forwarded.extensions(), true),
            "10.9.8.7"
        );
        let blank = gateway_request(Some(" "), Some("127.0.0.1"));
        assert_eq!(
            client_ip_from(blank.headers(), blank.extensions(), true),
            "127.0.0.1"
        );
        let neither = gateway_request(None, None);
        assert_eq!(
            client_ip_from(neither.headers(), neither.extensions(), true),
            "unknown"
        );
    }
}
