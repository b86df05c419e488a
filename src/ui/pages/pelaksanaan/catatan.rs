//! Umpan balik berkelanjutan from the leader per RHK and per BerAKHLAK value, and the notes of
//! the dialog kinerja, all for the chosen period, recorded by the employee with their date.

use super::Dipilih;
use crate::domain::id::IdGen;
use crate::domain::model::{
    CatatanDialog, EvaluasiPeriodik, NilaiBerakhlak, UmpanBalikPerilaku, UmpanBalikRhk,
};
use crate::domain::operasi::Bagian;
use crate::domain::operasi::{ditulis_pimpinan, evaluasi_mut};
use crate::i18n::{lembar, library, monitor, plan, print};
use crate::ui::clock;
use crate::ui::form::{date_input, text_area};
use crate::ui::language::Language;
use crate::ui::pages::perencanaan::rhk_name;
use crate::ui::progressive;
use crate::ui::workspace::Workspace;
use chrono::NaiveDate;
use leptos::prelude::*;

/// What a list of notes is about.
#[derive(Clone, Copy)]
enum Topik {
    Rhk(StoredValue<String>),
    Nilai(NilaiBerakhlak),
    Dialog,
}

type Catatan = (String, Option<NaiveDate>, String);
type Ubah = Box<dyn FnOnce(&mut Option<NaiveDate>, &mut String)>;

impl Topik {
    fn prefix(self) -> &'static str {
        match self {
            Topik::Rhk(_) => "ub",
            Topik::Nilai(_) => "ubp",
            Topik::Dialog => "dk",
        }
    }

    fn list(self, ev: &EvaluasiPeriodik) -> Vec<Catatan> {
        match self {
            Topik::Rhk(rhk) => ev
                .umpan_balik_rhk
                .iter()
                .filter(|u| u.rhk_id == rhk.get_value())
                .map(|u| (u.id.clone(), u.tanggal, u.isi.clone()))
                .collect(),
            Topik::Nilai(n) => ev
                .umpan_balik_perilaku
                .iter()
                .filter(|u| u.nilai == n)
                .map(|u| (u.id.clone(), u.tanggal, u.isi.clone()))
                .collect(),
            Topik::Dialog => ev
                .dialog_kinerja
                .iter()
                .map(|d| (d.id.clone(), d.tanggal, d.catatan.clone()))
                .collect(),
        }
    }

    fn all_ids(self, ev: &EvaluasiPeriodik) -> Vec<String> {
        match self {
            Topik::Rhk(_) => ev.umpan_balik_rhk.iter().map(|u| u.id.clone()).collect(),
            Topik::Nilai(_) => ev
                .umpan_balik_perilaku
                .iter()
                .map(|u| u.id.clone())
                .collect(),
            Topik::Dialog => ev.dialog_kinerja.iter().map(|u| u.id.clone()).collect(),
        }
    }

    fn add(self, ev: &mut EvaluasiPeriodik, tanggal: NaiveDate) {
        let ids = self.all_ids(ev);
        let id = IdGen::after(self.prefix(), ids.iter().map(String::as_str)).next_id(self.prefix());
        let tanggal = Some(tanggal);
        match self {
            Topik::Rhk(rhk) => ev.umpan_balik_rhk.push(UmpanBalikRhk {
                id,
                rhk_id: rhk.get_value(),
                tanggal,
                isi: String::new(),
            }),
            Topik::Nilai(nilai) => ev.umpan_balik_perilaku.push(UmpanBalikPerilaku {
                id,
                nilai,
                tanggal,
                isi: String::new(),
            }),
            Topik::Dialog => ev.dialog_kinerja.push(CatatanDialog {
                id,
                tanggal,
                catatan: String::new(),
            }),
        }
    }

    fn edit(
        self,
        ev: &mut EvaluasiPeriodik,
        id: &str,
        f: impl FnOnce(&mut Option<NaiveDate>, &mut String),
    ) {
        match self {
            Topik::Rhk(_) => {
                if let Some(u) = ev.umpan_balik_rhk.iter_mut().find(|u| u.id == id) {
                    f(&mut u.tanggal, &mut u.isi)
                }
            }
            Topik::Nilai(_) => {
                if let Some(u) = ev.umpan_balik_perilaku.iter_mut().find(|u| u.id == id) {
                    f(&mut u.tanggal, &mut u.isi)
                }
            }
            Topik::Dialog => {
                if let Some(d) = ev.dialog_kinerja.iter_mut().find(|d| d.id == id) {
                    f(&mut d.tanggal, &mut d.catatan)
                }
            }
        }
    }

    fn remove(self, ev: &mut EvaluasiPeriodik, id: &str) {
        match self {
            Topik::Rhk(_) => ev.umpan_balik_rhk.retain(|u| u.id != id),
            Topik::Nilai(_) => ev.umpan_balik_perilaku.retain(|u| u.id != id),
            Topik::Dialog => ev.dialog_kinerja.retain(|d| d.id != id),
        }
    }
}

