//! The OpenAPI 3.1 document. Each API function describes its own routes (its `openapi()`); a
//! test in `tests/` merges them into the committed `openapi.json`, which this function serves as
//! it is, so it links none of the other functions.

use std::sync::LazyLock;

use utoipa::OpenApi;

/// What the merged document starts from (its `info`); [`crate::routes()`] adds this function's
/// routes, and the test that writes the file merges the other functions' into it.
#[derive(OpenApi)]
pub struct ApiDoc;

/// The merged document, as committed.
pub const DOCUMENT: &str = include_str!("../../../openapi.json");

/// [`DOCUMENT`] gzipped at build time (`build.rs`).
pub const DOCUMENT_GZIP: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/openapi.json.gz"));

/// The document's paths with their methods, read once per instance.
pub static PATHS: LazyLock<Vec<(String, Vec<http::Method>)>> = LazyLock::new(|| {
    let document: serde_json::Value =
        serde_json::from_str(DOCUMENT).expect("the committed openapi.json is JSON");
    let methods = [
        ("get", http::Method::GET),
        ("put", http::Method::PUT),
        ("post", http::Method::POST),
        ("delete", http::Method::DELETE),
        ("patch", http::Method::PATCH),
    ];
    document["paths"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(path, item)| {
            let allowed = methods
                .iter()
                .filter(|(name, _)| item.get(*name).is_some())
                .map(|(_, method)| method.clone())
                .collect();
            (path.clone(), allowed)
        })
        .collect()
});
