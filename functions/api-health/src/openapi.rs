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
