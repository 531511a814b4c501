//! Analytics equal a direct count over the messages and their events, whatever SES, SNS and the
//! inbound mail deliver, in whatever order, however often, and whenever the rollup runs; usage
//! equals the work counted, and a user out of sends is refused before SES is asked anything.

use std::collections::BTreeMap;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::*;

/// The eight counts of one group, in the API's order.
type Counts = [i64; 8];

const METRICS: [&str; 8] = [
    "total_sent",
    "delivered",
    "opened",
    "clicked",
    "replied",
    "bounced",
    "complained",
    "unsubscribed",
];

fn counts_of(value: &Value) -> Counts {
    METRICS.map(|metric| {
        value[metric]
            .as_i64()
            .unwrap_or_else(|| panic!("{metric} in {value}"))
    })
}

fn counts_from_row(row: &tokio_postgres::Row, first: usize) -> Counts {
    std::array::from_fn(|index| row.get(first + index))
}

/// What a direct count over the user's campaign messages gives: per campaign, per campaign
/// and step, and per campaign and UTC day.
struct DirectCount {
    by_campaign: BTreeMap<String, Counts>,
    by_step: BTreeMap<(String, i32), Counts>,
    by_day: BTreeMap<(String, String), Counts>,
}

impl App {
    async fn direct_count(&self, user: Uuid) -> DirectCount {
        let client = self.stack.db().await;
        let columns = "count(sent_at), count(delivered_at), count(opened_at), count(clicked_at), \
                       count(replied_at), count(bounced_at), count(complained_at), \
                       count(unsubscribed_at)";
        let mut by_campaign = BTreeMap::new();
        let mut by_step = BTreeMap::new();
        for row in client
            .query(
                &format!(
                    "SELECT campaign_id::text, step, {columns} FROM outbound_emails \
                     WHERE user_id = $1 AND campaign_id IS NOT NULL \
                     GROUP BY GROUPING SETS ((campaign_id), (campaign_id, step))"
                ),
                &[&user],
            )
            .await
            .expect("direct count")
        {
            let campaign: String = row.get(0);
            let counts = counts_from_row(&row, 2);
            match row.get::<_, Option<i32>>(1) {
                Some(step) => by_step.insert((campaign, step), counts),
                None => by_campaign.insert(campaign, counts),
            };
        }
        let mut by_day: BTreeMap<(String, String), Counts> = BTreeMap::new();
        for row in client
            .query(
                "SELECT o.campaign_id::text, ((m.at AT TIME ZONE 'UTC')::date)::text, m.metric \
                 FROM outbound_emails o CROSS JOIN LATERAL (VALUES \
                   (0, o.sent_at), (1, o.delivered_at), (2, o.opened_at), (3, o.clicked_at), \
                   (4, o.replied_at), (5, o.bounced_at), (6, o.complained_at), \
                   (7, o.unsubscribed_at)) AS m(metric, at) \
                 WHERE o.user_id = $1 AND o.campaign_id IS NOT NULL AND m.at IS NOT NULL",
                &[&user],
            )
            .await
            .expect("direct count by day")
        {
            let metric: i32 = row.get(2);
            by_day.entry((row.get(0), row.get(1))).or_default()[metric as usize] += 1;
        }
        DirectCount {
            by_campaign,
            by_step,
            by_day,
        }
    }

    /// The same numbers counted from the stored SES events themselves: distinct messages with
    /// a delivery, open, click, permanent bounce and complaint.
    async fn counted_from_events(&self, user: Uuid) -> [i64; 5] {
        let row = self
            .stack
            .db()
            .await
            .query_one(
                "SELECT \
                   count(DISTINCT o.id) FILTER (WHERE e.event_type = 'delivery'), \
                   count(DISTINCT o.id) FILTER (WHERE e.event_type = 'open'), \
                   count(DISTINCT o.id) FILTER (WHERE e.event_type = 'click'), \
                   count(DISTINCT o.id) FILTER (WHERE e.event_type = 'bounce' \
                                                AND e.bounce_type = 'Permanent'), \
                   count(DISTINCT o.id) FILTER (WHERE e.event_type = 'complaint') \
                 FROM ses_events e JOIN outbound_emails o ON o.id = e.outbound_email_id \
                 WHERE o.user_id = $1 AND o.campaign_id IS NOT NULL",
                &[&user],
            )
            .await
            .expect("count from events");
        std::array::from_fn(|index| row.get(index))
    }

