//! Campaigns end to end in process, against the real Postgres and the AWS emulator: launch
//! with its skip reasons, the scheduler's checks (caps, quota, window), the send worker's
//! headers and threading, one-click unsubscribe, pause between enqueue and send, SES events
//! that stop enrollments, auto-pause on a sender's bounce rate, replies; analytics and usage in
//! `analytics.rs`, the daily summary in `summary.rs`.

mod analytics;
mod summary;

use std::sync::Arc;

use aws_lambda_events::sqs::SqsEvent;
use chrono::{DateTime, Duration, Utc};
use integration_tests::*;
use serde_json::{Value, json};
use uuid::Uuid;

/// Everything a campaign touches, built as each function's `main` builds it.
struct App {
    stack: TestStack,
    sending: Api,
    contacts: Api,
    workspace: Api,
    /// api-sending's state, for its idempotency store.
    sending_state: Arc<api_sending::AppState>,
    scheduler: scheduler::State,
    worker: mail_worker::State,
    events: ses_events::State,
    /// The mail queue: sender confirmations, campaign messages and notices.
    queue: String,
    verify_queue: String,
    replies: reply_worker::State,
    /// Where SES's receipt rule stores inbound mail.
    inbound_bucket: String,
}

const CONFIGURATION_SET: &str = "roleferry-campaigns-test";
const TOPIC: &str = "arn:aws:sns:us-east-1:123456789012:roleferry-campaigns-test";

async fn app() -> App {
    let stack = TestStack::new().await;
    let (queue, _) = stack.queue().await;
    let (verify_queue, _) = stack.queue().await;
    let bucket = stack.bucket().await;
    ses_sending_setup(&stack.aws, CONFIGURATION_SET).await;
    let sending = api_sending::AppState::build(api_sending::Config {
        api: stack.api_config(),
        app_base_url: APP_BASE_URL.into(),
        mail_queue_url: queue.clone(),
        verify_queue_url: verify_queue.clone(),
        mail_domain: MAIL_DOMAIN.into(),
        token_key: token_key(),
        dns_resolver: Some(dns_resolver()),
    })
    .await
    .expect("api-sending state");
    let contacts = api_contacts::AppState::build(api_contacts::Config {
        api: stack.api_config(),
        verify_queue_url: verify_queue.clone(),
        uploads_bucket: bucket.clone(),
    })
    .await
    .expect("api-contacts state");
    let workspace = api_workspace::AppState::build(api_workspace::Config {
        api: stack.api_config(),
        uploads_bucket: bucket,
    })
    .await
    .expect("api-workspace state");
    let scheduler = scheduler::State::build(scheduler::Config {
        database: stack.database.clone(),
        mail_queue_url: queue.clone(),
        app_base_url: APP_BASE_URL.into(),
        token_key: token_key(),
        // Pacing is its own test; everything else sends without waiting for slots.
        pacing_speedup: 1_000_000.0,
    })
    .await
    .expect("scheduler state");
    let worker = stack.mail_worker(&queue, CONFIGURATION_SET).await;
    let events = stack.ses_events(TOPIC, &queue).await;
    let (inbound_queue, _) = stack.queue().await;
    let replies = reply_worker::State::build(reply_worker::Config {
        upload: shared::s3_event::UploadWorkerConfig {
            database: stack.database.clone(),
            queue_url: inbound_queue,
        },
        token_key: token_key(),
        mail_queue_url: queue.clone(),
    })
    .await
    .expect("reply-worker state");
    let inbound_bucket = stack.bucket().await;
    let sending = Arc::new(sending);
    App {
        sending: Api::new(api_sending::app(sending.clone()).0),
        sending_state: sending,
        contacts: Api::new(api_contacts::app(Arc::new(contacts)).0),
        workspace: Api::new(api_workspace::app(Arc::new(workspace)).0),
        stack,
        scheduler,
        worker,
        events,
        queue,
        verify_queue,
        replies,
        inbound_bucket,
    }
}

const STEP_ONE: &str = "Hi {{ contact.first_name }},\n\nI read about the {{ job.title }} role. \
    I cut deploy times from hours to minutes twice.\n\n{{ sender.name }}\n\nNot interested? {{ unsubscribe_url }}";
const STEP_TWO: &str = "Hi {{ contact.first_name }}, a short follow-up.\n\n{{ unsubscribe_url }}";

/// What one user has set up to launch campaigns: a verified sender, a two-step template and
/// an application.
struct Seeker {
    user: User,
    sender_id: String,
    template_id: String,
    application_id: String,
}

impl App {
    /// Removes a handled message from the mail queue, as Lambda's event source mapping does.
    async fn delete(&self, receipt_handle: Option<&str>) {
        shared::aws::sqs(&self.stack.aws)
            .delete_message()
            .queue_url(&self.queue)
            .receipt_handle(receipt_handle.expect("a receipt handle"))
            .send()
            .await
            .expect("delete");
    }

    /// Takes every job off the mail queue, without running them.
    async fn take_jobs(&self) -> Vec<shared::mail::MailJob> {
        let mut jobs = Vec::new();
        loop {
            let event: SqsEvent = receive_as_event(&self.stack.aws, &self.queue).await;
            if event.records.is_empty() {
                return jobs;
            }
            for record in &event.records {
                self.delete(record.receipt_handle.as_deref()).await;
                let body = record.body.as_deref().unwrap_or_default();
                jobs.push(serde_json::from_str(body).expect("a mail job"));
            }
        }
    }

    /// Runs the mail worker over what is on the queue until it is empty, deleting what it
    /// handled; returns how many jobs that was.
    async fn drain(&self) -> usize {
        let mut handled = 0;
        loop {
            let event = receive_as_event(&self.stack.aws, &self.queue).await;
            if event.records.is_empty() {
                return handled;
            }
            handled += event.records.len();
            let receipts: Vec<Option<String>> = event
                .records
                .iter()
                .map(|record| record.receipt_handle.clone())
                .collect();
            let response = mail_worker::handle_batch(&self.worker, event).await;
            assert!(
                response.batch_item_failures.is_empty(),
                "{:?}",
                response.batch_item_failures
            );
            for receipt in &receipts {
                self.delete(receipt.as_deref()).await;
            }
        }
    }

    async fn tick(&self, now: DateTime<Utc>) -> scheduler::TickReport {
        scheduler::tick(&self.scheduler, now).await.expect("tick")
    }

    /// A user with a sender at example.test (whose SPF and DMARC records the local DNS
    /// publishes), confirmed through its mailed link (so SES verified it), a template of two
    /// steps (`delay` minutes apart) and an application for a job.
    async fn seeker(&self, daily_cap: u32, delay: u32) -> Seeker {
        self.seeker_at("example.test", daily_cap, delay).await
    }

