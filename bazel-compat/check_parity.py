#!/usr/bin/env python3
"""Checks that the Bazel mirror defines the same targets as the CMake build, with the same sources.

    check_parity.py --root <checkout> --cmake-build <CMake build dir>   # CTest `bazel_cmake_parity`
    check_parity.py --root <checkout> --cmake-build <dir> --bazel-query  # Bazel side from `bazel query`
    check_parity.py --root <checkout> --check-evaluator                 # evaluator == `bazel query`?

CMake side: the CMake File API (codemodel-v2, cmakeFiles-v1) of the build dir. If the build dir
has no reply yet, or one older than a CMake file the configure read (or than a new
CMakeLists.txt), or a CONFIGURE_DEPENDS glob changed, the script writes the query files into
<build>/.cmake/api/v1/query/ and re-runs `cmake <build dir>` (a plain re-configure, what the
next `cmake --build` would do anyway), then reads the reply.

Bazel side: bazel-compat/matchmaker_src.BUILD (the BUILD file of @matchmaker_src, one package)
evaluated WITHOUT Bazel by a small Starlark evaluator: the file and the .bzl files it loads are
executed as Python with Bazel's builtins (glob, native.cc_library, ...) replaced by recorders.
That takes well under a second and needs no Bazel server at CTest time. `--check-evaluator`
(run by bazel-compat/test.sh) compares the evaluator's answer with `bazel query` so the two
cannot drift apart silently.

Compared, per target name (CMake target <-> @matchmaker_src//:<same name>):
  * STATIC/SHARED/OBJECT/MODULE libraries <-> cc_library; executables <-> cc_binary, except
    executables CTest runs (gtest_discover_tests or add_test command) <-> cc_test.
  * the COMPILED sources (headers are not compared: CMake does not list them, Bazel must).
    Generated protobuf/gRPC C++ (x.pb.cc, x.grpc.pb.cc) on either side is compared as the
    .proto file it is generated from (Bazel's macro also emits empty .grpc.pb.cc files for
    message-only protos, CMake only for protos with a service).
  * CMake INTERFACE libraries, which CMake 3.25's File API does not report, are read from the
    `add_library(<name> INTERFACE` lines of the configure's CMake files: each must be a
    cc_library without compiled sources, except mm_warnings (compile options only), whose
    options must equal MATCHMAKER_COPTS of tools/copts.bzl.
Exit status: 0 same, 1 differences (all listed), 2 could not run.
"""

import argparse
import glob as globmod
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD_FILE = os.path.join(HERE, "matchmaker_src.BUILD")
REPO = "matchmaker_src"  # the repository name of the checkout in bazel-compat/WORKSPACE

COMPILED_EXTS = (".c", ".cc", ".cpp", ".cxx", ".c++", ".C", ".S")
PROTO_GEN_RE = re.compile(r"^(.*?)(\.grpc)?\.pb\.cc$")
CMAKE_LIBRARY_TYPES = {"STATIC_LIBRARY", "SHARED_LIBRARY", "OBJECT_LIBRARY", "MODULE_LIBRARY"}
CC_KINDS = {"cc_library", "cc_binary", "cc_test"}

# CMake targets that are not Bazel targets on purpose.
WARNINGS = "mm_warnings"  # INTERFACE compile options -> MATCHMAKER_COPTS (tools/copts.bzl)
CMAKE_ONLY = {WARNINGS}


class Error(Exception):
    """A problem that prevents the comparison (exit status 2)."""


def is_compiled(path):
    return path.endswith(COMPILED_EXTS)


def proto_origin(stem_candidates):
    """Repo-relative .proto for the first existing candidate (absolute paths without .proto)."""
    for cand in stem_candidates:
        if os.path.isfile(cand + ".proto"):
            return cand + ".proto"
    return None


