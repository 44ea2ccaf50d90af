//! "Write a scenario": a trainer opens a scenario file (or starts from the template), edits it,
//! sees every problem and warning the build would give at its line and column as they type,
//! tries it from any scene with the variables they choose, keeps it on this device, and exports
//! the same `.md` file the build reads.
//!
//! The checks are the content crate's own, in their own small build (`crates/checker`), fetched
//! only when this screen opens ([`load_checker`]), so no other screen downloads them. What is
//! kept, and checked again whenever it is read, is [`crate::scenario::local`].

use super::dom;
use super::state::use_state;
use crate::route::Route;
use crate::scenario::expr::{Value, Vars};
use crate::scenario::local::{Authored, MAX_AUTHORED, MAX_FILE_BYTES};
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

/// A check of the file as it is now.
#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Checked {
    errors: Vec<Problem>,
    warnings: Vec<Problem>,
    scenario: Option<Scenario>,
}

/// Where the checker is.
#[derive(Debug, Clone, PartialEq)]
enum Checker {
    Loading,
    Ready,
    Failed(String),
}

thread_local! {
    /// The checker's `check` function and the template text, once loaded.
    static LOADED: RefCell<Option<(Function, String)>> = const { RefCell::new(None) };
}

/// Fetches and starts the checker (the page's loader knows where its files are: see
/// `scripts/post-build.mjs`, and `scripts/single-file.mjs` for the file on its own).
async fn load_checker() -> Result<(), String> {
    if LOADED.with(|l| l.borrow().is_some()) {
        return Ok(());
    }
    let window = web_sys::window().ok_or("no window")?;
    let loader: Function = Reflect::get(&window, &JsValue::from_str("rrLoadChecker"))
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or("this copy of the app has no checker")?;
    let promise: Promise =
        loader.call0(&window).ok().and_then(|p| p.dyn_into().ok()).ok_or("the checker did not start")?;
    let module = wasm_bindgen_futures::JsFuture::from(promise).await.map_err(|e| format!("{e:?}"))?;
    let get =
        |name: &str| -> Option<Function> { Reflect::get(&module, &JsValue::from_str(name)).ok()?.dyn_into().ok() };
    let (check, template) = get("check").zip(get("template")).ok_or("the checker is not the one this app expects")?;
    let template = template.call0(&JsValue::NULL).ok().and_then(|t| t.as_string()).unwrap_or_default();
    LOADED.with(|l| *l.borrow_mut() = Some((check, template)));
    Ok(())
}

/// Checks `text` as the file `name`.
fn check(name: &str, text: &str) -> Option<Checked> {
    let answer = LOADED.with(|l| {
        let loaded = l.borrow();
        let (check, _) = loaded.as_ref()?;
        check.call2(&JsValue::NULL, &JsValue::from_str(name), &JsValue::from_str(text)).ok()
    })?;
    serde_json::from_str(&answer.as_string()?).ok()
}

fn template() -> String {
    LOADED.with(|l| l.borrow().as_ref().map(|(_, t)| t.clone()).unwrap_or_default())
}

fn text_area() -> Option<web_sys::HtmlTextAreaElement> {
    dom::element("#author-text")?.dyn_into().ok()
}

