//! The daily summary: yesterday's numbers in the user's own morning, once, and never after they
//! turn it off; the settings it depends on, through `PATCH /me`.

use super::*;

impl App {
    /// 08:30 tomorrow in `timezone`, as an instant.
    async fn tomorrow_morning(&self, timezone: &str) -> DateTime<Utc> {
        self.stack
            .db()
            .await
            .query_one(
                "SELECT (((now() AT TIME ZONE $1)::date + 1) + time '08:30') AT TIME ZONE $1",
                &[&timezone],
            )
            .await
            .expect("a morning")
            .get(0)
    }
}

#[tokio::test]
async fn the_daily_summary_goes_once_in_the_users_morning_and_not_after_opting_out() {
    let app = app().await;
    let auth = Api::auth(app.stack.auth_config(&app.queue)).await;
    let (maintenance, mail) = app.stack.maintenance(&app.queue).await;
    let (seeker, _, campaign, messages) = app.step_one_sent(3, "summary").await;
    let token = seeker.user.token.as_str();
    let patch = |body: Value| auth.call("PATCH", "/me", Some(token), Some(body));

    // Settings: a timezone that is not an IANA name is refused and changes nothing.
    let me = auth.get("/me", token).await;
    assert_eq!(
        me.body["settings"],
        json!({"timezone": "UTC", "daily_summary": true})
    );
    for bad in [
        json!({"timezone": "Mars/Olympus"}),
        json!({"timezone": "america/new_york"}),
        json!({"timezone": 5}),
        json!({"daily_summary": "yes"}),
        json!({"theme": "dark"}),
    ] {
        let refused = patch(bad.clone()).await;
        assert!(
            matches!(refused.status, 400 | 422),
            "{bad}: {} {}",
            refused.status,
            refused.body
        );
        assert_eq!(
            refused.header("content-type"),
            Some("application/problem+json")
        );
    }
    let set = patch(json!({"timezone": "America/New_York"})).await;
    assert_eq!(set.status, 200, "{}", set.body);
    assert_eq!(
        set.body,
        json!({"timezone": "America/New_York", "daily_summary": true})
    );

    // Yesterday, seen from tomorrow morning: three sends, a permanent bounce, a person's
    // reply, and the campaign paused by hand.
    let bounced = &messages[0];
    ses_events::handle(
        &app.events,
        notification(
            bounced["ses_message_id"].as_str().expect("sent"),
            bounced["recipient"].as_str().expect("recipient"),
            "Bounce",
            "Permanent",
        ),
    )
    .await
    .expect("stored");
    let answered = &messages[1];
    let threading = format!(
        "In-Reply-To: <{}@email.amazonses.com>\r\n",
        answered["ses_message_id"].as_str().expect("sent")
    );
    app.receive(&reply_mail(
        answered["recipient"].as_str().expect("recipient"),
        &format!("reply@{INBOUND_MAIL_DOMAIN}"),
        &threading,
        "Re: an idea",
        "Thanks, I will pass it on.",
    ))
    .await;
    let paused = app
        .sending
        .post(&format!("/campaigns/{campaign}/pause"), token, json!({}))
        .await;
    assert_eq!(paused.status, 200, "{}", paused.body);
    app.drain().await;

    let morning = app.tomorrow_morning("America/New_York").await;
    let run =
        |at: DateTime<Utc>| maintenance::summaries::send_daily_summaries(&maintenance, &mail, at);
    // Before 8:00 there, nothing is due.
    let early = run(morning - Duration::hours(1)).await.expect("early run");
    assert_eq!(early.due, 0, "{early:?}");
    let report = run(morning).await.expect("morning run");
    assert_eq!(
        (report.due, report.sent, report.quiet),
        (1, 1, 0),
        "{report:?}"
    );
    let jobs = app.take_jobs().await;
    let summary = jobs
        .iter()
        .find_map(|job| match job {
            shared::mail::MailJob::DailySummary {
                sends,
                replies,
                bounces,
                paused,
                ..
            } => Some((*sends, *replies, *bounces, paused.clone())),
            _ => None,
        })
        .expect("a summary job");
    assert_eq!((summary.0, summary.1, summary.2), (3, 1, 1));
    assert_eq!(
        summary.3,
        [shared::mail::PausedCampaign {
            name: "Acme Pay".into(),
            reason: "manual".into()
        }]
    );
    // The same morning again, and at once from two runs: nothing more.
    let (again, twice) = tokio::join!(run(morning + Duration::minutes(30)), run(morning));
    assert_eq!(again.expect("again").sent + twice.expect("twice").sent, 0);
    assert!(app.take_jobs().await.is_empty());

    // The mail itself, through the mail worker and SES.
    for job in &jobs {
        shared::mail::enqueue(&shared::aws::sqs(&app.stack.aws), &app.queue, job)
            .await
            .expect("requeued");
    }
    app.drain().await;
    let outbound: String = app
        .stack
        .db()
        .await
        .query_one(
            "SELECT o.status FROM daily_summaries d JOIN outbound_emails o \
             ON o.id = d.outbound_email_id WHERE d.user_id = $1",
            &[&seeker.user.id],
        )
        .await
        .expect("the summary's row")
        .get(0);
    assert_eq!(outbound, "sent");

    // A day with nothing sent, answered or bounced sends nothing (the campaign still paused is
    // named when there is a summary); turned off, nothing either.
    let quiet = run(morning + Duration::days(1)).await.expect("next day");
    assert_eq!((quiet.due, quiet.sent, quiet.quiet), (1, 0, 1), "{quiet:?}");
    let off = patch(json!({"daily_summary": false})).await;
    assert_eq!(off.body["daily_summary"], false, "{}", off.body);
    assert_eq!(off.body["timezone"], "America/New_York");
    let after = run(morning + Duration::days(2)).await.expect("opted out");
    assert_eq!(after.due, 0, "{after:?}");
}

