//! Skills: the items of the resume's own skills section, in the seeker's words, when it has one
//! (the strongest evidence there is); else the curated dictionary's names (`data/skills.json`)
//! found anywhere in the body.
//!
//! Aliases match case-insensitively on word boundaries, except the ones that are also
//! everyday words ("go", "swift", "excel", "lean"): those must be written as a name is
//! (capitalised or in capitals), which keeps "Go" and drops "go to market".

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Deserialize;
use std::sync::LazyLock;

const SKILLS_JSON: &str = include_str!("../../../data/skills.json");

/// Aliases that are ordinary English words or common abbreviations.
const AMBIGUOUS_ALIASES: &[&str] = &[
    "go",
    "r",
    "c",
    "swift",
    "spring",
    "rust",
    "chef",
    "puppet",
    "lean",
    "epic",
    "rest",
    "spark",
    "lambda",
    "unity",
    "dart",
    "julia",
    "ruby",
    "phoenix",
    "segment",
    "notion",
    "slack",
    "sketch",
    "bootstrap",
    "ai",
    "ui",
    "ux",
    "qa",
    "qc",
    "hr",
    "ml",
    "ts",
    "js",
    "sas",
    "sap",
    "excel",
    "helm",
    "envoy",
    "mocha",
    "jest",
    "airflow",
    "babel",
    "asana",
    "blender",
    "flutter",
    "snowflake",
    "elk",
    "node",
    "canva",
    "miro",
    "looker",
    "git",
    "tableau",
    "networking",
    "express",
    "vite",
    "storybook",
    "firebase",
    "vault",
    "ant",
    "make",
    "shell",
    "access",
    "word",
    "bloomberg",
    "workday",
    "payroll",
    "wasm",
    "json",
    "xml",
    "yaml",
    "lua",
    "ros",
    "sre",
    "dns",
    "tdd",
    "ddd",
    "oop",
    "okr",
    "kpi",
    "crm",
    "cro",
    "ppc",
    "abm",
    "gtm",
    "bls",
    "acls",
    "ehr",
    "emr",
    "fea",
    "plc",
    "iot",
    "ror",
    "cdk",
    "s3",
    "ec2",
    "sqs",
    "rds",
    "gcp",
    "aws",
    "nlp",
    "llm",
    "llms",
    "genai",
    "seo",
    "b2b",
    "saas",
    "ga4",
    "hipaa",
    "gdpr",
    "sox",
    "ifrs",
    "gaap",
    "vba",
    "spss",
    "stata",
    "dbt",
    "unix",
    "linux",
    "scrum",
    "kanban",
    "agile",
    "waterfall",
];

#[derive(Deserialize)]
struct SkillFile {
    skills: Vec<SkillEntry>,
}

#[derive(Deserialize)]
struct SkillEntry {
    canonical: String,
    aliases: Vec<String>,
}

struct Dictionary {
    matcher: AhoCorasick,
    /// For each pattern: index into `canonical`, and whether its case must match.
    patterns: Vec<(usize, Option<Vec<String>>)>,
    canonical: Vec<String>,
}

static DICTIONARY: LazyLock<Dictionary> = LazyLock::new(|| {
    let file: SkillFile =
        serde_json::from_str(SKILLS_JSON).expect("data/skills.json is valid (checked by a test)");
    let mut needles = Vec::new();
    let mut patterns = Vec::new();
    let mut canonical = Vec::new();
    for (index, skill) in file.skills.into_iter().enumerate() {
        for alias in skill.aliases.iter().map(|a| a.to_lowercase()) {
            let exact_forms = AMBIGUOUS_ALIASES.contains(&alias.as_str()).then(|| {
                let mut capitalised = alias.clone();
                if let Some(first) = capitalised.get_mut(0..1) {
                    first.make_ascii_uppercase();
                }
                vec![skill.canonical.clone(), alias.to_uppercase(), capitalised]
            });
            needles.push(alias);
            patterns.push((index, exact_forms));
        }
        canonical.push(skill.canonical);
    }
    let matcher = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(&needles)
        .expect("skill aliases build an automaton");
    Dictionary {
        matcher,
        patterns,
        canonical,
    }
});

