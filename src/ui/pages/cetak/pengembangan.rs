//! The competency development plan: activities, JP planned and earned, the IKI they serve.

use super::{periode_skp, Identitas2, Kop, Penandatanganan, TandaTangan};
use crate::domain::model::Skp;
use crate::domain::penilaian::fmt_angka;
use crate::domain::rules::jp::jumlah_jp;
use crate::domain::Lang;
use crate::i18n::{develop, print};
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

#[component]
pub fn PengembanganDoc(ttd: Penandatanganan) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    move || {
        let lang = lang.get();
        ws.with_open(|skp| dokumen(skp, ttd, lang))
    }
}

fn dokumen(skp: &Skp, ttd: Penandatanganan, lang: Lang) -> impl IntoView {
    let t = print::text(lang);
    let d = develop::text(lang);
    let tanggal = |x: Option<chrono::NaiveDate>| x.map(t.tanggal).unwrap_or_default();
    let rows = skp
        .pengembangan_kompetensi
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let iki = k
                .untuk_iki_id
                .as_ref()
                .and_then(|id| skp.iki(id))
                .map(|x| x.indikator.clone())
                .unwrap_or_default();
            view! {
                <tr>
                    <td>{i + 1}</td>
                    <td>{k.kompetensi.clone()}<br /><small>{(d.jenis_label)(k.jenis_kompetensi)}</small></td>
                    <td>{k.nama.clone()}</td>
                    <td>{(d.bentuk_label)(k.bentuk)}<br /><small>{k.bentuk.jalur().label(lang)}</small></td>
                    <td>{k.penyelenggara.clone()}</td>
                    // Each date stays on one line: two lines at most, not five.
                    <td class="waktu"><span class="nowrap">{tanggal(k.mulai)} "\u{a0}\u{2013}"</span> " " <span class="nowrap">{tanggal(k.selesai)}</span></td>
                    <td class="num">{fmt_angka(k.jp_rencana, lang)}</td>
                    <td class="num">{k.jp_diperoleh.map(|j| fmt_angka(j, lang)).unwrap_or_default()}</td>
                    <td>{iki}</td>
                </tr>
            }
        })
        .collect_view();
    let (rencana, diperoleh) = jumlah_jp(&skp.pengembangan_kompetensi);
    view! {
        <article class="print-doc" id="dokumen-pengembangan">
            <Kop judul=t.dev_title.to_string() periode=periode_skp(skp, lang) instansi=skp.instansi.clone() latihan=skp.latihan.as_ref().map(|l| l.judul.clone()) />
            <Identitas2 pegawai=skp.pegawai.clone() pejabat=skp.pejabat_penilai.clone() />
            <table class="doc-table">
                <thead>
                    <tr>
                        <th class="no">{t.col_no}</th>
                        <th>{t.col_kompetensi}</th>
                        <th>{t.col_nama_kegiatan}</th>
                        <th>{t.col_bentuk}</th>
                        <th>{t.col_penyelenggara}</th>
                        <th>{t.col_waktu}</th>
                        <th>{t.col_jp_rencana}</th>
                        <th>{t.col_jp_diperoleh}</th>
                        <th>{t.col_untuk_iki}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr>
                        <th colspan="6">{t.total}</th>
                        <th class="num">{fmt_angka(rencana, lang)}</th>
                        <th class="num">{fmt_angka(diperoleh, lang)}</th>
                        <th></th>
                    </tr>
                </tfoot>
            </table>
            <TandaTangan ttd=ttd pegawai=skp.pegawai.clone() pejabat=skp.pejabat_penilai.clone() />
        </article>
    }
}
