//! The SKP document: identity, hasil kerja in the official columns, perilaku kerja with the
//! leader's ekspektasi khusus, and the lampiran.

use super::{periode_skp, Identitas2, Kop, Penandatanganan, TandaTangan};
use crate::domain::model::{Butir, JenisRhk, NilaiBerakhlak, Skp};
use crate::domain::penilaian::fmt_target;
use crate::i18n::print;
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

#[component]
pub fn SkpDoc(ttd: Penandatanganan) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    move || {
        let lang = lang.get();
        ws.with_open(|skp| dokumen(skp, ttd, lang))
    }
}

fn dokumen(skp: &Skp, ttd: Penandatanganan, lang: crate::domain::Lang) -> impl IntoView {
    let t = print::text(lang);
    let bagian = |jenis: JenisRhk, judul: &'static str| {
        let rows = skp
            .rhk
            .iter()
            .filter(|r| r.jenis == jenis)
            .enumerate()
            .flat_map(|(n, rhk)| {
                let span = rhk.iki.len().max(1).to_string();
                let kepala = move |first: bool| {
                    first.then(|| {
                        view! {
                            <td rowspan=span.clone()>{n + 1}</td>
                            <td rowspan=span.clone()>{rhk.rhk_pimpinan.teks.clone()}</td>
                            <td rowspan=span.clone()>{rhk.rencana_hasil_kerja.clone()}</td>
                        }
                    })
                };
                let mut v = Vec::new();
                if rhk.iki.is_empty() {
                    v.push(view! { <tr>{kepala(true)}<td></td><td></td><td></td></tr> }.into_any());
                }
                for (i, iki) in rhk.iki.iter().enumerate() {
                    v.push(
                        view! {
                            <tr>
                                {kepala(i == 0)}
                                <td>{(t.aspek)(iki.aspek)}</td>
                                <td>{iki.indikator.clone()}</td>
                                <td>{fmt_target(iki.target.as_ref(), lang)}</td>
                            </tr>
                        }
                        .into_any(),
                    );
                }
                v
            })
            .collect_view();
        view! {
            <tr class="section-row"><td colspan="6">{judul}</td></tr>
            {rows}
        }
    };
    let perilaku = NilaiBerakhlak::SEMUA
        .into_iter()
        .enumerate()
        .map(|(i, nilai)| {
            let ekspektasi = skp
                .perilaku_kerja
                .iter()
                .find(|e| e.nilai == nilai)
                .map(|e| e.ekspektasi_khusus.clone())
                .unwrap_or_default();
            let panduan = nilai
                .panduan()
                .into_iter()
                .map(|p| view! { <li>{lang.pick(p.id, p.en)}</li> })
                .collect_view();
            view! {
                <tr>
                    <td>{i + 1}</td>
                    <td><strong>{nilai.nama(lang)}</strong><ul class="panduan">{panduan}</ul></td>
                    <td>{ekspektasi}</td>
                </tr>
            }
        })
        .collect_view();
    // An empty part prints a dash, as a form does, not a bare heading.
    let daftar = |judul: &'static str, butir: &[Butir]| {
        let isi: Vec<&Butir> = butir.iter().filter(|b| !b.teks.trim().is_empty()).collect();
        if isi.is_empty() {
            return view! { <h3>{judul}</h3><p class="lampiran-empty">"\u{2013}"</p> }.into_any();
        }
        let items = isi
            .into_iter()
            .map(|b| view! { <li>{b.teks.clone()}</li> })
            .collect_view();
        view! { <h3>{judul}</h3><ol class="lampiran-list">{items}</ol> }.into_any()
    };
    // The leader's decision on the plan, as their slip brought it.
    let persetujuan = skp.persetujuan.as_ref().map(|p| {
        let kapan = p.tanggal.map(|d| (t.tanggal)(d)).unwrap_or_default();
        let judul = (crate::i18n::lembar::text(lang).plan_decision)(p.status, &p.oleh, &kapan);
        let catatan = (!p.catatan.trim().is_empty()).then(|| view! { <p>{p.catatan.clone()}</p> });
        view! { <section class="persetujuan-cetak"><p><strong>{judul}</strong></p>{catatan}</section> }
    });
    view! {
        <article class="print-doc" id="dokumen-skp">
            <Kop judul=t.skp_title.to_string() periode=periode_skp(skp, lang) instansi=skp.instansi.clone() latihan=skp.latihan.as_ref().map(|l| l.judul.clone()) />
            <Identitas2 pegawai=skp.pegawai.clone() pejabat=skp.pejabat_penilai.clone() />
            <h2>{t.hasil_kerja}</h2>
            <table class="doc-table">
                <thead>
                    <tr>
                        <th class="no">{t.col_no}</th>
                        <th>{t.col_rhk_pimpinan}</th>
                        <th>{t.col_rhk}</th>
                        <th>{t.col_aspek}</th>
                        <th>{t.col_iki}</th>
                        <th>{t.col_target}</th>
                    </tr>
                </thead>
                <tbody>
                    {bagian(JenisRhk::Utama, t.utama)}
                    {bagian(JenisRhk::Tambahan, t.tambahan)}
                </tbody>
            </table>
            <h2>{t.perilaku}</h2>
            <table class="doc-table">
                <thead><tr><th class="no">{t.col_no}</th><th>{t.col_perilaku}</th><th>{t.col_ekspektasi}</th></tr></thead>
                <tbody>{perilaku}</tbody>
            </table>
            {persetujuan}
            <TandaTangan ttd=ttd pegawai=skp.pegawai.clone() pejabat=skp.pejabat_penilai.clone() />
            <section class="lampiran page-break">
                <h2>{t.lampiran}</h2>
                {daftar(t.dukungan, &skp.lampiran.dukungan_sumber_daya)}
                {daftar(t.skema, &skp.lampiran.skema_pertanggungjawaban)}
                {daftar(t.konsekuensi, &skp.lampiran.konsekuensi)}
                <TandaTangan ttd=ttd pegawai=skp.pegawai.clone() pejabat=skp.pejabat_penilai.clone() />
            </section>
        </article>
    }
}
