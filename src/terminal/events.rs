//! Turning terminal events (keys, mouse, paste, resize) into actions.

use ratatui::crossterm::event::{Event, MouseButton, MouseEventKind};
use ratatui::layout::Rect;

use crate::app::{Action, App, Mode, keymap};
use crate::ui;

/// Lines the mouse wheel scrolls.
const WHEEL_LINES: u16 = 3;

/// What a terminal event means for the app in its current state.
pub fn actions_for(app: &App, area: Rect, ev: &Event) -> Vec<Action> {
    if let Some(key) = ev.as_key_press_event() {
        return keymap::action_for(app.mode(), &key).into_iter().collect();
    }
    match ev {
        &Event::Resize(w, h) => {
            let area = crate::view::layout::fit(w, h);
            vec![Action::Resize(area.width, area.height)]
        }
        Event::Mouse(m) => {
            let (col, row) = (m.column, m.row);
            let wheel_over_list = app.help().is_some()
                || app.showing_results()
                || (app.mode() == Mode::Browse && ui::over_list(app, area, col, row));
            // The sources popup covers the body and the side panel: the wheel scrolls it anywhere.
            let popup = app.mode() == Mode::Sources;
            match m.kind {
                MouseEventKind::Down(MouseButton::Left) => {
                    ui::click(app, area, col, row).into_iter().collect()
                }
                MouseEventKind::ScrollDown if wheel_over_list => vec![Action::Down],
                MouseEventKind::ScrollUp if wheel_over_list => vec![Action::Up],
                MouseEventKind::ScrollDown if popup || ui::over_body(app, area, col, row) => {
                    vec![Action::ScrollDown(WHEEL_LINES)]
                }
                MouseEventKind::ScrollUp if popup || ui::over_body(app, area, col, row) => {
                    vec![Action::ScrollUp(WHEEL_LINES)]
                }
                _ => Vec::new(),
            }
        }
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{KeyModifiers, MouseEvent};

    use super::*;
    use crate::catalog::Catalog;
    use crate::kb::load;

    fn wheel_down_at(app: &App, area: Rect, column: u16, row: u16) -> Vec<Action> {
        let ev = Event::Mouse(MouseEvent {
            kind: MouseEventKind::ScrollDown,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        });
        actions_for(app, area, &ev)
    }

    #[test]
    fn the_wheel_scrolls_the_sources_popup_wherever_the_pointer_is() {
        let Ok(loaded) = load::embedded() else {
            panic!("the embedded base loads");
        };
        let area = Rect::new(0, 0, 160, 40);
        let mut app = App::new(
            Catalog::new(loaded.kb),
            area.width,
            area.height,
            &crate::ui::measure::MEASURE,
        );
        // Over the side panel, off the pane: nothing to scroll while browsing.
        assert!(wheel_down_at(&app, area, 150, 20).is_empty());
        app.update(Action::ToggleSources);
        assert_eq!(
            wheel_down_at(&app, area, 150, 20),
            [Action::ScrollDown(WHEEL_LINES)]
        );
    }
}
