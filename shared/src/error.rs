//! One error type for every HTTP handler, mapped once to RFC 9457 problem documents.

use http::{HeaderMap, HeaderValue, StatusCode, header};

use serde::Serialize;

pub const PROBLEM_CONTENT_TYPE: &str = "application/problem+json";

/// One invalid field in a request, named by its JSON path (`steps[2].body`) or parameter name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    /// `field: message; field: message`: several field errors as one line (a CSV row's).
    pub fn join(errors: &[FieldError]) -> String {
        errors
            .iter()
            .map(|error| format!("{}: {}", error.field, error.message))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// The body of every error response.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Problem {
    #[serde(rename = "type")]
    pub problem_type: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// A conflict as a problem document shows it: `https://roleferry.com/problems/{kind}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub kind: &'static str,
    pub title: &'static str,
    pub detail: String,
}

/// The conflicts of one route family, a `thiserror` enum whose messages are the `detail`:
/// each kind of conflict a client can act on is a problem type of its own, so a client tells
/// "at the step limit" from "a stale step id" without reading prose. Every kind is named in
/// the 409 responses of the OpenAPI document (a test checks `KINDS` against it).
pub trait ConflictKind: std::error::Error {
    /// Every kind this family answers with.
    const KINDS: &'static [&'static str];
    /// The last segment of the problem type.
    fn kind(&self) -> &'static str;
    /// The problem's title: the same for every instance of a kind.
    fn title(&self) -> &'static str;
}

/// Implements [`ConflictKind`] for a family's conflict enum: each variant with its kind and
/// title, `Variant => ("kind", "Title")`.
#[macro_export]
macro_rules! conflict_kinds {
    ($family:ident { $($variant:ident => ($kind:literal, $title:literal)),* $(,)? }) => {
        impl $crate::error::ConflictKind for $family {
            const KINDS: &'static [&'static str] = &[$($kind),*];

            fn kind(&self) -> &'static str {
                match self {
                    $(Self::$variant { .. } => $kind,)*
                }
            }

            fn title(&self) -> &'static str {
                match self {
                    $(Self::$variant { .. } => $title,)*
                }
            }
        }
    };
}

