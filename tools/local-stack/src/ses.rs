//! SES as seen from the outside: the mail moto recorded, what the mailbox simulator
//! would do with each recipient, and the event-publishing notifications SES would send.

use std::collections::BTreeMap;

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Value, json};

pub const SIMULATOR_DOMAIN: &str = "simulator.amazonses.com";

/// A message moto accepted through `SendEmail`/`SendRawEmail`, from `/moto-api/data.json`.
#[derive(Debug, Clone, PartialEq)]
pub struct SentMail {
    pub id: String,
    pub source: String,
    /// Bare addresses, each once, in the order moto recorded them.
    pub destinations: Vec<String>,
    /// Header fields in message order, unfolded.
    pub headers: Vec<(String, String)>,
}

impl SentMail {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(field, _)| field.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    /// The configuration set named in the raw message (`X-SES-CONFIGURATION-SET`), which
    /// moto, unlike SES, keeps; the API parameter of the same meaning is dropped by moto.
    pub fn configuration_set_header(&self) -> Option<&str> {
        self.header("X-SES-CONFIGURATION-SET")
            .map(str::trim)
            .filter(|name| !name.is_empty())
    }

    /// Tags from `X-SES-MESSAGE-TAGS: name1=value1, name2=value2`.
    pub fn header_tags(&self) -> BTreeMap<String, String> {
        self.header("X-SES-MESSAGE-TAGS")
            .into_iter()
            .flat_map(|value| value.split(','))
            .filter_map(|pair| pair.split_once('='))
            .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
            .collect()
    }
}

/// Reads the sent mail out of moto's `/moto-api/data.json`, raw and simple sends alike.
pub fn sent_mail_from_moto(data: &Value) -> Vec<SentMail> {
    let ses = &data["ses"];
    let raw = ses["RawMessage"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|message| {
            let raw_data = message["raw_data"].as_str()?;
            Some(SentMail {
                id: message["id"].as_str()?.to_owned(),
                source: message["source"].as_str().unwrap_or_default().to_owned(),
                destinations: unique_addresses(
                    message["destinations"].as_array().into_iter().flatten(),
                ),
                headers: parse_headers(raw_data),
            })
        });
    let simple = ses["Message"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|message| {
            let source = message["source"].as_str().unwrap_or_default().to_owned();
            let destinations = &message["destinations"];
            let list = |key: &str| destinations[key].as_array().cloned().unwrap_or_default();
            let to = list("ToAddresses");
            let cc = list("CcAddresses");
            let mut headers = vec![("From".to_owned(), source.clone())];
            for (name, addresses) in [("To", &to), ("Cc", &cc)] {
                if !addresses.is_empty() {
                    let joined = addresses
                        .iter()
                        .filter_map(Value::as_str)
                        .collect::<Vec<_>>()
                        .join(", ");
                    headers.push((name.to_owned(), joined));
                }
            }
            headers.push((
                "Subject".to_owned(),
                message["subject"].as_str().unwrap_or_default().to_owned(),
            ));
            let everyone = to
                .iter()
                .chain(cc.iter())
                .chain(list("BccAddresses").iter())
                .cloned()
                .collect::<Vec<_>>();
            Some(SentMail {
                id: message["id"].as_str()?.to_owned(),
                source,
                destinations: unique_addresses(everyone.iter()),
                headers,
            })
        });
    raw.chain(simple).collect()
}

/// moto lists each recipient once from the API parameters and again from the headers,
/// sometimes as `Name <address>`; SES delivers to each address once.
fn unique_addresses<'a>(values: impl Iterator<Item = &'a Value>) -> Vec<String> {
    let mut seen = Vec::<String>::new();
    for address in values.filter_map(Value::as_str).map(bare_address) {
        if !seen
            .iter()
            .any(|known| known.eq_ignore_ascii_case(&address))
        {
            seen.push(address);
        }
    }
    seen
}

pub fn bare_address(address: &str) -> String {
    match (address.rfind('<'), address.rfind('>')) {
        (Some(start), Some(end)) if start < end => address[start + 1..end].trim().to_owned(),
        _ => address.trim().to_owned(),
    }
}

