//! The OpenAPI document: every API function describes its own routes; this merges them into
//! the committed `openapi.json` that api-health serves, and fails when that file is stale or
//! when two functions give different schemas the same name (utoipa's merge keeps the first
//! silently, which once documented three routes with another route's schema).
//!
//! After changing a route's documentation: `UPDATE_OPENAPI=1 cargo test -p integration-tests
//! --test openapi`, then review the diff of `openapi.json`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use shared::error::ConflictKind;
use utoipa::Modify;
use utoipa::openapi::OpenApi as Document;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};

fn documents() -> Vec<(&'static str, Document)> {
    vec![
        ("api-health", api_health::routes().into_openapi()),
        ("api-auth", api_auth::routes().into_openapi()),
        ("api-workspace", api_workspace::routes().into_openapi()),
        ("api-matching", api_matching::routes().into_openapi()),
        ("api-contacts", api_contacts::routes().into_openapi()),
        ("api-sending", api_sending::routes().into_openapi()),
    ]
}

fn merged() -> Document {
    let mut parts = documents().into_iter().map(|(_, document)| document);
    let mut document = parts.next().expect("api-health's document");
    document.info.title = "RoleFerry API".to_owned();
    document.info.description = Some(
        "Job seekers' workspace and careful outreach. Errors are RFC 9457 problem documents; \
         lists take `limit` (1-200, default 50) and `cursor`. Each conflict a client can act \
         on has a problem type of its own, `https://roleferry.com/problems/{kind}`, with the \
         kinds an operation answers named in its 409 response, e.g. `step-limit-reached`."
            .to_owned(),
    );
    for part in parts {
        document.merge(part);
    }
    document
        .components
        .get_or_insert_with(Default::default)
        .add_security_scheme(
            "bearer",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    document.paths.paths.insert(
        "/openapi.json".to_owned(),
        utoipa::openapi::path::PathItem::new(
            utoipa::openapi::HttpMethod::Get,
            utoipa::openapi::path::OperationBuilder::new()
                .summary(Some("This document"))
                .tag("operations")
                .response(
                    "200",
                    utoipa::openapi::Response::new("The OpenAPI 3.1 document"),
                ),
        ),
    );
    // After the merge, so that every function's operations get them.
    shared::openapi::SharedResponses.modify(&mut document);
    document
}

fn committed_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../openapi.json")
}

#[test]
fn the_committed_document_is_the_merge_of_every_functions_document() {
    let generated = serde_json::to_string_pretty(&merged()).expect("serialisable") + "\n";
    let path = committed_path();
    if std::env::var_os("UPDATE_OPENAPI").is_some() {
        // api-health was compiled with the old file; the next plain run checks it.
        std::fs::write(&path, &generated).expect("write openapi.json");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "openapi.json is stale: run `UPDATE_OPENAPI=1 cargo test -p integration-tests --test \
         openapi` and commit the file"
    );
    assert_eq!(
        api_health::openapi::DOCUMENT,
        committed,
        "api-health serves the file"
    );
}

#[test]
fn no_two_functions_name_different_schemas_alike() {
    let mut seen: BTreeMap<String, (&str, String)> = BTreeMap::new();
    for (function, document) in documents() {
        let schemas = document
            .components
            .map(|components| components.schemas)
            .unwrap_or_default();
        for (name, schema) in schemas {
            let json = serde_json::to_string(&schema).expect("schema serialises");
            if let Some((first, earlier)) = seen.get(&name) {
                assert_eq!(
                    earlier, &json,
                    "`{name}` is one schema in {first} and another in {function}"
                );
            } else {
                seen.insert(name, (function, json));
            }
        }
    }
}

/// Within one function utoipa also keeps one of two schemas of the same name (the `/usage`
/// report and `/me`'s counts were both `Usage`, so `/me` was documented with the report), and
/// no merged document shows it. So the names are checked where they are made: no two types in
/// the workspace's source derive `ToSchema` under one name (`#[schema(as = …)]` included).
#[test]
fn no_two_types_derive_a_schema_of_the_same_name() {
    let mut names: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let root = integration_tests::repo_root();
    for crates in ["functions", "shared"] {
        let files = walkdir::WalkDir::new(root.join(crates))
            .into_iter()
            .map(|entry| entry.expect("a readable directory entry").into_path())
            .filter(|path| {
                path.extension().is_some_and(|extension| extension == "rs")
                    && path.components().any(|part| part.as_os_str() == "src")
            });
        for path in files {
            let source = std::fs::read_to_string(&path).expect("readable source");
            let file = syn::parse_file(&source)
                .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
            let mut schemas = SchemaNames::default();
            syn::visit::visit_file(&mut schemas, &file);
            let place = path.strip_prefix(&root).expect("under the root").display();
            for (name, ident) in schemas.0 {
                names
                    .entry(name)
                    .or_default()
                    .push(format!("{place} ({ident})"));
            }
        }
    }
    assert!(names.len() > 50, "the source scan found the schemas");
    let shared: Vec<_> = names.iter().filter(|(_, types)| types.len() > 1).collect();
    assert!(shared.is_empty(), "schemas named alike: {shared:?}");
}

