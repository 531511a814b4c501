//! Builds the raw MIME of each kind of mail. Raw MIME (rather than SES "simple" content) lets us
//! set Message-ID and list headers ourselves, and is what the emulator keeps headers of.

use mail_builder::MessageBuilder;
use mail_builder::headers::raw::Raw;
use uuid::Uuid;

use shared::mail::MailJob;

pub struct Composed {
    pub kind: &'static str,
    pub to: String,
    pub message_id: String,
    pub raw: Vec<u8>,
}

/// `X-SES-CONFIGURATION-SET` and `X-SES-MESSAGE-TAGS` repeat what the SendEmail call says: SES
/// honours (and strips) them, and the local emulator keeps only headers, so they are how the
/// local event pump learns the configuration set and our tags. Every mail we build carries them.
trait SesHeaders {
    fn ses_headers(self, configuration_set: &str, tags: String) -> Self;
}

impl SesHeaders for MessageBuilder<'_> {
    fn ses_headers(self, configuration_set: &str, tags: String) -> Self {
        self.header(
            "X-SES-CONFIGURATION-SET",
            Raw::new(configuration_set.to_owned()),
        )
        .header("X-SES-MESSAGE-TAGS", Raw::new(tags))
    }
}

/// The raw MIME of a transactional job (every kind but campaign messages, see [`campaign`]).
pub fn compose(
    job: &MailJob,
    mail_from: &str,
    configuration_set: &str,
) -> std::io::Result<Composed> {
    let domain = mail_from
        .rsplit_once('@')
        .map(|(_, domain)| domain)
        .unwrap_or("roleferry.com");
    let message_id = format!("{}@{domain}", Uuid::new_v4());
    match job {
        MailJob::MagicLink {
            to, sign_in_url, ..
        } => {
            let text = format!(
                "Hi,\n\nUse this link to sign in to RoleFerry. It works once, within 15 minutes:\n\n{sign_in_url}\n\n\
                 If you did not ask for it, ignore this email; nobody can sign in without the link.\n\n— RoleFerry\n"
            );
            let html = format!(
                "<p>Hi,</p><p>Use this link to sign in to RoleFerry. It works once, within 15 minutes:</p>\
                 <p><a href=\"{url}\">Sign in to RoleFerry</a></p>\
                 <p>If you did not ask for it, ignore this email; nobody can sign in without the link.</p><p>— RoleFerry</p>",
                url = html_escape(sign_in_url)
            );
            let tags = format!(
                "outbound_email_id={}, kind=magic_link",
                job.outbound_email_id()
            );
            let raw = MessageBuilder::new()
                .from(("RoleFerry", mail_from))
                .to(to.as_str())
                .subject("Your RoleFerry sign-in link")
                .message_id(message_id.as_str())
                .ses_headers(configuration_set, tags)
                .text_body(text)
                .html_body(html)
                .write_to_vec()?;
            Ok(Composed {
                kind: "magic_link",
                to: to.clone(),
                message_id,
                raw,
            })
        }
        MailJob::SenderConfirmation {
            to,
            from_name,
            confirm_url,
            ..
        } => sender_confirmation(
            job,
            SenderConfirmation {
                to,
                from_name,
                confirm_url,
            },
            mail_from,
            configuration_set,
            message_id,
        ),
        MailJob::CampaignsPaused {
            to,
            sender_address,
            reason,
            campaigns,
            ..
        } => {
            let list: String = campaigns
                .iter()
                .map(|name| format!("  - {name}\n"))
                .collect();
            let text = format!(
                "Hi,\n\nWe paused {count} of your campaigns sending from {sender_address}: its {reason}.\n\n{list}\n\
                 Mailbox providers start filtering a sender around these rates, and SES reviews accounts at 5% \
                 bounces or 0.1% complaints, so we stop before that to protect your domain.\n\n\
                 Check the addresses that bounced or complained (GET /campaigns/{{id}}/messages), clean the list, \
                 and resume once the rate over the last 14 days is back under the line.\n\n— RoleFerry\n",
                count = campaigns.len(),
            );
            notice(
                job,
                "campaigns_paused",
                to,
                "Your RoleFerry campaigns are paused",
                text,
                mail_from,
                configuration_set,
                message_id,
            )
        }
        MailJob::DailySummary {
            to,
            day,
            sends,
            replies,
            bounces,
            paused,
            ..
        } => {
            let plural = |count: i64, one: &str, many: &str| {
                format!("{count} {}", if count == 1 { one } else { many })
            };
            let mut text = format!(
                "Hi,\n\nYour RoleFerry day, {date}:\n\n  {sent}\n  {replied}\n  {bounced}\n",
                date = day.format("%A %-d %B %Y"),
                sent = plural(*sends, "message sent", "messages sent"),
                replied = plural(*replies, "reply", "replies"),
                bounced = plural(*bounces, "bounce", "bounces"),
            );
            if !paused.is_empty() {
                text.push_str("\nPaused campaigns:\n");
                for campaign in paused {
                    text.push_str(&format!("  - {}: {}\n", campaign.name, campaign.reason));
                }
            }
            text.push_str(
                "\nEach reply was forwarded to you as it arrived; answer from your own mailbox.\n\
                 You get this summary on mornings after something happened. Turn it off with \
                 `daily_summary: false` in your settings (PATCH /me).\n\n— RoleFerry\n",
            );
            let subject = format!(
                "RoleFerry: {}, {} yesterday",
                plural(*sends, "send", "sends"),
                plural(*replies, "reply", "replies")
            );
            notice(
                job,
                "daily_summary",
                to,
                &subject,
                text,
                mail_from,
                configuration_set,
                message_id,
            )
        }
        MailJob::ReplyForward {
            to,
            contact_name,
            contact_address,
            subject,
            text,
            ..
        } => {
            let body = format!(
                "{contact_name} <{contact_address}> answered your RoleFerry campaign. Reply to \
                 this email to answer them from your own mailbox.\n\n\
                 ---------- Their reply ----------\n\n{text}\n"
            );
            let tags = format!(
                "outbound_email_id={}, kind=reply_forward",
                job.outbound_email_id()
            );
            let raw = MessageBuilder::new()
                .from((
                    format!("{contact_name} via RoleFerry"),
                    mail_from.to_owned(),
                ))
                .reply_to((contact_name.as_str(), contact_address.as_str()))
                .to(to.as_str())
                .subject(subject.as_str())
                .message_id(message_id.as_str())
                .ses_headers(configuration_set, tags)
                .text_body(body)
                .write_to_vec()?;
            Ok(Composed {
                kind: "reply_forward",
                to: to.clone(),
                message_id,
                raw,
            })
        }
        // Its content is on its row, not in the job: see `campaign`.
        MailJob::Campaign { .. } => Err(std::io::Error::other(
            "campaign mail is composed from its outbound_emails row",
        )),
    }
}

