//! Work history: entries anchored on their date ranges.
//!
//! A resume writes each position as a few short header lines (title, company, location,
//! dates, in any order and split over one to three lines) followed by bullets. Date ranges
//! are the most reliable signal, so every non-bullet line with a range anchors one entry;
//! the short lines around it supply title and company, and the lines up to the next
//! entry's header are its bullets.

use crate::ExperienceEntry;
use crate::dates::{self, DateRange};
use crate::lines::Line;
use regex::Regex;
use std::sync::LazyLock;

static TITLE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:engineer|engineering manager|developer|programmer|manager|director|analyst|designer|consultant|specialist|coordinator|lead|intern|internship|associate|scientist|architect|administrator|officer|head of|vp|svp|evp|vice president|president|founder|co-founder|cofounder|cto|ceo|cfo|coo|cmo|cio|accountant|nurse|teacher|representative|executive|assistant|technician|editor|writer|researcher|recruiter|strategist|producer|marketer|owner|partner|principal|advisor|adviser|attorney|lawyer|counsel|paralegal|physician|therapist|pharmacist|chef|supervisor|agent|planner|controller|auditor|clerk|trainer|instructor|professor|lecturer|tutor|fellow|sre|devops|scrum master|buyer|economist|statistician|mechanic|electrician|operator|photographer|counselor|coach|liaison|generalist|superintendent|chemist|biologist|bookkeeper|cashier|barista|receptionist|secretary|manager|foreman|driver|pilot|surgeon|dentist|hygienist|paramedic|pharmacy tech|bartender|server|host|merchandiser|copywriter|illustrator|animator|artist|curator|librarian|journalist|reporter|translator|interpreter|estimator|inspector|surveyor|tester|qa|sdet|evangelist|advocate|ambassador|steward|intern)s?\b",
    )
    .expect("title vocabulary pattern is valid")
});

static COMPANY_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\b(?:inc|llc|llp|ltd|limited|corp|corporation|company|gmbh|ag|plc|sa|bv|group|labs?|technologies|technology|tech|systems|solutions|partners|bank|university|hospital|health|healthcare|clinic|agency|studios?|capital|ventures|holdings|foundation|institute|college|school|consulting|media|software|networks|pharma|pharmaceuticals|analytics|industries|enterprises|associates|logistics|airlines|insurance|financial|foods|motors|energy|robotics|games|bakery|cafe|restaurant|hotel|resorts|council|district|department|ministry|agency)\b\.?|\.(?:com|io|ai|co)\b)",
    )
    .expect("company vocabulary pattern is valid")
});

static LOCATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\(?(?:(?i:remote|hybrid|on-?site)(?:\s*\(.*\))?|[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3},\s*(?:[A-Z]{2}|Canada|Germany|France|India|Netherlands|Spain|Italy|Ireland|Singapore|Australia|Japan|Brazil|Mexico|Poland|Sweden|Switzerland|United Kingdom|United States|USA|England|Scotland|Portugal|Austria|Denmark|Norway|Finland|Israel|China|Korea|Nigeria|Kenya|South Africa|New Zealand)(?:\s*\((?i:remote|hybrid)\))?)\)?$",
    )
    .expect("location pattern is valid")
});

/// Whether text names a job title ("Senior Software Engineer", "VP of Sales").
pub(crate) fn is_title_like(text: &str) -> bool {
    TITLE_WORDS.is_match(text)
}

fn is_company_like(text: &str) -> bool {
    COMPANY_WORDS.is_match(text)
}

fn is_location(text: &str) -> bool {
    LOCATION.is_match(text.trim())
}

/// What each line of the section is, decided once up front.
#[derive(Debug)]
struct LineInfo<'a> {
    line: &'a Line,
    range: Option<DateRange>,
    /// A wrapped tail of the bullet or sentence before it.
    continuation: bool,
}

impl LineInfo<'_> {
    fn is_header_like(&self) -> bool {
        let text = &self.line.text;
        !self.line.is_blank()
            && !self.line.is_bullet()
            && !self.continuation
            && self.range.is_none()
            && self.line.word_count() <= 12
            && !text.ends_with('.')
            && !text.starts_with(char::is_lowercase)
    }

    fn is_anchor(&self) -> bool {
        let Some(range) = &self.range else {
            return false;
        };
        if self.line.is_bullet() || range.start.is_none() {
            return false;
        }
        let mut rest = self.line.text.clone();
        rest.replace_range(range.span.0..range.span.1, " ");
        rest.split_whitespace().count() <= 14
    }
}

