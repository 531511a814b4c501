//! Keyset pagination: `?limit=` and an opaque `?cursor=` naming the last item of the previous
//! page by (created_at, id), so pages stay stable while rows are inserted.
//!
//! A cursor is 24 bytes in unpadded base64url: the time in microseconds since 1970 (big-endian
//! i64) and the id. Every string of 32 base64url characters is therefore a position in that
//! order, which the OpenAPI document can state as a pattern; a time outside the years rows can
//! have is clamped to them, so a forged cursor names an empty page or the first one, never an
//! error.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, NaiveDate, Utc};

use serde::Serialize;
use uuid::Uuid;

use crate::db::{self, GenericClient, Row};
use crate::error::{ApiError, FieldError};

pub const DEFAULT_LIMIT: i64 = 50;
pub const MAX_LIMIT: i64 = 200;
/// Every cursor this API hands out, and every string it accepts as one.
/// Empty is the first page, as is no cursor at all.
pub const CURSOR_PATTERN: &str = "^(?:[A-Za-z0-9_-]{32})?$";

/// Position after which the next page starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub created_at: DateTime<Utc>,
    pub id: Uuid,
}

impl Cursor {
    pub fn encode(&self) -> String {
        let mut bytes = [0u8; 24];
        bytes[..8].copy_from_slice(&self.created_at.timestamp_micros().to_be_bytes());
        bytes[8..].copy_from_slice(self.id.as_bytes());
        URL_SAFE_NO_PAD.encode(bytes)
    }

    pub fn decode(raw: &str) -> Option<Self> {
        let bytes: [u8; 24] = URL_SAFE_NO_PAD.decode(raw).ok()?.try_into().ok()?;
        let (micros, id) = bytes.split_at(8);
        let micros = i64::from_be_bytes(micros.try_into().ok()?);
        let (first, last) = time_range_micros();
        Some(Self {
            created_at: DateTime::from_timestamp_micros(micros.clamp(first, last))?,
            id: Uuid::from_slice(id).ok()?,
        })
    }
}

/// The times a cursor may name, in microseconds since 1970: every row is created after the
/// first and long before the last, and Postgres stores both (chrono reads far more).
fn time_range_micros() -> (i64, i64) {
    let last = NaiveDate::from_ymd_opt(9999, 12, 31)
        .and_then(|day| day.and_hms_opt(0, 0, 0))
        .map_or(i64::MAX, |time| time.and_utc().timestamp_micros());
    (0, last)
}

#[derive(Debug, Clone, Copy)]
pub struct PageRequest {
    pub limit: i64,
    pub after: Option<Cursor>,
}

impl PageRequest {
    /// Reads `limit` and `cursor` from a query, given how to look a parameter up.
    pub fn from_params<'a>(query: impl Fn(&str) -> Option<&'a str>) -> Result<Self, ApiError> {
        let mut errors = Vec::new();
        let limit = match query("limit") {
            None => DEFAULT_LIMIT,
            Some(raw) => match raw.parse::<i64>() {
                Ok(limit) if (1..=MAX_LIMIT).contains(&limit) => limit,
                _ => {
                    errors.push(FieldError::new(
                        "limit",
                        format!("must be an integer from 1 to {MAX_LIMIT}"),
                    ));
                    DEFAULT_LIMIT
                }
            },
        };
        let after = match query("cursor") {
            None | Some("") => None,
            Some(raw) => match Cursor::decode(raw) {
                Some(cursor) => Some(cursor),
                None => {
                    errors.push(FieldError::new(
                        "cursor",
                        "is not a cursor returned by this API",
                    ));
                    None
                }
            },
        };
        if errors.is_empty() {
            Ok(Self { limit, after })
        } else {
            Err(ApiError::Validation(errors))
        }
    }

    /// Rows to fetch: one more than the page, to learn whether another page exists.
    pub fn fetch_limit(&self) -> i64 {
        self.limit + 1
    }

    /// One page of a caller's rows, newest first: `query` takes the user id, the page bounds
    /// and the fetch limit as `$1` to `$4`.
    pub async fn rows(
        &self,
        client: &impl GenericClient,
        query: &str,
        user_id: Uuid,
    ) -> Result<Vec<Row>, db::Error> {
        let (before_at, before_id) = self.bounds();
        client
            .query(
                query,
                &[&user_id, &before_at, &before_id, &self.fetch_limit()],
            )
            .await
    }

    /// One page of the caller's rows of `query` (as [`rows`](Self::rows) runs it), each read by
    /// `read`: what a list route answers.
    pub async fn list<T: Keyed>(
        &self,
        client: &impl GenericClient,
        query: &str,
        user_id: Uuid,
        read: impl Fn(&Row) -> Result<T, db::Error>,
    ) -> Result<Page<T>, db::Error> {
        let rows = self.rows(client, query, user_id).await?;
        Ok(Page::from_rows(db::read_rows(&rows, read)?, self))
    }

    /// The bounds for `WHERE (created_at, id) < ($n, $m)`; the far future when on the first page.
    pub fn bounds(&self) -> (DateTime<Utc>, Uuid) {
        match self.after {
            Some(cursor) => (cursor.created_at, cursor.id),
            None => (DateTime::<Utc>::MAX_UTC, Uuid::max()),
        }
    }
}

