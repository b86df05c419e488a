//! The 3×3 predikat matrix with the chosen cell, the rule in words, a what-if mode that saves
//! nothing, and, for JF, the angka kredit the predikat earns.

use crate::domain::assumptions::assumption;
use crate::domain::model::{JenisJabatan, Penilai, Rating};
use crate::domain::penilaian::{
    fmt_angka, parse_angka, parse_rating, rating, rating_value, RATINGS,
};
use crate::domain::rules::angka_kredit::{angka_kredit, persentase, KOEFISIEN_AHLI_PERTAMA};
use crate::domain::rules::predikat::{predikat, predikat_berlaku};
use crate::domain::rules::{
    angka_kredit as ak_rule, capaian as capaian_rule, predikat as predikat_rule,
};
use crate::i18n::assess::{self, Aturan, HasilAk};
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

#[component]
pub fn Matriks(periode: RwSignal<Option<u32>>) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || assess::text(lang.get());
    // The pair the predikat follows: the appraiser's once both are given, else the person's.
    let berlaku = move || {
        ws.with_open(|skp| predikat_berlaku(&rating(skp, periode.get())))
            .flatten()
    };
    let chosen = move || {
        berlaku().map_or((None, None), |b| {
            (Some(b.hasil_kerja), Some(b.perilaku_kerja))
        })
    };
    let whatif = RwSignal::new(false);
    let coba_h = RwSignal::new(Rating::SesuaiEkspektasi);
    let coba_p = RwSignal::new(Rating::SesuaiEkspektasi);
    let start_whatif = move |on: bool| {
        if on {
            let (h, p) = chosen();
            coba_h.set(h.unwrap_or(Rating::SesuaiEkspektasi));
            coba_p.set(p.unwrap_or(Rating::SesuaiEkspektasi));
        }
        whatif.set(on);
    };
    // The predikat shown: the what-if pair while trying, else the chosen pair.
    let shown = move || {
        if whatif.get() {
            Some((coba_h.get(), coba_p.get()))
        } else {
            let (h, p) = chosen();
            h.zip(p)
        }
    };
    let grid = move || {
        let lang = lang.get();
        let (ch, cp) = chosen();
        // As in the Lampiran of PermenPANRB 6/2022: rows are the rating hasil kerja (best on
        // top), columns the rating perilaku kerja.
        RATINGS
            .into_iter()
            .rev()
            .map(|h| {
                let cells = RATINGS
                    .into_iter()
                    .map(|p| {
                        let is_chosen = ch == Some(h) && cp == Some(p);
                        let is_whatif = whatif.get() && coba_h.get() == h && coba_p.get() == p;
                        view! {
                            <td class="cell" class:chosen=is_chosen class:whatif=is_whatif
                                aria-current=is_chosen.then_some("true")>
                                {predikat(h, p).label(lang)}
                            </td>
                        }
                    })
                    .collect_view();
                view! { <tr><th scope="row">{h.label(lang)}</th>{cells}</tr> }
            })
            .collect_view()
    };
    let rule = move || {
        let lang = lang.get();
        let t = assess::text(lang);
        match berlaku() {
            Some(b) => {
                let dari = match b.dari {
                    Penilai::PejabatPenilai => t.predikat_dari_pejabat,
                    Penilai::Mandiri => t.predikat_dari_mandiri,
                };
                format!(
                    "{} {dari}",
                    (t.rule)(&Aturan {
                        hasil_kerja: b.hasil_kerja.label(lang),
                        perilaku_kerja: b.perilaku_kerja.label(lang),
                        predikat: b.predikat.label(lang),
                    })
                )
            }
            None => t.rule_incomplete.into(),
        }
    };
    let coba_select = move |hasil_kerja: bool| {
        let sig = if hasil_kerja { coba_h } else { coba_p };
        let id = if hasil_kerja {
            "coba-hasil"
        } else {
            "coba-perilaku"
        };
        view! {
            <div class="field">
                <label for=id>{move || if hasil_kerja { t().matrix_rows } else { t().matrix_cols }}</label>
                <select id=id prop:value=move || rating_value(Some(sig.get()))
                    on:change=move |ev| if let Some(r) = parse_rating(&event_target_value(&ev)) { sig.set(r) }>
                    {RATINGS
                        .into_iter()
                        .map(|r| view! {
                            <option value=rating_value(Some(r)) prop:selected=move || sig.get() == r>{move || r.label(lang.get())}</option>
                        })
                        .collect_view()}
                </select>
            </div>
        }
    };
    let jf = move || {
        ws.with_open(|skp| skp.jenis_jabatan == JenisJabatan::Jf)
            .unwrap_or(false)
    };
    let koef = RwSignal::new(fmt_angka(KOEFISIEN_AHLI_PERTAMA, lang.get_untracked()));
    let bulan = RwSignal::new("12".to_string());
    let ak = move || {
        let lang = lang.get();
        let t = assess::text(lang);
        let Some((h, p)) = shown() else {
            return t.ak_need_predikat.to_string();
        };
        let pred = predikat(h, p);
        let k = parse_angka(&koef.get()).unwrap_or(f64::NAN);
        let b = bulan.get().trim().parse::<u32>().unwrap_or(0);
        match angka_kredit(pred, k, b) {
            Ok(v) => (t.ak_result)(&HasilAk {
                angka_kredit: &fmt_angka(v, lang),
                persen: &fmt_angka(persentase(pred), lang),
                predikat: pred.label(lang),
            }),
            Err(e) => e.message(lang),
        }
    };
    let asumsi = move || {
        let lang = lang.get();
        predikat_rule::ASUMSI
            .iter()
            .chain(capaian_rule::ASUMSI)
            .chain(ak_rule::ASUMSI)
            .filter_map(|id| assumption(id))
            .map(|a| view! { <li>{a.text(lang)}</li> })
            .collect_view()
    };
    view! {
        <section class="matrix-section">
            <h2>{move || t().matrix_title}</h2>
            <div class="table-scroll">
                <table class="predikat-matrix">
                    <caption>{move || t().matrix_rows} " \u{2193} \u{d7} " {move || t().matrix_cols} " \u{2192}"</caption>
                    <thead>
                        <tr>
                            <th></th>
                            {move || RATINGS.into_iter().map(|h| view! { <th scope="col">{h.label(lang.get())}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>{grid}</tbody>
                </table>
            </div>
            <p class="rule" id="predikat-rule">{rule}</p>
            <label class="check">
                <input type="checkbox" prop:checked=move || whatif.get()
                    on:change=move |ev| start_whatif(event_target_checked(&ev)) />
                {move || t().whatif_toggle}
            </label>
            <Show when=move || whatif.get()>
                <div class="whatif">
                    <p class="hint">{move || t().whatif_note}</p>
                    <div class="rating-fields">{coba_select(true)} {coba_select(false)}</div>
                    <p class="whatif-result">
                        {move || (t().whatif_result)(predikat(coba_h.get(), coba_p.get()).label(lang.get()))}
                    </p>
                </div>
            </Show>
            <Show when=jf>
                <h3>{move || t().ak_title}</h3>
                <div class="rating-fields">
                    <div class="field">
                        <label for="ak-koefisien">{move || t().ak_koef}</label>
                        <input id="ak-koefisien" inputmode="decimal" prop:value=move || koef.get()
                            on:input=move |ev| koef.set(event_target_value(&ev)) />
                        <small>{move || (t().ak_koef_default)(&fmt_angka(KOEFISIEN_AHLI_PERTAMA, lang.get()))}</small>
                    </div>
                    <div class="field">
                        <label for="ak-bulan">{move || t().ak_bulan}</label>
                        <input id="ak-bulan" type="number" min="1" max="12" prop:value=move || bulan.get()
                            on:input=move |ev| bulan.set(event_target_value(&ev)) />
                    </div>
                </div>
                <p class="angka-kredit">{ak}</p>
            </Show>
            <details class="assumptions-box">
                <summary>{move || assess::text(lang.get()).assumptions_title}</summary>
                <ul class="assumptions">{asumsi}</ul>
            </details>
        </section>
    }
}