/// The header section of an RFC 5322 message, with folded lines joined.
pub fn parse_headers(raw: &str) -> Vec<(String, String)> {
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in raw.lines() {
        if line.is_empty() {
            break;
        }
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = headers.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
            continue;
        }
        if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_owned(), value.trim().to_owned()));
        }
    }
    headers
}

/// The out-of-office answer the simulator's `ooto@` mailbox sends back for `mail`: to its
/// `Reply-To` (else its sender), threaded to SES's Message-ID of it, marked automatic (RFC
/// 3834), naming a return date a week after `now`. `None` when there is nobody to answer.
pub fn out_of_office_reply(
    mail: &SentMail,
    recipient: &str,
    region: &str,
    now: DateTime<Utc>,
) -> Option<String> {
    let to = mail
        .header("Reply-To")
        .or_else(|| mail.header("From"))
        .map(bare_address)
        .filter(|address| address.contains('@'))?;
    let ses_domain = if region == "us-east-1" {
        "email.amazonses.com".to_owned()
    } else {
        format!("{region}.amazonses.com")
    };
    let back = (now + chrono::Duration::days(7)).format("%-d %B %Y");
    let subject = mail.header("Subject").unwrap_or_default();
    Some(format!(
        "From: {recipient}\r\nTo: {to}\r\nSubject: Automatic reply: {subject}\r\n\
         Date: {date}\r\nMessage-ID: <ooto-{id}@{SIMULATOR_DOMAIN}>\r\n\
         In-Reply-To: <{id}@{ses_domain}>\r\nReferences: <{id}@{ses_domain}>\r\n\
         Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\r\n\
         I am out of the office until {back} and will answer when I am back.\r\n",
        recipient = bare_address(recipient),
        date = now.to_rfc2822(),
        id = mail.id,
    ))
}

/// What the SES mailbox simulator does with a recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Delivered,
    /// Delivered, and the recipient's auto-responder answers the sender.
    OutOfOffice,
    HardBounce,
    DeliveredThenComplaint,
    SuppressedBounce,
}

pub fn simulate(recipient: &str) -> Outcome {
    let address = bare_address(recipient).to_ascii_lowercase();
    let Some((local, domain)) = address.rsplit_once('@') else {
        return Outcome::Delivered;
    };
    if domain != SIMULATOR_DOMAIN {
        return Outcome::Delivered;
    }
    let mailbox = local
        .split_once('+')
        .map_or(local, |(mailbox, _label)| mailbox);
    match mailbox {
        "bounce" => Outcome::HardBounce,
        "complaint" => Outcome::DeliveredThenComplaint,
        "ooto" => Outcome::OutOfOffice,
        "suppressionlist" => Outcome::SuppressedBounce,
        _ => Outcome::Delivered,
    }
}

/// Everything an event notification needs besides the mail itself.
#[derive(Debug, Clone)]
pub struct PublishContext {
    pub configuration_set: String,
    pub account_id: String,
    pub region: String,
    pub now: DateTime<Utc>,
}

fn timestamp(moment: DateTime<Utc>) -> String {
    moment.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn feedback_id(message_id: &str, recipient: &str, kind: &str) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(format!("{message_id}/{recipient}/{kind}"));
    let hex = hex::encode(digest);
    format!(
        "{}-{}-{}-{}-{}-{}-000000",
        &hex[..16],
        &hex[16..24],
        &hex[24..28],
        &hex[28..32],
        &hex[32..36],
        &hex[36..48]
    )
}

