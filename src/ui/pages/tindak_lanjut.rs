//! Tindak lanjut: rewards and consequences, a keberatan with its deadline, the reflection on
//! motives, and what carries over to next year's SKP.

use crate::domain::id::IdGen;
use crate::domain::model::{Butir, Keberatan, TindakLanjut};
use crate::domain::rules::keberatan::{batas_keberatan, sisa_hari, tepat_waktu};
use crate::domain::rules::terbawa::terbawa;
use crate::i18n::follow_up::{self, MOTIF};
use crate::i18n::print;
use crate::route::Route;
use crate::ui::clock;
use crate::ui::form::{read_date, DATE_MAX, DATE_MIN};
use crate::ui::language::{use_text, Language};
use crate::ui::open_skp::WithOpenSkp;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

#[component]
pub fn TindakLanjutPage() -> impl IntoView {
    let shell = use_text();
    let stage = move || shell().stage(Route::TindakLanjut);
    view! {
        <article class="stage follow-up">
            <h1>{move || stage().map(|s| s.title)}</h1>
            <p class="lead">{move || stage().map(|s| s.summary)}</p>
            <WithOpenSkp>
                <Daftar sanksi=false />
                <Daftar sanksi=true />
                <KeberatanForm />
                <Motif />
                <Terbawa />
            </WithOpenSkp>
        </article>
    }
}

fn list(tl: &mut TindakLanjut, sanksi: bool) -> &mut Vec<Butir> {
    if sanksi {
        &mut tl.sanksi
    } else {
        &mut tl.penghargaan
    }
}

#[component]
fn Daftar(sanksi: bool) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || follow_up::text(lang.get());
    let prefix = if sanksi { "sk" } else { "ph" };
    let ids = move || {
        ws.with_open(|skp| {
            let l = if sanksi {
                &skp.tindak_lanjut.sanksi
            } else {
                &skp.tindak_lanjut.penghargaan
            };
            l.iter().map(|b| b.id.clone()).collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let add = move |_| {
        ws.edit(|skp| {
            let l = list(&mut skp.tindak_lanjut, sanksi);
            let id = IdGen::after(prefix, l.iter().map(|b| b.id.as_str())).next_id(prefix);
            l.push(Butir {
                id,
                teks: String::new(),
            });
        })
    };
    view! {
        <section class=if sanksi { "sanctions" } else { "rewards" }>
            <h2>{move || if sanksi { t().sanctions_title } else { t().rewards_title }}</h2>
            <p class="hint">{move || if sanksi { t().sanctions_help } else { t().rewards_help }}</p>
            <ul class="butir-list">
                <For each=ids key=|id| id.clone() let:id>
                    <ButirItem id=id sanksi=sanksi />
                </For>
            </ul>
            <button type="button" on:click=add>{move || t().add}</button>
        </section>
    }
}

#[component]
fn ButirItem(id: String, sanksi: bool) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || follow_up::text(lang.get());
    let id = StoredValue::new(id);
    let field = format!("butir-{}", id.get_value());
    let value = move || {
        ws.with_open(|skp| {
            let l = if sanksi {
                &skp.tindak_lanjut.sanksi
            } else {
                &skp.tindak_lanjut.penghargaan
            };
            l.iter()
                .find(|b| b.id == id.get_value())
                .map(|b| b.teks.clone())
        })
        .flatten()
        .unwrap_or_default()
    };
    let nomor = move || {
        ws.with_open(|skp| {
            let l = if sanksi {
                &skp.tindak_lanjut.sanksi
            } else {
                &skp.tindak_lanjut.penghargaan
            };
            l.iter().position(|b| b.id == id.get_value())
        })
        .flatten()
        .map_or(0, |i| i + 1)
    };
    view! {
        <li>
            <label for=field.clone()>{move || (t().item_label)(sanksi, nomor())}</label>
            <input id=field prop:value=value on:input=move |ev| {
                let v = event_target_value(&ev);
                ws.edit(|skp| {
                    if let Some(b) = list(&mut skp.tindak_lanjut, sanksi).iter_mut().find(|b| b.id == id.get_value()) {
                        b.teks = v;
                    }
                });
            } />
            <button type="button" class="danger" on:click=move |_| {
                ws.edit_destructive(t().deleted.to_string(), |skp| list(&mut skp.tindak_lanjut, sanksi).retain(|b| b.id != id.get_value()));
            } aria-label=move || (t().delete_item)(sanksi, nomor())>{move || t().delete}</button>
        </li>
    }
}

#[component]
fn KeberatanForm() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || follow_up::text(lang.get());
    let k = move || {
        ws.with_open(|skp| skp.tindak_lanjut.keberatan.clone())
            .flatten()
    };
    let edit = move |f: Box<dyn FnOnce(&mut Keberatan)>| {
        ws.edit(|skp| {
            if let Some(k) = skp.tindak_lanjut.keberatan.as_mut() {
                f(k);
            }
        })
    };
    let start = move |_| {
        let today = clock::today();
        ws.edit(|skp| {
            skp.tindak_lanjut.keberatan.get_or_insert(Keberatan {
                tanggal_hasil_diterima: today,
                tanggal_diajukan: None,
                alasan: String::new(),
                keputusan: String::new(),
            });
        })
    };
    let deadline = move || {
        let lang = lang.get();
        let t = follow_up::text(lang);
        let k = k()?;
        let batas = batas_keberatan(k.tanggal_hasil_diterima)?;
        let sisa = sisa_hari(k.tanggal_hasil_diterima, clock::today())?;
        let sisa = match sisa {
            n if n > 0 => (t.appeal_left)(n),
            0 => t.appeal_today.to_string(),
            n => (t.appeal_passed)(-n),
        };
        let status = k.tanggal_diajukan.map(|d| {
            if tepat_waktu(k.tanggal_hasil_diterima, d) {
                t.appeal_in_time
            } else {
                t.appeal_late
            }
        });
        Some(view! {
            <p class="deadline" id="batas-keberatan"><strong>{(t.appeal_deadline)(&(print::text(lang).tanggal)(batas))}</strong></p>
            <p>{if k.tanggal_diajukan.is_none() { Some(sisa) } else { None }}</p>
            <p class="appeal-status">{status}</p>
        })
    };
    view! {
        <section class="appeal">
            <h2>{move || t().appeal_title}</h2>
            <p class="hint">{move || t().appeal_help}</p>
            <Show when=move || k().is_some()
                fallback=move || view! { <button type="button" on:click=start>{move || t().appeal_start}</button> }>
                <div class="field">
                    <label for="keberatan-diterima">{move || t().appeal_received}</label>
                    <input type="date" id="keberatan-diterima" min=DATE_MIN max=DATE_MAX
                        prop:value=move || k().map(|k| k.tanggal_hasil_diterima.to_string()).unwrap_or_default()
                        on:change=move |ev| if let Some(d) = read_date(&event_target_value(&ev)) { edit(Box::new(move |k| k.tanggal_hasil_diterima = d)); } />
                </div>
                {deadline}
                <div class="field">
                    <label for="keberatan-diajukan">{move || t().appeal_submitted}</label>
                    <input type="date" id="keberatan-diajukan" min=DATE_MIN max=DATE_MAX
                        prop:value=move || k().and_then(|k| k.tanggal_diajukan).map(|d| d.to_string()).unwrap_or_default()
                        on:change=move |ev| { let d = read_date(&event_target_value(&ev)); edit(Box::new(move |k| k.tanggal_diajukan = d)); } />
                </div>
                <div class="field">
                    <label for="keberatan-alasan">{move || t().appeal_reason}</label>
                    <textarea id="keberatan-alasan" rows="3" prop:value=move || k().map(|k| k.alasan).unwrap_or_default()
                        on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |k| k.alasan = v)); }></textarea>
                </div>
                <div class="field">
                    <label for="keberatan-keputusan">{move || t().appeal_decision}</label>
                    <textarea id="keberatan-keputusan" rows="2" prop:value=move || k().map(|k| k.keputusan).unwrap_or_default()
                        on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |k| k.keputusan = v)); }></textarea>
                </div>
                <button type="button" class="danger" on:click=move |_| {
                    ws.edit_destructive(t().appeal_removed.to_string(), |skp| skp.tindak_lanjut.keberatan = None);
                }>{move || t().appeal_remove}</button>
            </Show>
        </section>
    }
}

