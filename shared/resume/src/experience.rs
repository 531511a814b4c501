//! Work history: entries anchored on their date ranges.
//!
//! A resume writes each position as a few short header lines (title, company, location,
//! dates, in any order and split over one to three lines) followed by bullets. Date ranges
//! are the most reliable signal, so every non-bullet line with a range anchors one entry;
//! the short lines around it supply title and company, and the lines up to the next
//! entry's header are its bullets.
//!
//! Header lines a narrow column or a table cell broke are first put back together. A header
//! of two lines gives each line whole to the title or the company (so "Account Executive,
//! SMB" keeps its specialty); a header of one line splits at its strongest separator. Where
//! the words do not tell title from company, the resume's own habit does, learned from its
//! headers that leave no doubt.

use crate::ExperienceEntry;
use crate::dates::{self, DateRange};
use crate::lines::Line;
use crate::text::{capitalise_words, is_in_capitals};
use regex::Regex;
use std::sync::LazyLock;

/// Role nouns. Besides the listed ones, the endings that only ever make a person's role
/// ("-ologist", "-ician", "-grapher": epidemiologist, optician, videographer) stand for the
/// many no list holds. Words that are as often a name ("Baker", "Mason", "Scout", "Packer")
/// are left out: an employer read as a title costs more than a title missed.
static TITLE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:engineer|engineering manager|developer|programmer|manager|director|analyst|designer|consultant|specialist|coordinator|lead|intern|internship|associate|scientist|architect|administrator|officer|head of|vp|svp|evp|pm|apm|tpm|gpm|vice president|president|founder|co-founder|cofounder|cto|ceo|cfo|coo|cmo|cio|accountant|nurse|teacher|representative|executive|assistant|technician|editor|writer|researcher|recruiter|strategist|producer|marketer|owner|partner|principal|advisor|adviser|attorney|lawyer|counsel|paralegal|physician|therapist|pharmacist|chef|supervisor|agent|planner|controller|auditor|clerk|trainer|instructor|professor|lecturer|tutor|fellow|sre|devops|scrum master|buyer|economist|statistician|mechanic|electrician|operator|photographer|counselor|coach|liaison|generalist|superintendent|chemist|biologist|bookkeeper|cashier|barista|receptionist|secretary|manager|foreman|driver|pilot|surgeon|dentist|hygienist|paramedic|pharmacy tech|bartender|server|host|merchandiser|copywriter|illustrator|animator|artist|curator|librarian|journalist|reporter|translator|interpreter|estimator|inspector|surveyor|tester|qa|sdet|evangelist|advocate|ambassador|steward|intern|graduate|trainee|apprentice|co-op|extern|student|volunteer|rn|lpn|cna|aide|caregiver|nanny|clinician|psychologist|psychiatrist|optometrist|veterinarian|phlebotomist|sonographer|radiographer|dietitian|nutritionist|pathologist|audiologist|midwife|paraprofessional|paraeducator|educator|interventionist|counsellor|facilitator|welder|pipefitter|machinist|fabricator|assembler|installer|laborer|labourer|custodian|janitor|landscaper|roofer|lineman|dispatcher|scheduler|expeditor|courier|stocker|attendant|housekeeper|concierge|lifeguard|sommelier|stylist|line cook|prep cook|head cook|pastry cook|underwriter|processor|actuary|realtor|trader|treasurer|solicitor|barrister|postdoc|investigator|firefighter|emt|drafter|draftsman|technologist|organizer|organiser|fundraiser|purchaser|sourcer|worker|rep|sdr|bdr|ae|wireman|chair|chairperson|patient care tech|rehab tech|lab tech|vet tech|surgical tech|field tech|service tech|maintenance tech|teller|ranger|adjuster|appraiser|broker|banker|carpenter|plumber|painter|waiter|waitress|busser|dishwasher|mover|valet|usher|security guard|detective|deputy|sergeant|lieutenant|captain|corporal|commander|soldier|medic|corpsman|chaplain|pastor|minister|priest|singer|actor|dancer|docent|warden|judge|mediator|archivist|registrar|referee|proofreader|transcriptionist|biller|examiner|assessor|team member|crew member|staff member|member of technical staff|[\p{L}-]+ologist|[\p{L}-]+ician|[\p{L}-]+grapher|operador|programador|gerente|jefe|analista|ingenier[oa]|t[ée]cnic[oa]|asistente|auxiliar|coordinador|practicante|becari[oa]|vendedor|contador|abogad[oa]|enfermer[oa]|docente|encargad[oa]|soldador)s?\b",
    )
    .expect("title vocabulary pattern is valid")
});

static COMPANY_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\b(?:inc|llc|llp|ltd|limited|corp|corporation|company|gmbh|ag|plc|sa|bv|group|labs?|technologies|technology|tech|systems|solutions|partners|bank|university|hospital|center|centre|health|healthcare|clinic|agency|studios?|capital|ventures|holdings|foundation|institute|college|school|consulting|media|software|networks|pharma|pharmaceuticals|analytics|industries|enterprises|associates|logistics|airlines|insurance|financial|foods|motors|energy|robotics|games|bakery|cafe|restaurant|hotel|resorts|council|district|department|ministry|bureau|directorate|secretariat|agency|academy|county|brands|builders|components|authority|commission|society|bistro|brewery|diner|realty|properties|grocers|marketplace|therapeutics|biosciences|diagnostics|freight|airways|railway|utilities|petroleum|chemicals|aerospace|commodities|credit union|partnership|solicitors|staffing|manufacturing|construction|contractors|fabrication|ironworks|trust|library|museum|army|navy|air force|armed forces|defen[cs]e forces?|marine corps|coast guard|national guard|police (?:service|department|force)|fire (?:service|department|brigade)|constabulary|bundeswehr)\b\.?|\.(?:com|io|ai|co)\b)",
    )
    .expect("company vocabulary pattern is valid")
});

/// Countries as resumes name them after a town. Not those that are also towns or names a
/// resume writes after an employer ("Cafeteros FC, Armenia" is in Colombia; Georgia, Chad).
const COUNTRIES: &str = "Canada|Germany|France|India|Netherlands|Spain|Italy|Ireland|Singapore|Australia|Japan|Brazil|Mexico|Poland|Sweden|Switzerland|United Kingdom|United States|USA|England|Scotland|Portugal|Austria|Denmark|Norway|Finland|Israel|China|Korea|Nigeria|Kenya|South Africa|New Zealand|Belgium|Luxembourg|Czech Republic|Czechia|Hungary|Romania|Ukraine|Greece|Turkey|Egypt|Ghana|Morocco|Pakistan|Bangladesh|Philippines|Vietnam|Thailand|Indonesia|Malaysia|Hong Kong|Taiwan|UAE|United Arab Emirates|Saudi Arabia|Qatar|Colombia|Argentina|Chile|Peru|Lebanon|Jordan|Oman|Kuwait|Bahrain|Iraq|Iran|Sri Lanka|Nepal|Myanmar|Cambodia|Brunei|Uganda|Tanzania|Zambia|Zimbabwe|Ethiopia|Rwanda|Cameroon|Senegal|Botswana|Namibia|Mozambique|Malawi|Jamaica|Trinidad and Tobago|Barbados|Venezuela|Ecuador|Bolivia|Uruguay|Paraguay|Costa Rica|Panama|Guatemala|Dominican Republic|Puerto Rico|Iceland|Estonia|Latvia|Lithuania|Slovakia|Slovenia|Croatia|Serbia|Bulgaria|Cyprus|Malta|Wales|Northern Ireland|Russia|Kazakhstan|Fiji|Afghanistan|Syria|Yemen|Sudan|South Sudan|Somalia|Libya|Tunisia|Algeria|Mali|Niger|DRC|Democratic Republic of the Congo|Congo|Liberia|Sierra Leone|Guinea|Benin|Togo|Burkina Faso|Madagascar|Mauritius|Angola|Eswatini|Lesotho|Gambia|Haiti|Cuba|Honduras|El Salvador|Nicaragua|Bahamas|Belize|Guyana|Suriname|Belarus|Moldova|Azerbaijan|Uzbekistan|Kyrgyzstan|Tajikistan|Turkmenistan|Mongolia|Laos|Bhutan|Maldives|Papua New Guinea|Samoa|Tonga|Vanuatu|Solomon Islands|Timor-Leste|Bosnia and Herzegovina|Albania|North Macedonia|Montenegro|Kosovo|Monaco|Liechtenstein|Andorra|Macau|Macao|South Korea|North Korea|Ivory Coast|Côte d'Ivoire|Gabon|Eritrea|Djibouti|Seychelles|Cape Verde";

/// A place: "Remote", "Austin, TX", "Leeds, United Kingdom", and a town with its region's code
/// before the country ("Ottawa, ON, Canada", "Austin, TX, USA"). A region written out is not
/// read so: "Ogilvy, London, UK" and "Northwind Traders, Columbus, OH" are a company and its
/// town.
static LOCATION: LazyLock<Regex> = LazyLock::new(|| {
    let town =
        r"\p{Lu}[\p{L}.'-]*(?:\s+(?:\p{Lu}[\p{L}.'-]*|de|da|do|dos|del|la|le|upon|am|sur)){0,4}";
    Regex::new(&format!(
        r"^\(?(?:(?i:remote|hybrid|on-?site)(?:\s*\(.*\))?|{town},\s*(?:[A-Z]{{2}}|NSW|VIC|QLD|TAS|ACT|{COUNTRIES}|Co\.\s+\p{{Lu}}\p{{L}}+|[A-Z]{{2}},\s*(?:{COUNTRIES}|UK|US|U\.S\.A?\.?))(?:\s*\((?i:remote|hybrid)\))?)\)?$"
    ))
    .expect("location pattern is valid")
});

/// Whether text names a job title ("Senior Software Engineer", "VP of Sales").
pub(crate) fn is_title_like(text: &str) -> bool {
    TITLE_WORDS.is_match(text)
}

fn is_company_like(text: &str) -> bool {
    COMPANY_WORDS.is_match(text) || named_for_its_trade(text)
}

/// A firm named for the trade its people practise, in the plural: "Odhiambo & Associates Land
/// Surveyors", "Arup Consulting Engineers", "Mehta Management Consultants". A job title names
/// one person's role.
fn named_for_its_trade(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|word| !word.is_empty())
        .collect();
    match words.split_last() {
        Some((last, before)) if !before.is_empty() => {
            last.starts_with(char::is_uppercase)
                && last.chars().all(char::is_alphabetic)
                && last
                    .strip_suffix('s')
                    .is_some_and(|one| is_title_like(one) && !one.ends_with('s'))
        }
        _ => false,
    }
}

fn is_location(text: &str) -> bool {
    // A name of five capitalised words reads as a town to the pattern: "Straits Mutual
    // Assurance Pte Ltd, Singapore" is a company and its country.
    let named_as_a_company = text
        .split(',')
        .next()
        .is_some_and(|town| is_company_like(town) || ends_with_legal_form(town));
    let is_one_place = |text: &str| {
        ((LOCATION.is_match(text.trim()) || is_town_and_abbreviated_region(text.trim()))
            && !named_as_a_company)
            || is_australian_place(text.trim())
            || is_local_site(text.trim())
    };
    // Two bases of one posting: "CFB Kingston, ON & CFB Petawawa, ON", "Fort Hood, TX;
    // Kandahar" (the second a town alone once the first is plainly a place).
    is_one_place(text)
        || [" & ", " / ", " and ", "; "].iter().any(|joint| {
            text.split_once(joint).is_some_and(|(one, other)| {
                is_one_place(one) && (is_one_place(other) || is_bare_place(other.trim()))
            })
        })
}

/// A town and its region's abbreviation with a full stop, as Mexicans, Indians and some
/// Americans write them: "Toluca, Méx.", "León, Gto.", "Escobedo, N.L.", "Pasadena, Calif.".
/// A legal form written so is a company's ("Acme, Inc.", "Dermavita, S.A.").
fn is_town_and_abbreviated_region(text: &str) -> bool {
    static ABBREVIATED_REGION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:\p{Lu}\p{Ll}{1,4}\.|(?:\p{Lu}\.){2,3})$")
            .expect("abbreviated region pattern is valid")
    });
    let Some((town, region)) = text.rsplit_once(", ") else {
        return false;
    };
    let town_words: Vec<&str> = town.split_whitespace().collect();
    ABBREVIATED_REGION.is_match(region)
        && !is_company_suffix(region)
        && (1..=3).contains(&town_words.len())
        && town_words.iter().all(|word| is_a_place_name_word(word))
        && !is_company_like(town)
        && !is_title_like(town)
}

/// A word as a place's name is written: capitalised, letters with at most a full stop, hyphen
/// or apostrophe ("St.", "Stoke-on-Trent", "Taha'a").
fn is_a_place_name_word(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
}

/// A branch or site of an employer, named by its place and a lower-case noun for what it is:
/// "Sea Point club", "Muizenberg beach", "SM City Cebu branch". Where, not who.
fn is_local_site(text: &str) -> bool {
    const SITES: [&str; 14] = [
        "branch", "club", "beach", "store", "shop", "outlet", "site", "campus", "office", "depot",
        "plant", "mall", "showroom", "location",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.split_last() {
        Some((site, place)) => {
            SITES.contains(site)
                && (1..=4).contains(&place.len())
                && place.iter().all(|word| is_a_place_name_word(word))
                && !is_company_like(&place.join(" "))
        }
        None => false,
    }
}

/// A town and its Australian state without a comma, as Australians write them: "Truganina
/// VIC", "Port Hedland WA". The two-letter codes that are also legal forms ("Nestlé SA") only
/// after a town of two words or more.
fn is_australian_place(text: &str) -> bool {
    let Some((town, state)) = text.rsplit_once(' ') else {
        return false;
    };
    let town_words = town.split_whitespace().count();
    let capitalised = !town.contains([',', '|', '(', ')'])
        && town
            .split_whitespace()
            .all(|word| word.starts_with(char::is_uppercase));
    capitalised
        && match state {
            "NSW" | "VIC" | "QLD" | "TAS" | "ACT" => (1..=3).contains(&town_words),
            // A company's name before its legal form "SA" is no town: "Léman Energy Trading
            // SA".
            "WA" | "SA" | "NT" => (2..=3).contains(&town_words) && !is_company_like(town),
            _ => false,
        }
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
            && short_enough_to_name(text, 12)
            && !ends_a_sentence(text)
            && (!starts_a_sentence_mid_way(text) || names_an_employer_in_lower_case(text))
    }

    fn is_anchor(&self) -> bool {
        let Some(range) = &self.range else {
            return false;
        };
        !self.line.is_bullet() && dates_a_header(&self.line.text, range)
    }
}

/// Whether a line's dates make it a job's header: the range has a start, and the rest of the
/// line is short enough to be a title, an employer and a place rather than a sentence (longer
/// when it is all names in capitals, as a public body's may be).
fn dates_a_header(text: &str, range: &DateRange) -> bool {
    let rest = beside_the_dates(text, range);
    let count = words(&rest);
    range.start.is_some() && (count <= 14 || (count <= 24 && names_in_capitals(&rest)))
}

/// The line without its date range: what a header sets beside its dates.
fn beside_the_dates(text: &str, range: &DateRange) -> String {
    let mut rest = text.to_owned();
    rest.replace_range(range.span.0..range.span.1, " ");
    rest
}

pub(crate) fn extract(lines: Vec<&Line>) -> Vec<ExperienceEntry> {
    let lines: Vec<Line> = without_details_of_a_form(lines)
        .into_iter()
        .map(without_field_label)
        .collect();
    let lines = jobs_in_a_table(lines);
    let lines = jobs_listed_as_list_items(lines);
    let lines: Vec<&Line> = lines.iter().collect();
    let lines = rejoin_broken_headers(&lines);
    let lines: Vec<&Line> = lines.iter().collect();
    let infos = classify(&lines);
    let anchors: Vec<usize> = (0..infos.len()).filter(|&i| infos[i].is_anchor()).collect();
    let headers = find_headers(&infos, &anchors);
    let layout = Layout::learn(&headers);

    let roles: Vec<Role> = headers.iter().map(|header| header.role(layout)).collect();
    let employer_lines: Vec<Option<usize>> = headers
        .iter()
        .zip(&roles)
        .enumerate()
        .map(|(position, (header, role))| {
            let after = position
                .checked_sub(1)
                .map_or(0, |before| headers[before].last + 1);
            employer_line_above(&infos, header, role, after)
        })
        .collect();
    let mut entries: Vec<ExperienceEntry> = Vec::with_capacity(headers.len());
    // The employer named once above several roles ("Harbor & Vine (2015 – Present)").
    let mut employer: Option<String> = None;
    let mut employer_line: Option<usize> = None;
    for (position, (header, role)) in headers.iter().zip(&roles).enumerate() {
        if let Some(line) = employer_lines[position] {
            employer = employer_name(&infos[line].line.text);
            employer_line = Some(line);
        }
        // Time between jobs, dated like one: it ends the job above's bullets and is no job.
        if role.title.as_deref().is_some_and(accounts_for_a_gap) {
            continue;
        }
        let previous = position
            .checked_sub(1)
            .and_then(|before| headers.get(before).zip(roles.get(before)));
        // Every role indented under the employer's line is its, not only the first.
        let nested_under_employer = employer_line
            .is_some_and(|line| heads_roles_nested_under_it(&infos[line], &infos[header.anchor]));
        let whole_title = match header.lines.as_slice() {
            [line]
                if ((employer.is_some()
                    || previous
                        .is_some_and(|(header, role)| header.leads_with_its_employer(role)))
                    && line.is_title_and_specialty(role))
                    || (employer.is_some()
                        && nested_under_employer
                        && line.splits_off_a_specialty(role)
                        && !names_a_company_outright(role)) =>
            {
                Role {
                    title: Some(line.text.clone()),
                    company: None,
                }
            }
            _ => role.clone(),
        };
        let role = &whole_title;
        let body_end = headers.get(position + 1).map_or(infos.len(), |next| {
            employer_lines[position + 1].unwrap_or(next.first)
        });
        let range = infos[header.anchor].range.as_ref();
        let start = range.and_then(|r| r.start.clone());
        let bullets = collect_bullets(&infos[header.last + 1..body_end]);
        let next = headers.get(position + 1).zip(roles.get(position + 1));
        if bullets.is_empty()
            && let Some(name) = header.employer_of_roles(role, next, &infos)
        {
            employer = Some(name);
            continue;
        }
        let company = role.company.clone().or_else(|| {
            // A second role at the same employer is often listed without repeating it.
            employer
                .clone()
                .or_else(|| entries.last().and_then(|previous| previous.company.clone()))
        });
        if role.company.is_some() {
            employer = None;
        }
        entries.push(ExperienceEntry {
            company,
            title: role.title.clone(),
            start,
            end: range.and_then(|r| r.end.clone()),
            bullets,
        });
    }
    entries
}

/// What a column of a table of jobs holds, by its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum JobColumn {
    Title,
    Employer,
    Start,
    End,
    Dates,
}

impl JobColumn {
    fn of(label: &str) -> Option<Self> {
        static LABELS: LazyLock<[(JobColumn, Regex); 5]> = LazyLock::new(|| {
            let labelled = |pattern: &str| {
                Regex::new(&format!(r"(?i)^(?:{pattern})$")).expect("column label pattern is valid")
            };
            [
                (
                    JobColumn::Title,
                    labelled(r"rank|position|designation|(?:job )?title|role|post|job|grade"),
                ),
                (
                    JobColumn::Employer,
                    labelled(
                        r"company(?: name)?|employer|organi[sz]ation|institution|hospital|firm|(?:company / )?manning agency|agency|ship manager|company / employer",
                    ),
                ),
                (
                    JobColumn::Start,
                    labelled(
                        r"from|sign[- ]?on|start(?: date)?|joined|date joined|date of joining",
                    ),
                ),
                (
                    JobColumn::End,
                    labelled(
                        r"to|till|until|sign[- ]?off|end(?: date)?|left|date left|date of leaving",
                    ),
                ),
                (
                    JobColumn::Dates,
                    labelled(r"period|dates?|duration|tenure|years?"),
                ),
            ]
        });
        let label = label.trim().trim_end_matches(':');
        LABELS
            .iter()
            .find(|(_, pattern)| pattern.is_match(label))
            .map(|(column, _)| *column)
    }
}

/// Jobs set out as the rows of a table under a row of column labels ("Rank | Vessel | … |
/// Sign On | Sign Off | Manning Agency", "Designation | Institution | From | To"): each row is
/// rewritten as a header of its own, "title<tab>employer<tab>start – end", and the labels'
/// row is dropped. The other columns (a ship, its flag, a grade) are no part of the job's name.
fn jobs_in_a_table(lines: Vec<Line>) -> Vec<Line> {
    let columns_of = |line: &Line| -> Option<Vec<Option<JobColumn>>> {
        let cells: Vec<&str> = line.text.split('\t').collect();
        let columns: Vec<Option<JobColumn>> =
            cells.iter().map(|cell| JobColumn::of(cell)).collect();
        let has = |wanted: JobColumn| columns.contains(&Some(wanted));
        (cells.len() >= 3
            && has(JobColumn::Title)
            && (has(JobColumn::Start) || has(JobColumn::Dates)))
        .then_some(columns)
    };
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut table: Option<Vec<Option<JobColumn>>> = None;
    for line in lines {
        if let Some(columns) = columns_of(&line) {
            table = Some(columns);
            out.push(Line {
                text: String::new(),
                indent: line.indent,
            });
            continue;
        }
        let cells: Vec<&str> = line.text.split('\t').map(str::trim).collect();
        let Some(columns) = table
            .as_ref()
            .filter(|columns| cells.len() == columns.len())
        else {
            table = None;
            out.push(line);
            continue;
        };
        let cell = |wanted: JobColumn| {
            columns
                .iter()
                .position(|column| *column == Some(wanted))
                .map_or("", |index| cells[index])
        };
        let dates = match (cell(JobColumn::Start), cell(JobColumn::End)) {
            ("", _) => cell(JobColumn::Dates).to_owned(),
            (start, "") => start.to_owned(),
            (start, end) => format!("{start} – {end}"),
        };
        let text = [cell(JobColumn::Title), cell(JobColumn::Employer), &dates]
            .into_iter()
            .filter(|field| !field.is_empty())
            .collect::<Vec<_>>()
            .join("\t");
        out.push(Line {
            text,
            indent: line.indent,
        });
    }
    out
}

/// The list items of at most `max_words` words, undated and no sentence, whose next line
/// (past blank lines) is `under` them as a job's lines are under its title or employer. `under`
/// is given the item, that line, and the line after it.
fn undated_items_over(
    lines: &[Line],
    max_words: usize,
    under: impl Fn(&Line, &Line, Option<&Line>) -> bool,
) -> Vec<usize> {
    (0..lines.len())
        .filter(|&index| {
            let item = &lines[index];
            item.bullet_text().is_some_and(|text| {
                words(text) <= max_words
                    && !ends_a_sentence(text)
                    && dates::find_range(text).is_none()
            }) && lines[index + 1..]
                .iter()
                .position(|next| !next.is_blank())
                .is_some_and(|at| {
                    let next = index + 1 + at;
                    under(item, &lines[next], lines.get(next + 1))
                })
        })
        .collect()
}

