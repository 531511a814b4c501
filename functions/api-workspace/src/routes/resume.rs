//! Resumes: direct upload, presigned upload, the latest parse, and the original file.
//!
//! Either way the file lands in S3 at `users/<user_id>/resumes/<resume_id>`; the bucket's
//! ObjectCreated notification goes through SQS to the resume-parser function, which moves the
//! row from `processing` to `parsed` or `failed`.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use chrono::{DateTime, Utc};
use http::{HeaderMap, StatusCode};
use lambda_http::{Body, Response};
use resume_file::DocumentKind;
use resume_file::storage::object_key;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use utoipa::ToSchema;

use shared::text::NonBlankLine;
use uuid::Uuid;

use shared::auth::Caller;
use shared::db::{self, Row};
use shared::error::{ApiError, Context, Problem};
use shared::http::json_response;
use shared::upload::{PresignedUpload, read_file};
use shared::web::{ClientIp, Json};

use crate::{AppState, queries};
use shared::fields::{self, Fields};

/// What a resume request can conflict with.
#[derive(Debug, thiserror::Error)]
pub enum ResumeConflict {
    #[error("The file of the latest resume has not been uploaded yet.")]
    FileNotUploaded,
}

shared::conflict_kinds!(ResumeConflict {
    FileNotUploaded => ("resume-file-not-uploaded", "Resume file not uploaded"),
});

/// Direct uploads travel base64-encoded inside the Lambda event, whose limit is 6 MB.
pub const MAX_DIRECT_UPLOAD_BYTES: usize = 4 * 1024 * 1024;
/// Presigned uploads go straight to S3; this bounds what the parser is asked to read.
pub const MAX_PRESIGNED_UPLOAD_BYTES: i64 = resume_file::storage::MAX_OBJECT_BYTES;
const UPLOAD_URL_LIFETIME: Duration = Duration::from_secs(15 * 60);
const DOWNLOAD_URL_LIFETIME: Duration = Duration::from_secs(5 * 60);

const PDF: &str = "application/pdf";
const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const TXT: &str = "text/plain";
const ACCEPTED_TYPES: &[&str] = &[PDF, DOCX, TXT];
shared::schema_marker!(UploadType = shared::openapi::string_enum(ACCEPTED_TYPES));

fn content_type_of(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Pdf => PDF,
        DocumentKind::Docx => DOCX,
        DocumentKind::Txt => TXT,
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ResumeAccepted {
    pub resume_id: Uuid,
    /// Always `processing` here; poll `GET /resume` for the result.
    pub status: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Resume {
    pub resume_id: Uuid,
    /// `processing`, `parsed` or `failed`.
    pub status: String,
    /// Why parsing failed, for the user; `null` unless `failed`.
    pub error: Option<String>,
    /// `{name, email, phone, links[], summary, skills[], titles[], experience: [{company,
    /// title, start, end, bullets[]}], education[], metrics[]}` once `parsed`. `skills` are the
    /// items of the resume's own skills section in the seeker's words ("AWS" stays "AWS");
    /// only a resume without such a section gets the names of known skills found in its text.
    /// Dates are `YYYY-MM` or `YYYY`.
    #[schema(value_type = Option<Object>)]
    pub parsed: Option<Value>,
    pub filename: Option<String>,
    /// Detected from the bytes for direct uploads; as declared for presigned ones.
    pub content_type: String,
    pub size_bytes: i64,
    pub created_at: DateTime<Utc>,
    /// When parsing finished, successfully or not.
    pub parsed_at: Option<DateTime<Utc>>,
}

impl Resume {
    fn from_row(row: &Row) -> Result<Self, db::Error> {
        Ok(Self {
            resume_id: row.try_get("id")?,
            status: row.try_get("status")?,
            error: row.try_get("error")?,
            parsed: row.try_get("parsed")?,
            filename: row.try_get("filename")?,
            content_type: row.try_get("content_type")?,
            size_bytes: row.try_get("size_bytes")?,
            created_at: row.try_get("created_at")?,
            parsed_at: row.try_get("parsed_at")?,
        })
    }
}

/// Stores a resume sent as the request body (raw, with its `Content-Type`, or as the `file`
/// part of `multipart/form-data`). The type is detected from the bytes: PDF, DOCX or UTF-8
/// text; anything else is 415, whatever `Content-Type` says. At most 4 MB; use
/// `POST /resume/upload-url` for larger files. Over the plan's monthly resume parses (parses
/// this month plus uploads still processing), 429 with `Retry-After`.
#[utoipa::path(post, path = "/resume/upload", tag = "workspace", security(("bearer" = [])),
    request_body(content = inline(shared::openapi::Binary), content_type = "application/pdf",
        description = "The file itself: PDF, DOCX or plain text (UTF-8), at most 4 MB. \
            `multipart/form-data` with a `file` part is accepted too."),
    responses((status = 202, body = ResumeAccepted)))]
