//! CSV import (a file in the request, or a presigned upload for large files, followed by its
//! status) and CSV export.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use chrono::{DateTime, Utc};
use http::{HeaderMap, StatusCode};
use lambda_http::{Body, Response};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;
use uuid::Uuid;

use shared::auth::Caller;
use shared::db;
use shared::error::{ApiError, Context, FieldError, Problem};
use shared::http::{csv_attachment, json_response};
use shared::text::{Line, NonBlankLine};
use shared::upload::{PresignedUpload, read_file};
use shared::web::{ClientIp, Json, Path, QueryParams};

use crate::export;
use crate::import::{self, ContactsCsv, ImportReport, MAX_REQUEST_BYTES, MAX_UPLOAD_BYTES};
use crate::model::{Contact, MAX_TAG_CHARS, MAX_TEXT_CHARS};
use crate::routes::contacts::{ContactConflict, Filters, VerificationStatus};
use crate::{AppState, queries};

/// An export larger than this cannot travel in a Lambda response (6 MB, headers included).
pub const MAX_EXPORT_BYTES: usize = 5 * 1024 * 1024;
/// How long a presigned import upload URL stays usable.
const UPLOAD_URL_TTL: Duration = Duration::from_secs(15 * 60);

const CSV_TYPES: [&str; 6] = [
    "text/csv",
    "text/plain",
    "application/csv",
    "text/comma-separated-values",
    "application/vnd.ms-excel",
    "application/octet-stream",
];

/// Imports a CSV file (at most 4 MB; larger files go through `POST /contacts/import-url`) sent
/// as the body (`Content-Type: text/csv`) or as the `file` part of `multipart/form-data`.
///
/// The first line names the columns; common names are recognised (`Email Address`,
/// `First Name`, `Company Name`, `Job Title`, `Time Zone`, `Name`, `Tags` …), `,` or `;`
/// separated. Rows with the same address (any case) are merged; an existing contact with that
/// address is updated (non-empty cells overwrite, tags are added). Every data row is counted
/// once: `created + updated + skipped + errors` = data rows, where `skipped` counts blank rows,
/// rows merged into an earlier row and rows that change nothing. `errors[].row` is the record's
/// spreadsheet row (the header is row 1). The import is all-or-nothing for the valid rows.
#[utoipa::path(post, path = "/contacts/import", tag = "contacts", security(("bearer" = [])),
    request_body(content = inline(ContactsCsv), content_type = "text/csv",
        description = "A header line naming the columns, then one contact per line, e.g. \
            `email,first_name,last_name,title,company,linkedin_url,timezone,tags`."),
    responses(
        (status = 200, body = ImportReport),
        (status = 422, description = "No email column, or not CSV", body = Problem, content_type = "application/problem+json"),
    ))]
#[tracing::instrument(skip_all)]
pub async fn import_contacts(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    body: axum::body::Body,
) -> Result<Response<Body>, ApiError> {
    let file = read_file(&headers, body, MAX_REQUEST_BYTES).await?;
    if let Some(content_type) = file.content_type.as_deref()
        && !CSV_TYPES.contains(&content_type)
    {
        return Err(ApiError::UnsupportedMediaType(
            "Send the file as text/csv, or as the `file` part of multipart/form-data.".to_owned(),
        ));
    }
    let parsed = import::parse(file.bytes.as_slice())
        .map_err(|err| ApiError::validation("file", err.to_string()))?;
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let applied = import::apply(&tx, caller.user_id, &parsed.contacts)
        .await
        .context("Failed to import contacts")?;
    let report = import::report(&parsed, applied);
    shared::audit::record(
        &tx,
        caller.user_id,
        "contacts.imported",
        json!({"created": report.created, "updated": report.updated, "skipped": report.skipped,
               "errors": report.errors.len() as u64 + report.errors_not_listed}),
        &ip,
    )
    .await?;
    tx.commit().await.context("Failed to commit import")?;
    json_response(StatusCode::OK, &report)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ImportUploadRequest {
    /// The file's name, for the import's record.
    #[schema(value_type = NonBlankLine<255>, inline)]
    pub filename: String,
    /// Exact size of the file in bytes; the upload URL accepts only this size.
    #[schema(minimum = 1, maximum = 52_428_800)]
    #[serde(deserialize_with = "shared::number::deserialize")]
    pub size_bytes: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ImportUpload {
    pub import_id: Uuid,
    /// `awaiting_upload` until the file arrives.
    pub status: &'static str,
    pub upload: PresignedUpload,
}

/// Starts a large import: answers a presigned S3 PUT for a CSV of up to 50 MB. The upload starts
/// the import; follow it with `GET /contacts/imports/{id}`, which ends with the same report as
/// `POST /contacts/import`.
#[utoipa::path(post, path = "/contacts/import-url", tag = "contacts", security(("bearer" = [])),
    request_body = ImportUploadRequest,
    responses((status = 201, body = ImportUpload)))]
