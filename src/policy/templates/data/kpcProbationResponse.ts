import type { Template } from "../types";
import { CHILDRENS_SERVICES, LAWFUL_BASIS_SAFEGUARDING, PROBATION, caseReferenceField, contactFields } from "./common";

/** Derbyshire summary, "Known Persons Check (Probation initiated)": children's services' answer. */
export const kpcProbationResponse: Template = {
  id: "kpc-probation-response",
  exchangeId: "kpc-probation-to-childrens",
  name: "Known Persons Check response (children's services to probation)",
  subjectTitle: "Known Persons Check response",
  kind: "response",
  direction: { from: CHILDRENS_SERVICES, to: PROBATION },
  purpose:
    "For probation services to confirm whether adults/their families are known/have recently been known to children's services and if so, in what capacity.",
  lawfulBasis: LAWFUL_BASIS_SAFEGUARDING,
  timescale: "Two working days from the request",
  clause: "Derbyshire data processing summary: Known Persons Check (Probation initiated), Information to be provided and Process",
  fields: [
    caseReferenceField("The reference the probation request gave (e.g. its CRN X123456)."),
    {
      id: "known",
      label: "Known to children's services",
      type: "radio",
      required: true,
      help: "\"Confirmation of whether the named adult/their family is known and if so in what capacity\"; \"whether case is currently open … if closed when it was closed\".",
      options: [
        { value: "not-known", label: "Not known" },
        { value: "known-open", label: "Known: case currently open" },
        { value: "known-closed", label: "Known: case closed" },
      ],
    },
    { id: "capacity", label: "In what capacity", type: "textarea", required: false, help: "If known, in what capacity the adult or family is known." },
    { id: "socialWorker", label: "Allocated social worker", type: "text", required: false, help: "\"If [the case is] currently open … name of social worker.\"" },
    { id: "closedOn", label: "Date closed", type: "date", required: false, help: "\"If closed when it was closed.\"" },
    { id: "reasonForInvolvement", label: "Reason for involvement", type: "textarea", required: false, help: "\"Reason for involvement will also be provided.\"" },
    { id: "professionals", label: "Professionals involved", type: "textarea", required: false, help: "\"Contact details of any professionals involved to be included.\"" },
    ...contactFields("Responding worker", "Who answered the check, for any follow-up. If further information is required the online referral form will need to be completed."),
  ],
};
