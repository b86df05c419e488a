//! A stage of the SKP cycle whose page is still being built: it says what it will hold.

use crate::route::Route;
use crate::ui::language::use_text;
use leptos::prelude::*;

#[component]
pub fn StagePage(stage: Route) -> impl IntoView {
    let t = use_text();
    let stage_text = move || t().stage(stage);
    view! {
        <article class="stage">
            <h1>{move || stage_text().map(|s| s.title)}</h1>
            <p class="lead">{move || stage_text().map(|s| s.summary)}</p>
            <p class="notice">{move || t().stage_building}</p>
            <h2>{move || t().stage_holds_title}</h2>
            <ul>
                {move || {
                    stage_text()
                        .map(|s| s.holds.iter().map(|item| view! { <li>{*item}</li> }).collect_view())
                }}
            </ul>
        </article>
    }
}
