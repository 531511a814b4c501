//! Test harness: every test gets its own database and its own AWS resources on the emulator, so
//! tests run in parallel and in any order against the same local stack.
//!
//! The stack is started by `scripts/run-tests.sh`, which exports where it is:
//! `DATABASE_URL` (an admin connection to the throwaway cluster), `AWS_ENDPOINT_URL`, and for
//! end-to-end tests `API_BASE_URL` and `STACK_ENV_FILE` (the environment the functions run with).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use lambda_http::Request;
use serde_json::Value;
use shared::aws::SdkConfig;
use tokio_postgres::types::ToSql;
use uuid::Uuid;

use shared::config::{DatabaseConfig, RateLimitConfig};
use shared::db::{self, Pool};

fn stack_var(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!("{name} is not set: run the tests with scripts/run-tests.sh, which starts the local stack")
    })
}

/// The repository root, for reading `events/`, `template.yaml` and `Cargo.toml`.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ lives in the repository")
        .to_path_buf()
}

/// `template.yaml`, the one description of every function, queue, topic and route.
pub fn template() -> Value {
    let text = std::fs::read_to_string(repo_root().join("template.yaml")).expect("template.yaml");
    serde_norway::from_str(&text).expect("template.yaml is YAML")
}

/// A fresh, migrated database on the test cluster.
async fn fresh_database() -> (Pool, String) {
    let admin_url = stack_var("DATABASE_URL");
    let name = format!("test_{}", Uuid::new_v4().simple());
    let (admin, connection) = tokio_postgres::connect(&admin_url, tokio_postgres::NoTls)
        .await
        .expect("connect to the test cluster");
    tokio::spawn(connection);
    // Identifiers cannot be bound as parameters; the name is generated above, not input.
    admin
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .await
        .expect("create test database");
    let url = match admin_url.rsplit_once('/') {
        Some((base, _)) => format!("{base}/{name}"),
        None => panic!("DATABASE_URL has no database name"),
    };
    let pool = db::pool(&DatabaseConfig {
        url: url.clone(),
        max_connections: 4,
    })
    .expect("pool");
    db::migrate(&pool).await.expect("migrations apply");
    (pool, url)
}

/// The SDK configuration the functions use, pointed at the emulator by `AWS_ENDPOINT_URL`.
pub async fn aws() -> SdkConfig {
    stack_var("AWS_ENDPOINT_URL");
    shared::aws::load()
}

