//! Perencanaan kinerja: the SKP form (identity and period, RHK with IKI and targets, perilaku
//! kerja, lampiran) with the domain's plan checks beside the fields and a summary on top.

mod identitas;
mod iki;
mod lampiran;
mod perilaku;
mod periode;
mod pimpinan;
mod rhk;

use crate::domain::model::{Iki, JenisRhk, Rhk, Skp};
use crate::domain::rules::periksa::{periksa_rencana, FieldRef, Temuan, Tingkat};
use crate::domain::Lang;
use crate::i18n::plan;
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
    view! {
        <Summary />
        <identitas::Identitas />
        <rhk::DaftarRhk />
        <perilaku::Perilaku />
        <lampiran::Lampiran />
    }
}

/// Where a finding points, in words ("RHK utama 2 · IKI 1").
fn location(skp: &Skp, field: &FieldRef, lang: Lang) -> String {
    let t = plan::text(lang);
    match field {
        FieldRef::Periode => t.period_title.into(),
        FieldRef::Nip("pegawai") => t.person_pegawai.into(),
        FieldRef::Nip("pejabat_penilai") => t.person_penilai.into(),
        FieldRef::Nip(_) => t.person_atasan.into(),
        FieldRef::DaftarRhk => t.rhk_utama_title.into(),
        FieldRef::Rhk { rhk_id } => rhk_name(skp, rhk_id, lang),
        FieldRef::Iki { iki_id, .. } => skp
            .rhk
            .iter()
            .find_map(|r| {
                let i = r.iki.iter().position(|k| &k.id == iki_id)?;
                Some(format!(
                    "{} \u{b7} IKI {}",
                    rhk_name(skp, &r.id, lang),
                    i + 1
                ))
            })
            .unwrap_or_default(),
        FieldRef::Kegiatan { .. } => String::new(),
    }
}

/// "RHK utama 2": the RHK's number among those of its kind.
pub(crate) fn rhk_name(skp: &Skp, rhk_id: &str, lang: Lang) -> String {
    let Some(rhk) = skp.rhk.iter().find(|r| r.id == rhk_id) else {
        return String::new();
    };
    let n = skp
        .rhk
        .iter()
        .filter(|r| r.jenis == rhk.jenis)
        .position(|r| r.id == rhk_id)
        .unwrap_or(0)
        + 1;
    let t = plan::text(lang);
    let kind = match rhk.jenis {
        JenisRhk::Utama => t.rhk_utama,
        JenisRhk::Tambahan => t.rhk_tambahan,
    };
    format!("{kind} {n}")
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
        ws.with_open(|skp| {
            list.into_iter()
                .map(|temuan| {
                    let place = location(skp, &temuan.field, lang);
                    view! {
                        <li class=tingkat_class(temuan.tingkat)>
                            <strong>{place}": "</strong>{temuan.message(lang)}
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
                    let (e, w, h) = (count(Tingkat::Galat), count(Tingkat::Peringatan), count(Tingkat::Saran));
                    if e == 0 { (t().summary_ready)(w, h) } else { (t().summary_missing)(e, w, h) }
                }}
            </p>
            <ul class="summary-list">{items}</ul>
        </section>
    }
}

/// Changes one RHK of the open SKP.
pub(crate) fn edit_rhk(ws: Workspace, rhk_id: &str, f: impl FnOnce(&mut Rhk)) {
    ws.edit(|skp| {
        if let Some(rhk) = skp.rhk.iter_mut().find(|r| r.id == rhk_id) {
            f(rhk);
        }
    });
}

/// Changes one IKI of the open SKP.
pub(crate) fn edit_iki(ws: Workspace, rhk_id: &str, iki_id: &str, f: impl FnOnce(&mut Iki)) {
    edit_rhk(ws, rhk_id, |rhk| {
        if let Some(iki) = rhk.iki.iter_mut().find(|i| i.id == iki_id) {
            f(iki);
        }
    });
}
