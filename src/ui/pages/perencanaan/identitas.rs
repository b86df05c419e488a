//! Identity and period: the three people, the agency, the period and the kind of SKP.

use super::periode::PilihPeriodeEvaluasi;
use super::Checks;
use crate::domain::model::{Identitas as Orang, JenisJabatan, JenisPegawai, Pendekatan, Skp};
use crate::domain::operasi::Bagian;
use crate::domain::rules::nip::periksa_nomor;
use crate::domain::rules::periksa::{FieldRef, KolomIdentitas};
use crate::i18n::plan;
use crate::ui::form::{date_input, findings, select_input, text_input_at};
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

/// Whose identity a block shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Peran {
    Pegawai,
    Penilai,
    Atasan,
}

impl Peran {
    /// Its name in the file (`pegawai.nama`) and in plan findings.
    fn key(self) -> &'static str {
        match self {
            Peran::Pegawai => "pegawai",
            Peran::Penilai => "pejabat_penilai",
            Peran::Atasan => "atasan_pejabat_penilai",
        }
    }

    fn of(self, skp: &Skp) -> Option<&Orang> {
        match self {
            Peran::Pegawai => Some(&skp.pegawai),
            Peran::Penilai => Some(&skp.pejabat_penilai),
            Peran::Atasan => skp.atasan_pejabat_penilai.as_ref(),
        }
    }

    /// Edits the person; an atasan left entirely empty is removed again.
    fn edit(self, skp: &mut Skp, f: impl FnOnce(&mut Orang)) {
        match self {
            Peran::Pegawai => f(&mut skp.pegawai),
            Peran::Penilai => f(&mut skp.pejabat_penilai),
            Peran::Atasan => {
                let atasan = skp
                    .atasan_pejabat_penilai
                    .get_or_insert_with(Orang::default);
                f(atasan);
                if *atasan == Orang::default() {
                    skp.atasan_pejabat_penilai = None;
                }
            }
        }
    }
}

