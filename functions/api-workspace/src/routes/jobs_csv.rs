//! `POST /jobs/import` and `GET /jobs/export`: jobs as CSV.
//!
//! Columns (header row required, names case-insensitive, in any order; unknown columns such
//! as `id` or `created_at` from an export are ignored): `title` (required), `company`, `url`,
//! `location`, `description`, `source`, `tags` (separated by `;`). Each row is checked like
//! `POST /jobs`. Export writes the same columns plus `id`, `created_at` and `updated_at`, so an
//! export imports back unchanged.

use std::collections::HashSet;
use std::sync::Arc;
use std::sync::LazyLock;

use axum::extract::State;
use http::{HeaderMap, StatusCode};
use lambda_http::{Body, Response};
use serde::Serialize;
use serde_json::{Value, json};
use utoipa::ToSchema;

use shared::auth::Caller;
use shared::db;
use shared::error::{ApiError, Context, FieldError, Problem};
use shared::http::{csv_attachment, json_response};
use shared::upload::{read_file, spreadsheet_safe};
use shared::web::{ClientIp, QueryParams};

use super::jobs::{self, Job, JobChanges, JobFilters, JobRequest};
use crate::{AppState, queries};

/// A few thousand jobs is far more than anyone tracks; the bound keeps one request short.
pub const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;
pub const MAX_IMPORT_ROWS: usize = 5_000;
pub const MAX_EXPORT_ROWS: i64 = 10_000;
const COLUMNS: &[&str] = &[
    "title",
    "company",
    "url",
    "location",
    "description",
    "source",
    "tags",
];
const EXPORT_COLUMNS: &[&str] = &[
    "id",
    "title",
    "company",
    "url",
    "location",
    "description",
    "source",
    "tags",
    "created_at",
    "updated_at",
];
/// The one file-level rule the OpenAPI document states: the header line has a `title` column.
/// Written from the reader's rules: an optional byte-order mark, cells split by `,`, a cell
/// being an optional quoted part (which may hold commas and line breaks; `""` is a quote)
/// followed by plain text, and one cell reading `title` in any case once trimmed of white
/// space (`str::trim`'s). The test below checks it against the reader on every short header
/// over the characters that matter.
pub static HEADER_PATTERN: LazyLock<String> = LazyLock::new(|| {
    /// What `str::trim` removes, less the line breaks that end an unquoted cell.
    const SPACE: &str =
        r"[\t\u000B\u000C \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*";
    /// The same inside quotes, where line breaks are part of the cell.
    const QUOTED_SPACE: &str =
        r"[\t\n\u000B\u000C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*";
    const LETTERS: [&str; 5] = ["[Tt]", "[Ii]", "[Tt]", "[Ll]", "[Ee]"];
    // `title` plain, or with its quoted part ending after any of its letters.
    let mut title = vec![format!("{SPACE}{}{SPACE}", LETTERS.concat())];
    for split in 0..=LETTERS.len() {
        let (inside, outside) = LETTERS.split_at(split);
        let inside_end = if outside.is_empty() { QUOTED_SPACE } else { "" };
        let outside_start = if inside.is_empty() { SPACE } else { "" };
        title.push(format!(
            "\"{QUOTED_SPACE}{}{inside_end}\"{outside_start}{}{SPACE}",
            inside.concat(),
            outside.concat()
        ));
    }
    // A quote left open runs to the end of the file.
    title.push(format!(
        "\"{QUOTED_SPACE}{}{QUOTED_SPACE}$",
        LETTERS.concat()
    ));
    let title = title.join("|");
    // A cell: plain (not starting with a quote), or quoted and then plain (a quote right after
    // the closing one would be an escaped quote), or quoted to the end of the file.
    let other_starting = |first_excluded: &str| {
        format!(
            r#"(?:[^"{first_excluded},\r\n][^,\r\n]*|"(?:[^"]|"")*"(?:[^",\r\n][^,\r\n]*)?|"(?:[^"]|"")*$)?"#
        )
    };
    let other = other_starting("");
    let line = format!("(?:{other},)*(?:{title})(?:,{other})*");
    // At the very start a byte-order mark is no part of a cell: the handler drops one and the
    // csv crate another.
    let first_cell = other_starting(r"\uFEFF");
    let line_at_start = format!("(?:{first_cell},(?:{other},)*|)(?:{title})(?:,{other})*");
    let tail = r"(?:(?:\r\n|\n|\r)[\s\S]*)?";
    // Blank lines before the header are skipped.
    let header = format!("[\\r\\n]+{line}|{line_at_start}");
    format!(r"^(?:\uFEFF\uFEFF[\r\n]*{line}|\uFEFF(?:{header})|{header}){tail}$")
});
shared::schema_marker!(JobsCsv = shared::openapi::pattern_string(HEADER_PATTERN.as_str()));

