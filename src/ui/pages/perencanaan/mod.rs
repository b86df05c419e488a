//! Perencanaan kinerja: the SKP form (identity and period, RHK with IKI and targets, perilaku
//! kerja, lampiran) with the domain's plan checks beside the fields and a summary on top.

mod identitas;
mod iki;
mod lampiran;
mod perilaku;
mod periode;
mod persetujuan;
mod pimpinan;
mod rhk;

use crate::domain::model::JenisRhk;
use crate::domain::rules::periksa::{periksa_rencana, FieldRef, Temuan, Tingkat};
use crate::domain::struktur::Struktur;
use crate::domain::Lang;
use crate::i18n::plan::{self, Jumlah};
use crate::ui::form::tingkat_class;
use crate::ui::language::Language;
use crate::ui::open_skp::WithOpenSkp;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

/// The plan checks of the open SKP, recomputed on every change.
#[derive(Clone, Copy)]
pub(crate) struct Checks(pub Memo<Vec<Temuan>>);

impl Checks {
    fn get() -> Checks {
        expect_context::<Checks>()
    }

    /// Findings that match `keep`.
    fn matching(self, keep: impl Fn(&Temuan) -> bool) -> Vec<Temuan> {
        self.0
            .with(|all| all.iter().filter(|t| keep(t)).cloned().collect())
    }

    /// The findings of one card, as a memo: when the checks change, each card filters once,
    /// and its fields read the card's few findings.
    fn of_card(self, keep: impl Fn(&Temuan) -> bool + Send + Sync + 'static) -> Memo<Vec<Temuan>> {
        Memo::new(move |_| self.matching(&keep))
    }
}

#[component]
pub fn PerencanaanPage() -> impl IntoView {
    let lang = Language::current();
    let t = move || plan::text(lang.get());
    view! {
        <article class="plan">
            <h1>{move || t().title}</h1>
            <p class="lead">{move || t().lead}</p>
            <WithOpenSkp>
                <PlanForm />
            </WithOpenSkp>
        </article>
    }
}

#[component]
fn PlanForm() -> impl IntoView {
    let ws = Workspace::get();
    let checks = Checks(Memo::new(move |_| {
        ws.with_open(periksa_rencana).unwrap_or_default()
    }));
    provide_context(checks);
    pimpinan::provide();
    let later = crate::ui::progressive::after_first_frame();
    view! {
        <Summary />
        <persetujuan::Persetujuan />
        <identitas::Identitas />
        <rhk::DaftarRhk />
        // Below the first screen: drawn a frame later, so the plan's top shows sooner.
        <Show when=move || later.get()>
            <perilaku::Perilaku />
            <lampiran::Lampiran />
        </Show>
    }
}

/// Where a finding points, in words ("RHK utama 2 · IKI 1").
fn location(struktur: &Struktur, field: &FieldRef, lang: Lang) -> String {
    let t = plan::text(lang);
    match field {
        FieldRef::Periode => t.period_title.into(),
        FieldRef::Instansi => t.instansi.into(),
        FieldRef::Identitas {
            siapa: "pegawai", ..
        } => t.person_pegawai.into(),
        FieldRef::Identitas { .. } => t.person_penilai.into(),
        FieldRef::Perilaku => t.perilaku_title.into(),
        FieldRef::Nip("pegawai") => t.person_pegawai.into(),
        FieldRef::Nip("pejabat_penilai") => t.person_penilai.into(),
        FieldRef::Nip(_) => t.person_atasan.into(),
        FieldRef::DaftarRhk => t.rhk_utama_title.into(),
        FieldRef::Rhk { rhk_id } => rhk_name(struktur, rhk_id, lang),
        FieldRef::Iki { iki_id, .. } => iki_name(struktur, iki_id, lang),
        FieldRef::Kegiatan { .. } => String::new(),
    }
}

/// The element a finding's field is in: the field itself when it carries the finding's path,
/// else the card or section that holds it.
fn element_of(temuan: &Temuan) -> Option<web_sys::Element> {
    let doc = document();
    let by = |selector: &str| doc.query_selector(selector).ok().flatten();
    by(&format!("[data-path=\"{}\"]", temuan.path)).or_else(|| match &temuan.field {
        FieldRef::Rhk { rhk_id } => by(&format!("#kartu-{rhk_id}")),
        FieldRef::Iki { iki_id, .. } => by(&format!("[data-iki=\"{iki_id}\"]")),
        FieldRef::DaftarRhk => by("#rhk-title"),
        FieldRef::Perilaku => by("#perilaku-title"),
        _ => by("#identitas-title"),
    })
}

/// Brings a finding's field into view and puts the keyboard there.
fn go_to(temuan: &Temuan) {
    let Some(el) = element_of(temuan) else { return };
    el.scroll_into_view();
    let control = el
        .query_selector("input, select, textarea")
        .ok()
        .flatten()
        .unwrap_or(el);
    if let Ok(control) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(control) {
        let _ = control.focus();
    }
}

/// "RHK utama 2": the RHK's number among those of its kind.
pub(crate) fn rhk_name(struktur: &Struktur, rhk_id: &str, lang: Lang) -> String {
    let Some(rhk) = struktur.rhk_by_id(rhk_id) else {
        return String::new();
    };
    let t = plan::text(lang);
    let kind = match rhk.jenis {
        JenisRhk::Utama => t.rhk_utama,
        JenisRhk::Tambahan => t.rhk_tambahan,
    };
    format!("{kind} {}", rhk.nomor)
}

/// "IKI 1": the IKI's number within its RHK.
pub(crate) fn iki_number(struktur: &Struktur, iki_id: &str) -> String {
    struktur
        .iki(iki_id)
        .map(|l| format!("IKI {}", l.nomor))
        .unwrap_or_default()
}

/// "RHK utama 2 · IKI 1".
pub(crate) fn iki_name(struktur: &Struktur, iki_id: &str, lang: Lang) -> String {
    struktur
        .iki(iki_id)
        .map(|l| {
            format!(
                "{} \u{b7} IKI {}",
                rhk_name(struktur, &l.rhk_id, lang),
                l.nomor
            )
        })
        .unwrap_or_default()
}

/// What is still missing: errors first, then warnings; hints stay beside their fields.
#[component]
fn Summary() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || plan::text(lang.get());
    let checks = Checks::get();
    let count = move |level: Tingkat| {
        checks
            .0
            .with(|all| all.iter().filter(|t| t.tingkat == level).count())
    };
    let items = move || {
        let lang = lang.get();
        let list = checks.matching(|t| t.tingkat > Tingkat::Saran);
        ws.struktur().with(|struktur| {
            list.into_iter()
                .map(|temuan| {
                    let place = location(struktur, &temuan.field, lang);
                    let message = temuan.message(lang);
                    let path = temuan.path.clone();
                    let class = tingkat_class(temuan.tingkat);
                    view! {
                        <li class=class>
                            <button type="button" class="link" data-goto=path on:click=move |_| go_to(&temuan)>
                                <strong>{place}": "</strong>{message}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="plan-summary" aria-labelledby="plan-summary-title" aria-live="polite">
            <h2 id="plan-summary-title">{move || t().summary_title}</h2>
            <p class="summary-line">
                {move || {
                    let j = Jumlah {
                        galat: count(Tingkat::Galat),
                        peringatan: count(Tingkat::Peringatan),
                        saran: count(Tingkat::Saran),
                    };
                    if j.galat == 0 { (t().summary_ready)(&j) } else { (t().summary_missing)(&j) }
                }}
            </p>
            <ul class="summary-list">{items}</ul>
        </section>
    }
}
