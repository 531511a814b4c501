//! Education entries: institution, degree and dates, grouped line by line.

use crate::EducationEntry;
use crate::dates;
use crate::lines::Line;
use regex::Regex;
use std::sync::LazyLock;

static DEGREE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\b(?:bachelor|master|doctor|doctorate|associate|diploma|certificate|mba|emba|phd|ph\.d|bsc|msc|beng|meng|bba|btech|mtech|llb|llm|jd|md|ged|high school diploma|a\.a|a\.s)\b|\b(?:b|m)\.?\s?(?:s|a|sc|eng|ed|fa)\.(?:\s|$)|\b(?:BS|BA|MS|MA|BFA|MFA|MPH|MPA|DDS|RN|BSN|MSN)\b)",
    )
    .expect("degree pattern is valid")
});

static INSTITUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:university|universit[éä]t|college|institute|school|academy|polytechnic|conservatory|seminary|hochschule|école|ecole|bootcamp)\b",
    )
    .expect("institution pattern is valid")
});

pub(crate) fn extract(lines: Vec<&Line>) -> Vec<EducationEntry> {
    let mut entries: Vec<EducationEntry> = Vec::new();
    let mut current = EducationEntry::default();
    for line in lines {
        if line.is_blank() || line.is_bullet() {
            continue;
        }
        let mut text = line.text.clone();
        let (start, end) = if let Some(range) = dates::find_range(&text) {
            text.replace_range(range.span.0..range.span.1, "\t");
            (range.start, range.end)
        } else if let Some((date, span)) = dates::find_single(&text) {
            text.replace_range(span.0..span.1, "\t");
            (None, Some(date))
        } else {
            (None, None)
        };
        let mut last_was_degree = false;
        for piece in text
            .split(['\t', '|', '•', '·'])
            .flat_map(|piece| piece.split(" — "))
            .flat_map(|piece| piece.split(" – "))
            .flat_map(|piece| piece.split(", "))
            .map(|piece| strip_labels(piece.trim().trim_matches([',', '(', ')', '-']).trim()))
            .filter(|piece| !piece.is_empty())
        {
            if INSTITUTION.is_match(piece) && !DEGREE.is_match(piece) {
                if current.institution.is_some() {
                    entries.push(std::mem::take(&mut current));
                }
                current.institution = Some(piece.to_owned());
                last_was_degree = false;
            } else if DEGREE.is_match(piece) {
                if current.degree.is_some() {
                    entries.push(std::mem::take(&mut current));
                }
                current.degree = Some(piece.to_owned());
                last_was_degree = true;
            } else if let Some(degree) = current.degree.as_mut().filter(|_| last_was_degree) {
                // "Bachelor of Science, Computer Science": the field after the comma.
                degree.push_str(", ");
                degree.push_str(piece);
            }
        }
        if (start.is_some() || end.is_some()) && current.start.is_none() && current.end.is_none() {
            current.start = start;
            current.end = end;
        }
    }
    if current.institution.is_some() || current.degree.is_some() {
        entries.push(current);
    }
    entries
}

fn strip_labels(piece: &str) -> &str {
    for label in ["Expected", "Graduated", "Graduation", "Class of"] {
        if let Some(rest) = piece.strip_suffix(label) {
            return rest.trim().trim_end_matches(',').trim();
        }
    }
    piece
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::to_lines;

    #[test]
    fn institution_degree_and_dates() {
        let lines = to_lines(
            "University of Washington, Seattle, WA\tSep 2012 – Jun 2016\nB.S. in Computer Science\n\nMBA, Wharton School\t2020",
        );
        let entries = extract(lines.iter().collect());
        assert_eq!(
            entries,
            vec![
                EducationEntry {
                    institution: Some("University of Washington".into()),
                    degree: Some("B.S. in Computer Science".into()),
                    start: Some("2012-09".into()),
                    end: Some("2016-06".into()),
                },
                EducationEntry {
                    institution: Some("Wharton School".into()),
                    degree: Some("MBA".into()),
                    start: None,
                    end: Some("2020".into()),
                },
            ]
        );
    }
}
