//! WebREPL's file-transfer request: an 82-byte record in binary frames,
//! `WA`, the operation, flags, a 64-bit offset, a 32-bit size, the name's
//! length and the name in 64 bytes (all little-endian). Replies are `WB`
//! and a 16-bit status, 0 meaning success.

pub const REQUEST_LEN: usize = 82;
/// Room for the name, which the board keeps NUL-terminated.
pub const NAME_MAX: usize = 63;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Put,
    Get,
    Version,
}

impl Op {
    fn code(self) -> u8 {
        match self {
            Op::Put => 1,
            Op::Get => 2,
            Op::Version => 3,
        }
    }

    fn from_code(code: u8) -> Option<Op> {
        match code {
            1 => Some(Op::Put),
            2 => Some(Op::Get),
            3 => Some(Op::Version),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub op: Op,
    /// Bytes that follow a `Put`.
    pub size: u32,
    pub name: String,
}

impl Request {
    pub fn encode(&self) -> Result<[u8; REQUEST_LEN], String> {
        let name = self.name.as_bytes();
        if name.len() > NAME_MAX {
            return Err(format!("{}: WebREPL takes names of at most {NAME_MAX} bytes", self.name));
        }
        let mut record = [0u8; REQUEST_LEN];
        record[0..2].copy_from_slice(b"WA");
        record[2] = self.op.code();
        // record[3]: flags, record[4..12]: offset; both 0.
        record[12..16].copy_from_slice(&self.size.to_le_bytes());
        record[16..18].copy_from_slice(&(name.len() as u16).to_le_bytes());
        record[18..18 + name.len()].copy_from_slice(name);
        Ok(record)
    }

    pub fn decode(record: &[u8]) -> Result<Request, String> {
        if record.len() != REQUEST_LEN || &record[0..2] != b"WA" {
            return Err("not a WebREPL file request".into());
        }
        let op = Op::from_code(record[2]).ok_or_else(|| format!("unknown WebREPL operation {}", record[2]))?;
        let size = u32::from_le_bytes([record[12], record[13], record[14], record[15]]);
        let len = (u16::from_le_bytes([record[16], record[17]]) as usize).min(64);
        // The name ends at its length or its first NUL, whichever is first.
        let field = &record[18..18 + len];
        let field = field.split(|&b| b == 0).next().unwrap_or(field);
        Ok(Request { op, size, name: String::from_utf8_lossy(field).into_owned() })
    }
}

/// A reply record: `WB` and the status.
pub fn reply(status: u16) -> [u8; 4] {
    let [low, high] = status.to_le_bytes();
    [b'W', b'B', low, high]
}

/// The status of a reply record, if it is one.
pub fn parse_reply(record: &[u8]) -> Option<u16> {
    match record {
        [b'W', b'B', low, high] => Some(u16::from_le_bytes([*low, *high])),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_round_trips_through_its_record() {
        let request = Request { op: Op::Put, size: 1234, name: "lib/main.py".into() };
        let record = request.encode().unwrap();
        assert_eq!(&record[..4], b"WA\x01\x00");
        assert_eq!(&record[12..18], &[0xd2, 0x04, 0, 0, 11, 0]);
        assert_eq!(Request::decode(&record).unwrap(), request);
    }

    #[test]
    fn long_names_and_bad_records_are_refused() {
        let long = Request { op: Op::Get, size: 0, name: "x".repeat(64) };
        assert!(long.encode().is_err());
        assert!(Request::decode(b"WB\x00\x00").is_err());
        let mut record = Request { op: Op::Get, size: 0, name: "a".into() }.encode().unwrap();
        record[2] = 9;
        assert!(Request::decode(&record).is_err());
    }

    #[test]
    fn replies() {
        assert_eq!(reply(0), *b"WB\x00\x00");
        assert_eq!(parse_reply(b"WB\x01\x00"), Some(1));
        assert_eq!(parse_reply(b"XX\x00\x00"), None);
    }
}
