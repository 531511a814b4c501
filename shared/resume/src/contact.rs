//! Name, headline, email, phone and links from the header and contact sections.

use crate::experience::is_title_like;
use crate::lines::Line;
use crate::sections::{Document, Section};
use crate::text::{capitalise_words, folded, is_in_capitals};
use regex::Regex;
use std::sync::LazyLock;

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b")
        .expect("email pattern is valid")
});

static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{1,8}(?:[\s.-]\d{1,8}){1,5}")
        .expect("phone pattern is valid")
});

static YEAR_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$").expect("year range pattern is valid")
});

static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|io|dev|me|org|net|co|ai|app|page|site|xyz|tech|info|us|uk|de|ca|design|codes|blog|tv|link|so)\b(?:/[^\s,;|)\]>]*)?",
    )
    .expect("url pattern is valid")
});

#[derive(Debug, Default)]
pub(crate) struct Contact {
    pub name: Option<String>,
    pub headline: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub links: Vec<String>,
}

pub(crate) fn extract(document: &Document) -> Contact {
    let header = document.lines_of(Section::Header);
    let contact_section = document.lines_of(Section::Contact);
    let contact_lines: Vec<&Line> = header.iter().chain(&contact_section).copied().collect();

    // The headline follows the name in whichever lines named it: a sidebar read after the
    // main column can hold the name under its Contact heading.
    let email = contact_lines
        .iter()
        .copied()
        .chain(document.lines.iter().map(|(_, line)| line))
        .find_map(|line| EMAIL.find(&line.text))
        .map(|found| found.as_str().to_owned());

    let all_lines: Vec<&Line> = document.lines.iter().map(|(_, line)| line).collect();
    let (name, headline) = [&header, &contact_section]
        .into_iter()
        .find_map(|lines| find_name(lines, email.as_deref()).map(|found| (lines.as_slice(), found)))
        .or_else(|| {
            let found = name_in_the_email(&all_lines, email.as_deref()?)?;
            Some((all_lines.as_slice(), found))
        })
        .map_or((None, None), |(lines, (name, index))| {
            (Some(name), find_headline(&lines[index + 1..]))
        });

    let phone = contact_lines.iter().find_map(|line| find_phone(&line.text));

    let mut links = Vec::new();
    let profile_lines = document.lines.iter().map(|(_, line)| line).filter(|line| {
        let lower = line.text.to_lowercase();
        lower.contains("linkedin.") || lower.contains("github.")
    });
    for line in contact_lines.iter().copied().chain(profile_lines) {
        for link in find_links(&line.text) {
            if !links.contains(&link) {
                links.push(link);
            }
        }
    }

    Contact {
        name,
        headline,
        email,
        phone,
        links,
    }
}

/// Pieces of a header line, which often packs several facts separated by bars or dots.
fn header_pieces(text: &str) -> impl Iterator<Item = &str> {
    text.split(['\t', '|', '•', '·', '∙', '◆', '⋅'])
        .map(str::trim)
        .filter(|piece| !piece.is_empty())
}

fn find_name(lines: &[&Line], email: Option<&str>) -> Option<(String, usize)> {
    let candidates = lines
        .iter()
        .take(6)
        .enumerate()
        .filter_map(|(index, line)| name_on_line(lines, index, email).map(|found| (found, line)));
    // The first piece of a line of contact facts can be the town ("New York, NY · +1 646 555
    // 0171 · chloe@example.com"): a name on a line of its own comes first.
    let mut on_a_contact_line = None;
    for (found, line) in candidates {
        if !is_contact_line(&line.text) {
            return Some(found);
        }
        on_a_contact_line.get_or_insert(found);
    }
    on_a_contact_line
}

