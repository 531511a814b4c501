//! Keyset pagination: `?limit=` and an opaque `?cursor=` naming the last item of the previous
//! page by (created_at, id), so pages stay stable while rows are inserted.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Datelike, Utc};
use lambda_http::Request;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{ApiError, FieldError};
use crate::http::query_param;

pub const DEFAULT_LIMIT: i64 = 50;
pub const MAX_LIMIT: i64 = 200;

/// Position after which the next page starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cursor {
    #[serde(rename = "t")]
    pub created_at: DateTime<Utc>,
    #[serde(rename = "i")]
    pub id: Uuid,
}

impl Cursor {
    pub fn encode(&self) -> String {
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(self).unwrap_or_default())
    }

    pub fn decode(raw: &str) -> Option<Self> {
        let bytes = URL_SAFE_NO_PAD.decode(raw).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// Whether the cursor's time is one a row of ours could have. chrono reads years far
    /// outside what Postgres stores (before 4713 BC), which would fail the query.
    pub fn is_in_range(&self) -> bool {
        (FIRST_YEAR..=LAST_YEAR).contains(&self.created_at.year())
    }
}

/// The years a cursor's time may fall in: every row is created after the first and long
/// before the last.
const FIRST_YEAR: i32 = 1970;
const LAST_YEAR: i32 = 9999;

#[derive(Debug, Clone, Copy)]
pub struct PageRequest {
    pub limit: i64,
    pub after: Option<Cursor>,
}

impl PageRequest {
    pub fn from_request(req: &Request) -> Result<Self, ApiError> {
        let mut errors = Vec::new();
        let limit = match query_param(req, "limit") {
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
        let after = match query_param(req, "cursor") {
            None | Some("") => None,
            Some(raw) => match Cursor::decode(raw) {
                Some(cursor) if cursor.is_in_range() => Some(cursor),
                // Well-formed but naming a time no page can start at: a forged or corrupted
                // token, refused as a malformed request before it reaches the database.
                Some(_) => {
                    return Err(ApiError::BadRequest(format!(
                        "The cursor names a time outside {FIRST_YEAR}-{LAST_YEAR}; pass the \
                         next_cursor of a previous page unchanged."
                    )));
                }
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

    /// The bounds for `WHERE (created_at, id) < ($n, $m)`; the far future when on the first page.
    pub fn bounds(&self) -> (DateTime<Utc>, Uuid) {
        match self.after {
            Some(cursor) => (cursor.created_at, cursor.id),
            None => (DateTime::<Utc>::MAX_UTC, Uuid::max()),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next_cursor: Option<String>,
}

impl<T> Page<T> {
    /// Builds a page from `fetch_limit()` rows ordered by (created_at, id) descending.
    pub fn from_rows(mut rows: Vec<T>, request: &PageRequest, key: impl Fn(&T) -> Cursor) -> Self {
        let limit = usize::try_from(request.limit).unwrap_or(0);
        let next_cursor = if rows.len() > limit {
            rows.truncate(limit);
            rows.last().map(|last| key(last).encode())
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
            created_at: Utc::now(),
            id: Uuid::new_v4(),
        };
        assert_eq!(Cursor::decode(&cursor.encode()), Some(cursor));
        assert_eq!(Cursor::decode("not-a-cursor"), None);
        assert_eq!(Cursor::decode(""), None);
    }

    #[test]
    fn cursors_outside_the_years_of_our_rows_decode_but_are_out_of_range() {
        use chrono::TimeZone;
        for year in [-4800, 1, 1969, 10_000, 200_000] {
            let cursor = Cursor {
                created_at: Utc
                    .with_ymd_and_hms(year, 1, 1, 0, 0, 0)
                    .single()
                    .expect("time"),
                id: Uuid::new_v4(),
            };
            let decoded = Cursor::decode(&cursor.encode()).expect("a well-formed cursor");
            assert!(!decoded.is_in_range(), "{year}");
        }
        assert!(
            Cursor {
                created_at: Utc::now(),
                id: Uuid::nil()
            }
            .is_in_range()
        );
    }

    #[test]
    fn page_reports_next_cursor_only_when_more_rows_exist() {
        let request = PageRequest {
            limit: 2,
            after: None,
        };
        let key = |n: &(i64, Uuid)| Cursor {
            created_at: DateTime::from_timestamp(n.0, 0).unwrap_or_default(),
            id: n.1,
        };
        let rows: Vec<(i64, Uuid)> = (0..3).map(|n| (100 - n, Uuid::new_v4())).collect();
        let page = Page::from_rows(rows.clone(), &request, key);
        assert_eq!(page.items.len(), 2);
        assert_eq!(page.next_cursor, Some(key(&rows[1]).encode()));
        let page = Page::from_rows(rows[..2].to_vec(), &request, key);
        assert_eq!(page.next_cursor, None);
    }
}
