import type { Template } from "../types";
import { CHILDRENS_SERVICES, LAWFUL_BASIS_SAFEGUARDING, PROBATION, caseReferenceField, contactFields } from "./common";

/** Derbyshire summary, "Known Persons Check (Derby City / Derbyshire initiated)": the request. */
export const kpcChildrensRequest: Template = {
  id: "kpc-childrens-request",
  exchangeId: "kpc-childrens-to-probation",
  name: "Known Persons Check request (children's services to probation)",
  subjectTitle: "Known Persons Check",
  kind: "request",
  direction: { from: CHILDRENS_SERVICES, to: PROBATION },
  purpose:
    "For children's services to confirm with probation services whether any adults in a family are currently or recently known and if so, in what capacity.",
  lawfulBasis: LAWFUL_BASIS_SAFEGUARDING,
  timescale: "Not set by the agreement; urgent requests are responded to verbally",
  clause: "Derbyshire data processing summary: Known Persons Check (Derby City / Derbyshire initiated), Purpose, Information to be provided and Process",
  fields: [
    caseReferenceField("Your children's services case reference."),
    { id: "adultName", label: "Name of the adult", type: "text", required: true, help: "The adult in the family the check is about: \"whether an adult is known to\" probation." },
    { id: "adultDateOfBirth", label: "Adult's date of birth", type: "date", required: false, help: "Helps probation find the right adult." },
    { id: "adultAddress", label: "Adult's address", type: "textarea", required: false, help: "Helps probation find the right adult." },
    {
      id: "familyContext",
      label: "Other adults in the family",
      type: "textarea",
      required: false,
      help: "The check asks \"whether any adults in a family are currently or recently known\": list any other adults to check.",
    },
    {
      id: "urgency",
      label: "Urgency",
      type: "radio",
      required: true,
      help: "\"Information will be requested via email on the embedded form however urgent request will be responded to verbally.\"",
      options: [
        { value: "routine", label: "Routine" },
        { value: "urgent", label: "Urgent: please telephone" },
      ],
    },
    ...contactFields("Requesting worker", "Responses are sent to the referring social worker and the applicable locality team's generic admin address."),
  ],
};
