//! "Write a scenario": a trainer opens a scenario file (or starts from the template), edits it,
//! sees every problem and warning the build would give at its line and column as they type,
//! tries it from any scene with the variables they choose, keeps it on this device, and exports
//! the same `.md` file the build reads.
//!
//! The checks are the content crate's own, in their own small build (`crates/checker`), fetched
//! only when this screen opens ([`load_checker`]), so no other screen downloads them. What is
//! kept, and checked again whenever it is read, is [`crate::scenario::local`].

use super::dom;
use super::state::{take_carried_draft, use_state, CarriedDraft, Draft};
use crate::route::Route;
use crate::scenario::expr::{Value, Vars};
use crate::scenario::local::{
    fits, free_file, html_is_plain, keeping, Authored, Keeping, MAX_AUTHORED, MAX_FILE_BYTES, MAX_TOTAL_BYTES,
};
use crate::scenario::{Play, Scenario};
use leptos::prelude::*;
use leptos::wasm_bindgen::{JsCast, JsValue};
use serde::Deserialize;
use std::cell::RefCell;
use std::time::Duration;
use web_sys::js_sys::{Function, Promise, Reflect};

/// The file a new scenario gets until the trainer names it.
const NEW_FILE: &str = "my-scenario.md";

/// One problem or warning, as the checker gives it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Problem {
    line: usize,
    column: usize,
    message: String,
}

/// A check of the file as it was when checked: its name and text, so Keep can tell whether the
/// check is of exactly what is in the editor.
#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Checked {
    errors: Vec<Problem>,
    warnings: Vec<Problem>,
    scenario: Option<Scenario>,
    #[serde(skip)]
    name: String,
    #[serde(skip)]
    text: String,
}

/// Where the checker is.
#[derive(Debug, Clone, PartialEq)]
enum Checker {
    Loading,
    Ready,
    Failed(String),
}

/// The longest a check may take before it is stopped.
const BUDGET_MS: i32 = 2_000;
/// The longest the checker may take to start (it builds itself from all the content once).
const START_MS: i32 = 60_000;

/// The checker, once started: in a Web Worker, so a check never blocks the page; or, in the
/// single-file build (which cannot start a worker from a file of its own), on the page.
enum Engine {
    Worker(web_sys::Worker),
    Page(Function),
}

thread_local! {
    /// The checker and the template text, once started.
    static LOADED: RefCell<Option<(Engine, String)>> = const { RefCell::new(None) };
}

/// Why a check gave no answer.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Stopped {
    /// It took longer than [`BUDGET_MS`] and was stopped.
    TooLong,
    /// The checker failed during the check (it is started again for the next one).
    Failed,
}

fn window_function(name: &str) -> Option<Function> {
    let window = web_sys::window()?;
    Reflect::get(&window, &JsValue::from_str(name)).ok()?.dyn_into().ok()
}

