//! "SKP Saya": every SKP on this device; start, open, copy, export, delete; import with a
//! preview; the backup; deleted SKPs and data set aside, both restorable or downloadable.

use crate::domain::contoh::CONTOH;
use crate::domain::Skp;
use crate::i18n::library;
use crate::route::Route;
use crate::store::{Library, Outline};
use crate::ui::clock;
use crate::ui::download::download;
use crate::ui::export::{export_everything, export_one};
use crate::ui::import::{read_file, Pending, Refused};
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use chrono::Datelike;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn LibraryPage() -> impl IntoView {
    let lang = Language::current();
    let t = move || library::text(lang.get());
    view! {
        <article class="library">
            <h1>{move || t().title}</h1>
            <p class="lead">{move || t().lead}</p>
            <Persistence />
            <SkpList />
            <NewSkp />
            <ImportFile />
            <section aria-labelledby="cadangan">
                <h2 id="cadangan">{move || t().backup_title}</h2>
                <p>{move || t().backup_help}</p>
                <button type="button" on:click=move |_| export_everything(Workspace::get())>
                    {move || t().backup_button}
                </button>
            </section>
            <Deleted />
            <SetAside />
        </article>
    }
}

#[component]
fn Persistence() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || library::text(lang.get());
    move || {
        ws.persistent.get().map(|granted| {
            view! {
                <p class="persistence">{move || if granted { t().persist_yes } else { t().persist_no }}</p>
            }
        })
    }
}

#[component]
fn SkpList() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || library::text(lang.get());
    let ids = move || {
        ws.skps
            .with(|all| all.iter().map(|s| s.id.clone()).collect::<Vec<_>>())
    };
    view! {
        <Show when=move || !ids().is_empty() fallback=move || view! { <p class="empty">{move || t().empty}</p> }>
            <ul class="skp-list">
                <For each=ids key=|id| id.clone() let:id>
                    <SkpCard id=id />
                </For>
            </ul>
        </Show>
    }
}

#[component]
fn SkpCard(id: String) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || library::text(lang.get());
    let skp = {
        let id = id.clone();
        Memo::new(move |_| ws.skps.with(|all| all.iter().find(|s| s.id == id).cloned()))
    };
    let outline = move || skp.get().map(|s| Outline::of(&s));
    let is_open = {
        let id = id.clone();
        move || ws.open_id.get().as_deref() == Some(id.as_str())
    };
    let open = {
        let id = id.clone();
        move |_| {
            ws.open_id.set(Some(id.clone()));
            let _ = window().location().set_hash(&Route::Ringkasan.href());
        }
    };
    let copy = move |_| {
        if let Some(skp) = skp.get_untracked() {
            let tahun = skp.periode.mulai.year() + 1;
            ws.add(skp.salin_ke_tahun(clock::fresh_id("skp"), tahun));
        }
    };
    let delete = {
        let id = id.clone();
        move |_| {
            let nama = outline().map(|o| o.nama).unwrap_or_default();
            let label = (t().deleted_label)(&(t().skp_of)(&nama));
            ws.delete(&id, label);
        }
    };
    view! {
        <li class="skp-card" class:open=is_open.clone()>
            <h2>
                {move || outline().map(|o| if o.nama.trim().is_empty() { t().unnamed.to_owned() } else { o.nama })}
            </h2>
            <p class="meta">
                {move || outline().map(|o| (t().card_meta)(if o.nip.is_empty() { "\u{2013}" } else { &o.nip }, &o.periode, &(t().counts)(o.rhk, o.iki)))}
            </p>
            <div class="actions">
                {
                    let is_open = is_open.clone();
                    move || if is_open() {
                        view! { <span class="badge">{move || t().opened}</span> }.into_any()
                    } else {
                        view! { <button type="button" class="primary" on:click=open.clone()>{move || t().open}</button> }.into_any()
                    }
                }
                <button type="button" on:click=move |_| { if let Some(s) = skp.get_untracked() { export_one(ws, &s) } }>
                    {move || t().export}
                </button>
                <button type="button" on:click=copy>{move || t().copy_next_year}</button>
                <button type="button" class="danger" on:click=delete>{move || t().delete}</button>
            </div>
            <VersionHistory id=id />
        </li>
    }
}