    /// Like [`App::seeker`], with the sender at `domain`.
    async fn seeker_at(&self, domain: &str, daily_cap: u32, delay: u32) -> Seeker {
        let user = self.stack.user().await;
        let address = format!("grace-{}@{domain}", Uuid::new_v4().simple());
        let sender = self
            .sending
            .post(
                "/senders",
                &user.token,
                json!({"from_email": address, "from_name": "Grace Hopper", "daily_cap": daily_cap,
                       "warmup": {"start_cap": daily_cap}}),
            )
            .await;
        assert_eq!(sender.status, 201, "{}", sender.body);
        let job = self
            .take_jobs()
            .await
            .into_iter()
            .find_map(|job| match job {
                shared::mail::MailJob::SenderConfirmation { confirm_url, .. } => Some(confirm_url),
                _ => None,
            })
            .expect("a confirmation mail");
        let token = job.rsplit('/').next().expect("token");
        let confirmed = self
            .sending
            .call_raw(
                "POST",
                &format!("/sender-confirmations/{token}"),
                None,
                None,
            )
            .await;
        assert_eq!(confirmed.status, 200, "{}", confirmed.body);
        assert_eq!(confirmed.body["identity_status"], "verified");
        let template = self
            .sending
            .post(
                "/sequence-templates",
                &user.token,
                json!({"name": "Two steps", "steps": [
                    {"delay_minutes": 0, "subject": "{{ job.title }}, an idea", "body": STEP_ONE},
                    {"delay_minutes": delay, "subject": "Following up", "body": STEP_TWO},
                ]}),
            )
            .await;
        assert_eq!(template.status, 201, "{}", template.body);
        let job = self
            .workspace
            .post(
                "/jobs",
                &user.token,
                json!({"title": "Staff Engineer", "company": "Acme Pay", "description": "Rust"}),
            )
            .await;
        assert_eq!(job.status, 201, "{}", job.body);
        let application = self
            .workspace
            .post(
                "/applications",
                &user.token,
                json!({"job_id": job.body["id"]}),
            )
            .await;
        assert_eq!(application.status, 201, "{}", application.body);
        Seeker {
            sender_id: id(&sender.body),
            template_id: id(&template.body),
            application_id: id(&application.body),
            user,
        }
    }

    /// A contact of `user`, with its verification as the verify worker would have left it.
    async fn contact(
        &self,
        user: &User,
        email: &str,
        first_name: Option<&str>,
        verification: &str,
    ) -> String {
        let created = self
            .contacts
            .post(
                "/contacts",
                &user.token,
                json!({"email": email, "first_name": first_name, "company": "Acme Pay"}),
            )
            .await;
        assert_eq!(created.status, 201, "{}", created.body);
        let contact_id = id(&created.body);
        let uuid: Uuid = contact_id.parse().expect("uuid");
        self.stack
            .db()
            .await
            .execute(
                "UPDATE contacts SET verification_status = $2 WHERE id = $1",
                &[&uuid, &verification],
            )
            .await
            .expect("verification set");
        contact_id
    }

    /// A draft campaign of the seeker's to `contact_ids`, sending any day at any hour (UTC).
    async fn campaign(&self, seeker: &Seeker, contact_ids: &[String]) -> String {
        let created = self
            .sending
            .post(
                "/campaigns",
                &seeker.user.token,
                json!({
                    "name": "Acme Pay",
                    "sequence_template_id": seeker.template_id,
                    "sender_id": seeker.sender_id,
                    "application_id": seeker.application_id,
                    "contact_ids": contact_ids,
                    "schedule": {"timezone": "UTC",
                                 "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                                 "start_hour": 0, "end_hour": 24},
                }),
            )
            .await;
        assert_eq!(created.status, 201, "{}", created.body);
        assert_eq!(created.body["status"], "draft");
        id(&created.body)
    }

    /// A launched campaign of the seeker's to `count` new valid contacts labelled `label`.
    async fn launched(&self, seeker: &Seeker, count: usize, label: &str) -> (Vec<String>, String) {
        let mut contacts = Vec::with_capacity(count);
        for index in 0..count {
            let email = address(&format!("{label}{index}"));
            contacts.push(
                self.contact(&seeker.user, &email, Some("Ada"), "valid")
                    .await,
            );
        }
        let campaign = self.campaign(seeker, &contacts).await;
        let launched = self.launch(seeker, &campaign).await;
        assert_eq!(launched.status, 202, "{}", launched.body);
        (contacts, campaign)
    }

    async fn launch(&self, seeker: &Seeker, campaign_id: &str) -> Answer {
        self.sending
            .post(
                &format!("/campaigns/{campaign_id}/launch"),
                &seeker.user.token,
                json!({}),
            )
            .await
    }

    async fn messages(&self, seeker: &Seeker, campaign_id: &str) -> Vec<Value> {
        let listed = self
            .sending
            .get(
                &format!("/campaigns/{campaign_id}/messages?limit=200"),
                &seeker.user.token,
            )
            .await;
        assert_eq!(listed.status, 200, "{}", listed.body);
        listed.body["items"].as_array().cloned().unwrap_or_default()
    }

    async fn enrollments(&self, seeker: &Seeker, campaign_id: &str) -> Vec<Value> {
        let listed = self
            .sending
            .get(
                &format!("/campaigns/{campaign_id}/enrollments?limit=200"),
                &seeker.user.token,
            )
            .await;
        assert_eq!(listed.status, 200, "{}", listed.body);
        listed.body["items"].as_array().cloned().unwrap_or_default()
    }
}

fn id(value: &Value) -> String {
    value["id"].as_str().expect("id").to_owned()
}

fn address(label: &str) -> String {
    format!("{label}-{}@acme.test", Uuid::new_v4().simple())
}

/// The enrollment of `contact_id` in a listing.
fn enrollment_of<'a>(enrollments: &'a [Value], contact_id: &str) -> &'a Value {
    enrollments
        .iter()
        .find(|enrollment| enrollment["contact_id"] == contact_id)
        .unwrap_or_else(|| panic!("no enrollment of {contact_id}: {enrollments:?}"))
}

fn skip_reason(launch: &Answer, contact_id: &str) -> Option<String> {
    launch.body["skipped"]
        .as_array()?
        .iter()
        .find(|skipped| skipped["contact_id"] == contact_id)
        .and_then(|skipped| skipped["reason"].as_str())
        .map(str::to_owned)
}

