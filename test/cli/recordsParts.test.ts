/** The pure parts of `safeshare records`: the record reader, CSV cells, the counts, the HTML. */
import { headerFields } from "../../src/policy/record/headerFields";
import { escapeHtml } from "../../src/cli/records/htmlEscape";
import { htmlReport } from "../../src/cli/records/htmlReport";
import { csvCell, csvRow, CSV_COLUMNS } from "../../src/cli/records/csv";
import { purviewLabelNames } from "../../src/cli/records/recordHeader";
import { readSharingRecord } from "../../src/policy/record/parseRecord";
import { recordRow, type RecordRow } from "../../src/cli/records/recordRow";
import { derbyshireAgreement } from "../../src/policy/agreement";
import { classifierFor } from "../../src/policy/recipients";
import { Counter, OTHERS, RecordsSummary } from "../../src/cli/records/summary";
import { buildSharingRecord, recordHeaders, type SharingRecord } from "../../src/outlook/sharingRecord";

const RECORD: SharingRecord = {
  agreement: "derbyshire-probation-childrens-services",
  agreementVersion: "not stated in the source",
  exchange: "kpc-probation-to-childrens",
  safeshareVersion: "0.1.0",
  verdict: "pass",
  checkedAt: "2021-02-01T09:30:00.000Z",
  dismissed: [
    { finding: "recipient-webmail#59f6d809", rule: "recipient-webmail", reason: "Agreed by telephone" },
    { finding: "body-secure-route#07d5c41a", rule: "body-secure-route", reason: "Agreed by telephone" },
  ],
};
/** The headers exactly as the Send handler writes them, as lower-case fields. */
const fieldsOf = (headers: Record<string, string>) => headerFields(Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join("\r\n"));

describe("readSharingRecord", () => {
  it("reads back what sharingRecord.ts writes (round trip)", () => {
    const r = readSharingRecord(fieldsOf(recordHeaders(RECORD)));
    expect(r).toEqual({
      status: "ok",
      warnings: [],
      record: {
        agreement: RECORD.agreement,
        agreementVersion: RECORD.agreementVersion,
        exchange: RECORD.exchange,
        safeshareVersion: "0.1.0",
        verdict: "pass",
        dismissed: [
          { rule: "recipient-webmail", hash: "59f6d809" },
          { rule: "body-secure-route", hash: "07d5c41a" },
        ],
        dismissedNotListed: 0,
        source: "headers",
      },
    });
  });

  it("reads a long dismissed list cut with '+N more'", () => {
    const many: SharingRecord = { ...RECORD, dismissed: Array.from({ length: 120 }, (_, i) => ({ finding: `recipient-webmail#${(0x10000000 + i).toString(16)}`, rule: "recipient-webmail", reason: "r" })) };
    const r = readSharingRecord(fieldsOf(recordHeaders(many)));
    if (r.status !== "ok") throw new Error(JSON.stringify(r));
    expect(r.record.dismissed.length + r.record.dismissedNotListed).toBe(120);
    expect(r.record.dismissedNotListed).toBeGreaterThan(0);
  });

  it("joins the custom property's reasons and time (Outlook's object of custom properties)", () => {
    const property = JSON.stringify({ safeshareRecord: JSON.stringify(RECORD) });
    const r = readSharingRecord(fieldsOf(recordHeaders(RECORD)), property);
    if (r.status !== "ok") throw new Error(JSON.stringify(r));
    expect(r.record.source).toBe("headers and property");
    expect(r.record.checkedAt).toBe(RECORD.checkedAt);
    expect(r.record.dismissed.map((d) => d.reason)).toEqual(["Agreed by telephone", "Agreed by telephone"]);
  });

  it("reads the property alone (a client without internet headers)", () => {
    const r = readSharingRecord([], JSON.stringify(RECORD));
    expect(r).toMatchObject({ status: "ok", record: { source: "property", verdict: "pass", exchange: RECORD.exchange } });
  });

  it("headers and property that disagree are unreadable; a damaged property only loses the reasons", () => {
    const forged = readSharingRecord(fieldsOf(recordHeaders(RECORD)), JSON.stringify({ ...RECORD, verdict: "warn" }));
    expect(forged).toEqual({ status: "unreadable", problems: ["the headers and the safeshareRecord property disagree on verdict"] });
    const damaged = readSharingRecord(fieldsOf(recordHeaders(RECORD)), "{not json");
    expect(damaged).toMatchObject({ status: "ok", warnings: ["the safeshareRecord property is not JSON: dismissal reasons not read"] });
  });

  it("no record headers: none; an unknown X-SafeShare header is a warning", () => {
    expect(readSharingRecord(headerFields("From: a@b.c\r\nSubject: x"))).toEqual({ status: "none" });
    const r = readSharingRecord(fieldsOf({ ...recordHeaders(RECORD), "X-SafeShare-Extra": "1" }));
    expect(r).toMatchObject({ status: "ok", warnings: ["unknown header x-safeshare-extra ignored"] });
  });

  it("never throws on hostile values", () => {
    const hostile = ["", "\u0000", "a".repeat(100_000), '"; version="', "none, none", "+1 more", "=?utf-8?q?x?=", "#".repeat(50)];
    for (const v of hostile) {
      for (const name of Object.keys(recordHeaders(RECORD))) {
        const r = readSharingRecord(fieldsOf({ ...recordHeaders(RECORD), [name]: v }));
        expect(["ok", "unreadable"]).toContain(r.status);
      }
      expect(readSharingRecord([], v).status).toBe("unreadable");
    }
  });

  it("buildSharingRecord's output for a real report reads back (the Send handler's own path)", () => {
    const report = { verdict: "warn", dismissed: [] } as unknown as Parameters<typeof buildSharingRecord>[0];
    const agreement = { id: "a-1", version: 'v "2"' } as unknown as Parameters<typeof buildSharingRecord>[1];
    const record = buildSharingRecord(report, agreement, undefined, "0.1.0", new Date(0));
    expect(readSharingRecord(fieldsOf(recordHeaders(record)))).toMatchObject({ status: "ok", record: { agreement: "a-1", agreementVersion: "v '2'", exchange: "none", verdict: "warn" } });
  });
});

