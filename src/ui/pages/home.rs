//! The start page: what the app does, that the data stays here, and how to begin.

use super::{ImportFile, NewSkp};
use crate::route::Route;
use crate::ui::language::use_text;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    let t = use_text();
    let ws = Workspace::get();
    let has_open = move || ws.with_open(|_| ()).is_some();
    view! {
        <article class="home">
            <h1>{move || t().home_title}</h1>
            <p class="lead">{move || t().home_intro}</p>
            <section class="callout" aria-labelledby="privasi">
                <h2 id="privasi">{move || t().home_privacy_title}</h2>
                <p>{move || t().home_privacy}</p>
            </section>
            <section aria-labelledby="mulai">
                <h2 id="mulai">{move || t().home_begin_title}</h2>
                <ol class="steps">
                    {move || t().home_begin_steps.iter().map(|step| view! { <li>{*step}</li> }).collect_view()}
                </ol>
                // A first visit starts an SKP right here; later visits continue the open one.
                <Show
                    when=has_open
                    fallback=|| view! {
                        <div class="start-here">
                            <NewSkp />
                            <ImportFile then=Route::Perencanaan />
                        </div>
                    }
                >
                    <a class="button primary" href=Route::Perencanaan.href()>{move || t().home_begin_button}</a>
                </Show>
            </section>
            <section aria-labelledby="tahapan">
                <h2 id="tahapan">{move || t().home_stages_title}</h2>
                <ul class="stage-cards">
                    {move || {
                        Route::STAGES
                            .into_iter()
                            .filter_map(|stage| t().stage(stage).map(|text| (stage, text)))
                            .map(|(stage, text)| view! {
                                <li>
                                    <a href=stage.href()>{text.title}</a>
                                    <p>{text.summary}</p>
                                </li>
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        </article>
    }
}
