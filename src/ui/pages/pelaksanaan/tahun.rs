//! The year at a glance: every IKI against every period, on track, behind, or without a
//! realisasi or evidence (the domain's `rules::tahun`). One row per IKI, each watching its own
//! IKI and realisasi, so typing in one realisasi redraws at most its row.

use super::{daftar_periode, Dipilih};
use crate::domain::operasi::Bagian;
use crate::domain::rules::periode::PeriodeEvaluasi;
use crate::domain::rules::tahun::{sel_tahun, Keadaan, Sel};
use crate::i18n::monitor;
use crate::ui::form::fmt_angka;
use crate::ui::language::Language;
use crate::ui::pages::perencanaan::iki_name;
use crate::ui::progressive;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

#[component]
pub fn Tahun() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || monitor::text(lang.get());
    let dipilih = expect_context::<Dipilih>().0;
    let periods = Memo::new(move |_| daftar_periode(ws));
    let ikis = Memo::new(move |_| {
        ws.struktur().with(|s| {
            s.pasangan_iki()
                .into_iter()
                .map(|(_, iki)| iki)
                .collect::<Vec<_>>()
        })
    });
    let drawn = progressive::drawn(ikis.with_untracked(Vec::len));
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
        view! {
            <table class="year-table">
                <caption class="visually-hidden">{t.year_title}</caption>
                <thead><tr><th scope="col">{t.iki_column}</th>{head}</tr></thead>
                <tbody>
                    <For each=move || ikis.with(|ids| ids.iter().take(drawn.get()).cloned().collect::<Vec<_>>()) key=|id| id.clone() let:iki_id>
                        <BarisTahun iki_id=iki_id periods=periods />
                    </For>
                </tbody>
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

/// One IKI's row: its name and a cell per period.
#[component]
fn BarisTahun(iki_id: String, periods: Memo<Vec<PeriodeEvaluasi>>) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let iki_id = StoredValue::new(iki_id);
    let name = Memo::new(move |_| {
        let indikator = ws
            .with_part(Bagian::Iki(iki_id.get_value()), |s| {
                s.iki(&iki_id.get_value()).map(|i| i.indikator.clone())
            })
            .flatten()
            .unwrap_or_default();
        let name = ws
            .struktur()
            .with(|s| iki_name(s, &iki_id.get_value(), lang.get()));
        format!("{name}: {indikator}")
    });
    // The cells as data: typing that changes no cell draws nothing again.
    let cells = Memo::new(move |_| {
        let periods = periods.get();
        ws.with_part(Bagian::Iki(iki_id.get_value()), |_| ());
        ws.with_part(Bagian::Realisasi(iki_id.get_value()), |s| {
            sel_tahun(s, &iki_id.get_value(), &periods)
        })
        .unwrap_or_default()
    });
    let row = move || {
        let lang = lang.get();
        let t = monitor::text(lang);
        cells
            .get()
            .into_iter()
            .map(|Sel { keadaan, tanpa_bukti }| {
                let (class, text) = match keadaan {
                    Keadaan::Kosong => ("status-kosong", t.state_empty.to_string()),
                    Keadaan::Sesuai(c) => ("status-sesuai", (t.state_on_track)(&fmt_angka(c, lang))),
                    Keadaan::Tertinggal(c) => ("status-tertinggal", (t.state_behind)(&fmt_angka(c, lang))),
                    Keadaan::Tercatat => ("status-sesuai", t.state_recorded.to_string()),
                };
                view! {
                    <td class=class>
                        {text}
                        {tanpa_bukti.then(|| view! { <span class="tanpa-bukti">{t.state_no_evidence}</span> })}
                    </td>
                }
            })
            .collect_view()
    };
    view! { <tr><th scope="row">{name}</th>{row}</tr> }
}
