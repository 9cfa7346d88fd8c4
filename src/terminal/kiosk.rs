//! The kiosk lock: no key, chord, paste or click leaves a kiosk; only the advisor's quit
//! word (from the environment, never shown) or a signal from outside ends it.

use ratatui::crossterm::event::{Event, KeyCode, KeyModifiers};

use crate::app::Action;
use crate::app::hints::leaves;

/// Where the advisor sets the word that quits a kiosk.
pub const QUIT_WORD_VAR: &str = "PERFUSION_EXPLORER_KIOSK_WORD";

/// Watches typed letters for the quit word. Letters that could be its start are held back
/// (so the word never appears on screen) and handed on as soon as they stop matching.
#[derive(Debug, Default)]
pub struct Lock {
    word: Vec<char>,
    held: Vec<Event>,
}

/// What to do with one terminal event.
#[derive(Debug, PartialEq)]
pub enum Feed {
    /// Hand these events to the screen (none while a possible quit word is being typed).
    Pass(Vec<Event>),
    /// The quit word was typed: end the kiosk.
    Unlock,
}

impl Lock {
    /// A lock opened by `word`; an empty or missing word means only a signal ends the kiosk.
    pub fn new(word: Option<String>) -> Lock {
        let word: Vec<char> = word.unwrap_or_default().trim().chars().collect();
        Lock {
            word,
            held: Vec::new(),
        }
    }

    pub fn from_env() -> Lock {
        Lock::new(std::env::var(QUIT_WORD_VAR).ok())
    }

    pub fn feed(&mut self, ev: Event) -> Feed {
        let typed = ev.as_key_press_event().and_then(|k| match k.code {
            KeyCode::Char(c) if (k.modifiers - KeyModifiers::SHIFT).is_empty() => Some(c),
            _ => None,
        });
        match typed {
            Some(c) if !self.word.is_empty() && self.word.get(self.held.len()) == Some(&c) => {
                self.held.push(ev);
                if self.held.len() == self.word.len() {
                    self.held.clear();
                    return Feed::Unlock;
                }
                Feed::Pass(Vec::new())
            }
            _ => {
                // Not (or no longer) the word: everything held back goes through, in order.
                let mut out = std::mem::take(&mut self.held);
                match typed {
                    // This letter may start the word afresh.
                    Some(c) if self.word.first() == Some(&c) => self.held.push(ev),
                    _ => out.push(ev),
                }
                Feed::Pass(out)
            }
        }
    }
}

/// Whether a kiosk lets this action through: nothing that quits or suspends.
pub fn allows(action: &Action) -> bool {
    !leaves(*action)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEvent;

    fn key(c: char) -> Event {
        Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
    }

    #[test]
    fn only_the_whole_word_unlocks_and_nothing_typed_is_lost() {
        let mut lock = Lock::new(Some("heart".into()));
        assert_eq!(lock.feed(key('h')), Feed::Pass(vec![]));
        assert_eq!(lock.feed(key('e')), Feed::Pass(vec![]));
        // "hex": the held letters come back, x with them.
        assert_eq!(
            lock.feed(key('x')),
            Feed::Pass(vec![key('h'), key('e'), key('x')])
        );
        for c in "hear".chars() {
            assert_eq!(lock.feed(key(c)), Feed::Pass(vec![]));
        }
        assert_eq!(lock.feed(key('t')), Feed::Unlock);
        // Without a word nothing unlocks.
        let mut open = Lock::new(None);
        assert_eq!(open.feed(key('q')), Feed::Pass(vec![key('q')]));
    }

    #[test]
    fn a_kiosk_drops_every_way_out() {
        assert!(!allows(&Action::Quit));
        assert!(!allows(&Action::ConfirmQuit));
        assert!(!allows(&Action::Suspend));
        assert!(allows(&Action::NextSlide));
    }
}
