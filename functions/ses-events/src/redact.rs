//! Link query strings are where secrets travel (sign-in tokens, unsubscribe tokens, tracking
//! ids), and an SES Click event reports the whole link. Stored payloads keep each link's
//! scheme, host and path, which is what analytics need, and lose the query and fragment.

use serde_json::Value;

const REDACTED: &str = "?redacted";

/// Redacts the query of every http(s) URL in every string of `payload`, in place.
pub fn link_queries(payload: &mut Value) {
    match payload {
        Value::String(text) => {
            if let Some(redacted) = redact_text(text) {
                *text = redacted;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(link_queries),
        Value::Object(fields) => fields.values_mut().for_each(link_queries),
        _ => {}
    }
}

/// The text with each URL's `?query#fragment` replaced, or `None` when nothing changed.
fn redact_text(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut changed = false;
    while let Some(start) = find_url(rest) {
        let (before, url_and_after) = rest.split_at(start);
        out.push_str(before);
        let end = url_and_after
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\'' | ','))
            .unwrap_or(url_and_after.len());
        let (url, after) = url_and_after.split_at(end);
        match url.find(['?', '#']) {
            Some(cut) => {
                out.push_str(&url[..cut]);
                out.push_str(REDACTED);
                changed = true;
            }
            None => out.push_str(url),
        }
        rest = after;
    }
    out.push_str(rest);
    changed.then_some(out)
}

fn find_url(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    [lower.find("https://"), lower.find("http://")]
        .into_iter()
        .flatten()
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn queries_and_fragments_of_links_are_redacted_everywhere() {
        let mut payload = json!({
            "click": {
                "link": "https://app.roleferry.com/sign-in?token=rfl_abc_secret",
                "linkTags": {"step": ["1"]},
                "timestamp": "2026-11-22T13:05:00.000Z"
            },
            "mail": {"headers": [{"name": "List-Unsubscribe",
                "value": "<https://app.roleferry.com/unsubscribe/t?x=1>, <mailto:u@roleferry.com?subject=unsubscribe>"}]},
            "note": "see HTTP://Example.com/a#frag and https://example.com/plain",
            "count": 3
        });
        link_queries(&mut payload);
        assert_eq!(
            payload["click"]["link"],
            "https://app.roleferry.com/sign-in?redacted"
        );
        assert_eq!(payload["click"]["linkTags"], json!({"step": ["1"]}));
        assert_eq!(
            payload["mail"]["headers"][0]["value"],
            "<https://app.roleferry.com/unsubscribe/t?redacted>, <mailto:u@roleferry.com?subject=unsubscribe>"
        );
        assert_eq!(
            payload["note"],
            "see HTTP://Example.com/a?redacted and https://example.com/plain"
        );
        assert_eq!(payload["count"], 3);
    }

    #[test]
    fn text_without_links_is_left_alone() {
        assert_eq!(redact_text("no links? none#here"), None);
        assert_eq!(redact_text("https://example.com/path"), None);
    }
}
