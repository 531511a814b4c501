//! Step subjects and bodies are minijinja templates with strict undefined behaviour: a variable
//! that is not known is rejected when the step is saved, and one that has no value for a given
//! contact fails the render instead of printing nothing to a hiring manager.
//!
//! Variables are found with minijinja's own parser (`undeclared_variables`), never by pattern
//! matching the source.
//!
//! Every render runs on a fuel budget (minijinja counts the instructions it executes) and into
//! a size-capped buffer, so a template with nested loops or a huge output fails in
//! milliseconds: at save it is a 422 naming the field, at preview or send a render error.
//! Fuel counts instructions, not bytes, so what could build a huge value in a few instructions
//! is not offered: the operators that join or repeat values (`+`, `~`, `*`) are refused, and
//! the only filters are `upper`, `lower`, `title`, `capitalize`, `trim` and `default` (`d`).

use std::collections::BTreeSet;
use std::io;
use std::sync::LazyLock;

use minijinja::value::Serde;
use minijinja::{Environment, ErrorKind, UndefinedBehavior};
use serde::Serialize;
use shared::text::TextError;

/// Every variable a step may use, with what it is filled with.
pub const VARIABLES: &[(&str, &str)] = &[
    ("contact.first_name", "the contact's first name"),
    ("contact.last_name", "the contact's last name"),
    ("contact.company", "the contact's company"),
    ("contact.title", "the contact's job title"),
    ("job.title", "the title of the application's job"),
    ("job.company", "the company of the application's job"),
    (
        "pain_point",
        "the top pain point generated for the application's job",
    ),
    ("offer", "the body of the application's offer"),
    ("sender.name", "the From name of the campaign's sender"),
    (
        UNSUBSCRIBE_URL,
        "the recipient's one-click unsubscribe link (required in every body)",
    ),
];

pub const UNSUBSCRIBE_URL: &str = "unsubscribe_url";
/// What the OpenAPI document says a subject is: SPEC §2's variable language, one line of text
/// (no braces, no control characters) and `{{ variable }}` tags of [`VARIABLES`], not blank.
/// `check` accepts more of the template engine (`{% if %}`, filters); the document describes
/// the form SPEC defines, so that every subject it allows is one `check` accepts.
pub static SUBJECT_PATTERN: LazyLock<String> = LazyLock::new(|| {
    let tag = variable_tag(None);
    let text = r"[^{}\u0000-\u001F\u007F-\u009F]";
    let visible =
        r"[^{}\u0000-\u0020\u007F-\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]";
    format!("^(?:{text}|{tag})*(?:{visible}|{tag})(?:{text}|{tag})*$")
});

/// The same for a body: text that may span lines, with `{{ unsubscribe_url }}` at least once.
pub static BODY_PATTERN: LazyLock<String> = LazyLock::new(|| {
    let tag = variable_tag(None);
    let unsubscribe = variable_tag(Some(UNSUBSCRIBE_URL));
    let text = r"[^{}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]";
    format!("^(?:{text}|{tag})*{unsubscribe}(?:{text}|{tag})*$")
});

/// `{{ name }}` for `only`, or for any of [`VARIABLES`]; spaces inside the braces are optional.
fn variable_tag(only: Option<&str>) -> String {
    let names: Vec<String> = VARIABLES
        .iter()
        .map(|(name, _)| *name)
        .filter(|name| only.is_none_or(|only| only == *name))
        .map(|name| name.replace('.', r"\."))
        .collect();
    format!(r"\{{\{{ *(?:{}) *\}}\}}", names.join("|"))
}

/// Longest accepted subject and body templates, in characters.
pub const MAX_SUBJECT_CHARS: usize = 300;
pub const MAX_BODY_CHARS: usize = 20_000;

/// Instructions one render may execute. A step that prints every variable a hundred times
/// needs a few thousand; two nested loops over `range(1000)` need millions.
pub const FUEL: u64 = 50_000;

/// Most bytes a rendered subject or body may have. A body template is at most 20000
/// characters and the values filled in (offer, pain point, names) are short, so a legitimate
/// message stays far below this; anything above is a loop or a repetition gone wrong.
pub const MAX_RENDERED_SUBJECT_BYTES: usize = 2_000;
pub const MAX_RENDERED_BODY_BYTES: usize = 100_000;