describe("purpose", () => {
  const withPurpose: SharingRecord = { ...RECORD, purpose: { exchange: "rtcn1-risk-to-children-notification", text: "the agreement's words" } };
  const headers = recordHeaders(withPurpose);
  const contexts = [{ agreement: derbyshireAgreement, classifier: classifierFor(derbyshireAgreement) }];
  const factsOf = (fields: ReturnType<typeof fieldsOf>, recordProperty?: string) => ({ format: "eml" as const, fields, sent: { kind: "absent" as const }, recipients: [], subject: "", attachments: [], notes: [], ...(recordProperty === undefined ? {} : { recordProperty }) });
  const purposeOf = (id: string) => derbyshireAgreement.exchanges.find((e) => e.id === id)?.purpose;

  it("reads X-SafeShare-Purpose as an exchange id, and fills the purpose column from it before the exchange's", () => {
    expect(headers["X-SafeShare-Purpose"]).toBe("rtcn1-risk-to-children-notification");
    expect(readSharingRecord(fieldsOf(headers))).toMatchObject({ status: "ok", warnings: [], record: { exchange: "kpc-probation-to-childrens", purpose: "rtcn1-risk-to-children-notification" } });
    const row = recordRow("a.eml", factsOf(fieldsOf(headers)), contexts);
    expect(row.problems).toEqual([]);
    expect(row.purpose).toBe(purposeOf("rtcn1-risk-to-children-notification"));
    // Without the header the exchange's purpose stands in, as before.
    expect(recordRow("b.eml", factsOf(fieldsOf(recordHeaders(RECORD))), contexts).purpose).toBe(purposeOf("kpc-probation-to-childrens"));
  });

  it("refuses a purpose that is not an exchange id, and names one the agreement lacks", () => {
    for (const bad of ["none", "Known Persons Check for John Smith", "kpc; x=1", "=?utf-8?q?kpc?="]) {
      const r = readSharingRecord(fieldsOf({ ...headers, "X-SafeShare-Purpose": bad }));
      expect(r.status).toBe("unreadable");
    }
    const row = recordRow("c.eml", factsOf(fieldsOf({ ...headers, "X-SafeShare-Purpose": "made-up-exchange" })), contexts);
    expect(row.purpose).toBe("");
    expect(row.problems).toEqual(["the record names purpose made-up-exchange, which agreement derbyshire-probation-childrens-services does not have as an exchange"]);
  });

  it("headers and the custom property must name the same purpose", () => {
    expect(readSharingRecord(fieldsOf(headers), JSON.stringify(withPurpose))).toMatchObject({ status: "ok", record: { purpose: "rtcn1-risk-to-children-notification", source: "headers and property" } });
    expect(readSharingRecord(fieldsOf(headers), JSON.stringify(RECORD))).toEqual({ status: "unreadable", problems: ["the headers and the safeshareRecord property name different purposes"] });
    const bad = readSharingRecord([], JSON.stringify({ ...withPurpose, purpose: "rtcn1-risk-to-children-notification" }));
    expect(bad).toEqual({ status: "unreadable", problems: ["the safeshareRecord property's purpose is malformed"] });
  });
});