class Target:
    def __init__(self, name, kind, sources, where):
        self.name = name
        self.kind = kind          # cmake: STATIC_LIBRARY/EXECUTABLE/...; bazel: cc_library/...
        self.sources = sources    # set of normalised compiled sources
        self.where = where        # for messages


# ---------------------------------------------------------------------------------------------
# CMake side: the File API.


def _read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _latest_index(reply_dir):
    indexes = sorted(globmod.glob(os.path.join(reply_dir, "index-*.json")))
    return indexes[-1] if indexes else None


def _reply_objects(index_path):
    """{kind: jsonFile path} of the objects of the reply index (codemodel, cmakeFiles)."""
    index = _read_json(index_path)
    found = {}
    for obj in index.get("objects", []):
        if obj.get("kind") in ("codemodel", "cmakeFiles") and obj["version"]["major"] in (1, 2):
            found[obj["kind"]] = os.path.join(os.path.dirname(index_path), obj["jsonFile"])
    return found


def _stale_inputs(index_path, cmake_files_path, source_root):
    """CMake inputs of the last configure modified after the reply was written."""
    written = os.path.getmtime(index_path)
    data = _read_json(cmake_files_path)
    top = data["paths"]["source"]
    stale = []
    for inp in data.get("inputs", []):
        if inp.get("isExternal") or inp.get("isGenerated") or inp.get("isCMake"):
            continue
        path = inp["path"] if os.path.isabs(inp["path"]) else os.path.join(top, inp["path"])
        try:
            if os.path.getmtime(path) > written:
                stale.append(path)
        except OSError:
            stale.append(path)  # deleted since: the configure is stale too
    # A CMakeLists.txt added since the configure (e.g. a new tests/<area>/ picked up by an
    # if(EXISTS) in tests/CMakeLists.txt) is not an input yet: look for new ones too.
    known = {os.path.normpath(os.path.join(top, i["path"])) for i in data.get("inputs", [])}
    for dirpath, dirnames, filenames in os.walk(source_root):
        dirnames[:] = [d for d in dirnames if not _skip_dir(dirpath, d, source_root)]
        if "CMakeLists.txt" in filenames:
            p = os.path.normpath(os.path.join(dirpath, "CMakeLists.txt"))
            if p not in known and os.path.getmtime(p) > written:
                stale.append(p)
    return stale


def _globs_changed(build_dir):
    """Runs the build dir's CONFIGURE_DEPENDS glob check (what the next build would run)."""
    script = os.path.join(build_dir, "CMakeFiles", "VerifyGlobs.cmake")
    if not os.path.isfile(script):
        return False
    proc = subprocess.run([_cmake_command(build_dir), "-P", script], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)
    return proc.returncode != 0 or "GLOB mismatch" in proc.stdout


def _skip_dir(parent, name, source_root):
    """Directories never part of the CMake sources: build trees, VCS, node_modules."""
    if name.startswith(".") or name == "node_modules":
        return True
    full = os.path.join(parent, name)
    return os.path.exists(os.path.join(full, "CMakeCache.txt"))


def _cmake_command(build_dir):
    cache = os.path.join(build_dir, "CMakeCache.txt")
    try:
        with open(cache, encoding="utf-8") as f:
            for line in f:
                if line.startswith("CMAKE_COMMAND:INTERNAL="):
                    return line.split("=", 1)[1].strip()
    except OSError:
        raise Error("%s is not a configured CMake build dir (no CMakeCache.txt)" % build_dir)
    return "cmake"


def _configure(build_dir):
    query = os.path.join(build_dir, ".cmake", "api", "v1", "query")
    os.makedirs(query, exist_ok=True)
    for name in ("codemodel-v2", "cmakeFiles-v1"):
        open(os.path.join(query, name), "a").close()
    cmd = [_cmake_command(build_dir), build_dir]
    print("check_parity: re-configuring for the CMake File API: %s" % " ".join(cmd), flush=True)
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if proc.returncode != 0:
        sys.stdout.write(proc.stdout[-5000:])
        raise Error("`%s` failed (exit %d)" % (" ".join(cmd), proc.returncode))