/// The earlier versions of one SKP, newest first, each restorable.
#[component]
fn VersionHistory(id: String) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || library::text(lang.get());
    let snapshots = Memo::new(move |_| {
        ws.skps.track();
        ws.with_library(|l| {
            l.history(&id)
                .map(|h| h.newest_first().cloned().collect::<Vec<_>>())
        })
        .and_then(Result::ok)
        .unwrap_or_default()
    });
    view! {
        <Show when=move || !snapshots.get().is_empty()>
            <details class="history">
                <summary>{move || (t().history_title)(snapshots.get().len())}</summary>
                <p class="help">{move || t().history_help}</p>
                <ol class="plain-list">
                    {move || snapshots.get().into_iter().filter_map(|snapshot| {
                        let skp = Library::<Box<dyn crate::store::Backend>>::read_snapshot(&snapshot).ok()?;
                        let at = local_time(&snapshot.at);
                        let label = at.clone();
                        Some(view! {
                            <li>
                                {at} " \u{b7} " {(t().reason)(snapshot.reason)} " \u{b7} " {(t().counts)(skp.rhk.len(), skp.rhk.iter().map(|r| r.iki.len()).sum())} " "
                                <button type="button" on:click=move |_| ws.restore_version(skp.clone(), (t().restored_label)(&label))>
                                    {move || t().restore_version}
                                </button>
                            </li>
                        })
                    }).collect_view()}
                </ol>
            </details>
        </Show>
    }
}

/// An RFC 3339 time as the person reads it on this device: `27-11-2026 14:05`.
fn local_time(rfc3339: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(rfc3339));
    if date.get_time().is_nan() {
        return rfc3339.to_owned();
    }
    format!(
        "{:02}-{:02}-{} {:02}:{:02}",
        date.get_date(),
        date.get_month() + 1,
        date.get_full_year(),
        date.get_hours(),
        date.get_minutes()
    )
}

