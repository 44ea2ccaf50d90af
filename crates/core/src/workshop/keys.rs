//! The trainer's keyboard shortcuts. A presentation clicker sends Page Down and Page Up, so
//! those always work; letter and arrow keys are left alone while typing in a field. Single-key
//! shortcuts (letters and signs) can be turned off (WCAG 2.1.4), and in a one-window session the
//! notes are never put on the screen the room sees by one key: only the Your notes button shows
//! them.

use crate::msg;

/// What a key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Move on: the next stage, the majority's choice, reveal, the next scene.
    Next,
    /// Go back one stage.
    Back,
    /// Show the feedback on the path chosen.
    Reveal,
    /// Follow the path most of the room chose.
    Majority,
    /// Pause or resume the timers.
    Timer,
    /// Show or hide the presenter's notes (one window).
    Notes,
    /// Larger text on the audience view.
    Larger,
    /// Smaller text on the audience view.
    Smaller,
    /// Fill the screen with this window, or stop.
    FullScreen,
    /// Show the list of shortcuts.
    Help,
    /// N in a one-window session: the notes stay hidden, and the trainer is told how to show them.
    NotesByButton,
}

/// Where a key was pressed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Context {
    /// Focus is in a text or number field (or anything else one types in).
    pub in_field: bool,
    /// Ctrl, Alt or Meta is held.
    pub modified: bool,
    /// The trainer turned single-key shortcuts off (kept on the device).
    pub single_keys_off: bool,
    /// The session is shown to the room from this one window.
    pub one_window: bool,
}

/// Said when N is pressed in a one-window session.
pub fn notes_by_button() -> String {
    msg!("workshop-notes-by-button")
}

/// The shortcuts, as shown on the help overlay: keys, then what they do.
pub fn help() -> Vec<(String, String)> {
    vec![
        (msg!("workshop-key-next"), msg!("workshop-key-next-does")),
        (msg!("workshop-key-back"), msg!("workshop-key-back-does")),
        (msg!("workshop-key-reveal"), msg!("workshop-key-reveal-does")),
        (msg!("workshop-key-majority"), msg!("workshop-key-majority-does")),
        (msg!("workshop-key-timers"), msg!("workshop-key-timers-does")),
        (msg!("workshop-key-notes"), msg!("workshop-key-notes-does")),
        (msg!("workshop-key-size"), msg!("workshop-key-size-does")),
        (msg!("workshop-key-full-screen"), msg!("workshop-key-full-screen-does")),
        (msg!("workshop-key-help"), msg!("workshop-key-help-does")),
        (msg!("workshop-key-close"), msg!("workshop-key-close-does")),
    ]
}

/// The command for `key` (a `KeyboardEvent.key`) pressed in `at`, if any.
pub fn command(key: &str, at: Context) -> Option<Command> {
    if at.modified {
        return None;
    }
    match key {
        "PageDown" => return Some(Command::Next),
        "PageUp" => return Some(Command::Back),
        _ if at.in_field => return None,
        "ArrowRight" => return Some(Command::Next),
        "ArrowLeft" => return Some(Command::Back),
        _ if at.single_keys_off => return None,
        "n" | "N" if at.one_window => return Some(Command::NotesByButton),
        _ => {}
    }
    Some(match key {
        "r" | "R" => Command::Reveal,
        "m" | "M" => Command::Majority,
        "t" | "T" => Command::Timer,
        "n" | "N" => Command::Notes,
        "+" | "=" => Command::Larger,
        "-" | "_" => Command::Smaller,
        "f" | "F" => Command::FullScreen,
        "?" => Command::Help,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FREE: Context = Context { in_field: false, modified: false, single_keys_off: false, one_window: false };
    const IN_FIELD: Context = Context { in_field: true, ..FREE };

    #[test]
    fn a_clicker_works_even_in_a_field() {
        assert_eq!(command("PageDown", IN_FIELD), Some(Command::Next));
        assert_eq!(command("PageUp", IN_FIELD), Some(Command::Back));
    }

    #[test]
    fn typing_in_a_field_is_left_alone() {
        for key in ["ArrowRight", "r", "5", "-", "?", "n", "f", "+"] {
            assert_eq!(command(key, IN_FIELD), None, "{key}");
        }
    }

    #[test]
    fn browser_shortcuts_are_left_alone() {
        let modified = Context { modified: true, ..FREE };
        assert_eq!(command("r", modified), None);
        assert_eq!(command("PageDown", modified), None);
    }

    #[test]
    fn single_keys_turned_off_do_nothing_but_a_clicker_and_arrows_still_work() {
        let off = Context { single_keys_off: true, ..FREE };
        for key in ["r", "R", "m", "t", "n", "N", "+", "=", "-", "_", "f", "?"] {
            assert_eq!(command(key, off), None, "{key}");
            assert!(command(key, FREE).is_some(), "{key} works when on");
        }
        assert_eq!(command("PageDown", off), Some(Command::Next));
        assert_eq!(command("ArrowLeft", off), Some(Command::Back));
    }

    #[test]
    fn in_one_window_no_key_shows_the_notes() {
        let one = Context { one_window: true, ..FREE };
        assert_eq!(command("n", one), Some(Command::NotesByButton));
        assert_eq!(command("N", one), Some(Command::NotesByButton));
        assert_eq!(command("n", FREE), Some(Command::Notes));
        let all = ["ArrowRight", "PageDown", "ArrowLeft", "PageUp", "r", "m", "t", "n", "+", "-", "f", "?", "x", "N"];
        assert!(all.iter().all(|k| command(k, one) != Some(Command::Notes)));
    }

    #[test]
    fn every_command_has_a_key_and_a_help_line() {
        let all = [
            Command::Next,
            Command::Back,
            Command::Reveal,
            Command::Majority,
            Command::Timer,
            Command::Notes,
            Command::Larger,
            Command::Smaller,
            Command::FullScreen,
            Command::Help,
        ];
        let keys = ["ArrowRight", "PageDown", "ArrowLeft", "PageUp", "r", "R", "m", "t", "n", "+", "=", "-", "f", "?"];
        for c in all {
            assert!(keys.iter().any(|k| command(k, FREE) == Some(c)), "{c:?}");
        }
        assert_eq!(command("x", FREE), None);
    }
}
