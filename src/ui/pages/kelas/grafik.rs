//! The class's predikat distribution against the organisation's predikat (SE MenPANRB
//! 3/2023): the numbers, a bar chart drawn as inline SVG from them, and the check.

use super::state::KelasState;
use crate::domain::assumptions::{assumption, DISTRIBUSI_SEBAGIAN_BESAR};
use crate::domain::rules::predikat::Predikat;
use crate::i18n::assess::predikat_organisasi;
use crate::i18n::workshop;
use crate::ui::language::Language;
use leptos::prelude::*;

/// Width of the chart's drawing, in its own units; it scales to the page.
const LEBAR: f64 = 600.0;
const TINGGI_BATANG: f64 = 28.0;
const JARAK: f64 = 10.0;
const KIRI: f64 = 170.0;

#[component]
pub fn Distribusi() -> impl IntoView {
    let state = KelasState::get();
    let lang = Language::current();
    let t = move || workshop::text(lang.get());
    let d = state.distribusi;
    let tinggi = (TINGGI_BATANG + JARAK) * Predikat::SEMUA.len() as f64;
    let batang = move || {
        let lang = lang.get();
        d.with(|d| {
            d.jumlah
                .iter()
                .enumerate()
                .map(|(i, (p, n))| {
                    let persen = d.persen(*p);
                    let y = i as f64 * (TINGGI_BATANG + JARAK);
                    let w = (LEBAR - KIRI - 90.0) * persen / 100.0;
                    let label = p.label(lang);
                    view! {
                        <g>
                            <text x=KIRI - 8.0 y=y + TINGGI_BATANG * 0.68 text-anchor="end">{label}</text>
                            <rect x=KIRI y=y width=w.max(1.0) height=TINGGI_BATANG class=format!("bar bar-{i}") />
                            <text x=KIRI + w + 6.0 y=y + TINGGI_BATANG * 0.68>{format!("{n} ({persen:.0}%)")}</text>
                        </g>
                    }
                })
                .collect_view()
        })
    };
    let ringkasan = move || {
        let lang = lang.get();
        let t = workshop::text(lang);
        d.with(|d| match (d.organisasi, d.cocok) {
            (None, _) => view! { <p class="hint">{t.dist_choose_org}</p> }.into_any(),
            (Some(org), Some(true)) => view! {
                <p class="dist-ok">{(t.dist_fits)(predikat_organisasi(org, lang))}</p>
            }
            .into_any(),
            (Some(org), _) => view! {
                <div class="dist-fail">
                    <p><strong>{(t.dist_fails)(predikat_organisasi(org, lang))}</strong></p>
                    <ul>{d.pelanggaran.iter().map(|p| view! { <li>{p.message(lang)}</li> }).collect_view()}</ul>
                </div>
            }
            .into_any(),
        })
    };
    // What the check counts, said plainly: own ratings are not yet the appraiser's predikat,
    // and a year beside a period is not one basis.
    let catatan = move || {
        let t = t();
        d.with(|d| {
            let mut lines = Vec::new();
            if d.mandiri > 0 {
                lines.push((t.dist_self_rated)(d.mandiri, d.dinilai()));
            }
            if d.dasar.len() > 1 {
                lines.push(t.dist_mixed_basis.to_owned());
            }
            lines
                .into_iter()
                .map(|l| view! { <p class="notice">{l}</p> })
                .collect_view()
        })
    };
    let pola = move || {
        d.with(|d| d.organisasi)
            .map(|org| view! { <p>{(t().dist_pattern)(org)}</p> })
    };
    view! {
        <section aria-labelledby="kelas-distribusi" class="distribution">
            <h2 id="kelas-distribusi">{move || t().dist_title}</h2>
            <div class="dist-grid">
                <svg
                    class="dist-chart"
                    viewBox=format!("0 0 {LEBAR} {tinggi}")
                    role="img"
                    aria-label=move || t().dist_chart_label
                >
                    {batang}
                </svg>
                <div>
                    <table class="dist-table">
                        <thead><tr><th scope="col">{move || t().col_predikat}</th><th scope="col">{move || t().dist_count}</th></tr></thead>
                        <tbody>
                            {move || d.with(|d| d.jumlah.iter().map(|(p, n)| view! {
                                <tr><th scope="row">{p.label(lang.get())}</th><td class="num">{*n}</td></tr>
                            }).collect_view())}
                            <tr><th scope="row">{move || t().dist_unrated}</th><td class="num">{move || d.with(|d| d.tanpa_predikat)}</td></tr>
                        </tbody>
                    </table>
                </div>
            </div>
            {pola}
            {ringkasan}
            {catatan}
            <p class="notice assumption">
                {move || assumption(DISTRIBUSI_SEBAGIAN_BESAR).map(|a| a.text(lang.get()))}
            </p>
        </section>
    }
}
