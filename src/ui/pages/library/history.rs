//! The earlier versions of one SKP, each restorable.

use crate::domain::{FileError, Skp};
use crate::i18n::library;
use crate::store::{Backend, Entry, History, Library, SnapshotReason};
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

/// One row of the list: when, why (in this version's words, if it knows the reason), and the
/// version itself, or why this version of the app cannot read it.
#[derive(Clone, PartialEq)]
struct Row {
    at: String,
    reason: Option<SnapshotReason>,
    skp: Result<Skp, FileError>,
}

fn rows(history: &History) -> Vec<Row> {
    type L = Library<Box<dyn Backend>>;
    history
        .entries_newest_first()
        .map(|entry| match entry {
            Entry::Snapshot(snapshot) => Row {
                at: snapshot.at.clone(),
                reason: Some(snapshot.reason),
                skp: L::read_snapshot(snapshot),
            },
            Entry::Newer { at, text, .. } => Row {
                at: at.unwrap_or_default().to_owned(),
                reason: None,
                skp: text.map_or(Err(FileError::Empty), L::read_text),
            },
        })
        .collect()
}

/// The earlier versions of one SKP, newest first, each restorable. Every entry is a row, also
/// one this version cannot read (kept by a newer version in another tab), with why.
#[component]
pub fn VersionHistory(id: String) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || library::text(lang.get());
    let entries = Memo::new(move |_| {
        ws.with_all(|_| ());
        ws.with_library(|l| l.history(&id).map(|h| rows(&h)))
            .and_then(Result::ok)
            .unwrap_or_default()
    });
    view! {
        <Show when=move || !entries.get().is_empty()>
            <details class="history">
                <summary>{move || (t().history_title)(entries.get().len())}</summary>
                <p class="help">{move || t().history_help}</p>
                <ol class="plain-list">
                    {move || entries.get().into_iter().map(|row| {
                        let at = local_time(&row.at);
                        let reason = row.reason.map(|r| (t().reason)(r)).unwrap_or(t().reason_newer);
                        match row.skp {
                            Ok(skp) => {
                                let label = at.clone();
                                view! {
                                    <li>
                                        {at} " \u{b7} " {reason} " \u{b7} " {(t().counts)(skp.rhk.len(), skp.rhk.iter().map(|r| r.iki.len()).sum())} " "
                                        <button type="button" on:click=move |_| ws.restore_version(skp.clone(), (t().restored_label)(&label))>
                                            {move || t().restore_version}
                                        </button>
                                    </li>
                                }.into_any()
                            }
                            Err(error) => view! {
                                <li>{at} " \u{b7} " {reason} " \u{b7} " {(t().history_unreadable)(&error.message(lang.get_untracked()))}</li>
                            }.into_any(),
                        }
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
