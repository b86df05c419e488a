//! Penilaian kinerja: capaian, the suggested and the chosen ratings, the predikat matrix with a
//! what-if mode, the former numeric method beside it, angka kredit for JF, and the gap analysis.

mod capaian;
mod gap;
mod legacy;
mod matriks;
mod organisasi;
mod rating;
mod tunjangan;

use crate::i18n::assess;
use crate::route::{Dokumen, Route};
use crate::ui::language::{use_text, Language};
use crate::ui::open_skp::WithOpenSkp;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

pub use gap::Kesenjangan;

#[component]
pub fn PenilaianPage() -> impl IntoView {
    let shell = use_text();
    let stage = move || shell().stage(Route::Penilaian);
    view! {
        <article class="stage assess">
            <h1>{move || stage().map(|s| s.title)}</h1>
            <p class="lead">{move || stage().map(|s| s.summary)}</p>
            <WithOpenSkp>
                <Penilaian />
            </WithOpenSkp>
        </article>
    }
}

#[component]
fn Penilaian() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || assess::text(lang.get());
    // None: the whole year.
    let periode = RwSignal::new(None::<u32>);
    let options = move || {
        ws.with_open(|skp| skp.daftar_periode_evaluasi())
            .unwrap_or_default()
    };
    view! {
        <div class="assess-view">
            <label>
                {move || t().view_label} " "
                <select
                    id="periode-penilaian"
                    prop:value=move || periode.get().map(|k| k.to_string()).unwrap_or_default()
                    on:change=move |ev| periode.set(event_target_value(&ev).parse::<u32>().ok())
                >
                    <option value="">{move || t().annual}</option>
                    {move || {
                        options()
                            .into_iter()
                            .map(|p| {
                                view! { <option value=p.ke.to_string()>{p.label(lang.get())}</option> }
                            })
                            .collect_view()
                    }}
                </select>
            </label>
        </div>
        <capaian::Capaian periode=periode />
        <rating::Ratings periode=periode />
        <matriks::Matriks periode=periode />
        <tunjangan::Tunjangan periode=periode />
        <legacy::Legacy periode=periode />
        <Kesenjangan />
        <DokumenDanEkspor periode=periode />
    }
}

/// Links to the print views and the CSV downloads; also on the Ringkasan page.
#[component]
pub fn DokumenDanEkspor(periode: RwSignal<Option<u32>>) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || assess::text(lang.get());
    let csv = move |skp_table: bool| {
        if let Some(skp) = ws.open_skp_untracked() {
            crate::ui::pages::cetak::unduh_csv(&skp, skp_table, lang.get_untracked());
        }
    };
    view! {
        <section class="documents">
            <h2>{move || t().documents_title}</h2>
            <ul class="doc-links">
                <li><a href=Route::Cetak(Dokumen::Skp).href()>{move || t().print_skp}</a></li>
                <li>
                    <a href=move || Route::Cetak(Dokumen::Evaluasi(periode.get())).href()>
                        {move || if periode.get().is_some() { t().print_eval } else { t().print_eval_annual }}
                    </a>
                </li>
                <li><a href=Route::Cetak(Dokumen::Pengembangan).href()>{move || t().print_dev}</a></li>
            </ul>
            <p class="hint">{move || t().csv_help}</p>
            <div class="actions">
                <button type="button" on:click=move |_| csv(true)>{move || t().csv_skp}</button>
                <button type="button" on:click=move |_| csv(false)>{move || t().csv_realisasi}</button>
            </div>
        </section>
    }
}
