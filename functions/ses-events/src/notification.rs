//! SES notifications as SES publishes them, both the configuration-set event format
//! (`eventType`) and the older identity-notification format (`notificationType`).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::Deserialize;
use uuid::Uuid;

/// What happened to a message. The rank orders outcomes so a message's status only ever moves
/// forward, whatever order SNS delivers notifications in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    Send,
    DeliveryDelay,
    Delivery,
    Open,
    Click,
    Reject,
    RenderingFailure,
    Bounce,
    Complaint,
    Subscription,
}

impl EventKind {
    fn parse(raw: &str) -> Option<Self> {
        Some(match raw {
            "Send" => Self::Send,
            "DeliveryDelay" => Self::DeliveryDelay,
            "Delivery" => Self::Delivery,
            "Open" => Self::Open,
            "Click" => Self::Click,
            "Reject" => Self::Reject,
            "Rendering Failure" | "RenderingFailure" => Self::RenderingFailure,
            "Bounce" => Self::Bounce,
            "Complaint" => Self::Complaint,
            "Subscription" => Self::Subscription,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Send => "send",
            Self::DeliveryDelay => "delivery_delay",
            Self::Delivery => "delivery",
            Self::Open => "open",
            Self::Click => "click",
            Self::Reject => "reject",
            Self::RenderingFailure => "rendering_failure",
            Self::Bounce => "bounce",
            Self::Complaint => "complaint",
            Self::Subscription => "subscription",
        }
    }

    /// Later outcomes outrank earlier ones; a complaint outranks everything because it is the
    /// strongest signal about the recipient. Subscription events say nothing about delivery.
    pub fn rank(self) -> i32 {
        match self {
            Self::Subscription => 0,
            Self::Send => 1,
            Self::DeliveryDelay => 2,
            Self::Delivery => 3,
            Self::Open => 4,
            Self::Click => 5,
            Self::Reject | Self::RenderingFailure => 6,
            Self::Bounce => 7,
            Self::Complaint => 8,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Notification {
    pub kind: EventKind,
    pub ses_message_id: String,
    /// Our id for the email, from the SES message tag set at send time.
    pub outbound_email_id: Option<Uuid>,
    pub recipients: Vec<String>,
    pub bounce_type: Option<String>,
    pub bounce_subtype: Option<String>,
    pub occurred_at: DateTime<Utc>,
    /// When SES accepted the message (`mail.timestamp`).
    pub sent_at: DateTime<Utc>,
}

impl Notification {
    /// True for outcomes after which the address must never be mailed again.
    pub fn is_permanent_failure(&self) -> bool {
        self.kind == EventKind::Complaint
            || (self.kind == EventKind::Bounce && self.bounce_type.as_deref() == Some("Permanent"))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum NotificationError {
    #[error("not an SES notification: {0}")]
    Shape(#[from] serde_json::Error),
    #[error("unknown SES event type {0:?}")]
    UnknownType(String),
    #[error("the notification names no event type")]
    MissingType,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Raw {
    event_type: Option<String>,
    notification_type: Option<String>,
    mail: Mail,
    bounce: Option<Bounce>,
    complaint: Option<Complaint>,
    delivery: Option<Timed>,
    open: Option<Timed>,
    click: Option<Timed>,
    delivery_delay: Option<DeliveryDelay>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Mail {
    timestamp: DateTime<Utc>,
    message_id: String,
    #[serde(default)]
    destination: Vec<String>,
    #[serde(default)]
    tags: HashMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Bounce {
    bounce_type: String,
    bounce_sub_type: Option<String>,
    #[serde(default)]
    bounced_recipients: Vec<Recipient>,
    timestamp: Option<DateTime<Utc>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Complaint {
    #[serde(default)]
    complained_recipients: Vec<Recipient>,
    timestamp: Option<DateTime<Utc>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DeliveryDelay {
    #[serde(default)]
    delayed_recipients: Vec<Recipient>,
    timestamp: Option<DateTime<Utc>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Recipient {
    email_address: String,
}

#[derive(Deserialize)]
struct Timed {
    timestamp: Option<DateTime<Utc>>,
    #[serde(default)]
    recipients: Vec<String>,
}

pub fn parse(message: &str) -> Result<Notification, NotificationError> {
    let raw: Raw = serde_json::from_str(message)?;
    let type_name = raw
        .event_type
        .as_deref()
        .or(raw.notification_type.as_deref())
        .ok_or(NotificationError::MissingType)?;
    let kind = EventKind::parse(type_name)
        .ok_or_else(|| NotificationError::UnknownType(type_name.to_owned()))?;
    let outbound_email_id = raw
        .mail
        .tags
        .get("outbound_email_id")
        .and_then(|values| values.first())
        .and_then(|value| Uuid::parse_str(value).ok());
    let addresses = |list: &[Recipient]| {
        list.iter()
            .map(|r| r.email_address.clone())
            .collect::<Vec<_>>()
    };
    let (recipients, timestamp, bounce_type, bounce_subtype) = match kind {
        EventKind::Bounce => {
            let bounce = raw.bounce.as_ref();
            (
                bounce
                    .map(|b| addresses(&b.bounced_recipients))
                    .unwrap_or_default(),
                bounce.and_then(|b| b.timestamp),
                bounce.map(|b| b.bounce_type.clone()),
                bounce.and_then(|b| b.bounce_sub_type.clone()),
            )
        }
        EventKind::Complaint => {
            let complaint = raw.complaint.as_ref();
            (
                complaint
                    .map(|c| addresses(&c.complained_recipients))
                    .unwrap_or_default(),
                complaint.and_then(|c| c.timestamp),
                None,
                None,
            )
        }
        EventKind::DeliveryDelay => {
            let delay = raw.delivery_delay.as_ref();
            (
                delay
                    .map(|d| addresses(&d.delayed_recipients))
                    .unwrap_or_default(),
                delay.and_then(|d| d.timestamp),
                None,
                None,
            )
        }
        EventKind::Delivery => timed(raw.delivery.as_ref()),
        EventKind::Open => timed(raw.open.as_ref()),
        EventKind::Click => timed(raw.click.as_ref()),
        _ => (Vec::new(), None, None, None),
    };
    let recipients = if recipients.is_empty() {
        raw.mail.destination.clone()
    } else {
        recipients
    };
    Ok(Notification {
        kind,
        ses_message_id: raw.mail.message_id,
        outbound_email_id,
        recipients,
        bounce_type,
        bounce_subtype,
        occurred_at: timestamp.unwrap_or(raw.mail.timestamp),
        sent_at: raw.mail.timestamp,
    })
}

type Details = (
    Vec<String>,
    Option<DateTime<Utc>>,
    Option<String>,
    Option<String>,
);

fn timed(event: Option<&Timed>) -> Details {
    (
        event.map(|e| e.recipients.clone()).unwrap_or_default(),
        event.and_then(|e| e.timestamp),
        None,
        None,
    )
}