#[component]
fn NewSkp() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || library::text(lang.get());
    let tahun = RwSignal::new(clock::today().year());
    let start_empty = move |_| {
        ws.add(Skp::baru(clock::fresh_id("skp"), tahun.get_untracked()));
        let _ = window().location().set_hash(&Route::Perencanaan.href());
    };
    view! {
        <section aria-labelledby="baru">
            <h2 id="baru">{move || t().new_title}</h2>
            <div class="row">
                <label>
                    {move || t().new_year} " "
                    <input
                        type="number"
                        min="2019"
                        max="2100"
                        prop:value=move || tahun.get().to_string()
                        on:change=move |ev| {
                            if let Ok(year) = event_target_value(&ev).trim().parse::<i32>() {
                                if (2019..=2100).contains(&year) {
                                    tahun.set(year);
                                }
                            }
                        }
                    />
                </label>
                <button type="button" class="primary" on:click=start_empty>{move || t().new_empty}</button>
            </div>
            <p>{move || t().new_from_example} ":"</p>
            <ul class="examples">
                {CONTOH
                    .iter()
                    .map(|contoh| {
                        let make = contoh.buat;
                        view! {
                            <li>
                                <button type="button" on:click=move |_| {
                                    let mut skp = make();
                                    skp.id = clock::fresh_id("skp");
                                    ws.add(skp);
                                    let _ = window().location().set_hash(&Route::Ringkasan.href());
                                }>{contoh.jabatan}</button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn ImportFile() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || library::text(lang.get());
    let pending = RwSignal::new(None::<Pending>);
    let refused = RwSignal::new(None::<Refused>);
    let dragging = RwSignal::new(false);
    let on_choose = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            read_file(file, pending, refused);
        }
        // Choosing the same file again must read it again.
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            read_file(file, pending, refused);
        }
    };
    view! {
        <section aria-labelledby="impor">
            <h2 id="impor">{move || t().import_title}</h2>
            <p>{move || t().import_help}</p>
            <div
                class="drop-zone"
                class:dragging=move || dragging.get()
                on:dragover=move |ev| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <label class="button">
                    {move || t().import_choose}
                    <input type="file" accept=".json,application/json" class="visually-hidden" on:change=on_choose />
                </label>
                " " {move || t().import_drop}
            </div>
            {move || refused.get().map(|r| view! {
                <div class="error-box" role="alert">
                    <p><strong>{(t().import_failed)(&r.file)}</strong></p>
                    <p>{r.error.message(lang.get())}</p>
                </div>
            })}
            {move || pending.get().map(|p| view! { <ImportPreview pending=p on_done=move || pending.set(None) ws=ws /> })}
        </section>
    }
}

#[component]
fn ImportPreview(
    pending: Pending,
    on_done: impl Fn() + Copy + Send + Sync + 'static,
    ws: Workspace,
) -> impl IntoView {
    let lang = Language::current();
    let t = move || library::text(lang.get());
    match pending {
        Pending::Backup { file, skps } => {
            let count = skps.len();
            let (replaces, adds): (Vec<&Skp>, Vec<&Skp>) = skps.iter().partition(|skp| {
                ws.skps
                    .with_untracked(|all| all.iter().any(|s| s.id == skp.id))
            });
            let names = |list: Vec<&Skp>| {
                list.into_iter()
                    .map(|skp| {
                        let o = Outline::of(skp);
                        let nama = if o.nama.trim().is_empty() {
                            t().unnamed.to_owned()
                        } else {
                            o.nama
                        };
                        view! { <li>{format!("{nama} \u{b7} {}", o.periode)}</li> }
                    })
                    .collect_view()
            };
            let has_replaces = !replaces.is_empty();
            let has_adds = !adds.is_empty();
            let replaces = names(replaces);
            let adds = names(adds);
            let restore = move |_| {
                for skp in skps.clone() {
                    let nama = skp.pegawai.nama.clone();
                    if ws
                        .skps
                        .with_untracked(|all| all.iter().any(|s| s.id == skp.id))
                    {
                        ws.replace(skp, (t().replaced_label)(&nama));
                    } else {
                        ws.add(skp);
                    }
                }
                on_done();
            };
            view! {
                <div class="preview" role="region" aria-label=move || t().preview_title>
                    <h3>{move || t().preview_title} ": " {file.clone()}</h3>
                    <p>{move || (t().preview_backup)(count)}</p>
                    {has_replaces.then(|| view! { <p>{move || t().backup_replaces}</p> <ul class="plain-list">{replaces}</ul> })}
                    {has_adds.then(|| view! { <p>{move || t().backup_adds}</p> <ul class="plain-list">{adds}</ul> })}
                    <div class="actions">
                        <button type="button" class="primary" on:click=restore>{move || t().restore_backup}</button>
                        <button type="button" on:click=move |_| on_done()>{move || t().cancel}</button>
                    </div>
                </div>
            }
            .into_any()
        }
        Pending::Skp { file, skp } => {
            let skp = *skp;
            let stored = ws
                .skps
                .with_untracked(|all| all.iter().find(|s| s.id == skp.id).cloned());
            let incoming = Outline::of(&skp);
            let before = stored.as_ref().map(Outline::of);
            let exists = stored.is_some();
            let as_copy = {
                let skp = skp.clone();
                move |_| {
                    let mut copy = skp.clone();
                    copy.id = clock::fresh_id("skp");
                    ws.add(copy);
                    on_done();
                }
            };
            let replace = move |_| {
                let nama = skp.pegawai.nama.clone();
                ws.replace(skp.clone(), (t().replaced_label)(&nama));
                on_done();
            };
            let row = move |label: &'static str, old: Option<String>, new: String| {
                view! { <tr><th scope="row">{label}</th>{exists.then(|| view! { <td>{old.clone().unwrap_or_default()}</td> })}<td>{new}</td></tr> }
            };
            view! {
                <div class="preview" role="region" aria-label=move || t().preview_title>
                    <h3>{move || t().preview_title} ": " {file.clone()}</h3>
                    <p>{move || if exists { t().preview_same_exists } else { t().preview_new }}</p>
                    <table class="compare">
                        <thead><tr><th></th>{exists.then(|| view! { <th scope="col">{move || t().preview_stored}</th> })}<th scope="col">{move || t().preview_incoming}</th></tr></thead>
                        <tbody>
                            {row(t().preview_row_name, before.as_ref().map(|o| o.nama.clone()), incoming.nama.clone())}
                            {row(t().preview_row_period, before.as_ref().map(|o| o.periode.clone()), incoming.periode.clone())}
                            {row(t().preview_row_rhk, before.as_ref().map(|o| o.rhk.to_string()), incoming.rhk.to_string())}
                            {row(t().preview_row_iki, before.as_ref().map(|o| o.iki.to_string()), incoming.iki.to_string())}
                            {row(t().preview_row_realisasi, before.as_ref().map(|o| o.realisasi.to_string()), incoming.realisasi.to_string())}
                        </tbody>
                    </table>
                    <div class="actions">
                        {exists.then(|| view! { <button type="button" class="primary" on:click=replace.clone()>{move || t().replace}</button> })}
                        <button type="button" class:primary=!exists on:click=as_copy>{move || if exists { t().as_copy } else { t().import_title }}</button>
                        <button type="button" on:click=move |_| on_done()>{move || t().cancel}</button>
                    </div>
                </div>
            }
            .into_any()
        }
    }
}

