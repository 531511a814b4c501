//! A campaign through the running local stack, as a frontend drives it over HTTP: the sender
//! confirmed from its mailed link, contacts at the SES mailbox simulator verified by the verify
//! worker, launch, the scheduler function, the mail queue and worker, the emulator's SES, the
//! simulator's outcomes back through SNS into ses-events, one-click unsubscribe with the link
//! from the sent mail's `List-Unsubscribe` header, and replies through the inbound bucket.

use std::time::Duration;

use integration_tests::*;
use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

async fn call(method: Method, path: &str, token: &str, body: Option<Value>) -> Reply {
    let mut request = stack_request(method, path).bearer_auth(token);
    if let Some(body) = body {
        request = request.json(&body);
    }
    reply(request).await
}

async fn created(path: &str, token: &str, body: Value) -> Value {
    let answer = call(Method::POST, path, token, Some(body)).await;
    assert_eq!(answer.status, 201, "{path}: {}", answer.text);
    answer.body
}

fn id(value: &Value) -> String {
    value["id"].as_str().expect("id").to_owned()
}

/// A verified sender: created, then confirmed with the link from the mail it was sent.
async fn verified_sender(token: &str) -> String {
    let address = format!("grace-{}@example.test", Uuid::new_v4().simple());
    let sender = created(
        "/senders",
        token,
        json!({"from_email": address, "from_name": "Grace Hopper", "daily_cap": 50,
               "pacing": {"min_gap_seconds": 0, "jitter_seconds": 0}}),
    )
    .await;
    let mail = eventually(PIPELINE, || mail_to(&address))
        .await
        .expect("the confirmation mail was sent");
    let text = mail.text_body();
    let link = text
        .split_whitespace()
        .find(|word| word.contains("/sender-confirmations/"))
        .expect("a confirmation link");
    let path = &link[link.find("/sender-confirmations/").expect("path")..];
    let confirmed = reply(stack_request(Method::POST, path)).await;
    assert_eq!(confirmed.status, 200, "{}", confirmed.text);
    assert_eq!(confirmed.body["identity_status"], "verified");
    id(&sender)
}

/// The enrollments of a campaign, once `done` holds for them.
async fn enrollments_when(
    token: &str,
    campaign: &str,
    done: impl Fn(&[Value]) -> bool,
) -> Option<Vec<Value>> {
    let path = format!("/campaigns/{campaign}/enrollments?limit=200");
    eventually(PIPELINE, || async {
        let answer = call(Method::GET, &path, token, None).await;
        let items = answer.body["items"].as_array().cloned().unwrap_or_default();
        done(&items).then_some(items)
    })
    .await
}

/// The messages of a campaign once `done` holds for them, running the scheduler function
/// meanwhile as its schedule would.
async fn messages_when(
    token: &str,
    campaign: &str,
    done: impl Fn(&[Value]) -> bool,
) -> Option<Vec<Value>> {
    let path = format!("/campaigns/{campaign}/messages?limit=200");
    eventually(Duration::from_secs(240), || async {
        tick().await;
        let answer = call(Method::GET, &path, token, None).await;
        let items = answer.body["items"].as_array().cloned().unwrap_or_default();
        done(&items).then_some(items)
    })
    .await
}

fn of<'a>(items: &'a [Value], contact: &str) -> &'a Value {
    items
        .iter()
        .find(|item| item["contact_id"] == contact)
        .unwrap_or_else(|| panic!("nothing for {contact}: {items:?}"))
}

/// Stores a raw message in the stack's inbound bucket under `inbound/<name>`, as SES's receipt
/// rule does; the bucket's notification takes it to the reply worker.
async fn receive_inbound(name: &str, raw: String) {
    let s3 = aws_sdk_s3::Client::new(&aws().await);
    let buckets = s3.list_buckets().send().await.expect("buckets");
    let inbound_bucket = buckets
        .buckets()
        .iter()
        .filter_map(|bucket| bucket.name())
        .find(|name| name.ends_with("inboundmailbucket"))
        .expect("the inbound bucket of template.yaml");
    s3.put_object()
        .bucket(inbound_bucket)
        .key(format!("inbound/{name}"))
        .body(raw.into_bytes().into())
        .send()
        .await
        .expect("stored");
}

