/**
 * The one record parser (src/policy/record/parseRecord.ts), shared by `safeshare records` and the
 * task pane's read mode: reading Outlook's getAllInternetHeadersAsync text (folded lines, other
 * headers around ours) and the custom property's overrides. The CLI's own cases stay in
 * test/cli/recordsParts.test.ts.
 */
import { headerFields } from "../../../src/policy/record/headerFields";
import { readSharingRecord } from "../../../src/policy/record/parseRecord";
import { recordHeaders, type SharingRecord } from "../../../src/outlook/sharingRecord";

const RECORD: SharingRecord = {
  agreement: "a-1",
  agreementVersion: "2",
  exchange: "kpc",
  safeshareVersion: "0.1.0",
  verdict: "warn",
  checkedAt: "2026-11-25T10:00:00.000Z",
  dismissed: [{ finding: "recipient-webmail#1a2b3c4d", rule: "recipient-webmail", reason: "Agreed  by\ntelephone" }],
  overridden: [{ finding: "protective-marking#0badf00d", rule: "protective-marking", reason: "Marked in the attachment" }],
};

/** A header section as Outlook returns it: CRLF, other headers, long values folded. */
function outlookHeaders(record: SharingRecord): string {
  const ours = Object.entries(recordHeaders(record)).map(([k, v]) => `${k}: ${v}`);
  return ["Received: from a (10.0.0.1) by b (10.0.0.2) with Microsoft SMTP Server;", " Wed, 25 Nov 2026 10:00:00 +0000", "Date: Wed, 25 Nov 2026 10:00:00 +0000", "Subject: =?utf-8?Q?John_Smith?=", ...ours, "Content-Type: text/html", ""].join("\r\n");
}

describe("readSharingRecord on Outlook's header text", () => {
  it("reads the record among other headers, with the property's reasons and overrides", () => {
    const r = readSharingRecord(headerFields(outlookHeaders(RECORD)), JSON.stringify(RECORD));
    expect(r).toMatchObject({
      status: "ok",
      record: {
        agreement: "a-1",
        exchange: "kpc",
        verdict: "warn",
        source: "headers and property",
        dismissed: [{ rule: "recipient-webmail", hash: "1a2b3c4d", reason: "Agreed by telephone" }],
        overridden: [{ rule: "protective-marking", hash: "0badf00d", reason: "Marked in the attachment" }],
      },
    });
  });

  it("reads a folded X-SafeShare-Dismissed header", () => {
    const text = outlookHeaders(RECORD).replace("X-SafeShare-Dismissed: recipient-webmail#1a2b3c4d", "X-SafeShare-Dismissed:\r\n recipient-webmail#1a2b3c4d");
    expect(readSharingRecord(headerFields(text))).toMatchObject({ status: "ok", record: { dismissed: [{ rule: "recipient-webmail", hash: "1a2b3c4d" }] } });
  });

  it("takes the property as an object too (a client that stored the record unserialised)", () => {
    expect(readSharingRecord([], JSON.stringify({ safeshareRecord: RECORD }))).toMatchObject({ status: "ok", record: { source: "property" } });
  });

  it("refuses a malformed override list", () => {
    const bad = { ...RECORD, overridden: [{ finding: "John Smith", rule: "x", reason: "r" }] };
    expect(readSharingRecord([], JSON.stringify(bad))).toEqual({ status: "unreadable", problems: ["the safeshareRecord property's override 1 is malformed"] });
    expect(readSharingRecord([], JSON.stringify({ ...RECORD, overridden: "none" }))).toMatchObject({ status: "unreadable", problems: ["the safeshareRecord property's overridden list is not a list"] });
  });

  it("a record with no overrides has none (not an empty list)", () => {
    const { overridden: _o, ...plain } = RECORD;
    void _o;
    const r = readSharingRecord([], JSON.stringify(plain));
    expect(r.status === "ok" && r.record.overridden).toBeUndefined();
  });
});