#[tokio::test]
async fn launch_enrolls_what_can_be_sent_and_skips_the_rest_with_reasons() {
    let app = app().await;
    let seeker = app.seeker(50, 60).await;
    let user = &seeker.user;
    let valid = app
        .contact(user, &address("valid"), Some("Ada"), "valid")
        .await;
    let suppressed_address = address("suppressed");
    let suppressed = app
        .contact(user, &suppressed_address, Some("Bo"), "valid")
        .await;
    let added = app
        .contacts
        .post(
            "/suppressions",
            &user.token,
            json!({"email": suppressed_address, "reason": "manual"}),
        )
        .await;
    assert_eq!(added.status, 201, "{}", added.body);
    let invalid = app
        .contact(user, &address("invalid"), Some("Cy"), "invalid")
        .await;
    let risky = app
        .contact(user, &address("risky"), Some("Di"), "risky")
        .await;
    let nameless = app.contact(user, &address("nameless"), None, "valid").await;
    let unverified = app
        .contact(user, &address("new"), Some("Ed"), "unverified")
        .await;
    let contacts = [
        &valid,
        &suppressed,
        &invalid,
        &risky,
        &nameless,
        &unverified,
    ]
    .map(|id| (*id).clone());
    let campaign = app.campaign(&seeker, &contacts).await;

    let launched = app.launch(&seeker, &campaign).await;
    assert_eq!(launched.status, 202, "{}", launched.body);
    assert_eq!(launched.body["enrolled"], 2, "{}", launched.body);
    assert_eq!(
        skip_reason(&launched, &suppressed).as_deref(),
        Some("suppressed")
    );
    assert_eq!(skip_reason(&launched, &invalid).as_deref(), Some("invalid"));
    assert_eq!(skip_reason(&launched, &risky).as_deref(), Some("risky"));
    assert_eq!(
        skip_reason(&launched, &nameless).as_deref(),
        Some("missing_variable")
    );
    let nameless_skip = launched.body["skipped"]
        .as_array()
        .and_then(|skipped| {
            skipped
                .iter()
                .find(|s| s["contact_id"] == nameless.as_str())
        })
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        nameless_skip["detail"], "contact.first_name",
        "{nameless_skip}"
    );
    assert_eq!(skip_reason(&launched, &valid), None);
    assert_eq!(skip_reason(&launched, &unverified), None);

    // The unverified contact is enrolled, marked pending and queued for verification.
    let pending = app
        .contacts
        .get(&format!("/contacts/{unverified}"), &user.token)
        .await;
    assert_eq!(pending.body["verification"]["status"], "pending");
    let verify_jobs = receive_as_event(&app.stack.aws, &app.verify_queue).await;
    assert!(
        verify_jobs.records.iter().any(|record| record
            .body
            .as_deref()
            .unwrap_or_default()
            .contains(&unverified)),
        "no verification queued"
    );

    // Launched: a second launch is a 409, and only name and schedule may change.
    let again = app.launch(&seeker, &campaign).await;
    assert_problem(&again, 409);
    assert_eq!(
        again.body["type"]
            .as_str()
            .map(|t| t.ends_with("campaign-not-draft")),
        Some(true),
        "{}",
        again.body
    );
    let retarget = app
        .sending
        .call(
            "PATCH",
            &format!("/campaigns/{campaign}"),
            Some(&user.token),
            Some(json!({"contact_ids": [valid]})),
        )
        .await;
    assert_problem(&retarget, 409);
    let renamed = app
        .sending
        .call(
            "PATCH",
            &format!("/campaigns/{campaign}"),
            Some(&user.token),
            Some(json!({"name": "Acme Pay, round one"})),
        )
        .await;
    assert_eq!(renamed.status, 200, "{}", renamed.body);
    assert_eq!(renamed.body["enrollments"]["active"], 2);
    let deleted = app
        .sending
        .delete(&format!("/campaigns/{campaign}"), &user.token)
        .await;
    assert_problem(&deleted, 409);

    // A second campaign to the same contacts: the one already in a sequence is skipped.
    let second = app.campaign(&seeker, &contacts).await;
    let relaunched = app.launch(&seeker, &second).await;
    assert_eq!(relaunched.status, 202, "{}", relaunched.body);
    assert_eq!(
        skip_reason(&relaunched, &valid).as_deref(),
        Some("already_in_sequence")
    );
    assert_eq!(relaunched.body["enrolled"], 0, "{}", relaunched.body);
    let second_campaign = app
        .sending
        .get(&format!("/campaigns/{second}"), &user.token)
        .await;
    assert_eq!(
        second_campaign.body["status"], "completed",
        "nobody to send to"
    );

    // Another user sees none of it.
    let stranger = app.stack.user().await;
    let hidden = app
        .sending
        .get(&format!("/campaigns/{campaign}"), &stranger.token)
        .await;
    assert_problem(&hidden, 404);
    let foreign_launch = app
        .sending
        .post(
            &format!("/campaigns/{campaign}/launch"),
            &stranger.token,
            json!({}),
        )
        .await;
    assert_problem(&foreign_launch, 404);
}

#[tokio::test]
async fn launch_is_refused_while_mail_from_the_sender_domain_cannot_pass_dmarc() {
    let app = app().await;
    // aonly.test publishes no DMARC record (local/dnsmasq.conf); confirming the sender started
    // Easy DKIM for the domain, which the emulator verifies at once.
    let seeker = app.seeker_at("aonly.test", 50, 60).await;
    let user = &seeker.user;
    let contact = app
        .contact(user, &address("valid"), Some("Ada"), "valid")
        .await;
    let campaign = app.campaign(&seeker, std::slice::from_ref(&contact)).await;

    let refused = app.launch(&seeker, &campaign).await;
    assert_problem(&refused, 409);
    assert_eq!(
        refused.body["type"], "https://roleferry.com/problems/sender-domain-not-ready",
        "{}",
        refused.body
    );
    assert_eq!(
        refused.body["detail"],
        "Mail from aonly.test cannot pass DMARC yet. aonly.test has no DMARC record: publish TXT \
         _dmarc.aonly.test \"v=DMARC1; p=none\"."
    );

    // Nothing changed: still a draft, nobody enrolled, nothing queued.
    let fetched = app
        .sending
        .get(&format!("/campaigns/{campaign}"), &user.token)
        .await;
    assert_eq!(fetched.body["status"], "draft", "{}", fetched.body);
    assert!(app.enrollments(&seeker, &campaign).await.is_empty());
    assert_eq!(app.drain().await, 0);

    // The sender says the same before anyone tries to launch.
    let sender = app
        .sending
        .get(&format!("/senders/{}", seeker.sender_id), &user.token)
        .await;
    let readiness = &sender.body["readiness"];
    assert_eq!(readiness["can_send"], false, "{readiness}");
    assert_eq!(readiness["dkim"]["status"], "success", "{readiness}");
    assert_eq!(readiness["dmarc"]["status"], "missing", "{readiness}");
    assert_eq!(
        readiness["missing"],
        json!([
            "aonly.test has no DMARC record: publish TXT _dmarc.aonly.test \"v=DMARC1; p=none\"."
        ])
    );

    // A sender at example.test launches the same campaign shape.
    let ready = app.seeker(50, 60).await;
    let contact = app
        .contact(&ready.user, &address("valid"), Some("Ada"), "valid")
        .await;
    let campaign = app.campaign(&ready, &[contact]).await;
    let launched = app.launch(&ready, &campaign).await;
    assert_eq!(launched.status, 202, "{}", launched.body);
}

