//! Every HTTP function is an axum router run by `lambda_http`: routes are declared once with
//! utoipa-axum (routing and OpenAPI together), the edge is extractors whose rejections are
//! problem documents, and what every request goes through (its span, rate limits, the budget
//! headers, 404 and 405) is a layer here.

use std::cell::Cell;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use crate::aws::SdkConfig;
use axum::extract::{FromRequest, FromRequestParts, MatchedPath, Request};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use chrono::Utc;
use http::request::Parts;
use http::{HeaderMap, Method, StatusCode, header};
use serde::de::DeserializeOwned;
use tower::ServiceExt;
use tower_http::normalize_path::NormalizePath;
use tracing::Instrument;
use utoipa::openapi::OpenApi;
use utoipa::openapi::path::Operation;
use utoipa_axum::router::OpenApiRouter;

use crate::api::{BUDGET, Gate};
use crate::auth::Caller;
use crate::config::{ConfigError, DatabaseConfig, RateLimitConfig};
use crate::db::Pool;
use crate::error::{ApiError, PROBLEM_CONTENT_TYPE};
use crate::http::{MAX_JSON_BODY_BYTES, client_ip, decode_json, request_id};
use crate::idempotency::{self, Claim, IdempotencyConflict, IdempotencyStore, StoredResponse};
use crate::instance;
use crate::pagination::PageRequest;

/// What every API function reads from its environment, besides what its own routes need.
#[derive(Debug, Clone)]
pub struct ApiConfig {
    pub database: DatabaseConfig,
    pub rate_limits: RateLimitConfig,
}

impl ApiConfig {
    pub fn from_env() -> Result<Self, ConfigError> {
        Ok(Self {
            database: DatabaseConfig::from_env()?,
            rate_limits: RateLimitConfig::from_env()?,
        })
    }
}

/// What every API function builds once per cold start: the pool and the admission gate its
/// state holds (see [`ApiState`]), and the SDK configuration its own clients are made from.
pub struct ApiBase {
    pub pool: Pool,
    pub gate: Gate,
    pub aws: SdkConfig,
}

impl ApiBase {
    pub async fn build(config: ApiConfig) -> anyhow::Result<Self> {
        let aws = crate::aws::load();
        Ok(Self {
            pool: crate::db::pool(&config.database)?,
            gate: Gate::new(crate::aws::dynamodb(&aws), config.rate_limits),
            aws,
        })
    }
}

/// What the shared extractors and layers need from a function's state.
pub trait ApiState: Send + Sync + 'static {
    fn pool(&self) -> &Pool;
    fn gate(&self) -> &Gate;
}

/// Implements [`ApiState`] for a state with `pool` and `gate` fields.
#[macro_export]
macro_rules! api_state {
    ($state:ty) => {
        impl $crate::web::ApiState for $state {
            fn pool(&self) -> &$crate::db::Pool {
                &self.pool
            }

            fn gate(&self) -> &$crate::api::Gate {
                &self.gate
            }
        }
    };
}

/// A function's routes before they meet their state: each `routes!` entry adds a handler and
/// its OpenAPI operation at once.
pub type Routes<S> = OpenApiRouter<Arc<S>>;

/// The router a function runs, with the request pipeline around it, and the OpenAPI document
/// of its routes.
pub fn app<S: ApiState>(routes: Routes<S>, state: Arc<S>) -> (axum::Router, OpenApi) {
    let (router, openapi) = routes.split_for_parts();
    let keyed = KeyedRoutes {
        state: state.clone(),
        paths: Arc::new(idempotency_paths(&openapi)),
    };
    let router = router
        // Inside admission: a key is claimed only for a request that was let in.
        .route_layer(middleware::from_fn_with_state(keyed, idempotent::<S>))
        // Only requests that name one of our routes count against the caller's address.
        .route_layer(middleware::from_fn_with_state(state.clone(), admit::<S>))
        .fallback(|| async { ApiError::NotFound })
        .layer(middleware::from_fn(pipeline))
        .with_state(state);
    (router, openapi)
}

