//! Where the sender's own words end: replies quote our message (with its unsubscribe link and
//! whatever words it used), so classifying the whole body would read our text as theirs.

use std::sync::LazyLock;

use regex::Regex;

/// Lines that start the quoted or forwarded original, in the languages mail clients speak.
static QUOTE_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^\s*(?:
            >                                                   # quoted line
          | -{2,}\s*(?:original\s+message|ursprüngliche\s+nachricht|message\s+d'origine
                     |mensaje\s+original|oorspronkelijk\s+bericht|messaggio\s+originale
                     |mensagem\s+original|forwarded\s+message|weitergeleitete\s+nachricht
                     |message\s+transféré|mensaje\s+reenviado|doorgestuurd\s+bericht
                     |messaggio\s+inoltrato)\s*-{2,}
          | begin\s+forwarded\s+message:
          | _{10,}\s*$                                          # Outlook's separator
          | on\s.{1,200}\swrote:\s*$
          | am\s.{1,200}\sschrieb.{0,200}:\s*$
          | le\s.{1,200}\sa\s+écrit\s*:\s*$
          | el\s.{1,200}\sescribió\s*:\s*$
          | op\s.{1,200}\sschreef.{0,200}:\s*$
          | il\s.{1,200}\sha\s+scritto\s*:\s*$
          | em\s.{1,200}\sescreveu\s*:\s*$
        )",
    )
    .expect("quote pattern")
});

/// An attribution line that wrapped: "On Mon, 23 Nov 2026 at 09:00, Grace Hopper" then
/// "<grace@example.test> wrote:" on the next line.
static WRAPPED_ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:on|am|le|el|op|il|em)\s.{1,200}$").expect("attribution pattern")
});
static ATTRIBUTION_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:wrote|schrieb|a\s+écrit|escribió|schreef|ha\s+scritto|escreveu)\s*:\s*$")
        .expect("attribution end pattern")
});

/// Outlook's quoted header block: "From:" (or its translation) followed within a few lines by
/// "Sent:"/"Date:" (or theirs).
static HEADER_FROM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*\*?(?:from|von|de|van|da|från|fra)\s*\*?\s*:").expect("from pattern")
});
static HEADER_SENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*\*?(?:sent|date|gesendet|datum|envoyé|date|enviado|fecha|verzonden|inviato|data|skickat|sendt)\s*\*?\s*:",
    )
    .expect("sent pattern")
});

/// Where mail clients' HTML starts the quoted or forwarded original: Gmail's and Yahoo's quote
/// containers, Outlook's reply header block and separator, Thunderbird's and Apple Mail's
/// citations, and any blockquote.
static HTML_QUOTE_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?i)<blockquote|class="?(?:gmail_quote|gmail_attr|yahoo_quoted|moz-cite-prefix|OutlookMessageHeader)|id="?(?:x_)?(?:divRplyFwdMsg|appendonsend)|<hr|-{2,}\s*(?:original\s+message|forwarded\s+message)"#,
    )
    .expect("html quote pattern")
});

/// The text of an HTML body up to where its quote starts.
pub fn fresh_html_text(html: &str) -> String {
    let cut = HTML_QUOTE_START
        .find(html)
        .map_or(html.len(), |found| found.start());
    mail_parser::decoders::html::html_to_text(&html[..cut])
}

/// The text above the first line that starts the quoted or forwarded original, trimmed.
pub fn fresh_text(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let cut = (0..lines.len())
        .find(|&i| starts_quote(&lines, i))
        .unwrap_or(lines.len());
    lines[..cut].join("\n").trim().to_owned()
}

fn starts_quote(lines: &[&str], i: usize) -> bool {
    let line = lines[i];
    if QUOTE_START.is_match(line) {
        return true;
    }
    if WRAPPED_ATTRIBUTION.is_match(line)
        && !ATTRIBUTION_END.is_match(line)
        && lines
            .get(i + 1)
            .is_some_and(|next| ATTRIBUTION_END.is_match(next))
    {
        return true;
    }
    HEADER_FROM.is_match(line)
        && lines
            .iter()
            .skip(i + 1)
            .take(4)
            .any(|next| HEADER_SENT.is_match(next))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_at_each_kind_of_quote() {
        let cases = [
            "Yes.\n> Hi",
            "Yes.\nOn Mon, 23 Nov 2026, Grace <g@x.test> wrote:\nHi",
            "Yes.\nOn Mon, 23 Nov 2026 at 09:00, Grace Hopper\n<g@x.test> wrote:\nHi",
            "Yes.\nAm 23.11.2026 um 09:00 schrieb Grace Hopper <g@x.test>:\nHi",
            "Yes.\nLe lun. 23 nov. 2026 à 09:00, Grace <g@x.test> a écrit :\nHi",
            "Yes.\n-----Original Message-----\nFrom: Grace",
            "Yes.\n________________________________\nFrom: Grace",
            "Yes.\n\nFrom: Grace Hopper <g@x.test>\nSent: Monday\nTo: Ada\nSubject: x\n\nHi",
            "Yes.\n---------- Forwarded message ---------\nFrom: Grace",
        ];
        for text in cases {
            assert_eq!(fresh_text(text), "Yes.", "{text:?}");
        }
    }

    #[test]
    fn cuts_html_at_the_quote_container() {
        let html = "<div>Yes, let's talk.</div><div id=\"appendonsend\"></div><hr>\
                    <b>From:</b> Grace<br>Not interested? unsubscribe";
        assert_eq!(fresh_html_text(html).trim(), "Yes, let's talk.");
        let gmail = "<div dir=\"ltr\">Sure.</div><br><div class=\"gmail_quote\">On Mon wrote:\
                     <blockquote>hi</blockquote></div>";
        assert_eq!(fresh_html_text(gmail).trim(), "Sure.");
    }

    #[test]
    fn keeps_text_that_only_looks_like_a_header() {
        assert_eq!(
            fresh_text("From: the team, thanks!\nWe'd like to talk."),
            "From: the team, thanks!\nWe'd like to talk."
        );
        assert_eq!(fresh_text("On Monday I am free."), "On Monday I am free.");
    }
}
