//! The ratings chosen for the period or the year, and the BerAKHLAK evidence.

use super::organisasi::Organisasi;
use crate::domain::model::{AspekRating, NilaiBerakhlak, Penilai};
use crate::domain::operasi::set_rating;
use crate::domain::penilaian::{bukti_perilaku, parse_rating, rating, rating_value, RATINGS};
use crate::i18n::assess;
use crate::ui::clock;
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

#[component]
pub fn Ratings(periode: RwSignal<Option<u32>>) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || assess::text(lang.get());
    // The two penilai side by side: each select writes only its own slot.
    let select = move |penilai: Penilai, aspek: AspekRating| {
        let id = format!("rating-{}-{}", penilai_key(penilai), aspek_key(aspek));
        let current = move || {
            ws.with_open(|skp| rating_value(rating(skp, periode.get()).oleh(penilai).aspek(aspek)))
                .unwrap_or_default()
        };
        let label = move || {
            let t = t();
            let aspek = match aspek {
                AspekRating::HasilKerja => t.rating_hasil,
                AspekRating::PerilakuKerja => t.rating_perilaku,
            };
            let siapa = match penilai {
                Penilai::Mandiri => t.col_mandiri,
                Penilai::PejabatPenilai => t.col_pejabat,
            };
            format!("{aspek}, {siapa}")
        };
        let kolom = move || match penilai {
            Penilai::Mandiri => t().col_mandiri,
            Penilai::PejabatPenilai => t().col_pejabat,
        };
        view! {
            <td data-label=kolom>
                <select
                    id=id
                    aria-label=label
                    prop:value=current
                    on:change=move |ev| {
                        let r = parse_rating(&event_target_value(&ev));
                        let p = periode.get_untracked();
                        ws.edit(|skp| {
                            set_rating(skp, p, penilai, aspek, r, clock::today());
                        });
                    }
                >
                    <option value="" prop:selected=move || current().is_empty()>{move || t().rating_none}</option>
                    {RATINGS
                        .into_iter()
                        .map(|r| {
                            let v = rating_value(Some(r));
                            view! { <option value=v prop:selected=move || current() == v>{move || r.label(lang.get())}</option> }
                        })
                        .collect_view()}
                </select>
            </td>
        }
    };
    let oleh = move |penilai: Penilai| {
        move || {
            let t = t();
            ws.with_open(|skp| {
                let r = rating(skp, periode.get());
                let r = r.oleh(penilai);
                match (r.oleh.trim(), r.tanggal) {
                    (_, None) => t.rating_by_nobody.to_string(),
                    (nama, Some(d)) => (t.rating_by)(
                        if nama.is_empty() { "\u{2013}" } else { nama },
                        &d.format("%d-%m-%Y").to_string(),
                    ),
                }
            })
            .unwrap_or_default()
        }
    };
    let baris = move |aspek: AspekRating| {
        view! {
            <tr>
                <th scope="row">{move || match aspek {
                    AspekRating::HasilKerja => t().rating_hasil,
                    AspekRating::PerilakuKerja => t().rating_perilaku,
                }}</th>
                {select(Penilai::Mandiri, aspek)}
                {select(Penilai::PejabatPenilai, aspek)}
            </tr>
        }
    };
    let catatan = move || {
        ws.with_open(|skp| skp.penilaian_tahunan.catatan.clone())
            .unwrap_or_default()
    };
    let evidence = move || {
        let lang = lang.get();
        ws.with_open(|skp| {
            let ke = periode.get();
            NilaiBerakhlak::SEMUA
                .into_iter()
                .map(|nilai| {
                    let (ekspektasi, catatan) = bukti_perilaku(skp, nilai, ke);
                    view! {
                        <tr>
                            <td>{nilai.nama(lang)}</td>
                            <td>{ekspektasi}</td>
                            <td>{catatan.into_iter().map(|c| view! { <p>{c}</p> }).collect_view()}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section>
            <h2>{move || t().rating_title}</h2>
            <p class="hint">{move || t().rating_help}</p>
            <div class="table-scroll">
                <table class="rating-pair">
                    <thead>
                        <tr>
                            <th></th>
                            <th scope="col">{move || t().col_mandiri}</th>
                            <th scope="col">{move || t().col_pejabat}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {baris(AspekRating::HasilKerja)}
                        {baris(AspekRating::PerilakuKerja)}
                        <tr class="rating-by">
                            <th></th>
                            <td class="by-mandiri" data-label=move || t().col_mandiri>{oleh(Penilai::Mandiri)}</td>
                            <td class="by-pejabat" data-label=move || t().col_pejabat>{oleh(Penilai::PejabatPenilai)}</td>
                        </tr>
                    </tbody>
                </table>
            </div>
            <Show when=move || periode.get().is_none()>
                <div class="field">
                    <label for="catatan-tahunan">{move || t().catatan_label}</label>
                    <textarea
                        id="catatan-tahunan"
                        rows="3"
                        prop:value=catatan
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            ws.edit(|skp| skp.penilaian_tahunan.catatan = v);
                        }
                    ></textarea>
                </div>
            </Show>
            <Organisasi periode=periode />
            <h3>{move || t().perilaku_title}</h3>
            <p class="hint">{move || t().perilaku_help}</p>
            <div class="table-scroll">
                <table>
                    <thead>
                        <tr>
                            <th>{move || t().col_nilai}</th>
                            <th>{move || t().col_ekspektasi}</th>
                            <th>{move || t().col_umpan_balik}</th>
                        </tr>
                    </thead>
                    <tbody>{evidence}</tbody>
                </table>
            </div>
        </section>
    }
}

fn penilai_key(p: Penilai) -> &'static str {
    match p {
        Penilai::Mandiri => "mandiri",
        Penilai::PejabatPenilai => "pejabat",
    }
}

fn aspek_key(a: AspekRating) -> &'static str {
    match a {
        AspekRating::HasilKerja => "hasil",
        AspekRating::PerilakuKerja => "perilaku",
    }
}
