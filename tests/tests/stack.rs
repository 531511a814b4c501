//! End to end through the running local stack: HTTP through the local API gateway into the
//! functions under `cargo lambda watch`, queues and notifications moved by the event pump, mail
//! sent to the AWS emulator, SES outcomes coming back through SNS.

use std::time::Duration;

use integration_tests::*;
use reqwest::Method;
use serde_json::{Value, json};

/// `POST path` of a JSON body, signed in as no one.
async fn post_json(path: &str, body: Value) -> (u16, Value) {
    let answer = reply(stack_request(Method::POST, path).json(&body)).await;
    (answer.status, answer.body)
}

/// `POST path` of a JSON body as the holder of `token`.
async fn post_json_as(token: &str, path: &str, body: Value) -> Reply {
    reply(
        stack_request(Method::POST, path)
            .bearer_auth(token)
            .json(&body),
    )
    .await
}

/// `GET path` as the holder of `token`.
async fn get_json(path: &str, token: &str) -> (u16, Value) {
    let answer = reply(stack_request(Method::GET, path).bearer_auth(token)).await;
    (answer.status, answer.body)
}

async fn resume_parsed(token: &str, resume_id: &str) -> Option<Value> {
    let (status, resume) = get_json("/resume", token).await;
    (status == 200 && resume["resume_id"] == resume_id && resume["status"] != "processing")
        .then_some(resume)
}

/// The resume an upload answered with (`{"resume_id": …}`), once the parser has settled it.
async fn settled_resume(token: &str, upload: &Value) -> Value {
    let resume_id = upload["resume_id"].as_str().expect("resume id");
    eventually(PIPELINE, || resume_parsed(token, resume_id))
        .await
        .expect("parsed")
}

#[tokio::test]
async fn a_resume_upload_ends_parsed_through_s3_sqs_and_the_parser() {
    let token = sign_in_over_http().await;
    let corpus = repo_root().join("shared/resume/tests/corpus");
    let text = std::fs::read(corpus.join("04_marketing_txt_underline.txt")).expect("corpus txt");

    // Direct upload: the API stores the file; S3's notification reaches the parser via SQS.
    let uploaded = reply(
        stack_request(Method::POST, "/resume/upload")
            .bearer_auth(&token)
            .header("content-type", "text/plain")
            .body(text),
    )
    .await;
    let resume = settled_resume(&token, &uploaded.body).await;
    assert_eq!(resume["status"], "parsed", "{resume}");
    assert!(
        !resume["parsed"]["experience"]
            .as_array()
            .map(Vec::is_empty)
            .unwrap_or(true)
    );

    // Presigned upload: the browser PUTs straight to S3.
    let pdf = std::fs::read(corpus.join("01_software_onecol_caps.pdf")).expect("corpus pdf");
    let size = pdf.len();
    let created = post_json_as(
        &token,
        "/resume/upload-url",
        json!({"filename": "resume.pdf", "content_type": "application/pdf", "size_bytes": size}),
    )
    .await;
    assert!((200..300).contains(&created.status), "{}", created.body);
    let stored = put_presigned(&created.body["upload"], pdf).await;
    assert!(stored.is_success(), "S3 accepted the upload: {stored}");
    let resume = settled_resume(&token, &created.body).await;
    assert_eq!(resume["status"], "parsed", "{resume}");
}

#[tokio::test]
async fn contact_verification_settles_through_the_verify_queue_and_local_dns() {
    let token = sign_in_over_http().await;
    let cases = [
        ("success@simulator.amazonses.com", "valid"),
        ("someone@nullmx.test", "invalid"),
        ("info@example.test", "risky"),
    ];
    let mut ids = Vec::new();
    for (email, _) in cases {
        let contact = json!({"email": email, "first_name": "Pat", "timezone": "Europe/Paris"});
        let created = post_json_as(&token, "/contacts", contact).await;
        assert_eq!(created.status, 201);
        ids.push(created.body["id"].as_str().expect("id").to_owned());
    }
    let queued = post_json_as(&token, "/contacts/verify", json!({"contact_ids": ids})).await;
    assert_eq!(queued.status, 202);

    for ((email, expected), id) in cases.iter().zip(&ids) {
        let settled = eventually(PIPELINE, || {
            let token = token.clone();
            let path = format!("/contacts/{id}");
            async move {
                let (_, contact) = get_json(&path, &token).await;
                let status = contact["verification"]["status"].as_str()?.to_owned();
                (status != "pending").then_some(status)
            }
        })
        .await;
        assert_eq!(settled.as_deref(), Some(*expected), "{email}");
    }
}

#[tokio::test]
async fn magic_link_end_to_end_through_the_stack() {
    let email = format!("e2e-{}@example.com", uuid::Uuid::new_v4().simple());

    let token = mailed_sign_in_token(&email).await;
    let session_token = session_for(&token).await;
    let (_, me) = get_json("/me", &session_token).await;
    assert_eq!(me["user"]["email"], email.as_str());

    let (status, _) = post_json("/auth/session", json!({"token": token})).await;
    assert_eq!(status, 401, "a used token is refused");
}

