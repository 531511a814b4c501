//! The OpenAPI 3.1 document, assembled from the route annotations of every API function.

use std::sync::LazyLock;

use utoipa::openapi::OpenApi as Document;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "RoleFerry API",
        description = "Job seekers' workspace and careful outreach. Errors are RFC 9457 problem \
            documents; lists take `limit` (1-200, default 50) and `cursor`.",
    ),
    paths(crate::health),
    modifiers(&BearerAuth),
)]
struct HealthDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut Document) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

/// Built once per instance; the document never changes while the binary runs.
pub static DOCUMENT: LazyLock<Document> = LazyLock::new(|| {
    let mut document = HealthDoc::openapi();
    document.merge(api_auth::ApiDoc::openapi());
    document.merge(api_workspace::ApiDoc::openapi());
    document.merge(api_contacts::ApiDoc::openapi());
    document.merge(api_sending::ApiDoc::openapi());
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
});

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    /// `merge` keeps the first schema of a name and drops the rest silently, so two functions
    /// naming different schemas alike would leave one route documented with the other's.
    #[test]
    fn no_two_functions_name_different_schemas_alike() {
        let documents = [
            ("health", HealthDoc::openapi()),
            ("auth", api_auth::ApiDoc::openapi()),
            ("workspace", api_workspace::ApiDoc::openapi()),
            ("contacts", api_contacts::ApiDoc::openapi()),
            ("sending", api_sending::ApiDoc::openapi()),
        ];
        let mut seen: BTreeMap<String, (&str, String)> = BTreeMap::new();
        for (function, document) in &documents {
            let schemas = document
                .components
                .as_ref()
                .map(|components| components.schemas.clone())
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
}
