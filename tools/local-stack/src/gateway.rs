//! A local API Gateway HTTP API (payload format 2.0) in front of `cargo lambda watch`.
//!
//! watch's own HTTP front door differs from API Gateway where clients can tell: it treats a
//! body without `Content-Type` as text, sends `application/xml` as base64, and answers a text
//! body that is not UTF-8 with a plain-text 500 before any function sees it. This gateway
//! routes by `template.yaml`'s HttpApi events with API Gateway's precedence (a route of the
//! request's method, then `ANY`, then `$default`), builds the event as API Gateway does, invokes
//! the function through watch's Lambda Invoke API and turns its answer back into HTTP. Calls to
//! the Invoke API itself (`/2015-03-31/...`) pass through, so the pump and tests keep one URL.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use aws_lambda_events::apigw::{
    ApiGatewayV2httpRequest, ApiGatewayV2httpRequestContext,
    ApiGatewayV2httpRequestContextHttpDescription, ApiGatewayV2httpResponse,
};
use aws_lambda_events::encodings::Body as LambdaBody;
use aws_lambda_events::query_map::QueryMap;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::header::{CONTENT_TYPE, COOKIE, HeaderValue, SET_COOKIE};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use tokio::net::TcpListener;

use crate::template::{EventSource, Template};

/// API Gateway's largest request payload.
const MAX_REQUEST_BYTES: usize = 10 * 1024 * 1024;
/// Lambda's largest synchronous invocation payload.
const MAX_EVENT_BYTES: usize = 6 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq)]
struct Route {
    /// The function's binary, which is what watch invokes it by.
    binary: String,
    /// `METHOD /path` as API Gateway reports it, or `$default`.
    route_key: String,
}

/// The HTTP API's routes, matched as API Gateway matches them.
pub struct Routes {
    by_method: BTreeMap<String, matchit::Router<Route>>,
    any_method: matchit::Router<Route>,
    default: Option<Route>,
}

/// The route a request resolved to, with its path parameters.
#[derive(Debug, PartialEq)]
struct Matched {
    route: Route,
    path_parameters: BTreeMap<String, String>,
}

impl Routes {
    pub fn from_template(template: &Template) -> anyhow::Result<Self> {
        let mut routes = Self {
            by_method: BTreeMap::new(),
            any_method: matchit::Router::new(),
            default: None,
        };
        for function in template.functions()? {
            for event in &function.events {
                let EventSource::HttpApi { method, path } = &event.source else {
                    continue;
                };
                if path == "$default" {
                    routes.default = Some(Route {
                        binary: function.binary.clone(),
                        route_key: "$default".to_owned(),
                    });
                    continue;
                }
                let route = Route {
                    binary: function.binary.clone(),
                    route_key: format!("{method} {path}"),
                };
                let router = if method == "ANY" {
                    &mut routes.any_method
                } else {
                    routes.by_method.entry(method.clone()).or_default()
                };
                router
                    .insert(matchit_path(path), route)
                    .map_err(|error| anyhow::anyhow!("route {method} {path}: {error}"))?;
            }
        }
        Ok(routes)
    }

    fn find(&self, method: &Method, path: &str) -> Option<Matched> {
        let matched = |router: &matchit::Router<Route>| {
            router.at(path).ok().map(|found| Matched {
                route: found.value.clone(),
                path_parameters: found
                    .params
                    .iter()
                    .map(|(name, value)| (name.to_owned(), value.to_owned()))
                    .collect(),
            })
        };
        self.by_method
            .get(method.as_str())
            .and_then(matched)
            .or_else(|| matched(&self.any_method))
            .or_else(|| {
                self.default.clone().map(|route| Matched {
                    route,
                    path_parameters: BTreeMap::new(),
                })
            })
    }
}

/// API Gateway's greedy `{proxy+}` is matchit's catch-all `{*proxy}`; `{id}` is the same in both.
fn matchit_path(path: &str) -> String {
    path.split('/')
        .map(
            |segment| match segment.strip_prefix('{').and_then(|s| s.strip_suffix("+}")) {
                Some(name) => format!("{{*{name}}}"),
                None => segment.to_owned(),
            },
        )
        .collect::<Vec<_>>()
        .join("/")
}

