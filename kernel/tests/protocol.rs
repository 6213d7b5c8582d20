//! The kernel over real ZeroMQ sockets, in process: a client made of
//! zeromq-crate sockets drives `upy_kernel::run` on a scripted target.

use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::Mutex;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use upy_kernel::wire::{Message, MessageFactory, Signer};
use upy_kernel::{NotebookTarget, TargetFactory};
use upy_vm::target::{
    Completion, ErrorInfo, InputSource, Interrupt, OutputSink, RunOutcome, RunRequest, Stream, Target,
};
use zeromq::{DealerSocket, Socket, SocketRecv, SocketSend, SubSocket, ZmqMessage};

/// Prints each line of the cell; `loop` spins until interrupted.
struct ScriptTarget;

impl Target for ScriptTarget {
    fn run(
        &mut self,
        request: &RunRequest<'_>,
        out: &mut dyn OutputSink,
        _: &mut dyn InputSource,
        interrupt: &Interrupt,
    ) -> RunOutcome {
        for line in request.code.lines() {
            if line == "loop" {
                while !interrupt.take() {
                    std::thread::sleep(Duration::from_millis(1));
                }
                return RunOutcome::Error(ErrorInfo::new("KeyboardInterrupt", ""));
            }
            out.write(Stream::Stdout, &format!("{line}\n"));
        }
        RunOutcome::Ok { result: None }
    }
    fn complete(&mut self, _: &str) -> Vec<Completion> {
        Vec::new()
    }
    fn inspect(&mut self, _: &str) -> Option<String> {
        None
    }
    fn reset(&mut self) -> Result<(), ErrorInfo> {
        Ok(())
    }
    fn describe(&self) -> String {
        "script".to_string()
    }
}

impl NotebookTarget for ScriptTarget {}

struct Factory;

impl TargetFactory for Factory {
    fn initial(&mut self) -> Result<Box<dyn NotebookTarget>, String> {
        Ok(Box::new(ScriptTarget))
    }
    fn board(&mut self, _: &str) -> Result<Box<dyn NotebookTarget>, String> {
        Err("no boards".to_string())
    }
    fn board_names(&self) -> Vec<String> {
        Vec::new()
    }
}

/// A port no other test in this process was given: the tests run in
/// parallel, and two kernels handed the same port would each wait on the
/// other's socket.
fn free_port() -> u16 {
    static GIVEN: Mutex<Vec<u16>> = Mutex::new(Vec::new());
    let mut given = GIVEN.lock().unwrap();
    loop {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        if !given.contains(&port) {
            given.push(port);
            return port;
        }
    }
}

struct Client {
    shell: DealerSocket,
    control: DealerSocket,
    iopub: SubSocket,
    signer: Signer,
    messages: MessageFactory,
    kernel: JoinHandle<anyhow::Result<()>>,
    _dir: tempfile::TempDir,
}

const KEY: &str = "a-test-key";

/// A kernel on fresh ports, and a client connected to it. A port can still
/// be taken by another process between choosing it and binding it; the
/// kernel then exits with the bind error, and this starts over on new ports
/// instead of waiting on a socket nobody will open.
async fn start() -> Client {
    let mut last_error = String::new();
    for _ in 0..5 {
        match try_start().await {
            Ok(client) => return client,
            Err(error) => last_error = error,
        }
    }
    panic!("the kernel never listened: {last_error}");
}

