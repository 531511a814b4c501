//! What happens when things break: a dependency goes away, a message can never be processed.

use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use integration_tests::*;

/// A private AWS emulator this test can stop without disturbing the others.
struct Emulator {
    child: Child,
    endpoint: String,
}

impl Emulator {
    async fn start() -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("free port")
            .port();
        let child = Command::new("moto_server")
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("moto_server on PATH (scripts/run-tests.sh puts it there)");
        let endpoint = format!("http://127.0.0.1:{port}");
        let ready = eventually(Duration::from_secs(30), || {
            let url = format!("{endpoint}/moto-api/");
            async move {
                reqwest::get(url)
                    .await
                    .ok()
                    .filter(|r| r.status().is_success())
                    .map(|_| ())
            }
        })
        .await;
        assert!(ready.is_some(), "private emulator started");
        Self { child, endpoint }
    }

    fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        self.stop();
    }
}

async fn sdk_config_for(endpoint: &str) -> shared::aws::SdkConfig {
    shared::aws::builder().endpoint_url(endpoint).build()
}

#[tokio::test]
async fn health_names_the_emulator_when_it_stops() {
    let mut emulator = Emulator::start().await;
    let aws = sdk_config_for(&emulator.endpoint).await;
    let stack = TestStack::new().await;
    let mut state = api_health::AppState::build(api_health::Config {
        table: fresh_table(&aws).await,
        ..stack.health_config(&fresh_bucket(&aws).await, &fresh_queue(&aws, 3).await.0)
    })
    .await
    .expect("api-health state");
    // The AWS clients talk to this test's private emulator, which `build` cannot know of (it
    // reads the stack's AWS_ENDPOINT_URL, shared by every test in the process): the one the
    // test stops. Postgres stays the stack's.
    state.s3 = aws_sdk_s3::Client::from_conf(
        aws_sdk_s3::config::Builder::from(&aws)
            .force_path_style(true)
            .build(),
    );
    state.sqs = shared::aws::sqs(&aws);
    state.dynamodb = shared::aws::dynamodb(&aws);
    let health = Api::new(api_health::app(Arc::new(state)).0);
    let up = health.send(event_json("api-health/health.json")).await;
    assert_eq!(up.status, 200, "{}", up.body);

    emulator.stop();
    let started = Instant::now();
    let down = health.send(event_json("api-health/health.json")).await;
    let elapsed = started.elapsed();

    assert_eq!(down.status, 503, "{}", down.body);
    assert_eq!(
        down.body["down"],
        serde_json::json!(["s3", "sqs", "dynamodb"])
    );
    assert_eq!(down.body["checks"]["postgres"]["status"], "up");
    assert!(down.headers.contains_key("retry-after"));
    // The acceptance bound of the health endpoint itself (each check is cut off at 1.5 s).
    assert!(elapsed < Duration::from_secs(3), "answered in {elapsed:?}");
}

#[tokio::test]
async fn a_poison_message_reaches_the_dead_letter_queue_after_max_receive_count() {
    let stack = TestStack::new().await;
    let aws = &stack.aws;
    let max_receive_count = 3;
    let (queue_url, dlq_url) = stack.queue_with(max_receive_count).await;
    let sqs = shared::aws::sqs(aws);
    sqs.send_message()
        .queue_url(&queue_url)
        .message_body("{\"kind\": \"not-a-kind\"}")
        .send()
        .await
        .expect("send poison");
    let state = stack.mail_worker(&queue_url, "roleferry-test").await;

    // Act as the Lambda event source: receive, invoke, delete only what succeeded.
    let mut deliveries = 0;
    for _ in 0..20 {
        let event = receive_as_event(aws, &queue_url).await;
        if event.records.is_empty() {
            let in_dlq = sqs
                .receive_message()
                .queue_url(&dlq_url)
                .wait_time_seconds(1)
                .send()
                .await
                .expect("receive dlq")
                .messages
                .unwrap_or_default();
            if !in_dlq.is_empty() {
                assert_eq!(in_dlq[0].body(), Some("{\"kind\": \"not-a-kind\"}"));
                assert_eq!(
                    deliveries, max_receive_count,
                    "delivered exactly maxReceiveCount times"
                );
                return;
            }
            continue;
        }
        deliveries += 1;
        let response = mail_worker::handle_batch(&state, event).await;
        assert_eq!(
            response.batch_item_failures.len(),
            1,
            "poison is reported, not acknowledged"
        );
    }
    panic!("the poison message never reached the dead-letter queue ({deliveries} deliveries)");
}
