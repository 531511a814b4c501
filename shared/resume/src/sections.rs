//! Section headings and the split of a resume into sections.

use crate::lines::Line;
use crate::skills;
use regex::Regex;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Section {
    /// Everything before the first heading: name, headline, contact details, often a summary.
    Header,
    Contact,
    Summary,
    Experience,
    Education,
    Skills,
    Projects,
    Certifications,
    Other,
}

/// Heading phrases after normalisation (lowercase, letters only, `&` read as "and").
const HEADINGS: &[(Section, &[&str])] = &[
    (
        Section::Contact,
        &[
            "contact",
            "contacts",
            "contact information",
            "contact info",
            "contact details",
            "personal details",
            "personal data",
            "personal particulars",
            "personal",
            "contacto",
            "personal information",
            "details",
            "links",
            "profiles",
            "online",
            "find me online",
            "reach me",
            "get in touch",
            "contact me",
        ],
    ),
    (
        Section::Summary,
        &[
            "summary",
            "professional summary",
            "career summary",
            "executive summary",
            "summary of qualifications",
            "profile",
            "professional profile",
            "career profile",
            "personal profile",
            "about",
            "about me",
            "objective",
            "career objective",
            "professional objective",
            "overview",
            "personal statement",
            "introduction",
        ],
    ),
    (
        Section::Experience,
        &[
            "experience",
            "work experience",
            "experiencia",
            "experiencia profesional",
            "experiencia laboral",
            "professional experience",
            "relevant experience",
            "industry experience",
            "employment",
            "employment history",
            "work history",
            "career history",
            "professional history",
            "career",
            "career experience",
            "professional background",
            "positions held",
            "experience and projects",
            "experience and leadership",
            "internships",
            "internship",
            "early career",
            "earlier career",
            "military service",
            "sea service",
            "sea service record",
            "sea going service",
            "sea time",
        ],
    ),
    (
        Section::Education,
        &[
            "education",
            "education and training",
            "education and certifications",
            "academic background",
            "academic history",
            "academics",
            "academic qualifications",
            "educational background",
            "educación",
            "formación",
            "formación académica",
            "education history",
        ],
    ),
    (
        Section::Skills,
        &[
            "habilidades",
            "competencias",
            "skills",
            "technical skills",
            "core skills",
            "key skills",
            "relevant skills",
            "professional skills",
            "skills and tools",
            "skills and technologies",
            "skills and interests",
            "skills summary",
            "skill set",
            "skillset",
            "core competencies",
            "competencies",
            "key competencies",
            "technologies",
            "tools",
            "tools and technologies",
            "technical proficiencies",
            "tech stack",
            "tech",
            "stack",
            "toolbox",
            "toolkit",
            "areas of expertise",
            "expertise",
            "strengths",
            "core strengths",
            "areas of competence",
            "competences",
            "key competences",
            "core competences",
            "capabilities",
            "specialisms",
        ],
    ),
    (
        Section::Projects,
        &[
            "projects",
            "selected projects",
            "personal projects",
            "key projects",
            "side projects",
            "academic projects",
            "open source",
            "open source contributions",
        ],
    ),
    (
        Section::Certifications,
        &[
            "certifications",
            "certification",
            "certificates",
            "licenses",
            "licenses and certifications",
            "certifications and licenses",
            "professional certifications",
            "licences",
            "licensure",
            "licenses and education",
            "qualifications",
            "professional qualifications",
            "qualifications and tickets",
            "accreditations",
            "tickets",
            "registration and memberships",
            "registrations",
            "registration",
            "registrations and checks",
            "checks and clearances",
            "clearances",
        ],
    ),
    (
        Section::Other,
        &[
            "awards",
            "honors",
            "honours",
            "honors and awards",
            "awards and honors",
            "achievements",
            "key achievements",
            "accomplishments",
            "publications",
            "languages",
            "interests",
            "hobbies",
            "hobbies and interests",
            "volunteer",
            "volunteering",
            "volunteer experience",
            "volunteer work",
            "community",
            "references",
            "referees",
            "character references",
            "references available on request",
            "references available upon request",
            "referees available on request",
            "referees available upon request",
            "references on request",
            "referees on request",
            "seminars",
            "seminars attended",
            "professional training",
            "languages and interests",
            "professional membership",
            "idiomas",
            "premios",
            "activities",
            "extracurricular activities",
            "leadership",
            "affiliations",
            "memberships",
            "professional memberships",
            "courses",
            "coursework",
            "training",
            "conferences",
            "patents",
            "speaking",
            "talks",
            "additional information",
            "additional",
            "other",
        ],
    ),
];

