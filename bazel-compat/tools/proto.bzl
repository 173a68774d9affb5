"""C++ protobuf / gRPC code generation with the system protoc (offline).

Bazel 4.2.3's native proto_library/cc_proto_library would need @com_google_protobuf
(downloaded, then built from source). Instead a genrule runs Debian's
/usr/bin/protoc (+ /usr/bin/grpc_cpp_plugin) and a cc_library wraps the
output, linked against the system libprotobuf / libgrpc++.

    matchmaker_cc_grpc_library(
        name = "creator_cc_grpc",
        srcs = ["protos/matchmaker/v1/creator.proto"],
        proto_root = "protos",               # import paths are relative to this dir
        deps = [":google_rpc_cc_proto"],      # other targets made by these macros
    )

`srcs` and `proto_root` are relative to the package calling the macro. For
srcs "<proto_root>/matchmaker/v1/creator.proto" the library provides
"matchmaker/v1/creator.pb.h" (and ".grpc.pb.h" for grpc) on the include path.
Well-known types (google/protobuf/*.proto) come from /usr/include and their
code from libprotobuf. Each target NAME also defines NAME_proto_srcs, the
transitive .proto files, which dependent macro calls use as protoc inputs.
"""

PROTOC = "/usr/bin/protoc"
GRPC_CPP_PLUGIN = "/usr/bin/grpc_cpp_plugin"
SYSTEM_PROTO_INCLUDE = "/usr/include"

_PROTOBUF = "@//third_party:protobuf"
_GRPCPP = "@//third_party:grpcpp"

def _exec_dir(rel):
    """Execroot-relative path of `rel` (relative to the calling package)."""
    repo = native.repository_name()  # "@" for the main repository
    parts = []
    if repo != "@":
        parts.append("external/" + repo[1:])
    if native.package_name():
        parts.append(native.package_name())
    if rel and rel != ".":
        parts.append(rel)
    return "/".join(parts) if parts else "."

def _strip_root(src, proto_root):
    if proto_root in ("", "."):
        return src
    prefix = proto_root.rstrip("/") + "/"
    if not src.startswith(prefix):
        fail("proto src %r is not under proto_root %r" % (src, proto_root))
    return src[len(prefix):]

def _dep_proto_srcs(dep):
    # ":foo" / "//pkg:foo" / "@repo//pkg:foo" -> same label + "_proto_srcs".
    if ":" in dep:
        return dep + "_proto_srcs"
    return dep + ":" + dep.split("/")[-1] + "_proto_srcs"

def _cc_proto_impl(name, srcs, deps, proto_root, grpc, cc_deps, visibility, testonly, tags):
    if not srcs:
        fail("%s: srcs must not be empty" % name)
    for s in srcs:
        if not s.endswith(".proto"):
            fail("%s: %r is not a .proto file" % (name, s))
    deps = deps or []

    native.filegroup(
        name = name + "_proto_srcs",
        srcs = srcs + [_dep_proto_srcs(d) for d in deps],
        visibility = visibility,
        testonly = testonly,
        tags = tags,
    )

    hdrs = []
    cc_srcs = []
    for s in srcs:
        base = s[:-len(".proto")]
        hdrs.append(base + ".pb.h")
        cc_srcs.append(base + ".pb.cc")
        if grpc:
            hdrs.append(base + ".grpc.pb.h")
            cc_srcs.append(base + ".grpc.pb.cc")

    root = proto_root if proto_root not in ("", ".") else ""
    src_root = _exec_dir(root)
    out_dir = "$(RULEDIR)/" + root if root else "$(RULEDIR)"
    import_paths = " ".join([_strip_root(s, proto_root) for s in srcs])

    cmd = [PROTOC]
    # This tree first, then generated/other copies, then only the well-known
    # types from /usr/include (mapped, so no other system .proto can leak in).
    cmd.append("--proto_path=" + src_root)
    cmd.append("--proto_path=google/protobuf=" + SYSTEM_PROTO_INCLUDE + "/google/protobuf")
    cmd.append("--cpp_out=" + out_dir)
    if grpc:
        cmd.append("--plugin=protoc-gen-grpc=" + GRPC_CPP_PLUGIN)
        cmd.append("--grpc_out=" + out_dir)
    cmd.append(import_paths)

    native.genrule(
        name = name + "_codegen",
        srcs = [":" + name + "_proto_srcs"],
        outs = hdrs + cc_srcs,
        cmd = " ".join(cmd),
        message = "protoc (system) %s" % name,
        visibility = ["//visibility:private"],
        testonly = testonly,
        tags = tags,
    )

    native.cc_library(
        name = name,
        srcs = cc_srcs,
        hdrs = hdrs,
        # -isystem <package>/<proto_root> for both the source and the output
        # tree: makes "matchmaker/v1/x.pb.h" includable (and silences warnings
        # in generated code).
        includes = [root] if root else ["."],
        deps = deps + [_PROTOBUF] + ([_GRPCPP] if grpc else []) + (cc_deps or []),
        visibility = visibility,
        testonly = testonly,
        tags = tags,
    )

def matchmaker_cc_grpc_library(name, srcs, deps = None, proto_root = ".", cc_deps = None, visibility = None, testonly = False, tags = None):
    """Messages + gRPC service stubs (.pb.* and .grpc.pb.*) for `srcs`."""
    _cc_proto_impl(name, srcs, deps, proto_root, True, cc_deps, visibility, testonly, tags)

def matchmaker_cc_proto_library(name, srcs, deps = None, proto_root = ".", cc_deps = None, visibility = None, testonly = False, tags = None):
    """Messages only (.pb.*) for `srcs`, e.g. google/rpc/status.proto."""
    _cc_proto_impl(name, srcs, deps, proto_root, False, cc_deps, visibility, testonly, tags)
