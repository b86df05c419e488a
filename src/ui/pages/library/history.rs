//! The earlier versions of one SKP, each restorable.

use crate::i18n::library;
use crate::store::Library;
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

/// The earlier versions of one SKP, newest first, each restorable.
#[component]
pub fn VersionHistory(id: String) -> impl IntoView {
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
pub fn local_time(rfc3339: &str) -> String {
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