def _ctest_executables(build_dir, dirs):
    """Absolute paths and target names CTest runs: add_test commands, gtest_discover_tests."""
    commands, discovered = set(), set()
    for d in dirs:
        path = os.path.join(d, "CTestTestfile.cmake")
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError:
            continue
        for m in re.finditer(r'include\("([^"]*)\[\d+\]_include\.cmake"\)', text):
            discovered.add(os.path.basename(m.group(1)))
        for m in re.finditer(r'add_test\(\s*(?:\[=*\[.*?\]=*\]|"[^"]*"|\S+)\s+"([^"]*)"', text):
            commands.add(os.path.normpath(m.group(1)))
    return commands, discovered


def cmake_side(root, build_dir, force_reconfigure):
    build_dir = os.path.abspath(build_dir)
    reply_dir = os.path.join(build_dir, ".cmake", "api", "v1", "reply")
    index = _latest_index(reply_dir)
    objects = _reply_objects(index) if index else {}
    reason = None
    if force_reconfigure:
        reason = "asked to"
    elif not index or "codemodel" not in objects or "cmakeFiles" not in objects:
        reason = "no File API reply in the build dir yet"
    else:
        stale = _stale_inputs(index, objects["cmakeFiles"], root)
        if stale:
            reason = "reply older than %s" % os.path.relpath(stale[0], root)
        elif _globs_changed(build_dir):
            reason = "a file(GLOB ... CONFIGURE_DEPENDS) result changed"
    if reason:
        print("check_parity: %s" % reason, flush=True)
        _configure(build_dir)
        index = _latest_index(reply_dir)
        objects = _reply_objects(index) if index else {}
        if "codemodel" not in objects or "cmakeFiles" not in objects:
            raise Error("cmake wrote no codemodel-v2/cmakeFiles-v1 reply into %s" % reply_dir)

    codemodel = _read_json(objects["codemodel"])
    cm_source = codemodel["paths"]["source"]
    cm_build = codemodel["paths"]["build"]
    if os.path.realpath(cm_source) != os.path.realpath(root):
        raise Error("%s was configured for %s, not for --root %s" % (build_dir, cm_source, root))
    config = codemodel["configurations"][0]
    dirs = [os.path.join(cm_build, d["build"]) for d in config["directories"]]
    ctest_commands, ctest_discovered = _ctest_executables(cm_build, dirs)

    targets = {}
    for ref in config["targets"]:
        t = _read_json(os.path.join(os.path.dirname(objects["codemodel"]), ref["jsonFile"]))
        kind = t["type"]
        if kind not in CMAKE_LIBRARY_TYPES | {"EXECUTABLE", "INTERFACE_LIBRARY"}:
            continue  # UTILITY (custom targets)
        includes = []
        for group in t.get("compileGroups", []):
            includes += [i["path"] for i in group.get("includes", [])]
        target_src_dir = os.path.join(cm_source, t["paths"]["source"])
        sources = set()
        for s in t.get("sources", []):
            if "compileGroupIndex" not in s:
                continue  # headers, .rule files, ... : not compiled
            path = s["path"] if os.path.isabs(s["path"]) else os.path.join(cm_source, s["path"])
            path = os.path.normpath(path)
            sources.add(_normalise_cmake_source(path, s.get("isGenerated", False), includes,
                                                target_src_dir, root, cm_build))
        if kind == "EXECUTABLE":
            artifacts = {os.path.normpath(a["path"] if os.path.isabs(a["path"])
                                          else os.path.join(cm_build, a["path"]))
                         for a in t.get("artifacts", [])}
            if t["name"] in ctest_discovered or artifacts & ctest_commands:
                kind = "EXECUTABLE (test)"
        targets[t["name"]] = Target(t["name"], kind, sources, t["paths"]["source"] or ".")

    cmake_inputs = []
    cmake_files = _read_json(objects["cmakeFiles"])
    top = cmake_files["paths"]["source"]
    for inp in cmake_files.get("inputs", []):
        if not (inp.get("isExternal") or inp.get("isCMake") or inp.get("isGenerated")):
            cmake_inputs.append(os.path.join(top, inp["path"]))
    for name, path in interface_libraries(cmake_inputs).items():
        if name not in targets:
            targets[name] = Target(name, "INTERFACE_LIBRARY", set(),
                                   os.path.relpath(os.path.dirname(path), root) or ".")
    return targets, cmake_inputs


