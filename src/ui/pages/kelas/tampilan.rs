//! One class on one screen: its files in, the table, the distribution against the
//! organisation's predikat, the gaps at three levels, and a participant's SKP to read.

use super::grafik::Distribusi;
use super::paket::predikat_select;
use super::peserta::{Peserta, Terpilih};
use super::state::{HasilBerkas, HasilImpor, KelasState, Penyimpanan};
use super::tabel::TabelKelas;
use super::tingkat::{TemuanKelas, TigaTingkat};
use crate::domain::kelas::{csv_kelas, Tambah};
use crate::domain::Lang;
use crate::i18n::workshop::BerkasBertemu;
use crate::i18n::{kelas, workshop};
use crate::route::Route;
use crate::store::kelas::GalatKelas;
use crate::ui::download::download;
use crate::ui::import::DropZone;
use crate::ui::language::Language;
use leptos::prelude::*;

fn hasil_text(h: &HasilImpor, lang: Lang) -> String {
    let t = workshop::text(lang);
    let nama = h.nama.as_deref().unwrap_or_default();
    match &h.hasil {
        HasilBerkas::Diambil(Tambah::Baru) => (t.import_new)(&h.berkas, nama),
        HasilBerkas::Diambil(Tambah::Menggantikan { berkas_lama }) => {
            (t.import_replaced)(&BerkasBertemu {
                berkas: &h.berkas,
                nama,
                lain: berkas_lama,
            })
        }
        HasilBerkas::Diambil(Tambah::LebihLamaDiabaikan { berkas_baru }) => {
            (t.import_older)(&BerkasBertemu {
                berkas: &h.berkas,
                nama,
                lain: berkas_baru,
            })
        }
        HasilBerkas::Diambil(Tambah::IdSamaOrangLain { berkas_lain }) => {
            (t.import_other_person)(&BerkasBertemu {
                berkas: &h.berkas,
                nama,
                lain: berkas_lain,
            })
        }
        HasilBerkas::Ditolak(error) => (t.import_refused)(&h.berkas, &error.message(lang)),
    }
}

fn galat_text(galat: &GalatKelas, lang: Lang) -> String {
    let t = workshop::text(lang);
    match galat {
        GalatKelas::TidakTersedia => t.memory_only.to_owned(),
        GalatKelas::Penuh => t.store_full.to_owned(),
        GalatKelas::Lain(detail) => (t.store_failed)(detail),
    }
}

#[component]
pub fn TampilanKelas() -> impl IntoView {
    let state = KelasState::get();
    let lang = Language::current();
    let t = move || workshop::text(lang.get());
    let terpilih = Terpilih::provide();
    let nama = move || {
        state
            .aktif
            .with(|k| k.as_ref().map(|k| k.nama.clone()).unwrap_or_default())
    };
    let unduh_csv = move |_| {
        let lang = lang.get_untracked();
        let text = state
            .baris
            .with_untracked(|b| csv_kelas(b, state.samaran.get_untracked(), kelas::kata(lang)));
        let nama: String = nama()
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect();
        download(
            &format!("Kelas-{nama}.csv"),
            "text/csv;charset=utf-8",
            &text,
        );
    };
    let jumlah = move || state.anggota.with(Vec::len);
    let ada_peserta = move || jumlah() > 0;
    view! {
        <div class="kelas-view">
            <p class="no-print"><a href=Route::Kelas.href()>{move || t().back_to_classes}</a></p>
            <h1>{nama}</h1>
            <p class="lead">{move || (t().class_count)(jumlah())}</p>
            {move || (state.penyimpanan.get() == Penyimpanan::MemoriSaja)
                .then(|| view! { <p class="error-box" role="alert">{move || t().memory_only}</p> })}
            {move || state.galat.get().map(|g| view! { <p class="error-box" role="alert">{galat_text(&g, lang.get())}</p> })}
            {move || (state.tak_terbaca.get() > 0)
                .then(|| view! { <p class="error-box" role="alert">{(t().unreadable_records)(state.tak_terbaca.get())}</p> })}
            <section class="no-print" aria-labelledby="kelas-impor">
                <h2 id="kelas-impor">{move || t().import_title}</h2>
                <p>{move || t().import_help}</p>
                <DropZone
                    choose=Signal::derive(move || t().import_choose)
                    drop=Signal::derive(move || t().import_drop)
                    multiple=true
                    on_files=move |files| state.impor(files)
                />
                <Show when=move || state.sedang_impor.get()>
                    <p role="status">{move || t().importing}</p>
                </Show>
                // File names name people: anonymised, only the counts show.
                <Show when=move || state.samaran.get() && !state.hasil.with(Vec::is_empty)>
                    <p class="import-results" aria-live="polite">{move || {
                        let (ditolak, semua) = state.hasil.with(|h| {
                            (h.iter().filter(|h| matches!(h.hasil, HasilBerkas::Ditolak(_))).count(), h.len())
                        });
                        (t().import_counts)(semua - ditolak, ditolak)
                    }}</p>
                </Show>
                <Show when=move || !state.samaran.get() && !state.hasil.with(Vec::is_empty)>
                    <ul class="import-results plain-list" aria-live="polite">
                        {move || state.hasil.get().into_iter().map(|h| {
                            let refused = matches!(h.hasil, HasilBerkas::Ditolak(_));
                            view! { <li class:refused=refused>{hasil_text(&h, lang.get())}</li> }
                        }).collect_view()}
                    </ul>
                </Show>
            </section>
            <div class="class-toolbar no-print">
                <button
                    type="button"
                    aria-pressed=move || state.samaran.get().to_string()
                    class:on=move || state.samaran.get()
                    on:click=move |_| state.set_samaran(!state.samaran.get_untracked())
                >
                    {move || t().anon}
                </button>
                <button type="button" on:click=unduh_csv>{move || t().download_csv}</button>
                <button type="button" on:click=move |_| { let _ = window().print(); }>{move || t().print}</button>
                {predikat_select(
                    move || t().org_predikat.into(),
                    move || state.aktif.with(|k| k.as_ref().and_then(|k| k.organisasi)),
                    move |v| state.set_organisasi(v),
                )}
            </div>
            <Show when=ada_peserta fallback=move || view! { <p class="empty">{move || t().class_empty}</p> }>
                <TabelKelas />
                <Distribusi />
                <TigaTingkat />
                <TemuanKelas />
            </Show>
            {move || terpilih.get_id().map(|id| view! { <Peserta skp_id=id /> })}
        </div>
    }
}