/// Whether API Gateway hands the body to the function as a string. Measured against HTTP APIs
/// (payload 2.0): only these media types are text; everything else, a missing `Content-Type`
/// included, arrives base64-encoded. API Gateway does not document a text type whose bytes are
/// not UTF-8; such a body arrives base64-encoded here, so the function sees the bytes as they
/// were sent and can refuse them.
fn delivered_as_text(content_type: Option<&str>, body: &[u8]) -> bool {
    let Some(content_type) = content_type else {
        return false;
    };
    let media_type = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let textual = media_type.starts_with("text/")
        || matches!(
            media_type.as_str(),
            "application/json" | "application/xml" | "application/javascript"
        );
    textual && std::str::from_utf8(body).is_ok()
}

pub struct Gateway {
    routes: Routes,
    /// Where `cargo lambda watch` serves the Lambda Invoke API.
    functions_url: String,
    http: reqwest::Client,
    account_id: String,
}

impl Gateway {
    pub fn new(routes: Routes, functions_url: String, account_id: String) -> Self {
        Self {
            routes,
            functions_url: functions_url.trim_end_matches('/').to_owned(),
            // Generous: watch compiles a function at its first invocation.
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(600))
                .build()
                .expect("a plain HTTP client builds"),
            account_id,
        }
    }
}

pub async fn serve(gateway: Gateway, listen: SocketAddr) -> anyhow::Result<()> {
    let listener = TcpListener::bind(listen).await?;
    tracing::info!(%listen, functions = %gateway.functions_url, "API gateway listening");
    let gateway = Arc::new(gateway);
    loop {
        let (stream, peer) = listener.accept().await?;
        let gateway = Arc::clone(&gateway);
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |request| {
                let gateway = Arc::clone(&gateway);
                async move { Ok::<_, Infallible>(gateway.handle(request, peer).await) }
            });
            if let Err(error) = auto::Builder::new(TokioExecutor::new())
                .serve_connection(TokioIo::new(stream), service)
                .await
            {
                tracing::debug!(%error, "connection ended");
            }
        });
    }
}

/// API Gateway's own error answers are small JSON documents with a `message`.
fn gateway_error(status: StatusCode, message: &str) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::from(
        serde_json::json!({ "message": message }).to_string(),
    ));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