/// Recognises a heading line. Returns its section and, for inline headings such as
/// `Skills: Rust, SQL`, the text after the colon.
pub(crate) fn detect_heading(text: &str) -> Option<(Section, Option<&str>)> {
    if let Some(section) = section_for(text) {
        return Some((section, None));
    }
    let (label, rest) = text.split_once(':')?;
    if label.contains('(') {
        // The colon is inside a note ("PROFESSIONAL EXPERIENCE (Total: 8.5 Years)"), which
        // `section_for` has read whole already.
        return None;
    }
    let rest = rest.trim();
    let section = section_for(label)?;
    Some((section, (!rest.is_empty()).then_some(rest)))
}

fn section_for(text: &str) -> Option<Section> {
    // A note after the heading is not part of its name: "PROFESSIONAL EXPERIENCE (Total: 8.5
    // Years)", or set apart by a gap: "PROFESSIONAL EXPERIENCE<tab>(Total 17+ years)".
    let text = match text.trim_end().strip_suffix(')') {
        Some(open) => open
            .rsplit_once('(')
            .filter(|(heading, _)| heading.ends_with([' ', '\t']))
            .map_or(text, |(heading, _)| heading.trim_end()),
        None => text,
    };
    // A heading numbered as a form's part: "3.  EMPLOYMENT HISTORY", "IV. SKILLS".
    static OUTLINE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:\d{1,2}[.)]|[IVX]{1,4}\.|[A-H]\.)\s+")
            .expect("outline number pattern is valid")
    });
    let text = OUTLINE_NUMBER
        .find(text)
        .map_or(text, |number| &text[number.end()..]);
    if text.chars().count() > 48 || text.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // A heading in two languages names one section: "EXPERIENCIA / EXPERIENCE".
    if let Some((first, second)) = text.split_once(" / ")
        && let Some(section) = section_for(first)
        && section_for(second).is_none_or(|other| other == section)
    {
        return Some(section);
    }
    let phrase = normalise_heading(text);
    HEADINGS
        .iter()
        .find(|(_, phrases)| phrases.contains(&phrase.as_str()))
        .map(|(section, _)| *section)
        .or_else(|| qualified_heading(&phrase))
}

/// A field's own name for a known section: "Teaching Experience", "Clinical Experience",
/// "Academic Appointments", "Nursing Employment History", "Clinical Skills", "Sales Tools & Skills": one or two words,
/// then the section's word.
fn qualified_heading(phrase: &str) -> Option<Section> {
    let words: Vec<&str> = phrase.split(' ').collect();
    if !(2..=4).contains(&words.len()) {
        return None;
    }
    let last = *words.last()?;
    // "Education & Certification", "Skills & Tickets": the section's word comes first.
    match (words[0], words[1]) {
        ("education", "and") => return Some(Section::Education),
        // "Competencies & Software", "Tools & Equipment".
        ("skills" | "competencies" | "tools" | "expertise", "and") => {
            return Some(Section::Skills);
        }
        _ => {}
    }
    match last {
        // Academic CVs list posts as "Academic Appointments" or "Research Positions"; theatre
        // and film people list productions as "Stage Management Credits".
        "experience" | "employment" | "appointments" | "positions" | "position" | "credits" => {
            Some(Section::Experience)
        }
        "history" | "record" if words.contains(&"employment") || words.contains(&"work") => {
            Some(Section::Experience)
        }
        "progression" if words.contains(&"career") => Some(Section::Experience),
        "qualifications" | "qualification" | "background" | "details" | "history"
            if words
                .iter()
                .any(|word| ["educational", "academic", "education"].contains(word)) =>
        {
            Some(Section::Education)
        }
        "skills" | "competencies" | "expertise" | "proficiencies" => Some(Section::Skills),
        // "Training & Licences", "Safety Tickets", "Courses & Certificates". Only after such a
        // word: a skill may end in one too ("Valuations & payment certificates").
        "licences" | "licenses" | "certifications" | "certificates" | "tickets"
            if ["training", "courses", "safety", "professional"].contains(&words[0]) =>
        {
            Some(Section::Certifications)
        }
        _ => None,
    }
}