/// The `mail` object shared by every event of one message.
pub fn mail_object(mail: &SentMail, context: &PublishContext) -> Value {
    let from_domain = bare_address(&mail.source)
        .rsplit_once('@')
        .map(|(_, domain)| domain.to_owned())
        .unwrap_or_default();
    let mut tags = BTreeMap::from([
        (
            "ses:configuration-set".to_owned(),
            vec![context.configuration_set.clone()],
        ),
        ("ses:source-ip".to_owned(), vec!["127.0.0.1".to_owned()]),
        ("ses:from-domain".to_owned(), vec![from_domain]),
        ("ses:caller-identity".to_owned(), vec!["local".to_owned()]),
    ]);
    for (name, value) in mail.header_tags() {
        tags.insert(name, vec![value]);
    }
    let address_list = |name: &str| -> Option<Vec<String>> {
        mail.header(name).map(|value| {
            value
                .split(',')
                .map(|part| part.trim().to_owned())
                .filter(|part| !part.is_empty())
                .collect()
        })
    };
    let mut common = serde_json::Map::new();
    common.insert(
        "from".into(),
        json!(address_list("From").unwrap_or_else(|| vec![mail.source.clone()])),
    );
    for (key, header) in [
        ("to", "To"),
        ("cc", "Cc"),
        ("bcc", "Bcc"),
        ("replyTo", "Reply-To"),
    ] {
        if let Some(list) = address_list(header) {
            common.insert(key.into(), json!(list));
        }
    }
    if let Some(date) = mail.header("Date") {
        common.insert("date".into(), json!(date));
    }
    // SES reports its own message id here, not the Message-ID header of the raw mail.
    common.insert("messageId".into(), json!(mail.id));
    common.insert(
        "subject".into(),
        json!(mail.header("Subject").unwrap_or_default()),
    );
    json!({
        "timestamp": timestamp(context.now),
        "source": mail.source,
        "sourceArn": format!("arn:aws:ses:{}:{}:identity/{}", context.region, context.account_id, bare_address(&mail.source)),
        "sendingAccountId": context.account_id,
        "messageId": mail.id,
        "destination": mail.destinations,
        "headersTruncated": false,
        "headers": mail.headers.iter().map(|(name, value)| json!({"name": name, "value": value})).collect::<Vec<_>>(),
        "commonHeaders": common,
        "tags": tags,
    })
}

/// The event-publishing notifications SES sends for one message, in the order SES sends
/// them: one `Send`, then per recipient its `Delivery` or `Bounce`, then any `Complaint`.
pub fn notifications(mail: &SentMail, context: &PublishContext) -> Vec<Value> {
    let mail_json = mail_object(mail, context);
    let event_time = timestamp(context.now);
    let mut events = vec![json!({"eventType": "Send", "mail": mail_json, "send": {}})];
    let mut complaints = Vec::new();
    for recipient in &mail.destinations {
        match simulate(recipient) {
            Outcome::Delivered | Outcome::OutOfOffice => events.push(delivery(&mail_json, recipient, &event_time)),
            Outcome::DeliveredThenComplaint => {
                events.push(delivery(&mail_json, recipient, &event_time));
                complaints.push(json!({
                    "eventType": "Complaint",
                    "mail": mail_json,
                    "complaint": {
                        "feedbackId": feedback_id(&mail.id, recipient, "complaint"),
                        "complaintSubType": null,
                        "complainedRecipients": [{"emailAddress": recipient}],
                        "timestamp": event_time,
                        "userAgent": "Amazon SES Mailbox Simulator",
                        "complaintFeedbackType": "abuse",
                        "arrivalDate": event_time,
                    },
                }));
            }
            Outcome::HardBounce => events.push(bounce(
                mail,
                &mail_json,
                recipient,
                &event_time,
                "General",
                "smtp; 550 5.1.1 user unknown",
            )),
            Outcome::SuppressedBounce => events.push(bounce(
                mail,
                &mail_json,
                recipient,
                &event_time,
                "OnAccountSuppressionList",
                "Amazon SES did not send the message to this address because it is on the suppression list for your account.",
            )),
        }
    }
    events.extend(complaints);
    events
}

fn delivery(mail_json: &Value, recipient: &str, event_time: &str) -> Value {
    json!({
        "eventType": "Delivery",
        "mail": mail_json,
        "delivery": {
            "timestamp": event_time,
            "processingTimeMillis": 250,
            "recipients": [recipient],
            "smtpResponse": "250 2.6.0 Message received",
            "reportingMTA": "a8-1.smtp-out.amazonses.com",
            "remoteMtaIp": "127.0.0.1",
        },
    })
}