fn object(entries: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in entries {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

fn field(value: &JsValue, name: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// Sends `message` to `worker` and waits at most `budget` milliseconds for its answer: the
/// answer's data, `Err(true)` when the time ran out, `Err(false)` when the worker failed.
async fn ask(worker: &web_sys::Worker, message: &JsValue, budget: i32) -> Result<JsValue, bool> {
    let timer = std::cell::Cell::new(None);
    let promise = Promise::new(&mut |resolve, reject| {
        worker.set_onmessage(Some(&resolve));
        worker.set_onerror(Some(&reject));
        let late: Function = reject.bind1(&JsValue::NULL, &JsValue::from_str("late")).unchecked_into();
        if let Some(w) = web_sys::window() {
            timer.set(w.set_timeout_with_callback_and_timeout_and_arguments_0(&late, budget).ok());
        }
    });
    let sent = worker.post_message(message);
    let answer = match sent {
        Ok(()) => wasm_bindgen_futures::JsFuture::from(promise).await,
        Err(e) => Err(e),
    };
    if let (Some(w), Some(t)) = (web_sys::window(), timer.get()) {
        w.clear_timeout_with_handle(t);
    }
    worker.set_onmessage(None);
    worker.set_onerror(None);
    match answer {
        Ok(event) => Ok(field(&event, "data")),
        Err(e) => Err(e.as_string().as_deref() == Some("late")),
    }
}

/// What to say when the checker could not start, in words.
fn not_started(offline: bool) -> String {
    if offline {
        rr_core::msg!("author-checker-offline")
    } else {
        rr_core::msg!("author-checker-failed")
    }
}

/// Starts the checker, once: in a Web Worker when the page can start one, otherwise on the
/// page. The page's loader knows where its files are (`scripts/post-build.mjs`, and
/// `scripts/single-file.mjs` for the file on its own).
async fn load_checker() -> Result<(), String> {
    if LOADED.with(|l| l.borrow().is_some()) {
        return Ok(());
    }
    let offline = || web_sys::window().is_some_and(|w| !w.navigator().on_line());
    let loaded = if let (Some(start), Some(files)) = (
        window_function("rrCheckerWorker"),
        web_sys::window().and_then(|w| Reflect::get(&w, &JsValue::from_str("rrCheckerFiles")).ok()),
    ) {
        let worker: web_sys::Worker =
            start.call0(&JsValue::NULL).ok().and_then(|w| w.dyn_into().ok()).ok_or_else(|| not_started(offline()))?;
        let message = object(&[("type", "load".into()), ("js", field(&files, "js")), ("wasm", field(&files, "wasm"))]);
        let answer = ask(&worker, &message, START_MS).await;
        let template = answer.as_ref().ok().filter(|a| field(a, "type").as_string().as_deref() == Some("ready"));
        let Some(template) = template.map(|a| field(a, "template").as_string().unwrap_or_default()) else {
            worker.terminate();
            let said_offline = answer.as_ref().is_ok_and(|a| field(a, "offline").as_bool() == Some(true));
            return Err(not_started(said_offline || offline()));
        };
        // Kept for offline use now, even if fetched before the service worker controlled the page.
        if let Some(keep) = window_function("rrKeepChecker") {
            let _ = keep.call0(&JsValue::NULL);
        }
        (Engine::Worker(worker), template)
    } else {
        let loader = window_function("rrLoadChecker").ok_or_else(|| rr_core::msg!("author-no-checker"))?;
        let promise: Promise =
            loader.call0(&JsValue::NULL).ok().and_then(|p| p.dyn_into().ok()).ok_or_else(|| not_started(offline()))?;
        let module = wasm_bindgen_futures::JsFuture::from(promise).await.map_err(|_| not_started(offline()))?;
        let get =
            |name: &str| -> Option<Function> { Reflect::get(&module, &JsValue::from_str(name)).ok()?.dyn_into().ok() };
        let (check, template) =
            get("check").zip(get("template")).ok_or_else(|| rr_core::msg!("author-wrong-checker"))?;
        let template = template.call0(&JsValue::NULL).ok().and_then(|t| t.as_string()).unwrap_or_default();
        (Engine::Page(check), template)
    };
    LOADED.with(|l| *l.borrow_mut() = Some(loaded));
    Ok(())
}

/// Forgets the checker, stopping its worker: the next check starts a new one.
fn drop_checker() {
    if let Some((Engine::Worker(w), _)) = LOADED.with(|l| l.borrow_mut().take()) {
        w.terminate();
    }
}

/// Checks `text` as the file `name`, starting the checker first if it is not running.
async fn check(name: &str, text: &str) -> Result<Checked, Stopped> {
    if load_checker().await.is_err() {
        return Err(Stopped::Failed);
    }
    let worker = LOADED.with(|l| match l.borrow().as_ref() {
        Some((Engine::Worker(w), _)) => Ok(Some(w.clone())),
        Some((Engine::Page(check), _)) => {
            Err(check.call2(&JsValue::NULL, &JsValue::from_str(name), &JsValue::from_str(text)).ok())
        }
        None => Ok(None),
    });
    let answer = match worker {
        Ok(Some(worker)) => {
            let message = object(&[("type", "check".into()), ("name", name.into()), ("text", text.into())]);
            match ask(&worker, &message, BUDGET_MS).await {
                Ok(data) if field(&data, "type").as_string().as_deref() == Some("checked") => field(&data, "answer"),
                Err(true) => {
                    drop_checker();
                    return Err(Stopped::TooLong);
                }
                _ => {
                    drop_checker();
                    return Err(Stopped::Failed);
                }
            }
        }
        Ok(None) => return Err(Stopped::Failed),
        Err(answer) => match answer {
            Some(a) => a,
            None => {
                // A checker on the page that failed once cannot be trusted again.
                drop_checker();
                return Err(Stopped::Failed);
            }
        },
    };
    let mut checked: Checked = answer.as_string().and_then(|a| serde_json::from_str(&a).ok()).ok_or(Stopped::Failed)?;
    checked.name = name.to_string();
    checked.text = text.to_string();
    Ok(checked)
}

fn template() -> String {
    LOADED.with(|l| l.borrow().as_ref().map(|(_, t)| t.clone()).unwrap_or_default())
}

/// What to say when a check gave no answer.
fn stopped_message(why: Stopped) -> String {
    match why {
        Stopped::TooLong => rr_core::msg!("author-too-long", seconds = i64::from(BUDGET_MS / 1000)),
        Stopped::Failed => rr_core::msg!("author-checker-broke"),
    }
}

fn text_area() -> Option<web_sys::HtmlTextAreaElement> {
    dom::element("#author-text")?.dyn_into().ok()
}

/// The file's text as the editor holds it: no byte-order mark, and lines ending in `\n` (a text
/// box turns `\r\n` into `\n`).
fn as_edited(text: &str) -> String {
    text.strip_prefix('\u{feff}').unwrap_or(text).replace("\r\n", "\n")
}

/// The text to keep and export for `now`, the editor's text: the file as opened, byte for byte,
/// if the editor still holds the same text.
fn kept_text_of(opened: StoredValue<Option<String>>, now: &str) -> String {
    opened.with_value(|o| o.as_ref().filter(|o| as_edited(o) == now).cloned()).unwrap_or_else(|| now.to_string())
}

/// Moves the cursor to `line` and `column` of the file and selects the rest of that line, so a
/// keyboard or screen-reader user lands on the problem.
fn go_to(line: usize, column: usize) {
    let Some(area) = text_area() else { return };
    let value = area.value();
    let lines: Vec<&str> = value.split('\n').collect();
    let line = line.clamp(1, lines.len().max(1));
    // A text box counts in UTF-16 units.
    let start: usize = lines[..line - 1].iter().map(|l| l.encode_utf16().count() + 1).sum();
    let this = lines.get(line - 1).copied().unwrap_or("");
    let column: usize = this.chars().take(column.saturating_sub(1)).map(char::len_utf16).sum();
    let end = start + this.encode_utf16().count();
    let _ = area.focus();
    let _ = area.set_selection_range((start + column) as u32, end as u32);
    // Bring the line into view: about a third of the way down the box.
    let per_line = f64::from(area.scroll_height()) / lines.len().max(1) as f64;
    area.set_scroll_top((per_line * (line - 1) as f64 - f64::from(area.client_height()) / 3.0).max(0.0) as i32);
}

/// The line and column the cursor is on, counted as the checker counts them.
fn cursor() -> Option<(usize, usize)> {
    let area = text_area()?;
    let at = area.selection_start().ok()?? as usize;
    let value = area.value();
    let mut units = 0;
    let (mut line, mut column) = (1, 1);
    for c in value.chars() {
        if units >= at {
            break;
        }
        units += c.len_utf16();
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    Some((line, column))
}

/// Where a problem is, in words.
fn place(p: &Problem) -> String {
    if p.column > 0 {
        rr_core::msg!("author-line-column", line = p.line, column = p.column)
    } else {
        rr_core::msg!("author-line", line = p.line)
    }
}

/// The screen.
#[component]
pub(crate) fn Author() -> impl IntoView {
    let state = use_state();
    let checker = RwSignal::new(Checker::Loading);
    let name = RwSignal::new(NEW_FILE.to_string());
    let text = RwSignal::new(String::new());
    let checked = RwSignal::new(None::<Checked>);
    // What the checks' answers draw, as memos: each edit is checked again, and most answers
    // change little, so only what changed is drawn afresh. The try-out's form (its scenes and
    // variables) is drawn again only when those change, so a late answer never resets the scene
    // and variables chosen or drops focus; a typed word redraws only the scene being tried.
    let tried = Memo::new(move |_| checked.with(|c| c.as_ref().and_then(|c| c.scenario.clone())));
    let try_form = Memo::new(move |_| tried.with(|s| s.as_ref().map(TryForm::of)));
    let errors = Memo::new(move |_| checked.with(|c| c.as_ref().map(|c| c.errors.clone()).unwrap_or_default()));
    let warnings = Memo::new(move |_| checked.with(|c| c.as_ref().map(|c| c.warnings.clone()).unwrap_or_default()));
    let checking = RwSignal::new(false);
    // The file as opened, byte for byte, while the editor still holds the same text: what is
    // saved and exported then, so a file opened and exported unchanged is identical.
    let opened = StoredValue::new(None::<String>);
    let message = RwSignal::new(None::<(bool, String)>);
    let position = RwSignal::new((1usize, 1usize));
    let confirm_delete = RwSignal::new(None::<String>);
    let trying = RwSignal::new(None::<Trial>);
    // A check that gave no answer, in words (shown with Retry).
    let stopped = RwSignal::new(None::<String>);
    // The kept file the editor was opened from, or last kept as: keeping under that name again
    // replaces it without asking; keeping over any other kept file asks first.
    let editing = StoredValue::new(None::<String>);
    // A kept file that Keep would replace, while the trainer is asked.
    let confirm_replace = RwSignal::new(None::<String>);
    // Keep was pressed before the text in the editor had been checked: keep once it is.
    let keep_when_checked = StoredValue::new(false);

    let start_loading = move || {
        checker.set(Checker::Loading);
        stopped.set(None);
        leptos::task::spawn_local(async move {
            checker.try_set(match load_checker().await {
                Ok(()) => Checker::Ready,
                Err(e) => Checker::Failed(e),
            });
        });
    };
    start_loading();

    // What is in the editor and not kept is held by the app, so a switch to a new version
    // carries it across (defect 7 of the hostile test); and brought back after that switch.
    Effect::new(move |_| {
        let (file, body) = (name.get(), text.get());
        let kept =
            state.saved.with(|s| s.authored.iter().any(|a| a.file == file && a.text == kept_text_of(opened, &body)));
        state.hold_draft((!body.trim().is_empty() && !kept).then_some(Draft { file, text: body }));
    });

    // Keeps the scenario in the editor, given a check of exactly its text. `replace`: the
    // trainer said yes to replacing another kept scenario of the same file name.
    let keep = move |c: &Checked, replace: bool| {
        let file = name.get_untracked();
        let Some(scenario) = c.scenario.clone().filter(|_| c.errors.is_empty()) else {
            message.set(Some((true, rr_core::msg!("author-fix-first"))));
            return;
        };
        let title = scenario.title.clone();
        let authored =
            match Authored::new(file.clone(), kept_text_of(opened, &c.text), js_sys::Date::now() as u64, &scenario) {
                Ok(a) => a,
                Err(why) => {
                    message.set(Some((true, rr_core::msg!("author-cannot-keep", why = why))));
                    return;
                }
            };
        let plan = state.saved.with_untracked(|s| keeping(&s.authored, &file, editing.get_value().as_deref()));
        if plan == Keeping::Replaces && !replace {
            confirm_replace.set(Some(file));
            message.set(None);
            return;
        }
        confirm_replace.set(None);
        if plan == Keeping::New && state.saved.with_untracked(|s| s.authored.len()) >= MAX_AUTHORED {
            message.set(Some((true, rr_core::msg!("author-too-many", n = MAX_AUTHORED))));
            return;
        }
        if !state.saved.with_untracked(|s| fits(&s.authored, &authored)) {
            message.set(Some((true, rr_core::msg!("author-too-big", mb = MAX_TOTAL_BYTES / 1_000_000))));
            return;
        }
        if !state.save_authored(authored) {
            // The state has said why (full storage, for example); nothing was lost from the editor.
            message.set(Some((true, rr_core::msg!("author-not-kept"))));
            return;
        }
        editing.set_value(Some(file.clone()));
        let said = if plan == Keeping::Replaces {
            rr_core::msg!("author-kept-replacing", title = title, file = file)
        } else {
            rr_core::msg!("author-kept", title = title)
        };
        message.set(Some((false, said)));
    };

    // Checks the file as it is now, one check at a time: a change made during a check is
    // checked when it ends. Keep waiting for a check keeps once the text it checked is the
    // text in the editor.
    let busy = StoredValue::new(false);
    let again = StoredValue::new(false);
    let run_check = move || {
        if busy.get_value() {
            again.set_value(true);
            return;
        }
        busy.set_value(true);
        leptos::task::spawn_local(async move {
            loop {
                again.try_set_value(false);
                let (Some(n), Some(t)) = (name.try_get_untracked(), text.try_get_untracked()) else { return };
                if t.trim().is_empty() {
                    checked.try_set(None);
                } else {
                    match check(&n, &t).await {
                        Ok(c) => {
                            stopped.try_set(None);
                            let current = text.try_get_untracked() == Some(c.text.clone())
                                && name.try_get_untracked() == Some(c.name.clone());
                            if current && keep_when_checked.try_get_value() == Some(true) {
                                keep_when_checked.try_set_value(false);
                                keep(&c, false);
                            }
                            checked.try_set(Some(c));
                        }
                        Err(why) => {
                            checked.try_set(None);
                            stopped.try_set(Some(stopped_message(why)));
                            if keep_when_checked.try_get_value() == Some(true) {
                                keep_when_checked.try_set_value(false);
                                message.try_set(Some((true, rr_core::msg!("author-not-checked"))));
                            }
                        }
                    }
                }
                if !again.try_get_value().unwrap_or(false) {
                    break;
                }
            }
            busy.try_set_value(false);
            checking.try_set(false);
        });
    };

    // Checks the file shortly after typing stops, off the page's thread.
    let generation = StoredValue::new(0u32);
    Effect::new(move |_| {
        let _ = (name.get(), text.get());
        if checker.get() != Checker::Ready {
            return;
        }
        generation.update_value(|g| *g = g.wrapping_add(1));
        let mine = generation.get_value();
        checking.set(true);
        set_timeout(
            move || {
                // The screen may have been left meanwhile: then there is nothing to do.
                if generation.try_get_value() == Some(mine) {
                    run_check();
                }
            },
            Duration::from_millis(150),
        );
    });

    // Puts a file into the editor. `from`: the kept file it is, if it is one.
    let open_text = move |file: String, body: String, from: Option<String>| {
        let edited = as_edited(&body);
        opened.set_value((edited != body).then_some(body));
        if let Some(area) = text_area() {
            area.set_value(&edited);
        }
        editing.set_value(from);
        confirm_replace.set(None);
        name.set(file);
        text.set(edited);
        trying.set(None);
        message.set(None);
    };
    if let Some(carried) = take_carried_draft(NEW_FILE) {
        request_animation_frame(move || {
            let (draft, said, problem) = match carried {
                CarriedDraft::Whole(d) => (d, rr_core::msg!("author-carried"), false),
                CarriedDraft::Recovered(d) => (d, rr_core::msg!("author-recovered"), true),
            };
            open_text(draft.file, draft.text, None);
            message.set(Some((problem, said)));
        });
    }
    // The text to keep and export: the file as opened if it has not been changed since.
    let kept_text = move || kept_text_of(opened, &text.get_untracked());

    let chosen = move |ev: leptos::ev::Event| {
        let Some(file) = dom::take_chosen_file(&ev) else { return };
        if file.size() > MAX_FILE_BYTES as f64 {
            message.set(Some((true, rr_core::msg!("author-file-too-large", kb = MAX_FILE_BYTES / 1000))));
            return;
        }
        let file_name = file.name();
        leptos::task::spawn_local(async move {
            let Ok(bytes) = dom::file_bytes(&file).await else {
                message.set(Some((true, rr_core::msg!("author-file-unreadable"))));
                return;
            };
            match String::from_utf8(bytes) {
                Ok(body) => {
                    open_text(file_name.clone(), body, None);
                    message.set(Some((false, rr_core::msg!("author-opened", file = &file_name))));
                }
                Err(_) => message.set(Some((true, rr_core::msg!("author-not-utf8")))),
            }
        });
    };

    // Keep uses a check of exactly the text in the editor: if the last check was of other text
    // (typed in the last moments), the text is checked now and kept once that check is done.
    let save = move |_| {
        let (n, t) = (name.get_untracked(), text.get_untracked());
        let current = checked.with_untracked(|c| c.as_ref().filter(|c| c.name == n && c.text == t).cloned());
        match current {
            Some(c) => keep(&c, false),
            None if checker.get_untracked() == Checker::Ready && !t.trim().is_empty() => {
                keep_when_checked.set_value(true);
                message.set(Some((false, rr_core::msg!("author-checking-first"))));
                generation.update_value(|g| *g = g.wrapping_add(1));
                checking.set(true);
                run_check();
            }
            None => message.set(Some((true, rr_core::msg!("author-fix-first")))),
        }
    };
    let replace = move |_| {
        let (n, t) = (name.get_untracked(), text.get_untracked());
        match checked.with_untracked(|c| c.as_ref().filter(|c| c.name == n && c.text == t).cloned()) {
            Some(c) => keep(&c, true),
            None => {
                confirm_replace.set(None);
                message.set(Some((true, rr_core::msg!("author-changed-while-asked"))));
            }
        }
    };
    let start_new = move |_| {
        let library = state.library();
        let free = state.saved.with_untracked(|s| {
            free_file(NEW_FILE, |f| {
                s.authored.iter().any(|a| a.file == f) || library.scenario(f.strip_suffix(".md").unwrap_or(f)).is_some()
            })
        });
        open_text(free, template(), None);
        dom::focus_after_render("#author-text");
    };

    let export = move |_| {
        let file = name.get_untracked();
        let file = if file.ends_with(".md") { file } else { format!("{file}.md") };
        message.set(Some(match dom::save_file(&kept_text(), &file) {
            Ok(()) => (false, rr_core::msg!("author-exported", file = &file)),
            Err(()) => (true, rr_core::msg!("author-export-refused")),
        }));
    };

    let counts = move || {
        checked.with(|c| match c {
            None => String::new(),
            Some(c) if c.errors.is_empty() && c.warnings.is_empty() => rr_core::msg!("author-no-problems"),
            Some(c) if c.errors.is_empty() => {
                rr_core::msg!("author-counts-keep", problems = c.errors.len(), warnings = c.warnings.len())
            }
            Some(c) => rr_core::msg!("author-counts-fix", problems = c.errors.len(), warnings = c.warnings.len()),
        })
    };

    view! {
        <h1 tabindex="-1">{rr_core::msg!("author-title")}</h1>
        <p class="lead">{rr_core::msg!("author-lead")}</p>
        <p>{rr_core::msg!("author-intro")}</p>

        <YourScenarios confirm_delete=confirm_delete on_edit=move |a: Authored| {
            open_text(a.file.clone(), a.text.clone(), Some(a.file.clone()));
            message.set(Some((false, rr_core::msg!("author-opened-kept", file = &a.file))));
            dom::focus_after_render("#author-text");
        }/>

        <h2>{rr_core::msg!("author-file-heading")}</h2>
        {move || match checker.get() {
            Checker::Loading => view! { <p class="loading" role="status">{rr_core::msg!("author-loading")}</p> }.into_any(),
            Checker::Failed(why) => view! {
                <div class="message message-problem" role="alert">
                    <p>{why}</p>
                    <p><button type="button" class="button" on:click=move |_| start_loading()>{rr_core::msg!("author-try-again")}</button></p>
                </div>
            }.into_any(),
            Checker::Ready => ().into_any(),
        }}
        <div class="button-group">
            <button type="button" class="button button-secondary" disabled=move || checker.get() != Checker::Ready
                on:click=start_new>
                {rr_core::msg!("author-template")}
            </button>
        </div>
        <div class="form-group">
            <label class="label" for="author-open">{rr_core::msg!("author-open-label")}</label>
            <input id="author-open" class="file-input" type="file" accept=".md,text/markdown,text/plain" on:change=chosen/>
        </div>
        <div class="form-group">
            <label class="label" for="author-file">{rr_core::msg!("author-file-label")}</label>
            <p class="hint" id="author-file-hint">{rr_core::msg!("author-file-hint")}</p>
            <input id="author-file" class="input" type="text" autocomplete="off" spellcheck="false" aria-describedby="author-file-hint"
                prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
        </div>
        <div class="form-group">
            <label class="label" for="author-text">{rr_core::msg!("author-text-label")}</label>
            <p class="hint" id="author-text-hint">{rr_core::msg!("author-text-hint")}</p>
            <textarea id="author-text" class="textarea author-text" rows="22" spellcheck="true" aria-describedby="author-text-hint author-position"
                on:input=move |ev| { text.set(event_target_value(&ev)); position.set(cursor().unwrap_or((1, 1))); }
                on:keyup=move |_| position.set(cursor().unwrap_or((1, 1)))
                on:click=move |_| position.set(cursor().unwrap_or((1, 1)))></textarea>
            <p class="meta" id="author-position">{move || { let (l, c) = position.get(); rr_core::msg!("author-cursor", line = l, column = c) }}</p>
        </div>

        <section class="author-check" aria-labelledby="check-heading">
            <h2 id="check-heading">{rr_core::msg!("author-check-heading")}</h2>
            {move || stopped.get().map(|why| view! {
                <div class="message message-problem" role="alert" id="check-stopped">
                    <p>{why}</p>
                    <p><button type="button" class="button button-secondary" on:click=move |_| { stopped.set(None); checking.set(true); run_check(); }>{rr_core::msg!("author-retry")}</button></p>
                </div>
            })}
            <p id="check-summary" role="status">{move || if checking.get() && checked.with(Option::is_none) { rr_core::msg!("author-checking") } else { counts() }}</p>
            <ProblemList id="errors" title=rr_core::msg!("author-problems") problems=errors position=position/>
            <ProblemList id="warnings" title=rr_core::msg!("author-warnings") problems=warnings position=position/>
        </section>

        {move || confirm_replace.get().map(|file| {
            let title = state.saved.with(|s| s.authored.iter().find(|a| a.file == file).and_then(|a| a.scenario().ok()).map(|s| s.title));
            let free = state.saved.with(|s| free_file(&file, |f| s.authored.iter().any(|a| a.file == f)));
            view! {
                <div class="message message-problem" role="alert" id="replace-ask">
                    <p>{match title {
                        Some(t) => rr_core::msg!("author-replace-ask-titled", file = &file, title = t, free = &free),
                        None => rr_core::msg!("author-replace-ask", file = &file, free = &free),
                    }}</p>
                    <div class="button-group">
                        <button type="button" class="button button-warning" on:click=replace>{rr_core::msg!("author-replace-yes")}</button>
                        <button type="button" class="button button-secondary" on:click=move |_| { confirm_replace.set(None); dom::focus_after_render("#author-file"); }>{rr_core::msg!("author-keep-both")}</button>
                    </div>
                </div>
            }
        })}
        <div class="button-group">
            <button type="button" class="button" on:click=save>{rr_core::msg!("author-keep")}</button>
            <button type="button" class="button button-secondary" on:click=export>{rr_core::msg!("author-export")}</button>
        </div>
        <div role="status">
            {move || message.get().map(|(problem, m)| view! { <p class=if problem { "error-message" } else { "" }>{m}</p> })}
        </div>

        {move || try_form.get().map(|form| view! { <TryIt form=form scenario=tried trying=trying/> })}
    }
}

/// The scenarios kept on this device: edit, play, export or delete each.
#[component]
fn YourScenarios(
    confirm_delete: RwSignal<Option<String>>,
    on_edit: impl Fn(Authored) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_state();
    let deleted = RwSignal::new(None::<String>);
    view! {
        <h2 id="yours-heading" tabindex="-1">{rr_core::msg!("author-yours-heading")}</h2>
        <p role="status">{move || deleted.get().map(|t| rr_core::msg!("author-deleted", title = t))}</p>
        {move || {
            let authored = state.saved.with(|s| s.authored.clone());
            if authored.is_empty() {
                return view! { <p>{rr_core::msg!("author-none-yet")}</p> }.into_any();
            }
            view! {
                <ul class="authored-list">
                    {authored.into_iter().map(|a| {
                        let title = a.scenario().map(|s| s.title).unwrap_or_else(|_| a.file.clone());
                        let (file, id) = (a.file.clone(), a.id().to_string());
                        let hidden = format!(" {title}");
                        let asking = { let file = file.clone(); move || confirm_delete.get().as_deref() == Some(file.as_str()) };
                        let export = { let a = a.clone(); move |_| { let _ = dom::save_file(&a.text, &a.file); } };
                        let remove = { let (file, title) = (file.clone(), title.clone()); move |_| {
                            state.delete_authored(&file);
                            confirm_delete.set(None);
                            deleted.set(Some(title.clone()));
                            dom::focus_after_render("#yours-heading");
                        } };
                        let ask = { let file = file.clone(); move |_| confirm_delete.set(Some(file.clone())) };
                        view! {
                            <li class="authored">
                                <p><strong>{title.clone()}</strong>" "{rr_core::msg!("author-kept-when", file = &file, when = dom::local_time(a.saved_at))}</p>
                                <div class="button-group">
                                    <button type="button" class="button button-secondary" on:click=move |_| on_edit(a.clone())>{rr_core::msg!("author-edit")}<span class="visually-hidden">{hidden.clone()}</span></button>
                                    <a class="button button-secondary" href=Route::Scenario(id).href()>{rr_core::msg!("author-play")}<span class="visually-hidden">{hidden.clone()}</span></a>
                                    <button type="button" class="button button-secondary" on:click=export>{rr_core::msg!("author-export-one")}<span class="visually-hidden">{hidden.clone()}</span></button>
                                    <button type="button" class="button button-warning" on:click=ask>{rr_core::msg!("author-delete")}<span class="visually-hidden">{hidden.clone()}</span></button>
                                </div>
                                <Show when=asking.clone()>
                                    <div class="message message-problem" role="alert">
                                        <p>{rr_core::msg!("author-delete-ask", title = &title)}</p>
                                        <div class="button-group">
                                            <button type="button" class="button button-warning" on:click=remove.clone()>{rr_core::msg!("author-delete-yes")}</button>
                                            <button type="button" class="button button-secondary" on:click=move |_| confirm_delete.set(None)>{rr_core::msg!("author-keep-it")}</button>
                                        </div>
                                    </div>
                                </Show>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}

/// Problems or warnings, each a button that moves the cursor to its line.
#[component]
fn ProblemList(
    id: &'static str,
    title: String,
    problems: Memo<Vec<Problem>>,
    position: RwSignal<(usize, usize)>,
) -> impl IntoView {
    move || {
        problems.with(|problems| (!problems.is_empty()).then(|| {
        let heading = format!("{id}-heading");
        view! {
            <h3 id=heading.clone()>{title.clone()}</h3>
            <ol class=format!("problem-list problem-{id}") aria-labelledby=heading>
                {problems.iter().map(|p| {
                    let (line, column) = (p.line, p.column);
                    view! {
                        <li>
                            <button type="button" class="link-button" data-line=line on:click=move |_| { go_to(line, column); position.set(cursor().unwrap_or((line, 1))); }>{place(p)}</button>
                            ": "{p.message.clone()}
                        </li>
                    }
                }).collect_view()}
            </ol>
        }
    }))
    }
}

/// A try-out in progress: from which scene, with which variables, and the choices since.
#[derive(Debug, Clone, PartialEq)]
struct Trial {
    scene: String,
    vars: Vars,
    choices: Vec<String>,
}

/// What the try-out's form offers: the scenes to start at and the variables to set.
#[derive(Debug, Clone, PartialEq)]
struct TryForm {
    start: String,
    scenes: Vec<(String, String)>,
    vars: Vars,
}

impl TryForm {
    fn of(scenario: &Scenario) -> Self {
        TryForm {
            start: scenario.start.clone(),
            scenes: scenario.scenes.iter().map(|s| (s.id.clone(), s.heading.clone())).collect(),
            vars: scenario.vars.clone(),
        }
    }
}

/// Plays the scenario as it is now from any scene, with the variables chosen, showing the
/// variables as they change. The form is drawn once for its scenes and variables; the scene
/// being tried is drawn from the scenario as it is now.
#[component]
fn TryIt(form: TryForm, scenario: Memo<Option<Scenario>>, trying: RwSignal<Option<Trial>>) -> impl IntoView {
    let vars = form.vars.clone();
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let scene = dom::element("#try-scene")
            .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .map(|s| s.value())
            .unwrap_or_default();
        let vars: Vars = vars
            .iter()
            .map(|(name, value)| {
                let input = dom::element(&format!("#try-var-{name}"))
                    .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
                let given = match (value, input) {
                    (Value::Bool(_), Some(i)) => Value::Bool(i.checked()),
                    (Value::Int(n), Some(i)) => Value::Int(i.value().trim().parse().unwrap_or(*n)),
                    (v, None) => *v,
                };
                (name.clone(), given)
            })
            .collect();
        trying.set(Some(Trial { scene, vars, choices: Vec::new() }));
        dom::focus_after_render("#try-scene-heading");
    };
    view! {
        <section class="try-it" aria-labelledby="try-heading">
            <h2 id="try-heading">{rr_core::msg!("author-try-heading")}</h2>
            <form on:submit=start novalidate>
                <div class="form-group">
                    <label class="label" for="try-scene">{rr_core::msg!("author-start-at")}</label>
                    <select id="try-scene" class="select">
                        {form.scenes.iter().map(|(id, heading)| {
                            let selected = *id == form.start;
                            view! { <option value=id.clone() selected=selected>{format!("{heading} ({id})")}</option> }
                        }).collect_view()}
                    </select>
                </div>
                {(!form.vars.is_empty()).then(|| view! {
                    <fieldset class="fieldset">
                        <legend class="fieldset-legend">{rr_core::msg!("author-variables")}</legend>
                        {form.vars.iter().map(|(name, value)| {
                            let id = format!("try-var-{name}");
                            match value {
                                Value::Bool(b) => view! {
                                    <div class="checkbox">
                                        <input type="checkbox" id=id.clone() checked=*b/>
                                        <label for=id>{name.clone()}</label>
                                    </div>
                                }.into_any(),
                                Value::Int(n) => view! {
                                    <div class="form-group">
                                        <label class="label" for=id.clone()>{name.clone()}</label>
                                        <input class="input input-short" type="number" id=id value=n.to_string()/>
                                    </div>
                                }.into_any(),
                            }
                        }).collect_view()}
                    </fieldset>
                })}
                <button type="submit" class="button">{rr_core::msg!("author-play-here")}</button>
            </form>
            {move || trying.get().and_then(|trial| scenario.with(|s| s.as_ref().map(|s| trial_view(s, trial, trying))))}
        </section>
    }
}

/// The scene a try-out has reached, with the last choice's feedback.
fn trial_view(scenario: &Scenario, trial: Trial, trying: RwSignal<Option<Trial>>) -> AnyView {
    let Some(mut play) = Play::at(scenario, &trial.scene, &trial.vars) else {
        return view! { <p class="error-message">{rr_core::msg!("author-scene-gone")}</p> }.into_any();
    };
    let mut last = None;
    for choice in &trial.choices {
        if play.choose(choice).is_err() {
            break;
        }
        last = play.last().map(|d| (d.choice.rating, d.choice.text.clone(), d.choice.feedback.clone()));
    }
    let scene = play.scene();
    let vars: Vec<rr_core::messages::Arg> = play.vars().iter().map(|(k, v)| format!("{k} = {v}").into()).collect();
    let choose = move |id: String| {
        trying.update(|t| {
            if let Some(t) = t {
                t.choices.push(id)
            }
        });
        dom::focus_after_render("#try-scene-heading");
    };
    view! {
        <div class="trial">
            {last.map(|(rating, text, feedback)| view! {
                <div class=format!("feedback rating-{}", rating.word())>
                    <p><strong>{rating.label()}": "</strong>{text}</p>
                    <p>{feedback}</p>
                </div>
            })}
            <h3 id="try-scene-heading" tabindex="-1">{scene.heading.clone()}<span class="meta">{format!(" ({})", scene.id)}</span></h3>
            <p class="meta">{if vars.is_empty() {
                rr_core::msg!("author-no-variables")
            } else {
                rr_core::msg!("author-variables-now", vars = rr_core::messages::Arg::List(rr_core::messages::Join::Comma, vars))
            }}</p>
            // Only what passes the same plain-HTML rule as what is kept is put on the page.
            <div class="prose">{play.blocks().map(|b| if html_is_plain(&b.html) {
                view! { <div inner_html=b.html.clone()></div> }.into_any()
            } else {
                view! { <p class="error-message">{rr_core::msg!("author-not-plain")}</p> }.into_any()
            }).collect_view()}</div>
            {(!scene.notes.is_empty()).then(|| view! { <p class="meta">{rr_core::msg!("author-presenter-notes")}" "{scene.notes.join(" ")}</p> })}
            {match play.ending() {
                Some(ending) => view! {
                    <div class=format!("outcome-box outcome-{}", ending.outcome.word())><p class="outcome-title">{ending.outcome.label()}</p></div>
                    <ul>{ending.debrief.iter().map(|q| view! { <li>{q.clone()}</li> }).collect_view()}</ul>
                }.into_any(),
                None => view! {
                    <ul class="try-choices">
                        {play.choices().map(|c| {
                            let id = c.id.clone();
                            view! { <li><button type="button" class="button button-secondary" on:click=move |_| choose(id.clone())>{c.text.clone()}</button></li> }
                        }).collect_view()}
                    </ul>
                }.into_any(),
            }}
            <p><button type="button" class="button button-secondary" on:click=move |_| trying.set(None)>{rr_core::msg!("author-stop")}</button></p>
        </div>
    }
    .into_any()
}