/// Jobs written as the items of a list, their bullets a list nested under them ("- **Civil
/// Engineer**, Skanska AB (2018–present)" over "  - Designed 3 bridges"): a dated item with
/// items nested under it is a job's header, and so is every dated item at its depth.
fn jobs_listed_as_list_items(lines: Vec<Line>) -> Vec<Line> {
    let dated_item = |line: &Line| {
        line.bullet_text().is_some_and(|text| {
            dates::find_range(text).is_some_and(|range| dates_a_header(text, &range))
        })
    };
    let header_depths: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(index, line)| {
            dated_item(line)
                && lines[index + 1..]
                    .iter()
                    .find(|next| !next.is_blank())
                    .is_some_and(|next| next.is_bullet() && next.indent > line.indent)
        })
        .map(|(_, line)| line.indent)
        .collect();
    // A title set as an item with its employer and dates nested under it ("▪ Quality Control
    // Inspector" over "  Millat Tractors Limited, Lahore   (Feb 2016 – Jul 2019)").
    // Or with its employer over its dates, both nested ("* General Dental Practitioner" over
    // "  SmileCare Dental Clinic, Karachi" over "  Aug 2020 to date").
    let titles_over_their_dates = undated_items_over(&lines, 10, |item, next, after| {
        // A header's line, not the rest of a wrapped bullet ("  to Kubernetes in 2019."): no
        // sentence going on or ending.
        let header_line = |line: &Line| {
            !line.is_bullet()
                && line.indent > item.indent
                && words(&line.text) <= 16
                && !starts_a_sentence_mid_way(&line.text)
                && !ends_a_sentence(&line.text)
        };
        let dated =
            |line: &Line| dates::find_range(&line.text).is_some() || lone_date(line).is_some();
        header_line(next)
            && (dated(next)
                || after.is_some_and(|after| {
                    header_line(after) && after.indent == next.indent && dated(after)
                }))
    });
    if header_depths.is_empty() && titles_over_their_dates.is_empty() {
        return lines;
    }
    // At a header's depth, an item dated once ("**Locum Vet**, Northwick Park — *2017*") is a
    // job too.
    let dated_once = |line: &Line| {
        line.bullet_text()
            .is_some_and(|text| words(text) <= 16 && dates::find_lone(text).is_some())
    };
    // An employer as the item its roles are nested under ("• Autohaus Neckartal GmbH,
    // Stuttgart" over "  • Workshop Foreman (since 09/2020)"): an undated item right above a
    // dated item at a header's depth, deeper than it.
    let employers_over_their_roles = undated_items_over(&lines, 12, |item, next, _| {
        next.indent > item.indent
            && header_depths.contains(&next.indent)
            && (dated_item(next) || dated_once(next))
    });
    let lines: Vec<Line> = lines
        .into_iter()
        .enumerate()
        .map(|(index, line)| match line.bullet_text() {
            Some(text)
                if titles_over_their_dates.contains(&index)
                    || employers_over_their_roles.contains(&index) =>
            {
                Line {
                    text: text.to_owned(),
                    indent: line.indent,
                }
            }
            _ => line,
        })
        .collect();
    lines
        .into_iter()
        .map(|line| match line.bullet_text() {
            Some(text)
                if header_depths.contains(&line.indent)
                    && (dated_item(&line) || dated_once(&line)) =>
            {
                Line {
                    text: text.to_owned(),
                    indent: line.indent,
                }
            }
            _ => line,
        })
        .collect()
}

/// Labels that forms and some resumes set before each field of a job ("Employer: Halliburton",
/// "Position: Drilling Engineer", "Dates: 2016 - 2018"), after a colon or, as Europass sets
/// them, in a column of their own ("Occupation<tab>Piano Tuner"). The field is what follows;
/// which line is the title is then read as in any header of lines.
static FIELD_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:\d{1,2}[.)]\s*)?(?:employer(?:'s name)?|name (?:and address )?of (?:the )?employer|company(?: name)?|organi[sz]ation|position(?: held)?|post held|occupation(?: or position held)?|designation|job title|title|role|(?:inclusive )?dates?|period|duration|tenure|location|duties|responsibilities|main activities(?: and responsibilities)?)(?:\s*:\s+|\t)",
    )
    .expect("field label pattern is valid")
});

/// A label over a job's bullets, with nothing after it ("Roles & Responsibilities:", "Key
/// Achievements –"): it names neither the job nor anything done in it.
static BULLETS_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:key\s+|main\s+|major\s+)?(?:roles?\s*(?:&|and)\s*responsibilities|responsibilities|duties|achievements|accomplishments|highlights)\s*[:–—-]?\s*$",
    )
    .expect("bullets label pattern is valid")
});

/// The number a form gives each entry of its part ("3.1  Mzansi Rail Systems (Pty) Ltd" in
/// part "3. EMPLOYMENT HISTORY"): it orders the entries and names nothing.
static OUTLINE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{1,2}\.\d{1,2}\.?\s+").expect("outline number pattern is valid")
});

/// In a form of labelled fields, a field under a label that names no part of a job's header
/// ("Employment: Contract", "Unit: Environmental Inspectorate", "Reason for leaving:
/// Promoted") is left out: it names neither title nor employer, and it would part the fields
/// that do from the job's dates.
fn without_details_of_a_form(lines: Vec<&Line>) -> Vec<&Line> {
    static ANY_LABEL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*\p{Lu}[\p{L}'’/&]*(?:\s[\p{L}'’/&]+){0,3}\s*:(?:\s+|\t)\S")
            .expect("label pattern is valid")
    });
    let labelled_by_colon = |line: &Line| {
        FIELD_LABEL
            .find(&line.text)
            .is_some_and(|label| label.as_str().trim_end().ends_with(':'))
    };
    let is_a_form = lines.iter().filter(|line| labelled_by_colon(line)).count() >= 2;
    lines
        .into_iter()
        .filter(|line| {
            let detail = || {
                !line.is_bullet()
                    && ANY_LABEL.is_match(&line.text)
                    && FIELD_LABEL.find(&line.text).is_none()
                    && dates::find_range(&line.text).is_none()
            };
            !(is_a_form && detail())
        })
        .collect()
}

fn without_field_label(line: &Line) -> Line {
    let text = match FIELD_LABEL.find(&line.text) {
        _ if BULLETS_LABEL.is_match(&line.text) => String::new(),
        // A label in a column of its own labels one field, not a table's row of labels
        // ("Role<tab>Company<tab>Dates").
        Some(label)
            if !line.is_bullet()
                && (label.as_str().trim_end().ends_with(':')
                    || line.text[label.end()..].split('\t').count() == 1) =>
        {
            line.text[label.end()..].to_owned()
        }
        _ => match OUTLINE_NUMBER.find(&line.text) {
            Some(number) => line.text[number.end()..].to_owned(),
            None => line.text.clone(),
        },
    };
    Line {
        text,
        indent: line.indent,
    }
}

/// The header of each dated entry: up to two short lines before the dates, the dates' line, and
/// the lines after it that still name the job.
fn find_headers(infos: &[LineInfo<'_>], anchors: &[usize]) -> Vec<Header> {
    let mut headers: Vec<Header> = Vec::with_capacity(anchors.len());
    let mut consumed_until = 0;
    for (position, &anchor) in anchors.iter().enumerate() {
        let next_anchor = anchors.get(position + 1).copied().unwrap_or(infos.len());
        // Time between jobs is a line of its own: the lines around it are other jobs'.
        if infos[anchor].range.as_ref().is_some_and(|range| {
            accounts_for_a_gap(beside_the_dates(&infos[anchor].line.text, range).trim())
        }) {
            let mut header = Header {
                first: anchor,
                last: anchor,
                anchor,
                lines: Vec::new(),
            };
            header.add(infos, anchor);
            consumed_until = anchor + 1;
            headers.push(header);
            continue;
        }
        let mut first = anchor;
        // Up to two lines that name the job; a line that only gives its place ("Atlanta, GA"
        // between the employer and the dates) is taken with them, not counted.
        let mut naming_lines = 0;
        while first > consumed_until
            && infos[first - 1].is_header_like()
            && !describes_the_job_above(&infos[first - 1], &infos[anchor])
            && !heads_roles_nested_under_it(&infos[first - 1], &infos[anchor])
        {
            let only_a_place = is_location(&infos[first - 1].line.text);
            if !only_a_place && naming_lines == 2 {
                break;
            }
            naming_lines += usize::from(!only_a_place);
            first -= 1;
        }
        if first == anchor && title_above_a_page_break(infos, anchor, consumed_until) {
            first = anchor - 2;
        }
        let mut header = Header {
            first,
            last: anchor,
            anchor,
            lines: Vec::new(),
        };
        for index in first..=anchor {
            header.add(infos, index);
        }
        // Title and company after the dates, one or two lines, maybe past a blank line (a
        // table's dates cell before its title cell).
        for _ in 0..2 {
            let mut next = header.last + 1;
            while next < next_anchor && next - anchor <= 2 && infos[next].line.is_blank() {
                next += 1;
            }
            // A line right above the next dates opens the next job when this one was named
            // above its own dates: a job with no bullets is followed straight by the next
            // header.
            let opens_next_job = next + 1 == next_anchor
                && (header.first < anchor
                    || infos.get(next_anchor).is_some_and(|next_header| {
                        heads_roles_nested_under_it(&infos[next], next_header)
                    }));
            if next >= next_anchor
                || opens_next_job
                || !infos[next].is_header_like()
                || describes_the_job_above(&infos[next], &infos[anchor])
                || !short_enough_to_name(&infos[next].line.text, 10)
            {
                break;
            }
            let role = header.role(Layout::default());
            // "Account Executive, SMB" reads as a title and a company until the next line
            // names the employer; then the whole line is the title.
            // So does "Charge RN, Emergency Department" when the next line names an employer
            // and the place that the title line lacks.
            let next_text = &infos[next].line.text;
            let employer_follows = header.lines.len() == 1
                && names_an_employer(next_text)
                && (header.lines[0].company_is_doubtful(&role)
                    || (!header.lines[0].split_into_fields
                        && !header.lines[0].names_a_place
                        && names_a_place(next_text)));
            // "Marine Resources Agency - Papeete" names an employer and its town, not a title
            // and a company: the title is still to come.
            // Only when the title read so names an organisation, or the next line reads as
            // a title.
            let company_is_a_town = role.company.as_deref().is_some_and(names_only_a_town)
                && (role
                    .title
                    .as_deref()
                    .is_some_and(|title| leaning(title) < 0)
                    || leaning(next_text) > 0);
            if role.title.is_some()
                && role.company.is_some()
                && !employer_follows
                && !company_is_a_town
            {
                break;
            }
            header.last = next;
            header.add(infos, next);
        }
        consumed_until = header.last + 1;
        headers.push(header);
    }
    headers
}

/// The line that names the employer of the roles below it, on a line of its own and set
/// apart by a blank line ("### Nordwind Mobility GmbH, Berlin", a blank, "**Senior Data
/// Engineer** — 01/2023–now"): the last line before the header, past blank lines only, after
/// the previous header's own lines, when the header names no company of its own (or only a
/// specialty of its title).
fn employer_line_above(
    infos: &[LineInfo<'_>],
    header: &Header,
    role: &Role,
    after: usize,
) -> Option<usize> {
    let mut index = header.first.checked_sub(1)?;
    let mut blank_between = false;
    while index >= after && infos[index].line.is_blank() {
        blank_between = true;
        index = index.checked_sub(1)?;
    }
    // A line on what the employer is sits under its name: "Front Range Health Partners —
    // Denver, CO" over "Regional health plan, ~1,900 employees".
    if index > after && describes_an_employer(&infos[index].line.text) {
        blank_between = true;
        index -= 1;
    }
    let line = infos.get(index).filter(|_| index >= after)?;
    let nested =
        !header.lines.is_empty() && heads_roles_nested_under_it(line, &infos[header.anchor]);
    let names_no_company = role.company.is_none()
        || matches!(header.lines.as_slice(), [only] if only.is_title_and_specialty(role)
            || (nested && only.splits_off_a_specialty(role) && !names_a_company_outright(role)));
    let text = &line.line.text;
    // "Kearney & Moloney Solicitors" names a firm, though "Solicitor" is a title.
    // "Tulpwerk B.V. — Amsterdam", "Fietsdata — Utrecht": a name and its town after a dash.
    let name = employer_name(text).unwrap_or_default();
    let town_after_a_dash = name.len() < text.len()
        && [" — ", " – ", " - "]
            .iter()
            .any(|dash| text.starts_with(&format!("{name}{dash}")));
    let names_an_employer_alone = names_an_employer(text)
        && (is_company_like(text)
            || ends_with_legal_form(text)
            || ends_with_legal_form(&name)
            || names_a_place(text)
            || town_after_a_dash)
        && leaning(text) <= 0;
    let set_apart = blank_between || nested;
    (set_apart && names_no_company && line.is_header_like() && names_an_employer_alone)
        .then_some(index)
}

/// Whether a line says what an employer is, in words of its own: three words or more, most of
/// them in lower case after the first ("Regional health plan, ~1,900 employees", "Series B
/// fintech; 200 people"), naming no title and no dates.
fn describes_an_employer(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|word| word.chars().any(char::is_alphabetic))
        .collect();
    let in_lower_case = words
        .iter()
        .skip(1)
        .filter(|word| word.starts_with(char::is_lowercase))
        .count();
    words.len() >= 3
        && words.len() <= 12
        && in_lower_case * 2 >= words.len()
        && !is_title_like(text)
        && dates::find_range(text).is_none()
}

fn is_country(text: &str) -> bool {
    static COUNTRY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"^(?:{COUNTRIES})$")).expect("country pattern is valid")
    });
    COUNTRY.is_match(text.trim())
}

/// An employer's name from a line that names it alone: without its place, whether after a
/// comma ("Hanse Energie AG, Hamburg"), in parentheses or after a dash or bar ("Lumina
/// Analytics Pte. Ltd. — Singapore").
fn employer_name(text: &str) -> Option<String> {
    // A note after the name that goes on in lower case is not part of it: "Gulf Coast
    // Turnaround Services (contract through Brazos Industrial Staffing)"; "German Armed Forces
    // (Bundeswehr)" keeps its own.
    let text = match text.split_once(" (") {
        Some((name, note))
            if note.starts_with(char::is_lowercase)
                && !is_another_name(note)
                && !name.trim().is_empty() =>
        {
            name
        }
        _ => text,
    };
    let name = without_town(&without_location(text)?);
    // What the service was, then who it was for: "Full-time National Service – Singapore Armed
    // Forces".
    let name = [" — ", " – ", " - "]
        .iter()
        .find_map(|separator| {
            let (what, organisation) = name.split_once(separator)?;
            (!is_company_like(what)
                && !ends_with_legal_form(what)
                && (is_company_like(organisation) || ends_with_legal_form(organisation)))
            .then(|| organisation.trim().to_owned())
        })
        .unwrap_or(name);
    let name = [" — ", " – ", " | ", " · ", " - "]
        .iter()
        .find_map(|separator| {
            let (before, place) = name.rsplit_once(separator)?;
            let is_place = is_location(place)
                || is_bare_place(place)
                || is_country(place)
                || is_named_site(place);
            (is_place && !before.trim().is_empty()).then(|| before.trim().to_owned())
        })
        .unwrap_or(name);
    Some(name)
}

/// A site of an employer named after its name, in capitals as a place of its own: "Nordhaven
/// Business Services | Kraków Delivery Centre", "Infosys — Mysore Campus". A centre for a
/// service to the public is an employer of its own ("Kiambu Community Centre", "Sunrise
/// Medical Centre"), as are words that name a trade or a title.
fn is_named_site(text: &str) -> bool {
    const SITES: [&str; 10] = [
        "Centre", "Center", "Campus", "Office", "Hub", "Site", "Plant", "Facility", "Depot",
        "Branch",
    ];
    const SERVICES: [&str; 16] = [
        "Medical",
        "Dental",
        "Community",
        "Cancer",
        "Research",
        "Learning",
        "Fitness",
        "Care",
        "Wellness",
        "Leisure",
        "Sports",
        "Arts",
        "Youth",
        "Family",
        "Child",
        "Rehabilitation",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.split_last() {
        Some((site, place)) => {
            SITES.contains(site)
                && (2..=3).contains(&place.len())
                && place
                    .iter()
                    .all(|word| is_a_place_name_word(word) && !SERVICES.contains(word))
                && !is_company_like(&place.join(" "))
                && !is_title_like(&place.join(" "))
        }
        None => false,
    }
}

/// A dated line that accounts for time between jobs: "Career transition (relocation; …)",
/// "Parental leave", "Sabbatical – travelling in South America". A title that starts so
/// ("Relocation Consultant") is a job.
fn accounts_for_a_gap(title: &str) -> bool {
    static CAREER_GAP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^\W*(?:career (?:break|gap|transition|pause)|sabbatical|(?:parental|maternity|paternity|family|carer'?s|medical) leave|caring for|full-time (?:parent|carer|caregiver|mum|mom|dad)|stay-at-home|travell?ing|gap year|relocation)\b",
        )
        .expect("career gap pattern is valid")
    });
    CAREER_GAP.is_match(title) && !is_title_like(title)
}

/// Whether the company split off a role names one beyond doubt, by its legal form.
fn names_a_company_outright(role: &Role) -> bool {
    role.company.as_deref().is_some_and(ends_with_legal_form)
}

/// Whether a line above a dated header heads the roles indented under it, as an employer
/// does ("  Straits Mutual Assurance Pte Ltd, Singapore" over "    Senior Manager, Pricing
/// 2021 – now"): it sits shallower than the header, which names its role beside its dates.
fn heads_roles_nested_under_it(line: &LineInfo<'_>, anchor: &LineInfo<'_>) -> bool {
    let names_its_role = anchor.range.as_ref().is_some_and(|range| {
        let rest = beside_the_dates(&anchor.line.text, range);
        // A role's name, not a sentence of a job's prose with a year in it.
        (1..=8).contains(&words(&rest)) && !rest.contains(';') && !ends_a_sentence(rest.trim())
    });
    line.line.indent < anchor.line.indent && names_its_role && names_an_employer(&line.line.text)
}

/// Whether a line near a dated header is prose of a job, written without a bullet glyph: set
/// deeper than the header, and long or joined by a semicolon ("    Coach of the junior
/// cross-country team; member of the school equity committee" above the next job's header,
/// "    Built rate-shopping API in TypeScript used by 4,000 merchants" under this one's).
fn describes_the_job_above(line: &LineInfo<'_>, anchor: &LineInfo<'_>) -> bool {
    line.line.indent >= anchor.line.indent + 2
        && (words(&line.line.text) >= 6 || line.line.text.contains(';'))
        && !names_an_employer(&line.line.text)
}

