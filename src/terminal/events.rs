//! Turning terminal events (keys, mouse, paste, resize) into actions.

use ratatui::crossterm::event::{Event, MouseButton, MouseEventKind};
use ratatui::layout::Rect;

use crate::app::{Action, App, Mode, keymap};
use crate::kb::sanitize::clean;
use crate::ui;

/// Lines the mouse wheel scrolls.
const WHEEL_LINES: u16 = 3;

/// What a terminal event means for the app in its current state.
pub fn actions_for(app: &App, area: Rect, ev: Event) -> Vec<Action> {
    if let Some(key) = ev.as_key_press_event() {
        return keymap::action_for(app.mode(), &key).into_iter().collect();
    }
    match ev {
        Event::Resize(w, h) => vec![Action::Resize(w, h)],
        Event::Paste(text) => {
            let mut out = Vec::new();
            if app.mode() == Mode::Browse {
                out.push(Action::FocusSearch);
            }
            out.extend(clean(&text).chars().map(Action::Input));
            out
        }
        Event::Mouse(m) => {
            let (col, row) = (m.column, m.row);
            let wheel_over_list = app.help.is_some() || app.showing_results();
            match m.kind {
                MouseEventKind::Down(MouseButton::Left) => {
                    ui::click(app, area, col, row).into_iter().collect()
                }
                MouseEventKind::ScrollDown if wheel_over_list => vec![Action::Down],
                MouseEventKind::ScrollUp if wheel_over_list => vec![Action::Up],
                MouseEventKind::ScrollDown if ui::over_body(area, col, row) => {
                    vec![Action::ScrollDown(WHEEL_LINES)]
                }
                MouseEventKind::ScrollUp if ui::over_body(area, col, row) => {
                    vec![Action::ScrollUp(WHEEL_LINES)]
                }
                _ => Vec::new(),
            }
        }
        _ => Vec::new(),
    }
}
