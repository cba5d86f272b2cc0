import type { Template } from "../types";
import { CHILDRENS_SERVICES, LAWFUL_BASIS_SAFEGUARDING, PROBATION, caseReferenceField } from "./common";

/** Derbyshire summary, "Known Persons Check (Derby City / Derbyshire initiated)": probation's answer. */
export const kpcChildrensResponse: Template = {
  id: "kpc-childrens-response",
  exchangeId: "kpc-childrens-to-probation",
  name: "Known Persons Check response (probation to children's services)",
  subjectTitle: "Known Persons Check response",
  kind: "response",
  direction: { from: PROBATION, to: CHILDRENS_SERVICES },
  purpose:
    "For children's services to confirm with probation services whether any adults in a family are currently or recently known and if so, in what capacity.",
  lawfulBasis: LAWFUL_BASIS_SAFEGUARDING,
  timescale: "Not set by the agreement; urgent requests are responded to verbally",
  clause: "Derbyshire data processing summary: Known Persons Check (Derby City / Derbyshire initiated), Information to be provided",
  fields: [
    caseReferenceField("The reference children's services gave in the request."),
    {
      id: "known",
      label: "Known to probation",
      type: "radio",
      required: true,
      help: "\"Confirmation of whether an adult is known to the NPS or previously to the CRC.\"",
      options: [
        { value: "not-known", label: "Not known" },
        { value: "known-current", label: "Known: currently supervised" },
        { value: "known-previous", label: "Known: previously supervised" },
      ],
    },
    { id: "sentenceDetails", label: "Sentence details", type: "textarea", required: false, help: "\"If so provide sentence details.\"" },
    {
      id: "responsibleOfficerName",
      label: "Responsible Officer",
      type: "text",
      required: false,
      help: "\"Contact details of Responsible Officer so further contact can be made to share risk-related information including current assessment.\"",
    },
    { id: "responsibleOfficerPhone", label: "Responsible Officer telephone", type: "phone", required: false, help: "So further contact can be made to share risk-related information." },
    { id: "responsibleOfficerEmail", label: "Responsible Officer secure e-mail", type: "email", required: false, help: "So further contact can be made to share risk-related information." },
    { id: "contactName", label: "Responding officer name", type: "text", required: true, help: "Who answered the check." },
  ],
};
