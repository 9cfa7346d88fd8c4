//! The explorer's state and its one update function; plain data, no terminal, no I/O.

pub mod action;
mod detail;
mod fit;
mod help;
pub mod hints;
pub mod keymap;
mod overlay;
mod query;
mod scroll;
mod shortlist;

pub use action::Action;
pub use fit::FitState;
pub use help::HelpState;
pub use keymap::Mode;
pub use overlay::{Chrome, Overlay};
pub use shortlist::NoteEdit;

use crate::catalog::Catalog;
use crate::kb::entries::pane_len;
use crate::kb::sanitize::never_typed;
use crate::kb::{Fact, Pane};
use crate::search::HitView;
use crate::view::{HelpFor, Measure, Metrics, Rect, layout};

/// Most roles compared side by side.
pub const MAX_COLUMNS: usize = 3;
/// Most results kept for the results list.
pub const MAX_HITS: usize = 50;
/// The longest query, in characters: a paste is cut there (and says so).
pub const MAX_QUERY_CHARS: usize = 200;
/// A query left unchanged this long (ms) is a search the student settled on (for the log).
pub const SETTLED_MS: u32 = 2000;

/// A line count as a scroll step (saturating: no screen is `isize::MAX` lines tall).
fn signed(n: usize) -> isize {
    isize::try_from(n).unwrap_or(isize::MAX)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Pane,
    Search,
}

pub struct App {
    pub lib: Catalog,
    pub pane: Pane,
    pub focus: Focus,
    pub query: String,
    /// Where typing goes in the query, in characters.
    pub cursor: usize,
    pub hits: Vec<HitView>,
    /// How many entries matched, of which `hits` holds the best.
    pub hit_total: usize,
    /// Query words the base has nowhere ("no match for: tuition").
    pub unmatched: Vec<String>,
    /// Keep the searches a student settles on (`--kiosk --log`), for the event loop to write.
    pub log_searches: bool,
    /// Settled searches not yet written: (query, entries found).
    pub settled: Vec<(String, usize)>,
    /// Milliseconds since the query last changed, and the last query kept.
    query_age: u32,
    last_settled: String,
    /// The first fact of the best hit, shown whole above the list when the query is a
    /// question and that hit an FAQ or a glossary term.
    pub answer: Option<Fact>,
    /// Selected search result.
    pub hit: usize,
    /// The item last opened from the results, whose query words the pane marks (until
    /// the query changes).
    pub opened: Option<(Pane, usize)>,
    /// Selected item per pane.
    pub selected: [usize; Pane::ALL.len()],
    /// First visible line per pane.
    pub scroll: [usize; Pane::ALL.len()],
    /// What covers the pane (one overlay at a time), kiosk mode, and quitting.
    pub chrome: Chrome,
    /// How far the sources popup is scrolled, and for which item (another item starts at 0).
    sources_scroll: (Pane, usize, usize),
    /// How far a list pane's selected item is scrolled, and which (another starts at 0).
    detail_scroll: (Pane, usize, usize),
    /// The "which path fits me" self-check, while it is open.
    fit: Option<FitState>,
    /// Starred entries and their notes (saved by the event loop, never in a kiosk).
    pub shortlist: crate::shortlist::Shortlist,
    /// Where the shortlist is saved, to say so in its view; `None` in a kiosk.
    pub shortlist_saved_to: Option<String>,
    /// The file it is saved to (the event loop writes it); `None` in a kiosk.
    pub shortlist_store: Option<crate::shortlist::store::Store>,
    /// The shortlist view, while it is open: its selected row.
    shortlist_view: Option<usize>,
    /// A note being written.
    note_edit: Option<NoteEdit>,
    /// A one-line notice shown in the footer until the next key (e.g. data-file warnings).
    pub notice: Option<String>,
    /// Kiosk: after this long without input (ms), go back to the home screen.
    pub idle_limit: Option<u32>,
    /// Milliseconds since the last input.
    idle: u32,
    pub size: (u16, u16),
    /// Per pane, measured on first visit at `measured_width`.
    metrics: Vec<Option<Metrics>>,
    /// The body width `metrics` were measured at.
    measured_width: u16,
    /// Line counts of what the ui draws.
    measure: &'static dyn Measure,
    /// The roles the knowledge base itself compares, to go back to.
    usual_columns: Vec<String>,
}

