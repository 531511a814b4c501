//! Rules for text fields, each stated twice from one place: as the check a handler runs and as
//! the OpenAPI schema a client (or a schema-driven fuzzer) reads. The schema of a field must
//! accept exactly what its check accepts, so both are written here side by side, with the
//! same bounds, and a test runs the patterns against the checks.
//!
//! Lengths count Unicode scalar values of the text as sent (JSON Schema's `maxLength` counts
//! the same), before trimming. Text is trimmed of white space after it is checked.

use std::marker::PhantomData;
use std::sync::LazyLock;

use regex::Regex;

use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, SchemaFormat, Type};
use utoipa::openapi::{RefOr, Schema};
use utoipa::{PartialSchema, ToSchema};

/// No control character (Unicode category Cc, what `char::is_control` tests).
pub const SINGLE_LINE_PATTERN: &str = r"^[^\u0000-\u001F\u007F-\u009F]*$";
/// A single line with at least one character that is neither white space nor a control
/// character (what `str::trim` keeps).
pub const NON_BLANK_LINE_PATTERN: &str = concat!(
    r"^[^\u0000-\u001F\u007F-\u009F]*",
    r"[^\u0000-\u0020\u007F-\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]",
    r"[^\u0000-\u001F\u007F-\u009F]*$"
);
/// A tag: one line without `,` or `;`, which separate tags in a CSV cell (a tag containing one
/// could not survive an export and a re-import).
pub const TAG_PATTERN: &str = r"^[^\u0000-\u001F\u007F-\u009F,;]*$";
/// Free text: line breaks and tabs are allowed, other control characters are not.
pub const MULTI_LINE_PATTERN: &str = r"^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$";

/// An absolute http(s) URL in ASCII (a non-ASCII host is sent in punycode, other characters
/// percent-encoded, as RFC 3986 has it) with a host; or empty, meaning none. The check is this
/// pattern itself, so the schema cannot drift from it.
pub const HTTP_URL_PATTERN: &str = r#"^(?:|[Hh][Tt][Tt][Pp][Ss]?://[!"$-.0-9;->@-~][!-~]*)$"#;

/// Why a text field was refused; the message completes "`field` …".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("must be at most {0} characters")]
    TooLong(usize),
    #[error("must be a single line without control characters")]
    NotSingleLine,
    #[error("must not contain control characters other than line breaks and tabs")]
    ControlCharacter,
    #[error("must not be empty")]
    Empty,
    #[error("must be an absolute http:// or https:// URL")]
    NotHttpUrl,
    #[error("must not contain `,`, `;` or control characters")]
    NotATag,
}

fn check_length(raw: &str, max_chars: usize) -> Result<(), TextError> {
    if raw.chars().count() > max_chars {
        return Err(TextError::TooLong(max_chars));
    }
    Ok(())
}

/// One line of at most `max_chars`; trimmed, and `None` when blank.
pub fn line(raw: &str, max_chars: usize) -> Result<Option<&str>, TextError> {
    check_length(raw, max_chars)?;
    if raw.chars().any(char::is_control) {
        return Err(TextError::NotSingleLine);
    }
    Ok(Some(raw.trim()).filter(|text| !text.is_empty()))
}

/// One line of at most `max_chars` that is not blank; trimmed.
pub fn non_blank_line(raw: &str, max_chars: usize) -> Result<&str, TextError> {
    line(raw, max_chars)?.ok_or(TextError::Empty)
}

/// Text that may span lines, at most `max_chars`; trimmed (possibly to empty).
pub fn multi_line(raw: &str, max_chars: usize) -> Result<&str, TextError> {
    check_length(raw, max_chars)?;
    if raw
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(TextError::ControlCharacter);
    }
    Ok(raw.trim())
}

/// A tag of at most `max_chars`: one line without `,` or `;`; trimmed, `None` when blank.
pub fn tag(raw: &str, max_chars: usize) -> Result<Option<&str>, TextError> {
    check_length(raw, max_chars)?;
    if raw.contains(|c: char| c.is_control() || c == ',' || c == ';') {
        return Err(TextError::NotATag);
    }
    Ok(Some(raw.trim()).filter(|text| !text.is_empty()))
}

/// An [`HTTP_URL_PATTERN`] URL of at most `max_chars`; `None` when empty.
pub fn http_url(raw: &str, max_chars: usize) -> Result<Option<&str>, TextError> {
    static PATTERN: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(HTTP_URL_PATTERN).expect("HTTP_URL_PATTERN compiles"));
    check_length(raw, max_chars)?;
    if !PATTERN.is_match(raw) {
        return Err(TextError::NotHttpUrl);
    }
    Ok(Some(raw).filter(|url| !url.is_empty()))
}

/// Every concatenation of `pieces`, shortest first, `count` strings in all: what the tests
/// that hold a documented pattern against the check it describes walk through.
pub fn concatenations<'a>(
    pieces: &'a [&'a str],
    count: usize,
) -> impl Iterator<Item = String> + 'a {
    let mut queue = std::collections::VecDeque::from([String::new()]);
    std::iter::from_fn(move || {
        let next = queue.pop_front()?;
        if queue.len() < count {
            queue.extend(pieces.iter().map(|piece| format!("{next}{piece}")));
        }
        Some(next)
    })
    .take(count)
}

