//! Exporting files: one SKP, or everything as a backup. A finished export resets the reminder.

use super::clock;
use super::download::download;
use super::workspace::Workspace;
use crate::domain::{export_backup, export_skp, Skp};
use crate::store::{backup_file_name, file_name};

const JSON: &str = "application/json";

/// Downloads one SKP as its file.
pub fn export_one(ws: Workspace, skp: &Skp) {
    ws.flush();
    if download(&file_name(skp), JSON, &export_skp(skp, &clock::now())) {
        ws.mark_exported(std::slice::from_ref(&skp.id));
    }
}

/// Downloads the open SKP, if any.
pub fn export_open_skp(ws: Workspace) {
    if let Some(skp) = ws.open_skp_untracked() {
        export_one(ws, &skp);
    }
}

/// Downloads every SKP as one backup file.
pub fn export_everything(ws: Workspace) {
    ws.flush();
    let skps: Vec<Skp> = ws.all_untracked();
    let now = clock::now();
    if download(&backup_file_name(&now), JSON, &export_backup(&skps, &now)) {
        let ids: Vec<String> = skps.into_iter().map(|s| s.id).collect();
        ws.mark_exported(&ids);
    }
}
