//! Pengembangan kompetensi: plan and log activities with JP planned and earned, provider,
//! dates and evidence, the IKI gap each serves, and the progress to 20 JP this year.

use chrono::{Datelike, NaiveDate};

use crate::domain::assumptions::{assumption, JP_PPPK};
use crate::domain::id::IdGen;
use crate::domain::model::KegiatanPengembangan;
use crate::domain::model::{BentukPengembangan, JenisPegawai};
use crate::domain::penilaian::{fmt_angka, parse_angka};
use crate::domain::rules::gap::gap_dari_capaian;
use crate::domain::rules::jp::{rekap_jp, MIN_JP_PER_TAHUN};
use crate::i18n::develop::{self, KemajuanJp, JENIS};
use crate::route::{Dokumen, Route};
use crate::ui::clock;
use crate::ui::form::{read_date, DATE_MAX, DATE_MIN};
use crate::ui::language::{use_text, Language};
use crate::ui::open_skp::WithOpenSkp;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

#[component]
pub fn PengembanganPage() -> impl IntoView {
    let shell = use_text();
    let stage = move || shell().stage(Route::Pengembangan);
    view! {
        <article class="stage develop">
            <h1>{move || stage().map(|s| s.title)}</h1>
            <p class="lead">{move || stage().map(|s| s.summary)}</p>
            <WithOpenSkp>
                <Pengembangan />
            </WithOpenSkp>
        </article>
    }
}