/// Every operation a document describes, with its method and path template.
pub fn each_operation(openapi: &OpenApi) -> Vec<(Method, &str, &Operation)> {
    let mut operations = Vec::new();
    for (path, item) in &openapi.paths.paths {
        let methods = [
            (Method::GET, &item.get),
            (Method::POST, &item.post),
            (Method::PUT, &item.put),
            (Method::PATCH, &item.patch),
            (Method::DELETE, &item.delete),
        ];
        for (method, operation) in methods {
            if let Some(operation) = operation {
                operations.push((method, path.as_str(), operation));
            }
        }
    }
    operations
}

/// The (method, path template) pairs a document describes: a function's route list.
pub fn operations(openapi: &OpenApi) -> Vec<(Method, String)> {
    each_operation(openapi)
        .into_iter()
        .map(|(method, path, _)| (method, path.to_owned()))
        .collect()
}

/// What `lambda_http` runs: the router, with a trailing slash ignored as the gateway's route
/// keys ignore it.
fn service(router: axum::Router) -> NormalizePath<axum::Router> {
    NormalizePath::trim_trailing_slash(router)
}

/// Runs a function's router as a Lambda HTTP handler.
pub async fn run(router: axum::Router) -> Result<(), lambda_http::Error> {
    lambda_http::run(service(router)).await
}

/// Answers one request the way [`run`] does in Lambda: the router's response with its body
/// converted to the text or binary form API Gateway receives. Tests call functions through this.
pub async fn invoke(
    router: &axum::Router,
    request: lambda_http::Request,
) -> http::Response<lambda_http::Body> {
    let response = match service(router.clone()).oneshot(request).await {
        Ok(response) => response,
        Err(never) => match never {},
    };
    lambda_http::IntoResponse::into_response(response).await
}

/// A span per request carrying its ids; the tightest rate-limit budget the request met, in
/// `RateLimit-*` headers on whatever it ends with; 405s as problem documents. [`app`] adds it;
/// a function that needs another fallback and no admission (api-health) adds it itself.
pub async fn pipeline(request: Request, next: Next) -> Response {
    let invocation = instance::INVOCATIONS.fetch_add(1, Ordering::Relaxed) + 1;
    let span = tracing::info_span!(
        "request",
        request_id = %request_id(request.extensions()),
        method = %request.method(),
        path = %request.uri().path(),
        invocation,
        user_id = tracing::field::Empty,
    );
    let run = async move {
        let mut response = next.run(request).await;
        if response.status() == StatusCode::METHOD_NOT_ALLOWED && !is_problem(&response) {
            response = method_not_allowed(response.headers()).into_response();
        }
        // A 429 already carries the headers of the budget it exceeded; a 503 says when to retry.
        if let Ok(Some(allowance)) = BUDGET.try_with(Cell::get)
            && !response.headers().contains_key(header::RETRY_AFTER)
        {
            allowance.write_headers(response.headers_mut());
        }
        tracing::info!(status = response.status().as_u16(), "request finished");
        response
    };
    BUDGET.scope(Cell::new(None), run.instrument(span)).await
}

fn is_problem(response: &Response) -> bool {
    response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes() == PROBLEM_CONTENT_TYPE.as_bytes())
}

/// axum's 405 names the allowed methods in `Allow`; HEAD is implied by GET, so it is not named.
fn method_not_allowed(headers: &HeaderMap) -> ApiError {
    let allow = headers
        .get(header::ALLOW)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .split(',')
        .filter_map(|method| method.trim().parse::<Method>().ok())
        .filter(|method| *method != Method::HEAD)
        .collect();
    ApiError::MethodNotAllowed { allow }
}

async fn admit<S: ApiState>(
    axum::extract::State(state): axum::extract::State<Arc<S>>,
    request: Request,
    next: Next,
) -> Response {
    let ip = client_ip(request.headers(), request.extensions());
    match state.gate().admit(&ip).await {
        Ok(_) => next.run(request).await,
        Err(err) => err.into_response(),
    }
}

/// The authenticated caller, counted against its own rate-limit budget; 401 without one.
/// Resolved once per request: a layer that needed it first (idempotency) leaves it in the
/// request's extensions for the handler.
impl<S: ApiState> FromRequestParts<Arc<S>> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &Arc<S>) -> Result<Self, ApiError> {
        if let Some(caller) = parts.extensions.get::<Caller>() {
            return Ok(*caller);
        }
        let (caller, _) = state.gate().caller(state.pool(), &parts.headers).await?;
        parts.extensions.insert(caller);
        Ok(caller)
    }
}