/// Runs the scheduler function as its schedule does.
async fn tick() -> Value {
    invoke_function("scheduler", &json!({"task": "tick"})).await
}

/// What a launched two-step campaign is made of.
struct Launched {
    campaign: String,
    contacts: Vec<String>,
    template: String,
    sender: String,
    application: String,
}

/// A verified sender, a two-step template (the second a minute after the first), a job and
/// its application, a contact per address, and a campaign to them that sends at any hour:
/// created and launched over HTTP, and launched contacts verified by the verify worker.
async fn launched_campaign(token: &str, addresses: &[String]) -> Launched {
    let sender = verified_sender(token).await;
    let template = created(
        "/sequence-templates",
        token,
        json!({"name": "Two steps", "steps": [
            {"delay_minutes": 0, "subject": "{{ job.title }}: an idea",
             "body": "Hi {{ contact.first_name }},\n\nAn idea for {{ job.company }}.\n\n{{ sender.name }}\n\n{{ unsubscribe_url }}"},
            {"delay_minutes": 1, "subject": "Following up",
             "body": "Hi {{ contact.first_name }}, following up.\n\n{{ unsubscribe_url }}"},
        ]}),
    )
    .await;
    let job = created(
        "/jobs",
        token,
        json!({"title": "Staff Engineer", "company": "Acme Pay", "description": "Rust"}),
    )
    .await;
    let application = created("/applications", token, json!({"job_id": job["id"]})).await;
    let mut contacts = Vec::new();
    for address in addresses {
        let contact = created(
            "/contacts",
            token,
            json!({"email": address, "first_name": "Ada", "company": "Acme Pay"}),
        )
        .await;
        contacts.push(id(&contact));
    }
    let campaign = created(
        "/campaigns",
        token,
        json!({
            "name": "Acme Pay",
            "sequence_template_id": template["id"],
            "sender_id": sender,
            "application_id": application["id"],
            "contact_ids": contacts,
            "include_risky": true,
            "schedule": {"timezone": "UTC", "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                         "start_hour": 0, "end_hour": 24},
        }),
    )
    .await;
    let campaign = id(&campaign);
    // Unverified contacts are enrolled and verified by the verify worker first.
    let launch = call(
        Method::POST,
        &format!("/campaigns/{campaign}/launch"),
        token,
        None,
    )
    .await;
    assert_eq!(launch.status, 202, "{}", launch.text);
    assert_eq!(launch.body["enrolled"], addresses.len(), "{}", launch.text);
    let verified = eventually(PIPELINE, || async {
        let listed = call(Method::GET, "/contacts?limit=200", token, None).await;
        let items = listed.body["items"].as_array().cloned().unwrap_or_default();
        items
            .iter()
            .all(|contact| contact["verification"]["status"] != "pending")
            .then_some(items)
    })
    .await;
    assert!(verified.is_some(), "contacts verified");
    Launched {
        campaign,
        contacts,
        template: id(&template),
        sender,
        application: id(&application),
    }
}

#[tokio::test]
async fn a_campaign_reaches_the_simulator_and_stops_on_every_signal() {
    let token = sign_in_over_http().await;
    let label = Uuid::new_v4().simple().to_string();
    let addresses = [
        format!("success+{label}a@simulator.amazonses.com"),
        format!("bounce+{label}@simulator.amazonses.com"),
        format!("complaint+{label}@simulator.amazonses.com"),
        format!("success+{label}b@simulator.amazonses.com"),
        format!("ooto+{label}@simulator.amazonses.com"),
    ];
    let Launched {
        campaign,
        contacts,
        template,
        sender: sender_id,
        application,
    } = launched_campaign(&token, &addresses).await;

    // Step 1 reaches all four; the bounce and the complaint come back through SNS.
    let stopped = eventually(Duration::from_secs(240), || async {
        tick().await;
        let path = format!("/campaigns/{campaign}/enrollments?limit=200");
        let items = call(Method::GET, &path, &token, None).await.body["items"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let stopped = |contact: &str| of(&items, contact)["status"] == "stopped";
        (stopped(&contacts[1]) && stopped(&contacts[2])).then_some(items)
    })
    .await
    .expect("the bounce and the complaint stopped their enrollments");
    assert_eq!(
        of(&stopped, &contacts[1])["stop_reason"],
        "permanent_bounce"
    );
    assert_eq!(of(&stopped, &contacts[2])["stop_reason"], "complaint");
    let suppressions = call(Method::GET, "/suppressions?limit=200", &token, None).await;
    let suppressed: Vec<&str> = suppressions.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|item| item["email"].as_str())
        .collect();
    for address in &addresses[1..3] {
        assert!(
            suppressed.contains(&address.as_str()),
            "{address}: {suppressed:?}"
        );
    }

    // The third contact unsubscribes with one click on the link from the header.
    let first_mail = eventually(PIPELINE, || mail_to(&addresses[0]))
        .await
        .expect("step 1 reached the first contact");
    let header = first_mail
        .header("List-Unsubscribe")
        .expect("List-Unsubscribe");
    let url = header
        .split(['<', '>'])
        .find(|part| part.starts_with("http"))
        .expect("a link");
    let path = &url[url.find("/unsubscribe/").expect("unsubscribe path")..];
    let unsubscribed = reply(
        stack_request(Method::POST, path)
            .header("content-type", "application/x-www-form-urlencoded")
            .body("List-Unsubscribe=One-Click"),
    )
    .await;
    assert_eq!(unsubscribed.status, 200, "{}", unsubscribed.text);
    let after = enrollments_when(&token, &campaign, |items| {
        of(items, &contacts[0])["status"] == "stopped"
    })
    .await
    .expect("unsubscribe stopped the enrollment");
    assert_eq!(of(&after, &contacts[0])["stop_reason"], "unsubscribe");

    // Step 2 goes only to the fourth, after its delay, threaded to step 1.
    let messages = messages_when(&token, &campaign, |items| {
        items
            .iter()
            .any(|message| message["step"] == 2 && message["status"] == "sent")
    })
    .await
    .expect("step 2 was sent");
    let step_two: Vec<&Value> = messages.iter().filter(|m| m["step"] == 2).collect();
    assert_eq!(step_two.len(), 1, "{messages:?}");
    assert_eq!(step_two[0]["contact_id"], contacts[3].as_str());
    let step_one = messages
        .iter()
        .find(|m| m["step"] == 1 && m["contact_id"] == contacts[3].as_str())
        .expect("step 1 of the fourth");
    let sent_at = |message: &Value| -> chrono::DateTime<chrono::Utc> {
        message["sent_at"]
            .as_str()
            .and_then(|at| at.parse().ok())
            .expect("sent_at")
    };
    assert!(sent_at(step_two[0]) - sent_at(step_one) >= chrono::Duration::minutes(1));
    let threaded = sent_mail()
        .await
        .into_iter()
        .find(|mail| Some(mail.ses_message_id.as_str()) == step_two[0]["ses_message_id"].as_str())
        .expect("step 2 in the emulator");
    let parent = step_one["ses_message_id"]
        .as_str()
        .expect("step 1's SES id");
    assert_eq!(
        threaded.header("In-Reply-To"),
        Some(format!("<{parent}@email.amazonses.com>"))
    );
    assert_eq!(
        threaded.header("Subject").as_deref(),
        Some("Staff Engineer: an idea")
    );
    // Every message shows its status; the bounce and the complaint show SES's outcome.
    let step_one_of = |contact: &str| {
        messages
            .iter()
            .find(|m| m["step"] == 1 && m["contact_id"] == contact)
            .expect("step 1")
    };
    assert_eq!(step_one_of(&contacts[1])["delivery_status"], "bounce");
    assert!(step_one_of(&contacts[1])["bounced_at"].is_string());
    assert_eq!(step_one_of(&contacts[2])["delivery_status"], "complaint");

    // The out-of-office mailbox answered step 1 through the inbound bucket: the reply worker
    // held that enrollment for the week its answer names, and did not count it as a reply.
    let held = enrollments_when(&token, &campaign, |items| {
        of(items, &contacts[4])["schedule_note"]
            .as_str()
            .is_some_and(|note| note.contains("auto-reply"))
    })
    .await
    .expect("the out-of-office answer held the enrollment");
    let ooto = of(&held, &contacts[4]);
    assert_eq!(ooto["status"], "active", "{ooto}");
    let due: chrono::DateTime<chrono::Utc> = ooto["next_due_at"]
        .as_str()
        .and_then(|at| at.parse().ok())
        .expect("next_due_at");
    assert!(
        due - chrono::Utc::now() > chrono::Duration::days(6),
        "{ooto}"
    );
    assert!(step_one_of(&contacts[4])["replied_at"].is_null());

    // A second campaign to the same contacts skips the three who must not be mailed.
    let second = created(
        "/campaigns",
        &token,
        json!({
            "name": "Acme Pay again",
            "sequence_template_id": template,
            "sender_id": sender_id,
            "application_id": application,
            "contact_ids": contacts,
            "include_risky": true,
            "schedule": {"timezone": "UTC", "days": ["mon"], "start_hour": 9, "end_hour": 17},
        }),
    )
    .await;
    let relaunch = call(
        Method::POST,
        &format!("/campaigns/{}/launch", id(&second)),
        &token,
        None,
    )
    .await;
    assert_eq!(relaunch.status, 202, "{}", relaunch.text);
    let skipped = relaunch.body["skipped"].as_array().expect("skipped");
    let suppressed_skips = skipped
        .iter()
        .filter(|skip| skip["reason"] == "suppressed")
        .count();
    assert_eq!(suppressed_skips, 3, "{}", relaunch.text);

    // The fourth answers step 2: the message lands in the inbound bucket as SES's receipt
    // rule stores it, and the reply worker records it on the message and the application
    // and forwards it to the seeker's own mailbox.
    let step_two_id = step_two[0]["ses_message_id"].as_str().expect("sent");
    let reply = format!(
        "From: Ada <{}>\r\nTo: grace@example.test\r\nSubject: Re: Staff Engineer: an idea\r\n\
         Message-ID: <{label}@acme.test>\r\nIn-Reply-To: <{step_two_id}@email.amazonses.com>\r\n\
         Date: Thu, 26 Nov 2026 10:00:00 +0000\r\n\r\nThanks, not hiring this quarter.\r\n",
        addresses[3]
    );
    receive_inbound(&label, reply).await;
    let path = format!("/applications/{application}");
    let flagged = eventually(PIPELINE, || async {
        let shown = call(Method::GET, &path, &token, None).await;
        (shown.body["needs_attention"] == true).then_some(shown.body)
    })
    .await;
    assert!(flagged.is_some(), "the reply flagged the application");
    let events = call(Method::GET, &format!("{path}/events"), &token, None).await;
    assert_eq!(
        events.body["items"][0]["note"], "reply from Ada",
        "{}",
        events.text
    );
    let messages = call(
        Method::GET,
        &format!("/campaigns/{campaign}/messages?limit=200"),
        &token,
        None,
    )
    .await;
    let answered = messages.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|message| message["ses_message_id"] == step_two_id)
        .expect("step 2");
    assert!(answered["replied_at"].is_string(), "{answered}");
    let me = call(Method::GET, "/me", &token, None).await;
    let seeker = me.body["user"]["email"].as_str().expect("email").to_owned();
    let forwarded = eventually(PIPELINE, || mail_to(&seeker))
        .await
        .expect("the reply was forwarded to the seeker");
    assert_eq!(
        forwarded.header("Subject").as_deref(),
        Some("Re: Staff Engineer: an idea")
    );
    assert!(
        forwarded
            .header("Reply-To")
            .is_some_and(|to| to.contains(&addresses[3])),
        "{:?}",
        forwarded.header("Reply-To")
    );
}