/// A summary whose enqueue failed (the row committed `queued`, its job lost) is rebuilt by the
/// mail sweep while its day lasts where the user is, with yesterday counted again; one whose
/// day has passed, or whose user turned summaries off, is failed with its reason.
#[tokio::test]
async fn a_summary_whose_enqueue_failed_is_sent_by_the_sweep_only_on_its_day() {
    let app = app().await;
    let (maintenance, mail) = app.stack.maintenance(&app.queue).await;
    let (seeker, _, campaign, _) = app.step_one_sent(2, "stranded").await;
    let user = seeker.user.id;
    let db = app.stack.db().await;
    // The two sends happened yesterday (the user's timezone is UTC).
    db.execute(
        "UPDATE outbound_emails SET sent_at = sent_at - interval '1 day' \
         WHERE campaign_id = $1::text::uuid",
        &[&campaign],
    )
    .await
    .expect("yesterday's sends");
    // What `send_daily_summaries` leaves when its enqueue fails: the day decided, its mail row
    // `queued`; once for today, once for a day that has passed.
    let stranded = |user: Uuid, days_ago: i32| {
        let db = &db;
        async move {
            db.query_one(
                "WITH mail AS (INSERT INTO outbound_emails (user_id, kind, recipient, created_at) \
                   SELECT id, 'daily_summary', email, now() - interval '3 minutes' \
                   FROM users WHERE id = $1 RETURNING id) \
                 INSERT INTO daily_summaries (user_id, local_date, outbound_email_id) \
                 SELECT $1, (now() AT TIME ZONE 'UTC')::date - $2::int, id FROM mail \
                 RETURNING outbound_email_id",
                &[&user, &days_ago],
            )
            .await
            .expect("a stranded summary")
            .get::<_, Uuid>(0)
        }
    };
    let today = stranded(user, 0).await;
    let passed = stranded(user, 1).await;
    // And today's for someone who turned summaries off after the day was decided.
    let opted_out = app.stack.user().await.id;
    db.execute(
        "UPDATE users SET daily_summary = false WHERE id = $1",
        &[&opted_out],
    )
    .await
    .expect("opted out");
    let unwanted = stranded(opted_out, 0).await;

    let swept = maintenance::reconcile_mail(&maintenance, &mail)
        .await
        .expect("sweep");
    assert_eq!((swept.requeued, swept.abandoned), (1, 2), "{swept:?}");
    let jobs = app.take_jobs().await;
    let [
        shared::mail::MailJob::DailySummary {
            outbound_email_id,
            sends,
            replies,
            bounces,
            ..
        },
    ] = jobs.as_slice()
    else {
        panic!("one summary job: {jobs:?}");
    };
    assert_eq!(*outbound_email_id, today);
    assert_eq!((*sends, *replies, *bounces), (2, 0, 0));
    for (id, reason) in [
        (passed, "day had passed"),
        (unwanted, "turned summaries off"),
    ] {
        let failed: (String, Option<String>) = db
            .query_one(
                "SELECT status, failure_reason FROM outbound_emails WHERE id = $1",
                &[&id],
            )
            .await
            .map(|row| (row.get(0), row.get(1)))
            .expect("the abandoned row");
        assert_eq!(failed.0, "failed");
        assert!(
            failed.1.unwrap_or_default().contains(reason),
            "the reason is recorded: {reason}"
        );
    }

    // The rebuilt job is the mail: through the mail worker, once.
    for job in &jobs {
        shared::mail::enqueue(&shared::aws::sqs(&app.stack.aws), &app.queue, job)
            .await
            .expect("enqueued");
    }
    app.drain().await;
    let status: String = db
        .query_one(
            "SELECT status FROM outbound_emails WHERE id = $1",
            &[&today],
        )
        .await
        .expect("today's row")
        .get(0);
    assert_eq!(status, "sent");
}
