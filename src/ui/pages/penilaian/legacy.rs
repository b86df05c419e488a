//! The numeric method of PP 30/2019 beside the new matrix, for training, with its assumptions.

use crate::domain::assumptions::assumption;
use crate::domain::penilaian::{fmt_angka, parse_angka};
use crate::domain::rules::legacy::{nilai_kinerja, nilai_skp_dari, predikat_pp30, Bobot, ASUMSI};
use crate::i18n::assess;
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

#[component]
pub fn Legacy(periode: RwSignal<Option<u32>>) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || assess::text(lang.get());
    let show = RwSignal::new(false);
    let perilaku = RwSignal::new("90".to_string());
    let tambahan = RwSignal::new("0".to_string());
    let rekan = RwSignal::new(false);
    let inovasi = RwSignal::new(false);
    let hasil = move || {
        let lang = lang.get();
        let t = assess::text(lang);
        ws.with_open(|skp| {
            let nilai_tambahan = parse_angka(&tambahan.get()).unwrap_or(0.0);
            let Some(hasil) = nilai_skp_dari(skp, periode.get(), nilai_tambahan) else {
                return view! { <p>{t.legacy_no_data}</p> }.into_any();
            };
            let skp_nilai = hasil.nilai_skp;
            let bobot = if rekan.get() { Bobot::DenganRekanDanBawahan } else { Bobot::AtasanSaja };
            let kinerja = nilai_kinerja(skp_nilai, parse_angka(&perilaku.get()).unwrap_or(0.0), bobot);
            let pred = predikat_pp30(kinerja, inovasi.get());
            let iki_rows = hasil
                .nilai_iki
                .into_iter()
                .map(|(_, i, n)| view! { <tr><td>{i}</td><td class="num">{fmt_angka(n, lang)}</td></tr> })
                .collect_view();
            view! {
                <table>
                    <thead><tr><th>{t.col_iki}</th><th>{t.legacy_nilai_iki}</th></tr></thead>
                    <tbody>{iki_rows}</tbody>
                </table>
                <dl class="legacy-result">
                    <dt>{t.legacy_nilai_skp}</dt><dd>{fmt_angka(skp_nilai, lang)}</dd>
                    <dt>{t.legacy_nilai_kinerja}</dt><dd>{fmt_angka(kinerja, lang)}</dd>
                    <dt>{t.legacy_predikat}</dt><dd class="legacy-predikat">{pred.label(lang)}</dd>
                </dl>
            }
            .into_any()
        })
    };
    let asumsi = move || {
        let lang = lang.get();
        ASUMSI
            .iter()
            .filter_map(|id| assumption(id))
            .map(|a| view! { <li>{a.text(lang)}</li> })
            .collect_view()
    };
    view! {
        <section>
            <label class="check">
                <input type="checkbox" prop:checked=move || show.get()
                    on:change=move |ev| show.set(event_target_checked(&ev)) />
                {move || t().legacy_toggle}
            </label>
            <Show when=move || show.get()>
                <div class="legacy">
                    <h2>{move || t().legacy_title}</h2>
                    <p class="hint">{move || t().legacy_intro}</p>
                    <div class="rating-fields">
                        <div class="field">
                            <label for="legacy-perilaku">{move || t().legacy_perilaku}</label>
                            <input id="legacy-perilaku" inputmode="decimal" prop:value=move || perilaku.get()
                                on:input=move |ev| perilaku.set(event_target_value(&ev)) />
                        </div>
                        <div class="field">
                            <label for="legacy-tambahan">{move || t().legacy_tambahan}</label>
                            <input id="legacy-tambahan" inputmode="decimal" prop:value=move || tambahan.get()
                                on:input=move |ev| tambahan.set(event_target_value(&ev)) />
                        </div>
                        <div class="field">
                            <label for="legacy-bobot">{move || t().legacy_bobot}</label>
                            <select id="legacy-bobot" on:change=move |ev| rekan.set(event_target_value(&ev) == "rekan")>
                                <option value="atasan">{move || t().bobot_atasan}</option>
                                <option value="rekan">{move || t().bobot_rekan}</option>
                            </select>
                        </div>
                    </div>
                    <label class="check">
                        <input type="checkbox" prop:checked=move || inovasi.get()
                            on:change=move |ev| inovasi.set(event_target_checked(&ev)) />
                        {move || t().legacy_inovasi}
                    </label>
                    {hasil}
                    <h3>{move || t().assumptions_title}</h3>
                    <ul class="assumptions">
                        {asumsi}
                    </ul>
                </div>
            </Show>
        </section>
    }
}
