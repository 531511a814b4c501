//! Senders and sequence templates: mailbox confirmation before SES identities, warm-up with a
//! controlled clock, health from stored SES events, domain readiness (DKIM, SPF, DMARC),
//! template checks and limits at save, SPEC-shaped bodies, preview, composite keys, tenant
//! isolation and bad input — in process, against the real Postgres, the AWS emulator and the
//! stack's DNS server.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use chrono::{DateTime, Duration, TimeZone, Utc};
use integration_tests::*;
use serde_json::{Value, json};
use uuid::Uuid;

struct App {
    stack: TestStack,
    api: Api,
    /// The mail queue confirmation links go to.
    queue: String,
    /// Seconds since the epoch that the function's clock reads.
    clock: Arc<AtomicI64>,
}

fn day(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, day, hour, 0, 0)
        .single()
        .expect("valid time")
}

async fn app() -> App {
    let stack = TestStack::new().await;
    let (queue, _) = stack.queue().await;
    let mut state = api_sending::AppState::build(api_sending::Config {
        api: stack.api_config(),
        app_base_url: APP_BASE_URL.into(),
        mail_queue_url: queue.clone(),
        verify_queue_url: queue.clone(),
        mail_domain: MAIL_DOMAIN.into(),
        token_key: token_key(),
        dns_resolver: Some(dns_resolver()),
    })
    .await
    .expect("api-sending state");
    // Warm-up and link expiry are tested on a clock the test sets, not the system clock.
    let clock = Arc::new(AtomicI64::new(day(1, 9).timestamp()));
    let reading = Arc::clone(&clock);
    state.clock = Arc::new(move || {
        DateTime::from_timestamp(reading.load(Ordering::SeqCst), 0).expect("clock in range")
    });
    let api = Api::new(api_sending::app(Arc::new(state)).0);
    App {
        stack,
        api,
        queue,
        clock,
    }
}

/// A confirmation mail as queued for the mail worker.
#[derive(Debug)]
struct Mailed {
    to: String,
    from_name: String,
    /// The token at the end of the link.
    token: String,
}

impl App {
    fn set_clock(&self, at: DateTime<Utc>) {
        self.clock.store(at.timestamp(), Ordering::SeqCst);
    }

    async fn user(&self) -> (Uuid, String) {
        let user = self.stack.user().await;
        (user.id, user.token)
    }

    async fn call(&self, method: &str, path: &str, token: &str, body: Option<Value>) -> Answer {
        self.api.call(method, path, Some(token), body).await
    }

    async fn create_sender(&self, token: &str, body: Value) -> Value {
        let created = self.call("POST", "/senders", token, Some(body)).await;
        assert_eq!(created.status, 201, "{}", created.body);
        created.body
    }

    /// A sender of a fresh address, named `name`, sending at most `daily_cap` a day.
    async fn new_sender(&self, token: &str, name: &str, daily_cap: u32) -> Value {
        let body =
            json!({"from_email": unique_address(), "from_name": name, "daily_cap": daily_cap});
        self.create_sender(token, body).await
    }

    async fn create_template(&self, token: &str, body: Value) -> Value {
        let created = self
            .call("POST", "/sequence-templates", token, Some(body))
            .await;
        assert_eq!(created.status, 201, "{}", created.body);
        created.body
    }

    /// Takes every confirmation mail queued so far off the mail queue, oldest first.
    async fn mailed(&self) -> Vec<Mailed> {
        let sqs = shared::aws::sqs(&self.stack.aws);
        let mut mailed = Vec::new();
        loop {
            let received = sqs
                .receive_message()
                .queue_url(&self.queue)
                .max_number_of_messages(10)
                .wait_time_seconds(1)
                .send()
                .await
                .expect("receive");
            if received.messages().is_empty() {
                return mailed;
            }
            for message in received.messages() {
                let job: shared::mail::MailJob =
                    serde_json::from_str(message.body().unwrap_or_default()).expect("a mail job");
                let shared::mail::MailJob::SenderConfirmation {
                    to,
                    from_name,
                    confirm_url,
                    ..
                } = job
                else {
                    panic!("not a sender confirmation: {job:?}");
                };
                let prefix = "https://app.roleferry.test/sender-confirmations/rfsc_";
                assert!(confirm_url.starts_with(prefix), "{confirm_url}");
                let token = confirm_url.rsplit('/').next().expect("token").to_owned();
                mailed.push(Mailed {
                    to,
                    from_name,
                    token,
                });
                sqs.delete_message()
                    .queue_url(&self.queue)
                    .receipt_handle(message.receipt_handle().unwrap_or_default())
                    .send()
                    .await
                    .expect("delete");
            }
        }
    }

    /// The one confirmation mail queued since the last look.
    async fn only_mailed(&self) -> Mailed {
        let mut mailed = self.mailed().await;
        assert_eq!(mailed.len(), 1, "{mailed:?}");
        mailed.remove(0)
    }

    /// Opens a confirmation link as its recipient would: the page with its button.
    async fn confirmation_page(&self, token: &str) -> Answer {
        let path = format!("/sender-confirmations/{token}");
        self.api.call_raw("GET", &path, None, None).await
    }

    /// Presses the button of a confirmation link's page.
    async fn confirm(&self, token: &str) -> Answer {
        let path = format!("/sender-confirmations/{token}");
        self.api.call_raw("POST", &path, None, None).await
    }

    async fn count(&self, sql: &str) -> i64 {
        self.stack.count(sql, &[]).await
    }
}

fn unique_address() -> String {
    format!("sender-{}@example.com", Uuid::new_v4().simple())
}

fn id_of(value: &Value) -> String {
    value["id"].as_str().expect("id").to_owned()
}

const BODY: &str = "Hi {{ contact.first_name }},\n\nI saw the {{ job.title }} role at {{ job.company }}. \
    {{ offer }}\n\n{{ sender.name }}\n\nNot interested? {{ unsubscribe_url }}";

fn two_steps() -> Value {
    json!({
        "name": "Hiring manager",
        "steps": [
            {"delay_minutes": 0, "subject": "{{ job.title }} at {{ job.company }}", "body": BODY},
            {"delay_minutes": 4320, "subject": "Re: {{ job.title }}",
             "body": "Following up on {{ pain_point }}.\n\n{{ unsubscribe_url }}"},
        ]
    })
}

/// The fields named in a problem document's `errors`.
fn error_fields(answer: &Answer) -> Vec<String> {
    answer.body["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .map(|error| error["field"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

fn error_message(answer: &Answer, field: &str) -> String {
    answer.body["errors"]
        .as_array()
        .and_then(|errors| errors.iter().find(|error| error["field"] == field))
        .and_then(|error| error["message"].as_str())
        .unwrap_or_else(|| panic!("no error for {field}: {}", answer.body))
        .to_owned()
}

// ------------------------------------------------------------------ senders

/// Whether the emulator has an SES identity for the address.
async fn ses_has_identity(app: &App, address: &str) -> bool {
    shared::aws::sesv2(&app.stack.aws)
        .get_email_identity()
        .email_identity(address)
        .send()
        .await
        .is_ok()
}

#[tokio::test]
async fn a_sender_is_unconfirmed_until_the_owner_follows_the_mailed_link() {
    let app = app().await;
    let (user, token) = app.user().await;
    let address = unique_address();

    let sender = app
        .create_sender(
            &token,
            json!({"from_email": address, "from_name": "Jane Doe", "daily_cap": 50}),
        )
        .await;
    assert_eq!(sender["identity_status"], "unconfirmed");
    assert_eq!(sender["confirmed_at"], Value::Null);
    assert_eq!(sender["from_email"], address.as_str());
    assert_eq!(sender["daily_cap"], 50);
    assert_eq!(sender["warmup"]["today_cap"], 20, "default start cap");
    assert_eq!(sender["warmup"]["started_at"], "2026-03-01T09:00:00Z");
    assert_eq!(sender["health"]["label"], "warming");
    assert_eq!(sender["health"]["sent_14d"], 0);
    assert!(
        !ses_has_identity(&app, &address).await,
        "SES is not asked before the mailbox is proven"
    );

    // The link goes to the address itself, through the mail queue, recorded as the user's mail.
    let mailed = app.only_mailed().await;
    assert_eq!(
        (mailed.to.as_str(), mailed.from_name.as_str()),
        (address.as_str(), "Jane Doe")
    );
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM outbound_emails WHERE kind = 'sender_confirmation' \
             AND recipient = '{address}' AND user_id = '{user}' AND status = 'queued'"
        ))
        .await,
        1
    );
    // Only the hash of the link's secret is stored.
    let (_, secret) = shared::auth::split_token(&mailed.token, "rfsc_").expect("token shape");
    let stored: Vec<u8> = app
        .stack
        .db()
        .await
        .query_one("SELECT secret_hash FROM sender_confirmations", &[])
        .await
        .expect("one link")
        .get(0);
    assert_eq!(stored, shared::auth::hash_secret(secret));

    let path = format!("/senders/{}", id_of(&sender));
    let fetched = app.call("GET", &path, &token, None).await;
    assert_eq!(fetched.body["identity_status"], "unconfirmed");

    // Opening the link shows a page and changes nothing (mail scanners open links too).
    let page = app.confirmation_page(&mailed.token).await;
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(page.header("referrer-policy"), Some("no-referrer"));
    let html = page.body.as_str().expect("a page");
    assert!(
        html.contains(&address) && html.contains("<form method=\"post\">"),
        "{html}"
    );
    assert_eq!(
        app.call("GET", &path, &token, None).await.body["identity_status"],
        "unconfirmed"
    );

    // The button confirms, and only now is SES asked for the identity.
    let confirmed = app.confirm(&mailed.token).await;
    assert_eq!(confirmed.status, 200, "{}", confirmed.body);
    assert_eq!(confirmed.body["sender_id"], sender["id"]);
    // The emulator verifies at once; pending and failed are covered by identity.rs unit tests.
    assert_eq!(confirmed.body["identity_status"], "verified");
    assert!(ses_has_identity(&app, &address).await);
    let fetched = app.call("GET", &path, &token, None).await;
    assert_eq!(fetched.body["identity_status"], "verified");
    assert!(fetched.body["confirmed_at"].is_string());

    // Single use: the link is spent, for the page and the button alike.
    assert_problem(&app.confirm(&mailed.token).await, 404);
    let again = app.confirmation_page(&mailed.token).await;
    assert_problem(&again, 404);

    // The same address again, in another case, is a conflict and mails nobody.
    let duplicate = app
        .call(
            "POST",
            "/senders",
            &token,
            Some(json!({"from_email": address.to_uppercase(), "from_name": "J", "daily_cap": 5})),
        )
        .await;
    assert_problem(&duplicate, 409);
    assert!(app.mailed().await.is_empty());

    let listed = app.call("GET", "/senders", &token, None).await;
    assert_eq!(listed.status, 200);
    assert_eq!(listed.body["items"].as_array().map(Vec::len), Some(1));
    assert_eq!(listed.body["items"][0]["identity_status"], "verified");
    for action in ["sender.created", "sender.confirmed"] {
        assert_eq!(
            app.count(&format!(
                "SELECT count(*) FROM audit_log WHERE action = '{action}' AND user_id = '{user}'"
            ))
            .await,
            1,
            "{action}"
        );
    }
}

