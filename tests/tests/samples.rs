//! Every file in events/ is a real-shaped sample. This file invokes each of them on its
//! function through the running stack, and covers the samples of the account, health, mail and
//! maintenance functions in process with assertions on what they do.

use integration_tests::*;
use serde_json::{Value, json};
use uuid::Uuid;

/// Every file under `events/<function>/`, in order.
fn sample_files() -> Vec<(String, String)> {
    let events_dir = repo_root().join("events");
    let mut samples = Vec::new();
    for function in std::fs::read_dir(&events_dir).expect("events/") {
        let function = function.expect("entry").path();
        let name = function
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .expect("folder name");
        for sample in std::fs::read_dir(&function).expect("function dir") {
            let sample = sample.expect("entry").path();
            let relative = sample.strip_prefix(&events_dir).expect("inside events/");
            samples.push((name.clone(), relative.to_string_lossy().replace('\\', "/")));
        }
    }
    samples.sort();
    samples
}

/// Every sample is invoked here, through the running stack's Lambda Invoke API, on the
/// function its folder names (so a sample for a function that does not exist fails too), and
/// its answer must have the shape that function's trigger expects: an HTTP response with a
/// status (never a 5xx; a problem document when it is an error) for API Gateway events, a
/// batch response for SQS, and no function error for SNS and EventBridge. The per-function
/// tests invoke the same files in process with signed-in callers and assert what they do.
#[tokio::test]
async fn every_sample_event_is_invoked_on_its_function_and_answers_in_shape() {
    let samples = sample_files();
    assert!(samples.len() > 20, "{} samples", samples.len());
    let http = reqwest::Client::new();
    for (function, sample) in &samples {
        let event = event_json(sample);
        let response = http
            .post(format!(
                "{}/2015-03-31/functions/{function}/invocations",
                api_base_url()
            ))
            .json(&event)
            .send()
            .await
            .unwrap_or_else(|err| panic!("{sample}: invoke {function}: {err}"));
        let status = response.status();
        let text = response.text().await.expect("body");
        assert!(
            status.is_success(),
            "{sample}: {function} failed with {status}: {text}"
        );
        let answer: Value = serde_json::from_str(&text)
            .unwrap_or_else(|err| panic!("{sample}: answer is not JSON ({err}): {text}"));
        let source = event["Records"][0]["eventSource"]
            .as_str()
            .or(event["Records"][0]["EventSource"].as_str());
        if event["requestContext"]["http"].is_object() {
            let code = answer["statusCode"]
                .as_u64()
                .unwrap_or_else(|| panic!("{sample}: no statusCode in {answer}"));
            assert!((200..500).contains(&code), "{sample}: {code} {answer}");
            // Pages a person opens from a mail (unsubscribe) answer a bad link with a page.
            let page_for_people = sample.contains("unsubscribe")
                && answer["headers"]["content-type"]
                    .as_str()
                    .is_some_and(|content_type| content_type.starts_with("text/html"));
            if code >= 400 && !page_for_people {
                assert_eq!(
                    answer["headers"]["content-type"], "application/problem+json",
                    "{sample}: {answer}"
                );
            }
        } else if source == Some("aws:sqs") {
            assert!(
                answer["batchItemFailures"].is_array(),
                "{sample}: not a batch response: {answer}"
            );
        } else if source == Some("aws:sns")
            || event["detail-type"].is_string()
            || schedule_inputs(function).contains(&event)
        {
            assert!(!answer.is_null(), "{sample}: {answer}");
        } else {
            panic!(
                "{sample}: not an API Gateway, SQS, SNS or EventBridge event, nor a schedule input of {function} in template.yaml"
            );
        }
    }
}

/// The `Input` each of a function's schedules delivers instead of the EventBridge envelope.
fn schedule_inputs(binary: &str) -> Vec<Value> {
    let template = template();
    template["Resources"]
        .as_object()
        .expect("Resources")
        .values()
        .filter(|resource| resource["Metadata"]["BuildProperties"]["Binary"] == binary)
        .filter_map(|resource| resource["Properties"]["Events"].as_object())
        .flat_map(|events| events.values())
        .filter_map(|event| event["Properties"]["Input"].as_str())
        .filter_map(|input| serde_json::from_str(input).ok())
        .collect()
}

fn with_token(mut event: Value, token: &str) -> Value {
    event["headers"]["authorization"] = Value::from(format!("Bearer {token}"));
    event
}

#[tokio::test]
async fn account_samples() {
    let stack = TestStack::new().await;
    let api = Api::auth(stack.auth_config(&stack.queue().await.0)).await;
    let token = stack.user().await.token;
    let cases = [
        ("api-auth/request-magic-link.json", false, 202),
        ("api-auth/create-session.json", false, 401),
        ("api-auth/get-me.json", true, 200),
        ("api-auth/get-usage.json", true, 200),
        ("api-auth/update-me.json", true, 200),
        ("api-auth/create-api-key.json", true, 201),
        ("api-auth/list-api-keys.json", true, 200),
        ("api-auth/delete-api-key.json", true, 404),
        ("api-auth/delete-session.json", true, 204),
        ("api-auth/get-me.json", false, 401),
    ];
    for (file, authenticate, status) in cases {
        let event = if authenticate {
            with_token(event_json(file), &token)
        } else {
            event_json(file)
        };
        let got = api.send(event).await;
        assert_eq!(got.status, status, "{file}: {}", got.body);
    }
}