/// Whether a list names the languages people speak ("English, Urdu, Sindhi", "Mandarin
/// (native), English"), not programming ones: its first item is one.
fn names_spoken_languages(list: &str) -> bool {
    const SPOKEN: [&str; 40] = [
        "english",
        "spanish",
        "french",
        "german",
        "italian",
        "portuguese",
        "dutch",
        "mandarin",
        "cantonese",
        "chinese",
        "japanese",
        "korean",
        "arabic",
        "hindi",
        "urdu",
        "bengali",
        "punjabi",
        "tamil",
        "telugu",
        "marathi",
        "gujarati",
        "malay",
        "bahasa",
        "tagalog",
        "filipino",
        "swahili",
        "yoruba",
        "igbo",
        "hausa",
        "afrikaans",
        "zulu",
        "xhosa",
        "russian",
        "polish",
        "turkish",
        "greek",
        "hebrew",
        "persian",
        "farsi",
        "vietnamese",
    ];
    list.split([',', ';', '|', '/'])
        .next()
        .and_then(|first| first.split_whitespace().next())
        .is_some_and(|word| {
            SPOKEN.contains(
                &word
                    .trim_matches(|c: char| !c.is_alphabetic())
                    .to_lowercase()
                    .as_str(),
            )
        })
}

/// Lowercases, reads `&` as "and", drops decoration and rejoins letter-spaced words
/// (`E X P E R I E N C E`).
fn normalise_heading(text: &str) -> String {
    let words: Vec<String> = text
        .split("  ")
        .map(|chunk| {
            let tokens: Vec<&str> = chunk.split_whitespace().collect();
            if tokens.len() >= 3 && tokens.iter().all(|t| t.chars().count() == 1) {
                tokens.concat()
            } else {
                tokens.join(" ")
            }
        })
        .collect();
    let joined = words.join(" ").to_lowercase().replace('&', " and ");
    joined
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A resume split into sections, in reading order.
pub(crate) struct Document {
    pub lines: Vec<(Section, Line)>,
}

pub(crate) fn split(lines: &[Line]) -> Document {
    let mut section = Section::Header;
    let mut lines_in_section = 0;
    // Whether this skills section names its categories on lines of their own ("Systems" over
    // "NetSuite, SAP"), as a table's cells read one per line.
    let mut categories_on_their_own_lines = false;
    let mut previous: Option<&Line> = None;
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        if let Some((heading, inline)) = detect_heading(&line.text) {
            // "Languages: Python, SQL, R" and "Other: HTML/CSS, Figma" inside a skills section
            // are its categories, not sections of spoken languages or anything else; so is
            // "Languages" heading the section's first list, or standing as its other
            // categories stand.
            let label = line
                .text
                .split_once(':')
                .map_or(line.text.as_str(), |(label, _)| label);
            // Spoken languages listed after the skills ("LANGUAGES: English, Urdu, Sindhi") are
            // a section of their own.
            let spoken = inline.is_some_and(names_spoken_languages);
            let a_category_of_skills = section == Section::Skills
                && (inline.is_some() || lines_in_section == 0 || categories_on_their_own_lines)
                && matches!(normalise_heading(label).as_str(), "languages" | "other")
                && !spoken;
            // "Employment:<tab>Contract" inside a job's form is one of its fields, not the
            // section starting again.
            let a_field_of_a_job = section == Section::Experience
                && heading == Section::Experience
                && inline.is_some();
            if a_category_of_skills || a_field_of_a_job {
                out.push((section, line.clone()));
                lines_in_section += 1;
                previous = Some(line);
                continue;
            }
            section = heading;
            lines_in_section = usize::from(inline.is_some());
            categories_on_their_own_lines = false;
            previous = None;
            if let Some(rest) = inline {
                out.push((
                    section,
                    Line {
                        text: rest.to_owned(),
                        indent: line.indent,
                    },
                ));
            }
            continue;
        }
        if !line.is_blank() {
            categories_on_their_own_lines |= section == Section::Skills
                && previous
                    .is_some_and(|label| skills::could_name_a_category(&label.text, &line.text));
            lines_in_section += 1;
            previous = Some(line);
        }
        out.push((section, line.clone()));
    }
    Document { lines: out }
}

impl Document {
    /// The lines of every section of this kind, with a blank line between sections.
    pub fn lines_of(&self, wanted: Section) -> Vec<&Line> {
        self.lines
            .iter()
            .filter(|(section, _)| *section == wanted)
            .map(|(_, line)| line)
            .collect()
    }