#[component]
fn Deleted() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || library::text(lang.get());
    let deleted = move || {
        ws.skps.track();
        ws.with_library(|l| l.deleted().unwrap_or_default())
            .unwrap_or_default()
    };
    view! {
        <Show when=move || !deleted().is_empty()>
            <section aria-labelledby="terhapus">
                <h2 id="terhapus">{move || t().deleted_title}</h2>
                <ul class="plain-list">
                    {move || deleted().into_iter().filter_map(|(_, snapshot)| {
                        let skp = Library::<Box<dyn crate::store::Backend>>::read_snapshot(&snapshot).ok()?;
                        let outline = Outline::of(&skp);
                        Some(view! {
                            <li>
                                {if outline.nama.is_empty() { t().unnamed.to_owned() } else { outline.nama }} " \u{b7} " {outline.periode} " "
                                <button type="button" on:click=move |_| ws.add(skp.clone())>{move || t().restore}</button>
                            </li>
                        })
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

#[component]
fn SetAside() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || library::text(lang.get());
    let revision = RwSignal::new(0u32);
    let found = move || {
        revision.track();
        ws.with_library(|l| l.quarantined().unwrap_or_default())
            .unwrap_or_default()
    };
    view! {
        <Show when=move || !found().is_empty()>
            <section aria-labelledby="disisihkan">
                <h2 id="disisihkan">{move || t().quarantine_title}</h2>
                <p>{move || t().quarantine_help}</p>
                <ul class="plain-list">
                    {move || found().into_iter().map(|q| {
                        let why = q.error.as_ref().map(|e| e.message(lang.get())).unwrap_or_else(|| t().quarantine_wrong_place.to_owned());
                        let name = format!("{}.json", q.key.replace('/', "_"));
                        let text = q.text.clone();
                        let key = q.key.clone();
                        view! {
                            <li>
                                <p>{(t().quarantine_found)(&q.found_under, &local_time(&q.found_at))}</p>
                                <p class="error-text">{why}</p>
                                <button type="button" on:click=move |_| { download(&name, "application/json", &text); }>{move || t().download_as_is}</button>
                                " "
                                <button type="button" class="danger" on:click=move |_| {
                                    // The only copy of data the app cannot read: ask before it goes.
                                    if !window().confirm_with_message(t().discard_confirm).unwrap_or(false) {
                                        return;
                                    }
                                    ws.with_library(|l| { let _ = l.discard_quarantined(&key); });
                                    revision.update(|r| *r += 1);
                                }>{move || t().discard}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}