/// Longest item kept from a skills section: longer pieces are sentences, not skills.
const MAX_ITEM_WORDS: usize = 7;
/// The most words of a bullet that is one item ("Master key suite design and restricted key
/// systems"); a longer one is a sentence.
const MAX_BULLET_WORDS: usize = 10;

/// The items of a skills section, verbatim and in order: each line's bullet and `Category:`
/// label removed, split at commas, pipes, semicolons, bullets and tabs outside parentheses,
/// Markdown emphasis dropped; duplicates (ignoring case) and sentences left out.
/// `column_width` is the document's longest line: where its column wraps.
pub(crate) fn section_items(lines: &[&str], column_width: usize) -> Vec<String> {
    let mut items: Vec<String> = Vec::new();
    let lines = unwrapped(lines, column_width);
    let category_rows = category_rows(&lines);
    let whole_bullets = bullets_are_whole_items(&lines);
    for (index, line) in lines.iter().enumerate() {
        if category_rows.contains(&index) || labels_a_table(&lines, index) {
            continue;
        }
        let line = line.as_str();
        let line = strip_emphasis(line);
        let bulleted = starts_with_a_bullet(&line);
        let line =
            line.trim_start_matches(|c: char| BULLET_STARTS.contains(&c) || c.is_whitespace());
        // "Tools: Salesforce, Gong": the label is a category, not a skill.
        let labelled = category_items(line);
        let listed = labelled.unwrap_or(line);
        let one_item = bulleted
            && labelled.is_none()
            && (whole_bullets
                || is_a_phrase(listed)
                || split_outside_parentheses(listed).len() == 1);
        let pieces = if one_item {
            vec![listed]
        } else {
            split_outside_parentheses(listed)
        };
        // A category's items set apart by slashes alone: "GIS & data: ArcGIS Pro / QGIS /
        // Excel". Two slashed words may be one item ("ACLS / BLS"); three or more are a list.
        let pieces = match pieces.as_slice() {
            [only] if labelled.is_some() && only.matches(" / ").count() >= 2 => {
                only.split(" / ").collect()
            }
            _ => pieces,
        };
        // A bullet that is one item may run longer than an item in a list does.
        let max_words = if one_item {
            MAX_BULLET_WORDS
        } else {
            MAX_ITEM_WORDS
        };
        for item in pieces {
            let item = item
                .trim()
                .trim_matches(|c: char| matches!(c, '.' | '-' | '–' | '—' | '*' | '_' | '`'))
                .trim();
            let words = item.split_whitespace().count();
            if words == 0
                || item_words(item) > max_words
                || items.iter().any(|known| known.eq_ignore_ascii_case(item))
            {
                continue;
            }
            items.push(item.to_owned());
        }
    }
    items
}

/// Whether commas join the words of one phrase, as its last part's "and" shows: "Impella, IABP
/// and VAD support", "Live presenting in English, Twi, Ga and Pidgin". A list of tools is
/// written without the "and" ("Excel, SQL, Tableau").
fn is_a_phrase(text: &str) -> bool {
    let pieces = split_outside_parentheses(text);
    // Only commas: cells of a table or bullets side by side are items of their own.
    !text.contains(['\t', '|', ';', '•', '·', '●', '▪'])
        && pieces.len() >= 2
        && pieces.last().is_some_and(|last| {
            let words: Vec<&str> = last.split_whitespace().collect();
            words.len() >= 3
                && words[1..words.len() - 1]
                    .iter()
                    .any(|word| matches!(*word, "and" | "&"))
        })
}

/// Whether a line starts with a bullet glyph and a space.
fn starts_with_a_bullet(line: &str) -> bool {
    line.trim_start()
        .strip_prefix(BULLET_STARTS)
        .is_some_and(|rest| rest.starts_with(char::is_whitespace))
}

