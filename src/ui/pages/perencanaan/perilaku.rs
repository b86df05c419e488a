//! Perilaku kerja: the seven BerAKHLAK values with their panduan perilaku, and the leader's
//! ekspektasi khusus for each.

use crate::domain::model::{EkspektasiPerilaku, NilaiBerakhlak};
use crate::domain::Lang;
use crate::i18n::plan;
use crate::ui::form::text_area;
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

#[component]
pub fn Perilaku() -> impl IntoView {
    let lang = Language::current();
    let t = move || plan::text(lang.get());
    view! {
        <section aria-labelledby="perilaku-title">
            <h2 id="perilaku-title">{move || t().perilaku_title}</h2>
            <p class="hint">{move || t().perilaku_help}</p>
            <ol class="perilaku-list">
                {NilaiBerakhlak::SEMUA.into_iter().map(|nilai| view! { <Nilai nilai=nilai /> }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn Nilai(nilai: NilaiBerakhlak) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || plan::text(lang.get());
    let set = move |v: String| {
        ws.edit(|s| {
            match s.perilaku_kerja.iter_mut().find(|e| e.nilai == nilai) {
                Some(e) => e.ekspektasi_khusus = v,
                None => s.perilaku_kerja.push(EkspektasiPerilaku {
                    nilai,
                    ekspektasi_khusus: v,
                }),
            }
            // An expectation cleared by the person leaves no empty entry in the file.
            s.perilaku_kerja.retain(|e| !e.ekspektasi_khusus.is_empty());
        })
    };
    view! {
        <li class="perilaku-card">
            <h3>{move || nilai.nama(lang.get())}</h3>
            <ul class="panduan">
                {move || nilai.panduan().into_iter().map(|p| {
                    view! { <li>{match lang.get() { Lang::Id => p.id, Lang::En => p.en }}</li> }
                }).collect_view()}
            </ul>
            {text_area(
                move || (t().ekspektasi_label)(nilai.nama(lang.get())),
                move || ws.with_open(|s| s.perilaku_kerja.iter().find(|e| e.nilai == nilai).map(|e| e.ekspektasi_khusus.clone())).flatten().unwrap_or_default(),
                set,
            )}
        </li>
    }
}
