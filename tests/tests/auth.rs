//! Accounts: magic link, sessions, API keys, rate limits, bad input — in process, against the
//! real Postgres and the AWS emulator.

use integration_tests::*;
use serde_json::json;

const CONFIGURATION_SET: &str = "roleferry-test";

struct App {
    stack: TestStack,
    api: Api,
    mail: mail_worker::State,
    mail_queue: String,
}

async fn app_with_limits(limits: impl FnOnce(String) -> shared::config::RateLimitConfig) -> App {
    let stack = TestStack::new().await;
    let (mail_queue, _dlq) = stack.queue().await;
    let api = Api::auth(api_auth::Config {
        api: shared::web::ApiConfig {
            rate_limits: limits(stack.table.clone()),
            ..stack.api_config()
        },
        ..stack.auth_config(&mail_queue)
    })
    .await;
    let mail = stack.mail_worker(&mail_queue, CONFIGURATION_SET).await;
    App {
        stack,
        api,
        mail,
        mail_queue,
    }
}

async fn app() -> App {
    app_with_limits(rate_limits).await
}

impl App {
    /// Requests a link, lets the mail worker send it, and reads the token out of the email the
    /// emulator received.
    async fn sign_in(&self, email: &str) -> String {
        let requested = self.api.request_magic_link(email).await;
        assert_eq!(requested.status, 202, "{}", requested.body);
        let event = receive_as_event(&self.stack.aws, &self.mail_queue).await;
        assert_eq!(event.records.len(), 1, "one mail job queued");
        let outcome = mail_worker::handle_batch(&self.mail, event).await;
        assert!(outcome.batch_item_failures.is_empty(), "mail sent");
        let token = token_in_mail_to(email).await;
        let session = self.api.redeem_magic_link(&token).await;
        assert_eq!(session.status, 200, "{}", session.body);
        session.body["session_token"]
            .as_str()
            .expect("session token")
            .to_owned()
    }

    /// `POST /api-keys` for a key called `name`, as the holder of `token`.
    async fn create_api_key(&self, token: &str, name: &str) -> Answer {
        self.api
            .post("/api-keys", token, json!({"name": name}))
            .await
    }
}

async fn token_in_mail_to(email: &str) -> String {
    mail_to(email)
        .await
        .expect("the emulator received the sign-in mail")
        .sign_in_token()
        .expect("mail contains a sign-in link")
}

fn unique_email() -> String {
    format!("seeker-{}@example.com", uuid::Uuid::new_v4().simple())
}

#[tokio::test]
async fn magic_link_signs_in_once_and_me_shows_the_user() {
    let app = app().await;
    let email = unique_email();

    let session_token = app.sign_in(&email).await;
    let me = app.api.get("/me", &session_token).await;

    assert_eq!(me.status, 200, "{}", me.body);
    assert_eq!(me.body["user"]["email"], email.as_str());
    assert_eq!(me.body["usage"]["sends"], 0);
    assert!(me.body["limits"]["monthly_sends"].as_i64().unwrap_or(0) > 0);

    // The link works once.
    let token = token_in_mail_to(&email).await;
    let reused = app.api.redeem_magic_link(&token).await;
    assert_problem(&reused, 401);
}

#[tokio::test]
async fn expired_and_unknown_sign_in_tokens_are_rejected() {
    let app = app().await;
    let email = unique_email();
    let requested = app.api.request_magic_link(&email).await;
    assert_eq!(requested.status, 202);
    let event = receive_as_event(&app.stack.aws, &app.mail_queue).await;
    mail_worker::handle_batch(&app.mail, event).await;
    let token = token_in_mail_to(&email).await;
    let client = app.stack.db().await;
    client
        .execute(
            "UPDATE login_tokens SET expires_at = now() - interval '1 second'",
            &[],
        )
        .await
        .expect("expire token");

    let expired = app.api.redeem_magic_link(&token).await;
    assert_problem(&expired, 401);

    let forged = format!("rfl_{}_AAAA", uuid::Uuid::new_v4().simple());
    let unknown = app.api.redeem_magic_link(&forged).await;
    assert_problem(&unknown, 401);
}

