//! What the OpenAPI document says about every operation at once: the problem documents the
//! shared request pipeline can answer with, and the bounds of list parameters. Routes document
//! their own successes and the failures only they produce; these are added where missing, so a
//! client generator learns every status code a route really answers.

use utoipa::Modify;
use utoipa::openapi::Required;
use utoipa::openapi::header::Header;
use utoipa::openapi::path::{Operation, ParameterBuilder, ParameterIn};
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::{Content, OpenApi, Ref, RefOr, Response, Schema};

/// Adds the pipeline's problem responses to every operation and bounds every `limit`.
pub struct SharedResponses;

impl Modify for SharedResponses {
    fn modify(&self, document: &mut OpenApi) {
        for (path, item) in document.paths.paths.iter_mut() {
            let has_path_parameters = path.contains('{');
            let operations = [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ];
            for operation in operations.into_iter().flatten() {
                add_pipeline_responses(operation, has_path_parameters);
            }
            if let Some(operation) = &mut item.post
                && crate::idempotency::takes_key(path, operation)
            {
                document_idempotency_key(operation);
            }
        }
    }
}

/// Whether the operation needs credentials (it names a security requirement).
pub(crate) fn is_authenticated(operation: &Operation) -> bool {
    operation
        .security
        .as_ref()
        .is_some_and(|requirements| !requirements.is_empty())
}

/// The `Idempotency-Key` header every signed-in `POST` takes, and the answers it adds.
fn document_idempotency_key(operation: &mut Operation) {
    let kept_hours = crate::idempotency::KEPT_FOR.as_secs() / 3600;
    let header = ParameterBuilder::new()
        .name("Idempotency-Key")
        .parameter_in(ParameterIn::Header)
        .required(Required::False)
        .description(Some(format!(
            "Makes a repeat of this request safe (IETF httpapi idempotency-key draft): a repeat \
             with the same key and the same request gets the first answer again, with \
             `Idempotent-Replayed: true`; with a different request, 422; while the first is \
             still running, 409. Keys are per caller and kept {kept_hours} hours. Answers to \
             retry (429, 5xx) are not kept. A UUID is best."
        )))
        .schema(Some(
            ObjectBuilder::new()
                .schema_type(Type::String)
                .pattern(Some(crate::idempotency::KEY_PATTERN)),
        ))
        .build();
    operation
        .parameters
        .get_or_insert_with(Vec::new)
        .push(header);
    for (status, separator, description) in [
        (
            "400",
            " Or",
            "the `Idempotency-Key` is not a key (empty, too long, spaces).",
        ),
        (
            "409",
            ";",
            "`idempotency-key-in-use`: the first request with this `Idempotency-Key` is still \
             running",
        ),
        (
            "422",
            " Or",
            "the `Idempotency-Key` was used for a different request.",
        ),
    ] {
        match operation.responses.responses.get_mut(status) {
            Some(RefOr::T(response)) if !response.description.is_empty() => {
                response.description = format!("{}{separator} {description}", response.description);
            }
            _ => {
                let response = problem_response(status, &capitalised(description));
                operation
                    .responses
                    .responses
                    .insert(status.to_owned(), RefOr::T(response));
            }
        }
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn add_pipeline_responses(operation: &mut Operation, has_path_parameters: bool) {
    let authenticated = is_authenticated(operation);
    let has_body = operation.request_body.is_some();
    let has_query = operation
        .parameters
        .iter()
        .flatten()
        .any(|parameter| matches!(parameter.parameter_in, ParameterIn::Query));
    let mut answers = vec![
        (
            "429",
            "Over a rate limit; `Retry-After` says when to try again.",
        ),
        (
            "503",
            "A dependency is down; `Retry-After` says when to try again.",
        ),
    ];
    if authenticated {
        answers.push(("401", "Missing, unknown, expired or revoked credentials."));
    }
    if has_path_parameters {
        answers.push((
            "404",
            "No such object of the caller's (another user's is a 404 too).",
        ));
    }
    if has_body {
        answers.push((
            "400",
            "The body is not well-formed (not JSON, not UTF-8, empty).",
        ));
        answers.push(("413", "The body is larger than this route accepts."));
        answers.push((
            "415",
            "The body's Content-Type is not one this route accepts.",
        ));
        answers.push((
            "422",
            "A field is missing or invalid; `errors` names each one.",
        ));
    }
    if has_query {
        answers.push(("422", "A query parameter is invalid; `errors` names it."));
    }
    for (status, description) in answers {
        operation
            .responses
            .responses
            .entry(status.to_owned())
            .or_insert_with(|| RefOr::T(problem_response(status, description)));
    }
}

fn problem_response(status: &str, description: &str) -> Response {
    let mut response = Response::new(description);
    response.content.insert(
        "application/problem+json".to_owned(),
        Content::new(Some(Ref::from_schema_name("Problem"))),
    );
    if matches!(status, "429" | "503") {
        response.headers.insert(
            "Retry-After".to_owned(),
            Header::new(
                ObjectBuilder::new()
                    .schema_type(Type::Integer)
                    .minimum(Some(0)),
            ),
        );
    }
    response
}

/// `schema` with no property required and its own description: the body of a `PATCH` that
/// takes a `POST`'s fields. (Its own description also keeps the two apart for tools that
/// cache schemas by content: the fuzzer took the `POST` schema's `required` for the `PATCH`.)
pub fn none_required(schema: RefOr<Schema>, description: &str) -> RefOr<Schema> {
    match schema {
        RefOr::T(Schema::Object(mut object)) => {
            object.required.clear();
            object.description = Some(description.to_owned());
            RefOr::T(Schema::Object(object))
        }
        other => other,
    }
}

/// A string schema allowing exactly `values`.
/// Schema of an IANA time zone name in its canonical spelling (`America/New_York`), once in the
/// document: campaign schedules and the user's settings name one.
pub struct IanaTimezone;

impl IanaTimezone {
    /// Whether `name` is one of the schema's names, spelled as it is there.
    pub fn is_known(name: &str) -> bool {
        name.parse::<chrono_tz::Tz>().is_ok()
    }
}

impl utoipa::PartialSchema for IanaTimezone {
    fn schema() -> RefOr<Schema> {
        let zones: Vec<&str> = chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect();
        string_enum(&zones)
    }
}

impl utoipa::ToSchema for IanaTimezone {
    fn name() -> std::borrow::Cow<'static, str> {
        "IanaTimezone".into()
    }
}

pub fn string_enum(values: &[&str]) -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(values.iter().copied()))
        .into()
}

/// Declares a marker type whose schema is `$schema`, for `#[schema(value_type = Marker,
/// inline)]` fields and `inline(Marker)` parameters: the schema of a rule the handler checks in
/// code (`string_enum(STATUSES)`, `pattern_string(HEADER_PATTERN)`).
#[macro_export]
macro_rules! schema_marker {
    ($(#[$doc:meta])* $vis:vis $name:ident = $schema:expr) => {
        $(#[$doc])*
        $vis struct $name;

        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::Schema> {
                $schema
            }
        }

        impl utoipa::ToSchema for $name {}
    };
}

/// A string schema of `pattern` with no length bound (a file body, whose size the route
/// bounds in bytes).
pub fn pattern_string(pattern: &str) -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .pattern(Some(pattern))
        .into()
}

/// The schema of a body that is a file's bytes.
pub struct Binary;

impl utoipa::PartialSchema for Binary {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(utoipa::openapi::schema::SchemaFormat::KnownFormat(
                utoipa::openapi::schema::KnownFormat::Binary,
            )))
            .into()
    }
}

impl utoipa::ToSchema for Binary {}
