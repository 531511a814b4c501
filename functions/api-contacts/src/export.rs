//! CSV export of contacts, safe to open in a spreadsheet and readable by the import.

use shared::upload::spreadsheet_safe;

use crate::model::Contact;

/// Column names the import maps back to the same fields; `verification_status` is informative
/// and ignored on import.
pub const HEADER: [&str; 9] = [
    "email",
    "first_name",
    "last_name",
    "title",
    "company",
    "linkedin_url",
    "timezone",
    "tags",
    "verification_status",
];

/// Writes contacts as CSV. Every cell goes through `spreadsheet_safe`, so a value such as
/// `=HYPERLINK(…)` is exported as `'=HYPERLINK(…)` and shown as text, never evaluated; the
/// import strips that apostrophe again.
pub fn write_csv(contacts: &[Contact]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::with_capacity(contacts.len() * 128));
    writer.write_record(HEADER)?;
    for contact in contacts {
        let tags = contact.tags.join(";");
        let cells = [
            contact.email.as_str(),
            contact.first_name.as_deref().unwrap_or_default(),
            contact.last_name.as_deref().unwrap_or_default(),
            contact.title.as_deref().unwrap_or_default(),
            contact.company.as_deref().unwrap_or_default(),
            contact.linkedin_url.as_deref().unwrap_or_default(),
            contact.timezone.as_deref().unwrap_or_default(),
            tags.as_str(),
            contact.verification.status.as_str(),
        ];
        writer.write_record(cells.iter().map(|cell| spreadsheet_safe(cell).into_owned()))?;
    }
    writer.into_inner().map_err(|err| err.into_error().into())
}
