//! The evaluation document of one period or of the year: realisasi based on bukti dukung,
//! umpan balik, the ratings and the predikat.

use super::{periode_skp, Identitas2, Kop, Penandatanganan, TandaTangan};
use crate::domain::model::{
    AspekRating, CatatanBimbingan, JenisBimbingan, JenisRhk, NilaiBerakhlak, Penilai,
    PernyataanBimbingan, Realisasi, Skp,
};
use crate::domain::penilaian::{
    baris_capaian, bukti_perilaku, fmt_angka, fmt_target, rating, umpan_balik_rhk,
};
use crate::domain::rules::predikat::predikat_berlaku;
use crate::domain::Lang;
use crate::i18n::assess::predikat_organisasi;
use crate::i18n::{lembar, print};
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

#[component]
pub fn EvaluasiDoc(periode: Option<u32>, ttd: Penandatanganan) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    move || {
        let lang = lang.get();
        ws.with_open(|skp| dokumen(skp, periode, ttd, lang))
    }
}

/// The realisasi whose text and evidence go beside the value the capaian engine gives: of the
/// period, or for the year the latest one with a value (as the domain takes), else the latest
/// with a text.
fn realisasi<'a>(skp: &'a Skp, periode: Option<u32>, iki_id: &str) -> Option<&'a Realisasi> {
    let mut ev: Vec<_> = skp
        .evaluasi
        .iter()
        .filter(|e| periode.is_none_or(|k| e.periode_ke == k))
        .collect();
    ev.sort_by_key(|e| std::cmp::Reverse(e.periode_ke));
    let semua = || {
        ev.iter()
            .flat_map(|e| e.realisasi.iter())
            .filter(|r| r.iki_id == iki_id)
    };
    semua()
        .find(|r| r.nilai.is_some())
        .or_else(|| semua().find(|r| !r.uraian.is_empty()))
}