async fn try_start() -> Result<Client, String> {
    let dir = tempfile::tempdir().unwrap();
    let ports: Vec<u16> = (0..5).map(|_| free_port()).collect();
    let file: PathBuf = dir.path().join("kernel.json");
    let info = json!({
        "ip": "127.0.0.1", "transport": "tcp", "key": KEY, "signature_scheme": "hmac-sha256",
        "shell_port": ports[0], "iopub_port": ports[1], "stdin_port": ports[2],
        "control_port": ports[3], "hb_port": ports[4],
    });
    std::fs::write(&file, info.to_string()).unwrap();
    let kernel_file = file.clone();
    let kernel = std::thread::spawn(move || upy_kernel::run(&kernel_file, Box::new(Factory)));
    // The kernel binds in its own thread: wait until its last socket
    // listens, or until it has given up.
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", ports[4])).is_err() {
        if kernel.is_finished() {
            return Err(match kernel.join() {
                Ok(Err(error)) => format!("{error:#}"),
                Ok(Ok(())) => "the kernel exited at once".to_string(),
                Err(_) => "the kernel panicked".to_string(),
            });
        }
        if Instant::now() > deadline {
            return Err("no socket after 20 s".to_string());
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let url = |port: u16| format!("tcp://127.0.0.1:{port}");
    let connect_timeout = Duration::from_secs(10);
    let mut shell = DealerSocket::new();
    let mut control = DealerSocket::new();
    let mut iopub = SubSocket::new();
    iopub.subscribe("").await.unwrap();
    for (name, result) in [
        ("shell", tokio::time::timeout(connect_timeout, shell.connect(&url(ports[0]))).await),
        ("control", tokio::time::timeout(connect_timeout, control.connect(&url(ports[3]))).await),
        ("iopub", tokio::time::timeout(connect_timeout, iopub.connect(&url(ports[1]))).await),
    ] {
        match result {
            Ok(Ok(())) => {}
            Ok(Err(error)) => return Err(format!("connecting {name}: {error}")),
            Err(_) => return Err(format!("connecting {name}: timed out")),
        }
    }
    let signer = Signer::new("hmac-sha256", KEY).unwrap();
    Ok(Client { shell, control, iopub, signer, messages: MessageFactory::new(), kernel, _dir: dir })
}

impl Client {
    fn request(&self, msg_type: &str, content: Value) -> Message {
        let mut msg = self.messages.broadcast(None, msg_type, content);
        msg.identities.clear();
        msg
    }

    fn frames(&self, msg: &Message, signer: &Signer) -> ZmqMessage {
        ZmqMessage::try_from(msg.encode(signer)).unwrap()
    }

    async fn reply(socket: &mut DealerSocket, signer: &Signer) -> Message {
        let frames = tokio::time::timeout(Duration::from_secs(5), socket.recv()).await.expect("a reply").unwrap();
        Message::decode(frames.into_vec(), signer).unwrap()
    }

    /// IOPub messages for `parent` up to its idle status.
    async fn outputs(&mut self, parent: &Message) -> Vec<Message> {
        let mut found = Vec::new();
        loop {
            let frames = tokio::time::timeout(Duration::from_secs(5), self.iopub.recv()).await.expect("iopub").unwrap();
            let msg = Message::decode(frames.into_vec(), &self.signer).unwrap();
            if msg.parent_header.as_ref().map(|h| h.msg_id.as_str()) != Some(parent.header.msg_id.as_str()) {
                continue;
            }
            let idle = msg.msg_type() == "status" && msg.content["execution_state"] == "idle";
            found.push(msg);
            if idle {
                return found;
            }
        }
    }

    /// Send kernel_info until the kernel answers (and iopub is connected).
    async fn wait_ready(&mut self) {
        let request = self.request("kernel_info_request", json!({}));
        let frames = self.frames(&request, &self.signer.clone());
        self.shell.send(frames).await.unwrap();
        let reply = Self::reply(&mut self.shell, &self.signer.clone()).await;
        assert_eq!(reply.content["language_info"]["name"], "micropython");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    async fn execute(&mut self, code: &str, signer: &Signer) -> Message {
        let request = self.request(
            "execute_request",
            json!({"code": code, "silent": false, "store_history": true, "user_expressions": {}, "allow_stdin": false, "stop_on_error": true}),
        );
        let frames = self.frames(&request, signer);
        self.shell.send(frames).await.unwrap();
        request
    }

    async fn shutdown(mut self) {
        let request = self.request("shutdown_request", json!({"restart": false}));
        let frames = self.frames(&request, &self.signer.clone());
        self.control.send(frames).await.unwrap();
        let reply = Self::reply(&mut self.control, &self.signer.clone()).await;
        assert_eq!(reply.msg_type(), "shutdown_reply");
        for _ in 0..100 {
            if self.kernel.is_finished() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        assert!(self.kernel.is_finished(), "the kernel exits after shutdown");
        self.kernel.join().unwrap().unwrap();
    }
}

#[tokio::test]
async fn executes_streams_and_shuts_down() {
    let mut client = start().await;
    client.wait_ready().await;
    let signer = client.signer.clone();
    let request = client.execute("hello\nworld", &signer).await;
    let reply = Client::reply(&mut client.shell, &signer).await;
    assert_eq!(reply.content["status"], "ok");
    assert_eq!(reply.content["execution_count"], 1);
    let outputs = client.outputs(&request).await;
    let text: String = outputs
        .iter()
        .filter(|m| m.msg_type() == "stream")
        .map(|m| m.content["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(text, "hello\nworld\n");
    client.shutdown().await;
}

/// A cell's many prints reach iopub as a few messages (each one is work for
/// the notebook server that relays it), in order and complete; its reply
/// says when it started, as ipykernel's does.
#[tokio::test]
async fn coalesces_a_cells_prints_and_dates_its_reply() {
    let mut client = start().await;
    client.wait_ready().await;
    let signer = client.signer.clone();
    let code: Vec<String> = (0..200).map(|i| format!("line {i}")).collect();
    let request = client.execute(&code.join("\n"), &signer).await;
    let reply = Client::reply(&mut client.shell, &signer).await;
    assert_eq!(reply.content["status"], "ok");
    let started = reply.metadata["started"].as_str().expect("metadata.started");
    let started = chrono::DateTime::parse_from_rfc3339(started).expect("an RFC 3339 date");
    assert!(started <= reply.header.date, "{started} is before the reply's {}", reply.header.date);
    assert_eq!(reply.metadata["status"], "ok");
    let outputs = client.outputs(&request).await;
    let streams: Vec<&str> =
        outputs.iter().filter(|m| m.msg_type() == "stream").map(|m| m.content["text"].as_str().unwrap()).collect();
    assert_eq!(streams.concat(), code.iter().map(|l| format!("{l}\n")).collect::<String>());
    assert!(streams.len() <= 10, "200 prints cost {} messages", streams.len());
    client.shutdown().await;
}

#[tokio::test]
async fn drops_badly_signed_requests() {
    let mut client = start().await;
    client.wait_ready().await;
    let forged = Signer::new("hmac-sha256", "wrong key").unwrap();
    client.execute("forged", &forged).await;
    let nothing = tokio::time::timeout(Duration::from_millis(300), client.shell.recv()).await;
    assert!(nothing.is_err(), "no reply to a forged request");
    let signer = client.signer.clone();
    client.execute("genuine", &signer).await;
    let reply = Client::reply(&mut client.shell, &signer).await;
    assert_eq!(reply.content["execution_count"], 1, "the forged request never ran");
    client.shutdown().await;
}

#[tokio::test]
async fn control_interrupts_a_running_cell() {
    let mut client = start().await;
    client.wait_ready().await;
    let signer = client.signer.clone();
    client.execute("loop", &signer).await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    let interrupt = client.request("interrupt_request", json!({}));
    let frames = client.frames(&interrupt, &signer);
    let started = std::time::Instant::now();
    client.control.send(frames).await.unwrap();
    let reply = Client::reply(&mut client.control, &signer).await;
    assert_eq!(reply.msg_type(), "interrupt_reply");
    let executed = Client::reply(&mut client.shell, &signer).await;
    assert_eq!(executed.content["ename"], "KeyboardInterrupt");
    assert!(started.elapsed() < Duration::from_millis(100), "took {:?}", started.elapsed());
    client.shutdown().await;
}