#[tokio::test]
async fn a_second_user_cannot_get_another_users_verified_address_verified() {
    let app = app().await;
    let (_, alice) = app.user().await;
    let (_, bob) = app.user().await;
    let address = unique_address();
    let body = json!({"from_email": address, "from_name": "Alice", "daily_cap": 50});
    app.create_sender(&alice, body).await;
    let alices_link = app.only_mailed().await;
    assert_eq!(app.confirm(&alices_link.token).await.status, 200);
    assert!(
        ses_has_identity(&app, &address).await,
        "Alice's address is verified in SES"
    );

    // Bob registers Alice's verified address: it is his sender, but unconfirmed, however often
    // he looks, because the SES identity is not evidence that Bob owns the mailbox.
    let bobs = app
        .create_sender(
            &bob,
            json!({"from_email": address, "from_name": "Mallory", "daily_cap": 5}),
        )
        .await;
    assert_eq!(bobs["identity_status"], "unconfirmed");
    assert_eq!(
        bobs["warmup"]["today_cap"], 5,
        "start cap never exceeds the cap"
    );
    let path = format!("/senders/{}", id_of(&bobs));
    for _ in 0..2 {
        let fetched = app.call("GET", &path, &bob, None).await;
        assert_eq!(fetched.body["identity_status"], "unconfirmed");
        assert_eq!(fetched.body["confirmed_at"], Value::Null);
    }
    let listed = app.call("GET", "/senders", &bob, None).await;
    assert_eq!(listed.body["items"][0]["identity_status"], "unconfirmed");

    // His link went to the address, that is to Alice; a guessed secret for it does nothing.
    let bobs_link = app.only_mailed().await;
    assert_eq!(
        (bobs_link.to.as_str(), bobs_link.from_name.as_str()),
        (address.as_str(), "Mallory")
    );
    let (link_id, _) = shared::auth::split_token(&bobs_link.token, "rfsc_").expect("token");
    let forged = format!("rfsc_{}_guessed-secret", link_id.simple());
    assert_problem(&app.confirm(&forged).await, 404);
    assert_problem(&app.confirm("rfsc_garbage").await, 404);
    let fetched = app.call("GET", &path, &bob, None).await;
    assert_eq!(fetched.body["identity_status"], "unconfirmed");

    // Only the mailbox owner following that link would make it his.
    assert_eq!(
        app.confirm(&bobs_link.token).await.body["identity_status"],
        "verified"
    );
}

/// Creates a sender at `address` and confirms it through its mailed link.
async fn confirmed_sender(app: &App, token: &str, address: &str) -> String {
    let sender = app
        .create_sender(
            token,
            json!({"from_email": address, "from_name": "Ada", "daily_cap": 50}),
        )
        .await;
    let mailed = app.only_mailed().await;
    let confirmed = app.confirm(&mailed.token).await;
    assert_eq!(confirmed.status, 200, "{}", confirmed.body);
    id_of(&sender)
}

fn dmarc_missing(domain: &str) -> String {
    format!("{domain} has no DMARC record: publish TXT _dmarc.{domain} \"v=DMARC1; p=none\".")
}