#[tracing::instrument(skip_all)]
pub async fn upload_resume(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    body: axum::body::Body,
) -> Result<Response<Body>, ApiError> {
    let file = read_file(&headers, body, MAX_DIRECT_UPLOAD_BYTES).await?;
    let kind = resume_file::detect_kind(&file.bytes).ok_or_else(|| {
        ApiError::UnsupportedMediaType(
            "The file is not a PDF, a DOCX or plain UTF-8 text; upload one of those.".to_owned(),
        )
    })?;
    let content_type = content_type_of(kind);
    let filename = file
        .filename
        .as_deref()
        .and_then(|name| fields::line(255)(&json!(name)).ok().flatten());
    let resume_id = Uuid::new_v4();
    let key = object_key(caller.user_id, resume_id);
    let size = i64::try_from(file.bytes.len()).unwrap_or(i64::MAX);

    // The row goes first, so the parser always finds it when the object's notification comes.
    let client = record_within_quota(
        &state,
        caller,
        NewResume {
            id: resume_id,
            key: &key,
            content_type,
            size,
            filename: filename.as_deref(),
        },
    )
    .await?;
    let stored = state
        .s3
        .put_object()
        .bucket(&state.uploads_bucket)
        .key(&key)
        .content_type(content_type)
        .body(file.bytes.into())
        .send()
        .await;
    if let Err(err) = stored {
        client
            .execute(
                queries::DELETE_UNUPLOADED_RESUME,
                &[&resume_id, &caller.user_id],
            )
            .await
            .context("Failed to remove resume whose upload failed")?;
        return Err(ApiError::DependencyDown {
            dependency: "file storage",
            source: anyhow::Error::new(err).context("Failed to store resume"),
        });
    }
    shared::audit::record(
        &client,
        caller.user_id,
        "resume.uploaded",
        json!({"resume_id": resume_id, "via": "direct"}),
        &ip,
    )
    .await?;
    let accepted = ResumeAccepted {
        resume_id,
        status: "processing".to_owned(),
    };
    json_response(StatusCode::ACCEPTED, &accepted)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UploadUrlRequest {
    /// The file's name, kept for display.
    #[schema(value_type = NonBlankLine<255>, inline, required = true)]
    #[serde(default)]
    pub filename: Option<Value>,
    /// `application/pdf`, `application/vnd.openxmlformats-officedocument.wordprocessingml.document`
    /// or `text/plain`. The upload must send exactly this `Content-Type`.
    #[schema(value_type = UploadType, inline, required = true)]
    #[serde(default)]
    pub content_type: Option<Value>,
    /// The exact size of the file, 1 byte to 20 MiB. The upload must send exactly this
    /// `Content-Length`.
    #[schema(value_type = i64, minimum = 1, maximum = 20_971_520, required = true)]
    #[serde(default)]
    pub size_bytes: Option<Value>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UploadUrlCreated {
    pub resume_id: Uuid,
    /// `processing` until the parser has read the uploaded file.
    pub status: String,
    pub upload: PresignedUpload,
}

/// A presigned S3 PUT for a resume of up to 20 MB, bound to the declared content type and
/// size and valid for 15 minutes. Parsing starts when the upload completes; the type is
/// checked again from the bytes by the parser, which marks anything else `failed`. Counts
/// against the monthly resume parses like a direct upload (429 over the quota); an upload that
/// has not arrived within an hour is marked `failed`.
#[utoipa::path(post, path = "/resume/upload-url", tag = "workspace", security(("bearer" = [])),
    request_body = UploadUrlRequest,
    responses((status = 201, body = UploadUrlCreated)))]
#[tracing::instrument(skip_all)]
pub async fn create_resume_upload_url(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    ClientIp(ip): ClientIp,
    Json(body): Json<Value>,
) -> Result<Response<Body>, ApiError> {
    let body: UploadUrlRequest = fields::object_body(body)?;
    let mut checks = Fields::new();
    let filename = checks.check(
        "filename",
        body.filename.as_ref(),
        fields::required_line(255),
    );
    let content_type = checks.check(
        "content_type",
        body.content_type.as_ref(),
        fields::one_of(ACCEPTED_TYPES),
    );
    let size = checks.check("size_bytes", body.size_bytes.as_ref(), |value| {
        shared::number::whole_value(value)
            .filter(|size| (1..=MAX_PRESIGNED_UPLOAD_BYTES).contains(size))
            .ok_or_else(|| {
                format!("must be a whole number of bytes from 1 to {MAX_PRESIGNED_UPLOAD_BYTES}")
            })
    });
    for (name, value) in [
        ("filename", &body.filename),
        ("content_type", &body.content_type),
        ("size_bytes", &body.size_bytes),
    ] {
        if value.is_none() {
            checks.error(name, "is required");
        }
    }
    checks.finish()?;
    let (Some(filename), Some(content_type), Some(size)) = (filename, content_type, size) else {
        return Err(ApiError::validation("body", "is incomplete"));
    };

    let resume_id = Uuid::new_v4();
    let key = object_key(caller.user_id, resume_id);
    let upload = shared::aws::presigned_upload(
        &state.s3,
        &state.uploads_bucket,
        &key,
        &content_type,
        size,
        UPLOAD_URL_LIFETIME,
    )
    .await
    .map_err(|source| ApiError::DependencyDown {
        dependency: "file storage",
        source,
    })?;

    let client = record_within_quota(
        &state,
        caller,
        NewResume {
            id: resume_id,
            key: &key,
            content_type: &content_type,
            size,
            filename: Some(filename.as_str()),
        },
    )
    .await?;
    shared::audit::record(
        &client,
        caller.user_id,
        "resume.upload_url_created",
        json!({"resume_id": resume_id}),
        &ip,
    )
    .await?;
    let created = UploadUrlCreated {
        resume_id,
        status: "processing".to_owned(),
        upload,
    };
    json_response(StatusCode::CREATED, &created)
}

