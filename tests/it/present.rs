//! The presentation: deck navigation with clicker keys, blanking, auto-advance, margins,
//! the QR code, the deck's help, and snapshots of every slide and prompt.

use perfusion_explorer::app::{Action, App};
use perfusion_explorer::catalog::Catalog;
use perfusion_explorer::kb::load;
use perfusion_explorer::present::Deck;
use perfusion_explorer::present::render::draw;
use perfusion_explorer::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::text::squash;

pub fn lib() -> Catalog {
    Catalog::new(load::embedded().expect("loads").kb)
}

pub fn deck() -> Deck {
    Deck::new(lib(), 80, 24)
}

#[test]
fn the_embedded_deck_has_the_slides_the_issue_lists() {
    let d = deck();
    let headings: Vec<&str> = d.slides.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "MSOE Perfusion",
            "Perfusionist",
            "ECMO specialist",
            "Side by side",
            "Pay",
            "Certification",
            "Questions",
            "Learn more"
        ]
    );
}

#[test]
fn clicker_navigation_clamps_and_jumps() {
    let mut d = deck();
    let n = d.slides.len();
    let pages = d.total_pages();
    d.update(Action::PrevSlide);
    assert_eq!(d.current, 0);
    for _ in 0..3 {
        d.update(Action::NextSlide);
    }
    assert_eq!(d.position(), format!("4 / {pages}"));
    for _ in 0..3 {
        d.update(Action::PrevSlide);
    }
    assert_eq!(
        d.position(),
        format!("1 / {pages}"),
        "back through every page"
    );
    d.update(Action::LastSlide);
    d.update(Action::NextSlide);
    assert_eq!(d.current, n - 1, "manual next stops at the last slide");
    assert_eq!(d.position(), format!("{pages} / {pages}"));
    d.update(Action::JumpSlide(2));
    assert_eq!(d.current, 1);
    d.update(Action::JumpSlide(99));
    assert_eq!(d.current, 1, "a number past the end does nothing");
    d.update(Action::FirstSlide);
    assert_eq!(d.current, 0);
}

#[test]
fn blank_toggles_and_escape_unblanks_but_never_quits() {
    let mut d = deck();
    d.update(Action::Blank);
    assert!(d.blank);
    d.update(Action::Cancel);
    assert!(!d.blank);
    d.update(Action::Cancel);
    assert!(!d.chrome.quit);
    d.update(Action::Blank);
    d.update(Action::NextSlide);
    assert!(!d.blank, "moving on shows the slide again");
}

#[test]
fn auto_advance_loops_and_pauses_while_blank() {
    let mut d = deck();
    d.auto = Some(1000);
    d.update(Action::Tick(999));
    assert_eq!(d.current, 0);
    d.update(Action::Tick(1));
    assert_eq!(d.position(), format!("2 / {}", d.total_pages()));
    d.update(Action::LastSlide);
    d.update(Action::Tick(1000));
    assert_eq!(d.current, 0, "loops to the start");
    d.update(Action::Blank);
    d.update(Action::Tick(5000));
    assert_eq!(d.current, 0, "a blanked screen stays put");
}

fn snapshot_deck(d: &Deck, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| {
        let area = f.area();
        draw(d, &Theme::high_contrast(), area, f.buffer_mut());
    })
    .expect("draw");
    t
}

#[test]
fn every_page_at_80x24_and_160x45() {
    for (w, h) in [(80, 24), (160, 45)] {
        let mut d = deck();
        d.update(Action::Resize(w, h));
        let pages = d.total_pages();
        d.update(Action::FirstSlide);
        for k in 1..=pages {
            let t = snapshot_deck(&d, w, h);
            let text = t.backend().to_string();
            assert!(
                text.contains(&format!("{k} / {pages}")),
                "footer on page {k}"
            );
            insta::assert_snapshot!(format!("page_{k}_{w}x{h}"), t.backend());
            d.update(Action::NextSlide);
        }
    }
}