/// A name set anywhere in the document, when neither the header nor the contact section holds
/// one: a sidebar read first leaves the name at the top of the main column, after the sidebar's
/// last list ("LANGUAGES", "English, Polish", then "Tomasz Nowak"). Only a line whose surname
/// the email address spells is taken, or whose given name opens the mailbox as a word of its
/// own ("kristen.sellsmesa@" for "Kristen Holloway-Diaz"), so a referee's or a client's name is
/// not.
fn name_in_the_email(lines: &[&Line], email: &str) -> Option<(String, usize)> {
    let mailbox = folded(email.split('@').next().unwrap_or_default());
    let first_word = mailbox.split(['.', '_', '-']).next().unwrap_or_default();
    (0..lines.len())
        .filter(|&index| header_pieces(&lines[index].text).count() == 1)
        .filter_map(|index| name_on_line(lines, index, Some(email)))
        .find(|(name, _)| {
            let surname_spelled = name
                .split_whitespace()
                .last()
                .is_some_and(|surname| spells(email, surname));
            let given_name_opens = name
                .split_whitespace()
                .next()
                .is_some_and(|given| given.chars().count() >= 4 && folded(given) == first_word);
            surname_spelled || given_name_opens
        })
}

/// Whether a line packs contact facts: several pieces, one an email, a phone or a link.
fn is_contact_line(text: &str) -> bool {
    header_pieces(text).count() > 1
        && (EMAIL.is_match(text) || find_phone(text).is_some() || URL.is_match(text))
}

/// The name the line at `index` starts with, and the index of its last line.
fn name_on_line(lines: &[&Line], index: usize, email: Option<&str>) -> Option<(String, usize)> {
    let line = lines[index];
    let mut pieces = header_pieces(&line.text).peekable();
    let piece = pieces.next()?;
    // A form's label, its colon set apart by a column's gap: "Name<tab>: RODEL DELA CRUZ" is
    // a name, "Gender<tab>: Female" is none.
    // Europass sets the label in a column of its own, without a colon: "Name<tab>Tomáš
    // Havelka".
    let piece = match pieces.peek().and_then(|next| next.strip_prefix(':')) {
        Some(value) if is_name_label(piece) => value.trim(),
        Some(_) => return None,
        None if is_name_label(piece) => pieces.next()?,
        None => piece,
    };
    // "Name:" set apart from the name by a column's gap is a piece of its own.
    let labelled = piece
        .split_once(':')
        .filter(|(label, _)| is_name_label(label))
        .map(|(_, name)| name.trim());
    let piece = match labelled {
        Some("") => pieces.next()?,
        Some(name) => name,
        None => piece,
    };
    // A document's title stands where the name would: "Curriculum Vitae", "Resume".
    if matches!(
        piece.to_lowercase().trim_end_matches(':'),
        "curriculum vitae" | "resume" | "résumé" | "cv"
    ) {
        return None;
    }
    // A town and its country ("Dubai, UAE (from Beirut, Lebanon)") starts no name wrapped
    // onto the next line.
    // ("ADEYEMI, Oluwaseun" is a surname in capitals before the given names.)
    let names_a_place = piece
        .split_once(',')
        .is_some_and(|(before, _)| !is_in_capitals(before));
    let plain = given_names_first(&plain_name(piece));
    let piece = plain.as_str();
    // A narrow sidebar wraps a name after its first word ("María" / "Fernández-Ruiz,") or after
    // a middle initial ("Daniel J." / "O'Connor"), where no name ends.
    let ends_on_an_initial = piece
        .split_whitespace()
        .last()
        .is_some_and(|word| word.len() == 2 && word.ends_with('.'));
    if is_name_like(piece) && !ends_on_an_initial {
        // A name a narrow sidebar broke over two lines ("JOSÉ LUIS" over "HERNÁNDEZ
        // RANGEL", "María Fernanda" over "Ortega Ruiz"), when the email address spells a
        // surname on the second line.
        if let Some(next) = lines.get(index + 1)
            && let Some(rest) = header_pieces(&next.text).next()
            && let joined = format!("{piece} {rest}")
            && is_in_capitals(piece) == is_in_capitals(rest)
            && is_name_like(&joined)
            && rest
                .split_whitespace()
                .any(|surname| email.is_some_and(|email| spells(email, surname)))
        {
            return Some((proper_case(&joined), index + 1));
        }
        return Some((proper_case(piece), index));
    }
    let next = lines.get(index + 1)?;
    let joined = plain_name(&format!("{piece} {}", header_pieces(&next.text).next()?));
    if (!piece.contains(' ') || ends_on_an_initial) && !names_a_place && is_name_like(&joined) {
        return Some((proper_case(&joined), index + 1));
    }
    is_name_like(piece).then(|| (proper_case(piece), index))
}

