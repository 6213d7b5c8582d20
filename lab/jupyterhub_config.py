"""A MicroPython class on one host: `jupyterhub -f lab/jupyterhub_config.py`.

JupyterHub itself (pip `jupyterhub`) with its proxy (npm
`configurable-http-proxy`, `npm ci --prefix lab`), the upy kernel as every
student's default, and the settings a teacher changes in lab/class.toml.
Environment variables for what differs between runs of the same class:

    UPY_LAB_URL            where students connect (default http://127.0.0.1:8000;
                           http://0.0.0.0:8000 serves the classroom's network)
    UPY_LAB_HUB_PORT       the hub's internal API port (default 8081)
    UPY_LAB_PROXY_API_PORT the proxy's API port (default 8001)
    UPY_LAB_STATE          the hub's database, secrets and student homes
                           (default lab/state)
    UPY_LAB_PASSWORD       the classroom password (overrides class.toml)
    UPY_LAB_TEACHER_PASSWORD  the teachers' password, 32 characters or more
    UPY_LAB_STUDENTS       the roster: "ann,bob" or "student{1..30}"
    UPY_LAB_NOTEBOOKS      another folder of notebooks to hand out (the load test's)
"""

import os
import re
import shutil
import sys

try:
    import tomllib
except ImportError:  # Python < 3.11
    import tomli as tomllib

c = get_config()  # noqa: F821 (JupyterHub's config loader provides it)

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "class.toml"), "rb") as f:
    CLASS = tomllib.load(f)
LIMITS = CLASS.get("limits", {})
SIGNIN = CLASS.get("signin", {})
STATE = os.path.abspath(os.environ.get("UPY_LAB_STATE") or os.path.join(HERE, "state"))
os.makedirs(STATE, mode=0o700, exist_ok=True)
BIN = os.path.dirname(sys.executable)


def roster(text):
    """'ann,bob' or 'student{1..30}' (zero-padding kept: s{01..30})."""
    names = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        m = re.fullmatch(r"(.*)\{(\d+)\.\.(\d+)\}(.*)", part)
        if not m:
            names.append(part)
            continue
        first, last = m.group(2), m.group(3)
        width = len(first) if first.startswith("0") else 0
        names += [f"{m.group(1)}{i:0{width}d}{m.group(4)}" for i in range(int(first), int(last) + 1)]
    return names


def kernel_environment(limits):
    """class.toml's [limits] as the variables `upy kernel` reads."""
    env = {"UPY_BOARD": str(limits.get("board", "esp32"))}
    names = {
        "heap_size": "UPY_HEAP_SIZE",
        "flash_size": "UPY_FLASH_SIZE",
        "cpu_seconds_per_cell": "UPY_CPU_LIMIT",
        "output_per_cell": "UPY_OUTPUT_LIMIT",
    }
    for key, var in names.items():
        if limits.get(key) not in (None, ""):
            env[var] = str(limits[key])
    env["UPY_VIRTUAL_TIME"] = "true" if limits.get("virtual_time", True) else "false"
    return env


# --- where the hub listens and keeps its state -------------------------------
c.JupyterHub.bind_url = os.environ.get("UPY_LAB_URL", "http://127.0.0.1:8000")
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{os.environ.get('UPY_LAB_HUB_PORT', '8081')}"
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{os.environ.get('UPY_LAB_PROXY_API_PORT', '8001')}"
c.JupyterHub.db_url = "sqlite:///" + os.path.join(STATE, "jupyterhub.sqlite")
c.JupyterHub.cookie_secret_file = os.path.join(STATE, "jupyterhub_cookie_secret")
c.ConfigurableHTTPProxy.pid_file = os.path.join(STATE, "jupyterhub-proxy.pid")
proxy = os.path.join(HERE, "node_modules", ".bin", "configurable-http-proxy")
if os.path.exists(proxy):
    c.ConfigurableHTTPProxy.command = [proxy]

# --- who signs in ------------------------------------------------------------
kind = SIGNIN.get("authenticator", "shared-password")
students = roster(os.environ.get("UPY_LAB_STUDENTS", "")) or list(SIGNIN.get("students", []))
teachers = set(SIGNIN.get("teachers", []))
if kind == "shared-password":
    c.JupyterHub.authenticator_class = "shared-password"
    c.SharedPasswordAuthenticator.user_password = os.environ.get("UPY_LAB_PASSWORD") or SIGNIN.get("password", "")
    teacher_password = os.environ.get("UPY_LAB_TEACHER_PASSWORD", "")
    if teacher_password:
        c.SharedPasswordAuthenticator.admin_password = teacher_password
