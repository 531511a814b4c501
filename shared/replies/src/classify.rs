//! What kind of answer a message is. Rules, in order, each with the reason it is stored with:
//!
//! 1. **Bounce**: a delivery report (`multipart/report`), mail from `MAILER-DAEMON` or
//!    `postmaster`, or a delivery-failure subject, even behind `Re:`. Not a reply at all.
//! 2. **Auto-reply**: RFC 3834 `Auto-Submitted` (anything but `no`), `X-Autoreply` and kin,
//!    `Precedence: auto_reply|bulk|junk`, an automatic-reply subject, or out-of-office wording
//!    in what the sender wrote. Carries the return date it names, if any.
//! 3. **Unsubscribe**: a request not to be contacted again, in what the sender wrote (never in
//!    the quoted original, whose footer has our unsubscribe link), or an empty message titled so.
//! 4. **Invitation**: a person proposes to talk (interview, call, meeting, availability), and
//!    does not say no in the same breath.
//! 5. **Human**: everything else a person wrote.
//!
//! Only the sender's own words (above the quote) are read for 2–5, so our text quoted back
//! cannot decide what they meant.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;
use serde::Serialize;

use crate::Inbound;
use crate::dates;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Kind {
    /// A person answered.
    Human,
    /// A person answered proposing to talk.
    Invitation,
    /// A machine answered for the person; `until` is the return date it names.
    AutoReply { until: Option<NaiveDate> },
    /// The person asked not to be contacted again.
    Unsubscribe,
    /// A delivery failure sent to the reply address.
    Bounce,
}

impl Kind {
    /// The label the API and the database use.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Human => "human",
            Kind::Invitation => "invitation",
            Kind::AutoReply { .. } => "auto_reply",
            Kind::Unsubscribe => "unsubscribe",
            Kind::Bounce => "bounce",
        }
    }

    /// Whether a person wrote it: forwarded to the seeker, counted as a reply, and it stops
    /// the sequence.
    pub fn is_human(self) -> bool {
        matches!(self, Kind::Human | Kind::Invitation | Kind::Unsubscribe)
    }
}

/// A classification and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    pub kind: Kind,
    /// Which rule decided, e.g. `auto-submitted header`, `invitation wording`.
    pub reason: &'static str,
}

fn pattern(source: &str) -> Regex {
    Regex::new(source).expect("classification pattern")
}

