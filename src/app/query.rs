//! Editing the query (cursor, insertion, a paste as one insertion) and running the search
//! it asks for; keeping settled searches for the kiosk log.

use super::{App, Focus, MAX_HITS, MAX_QUERY_CHARS};
use crate::kb::sanitize::{clean, never_typed};

impl App {
    /// The byte offset of character `i` of the query (its end when past it).
    pub(super) fn byte_at(&self, i: usize) -> usize {
        self.query
            .char_indices()
            .nth(i)
            .map_or(self.query.len(), |(b, _)| b)
    }

    /// Puts text at the cursor.
    pub(super) fn insert(&mut self, text: &str) {
        let at = self.byte_at(self.cursor);
        self.query.insert_str(at, text);
        self.cursor += text.chars().count();
    }

    /// A paste: one insertion at the cursor (into the help filter when help is open),
    /// cleaned and cut to the query's limit, then one search, however long the paste.
    pub fn paste(&mut self, text: &str) {
        self.idle = 0;
        self.notice = None;
        let text: String = clean(text).chars().filter(|&c| !never_typed(c)).collect();
        if let super::Overlay::Help(help) = &mut self.chrome.overlay {
            let room = MAX_QUERY_CHARS.saturating_sub(help.filter.chars().count());
            help.filter.extend(text.chars().take(room));
            help.scroll = 0;
            return;
        }
        self.close_sources();
        self.focus = Focus::Search;
        let room = MAX_QUERY_CHARS.saturating_sub(self.query.chars().count());
        let kept: String = text.chars().take(room).collect();
        if kept.chars().count() < text.chars().count() {
            self.notice = Some(format!(
                "The paste was cut to {MAX_QUERY_CHARS} characters, the longest search."
            ));
        }
        self.insert(&kept);
        self.research();
    }

    /// Keeps the current search for the log, once, if it is one worth keeping.
    pub(super) fn settle(&mut self) {
        let query = self.query.trim();
        if self.log_searches && !query.is_empty() && query != self.last_settled {
            self.last_settled = query.to_string();
            self.settled
                .push((self.last_settled.clone(), self.hit_total));
        }
    }

    pub(super) fn research(&mut self) {
        self.query_age = 0;
        self.opened = None;
        self.cursor = self.cursor.min(self.query.chars().count());
        let width = usize::from(self.body().width.saturating_sub(4)).max(20);
        let found = self.lib.results(&self.query, MAX_HITS, width);
        self.answer = self.lib.answer(&self.query, &found);
        (self.hits, self.hit_total, self.unmatched) = (found.hits, found.total, found.unmatched);
        self.hit = 0;
    }
}
