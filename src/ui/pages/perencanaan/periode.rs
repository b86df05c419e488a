//! Choosing how often the SKP is evaluated. Changing it with results recorded moves them by
//! their dates (the domain's plan); when that moves, merges or drops anything the person should
//! know about, the plan is shown first and applied only on their word. Undo brings it back.

use crate::domain::model::{JenisPeriodeEvaluasi, Skp};
use crate::domain::operasi::{ganti_periode, rencana_ganti_periode, RencanaGantiPeriode, Tujuan};
use crate::domain::rules::periode::periode_evaluasi;
use crate::domain::Lang;
use crate::i18n::{confirm, plan};
use crate::ui::confirm::Confirm;
use crate::ui::form::select_input;
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

fn jenis_label(t: &plan::PlanText, jenis: JenisPeriodeEvaluasi) -> &'static str {
    match jenis {
        JenisPeriodeEvaluasi::Bulanan => t.bulanan,
        JenisPeriodeEvaluasi::Triwulanan => t.triwulanan,
        JenisPeriodeEvaluasi::Semesteran => t.semesteran,
    }
}

/// The label of period `ke` of type `jenis` in this SKP ("Triwulan II 2025").
fn label(skp: &Skp, jenis: JenisPeriodeEvaluasi, ke: u32, lang: Lang) -> String {
    periode_evaluasi(&skp.periode, jenis)
        .into_iter()
        .find(|p| p.ke == ke)
        .map_or_else(|| format!("#{ke}"), |p| p.label(lang))
}

/// What the plan does, a line each, in the person's words.
fn plan_lines(skp: &Skp, rencana: &RencanaGantiPeriode, lang: Lang) -> Vec<String> {
    let c = confirm::text(lang);
    let p = plan::text(lang);
    let old = |ke| label(skp, rencana.dari, ke, lang);
    let new = |ke| label(skp, rencana.ke, ke, lang);
    let mut lines = vec![(c.period_title)(
        jenis_label(p, rencana.dari),
        jenis_label(p, rencana.ke),
    )];
    for ev in &rencana.evaluasi {
        match ev.tujuan {
            Tujuan::Periode(ke) => lines.push((c.period_moved)(&old(ev.periode_lama), &new(ke))),
            Tujuan::TidakTerpetakan(alasan) if !ev.isi.kosong() => {
                lines.push((c.period_unmapped)(&old(ev.periode_lama), &ev.isi, alasan))
            }
            Tujuan::TidakTerpetakan(_) => {}
        }
    }
    for r in &rencana.tertimpa {
        let iki = skp
            .iki(&r.iki_id)
            .map(|i| format!("\u{201c}{}\u{201d}", i.indikator.trim()))
            .unwrap_or_else(|| r.iki_id.clone());
        lines.push((c.period_replaced)(&old(r.periode_ke), &iki));
    }
    for r in &rencana.rating_dilepas {
        lines.push((c.period_rating_dropped)(
            &old(r.periode_lama),
            &new(r.periode_baru),
        ));
    }
    for a in rencana.rencana_aksi.iter().filter(|a| !a.menurut_tanggal) {
        lines.push((c.action_without_date)(&new(a.periode_baru)));
    }
    lines
}

/// The select for the evaluation periods, with the plan shown before a change that needs it.
#[component]
pub fn PilihPeriodeEvaluasi() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || plan::text(lang.get());
    let shown = RwSignal::new(None::<RencanaGantiPeriode>);
    let asking = RwSignal::new(false);
    let apply = move |rencana: RencanaGantiPeriode| {
        let p = plan::text(lang.get_untracked());
        let label =
            (confirm::text(lang.get_untracked()).period_changed_label)(jenis_label(p, rencana.ke));
        let has_results = ws
            .with_open(|s| !s.evaluasi.is_empty() || !s.tindak_lanjut.rencana_aksi.is_empty())
            .unwrap_or(false);
        let change = move |s: &mut Skp| {
            // The plan was made from this very SKP a moment ago, so it cannot be stale.
            let _ = ganti_periode(s, &rencana);
        };
        if has_results {
            ws.edit_destructive(label, change);
        } else {
            ws.edit(change);
        }
    };
    let choose = move |ke: JenisPeriodeEvaluasi| {
        let Some(rencana) = ws.with_open(|s| rencana_ganti_periode(s, ke)) else {
            return;
        };
        if rencana.dari == rencana.ke {
            return;
        }
        if rencana.perlu_konfirmasi() {
            shown.set(Some(rencana));
            asking.set(true);
        } else {
            asking.set(false);
            apply(rencana);
        }
    };
    let confirmed = move || {
        let Some(rencana) = shown.get_untracked() else {
            return;
        };
        // Another tab may have changed the SKP while the plan was shown: show the new plan.
        let fresh = ws.with_open(|s| rencana_ganti_periode(s, rencana.ke));
        match fresh {
            Some(fresh) if fresh == rencana => apply(rencana),
            Some(fresh) => {
                shown.set(Some(fresh));
                asking.set(true);
            }
            None => {}
        }
    };
    let lines = Signal::derive(move || {
        shown
            .get()
            .and_then(|rencana| ws.with_open(|s| plan_lines(s, &rencana, lang.get())))
            .unwrap_or_default()
    });
    view! {
        {select_input(
            move || t().evaluation_periods.into(),
            move || {
                let t = t();
                [
                    JenisPeriodeEvaluasi::Bulanan,
                    JenisPeriodeEvaluasi::Triwulanan,
                    JenisPeriodeEvaluasi::Semesteran,
                ]
                .into_iter()
                .map(|j| (j, jenis_label(t, j).to_string()))
                .collect()
            },
            // Drawn again when a question opens or closes, so the select shows what is in force.
            move || {
                asking.track();
                ws.with_open(|s| s.periode_evaluasi).unwrap_or_default()
            },
            choose,
        )}
        <Confirm
            asking=asking
            lines=lines
            action=Signal::derive(move || confirm::text(lang.get()).period_apply.to_string())
            on_confirm=confirmed
        />
    }
}
