//! CSV import of contacts, shared by `POST /contacts/import` (files up to 4 MB in the request)
//! and the contact-import worker (presigned uploads up to 50 MB).
//!
//! Two steps: `parse` streams the file record by record (header mapping, per-row checks,
//! duplicates merged by email within the file) without touching the database, so it can be
//! benchmarked and tested alone; `apply` upserts the merged contacts in batches of bound arrays
//! (`UNNEST`), merging with existing contacts of the same address.
//!
//! Report semantics, every data row counted exactly once
//! (`created + updated + skipped + errors.len() + errors_not_listed` = data rows):
//! - `created`: addresses new to the user;
//! - `updated`: existing contacts the file changed (non-empty cells overwrite, tags are added);
//! - `skipped`: blank rows, rows merged into an earlier row with the same address (any case),
//!   and rows that match an existing contact exactly;
//! - `errors`: rows that were not imported, with why. `row` counts records with the header as
//!   row 1, so it is the spreadsheet row of the record (blank lines are not records).

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use shared::db::GenericClient;

use crate::model::{ContactFields, RawContact};
use crate::queries;

/// The largest file accepted in a request body: the base64 of the event must fit Lambda's 6 MB.
pub const MAX_REQUEST_BYTES: usize = 4 * 1024 * 1024;
/// The largest file accepted through a presigned upload.
pub const MAX_UPLOAD_BYTES: i64 = 50 * 1024 * 1024;
/// Row errors listed in a report; more are counted in `errors_not_listed`.
pub const MAX_LISTED_ERRORS: usize = 1_000;
/// Contacts per `INSERT … SELECT FROM UNNEST(…)` statement.
const BATCH_ROWS: usize = 2_000;
/// Joins a contact's tags into one array element for `UNNEST`; tags cannot contain control
/// characters, so it cannot occur inside a tag.
pub const TAG_SEPARATOR: char = '\u{1f}';

/// One row that was not imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(as = ContactRowError)]
pub struct RowError {
    /// The record's number counting the header as row 1: its spreadsheet row.
    pub row: u64,
    pub message: String,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(as = ContactImportReport)]
pub struct ImportReport {
    pub created: u64,
    pub updated: u64,
    pub skipped: u64,
    pub errors: Vec<RowError>,
    /// Row errors beyond the first 1,000, counted but not listed. Omitted when zero.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub errors_not_listed: u64,
}

fn is_zero(value: &u64) -> bool {
    *value == 0
}

/// Why a whole file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    #[error("the file is empty; the first line must name the columns")]
    Empty,
    #[error(
        "no email column; name one of the columns `email`, `Email Address`, `E-mail` or `Work Email`"
    )]
    NoEmailColumn,
    #[error("the header line is not readable CSV in UTF-8: {0}")]
    Header(String),
}

/// The result of reading a file: contacts merged by address, in first-seen order.
#[derive(Debug, Default)]
pub struct Parsed {
    pub contacts: Vec<ContactFields>,
    pub skipped: u64,
    pub errors: Vec<RowError>,
    pub errors_not_listed: u64,
}

