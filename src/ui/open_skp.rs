//! Pages about one SKP show it only when one is open; otherwise they offer to start one right
//! there (empty, from an example, or from a file), so a first visit never ends in a dead end.

use super::language::Language;
use super::pages::{ImportFile, NewSkp};
use super::workspace::Workspace;
use crate::i18n::library;
use crate::route::Route;
use leptos::prelude::*;

/// Renders `children` when an SKP is open, and the ways to start one otherwise.
#[component]
pub fn WithOpenSkp(children: ChildrenFn) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || library::text(lang.get());
    view! {
        <Show
            when=move || ws.with_open(|_| ()).is_some()
            fallback=move || view! {
                <div class="callout start-here">
                    <p>{move || t().no_open_skp}</p>
                    <NewSkp />
                    <ImportFile then=Route::Perencanaan />
                    <p><a href=Route::DaftarSkp.href()>{move || t().go_to_library}</a></p>
                </div>
            }
        >
            {children()}
        </Show>
    }
}
