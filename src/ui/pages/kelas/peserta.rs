//! One participant's SKP, read-only: identity, each RHK with its IKI, target and capaian per
//! period (the capaian engine), and what the plan checks find. The trainer reads it; nothing
//! here can change the file.

use super::state::KelasState;
use crate::domain::model::Skp;
use crate::domain::penilaian::{fmt_persen, fmt_target};
use crate::domain::rules::capaian::CapaianSkp;
use crate::domain::rules::periksa::periksa_rencana;
use crate::i18n::{kelas, workshop};
use crate::ui::language::Language;
use leptos::prelude::*;

/// Which participant's SKP is shown, by SKP id, and what had the keyboard before it opened
/// (where "Tutup" gives it back).
#[derive(Clone, Copy)]
pub struct Terpilih(
    RwSignal<Option<String>>,
    StoredValue<Option<web_sys::HtmlElement>, LocalStorage>,
);

impl Terpilih {
    pub fn provide() -> Terpilih {
        let terpilih = Terpilih(RwSignal::new(None), StoredValue::new_local(None));
        provide_context(terpilih);
        terpilih
    }

    pub fn get() -> Terpilih {
        expect_context()
    }

    pub fn set(&self, skp_id: Option<String>) {
        if skp_id.is_none() {
            self.0.set(None);
            if let Some(opener) = self.1.get_value() {
                let _ = opener.focus();
            }
            return;
        }
        let opener = document()
            .active_element()
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
        self.1.set_value(opener);
        self.0.set(skp_id);
        {
            // Where it is shown: after the class's sections.
            request_animation_frame(|| {
                if let Some(el) = document().get_element_by_id("peserta") {
                    el.scroll_into_view();
                    if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                        let _ = el.focus();
                    }
                }
            });
        }
    }

    pub fn get_id(&self) -> Option<String> {
        self.0.get()
    }
}

/// What the anonymised view shows of an SKP: the participant's code for their name, no NIP;
/// their appraiser as the numbered leader the class view names ("Pimpinan 1").
fn disamarkan(mut skp: Skp, kode: String, pimpinan: String) -> Skp {
    skp.pegawai.nama = kode;
    skp.pegawai.nip.clear();
    skp.pejabat_penilai.nama = pimpinan;
    skp.pejabat_penilai.nip.clear();
    skp.atasan_pejabat_penilai = None;
    skp
}

#[component]
pub fn Peserta(skp_id: String) -> impl IntoView {
    let state = KelasState::get();
    let lang = Language::current();
    let terpilih = Terpilih::get();
    let skp = {
        let skp_id = skp_id.clone();
        Memo::new(move |_| {
            let skp = state
                .anggota
                .with(|a| a.iter().find(|a| a.skp.id == skp_id).map(|a| a.skp.clone()))?;
            Some(if state.samaran.get() {
                let (kode, pimpinan) = state
                    .nama_samaran
                    .with(|s| (s.peserta(&skp_id), s.pimpinan(&skp.pejabat_penilai.nama)));
                let pimpinan = pimpinan
                    .map(|n| kelas::pimpinan(n, lang.get()))
                    .unwrap_or_default();
                disamarkan(skp, kode.unwrap_or_default(), pimpinan)
            } else {
                skp
            })
        })
    };
    move || {
        let lang = lang.get();
        let t = workshop::text(lang);
        skp.get().map(|skp| {
            let mesin = CapaianSkp::of(&skp);
            let periode = skp.daftar_periode_evaluasi();
            let temuan = periksa_rencana(&skp);
            let rhk = skp
                .rhk
                .iter()
                .map(|r| {
                    let iki = r
                        .iki
                        .iter()
                        .map(|i| {
                            let c = mesin.iki(&i.id);
                            let per = periode
                                .iter()
                                .map(|p| {
                                    let v = c.and_then(|c| c.pada(Some(p.ke))).and_then(|c| c.capaian);
                                    view! { <td class="num">{fmt_persen(v, lang)}</td> }
                                })
                                .collect_view();
                            view! {
                                <tr>
                                    <td>{i.indikator.clone()}</td>
                                    <td>{fmt_target(i.target.as_ref(), lang)}</td>
                                    {per}
                                </tr>
                            }
                        })
                        .collect_view();
                    view! {
                        <tr class="section-row">
                            <td colspan=(2 + periode.len()).to_string()>
                                <strong>{r.rencana_hasil_kerja.clone()}</strong>
                                <span class="hint">" \u{2190} " {r.rhk_pimpinan.teks.clone()}</span>
                            </td>
                        </tr>
                        {iki}
                    }
                })
                .collect_view();
            let heads = periode
                .iter()
                .map(|p| view! { <th scope="col">{p.label(lang)}</th> })
                .collect_view();
            let temuan_list = temuan
                .iter()
                .map(|f| view! { <li>{f.message(lang)}</li> })
                .collect_view();
            view! {
                <section id="peserta" class="participant" tabindex="-1" aria-labelledby="peserta-judul">
                    <h2 id="peserta-judul">{(t.participant_title)(&skp.pegawai.nama)}</h2>
                    <p class="hint">{t.participant_readonly}</p>
                    <dl class="identity">
                        <dt>{t.col_post}</dt><dd>{skp.pegawai.jabatan.clone()}</dd>
                        <dt>{t.col_unit}</dt><dd>{skp.pegawai.unit_kerja.clone()}</dd>
                        <dt>{t.col_appraiser}</dt><dd>{skp.pejabat_penilai.nama.clone()}</dd>
                    </dl>
                    <div class="table-scroll">
                        <table class="doc-table">
                            <thead><tr><th scope="col">"IKI"</th><th scope="col">{t.participant_target}</th>{heads}</tr></thead>
                            <tbody>{rhk}</tbody>
                        </table>
                    </div>
                    <h3>{t.participant_findings}</h3>
                    {if temuan.is_empty() {
                        view! { <p>{t.findings_none}</p> }.into_any()
                    } else {
                        view! { <ul>{temuan_list}</ul> }.into_any()
                    }}
                    <button type="button" class="no-print" on:click=move |_| terpilih.set(None)>{t.participant_close}</button>
                </section>
            }
        })
    }
}