/// The file's text as the editor holds it: no byte-order mark, and lines ending in `\n` (a text
/// box turns `\r\n` into `\n`).
fn as_edited(text: &str) -> String {
    text.strip_prefix('\u{feff}').unwrap_or(text).replace("\r\n", "\n")
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
        format!("Line {}, column {}", p.line, p.column)
    } else {
        format!("Line {}", p.line)
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
    let checking = RwSignal::new(false);
    // The file as opened, byte for byte, while the editor still holds the same text: what is
    // saved and exported then, so a file opened and exported unchanged is identical.
    let opened = StoredValue::new(None::<String>);
    let message = RwSignal::new(None::<(bool, String)>);
    let position = RwSignal::new((1usize, 1usize));
    let confirm_delete = RwSignal::new(None::<String>);
    let trying = RwSignal::new(None::<Trial>);

    let start_loading = move || {
        checker.set(Checker::Loading);
        leptos::task::spawn_local(async move {
            checker.try_set(match load_checker().await {
                Ok(()) => Checker::Ready,
                Err(e) => Checker::Failed(e),
            });
        });
    };
    start_loading();

    // Checks the file shortly after typing stops (each check takes a few milliseconds; this
    // keeps typing smooth on a slow laptop).
    let generation = StoredValue::new(0u32);
    Effect::new(move |_| {
        let (n, t) = (name.get(), text.get());
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
                    checked.try_set(if t.trim().is_empty() { None } else { check(&n, &t) });
                    checking.try_set(false);
                }
            },
            Duration::from_millis(150),
        );
    });

    // Puts a file into the editor.
    let open_text = move |file: String, body: String| {
        let edited = as_edited(&body);
        opened.set_value((edited != body).then_some(body));
        if let Some(area) = text_area() {
            area.set_value(&edited);
        }
        name.set(file);
        text.set(edited);
        trying.set(None);
        message.set(None);
    };
    // The text to keep and export: the file as opened if it has not been changed since.
    let kept_text = move || {
        let now = text.get_untracked();
        opened.with_value(|o| o.as_ref().filter(|o| as_edited(o) == now).cloned()).unwrap_or(now)
    };

    let chosen = move |ev: leptos::ev::Event| {
        let Some(file) = dom::take_chosen_file(&ev) else { return };
        if file.size() > MAX_FILE_BYTES as f64 {
            message.set(Some((
                true,
                format!(
                    "That file is larger than a scenario can be here ({} KB at most). The editor has not changed.",
                    MAX_FILE_BYTES / 1000
                ),
            )));
            return;
        }
        let file_name = file.name();
        leptos::task::spawn_local(async move {
            let Ok(bytes) = dom::file_bytes(&file).await else {
                message.set(Some((true, "The file could not be read. The editor has not changed.".into())));
                return;
            };
            match String::from_utf8(bytes) {
                Ok(body) => {
                    open_text(file_name.clone(), body);
                    message.set(Some((false, format!("Opened {file_name}."))));
                }
                Err(_) => message.set(Some((
                    true,
                    "That file is not plain text (UTF-8), so it cannot be a scenario file. The editor has not changed."
                        .into(),
                ))),
            }
        });
    };

    let save = move |_| {
        let Some(scenario) =
            checked.with_untracked(|c| c.as_ref().filter(|c| c.errors.is_empty()).and_then(|c| c.scenario.clone()))
        else {
            message.set(Some((true, "Fix the problems listed first: only a scenario with none can be kept.".into())));
            return;
        };
        let file = name.get_untracked();
        let title = scenario.title.clone();
        let authored = match Authored::new(file.clone(), kept_text(), js_sys::Date::now() as u64, &scenario) {
            Ok(a) => a,
            Err(why) => {
                message.set(Some((true, format!("This scenario cannot be kept here: {why}."))));
                return;
            }
        };
        let replacing = state.saved.with_untracked(|s| s.authored.iter().any(|a| a.file == file));
        if !replacing && state.saved.with_untracked(|s| s.authored.len()) >= MAX_AUTHORED {
            message.set(Some((true, format!("This device already keeps {MAX_AUTHORED} scenarios written here, the most it keeps. Export one and delete it first."))));
            return;
        }
        if !state.save_authored(authored) {
            // The state has said why (full storage, for example); nothing was lost from the editor.
            message.set(Some((true, "It could not be kept on this device; the message above says why. Your text is still in the editor: export it to keep it.".into())));
            return;
        }
        message.set(Some((false, format!("\u{201c}{title}\u{201d} is kept on this device, in the scenario list and workshop mode, marked as written here and not reviewed."))));
    };

    let export = move |_| {
        let file = name.get_untracked();
        let file = if file.ends_with(".md") { file } else { format!("{file}.md") };
        message.set(Some(match dom::save_file(&kept_text(), &file) {
            Ok(()) => (false, format!("Exported as {file}.")),
            Err(()) => (true, "The browser did not let the app save the file.".into()),
        }));
    };

    let counts = move || {
        checked.with(|c| match c {
            None => String::new(),
            Some(c) if c.errors.is_empty() && c.warnings.is_empty() => {
                "No problems found. It can be tried, kept and exported.".into()
            }
            Some(c) => format!(
                "{} problem{} and {} warning{}.{}",
                c.errors.len(),
                if c.errors.len() == 1 { "" } else { "s" },
                c.warnings.len(),
                if c.warnings.len() == 1 { "" } else { "s" },
                if c.errors.is_empty() {
                    " Warnings do not stop it being kept."
                } else {
                    " Choose one to go to its line."
                }
            ),
        })
    };

    view! {
        <h1 tabindex="-1">"Write a scenario"</h1>
        <p class="lead">"Write a case scenario for your own training, check it as the app checks its own, try it from any scene, and keep it on this device."</p>
        <p>"Scenarios written here stay on this device. They appear in the scenario list and in workshop mode marked \u{201c}written locally, not reviewed\u{201d}. Export the file to share it, or to offer it for review so it can join the app."</p>

        <YourScenarios confirm_delete=confirm_delete on_edit=move |a: Authored| {
            open_text(a.file.clone(), a.text.clone());
            message.set(Some((false, format!("Opened {} from this device.", a.file))));
            dom::focus_after_render("#author-text");
        }/>

        <h2>"The scenario file"</h2>
        {move || match checker.get() {
            Checker::Loading => view! { <p class="loading" role="status">"Loading the checker…"</p> }.into_any(),
            Checker::Failed(why) => view! {
                <div class="message message-problem" role="alert">
                    <p>{format!("The checker could not be loaded ({why}). Check your connection and try again; once loaded, it works offline.")}</p>
                    <p><button type="button" class="button" on:click=move |_| start_loading()>"Try again"</button></p>
                </div>
            }.into_any(),
            Checker::Ready => ().into_any(),
        }}
        <div class="button-group">
            <button type="button" class="button button-secondary" disabled=move || checker.get() != Checker::Ready
                on:click=move |_| { open_text(NEW_FILE.into(), template()); dom::focus_after_render("#author-text"); }>
                "Start from the template"
            </button>
        </div>
        <div class="form-group">
            <label class="label" for="author-open">"Or open a scenario file (.md)"</label>
            <input id="author-open" class="file-input" type="file" accept=".md,text/markdown,text/plain" on:change=chosen/>
        </div>
        <div class="form-group">
            <label class="label" for="author-file">"File name"</label>
            <p class="hint" id="author-file-hint">"The scenario's id with .md, in lowercase letters, digits and hyphens, such as my-case.md."</p>
            <input id="author-file" class="input" type="text" autocomplete="off" spellcheck="false" aria-describedby="author-file-hint"
                prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
        </div>
        <div class="form-group">
            <label class="label" for="author-text">"Scenario text"</label>
            <p class="hint" id="author-text-hint">"Front matter between +++ lines, then scenes. Problems are listed below the box as you type."</p>
            <textarea id="author-text" class="textarea author-text" rows="22" spellcheck="true" aria-describedby="author-text-hint author-position"
                on:input=move |ev| { text.set(event_target_value(&ev)); position.set(cursor().unwrap_or((1, 1))); }
                on:keyup=move |_| position.set(cursor().unwrap_or((1, 1)))
                on:click=move |_| position.set(cursor().unwrap_or((1, 1)))></textarea>
            <p class="meta" id="author-position">{move || { let (l, c) = position.get(); format!("Cursor at line {l}, column {c}.") }}</p>
        </div>

        <section class="author-check" aria-labelledby="check-heading">
            <h2 id="check-heading">"Check"</h2>
            <p id="check-summary" role="status">{move || if checking.get() && checked.with(Option::is_none) { "Checking…".to_string() } else { counts() }}</p>
            {move || checked.with(|c| c.as_ref().map(|c| view! {
                <ProblemList id="errors" title="Problems" problems=c.errors.clone() position=position/>
                <ProblemList id="warnings" title="Warnings" problems=c.warnings.clone() position=position/>
            }))}
        </section>

        <div class="button-group">
            <button type="button" class="button" on:click=save>"Keep on this device"</button>
            <button type="button" class="button button-secondary" on:click=export>"Export the file"</button>
        </div>
        <div role="status">
            {move || message.get().map(|(problem, m)| view! { <p class=if problem { "error-message" } else { "" }>{m}</p> })}
        </div>

        {move || checked.with(|c| c.as_ref().and_then(|c| c.scenario.clone())).map(|s| view! { <TryIt scenario=s trying=trying/> })}
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
        <h2 id="yours-heading" tabindex="-1">"Your scenarios on this device"</h2>
        <p role="status">{move || deleted.get().map(|t| format!("\u{201c}{t}\u{201d} was deleted from this device."))}</p>
        {move || {
            let authored = state.saved.with(|s| s.authored.clone());
            if authored.is_empty() {
                return view! { <p>"None yet."</p> }.into_any();
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
                                <p><strong>{title.clone()}</strong>" ("{file.clone()}"), kept "{dom::local_time(a.saved_at)}</p>
                                <div class="button-group">
                                    <button type="button" class="button button-secondary" on:click=move |_| on_edit(a.clone())>"Edit"<span class="visually-hidden">{hidden.clone()}</span></button>
                                    <a class="button button-secondary" href=Route::Scenario(id).href()>"Play"<span class="visually-hidden">{hidden.clone()}</span></a>
                                    <button type="button" class="button button-secondary" on:click=export>"Export"<span class="visually-hidden">{hidden.clone()}</span></button>
                                    <button type="button" class="button button-warning" on:click=ask>"Delete"<span class="visually-hidden">{hidden.clone()}</span></button>
                                </div>
                                <Show when=asking.clone()>
                                    <div class="message message-problem" role="alert">
                                        <p>{format!("Delete \u{201c}{title}\u{201d} from this device? Export it first to keep a copy.")}</p>
                                        <div class="button-group">
                                            <button type="button" class="button button-warning" on:click=remove.clone()>"Yes, delete it"</button>
                                            <button type="button" class="button button-secondary" on:click=move |_| confirm_delete.set(None)>"No, keep it"</button>
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
    title: &'static str,
    problems: Vec<Problem>,
    position: RwSignal<(usize, usize)>,
) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        let heading = format!("{id}-heading");
        view! {
            <h3 id=heading.clone()>{title}</h3>
            <ol class=format!("problem-list problem-{id}") aria-labelledby=heading>
                {problems.into_iter().map(|p| {
                    let (line, column) = (p.line, p.column);
                    view! {
                        <li>
                            <button type="button" class="link-button" data-line=line on:click=move |_| { go_to(line, column); position.set(cursor().unwrap_or((line, 1))); }>{place(&p)}</button>
                            ": "{p.message.clone()}
                        </li>
                    }
                }).collect_view()}
            </ol>
        }
    })
}