impl Gateway {
    async fn handle(&self, request: Request<Incoming>, peer: SocketAddr) -> Response<Full<Bytes>> {
        let (parts, body) = request.into_parts();
        let body = match Limited::new(body, MAX_REQUEST_BYTES).collect().await {
            Ok(collected) => collected.to_bytes(),
            Err(_) => {
                return gateway_error(StatusCode::PAYLOAD_TOO_LARGE, "Request Entity Too Large");
            }
        };
        if parts.uri.path().starts_with("/2015-03-31/") {
            return self.pass_through(&parts, body).await;
        }
        let Some(matched) = self.routes.find(&parts.method, parts.uri.path()) else {
            return gateway_error(StatusCode::NOT_FOUND, "Not Found");
        };
        let event = self.event(&parts, &body, &matched, peer);
        let payload = match serde_json::to_vec(&event) {
            Ok(payload) if payload.len() <= MAX_EVENT_BYTES => payload,
            Ok(_) => {
                return gateway_error(StatusCode::PAYLOAD_TOO_LARGE, "Request Entity Too Large");
            }
            Err(error) => {
                tracing::error!(%error, "could not serialise the event");
                return gateway_error(StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error");
            }
        };
        match self.invoke(&matched.route.binary, payload).await {
            Ok(response) => response,
            Err(error) => {
                tracing::error!(route = %matched.route.route_key, error = format!("{error:#}"), "integration failed");
                gateway_error(StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error")
            }
        }
    }

    fn event(
        &self,
        parts: &hyper::http::request::Parts,
        body: &Bytes,
        matched: &Matched,
        peer: SocketAddr,
    ) -> ApiGatewayV2httpRequest {
        let mut headers = parts.headers.clone();
        // Payload 2.0 moves cookies out of the headers into their own field.
        let cookies: Vec<String> = headers
            .get_all(COOKIE)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(';'))
            .map(|cookie| cookie.trim().to_owned())
            .filter(|cookie| !cookie.is_empty())
            .collect();
        headers.remove(COOKIE);
        headers.append("x-forwarded-proto", HeaderValue::from_static("http"));
        if let Ok(port) = HeaderValue::from_str(&peer.port().to_string()) {
            headers.insert("x-forwarded-port", port);
        }
        let content_type = headers
            .get(CONTENT_TYPE)
            .and_then(|value| value.to_str().ok());
        let (event_body, is_base64_encoded) = if body.is_empty() {
            (None, false)
        } else if delivered_as_text(content_type, body) {
            (Some(String::from_utf8_lossy(body).into_owned()), false)
        } else {
            (Some(BASE64.encode(body)), true)
        };
        let raw_query = parts.uri.query().unwrap_or_default().to_owned();
        let path = parts.uri.path().to_owned();
        let now = chrono::Utc::now();
        let user_agent = headers
            .get(hyper::header::USER_AGENT)
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned);
        // The event types are non-exhaustive: built field by field.
        let mut http = ApiGatewayV2httpRequestContextHttpDescription::default();
        http.method = parts.method.clone();
        http.path = Some(path.clone());
        http.protocol = Some(format!("{:?}", parts.version));
        http.source_ip = Some(peer.ip().to_string());
        http.user_agent = user_agent;
        let mut context = ApiGatewayV2httpRequestContext::default();
        context.route_key = Some(matched.route.route_key.clone());
        context.account_id = Some(self.account_id.clone());
        context.stage = Some("$default".to_owned());
        context.request_id = Some(uuid::Uuid::new_v4().to_string());
        context.apiid = Some("local".to_owned());
        context.domain_name = Some("localhost".to_owned());
        context.domain_prefix = Some("localhost".to_owned());
        context.time = Some(now.format("%d/%b/%Y:%H:%M:%S %z").to_string());
        context.time_epoch = now.timestamp_millis();
        context.http = http;
        let mut event = ApiGatewayV2httpRequest::default();
        event.version = Some("2.0".to_owned());
        event.route_key = Some(matched.route.route_key.clone());
        event.raw_path = Some(path);
        event.query_string_parameters = raw_query.parse::<QueryMap>().unwrap_or_default();
        event.raw_query_string = Some(raw_query);
        event.cookies = (!cookies.is_empty()).then_some(cookies);
        event.headers = headers;
        event.path_parameters = matched.path_parameters.clone().into_iter().collect();
        event.request_context = context;
        event.body = event_body;
        event.is_base64_encoded = is_base64_encoded;
        event
    }

    async fn invoke(
        &self,
        binary: &str,
        payload: Vec<u8>,
    ) -> anyhow::Result<Response<Full<Bytes>>> {
        let url = format!(
            "{}/2015-03-31/functions/{binary}/invocations",
            self.functions_url
        );
        let answer = self.http.post(&url).body(payload).send().await?;
        let status = answer.status();
        let bytes = answer.bytes().await?;
        anyhow::ensure!(
            status.is_success(),
            "{binary} answered {status}: {}",
            String::from_utf8_lossy(&bytes)
        );
        let output: ApiGatewayV2httpResponse = serde_json::from_slice(&bytes)?;
        let body = match output.body {
            None | Some(LambdaBody::Empty) => Bytes::new(),
            Some(LambdaBody::Text(text)) if output.is_base64_encoded => {
                Bytes::from(BASE64.decode(text)?)
            }
            Some(LambdaBody::Text(text)) => Bytes::from(text),
            Some(LambdaBody::Binary(bytes)) => Bytes::from(bytes),
            Some(other) => anyhow::bail!("unexpected body {other:?}"),
        };
        let mut response = Response::new(Full::new(body));
        *response.status_mut() = StatusCode::from_u16(u16::try_from(output.status_code)?)?;
        let headers = response.headers_mut();
        headers.extend(output.headers);
        headers.extend(output.multi_value_headers);
        for cookie in output.cookies {
            headers.append(SET_COOKIE, HeaderValue::from_str(&cookie)?);
        }
        Ok(response)
    }