/// A fresh queue with its own dead-letter queue after `max_receive_count` receives.
pub async fn fresh_queue(aws: &SdkConfig, max_receive_count: u32) -> (String, String) {
    let sqs = shared::aws::sqs(aws);
    let id = Uuid::new_v4().simple().to_string();
    let dlq_url = sqs
        .create_queue()
        .queue_name(format!("test-dlq-{id}"))
        .send()
        .await
        .expect("create dlq")
        .queue_url
        .expect("dlq url");
    let dlq_arn = queue_arn(aws, &dlq_url).await;
    let redrive =
        serde_json::json!({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": max_receive_count})
            .to_string();
    let queue_url = sqs
        .create_queue()
        .queue_name(format!("test-{id}"))
        .attributes(
            aws_sdk_sqs::types::QueueAttributeName::RedrivePolicy,
            redrive,
        )
        .attributes(
            aws_sdk_sqs::types::QueueAttributeName::VisibilityTimeout,
            "1",
        )
        .send()
        .await
        .expect("create queue")
        .queue_url
        .expect("queue url");
    (queue_url, dlq_url)
}

/// The ARN of a queue, as S3 notifications and redrive policies name it.
pub async fn queue_arn(aws: &SdkConfig, queue_url: &str) -> String {
    queue_attribute(
        aws,
        queue_url,
        aws_sdk_sqs::types::QueueAttributeName::QueueArn,
    )
    .await
    .expect("queue arn")
}

/// One attribute of a queue, when the queue has it.
pub async fn queue_attribute(
    aws: &SdkConfig,
    queue_url: &str,
    name: aws_sdk_sqs::types::QueueAttributeName,
) -> Option<String> {
    shared::aws::sqs(aws)
        .get_queue_attributes()
        .queue_url(queue_url)
        .attribute_names(name.clone())
        .send()
        .await
        .expect("queue attributes")
        .attributes
        .and_then(|attributes| attributes.get(&name).cloned())
}

/// Makes the emulator's S3 notify `queue_url` of objects created under `prefix`, as the
/// bucket's NotificationConfiguration in template.yaml does in AWS.
pub async fn notify_queue_of_objects(aws: &SdkConfig, bucket: &str, queue_url: &str, prefix: &str) {
    use aws_sdk_s3::types::{
        Event, FilterRule, FilterRuleName, NotificationConfiguration,
        NotificationConfigurationFilter, QueueConfiguration, S3KeyFilter,
    };
    let rule = FilterRule::builder()
        .name(FilterRuleName::Prefix)
        .value(prefix)
        .build();
    let configuration = QueueConfiguration::builder()
        .queue_arn(queue_arn(aws, queue_url).await)
        .events(Event::from("s3:ObjectCreated:*"))
        .filter(
            NotificationConfigurationFilter::builder()
                .key(S3KeyFilter::builder().filter_rules(rule).build())
                .build(),
        )
        .build()
        .expect("queue configuration");
    shared::aws::s3(aws)
        .put_bucket_notification_configuration()
        .bucket(bucket)
        .notification_configuration(
            NotificationConfiguration::builder()
                .queue_configurations(configuration)
                .build(),
        )
        .send()
        .await
        .expect("bucket notification");
}

/// A fresh DynamoDB table shaped like `ApiTable` in template.yaml.
pub async fn fresh_table(aws: &SdkConfig) -> String {
    use aws_sdk_dynamodb::types::{
        AttributeDefinition, BillingMode, KeySchemaElement, KeyType, ScalarAttributeType,
    };
    let name = format!("test-{}", Uuid::new_v4().simple());
    shared::aws::dynamodb(aws)
        .create_table()
        .table_name(&name)
        .billing_mode(BillingMode::PayPerRequest)
        .attribute_definitions(
            AttributeDefinition::builder()
                .attribute_name("pk")
                .attribute_type(ScalarAttributeType::S)
                .build()
                .expect("attribute"),
        )
        .key_schema(
            KeySchemaElement::builder()
                .attribute_name("pk")
                .key_type(KeyType::Hash)
                .build()
                .expect("key"),
        )
        .send()
        .await
        .expect("create table");
    name
}

pub async fn fresh_bucket(aws: &SdkConfig) -> String {
    let name = format!("test-{}", Uuid::new_v4().simple());
    shared::aws::s3(aws)
        .create_bucket()
        .bucket(&name)
        .send()
        .await
        .expect("create bucket");
    name
}

/// A user and a live session token for them.
pub struct User {
    pub id: Uuid,
    pub token: String,
}

/// A user with a session, inserted directly (sign-in itself is tested in auth.rs), made the way
/// `POST /auth/session` makes one.
pub async fn signed_in_user(pool: &Pool) -> User {
    let client = pool.get().await.expect("db");
    let id: Uuid = client
        .query_one(
            "INSERT INTO users (email) VALUES ($1) RETURNING id",
            &[&format!("seeker-{}@example.com", Uuid::new_v4().simple())],
        )
        .await
        .expect("user")
        .get(0);
    let session = shared::auth::issue(shared::auth::SESSION_PREFIX);
    client
        .execute(
            "INSERT INTO sessions (id, user_id, secret_hash, expires_at) \
             VALUES ($1, $2, $3, now() + interval '1 day')",
            &[&session.id, &id, &session.secret_hash],
        )
        .await
        .expect("session");
    User {
        id,
        token: session.token,
    }
}

/// Records `count` uses of a metered `kind` (`send`, `verification` or `resume_parse`) by `user`
/// this month, as the functions do, to bring the user up to a monthly quota.
pub async fn record_usage(pool: &Pool, user: Uuid, kind: &str, count: i64) {
    pool.get()
        .await
        .expect("db")
        .execute(
            "INSERT INTO usage_events (user_id, kind) \
             SELECT $1, $2::text FROM generate_series(1, $3::bigint)",
            &[&user, &kind, &count],
        )
        .await
        .expect("usage");
}

/// One test's own slice of the stack: a fresh, migrated database and a fresh rate-limit table
/// on the emulator, and the settings that point a function's `Config` at them. Functions are
/// built the way `main` builds them (`Config` → `State::build`), from these parts.
pub struct TestStack {
    pub pool: Pool,
    pub database: DatabaseConfig,
    pub aws: SdkConfig,
    /// The rate-limit table (API functions' `API_TABLE`).
    pub table: String,
}

impl TestStack {
    pub async fn new() -> Self {
        let (pool, url) = fresh_database().await;
        let aws = aws().await;
        let table = fresh_table(&aws).await;
        Self {
            pool,
            database: DatabaseConfig {
                url,
                max_connections: 4,
            },
            aws,
            table,
        }
    }

    /// Generous rate limits on this stack's table.
    pub fn rate_limits(&self) -> RateLimitConfig {
        rate_limits(self.table.clone())
    }

    /// A queue (and its dead-letter queue, after 3 receives) of this test's own.
    pub async fn queue(&self) -> (String, String) {
        self.queue_with(3).await
    }

    /// A queue of this test's own whose messages go to its dead-letter queue after
    /// `max_receive_count` receives.
    pub async fn queue_with(&self, max_receive_count: u32) -> (String, String) {
        fresh_queue(&self.aws, max_receive_count).await
    }

    /// A bucket of this test's own.
    pub async fn bucket(&self) -> String {
        fresh_bucket(&self.aws).await
    }

    /// A user with a session, in this stack's database.
    pub async fn user(&self) -> User {
        signed_in_user(&self.pool).await
    }

    /// A connection to this stack's database, for a test's own queries.
    pub async fn db(&self) -> shared::db::Client {
        self.pool.get().await.expect("db")
    }

    /// The one value the one row of `sql` holds, e.g. a `count(*)`.
    pub async fn count(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> i64 {
        self.db()
            .await
            .query_one(sql, params)
            .await
            .unwrap_or_else(|err| panic!("{sql}: {err}"))
            .get(0)
    }
}

// ------------------------------------------------------------------ functions

/// Where the links functions put in mail point, in every test.
pub const APP_BASE_URL: &str = "https://app.roleferry.test";
/// Our own mail domain; a verified identity on the emulator once a mail worker is built.
pub const MAIL_DOMAIN: &str = "mail.roleferry.test";
/// The sender of transactional mail.
pub const MAIL_FROM: &str = "no-reply@mail.roleferry.test";
/// Where enrollments' reply addresses live in the in-process tests.
pub const INBOUND_MAIL_DOMAIN: &str = "in.roleferry.test";
/// The secret unsubscribe and reply tokens are signed with in the in-process tests.
pub const TOKEN_SECRET: &str = "in-process-test-token-secret-0123456789abcdef";

/// The token key of the in-process tests.
pub fn token_key() -> sending::tokens::TokenKey {
    sending::tokens::TokenKey::new(TOKEN_SECRET.as_bytes()).expect("a long enough secret")
}

/// The test stack's DNS server (dnsmasq serving `local/dnsmasq.conf`), which the functions ask.
pub fn dns_resolver() -> std::net::SocketAddr {
    stack_var("DNS_RESOLVER")
        .parse()
        .expect("DNS_RESOLVER is host:port")
}

/// The settings of a database nobody answers at: what a function does while Postgres is down.
pub fn unreachable_database() -> DatabaseConfig {
    DatabaseConfig {
        url: "postgres://postgres@127.0.0.1:1/nowhere".into(),
        max_connections: 1,
    }
}

/// The functions several test files run, configured for one test's stack and built the way
/// their `main` builds them (`Config` → `State::build`).
impl TestStack {
    /// What every API function reads: this stack's database and generous rate limits.
    pub fn api_config(&self) -> shared::web::ApiConfig {
        shared::web::ApiConfig {
            database: self.database.clone(),
            rate_limits: self.rate_limits(),
        }
    }

    /// api-auth with generous limits on this stack's table, queueing its mail on
    /// `mail_queue_url`.
    pub fn auth_config(&self, mail_queue_url: &str) -> api_auth::Config {
        api_auth::Config {
            api: self.api_config(),
            mail_queue_url: mail_queue_url.to_owned(),
            app_base_url: APP_BASE_URL.into(),
        }
    }

    /// api-health checking this stack's database and table, and `bucket` and `queue_url`.
    pub fn health_config(&self, bucket: &str, queue_url: &str) -> api_health::Config {
        api_health::Config {
            database: self.database.clone(),
            bucket: bucket.to_owned(),
            queue_url: queue_url.to_owned(),
            table: self.table.clone(),
        }
    }

    /// The mail worker of `queue_url`, sending from [`MAIL_FROM`] through `configuration_set`
    /// (the identity and the set are made on the emulator first).
    pub async fn mail_worker(
        &self,
        queue_url: &str,
        configuration_set: &str,
    ) -> mail_worker::State {
        ses_sending_setup(&self.aws, configuration_set).await;
        mail_worker::State::build(mail_worker::Config {
            database: self.database.clone(),
            queue_url: queue_url.to_owned(),
            mail_from: MAIL_FROM.into(),
            configuration_set: configuration_set.to_owned(),
            tracking_configuration_set: configuration_set.to_owned(),
            app_base_url: APP_BASE_URL.into(),
            inbound_mail_domain: INBOUND_MAIL_DOMAIN.into(),
            token_key: token_key(),
        })
        .await
        .expect("mail-worker state")
    }

    /// Maintenance's state and its mail sweep, which requeues on `mail_queue_url`.
    pub async fn maintenance(
        &self,
        mail_queue_url: &str,
    ) -> (maintenance::State, maintenance::Mail) {
        let config = maintenance::Config {
            database: self.database.clone(),
            mail_queue_url: mail_queue_url.to_owned(),
            app_base_url: APP_BASE_URL.into(),
        };
        let state = maintenance::State::build(&config).expect("maintenance state");
        (state, maintenance::Mail::build(&config).await)
    }

    /// ses-events, accepting notifications from `topic_arn` only.
    /// The events function's state; auto-pause notices go to `mail_queue_url`.
    pub async fn ses_events(&self, topic_arn: &str, mail_queue_url: &str) -> ses_events::State {
        ses_events::State::build(ses_events::Config {
            database: self.database.clone(),
            topic_arn: topic_arn.to_owned(),
            mail_queue_url: mail_queue_url.to_owned(),
        })
        .await
        .expect("ses-events state")
    }
}

/// An API function's router, called the way API Gateway calls it in Lambda; or several, each
/// called for the paths its OpenAPI document declares, as the gateway routes them.
#[derive(Clone)]
pub struct Api {
    functions: Vec<(Vec<String>, axum::Router)>,
}

impl Api {
    pub fn new(router: axum::Router) -> Self {
        Self {
            functions: vec![(Vec::new(), router)],
        }
    }

    /// Several functions behind one gateway: a request goes to the function whose document
    /// declares its path (any method, so a wrong method gets that function's 405), and a path
    /// nobody declares to the first function, for its 404.
    pub fn gateway(functions: Vec<(axum::Router, utoipa::openapi::OpenApi)>) -> Self {
        Self {
            functions: functions
                .into_iter()
                .map(|(router, document)| {
                    let paths = document.paths.paths.keys().cloned().collect();
                    (paths, router)
                })
                .collect(),
        }
    }

    fn router_for(&self, raw_path: &str) -> &axum::Router {
        let matches = |template: &String| {
            let template: Vec<&str> = template.split('/').collect();
            let path: Vec<&str> = raw_path.split('/').collect();
            template.len() == path.len()
                && template.iter().zip(&path).all(|(expected, segment)| {
                    expected == segment || (expected.starts_with('{') && !segment.is_empty())
                })
        };
        let owner = self
            .functions
            .iter()
            .find(|(paths, _)| paths.iter().any(matches));
        &owner.unwrap_or(&self.functions[0]).1
    }

    /// api-auth as its `main` builds it.
    pub async fn auth(config: api_auth::Config) -> Self {
        let state = api_auth::AppState::build(config)
            .await
            .expect("api-auth state");
        Self::new(api_auth::app(Arc::new(state)).0)
    }

    /// api-health as its `main` builds it.
    pub async fn health(config: api_health::Config) -> Self {
        let state = api_health::AppState::build(config)
            .await
            .expect("api-health state");
        Self::new(api_health::app(Arc::new(state)).0)
    }

    /// The response to an API Gateway v2 event, as the function returns it to Lambda.
    pub async fn respond(&self, event: Value) -> lambda_http::Response<lambda_http::Body> {
        let raw_path = event["rawPath"].as_str().unwrap_or_default().to_owned();
        shared::web::invoke(self.router_for(&raw_path), http_request(event)).await
    }

    /// Sends an API Gateway v2 event.
    pub async fn send(&self, event: Value) -> Answer {
        answer(self.respond(event).await)
    }

    /// A JSON request, with a bearer token when given.
    pub async fn call(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Answer {
        let body = body.as_ref().map(Value::to_string);
        self.call_raw(method, path, token, body.as_deref()).await
    }

    /// A request whose body is sent as written (not necessarily JSON), with a bearer token
    /// when given.
    pub async fn call_raw(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<&str>,
    ) -> Answer {
        self.send(api_event(method, path, token, body)).await
    }

    /// `GET path` as the holder of `token` (a session token or an API key).
    pub async fn get(&self, path: &str, token: &str) -> Answer {
        self.call("GET", path, Some(token), None).await
    }

    /// `POST path` of a JSON body as the holder of `token`.
    pub async fn post(&self, path: &str, token: &str, body: Value) -> Answer {
        self.call("POST", path, Some(token), Some(body)).await
    }

    /// `DELETE path` as the holder of `token`.
    pub async fn delete(&self, path: &str, token: &str) -> Answer {
        self.call("DELETE", path, Some(token), None).await
    }

    /// api-auth's first step of signing in: `POST /auth/magic-link` for `email`.
    pub async fn request_magic_link(&self, email: &str) -> Answer {
        let body = serde_json::json!({ "email": email });
        self.call("POST", "/auth/magic-link", None, Some(body))
            .await
    }

    /// api-auth's second step: `POST /auth/session` with the token of the mailed link.
    pub async fn redeem_magic_link(&self, token: &str) -> Answer {
        let body = serde_json::json!({ "token": token });
        self.call("POST", "/auth/session", None, Some(body)).await
    }
}

/// Generous limits for tests that are not about rate limiting.
pub fn rate_limits(table: String) -> RateLimitConfig {
    RateLimitConfig {
        table,
        per_caller_per_minute: 10_000,
        per_ip_per_minute: 10_000,
        magic_links_per_email_per_hour: 1_000,
        magic_links_per_ip_per_hour: 1_000,
    }
}

/// Reads a sample event from `events/`.
pub fn event_json(relative: &str) -> Value {
    let path = repo_root().join("events").join(relative);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("read {}: {err}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|err| panic!("parse {}: {err}", path.display()))
}

/// An API Gateway v2 request from its JSON, as Lambda would deliver it.
fn http_request(event: Value) -> Request {
    lambda_http::request::from_str(&event.to_string()).expect("valid API Gateway v2 event")
}

/// Builds an API Gateway v2 event for a method, path, optional bearer token and body.
pub fn api_event(method: &str, path: &str, token: Option<&str>, body: Option<&str>) -> Value {
    let (raw_path, query) = path.split_once('?').unwrap_or((path, ""));
    let mut headers = serde_json::Map::new();
    headers.insert("content-type".into(), Value::from("application/json"));
    if let Some(token) = token {
        headers.insert(
            "authorization".into(),
            Value::from(format!("Bearer {token}")),
        );
    }
    let query_parameters: HashMap<String, String> = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter_map(|pair| pair.split_once('='))
        .map(|(key, value)| (key.to_owned(), value.to_owned()))
        .collect();
    serde_json::json!({
        "version": "2.0",
        "routeKey": "$default",
        "rawPath": raw_path,
        "rawQueryString": query,
        "headers": headers,
        "queryStringParameters": query_parameters,
        "requestContext": {
            "accountId": "123456789012",
            "apiId": "local",
            "domainName": "127.0.0.1",
            "domainPrefix": "local",
            "http": {"method": method, "path": raw_path, "protocol": "HTTP/1.1", "sourceIp": "203.0.113.7", "userAgent": "tests"},
            "requestId": Uuid::new_v4().to_string(),
            "routeKey": "$default",
            "stage": "$default",
            "time": "22/Nov/2026:12:00:00 +0000",
            "timeEpoch": 1_795_000_000_000_i64
        },
        "body": body,
        "isBase64Encoded": false
    })
}

/// Status, headers and JSON body of a response.
pub struct Answer {
    pub status: u16,
    pub headers: http::HeaderMap,
    pub body: Value,
}

impl Answer {
    /// A header's value, when the response has it and it is text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }
}

fn answer(response: lambda_http::Response<lambda_http::Body>) -> Answer {
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = match response.body() {
        lambda_http::Body::Text(text) => {
            serde_json::from_str(text).unwrap_or(Value::String(text.clone()))
        }
        lambda_http::Body::Binary(bytes) => serde_json::from_slice(bytes).unwrap_or(Value::Null),
        _ => Value::Null,
    };
    Answer {
        status,
        headers,
        body,
    }
}

/// Asserts a response is an RFC 9457 problem document with the given status.
pub fn assert_problem(answer: &Answer, status: u16) {
    assert_eq!(
        answer.status, status,
        "unexpected status; body: {}",
        answer.body
    );
    assert_eq!(
        answer.header("content-type"),
        Some("application/problem+json"),
        "not a problem document"
    );
    for field in ["type", "title", "status", "detail"] {
        assert!(
            answer.body.get(field).is_some(),
            "problem document lacks {field}: {}",
            answer.body
        );
    }
    assert_eq!(answer.body["status"], status);
}

/// Polls `check` until it yields a value or `timeout` passes. Used only to wait for the
/// asynchronous pipeline; the timeout is a failure bound, not a performance assertion.
pub async fn eventually<T, F, Fut>(timeout: Duration, mut check: F) -> Option<T>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        if let Some(value) = check().await {
            return Some(value);
        }
        if tokio::time::Instant::now() >= deadline {
            return None;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

/// The environment the running functions were started with (from `STACK_ENV_FILE`).
pub fn stack_env() -> HashMap<String, String> {
    let path = stack_var("STACK_ENV_FILE");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("read {path}: {err}"))
        .lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .filter_map(|line| line.split_once('='))
        .map(|(key, value)| {
            (
                key.trim().to_owned(),
                value.trim().trim_matches('"').to_owned(),
            )
        })
        .collect()
}

/// How long a step of the running stack's asynchronous pipeline (the event pump's polling,
/// first invocations) may take: a failure bound, not a performance assertion.
pub const PIPELINE: Duration = Duration::from_secs(90);

/// A connection to the running stack's own database (the one its functions use).
pub async fn stack_db() -> tokio_postgres::Client {
    let (client, connection) =
        tokio_postgres::connect(&stack_var("DATABASE_URL"), tokio_postgres::NoTls)
            .await
            .expect("stack database");
    tokio::spawn(connection);
    client
}

/// The API of the running stack.
pub fn api_base_url() -> String {
    stack_var("API_BASE_URL")
}

/// A client for the running stack, with a bound well above its first (cold) invocations.
pub fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(120))
        .build()
        .expect("client")
}

/// A request to `path` (with its query, if any) on the running stack's API.
pub fn stack_request(method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
    http().request(method, format!("{}{path}", api_base_url()))
}

/// One answer of the running stack.
pub struct Reply {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    /// The body as sent.
    pub text: String,
    /// The body as JSON; null when it is not JSON.
    pub body: Value,
}

impl Reply {
    /// A header's value, when the answer has it and it is text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }
}

/// Sends a request to the running stack, which must answer, and reads the whole answer.
pub async fn reply(request: reqwest::RequestBuilder) -> Reply {
    let response = request.send().await.expect("API reachable");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let text = response.text().await.expect("the body of the answer");
    let body = serde_json::from_str(&text).unwrap_or(Value::Null);
    Reply {
        status,
        headers,
        text,
        body,
    }
}

/// PUTs `bytes` straight to storage, as a browser does with an upload the API presigned
/// (`{"url": …, "headers": {…}}`), and returns the status storage answered.
pub async fn put_presigned(upload: &Value, bytes: Vec<u8>) -> reqwest::StatusCode {
    let mut put = http().put(upload["url"].as_str().expect("upload url"));
    for (name, value) in upload["headers"].as_object().expect("upload headers") {
        put = put.header(name.as_str(), value.as_str().expect("header value"));
    }
    put.body(bytes)
        .send()
        .await
        .expect("storage reachable")
        .status()
}

/// Invokes a function of the running stack through the Lambda Invoke API, as a schedule or SNS
/// does, and returns its JSON answer; the invocation itself must succeed.
pub async fn invoke_function(function: &str, event: &Value) -> Value {
    let invocations = format!("/2015-03-31/functions/{function}/invocations");
    let response = stack_request(reqwest::Method::POST, &invocations)
        .json(event)
        .send()
        .await
        .unwrap_or_else(|err| panic!("invoke {function}: {err}"));
    assert!(
        response.status().is_success(),
        "{function} failed with {}",
        response.status()
    );
    response.json().await.expect("a JSON answer")
}

/// One message as the emulator recorded it (moto keeps raw MIME sends with their headers).
#[derive(Debug, Clone)]
pub struct SentMail {
    pub ses_message_id: String,
    pub destinations: Vec<String>,
    pub raw: String,
}

impl SentMail {
    /// The decoded plain-text body (transfer encodings undone).
    pub fn text_body(&self) -> String {
        mail_parser::MessageParser::default()
            .parse(self.raw.as_bytes())
            .and_then(|message| message.body_text(0).map(|text| text.into_owned()))
            .unwrap_or_default()
    }

    /// The sign-in token of the link in the message (`…?token=rfl_…`).
    pub fn sign_in_token(&self) -> Option<String> {
        let text = self.text_body();
        let start = text.find("token=rfl_")? + "token=".len();
        Some(
            text[start..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect(),
        )
    }

    /// A header's raw value, e.g. `Message-ID`.
    pub fn header(&self, name: &str) -> Option<String> {
        let message = mail_parser::MessageParser::default().parse(self.raw.as_bytes())?;
        message
            .header_raw(name)
            .map(|value| value.trim().to_owned())
    }
}

/// The latest message the emulator accepted for `address`.
pub async fn mail_to(address: &str) -> Option<SentMail> {
    sent_mail()
        .await
        .into_iter()
        .rev()
        .find(|mail| mail.destinations.iter().any(|d| d == address))
}

/// Every raw message the emulator has accepted, oldest first.
pub async fn sent_mail() -> Vec<SentMail> {
    let endpoint = stack_var("AWS_ENDPOINT_URL");
    let url = format!("{}/moto-api/data.json", endpoint.trim_end_matches('/'));
    // moto serialises its whole state for this endpoint and sometimes fails with a 500 while
    // other requests change that state; a later read succeeds.
    let mut data = None;
    for _ in 0..10 {
        let response = reqwest::get(&url).await.expect("emulator reachable");
        if let Ok(value) = response.error_for_status().map(|r| r.json::<Value>())
            && let Ok(value) = value.await
        {
            data = Some(value);
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let data = data.expect("the emulator's data.json answered with JSON within 10 tries");
    data["ses"]["RawMessage"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|message| SentMail {
            ses_message_id: message["id"].as_str().unwrap_or_default().to_owned(),
            destinations: message["destinations"]
                .as_array()
                .map(|list| {
                    list.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default(),
            raw: message["raw_data"].as_str().unwrap_or_default().to_owned(),
        })
        .collect()
}

/// Makes our mail domain a verified identity on the emulator and creates `configuration_set`
/// there, as template.yaml does in AWS. Both are idempotent: one that exists already is an error
/// we do not need to hear about.
pub async fn ses_sending_setup(aws: &SdkConfig, configuration_set: &str) {
    let ses = shared::aws::sesv2(aws);
    let _ = ses
        .create_email_identity()
        .email_identity(MAIL_DOMAIN)
        .send()
        .await;
    let _ = ses
        .create_configuration_set()
        .configuration_set_name(configuration_set)
        .send()
        .await;
}

/// Receives what is on a queue now, shaped as the SQS event Lambda would deliver.
pub async fn receive_as_event(
    aws: &SdkConfig,
    queue_url: &str,
) -> aws_lambda_events::sqs::SqsEvent {
    let sqs = shared::aws::sqs(aws);
    let output = sqs
        .receive_message()
        .queue_url(queue_url)
        .max_number_of_messages(10)
        .wait_time_seconds(1)
        .message_system_attribute_names(aws_sdk_sqs::types::MessageSystemAttributeName::All)
        .send()
        .await
        .expect("receive");
    let records: Vec<Value> = output
        .messages()
        .iter()
        .map(|message| {
            let attributes: HashMap<String, String> = message
                .attributes()
                .map(|map| {
                    map.iter()
                        .map(|(k, v)| (k.as_str().to_owned(), v.clone()))
                        .collect()
                })
                .unwrap_or_default();
            serde_json::json!({
                "messageId": message.message_id(),
                "receiptHandle": message.receipt_handle(),
                "body": message.body(),
                "attributes": attributes,
                "messageAttributes": {},
                "md5OfBody": message.md5_of_body(),
                "eventSource": "aws:sqs",
                "eventSourceARN": "arn:aws:sqs:us-east-1:123456789012:test",
                "awsRegion": "us-east-1"
            })
        })
        .collect();
    serde_json::from_value(serde_json::json!({ "Records": records })).expect("sqs event")
}

/// Requests a sign-in link for `email` over HTTP and reads its token out of the mail the stack
/// sent (through the mail queue, worker and emulator).
pub async fn mailed_sign_in_token(email: &str) -> String {
    let answer = reply(
        stack_request(reqwest::Method::POST, "/auth/magic-link")
            .json(&serde_json::json!({"email": email})),
    )
    .await;
    let status = answer.status;
    assert_eq!(status, 202);
    let mail = eventually(PIPELINE, || mail_to(email))
        .await
        .expect("the mail worker sent the link via SES");
    mail.sign_in_token().expect("link")
}

/// Redeems a sign-in token over HTTP for a session token.
pub async fn session_for(sign_in_token: &str) -> String {
    let answer = reply(
        stack_request(reqwest::Method::POST, "/auth/session")
            .json(&serde_json::json!({"token": sign_in_token})),
    )
    .await;
    let (status, session) = (answer.status, answer.body);
    assert_eq!(status, 200, "{session}");
    session["session_token"]
        .as_str()
        .expect("session token")
        .to_owned()
}

/// Signs a fresh user in over HTTP.
pub async fn sign_in_over_http() -> String {
    let email = format!("stack-{}@example.com", uuid::Uuid::new_v4().simple());
    session_for(&mailed_sign_in_token(&email).await).await
}