    /// The summary section's text; failing that, the paragraph in the header under the
    /// name and contact lines.
    pub fn summary(&self) -> Option<String> {
        let section = join_prose(self.lines_of(Section::Summary));
        if section.is_some() {
            return section;
        }
        let header = self.lines_of(Section::Header);
        let start = header
            .iter()
            .position(|line| line.word_count() >= 8 && !looks_like_contact(&line.text))?;
        let paragraph: Vec<&Line> = header[start..]
            .iter()
            .take_while(|line| !line.is_blank() && !looks_like_contact(&line.text))
            .copied()
            .collect();
        join_prose(paragraph).filter(|text| text.split_whitespace().count() >= 8)
    }

    /// All text that can mention skills and metrics: the summary and every section except
    /// the header and contact details.
    pub fn body_text(&self, summary: Option<&str>) -> String {
        let mut body = String::new();
        if let Some(summary) = summary {
            body.push_str(summary);
            body.push('\n');
        }
        for (section, line) in &self.lines {
            if !matches!(
                section,
                Section::Header | Section::Contact | Section::Summary
            ) {
                body.push_str(&line.text);
                body.push('\n');
            }
        }
        body
    }
}

fn looks_like_contact(text: &str) -> bool {
    text.contains('@')
        || text.contains("http")
        || text.contains("www.")
        || text.contains(".com/")
        || text.chars().filter(|c| c.is_ascii_digit()).count() >= 7
}

