//! Analisis kesenjangan: IKI behind target, by how much, since when, with the kendala; from
//! each gap one click plans a rencana aksi for the next period or a development activity.

use crate::domain::id::IdGen;
use crate::domain::model::{KegiatanPengembangan, RencanaAksi};
use crate::domain::penilaian::{fmt_angka, fmt_persen};
use crate::domain::rules::gap::gap_dari_capaian;
use crate::i18n::{assess, plan};
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

#[component]
pub fn Kesenjangan() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || assess::text(lang.get());
    let made = RwSignal::new(false);
    let add_action = move |iki_id: String, indikator: String, periode_ke: u32| {
        let uraian = (assess::text(lang.get_untracked()).action_default)(&indikator);
        ws.edit(|skp| {
            let aksi = &mut skp.tindak_lanjut.rencana_aksi;
            let id = IdGen::after("ra", aksi.iter().map(|a| a.id.as_str())).next_id("ra");
            aksi.push(RencanaAksi {
                id,
                iki_id,
                periode_ke,
                uraian,
                selesai: false,
            });
        });
    };
    let add_activity = move |iki_id: String, indikator: String| {
        let nama = (assess::text(lang.get_untracked()).activity_default)(&indikator);
        ws.edit(|skp| {
            let k = &mut skp.pengembangan_kompetensi;
            let id = IdGen::after("kp", k.iter().map(|a| a.id.as_str())).next_id("kp");
            k.push(KegiatanPengembangan {
                nama,
                untuk_iki_id: Some(iki_id),
                ..KegiatanPengembangan::baru(id)
            });
        });
        made.set(true);
    };
    let rows = move || {
        let lang = lang.get();
        let t = assess::text(lang);
        ws.with_open(|skp| {
            let daftar = skp.daftar_periode_evaluasi();
            let label = |ke: u32| {
                daftar.iter().find(|p| p.ke == ke).map(|p| p.label(lang)).unwrap_or_else(|| ke.to_string())
            };
            let gaps: Vec<_> = ws.capaian().with(gap_dari_capaian).into_iter().filter(|g| g.ada_kesenjangan()).collect();
            if gaps.is_empty() {
                return view! { <tr><td colspan="5">{t.gap_none}</td></tr> }.into_any();
            }
            gaps.into_iter()
                .filter_map(|g| {
                    let iki = skp.iki(&g.iki_id)?;
                    let akhir = g.terakhir()?.clone();
                    let kendala: Vec<String> = skp
                        .evaluasi
                        .iter()
                        .flat_map(|e| e.realisasi.iter().map(move |r| (e.periode_ke, r)))
                        .filter(|(_, r)| r.iki_id == g.iki_id && !r.kendala.trim().is_empty())
                        .map(|(ke, r)| format!("{}: {}", label(ke), r.kendala))
                        .collect();
                    let berikut = akhir.periode_ke.saturating_add(1).min(daftar.len().max(1) as u32);
                    let (i1, n1, i2, n2) = (g.iki_id.clone(), iki.indikator.clone(), g.iki_id.clone(), iki.indikator.clone());
                    Some(view! {
                        <tr class="gap-row" data-iki=g.iki_id.clone()>
                            <td>{iki.indikator.clone()}</td>
                            <td class="num">{fmt_persen(Some(akhir.capaian), lang)}<br />
                                <small>{label(akhir.periode_ke)}</small></td>
                            <td class="num gap-size">{(t.points)(&fmt_angka(akhir.kesenjangan, lang))}</td>
                            <td>{g.sejak_periode.map(label)}</td>
                            <td>{kendala.into_iter().map(|k| view! { <p>{k}</p> }).collect_view()}</td>
                            <td>
                                <div class="gap-actions">
                                    <button type="button" on:click=move |_| add_action(i1.clone(), n1.clone(), berikut)>{t.make_action}</button>
                                    <button type="button" on:click=move |_| add_activity(i2.clone(), n2.clone())>{t.make_activity}</button>
                                </div>
                            </td>
                        </tr>
                    })
                })
                .collect_view()
                .into_any()
        })
    };
    view! {
        <section class="gap-section">
            <h2>{move || t().gap_title}</h2>
            <p class="hint">{move || t().gap_intro}</p>
            <div class="table-scroll">
                <table class="gap-table">
                    <thead>
                        <tr>
                            <th>{move || t().col_iki}</th>
                            <th>{move || t().col_capaian}</th>
                            <th>{move || t().col_gap}</th>
                            <th>{move || t().col_since}</th>
                            <th>{move || t().col_kendala}</th>
                            <th><span class="visually-hidden">{move || t().col_actions}</span></th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <Show when=move || made.get()>
                <p class="notice" role="status">{move || t().activity_made}</p>
            </Show>
            <RencanaAksiList />
        </section>
    }
}

