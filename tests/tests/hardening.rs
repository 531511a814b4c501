//! The holes closed by issue 7 §4 and what they look like to a client: DOCX bombs, files that
//! stop the parser, uploads that never arrive, monthly quotas, `/health` detail, sign-in abuse,
//! forged cursors and racing sign-in redemptions. HTTP behaviours go through the running stack;
//! the rest runs in process against the real Postgres and emulator.

use std::io::Write;

use chrono::{TimeZone, Utc};
use integration_tests::*;
use serde_json::{Value, json};
use uuid::Uuid;

const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// The stack's own database: the functions under `cargo lambda watch` use it.
fn stack_pool() -> shared::db::Pool {
    shared::db::pool(&shared::config::DatabaseConfig {
        url: std::env::var("DATABASE_URL").expect("DATABASE_URL of the stack"),
        max_connections: 4,
    })
    .expect("pool")
}

/// A request to the stack's API as the holder of `token`.
fn api(method: reqwest::Method, path: &str, token: &str) -> reqwest::RequestBuilder {
    stack_request(method, path).bearer_auth(token)
}

fn assert_problem_reply(reply: &Reply, status: u16) {
    assert_eq!(reply.status, status, "{}", reply.body);
    assert_eq!(
        reply.header("content-type"),
        Some("application/problem+json")
    );
    for field in ["type", "title", "status", "detail"] {
        assert!(reply.body.get(field).is_some(), "{field}: {}", reply.body);
    }
}

fn assert_quota_reply(reply: &Reply) {
    assert_problem_reply(reply, 429);
    let retry_after: u64 = reply
        .header("retry-after")
        .and_then(|value| value.parse().ok())
        .expect("Retry-After on a 429");
    assert!(
        (1..=31 * 24 * 3600).contains(&retry_after),
        "Retry-After {retry_after} points within the month"
    );
}

async fn upload(token: &str, content_type: &str, bytes: Vec<u8>) -> Reply {
    reply(
        api(reqwest::Method::POST, "/resume/upload", token)
            .header("content-type", content_type)
            .body(bytes),
    )
    .await
}

async fn upload_url(token: &str, size: usize) -> Reply {
    reply(
        api(reqwest::Method::POST, "/resume/upload-url", token).json(
            &json!({"filename": "resume.txt", "content_type": "text/plain", "size_bytes": size}),
        ),
    )
    .await
}

/// The caller's latest resume once it has left `processing`.
async fn settled_resume(token: &str, resume_id: &str) -> Value {
    eventually(PIPELINE, || async {
        let reply = reply(api(reqwest::Method::GET, "/resume", token)).await;
        (reply.status == 200
            && reply.body["resume_id"] == resume_id
            && reply.body["status"] != "processing")
            .then_some(reply.body)
    })
    .await
    .expect("the resume left processing")
}