/// Replies through the inbound bucket, matched each way SPEC promises: by `References` alone,
/// by the reply address alone (a client that drops the threading headers), an invitation that
/// moves the application to `interviewing`, and mail from a stranger kept unmatched. Analytics
/// and usage count the two replies.
#[tokio::test]
async fn replies_match_by_references_or_reply_address_and_strangers_stay_unmatched() {
    let token = sign_in_over_http().await;
    let label = Uuid::new_v4().simple().to_string();
    let addresses = [
        format!("success+{label}r@simulator.amazonses.com"),
        format!("success+{label}i@simulator.amazonses.com"),
    ];
    let Launched {
        campaign,
        contacts,
        application,
        ..
    } = launched_campaign(&token, &addresses).await;
    let applied = call(
        Method::PATCH,
        &format!("/applications/{application}"),
        &token,
        Some(json!({"status": "applied"})),
    )
    .await;
    assert_eq!(applied.status, 200, "{}", applied.text);
    let messages = messages_when(&token, &campaign, |items| {
        items.iter().filter(|m| m["status"] == "sent").count() == 2
    })
    .await
    .expect("step 1 reached both");
    let step_one = |contact: &str| {
        messages
            .iter()
            .find(|m| m["step"] == 1 && m["contact_id"] == contact)
            .expect("step 1")
            .clone()
    };

    // The first answers with References only (no In-Reply-To).
    let first_id = step_one(&contacts[0])["ses_message_id"]
        .as_str()
        .expect("sent")
        .to_owned();
    receive_inbound(
        &format!("{label}-references"),
        format!(
            "From: Ada <{}>\r\nTo: grace@example.test\r\nSubject: Re: Staff Engineer: an idea\r\n\
             Message-ID: <{label}-1@acme.test>\r\n\
             References: <older@acme.test> <{first_id}@email.amazonses.com>\r\n\
             Date: Thu, 26 Nov 2026 10:00:00 +0000\r\n\r\nThanks, I passed it on to our lead.\r\n",
            addresses[0]
        ),
    )
    .await;
    let stopped = enrollments_when(&token, &campaign, |items| {
        of(items, &contacts[0])["stop_reason"] == "replied"
    })
    .await
    .expect("the References-only reply stopped the enrollment");
    // The hiring team answered: the other contact at Acme Pay stops too.
    assert_eq!(of(&stopped, &contacts[1])["stop_reason"], "company_replied");

    // The second invites, writing to the reply address of the mail and nothing else.
    let mail = eventually(PIPELINE, || mail_to(&addresses[1]))
        .await
        .expect("step 1 in the emulator");
    let header = mail.header("Reply-To").expect("Reply-To");
    let reply_to = header.trim_matches(['<', '>', ' ']);
    assert!(reply_to.starts_with("reply+"), "{header}");
    receive_inbound(
        &format!("{label}-address"),
        format!(
            "From: Ada <{}>\r\nTo: {reply_to}\r\nSubject: Your note\r\n\
             Message-ID: <{label}-2@acme.test>\r\nDate: Thu, 26 Nov 2026 11:00:00 +0000\r\n\r\n\
             Could we schedule a call on Tuesday to talk about the role? An interview with the \
             team would follow.\r\n",
            addresses[1]
        ),
    )
    .await;
    let path = format!("/applications/{application}");
    let moved = eventually(PIPELINE, || async {
        let shown = call(Method::GET, &path, &token, None).await;
        (shown.body["status"] == "interviewing").then_some(shown.body)
    })
    .await;
    assert!(moved.is_some(), "the invitation moved the application");

    // A stranger writes to the inbound domain, naming nothing of ours.
    receive_inbound(
        &format!("{label}-stranger"),
        format!(
            "From: Someone <someone@elsewhere.test>\r\nTo: hello@{INBOUND_MAIL_DOMAIN}\r\n\
             Subject: Hello\r\nMessage-ID: <{label}-3@elsewhere.test>\r\n\
             Date: Thu, 26 Nov 2026 12:00:00 +0000\r\n\r\nIs this the right address?\r\n"
        ),
    )
    .await;
    let db = stack_db().await;
    let key = format!("inbound/{label}-stranger");
    let unmatched = eventually(PIPELINE, || async {
        db.query_opt(
            "SELECT user_id, matched_by, reason FROM inbound_messages WHERE s3_key = $1",
            &[&key],
        )
        .await
        .expect("query")
    })
    .await
    .expect("the stranger's mail was recorded");
    assert!(unmatched.get::<_, Option<Uuid>>("user_id").is_none());
    assert!(unmatched.get::<_, Option<String>>("matched_by").is_none());

    // Both replies are on their messages, in the analytics and in the usage.
    let matched: Vec<String> = db
        .query(
            "SELECT matched_by FROM inbound_messages WHERE s3_key LIKE $1 AND user_id IS NOT NULL \
             ORDER BY received_at",
            &[&format!("inbound/{label}-%")],
        )
        .await
        .expect("query")
        .iter()
        .map(|row| row.get(0))
        .collect();
    assert_eq!(matched, ["references", "reply_address"]);
    let overview = call(Method::GET, "/analytics/overview", &token, None).await;
    assert_eq!(overview.status, 200, "{}", overview.text);
    assert_eq!(overview.body["total_sent"], 2, "{}", overview.text);
    assert_eq!(overview.body["replied"], 2, "{}", overview.text);
    assert_eq!(overview.body["reply_rate"], 1.0, "{}", overview.text);
    assert_eq!(overview.body["roles_applied"], 1, "{}", overview.text);
    let detail = call(
        Method::GET,
        &format!("/analytics/campaigns/{campaign}"),
        &token,
        None,
    )
    .await;
    assert_eq!(detail.body["by_step"][0]["replied"], 2, "{}", detail.text);
    let usage = call(Method::GET, "/usage", &token, None).await;
    assert_eq!(usage.status, 200, "{}", usage.text);
    assert_eq!(usage.body["sends"], 2, "{}", usage.text);
    assert_eq!(usage.body["replies_processed"], 2, "{}", usage.text);
}

