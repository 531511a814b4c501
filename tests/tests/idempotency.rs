//! `Idempotency-Key` on signed-in `POST`s (SPEC §2), through api-workspace's `POST /jobs` and
//! api-auth's `POST /api-keys`, against the real Postgres and the AWS emulator's DynamoDB.

use std::sync::Arc;

use aws_sdk_dynamodb::types::AttributeValue;
use chrono::Utc;
use integration_tests::*;
use serde_json::{Value, json};

struct App {
    stack: TestStack,
    api: Api,
    state: Arc<api_workspace::AppState>,
}

async fn app() -> App {
    let stack = TestStack::new().await;
    let state = Arc::new(
        api_workspace::AppState::build(api_workspace::Config {
            api: stack.api_config(),
            uploads_bucket: stack.bucket().await,
        })
        .await
        .expect("api-workspace state"),
    );
    let api = Api::new(api_workspace::app(state.clone()).0);
    App { stack, api, state }
}

fn job(title: &str) -> Value {
    json!({"title": title, "company": "Acme Pay", "description": "Build payment APIs in Rust"})
}

/// `POST path` of `body` with an `Idempotency-Key`, exactly as the harness sends any JSON body.
async fn post_with_key(api: &Api, path: &str, token: &str, key: &str, body: &Value) -> Answer {
    let mut event = api_event("POST", path, Some(token), Some(&body.to_string()));
    event["headers"]["idempotency-key"] = json!(key);
    api.send(event).await
}

impl App {
    async fn jobs_of(&self, user: &User) -> i64 {
        self.stack
            .count("SELECT count(*) FROM jobs WHERE user_id = $1", &[&user.id])
            .await
    }

    /// The key's record in the API table, if any.
    async fn record(
        &self,
        user: &User,
        key: &str,
    ) -> Option<std::collections::HashMap<String, AttributeValue>> {
        aws_sdk_dynamodb::Client::new(&self.stack.aws)
            .get_item()
            .table_name(&self.stack.table)
            .key(
                "pk",
                AttributeValue::S(format!("idempotency#{}#{key}", user.id)),
            )
            .consistent_read(true)
            .send()
            .await
            .expect("get item")
            .item
    }
}

fn new_key() -> String {
    uuid::Uuid::new_v4().to_string()
}

#[tokio::test]
async fn a_repeat_with_the_same_key_gets_the_first_answer_and_creates_nothing() {
    let app = app().await;
    let user = app.stack.user().await;
    let key = new_key();
    let first = post_with_key(&app.api, "/jobs", &user.token, &key, &job("Staff engineer")).await;
    assert_eq!(first.status, 201, "{}", first.body);
    assert_eq!(first.header("idempotent-replayed"), None);

    let repeat = post_with_key(&app.api, "/jobs", &user.token, &key, &job("Staff engineer")).await;
    assert_eq!(repeat.status, 201);
    assert_eq!(repeat.body, first.body, "the very same job, id included");
    assert_eq!(repeat.header("idempotent-replayed"), Some("true"));
    assert_eq!(repeat.header("content-type"), first.header("content-type"));
    assert_eq!(app.jobs_of(&user).await, 1);

    // Without a key, each request is its own.
    for _ in 0..2 {
        let unkeyed = app
            .api
            .post("/jobs", &user.token, job("Staff engineer"))
            .await;
        assert_eq!(unkeyed.status, 201);
    }
    assert_eq!(app.jobs_of(&user).await, 3);
}

#[tokio::test]
async fn the_key_is_kept_a_day() {
    let app = app().await;
    let user = app.stack.user().await;
    let key = new_key();
    let before = Utc::now().timestamp();
    let first = post_with_key(&app.api, "/jobs", &user.token, &key, &job("Analyst")).await;
    assert_eq!(first.status, 201);
    let record = app.record(&user, &key).await.expect("the key is stored");
    let expires_at: i64 = record["expires_at"]
        .as_n()
        .expect("number")
        .parse()
        .expect("epoch");
    let day = 24 * 60 * 60;
    assert!(
        (before + day..=Utc::now().timestamp() + day).contains(&expires_at),
        "expires_at {expires_at} is not a day after {before}"
    );
    assert_eq!(record["state"].as_s().map(String::as_str), Ok("completed"));
}