#[tokio::test]
async fn magic_link_answers_202_for_any_valid_address_and_stores_only_hashes() {
    let app = app().await;
    let email = unique_email();
    // First sign-in creates the account; the second request is for an existing one.
    let session_token = app.sign_in(&email).await;
    let first = app.api.request_magic_link(&unique_email()).await;
    let second = app.api.request_magic_link(&email).await;
    assert_eq!((first.status, second.status), (202, 202));
    assert_eq!(
        first.body, second.body,
        "same answer whether or not the account exists"
    );

    let created = app.create_api_key(&session_token, "ci").await;
    assert_eq!(created.status, 201, "{}", created.body);
    let api_key = created.body["key"]
        .as_str()
        .expect("key shown once")
        .to_owned();

    let client = app.stack.db().await;
    let dump: String = client
        .query_one(
            "SELECT concat_ws(' ', \
               (SELECT string_agg(encode(secret_hash, 'escape'), ' ') FROM sessions), \
               (SELECT string_agg(encode(secret_hash, 'escape'), ' ') FROM api_keys), \
               (SELECT string_agg(encode(secret_hash, 'escape'), ' ') FROM login_tokens), \
               (SELECT string_agg(t::text, ' ') FROM sessions t), \
               (SELECT string_agg(t::text, ' ') FROM api_keys t), \
               (SELECT string_agg(t::text, ' ') FROM login_tokens t))",
            &[],
        )
        .await
        .expect("dump")
        .get(0);
    let login_token = token_in_mail_to(&email).await;
    // The secret is everything after the id: base64url, so it may hold `_` itself.
    for (token, prefix) in [
        (&session_token, shared::auth::SESSION_PREFIX),
        (&api_key, shared::auth::API_KEY_PREFIX),
        (&login_token, shared::auth::LOGIN_TOKEN_PREFIX),
    ] {
        let (_, secret) = shared::auth::split_token(token, prefix).expect("one of our tokens");
        assert!(!dump.contains(secret), "a secret is stored in clear");
    }
    let hash_lengths: Vec<i32> = client
        .query(
            "SELECT length(secret_hash) FROM sessions UNION ALL SELECT length(secret_hash) FROM api_keys \
             UNION ALL SELECT length(secret_hash) FROM login_tokens",
            &[],
        )
        .await
        .expect("hashes")
        .iter()
        .map(|row| row.get(0))
        .collect();
    assert!(!hash_lengths.is_empty());
    assert!(
        hash_lengths.iter().all(|&len| len == 32),
        "SHA-256 digests only"
    );
}

#[tokio::test]
async fn api_key_works_until_deleted() {
    let app = app().await;
    let session_token = app.sign_in(&unique_email()).await;
    let created = app.create_api_key(&session_token, "zapier").await;
    let api_key = created.body["key"].as_str().expect("key").to_owned();
    assert!(api_key.starts_with("rf_"));
    let key_id = created.body["id"].as_str().expect("id").to_owned();
    let key_path = format!("/api-keys/{key_id}");

    let me = app.api.get("/me", &api_key).await;
    assert_eq!(me.status, 200);
    let listed = app.api.get("/api-keys", &api_key).await;
    assert_eq!(listed.body["items"][0]["id"], key_id.as_str());
    assert!(
        listed.body["items"][0].get("key").is_none(),
        "keys are never shown again"
    );

    let deleted = app.api.delete(&key_path, &session_token).await;
    assert_eq!(deleted.status, 204);
    let after = app.api.get("/me", &api_key).await;
    assert_problem(&after, 401);
    let again = app.api.delete(&key_path, &session_token).await;
    assert_problem(&again, 404);
}