elif kind == "first-use":
    c.JupyterHub.authenticator_class = "firstuseauthenticator.FirstUseAuthenticator"
    c.FirstUseAuthenticator.dbm_path = os.path.join(STATE, "passwords.dbm")
    c.FirstUseAuthenticator.create_users = True
elif kind == "pam":
    c.JupyterHub.authenticator_class = "pam"
else:
    raise ValueError(f"lab/class.toml: unknown authenticator {kind!r} (shared-password, first-use or pam)")
c.Authenticator.admin_users = teachers
if students:
    c.Authenticator.allowed_users = set(students) | teachers
else:
    c.Authenticator.allow_all = True

# --- each student's server ---------------------------------------------------
if kind == "pam":
    # The host's accounts: each server runs as its user, in its home.
    c.JupyterHub.spawner_class = "localprocess"
    c.Spawner.notebook_dir = "~"
else:
    # Names that are not host accounts: servers run as the hub's user, each
    # in its own folder under the state folder.
    c.JupyterHub.spawner_class = "simple"
    c.SimpleLocalProcessSpawner.home_dir_template = os.path.join(STATE, "homes", "{username}")
c.Spawner.cmd = [os.path.join(BIN, "jupyterhub-singleuser")]
c.Spawner.default_url = "/lab/tree/" + CLASS.get("class", {}).get("open", "")
c.Spawner.args = [
    "--MappingKernelManager.default_kernel_name=micropython",
    # What a class does not need in each student's server: terminals (a
    # shell on the host), the language-server bridge (no Python language
    # server is installed for it to find) and the classic-notebook shim;
    # each costs start-up time and memory in every server. Nor does a
    # server need to ask PyPI whether JupyterLab has a new release, and
    # students do not install JupyterLab extensions into the class's
    # environment.
    "--ServerApp.terminals_enabled=False",
    "--ServerApp.jpserver_extensions=jupyter_server_terminals=False",
    "--ServerApp.jpserver_extensions=jupyter_lsp=False",
    "--ServerApp.jpserver_extensions=notebook_shim=False",
    "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    "--LabApp.extension_manager=readonly",
    # Each cell's replies leave without waiting on Nagle's algorithm
    # (lab/singleuser/upy_lab_websocket.py says why).
    "--ServerApp.kernel_websocket_connection_class=upy_lab_websocket.NoDelayConnection",
]
if os.geteuid() == 0:
    c.Spawner.args.append("--ServerApp.allow_root=True")
c.Spawner.environment = dict(kernel_environment(LIMITS), PYTHONPATH=os.path.join(HERE, "singleuser"))
# A class starts its servers at once: give a loaded host time.
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
c.JupyterHub.concurrent_spawn_limit = 0
c.JupyterHub.active_server_limit = 0


def copy_class_notebooks(spawner):
    """Each student gets their own copy of the class's notebooks, once: a
    student's edits survive later starts, and new notebooks the teacher adds
    arrive."""
    source = os.path.join(HERE, os.environ.get("UPY_LAB_NOTEBOOKS") or CLASS.get("class", {}).get("notebooks", "exercises"))
    if kind == "pam":
        import pwd

        home = pwd.getpwnam(spawner.user.name).pw_dir
    else:
        home = spawner.home_dir
    target = os.path.join(home, os.path.basename(source))
    os.makedirs(target, exist_ok=True)
    for root, dirs, files in os.walk(source):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel = os.path.relpath(root, source)
        os.makedirs(os.path.join(target, rel), exist_ok=True)
        for name in files:
            dest = os.path.join(target, rel, name)
            if not os.path.exists(dest):
                shutil.copy2(os.path.join(root, name), dest)
    if kind == "pam":
        import pwd

        entry = pwd.getpwnam(spawner.user.name)
        for root, dirs, files in os.walk(target):
            for name in [root] + [os.path.join(root, n) for n in files]:
                os.chown(name, entry.pw_uid, entry.pw_gid)


c.Spawner.pre_spawn_hook = copy_class_notebooks

# --- services ----------------------------------------------------------------
# The load test and CI sign students in through the REST API; nothing else
# is needed. A teacher's grading runs on the student folders (lab/grade.py).
c.JupyterHub.log_level = os.environ.get("UPY_LAB_LOG_LEVEL", "INFO")