def _normalise_cmake_source(path, generated, includes, target_src_dir, root, build_dir):
    rel = os.path.relpath(path, root)
    if not generated:
        return rel
    m = PROTO_GEN_RE.match(path)
    if m:
        stem = m.group(1)
        candidates = []
        for inc in sorted(includes, key=len, reverse=True):
            inc = os.path.normpath(inc)
            if stem.startswith(inc + os.sep):
                sub = stem[len(inc) + 1:]
                candidates += [os.path.join(target_src_dir, sub), os.path.join(root, sub)]
        origin = proto_origin(candidates)
        if origin:
            return "%s (generated C++)" % os.path.relpath(origin, root)
    return "<build>/%s (generated)" % os.path.relpath(path, build_dir)


def _cmake_text(path):
    """A CMake file without its line comments."""
    try:
        with open(path, encoding="utf-8") as f:
            return re.sub(r"#[^\n]*", "", f.read())
    except OSError:
        return ""


def interface_libraries(cmake_inputs):
    """{name: file} of add_library(<name> INTERFACE) (CMake 3.25's File API omits them)."""
    found = {}
    for path in cmake_inputs:
        for m in re.finditer(r"add_library\s*\(\s*([A-Za-z0-9_.+-]+)\s+INTERFACE\b",
                             _cmake_text(path)):
            found.setdefault(m.group(1), path)
    return found


def warning_options(cmake_inputs):
    """The options of target_compile_options(mm_warnings INTERFACE ...), or None."""
    for path in cmake_inputs:
        m = re.search(r"target_compile_options\s*\(\s*%s\s+INTERFACE\s+([^)]*)\)" % WARNINGS,
                      _cmake_text(path))
        if m:
            return m.group(1).split()
    return None


# ---------------------------------------------------------------------------------------------
# Bazel side, 1: evaluate matchmaker_src.BUILD (Starlark is close enough to Python for it).


class _Native:
    """`native` for .bzl files and the builtin rule functions for the BUILD file."""

    def __init__(self, evaluator):
        self._ev = evaluator

    def __getattr__(self, kind):
        if kind == "repository_name":
            return lambda: "@" + REPO
        if kind == "package_name":
            return lambda: ""
        if kind == "glob":
            return self._ev.glob
        if kind in ("package", "licenses", "exports_files", "package_group"):
            return lambda *a, **kw: None
        return lambda **attrs: self._ev.record(kind, attrs)


class _Struct:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def _fail(*args, **kwargs):
    raise Error("fail(): " + " ".join(str(a) for a in args))