/// A DOCX with the parts Word writes, `extra_parts` empty entries, and a `word/document.xml`
/// of `document_bytes` bytes of paragraphs.
fn docx(document_bytes: usize, extra_parts: usize) -> Vec<u8> {
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1));
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    writer
        .start_file("[Content_Types].xml", options)
        .expect("part");
    writer
        .write_all(br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#)
        .expect("write");
    for index in 0..extra_parts {
        writer
            .start_file(format!("customXml/item{index}.xml"), options)
            .expect("part");
    }
    writer
        .start_file("word/document.xml", options)
        .expect("part");
    writer
        .write_all(br#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#)
        .expect("write");
    let paragraph: &[u8] = b"<w:p><w:r><w:t>Jane Doe, Software Engineer</w:t></w:r></w:p>";
    let mut chunk = Vec::with_capacity(1 << 20);
    while chunk.len() < 1 << 20 {
        chunk.extend_from_slice(paragraph);
    }
    let mut written = 0;
    while written < document_bytes {
        let left = (document_bytes - written).div_ceil(paragraph.len()) * paragraph.len();
        let take = chunk.len().min(left);
        writer.write_all(&chunk[..take]).expect("write");
        written += take;
    }
    writer.write_all(b"</w:body></w:document>").expect("write");
    writer.finish().expect("zip").into_inner()
}

// ------------------------------------------------------------------ resume parser

#[tokio::test]
async fn docx_bombs_end_failed_with_a_reason() {
    let pool = stack_pool();
    let user = signed_in_user(&pool).await;
    // 64 MB of XML in well under a megabyte: eight times the decompressed budget.
    let bomb = docx(64 << 20, 0);
    assert!(bomb.len() < 1 << 20, "the bomb is {} bytes", bomb.len());
    let crowded = docx(1024, 5000);

    for (bytes, reason) in [(bomb, "8 MB"), (crowded, "5002 parts")] {
        let accepted = upload(&user.token, DOCX, bytes).await;
        assert_eq!(accepted.status, 202, "{}", accepted.body);
        let resume_id = accepted.body["resume_id"].as_str().expect("id").to_owned();
        let resume = settled_resume(&user.token, &resume_id).await;
        assert_eq!(resume["status"], "failed", "{resume}");
        let error = resume["error"].as_str().expect("a reason");
        assert!(error.contains(reason), "{error}");
    }
}

#[tokio::test]
async fn a_file_that_stopped_the_parser_twice_ends_failed_without_a_third_parse() {
    let pool = stack_pool();
    let user = signed_in_user(&pool).await;
    let text =
        b"Jane Doe\njane@example.com\n\nExperience\nEngineer at Acme, 2020 - Present\n".to_vec();
    let created = upload_url(&user.token, text.len()).await;
    assert_eq!(created.status, 201, "{}", created.body);
    let resume_id: Uuid = created.body["resume_id"]
        .as_str()
        .and_then(|id| id.parse().ok())
        .expect("id");
    // Two deliveries already began a parse and the worker died in each (out of memory, the
    // Lambda timeout): what the row records of them.
    pool.get()
        .await
        .expect("db")
        .execute(
            "UPDATE resumes SET parse_attempts = 2 WHERE id = $1",
            &[&resume_id],
        )
        .await
        .expect("attempts");

    let stored = put_presigned(&created.body["upload"], text).await;
    assert!(stored.is_success(), "{stored}");

    let resume = settled_resume(&user.token, &resume_id.to_string()).await;
    assert_eq!(resume["status"], "failed", "{resume}");
    assert_eq!(
        resume["error"].as_str(),
        Some(resume_parser::worker::gave_up().to_string().as_str())
    );
    assert_eq!(resume["parsed"], Value::Null);
    let attempts: i32 = pool
        .get()
        .await
        .expect("db")
        .query_one(
            "SELECT parse_attempts FROM resumes WHERE id = $1",
            &[&resume_id],
        )
        .await
        .expect("row")
        .get(0);
    assert_eq!(attempts, 3, "the third delivery was counted and not parsed");
}

#[tokio::test]
async fn a_presigned_upload_that_never_arrives_ends_failed_after_an_hour() {
    let pool = stack_pool();
    let user = signed_in_user(&pool).await;
    let abandoned = upload_url(&user.token, 100).await;
    assert_eq!(abandoned.status, 201, "{}", abandoned.body);
    let abandoned_id: Uuid = abandoned.body["resume_id"]
        .as_str()
        .and_then(|id| id.parse().ok())
        .expect("id");
    let recent = upload_url(&user.token, 100).await;
    let recent_id: Uuid = recent.body["resume_id"]
        .as_str()
        .and_then(|id| id.parse().ok())
        .expect("id");
    let client = pool.get().await.expect("db");
    client
        .execute(
            "UPDATE resumes SET created_at = now() - interval '61 minutes' WHERE id = $1",
            &[&abandoned_id],
        )
        .await
        .expect("age the row");

    let scheduled = event_json("maintenance/clean-up.json");
    let report = invoke_function("maintenance", &scheduled).await;
    assert!(report["resumes_failed"].as_u64() >= Some(1), "{report}");

    let status_of = |id: Uuid| {
        let client = &client;
        async move {
            let row = client
                .query_one("SELECT status, error FROM resumes WHERE id = $1", &[&id])
                .await
                .expect("row");
            (row.get::<_, String>(0), row.get::<_, Option<String>>(1))
        }
    };
    let (status, error) = status_of(abandoned_id).await;
    assert_eq!(status, "failed");
    assert!(
        error
            .as_deref()
            .is_some_and(|e| e.contains("never arrived")),
        "{error:?}"
    );
    assert_eq!(status_of(recent_id).await.0, "processing");
}

// ------------------------------------------------------------------ quotas

#[tokio::test]
async fn uploads_over_the_monthly_parse_quota_are_429_counting_pending_ones() {
    let pool = stack_pool();
    let user = signed_in_user(&pool).await;
    let limit = shared::plan::limits("beta").monthly_resume_parses;
    // One short of the quota in parses this month...
    record_usage(&pool, user.id, "resume_parse", limit - 1).await;
    // ...and one more pending: a presigned upload still on its way.
    let pending = upload_url(&user.token, 10).await;
    assert_eq!(pending.status, 201, "{}", pending.body);

    let direct = upload(&user.token, "text/plain", b"Jane Doe\n".to_vec()).await;
    assert_quota_reply(&direct);
    assert!(
        direct.body["detail"]
            .as_str()
            .is_some_and(|detail| detail.contains("resume parse")),
        "{}",
        direct.body
    );
    assert_quota_reply(&upload_url(&user.token, 10).await);
    let client = pool.get().await.expect("db");
    let resumes: i64 = client
        .query_one(
            "SELECT count(*) FROM resumes WHERE user_id = $1",
            &[&user.id],
        )
        .await
        .expect("count")
        .get(0);
    assert_eq!(resumes, 1, "a refused upload stores nothing");

    // Once the pending upload has failed it no longer holds a place.
    client
        .execute(
            "UPDATE resumes SET status = 'failed', error = 'test' WHERE user_id = $1",
            &[&user.id],
        )
        .await
        .expect("fail pending");
    let fits = upload(&user.token, "text/plain", b"Jane Doe\n".to_vec()).await;
    assert_eq!(fits.status, 202, "{}", fits.body);
}

#[tokio::test]
async fn verification_requests_over_the_quota_are_429_counting_pending_contacts() {
    let pool = stack_pool();
    let user = signed_in_user(&pool).await;
    let mut contact_ids = Vec::new();
    for name in ["ada", "grace"] {
        let created = reply(
            api(reqwest::Method::POST, "/contacts", &user.token)
                .json(&json!({"first_name": name, "email": format!("{name}@example.test")})),
        )
        .await;
        assert_eq!(created.status, 201, "{}", created.body);
        contact_ids.push(created.body["id"].as_str().expect("id").to_owned());
    }
    let limit = shared::plan::limits("beta").monthly_verifications;
    record_usage(&pool, user.id, "verification", limit - 1).await;
    let client = pool.get().await.expect("db");
    // The first contact was queued earlier and the worker has not settled it yet.
    let first: Uuid = contact_ids[0].parse().expect("uuid");
    client
        .execute(
            "UPDATE contacts SET verification_status = 'pending' WHERE id = $1",
            &[&first],
        )
        .await
        .expect("pending");

    let refused = reply(
        api(reqwest::Method::POST, "/contacts/verify", &user.token)
            .json(&json!({"contact_ids": [contact_ids[1]]})),
    )
    .await;
    assert_quota_reply(&refused);
    let status: String = client
        .query_one(
            "SELECT verification_status FROM contacts WHERE id = $1",
            &[&contact_ids[1].parse::<Uuid>().expect("uuid")],
        )
        .await
        .expect("row")
        .get(0);
    assert_eq!(status, "unverified", "a refused request changes nothing");

    // Asking again for the contact already pending takes no second place.
    let again = reply(
        api(reqwest::Method::POST, "/contacts/verify", &user.token)
            .json(&json!({"contact_ids": [contact_ids[0]]})),
    )
    .await;
    assert_eq!(again.status, 202, "{}", again.body);
}

// ------------------------------------------------------------------ health

#[tokio::test]
async fn health_says_up_or_down_and_nothing_about_why() {
    let reply = reply(stack_request(reqwest::Method::GET, "/health")).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    for dependency in ["postgres", "s3", "sqs", "dynamodb"] {
        let check = reply.body["checks"][dependency]
            .as_object()
            .expect("a check");
        let mut keys: Vec<&str> = check.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["latency_ms", "status"], "{dependency}: {check:?}");
    }

    // A dependency that is down: a bucket that does not exist.
    let stack = TestStack::new().await;
    let missing_bucket = format!("missing-{}", Uuid::new_v4().simple());
    let health = Api::health(stack.health_config(&missing_bucket, &stack.queue().await.0)).await;
    let down = health.send(event_json("api-health/health.json")).await;
    assert_eq!(down.status, 503, "{}", down.body);
    assert_eq!(down.body["checks"]["s3"]["status"], "down");
    assert_eq!(down.body["down"], json!(["s3"]));
    let text = down.body.to_string();
    for detail in [missing_bucket.as_str(), "NoSuchBucket", "NotFound", "error"] {
        assert!(!text.contains(detail), "{detail} leaked: {text}");
    }
}