#[tokio::test]
async fn the_same_key_for_another_request_is_422_and_changes_nothing() {
    let app = app().await;
    let user = app.stack.user().await;
    let key = new_key();
    let first = post_with_key(&app.api, "/jobs", &user.token, &key, &job("Designer")).await;
    assert_eq!(first.status, 201);

    let other_body = post_with_key(&app.api, "/jobs", &user.token, &key, &job("Engineer")).await;
    assert_problem(&other_body, 422);
    assert_eq!(other_body.body["errors"][0]["field"], "Idempotency-Key");
    let other_route = post_with_key(
        &app.api,
        "/applications",
        &user.token,
        &key,
        &job("Designer"),
    )
    .await;
    assert_problem(&other_route, 422);
    assert_eq!(app.jobs_of(&user).await, 1);
    let applications = app
        .stack
        .count(
            "SELECT count(*) FROM applications WHERE user_id = $1",
            &[&user.id],
        )
        .await;
    assert_eq!(applications, 0);
}

#[tokio::test]
async fn a_repeat_while_the_first_is_running_is_409_until_that_one_is_abandoned() {
    let app = app().await;
    let user = app.stack.user().await;
    let key = new_key();
    let body = job("Platform engineer");
    let fingerprint = shared::idempotency::fingerprint(
        &http::Method::POST,
        "/jobs",
        Some("application/json"),
        body.to_string().as_bytes(),
    );
    // The first request with this key has claimed it and is still running.
    let store = shared::web::ApiState::gate(app.state.as_ref()).idempotency();
    let claim = store
        .claim(user.id, &key, &fingerprint, Utc::now())
        .await
        .expect("claim");
    assert!(
        matches!(claim, shared::idempotency::Claim::Claimed),
        "{claim:?}"
    );

    let repeat = post_with_key(&app.api, "/jobs", &user.token, &key, &body).await;
    assert_problem(&repeat, 409);
    assert_eq!(
        repeat.body["type"],
        "https://roleferry.com/problems/idempotency-key-in-use"
    );
    assert_eq!(app.jobs_of(&user).await, 0);

    // A claim older than any invocation can run belonged to one that died: it is taken over.
    let abandoned = new_key();
    let long_ago = Utc::now() - chrono::Duration::minutes(5);
    store
        .claim(user.id, &abandoned, &fingerprint, long_ago)
        .await
        .expect("claim");
    let retried = post_with_key(&app.api, "/jobs", &user.token, &abandoned, &body).await;
    assert_eq!(retried.status, 201, "{}", retried.body);
    assert_eq!(app.jobs_of(&user).await, 1);
}

#[tokio::test]
async fn keys_are_per_caller() {
    let app = app().await;
    let alice = app.stack.user().await;
    let bob = app.stack.user().await;
    let key = new_key();
    let for_alice = post_with_key(&app.api, "/jobs", &alice.token, &key, &job("Nurse")).await;
    let for_bob = post_with_key(&app.api, "/jobs", &bob.token, &key, &job("Nurse")).await;
    assert_eq!(for_alice.status, 201);
    assert_eq!(for_bob.status, 201);
    assert_eq!(for_bob.header("idempotent-replayed"), None);
    assert_ne!(for_alice.body["id"], for_bob.body["id"]);
}