/// The rows of a drawn page between its heading and its footer, split into the columns a
/// table draws ("│"), with the QR code's blocks taken out.
fn body_columns(t: &Terminal<TestBackend>) -> Vec<Vec<String>> {
    let buf = t.backend().buffer();
    let (w, h) = (buf.area.width, buf.area.height);
    let rows: Vec<String> = (0..h)
        .map(|y| (0..w).map(|x| buf[(x, y)].symbol()).collect::<String>())
        .collect();
    let blocks = |r: &String| r.chars().any(|c| matches!(c, '▀' | '▄' | '█' | '▌' | '▐'));
    // A heading in large letters is a run of block rows, else one line; a blank row follows.
    let heading = if blocks(&rows[0]) {
        rows.iter().take_while(|r| blocks(r)).count()
    } else {
        1
    };
    let mut columns: Vec<Vec<String>> = Vec::new();
    for row in &rows[heading + 1..rows.len() - 1] {
        let clean: String = row
            .chars()
            .map(|c| {
                if matches!(c, '▀' | '▄' | '█') {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        for (i, cell) in clean.split('│').enumerate() {
            if columns.len() <= i {
                columns.push(Vec::new());
            }
            columns[i].push(cell.to_string());
        }
    }
    columns
}

/// The rule for the projector: a deck shows the same content at every size, each fact with
/// its source marker; what does not fit moves to continuation pages, never off the screen.
#[test]
fn every_fact_of_the_deck_appears_at_every_size_with_its_marker() {
    // What each slide shows, one fact per line: the deck drawn on a very large screen.
    let wide = {
        let mut d = deck();
        d.update(Action::Resize(1000, 400));
        d
    };
    for (w, h) in [(60, 20), (80, 24), (100, 30), (160, 45)] {
        let mut d = deck();
        d.update(Action::Resize(w, h));
        for slide in 0..d.slides.len() {
            d.update(Action::JumpSlide(u8::try_from(slide + 1).unwrap_or(1)));
            let mut columns: Vec<String> = Vec::new();
            loop {
                let t = snapshot_deck(&d, w, h);
                for (i, col) in body_columns(&t).into_iter().enumerate() {
                    if columns.len() <= i {
                        columns.push(String::new());
                    }
                    columns[i].push(' ');
                    columns[i].push_str(&col.join(" "));
                }
                let before = d.position();
                d.update(Action::NextSlide);
                if d.current != slide || d.position() == before {
                    break;
                }
            }
            let columns: Vec<String> = columns.iter().map(|c| squash(c)).collect();
            let s = &wide.slides[slide];
            for chunk in perfusion_explorer::present::content::body(&wide, s, 990, &Theme::mono()) {
                for line in chunk {
                    let line = line.to_string();
                    let cells: Vec<&str> = line.split('│').collect();
                    for (i, cell) in cells.iter().enumerate() {
                        let mut want = squash(cell);
                        // Pay bars shrink with the screen; the figure, year and marker stay.
                        if s.kind == perfusion_explorer::kb::SlideKind::Pay
                            && let Some(at) = want.find('$')
                        {
                            want = want[at..].to_string();
                        }
                        // A bullet's marker character, and labels the table or chart cut
                        // with "…" by design, are checked by what follows them.
                        let want = want.trim_start_matches('•').to_string();
                        if want.is_empty() || want.chars().all(|c| "█▒░".contains(c)) {
                            continue;
                        }
                        let col = if cells.len() > 1 { i } else { 0 };
                        let have = columns.get(col).map_or("", String::as_str);
                        assert!(
                            have.contains(&want),
                            "{w}x{h}, slide {} ({}): missing {want:?}",
                            slide + 1,
                            s.heading
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn prompts_blank_and_margins() {
    let mut d = deck();
    d.chrome.kiosk = true;
    d.update(Action::Quit);
    insta::assert_snapshot!("deck_kiosk_quit_80x24", snapshot_deck(&d, 80, 24).backend());
    let mut app = App::new(lib(), 80, 24, &perfusion_explorer::ui::measure::MEASURE);
    app.chrome.kiosk = true;
    app.update(Action::Quit);
    let mut t = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    t.draw(|f| ui::render(&app, &Theme::default_theme(), f))
        .expect("draw");
    insta::assert_snapshot!("explorer_kiosk_quit_80x24", t.backend());
    let mut blank = deck();
    blank.update(Action::Blank);
    assert!(
        snapshot_deck(&blank, 80, 24)
            .backend()
            .buffer()
            .content()
            .iter()
            .all(|c| c.symbol() == " ")
    );
    let mut margined = deck();
    let margin = 2;
    margined.set_margin(margin);
    let t = snapshot_deck(&margined, 80, 24);
    let buf = t.backend().buffer();
    // A margin of m keeps m rows and twice as many columns blank on every side.
    let (rows, cols) = (margin..24 - margin, 2 * margin..80 - 2 * margin);
    for y in 0..24u16 {
        for x in 0..80u16 {
            if !rows.contains(&y) || !cols.contains(&x) {
                assert_eq!(buf[(x, y)].symbol(), " ", "margin cell {x},{y} drawn");
            }
        }
    }
}

#[test]
fn the_qr_code_appears_only_where_it_fits_whole() {
    let mut d = deck();
    d.update(Action::Resize(60, 20));
    d.update(Action::LastSlide);
    let small = snapshot_deck(&d, 60, 20).backend().to_string();
    assert!(!small.contains("█▀▀▀▀▀█"), "no partial QR code at 60x20");
}

/// The QR code read back from the drawn cells, as a phone would read the screen.
fn decode_qr(t: &Terminal<TestBackend>) -> Option<String> {
    decode_buffer(t.backend().buffer())
}

/// The QR code in a drawn buffer, read back.
pub fn decode_buffer(buf: &ratatui::buffer::Buffer) -> Option<String> {
    let (w, h) = (usize::from(buf.area.width), usize::from(buf.area.height));
    // Each cell is two modules high; each module four pixels square.
    const PX: usize = 4;
    let dark = |x: usize, y: usize| {
        let cell = &buf[(x as u16, (y / 2) as u16)];
        match cell.symbol() {
            "█" => true,
            "▀" => y.is_multiple_of(2),
            "▄" => y % 2 == 1,
            _ => false,
        }
    };
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w * PX, h * 2 * PX, |x, y| {
        if dark(x / PX, y / PX) { 0 } else { 255 }
    });
    let grids = img.detect_grids();
    grids
        .first()
        .and_then(|g| g.decode().ok())
        .map(|(_, text)| text)
}

#[test]
fn the_qr_code_scans_at_80x24_and_160x45_and_is_left_out_without_colour() {
    let url = lib().kb.programs[0]
        .url
        .clone()
        .expect("the program has an address");
    for (w, h) in [(80, 24), (160, 45)] {
        let mut d = deck();
        d.update(Action::Resize(w, h));
        d.update(Action::LastSlide);
        let t = snapshot_deck(&d, w, h);
        assert_eq!(decode_qr(&t).as_deref(), Some(url.as_str()), "{w}x{h}");
        // Never against the screen's edge.
        let buf = t.backend().buffer();
        for y in 0..h {
            assert!(
                !matches!(buf[(w - 1, y)].symbol(), "█" | "▀" | "▄"),
                "{w}x{h} edge"
            );
        }
        // Without colour a code would be drawn in the terminal's own palette (inverted on a
        // dark one): it is left out, and the address is still there in words.
        d.set_theme(Theme::mono());
        d.update(Action::LastSlide);
        let t = snapshot_deck(&d, w, h);
        assert_eq!(decode_qr(&t), None);
        let text: String = t.backend().to_string().split_whitespace().collect();
        assert!(
            text.contains("msoe.edu"),
            "{w}x{h}: the address without colour"
        );
    }
}

/// The clicker's long key list ("PgDn → Space Enter l j") must not run into its meaning.
#[test]
fn deck_help_keeps_keys_and_descriptions_apart() {
    let mut d = deck();
    d.update(Action::ToggleHelp);
    let text = snapshot_deck(&d, 80, 24).backend().to_string();
    let row = text
        .lines()
        .find(|l| l.contains("PgDn → Space Enter l j ↓"))
        .unwrap_or_else(|| panic!("no next-slide row:\n{text}"));
    assert!(row.contains("PgDn → Space Enter l j ↓  "), "{row}");
    assert!(row.contains("next slide"), "{row}");
    // Every description starts in the same column.
    let starts: Vec<usize> = ["next slide", "previous slide", "first slide"]
        .iter()
        .filter_map(|d| {
            text.lines()
                .find_map(|l| l.find(d).map(|i| l[..i].chars().count()))
        })
        .collect();
    assert_eq!(starts.len(), 3);
    assert!(
        starts.windows(2).all(|w| w[0] == w[1]),
        "{starts:?}\n{text}"
    );
}

#[test]
fn deck_help_lists_the_slide_numbers_as_one_row() {
    let mut d = deck();
    d.update(Action::ToggleHelp);
    let text = snapshot_deck(&d, 100, 40).backend().to_string();
    assert!(text.contains("1…9"), "{text}");
    assert!(!text.contains("slide 2"));
}

#[test]
fn slides_drawn_from_their_stored_layout_read_as_laid_out_afresh() {
    // The deck lays its slides out once per size and theme; a draw in another theme lays
    // the slide out afresh. The text must be the same either way, on every page.
    let mut d = deck();
    d.update(Action::Resize(100, 30));
    let symbols = |theme: &Theme, d: &Deck| {
        let mut buf = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, 100, 30));
        draw(d, theme, buf.area, &mut buf);
        buf.content()
            .iter()
            .map(|c| c.symbol().to_string())
            .collect::<String>()
    };
    for _ in 0..d.total_pages() {
        assert_eq!(
            symbols(&Theme::high_contrast(), &d),
            symbols(&Theme::default_theme(), &d),
            "page {}",
            d.position()
        );
        d.update(Action::NextSlide);
    }
}
