//! Colour themes: ANSI-16 default, high contrast for projectors, and monochrome.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeName {
    Default,
    HighContrast,
    Mono,
}

/// Every style the UI uses. The mono theme sets no colour at all, because crossterm 0.29
/// emits a bare reset for suppressed colours under NO_COLOR, which would wipe bold/reverse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub name: ThemeName,
    pub base: Style,
    pub heading: Style,
    pub selected_bar: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub border: Style,
    pub border_focused: Style,
    pub matched: Style,
    pub result_selected: Style,
    pub kind: Style,
    pub source: Style,
    pub disputed: Style,
    pub verified: Style,
    pub note: Style,
    pub dim: Style,
    pub key: Style,
    pub trust_low: Style,
    /// Source addresses are OSC 8 hyperlinks (a terminal that opens them, outside a kiosk).
    pub links: bool,
}

const B: Modifier = Modifier::BOLD;

impl Theme {
    pub fn by_name(name: ThemeName) -> Theme {
        match name {
            ThemeName::Default => Theme::default_theme(),
            ThemeName::HighContrast => Theme::high_contrast(),
            ThemeName::Mono => Theme::mono(),
        }
    }

    pub fn default_theme() -> Theme {
        let s = Style::new();
        Theme {
            name: ThemeName::Default,
            base: s,
            heading: s.fg(Color::Cyan).add_modifier(B),
            selected_bar: s.fg(Color::Yellow).add_modifier(B),
            tab: s,
            tab_active: s.fg(Color::Black).bg(Color::Cyan).add_modifier(B),
            border: s.fg(Color::DarkGray),
            border_focused: s.fg(Color::Cyan),
            matched: s.fg(Color::Yellow).add_modifier(B | Modifier::UNDERLINED),
            result_selected: s.add_modifier(Modifier::REVERSED),
            kind: s.fg(Color::Magenta),
            // Text is never bright black (the background on Solarized Dark and others) or
            // dark blue (about 2:1 on black): citations, notes and snippets keep the
            // terminal's own foreground, which every palette makes readable; only borders,
            // which carry no words, are grey.
            source: s,
            disputed: s.fg(Color::White).bg(Color::Red).add_modifier(B),
            verified: s.fg(Color::Green).add_modifier(B),
            note: s.add_modifier(Modifier::ITALIC),
            dim: s,
            key: s.fg(Color::Cyan).add_modifier(B),
            trust_low: s.fg(Color::Red).add_modifier(B),
            links: false,
        }
    }

    pub fn high_contrast() -> Theme {
        let s = Style::new().fg(Color::White).bg(Color::Black);
        Theme {
            name: ThemeName::HighContrast,
            base: s,
            heading: s.fg(Color::LightYellow).add_modifier(B),
            selected_bar: s.fg(Color::LightYellow).add_modifier(B),
            tab: s,
            tab_active: Style::new()
                .fg(Color::Black)
                .bg(Color::LightYellow)
                .add_modifier(B),
            border: s,
            border_focused: s.fg(Color::LightYellow),
            matched: s
                .fg(Color::LightYellow)
                .add_modifier(B | Modifier::UNDERLINED),
            result_selected: Style::new()
                .fg(Color::Black)
                .bg(Color::White)
                .add_modifier(B),
            kind: s.fg(Color::LightCyan),
            source: s.fg(Color::LightCyan),
            disputed: Style::new().fg(Color::White).bg(Color::Red).add_modifier(B),
            verified: s.fg(Color::LightGreen).add_modifier(B),
            note: s.add_modifier(Modifier::ITALIC),
            dim: s,
            key: s.fg(Color::LightYellow).add_modifier(B),
            trust_low: s.fg(Color::LightRed).add_modifier(B),
            links: false,
        }
    }

    pub fn mono() -> Theme {
        let s = Style::new();
        Theme {
            name: ThemeName::Mono,
            base: s,
            heading: s.add_modifier(B),
            selected_bar: s.add_modifier(B),
            tab: s,
            tab_active: s.add_modifier(Modifier::REVERSED | B),
            border: s,
            border_focused: s.add_modifier(B),
            matched: s.add_modifier(B | Modifier::UNDERLINED),
            result_selected: s.add_modifier(Modifier::REVERSED),
            kind: s.add_modifier(Modifier::ITALIC),
            source: s,
            // Without colour each mark has its own style: reverse is the selected result,
            // bold underline a search match, bold italic a low-trust citation; DISPUTED is
            // bold and says what it is.
            disputed: s.add_modifier(B),
            verified: s.add_modifier(B),
            note: s.add_modifier(Modifier::ITALIC),
            dim: s,
            key: s.add_modifier(B),
            trust_low: s.add_modifier(B | Modifier::ITALIC),
            links: false,
        }
    }
}