/// The list parameters as every list route documents them: `params(.., PageRequest)`.
impl utoipa::IntoParams for PageRequest {
    fn into_params(
        _: impl Fn() -> Option<utoipa::openapi::path::ParameterIn>,
    ) -> Vec<utoipa::openapi::path::Parameter> {
        use utoipa::openapi::path::{ParameterBuilder, ParameterIn};
        use utoipa::openapi::{ObjectBuilder, Required, Type};
        let limit = ObjectBuilder::new()
            .schema_type(Type::Integer)
            .minimum(Some(1))
            .maximum(Some(MAX_LIMIT))
            .default(Some(DEFAULT_LIMIT.into()));
        let cursor = ObjectBuilder::new()
            .schema_type(Type::String)
            .pattern(Some(CURSOR_PATTERN));
        vec![
            ParameterBuilder::new()
                .name("limit")
                .parameter_in(ParameterIn::Query)
                .description(Some(format!("1 to {MAX_LIMIT}, default {DEFAULT_LIMIT}")))
                .required(Required::False)
                .schema(Some(limit))
                .build(),
            ParameterBuilder::new()
                .name("cursor")
                .parameter_in(ParameterIn::Query)
                .description(Some("next_cursor of the previous page"))
                .required(Required::False)
                .schema(Some(cursor))
                .build(),
        ]
    }
}

/// An item of a list: where it stands in the (created_at, id) order.
pub trait Keyed {
    fn key(&self) -> Cursor;
}

/// Implements [`Keyed`] for types whose `created_at` and `id` fields are their list position.
#[macro_export]
macro_rules! keyed_by_creation {
    ($($item:ty),* $(,)?) => {
        $(impl $crate::pagination::Keyed for $item {
            fn key(&self) -> $crate::pagination::Cursor {
                $crate::pagination::Cursor {
                    created_at: self.created_at,
                    id: self.id,
                }
            }
        })*
    };
}

#[derive(Debug, Serialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next_cursor: Option<String>,
}

impl<T: Keyed> Page<T> {
    /// Builds a page from `fetch_limit()` rows ordered by (created_at, id) descending.
    pub fn from_rows(mut rows: Vec<T>, request: &PageRequest) -> Self {
        let limit = usize::try_from(request.limit).unwrap_or(0);
        let next_cursor = if rows.len() > limit {
            rows.truncate(limit);
            rows.last().map(|last| last.key().encode())
        } else {
            None
        };
        Self {
            items: rows,
            next_cursor,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_round_trips_and_garbage_is_rejected() {
        let cursor = Cursor {
            created_at: DateTime::from_timestamp_micros(Utc::now().timestamp_micros())
                .expect("now"),
            id: Uuid::new_v4(),
        };
        let encoded = cursor.encode();
        assert!(
            regex::Regex::new(CURSOR_PATTERN)
                .expect("pattern")
                .is_match(&encoded)
        );
        assert_eq!(Cursor::decode(&encoded), Some(cursor));
        assert_eq!(Cursor::decode("not-a-cursor"), None);
        assert_eq!(Cursor::decode(""), None);
        assert_eq!(Cursor::decode(&format!("{encoded}AAAA")), None);
    }

    #[test]
    fn every_string_the_pattern_allows_is_a_position_within_the_years_of_our_rows() {
        let (first, last) = time_range_micros();
        for raw in [
            "________________________________",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "gAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "f__________________________-----",
        ] {
            let micros = Cursor::decode(raw)
                .unwrap_or_else(|| panic!("{raw} decodes"))
                .created_at
                .timestamp_micros();
            assert!((first..=last).contains(&micros), "{raw}");
        }
    }

    #[test]
    fn page_reports_next_cursor_only_when_more_rows_exist() {
        let request = PageRequest {
            limit: 2,
            after: None,
        };
        #[derive(Debug, Clone)]
        struct Row(i64, Uuid);
        impl Keyed for Row {
            fn key(&self) -> Cursor {
                Cursor {
                    created_at: DateTime::from_timestamp(self.0, 0).unwrap_or_default(),
                    id: self.1,
                }
            }
        }
        let rows: Vec<Row> = (0..3).map(|n| Row(100 - n, Uuid::new_v4())).collect();
        let page = Page::from_rows(rows.clone(), &request);
        assert_eq!(page.items.len(), 2);
        assert_eq!(page.next_cursor, Some(rows[1].key().encode()));
        let page = Page::from_rows(rows[..2].to_vec(), &request);
        assert_eq!(page.next_cursor, None);
    }
}
