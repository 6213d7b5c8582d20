//! Heartbeat: echo every message back, on its own task, so a client sees the
//! kernel alive however long a cell runs.

use zeromq::{RepSocket, SocketRecv, SocketSend};

pub async fn serve(mut socket: RepSocket) {
    loop {
        match socket.recv().await {
            Ok(ping) => {
                if let Err(err) = socket.send(ping).await {
                    crate::log(&format!("heartbeat send failed: {err}"));
                }
            }
            Err(err) => {
                crate::log(&format!("heartbeat receive failed: {err}"));
                // A REP socket whose peer vanished mid-exchange errors once;
                // keep answering others rather than spin.
                tokio::time::sleep(std::time::Duration::from_millis(10)).await;
            }
        }
    }
}
