//! PDF: positioned glyphs from `pdf-extract`, rebuilt into lines in reading order.
//!
//! The content stream's order is the order the producer drew things in, which for
//! two-column layouts often alternates between the columns line by line. So glyphs are
//! laid out by position instead: grouped into rows, rows into fragments (runs of text
//! without a wide gap), and, where a page has a clear vertical gutter, each band of rows
//! is read left column first, then right column.

use crate::ParseError;
use lopdf::Document;
use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};
use std::panic::{AssertUnwindSafe, catch_unwind};

pub(super) fn extract(bytes: &[u8]) -> Result<String, ParseError> {
    // pdf-extract and lopdf still panic on some malformed files; a panic here must
    // become a clean, final "corrupt" answer rather than a crashed worker.
    catch_unwind(AssertUnwindSafe(|| extract_unguarded(bytes))).unwrap_or_else(|_| Err(corrupt()))
}

fn extract_unguarded(bytes: &[u8]) -> Result<String, ParseError> {
    let mut document = Document::load_mem(bytes).map_err(|error| match error {
        lopdf::Error::Decryption(_) => encrypted(),
        _ => corrupt(),
    })?;
    if document.is_encrypted() && document.decrypt("").is_err() {
        return Err(encrypted());
    }
    let mut collector = GlyphCollector::default();
    pdf_extract::output_doc(&document, &mut collector).map_err(|_| corrupt())?;
    // A narrow sidebar on the right is read after every page's main column: read page by
    // page, the jobs the main column carries on to the next page would come after the
    // sidebar's last heading (Education, Skills) and be lost to it.
    let keep_sidebars_apart = collector.pages.len() > 1;
    let pages: Vec<PageText> = collector
        .pages
        .iter()
        .map(|page| page_text(page, keep_sidebars_apart))
        .collect();
    let mut text: String = pages.iter().map(|page| page.main.as_str()).collect();
    text.extend(pages.iter().map(|page| page.right_sidebar.as_str()));
    if text.trim().is_empty() {
        return Err(ParseError::NoText(
            "The PDF has no text layer; it looks like a scanned image. Upload the original \
             document (PDF exported from your editor, DOCX or TXT) instead."
                .to_owned(),
        ));
    }
    Ok(text)
}

fn corrupt() -> ParseError {
    ParseError::Corrupt(
        "The PDF is damaged and cannot be read. Export it again from your editor and upload \
         the new file."
            .to_owned(),
    )
}

fn encrypted() -> ParseError {
    ParseError::Encrypted(
        "The PDF is password-protected. Remove the password (or print it to a new PDF) and \
         upload it again."
            .to_owned(),
    )
}

#[derive(Debug, Clone)]
struct Glyph {
    x: f64,
    /// Distance from the top of the page to the baseline.
    y: f64,
    end_x: f64,
    size: f64,
    text: String,
}

#[derive(Default)]
struct GlyphCollector {
    page_height: f64,
    page: Vec<Glyph>,
    pages: Vec<Vec<Glyph>>,
}

