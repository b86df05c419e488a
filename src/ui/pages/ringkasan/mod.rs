//! Ringkasan: the dashboard of the open SKP (planning checks still open, periods filled,
//! evidence missing) with links to the stages, the dates that matter, then the documents to
//! print and export, and the tables for e-Kinerja.

mod ekinerja;
mod kalender;

use crate::domain::rules::periksa::{periksa_rencana, Tingkat};
use crate::i18n::monitor;
use crate::route::Route;
use crate::ui::language::Language;
use crate::ui::open_skp::WithOpenSkp;
use crate::ui::pages::penilaian::DokumenDanEkspor;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

#[component]
pub fn RingkasanPage() -> impl IntoView {
    let lang = Language::current();
    let t = move || monitor::text(lang.get());
    view! {
        <article class="ringkasan">
            <h1>{move || t().dash_title}</h1>
            <WithOpenSkp>
                <Dashboard />
                <kalender::Kalender />
                <DokumenDanEkspor periode=RwSignal::new(None) />
                <ekinerja::EKinerja />
            </WithOpenSkp>
        </article>
    }
}

/// What the dashboard counts, from the domain's checks and the records.
#[derive(Clone, PartialEq)]
struct Angka {
    nama: String,
    jabatan: String,
    rhk: usize,
    iki: usize,
    galat: usize,
    peringatan: usize,
    periode: usize,
    periode_terisi: usize,
    realisasi: usize,
    tanpa_bukti: usize,
}

#[component]
fn Dashboard() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || monitor::text(lang.get());
    let angka = Memo::new(move |_| {
        ws.with_open(|s| {
            let temuan = periksa_rencana(s);
            let tingkat = |level| temuan.iter().filter(|t| t.tingkat == level).count();
            let daftar = s.daftar_periode_evaluasi();
            // Only evaluations of periods the SKP still has (not those left over after
            // switching from months to quarters).
            let evaluasi = s
                .evaluasi
                .iter()
                .filter(|e| daftar.iter().any(|p| p.ke == e.periode_ke));
            let records = evaluasi.clone().flat_map(|e| e.realisasi.iter());
            Angka {
                nama: s.pegawai.nama.clone(),
                jabatan: s.pegawai.jabatan.clone(),
                rhk: s.rhk.len(),
                iki: s.rhk.iter().map(|r| r.iki.len()).sum(),
                galat: tingkat(Tingkat::Galat),
                peringatan: tingkat(Tingkat::Peringatan),
                periode: daftar.len(),
                periode_terisi: evaluasi.filter(|e| !e.realisasi.is_empty()).count(),
                realisasi: records.clone().count(),
                tanpa_bukti: records.filter(|r| r.bukti_dukung.is_empty()).count(),
            }
        })
    });
    let a = move || angka.get();
    view! {
        <p class="lead">{move || a().map(|a| format!("{} · {}", a.nama, a.jabatan))}</p>
        <div class="dashboard">
            <section aria-labelledby="dash-plan">
                <h2 id="dash-plan">{move || t().dash_plan}</h2>
                <p class="big-number">{move || a().map(|a| (t().dash_counts)(a.rhk, a.iki))}</p>
                <p>{move || a().map(|a| (t().dash_checks)(a.galat, a.peringatan))}</p>
                <a class="button" href=Route::Perencanaan.href()>{move || t().dash_to_plan}</a>
            </section>
            <section aria-labelledby="dash-monitor">
                <h2 id="dash-monitor">{move || t().dash_monitor}</h2>
                <p class="big-number">{move || a().map(|a| (t().dash_periods)(a.periode_terisi, a.periode))}</p>
                <p>{move || a().map(|a| (t().dash_evidence)(a.realisasi, a.tanpa_bukti))}</p>
                <a class="button" href=Route::Pelaksanaan.href()>{move || t().dash_to_monitor}</a>
            </section>
        </div>
    }
}