/// Types a browser or script may reasonably give a CSV file.
const CSV_TYPES: &[&str] = &[
    "text/csv",
    "application/csv",
    "text/plain",
    "application/vnd.ms-excel",
    "application/octet-stream",
];

#[derive(Debug, Serialize, ToSchema)]
#[schema(as = JobRowError)]
pub struct RowError {
    /// The spreadsheet row: the header is row 1, the first job row 2.
    pub row: usize,
    pub message: String,
}

#[derive(Debug, Serialize, ToSchema)]
#[schema(as = JobImportReport)]
pub struct ImportReport {
    pub created: usize,
    /// Blank rows, and rows for a job already present (same `url`, or same title and company
    /// when there is no URL) or earlier in the file.
    pub skipped: usize,
    /// Rows not imported, with why; the other rows are imported regardless.
    pub errors: Vec<RowError>,
}

/// Imports jobs from CSV: raw `text/csv` body or the `file` part of `multipart/form-data`,
/// UTF-8 (a BOM is fine), at most 2 MB and 5,000 rows. Columns: `title` (required),
/// `company`, `url`, `location`, `description`, `source`, `tags` (separated by `;`); others
/// are ignored. A cell that an export protected with a leading `'` (a formula-looking value)
/// is imported without it. Valid rows are created in one transaction; invalid rows are listed
/// in `errors` with their row number.
#[utoipa::path(post, path = "/jobs/import", tag = "workspace", security(("bearer" = [])),
    request_body(content = inline(JobsCsv), content_type = "text/csv",
        description = "A header line naming the columns, then one job per line, e.g. \
            `title,company,url,location,description,source,tags`."),
    responses((status = 200, body = ImportReport)))]
#[tracing::instrument(skip_all)]
pub async fn import_jobs(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    body: axum::body::Body,
) -> Result<Response<Body>, ApiError> {
    let file = read_file(&headers, body, MAX_IMPORT_BYTES).await?;
    if let Some(content_type) = file.content_type.as_deref()
        && !CSV_TYPES.contains(&content_type)
    {
        return Err(ApiError::UnsupportedMediaType(
            "Send the file as text/csv, raw or as the `file` part of multipart/form-data."
                .to_owned(),
        ));
    }
    let bytes = file
        .bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(&file.bytes);
    let rows = read_rows(bytes)?;

    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let mut known: HashSet<String> = tx
        .query(queries::JOB_IDENTITIES, &[&caller.user_id])
        .await
        .context("Failed to load existing jobs")?
        .iter()
        .map(|row| {
            Ok(identity(
                row.try_get("url")?,
                row.try_get("title")?,
                row.try_get("company")?,
            ))
        })
        .collect::<Result<_, db::Error>>()
        .context("Failed to read existing jobs")?;
    let mut report = ImportReport {
        created: 0,
        skipped: 0,
        errors: Vec::new(),
    };
    for row in rows {
        let request = match row.request {
            Ok(Some(request)) => request,
            Ok(None) => {
                report.skipped += 1;
                continue;
            }
            Err(message) => {
                report.errors.push(RowError {
                    row: row.number,
                    message,
                });
                continue;
            }
        };
        let changes = match JobChanges::check(&request, true) {
            Ok(changes) => changes,
            Err(errors) => {
                report.errors.push(RowError {
                    row: row.number,
                    message: FieldError::join(&errors),
                });
                continue;
            }
        };
        let key = identity(
            changes.url.clone().flatten(),
            changes.title.clone().unwrap_or_default(),
            changes.company.clone().unwrap_or_default(),
        );
        if !known.insert(key) {
            report.skipped += 1;
            continue;
        }
        jobs::insert(&tx, caller.user_id, changes).await?;
        report.created += 1;
    }
    shared::audit::record(
        &tx,
        caller.user_id,
        "jobs.imported",
        json!({"created": report.created, "skipped": report.skipped, "errors": report.errors.len()}),
        &ip,
    )
    .await?;
    tx.commit().await.context("Failed to commit import")?;
    json_response(StatusCode::OK, &report)
}

