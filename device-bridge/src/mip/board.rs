//! A board on the link as mip's [`MipBoard`]: questions and file writes are
//! short programs in its raw REPL (writes via [`BoardFs`], so through a
//! temporary name, with progress).

use super::MipBoard;
use crate::fs::{py_str, BoardFs};

impl MipBoard for BoardFs<'_> {
    fn mpy_version(&mut self) -> Result<Option<u32>, String> {
        let code = "import sys\n_upy_i = sys.implementation\n\
                    print(getattr(_upy_i, '_mpy', 0) & 0xff, getattr(_upy_i, '_machine', ''))\n";
        let text = self.exec_text(code).map_err(|e| e.to_string())?;
        let (number, machine) = text.trim().split_once(' ').unwrap_or((text.trim(), ""));
        // upy's simulated board answers as the board it simulates, but
        // runs source only.
        if machine.contains("simulated") {
            return Ok(None);
        }
        Ok(number.parse::<u32>().ok().filter(|&v| v > 0))
    }

    fn lib_dir(&mut self) -> Result<Option<String>, String> {
        let text =
            self.exec_text("import sys\nfor _upy_p in sys.path:\n print(_upy_p)\n").map_err(|e| e.to_string())?;
        Ok(text.lines().find(|p| p.ends_with("/lib") && !p.starts_with("/rom")).map(str::to_string))
    }

    fn file_sha256(&mut self, path: &str) -> Result<Option<String>, String> {
        let code = format!(
            "try:\n import hashlib, binascii\n _upy_h = hashlib.sha256()\n \
             with open({}, 'rb') as _upy_f:\n  \
             while True:\n   \
             _upy_b = _upy_f.read(512)\n   \
             if not _upy_b:\n    break\n   \
             _upy_h.update(_upy_b)\n \
             print(binascii.hexlify(_upy_h.digest()).decode())\n\
             except (OSError, ImportError, AttributeError):\n print('-')\n",
            py_str(path)
        );
        let text = self.exec_text(&code).map_err(|e| e.to_string())?;
        let hash = text.trim();
        Ok((hash != "-" && !hash.is_empty()).then(|| hash.to_string()))
    }

    fn write_file(&mut self, path: &str, data: &[u8], progress: &mut dyn FnMut(u64, u64)) -> Result<(), String> {
        if let Some((dir, _)) = path.rsplit_once('/').filter(|(dir, _)| !dir.is_empty()) {
            self.mkdir(dir).map_err(|e| e.to_string())?;
        }
        self.put_bytes(data, path, progress).map_err(|e| e.to_string())
    }
}