#[tokio::test]
async fn a_sender_shows_whether_mail_from_its_domain_can_pass_dmarc() {
    let app = app().await;
    let (_, token) = app.user().await;

    // example.test publishes SPF and DMARC records (local/dnsmasq.conf), and the local stack
    // gives it an SES domain identity with Easy DKIM, which the emulator verifies at once.
    let address = format!("ada-{}@example.test", Uuid::new_v4().simple());
    let created = app
        .create_sender(
            &token,
            json!({"from_email": address, "from_name": "Ada", "daily_cap": 50}),
        )
        .await;
    let readiness = &created["readiness"];
    assert_eq!(readiness["domain"], "example.test");
    assert_eq!(readiness["dkim"]["status"], "success", "{readiness}");
    assert!(readiness["dkim"]["records"].is_array(), "{readiness}");
    assert_eq!(
        readiness["spf"],
        json!({"status": "pass", "record": "v=spf1 include:amazonses.com ~all"})
    );
    assert_eq!(
        readiness["dmarc"],
        json!({"status": "present", "policy": "none", "record": "v=DMARC1; p=none"})
    );
    // Only the address itself is missing: its owner has not confirmed it yet.
    assert_eq!(readiness["can_send"], false);
    assert_eq!(
        readiness["missing"],
        json!([format!(
            "{address} is not confirmed: its owner must follow the link we emailed to it."
        )])
    );
    let mailed = app.only_mailed().await;
    assert_eq!(app.confirm(&mailed.token).await.status, 200);
    let path = format!("/senders/{}", id_of(&created));
    let ready = app.call("GET", &path, &token, None).await;
    assert_eq!(ready.status, 200, "{}", ready.body);
    assert_eq!(ready.body["readiness"]["can_send"], true, "{}", ready.body);
    assert_eq!(ready.body["readiness"]["missing"], json!([]));

    // aonly.test publishes neither SPF nor DMARC. Confirming the sender gave the domain an SES
    // identity with Easy DKIM (verified at once by the emulator): only DMARC is missing.
    let aonly = confirmed_sender(
        &app,
        &token,
        &format!("bo-{}@aonly.test", Uuid::new_v4().simple()),
    )
    .await;
    let fetched = app
        .call("GET", &format!("/senders/{aonly}"), &token, None)
        .await;
    let readiness = &fetched.body["readiness"];
    assert_eq!(readiness["domain"], "aonly.test");
    assert_eq!(readiness["dkim"]["status"], "success", "{readiness}");
    assert_eq!(
        readiness["spf"],
        json!({"status": "missing", "record": null})
    );
    assert_eq!(
        readiness["dmarc"],
        json!({"status": "missing", "policy": null, "record": null})
    );
    assert_eq!(readiness["can_send"], false);
    assert_eq!(readiness["missing"], json!([dmarc_missing("aonly.test")]));

    // The list shows each sender's own readiness.
    let listed = app.call("GET", "/senders", &token, None).await;
    assert_eq!(listed.status, 200, "{}", listed.body);
    let can_send: Vec<(String, bool)> = listed.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|sender| {
            (
                sender["readiness"]["domain"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
                sender["readiness"]["can_send"]
                    .as_bool()
                    .unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        can_send,
        [
            ("aonly.test".to_owned(), false),
            ("example.test".to_owned(), true)
        ]
    );
}

#[tokio::test]
async fn a_domain_nobody_set_up_or_dns_that_does_not_answer_is_missing_not_an_error() {
    let app = app().await;
    let (_, token) = app.user().await;

    // A domain SES has no identity for and DNS does not know.
    let domain = format!("d{}.test", Uuid::new_v4().simple());
    let address = format!("ada@{domain}");
    let created = app
        .create_sender(
            &token,
            json!({"from_email": address, "from_name": "Ada", "daily_cap": 50}),
        )
        .await;
    let readiness = &created["readiness"];
    assert_eq!(
        readiness["dkim"],
        json!({"status": "not_started", "records": []})
    );
    assert_eq!(readiness["spf"]["status"], "missing");
    assert_eq!(readiness["dmarc"]["status"], "missing");
    assert_eq!(readiness["can_send"], false);
    assert_eq!(
        readiness["missing"],
        json!([
            format!(
                "Amazon SES has no identity for {domain} yet, so Easy DKIM has not started: it \
                 starts when a sender at {domain} is confirmed or launches a campaign."
            ),
            dmarc_missing(&domain),
            format!("{address} is not confirmed: its owner must follow the link we emailed to it."),
        ])
    );

    // A DNS server that never answers (the local DNS drops everything under timeout.test): both
    // lookups are `unknown` after their 2 s, DMARC counts as missing, and the answer is a 201.
    let created = app
        .create_sender(
            &token,
            json!({"from_email": "cy@slow.timeout.test", "from_name": "Cy", "daily_cap": 50}),
        )
        .await;
    let readiness = &created["readiness"];
    assert_eq!(
        readiness["spf"],
        json!({"status": "unknown", "record": null})
    );
    assert_eq!(
        readiness["dmarc"],
        json!({"status": "unknown", "policy": null, "record": null})
    );
    assert_eq!(readiness["can_send"], false);
    let missing = readiness["missing"].to_string();
    assert!(
        missing.contains(
            "The DMARC record of slow.timeout.test could not be looked up (DNS lookup timed out); \
             try again."
        ),
        "{missing}"
    );
    let listed = app.call("GET", "/senders", &token, None).await;
    assert_eq!(listed.status, 200, "{}", listed.body);
    assert_eq!(listed.body["items"].as_array().map(Vec::len), Some(2));
}

#[tokio::test]
async fn a_confirmation_link_expires_after_24_hours_and_a_new_one_replaces_it() {
    let app = app().await;
    let (_, token) = app.user().await;
    let sender = app.new_sender(&token, "Jane", 50).await;
    let first = app.only_mailed().await;
    assert_eq!(
        app.count(
            "SELECT count(*) FROM sender_confirmations \
             WHERE expires_at - created_at = interval '24 hours'"
        )
        .await,
        1,
        "valid for 24 hours"
    );
    // A day passes (the link's expiry is set back; the database clock decides).
    app.stack
        .db()
        .await
        .execute(
            "UPDATE sender_confirmations SET expires_at = now() - interval '1 second'",
            &[],
        )
        .await
        .expect("expire");
    assert_problem(&app.confirm(&first.token).await, 404);
    let path = format!("/senders/{}", id_of(&sender));
    assert_eq!(
        app.call("GET", &path, &token, None).await.body["identity_status"],
        "unconfirmed"
    );

    // A new link; it replaces every unused one.
    let resend = format!("{path}/confirmation");
    let sent = app.call("POST", &resend, &token, None).await;
    assert_eq!(sent.status, 202, "{}", sent.body);
    assert!(sent.body["expires_at"].is_string());
    let second = app.only_mailed().await;
    let sent = app.call("POST", &resend, &token, None).await;
    assert_eq!(sent.status, 202, "{}", sent.body);
    let third = app.only_mailed().await;
    assert_problem(&app.confirm(&second.token).await, 404);
    assert_problem(&app.confirm(&first.token).await, 404);
    assert_eq!(app.confirm(&third.token).await.status, 200);
    assert_problem(&app.call("POST", &resend, &token, None).await, 409);

    // Each sender may ask for 5 links an hour: every one is an email to someone's mailbox.
    let other = app.new_sender(&token, "Jane", 50).await;
    let resend = format!("/senders/{}/confirmation", id_of(&other));
    for _ in 0..5 {
        assert_eq!(app.call("POST", &resend, &token, None).await.status, 202);
    }
    let limited = app.call("POST", &resend, &token, None).await;
    assert_problem(&limited, 429);
    assert_eq!(app.mailed().await.len(), 6, "the creation's and five more");
}

#[tokio::test]
async fn own_mail_domain_free_mail_and_senders_over_the_plan_cap_are_refused() {
    let app = app().await;
    let (user, token) = app.user().await;
    for (address, reason) in [
        (format!("no-reply@{MAIL_DOMAIN}"), "own mail domain"),
        (format!("jane@bounces.{MAIL_DOMAIN}"), "own mail domain"),
        ("jane.doe@gmail.com".to_owned(), "free-mail"),
        ("jane.doe@Outlook.com".to_owned(), "free-mail"),
    ] {
        let refused = app
            .call(
                "POST",
                "/senders",
                &token,
                Some(json!({"from_email": address, "from_name": "J", "daily_cap": 5})),
            )
            .await;
        assert_problem(&refused, 422);
        assert!(
            error_message(&refused, "from_email").contains(reason),
            "{address}: {}",
            refused.body
        );
    }
    assert_eq!(app.count("SELECT count(*) FROM senders").await, 0);
    assert!(app.mailed().await.is_empty());

    // Beta: three senders; a fourth is a conflict that stores and mails nothing.
    for _ in 0..3 {
        app.new_sender(&token, "J", 5).await;
    }
    let over = app
        .call(
            "POST",
            "/senders",
            &token,
            Some(json!({"from_email": unique_address(), "from_name": "J", "daily_cap": 5})),
        )
        .await;
    assert_problem(&over, 409);
    assert!(
        over.body["detail"]
            .as_str()
            .unwrap_or_default()
            .contains("allows 3")
    );
    assert_eq!(app.count("SELECT count(*) FROM senders").await, 3);
    assert_eq!(app.mailed().await.len(), 3);
    app.stack
        .db()
        .await
        .execute("UPDATE users SET plan = 'pro' WHERE id = $1", &[&user])
        .await
        .expect("upgrade");
    app.new_sender(&token, "J", 5).await;
}

#[tokio::test]
async fn a_sender_warms_up_day_by_day_on_a_controlled_clock() {
    let app = app().await;
    let (_, token) = app.user().await;
    app.set_clock(day(1, 22));
    let sender = app
        .create_sender(
            &token,
            json!({"from_email": unique_address(), "from_name": "Jane", "daily_cap": 60,
                   "warmup": {"start_cap": 10, "daily_increase": 15}}),
        )
        .await;
    let path = format!("/senders/{}", id_of(&sender));
    assert_eq!(sender["warmup"]["full_cap_on"], "2026-03-05");

    let mut caps = Vec::new();
    for date in 1..=7 {
        app.set_clock(day(date, 23));
        let today = app.call("GET", &path, &token, None).await;
        caps.push(today.body["warmup"]["today_cap"].as_i64().expect("cap"));
    }
    assert_eq!(caps, [10, 25, 40, 55, 60, 60, 60]);

    // Raising the cap continues the same ramp; restarting starts it over from today.
    let raised = app
        .call("PATCH", &path, &token, Some(json!({"daily_cap": 100})))
        .await;
    assert_eq!(raised.status, 200, "{}", raised.body);
    assert_eq!(raised.body["warmup"]["today_cap"], 100);
    app.set_clock(day(10, 8));
    let restarted = app
        .call(
            "PATCH",
            &path,
            &token,
            Some(json!({"warmup": {"restart": true, "daily_increase": 30}})),
        )
        .await;
    assert_eq!(
        restarted.body["warmup"]["started_at"],
        "2026-03-10T08:00:00Z"
    );
    assert_eq!(restarted.body["warmup"]["today_cap"], 10);
    app.set_clock(day(11, 8));
    let next = app.call("GET", &path, &token, None).await;
    assert_eq!(next.body["warmup"]["today_cap"], 40);

    let lowered = app
        .call("PATCH", &path, &token, Some(json!({"daily_cap": 5})))
        .await;
    assert_eq!(lowered.status, 200, "{}", lowered.body);
    assert_eq!(
        lowered.body["warmup"]["start_cap"], 5,
        "the start cap follows the cap down"
    );
    assert_eq!(lowered.body["warmup"]["today_cap"], 5);
    let above_cap = app
        .call(
            "PATCH",
            &path,
            &token,
            Some(json!({"warmup": {"start_cap": 101}})),
        )
        .await;
    assert_eq!(above_cap.status, 200, "{}", above_cap.body);
    assert_eq!(
        above_cap.body["warmup"]["start_cap"], 5,
        "a start above the cap is lowered to it"
    );
    let out_of_range = app
        .call(
            "PATCH",
            &path,
            &token,
            Some(json!({"warmup": {"start_cap": 10_001, "daily_increase": 0}})),
        )
        .await;
    assert_problem(&out_of_range, 422);
    assert_eq!(
        error_fields(&out_of_range),
        ["warmup.start_cap", "warmup.daily_increase"]
    );
}

/// Inserts `count` sent messages of a sender at `sent_at`.
async fn sent(app: &App, user: Uuid, sender: Uuid, count: i32, sent_at: DateTime<Utc>) {
    app.stack.db().await
        .execute(
            "INSERT INTO outbound_emails (user_id, kind, recipient, status, sender_id, sent_at, ses_message_id) \
             SELECT $1, 'campaign', 'r' || g || '@example.com', 'sent', $2, $3, gen_random_uuid()::text \
             FROM generate_series(1, $4) g",
            &[&user, &sender, &sent_at, &count],
        )
        .await
        .expect("sent messages");
}

/// Stores SES events of `event_type` for `count` of the sender's messages that have none yet.
/// `by_ses_id` leaves the event unlinked to our row, as when it arrives before the worker
/// records the SES id.
async fn events(
    app: &App,
    sender: Uuid,
    count: i64,
    event_type: &str,
    bounce_type: Option<&str>,
    by_ses_id: bool,
) {
    app.stack.db().await
        .execute(
            "INSERT INTO ses_events (sns_message_id, ses_message_id, outbound_email_id, event_type, \
                                     bounce_type, occurred_at, payload) \
             SELECT gen_random_uuid()::text, o.ses_message_id, CASE WHEN $5 THEN NULL ELSE o.id END, \
                    $3, $4, now(), '{}'::jsonb \
             FROM outbound_emails o \
             WHERE o.sender_id = $1 AND NOT EXISTS ( \
                 SELECT 1 FROM ses_events e WHERE e.ses_message_id = o.ses_message_id) \
             ORDER BY o.id LIMIT $2",
            &[&sender, &count, &event_type, &bounce_type, &by_ses_id],
        )
        .await
        .expect("events");
}

#[tokio::test]
async fn health_moves_from_warming_to_healthy_to_at_risk_to_paused() {
    let app = app().await;
    let (user, token) = app.user().await;
    app.set_clock(day(20, 12));
    let sender = app.new_sender(&token, "Jane", 500).await;
    let sender_id: Uuid = id_of(&sender).parse().expect("uuid");
    let path = format!("/senders/{sender_id}");
    let health = || async { app.call("GET", &path, &token, None).await.body["health"].clone() };

    // Outside the window, and another sender's: neither counts.
    sent(&app, user, sender_id, 50, day(5, 12)).await;
    events(&app, sender_id, 50, "bounce", Some("Permanent"), false).await;
    sent(&app, user, sender_id, 19, day(19, 12)).await;
    let other = app.new_sender(&token, "Other", 500).await;
    sent(
        &app,
        user,
        id_of(&other).parse().expect("uuid"),
        30,
        day(19, 12),
    )
    .await;
    assert_eq!(health().await["label"], "warming");
    assert_eq!(health().await["sent_14d"], 19);

    sent(&app, user, sender_id, 81, day(19, 12)).await;
    // A transient bounce, a delivery and an open say nothing against the sender.
    events(&app, sender_id, 1, "bounce", Some("Transient"), false).await;
    events(&app, sender_id, 1, "delivery", None, false).await;
    events(&app, sender_id, 1, "open", None, false).await;
    let healthy = health().await;
    assert_eq!(healthy["label"], "healthy", "{healthy}");
    assert_eq!(healthy["sent_14d"], 100);
    assert_eq!(healthy["bounce_rate"], 0.0);

    events(&app, sender_id, 1, "bounce", Some("Permanent"), false).await;
    events(&app, sender_id, 1, "bounce", Some("Permanent"), true).await;
    // A second notification about an already bounced message (SES reporting it again, a
    // moment later) counts once.
    app.stack.db().await
        .execute(
            "INSERT INTO ses_events (sns_message_id, ses_message_id, outbound_email_id, event_type, \
                                     bounce_type, occurred_at, payload) \
             SELECT gen_random_uuid()::text, ses_message_id, outbound_email_id, event_type, bounce_type, \
                    occurred_at + interval '1 second', payload FROM ses_events WHERE bounce_type = 'Permanent' \
             AND outbound_email_id IS NOT NULL AND occurred_at > now() - interval '1 hour' LIMIT 1",
            &[],
        )
        .await
        .expect("duplicate event");
    let at_risk = health().await;
    assert_eq!(at_risk["label"], "at_risk", "{at_risk}");
    assert_eq!(at_risk["bounced_14d"], 2);
    assert_eq!(at_risk["bounce_rate"], 0.02);

    events(&app, sender_id, 2, "bounce", Some("Permanent"), false).await;
    let paused = health().await;
    assert_eq!(paused["label"], "paused", "{paused}");
    assert_eq!(paused["bounce_rate"], 0.04);

    // Fifteen days later the window is empty again.
    app.set_clock(day(20, 12) + Duration::days(15));
    assert_eq!(health().await["label"], "warming");
}

#[tokio::test]
async fn complaints_put_a_sender_at_risk_then_paused() {
    let app = app().await;
    let (user, token) = app.user().await;
    app.set_clock(day(20, 12));
    let sender = app.new_sender(&token, "Jane", 5000).await;
    let sender_id: Uuid = id_of(&sender).parse().expect("uuid");
    let path = format!("/senders/{sender_id}");
    sent(&app, user, sender_id, 3000, day(18, 12)).await;
    let label =
        || async { app.call("GET", &path, &token, None).await.body["health"]["label"].clone() };
    // 1, 2 and 3 complaints in 3000 sends: 0.033%, 0.067%, 0.1%.
    events(&app, sender_id, 1, "complaint", None, false).await;
    assert_eq!(label().await, "healthy");
    events(&app, sender_id, 1, "complaint", None, true).await;
    assert_eq!(label().await, "at_risk");
    events(&app, sender_id, 1, "complaint", None, false).await;
    assert_eq!(label().await, "paused");
}

// ------------------------------------------------------------------ sequence templates

#[tokio::test]
async fn template_errors_are_caught_at_save_naming_the_step_and_the_variable() {
    let app = app().await;
    let (_, token) = app.user().await;
    let rejected = app
        .call(
            "POST",
            "/sequence-templates",
            &token,
            Some(json!({
                "name": "Broken",
                "steps": [
                    {"delay_minutes": 0, "subject": "Hello", "body": BODY},
                    {"delay_minutes": 60, "subject": "Hi", "body": "Hi {{ contact.nickname }} {{ unsubscribe_url }}"},
                    {"delay_minutes": 60, "subject": "{{ job.title ", "body": "{{ unsubscribe_url }}"},
                    {"delay_minutes": 60, "subject": "Bye", "body": "No way out for {{ contact.first_name }}"},
                ]
            })),
        )
        .await;
    assert_problem(&rejected, 422);
    assert_eq!(
        error_fields(&rejected),
        ["steps[1].body", "steps[2].subject", "steps[3].body"]
    );
    assert!(error_message(&rejected, "steps[1].body").contains("`contact.nickname`"));
    assert!(error_message(&rejected, "steps[2].subject").contains("syntax error"));
    assert!(error_message(&rejected, "steps[3].body").contains("{{unsubscribe_url}}"));
    assert_eq!(
        app.count("SELECT count(*) FROM sequence_templates").await,
        0
    );

    let template = app.create_template(&token, two_steps()).await;
    let template_id = id_of(&template);
    let step_id = id_of(&template["steps"][1]);
    let add = app
        .call(
            "POST",
            &format!("/sequence-templates/{template_id}/steps"),
            &token,
            Some(json!({"delay_minutes": 5, "subject": "{{ salary }}", "body": "{{ unsubscribe_url }}"})),
        )
        .await;
    assert_problem(&add, 422);
    assert!(error_message(&add, "subject").contains("`salary`"));
    let patch_step = app
        .call(
            "PATCH",
            &format!("/sequence-steps/{step_id}"),
            &token,
            Some(json!({"body": "{% if %}{{ unsubscribe_url }}"})),
        )
        .await;
    assert_problem(&patch_step, 422);
    assert!(error_message(&patch_step, "body").contains("syntax error"));
    let patch_template = app
        .call(
            "PATCH",
            &format!("/sequence-templates/{template_id}"),
            &token,
            Some(json!({"steps": [{"delay_minutes": 0, "subject": "x", "body": "{{ offer }}"}]})),
        )
        .await;
    assert_problem(&patch_template, 422);
    assert_eq!(error_fields(&patch_template), ["steps[0].body"]);
    let unchanged = app
        .call(
            "GET",
            &format!("/sequence-templates/{template_id}"),
            &token,
            None,
        )
        .await;
    assert_eq!(unchanged.body, template, "rejected edits changed nothing");
}

fn positions(template: &Value) -> Vec<(String, i64)> {
    template["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .map(|step| {
            (
                step["subject"].as_str().unwrap_or_default().to_owned(),
                step["position"].as_i64().unwrap_or_default(),
            )
        })
        .collect()
}

#[tokio::test]
async fn steps_keep_a_contiguous_order_through_inserts_moves_and_deletes() {
    let app = app().await;
    let (_, token) = app.user().await;
    let template = app.create_template(&token, two_steps()).await;
    let id = id_of(&template);
    let get = || async {
        app.call("GET", &format!("/sequence-templates/{id}"), &token, None)
            .await
            .body
    };
    let step = |subject: &str| json!({"delay_minutes": 60, "subject": subject, "body": "{{ unsubscribe_url }}"});
    let mut added = step("First");
    added["position"] = json!(1);
    let first = app
        .call(
            "POST",
            &format!("/sequence-templates/{id}/steps"),
            &token,
            Some(added),
        )
        .await;
    assert_eq!(first.status, 201, "{}", first.body);
    let last = app
        .call(
            "POST",
            &format!("/sequence-templates/{id}/steps"),
            &token,
            Some(step("Last")),
        )
        .await;
    assert_eq!(last.body["position"], 4);
    let s = |subject: &str, position: i64| (subject.to_owned(), position);
    assert_eq!(
        positions(&get().await),
        [
            s("First", 1),
            s("{{ job.title }} at {{ job.company }}", 2),
            s("Re: {{ job.title }}", 3),
            s("Last", 4)
        ]
    );

    let moved = app
        .call(
            "PATCH",
            &format!("/sequence-steps/{}", id_of(&last.body)),
            &token,
            Some(json!({"position": 2, "delay_minutes": 90})),
        )
        .await;
    assert_eq!(moved.status, 200, "{}", moved.body);
    assert_eq!(moved.body["delay_minutes"], 90);
    let deleted = app
        .call(
            "DELETE",
            &format!("/sequence-steps/{}", id_of(&first.body)),
            &token,
            None,
        )
        .await;
    assert_eq!(deleted.status, 204);
    let after = get().await;
    assert_eq!(
        positions(&after),
        [
            s("Last", 1),
            s("{{ job.title }} at {{ job.company }}", 2),
            s("Re: {{ job.title }}", 3)
        ]
    );

    // Replacing the list: keep the last step first, drop one, add a new one.
    let keep = &after["steps"][2];
    let replaced = app
        .call(
            "PATCH",
            &format!("/sequence-templates/{id}"),
            &token,
            Some(json!({"name": "Reordered", "steps": [
                {"id": keep["id"], "delay_minutes": 0, "subject": "Kept", "body": keep["body"]},
                {"delay_minutes": 30, "subject": "New", "body": "{{ unsubscribe_url }}"},
            ]})),
        )
        .await;
    assert_eq!(replaced.status, 200, "{}", replaced.body);
    assert_eq!(replaced.body["name"], "Reordered");
    assert_eq!(positions(&replaced.body), [s("Kept", 1), s("New", 2)]);
    assert_eq!(replaced.body["steps"][0]["id"], keep["id"]);
    assert_eq!(
        app.count("SELECT count(*) FROM sequence_steps").await,
        2,
        "dropped steps are deleted"
    );

    let gone = app
        .call("DELETE", &format!("/sequence-templates/{id}"), &token, None)
        .await;
    assert_eq!(gone.status, 204);
    assert_eq!(app.count("SELECT count(*) FROM sequence_steps").await, 0);
    let listed = app.call("GET", "/sequence-templates", &token, None).await;
    assert_eq!(listed.body["items"], json!([]));
}

/// A contact, a job with an application, and optionally the job's pain points and the
/// application's offer, inserted directly as the workspace and contacts functions would.
struct Workspace {
    contact: Uuid,
    application: Uuid,
}

async fn workspace(
    app: &App,
    user: Uuid,
    first_name: Option<&str>,
    pain_points: bool,
    offer: bool,
) -> Workspace {
    workspace_with_ids(app, user, first_name, pain_points, offer, None).await
}

/// `ids` fixes the contact and application ids (the sample events name them).
async fn workspace_with_ids(
    app: &App,
    user: Uuid,
    first_name: Option<&str>,
    pain_points: bool,
    offer: bool,
    ids: Option<(Uuid, Uuid)>,
) -> Workspace {
    let (contact_id, application_id) = ids.unzip();
    let client = app.stack.db().await;
    let contact: Uuid = client
        .query_one(
            "INSERT INTO contacts (id, user_id, first_name, last_name, email, title, company) \
             VALUES (COALESCE($4, gen_random_uuid()), $1, $2, 'Lovelace', $3, 'VP Engineering', \
                     'Analytical Engines') RETURNING id",
            &[&user, &first_name, &unique_address(), &contact_id],
        )
        .await
        .expect("contact")
        .get(0);
    let job: Uuid = client
        .query_one(
            "INSERT INTO jobs (user_id, title, company) VALUES ($1, 'Staff Engineer', 'Analytical Engines') \
             RETURNING id",
            &[&user],
        )
        .await
        .expect("job")
        .get(0);
    let application: Uuid = client
        .query_one(
            "INSERT INTO applications (id, user_id, job_id) \
             VALUES (COALESCE($3, gen_random_uuid()), $1, $2) RETURNING id",
            &[&user, &job, &application_id],
        )
        .await
        .expect("application")
        .get(0);
    if pain_points {
        let resume: Uuid = client
            .query_one(
                "INSERT INTO resumes (user_id, s3_key, content_type, size_bytes, status) \
                 VALUES ($1, $2, 'text/plain', 10, 'parsed') RETURNING id",
                &[&user, &format!("users/{user}/resumes/{}", Uuid::new_v4())],
            )
            .await
            .expect("resume")
            .get(0);
        for (position, text) in [(2, "hiring is slow"), (1, "deploys take a day")] {
            client
                .execute(
                    "INSERT INTO pain_points (user_id, job_id, resume_id, position, pain_point, solution, evidence, score) \
                     VALUES ($1, $2, $3, $4, $5, 'ci', 'bullet', 1.0)",
                    &[&user, &job, &resume, &position, &text],
                )
                .await
                .expect("pain point");
        }
    }
    if offer {
        client
            .execute(
                "INSERT INTO offers (application_id, user_id, subject, body) \
                 VALUES ($1, $2, 'Idea', 'I cut deploys from hours to minutes twice.')",
                &[&application, &user],
            )
            .await
            .expect("offer");
    }
    Workspace {
        contact,
        application,
    }
}

#[tokio::test]
async fn preview_renders_a_step_for_a_contact_and_application() {
    let app = app().await;
    let (user, token) = app.user().await;
    app.new_sender(&token, "Grace Hopper", 50).await;
    let template = app.create_template(&token, two_steps()).await;
    let preview_path = format!("/sequence-templates/{}/preview", id_of(&template));
    let ready = workspace(&app, user, Some("Ada"), true, true).await;

    let first = app
        .call(
            "POST",
            &preview_path,
            &token,
            Some(json!({"contact_id": ready.contact, "application_id": ready.application})),
        )
        .await;
    assert_eq!(first.status, 200, "{}", first.body);
    assert_eq!(first.body["position"], 1);
    assert_eq!(
        first.body["subject"],
        "Staff Engineer at Analytical Engines"
    );
    assert_eq!(
        first.body["body"],
        "Hi Ada,\n\nI saw the Staff Engineer role at Analytical Engines. I cut deploys from hours \
         to minutes twice.\n\nGrace Hopper\n\nNot interested? \
         https://app.roleferry.test/unsubscribe/PREVIEW-ONLY-not-a-real-link"
    );
    let second = app
        .call(
            "POST",
            &preview_path,
            &token,
            Some(
                json!({"contact_id": ready.contact, "application_id": ready.application,
                        "step_id": template["steps"][1]["id"]}),
            ),
        )
        .await;
    assert_eq!(second.status, 200, "{}", second.body);
    assert_eq!(
        second.body["body"],
        "Following up on deploys take a day.\n\nhttps://app.roleferry.test/unsubscribe/PREVIEW-ONLY-not-a-real-link",
        "the top-ranked pain point"
    );

    // What is missing is named; launch will skip such contacts for the same reason.
    let bare = workspace(&app, user, None, false, false).await;
    let missing = app
        .call(
            "POST",
            &preview_path,
            &token,
            Some(json!({"contact_id": bare.contact, "application_id": bare.application})),
        )
        .await;
    assert_problem(&missing, 422);
    assert_eq!(error_fields(&missing), ["contact.first_name", "offer"]);
    assert!(error_message(&missing, "offer").contains("no offer"));
    let no_pain_point = app
        .call(
            "POST",
            &preview_path,
            &token,
            Some(
                json!({"contact_id": ready.contact, "application_id": bare.application,
                        "step_id": template["steps"][1]["id"]}),
            ),
        )
        .await;
    assert_problem(&no_pain_point, 422);
    assert_eq!(error_fields(&no_pain_point), ["pain_point"]);
    assert!(error_message(&no_pain_point, "pain_point").contains("/pain-points/generate"));
}

// ------------------------------------------------------------------ render limits

#[tokio::test]
async fn templates_that_loop_too_much_or_render_too_much_are_refused_and_change_nothing() {
    let app = app().await;
    let (user, token) = app.user().await;
    // Three loops over the offer: a quarter of a million iterations with a sample offer, and
    // nothing stops a fourth. The fuel budget does.
    let nested = "{% for a in offer %}{% for b in offer %}{% for c in offer %}x{% endfor %}\
                  {% endfor %}{% endfor %}{{ unsubscribe_url }}";
    // 61 × 61 offers: little work, a quarter of a megabyte of output.
    let huge = "{% for a in offer %}{% for b in offer %}{{ offer }}{% endfor %}{% endfor %}\
                {{ unsubscribe_url }}";
    let mut with_nested = two_steps();
    with_nested["steps"][1]["body"] = Value::from(nested);
    let refused = app
        .call("POST", "/sequence-templates", &token, Some(with_nested))
        .await;
    assert_problem(&refused, 422);
    assert_eq!(error_fields(&refused), ["steps[1].body"]);
    assert!(error_message(&refused, "steps[1].body").contains("too much work"));
    assert_eq!(
        app.count("SELECT count(*) FROM sequence_templates").await,
        0
    );

    let template = app.create_template(&token, two_steps()).await;
    let path = format!("/sequence-templates/{}", id_of(&template));
    let before = app.call("GET", &path, &token, None).await.body;
    let step = |body: &str| json!({"delay_minutes": 0, "subject": "s", "body": body});
    let cases = [
        (
            "PATCH",
            path.clone(),
            json!({"steps": [step(nested)]}),
            "steps[0].body",
            "too much work",
        ),
        (
            "POST",
            format!("{path}/steps"),
            step(huge),
            "body",
            "renders to more than 100000 bytes",
        ),
        (
            "PATCH",
            format!("/sequence-steps/{}", id_of(&template["steps"][0])),
            json!({"subject": "{% for a in offer %}{{ offer }}{% endfor %}"}),
            "subject",
            "renders to more than 2000 bytes",
        ),
        // Doubling a value with `set` costs a few instructions and any amount of memory.
        (
            "PATCH",
            format!("/sequence-steps/{}", id_of(&template["steps"][1])),
            json!({"body": "{% set a = offer ~ offer %}{% set a = a ~ a %}{{ a }}{{ unsubscribe_url }}"}),
            "body",
            "uses the operator `~`",
        ),
    ];
    for (method, path, body, field, message) in cases {
        let got = app.call(method, &path, &token, Some(body)).await;
        assert_problem(&got, 422);
        assert_eq!(error_fields(&got), [field], "{method} {path}");
        assert!(error_message(&got, field).contains(message), "{}", got.body);
    }
    assert_eq!(app.call("GET", &path, &token, None).await.body, before);

    // A looping step stored before the limits existed: the preview stops on the same budget.
    let ws = workspace(&app, user, Some("Ada"), true, true).await;
    app.stack
        .db()
        .await
        .execute(
            "UPDATE sequence_steps SET body = $1 WHERE template_id = $2 AND position = 1",
            &[
                &nested,
                &template["id"]
                    .as_str()
                    .expect("id")
                    .parse::<Uuid>()
                    .expect("uuid"),
            ],
        )
        .await
        .expect("legacy step");
    let preview = app
        .call(
            "POST",
            &format!("{path}/preview"),
            &token,
            Some(json!({"contact_id": ws.contact, "application_id": ws.application})),
        )
        .await;
    assert_problem(&preview, 422);
    assert!(
        error_message(&preview, "body").contains("too much work"),
        "{}",
        preview.body
    );
}

// ------------------------------------------------------------------ SPEC-shaped bodies

#[tokio::test]
async fn steps_and_senders_take_the_spec_shape_and_round_trip_what_get_returned() {
    let app = app().await;
    let (_, token) = app.user().await;
    // SPEC §2: steps are {id, position, delay_minutes, subject, body}.
    let mut spec = two_steps();
    spec["steps"][0]["position"] = Value::from(1);
    spec["steps"][1]["position"] = Value::from(2);
    let template = app.create_template(&token, spec).await;
    let path = format!("/sequence-templates/{}", id_of(&template));
    let fetched = app.call("GET", &path, &token, None).await.body;
    assert_eq!(positions(&fetched).len(), 2);

    // What GET returned goes back whole, with an edit; ids and order are kept.
    let mut edited = fetched.clone();
    edited["name"] = Value::from("Renamed");
    edited["steps"][1]["delay_minutes"] = Value::from(60);
    let patched = app.call("PATCH", &path, &token, Some(edited)).await;
    assert_eq!(patched.status, 200, "{}", patched.body);
    assert_eq!(patched.body["name"], "Renamed");
    assert_eq!(positions(&patched.body), positions(&fetched));
    for index in 0..2 {
        assert_eq!(
            patched.body["steps"][index]["id"],
            fetched["steps"][index]["id"]
        );
    }
    assert_eq!(patched.body["steps"][1]["delay_minutes"], 60);

    // Posting it copies the template: new ids, same content.
    let copy = app.create_template(&token, patched.body.clone()).await;
    assert_ne!(copy["id"], patched.body["id"]);
    assert_ne!(copy["steps"][0]["id"], patched.body["steps"][0]["id"]);
    assert_eq!(copy["steps"][1]["delay_minutes"], 60);

    // Contradictions are 422s naming the field, and change nothing.
    let before = app.call("GET", &path, &token, None).await.body;
    let mut swapped = before.clone();
    let steps = swapped["steps"].as_array_mut().expect("steps");
    steps.swap(0, 1);
    let mut foreign = before.clone();
    foreign["steps"][0]["id"] = copy["steps"][0]["id"].clone();
    let mut other_id = before.clone();
    other_id["id"] = copy["id"].clone();
    let step_path = format!("/sequence-steps/{}", id_of(&before["steps"][0]));
    let cases = [
        ("PATCH", path.clone(), swapped, "steps[0].position"),
        ("PATCH", path.clone(), other_id, "id"),
        ("PATCH", step_path.clone(), before["steps"][1].clone(), "id"),
        (
            "POST",
            format!("{path}/steps"),
            before["steps"][0].clone(),
            "id",
        ),
    ];
    // Another template's step is not a malformed request but a stale copy: 409.
    let stale = app.call("PATCH", &path, &token, Some(foreign)).await;
    assert_problem(&stale, 409);
    assert!(
        stale.body["detail"]
            .as_str()
            .is_some_and(|detail| detail.starts_with("steps[0].id")),
        "{}",
        stale.body
    );
    for (method, target, body, field) in cases {
        let got = app.call(method, &target, &token, Some(body)).await;
        assert_problem(&got, 422);
        assert!(
            error_fields(&got).contains(&field.to_owned()),
            "{method} {target}: {}",
            got.body
        );
    }
    assert_eq!(
        app.call("GET", &path, &token, None).await.body["steps"],
        before["steps"]
    );

    // One step as GET returned it goes back to PATCH /sequence-steps/{id}; a new step in the
    // same shape with a null id is added where its position says.
    let mut step = before["steps"][0].clone();
    step["subject"] = Value::from("Hello {{ contact.first_name }}");
    let patched = app.call("PATCH", &step_path, &token, Some(step)).await;
    assert_eq!(patched.status, 200, "{}", patched.body);
    let mut added = before["steps"][0].clone();
    added["id"] = Value::Null;
    added["position"] = Value::from(1);
    let added = app
        .call("POST", &format!("{path}/steps"), &token, Some(added))
        .await;
    assert_eq!(added.status, 201, "{}", added.body);
    assert_eq!(added.body["position"], 1);

    // Senders: SPEC's read-only fields (warmup.started_at and today_cap, health) are accepted
    // and ignored; a whole GET body goes back through PATCH.
    let sender = app
        .create_sender(
            &token,
            json!({"from_email": unique_address(), "from_name": "Jane", "daily_cap": 50,
                   "warmup": {"started_at": "2020-01-01T00:00:00Z", "today_cap": 999},
                   "health": {"label": "healthy", "bounce_rate": 0, "complaint_rate": 0, "sent_14d": 0}}),
        )
        .await;
    assert_eq!(sender["warmup"]["started_at"], "2026-03-01T09:00:00Z");
    assert_eq!(sender["warmup"]["today_cap"], 20);
    let sender_path = format!("/senders/{}", id_of(&sender));
    let mut whole = app.call("GET", &sender_path, &token, None).await.body;
    whole["from_name"] = Value::from("Jane Doe");
    let patched = app
        .call("PATCH", &sender_path, &token, Some(whole.clone()))
        .await;
    assert_eq!(patched.status, 200, "{}", patched.body);
    assert_eq!(patched.body["from_name"], "Jane Doe");
    assert_eq!(
        patched.body["identity_status"], "unconfirmed",
        "read-only, not settable"
    );
    whole["identity_status"] = Value::from("verified");
    whole["id"] = Value::from(Uuid::new_v4().to_string());
    let refused = app.call("PATCH", &sender_path, &token, Some(whole)).await;
    assert_problem(&refused, 422);
    assert_eq!(error_fields(&refused), ["id"]);
}

// ------------------------------------------------------------------ composite keys

#[tokio::test]
async fn the_database_refuses_steps_messages_and_links_across_users() {
    let app = app().await;
    let (alice, alice_token) = app.user().await;
    let (bob, _) = app.user().await;
    let template = app.create_template(&alice_token, two_steps()).await;
    let sender = app.new_sender(&alice_token, "Alice", 50).await;
    let template_id: Uuid = id_of(&template).parse().expect("uuid");
    let sender_id: Uuid = id_of(&sender).parse().expect("uuid");
    let client = app.stack.db().await;
    let step = "INSERT INTO sequence_steps (template_id, user_id, position, delay_minutes, subject, body) \
                VALUES ($1, $2, 9, 0, 's', 'b')";
    let message = "INSERT INTO outbound_emails (user_id, kind, recipient, sender_id) \
                   VALUES ($2, 'campaign', 'x@example.com', $1)";
    let link = "INSERT INTO sender_confirmations (id, sender_id, user_id, secret_hash, expires_at) \
                VALUES (gen_random_uuid(), $1, $2, '\\x00', now())";
    for (sql, parent) in [(step, template_id), (message, sender_id), (link, sender_id)] {
        let err = client
            .execute(sql, &[&parent, &bob])
            .await
            .expect_err("another user's parent is refused");
        assert_eq!(
            err.code(),
            Some(&tokio_postgres::error::SqlState::FOREIGN_KEY_VIOLATION),
            "{sql}: {err}"
        );
        client
            .execute(sql, &[&parent, &alice])
            .await
            .unwrap_or_else(|err| panic!("the owner's parent is accepted: {sql}: {err}"));
    }
    // Deleting a sender keeps its messages and their user, without the sender.
    client
        .execute("DELETE FROM senders WHERE id = $1", &[&sender_id])
        .await
        .expect("delete sender");
    let row = client
        .query_one(
            "SELECT user_id, sender_id FROM outbound_emails WHERE kind = 'campaign'",
            &[],
        )
        .await
        .expect("message kept");
    assert_eq!(row.get::<_, Option<Uuid>>(0), Some(alice));
    assert_eq!(row.get::<_, Option<Uuid>>(1), None);
}

// ------------------------------------------------------------------ isolation and bad input

#[tokio::test]
async fn no_route_reaches_another_users_senders_templates_steps_or_workspace() {
    let app = app().await;
    let (alice, alice_token) = app.user().await;
    let (bob, bob_token) = app.user().await;
    let sender = app.new_sender(&alice_token, "Alice", 50).await;
    let template = app.create_template(&alice_token, two_steps()).await;
    let alice_ws = workspace(&app, alice, Some("Ada"), true, true).await;
    let bob_template = app.create_template(&bob_token, two_steps()).await;
    let bob_ws = workspace(&app, bob, Some("Bo"), true, true).await;
    let (sender_id, template_id) = (id_of(&sender), id_of(&template));
    let step_id = id_of(&template["steps"][0]);
    let bob_preview = format!("/sequence-templates/{}/preview", id_of(&bob_template));
    let step = json!({"delay_minutes": 1, "subject": "x", "body": "{{ unsubscribe_url }}"});
    let cases: Vec<(&str, String, Option<Value>)> = vec![
        ("GET", format!("/senders/{sender_id}"), None),
        (
            "PATCH",
            format!("/senders/{sender_id}"),
            Some(json!({"daily_cap": 1})),
        ),
        ("POST", format!("/senders/{sender_id}/confirmation"), None),
        ("GET", format!("/sequence-templates/{template_id}"), None),
        (
            "PATCH",
            format!("/sequence-templates/{template_id}"),
            Some(json!({"name": "mine now"})),
        ),
        ("DELETE", format!("/sequence-templates/{template_id}"), None),
        (
            "POST",
            format!("/sequence-templates/{template_id}/steps"),
            Some(step.clone()),
        ),
        (
            "PATCH",
            format!("/sequence-steps/{step_id}"),
            Some(json!({"subject": "mine"})),
        ),
        ("DELETE", format!("/sequence-steps/{step_id}"), None),
        (
            "POST",
            format!("/sequence-templates/{template_id}/preview"),
            Some(json!({"contact_id": alice_ws.contact, "application_id": alice_ws.application})),
        ),
        // Bob's own template, pointed at Alice's contact, application, sender or step.
        (
            "POST",
            bob_preview.clone(),
            Some(json!({"contact_id": alice_ws.contact, "application_id": bob_ws.application})),
        ),
        (
            "POST",
            bob_preview.clone(),
            Some(json!({"contact_id": bob_ws.contact, "application_id": alice_ws.application})),
        ),
        (
            "POST",
            bob_preview.clone(),
            Some(
                json!({"contact_id": bob_ws.contact, "application_id": bob_ws.application,
                        "sender_id": sender_id}),
            ),
        ),
        (
            "POST",
            bob_preview.clone(),
            Some(
                json!({"contact_id": bob_ws.contact, "application_id": bob_ws.application,
                        "step_id": step_id}),
            ),
        ),
    ];
    let snapshot = || async {
        (
            app.call("GET", "/senders", &alice_token, None).await.body,
            app.call("GET", "/sequence-templates", &alice_token, None)
                .await
                .body,
        )
    };
    let before = snapshot().await;
    for (method, path, body) in cases {
        let got = app.call(method, &path, &bob_token, body).await;
        assert_problem(&got, 404);
        assert!(
            !got.body.to_string().contains("Alice"),
            "{method} {path} leaked"
        );
    }
    assert_eq!(snapshot().await, before, "Alice's data is unchanged");
    let bob_senders = app.call("GET", "/senders", &bob_token, None).await;
    assert_eq!(bob_senders.body["items"], json!([]));
    let bob_templates = app
        .call("GET", "/sequence-templates", &bob_token, None)
        .await;
    assert_eq!(
        bob_templates.body["items"].as_array().map(Vec::len),
        Some(1)
    );
}

/// Method, path, bearer token, raw body and the expected status.
type BadInput<'a> = (&'a str, &'a str, Option<&'a str>, Option<String>, u16);

