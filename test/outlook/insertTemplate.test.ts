import { insertTemplate } from "../../src/outlook/insertTemplate";
import { STATE_KEY, readMessageState } from "../../src/outlook/messageState";
import { derbyshireAgreement } from "../../src/policy/agreement";
import { renderTemplate, templateById, type Template } from "../../src/policy/templates";
import { SimulatedComposeItem } from "../../src/preview/simulatedItem";

const template = templateById("kpc-probation-request") as Template;
const rendered = renderTemplate(
  template,
  {
    caseReference: "X123456",
    adultName: "Sam <Example> & Co",
    urgency: "business-as-usual",
    contactName: "Officer Name",
    contactEmail: "officer.name@justice.gov.uk",
  },
  derbyshireAgreement,
);
const EXCHANGE = template.exchangeId;

function draft(options: ConstructorParameters<typeof SimulatedComposeItem>[1] = {}) {
  const item = new SimulatedComposeItem({ subject: "draft subject", body: "Dear colleague,\n\nKind regards" }, options);
  return item;
}

describe("insertTemplate", () => {
  it("inserts HTML at the cursor of an HTML message, sets the subject and records the exchange", async () => {
    const item = draft();
    const before = item.state.body;
    item.placeCursor(before.indexOf("Kind regards"));
    const result = await insertTemplate(item, rendered, EXCHANGE);
    expect(result).toEqual({ ok: true, format: "html" });
    expect(item.state.subject).toBe("OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456");
    expect(item.state.body).toContain(rendered.html);
    expect(item.state.body.indexOf(rendered.html)).toBe(before.indexOf("Kind regards"));
    expect(item.state.body).toContain("Sam &lt;Example&gt; &amp; Co");
    expect(item.state.bodyText).toContain("Kind regards");
    expect((await readMessageState(item)).exchangeId).toBe(EXCHANGE);
    expect(item.calls.filter((c) => c.endsWith("setAsync") || c.startsWith("body."))).toEqual([
      "body.getTypeAsync",
      "sessionData.setAsync",
      "subject.setAsync",
      "body.setSelectedDataAsync",
    ]);
  });

  it("inserts the plain-text alternative into a plain-text message", async () => {
    const item = draft({ bodyFormat: "text" });
    const result = await insertTemplate(item, rendered, EXCHANGE);
    expect(result).toEqual({ ok: true, format: "text" });
    expect(item.state.body).toContain(rendered.text);
    expect(item.state.body).toContain("Name of the adult:");
    expect(item.state.body).not.toContain("<table");
    expect(item.state.subject).toBe(rendered.subject);
  });

  it("keeps what SafeShare already remembered (dismissals) when recording the exchange", async () => {
    const item = draft();
    item.sessionData.setAsync(STATE_KEY, JSON.stringify({ dismissals: [{ findingId: "f1", reason: "checked" }] }));
    await insertTemplate(item, rendered, EXCHANGE);
    expect(await readMessageState(item)).toEqual({ exchangeId: EXCHANGE, dismissals: [{ findingId: "f1", reason: "checked" }] });
  });

  it("records the exchange in a custom property where sessionData is missing", async () => {
    const item = draft({ unsupported: ["sessionData"] });
    expect(await insertTemplate(item, rendered, EXCHANGE)).toEqual({ ok: true, format: "html" });
    expect(item.state.customProperties[STATE_KEY]).toContain(EXCHANGE);
    expect((await readMessageState(item)).exchangeId).toBe(EXCHANGE);
  });

  it("puts the old subject back and forgets the exchange when the body insert fails", async () => {
    const item = draft();
    const before = item.state;
    item.failNext("body.setSelectedDataAsync", { code: 5001, message: "An internal error has occurred." });
    const result = await insertTemplate(item, rendered, EXCHANGE);
    expect(result).toEqual({
      ok: false,
      error: "Outlook could not insert the template into the body (body.setSelectedDataAsync failed: An internal error has occurred.). The message has not been changed.",
    });
    expect(item.state.subject).toBe("draft subject");
    expect(item.state.body).toBe(before.body);
    expect((await readMessageState(item)).exchangeId).toBeUndefined();
  });

  it("treats a thrown exception from the body insert the same way", async () => {
    const item = draft();
    item.throwNext("body.setSelectedDataAsync", "Boom");
    const result = await insertTemplate(item, rendered, EXCHANGE);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/body\.setSelectedDataAsync failed: Boom.*The message has not been changed\./);
    expect(item.state.subject).toBe("draft subject");
  });

  it("says so, quoting the old subject, when even that cannot be put back", async () => {
    const item = draft();
    const setSubject = item.subject.setAsync;
    let calls = 0;
    // The first setAsync (the template's subject) succeeds; the second (the undo) fails.
    (item.subject as { setAsync: unknown }).setAsync = (value: string, callback: unknown) => {
      calls++;
      if (calls === 2) item.failNext("subject.setAsync", { message: "The item is locked." });
      setSubject(value, callback);
    };
    item.failNext("body.setSelectedDataAsync");
    const result = await insertTemplate(item, rendered, EXCHANGE);
    expect(result).toEqual({
      ok: false,
      error:
        'Outlook could not insert the template into the body (body.setSelectedDataAsync failed: An internal error has occurred.). The subject could not be put back (subject.setAsync failed: The item is locked.); it was: "draft subject".',
    });
    expect(calls).toBe(2);
    expect(item.state.body).not.toContain("<table");
  });

  it.each([
    ["body.getTypeAsync", /^Outlook could not read the message \(body\.getTypeAsync failed/],
    ["subject.getAsync", /^Outlook could not read the message \(subject\.getAsync failed/],
    ["sessionData.setAsync", /^Outlook could not store which exchange this message is \(sessionData\.setAsync failed/],
    ["subject.setAsync", /^Outlook could not set the subject \(subject\.setAsync failed/],
  ])("leaves the message unchanged when %s fails or throws", async (operation, message) => {
    for (const inject of ["fail", "throw"] as const) {
      const item = draft();
      const before = item.state;
      if (inject === "fail") item.failNext(operation);
      else item.throwNext(operation);
      const result = await insertTemplate(item, rendered, EXCHANGE);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatch(message);
      expect(!result.ok && result.error).toMatch(/The message has not been changed\.$/);
      expect(item.state.subject).toBe(before.subject);
      expect(item.state.body).toBe(before.body);
      expect(item.calls).not.toContain("body.setSelectedDataAsync");
      expect((await readMessageState(item)).exchangeId).toBeUndefined();
    }
  });

  it("reports a subject too long for Outlook without touching the body", async () => {
    const item = draft();
    const result = await insertTemplate(item, { ...rendered, subject: "x".repeat(300) }, EXCHANGE);
    expect(!result.ok && result.error).toMatch(/subject\.setAsync failed: The subject is longer than 255 characters/);
    expect(item.state.subject).toBe("draft subject");
  });

  it("refuses bad input without calling Outlook", async () => {
    const item = draft();
    for (const [input, exchange] of [
      [{ ...rendered, html: "" }, EXCHANGE],
      [{ ...rendered, subject: "  " }, EXCHANGE],
      [null, EXCHANGE],
      [rendered, "Not An Id"],
    ] as const) {
      const result = await insertTemplate(item, input as never, exchange);
      expect(!result.ok && result.error).toMatch(/^The template cannot be inserted: .*The message has not been changed\.$/);
    }
    expect(item.calls).toEqual([]);
  });

  it("reports an Outlook that cannot insert, instead of throwing", async () => {
    const item = draft();
    const limited = { ...item, subject: item.subject, body: { getAsync: item.body.getAsync } } as never;
    const result = await insertTemplate(limited, rendered, EXCHANGE);
    expect(result).toEqual({ ok: false, error: "This version of Outlook cannot insert text into the message. The message has not been changed." });
  });
});
