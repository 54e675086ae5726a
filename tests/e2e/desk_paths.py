#!/usr/bin/env python3
"""The front desk as reception uses it (issue 11), through the real binary
under Xvfb: a wrong password is refused in words, the right one opens today's
list, a record a kiosk saves meanwhile (another process, another connection)
appears by itself, the birth-date search narrows the list, opening a record is
audited under the staff member's login, and logging off leaves no patient on
screen. Screenshots are kept for people to look at.

Usage: desk_paths.py KIOSK KIOSKCTL DESK_BENCH DATA_DIR ARTIFACTS"""
import datetime
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time

KIOSK, KIOSKCTL, FILLER, DATA_DIR, ARTIFACTS = sys.argv[1:6]
WIDTH, HEIGHT = os.environ.get("KIOSK_PANEL", "1920x1080").split("x")
os.makedirs(ARTIFACTS, exist_ok=True)
for old in os.listdir(ARTIFACTS):
    if old.endswith(".png"):
        os.remove(os.path.join(ARTIFACTS, old))
WORK = tempfile.mkdtemp(prefix="desk-e2e-")
DB = os.path.join(WORK, "kiosk.db")
MAP = os.path.join(WORK, "touch-map.json")
PASSWORD = "desk-e2e-pass"
desk = None


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    if desk is not None:
        desk.kill()
    sys.exit(1)


def touch_map():
    try:
        with open(MAP, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return {"screen": "", "targets": []}


def wait_for(screen, timeout=20.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if desk.poll() is not None:
            fail(f"the desk exited with {desk.returncode} while waiting for {screen!r}")
        if touch_map()["screen"] == screen:
            time.sleep(0.3)
            return
        time.sleep(0.05)
    fail(f"screen {screen!r} did not appear; still on {touch_map()['screen']!r}")


def rows():
    return sorted(t["id"] for t in touch_map()["targets"] if t["id"].startswith("row:"))


def wait_for_rows(count, timeout=10.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if len(rows()) == count:
            return time.time()
        time.sleep(0.05)
    fail(f"expected {count} rows on the desk, saw {len(rows())}")


def click(id_):
    deadline = time.time() + 10
    while True:
        found = [t for t in touch_map()["targets"] if t["id"] == id_ and t["enabled"]]
        if found:
            break
        if time.time() > deadline:
            fail(f"no {id_!r} on {touch_map()['screen']!r}")
        time.sleep(0.05)
    t = found[0]
    subprocess.run(["xdotool", "mousemove", str(int(t["x"])), str(int(t["y"])), "click", "1"],
                   check=True)
    time.sleep(0.3)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "60", text], check=True)


def key(name):
    subprocess.run(["xdotool", "key", "--delay", "80", name], check=True)
    time.sleep(0.3)


def screenshot(name):
    path = os.path.join(ARTIFACTS, name + ".png")
    subprocess.run(["import", "-window", "root", path], check=True)
    return path


def words_seen(path):
    text = subprocess.run(["tesseract", path, "-", "-l", "jpn"], check=True, capture_output=True,
                          text=True, env=dict(os.environ, OMP_THREAD_LIMIT="1")).stdout
    return "".join(text.split())


def query(sql, *args):
    with sqlite3.connect(DB) as db:
        return db.execute(sql, args).fetchall()


def fill(count):
    subprocess.run([FILLER, str(count), "--db", DB, "--fill-only"], check=True,
                   stdout=subprocess.DEVNULL)


fill(300)
subprocess.run([KIOSKCTL, "--db", DB, "staff", "add", "sato", "--name", "佐藤 受付",
                "--role", "reception"], input=f"{PASSWORD}\n{PASSWORD}\n", text=True, check=True)
today = datetime.date.today().isoformat()
todays = query("SELECT count(*) FROM records WHERE visit_date = ?", today)[0][0]
if todays == 0:
    fail("the filler made no visit today")

desk = subprocess.Popen([KIOSK, "--mode", "desk", "--db", DB, "--data-dir", DATA_DIR,
                         "--touch-map", MAP, "--width", WIDTH, "--height", HEIGHT])
wait_for("desk_login")
screenshot("01-login")
if rows():
    fail("the login screen lists records")

# A wrong password: refused, in words, and the account is not entered.
click("login")
type_text("sato")
click("password")
type_text("not-the-password")
key("Return")
time.sleep(0.5)
if touch_map()["screen"] != "desk_login":
    fail("a wrong password opened the desk")
seen = words_seen(screenshot("02-wrong-password"))
if "ちがいます" not in seen:
    fail(f"the refusal is not said on screen: {seen!r}")
failures = query("SELECT count(*) FROM audit_log WHERE action = 'staff_login_failed'")[0][0]
if failures != 1:
    fail(f"{failures} failed logins audited, expected 1")

click("password")
type_text(PASSWORD)
key("Return")
wait_for("desk")
wait_for_rows(todays)
screenshot("03-todays-list")

# A kiosk saves a check-in through its own connection: the desk shows it by itself.
saved_at = time.time()
fill(1)
shown_at = wait_for_rows(todays + 1, timeout=5.0)
print(f"a kiosk's record showed on the desk after {shown_at - saved_at:.2f} s "
      "(filler process start included)")
if shown_at - saved_at > 3.0:
    fail("the desk took too long to show a kiosk's new record")

# The birth-date search narrows today's list to that patient's visits.
# An open record with no follow-up left: its claim work can be finished.
record_id, birth = query("SELECT id, patient_birth_date FROM records WHERE visit_date = ? "
                         "AND status = 'open' AND patient_birth_date IS NOT NULL AND id NOT IN "
                         "(SELECT record_id FROM follow_ups WHERE done = 0) "
                         "ORDER BY id LIMIT 1", today)[0]
expected = query("SELECT count(*) FROM records WHERE visit_date = ? AND patient_birth_date = ?",
                 today, birth)[0][0]
click("birth")
type_text(birth)
wait_for_rows(expected)
screenshot("04-found-by-birth-date")

# Opening a record shows it and is audited under the login, once.
click(f"row:{record_id}")
time.sleep(0.5)
if not any(t["id"] == "close_record" for t in touch_map()["targets"]):
    fail("the record did not open")
screenshot("05-record")
seen_by = query("SELECT actor FROM audit_log WHERE action = 'view_record' AND record_id = ?",
                record_id)
if seen_by != [("sato",)]:
    fail(f"opening the record was audited as {seen_by!r}, expected once under 'sato'")

# Finishing the claim work: one audit entry under the login, the record
# closed, its purge date set.
click("action:claim_work_finished")
time.sleep(0.6)
screenshot("06-claim-work-finished")
status, purge_after = query("SELECT status, purge_after FROM records WHERE id = ?", record_id)[0]
if status != "closed" or not purge_after:
    fail(f"claim work finished left status {status!r}, purge date {purge_after!r}")
actions = query("SELECT actor, detail FROM audit_log WHERE action = 'staff_action' "
                "AND record_id = ?", record_id)
if len(actions) != 1 or actions[0][0] != "sato" or \
        not actions[0][1].startswith("claim_work_finished"):
    fail(f"the staff action was audited as {actions!r}")

click("log_off")
wait_for("desk_login")
screenshot("07-logged-off")
if rows() or any(t["id"] == "close_record" for t in touch_map()["targets"]):
    fail("patients stay on screen after logging off")

desk.terminate()
if desk.wait(timeout=10) != 0:
    fail(f"the desk exited with {desk.returncode}")
print("desk paths passed")
