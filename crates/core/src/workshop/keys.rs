//! The trainer's keyboard shortcuts. A presentation clicker sends Page Down and Page Up, so
//! those always work; letter and arrow keys are left alone while typing in a field.

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
}

/// The shortcuts, as shown on the help overlay: keys, then what they do.
pub const HELP: &[(&str, &str)] = &[
    ("→ or Page Down", "Next: move on, follow the majority, reveal the feedback"),
    ("← or Page Up", "Back one step"),
    ("R", "Reveal the feedback on the path chosen"),
    ("M", "Follow the path most of the room chose"),
    ("T", "Pause or resume the timers"),
    ("N", "Show or hide your notes (one window)"),
    ("+ or −", "Larger or smaller text for the room"),
    ("F", "Fill the screen with this window, or stop"),
    ("?", "Show these shortcuts"),
    ("Esc", "Close this list"),
];

/// The command for `key` (a `KeyboardEvent.key`), if any. `in_field` is true while focus is in
/// a text or number field; `modified` when Ctrl, Alt or Meta is held.
pub fn command(key: &str, in_field: bool, modified: bool) -> Option<Command> {
    if modified {
        return None;
    }
    match key {
        "PageDown" => return Some(Command::Next),
        "PageUp" => return Some(Command::Back),
        _ if in_field => return None,
        _ => {}
    }
    Some(match key {
        "ArrowRight" => Command::Next,
        "ArrowLeft" => Command::Back,
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

    #[test]
    fn a_clicker_works_even_in_a_field() {
        assert_eq!(command("PageDown", true, false), Some(Command::Next));
        assert_eq!(command("PageUp", true, false), Some(Command::Back));
    }

    #[test]
    fn typing_in_a_field_is_left_alone() {
        for key in ["ArrowRight", "r", "5", "-", "?"] {
            assert_eq!(command(key, true, false), None, "{key}");
        }
    }

    #[test]
    fn browser_shortcuts_are_left_alone() {
        assert_eq!(command("r", false, true), None);
        assert_eq!(command("PageDown", false, true), None);
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
            assert!(keys.iter().any(|k| command(k, false, false) == Some(c)), "{c:?}");
        }
        assert_eq!(command("x", false, false), None);
    }
}