/// A form's label for the name: "Name", "Full Name", "Name of Applicant".
fn is_name_label(label: &str) -> bool {
    matches!(
        label.trim().to_lowercase().as_str(),
        "name" | "full name" | "name of applicant" | "applicant's name" | "candidate name"
    )
}

/// Whether an email address's mailbox spells a word of a name, accents aside: "Hernández" in
/// "jl.hernandez.rangel@example.com.mx".
fn spells(email: &str, word: &str) -> bool {
    let mailbox = folded(email.split('@').next().unwrap_or_default());
    let word = folded(word);
    word.chars().count() >= 3 && mailbox.contains(&word)
}

/// The name without a form of address before it ("Dr. Aisha Rahman", "Engr. Ayesha
/// Siddiqui"): a title of courtesy or rank, not part of the name.
fn without_honorific(text: &str) -> &str {
    const HONORIFICS: [&str; 9] = ["dr", "engr", "mr", "mrs", "ms", "prof", "capt", "rev", "mx"];
    // What Indian professionals write before their names (Chartered Accountant, Company
    // Secretary, Advocate, Engineer, Architect): "CA Ankit Agarwal", "Er. Rohit Sharma". Short
    // enough to be a given name elsewhere, so only before two words more.
    const PROFESSIONS: [&str; 6] = ["ca", "cs", "cma", "adv", "er", "ar"];
    // Degrees and licences used as forms of address, written with their full stop: "Eng.
    // Brian Otieno Ouma" (Kenya), "Arq. José Luis Ortega" and "Lic. Ana Ruiz" (Mexico),
    // "Dipl.-Ing. Katharina Weißenberger" (Germany), "Atty. Maria Santos" (the Philippines).
    const ABBREVIATED: [&str; 8] = [
        "eng",
        "ing",
        "arq",
        "lic",
        "dipl.-ing",
        "mag",
        "atty",
        "arch",
    ];
    match text.split_once(' ') {
        Some((written, rest)) => {
            let first = written.trim_end_matches('.').to_lowercase();
            if HONORIFICS.contains(&first.as_str())
                || (ABBREVIATED.contains(&first.as_str()) && written.ends_with('.'))
                || (PROFESSIONS.contains(&first.as_str()) && rest.split_whitespace().count() >= 2)
            {
                rest.trim_start()
            } else {
                text
            }
        }
        None => text,
    }
}

/// A name written surname first, the surname in capitals ("ADEYEMI, Oluwaseun Adebayo", as
/// Nigerian and French CVs write it), in the usual order: "Oluwaseun Adebayo Adeyemi".
fn given_names_first(name: &str) -> String {
    let Some((surname, given)) = name.split_once(", ") else {
        return name.to_owned();
    };
    let surname_in_capitals = surname.chars().count() >= 2
        && surname
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, '-' | '\''));
    let given_words: Vec<&str> = given.split_whitespace().collect();
    // The given names in mixed case, or in capitals as the surname is ("NWOSU, CHUKWUEMEKA
    // OBINNA"): the comma puts the surname first either way.
    let given_all_in_capitals = is_in_capitals(given);
    let given_as_names = (1..=3).contains(&given_words.len())
        && given_words.iter().all(|word| {
            word.starts_with(char::is_uppercase)
                && (given_all_in_capitals || word.chars().any(char::is_lowercase))
                && word.chars().count() >= 2
                && word
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
        });
    if surname_in_capitals && given_as_names {
        format!("{} {}", proper_case(given), proper_case(surname))
    } else {
        name.to_owned()
    }
}

