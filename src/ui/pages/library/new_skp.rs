//! Starting an SKP: empty for a year, or from a bundled example; either opens it in
//! Perencanaan, the first stage.

use crate::domain::contoh::CONTOH;
use crate::domain::Skp;
use crate::i18n::library;
use crate::route::Route;
use crate::ui::clock;
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use chrono::Datelike;
use leptos::prelude::*;

#[component]
pub fn NewSkp() -> impl IntoView {
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
                                    let _ = window().location().set_hash(&Route::Perencanaan.href());
                                }>{contoh.jabatan}</button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
