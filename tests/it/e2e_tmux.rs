//! End to end in a real terminal: the binary runs inside a tmux session 120x40; we type
//! a query, pick a pair, walk through the six tabs reading the screen with `capture-pane`, quit
//! with `q`, and check that the terminal is back in cooked mode with the mouse released.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The first executable `name` in the folders of `path` (a `PATH` value), as a shell finds it.
fn find_on_path(name: &str, path: &std::ffi::OsStr) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    std::env::split_paths(path)
        .filter(|dir| !dir.as_os_str().is_empty())
        .map(|dir| dir.join(name))
        .find(|file| {
            std::fs::metadata(file)
                .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
}

/// tmux as found on `PATH` (as the README and `.ci/run` find it). CI installs tmux, so its
/// absence fails the test, saying how to install it, rather than skipping it.
fn tmux() -> PathBuf {
    let path = std::env::var_os("PATH").unwrap_or_default();
    find_on_path("tmux", &path).unwrap_or_else(|| {
        panic!(
            "tmux is not on PATH ({}): the end-to-end test needs it \
             (apt-get install -y tmux, or run .ci/run, which installs it)",
            path.to_string_lossy()
        )
    })
}
const TIMEOUT: Duration = Duration::from_secs(10);

/// A tmux server on its own socket, killed when the test ends, even on failure.
struct Tmux {
    socket: String,
    /// The socket's file, removed with the server.
    socket_path: Option<PathBuf>,
}

impl Tmux {
    fn run(&self, args: &[&str]) -> Output {
        Command::new(tmux())
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("tmux runs")
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "e2e"];
        args.extend(keys);
        let out = self.run(&args);
        assert!(out.status.success(), "send-keys {keys:?}: {out:?}");
    }

    /// Literal text, not key names.
    fn text(&self, text: &str) {
        let out = self.run(&["send-keys", "-t", "e2e", "-l", text]);
        assert!(out.status.success(), "send-keys -l {text:?}: {out:?}");
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "e2e"]).stdout).into_owned()
    }

    fn format(&self, f: &str) -> String {
        let out = self.run(&["display-message", "-p", "-t", "e2e", f]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Waits until every one of `texts` is on the screen; fails with the screen otherwise.
    fn wait_for(&self, texts: &[&str]) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if texts.iter().all(|t| screen.contains(t)) {
                return screen;
            }
            if start.elapsed() > TIMEOUT {
                panic!("timed out waiting for {texts:?}; the screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
        if let Some(path) = &self.socket_path {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// The binary cargo built for these tests: no second build (a release build took longer than
/// every tmux test together), and what a person runs is the same code.
fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_careerscope"))
}

/// Single-quoted for `sh`.
fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// Starts the explorer in a new tmux server, 120x40, through a shell that prints the exit
/// status and the terminal's modes once it has exited. The explorer's pid goes to `pid_file`.
fn start(bin: &std::path::Path, pid_file: &std::path::Path) -> Tmux {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/careers.json");
    start_with(
        bin,
        pid_file,
        &format!("--data {}", quote(&data.to_string_lossy())),
        "",
    )
}

/// [`start`] with the explorer's arguments and environment assignments (`NAME=value ...`).
fn start_with(bin: &std::path::Path, pid_file: &std::path::Path, args: &str, env: &str) -> Tmux {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let mut tmux = Tmux {
        socket: format!("careerscope-e2e-{}-{nanos}", std::process::id()),
        socket_path: None,
    };
    // The inner shell works in the pid file's (temporary) folder, where an export lands, writes
    // its pid and becomes the explorer (exec), so the pid is the explorer's; the outer shell
    // reports what is left of the terminal afterwards.
    let folder = pid_file.parent().unwrap_or(std::path::Path::new("."));
    let inner = format!(
        "cd {} && echo $$ > {}; {env} exec {} {args}",
        quote(&folder.to_string_lossy()),
        quote(&pid_file.to_string_lossy()),
        quote(&bin.to_string_lossy()),
    );
    let script = format!(
        "sh -c {}; echo EXIT=$?; stty -a; echo E2E-DONE; sleep 60",
        quote(&inner)
    );
    let out = tmux.run(&[
        "new-session",
        "-d",
        "-s",
        "e2e",
        "-x",
        "120",
        "-y",
        "40",
        "sh",
        "-c",
        &script,
    ]);
    assert!(out.status.success(), "tmux new-session: {out:?}");
    tmux.socket_path = Some(PathBuf::from(tmux.format("#{socket_path}")));
    tmux
}

/// [`start_with`] on the default dataset, as a new user has it: `dir` is the home (no library
/// yet), the pid file goes there too.
fn start_default(dir: &std::path::Path, args: &str) -> Tmux {
    let home = quote(&dir.to_string_lossy());
    start_with(
        &binary(),
        &dir.join("pid"),
        args,
        &format!("XDG_DATA_HOME={home} HOME={home}"),
    )
}

/// After the explorer has exited: raw mode off (icanon and echo back), alternate screen left,
/// mouse reporting off, cursor shown.
fn assert_restored(tmux: &Tmux, exit: &str) {
    let screen = tmux.wait_for(&["E2E-DONE"]);
    assert!(screen.contains(&format!("EXIT={exit}")), "{screen}");
    let words: Vec<&str> = screen.split_whitespace().collect();
    for mode in ["icanon", "echo"] {
        assert!(
            words.contains(&mode),
            "{mode} is off after quitting:\n{screen}"
        );
        assert!(!words.contains(&format!("-{mode}").as_str()), "{screen}");
    }
    assert_eq!(
        tmux.format("#{alternate_on} #{mouse_any_flag} #{cursor_flag}"),
        "0 0 1"
    );
}

#[test]
fn pick_a_pair_walk_the_tabs_and_quit_to_a_cooked_terminal() {
    let bin = binary();
    let dir = tempfile::tempdir().expect("a temporary directory");
    let tmux = start(&bin, &dir.path().join("pid"));

    // The first pair of the dataset is there from the start.
    tmux.wait_for(&[
        "Jobs",
        "6/6",
        "A Lead Technician vs B Information Technology",
    ]);
    assert_eq!(tmux.format("#{alternate_on} #{mouse_any_flag}"), "1 1");

    // Typing filters at once; Enter fills slot A, then slot B.
    tmux.text("lead");
    tmux.wait_for(&["> lead", "1/6"]);
    tmux.keys(&["Enter"]);
    tmux.wait_for(&["Enter sets B", "6/6"]);
    tmux.text("tech proj");
    tmux.wait_for(&["> tech proj", "1/6"]);
    tmux.keys(&["Enter"]);
    tmux.wait_for(&[
        "A Lead Technician vs B Technical Project Manager",
        "Enter sets A",
    ]);

    // Filling slot B hands the keys to the tabs; walk all six with the different keys.
    tmux.wait_for(&[
        "q quit",
        "What does a Lead Technician do?",
        "+$17,590 (+19.4%)",
    ]);
    tmux.keys(&["2"]);
    tmux.wait_for(&["Salary range and average", "Sheppard Mullin", "$67,000 -"]);
    tmux.keys(&["Tab"]);
    tmux.wait_for(&["Education level, 1 (no formal credential)", "Massachusetts"]);
    tmux.keys(&["l"]);
    tmux.wait_for(&["Gender ratio", "Race ratio"]);
    tmux.keys(&["Right"]);
    tmux.wait_for(&[
        "• Develop and manage project plan",
        "• Manage and support the Cisco",
    ]);
    tmux.keys(&["6"]);
    tmux.wait_for(&["one of the job's three top skills", "Project Management"]);
    tmux.keys(&["BTab"]);
    tmux.wait_for(&["• Develop and manage project plan"]);

    // q quits; the shell then prints the terminal's modes.
    tmux.keys(&["q"]);
    assert_restored(&tmux, "0");
}

/// The default dataset, as a new user gets it: real occupations with their sources on screen,
/// any two of them picked by typing, the credits in the help.
#[test]
fn the_default_dataset_opens_on_real_occupations_with_their_sources() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let tmux = start_default(dir.path(), "");
    tmux.wait_for(&[
        "836/836",
        "A Registered Nurses vs B Software Developers",
        "Source: BLS OEWS May 2025 · national",
        "+$46,680 (+46.0%)",
    ]);

    // Another title finds an occupation, and says which.
    tmux.text("lpn");
    tmux.wait_for(&["> lpn", "← LPN"]);
    tmux.keys(&["C-u"]);

    // Sorted by salary (OEWS: Pediatric Surgeons $502,050 first), then filtered by entry
    // education (EP: Air Traffic Controllers pay most of the associate's degree jobs).
    tmux.keys(&["C-o"]);
    tmux.wait_for(&["by salary ─", "Pediatric Surgeons", "$502,050"]);
    tmux.keys(&["C-f"]);
    tmux.wait_for(&["Typical entry education (BLS EP)", "Major group (SOC)"]);
    // The educations go by level: associate's degree is the fifth after Any.
    tmux.keys(&["Down", "Down", "Down", "Down", "Down"]);
    tmux.keys(&["Enter"]);
    tmux.wait_for(&[
        "by salary · Associate's degree",
        "48/836",
        "Air Traffic Control",
    ]);
    // Any, and back to the match order.
    tmux.keys(&["C-f"]);
    tmux.wait_for(&["Typical entry education (BLS EP)"]);
    tmux.keys(&["Enter"]);
    // Growth, number of jobs, similar to the pinned job (OEWS: Nurse Practitioners pay $35,880
    // more than Registered Nurses), then the match order again.
    tmux.keys(&["C-o", "C-o", "C-o"]);
    tmux.wait_for(&["similar to Registered Nurses", "+$35,880"]);
    tmux.keys(&["C-o"]);
    tmux.wait_for(&["836/836", "Accountants and Auditors"]);

    tmux.text("electricians");
    tmux.wait_for(&["> electricians", "Electricians"]);
    tmux.keys(&["Enter"]);
    tmux.text("plumbers");
    tmux.wait_for(&["> plumbers", "Plumbers, Pipefitters"]);
    tmux.keys(&["Enter"]);
    tmux.wait_for(&["A Electricians vs B Plumbers, Pipefitters, and Steamfitters"]);

    // Filling slot B hands the keys to the tabs.
    tmux.wait_for(&["q quit"]);
    tmux.keys(&["2"]);
    tmux.wait_for(&[
        "Source: BLS OEWS May 2025 · national and by state",
        "Median salary",
    ]);
    // Pay in a state, chosen by typing (OEWS: Electricians in Texas).
    tmux.keys(&["p"]);
    tmux.wait_for(&["Pay in a state or metro area", "National only"]);
    tmux.text("tex");
    tmux.wait_for(&["> tex", "▶   Texas"]);
    tmux.keys(&["Enter"]);
    tmux.wait_for(&["Annual mean there"]);
    tmux.keys(&["4"]);
    tmux.wait_for(&["Census occupation", "Median age"]);
    tmux.keys(&["6"]);
    tmux.wait_for(&[
        "Source: O*NET 30 · skill importance 1–5 shown as 0–100",
        "Troubleshooting",
    ]);

    // A related occupation of A (O*NET: Electricians' first is Lighting Technicians; the
    // second Helpers--Electricians) becomes B.
    tmux.keys(&["r"]);
    tmux.wait_for(&[
        "Related occupations (O*NET's list; r: next, o: put in B)",
        "▸ Helpers--Electricians",
    ]);
    tmux.keys(&["o"]);
    tmux.wait_for(&["A Electricians vs B Helpers--Electricians"]);

    // y copies the comparison as Markdown by OSC 52, which tmux (set-clipboard on) keeps as a
    // paste buffer; e writes it to a file in the working folder. Both say so.
    let out = tmux.run(&["set-option", "-s", "set-clipboard", "on"]);
    assert!(out.status.success(), "{out:?}");
    tmux.keys(&["y"]);
    tmux.wait_for(&["Sent the comparison as Markdown"]);
    let buffer = String::from_utf8_lossy(&tmux.run(&["show-buffer"]).stdout).into_owned();
    assert!(
        buffer.starts_with("# Electricians vs Helpers--Electricians\n"),
        "{buffer}"
    );
    assert!(buffer.contains("| Yearly salary |"), "{buffer}");
    tmux.keys(&["e"]);
    tmux.wait_for(&["Wrote the comparison to"]);
    let file = dir
        .path()
        .join("careerscope-electricians-vs-helpers-electricians.md");
    assert_eq!(std::fs::read_to_string(&file).ok(), Some(buffer));

    tmux.keys(&["?"]);
    tmux.keys(&["PageDown", "PageDown", "PageDown", "PageDown"]);
    tmux.wait_for(&["Data sources", "CC BY 4.0"]);
    tmux.keys(&["Escape"]);
    tmux.wait_for(&["q quit"]);
    tmux.keys(&["q"]);
    assert_restored(&tmux, "0");
}

/// From `--pair`, a user adds two jobs with `+` and sees four columns at 160x45; at 80x24 two
/// of them, and ←/→ bring the others. OEWS May 2025 annual means: Cashiers $33,180,
/// Electricians $71,490.
#[test]
fn plus_adds_jobs_until_four_columns_show() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let tmux = start_default(
        dir.path(),
        "--pair 'Registered Nurses' 'Software Developers'",
    );
    let resized = tmux.run(&["resize-window", "-t", "e2e", "-x", "160", "-y", "45"]);
    assert!(resized.status.success(), "{resized:?}");
    // `--pair` hands the keys to the tabs, as picking both jobs does.
    tmux.wait_for(&["A Registered Nurses vs B Software Developers", "$148,100"]);
    for (query, shown) in [
        ("electricians", "C Electricians"),
        ("cashiers", "D Cashiers"),
    ] {
        tmux.text("+");
        tmux.wait_for(&["Enter adds"]);
        tmux.text(query);
        tmux.wait_for(&[&format!("> {query}")]);
        tmux.keys(&["Enter"]);
        tmux.wait_for(&[shown]);
    }
    let screen = tmux.wait_for(&[
        "A Registered Nurses vs B Software Developers vs C Electricians vs D Cashiers",
        "A Registered Nurses",
        "B Software Developers",
        "C Electricians",
        "D Cashiers",
        "$71,490",
        "$33,180",
    ]);
    assert!(!screen.contains("jobs shown"), "{screen}");
    // Narrower: the pinned job and the last added, and the arrows bring the others.
    let resized = tmux.run(&["resize-window", "-t", "e2e", "-x", "80", "-y", "24"]);
    assert!(resized.status.success(), "{resized:?}");
    tmux.wait_for(&["2 of 4 jobs shown", "D $33,180"]);
    tmux.keys(&["Left"]);
    tmux.wait_for(&["C $71,490"]);
    // The Skills tab leads with what the shown job needs more of than the pinned one.
    tmux.text("6");
    tmux.wait_for(&["What C Electricians needs more of than A"]);
    tmux.text("q");
    assert_restored(&tmux, "0");
}

#[test]
fn sigterm_and_sighup_restore_the_terminal() {
    let bin = binary();
    for (signal, exit) in [("TERM", "143"), ("HUP", "129")] {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let pid_file = dir.path().join("pid");
        let tmux = start(&bin, &pid_file);
        tmux.wait_for(&["Jobs", "6/6"]);
        let pid = std::fs::read_to_string(&pid_file).expect("the explorer's pid");
        let status = Command::new("kill")
            .args([&format!("-{signal}"), pid.trim()])
            .status()
            .expect("kill runs");
        assert!(status.success());
        assert_restored(&tmux, exit);
    }
}

/// A dataset that turns out to be broken after the explorer has drawn and listed the names
/// read so far: the explorer gives the terminal back, then says what is wrong in one line
/// naming the file and the line, and exits 1, as when the file was read before drawing.
#[test]
fn a_dataset_broken_half_way_is_said_once_the_terminal_is_back() {
    use std::fmt::Write;
    let bin = binary();
    let dir = tempfile::tempdir().expect("a temporary directory");
    let data = dir.path().join("broken.json");
    let mut text = String::from("{\"schema\": 1, \"jobs\": [\n");
    for i in 0..30_000 {
        let _ = writeln!(text, "{{\"name\": \"Job {i}\"}},");
    }
    text.push_str("{\"name\": oops}\n]}\n");
    std::fs::write(&data, text).expect("the dataset is written");
    let tmux = start_with(
        &bin,
        &dir.path().join("pid"),
        &format!("--data {}", quote(&data.to_string_lossy())),
        "",
    );
    assert_restored(&tmux, "1");
    let screen = tmux.wait_for(&["E2E-DONE"]);
    let said: Vec<&str> = screen
        .lines()
        .filter(|l| l.starts_with("careerscope:"))
        .collect();
    assert_eq!(said.len(), 1, "{screen}");
    assert!(said[0].contains("broken.json: line 30002"), "{screen}");
}

/// tmux is looked up on PATH, not at a fixed place: the first executable `tmux` in PATH's
/// order wins, a folder without one (or with a file that cannot run) is passed over.
#[test]
fn tmux_is_found_on_path() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let (empty, plain, exec, later) = (
        dir.path().join("empty"),
        dir.path().join("plain"),
        dir.path().join("exec"),
        dir.path().join("later"),
    );
    for d in [&empty, &plain, &exec, &later] {
        std::fs::create_dir(d).expect("mkdir");
    }
    std::fs::write(plain.join("tmux"), "not executable").expect("write");
    for d in [&exec, &later] {
        let file = d.join("tmux");
        std::fs::write(&file, "#!/bin/sh\n").expect("write");
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    let path = std::env::join_paths([&empty, &plain, &exec, &later]).expect("join");
    assert_eq!(find_on_path("tmux", &path), Some(exec.join("tmux")));
    let path = std::env::join_paths([&empty, &plain]).expect("join");
    assert_eq!(find_on_path("tmux", &path), None);
    // The real one: wherever this machine's PATH has it.
    let real = tmux();
    assert!(
        real.ends_with("tmux") && real.is_file(),
        "{}",
        real.display()
    );
}

#[test]
fn sigquit_restores_the_terminal() {
    let bin = binary();
    let dir = tempfile::tempdir().expect("a temporary directory");
    let pid_file = dir.path().join("pid");
    let tmux = start(&bin, &pid_file);
    tmux.wait_for(&["Jobs", "6/6"]);
    let pid = std::fs::read_to_string(&pid_file).expect("the explorer's pid");
    let status = Command::new("kill")
        .args(["-QUIT", pid.trim()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    assert_restored(&tmux, "131");
}

/// An interactive shell (job control on) in a new tmux server, 120x40, that has started the
/// explorer as its foreground job; the explorer's pid goes to `pid_file`.
fn start_in_shell(bin: &std::path::Path, pid_file: &std::path::Path) -> Tmux {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let mut tmux = Tmux {
        socket: format!("careerscope-e2e-{}-{nanos}", std::process::id()),
        socket_path: None,
    };
    let out = tmux.run(&[
        "new-session",
        "-d",
        "-s",
        "e2e",
        "-x",
        "120",
        "-y",
        "40",
        "env",
        "PS1=SHELL$ ",
        "bash",
        "--norc",
        "--noprofile",
        "-i",
    ]);
    assert!(out.status.success(), "tmux new-session: {out:?}");
    tmux.socket_path = Some(PathBuf::from(tmux.format("#{socket_path}")));
    tmux.wait_for(&["SHELL$"]);
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/careers.json");
    let inner = format!(
        "echo $$ > {}; exec {} --data {}",
        quote(&pid_file.to_string_lossy()),
        quote(&bin.to_string_lossy()),
        quote(&data.to_string_lossy()),
    );
    tmux.text(&format!("sh -c {}", quote(&inner)));
    tmux.keys(&["Enter"]);
    tmux
}

/// The terminal's modes, read from outside (`stty -a -F` on the pane's terminal).
fn pane_modes(tmux: &Tmux) -> Vec<String> {
    let tty = tmux.format("#{pane_tty}");
    let out = Command::new("stty")
        .args(["-a", "-F", &tty])
        .output()
        .expect("stty runs");
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// Whether process `pid` is stopped (state `T` in `ps`).
fn is_stopped(pid: &str) -> bool {
    let out = Command::new("ps")
        .args(["-o", "stat=", "-p", pid])
        .output()
        .expect("ps runs");
    String::from_utf8_lossy(&out.stdout).trim().starts_with('T')
}

/// Ctrl-Z (a key in raw mode) and an external SIGTSTP: the terminal is given back (cooked mode,
/// the shell's screen) and the explorer stops; `fg` brings it back in raw mode on the alternate
/// screen, drawn whole, and it still takes keys.
#[test]
fn ctrl_z_and_sigtstp_suspend_and_fg_resumes() {
    let bin = binary();
    for how in ["C-z", "TSTP"] {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let pid_file = dir.path().join("pid");
        let tmux = start_in_shell(&bin, &pid_file);
        tmux.wait_for(&["Jobs", "6/6"]);
        assert_eq!(tmux.format("#{alternate_on}"), "1", "{how}");
        let pid = std::fs::read_to_string(&pid_file).expect("the explorer's pid");
        let pid = pid.trim();
        if how == "C-z" {
            tmux.keys(&["C-z"]);
        } else {
            let status = Command::new("kill")
                .args(["-TSTP", pid])
                .status()
                .expect("kill runs");
            assert!(status.success());
        }
        tmux.wait_for(&["Stopped"]);
        assert!(is_stopped(pid), "{how}: the explorer is not stopped");
        assert_eq!(
            tmux.format("#{alternate_on} #{mouse_any_flag}"),
            "0 0",
            "{how}"
        );
        // The shell is usable: a command runs in cooked mode and prints on the shell's screen.
        // (The quotes keep the typed line from holding the text waited for.)
        tmux.text("stty -a; echo STOPPED-DON''E");
        tmux.keys(&["Enter"]);
        let screen = tmux.wait_for(&["STOPPED-DONE"]);
        let words: Vec<&str> = screen.split_whitespace().collect();
        for mode in ["icanon", "echo"] {
            assert!(words.contains(&mode), "{how}: {screen}");
        }
        tmux.run(&["clear-history", "-t", "e2e"]);
        tmux.text("clear");
        tmux.keys(&["Enter"]);

        tmux.text("fg");
        tmux.keys(&["Enter"]);
        tmux.wait_for(&["Jobs", "6/6"]);
        assert_eq!(
            tmux.format("#{alternate_on} #{mouse_any_flag}"),
            "1 1",
            "{how}"
        );
        let modes = pane_modes(&tmux);
        for mode in ["-icanon", "-echo"] {
            assert!(modes.contains(&mode.to_string()), "{how}: {modes:?}");
        }
        // It takes keys again: a query is typed into the picker, then Ctrl-C quits.
        tmux.text("zzqx");
        tmux.wait_for(&["zzqx", "0/6"]);
        tmux.keys(&["C-c"]);
        tmux.wait_for(&["SHELL$ "]);
        tmux.text("echo EXIT=$?; stty -a; echo E2E-DON''E");
        tmux.keys(&["Enter"]);
        assert_restored(&tmux, "0");
    }
}
