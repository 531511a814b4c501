//! Contacts (CRUD, CSV import and export, verification requests) and the suppression list.
//!
//! Choices the SPEC leaves open, also stated in the OpenAPI descriptions:
//! - `POST /contacts/verify` answers 202 for the caller's contacts and lists ids that name no
//!   contact of the caller (someone else's or nobody's) as `skipped` with reason `not_found`;
//!   it never says which of the two.
//! - `DELETE /suppressions/{email}` removes only `manual` entries: bounces, complaints and
//!   unsubscribes are facts about the mailbox or the recipient's wish, so removing them is 409.
//! - `GET /contacts/export` takes the list filters and answers 409 when the CSV would exceed
//!   what a Lambda response carries; filter to export in parts.

pub mod export;
mod queries;

pub use contacts::{import, model, queue};

use std::sync::LazyLock;
use std::time::Duration;

use chrono::{DateTime, Utc};
use http::{HeaderValue, Method, StatusCode, header};
use lambda_http::{Body, Request, Response};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::json;
use tokio_postgres::error::SqlState;
use utoipa::{OpenApi, ToSchema};
use uuid::Uuid;

use shared::api::{Gate, serve};
use shared::auth::Caller;
use shared::config::{self, RateLimitConfig};
use shared::db::{self, Pool};
use shared::email::EmailAddress;
use shared::error::{ApiError, Context, FieldError, Problem};
use shared::http::{
    PathParams, Route, Router, empty_response, json_body, json_response, query_param, source_ip,
};
use shared::pagination::{Cursor, Page, PageRequest};
use shared::upload::file_from_request;

use crate::import::{ContactsCsv, ImportReport, MAX_REQUEST_BYTES, MAX_UPLOAD_BYTES};
use crate::model::{
    Contact, ContactFields, MAX_TAG_CHARS, MAX_TEXT_CHARS, MAX_URL_CHARS, RawContact, TimezoneName,
    VERIFICATION_STATUSES,
};
use shared::text::{Email, HttpUrl, Line, NonBlankLine, Tag};

shared::schema_marker!(ManualReason = shared::openapi::string_enum(&["manual"]));
shared::schema_marker!(VerificationStatus = shared::openapi::string_enum(&VERIFICATION_STATUSES));

/// Contact ids one `POST /contacts/verify` may name.
pub const MAX_VERIFY_IDS: usize = 1_000;
/// An export larger than this cannot travel in a Lambda response (6 MB, headers included).
pub const MAX_EXPORT_BYTES: usize = 5 * 1024 * 1024;
/// How long a presigned import upload URL stays usable.
const UPLOAD_URL_TTL: Duration = Duration::from_secs(15 * 60);

/// What this function holds for its whole life, built once per cold start.
pub struct State {
    pub pool: Pool,
    pub sqs: aws_sdk_sqs::Client,
    pub s3: aws_sdk_s3::Client,
    pub gate: Gate,
    pub verify_queue_url: String,
    pub uploads_bucket: String,
}

