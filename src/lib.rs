//! Perfusion Explorer: an offline terminal explorer for the clinical perfusionist and ECMO
//! specialist careers and the MSOE M.S. in Perfusion program.

pub mod app;
pub mod cache;
pub mod cli;
pub mod export;
pub mod kb;
pub mod library;
mod par;
pub mod plain;
pub mod present;
pub mod search;
pub mod searchlog;
pub mod terminal;
pub mod ui;