/// A string schema of `pattern`, at most `max_chars` long.
pub fn pattern_schema(pattern: &str, max_chars: usize) -> RefOr<Schema> {
    string_schema(pattern, max_chars).into()
}

fn string_schema(pattern: &str, max_chars: usize) -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .max_length(Some(max_chars))
        .pattern(Some(pattern))
}

/// Declares a marker type whose schema is one of the rules above. The types are only named in
/// `#[schema(value_type = …, inline)]`; handlers call the functions.
macro_rules! text_schema {
    ($(#[$doc:meta])* $name:ident, $pattern:expr) => {
        $(#[$doc])*
        pub struct $name<const MAX: usize>(PhantomData<()>);

        impl<const MAX: usize> PartialSchema for $name<MAX> {
            fn schema() -> RefOr<Schema> {
                string_schema($pattern, MAX).into()
            }
        }

        impl<const MAX: usize> ToSchema for $name<MAX> {}
    };
}

text_schema!(
    /// Schema of [`line`].
    Line,
    SINGLE_LINE_PATTERN
);
text_schema!(
    /// Schema of [`non_blank_line`].
    NonBlankLine,
    NON_BLANK_LINE_PATTERN
);
text_schema!(
    /// Schema of [`tag`].
    Tag,
    TAG_PATTERN
);
text_schema!(
    /// Schema of [`http_url`].
    HttpUrl,
    HTTP_URL_PATTERN
);
text_schema!(
    /// Schema of [`multi_line`].
    MultiLine,
    MULTI_LINE_PATTERN
);

/// Schema of an address [`crate::email::EmailAddress::parse`] accepts: `format: email`, at most
/// 254 characters. Internationalised domains are accepted too (stored as punycode).
pub struct Email;

impl PartialSchema for Email {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Email)))
            .max_length(Some(254))
            .into()
    }
}

impl ToSchema for Email {}

#[cfg(test)]
mod tests {
    use super::*;

    /// The patterns are ECMA-262 regular expressions; the `regex` crate reads these ones (a
    /// character class of `\uXXXX` escapes) the same way.
    fn regex(pattern: &str) -> regex::Regex {
        regex::Regex::new(pattern).expect("pattern")
    }

    /// Strings that probe each rule's edges: every control character, every white-space
    /// character, and ordinary text around them.
    fn samples() -> Vec<String> {
        let mut samples = vec![String::new(), "Acme".to_owned(), "  Acme  ".to_owned()];
        for code in (0u32..=0x3000).chain([0xFEFF, 0x1_F600]) {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            samples.push(c.to_string());
            samples.push(format!("a{c}b"));
            samples.push(format!("{c}a"));
        }
        samples
    }

    #[test]
    fn each_pattern_accepts_exactly_what_its_check_accepts() {
        let (single, non_blank, multi, tags) = (
            regex(SINGLE_LINE_PATTERN),
            regex(NON_BLANK_LINE_PATTERN),
            regex(MULTI_LINE_PATTERN),
            regex(TAG_PATTERN),
        );
        for sample in samples() {
            assert_eq!(
                single.is_match(&sample),
                line(&sample, 10).is_ok(),
                "line {sample:?}"
            );
            assert_eq!(
                non_blank.is_match(&sample),
                non_blank_line(&sample, 10).is_ok(),
                "non-blank line {sample:?}"
            );
            assert_eq!(
                multi.is_match(&sample),
                multi_line(&sample, 10).is_ok(),
                "multi-line {sample:?}"
            );
            assert_eq!(
                tags.is_match(&sample),
                tag(&sample, 10).is_ok(),
                "tag {sample:?}"
            );
        }
    }

    #[test]
    fn lengths_count_characters_as_sent() {
        assert_eq!(line("  ab  ", 5), Err(TextError::TooLong(5)));
        assert_eq!(line("é✓", 2), Ok(Some("é✓")));
        assert_eq!(line("  ", 5), Ok(None));
        assert_eq!(non_blank_line("\u{3000}", 5), Err(TextError::Empty));
        assert_eq!(line("a\n", 5), Err(TextError::NotSingleLine));
        assert_eq!(multi_line("a\r\n\tb", 5), Ok("a\r\n\tb"));
    }

    #[test]
    fn urls_need_a_web_scheme_and_a_host() {
        assert_eq!(http_url("", 50), Ok(None));
        for good in [
            "https://jobs.example.com/1?a=b",
            "HTTP://x.org",
            "http://[::1]:80/",
        ] {
            assert_eq!(http_url(good, 50), Ok(Some(good)), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "ftp://x.org",
            "example.com",
            "https://",
            "https:///path",
            "http://a b",
            " https://x.org",
            "https://bücher.de",
        ] {
            assert_eq!(http_url(bad, 50), Err(TextError::NotHttpUrl), "{bad}");
        }
    }
}