impl OutputDev for GlyphCollector {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.page_height = media_box.ury - media_box.lly;
        self.page.clear();
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        self.pages.push(std::mem::take(&mut self.page));
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        // The same size measure pdf-extract's own text output uses.
        let size = ((font_size * (trm.m11 + trm.m21)) * (font_size * (trm.m12 + trm.m22)))
            .abs()
            .sqrt();
        let glyph = Glyph {
            x: trm.m31,
            y: self.page_height - trm.m32,
            end_x: trm.m31 + width * size,
            size,
            text: text.to_owned(),
        };
        if glyph.size.is_finite() && glyph.size > 0.5 && glyph.x.is_finite() && glyph.y.is_finite()
        {
            self.page.push(glyph);
        }
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// A run of text on one row with no wide gap inside.
#[derive(Debug, Clone)]
struct Fragment {
    x: f64,
    end_x: f64,
    size: f64,
    text: String,
}

#[derive(Debug)]
struct Row {
    y: f64,
    fragments: Vec<Fragment>,
}

/// A page's text in reading order, with the text of a narrow sidebar on the right set apart
/// when asked for.
#[derive(Default)]
struct PageText {
    main: String,
    right_sidebar: String,
}

fn page_text(glyphs: &[Glyph], keep_sidebar_apart: bool) -> PageText {
    let rows = build_rows(glyphs);
    let mut out = PageText::default();
    match find_gutter(&rows) {
        Some(gutter) => {
            let is_sidebar = is_right_sidebar(&rows, gutter);
            let right_is_sidebar = keep_sidebar_apart && is_sidebar;
            let rows = if is_sidebar {
                write_sidebar_name_first(&mut out, rows, gutter)
            } else {
                rows
            };
            let mut band: Vec<&Row> = Vec::new();
            for row in &rows {
                if row
                    .fragments
                    .iter()
                    .any(|f| f.x < gutter && f.end_x > gutter)
                {
                    write_band(&mut out, &band, gutter, right_is_sidebar);
                    band.clear();
                    write_rows(
                        &mut out.main,
                        std::slice::from_ref(&row.fragments),
                        &[row.y],
                    );
                } else {
                    band.push(row);
                }
            }
            write_band(&mut out, &band, gutter, right_is_sidebar);
        }
        None => {
            let fragments: Vec<Vec<Fragment>> = rows.iter().map(|r| r.fragments.clone()).collect();
            let ys: Vec<f64> = rows.iter().map(|r| r.y).collect();
            write_rows(&mut out.main, &fragments, &ys);
        }
    }
    out
}

/// A right sidebar that opens with the resume's name (its largest text, above its first
/// heading) is written first: read after the main column, the name would close the last
/// section instead of opening the resume. Returns the rows left to read.
fn write_sidebar_name_first(out: &mut PageText, rows: Vec<Row>, gutter: f64) -> Vec<Row> {
    let on_the_right = |f: &Fragment| f.x >= gutter;
    let largest = |keep: &dyn Fn(&Fragment) -> bool| {
        rows.iter()
            .flat_map(|row| row.fragments.iter())
            .filter(|f| keep(f))
            .map(|f| f.size)
            .fold(0.0, f64::max)
    };
    let first_heading = rows
        .iter()
        .position(|row| {
            row.fragments
                .iter()
                .any(|f| on_the_right(f) && crate::sections::detect_heading(&f.text).is_some())
        })
        .unwrap_or(rows.len());
    let name_size = largest(&|f| on_the_right(f));
    let opens_with_name = rows[..first_heading]
        .iter()
        .flat_map(|row| row.fragments.iter())
        .any(|f| on_the_right(f) && f.size >= name_size)
        && name_size > largest(&|f| !on_the_right(f));
    if !opens_with_name {
        return rows;
    }
    let mut name_block = (Vec::new(), Vec::new());
    let mut rest = Vec::with_capacity(rows.len());
    for (index, mut row) in rows.into_iter().enumerate() {
        if index < first_heading {
            let (right, left): (Vec<Fragment>, Vec<Fragment>) =
                row.fragments.into_iter().partition(|f| on_the_right(f));
            if !right.is_empty() {
                name_block.0.push(right);
                name_block.1.push(row.y);
            }
            row.fragments = left;
        }
        if !row.fragments.is_empty() {
            rest.push(row);
        }
    }
    write_rows(&mut out.main, &name_block.0, &name_block.1);
    rest
}

fn build_rows(glyphs: &[Glyph]) -> Vec<Row> {
    let mut sorted: Vec<&Glyph> = glyphs.iter().collect();
    sorted.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut rows: Vec<(f64, Vec<&Glyph>)> = Vec::new();
    for glyph in sorted {
        match rows.last_mut() {
            Some((y, members)) if (glyph.y - *y).abs() <= glyph.size * 0.35 => members.push(glyph),
            _ => rows.push((glyph.y, vec![glyph])),
        }
    }
    rows.into_iter()
        .map(|(y, mut members)| {
            members.sort_by(|a, b| a.x.total_cmp(&b.x));
            Row {
                y,
                fragments: fragments_of(&members),
            }
        })
        .filter(|row| !row.fragments.is_empty())
        .collect()
}

fn fragments_of(glyphs: &[&Glyph]) -> Vec<Fragment> {
    let mut fragments: Vec<Fragment> = Vec::new();
    for glyph in glyphs {
        let is_space = glyph.text.trim().is_empty();
        match fragments.last_mut() {
            Some(current) if glyph.x - current.end_x < current.size * 1.2 => {
                if glyph.x - current.end_x > current.size * 0.15 && !current.text.ends_with(' ') {
                    current.text.push(' ');
                }
                current.text.push_str(&glyph.text);
                current.end_x = current.end_x.max(glyph.end_x);
            }
            _ if is_space => {}
            _ => fragments.push(Fragment {
                x: glyph.x,
                end_x: glyph.end_x,
                size: glyph.size,
                text: glyph.text.clone(),
            }),
        }
    }
    for fragment in &mut fragments {
        fragment.text = fragment.text.trim().to_owned();
    }
    fragments.retain(|f| !f.text.is_empty());
    fragments
}

/// The x position of a gutter between two columns, if the page has one: a vertical strip
/// that almost no row crosses, with enough rows on both sides, where the right-hand text
/// is not merely right-aligned dates or places (which end at one common edge).
fn find_gutter(rows: &[Row]) -> Option<f64> {
    const HALF_WIDTH: f64 = 4.0;
    let left_edge = rows
        .iter()
        .flat_map(|r| r.fragments.iter().map(|f| f.x))
        .reduce(f64::min)?;
    let right_edge = rows
        .iter()
        .flat_map(|r| r.fragments.iter().map(|f| f.end_x))
        .reduce(f64::max)?;
    let width = right_edge - left_edge;
    if rows.len() < 10 || width < 100.0 {
        return None;
    }
    let mut best: Option<(usize, f64)> = None;
    let mut x = left_edge + width * 0.2;
    while x < left_edge + width * 0.8 {
        let crossing = rows
            .iter()
            .filter(|row| {
                row.fragments
                    .iter()
                    .any(|f| f.x < x + HALF_WIDTH && f.end_x > x - HALF_WIDTH)
            })
            .count();
        if best.is_none_or(|(fewest, _)| crossing < fewest) {
            best = Some((crossing, x));
        }
        x += 2.0;
    }
    let (crossing, gutter) = best?;
    let left_rows = rows
        .iter()
        .filter(|r| r.fragments.iter().any(|f| f.end_x <= gutter))
        .count();
    let right_ends: Vec<f64> = rows
        .iter()
        .filter_map(|r| r.fragments.iter().rfind(|f| f.x >= gutter).map(|f| f.end_x))
        .collect();
    let common_end = right_ends
        .iter()
        .map(|&end| {
            right_ends
                .iter()
                .filter(|&&other| (other - end).abs() < 2.0)
                .count()
        })
        .max()
        .unwrap_or(0);
    let right_aligned = common_end * 5 >= right_ends.len() * 3;
    let two_columns =
        crossing * 5 <= rows.len() && left_rows >= 5 && right_ends.len() >= 5 && !right_aligned;
    two_columns.then_some(gutter)
}

/// Whether the text right of the gutter is a sidebar: narrower than the main column on the
/// left and headed as a resume's sections are ("Contact", "Skills"), not a table's dates.
fn is_right_sidebar(rows: &[Row], gutter: f64) -> bool {
    let fragments = || rows.iter().flat_map(|row| row.fragments.iter());
    let (Some(left_edge), Some(right_edge)) = (
        fragments().map(|f| f.x).reduce(f64::min),
        fragments().map(|f| f.end_x).reduce(f64::max),
    ) else {
        return false;
    };
    right_edge - gutter < gutter - left_edge
        && fragments().any(|f| f.x >= gutter && crate::sections::detect_heading(&f.text).is_some())
}

fn write_band(out: &mut PageText, band: &[&Row], gutter: f64, right_is_sidebar: bool) {
    // A page of one column can hold two tables that share the gutter, the experience table's
    // dates beside its titles and the skills table's categories beside their items. Each
    // section's rows are judged apart; runs that are not a dates table stay one band, so a
    // sidebar still reads top to bottom before the main column.
    let mut sections: Vec<&[&Row]> = Vec::new();
    let mut start = 0;
    for (index, row) in band.iter().enumerate() {
        if index > start && is_heading_alone(row, gutter) {
            sections.push(&band[start..index]);
            start = index;
        }
    }
    sections.push(&band[start..]);
    let mut columns: Vec<&Row> = Vec::new();
    for section in sections {
        if is_dates_column(section, gutter) {
            write_columns(out, &columns, gutter, right_is_sidebar);
            columns.clear();
            let fragments: Vec<Vec<Fragment>> =
                section.iter().map(|r| r.fragments.clone()).collect();
            let ys: Vec<f64> = section.iter().map(|r| r.y).collect();
            write_rows(&mut out.main, &fragments, &ys);
        } else {
            columns.extend(section);
        }
    }
    write_columns(out, &columns, gutter, right_is_sidebar);
}

/// A section heading alone on its row, left of the gutter.
fn is_heading_alone(row: &Row, gutter: f64) -> bool {
    matches!(row.fragments.as_slice(), [only] if only.end_x <= gutter
        && crate::sections::detect_heading(&only.text).is_some())
}

/// Writes the rows left of the gutter, then the rows right of it (apart, when they are a
/// sidebar).
fn write_columns(out: &mut PageText, band: &[&Row], gutter: f64, right_is_sidebar: bool) {
    if band.is_empty() {
        return;
    }
    for keep_left in [true, false] {
        let mut fragments = Vec::new();
        let mut ys = Vec::new();
        for row in band {
            let side: Vec<Fragment> = row
                .fragments
                .iter()
                .filter(|f| (f.end_x <= gutter) == keep_left)
                .cloned()
                .collect();
            if !side.is_empty() {
                fragments.push(side);
                ys.push(row.y);
            }
        }
        let text = if !keep_left && right_is_sidebar {
            &mut out.right_sidebar
        } else {
            &mut out.main
        };
        write_rows(text, &fragments, &ys);
    }
}

/// Whether the left side of a band is a table's dates column rather than a sidebar: most rows
/// with text on both sides start with nothing but a date ("Mar 2020 – Present" beside the
/// title), or the left side holds nothing but dates and headings. Read in columns, every job's
/// dates would come before every title.
fn is_dates_column(band: &[&Row], gutter: f64) -> bool {
    let mut both_sides = 0;
    let mut dated = 0;
    let mut only_dates_on_the_left = true;
    for row in band {
        let Some(first) = row.fragments.first() else {
            continue;
        };
        // The rest of a duration the dates cell above broke ("yrs 2 mos") belongs to that
        // cell, not to a row of its own.
        if first.end_x > gutter
            || is_heading_alone(row, gutter)
            || crate::dates::is_rest_of_a_duration(&first.text)
        {
            continue;
        }
        let is_date = crate::dates::is_only_dates(&first.text);
        only_dates_on_the_left &= is_date;
        if row.fragments.iter().any(|f| f.x >= gutter) {
            both_sides += 1;
            dated += usize::from(is_date);
        }
    }
    (dated >= 2 && dated * 5 >= both_sides * 3) || (dated >= 1 && only_dates_on_the_left)
}

/// Writes rows as lines: fragments joined by tabs, indentation relative to the leftmost
/// fragment as leading spaces, and a blank line where the vertical gap is large.
fn write_rows(out: &mut String, rows: &[Vec<Fragment>], ys: &[f64]) {
    let margin = rows
        .iter()
        .filter_map(|r| r.first())
        .map(|f| f.x)
        .reduce(f64::min)
        .unwrap_or(0.0);
    let mut previous_y: Option<f64> = None;
    for (fragments, &y) in rows.iter().zip(ys) {
        let Some(first) = fragments.first() else {
            continue;
        };
        if previous_y.is_some_and(|prev| y - prev > first.size * 2.2) {
            out.push('\n');
        }
        previous_y = Some(y);
        let indent = ((first.x - margin) / (first.size * 0.5))
            .round()
            .clamp(0.0, 16.0);
        // Clamped to 0..=16 above, so the cast cannot truncate.
        out.push_str(&" ".repeat(indent as usize));
        let texts: Vec<&str> = fragments.iter().map(|f| f.text.as_str()).collect();
        out.push_str(&texts.join("\t"));
        out.push('\n');
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(y: f64, fragments: &[(f64, &str)]) -> Row {
        Row {
            y,
            fragments: fragments
                .iter()
                .map(|&(x, text)| Fragment {
                    x,
                    end_x: x + 5.0 * text.len() as f64,
                    size: 10.0,
                    text: text.to_owned(),
                })
                .collect(),
        }
    }

    #[test]
    fn a_tables_dates_column_is_not_a_sidebar() {
        let table = [
            row(
                10.0,
                &[(50.0, "Mar 2020 – Present"), (160.0, "Registered Nurse")],
            ),
            row(22.0, &[(160.0, "St. Brendan's Medical Center")]),
            row(
                34.0,
                &[(50.0, "Summer 2016"), (160.0, "Patient Care Technician")],
            ),
        ];
        let sidebar = [
            row(10.0, &[(10.0, "Skills"), (160.0, "Registered Nurse")]),
            row(
                22.0,
                &[
                    (10.0, "Epic charting"),
                    (160.0, "St. Brendan's Medical Center"),
                ],
            ),
            row(34.0, &[(10.0, "2016"), (160.0, "Patient Care Technician")]),
        ];
        assert!(is_dates_column(&table.iter().collect::<Vec<_>>(), 150.0));
        assert!(!is_dates_column(&sidebar.iter().collect::<Vec<_>>(), 150.0));
    }

    #[test]
    fn a_dates_column_whose_durations_wrap_is_still_a_dates_column() {
        let table = [
            row(
                10.0,
                &[(50.0, "2021-09 – Current · 3"), (200.0, "Recruiter")],
            ),
            row(22.0, &[(50.0, "yrs 2 mos"), (200.0, "Robert Half, Remote")]),
            row(34.0, &[(200.0, "• Placed 40 nurses")]),
            row(
                46.0,
                &[(50.0, "2018-12 – 2021-08 · 3"), (200.0, "Librarian")],
            ),
            row(
                58.0,
                &[(50.0, "yrs 2 mos"), (200.0, "Brooklyn Public Library")],
            ),
        ];
        assert!(is_dates_column(&table.iter().collect::<Vec<_>>(), 180.0));
    }

    #[test]
    fn a_dates_table_and_a_skills_table_on_one_page_are_read_apart() {
        let rows = [
            row(10.0, &[(50.0, "Work History")]),
            row(
                22.0,
                &[(50.0, "May 2021 – Present"), (160.0, "Backend Engineer")],
            ),
            row(34.0, &[(160.0, "Tessellate Payments")]),
            row(46.0, &[(50.0, "Skills")]),
            row(58.0, &[(50.0, "Languages"), (200.0, "Go, Python")]),
            row(70.0, &[(50.0, "Data"), (200.0, "PostgreSQL, Kafka")]),
        ];
        let mut out = PageText::default();
        write_band(&mut out, &rows.iter().collect::<Vec<_>>(), 150.0, false);
        let lines: Vec<&str> = out
            .main
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(
            lines,
            vec![
                "Work History",
                "May 2021 – Present\tBackend Engineer",
                "Tessellate Payments",
                "Skills",
                "Languages",
                "Data",
                "Go, Python",
                "PostgreSQL, Kafka",
            ]
        );
    }

    #[test]
    fn a_narrow_right_sidebar_is_set_apart_and_a_right_dates_column_is_not() {
        let page = [
            row(10.0, &[(10.0, "Experience"), (300.0, "Contact")]),
            row(22.0, &[(10.0, "Designer, Studio Kite"), (300.0, "Skills")]),
            row(34.0, &[(10.0, "Drew the brand"), (300.0, "Figma")]),
        ];
        let mut out = PageText::default();
        let sidebar = is_right_sidebar(&page, 250.0);
        write_band(&mut out, &page.iter().collect::<Vec<_>>(), 250.0, sidebar);
        assert_eq!(out.right_sidebar.split_whitespace().next(), Some("Contact"));
        assert!(!out.main.contains("Skills"));

        let table = [
            row(10.0, &[(10.0, "Registered Nurse"), (300.0, "2016 – 2020")]),
            row(
                22.0,
                &[(10.0, "St. Brendan's Medical Center"), (300.0, "2014")],
            ),
        ];
        assert!(!is_right_sidebar(&table, 250.0));
    }

    #[test]
    fn a_right_sidebar_that_opens_with_the_name_is_written_first() {
        let mut name = row(10.0, &[(300.0, "Dana Frost")]);
        name.fragments[0].size = 20.0;
        let page = vec![
            row(10.0, &[(10.0, "Summary")]),
            name,
            row(30.0, &[(10.0, "Designs things."), (300.0, "Contact")]),
            row(42.0, &[(10.0, "Experience"), (300.0, "dana@example.com")]),
        ];
        let mut out = PageText::default();
        let rest = write_sidebar_name_first(&mut out, page, 250.0);
        assert_eq!(out.main.trim(), "Dana Frost");
        assert_eq!(rest.len(), 3);
        assert!(
            rest.iter()
                .all(|row| row.fragments.iter().all(|f| f.text != "Dana Frost"))
        );
    }
}