/// The most of a body the idempotency layer reads to fingerprint it: Lambda's request limit.
/// Each route then applies its own, smaller one.
const MAX_IDEMPOTENT_BODY_BYTES: usize = 6 * 1024 * 1024;

/// The routes that take an `Idempotency-Key`, with the state the layer needs.
struct KeyedRoutes<S> {
    state: Arc<S>,
    paths: Arc<std::collections::HashSet<String>>,
}

// Not derived: a derive would ask `S: Clone`, and only the `Arc`s are cloned.
impl<S> Clone for KeyedRoutes<S> {
    fn clone(&self) -> Self {
        Self {
            state: self.state.clone(),
            paths: self.paths.clone(),
        }
    }
}

/// The path templates of the `POST`s that take a key ([`idempotency::takes_key`]).
fn idempotency_paths(openapi: &OpenApi) -> std::collections::HashSet<String> {
    each_operation(openapi)
        .into_iter()
        .filter(|(method, path, operation)| {
            *method == Method::POST && idempotency::takes_key(path, operation)
        })
        .map(|(_, path, _)| path.to_owned())
        .collect()
}

/// `Idempotency-Key` on signed-in `POST`s (see [`crate::idempotency`]): the first answer to a
/// key is stored and replayed to its repeats. Other requests pass through untouched.
async fn idempotent<S: ApiState>(
    axum::extract::State(keyed): axum::extract::State<KeyedRoutes<S>>,
    request: Request,
    next: Next,
) -> Response {
    match replay_or_run(&keyed, request, next).await {
        Ok(response) => response,
        Err(err) => err.into_response(),
    }
}

async fn replay_or_run<S: ApiState>(
    keyed: &KeyedRoutes<S>,
    request: Request,
    next: Next,
) -> Result<Response, ApiError> {
    let takes_key = request.method() == Method::POST
        && request
            .extensions()
            .get::<MatchedPath>()
            .is_some_and(|path| keyed.paths.contains(path.as_str()));
    let key = match request.headers().get(idempotency::HEADER) {
        Some(raw) if takes_key => idempotency::parse_key(raw)?,
        _ => return Ok(next.run(request).await),
    };
    let state = &keyed.state;
    let (mut parts, body) = request.into_parts();
    let caller = Caller::from_request_parts(&mut parts, state).await?;
    let body = read_body(body, MAX_IDEMPOTENT_BODY_BYTES).await?;
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok());
    let fingerprint = idempotency::fingerprint(
        &parts.method,
        parts.uri.path_and_query().map_or("", |path| path.as_str()),
        content_type,
        &body,
    );
    let store = state.gate().idempotency();
    match store
        .claim(caller.user_id, &key, &fingerprint, Utc::now())
        .await?
    {
        Claim::Claimed => {}
        Claim::Completed(stored) => return Ok(replayed(stored)),
        Claim::InFlight => return Err(IdempotencyConflict::KeyInUse.into()),
        Claim::Mismatch => return Err(idempotency::reused_key()),
    }
    let response = next
        .run(Request::from_parts(parts, axum::body::Body::from(body)))
        .await;
    let (head, body) = response.into_parts();
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(body) => body,
        Err(err) => {
            release(store, caller, &key).await;
            return Err(ApiError::Unexpected(
                anyhow::Error::new(err).context("Failed to read the answer"),
            ));
        }
    };
    // 429 and 5xx say "try again": the repeat must run, not replay them.
    let retry = head.status == StatusCode::TOO_MANY_REQUESTS || head.status.is_server_error();
    if retry || body.len() > idempotency::MAX_STORED_BODY_BYTES {
        release(store, caller, &key).await;
    } else {
        let header_text = |name| {
            head.headers
                .get(name)
                .and_then(|value: &http::HeaderValue| value.to_str().ok())
                .map(str::to_owned)
        };
        let stored = StoredResponse {
            status: head.status.as_u16(),
            content_type: header_text(header::CONTENT_TYPE),
            location: header_text(header::LOCATION),
            body: body.clone(),
        };
        if let Err(err) = store.complete(caller.user_id, &key, &stored).await {
            // The answer still goes out; a repeat meets the claim in flight (409) until it
            // lapses, then runs again.
            tracing::warn!(error = format!("{err:#}"), "idempotent answer not stored");
        }
    }
    Ok(Response::from_parts(head, axum::body::Body::from(body)))
}

