#!/usr/bin/env python3
"""End-to-end test of the real server binary with an independent gRPC implementation.

Python grpcio (Debian's python3-grpcio) with stubs generated at test time by the system protoc
and grpc_python_plugin from protos/ — no C++ code of ours on the client side. It checks the
standard health service, server reflection, a full brand -> brief -> creator -> offer ->
decline -> history flow, field-level errors, and that everything survives a restart.

Usage: e2e_grpc_test.py --server PATH/matchmaker_server --protos PATH/protos
"""

import argparse
import importlib
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from server_process import ServerProcess, authenticated_channel  # noqa: E402

ARGS = None
GEN = None


def generate_stubs(protos_dir, out_dir):
    """Runs protoc for our protos plus the health/reflection subsets into out_dir."""
    sources = []
    for root in (protos_dir, os.path.join(HERE, "protos")):
        for dirpath, _, files in os.walk(root):
            sources += [(root, os.path.join(dirpath, f)) for f in files if f.endswith(".proto")]
    for root, path in sources:
        subprocess.run(
            ["protoc", f"-I{protos_dir}", f"-I{os.path.join(HERE, 'protos')}", "-I/usr/include",
             f"--python_out={out_dir}", f"--grpc_python_out={out_dir}",
             "--plugin=protoc-gen-grpc_python=/usr/bin/grpc_python_plugin", path],
            check=True)
    # No __init__.py files: the folders stay namespace packages, so the generated
    # google/rpc merges with the system google.protobuf instead of shadowing it.


def mod(name):
    return importlib.import_module(name)


class EndToEndGrpcTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        import grpc
        cls.grpc = grpc
        cls.data_dir = tempfile.mkdtemp(prefix="mm-e2e-grpc-")
        cls.server = ServerProcess(ARGS.server, os.path.join(cls.data_dir, "db"))
        cls.connect(cls.server.start())
        cls.common = mod("matchmaker.v1.common_pb2")
        cls.brand_pb = mod("matchmaker.v1.brand_pb2")
        cls.brief_pb = mod("matchmaker.v1.brief_pb2")
        cls.creator_pb = mod("matchmaker.v1.creator_pb2")
        cls.offer_pb = mod("matchmaker.v1.offer_pb2")
        cls.history_pb = mod("matchmaker.v1.history_pb2")
        cls.bs = mod("matchmaker.v1.brand_service_pb2")
        cls.cs = mod("matchmaker.v1.creator_service_pb2")
        cls.adm = mod("matchmaker.v1.admin_service_pb2")

    @classmethod
    def connect(cls, address):
        # Every call carries the bootstrap admin key the server wrote (docs/security.md).
        cls.raw_channel, cls.channel = authenticated_channel(cls.grpc, address,
                                                             cls.server.admin_key())
        cls.grpc.channel_ready_future(cls.raw_channel).result(timeout=10)
        cls.brand = mod("matchmaker.v1.brand_service_pb2_grpc").BrandServiceStub(cls.channel)
        cls.creator = mod("matchmaker.v1.creator_service_pb2_grpc").CreatorServiceStub(
            cls.channel)
        cls.admin = mod("matchmaker.v1.admin_service_pb2_grpc").AdminServiceStub(cls.channel)

    @classmethod
    def restart(cls):
        cls.raw_channel.close()
        code = cls.server.stop()
        assert code == 0, f"server exit code {code} on SIGTERM:\n{cls.server.log()}"
        cls.connect(cls.server.start())

    @classmethod
    def tearDownClass(cls):
        cls.raw_channel.close()
        cls.server.kill()
        shutil.rmtree(cls.data_dir, ignore_errors=True)

    # The tests run in name order: the flow builds on earlier steps.

    def test_01_health_reports_serving(self):
        health = mod("e2e_grpc.health.v1.health_pb2")
        stub = mod("e2e_grpc.health.v1.health_pb2_grpc").HealthStub(self.channel)
        reply = stub.Check(health.HealthCheckRequest(service=""), timeout=5)
        self.assertEqual(reply.status, health.HealthCheckResponse.SERVING)

    def test_02_reflection_lists_and_describes_services(self):
        refl = mod("e2e_grpc.reflection.v1alpha.reflection_pb2")
        stub = mod("e2e_grpc.reflection.v1alpha.reflection_pb2_grpc").ServerReflectionStub(
            self.channel)
        requests = [refl.ServerReflectionRequest(list_services=""),
                    refl.ServerReflectionRequest(
                        file_containing_symbol="matchmaker.v1.BrandService")]
        replies = list(stub.ServerReflectionInfo(iter(requests), timeout=5))
        names = {s.name for s in replies[0].list_services_response.service}
        for service in ("matchmaker.v1.BrandService", "matchmaker.v1.CreatorService",
                        "matchmaker.v1.AdminService", "grpc.health.v1.Health"):
            self.assertIn(service, names)
        from google.protobuf import descriptor_pb2
        files = [descriptor_pb2.FileDescriptorProto.FromString(b)
                 for b in replies[1].file_descriptor_response.file_descriptor_proto]
        self.assertIn("matchmaker/v1/brand_service.proto", [f.name for f in files])

    def test_03_brief_offer_decline_flow(self):
        c = self.common
        brand = self.brand.CreateBrand(self.bs.CreateBrandRequest(brand=self.brand_pb.Brand(
            id="acme", display_name="Acme Snacks", category="food/snacks",
            competitors=["crunchco"], values=["sustainability"]))).brand
        self.assertEqual(brand.id, "acme")
        self.assertTrue(brand.etag)
        brief = self.brand.CreateBrief(self.bs.CreateBriefRequest(brief=self.brief_pb.Brief(
            id="spring-launch", brand_id="acme", title="Spring launch",
            objective=self.brief_pb.OBJECTIVE_ENGAGEMENT,
            niches=[c.NicheWeight(niche="food/healthy-recipes", weight=1.0)],
            platforms=[c.PLATFORM_INSTAGRAM],
            budget=self.brief_pb.Budget(total_cents=500000, per_creator_max_cents=50000),
            creators_wanted=5, status=self.brief_pb.BRIEF_STATUS_OPEN))).brief
        self.assertEqual(brief.status, self.brief_pb.BRIEF_STATUS_OPEN)
        creator = self.creator.CreateCreator(self.cs.CreateCreatorRequest(
            creator=self.creator_pb.Creator(
                id="jo", display_name="Jo Greens",
                accounts=[self.creator_pb.PlatformAccount(
                    platform=c.PLATFORM_INSTAGRAM, handle="@jogreens", followers=12000,
                    avg_likes=900, avg_comments=60, posts_per_week=4)],
                niches=[c.NicheWeight(niche="food/healthy-recipes", weight=0.9)],
                location=c.Location(country_code="US", city="Austin"),
                languages=["en"]))).creator
        self.assertEqual(creator.total_followers, 12000)
        self.assertEqual(creator.tier, c.TIER_MICRO)
        self.assertEqual(len(creator.aesthetic.embedding), 64)  # derived
        self.assertTrue(creator.aesthetic.embedding_derived)

        offer = self.brand.SendOffer(self.bs.SendOfferRequest(
            brief_id="spring-launch", creator_id="jo",
            terms=self.offer_pb.OfferTerms(fee_cents=30000, message="Love your recipes"))).offer
        self.assertEqual(offer.state, self.offer_pb.OFFER_STATE_PROPOSED)
        self.assertEqual(offer.brand_id, "acme")
        declined = self.creator.DeclineOffer(self.cs.DeclineOfferRequest(
            offer_id=offer.id, reason=self.offer_pb.DECLINE_REASON_COMPENSATION_TOO_LOW,
            note="my rate is $500")).offer
        self.assertEqual(declined.state, self.offer_pb.OFFER_STATE_DECLINED)
        self.assertEqual(declined.note, "my rate is $500")

        # Declining twice is an illegal transition.
        with self.assertRaises(self.grpc.RpcError) as err:
            self.creator.DeclineOffer(self.cs.DeclineOfferRequest(
                offer_id=offer.id, reason=self.offer_pb.DECLINE_REASON_OTHER))
        self.assertEqual(err.exception.code(), self.grpc.StatusCode.FAILED_PRECONDITION)
        type(self).offer_id = offer.id

        events = self.creator.ListCreatorHistory(
            self.cs.ListCreatorHistoryRequest(creator_id="jo")).events
        kinds = [e.type for e in events]
        h = self.history_pb
        self.assertEqual(kinds, [h.EVENT_TYPE_CREATOR_CREATED, h.EVENT_TYPE_OFFER_SENT,
                                 h.EVENT_TYPE_OFFER_TRANSITIONED])
        self.assertEqual(events[-1].to_state, self.offer_pb.OFFER_STATE_DECLINED)
        self.assertEqual(events[-1].decline_reason,
                         self.offer_pb.DECLINE_REASON_COMPENSATION_TOO_LOW)
        brief_events = self.brand.ListBriefHistory(
            self.bs.ListBriefHistoryRequest(brief_id="spring-launch")).events
        self.assertEqual(len(brief_events), 3)

    def test_04_bad_input_gets_field_violations_and_changes_nothing(self):
        before = self.admin.GetStats(self.adm.GetStatsRequest())
        c = self.common
        with self.assertRaises(self.grpc.RpcError) as err:
            self.creator.CreateCreator(self.cs.CreateCreatorRequest(
                creator=self.creator_pb.Creator(
                    id="bad", accounts=[self.creator_pb.PlatformAccount(
                        platform=c.PLATFORM_TIKTOK, followers=-5)])))
        self.assertEqual(err.exception.code(), self.grpc.StatusCode.INVALID_ARGUMENT)
        details = dict(err.exception.trailing_metadata()).get("grpc-status-details-bin")
        self.assertIsNotNone(details, "no google.rpc.Status in the trailers")
        status = mod("google.rpc.status_pb2").Status.FromString(details)
        bad = mod("google.rpc.error_details_pb2").BadRequest()
        self.assertTrue(status.details[0].Unpack(bad))
        fields = [v.field for v in bad.field_violations]
        self.assertIn("creator.accounts[0].followers", fields)
        after = self.admin.GetStats(self.adm.GetStatsRequest())
        self.assertEqual(before.creators, after.creators)
        self.assertEqual(before.history_events, after.history_events)
        with self.assertRaises(self.grpc.RpcError) as err:
            self.creator.GetCreator(self.cs.GetCreatorRequest(creator_id="nobody"))
        self.assertEqual(err.exception.code(), self.grpc.StatusCode.NOT_FOUND)

    def test_05_everything_survives_a_restart(self):
        stats_before = self.admin.GetStats(self.adm.GetStatsRequest())
        self.restart()
        stats = self.admin.GetStats(self.adm.GetStatsRequest())
        self.assertEqual(stats.creators, stats_before.creators)
        self.assertEqual(stats.history_events, stats_before.history_events)
        offer = self.brand.GetOffer(self.bs.GetOfferRequest(offer_id=self.offer_id)).offer
        self.assertEqual(offer.state, self.offer_pb.OFFER_STATE_DECLINED)
        self.assertEqual(offer.decline_reason, self.offer_pb.DECLINE_REASON_COMPENSATION_TOO_LOW)
        brief = self.brand.GetBrief(self.bs.GetBriefRequest(brief_id="spring-launch")).brief
        self.assertEqual(brief.title, "Spring launch")
        events = self.creator.ListCreatorHistory(
            self.cs.ListCreatorHistoryRequest(creator_id="jo")).events
        self.assertEqual(len(events), 3)

    def test_06_matching_after_the_restart(self):
        c = self.common
        match_pb = mod("matchmaker.v1.match_pb2")
        self.creator.CreateCreator(self.cs.CreateCreatorRequest(
            creator=self.creator_pb.Creator(
                id="sam", display_name="Sam Sprouts",
                accounts=[self.creator_pb.PlatformAccount(
                    platform=c.PLATFORM_INSTAGRAM, handle="@samsprouts", followers=20000,
                    avg_likes=1200, avg_comments=80, posts_per_week=3)],
                niches=[c.NicheWeight(niche="food/healthy-recipes", weight=1.0)],
                location=c.Location(country_code="US"), languages=["en"])))
        found = self.brand.FindCreators(self.bs.FindCreatorsRequest(
            brief_id="spring-launch",
            scoring=match_pb.MatchScoring(fusion=match_pb.FUSION_METHOD_PRODUCT)))
        ids = [m.creator_id for m in found.matches]
        # jo declined this brief before the restart: the rebuilt index still knows.
        self.assertEqual(ids, ["sam"])
        top = found.matches[0]
        self.assertEqual(top.fusion, match_pb.FUSION_METHOD_PRODUCT)
        self.assertAlmostEqual(top.mutual_score,
                               top.brand_score * top.creator_score * top.long_term_boost,
                               places=6)
        self.assertTrue(top.brand_factors and top.creator_factors)
        explained = self.brand.ExplainMatch(self.bs.ExplainMatchRequest(
            brief_id="spring-launch", creator_id="jo"))
        self.assertFalse(explained.eligible)
        self.assertIn("declined_cool_down", [r.rule for r in explained.excluding_rules])
        suitable = self.creator.ListSuitableBriefs(
            self.cs.ListSuitableBriefsRequest(creator_id="sam"))
        self.assertEqual([m.brief_id for m in suitable.matches], ["spring-launch"])
        with self.assertRaises(self.grpc.RpcError) as err:
            self.brand.FindCreators(self.bs.FindCreatorsRequest(brief_id="spring-launch",
                                                                page_size=5000))
        self.assertEqual(err.exception.code(), self.grpc.StatusCode.INVALID_ARGUMENT)


def main():
    global ARGS, GEN
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--protos", required=True)
    ARGS, rest = parser.parse_known_args()
    GEN = tempfile.mkdtemp(prefix="mm-e2e-stubs-")
    try:
        generate_stubs(ARGS.protos, GEN)
        sys.path.insert(0, GEN)
        unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)
    finally:
        shutil.rmtree(GEN, ignore_errors=True)


if __name__ == "__main__":
    main()