impl App {
    /// The explorer on `lib` at a terminal size, with `measure` counting the lines the ui
    /// draws (`ui::measure::MEASURE`).
    pub fn new(lib: Catalog, width: u16, height: u16, measure: &'static dyn Measure) -> App {
        let mut app = App {
            lib,
            pane: Pane::Program,
            focus: Focus::Pane,
            query: String::new(),
            cursor: 0,
            hits: Vec::new(),
            hit_total: 0,
            unmatched: Vec::new(),
            answer: None,
            log_searches: false,
            settled: Vec::new(),
            query_age: 0,
            last_settled: String::new(),
            hit: 0,
            opened: None,
            selected: [0; Pane::ALL.len()],
            scroll: [0; Pane::ALL.len()],
            chrome: Chrome::default(),
            sources_scroll: (Pane::Program, 0, 0),
            detail_scroll: (Pane::Program, 0, 0),
            fit: None,
            shortlist: crate::shortlist::Shortlist::default(),
            shortlist_saved_to: None,
            shortlist_store: None,
            shortlist_view: None,
            note_edit: None,
            notice: None,
            idle_limit: None,
            idle: 0,
            size: (width, height),
            metrics: Vec::new(),
            measured_width: u16::MAX,
            measure,
            usual_columns: Vec::new(),
        };
        app.usual_columns.clone_from(&app.lib.kb.comparison.roles);
        app.pane = app.home_pane();
        app.remeasure();
        app
    }

    pub fn mode(&self) -> Mode {
        match &self.chrome.overlay {
            Overlay::ConfirmQuit(_) => Mode::Confirm,
            Overlay::Help(_) => Mode::Help,
            _ if self.note_edit.is_some() => Mode::Note,
            _ if self.fit.is_some() => Mode::Fit,
            _ if self.shortlist_view.is_some() => Mode::Shortlist,
            _ if self.focus == Focus::Search => Mode::Search,
            Overlay::Sources => Mode::Sources,
            Overlay::None => Mode::Browse,
        }
    }

    /// The help overlay's state, when it is open.
    pub fn help(&self) -> Option<&HelpState> {
        self.chrome.help()
    }

    /// Whether the popup listing the selected item's sources is open.
    pub fn sources_open(&self) -> bool {
        self.chrome.overlay == Overlay::Sources
    }

    /// Whether the kiosk's "really quit?" prompt is showing.
    pub fn confirming_quit(&self) -> bool {
        self.chrome.confirming_quit()
    }

    /// What the self-check covers: the sources popup and the search bar's focus.
    fn close_overlays_for_fit(&mut self) {
        self.close_sources();
        self.focus = Focus::Pane;
    }

    /// Closes the sources popup (and only it).
    fn close_sources(&mut self) {
        if self.chrome.overlay == Overlay::Sources {
            self.chrome.overlay = Overlay::None;
        }
    }

    /// Whether the results list replaces the pane.
    pub fn showing_results(&self) -> bool {
        self.focus == Focus::Search && !self.query.is_empty()
    }

    fn screen(&self) -> Rect {
        Rect::new(0, 0, self.size.0, self.size.1)
    }

    /// The inside of the pane's block for the results and the document panes.
    fn body(&self) -> Rect {
        layout::body_inner(self.screen())
    }

    /// The inside of `pane`'s block (a list pane may go without the side panel).
    fn body_for(&self, pane: Pane) -> Rect {
        layout::body_inner_for(self.screen(), layout::is_list(pane))
    }