#[tokio::test]
async fn a_bounce_from_the_mailbox_simulator_is_stored_exactly_once() {
    let address = format!(
        "bounce+{}@simulator.amazonses.com",
        uuid::Uuid::new_v4().simple()
    );
    let (status, _) = post_json("/auth/magic-link", json!({"email": address})).await;
    assert_eq!(status, 202);
    let db = stack_db().await;
    let find_bounce = || {
        let db = &db;
        let address = address.clone();
        async move {
            db.query_opt(
                "SELECT e.sns_message_id, e.payload::text FROM ses_events e \
                 JOIN outbound_emails o ON o.id = e.outbound_email_id \
                 WHERE o.recipient = $1 AND e.event_type = 'bounce'",
                &[&address],
            )
            .await
            .expect("query")
            .map(|row| (row.get::<_, String>(0), row.get::<_, String>(1)))
        }
    };
    let (sns_message_id, payload) = eventually(PIPELINE, find_bounce)
        .await
        .expect("bounce stored via SNS");
    let status: String = db
        .query_one(
            "SELECT delivery_status FROM outbound_emails WHERE recipient = $1",
            &[&address],
        )
        .await
        .expect("outbound")
        .get(0);
    assert_eq!(status, "bounce");

    // SNS delivers at least once: hand the same notification to the function again.
    let topic = stack_env()["SES_EVENTS_TOPIC_ARN"].clone();
    let redelivery = json!({"Records": [{
        "EventSource": "aws:sns", "EventVersion": "1.0",
        "EventSubscriptionArn": format!("{topic}:redelivery"),
        "Sns": {"Type": "Notification", "MessageId": sns_message_id, "TopicArn": topic, "Subject": null,
                "Message": payload, "Timestamp": "2026-11-22T13:00:00.000Z", "SignatureVersion": "1",
                "Signature": "local", "SigningCertUrl": "https://sns.local/cert.pem",
                "UnsubscribeUrl": "https://sns.local/unsubscribe", "MessageAttributes": {}}
    }]});
    let outcome = invoke_function("ses-events", &redelivery).await;
    assert_eq!(outcome, json!([{"outcome": "duplicate"}]));
    let count: i64 = db
        .query_one(
            "SELECT count(*) FROM ses_events e JOIN outbound_emails o ON o.id = e.outbound_email_id \
             WHERE o.recipient = $1 AND e.event_type = 'bounce'",
            &[&address],
        )
        .await
        .expect("count")
        .get(0);
    assert_eq!(count, 1);
}

#[tokio::test]
async fn a_malformed_sns_message_does_not_crash_loop_the_function() {
    let topic = stack_env()["SES_EVENTS_TOPIC_ARN"].clone();
    for _ in 0..3 {
        let malformed = json!({"Records": [{"EventSource": "aws:sns", "Sns": {"TopicArn": topic, "Message": "{not json"}}]});
        let outcome = invoke_function("ses-events", &malformed).await;
        assert_eq!(outcome[0]["outcome"], "rejected");
    }
    let health = reply(stack_request(Method::GET, "/health")).await;
    assert_eq!(health.status, 200);
}

#[tokio::test]
async fn a_poison_message_on_the_mail_queue_lands_in_its_dead_letter_queue() {
    let aws = aws().await;
    let sqs = shared::aws::sqs(&aws);
    let queue_url = stack_env()["MAIL_QUEUE_URL"].clone();
    let redrive = queue_attribute(
        &aws,
        &queue_url,
        aws_sdk_sqs::types::QueueAttributeName::RedrivePolicy,
    )
    .await
    .expect("the mail queue has a redrive policy");
    let redrive: Value = serde_json::from_str(&redrive).expect("json");
    let dlq_name = redrive["deadLetterTargetArn"]
        .as_str()
        .and_then(|arn| arn.rsplit(':').next())
        .expect("arn");
    let dlq_url = sqs
        .get_queue_url()
        .queue_name(dlq_name)
        .send()
        .await
        .expect("dlq")
        .queue_url
        .expect("url");
    let marker = format!("poison-{}", uuid::Uuid::new_v4());
    sqs.send_message()
        .queue_url(&queue_url)
        .message_body(&marker)
        .send()
        .await
        .expect("send");

    let landed = eventually(Duration::from_secs(180), || {
        let sqs = sqs.clone();
        let dlq_url = dlq_url.clone();
        let marker = marker.clone();
        async move {
            let messages = sqs
                .receive_message()
                .queue_url(&dlq_url)
                .max_number_of_messages(10)
                .visibility_timeout(0)
                .send()
                .await
                .ok()?
                .messages
                .unwrap_or_default();
            messages
                .iter()
                .any(|m| m.body() == Some(marker.as_str()))
                .then_some(())
        }
    })
    .await;
    assert!(
        landed.is_some(),
        "poison message moved to the DLQ by redrive"
    );
}