#[tokio::test]
async fn health_samples() {
    let stack = TestStack::new().await;
    let api = Api::health(stack.health_config(&stack.bucket().await, &stack.queue().await.0)).await;
    let health = api.send(event_json("api-health/health.json")).await;
    assert_eq!(health.status, 200, "{}", health.body);
    assert_eq!(health.body["status"], "ok");
    // The sample asks as a browser or an API tool does, for gzip.
    let gzipped = api
        .respond(event_json("api-health/openapi-document.json"))
        .await;
    assert_eq!(gzipped.status(), 200);
    assert_eq!(gzipped.headers()["content-encoding"], "gzip");
    let lambda_http::Body::Binary(bytes) = gzipped.body() else {
        panic!("a gzipped document is a binary body");
    };
    let document: serde_json::Value =
        serde_json::from_reader(flate2::read::GzDecoder::new(bytes.as_slice()))
            .expect("gzipped JSON");
    assert!(document["paths"]["/auth/magic-link"]["post"].is_object());
    // Without Accept-Encoding, the same document as it is.
    let plain = api.call("GET", "/openapi.json", None, None).await;
    assert_eq!(plain.status, 200);
    assert!(plain.header("content-encoding").is_none());
    assert_eq!(plain.body, document);
    let unknown = api.send(event_json("api-health/unknown-route.json")).await;
    assert_problem(&unknown, 404);
}

#[tokio::test]
async fn mail_worker_samples() {
    let stack = TestStack::new().await;
    let (queue_url, _) = stack.queue().await;
    let outbound_id: Uuid = "9b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b"
        .parse()
        .expect("uuid");
    stack.db().await
        .execute(
            "INSERT INTO outbound_emails (id, kind, recipient) VALUES ($1, 'magic_link', 'jane.doe@example.com')",
            &[&outbound_id],
        )
        .await
        .expect("outbound row");
    let state = stack.mail_worker(&queue_url, "roleferry-test").await;
    let sample: aws_lambda_events::sqs::SqsEvent =
        serde_json::from_value(event_json("mail-worker/magic-link.json")).expect("sqs event");

    let first = mail_worker::handle_batch(&state, sample.clone()).await;
    let redelivered = mail_worker::handle_batch(&state, sample).await;

    assert!(first.batch_item_failures.is_empty());
    assert!(
        redelivered.batch_item_failures.is_empty(),
        "a duplicate is acknowledged"
    );
    let row = stack
        .db()
        .await
        .query_one(
            "SELECT status, attempts, ses_message_id FROM outbound_emails",
            &[],
        )
        .await
        .expect("row");
    assert_eq!(row.get::<_, String>(0), "sent");
    assert_eq!(row.get::<_, i32>(1), 1, "claimed once");
    let ses_message_id: String = row.get(2);
    let copies = sent_mail()
        .await
        .into_iter()
        .filter(|mail| mail.ses_message_id == ses_message_id)
        .count();
    assert_eq!(copies, 1);

    let poison: aws_lambda_events::sqs::SqsEvent =
        serde_json::from_value(event_json("mail-worker/poison.json")).expect("sqs event");
    let outcome = mail_worker::handle_batch(&state, poison).await;
    let failed: Vec<_> = outcome
        .batch_item_failures
        .iter()
        .map(|f| f.item_identifier.clone())
        .collect();
    assert_eq!(failed, ["2e1424d4-f796-459a-8184-9c92662be6da"]);
}

#[tokio::test]
async fn maintenance_samples() {
    let stack = TestStack::new().await;
    let (state, mail) = stack.maintenance(&stack.queue().await.0).await;
    for (sample, report) in [
        (
            "maintenance/clean-up.json",
            json!({"login_tokens_deleted": 0, "sessions_deleted": 0, "resumes_failed": 0,
                   "metric_changes_trimmed": 0}),
        ),
        (
            "maintenance/mail.json",
            json!({"requeued": 0, "abandoned": 0, "marked_unknown": 0}),
        ),
        ("maintenance/rollup.json", json!({"changes_added": 0})),
        (
            "maintenance/daily-summary.json",
            json!({"due": 0, "sent": 0, "quiet": 0}),
        ),
    ] {
        let task: maintenance::Task =
            serde_json::from_value(event_json(sample)).expect("the function's event type");
        let answered = maintenance::run_task(&state, &mail, task, "maintenance")
            .await
            .expect(sample);
        assert_eq!(answered, report, "{sample}");
    }
}
