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
pub(crate) const BULLET_GLYPHS: &[char] = &[
    '•', '●', '○', '◦', '▪', '■', '□', '‣', '–', '—', '-', '*', '·', '➢', '➤', '►', '▶', '✓', '✔',
    '❖', '◆', '♦', '∙', '⁃', '>', '+', '›', '»', '▸', '▹', '◾', '◽', '❯', '✦', '★', '⁍',
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
    let raw_lines: Vec<String> = text
        .split(['\n', '\u{c}'])
        .map(|raw| {
            raw.trim_end_matches('\r')
                .replace(['\u{a0}', '\u{2009}', '\u{202f}'], " ")
        })
        .collect();
    let table_rows = fixed_width_table_rows(&raw_lines);
    raw_lines
        .iter()
        .enumerate()
        .filter_map(|(index, raw)| {
            if let Some((indent, cells)) = table_rows.get(&index) {
                return Some(Line {
                    text: cells.join("\t"),
                    indent: *indent,
                });
            }
            let indent = raw
                .chars()
                .take_while(|c| c.is_whitespace())
                .map(|c| if c == '\t' { 4 } else { 1 })
                .sum();
            let trimmed = raw.trim();
            if is_decoration(trimmed) || is_markdown_table_rule(trimmed) {
                return None;
            }
            let plain = without_markdown(&markdown_table_cells(trimmed));
            Some(Line {
                text: split_wide_gaps(&plain),
                indent,
            })
        })
        .collect()
}

/// The rows of plain-text tables laid out in fixed-width columns under a header row of labels
/// ("RANK   VESSEL   TYPE / GRT   FLAG   COMPANY / MANNING AGENCY   SIGN-ON   SIGN-OFF"), each
/// cut into its cells at the header's columns: two spaces, or one where a long value meets
/// the next column, are all that may part them, too little to split at. By line index: the
/// row's indent and cells, the header's own among them.
fn fixed_width_table_rows(
    raw_lines: &[String],
) -> std::collections::HashMap<usize, (usize, Vec<String>)> {
    let mut rows = std::collections::HashMap::new();
    let mut index = 0;
    while index < raw_lines.len() {
        let Some(columns) = table_header_columns(&raw_lines[index]) else {
            index += 1;
            continue;
        };
        rows.insert(index, cut_at_columns(&raw_lines[index], &columns));
        let mut next = index + 1;
        let mut found_rows = 0;
        while let Some(raw) = raw_lines.get(next) {
            let trimmed = raw.trim();
            if trimmed.is_empty() || is_decoration(trimmed) {
                if found_rows > 0 {
                    break;
                }
                next += 1;
                continue;
            }
            // A row starts in the first column and reaches past the second.
            let indent = raw.chars().take_while(|c| *c == ' ').count();
            if indent > columns[0] + 1 || raw.chars().count() <= columns[1] {
                break;
            }
            rows.insert(next, cut_at_columns(raw, &columns));
            found_rows += 1;
            next += 1;
        }
        index = next;
    }
    rows
}

/// The starting columns of a table's header row: four or more short labels, parted by two or
/// more spaces, one of them a date's ("SIGN-ON", "From", "Period", "Valid until").
fn table_header_columns(raw: &str) -> Option<Vec<usize>> {
    static DATE_LABEL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)^(?:from|to|sign[- ]?on|sign[- ]?off|period|dates?|start(?: date)?|end(?: date)?|duration|joined|left|since|until|date issued|valid until|years?)$",
        )
        .expect("date label pattern is valid")
    });
    let chars: Vec<char> = raw.chars().collect();
    let mut columns = Vec::new();
    let mut labels: Vec<String> = Vec::new();
    let mut spaces = 2;
    for (column, &c) in chars.iter().enumerate() {
        if c == ' ' {
            spaces += 1;
            continue;
        }
        if spaces >= 2 {
            columns.push(column);
            labels.push(String::new());
        } else if spaces == 1 {
            labels.last_mut()?.push(' ');
        }
        labels.last_mut()?.push(c);
        spaces = 0;
    }
    let is_label = |label: &String| {
        label.split_whitespace().count() <= 4
            && label
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '/' | '-' | '.' | '&'))
            && label
                .split_whitespace()
                .all(|word| word.starts_with(|c: char| c.is_uppercase() || c == '/' || c == '&'))
    };
    (labels.len() >= 4
        && !raw.contains('\t')
        && labels.iter().all(is_label)
        && labels.iter().any(|label| DATE_LABEL.is_match(label)))
    .then_some(columns)
}

