//! SES notifications: stored exactly once, status only moves forward, bad input acknowledged.

use integration_tests::*;
use serde_json::Value;
use ses_events::Stored;
use uuid::Uuid;

const TOPIC: &str = "arn:aws:sns:us-east-1:123456789012:roleferry-SesEventsTopic-7Q8W9E";
const OUTBOUND_ID: &str = "9b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b";
const SES_MESSAGE_ID: &str = "0100019a4b7c8d9e-1f2a3b4c-5d6e-7f80-9a1b-2c3d4e5f6a7b-000000";

async fn state_with_sent_mail() -> ses_events::State {
    let stack = TestStack::new().await;
    let client = stack.db().await;
    let id: Uuid = OUTBOUND_ID.parse().expect("uuid");
    client
        .execute(
            "INSERT INTO outbound_emails (id, kind, recipient, status, ses_message_id, sent_at) \
             VALUES ($1, 'magic_link', 'bounce@simulator.amazonses.com', 'sent', $2, now())",
            &[&id, &SES_MESSAGE_ID],
        )
        .await
        .expect("outbound row");
    let (queue, _) = stack.queue().await;
    stack.ses_events(TOPIC, &queue).await
}

async fn delivery_status(state: &ses_events::State) -> (Option<String>, i32) {
    let client = state.pool.get().await.expect("db");
    let row = client
        .query_one(
            "SELECT delivery_status, delivery_rank FROM outbound_emails",
            &[],
        )
        .await
        .expect("row");
    (row.get(0), row.get(1))
}

async fn stored_events(state: &ses_events::State) -> i64 {
    let client = state.pool.get().await.expect("db");
    client
        .query_one("SELECT count(*) FROM ses_events", &[])
        .await
        .expect("count")
        .get(0)
}

#[tokio::test]
async fn a_bounce_is_stored_once_even_when_delivered_twice() {
    let state = state_with_sent_mail().await;
    let bounce = event_json("ses-events/bounce.json");

    let first = ses_events::handle(&state, bounce.clone())
        .await
        .expect("handled");
    let second = ses_events::handle(&state, bounce).await.expect("handled");

    assert!(
        matches!(
            first[..],
            [Stored::New {
                status_advanced: true,
                ..
            }]
        ),
        "{first:?}"
    );
    assert_eq!(second, vec![Stored::Duplicate]);
    assert_eq!(stored_events(&state).await, 1);
    assert_eq!(delivery_status(&state).await, (Some("bounce".into()), 7));
    let client = state.pool.get().await.expect("db");
    let row = client
        .query_one(
            "SELECT bounce_type, bounce_subtype, outbound_email_id, recipients::text[] FROM ses_events",
            &[],
        )
        .await
        .expect("event");
    assert_eq!(
        row.get::<_, Option<String>>(0).as_deref(),
        Some("Permanent")
    );
    assert_eq!(row.get::<_, Option<String>>(1).as_deref(), Some("General"));
    assert_eq!(
        row.get::<_, Option<Uuid>>(2),
        Some(OUTBOUND_ID.parse().expect("uuid"))
    );
    assert_eq!(
        row.get::<_, Vec<String>>(3),
        vec!["bounce@simulator.amazonses.com".to_owned()]
    );
}

#[tokio::test]
async fn status_never_moves_backward_whatever_the_arrival_order() {
    let state = state_with_sent_mail().await;
    ses_events::handle(&state, event_json("ses-events/complaint.json"))
        .await
        .expect("complaint");
    let late_delivery = ses_events::handle(&state, event_json("ses-events/delivery.json"))
        .await
        .expect("delivery");

    assert!(matches!(
        late_delivery[..],
        [Stored::New {
            status_advanced: false,
            ..
        }]
    ));
    assert_eq!(delivery_status(&state).await, (Some("complaint".into()), 8));
    assert_eq!(
        stored_events(&state).await,
        2,
        "both notifications are kept"
    );
}

#[tokio::test]
async fn delivery_then_bounce_advances() {
    let state = state_with_sent_mail().await;
    ses_events::handle(&state, event_json("ses-events/delivery.json"))
        .await
        .expect("delivery");
    assert_eq!(delivery_status(&state).await, (Some("delivery".into()), 3));
    ses_events::handle(&state, event_json("ses-events/bounce.json"))
        .await
        .expect("bounce");
    assert_eq!(delivery_status(&state).await, (Some("bounce".into()), 7));
}

#[tokio::test]
async fn malformed_and_foreign_notifications_are_acknowledged_not_stored() {
    let state = state_with_sent_mail().await;
    let malformed = ses_events::handle(&state, event_json("ses-events/malformed.json"))
        .await
        .expect("no crash");
    let foreign = ses_events::handle(&state, event_json("ses-events/wrong-topic.json"))
        .await
        .expect("no crash");
    let not_sns = ses_events::handle(&state, serde_json::json!({"hello": "world"}))
        .await
        .expect("no crash");
    let bad_record = ses_events::handle(&state, serde_json::json!({"Records": [{"Sns": 42}]}))
        .await
        .expect("no crash");

    for outcome in [malformed, foreign, not_sns, bad_record] {
        assert!(
            matches!(outcome[..], [Stored::Rejected { .. }]),
            "{outcome:?}"
        );
    }
    assert_eq!(stored_events(&state).await, 0);
    assert_eq!(delivery_status(&state).await, (None, 0));
}

#[tokio::test]
async fn a_database_outage_is_returned_so_lambda_retries() {
    let state = ses_events::State::build(ses_events::Config {
        database: unreachable_database(),
        topic_arn: TOPIC.into(),
        mail_queue_url: "http://127.0.0.1:1/000000000000/unused".into(),
    })
    .await
    .expect("the pool builds lazily");
    let result = ses_events::handle(&state, event_json("ses-events/bounce.json")).await;
    assert!(
        result.is_err(),
        "transient failures must fail the invocation"
    );
}