#[tokio::test]
async fn bad_input_on_every_route_gets_a_problem_document_and_changes_nothing() {
    let app = app().await;
    let (_, token) = app.user().await;
    let sender = app.new_sender(&token, "Jane", 50).await;
    let template = app.create_template(&token, two_steps()).await;
    let sender_path = format!("/senders/{}", id_of(&sender));
    let template_path = format!("/sequence-templates/{}", id_of(&template));
    let steps_path = format!("{template_path}/steps");
    let step_path = format!("/sequence-steps/{}", id_of(&template["steps"][0]));
    let preview_path = format!("{template_path}/preview");
    let t = Some(token.as_str());
    let body = |value: Value| Some(value.to_string());
    let ok_step = json!({"delay_minutes": 1, "subject": "s", "body": "{{ unsubscribe_url }}"});
    let preview_of_not_a_uuid = "/sequence-templates/x/preview";
    let nil = Uuid::nil();
    let no_sender_confirmation = format!("/senders/{nil}/confirmation");
    let no_template = format!("/sequence-templates/{nil}");
    let forged_link = format!("/sender-confirmations/rfsc_{}_x", Uuid::new_v4().simple());
    let huge_sender = format!(
        "{{\"from_name\": \"{}\"}}",
        "a".repeat(shared::http::MAX_JSON_BODY_BYTES)
    );
    let unknown_step = json!({"steps": [
        {"id": Uuid::new_v4(), "delay_minutes": 1, "subject": "s", "body": "{{ unsubscribe_url }}"}]});
    let one_step_twice = json!({"steps": [
        {"id": template["steps"][0]["id"], "delay_minutes": 1, "subject": "s", "body": "{{ unsubscribe_url }}"},
        {"id": template["steps"][0]["id"], "delay_minutes": 1, "subject": "s", "body": "{{ unsubscribe_url }}"}]});
    let past_the_end =
        json!({"position": 9, "delay_minutes": 1, "subject": "s", "body": "{{ unsubscribe_url }}"});
    let strangers = json!({"contact_id": Uuid::new_v4(), "application_id": Uuid::new_v4()});
    // Every case but the JSON bodies a route finds invalid, which follow route by route.
    let mut cases: Vec<BadInput> = vec![
        // Authentication and routing.
        ("GET", "/senders", None, None, 401),
        ("POST", "/senders", Some("rfs_garbage"), None, 401),
        ("DELETE", &sender_path, t, None, 405),
        ("PUT", &template_path, t, None, 405),
        ("GET", "/senders/not-a-uuid", t, None, 404),
        ("PATCH", "/sequence-steps/42", t, body(json!({})), 404),
        ("POST", preview_of_not_a_uuid, t, body(json!({})), 404),
        // POST /senders
        ("POST", "/senders", t, Some("{not json".into()), 400),
        ("POST", "/senders", t, Some(String::new()), 400),
        ("POST", "/senders", t, Some(huge_sender), 413),
        // POST /senders/{id}/confirmation
        ("POST", &no_sender_confirmation, t, None, 404),
        // GET and POST /sender-confirmations/{token}: public, and a bad link is a 404
        ("GET", "/sender-confirmations/nope", None, None, 404),
        ("POST", "/sender-confirmations/nope", None, None, 404),
        ("POST", &forged_link, None, None, 404),
        ("DELETE", "/sender-confirmations/nope", None, None, 405),
        // GET /senders
        ("GET", "/senders?limit=0", t, None, 422),
        ("GET", "/senders?cursor=garbage", t, None, 422),
        // PATCH /senders/{id}
        ("PATCH", &sender_path, t, Some("{".into()), 400),
        // POST /sequence-templates
        ("POST", "/sequence-templates", t, Some("nope".into()), 400),
        // GET /sequence-templates
        ("GET", "/sequence-templates?limit=201", t, None, 422),
        // PATCH /sequence-templates/{id}
        ("PATCH", &template_path, t, body(unknown_step), 409),
        // DELETE /sequence-templates/{id}
        ("DELETE", &no_template, t, None, 404),
        // POST /sequence-templates/{id}/steps
        ("POST", &steps_path, t, Some("[".into()), 400),
        ("POST", &steps_path, t, body(past_the_end), 409),
        // DELETE /sequence-steps/{id}
        ("DELETE", "/sequence-steps/not-a-uuid", t, None, 404),
        // POST /sequence-templates/{id}/preview
        ("POST", &preview_path, t, Some("{".into()), 400),
        ("POST", &preview_path, t, body(strangers), 404),
    ];
    for invalid in [
        json!([1]),
        json!({"from_email": "a@b.co"}),
        json!({"from_email": "nope", "from_name": "J", "daily_cap": 5}),
        json!({"from_email": "a@b.co", "from_name": "J\r\nBcc: x@y.z", "daily_cap": 5}),
        json!({"from_email": "a@b.co", "from_name": "J", "daily_cap": 0}),
        json!({"from_email": "a@b.co", "from_name": "J", "daily_cap": 1e12}),
        json!({"from_email": "a@b.co", "from_name": "J", "daily_cap": 5,
               "warmup": {"start_cap": 10_001}}),
        json!({"from_email": "a@b.co", "from_name": "J", "daily_cap": 5,
               "warmup": {"daily_increase": 0}}),
        json!({"from_email": "a@b.co", "from_name": "J", "daily_cap": 5, "extra": 1}),
        json!({"from_email": "jane@gmail.com", "from_name": "J", "daily_cap": 5}),
        json!({"from_email": format!("x@{MAIL_DOMAIN}"), "from_name": "J", "daily_cap": 5}),
    ] {
        cases.push(("POST", "/senders", t, body(invalid), 422));
    }
    for invalid in [
        json!({"from_email": "b@c.de"}),
        json!({"daily_cap": "many"}),
        json!({"daily_cap": 10_001}),
        json!({"from_name": ""}),
        json!({"warmup": {"restart": "yes"}}),
    ] {
        cases.push(("PATCH", &sender_path, t, body(invalid), 422));
    }
    for invalid in [
        json!({"name": ""}),
        json!({"name": "x", "steps": {}}),
        json!({"name": "x", "steps": [
            {"delay_minutes": -1, "subject": "s", "body": "{{ unsubscribe_url }}"}]}),
        json!({"name": "x", "steps": vec![ok_step.clone(); 11]}),
        json!({"name": "x", "steps": [
            {"delay_minutes": 1, "subject": "a\nb", "body": "{{ unsubscribe_url }}"}]}),
        json!({"name": "x", "steps": [
            {"position": 2, "delay_minutes": 1, "subject": "s", "body": "{{ unsubscribe_url }}"}]}),
        json!({"name": "x", "steps": [
            {"position": 1, "delay_minutes": 1, "subject": "s",
             "body": "{% for a in offer %}{% for b in offer %}{% for c in offer %}{% endfor %}{% endfor %}{% endfor %}{{ unsubscribe_url }}"}]}),
    ] {
        cases.push(("POST", "/sequence-templates", t, body(invalid), 422));
    }
    for invalid in [json!({"name": 7}), one_step_twice] {
        cases.push(("PATCH", &template_path, t, body(invalid), 422));
    }
    for invalid in [
        json!({"subject": "s"}),
        json!({"delay_minutes": 1, "subject": "s", "body": "x".repeat(20_001)}),
    ] {
        cases.push(("POST", &steps_path, t, body(invalid), 422));
    }
    for invalid in [
        json!({"position": 0}),
        json!({"delay_minutes": 600_000}),
        json!({"body": "{{ unsubscribe_url }"}),
    ] {
        cases.push(("PATCH", &step_path, t, body(invalid), 422));
    }
    for invalid in [
        json!({"contact_id": "x", "application_id": "y"}),
        json!({"contact_id": Uuid::new_v4()}),
    ] {
        cases.push(("POST", &preview_path, t, body(invalid), 422));
    }
    let count_rows = || async {
        app.count(
            "SELECT (SELECT count(*) FROM senders) + (SELECT count(*) FROM sequence_templates) \
             + (SELECT count(*) FROM sequence_steps) + (SELECT count(*) FROM audit_log) \
             + (SELECT count(*) FROM sender_confirmations) + (SELECT count(*) FROM outbound_emails)",
        )
        .await
    };
    let snapshot = || async {
        (
            app.call("GET", &sender_path, &token, None).await.body,
            app.call("GET", &template_path, &token, None).await.body,
        )
    };
    let (rows_before, before) = (count_rows().await, snapshot().await);
    for (method, path, token, body, status) in cases {
        let got = app.api.call_raw(method, path, token, body.as_deref()).await;
        assert_eq!(got.status, status, "{method} {path}: {}", got.body);
        assert_problem(&got, status);
    }
    assert_eq!(
        app.mailed().await.len(),
        1,
        "only the sender created above was mailed"
    );
    assert_eq!(
        count_rows().await,
        rows_before,
        "rejected requests changed nothing"
    );
    assert_eq!(
        snapshot().await,
        before,
        "rejected requests changed nothing"
    );
}

