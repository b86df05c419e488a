//! The team at a glance: one row per subordinate, from the same domain rows as the class view
//! (plan readiness, the latest capaian, the ratings and predikat, JP). For the distribution
//! check and the gaps at three levels, the same files go into a class.

use super::state::BawahanState;
use crate::domain::kelas::tabel_kelas;
use crate::domain::penilaian::{fmt_angka, fmt_persen};
use crate::i18n::{tinjauan, workshop};
use crate::route::{bawahan_href, Route};
use crate::ui::language::Language;
use leptos::prelude::*;

#[component]
pub fn TabelTim() -> impl IntoView {
    let state = BawahanState::get();
    let lang = Language::current();
    let baris = Memo::new(move |_| state.daftar.with(|d| tabel_kelas(d)));
    move || {
        let lang = lang.get();
        let t = workshop::text(lang);
        let tt = tinjauan::text(lang);
        let rows = baris.get();
        (rows.len() > 1).then(|| {
            let isi = rows
                .into_iter()
                .map(|b| {
                    let capaian = b.capaian_periode.iter().rev().find_map(|c| *c);
                    let rating = |r: Option<crate::domain::model::Rating>| r.map_or("\u{2013}", |r| r.label(lang));
                    view! {
                        <tr>
                            <td><a href=bawahan_href(&b.skp_id)>{b.nama.clone()}</a></td>
                            <td>{b.jabatan.clone()}</td>
                            <td>{(t.readiness)(b.galat, b.peringatan)}</td>
                            <td class="num">{fmt_persen(capaian, lang)}</td>
                            <td>{rating(b.rating_hasil_kerja)}</td>
                            <td>{rating(b.rating_perilaku_kerja)}</td>
                            <td>{b.predikat.map_or("\u{2013}", |p| p.label(lang))}</td>
                            <td class="num">{format!("{} / 20", fmt_angka(b.jp, lang))}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <section aria-labelledby="tim">
                    <h2 id="tim">{tt.team_title}</h2>
                    <div class="table-scroll">
                        <table class="doc-table">
                            <thead><tr>
                                <th scope="col">{t.col_name}</th>
                                <th scope="col">{t.col_post}</th>
                                <th scope="col">{t.col_readiness}</th>
                                <th scope="col">{tt.team_latest_capaian}</th>
                                <th scope="col">{t.col_rating_hasil}</th>
                                <th scope="col">{t.col_rating_perilaku}</th>
                                <th scope="col">{t.col_predikat}</th>
                                <th scope="col">{t.col_jp}</th>
                            </tr></thead>
                            <tbody>{isi}</tbody>
                        </table>
                    </div>
                    <p class="hint">{tt.team_more} " " <a href=Route::Kelas.href()>{workshop::text(lang).title}</a></p>
                </section>
            }
        })
    }
}