    /// Whether the current pane shows as a list beside (or above) its selected item.
    pub fn list_view(&self) -> bool {
        layout::is_list(self.pane) && !self.showing_results()
    }

    /// Rows of `pane` on screen: its lines, or for a list pane its list's rows.
    fn viewport_of(&self, pane: Pane) -> usize {
        let body = self.body_for(pane);
        let rows = if layout::is_list(pane) {
            layout::list_split(body, self.size.0).list.height
        } else {
            body.height
        };
        usize::from(rows.max(1))
    }

    fn viewport(&self) -> usize {
        self.viewport_of(self.pane)
    }

    pub fn metrics(&self, pane: Pane) -> Option<&Metrics> {
        self.metrics.get(pane.index()).and_then(Option::as_ref)
    }

    /// Measures a pane (wraps all its items) unless it is measured at this width already.
    fn measure(&mut self, pane: Pane) {
        if self.metrics.get(pane.index()).is_some_and(Option::is_none) {
            let m = Metrics::of_pane(&self.lib, pane, self.measured_width, self.measure);
            self.metrics[pane.index()] = Some(m);
        }
    }

    /// Forgets measurements if the body width changed, measures the current pane, and keeps
    /// selections on screen. Other panes are measured when first shown.
    fn remeasure(&mut self) {
        let width = self.body().width;
        if width != self.measured_width {
            self.metrics = vec![None; Pane::ALL.len()];
            self.measured_width = width;
        }
        self.measure(self.pane);
        for p in Pane::ALL {
            let sel = self.selected[p.index()];
            self.select(p, sel);
        }
    }

    /// Where the explorer starts: the first pane with something in it (a base of FAQs
    /// only opens on its FAQs, not on an empty Program pane).
    pub fn home_pane(&self) -> Pane {
        Pane::ALL
            .into_iter()
            .find(|&p| pane_len(&self.lib.kb, p) > 0)
            .unwrap_or(Pane::Program)
    }

    /// A kiosk's starting state: first pane, nothing searched, nothing scrolled.
    pub fn is_home(&self) -> bool {
        self.pane == self.home_pane()
            && self.focus == Focus::Pane
            && self.query.is_empty()
            && self.chrome.overlay == Overlay::None
            && self.selected.iter().all(|&s| s == 0)
            && self.scroll.iter().all(|&s| s == 0)
            && self.detail_scroll() == 0
            && self.fit.is_none()
            && self.shortlist_view.is_none()
            && self.note_edit.is_none()
            // A kiosk's shortlist is the visit's: the next student starts without it.
            && (!self.chrome.kiosk || self.shortlist.is_empty())
    }

    fn go_home(&mut self) {
        self.query.clear();
        self.cursor = 0;
        self.hits.clear();
        self.hit_total = 0;
        self.unmatched.clear();
        self.answer = None;
        self.hit = 0;
        self.opened = None;
        self.focus = Focus::Pane;
        self.chrome.overlay = Overlay::None;
        self.selected = [0; Pane::ALL.len()];
        self.scroll = [0; Pane::ALL.len()];
        self.detail_scroll = (Pane::Program, 0, 0);
        self.fit = None;
        self.shortlist_view = None;
        self.note_edit = None;
        if self.chrome.kiosk {
            self.shortlist.clear();
        }
        self.go_to(self.home_pane());
    }

