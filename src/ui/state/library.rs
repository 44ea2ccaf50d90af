//! The content: the embedded core, the rest fetched once, and the scenarios written on this
//! device joined to it.

use super::*;

impl AppState {
    /// Joins the scenarios written on this device to the content, so they appear in the scenario
    /// list and workshop mode like the app's own, marked as written here. Called when the
    /// content or they may have changed (a save or delete here; import, erase, another tab's
    /// change), never on an ordinary write such as a tick; made again only when they did change,
    /// as a new library that lives for the rest of the visit. Its parts are shared with the
    /// content ([`crate::content::Shared`]), so each costs a few pointers and the scenarios
    /// written here, not a copy of the content.
    pub(super) fn join_authored(&self) {
        let base = self.base.get_value();
        // One that shares its id with one of the app's own (a later version added it) is renamed
        // and kept so, rather than hidden.
        let own = |id: &str| base.scenario(id).is_some_and(|s| !s.local);
        if self.saved.with_untracked(|s| s.authored.iter().any(|a| own(a.id()))) {
            for (old, new) in self.write(|s| s.rename_clashing(base)).0 {
                self.say(rr_core::msg!("state-scenario-renamed", old = old, new = new));
            }
        }
        let key = self.saved.with_untracked(|s| {
            s.authored.iter().map(|a| (a.file.clone(), a.saved_at, a.text.len())).collect::<Vec<_>>()
        });
        let key = Some((base as *const Library as usize, key));
        if self.joined.with_value(|j| *j == key) {
            return;
        }
        let scenarios: Vec<_> =
            self.saved.with_untracked(|s| s.authored.iter().filter_map(|a| a.scenario().ok()).collect());
        if scenarios.is_empty() {
            self.library.set_value(base);
        } else {
            let mut library = base.clone();
            for scenario in scenarios {
                if library.scenario(&scenario.id).is_none() {
                    library.scenarios.push(scenario);
                }
            }
            self.library.set_value(Box::leak(Box::new(library)));
        }
        self.joined.set_value(key);
    }

    /// Fetches the rest of the content, once; again after a failure.
    pub(crate) fn load_content(&self) {
        if matches!(self.content.get_untracked(), ContentState::Loading | ContentState::Ready) {
            return;
        }
        // In a language other than English, its translations come with the rest (a file an
        // English reader never fetches; usually fetched already, as the app started); without
        // them the English is shown, marked as such.
        let welsh = rr_core::messages::lang() == rr_core::messages::Lang::Cy;
        let early = EARLY.with(|e| e.borrow_mut().take());
        // The single-file build carries the content inside the page.
        if let Some(embedded) = crate::ui::dom::element("#rr-content").and_then(|e| e.text_content()) {
            let translations = early.flatten().or_else(|| welsh.then(embedded_translations).flatten());
            match serde_json::from_str::<Extra>(&embedded) {
                Ok(extra) => self.join_content(extra, translations),
                Err(_) => self.content.set(ContentState::Failed),
            }
            return;
        }
        self.content.set(ContentState::Loading);
        let state = *self;
        leptos::task::spawn_local(async move {
            let translations = async {
                match early {
                    Some(Some(t)) => Some(t),
                    _ if welsh => fetch_translations().await,
                    _ => None,
                }
            };
            let extra = async {
                fetch_text(crate::EXTRA_FILE)
                    .await
                    .and_then(|t| serde_json::from_str::<Extra>(&t).map_err(|e| e.to_string()))
            };
            let (extra, translations) = futures_join(extra, translations).await;
            match extra {
                Ok(extra) => state.join_content(extra, translations),
                Err(e) => {
                    web_sys::console::warn_1(&format!("content could not be loaded: {e}").into());
                    state.content.set(ContentState::Failed);
                }
            }
        });
    }

    pub(super) fn join_content(&self, extra: Extra, translations: Option<Translations>) {
        // Joined once per visit; a second arrival of the same file finds it made.
        let whole: &'static Library = WHOLE.get_or_init(|| {
            let whole = self.base.get_value().clone().join(extra);
            match translations {
                Some(t) => whole.join_translations(t),
                None => whole,
            }
        });
        self.base.set_value(whole);
        self.join_authored();
        self.content.set(ContentState::Ready);
        self.repair_workshops();
    }

    /// Brings kept workshop sessions in line with the scenarios as they are now (some may have
    /// changed or gone since a session was kept), and keeps the repair.
    pub(super) fn repair_workshops(&self) {
        let library = self.library();
        let stale = self.saved.with_untracked(|s| s.workshops.iter().any(|w| w.clone().repair(library)));
        if stale {
            self.write(|s| {
                for w in &mut s.workshops {
                    w.repair(library);
                }
            });
        }
    }

    #[cfg(feature = "desk")]
    /// Keeps a scenario written here (replacing one with the same file name); whether it was
    /// kept (written and read back). When it was not, it is not listed or joined to the
    /// scenarios: only what is stored is shown as kept, and the text stays in the editor.
    pub(crate) fn save_authored(&self, authored: crate::scenario::local::Authored) -> bool {
        let kept = self.write_or_leave(|s| match s.authored.iter_mut().find(|a| a.file == authored.file) {
            Some(old) => *old = authored,
            None => s.authored.push(authored),
        });
        self.join_authored();
        kept
    }

    #[cfg(feature = "desk")]
    /// Deletes the scenario written here kept as `file`, with its progress and workshop runs;
    /// whether the deletion was kept (if not, it is still listed, as it is still stored).
    pub(crate) fn delete_authored(&self, file: &str) -> bool {
        // Its progress and workshop runs go with it, so nothing refers to a scenario that is gone.
        let kept = self.write_or_leave(|s| {
            s.delete_authored(file);
        });
        self.join_authored();
        kept
    }
}

