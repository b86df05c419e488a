//! The year at a glance: every IKI against every period, on track, behind, or without a
//! realisasi or evidence (capaian against the period's target, from `rules::gap`).

use super::{daftar_periode, Dipilih};
use crate::domain::penilaian::evaluasi;
use crate::domain::rules::gap::{gap_iki, GapIki};
use crate::domain::Skp;
use crate::i18n::monitor;
use crate::ui::form::fmt_angka;
use crate::ui::language::Language;
use crate::ui::pages::perencanaan::rhk_name;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

/// The state of one IKI in one period.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Keadaan {
    /// Nothing recorded.
    Kosong,
    /// A value at or above the period's target.
    Sesuai(f64),
    /// A value below the period's target.
    Tertinggal(f64),
    /// Recorded, but not comparable with a number (a described target, or only words).
    Tercatat,
}

/// One cell: the state, and whether evidence is missing for what was recorded. `gaps` is
/// `gap_iki(skp)`, computed once for the whole table.
fn keadaan(skp: &Skp, gaps: &[GapIki], iki_id: &str, ke: u32) -> (Keadaan, bool) {
    let Some(r) = evaluasi(skp, ke).and_then(|e| e.realisasi.iter().find(|r| r.iki_id == iki_id))
    else {
        return (Keadaan::Kosong, false);
    };
    let gap = gaps
        .iter()
        .find(|g| g.iki_id == iki_id)
        .and_then(|g| g.per_periode.iter().find(|p| p.periode_ke == ke));
    let state = match gap {
        Some(g) if g.kesenjangan > 0.0 => Keadaan::Tertinggal(g.capaian),
        Some(g) => Keadaan::Sesuai(g.capaian),
        None if r.nilai.is_some() || !r.uraian.trim().is_empty() => Keadaan::Tercatat,
        None => Keadaan::Kosong,
    };
    (state, state != Keadaan::Kosong && r.bukti_dukung.is_empty())
}

#[component]
pub fn Tahun() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || monitor::text(lang.get());
    let dipilih = expect_context::<Dipilih>().0;
    let gaps = Memo::new(move |_| ws.with_open(gap_iki).unwrap_or_default());
    let table = move || {
        let lang = lang.get();
        let t = monitor::text(lang);
        let periods = daftar_periode(ws);
        let gaps = gaps.get();
        ws.with_open(|s| {
            let head = periods
                .iter()
                .map(|p| {
                    let ke = p.ke;
                    view! {
                        <th scope="col">
                            <button type="button" class="link-button" on:click=move |_| dipilih.set(ke)>{p.label(lang)}</button>
                        </th>
                    }
                })
                .collect_view();
            let rows = s
                .rhk
                .iter()
                .flat_map(|r| r.iki.iter().enumerate().map(move |(i, iki)| (r, i, iki)))
                .map(|(r, i, iki)| {
                    let name = format!("{} · IKI {}: {}", rhk_name(s, &r.id, lang), i + 1, iki.indikator);
                    let cells = periods
                        .iter()
                        .map(|p| {
                            let (state, no_evidence) = keadaan(s, &gaps, &iki.id, p.ke);
                            let (class, text) = match state {
                                Keadaan::Kosong => ("status-kosong", t.state_empty.to_string()),
                                Keadaan::Sesuai(c) => ("status-sesuai", (t.state_on_track)(&fmt_angka(c, lang))),
                                Keadaan::Tertinggal(c) => ("status-tertinggal", (t.state_behind)(&fmt_angka(c, lang))),
                                Keadaan::Tercatat => ("status-sesuai", t.state_recorded.to_string()),
                            };
                            view! {
                                <td class=class>
                                    {text}
                                    {no_evidence.then(|| view! { <span class="tanpa-bukti">{t.state_no_evidence}</span> })}
                                </td>
                            }
                        })
                        .collect_view();
                    view! { <tr><th scope="row">{name}</th>{cells}</tr> }
                })
                .collect_view();
            view! {
                <table class="year-table">
                    <caption class="visually-hidden">{t.year_title}</caption>
                    <thead><tr><th scope="col">{t.iki_column}</th>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
    };
    view! {
        <section aria-labelledby="tahun-title">
            <h2 id="tahun-title">{move || t().year_title}</h2>
            <p class="hint">{move || t().year_help}</p>
            <div class="year-table-wrap" tabindex="0" role="region" aria-labelledby="tahun-title">{table}</div>
        </section>
    }
}
