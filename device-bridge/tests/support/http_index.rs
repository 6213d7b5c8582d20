//! A package index on localhost for mip tests: files served by path over
//! plain HTTP/1.1, 404 for the rest, each request recorded.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::thread;

use sha2::{Digest, Sha256};

pub struct Index {
    pub url: String,
    files: Arc<Mutex<HashMap<String, Vec<u8>>>>,
    pub requests: Arc<Mutex<Vec<String>>>,
}

impl Index {
    pub fn start() -> Index {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let files: Arc<Mutex<HashMap<String, Vec<u8>>>> = Arc::default();
        let requests: Arc<Mutex<Vec<String>>> = Arc::default();
        let (served, log) = (files.clone(), requests.clone());
        thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut line = String::new();
                let _ = reader.read_line(&mut line);
                let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
                loop {
                    let mut header = String::new();
                    if reader.read_line(&mut header).unwrap_or(0) == 0 || header == "\r\n" {
                        break;
                    }
                }
                log.lock().unwrap().push(path.clone());
                let body = served.lock().unwrap().get(&path).cloned();
                let _ = match body {
                    Some(body) => stream
                        .write_all(
                            format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len())
                                .as_bytes(),
                        )
                        .and_then(|_| stream.write_all(&body)),
                    None => {
                        stream.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    }
                };
            }
        });
        Index { url, files, requests }
    }

    pub fn add(&self, path: &str, body: &[u8]) {
        self.files.lock().unwrap().insert(path.to_string(), body.to_vec());
    }

    /// A file stored by hash, as micropython-lib's index stores them;
    /// returns the short hash a package description names it by.
    pub fn add_hashed(&self, body: &[u8]) -> String {
        let hash: String = Sha256::digest(body).iter().map(|b| format!("{b:02x}")).collect();
        let short = hash[..8].to_string();
        self.add(&format!("/file/{}/{short}", &short[..2]), body);
        short
    }
}