class BuildEvaluator:
    """Evaluates one BUILD file of package "" of @matchmaker_src (root = the checkout)."""

    RULES = ("cc_library", "cc_binary", "cc_test", "cc_import", "filegroup", "genrule",
             "test_suite", "sh_test", "sh_binary", "sh_library", "py_test", "py_binary",
             "py_library", "alias", "config_setting", "proto_library")

    def __init__(self, root, workspace_dir):
        self.root = os.path.abspath(root)
        self.workspace_dir = workspace_dir  # bazel-compat/: the main repository "@"
        self.rules = {}
        self.native = _Native(self)
        self._bzl_cache = {}

    # -- Starlark builtins
    def glob(self, include, exclude=None, exclude_directories=1, allow_empty=True):
        found = set()
        for pat in include:
            found |= self._glob_one(pat)
        for pat in exclude or []:
            rx = _glob_regex(pat)
            found = {f for f in found if not rx.match(f)}
        return sorted(found)

    def _glob_one(self, pattern):
        parts = pattern.split("/")
        fixed = []
        for p in parts[:-1]:
            if any(c in p for c in "*?["):
                break
            fixed.append(p)
        start = os.path.join(self.root, *fixed) if fixed else self.root
        rx = _glob_regex(pattern)
        out = set()
        if not os.path.isdir(start):
            return out
        for dirpath, dirnames, filenames in os.walk(start, followlinks=True):
            keep = []
            for d in dirnames:
                full = os.path.join(dirpath, d)
                # Subpackages (a BUILD file) are not part of this package: bazel-compat/.
                if os.path.exists(os.path.join(full, "BUILD")) or \
                        os.path.exists(os.path.join(full, "BUILD.bazel")):
                    continue
                keep.append(d)
            dirnames[:] = keep
            rel_dir = os.path.relpath(dirpath, self.root)
            for fname in filenames:
                rel = fname if rel_dir == "." else rel_dir + "/" + fname
                if rx.match(rel):
                    out.add(rel)
        return out

    def record(self, kind, attrs):
        name = attrs.get("name")
        if not name:
            raise Error("%s without a name" % kind)
        if name in self.rules:
            raise Error("duplicate target name %r" % name)
        self.rules[name] = (kind, attrs)

    def _load(self, env, label, *symbols, **aliases):
        module = self._load_bzl(label)
        for s in symbols:
            env[s] = module[s]
        for alias, s in aliases.items():
            env[alias] = module[s]

    def _label_path(self, label):
        if label.startswith("@//") or label.startswith("//"):
            pkg, _, fname = label.lstrip("@").lstrip("/").partition(":")
            return os.path.join(self.workspace_dir, pkg, fname)
        raise Error("cannot load %r (only @//pkg:file.bzl is supported)" % label)

    def _load_bzl(self, label):
        path = self._label_path(label)
        if path not in self._bzl_cache:
            env = self._base_env()
            with open(path, encoding="utf-8") as f:
                code = compile(f.read(), path, "exec")
            exec(code, env)  # noqa: S102 - our own Starlark files
            self._bzl_cache[path] = env
        return self._bzl_cache[path]

    def _base_env(self):
        env = {
            "native": self.native,
            "fail": _fail,
            "struct": _Struct,
            "select": lambda *a, **kw: _fail("select() is not supported by check_parity.py"),
            "print": lambda *a, **kw: None,
            "True": True, "False": False, "None": None,
        }
        env["load"] = lambda label, *s, **kw: self._load(env, label, *s, **kw)
        return env

    def evaluate(self, build_file):
        env = self._base_env()
        for kind in self.RULES:
            env[kind] = getattr(self.native, kind)
        for builtin in ("glob", "package", "licenses", "exports_files", "package_group"):
            env[builtin] = getattr(self.native, builtin)
        with open(build_file, encoding="utf-8") as f:
            code = compile(f.read(), build_file, "exec")
        exec(code, env)  # noqa: S102
        return self.rules


def _glob_regex(pattern):
    """Bazel glob pattern -> regex: `**` = any number of directories, `*` = within one."""
    out = []
    parts = pattern.split("/")
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if part == "**":
            out.append(".*" if last else "(?:[^/]+/)*")
            continue
        seg = "".join("[^/]*" if c == "*" else "[^/]" if c == "?" else re.escape(c)
                      for c in part)
        out.append(seg if last else seg + "/")
    return re.compile("^" + "".join(out) + "$")


