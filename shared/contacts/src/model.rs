//! A contact's fields, parsed and checked at the edge, whether they come from JSON or a CSV row.

use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::openapi::{RefOr, Schema};
use utoipa::{PartialSchema, ToSchema};
use uuid::Uuid;

use shared::FieldError;
use shared::db::Row;
use shared::email::EmailAddress;

pub const MAX_TEXT_CHARS: usize = 200;
pub const MAX_URL_CHARS: usize = 2048;
pub const MAX_TAGS: usize = 50;
pub const MAX_TAG_CHARS: usize = 50;

/// The verification states of SPEC §2, in the order a contact moves through them.
pub const VERIFICATION_STATUSES: [&str; 6] = [
    "unverified",
    "pending",
    "valid",
    "risky",
    "invalid",
    "unknown",
];

/// The checked, normalised fields of one contact. Optional text is `None`, never empty.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ContactFields {
    pub email: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub title: Option<String>,
    pub company: Option<String>,
    pub linkedin_url: Option<String>,
    pub timezone: Option<String>,
    pub tags: Vec<String>,
}

/// The email address in its stored form: IDN domains as punycode, the domain lower-cased.
pub fn email(raw: &str) -> Result<String, FieldError> {
    EmailAddress::parse(raw)
        .map(|address| address.to_string())
        .map_err(|err| FieldError::new("email", err.to_string()))
}

/// One line of at most `max` characters (schema: [`shared::text::Line`]); trimmed, blank is
/// absent.
pub fn text(field: &str, raw: Option<&str>, max: usize) -> Result<Option<String>, FieldError> {
    let Some(raw) = raw else {
        return Ok(None);
    };
    shared::text::line(raw, max)
        .map(|line| line.map(str::to_owned))
        .map_err(|err| FieldError::new(field, err.to_string()))
}

/// Schema of a time zone: an IANA name in its canonical spelling, or empty for none (names are
/// also read in any case, as spreadsheets write them).
pub struct TimezoneName;

impl PartialSchema for TimezoneName {
    fn schema() -> RefOr<Schema> {
        let names: Vec<&str> = std::iter::once("")
            .chain(chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()))
            .collect();
        shared::openapi::string_enum(&names)
    }
}

impl ToSchema for TimezoneName {
    fn name() -> std::borrow::Cow<'static, str> {
        "TimezoneName".into()
    }
}

/// An IANA time zone name, stored in its canonical spelling (`europe/paris` → `Europe/Paris`).
pub fn timezone(raw: Option<&str>) -> Result<Option<String>, FieldError> {
    let Some(value) = raw.map(str::trim).filter(|value| !value.is_empty()) else {
        return Ok(None);
    };
    chrono_tz::Tz::from_str(value)
        .or_else(|_| chrono_tz::Tz::from_str_insensitive(value))
        .map(|tz| Some(tz.name().to_owned()))
        .map_err(|_| {
            FieldError::new(
                "timezone",
                format!("`{value}` is not an IANA time zone name such as Europe/Paris"),
            )
        })
}

/// An absolute http(s) URL (schema: [`shared::text::HttpUrl`]); empty is absent.
pub fn linkedin_url(raw: Option<&str>) -> Result<Option<String>, FieldError> {
    let Some(raw) = raw else {
        return Ok(None);
    };
    shared::text::http_url(raw, MAX_URL_CHARS)
        .map(|url| url.map(str::to_owned))
        .map_err(|err| FieldError::new("linkedin_url", err.to_string()))
}

/// At most `MAX_TAGS` tags as sent (schema: [`shared::text::Tag`] items); trimmed, blanks
/// dropped, de-duplicated keeping the first spelling.
pub fn tags<'a>(raw: impl IntoIterator<Item = &'a str>) -> Result<Vec<String>, FieldError> {
    let raw: Vec<&str> = raw.into_iter().collect();
    if raw.len() > MAX_TAGS {
        return Err(FieldError::new("tags", format!("at most {MAX_TAGS} tags")));
    }
    let mut tags: Vec<String> = Vec::new();
    for raw_tag in raw {
        let tag = shared::text::tag(raw_tag, MAX_TAG_CHARS)
            .map_err(|err| FieldError::new("tags", format!("each tag {err}")))?;
        if let Some(tag) = tag
            && !tags.iter().any(|seen| seen == tag)
        {
            tags.push(tag.to_owned());
        }
    }
    Ok(tags)
}

/// Unchecked input of one contact, borrowed from a JSON body or a CSV record.
#[derive(Debug, Default, Clone, Copy)]
pub struct RawContact<'a> {
    pub email: Option<&'a str>,
    pub first_name: Option<&'a str>,
    pub last_name: Option<&'a str>,
    pub title: Option<&'a str>,
    pub company: Option<&'a str>,
    pub linkedin_url: Option<&'a str>,
    pub timezone: Option<&'a str>,
}

