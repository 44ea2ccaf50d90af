//! Whole-data events one tab announces to the others (erase, import, clear), and when an
//! announcement is news to the page that hears it. The browser's side is
//! `src/browser_storage.rs` (it writes the announcement) and `src/ui/state/tabs.rs` (it hears
//! it); the first-paint script passes on what it heard before the app started.

/// What a whole-data action was, for other tabs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataEvent {
    /// Everything was erased.
    Erase,
    /// An imported file replaced everything.
    Import,
    /// Kept checklist answers were cleared.
    Clear,
}

impl DataEvent {
    /// Its name in an announcement.
    pub fn id(self) -> &'static str {
        match self {
            DataEvent::Erase => "erase",
            DataEvent::Import => "import",
            DataEvent::Clear => "clear",
        }
    }

    /// The event named by `id`, if it is one.
    pub fn from_id(id: &str) -> Option<DataEvent> {
        [DataEvent::Erase, DataEvent::Import, DataEvent::Clear].into_iter().find(|e| e.id() == id)
    }

    /// What an announcement (`kind:time`, the time in milliseconds since 1970 when it was made)
    /// tells a page that started at `started` (the same clock): the event, if it is news to
    /// that page. One made before the page started is not: the page read what is stored after
    /// it, so it already shows the result. This is what a tab hears when it reloads at once
    /// after its own erase or import, since the event reaches the new page late; the page must
    /// not say another tab did it. An announcement without a time (an older version) is news.
    pub fn heard(announcement: &str, started: f64) -> Option<DataEvent> {
        let (kind, time) = match announcement.split_once(':') {
            Some((kind, time)) => (kind, Some(time.parse::<f64>().ok()?)),
            None => (announcement, None),
        };
        let event = DataEvent::from_id(kind)?;
        match time {
            Some(t) if t < started => None,
            _ => Some(event),
        }
    }

    /// The announcement of this event made at `now` (milliseconds since 1970).
    pub fn announcement(self, now: f64) -> String {
        format!("{}:{}", self.id(), now.floor())
    }
}

#[cfg(test)]
mod tests {
    use super::DataEvent;

    #[test]
    fn an_announcement_is_news_only_to_a_page_that_started_before_it() {
        let started = 1_765_000_000_000.0;
        for event in [DataEvent::Erase, DataEvent::Import, DataEvent::Clear] {
            // Made after the page started: news. Made before: the page already shows it.
            assert_eq!(DataEvent::heard(&event.announcement(started + 5.0), started), Some(event));
            assert_eq!(DataEvent::heard(&event.announcement(started), started), Some(event));
            assert_eq!(DataEvent::heard(&event.announcement(started - 5.0), started), None);
        }
        // An older version's announcement has no time: taken as news, as it always was.
        assert_eq!(DataEvent::heard("import", started), Some(DataEvent::Import));
        // Anything else, forged or garbled, is nothing.
        for junk in ["", "imp", "import:", "import:soon", "export:1", ":1", "erase:1:2"] {
            assert_eq!(DataEvent::heard(junk, started), None, "{junk:?}");
        }
    }
}