def bazel_side_evaluated(root, build_file=BUILD_FILE):
    ev = BuildEvaluator(root, HERE)
    rules = ev.evaluate(build_file)
    outputs = {}  # generated file -> rule
    for name, (kind, attrs) in rules.items():
        for o in attrs.get("outs", []) or []:
            outputs[o] = name
    targets = {}
    for name, (kind, attrs) in rules.items():
        if kind not in CC_KINDS:
            continue
        sources = set()
        for label in _expand_srcs(attrs.get("srcs", []) or [], rules, outputs):
            if is_compiled(label):
                sources.add(_normalise_bazel_source(label, label in outputs, root))
        targets[name] = Target(name, kind, sources, "matchmaker_src.BUILD")
    return targets


def _expand_srcs(srcs, rules, outputs, seen=None):
    """Package-relative paths of srcs (filegroups expanded; other repositories dropped)."""
    seen = seen or set()
    out = []
    for s in srcs:
        if s.startswith("@") and not s.startswith("@%s//" % REPO):
            continue
        if s.startswith("@%s//" % REPO):
            s = s[len("@%s//" % REPO):]
        if s.startswith("//"):
            s = s[2:]
        s = s.lstrip(":")
        if s in rules and rules[s][0] == "filegroup" and s not in seen:
            seen.add(s)
            out += _expand_srcs(rules[s][1].get("srcs", []) or [], rules, outputs, seen)
        else:
            out.append(s)
    return out


def _normalise_bazel_source(path, generated, root):
    if not generated:
        return path
    m = PROTO_GEN_RE.match(path)
    if m:
        origin = proto_origin([os.path.join(root, m.group(1))])
        if origin:
            return "%s (generated C++)" % os.path.relpath(origin, root)
    return "%s (generated by Bazel)" % path


# ---------------------------------------------------------------------------------------------
# Bazel side, 2: `bazel query` (slower, needs the Bazel server; used to check the evaluator).


def bazel_side_query(root):
    cmd = ["bazel", "query", "--output=xml", "@%s//:all" % REPO]
    proc = subprocess.run(cmd, cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-5000:])
        raise Error("`%s` failed (exit %d)" % (" ".join(cmd), proc.returncode))
    tree = ET.fromstring(proc.stdout)
    prefix = "@%s//:" % REPO
    outputs = set()
    for rule in tree.iter("rule"):
        for out in rule.iter("rule-output"):
            outputs.add(out.get("name"))
    targets = {}
    for rule in tree.iter("rule"):
        kind = rule.get("class")
        if kind not in CC_KINDS:
            continue
        name = rule.get("name")[len(prefix):]
        sources = set()
        for lst in rule.findall("list"):
            if lst.get("name") != "srcs":
                continue
            for lab in lst.findall("label"):
                value = lab.get("value")
                if not value.startswith(prefix):
                    continue
                path = value[len(prefix):]
                if is_compiled(path):
                    sources.add(_normalise_bazel_source(path, value in outputs, root))
        targets[name] = Target(name, kind, sources, "bazel query")
    return targets


# ---------------------------------------------------------------------------------------------
# Comparison.

EXPECTED_BAZEL_KIND = {
    "EXECUTABLE": "cc_binary",
    "EXECUTABLE (test)": "cc_test",
    "INTERFACE_LIBRARY": "cc_library",
}


def compare(cmake, bazel, left="CMake", right="Bazel"):
    problems = []
    for name in sorted(set(cmake) | set(bazel)):
        if name in CMAKE_ONLY and name not in bazel:
            continue
        c, b = cmake.get(name), bazel.get(name)
        if c is None:
            problems.append("%s: only in %s (%s, sources: %s)"
                            % (name, right, b.kind, ", ".join(sorted(b.sources)) or "none"))
            continue
        if b is None:
            problems.append("%s: only in %s (%s in %s/, sources: %s)"
                            % (name, left, c.kind, c.where, ", ".join(sorted(c.sources)) or "none"))
            continue
        want = EXPECTED_BAZEL_KIND.get(c.kind, "cc_library" if c.kind in CMAKE_LIBRARY_TYPES
                                       else c.kind)
        if want != b.kind:
            problems.append("%s: %s %s but %s %s (expected %s)"
                            % (name, left, c.kind, right, b.kind, want))
        for s in sorted(c.sources - b.sources):
            problems.append("%s: source only in %s: %s" % (name, left, s))
        for s in sorted(b.sources - c.sources):
            problems.append("%s: source only in %s: %s" % (name, right, s))
    return problems