impl Parsed {
    fn reject(&mut self, row: u64, message: String) {
        if self.errors.len() < MAX_LISTED_ERRORS {
            self.errors.push(RowError { row, message });
        } else {
            self.errors_not_listed += 1;
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Email,
    FirstName,
    LastName,
    FullName,
    Title,
    Company,
    LinkedinUrl,
    Timezone,
    Tags,
}

/// What `column_for` reads as the email column, with punctuation and spaces ignored.
const EMAIL_HEADERS: &[&str] = &[
    "email",
    "emailaddress",
    "mail",
    "workemail",
    "businessemail",
    "emailid",
    "primaryemail",
    "contactemail",
];

/// The one file-level rule the OpenAPI document states: the header line has an email column.
/// Built from the reader's own rules (the delimiter `sniff_delimiter` picks, the names in
/// `EMAIL_HEADERS`, punctuation ignored) for ASCII header lines: every file it accepts is read,
/// and a header it refuses is refused by the reader unless it uses quotes in ways the pattern
/// leaves out, a line break before the first `\n`, or non-ASCII punctuation.
pub static HEADER_PATTERN: LazyLock<String> = LazyLock::new(header_pattern);

fn header_pattern() -> String {
    // One alternative per delimiter `sniff_delimiter` can pick, with the characters that would
    // have made it pick an earlier one kept out of the line.
    let comma = line_with(',', &[]);
    let semicolon = line_with(';', &[',']);
    let tab = line_with('\t', &[',', ';']);
    // No delimiter at all: a single cell.
    let single = email_cell(&[',', ';', '\t']);
    // After blank lines (which the reader skips) the first line is empty, so `,` it is.
    let after_blank_lines = {
        let other = other_cell(&[',']);
        let email = email_cell(&[',']);
        format!(r"\n+(?:{other},)*{email}(?:,{other})*(?:(?:\r\n|\n|\r)[\s\S]*)?")
    };
    // Otherwise the line the delimiter is picked from ends at the first `\n`.
    format!(r"^(?:(?:{comma}|{semicolon}|{tab}|{single})(?:\r?\n[\s\S]*)?|{after_blank_lines})$")
}

/// `c` as it is written inside a regex character class.
fn in_class(c: char) -> String {
    match c {
        '\t' => r"\t".to_owned(),
        '\r' => r"\r".to_owned(),
        '\n' => r"\n".to_owned(),
        '-' | '[' | ']' | '\\' | '^' => format!(r"\{c}"),
        c => c.to_string(),
    }
}

fn class_of(chars: impl IntoIterator<Item = char>) -> String {
    chars.into_iter().map(in_class).collect()
}

/// A header line split by `delimiter` (at least once), without any of `earlier`, one of
/// whose cells is the email column.
fn line_with(delimiter: char, earlier: &[char]) -> String {
    let excluded: Vec<char> = std::iter::once(delimiter)
        .chain(earlier.iter().copied())
        .collect();
    let other = other_cell(&excluded);
    let email = email_cell(&excluded);
    let delimiter = in_class(delimiter);
    format!("(?:{other}{delimiter})+{email}(?:{delimiter}{other})*|{email}(?:{delimiter}{other})+")
}

/// Any cell: unquoted (not starting with a quote), or quoted without line breaks, quotes or
/// `excluded` characters inside.
fn other_cell(excluded: &[char]) -> String {
    let not = class_of(excluded.iter().copied().chain(['\r', '\n']));
    format!("(?:[^\"{not}][^{not}]*|\"[^\"{not}]*\")?")
}

/// A cell whose letters and digits spell one of `EMAIL_HEADERS`, with ASCII punctuation and
/// spaces anywhere around them (`column_for` ignores them), quoted or not.
fn email_cell(excluded: &[char]) -> String {
    let punctuation = class_of(
        (' '..='~')
            .chain(['\t'])
            .filter(|c| !c.is_ascii_alphanumeric() && *c != '"' && !excluded.contains(c)),
    );
    let spelled = |inside: &str| {
        EMAIL_HEADERS
            .iter()
            .map(|name| {
                name.chars()
                    .map(|c| format!("[{}{c}]{inside}*", c.to_ascii_uppercase()))
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("|")
    };
    // Unquoted, a quote may follow the first character; quoted, none may appear inside.
    let unquoted_inside = format!("[{punctuation}\"]");
    let unquoted = format!(
        "(?:[{punctuation}]{unquoted_inside}*)?(?:{})",
        spelled(&unquoted_inside)
    );
    let quoted_inside = format!("[{punctuation}]");
    let quoted = format!("\"{quoted_inside}*(?:{})\"", spelled(&quoted_inside));
    format!("(?:{unquoted}|{quoted})")
}

shared::schema_marker!(pub ContactsCsv = shared::openapi::pattern_string(HEADER_PATTERN.as_str()));

/// Maps a header to a field, ignoring case, spaces and punctuation, so `Email Address`,
/// `e-mail`, `First Name`, `first_name` and `Company Name` all work. Unknown columns (including
/// our own export's `verification_status`) are ignored.
fn column_for(header: &str) -> Option<Column> {
    let key: String = header
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let column = match key.as_str() {
        "email" | "emailaddress" | "mail" | "workemail" | "businessemail" | "emailid"
        | "primaryemail" | "contactemail" => Column::Email,
        "firstname" | "first" | "givenname" | "fname" | "forename" => Column::FirstName,
        "lastname" | "last" | "surname" | "familyname" | "lname" => Column::LastName,
        "name" | "fullname" | "contactname" => Column::FullName,
        "title" | "jobtitle" | "position" | "role" | "designation" => Column::Title,
        "company" | "companyname" | "organization" | "organisation" | "employer" | "account"
        | "accountname" => Column::Company,
        "linkedin" | "linkedinurl" | "linkedinprofile" | "linkedinprofileurl"
        | "personlinkedinurl" => Column::LinkedinUrl,
        "timezone" | "tz" | "timezonename" => Column::Timezone,
        "tags" | "tag" | "labels" | "label" | "lists" => Column::Tags,
        _ => return None,
    };
    Some(column)
}

/// Spreadsheets save `;`-separated files in many locales: a header line with a comma is read
/// with `,`, else one with a `;` with `;`, else one with a tab with tabs. (A rule a pattern can
/// state, unlike "whichever occurs most".)
fn sniff_delimiter(first_line: &[u8]) -> u8 {
    let line = first_line.split(|b| *b == b'\n').next().unwrap_or_default();
    [b',', b';', b'\t']
        .into_iter()
        .find(|delimiter| line.contains(delimiter))
        .unwrap_or(b',')
}

/// Our export neutralises formulas with a leading apostrophe (`'=…`); importing that file again
/// gives back the original value, so an export round-trips.
fn unescape(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// Splits a tags cell on `;` or `,`.
pub fn split_tags(cell: &str) -> impl Iterator<Item = &str> {
    cell.split([';', ','])
}

/// Reads a CSV file record by record and merges duplicates by address (case-insensitively):
/// later non-empty cells override earlier ones, tags accumulate.
pub fn parse<R: Read>(input: R) -> Result<Parsed, FileError> {
    let mut input = BufReader::with_capacity(64 * 1024, input);
    let delimiter = sniff_delimiter(input.fill_buf().unwrap_or_default());
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(input);
    let headers = reader
        .headers()
        .map_err(|err| FileError::Header(err.to_string()))?
        .clone();
    if headers.is_empty() || headers.iter().all(str::is_empty) {
        return Err(FileError::Empty);
    }
    let mut columns: Vec<(usize, Column)> = Vec::new();
    for (index, header) in headers.iter().enumerate() {
        if let Some(column) = column_for(header)
            && !columns.iter().any(|(_, seen)| *seen == column)
        {
            columns.push((index, column));
        }
    }
    if !columns.iter().any(|(_, column)| *column == Column::Email) {
        return Err(FileError::NoEmailColumn);
    }

    let mut parsed = Parsed::default();
    let mut by_email: HashMap<String, usize> = HashMap::new();
    let mut record = csv::StringRecord::new();
    // The csv crate's line numbers drift with CRLF and blank lines, so rows are counted here.
    let mut row: u64 = 1;
    loop {
        row += 1;
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(err) => {
                parsed.reject(row, format!("unreadable row: {}", csv_error_message(&err)));
                continue;
            }
        }
        if record.iter().all(str::is_empty) {
            parsed.skipped += 1;
            continue;
        }
        let mut raw = RawContact::default();
        let mut full_name = None;
        let mut tags = "";
        for (index, column) in &columns {
            let cell = record.get(*index).map(unescape);
            match column {
                Column::Email => raw.email = cell,
                Column::FirstName => raw.first_name = cell,
                Column::LastName => raw.last_name = cell,
                Column::FullName => full_name = cell,
                Column::Title => raw.title = cell,
                Column::Company => raw.company = cell,
                Column::LinkedinUrl => raw.linkedin_url = cell,
                Column::Timezone => raw.timezone = cell,
                Column::Tags => tags = cell.unwrap_or_default(),
            }
        }
        if let Some(name) = full_name.map(str::trim).filter(|name| !name.is_empty())
            && raw.first_name.is_none_or(str::is_empty)
            && raw.last_name.is_none_or(str::is_empty)
        {
            let (first, last) = name.split_once(char::is_whitespace).unwrap_or((name, ""));
            raw.first_name = Some(first);
            raw.last_name = Some(last);
        }
        match ContactFields::parse(raw, split_tags(tags)) {
            Ok(contact) => {
                let key = contact.email.to_lowercase();
                match by_email.get(&key) {
                    Some(&earlier) => {
                        merge_into(&mut parsed.contacts[earlier], contact);
                        parsed.skipped += 1;
                    }
                    None => {
                        by_email.insert(key, parsed.contacts.len());
                        parsed.contacts.push(contact);
                    }
                }
            }
            Err(errors) => {
                parsed.reject(row, shared::FieldError::join(&errors));
            }
        }
    }
    Ok(parsed)
}

fn csv_error_message(err: &csv::Error) -> String {
    match err.kind() {
        csv::ErrorKind::Utf8 { .. } => {
            "it is not valid UTF-8; save the file as CSV UTF-8".to_owned()
        }
        other => format!("{other:?}"),
    }
}

fn merge_into(earlier: &mut ContactFields, later: ContactFields) {
    let ContactFields {
        email: _,
        first_name,
        last_name,
        title,
        company,
        linkedin_url,
        timezone,
        tags,
    } = later;
    let take = |slot: &mut Option<String>, value: Option<String>| {
        if value.is_some() {
            *slot = value;
        }
    };
    take(&mut earlier.first_name, first_name);
    take(&mut earlier.last_name, last_name);
    take(&mut earlier.title, title);
    take(&mut earlier.company, company);
    take(&mut earlier.linkedin_url, linkedin_url);
    take(&mut earlier.timezone, timezone);
    for tag in tags {
        if !earlier.tags.contains(&tag) {
            earlier.tags.push(tag);
        }
    }
}

/// Counts of what `apply` did to the database.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Applied {
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
}

/// Upserts contacts for one user in batches; run it inside a transaction so an import is all or
/// nothing. Contacts must already be unique by address (as `parse` leaves them).
#[tracing::instrument(skip_all, fields(%user_id, contacts = contacts.len()))]
pub async fn apply(
    client: &impl GenericClient,
    user_id: Uuid,
    contacts: &[ContactFields],
) -> Result<Applied, tokio_postgres::Error> {
    let statement = client.prepare(queries::UPSERT_CONTACTS).await?;
    let mut applied = Applied::default();
    for batch in contacts.chunks(BATCH_ROWS) {
        let column = |field: fn(&ContactFields) -> Option<String>| -> Vec<Option<String>> {
            batch.iter().map(field).collect()
        };
        let emails: Vec<&str> = batch.iter().map(|contact| contact.email.as_str()).collect();
        let first_names = column(|contact| contact.first_name.clone());
        let last_names = column(|contact| contact.last_name.clone());
        let titles = column(|contact| contact.title.clone());
        let companies = column(|contact| contact.company.clone());
        let linkedin_urls = column(|contact| contact.linkedin_url.clone());
        let timezones = column(|contact| contact.timezone.clone());
        let separator = TAG_SEPARATOR.to_string();
        let tags: Vec<String> = batch
            .iter()
            .map(|contact| contact.tags.join(&separator))
            .collect();
        let rows = client
            .query(
                &statement,
                &[
                    &user_id,
                    &emails,
                    &first_names,
                    &last_names,
                    &titles,
                    &companies,
                    &linkedin_urls,
                    &timezones,
                    &tags,
                ],
            )
            .await?;
        let mut created = 0;
        for row in &rows {
            if row.try_get::<_, bool>("created")? {
                created += 1;
            }
        }
        applied.created += created;
        applied.updated += rows.len() as u64 - created;
        applied.unchanged += (batch.len() - rows.len()) as u64;
    }
    Ok(applied)
}

/// Builds the report of an import from what was parsed and what the upsert did.
pub fn report(parsed: &Parsed, applied: Applied) -> ImportReport {
    ImportReport {
        created: applied.created,
        updated: applied.updated,
        skipped: parsed.skipped + applied.unchanged,
        errors: parsed.errors.clone(),
        errors_not_listed: parsed.errors_not_listed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Parsed {
        parse(text.as_bytes()).expect("parses")
    }

    #[test]
    fn common_header_names_map_to_fields() {
        let parsed = parse_str(
            "\u{feff}First Name,Last Name,Email Address,Company Name,Job Title,Time Zone,LinkedIn URL,Labels\n\
             Ada,Lovelace,ada@example.test,Engines,Founder,europe/london,https://www.linkedin.com/in/ada,vip; math\n",
        );
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        let ada = &parsed.contacts[0];
        assert_eq!(ada.first_name.as_deref(), Some("Ada"));
        assert_eq!(ada.company.as_deref(), Some("Engines"));
        assert_eq!(ada.title.as_deref(), Some("Founder"));
        assert_eq!(ada.timezone.as_deref(), Some("Europe/London"));
        assert_eq!(ada.tags, ["vip", "math"]);
    }

    #[test]
    fn semicolon_files_and_full_names_work() {
        let parsed = parse_str("Name;E-mail\nGrace Brewster Hopper;grace@example.test\n");
        let grace = &parsed.contacts[0];
        assert_eq!(grace.first_name.as_deref(), Some("Grace"));
        assert_eq!(grace.last_name.as_deref(), Some("Brewster Hopper"));
    }

    #[test]
    fn duplicates_merge_and_errors_name_their_line() {
        let parsed = parse_str(
            "email,first_name,company,timezone,tags\n\
             a@example.test,Ann,,,x\n\
             \n\
             A@EXAMPLE.TEST,,Acme,,y\n\
             nope,Bob,,,\n\
             b@example.test,,,Mars/Base,\n",
        );
        assert_eq!(parsed.contacts.len(), 1);
        assert_eq!(parsed.contacts[0].first_name.as_deref(), Some("Ann"));
        assert_eq!(parsed.contacts[0].company.as_deref(), Some("Acme"));
        assert_eq!(parsed.contacts[0].tags, ["x", "y"]);
        assert_eq!(
            parsed.skipped, 1,
            "the duplicate; blank lines are not records"
        );
        let rows: Vec<u64> = parsed.errors.iter().map(|error| error.row).collect();
        assert_eq!(
            rows,
            [4, 5],
            "records counted from the header, blank lines ignored"
        );
        assert_eq!(parsed.errors[0].message, "email: is not an email address");
    }

    #[test]
    fn rows_are_numbered_the_same_with_crlf_and_multi_line_cells() {
        for text in [
            "email\r\nbad1\r\nok@example.test\r\nbad2\r\n",
            "email,note\n\"bad1\",\"two\nlines\"\nok@example.test,\nbad2,\n",
        ] {
            let rows: Vec<u64> = parse_str(text)
                .errors
                .iter()
                .map(|error| error.row)
                .collect();
            assert_eq!(rows, [2, 4], "{text:?}");
        }
    }

    /// The document's header pattern against the reader, on every short header over an
    /// alphabet of the characters that decide: a file the pattern accepts is always read, and
    /// an ASCII header the reader takes is one the pattern accepts (so the fuzzer's schema-
    /// violating files are refused).
    #[test]
    fn the_documented_header_pattern_agrees_with_the_reader() {
        let pattern = regex::Regex::new(&HEADER_PATTERN).expect("pattern");
        let pieces = [
            "email",
            "EMAIL",
            "mail",
            "e-mail",
            "x",
            ",",
            ";",
            "\t",
            " ",
            "\"",
            "\"\"",
            "*",
            "\n",
            "\r",
            "Work Email",
            "é",
        ];
        // Breadth first: every header of up to three pieces, then longer ones.
        for header in shared::text::concatenations(&pieces, 10_000) {
            let matched = pattern.is_match(&header);
            let read = parse(header.as_bytes()).is_ok();
            if matched {
                assert!(
                    read,
                    "the pattern accepts {header:?} but the reader refuses it"
                );
            } else if read {
                // The pattern describes ASCII header lines; of quoted cells, only those quoted
                // whole with nothing but the name and punctuation inside.
                let first_line = header
                    .trim_start_matches('\n')
                    .split('\n')
                    .next()
                    .unwrap_or_default();
                let describable =
                    header.is_ascii() && !first_line.contains('\r') && !first_line.contains('"');
                assert!(
                    !describable,
                    "the reader takes {header:?} but the pattern refuses it"
                );
            }
        }
    }

    #[test]
    fn files_without_an_email_column_are_refused() {
        assert_eq!(
            parse("name,company\nA,B\n".as_bytes()).err(),
            Some(FileError::NoEmailColumn)
        );
        assert_eq!(parse("".as_bytes()).err(), Some(FileError::Empty));
    }

    #[test]
    fn escaped_formulas_come_back_unescaped() {
        assert_eq!(unescape("'=1+1"), "=1+1");
        assert_eq!(unescape("'quoted"), "'quoted");
        assert_eq!(unescape("=1+1"), "=1+1");
    }

    #[test]
    fn more_errors_than_listed_are_counted() {
        let mut text = String::from("email\n");
        for _ in 0..(MAX_LISTED_ERRORS + 5) {
            text.push_str("bad\n");
        }
        let parsed = parse_str(&text);
        assert_eq!(parsed.errors.len(), MAX_LISTED_ERRORS);
        assert_eq!(parsed.errors_not_listed, 5);
    }
}
