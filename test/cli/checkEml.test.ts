import { headerProblem, parseEml } from "../../src/cli/emlMessage";

const bytes = (text: string) => new TextEncoder().encode(text.replace(/\n/g, "\r\n"));

describe("headerProblem", () => {
  it("accepts a header with folded lines and a leading mbox From line", () => {
    expect(headerProblem(bytes("From sender@example.org Tue Nov  3 10:00:00 2026\nSubject: a\n long subject\nTo: a@example.org\n\nbody"))).toBeNull();
    expect(headerProblem(bytes("Subject: only a header, no body"))).toBeNull();
  });

  it("rejects a continuation line with nothing to continue", () => {
    expect(headerProblem(bytes(" Subject: x\n\nbody"))).toMatch(/^line 1 /);
  });

  it("reads a non-field line after the last field as the start of the body, so its text is still checked", async () => {
    expect(headerProblem(bytes("Subject: x\nTo a@example.org\n\nbody"))).toBeNull();
    const r = await parseEml(bytes("Subject: x\nTo a@example.org\n\nbody"));
    expect(r.ok && r.message.snapshot.body.trim()).toBe("To a@example.org\n\nbody");
    expect(r.ok && r.message.notes).toEqual([expect.stringMatching(/^line 2 is not a header field and no field follows it/)]);
  });
});

describe("parseEml", () => {
  it("expands groups, decodes encoded-word names and flags inline parts", async () => {
    const r = await parseEml(
      bytes(
        [
          "From: =?UTF-8?Q?Jos=C3=A9?= <jose@example.org>",
          "To: Team: a@example.org, =?UTF-8?B?QsOpYQ==?= <b@example.org>;",
          "Cc: undisclosed-recipients:;",
          'Content-Type: multipart/related; boundary="r"',
          "",
          "--r",
          "Content-Type: text/plain",
          "",
          "Hello",
          "--r",
          "Content-Type: image/png",
          "Content-Disposition: inline; filename=logo.png",
          "Content-Transfer-Encoding: base64",
          "",
          "iVBORw0KGgo=",
          "--r--",
          "",
        ].join("\n"),
      ),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.message.sender).toBe("jose@example.org");
    expect(r.message.snapshot.to).toEqual([
      { name: "", address: "a@example.org" },
      { name: "Béa", address: "b@example.org" },
    ]);
    expect(r.message.snapshot.cc).toEqual([]);
    expect(r.message.snapshot.body.trim()).toBe("Hello");
    expect(r.message.snapshot.attachments).toEqual([expect.objectContaining({ name: "logo.png", isInline: true, size: 8, contentType: "image/png" })]);
    expect(r.message.date).toEqual({ kind: "absent" });
  });

  it("keeps the HTML part's regions when its rendered text is the body, and none when the text part is", async () => {
    const html = '<p>Thanks</p><div class="gmail_signature">Jo Smith<br>M: 07700 900000</div>';
    const eml = (parts: string[]) => bytes(["From: jo@example.org", "To: a@example.org", 'Content-Type: multipart/alternative; boundary="b"', "", ...parts, "--b--", ""].join("\n"));
    const htmlOnly = await parseEml(eml(["--b", "Content-Type: text/html", "", html]));
    if (!htmlOnly.ok) throw new Error(htmlOnly.reason);
    const { body, bodyRegions } = htmlOnly.message.snapshot;
    expect(htmlOnly.message.renderedBody).toBe(body);
    expect(bodyRegions?.map((g) => [g.kind, body.slice(g.start, g.end)])).toEqual([["signature", "Jo Smith\nM: 07700 900000"]]);
    const both = await parseEml(eml(["--b", "Content-Type: text/plain", "", "Thanks\n-- \nJo Smith", "--b", "Content-Type: text/html", "", html]));
    expect(both.ok && both.message.snapshot).not.toHaveProperty("bodyRegions");
  });
});
