//! What API Gateway's `$default` route answers: this function receives every request the
//! gateway matched to no route.

use std::sync::LazyLock;

use http::{Method, Uri};

use shared::error::ApiError;

use crate::openapi;

/// Every documented path with its methods. A request that reaches the `$default` route may
/// name a known path with a method it does not serve: that is a 405 naming the methods, not a
/// 404.
static DOCUMENTED_PATHS: LazyLock<matchit::Router<Vec<Method>>> = LazyLock::new(|| {
    let mut paths = matchit::Router::new();
    for (path, methods) in openapi::PATHS.iter() {
        paths
            .insert(path.as_str(), methods.clone())
            .unwrap_or_else(|err| panic!("documented paths conflict at {path}: {err}"));
    }
    paths
});

/// The router's fallback: a request that matched none of this function's routes.
pub async fn fallback(method: Method, uri: Uri) -> ApiError {
    unrouted(&method, uri.path())
}

/// 405 naming the documented methods for a known path, otherwise 404. A documented method on a
/// documented path reaches this route only when the gateway routed the path as written
/// differently (a trailing slash): that path names nothing, a 404, rather than a 405 whose
/// `Allow` lists the very method that was used.
fn unrouted(method: &Method, path: &str) -> ApiError {
    let path = path.trim_end_matches('/');
    match DOCUMENTED_PATHS.at(if path.is_empty() { "/" } else { path }) {
        Ok(matched) if !matched.value.contains(method) => ApiError::MethodNotAllowed {
            allow: matched.value.clone(),
        },
        _ => ApiError::NotFound,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_documented_path_names_its_methods_and_any_other_path_is_not_found() {
        let contact = "/contacts/3f1c0b7e-1111-4d2a-9c3e-000000000000/";
        match unrouted(&Method::PUT, contact) {
            ApiError::MethodNotAllowed { allow } => {
                assert_eq!(allow, [Method::GET, Method::DELETE, Method::PATCH]);
            }
            other => panic!("expected a 405, got {other:?}"),
        }
        assert!(matches!(
            unrouted(&Method::GET, contact),
            ApiError::NotFound
        ));
        assert!(matches!(
            unrouted(&Method::GET, "/no-such-route"),
            ApiError::NotFound
        ));
        assert!(matches!(unrouted(&Method::GET, "/"), ApiError::NotFound));
    }
}
