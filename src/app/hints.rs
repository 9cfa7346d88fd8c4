//! What the keymap table says to a reader: the help overlay's rows and the footer hints,
//! both read from `keymap::KEYMAP`, so neither can offer a key that does something else.

use super::action::Action;
use super::keymap::{Binding, KEYMAP, Mode, fallback, key_label};

/// Actions that leave the app or hand the terminal back: a kiosk ignores them, and its help
/// and footer never show them.
pub fn leaves(action: Action) -> bool {
    matches!(action, Action::Quit | Action::ConfirmQuit | Action::Suspend)
}

/// Bindings of one mode grouped by action, in table order: (keys, description). A kiosk's
/// list has no way out in it.
pub fn grouped(mode: Mode, kiosk: bool) -> Vec<(String, &'static str)> {
    let mut out: Vec<(Action, Vec<String>, &'static str)> = Vec::new();
    for b in KEYMAP
        .iter()
        .filter(|b| b.mode == mode && !(kiosk && leaves(b.action)))
    {
        let label = key_label(b.code, b.mods);
        // One row per kind of action and description: "1 … 9  jump to a slide".
        match out.iter_mut().find(|(a, _, d)| {
            std::mem::discriminant(a) == std::mem::discriminant(&b.action) && *d == b.desc
        }) {
            Some((_, keys, _)) => keys.push(label),
            None => out.push((b.action, vec![label], b.desc)),
        }
    }
    out.into_iter()
        .map(|(_, keys, d)| (key_run(&keys), d))
        .collect()
}

/// "1 2 3 4 5 6 7 8 9" reads as "1…9"; other key lists are kept as they are.
fn key_run(keys: &[String]) -> String {
    let digits: Option<Vec<u32>> = keys
        .iter()
        .map(|k| k.parse::<u32>().ok().filter(|_| k.len() == 1))
        .collect();
    match digits {
        Some(d) if d.len() > 2 && d.windows(2).all(|w| w[1] == w[0] + 1) => {
            format!("{}…{}", d[0], d[d.len() - 1])
        }
        _ => keys.join(" "),
    }
}

/// Footer hints for a mode, the ones a newcomer needs most (search, help, quit, confirm)
/// first, so a narrow footer drops the others: (key, what it does).
pub fn hints(mode: Mode, kiosk: bool) -> Vec<(String, &'static str)> {
    hints_where(mode, kiosk, |_| true)
}

/// The hints whose action `keep` allows (no "open result" over an empty list).
pub fn hints_where(
    mode: Mode,
    kiosk: bool,
    keep: impl Fn(Action) -> bool,
) -> Vec<(String, &'static str)> {
    let essential = |a: Action| {
        matches!(
            a,
            Action::FocusSearch | Action::ToggleHelp | Action::Quit | Action::ConfirmQuit
        )
    };
    let mut bindings: Vec<&Binding> = KEYMAP.iter().filter(|b| b.mode == mode && b.hint).collect();
    // The essentials of the mode this one falls back to (help, quit) are still worth showing.
    if let Some(base) = fallback(mode) {
        bindings.extend(
            KEYMAP
                .iter()
                .filter(|b| b.mode == base && b.hint && essential(b.action)),
        );
    }
    bindings.sort_by_key(|b| !essential(b.action));
    bindings
        .into_iter()
        .filter(|b| !(kiosk && leaves(b.action)) && keep(b.action))
        .map(|b| (key_label(b.code, b.mods), b.desc))
        .collect()
}