/// The name alone: without a form of address and the academic abbreviations after it ("Dr.
/// rer. nat. Felix Hartmann"), a nickname in quotes or parentheses (`Maria Kristina "Tin"
/// Villanueva`), and the degrees and licences after it, with commas or, in a name written in
/// mixed case, without ("Hannah Whitcombe BVSc MANZCVS").
fn plain_name(text: &str) -> String {
    static NICKNAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"\s*(?:"[^"]*"|“[^”]*”|\([^)]*\))"#).expect("nickname pattern is valid")
    });
    let mut words: Vec<&str> = without_honorific(text.trim()).split_whitespace().collect();
    while words.first().is_some_and(|word| {
        word.ends_with('.') && word.chars().next().is_some_and(char::is_lowercase)
    }) {
        words.remove(0);
    }
    let without_nickname = NICKNAME.replace_all(&words.join(" "), "").into_owned();
    let name = without_credentials(&without_nickname);
    let mut words: Vec<&str> = name.split_whitespace().collect();
    if name.chars().any(char::is_lowercase) {
        let credential = |word: &&str| {
            word.chars().count() <= 7 && word.chars().filter(|c| c.is_uppercase()).count() >= 2
        };
        // A family name in capitals may run to two words ("Jean-Pierre MBARGA ESSOMBA"): a
        // word that reads as a name, after another word in capitals, is no credential.
        let reads_as_a_name = |word: &str| {
            let letters = word.chars().filter(|c| c.is_alphabetic()).count();
            let vowels = word
                .chars()
                .filter(|c| "AEIOUYÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÄËÏÖÜ".contains(*c))
                .count();
            letters >= 4 && vowels * 3 >= letters
        };
        while words.len() > 2
            && words.last().is_some_and(credential)
            && !(is_in_capitals(words[words.len() - 2])
                && words.last().is_some_and(|word| reads_as_a_name(word)))
        {
            words.pop();
        }
    }
    words.join(" ")
}

/// The name without the degrees and licences written after it: "Mei-Ling Chou, PharmD, BCPS"
/// is Mei-Ling Chou. Each part after a comma must look like one (a short word with two
/// capitals, or a suffix such as Jr.). Forms of address before it are [`plain_name`]'s to drop.
fn without_credentials(text: &str) -> &str {
    let text = text.trim().trim_end_matches(',');
    let Some((name, rest)) = text.split_once(',') else {
        return text;
    };
    let credential = |part: &str| {
        let part = part.trim();
        let word = part.trim_end_matches('.');
        !part.is_empty()
            && !part.contains(' ')
            && part.chars().count() <= 7
            && (part.chars().filter(|c| c.is_uppercase()).count() >= 2
                || ["jr", "sr", "esq", "ii", "iii", "iv"].contains(&word.to_lowercase().as_str()))
    };
    if rest.split(',').all(credential) {
        name.trim()
    } else {
        text
    }
}

/// The particles of Dutch, German, Spanish, Portuguese, Italian, French and Arabic surnames
/// ("Joost van den Berg"), and the words Malay and Tamil names join a father's name with
/// ("binti", "s/o"): in lower case, never first or last.
const PARTICLES: [&str; 24] = [
    "van", "von", "der", "den", "de", "da", "di", "del", "dos", "das", "du", "la", "le", "ter",
    "bin", "al", "binti", "bte", "bt", "s/o", "d/o", "a/l", "a/p", "ibn",
];

