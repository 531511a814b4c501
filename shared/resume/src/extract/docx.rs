//! DOCX: the text of `word/document.xml` (and page headers, where templates often put
//! contact details), paragraph by paragraph.

use crate::{ParseError, dates};
use quick_xml::Reader;
use quick_xml::events::Event;
use std::io::{Cursor, Read};

/// Everything read out of one archive, all parts together, decompressed. A real resume's XML is
/// well under a megabyte; a ZIP bomb that inflates past this is refused before it can exhaust
/// memory or time.
pub const MAX_DECOMPRESSED_BYTES: u64 = 8 * 1024 * 1024;
/// Parts (archive entries) in one DOCX. Word writes a few dozen; thousands of tiny entries only
/// make the archive costly to index and are refused.
pub const MAX_PARTS: usize = 1000;

pub(super) fn extract(bytes: &[u8]) -> Result<String, ParseError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| corrupt())?;
    if archive.len() > MAX_PARTS {
        return Err(ParseError::TooLarge(format!(
            "The DOCX file has {} parts; a resume has at most {MAX_PARTS}. Save it again from \
             your editor, or export it as PDF, and upload that.",
            archive.len()
        )));
    }
    let mut header_parts: Vec<String> = archive
        .file_names()
        .flatten()
        .filter(|name| name.starts_with("word/header") && name.ends_with(".xml"))
        .map(|name| name.into_owned())
        .collect();
    header_parts.sort();

    let mut text = String::new();
    let mut budget = MAX_DECOMPRESSED_BYTES;
    for part in header_parts
        .iter()
        .map(String::as_str)
        .chain(["word/document.xml"])
    {
        let xml = read_part(&mut archive, part, &mut budget)?;
        text.push_str(&paragraphs(&xml)?);
        text.push('\n');
    }
    Ok(text)
}

fn corrupt() -> ParseError {
    ParseError::Corrupt(
        "The DOCX file is damaged and cannot be read. Save it again from your editor, or \
         export it as PDF, and upload that."
            .to_owned(),
    )
}

fn too_large() -> ParseError {
    ParseError::TooLarge(format!(
        "The DOCX file expands to more than {} MB of text; a resume is far smaller. Save it \
         again from your editor, or export it as PDF, and upload that.",
        MAX_DECOMPRESSED_BYTES / (1024 * 1024)
    ))
}

/// Reads one part, charging its decompressed size to `budget`: reading stops one byte past
/// what is left, so a bomb costs at most the budget, never its full expansion.
fn read_part(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    budget: &mut u64,
) -> Result<String, ParseError> {
    let mut file = archive.by_name(name).map_err(|error| match error {
        zip::result::ZipError::UnsupportedArchive(message) if message.contains("assword") => {
            ParseError::Encrypted(
                "The document is password-protected. Remove the password and upload it again."
                    .to_owned(),
            )
        }
        _ => corrupt(),
    })?;
    // The declared size is only a claim of the archive; the read below enforces the budget.
    if file.size() > *budget {
        return Err(too_large());
    }
    let mut xml = Vec::new();
    (&mut file)
        .take(*budget + 1)
        .read_to_end(&mut xml)
        .map_err(|_| corrupt())?;
    let read = u64::try_from(xml.len()).unwrap_or(u64::MAX);
    if read > *budget {
        return Err(too_large());
    }
    *budget -= read;
    String::from_utf8(xml).map_err(|_| corrupt())
}

/// A table row whose last cell is a short column holding the dates ("Charge Nurse" over
/// "Lakeshore Hospital" beside "Mar 2019 – Present"; or title, employer and dates in three
/// cells), read as the lines of a right-aligned header: the cells' lines level with each other
/// on one line, tab-separated. Read one cell after the other instead, the dates would trail
/// the header and the next job's title would look like a line of the previous job.
fn header_beside_dates(cells: &[&str]) -> Option<String> {
    /// A dates column holds dates and perhaps a place: nothing longer.
    const MAX_SIDE_LINE_CHARS: usize = 40;
    /// Title, employer, place and dates: a row of more cells is a grid, not a job's header.
    const MAX_CELLS: usize = 4;
    let lines = |cell: &str| -> Vec<String> {
        cell.lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(String::from)
            .collect()
    };
    let mut cells: Vec<Vec<String>> = cells.iter().map(|cell| lines(cell)).collect();
    // A grid's "From" and "To" cells ("01-03-2018" beside "Till date") are one range.
    if let [.., from, to] = cells.as_slice()
        && let ([from], [to]) = (from.as_slice(), to.as_slice())
        && dates::find_range(from).is_none()
        && dates::find_lone(from).is_some_and(|_| dates::is_only_dates(from))
        && (dates::is_still_held(to)
            || dates::find_lone(to).is_some_and(|_| dates::is_only_dates(to)))
    {
        let range = format!("{from} – {to}");
        cells.truncate(cells.len() - 2);
        cells.push(vec![range]);
    }
    let (side, header_cells) = cells.split_last()?;
    let holds_dates = |lines: &[String]| lines.iter().any(|line| dates::is_only_dates(line));
    let header_lines = header_cells.iter().map(Vec::len).max().unwrap_or_default();
    // A row of four cells is a grid of fields ("Organisation | Location | Designation |
    // Duration"), each cell one line; a layout of three cells may stack lines in each.
    let fields_of_a_grid =
        cells.len() < MAX_CELLS || header_cells.iter().all(|cell| cell.len() == 1);
    let is_side_column = (2..=MAX_CELLS).contains(&cells.len())
        && fields_of_a_grid
        && header_cells
            .iter()
            .all(|cell| !cell.is_empty() && !holds_dates(cell))
        && holds_dates(side)
        && side.len() <= header_lines.max(2)
        && side
            .iter()
            .all(|line| line.chars().count() <= MAX_SIDE_LINE_CHARS);
    if !is_side_column {
        return None;
    }
    let mut merged = String::new();
    for index in 0..header_lines.max(side.len()) {
        let parts: Vec<&str> = cells
            .iter()
            .filter_map(|cell| cell.get(index))
            .map(String::as_str)
            .collect();
        merged.push_str(&parts.join("\t"));
        merged.push('\n');
    }
    merged.push('\n');
    Some(merged)
}