describe("labels", () => {
  const base = recordHeaders(RECORD);
  it("reads the optional X-SafeShare-Label (name; id=GUID); a malformed one makes the record unreadable", () => {
    const ok = readSharingRecord(fieldsOf({ ...base, "X-SafeShare-Label": "Official Sensitive; id=0e7b7d3c-1a2b-4c5d-8e9f-001122334455" }));
    expect(ok).toMatchObject({ status: "ok", record: { label: { name: "Official Sensitive", id: "0e7b7d3c-1a2b-4c5d-8e9f-001122334455" } } });
    const bad = readSharingRecord(fieldsOf({ ...base, "X-SafeShare-Label": "no id here" }));
    expect(bad).toEqual({ status: "unreadable", problems: ["X-SafeShare-Label “no id here” is not a label name and id"] });
    // A label header alone is a record with its required headers missing.
    expect(readSharingRecord(fieldsOf({ "X-SafeShare-Label": "L; id=1" }))).toMatchObject({ status: "unreadable", problems: expect.arrayContaining(["X-SafeShare-Verdict is missing"]) });
  });

  it("reads Purview's msip_labels names", () => {
    const fields = headerFields(
      "msip_labels: MSIP_Label_0e7b7d3c-1a2b-4c5d-8e9f-001122334455_Enabled=true;\r\n MSIP_Label_0e7b7d3c-1a2b-4c5d-8e9f-001122334455_Name=Official Sensitive;\r\n MSIP_Label_0e7b7d3c-1a2b-4c5d-8e9f-001122334455_SiteId=x",
    );
    expect(purviewLabelNames(fields)).toEqual(["Official Sensitive"]);
    expect(purviewLabelNames(headerFields("Subject: MSIP_Label_0e7b7d3c-1a2b-4c5d-8e9f-001122334455_Name=x"))).toEqual([]);
  });
});

describe("headerFields", () => {
  it("unfolds continuation lines, lower-cases names, stops at the blank line", () => {
    expect(headerFields("X-SafeShare-Dismissed: a#12345678,\r\n b#12345678\r\nnot a field\r\nTo: x\r\n\r\nX-SafeShare-Verdict: pass")).toEqual([
      { name: "x-safeshare-dismissed", value: "a#12345678, b#12345678" },
      { name: "to", value: "x" },
    ]);
  });
});

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line\nbreak", '"line\nbreak"'],
    ["=1+2", "'=1+2"],
    ["+44 1632", "'+44 1632"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
  ])("%j → %j", (input, output) => expect(csvCell(input)).toBe(output));
});