/// A try-out in progress: from which scene, with which variables, and the choices since.
#[derive(Debug, Clone, PartialEq)]
struct Trial {
    scene: String,
    vars: Vars,
    choices: Vec<String>,
}

/// Plays the scenario as it is now from any scene, with the variables chosen, showing the
/// variables as they change.
#[component]
fn TryIt(scenario: Scenario, trying: RwSignal<Option<Trial>>) -> impl IntoView {
    let scenario = StoredValue::new(scenario);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let scene = dom::element("#try-scene")
            .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .map(|s| s.value())
            .unwrap_or_default();
        let vars: Vars = scenario.with_value(|s| {
            s.vars
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
                .collect()
        });
        trying.set(Some(Trial { scene, vars, choices: Vec::new() }));
        dom::focus_after_render("#try-scene-heading");
    };
    view! {
        <section class="try-it" aria-labelledby="try-heading">
            <h2 id="try-heading">"Try it"</h2>
            <form on:submit=start novalidate>
                <div class="form-group">
                    <label class="label" for="try-scene">"Start at"</label>
                    <select id="try-scene" class="select">
                        {scenario.with_value(|s| s.scenes.iter().map(|scene| {
                            let selected = scene.id == s.start;
                            view! { <option value=scene.id.clone() selected=selected>{format!("{} ({})", scene.heading, scene.id)}</option> }
                        }).collect_view())}
                    </select>
                </div>
                {scenario.with_value(|s| (!s.vars.is_empty()).then(|| view! {
                    <fieldset class="fieldset">
                        <legend class="fieldset-legend">"Variables at that scene"</legend>
                        {s.vars.iter().map(|(name, value)| {
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
                }))}
                <button type="submit" class="button">"Play from here"</button>
            </form>
            {move || trying.get().map(|trial| scenario.with_value(|s| trial_view(s, trial, trying)))}
        </section>
    }
}

/// The scene a try-out has reached, with the last choice's feedback.
fn trial_view(scenario: &Scenario, trial: Trial, trying: RwSignal<Option<Trial>>) -> AnyView {
    let Some(mut play) = Play::at(scenario, &trial.scene, &trial.vars) else {
        return view! { <p class="error-message">"That scene is no longer in the file."</p> }.into_any();
    };
    let mut last = None;
    for choice in &trial.choices {
        if play.choose(choice).is_err() {
            break;
        }
        last = play.last().map(|d| (d.choice.rating, d.choice.text.clone(), d.choice.feedback.clone()));
    }
    let scene = play.scene();
    let vars = play.vars().iter().map(|(k, v)| format!("{k} = {v}")).collect::<Vec<_>>().join(", ");
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
            <p class="meta">{if vars.is_empty() { "No variables.".to_string() } else { format!("Variables now: {vars}.") }}</p>
            <div class="prose">{play.blocks().map(|b| view! { <div inner_html=b.html.clone()></div> }).collect_view()}</div>
            {(!scene.notes.is_empty()).then(|| view! { <p class="meta">"Presenter notes: "{scene.notes.join(" ")}</p> })}
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
            <p><button type="button" class="button button-secondary" on:click=move |_| trying.set(None)>"Stop trying"</button></p>
        </div>
    }
    .into_any()
}
