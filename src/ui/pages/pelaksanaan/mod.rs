//! Pelaksanaan, pemantauan dan pembinaan: per evaluation period, the realisasi of every IKI
//! with its evidence and the capaian the domain computes, the leader's feedback and the
//! dialog kinerja notes; and a view of the whole year.

mod catatan;
mod realisasi;
mod tahun;

use crate::domain::id::IdGen;
use crate::domain::model::{EvaluasiPeriodik, Skp, Target};
use crate::domain::rules::periode::{periode_evaluasi, PeriodeEvaluasi};
use crate::domain::Lang;
use crate::i18n::monitor;
use crate::ui::clock;
use crate::ui::form::fmt_angka;
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
    ws.with_open(|s| periode_evaluasi(&s.periode, s.periode_evaluasi))
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
    }
}

/// The evaluation of period `ke`, made when first written to.
pub(crate) fn evaluasi_mut(skp: &mut Skp, ke: u32) -> &mut EvaluasiPeriodik {
    let i = match skp.evaluasi.iter().position(|e| e.periode_ke == ke) {
        Some(i) => i,
        None => {
            let id = IdGen::after("ev", skp.evaluasi.iter().map(|e| e.id.as_str())).next_id("ev");
            skp.evaluasi.push(EvaluasiPeriodik {
                id,
                periode_ke: ke,
                realisasi: Vec::new(),
                umpan_balik_rhk: Vec::new(),
                umpan_balik_perilaku: Vec::new(),
                dialog_kinerja: Vec::new(),
                rating_hasil_kerja: None,
                rating_perilaku_kerja: None,
            });
            skp.evaluasi.len() - 1
        }
    };
    &mut skp.evaluasi[i]
}

/// The evaluation of period `ke`, if any.
pub(crate) fn evaluasi(skp: &Skp, ke: u32) -> Option<&EvaluasiPeriodik> {
    skp.evaluasi.iter().find(|e| e.periode_ke == ke)
}

/// A target as written on the SKP form: "4 Dokumen", "60–80 %", or the description.
pub(crate) fn target_text(target: Option<&Target>, lang: Lang) -> String {
    match target {
        None => monitor::text(lang).no_target.into(),
        Some(Target::Nilai { nilai, satuan }) => format!("{} {satuan}", fmt_angka(*nilai, lang)),
        Some(Target::Rentang { min, maks, satuan }) => {
            format!(
                "{}–{} {satuan}",
                fmt_angka(*min, lang),
                fmt_angka(*maks, lang)
            )
        }
        Some(Target::Deskripsi { deskripsi }) => deskripsi.clone(),
    }
}
