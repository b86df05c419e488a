//! What the library keeps aside: deleted SKPs, restorable, and stored data it could not read,
//! downloadable as it is.

use super::history::local_time;
use crate::i18n::library;
use crate::store::{Library, Outline};
use crate::ui::download::download;
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

#[component]
pub fn Deleted() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || library::text(lang.get());
    let deleted = move || {
        ws.with_all(|_| ());
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
pub fn SetAside() -> impl IntoView {
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
