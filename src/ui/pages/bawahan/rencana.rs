//! The plan's approval: "disetujui" or "dikembalikan" with a note, and a note per RHK.

use super::state::BawahanState;
use crate::domain::model::{Skp, StatusRencana};
use crate::domain::operasi::{atur_catatan_rencana_rhk, atur_persetujuan};
use crate::i18n::tinjauan;
use crate::ui::clock;
use crate::ui::language::Language;
use leptos::prelude::*;

#[component]
pub fn PersetujuanPanel(id: String, skp: Memo<Option<Skp>>) -> impl IntoView {
    let state = BawahanState::get();
    let lang = Language::current();
    let t = move || tinjauan::text(lang.get());
    let status = move || {
        skp.with(|s| {
            s.as_ref()
                .and_then(|s| s.persetujuan.as_ref())
                .map(|p| p.status)
        })
    };
    let catatan = move || {
        skp.with(|s| {
            s.as_ref()
                .and_then(|s| s.persetujuan.as_ref())
                .map(|p| p.catatan.clone())
                .unwrap_or_default()
        })
    };
    let id_status = id.clone();
    let id_catatan = id.clone();
    let pilih = move |ev: leptos::ev::Event| {
        let status = match event_target_value(&ev).as_str() {
            "disetujui" => Some(StatusRencana::Disetujui),
            "dikembalikan" => Some(StatusRencana::Dikembalikan),
            _ => None,
        };
        let catatan = catatan();
        state.ubah(&id_status, |skp| {
            atur_persetujuan(skp, status, catatan, clock::today())
        });
    };
    // The RHK are the subordinate's: the list is drawn once per SKP version, each note field
    // reads its own value.
    let rhk = move || {
        skp.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.rhk
                        .iter()
                        .map(|r| (r.id.clone(), r.rencana_hasil_kerja.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let catatan_rhk = move |rhk_id: &str| {
        skp.with(|s| {
            s.as_ref()
                .and_then(|s| s.persetujuan.as_ref())
                .and_then(|p| p.catatan_untuk(rhk_id))
                .map(str::to_owned)
                .unwrap_or_default()
        })
    };
    view! {
        <section aria-labelledby="persetujuan">
            <h2 id="persetujuan">{move || t().approval_title}</h2>
            <p class="hint">{move || t().approval_help}</p>
            <label class="field">
                <span>{move || t().approval_status}</span>
                <select on:change=pilih>
                    // Once decided, the decision is changed, not taken back: taking it back
                    // would drop the notes written with it.
                    {move || status().is_none().then(|| view! { <option value="" selected=true>{move || t().approval_none}</option> })}
                    <option value="disetujui" selected=move || status() == Some(StatusRencana::Disetujui)>{move || t().approval_approved}</option>
                    <option value="dikembalikan" selected=move || status() == Some(StatusRencana::Dikembalikan)>{move || t().approval_returned}</option>
                </select>
            </label>
            <label class="field">
                <span>{move || t().approval_note}</span>
                <textarea
                    disabled=move || status().is_none()
                    prop:value=catatan
                    on:change=move |ev| {
                        let isi = event_target_value(&ev);
                        let status = status();
                        state.ubah(&id_catatan, |skp| atur_persetujuan(skp, status, isi, clock::today()));
                    }
                ></textarea>
            </label>
            {move || status().is_none().then(|| view! { <p class="hint">{move || t().approval_first}</p> })}
            <For each=rhk key=|(rhk_id, teks)| (rhk_id.clone(), teks.clone()) let:((rhk_id, teks))>
                {
                    let id = id.clone();
                    let baca = rhk_id.clone();
                    let label = teks.clone();
                    view! {
                        <label class="field">
                            <span>{move || (t().approval_rhk_note)(&label)}</span>
                            <textarea
                                disabled=move || status().is_none()
                                prop:value=move || catatan_rhk(&baca)
                                on:change=move |ev| {
                                    let isi = event_target_value(&ev);
                                    state.ubah(&id, |skp| atur_catatan_rencana_rhk(skp, &rhk_id, isi));
                                }
                            ></textarea>
                        </label>
                    }
                }
            </For>
        </section>
    }
}