// ------------------------------------------------------------------ sample events

const SAMPLE_SENDER: &str = "5e0d1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b";
const SAMPLE_TEMPLATE: &str = "7a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d";
const SAMPLE_STEP: &str = "8b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e";
const SAMPLE_CONTACT: &str = "9c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f";
const SAMPLE_APPLICATION: &str = "0d4e5f6a-7b8c-4d9e-8f0a-2b3c4d5e6f7a";
const SAMPLE_CONFIRMATION_TOKEN: &str =
    "rfsc_3f6a7b8c9d0e4f1a8b2c3d4e5f6a7b8c_c2FtcGxlLXNlY3JldC1mcm9tLXRoZS1lbWFpbGVkLWxpbms";

#[tokio::test]
async fn sending_samples() {
    let app = app().await;
    let (user, token) = app.user().await;
    // The rows the samples name, with the ids they name.
    let uuid = |raw: &str| -> Uuid { raw.parse().expect("uuid") };
    let (template_id, step_id) = (uuid(SAMPLE_TEMPLATE), uuid(SAMPLE_STEP));
    workspace_with_ids(
        &app,
        user,
        Some("Ada"),
        true,
        true,
        Some((uuid(SAMPLE_CONTACT), uuid(SAMPLE_APPLICATION))),
    )
    .await;
    let client = app.stack.db().await;
    client
        .execute(
            "INSERT INTO senders (id, user_id, from_email, from_name, daily_cap, warmup_start_cap, \
                                  warmup_daily_increase, warmup_started_at, identity_status) \
             VALUES ($1, $2, 'jane.sample@example.com', 'Jane Doe', 50, 10, 10, $3, 'unconfirmed')",
            &[&uuid(SAMPLE_SENDER), &user, &day(1, 9)],
        )
        .await
        .expect("sample sender");
    // The sender whose emailed link the confirmation samples follow.
    let (link_id, secret) =
        shared::auth::split_token(SAMPLE_CONFIRMATION_TOKEN, "rfsc_").expect("sample token");
    client
        .execute(
            "WITH s AS ( \
                INSERT INTO senders (user_id, from_email, from_name, daily_cap, warmup_start_cap, \
                                     warmup_daily_increase, warmup_started_at) \
                VALUES ($1, 'owner.sample@example.com', 'Owner', 50, 10, 10, $2) RETURNING id) \
             INSERT INTO sender_confirmations (id, sender_id, user_id, secret_hash, expires_at) \
             SELECT $3, s.id, $1, $4, now() + interval '1 day' FROM s",
            &[
                &user,
                &day(1, 9),
                &link_id,
                &shared::auth::hash_secret(secret),
            ],
        )
        .await
        .expect("sample confirmation link");
    client
        .execute(
            "INSERT INTO sequence_templates (id, user_id, name) VALUES ($1, $2, 'Sample')",
            &[&template_id, &user],
        )
        .await
        .expect("sample template");
    for (id, position, subject) in [(Uuid::new_v4(), 1, "Hello"), (step_id, 2, "Again")] {
        client
            .execute(
                "INSERT INTO sequence_steps (id, template_id, user_id, position, delay_minutes, subject, body) \
                 VALUES ($1, $2, $3, $4, 60, $5, $6)",
                &[&id, &template_id, &user, &position, &subject, &BODY],
            )
            .await
            .expect("sample step");
    }

    let cases = [
        ("api-sending/create-sender.json", 201),
        ("api-sending/list-senders.json", 200),
        ("api-sending/get-sender.json", 200),
        ("api-sending/update-sender.json", 200),
        ("api-sending/resend-sender-confirmation.json", 202),
        ("api-sending/show-sender-confirmation.json", 200),
        ("api-sending/confirm-sender.json", 200),
        ("api-sending/create-sequence-template.json", 201),
        ("api-sending/list-sequence-templates.json", 200),
        ("api-sending/get-sequence-template.json", 200),
        ("api-sending/update-sequence-template.json", 200),
        ("api-sending/add-sequence-step.json", 201),
        ("api-sending/update-sequence-step.json", 200),
        ("api-sending/preview-sequence-step.json", 200),
        ("api-sending/delete-sequence-step.json", 204),
        ("api-sending/delete-sequence-template.json", 204),
        ("api-sending/analytics-overview.json", 200),
        // The sample names a campaign this user does not have.
        ("api-sending/campaign-analytics.json", 404),
    ];
    for (file, status) in cases {
        let mut event = event_json(file);
        event["headers"]["authorization"] = Value::from(format!("Bearer {token}"));
        let got = app.api.send(event).await;
        assert_eq!(got.status, status, "{file}: {}", got.body);
    }
    // The form post confirmed the sender its link was mailed for.
    assert_eq!(
        app.count(
            "SELECT count(*) FROM senders WHERE from_email = 'owner.sample@example.com' \
             AND identity_status = 'verified' AND confirmed_at IS NOT NULL"
        )
        .await,
        1
    );
}