impl ContactFields {
    /// Checks every field and reports all problems at once.
    pub fn parse<'a>(
        raw: RawContact<'_>,
        raw_tags: impl IntoIterator<Item = &'a str>,
    ) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut keep = |result: Result<Option<String>, FieldError>| match result {
            Ok(value) => value,
            Err(error) => {
                errors.push(error);
                None
            }
        };
        let email = match raw.email.map(str::trim).filter(|value| !value.is_empty()) {
            None => keep(Err(FieldError::new("email", "is required"))),
            Some(value) => keep(email(value).map(Some)),
        };
        let first_name = keep(text("first_name", raw.first_name, MAX_TEXT_CHARS));
        let last_name = keep(text("last_name", raw.last_name, MAX_TEXT_CHARS));
        let title = keep(text("title", raw.title, MAX_TEXT_CHARS));
        let company = keep(text("company", raw.company, MAX_TEXT_CHARS));
        let linkedin_url = keep(linkedin_url(raw.linkedin_url));
        let timezone = keep(timezone(raw.timezone));
        let tags = tags(raw_tags).unwrap_or_else(|error| {
            errors.push(error);
            Vec::new()
        });
        match email {
            Some(email) if errors.is_empty() => Ok(Self {
                email,
                first_name,
                last_name,
                title,
                company,
                linkedin_url,
                timezone,
                tags,
            }),
            _ => Err(errors),
        }
    }
}

/// Where a contact stands with the verify worker.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Verification {
    /// unverified, pending, valid, risky, invalid or unknown.
    pub status: String,
    /// Why: e.g. `disposable domain`, `role account (info@)`, `null MX (RFC 7505)`.
    pub reason: Option<String>,
    pub checked_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Contact {
    pub id: Uuid,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub email: String,
    pub title: Option<String>,
    pub company: Option<String>,
    pub linkedin_url: Option<String>,
    /// IANA time zone name.
    pub timezone: Option<String>,
    pub tags: Vec<String>,
    pub verification: Verification,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

shared::keyed_by_creation!(Contact);

impl Contact {
    pub fn from_row(row: &Row) -> Result<Self, tokio_postgres::Error> {
        Ok(Self {
            id: row.try_get("id")?,
            first_name: row.try_get("first_name")?,
            last_name: row.try_get("last_name")?,
            email: row.try_get("email")?,
            title: row.try_get("title")?,
            company: row.try_get("company")?,
            linkedin_url: row.try_get("linkedin_url")?,
            timezone: row.try_get("timezone")?,
            tags: row.try_get("tags")?,
            verification: Verification {
                status: row.try_get("verification_status")?,
                reason: row.try_get("verification_reason")?,
                checked_at: row.try_get("verification_checked_at")?,
            },
            created_at: row.try_get("created_at")?,
            updated_at: row.try_get("updated_at")?,
        })
    }

    pub fn fields(&self) -> ContactFields {
        ContactFields {
            email: self.email.clone(),
            first_name: self.first_name.clone(),
            last_name: self.last_name.clone(),
            title: self.title.clone(),
            company: self.company.clone(),
            linkedin_url: self.linkedin_url.clone(),
            timezone: self.timezone.clone(),
            tags: self.tags.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timezones_are_canonicalised_and_unknown_names_rejected() {
        assert_eq!(
            timezone(Some(" europe/paris ")),
            Ok(Some("Europe/Paris".into()))
        );
        assert_eq!(
            timezone(Some("America/New_York")),
            Ok(Some("America/New_York".into()))
        );
        assert_eq!(timezone(Some("")), Ok(None));
        assert!(timezone(Some("Mars/Olympus_Mons")).is_err());
        assert!(timezone(Some("EST5EDT; DROP")).is_err());
    }

    #[test]
    fn all_field_errors_are_reported_together() {
        let raw = RawContact {
            email: Some("not-an-address"),
            timezone: Some("Nowhere/Land"),
            linkedin_url: Some("javascript:alert(1)"),
            ..RawContact::default()
        };
        let errors = ContactFields::parse(raw, ["ok"]).expect_err("invalid");
        let fields: Vec<_> = errors.iter().map(|error| error.field.as_str()).collect();
        assert_eq!(fields, ["email", "linkedin_url", "timezone"]);
    }

    #[test]
    fn tags_are_trimmed_and_deduplicated() {
        assert_eq!(
            tags([" a ", "b", "a", ""]),
            Ok(vec!["a".to_owned(), "b".to_owned()])
        );
        assert!(tags(["x".repeat(51).as_str()]).is_err());
    }

    #[test]
    fn emails_are_normalised() {
        assert_eq!(email(" Jane@Example.COM "), Ok("Jane@example.com".into()));
        assert_eq!(email("info@bücher.de"), Ok("info@xn--bcher-kva.de".into()));
    }
}