#[component]
fn RencanaAksiList() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || assess::text(lang.get());
    let ids = move || {
        ws.with_open(|skp| {
            skp.tindak_lanjut
                .rencana_aksi
                .iter()
                .map(|a| a.id.clone())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    view! {
        <Show when=move || !ids().is_empty()>
            <h3>{move || t().actions_title}</h3>
            <ul class="action-list">
                <For each=ids key=|id| id.clone() let:id>
                    <AksiItem id=id />
                </For>
            </ul>
        </Show>
    }
}

#[component]
fn AksiItem(id: String) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || assess::text(lang.get());
    let id = StoredValue::new(id);
    let with = move |f: &dyn Fn(&RencanaAksi) -> String| {
        ws.with_open(|skp| {
            skp.tindak_lanjut
                .rencana_aksi
                .iter()
                .find(|a| a.id == id.get_value())
                .map(f)
        })
        .flatten()
        .unwrap_or_default()
    };
    let edit = move |f: Box<dyn FnOnce(&mut RencanaAksi)>| {
        ws.edit(|skp| {
            if let Some(a) = skp
                .tindak_lanjut
                .rencana_aksi
                .iter_mut()
                .find(|a| a.id == id.get_value())
            {
                f(a);
            }
        })
    };
    let heading = move || {
        let lang = lang.get();
        ws.with_open(|skp| {
            let a = skp
                .tindak_lanjut
                .rencana_aksi
                .iter()
                .find(|a| a.id == id.get_value())?;
            let iki = skp
                .rhk
                .iter()
                .flat_map(|r| r.iki.iter())
                .find(|i| i.id == a.iki_id)?;
            let periode = skp
                .daftar_periode_evaluasi()
                .into_iter()
                .find(|p| p.ke == a.periode_ke)
                .map(|p| p.label(lang))
                .unwrap_or_default();
            Some(format!("{} \u{b7} {periode}", iki.indikator))
        })
        .flatten()
    };
    let field_id = move || format!("aksi-{}", id.get_value());
    let nomor = move || {
        ws.with_open(|skp| {
            skp.tindak_lanjut
                .rencana_aksi
                .iter()
                .position(|a| a.id == id.get_value())
        })
        .flatten()
        .map_or(0, |i| i + 1)
    };
    let done = move || {
        ws.with_open(|skp| {
            skp.tindak_lanjut
                .rencana_aksi
                .iter()
                .any(|a| a.id == id.get_value() && a.selesai)
        })
        .unwrap_or(false)
    };
    view! {
        <li class="action-item">
            <p class="action-iki">{heading}</p>
            <label for=field_id>{move || t().action_label}</label>
            <textarea id=field_id rows="2" prop:value=move || with(&|a| a.uraian.clone())
                on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |a| a.uraian = v)); }></textarea>
            <label class="check">
                <input type="checkbox" prop:checked=done
                    on:change=move |ev| { let v = event_target_checked(&ev); edit(Box::new(move |a| a.selesai = v)); } />
                {move || t().action_done}
            </label>
            <button type="button" class="danger" aria-label=move || (plan::text(lang.get()).delete_label)(&(t().action_nomor)(nomor())) on:click=move |_| {
                let label = t().deleted_action.to_string();
                ws.edit_destructive(label, |skp| skp.tindak_lanjut.rencana_aksi.retain(|a| a.id != id.get_value()));
            }>{move || t().delete}</button>
        </li>
    }
}