    async fn pass_through(
        &self,
        parts: &hyper::http::request::Parts,
        body: Bytes,
    ) -> Response<Full<Bytes>> {
        let url = format!(
            "{}{}",
            self.functions_url,
            parts
                .uri
                .path_and_query()
                .map_or("/", |path_and_query| path_and_query.as_str())
        );
        let forwarded = self
            .http
            .request(parts.method.clone(), &url)
            .headers(parts.headers.clone())
            .body(body)
            .send()
            .await;
        match forwarded {
            Ok(answer) => {
                let status = answer.status();
                let headers = answer.headers().clone();
                let body = answer.bytes().await.unwrap_or_default();
                let mut response = Response::new(Full::new(body));
                *response.status_mut() = status;
                *response.headers_mut() = headers;
                response
            }
            Err(error) => {
                tracing::error!(%error, %url, "Lambda Invoke API unreachable");
                gateway_error(StatusCode::BAD_GATEWAY, "Bad Gateway")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = r#"
Resources:
  Items:
    Type: AWS::Serverless::Function
    Metadata: { BuildProperties: { Binary: items } }
    Properties:
      Events:
        List: { Type: HttpApi, Properties: { Path: /items, Method: GET } }
        Get: { Type: HttpApi, Properties: { Path: "/items/{id}", Method: GET } }
        Import: { Type: HttpApi, Properties: { Path: /items/import, Method: post } }
        Files: { Type: HttpApi, Properties: { Path: "/files/{proxy+}", Method: ANY } }
  Fallback:
    Type: AWS::Serverless::Function
    Metadata: { BuildProperties: { Binary: fallback } }
    Properties:
      Events:
        Default: { Type: HttpApi, Properties: { Path: $default, Method: ANY } }
"#;

    fn routes() -> Routes {
        Routes::from_template(&Template::parse(TEMPLATE).unwrap()).unwrap()
    }

    fn found(method: Method, path: &str) -> (String, String, Vec<(String, String)>) {
        let matched = routes().find(&method, path).expect("a route or $default");
        (
            matched.route.binary,
            matched.route.route_key,
            matched.path_parameters.into_iter().collect(),
        )
    }

    #[test]
    fn routes_match_with_api_gateway_precedence() {
        assert_eq!(found(Method::GET, "/items").1, "GET /items");
        assert_eq!(
            found(Method::GET, "/items/42"),
            (
                "items".into(),
                "GET /items/{id}".into(),
                vec![("id".into(), "42".into())]
            )
        );
        // A static segment wins over a parameter, and the method is part of the route.
        assert_eq!(found(Method::POST, "/items/import").1, "POST /items/import");
        assert_eq!(
            found(Method::GET, "/files/a/b.txt").2,
            vec![("proxy".into(), "a/b.txt".into())]
        );
        // A path served only for other methods falls to $default, as in API Gateway.
        assert_eq!(found(Method::DELETE, "/items").1, "$default");
        assert_eq!(found(Method::GET, "/nowhere").0, "fallback");
    }

    #[test]
    fn only_utf8_text_media_types_arrive_as_text() {
        assert!(delivered_as_text(Some("application/json"), b"{}"));
        assert!(delivered_as_text(Some("text/csv; charset=utf-8"), b"a,b"));
        assert!(delivered_as_text(Some("application/xml"), b"<a/>"));
        assert!(!delivered_as_text(None, b"{}"));
        assert!(!delivered_as_text(
            Some("application/x-www-form-urlencoded"),
            b"a=b"
        ));
        assert!(!delivered_as_text(Some("application/pdf"), b"%PDF"));
        assert!(!delivered_as_text(Some("text/csv"), b"\xff\xfe\x00a"));
    }
}
