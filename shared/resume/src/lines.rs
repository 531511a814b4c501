//! The line model every parsing step works on.

/// One visual line: its text without surrounding whitespace, and how far it was indented.
/// Tabs inside `text` separate pieces that sat far apart on the same line (for example a
/// job title on the left and its dates on the right).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line {
    pub text: String,
    pub indent: usize,
}

/// Characters that start a bullet point when followed by whitespace.
const BULLET_GLYPHS: &[char] = &[
    '•', '●', '○', '◦', '▪', '■', '□', '‣', '–', '—', '-', '*', '·', '➢', '➤', '►', '▶', '✓', '✔',
    '❖', '◆', '♦', '∙', '⁃', '>', '+',
];

impl Line {
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    /// The text after the bullet glyph, when this line is a bullet point.
    pub fn bullet_text(&self) -> Option<&str> {
        let mut chars = self.text.chars();
        let first = chars.next()?;
        let rest = chars.as_str();
        if BULLET_GLYPHS.contains(&first) {
            let glued = !matches!(first, '-' | '*' | '>' | '–' | '—' | '+');
            if rest.starts_with(char::is_whitespace) || (glued && !rest.is_empty()) {
                return Some(rest.trim_start());
            }
        }
        // A lowercase "o" is a common bullet in Word documents pasted as text.
        if let Some(rest) = self.text.strip_prefix("o ")
            && rest.starts_with(|c: char| c.is_uppercase())
        {
            return Some(rest);
        }
        None
    }

    pub fn is_bullet(&self) -> bool {
        self.bullet_text().is_some()
    }

    pub fn word_count(&self) -> usize {
        self.text.split_whitespace().count()
    }
}

/// Splits text into lines, measuring indentation and dropping pure decoration such as
/// heading underlines (`-----`, `=====`).
pub(crate) fn to_lines(text: &str) -> Vec<Line> {
    text.split(['\n', '\u{c}'])
        .filter_map(|raw| {
            let raw = raw
                .trim_end_matches('\r')
                .replace(['\u{a0}', '\u{2009}', '\u{202f}'], " ");
            let indent = raw
                .chars()
                .take_while(|c| c.is_whitespace())
                .map(|c| if c == '\t' { 4 } else { 1 })
                .sum();
            let trimmed = raw.trim();
            if is_decoration(trimmed) {
                return None;
            }
            let plain = without_markdown(trimmed);
            Some(Line {
                text: split_wide_gaps(&plain),
                indent,
            })
        })
        .collect()
}

/// A Markdown heading's `#` marks, bold and italic marks around words, and inline code marks:
/// `### **Senior Engineer**` is the line "Senior Engineer". A `*` or `-` that starts a bullet
/// stays (it is followed by a space).
fn without_markdown(text: &str) -> String {
    let text = match text.trim_start_matches('#') {
        rest if rest.len() < text.len() && (rest.is_empty() || rest.starts_with(' ')) => {
            rest.trim()
        }
        _ => text,
    };
    let text = text.replace("**", "").replace("__", "").replace('`', "");
    MARKDOWN_EMPHASIS
        .replace_all(&text, "$before$inner")
        .into_owned()
}

/// `*word*` or `_word_` not inside a word.
static MARKDOWN_EMPHASIS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?P<before>^|[^\w*_])[*_](?P<inner>[^*_\s](?:[^*_]*[^*_\s])?)[*_]")
        .expect("emphasis pattern is valid")
});

fn is_decoration(text: &str) -> bool {
    text.chars().count() >= 3
        && text.chars().all(|c| {
            matches!(
                c,
                '-' | '=' | '_' | '*' | '~' | '─' | '━' | '═' | '—' | '–' | ' '
            )
        })
}

/// Plain-text resumes align dates with runs of spaces; treat three or more as a tab so they
/// split like the PDF extractor's output.
fn split_wide_gaps(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut spaces = 0;
    for c in text.chars() {
        if c == ' ' {
            spaces += 1;
            continue;
        }
        if spaces > 0 || c == '\t' {
            if spaces >= 3 || c == '\t' {
                if !out.ends_with('\t') {
                    out.push('\t');
                }
            } else {
                out.push_str(&" ".repeat(spaces));
            }
            spaces = 0;
        }
        if c != '\t' {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bullets_are_recognised_with_their_glyphs() {
        let lines = to_lines(
            "• Built it\n- Shipped it\n* Ran it\no Led it\n+ Coached it\nPlain line\n-5% cost\n+44 20 7946 0018",
        );
        let bullets: Vec<_> = lines.iter().map(|l| l.bullet_text()).collect();
        assert_eq!(
            bullets,
            vec![
                Some("Built it"),
                Some("Shipped it"),
                Some("Ran it"),
                Some("Led it"),
                Some("Coached it"),
                None,
                None,
                None
            ]
        );
    }

    #[test]
    fn underlines_are_dropped_and_wide_gaps_become_tabs() {
        let lines = to_lines("EXPERIENCE\n----------\n  Engineer     2019 - 2021");
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1].text, "Engineer\t2019 - 2021");
        assert_eq!(lines[1].indent, 2);
    }

    #[test]
    fn markdown_marks_are_not_part_of_the_text() {
        for (written, plain) in [
            ("# Chloé Marchand", "Chloé Marchand"),
            (
                "### **Senior Engineer**, *Tessellate Payments*",
                "Senior Engineer, Tessellate Payments",
            ),
            ("- **Tools:** Salesforce, `dbt`", "- Tools: Salesforce, dbt"),
            ("* Grew revenue 35%", "* Grew revenue 35%"),
            ("snake_case_names stay", "snake_case_names stay"),
            ("#1 in region", "#1 in region"),
        ] {
            assert_eq!(without_markdown(written), plain, "{written}");
        }
    }
}
