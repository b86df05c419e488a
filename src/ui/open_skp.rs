//! Pages about one SKP show it only when one is open; otherwise they point to the library.

use super::language::Language;
use super::workspace::Workspace;
use crate::i18n::library;
use crate::route::Route;
use leptos::prelude::*;

/// Renders `children` when an SKP is open, and a way to open one otherwise.
#[component]
pub fn WithOpenSkp(children: ChildrenFn) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || library::text(lang.get());
    view! {
        <Show
            when=move || ws.with_open(|_| ()).is_some()
            fallback=move || view! {
                <div class="callout">
                    <p>{move || t().no_open_skp}</p>
                    <a class="button primary" href=Route::DaftarSkp.href()>{move || t().go_to_library}</a>
                </div>
            }
        >
            {children()}
        </Show>
    }
}