#[test]
fn every_sample_parses_as_the_notification_it_claims() {
    for (file, kind) in [
        ("ses-events/bounce.json", ses_events::EventKind::Bounce),
        (
            "ses-events/complaint.json",
            ses_events::EventKind::Complaint,
        ),
        ("ses-events/delivery.json", ses_events::EventKind::Delivery),
    ] {
        let event = event_json(file);
        let message = event["Records"][0]["Sns"]["Message"]
            .as_str()
            .expect("message string");
        let notification = ses_events::parse(message).expect("parses");
        assert_eq!(notification.kind, kind);
        assert_eq!(notification.ses_message_id, SES_MESSAGE_ID);
        assert_eq!(
            notification.outbound_email_id,
            Some(OUTBOUND_ID.parse().expect("uuid"))
        );
        assert_eq!(
            notification.is_permanent_failure(),
            kind != ses_events::EventKind::Delivery
        );
    }
    let malformed = event_json("ses-events/malformed.json");
    let message = malformed["Records"][0]["Sns"]["Message"]
        .as_str()
        .unwrap_or_default();
    assert!(ses_events::parse(message).is_err());
    let _: Value = event_json("ses-events/wrong-topic.json");
}

async fn state_with_user_mail(recipient: &str) -> (ses_events::State, Uuid) {
    let state = state_with_sent_mail().await;
    let client = state.pool.get().await.expect("db");
    let user: Uuid = client
        .query_one(
            "INSERT INTO users (email) VALUES ('seeker@example.com') RETURNING id",
            &[],
        )
        .await
        .expect("user")
        .get(0);
    client
        .execute(
            "UPDATE outbound_emails SET user_id = $1, recipient = $2",
            &[&user, &recipient],
        )
        .await
        .expect("owned by the user");
    (state, user)
}

async fn suppressions(state: &ses_events::State) -> Vec<(Uuid, String, String)> {
    let client = state.pool.get().await.expect("db");
    client
        .query(
            "SELECT user_id, email::text, reason FROM suppressions ORDER BY email",
            &[],
        )
        .await
        .expect("suppressions")
        .iter()
        .map(|row| (row.get(0), row.get(1), row.get(2)))
        .collect()
}

#[tokio::test]
async fn a_permanent_bounce_suppresses_the_address_for_the_sending_user_once() {
    let (state, user) = state_with_user_mail("bounce@simulator.amazonses.com").await;
    ses_events::handle(&state, event_json("ses-events/bounce.json"))
        .await
        .expect("bounce");
    ses_events::handle(&state, event_json("ses-events/bounce.json"))
        .await
        .expect("redelivered");
    assert_eq!(
        suppressions(&state).await,
        vec![(
            user,
            "bounce@simulator.amazonses.com".to_owned(),
            "permanent_bounce".to_owned()
        )]
    );
}

#[tokio::test]
async fn a_complaint_suppresses_and_a_delivery_does_not() {
    let (state, user) = state_with_user_mail("complaint@simulator.amazonses.com").await;
    ses_events::handle(&state, event_json("ses-events/delivery.json"))
        .await
        .expect("delivery");
    assert!(suppressions(&state).await.is_empty());
    ses_events::handle(&state, event_json("ses-events/complaint.json"))
        .await
        .expect("complaint");
    assert_eq!(
        suppressions(&state).await,
        vec![(
            user,
            "complaint@simulator.amazonses.com".to_owned(),
            "complaint".to_owned()
        )]
    );
}

#[tokio::test]
async fn transactional_mail_without_a_user_suppresses_nothing() {
    let state = state_with_sent_mail().await;
    ses_events::handle(&state, event_json("ses-events/bounce.json"))
        .await
        .expect("bounce");
    assert!(suppressions(&state).await.is_empty());
}

#[tokio::test]
async fn one_event_published_twice_by_ses_is_stored_once() {
    let state = state_with_sent_mail().await;
    let first = event_json("ses-events/bounce.json");
    // The same SES event under a second SNS message id: SES published it twice.
    let mut again = first.clone();
    again["Records"][0]["Sns"]["MessageId"] = Value::from(Uuid::new_v4().to_string());

    let stored = ses_events::handle(&state, first).await.expect("first");
    let duplicate = ses_events::handle(&state, again).await.expect("second");

    assert!(matches!(stored[..], [Stored::New { .. }]), "{stored:?}");
    assert_eq!(duplicate, vec![Stored::Duplicate]);
    assert_eq!(stored_events(&state).await, 1);
}

#[tokio::test]
async fn a_click_is_stored_without_the_query_string_of_its_link() {
    let state = state_with_sent_mail().await;
    let click = event_json("ses-events/click.json");
    let original = click["Records"][0]["Sns"]["Message"]
        .as_str()
        .expect("message")
        .to_owned();
    assert!(
        original.contains("token=rfl_"),
        "the sample carries a secret"
    );

    let stored = ses_events::handle(&state, click).await.expect("click");

    assert!(matches!(stored[..], [Stored::New { .. }]), "{stored:?}");
    let client = state.pool.get().await.expect("db");
    let row = client
        .query_one(
            "SELECT payload->'click'->>'link', payload::text FROM ses_events WHERE event_type = 'click'",
            &[],
        )
        .await
        .expect("click stored");
    assert_eq!(
        row.get::<_, String>(0),
        "https://app.roleferry.com/sign-in?redacted"
    );
    assert!(
        !row.get::<_, String>(1).contains("rfl_"),
        "no token anywhere in the payload"
    );
    assert_eq!(delivery_status(&state).await, (Some("click".into()), 5));
}
