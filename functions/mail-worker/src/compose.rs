//! Builds the raw MIME of each kind of mail. Raw MIME (rather than SES "simple" content) lets us
//! set Message-ID and list headers ourselves, and is what the emulator keeps headers of.

use mail_builder::MessageBuilder;
use uuid::Uuid;

use shared::mail::MailJob;

pub struct Composed {
    pub kind: &'static str,
    pub to: String,
    pub message_id: String,
    pub raw: Vec<u8>,
}

pub fn compose(job: &MailJob, mail_from: &str) -> std::io::Result<Composed> {
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
            let raw = MessageBuilder::new()
                .from(("RoleFerry", mail_from))
                .to(to.as_str())
                .subject("Your RoleFerry sign-in link")
                .message_id(message_id.as_str())
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
    }
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
        let composed = compose(&job, "no-reply@mail.test").expect("composes");
        let raw = String::from_utf8(composed.raw).expect("ascii mime");
        assert!(raw.contains(&format!("Message-ID: <{}>", composed.message_id)));
        assert!(composed.message_id.ends_with("@mail.test"));
        assert!(raw.contains("To: <jane@example.com>"));
        assert!(raw.contains("Subject: Your RoleFerry sign-in link"));
        assert!(raw.contains("token=rfl_x&amp;y"), "html link is escaped");
        assert!(raw.contains("multipart/alternative"));
    }
}