    pub fn update(&mut self, action: Action) {
        if let Action::Tick(ms) = action {
            self.idle = self.idle.saturating_add(ms);
            self.query_age = self.query_age.saturating_add(ms);
            if self.query_age >= SETTLED_MS {
                self.settle();
            }
            if self.chrome.kiosk && self.idle_limit.is_some_and(|limit| self.idle >= limit) {
                self.idle = 0;
                if !self.is_home() {
                    self.go_home();
                }
            }
            return;
        }
        self.idle = 0;
        if !matches!(action, Action::Resize(..)) {
            self.notice = None;
        }
        let (measure, kiosk) = (self.measure, self.chrome.kiosk);
        let area = Rect::new(0, 0, self.size.0, self.size.1);
        let help_range = |filter: &str| measure.help_range(filter, HelpFor::Explorer, kiosk, area);
        let Some(action) = self.chrome.update(action, help_range) else {
            return;
        };
        let own = !matches!(action, Action::Resize(..) | Action::Home);
        match self.mode() {
            Mode::Note if own => return self.note_key(action),
            Mode::Fit if own => return self.fit_key(action),
            Mode::Shortlist if own => return self.shortlist_key(action),
            _ => {}
        }
        if self.mode() == Mode::Sources {
            let page = signed(self.sources_page());
            match action {
                Action::PageDown => return self.scroll_sources(page),
                Action::PageUp => return self.scroll_sources(-page),
                Action::ScrollDown(n) => return self.scroll_sources(signed(usize::from(n))),
                Action::ScrollUp(n) => return self.scroll_sources(-signed(usize::from(n))),
                _ => {}
            }
        }
        if self.list_view()
            && self.focus == Focus::Pane
            && self.mode() == Mode::Browse
            && self.list_key(action)
        {
            return;
        }
        match action {
            Action::Home => self.go_home(),
            // Quitting, the quit prompt and help are the chrome's (handled above); slides
            // and ticks belong to the presentation and the clock.
            Action::Quit
            | Action::ConfirmQuit
            | Action::ToggleHelp
            | Action::NextSlide
            | Action::PrevSlide
            | Action::FirstSlide
            | Action::LastSlide
            | Action::JumpSlide(_)
            | Action::Blank
            | Action::Tick(_)
            // Suspending is the event loop's, which owns the terminal; answers are the
            // self-check's (handled above when it is open).
            | Action::Suspend
            | Action::Choose(_) => {}
            Action::Resize(w, h) => self.resize(w, h),
            Action::ToggleCompare => self.toggle_compare(),
            Action::ResetCompare => {
                let usual = self.usual_columns.clone();
                self.set_columns(usual);
            }
            // Typed or pasted characters that could drive or disguise the terminal are dropped.
            Action::Input(c) if never_typed(c) => {}
            Action::OpenFit => self.open_fit(),
            Action::ToggleStar => self.toggle_star(),
            Action::EditNote => self.edit_note(),
            Action::OpenShortlist => self.open_shortlist(),
            Action::ToggleSources => {
                self.chrome.overlay = if self.sources_open() {
                    Overlay::None
                } else {
                    Overlay::Sources
                };
                self.sources_scroll.2 = 0;
            }
            Action::FocusSearch => {
                self.close_sources();
                self.focus = Focus::Search;
            }
            Action::Cancel => self.cancel(),
            Action::Input(c) => {
                self.close_sources();
                self.focus = Focus::Search;
                if self.query.chars().count() < MAX_QUERY_CHARS {
                    self.insert(&c.to_string());
                    self.research();
                }
            }
            Action::Backspace => {
                if self.cursor > 0 {
                    let at = self.byte_at(self.cursor - 1);
                    self.query.remove(at);
                    self.cursor -= 1;
                    self.research();
                }
            }
            Action::DeleteWord => {
                let chars: Vec<char> = self.query.chars().collect();
                let mut start = self.cursor.min(chars.len());
                while start > 0 && chars[start - 1].is_whitespace() {
                    start -= 1;
                }
                while start > 0 && !chars[start - 1].is_whitespace() {
                    start -= 1;
                }
                let (from, to) = (self.byte_at(start), self.byte_at(self.cursor));
                self.query.replace_range(from..to, "");
                self.cursor = start;
                self.research();
            }
            Action::CursorLeft => self.cursor = self.cursor.saturating_sub(1),
            Action::CursorRight => self.cursor = (self.cursor + 1).min(self.query.chars().count()),
            Action::CursorStart => self.cursor = 0,
            Action::CursorEnd => self.cursor = self.query.chars().count(),
            Action::ClearQuery => {
                self.query.clear();
                self.research();
            }
            Action::Open => {
                self.settle();
                self.open(self.hit);
            }
            Action::OpenHit(i) => self.open(i),
            Action::NextPane => self.go_to(self.step_pane(1)),
            Action::PrevPane => self.go_to(self.step_pane(Pane::ALL.len() - 1)),
            Action::GoToPane(p) => self.go_to(p),
            Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Top
            | Action::Bottom
                if self.focus == Focus::Search =>
            {
                self.move_hit(action);
            }
            Action::Up => self.select(self.pane, self.current().saturating_sub(1)),
            Action::Down => self.down(),
            Action::Top => {
                self.select(self.pane, 0);
                self.scroll[self.pane.index()] = 0;
            }
            Action::Bottom => {
                let last = pane_len(&self.lib.kb, self.pane).saturating_sub(1);
                self.select(self.pane, last);
                let top = self.metrics(self.pane).map_or(0, |m| m.top(last));
                self.scroll_to(top);
            }
            Action::PageDown => self.scroll_by(signed(self.viewport().saturating_sub(1).max(1))),
            Action::PageUp => self.scroll_by(-signed(self.viewport().saturating_sub(1).max(1))),
            Action::ScrollDown(n) => self.scroll_by(signed(usize::from(n))),
            Action::ScrollUp(n) => self.scroll_by(-signed(usize::from(n))),
            Action::SelectItem(i) => {
                self.focus = Focus::Pane;
                self.select(self.pane, i);
            }
        }
    }

