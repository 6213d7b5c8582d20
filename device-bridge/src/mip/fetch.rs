//! Getting index files and packages over HTTP(S) (or from a local path).

use std::time::Duration;

/// How long one download may take.
const TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, PartialEq, Eq)]
pub enum FetchError {
    NotFound,
    Failed(String),
}

pub trait Fetch {
    fn get(&self, url: &str) -> Result<Vec<u8>, FetchError>;
}

/// The real thing: HTTP and HTTPS with ureq, files from disk.
pub struct Http {
    agent: ureq::Agent,
}

impl Default for Http {
    fn default() -> Http {
        let config = ureq::Agent::config_builder()
            .timeout_global(Some(TIMEOUT))
            .http_status_as_error(false)
            .user_agent(concat!("upy-mip/", env!("CARGO_PKG_VERSION")))
            .build();
        Http { agent: config.into() }
    }
}

impl Fetch for Http {
    fn get(&self, url: &str) -> Result<Vec<u8>, FetchError> {
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return std::fs::read(url).map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => FetchError::NotFound,
                _ => FetchError::Failed(format!("{url}: {e}")),
            });
        }
        let mut response = self.agent.get(url).call().map_err(|e| FetchError::Failed(format!("{url}: {e}")))?;
        match response.status().as_u16() {
            200 => response
                .body_mut()
                .with_config()
                .limit(64 * 1024 * 1024)
                .read_to_vec()
                .map_err(|e| FetchError::Failed(format!("{url}: {e}"))),
            404 => Err(FetchError::NotFound),
            status => Err(FetchError::Failed(format!("{url}: HTTP {status}"))),
        }
    }
}
