//! At most once, and nothing lost: the mail path when SES throttles, fails or times out after
//! accepting a message, when the worker dies between SES accepting a message and recording it,
//! and when a job never reached the queue. The worker, ses-events and maintenance run in
//! process against the real Postgres, the AWS emulator and the stack's event pump; faults are
//! injected by a loopback proxy in front of the emulator and by a trigger in the test database.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use integration_tests::*;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use uuid::Uuid;

const CONFIGURATION_SET: &str = "roleferry-test-transactional";

/// How the proxy answers one `SendEmail` call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Behaviour {
    /// SES's real throttling answer; the emulator never sees the request.
    Throttle,
    Forward,
    /// The emulator accepts the message, then the caller gets a 500.
    ForwardThenFail,
    /// The emulator accepts the message, then the caller gets no answer at all.
    ForwardThenHang,
}

/// A loopback HTTP proxy in front of the emulator that answers the n-th `SendEmail` as
/// `plan[n]` says (later calls are forwarded) and counts the calls it received.
struct SesProxy {
    endpoint: String,
    send_email_calls: Arc<AtomicUsize>,
}

impl SesProxy {
    async fn start(plan: Vec<Behaviour>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind proxy");
        let endpoint = format!("http://{}", listener.local_addr().expect("address"));
        let upstream = std::env::var("AWS_ENDPOINT_URL").expect("AWS_ENDPOINT_URL");
        let calls = Arc::new(AtomicUsize::new(0));
        let plan = Arc::new(plan);
        let counter = calls.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (upstream, plan, counter) = (upstream.clone(), plan.clone(), counter.clone());
                tokio::spawn(serve_connection(stream, upstream, plan, counter));
            }
        });
        Self {
            endpoint,
            send_email_calls: calls,
        }
    }

    fn send_email_calls(&self) -> usize {
        self.send_email_calls.load(Ordering::SeqCst)
    }
}

struct ProxiedRequest {
    method: String,
    path: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

/// Reads one HTTP/1.1 request (the SDK sends a Content-Length body); `None` at end of stream.
async fn read_request(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> Option<ProxiedRequest> {
    let head_end = loop {
        if let Some(end) = buffer.windows(4).position(|window| window == b"\r\n\r\n") {
            break end;
        }
        let mut chunk = [0u8; 8192];
        let read = stream.read(&mut chunk).await.ok()?;
        if read == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..read]);
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next()?.split(' ');
    let (method, path) = (
        request_line.next()?.to_owned(),
        request_line.next()?.to_owned(),
    );
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, value)| value.parse().ok())
        .unwrap_or(0);
    let body_start = head_end + 4;
    while buffer.len() < body_start + length {
        let mut chunk = [0u8; 8192];
        let read = stream.read(&mut chunk).await.ok()?;
        if read == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..read]);
    }
    let body = buffer[body_start..body_start + length].to_vec();
    buffer.drain(..body_start + length);
    Some(ProxiedRequest {
        method,
        path,
        headers,
        body,
    })
}