/// A `resumes` row about to be written.
struct NewResume<'a> {
    id: Uuid,
    key: &'a str,
    content_type: &'a str,
    size: i64,
    filename: Option<&'a str>,
}

/// Records a new upload as `processing` if the month's parse quota has room for it: parses
/// that succeeded this month plus uploads still pending, under the plan's limit. Over it, 429
/// with `Retry-After` at the start of next month (UTC), and nothing is stored.
async fn record_within_quota(
    state: &AppState,
    caller: Caller,
    resume: NewResume<'_>,
) -> Result<db::Client, ApiError> {
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let limit = shared::plan::lock_limits(&tx, caller.user_id)
        .await?
        .monthly_resume_parses;
    let used: i64 = tx
        .query_one(queries::MONTHLY_RESUME_PARSES, &[&caller.user_id])
        .await
        .context("Failed to count resume parses")?
        .try_get("used")
        .context("Failed to read resume parse count")?;
    if used >= limit {
        return Err(ApiError::RateLimited(shared::plan::monthly_quota_exceeded(
            "monthly resume parse quota",
            limit,
            Utc::now(),
        )));
    }
    tx.execute(
        queries::INSERT_RESUME,
        &[
            &resume.id,
            &caller.user_id,
            &resume.key,
            &resume.content_type,
            &resume.size,
            &resume.filename,
        ],
    )
    .await
    .context("Failed to record resume")?;
    tx.commit().await.context("Failed to commit resume")?;
    Ok(client)
}

async fn latest(state: &AppState, caller: Caller) -> Result<Row, ApiError> {
    let client = db::client(&state.pool).await?;
    client
        .query_opt(queries::LATEST_RESUME, &[&caller.user_id])
        .await
        .context("Failed to load resume")?
        .ok_or(ApiError::NotFound)
}

/// The caller's latest resume with its parsed fields; 404 before the first upload.
#[utoipa::path(get, path = "/resume", tag = "workspace", security(("bearer" = [])),
    responses(
        (status = 200, body = Resume),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn get_resume(
    State(state): State<Arc<AppState>>,
    caller: Caller,
) -> Result<Response<Body>, ApiError> {
    let row = latest(&state, caller).await?;
    let resume = Resume::from_row(&row).context("Failed to read resume")?;
    json_response(StatusCode::OK, &resume)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ResumeFile {
    pub resume_id: Uuid,
    /// A presigned GET of the original file, valid for 5 minutes.
    pub url: String,
    pub expires_at: DateTime<Utc>,
}

/// A short-lived download link for the latest resume's original file. 409 while a presigned
/// upload has not arrived yet.
#[utoipa::path(get, path = "/resume/file", tag = "workspace", security(("bearer" = [])),
    responses(
        (status = 200, body = ResumeFile),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json",
            description = "`resume-file-not-uploaded`: the latest resume's file has not been uploaded yet"),
    ))]
pub async fn get_resume_file(
    State(state): State<Arc<AppState>>,
    caller: Caller,
) -> Result<Response<Body>, ApiError> {
    let row = latest(&state, caller).await?;
    let resume_id: Uuid = row.try_get("id").context("Failed to read resume")?;
    let key: String = row.try_get("s3_key").context("Failed to read resume")?;
    let storage_down = |source: anyhow::Error| ApiError::DependencyDown {
        dependency: "file storage",
        source,
    };
    match state
        .s3
        .head_object()
        .bucket(&state.uploads_bucket)
        .key(&key)
        .send()
        .await
    {
        Ok(_) => {}
        Err(err) if err.as_service_error().is_some_and(|err| err.is_not_found()) => {
            return Err(ResumeConflict::FileNotUploaded.into());
        }
        Err(err) => return Err(storage_down(anyhow::Error::new(err))),
    }
    let presigned = shared::aws::presigned_get(
        &state.s3,
        &state.uploads_bucket,
        &key,
        DOWNLOAD_URL_LIFETIME,
    )
    .await
    .map_err(storage_down)?;
    let lifetime = chrono::Duration::from_std(DOWNLOAD_URL_LIFETIME).unwrap_or_default();
    let file = ResumeFile {
        resume_id,
        url: presigned.uri().to_owned(),
        expires_at: Utc::now() + lifetime,
    };
    json_response(StatusCode::OK, &file)
}