    /// Asserts that both analytics routes show exactly the direct count for `seeker`.
    async fn assert_analytics_equal_direct_count(&self, seeker: &Seeker, when: &str) {
        let direct = self.direct_count(seeker.user.id).await;
        let overview = self
            .sending
            .get("/analytics/overview", &seeker.user.token)
            .await;
        assert_eq!(overview.status, 200, "{}", overview.body);
        let mut total = [0; 8];
        let listed = overview.body["by_campaign"]
            .as_array()
            .expect("by_campaign");
        assert_eq!(listed.len(), direct.by_campaign.len(), "{when}");
        for campaign in listed {
            let id = campaign["campaign_id"].as_str().expect("id").to_owned();
            let counts = counts_of(campaign);
            assert_eq!(Some(&counts), direct.by_campaign.get(&id), "{when}: {id}");
            for (sum, count) in total.iter_mut().zip(counts) {
                *sum += count;
            }
            let detail = self
                .sending
                .get(&format!("/analytics/campaigns/{id}"), &seeker.user.token)
                .await;
            assert_eq!(detail.status, 200, "{}", detail.body);
            assert_eq!(counts_of(&detail.body), counts, "{when}: {id}");
            for step in detail.body["by_step"].as_array().expect("by_step") {
                let position = step["step"].as_i64().expect("step") as i32;
                let expected = direct
                    .by_step
                    .get(&(id.clone(), position))
                    .copied()
                    .unwrap_or_default();
                assert_eq!(counts_of(step), expected, "{when}: {id} step {position}");
            }
            let days: BTreeMap<(String, String), Counts> = detail.body["by_day"]
                .as_array()
                .expect("by_day")
                .iter()
                .map(|day| {
                    let date = day["day"].as_str().expect("day").to_owned();
                    ((id.clone(), date), counts_of(day))
                })
                .collect();
            let expected: BTreeMap<_, _> = direct
                .by_day
                .iter()
                .filter(|((campaign, _), _)| *campaign == id)
                .map(|(key, counts)| (key.clone(), *counts))
                .collect();
            assert_eq!(days, expected, "{when}: {id} by day");
        }
        assert_eq!(counts_of(&overview.body), total, "{when}: totals");
        let events = self.counted_from_events(seeker.user.id).await;
        assert_eq!(
            [total[1], total[2], total[3], total[5], total[6]],
            events,
            "{when}: delivered, opened, clicked, bounced and complained against the SES events"
        );
    }

    /// Ledger changes at or above the rollup's watermark: what the next rollup adds.
    async fn unrolled_changes(&self) -> i64 {
        self.stack
            .count(
                "SELECT count(*) FROM campaign_metric_changes \
                 WHERE xid >= (SELECT rolled_below FROM analytics_rollup_state)",
                &[],
            )
            .await
    }

    async fn roll_up(&self, maintenance: &maintenance::State) -> i64 {
        maintenance::roll_up(maintenance)
            .await
            .expect("rollup")
            .changes_added
    }
}