/// The schema name and type name of every struct and enum deriving `ToSchema`.
#[derive(Default)]
struct SchemaNames(Vec<(String, String)>);

impl SchemaNames {
    fn note(&mut self, attributes: &[syn::Attribute], ident: &syn::Ident) {
        let derives_schema = attributes
            .iter()
            .filter(|attribute| attribute.path().is_ident("derive"))
            .any(|attribute| {
                let mut found = false;
                let _ = attribute.parse_nested_meta(|meta| {
                    found |= meta
                        .path
                        .segments
                        .last()
                        .is_some_and(|s| s.ident == "ToSchema");
                    Ok(())
                });
                found
            });
        if !derives_schema {
            return;
        }
        // `#[schema(as = path::Name)]`, read from the tokens: the attribute's other values
        // (`value_type = Option<String>`, `example = json!(…)`) are not expressions.
        let alias = attributes
            .iter()
            .filter(|attribute| attribute.path().is_ident("schema"))
            .filter_map(|attribute| attribute.meta.require_list().ok())
            .find_map(|list| {
                let tokens: Vec<_> = list.tokens.clone().into_iter().collect();
                let at = tokens.windows(2).position(|pair| {
                    matches!(&pair[0], proc_macro2::TokenTree::Ident(i) if i == "as")
                        && matches!(&pair[1], proc_macro2::TokenTree::Punct(p) if p.as_char() == '=')
                })?;
                tokens[at + 2..]
                    .iter()
                    .take_while(|token| !matches!(token, proc_macro2::TokenTree::Punct(p) if p.as_char() == ','))
                    .filter_map(|token| match token {
                        proc_macro2::TokenTree::Ident(ident) => Some(ident.to_string()),
                        _ => None,
                    })
                    .last()
            });
        let name = alias.unwrap_or_else(|| ident.to_string());
        self.0.push((name, ident.to_string()));
    }
}

impl<'ast> syn::visit::Visit<'ast> for SchemaNames {
    fn visit_item_struct(&mut self, item: &'ast syn::ItemStruct) {
        self.note(&item.attrs, &item.ident);
    }

    fn visit_item_enum(&mut self, item: &'ast syn::ItemEnum) {
        self.note(&item.attrs, &item.ident);
    }
}

/// Every conflict kind a route family answers with is named in the document, so a client
/// knows which problem types a 409 can carry.
#[test]
fn every_conflict_kind_is_named_in_a_409() {
    let families: [(&str, &[&str]); 10] = [
        ("api keys", api_auth::ApiKeyConflict::KINDS),
        ("sessions", api_auth::SessionConflict::KINDS),
        ("jobs", api_workspace::JobConflict::KINDS),
        ("applications", api_workspace::ApplicationConflict::KINDS),
        ("matching", api_matching::MatchingConflict::KINDS),
        ("resume", api_workspace::ResumeConflict::KINDS),
        ("contacts", api_contacts::ContactConflict::KINDS),
        ("senders", api_sending::SenderConflict::KINDS),
        ("sequences", api_sending::SequenceConflict::KINDS),
        (
            "idempotency keys",
            shared::idempotency::IdempotencyConflict::KINDS,
        ),
    ];
    let document = merged();
    let conflicts: Vec<String> = shared::web::each_operation(&document)
        .into_iter()
        .filter_map(|(_, _, operation)| operation.responses.responses.get("409"))
        .map(|response| serde_json::to_string(response).expect("serialisable"))
        .collect();
    for (family, kinds) in families {
        for kind in kinds {
            assert!(
                conflicts
                    .iter()
                    .any(|response| response.contains(&format!("`{kind}`"))),
                "{family}: no 409 names `{kind}`"
            );
        }
    }
}
