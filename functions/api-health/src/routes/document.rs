//! `GET /openapi.json`: the committed document, served as it is.

use http::{StatusCode, header};
use lambda_http::{Body, Response};

use shared::error::ApiError;

use crate::openapi::DOCUMENT;

/// This document
///
/// The OpenAPI 3.1 document of every route, as committed.
#[utoipa::path(get, path = "/openapi.json", tag = "operations",
    responses((status = 200, description = "The OpenAPI 3.1 document")))]
pub async fn openapi_document() -> Result<Response<Body>, ApiError> {
    Response::builder()
        .status(StatusCode::OK)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::Text(DOCUMENT.to_owned()))
        .map_err(|err| ApiError::Unexpected(err.into()))
}