#[tokio::test]
async fn analytics_equal_a_direct_count_after_a_random_event_mix() {
    let app = app().await;
    let (maintenance, _) = app.stack.maintenance(&app.queue).await;
    let (seeker, _, first_campaign, _) = app.step_one_sent(10, "metrics").await;
    // A second campaign of the same seeker, and another user's campaign whose events are mixed
    // in with ours.
    let (_, second_campaign) = app.launched(&seeker, 6, "second").await;
    app.tick(Utc::now()).await;
    app.drain().await;
    let (other, _, _, _) = app.step_one_sent(4, "other").await;
    let mut messages = app.messages(&seeker, &first_campaign).await;
    messages.extend(app.messages(&seeker, &second_campaign).await);
    let mut others = Vec::new();
    for campaign in app.sending.get("/campaigns", &other.user.token).await.body["items"]
        .as_array()
        .expect("campaigns")
    {
        others.extend(app.messages(&other, &id(campaign)).await);
    }
    assert_eq!((messages.len(), others.len()), (16, 4));
    let everyone: Vec<&Value> = messages.iter().chain(&others).collect();
    app.assert_analytics_equal_direct_count(&seeker, "after the sends")
        .await;

    let seed: u64 = std::env::var("ANALYTICS_SEED")
        .ok()
        .and_then(|seed| seed.parse().ok())
        .unwrap_or_else(|| rand::rng().random());
    println!("ANALYTICS_SEED={seed}");
    let mut rng = StdRng::seed_from_u64(seed);
    // Every SNS record delivered so far, for redeliveries.
    let mut delivered: Vec<Value> = Vec::new();
    for round in 0..4 {
        for _ in 0..40 {
            let message = everyone[rng.random_range(0..everyone.len())];
            let ses_id = message["ses_message_id"].as_str().expect("sent");
            let recipient = message["recipient"].as_str().expect("recipient");
            let roll: u32 = rng.random_range(0..100);
            let record = if roll < 15 && !delivered.is_empty() {
                // SNS delivers a notification again.
                delivered[rng.random_range(0..delivered.len())].clone()
            } else {
                let (kind, bounce) = match roll % 7 {
                    0 | 1 => ("Delivery", ""),
                    2 => ("Open", ""),
                    3 => ("Click", ""),
                    4 => ("Bounce", "Permanent"),
                    5 => ("Bounce", "Transient"),
                    _ => ("Complaint", ""),
                };
                // Out of order, across days: up to three days either side of now.
                let at = Utc::now() + Duration::minutes(rng.random_range(-4320..4320));
                notification_at(ses_id, recipient, kind, bounce, at)
            };
            ses_events::handle(&app.events, record.clone())
                .await
                .expect("stored");
            delivered.push(record);
            if rng.random_ratio(1, 10) {
                app.roll_up(&maintenance).await;
            }
        }
        // A few replies, threaded to a random message: a person's, and one asking to be
        // removed (an unsubscribe and a reply).
        for words in ["Happy to chat next week.", "Please unsubscribe me."] {
            let message = everyone[rng.random_range(0..everyone.len())];
            let ses_id = message["ses_message_id"].as_str().expect("sent");
            let threading = format!("In-Reply-To: <{ses_id}@email.amazonses.com>\r\n");
            let to = format!("reply@{INBOUND_MAIL_DOMAIN}");
            let raw = reply_mail(
                message["recipient"].as_str().expect("recipient"),
                &to,
                &threading,
                "Re: an idea",
                words,
            );
            app.receive(&raw).await;
        }
        app.assert_analytics_equal_direct_count(&seeker, &format!("round {round}, seed {seed}"))
            .await;
        // Two rollups at once add each change once, together every pending one; a third finds
        // nothing new.
        let pending = app.unrolled_changes().await;
        let (one, two) = tokio::join!(app.roll_up(&maintenance), app.roll_up(&maintenance));
        assert_eq!(one + two, pending, "{one} + {two}, seed {seed}");
        assert_eq!(app.roll_up(&maintenance).await, 0, "seed {seed}");
        app.assert_analytics_equal_direct_count(
            &seeker,
            &format!("round {round} rolled up, seed {seed}"),
        )
        .await;
    }
    // Everything is in the rollup now, and still equal.
    assert_eq!(app.unrolled_changes().await, 0);
    // The hourly clean-up trims the rolled-up ledger; the numbers stay the same.
    let ledger = app
        .stack
        .count("SELECT count(*) FROM campaign_metric_changes", &[])
        .await;
    let cleaned = maintenance::run(&maintenance).await.expect("clean-up");
    assert_eq!(i64::try_from(cleaned.metric_changes_trimmed), Ok(ledger));
    app.assert_analytics_equal_direct_count(&seeker, &format!("trimmed, seed {seed}"))
        .await;
    let overview = app
        .sending
        .get("/analytics/overview", &seeker.user.token)
        .await;
    for metric in ["total_sent", "delivered", "bounced", "replied"] {
        assert!(
            overview.body[metric].as_i64() > Some(0),
            "{metric}: {}",
            overview.body
        );
    }
    assert_eq!(overview.body["roles_applied"], 0);
    app.assert_analytics_equal_direct_count(&other, "the other user")
        .await;
}

