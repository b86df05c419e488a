//! Pelaksanaan, pemantauan dan pembinaan: per evaluation period, the realisasi of every IKI
//! with its evidence and the capaian the domain computes, the leader's feedback and the
//! dialog kinerja notes; and a view of the whole year.

mod bimbingan;
mod catatan;
mod realisasi;
mod tahun;

use crate::domain::rules::periode::PeriodeEvaluasi;
use crate::i18n::monitor;
use crate::ui::clock;
use crate::ui::language::Language;
use crate::ui::open_skp::WithOpenSkp;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

/// The evaluation period being filled (its `ke`).
#[derive(Clone, Copy)]
pub(crate) struct Dipilih(pub RwSignal<u32>);

#[component]
pub fn PelaksanaanPage() -> impl IntoView {
    let lang = Language::current();
    let t = move || monitor::text(lang.get());
    view! {
        <article class="monitor">
            <h1>{move || t().title}</h1>
            <p class="lead">{move || t().lead}</p>
            <WithOpenSkp>
                <Monitor />
            </WithOpenSkp>
        </article>
    }
}

/// The periods of the open SKP.
pub(crate) fn daftar_periode(ws: Workspace) -> Vec<PeriodeEvaluasi> {
    ws.with_open(|s| s.daftar_periode_evaluasi())
        .unwrap_or_default()
}

#[component]
fn Monitor() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || monitor::text(lang.get());
    let today = clock::today();
    let periods = Memo::new(move |_| daftar_periode(ws));
    // The period of today; for a past or future SKP, the latest period with records. Records
    // of periods the SKP no longer has (after switching months to quarters) are not counted.
    let daftar = periods.get_untracked();
    let awal = daftar
        .iter()
        .find(|p| p.mulai <= today && today <= p.selesai)
        .map(|p| p.ke)
        .or_else(|| {
            ws.with_open(|s| {
                s.evaluasi
                    .iter()
                    .map(|e| e.periode_ke)
                    .filter(|ke| daftar.iter().any(|p| p.ke == *ke))
                    .max()
            })
            .flatten()
        })
        .unwrap_or(1);
    let dipilih = Dipilih(RwSignal::new(awal));
    provide_context(dipilih);
    // Keep the chosen period one the select offers, so edits never go to a hidden period.
    Effect::new(move |_| {
        let daftar = periods.get();
        let ke = dipilih.0.get();
        if let Some(akhir) = daftar.last().map(|p| p.ke) {
            if !daftar.iter().any(|p| p.ke == ke) {
                dipilih.0.set(ke.clamp(1, akhir));
            }
        }
    });
    view! {
        <tahun::Tahun />
        <div class="period-bar">
            <label class="field period-choice">
                <span class="field-label">{move || t().period_choose}</span>
                <select on:change=move |ev| {
                    if let Ok(ke) = event_target_value(&ev).parse::<u32>() {
                        dipilih.0.set(ke);
                    }
                }>
                    {move || {
                        let lang = lang.get();
                        let current = dipilih.0.get();
                        periods.get().into_iter().map(|p| {
                            let text = format!("{} ({} – {})", p.label(lang), p.mulai.format("%d-%m-%Y"), p.selesai.format("%d-%m-%Y"));
                            view! { <option value=p.ke.to_string() selected=p.ke == current>{text}</option> }
                        }).collect_view()
                    }}
                </select>
            </label>
        </div>
        <realisasi::DaftarRealisasi />
        <catatan::UmpanBalik />
        <bimbingan::Bimbingan />
    }
}
