//! Request fields checked one by one, so a 422 names every bad field at once rather than the
//! first one serde stumbled on. Bodies are read as JSON values per field; each rule turns one
//! value into the type the handler uses, or into the message the client sees.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

use crate::error::{ApiError, FieldError};
use crate::http::decode_json;
use crate::text;

/// A JSON object body (as read by `Json<Value>`) decoded into `T`. serde also builds a struct
/// from an array (fields by position), so for bodies of optional fields `[]` would pass as
/// "nothing sent"; here only an object is a body.
pub fn object_body<T: DeserializeOwned>(value: Value) -> Result<T, ApiError> {
    if !value.is_object() {
        return Err(ApiError::validation("body", "must be a JSON object"));
    }
    decode_json(value.to_string().as_bytes())
}

/// Distinguishes an absent field (`None`) from an explicit `null` (`Some(Value::Null)`), which
/// PATCH needs: absent keeps the stored value, null clears it.
pub fn present<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Value>, D::Error> {
    Value::deserialize(deserializer).map(Some)
}

/// Collects field errors while a request is checked.
#[derive(Debug, Default)]
pub struct Fields {
    errors: Vec<FieldError>,
}

impl Fields {
    pub fn new() -> Self {
        Self::default()
    }

    /// Applies `rule` to a field that was sent; `None` when it was absent or invalid (then the
    /// error is recorded and [`Fields::finish`] fails).
    pub fn check<T>(
        &mut self,
        name: &str,
        raw: Option<&Value>,
        rule: impl FnOnce(&Value) -> Result<T, String>,
    ) -> Option<T> {
        match rule(raw?) {
            Ok(value) => Some(value),
            Err(message) => {
                self.error(name, message);
                None
            }
        }
    }

    pub fn error(&mut self, name: &str, message: impl Into<String>) {
        self.errors.push(FieldError::new(name, message));
    }

    /// Every error recorded, in the order the fields were checked.
    pub fn into_errors(self) -> Vec<FieldError> {
        self.errors
    }

    /// Ok when every field passed; otherwise one 422 naming each bad field.
    pub fn finish(self) -> Result<(), ApiError> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(ApiError::Validation(self.errors))
        }
    }
}

fn string_of(value: &Value) -> Result<Option<&str>, String> {
    match value {
        Value::Null => Ok(None),
        Value::String(text) => Ok(Some(text.as_str())),
        _ => Err("must be a string".to_owned()),
    }
}

/// One line of text (schema: [`crate::text::Line`]), trimmed; null or blank is `None`.
pub fn line(max_chars: usize) -> impl FnOnce(&Value) -> Result<Option<String>, String> {
    move |value| {
        let Some(raw) = string_of(value)? else {
            return Ok(None);
        };
        text::line(raw, max_chars)
            .map(|line| line.map(str::to_owned))
            .map_err(|err| err.to_string())
    }
}

/// A line that must be present and not blank (schema: [`crate::text::NonBlankLine`]).
pub fn required_line(max_chars: usize) -> impl FnOnce(&Value) -> Result<String, String> {
    move |value| line(max_chars)(value)?.ok_or_else(|| text::TextError::Empty.to_string())
}

/// Free text that may span lines (schema: [`crate::text::MultiLine`]); null or blank is
/// empty.
pub fn text(max_chars: usize) -> impl FnOnce(&Value) -> Result<String, String> {
    move |value| {
        let Some(raw) = string_of(value)? else {
            return Ok(String::new());
        };
        text::multi_line(raw, max_chars)
            .map(str::to_owned)
            .map_err(|err| err.to_string())
    }
}

/// The longest URL accepted.
pub const MAX_URL_CHARS: usize = 2000;

/// An absolute http(s) URL (schema: [`crate::text::HttpUrl`]); null or empty is `None`.
pub fn url(value: &Value) -> Result<Option<String>, String> {
    let Some(raw) = string_of(value)? else {
        return Ok(None);
    };
    text::http_url(raw, MAX_URL_CHARS)
        .map(|url| url.map(str::to_owned))
        .map_err(|err| err.to_string())
}