#[component]
pub fn UmpanBalik() -> impl IntoView {
    let ws = Workspace::get();
    let ke = expect_context::<Dipilih>().0;
    let lang = Language::current();
    let t = move || monitor::text(lang.get());
    let rhk_ids = move || {
        ws.struktur()
            .with(|s| s.rhk().iter().map(|r| r.id.clone()).collect::<Vec<_>>())
    };
    let drawn = progressive::drawn(rhk_ids().len());
    let shown = move || rhk_ids().into_iter().take(drawn.get()).collect::<Vec<_>>();
    view! {
        <section aria-labelledby="umpan-balik-title">
            <h2 id="umpan-balik-title">{move || t().feedback_title}</h2>
            <p class="hint">{move || t().feedback_help}</p>
            <h3>{move || t().feedback_rhk}</h3>
            <For each=shown key=|id| id.clone() let:id>
                {
                    let id = StoredValue::new(id);
                    let title = move || {
                        let text = ws.with_part(Bagian::Rhk(id.get_value()), |s| {
                            s.rhk.iter().find(|r| r.id == id.get_value()).map(|r| r.rencana_hasil_kerja.clone())
                        }).flatten().unwrap_or_default();
                        let name = ws.struktur().with(|s| rhk_name(s, &id.get_value(), lang.get()));
                        format!("{name}: {text}")
                    };
                    view! {
                        <div class="note-group">
                            <h4>{title}</h4>
                            <Notes topik=Topik::Rhk(id) />
                        </div>
                    }
                }
            </For>
            <h3>{move || t().feedback_perilaku}</h3>
            {NilaiBerakhlak::SEMUA.into_iter().map(|nilai| {
                let count = move || ws.with_open(|s| s.evaluasi_ke(ke.get()).map_or(0, |e| Topik::Nilai(nilai).list(e).len())).unwrap_or(0);
                view! {
                    <details class="note-group">
                        <summary>{move || nilai.nama(lang.get())}" ("{count}")"</summary>
                        <Notes topik=Topik::Nilai(nilai) />
                    </details>
                }
            }).collect_view()}
            <h3>{move || t().dialog_title}</h3>
            <Notes topik=Topik::Dialog />
        </section>
    }
}

#[component]
fn Notes(topik: Topik) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || monitor::text(lang.get());
    let ke = expect_context::<Dipilih>().0;
    let notes = move || {
        ws.with_open(|s| s.evaluasi_ke(ke.get()).map(|e| topik.list(e)))
            .flatten()
            .unwrap_or_default()
    };
    let ids = move || notes().into_iter().map(|n| n.0).collect::<Vec<_>>();
    let add = move |_| {
        let today = clock::today();
        ws.edit(|s| topik.add(evaluasi_mut(s, ke.get_untracked()), today));
    };
    let add_label = move || match topik {
        Topik::Dialog => t().add_dialog,
        _ => t().add_feedback,
    };
    view! {
        <ol class="note-list">
            <For each=ids key=|id| id.clone() let:id>
                {
                    let id = StoredValue::new(id);
                    let get = move || notes().into_iter().find(|n| n.0 == id.get_value());
                    let edit = move |f: Ubah| {
                        ws.edit(|s| topik.edit(evaluasi_mut(s, ke.get_untracked()), &id.get_value(), f))
                    };
                    if ditulis_pimpinan(&id.get_value()) {
                        // Taken in from the leader's feedback slip: theirs, shown as written.
                        let tanggal = move || get().and_then(|n| n.1).map(|d| (print::text(lang.get()).tanggal)(d)).unwrap_or_default();
                        return view! {
                            <li class="note from-leader">
                                <p class="hint">{move || (lembar::text(lang.get()).from_leader)(&tanggal())}</p>
                                <p>{move || get().map(|n| n.2).unwrap_or_default()}</p>
                            </li>
                        }
                        .into_any();
                    }
                    let delete = move |_| {
                        let date = get().and_then(|n| n.1).map(|d| d.format("%d-%m-%Y").to_string()).unwrap_or_default();
                        let label = (library::text(lang.get_untracked()).deleted_label)(&(t().note_of)(&date));
                        let k = ke.get_untracked();
                        ws.edit_destructive(label, |s| topik.remove(evaluasi_mut(s, k), &id.get_value()));
                    };
                    view! {
                        <li class="note">
                            {date_input(
                                move || t().tanggal.into(),
                                move || get().and_then(|n| n.1),
                                move |d| edit(Box::new(move |tanggal, _| *tanggal = d)),
                            )}
                            {text_area(
                                move || match topik { Topik::Dialog => t().dialog_text.into(), _ => t().feedback_text.into() },
                                move || get().map(|n| n.2).unwrap_or_default(),
                                move |v| edit(Box::new(move |_, isi| *isi = v)),
                            )}
                            <button type="button" class="danger" on:click=delete aria-label=move || {
                                let nomor = ids().iter().position(|i| *i == id.get_value()).map_or(0, |i| i + 1);
                                (plan::text(lang.get()).delete_label)(&(t().note_nomor)(nomor))
                            }>{move || plan::text(lang.get()).delete}</button>
                        </li>
                    }
                    .into_any()
                }
            </For>
        </ol>
        <button type="button" on:click=add>{add_label}</button>
    }
}
