import {
  ALEX,
  byRule,
  caseMail,
  CASE_BODY,
  check,
  CLEAN,
  CURRENT_AGREEMENT,
  snapshot,
  WEDNESDAY,
  expectDeclaredFixes,
  ordinaryMail,
  ORDINARY_NAMES,
  quotedCaseMail,
  ruleById,
  setAsideTexts,
} from "./helpers";
import { checkMessage } from "../../../src/policy/check";
import type { LabelMapping } from "../../../src/policy/marking/labels";
import type { Snapshot } from "../../../src/policy/snapshot";

const rule = ruleById("protective-marking");

/** A partner mailbox: only the marking is in question. */
const PARTNER = { to: ["starting.point@derbyshire.gov.uk"] };

describe("protective-marking", () => {
  describe("metadata", () => {
    it("is a warning on the whole message", () => {
      expect(rule.scope).toBe("message");
      expect(rule.defaultSeverity).toBe("warn");
    });

    it("offers only the fixes it declares", () => {
      const labelled = checkMessage({ ...snapshot(caseMail(PARTNER)), labelCatalog: [{ id: "os", name: "OFFICIAL-SENSITIVE" }] }, CURRENT_AGREEMENT, { now: WEDNESDAY, ...ALEX });
      expectDeclaredFixes(rule, [check(caseMail(PARTNER), ALEX), labelled]);
    });
  });

  it("warns when personal data travels without the marking, and the fix prefixes it", () => {
    const report = check({ ...CLEAN, subject: "Known Persons Check – Ref X123456", body: "Re: Amelia Edwards, DOB 02/02/2020." });
    const [finding] = byRule(report, "protective-marking");
    expect(finding?.severity).toBe("warn");
    expect(finding?.fix).toEqual({ type: "add-marking", label: "Add OFFICIAL-SENSITIVE", subject: "OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456" });
  });

  it("says nothing when the message holds no personal data", () => {
    expect(byRule(check({ ...CLEAN, subject: "Team meeting moved" }), "protective-marking")).toEqual([]);
  });

  describe("case data", () => {
    it("with case data and no marking: warns, offering to add it", () => {
      const report = check(caseMail(PARTNER), ALEX);
      expect(report.caseData).toBe(true);
      expect(byRule(report, rule.id).map((f) => [f.severity, f.field, f.fix])).toEqual([
        ["warn", "subject", { type: "add-marking", label: "Add OFFICIAL-SENSITIVE", subject: "OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456" }],
      ]);
      expect(report.verdict).toBe("warn");
    });

    it("with case data and the marking: nothing", () => {
      const report = check(caseMail(PARTNER, "OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456"), ALEX);
      expect(report.caseData).toBe(true);
      expect(byRule(report, rule.id)).toEqual([]);
    });

    it("without case data (greeting, colleagues on a booking, the sender's signature, a quoted header): nothing", () => {
      const report = check(ordinaryMail(PARTNER), ALEX);
      expect(report.caseData).toBe(false);
      expect(setAsideTexts(report)).toEqual(expect.arrayContaining(ORDINARY_NAMES));
      expect(byRule(report, rule.id)).toEqual([]);
    });

    it("case data only in the quoted history: warns, and the fix keeps the FW: prefix", () => {
      const report = check(quotedCaseMail(PARTNER, "FW: Ref X123456"), ALEX);
      expect(report.caseData).toBe(true);
      const [finding] = byRule(report, rule.id);
      expect(finding?.severity).toBe("warn");
      expect(finding?.fix).toEqual(expect.objectContaining({ subject: "FW: OFFICIAL-SENSITIVE: Ref X123456" }));
    });
  });

  describe("sensitivity labels", () => {
    const LABELS = [
      { id: "0a-public", name: "Public" },
      { id: "1b-official", name: "OFFICIAL" },
      { id: "2c-os-personal", name: "Personal", parent: "OFFICIAL-SENSITIVE" },
    ];
    const labelled = (extra: Partial<Snapshot>, mapping?: LabelMapping) =>
      checkMessage({ ...snapshot(caseMail(PARTNER)), ...extra }, CURRENT_AGREEMENT, { now: WEDNESDAY, ...ALEX, ...(mapping ? { labelMapping: mapping } : {}) });

    it("a mapped label applied to the message counts as the marking", () => {
      expect(byRule(labelled({ sensitivityLabel: LABELS[2], labelCatalog: LABELS }), rule.id)).toEqual([]);
    });

    it("a label that is not mapped does not", () => {
      expect(byRule(labelled({ sensitivityLabel: LABELS[1], labelCatalog: LABELS }), rule.id)).toHaveLength(1);
    });

    it("where the catalogue has a mapped label, the fix applies it and adds the subject prefix", () => {
      const [finding] = byRule(labelled({ labelCatalog: LABELS }), rule.id);
      expect(finding?.message).toBe("This message holds case data, so it should be marked OFFICIAL-SENSITIVE: apply the “OFFICIAL-SENSITIVE/Personal” label or start the subject with OFFICIAL-SENSITIVE.");
      expect(finding?.fix).toEqual({
        type: "set-label",
        label: "Apply label and add OFFICIAL-SENSITIVE",
        labelId: "2c-os-personal",
        labelName: "OFFICIAL-SENSITIVE/Personal",
        subject: "OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456",
      });
    });

    it("a deployment may choose the label alone", () => {
      const [finding] = byRule(labelled({ labelCatalog: LABELS }, { fix: "label" }), rule.id);
      expect(finding?.fix).toEqual({ type: "set-label", label: "Apply label OFFICIAL-SENSITIVE/Personal", labelId: "2c-os-personal", labelName: "OFFICIAL-SENSITIVE/Personal" });
    });

    it("the finding keeps its id whether a label is offered or not, so a dismissal still applies", () => {
      const [withLabels] = byRule(labelled({ labelCatalog: LABELS }), rule.id);
      const [without] = byRule(labelled({}), rule.id);
      expect(withLabels?.id).toBe(without?.id);
    });

    it("an empty catalogue, or none read: the subject-prefix fix as before", () => {
      for (const extra of [{ labelCatalog: [] }, {}]) {
        const [finding] = byRule(labelled(extra), rule.id);
        expect(finding?.fix).toEqual({ type: "add-marking", label: "Add OFFICIAL-SENSITIVE", subject: "OFFICIAL-SENSITIVE: Known Persons Check – Ref X123456" });
        expect(finding?.message).toBe("This message holds case data, so its subject should start with OFFICIAL-SENSITIVE.");
      }
    });

    it("offers only the fixes it declares, with labels too", () => {
      expectDeclaredFixes(rule, [labelled({}), labelled({ labelCatalog: LABELS }), labelled({ labelCatalog: LABELS }, { fix: "label" })]);
    });
  });

  describe("reply prefixes and gateway tags", () => {
    it.each(["RE: OFFICIAL-SENSITIVE: KPC", "Fwd: OFFICIAL-SENSITIVE: KPC", "AW: OFFICIAL-SENSITIVE: KPC", "WG: OFFICIAL-SENSITIVE KPC", "[SECURE] OFFICIAL-SENSITIVE: KPC", "RE: [EXTERNAL] Fwd: OFFICIAL-SENSITIVE PERSONAL: KPC"])(
      "“%s” counts as marked",
      (subject) => {
        expect(byRule(check({ ...PARTNER, subject, body: CASE_BODY }, ALEX), rule.id)).toEqual([]);
      },
    );

    it.each([
      ["RE: KPC – Ref X123456", "RE: OFFICIAL-SENSITIVE: KPC – Ref X123456"],
      ["Fwd: KPC – Ref X123456", "Fwd: OFFICIAL-SENSITIVE: KPC – Ref X123456"],
      ["AW: WG: KPC – Ref X123456", "AW: WG: OFFICIAL-SENSITIVE: KPC – Ref X123456"],
      ["[SECURE] RE: KPC – Ref X123456", "[SECURE] RE: OFFICIAL-SENSITIVE: KPC – Ref X123456"],
      ["", "OFFICIAL-SENSITIVE:"],
    ])("unmarked “%s”: the fix keeps the prefixes → “%s”", (subject, fixed) => {
      const [finding] = byRule(check({ ...PARTNER, subject, body: CASE_BODY }, ALEX), rule.id);
      expect(finding?.severity).toBe("warn");
      expect(finding?.fix).toEqual({ type: "add-marking", label: "Add OFFICIAL-SENSITIVE", subject: fixed });
    });

    it("a marking later in the subject is not the marking", () => {
      expect(byRule(check({ ...PARTNER, subject: "KPC – OFFICIAL-SENSITIVE", body: CASE_BODY }, ALEX), rule.id)).toHaveLength(1);
    });
  });
});