/// One line per paragraph; list paragraphs get a bullet, tabs and table cells become tabs.
fn paragraphs(xml: &str) -> Result<String, ParseError> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    let mut paragraph = String::new();
    let mut in_text = false;
    let mut in_run = false;
    let mut is_list = false;
    // A list paragraph's level (`<w:ilvl>`): nested items are indented, as a text resume nests
    // them, so that a job's bullets read as under its header.
    let mut list_level = 0usize;
    // Where each open table row, and each of its cells, begins in `out` (rows nest with tables).
    let mut rows: Vec<(usize, Vec<usize>)> = Vec::new();
    // Inside <mc:Fallback>: the legacy copy of a text box or shape whose <mc:Choice> was read.
    let mut fallback_depth = 0usize;
    loop {
        let event = reader.read_event().map_err(|_| corrupt())?;
        match &event {
            Event::Start(element) if element.local_name().into_inner() == "Fallback" => {
                fallback_depth += 1;
                continue;
            }
            Event::End(element) if element.local_name().into_inner() == "Fallback" => {
                fallback_depth = fallback_depth.saturating_sub(1);
                continue;
            }
            Event::Eof => {}
            _ if fallback_depth > 0 => continue,
            _ => {}
        }
        match event {
            Event::Start(element) => match element.local_name().into_inner() {
                "t" => in_text = true,
                "r" => in_run = true,
                "p" => {
                    // A text box's paragraphs sit inside the paragraph anchoring it: what that
                    // paragraph said before the box is a line of its own.
                    if !paragraph.trim().is_empty() {
                        out.push_str(&paragraph);
                        out.push('\n');
                    }
                    paragraph.clear();
                    is_list = false;
                    list_level = 0;
                }
                "tr" => rows.push((out.len(), Vec::new())),
                "tc" => {
                    if let Some((_, cells)) = rows.last_mut() {
                        cells.push(out.len());
                    }
                }
                _ => {}
            },
            Event::Empty(element) => match element.local_name().into_inner() {
                // Outside a run, <w:tab/> declares a tab stop rather than placing a tab.
                "tab" if in_run => paragraph.push('\t'),
                "br" | "cr" if in_run => paragraph.push('\n'),
                "numPr" => is_list = true,
                "ilvl" => {
                    is_list = true;
                    list_level = element
                        .attributes()
                        .flatten()
                        .find(|attribute| attribute.key.local_name().into_inner() == "val")
                        .and_then(|attribute| attribute.value.parse().ok())
                        .map_or(0, |level: usize| level.min(8));
                }
                "pStyle" => {
                    let list_style = element.attributes().flatten().any(|attribute| {
                        attribute.key.local_name().into_inner() == "val"
                            && attribute.value.contains("List")
                    });
                    is_list |= list_style;
                }
                _ => {}
            },
            Event::Text(content) if in_text => paragraph.push_str(&content.xml10_content()),
            Event::GeneralRef(reference) if in_text => {
                if let Some(character) = reference.resolve_char_ref().map_err(|_| corrupt())? {
                    paragraph.push(character);
                } else if let Some(text) = quick_xml::escape::resolve_predefined_entity(&reference)
                {
                    paragraph.push_str(text);
                }
            }
            Event::End(element) => match element.local_name().into_inner() {
                "t" => in_text = false,
                "r" => in_run = false,
                "p" => {
                    if is_list && !paragraph.trim().is_empty() {
                        out.push_str(&"  ".repeat(list_level));
                        out.push_str("• ");
                    }
                    out.push_str(&paragraph);
                    out.push('\n');
                    paragraph.clear();
                }
                "tc" => {
                    // Cells of a layout table read top to bottom, one after another.
                    out.push('\n');
                }
                "tr" => {
                    if let Some((row_start, cells)) = rows.pop() {
                        let cell_texts: Vec<&str> = cells
                            .iter()
                            .zip(cells.iter().skip(1).chain([&out.len()]))
                            .map(|(&start, &end)| &out[start..end])
                            .collect();
                        if let Some(merged) = header_beside_dates(&cell_texts) {
                            out.truncate(row_start);
                            out.push_str(&merged);
                        }
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A table row of one cell per slice, each cell a paragraph per line.
    fn table_row(cells: &[&[&str]]) -> String {
        let cells: String = cells
            .iter()
            .map(|lines| {
                let paragraphs: String = lines
                    .iter()
                    .map(|line| format!("<w:p><w:r><w:t>{line}</w:t></w:r></w:p>"))
                    .collect();
                format!("<w:tc>{paragraphs}</w:tc>")
            })
            .collect();
        format!("<w:document><w:body><w:tbl><w:tr>{cells}</w:tr></w:tbl></w:body></w:document>")
    }

    #[test]
    fn nested_list_items_are_indented_by_their_level() {
        let item = |level: usize, text: &str| {
            format!(
                "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"9\"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"
            )
        };
        let xml = format!(
            "<w:document><w:body>{}{}{}<w:p><w:r><w:t>Education</w:t></w:r></w:p></w:body></w:document>",
            item(0, "Autohaus Neckartal GmbH, Stuttgart"),
            item(1, "Workshop Foreman (since 09/2020)"),
            item(2, "Lead a team of 11 technicians"),
        );
        assert_eq!(
            paragraphs(&xml).unwrap(),
            "• Autohaus Neckartal GmbH, Stuttgart\n  • Workshop Foreman (since 09/2020)\n    • Lead a team of 11 technicians\nEducation\n"
        );
    }

    #[test]
    fn a_dates_cell_on_the_right_reads_beside_the_header() {
        let xml = table_row(&[
            &["Charge Nurse", "Lakeshore Hospital, Duluth, MN"],
            &["Mar 2019 – Present"],
        ]);
        assert_eq!(
            paragraphs(&xml).unwrap().trim(),
            "Charge Nurse\tMar 2019 – Present\nLakeshore Hospital, Duluth, MN"
        );
        let xml = table_row(&[
            &["Lakeshore Hospital", "Charge Nurse"],
            &["Duluth, MN", "2019 – 2021"],
        ]);
        assert_eq!(
            paragraphs(&xml).unwrap().trim(),
            "Lakeshore Hospital\tDuluth, MN\nCharge Nurse\t2019 – 2021"
        );
        let xml = table_row(&[
            &["Head Librarian"],
            &["Fairhaven Library"],
            &["2018 – Present"],
        ]);
        assert_eq!(
            paragraphs(&xml).unwrap().trim(),
            "Head Librarian\tFairhaven Library\t2018 – Present"
        );
        // A grid of four fields a row: organisation, place, designation, duration.
        let xml = table_row(&[
            &["Grant Thakkar Advisory LLP"],
            &["Mumbai"],
            &["Senior Associate, Tax"],
            &["Jul 2021 – Present"],
        ]);
        assert_eq!(
            paragraphs(&xml).unwrap().trim(),
            "Grant Thakkar Advisory LLP\tMumbai\tSenior Associate, Tax\tJul 2021 – Present"
        );
    }

    #[test]
    fn from_and_to_cells_read_as_one_range() {
        let xml = table_row(&[
            &["House Officer"],
            &["Lahore Institute of Dental Sciences, Lahore"],
            &["01-03-2017"],
            &["Till date"],
        ]);
        assert_eq!(
            paragraphs(&xml).unwrap().trim(),
            "House Officer\tLahore Institute of Dental Sciences, Lahore\t01-03-2017 – Till date"
        );
        // The labels' row stays a row of labels.
        let labels = table_row(&[&["Designation"], &["Institution"], &["From"], &["To"]]);
        assert_eq!(
            paragraphs(&labels).unwrap().trim(),
            "Designation\n\nInstitution\n\nFrom\n\nTo"
        );
    }

    #[test]
    fn cells_without_a_dates_column_read_one_after_another() {
        let dates_on_the_left = table_row(&[&["2019 – 2021"], &["Charge Nurse"]]);
        assert_eq!(
            paragraphs(&dates_on_the_left).unwrap().trim(),
            "2019 – 2021\n\nCharge Nurse"
        );
        let contact = table_row(&[&["Jo Park"], &["jo@example.com"]]);
        assert_eq!(
            paragraphs(&contact).unwrap().trim(),
            "Jo Park\n\njo@example.com"
        );
    }

    #[test]
    fn a_text_box_reads_once_after_its_anchor_line() {
        let box_content = "<w:txbxContent><w:p><w:r><w:t>Forklift Operator</w:t></w:r></w:p>\
                           </w:txbxContent>";
        let xml = format!(
            "<w:document><w:body><w:p><w:r><w:t>Experience</w:t></w:r><w:r>\
             <mc:AlternateContent><mc:Choice><w:drawing>{box_content}</w:drawing></mc:Choice>\
             <mc:Fallback><w:pict>{box_content}</w:pict></mc:Fallback></mc:AlternateContent>\
             </w:r></w:p></w:body></w:document>"
        );
        assert_eq!(
            paragraphs(&xml).unwrap().trim(),
            "Experience\nForklift Operator"
        );
    }
}