describe("RecordsSummary", () => {
  it("caps distinct keys; the rest go to (others)", () => {
    const c = new Counter(2);
    for (const k of ["a", "b", "c", "d", "a"]) c.add(k);
    expect(c.sorted()).toEqual([
      ["a", 2],
      ["b", 1],
      [OTHERS, 2],
    ]);
  });

  it("keeps memory bounded over many distinct outside domains", () => {
    const s = new RecordsSummary();
    for (let i = 0; i < RecordsSummary.MAX_OUTSIDE + 50; i++) {
      s.add(row({ recipients: [{ field: "to", organisation: `d${i}.example`, cls: "unknown", outside: true, domain: `d${i}.example` }] }));
    }
    expect(s.outside.size).toBe(RecordsSummary.MAX_OUTSIDE);
    expect(s.outsideOthers).toBe(50);
  });
});

function row(over: Partial<RecordRow>): RecordRow {
  return { file: "f", format: "eml", status: "not-checked", time: "", week: "", sender: "", recipients: [], purpose: "", attachments: [], marking: "none", label: "", problems: [], ...over };
}

describe("htmlReport", () => {
  it("names the class of recipients outside every agreement in words, as the task pane does", () => {
    const s = new RecordsSummary();
    s.add(row({ recipients: [{ field: "to", organisation: "gmail.com", cls: "webmail", outside: true, domain: "gmail.com" }, { field: "cc", organisation: "x.example", cls: "unknown", outside: true, domain: "x.example" }] }));
    const html = htmlReport(s, { generatedAt: new Date(0), agreements: [{ id: "a", title: "A" }], marking: "OFFICIAL" });
    const table = html.slice(html.indexOf('id="outside-table"'));
    expect(table).toContain("<td>Personal webmail</td>");
    expect(table).toContain("<td>Unknown</td>");
    expect(table).not.toContain("<td>webmail</td>");
    expect(html).toContain("gmail.com (Personal webmail)");
  });

  it("escapes every value taken from messages (reasons, domains, unreadable reasons)", () => {
    const s = new RecordsSummary();
    const evil = `<script>alert("x")</script>`;
    s.add(
      row({
        status: "checked",
        week: "2021-02-01",
        recipients: [{ field: "to", organisation: evil, cls: "unknown", outside: true, domain: evil, partner: "p" }],
        record: { agreement: "a", agreementVersion: "1", exchange: evil, safeshareVersion: "1", verdict: "pass", dismissed: [{ rule: "r", hash: "12345678", reason: evil }], dismissedNotListed: 0, source: "property" },
      }),
    );
    s.addUnreadable(evil);
    const html = htmlReport(s, { generatedAt: new Date(0), agreements: [{ id: "a", title: evil }], marking: evil });
    expect(html).not.toContain("<script");
    expect(html).toContain(escapeHtml(evil));
  });
});

describe("warnings sent anyway (the custom property's overridden list)", () => {
  const record = { agreement: "a", agreementVersion: "1", exchange: "none", safeshareVersion: "1", verdict: "warn" as const, dismissed: [], dismissedNotListed: 0, source: "property" as const };

  it("the CSV lists them with their reasons, says none for an empty list, and not 'none' when the file cannot tell", () => {
    const cell = (r: RecordRow) => csvRow(r).split(",")[CSV_COLUMNS.indexOf("overridden")];
    expect(cell(row({ status: "checked", record: { ...record, overridden: [{ rule: "protective-marking", hash: "12345678", reason: "agreed by phone" }] } }))).toBe("protective-marking (reason: agreed by phone)");
    expect(cell(row({ status: "checked", record: { ...record, overridden: [] } }))).toBe("none");
    expect(cell(row({ status: "checked", record: { ...record, source: "headers" } }))).toBe("not in this file (kept in the mailbox only)");
  });

  it("the report counts them by rule and reason, apart from dismissals", () => {
    const s = new RecordsSummary();
    s.add(row({ status: "checked", record: { ...record, overridden: [{ rule: "protective-marking", hash: "12345678", reason: "agreed by phone" }] } }));
    expect([...s.overrides.counts.entries()].map(([k, n]) => [k.split("\u0000"), n])).toEqual([[["protective-marking", "Send Anyway: agreed by phone"], 1]]);
  });
});
