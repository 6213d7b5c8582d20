//! Replay protection: a correctly signed message sent again (captured off
//! the wire, or resent by a confused client) is dropped, as jupyter_client's
//! `Session` drops a signature already in its `digest_history`. Every
//! message carries a fresh `msg_id` in its signed header, so two genuine
//! messages never share a signature.

use std::collections::{HashSet, VecDeque};
use std::sync::{Arc, Mutex};

/// How many signatures are remembered (jupyter_client's
/// `digest_history_size`); the oldest is forgotten first.
pub const REMEMBERED: usize = 1 << 16;

/// Signatures seen on any of the kernel's channels, shared by them all.
#[derive(Clone)]
pub struct RecentSignatures {
    inner: Arc<Mutex<Recent>>,
    capacity: usize,
}

#[derive(Default)]
struct Recent {
    seen: HashSet<Vec<u8>>,
    order: VecDeque<Vec<u8>>,
}

impl Default for RecentSignatures {
    fn default() -> Self {
        RecentSignatures::with_capacity(REMEMBERED)
    }
}

impl RecentSignatures {
    pub fn with_capacity(capacity: usize) -> RecentSignatures {
        RecentSignatures { inner: Arc::default(), capacity: capacity.max(1) }
    }

    /// Record `signature`; false if it was already seen.
    pub fn first_time(&self, signature: &[u8]) -> bool {
        let mut recent = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if recent.seen.contains(signature) {
            return false;
        }
        if recent.order.len() >= self.capacity {
            if let Some(old) = recent.order.pop_front() {
                recent.seen.remove(&old);
            }
        }
        recent.seen.insert(signature.to_vec());
        recent.order.push_back(signature.to_vec());
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_is_accepted_once() {
        let r = RecentSignatures::default();
        assert!(r.first_time(b"aa"));
        assert!(!r.first_time(b"aa"));
        assert!(r.first_time(b"bb"));
        // Shared between clones, as between the channels.
        assert!(!r.clone().first_time(b"bb"));
    }

    #[test]
    fn the_oldest_is_forgotten_past_the_bound() {
        let r = RecentSignatures::with_capacity(3);
        for s in [b"1", b"2", b"3", b"4"] {
            assert!(r.first_time(s));
        }
        assert!(r.first_time(b"1"), "forgotten, so accepted again");
        assert!(!r.first_time(b"4"));
        assert_eq!(r.inner.lock().unwrap().order.len(), 3);
    }
}