impl State {
    pub async fn from_env() -> anyhow::Result<Self> {
        let database = config::DatabaseConfig::from_env()?;
        let rate_limits = RateLimitConfig::from_env()?;
        let verify_queue_url = config::required("VERIFY_QUEUE_URL")?;
        let uploads_bucket = config::required("UPLOADS_BUCKET")?;
        let aws = shared::aws::load().await;
        Ok(Self {
            pool: db::pool(&database)?,
            sqs: shared::aws::sqs(&aws),
            s3: shared::aws::s3(&aws),
            gate: Gate::new(shared::aws::dynamodb(&aws), rate_limits),
            verify_queue_url,
            uploads_bucket,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handler {
    CreateContact,
    ListContacts,
    GetContact,
    UpdateContact,
    DeleteContact,
    ImportContacts,
    CreateImportUpload,
    GetImport,
    ExportContacts,
    VerifyContacts,
    ListSuppressions,
    CreateSuppression,
    DeleteSuppression,
}

pub const ROUTES: &[Route<Handler>] = &[
    Route::new(Method::POST, "/contacts", Handler::CreateContact),
    Route::new(Method::GET, "/contacts", Handler::ListContacts),
    Route::new(Method::GET, "/contacts/{id}", Handler::GetContact),
    Route::new(Method::PATCH, "/contacts/{id}", Handler::UpdateContact),
    Route::new(Method::DELETE, "/contacts/{id}", Handler::DeleteContact),
    Route::new(Method::POST, "/contacts/import", Handler::ImportContacts),
    Route::new(
        Method::POST,
        "/contacts/import-url",
        Handler::CreateImportUpload,
    ),
    Route::new(Method::GET, "/contacts/imports/{id}", Handler::GetImport),
    Route::new(Method::GET, "/contacts/export", Handler::ExportContacts),
    Route::new(Method::POST, "/contacts/verify", Handler::VerifyContacts),
    Route::new(Method::GET, "/suppressions", Handler::ListSuppressions),
    Route::new(Method::POST, "/suppressions", Handler::CreateSuppression),
    Route::new(
        Method::DELETE,
        "/suppressions/{email}",
        Handler::DeleteSuppression,
    ),
];

static ROUTER: LazyLock<Router<Handler>> = LazyLock::new(|| Router::new(ROUTES));

pub async fn handle(state: &State, req: Request) -> Response<Body> {
    serve(req, |req| dispatch(state, req)).await
}

async fn dispatch(state: &State, req: Request) -> Result<Response<Body>, ApiError> {
    let (handler, params) = ROUTER.resolve(req.method(), req.uri().path())?;
    state.gate.admit(&shared::http::source_ip(&req)).await?;
    let (caller, _) = state.gate.caller(&state.pool, req.headers()).await?;
    let req = &req;
    let params = &params;
    match handler {
        Handler::CreateContact => create_contact(state, caller, req).await,
        Handler::ListContacts => list_contacts(state, caller, req).await,
        Handler::GetContact => get_contact(state, caller, params).await,
        Handler::UpdateContact => update_contact(state, caller, req, params).await,
        Handler::DeleteContact => delete_contact(state, caller, req, params).await,
        Handler::ImportContacts => import_contacts(state, caller, req).await,
        Handler::CreateImportUpload => create_import_upload(state, caller, req).await,
        Handler::GetImport => get_import(state, caller, params).await,
        Handler::ExportContacts => export_contacts(state, caller, req).await,
        Handler::VerifyContacts => verify_contacts(state, caller, req).await,
        Handler::ListSuppressions => list_suppressions(state, caller, req).await,
        Handler::CreateSuppression => create_suppression(state, caller, req).await,
        Handler::DeleteSuppression => delete_suppression(state, caller, req, params).await,
    }
}

/// `Some(None)` for an explicit `null`, `None` when the field is absent (with `#[serde(default)]`).
fn nullable<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

fn is_unique_violation(err: &tokio_postgres::Error) -> bool {
    err.code() == Some(&SqlState::UNIQUE_VIOLATION)
}

const DUPLICATE_CONTACT: &str = "You already have a contact with this email address.";

// ------------------------------------------------------------------ contacts

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateContactRequest {
    /// Unique per user, compared case-insensitively; internationalised domains are stored as
    /// punycode.
    #[schema(value_type = Email, inline)]
    pub email: String,
    #[serde(default)]
    #[schema(value_type = Option<Line<{ MAX_TEXT_CHARS }>>, inline)]
    pub first_name: Option<String>,
    #[serde(default)]
    #[schema(value_type = Option<Line<{ MAX_TEXT_CHARS }>>, inline)]
    pub last_name: Option<String>,
    #[serde(default)]
    #[schema(value_type = Option<Line<{ MAX_TEXT_CHARS }>>, inline)]
    pub title: Option<String>,
    #[serde(default)]
    #[schema(value_type = Option<Line<{ MAX_TEXT_CHARS }>>, inline)]
    pub company: Option<String>,
    #[serde(default)]
    #[schema(value_type = Option<HttpUrl<{ MAX_URL_CHARS }>>, inline)]
    pub linkedin_url: Option<String>,
    /// An IANA time zone name such as `Europe/Paris`.
    #[serde(default)]
    #[schema(value_type = Option<TimezoneName>)]
    pub timezone: Option<String>,
    /// Blank tags and repeats are dropped.
    #[serde(default)]
    #[schema(value_type = Vec<Tag<{ MAX_TAG_CHARS }>>, inline, max_items = 50)]
    pub tags: Vec<String>,
}

/// Creates a contact; its verification starts as `unverified`.
#[utoipa::path(post, path = "/contacts", tag = "contacts", security(("bearer" = [])),
    request_body = CreateContactRequest,
    responses(
        (status = 201, body = Contact),
        (status = 409, description = "An existing contact has this address", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
#[tracing::instrument(skip_all)]
pub async fn create_contact(
    state: &State,
    caller: Caller,
    req: &Request,
) -> Result<Response<Body>, ApiError> {
    let body: CreateContactRequest = json_body(req)?;
    let raw = RawContact {
        email: Some(&body.email),
        first_name: body.first_name.as_deref(),
        last_name: body.last_name.as_deref(),
        title: body.title.as_deref(),
        company: body.company.as_deref(),
        linkedin_url: body.linkedin_url.as_deref(),
        timezone: body.timezone.as_deref(),
    };
    let fields = ContactFields::parse(raw, body.tags.iter().map(String::as_str))
        .map_err(ApiError::Validation)?;
    let client = db::client(&state.pool).await?;
    let row = client
        .query_opt(
            queries::INSERT_CONTACT,
            &[
                &caller.user_id,
                &fields.email,
                &fields.first_name,
                &fields.last_name,
                &fields.title,
                &fields.company,
                &fields.linkedin_url,
                &fields.timezone,
                &fields.tags,
            ],
        )
        .await
        .context("Failed to create contact")?
        .ok_or_else(|| ApiError::Conflict(DUPLICATE_CONTACT.to_owned()))?;
    json_response(StatusCode::CREATED, &Contact::from_row(&row))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ContactPage {
    pub items: Vec<Contact>,
    pub next_cursor: Option<String>,
}

/// The filters of the contact list and export: `tag`, `company` (exact, case-insensitive),
/// `status` (verification status) and `q` (substring of name, email, company or title).
struct Filters {
    tag: Option<String>,
    company: Option<String>,
    status: Option<String>,
    pattern: Option<String>,
}

impl Filters {
    fn from_request(req: &Request) -> Result<Self, ApiError> {
        let mut errors = Vec::new();
        let mut bounded = |name: &str, max: usize| {
            let raw = query_param(req, name)?;
            shared::text::line(raw, max)
                .map_err(|err| errors.push(FieldError::new(name, err.to_string())))
                .ok()
                .flatten()
                .map(str::to_owned)
        };
        let tag = bounded("tag", MAX_TAG_CHARS);
        let company = bounded("company", MAX_TEXT_CHARS);
        let q = bounded("q", MAX_TEXT_CHARS);
        let status = query_param(req, "status").map(str::to_owned);
        if let Some(status) = &status
            && !VERIFICATION_STATUSES.contains(&status.as_str())
        {
            errors.push(FieldError::new(
                "status",
                format!("must be one of {}", VERIFICATION_STATUSES.join(", ")),
            ));
        }
        if !errors.is_empty() {
            return Err(ApiError::Validation(errors));
        }
        Ok(Self {
            tag,
            company,
            status,
            pattern: q.map(|q| format!("%{}%", escape_like(&q))),
        })
    }
}

/// Makes `%`, `_` and `\` in a search term match themselves in `ILIKE`.
fn escape_like(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    for c in value.chars() {
        if matches!(c, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// The caller's contacts, newest first, optionally filtered.
#[utoipa::path(get, path = "/contacts", tag = "contacts", security(("bearer" = [])),
    params(
        ("tag" = inline(Option<Line<{ MAX_TAG_CHARS }>>), Query, description = "contacts carrying this tag"),
        ("company" = inline(Option<Line<{ MAX_TEXT_CHARS }>>), Query, description = "exact company name, any case"),
        ("status" = inline(Option<VerificationStatus>), Query, description = "verification status"),
        ("q" = inline(Option<Line<{ MAX_TEXT_CHARS }>>), Query, description = "substring of name, email, company or title"),
        ("limit" = Option<i64>, Query, description = "1 to 200, default 50"),
        ("cursor" = Option<String>, Query, description = "next_cursor of the previous page"),
    ),
    responses(
        (status = 200, body = ContactPage),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list_contacts(
    state: &State,
    caller: Caller,
    req: &Request,
) -> Result<Response<Body>, ApiError> {
    let page = PageRequest::from_request(req)?;
    let filters = Filters::from_request(req)?;
    let (before_at, before_id) = page.bounds();
    let client = db::client(&state.pool).await?;
    let rows = client
        .query(
            queries::LIST_CONTACTS,
            &[
                &caller.user_id,
                &filters.tag,
                &filters.company,
                &filters.status,
                &filters.pattern,
                &before_at,
                &before_id,
                &page.fetch_limit(),
            ],
        )
        .await
        .context("Failed to list contacts")?;
    let contacts = rows.iter().map(Contact::from_row).collect();
    let listing = Page::from_rows(contacts, &page, |contact: &Contact| Cursor {
        created_at: contact.created_at,
        id: contact.id,
    });
    json_response(StatusCode::OK, &listing)
}

#[utoipa::path(get, path = "/contacts/{id}", tag = "contacts", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Contact),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn get_contact(
    state: &State,
    caller: Caller,
    params: &PathParams,
) -> Result<Response<Body>, ApiError> {
    let id = params.uuid("id")?;
    let client = db::client(&state.pool).await?;
    let row = client
        .query_opt(queries::GET_CONTACT, &[&id, &caller.user_id])
        .await
        .context("Failed to load contact")?
        .ok_or(ApiError::NotFound)?;
    json_response(StatusCode::OK, &Contact::from_row(&row))
}

/// Fields absent from the body keep their value; `null` clears an optional field. Changing
/// `email` (beyond its case) resets verification to `unverified`; it cannot be cleared.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateContactRequest {
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Email, inline)]
    pub email: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<Line<{ MAX_TEXT_CHARS }>>, inline)]
    pub first_name: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<Line<{ MAX_TEXT_CHARS }>>, inline)]
    pub last_name: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<Line<{ MAX_TEXT_CHARS }>>, inline)]
    pub title: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<Line<{ MAX_TEXT_CHARS }>>, inline)]
    pub company: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<HttpUrl<{ MAX_URL_CHARS }>>, inline)]
    pub linkedin_url: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<TimezoneName>)]
    pub timezone: Option<Option<String>>,
    /// Replaces the tags.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<Vec<Tag<{ MAX_TAG_CHARS }>>>, inline, max_items = 50)]
    pub tags: Option<Option<Vec<String>>>,
}

