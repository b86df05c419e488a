//! Print views on A4 (`#/cetak/...`): the SKP, the evaluation of a period or of the year, and
//! the development plan, with the header, identity blocks and signature blocks offices expect.
//! A toolbar (hidden on paper) holds the Cetak button and the place and date of signing.

mod evaluasi;
mod pengembangan;
mod skp;

use chrono::NaiveDate;

use crate::domain::csv::{tabel_realisasi, tabel_skp};
use crate::domain::model::{Identitas, JenisDokumen, Skp};
use crate::domain::operasi::{atur_penandatanganan, penandatanganan};
use crate::domain::Lang;
use crate::i18n::{library, print};
use crate::route::{Dokumen, Route};
use crate::store::file_name;
use crate::ui::clock;
use crate::ui::download::download;
use crate::ui::language::Language;
use crate::ui::location::Asal;
use crate::ui::open_skp::WithOpenSkp;
use crate::ui::workspace::Workspace;
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

/// Place and date of signing of this document, chosen in the toolbar and kept in the SKP
/// per document and period (the domain offers the default until one is chosen).
#[derive(Clone, Copy)]
pub struct Penandatanganan {
    ws: Workspace,
    dokumen: JenisDokumen,
    periode_ke: Option<u32>,
}

impl Penandatanganan {
    fn of(dokumen: Dokumen) -> Penandatanganan {
        let (dokumen, periode_ke) = match dokumen {
            Dokumen::Skp => (JenisDokumen::Skp, None),
            Dokumen::Evaluasi(ke) => (JenisDokumen::Evaluasi, ke),
            Dokumen::Pengembangan => (JenisDokumen::Pengembangan, None),
        };
        Penandatanganan {
            ws: Workspace::get(),
            dokumen,
            periode_ke,
        }
    }

    /// The place and date to print (watched).
    fn baca(self) -> (String, Option<NaiveDate>) {
        self.ws
            .with_open(|s| penandatanganan(s, self.dokumen, self.periode_ke, clock::today()))
            .unwrap_or_default()
    }

    fn tempat(self) -> String {
        self.baca().0
    }

    fn tanggal(self) -> Option<NaiveDate> {
        self.baca().1
    }

    /// Keeps a new place or date, the other as it is shown.
    fn tulis(self, tempat: Option<String>, tanggal: Option<Option<NaiveDate>>) {
        let (t0, d0) = self.baca();
        let (tempat, tanggal) = (tempat.unwrap_or(t0), tanggal.unwrap_or(d0));
        self.ws.edit(|s| {
            atur_penandatanganan(s, self.dokumen, self.periode_ke, tempat, tanggal);
        });
    }
}

#[component]
pub fn CetakPage(dokumen: Dokumen) -> impl IntoView {
    let lang = Language::current();
    let t = move || print::text(lang.get());
    let ttd = Penandatanganan::of(dokumen);
    // Back to where the person came from; opened directly, to the page that links to it.
    let asal = use_context::<Asal>();
    let back = move || {
        asal.and_then(|a| a.0.get())
            .unwrap_or(match dokumen {
                Dokumen::Pengembangan => Route::Pengembangan,
                _ => Route::Penilaian,
            })
            .href()
    };
    view! {
        <div class="print-toolbar no-print">
            <a class="button" href=back>{move || t().back}</a>
            <button type="button" class="primary" on:click=move |_| { let _ = window().print(); }>
                {move || t().print}
            </button>
            <label>
                {move || t().place} " "
                <input id="ttd-tempat" prop:value=move || ttd.tempat()
                    on:input=move |ev| ttd.tulis(Some(event_target_value(&ev)), None) />
            </label>
            <label>
                {move || t().date} " "
                <input id="ttd-tanggal" type="date"
                    prop:value=move || ttd.tanggal().map(|d| d.to_string()).unwrap_or_default()
                    on:input=move |ev| ttd.tulis(None, Some(event_target_value(&ev).parse().ok())) />
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
fn Kop(judul: String, periode: String, instansi: String, latihan: Option<String>) -> impl IntoView {
    let lang = Language::current();
    let t = move || print::text(lang.get());
    view! {
        <header class="doc-head">
            {latihan.map(|paket| view! {
                <p class="practice-mark">{move || (t().practice_mark)(&paket)}</p>
                // Repeated on every printed page (fixed elements print on each).
                <div class="practice-watermark" aria-hidden="true">{move || library::text(lang.get()).practice_badge}</div>
            })}
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
        let (tempat, tanggal) = ttd.baca();
        let tempat = if tempat.trim().is_empty() {
            t.blank.to_string()
        } else {
            tempat
        };
        let tanggal = tanggal.map(t.tanggal).unwrap_or_else(|| t.blank.into());
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
