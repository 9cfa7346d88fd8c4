//! Perfusion Explorer library.
