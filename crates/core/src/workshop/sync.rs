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

    /// A message received, if it is one of ours and within the bounds of a real session
    /// (anything else is ignored: another page of this site can post on the channel too).
    pub fn decode(text: &str) -> Option<Message> {
        if text.len() > MAX_MESSAGE_BYTES {
            return None;
        }
        let message: Message = serde_json::from_value(serde_json::from_str::<serde_json::Value>(text).ok()?).ok()?;
        match &message {
            Message::Session(s) if s.check().is_err() => None,
            _ => Some(message),
        }
    }
}

/// The largest message taken from the channel (a real session is a few kilobytes).
pub const MAX_MESSAGE_BYTES: usize = 256 * 1024;
/// How many changes ahead of this window's copy a message may be. Windows in step differ by
/// one; a message far ahead is not from a window that has been following the session.
pub const MAX_REV_AHEAD: u64 = 1_000;
/// How far from now a new session's start may be to be taken from the channel: it is live.
pub const LIVE_WINDOW_MS: u64 = 24 * 60 * 60 * 1000;

/// Takes a session received from another window into this window's copy of the `sessions`
/// (in memory: the sending window has already kept it on the device). A newer copy of a
/// session held here replaces it only if it is a plausible number of changes ahead; a session
/// not held here is taken only if it started within a day of `now`, and then replaces any
/// earlier session this window took the same way (`foreign`), so messages can never push the
/// sessions kept on this device out. A window running a session of its own (`running`: one it
/// started or acted on, not finished) takes no stranger at all: a presenter is never switched to
/// a session it did not start. Returns whether anything changed.
pub fn receive(
    sessions: &mut Vec<Session>,
    foreign: &mut Option<u64>,
    incoming: Session,
    now: u64,
    running: Option<u64>,
) -> bool {
    if incoming.check().is_err() {
        return false;
    }
    if let Some(i) = sessions.iter().position(|s| s.id == incoming.id) {
        let held = sessions[i].rev;
        if incoming.rev <= held || incoming.rev - held > MAX_REV_AHEAD {
            return false;
        }
        sessions[i] = incoming;
        return true;
    }
    let busy = running.is_some_and(|id| sessions.iter().any(|s| s.id == id && !s.finished()));
    if busy || incoming.id.abs_diff(now) > LIVE_WINDOW_MS {
        return false;
    }
    if let Some(old) = foreign.take() {
        sessions.retain(|s| s.id != old);
    }
    *foreign = Some(incoming.id);
    let at = sessions.partition_point(|s| s.id <= incoming.id);
    sessions.insert(at, incoming);
    true
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
    fn spoofed_messages_cannot_jump_ahead_or_push_kept_sessions_out() {
        let now = 1_700_000_000_000;
        let mut kept: Vec<Session> = (0..MAX_KEPT as u64).map(|i| session(now - 10_000 + i, 3)).collect();
        let real = kept.last().unwrap().id;
        let mut foreign = None;
        assert!(!receive(&mut kept, &mut foreign, session(real, u64::MAX), now, None), "beyond any real revision");
        assert!(!receive(&mut kept, &mut foreign, session(real, 3 + MAX_REV_AHEAD + 1), now, None), "too far ahead");
        assert!(receive(&mut kept, &mut foreign, session(real, 4), now, None), "the next change is taken");
        assert!(
            !receive(&mut kept, &mut foreign, session(now + 99, 0), now, Some(real)),
            "a presenter running its own session takes no stranger"
        );
        for i in 0..35 {
            assert!(receive(&mut kept, &mut foreign, session(now + i, 0), now, None));
        }
        assert_eq!(kept.len(), MAX_KEPT + 1, "only the last stranger is held, beside every kept session");
        assert!(kept.iter().any(|s| s.id == real));
        assert!(!receive(&mut kept, &mut foreign, session(now - 2 * LIVE_WINDOW_MS, 0), now, None), "not live");
        let mut broken = session(now, 1);
        broken.stage = crate::workshop::Stage::Chosen;
        assert!(!receive(&mut kept, &mut foreign, broken.clone(), now, None), "a chosen stage with no decision");
        assert_eq!(Message::decode(&Message::Session(broken).encode()), None);
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