pub(crate) fn extract(lines: Vec<&Line>) -> Vec<ExperienceEntry> {
    let infos = classify(&lines);
    let anchors: Vec<usize> = (0..infos.len()).filter(|&i| infos[i].is_anchor()).collect();

    let mut headers = Vec::with_capacity(anchors.len());
    let mut consumed_until = 0;
    for (position, &anchor) in anchors.iter().enumerate() {
        let next_anchor = anchors.get(position + 1).copied().unwrap_or(infos.len());
        let mut first = anchor;
        while first > consumed_until && anchor - first < 2 && infos[first - 1].is_header_like() {
            first -= 1;
        }
        let mut pieces: Vec<String> = Vec::new();
        for info in &infos[first..anchor] {
            pieces.extend(split_pieces(&info.line.text));
        }
        if let Some(range) = &infos[anchor].range {
            let mut rest = infos[anchor].line.text.clone();
            rest.replace_range(range.span.0..range.span.1, "\t");
            pieces.extend(split_pieces(&rest));
        }
        let mut last = anchor;
        let mut role = assign_roles(&pieces);
        // Title and company after the dates, one or two lines, maybe past a blank line (a
        // table's dates cell before its title cell).
        let mut header_lines = 0;
        while role.title.is_none() || role.company.is_none() {
            let mut next = last + 1;
            while next < next_anchor && next - anchor <= 2 && infos[next].line.is_blank() {
                next += 1;
            }
            if next >= next_anchor
                || header_lines == 2
                || !infos[next].is_header_like()
                || infos[next].line.word_count() > 8
            {
                break;
            }
            last = next;
            header_lines += 1;
            pieces.extend(split_pieces(&infos[last].line.text));
            role = assign_roles(&pieces);
        }
        consumed_until = last + 1;
        headers.push((first, last, role));
    }

    let mut entries: Vec<ExperienceEntry> = Vec::with_capacity(headers.len());
    for (position, (_, last, role)) in headers.iter().enumerate() {
        let body_end = headers
            .get(position + 1)
            .map_or(infos.len(), |(next_first, _, _)| *next_first);
        let range = infos[anchors[position]].range.as_ref();
        let company = role.company.clone().or_else(|| {
            // A second role at the same employer is often listed without repeating it.
            entries.last().and_then(|previous| previous.company.clone())
        });
        entries.push(ExperienceEntry {
            company,
            title: role.title.clone(),
            start: range.and_then(|r| r.start.clone()),
            end: range.and_then(|r| r.end.clone()),
            bullets: collect_bullets(&infos[last + 1..body_end]),
        });
    }
    entries
}

fn classify<'a>(lines: &[&'a Line]) -> Vec<LineInfo<'a>> {
    let mut infos: Vec<LineInfo<'a>> = Vec::with_capacity(lines.len());
    for line in lines {
        let range = if line.is_bullet() {
            None
        } else {
            dates::find_range(&line.text).or_else(|| lone_date(line))
        };
        let continuation = range.is_none()
            && !line.is_blank()
            && !line.is_bullet()
            && infos.last().is_some_and(|previous| {
                continues(
                    previous,
                    line,
                    infos.iter().rev().find(|i| i.line.is_bullet()),
                )
            });
        infos.push(LineInfo {
            line,
            range,
            continuation,
        });
    }
    infos
}

/// A job dated once ("Sales Associate, 2011", "Summer 2014"): a short line that is not a
/// sentence, whose only date is a year or a month and year.
fn lone_date(line: &Line) -> Option<DateRange> {
    let text = &line.text;
    if line.word_count() > 12 || text.ends_with('.') || text.starts_with(char::is_lowercase) {
        return None;
    }
    dates::find_lone(text)
}

/// Whether `line` wraps the text of `previous` rather than starting something new.
fn continues(previous: &LineInfo<'_>, line: &Line, last_bullet: Option<&LineInfo<'_>>) -> bool {
    let in_bullet = previous.line.is_bullet() || previous.continuation;
    if !in_bullet || previous.line.is_blank() {
        return false;
    }
    let indented_under_bullet = last_bullet.is_some_and(|bullet| line.indent > bullet.line.indent);
    let open_sentence = !previous.line.text.ends_with(['.', '!', '?', ';']);
    indented_under_bullet || (open_sentence && line.text.starts_with(char::is_lowercase))
}