#[tokio::test]
async fn another_users_api_key_is_not_found() {
    let app = app().await;
    let alice = app.sign_in(&unique_email()).await;
    let bob = app.sign_in(&unique_email()).await;
    let created = app.create_api_key(&alice, "alice").await;
    let key_id = created.body["id"].as_str().expect("id").to_owned();

    let listed = app.api.get("/api-keys", &bob).await;
    assert_eq!(listed.body["items"], json!([]));
    let deleted = app.api.delete(&format!("/api-keys/{key_id}"), &bob).await;
    assert_problem(&deleted, 404);
    let still = app.api.get("/api-keys", &alice).await;
    assert_eq!(still.body["items"][0]["id"], key_id.as_str());
}

#[tokio::test]
async fn sign_out_revokes_the_session() {
    let app = app().await;
    let session_token = app.sign_in(&unique_email()).await;
    let signed_out = app.api.delete("/auth/session", &session_token).await;
    assert_eq!(signed_out.status, 204);
    let me = app.api.get("/me", &session_token).await;
    assert_problem(&me, 401);
}

#[tokio::test]
async fn api_keys_paginate_with_cursors() {
    let app = app().await;
    let session_token = app.sign_in(&unique_email()).await;
    for n in 0..5 {
        let created = app.create_api_key(&session_token, &format!("k{n}")).await;
        assert_eq!(created.status, 201);
    }
    let first = app.api.get("/api-keys?limit=2", &session_token).await;
    assert_eq!(first.body["items"].as_array().map(Vec::len), Some(2));
    let cursor = first.body["next_cursor"]
        .as_str()
        .expect("more pages")
        .to_owned();
    let page_after = |cursor: &str| format!("/api-keys?limit=2&cursor={cursor}");
    let second = app.api.get(&page_after(&cursor), &session_token).await;
    let third_cursor = second.body["next_cursor"]
        .as_str()
        .expect("third page")
        .to_owned();
    let third = app
        .api
        .get(&page_after(&third_cursor), &session_token)
        .await;
    assert_eq!(third.body["items"].as_array().map(Vec::len), Some(1));
    assert_eq!(third.body["next_cursor"], serde_json::Value::Null);
    let names: Vec<_> = [&first, &second, &third]
        .iter()
        .flat_map(|page| page.body["items"].as_array().cloned().unwrap_or_default())
        .map(|item| item["name"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(names, ["k4", "k3", "k2", "k1", "k0"]);

    let bad = app
        .api
        .get("/api-keys?limit=500&cursor=zzz", &session_token)
        .await;
    assert_problem(&bad, 422);
    assert_eq!(bad.body["errors"].as_array().map(Vec::len), Some(2));
}

#[tokio::test]
async fn requests_past_the_ip_limit_get_429_with_retry_after() {
    let app = app_with_limits(|table| shared::config::RateLimitConfig {
        per_ip_per_minute: 3,
        ..rate_limits(table)
    })
    .await;
    for _ in 0..3 {
        let ok = app.api.redeem_magic_link("nope").await;
        assert_eq!(ok.status, 401);
        assert!(ok.headers.contains_key("ratelimit-remaining"));
    }
    let limited = app.api.redeem_magic_link("nope").await;
    assert_problem(&limited, 429);
    let retry_after: u64 = limited.headers["retry-after"]
        .to_str()
        .expect("ascii")
        .parse()
        .expect("seconds");
    assert!((1..=60).contains(&retry_after));
    assert_eq!(limited.headers["ratelimit-remaining"], "0");
}

#[tokio::test]
async fn magic_links_per_address_are_limited() {
    let app = app_with_limits(|table| shared::config::RateLimitConfig {
        magic_links_per_email_per_hour: 2,
        ..rate_limits(table)
    })
    .await;
    let email = unique_email();
    for _ in 0..2 {
        let ok = app.api.request_magic_link(&email).await;
        assert_eq!(ok.status, 202);
    }
    let limited = app.api.request_magic_link(&email.to_uppercase()).await;
    assert_problem(&limited, 429);
}

/// Method, path, bearer token, raw body and the status it must get.
type BadInput<'a> = (&'a str, &'a str, Option<&'a str>, Option<String>, u16);

#[tokio::test]
async fn bad_input_gets_problem_documents_and_changes_nothing() {
    let app = app().await;
    let session_token = app.sign_in(&unique_email()).await;
    let session = Some(session_token.as_str());
    let body = |value: serde_json::Value| Some(value.to_string());
    let magic_link = "/auth/magic-link";
    let huge_email = format!(
        "{{\"email\": \"{}\"}}",
        "a".repeat(shared::http::MAX_JSON_BODY_BYTES)
    );
    // Every case but the JSON bodies a route finds invalid, which follow route by route.
    let mut cases: Vec<BadInput> = vec![
        ("POST", magic_link, None, Some("{not json".into()), 400),
        ("POST", magic_link, None, Some(String::new()), 400),
        ("POST", magic_link, None, Some(huge_email), 413),
        ("POST", "/auth/session", None, body(json!({})), 422),
        ("GET", "/me", None, None, 401),
        ("GET", "/me", Some("rfs_garbage"), None, 401),
        ("DELETE", "/api-keys/not-a-uuid", session, None, 404),
        ("PUT", "/me", session, None, 405),
        ("PATCH", "/me", session, None, 400),
        ("GET", "/no/such/route", None, None, 404),
    ];
    for invalid in [
        json!({"email": 42}),
        json!({"email": "not-an-address"}),
        json!({"email": "a@b.co", "extra": 1}),
        json!([1, 2]),
    ] {
        cases.push(("POST", magic_link, None, body(invalid), 422));
    }
    for invalid in [json!({"name": ""}), json!({"name": ["x"]})] {
        cases.push(("POST", "/api-keys", session, body(invalid), 422));
    }
    // Settings: serde would read an array as the fields in order; only an object is a body.
    for invalid in [
        json!(["Europe/Berlin", false]),
        json!({"timezone": "Nowhere/City"}),
        json!({"timezone": "UTC", "daily_summary": 1}),
        json!({"daily_summary": false, "theme": "dark"}),
    ] {
        cases.push(("PATCH", "/me", session, body(invalid), 422));
    }
    let count_rows = || async {
        app.stack
            .count(
                "SELECT (SELECT count(*) FROM login_tokens) + (SELECT count(*) FROM api_keys) + (SELECT count(*) FROM users)",
                &[],
            )
            .await
    };
    let before = count_rows().await;
    for (method, path, token, body, status) in cases {
        let answer = app.api.call_raw(method, path, token, body.as_deref()).await;
        assert_problem(&answer, status);
        assert!(answer.status < 500);
    }
    assert_eq!(
        count_rows().await,
        before,
        "rejected requests changed nothing"
    );
    let me = app.api.get("/me", &session_token).await;
    assert_eq!(
        me.body["settings"],
        json!({"timezone": "UTC", "daily_summary": true})
    );
}

#[tokio::test]
async fn maintenance_deletes_only_dead_tokens_and_sessions_and_is_idempotent() {
    let app = app().await;
    let live_session = app.sign_in(&unique_email()).await;
    let dead_session = app.sign_in(&unique_email()).await;
    app.api.delete("/auth/session", &dead_session).await;
    let (state, _) = app.stack.maintenance(&app.mail_queue).await;

    let first = maintenance::run(&state).await.expect("maintenance runs");
    let second = maintenance::run(&state)
        .await
        .expect("maintenance runs again");

    assert_eq!(first.sessions_deleted, 1);
    assert_eq!(first.login_tokens_deleted, 2, "both used tokens");
    assert_eq!(
        (second.sessions_deleted, second.login_tokens_deleted),
        (0, 0)
    );
    let me = app.api.get("/me", &live_session).await;
    assert_eq!(me.status, 200);
}