/// A plain-text notice from RoleFerry to a user.
#[allow(clippy::too_many_arguments)]
fn notice(
    job: &MailJob,
    kind: &'static str,
    to: &str,
    subject: &str,
    text: String,
    mail_from: &str,
    configuration_set: &str,
    message_id: String,
) -> std::io::Result<Composed> {
    let tags = format!("outbound_email_id={}, kind={kind}", job.outbound_email_id());
    let raw = MessageBuilder::new()
        .from(("RoleFerry", mail_from))
        .to(to)
        .subject(subject)
        .message_id(message_id.as_str())
        .ses_headers(configuration_set, tags)
        .text_body(text)
        .write_to_vec()?;
    Ok(Composed {
        kind,
        to: to.to_owned(),
        message_id,
        raw,
    })
}

/// A campaign message as its row and the campaign give it.
pub struct CampaignMail<'a> {
    pub outbound_email_id: Uuid,
    pub campaign_id: Uuid,
    pub user_id: Uuid,
    pub from_name: &'a str,
    pub from_email: &'a str,
    pub to: &'a str,
    /// The enrollment's `reply+token@inbound` address.
    pub reply_to: &'a str,
    pub subject: &'a str,
    pub body_text: &'a str,
    pub unsubscribe_url: &'a str,
    pub unsubscribe_mailto: &'a str,
    /// `<id@…amazonses.com>` of the earlier steps, oldest first; the last is the parent.
    pub thread: &'a [String],
    /// Send an HTML alternative as well, so SES can add its open pixel and rewrite links.
    pub tracked: bool,
    pub configuration_set: &'a str,
}

