#!/usr/bin/env python3
"""End-to-end test of the shipped command-line tools against the real server binary.

Walks the newcomer's story from the README with matchmaker-brand / matchmaker-creator /
matchmaker-admin (brand -> brief -> creator -> offer -> decline -> history), checks field-level
errors reach the shell, bulk-loads a small demo market through JSON Lines, restarts the server
and finds everything again, and opens a checkpoint with a second server.

Usage: e2e_cli_test.py --server PATH/matchmaker_server --bin DIR_WITH_TOOLS
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from server_process import ServerProcess  # noqa: E402

ARGS = None


class EndToEndCliTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="mm-e2e-cli-")
        cls.server = ServerProcess(ARGS.server, os.path.join(cls.tmp, "db"))
        cls.address = cls.server.start()

    @classmethod
    def tearDownClass(cls):
        cls.server.kill()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def run_tool(self, tool, *args, expect=0, stdin=None, server=None):
        cmd = [os.path.join(ARGS.bin, tool), "--server", server or self.address, *args]
        # The tools find the bootstrap admin key through $MATCHMAKER_API_KEY_FILE.
        env = dict(os.environ, MATCHMAKER_API_KEY_FILE=self.server.admin_key_file)
        result = subprocess.run(cmd, capture_output=True, text=True, input=stdin, timeout=120,
                                env=env)
        self.assertEqual(result.returncode, expect,
                         f"{' '.join(cmd)}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}")
        return result

    def json_of(self, tool, *args):
        return json.loads(self.run_tool(tool, "--json", *args).stdout)

    # The tests run in name order: the story builds on earlier steps.

    def test_01_brand_brief_creator_offer_decline_history(self):
        self.run_tool("matchmaker-brand", "brand", "create", "--id", "acme", "--name",
                      "Acme Snacks", "--category", "food/snacks", "--country", "US")
        brief = self.json_of("matchmaker-brand", "brief", "create", "--brand-id", "acme", "--id",
                             "spring-snacks", "--title", "Spring snack box", "--niche",
                             "food/healthy-recipes", "--platform", "instagram", "--tier",
                             "micro", "--budget", "5000", "--compensation", "flat-fee:400",
                             "--deliverable", "instagram:post", "--creators-wanted", "5")
        self.assertEqual(brief["brief"]["status"], "BRIEF_STATUS_OPEN")
        creator = self.json_of("matchmaker-creator", "creator", "create", "--id", "jo", "--name",
                               "Jo Baker", "--account", "instagram:@jo.bakes:12000:800:40",
                               "--niche", "food/desserts", "--country", "US", "--city", "Austin",
                               "--language", "en", "--accepts", "flat-fee,free-product",
                               "--min-fee", "150")
        self.assertEqual(creator["creator"]["tier"], "TIER_MICRO")
        sent = self.json_of("matchmaker-brand", "offer", "send", "--brief-id", "spring-snacks",
                            "--creator-id", "jo", "--fee", "350", "--deliverable",
                            "instagram:post", "--message", "Love your recipes!")
        offer_id = sent["offer"]["id"]
        self.assertEqual(sent["offer"]["state"], "OFFER_STATE_PROPOSED")
        table = self.run_tool("matchmaker-creator", "offer", "list", "jo", "--state",
                              "proposed").stdout
        self.assertIn(offer_id, table)
        declined = self.json_of("matchmaker-creator", "offer", "decline", offer_id, "--reason",
                                "compensation-too-low", "--note", "My rate for a post is 600")
        self.assertEqual(declined["offer"]["state"], "OFFER_STATE_DECLINED")
        self.assertEqual(declined["offer"]["declineReason"],
                         "DECLINE_REASON_COMPENSATION_TOO_LOW")
        # Declining again is an illegal transition: exit 1 with the code on stderr.
        again = self.run_tool("matchmaker-creator", "offer", "decline", offer_id, "--reason",
                              "other", expect=1)
        self.assertIn("FAILED_PRECONDITION", again.stderr)
        history = self.json_of("matchmaker-brand", "history", "brief", "spring-snacks")
        types = [e["type"] for e in history["events"]]
        self.assertEqual(types, ["EVENT_TYPE_BRIEF_CREATED", "EVENT_TYPE_OFFER_SENT",
                                 "EVENT_TYPE_OFFER_TRANSITIONED"])
        self.assertEqual(history["events"][-1]["note"], "My rate for a post is 600")
        text = self.run_tool("matchmaker-creator", "history", "jo").stdout
        self.assertIn("compensation-too-low", text.lower().replace("_", "-"))
        type(self).offer_id = offer_id

    def test_02_bad_input_prints_field_violations(self):
        result = self.run_tool("matchmaker-creator", "creator", "create", "--id", "Bad Id!",
                               "--account", "tiktok:@x:-5", expect=1)
        self.assertIn("INVALID_ARGUMENT", result.stderr)
        self.assertIn("creator.id", result.stderr)
        usage = self.run_tool("matchmaker-brand", "offer", "frobnicate", expect=2)
        self.assertTrue(usage.stderr)

    def test_03_demo_market_round_trips_through_json_lines(self):
        demo = self.run_tool("matchmaker-admin", "demo", "generate", "--creators", "200",
                             "--brands", "10", "--briefs", "20", "--seed", "7").stdout
        self.assertEqual(len(demo.splitlines()), 230)
        again = self.run_tool("matchmaker-admin", "demo", "generate", "--creators", "200",
                              "--brands", "10", "--briefs", "20", "--seed", "7").stdout
        self.assertEqual(demo, again, "demo generation must be deterministic")
        self.run_tool("matchmaker-admin", "import", "-", stdin=demo)
        stats = self.json_of("matchmaker-admin", "stats")
        self.assertEqual(int(stats["creators"]), 201)
        self.assertEqual(int(stats["brands"]), 11)
        self.assertEqual(int(stats["briefs"]), 21)
        exported = self.run_tool("matchmaker-admin", "export", "--kinds", "creator").stdout
        self.assertEqual(len(exported.splitlines()), 201)

    def test_04_everything_survives_a_restart(self):
        before = self.json_of("matchmaker-admin", "stats")
        self.assertEqual(self.server.stop(), 0, self.server.log())
        type(self).address = self.server.start()
        after = self.json_of("matchmaker-admin", "stats")
        self.assertEqual(before, after)
        offer = self.json_of("matchmaker-brand", "offer", "get", self.offer_id)
        self.assertEqual(offer["offer"]["state"], "OFFER_STATE_DECLINED")
        history = self.json_of("matchmaker-creator", "history", "jo")
        self.assertEqual(len(history["events"]), 3)

    def test_05_checkpoint_opens_as_a_database(self):
        checkpoint = os.path.join(self.tmp, "checkpoint")
        self.run_tool("matchmaker-admin", "checkpoint", checkpoint)
        copy = ServerProcess(ARGS.server, checkpoint)
        address = copy.start()
        try:
            creator = json.loads(self.run_tool("matchmaker-admin", "--json", "get", "creator",
                                               "jo", server=address).stdout)
            self.assertIn("jo", json.dumps(creator))
        finally:
            self.assertEqual(copy.stop(), 0, copy.log())


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--bin", required=True)
    ARGS, rest = parser.parse_known_args()
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