#[component]
fn Pengembangan() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || develop::text(lang.get());
    // The year of the SKP; JP count per calendar year (PP 11/2017 Ps 203).
    let tahun = move || {
        ws.with_open(|skp| skp.periode.mulai.year())
            .unwrap_or_else(|| clock::today().year())
    };
    let progress = move || {
        let lang = lang.get();
        let t = develop::text(lang);
        let th = tahun();
        let r = ws
            .with_open(|skp| {
                rekap_jp(&skp.pengembangan_kompetensi)
                    .into_iter()
                    .find(|r| r.tahun == Some(th))
            })
            .flatten();
        let (diperoleh, rencana, kurang, ok) = r.map_or((0.0, 0.0, MIN_JP_PER_TAHUN, false), |r| {
            (
                r.jp_diperoleh,
                r.jp_rencana,
                r.kekurangan,
                r.diperoleh_memenuhi,
            )
        });
        view! {
            <div class="jp-progress" class:reached=ok>
                <p id="jp-status">{(t.progress)(&KemajuanJp { diperoleh: &fmt_angka(diperoleh, lang), rencana: &fmt_angka(rencana, lang), tahun: th })}</p>
                <progress max=MIN_JP_PER_TAHUN.to_string() value=diperoleh.min(MIN_JP_PER_TAHUN).to_string()></progress>
                <p class="jp-verdict">{if ok { t.reached.to_string() } else { (t.missing)(&fmt_angka(kurang, lang)) }}</p>
            </div>
        }
    };
    let ids = move || {
        ws.with_open(|skp| {
            skp.pengembangan_kompetensi
                .iter()
                .map(|k| k.id.clone())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let add = move |_| {
        ws.edit(|skp| {
            let k = &mut skp.pengembangan_kompetensi;
            let id = IdGen::after("kp", k.iter().map(|a| a.id.as_str())).next_id("kp");
            k.push(KegiatanPengembangan::baru(id));
        })
    };
    // 20 JP is the PNS rule; for PPPK it is shown as the assumption it is.
    let pppk_note = move || {
        let pppk = ws
            .with_open(|skp| skp.jenis_pegawai == JenisPegawai::Pppk)
            .unwrap_or(false);
        pppk.then(|| assumption(JP_PPPK))
            .flatten()
            .map(|a| view! { <p class="notice assumption">{a.text(lang.get())}</p> })
    };
    view! {
        <p>{move || t().intro}</p>
        {pppk_note}
        {progress}
        <p class="empty" hidden=move || !ids().is_empty()>{move || t().empty}</p>
        <ol class="activity-list">
            <For each=ids key=|id| id.clone() let:id>
                <Kegiatan id=id />
            </For>
        </ol>
        <div class="actions">
            <button type="button" class="primary" on:click=add>{move || t().add}</button>
            <a class="button" href=Route::Cetak(Dokumen::Pengembangan).href()>{move || t().print}</a>
        </div>
    }
}

#[component]
fn Kegiatan(id: String) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || develop::text(lang.get());
    let id = StoredValue::new(id);
    let get = move |f: fn(&KegiatanPengembangan) -> String| {
        ws.with_open(|skp| {
            skp.pengembangan_kompetensi
                .iter()
                .find(|k| k.id == id.get_value())
                .map(f)
        })
        .flatten()
        .unwrap_or_default()
    };
    let jp = move |f: fn(&KegiatanPengembangan) -> Option<f64>| {
        let lang = lang.get();
        ws.with_open(|skp| {
            skp.pengembangan_kompetensi
                .iter()
                .find(|k| k.id == id.get_value())
                .and_then(f)
                .map(|j| fmt_angka(j, lang))
        })
        .flatten()
        .unwrap_or_default()
    };
    let set = move |f: Box<dyn FnOnce(&mut KegiatanPengembangan)>| {
        ws.edit(|skp| {
            if let Some(k) = skp
                .pengembangan_kompetensi
                .iter_mut()
                .find(|k| k.id == id.get_value())
            {
                f(k);
            }
        })
    };
    let fid = move |name: &str| format!("{name}-{}", id.get_value());
    let text_field = move |name: &'static str,
                           label: fn(&develop::DevelopText) -> &'static str,
                           read: fn(&KegiatanPengembangan) -> String,
                           write: fn(&mut KegiatanPengembangan, String)| {
        view! {
            <div class="field">
                <label for=fid(name)>{move || label(t())}</label>
                <input id=fid(name) name=name prop:value=move || get(read)
                    on:input=move |ev| { let v = event_target_value(&ev); set(Box::new(move |k| write(k, v))); } />
            </div>
        }
    };
    let date_field =
        move |name: &'static str,
              label: fn(&develop::DevelopText) -> &'static str,
              read: fn(&KegiatanPengembangan) -> String,
              write: fn(&mut KegiatanPengembangan, Option<NaiveDate>)| {
            view! {
                <div class="field">
                    <label for=fid(name)>{move || label(t())}</label>
                    <input type="date" id=fid(name) name=name min=DATE_MIN max=DATE_MAX prop:value=move || get(read)
                        on:change=move |ev| { let v = read_date(&event_target_value(&ev)); set(Box::new(move |k| write(k, v))); } />
                </div>
            }
        };
    let iki_options = move || {
        let lang = lang.get();
        let t = develop::text(lang);
        ws.with_open(|skp| {
            let senjang: Vec<String> = ws.capaian().with(gap_dari_capaian).into_iter().filter(|g| g.ada_kesenjangan()).map(|g| g.iki_id).collect();
            skp.rhk
                .iter()
                .flat_map(|r| r.iki.iter())
                .map(|i| {
                    let mark = if senjang.contains(&i.id) { t.gap_mark } else { "" };
                    let v = i.id.clone();
                    let selected = move || get(|k| k.untuk_iki_id.clone().unwrap_or_default()) == v;
                    view! { <option value=i.id.clone() prop:selected=selected>{format!("{}{mark}", i.indikator)}</option> }
                })
                .collect_view()
        })
    };
    let serves_gap = move || {
        ws.with_open(|skp| {
            let k = skp
                .pengembangan_kompetensi
                .iter()
                .find(|k| k.id == id.get_value())?;
            let iki = k.untuk_iki_id.as_ref()?;
            ws.capaian()
                .with(gap_dari_capaian)
                .iter()
                .any(|g| &g.iki_id == iki && g.ada_kesenjangan())
                .then_some(())
        })
        .flatten()
        .is_some()
    };
    let title = move || {
        let n = get(|k| k.nama.clone());
        if n.trim().is_empty() {
            t().untitled.to_string()
        } else {
            n
        }
    };
    view! {
        <li class="activity card">
            <h3>{title} <Show when=serves_gap><span class="tag gap-tag">{move || t().serves_gap}</span></Show></h3>
            <div class="activity-grid">
                {text_field("nama", |t| t.nama, |k| k.nama.clone(), |k, v| k.nama = v)}
                {text_field("kompetensi", |t| t.kompetensi, |k| k.kompetensi.clone(), |k, v| k.kompetensi = v)}
                <div class="field">
                    <label for=fid("jenis")>{move || t().jenis}</label>
                    <select id=fid("jenis") prop:value=move || get(|k| format!("{:?}", k.jenis_kompetensi))
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if let Some(j) = JENIS.into_iter().find(|j| format!("{j:?}") == v) { set(Box::new(move |k| k.jenis_kompetensi = j)); }
                        }>
                        {JENIS.into_iter().map(|j| view! { <option value=format!("{j:?}") prop:selected=move || get(|k| format!("{:?}", k.jenis_kompetensi)) == format!("{j:?}")>{move || (t().jenis_label)(j)}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=fid("bentuk")>{move || t().bentuk}</label>
                    <select id=fid("bentuk") name="bentuk" prop:value=move || get(|k| format!("{:?}", k.bentuk))
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if let Some(b) = BentukPengembangan::SEMUA.into_iter().find(|b| format!("{b:?}") == v) { set(Box::new(move |k| k.bentuk = b)); }
                        }>
                        {BentukPengembangan::SEMUA.into_iter().map(|b| view! {
                            <option value=format!("{b:?}") prop:selected=move || get(|k| format!("{:?}", k.bentuk)) == format!("{b:?}")>{move || format!("{} \u{b7} {}", (t().bentuk_label)(b), b.jalur().label(lang.get()))}</option>
                        }).collect_view()}
                    </select>
                </div>
                {text_field("penyelenggara", |t| t.penyelenggara, |k| k.penyelenggara.clone(), |k, v| k.penyelenggara = v)}
                {date_field("mulai", |t| t.mulai, |k| k.mulai.map(|d| d.to_string()).unwrap_or_default(), |k, v| k.mulai = v)}
                {date_field("selesai", |t| t.selesai, |k| k.selesai.map(|d| d.to_string()).unwrap_or_default(), |k, v| k.selesai = v)}
                <div class="field">
                    <label for=fid("jp-rencana")>{move || t().jp_rencana}</label>
                    <input id=fid("jp-rencana") name="jp_rencana" inputmode="decimal"
                        prop:value=move || jp(|k| Some(k.jp_rencana))
                        on:change=move |ev| { let v = parse_angka(&event_target_value(&ev)); set(Box::new(move |k| k.atur_jp_rencana(v))); } />
                </div>
                <div class="field">
                    <label for=fid("jp-diperoleh")>{move || t().jp_diperoleh}</label>
                    <input id=fid("jp-diperoleh") name="jp_diperoleh" inputmode="decimal"
                        prop:value=move || jp(|k| k.jp_diperoleh)
                        on:change=move |ev| { let v = parse_angka(&event_target_value(&ev)); set(Box::new(move |k| k.atur_jp_diperoleh(v))); } />
                </div>
                {text_field("bukti", |t| t.bukti, |k| k.bukti.clone(), |k, v| k.bukti = v)}
                <div class="field">
                    <label for=fid("iki")>{move || t().untuk_iki}</label>
                    <select id=fid("iki") name="untuk_iki" prop:value=move || get(|k| k.untuk_iki_id.clone().unwrap_or_default())
                        on:change=move |ev| { let v = event_target_value(&ev); set(Box::new(move |k| k.untuk_iki_id = (!v.is_empty()).then_some(v))); }>
                        <option value="" prop:selected=move || get(|k| k.untuk_iki_id.clone().unwrap_or_default()).is_empty()>{move || t().no_iki}</option>
                        {iki_options}
                    </select>
                </div>
            </div>
            <button type="button" class="danger" on:click=move |_| {
                let label = (t().deleted)(&title());
                ws.edit_destructive(label, |skp| skp.pengembangan_kompetensi.retain(|k| k.id != id.get_value()));
            }>{move || t().delete}</button>
        </li>
    }
}
