//! The year at a glance: every IKI against every period, on track, behind, or without a
//! realisasi or evidence (capaian against the period's target, from `rules::gap`).

use super::{daftar_periode, Dipilih};
use crate::domain::model::Realisasi;
use crate::domain::rules::gap::{gap_iki, GapIki, GapPeriode};
use crate::domain::Skp;
use crate::i18n::monitor;
use crate::ui::form::fmt_angka;
use crate::ui::language::Language;
use crate::ui::pages::perencanaan::rhk_name;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;
use std::collections::HashMap;

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

/// What a cell needs, looked up once per change instead of once per cell: each IKI's gaps
/// per period and each (period, IKI)'s realisasi.
struct Lookup<'a> {
    gaps: HashMap<(&'a str, u32), &'a GapPeriode>,
    realisasi: HashMap<(u32, &'a str), &'a Realisasi>,
}

impl<'a> Lookup<'a> {
    fn new(skp: &'a Skp, gaps: &'a [GapIki]) -> Lookup<'a> {
        Lookup {
            gaps: gaps
                .iter()
                .flat_map(|g| {
                    g.per_periode
                        .iter()
                        .map(move |p| ((g.iki_id.as_str(), p.periode_ke), p))
                })
                .collect(),
            realisasi: skp
                .evaluasi
                .iter()
                .flat_map(|e| {
                    e.realisasi
                        .iter()
                        .map(move |r| ((e.periode_ke, r.iki_id.as_str()), r))
                })
                .collect(),
        }
    }

    /// One cell: the state, and whether evidence is missing for what was recorded.
    fn keadaan(&self, iki_id: &str, ke: u32) -> (Keadaan, bool) {
        let Some(r) = self.realisasi.get(&(ke, iki_id)) else {
            return (Keadaan::Kosong, false);
        };
        let state = match self.gaps.get(&(iki_id, ke)) {
            Some(g) if g.kesenjangan > 0.0 => Keadaan::Tertinggal(g.capaian),
            Some(g) => Keadaan::Sesuai(g.capaian),
            None if r.nilai.is_some() || !r.uraian.trim().is_empty() => Keadaan::Tercatat,
            None => Keadaan::Kosong,
        };
        (state, state != Keadaan::Kosong && r.bukti_dukung.is_empty())
    }
}

/// One row of the table: the IKI's name and a cell per period.
#[derive(Clone, PartialEq)]
struct Baris {
    name: String,
    cells: Vec<(Keadaan, bool)>,
}

#[component]
pub fn Tahun() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || monitor::text(lang.get());
    let dipilih = expect_context::<Dipilih>().0;
    let gaps = Memo::new(move |_| ws.with_open(gap_iki).unwrap_or_default());
    let periods = Memo::new(move |_| daftar_periode(ws));
    // The table's content as data: typing that changes no cell draws nothing again.
    let rows = Memo::new(move |_| {
        let lang = lang.get();
        let periods = periods.get();
        gaps.with(|gaps| {
            ws.with_open(|s| {
                let lookup = Lookup::new(s, gaps);
                s.rhk
                    .iter()
                    .flat_map(|r| r.iki.iter().enumerate().map(move |(i, iki)| (r, i, iki)))
                    .map(|(r, i, iki)| Baris {
                        name: format!(
                            "{} · IKI {}: {}",
                            rhk_name(s, &r.id, lang),
                            i + 1,
                            iki.indikator
                        ),
                        cells: periods
                            .iter()
                            .map(|p| lookup.keadaan(&iki.id, p.ke))
                            .collect(),
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
        })
    });
    let table = move || {
        let lang = lang.get();
        let t = monitor::text(lang);
        let head = periods
            .get()
            .into_iter()
            .map(|p| {
                let ke = p.ke;
                view! {
                    <th scope="col">
                        <button type="button" class="link-button" on:click=move |_| dipilih.set(ke)>{p.label(lang)}</button>
                    </th>
                }
            })
            .collect_view();
        let body = rows
            .get()
            .into_iter()
            .map(|baris| {
                let cells = baris
                    .cells
                    .into_iter()
                    .map(|(state, no_evidence)| {
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
                view! { <tr><th scope="row">{baris.name}</th>{cells}</tr> }
            })
            .collect_view();
        view! {
            <table class="year-table">
                <caption class="visually-hidden">{t.year_title}</caption>
                <thead><tr><th scope="col">{t.iki_column}</th>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        }
    };
    view! {
        <section aria-labelledby="tahun-title">
            <h2 id="tahun-title">{move || t().year_title}</h2>
            <p class="hint">{move || t().year_help}</p>
            <div class="year-table-wrap" tabindex="0" role="region" aria-labelledby="tahun-title">{table}</div>
        </section>
    }
}