/// The SES tags of a campaign message: which message, campaign and user (SPEC §3), so every
/// event names them even before the worker records the SES id.
pub fn campaign_tags(mail: &CampaignMail<'_>) -> Vec<(&'static str, String)> {
    vec![
        ("outbound_email_id", mail.outbound_email_id.to_string()),
        ("campaign_id", mail.campaign_id.to_string()),
        ("user_id", mail.user_id.to_string()),
        ("kind", "campaign".to_owned()),
    ]
}

/// A campaign message as the seeker writes it: From the seeker's sender, plain text unless
/// the campaign tracks, with the enrollment's reply address, both unsubscribe forms (RFC 2369
/// and RFC 8058 one-click) and, for a follow-up, `In-Reply-To`/`References` to the earlier
/// steps so it lands in the same conversation.
pub fn campaign(mail: &CampaignMail<'_>) -> std::io::Result<Composed> {
    let domain = mail
        .from_email
        .rsplit_once('@')
        .map(|(_, domain)| domain)
        .unwrap_or("roleferry.com");
    let message_id = format!("{}@{domain}", Uuid::new_v4());
    let tags = campaign_tags(mail)
        .into_iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut builder = MessageBuilder::new()
        .from((mail.from_name, mail.from_email))
        .to(mail.to)
        .reply_to(mail.reply_to)
        .subject(mail.subject)
        .message_id(message_id.as_str())
        .header(
            "List-Unsubscribe",
            Raw::new(format!(
                "<{}>, <{}>",
                mail.unsubscribe_url, mail.unsubscribe_mailto
            )),
        )
        .header(
            "List-Unsubscribe-Post",
            Raw::new("List-Unsubscribe=One-Click"),
        )
        .ses_headers(mail.configuration_set, tags)
        .text_body(mail.body_text);
    if let Some(parent) = mail.thread.last() {
        builder = builder
            .header("In-Reply-To", Raw::new(parent.clone()))
            .header("References", Raw::new(mail.thread.join(" ")));
    }
    if mail.tracked {
        builder = builder.html_body(text_to_html(mail.body_text));
    }
    let raw = builder.write_to_vec()?;
    Ok(Composed {
        kind: "campaign",
        to: mail.to.to_owned(),
        message_id,
        raw,
    })
}

/// The plain text as minimal HTML: escaped, paragraphs kept, and links clickable (so click
/// tracking has something to rewrite).
fn text_to_html(text: &str) -> String {
    let paragraphs: Vec<String> = text
        .split("\n\n")
        .map(|paragraph| {
            let linked: Vec<String> = paragraph
                .split_inclusive(char::is_whitespace)
                .map(|word| {
                    let trimmed = word.trim_end();
                    if trimmed.starts_with("https://") || trimmed.starts_with("http://") {
                        format!(
                            "<a href=\"{url}\">{url}</a>{rest}",
                            url = html_escape(trimmed),
                            rest = html_escape(&word[trimmed.len()..])
                        )
                    } else {
                        html_escape(word)
                    }
                })
                .collect();
            format!("<p>{}</p>", linked.concat().replace('\n', "<br>\n"))
        })
        .collect();
    paragraphs.join("\n")
}

/// What a sender confirmation mail says.
struct SenderConfirmation<'a> {
    to: &'a str,
    from_name: &'a str,
    confirm_url: &'a str,
}

