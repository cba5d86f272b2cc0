import { parseIsoInstant } from "../../src/cli/cliArgs";
import { decodeBase64, messageFromJson } from "../../src/cli/messageInput";
import { recipientsFromJson, recipientsFromString } from "../../src/cli/recipientInput";

describe("recipientsFromString (RFC 5322 address lists)", () => {
  it("splits a list and keeps display names", () => {
    expect(recipientsFromString('Starting Point <starting.point@derbyshire.gov.uk>, "Bloggs, Jo" <jo@gmail.com>,sam@example.org')).toEqual([
      { name: "Starting Point", address: "starting.point@derbyshire.gov.uk" },
      { name: "Bloggs, Jo", address: "jo@gmail.com" },
      { name: "", address: "sam@example.org" },
    ]);
  });

  it("expands groups and shows comments as part of the name", () => {
    expect(recipientsFromString("Team: a@example.org, b@example.org;, c@example.org (Carol)")).toEqual([
      { name: "", address: "a@example.org" },
      { name: "", address: "b@example.org" },
      { name: "(Carol)", address: "c@example.org" },
    ]);
  });

  it("keeps a quoted local part quoted, and IDN domains as written", () => {
    expect(recipientsFromString('"j smith"@example.org')).toEqual([{ name: "", address: '"j smith"@example.org' }]);
    expect(recipientsFromString("José <jose@bücher.de>")).toEqual([{ name: "José", address: "jose@bücher.de" }]);
  });

  it("passes a string that is not an address list on whole, and an empty one as nobody", () => {
    expect(recipientsFromString("  jane.example.org ")).toEqual([{ name: "", address: "jane.example.org" }]);
    expect(recipientsFromString("  ")).toEqual([]);
  });

  it("accepts objects and arrays, and names the bad element", () => {
    expect(recipientsFromJson([{ address: "a@example.org" }, "b@example.org, c@example.org"], "cc")).toEqual({
      ok: true,
      recipients: [
        { name: "", address: "a@example.org" },
        { name: "", address: "b@example.org" },
        { name: "", address: "c@example.org" },
      ],
    });
    expect(recipientsFromJson([{ address: "a@example.org", name: 3 }], "bcc")).toEqual({ ok: false, error: '"bcc"[0].name must be a string' });
  });
});

describe("messageFromJson", () => {
  it("builds the snapshot, renders HTML and keeps the options", () => {
    const r = messageFromJson({ id: "m", from: "Me <me@example.org>", to: "a@example.org", subject: "S", body: "<p>Hi <b>there</b></p>", bodyType: "html", sentAt: "2026-11-03T10:00:00Z", exchange: "x" });
    expect(r).toEqual({
      ok: true,
      message: {
        id: "m",
        snapshot: { subject: "S", to: [{ name: "", address: "a@example.org" }], cc: [], bcc: [], body: "Hi there", attachments: [] },
        renderedBody: "Hi there",
        sentAt: new Date("2026-11-03T10:00:00Z"),
        sender: "me@example.org",
        senderName: "Me",
        exchange: "x",
      },
    });
  });

  it("reads \"from\" as an address, \"Name <address>\" or {name, address}: the address for the sender's organisation, the name as Outlook's profile name", () => {
    const read = (from: unknown): unknown => {
      const r = messageFromJson({ id: "m", from, to: "a@example.org" });
      return r.ok ? [r.message.sender, r.message.senderName] : r.error;
    };
    expect(read("shabana.qureshi@leicspart.nhs.uk")).toEqual(["shabana.qureshi@leicspart.nhs.uk", undefined]);
    expect(read("Shabana Qureshi <shabana.qureshi@leicspart.nhs.uk>")).toEqual(["shabana.qureshi@leicspart.nhs.uk", "Shabana Qureshi"]);
    expect(read('"Qureshi, Shabana" <shabana.qureshi@leicspart.nhs.uk>')).toEqual(["shabana.qureshi@leicspart.nhs.uk", "Qureshi, Shabana"]);
    expect(read({ name: "Shabana Qureshi", address: "shabana.qureshi@leicspart.nhs.uk" })).toEqual(["shabana.qureshi@leicspart.nhs.uk", "Shabana Qureshi"]);
    expect(read("   ")).toEqual([undefined, undefined]);
    expect(read(42)).toMatch(/"from" must be an address string/);
  });

  it("keeps where an HTML body's signature and quoted history are, as offsets into the rendered body", () => {
    const html = '<p>Hi Tom,</p><div id="Signature">Jo Smith<br>T: 01234 567890</div><blockquote type="cite">On Tue, Sam wrote:<br>Quoted</blockquote>';
    const r = messageFromJson({ id: "m", body: html, bodyType: "html" });
    if (!r.ok) throw new Error(r.error);
    const { body, bodyRegions } = r.message.snapshot;
    expect(bodyRegions?.map((g) => [g.kind, body.slice(g.start, g.end)])).toEqual([
      ["signature", "Jo Smith\nT: 01234 567890"],
      ["quoted", "On Tue, Sam wrote:\nQuoted"],
    ]);
    const plain = messageFromJson({ id: "m", body: html });
    expect(plain.ok && plain.message.snapshot).not.toHaveProperty("bodyRegions");
  });

  it("decodes attachments to bytes with their size", () => {
    const r = messageFromJson({ id: "m", attachments: [{ name: "a.txt", contentBase64: "aGVs\nbG8=" }] });
    expect(r.ok && r.message.snapshot.attachments[0]).toMatchObject({ name: "a.txt", size: 5, content: new Uint8Array(Buffer.from("hello")) });
  });
});

describe("decodeBase64 and parseIsoInstant", () => {
  it("accepts standard base64 only", () => {
    expect(decodeBase64("")).toEqual(new Uint8Array());
    expect(decodeBase64("aGk=")).toEqual(new Uint8Array([104, 105]));
    expect(decodeBase64("aGk")).toEqual(new Uint8Array([104, 105]));
    for (const bad of ["a", "aGk=x", "aG!k", "aGk-", "a==="]) expect(decodeBase64(bad)).toBeNull();
  });

  it("accepts ISO-8601 dates, and times only with a zone, and real calendar days only", () => {
    expect(parseIsoInstant("2026-11-03T10:00:00+01:00")?.toISOString()).toBe("2026-11-03T09:00:00.000Z");
    expect(parseIsoInstant("2026-11-03")?.toISOString()).toBe("2026-11-03T00:00:00.000Z");
    for (const bad of ["2026-02-30", "2026-11-03T10:00:00", "03/11/2026", "2026-11-03T25:00Z", ""]) expect(parseIsoInstant(bad)).toBeNull();
  });
});