fn join_prose(lines: Vec<&Line>) -> Option<String> {
    let text = lines
        .iter()
        .map(|line| line.bullet_text().unwrap_or(&line.text))
        .flat_map(|text| text.split_whitespace())
        .collect::<Vec<_>>()
        .join(" ");
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use crate::lines::to_lines;

    fn skills_lines(text: &str) -> Vec<String> {
        split(&to_lines(text))
            .lines_of(Section::Skills)
            .iter()
            .map(|line| line.text.clone())
            .collect()
    }

    #[test]
    fn a_job_s_employment_field_does_not_start_the_section_again() {
        let parsed = crate::parse_text(
            "EXPERIENCE\n\
             Organisation:   Rivgas Construction Nigeria Ltd\n\
             Position:       Safety Assistant\n\
             Employment:     Contract\n\
             Duration:       Jun. 2015 - Jan. 2017\n",
        );
        assert_eq!(parsed.experience.len(), 1);
        assert_eq!(
            parsed.experience[0].company.as_deref(),
            Some("Rivgas Construction Nigeria Ltd")
        );
        assert_eq!(
            parsed.experience[0].title.as_deref(),
            Some("Safety Assistant")
        );
    }

    #[test]
    fn a_heading_numbered_as_a_part_of_a_form() {
        assert_eq!(
            detect_heading("3.  EMPLOYMENT HISTORY").map(|(section, _)| section),
            Some(Section::Experience)
        );
        assert_eq!(
            detect_heading("IV. SKILLS").map(|(section, _)| section),
            Some(Section::Skills)
        );
        assert_eq!(detect_heading("2019 EXPERIENCE"), None);
        assert_eq!(
            detect_heading("Areas of Competence").map(|(section, _)| section),
            Some(Section::Skills)
        );
        for heading in ["FREELANCE STAGE MANAGEMENT CREDITS", "RESIDENT POSITION"] {
            assert_eq!(
                detect_heading(heading).map(|(section, _)| section),
                Some(Section::Experience),
                "{heading}"
            );
        }
    }

    #[test]
    fn an_inline_heading_whose_items_have_parentheses_is_still_one() {
        assert_eq!(
            detect_heading("Skills: Excel (pivot tables), SQL"),
            Some((Section::Skills, Some("Excel (pivot tables), SQL")))
        );
        assert_eq!(
            detect_heading("PROFESSIONAL EXPERIENCE (Total: 8.5 Years)"),
            Some((Section::Experience, None))
        );
        assert_eq!(
            detect_heading("PROFESSIONAL EXPERIENCE\t(Total 17+ years)"),
            Some((Section::Experience, None))
        );
        assert_eq!(
            detect_heading("Competencies & Software"),
            Some((Section::Skills, None))
        );
        assert_eq!(
            detect_heading("TRAINING & LICENCES"),
            Some((Section::Certifications, None))
        );
        assert_eq!(detect_heading("Valuations & payment certificates"), None);
        assert_eq!(
            detect_heading("SEA SERVICE RECORD"),
            Some((Section::Experience, None))
        );
        assert_eq!(
            detect_heading("Referees available on request."),
            Some((Section::Other, None))
        );
        assert_eq!(
            detect_heading("Registrations & checks"),
            Some((Section::Certifications, None))
        );
    }

    #[test]
    fn spoken_languages_after_the_skills_are_no_skills() {
        assert_eq!(
            skills_lines(
                "Skills\n- Rotary endodontics\n- Dentures\n\nLANGUAGES:  English, Urdu, Sindhi\n"
            ),
            ["- Rotary endodontics", "- Dentures", ""]
        );
    }

    #[test]
    fn languages_inside_a_skills_section_are_one_of_its_categories() {
        assert_eq!(
            skills_lines("Skills\nLanguages: Python, SQL\nOther: Figma\nEducation\nBSc"),
            ["Languages: Python, SQL", "Other: Figma"]
        );
        assert_eq!(
            skills_lines("Skills\n\nLanguages\n- Go\n- SQL"),
            ["", "Languages", "- Go", "- SQL"]
        );
        assert_eq!(
            skills_lines("Skills\nSystems\n\nNetSuite, SAP\nLanguages\nMandarin, Cantonese"),
            [
                "Systems",
                "",
                "NetSuite, SAP",
                "Languages",
                "Mandarin, Cantonese"
            ]
        );
        // After the skills' own lines, "Languages" opens a section of its own.
        assert_eq!(
            skills_lines("Skills\nExcel, SQL\nLanguages\nSpanish (fluent)"),
            ["Excel, SQL"]
        );
    }

    use super::*;

    #[test]
    fn headings_are_recognised_in_many_styles() {
        for (text, expected) in [
            ("EXPERIENCE", Section::Experience),
            ("Work Experience", Section::Experience),
            ("Professional Experience:", Section::Experience),
            ("EMPLOYMENT HISTORY", Section::Experience),
            ("— Career History —", Section::Experience),
            ("E X P E R I E N C E", Section::Experience),
            ("W O R K   E X P E R I E N C E", Section::Experience),
            ("## Education", Section::Education),
            ("Skills & Tools", Section::Skills),
            ("PROFILE", Section::Summary),
            ("Contact", Section::Contact),
            ("Honors and Awards", Section::Other),
            ("Teaching Experience", Section::Experience),
            ("CLINICAL EXPERIENCE", Section::Experience),
            ("Clinical Skills", Section::Skills),
            ("Volunteer Experience", Section::Other),
            ("EXPERIENCE & LEADERSHIP", Section::Experience),
            ("Internships", Section::Experience),
            ("ACADEMIC APPOINTMENTS", Section::Experience),
            ("EMPLOYMENT RECORD", Section::Experience),
            ("EDUCATIONAL QUALIFICATIONS", Section::Education),
            ("EDUCATION & CERTIFICATION", Section::Education),
            ("SKILLS & TICKETS", Section::Skills),
            ("Academic Background", Section::Education),
            (
                "PROFESSIONAL EXPERIENCE (Total: 8.5 Years)",
                Section::Experience,
            ),
            ("Career Progression", Section::Experience),
            ("Research Positions", Section::Experience),
            ("Early Career", Section::Experience),
            // What follows a skills section in other countries' CVs, which the section's
            // items would otherwise run on into.
            ("REFEREES", Section::Other),
            ("PERSONAL DATA", Section::Contact),
            ("QUALIFICATIONS", Section::Certifications),
            ("LICENSES & EDUCATION", Section::Certifications),
            ("LANGUAGES & INTERESTS", Section::Other),
            ("CHARACTER REFERENCES", Section::Other),
            ("EXPERIENCIA / EXPERIENCE", Section::Experience),
            ("IDIOMAS", Section::Other),
            ("Educación", Section::Education),
        ] {
            assert_eq!(
                detect_heading(text).map(|(s, _)| s),
                Some(expected),
                "{text}"
            );
        }
    }

    #[test]
    fn inline_headings_keep_their_content() {
        assert_eq!(
            detect_heading("Skills: Rust, SQL"),
            Some((Section::Skills, Some("Rust, SQL")))
        );
    }

    #[test]
    fn ordinary_lines_are_not_headings() {
        for text in [
            "Senior Engineer at Acme",
            "Experience with Kubernetes",
            "Education Technology Startup 2019",
            "Led the skills program: 40 people trained",
        ] {
            assert_eq!(detect_heading(text), None, "{text}");
        }
    }
}
