//! Keeping windows in step. The presenter window and the audience window of one laptop talk over
//! a `BroadcastChannel` (no network). Each change sends the whole session (a few kilobytes at
//! most), so a window that missed a message catches up with the next one; a window that opens
//! asks for the current session with [`Message::Hello`].

use super::session::Session;
use serde::{Deserialize, Serialize};

/// The channel's name.
pub const CHANNEL: &str = "recognise-respond-workshop";

/// The most sessions kept on the laptop; the oldest are let go first.
pub const MAX_KEPT: usize = 30;

/// What one window tells the others.
// Externally tagged (`"hello"`, `{"session": …}`): an internally tagged enum would make serde
// buffer each message first, which costs the browser build several kilobytes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Message {
    /// A window has opened and would like the current session.
    Hello,
    /// The session as it is now.
    Session(Session),
}

impl Message {
    /// The text sent over the channel.
    pub fn encode(&self) -> String {
        // Through `Value`, as saved data is, so the browser build carries one serialiser.
        serde_json::to_value(self).expect("messages serialise").to_string()
    }

    /// A message received, if it is one of ours (anything else is ignored).
    pub fn decode(text: &str) -> Option<Message> {
        serde_json::from_value(serde_json::from_str::<serde_json::Value>(text).ok()?).ok()
    }
}

/// Takes `incoming` into the kept `sessions` if it is new or newer than the copy kept; returns
/// whether anything changed. The newest session is last.
pub fn adopt(sessions: &mut Vec<Session>, incoming: Session) -> bool {
    match sessions.iter().position(|s| s.id == incoming.id) {
        Some(i) if sessions[i].rev >= incoming.rev => false,
        Some(i) => {
            sessions[i] = incoming;
            true
        }
        None => {
            keep(sessions, incoming);
            true
        }
    }
}

/// Adds a new session, letting the oldest go beyond [`MAX_KEPT`].
pub fn keep(sessions: &mut Vec<Session>, session: Session) {
    // Kept in order of id (start time); a new session almost always goes last.
    let at = sessions.partition_point(|s| s.id <= session.id);
    sessions.insert(at, session);
    let extra = sessions.len().saturating_sub(MAX_KEPT);
    sessions.drain(..extra);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(id: u64, rev: u64) -> Session {
        let mut s = Session::new(&["kobe".to_string()], false, id);
        s.rev = rev;
        s
    }

    #[test]
    fn only_newer_copies_are_taken() {
        let mut kept = vec![session(1, 5)];
        assert!(!adopt(&mut kept, session(1, 5)));
        assert!(!adopt(&mut kept, session(1, 3)));
        assert_eq!(kept[0].rev, 5);
        assert!(adopt(&mut kept, session(1, 6)));
        assert_eq!(kept[0].rev, 6);
        assert!(adopt(&mut kept, session(2, 0)));
        assert_eq!(kept.iter().map(|s| s.id).collect::<Vec<_>>(), vec![1, 2]);
    }

    #[test]
    fn the_oldest_sessions_are_let_go() {
        let mut kept = Vec::new();
        for id in (0..MAX_KEPT as u64 + 5).rev() {
            keep(&mut kept, session(id, 0));
        }
        assert_eq!(kept.len(), MAX_KEPT);
        assert_eq!(kept.first().map(|s| s.id), Some(5));
        assert_eq!(kept.last().map(|s| s.id), Some(MAX_KEPT as u64 + 4));
    }

    #[test]
    fn messages_round_trip_and_strangers_are_ignored() {
        for m in [Message::Hello, Message::Session(session(7, 2))] {
            assert_eq!(Message::decode(&m.encode()), Some(m));
        }
        assert_eq!(Message::decode("{\"kind\":\"other\"}"), None);
        assert_eq!(Message::Hello.encode(), "\"hello\"");
        assert_eq!(Message::decode("not json"), None);
    }
}