/// Whether a page break fell between a job's title and the dated line that names its employer
/// ("Recruiter", a blank line, "Robert Half<tab>2/2008 – 12/2010"): the dated line names no
/// title, and the line before the blank is a title alone.
fn title_above_a_page_break(infos: &[LineInfo<'_>], anchor: usize, consumed_until: usize) -> bool {
    if anchor < consumed_until + 2 || !infos[anchor - 1].line.is_blank() {
        return false;
    }
    let above = &infos[anchor - 2];
    let dated = &infos[anchor];
    let named = dated.range.as_ref().map_or_else(
        || dated.line.text.clone(),
        |range| beside_the_dates(&dated.line.text, range),
    );
    above.is_header_like()
        && is_title_like(&above.line.text)
        && !is_company_like(&above.line.text)
        && !is_title_like(&named)
}

/// How a resume lays out its job headers, as the headers that leave no doubt show. It settles
/// the headers that read either way: "Deputy Clerk" under "Wake County Clerk of Superior
/// Court", or "Line Cook | Harbor & Vine", which names no title or company word.
#[derive(Debug, Default, Clone, Copy)]
struct Layout {
    /// Where the title line of a two-line header sits from the dates' line: above (-1), on it
    /// (0) or below (1).
    title_offset: Option<isize>,
    /// Whether a one-line header names the title before the company.
    title_first: Option<bool>,
}

impl Layout {
    fn learn(headers: &[Header]) -> Self {
        Self {
            title_offset: most_common(headers.iter().filter_map(Header::clear_title_offset)),
            title_first: most_common(headers.iter().filter_map(Header::clear_title_first)),
        }
    }
}

/// The value seen most often, unless another is seen as often.
fn most_common<T: PartialEq + Copy>(values: impl Iterator<Item = T>) -> Option<T> {
    let mut counts: Vec<(T, usize)> = Vec::new();
    for value in values {
        match counts.iter_mut().find(|(known, _)| *known == value) {
            Some((_, count)) => *count += 1,
            None => counts.push((value, 1)),
        }
    }
    let most = counts.iter().map(|(_, count)| *count).max()?;
    let mut usual = counts.iter().filter(|(_, count)| *count == most);
    let (value, _) = usual.next()?;
    usual.next().is_none().then_some(*value)
}

/// The lines that name one job, with where its dates are.
#[derive(Debug)]
struct Header {
    first: usize,
    last: usize,
    anchor: usize,
    /// The lines that name something (not only dates or a place).
    lines: Vec<HeaderLine>,
}

impl Header {
    fn add(&mut self, infos: &[LineInfo<'_>], index: usize) {
        let info = &infos[index];
        let mut text = info.line.text.clone();
        if index == self.anchor
            && let Some(range) = &info.range
        {
            // A place set after the dates ("Dec 2018 – Present · Bengaluru") is where, not who,
            // even a town alone that could pass for a one-word name.
            let after = text[range.span.1..].trim_start();
            // So is a note in lower case after them: "2016 – 2018 (part-time)".
            let note_after = after
                .strip_prefix('(')
                .and_then(|note| note.strip_suffix(')'))
                .is_some_and(|note| {
                    note.starts_with(char::is_lowercase) && !note.contains(['(', ')'])
                });
            let end = match after.strip_prefix(['·', '•', '|', ',']) {
                Some(place) if is_location(place) || is_bare_place(place.trim()) => text.len(),
                _ if note_after => text.len(),
                _ => range.span.1,
            };
            text.replace_range(range.span.0..end, "\t");
        }
        let offset = index as isize - self.anchor as isize;
        if let Some(line) = HeaderLine::new(&text, offset) {
            self.lines.push(line);
        }
    }

    fn role(&self, layout: Layout) -> Role {
        if let [first, second] = self.lines.as_slice()
            && let Some(role) = role_by_line(first, second, layout.title_offset)
        {
            return role;
        }
        if let [line] = self.lines.as_slice()
            && let Some(role) = specialty_title_at_company(&line.text)
        {
            return role;
        }
        let parts: Vec<String> = self
            .lines
            .iter()
            .flat_map(|line| line.parts.iter().cloned())
            .collect();
        assign_roles(&parts, layout.title_first)
    }

    /// The employer's name when this header only names the employer of the roles under it:
    /// one name that reads as no title, no company given, and the next header, dated within
    /// this one's span, names no company either ("Harbor & Vine (2015 – Present)" over "Sous
    /// Chef (2019 – Present)").
    fn employer_of_roles(
        &self,
        role: &Role,
        next: Option<(&Header, &Role)>,
        infos: &[LineInfo<'_>],
    ) -> Option<String> {
        let (next_header, next_role) = next?;
        let name = role.title.as_deref()?;
        let start_of = |header: &Header| {
            infos[header.anchor]
                .range
                .as_ref()
                .and_then(|range| range.start.clone())
        };
        // Dates compare as text: "2015" sorts before "2015-03" and "2019".
        let within = matches!((start_of(self), start_of(next_header)), (Some(start), Some(next)) if start <= next);
        let one_name = matches!(self.lines.as_slice(), [line] if line.parts.len() == 1);
        // The next role names no company, or only its title's specialty ("Detective
        // Sergeant, Serious Crime Unit").
        let next_names_no_company = next_role.company.is_none()
            || matches!(next_header.lines.as_slice(), [only] if only.is_title_and_specialty(next_role));
        (one_name
            && within
            && role.company.is_none()
            && next_names_no_company
            && !is_title_like(name))
        .then(|| name.to_owned())
    }

    /// Whether the header's first line is the employer alone, above the title ("Nationwide
    /// Children's Hospital, Columbus, OH" over "Charge Nurse, Pediatric ICU  June 2021 –
    /// Present"): the way a resume lists several roles under one employer.
    fn leads_with_its_employer(&self, role: &Role) -> bool {
        matches!(self.lines.as_slice(), [first, second]
        if first.offset < second.offset
            && role.company.as_deref().is_some_and(|company| {
                company == first.employer
                    || company == first.text
                    || employer_name(&first.text).as_deref() == Some(company)
            }))
    }

    /// Whether a one-line header that leaves no doubt names its title first.
    fn clear_title_first(&self) -> Option<bool> {
        let [line] = self.lines.as_slice() else {
            return None;
        };
        let fields: Vec<String> = match line.parts.as_slice() {
            [part] => comma_fields(part).into_iter().map(str::to_owned).collect(),
            parts => parts.to_vec(),
        };
        if fields.len() < 2 {
            return None;
        }
        title_position(&fields).map(|position| position == 0)
    }

    /// The title line's offset when the header's two lines leave no doubt which is the title.
    fn clear_title_offset(&self) -> Option<isize> {
        let [first, second] = self.lines.as_slice() else {
            return None;
        };
        if first.names_title_and_company() || second.names_title_and_company() {
            return None;
        }
        match leaning(&first.text).cmp(&leaning(&second.text)) {
            std::cmp::Ordering::Greater => Some(first.offset),
            std::cmp::Ordering::Less => Some(second.offset),
            std::cmp::Ordering::Equal => None,
        }
    }
}

/// One header line that names something: its text without dates or a place, and its parts.
#[derive(Debug)]
struct HeaderLine {
    /// Lines from the dates' line: -1 above it, 0 on it, 1 below it.
    offset: isize,
    /// From the first part to the last, separators kept: "Registered Nurse – Cardiac Step-Down".
    text: String,
    /// The text as an employer's name: without a town after any separator.
    employer: String,
    /// The parts between the line's strongest separators.
    parts: Vec<String>,
    /// Whether the parts were split at a tab or a pipe, which only ever stand between fields.
    split_into_fields: bool,
    /// Whether the line names a place ("…, Boise, ID"), which a header does once.
    names_a_place: bool,
    /// The text without a last field set apart that ends with a town, a site and its town
    /// ("Pilot Officer · PAF Base Mushaf, Sargodha"): where the job was, when another line
    /// names the employer.
    without_site: Option<String>,
}

impl HeaderLine {
    fn new(text: &str, offset: isize) -> Option<Self> {
        let parts = split_parts(text);
        let first = parts.first()?;
        let split_into_fields = parts.get(1).is_some_and(|part| part.strength <= 1);
        let span = |last: &Part| text[first.start..last.end].to_owned();
        let full = span(parts.last()?);
        // A town set apart after the name ("Product Manager · Bengaluru", "Northgate
        // Digital<tab>Leeds") is where, not who. After a dash it may be a specialty
        // ("Senior Engineer – Platform") unless the line names the employer.
        let (without_town, town_strength) = match parts.as_slice() {
            [.., before, last] if names_towns(&text[last.start..last.end]) => {
                (span(before), last.strength)
            }
            _ => (full.clone(), usize::MAX),
        };
        let without_site = match parts.as_slice() {
            [.., before, last] if last.strength <= STRONGEST_INSIDE_A_FIELD => {
                let field = &text[last.start..last.end];
                let site_and_town = field.rsplit_once(", ").is_some_and(|(site, town)| {
                    is_bare_place(town)
                        && site.split_whitespace().count() <= 4
                        && site
                            .split_whitespace()
                            .all(|word| word.starts_with(char::is_uppercase))
                        && !is_title_like(site)
                });
                site_and_town.then(|| span(before))
            }
            _ => None,
        };
        Some(Self {
            offset,
            without_site,
            text: if town_strength <= STRONGEST_INSIDE_A_FIELD {
                without_town.clone()
            } else {
                full
            },
            employer: without_town,
            parts: parts
                .iter()
                .map(|part| text[part.start..part.end].to_owned())
                .collect(),
            split_into_fields,
            names_a_place: names_a_place(text),
        })
    }

    /// Whether the line alone names both a title and a company ("Senior Engineer | Acme Corp").
    fn names_title_and_company(&self) -> bool {
        self.parts
            .iter()
            .any(|part| split_title_at_company(part).is_some())
            || (self
                .parts
                .iter()
                .any(|part| is_title_like(part) && !is_company_like(part))
                && self
                    .parts
                    .iter()
                    .any(|part| is_company_like(part) && !is_title_like(part)))
    }

    /// Whether the line is a title and its specialty after one comma or dash ("Staff Nurse,
    /// Pediatric ICU", "Relationship Manager – Retail Liabilities"), which splits as a title
    /// and a doubtful company.
    fn is_title_and_specialty(&self, role: &Role) -> bool {
        self.splits_off_a_specialty(role) && self.company_is_doubtful(role)
    }

    /// Whether the line split as a title and what follows its one comma or dash, and names no
    /// place: under an employer that heads roles nested under it, what follows is the role's
    /// specialty however it reads ("Senior Manager, Pricing Actuarial (Health & Protection)").
    fn splits_off_a_specialty(&self, role: &Role) -> bool {
        let is_the_split = |title: &str, specialty: &str| {
            role.title.as_deref() == Some(title) && role.company.as_deref() == Some(specialty)
        };
        let split_once = match self.parts.as_slice() {
            [_] => matches!(comma_fields(&self.text).as_slice(), [title, specialty]
                if is_the_split(title, specialty)),
            [title, specialty] => is_the_split(title, specialty),
            _ => false,
        };
        split_once && !self.names_a_place
    }

    /// Whether the company this line alone gives may be a specialty of the title instead: it
    /// was split off inside a field and names no kind of organisation.
    fn company_is_doubtful(&self, role: &Role) -> bool {
        !self.split_into_fields
            && role
                .company
                .as_deref()
                .is_some_and(|company| !is_company_like(company) && !ends_with_legal_form(company))
    }
}

/// "Registered Nurse – Medical-Surgical at Mercy Valley Hospital": a title with its specialty
/// after a dash, then "at" and the employer. The dash is part of the title, not a field
/// separator, when what follows it names no organisation ("Teaching Assistant — University of
/// Texas at Austin" is a title and an employer whose name has "at" in it).
fn specialty_title_at_company(text: &str) -> Option<Role> {
    let (title, company) = text.split_once(" at ")?;
    let (_, specialty) = title.rsplit_once(['–', '—'])?;
    let names_an_organisation =
        |text: &str| is_company_like(text) || ends_with_legal_form(text) || is_location(text);
    let company = company.trim();
    (is_title_like(title)
        && !title.contains(['|', '\t', ','])
        && !names_an_organisation(specialty.trim())
        && !company.is_empty()
        && !is_bare_place(company)
        && !is_location(company))
    .then(|| Role {
        title: Some(title.trim().to_owned()),
        company: Some(without_town(company)),
    })
}

/// Title and company when a header has one line for each: the line that reads more like a
/// title is the title, whole, and the other the company. When both read alike, the resume's
/// usual place for the title decides; without one, `None`.
fn role_by_line(
    first: &HeaderLine,
    second: &HeaderLine,
    title_offset: Option<isize>,
) -> Option<Role> {
    if first.names_title_and_company() || second.names_title_and_company() {
        return None;
    }
    // Read without a town after the name: "Nusantara Marine Weather Sdn. Bhd. — Kuala Lumpur"
    // ends with its legal form.
    let (title, company) = match leaning(&first.employer).cmp(&leaning(&second.employer)) {
        std::cmp::Ordering::Greater => (first, second),
        std::cmp::Ordering::Less => (second, first),
        std::cmp::Ordering::Equal if Some(first.offset) == title_offset => (first, second),
        std::cmp::Ordering::Equal if Some(second.offset) == title_offset => (second, first),
        std::cmp::Ordering::Equal => return None,
    };
    Some(Role {
        title: Some(
            title
                .without_site
                .clone()
                .unwrap_or_else(|| title.text.clone()),
        ),
        company: Some(without_town_after_a_dash(&without_town(&company.employer))),
    })
}

/// Whether text is only a town, or a town and its region, by their shape: "Papeete",
/// "Mangareva, Gambier Islands".
fn names_only_a_town(text: &str) -> bool {
    let pieces: Vec<&str> = text.split(", ").collect();
    pieces.len() <= 2 && pieces.iter().all(|piece| is_bare_place(piece))
}

/// A line known to name the employer, without the town set after a dash: "PERLES DE RIKITEA
/// SARL - Mangareva", "Marine Resources Agency – Papeete, Tahiti".
fn without_town_after_a_dash(employer: &str) -> String {
    [" — ", " – ", " - "]
        .iter()
        .find_map(|dash| {
            let (name, place) = employer.rsplit_once(dash)?;
            (names_only_a_town(place) && !name.trim().is_empty()).then(|| name.trim().to_owned())
        })
        .unwrap_or_else(|| employer.to_owned())
}

/// How much text reads as a job title rather than an employer: above zero for a title, below
/// for a company ("Kingsdown Partners LLP" names partners but is a firm).
fn leaning(text: &str) -> i32 {
    i32::from(is_title_like(text) && !named_for_its_trade(text))
        - i32::from(is_company_like(text))
        - 2 * i32::from(ends_with_legal_form(text))
}

fn ends_with_legal_form(text: &str) -> bool {
    text.split(|c: char| c.is_whitespace() || c == ',')
        .rfind(|word| !word.is_empty())
        .is_some_and(is_company_suffix)
}

/// A line that names an employer, and nothing else, under a title line: a few capitalised
/// words, maybe a place, no job title.
fn names_an_employer(text: &str) -> bool {
    let Some(name) = without_location(&text.replace('\t', ", ")) else {
        return false;
    };
    // A note after the name is not part of it: "Gulf Coast Turnaround Services (contract
    // through Brazos Industrial Staffing)".
    let name = match name.split_once(" (") {
        Some((before, note)) if note.ends_with(')') && !before.trim().is_empty() => {
            before.to_owned()
        }
        _ => name,
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    // "Software Engineer, Orderbird Commerce" is the next job's own header, not an employer.
    let starts_with_a_title =
        matches!(comma_fields(&name).as_slice(), [first, _, ..] if is_title_like(first));
    !words.is_empty()
        && words.len() <= 8
        && !starts_with_a_title
        && (!is_title_like(&name) || is_company_like(&name) || ends_with_legal_form(&name))
        && words.iter().all(|word| {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            word.is_empty()
                || word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || matches!(
                    word,
                    "of" | "and" | "the" | "for" | "at" | "de" | "du" | "la" | "y"
                )
        })
}

/// Words of a line without a trailing place ("…, Chicago, IL").
/// Whether every word of text that is not a joining word starts with a capital, as the long
/// names of public bodies do ("Centre for Development of Advanced Computing (C-DAC), Ministry of
/// Electronics & IT, Government of India") and the prose of a job does not.
fn names_in_capitals(text: &str) -> bool {
    const JOINING: [&str; 12] = [
        "of", "and", "for", "the", "de", "del", "la", "in", "on", "t/a", "c/o", "y",
    ];
    // A note in parentheses is the writer's own words: "(self-employed)".
    let mut depth = 0usize;
    let outside_notes: String = text
        .chars()
        .map(|c| {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ => {}
            }
            if depth > 0 || c == ')' { ' ' } else { c }
        })
        .collect();
    outside_notes
        .split_whitespace()
        .map(|word| word.trim_start_matches(['"', '\'', '“']))
        .filter(|word| word.chars().any(char::is_alphabetic))
        .all(|word| word.starts_with(char::is_uppercase) || JOINING.contains(&word))
}

/// Whether a line is short enough to name a title, an employer and a place: at most `most`
/// words besides its place, or a few more when all are in capitals as names are.
fn short_enough_to_name(text: &str, most: usize) -> bool {
    let count = content_words(text);
    count <= most || (count <= 20 && names_in_capitals(text))
}

fn content_words(text: &str) -> usize {
    without_location(text).map_or(0, |rest| words(&rest))
}

/// Header lines that a narrow column or a table cell broke in two, put back together: "… |
/// Durham, NC | August 2014 –" over "December 2017", "… Tillway Grocers, Austin," over "TX",
/// or a dates cell "Mar 2022 –" over "Present".
fn rejoin_broken_headers(lines: &[&Line]) -> Vec<Line> {
    // The longest line is as wide as the column, give or take: bullets wrap there too.
    let column_width = lines
        .iter()
        .map(|line| line.text.chars().count())
        .max()
        .unwrap_or_default();
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    for &line in lines {
        // The end of a range wrapped at its dash ("– 2015"), or an employer wrapped at the
        // dash before it ("— Westbrook College, Chicago, IL"), reads as a bullet, so both are
        // looked for before bullets are set aside.
        if let Some(previous) = out.last_mut().filter(|previous| {
            !previous.is_blank()
                && !previous.is_bullet()
                && (ends_the_range_of(previous, line)
                    || completes_the_dates_of(previous, line)
                    || (line.text.starts_with("— ")
                        && overflows_onto(previous, line, column_width)))
        }) {
            previous.text.push(' ');
            previous.text.push_str(&line.text);
            continue;
        }
        let Some(previous) = out
            .last_mut()
            .filter(|previous| !previous.is_blank() && !previous.is_bullet())
            .filter(|_| !line.is_blank() && !line.is_bullet())
        else {
            out.push(line.clone());
            continue;
        };
        if complete_cells_beside_dates(previous, line) || complete_title_cell(previous, line) {
            continue;
        }
        if closes_a_parenthesis(previous, line)
            || title_wraps_after_its_separator(previous, line, column_width)
        {
            previous.text.push(' ');
            previous.text.push_str(line.text.trim_start());
            continue;
        }
        if let Some(rest) = complete_dates_cell(previous, line) {
            if !rest.is_empty() {
                out.push(Line {
                    text: rest,
                    indent: line.indent,
                });
            }
        } else if wraps_onto(previous, line) || overflows_onto(previous, line, column_width) {
            previous.text.push(' ');
            previous.text.push_str(&line.text);
        } else {
            out.push(line.clone());
        }
    }
    out
}

/// Whether `line` is only the end of the date range that the header line `previous` ends
/// with, cut at the column's edge before its dash: "… | San Marcos, TX | 2013" over "– 2015".
fn ends_the_range_of(previous: &Line, line: &Line) -> bool {
    let Some(rest) = line.text.strip_prefix(['–', '—', '-']) else {
        return false;
    };
    if words(rest) > 2 || dates::find_range(&previous.text).is_some() {
        return false;
    }
    let joined = format!("{} {}", previous.text, line.text);
    dates::find_range(&joined).is_some_and(|range| {
        range.span.0 < previous.text.len()
            && joined[range.span.1..].chars().all(|c| !c.is_alphanumeric())
    })
}

/// Whether `line` closes a parenthesis that the header line `previous` opened: "Finance
/// Graduate (Rotational" over "Programme) — Harcourt & Lyle Consumer Brands plc".
fn closes_a_parenthesis(previous: &Line, line: &Line) -> bool {
    let opened = previous.text.matches('(').count() > previous.text.matches(')').count();
    let closes = line.text.find(')').is_some_and(|close| {
        line.text[..close].split_whitespace().count() <= 3 && !line.text[..close].contains('(')
    });
    opened && closes && line.indent <= previous.indent + 1
}

/// Whether a title that follows its employer's name was cut where the column ended: "Sierra
/// Peak Electric — Journeyman" over "Electrician / Foreman". The words before the cut do not
/// make a title and the next line's first word did not fit; a town after the name ("Northgate
/// Digital — Leeds" over "DevOps Engineer") left room to spare.
fn title_wraps_after_its_separator(previous: &Line, line: &Line, column_width: usize) -> bool {
    let Some((_, begun)) = previous.text.rsplit_once(" — ") else {
        return false;
    };
    let next_word = line.text.split_whitespace().next().unwrap_or_default();
    let did_not_fit =
        (previous.text.chars().count() + 1 + next_word.chars().count()) * 100 >= column_width * 85;
    did_not_fit
        && words(begun) <= 3
        && !is_title_like(begun)
        && is_title_like(&format!("{begun} {}", line.text))
        && !line.text.contains(" — ")
        && !line.text.contains('\t')
        && dates::find_single(&line.text).is_none()
        && words(&line.text) <= 4
        && line.indent <= previous.indent + 1
}

/// Whether `line` is only the rest of the dates that `previous` ends with, cut at the dates
/// cell's edge: after the range's dash ("Cobalt Freight Ltd<tab>09/2019 —" over "02/2022",
/// "Aug 2019 to" over "Present") or inside the duration written after it ("July 2018 —
/// Current · 3" over "yrs 2 mos"). Joined, the range runs from inside `previous` to the end.
fn completes_the_dates_of(previous: &Line, line: &Line) -> bool {
    let before = previous.text.trim_end();
    if words(&line.text) > 4 {
        return false;
    }
    let joined = format!("{before} {}", line.text.trim());
    dates::find_range(&joined).is_some_and(|range| {
        range.span.0 < before.len() && range.span.1 > before.len() && range.span.1 == joined.len()
    })
}

/// When `previous` is a title cut short beside its dates ("Senior Product Manager, Onboarding
/// &<tab>Oct 2021 – Present") and `line` holds only the rest of the title ("Activation"),
/// completes the title in `previous`.
fn complete_title_cell(previous: &mut Line, line: &Line) -> bool {
    let Some((cell, beside)) = previous.text.split_once('\t') else {
        return false;
    };
    let last_word = cell.split_whitespace().last().unwrap_or_default();
    let cut_short = cell.ends_with(['&', ',', '/'])
        || ["at", "of", "and", "for", "the"]
            .iter()
            .any(|word| last_word.eq_ignore_ascii_case(word));
    let rest_of_title = !line.text.contains('\t')
        && dates::find_single(&line.text).is_none()
        && words(&line.text) <= 4
        && line.indent <= previous.indent + 1;
    // With no cue at the cut, a cell that stops short of the role's noun ("Graduate Research")
    // over a word or two that name a role and no employer ("Assistant") is one title. A cell
    // of one word, or one that names an organisation, is an employer dated beside its name
    // with the title below ("Whole Foods Market<tab>2017" over "Shift Supervisor").
    let completes_a_role = !is_title_like(last_word)
        && words(cell) >= 2
        && !is_company_like(cell)
        && !ends_with_legal_form(cell)
        && words(&line.text) <= 2
        && is_title_like(&line.text)
        && !is_company_like(&line.text)
        && !is_location(&line.text)
        // "Recruiter · Remote" is a title line of its own, set apart from its place.
        && !line.text.contains(['·', '|', ',', '—', '–']);
    if !((cut_short || completes_a_role) && rest_of_title && dates::is_only_dates(beside)) {
        return false;
    }
    previous.text = format!("{cell} {}\t{beside}", line.text);
    true
}

/// When `previous` is a title cell beside a dates cell and both were cut short in the same row
/// ("…, Facilities Department<tab>August 2019 -" over "Lead<tab>Present"): the dates cell's
/// wrap shows the row wrapped, so each cell is completed by the one below it.
fn complete_cells_beside_dates(previous: &mut Line, line: &Line) -> bool {
    let (Some((cell, beside)), Some((rest_of_cell, rest_of_beside))) =
        (previous.text.split_once('\t'), line.text.split_once('\t'))
    else {
        return false;
    };
    let (cell, rest_of_cell) = (cell.trim(), rest_of_cell.trim());
    let whole_dates = format!("{} {}", beside.trim(), rest_of_beside.trim());
    let dates_cut = dates::find_range(beside).is_none()
        && dates::find_range(&whole_dates).is_some()
        && dates::is_only_dates(&whole_dates);
    let rest_of_title = words(rest_of_cell) <= 4 && dates::find_single(rest_of_cell).is_none();
    if !(dates_cut && rest_of_title && line.indent <= previous.indent + 1) {
        return false;
    }
    let title = format!("{cell} {rest_of_cell}");
    previous.text = format!("{}\t{whole_dates}", title.trim_end());
    true
}

/// When `previous` starts with a dates cell cut short ("Mar 2022 –") and `line` starts with the
/// rest of it ("Present"), completes the cell in `previous` and returns what is left of `line`.
fn complete_dates_cell(previous: &mut Line, line: &Line) -> Option<String> {
    let (rest_of_cell, rest_of_line) = line.text.split_once('\t').unwrap_or((&line.text, ""));
    // The range must start in the first row: "Mar" over "2022 – Present" too. A whole range
    // can still be followed by a duration cut after its amount ("2021-09 – Current · 3" over
    // "yrs 2 mos").
    let completed_by_line = |cell: &str| {
        let whole_cell = format!("{cell} {rest_of_cell}");
        let range_completed = dates::find_range(cell).is_none()
            && dates::find_range(&whole_cell).is_some_and(|range| range.span.0 < cell.len());
        let duration_completed =
            dates::is_only_dates(cell) && dates::is_rest_of_a_duration(rest_of_cell);
        (range_completed || duration_completed) && dates::is_only_dates(&whole_cell)
    };
    let (cell, beside) = match previous.text.split_once('\t') {
        Some(cells) => cells,
        // A dates cell set too close to the title beside it to leave a gap ("Aug 2019–Feb
        // Data Scientist" over "2022<tab>Roamly Marketplace"): the cell is the longest run
        // of first words that the next row's first cell completes.
        None if !rest_of_line.is_empty() => {
            let end = previous
                .text
                .match_indices(' ')
                .map(|(index, _)| index)
                .rfind(|&index| completed_by_line(&previous.text[..index]))?;
            (&previous.text[..end], &previous.text[end + 1..])
        }
        None => return None,
    };
    if !completed_by_line(cell) {
        return None;
    }
    let whole_cell = format!("{cell} {rest_of_cell}");
    let rest_of_line = rest_of_line.to_owned();
    previous.text = format!("{whole_cell}\t{beside}");
    Some(rest_of_line)
}

/// Whether `line` is the end of the header line `previous`, wrapped at the column's edge: the
/// header stops on a separator or a linking word, or joining them completes a date or a place,
/// or the line is only the last words of a company's name ("Systems, Auburn Hills, MI").
fn wraps_onto(previous: &Line, line: &Line) -> bool {
    let header = &previous.text;
    if ends_a_sentence(header) || words(&line.text) > 8 {
        return false;
    }
    // A name cut after a word that only ever joins two others: "…, Ciudad de" over "México",
    // "— Ministry of" over "Health, Nairobi".
    let cut_after_a_joining_word = header
        .split_whitespace()
        .last()
        .is_some_and(|word| ["de", "del", "of", "and", "&", "for", "y", "the"].contains(&word));
    if cut_after_a_joining_word
        && dates::find_range(header).is_some()
        && dates::find_range(&line.text).is_none()
        && line.text.starts_with(char::is_uppercase)
    {
        return true;
    }
    // A place cut in two ("…, Austin," over "TX"), or a town alone after a comma ("…,
    // Khatabook Pro," over "Bengaluru"), joins whatever the header line looks like.
    let joined = format!("{header} {}", line.text);
    // The place may be cut before the dates that end the header ("…, Austin," over "TX (Mar.
    // 2021 — Now)"): the place is judged without them.
    let joined = match dates::find_range(&joined) {
        Some(range) if range.span.0 >= header.len() => joined[..range.span.0]
            .trim_end_matches(|c: char| c.is_whitespace() || "(|·–—-".contains(c))
            .to_owned(),
        _ => joined,
    };
    // A line of dates alone adds nothing to a place.
    let completes_a_place = joined.len() > header.len()
        && (without_location(&joined)
            .is_some_and(|name| name.len() < header.trim_end_matches(',').len())
            || (header.ends_with(',') && is_bare_place(&line.text)))
        && line.indent <= previous.indent + 1;
    // The last words of a company's name: "Systems, Auburn Hills, MI", "Brands plc | Reading".
    let first_field = line.text.split(['|', '\t', ',']).next().unwrap_or_default();
    let ends_a_name = first_field.chars().any(char::is_alphanumeric)
        && !COMPANY_WORDS
            .replace_all(first_field, "")
            .chars()
            .any(char::is_alphanumeric)
        && !is_title_like(first_field)
        && line.indent <= previous.indent + 1;
    if completes_a_place || ends_a_name {
        return true;
    }
    // The field the wrap cut: from the last separator of the header line on.
    let field_start = header.rfind(['|', '\t', ',', '—']).map_or(0, |index| {
        index + header[index..].chars().next().map_or(1, char::len_utf8)
    });
    let field = format!("{} {}", header[field_start..].trim_start(), line.text);
    let cut_at = header.len() - field_start;
    let completes_a_date = dates::find_range(&field)
        .or_else(|| dates::find_lone(&field))
        .is_some_and(|date| date.span.0 < cut_at && date.span.1 > cut_at);
    // Right-aligned dates wrap to the right; the rest of a header wraps to its left edge.
    if completes_a_date {
        return true;
    }
    let last_word = header.split_whitespace().last().unwrap_or_default();
    let ends_on_a_linking_word = header.ends_with('&')
        || ["at", "of", "and", "for", "the"]
            .iter()
            .any(|word| last_word.eq_ignore_ascii_case(word));
    // No name ends on "of" or "&": "Graduate Research Assistant, University of" over "Texas
    // at Austin, Austin, TX" is one line, in whatever form the header is set.
    if ends_on_a_linking_word
        && dates::find_single(&line.text).is_none()
        && line.indent <= previous.indent + 1
    {
        return true;
    }
    let looks_like_header =
        header.contains(['|', '\t', '—', '–']) || dates::find_single(header).is_some();
    if !looks_like_header {
        return false;
    }
    let stops_short = header.ends_with(['|', ',', '–', '—', '-', '/', '·']);
    stops_short && line.indent <= previous.indent + 1
}

/// Whether `line` holds the end of a header line that filled the column and names no place
/// yet: "Mar 2021 – Present Senior Underwriter — Northwind" over "Credit Union, Columbus, OH"
/// (a place and no date to come), or "Teacher | Westbrook College" over "Prep High School |
/// Chicago, IL | August 2019 - Present" (the rest of the fields, dates included).
fn overflows_onto(previous: &Line, line: &Line, column_width: usize) -> bool {
    let header = &previous.text;
    let fills_the_column = header.chars().count() * 10 >= column_width * 7;
    if line.indent > previous.indent + 1 || !fills_the_column {
        return false;
    }
    if names_a_place(header) {
        return false;
    }
    let Some(range) = dates::find_range(header).or_else(|| dates::find_lone(header)) else {
        return (header.contains(" | ")
            && line.text.contains(" | ")
            && dates::find_range(&line.text).is_some())
            || name_and_place_run_on(header, &line.text);
    };
    // One run of text from the dates on, in which the employer's name has started after the
    // title ("— Northwind"): a table's title cell beside its dates cell is no such run, and a
    // title alone over "Company, City, ST" is a header of two lines.
    // The wrap may fall just before the separator: "… Department Lead" over "— Westbrook
    // College Prep High School, Chicago, IL".
    let (rest, starts_at_separator) = match line.text.strip_prefix(['—', '|']) {
        Some(rest) if rest.starts_with(' ') => (rest.trim_start(), true),
        _ => (line.text.as_str(), false),
    };
    let after_dates = &header[range.span.1..];
    let name_runs_on = after_dates.chars().any(char::is_alphanumeric)
        && !after_dates.contains('\t')
        && (starts_at_separator
            || [" — ", " | ", " at ", " @ "]
                .iter()
                .any(|separator| after_dates.contains(separator)));
    // "Partners, Dallas, TX" names a title word too, but no more than it names a firm.
    // The place may be a town alone ("— Khatabook Pro, Bengaluru").
    if name_runs_on && ends_a_name_before_its_place(rest) {
        return true;
    }
    // The wrap may cut the title itself, right after the dates: "Feb 2018 – May 2019 Sous"
    // over "Chef — The Grey Plume, Omaha, NE".
    let begun = after_dates.trim_matches(|c: char| c.is_whitespace() || "·•|,–—-".contains(c));
    let Some((rest_of_title, employer)) = line.text.split_once(" — ") else {
        return false;
    };
    !begun.is_empty()
        && words(begun) <= 3
        && !begun.contains(['|', '\t', '—'])
        && !is_title_like(begun)
        && is_title_like(&format!("{begun} {rest_of_title}"))
        && words(rest_of_title) <= 3
        && ends_a_name_before_its_place(employer)
}

/// Whether `rest` holds only the end of an employer's name and its place ("Hospital Medical
/// Center, Cincinnati, OH", "USA, New York, NY"): it ends with a place, names no date, and
/// reads no more as a title than as a firm.
fn ends_a_name_before_its_place(rest: &str) -> bool {
    let ends_with_a_place = without_location(rest)
        .is_some_and(|name| !name.is_empty() && name.len() < rest.len())
        || rest.rsplit_once(", ").is_some_and(|(name, town)| {
            !name.trim().is_empty() && !town.contains(' ') && is_bare_place(town)
        });
    ends_with_a_place
        && dates::find_single(rest).is_none()
        && leaning(rest) <= 0
        && words(rest) <= 8
}

/// A header of fields set without dates that filled the column, the title first and the
/// employer's name begun ("Registered Nurse, Cardiac Intensive Care, Cincinnati Children's"),
/// over the rest of the name and the place ("Hospital Medical Center, Cincinnati, OH"). A title
/// alone over "Company, City, ST" is a header of two lines: it has no field after the title.
fn name_and_place_run_on(header: &str, line: &str) -> bool {
    let Some((title, begun)) = header.split_once([',', '—', '|']) else {
        return false;
    };
    let begun = begun.trim_start_matches([',', '—', '|', ' ']);
    let first_field = line.split(',').next().unwrap_or_default();
    // A comma inside the title's note begins no name: "Trainee Zookeeper (Ausbildung zur
    // Tierpflegerin, Fachrichtung Zoo)".
    let inside_a_note = title.matches('(').count() > title.matches(')').count();
    !inside_a_note
        && is_title_like(title)
        && !begun.is_empty()
        && !is_title_like(first_field)
        && ends_a_name_before_its_place(line)
}

/// Whether a line names a place in one of its fields ("…, Boise, ID", "Remote").
fn names_a_place(text: &str) -> bool {
    text.split(['\t', '|', '·', '(', ')'])
        .map(str::trim)
        .filter(|piece| !piece.is_empty())
        .any(|piece| without_location(piece).is_none_or(|name| name.len() < piece.len()))
}

fn classify<'a>(lines: &[&'a Line]) -> Vec<LineInfo<'a>> {
    let mut infos: Vec<LineInfo<'a>> = Vec::with_capacity(lines.len());
    for line in lines {
        let after_bullets = infos
            .iter()
            .rev()
            .find(|info| !info.line.is_blank())
            .is_some_and(|info| info.line.is_bullet() || info.continuation);
        let range = if line.is_bullet() || (after_bullets && is_dated_note(&line.text)) {
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

/// A note in parentheses with dates of its own, as written under a job's bullets: "(Parental
/// leave Apr. 2022 – Mar. 2023)". A line of dates alone in parentheses is a header's.
fn is_dated_note(text: &str) -> bool {
    let Some(inner) = text
        .trim()
        .strip_prefix('(')
        .and_then(|rest| rest.strip_suffix(')'))
    else {
        return false;
    };
    dates::find_range(inner).is_some_and(|range| {
        beside_the_dates(inner, &range)
            .chars()
            .any(char::is_alphabetic)
    })
}

/// A job dated once ("Sales Associate, 2011", "Summer 2014"): a short line that is not a
/// sentence, whose only date is a year or a month and year.
fn lone_date(line: &Line) -> Option<DateRange> {
    let text = &line.text;
    // A header set out in fields ("Summer Camp Counselor | Chicago Park District | Chicago, IL |
    // Summer 2014", "2014 Registered Nurse — Cincinnati Children's Hospital Medical Center,
    // Cincinnati, OH") runs longer than a sentence that happens to name a year.
    let most_words = if text.contains(['|', '\t', '—']) {
        16
    } else {
        12
    };
    // "since 04/2019" starts in lower case as a sentence going on would, but is only a date.
    let opens_with_since = text
        .split_whitespace()
        .next()
        .is_some_and(|word| ["since", "from"].contains(&word));
    if words(text) > most_words
        || ends_a_sentence(text)
        || (starts_a_sentence_mid_way(text) && !opens_with_since)
    {
        return None;
    }
    // A year that opens a note in parentheses dates the note, not a job: "Hamlet (2024, dir.
    // Marcus Ohanian)". So does one that a note's own words lead to: "Cellar Hand (vintage
    // 2015)", "(class of 2019)"; "(since 2015)" still dates the job.
    dates::find_lone(text).filter(|date| {
        let before = &text[..date.span.0];
        let opens_a_note = before.trim_end().ends_with('(')
            && text[date.span.1..].trim_start().starts_with([',', ';']);
        let led_to_by_a_note = before
            .rsplit_once('(')
            .map(|(_, note)| note.trim())
            .is_some_and(|note| {
                !note.contains(')')
                    && note.starts_with(char::is_lowercase)
                    && !["since", "from", "until", "till", "to"]
                        .iter()
                        .any(|word| note.split_whitespace().last() == Some(word))
            });
        !opens_a_note && !led_to_by_a_note
    })
}

/// Whether text ends as a sentence does, with a full stop that closes no abbreviation: not
/// "Brightwire Payroll, Inc." or "Acme Co." or "J.P."
fn ends_a_sentence(text: &str) -> bool {
    let Some(rest) = text.strip_suffix('.') else {
        return false;
    };
    // "(Jul." in "…, Brooklyn, NY (Jul." is a month's abbreviation all the same.
    let last_word = rest
        .rsplit([' ', ','])
        .next()
        .unwrap_or_default()
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    !(is_company_suffix(last_word)
        || dates::is_month_abbreviation(last_word)
        || last_word.contains('.')
        || (last_word.chars().count() <= 2 && last_word.starts_with(char::is_uppercase))
        // A town's region ends the line short: "Cosméticos Alba S.A.<tab>Guadalajara, Jal.".
        || text.rsplit('\t').next().is_some_and(|cell| {
            let pieces: Vec<&str> = cell.rsplitn(3, ", ").collect();
            matches!(pieces.as_slice(), [region, town, ..]
                if is_town_and_abbreviated_region(&format!("{town}, {region}")))
        }))
}

/// Whether text starts in lower case as the tail of a sentence does, unlike a name such as
/// "eBay" or "bol.com" (but as "e.g." does).
fn starts_a_sentence_mid_way(text: &str) -> bool {
    let first_word = text.split_whitespace().next().unwrap_or_default();
    let is_domain = first_word
        .trim_end_matches(['.', ','])
        .rsplit_once('.')
        .is_some_and(|(_, ending)| ending.chars().count() >= 2);
    first_word.starts_with(char::is_lowercase)
        && !first_word.chars().skip(1).any(char::is_uppercase)
        && !is_domain
}

/// An employer whose name is written in lower case ("athenahealth, Watertown, MA", "bol.com"
/// is a domain already): a line that starts so is a header, not a sentence going on, when it
/// ends with the employer's place or legal form.
fn names_an_employer_in_lower_case(text: &str) -> bool {
    names_a_place(text) || ends_with_legal_form(text)
}

/// Words with a letter or digit in them, so separators ("|", "–") do not count.
fn words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .count()
}

/// Whether `line` wraps the text of `previous` rather than starting something new.
fn continues(previous: &LineInfo<'_>, line: &Line, last_bullet: Option<&LineInfo<'_>>) -> bool {
    let in_bullet = previous.line.is_bullet() || previous.continuation;
    if !in_bullet || previous.line.is_blank() {
        return false;
    }
    let indented_under_bullet = last_bullet.is_some_and(|bullet| line.indent > bullet.line.indent);
    let open_sentence = !previous.line.text.ends_with(['.', '!', '?', ';']);
    indented_under_bullet || (open_sentence && starts_a_sentence_mid_way(&line.text))
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

/// The separators resumes put between title, company, location and dates, strongest first.
const SEPARATORS: [&[&str]; 7] = [
    &["\t", "  "],
    &[" | ", "|"],
    &[" · ", " • ", " ∙ "],
    &[" — ", "—", " -- "],
    &[" – "],
    &[" - "],
    &[" / "],
];

/// Where `SEPARATORS` has " – ", the first of the dashes that also join words of a title.
const EN_DASH: usize = 4;
/// Where `SEPARATORS` has " / ", which also joins two titles held at once.
const SLASH: usize = 6;
/// The weakest separator that only ever stands between fields (title, company, place), never
/// inside one as a dash can ("Registered Nurse – Cardiac Step-Down").
const STRONGEST_INSIDE_A_FIELD: usize = 2;

/// A span of a header line, and the strength (index into `SEPARATORS`) of the separator
/// before it.
#[derive(Debug, Clone, Copy)]
struct Part {
    start: usize,
    end: usize,
    strength: usize,
}

/// The parts of a header line that name something, split at its strongest separator only, so
/// that "Registered Nurse – Cardiac | St. Brendan's | Boston, MA" is "Registered Nurse –
/// Cardiac" and "St. Brendan's". Places and punctuation around the parts are left out.
fn split_parts(text: &str) -> Vec<Part> {
    let mut pieces = vec![Part {
        start: 0,
        end: text.len(),
        strength: usize::MAX,
    }];
    for (strength, separators) in SEPARATORS.iter().enumerate() {
        pieces = pieces
            .into_iter()
            .flat_map(|piece| split_span(text, piece, strength, separators))
            .collect();
    }

    let mut named: Vec<Part> = Vec::new();
    // The strongest separator since the last part kept, a place between two parts included.
    let mut separator = usize::MAX;
    for piece in pieces {
        separator = separator.min(piece.strength);
        let Some((start, end)) = naming_span(text, piece.start, piece.end) else {
            continue;
        };
        let joins_two_titles = separator == SLASH
            && named
                .last()
                .is_some_and(|previous| is_title_like(&text[previous.start..previous.end]))
            && text[start..end]
                .split(", ")
                .next()
                .is_some_and(is_title_like);
        match named.last_mut() {
            Some(previous) if joins_two_titles => previous.end = end,
            _ => named.push(Part {
                start,
                end,
                strength: if named.is_empty() {
                    usize::MAX
                } else {
                    separator
                },
            }),
        }
        separator = usize::MAX;
    }

    let Some(mut strongest) = named.iter().skip(1).map(|part| part.strength).min() else {
        return named;
    };
    // "Registered Nurse – Cardiac Step-Down, Mercy Valley Hospital": a comma after a dash
    // ends the title, so the dash stays inside it. (Before a town, "Project Manager – Summit
    // Ridge, Denver", the dash is still the split.)
    let comma_after_dash = strongest >= EN_DASH
        && named.last().is_some_and(|last| {
            text[last.start..last.end]
                .rsplit_once(", ")
                .is_some_and(|(_, after)| !is_bare_place(without_note(after)))
        });
    if comma_after_dash {
        strongest = usize::MAX;
    }
    let mut parts: Vec<Part> = Vec::new();
    for part in named {
        match parts.last_mut() {
            Some(previous) if part.strength != strongest => previous.end = part.end,
            _ => parts.push(part),
        }
    }
    parts
}

/// Splits `piece` at every occurrence of any of `separators`.
fn split_span(text: &str, piece: Part, strength: usize, separators: &[&str]) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut start = piece.start;
    let mut before = piece.strength;
    loop {
        let rest = &text[start..piece.end];
        let found = separators
            .iter()
            .filter_map(|separator| rest.find(separator).map(|at| (at, separator.len())))
            .min_by_key(|&(at, len)| (at, std::cmp::Reverse(len)));
        let Some((at, len)) = found else {
            break;
        };
        parts.push(Part {
            start,
            end: start + at,
            strength: before,
        });
        start += at + len;
        before = strength;
    }
    parts.push(Part {
        start,
        end: piece.end,
        strength: before,
    });
    parts
}

/// The span of `text[start..end]` without surrounding punctuation or a trailing place;
/// `None` when nothing is left that names something.
fn naming_span(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let piece = &text[start..end];
    // A bracket is punctuation only when its partner is not in the piece too.
    let is_edge = |c: char| {
        c.is_whitespace()
            || matches!(c, ',' | ';' | ':' | '-' | '–' | '—')
            || (c == '(' && !piece.contains(')'))
            || (c == ')' && !piece.contains('('))
    };
    // An opening bracket last, or a closing one first, encloses nothing of the name: the dates
    // it held are gone ("National Service Personnel (Newsroom) (").
    let leading = piece.len()
        - piece
            .trim_start_matches(|c: char| is_edge(c) || c == ')')
            .len();
    let trimmed = piece[leading..].trim_end_matches(|c: char| is_edge(c) || c == '(');
    if !trimmed.chars().any(char::is_alphanumeric) {
        return None;
    }
    // The place is cut off the end, so what names something starts where the piece does.
    let mut named = without_location(trimmed)?;
    if named.len() == trimmed.len() {
        named = without_listed_town(&named);
    }
    Some((start + leading, start + leading + named.len()))
}

/// What text sets in parentheses at its end, and what comes before them: "Lakeshore
/// Repertory Theatre (Toronto)" is ("Lakeshore Repertory Theatre", "Toronto").
fn bracketed_at_the_end(text: &str) -> Option<(&str, &str)> {
    text.trim_end()
        .strip_suffix(')')
        .and_then(|open| open.rsplit_once(" ("))
}

/// Whether a note in parentheses after an employer gives another name it goes by: "Dollar
/// Depot (formerly Bargain Barn)", "(t/a Cafe Rosa)". That is part of the name as written,
/// unlike a note on the work ("(contract through Brazos Industrial Staffing)").
fn is_another_name(note: &str) -> bool {
    [
        "formerly ",
        "previously ",
        "now ",
        "née ",
        "trading as ",
        "t/a ",
        "aka ",
        "a.k.a. ",
    ]
    .iter()
    .any(|opening| note.starts_with(opening))
}

/// Text without a note in lower case in parentheses at its end: "Stockport (while at school)"
/// is the town "Stockport".
fn without_note(text: &str) -> &str {
    match bracketed_at_the_end(text) {
        Some((before, note))
            if note.starts_with(char::is_lowercase) && !before.trim().is_empty() =>
        {
            before.trim_end()
        }
        _ => text,
    }
}

/// Drops a trailing ", City, ST" from a company piece; `None` if the piece is only a place.
fn without_location(piece: &str) -> Option<String> {
    if is_location(piece) {
        return None;
    }
    let mut cut = piece.len();
    // After a dash: "Lone Star Ironworks - Midland, TX".
    for separator in [" — ", " – ", " - "] {
        if let Some((name, place)) = piece.rsplit_once(separator)
            && is_location(place)
            && !name.trim().is_empty()
        {
            return Some(name.trim().to_owned());
        }
    }
    for (index, _) in piece.match_indices(", ") {
        let rest = &piece[index + 2..];
        // "Northwind Traders, Columbus" is a company and its town; "Senior Software Engineer,
        // Payments Platform" is a title and its specialty, though "Software" names companies too.
        let company_before = is_company_like(&piece[..index]) && leaning(&piece[..index]) < 0;
        if is_location(rest) || (company_before && is_town_after(&piece[..index], rest)) {
            cut = index;
            break;
        }
    }
    // Or in parentheses: "Airbnb (San Francisco, CA)", "Lyft (Remote)", and after a company's
    // name a town and its region however written: "Borneo Offshore Energy Sdn. Bhd. (Miri,
    // Sarawak)".
    if let Some(index) = piece[..cut].find(" (") {
        let inside = &piece[index + 1..cut];
        let name = &piece[..index];
        let names_a_company = is_company_like(name) || ends_with_legal_form(name);
        let town_and_region = inside
            .strip_prefix('(')
            .and_then(|rest| rest.strip_suffix(')'))
            .is_some_and(|places| {
                // One name alone may be the employer's own ("(Regular Force)", "(Bundeswehr)").
                let places: Vec<&str> = places.split(", ").collect();
                places.len() == 2 && places.iter().all(|place| is_bare_place(place))
            });
        // After a legal form a name in parentheses is no alias: "Kinabalu Petroleum Services
        // Sdn. Bhd. (Kuala Lumpur)".
        let town_after_legal_form = ends_with_legal_form(name)
            && inside
                .strip_prefix('(')
                .and_then(|rest| rest.strip_suffix(')'))
                .is_some_and(is_bare_place);
        if is_location(inside) || (names_a_company && town_and_region) || town_after_legal_form {
            cut = index;
        }
    }
    Some(piece[..cut].trim().to_owned())
}

/// A title, company and town listed with commas, without the town: "DevOps Engineer,
/// Northgate Digital, Leeds". Only a one-word town is read so, as a two-word last field is as
/// likely a company ("Account Executive, SMB, Brightwire Payroll").
fn without_listed_town(piece: &str) -> String {
    match piece.rsplit_once(", ") {
        Some((rest, town)) if rest.contains(", ") && !town.contains(' ') && is_bare_place(town) => {
            rest.to_owned()
        }
        _ => piece.to_owned(),
    }
}

/// A company without the town written after it ("Northgate Digital, Leeds"), nor a
/// description after a dash that goes on in lower case ("Autohaus Neckartal GmbH, Stuttgart –
/// authorised VW/Audi dealer").
fn without_town(company: &str) -> String {
    // A place in a column of its own: "Al-Huda Computers<tab>Hall Road, Lahore".
    let company = match company.rsplit_once('\t') {
        Some((name, place)) if !name.trim().is_empty() && names_only_places(place.trim()) => {
            name.trim_end()
        }
        _ => company,
    };
    // So is a site after a dash: "Athabasca Sands Mining Ltd. -- Mildred Lake site, north of
    // Fort McMurray".
    let company = [" — ", " – ", " -- ", " - "]
        .iter()
        .find_map(|separator| {
            let (name, description) = company.split_once(separator)?;
            // One word in lower case is a note on the terms too: "Kobby Asante Voice &
            // Events — self-employed", "Self-employed — freelance".
            let describes = description.starts_with(char::is_lowercase)
                && (description.split_whitespace().count() >= 2 || is_terms_note(description));
            let site = description
                .split(", ")
                .next()
                .is_some_and(|first| is_local_site(first.trim()));
            ((describes || site) && !name.trim().is_empty()).then_some(name.trim())
        })
        .unwrap_or(company);
    // A note after the town is the line's, not the name's: "Sundaram Multispeciality
    // Hospital, Chennai (NABH accredited, 350 beds)"; so is one in lower case after the name:
    // "RDP Strength (online and studio coaching)".
    let company = match bracketed_at_the_end(company) {
        Some((before, note))
            if ((note.starts_with(char::is_lowercase) && !is_another_name(note))
                || before
                    .rsplit_once(", ")
                    .is_some_and(|(_, town)| is_bare_place(town)))
                && !before.trim().is_empty() =>
        {
            before
        }
        _ => company,
    };
    // The department before its institution: "Department of General Medicine, Coromandel
    // Medical College Hospital". A department that employs people itself stands alone
    // ("Department of Children and Families"), as does a government's, which is written with
    // the ministry or government over it ("Department of Refugee Services, Ministry of
    // Interior").
    let company = match company.split_once(", ") {
        Some((department, institution))
            if ["Department of ", "Dept. of ", "Division of "]
                .iter()
                .any(|prefix| department.starts_with(prefix))
                && is_company_like(&without_town(institution))
                && !["Ministry of ", "Government of ", "County Government of "]
                    .iter()
                    .any(|prefix| institution.starts_with(prefix)) =>
        {
            institution
        }
        _ => company,
    };
    // A town alone in parentheses after the name: "Lakeshore Repertory Theatre (Toronto)".
    let company = match bracketed_at_the_end(company) {
        Some((name, town))
            // One word only: "(Regular Force)" is shaped like a town of two words.
            if is_bare_place(town)
                && !town.contains(' ')
                && !is_terms_note(&town.to_lowercase())
                && !name.trim().is_empty() =>
        {
            name.trim_end()
        }
        _ => company,
    };
    // The institution before its department: "Nairobi City County, ICT Department".
    let company = match company.rsplit_once(", ") {
        Some((institution, unit))
            if ["Department", "Dept.", "Division", "Unit", "Section"]
                .iter()
                .any(|noun| unit.ends_with(&format!(" {noun}")))
                && unit.split_whitespace().count() <= 4
                && is_company_like(institution) =>
        {
            institution
        }
        _ => company,
    };
    let company = match company.rsplit_once(", ") {
        Some((name, town)) if is_town_after(name, town) && !name.trim().is_empty() => name.trim(),
        _ => company,
    };
    // A part of town written with its number, between a company and its town: "SmileCare
    // Dental Clinic, DHA Phase 5".
    match company.rsplit_once(", ") {
        Some((name, area))
            if (is_company_like(name) || ends_with_legal_form(name))
                && area.chars().any(|c| c.is_ascii_digit())
                && area.starts_with(char::is_uppercase)
                && area.split_whitespace().count() <= 3 =>
        {
            name.trim().to_owned()
        }
        _ => company.to_owned(),
    }
}

/// A word in lower case for the terms of the work, after an employer's name.
fn is_terms_note(text: &str) -> bool {
    matches!(
        text.trim().trim_end_matches(['.', ')']),
        "self-employed"
            | "freelance"
            | "contract"
            | "contractor"
            | "part-time"
            | "full-time"
            | "temporary"
            | "seasonal"
            | "volunteer"
            | "remote"
            | "internship"
            | "placement"
    )
}

/// A district and its town, or a town and its region written out: "Eastwood City, Quezon
/// City", "Hall Road, Lahore", "Zaria, Kaduna State".
fn is_district_and_town(text: &str) -> bool {
    // Before its country, maybe: "Skipton, North Yorkshire, UK".
    let text = match text.rsplit_once(", ") {
        Some((rest, country)) if is_country(country) || ["UK", "US"].contains(&country) => rest,
        _ => text,
    };
    text.split_once(", ")
        .is_some_and(|(district, town)| is_bare_place(district) && is_bare_place(town))
}

/// A town, or the towns of one post: "Berlin / London", "Fort Hood, TX; Kandahar".
fn names_towns(text: &str) -> bool {
    let towns: Vec<&str> = text.split([';', '/', '&']).map(str::trim).collect();
    is_bare_place(text)
        || ((2..=3).contains(&towns.len())
            && towns
                .iter()
                .all(|town| is_bare_place(town) || is_location(town)))
}

/// Whether text names places and nothing else, however written.
fn names_only_places(text: &str) -> bool {
    is_location(text) || is_bare_place(text) || is_country(text) || is_district_and_town(text)
}

/// Whether `town` after a comma is the town of `name`: a bare place, or, after a name written
/// all in capitals, a town in capitals too ("NATIONAL BUREAU OF STATISTICS, ABUJA"), which
/// would otherwise read as a credential ("DDS").
fn is_town_after(name: &str, town: &str) -> bool {
    let district_and_town = is_district_and_town(town);
    // The towns of one post, after an employer that is plainly one ("Self-employed, Hawke's Bay
    // & Manawatu"); after a department's name they are as likely its functions ("Planning,
    // Development & Legislative Services").
    let lowered = name.to_lowercase();
    let plainly_an_employer = is_company_like(name)
        || ends_with_legal_form(name)
        || lowered.contains("self-employed")
        || lowered.starts_with("freelance");
    let towns_of_one_post = plainly_an_employer
        && town
            .split_once(" & ")
            .is_some_and(|(one, other)| is_bare_place(one) && is_bare_place(other));
    is_bare_place(town)
        || district_and_town
        || towns_of_one_post
        || (is_in_capitals(name)
            && is_in_capitals(town)
            && town.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && (is_company_like(name) || ends_with_legal_form(name))
            && is_bare_place(&capitalise_words(town)))
}

/// A town without its state or country ("London", "Bath", "Calumet City"), as it follows a
/// company's name: one or two capitalised words that name no company, title or legal form.
/// A lone abbreviation in capitals is a credential ("Dr. Kevin Tran, DDS"); the states and
/// countries written so are [`is_location`]'s.
fn is_bare_place(text: &str) -> bool {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    // A city's postal district: "Dublin 12".
    if words.len() == 2 && words[1].len() <= 2 && words[1].chars().all(|c| c.is_ascii_digit()) {
        words.pop();
    }
    let text = words.join(" ");
    let text = text.as_str();
    let abbreviation = |word: &str| {
        word.chars().count() <= 5 && word.chars().all(|c| c.is_uppercase() || c == '.')
    };
    // A particle joins the words of a town's name: "Ciudad de México", "Frankfurt am Main".
    let particle = |word: &&str| {
        [
            "de", "del", "da", "do", "dos", "la", "le", "upon", "am", "sur",
        ]
        .contains(word)
    };
    let named: Vec<&str> = match words.as_slice() {
        [first, middle @ .., last] => std::iter::once(*first)
            .chain(middle.iter().copied().filter(|word| !particle(word)))
            .chain(std::iter::once(*last))
            .collect(),
        _ => words.clone(),
    };
    !matches!(words.as_slice(), [word] if abbreviation(word))
        && (1..=2).contains(&named.len())
        && words.len() <= named.len() + 1
        // "S.A. de C.V." is a legal form.
        && (words.len() == named.len() || !named.iter().any(|word| abbreviation(word)))
        && named.iter().all(|word| is_a_place_name_word(word))
        && !is_company_suffix(text)
        && !is_company_like(text)
        && !is_title_like(text)
}

/// Title and company from the pieces of a header. `title_first` is the resume's habit, for
/// pieces that do not show which is which.
fn assign_roles(raw_pieces: &[String], title_first: Option<bool>) -> Role {
    let mut pieces: Vec<String> = Vec::new();
    for piece in raw_pieces {
        if let Some((title, company)) = split_title_at_company(piece) {
            pieces.push(title);
            pieces.push(company);
        } else {
            pieces.push(piece.clone());
        }
    }
    if let [piece] = pieces.as_slice()
        && let fields = comma_fields(piece)
        && let Some(person) = fields.iter().position(|field| addresses_a_person(field))
    {
        // A judge or doctor named in the header is the employer, with the court or practice
        // after them ("Law Clerk, Hon. Maria Delgado, U.S. District Court"): the fields before
        // the person are the title, if any.
        let title = fields[..person].join(", ");
        return Role {
            title: (!title.is_empty()).then_some(title),
            company: Some(fields[person..].join(", ")),
        };
    }
    if let [piece] = pieces.as_slice()
        && let Some((title, company)) = split_title_and_company(piece, title_first)
    {
        return Role {
            title: Some(title),
            company: Some(without_town(&company)),
        };
    }
    pieces.retain(|piece| !piece.is_empty());
    // A town among three or more pieces is where, and neither title nor company: "Nusantara
    // Marine Weather Sdn. Bhd. | Kuala Lumpur | Senior Marine Forecaster".
    if pieces.len() >= 3 {
        let named: Vec<String> = pieces
            .iter()
            .filter(|piece| !is_bare_place(piece) && !is_location(piece))
            .cloned()
            .collect();
        if named.len() >= 2 {
            pieces = named;
        }
    }

    // Without a word to tell them apart, titles come first ("Line Cook | Harbor & Vine")
    // unless the resume's other headers show otherwise.
    let title_index = title_position(&pieces).or_else(|| {
        let after_company = !title_first.unwrap_or(true) && pieces.len() > 1;
        (!pieces.is_empty()).then_some(usize::from(after_company))
    });
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
        company: company_index.map(|index| without_town(&pieces[index])),
    }
}

/// Which piece is the title, when one reads more like a title than every other: "Senior
/// Engineer" beside "Acme Corp", "Systems Administrator" beside "Northgate Digital".
fn title_position<S: AsRef<str>>(pieces: &[S]) -> Option<usize> {
    let score = |piece: &S| {
        let piece = piece.as_ref();
        (leaning(piece), is_title_like(piece))
    };
    let best = pieces.iter().map(score).max()?;
    let mut at_best = pieces
        .iter()
        .enumerate()
        .filter(|(_, piece)| score(piece) == best);
    let (position, _) = at_best.next()?;
    let clear = at_best.next().is_none() && best > (0, false);
    clear.then_some(position)
}

/// Whether a field names a person by a form of address, as a judge or a doctor who employs
/// someone is named ("Hon. Maria Delgado", "Judge Ann Ruiz", "Dr. Kevin Tran").
fn addresses_a_person(field: &str) -> bool {
    const ADDRESSES: [&str; 5] = ["hon", "honorable", "judge", "justice", "dr"];
    field.split_once(' ').is_some_and(|(first, rest)| {
        ADDRESSES.contains(&first.trim_end_matches('.').to_lowercase().as_str())
            && rest.starts_with(char::is_uppercase)
    })
}

/// The comma-separated fields of a piece, a legal form kept with its name ("Hargrove Whitley &
/// Pruitt, PLLC").
fn comma_fields(piece: &str) -> Vec<&str> {
    let mut fields: Vec<&str> = Vec::new();
    let mut field_start = 0;
    for (index, _) in piece.match_indices(", ") {
        let next_field = piece[index + 2..].split(", ").next().unwrap_or_default();
        // A legal form keeps to its name with a note after it: "Vertex CX Solutions, Inc.
        // (formerly TelePhil Contact Centers)".
        let next_field = bracketed_at_the_end(next_field).map_or(next_field, |(form, _)| form);
        // A comma inside parentheses is the note's: "Tuning Assistant (part-time, during
        // studies)".
        let in_a_note = piece[..index].matches('(').count() > piece[..index].matches(')').count();
        if !is_company_suffix(next_field) && !in_a_note {
            fields.push(&piece[field_start..index]);
            field_start = index + 2;
        }
    }
    fields.push(&piece[field_start..]);
    fields
}

/// Title and company written as one piece with commas: "Paralegal, Hargrove Whitley & Pruitt,
/// PLLC", "Account Executive, SMB, Brightwire Payroll", "Acme Corp, Senior Engineer". The
/// company is the first or the last field, with its legal form, whichever end reads less like a
/// title (the last when both read alike); the fields between belong to the title, a specialty.
/// When neither end names a title or company word, only the resume's habit (`title_first`)
/// splits it.
fn split_title_and_company(piece: &str, title_first: Option<bool>) -> Option<(String, String)> {
    let fields = comma_fields(piece);
    let (&first, rest) = fields.split_first()?;
    let &last = rest.last()?;
    let recognised = is_title_like(first) || is_title_like(last) || is_company_like(last);
    if !recognised && title_first.is_none() {
        return None;
    }
    let company_first = match leaning(first).cmp(&leaning(last)) {
        std::cmp::Ordering::Less => true,
        std::cmp::Ordering::Greater => false,
        std::cmp::Ordering::Equal => match (is_title_like(first), is_title_like(last)) {
            (false, true) => true,
            (true, false) => false,
            _ => title_first == Some(false),
        },
    };
    let (title, company) = if company_first {
        (fields[1..].join(", "), first)
    } else {
        (fields[..fields.len() - 1].join(", "), last)
    };
    Some((title, company.to_owned()))
}

fn is_company_suffix(text: &str) -> bool {
    // Written with or without full stops: "L.P.", "P.C.", "L.L.C.".
    let lower = text.replace('.', "").to_lowercase();
    // "P.A." (professional association) only with its stops: "PA" is Pennsylvania.
    if lower == "pa" {
        return text.contains('.');
    }
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
            | "spa"
            | "cpas"
            | "bhd"
            | "cv"
            | "sl"
            | "sas"
            | "sarl"
            | "aps"
            | "kft"
    )
}