async fn forward(
    upstream: &str,
    request: &ProxiedRequest,
) -> (u16, Vec<(String, String)>, Vec<u8>) {
    let method = reqwest::Method::from_bytes(request.method.as_bytes()).expect("method");
    let mut outgoing =
        reqwest::Client::new().request(method, format!("{upstream}{}", request.path));
    for (name, value) in &request.headers {
        if !["host", "content-length", "connection"].contains(&name.to_ascii_lowercase().as_str()) {
            outgoing = outgoing.header(name, value);
        }
    }
    let response = outgoing
        .body(request.body.clone())
        .send()
        .await
        .expect("emulator reachable");
    let status = response.status().as_u16();
    let headers = response
        .headers()
        .iter()
        .filter(|(name, _)| {
            !["content-length", "transfer-encoding", "connection"].contains(&name.as_str())
        })
        .map(|(name, value)| {
            (
                name.as_str().to_owned(),
                value.to_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    (
        status,
        headers,
        response.bytes().await.expect("body").to_vec(),
    )
}

/// An SES v2 error as SES sends it: the error code in `x-amzn-ErrorType`, a JSON message.
fn ses_error(status: u16, code: &str, message: &str) -> (u16, Vec<(String, String)>, Vec<u8>) {
    let headers = vec![
        ("x-amzn-RequestId".to_owned(), Uuid::new_v4().to_string()),
        (
            "x-amzn-ErrorType".to_owned(),
            format!("{code}:http://internal.amazon.com/coral/com.amazonaws.sesv2/"),
        ),
        ("Content-Type".to_owned(), "application/json".to_owned()),
    ];
    (
        status,
        headers,
        json!({"message": message}).to_string().into_bytes(),
    )
}

async fn serve_connection(
    mut stream: TcpStream,
    upstream: String,
    plan: Arc<Vec<Behaviour>>,
    counter: Arc<AtomicUsize>,
) {
    let mut buffer = Vec::new();
    while let Some(request) = read_request(&mut stream, &mut buffer).await {
        let is_send_email =
            request.method == "POST" && request.path.starts_with("/v2/email/outbound-emails");
        let behaviour = if is_send_email {
            let call = counter.fetch_add(1, Ordering::SeqCst);
            plan.get(call).copied().unwrap_or(Behaviour::Forward)
        } else {
            Behaviour::Forward
        };
        let (status, headers, body) = match behaviour {
            Behaviour::Throttle => ses_error(
                429,
                "TooManyRequestsException",
                "Maximum sending rate exceeded.",
            ),
            Behaviour::Forward => forward(&upstream, &request).await,
            Behaviour::ForwardThenFail => {
                forward(&upstream, &request).await;
                ses_error(500, "InternalFailure", "An internal failure occurred.")
            }
            Behaviour::ForwardThenHang => {
                forward(&upstream, &request).await;
                // Longer than the SDK's attempt timeout: the caller gives up first.
                tokio::time::sleep(Duration::from_secs(120)).await;
                return;
            }
        };
        let mut response = format!("HTTP/1.1 {status} Status\r\n");
        for (name, value) in headers {
            response.push_str(&format!("{name}: {value}\r\n"));
        }
        response.push_str(&format!("content-length: {}\r\n\r\n", body.len()));
        let mut bytes = response.into_bytes();
        bytes.extend_from_slice(&body);
        if stream.write_all(&bytes).await.is_err() {
            return;
        }
    }
}

/// A mail worker as `main` builds it, except that its SES client (one attempt per call, as in
/// production) talks to `endpoint` instead of the emulator: the fault-injecting proxy, or a
/// port nothing listens on.
async fn worker_via(
    stack: &TestStack,
    endpoint: &str,
    queue_url: &str,
    configuration_set: &str,
) -> mail_worker::State {
    let mut state = stack.mail_worker(queue_url, configuration_set).await;
    // Loaded with the proxy as its endpoint, which wins over the stack's AWS_ENDPOINT_URL.
    let ses_config = shared::aws::builder().endpoint_url(endpoint).build();
    state.ses = shared::aws::sesv2_single_attempt(&ses_config);
    state
}

fn unique_recipient() -> String {
    format!(
        "success+{}@simulator.amazonses.com",
        Uuid::new_v4().simple()
    )
}

/// A committed `queued` row and its job on the queue, as a producer makes them.
async fn queued_mail(pool: &shared::db::Pool, queue_url: &str) -> (Uuid, String) {
    let to = unique_recipient();
    let id: Uuid = pool
        .get()
        .await
        .expect("db")
        .query_one(
            "INSERT INTO outbound_emails (kind, recipient) VALUES ('magic_link', $1) RETURNING id",
            &[&to],
        )
        .await
        .expect("outbound row")
        .get(0);
    enqueue(queue_url, id, &to).await;
    (id, to)
}

async fn enqueue(queue_url: &str, id: Uuid, to: &str) {
    let job = shared::mail::MailJob::MagicLink {
        outbound_email_id: id,
        to: to.to_owned(),
        sign_in_url: "https://app.roleferry.test/sign-in?token=rfl_test".into(),
    };
    shared::mail::enqueue(&shared::aws::sqs(&aws().await), queue_url, &job)
        .await
        .expect("enqueue");
}

/// How one batch went.
struct Delivered {
    records: usize,
    failed: usize,
}

/// Acts as the Lambda event source for one batch: receive, invoke, delete what succeeded.
/// A record reported as failed is made visible again at once instead of after its backoff,
/// so the test sees SQS redeliver it without waiting.
async fn deliver(state: &mail_worker::State) -> Delivered {
    let aws = aws().await;
    let sqs = shared::aws::sqs(&aws);
    let event = receive_as_event(&aws, &state.queue_url).await;
    assert!(!event.records.is_empty(), "a job was on the queue");
    let response = mail_worker::handle_batch(state, event.clone()).await;
    for record in &event.records {
        let id = record.message_id.clone().unwrap_or_default();
        let handle = record.receipt_handle.clone().expect("receipt handle");
        if response
            .batch_item_failures
            .iter()
            .any(|failure| failure.item_identifier == id)
        {
            sqs.change_message_visibility()
                .queue_url(&state.queue_url)
                .receipt_handle(handle)
                .visibility_timeout(0)
                .send()
                .await
                .expect("make visible");
        } else {
            sqs.delete_message()
                .queue_url(&state.queue_url)
                .receipt_handle(handle)
                .send()
                .await
                .expect("delete");
        }
    }
    Delivered {
        records: event.records.len(),
        failed: response.batch_item_failures.len(),
    }
}

struct Row {
    status: String,
    attempts: i32,
    failure_reason: Option<String>,
    ses_message_id: Option<String>,
}

async fn row(pool: &shared::db::Pool, id: Uuid) -> Row {
    let row = pool
        .get()
        .await
        .expect("db")
        .query_one(
            "SELECT status, attempts, failure_reason, ses_message_id FROM outbound_emails WHERE id = $1",
            &[&id],
        )
        .await
        .expect("row");
    Row {
        status: row.get(0),
        attempts: row.get(1),
        failure_reason: row.get(2),
        ses_message_id: row.get(3),
    }
}

/// The messages the emulator accepted for one outbound email (its id is in the SES tags).
async fn accepted_copies(id: Uuid) -> Vec<SentMail> {
    let id = id.to_string();
    sent_mail()
        .await
        .into_iter()
        .filter(|mail| mail.raw.contains(&id))
        .collect()
}

#[tokio::test]
async fn a_worker_that_dies_before_recording_a_send_is_reconciled_by_the_send_event_and_never_resends()
 {
    let stack = TestStack::new().await;
    let aws = &stack.aws;
    let env = stack_env();
    // The stack's own transactional configuration set, so the stack's pump publishes the SES
    // events of this message to the stack's topic, where this test listens too.
    let configuration_set = env["SES_TRANSACTIONAL_CONFIGURATION_SET"].clone();
    let topic = env["SES_EVENTS_TOPIC_ARN"].clone();
    let (events_queue, _) = stack.queue_with(5).await;
    shared_sns(aws)
        .subscribe()
        .topic_arn(&topic)
        .protocol("sqs")
        .endpoint(queue_arn(aws, &events_queue).await)
        .send()
        .await
        .expect("subscribe to the SES events topic");
    let (queue_url, _) = stack.queue_with(5).await;
    let state = stack.mail_worker(&queue_url, &configuration_set).await;
    let (id, _) = queued_mail(&stack.pool, &queue_url).await;
    // The fault: recording the send fails, as if the worker died right after SES answered.
    stack
        .db()
        .await
        .batch_execute(
            "CREATE FUNCTION worker_dies() RETURNS trigger LANGUAGE plpgsql AS $$ \
             BEGIN RAISE EXCEPTION 'injected: the worker died before recording the send'; END $$; \
             CREATE TRIGGER worker_dies BEFORE UPDATE ON outbound_emails FOR EACH ROW \
             WHEN (NEW.status = 'sent') EXECUTE FUNCTION worker_dies();",
        )
        .await
        .expect("install the fault");

    let first = deliver(&state).await;
    assert_eq!(first.failed, 1, "the failed recording is retried");
    assert_eq!(row(&stack.pool, id).await.status, "sending");
    let redelivered = deliver(&state).await;
    assert!(redelivered.failed == 0, "the redelivery is acknowledged");
    let after_redelivery = row(&stack.pool, id).await;
    assert_eq!(after_redelivery.status, "sending", "nothing recorded yet");
    assert_eq!(after_redelivery.attempts, 1, "claimed once");
    let copies = accepted_copies(id).await;
    assert_eq!(
        copies.len(),
        1,
        "SES accepted the message once, redelivery or not"
    );

    // SES's Send event, as the pump published it, reaches ses-events.
    let send_event = eventually(PIPELINE, || send_notification(aws, &events_queue, id))
        .await
        .expect("the pump published a Send event carrying the outbound_email_id tag");
    stack
        .db()
        .await
        .batch_execute("DROP TRIGGER worker_dies ON outbound_emails")
        .await
        .expect("the worker is back");
    reconciled_by_ses_events(&stack, &topic, send_event).await;
    let reconciled = row(&stack.pool, id).await;
    assert_eq!(reconciled.status, "sent");
    assert_eq!(
        reconciled.ses_message_id.as_deref(),
        Some(copies[0].ses_message_id.as_str())
    );
    assert_eq!(reconciled.failure_reason, None);
    assert_eq!(accepted_copies(id).await.len(), 1, "still exactly one copy");
}

/// Hands a Send notification to ses-events (accepting `topic_arn`), which must store it as a
/// new event that reconciled a row left without its send recorded.
async fn reconciled_by_ses_events(stack: &TestStack, topic_arn: &str, notification: Value) {
    let (queue, _) = stack.queue().await;
    let events = stack.ses_events(topic_arn, &queue).await;
    let stored = ses_events::handle(&events, notification)
        .await
        .expect("handled");
    assert!(
        matches!(
            stored[..],
            [ses_events::Stored::New {
                reconciled: true,
                ..
            }]
        ),
        "{stored:?}"
    );
}

fn shared_sns(aws: &shared::aws::SdkConfig) -> aws_sdk_sns::Client {
    aws_sdk_sns::Client::new(aws)
}

/// The Send notification for `id` among what SNS delivered to the test's queue, as the SNS
/// event Lambda would hand ses-events.
async fn send_notification(
    aws: &shared::aws::SdkConfig,
    queue_url: &str,
    id: Uuid,
) -> Option<Value> {
    let messages = shared::aws::sqs(aws)
        .receive_message()
        .queue_url(queue_url)
        .max_number_of_messages(10)
        .wait_time_seconds(1)
        .send()
        .await
        .expect("receive")
        .messages
        .unwrap_or_default();
    messages.iter().find_map(|message| {
        let envelope: Value = serde_json::from_str(message.body()?).ok()?;
        let notification: Value = serde_json::from_str(envelope["Message"].as_str()?).ok()?;
        let is_ours = notification["eventType"] == "Send"
            && notification["mail"]["tags"]["outbound_email_id"][0] == id.to_string();
        is_ours.then(|| {
            json!({"Records": [{
                "EventSource": "aws:sns", "EventVersion": "1.0",
                "EventSubscriptionArn": format!("{}:test", envelope["TopicArn"].as_str().unwrap_or_default()),
                "Sns": {
                    "Type": envelope["Type"], "MessageId": envelope["MessageId"],
                    "TopicArn": envelope["TopicArn"], "Subject": envelope["Subject"],
                    "Message": envelope["Message"], "Timestamp": envelope["Timestamp"],
                    "SignatureVersion": envelope["SignatureVersion"], "Signature": envelope["Signature"],
                    "SigningCertUrl": envelope["SigningCertURL"], "UnsubscribeUrl": envelope["UnsubscribeURL"],
                    "MessageAttributes": {}
                }
            }]})
        })
    })
}

#[tokio::test]
async fn a_throttled_send_is_retried_and_sent_once() {
    let stack = TestStack::new().await;
    let (queue_url, _) = stack.queue_with(5).await;
    let proxy = SesProxy::start(vec![Behaviour::Throttle]).await;
    let state = worker_via(&stack, &proxy.endpoint, &queue_url, CONFIGURATION_SET).await;
    let (id, _) = queued_mail(&stack.pool, &queue_url).await;

    let throttled = deliver(&state).await;

    assert_eq!(throttled.failed, 1, "retried through SQS");
    let released = row(&stack.pool, id).await;
    assert_eq!(released.status, "queued", "the claim is given back");
    assert!(
        released
            .failure_reason
            .as_deref()
            .unwrap_or_default()
            .contains("TooManyRequests"),
        "{:?}",
        released.failure_reason
    );
    assert_eq!(
        proxy.send_email_calls(),
        1,
        "the SDK made one attempt, no retry of its own"
    );
    assert!(accepted_copies(id).await.is_empty());

    let retried = deliver(&state).await;

    assert!(retried.failed == 0);
    let sent = row(&stack.pool, id).await;
    assert_eq!(sent.status, "sent");
    assert_eq!(sent.attempts, 2);
    assert_eq!(proxy.send_email_calls(), 2);
    let copies = accepted_copies(id).await;
    assert_eq!(copies.len(), 1, "sent exactly once");
    assert_eq!(
        sent.ses_message_id.as_deref(),
        Some(copies[0].ses_message_id.as_str())
    );
}

#[tokio::test]
async fn a_connection_that_never_opened_gives_the_claim_back() {
    let stack = TestStack::new().await;
    let (queue_url, _) = stack.queue_with(5).await;
    let closed_port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("free port")
        .port();
    let state = worker_via(
        &stack,
        &format!("http://127.0.0.1:{closed_port}"),
        &queue_url,
        CONFIGURATION_SET,
    )
    .await;
    let (id, _) = queued_mail(&stack.pool, &queue_url).await;

    let refused = deliver(&state).await;

    assert_eq!(refused.failed, 1, "retried through SQS");
    let released = row(&stack.pool, id).await;
    assert_eq!(
        released.status, "queued",
        "nothing was sent, so the claim is given back"
    );
    assert!(
        released
            .failure_reason
            .as_deref()
            .unwrap_or_default()
            .contains("unreachable"),
        "{:?}",
        released.failure_reason
    );
}

#[tokio::test]
async fn a_server_error_or_timeout_after_sending_leaves_the_row_sending_and_nothing_is_resent() {
    let stack = TestStack::new().await;
    let (queue_url, _) = stack.queue_with(5).await;
    let proxy = SesProxy::start(vec![Behaviour::ForwardThenFail, Behaviour::ForwardThenHang]).await;
    let state = worker_via(&stack, &proxy.endpoint, &queue_url, CONFIGURATION_SET).await;

    let mut mails = Vec::new();
    for expected_calls in [1, 2] {
        let (id, to) = queued_mail(&stack.pool, &queue_url).await;
        let outcome = deliver(&state).await;
        assert!(outcome.failed == 0, "acknowledged, not retried");
        assert_eq!(
            proxy.send_email_calls(),
            expected_calls,
            "one attempt, no SDK retry"
        );
        let left = row(&stack.pool, id).await;
        assert_eq!(left.status, "sending");
        assert!(
            left.failure_reason
                .as_deref()
                .unwrap_or_default()
                .starts_with("outcome unknown"),
            "{:?}",
            left.failure_reason
        );
        mails.push((id, to));
    }
    // The same jobs delivered again (SQS is at-least-once) send nothing.
    for (id, to) in &mails {
        enqueue(&queue_url, *id, to).await;
    }
    let mut redelivered = 0;
    while redelivered < mails.len() {
        let outcome = deliver(&state).await;
        assert_eq!(outcome.failed, 0, "a duplicate is acknowledged");
        redelivered += outcome.records;
    }

    assert_eq!(proxy.send_email_calls(), 2, "nothing resent");
    for (id, _) in mails {
        assert_eq!(row(&stack.pool, id).await.status, "sending");
        assert_eq!(
            accepted_copies(id).await.len(),
            1,
            "SES holds exactly one copy"
        );
    }
}

#[tokio::test]
async fn a_sign_in_mail_whose_enqueue_failed_is_sent_by_the_sweep_with_a_working_link() {
    let stack = TestStack::new().await;
    let (queue_url, _) = stack.queue_with(5).await;
    // The producer's queue does not exist: its enqueue fails after the row is committed.
    let missing_queue = format!(
        "{}/missing-{}",
        queue_url.rsplit_once('/').expect("queue url").0,
        Uuid::new_v4().simple()
    );
    let auth = Api::auth(stack.auth_config(&missing_queue)).await;
    let email = format!("seeker-{}@example.com", Uuid::new_v4().simple());
    let requested = auth.request_magic_link(&email).await;
    assert_eq!(requested.status, 202, "{}", requested.body);
    let db = stack.db().await;
    let id: Uuid = db
        .query_one(
            "SELECT id FROM outbound_emails WHERE recipient = $1 AND status = 'queued'",
            &[&email],
        )
        .await
        .expect("the row was committed although its enqueue failed")
        .get(0);
    let (sweep, mail) = stack.maintenance(&queue_url).await;

    let too_early = maintenance::reconcile_mail(&sweep, &mail)
        .await
        .expect("sweep");
    assert_eq!(
        too_early.requeued, 0,
        "a row younger than two minutes may still have its job"
    );
    // A second lost sign-in mail whose request was used meanwhile: its link could not work.
    let used: Uuid = db
        .query_one(
            "WITH token AS (INSERT INTO login_tokens (email, secret_hash, expires_at, used_at) \
             VALUES ($1, '\\x00', now() + interval '10 minutes', now()) RETURNING id) \
             INSERT INTO outbound_emails (kind, recipient, login_token_id) \
             SELECT 'magic_link', $1, id FROM token RETURNING id",
            &[&email],
        )
        .await
        .expect("a second lost mail")
        .get(0);
    db.execute(
        "UPDATE outbound_emails SET created_at = now() - interval '3 minutes'",
        &[],
    )
    .await
    .expect("age the rows");
    let swept = maintenance::reconcile_mail(&sweep, &mail)
        .await
        .expect("sweep");
    let swept_again = maintenance::reconcile_mail(&sweep, &mail)
        .await
        .expect("sweep");

    assert_eq!((swept.requeued, swept.abandoned), (1, 1));
    assert_eq!(
        (swept_again.requeued, swept_again.abandoned),
        (0, 0),
        "not re-enqueued on every run"
    );
    let abandoned = row(&stack.pool, used).await;
    assert_eq!(abandoned.status, "failed");
    assert!(
        abandoned
            .failure_reason
            .unwrap_or_default()
            .contains("used or expired"),
        "the reason is recorded"
    );
    let state = stack.mail_worker(&queue_url, CONFIGURATION_SET).await;
    let delivered = deliver(&state).await;
    assert_eq!((delivered.records, delivered.failed), (1, 0));
    assert_eq!(row(&stack.pool, id).await.status, "sent");
    let copies = accepted_copies(id).await;
    assert_eq!(copies.len(), 1);
    let token = copies[0].sign_in_token().expect("a sign-in link");
    let session = auth.redeem_magic_link(&token).await;
    assert_eq!(
        session.status, 200,
        "the swept link signs in: {}",
        session.body
    );
}

#[tokio::test]
async fn a_row_left_sending_for_15_minutes_becomes_unknown_is_not_resent_and_a_late_send_event_settles_it()
 {
    let stack = TestStack::new().await;
    let (queue_url, _) = stack.queue_with(5).await;
    // The id the sample Send event (events/ses-events/send.json) carries in its tags.
    let stale: Uuid = "9b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b"
        .parse()
        .expect("uuid");
    let db = stack.db().await;
    db.execute(
        "INSERT INTO outbound_emails (id, kind, recipient, status, attempts, claimed_at, failure_reason) \
         VALUES ($1, 'magic_link', 'success@simulator.amazonses.com', 'sending', 1, \
                 now() - interval '16 minutes', 'outcome unknown, not retried: SES: timeout')",
        &[&stale],
    )
    .await
    .expect("stale row");
    let recent: Uuid = db
        .query_one(
            "INSERT INTO outbound_emails (kind, recipient, status, attempts, claimed_at) \
             VALUES ('magic_link', 'success@simulator.amazonses.com', 'sending', 1, now() - interval '1 minute') \
             RETURNING id",
            &[],
        )
        .await
        .expect("recent row")
        .get(0);
    let (sweep, mail) = stack.maintenance(&queue_url).await;

    let first = maintenance::reconcile_mail(&sweep, &mail)
        .await
        .expect("sweep");
    let second = maintenance::reconcile_mail(&sweep, &mail)
        .await
        .expect("sweep");

    assert_eq!(first.marked_unknown, 1);
    assert_eq!(second.marked_unknown, 0, "counted once");
    assert_eq!((first.requeued, second.requeued), (0, 0));
    let unknown = row(&stack.pool, stale).await;
    assert_eq!(unknown.status, "unknown");
    let reason = unknown.failure_reason.unwrap_or_default();
    assert!(
        reason.contains("SES: timeout") && reason.contains("no SES event within 15 minutes"),
        "{reason}"
    );
    assert_eq!(
        row(&stack.pool, recent).await.status,
        "sending",
        "still within its 15 minutes"
    );
    assert!(
        receive_as_event(&stack.aws, &queue_url)
            .await
            .records
            .is_empty(),
        "nothing resent"
    );

    // SES's word beats our guess: a late Send event records the send.
    reconciled_by_ses_events(
        &stack,
        "arn:aws:sns:us-east-1:123456789012:roleferry-SesEventsTopic-7Q8W9E",
        event_json("ses-events/send.json"),
    )
    .await;
    let settled = row(&stack.pool, stale).await;
    assert_eq!(settled.status, "sent");
    assert_eq!(
        settled.ses_message_id.as_deref(),
        Some("0100019a4b7c8d9e-1f2a3b4c-5d6e-7f80-9a1b-2c3d4e5f6a7b-000000")
    );
}

#[test]
fn sign_in_mail_goes_through_a_configuration_set_without_open_or_click_tracking() {
    let template = template();
    let resources = &template["Resources"];
    let worker_env = &resources["MailWorkerFunction"]["Properties"]["Environment"]["Variables"];
    assert_eq!(
        worker_env["SES_TRANSACTIONAL_CONFIGURATION_SET"]["Ref"],
        "MailTransactionalConfigurationSet"
    );
    let destinations: Vec<&Value> = resources
        .as_object()
        .expect("resources")
        .values()
        .filter(|resource| {
            resource["Type"] == "AWS::SES::ConfigurationSetEventDestination"
                && resource["Properties"]["ConfigurationSetName"]["Ref"]
                    == "MailTransactionalConfigurationSet"
        })
        .collect();
    assert_eq!(destinations.len(), 1);
    let types: Vec<&str> = destinations[0]["Properties"]["EventDestination"]["MatchingEventTypes"]
        .as_array()
        .expect("event types")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(
        types.contains(&"send"),
        "the Send event reconciles unrecorded sends"
    );
    assert!(
        !types.contains(&"open") && !types.contains(&"click"),
        "{types:?}"
    );
}

/// Through the running stack: the sign-in mail names the transactional configuration set, and
/// the pump's Send event (carrying our tag) is stored against the row by ses-events.
#[tokio::test]
async fn a_sign_in_mail_through_the_stack_uses_the_transactional_set_and_its_send_event_is_stored()
{
    let env = stack_env();
    let email = unique_recipient();
    let request = stack_request(reqwest::Method::POST, "/auth/magic-link");
    let requested = reply(request.json(&json!({"email": email}))).await;
    assert_eq!(requested.status, 202, "{}", requested.body);
    let mail = eventually(PIPELINE, || mail_to(&email))
        .await
        .expect("the sign-in mail was sent");
    assert_eq!(
        mail.header("X-SES-CONFIGURATION-SET").as_deref(),
        Some(env["SES_TRANSACTIONAL_CONFIGURATION_SET"].as_str())
    );
    let db = stack_db().await;
    let send_event = eventually(PIPELINE, || {
        let (db, email) = (&db, email.clone());
        async move {
            db.query_opt(
                "SELECT o.status, e.ses_message_id FROM ses_events e \
                 JOIN outbound_emails o ON o.id = e.outbound_email_id \
                 WHERE o.recipient = $1 AND e.event_type = 'send'",
                &[&email],
            )
            .await
            .expect("query")
            .map(|row| (row.get::<_, String>(0), row.get::<_, String>(1)))
        }
    })
    .await
    .expect("the Send event was published and stored against the row");
    assert_eq!(send_event, ("sent".to_owned(), mail.ses_message_id));
}

/// `/health` logs the count of mail of unknown outcome (never in its public answer).
#[tokio::test]
async fn health_logs_the_count_of_unknown_outcome_mail() {
    let log = std::path::PathBuf::from(std::env::var("STACK_DIR").expect("STACK_DIR"))
        .join("logs/watch.log");
    let before = std::fs::read_to_string(&log).unwrap_or_default().len();
    let health: Value = reqwest::get(format!("{}/health", api_base_url()))
        .await
        .expect("API reachable")
        .json()
        .await
        .expect("json");
    assert!(health.get("unknown_outcome_emails").is_none());
    let logged = eventually(PIPELINE, || {
        let log = log.clone();
        async move {
            let text = std::fs::read_to_string(&log).unwrap_or_default();
            text.get(before..).and_then(|new| {
                new.lines()
                    .find(|line| line.contains("health checked"))
                    .map(str::to_owned)
            })
        }
    })
    .await
    .expect("the health check logged its detail line");
    let line: Value =
        serde_json::from_str(&logged[logged.find('{').unwrap_or(0)..]).expect("a JSON log line");
    assert!(line["unknown_outcome_emails"].is_i64(), "{line}");
}

/// The deployed binary runs the task its schedule's input names and prints the Embedded Metric
/// Format line the `UnknownOutcomeEmails` alarm reads.
#[tokio::test]
async fn the_mail_task_reports_its_counts_as_an_embedded_metric_line() {
    let log = std::path::PathBuf::from(std::env::var("STACK_DIR").expect("STACK_DIR"))
        .join("logs/watch.log");
    let before = std::fs::read_to_string(&log).unwrap_or_default().len();
    let report = invoke_function("maintenance", &event_json("maintenance/mail.json")).await;
    assert!(report["marked_unknown"].is_u64(), "{report}");
    let metrics = eventually(PIPELINE, || {
        let log = log.clone();
        async move {
            let text = std::fs::read_to_string(&log).unwrap_or_default();
            text.get(before..).and_then(|new| {
                new.lines()
                    .filter_map(|line| serde_json::from_str::<Value>(line.trim()).ok())
                    .find(|line| line.get("_aws").is_some())
            })
        }
    })
    .await
    .expect("the metrics line was printed");
    assert_eq!(
        metrics["_aws"]["CloudWatchMetrics"][0]["Namespace"],
        "RoleFerry"
    );
    assert!(metrics["UnknownOutcomeEmails"].is_u64(), "{metrics}");
    assert!(metrics["FunctionName"].is_string(), "{metrics}");
}

#[tokio::test]
async fn a_job_whose_row_does_not_exist_is_retried_a_few_times_then_dropped() {
    let stack = TestStack::new().await;
    let (queue_url, _) = stack.queue_with(10).await;
    let state = stack.mail_worker(&queue_url, CONFIGURATION_SET).await;
    enqueue(&queue_url, Uuid::new_v4(), &unique_recipient()).await;

    let mut failed = Vec::new();
    for _ in 0..mail_worker::MISSING_ROW_RECEIVES {
        failed.push(deliver(&state).await.failed);
    }

    assert_eq!(
        failed,
        [1, 1, 0],
        "retried until the third receive, then acknowledged"
    );
    assert!(
        receive_as_event(&stack.aws, &queue_url)
            .await
            .records
            .is_empty(),
        "dropped, not left for the dead-letter queue"
    );
}