static ENVIRONMENT: LazyLock<Environment<'static>> = LazyLock::new(|| {
    // Empty: no globals (`range`, `namespace`) and only filters that cannot grow a value much.
    let mut env = Environment::empty();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_fuel(Some(FUEL));
    env.add_filter("upper", minijinja::filters::upper);
    env.add_filter("lower", minijinja::filters::lower);
    env.add_filter("title", minijinja::filters::title);
    env.add_filter("capitalize", minijinja::filters::capitalize);
    env.add_filter("trim", minijinja::filters::trim);
    env.add_filter("default", minijinja::filters::default);
    env.add_filter("d", minijinja::filters::default);
    env.add_test("defined", minijinja::tests::is_defined);
    env.add_test("undefined", minijinja::tests::is_undefined);
    env.add_test("none", minijinja::tests::is_none);
    env
});

/// The first operator in the template's tags that joins or repeats values. With `set`, each
/// doubles a value in one instruction, so thirty of them, far inside the fuel budget, would ask
/// for gigabytes before any output is written. Steps only print values and test them.
/// Conservative: it looks at every `{{ }}` and `{% %}` outside string literals.
fn growing_operator(source: &str) -> Option<char> {
    let mut chars = source.chars().peekable();
    let mut tag_end: Option<char> = None;
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        match (tag_end, quote) {
            (None, _) => {
                if c == '{' {
                    match chars.peek() {
                        Some('{') => tag_end = Some('}'),
                        Some('%') => tag_end = Some('%'),
                        _ => {}
                    }
                    if tag_end.is_some() {
                        chars.next();
                    }
                }
            }
            (Some(_), Some(open)) => {
                if c == '\\' {
                    chars.next();
                } else if c == open {
                    quote = None;
                }
            }
            (Some(end), None) => {
                if c == '"' || c == '\'' {
                    quote = Some(c);
                } else if c == end && chars.peek() == Some(&'}') {
                    chars.next();
                    tag_end = None;
                } else if matches!(c, '+' | '~' | '*') {
                    return Some(c);
                }
            }
        }
    }
    None
}

fn growing_operator_message(operator: char) -> String {
    format!(
        "uses the operator `{operator}`; steps print variables and test them, they do not \
         join or repeat values"
    )
}

fn is_allowed(name: &str) -> bool {
    VARIABLES.iter().any(|(allowed, _)| *allowed == name)
}

