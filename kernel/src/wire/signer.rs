//! Message signatures: HMAC over the header, parent header, metadata and
//! content frames, keyed by the connection file's `key`.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

#[derive(Clone)]
pub struct Signer {
    /// `None` when the connection file's key is empty: the protocol then
    /// sends an empty signature and checks nothing.
    mac: Option<Hmac<Sha256>>,
    /// Signatures of the messages already accepted (shared by clones).
    recent: super::replay::RecentSignatures,
}

#[derive(Debug, PartialEq, Eq)]
pub enum SignError {
    UnsupportedScheme(String),
}

impl std::fmt::Display for SignError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SignError::UnsupportedScheme(s) => {
                write!(f, "unsupported signature scheme {s:?} (only hmac-sha256 is supported)")
            }
        }
    }
}

impl std::error::Error for SignError {}

impl Signer {
    pub fn new(scheme: &str, key: &str) -> Result<Signer, SignError> {
        if key.is_empty() {
            return Ok(Signer { mac: None, recent: Default::default() });
        }
        if scheme != "hmac-sha256" {
            return Err(SignError::UnsupportedScheme(scheme.to_string()));
        }
        // HMAC accepts keys of any length, so this cannot fail.
        let mac = Hmac::<Sha256>::new_from_slice(key.as_bytes())
            .map_err(|_| SignError::UnsupportedScheme(scheme.to_string()))?;
        Ok(Signer { mac: Some(mac), recent: Default::default() })
    }

    /// The hex signature of a message's four JSON frames.
    pub fn sign(&self, parts: [&[u8]; 4]) -> String {
        match &self.mac {
            None => String::new(),
            Some(mac) => {
                let mut mac = mac.clone();
                for part in parts {
                    mac.update(part);
                }
                hex::encode(mac.finalize().into_bytes())
            }
        }
    }

    /// Whether a verified `signature` is new: false for a replayed
    /// message. Unsigned connections have nothing to tell apart.
    pub fn first_time(&self, signature: &[u8]) -> bool {
        self.mac.is_none() || self.recent.first_time(signature)
    }

    /// Whether `signature` (hex, as received) signs these frames. The
    /// comparison takes the same time wherever the first difference is.
    pub fn verify(&self, signature: &[u8], parts: [&[u8]; 4]) -> bool {
        let Some(mac) = &self.mac else { return true };
        let Ok(tag) = hex::decode(signature) else {
            return false;
        };
        let mut mac = mac.clone();
        for part in parts {
            mac.update(part);
        }
        mac.verify_slice(&tag).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The signature jupyter_client's Session computes for these frames
    // (hmac.new(b"secret", digestmod=hashlib.sha256), updated frame by frame).
    const FRAMES: [&[u8]; 4] = [b"{\"a\":1}", b"{}", b"{}", b"{\"code\":\"1\"}"];

    #[test]
    fn signs_like_python_hmac() {
        let signer = Signer::new("hmac-sha256", "secret").unwrap();
        assert_eq!(signer.sign(FRAMES), "4cd721348272a9d38f52e40f18755f0c1547d1172085474a01e7af8f3442da14");
    }

    #[test]
    fn verifies_its_own_signature() {
        let signer = Signer::new("hmac-sha256", "secret").unwrap();
        let sig = signer.sign(FRAMES);
        assert!(signer.verify(sig.as_bytes(), FRAMES));
    }

    #[test]
    fn rejects_tampered_content_and_bad_signatures() {
        let signer = Signer::new("hmac-sha256", "secret").unwrap();
        let sig = signer.sign(FRAMES);
        let tampered: [&[u8]; 4] = [FRAMES[0], FRAMES[1], FRAMES[2], b"{\"code\":\"2\"}"];
        assert!(!signer.verify(sig.as_bytes(), tampered));
        assert!(!signer.verify(b"", FRAMES));
        assert!(!signer.verify(b"not hex", FRAMES));
        let other = Signer::new("hmac-sha256", "other key").unwrap();
        assert!(!other.verify(sig.as_bytes(), FRAMES));
    }

    #[test]
    fn empty_key_means_unsigned() {
        let signer = Signer::new("hmac-sha256", "").unwrap();
        assert_eq!(signer.sign(FRAMES), "");
        assert!(signer.verify(b"", FRAMES));
    }

    #[test]
    fn unknown_scheme_is_an_error() {
        assert!(Signer::new("hmac-md5", "k").is_err());
    }
}