/// What makes two jobs the same posting: the URL when there is one, else title and company.
fn identity(url: Option<String>, title: String, company: String) -> String {
    match url {
        Some(url) => format!("url:{}", url.to_lowercase()),
        None => format!(
            "job:{}\u{1f}{}",
            title.to_lowercase(),
            company.to_lowercase()
        ),
    }
}

struct CsvRow {
    number: usize,
    /// `Ok(None)` for a blank row.
    request: Result<Option<JobRequest>, String>,
}

/// Reads the header and every row; file-level problems are one 422, row-level ones stay with
/// their row.
fn read_rows(bytes: &[u8]) -> Result<Vec<CsvRow>, ApiError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(bytes);
    let headers = reader
        .byte_headers()
        .map_err(|err| {
            ApiError::validation("file", format!("the header row is unreadable: {err}"))
        })?
        .clone();
    let mut columns: Vec<Option<&'static str>> = Vec::with_capacity(headers.len());
    for header in &headers {
        let name = std::str::from_utf8(header)
            .map_err(|_| ApiError::validation("file", "must be UTF-8 text"))?
            .trim()
            .to_ascii_lowercase();
        let column = COLUMNS.iter().copied().find(|column| *column == name);
        // The first column of a name wins; a repeat is ignored like an unknown column.
        columns.push(column.filter(|column| !columns.contains(&Some(column))));
    }
    if !columns.contains(&Some("title")) {
        return Err(ApiError::validation(
            "file",
            format!(
                "the header row must name a `title` column; known columns: {}",
                COLUMNS.join(", ")
            ),
        ));
    }
    let mut rows = Vec::new();
    for (index, record) in reader.byte_records().enumerate() {
        if index >= MAX_IMPORT_ROWS {
            return Err(ApiError::validation(
                "file",
                format!("has more than {MAX_IMPORT_ROWS} rows; split it into several files"),
            ));
        }
        let request = match record {
            Ok(record) => request_of(&columns, &record),
            Err(err) => Err(format!("malformed CSV: {err}")),
        };
        rows.push(CsvRow {
            number: index + 2,
            request,
        });
    }
    Ok(rows)
}

fn request_of(
    columns: &[Option<&'static str>],
    record: &csv::ByteRecord,
) -> Result<Option<JobRequest>, String> {
    let mut request = JobRequest::default();
    let mut blank = true;
    for (column, cell) in columns.iter().zip(record.iter()) {
        let Some(column) = column else { continue };
        let cell = std::str::from_utf8(cell).map_err(|_| "is not UTF-8 text".to_owned())?;
        let cell = unprotect(cell.trim());
        if cell.is_empty() {
            continue;
        }
        blank = false;
        let value = if *column == "tags" {
            Value::from(
                cell.split(';')
                    .map(str::trim)
                    .filter(|tag| !tag.is_empty())
                    .collect::<Vec<_>>(),
            )
        } else {
            Value::from(cell)
        };
        let slot = match *column {
            "title" => &mut request.title,
            "company" => &mut request.company,
            "url" => &mut request.url,
            "location" => &mut request.location,
            "description" => &mut request.description,
            "source" => &mut request.source,
            _ => &mut request.tags,
        };
        *slot = Some(value);
    }
    Ok((!blank).then_some(request))
}

/// Undoes what `spreadsheet_safe` added on export: a `'` before a formula character.
fn unprotect(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => cell,
    }
}