/// Whether the section lists one item a bullet: three or more bullets, at most a third of
/// them with a separator. A bullet with commas in such a list is one item in the seeker's
/// words ("Balayage, foilayage & lived-in colour"), not several.
fn bullets_are_whole_items(lines: &[String]) -> bool {
    let lists_several = |line: &String| {
        let line = strip_emphasis(line);
        let text =
            line.trim_start_matches(|c: char| BULLET_STARTS.contains(&c) || c.is_whitespace());
        category_items(text).is_some() || split_outside_parentheses(text).len() > 1
    };
    let bullets: Vec<&String> = lines
        .iter()
        .filter(|line| starts_with_a_bullet(&strip_emphasis(line)))
        .collect();
    let several = bullets.iter().filter(|line| lists_several(line)).count();
    bullets.len() >= 3 && several * 3 <= bullets.len()
}

/// Whether the line is a table's row of column labels over rows that each name a category
/// before their items ("Area<tab>Tools" over "Languages<tab>Swift, Kotlin"): labels, not skills.
fn labels_a_table(lines: &[String], index: usize) -> bool {
    let cells: Vec<&str> = lines[index].split('\t').collect();
    let labelled_rows = lines[index + 1..]
        .iter()
        .take(2)
        .filter(|line| line.contains('\t') && category_items(line).is_some())
        .count();
    cells.len() >= 2
        && cells
            .iter()
            .all(|cell| is_plain_label(cell) && !cell.trim().is_empty())
        && labelled_rows == 2
}

/// How long an item reads: its words outside parentheses, a bare "&" or "/" not counted, as
/// an item's detail in parentheses or its symbols do not make it a sentence ("Crew legality &
/// duty time (CARs Part VII)").
fn item_words(item: &str) -> usize {
    let mut depth = 0usize;
    let mut outside = String::with_capacity(item.len());
    for c in item.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    outside
        .split_whitespace()
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .count()
}

/// What a list of skills puts between its items on one line.
const ITEM_SEPARATORS: [char; 3] = [',', ';', '|'];

/// Whether a line lists several items ("Excel, SQL | Tableau").
fn lists_items(text: &str) -> bool {
    text.contains(ITEM_SEPARATORS)
}

/// Whether a label is short enough to name a category ("Systems", "Tools and Platforms").
fn short_label(label: &str) -> bool {
    label.split_whitespace().count() <= 4
}

/// Whether a line could name the category of the list on the next line, as a table's category
/// cell reads when its cells come out one per line ("Systems" over "NetSuite, SAP").
pub(crate) fn could_name_a_category(label: &str, next: &str) -> bool {
    is_plain_label(label) && lists_items(next)
}

/// A short line that lists nothing itself.
fn is_plain_label(label: &str) -> bool {
    !lists_items(label) && short_label(label)
}

/// What follows a line's category label ("Tools: Salesforce, Gong", or a table's category
/// cell before its items: "Systems<tab>Epic Willow, Pyxis, Omnicell"), if it has one.
fn category_items(line: &str) -> Option<&str> {
    // A space after the colon: "ISO 9001:2015" is one item.
    line.split_once(':')
        .filter(|(label, rest)| {
            short_label(label) && rest.starts_with(char::is_whitespace) && !rest.trim().is_empty()
        })
        .or_else(|| {
            line.split_once('\t').filter(|(label, rest)| {
                short_label(label) && !label.contains(',') && lists_items(rest)
            })
        })
        .map(|(_, rest)| rest)
}

/// Lines that only name the category of the list after them, as a table's category cell reads
/// when its cells come out one per line ("Systems" over "NetSuite, SAP, BlackLine") or a
/// sub-heading over bullets ("**Languages**" over "- Go"): a short line with no separator or
/// bullet before a line that lists several items or starts with a bullet, when the section
/// does this at least twice. A list of one item per line has no such pairs.
fn category_rows(lines: &[String]) -> Vec<usize> {
    let rows: Vec<usize> = (0..lines.len())
        .filter(|&index| {
            is_category_label(
                &lines[index],
                index.checked_sub(1).map(|before| lines[before].as_str()),
                lines.get(index + 1).map(String::as_str),
            )
        })
        .collect();
    if rows.len() >= 2 { rows } else { Vec::new() }
}