fn collect_bullets(infos: &[LineInfo<'_>]) -> Vec<String> {
    let mut bullets: Vec<String> = Vec::new();
    // Whether the last item is an unbulleted sentence that may wrap onto this line.
    let mut open_prose = false;
    for info in infos {
        let line = info.line;
        if line.is_blank() {
            open_prose = false;
            continue;
        }
        if let Some(text) = line.bullet_text() {
            bullets.push(text.to_owned());
            open_prose = false;
            continue;
        }
        let wraps_prose = open_prose
            && bullets
                .last()
                .is_some_and(|last| !last.ends_with(['.', '!', '?']));
        if let Some(last) = bullets
            .last_mut()
            .filter(|_| info.continuation || wraps_prose)
        {
            if last.ends_with('-') && !last.ends_with(" -") {
                last.pop();
            } else {
                last.push(' ');
            }
            last.push_str(&line.text);
            continue;
        }
        if is_location(&line.text) {
            continue;
        }
        bullets.push(line.text.replace('\t', " "));
        open_prose = true;
    }
    bullets
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Role {
    title: Option<String>,
    company: Option<String>,
}

/// Splits a header line at the separators resumes put between title, company, location
/// and dates.
fn split_pieces(text: &str) -> Vec<String> {
    let mut pieces = vec![text.to_owned()];
    for separator in [
        "\t", " | ", "|", " — ", " – ", " -- ", " - ", " · ", " • ", " ∙ ", " / ", "—",
    ] {
        pieces = pieces
            .iter()
            .flat_map(|piece| {
                piece
                    .split(separator)
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .collect();
    }
    pieces
        .into_iter()
        .map(|piece| clean_piece(&piece))
        .filter(|piece| piece.chars().any(char::is_alphanumeric))
        .collect()
}

fn clean_piece(piece: &str) -> String {
    piece
        .trim()
        .trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '-' | '–' | '—'))
        .trim()
        .to_owned()
}

/// Drops a trailing ", City, ST" from a company piece; `None` if the piece is only a place.
fn without_location(piece: &str) -> Option<String> {
    if is_location(piece) {
        return None;
    }
    let mut cut = piece.len();
    for (index, _) in piece.match_indices(", ") {
        let rest = &piece[index + 2..];
        if is_location(rest) || (is_company_like(&piece[..index]) && is_bare_place(rest)) {
            cut = index;
            break;
        }
    }
    Some(piece[..cut].trim().to_owned())
}

/// A town without its state or country ("London", "Bath", "Calumet City"), as it follows a
/// company's name: one or two capitalised words that name no company, title or legal form.
fn is_bare_place(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=2).contains(&words.len())
        && words.iter().all(|word| {
            word.starts_with(char::is_uppercase)
                && word
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
        })
        && !is_company_suffix(text)
        && !is_company_like(text)
        && !is_title_like(text)
}

fn assign_roles(raw_pieces: &[String]) -> Role {
    let mut pieces: Vec<String> = Vec::new();
    for piece in raw_pieces
        .iter()
        .filter_map(|piece| without_location(piece))
    {
        if let Some((title, company)) = split_title_at_company(&piece) {
            pieces.push(title);
            pieces.push(company);
        } else {
            pieces.push(piece);
        }
    }
    if pieces.len() == 1
        && let Some((left, right)) = pieces[0].split_once(", ")
        && (is_title_like(left) || is_company_like(right))
        && !is_company_suffix(right)
    {
        pieces = vec![left.to_owned(), right.to_owned()];
    }
    pieces.retain(|piece| !piece.is_empty());

    let title_index = pieces
        .iter()
        .position(|p| is_title_like(p) && !is_company_like(p))
        .or_else(|| pieces.iter().position(|p| is_title_like(p)));
    let company_index = pieces
        .iter()
        .enumerate()
        .filter(|(index, _)| Some(*index) != title_index)
        .find(|(_, piece)| is_company_like(piece))
        .or_else(|| {
            pieces
                .iter()
                .enumerate()
                .find(|(index, _)| Some(*index) != title_index)
        })
        .map(|(index, _)| index);
    let title_index =
        title_index.or_else(|| (0..pieces.len()).find(|index| Some(*index) != company_index));
    Role {
        title: title_index.map(|index| pieces[index].clone()),
        company: company_index.map(|index| pieces[index].clone()),
    }
}

fn is_company_suffix(text: &str) -> bool {
    let lower = text.trim_end_matches('.').to_lowercase();
    matches!(
        lower.as_str(),
        "inc"
            | "llc"
            | "ltd"
            | "corp"
            | "co"
            | "gmbh"
            | "plc"
            | "ag"
            | "sa"
            | "llp"
            | "pllc"
            | "lp"
            | "pc"
            | "pty"
            | "bv"
            | "nv"
            | "srl"
            | "oy"
            | "ab"
            | "as"
    )
}

fn split_title_at_company(piece: &str) -> Option<(String, String)> {
    for separator in [" at ", " @ ", " @", " At "] {
        if let Some((left, right)) = piece.split_once(separator)
            && is_title_like(left)
            && !right.trim().is_empty()
        {
            return Some((left.trim().to_owned(), right.trim().to_owned()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::to_lines;

    fn parse(text: &str) -> Vec<ExperienceEntry> {
        let lines = to_lines(text);
        extract(lines.iter().collect())
    }

    fn heads(entries: &[ExperienceEntry]) -> Vec<(String, String, String, String)> {
        entries
            .iter()
            .map(|e| {
                (
                    e.title.clone().unwrap_or_default(),
                    e.company.clone().unwrap_or_default(),
                    e.start.clone().unwrap_or_default(),
                    e.end.clone().unwrap_or_default(),
                )
            })
            .collect()
    }

    fn head(
        title: &str,
        company: &str,
        start: &str,
        end: &str,
    ) -> (String, String, String, String) {
        (title.into(), company.into(), start.into(), end.into())
    }

    #[test]
    fn title_dash_company_with_dates_on_the_same_line() {
        let entries = parse(
            "Senior Engineer — Acme Corp\tJan 2020 – Present\n• Cut latency 40%\n  across the fleet\n• Led 5 engineers",
        );
        assert_eq!(
            heads(&entries),
            vec![head("Senior Engineer", "Acme Corp", "2020-01", "")]
        );
        assert_eq!(
            entries[0].bullets,
            vec!["Cut latency 40% across the fleet", "Led 5 engineers"]
        );
    }

    #[test]
    fn company_then_title_with_dates_on_the_next_line() {
        let entries = parse(
            "Globex Inc | Product Manager\n01/2019 - 03/2021\n- Shipped things\nInitech\nData Analyst\n2016-2018\n- Analysed data",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head("Product Manager", "Globex Inc", "2019-01", "2021-03"),
                head("Data Analyst", "Initech", "2016", "2018"),
            ]
        );
    }

    #[test]
    fn title_at_company_and_a_second_role_at_the_same_employer() {
        let entries = parse(
            "Staff Engineer at Hooli, San Francisco, CA\nMarch 2017 to June 2019\n• Did work\nEngineer\t2020.04 - 2022.01\n• More work",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head("Staff Engineer", "Hooli", "2017-03", "2019-06"),
                head("Engineer", "Hooli", "2020-04", "2022-01"),
            ]
        );
    }

    #[test]
    fn a_job_with_one_date_is_kept_with_no_end() {
        let entries = parse(
            "### Project Engineer — Summit Ridge Construction\nMay 2012 – May 2015\n- Ran pours\n\
             **Sales Associate**, Castellano Family Hardware\t2011\n- Sold tools\n\
             Audit Intern, Baird & Kessling LLP\nSummer 2014\n- Tested controls",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Project Engineer",
                    "Summit Ridge Construction",
                    "2012-05",
                    "2015-05"
                ),
                head("Sales Associate", "Castellano Family Hardware", "2011", ""),
                head("Audit Intern", "Baird & Kessling LLP", "2014", ""),
            ]
        );
    }

    #[test]
    fn a_town_after_a_company_is_not_part_of_its_name() {
        let entries = parse(
            "Senior FP&A Analyst\nFinchley Pay Ltd, London\t09/2021 – Present\n- Built models\n\
             Paralegal, Hargrove Whitley & Pruitt, PLLC\n2014 - 2017\n- Filed motions",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head("Senior FP&A Analyst", "Finchley Pay Ltd", "2021-09", ""),
                head(
                    "Paralegal",
                    "Hargrove Whitley & Pruitt, PLLC",
                    "2014",
                    "2017"
                ),
            ]
        );
    }
}