// ------------------------------------------------------------------ sign-in abuse

/// api-auth on a stack of its own, with `limits` made of generous ones.
async fn auth_app(
    limits: impl FnOnce(shared::config::RateLimitConfig) -> shared::config::RateLimitConfig,
) -> (TestStack, Api) {
    let stack = TestStack::new().await;
    let (queue, _) = stack.queue().await;
    let api = Api::auth(api_auth::Config {
        api: shared::web::ApiConfig {
            rate_limits: limits(stack.rate_limits()),
            ..stack.api_config()
        },
        ..stack.auth_config(&queue)
    })
    .await;
    (stack, api)
}

/// `POST /auth/magic-link` as API Gateway delivers it from `source_ip`.
async fn magic_link(api: &Api, email: &str, source_ip: &str) -> Answer {
    let body = json!({"email": email}).to_string();
    let mut event = api_event("POST", "/auth/magic-link", None, Some(&body));
    event["requestContext"]["http"]["sourceIp"] = json!(source_ip);
    api.send(event).await
}

#[tokio::test]
async fn magic_links_are_limited_per_source_address() {
    let (_, api) = auth_app(|limits| shared::config::RateLimitConfig {
        magic_links_per_ip_per_hour: 2,
        ..limits
    })
    .await;
    let domain = format!("{}.example.com", Uuid::new_v4().simple());
    for name in ["ada", "grace"] {
        let ok = magic_link(&api, &format!("{name}@{domain}"), "198.51.100.10").await;
        assert_eq!(ok.status, 202, "{}", ok.body);
    }
    let limited = magic_link(&api, &format!("alan@{domain}"), "198.51.100.10").await;
    assert_problem(&limited, 429);
    assert!(limited.headers.contains_key("retry-after"));
    let elsewhere = magic_link(&api, &format!("alan@{domain}"), "198.51.100.11").await;
    assert_eq!(elsewhere.status, 202, "another address has its own budget");
}

