//! Resume text extraction and rule-based parsing.
//!
//! The entry points are [`parse_document`] (raw upload bytes in, [`ParsedResume`] out) and
//! [`parse_text`] (already-extracted text in). Everything here is pure: no I/O, no AWS, no
//! database, so the Lambda worker can call it per message and tests can call it directly.
//! The Lambda side itself (S3 notifications through SQS, the `resumes` rows) is the
//! `resume-parser` function; [`storage`] (from `resume-file`, which the upload routes use
//! without linking this parser) is the key scheme both sides share.
//!
//! Every failure is a [`ParseError`] whose message is written for the end user. The same
//! bytes always give the same result, so a failure is final and never worth a retry.

mod contact;
mod dates;
mod education;
mod experience;
mod extract;
mod lines;
mod metrics;
mod sections;
mod skills;
mod text;

use serde::{Deserialize, Serialize};

pub use resume_file::{DocumentKind, detect_kind, storage};

/// The structured content of one resume, as served under `parsed` by `GET /resume`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParsedResume {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// Profile and portfolio URLs, always with a scheme (`https://` is added when missing).
    pub links: Vec<String>,
    pub summary: Option<String>,
    /// The items of the resume's own skills section, as the seeker wrote them; without such a
    /// section, the canonical names from `data/skills.json` mentioned anywhere, in order of
    /// first mention.
    pub skills: Vec<String>,
    /// The headline under the name (if any) followed by every distinct job title.
    pub titles: Vec<String>,
    pub experience: Vec<ExperienceEntry>,
    pub education: Vec<EducationEntry>,
    /// Quantified results as written, e.g. `40%`, `$1.2M`, `3x`, `10,000 users`, in order of
    /// first mention.
    pub metrics: Vec<String>,
}

/// One position held. `start` and `end` are `YYYY-MM`, or `YYYY` when only the year is
/// written; `end` is `None` for a current role ("Present", "Current", "Now").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExperienceEntry {
    pub company: Option<String>,
    pub title: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub bullets: Vec<String>,
}

/// One school attended. `degree` keeps the field of study as written
/// ("B.S. in Computer Science"); dates follow the same format as experience, and a lone
/// graduation date is stored as `end`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EducationEntry {
    pub institution: Option<String>,
    pub degree: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
}

/// Why a document could not be parsed. The message is shown to the user as is; none of
/// these can succeed on a retry.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("{0}")]
    Unsupported(String),
    #[error("{0}")]
    Corrupt(String),
    #[error("{0}")]
    Encrypted(String),
    #[error("{0}")]
    NoText(String),
    /// Over a size budget once decompressed (a ZIP bomb), or too many parts.
    #[error("{0}")]
    TooLarge(String),
    /// Extraction did not finish within the worker's time limit.
    #[error("{0}")]
    TooSlow(String),
}

/// Detects the document type from its bytes, extracts its text and parses it.
/// The text of a PDF, DOCX or plain-text file as the parser reads it (tabs between pieces far
/// apart on one line).
pub fn extract_text(bytes: &[u8]) -> Result<String, ParseError> {
    extract::extract_text(bytes)
}

pub fn parse_document(bytes: &[u8]) -> Result<ParsedResume, ParseError> {
    let text = extract::extract_text(bytes)?;
    if text.trim().is_empty() {
        return Err(ParseError::NoText(
            "The file contains no readable text. If it is a scan or a picture, upload a \
             text-based PDF, a DOCX or a TXT file instead."
                .to_owned(),
        ));
    }
    Ok(parse_text(&text))
}

/// Parses resume text. Lines may carry leading spaces for indentation and tabs between
/// pieces that sit far apart on the same visual line (as the PDF extractor writes them).
pub fn parse_text(text: &str) -> ParsedResume {
    let document = sections::split(&lines::to_lines(text));
    let contact = contact::extract(&document);
    let mut experience = experience::extract(document.lines_of(sections::Section::Experience));
    if experience.is_empty() {
        // "Career Summary" heads the jobs themselves in some resumes.
        experience = experience::extract(document.lines_of(sections::Section::Summary));
    }
    let education = education::extract(document.lines_of(sections::Section::Education));
    let summary = document.summary();

    let mut titles: Vec<String> = Vec::new();
    for title in contact
        .headline
        .iter()
        .chain(experience.iter().filter_map(|entry| entry.title.as_ref()))
    {
        if !titles.iter().any(|known| known.eq_ignore_ascii_case(title)) {
            titles.push(title.clone());
        }
    }

    let body = document.body_text(summary.as_deref());
    let section_lines: Vec<&str> = document
        .lines_of(sections::Section::Skills)
        .iter()
        .map(|line| line.text.as_str())
        .collect();
    let column_width = document
        .lines
        .iter()
        .map(|(_, line)| line.text.trim().chars().count())
        .max()
        .unwrap_or_default();
    let listed = skills::section_items(&section_lines, column_width);
    // A section of one item is more likely a sentence or a heading's echo than a list.
    let skills = if listed.len() >= 2 {
        listed
    } else {
        skills::find_skills(&body)
    };
    ParsedResume {
        name: contact.name,
        email: contact.email,
        phone: contact.phone,
        links: contact.links,
        summary,
        skills,
        titles,
        experience,
        education,
        metrics: metrics::find_metrics(&body),
    }
}