/// A list of short strings, trimmed, blanks dropped, duplicates (ignoring case) dropped in
/// order; null is empty. `lowercase` folds case, as tags are compared.
pub fn string_list(
    max_items: usize,
    max_chars: usize,
    lowercase: bool,
) -> impl FnOnce(&Value) -> Result<Vec<String>, String> {
    move |value| {
        let items = match value {
            Value::Null => return Ok(Vec::new()),
            Value::Array(items) => items,
            _ => return Err("must be an array of strings".to_owned()),
        };
        // Counted as sent, as the schema's `maxItems` counts, before blanks and repeats go.
        if items.len() > max_items {
            return Err(format!("must have at most {max_items} items"));
        }
        let mut list: Vec<String> = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let Value::String(raw) = item else {
                return Err(format!("item {index} must be a string"));
            };
            let Some(text) =
                text::line(raw, max_chars).map_err(|err| format!("item {index} {err}"))?
            else {
                continue;
            };
            let text = if lowercase {
                text.to_lowercase()
            } else {
                text.to_owned()
            };
            if !list.iter().any(|known| known.eq_ignore_ascii_case(&text)) {
                list.push(text);
            }
        }
        Ok(list)
    }
}

/// One of a fixed set of strings.
pub fn one_of(allowed: &'static [&'static str]) -> impl FnOnce(&Value) -> Result<String, String> {
    move |value| match value {
        Value::String(text) if allowed.contains(&text.as_str()) => Ok(text.clone()),
        _ => Err(format!("must be one of: {}", allowed.join(", "))),
    }
}

/// A UUID in its hyphenated form, as `format: uuid` means (the uuid crate also reads the
/// simple, braced and URN forms).
pub fn uuid(value: &Value) -> Result<uuid::Uuid, String> {
    value
        .as_str()
        .filter(|text| text.len() == 36)
        .and_then(|text| uuid::Uuid::parse_str(text).ok())
        .ok_or_else(|| "must be a UUID".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn lines_are_trimmed_and_bounded() {
        assert_eq!(line(6)(&json!("  abc ")), Ok(Some("abc".to_owned())));
        // Counted as sent, as the schema's `maxLength` counts.
        assert!(line(5)(&json!("  abc ")).is_err());
        assert_eq!(line(5)(&json!("   ")), Ok(None));
        assert_eq!(line(5)(&Value::Null), Ok(None));
        assert!(line(5)(&json!("abcdef")).is_err());
        assert!(line(5)(&json!("a\nb")).is_err());
        assert!(line(5)(&json!(3)).is_err());
        assert!(required_line(5)(&json!(" ")).is_err());
    }

    #[test]
    fn lists_drop_blanks_and_duplicates_and_name_the_bad_item() {
        assert_eq!(
            string_list(4, 10, true)(&json!(["Rust", " rust ", "", "Go"])),
            Ok(vec!["rust".to_owned(), "go".to_owned()])
        );
        // Items are counted as sent, before blanks and repeats go.
        assert!(string_list(3, 10, true)(&json!(["Rust", " rust ", "", "Go"])).is_err());
        assert_eq!(
            string_list(3, 10, false)(&json!(["a", 1])),
            Err("item 1 must be a string".to_owned())
        );
        assert!(string_list(1, 10, false)(&json!(["a", "b"])).is_err());
        assert!(string_list(1, 10, false)(&json!("a")).is_err());
    }

    #[test]
    fn every_bad_field_is_reported() {
        let mut fields = Fields::new();
        let body = json!({"a": 1, "b": "ok"});
        assert_eq!(fields.check("a", body.get("a"), line(10)), None);
        assert_eq!(
            fields.check("b", body.get("b"), line(10)),
            Some(Some("ok".to_owned()))
        );
        assert_eq!(fields.check("c", body.get("c"), line(10)), None);
        fields.error("d", "is required");
        match fields.finish() {
            Err(ApiError::Validation(errors)) => {
                let names: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
                assert_eq!(names, ["a", "d"]);
            }
            other => panic!("{other:?}"),
        }
    }
}