/// A table row's indent and cells, cut at the header's columns; a cut that would fall inside
/// a word moves back to the space before it (a value may start left of its label).
fn cut_at_columns(raw: &str, columns: &[usize]) -> (usize, Vec<String>) {
    let chars: Vec<char> = raw.chars().collect();
    let mut cuts = vec![0];
    for &column in &columns[1..] {
        let previous = *cuts.last().unwrap_or(&0);
        let mut cut = column.min(chars.len());
        while cut > previous + 1 && cut < chars.len() && chars[cut - 1] != ' ' {
            cut -= 1;
        }
        cuts.push(cut.max(previous));
    }
    cuts.push(chars.len());
    let cells = cuts
        .windows(2)
        .map(|pair| {
            chars[pair[0]..pair[1]]
                .iter()
                .collect::<String>()
                .trim()
                .to_owned()
        })
        .collect();
    let indent = chars.iter().take_while(|c| **c == ' ').count();
    (indent, cells)
}

/// The rule under a Markdown table's header row: `|------|:----:|`.
fn is_markdown_table_rule(text: &str) -> bool {
    text.starts_with('|')
        && text.contains('-')
        && text
            .chars()
            .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '+'))
}

/// A Markdown table's row as its cells parted by tabs, as other tables' cells are:
/// `| Languages | Swift, Kotlin |` is "Languages<tab>Swift, Kotlin".
fn markdown_table_cells(text: &str) -> String {
    match text
        .strip_prefix('|')
        .and_then(|rest| rest.strip_suffix('|'))
    {
        Some(inner) if inner.contains('|') => inner
            .split('|')
            .map(str::trim)
            .collect::<Vec<_>>()
            .join("\t"),
        _ => text.to_owned(),
    }
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
    // Badges, each item in code marks with only spaces between them ("`Flow Builder`
    // `Validation Rules`"), are a list: the items keep a separator.
    let spans: Vec<&str> = text.split('`').collect();
    let badges = spans.len() >= 5
        && spans.len() % 2 == 1
        && spans
            .iter()
            .step_by(2)
            .all(|between| between.trim().is_empty());
    if badges {
        return spans
            .iter()
            .skip(1)
            .step_by(2)
            .map(|item| item.trim())
            .collect::<Vec<_>>()
            .join(" · ");
    }
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
    fn markdown_badges_keep_a_separator_between_items() {
        assert_eq!(
            without_markdown("`Flow Builder` `Validation Rules` `SOQL (basic)`"),
            "Flow Builder · Validation Rules · SOQL (basic)"
        );
        assert_eq!(
            without_markdown("Wrote `dbt` models in **Snowflake**"),
            "Wrote dbt models in Snowflake"
        );
    }

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
    fn a_fixed_width_table_is_cut_at_its_headers_columns() {
        let lines = to_lines(
            "RANK           VESSEL              FLAG      COMPANY                     SIGN-ON      SIGN-OFF\n\
             -------------------------------------------------------------------------------------------\n\
             Chief Officer  MV Cordillera Star  Panama    Northbay Ship Mgmt Inc.     14-Jan-2024  On board\n\
             Deck Cadet     MV Sierra Madre     Singapore Stellamar Crew Corp.  08-Apr-2007  19-Apr-2008\n\
             \n\
             Total sea service: 4 yrs  2 mos",
        );
        let texts: Vec<&str> = lines.iter().map(|line| line.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "RANK\tVESSEL\tFLAG\tCOMPANY\tSIGN-ON\tSIGN-OFF",
                "Chief Officer\tMV Cordillera Star\tPanama\tNorthbay Ship Mgmt Inc.\t14-Jan-2024\tOn board",
                "Deck Cadet\tMV Sierra Madre\tSingapore\tStellamar Crew Corp.\t08-Apr-2007\t19-Apr-2008",
                "",
                "Total sea service: 4 yrs  2 mos",
            ]
        );
        // Columns of skills name no dates: no table of rows.
        let skills = to_lines("Python  Java  SQL  Excel\nDjango  Spring  dbt  Power BI");
        assert_eq!(skills[1].text, "Django  Spring  dbt  Power BI");
    }

    #[test]
    fn a_markdown_tables_cells_are_parted_by_tabs() {
        let lines = to_lines(
            "| Area | Tools |\n|------|:-----|\n| Languages | Swift, Objective-C |\n|pipes| not a table",
        );
        let texts: Vec<&str> = lines.iter().map(|line| line.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Area\tTools",
                "Languages\tSwift, Objective-C",
                "|pipes| not a table"
            ]
        );
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