#[tokio::test]
async fn analytics_show_nothing_of_another_users_campaigns() {
    let app = app().await;
    let (seeker, _, campaign, messages) = app.step_one_sent(2, "mine").await;
    let ses_id = messages[0]["ses_message_id"].as_str().expect("sent");
    let recipient = messages[0]["recipient"].as_str().expect("recipient");
    ses_events::handle(&app.events, notification(ses_id, recipient, "Delivery", ""))
        .await
        .expect("stored");
    let stranger = app.stack.user().await;
    let overview = app
        .sending
        .get("/analytics/overview", &stranger.token)
        .await;
    assert_eq!(overview.status, 200, "{}", overview.body);
    assert_eq!(counts_of(&overview.body), [0; 8]);
    assert_eq!(overview.body["by_campaign"], json!([]));
    assert_eq!(overview.body["reply_rate"], 0.0);
    let theirs = app
        .sending
        .get(&format!("/analytics/campaigns/{campaign}"), &stranger.token)
        .await;
    assert_problem(&theirs, 404);
    let unknown = app
        .sending
        .get(
            &format!("/analytics/campaigns/{}", Uuid::new_v4()),
            &seeker.user.token,
        )
        .await;
    assert_problem(&unknown, 404);
    let malformed = app
        .sending
        .get("/analytics/campaigns/not-a-uuid", &seeker.user.token)
        .await;
    assert_eq!(malformed.status / 100, 4, "{}", malformed.body);
    let anonymous = app
        .sending
        .call_raw("GET", "/analytics/overview", None, None)
        .await;
    assert_problem(&anonymous, 401);
    // The owner sees their two sends, the delivery, both steps of the sequence (the second
    // with zeros) and the application they applied for.
    let moved = app
        .workspace
        .call_raw(
            "PATCH",
            &format!("/applications/{}", seeker.application_id),
            Some(&seeker.user.token),
            Some(&json!({"status": "applied"}).to_string()),
        )
        .await;
    assert_eq!(moved.status, 200, "{}", moved.body);
    let mine = app
        .sending
        .get(
            &format!("/analytics/campaigns/{campaign}"),
            &seeker.user.token,
        )
        .await;
    assert_eq!(mine.status, 200, "{}", mine.body);
    assert_eq!(mine.body["total_sent"], 2);
    assert_eq!(mine.body["delivered"], 1);
    assert_eq!(mine.body["by_step"][1]["step"], 2);
    assert_eq!(counts_of(&mine.body["by_step"][1]), [0; 8]);
    let overview = app
        .sending
        .get("/analytics/overview", &seeker.user.token)
        .await;
    assert_eq!(overview.body["roles_applied"], 1);
}