/// A well-formed request the template's state cannot take is a 409 (the OpenAPI document can
/// state syntax, not state): previewing before any step, an eleventh step, a position past the
/// end. Whole numbers written `5.0` are read as JSON Schema's `integer` reads them.
#[tokio::test]
async fn state_conflicts_are_409_and_whole_numbers_may_be_written_as_floats() {
    let app = app().await;
    let (user, token) = app.user().await;
    let empty = app
        .call(
            "POST",
            "/sequence-templates",
            &token,
            Some(json!({"name": "Empty"})),
        )
        .await;
    assert_eq!(empty.status, 201, "{}", empty.body);
    let path = format!("/sequence-templates/{}", id_of(&empty.body));
    let ready = workspace(&app, user, Some("Ada"), true, true).await;
    let preview = app
        .call(
            "POST",
            &format!("{path}/preview"),
            &token,
            Some(json!({"contact_id": ready.contact, "application_id": ready.application})),
        )
        .await;
    assert_problem(&preview, 409);

    let step = |delay: f64| json!({"delay_minutes": delay, "subject": "s", "body": "{{ unsubscribe_url }}"});
    let past_end = app
        .call(
            "POST",
            &format!("{path}/steps"),
            &token,
            Some({
                let mut body = step(1.0);
                body["position"] = json!(2);
                body
            }),
        )
        .await;
    assert_problem(&past_end, 409);
    for _ in 0..10 {
        let added = app
            .call("POST", &format!("{path}/steps"), &token, Some(step(60.0)))
            .await;
        assert_eq!(added.status, 201, "{}", added.body);
        assert_eq!(added.body["delay_minutes"], 60);
    }
    let eleventh = app
        .call("POST", &format!("{path}/steps"), &token, Some(step(1.0)))
        .await;
    assert_problem(&eleventh, 409);
    let fraction = app
        .call("POST", &format!("{path}/steps"), &token, Some(step(1.5)))
        .await;
    assert_problem(&fraction, 422);
    let template = app.call("GET", &path, &token, None).await;
    assert_eq!(template.body["steps"].as_array().map(Vec::len), Some(10));

    let sender = app
        .call(
            "POST",
            "/senders",
            &token,
            Some(
                json!({"from_email": unique_address(), "from_name": "Grace", "daily_cap": 5.0,
                        "warmup": {"start_cap": 2.0}}),
            ),
        )
        .await;
    assert_eq!(sender.status, 201, "{}", sender.body);
    assert_eq!(sender.body["daily_cap"], 5);
    assert_eq!(sender.body["warmup"]["start_cap"], 2);
}