/// The demo of the local stack: four contacts, two steps a minute apart, and nothing but the
/// stack's own every-minute schedule driving the scheduler. It prints how long the campaign
/// took from launch to `completed` (the README reports it); the deadline only bounds the wait.
#[tokio::test]
async fn a_demo_campaign_completes_on_the_stacks_own_schedule() {
    let token = sign_in_over_http().await;
    let label = Uuid::new_v4().simple().to_string();
    let addresses: Vec<String> = (0..4)
        .map(|n| format!("success+{label}{n}@simulator.amazonses.com"))
        .collect();
    let started = std::time::Instant::now();
    let launched = launched_campaign(&token, &addresses).await;
    let path = format!("/campaigns/{}", launched.campaign);
    let completed = eventually(Duration::from_secs(600), || async {
        let campaign = call(Method::GET, &path, &token, None).await;
        (campaign.body["status"] == "completed").then_some(campaign.body)
    })
    .await;
    let elapsed = started.elapsed();
    assert!(completed.is_some(), "the campaign completed by itself");
    println!("demo campaign: launched and completed in {elapsed:.0?}");
    let messages = call(
        Method::GET,
        &format!("{path}/messages?limit=200"),
        &token,
        None,
    )
    .await;
    let items = messages.body["items"].as_array().expect("items");
    assert_eq!(
        items.len(),
        8,
        "two steps to each of four: {}",
        messages.text
    );
    for contact in &launched.contacts {
        let sent: Vec<i64> = items
            .iter()
            .filter(|m| m["contact_id"] == contact.as_str() && m["status"] == "sent")
            .filter_map(|m| m["step"].as_i64())
            .collect();
        assert_eq!(sent.len(), 2, "{contact}: {items:?}");
        assert!(
            sent.contains(&1) && sent.contains(&2),
            "{contact}: {items:?}"
        );
    }
}