/// The patched value of one optional field.
fn patched<'a>(patch: &'a Option<Option<String>>, current: &'a Option<String>) -> Option<&'a str> {
    match patch {
        None => current.as_deref(),
        Some(value) => value.as_deref(),
    }
}

#[utoipa::path(patch, path = "/contacts/{id}", tag = "contacts", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    request_body = UpdateContactRequest,
    responses(
        (status = 200, body = Contact),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Another contact has the new address", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
#[tracing::instrument(skip_all)]
pub async fn update_contact(
    state: &State,
    caller: Caller,
    req: &Request,
    params: &PathParams,
) -> Result<Response<Body>, ApiError> {
    let id = params.uuid("id")?;
    let body: UpdateContactRequest = json_body(req)?;
    if matches!(body.email, Some(None)) {
        return Err(ApiError::validation("email", "cannot be null"));
    }
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let current = tx
        .query_opt(queries::LOCK_CONTACT, &[&id, &caller.user_id])
        .await
        .context("Failed to load contact")?
        .map(|row| Contact::from_row(&row).fields())
        .ok_or(ApiError::NotFound)?;
    let email = Some(current.email.clone());
    let raw = RawContact {
        email: patched(&body.email, &email),
        first_name: patched(&body.first_name, &current.first_name),
        last_name: patched(&body.last_name, &current.last_name),
        title: patched(&body.title, &current.title),
        company: patched(&body.company, &current.company),
        linkedin_url: patched(&body.linkedin_url, &current.linkedin_url),
        timezone: patched(&body.timezone, &current.timezone),
    };
    let tags: Vec<&str> = match &body.tags {
        None => current.tags.iter().map(String::as_str).collect(),
        Some(None) => Vec::new(),
        Some(Some(tags)) => tags.iter().map(String::as_str).collect(),
    };
    let fields = ContactFields::parse(raw, tags).map_err(ApiError::Validation)?;
    let row = tx
        .query_one(
            queries::UPDATE_CONTACT,
            &[
                &id,
                &caller.user_id,
                &fields.email,
                &fields.first_name,
                &fields.last_name,
                &fields.title,
                &fields.company,
                &fields.linkedin_url,
                &fields.timezone,
                &fields.tags,
            ],
        )
        .await
        .map_err(|err| {
            if is_unique_violation(&err) {
                ApiError::Conflict(DUPLICATE_CONTACT.to_owned())
            } else {
                ApiError::Unexpected(anyhow::Error::new(err).context("Failed to update contact"))
            }
        })?;
    tx.commit().await.context("Failed to commit contact")?;
    json_response(StatusCode::OK, &Contact::from_row(&row))
}

#[utoipa::path(delete, path = "/contacts/{id}", tag = "contacts", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses(
        (status = 204),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn delete_contact(
    state: &State,
    caller: Caller,
    req: &Request,
    params: &PathParams,
) -> Result<Response<Body>, ApiError> {
    let id = params.uuid("id")?;
    let client = db::client(&state.pool).await?;
    let deleted = client
        .execute(queries::DELETE_CONTACT, &[&id, &caller.user_id])
        .await
        .context("Failed to delete contact")?;
    if deleted == 0 {
        return Err(ApiError::NotFound);
    }
    shared::audit::record(
        &client,
        caller.user_id,
        "contact.deleted",
        json!({"contact_id": id}),
        &source_ip(req),
    )
    .await?;
    Ok(empty_response(StatusCode::NO_CONTENT))
}

// ------------------------------------------------------------------ CSV import and export

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
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 413, body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No email column, or not CSV", body = Problem, content_type = "application/problem+json"),
    ))]
