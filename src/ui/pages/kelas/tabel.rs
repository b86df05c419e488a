//! The class table: one row per participant, sortable by any column and filterable, with
//! names and NIPs replaced by P01, P02, … while anonymised.

use super::peserta::Terpilih;
use super::state::KelasState;
use crate::domain::angka::fmt_angka;
use crate::domain::kelas::{nama_tampil, nip_tampil, saring, urutkan, BarisKelas, Kolom};
use crate::domain::penilaian::fmt_persen;
use crate::domain::rules::jp::MIN_JP_PER_TAHUN;
use crate::domain::Lang;
use crate::i18n::{kelas, library, workshop};
use crate::ui::language::Language;
use leptos::prelude::*;

/// The columns with a header the person can sort by, in the table's order; the capaian
/// columns come between `JumlahIki` and `RatingHasilKerja`.
const AWAL: [Kolom; 8] = [
    Kolom::Urutan,
    Kolom::Nama,
    Kolom::Jabatan,
    Kolom::UnitKerja,
    Kolom::PejabatPenilai,
    Kolom::Galat,
    Kolom::JumlahRhk,
    Kolom::JumlahIki,
];
const AKHIR: [Kolom; 4] = [
    Kolom::RatingHasilKerja,
    Kolom::RatingPerilakuKerja,
    Kolom::Predikat,
    Kolom::Jp,
];

/// Rows drawn at first, and added by each "more".
const HALAMAN: usize = 100;

fn judul(kolom: Kolom, lang: Lang) -> String {
    let t = workshop::text(lang);
    match kolom {
        Kolom::Urutan => t.col_no.into(),
        Kolom::Nama => t.col_name.into(),
        Kolom::Jabatan => t.col_post.into(),
        Kolom::UnitKerja => t.col_unit.into(),
        Kolom::PejabatPenilai => t.col_appraiser.into(),
        Kolom::Galat => t.col_readiness.into(),
        Kolom::JumlahRhk => "RHK".into(),
        Kolom::JumlahIki => "IKI".into(),
        Kolom::Capaian(ke) => (t.col_capaian)(ke),
        Kolom::RatingHasilKerja => t.col_rating_hasil.into(),
        Kolom::RatingPerilakuKerja => t.col_rating_perilaku.into(),
        Kolom::Predikat => t.col_predikat.into(),
        Kolom::Jp => t.col_jp.into(),
        Kolom::Nip | Kolom::Peringatan | Kolom::Latihan => String::new(),
    }
}

#[component]
pub fn TabelKelas() -> impl IntoView {
    let state = KelasState::get();
    let lang = Language::current();
    let t = move || workshop::text(lang.get());
    let kolom = RwSignal::new(Kolom::Urutan);
    let naik = RwSignal::new(true);
    let teks = RwSignal::new(String::new());
    // A class of a whole organisation is drawn a page of rows at a time; sorting and the filter
    // work on every row.
    let halaman = RwSignal::new(HALAMAN);
    let periode = Memo::new(move |_| {
        state
            .baris
            .with(|b| b.iter().map(|r| r.capaian_periode.len()).max().unwrap_or(0) as u32)
    });
    // Anonymised, the filter is off: searching a name would tell who is who.
    let tampil = Memo::new(move |_| {
        let mut baris = state.baris.get();
        // Anonymised, sorting by name or NIP would tell who is who: the order stays P01, P02, ….
        let kolom = match kolom.get() {
            Kolom::Nama | Kolom::Nip if state.samaran.get() => Kolom::Urutan,
            k => k,
        };
        urutkan(&mut baris, kolom, naik.get());
        let teks = if state.samaran.get() {
            String::new()
        } else {
            teks.get()
        };
        let keep = saring(&baris, &teks);
        keep.into_iter()
            .map(|i| baris[i].clone())
            .collect::<Vec<_>>()
    });
    let lebih = move || tampil.with(Vec::len) > halaman.get();
    let header = move |k: Kolom| {
        let sorted = move || kolom.get() == k;
        let aria = move || {
            sorted().then(|| {
                if naik.get() {
                    "ascending"
                } else {
                    "descending"
                }
            })
        };
        view! {
            <th scope="col" aria-sort=aria>
                <button type="button" class="sort" on:click=move |_| {
                    if kolom.get_untracked() == k {
                        naik.update(|n| *n = !*n);
                    } else {
                        kolom.set(k);
                        naik.set(true);
                    }
                }>{move || judul(k, lang.get())}</button>
            </th>
        }
    };
    view! {
        <section aria-labelledby="kelas-tabel">
            <h2 id="kelas-tabel">{move || t().table_title}</h2>
            <Show when=move || !state.samaran.get()>
                <label class="field no-print">
                    <span class="field-label">{move || t().filter}</span>
                    <input type="search" prop:value=move || teks.get() on:input=move |ev| teks.set(event_target_value(&ev)) />
                </label>
            </Show>
            <div class="table-scroll">
                <table class="class-table">
                    <thead>
                        <tr>
                            {AWAL.into_iter().map(header).collect_view()}
                            {move || (1..=periode.get()).map(|ke| header(Kolom::Capaian(ke))).collect_view()}
                            {AKHIR.into_iter().map(header).collect_view()}
                            <th scope="col" class="no-print"><span class="visually-hidden">{move || t().col_open}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        <For
                            each=move || tampil.with(|v| v.iter().take(halaman.get()).cloned().collect::<Vec<_>>())
                            key=|b| (b.skp_id.clone(), format!("{b:?}"))
                            let:baris
                        >
                            <Baris baris=baris periode=periode />
                        </For>
                    </tbody>
                </table>
            </div>
            <p class="hint">{move || (t().table_shown)(tampil.with(Vec::len).min(halaman.get()), state.baris.with(Vec::len))}</p>
            <Show when=lebih>
                <button type="button" class="no-print" on:click=move |_| halaman.update(|h| *h += HALAMAN)>
                    {move || (t().table_more)(HALAMAN.min(tampil.with(Vec::len) - halaman.get()))}
                </button>
            </Show>
        </section>
    }
}

