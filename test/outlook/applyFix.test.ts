import { SimulatedComposeItem } from "../../src/preview/simulatedItem";
import { applyFix, changesMessage } from "../../src/outlook/applyFix";

const item = () =>
  new SimulatedComposeItem({
    subject: "KPC for John Smith",
    to: [{ displayName: "Starting Point", emailAddress: "starting.point@derbyshlre.gov.uk" }],
    cc: [{ emailAddress: "sam.jones@gmail.com" }, { emailAddress: "colleague@justice.gov.uk" }],
    bcc: [{ emailAddress: "Sam.Jones@Gmail.com" }],
  });

describe("applyFix", () => {
  it("replaces the subject", async () => {
    const i = item();
    await applyFix(i, { type: "replace-subject", label: "", subject: "OFFICIAL-SENSITIVE: Ref 1" });
    expect(i.state.subject).toBe("OFFICIAL-SENSITIVE: Ref 1");
  });

  it("adds the marking by setting the marked subject", async () => {
    const i = item();
    await applyFix(i, { type: "add-marking", label: "", subject: "OFFICIAL-SENSITIVE: KPC for John Smith" });
    expect(i.state.subject).toBe("OFFICIAL-SENSITIVE: KPC for John Smith");
  });

  it("removes a recipient from every field it is in, whatever its case, and touches no other field", async () => {
    const i = item();
    await applyFix(i, { type: "remove-recipient", label: "", address: "sam.jones@gmail.com" });
    expect(i.state.cc.map((r) => r.emailAddress)).toEqual(["colleague@justice.gov.uk"]);
    expect(i.state.bcc).toEqual([]);
    expect(i.calls).not.toContain("to.setAsync");
  });

  it("replaces a recipient, keeping a real display name", async () => {
    const i = item();
    await applyFix(i, { type: "replace-recipient", label: "", address: "starting.point@derbyshlre.gov.uk", replacement: "starting.point@derbyshire.gov.uk" });
    expect(i.state.to).toEqual([{ displayName: "Starting Point", emailAddress: "starting.point@derbyshire.gov.uk", recipientType: "other" }]);
  });

  it("drops a display name that only repeated the old address", async () => {
    const i = new SimulatedComposeItem({ to: [{ emailAddress: "a@derbyshlre.gov.uk" }] });
    await applyFix(i, { type: "replace-recipient", label: "", address: "a@derbyshlre.gov.uk", replacement: "a@derbyshire.gov.uk" });
    expect(i.state.to[0]?.displayName).toBe("a@derbyshire.gov.uk");
  });

  it("moves recipients from To and Cc to the end of Bcc, writing Bcc first, and keeps the others where they are", async () => {
    const i = new SimulatedComposeItem({
      to: [{ emailAddress: "dean.w84@gmail.com" }, { emailAddress: "officer@justice.gov.uk" }],
      cc: [{ emailAddress: "Aaron.P@Hotmail.co.uk" }],
      bcc: [{ emailAddress: "me@justice.gov.uk" }],
    });
    await applyFix(i, { type: "move-to-bcc", label: "", addresses: ["dean.w84@gmail.com", "aaron.p@hotmail.co.uk"] });
    expect(i.state.to.map((r) => r.emailAddress)).toEqual(["officer@justice.gov.uk"]);
    expect(i.state.cc).toEqual([]);
    expect(i.state.bcc.map((r) => r.emailAddress)).toEqual(["me@justice.gov.uk", "dean.w84@gmail.com", "Aaron.P@Hotmail.co.uk"]);
    expect(i.calls.filter((c) => c.endsWith("setAsync"))).toEqual(["bcc.setAsync", "to.setAsync", "cc.setAsync"]);
  });

  it("moving to Bcc: says so when they have gone, and changes nothing when a read fails", async () => {
    await expect(applyFix(item(), { type: "move-to-bcc", label: "", addresses: ["nobody@example.com"] })).rejects.toThrow("nobody@example.com are no longer in To or Cc.");
    const i = item();
    i.failNext("cc.getAsync", { message: "Busy" });
    await expect(applyFix(i, { type: "move-to-bcc", label: "", addresses: ["sam.jones@gmail.com"] })).rejects.toThrow("cc.getAsync failed: Busy");
    expect(i.calls.filter((c) => c.endsWith("setAsync"))).toEqual([]);
  });

  it("says so when the recipient has already gone", async () => {
    await expect(applyFix(item(), { type: "remove-recipient", label: "", address: "nobody@example.com" })).rejects.toThrow("nobody@example.com is no longer among the recipients.");
  });

  it("leaves the message unchanged when reading the recipients fails", async () => {
    const i = item();
    i.failNext("bcc.getAsync", { message: "Busy" });
    await expect(applyFix(i, { type: "remove-recipient", label: "", address: "sam.jones@gmail.com" })).rejects.toThrow("bcc.getAsync failed: Busy");
    expect(i.state.cc).toHaveLength(2);
    expect(i.calls.filter((c) => c.endsWith("setAsync"))).toEqual([]);
  });

  it("rejects with the failed call when the subject cannot be set", async () => {
    const i = item();
    i.failNext("subject.setAsync", { message: "Read-only" });
    await expect(applyFix(i, { type: "replace-subject", label: "", subject: "x" })).rejects.toThrow("subject.setAsync failed: Read-only");
    expect(i.state.subject).toBe("KPC for John Smith");
  });

  it("changes nothing for the form and the telephone", async () => {
    const i = item();
    await applyFix(i, { type: "open-form", label: "", name: "Form", url: "https://example.gov.uk/" });
    await applyFix(i, { type: "telephone", label: "", number: "01632 960123", note: "" });
    expect(i.calls).toEqual([]);
    expect(changesMessage({ type: "telephone", label: "", note: "" })).toBe(false);
    expect(changesMessage({ type: "replace-subject", label: "", subject: "" })).toBe(true);
  });
});