/// Whether a line only names the category of the list after it: short, capitalised, no
/// separator or bullet of its own, not the rest of a list whose line ended on a separator
/// ("Creo, ANSYS Fluent," over "Moldflow"), and followed by several items or bullets that
/// carry no label of their own.
fn is_category_label(line: &str, previous: Option<&str>, next: Option<&str>) -> bool {
    let bulleted = |text: &str| {
        text.strip_prefix(BULLET_STARTS)
            .is_some_and(|rest| rest.starts_with(char::is_whitespace))
    };
    let label = strip_emphasis(line);
    let Some(next) = next else {
        return false;
    };
    // A category is named in capitals; a line in lower case or in parentheses goes on from
    // the one before ("Integrated pest management" over "(fall armyworm)").
    !bulleted(&label)
        && !label.starts_with(|c: char| c.is_lowercase() || c == '(')
        && !previous.is_some_and(|text| text.trim_end().ends_with(ITEM_SEPARATORS))
        && (could_name_a_category(&label, next) || (is_plain_label(&label) && bulleted(next)))
        && category_items(next).is_none()
}

/// The section's lines with wrapped items rejoined: a line that follows one whose parenthesis
/// is still open continues it ("Cardiac drips (heparin, amiodarone," + "diltiazem)"), and so
/// does a line that starts with the rest of an item its column cut (see [`cuts_an_item`]).
/// A line starting in lowercase may be a skill of its own ("pandas"), so that alone is no sign.
fn unwrapped(lines: &[&str], column_width: usize) -> Vec<String> {
    let section_width = lines
        .iter()
        .map(|line| line.trim().chars().count())
        .max()
        .unwrap_or_default();
    // A list that breaks its lines after separators ("Safety stock optimization, S&OP,") runs
    // on across lines: a line of it that ends without one was cut inside an item.
    let runs_on = lines
        .iter()
        .any(|line| line.trim_end().ends_with([',', ';']));
    let mut joined: Vec<String> = Vec::new();
    let mut last_line = "";
    let nonblank: Vec<&str> = lines
        .iter()
        .map(|line| line.trim())
        .filter(|line| !line.is_empty())
        .collect();
    for (index, &text) in nonblank.iter().enumerate() {
        // A short line over a list names the list's category: a new row, not a cut item.
        let names_a_category = is_category_label(
            text,
            index.checked_sub(1).map(|before| nonblank[before]),
            nonblank.get(index + 1).copied(),
        );
        let open = joined
            .last()
            .is_some_and(|previous| previous.matches('(').count() > previous.matches(')').count());
        let cut = !joined.is_empty()
            && !names_a_category
            && cuts_an_item(last_line, text, runs_on, section_width, column_width);
        match joined.last_mut() {
            Some(previous) if open || cut => {
                previous.push(' ');
                previous.push_str(text);
            }
            _ => joined.push(text.to_owned()),
        }
        last_line = text;
    }
    joined
}

/// Whether a list's line was cut inside an item ("… | Bloomberg" over "Terminal | Capital IQ",
/// "Contextual inquiry, Journey" over "mapping, Dovetail"): it lists several items, ends
/// without a separator, and the list runs on across lines (some line ends with a separator) or
/// the next line's first word could not have fitted on it, either in the document's column
/// (give or take a tenth) or, when that word goes on in lowercase or a parenthesis, in the
/// section's own narrower column. The next line is not a row of its own (a bullet or a
/// category).
fn cuts_an_item(
    line: &str,
    next: &str,
    runs_on: bool,
    section_width: usize,
    column_width: usize,
) -> bool {
    let lists_items = line.contains([',', ';', '|', '•', '·', '\t']);
    let ends_open = !line.ends_with([',', ';', '|', '•', '·', ':']);
    let new_row = next.starts_with(BULLET_STARTS) || category_items(next).is_some();
    // The rest of a list, not a sentence after it.
    let more_of_the_list =
        next.contains([',', ';', '|', '•', '·']) || next.split_whitespace().count() <= 3;
    let Some(first_word) = next.split_whitespace().next() else {
        return false;
    };
    let width_with_word = line.chars().count() + 1 + first_word.chars().count();
    // What a column cut off is an item's last word or two, before the next separator
    // ("Terminal | Capital IQ"); a whole item of its own starts a row.
    let rest_of_an_item = next
        .split([',', ';', '|', '•', '·'])
        .next()
        .is_some_and(|first_item| first_item.split_whitespace().count() == 1);
    let goes_on = next.starts_with(|c: char| c.is_lowercase() || c == '(');
    lists_items
        && ends_open
        && !new_row
        && more_of_the_list
        // Text in a proportional font fills a column with fewer or more characters than its
        // longest line holds: a tenth's slack.
        && (runs_on
            || (rest_of_an_item && width_with_word * 10 > column_width * 9)
            || (goes_on && width_with_word > section_width))
}