#[component]
fn Motif() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || follow_up::text(lang.get());
    let checks = MOTIF
        .into_iter()
        .map(|m| {
            let on = move || {
                ws.with_open(|skp| skp.motif.motif.contains(&m))
                    .unwrap_or(false)
            };
            view! {
                <label class="check">
                    <input type="checkbox" prop:checked=on on:change=move |ev| {
                        let c = event_target_checked(&ev);
                        ws.edit(|skp| {
                            skp.motif.motif.retain(|x| *x != m);
                            if c { skp.motif.motif.push(m); }
                        });
                    } />
                    {move || (t().motif)(m)}
                </label>
            }
        })
        .collect_view();
    let utama = move || ws.with_open(|skp| skp.motif.motif_utama).flatten();
    view! {
        <section class="motive">
            <h2>{move || t().motive_title}</h2>
            <p class="hint">{move || t().motive_help}</p>
            <div class="checks">{checks}</div>
            <div class="field">
                <label for="motif-utama">{move || t().motive_main}</label>
                <select id="motif-utama" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let m = MOTIF.into_iter().find(|m| format!("{m:?}") == v);
                    ws.edit(|skp| skp.motif.motif_utama = m);
                }>
                    <option value="" prop:selected=move || utama().is_none()>{move || t().motive_none}</option>
                    {MOTIF.into_iter().map(|m| view! {
                        <option value=format!("{m:?}") prop:selected=move || utama() == Some(m)>{move || (t().motif)(m)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="motif-refleksi">{move || t().motive_reflection}</label>
                <textarea id="motif-refleksi" rows="4"
                    prop:value=move || ws.with_open(|skp| skp.motif.refleksi.clone()).unwrap_or_default()
                    on:input=move |ev| { let v = event_target_value(&ev); ws.edit(|skp| skp.motif.refleksi = v); }></textarea>
            </div>
        </section>
    }
}

#[component]
fn Terbawa() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || follow_up::text(lang.get());
    let body = move || {
        let t = follow_up::text(lang.get());
        ws.with_open(|skp| {
            let carried = terbawa(skp);
            let daftar = |judul: &'static str, items: Vec<String>| {
                let isi = if items.is_empty() {
                    view! { <li>{t.carry_nothing}</li> }.into_any()
                } else {
                    items
                        .into_iter()
                        .map(|i| view! { <li>{i}</li> })
                        .collect_view()
                        .into_any()
                };
                view! { <h3>{judul}</h3><ul>{isi}</ul> }
            };
            view! {
                <p>{(t.carry_plan)(carried.jumlah_rhk, carried.jumlah_iki)}</p>
                {daftar(t.carry_gaps, carried.iki_tertinggal)}
                {daftar(t.carry_actions, carried.aksi_terbuka)}
                {daftar(t.carry_development, carried.pengembangan_belum)}
            }
        })
    };
    view! {
        <section class="carry-over">
            <h2>{move || t().carry_title}</h2>
            <p class="hint">{move || t().carry_help}</p>
            {body}
            <a class="button" href=Route::DaftarSkp.href()>{move || t().carry_copy}</a>
        </section>
    }
}
