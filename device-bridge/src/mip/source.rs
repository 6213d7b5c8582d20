//! What `mip install` is given: a package of the index (`NAME[@VERSION]`),
//! a package or file on GitHub, GitLab or Codeberg
//! (`github:ORG/REPO[/PATH][@BRANCH]`), an `http(s)://` URL, or a local
//! `package.json`.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// From the index: `package/{mpy}/{name}/{version}.json`.
    Index { name: String, version: String },
    /// A single `.py`/`.mpy` file to put in the target folder.
    File { url: String, name: String },
    /// A `package.json` at a URL (or a local path).
    Json { url: String },
}

const HOSTS: &[(&str, &str)] = &[
    ("github:", "https://raw.githubusercontent.com/{org}/{repo}/{branch}/{path}"),
    ("gitlab:", "https://gitlab.com/{org}/{repo}/-/raw/{branch}/{path}"),
    ("codeberg:", "https://codeberg.org/api/v1/repos/{org}/{repo}/raw/{path}?ref={branch}"),
];

fn is_url(text: &str) -> bool {
    text.starts_with("http://") || text.starts_with("https://") || HOSTS.iter().any(|(p, _)| text.starts_with(p))
}

/// `github:org/repo/path` as the raw URL of `path` on `branch` (`HEAD`
/// when none is given); other URLs unchanged.
pub fn rewrite_url(url: &str, branch: Option<&str>) -> String {
    for (prefix, format) in HOSTS {
        let Some(rest) = url.strip_prefix(prefix) else { continue };
        let mut parts = rest.splitn(3, '/');
        let (org, repo, path) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        return format
            .replace("{org}", org)
            .replace("{repo}", repo)
            .replace("{branch}", branch.unwrap_or("HEAD"))
            .replace("{path}", path);
    }
    url.to_string()
}

impl Source {
    /// Parse a package argument; the version (index) or branch (hosts)
    /// follows the last `@`.
    pub fn parse(spec: &str) -> Result<(Source, Option<String>), String> {
        let spec = spec.trim();
        if spec.is_empty() {
            return Err("no package named".into());
        }
        let (what, version) = match spec.rsplit_once('@') {
            // `https://user@host/…` has its `@` before the path.
            Some((what, version)) if !version.contains('/') && !version.is_empty() => {
                (what.to_string(), Some(version.to_string()))
            }
            _ => (spec.to_string(), None),
        };
        if is_url(&what) || what.ends_with(".json") {
            if what.ends_with(".py") || what.ends_with(".mpy") {
                let name = what.rsplit('/').next().unwrap_or(&what).to_string();
                return Ok((Source::File { url: rewrite_url(&what, version.as_deref()), name }, version));
            }
            let json = if what.ends_with(".json") {
                what.clone()
            } else {
                format!("{}/package.json", what.trim_end_matches('/'))
            };
            return Ok((Source::Json { url: json }, version));
        }
        if what.contains('/') || what.contains(char::is_whitespace) {
            return Err(format!("{what}: not a package name, URL, or github:ORG/REPO"));
        }
        let name = what;
        Ok((Source::Index { name, version: version.clone().unwrap_or_else(|| "latest".into()) }, version))
    }
}

/// A relative URL in a `package.json` is relative to the file's folder.
pub fn resolve(base_json: &str, url: &str) -> String {
    if is_url(url) || url.starts_with('/') {
        return url.to_string();
    }
    match base_json.rsplit_once('/') {
        Some((dir, _)) => format!("{dir}/{url}"),
        None => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_packages_with_and_without_versions() {
        assert_eq!(
            Source::parse("aioble").unwrap(),
            (Source::Index { name: "aioble".into(), version: "latest".into() }, None)
        );
        assert_eq!(
            Source::parse("umqtt.simple@1.4.0").unwrap().0,
            Source::Index { name: "umqtt.simple".into(), version: "1.4.0".into() }
        );
        assert!(Source::parse("").is_err());
        assert!(Source::parse("some/path").is_err());
    }

    #[test]
    fn hosted_packages_and_files() {
        assert_eq!(
            Source::parse("github:org/repo").unwrap().0,
            Source::Json { url: "github:org/repo/package.json".into() }
        );
        assert_eq!(
            Source::parse("github:org/repo/drivers/ssd1306.py@v2").unwrap(),
            (
                Source::File {
                    url: "https://raw.githubusercontent.com/org/repo/v2/drivers/ssd1306.py".into(),
                    name: "ssd1306.py".into()
                },
                Some("v2".into())
            )
        );
        assert_eq!(
            Source::parse("http://127.0.0.1:8000/pkg/package.json").unwrap().0,
            Source::Json { url: "http://127.0.0.1:8000/pkg/package.json".into() }
        );
        assert_eq!(rewrite_url("gitlab:o/r/a/b.py", None), "https://gitlab.com/o/r/-/raw/HEAD/a/b.py");
        assert_eq!(resolve("http://h/p/package.json", "lib/x.py"), "http://h/p/lib/x.py");
        assert_eq!(resolve("github:o/r/package.json", "x.py"), "github:o/r/x.py");
        assert_eq!(resolve("http://h/p/package.json", "github:o/r/x.py"), "github:o/r/x.py");
    }
}