#[component]
pub fn Identitas() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || plan::text(lang.get());
    let checks = Checks::get();
    // An emptied date keeps the stored one (a period needs both dates) and says so.
    let kosong = RwSignal::new([false; 2]);
    let tersimpan = move || {
        ws.with_open(|s| {
            let [mulai, selesai] = kosong.get();
            [(mulai, s.periode.mulai), (selesai, s.periode.selesai)]
                .into_iter()
                .filter(|(k, _)| *k)
                .map(|(_, d)| d.format("%d-%m-%Y").to_string())
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
    };
    // Its fields watch the SKP's own fields only, so typing in an RHK does not wake them.
    let read =
        move |f: fn(&Skp) -> String| move || ws.with_part(Bagian::Identitas, f).unwrap_or_default();
    view! {
        <section aria-labelledby="identitas-title">
            <h2 id="identitas-title">{move || t().identity_title}</h2>
            <div class="grid">
                <div class="field-group">
                    {text_input_at(
                        Some("instansi".into()),
                        None,
                        move || t().instansi.into(),
                        read(|s| s.instansi.clone()),
                        move |v| ws.edit_identitas(|s| s.instansi = v),
                    )}
                    {findings(move || checks.matching(|f| f.field == FieldRef::Instansi))}
                </div>
                {select_input(
                    move || t().jenis_pegawai.into(),
                    move || vec![(JenisPegawai::Pns, "PNS".into()), (JenisPegawai::Pppk, "PPPK".into())],
                    move || ws.with_part(Bagian::Identitas, |s| s.jenis_pegawai).unwrap_or_default(),
                    move |v| ws.edit(|s| s.jenis_pegawai = v),
                )}
                {select_input(
                    move || t().jenis_jabatan.into(),
                    move || {
                        let t = t();
                        vec![
                            (JenisJabatan::Jpt, t.jpt.into()),
                            (JenisJabatan::Ja, t.ja.into()),
                            (JenisJabatan::Jf, t.jf.into()),
                        ]
                    },
                    move || ws.with_part(Bagian::Identitas, |s| s.jenis_jabatan).unwrap_or(JenisJabatan::Ja),
                    move |v| ws.edit(|s| s.jenis_jabatan = v),
                )}
                <label class="check field-wide" id="memimpin-unit">
                    <input
                        type="checkbox"
                        prop:checked=move || ws.with_part(Bagian::Identitas, |s| s.kepala_unit()).unwrap_or(false)
                        prop:disabled=move || {
                            ws.with_part(Bagian::Identitas, |s| s.jenis_jabatan == JenisJabatan::Jpt).unwrap_or(false)
                        }
                        on:change=move |ev| {
                            let v = event_target_checked(&ev);
                            ws.edit(|s| s.memimpin_unit = v);
                        }
                    />
                    <span>{move || t().memimpin_unit}</span>
                </label>
                {select_input(
                    move || t().pendekatan.into(),
                    move || {
                        let t = t();
                        vec![
                            (Pendekatan::Kuantitatif, t.kuantitatif.into()),
                            (Pendekatan::Kualitatif, t.kualitatif.into()),
                        ]
                    },
                    move || ws.with_part(Bagian::Identitas, |s| s.pendekatan).unwrap_or_default(),
                    move |v| ws.edit(|s| s.pendekatan = v),
                )}
            </div>
            <Person peran=Peran::Pegawai />
            <Person peran=Peran::Penilai />
            <Person peran=Peran::Atasan />
            <h3>{move || t().period_title}</h3>
            <div class="grid">
                {date_input(
                    move || t().period_start.into(),
                    move || (!kosong.get()[0]).then(|| ws.with_open(|s| s.periode.mulai)).flatten(),
                    move |d| {
                        kosong.update(|k| k[0] = d.is_none());
                        if let Some(d) = d {
                            ws.edit(|s| s.periode.mulai = d);
                        }
                    },
                )}
                {date_input(
                    move || t().period_end.into(),
                    move || (!kosong.get()[1]).then(|| ws.with_open(|s| s.periode.selesai)).flatten(),
                    move |d| {
                        kosong.update(|k| k[1] = d.is_none());
                        if let Some(d) = d {
                            ws.edit(|s| s.periode.selesai = d);
                        }
                    },
                )}
                <PilihPeriodeEvaluasi />
            </div>
            <Show when=move || kosong.get().contains(&true)>
                <p class="finding galat" role="alert">{move || (t().date_required)(&tersimpan())}</p>
            </Show>
            {findings(move || checks.matching(|f| f.field == FieldRef::Periode))}
            <Show when=move || ws.with_open(|s| !s.evaluasi.is_empty()).unwrap_or(false)>
                <p class="hint">{move || t().evaluation_periods_hint}</p>
            </Show>
        </section>
    }
}

#[component]
fn Person(peran: Peran) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || plan::text(lang.get());
    let title = move || match peran {
        Peran::Pegawai => t().person_pegawai,
        Peran::Penilai => t().person_penilai,
        Peran::Atasan => t().person_atasan,
    };
    let checks = Checks::get();
    let field = move |kolom: KolomIdentitas,
                      label: fn(&plan::PlanText) -> &'static str,
                      get: fn(&Orang) -> String,
                      put: fn(&mut Orang, String)| {
        let siapa = peran.key();
        view! {
            {text_input_at(
                Some(format!("{siapa}.{}", kolom.kunci())),
                (kolom == KolomIdentitas::Nip).then_some("numeric"),
                move || label(t()).into(),
                move || {
                    ws.with_part(Bagian::Identitas, |s| peran.of(s).map(get))
                        .flatten()
                        .unwrap_or_default()
                },
                move |v| ws.edit_identitas(|s| peran.edit(s, |o| put(o, v))),
            )}
            {findings(move || {
                checks.matching(|f| f.field == FieldRef::Identitas { siapa, kolom })
            })}
        }
    };
    let nip = move || {
        ws.with_part(Bagian::Identitas, |s| peran.of(s).map(|o| o.nip.clone()))
            .flatten()
            .unwrap_or_default()
    };
    let nip_check = move || {
        let nip = nip();
        if nip.trim().is_empty() {
            return None;
        }
        let lang = lang.get();
        // The pegawai's number is read by the SKP's kind (NIP or NI PPPK); leaders' as a NIP.
        let jenis = match peran {
            Peran::Pegawai => ws
                .with_part(Bagian::Identitas, |s| s.jenis_pegawai)
                .unwrap_or_default(),
            Peran::Penilai | Peran::Atasan => JenisPegawai::Pns,
        };
        Some(match periksa_nomor(&nip, jenis) {
            Ok(parts) => {
                let lahir = parts.tanggal_lahir.format("%d-%m-%Y").to_string();
                let text = match parts.bulan_pengangkatan {
                    Some(bulan) => (plan::text(lang).nip_ok)(
                        &lahir,
                        &format!("{bulan:02}-{}", parts.tahun_pengangkatan),
                    ),
                    None => {
                        (plan::text(lang).ni_pppk_ok)(&lahir, &parts.tahun_pengangkatan.to_string())
                    }
                };
                view! { <p class="finding ok" role="note">{text}</p> }.into_any()
            }
            Err(e) => {
                view! { <p class="finding peringatan" role="note">{e.message(lang)}</p> }.into_any()
            }
        })
    };
    view! {
        <fieldset class="person">
            <legend>{title}</legend>
            <div class="grid">
                <div class="field-group">
                    {field(KolomIdentitas::Nama, |t| t.nama, |o| o.nama.clone(), |o, v| o.nama = v)}
                </div>
                <div class="field-group">
                    {field(KolomIdentitas::Nip, |t| t.nip, |o| o.nip.clone(), |o, v| o.nip = v)}
                    {nip_check}
                </div>
                <div class="field-group">
                    {field(KolomIdentitas::PangkatGolongan, |t| t.pangkat, |o| o.pangkat_golongan.clone(), |o, v| o.pangkat_golongan = v)}
                </div>
                <div class="field-group">
                    {field(KolomIdentitas::Jabatan, |t| t.jabatan, |o| o.jabatan.clone(), |o, v| o.jabatan = v)}
                </div>
                <div class="field-group">
                    {field(KolomIdentitas::UnitKerja, |t| t.unit_kerja, |o| o.unit_kerja.clone(), |o, v| o.unit_kerja = v)}
                </div>
            </div>
        </fieldset>
    }
}