#[tracing::instrument(skip_all)]
pub async fn import_contacts(
    state: &State,
    caller: Caller,
    req: &Request,
) -> Result<Response<Body>, ApiError> {
    let file = file_from_request(req, MAX_REQUEST_BYTES).await?;
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
        &source_ip(req),
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
pub struct UploadInstructions {
    /// Always `PUT`.
    pub method: &'static str,
    pub url: String,
    /// Headers the upload must carry exactly as given.
    pub headers: std::collections::BTreeMap<String, String>,
    pub expires_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ImportUpload {
    pub import_id: Uuid,
    /// `awaiting_upload` until the file arrives.
    pub status: &'static str,
    pub upload: UploadInstructions,
}

/// Starts a large import: answers a presigned S3 PUT for a CSV of up to 50 MB. The upload starts
/// the import; follow it with `GET /contacts/imports/{id}`, which ends with the same report as
/// `POST /contacts/import`.
#[utoipa::path(post, path = "/contacts/import-url", tag = "contacts", security(("bearer" = [])),
    request_body = ImportUploadRequest,
    responses(
        (status = 201, body = ImportUpload),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
#[tracing::instrument(skip_all)]
pub async fn create_import_upload(
    state: &State,
    caller: Caller,
    req: &Request,
) -> Result<Response<Body>, ApiError> {
    let body: ImportUploadRequest = json_body(req)?;
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
    let key = format!("imports/{}/{import_id}.csv", caller.user_id);
    let presigned = shared::aws::presigned_put(
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
    let created_at: DateTime<Utc> = client
        .query_one(
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
        .context("Failed to record the import")?
        .get(0);
    let headers = presigned
        .headers()
        .map(|(name, value)| (name.to_ascii_lowercase(), value.to_owned()))
        .collect();
    let upload = ImportUpload {
        import_id,
        status: "awaiting_upload",
        upload: UploadInstructions {
            method: "PUT",
            url: presigned.uri().to_owned(),
            headers,
            expires_at: created_at + chrono::Duration::from_std(UPLOAD_URL_TTL).unwrap_or_default(),
        },
    };
    json_response(StatusCode::CREATED, &upload)
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

#[utoipa::path(get, path = "/contacts/imports/{id}", tag = "contacts", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = ImportStatus),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn get_import(
    state: &State,
    caller: Caller,
    params: &PathParams,
) -> Result<Response<Body>, ApiError> {
    let id = params.uuid("id")?;
    let client = db::client(&state.pool).await?;
    let row = client
        .query_opt(queries::GET_IMPORT, &[&id, &caller.user_id])
        .await
        .context("Failed to load import")?
        .ok_or(ApiError::NotFound)?;
    let status = ImportStatus {
        import_id: row.get("id"),
        status: row.get("status"),
        filename: row.get("filename"),
        size_bytes: row.get("size_bytes"),
        report: row.get("report"),
        error: row.get("error"),
        created_at: row.get("created_at"),
        started_at: row.get("started_at"),
        finished_at: row.get("finished_at"),
    };
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
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
#[tracing::instrument(skip_all)]
pub async fn export_contacts(
    state: &State,
    caller: Caller,
    req: &Request,
) -> Result<Response<Body>, ApiError> {
    let filters = Filters::from_request(req)?;
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
    let contacts: Vec<Contact> = rows.iter().map(Contact::from_row).collect();
    let csv = export::write_csv(&contacts).context("Failed to write CSV")?;
    if csv.len() > MAX_EXPORT_BYTES {
        return Err(ApiError::Conflict(format!(
            "The export of {} contacts is larger than {MAX_EXPORT_BYTES} bytes; filter it with tag, company, status or q and export in parts.",
            contacts.len()
        )));
    }
    let text = String::from_utf8(csv).map_err(|err| {
        ApiError::Unexpected(anyhow::Error::new(err).context("CSV of strings is UTF-8"))
    })?;
    Response::builder()
        .status(StatusCode::OK)
        .header(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/csv; charset=utf-8"),
        )
        .header(
            header::CONTENT_DISPOSITION,
            HeaderValue::from_static("attachment; filename=\"contacts.csv\""),
        )
        .body(Body::Text(text))
        .map_err(|err| ApiError::Unexpected(anyhow::Error::new(err)))
}

// ------------------------------------------------------------------ verification

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VerifyRequest {
    /// Repeats are counted once.
    #[schema(min_items = 1, max_items = 1000)]
    pub contact_ids: Vec<Uuid>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SkippedContact {
    pub contact_id: Uuid,
    /// `not_found`: no contact of the caller has this id.
    pub reason: &'static str,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VerifyAccepted {
    /// Contacts now `pending`, queued for the verify worker.
    pub queued: usize,
    pub skipped: Vec<SkippedContact>,
}

/// Queues contacts for verification (202). Each moves to `pending`, then to `valid`, `risky`
/// (disposable domain, role account), `invalid` (syntax, no such domain, no mail host, null MX)
/// or `unknown` (DNS timeout), with a reason. Ids that name no contact of the caller are listed
/// as skipped. Counts against the plan's monthly verifications, contacts still pending included
/// (429 beyond it).
#[utoipa::path(post, path = "/contacts/verify", tag = "contacts", security(("bearer" = [])),
    request_body = VerifyRequest,
    responses(
        (status = 202, body = VerifyAccepted),
        (status = 422, body = Problem, content_type = "application/problem+json"),
        (status = 429, body = Problem, content_type = "application/problem+json"),
        (status = 503, body = Problem, content_type = "application/problem+json"),
    ))]
#[tracing::instrument(skip_all)]
pub async fn verify_contacts(
    state: &State,
    caller: Caller,
    req: &Request,
) -> Result<Response<Body>, ApiError> {
    let body: VerifyRequest = json_body(req)?;
    // Counted as sent, as the schema's `maxItems` counts, then repeats go.
    let mut ids = body.contact_ids;
    if ids.is_empty() || ids.len() > MAX_VERIFY_IDS {
        return Err(ApiError::validation(
            "contact_ids",
            format!("must name 1 to {MAX_VERIFY_IDS} contacts"),
        ));
    }
    ids.sort_unstable();
    ids.dedup();
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let limit = shared::plan::lock_limits(&tx, caller.user_id)
        .await?
        .monthly_verifications;
    let queued: Vec<Uuid> = tx
        .query(queries::MARK_PENDING, &[&caller.user_id, &ids])
        .await
        .context("Failed to mark contacts pending")?
        .iter()
        .map(|row| row.get(0))
        .collect();
    // Includes the contacts just marked pending, inside this transaction.
    let used: i64 = tx
        .query_one(queries::MONTHLY_VERIFICATIONS, &[&caller.user_id])
        .await
        .context("Failed to count verifications")?
        .try_get(0)
        .context("Failed to read verification count")?;
    if used > limit {
        return Err(ApiError::RateLimited(shared::plan::monthly_quota_exceeded(
            "monthly verification quota",
            limit,
            Utc::now(),
        )));
    }
    // Enqueued before commit: if the queue is down, nothing stays pending. The worker locks the
    // contacts with FOR SHARE before reading their status, so it waits for this commit.
    queue::enqueue_verification(&state.sqs, &state.verify_queue_url, caller.user_id, &queued)
        .await
        .map_err(|source| ApiError::DependencyDown {
            dependency: "verify queue",
            source,
        })?;
    tx.commit().await.context("Failed to commit verification")?;
    let skipped = ids
        .iter()
        .filter(|id| !queued.contains(id))
        .map(|id| SkippedContact {
            contact_id: *id,
            reason: "not_found",
        })
        .collect();
    let accepted = VerifyAccepted {
        queued: queued.len(),
        skipped,
    };
    json_response(StatusCode::ACCEPTED, &accepted)
}

// ------------------------------------------------------------------ suppressions

#[derive(Debug, Serialize, ToSchema)]
pub struct Suppression {
    #[serde(skip)]
    #[schema(ignore)]
    pub id: Uuid,
    pub email: String,
    /// permanent_bounce, complaint, unsubscribe or manual.
    pub reason: String,
    pub detail: Option<String>,
    pub created_at: DateTime<Utc>,
}

impl Suppression {
    fn from_row(row: &shared::db::Row) -> Self {
        Self {
            id: row.get("id"),
            email: row.get("email"),
            reason: row.get("reason"),
            detail: row.get("detail"),
            created_at: row.get("created_at"),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SuppressionPage {
    pub items: Vec<Suppression>,
    pub next_cursor: Option<String>,
}

/// The caller's suppression list, newest first. Suppressed addresses are never sent to.
#[utoipa::path(get, path = "/suppressions", tag = "suppressions", security(("bearer" = [])),
    params(
        ("limit" = Option<i64>, Query, description = "1 to 200, default 50"),
        ("cursor" = Option<String>, Query, description = "next_cursor of the previous page"),
    ),
    responses(
        (status = 200, body = SuppressionPage),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list_suppressions(
    state: &State,
    caller: Caller,
    req: &Request,
) -> Result<Response<Body>, ApiError> {
    let page = PageRequest::from_request(req)?;
    let (before_at, before_id) = page.bounds();
    let client = db::client(&state.pool).await?;
    let rows = client
        .query(
            queries::LIST_SUPPRESSIONS,
            &[&caller.user_id, &before_at, &before_id, &page.fetch_limit()],
        )
        .await
        .context("Failed to list suppressions")?;
    let items = rows.iter().map(Suppression::from_row).collect();
    let listing = Page::from_rows(items, &page, |item: &Suppression| Cursor {
        created_at: item.created_at,
        id: item.id,
    });
    json_response(StatusCode::OK, &listing)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateSuppressionRequest {
    #[schema(value_type = Email, inline)]
    pub email: String,
    /// Only `manual` may be given (the default); bounces, complaints and unsubscribes are
    /// recorded by the system.
    #[serde(default)]
    #[schema(value_type = Option<ManualReason>, inline)]
    pub reason: Option<String>,
    /// A note.
    #[serde(default)]
    #[schema(value_type = Option<Line<500>>, inline)]
    pub detail: Option<String>,
}

/// Suppresses an address: 201 when added, 200 with the existing entry when it already was.
#[utoipa::path(post, path = "/suppressions", tag = "suppressions", security(("bearer" = [])),
    request_body = CreateSuppressionRequest,
    responses(
        (status = 201, body = Suppression),
        (status = 200, description = "Already suppressed", body = Suppression),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
#[tracing::instrument(skip_all)]
pub async fn create_suppression(
    state: &State,
    caller: Caller,
    req: &Request,
) -> Result<Response<Body>, ApiError> {
    let body: CreateSuppressionRequest = json_body(req)?;
    let mut errors = Vec::new();
    let email = model::email(&body.email)
        .map_err(|error| errors.push(error))
        .ok();
    if body
        .reason
        .as_deref()
        .is_some_and(|reason| reason != "manual")
    {
        errors.push(FieldError::new(
            "reason",
            "must be `manual`; bounces, complaints and unsubscribes are recorded by the system",
        ));
    }
    let detail = model::text("detail", body.detail.as_deref(), 500)
        .map_err(|error| errors.push(error))
        .ok()
        .flatten();
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        return Err(ApiError::Validation(errors));
    };
    let client = db::client(&state.pool).await?;
    let inserted = client
        .query_opt(
            queries::INSERT_SUPPRESSION,
            &[&caller.user_id, &email, &detail],
        )
        .await
        .context("Failed to add suppression")?;
    match inserted {
        Some(row) => {
            let suppression = Suppression::from_row(&row);
            shared::audit::record(
                &client,
                caller.user_id,
                "suppression.created",
                json!({"email": suppression.email, "reason": suppression.reason}),
                &source_ip(req),
            )
            .await?;
            json_response(StatusCode::CREATED, &suppression)
        }
        None => {
            let row = client
                .query_one(queries::GET_SUPPRESSION, &[&caller.user_id, &email])
                .await
                .context("Failed to load suppression")?;
            json_response(StatusCode::OK, &Suppression::from_row(&row))
        }
    }
}

/// Removes a `manual` suppression. The address is URL-encoded in the path (`@` as `%40`).
/// Bounces, complaints and unsubscribes cannot be removed (409).
#[utoipa::path(delete, path = "/suppressions/{email}", tag = "suppressions", security(("bearer" = [])),
    params(("email" = String, Path, description = "the suppressed address, URL-encoded")),
    responses(
        (status = 204),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
    ))]
#[tracing::instrument(skip_all)]
pub async fn delete_suppression(
    state: &State,
    caller: Caller,
    req: &Request,
    params: &PathParams,
) -> Result<Response<Body>, ApiError> {
    // An address that does not parse names no suppression: 404, as a malformed id does.
    let email = params
        .get("email")
        .and_then(|raw| percent_encoding::percent_decode_str(raw).decode_utf8().ok())
        .and_then(|raw| EmailAddress::parse(&raw).ok())
        .map(|address| address.to_string())
        .ok_or(ApiError::NotFound)?;
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let existing = tx
        .query_opt(queries::GET_SUPPRESSION, &[&caller.user_id, &email])
        .await
        .context("Failed to load suppression")?
        .map(|row| Suppression::from_row(&row))
        .ok_or(ApiError::NotFound)?;
    if existing.reason != "manual" {
        return Err(ApiError::Conflict(format!(
            "This address is suppressed because of a {}; only manual suppressions can be removed.",
            existing.reason.replace('_', " ")
        )));
    }
    tx.execute(queries::DELETE_SUPPRESSION, &[&caller.user_id, &email])
        .await
        .context("Failed to delete suppression")?;
    shared::audit::record(
        &tx,
        caller.user_id,
        "suppression.deleted",
        json!({"email": existing.email}),
        &source_ip(req),
    )
    .await?;
    tx.commit().await.context("Failed to commit suppression")?;
    Ok(empty_response(StatusCode::NO_CONTENT))
}

#[derive(OpenApi)]
#[openapi(
    paths(
        create_contact,
        list_contacts,
        get_contact,
        update_contact,
        delete_contact,
        import_contacts,
        create_import_upload,
        get_import,
        export_contacts,
        verify_contacts,
        list_suppressions,
        create_suppression,
        delete_suppression
    ),
    components(schemas(
        Problem,
        shared::FieldError,
        Contact,
        model::Verification,
        ImportReport,
        import::RowError
    ))
)]
pub struct ApiDoc;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_route_table_builds() {
        let router = Router::new(ROUTES);
        let (handler, _) = router
            .resolve(&Method::GET, "/contacts/export")
            .expect("static segment wins over {id}");
        assert_eq!(handler, Handler::ExportContacts);
        let (handler, params) = router
            .resolve(&Method::DELETE, "/suppressions/a%40b.test")
            .expect("email path");
        assert_eq!(handler, Handler::DeleteSuppression);
        assert_eq!(params.get("email"), Some("a%40b.test"));
    }

    #[test]
    fn like_patterns_are_escaped() {
        assert_eq!(escape_like("50%_off\\"), "50\\%\\_off\\\\");
    }
}
