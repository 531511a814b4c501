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
/// local event pump learns the configuration set and our tags.
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
                .header(
                    "X-SES-CONFIGURATION-SET",
                    Raw::new(configuration_set.to_owned()),
                )
                .header("X-SES-MESSAGE-TAGS", Raw::new(tags))
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
    }
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
        .header(
            "X-SES-CONFIGURATION-SET",
            Raw::new(configuration_set.to_owned()),
        )
        .header("X-SES-MESSAGE-TAGS", Raw::new(tags))
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
