/** @jest-environment jsdom */
/**
 * The pane over a set of agreements (the made-up Northmoor pair in test/fixtures/agreements/):
 * with more than one deployed, a finding's "Why" starts "Under the <title>." naming the agreement
 * the finding cites, and quotes that agreement's clause; with one, the clause alone.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Agreement } from "../../src/policy/agreement/types";
import { renderPane } from "./paneHarness";

const MADE_UP = path.join(__dirname, "..", "fixtures", "agreements", "made-up");
const POLICE = JSON.parse(readFileSync(path.join(MADE_UP, "a-northmoor-council-police.json"), "utf8")) as Agreement;
const HEALTH = JSON.parse(readFileSync(path.join(MADE_UP, "b-northmoor-council-health.json"), "utf8")) as Agreement;

const COUNCIL_WORKER = "kim.worker@northmoor.example.gov.uk";
const OUTSIDER = { emailAddress: "duty@fernhill.test" };
const BODY = "Jane Example, born 03/04/2015, was at 12 High Street when officers attended.";

function clauseText(agreement: Agreement, id: string): string {
  const c = agreement.channelRules.find((r) => r.id === id);
  if (!c) throw new Error(`${agreement.id} has no clause ${id}`);
  return `${c.source.document}, ${c.source.section}: “${c.text}”`;
}

/** Opens the Why of the recipient-outside-agreement finding and returns its text. */
async function outsideWhy(): Promise<string> {
  const card = (await screen.findAllByTestId("finding")).find((f) => f.getAttribute("data-rule") === "recipient-outside-agreement");
  if (!card) throw new Error("no recipient-outside-agreement finding");
  const why = within(card).getByRole("button", { name: "Why" });
  await userEvent.setup().click(why);
  return document.getElementById(why.getAttribute("aria-controls") ?? "")?.textContent ?? "";
}

describe("the pane's Why with several agreements", () => {
  it("names the agreement the finding cites: the health accord when the recipients are on its route", async () => {
    renderPane({ subject: "OFFICIAL-SENSITIVE: Ref C123456", to: [{ emailAddress: "safeguarding@northmoorhealth.example.nhs.uk" }, OUTSIDER], body: BODY }, { agreements: [POLICE, HEALTH], sender: COUNCIL_WORKER });
    expect(await outsideWhy()).toBe(`Under the ${HEALTH.title}. ${clauseText(HEALTH, "disclose-only-to-entitled")}`);
  });

  it("names the police protocol when the recipients are on its route", async () => {
    renderPane({ subject: "OFFICIAL-SENSITIVE: Ref C123456", to: [{ emailAddress: "ppu.referrals@northmoor.example.police.uk" }, OUTSIDER], body: BODY }, { agreements: [POLICE, HEALTH], sender: COUNCIL_WORKER });
    expect(await outsideWhy()).toBe(`Under the ${POLICE.title}. ${clauseText(POLICE, "disclose-only-to-entitled")}`);
  });

  it("quotes the clause alone when only one agreement is deployed", async () => {
    renderPane({ subject: "OFFICIAL-SENSITIVE: Ref C123456", to: [{ emailAddress: "ppu.referrals@northmoor.example.police.uk" }, OUTSIDER], body: BODY }, { agreements: [POLICE], sender: COUNCIL_WORKER });
    expect(await outsideWhy()).toBe(clauseText(POLICE, "disclose-only-to-entitled"));
  });
});