fn allowed_list() -> String {
    VARIABLES
        .iter()
        .map(|(name, _)| *name)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The values a step is rendered with. A `None` is left out of the template context, so a
/// template that prints it fails under strict undefined behaviour.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Context {
    pub contact: ContactVars,
    pub job: JobVars,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pain_point: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offer: Option<String>,
    pub sender: SenderVars,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unsubscribe_url: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ContactVars {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct JobVars {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct SenderVars {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// Blank values count as missing: "Hi ," is as bad as "Hi none,".
pub fn present(value: Option<String>) -> Option<String> {
    value.filter(|value| !value.trim().is_empty())
}

impl Context {
    fn value_of(&self, name: &str) -> Option<&str> {
        match name {
            "contact.first_name" => self.contact.first_name.as_deref(),
            "contact.last_name" => self.contact.last_name.as_deref(),
            "contact.company" => self.contact.company.as_deref(),
            "contact.title" => self.contact.title.as_deref(),
            "job.title" => self.job.title.as_deref(),
            "job.company" => self.job.company.as_deref(),
            "pain_point" => self.pain_point.as_deref(),
            "offer" => self.offer.as_deref(),
            "sender.name" => self.sender.name.as_deref(),
            UNSUBSCRIBE_URL => self.unsubscribe_url.as_deref(),
            _ => None,
        }
    }

    /// A context with every variable filled, used to prove a template renders at save time.
    pub fn sample(unsubscribe_url: &str) -> Self {
        let text = |value: &str| Some(value.to_owned());
        Self {
            contact: ContactVars {
                first_name: text("Ada"),
                last_name: text("Lovelace"),
                company: text("Analytical Engines Ltd"),
                title: text("Head of Engineering"),
            },
            job: JobVars {
                title: text("Staff Engineer"),
                company: text("Analytical Engines Ltd"),
            },
            pain_point: text("Deploys take a day"),
            offer: text("I cut deploy time from hours to minutes at my last two teams."),
            sender: SenderVars {
                name: text("Grace Hopper"),
            },
            unsubscribe_url: Some(unsubscribe_url.to_owned()),
        }
    }
}

/// Where the unsubscribe link of the save-time sample render points; never shown to anyone.
const SAMPLE_UNSUBSCRIBE_URL: &str = "https://unsubscribe.invalid/save-check";

/// Which part of a step a template is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Subject,
    Body,
}

impl Part {
    fn max_chars(self) -> usize {
        match self {
            Self::Subject => MAX_SUBJECT_CHARS,
            Self::Body => MAX_BODY_CHARS,
        }
    }

    fn max_rendered_bytes(self) -> usize {
        match self {
            Self::Subject => MAX_RENDERED_SUBJECT_BYTES,
            Self::Body => MAX_RENDERED_BODY_BYTES,
        }
    }
}

/// The render buffer: refuses the write that would take it past `limit`, which stops the
/// render there instead of after the whole output was built.
struct Capped {
    text: Vec<u8>,
    limit: usize,
    exceeded: bool,
}

impl io::Write for Capped {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        if self.text.len().saturating_add(bytes.len()) > self.limit {
            self.exceeded = true;
            return Err(io::Error::other("rendered output over its cap"));
        }
        self.text.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Why a render stopped before its end, beyond what the template itself got wrong.
#[derive(Debug)]
enum Stopped {
    /// The template or its values failed (undefined value, wrong type, ...).
    Engine(minijinja::Error),
    /// The fuel budget ran out: loops do too much work.
    OutOfFuel,
    /// The output passed the part's size cap.
    TooLarge(usize),
}

/// Renders under the fuel budget into a buffer capped for the part.
fn render_limited(
    template: &minijinja::Template<'_, '_>,
    context: &Context,
    part: Part,
) -> Result<String, Stopped> {
    let mut buffer = Capped {
        text: Vec::new(),
        limit: part.max_rendered_bytes(),
        exceeded: false,
    };
    match template.render_captured_to(Serde(context), &mut buffer) {
        Ok(_) => String::from_utf8(buffer.text).map_err(|_| {
            Stopped::Engine(minijinja::Error::new(
                ErrorKind::WriteFailure,
                "output is not UTF-8",
            ))
        }),
        Err(_) if buffer.exceeded => Err(Stopped::TooLarge(buffer.limit)),
        Err(err) if err.kind() == ErrorKind::OutOfFuel => Err(Stopped::OutOfFuel),
        Err(err) => Err(Stopped::Engine(err)),
    }
}

fn out_of_fuel_message() -> String {
    "takes too much work to render (a loop, or loops inside loops); simplify it".to_owned()
}

fn too_large_message(limit: usize) -> String {
    format!("renders to more than {limit} bytes; shorten it or remove the loop that repeats it")
}

/// Everything wrong with one template, as messages for its field. Empty means it may be saved.
pub fn check(source: &str, part: Part) -> Vec<String> {
    // The text rules first, the ones the OpenAPI document states (shared::text).
    let text = match part {
        Part::Subject => shared::text::non_blank_line(source, part.max_chars()),
        Part::Body => shared::text::multi_line(source, part.max_chars()).and_then(|body| {
            Some(body)
                .filter(|body| !body.is_empty())
                .ok_or(TextError::Empty)
        }),
    };
    if let Err(err) = text {
        return vec![err.to_string()];
    }
    if let Some(operator) = growing_operator(source) {
        return vec![growing_operator_message(operator)];
    }
    let template = match ENVIRONMENT.template_from_str(source) {
        Ok(template) => template,
        Err(err) => return vec![syntax_message(&err)],
    };
    let used: BTreeSet<String> = template.undeclared_variables(true).into_iter().collect();
    let mut problems: Vec<String> = used
        .iter()
        .filter(|name| !is_allowed(name))
        .map(|name| {
            format!(
                "uses unknown variable `{name}`; the variables are: {}",
                allowed_list()
            )
        })
        .collect();
    if part == Part::Body && !used.contains(UNSUBSCRIBE_URL) {
        problems.push(format!(
            "must contain {{{{{UNSUBSCRIBE_URL}}}}} so every message can be unsubscribed from"
        ));
    }
    if !problems.is_empty() {
        return problems;
    }
    // Known variables can still be misused (a filter on the wrong type, an include); a render
    // with every variable filled finds that now rather than at send time.
    match render_limited(&template, &Context::sample(SAMPLE_UNSUBSCRIBE_URL), part) {
        Err(Stopped::OutOfFuel) => vec![out_of_fuel_message()],
        Err(Stopped::TooLarge(limit)) => vec![too_large_message(limit)],
        Err(Stopped::Engine(err)) => vec![format!(
            "cannot be rendered: {}",
            err.detail().unwrap_or("template error")
        )],
        Ok(text) if part == Part::Body && !text.contains(SAMPLE_UNSUBSCRIBE_URL) => vec![format!(
            "must show {{{{{UNSUBSCRIBE_URL}}}}} in every message; here a condition can hide it"
        )],
        Ok(_) => Vec::new(),
    }
}

fn syntax_message(err: &minijinja::Error) -> String {
    let detail = err.detail().unwrap_or("invalid template");
    match err.line() {
        Some(line) => format!("has a template syntax error on line {line}: {detail}"),
        None => format!("has a template syntax error: {detail}"),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RenderError {
    /// Variables the template prints that have no value in this context.
    Missing(Vec<String>),
    /// The template itself is broken (saved before a check existed, or edited in the database).
    Broken(String),
}

/// Renders one body template. Variables without a value make it fail with their names.
pub fn render(source: &str, context: &Context) -> Result<String, RenderError> {
    render_part(source, context, Part::Body)
}

fn render_part(source: &str, context: &Context, part: Part) -> Result<String, RenderError> {
    // Stored before the operators were refused: refused here too, before anything is built.
    if let Some(operator) = growing_operator(source) {
        return Err(RenderError::Broken(growing_operator_message(operator)));
    }
    let template = ENVIRONMENT
        .template_from_str(source)
        .map_err(|err| RenderError::Broken(syntax_message(&err)))?;
    match render_limited(&template, context, part) {
        Ok(text) => Ok(text),
        Err(Stopped::OutOfFuel) => Err(RenderError::Broken(out_of_fuel_message())),
        Err(Stopped::TooLarge(limit)) => Err(RenderError::Broken(too_large_message(limit))),
        Err(Stopped::Engine(err)) if err.kind() == ErrorKind::UndefinedError => {
            let missing: Vec<String> = template
                .undeclared_variables(true)
                .into_iter()
                .filter(|name| context.value_of(name).is_none())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            if missing.is_empty() {
                Err(RenderError::Broken(
                    err.detail().unwrap_or("undefined value").to_owned(),
                ))
            } else {
                Err(RenderError::Missing(missing))
            }
        }
        Err(Stopped::Engine(err)) => Err(RenderError::Broken(
            err.detail().unwrap_or("template error").to_owned(),
        )),
    }
}

/// Renders a subject as one header-safe line: values containing line breaks cannot inject
/// headers, and runs of whitespace collapse to one space.
pub fn render_subject(source: &str, context: &Context) -> Result<String, RenderError> {
    let text = render_part(source, context, Part::Subject)?;
    Ok(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "Hi {{ contact.first_name }},\n\n{{ offer }}\n\n{{ unsubscribe_url }}";

    #[test]
    fn a_template_with_known_variables_and_the_unsubscribe_link_passes() {
        assert_eq!(check(BODY, Part::Body), Vec::<String>::new());
        assert_eq!(
            check(
                "{{ job.title }} at {{ job.company | upper }}",
                Part::Subject
            ),
            Vec::<String>::new()
        );
        let every = VARIABLES
            .iter()
            .map(|(name, _)| format!("{{{{ {name} }}}}"))
            .collect::<String>();
        assert_eq!(check(&every, Part::Body), Vec::<String>::new());
    }

    #[test]
    fn unknown_variables_are_named() {
        let problems = check(
            "{{ contact.nickname }} {{ salary }} {{ unsubscribe_url }}",
            Part::Body,
        );
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("`contact.nickname`"), "{problems:?}");
        assert!(problems[1].contains("`salary`"), "{problems:?}");
        // A whole object or an item lookup is not one of the variables either.
        assert!(check("{{ contact }} {{ unsubscribe_url }}", Part::Body)[0].contains("`contact`"));
        assert!(
            check(
                "{{ contact['first_name'] }} {{ unsubscribe_url }}",
                Part::Body
            )[0]
            .contains("`contact`")
        );
    }

    #[test]
    fn syntax_errors_name_the_line() {
        let problems = check(
            "Hi\n{{ contact.first_name }\n{{ unsubscribe_url }}",
            Part::Body,
        );
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].starts_with("has a template syntax error on line 2"),
            "{problems:?}"
        );
    }

    #[test]
    fn the_unsubscribe_link_is_required_and_cannot_be_hidden() {
        assert!(
            check("Hi {{ contact.first_name }}", Part::Body)[0].contains("{{unsubscribe_url}}")
        );
        let hidden = check(
            "{% if contact.first_name == 'x' %}{{ unsubscribe_url }}{% endif %}",
            Part::Body,
        );
        assert!(hidden[0].contains("a condition can hide it"), "{hidden:?}");
        // Subjects need no link.
        assert!(check("Quick question", Part::Subject).is_empty());
    }

    #[test]
    fn misuse_and_shape_are_caught_at_save() {
        let misuse = check(
            "{{ contact.first_name(1) }} {{ unsubscribe_url }}",
            Part::Body,
        );
        assert!(misuse[0].starts_with("cannot be rendered"), "{misuse:?}");
        let include = check("{% include 'x' %}{{ unsubscribe_url }}", Part::Body);
        assert_eq!(include.len(), 1, "{include:?}");
        assert_eq!(check("  ", Part::Body), ["must not be empty"]);
        assert_eq!(
            check("a\nb", Part::Subject),
            ["must be a single line without control characters"]
        );
        assert!(check(&"x".repeat(MAX_SUBJECT_CHARS + 1), Part::Subject)[0].contains("at most"));
    }

    /// Every subject and body the document's patterns allow is one `check` accepts: tried on
    /// every combination of a few pieces, tags and the characters around them included.
    #[test]
    fn what_the_document_allows_is_accepted() {
        let subject = regex::Regex::new(&SUBJECT_PATTERN).expect("subject pattern");
        let body = regex::Regex::new(&BODY_PATTERN).expect("body pattern");
        let pieces = [
            "Hi ",
            "{{ contact.first_name }}",
            "{{offer}}",
            "{{ unsubscribe_url }}",
            "\n",
            "\t",
            "é",
            " ",
            "%",
            "x",
        ];
        let (mut subjects, mut bodies) = (0, 0);
        for text in shared::text::concatenations(&pieces, 12_000) {
            if subject.is_match(&text) {
                assert_eq!(
                    check(&text, Part::Subject),
                    Vec::<String>::new(),
                    "{text:?}"
                );
                subjects += 1;
            }
            if body.is_match(&text) {
                assert_eq!(check(&text, Part::Body), Vec::<String>::new(), "{text:?}");
                bodies += 1;
            }
        }
        assert!(
            subjects > 1_000 && bodies > 1_000,
            "{subjects} subjects, {bodies} bodies"
        );
        for refused in [
            "{% if x %}",
            "{{ nope }}",
            "a{b",
            " ",
            "{{ unsubscribe_url }",
        ] {
            assert!(
                !body.is_match(refused) && !subject.is_match(refused),
                "{refused:?}"
            );
        }
    }

    #[test]
    fn missing_values_fail_the_render_by_name() {
        let mut context = Context::sample("https://example.test/u");
        context.offer = None;
        context.contact.title = present(Some("  ".to_owned()));
        assert_eq!(
            render(BODY, &context),
            Err(RenderError::Missing(vec!["offer".to_owned()]))
        );
        // A default filter is the template author's way to make a value optional.
        let optional = "{{ contact.title | default('there') }} {{ unsubscribe_url }}";
        assert_eq!(
            render(optional, &context).as_deref(),
            Ok("there https://example.test/u")
        );
    }

    #[test]
    fn subjects_render_as_one_line() {
        let mut context = Context::sample("u");
        context.job.title = Some("Staff\r\nBcc: victim@example.com".to_owned());
        assert_eq!(
            render_subject("Re:  {{ job.title }}", &context).as_deref(),
            Ok("Re: Staff Bcc: victim@example.com")
        );
    }

    #[test]
    fn nested_loops_run_out_of_fuel_at_save() {
        // `range` is not one of the variables, but a string is iterable: three loops over the
        // offer are a quarter of a million iterations, four would be fifteen million.
        let nested = "{% for a in offer %}{% for b in offer %}{% for c in offer %}x\
                      {% endfor %}{% endfor %}{% endfor %}{{ unsubscribe_url }}";
        assert_eq!(check(nested, Part::Body), [out_of_fuel_message()]);
        // A loop that stays small is still a template like any other.
        let small = "{% for c in sender.name %}-{% endfor %} {{ unsubscribe_url }}";
        assert!(check(small, Part::Body).is_empty());
    }

    #[test]
    fn output_over_the_cap_is_refused_at_save_and_at_render() {
        // 61 × 61 offers of 61 characters: little work, a quarter of a megabyte.
        let huge = "{% for a in offer %}{% for b in offer %}{{ offer }}{% endfor %}{% endfor %}\
                    {{ unsubscribe_url }}";
        assert_eq!(
            check(huge, Part::Body),
            [too_large_message(MAX_RENDERED_BODY_BYTES)]
        );
        assert_eq!(
            check("{% for a in offer %}{{ offer }}{% endfor %}", Part::Subject),
            [too_large_message(MAX_RENDERED_SUBJECT_BYTES)]
        );
        // A template saved before the caps existed fails its render the same way.
        let mut context = Context::sample("u");
        context.offer = Some("y".repeat(MAX_RENDERED_BODY_BYTES));
        assert_eq!(
            render("{{ offer }}{{ offer }}", &context),
            Err(RenderError::Broken(too_large_message(
                MAX_RENDERED_BODY_BYTES
            )))
        );
        assert_eq!(
            render(
                "{% for a in offer %}{% for b in offer %}{% endfor %}{% endfor %}",
                &context
            ),
            Err(RenderError::Broken(out_of_fuel_message()))
        );
    }

    #[test]
    fn operators_that_build_values_are_refused_before_anything_is_built() {
        let doubling =
            "{% set a = offer ~ offer %}{% set a = a ~ a %}{{ a }} {{ unsubscribe_url }}";
        assert_eq!(check(doubling, Part::Body), [growing_operator_message('~')]);
        for (source, operator) in [
            ("{{ 'x' * 100000000 }} {{ unsubscribe_url }}", '*'),
            ("{{ offer + offer }} {{ unsubscribe_url }}", '+'),
            (
                "{%- if contact.title -%}{{ contact.title ~ '!' }}{% endif %}",
                '~',
            ),
        ] {
            assert_eq!(growing_operator(source), Some(operator), "{source}");
            assert_eq!(
                render(source, &Context::sample("u")),
                Err(RenderError::Broken(growing_operator_message(operator)))
            );
        }
        // Outside tags and inside string literals they are only text.
        for fine in [
            "1 + 1 = 2, a*b ~ c {{ unsubscribe_url }}",
            "{{ contact.title | default('+ more ~ *') }} {{ unsubscribe_url }}",
            "{# a + b #}{{ unsubscribe_url }}",
        ] {
            assert_eq!(growing_operator(fine), None, "{fine}");
            assert!(check(fine, Part::Body).is_empty(), "{fine}");
        }
        // Filters that could build large values are not offered at all.
        let join = check(
            "{{ [offer, offer] | join }} {{ unsubscribe_url }}",
            Part::Body,
        );
        assert!(join[0].starts_with("cannot be rendered"), "{join:?}");
    }
}