fn dokumen(skp: &Skp, periode: Option<u32>, ttd: Penandatanganan, lang: Lang) -> AnyView {
    let t = print::text(lang);
    let daftar = skp.daftar_periode_evaluasi();
    let label = match periode {
        None => Some(format!("{} ({})", t.annual, periode_skp(skp, lang))),
        Some(ke) => daftar
            .iter()
            .find(|p| p.ke == ke)
            .map(|p| format!("{} ({})", p.label(lang), (t.rentang)(p.mulai, p.selesai))),
    };
    let Some(label) = label else {
        return view! { <p class="callout">{t.unknown_period}</p> }.into_any();
    };
    let baris = baris_capaian(skp, periode);
    let bagian = |jenis: JenisRhk, judul: &'static str| {
        let rows = skp
            .rhk
            .iter()
            .filter(|r| r.jenis == jenis)
            .enumerate()
            .flat_map(|(n, rhk)| {
                let span = rhk.iki.len().max(1).to_string();
                let umpan = umpan_balik_rhk(skp, &rhk.id, periode);
                rhk.iki
                    .iter()
                    .enumerate()
                    .map(|(i, iki)| {
                        let b = baris.iter().find(|b| b.iki_id == iki.id);
                        let target = b.and_then(|b| b.target.as_ref());
                        let r = realisasi(skp, periode, &iki.id);
                        let nilai = b.and_then(|b| b.realisasi).map(|v| {
                            format!("{} {}", fmt_angka(v, lang), target.and_then(|t| t.satuan()).unwrap_or_default())
                        });
                        let uraian = r.map(|r| r.uraian.clone()).unwrap_or_default();
                        let bukti: Vec<String> = r
                            .map(|r| r.bukti_dukung.iter().map(|b| if b.keterangan.is_empty() { b.tautan.clone() } else { b.keterangan.clone() }).collect())
                            .unwrap_or_default();
                        let head = (i == 0).then(|| view! {
                            <td rowspan=span.clone()>{n + 1}</td>
                            <td rowspan=span.clone()>{rhk.rencana_hasil_kerja.clone()}</td>
                        });
                        let tail = (i == 0).then(|| view! {
                            <td rowspan=span.clone()>{umpan.iter().map(|u| view! { <p>{u.clone()}</p> }).collect_view()}</td>
                        });
                        view! {
                            <tr>
                                {head}
                                <td>{(t.aspek)(iki.aspek)}</td>
                                <td>{iki.indikator.clone()}</td>
                                <td>{fmt_target(target, lang)}</td>
                                <td>
                                    {nilai.map(|n| view! { <strong>{n}</strong><br /> })}
                                    {uraian}
                                    {(!bukti.is_empty()).then(|| view! { <br /><small>{t.evidence} ": " {bukti.join("; ")}</small> })}
                                </td>
                                {tail}
                            </tr>
                        }
                    })
                    .collect::<Vec<_>>()
            })
            .collect_view();
        view! {
            <tr class="section-row"><td colspan="7">{judul}</td></tr>
            {rows}
        }
    };
    let perilaku = NilaiBerakhlak::SEMUA
        .into_iter()
        .enumerate()
        .map(|(i, nilai)| {
            let (ekspektasi, umpan) = bukti_perilaku(skp, nilai, periode);
            view! {
                <tr>
                    <td>{i + 1}</td>
                    <td><strong>{nilai.nama(lang)}</strong></td>
                    <td>{ekspektasi}</td>
                    <td>{umpan.into_iter().map(|u| view! { <p>{u}</p> }).collect_view()}</td>
                </tr>
            }
        })
        .collect_view();
    // The official form shows the appraiser's ratings; the person's own stand in, marked as
    // such, until the appraiser has given them, and are listed beside them.
    let r = rating(skp, periode);
    let tanda = |dari: Penilai| match dari {
        Penilai::PejabatPenilai => String::new(),
        Penilai::Mandiri => format!(" {}", t.oleh_mandiri),
    };
    let label_rating = |aspek: AspekRating| {
        r.berlaku(aspek)
            .map(|(r, dari)| format!("{}{}", r.label(lang), tanda(dari)))
            .unwrap_or_else(|| t.not_set.into())
    };
    let pred = predikat_berlaku(&r)
        .map(|b| format!("{}{}", b.predikat.label(lang), tanda(b.dari)))
        .unwrap_or_else(|| t.not_set.into());
    let (h, p) = (
        label_rating(AspekRating::HasilKerja),
        label_rating(AspekRating::PerilakuKerja),
    );
    let mandiri = r.mandiri.clone();
    let mandiri = (r.pejabat_penilai.pasangan().is_some()
        && (mandiri.hasil_kerja.is_some() || mandiri.perilaku_kerja.is_some()))
    .then(|| {
        let satu = |x: Option<crate::domain::model::Rating>| x.map_or(t.not_set, |x| x.label(lang));
        view! {
            <tr class="rating-mandiri">
                <th>{t.penilaian_mandiri}</th>
                <td>{format!("{}: {}; {}: {}", t.rating_hasil, satu(mandiri.hasil_kerja), t.rating_perilaku, satu(mandiri.perilaku_kerja))}</td>
            </tr>
        }
    });
    let organisasi = skp.kinerja_organisasi(periode).cloned().unwrap_or_default();
    let organisasi = match (organisasi.predikat, organisasi.capaian) {
        (None, None) => t.not_set.to_string(),
        (Some(p), None) => predikat_organisasi(p, lang).to_string(),
        (None, Some(c)) => format!("{}%", fmt_angka(c, lang)),
        (Some(p), Some(c)) => format!("{} ({}%)", predikat_organisasi(p, lang), fmt_angka(c, lang)),
    };
    let catatan = (periode.is_none() && !skp.penilaian_tahunan.catatan.trim().is_empty()).then(
        || view! { <tr><th>{t.catatan}</th><td>{skp.penilaian_tahunan.catatan.clone()}</td></tr> },
    );
    let bimbingan = periode
        .and_then(|ke| skp.evaluasi_ke(ke))
        .filter(|ev| !ev.bimbingan.is_empty())
        .map(|ev| bimbingan(&ev.bimbingan, lang));
    view! {
        <article class="print-doc" id="dokumen-evaluasi">
            <Kop judul=t.eval_title.to_string() periode=label instansi=skp.instansi.clone() latihan=skp.latihan.as_ref().map(|l| l.judul.clone()) />
            <Identitas2 pegawai=skp.pegawai.clone() pejabat=skp.pejabat_penilai.clone() />
            <table class="doc-table rating-table">
                <tbody>
                    <tr><th>{t.capaian_organisasi}</th><td class="capaian-organisasi">{organisasi}</td></tr>
                </tbody>
            </table>
            <h2>{t.hasil_kerja}</h2>
            <table class="doc-table">
                <thead>
                    <tr>
                        <th class="no">{t.col_no}</th>
                        <th>{t.col_rhk}</th>
                        <th>{t.col_aspek}</th>
                        <th>{t.col_iki}</th>
                        <th>{t.col_target}</th>
                        <th>{t.col_realisasi}</th>
                        <th>{t.col_umpan_balik}</th>
                    </tr>
                </thead>
                <tbody>
                    {bagian(JenisRhk::Utama, t.utama)}
                    {bagian(JenisRhk::Tambahan, t.tambahan)}
                </tbody>
            </table>
            <table class="doc-table rating-table">
                <tbody>
                    <tr><th>{t.rating_hasil}</th><td class="rating-hasil">{h}</td></tr>
                </tbody>
            </table>
            <h2>{t.perilaku}</h2>
            <table class="doc-table">
                <thead><tr><th class="no">{t.col_no}</th><th>{t.col_perilaku}</th><th>{t.col_ekspektasi}</th><th>{t.col_umpan_balik}</th></tr></thead>
                <tbody>{perilaku}</tbody>
            </table>
            <table class="doc-table rating-table">
                <tbody>
                    <tr><th>{t.rating_perilaku}</th><td class="rating-perilaku">{p}</td></tr>
                    <tr><th>{t.predikat}</th><td class="predikat"><strong>{pred}</strong></td></tr>
                    {mandiri}
                    {catatan}
                </tbody>
            </table>
            {bimbingan}
            <TandaTangan ttd=ttd pegawai=skp.pegawai.clone() pejabat=skp.pejabat_penilai.clone() />
        </article>
    }
    .into_any()
}

