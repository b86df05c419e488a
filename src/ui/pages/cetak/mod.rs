//! Print views on A4 (`#/cetak/...`): the SKP, the evaluation of a period or of the year, and
//! the development plan, with the header, identity blocks and signature blocks offices expect.
//! A toolbar (hidden on paper) holds the Cetak button and the place and date of signing.

mod evaluasi;
mod pengembangan;
mod skp;

use chrono::NaiveDate;

use crate::domain::csv::{tabel_realisasi, tabel_skp};
use crate::domain::model::{Identitas, Skp};
use crate::domain::Lang;
use crate::i18n::print;
use crate::route::{Dokumen, Route};
use crate::store::file_name;
use crate::ui::clock;
use crate::ui::download::download;
use crate::ui::language::Language;
use crate::ui::open_skp::WithOpenSkp;
use leptos::prelude::*;

/// Downloads the SKP table (`skp_table`) or the realisasi as CSV for a spreadsheet.
pub fn unduh_csv(skp: &Skp, skp_table: bool, lang: Lang) {
    let base = file_name(skp);
    let base = base.trim_end_matches(".json");
    let (name, text) = if skp_table {
        (
            format!("{base}-tabel-skp.csv"),
            tabel_skp(skp, crate::i18n::csv::kata(lang)),
        )
    } else {
        (
            format!("{base}-realisasi.csv"),
            tabel_realisasi(skp, crate::i18n::csv::kata(lang), lang),
        )
    };
    download(&name, "text/csv;charset=utf-8", &text);
}

/// Place and date of signing, chosen in the toolbar (not saved).
#[derive(Clone, Copy)]
pub struct Penandatanganan {
    pub tempat: RwSignal<String>,
    pub tanggal: RwSignal<Option<NaiveDate>>,
}

#[component]
pub fn CetakPage(dokumen: Dokumen) -> impl IntoView {
    let lang = Language::current();
    let t = move || print::text(lang.get());
    let ttd = Penandatanganan {
        tempat: RwSignal::new(String::new()),
        tanggal: RwSignal::new(Some(clock::today())),
    };
    let back = match dokumen {
        Dokumen::Pengembangan => Route::Pengembangan,
        _ => Route::Penilaian,
    };
    view! {
        <div class="print-toolbar no-print">
            <a class="button" href=back.href()>{move || t().back}</a>
            <button type="button" class="primary" on:click=move |_| { let _ = window().print(); }>
                {move || t().print}
            </button>
            <label>
                {move || t().place} " "
                <input id="ttd-tempat" prop:value=move || ttd.tempat.get()
                    on:input=move |ev| ttd.tempat.set(event_target_value(&ev)) />
            </label>
            <label>
                {move || t().date} " "
                <input id="ttd-tanggal" type="date"
                    prop:value=move || ttd.tanggal.get().map(|d| d.to_string()).unwrap_or_default()
                    on:input=move |ev| ttd.tanggal.set(event_target_value(&ev).parse().ok()) />
            </label>
            <p class="hint">{move || t().hint}</p>
        </div>
        <WithOpenSkp>
            {move || match dokumen {
                Dokumen::Skp => view! { <skp::SkpDoc ttd=ttd /> }.into_any(),
                Dokumen::Evaluasi(ke) => view! { <evaluasi::EvaluasiDoc periode=ke ttd=ttd /> }.into_any(),
                Dokumen::Pengembangan => view! { <pengembangan::PengembanganDoc ttd=ttd /> }.into_any(),
            }}
        </WithOpenSkp>
    }
}

/// The document title, agency and period.
#[component]
fn Kop(judul: String, periode: String, instansi: String) -> impl IntoView {
    let lang = Language::current();
    let t = move || print::text(lang.get());
    view! {
        <header class="doc-head">
            <h1>{judul}</h1>
            <p class="doc-agency">{instansi}</p>
            <p class="doc-period">{move || t().period} ": " {periode}</p>
        </header>
    }
}

/// The period of the SKP in words, e.g. "1 Januari 2025 s.d. 31 Desember 2025".
fn periode_skp(skp: &Skp, lang: Lang) -> String {
    (print::text(lang).rentang)(skp.periode.mulai, skp.periode.selesai)
}

/// The two identity blocks side by side: pegawai and pejabat penilai kinerja.
#[component]
fn Identitas2(pegawai: Identitas, pejabat: Identitas) -> impl IntoView {
    let lang = Language::current();
    let t = move || print::text(lang.get());
    let rows = move || {
        let t = t();
        [
            (t.nama, pegawai.nama.clone(), pejabat.nama.clone()),
            (t.nip, pegawai.nip.clone(), pejabat.nip.clone()),
            (
                t.pangkat,
                pegawai.pangkat_golongan.clone(),
                pejabat.pangkat_golongan.clone(),
            ),
            (t.jabatan, pegawai.jabatan.clone(), pejabat.jabatan.clone()),
            (
                t.unit,
                pegawai.unit_kerja.clone(),
                pejabat.unit_kerja.clone(),
            ),
        ]
        .into_iter()
        .enumerate()
        .map(|(i, (label, a, b))| {
            view! {
                <tr>
                    <td class="no">{i + 1}</td><td class="label">{label}</td><td>{a}</td>
                    <td class="no">{i + 1}</td><td class="label">{label}</td><td>{b}</td>
                </tr>
            }
        })
        .collect_view()
    };
    view! {
        <table class="doc-table identity">
            <thead>
                <tr>
                    <th class="no">{move || t().col_no}</th>
                    <th colspan="2">{move || t().pegawai}</th>
                    <th class="no">{move || t().col_no}</th>
                    <th colspan="2">{move || t().pejabat}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Place and date, then the pegawai (left) and the pejabat penilai kinerja (right).
#[component]
fn TandaTangan(ttd: Penandatanganan, pegawai: Identitas, pejabat: Identitas) -> impl IntoView {
    let lang = Language::current();
    let t = move || print::text(lang.get());
    let tempat_tanggal = move || {
        let t = t();
        let tempat = ttd.tempat.get();
        let tempat = if tempat.trim().is_empty() {
            t.blank.to_string()
        } else {
            tempat
        };
        let tanggal = ttd
            .tanggal
            .get()
            .map(t.tanggal)
            .unwrap_or_else(|| t.blank.into());
        format!("{tempat}, {tanggal}")
    };
    let blok = move |peran: &'static str, orang: Identitas| {
        view! {
            <div class="sign">
                <p>{peran}</p>
                <div class="sign-space"></div>
                <p class="sign-name">{orang.nama}</p>
                <p>{move || t().nip} " " {orang.nip}</p>
            </div>
        }
    };
    view! {
        <div class="signatures">
            <p class="sign-place">{tempat_tanggal}</p>
            <div class="sign-row">
                {move || blok(t().sign_pegawai, pegawai.clone())}
                {move || blok(t().sign_pejabat, pejabat.clone())}
            </div>
        </div>
    }
}