async fn release(store: &IdempotencyStore, caller: Caller, key: &str) {
    if let Err(err) = store.release(caller.user_id, key).await {
        tracing::warn!(error = format!("{err:#}"), "idempotency key not released");
    }
}

/// A stored answer, as first given, marked as a replay.
fn replayed(stored: StoredResponse) -> Response {
    let mut response = Response::new(axum::body::Body::from(stored.body));
    *response.status_mut() =
        StatusCode::from_u16(stored.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_TYPE, stored.content_type),
        (header::LOCATION, stored.location),
    ] {
        if let Some(value) = value.and_then(|value| http::HeaderValue::from_str(&value).ok()) {
            headers.insert(name, value);
        }
    }
    headers.insert(
        idempotency::REPLAYED_HEADER,
        http::HeaderValue::from_static("true"),
    );
    response
}

/// The address the request came from (see [`client_ip`]), for audit records and per-address
/// limits.
#[derive(Debug, Clone)]
pub struct ClientIp(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Self(client_ip(&parts.headers, &parts.extensions)))
    }
}

/// A JSON body decoded into `T`: over [`MAX_JSON_BODY_BYTES`] is 413, another media type 415,
/// empty or malformed 400, the wrong shape 422 naming the field.
#[derive(Debug)]
pub struct Json<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Json<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, _: &S) -> Result<Self, ApiError> {
        let (parts, body) = request.into_parts();
        let bytes = read_body(body, MAX_JSON_BODY_BYTES).await?;
        if let Some(content_type) = parts.headers.get(header::CONTENT_TYPE)
            && !is_json(content_type)
        {
            return Err(ApiError::UnsupportedMediaType(
                "Send the body as application/json.".to_owned(),
            ));
        }
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(ApiError::BadRequest(
                "The request body must be a JSON object.".to_owned(),
            ));
        }
        // serde reads an array as a struct's fields in order (`["UTC", true]`); every body we
        // take is an object with named fields, and only that is accepted. Bytes that are not
        // JSON at all stay a 400, below.
        if bytes.iter().find(|byte| !byte.is_ascii_whitespace()) == Some(&b'[')
            && serde_json::from_slice::<serde::de::IgnoredAny>(&bytes).is_ok()
        {
            return Err(ApiError::validation("body", "must be a JSON object"));
        }
        decode_json(&bytes).map(Self)
    }
}

fn is_json(content_type: &http::HeaderValue) -> bool {
    content_type
        .to_str()
        .map(|value| {
            let essence = value
                .split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase();
            essence == "application/json" || essence.ends_with("+json")
        })
        .unwrap_or(false)
}

/// Reads a whole request body, up to `limit_bytes` (413 beyond it). Handlers taking files
/// take the `axum::body::Body` and read it with their own limit.
pub async fn read_body(body: axum::body::Body, limit_bytes: usize) -> Result<Bytes, ApiError> {
    axum::body::to_bytes(body, limit_bytes)
        .await
        .map_err(|err| {
            let too_large = std::error::Error::source(&err)
                .is_some_and(|source| source.is::<http_body_util::LengthLimitError>());
            if too_large {
                ApiError::PayloadTooLarge { limit_bytes }
            } else {
                ApiError::BadRequest(format!("The request body could not be read: {err}."))
            }
        })
}

/// Path parameters; one that does not parse (a malformed id) cannot name anything, so it is a
/// 404, not a 400.
#[derive(Debug)]
pub struct Path<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for Path<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Path(value)| Self(value))
            .map_err(|_| ApiError::NotFound)
    }
}

/// Query parameters as sent, first value of each name; handlers validate what they read.
#[derive(Debug, Default)]
pub struct QueryParams(Vec<(String, String)>);

impl QueryParams {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

impl<S: Send + Sync> FromRequestParts<S> for QueryParams {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        use lambda_http::RequestExt;
        // API Gateway has already split and decoded the query string; the same map is what the
        // local router gives.
        let params = parts
            .extensions
            .query_string_parameters_ref()
            .map(|params| {
                params
                    .iter()
                    .map(|(key, value)| (key.to_owned(), value.to_owned()))
                    .collect()
            });
        Ok(Self(params.unwrap_or_default()))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for PageRequest {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let Ok(query) = QueryParams::from_request_parts(parts, state).await;
        PageRequest::from_params(|name| query.get(name))
    }
}