def compare_warnings(cmake_inputs):
    """MATCHMAKER_COPTS (tools/copts.bzl) must be mm_warnings' options."""
    cmake_opts = warning_options(cmake_inputs)
    if cmake_opts is None:
        return ["%s: no target_compile_options(%s INTERFACE ...) found in the CMake files"
                % (WARNINGS, WARNINGS)]
    ev = BuildEvaluator(os.path.dirname(HERE), HERE)
    bazel_opts = ev._load_bzl("@//tools:copts.bzl")["MATCHMAKER_COPTS"]
    if list(bazel_opts) != cmake_opts:
        return ["%s: CMake options %s but MATCHMAKER_COPTS (tools/copts.bzl) %s"
                % (WARNINGS, " ".join(cmake_opts), " ".join(bazel_opts))]
    return []


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", required=True, help="the checkout (CMake source dir)")
    ap.add_argument("--cmake-build", help="a configured CMake build dir")
    ap.add_argument("--reconfigure", action="store_true",
                    help="always re-run cmake on the build dir first")
    ap.add_argument("--bazel-query", action="store_true",
                    help="read the Bazel side from `bazel query` instead of evaluating the BUILD")
    ap.add_argument("--check-evaluator", action="store_true",
                    help="only compare the BUILD evaluator with `bazel query` (no CMake)")
    ap.add_argument("--build-file", default=BUILD_FILE, help=argparse.SUPPRESS)  # for testing
    ap.add_argument("-v", "--verbose", action="store_true", help="list the matched targets")
    args = ap.parse_args(argv)
    root = os.path.abspath(args.root)

    try:
        if args.check_evaluator:
            for _ in range(2):  # twice: the tree may change between the two readings
                queried = bazel_side_query(root)
                evaluated = bazel_side_evaluated(root, args.build_file)
                problems = compare(queried, evaluated, left="bazel query",
                                   right="check_parity's evaluator")
                if not problems:
                    break
            for p in problems:
                print("MISMATCH " + p)
            print("check_parity: evaluator vs bazel query: %d targets, %d mismatches"
                  % (len(queried), len(problems)))
            return 1 if problems else 0

        if not args.cmake_build:
            ap.error("--cmake-build is required")
        cmake, cmake_inputs = cmake_side(root, args.cmake_build, args.reconfigure)
        bazel = bazel_side_query(root) if args.bazel_query else bazel_side_evaluated(root, args.build_file)
    except Error as e:
        print("check_parity: ERROR: %s" % e)
        return 2

    problems = compare(cmake, bazel)
    problems += compare_warnings(cmake_inputs)
    if args.verbose:
        for name in sorted(set(cmake) & set(bazel)):
            print("  %-28s %-18s %-11s %d sources"
                  % (name, cmake[name].kind, bazel[name].kind, len(cmake[name].sources)))
    for p in problems:
        print("DIFF " + p)
    if problems:
        print("check_parity: %d difference(s) between CMake (%s) and Bazel "
              "(bazel-compat/matchmaker_src.BUILD); fix the Bazel side to match CMake."
              % (len(problems), os.path.relpath(os.path.abspath(args.cmake_build), root)))
        return 1
    print("check_parity: OK: %d CMake targets and their Bazel mirrors name the same sources"
          " (%s: MATCHMAKER_COPTS)" % (len(set(cmake) & set(bazel)), WARNINGS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