fn split_title_at_company(piece: &str) -> Option<(String, String)> {
    for separator in [" at ", " @ ", " @", " At "] {
        // "Research Assistant, University of Texas at Austin": the "at" is inside the
        // employer's name, after the comma that ends the title.
        if let Some((left, right)) = piece.split_once(separator)
            // Not inside a note: "Saturday Assistant – Tresses (while at school)".
            && left.matches('(').count() == left.matches(')').count()
            && is_title_like(left)
            && !left
                .rsplit_once(", ")
                .is_some_and(|(_, employer)| is_company_like(employer))
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
    #[test]
    fn a_second_role_under_an_employer_and_its_town_keeps_its_specialty() {
        // The employer's line carries its town, the role's line its specialty: the next role
        // written the same way, without the employer again, is still the employer's.
        let entries = parse(
            "Ghana Statistical Service, Accra\n\
             Senior Statistician, Social & Demographic Statistics\tOctober 2019 – Present\n\
             \x20• Led sampling and weighting for the household survey.\n\
             Statistician II, Economic Statistics\tJune 2016 – September 2019\n\
             \x20• Compiled the monthly Consumer Price Index.",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Senior Statistician, Social & Demographic Statistics",
                    "Ghana Statistical Service",
                    "2019-10",
                    ""
                ),
                head(
                    "Statistician II, Economic Statistics",
                    "Ghana Statistical Service",
                    "2016-06",
                    "2019-09"
                ),
            ]
        );
    }

    #[test]
    fn a_specialty_after_the_title_stays_with_it_when_the_employer_has_its_own_line() {
        let entries = parse(
            "Senior Account Executive, Mid-Market\tFeb 2021 - Present\nLedgerly, Atlanta, GA\n\
             • Closed deals\n\
             Registered Nurse – Cardiac Step-Down\tJun 2017 – Feb 2020\n\
             Mercy Valley Hospital, Worcester, MA\n• Cared for patients\n\
             Mar 2014 – Jan 2016\nSupply Planner, Inventory\nDelta Home & Garden, Memphis, TN\n\
             • Planned stock\n\
             Staff Nurse – Medical-Surgical, Mercy Valley Hospital, Worcester, MA\n\
             Jun 2012 – Feb 2014\n• Cared for patients\n\
             Project Manager – Summit Ridge, Denver\tMay 2010 – May 2012\n• Ran pours",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Senior Account Executive, Mid-Market",
                    "Ledgerly",
                    "2021-02",
                    ""
                ),
                head(
                    "Registered Nurse – Cardiac Step-Down",
                    "Mercy Valley Hospital",
                    "2017-06",
                    "2020-02"
                ),
                head(
                    "Supply Planner, Inventory",
                    "Delta Home & Garden",
                    "2014-03",
                    "2016-01"
                ),
                head(
                    "Staff Nurse – Medical-Surgical",
                    "Mercy Valley Hospital",
                    "2012-06",
                    "2014-02"
                ),
                head("Project Manager", "Summit Ridge", "2010-05", "2012-05"),
            ]
        );
    }

    #[test]
    fn the_resumes_usual_title_line_settles_a_header_whose_lines_both_read_as_titles() {
        let entries = parse(
            "Hargrove & Pruitt, PLLC\tRaleigh, NC\nSenior Paralegal\tJanuary 2018 – Present\n\
             • Filed motions\n\
             Carolina Mutual Insurance Company\tDurham, NC\n\
             Claims Paralegal\tAugust 2014 – December 2017\n• Tracked claims\n\
             Wake County Clerk of Superior Court\tRaleigh, NC\nDeputy Clerk\t2012 – 2014",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head("Senior Paralegal", "Hargrove & Pruitt, PLLC", "2018-01", ""),
                head(
                    "Claims Paralegal",
                    "Carolina Mutual Insurance Company",
                    "2014-08",
                    "2017-12"
                ),
                head(
                    "Deputy Clerk",
                    "Wake County Clerk of Superior Court",
                    "2012",
                    "2014"
                ),
            ]
        );
    }

    #[test]
    fn roles_listed_under_one_employer_keep_their_specialty_and_the_employer() {
        let under_an_employer_line = parse(
            "Nationwide Children's Hospital, Columbus, OH\n\
             Charge Nurse, Pediatric ICU\tJune 2021 – Present\n\
             - Coordinated staffing\n\
             Staff Nurse, Pediatric ICU\tAug 2017 – May 2021\n\
             - Precepted new nurses\n\
             OhioHealth Riverside Methodist Hospital, Columbus, OH\n\
             Staff Nurse, Medical-Surgical\t2015 – 2017\n\
             - Managed a caseload",
        );
        assert_eq!(
            heads(&under_an_employer_line),
            vec![
                head(
                    "Charge Nurse, Pediatric ICU",
                    "Nationwide Children's Hospital",
                    "2021-06",
                    ""
                ),
                head(
                    "Staff Nurse, Pediatric ICU",
                    "Nationwide Children's Hospital",
                    "2017-08",
                    "2021-05"
                ),
                head(
                    "Staff Nurse, Medical-Surgical",
                    "OhioHealth Riverside Methodist Hospital",
                    "2015",
                    "2017"
                ),
            ]
        );
        let under_a_dated_employer = parse(
            "Target Corporation — Minneapolis, MN (2016 – Present)\n\
             Store Director (2020 – Present)\n\
             * Led a team of 120\n\
             Executive Team Leader, Operations (2016 – 2020)\n\
             * Cut backroom inventory by 22%\n\
             Best Buy — Richfield, MN\n\
             Sales Supervisor, 2013 – 2016\n\
             * Trained 30 associates",
        );
        assert_eq!(
            heads(&under_a_dated_employer),
            vec![
                head("Store Director", "Target Corporation", "2020", ""),
                head(
                    "Executive Team Leader, Operations",
                    "Target Corporation",
                    "2016",
                    "2020"
                ),
                head("Sales Supervisor", "Best Buy", "2013", "2016"),
            ]
        );
    }

    #[test]
    fn a_place_between_the_employer_and_the_dates_leaves_the_title_in_the_header() {
        let entries = parse(
            "Clinical Research Coordinator\nEmory University School of Medicine\nAtlanta, GA\n\
             Jan 2020 – Present\n• Enrolled 210 participants\n\
             Research Assistant\nMorehouse School of Medicine\nAtlanta, GA\n\
             Jun 2017 – Dec 2019\n• Managed a biobank",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Clinical Research Coordinator",
                    "Emory University School of Medicine",
                    "2020-01",
                    ""
                ),
                head(
                    "Research Assistant",
                    "Morehouse School of Medicine",
                    "2017-06",
                    "2019-12"
                ),
            ]
        );
    }

    #[test]
    fn employers_in_lower_case_or_with_their_place_in_parentheses() {
        let entries = parse(
            "Senior Product Designer\tMar 2021 – Present\nathenahealth, Watertown, MA\n\
             • Shipped 3 apps.\n\
             Data Engineer at Lyft (San Francisco, CA) — 2018–2021\nOwned 150 DAGs.\n\
             Technology Analyst, Infosys Ltd (Remote)\tMar-2016 to Jun-2018",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head("Senior Product Designer", "athenahealth", "2021-03", ""),
                head("Data Engineer", "Lyft", "2018", "2021"),
                head("Technology Analyst", "Infosys Ltd", "2016-03", "2018-06"),
            ]
        );
    }

    #[test]
    fn labelled_fields_are_read_without_their_labels() {
        let entries = parse(
            "Employer: Halliburton, Houston, TX\nPosition: Drilling Engineer\n\
             Dates: June 2018 - Present\nDuties: Planned 25 horizontal wells.\n\n\
             Company: Schlumberger\nJob Title: Field Engineer Trainee\nDates: 2016 - 2018",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head("Drilling Engineer", "Halliburton", "2018-06", ""),
                head("Field Engineer Trainee", "Schlumberger", "2016", "2018"),
            ]
        );
        assert_eq!(entries[0].bullets, vec!["Planned 25 horizontal wells."]);
    }

    #[test]
    fn jobs_written_as_list_items_with_their_bullets_nested() {
        let entries = parse(
            "- Civil Engineer, Skanska AB, Stockholm (2018–present)\n\
             \x20 - Designed 3 pedestrian bridges.\n\
             - Junior Engineer, WSP Sverige AB, Gothenburg (2015–2018)",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head("Civil Engineer", "Skanska AB", "2018", ""),
                head("Junior Engineer", "WSP Sverige AB", "2015", "2018"),
            ]
        );
        assert_eq!(entries[0].bullets, vec!["Designed 3 pedestrian bridges."]);
        // A dated bullet with nothing nested under it stays a bullet.
        let bullets = parse(
            "Analyst\tAcme Corp\t2019 – 2021\n- Led the 2019 – 2020 audit cycle\n- Wrote reports",
        );
        assert_eq!(bullets.len(), 1);
        assert_eq!(bullets[0].bullets.len(), 2);
    }

    #[test]
    fn numbered_blocks_of_labelled_fields_and_a_label_over_the_bullets() {
        let entries = parse(
            "1) Organisation : Mahindra Logistics Ltd., Chakan, Pune\n\
             \x20  Designation  : Senior Logistics Coordinator\n\
             \x20  Duration     : 01/2021 to Till Date\n\
             \x20  Roles & Responsibilities:\n\
             \x20  - Coordinating inbound milk-run for 40+ vendors\n\n\
             2) Organisation : Gati Ltd., Pune\n\
             \x20  Designation  : Trainee - Operations\n\
             \x20  Duration     : 06/2016 to 06/2017",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Senior Logistics Coordinator",
                    "Mahindra Logistics Ltd.",
                    "2021-01",
                    ""
                ),
                head("Trainee - Operations", "Gati Ltd.", "2016-06", "2017-06"),
            ]
        );
        assert_eq!(
            entries[0].bullets,
            vec!["Coordinating inbound milk-run for 40+ vendors"]
        );
    }

    #[test]
    fn a_town_with_its_region_abbreviated_beside_the_employer() {
        assert!(is_town_and_abbreviated_region("Toluca, Méx."));
        assert!(is_town_and_abbreviated_region("Escobedo, N.L."));
        assert!(!is_town_and_abbreviated_region("Acme, Inc."));
        assert!(!is_town_and_abbreviated_region("Sales Manager, Corp."));
        let entries = parse(
            "Laboratorios Dermavita S.A. de C.V.\tToluca, Méx.\n\
             Senior Formulation Chemist\tMar 2020 – Present\n\
             • Lead formulator for the facial care lines\n\
             Cosméticos Alba S.A.\tGuadalajara, Jal.\n\
             R&D Laboratory Analyst\tAug 2014 – Dec 2016\n\
             • Physicochemical testing for body care products",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Senior Formulation Chemist",
                    "Laboratorios Dermavita S.A. de C.V.",
                    "2020-03",
                    ""
                ),
                head(
                    "R&D Laboratory Analyst",
                    "Cosméticos Alba S.A.",
                    "2014-08",
                    "2016-12"
                ),
            ]
        );
        // The town and region after a comma end no sentence either.
        let entries = parse(
            "Universidad Autónoma del Bajío, León, Gto.\n\
             Cataloguing Archivist  ·  2015 – 2019\n\
             • Described the notarial collection",
        );
        assert_eq!(
            heads(&entries),
            vec![head(
                "Cataloguing Archivist",
                "Universidad Autónoma del Bajío",
                "2015",
                "2019"
            )]
        );
    }

    #[test]
    fn a_comma_in_the_title_s_note_does_not_run_it_into_the_employer() {
        let entries = parse(
            "08/2012 – 07/2015\n\n\
             Trainee Zookeeper (Ausbildung zur Tierpflegerin, Fachrichtung Zoo)\n\
             Tierpark Nordheide gGmbH, Buchholz\n\
             • Rotations through ungulates",
        );
        assert_eq!(
            heads(&entries),
            vec![head(
                "Trainee Zookeeper (Ausbildung zur Tierpflegerin, Fachrichtung Zoo)",
                "Tierpark Nordheide gGmbH",
                "2012-08",
                "2015-07"
            )]
        );
    }

    #[test]
    fn a_note_on_the_terms_after_the_employer_and_dates_in_brackets_after_a_note() {
        let entries = parse(
            "### Kobby Asante Voice & Events — self-employed\n\
             - **MC & Voice-over Artist** (2014 – now)\n\
             \x20 - 150+ weddings, launches and corporate events\n\n\
             ### Ghana Broadcasting Corporation — Accra\n\
             - **National Service Personnel (Newsroom)** (Sep 2013 – Aug 2014)\n\
             \x20 - Compiled news bulletins",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "MC & Voice-over Artist",
                    "Kobby Asante Voice & Events",
                    "2014",
                    ""
                ),
                head(
                    "National Service Personnel (Newsroom)",
                    "Ghana Broadcasting Corporation",
                    "2013-09",
                    "2014-08"
                ),
            ]
        );
    }

    #[test]
    fn a_form_s_other_fields_part_no_header() {
        let entries = parse(
            "2.  Organisation:   Rivgas Construction Nigeria Ltd, Onne\n\
             \x20   Position:       Safety Assistant\n\
             \x20   Unit:           Pipeline Works\n\
             \x20   Duration:       Jun. 2015 - Jan. 2017\n\
             \x20   Duties:\n\
             \x20     - Site safety inspections on pipeline and civil works\n\
             \x20   Reason for leaving:   End of contract",
        );
        assert_eq!(
            heads(&entries),
            vec![head(
                "Safety Assistant",
                "Rivgas Construction Nigeria Ltd",
                "2015-06",
                "2017-01"
            )]
        );
    }

    #[test]
    fn a_line_on_what_the_employer_is_under_its_name() {
        let entries = parse(
            "### Front Range Health Partners — Denver, CO\n\
             *Regional health plan, ~1,900 employees*\n\n\
             **Senior Scrum Master / Agile Coach** · Jan. 2021 – Present\n\
             - Coach 4 Scrum teams\n\n\
             **Scrum Master** · Jan. 2019 - Dec. 2020\n\
             - Served two teams",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Senior Scrum Master / Agile Coach",
                    "Front Range Health Partners",
                    "2021-01",
                    ""
                ),
                head(
                    "Scrum Master",
                    "Front Range Health Partners",
                    "2019-01",
                    "2020-12"
                ),
            ]
        );
        assert!(!describes_an_employer("Senior Scrum Master"));
        assert!(!describes_an_employer("Front Range Health Partners"));
    }

    #[test]
    fn dates_over_an_employer_and_its_town_over_the_title() {
        let entries = parse(
            "Since March 2018\n\
             \x20   PERLES DE RIKITEA SARL - Mangareva, Gambier Islands\n\
             \x20   Grafting Technician (greffeur)\n\
             \x20   - Nucleus insertion during grafting campaigns\n\n\
             Nov. 2012 - Jun. 2013\n\
             \x20   Marine Resources Agency - Papeete\n\
             \x20   Aquaculture Intern\n\
             \x20   - Monitoring of spat collectors",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Grafting Technician (greffeur)",
                    "PERLES DE RIKITEA SARL",
                    "2018-03",
                    ""
                ),
                head(
                    "Aquaculture Intern",
                    "Marine Resources Agency",
                    "2012-11",
                    "2013-06"
                ),
            ]
        );
    }

    #[test]
    fn a_note_after_the_town_does_not_keep_the_dash_in_the_title() {
        let entries = parse(
            "2012 – 2014\n\
             Saturday Assistant – Tresses, Stockport (while at school)\n\
             \x20•  Shampooing, reception, sweeping up",
        );
        assert_eq!(
            heads(&entries),
            vec![head("Saturday Assistant", "Tresses", "2012", "2014")]
        );
    }

    #[test]
    fn a_resident_post_with_its_productions_and_a_note_after_the_dates() {
        let entries = parse(
            "Resident Stage Manager, Lakeshore Repertory Theatre (Toronto)      2021 – present\n\
             \x20  Productions: Hamlet (2024, dir. Marcus Ohanian); The Drowsy Chaperone\n\
             \x20  (2023, dir. Leah Brandt); Fences (2022, dir. Thomas Adeyemi);\n\
             \x20  - Call 8-show weeks in a 450-seat thrust house\n\n\
             Box Office Associate — Queen Street Playhouse, Toronto — 2016 – 2018 (part-time)\n\
             \x20  Ticketing and patron services",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Resident Stage Manager",
                    "Lakeshore Repertory Theatre",
                    "2021",
                    ""
                ),
                head(
                    "Box Office Associate",
                    "Queen Street Playhouse",
                    "2016",
                    "2018"
                ),
            ]
        );
    }

    #[test]
    fn a_year_inside_a_titles_note_dates_no_job() {
        let entries = parse(
            "**Cellar Hand (vintage 2015)**\n\
             *Kōwhai Ridge Wines*, Waipara, New Zealand\n\
             Feb 2015 – May 2015\n\
             \n\
             * Pressing and barrel work\n\
             \n\
             **Harvest Intern (since 2014)**\n\
             *Domaine Ferrand*, Beaune, France\n\
             \n\
             * Sorting table",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Cellar Hand (vintage 2015)",
                    "Kōwhai Ridge Wines",
                    "2015-02",
                    "2015-05"
                ),
                head("Harvest Intern", "Domaine Ferrand", "2014", ""),
            ]
        );
    }

    #[test]
    fn credits_in_a_table_with_a_year_column() {
        let entries = parse(
            "Production              Position                   Company                          Year\n\
             Les Belles-soeurs       Stage Manager              Théâtre du Quai, Montréal        2020\n\
             Blithe Spirit           Stage Manager              Northern Lights Festival Theatre 2019",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head("Stage Manager", "Théâtre du Quai", "2020", ""),
                head(
                    "Stage Manager",
                    "Northern Lights Festival Theatre",
                    "2019",
                    ""
                ),
            ]
        );
    }

    #[test]
    fn a_company_s_legal_form_sa_before_its_town_is_no_australian_state() {
        assert!(is_location("Mount Gambier SA"));
        assert!(!is_location("Rhône Commodities SA"));
        let entries = parse(
            "Rhône Commodities SA\tGeneva\n\
             Trading Analyst\tSep 2013 – Feb 2017\n\
             • Supported the crude and fuel oil desks",
        );
        assert_eq!(
            heads(&entries),
            vec![head(
                "Trading Analyst",
                "Rhône Commodities SA",
                "2013-09",
                "2017-02"
            )]
        );
    }

    #[test]
    fn europass_fields_in_a_column_of_labels() {
        let entries = parse(
            "  Dates             09/2016 – present\n\
             \x20 Occupation        Concert Piano Technician\n\
             \x20 Employer          Petrof, spol. s r.o., Hradec Králové (CZ)\n\
             \x20 Main activities   - final tuning and voicing of concert grands\n\n\
             \x20 Dates             10/2010 – 02/2012\n\
             \x20 Occupation        Tuning Assistant (part-time, during studies)\n\
             \x20 Employer          Národní divadlo Brno, Brno (CZ)\n\
             \x20 Main activities   - daily tuning checks of rehearsal instruments",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Concert Piano Technician",
                    "Petrof, spol. s r.o.",
                    "2016-09",
                    ""
                ),
                head(
                    "Tuning Assistant (part-time, during studies)",
                    "Národní divadlo Brno",
                    "2010-10",
                    "2012-02"
                ),
            ]
        );
    }

    #[test]
    fn a_form_numbers_its_entries() {
        let entries = parse(
            "3.1  Mzansi Rail Systems (Pty) Ltd\n\
             Position:\tSenior Signal Technician\n\
             Period:\t01 March 2020 – Present\n\
             Duties:\n• Maintain signalling on the corridor\n\
             3.2  Highveld Signalling Contractors CC\n\
             Position:\tSignal Technician\n\
             Period:\t15 January 2016 – 28 February 2020\n\
             Duties:\n• Installed relay interlockings",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Senior Signal Technician",
                    "Mzansi Rail Systems (Pty) Ltd",
                    "2020-03",
                    ""
                ),
                head(
                    "Signal Technician",
                    "Highveld Signalling Contractors CC",
                    "2016-01",
                    "2020-02"
                ),
            ]
        );
    }

    #[test]
    fn an_employer_heading_set_apart_above_its_roles() {
        let entries = parse(
            "Nordwind Mobility GmbH, Berlin\n\n\
             Senior Data Engineer — 01/2023–now\n- Own the streaming platform\n\n\
             Working Student, Business Intelligence — 03/2021–12/2022\n- Built DAGs\n\n\
             Hanse Energie AG, Hamburg\n\n\
             Backend Developer — 10/2018–02/2021\n- Python services",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Senior Data Engineer",
                    "Nordwind Mobility GmbH",
                    "2023-01",
                    ""
                ),
                head(
                    "Working Student, Business Intelligence",
                    "Nordwind Mobility GmbH",
                    "2021-03",
                    "2022-12"
                ),
                head(
                    "Backend Developer",
                    "Hanse Energie AG",
                    "2018-10",
                    "2021-02"
                ),
            ]
        );
        assert_eq!(entries[1].bullets, vec!["Built DAGs"]);
    }

    #[test]
    fn prose_without_bullet_glyphs_stays_out_of_the_headers() {
        let entries = parse(
            "Grade 4 Teacher (2019 – present)\n\
             Maple Grove Public School, Mississauga, ON\n\
             \x20   Coach of the junior cross-country team; member of the equity committee\n\
             Long-Term Occasional Teacher (2017 – 2019)\n\
             Peel District School Board, Mississauga, ON\n\
             Parcelwise, Inc.\tSeattle, WA\n\
             Software Engineer II\tJun 2019 – Dec 2021\n\
             \x20  Built rate-shopping API in TypeScript used by 4,000 merchants\n\n\
             since 04/2019\nFreelance Translator\nSelf-employed, Leipzig",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head("Grade 4 Teacher", "Maple Grove Public School", "2019", ""),
                head(
                    "Long-Term Occasional Teacher",
                    "Peel District School Board",
                    "2017",
                    "2019"
                ),
                head(
                    "Software Engineer II",
                    "Parcelwise, Inc.",
                    "2019-06",
                    "2021-12"
                ),
                head("Freelance Translator", "Self-employed", "2019-04", ""),
            ]
        );
    }

    #[test]
    fn a_title_whose_specialty_reads_like_a_town_keeps_it() {
        let entries = parse(
            "Parcelwise, Inc.\tSeattle, WA\n\
             Senior Software Engineer, Payments Platform\tJan 2022 – Present\n- Led payouts",
        );
        assert_eq!(
            heads(&entries),
            vec![head(
                "Senior Software Engineer, Payments Platform",
                "Parcelwise, Inc.",
                "2022-01",
                ""
            )]
        );
    }

    #[test]
    fn a_title_set_as_an_item_over_its_employer_and_dates() {
        let entries = parse(
            "▪ QA/QC Inspector – Welding & NDT\n\
             \x20 Descon Engineering Limited, Lahore        (Aug 2019 – Till Date)\n\
             \x20  ➢ Inspection of pressure vessels\n\n\
             ▪ Trainee Engineer (QC)\n\
             \x20 Heavy Mechanical Complex (Pvt.) Ltd., Taxila       (2015)",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "QA/QC Inspector – Welding & NDT",
                    "Descon Engineering Limited",
                    "2019-08",
                    ""
                ),
                head(
                    "Trainee Engineer (QC)",
                    "Heavy Mechanical Complex (Pvt.) Ltd.",
                    "2015",
                    ""
                ),
            ]
        );
    }

    #[test]
    fn a_wrapped_bullet_with_a_year_stays_a_bullet() {
        let lines = to_lines(
            "• Led the migration of 40 services\n\
             \x20 to Kubernetes in 2019.\n\
             ▪ Trainee Engineer (QC)\n\
             \x20 Heavy Mechanical Complex, Taxila       (2015)",
        );
        let read = jobs_listed_as_list_items(lines);
        assert!(read[0].is_bullet(), "{:?}", read[0]);
        assert_eq!(read[2].text, "Trainee Engineer (QC)");
    }

    #[test]
    fn roles_under_an_employer_whose_place_follows_a_dash() {
        let entries = parse(
            "Lumina Analytics Pte. Ltd. — Singapore\n\n\
             Senior Data Engineer (Apr 2022 – ongoing)\n* Own the platform\n\n\
             Relationship Manager – Retail Liabilities (Jul 2019 – Mar 2022)\n* Managed 450 clients",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Senior Data Engineer",
                    "Lumina Analytics Pte. Ltd.",
                    "2022-04",
                    ""
                ),
                head(
                    "Relationship Manager – Retail Liabilities",
                    "Lumina Analytics Pte. Ltd.",
                    "2019-07",
                    "2022-03"
                ),
            ]
        );
    }

    #[test]
    fn australian_towns_with_their_state_and_no_comma() {
        assert!(is_location("Truganina VIC"));
        assert!(is_location("Port Hedland WA"));
        assert!(!is_location("Nestlé SA"));
        assert!(!is_location("Milliman, Seattle, WA"));
        let entries = parse(
            "FIFO Maintenance Electrician\tFeb 2017 – Oct 2019\n\
             Westline Industrial Services Pty Ltd, Port Hedland WA\n- Kept crushers running",
        );
        assert_eq!(
            heads(&entries),
            vec![head(
                "FIFO Maintenance Electrician",
                "Westline Industrial Services Pty Ltd",
                "2017-02",
                "2019-10"
            )]
        );
    }

    #[test]
    fn a_dates_cell_whose_duration_wrapped_is_completed() {
        let entries = parse(
            "2021-09 – Current · 3\tRecruiter\n\
             yrs 2 mos\tRobert Half, Remote\n\
             • Placed 40 nurses\n\
             2018-12 – 2021-08 · 2\tLibrarian\n\
             yrs 8 mos\tBrooklyn Public Library, Brooklyn, NY\n\
             • Ran the teen program",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head("Recruiter", "Robert Half", "2021-09", ""),
                head("Librarian", "Brooklyn Public Library", "2018-12", "2021-08"),
            ]
        );
    }

    #[test]
    fn a_credential_after_an_employers_name_is_no_town() {
        let entries = parse(
            "Dental Hygienist                    Jun 2016 – Feb 2019\n\
             Dr. Kevin Tran, DDS – Elk Grove, CA\n\
             - Treated a mixed adult/pediatric patient base\n",
        );
        assert_eq!(
            heads(&entries),
            [head(
                "Dental Hygienist",
                "Dr. Kevin Tran, DDS",
                "2016-06",
                "2019-02"
            )]
        );
    }

    #[test]
    fn a_judge_or_doctor_named_in_the_header_is_the_employer() {
        let entries = parse(
            "Law Clerk, Hon. Maria Delgado, U.S. District Court, Miami, FL   Mar 2019 – Mar 2020\n\
             - Drafted bench memoranda\n\
             \n\
             Hon. Ruth Ames, Superior Court of Arizona, Phoenix, AZ (Jan 2017 to Feb 2019)\n\
             Judicial Extern\n\
             - Researched motions\n",
        );
        assert_eq!(
            heads(&entries),
            [
                head(
                    "Law Clerk",
                    "Hon. Maria Delgado, U.S. District Court",
                    "2019-03",
                    "2020-03"
                ),
                head(
                    "Judicial Extern",
                    "Hon. Ruth Ames, Superior Court of Arizona",
                    "2017-01",
                    "2019-02"
                ),
            ]
        );
    }

    #[test]
    fn an_employer_set_apart_with_its_place_after_a_dash_or_a_note() {
        let entries = parse(
            "PERMIAN BASIN FABRICATION LLC, Odessa, TX\n\n\
             \x20\x20Lead Pipe Welder                         03/2019 – Present\n\
             \x20\x20* Lead a crew of 6 welders\n\n\
             Gulf Coast Turnaround Services (contract through Brazos Industrial Staffing)\n\n\
             \x20\x20Turnaround Welder - Baytown, TX          04/2015 – 11/2015\n\
             \x20\x20* 12-hour shifts during two refinery shutdowns\n\n\
             LONE STAR IRONWORKS - Midland, TX\n\n\
             \x20\x20Welder / Fitter Helper                   08/2012 – 04/2015\n\
             \x20\x20* Prepped bevels\n",
        );
        assert_eq!(
            heads(&entries),
            [
                head(
                    "Lead Pipe Welder",
                    "PERMIAN BASIN FABRICATION LLC",
                    "2019-03",
                    ""
                ),
                head(
                    "Turnaround Welder",
                    "Gulf Coast Turnaround Services",
                    "2015-04",
                    "2015-11"
                ),
                head(
                    "Welder / Fitter Helper",
                    "LONE STAR IRONWORKS",
                    "2012-08",
                    "2015-04"
                ),
            ]
        );
    }

    #[test]
    fn a_dated_note_under_a_jobs_bullets_is_not_a_job() {
        let entries = parse(
            "  Rideau Valley Public Library — Branch Head\n\
             \x20\x20Jan. 2021 – present\n\
             \x20\x20\x20\x20- Lead a branch of 11 staff.\n\
             \x20\x20\x20\x20(Parental leave Apr. 2022 – Mar. 2023)\n\n\
             \x20\x20Rideau Valley Public Library — Children's Librarian\n\
             \x20\x20Sept. 2016 – Dec. 2020\n\
             \x20\x20\x20\x20- Planned 300+ early literacy programs a year.\n",
        );
        assert_eq!(
            heads(&entries),
            [
                head("Branch Head", "Rideau Valley Public Library", "2021-01", ""),
                head(
                    "Children's Librarian",
                    "Rideau Valley Public Library",
                    "2016-09",
                    "2020-12"
                ),
            ]
        );
    }

    #[test]
    fn an_employer_item_over_its_roles_nested_as_items() {
        let entries = parse(
            "• Autohaus Neckartal GmbH, Stuttgart – authorised VW/Audi dealer\n\
             \x20\x20• Workshop Foreman  (since 09/2020)\n\
             \x20\x20\x20\x20• Lead a team of 11 technicians\n\
             \x20\x20• Automotive Mechatronics Technician  (03/2015 – 08/2020)\n\
             \x20\x20\x20\x20• Diagnosis and repair of engines\n\
             • Schmid Kfz-Service GmbH, Esslingen\n\
             \x20\x20• Apprentice Mechatronics Technician  (09/2009 – 02/2013)\n\
             \x20\x20\x20\x20• Independent multi-brand workshop\n",
        );
        assert_eq!(
            heads(&entries),
            [
                head("Workshop Foreman", "Autohaus Neckartal GmbH", "2020-09", ""),
                head(
                    "Automotive Mechatronics Technician",
                    "Autohaus Neckartal GmbH",
                    "2015-03",
                    "2020-08"
                ),
                head(
                    "Apprentice Mechatronics Technician",
                    "Schmid Kfz-Service GmbH",
                    "2009-09",
                    "2013-02"
                ),
            ]
        );
    }

    #[test]
    fn a_note_after_the_town_a_department_and_a_postal_district_are_not_the_employer() {
        let entries = parse(
            "Aug 2020 – Present\tConsultant Physician\n\
             \x20   Sundaram Multispeciality Hospital, Chennai (NABH accredited, 350 beds)\n\
             \x20   • Ran a weekly diabetes foot clinic\n\
             Jul 2017 – Jul 2020\tSenior Resident\n\
             \x20   Department of General Medicine, Coromandel Medical College Hospital, Chennai\n\
             \x20   • Managed ICU admissions\n\
             Mar. 2019 – present\tPlumbing & Heating Engineer\n\
             \x20   Byrne Mechanical Services Ltd, Dublin 12\n\
             \x20   • Installed heat pumps\n\
             Head Coach & Owner — RDP Strength (online and studio coaching) — 2022 – ongoing\n\
             \x20   • Coached 45 clients\n\
             Nairobi City County, ICT Department\tNairobi\n\
             ICT Intern (Industrial Attachment)\tMay 2016 – Aug 2016\n\
             \x20• Helpdesk support for county offices\n",
        );
        assert_eq!(
            heads(&entries),
            [
                head(
                    "Consultant Physician",
                    "Sundaram Multispeciality Hospital",
                    "2020-08",
                    ""
                ),
                head(
                    "Senior Resident",
                    "Coromandel Medical College Hospital",
                    "2017-07",
                    "2020-07"
                ),
                head(
                    "Plumbing & Heating Engineer",
                    "Byrne Mechanical Services Ltd",
                    "2019-03",
                    ""
                ),
                head("Head Coach & Owner", "RDP Strength", "2022", ""),
                head(
                    "ICT Intern (Industrial Attachment)",
                    "Nairobi City County",
                    "2016-05",
                    "2016-08"
                ),
            ]
        );
    }

    #[test]
    fn an_employer_over_roles_indented_under_it() {
        let entries = parse(
            "  Halden Actuarial Consulting, Hong Kong\n\
             \x20   Consultant                                   2016–2019\n\
             \x20   Actuarial Analyst                            2014–2016\n\
             \x20     - Embedded value and M&A due diligence\n\
             \n\
             \x20 Lion City Reinsurance Pte Ltd\n\
             \x20   Actuarial Intern                             Summer 2013\n\
             \n\
             \x20 Kearney & Moloney Solicitors, Mallow, Co. Cork\n\
             \x20   Trainee Solicitor                            Sept 2014 – Aug 2016\n\
             \x20     - Conveyancing\n",
        );
        assert_eq!(
            heads(&entries),
            [
                head("Consultant", "Halden Actuarial Consulting", "2016", "2019"),
                head(
                    "Actuarial Analyst",
                    "Halden Actuarial Consulting",
                    "2014",
                    "2016"
                ),
                head(
                    "Actuarial Intern",
                    "Lion City Reinsurance Pte Ltd",
                    "2013",
                    ""
                ),
                head(
                    "Trainee Solicitor",
                    "Kearney & Moloney Solicitors",
                    "2014-09",
                    "2016-08"
                ),
            ]
        );
        assert!(!is_location("Straits Mutual Assurance Pte Ltd, Singapore"));
        assert!(is_location("Mallow, Co. Cork"));
    }

    #[test]
    fn towns_after_employers_are_left_out() {
        let entries = parse(
            "Kingsdown Partners LLP, Bath (Mar 2021 – Dec 2023)\nAssistant to Two Partners\n\
             - Kept diaries\n\
             Northgate Digital, Leeds (Mar 2017 - May 2021)\nDevOps Engineer\n- Migrated apps\n\
             Senior Product Manager, Onboarding & Activation, Khatabook Pro, Bengaluru\n\
             Oct 2014 – Feb 2017\n- Shipped onboarding\n\
             Business Analyst, Infosys, Mysuru\nJun 2012 – Jun 2014\n- Wrote specs\n\
             Rupeeflow\tJul 2010 – Sep 2011\nProduct Manager · Bengaluru\n- Ran payments",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Assistant to Two Partners",
                    "Kingsdown Partners LLP",
                    "2021-03",
                    "2023-12"
                ),
                head("DevOps Engineer", "Northgate Digital", "2017-03", "2021-05"),
                head(
                    "Senior Product Manager, Onboarding & Activation",
                    "Khatabook Pro",
                    "2014-10",
                    "2017-02"
                ),
                head("Business Analyst", "Infosys", "2012-06", "2014-06"),
                head("Product Manager", "Rupeeflow", "2010-07", "2011-09"),
            ]
        );
    }

    #[test]
    fn a_line_of_fields_splits_at_its_strongest_separator_only() {
        let entries = parse(
            "Journeyman Electrician / Foreman | Sierra Peak Electric | Reno, NV | 2018 - Present\n\
             - Ran crews\n\
             Registered Nurse II – Cardiac Step-Down | St. Brendan's Medical Center | Boston, MA | Mar 2015 – Feb 2018\n\
             - Charge nurse\n\
             Summer Camp Counselor | Chicago Park District | Chicago, IL | Summer 2014",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Journeyman Electrician / Foreman",
                    "Sierra Peak Electric",
                    "2018",
                    ""
                ),
                head(
                    "Registered Nurse II – Cardiac Step-Down",
                    "St. Brendan's Medical Center",
                    "2015-03",
                    "2018-02"
                ),
                head("Summer Camp Counselor", "Chicago Park District", "2014", ""),
            ]
        );
    }
    #[test]
    fn a_range_wrapped_before_its_dash_or_after_an_abbreviated_month_is_rejoined() {
        let entries = parse(
            "Rehab Aide | Cedar Hills Clinic | San Marcos, TX | 2013\n\
             – 2015\n\
             • Prepared treatment rooms.\n\
             Nordlicht Engineering GmbH, Munich (Sept. 2017 – Dec.\n\
             2019)\n\
             Graduate Engineer\n\
             • Prepared treatment rooms.\n\
             Clerk | Wake County Court | Raleigh, NC | 2010\n\
             - 2012 and earlier",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head("Rehab Aide", "Cedar Hills Clinic", "2013", "2015"),
                head(
                    "Graduate Engineer",
                    "Nordlicht Engineering GmbH",
                    "2017-09",
                    "2019-12"
                ),
                head("Clerk", "Wake County Court", "2010", ""),
            ]
        );
        assert_eq!(entries[0].bullets, vec!["Prepared treatment rooms."]);
    }
    #[test]
    fn an_employer_wrapped_at_its_dash_or_inside_its_name_is_put_back() {
        let entries = parse(
            "August 2019 - Present Chemistry Teacher & Science Department Lead\n\
             — Westbrook College Prep High School, Chicago, IL\n\
             • Taught five sections of chemistry to students in grades ten and eleven.\n\
             May 2015 – Jul 2019 Senior Accountant — Trinity Ridge Healthcare\n\
             Partners, Dallas, TX\n\
             • Cut the month-end close from ten business days to five.\n\
             Oct 2021 – Nov 2023 Senior Product Manager, Onboarding & Activation\n\
             — Khatabook Pro, Bengaluru\n\
             • Owned onboarding for an invoicing app used by many small merchants.\n\
             Product Manager, Growth, Khatabook Pro,\n\
             Bengaluru\n\
             2019 – 2021\n\
             • Ran pricing tests for small merchants across several cities.\n\
             Supply Chain Manager, Inventory Planning, Delta Home &\n\
             Garden, Atlanta, GA\n\
             Feb 2018 – Mar 2019\n\
             • Cut stock-outs at every store in the region by a third.\n\
             Claims Paralegal\n\
             Carolina Mutual Insurance Company, Durham, NC (August\n\
             2014 – December 2017)\n\
             • Planned stock for many stores across the region every week.\n\
             Charge RN, Emergency Department, St. Luke's Regional Medical\n\
             Center, Boise, ID\n\
             2015 – 2019\n\
             Graduate Research Assistant, University of\n\
             Texas at Austin, Austin, TX\n\
             2011 – 2015",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Chemistry Teacher & Science Department Lead",
                    "Westbrook College Prep High School",
                    "2019-08",
                    ""
                ),
                head(
                    "Senior Accountant",
                    "Trinity Ridge Healthcare Partners",
                    "2015-05",
                    "2019-07"
                ),
                head(
                    "Senior Product Manager, Onboarding & Activation",
                    "Khatabook Pro",
                    "2021-10",
                    "2023-11"
                ),
                head("Product Manager, Growth", "Khatabook Pro", "2019", "2021"),
                head(
                    "Supply Chain Manager, Inventory Planning",
                    "Delta Home & Garden",
                    "2018-02",
                    "2019-03"
                ),
                head(
                    "Claims Paralegal",
                    "Carolina Mutual Insurance Company",
                    "2014-08",
                    "2017-12"
                ),
                head(
                    "Charge RN, Emergency Department",
                    "St. Luke's Regional Medical Center",
                    "2015",
                    "2019"
                ),
                head(
                    "Graduate Research Assistant",
                    "University of Texas at Austin",
                    "2011",
                    "2015"
                ),
            ]
        );
    }
    #[test]
    fn a_title_cell_cut_short_beside_its_dates_is_completed_by_the_next_line() {
        let entries = parse(
            "Senior Product Manager, Onboarding &\tOct 2021 – Present\n\
             Activation\n\
             \x20Khatabook Pro, Bengaluru\n\
             • Owned onboarding.\n\
             Senior Customer Success Manager,\tJan 2018 – Sep 2021\n\
             Enterprise\n\
             Parcelwise, Lyon\n\
             • Renewed accounts.",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Senior Product Manager, Onboarding & Activation",
                    "Khatabook Pro",
                    "2021-10",
                    ""
                ),
                head(
                    "Senior Customer Success Manager, Enterprise",
                    "Parcelwise",
                    "2018-01",
                    "2021-09"
                ),
            ]
        );
    }

    #[test]
    fn a_dates_cell_glued_to_its_title_is_completed_by_the_next_row() {
        let entries = parse(
            "Aug 2019–Feb Data Scientist\n\
             2022\tRoamly Marketplace, Remote\n\
             • Built a pricing model.\n\
             2015–2019\tGraduate Research Assistant\n\
             \tUniversity of Texas at Austin, Austin, TX\n\
             • Published four papers.",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head("Data Scientist", "Roamly Marketplace", "2019-08", "2022-02"),
                head(
                    "Graduate Research Assistant",
                    "University of Texas at Austin",
                    "2015",
                    "2019"
                ),
            ]
        );
    }
    #[test]
    fn a_job_without_bullets_leaves_the_next_header_to_the_next_job() {
        let entries = parse(
            "Projektingenieur Netzplanung, Stadtwerke Nord, Hamburg\n\
             2019 – Present\n\
             \n\
             Working Student, Rail Automation, Siemens Mobility, Braunschweig\n\
             Oct 2016 – Sep 2018\n\
             Chargé d'études, Enedis, Lyon\n\
             2014 – 2016\n\
             Werkstudent, Bosch, Stuttgart\n\
             2012 – 2014\n\
             - Planned cabling.",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Projektingenieur Netzplanung",
                    "Stadtwerke Nord",
                    "2019",
                    ""
                ),
                head(
                    "Working Student, Rail Automation",
                    "Siemens Mobility",
                    "2016-10",
                    "2018-09"
                ),
                head("Chargé d'études", "Enedis", "2014", "2016"),
                head("Werkstudent", "Bosch", "2012", "2014"),
            ]
        );
    }
    #[test]
    fn header_lines_broken_at_a_columns_edge_are_put_back_together() {
        let entries = parse(
            "Claims Paralegal | Carolina Mutual Insurance Company | Durham, NC | August 2014 –\n\
             December 2017\n- Tracked claims\n\
             Mar 2012 – Jul 2014 Data Scientist — Tillway Grocers, Austin,\nTX\n- Forecast demand\n\
             Jun 2010 – Dec 2011 Product Engineer — Norvale Thermal\nSystems, Auburn Hills, MI\n\
             - Designed plates\n\
             Audit Intern | Baird & Kessling LLP | Dallas, TX | Summer\n2009\n\
             Mar 2006 –\tAnalyst\nPresent\tRoamly Marketplace, Remote\n- Priced listings\n\
             Tillway Grocers\tAug 2003 –\n                Feb 2006\nBuyer · Austin, TX\n- Bought\n\
             Research Assistant, University of Texas at Austin, Austin,\nTX\n2001 – 2003\n- Published\n\
             Finance Graduate | Harcourt & Lyle Consumer\nBrands plc | Reading | 09/1999 – 07/2001\n\
             - Closed books",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Claims Paralegal",
                    "Carolina Mutual Insurance Company",
                    "2014-08",
                    "2017-12"
                ),
                head("Data Scientist", "Tillway Grocers", "2012-03", "2014-07"),
                head(
                    "Product Engineer",
                    "Norvale Thermal Systems",
                    "2010-06",
                    "2011-12"
                ),
                head("Audit Intern", "Baird & Kessling LLP", "2009", ""),
                head("Analyst", "Roamly Marketplace", "2006-03", ""),
                head("Buyer", "Tillway Grocers", "2003-08", "2006-02"),
                head(
                    "Research Assistant",
                    "University of Texas at Austin",
                    "2001",
                    "2003"
                ),
                head(
                    "Finance Graduate",
                    "Harcourt & Lyle Consumer Brands plc",
                    "1999-09",
                    "2001-07"
                ),
            ]
        );
    }
    #[test]
    fn headers_without_a_title_word_follow_the_resumes_other_headers() {
        let company_first = parse(
            "Harbor & Vine | Sous Chef | Seattle, WA | 2020 - Present\n- Ran the line\n\
             Blue Door | Prep Crew | Tacoma, WA | 2015 - 2017\n- Prepped",
        );
        assert_eq!(
            heads(&company_first),
            vec![
                head("Sous Chef", "Harbor & Vine", "2020", ""),
                head("Prep Crew", "Blue Door", "2015", "2017"),
            ]
        );
        let title_first = parse("Dish Crew | Harbor & Vine | 2017 → 2020\n- Washed");
        assert_eq!(
            heads(&title_first),
            vec![head("Dish Crew", "Harbor & Vine", "2017", "2020")]
        );
        let one_employer = parse(
            "Harbor & Vine, Seattle, WA\nSous Chef\tMar 2020 – Present\n- Ran the line\n\
             Dish Crew\tJun 2017 – Feb 2020\n- Washed",
        );
        assert_eq!(
            heads(&one_employer),
            vec![
                head("Sous Chef", "Harbor & Vine", "2020-03", ""),
                head("Dish Crew", "Harbor & Vine", "2017-06", "2020-02"),
            ]
        );
    }
    #[test]
    fn an_employer_dated_over_its_roles_names_their_company() {
        let entries = parse(
            "Harbor & Vine (2015 – Present)\nSous Chef (2019 – Present)\n- Ran the line\n\
             Dish Crew (2015 – 2019)\n- Washed\n\
             Globex\nAnalyst, Fall 2012 – Spring 2014\n- Analysed",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head("Sous Chef", "Harbor & Vine", "2019", ""),
                head("Dish Crew", "Harbor & Vine", "2015", "2019"),
                head("Analyst", "Globex", "2012", "2014"),
            ]
        );
    }
    #[test]
    fn a_wrapped_bullet_may_go_on_with_an_abbreviation() {
        let entries = parse(
            "Analyst\tJun 2018 - Jan 2021\nAcme Corp\n- Built reports for teams\n\
             e.g. finance and sales\n- Ran reviews",
        );
        assert_eq!(
            entries[0].bullets,
            vec![
                "Built reports for teams e.g. finance and sales",
                "Ran reviews"
            ]
        );
    }

    #[test]
    fn names_with_a_full_stop_or_a_small_first_letter_are_still_headers() {
        let entries = parse(
            "Account Executive\tJun 2018 - Jan 2021\nBrightwire Payroll, Inc., Atlanta, GA\n\
             - Sold payroll\n\
             eBay\nSeller Support Specialist\t2015 – 2018\n- Helped sellers",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Account Executive",
                    "Brightwire Payroll, Inc.",
                    "2018-06",
                    "2021-01"
                ),
                head("Seller Support Specialist", "eBay", "2015", "2018"),
            ]
        );
    }
    #[test]
    fn a_title_cell_cut_before_its_role_noun_is_completed_by_the_next_line() {
        let entries = parse(
            "Graduate Research\t2015 – 2019\n\
             Assistant\n\
             University of Vermont, Burlington, VT\n\
             • Ran assays.\n\
             Lab Technician\t2013 – 2015\n\
             Green Mountain Labs\n\
             • Calibrated instruments.",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Graduate Research Assistant",
                    "University of Vermont",
                    "2015",
                    "2019"
                ),
                head("Lab Technician", "Green Mountain Labs", "2013", "2015"),
            ]
        );
    }
    #[test]
    fn a_title_cell_and_its_dates_cell_cut_in_the_same_row_are_both_completed() {
        let entries = parse(
            "City of Tacoma Public Works\tTacoma, WA\n\
             Senior Administrative Coordinator, Facilities Department\tAugust 2019 -\n\
             Lead\tPresent\n\
             • Managed contracts.\n\
             Harbor Supply Co.\tOlympia, WA\n\
             Office Manager\tMay 2014 - July 2019\n\
             • Cut costs.",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Senior Administrative Coordinator, Facilities Department Lead",
                    "City of Tacoma Public Works",
                    "2019-08",
                    ""
                ),
                head("Office Manager", "Harbor Supply Co.", "2014-05", "2019-07"),
            ]
        );
    }
    #[test]
    fn a_dates_cell_broken_anywhere_is_completed_and_a_title_cell_is_not_run_on() {
        let entries = parse(
            "Mar 2022 to\tSenior Data Scientist\nPresent\tTillway Grocers, Austin, TX\n\
             \t• Forecast demand for the stores across the whole region every week\n\
             Mar\tData Scientist\n2019–Feb 2022\tRoamly Marketplace, Remote\n\t• Priced listings\n\
             2015 → 2019\tChemistry Teacher & Science Department Lead\n\
             \tWestbrook College Prep High School, Chicago, IL\n\t• Taught",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head("Senior Data Scientist", "Tillway Grocers", "2022-03", ""),
                head("Data Scientist", "Roamly Marketplace", "2019-03", "2022-02"),
                head(
                    "Chemistry Teacher & Science Department Lead",
                    "Westbrook College Prep High School",
                    "2015",
                    "2019"
                ),
            ]
        );
    }
    #[test]
    fn a_line_of_fields_that_filled_the_column_runs_on_to_its_dates() {
        let entries = parse(
            "Chemistry Teacher & Science Department Lead | Westbrook College\n\
             Prep High School | Chicago, IL | August 2019 - Present\n\
             - Taught chemistry to five sections a year\n\
             Camp Counselor | Chicago Park District | IL | Summer 2014\n\
             Audit Senior | Baird & Kessling LLP | Dallas, TX | Sep 2015 – Apr 2019\n- Audited",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Chemistry Teacher & Science Department Lead",
                    "Westbrook College Prep High School",
                    "2019-08",
                    ""
                ),
                head("Camp Counselor", "Chicago Park District", "2014", ""),
                head("Audit Senior", "Baird & Kessling LLP", "2015-09", "2019-04"),
            ]
        );
    }
    #[test]
    fn two_spaces_set_fields_apart_in_plain_text() {
        let entries = parse(
            "St. Brendan's Medical Center  Boston, MA\n\
             Registered Nurse II – Cardiac Step-Down  Mar 2020 – Present\n- Charge nurse",
        );
        assert_eq!(
            heads(&entries),
            vec![head(
                "Registered Nurse II – Cardiac Step-Down",
                "St. Brendan's Medical Center",
                "2020-03",
                ""
            )]
        );
    }
    #[test]
    fn places_are_written_in_any_alphabet() {
        for place in [
            "Kraków, Poland",
            "Zürich, Switzerland",
            "Montréal, QC",
            "Rio de Janeiro, Brazil",
            "Newcastle upon Tyne, England",
            "Łódź, Poland",
        ] {
            assert!(is_location(place), "{place}");
        }
        assert!(!is_location("Senior Engineer, Acme"));
    }

    #[test]
    fn an_employer_dated_beside_its_name_keeps_the_title_below_it() {
        let entries = parse(
            "H&R Block\tJul 2020 – Present\nTax Associate · Kansas City, MO\n• Prepared 300 returns.\n\n\
             Whole Foods Market\t2017\nShift Supervisor\n• Ran the floor.\n\n\
             Target\t2015\nCashier\n• Ran the till.\n\n\
             Robert Half\t9/2013 – 2014 (1 yr)\nRecruiter · Remote\n• Placed 40 engineers.",
        );
        assert_eq!(
            heads(&entries),
            [
                head("Tax Associate", "H&R Block", "2020-07", ""),
                head("Shift Supervisor", "Whole Foods Market", "2017", ""),
                head("Cashier", "Target", "2015", ""),
                head("Recruiter", "Robert Half", "2013-09", "2014"),
            ]
        );
    }

    #[test]
    fn a_header_of_fields_that_filled_the_column_runs_on_to_its_place() {
        let entries = parse(
            "Registered Nurse, Cardiac Intensive Care, Cincinnati Children's\n\
             Hospital Medical Center, Cincinnati, OH\n\
             Aug 2021 to Current\n\
             • Cared for 2 critically ill children a shift on a 30-bed cardiac unit, with\n\n\
             Senior Manager, Revenue Operations\n\
             Brightwire Payroll, Denver, CO\n\
             2018 – 2021\n\
             • Ran 4 forecasts.",
        );
        assert_eq!(
            heads(&entries),
            [
                head(
                    "Registered Nurse, Cardiac Intensive Care",
                    "Cincinnati Children's Hospital Medical Center",
                    "2021-08",
                    ""
                ),
                head(
                    "Senior Manager, Revenue Operations",
                    "Brightwire Payroll",
                    "2018",
                    "2021"
                ),
            ]
        );
    }

    #[test]
    fn a_title_cut_right_after_its_dates_runs_on_to_the_next_line() {
        let entries = parse(
            "February 2018–May 2019 · 1 yr 4 mos Sous\n\
             Chef — The Grey Plume, Omaha, NE\n\
             • Ran a 12-cook line for a 140-seat restaurant",
        );
        assert_eq!(
            heads(&entries),
            [head("Sous Chef", "The Grey Plume", "2018-02", "2019-05")]
        );
    }

    #[test]
    fn a_duration_cut_at_the_dates_cells_edge_is_put_back() {
        let entries = parse(
            "Legislative Aide\tJuly 2018 — Current · 3\n                yrs 2 mos\n\
             Texas House of Representatives, Austin, TX\n\
             • Drafted 12 bills.",
        );
        assert_eq!(
            heads(&entries),
            [head(
                "Legislative Aide",
                "Texas House of Representatives",
                "2018-07",
                ""
            )]
        );
    }

    #[test]
    fn a_title_left_above_a_page_break_stays_with_its_job() {
        let entries = parse(
            " Volunteer Tutor\nBoys & Girls Club of Metro Atlanta\t1/2011 – 1/2012\n\
             \u{20}\u{20}• Built an Excel tracker the lab still\n    uses.\n Recruiter\n\n\
             Robert Half\t2/2008 – 12/2010\n  • Placed 40 engineers.",
        );
        assert_eq!(
            heads(&entries),
            [
                head(
                    "Volunteer Tutor",
                    "Boys & Girls Club of Metro Atlanta",
                    "2011-01",
                    "2012-01"
                ),
                head("Recruiter", "Robert Half", "2008-02", "2010-12"),
            ]
        );
    }

    #[test]
    fn a_legal_form_with_full_stops_stays_with_the_employer() {
        let entries = parse(
            "Associate, Fairfax Partners, L.P., Greenwich, CT\n2016 – 2019\n• Sourced 12 deals.\n\n\
             Staff Accountant | Brennan & Cole, CPAs, P.C. | Boston, MA | 2014 – 2016\n• Closed books.\n\n\
             Paralegal, Keane & Ruiz, P.A., Pittsburgh, PA\n2012 – 2014\n• Filed 300 motions.",
        );
        assert_eq!(
            heads(&entries),
            [
                head("Associate", "Fairfax Partners, L.P.", "2016", "2019"),
                head(
                    "Staff Accountant",
                    "Brennan & Cole, CPAs, P.C.",
                    "2014",
                    "2016"
                ),
                head("Paralegal", "Keane & Ruiz, P.A.", "2012", "2014"),
            ]
        );
    }

    #[test]
    fn a_narrow_columns_cuts_in_a_header_are_put_back() {
        let entries = parse(
            "Sierra Peak Electric — Journeyman\nElectrician / Foreman\n\
             November 2018 — October 2019 · Reno, NV\n• Built a dynamic pricing model for listings\n\n\
             Northgate Digital — Leeds\nDevOps Engineer\nMar 2017 — May 2018\n• Ran 40 servers.\n\n\
             Site Reliability Engineer\nCobalt Freight Ltd\t09/2015 —\n                02/2017\n• Ran 4 teams.\n\n\
             Finance Graduate (Rotational\nProgramme) — Harcourt & Lyle plc\n2012 – 2015\n• Closed books.",
        );
        assert_eq!(
            heads(&entries),
            [
                head(
                    "Journeyman Electrician / Foreman",
                    "Sierra Peak Electric",
                    "2018-11",
                    "2019-10"
                ),
                head("DevOps Engineer", "Northgate Digital", "2017-03", "2018-05"),
                head(
                    "Site Reliability Engineer",
                    "Cobalt Freight Ltd",
                    "2015-09",
                    "2017-02"
                ),
                head(
                    "Finance Graduate (Rotational Programme)",
                    "Harcourt & Lyle plc",
                    "2012",
                    "2015"
                ),
            ]
        );
    }

    #[test]
    fn a_town_after_the_dates_is_a_place() {
        let entries = parse(
            "Rupeeflow — Data Analyst\nDec 2018 – Present · Bengaluru\n• Built 4 dashboards.\n\n\
             Northgate Digital\t2014 – 2017 | Leeds\nSystems Administrator\n• Ran 40 servers.",
        );
        assert_eq!(
            heads(&entries),
            [
                head("Data Analyst", "Rupeeflow", "2018-12", ""),
                head("Systems Administrator", "Northgate Digital", "2014", "2017"),
            ]
        );
    }

    #[test]
    fn a_title_with_its_specialty_is_at_its_employer() {
        let entries = parse(
            "Registered Nurse – Medical-Surgical at Mercy Valley Hospital\nOct 2015 – Feb 2018\n\
             • Cared for 6 patients a shift.\n\n\
             Teaching Assistant — University of Texas at Austin\n2013 – 2015\n• Taught 3 labs.",
        );
        assert_eq!(
            heads(&entries),
            [
                head(
                    "Registered Nurse – Medical-Surgical",
                    "Mercy Valley Hospital",
                    "2015-10",
                    "2018-02"
                ),
                head(
                    "Teaching Assistant",
                    "University of Texas at Austin",
                    "2013",
                    "2015"
                ),
            ]
        );
    }

    #[test]
    fn a_header_cut_inside_its_place_or_its_dates_is_put_back() {
        let entries = parse(
            "Austin Independent School District, Austin,\nTX (Mar. 2021 — Now)\nSubstitute Teacher\n\
             • Taught 5 classes a day.\n\
             Brooklyn Public Library, Brooklyn, NY (Jul.\n2019 — Nov. 2020)\nLibrarian\n\
             • Ran 3 reading programmes.",
        );
        assert_eq!(
            heads(&entries),
            [
                head(
                    "Substitute Teacher",
                    "Austin Independent School District",
                    "2021-03",
                    ""
                ),
                head("Librarian", "Brooklyn Public Library", "2019-07", "2020-11"),
            ]
        );
    }

    #[test]
    fn the_next_jobs_dates_do_not_complete_a_place() {
        let entries = parse(
            "6/2015–2/2018\nCivil Engineer\nAECOM, Los Angeles, CA\n\
             11/2012–5/2015\nBarista\nBlue Bottle Coffee, Oakland, CA\n• Pulled 300 shots a day.",
        );
        assert_eq!(
            heads(&entries),
            [
                head("Civil Engineer", "AECOM", "2015-06", "2018-02"),
                head("Barista", "Blue Bottle Coffee", "2012-11", "2015-05"),
            ]
        );
    }

    #[test]
    fn roles_outside_offices_read_as_titles() {
        for title in [
            "Bank Teller",
            "Park Ranger",
            "Claims Adjuster",
            "Epidemiologist",
            "Optician",
            "Wedding Videographer",
        ] {
            assert!(is_title_like(title), "{title}");
        }
        for employer in [
            "Baker McKenzie",
            "George Mason University",
            "Boy Scouts of America",
        ] {
            assert!(!is_title_like(employer), "{employer}");
        }
        let entries = parse(
            "Bank Teller at Bank of America\n4/2022 to Present\n• Counted 300 notes.\n\n\
             Park Ranger at National Park Service\n8/2017\n• Ran 3 trails.",
        );
        assert_eq!(
            heads(&entries),
            [
                head("Bank Teller", "Bank of America", "2022-04", ""),
                head("Park Ranger", "National Park Service", "2017-08", ""),
            ]
        );
    }

    #[test]
    fn a_town_may_name_its_region_before_the_country() {
        for place in ["Ottawa, ON, Canada", "Austin, TX, USA", "Pune, MH, India"] {
            assert!(is_location(place), "{place}");
        }
        // Three parts whose middle is a town are a company and its town.
        assert!(!is_location("Northwind Traders, Columbus, OH"));
        assert!(!is_location("Ogilvy, London, UK"));
        let entries = parse(
            "Talent Acquisition Partner, Shopify, Ottawa, ON, Canada\n2020-01 — Present\n• Hired 40 engineers in a year.",
        );
        assert_eq!(
            entries[0].title.as_deref(),
            Some("Talent Acquisition Partner")
        );
        assert_eq!(entries[0].company.as_deref(), Some("Shopify"));
    }
    #[test]
    fn the_next_jobs_one_line_header_is_not_an_employer_line() {
        let entries = parse(
            "Senior Backend Engineer, Tessellate Payments, New York, NY\nMay 2021 – Present\n\
             Software Engineer, Orderbird Commerce, New York, NY\nJul 2016 – Apr 2021\n- Split services\n\
             Senior Accountant, Trinity Ridge Healthcare Partners, Dallas, TX\nMay 2012 – Jun 2016\n\
             Audit Senior, Baird & Kessling LLP, Dallas, TX\nSep 2009 – Apr 2012\n- Audited",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Senior Backend Engineer",
                    "Tessellate Payments",
                    "2021-05",
                    ""
                ),
                head(
                    "Software Engineer",
                    "Orderbird Commerce",
                    "2016-07",
                    "2021-04"
                ),
                head(
                    "Senior Accountant",
                    "Trinity Ridge Healthcare Partners",
                    "2012-05",
                    "2016-06"
                ),
                head("Audit Senior", "Baird & Kessling LLP", "2009-09", "2012-04"),
            ]
        );
    }

    #[test]
    fn roles_indented_under_their_employer_keep_what_follows_a_comma() {
        let entries = parse(
            "  Straits Mutual Assurance Pte Ltd, Singapore\n\
             \x20   Senior Manager, Pricing Actuarial (Health & Protection)     2021 – now\n\
             \x20     - Pricing for shield products\n\
             \x20   Manager, Valuation (IFRS 17 implementation)     2019–21\n\
             \x20     - CSM methodology\n\
             \n\
             \x20 Halden Actuarial Consulting, Hong Kong\n\
             \x20   Consultant     2016–2019",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Senior Manager, Pricing Actuarial (Health & Protection)",
                    "Straits Mutual Assurance Pte Ltd",
                    "2021",
                    ""
                ),
                head(
                    "Manager, Valuation (IFRS 17 implementation)",
                    "Straits Mutual Assurance Pte Ltd",
                    "2019",
                    "2021"
                ),
                head("Consultant", "Halden Actuarial Consulting", "2016", "2019"),
            ]
        );
    }

    #[test]
    fn a_branch_named_by_its_place_is_where_not_who() {
        let entries = parse(
            "Atlantic Fitness Clubs — Cape Town\n\
             - Senior Personal Trainer, Sea Point club · Mar 2019 – Dec 2021\n\
             \x20 - Mentored 5 new trainers\n\
             - Membership Consultant, Claremont club · Jun 2016 – Jan 2017",
        );
        let branch = parse(
            "Resident Optometrist\n\
             ClearView Optical Centers, Inc. – SM City Cebu branch\n\
             August 2021 – Present\n\
             - Refractions",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Senior Personal Trainer",
                    "Atlantic Fitness Clubs",
                    "2019-03",
                    "2021-12"
                ),
                head(
                    "Membership Consultant",
                    "Atlantic Fitness Clubs",
                    "2016-06",
                    "2017-01"
                ),
            ]
        );
        assert_eq!(
            heads(&branch),
            vec![head(
                "Resident Optometrist",
                "ClearView Optical Centers, Inc.",
                "2021-08",
                ""
            )]
        );
    }

    #[test]
    fn a_firm_named_for_its_trade_is_no_title() {
        let entries = parse(
            "Odhiambo & Associates Land Surveyors, Kisumu\tJan 2019 – Present\n\
             Licensed Surveyor & Principal\n\
             - Cadastral subdivisions",
        );
        assert_eq!(
            heads(&entries),
            vec![head(
                "Licensed Surveyor & Principal",
                "Odhiambo & Associates Land Surveyors",
                "2019-01",
                ""
            )]
        );
    }

    #[test]
    fn a_dated_career_gap_is_no_job_and_ends_the_one_above() {
        let entries = parse(
            "Police Constable\n\
             Northumberland Regional Police Service - Cobourg, ON\n\
             03/2019 - Present\n\
             \x20 - Uniform patrol\n\
             \n\
             01/2018 - 02/2019  Career transition (relocation; completed bridging courses)\n\
             \n\
             Corporal, Military Police\n\
             Canadian Armed Forces (Regular Force) - CFB Kingston, ON & CFB Petawawa, ON\n\
             06/2011 - 12/2017\n\
             \x20 - Garrison policing",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Police Constable",
                    "Northumberland Regional Police Service",
                    "2019-03",
                    ""
                ),
                head(
                    "Corporal, Military Police",
                    "Canadian Armed Forces (Regular Force)",
                    "2011-06",
                    "2017-12"
                ),
            ]
        );
        assert_eq!(entries[0].bullets, vec!["Uniform patrol"]);
        assert!(accounts_for_a_gap("Parental leave"));
        assert!(!accounts_for_a_gap("Relocation Consultant"));
    }

    #[test]
    fn the_service_then_who_it_was_for() {
        let entries = parse(
            "Full-time National Service – Singapore Armed Forces\n\
             \x20 Signals Section Commander (3SG)     Dec 2008 – Oct 2010",
        );
        assert_eq!(
            heads(&entries),
            vec![head(
                "Signals Section Commander (3SG)",
                "Singapore Armed Forces",
                "2008-12",
                "2010-10"
            )]
        );
    }

    #[test]
    fn jobs_as_the_rows_of_a_table_under_its_labels() {
        let entries = parse(
            "Rank\tVessel Name\tFlag\tSign On\tSign Off\tManning Agency\n\
             Second Officer\tMV PACIFIC HARMONY\tPanama\t15-Jan-2023\t20-Sep-2023\tLuzon Star Maritime Corp.\n\
             Deck Cadet\tMV SOUTHERN PEARL\tSingapore\t12-Aug-2010\tOn board\tPacific Ocean Manning Inc.\n\
             \n\
             Designation\tInstitution\tFrom\tTo\n\
             House Officer\tLahore Institute of Dental Sciences\t01-03-2017\t28-02-2018",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Second Officer",
                    "Luzon Star Maritime Corp.",
                    "2023-01",
                    "2023-09"
                ),
                head("Deck Cadet", "Pacific Ocean Manning Inc.", "2010-08", ""),
                head(
                    "House Officer",
                    "Lahore Institute of Dental Sciences",
                    "2017-03",
                    "2018-02"
                ),
            ]
        );
    }

    #[test]
    fn a_title_item_over_its_employer_over_its_dates() {
        let entries = parse(
            " * General Dental Practitioner\n\
             \x20  SmileCare Dental Clinic, Clifton, Karachi\n\
             \x20  Aug 2020 to date\n\
             \x20    - 20-25 patients daily\n\
             \n\
             \x20* Dental Surgeon (Part-time, evening OPD)\n\
             \x20  Al-Shifa Welfare Hospital, Korangi\n\
             \x20  02/2019 - 07/2020",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "General Dental Practitioner",
                    "SmileCare Dental Clinic",
                    "2020-08",
                    ""
                ),
                head(
                    "Dental Surgeon (Part-time, evening OPD)",
                    "Al-Shifa Welfare Hospital",
                    "2019-02",
                    "2020-07"
                ),
            ]
        );
    }

    #[test]
    fn separators_are_no_words_of_a_header() {
        // Eleven tokens, nine of them words: a header, not a sentence.
        let entries = parse(
            "Sept 2019 – Present\n\
             Senior Stylist & Colour Educator – Bloom & Co. Hair, Didsbury\n\
             \x20•  Column of 25–30 clients a week.",
        );
        assert_eq!(
            heads(&entries),
            vec![head(
                "Senior Stylist & Colour Educator",
                "Bloom & Co. Hair",
                "2019-09",
                ""
            )]
        );
    }

    #[test]
    fn a_site_named_after_its_employer_is_where_not_who() {
        let entries = parse(
            "**Nordhaven Business Services** | Kraków Delivery Centre\n\
             \n\
             * **Junior Salesforce Administrator** · 04.2019 – 02.2021\n\
             \x20 * User management\n\
             \n\
             Ministry of Health | Sunrise Medical Centre\n\
             \n\
             Clinical Officer · 2016 – 2019\n\
             - Triage",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Junior Salesforce Administrator",
                    "Nordhaven Business Services",
                    "2019-04",
                    "2021-02"
                ),
                head(
                    "Clinical Officer",
                    "Ministry of Health | Sunrise Medical Centre",
                    "2016",
                    "2019"
                ),
            ]
        );
    }

    #[test]
    fn a_district_and_its_town_or_two_towns_after_an_employer() {
        let entries = parse(
            "Team Leader – Customer Care (US Telecom Account), Archipelago Contact Solutions, Inc., Eastwood City, Quezon City\n\
             Jun 2019 → Present\n\
             • Lead 18 agents\n\
             \n\
             Self-employed, Hawke's Bay & Manawatu (Mar 2023 to Ongoing)\n\
             Locum Veterinarian (Production Animal)\n\
             – Cover calving seasons\n\
             \n\
             Fall 2023  Planning Co-op Student — Region of Waterloo, Planning, Development & Legislative Services, Kitchener, ON\n\
             • Mapped 212 sites",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Team Leader – Customer Care (US Telecom Account)",
                    "Archipelago Contact Solutions, Inc.",
                    "2019-06",
                    ""
                ),
                head(
                    "Locum Veterinarian (Production Animal)",
                    "Self-employed",
                    "2023-03",
                    ""
                ),
                head(
                    "Planning Co-op Student",
                    "Region of Waterloo, Planning, Development & Legislative Services",
                    "2023",
                    ""
                ),
            ]
        );
    }

    #[test]
    fn a_former_name_in_parentheses_stays_with_the_employer() {
        let entries = parse(
            "City / Regional Driver (Class 3, then Class 1)               2004 – 2008\n\
             Prairie West Transport (formerly Kroeker Bros. Cartage), Lethbridge, AB\n\
             \n\
             Bowen Basin Coal Services Pty Ltd (formerly Moranbah Plant Hire)   Moranbah, QLD\n\
             Heavy Diesel Fitter (Contract, DIDO)                                   2011-2013\n\
             Shutdown and breakdown work on Komatsu and Cat fleets\n\
             \n\
             Turnaround Technician                                  2009-2011\n\
             Gulf Coast Turnaround Services (contract through Brazos Industrial Staffing)\n\
             \n\
             Vertex CX Solutions, Inc. (formerly TelePhil Contact Centers)  Sept 2006 - Aug 2009\n\
             Operations Team Leader – Telco Account · Cebu City\n\
             • Lead 2 teams\n",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "City / Regional Driver (Class 3, then Class 1)",
                    "Prairie West Transport (formerly Kroeker Bros. Cartage)",
                    "2004",
                    "2008"
                ),
                head(
                    "Heavy Diesel Fitter (Contract, DIDO)",
                    "Bowen Basin Coal Services Pty Ltd (formerly Moranbah Plant Hire)",
                    "2011",
                    "2013"
                ),
                head(
                    "Turnaround Technician",
                    "Gulf Coast Turnaround Services",
                    "2009",
                    "2011"
                ),
                head(
                    "Operations Team Leader – Telco Account",
                    "Vertex CX Solutions, Inc. (formerly TelePhil Contact Centers)",
                    "2006-09",
                    "2009-08"
                ),
            ]
        );
    }

    #[test]
    fn a_street_or_region_in_a_column_after_the_employer() {
        let entries = parse(
            "Al-Huda Computers                                              Hall Road, Lahore\n\
             Hardware Technician (Trainee)                                        Summer 2015\n\
             - Repairs\n\
             \n\
             Savannah Agro-Allied Industries Ltd\tZaria, Kaduna State\n\
             Graduate Trainee – Agronomy & Extension\tJan. 2014 – Now\n\
             - Farmer training",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Hardware Technician (Trainee)",
                    "Al-Huda Computers",
                    "2015",
                    ""
                ),
                head(
                    "Graduate Trainee – Agronomy & Extension",
                    "Savannah Agro-Allied Industries Ltd",
                    "2014-01",
                    ""
                ),
            ]
        );
    }

    #[test]
    fn a_public_body_with_a_long_name_still_heads_its_job() {
        let entries = parse(
            "Summer Intern                                                  2015-05 – 2015-07\n\
             Centre for Development of Advanced Computing (C-DAC), Ministry of Electronics & IT, Government of India, Pune\n\
             • Built a Python scraper for 12 state agricultural price portals.\n\
             \n\
             Q1 2012 → Q2 2014  Seconded Livelihoods Advisor (UNHCR-funded) — Department of Refugee Services, Ministry of Interior and National Administration, Government of Kenya, Nairobi\n\
             • Drafted the livelihoods chapter of the national plan.\n\
             \n\
             2010 – 2011  Field Officer — I worked with the team of the county to set up water points in the camps and the towns nearby, Nairobi\n",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Summer Intern",
                    "Centre for Development of Advanced Computing (C-DAC), Ministry of Electronics & IT, Government of India",
                    "2015-05",
                    "2015-07"
                ),
                head(
                    "Seconded Livelihoods Advisor (UNHCR-funded)",
                    "Department of Refugee Services, Ministry of Interior and National Administration, Government of Kenya",
                    "2012",
                    "2014"
                ),
            ]
        );
    }

    #[test]
    fn a_site_and_its_town_after_the_title_under_a_dated_employer() {
        let entries = parse(
            "Falcon Gulf Airways PJSC\tJan 2018 – Present\n\
             \x20Cadet First Officer (Type Rating & Line Training) · Abu Dhabi\n\
             \x20 › Flew A320.\n\
             Pakistan Air Force\tDec 2008 – Nov 2012\n\
             \x20Pilot Officer / Flying Officer · PAF Base Mushaf, Sargodha\n\
             \x20 › Flew K-8.\n\
             Sahara Ground Services\tJan 2006 – Nov 2008\n\
             \x20Ramp Agent · Senior Agent, Night Shift\n",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Cadet First Officer (Type Rating & Line Training)",
                    "Falcon Gulf Airways PJSC",
                    "2018-01",
                    ""
                ),
                head(
                    "Pilot Officer / Flying Officer",
                    "Pakistan Air Force",
                    "2008-12",
                    "2012-11"
                ),
                head(
                    "Ramp Agent · Senior Agent, Night Shift",
                    "Sahara Ground Services",
                    "2006-01",
                    "2008-11"
                ),
            ]
        );
    }

    #[test]
    fn a_town_named_with_a_particle_and_cut_after_it() {
        let entries = parse(
            "Feb 2018 - Present Associate Architect & Project Lead — Taller Ocho Arquitectos, S.C., Ciudad de\n\
             México\n\
             • Led design of 7 mid-rise housing projects.\n\
             Jul 2012 - Dec 2014 Project Architect — Grupo Inmobiliario Altavista S.A. de C.V.\n\
             • Produced construction documents.\n",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Associate Architect & Project Lead",
                    "Taller Ocho Arquitectos, S.C.",
                    "2018-02",
                    ""
                ),
                head(
                    "Project Architect",
                    "Grupo Inmobiliario Altavista S.A. de C.V.",
                    "2012-07",
                    "2014-12"
                ),
            ]
        );
        assert!(is_bare_place("Frankfurt am Main"));
        assert!(!is_bare_place("S.A. de C.V."));
    }

    #[test]
    fn a_long_header_with_a_note_and_a_town_region_and_country() {
        let entries = parse(
            "Director & Locum Veterinarian (self-employed), Whitlock Veterinary Services Pty Ltd t/a Riverina Relief Vets, Wagga Wagga, NSW\n\
             Mar 2020 → Present\n\
             • Provide relief cover to 30+ clinics.\n\
             \n\
             Farm Animal Veterinary Surgeon (Locum, 6-month contract), Pennine Farm Vets LLP, Skipton, North Yorkshire, UK\n\
             Jun 2015 → Dec 2015\n\
             • Covered TB testing.\n",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Director & Locum Veterinarian (self-employed)",
                    "Whitlock Veterinary Services Pty Ltd t/a Riverina Relief Vets",
                    "2020-03",
                    ""
                ),
                head(
                    "Farm Animal Veterinary Surgeon (Locum, 6-month contract)",
                    "Pennine Farm Vets LLP",
                    "2015-06",
                    "2015-12"
                ),
            ]
        );
    }

    #[test]
    fn the_towns_of_one_post() {
        let entries = parse(
            "August 2009 to May 2013 (incl. 12-month deployment)\n\
             Utilities Equipment Repairer (MOS 91C), Specialist to Sergeant\n\
             U.S. Army, Fort Hood, TX; Kandahar, Afghanistan\n\
             \n\
             Self-employed\t2019\n\
             \x20Freelance Architect – Passivhaus consultancy · Berlin / London\n\
             \x20 • Ran PHPP energy models.\n",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Utilities Equipment Repairer (MOS 91C), Specialist to Sergeant",
                    "U.S. Army",
                    "2009-08",
                    "2013-05"
                ),
                head(
                    "Freelance Architect – Passivhaus consultancy",
                    "Self-employed",
                    "2019",
                    ""
                ),
            ]
        );
    }

    #[test]
    fn an_employers_town_however_it_is_set_after_the_name() {
        let entries = parse(
            "### Tulpwerk B.V. — Amsterdam\n\
             \n\
             Senior iOS Developer · Apr 2021 – present\n\
             - Led the app\n\
             \n\
             Nusantara Marine Weather Sdn. Bhd. — Kuala Lumpur\n\
             Senior Marine Forecaster, Jun 2019 – Present\n\
             - Forecasts\n\
             \n\
             Production Engineer\tBorneo Offshore Energy Sdn. Bhd. (Miri, Sarawak)\tJan 2016 – Dec 2018\n\
             - Wells\n\
             \n\
             Mar. 2014 - Feb. 2015\tNATIONAL BUREAU OF STATISTICS, ABUJA\n\
             Corps Member (NYSC)\n\
             - Tabulation\n\
             \n\
             Heavy Haul Truck Operator\n\
             Athabasca Sands Mining Ltd. -- Mildred Lake site, north of Fort McMurray\n\
             2012 - 2014\n\
             - Hauled",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head("Senior iOS Developer", "Tulpwerk B.V.", "2021-04", ""),
                head(
                    "Senior Marine Forecaster",
                    "Nusantara Marine Weather Sdn. Bhd.",
                    "2019-06",
                    ""
                ),
                head(
                    "Production Engineer",
                    "Borneo Offshore Energy Sdn. Bhd.",
                    "2016-01",
                    "2018-12"
                ),
                head(
                    "Corps Member (NYSC)",
                    "NATIONAL BUREAU OF STATISTICS",
                    "2014-03",
                    "2015-02"
                ),
                head(
                    "Heavy Haul Truck Operator",
                    "Athabasca Sands Mining Ltd.",
                    "2012",
                    "2014"
                ),
            ]
        );
        // One name alone in parentheses may be the employer's own.
        assert_eq!(
            without_location("Canadian Armed Forces (Regular Force)").as_deref(),
            Some("Canadian Armed Forces (Regular Force)")
        );
    }

    #[test]
    fn towns_and_districts_are_no_part_of_the_employer() {
        let entries = parse(
            "Audiologist (Graduate), ClearTone Audiology — Melbourne, VIC\n\
             2013 – 2014\n\
             - Fittings\n\
             \n\
             Production Engineer\tKinabalu Petroleum Services Sdn. Bhd. (Kuala Lumpur)\tJul 2014 – Dec 2018\n\
             - Wells\n\
             \n\
             General Dental Practitioner\tSmileCare Dental Clinic, DHA Phase 5, Lahore\t01-06-2021 – Till date\n\
             - Restorations",
        );
        assert_eq!(
            heads(&entries),
            vec![
                head(
                    "Audiologist (Graduate)",
                    "ClearTone Audiology",
                    "2013",
                    "2014"
                ),
                head(
                    "Production Engineer",
                    "Kinabalu Petroleum Services Sdn. Bhd.",
                    "2014-07",
                    "2018-12"
                ),
                head(
                    "General Dental Practitioner",
                    "SmileCare Dental Clinic",
                    "2021-06",
                    ""
                ),
            ]
        );
    }
}