describe("protective-marking: a reply that drops the thread's marking", () => {
  const REPLY = (quotedSubject: string): string =>
    `Tom, Nicole's there, Lee's gone. All quiet, they were in bed. I'll put the log on later.\n\nDan\n\nFrom: Aldridge, Tom <tom.aldridge@derbyshire.gov.uk>\nSent: 04 November 2026 13:10\nTo: Frost, Daniel <daniel.frost@derbyshire.police.uk>\nSubject: ${quotedSubject}\n\nDan, are you able to pop round this afternoon? Tom`;

  it("warns when the quoted message was marked and the reply's subject is not, with no case data found", () => {
    const report = check({ ...PARTNER, subject: "RE: visit this afternoon", body: REPLY("OFFICIAL-SENSITIVE: visit this afternoon") });
    const [finding] = byRule(report, "protective-marking");
    expect(finding?.severity).toBe("warn");
    expect(finding?.message).toContain("quotes one marked OFFICIAL-SENSITIVE");
    expect(finding?.fix).toMatchObject({ type: "add-marking", subject: "RE: OFFICIAL-SENSITIVE: visit this afternoon" });
  });

  it("a quoted marking at the end of its subject declared the thread sensitive too", () => {
    expect(byRule(check({ ...PARTNER, subject: "RE: visit", body: REPLY("visit this afternoon - OFFICIAL SENSITIVE") }), rule.id)).toHaveLength(1);
  });

  it("guard: says nothing when the reply keeps the marking, or when the quoted subject had none", () => {
    expect(byRule(check({ ...PARTNER, subject: "RE: OFFICIAL-SENSITIVE: visit this afternoon", body: REPLY("OFFICIAL-SENSITIVE: visit this afternoon") }), rule.id)).toEqual([]);
    expect(byRule(check({ ...PARTNER, subject: "RE: visit this afternoon", body: REPLY("visit this afternoon") }), rule.id)).toEqual([]);
  });
});