static BOUNCE_SENDER: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"(?i)^(?:mailer-daemon|postmaster|mail-daemon|bounces?)@"));
static BOUNCE_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?ix)^(?:\s*(?:re|aw|sv|antw|r|rif|res|tr|wg|fw|fwd)\s*:\s*)*(?:
            undeliverable|undelivered\s+mail|delivery\s+status\s+notification\s*\(failure|delivery\s+failure
          | delivery\s+has\s+failed|mail\s+delivery\s+(?:failed|failure|subsystem)|failure\s+notice
          | returned\s+mail|message\s+not\s+delivered|could\s+not\s+be\s+delivered
          | unzustellbar|nicht\s+zustellbar|non\s+remis|échec\s+de\s+(?:la\s+)?(?:remise|livraison)
          | no\s+se\s+puede\s+entregar|no\s+entregado|onbestelbaar|niet\s+bezorgd|non\s+recapitabile
          | não\s+entregue
        )",
    )
});
static AUTO_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?ix)(?:
            automatic\s+reply|auto[\s-]?reply|autoreply|auto[\s-]?response|out\s+of\s+(?:the\s+)?office
          | away\s+from\s+(?:the\s+)?office|on\s+vacation|on\s+leave|vacation\s+reply
          | automatische\s+antwort|abwesenheit|nicht\s+im\s+büro|außer\s+haus|urlaub
          | réponse\s+automatique|absence|absent|en\s+congé
          | respuesta\s+automática|fuera\s+de\s+(?:la\s+)?oficina|ausente|de\s+vacaciones
          | automatisch\s+antwoord|afwezig|niet\s+aanwezig|buiten\s+kantoor|met\s+vakantie
          | risposta\s+automatica|fuori\s+(?:sede|ufficio)|in\s+ferie
          | resposta\s+automática|fora\s+do\s+escritório|de\s+férias
          | we(?:'ve|\s+have)\s+received\s+your|ticket\s*(?:\#|number|id)|request\s+received
        )",
    )
});
/// Out-of-office and "nobody reads this" wording in what the sender wrote. Phrases, not single
/// words, so "back from vacation, happy to talk" stays a person.
static AUTO_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?ix)(?:
            \b(?:i\s+am|i'm|i\s+will\s+be|i'll\s+be)\s+(?:currently\s+)?(?:out\s+of\s+(?:the\s+)?office|away|on\s+(?:annual\s+|parental\s+|maternity\s+|paternity\s+|sick\s+)?leave|on\s+vacation|on\s+holiday|travelling|traveling|out\s+until|offline)
          | \bout\s+of\s+(?:the\s+)?office\s+(?:until|through|from|and|with|on)\b
          | \bthis\s+(?:is\s+an\s+)?auto(?:matic|mated)?(?:\s+|-)?(?:reply|response|generated)
          | \b(?:this\s+)?(?:mailbox|inbox|address)\s+is\s+(?:not|no\s+longer)\s+(?:monitored|in\s+use|active)
          | \bno\s+longer\s+(?:with|at|works?\s+(?:at|for))\b
          | \bhas\s+left\s+(?:the\s+company|\w+)\b
          | \blimited\s+access\s+to\s+(?:my\s+)?e-?mail
          | \bwe\s+(?:have\s+)?received\s+your\s+(?:e-?mail|message|request|application)
          | \bbin\s+(?:ich\s+)?(?:bis|vom|ab|derzeit|zurzeit|momentan|aktuell)?.{0,40}(?:abwesend|nicht\s+im\s+büro|im\s+urlaub|außer\s+haus|nicht\s+erreichbar)
          | \b(?:ich\s+bin|bin\s+ich)\b.{0,60}\b(?:abwesend|im\s+urlaub|nicht\s+im\s+büro|außer\s+haus|in\s+elternzeit)
          | \bnicht\s+mehr\s+(?:im\s+unternehmen|bei\b|für)
          | \bje\s+suis\s+(?:actuellement\s+)?(?:absente?|en\s+congé|en\s+vacances|en\s+déplacement)
          | \bje\s+serai\s+(?:absente?|de\s+retour)
          | \bne\s+fait\s+plus\s+partie
          | \b(?:estoy|estaré|me\s+encuentro)\s+(?:actualmente\s+)?(?:fuera|de\s+vacaciones|ausente|de\s+baja)
          | \bya\s+no\s+(?:trabaja|forma\s+parte)
          | \bik\s+ben\s+(?:momenteel\s+|tot\s+en\s+met\s+.{0,30})?(?:afwezig|niet\s+aanwezig|met\s+vakantie|op\s+vakantie|niet\s+op\s+kantoor)
          | \b(?:afwezig|met\s+vakantie)\s+(?:tot|t/m|van)\b
          | \bniet\s+meer\s+werkzaam
          | \bsono\s+(?:attualmente\s+)?(?:fuori\s+(?:sede|ufficio)|in\s+ferie|assente)
          | \bestou\s+(?:atualmente\s+)?(?:fora|de\s+férias|ausente)
        )",
    )
});
static UNSUBSCRIBE_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?ix)(?:
            \bunsubscribe\b|\bopt\s*(?:-\s*)?out\b
          | \bremove\s+(?:me|my\s+(?:e-?mail|address|name))\b
          | \btake\s+me\s+off\b|\bstop\s+(?:e-?mailing|contacting|sending|writing)\b
          | \b(?:do\s+not|don't|dont|please\s+don't|never)\s+(?:e-?mail|contact|write\s+to)\s+me\b
          | \bno\s+(?:more|further)\s+(?:e-?mails|messages|contact)\b
          | \b(?:abmelden|austragen|abbestellen)\b|\bkeine\s+(?:weiteren\s+)?(?:e-?mails|nachrichten)\b
          | \b(?:kontaktieren|schreiben)\s+sie\s+mich\s+nicht\b|\bnicht\s+mehr\s+(?:kontaktieren|anschreiben|schreiben)\b
          | \bdésabonner|\bdésinscri|\bretirez[\s-]moi|\bsupprimez[\s-]moi|\bne\s+(?:me\s+)?(?:contactez|écrivez)\s+plus\b
          | \bne\s+plus\s+(?:me\s+)?(?:contacter|recevoir|écrire)\b
          | \bdar(?:me)?\s+de\s+baja\b|\bno\s+me\s+(?:contacte|escriba|envíe)|\belimín(?:e|a)me\b|\bcancelar\s+(?:la\s+)?suscripción\b
          | \bafmelden\b|\buitschrijven\b|\bverwijder\s+(?:mij|me|mijn)\b|\bniet\s+meer\s+(?:mailen|benaderen|contacteren)\b
          | \bcancellami\b|\bdisiscrivi|\bnon\s+(?:mi\s+)?contattatemi|\bnon\s+contattarmi\b
          | \bdescadastr|\bremova[\s-]me\b|\bnão\s+me\s+(?:contate|envie)
        )",
    )
});
static INVITATION_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?ix)(?:
            \binterview|\bphone\s+screen|\bscreening\s+call
          | \b(?:a|quick|short|brief|intro|introductory|video|zoom|teams|phone)\s+(?:call|chat|meeting)\b
          | \b(?:hop|jump)\s+on\s+a\b|\bcalendly\b|\bbook\s+(?:a\s+)?(?:time|slot)|\bgrab\s+(?:some\s+)?(?:time|\d+\s+min)
          | \b(?:your|some)\s+availability\b|\bwhen\s+(?:are|would)\s+you\s+(?:be\s+)?(?:free|available)
          | \b(?:let's|let\s+us|like\s+to|love\s+to|happy\s+to|glad\s+to|keen\s+to|open\s+to|could\s+we|can\s+we|shall\s+we)\s+(?:set\s+up\s+|schedule\s+|have\s+|hop\s+on\s+|jump\s+on\s+)?(?:a\s+)?(?:talk|chat|call|meet|speak|connect|discuss)
          | \bschedule\s+(?:a|some|time|an)\b|\bset\s+up\s+(?:a|some)\s+(?:time|call|chat)
          | \bare\s+you\s+(?:free|available)\b|\bfree\s+(?:on|this|next|for)\b
          | \bgespräch|\btelefonat\b|\btermin\b|\bkennenlernen|\b(?:kurz\s+)?(?:sprechen|telefonieren)\b|\bzeit\s+für\s+ein
          | \bentretien\b|\bappel\b|\béchanger\b|\bdisponibilités\b|\brendez-vous\b|\bvisio\b
          | \bentrevista\b|\bllamada\b|\breunión\b|\bdisponibilidad\b|\bcharlar\b|\bhablar\b
          | \bgesprek\b|\bbellen\b|\bafspraak\b|\bkennismak|\bvideocall\b|\bbeschikbaarheid\b
          | \bcolloquio\b|\bchiamata\b|\bsentirci\b|\bentrevista\b|\bconversar\b
        )",
    )
});
/// A no in the same message outweighs talk of a call ("no need to call", "not hiring").
static REFUSAL_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?ix)(?:
            \bno\s+need\s+to\b|\bnot\s+(?:currently\s+|actively\s+)?hiring\b|\bno\s+(?:open\s+)?(?:roles?|positions?|openings?|vacancies)\b
          | \bnot\s+(?:a\s+(?:good\s+)?fit|interested|looking|the\s+right\s+time)\b|\b(?:don't|do\s+not)\s+(?:call|need)\b
          | \b(?:position|role)\s+(?:has\s+been|was|is)\s+(?:filled|closed)\b|\bwe\s+(?:have\s+)?(?:decided|chose)\s+to\b
          | \bunfortunately\b|\bleider\b|\bmalheureusement\b|\blamentablemente\b|\bdesafortunadamente\b|\bhelaas\b|\bpurtroppo\b|\binfelizmente\b
          | \bkein(?:e|en)?\s+(?:bedarf|interesse|stelle)\b|\bpas\s+(?:de\s+poste|intéressé)|\bno\s+(?:estamos|tenemos)\b|\bgeen\s+(?:interesse|vacature)
        )",
    )
});