/// The mail a sender's address receives: it names the address and the From name, says what
/// confirming allows, and that ignoring it changes nothing. The link opens a page with a
/// confirm button (a GET confirms nothing, so mail scanners that follow links cannot).
fn sender_confirmation(
    job: &MailJob,
    mail: SenderConfirmation<'_>,
    mail_from: &str,
    configuration_set: &str,
    message_id: String,
) -> std::io::Result<Composed> {
    let SenderConfirmation {
        to,
        from_name,
        confirm_url,
    } = mail;
    let text = format!(
        "Hi,\n\nSomeone using RoleFerry asked to send email as \"{from_name}\" <{to}>.\n\n\
         If that was you, confirm it with this link (it works once, within 24 hours):\n\n{confirm_url}\n\n\
         If it was not you, ignore this email: nothing is sent from {to} without this confirmation.\n\n— RoleFerry\n"
    );
    let html = format!(
        "<p>Hi,</p><p>Someone using RoleFerry asked to send email as <b>{name}</b> &lt;{address}&gt;.</p>\
         <p>If that was you, confirm it (the link works once, within 24 hours):</p>\
         <p><a href=\"{url}\">Confirm this sender</a></p>\
         <p>If it was not you, ignore this email: nothing is sent from {address} without this confirmation.</p><p>— RoleFerry</p>",
        name = html_escape(from_name),
        address = html_escape(to),
        url = html_escape(confirm_url)
    );
    let tags = format!(
        "outbound_email_id={}, kind=sender_confirmation",
        job.outbound_email_id()
    );
    let raw = MessageBuilder::new()
        .from(("RoleFerry", mail_from))
        .to(to)
        .subject("Confirm your sending address on RoleFerry")
        .message_id(message_id.as_str())
        .ses_headers(configuration_set, tags)
        .text_body(text)
        .html_body(html)
        .write_to_vec()?;
    Ok(Composed {
        kind: "sender_confirmation",
        to: to.to_owned(),
        message_id,
        raw,
    })
}

