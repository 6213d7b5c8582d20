//! Errno numbers and names as MicroPython ports report them (Linux
//! numbering), for `OSError` messages and the `errno` module.

pub const ERRNOS: &[(i64, &str)] = &[
    (1, "EPERM"),
    (2, "ENOENT"),
    (5, "EIO"),
    (9, "EBADF"),
    (11, "EAGAIN"),
    (12, "ENOMEM"),
    (13, "EACCES"),
    (17, "EEXIST"),
    (19, "ENODEV"),
    (21, "EISDIR"),
    (22, "EINVAL"),
    (28, "ENOSPC"),
    (95, "EOPNOTSUPP"),
    (98, "EADDRINUSE"),
    (103, "ECONNABORTED"),
    (104, "ECONNRESET"),
    (105, "ENOBUFS"),
    (107, "ENOTCONN"),
    (110, "ETIMEDOUT"),
    (111, "ECONNREFUSED"),
    (113, "EHOSTUNREACH"),
    (114, "EALREADY"),
    (115, "EINPROGRESS"),
];

pub fn name_of(errno: i64) -> Option<&'static str> {
    ERRNOS.iter().find(|(n, _)| *n == errno).map(|(_, s)| *s)
}
