//! The page for an address the app does not know.

use crate::route::Route;
use crate::ui::language::use_text;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let t = use_text();
    view! {
        <article>
            <h1>{move || t().not_found_title}</h1>
            <p>{move || t().not_found_body}</p>
            <a class="button" href=Route::Beranda.href()>{move || t().nav_home}</a>
        </article>
    }
}
