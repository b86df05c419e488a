//! Importing a file: choose or drop it, see what it holds against what is stored, then
//! replace, add as a copy, restore a backup, or cancel.

use super::history::local_time;
use super::lembar::SlipPreview;
use crate::domain::banding::bandingkan;
use crate::domain::file::ditulis_pada;
use crate::domain::Skp;
use crate::i18n::library;
use crate::route::Route;
use crate::store::Outline;
use crate::ui::clock;
use crate::ui::import::{read_file, DropZone, Pending, Refused};
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

/// `then`: the page to show once an SKP was taken in (none: stay on this page).
#[component]
pub fn ImportFile(#[prop(optional)] then: Option<Route>) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || library::text(lang.get());
    let pending = RwSignal::new(None::<Pending>);
    let refused = RwSignal::new(None::<Refused>);
    let on_files = move |files: Vec<web_sys::File>| {
        if let Some(file) = files.into_iter().next() {
            read_file(file, pending, refused);
        }
    };
    view! {
        <section aria-labelledby="impor">
            <h2 id="impor">{move || t().import_title}</h2>
            <p>{move || t().import_help}</p>
            <DropZone
                choose=Signal::derive(move || t().import_choose)
                drop=Signal::derive(move || t().import_drop)
                on_files=on_files
            />
            {move || refused.get().map(|r| view! {
                <div class="error-box" role="alert">
                    <p><strong>{(t().import_failed)(&r.file)}</strong></p>
                    <p>{r.error.message(lang.get())}</p>
                </div>
            })}
            {move || pending.get().map(|p| view! { <ImportPreview pending=p on_done=move || pending.set(None) on_taken=move || go_to(then) ws=ws /> })}
        </section>
    }
}

#[component]
fn ImportPreview(
    pending: Pending,
    on_done: impl Fn() + Copy + Send + Sync + 'static,
    on_taken: impl Fn() + Copy + Send + Sync + 'static,
    ws: Workspace,
) -> impl IntoView {
    let lang = Language::current();
    let t = move || library::text(lang.get());
    match pending {
        Pending::Lembar { file, lembar } => {
            view! { <SlipPreview file=file lembar=*lembar on_done=on_done on_taken=on_taken /> }
                .into_any()
        }
        Pending::Backup { file, skps } => {
            let count = skps.len();
            let (replaces, adds): (Vec<&Skp>, Vec<&Skp>) =
                skps.iter().partition(|skp| ws.has_skp(&skp.id));
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
                    if ws.has_skp(&skp.id) {
                        ws.replace(skp, (t().replaced_label)(&nama));
                    } else {
                        ws.add(skp);
                    }
                }
                on_done();
                on_taken();
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
        Pending::Skp {
            file,
            skp,
            written_at,
        } => {
            let skp = *skp;
            let stored = ws.skp_untracked(&skp.id);
            let stored_at = ws
                .with_library(|l| l.stored_text(&skp.id).and_then(ditulis_pada))
                .flatten();
            let differences = stored.as_ref().map(|old| bandingkan(old, &skp));
            let incoming = Outline::of(&skp);
            let before = stored.as_ref().map(Outline::of);
            let exists = stored.is_some();
            // The SKP keeps its id, so the same SKP carried between devices stays one SKP;
            // "as a copy" is the one explicit exception.
            let take_new = {
                let skp = skp.clone();
                move |_| {
                    ws.add(skp.clone());
                    on_done();
                    on_taken();
                }
            };
            let as_copy = {
                let skp = skp.clone();
                move |_| {
                    let mut copy = skp.clone();
                    copy.id = clock::fresh_id("skp");
                    ws.add(copy);
                    on_done();
                    on_taken();
                }
            };
            let replace = move |_| {
                let nama = skp.pegawai.nama.clone();
                ws.replace(skp.clone(), (t().replaced_label)(&nama));
                on_done();
                on_taken();
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
                            {row(t().preview_row_written, stored_at.as_deref().map(local_time), written_at.as_deref().map(local_time).unwrap_or_default())}
                        </tbody>
                    </table>
                    {differences.map(|found| if found.is_empty() {
                        view! { <p>{move || t().preview_no_differences}</p> }.into_any()
                    } else {
                        view! {
                            <p>{move || t().preview_differences}</p>
                            <ul class="plain-list differences">
                                {found.into_iter().map(|d| view! { <li>{move || (t().difference)(d.bagian, d.arah, &d.nama)}</li> }).collect_view()}
                            </ul>
                        }.into_any()
                    })}
                    <div class="actions">
                        {exists.then(|| view! { <button type="button" class="primary" on:click=replace.clone()>{move || t().replace}</button> })}
                        {if exists {
                            view! { <button type="button" on:click=as_copy>{move || t().as_copy}</button> }.into_any()
                        } else {
                            view! { <button type="button" class="primary" on:click=take_new>{move || t().import_title}</button> }.into_any()
                        }}
                        <button type="button" on:click=move |_| on_done()>{move || t().cancel}</button>
                    </div>
                </div>
            }
            .into_any()
        }
    }
}

fn go_to(route: Option<Route>) {
    if let Some(route) = route {
        let _ = window().location().set_hash(&route.href());
    }
}
