//! Kesenjangan kinerja at the three levels the source article asks for (individu, tim,
//! organisasi), and the plan-check findings most common across the class, for teaching.

use super::peserta::Terpilih;
use super::state::KelasState;
use crate::domain::angka::fmt_angka;
use crate::domain::penilaian::fmt_persen;
use crate::domain::rules::gap::RekapKesenjangan;
use crate::domain::Lang;
use crate::i18n::workshop::BarisGap;
use crate::i18n::{kelas, workshop};
use crate::ui::language::Language;
use leptos::prelude::*;

/// One group's row: its name, then what [`RekapKesenjangan`] counts.
fn baris_rekap(nama: String, r: &RekapKesenjangan, lang: Lang) -> impl IntoView {
    let t = workshop::text(lang);
    let terbanyak = r
        .per_rhk_pimpinan
        .first()
        .map(|(rhk, n)| match rhk.trim() {
            "" => (t.gap_top_rhk)(t.gap_no_rhk, *n),
            rhk => (t.gap_top_rhk)(rhk, *n),
        })
        .unwrap_or_else(|| "\u{2013}".into());
    view! {
        <tr>
            <th scope="row">{nama}</th>
            <td class="num">{r.jumlah_pegawai}</td>
            <td class="num">{r.pegawai_senjang}</td>
            <td class="num">{r.iki_diukur}</td>
            <td class="num">{r.iki_senjang}</td>
            <td class="num">{fmt_persen(r.rata_rata(), lang)}</td>
            <td>{terbanyak}</td>
        </tr>
    }
}

fn kepala_rekap(kelompok: &'static str, lang: Lang) -> impl IntoView {
    let t = workshop::text(lang);
    view! {
        <thead>
            <tr>
                <th scope="col">{kelompok}</th>
                <th scope="col">{t.gap_people}</th>
                <th scope="col">{t.gap_people_short}</th>
                <th scope="col">{t.gap_iki_measured}</th>
                <th scope="col">{t.gap_iki_short}</th>
                <th scope="col">{t.gap_mean}</th>
                <th scope="col">{t.gap_top}</th>
            </tr>
        </thead>
    }
}

#[component]
pub fn TigaTingkat() -> impl IntoView {
    let state = KelasState::get();
    let lang = Language::current();
    let t = move || workshop::text(lang.get());
    let terpilih = Terpilih::get();
    let nama_peserta = move |skp_id: &str, nama: &str| {
        if state.samaran.get() {
            state
                .nama_samaran
                .with(|s| s.peserta(skp_id))
                .unwrap_or_default()
        } else {
            nama.to_owned()
        }
    };
    let nama_pimpinan = move |nama: &str| {
        if nama.is_empty() {
            return t().gap_no_leader.to_owned();
        }
        if !state.samaran.get() {
            return nama.to_owned();
        }
        state
            .nama_samaran
            .with(|s| s.pimpinan(nama))
            .map(|n| kelas::pimpinan(n, lang.get()))
            .unwrap_or_default()
    };
    let individu = move || {
        let lang = lang.get();
        let t = workshop::text(lang);
        state.tingkat.with(|tk| {
            tk.individu
                .iter()
                .filter(|p| !p.gap.is_empty())
                .map(|p| {
                    let skp_id = p.skp_id.clone();
                    let iki = state.anggota.with(|a| {
                        let skp = a.iter().find(|a| a.skp.id == p.skp_id).map(|a| &a.skp);
                        p.gap
                            .iter()
                            .filter_map(|g| {
                                let teks = skp.and_then(|s| s.iki(&g.iki_id)).map(|i| i.indikator.clone())?;
                                let akhir = g.terakhir()?;
                                Some((t.gap_iki_line)(&BarisGap {
                                    indikator: &teks,
                                    capaian: &fmt_angka(akhir.capaian, lang),
                                    periode_ke: akhir.periode_ke,
                                }))
                            })
                            .collect::<Vec<_>>()
                    });
                    view! {
                        <li>
                            <strong>{nama_peserta(&p.skp_id, &p.nama)}</strong>
                            " \u{b7} " {(t.gap_count)(p.gap.len())} " "
                            <button type="button" class="link-button no-print" on:click=move |_| terpilih.set(Some(skp_id.clone()))>
                                {t.open_skp}
                            </button>
                            <ul>{iki.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let tanpa_gap = move || {
        state
            .tingkat
            .with(|tk| tk.individu.iter().filter(|p| p.gap.is_empty()).count())
    };
    view! {
        <section aria-labelledby="kelas-gap" class="three-levels">
            <h2 id="kelas-gap">{move || t().gap_title}</h2>
            <p class="hint">{move || t().gap_help}</p>
            <h3>{move || t().gap_individual}</h3>
            <ul class="gap-people">{individu}</ul>
            <p class="hint">{move || (t().gap_none_count)(tanpa_gap())}</p>
            <h3>{move || t().gap_team}</h3>
            <div class="table-scroll">
                <table class="gap-table">
                    {move || kepala_rekap(t().gap_by_unit, lang.get())}
                    <tbody>
                        {move || state.tingkat.with(|tk| tk.per_unit.iter().map(|(unit, r)| {
                            let nama = if unit.is_empty() { t().gap_no_unit.to_owned() } else { unit.clone() };
                            baris_rekap(nama, r, lang.get())
                        }).collect_view())}
                    </tbody>
                </table>
            </div>
            <div class="table-scroll">
                <table class="gap-table">
                    {move || kepala_rekap(t().gap_by_leader, lang.get())}
                    <tbody>
                        {move || state.tingkat.with(|tk| tk.per_pimpinan.iter().map(|(nama, r)| {
                            baris_rekap(nama_pimpinan(nama), r, lang.get())
                        }).collect_view())}
                    </tbody>
                </table>
            </div>
            <h3>{move || t().gap_org}</h3>
            <div class="table-scroll">
                <table class="gap-table">
                    {move || kepala_rekap(t().gap_whole, lang.get())}
                    <tbody>
                        {move || state.tingkat.with(|tk| baris_rekap(t().gap_whole_row.to_owned(), &tk.organisasi, lang.get()))}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// The plan-check findings most common across the class, one example each.
#[component]
pub fn TemuanKelas() -> impl IntoView {
    let state = KelasState::get();
    let lang = Language::current();
    let t = move || workshop::text(lang.get());
    let terpilih = Terpilih::get();
    let daftar = move || {
        let lang = lang.get();
        let t = workshop::text(lang);
        let samaran = state.samaran.get();
        state.temuan.with(|temuan| {
            temuan
                .iter()
                .map(|f| {
                    let contoh = if samaran {
                        state.nama_samaran.with(|s| s.peserta(&f.contoh_skp_id)).unwrap_or_default()
                    } else {
                        f.contoh_nama.clone()
                    };
                    let skp_id = f.contoh_skp_id.clone();
                    view! {
                        <li>
                            <strong>{(t.findings_count)(f.jumlah_peserta)}</strong> " "
                            {f.contoh.message(lang)}
                            <span class="hint"> " " {(t.findings_example)(&contoh)} " "</span>
                            <button type="button" class="link-button no-print" on:click=move |_| terpilih.set(Some(skp_id.clone()))>
                                {t.open_skp}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section aria-labelledby="kelas-temuan">
            <h2 id="kelas-temuan">{move || t().findings_title}</h2>
            <Show when=move || !state.temuan.with(Vec::is_empty) fallback=move || view! { <p>{move || t().findings_none}</p> }>
                <ol class="findings">{daftar}</ol>
            </Show>
        </section>
    }
}
