//! Everything the user can ask the explorer to do; keys and mouse become these.

use crate::kb::Pane;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave the explorer.
    Quit,
    /// Show the next pane.
    NextPane,
    /// Show the previous pane.
    PrevPane,
    /// Show a given pane.
    GoToPane(Pane),
    /// Select the previous item (or search result).
    Up,
    /// Select the next item (or search result).
    Down,
    /// Scroll up one screen.
    PageUp,
    /// Scroll down one screen.
    PageDown,
    /// Go to the first item.
    Top,
    /// Go to the last item.
    Bottom,
    /// Scroll the pane up by some lines (mouse wheel).
    ScrollUp(u16),
    /// Scroll the pane down by some lines (mouse wheel).
    ScrollDown(u16),
    /// Put the cursor in the search bar.
    FocusSearch,
    /// Esc: close help, else clear the query, else leave the search bar.
    Cancel,
    /// Type a character into the search bar or the help filter.
    Input(char),
    /// Delete the character before the cursor.
    Backspace,
    /// Move the search bar's cursor one character left or right.
    CursorLeft,
    CursorRight,
    /// Move the search bar's cursor to the start or the end of the query.
    CursorStart,
    CursorEnd,
    /// Delete the word before the search bar's cursor.
    DeleteWord,
    /// Clear the whole query.
    ClearQuery,
    /// Open the selected search result in its pane.
    Open,
    /// Open or close the key help.
    ToggleHelp,
    /// Show or hide the sources behind the selected item.
    ToggleSources,
    /// Open the "which path fits me" self-check (again from its first question).
    OpenFit,
    /// Choose an answer of the self-check's current question (1-based).
    Choose(u8),
    /// Star the selected item for the shortlist, or unstar it (in the shortlist: remove it).
    ToggleStar,
    /// Write a note on the selected item (starring it).
    EditNote,
    /// Open or close the shortlist view.
    OpenShortlist,
    /// Put the selected role in the comparison, or take it out (Roles pane).
    ToggleCompare,
    /// Compare the roles the knowledge base compares again.
    ResetCompare,
    /// Select an item of the current pane (mouse click).
    SelectItem(usize),
    /// Select and open a search result (mouse click).
    OpenHit(usize),
    /// The terminal changed size.
    Resize(u16, u16),
    /// Ctrl-Z: hand the terminal back to the shell until `fg` (the event loop does it).
    Suspend,
    /// Next slide.
    NextSlide,
    /// Previous slide.
    PrevSlide,
    /// First slide.
    FirstSlide,
    /// Last slide.
    LastSlide,
    /// Jump to slide n (1-based).
    JumpSlide(u8),
    /// Blank the screen, or bring it back.
    Blank,
    /// Yes, really quit (kiosk confirmation).
    ConfirmQuit,
    /// Go back to the home screen (kiosk idle reset).
    Home,
    /// Time passed with nothing else to do (milliseconds), for auto-advance and idle reset.
    Tick(u32),
}