#[tokio::test]
async fn clients_and_pool_are_built_once_per_instance() {
    let first = reply(stack_request(Method::GET, "/health")).await.body;
    let second = reply(stack_request(Method::GET, "/health")).await.body;
    assert_eq!(first["status"], "ok", "{first}");
    let invocations = |v: &Value| v["instance"]["invocations"].as_u64().expect("count");
    assert!(
        invocations(&second) > invocations(&first),
        "same process served both"
    );
    for instance in [&first, &second] {
        assert_eq!(instance["instance"]["pools_built"], 1);
        assert_eq!(instance["instance"]["aws_configs_loaded"], 1);
    }
}

#[tokio::test]
async fn unknown_routes_and_bad_bodies_get_problem_documents_over_http() {
    let unknown = reply(stack_request(Method::GET, "/definitely/not/here")).await;
    assert_eq!(unknown.status, 404);
    assert_eq!(
        unknown.header("content-type"),
        Some("application/problem+json")
    );
    let malformed = reply(
        stack_request(Method::POST, "/auth/magic-link")
            .header("content-type", "application/json")
            .body("{\"email\":"),
    )
    .await;
    assert_eq!(malformed.status, 400);
    let wrong_method = reply(stack_request(Method::PUT, "/me")).await;
    assert_eq!(wrong_method.status, 405);
}

#[tokio::test]
async fn a_sender_is_confirmed_by_the_link_mailed_to_its_address_through_the_stack() {
    let token = sign_in_over_http().await;
    let address = format!("sender-{}@example.com", uuid::Uuid::new_v4().simple());
    let sender = json!({"from_email": address, "from_name": "Stack Sender", "daily_cap": 20});
    let created = post_json_as(&token, "/senders", sender).await;
    assert_eq!(created.status, 201);
    let sender = created.body;
    assert_eq!(sender["identity_status"], "unconfirmed");
    let sender_path = format!("/senders/{}", sender["id"].as_str().expect("id"));

    // The mail queue, the worker and SES deliver the link to the address itself.
    let mail = eventually(PIPELINE, || mail_to(&address))
        .await
        .expect("the confirmation mail was sent via SES");
    let text = mail.text_body();
    let start = text.find("/sender-confirmations/").expect("link");
    let path: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || "/_-".contains(*c))
        .collect();
    let (status, still) = get_json(&sender_path, &token).await;
    assert_eq!(
        (status, &still["identity_status"]),
        (200, &json!("unconfirmed"))
    );

    // The recipient opens the link (a page), then presses its button (a form post).
    let page = reply(stack_request(Method::GET, &path)).await;
    assert_eq!(page.status, 200);
    assert!(page.text.contains(&address));
    let confirmed = reply(
        stack_request(Method::POST, &path)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(""),
    )
    .await;
    assert_eq!(confirmed.status, 200);
    assert!(confirmed.text.contains("Confirmed"));
    let (status, verified) = get_json(&sender_path, &token).await;
    assert_eq!(
        (status, &verified["identity_status"]),
        (200, &json!("verified"))
    );
}

/// Bodies that are not UTF-8 reach the functions as API Gateway delivers them (base64-encoded),
/// and every route answers them with a problem document, never a 500 and never a plain-text
/// gateway error.
#[tokio::test]
async fn bodies_that_are_not_utf8_get_problem_documents() {
    let token = sign_in_over_http().await;
    let not_utf8: &[u8] = b"\xff\xfe\x00e\x00m\x00a\x00i\x00l\x00\n";
    for (path, content_type) in [
        ("/contacts/import", "text/csv"),
        ("/jobs/import", "text/csv"),
        ("/suppressions", "application/json"),
        ("/contacts/import-url", "application/json"),
        ("/contacts", "application/json"),
        ("/auth/magic-link", "application/json"),
    ] {
        let answer = reply(
            stack_request(Method::POST, path)
                .bearer_auth(&token)
                .header("content-type", content_type)
                .body(not_utf8.to_vec()),
        )
        .await;
        let (status, body) = (answer.status, &answer.body);
        assert!(
            (400..500).contains(&status),
            "POST {path} ({content_type}) answered {status}: {body}"
        );
        assert_eq!(
            answer.header("content-type"),
            Some("application/problem+json"),
            "POST {path}: {body}"
        );
        assert_eq!(body["status"], status, "POST {path}: {body}");
    }
}

/// A known path with a method it does not serve reaches the `$default` route, which names the
/// methods it does serve, as API Gateway would route it in AWS.
#[tokio::test]
async fn a_known_path_with_another_method_is_a_405_naming_the_allowed_ones() {
    let answer = reply(stack_request(Method::PUT, "/jobs")).await;
    assert_eq!(answer.status, 405);
    let allow = answer.header("allow").unwrap_or_default();
    assert!(
        allow.contains("GET") && allow.contains("POST"),
        "Allow: {allow}"
    );
}

/// Found by the API fuzzer: a NUL in a contacts filter reached Postgres, whose text cannot hold
/// one, and was a 500.
#[tokio::test]
async fn a_nul_in_a_query_filter_is_a_422() {
    let token = sign_in_over_http().await;
    for path in [
        "/contacts/export?tag=a%00b",
        "/contacts?q=%00",
        "/contacts?company=x%00",
    ] {
        let (status, _) = get_json(path, &token).await;
        assert_eq!(status, 422, "GET {path}");
    }
}
