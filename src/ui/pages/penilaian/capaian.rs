//! Capaian per IKI and per RHK, and the suggested rating hasil kerja with its reason.

use crate::domain::model::JenisRhk;
use crate::domain::penilaian::{baris_dari, fmt_angka, fmt_persen, fmt_target};
use crate::domain::rules::capaian::saran_hasil_kerja;
use crate::i18n::assess;
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

#[component]
pub fn Capaian(periode: RwSignal<Option<u32>>) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || assess::text(lang.get());
    let table = move || {
        let lang = lang.get();
        let t = assess::text(lang);
        let hitung = ws.capaian();
        ws.with_open(|skp| {
            let periode = periode.get();
            let baris = hitung.with(|c| baris_dari(skp, c, periode));
            skp.rhk
                .iter()
                .enumerate()
                .map(|(n, rhk)| {
                    let milik: Vec<_> = baris.iter().filter(|b| b.rhk_id == rhk.id).cloned().collect();
                    let rerata = hitung
                        .with(|c| c.rerata_rhk(&rhk.id, periode))
                        .map(|r| (t.rhk_mean)(&fmt_persen(Some(r), lang)));
                    let jenis = match rhk.jenis {
                        JenisRhk::Utama => t.utama,
                        JenisRhk::Tambahan => t.tambahan,
                    };
                    let jumlah = milik.len().max(1);
                    let rows = milik
                        .into_iter()
                        .enumerate()
                        .map(|(i, b)| {
                            let head = (i == 0).then(|| {
                                view! {
                                    <td rowspan=jumlah.to_string()>{n + 1}</td>
                                    <td rowspan=jumlah.to_string()>
                                        <span class="tag">{jenis}</span>" "{rhk.rencana_hasil_kerja.clone()}
                                        {rerata.clone().map(|r| view! { <br /><small class="rhk-mean">{r}</small> })}
                                    </td>
                                }
                            });
                            view! {
                                <tr data-iki=b.iki_id.clone()>
                                    {head}
                                    <td>{b.indikator.clone()}</td>
                                    <td>{fmt_target(b.target.as_ref(), lang)}</td>
                                    <td>{b.realisasi.map(|v| fmt_angka(v, lang)).unwrap_or_else(|| "–".into())}</td>
                                    <td class="num capaian">{fmt_persen(b.capaian, lang)}</td>
                                </tr>
                            }
                        })
                        .collect_view();
                    rows
                })
                .collect_view()
        })
    };
    let suggestion = move || {
        let lang = lang.get();
        let periode = periode.get();
        ws.capaian()
            .with(|c| ws.with_open(|skp| saran_hasil_kerja(skp, c, periode)))
            .flatten()
            .map(|s| assess::saran(&s, lang))
            .unwrap_or_else(|| t().no_suggestion.into())
    };
    view! {
        <section>
            <h2>{move || t().capaian_title}</h2>
            <p class="hint">
                {move || if periode.get().is_some() { t().capaian_period_note } else { t().capaian_annual_note }}
            </p>
            <div class="table-scroll">
                <table class="capaian-table">
                    <thead>
                        <tr>
                            <th>{move || t().col_no}</th>
                            <th>{move || t().col_rhk}</th>
                            <th>{move || t().col_iki}</th>
                            <th>{move || t().col_target}</th>
                            <th>{move || t().col_realisasi}</th>
                            <th>{move || t().col_capaian}</th>
                        </tr>
                    </thead>
                    <tbody>{table}</tbody>
                </table>
            </div>
            <h3>{move || t().suggestion_title}</h3>
            <p class="suggestion">{suggestion}</p>
        </section>
    }
}