#[tokio::test]
async fn plus_tags_share_one_mailbox_budget() {
    let (_, api) = auth_app(|limits| shared::config::RateLimitConfig {
        magic_links_per_email_per_hour: 2,
        ..limits
    })
    .await;
    let local = format!("seeker{}", Uuid::new_v4().simple());
    for (email, ip) in [
        (format!("{local}+x@example.com"), "198.51.100.20"),
        (format!("{local}@example.com"), "198.51.100.21"),
    ] {
        let ok = magic_link(&api, &email, ip).await;
        assert_eq!(ok.status, 202, "{}", ok.body);
    }
    let limited = magic_link(&api, &format!("{local}+y@EXAMPLE.com"), "198.51.100.22").await;
    assert_problem(&limited, 429);
    let other = magic_link(&api, &format!("{local}x@example.com"), "198.51.100.22").await;
    assert_eq!(other.status, 202, "a different mailbox is not limited");
}

#[tokio::test]
async fn two_concurrent_redemptions_of_one_token_make_exactly_one_session() {
    let (stack, api) = auth_app(|limits| limits).await;
    let issued = shared::auth::issue(api_auth::LOGIN_TOKEN_PREFIX);
    stack
        .db()
        .await
        .execute(
            "INSERT INTO login_tokens (id, email, secret_hash, expires_at) \
             VALUES ($1, 'race@example.com', $2, now() + interval '15 minutes')",
            &[&issued.id, &issued.secret_hash],
        )
        .await
        .expect("token");
    let body = json!({"token": issued.token}).to_string();
    let redeem = || api.call_raw("POST", "/auth/session", None, Some(&body));

    let (first, second) = tokio::join!(redeem(), redeem());

    let mut statuses = [first.status, second.status];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 401]);
    let sessions = stack.count("SELECT count(*) FROM sessions", &[]).await;
    assert_eq!(sessions, 1);
}

// ------------------------------------------------------------------ pagination

/// Every string the document's cursor pattern allows is a position: one naming a time before
/// any row gives an empty page, one after every row the first page, so a forged cursor is
/// neither an error nor a way around the tenant filter. A string that is not a cursor is a 422.
#[tokio::test]
async fn forged_cursors_name_positions_clamped_to_the_years_of_our_rows() {
    let pool = stack_pool();
    let user = signed_in_user(&pool).await;
    let crafted = |year: i32| {
        shared::pagination::Cursor {
            created_at: Utc
                .with_ymd_and_hms(year, 1, 1, 0, 0, 0)
                .single()
                .expect("time"),
            id: Uuid::new_v4(),
        }
        .encode()
    };
    let created = reply(
        api(reqwest::Method::POST, "/jobs", &user.token).json(&json!({"title": "Staff engineer"})),
    )
    .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let page_after = |year: i32| {
        let token = user.token.clone();
        async move {
            let reply = reply(api(
                reqwest::Method::GET,
                &format!("/jobs?cursor={}", crafted(year)),
                &token,
            ))
            .await;
            assert_eq!(reply.status, 200, "{year}: {}", reply.body);
            reply.body["items"].as_array().expect("items").len()
        }
    };
    for year in [-4800, 1, 1969] {
        assert_eq!(page_after(year).await, 0, "{year}");
    }
    for year in [10_000, 200_000] {
        assert_eq!(page_after(year).await, 1, "{year}");
    }
    for route in ["/jobs", "/contacts", "/api-keys"] {
        let garbage = reply(api(
            reqwest::Method::GET,
            &format!("{route}?cursor=not-a-cursor"),
            &user.token,
        ))
        .await;
        assert_problem_reply(&garbage, 422);
        assert_eq!(garbage.body["errors"][0]["field"], "cursor", "{route}");
    }
}