fn is_name_like(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let last = words.len().saturating_sub(1);
    let particle = |index: usize, word: &str| {
        (1..last).contains(&index) && PARTICLES.contains(&word.to_lowercase().as_str())
    };
    // A middle initial does not make a name longer: "Rodel John B. Dela Cruz".
    let initial = |index: usize, word: &str| {
        (1..last).contains(&index) && word.len() == 2 && word.ends_with('.')
    };
    let named = words
        .iter()
        .enumerate()
        .filter(|(index, word)| !particle(*index, word) && !initial(*index, word))
        .count();
    (2..=4).contains(&named)
        && text.chars().count() <= 40
        && words.iter().enumerate().all(|(index, word)| {
            particle(index, word)
                || (word.starts_with(|c: char| c.is_alphabetic() && c.is_uppercase())
                    && word
                        .chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’')))
        })
        && !is_title_like(text)
        && crate::sections::detect_heading(text).is_none()
        // A heading that speaks for the writer ("What I Do", "Find Me") names no one.
        && !words
            .iter()
            .any(|word| ["I", "Me", "My", "We", "Our", "You", "Your"].contains(word))
}

/// Names set in capitals read better in title case; mixed-case names are kept as written.
fn proper_case(name: &str) -> String {
    if name.chars().any(|c| c.is_lowercase()) {
        return name.to_owned();
    }
    let out = capitalise_words(name);
    // A particle inside the name stays in lower case: "Nur Aisyah binti Mohd Razali".
    let words: Vec<&str> = out.split(' ').collect();
    let last = words.len().saturating_sub(1);
    words
        .iter()
        .enumerate()
        .map(|(index, word)| {
            let lower = word.to_lowercase();
            if (1..last).contains(&index) && PARTICLES.contains(&lower.as_str()) {
                lower
            } else {
                (*word).to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn find_headline(lines: &[&Line]) -> Option<String> {
    lines.iter().take(2).find_map(|line| {
        let piece = header_pieces(&line.text).next()?;
        let plausible = piece.split_whitespace().count() <= 8
            && !piece.contains('@')
            && !piece.chars().any(|c| c.is_ascii_digit())
            && is_title_like(piece);
        plausible.then(|| piece.to_owned())
    })
}

fn find_phone(text: &str) -> Option<String> {
    PHONE.find_iter(text).find_map(|found| {
        let candidate = found.as_str().trim();
        let digits = candidate.chars().filter(char::is_ascii_digit).count();
        let international = candidate.starts_with('+') || candidate.contains('(');
        let plausible = (10..=15).contains(&digits) || (international && digits >= 7);
        // "(" opened before the match belongs to the number, e.g. "(555) 123-4567".
        let with_paren = text[..found.start()]
            .strip_suffix('(')
            .map(|_| format!("({candidate}"));
        (plausible && !YEAR_RANGE.is_match(candidate))
            .then(|| with_paren.unwrap_or_else(|| candidate.to_owned()))
    })
}

fn find_links(text: &str) -> Vec<String> {
    let without_emails = EMAIL.replace_all(text, " ");
    URL.find_iter(&without_emails)
        .map(|found| {
            let link = found.as_str().trim_end_matches(['.', '/', ',']);
            if link.to_lowercase().starts_with("http") {
                link.to_owned()
            } else {
                format!("https://{link}")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_in_common_formats() {
        for (text, expected) in [
            ("Phone: (555) 123-4567", "(555) 123-4567"),
            ("+1 555 123 4567 | jane@x.io", "+1 555 123 4567"),
            ("+44 20 7946 0958", "+44 20 7946 0958"),
            ("555.867.5309", "555.867.5309"),
            ("+49 30 1234567", "+49 30 1234567"),
        ] {
            assert_eq!(find_phone(text).as_deref(), Some(expected), "{text}");
        }
        assert_eq!(find_phone("2018-2020"), None);
    }

    #[test]
    fn names_as_forms_and_other_countries_write_them() {
        let name = |text: &str| crate::parse_text(text).name;
        assert_eq!(
            name(
                "PERSONAL DATA\n  Name                :  RODEL JOHN B. DELA CRUZ\n  Mobile No.   :  +63 917 555 0142\n"
            ),
            Some("Rodel John B. Dela Cruz".to_owned())
        );
        assert_eq!(
            name("CURRICULUM VITAE\n\nNAME:  MERCY WANJIKU KAMAU\n"),
            Some("Mercy Wanjiku Kamau".to_owned())
        );
        assert_eq!(
            name("Gender        :  Female\nNationality   :  Kenyan\n"),
            None,
            "a form's labels are no name"
        );
        assert_eq!(
            name("NUR AISYAH BINTI MOHD RAZALI\n---------\n\nMeteorologist\n"),
            Some("Nur Aisyah binti Mohd Razali".to_owned())
        );
        assert_eq!(
            name(
                "JOSÉ LUIS\nHERNÁNDEZ RANGEL\nPHONE\n+52 442 555 0197\nEMAIL\njl.hernandez.rangel@example.com.mx\n"
            ),
            Some("José Luis Hernández Rangel".to_owned())
        );
        assert_eq!(
            name("Dubai, UAE (from Beirut, Lebanon)\nRANIA HADDAD\t+971 55 555 0734\n"),
            Some("Rania Haddad".to_owned())
        );
    }

    #[test]
    fn a_name_under_the_contact_heading_alone_is_found() {
        let parsed = crate::parse_text(
            "Experience\nDesigner | Studio Kite | 2015 – 2017\n\
             Contact\nDana Frost\nProduct Designer\ndana@example.com\n",
        );
        assert_eq!(parsed.name.as_deref(), Some("Dana Frost"));
    }

    #[test]
    fn a_name_after_a_contact_line_that_starts_with_the_town() {
        let parsed = crate::parse_text(
            "New York, NY · +1 646 555 0171 · chloe.marchand@example.com\n\n\
             Chloé Marchand\nSenior Customer Success Manager\n\nSummary\nCSM.",
        );
        assert_eq!(parsed.name.as_deref(), Some("Chloé Marchand"));
        // With no name on a line of its own, the contact line's first piece is still read.
        let parsed = crate::parse_text(
            "Jane Doe, RN | jane.doe@example.com | 555-123-4567\n\nSummary\nNurse.",
        );
        assert_eq!(parsed.name.as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn surnames_first_in_capitals_and_other_ways_of_writing_a_name() {
        for (text, name) in [
            (
                "# ADEYEMI, Oluwaseun Adebayo\nseun.adeyemi@example.com",
                "Oluwaseun Adebayo Adeyemi",
            ),
            (
                "Joost van den Berg\nHead Grower\njoost@example.nl",
                "Joost van den Berg",
            ),
            (
                "CURRICULUM VITAE\n\nNWOSU, CHUKWUEMEKA OBINNA\n\nemeka.nwosu@example.com",
                "Chukwuemeka Obinna Nwosu",
            ),
            // A family name in capitals of two words, and credentials after one in capitals.
            (
                "Jean-Pierre MBARGA ESSOMBA\njp.mbarga@example.cm",
                "Jean-Pierre MBARGA ESSOMBA",
            ),
            ("John SMITH MBA\njohn.smith@example.com", "John SMITH"),
            // Europass: the label in a column of its own.
            (
                "PERSONAL INFORMATION\n  Name              Tomáš Havelka\n\
                 \x20 E-mail            tomas.havelka@example.cz",
                "Tomáš Havelka",
            ),
            // Two surnames a narrow sidebar put on a line of their own.
            (
                "María Fernanda\nOrtega Ruiz\nARCHIVIST\nmf.ortega@example.com.mx",
                "María Fernanda Ortega Ruiz",
            ),
        ] {
            assert_eq!(
                crate::parse_text(text).name.as_deref(),
                Some(name),
                "{text}"
            );
        }
        assert!(!is_name_like("van den Berg"));
        assert!(!is_name_like("Head of Growth"));
    }

    #[test]
    fn a_name_after_a_sidebar_is_found_by_the_email_it_spells() {
        let parsed = crate::parse_text(
            "CONTACT\n07456 128 930\ntomasz.nowak.rad@gmail.com\nSKILLS\nCT scanning\n\
             REFERENCES\nDr. Helen Price\nLANGUAGES\nEnglish, Polish (native)\n\n\
             Tomasz Nowak\nSenior CT Radiographer\nProfile\nRadiographer.",
        );
        assert_eq!(parsed.name.as_deref(), Some("Tomasz Nowak"));
        assert_eq!(
            parsed.titles.first().map(String::as_str),
            Some("Senior CT Radiographer")
        );
        let no_match = crate::parse_text(
            "CONTACT\nrad.tech@example.com\nREFERENCES\nHelen Price\nSKILLS\nCT scanning",
        );
        assert_eq!(no_match.name, None);
        // The mailbox has no accents; the surname does.
        let accented = crate::parse_text(
            "CONTACT\n07456 128 930\nt.nunez@example.com\nLANGUAGES\nEnglish, Spanish\n\n\
             Tomás Núñez\nSenior CT Radiographer\nProfile\nRadiographer.",
        );
        assert_eq!(accented.name.as_deref(), Some("Tomás Núñez"));
        // The mailbox opens with the given name; the sidebar's headings speak for the writer.
        let given = crate::parse_text(
            "Reach Me\nMesa, AZ\n480.555.0139\nkristen.sellsmesa@example.com\nWhat I Do\n\
             • Buyer representation\n\nKristen Holloway-Diaz\nREALTOR® | Residential Buyer Agent\n\
             About Me\nRealtor.",
        );
        assert_eq!(given.name.as_deref(), Some("Kristen Holloway-Diaz"));
    }

    #[test]
    fn a_form_of_address_is_not_part_of_the_name() {
        assert_eq!(plain_name("Dr. Aisha Rahman"), "Aisha Rahman");
        assert_eq!(plain_name("ENGR. AYESHA SIDDIQUI, PE"), "AYESHA SIDDIQUI");
        assert_eq!(plain_name("Drew Barrymore"), "Drew Barrymore");
        assert_eq!(plain_name("Eng. Brian Otieno Ouma"), "Brian Otieno Ouma");
        assert_eq!(
            plain_name("Dipl.-Ing. Katharina Weißenberger"),
            "Katharina Weißenberger"
        );
        assert_eq!(
            plain_name("ARQ. JOSÉ LUIS ORTEGA VÁZQUEZ"),
            "JOSÉ LUIS ORTEGA VÁZQUEZ"
        );
        assert_eq!(plain_name("Eng Hock Lim"), "Eng Hock Lim");
    }

    #[test]
    fn names_without_titles_nicknames_and_credentials() {
        for (written, name) in [
            ("CA ANKIT SUBHASH AGARWAL", "ANKIT SUBHASH AGARWAL"),
            ("Er. Rohit Sharma", "Rohit Sharma"),
            ("Er Li", "Er Li"),
            ("Dr. rer. nat. Felix Hartmann", "Felix Hartmann"),
            (
                "Maria Kristina \"Tin\" Villanueva",
                "Maria Kristina Villanueva",
            ),
            ("Hannah Whitcombe BVSc MANZCVS", "Hannah Whitcombe"),
            ("MARY-KATE O'NEIL", "MARY-KATE O'NEIL"),
        ] {
            assert_eq!(plain_name(written), name);
        }
        let parsed = crate::parse_text("Curriculum Vitae\n\nEleanor Hughes\neleanor@example.com");
        assert_eq!(parsed.name.as_deref(), Some("Eleanor Hughes"));
        let parsed = crate::parse_text(
            "CURRICULUM VITAE\n\nName:       Eleanor Hughes\nMobile: 07700 900461",
        );
        assert_eq!(parsed.name.as_deref(), Some("Eleanor Hughes"));
    }

    #[test]
    fn a_name_wrapped_after_its_middle_initial() {
        let parsed = crate::parse_text(
            "Daniel J.\nO'Connor\nHigh School Chemistry Teacher\n\nContact\nChicago, IL",
        );
        assert_eq!(parsed.name.as_deref(), Some("Daniel J. O'Connor"));
        assert_eq!(
            parsed.titles.first().map(String::as_str),
            Some("High School Chemistry Teacher")
        );
    }

    #[test]
    fn links_get_a_scheme_and_emails_are_not_links() {
        assert_eq!(
            find_links("jane@acme.com | linkedin.com/in/jane-doe | https://jane.dev"),
            vec!["https://linkedin.com/in/jane-doe", "https://jane.dev"]
        );
    }

    #[test]
    fn capitalised_names_are_title_cased() {
        assert_eq!(proper_case("MARY-KATE O'NEIL"), "Mary-Kate O'Neil");
        assert_eq!(proper_case("Jane McDonald"), "Jane McDonald");
    }

    #[test]
    fn degrees_and_licences_after_a_name_are_not_part_of_it() {
        assert_eq!(
            without_credentials("Mei-Ling Chou, PharmD, BCPS"),
            "Mei-Ling Chou"
        );
        assert_eq!(
            without_credentials("Brianna L. McAllister, PT, DPT"),
            "Brianna L. McAllister"
        );
        assert_eq!(without_credentials("Ada Lovelace, Jr."), "Ada Lovelace");
        assert_eq!(
            without_credentials("Staff Engineer, Platform Team"),
            "Staff Engineer, Platform Team"
        );
    }
}