/// What may start a line of a skills list besides its text: the glyphs every list uses.
const BULLET_STARTS: &[char] = crate::lines::BULLET_GLYPHS;

fn strip_emphasis(line: &str) -> String {
    line.replace("**", "").replace("__", "").replace('`', "")
}

/// Pieces between separators (`,` `|` `;` `•` `·` and tabs) that are not inside parentheses:
/// "Cardiac drips (heparin, amiodarone)" stays one item.
fn split_outside_parentheses(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let (mut depth, mut start) = (0usize, 0usize);
    for (index, c) in text.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            ',' | '|' | ';' | '•' | '·' | '\t' | '●' | '▪' if depth == 0 => {
                pieces.push(&text[start..index]);
                start = index + c.len_utf8();
            }
            _ => {}
        }
    }
    pieces.push(&text[start..]);
    pieces
}

/// Canonical names of every dictionary skill mentioned in `text`, in order of first mention.
pub(crate) fn find_skills(text: &str) -> Vec<String> {
    let dictionary = &*DICTIONARY;
    let mut hits: Vec<(usize, usize, usize)> = dictionary
        .matcher
        .find_overlapping_iter(text)
        .filter_map(|found| {
            let (skill, exact_forms) = &dictionary.patterns[found.pattern().as_usize()];
            let written = &text[found.start()..found.end()];
            let ambiguous = exact_forms.is_some();
            let case_ok = exact_forms
                .as_ref()
                .is_none_or(|forms| forms.iter().any(|form| form == written));
            (case_ok && on_boundaries(text, found.start(), found.end(), ambiguous)).then_some((
                found.start(),
                found.end(),
                *skill,
            ))
        })
        .collect();
    // Prefer the longest match at each place ("React Native" over "React").
    hits.sort_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
    let mut skills: Vec<String> = Vec::new();
    let mut covered_until = 0;
    for (start, end, skill) in hits {
        if start < covered_until {
            continue;
        }
        covered_until = end;
        let name = &dictionary.canonical[skill];
        if !skills.contains(name) {
            skills.push(name.clone());
        }
    }
    skills
}

fn on_boundaries(text: &str, start: usize, end: usize, ambiguous: bool) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let matched = &text[start..end];
    let joins_word = |c: char| c.is_alphanumeric() || c == '_';
    if before.is_some_and(|c| joins_word(c) || c == '.' && !matched.starts_with('.')) {
        return false;
    }
    // "C" must not match "C++" or "C#", nor "js" the start of "json".
    if after.is_some_and(|c| {
        joins_word(c) || matches!(c, '+' | '#') || c == '.' && next_is_word(text, end)
    }) {
        return false;
    }
    if ambiguous {
        if before.is_some_and(|c| matches!(c, '&' | '-'))
            || after.is_some_and(|c| matches!(c, '&' | '-' | '\''))
        {
            return false;
        }
        // A lone letter is a language only inside a list: "Python, R, SQL".
        if matched.chars().count() == 1 {
            let list_edge = |c: Option<char>| {
                c.is_none_or(|c| matches!(c, ',' | '/' | '(' | ')' | ';' | '|' | '\n' | '\t' | ':'))
            };
            let prev = text[..start].trim_end_matches(' ').chars().next_back();
            let next = text[end..].trim_start_matches(' ').chars().next();
            return list_edge(prev) && list_edge(next);
        }
    }
    true
}