describe("protective-marking: a marking misspelt or misplaced", () => {
  it("warns on a misspelt marking at the subject's start, with no case data found, and the fix replaces it", () => {
    const report = check({ ...PARTNER, subject: "RE: OFFICAL-SENSITIVE: new birth visit", body: "Seen at home 11.30. Next visit Tues." });
    const [finding] = byRule(report, rule.id);
    expect(finding?.message).toContain("misspelt");
    expect(finding?.fix).toMatchObject({ type: "add-marking", subject: "RE: OFFICIAL-SENSITIVE: new birth visit" });
  });

  it("the fix moves a marking from the subject's end instead of adding a second", () => {
    const [finding] = byRule(check({ ...PARTNER, subject: "KPC – OFFICIAL-SENSITIVE", body: CASE_BODY }, ALEX), rule.id);
    expect(finding?.fix).toMatchObject({ subject: "OFFICIAL-SENSITIVE: KPC" });
  });

  it("guard: a subject about the marking, not starting with it, and no case data says nothing", () => {
    expect(byRule(check({ ...PARTNER, subject: "Reminder: OFFICIAL-SENSITIVE marking and subject lines", body: "Hello all, a reminder of the policy." }), rule.id)).toEqual([]);
    expect(byRule(check({ ...PARTNER, subject: "Team meeting moved", body: "Hello all, now at 2pm." }), rule.id)).toEqual([]);
  });
});