fn bounce(
    mail: &SentMail,
    mail_json: &Value,
    recipient: &str,
    event_time: &str,
    sub_type: &str,
    diagnostic: &str,
) -> Value {
    json!({
        "eventType": "Bounce",
        "mail": mail_json,
        "bounce": {
            "bounceType": "Permanent",
            "bounceSubType": sub_type,
            "bouncedRecipients": [{
                "emailAddress": recipient,
                "action": "failed",
                "status": "5.1.1",
                "diagnosticCode": diagnostic,
            }],
            "timestamp": event_time,
            "feedbackId": feedback_id(&mail.id, recipient, "bounce"),
            "reportingMTA": "dns; a8-1.smtp-out.amazonses.com",
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn context() -> PublishContext {
        PublishContext {
            configuration_set: "roleferry-local".into(),
            account_id: "123456789012".into(),
            region: "us-east-1".into(),
            now: DateTime::parse_from_rfc3339("2026-01-01T00:00:00Z")
                .unwrap()
                .with_timezone(&Utc),
        }
    }

    fn moto_data() -> Value {
        json!({"ses": {
            "RawMessage": [{
                "id": "raw-1",
                "source": "ann@roleferry.example",
                "destinations": [
                    "bounce+x@simulator.amazonses.com", "success@simulator.amazonses.com",
                    "bounce+x@simulator.amazonses.com", "Sue <success@simulator.amazonses.com>",
                    "complaint@simulator.amazonses.com"
                ],
                "raw_data": "From: Ann <ann@roleferry.example>\r\nTo: bounce+x@simulator.amazonses.com,\r\n success@simulator.amazonses.com\r\nSubject: Hi\r\nX-SES-MESSAGE-TAGS: message_id=m1, campaign_id=c1\r\nMessage-ID: <abc@roleferry.example>\r\n\r\nbody\r\nNot-A-Header: x\r\n",
            }],
            "Message": [{
                "id": "simple-1",
                "source": "ann@roleferry.example",
                "destinations": {"ToAddresses": ["ooto@simulator.amazonses.com"]},
                "subject": "s",
                "body": "b",
            }],
        }})
    }

    #[test]
    fn moto_sent_mail_is_read_with_unique_bare_recipients_and_unfolded_headers() {
        let mail = sent_mail_from_moto(&moto_data());
        assert_eq!(mail.len(), 2);
        assert_eq!(
            mail[0].destinations,
            [
                "bounce+x@simulator.amazonses.com",
                "success@simulator.amazonses.com",
                "complaint@simulator.amazonses.com"
            ]
        );
        assert_eq!(
            mail[0].header("to"),
            Some("bounce+x@simulator.amazonses.com, success@simulator.amazonses.com")
        );
        assert_eq!(
            mail[0].header("Not-A-Header"),
            None,
            "body lines are not headers"
        );
        assert_eq!(mail[1].destinations, ["ooto@simulator.amazonses.com"]);
        assert_eq!(mail[1].header("Subject"), Some("s"));
        assert!(sent_mail_from_moto(&json!({})).is_empty());
    }

    #[test]
    fn the_out_of_office_mailbox_answers_the_reply_address_threaded() {
        let mail = SentMail {
            id: "0100019a-x".into(),
            source: "grace@example.test".into(),
            destinations: vec!["ooto@simulator.amazonses.com".into()],
            headers: vec![
                ("From".into(), "Grace <grace@example.test>".into()),
                ("Reply-To".into(), "<reply+abc@in.roleferry.test>".into()),
                ("Subject".into(), "An idea".into()),
            ],
        };
        let now = DateTime::parse_from_rfc3339("2026-11-26T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let reply =
            out_of_office_reply(&mail, "ooto@simulator.amazonses.com", "eu-west-1", now).unwrap();
        assert!(
            reply.contains("To: reply+abc@in.roleferry.test\r\n"),
            "{reply}"
        );
        assert!(reply.contains("In-Reply-To: <0100019a-x@eu-west-1.amazonses.com>"));
        assert!(reply.contains("Auto-Submitted: auto-replied"));
        assert!(reply.contains("until 3 December 2026"));
    }

    #[test]
    fn simulator_addresses_are_classified_ignoring_labels_and_case() {
        assert_eq!(
            simulate("success@simulator.amazonses.com"),
            Outcome::Delivered
        );
        assert_eq!(
            simulate("Bounce+step2@Simulator.AmazonSES.com"),
            Outcome::HardBounce
        );
        assert_eq!(
            simulate("ooto@simulator.amazonses.com"),
            Outcome::OutOfOffice
        );
        assert_eq!(
            simulate("Pat <complaint+1@simulator.amazonses.com>"),
            Outcome::DeliveredThenComplaint
        );
        assert_eq!(
            simulate("suppressionlist@simulator.amazonses.com"),
            Outcome::SuppressedBounce
        );
        assert_eq!(
            simulate("bounce@example.test"),
            Outcome::Delivered,
            "only the simulator domain bounces"
        );
        assert_eq!(simulate("not-an-address"), Outcome::Delivered);
    }

    #[test]
    fn one_send_then_per_recipient_outcomes_then_complaints() {
        let mail = sent_mail_from_moto(&moto_data()).remove(0);
        let events = notifications(&mail, &context());
        let types: Vec<&str> = events
            .iter()
            .map(|event| event["eventType"].as_str().unwrap())
            .collect();
        assert_eq!(
            types,
            ["Send", "Bounce", "Delivery", "Delivery", "Complaint"]
        );

        let bounce = &events[1]["bounce"];
        assert_eq!(bounce["bounceType"], "Permanent");
        assert_eq!(bounce["bounceSubType"], "General");
        assert_eq!(
            bounce["bouncedRecipients"][0]["emailAddress"],
            "bounce+x@simulator.amazonses.com"
        );
        assert_eq!(bounce["bouncedRecipients"][0]["action"], "failed");
        assert!(bounce["feedbackId"].as_str().unwrap().ends_with("-000000"));

        assert_eq!(
            events[2]["delivery"]["recipients"],
            json!(["success@simulator.amazonses.com"])
        );
        assert_eq!(
            events[2]["delivery"]["smtpResponse"],
            "250 2.6.0 Message received"
        );
        assert!(events[2]["delivery"]["processingTimeMillis"].is_u64());

        let complaint = &events[4]["complaint"];
        assert_eq!(
            complaint["complainedRecipients"],
            json!([{"emailAddress": "complaint@simulator.amazonses.com"}])
        );
        assert_eq!(complaint["complaintFeedbackType"], "abuse");
        assert_eq!(complaint["timestamp"], "2026-01-01T00:00:00.000Z");
    }

    #[test]
    fn mail_object_carries_headers_common_headers_and_tags() {
        let mail = sent_mail_from_moto(&moto_data()).remove(0);
        let object = mail_object(&mail, &context());
        assert_eq!(object["messageId"], "raw-1");
        assert_eq!(object["source"], "ann@roleferry.example");
        assert_eq!(object["headersTruncated"], false);
        assert!(
            object["headers"]
                .as_array()
                .unwrap()
                .contains(&json!({"name": "Message-ID", "value": "<abc@roleferry.example>"}))
        );
        assert_eq!(
            object["commonHeaders"]["from"],
            json!(["Ann <ann@roleferry.example>"])
        );
        assert_eq!(
            object["commonHeaders"]["to"],
            json!([
                "bounce+x@simulator.amazonses.com",
                "success@simulator.amazonses.com"
            ])
        );
        assert_eq!(object["commonHeaders"]["subject"], "Hi");
        assert_eq!(
            object["tags"]["ses:configuration-set"],
            json!(["roleferry-local"])
        );
        assert_eq!(object["tags"]["message_id"], json!(["m1"]));
        assert_eq!(object["tags"]["campaign_id"], json!(["c1"]));
        assert_eq!(
            object["tags"]["ses:from-domain"],
            json!(["roleferry.example"])
        );
    }

    #[test]
    fn suppression_list_recipients_bounce_with_their_own_sub_type() {
        let mail = SentMail {
            id: "m".into(),
            source: "a@roleferry.example".into(),
            destinations: vec!["suppressionlist@simulator.amazonses.com".into()],
            headers: vec![],
        };
        let events = notifications(&mail, &context());
        assert_eq!(events.len(), 2);
        assert_eq!(
            events[1]["bounce"]["bounceSubType"],
            "OnAccountSuppressionList"
        );
    }

    #[test]
    fn configuration_set_comes_from_the_raw_header_when_present() {
        let mut mail = sent_mail_from_moto(&moto_data()).remove(0);
        assert_eq!(mail.configuration_set_header(), None);
        mail.headers
            .push(("X-SES-CONFIGURATION-SET".into(), " other ".into()));
        assert_eq!(mail.configuration_set_header(), Some("other"));
    }
}