fn html_escape(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn campaign_mail<'a>(thread: &'a [String], tracked: bool) -> CampaignMail<'a> {
        CampaignMail {
            outbound_email_id: Uuid::new_v4(),
            campaign_id: Uuid::new_v4(),
            user_id: Uuid::new_v4(),
            from_name: "Grace Hopper",
            from_email: "grace@example.test",
            to: "ada@acme.test",
            reply_to: "reply+abc123@in.roleferry.test",
            subject: "Deploys at Acme",
            body_text: "Hi Ada,\n\nI cut deploys to minutes.\n\nUnsubscribe: https://app.test/unsubscribe/tok",
            unsubscribe_url: "https://app.test/unsubscribe/tok",
            unsubscribe_mailto: "mailto:reply+abc123@in.roleferry.test?subject=unsubscribe",
            thread,
            tracked,
            configuration_set: "roleferry-test",
        }
    }

    #[test]
    fn campaign_mail_is_plain_text_with_list_and_reply_headers() {
        let mail = campaign_mail(&[], false);
        let composed = campaign(&mail).expect("composes");
        let message = mail_parser::MessageParser::default()
            .parse(&composed.raw)
            .expect("parseable MIME");
        let header = |name: &str| {
            message
                .header_raw(name)
                .map(|value| value.replace("\r\n", "").trim().to_owned())
        };
        assert_eq!(
            header("List-Unsubscribe").as_deref(),
            Some(
                "<https://app.test/unsubscribe/tok>, <mailto:reply+abc123@in.roleferry.test?subject=unsubscribe>"
            )
        );
        assert_eq!(
            header("List-Unsubscribe-Post").as_deref(),
            Some("List-Unsubscribe=One-Click")
        );
        let reply_to = message
            .reply_to()
            .and_then(|reply_to| reply_to.first())
            .and_then(|address| address.address());
        assert_eq!(reply_to, Some("reply+abc123@in.roleferry.test"));
        let from = message.from().and_then(|from| from.first());
        assert_eq!(from.and_then(|from| from.name()), Some("Grace Hopper"));
        assert_eq!(
            from.and_then(|from| from.address()),
            Some("grace@example.test")
        );
        assert!(
            header("In-Reply-To").is_none(),
            "a first step starts a thread"
        );
        assert!(
            !composed_has_html(&composed.raw),
            "untracked mail is plain text only"
        );
        let tags = header("X-SES-MESSAGE-TAGS").unwrap_or_default();
        assert!(
            tags.contains(&format!("campaign_id={}", mail.campaign_id)),
            "{tags}"
        );
        assert!(
            tags.contains(&format!("user_id={}", mail.user_id)),
            "{tags}"
        );
    }

    fn composed_has_html(raw: &[u8]) -> bool {
        String::from_utf8_lossy(raw).contains("text/html")
    }

    #[test]
    fn follow_ups_reply_to_the_previous_step() {
        let thread = vec![
            "<0100-first@email.amazonses.com>".to_owned(),
            "<0100-second@email.amazonses.com>".to_owned(),
        ];
        let composed = campaign(&campaign_mail(&thread, false)).expect("composes");
        let message = mail_parser::MessageParser::default()
            .parse(&composed.raw)
            .expect("parseable MIME");
        let raw = |name: &str| {
            message
                .header_raw(name)
                .map(|value| value.replace("\r\n", "").trim().to_owned())
        };
        assert_eq!(
            raw("In-Reply-To").as_deref(),
            Some("<0100-second@email.amazonses.com>")
        );
        assert_eq!(
            raw("References").as_deref(),
            Some("<0100-first@email.amazonses.com> <0100-second@email.amazonses.com>")
        );
    }

    #[test]
    fn tracked_mail_adds_an_escaped_html_part_with_links() {
        let composed = campaign(&campaign_mail(&[], true)).expect("composes");
        assert!(composed_has_html(&composed.raw));
        let html = text_to_html("a <b> & https://x.test/a?b=1&c=2 end\n\nnext");
        assert_eq!(
            html,
            "<p>a &lt;b&gt; &amp; <a href=\"https://x.test/a?b=1&amp;c=2\">https://x.test/a?b=1&amp;c=2</a> end</p>\n<p>next</p>"
        );
    }

    #[test]
    fn magic_link_mail_has_headers_and_link() {
        let job = MailJob::MagicLink {
            outbound_email_id: Uuid::new_v4(),
            to: "jane@example.com".into(),
            sign_in_url: "https://app.test/sign-in?token=rfl_x&y".into(),
        };
        let composed = compose(&job, "no-reply@mail.test", "roleferry-test").expect("composes");
        let message = mail_parser::MessageParser::default()
            .parse(&composed.raw)
            .expect("parseable MIME");
        assert_eq!(message.message_id(), Some(composed.message_id.as_str()));
        assert!(composed.message_id.ends_with("@mail.test"));
        assert_eq!(message.subject(), Some("Your RoleFerry sign-in link"));
        let to = message
            .to()
            .and_then(|to| to.first())
            .and_then(|a| a.address());
        assert_eq!(to, Some("jane@example.com"));
        // Long headers may be folded (RFC 5322 §2.2.3); unfold before comparing.
        let tags = message
            .header_raw("X-SES-MESSAGE-TAGS")
            .map(|value| value.replace("\r\n", "").trim().to_owned());
        assert_eq!(
            tags,
            Some(format!(
                "outbound_email_id={}, kind=magic_link",
                job.outbound_email_id()
            ))
        );
        assert_eq!(
            message.header_raw("X-SES-CONFIGURATION-SET").map(str::trim),
            Some("roleferry-test")
        );
        let text = message.body_text(0).expect("text part");
        assert!(text.contains("https://app.test/sign-in?token=rfl_x&y"));
        let html = message.body_html(0).expect("html part");
        assert!(html.contains("token=rfl_x&amp;y"), "html link is escaped");
    }

    #[test]
    fn sender_confirmation_mail_names_the_sender_and_carries_the_link() {
        let job = MailJob::SenderConfirmation {
            outbound_email_id: Uuid::new_v4(),
            to: "jane@acme.test".into(),
            from_name: "Jane <Doe>".into(),
            confirm_url: "https://app.test/sender-confirmations/rfsc_x_y&z".into(),
        };
        let composed = compose(&job, "no-reply@mail.test", "roleferry-test").expect("composes");
        assert_eq!(composed.kind, "sender_confirmation");
        assert_eq!(composed.to, "jane@acme.test");
        let message = mail_parser::MessageParser::default()
            .parse(&composed.raw)
            .expect("parseable MIME");
        assert_eq!(
            message.subject(),
            Some("Confirm your sending address on RoleFerry")
        );
        let tags = message
            .header_raw("X-SES-MESSAGE-TAGS")
            .map(|value| value.replace("\r\n", "").trim().to_owned());
        assert_eq!(
            tags,
            Some(format!(
                "outbound_email_id={}, kind=sender_confirmation",
                job.outbound_email_id()
            ))
        );
        let text = message.body_text(0).expect("text part");
        assert!(text.contains("https://app.test/sender-confirmations/rfsc_x_y&z"));
        assert!(text.contains("\"Jane <Doe>\" <jane@acme.test>"), "{text}");
        let html = message.body_html(0).expect("html part");
        assert!(
            html.contains("Jane &lt;Doe&gt;"),
            "the name is escaped: {html}"
        );
        assert!(html.contains("rfsc_x_y&amp;z"), "the link is escaped");
    }
}