thread_local! {
    /// The translations fetched as the app started (`crate::ui::mount`), for the content to join.
    static EARLY: std::cell::RefCell<Option<Option<Translations>>> = const { std::cell::RefCell::new(None) };
}

/// Keeps the translations fetched as the app started, for [`AppState::load_content`].
pub(crate) fn keep_translations(translations: Option<Translations>) {
    EARLY.with(|e| *e.borrow_mut() = Some(translations));
}

/// The Welsh translations (content and the app's words): from the page itself in the single-file
/// build, else fetched ([`crate::WELSH_FILE`]); `None` if they cannot be had.
pub(crate) async fn fetch_translations() -> Option<Translations> {
    if let Some(t) = embedded_translations() {
        return Some(t);
    }
    match fetch_text(crate::WELSH_FILE)
        .await
        .and_then(|t| serde_json::from_str::<Translations>(&t).map_err(|e| e.to_string()))
    {
        Ok(t) => Some(t),
        Err(e) => {
            web_sys::console::warn_1(&format!("the translations could not be loaded: {e}").into());
            None
        }
    }
}

/// [`fetch_translations`], giving up after `ms` milliseconds (a request that never ends: the app
/// then starts in English rather than never).
pub(crate) async fn fetch_translations_within(ms: i32) -> Option<Translations> {
    use std::future::Future;
    use std::pin::pin;
    use std::task::Poll;
    let timer = async move {
        let promise = web_sys::js_sys::Promise::new(&mut |done, _| {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&done, ms);
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    };
    let (mut fetched, mut timer) = (pin!(fetch_translations()), pin!(timer));
    std::future::poll_fn(move |cx| {
        if let Poll::Ready(t) = fetched.as_mut().poll(cx) {
            return Poll::Ready(t);
        }
        if timer.as_mut().poll(cx).is_ready() {
            web_sys::console::warn_1(&"the translations took too long: starting in English".into());
            return Poll::Ready(None);
        }
        Poll::Pending
    })
    .await
}

/// The translations the single-file build carries in the page, if this is it.
fn embedded_translations() -> Option<Translations> {
    let text = crate::ui::dom::element("#rr-content-cy").and_then(|e| e.text_content())?;
    serde_json::from_str(&text).ok()
}

/// Both futures, run together: the rest of the content and its translations share the link.
async fn futures_join<A, B>(
    a: impl std::future::Future<Output = A>,
    b: impl std::future::Future<Output = B>,
) -> (A, B) {
    use std::pin::pin;
    use std::task::Poll;
    let (mut a, mut b) = (pin!(a), pin!(b));
    let (mut ra, mut rb) = (None, None);
    std::future::poll_fn(move |cx| {
        if ra.is_none() {
            if let Poll::Ready(v) = a.as_mut().poll(cx) {
                ra = Some(v);
            }
        }
        if rb.is_none() {
            if let Poll::Ready(v) = b.as_mut().poll(cx) {
                rb = Some(v);
            }
        }
        match (ra.take(), rb.take()) {
            (Some(a), Some(b)) => Poll::Ready((a, b)),
            (a, b) => {
                (ra, rb) = (a, b);
                Poll::Pending
            }
        }
    })
    .await
}

/// What was joined to the content: the content's address, and each scenario written here as
/// (file, when saved, length).
pub(super) type Joined = (usize, Vec<(String, u64, usize)>);

/// Where the rest of the content is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ContentState {
    /// Not asked for yet.
    NotAsked,
    /// On its way.
    Loading,
    /// Arrived and joined to the core.
    Ready,
    /// Could not be fetched (offline before the app was ever fully loaded).
    Failed,
}

/// The text of a file of the app, fetched from the app's own folder.
async fn fetch_text(url: &str) -> Result<String, String> {
    use leptos::wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|e| format!("{e:?}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|e| format!("{e:?}"))?).await.map_err(|e| format!("{e:?}"))?;
    text.as_string().ok_or_else(|| "not text".to_string())
}
