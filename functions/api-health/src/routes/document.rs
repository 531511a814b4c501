//! `GET /openapi.json`: the committed document, served as it is.

use http::{HeaderMap, HeaderValue, StatusCode, header};
use lambda_http::{Body, Response};

use shared::error::ApiError;

use crate::openapi::{DOCUMENT, DOCUMENT_GZIP};

/// This document
///
/// The OpenAPI 3.1 document of every route, as committed; gzipped (`Content-Encoding: gzip`)
/// for a client whose `Accept-Encoding` takes it, as browsers and API tools do.
#[utoipa::path(get, path = "/openapi.json", tag = "operations",
    responses((status = 200, description = "The OpenAPI 3.1 document")))]
pub async fn openapi_document(headers: HeaderMap) -> Result<Response<Body>, ApiError> {
    // Half a megabyte of JSON costs milliseconds to escape into the Lambda response and to send;
    // the gzipped bytes are a tenth of that.
    let response = Response::builder()
        .status(StatusCode::OK)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::VARY, HeaderValue::from_static("accept-encoding"));
    let response = if accepts_gzip(&headers) {
        response
            .header(header::CONTENT_ENCODING, "gzip")
            .body(Body::Binary(DOCUMENT_GZIP.to_vec()))
    } else {
        response.body(Body::Text(DOCUMENT.to_owned()))
    };
    response.map_err(|err| ApiError::Unexpected(err.into()))
}

/// Whether `Accept-Encoding` takes gzip (RFC 9110 §12.5.3): gzip's own weight when it is
/// named, otherwise `*`'s; a weight of 0 refuses. So `gzip;q=0, *` refuses gzip, and `*`
/// alone takes it.
fn accepts_gzip(headers: &HeaderMap) -> bool {
    let mut gzip = None;
    let mut any = None;
    let codings = headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','));
    for coding in codings {
        let mut parts = coding.split(';').map(str::trim);
        let name = parts.next().unwrap_or_default();
        // A weight that does not parse counts as 1, the default, as if it were absent.
        let weight = parts
            .find_map(|parameter| {
                (parameter.strip_prefix("q=")).or_else(|| parameter.strip_prefix("Q="))
            })
            .map_or(1.0, |q| q.parse::<f32>().unwrap_or(1.0));
        // RFC 9110 §8.4.1.3: x-gzip is gzip.
        if name.eq_ignore_ascii_case("gzip") || name.eq_ignore_ascii_case("x-gzip") {
            gzip = Some(weight);
        } else if name == "*" {
            any = Some(weight);
        }
    }
    gzip.or(any).is_some_and(|weight| weight > 0.0)
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    fn headers(accept_encoding: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(accept_encoding).expect("a header value"),
        );
        headers
    }

    #[test]
    fn gzip_is_taken_when_named_or_starred_and_not_refused() {
        assert!(accepts_gzip(&headers("gzip, deflate, br")));
        assert!(accepts_gzip(&headers("br;q=1.0, GZIP;q=0.5")));
        assert!(accepts_gzip(&headers("*")));
        assert!(!accepts_gzip(&headers("br, deflate")));
        assert!(!accepts_gzip(&headers("gzip;q=0, br")));
        // Named wins over `*`, whichever comes first.
        assert!(!accepts_gzip(&headers("gzip;q=0, *")));
        assert!(!accepts_gzip(&headers("*, gzip;q=0")));
        assert!(accepts_gzip(&headers("*;q=0, gzip")));
        assert!(!accepts_gzip(&headers("*;q=0")));
        assert!(accepts_gzip(&headers("gzip;q=0.001")));
        assert!(!accepts_gzip(&headers("gzip; Q=0")));
        assert!(accepts_gzip(&headers("x-gzip")));
        assert!(!accepts_gzip(&HeaderMap::new()));
    }

    #[tokio::test]
    async fn the_gzipped_document_is_the_committed_one() {
        let response = openapi_document(headers("gzip")).await.expect("a response");
        assert_eq!(response.headers()[header::CONTENT_ENCODING], "gzip");
        let Body::Binary(bytes) = response.body() else {
            panic!("a gzipped body is binary");
        };
        let mut text = String::new();
        flate2::read::GzDecoder::new(bytes.as_slice())
            .read_to_string(&mut text)
            .expect("gzip");
        assert_eq!(text, DOCUMENT);
        assert!(bytes.len() * 5 < DOCUMENT.len(), "{} bytes", bytes.len());

        let plain = openapi_document(HeaderMap::new())
            .await
            .expect("a response");
        assert!(plain.headers().get(header::CONTENT_ENCODING).is_none());
        assert!(matches!(plain.body(), Body::Text(text) if text == DOCUMENT));
    }
}