#[tokio::test]
async fn a_refusal_is_replayed_too_but_a_dependency_failure_is_not_kept() {
    let app = app().await;
    let user = app.stack.user().await;
    let key = new_key();
    let invalid = json!({"title": "", "company": "Acme Pay", "description": "x"});
    let first = post_with_key(&app.api, "/jobs", &user.token, &key, &invalid).await;
    assert_problem(&first, 422);
    let repeat = post_with_key(&app.api, "/jobs", &user.token, &key, &invalid).await;
    assert_problem(&repeat, 422);
    assert_eq!(repeat.body, first.body);
    assert_eq!(repeat.header("idempotent-replayed"), Some("true"));

    // The same API storing into a bucket that does not exist answers 503 (file storage is
    // down): the key is given back, so the client's retry runs instead of replaying the 503.
    let broken = api_workspace::AppState::build(api_workspace::Config {
        api: app.stack.api_config(),
        uploads_bucket: format!("no-such-bucket-{}", uuid::Uuid::new_v4().simple()),
    })
    .await
    .expect("state");
    let broken = Api::new(api_workspace::app(Arc::new(broken)).0);
    let fresh = new_key();
    let resume = "Ada Lovelace\nada@example.com\n\nExperience\nAnalyst, Engines Ltd, 1840 - 1843\n";
    let mut upload = api_event("POST", "/resume/upload", Some(&user.token), Some(resume));
    upload["headers"]["content-type"] = json!("text/plain");
    upload["headers"]["idempotency-key"] = json!(fresh);
    let down = broken.send(upload.clone()).await;
    assert_problem(&down, 503);
    assert!(
        app.record(&user, &fresh).await.is_none(),
        "nothing kept for a 503"
    );
    let retried = app.api.send(upload).await;
    assert_eq!(retried.status, 202, "{}", retried.body);
    assert_eq!(retried.header("idempotent-replayed"), None);
}

#[tokio::test]
async fn a_key_that_is_not_a_key_is_400_and_changes_nothing() {
    let app = app().await;
    let user = app.stack.user().await;
    let too_long = "k".repeat(256);
    for bad in ["", "two words", "\"\"", too_long.as_str()] {
        let answer = post_with_key(&app.api, "/jobs", &user.token, bad, &job("Chef")).await;
        assert_problem(&answer, 400);
    }
    assert_eq!(app.jobs_of(&user).await, 0);
    // The structured-field form of a key is the same key as its bare form.
    let key = new_key();
    let quoted = format!("\"{key}\"");
    let first = post_with_key(&app.api, "/jobs", &user.token, &quoted, &job("Chef")).await;
    let bare = post_with_key(&app.api, "/jobs", &user.token, &key, &job("Chef")).await;
    assert_eq!(first.status, 201);
    assert_eq!(bare.header("idempotent-replayed"), Some("true"));
    assert_eq!(app.jobs_of(&user).await, 1);
}

#[tokio::test]
async fn api_keys_are_never_replayed_because_the_key_is_shown_once() {
    let stack = TestStack::new().await;
    let (queue, _) = stack.queue().await;
    let api = Api::auth(stack.auth_config(&queue)).await;
    let user = stack.user().await;
    let key = new_key();
    let body = json!({"name": "zapier"});
    let first = post_with_key(&api, "/api-keys", &user.token, &key, &body).await;
    let second = post_with_key(&api, "/api-keys", &user.token, &key, &body).await;
    assert_eq!(first.status, 201);
    assert_eq!(second.status, 201);
    assert_eq!(second.header("idempotent-replayed"), None);
    assert_ne!(first.body["key"], second.body["key"]);
    let stored = stack
        .count(
            "SELECT count(*) FROM api_keys WHERE user_id = $1",
            &[&user.id],
        )
        .await;
    assert_eq!(stored, 2);
}

#[tokio::test]
async fn sign_in_takes_no_key_because_there_is_no_caller_to_scope_it_to() {
    let stack = TestStack::new().await;
    let (queue, _) = stack.queue().await;
    let api = Api::auth(stack.auth_config(&queue)).await;
    let key = new_key();
    for _ in 0..2 {
        let body = json!({"email": "someone@example.test"}).to_string();
        let mut event = api_event("POST", "/auth/magic-link", None, Some(&body));
        event["headers"]["idempotency-key"] = json!(key);
        let requested = api.send(event).await;
        assert_eq!(requested.status, 202, "{}", requested.body);
        assert_eq!(requested.header("idempotent-replayed"), None);
    }
}