/// One participant's row. Its values are fixed (a changed row is a new row, by the table's
/// key): only what the language and the anonymised switch change is reactive.
#[component]
fn Baris(baris: BarisKelas, periode: Memo<u32>) -> impl IntoView {
    let state = KelasState::get();
    let lang = Language::current();
    let t = move || workshop::text(lang.get());
    let terpilih = Terpilih::get();
    let samaran = move || state.samaran.get();
    let b = StoredValue::new(baris);
    let pimpinan = move || {
        let nama = b.with_value(|b| b.pejabat_penilai.clone());
        if !samaran() {
            return nama;
        }
        state
            .nama_samaran
            .with(|s| s.pimpinan(&nama))
            .map(|n| kelas::pimpinan(n, lang.get()))
            .unwrap_or_default()
    };
    let nama = move || b.with_value(|b| nama_tampil(b, samaran()));
    let nip = move || b.with_value(|b| nip_tampil(b, samaran()).to_owned());
    let capaian = move || {
        let lang = lang.get();
        (0..periode.get() as usize)
            .map(|i| {
                let v = b.with_value(|b| b.capaian_periode.get(i).copied().flatten());
                view! { <td class="num">{fmt_persen(v, lang)}</td> }
            })
            .collect_view()
    };
    let dash = |s: Option<&'static str>| s.unwrap_or("\u{2013}");
    let (kode, jabatan, unit, rhk, iki, latihan, jp_short) = b.with_value(|b| {
        (
            crate::domain::kelas::samaran(b.urutan),
            b.jabatan.clone(),
            b.unit_kerja.clone(),
            b.jumlah_rhk,
            b.jumlah_iki,
            b.latihan,
            !b.jp_memenuhi,
        )
    });
    let label = move || {
        let lang = lang.get();
        b.with_value(|b| {
            (
                (workshop::text(lang).readiness)(b.galat, b.peringatan),
                dash(b.rating_hasil_kerja.map(|r| r.label(lang))),
                dash(b.rating_perilaku_kerja.map(|r| r.label(lang))),
                dash(b.predikat.map(|p| p.label(lang))),
                format!(
                    "{} / {}",
                    fmt_angka(b.jp, lang),
                    fmt_angka(MIN_JP_PER_TAHUN, lang)
                ),
            )
        })
    };
    let cell =
        move |pick: fn(&(String, &'static str, &'static str, &'static str, String)) -> String| {
            move || pick(&label())
        };
    view! {
        <tr>
            <td class="num">{kode}</td>
            <th scope="row">
                {nama}
                <span class="nip">{nip}</span>
                {latihan.then(|| view! { <span class="badge practice-badge">{move || library::text(lang.get()).practice_badge}</span> })}
            </th>
            <td>{jabatan}</td>
            <td>{unit}</td>
            <td>{pimpinan}</td>
            <td class="readiness">{cell(|l| l.0.clone())}</td>
            <td class="num">{rhk}</td>
            <td class="num">{iki}</td>
            {capaian}
            <td>{cell(|l| l.1.to_owned())}</td>
            <td>{cell(|l| l.2.to_owned())}</td>
            <td>{cell(|l| l.3.to_owned())}</td>
            <td class="num" class:short=jp_short>{cell(|l| l.4.clone())}</td>
            <td class="no-print">
                <button type="button" class="link-button" on:click=move |_| terpilih.set(Some(b.with_value(|b| b.skp_id.clone())))>
                    {move || t().open_skp}
                    <span class="visually-hidden">" " {nama}</span>
                </button>
            </td>
        </tr>
    }
}