/// The caller's jobs as CSV, newest first, with the same filters as `GET /jobs`, at most
/// 10,000 rows. Columns: `id`, `title`, `company`, `url`, `location`, `description`,
/// `source`, `tags` (joined with `; `), `created_at`, `updated_at`. Cells that a spreadsheet
/// would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) are
/// prefixed with `'`.
#[utoipa::path(get, path = "/jobs/export", tag = "workspace", security(("bearer" = [])),
    params(
        ("tag" = inline(Option<shared::text::Line<{ crate::routes::jobs::MAX_SHORT_CHARS }>>), Query, description = "only jobs with this tag"),
        ("company" = inline(Option<shared::text::Line<{ crate::routes::jobs::MAX_SHORT_CHARS }>>), Query, description = "only jobs at this company"),
        ("q" = inline(Option<shared::text::Line<{ crate::routes::jobs::MAX_SHORT_CHARS }>>), Query, description = "text in the title, company or description"),
    ),
    responses(
        (status = 200, body = String, content_type = "text/csv"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn export_jobs(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    query: QueryParams,
) -> Result<Response<Body>, ApiError> {
    let filters = JobFilters::from_query(&query)?;
    let client = db::client(&state.pool).await?;
    let rows = client
        .query(
            queries::LIST_JOBS,
            &[
                &caller.user_id,
                &chrono::DateTime::<chrono::Utc>::MAX_UTC,
                &uuid::Uuid::max(),
                &MAX_EXPORT_ROWS,
                &filters.tag,
                &filters.company,
                &filters.q,
            ],
        )
        .await
        .context("Failed to list jobs")?;
    let jobs: Vec<Job> = db::read_rows(&rows, Job::from_row).context("Failed to read jobs")?;
    let csv = write_csv(&jobs).context("Failed to write CSV")?;
    csv_attachment(csv, "jobs.csv")
}

fn write_csv(jobs: &[Job]) -> Result<String, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(EXPORT_COLUMNS)?;
    for job in jobs {
        let tags = job.tags.join("; ");
        let cells = [
            job.id.to_string(),
            job.title.clone(),
            job.company.clone(),
            job.url.clone().unwrap_or_default(),
            job.location.clone().unwrap_or_default(),
            job.description.clone(),
            job.source.clone().unwrap_or_default(),
            tags,
            job.created_at.to_rfc3339(),
            job.updated_at.to_rfc3339(),
        ];
        writer.write_record(cells.iter().map(|cell| spreadsheet_safe(cell).into_owned()))?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|err| csv::Error::from(err.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_read_by_header_name_with_blank_and_bad_rows_kept_apart() {
        let csv =
            "Company,TITLE,tags,id\nAcme,Engineer,rust; Go ;,x\n,,,\nBeta,\"Multi\nline\",,\n";
        let rows = read_rows(csv.as_bytes()).expect("readable");
        assert_eq!(rows.len(), 3);
        let first = rows[0]
            .request
            .as_ref()
            .expect("ok")
            .as_ref()
            .expect("not blank");
        assert_eq!(first.title, Some(json!("Engineer")));
        assert_eq!(first.company, Some(json!("Acme")));
        assert_eq!(first.tags, Some(json!(["rust", "Go"])));
        assert!(matches!(rows[1].request, Ok(None)));
        assert_eq!(rows[2].number, 4);
    }

    #[test]
    fn a_file_without_a_title_column_is_refused() {
        assert!(matches!(
            read_rows(b"company,url\nAcme,https://a.co\n"),
            Err(ApiError::Validation(_))
        ));
    }

    /// The document's header pattern against the reader, on every short header over an
    /// alphabet of the characters that decide: what the pattern accepts is always read, and
    /// what the reader takes the pattern accepts (so the fuzzer's schema-violating files are
    /// refused).
    #[test]
    fn the_documented_header_pattern_agrees_with_the_reader() {
        let pattern = regex::Regex::new(&HEADER_PATTERN).expect("pattern");
        let pieces = [
            "title", "TITLE", "titl", "x", ",", " ", "\"", "\"\"", "\n", "\r", "\t", "\u{3000}",
            "\u{feff}", "é",
        ];
        // Breadth first: every header of up to three pieces, then longer ones.
        for csv in shared::text::concatenations(&pieces, 10_000) {
            let read = csv
                .as_bytes()
                .strip_prefix(b"\xEF\xBB\xBF")
                .map_or_else(|| read_rows(csv.as_bytes()), read_rows)
                .is_ok();
            assert_eq!(pattern.is_match(&csv), read, "{csv:?}");
        }
    }

    #[test]
    fn export_protection_is_undone_on_import_only_for_formulas() {
        assert_eq!(unprotect("'=SUM(A1)"), "=SUM(A1)");
        assert_eq!(unprotect("'-5"), "-5");
        assert_eq!(unprotect("'quoted'"), "'quoted'");
        assert_eq!(unprotect("plain"), "plain");
    }
}