#[tokio::test]
async fn usage_equals_the_work_counted_and_its_priced_cost() {
    let app = app().await;
    let auth = Api::auth(app.stack.auth_config(&app.queue)).await;
    let (seeker, _, _, messages) = app.step_one_sent(3, "usage").await;
    // A person's reply to the first message, and mail matched to nobody (not counted).
    let ses_id = messages[0]["ses_message_id"].as_str().expect("sent");
    let threading = format!("In-Reply-To: <{ses_id}@email.amazonses.com>\r\n");
    let to = format!("reply@{INBOUND_MAIL_DOMAIN}");
    let recipient = messages[0]["recipient"].as_str().expect("recipient");
    app.receive(&reply_mail(
        recipient,
        &to,
        &threading,
        "Re: an idea",
        "Sounds good.",
    ))
    .await;
    app.receive(&reply_mail(
        "x@nowhere.test",
        &to,
        "",
        "Hello",
        "Who is this?",
    ))
    .await;
    record_usage(&app.stack.pool, seeker.user.id, "verification", 5).await;
    record_usage(&app.stack.pool, seeker.user.id, "resume_parse", 2).await;
    // Last month's work is not this month's.
    app.stack
        .db()
        .await
        .execute(
            "INSERT INTO usage_events (user_id, kind, occurred_at) \
             VALUES ($1, 'send', date_trunc('month', now()) - interval '1 day')",
            &[&seeker.user.id],
        )
        .await
        .expect("last month");
    let usage = auth.get("/usage", &seeker.user.token).await;
    assert_eq!(usage.status, 200, "{}", usage.body);
    let body = &usage.body;
    assert_eq!(
        [
            &body["sends"],
            &body["verifications"],
            &body["resume_parses"],
            &body["replies_processed"]
        ],
        [3, 5, 2, 1],
        "{body}"
    );
    assert_eq!(body["limits"]["monthly_sends"], 1_500);
    assert_eq!(body["remaining"]["sends"], 1_497);
    assert_eq!(body["remaining"]["resume_parses"], 28);
    // The estimate is the price table applied to the counts.
    let expected: f64 = app
        .stack
        .db()
        .await
        .query_one(
            "SELECT sum(quantity * usd_per_unit * CASE work WHEN 'send' THEN 3 \
                    WHEN 'verification' THEN 5 WHEN 'resume_parse' THEN 2 ELSE 1 END)::float8 \
             FROM usage_prices",
            &[],
        )
        .await
        .expect("priced")
        .get(0);
    let estimated = body["estimated_cost_usd"].as_f64().expect("estimate");
    assert!(
        (estimated - expected).abs() < 1e-12,
        "{estimated} vs {expected}"
    );
    let services = body["cost_by_service"].as_array().expect("services");
    let by_service: f64 = services
        .iter()
        .map(|s| s["usd"].as_f64().unwrap_or(-1.0))
        .sum();
    assert!((by_service - estimated).abs() < 1e-12);
    assert_eq!(services[0]["service"], "ses", "{body}");
    let ses_emails: f64 = services[0]["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|item| item["item"] == "outbound email")
        .map(|item| item["quantity"].as_f64().unwrap_or(0.0))
        .sum();
    // Three campaign sends and the reply's forward to the seeker.
    assert_eq!(ses_emails, 4.0);
    // Another user has done nothing, and pays nothing.
    let stranger = app.stack.user().await;
    let theirs = auth.get("/usage", &stranger.token).await;
    assert_eq!(theirs.body["sends"], 0);
    // Zero, not `-0.0`: a client shows it as it comes.
    assert_eq!(theirs.body["estimated_cost_usd"].to_string(), "0.0");
    assert_eq!(theirs.body["cost_by_service"], json!([]));
    assert_problem(&auth.call_raw("GET", "/usage", None, None).await, 401);
}

#[tokio::test]
async fn a_user_out_of_sends_is_refused_at_launch_and_nothing_is_enrolled() {
    let app = app().await;
    let seeker = app.seeker(50, 60).await;
    let contact = app
        .contact(&seeker.user, &address("quota"), Some("Ada"), "valid")
        .await;
    record_usage(&app.stack.pool, seeker.user.id, "send", 1_500).await;
    let campaign = app.campaign(&seeker, std::slice::from_ref(&contact)).await;
    let launched = app.launch(&seeker, &campaign).await;
    assert_problem(&launched, 429);
    assert!(
        launched.body["detail"]
            .as_str()
            .is_some_and(|detail| detail.contains("monthly send quota")),
        "{}",
        launched.body
    );
    assert!(launched.header("retry-after").is_some());
    let shown = app
        .sending
        .get(&format!("/campaigns/{campaign}"), &seeker.user.token)
        .await;
    assert_eq!(shown.body["status"], "draft");
    assert!(app.enrollments(&seeker, &campaign).await.is_empty());
    let tick = app.tick(Utc::now()).await;
    assert_eq!(tick.messages_made, 0, "{tick:?}");
    assert_eq!(app.drain().await, 0);
}