    /// Puts the selected role in the comparison or takes it out: at most three columns
    /// (the oldest goes), never none.
    fn toggle_compare(&mut self) {
        if self.pane != Pane::Roles || self.showing_results() {
            return;
        }
        let Some(id) = self
            .lib
            .kb
            .roles
            .get(self.selected[Pane::Roles.index()])
            .map(|r| r.id.clone())
        else {
            return;
        };
        let mut columns = self.lib.kb.comparison.roles.clone();
        if let Some(at) = columns.iter().position(|c| *c == id) {
            if columns.len() > 1 {
                columns.remove(at);
            }
        } else {
            columns.push(id);
            if columns.len() > MAX_COLUMNS {
                columns.remove(0);
            }
        }
        self.set_columns(columns);
    }

    /// Compares these roles (ids), re-measuring the Compare pane, and says so.
    fn set_columns(&mut self, columns: Vec<String>) {
        self.lib.kb.comparison.roles = columns;
        if let Some(m) = self.metrics.get_mut(Pane::Compare.index()) {
            *m = None;
        }
        if self.pane == Pane::Compare {
            self.measure(Pane::Compare);
        }
        let sel = self.selected[Pane::Compare.index()];
        self.select(Pane::Compare, sel);
        let titles: Vec<&str> = self
            .lib
            .kb
            .compared_roles()
            .map(|r| r.title.as_str())
            .collect();
        self.notice = Some(format!("Comparing {}; C resets", titles.join(" · ")));
    }

    fn cancel(&mut self) {
        // One Esc does all of it: two Esc bytes in one read reach us as one key (crossterm
        // parses ESC ESC as a single Esc), so a two-step Esc would leave the student in
        // the search bar with the next key typed into it. Ctrl-U clears and stays.
        if self.sources_open() {
            self.chrome.overlay = Overlay::None;
        } else {
            if !self.query.is_empty() {
                self.query.clear();
                self.cursor = 0;
                self.research();
            }
            self.focus = Focus::Pane;
        }
    }

    /// Re-fits everything measured to the new size: pane wrapping, and the result snippets,
    /// which are cut to the width (the selected result stays selected).
    fn resize(&mut self, w: u16, h: u16) {
        let width_changed = w != self.size.0;
        self.size = (w, h);
        self.remeasure();
        if width_changed && !self.query.is_empty() {
            let keep = self.hit;
            self.research();
            self.hit = keep.min(self.hits.len().saturating_sub(1));
        }
    }
}
