//! Contacts: create, list (with filters), read, update and delete.

use std::sync::Arc;

use axum::extract::State;
use http::StatusCode;
use lambda_http::{Body, Response};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::json;
use tokio_postgres::error::SqlState;
use utoipa::ToSchema;
use uuid::Uuid;

use shared::auth::Caller;
use shared::db;
use shared::error::{ApiError, Context, FieldError, Problem};
use shared::http::{empty_response, json_response};
use shared::pagination::{Page, PageRequest};
use shared::text::{Email, HttpUrl, Line, Tag};
use shared::web::{ClientIp, Json, Path, QueryParams};

use crate::model::{
    Contact, ContactFields, MAX_TAG_CHARS, MAX_TEXT_CHARS, MAX_URL_CHARS, RawContact, TimezoneName,
    VERIFICATION_STATUSES,
};
use crate::{AppState, queries};

shared::schema_marker!(
    pub(crate) VerificationStatus = shared::openapi::string_enum(&VERIFICATION_STATUSES)
);

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

/// What a contacts request can conflict with.
#[derive(Debug, thiserror::Error)]
pub enum ContactConflict {
    #[error("You already have a contact with this email address.")]
    DuplicateEmail,
    #[error(
        "The export of {count} contacts is larger than {limit} bytes; filter it with tag, \
         company, status or q and export in parts."
    )]
    ExportTooLarge { count: usize, limit: usize },
    #[error(
        "This address is suppressed because of a {reason}; only manual suppressions can be removed."
    )]
    SuppressionNotRemovable { reason: String },
}

shared::conflict_kinds!(ContactConflict {
    DuplicateEmail => ("contact-exists", "Contact already exists"),
    ExportTooLarge => ("export-too-large", "Export too large"),
    SuppressionNotRemovable => ("suppression-not-removable", "Suppression cannot be removed"),
});

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
        (status = 409, description = "`contact-exists`: an existing contact has this address", body = Problem, content_type = "application/problem+json"),
    ))]
#[tracing::instrument(skip_all)]
pub async fn create_contact(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Json(body): Json<CreateContactRequest>,
) -> Result<Response<Body>, ApiError> {
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
        .ok_or(ContactConflict::DuplicateEmail)?;
    let contact = Contact::from_row(&row).context("Failed to read contact")?;
    json_response(StatusCode::CREATED, &contact)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ContactPage {
    pub items: Vec<Contact>,
    pub next_cursor: Option<String>,
}

/// The filters of the contact list and export: `tag`, `company` (exact, case-insensitive),
/// `status` (verification status) and `q` (substring of name, email, company or title).
pub(crate) struct Filters {
    pub(crate) tag: Option<String>,
    pub(crate) company: Option<String>,
    pub(crate) status: Option<String>,
    pub(crate) pattern: Option<String>,
}

impl Filters {
    pub(crate) fn from_query(query: &QueryParams) -> Result<Self, ApiError> {
        let mut errors = Vec::new();
        let mut bounded = |name: &str, max: usize| {
            let raw = query.get(name)?;
            shared::text::line(raw, max)
                .map_err(|err| errors.push(FieldError::new(name, err.to_string())))
                .ok()
                .flatten()
                .map(str::to_owned)
        };
        let tag = bounded("tag", MAX_TAG_CHARS);
        let company = bounded("company", MAX_TEXT_CHARS);
        let q = bounded("q", MAX_TEXT_CHARS);
        let status = query.get("status").map(str::to_owned);
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
        PageRequest,
    ),
    responses((status = 200, body = ContactPage)))]
pub async fn list_contacts(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    page: PageRequest,
    query: QueryParams,
) -> Result<Response<Body>, ApiError> {
    let filters = Filters::from_query(&query)?;
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
    let contacts = db::read_rows(&rows, Contact::from_row).context("Failed to read contacts")?;
    let listing = Page::from_rows(contacts, &page);
    json_response(StatusCode::OK, &listing)
}

#[utoipa::path(get, path = "/contacts/{id}", tag = "contacts", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses((status = 200, body = Contact)))]
pub async fn get_contact(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(id): Path<Uuid>,
) -> Result<Response<Body>, ApiError> {
    let client = db::client(&state.pool).await?;
    let row = client
        .query_opt(queries::GET_CONTACT, &[&id, &caller.user_id])
        .await
        .context("Failed to load contact")?
        .ok_or(ApiError::NotFound)?;
    let contact = Contact::from_row(&row).context("Failed to read contact")?;
    json_response(StatusCode::OK, &contact)
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
        (status = 409, description = "`contact-exists`: another contact has the new address", body = Problem, content_type = "application/problem+json"),
    ))]
#[tracing::instrument(skip_all)]
pub async fn update_contact(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(id): Path<Uuid>,
    Json(body): Json<UpdateContactRequest>,
) -> Result<Response<Body>, ApiError> {
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
        .ok_or(ApiError::NotFound)?;
    let current = Contact::from_row(&current)
        .context("Failed to read contact")?
        .fields();
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
                ApiError::from(ContactConflict::DuplicateEmail)
            } else {
                ApiError::Unexpected(anyhow::Error::new(err).context("Failed to update contact"))
            }
        })?;
    let contact = Contact::from_row(&row).context("Failed to read contact")?;
    tx.commit().await.context("Failed to commit contact")?;
    json_response(StatusCode::OK, &contact)
}

#[utoipa::path(delete, path = "/contacts/{id}", tag = "contacts", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses((status = 204)))]
pub async fn delete_contact(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(id): Path<Uuid>,
    ClientIp(ip): ClientIp,
) -> Result<Response<Body>, ApiError> {
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
        &ip,
    )
    .await?;
    Ok(empty_response(StatusCode::NO_CONTENT))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_patterns_are_escaped() {
        assert_eq!(escape_like("50%_off\\"), "50\\%\\_off\\\\");
    }
}