/// The period's bimbingan kinerja sessions with the person's answers (Format B.1.8).
fn bimbingan(sesi: &[CatatanBimbingan], lang: Lang) -> AnyView {
    let t = lembar::text(lang);
    let p = print::text(lang);
    let sesi = sesi
        .iter()
        .map(|b| {
            let kapan = b.tanggal.map(|d| (p.tanggal)(d)).unwrap_or_default();
            let jenis = match b.jenis {
                JenisBimbingan::Coaching => t.coaching,
                JenisBimbingan::Konseling => t.counselling,
            };
            let baris = PernyataanBimbingan::SEMUA
                .into_iter()
                .enumerate()
                .map(|(i, s)| {
                    let skor = b.skor(s).map(|n| n.to_string()).unwrap_or_else(|| "\u{2013}".into());
                    view! { <tr><td class="no">{i + 1}</td><td>{(t.statement)(s)}</td><td class="num">{skor}</td></tr> }
                })
                .collect_view();
            view! {
                <h3>{format!("{jenis} \u{b7} {kapan}")}</h3>
                <table class="doc-table">
                    <tbody>
                        <tr><th>{t.coaching_topic}</th><td colspan="2">{b.topik.clone()}</td></tr>
                        <tr><th>{t.coaching_result}</th><td colspan="2">{b.hasil.clone()}</td></tr>
                        {baris}
                    </tbody>
                </table>
            }
        })
        .collect_view();
    view! {
        <section class="bimbingan-cetak">
            <h2>{t.coaching_print_title}</h2>
            {sesi}
        </section>
    }
    .into_any()
}