/// Classifies `mail`. `today` is when it arrived, for reading a return date; the message's own
/// `Date` is used when present.
pub fn classify(mail: &Inbound, today: NaiveDate) -> Verdict {
    let verdict = |kind, reason| Verdict { kind, reason };
    let today = mail.date.unwrap_or(today);
    let auto_reply = |reason| {
        let until = dates::return_date(&mail.fresh_text, today)
            .or_else(|| dates::return_date(&mail.text, today));
        verdict(Kind::AutoReply { until }, reason)
    };
    let from = mail.from_address.as_deref().unwrap_or_default();
    if mail.auto.report_type.is_some() {
        return verdict(Kind::Bounce, "delivery report");
    }
    if BOUNCE_SENDER.is_match(from) {
        return verdict(Kind::Bounce, "mailer-daemon sender");
    }
    if BOUNCE_SUBJECT.is_match(&mail.subject) {
        return verdict(Kind::Bounce, "delivery failure subject");
    }
    if mail
        .auto
        .auto_submitted
        .as_deref()
        .is_some_and(|value| value != "no")
    {
        return auto_reply("auto-submitted header");
    }
    if mail.auto.x_autoreply {
        return auto_reply("x-autoreply header");
    }
    if mail
        .auto
        .precedence
        .as_deref()
        .is_some_and(|value| matches!(value, "auto_reply" | "bulk" | "junk"))
    {
        return auto_reply("precedence header");
    }
    let subject = strip_reply_prefixes(&mail.subject);
    if AUTO_SUBJECT.is_match(subject) {
        return auto_reply("automatic reply subject");
    }
    let words = &mail.fresh_text;
    if AUTO_TEXT.is_match(words) {
        return auto_reply("out-of-office wording");
    }
    if UNSUBSCRIBE_TEXT.is_match(words) {
        return verdict(Kind::Unsubscribe, "unsubscribe wording");
    }
    if words.trim().is_empty() && UNSUBSCRIBE_TEXT.is_match(subject) {
        return verdict(Kind::Unsubscribe, "unsubscribe subject");
    }
    if INVITATION_TEXT.is_match(words) && !REFUSAL_TEXT.is_match(words) {
        return verdict(Kind::Invitation, "invitation wording");
    }
    verdict(Kind::Human, "written by a person")
}

