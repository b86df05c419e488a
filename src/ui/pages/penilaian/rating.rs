//! The ratings chosen for the period or the year, and the BerAKHLAK evidence.

use crate::domain::model::NilaiBerakhlak;
use crate::domain::penilaian::{
    bukti_perilaku, parse_rating, rating, rating_value, set_rating, RATINGS,
};
use crate::i18n::assess;
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

#[component]
pub fn Ratings(periode: RwSignal<Option<u32>>) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || assess::text(lang.get());
    let select = move |hasil_kerja: bool| {
        let id = if hasil_kerja {
            "rating-hasil"
        } else {
            "rating-perilaku"
        };
        let current = move || {
            ws.with_open(|skp| {
                let (h, p) = rating(skp, periode.get());
                rating_value(if hasil_kerja { h } else { p })
            })
            .unwrap_or_default()
        };
        view! {
            <div class="field">
                <label for=id>{move || if hasil_kerja { t().rating_hasil } else { t().rating_perilaku }}</label>
                <select
                    id=id
                    prop:value=current
                    on:change=move |ev| {
                        let r = parse_rating(&event_target_value(&ev));
                        let p = periode.get_untracked();
                        ws.edit(|skp| {
                            set_rating(skp, p, hasil_kerja, r);
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
            </div>
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
            <div class="rating-fields">{select(true)} {select(false)}</div>
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