#[tracing::instrument(skip_all)]
pub async fn create_import_upload(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Json(body): Json<ImportUploadRequest>,
) -> Result<Response<Body>, ApiError> {
    let mut errors = Vec::new();
    let filename = shared::text::non_blank_line(&body.filename, 255)
        .map_err(|err| errors.push(FieldError::new("filename", err.to_string())))
        .unwrap_or_default();
    if !(1..=MAX_UPLOAD_BYTES).contains(&body.size_bytes) {
        errors.push(FieldError::new(
            "size_bytes",
            format!("must be from 1 to {MAX_UPLOAD_BYTES} bytes"),
        ));
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let import_id = Uuid::new_v4();
    let key = contacts::storage::import_key(caller.user_id, import_id);
    let upload = shared::aws::presigned_upload(
        &state.s3,
        &state.uploads_bucket,
        &key,
        "text/csv",
        body.size_bytes,
        UPLOAD_URL_TTL,
    )
    .await
    .map_err(|err| ApiError::Unexpected(err.context("Failed to presign the upload")))?;
    let client = db::client(&state.pool).await?;
    client
        .execute(
            queries::INSERT_IMPORT,
            &[
                &import_id,
                &caller.user_id,
                &key,
                &filename,
                &body.size_bytes,
            ],
        )
        .await
        .context("Failed to record the import")?;
    let created = ImportUpload {
        import_id,
        status: "awaiting_upload",
        upload,
    };
    json_response(StatusCode::CREATED, &created)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ImportStatus {
    pub import_id: Uuid,
    /// awaiting_upload, processing, done or failed.
    pub status: String,
    pub filename: String,
    pub size_bytes: i64,
    /// Present when `done`.
    #[schema(value_type = Option<ImportReport>)]
    pub report: Option<serde_json::Value>,
    /// Why the import failed, when `failed`.
    pub error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub started_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
}

impl ImportStatus {
    fn from_row(row: &shared::db::Row) -> Result<Self, shared::db::Error> {
        Ok(Self {
            import_id: row.try_get("id")?,
            status: row.try_get("status")?,
            filename: row.try_get("filename")?,
            size_bytes: row.try_get("size_bytes")?,
            report: row.try_get("report")?,
            error: row.try_get("error")?,
            created_at: row.try_get("created_at")?,
            started_at: row.try_get("started_at")?,
            finished_at: row.try_get("finished_at")?,
        })
    }
}

#[utoipa::path(get, path = "/contacts/imports/{id}", tag = "contacts", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses((status = 200, body = ImportStatus)))]
pub async fn get_import(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(id): Path<Uuid>,
) -> Result<Response<Body>, ApiError> {
    let client = db::client(&state.pool).await?;
    let row = client
        .query_opt(queries::GET_IMPORT, &[&id, &caller.user_id])
        .await
        .context("Failed to load import")?
        .ok_or(ApiError::NotFound)?;
    let status = ImportStatus::from_row(&row).context("Failed to read import")?;
    json_response(StatusCode::OK, &status)
}

/// The caller's contacts as CSV (`text/csv`), oldest first, with the list filters. Cells that a
/// spreadsheet would evaluate (`=`, `+`, `-`, `@` …) are prefixed with `'`; the import strips
/// it, so the file round-trips. 409 when the file would exceed 5 MB: filter to export in parts.
#[utoipa::path(get, path = "/contacts/export", tag = "contacts", security(("bearer" = [])),
    params(
        ("tag" = inline(Option<Line<{ MAX_TAG_CHARS }>>), Query, description = "contacts carrying this tag"),
        ("company" = inline(Option<Line<{ MAX_TEXT_CHARS }>>), Query, description = "exact company name, any case"),
        ("status" = inline(Option<VerificationStatus>), Query, description = "verification status"),
        ("q" = inline(Option<Line<{ MAX_TEXT_CHARS }>>), Query, description = "substring of name, email, company or title"),
    ),
    responses(
        (status = 200, body = String, content_type = "text/csv"),
        (status = 409, body = Problem, content_type = "application/problem+json",
            description = "`export-too-large`: the CSV would exceed 5 MB; filter to export in parts"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
#[tracing::instrument(skip_all)]
pub async fn export_contacts(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    query: QueryParams,
) -> Result<Response<Body>, ApiError> {
    let filters = Filters::from_query(&query)?;
    let client = db::client(&state.pool).await?;
    let rows = client
        .query(
            queries::EXPORT_CONTACTS,
            &[
                &caller.user_id,
                &filters.tag,
                &filters.company,
                &filters.status,
                &filters.pattern,
            ],
        )
        .await
        .context("Failed to export contacts")?;
    let contacts: Vec<Contact> =
        db::read_rows(&rows, Contact::from_row).context("Failed to read contacts")?;
    let csv = export::write_csv(&contacts).context("Failed to write CSV")?;
    if csv.len() > MAX_EXPORT_BYTES {
        return Err(ContactConflict::ExportTooLarge {
            count: contacts.len(),
            limit: MAX_EXPORT_BYTES,
        }
        .into());
    }
    let text = String::from_utf8(csv).map_err(|err| {
        ApiError::Unexpected(anyhow::Error::new(err).context("CSV of strings is UTF-8"))
    })?;
    csv_attachment(text, "contacts.csv")
}
