//! `stop_on_error`: when a cell fails, the cells queued behind it are not
//! run but answered with status `aborted`, as after "Run All" the user
//! expects nothing past the first error to run.
//!
//! "Queued behind it" means already received when the error happened, or
//! sent by the client before it (by the message's date) and still in flight.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use crate::wire::Message;

/// How long after an error in-flight requests are still matched by date.
const IN_FLIGHT: Duration = Duration::from_secs(1);

#[derive(Default)]
pub struct AbortQueue {
    queued: HashSet<String>,
    since: Option<(DateTime<Utc>, Instant)>,
}

impl AbortQueue {
    /// A cell failed; `waiting` are the execute requests received so far.
    pub fn begin<'a>(&mut self, waiting: impl IntoIterator<Item = &'a Message>) {
        self.queued.extend(waiting.into_iter().map(|m| m.header.msg_id.clone()));
        self.since = Some((Utc::now(), Instant::now()));
    }

    /// Whether this execute request is to be aborted. The first request not
    /// aborted ends the aborting.
    pub fn covers(&mut self, request: &Message) -> bool {
        if self.queued.remove(&request.header.msg_id) {
            return true;
        }
        if let Some((at, started)) = self.since {
            let sent = request.header.date;
            let dated = sent.timestamp() > 0;
            if dated && sent <= at && started.elapsed() < IN_FLIGHT {
                return true;
            }
        }
        self.since = None;
        self.queued.clear();
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::MessageFactory;

    fn request() -> Message {
        MessageFactory::new().broadcast(None, "execute_request", serde_json::json!({"code": ""}))
    }

    #[test]
    fn aborts_what_was_queued_and_what_was_sent_before_the_error() {
        let queued = request();
        let in_flight = request();
        let mut abort = AbortQueue::default();
        abort.begin([&queued]);
        assert!(abort.covers(&queued));
        assert!(abort.covers(&in_flight));
        std::thread::sleep(Duration::from_millis(5));
        let later = request();
        assert!(!abort.covers(&later), "sent after the error");
        assert!(!abort.covers(&in_flight), "aborting ended with the first cell run");
    }

    #[test]
    fn nothing_is_aborted_without_an_error() {
        assert!(!AbortQueue::default().covers(&request()));
    }
}