/// The subject without its `Re:`/`Fwd:` prefixes (in several languages), so an automatic
/// reply's own prefix is what is read.
fn strip_reply_prefixes(subject: &str) -> &str {
    static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
        pattern(r"(?i)^\s*(?:re|aw|sv|antw|r|rif|res|tr|wg|fw|fwd|doorst)\s*(?:\[\d+\])?\s*:\s*")
    });
    let mut rest = subject;
    while let Some(found) = PREFIX.find(rest) {
        rest = &rest[found.end()..];
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail(subject: &str, fresh: &str) -> Inbound {
        Inbound {
            from_address: Some("ada@acme.test".into()),
            subject: subject.into(),
            text: fresh.into(),
            fresh_text: fresh.into(),
            ..Inbound::default()
        }
    }

    fn kind(subject: &str, fresh: &str) -> &'static str {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).expect("date");
        classify(&mail(subject, fresh), today).kind.as_str()
    }

    #[test]
    fn each_rule_decides_its_kind() {
        assert_eq!(
            kind("Re: idea", "Happy to set up a call next week."),
            "invitation"
        );
        assert_eq!(
            kind("Re: idea", "No need to call, we're not hiring."),
            "human"
        );
        assert_eq!(
            kind("Re: idea", "Please remove me from your list."),
            "unsubscribe"
        );
        assert_eq!(kind("unsubscribe", ""), "unsubscribe");
        assert_eq!(kind("Automatic reply: idea", "Thanks"), "auto_reply");
        assert_eq!(kind("Re: idea", "I'm back from vacation; thanks."), "human");
        assert_eq!(kind("Undeliverable: Re: idea", "x"), "bounce");
        assert_eq!(kind("Re: idea", "We removed that role last week."), "human");
    }

    #[test]
    fn headers_outrank_words() {
        let mut auto = mail("Re: idea", "Let's talk!");
        auto.auto.auto_submitted = Some("auto-replied".into());
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).expect("date");
        assert_eq!(classify(&auto, today).reason, "auto-submitted header");
        auto.auto.auto_submitted = Some("no".into());
        assert_eq!(classify(&auto, today).kind, Kind::Invitation);
    }

    #[test]
    fn an_auto_reply_carries_its_return_date() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).expect("date");
        let out = mail(
            "Out of Office",
            "I am out of the office until 7 December 2026.",
        );
        assert_eq!(
            classify(&out, today).kind,
            Kind::AutoReply {
                until: NaiveDate::from_ymd_opt(2026, 12, 7)
            }
        );
    }
}