impl<T: ConflictKind> From<T> for ApiError {
    fn from(conflict: T) -> Self {
        Self::Conflict(Conflict {
            kind: conflict.kind(),
            title: conflict.title(),
            detail: conflict.to_string(),
        })
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("malformed request: {0}")]
    BadRequest(String),
    #[error("validation failed")]
    Validation(Vec<FieldError>),
    #[error("authentication required")]
    Unauthorized(&'static str),
    #[error("not found")]
    NotFound,
    #[error("method not allowed")]
    MethodNotAllowed { allow: Vec<http::Method> },
    /// A well-formed request the current state refuses, with a problem type of its own.
    #[error("conflict: {}", .0.detail)]
    Conflict(Conflict),
    #[error("payload too large")]
    PayloadTooLarge { limit_bytes: usize },
    #[error("unsupported media type: {0}")]
    UnsupportedMediaType(String),
    #[error("rate limited")]
    RateLimited(crate::ratelimit::Exceeded),
    #[error("{dependency} is unavailable")]
    DependencyDown {
        dependency: &'static str,
        #[source]
        source: anyhow::Error,
    },
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl ApiError {
    pub fn validation(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Validation(vec![FieldError::new(field, message)])
    }

    pub fn status(&self) -> StatusCode {
        match self {
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::RateLimited(_) => StatusCode::TOO_MANY_REQUESTS,
            Self::DependencyDown { .. } => StatusCode::SERVICE_UNAVAILABLE,
            Self::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn problem(&self) -> Problem {
        let status = self.status();
        let (slug, title, detail, errors) = match self {
            Self::BadRequest(detail) => {
                ("bad-request", "Malformed request", detail.clone(), vec![])
            }
            Self::Validation(errors) => (
                "validation",
                "Validation failed",
                "One or more fields are invalid.".to_owned(),
                errors.clone(),
            ),
            Self::Unauthorized(detail) => (
                "unauthorized",
                "Authentication required",
                (*detail).to_owned(),
                vec![],
            ),
            Self::NotFound => (
                "not-found",
                "Not found",
                "No such resource.".to_owned(),
                vec![],
            ),
            Self::MethodNotAllowed { allow } => (
                "method-not-allowed",
                "Method not allowed",
                format!("This resource supports: {}.", join_methods(allow)),
                vec![],
            ),
            Self::Conflict(conflict) => (
                conflict.kind,
                conflict.title,
                conflict.detail.clone(),
                vec![],
            ),
            Self::PayloadTooLarge { limit_bytes } => (
                "payload-too-large",
                "Payload too large",
                format!("The request body exceeds {limit_bytes} bytes."),
                vec![],
            ),
            Self::UnsupportedMediaType(detail) => (
                "unsupported-media-type",
                "Unsupported media type",
                detail.clone(),
                vec![],
            ),
            Self::RateLimited(exceeded) => (
                "rate-limited",
                "Too many requests",
                format!(
                    "Rate limit of {} requests per {} seconds exceeded for this {}.",
                    exceeded.limit, exceeded.window_seconds, exceeded.scope
                ),
                vec![],
            ),
            Self::DependencyDown { dependency, .. } => (
                "dependency-unavailable",
                "Service temporarily unavailable",
                format!("{dependency} is unavailable; retry shortly."),
                vec![],
            ),
            // Internal details stay in the logs; clients get an opaque message.
            Self::Unexpected(_) => (
                "internal",
                "Internal error",
                "Something went wrong on our side; it has been logged.".to_owned(),
                vec![],
            ),
        };
        Problem {
            problem_type: format!("https://roleferry.com/problems/{slug}"),
            title: title.to_owned(),
            status: status.as_u16(),
            detail,
            errors,
        }
    }

    /// Renders the problem document, logging server-side failures with their full cause chain.
    fn render(self) -> (StatusCode, HeaderMap, String) {
        match &self {
            Self::Unexpected(err) => tracing::error!(error = ?err, "request failed"),
            Self::DependencyDown { dependency, source } => {
                tracing::warn!(dependency, error = ?source, "dependency unavailable")
            }
            _ => tracing::info!(status = self.status().as_u16(), error = %self, "request rejected"),
        }
        let problem = self.problem();
        let body = serde_json::to_string(&problem).unwrap_or_else(|_| "{}".to_owned());
        let mut headers = HeaderMap::new();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(PROBLEM_CONTENT_TYPE),
        );
        match &self {
            Self::MethodNotAllowed { allow } => {
                if let Ok(value) = HeaderValue::from_str(&join_methods(allow)) {
                    headers.insert(header::ALLOW, value);
                }
            }
            Self::RateLimited(exceeded) => exceeded.write_headers(&mut headers),
            Self::DependencyDown { .. } => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
            }
            Self::Unauthorized(_) => {
                headers.insert(
                    header::WWW_AUTHENTICATE,
                    HeaderValue::from_static("Bearer realm=\"roleferry\""),
                );
            }
            _ => {}
        }
        (self.status(), headers, body)
    }
}

impl axum::response::IntoResponse for ApiError {
    fn into_response(self) -> axum::response::Response {
        self.render().into_response()
    }
}

fn join_methods(methods: &[http::Method]) -> String {
    methods
        .iter()
        .map(http::Method::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Lets handlers write `.context("Failed to …")?` on any fallible I/O and get an `Unexpected`.
pub trait Context<T> {
    fn context(self, message: &'static str) -> Result<T, ApiError>;
}

impl<T, E> Context<T> for Result<T, E>
where
    E: std::error::Error + Send + Sync + 'static,
{
    fn context(self, message: &'static str) -> Result<T, ApiError> {
        self.map_err(|err| ApiError::Unexpected(anyhow::Error::new(err).context(message)))
    }
}