#[tokio::test]
async fn bad_campaigns_are_refused_with_the_fields_named_and_nothing_stored() {
    let app = app().await;
    let seeker = app.seeker(50, 60).await;
    let stranger = app.seeker(50, 60).await;
    let created = app
        .sending
        .post(
            "/campaigns",
            &seeker.user.token,
            json!({
                "name": " ",
                "sequence_template_id": stranger.template_id,
                "sender_id": seeker.sender_id,
                "application_id": seeker.application_id,
                "contact_ids": [Uuid::new_v4()],
                "schedule": {"timezone": "Mars/Olympus", "days": ["funday"], "start_hour": 17,
                             "end_hour": 25},
            }),
        )
        .await;
    assert_problem(&created, 422);
    let fields: Vec<&str> = created.body["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .filter_map(|error| error["field"].as_str())
        .collect();
    for field in ["name", "schedule.timezone", "schedule.days"] {
        assert!(fields.contains(&field), "{field} not named: {fields:?}");
    }
    assert!(
        fields
            .iter()
            .any(|field| field.starts_with("schedule.") && field.ends_with("_hour")),
        "{fields:?}"
    );
    // With a valid shape, a reference to someone else's template is a 404, as everywhere.
    let foreign = app
        .sending
        .post(
            "/campaigns",
            &seeker.user.token,
            json!({
                "name": "x",
                "sequence_template_id": stranger.template_id,
                "sender_id": seeker.sender_id,
                "application_id": seeker.application_id,
                "contact_ids": [],
                "schedule": {"timezone": "UTC", "days": ["mon"], "start_hour": 9, "end_hour": 17},
            }),
        )
        .await;
    assert_problem(&foreign, 404);
    let twice = app
        .sending
        .post(
            "/campaigns",
            &seeker.user.token,
            json!({
                "name": "x",
                "sequence_template_id": seeker.template_id,
                "sender_id": seeker.sender_id,
                "application_id": seeker.application_id,
                "contact_ids": [],
                "schedule": {"timezone": "UTC", "days": ["tue", "tue"], "start_hour": 9,
                             "end_hour": 17},
            }),
        )
        .await;
    assert_problem(&twice, 422);
    assert_eq!(twice.body["errors"][0]["field"], "schedule.days");
    let malformed = app
        .sending
        .call_raw("POST", "/campaigns", Some(&seeker.user.token), Some("{"))
        .await;
    assert_problem(&malformed, 400);
    let user_id = seeker.user.id;
    assert_eq!(
        app.stack
            .count(
                "SELECT count(*) FROM campaigns WHERE user_id = $1",
                &[&user_id]
            )
            .await,
        0
    );
    // Any two hours in range are a window: an end at or before the start runs overnight.
    let overnight = app
        .sending
        .post(
            "/campaigns",
            &seeker.user.token,
            json!({
                "name": "night owls",
                "sequence_template_id": seeker.template_id,
                "sender_id": seeker.sender_id,
                "application_id": seeker.application_id,
                "contact_ids": [],
                "schedule": {"timezone": "Asia/Tokyo", "days": ["sun", "fri"], "start_hour": 22,
                             "end_hour": 6},
            }),
        )
        .await;
    assert_eq!(overnight.status, 201, "{}", overnight.body);
    assert_eq!(
        overnight.body["schedule"],
        json!({"timezone": "Asia/Tokyo", "days": ["fri", "sun"], "start_hour": 22, "end_hour": 6})
    );
}

#[tokio::test]
async fn steps_go_out_threaded_and_unsubscribe_stops_the_rest() {
    let app = app().await;
    let seeker = app.seeker(50, 60).await;
    let user = &seeker.user;
    let first = app
        .contact(user, &address("first"), Some("Ada"), "valid")
        .await;
    let second = app
        .contact(user, &address("second"), Some("Bo"), "valid")
        .await;
    let campaign = app
        .campaign(&seeker, &[first.clone(), second.clone()])
        .await;
    let launched = app.launch(&seeker, &campaign).await;
    assert_eq!(launched.body["enrolled"], 2, "{}", launched.body);

    let now = Utc::now();
    let tick = app.tick(now).await;
    assert_eq!(tick.messages_made, 2, "{tick:?}");
    assert_eq!(tick.enqueued, 2, "{tick:?}");
    // A second tick at the same moment makes nothing new: each step is one message.
    let again = app.tick(now).await;
    assert_eq!(again.messages_made, 0, "{again:?}");
    assert_eq!(app.drain().await, 2);

    let messages = app.messages(&seeker, &campaign).await;
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(
        messages.iter().all(|message| message["status"] == "sent"),
        "{messages:?}"
    );
    let sent = sent_mail().await;
    let step_one_of = |contact: &str| -> SentMail {
        let message = messages
            .iter()
            .find(|message| message["contact_id"] == contact)
            .expect("a message");
        let ses_id = message["ses_message_id"].as_str().expect("ses id");
        sent.iter()
            .find(|mail| mail.ses_message_id == ses_id)
            .cloned()
            .expect("sent through SES")
    };
    let mail = step_one_of(&first);
    let text = mail.text_body();
    assert!(text.starts_with("Hi Ada,"), "{text}");
    assert!(text.contains("Staff Engineer"), "{text}");
    let list_unsubscribe = mail.header("List-Unsubscribe").expect("List-Unsubscribe");
    assert_eq!(
        mail.header("List-Unsubscribe-Post").as_deref(),
        Some("List-Unsubscribe=One-Click")
    );
    let reply_to = mail.header("Reply-To").expect("Reply-To");
    assert!(
        reply_to.contains(&format!("@{INBOUND_MAIL_DOMAIN}")) && reply_to.contains("reply+"),
        "{reply_to}"
    );
    assert!(
        mail.header("From")
            .unwrap_or_default()
            .contains("Grace Hopper")
    );
    let subject = mail.header("Subject").expect("subject");
    assert_eq!(subject, "Staff Engineer, an idea");

    // The second contact unsubscribes with the link from the header, one click.
    let second_mail = step_one_of(&second);
    let link = second_mail
        .header("List-Unsubscribe")
        .expect("List-Unsubscribe");
    let url = link
        .split(['<', '>'])
        .find(|part| part.starts_with("https://"))
        .expect("an https link");
    assert!(
        url.starts_with(&format!("{APP_BASE_URL}/unsubscribe/")),
        "{url}"
    );
    assert!(list_unsubscribe.contains("mailto:"), "{list_unsubscribe}");
    let path = url.trim_start_matches(APP_BASE_URL);
    let page = app.sending.call_raw("GET", path, None, None).await;
    assert_eq!(page.status, 200);
    assert!(
        page.body
            .as_str()
            .unwrap_or_default()
            .contains("Unsubscribe")
    );
    assert_eq!(
        app.stack
            .count(
                "SELECT count(*) FROM suppressions WHERE user_id = $1",
                &[&user.id]
            )
            .await,
        0,
        "viewing the page changes nothing"
    );
    let unsubscribed = app
        .sending
        .call_raw("POST", path, None, Some("List-Unsubscribe=One-Click"))
        .await;
    assert_eq!(unsubscribed.status, 200);
    let twice = app
        .sending
        .call_raw("POST", path, None, Some("List-Unsubscribe=One-Click"))
        .await;
    assert_eq!(twice.status, 200, "idempotent");
    let enrollments = app.enrollments(&seeker, &campaign).await;
    assert_eq!(enrollment_of(&enrollments, &second)["status"], "stopped");
    assert_eq!(
        enrollment_of(&enrollments, &second)["stop_reason"],
        "unsubscribe"
    );
    // A forged or altered token is a page that says nothing.
    let mut altered = path.to_owned();
    let last = altered.pop().expect("a char");
    altered.push(if last == 'A' { 'B' } else { 'A' });
    for bad in [altered.as_str(), "/unsubscribe/not-a-token"] {
        let refused = app
            .sending
            .call_raw("POST", bad, None, Some("List-Unsubscribe=One-Click"))
            .await;
        assert_eq!(refused.status, 404, "{bad}");
        assert!(
            refused
                .header("content-type")
                .unwrap_or_default()
                .starts_with("text/html"),
            "a page"
        );
    }

    // Step 2 is due 60 minutes after step 1 was sent: not before.
    let early = app.tick(Utc::now() + Duration::minutes(30)).await;
    assert_eq!(early.messages_made, 0, "{early:?}");
    let later = app.tick(Utc::now() + Duration::minutes(61)).await;
    assert_eq!(later.messages_made, 1, "only the first contact: {later:?}");
    assert_eq!(app.drain().await, 1);
    let messages = app.messages(&seeker, &campaign).await;
    let follow_up = messages
        .iter()
        .find(|message| message["step"] == 2)
        .expect("step 2");
    assert_eq!(follow_up["contact_id"], first.as_str());
    let sent = sent_mail().await;
    let follow_up_mail = sent
        .iter()
        .find(|mail| Some(mail.ses_message_id.as_str()) == follow_up["ses_message_id"].as_str())
        .expect("sent");
    let step_one_id = mail.ses_message_id.clone();
    let in_reply_to = follow_up_mail.header("In-Reply-To").expect("In-Reply-To");
    assert_eq!(in_reply_to, format!("<{step_one_id}@email.amazonses.com>"));
    assert_eq!(
        follow_up_mail.header("Subject").as_deref(),
        Some("Staff Engineer, an idea"),
        "a follow-up keeps the thread's subject"
    );

    // Every step sent: the enrollments complete, then the campaign.
    let done = app.tick(Utc::now() + Duration::minutes(62)).await;
    assert_eq!(done.campaigns_completed, 1, "{done:?}");
    let finished = app
        .sending
        .get(&format!("/campaigns/{campaign}"), &user.token)
        .await;
    assert_eq!(finished.body["status"], "completed");
    assert_eq!(finished.body["enrollments"]["completed"], 1);
    assert_eq!(finished.body["enrollments"]["stopped"], 1);
}

#[tokio::test]
async fn the_daily_cap_sends_exactly_that_many_and_moves_the_rest_to_tomorrow() {
    let app = app().await;
    let seeker = app.seeker(2, 60).await;
    let (_, campaign) = app.launched(&seeker, 4, "c").await;
    let now = Utc::now();
    let tick = app.tick(now).await;
    assert_eq!(tick.messages_made, 2, "{tick:?}");
    assert_eq!(tick.rescheduled, 2, "{tick:?}");
    let tomorrow = (now + Duration::days(1))
        .date_naive()
        .and_hms_opt(0, 0, 0)
        .expect("midnight")
        .and_utc();
    let waiting: Vec<Value> = app
        .enrollments(&seeker, &campaign)
        .await
        .into_iter()
        .filter(|enrollment| enrollment["next_due_at"].is_string())
        .collect();
    assert_eq!(waiting.len(), 2, "{waiting:?}");
    for enrollment in &waiting {
        let due: DateTime<Utc> = enrollment["next_due_at"]
            .as_str()
            .and_then(|at| at.parse().ok())
            .expect("a time");
        assert_eq!(due, tomorrow);
        assert!(
            enrollment["schedule_note"]
                .as_str()
                .unwrap_or_default()
                .contains("cap of 2"),
            "{enrollment}"
        );
    }
    // Later the same day the cap still holds: half-way to midnight, since an hour later would
    // be tomorrow when the test runs after 23:00.
    let later = app.tick(now + (tomorrow - now) / 2).await;
    assert_eq!(later.messages_made, 0, "{later:?}");
}

#[tokio::test]
async fn the_monthly_quota_holds_the_rest_until_next_month() {
    let app = app().await;
    let seeker = app.seeker(50, 60).await;
    let mut contacts = Vec::new();
    for index in 0..3 {
        contacts.push(
            app.contact(
                &seeker.user,
                &address(&format!("q{index}")),
                Some("Ada"),
                "valid",
            )
            .await,
        );
    }
    // The beta plan allows 1,500 sends a month; 1,499 are used.
    record_usage(&app.stack.pool, seeker.user.id, "send", 1_499).await;
    let campaign = app.campaign(&seeker, &contacts).await;
    app.launch(&seeker, &campaign).await;
    let tick = app.tick(Utc::now()).await;
    assert_eq!(tick.messages_made, 1, "{tick:?}");
    assert_eq!(tick.rescheduled, 2, "{tick:?}");
    let notes: Vec<String> = app
        .enrollments(&seeker, &campaign)
        .await
        .iter()
        .filter_map(|enrollment| enrollment["schedule_note"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(
        notes.iter().all(|note| note.contains("monthly send quota")),
        "{notes:?}"
    );
}

#[tokio::test]
async fn a_pause_between_enqueue_and_send_sends_nothing_until_resumed() {
    let app = app().await;
    let seeker = app.seeker(50, 60).await;
    let recipient = address("paused");
    let contact = app
        .contact(&seeker.user, &recipient, Some("Ada"), "valid")
        .await;
    let campaign = app.campaign(&seeker, &[contact]).await;
    app.launch(&seeker, &campaign).await;
    let tick = app.tick(Utc::now()).await;
    assert_eq!(tick.enqueued, 1, "{tick:?}");
    let paused = app
        .sending
        .post(
            &format!("/campaigns/{campaign}/pause"),
            &seeker.user.token,
            json!({}),
        )
        .await;
    assert_eq!(paused.status, 200, "{}", paused.body);
    assert_eq!(paused.body["status"], "paused");
    assert_eq!(paused.body["paused_reason"], "manual");
    assert_eq!(app.drain().await, 1);
    assert!(
        mail_to(&recipient).await.is_none(),
        "nothing sent while paused"
    );
    let messages = app.messages(&seeker, &campaign).await;
    assert_eq!(messages[0]["status"], "queued", "{messages:?}");
    // While paused the scheduler does not enqueue it again.
    assert_eq!(app.tick(Utc::now()).await.enqueued, 0);

    let resumed = app
        .sending
        .post(
            &format!("/campaigns/{campaign}/resume"),
            &seeker.user.token,
            json!({}),
        )
        .await;
    assert_eq!(resumed.status, 200, "{}", resumed.body);
    assert_eq!(resumed.body["status"], "active");
    assert_eq!(app.tick(Utc::now()).await.enqueued, 1);
    assert_eq!(app.drain().await, 1);
    let messages = app.messages(&seeker, &campaign).await;
    assert_eq!(messages[0]["status"], "sent", "{messages:?}");
    assert!(mail_to(&recipient).await.is_some(), "sent once resumed");
}

/// An SES notification about a sent campaign message, as SNS delivers it to ses-events.
fn notification(ses_message_id: &str, recipient: &str, kind: &str, bounce_type: &str) -> Value {
    notification_at(ses_message_id, recipient, kind, bounce_type, Utc::now())
}

/// An SNS record of SES's `kind` event about one message, as it happened `at`.
fn notification_at(
    ses_message_id: &str,
    recipient: &str,
    kind: &str,
    bounce_type: &str,
    at: DateTime<Utc>,
) -> Value {
    let now = at.to_rfc3339();
    let mut message = json!({
        "eventType": kind,
        "mail": {"timestamp": now, "messageId": ses_message_id, "source": "grace@example.test",
                 "destination": [recipient], "tags": {}},
    });
    match kind {
        "Bounce" => {
            message["bounce"] = json!({"bounceType": bounce_type, "bounceSubType": "General",
                "bouncedRecipients": [{"emailAddress": recipient}], "timestamp": now,
                "feedbackId": Uuid::new_v4().to_string()});
        }
        "Complaint" => {
            message["complaint"] = json!({"complainedRecipients": [{"emailAddress": recipient}],
                "timestamp": now, "feedbackId": Uuid::new_v4().to_string()});
        }
        "Open" => message["open"] = json!({"timestamp": now, "userAgent": "Mozilla/5.0"}),
        "Click" => {
            message["click"] = json!({"timestamp": now, "link": "https://acme.test/jobs"});
        }
        _ => {
            message["delivery"] = json!({"timestamp": now, "recipients": [recipient]});
        }
    }
    json!({"Records": [{
        "EventSource": "aws:sns", "EventVersion": "1.0",
        "EventSubscriptionArn": format!("{TOPIC}:sub"),
        "Sns": {"Type": "Notification", "MessageId": Uuid::new_v4().to_string(), "TopicArn": TOPIC,
                "Subject": null, "Message": message.to_string(), "Timestamp": now,
                "SignatureVersion": "1", "Signature": "", "SigningCertUrl": "", "UnsubscribeUrl": "",
                "MessageAttributes": {}}
    }]})
}

#[tokio::test]
async fn bounces_and_complaints_stop_the_address_and_a_bad_rate_pauses_the_sender() {
    let app = app().await;
    let seeker = app.seeker(100, 60).await;
    let (contacts, campaign) = app.launched(&seeker, 22, "r").await;
    let tick = app.tick(Utc::now()).await;
    assert_eq!(tick.messages_made, 22, "{tick:?}");
    app.drain().await;
    let messages = app.messages(&seeker, &campaign).await;
    let of = |contact: &str| -> (String, String) {
        let message = messages
            .iter()
            .find(|message| message["contact_id"] == contact)
            .expect("message");
        (
            message["ses_message_id"].as_str().expect("sent").to_owned(),
            message["recipient"].as_str().expect("recipient").to_owned(),
        )
    };
    // A soft bounce does not suppress; three in a row stop the enrollment.
    let (soft_id, soft_address) = of(&contacts[0]);
    for _ in 0..2 {
        ses_events::handle(
            &app.events,
            notification(&soft_id, &soft_address, "Bounce", "Transient"),
        )
        .await
        .expect("stored");
    }
    let enrollments = app.enrollments(&seeker, &campaign).await;
    assert_eq!(
        enrollment_of(&enrollments, &contacts[0])["status"],
        "active"
    );
    ses_events::handle(
        &app.events,
        notification(&soft_id, &soft_address, "Bounce", "Transient"),
    )
    .await
    .expect("stored");
    let enrollments = app.enrollments(&seeker, &campaign).await;
    assert_eq!(
        enrollment_of(&enrollments, &contacts[0])["stop_reason"],
        "soft_bounced"
    );
    let user_id = seeker.user.id;
    assert_eq!(
        app.stack
            .count(
                "SELECT count(*) FROM suppressions WHERE user_id = $1",
                &[&user_id]
            )
            .await,
        0,
        "soft bounces never suppress"
    );

    // A complaint suppresses and stops; 1 of 22 is 4.5% complaints: over the pause line.
    let (complaint_id, complaint_address) = of(&contacts[1]);
    ses_events::handle(
        &app.events,
        notification(&complaint_id, &complaint_address, "Complaint", ""),
    )
    .await
    .expect("stored");
    let enrollments = app.enrollments(&seeker, &campaign).await;
    assert_eq!(
        enrollment_of(&enrollments, &contacts[1])["stop_reason"],
        "complaint"
    );
    let paused = app
        .sending
        .get(&format!("/campaigns/{campaign}"), &seeker.user.token)
        .await;
    assert_eq!(paused.body["status"], "paused", "{}", paused.body);
    let reason = paused.body["paused_reason"].as_str().unwrap_or_default();
    assert!(reason.contains("complaint rate"), "{reason}");
    // The user is told.
    let notices = app.take_jobs().await;
    assert!(
        notices.iter().any(|job| matches!(
            job,
            shared::mail::MailJob::CampaignsPaused { campaigns, .. }
                if campaigns == &["Acme Pay".to_owned()]
        )),
        "no notice queued: {notices:?}"
    );
    // Resume is refused while the rate is over the line, naming it.
    let resume = app
        .sending
        .post(
            &format!("/campaigns/{campaign}/resume"),
            &seeker.user.token,
            json!({}),
        )
        .await;
    assert_problem(&resume, 409);
    assert!(
        resume.body["detail"]
            .as_str()
            .unwrap_or_default()
            .contains("complaint rate"),
        "{}",
        resume.body
    );

    // A permanent bounce suppresses the address and stops its enrollment at once.
    let (hard_id, hard_address) = of(&contacts[2]);
    ses_events::handle(
        &app.events,
        notification(&hard_id, &hard_address, "Bounce", "Permanent"),
    )
    .await
    .expect("stored");
    let enrollments = app.enrollments(&seeker, &campaign).await;
    assert_eq!(
        enrollment_of(&enrollments, &contacts[2])["stop_reason"],
        "permanent_bounce"
    );
    let bounced = app
        .messages(&seeker, &campaign)
        .await
        .into_iter()
        .find(|message| message["contact_id"] == contacts[2].as_str())
        .expect("message");
    assert!(bounced["bounced_at"].is_string(), "{bounced}");
}

/// `POST path` of `body` with an `Idempotency-Key`.
async fn post_with_key(api: &Api, path: &str, token: &str, key: &str, body: &Value) -> Answer {
    let mut event = api_event("POST", path, Some(token), Some(&body.to_string()));
    event["headers"]["idempotency-key"] = json!(key);
    api.send(event).await
}

#[tokio::test]
async fn creating_and_launching_take_an_idempotency_key() {
    let app = app().await;
    let seeker = app.seeker(50, 60).await;
    let contact = app
        .contact(&seeker.user, &address("keyed"), Some("Ada"), "valid")
        .await;
    let body = json!({
        "name": "Keyed",
        "sequence_template_id": seeker.template_id,
        "sender_id": seeker.sender_id,
        "application_id": seeker.application_id,
        "contact_ids": [contact],
        "schedule": {"timezone": "UTC", "days": ["mon"], "start_hour": 9, "end_hour": 17},
    });
    let key = Uuid::new_v4().to_string();
    let token = &seeker.user.token;
    let first = post_with_key(&app.sending, "/campaigns", token, &key, &body).await;
    assert_eq!(first.status, 201, "{}", first.body);
    let repeat = post_with_key(&app.sending, "/campaigns", token, &key, &body).await;
    assert_eq!(repeat.status, 201);
    assert_eq!(repeat.body["id"], first.body["id"], "the first answer");
    assert_eq!(repeat.header("idempotent-replayed"), Some("true"));
    let mut other = body.clone();
    other["name"] = json!("Another");
    let reused = post_with_key(&app.sending, "/campaigns", token, &key, &other).await;
    assert_problem(&reused, 422);
    let user_id = seeker.user.id;
    assert_eq!(
        app.stack
            .count(
                "SELECT count(*) FROM campaigns WHERE user_id = $1",
                &[&user_id]
            )
            .await,
        1
    );

    let campaign = id(&first.body);
    let path = format!("/campaigns/{campaign}/launch");
    // A launch whose key another request with it is still running is a 409 and does nothing.
    let running_key = Uuid::new_v4().to_string();
    let fingerprint = shared::idempotency::fingerprint(
        &http::Method::POST,
        &path,
        Some("application/json"),
        b"{}",
    );
    let store = shared::web::ApiState::gate(app.sending_state.as_ref()).idempotency();
    let claim = store
        .claim(seeker.user.id, &running_key, &fingerprint, Utc::now())
        .await
        .expect("claim");
    assert!(
        matches!(claim, shared::idempotency::Claim::Claimed),
        "{claim:?}"
    );
    let concurrent = post_with_key(&app.sending, &path, token, &running_key, &json!({})).await;
    assert_problem(&concurrent, 409);
    assert_eq!(
        concurrent.body["type"],
        "https://roleferry.com/problems/idempotency-key-in-use"
    );
    let enrollments = "SELECT count(*) FROM enrollments WHERE user_id = $1";
    assert_eq!(app.stack.count(enrollments, &[&user_id]).await, 0);
    let launch_key = Uuid::new_v4().to_string();
    let launched = post_with_key(&app.sending, &path, token, &launch_key, &json!({})).await;
    assert_eq!(launched.status, 202, "{}", launched.body);
    let replayed = post_with_key(&app.sending, &path, token, &launch_key, &json!({})).await;
    assert_eq!(replayed.status, 202, "the first answer, not a 409");
    assert_eq!(replayed.body, launched.body);
    assert_eq!(replayed.header("idempotent-replayed"), Some("true"));
    // Without the key, a second launch is what it is: refused.
    let again = app.launch(&seeker, &campaign).await;
    assert_problem(&again, 409);
    assert_eq!(
        app.stack
            .count(
                "SELECT count(*) FROM enrollments WHERE user_id = $1",
                &[&user_id]
            )
            .await,
        1
    );
}

/// A reply as a mail client writes it, quoting our step 1 (with its unsubscribe link and the
/// word "interview", which must not count).
fn reply_mail(from: &str, to: &str, threading: &str, subject: &str, words: &str) -> String {
    format!(
        "From: Ada Lovelace <{from}>\r\nTo: {to}\r\nSubject: {subject}\r\n\
         Message-ID: <{}@acme.test>\r\n{threading}Date: Thu, 26 Nov 2026 10:00:00 +0000\r\n\
         MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{words}\r\n\r\n\
         On Wed, 25 Nov 2026 at 09:00, Grace Hopper <grace@example.test> wrote:\r\n\
         > Hi Ada, an interview-ready idea for Acme Pay.\r\n\
         > Not interested? https://app.roleferry.test/unsubscribe/abc\r\n",
        Uuid::new_v4().simple()
    )
}

impl App {
    /// Stores `raw` in the inbound bucket as SES's receipt rule does, and runs the reply worker
    /// on the object's notification, then once more on the same notification as SQS may.
    async fn receive(&self, raw: &str) -> reply_worker::Outcome {
        let key = format!("inbound/{}", Uuid::new_v4().simple());
        aws_sdk_s3::Client::new(&self.stack.aws)
            .put_object()
            .bucket(&self.inbound_bucket)
            .key(&key)
            .body(raw.as_bytes().to_vec().into())
            .send()
            .await
            .expect("stored");
        // The sample notification, naming this object.
        let mut sample = event_json("reply-worker/object-created.json");
        let mut body: Value =
            serde_json::from_str(sample["Records"][0]["body"].as_str().expect("body"))
                .expect("json");
        body["Records"][0]["s3"]["bucket"]["name"] = json!(self.inbound_bucket);
        body["Records"][0]["s3"]["object"]["key"] = json!(key);
        body["Records"][0]["s3"]["object"]["size"] = json!(raw.len());
        let record: shared::s3_event::ObjectRecord =
            serde_json::from_value(body["Records"][0].clone()).expect("a record");
        sample["Records"][0]["body"] = json!(body.to_string());
        let first = reply_worker::handle_record(&self.replies, &record)
            .await
            .expect("handled");
        // Delivered again, as SQS may: the batch succeeds and nothing more is recorded.
        let again = reply_worker::handle_batch(
            &self.replies,
            serde_json::from_value(sample).expect("an SQS event"),
        )
        .await;
        assert!(
            again.batch_item_failures.is_empty(),
            "{:?}",
            again.batch_item_failures
        );
        let rows = self
            .stack
            .count(
                "SELECT count(*) FROM inbound_messages WHERE s3_key = $1",
                &[&key],
            )
            .await;
        assert_eq!(rows, 1);
        first
    }

    /// One text column of the recorded row.
    async fn inbound_text(&self, outcome: &reply_worker::Outcome, column: &str) -> Option<String> {
        self.inbound_row(outcome).await.get(column)
    }

    async fn inbound_row(&self, outcome: &reply_worker::Outcome) -> tokio_postgres::Row {
        let reply_worker::Outcome::Recorded { id, .. } = outcome else {
            panic!("not recorded: {outcome:?}");
        };
        self.stack
            .db()
            .await
            .query_one("SELECT * FROM inbound_messages WHERE id = $1", &[id])
            .await
            .expect("the inbound row")
    }

    /// A seeker whose new campaign to `count` new contacts labelled `label` has sent step 1
    /// to each: the seeker, the contacts, the campaign and its messages.
    async fn step_one_sent(
        &self,
        count: usize,
        label: &str,
    ) -> (Seeker, Vec<String>, String, Vec<Value>) {
        let seeker = self.seeker(50, 60).await;
        let (contacts, campaign) = self.launched(&seeker, count, label).await;
        self.tick(Utc::now()).await;
        self.drain().await;
        let messages = self.messages(&seeker, &campaign).await;
        (seeker, contacts, campaign, messages)
    }

    async fn application(&self, seeker: &Seeker) -> tokio_postgres::Row {
        let id: Uuid = seeker.application_id.parse().expect("uuid");
        self.stack
            .db()
            .await
            .query_one(
                "SELECT status, needs_attention, \
                        (SELECT array_agg(note ORDER BY created_at) FROM application_events e \
                         WHERE e.application_id = a.id AND note IS NOT NULL) AS notes \
                 FROM applications a WHERE id = $1",
                &[&id],
            )
            .await
            .expect("the application")
    }
}

fn step_one<'a>(messages: &'a [Value], contact: &str) -> &'a Value {
    messages
        .iter()
        .find(|message| message["contact_id"] == contact && message["step"] == 1)
        .unwrap_or_else(|| panic!("no step 1 for {contact}: {messages:?}"))
}

#[tokio::test]
async fn an_invitation_threaded_by_in_reply_to_stops_the_company_and_moves_the_application() {
    let app = app().await;
    let (seeker, contacts, campaign, messages) = app.step_one_sent(2, "invited").await;
    let moved = app
        .workspace
        .call_raw(
            "PATCH",
            &format!("/applications/{}", seeker.application_id),
            Some(&seeker.user.token),
            Some(r#"{"status": "applied"}"#),
        )
        .await;
    assert_eq!(moved.status, 200, "{}", moved.body);
    let answered = step_one(&messages, &contacts[0]);
    let ses_id = answered["ses_message_id"].as_str().expect("sent");

    let replier = address("invited0");
    let raw = reply_mail(
        &replier,
        "Grace Hopper <grace@example.test>",
        &format!("In-Reply-To: <{ses_id}@email.amazonses.com>\r\n"),
        "Re: Staff Engineer, an idea",
        "Thanks Grace, could we set up a call next week? Tuesday works.",
    );
    let outcome = app.receive(&raw).await;
    let row = app.inbound_row(&outcome).await;
    assert_eq!(
        row.get::<_, Option<String>>("matched_by").as_deref(),
        Some("in_reply_to")
    );
    assert_eq!(
        row.get::<_, Option<String>>("classification").as_deref(),
        Some("invitation")
    );
    let enrollments = app.enrollments(&seeker, &campaign).await;
    assert_eq!(
        enrollment_of(&enrollments, &contacts[0])["stop_reason"],
        "replied"
    );
    assert_eq!(
        enrollment_of(&enrollments, &contacts[1])["stop_reason"],
        "company_replied"
    );
    let messages = app.messages(&seeker, &campaign).await;
    assert!(
        step_one(&messages, &contacts[0])["replied_at"].is_string(),
        "{messages:?}"
    );
    assert!(step_one(&messages, &contacts[1])["replied_at"].is_null());
    let application = app.application(&seeker).await;
    assert_eq!(application.get::<_, String>("status"), "interviewing");
    assert!(!application.get::<_, bool>("needs_attention"));
    assert_eq!(
        application.get::<_, Option<Vec<String>>>("notes"),
        Some(vec!["reply from Ada".to_owned()])
    );
    // The frontend sees the reply on the application's history.
    let events = app
        .workspace
        .get(
            &format!("/applications/{}/events", seeker.application_id),
            &seeker.user.token,
        )
        .await;
    assert_eq!(events.status, 200, "{}", events.body);
    assert_eq!(
        events.body["items"][0]["note"], "reply from Ada",
        "{}",
        events.body
    );
    assert_eq!(events.body["items"][0]["from_status"], "applied");
    assert_eq!(events.body["items"][0]["to_status"], "interviewing");
    // The reply reached the seeker's own mailbox, answerable straight to the contact.
    assert_eq!(app.drain().await, 1);
    let seeker_email: String = app
        .stack
        .db()
        .await
        .query_one(
            "SELECT email::text FROM users WHERE id = $1",
            &[&seeker.user.id],
        )
        .await
        .expect("user")
        .get(0);
    let forwarded = mail_to(&seeker_email).await.expect("the forward was sent");
    assert_eq!(
        forwarded.header("From").as_deref(),
        Some(format!("\"Ada via RoleFerry\" <{MAIL_FROM}>").as_str()),
    );
    assert!(
        forwarded
            .header("Reply-To")
            .is_some_and(|to| to.contains(&replier)),
        "{:?}",
        forwarded.header("Reply-To")
    );
    assert!(
        forwarded
            .text_body()
            .contains("could we set up a call next week?")
    );
}

#[tokio::test]
async fn auto_replies_hold_human_replies_stop_and_unmatched_mail_is_kept_unmatched() {
    let app = app().await;
    let (seeker, contacts, campaign, messages) = app.step_one_sent(2, "held").await;
    let ses_id = step_one(&messages, &contacts[0])["ses_message_id"]
        .as_str()
        .expect("sent")
        .to_owned();

    // An out-of-office answer threaded by References only holds the sequence until the
    // writer is back; it is not a reply.
    let raw = reply_mail(
        &address("held0"),
        "grace@example.test",
        &format!("References: <thread@acme.test> <{ses_id}@email.amazonses.com>\r\n"),
        "Automatic reply: Staff Engineer, an idea",
        "I am out of the office until 4 January 2027 with limited access to email.",
    );
    let outcome = app.receive(&raw).await;
    let row = app.inbound_row(&outcome).await;
    assert_eq!(
        row.get::<_, Option<String>>("matched_by").as_deref(),
        Some("references")
    );
    assert_eq!(
        row.get::<_, Option<String>>("classification").as_deref(),
        Some("auto_reply")
    );
    assert_eq!(
        row.get::<_, Option<chrono::NaiveDate>>("auto_reply_until"),
        chrono::NaiveDate::from_ymd_opt(2027, 1, 4)
    );
    // Step 1 was in flight until the next tick moves the enrollment on: step 2 is then due
    // when the writer is back, not an hour after step 1.
    app.tick(Utc::now()).await;
    let enrollments = app.enrollments(&seeker, &campaign).await;
    let held = enrollment_of(&enrollments, &contacts[0]);
    assert_eq!(held["status"], "active", "{held}");
    assert_eq!(
        held["schedule_note"], "held by an auto-reply until 2027-01-04",
        "{held}"
    );
    assert!(
        held["next_due_at"]
            .as_str()
            .is_some_and(|at| at >= "2027-01-04"),
        "{held}"
    );
    let messages = app.messages(&seeker, &campaign).await;
    assert!(step_one(&messages, &contacts[0])["replied_at"].is_null());
    let application = app.application(&seeker).await;
    assert!(!application.get::<_, bool>("needs_attention"));
    assert!(
        app.take_jobs().await.is_empty(),
        "an auto-reply is not forwarded"
    );

    // A person's answer to the reply address alone (no threading headers) stops it, and the
    // application, not moved, is flagged.
    let enrollment_id: Uuid = enrollment_of(&enrollments, &contacts[1])["id"]
        .as_str()
        .and_then(|id| id.parse().ok())
        .expect("enrollment id");
    let reply_to = sending::links::reply_address(&token_key(), enrollment_id, INBOUND_MAIL_DOMAIN);
    let raw = reply_mail(
        &address("held1"),
        &reply_to,
        "",
        "Re: Staff Engineer, an idea",
        "Not hiring for this right now, sorry. I'll keep your note.",
    );
    let outcome = app.receive(&raw).await;
    assert_eq!(
        app.inbound_text(&outcome, "matched_by").await.as_deref(),
        Some("reply_address")
    );
    let enrollments = app.enrollments(&seeker, &campaign).await;
    assert_eq!(
        enrollment_of(&enrollments, &contacts[1])["stop_reason"],
        "replied"
    );
    assert_eq!(
        enrollment_of(&enrollments, &contacts[0])["stop_reason"],
        "company_replied"
    );
    let application = app.application(&seeker).await;
    assert_eq!(application.get::<_, String>("status"), "saved");
    assert!(application.get::<_, bool>("needs_attention"));
    let shown = app
        .workspace
        .get(
            &format!("/applications/{}", seeker.application_id),
            &seeker.user.token,
        )
        .await;
    assert_eq!(shown.body["needs_attention"], true, "{}", shown.body);
    let flagged = app
        .workspace
        .get("/applications?needs_attention=true", &seeker.user.token)
        .await;
    assert_eq!(flagged.status, 200, "{}", flagged.body);
    assert_eq!(
        flagged.body["items"][0]["id"],
        seeker.application_id.as_str()
    );
    let others = app
        .workspace
        .get("/applications?needs_attention=false", &seeker.user.token)
        .await;
    assert_eq!(others.body["items"], json!([]), "{}", others.body);
    let bad = app
        .workspace
        .get("/applications?needs_attention=maybe", &seeker.user.token)
        .await;
    assert_problem(&bad, 422);
    // The seeker has read the reply: the flag clears without a move, and can be set again.
    let path = format!("/applications/{}", seeker.application_id);
    for (flag, status) in [(false, "saved"), (true, "saved")] {
        let seen = app
            .workspace
            .call(
                "PATCH",
                &path,
                Some(&seeker.user.token),
                Some(json!({"needs_attention": flag})),
            )
            .await;
        assert_eq!(seen.status, 200, "{}", seen.body);
        assert_eq!(seen.body["needs_attention"], flag, "{}", seen.body);
        assert_eq!(seen.body["status"], status, "{}", seen.body);
    }
    // Moving the application is the seeker acting on it: the flag clears.
    let moved = app
        .workspace
        .call_raw(
            "PATCH",
            &format!("/applications/{}", seeker.application_id),
            Some(&seeker.user.token),
            Some(r#"{"status": "applied"}"#),
        )
        .await;
    assert_eq!(moved.status, 200, "{}", moved.body);
    assert_eq!(moved.body["needs_attention"], false, "{}", moved.body);

    // Mail that names nothing of ours, or a forged reply address, is kept unmatched.
    // The same address with the token's last character changed: its signature fails.
    let at = reply_to.find('@').expect("an address");
    let last = if reply_to[..at].ends_with('0') {
        "1"
    } else {
        "0"
    };
    let forged = format!("{}{last}{}", &reply_to[..at - 1], &reply_to[at..]);
    for (to, threading) in [
        (forged.as_str(), ""),
        (
            "grace@example.test",
            "In-Reply-To: <nobody-knows@email.amazonses.com>\r\n",
        ),
    ] {
        let outcome = app
            .receive(&reply_mail(
                "stranger@else.test",
                to,
                threading,
                "Hello",
                "Hi there.",
            ))
            .await;
        assert!(
            matches!(
                outcome,
                reply_worker::Outcome::Recorded { matched: false, .. }
            ),
            "{outcome:?}"
        );
        assert!(
            app.inbound_row(&outcome)
                .await
                .get::<_, Option<Uuid>>("user_id")
                .is_none()
        );
    }
    // Bytes that are not mail are recorded too, and change nothing.
    let outcome = app.receive("\0\0 not mail").await;
    assert!(
        matches!(
            outcome,
            reply_worker::Outcome::Recorded { matched: false, .. }
        ),
        "{outcome:?}"
    );
}

#[tokio::test]
async fn an_unsubscribe_reply_suppresses_the_address() {
    let app = app().await;
    let (seeker, contacts, campaign, messages) = app.step_one_sent(1, "leaving").await;
    let ses_id = step_one(&messages, &contacts[0])["ses_message_id"]
        .as_str()
        .expect("sent")
        .to_owned();
    let raw = reply_mail(
        &address("leaving0"),
        "grace@example.test",
        &format!("In-Reply-To: <{ses_id}@us-west-2.amazonses.com>\r\n"),
        "Re: Staff Engineer, an idea",
        "Please remove me from your list.",
    );
    let outcome = app.receive(&raw).await;
    assert_eq!(
        app.inbound_text(&outcome, "classification")
            .await
            .as_deref(),
        Some("unsubscribe")
    );
    let enrollments = app.enrollments(&seeker, &campaign).await;
    assert_eq!(
        enrollment_of(&enrollments, &contacts[0])["stop_reason"],
        "unsubscribe"
    );
    let contact_id: Uuid = contacts[0].parse().expect("uuid");
    let suppressed = app
        .stack
        .count(
            "SELECT count(*) FROM suppressions s JOIN contacts c ON c.email = s.email \
             WHERE s.user_id = $1 AND c.id = $2 AND s.reason = 'unsubscribe'",
            &[&seeker.user.id, &contact_id],
        )
        .await;
    assert_eq!(suppressed, 1);
}