fn next_is_word(text: &str, dot: usize) -> bool {
    text[dot + 1..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dictionary_loads_and_is_large() {
        assert!(DICTIONARY.canonical.len() >= 300);
    }

    #[test]
    fn aliases_map_to_canonical_names() {
        assert_eq!(
            find_skills("Built k8s operators in Golang; Postgres and React Native apps."),
            vec!["Kubernetes", "Go", "PostgreSQL", "React Native"]
        );
    }

    #[test]
    fn everyday_words_do_not_become_skills() {
        assert!(find_skills("We go to market fast, excel at R&D and rest on Series C.").is_empty());
    }

    #[test]
    fn symbols_are_respected() {
        assert_eq!(
            find_skills("C++, C#, C, Node.js"),
            vec!["C++", "C#", "C", "Node.js"]
        );
        assert_eq!(
            find_skills("Languages: Python, R, SQL"),
            vec!["Python", "R", "SQL"]
        );
    }

    #[test]
    fn an_items_detail_in_parentheses_does_not_make_it_a_sentence() {
        let lines = [
            "ETOPS",
            "Crew legality & duty time (CARs Part VII)",
            "Reviewed every dispatch release for the operations centre before each departure",
        ];
        assert_eq!(
            section_items(&lines, 80),
            ["ETOPS", "Crew legality & duty time (CARs Part VII)"]
        );
    }

    #[test]
    fn a_bullet_is_one_item_where_bullets_list_one_item_each() {
        let lines = [
            "•  Balayage, foilayage & lived-in colour",
            "•  Colour correction",
            "•  Precision cutting (ladies' & men's)",
            "•  Bridal & occasion hair",
        ];
        assert_eq!(
            section_items(&lines, 80),
            [
                "Balayage, foilayage & lived-in colour",
                "Colour correction",
                "Precision cutting (ladies' & men's)",
                "Bridal & occasion hair"
            ]
        );
        // Any glyph a list starts its lines with, the ones other lists use too.
        assert_eq!(
            section_items(&["› Rotary endodontics", "› Dentures"], 80),
            ["Rotary endodontics", "Dentures"]
        );
        // Where bullets list several items each, they are split.
        let lists = ["- Python, SQL", "- Excel, Tableau", "- Git"];
        assert_eq!(
            section_items(&lists, 80),
            ["Python", "SQL", "Excel", "Tableau", "Git"]
        );
        // A bullet whose commas join one phrase, ending "… and …", is one item however its
        // neighbours read; so is a bullet of up to ten words.
        let phrases = [
            "* Terumo System 1 and LivaNova S5 heart-lung machines",
            "* ECMO (VA/VV) initiation, transport and management",
            "* Impella, IABP and VAD support",
            "* Point-of-care testing: ACT, TEG 6s, i-STAT",
            "* Master key suite design and restricted key systems",
        ];
        assert_eq!(
            section_items(&phrases, 80),
            [
                "Terumo System 1 and LivaNova S5 heart-lung machines",
                "ECMO (VA/VV) initiation, transport and management",
                "Impella, IABP and VAD support",
                "ACT",
                "TEG 6s",
                "i-STAT",
                "Master key suite design and restricted key systems",
            ]
        );
        // Bullets side by side are items of their own.
        assert_eq!(
            section_items(
                &["• Venipuncture & capillary puncture\t• Specimen processing"],
                80
            ),
            ["Venipuncture & capillary puncture", "Specimen processing"]
        );
    }

    #[test]
    fn a_tables_row_of_column_labels_is_no_skill() {
        let lines = [
            "Area\tTools",
            "Languages\tSwift, Objective-C",
            "Tooling\tXcode, Fastlane",
        ];
        assert_eq!(
            section_items(&lines, 80),
            ["Swift", "Objective-C", "Xcode", "Fastlane"]
        );
    }

    #[test]
    fn categories_are_not_skills_however_the_table_lays_them_out() {
        let beside_by_tab = ["Clinical\tAnticoagulation management, Medication reconciliation"];
        assert_eq!(
            section_items(&beside_by_tab, 80),
            ["Anticoagulation management", "Medication reconciliation"]
        );
        let one_cell_per_line = [
            "Accounting",
            "Month-end close, Account reconciliations",
            "Systems",
            "NetSuite, BlackLine",
        ];
        assert_eq!(
            section_items(&one_cell_per_line, 80),
            [
                "Month-end close",
                "Account reconciliations",
                "NetSuite",
                "BlackLine"
            ]
        );
        // The longest line of the page, before the next category: not an item cut short.
        let at_page_width = [
            "Clinical",
            "Anticoagulation management, Sterile compounding (USP 797)",
            "Systems",
            "Epic Willow, Omnicell",
        ];
        assert_eq!(
            section_items(&at_page_width, 57),
            [
                "Anticoagulation management",
                "Sterile compounding (USP 797)",
                "Epic Willow",
                "Omnicell"
            ]
        );
        let headed_bullets = [
            "**Languages**",
            "- Go",
            "- SQL",
            "**Data & infra**",
            "- AWS",
        ];
        assert_eq!(section_items(&headed_bullets, 80), ["Go", "SQL", "AWS"]);
        // One item per line is a list, not categories.
        assert_eq!(
            section_items(&["Excel", "Power BI", "Tableau"], 80),
            ["Excel", "Power BI", "Tableau"]
        );
    }

    #[test]
    fn a_note_in_parentheses_cut_onto_the_next_line_of_a_sidebar() {
        let sidebar = [
            "• Field trial design & data",
            "collection",
            "• Integrated pest management",
            "(fall armyworm)",
            "• Soil sampling & testing",
        ];
        assert_eq!(
            section_items(&sidebar, 90),
            [
                "Field trial design & data collection",
                "Integrated pest management (fall armyworm)",
                "Soil sampling & testing"
            ]
        );
    }

    #[test]
    fn a_categorys_items_set_apart_by_slashes() {
        assert_eq!(
            section_items(
                &[
                    "GIS & data: ArcGIS Pro / QGIS / Statistics Canada census data / Excel",
                    "- ACLS / BLS",
                ],
                80
            ),
            [
                "ArcGIS Pro",
                "QGIS",
                "Statistics Canada census data",
                "Excel",
                "ACLS / BLS"
            ]
        );
    }

    #[test]
    fn items_a_column_cut_are_joined_again() {
        let narrow_column = [
            "Research: Usability testing,",
            "Contextual inquiry, Journey",
            "mapping, Dovetail",
            "Systems: SAP APO, Blue",
            "Yonder, Power BI",
        ];
        assert_eq!(
            section_items(&narrow_column, 90),
            [
                "Usability testing",
                "Contextual inquiry",
                "Journey mapping",
                "Dovetail",
                "SAP APO",
                "Blue Yonder",
                "Power BI"
            ]
        );
        let page_width = [
            "Financial modelling | DCF valuation | Excel (pivot tables) | Capital IQ | Bloomberg",
            "Terminal | Anaplan",
        ];
        assert_eq!(
            section_items(&page_width, 84),
            [
                "Financial modelling",
                "DCF valuation",
                "Excel (pivot tables)",
                "Capital IQ",
                "Bloomberg Terminal",
                "Anaplan"
            ]
        );
        // A whole item at the start of the next line is a row of its own, and a colon inside
        // an item is not a category's.
        assert_eq!(
            section_items(
                &[
                    "Prescription processing | Inventory control | PioneerRx",
                    "Insurance adjudication | ISO 9001:2015",
                ],
                58
            ),
            [
                "Prescription processing",
                "Inventory control",
                "PioneerRx",
                "Insurance adjudication",
                "ISO 9001:2015"
            ]
        );
        // Short rows of a list that never runs on stay apart.
        assert_eq!(
            section_items(&["Python, SQL, R", "Docker, Kubernetes"], 90),
            ["Python", "SQL", "R", "Docker", "Kubernetes"]
        );
    }

    #[test]
    fn a_skills_section_is_read_as_the_seeker_wrote_it() {
        let lines = [
            "- **Sales tools:** Salesforce, Gong | Outreach; ZoomInfo",
            "• Cardiac drips (heparin, amiodarone,",
            "diltiazem)",
            "AWS, pandas",
            "Proficient in building dashboards for every team across the whole company",
            "aws",
        ];
        assert_eq!(
            section_items(&lines, 80),
            [
                "Salesforce",
                "Gong",
                "Outreach",
                "ZoomInfo",
                "Cardiac drips (heparin, amiodarone, diltiazem)",
                "AWS",
                "pandas",
            ]
        );
    }
}
